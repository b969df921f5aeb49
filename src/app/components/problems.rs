//! The problems found in a dataset file: where, and what is wrong, at most a screenful of each
//! kind with a count of the rest, and the total.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::hooks::use_strings::use_strings;
use crate::model::validate::{more_like_this, Report};

#[derive(Properties, PartialEq)]
pub struct ProblemListProps {
    pub report: Rc<Report>,
}

#[function_component]
pub fn ProblemList(props: &ProblemListProps) -> Html {
    let strings = use_strings().language.validation_strings();
    html! {
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
    }
}
