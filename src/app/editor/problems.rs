//! The validator's problems with the draft, each a button to the field at fault.

use yew::prelude::*;

use crate::app::shared::Shared;
use crate::model::dataset::Dataset;
use crate::model::editor::{problem_line, FieldTarget};
use crate::model::language::Language;
use crate::model::strings::editor::EditorStrings;
use crate::model::strings::fill;
use crate::model::validate::Problem;

#[derive(Properties, PartialEq)]
pub struct ProblemsProps {
    /// The problems shown (the validator keeps the first of each kind), with the field each is in.
    pub problems: Vec<(Problem, Option<FieldTarget>)>,
    /// How many there are in all.
    pub total: usize,
    /// Whether the briefing edited records nothing yet ([`crate::model::dataset::Briefing::records_nothing`]), which
    /// validates but is not yet worth downloading.
    pub records_nothing: bool,
    /// The draft the problems were found in, which names the record of a problem placed by its
    /// path alone.
    pub draft: Shared<Dataset>,
    pub onjump: Callback<FieldTarget>,
    pub strings: &'static EditorStrings,
}

#[function_component]
pub fn Problems(props: &ProblemsProps) -> Html {
    let strings = props.strings;
    let validation = use_context::<Language>().unwrap_or_default().form_validation_strings();
    html! {
        <section id="problems" class="editor-problems" aria-labelledby="problems-heading" tabindex="-1">
            <h2 id="problems-heading">{ fill(strings.problems_heading, &[("count", &props.total.to_string())]) }</h2>
            if props.total == 0 && props.records_nothing {
                <p class="editor-valid">{ strings.nothing_recorded_detail }</p>
            } else if props.total == 0 {
                <p class="editor-valid">{ strings.no_problems_detail }</p>
            } else {
                <ul>
                    { for props.problems.iter().map(|(problem, target)| {
                        let text = problem_line(problem, &props.draft, strings, validation);
                        match target {
                            Some(target) => {
                                let onjump = props.onjump.clone();
                                let target = target.clone();
                                html! { <li><button type="button" class="problem-link" onclick={Callback::from(move |_: MouseEvent| onjump.emit(target.clone()))}>{ text }</button></li> }
                            }
                            None => html! { <li>{ text }</li> },
                        }
                    }) }
                </ul>
                if props.total > props.problems.len() {
                    <p class="hint">{ fill(strings.more_problems, &[("count", &(props.total - props.problems.len()).to_string())]) }</p>
                }
            }
        </section>
    }
}
