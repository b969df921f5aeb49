//! A small dismissible notice listing the parts of the address that were ignored.

use yew::prelude::*;

use crate::model::strings::{fill, EN};
use crate::model::url::UrlNotice;

#[derive(Properties, PartialEq)]
pub struct UrlNoticesProps {
    pub notices: Vec<UrlNotice>,
    pub ondismiss: Callback<()>,
}

#[function_component]
pub fn UrlNotices(props: &UrlNoticesProps) -> Html {
    if props.notices.is_empty() {
        return Html::default();
    }
    html! {
        <div class="notice" role="status">
            <p class="notice-heading">{ EN.url_notice_heading }</p>
            <ul>
                { for props.notices.iter().map(|notice| html! { <li>{ describe(notice) }</li> }) }
            </ul>
            <button type="button" class="button" onclick={props.ondismiss.reform(|_: MouseEvent| ())}>{ EN.dismiss }</button>
        </div>
    }
}

fn describe(notice: &UrlNotice) -> String {
    match notice {
        UrlNotice::UnknownValue { what, value } => {
            fill(EN.url_unknown_value, &[("what", what), ("value", value)])
        }
        UrlNotice::Malformed { part } => fill(EN.url_malformed, &[("part", part)]),
    }
}
