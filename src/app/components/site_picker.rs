//! "Briefings on this site": the datasets `data/index.json` lists, to switch between, and what is
//! wrong with that file, for whoever publishes the site.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::hooks::use_site_index::SiteIndex;
use crate::app::hooks::use_strings::use_strings;
use crate::model::strings::fill;

#[derive(Properties, PartialEq)]
pub struct SitePickerProps {
    pub index: Rc<SiteIndex>,
    /// The site's file shown now, or last shown when a file opened on this device is.
    pub current: String,
    /// The name of a file opened on this device, when it is what is shown: the picker then
    /// names it, so that every site's dataset, the last shown too, can be chosen.
    pub opened_file: Option<String>,
    pub onchoose: Callback<String>,
}

/// A labelled select, shown only when the site lists more than one dataset that can be opened,
/// and the index's problems, if any: a publisher who left a comma or mistyped a key sees why a
/// briefing is missing from the picker, or why there is no picker at all.
#[function_component]
pub fn SitePicker(props: &SitePickerProps) -> Html {
    let strings = use_strings();
    // The `selected` attributes name the file shown only until the reader picks an option:
    // from then on the browser keeps the reader's pick whatever the attributes say, so after
    // Back or Forward the picker would name a briefing no longer shown (and picking that one
    // again would change nothing). The select's value is set to the file shown at each change.
    let select = use_node_ref();
    {
        let select = select.clone();
        let shown = if props.opened_file.is_some() { String::new() } else { props.current.clone() };
        use_effect_with((shown, Rc::clone(&props.index)), move |(shown, _)| {
            if let Some(select) = select.cast::<HtmlSelectElement>() {
                select.set_value(shown);
            }
        });
    }
    let entries = &props.index.entries;
    // A picker needs two briefings to choose between.
    let picker = entries.len() >= 2;
    let problems = (!props.index.problems.is_empty()).then(|| {
        let lead =
            if picker { strings.site_index_problems } else { strings.site_index_problems_no_picker };
        html! {
            <div class="site-index-problems" role="note">
                <p>{ lead }</p>
                <ul>
                    { for props.index.problems.iter().map(|problem| html! { <li>{ problem.describe(strings) }</li> }) }
                </ul>
            </div>
        }
    });
    if !picker {
        return problems.unwrap_or_default();
    }
    let onchange = props
        .onchoose
        .reform(|event: Event| event.target_unchecked_into::<HtmlSelectElement>().value());
    html! {
        <>
        <div class="site-picker">
            <label for="site-picker">{ strings.site_picker_label }</label>
            <select id="site-picker" ref={select} {onchange}>
                if let Some(name) = &props.opened_file {
                    <option value="" selected=true disabled=true>{ fill(strings.site_picker_opened, &[("name", name)]) }</option>
                }
                // A dataset opened by its address but not listed still shows as the choice, said
                // to be the address's, not one of the site's (it may be a name the page refused).
                if !entries.iter().any(|entry| entry.file == props.current) {
                    <option value={props.current.clone()} selected={props.opened_file.is_none()}>{ fill(strings.site_picker_unlisted, &[("name", &props.current)]) }</option>
                }
                { for entries.iter().map(|entry| html! {
                    <option
                        key={entry.file.clone()}
                        value={entry.file.clone()}
                        title={entry.description.clone()}
                        selected={props.opened_file.is_none() && entry.file == props.current}
                    >
                        { entry.title.clone() }
                    </option>
                }) }
            </select>
        </div>
        { problems }
        </>
    }
}
