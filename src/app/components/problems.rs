//! The list of problems found in a dataset file: where, and what is wrong.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::validate::Problem;

#[derive(Properties, PartialEq)]
pub struct ProblemListProps {
    pub problems: Rc<Vec<Problem>>,
}

#[function_component]
pub fn ProblemList(props: &ProblemListProps) -> Html {
    html! {
        <ol class="problems">
            { for props.problems.iter().map(|problem| html! {
                <li>
                    <code class="problem-location">{ problem.location.to_string() }</code>
                    <span class="problem-message">{ &problem.message }</span>
                </li>
            }) }
        </ol>
    }
}
