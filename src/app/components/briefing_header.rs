//! The page header: the briefing's title, date as stated, place and officials.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::dataset::Dataset;
use crate::model::format::format_date;
use crate::model::strings::EN;

#[derive(Properties, PartialEq)]
pub struct BriefingHeaderProps {
    pub dataset: Rc<Dataset>,
    /// Indices of the briefings in view; the header describes the first.
    pub briefings: Vec<usize>,
}

#[function_component]
pub fn BriefingHeader(props: &BriefingHeaderProps) -> Html {
    let Some(briefing) = props.briefings.first().and_then(|&index| props.dataset.briefings.get(index)) else {
        return html! { <header class="briefing-header"><h1>{ EN.app_name }</h1></header> };
    };
    let officials = briefing.officials.iter().map(|official| format!("{} ({})", official.name, official.role)).collect::<Vec<_>>().join(", ");
    html! {
        <header class="briefing-header">
            <p class="app-name">{ EN.app_name }</p>
            <h1>{ &briefing.title }</h1>
            <dl class="briefing-facts">
                <div><dt>{ EN.date }</dt><dd>{ format_date(&briefing.date, &EN) }</dd></div>
                <div><dt>{ EN.place }</dt><dd>{ &briefing.place }</dd></div>
                if !officials.is_empty() {
                    <div><dt>{ EN.officials }</dt><dd>{ officials }</dd></div>
                }
                if !briefing.participants.is_empty() {
                    <div><dt>{ EN.participants }</dt><dd>{ briefing.participants.join(", ") }</dd></div>
                }
            </dl>
        </header>
    }
}
