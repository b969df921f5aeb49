//! The problems found in a dataset file: where, and what is wrong, at most a screenful of each
//! kind with a count of the rest, and the total.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::hooks::use_strings::use_strings;
use crate::model::strings::fill;
use crate::model::validate::{more_like_this, Report};

#[derive(Properties, PartialEq)]
pub struct ProblemListProps {
    pub report: Rc<Report>,
}

#[function_component]
pub fn ProblemList(props: &ProblemListProps) -> Html {
    let page_strings = use_strings();
    let strings = page_strings.language.validation_strings();
    // A file that does not parse is offered to no editor: this says why, and how to mend it.
    let syntax_hint = props.report.syntax_error_at().map(|(line, column)| {
        fill(
            page_strings.syntax_fix_hint,
            &[("line", &line.to_string()), ("column", &column.to_string())],
        )
    });
    html! {
        <>
        if let Some(hint) = syntax_hint {
            <p class="problems-hint">{ hint }</p>
        }
        <ol class="problems">
            { for props.report.groups.iter().map(|group| html! {
                <>
                    { for group.shown.iter().map(|problem| html! {
                        <li>
                            <code class="problem-location">{ problem.location.describe(strings) }</code>
                            <span class="problem-message">{ &problem.message }</span>
                        </li>
                    }) }
                    if group.more > 0 {
                        <li class="problem-more">{ more_like_this(group.more, strings) }</li>
                    }
                </>
            }) }
        </ol>
        </>
    }
}
