//! "Download CSV" and "Download JSON" for the projects in view, "Download directives CSV" for the
//! directives in view, and what the handout prints at its top (visible in print only): the
//! filters in words and the view's address.
//!
//! The files are built by `model::export` on click, never on render; the download goes through a
//! Blob, an object URL and a temporary `<a download>`, and the URL is revoked afterwards.

use std::rc::Rc;

use wasm_bindgen::JsValue;
use web_sys::{Blob, BlobPropertyBag, Url};
use yew::prelude::*;

use crate::app::shared::Shared;

use crate::app::download::{click_download_link, js_error};
use crate::app::hooks::use_strings::use_strings;
use crate::model::dataset::Dataset;
use crate::model::export::{export_file_name, Export};
use crate::model::format::download_directives_label;
use crate::model::handout::filter_line;
use crate::model::query::Query;
use crate::model::strings::fill;
use crate::model::url::{printed_page_address, printed_view_hash};
use crate::model::view::View;

/// How long an object URL outlives its click: long enough for every browser to start the
/// download (Safari reads it asynchronously), short enough not to hold the file for long.
const REVOKE_AFTER_MS: u32 = 10_000;

#[derive(Properties, PartialEq)]
pub struct ExportButtonsProps {
    pub dataset: Shared<Dataset>,
    pub view: Rc<View>,
    /// The query behind the view: names the files and gives the printed filters and address.
    pub query: Query,
    /// The name of the file the reader opened, which no address shows (the handout names the
    /// file instead); `None` for the site's data.
    #[prop_or_default]
    pub opened_file: Option<AttrValue>,
}

#[function_component]
pub fn ExportButtons(props: &ExportButtonsProps) -> Html {
    let strings = use_strings();
    let error = use_state_eq(|| None::<String>);
    let count = props.view.projects.len().to_string();
    let directive_count = props.view.directive_count();
    let onexport = |export: Export| {
        let dataset = props.dataset.rc();
        let view = Rc::clone(&props.view);
        let file_name = export_file_name(&dataset, &props.query, export);
        let error = error.clone();
        Callback::from(move |_: MouseEvent| {
            let contents = export.file_contents(&dataset, &view, strings);
            error.set(download_text(&file_name, export.format().mime_type(), &contents).err());
        })
    };
    let nothing_shown = props.view.projects.is_empty();
    html! {
        <>
            <div class="export-buttons" role="group" aria-label={strings.export_heading}>
                // One word before three short buttons keeps them on one row on a phone; the
                // group's name says it to a screen reader.
                <span class="export-label" aria-hidden="true">{ strings.export_heading }</span>
                <button
                    type="button"
                    class="button export-csv"
                    aria-label={fill(strings.download_csv_of, &[("count", &count)])}
                    disabled={nothing_shown}
                    onclick={onexport(Export::ProjectsCsv)}
                >
                    { strings.export_csv }
                </button>
                <button
                    type="button"
                    class="button export-json"
                    aria-label={fill(strings.download_json_of, &[("count", &count)])}
                    disabled={nothing_shown}
                    onclick={onexport(Export::ProjectsJson)}
                >
                    { strings.export_json }
                </button>
                <button
                    type="button"
                    class="button export-directives-csv"
                    aria-label={download_directives_label(directive_count, strings)}
                    disabled={directive_count == 0}
                    onclick={onexport(Export::DirectivesCsv)}
                >
                    { strings.export_directives_csv }
                </button>
                if let Some(error) = &*error {
                    <p class="export-error" role="alert">{ fill(strings.export_error, &[("error", error)]) }</p>
                }
            </div>
            <p class="print-only print-filter-line">{ filter_line(&props.query, &props.dataset, strings) }</p>
            <p class="print-only print-view-url">{ match &props.opened_file {
                Some(file) => fill(strings.print_opened_file, &[("file", file)]),
                None => fill(strings.print_view_url, &[("url", &view_address(&props.query, &props.dataset))]),
            } }</p>
        </>
    }
}

/// The address of this view: the page's address with the query's hash (what the hash will be
/// once `use_hash_sync` has written it), without the slide a presentation adds to it.
fn view_address(query: &Query, dataset: &Dataset) -> String {
    let href = gloo::utils::window().location().href().unwrap_or_default();
    let page = printed_page_address(&href);
    let hash = printed_view_hash(query, dataset);
    if hash.is_empty() {
        page.to_string()
    } else {
        format!("{page}#{hash}")
    }
}

/// Saves `contents` as a file called `file_name`.
pub fn download_text(file_name: &str, mime_type: &str, contents: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = BlobPropertyBag::new();
    options.set_type(mime_type);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).map_err(js_error)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(js_error)?;
    let result = click_download_link(&url, file_name);
    gloo::timers::callback::Timeout::new(REVOKE_AFTER_MS, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    result
}
