//! A small dismissible notice listing the parts of the address that were ignored.

use yew::prelude::*;

use crate::app::hooks::use_strings::use_strings;
use crate::model::url::UrlNotice;

#[derive(Properties, PartialEq)]
pub struct UrlNoticesProps {
    pub notices: Vec<UrlNotice>,
    pub ondismiss: Callback<()>,
}

#[function_component]
pub fn UrlNotices(props: &UrlNoticesProps) -> Html {
    let strings = use_strings();
    if props.notices.is_empty() {
        return Html::default();
    }
    html! {
        <div class="notice" role="status">
            <p class="notice-heading">{ strings.url_notice_heading }</p>
            <ul>
                { for props.notices.iter().map(|notice| html! { <li>{ notice.describe(strings) }</li> }) }
            </ul>
            <button type="button" class="button" onclick={props.ondismiss.reform(|_: MouseEvent| ())}>{ strings.dismiss }</button>
        </div>
    }
}
