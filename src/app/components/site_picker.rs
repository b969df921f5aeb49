//! "Briefings on this site": the datasets `data/index.json` lists, to switch between.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::hooks::use_strings::use_strings;
use crate::model::site::SiteEntry;
use crate::model::strings::fill;

#[derive(Properties, PartialEq)]
pub struct SitePickerProps {
    pub entries: Rc<Vec<SiteEntry>>,
    /// The file shown now.
    pub current: String,
    pub onchoose: Callback<String>,
}

/// A labelled select, shown only when the site lists more than one dataset.
#[function_component]
pub fn SitePicker(props: &SitePickerProps) -> Html {
    let strings = use_strings();
    if props.entries.len() < 2 {
        return Html::default();
    }
    let onchange = props
        .onchoose
        .reform(|event: Event| event.target_unchecked_into::<HtmlSelectElement>().value());
    html! {
        <div class="site-picker">
            <label for="site-picker">{ strings.site_picker_label }</label>
            <select id="site-picker" {onchange}>
                // A dataset opened by its address but not listed still shows as the choice, said
                // to be the address's, not one of the site's (it may be a name the page refused).
                if !props.entries.iter().any(|entry| entry.file == props.current) {
                    <option value={props.current.clone()} selected=true>{ fill(strings.site_picker_unlisted, &[("name", &props.current)]) }</option>
                }
                { for props.entries.iter().map(|entry| html! {
                    <option
                        key={entry.file.clone()}
                        value={entry.file.clone()}
                        title={entry.description.clone()}
                        selected={entry.file == props.current}
                    >
                        { entry.title.clone() }
                    </option>
                }) }
            </select>
        </div>
    }
}
