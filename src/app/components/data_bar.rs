//! The data bar: which data is shown, "Open data file…", loading progress, and the problems of
//! a file that failed validation.

use std::rc::Rc;

use web_sys::{File, HtmlInputElement};
use yew::prelude::*;

use crate::app::components::problems::ProblemList;
use crate::app::focus::focus_by_id;
use crate::app::hooks::use_file_loader::LoadStatus;
use crate::app::hooks::use_strings::use_strings;
use crate::model::checking::{reading_text, shows_bytes_read, stage_text};
use crate::model::format::{format_megabytes, format_number};
use crate::model::strings::fill;
use crate::model::validate::MAX_DATASET_BYTES;

#[derive(Properties, PartialEq)]
pub struct DataBarProps {
    /// The opened file's name, or `None` while the site's data is shown (or could not be).
    pub file_name: Option<String>,
    /// Whether the site's data failed to show: the bar then names no briefing as shown, since
    /// the page below says why none is.
    #[prop_or_default]
    pub site_failed: bool,
    pub status: LoadStatus,
    pub onfile: Callback<File>,
    pub onback: Callback<()>,
    pub ondismiss: Callback<()>,
    /// The editor's address for the site's data on screen; `None` where there is no editor
    /// (the one-file build) or while an opened file is shown.
    #[prop_or_default]
    pub edit_href: Option<AttrValue>,
    /// Hands an opened file's data to the editor; `None` where there is no editor.
    #[prop_or_default]
    pub onedit_opened: Option<Callback<()>>,
    /// Hands a file that was not opened to the editor, to be fixed there; `None` where there is
    /// no editor.
    #[prop_or_default]
    pub onfix_in_editor: Option<Callback<File>>,
}

#[function_component]
pub fn DataBar(props: &DataBarProps) -> Html {
    let strings = use_strings();
    let input = use_node_ref();
    let onchange = {
        let onfile = props.onfile.clone();
        Callback::from(move |event: Event| {
            let input = event.target_unchecked_into::<HtmlInputElement>();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                onfile.emit(file);
            }
            // Choosing the same file again must fire `change` again.
            input.set_value("");
        })
    };
    let onopen = {
        let input = input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = input.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    let shown = match &props.file_name {
        Some(name) => Some(fill(strings.showing_file, &[("name", name)])),
        None => (!props.site_failed).then(|| strings.bundled_data.to_string()),
    };
    let progress = match &props.status {
        LoadStatus::Reading { name, loaded, total } => Some(html! {
            <>
                { reading_text(strings, name, *loaded, *total) }
                if shows_bytes_read(*total) {
                    <progress max={total.to_string()} value={loaded.to_string()}></progress>
                }
            </>
        }),
        LoadStatus::Validating { name, stage: None } => {
            Some(html! { { fill(strings.validating_file, &[("name", name)]) } })
        }
        LoadStatus::Validating { name, stage: Some(stage) } => {
            Some(html! { { stage_text(strings, name, *stage) } })
        }
        _ => None,
    };
    // A file the editor can open is offered to it beside its problems.
    let fixable = match (&props.status, &props.onfix_in_editor) {
        (LoadStatus::Invalid { report, file, .. }, Some(onfix)) if report.editor_can_open() => {
            let (file, onfix) = (file.clone(), onfix.clone());
            Some(Callback::from(move |_: MouseEvent| onfix.emit(file.clone())))
        }
        _ => None,
    };
    let failure = match &props.status {
        LoadStatus::Refused { name, size_bytes } => Some((
            fill(
                strings.file_too_large,
                &[
                    ("name", name),
                    ("size", &format_megabytes(*size_bytes)),
                    ("limit", &format_megabytes(MAX_DATASET_BYTES as f64)),
                ],
            ),
            None,
        )),
        LoadStatus::SeveralFiles { count } => Some((
            fill(
                strings.several_files_dropped,
                &[("count", &format_number(f64::from(*count), strings))],
            ),
            None,
        )),
        LoadStatus::ReadFailed { name, reason } => {
            Some((fill(strings.read_failed, &[("name", name), ("reason", reason)]), None))
        }
        LoadStatus::Invalid { name, report, .. } => {
            let count = if report.total == 1 {
                fill(strings.load_failed_one, &[("name", name)])
            } else {
                fill(
                    strings.load_failed,
                    &[("name", name), ("count", &format_number(report.total as f64, strings))],
                )
            };
            let summary = if report.stopped_before_meaning() {
                fill(strings.load_failed_unchecked, &[("summary", &count)])
            } else {
                count
            };
            Some((summary, Some(Rc::clone(report))))
        }
        _ => None,
    };
    html! {
        <div class="data-bar">
            <div class="data-bar-row">
                if let Some(shown) = shown {
                    <p class="data-shown">{ shown }</p>
                }
                <div class="data-actions">
                    <input ref={input} id="data-file" class="visually-hidden" type="file" accept=".json,application/json" tabindex="-1" aria-hidden="true" {onchange} />
                    <button type="button" id="open-data-file" class="button" onclick={onopen} aria-describedby="privacy-note">{ strings.open_file }</button>
                    if props.file_name.is_some() {
                        <button type="button" class="button" onclick={props.onback.reform(|_: MouseEvent| focus_by_id("open-data-file"))}>{ strings.back_to_bundled }</button>
                    }
                    if let (Some(href), None) = (&props.edit_href, &props.file_name) {
                        <a class="button" href={href.clone()}>{ strings.edit_this_data }</a>
                    }
                    if let (Some(onedit), Some(_)) = (&props.onedit_opened, &props.file_name) {
                        <button type="button" class="button" onclick={onedit.reform(|_: MouseEvent| ())}>{ strings.edit_this_data }</button>
                    }
                    <span id="privacy-note" class="privacy-note">{ strings.privacy_note }</span>
                </div>
            </div>
            <div class="load-progress" role="status" aria-live="polite">{ for progress }</div>
            if let Some((message, report)) = failure {
                // What can be done comes right under what happened, not after a list that may
                // run past a phone's screen. Only the one line of what happened is an alert: a
                // screen reader speaks an alert whole, at once, over what it was saying, and the
                // buttons and the problems (2,394 characters for 21 of them) are read when the
                // reader goes on to them.
                <div class="load-problems">
                    <p class="load-problems-heading" role="alert">{ message }</p>
                    <div class="load-problems-actions">
                        if let Some(onclick) = fixable {
                            <button type="button" class="button primary" {onclick}>{ strings.fix_in_editor }</button>
                        }
                        <button type="button" class="button" onclick={props.ondismiss.reform(|_: MouseEvent| focus_by_id("open-data-file"))}>{ strings.dismiss }</button>
                    </div>
                    if let Some(report) = report {
                        <ProblemList {report} />
                    }
                </div>
            }
        </div>
    }
}
