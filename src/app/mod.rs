//! The Yew front end: thin components over the pure model.
//!
//! Data flows one way: JSON (fetched from the site's `data/` folder at run time, read from the
//! page's inline data block in the one-file build, or a file the user opens) →
//! `model::validate::parse_dataset` → `model::state::State` (query and view) → components and
//! charts. User actions become `model::state::Action`s.

pub mod chart_draw;
pub mod check_worker;
pub mod clipboard;
pub mod components;
pub mod data_source;
pub mod download;
pub mod draft_store;
pub mod editor;
pub mod elements;
pub mod file_reading;
pub mod first_view;
pub mod focus;
pub mod frames;
pub mod fullscreen;
pub mod hooks;
pub mod inline_styles;
pub mod panic_panel;
pub mod printing;
pub mod shared;
pub mod source_action;
pub mod state;

use std::rc::Rc;

use yew::prelude::*;

use crate::model::dataset::Dataset;
use crate::model::language::Language;
use crate::model::site::DEFAULT_DATASET_FILE;
use crate::model::url::{editor_hash, handoff_hash, requested_embed, switched_dataset_hash};
use components::data_bar::DataBar;
use components::data_failure::DataFailurePanel;
use components::embed_view::{EmbedUnavailable, EmbedView};
use components::explorer::Explorer;
use components::site_picker::SitePicker;
use draft_store::{HANDOFF_KEY, HANDOFF_NAME_KEY};
use hooks::use_editor_published::use_editor_published;
use hooks::use_file_drop::use_file_drop;
use hooks::use_file_loader::{use_file_loader, LoadStatus};
use hooks::use_hash_sync::{current_hash, push_address_hash};
use hooks::use_site_data::{use_site_data, SiteData};
use hooks::use_site_index::use_site_index;
use hooks::use_strings::{initial_language, set_document_language};
use web_sys::File;

/// An opened file's dataset and name.
#[derive(Clone, PartialEq)]
struct Opened {
    dataset: Rc<Dataset>,
    file_name: String,
}

/// Which data is on screen: an opened file, or the site's data when `None`.
#[derive(Clone, PartialEq)]
struct Choice {
    opened: Option<Opened>,
    /// Bumped on every switch so that the explorer starts afresh with the new data.
    generation: u32,
}

impl Choice {
    fn switch_to(&self, opened: Option<Opened>) -> Choice {
        Choice { opened, generation: self.generation.wrapping_add(1) }
    }
}

#[function_component]
pub fn App() -> Html {
    let site = use_site_data();
    // The site's index is fetched once the dataset has settled, never before first render.
    let settled = !matches!(site.data, SiteData::Loading { .. });
    // An embedded view is decided when the data arrives, from the address it arrived for.
    let embed = use_memo(site.generation, |_| requested_embed(&current_hash()));
    // The index serves the full view's picker of the site's briefings, which an embedded view
    // never shows.
    let site_index = use_site_index(!site.inline && settled && embed.is_none());
    // An embedded view offers no "Edit this data", so it never asks whether the editor is there:
    // on a site without one, each frame of an article would log a "not found".
    let editor_published = use_editor_published(!site.inline && settled && embed.is_none());
    // A first view goes once what it stood for is in: the explorer's whole page (`Explorer`
    // removes it), or the problems of data that failed (here, before the browser paints again).
    let failed = matches!(site.data, SiteData::Failed { .. });
    use_effect_with(failed, |&failed| {
        if failed {
            first_view::remove();
        }
    });
    let choice = use_state(|| Choice { opened: None, generation: 0 });
    let status = use_state(|| LoadStatus::Idle);
    // The interface language: from the address or the browser at first, then whatever the
    // address of the explorer or the embedded view says (the header's switch writes `lang=` there;
    // a host page may write it into an embedded frame's fragment).
    let language = use_state_eq(initial_language);
    use_effect_with(*language, |&language| set_document_language(language));
    let onlanguage = {
        let language = language.clone();
        Callback::from(move |next: Language| language.set(next))
    };
    // The briefing the explorer shows, when its address chose one: the editor opens on it.
    let shown_briefing = use_state_eq(|| None::<AttrValue>);
    let onbriefing = {
        let shown_briefing = shown_briefing.clone();
        Callback::from(move |chosen: Option<AttrValue>| shown_briefing.set(chosen))
    };
    let strings = language.strings();

    // A new dataset starts from its default view: the old address state named the old data.
    let onloaded = {
        let choice = choice.clone();
        Callback::from(move |(dataset, file_name): (Rc<Dataset>, String)| {
            push_address_hash(&switched_dataset_hash(None, &current_hash()));
            choice.set(choice.switch_to(Some(Opened { dataset, file_name })));
        })
    };
    // Back to the site's dataset, which stayed loaded while the file was shown.
    let onback = {
        let choice = choice.clone();
        let current = site_name(&site.data).to_string();
        Callback::from(move |_| {
            push_address_hash(&switched_dataset_hash(Some(&current), &current_hash()));
            choice.set(choice.switch_to(None));
        })
    };
    let onchoose_dataset = {
        let choice = choice.clone();
        let onload = site.onload.clone();
        Callback::from(move |name: String| {
            push_address_hash(&switched_dataset_hash(Some(&name), &current_hash()));
            choice.set(choice.switch_to(None));
            onload.emit(name);
        })
    };
    let ondefault = onchoose_dataset.reform(|_| DEFAULT_DATASET_FILE.to_string());
    let onstatus = {
        let status = status.clone();
        Callback::from(move |next: LoadStatus| status.set(next))
    };
    let onfile = use_file_loader(onstatus.clone(), onloaded);
    // An embedded view opens no file: one dropped on an article's frame would put the whole
    // explorer there, with the reader's own data. (The drop is still taken, so that the browser
    // does not open the file in the frame in place of the part.)
    let ondrop = if embed.is_some() { Callback::noop() } else { onfile.clone() };
    let dragging = use_file_drop(ondrop, onstatus.clone());

    let key = format!("{}-{}", site.generation, choice.generation);
    let loading = html! {
        <main id="main" class="loading-data" aria-busy="true">
            <p class="loading" role="status">{ strings.loading_dataset }</p>
        </main>
    };
    // An embedded view shows its part, or a line saying it cannot, and nothing of the full
    // view's page around it: no data bar, no picker of the site's briefings.
    if let Some(embed) = *embed {
        let content = match &site.data {
            SiteData::Ready { dataset, .. } => html! {
                <EmbedView {key} dataset={Rc::clone(dataset)} {embed} {onlanguage} />
            },
            SiteData::Loading { .. } => loading,
            SiteData::Failed { name, .. } => html! {
                <EmbedUnavailable {embed} name={name.clone()} {onlanguage} />
            },
        };
        return html! {
            <ContextProvider<Language> context={*language}>{ content }</ContextProvider<Language>>
        };
    }
    // The editor is a page beside this one, unless the site was published without it; the
    // one-file build has none.
    let has_editor = editor_published && !data_source::is_one_file_build();
    // A dataset that failed to show has nothing to edit.
    let edit_href = (has_editor && !failed)
        .then(|| {
            let briefing = shown_briefing.as_deref();
            format!("edit.html#{}", editor_hash(site_name(&site.data), briefing, *language))
        })
        .map(AttrValue::from);
    let onedit_opened = choice.opened.as_ref().filter(|_| has_editor).map(|opened| {
        let (dataset, name) = (Rc::clone(&opened.dataset), opened.file_name.clone());
        let (briefing, language) = ((*shown_briefing).clone(), *language);
        Callback::from(move |_| hand_to_editor(&dataset, &name, briefing.as_deref(), language))
    });
    let onfix_in_editor = has_editor.then(|| {
        let language = *language;
        Callback::from(move |file: File| hand_file_to_editor(file, language))
    });
    let data_bar = html! {
        <DataBar
            {edit_href}
            {onedit_opened}
            {onfix_in_editor}
            file_name={choice.opened.as_ref().map(|opened| opened.file_name.clone())}
            site_failed={failed}
            status={(*status).clone()}
            {onfile}
            {onback}
            ondismiss={onstatus.reform(|_| LoadStatus::Idle)}
        />
    };
    let content = match (&choice.opened, &site.data) {
        (Some(opened), _) => {
            html! { <Explorer {key} dataset={Rc::clone(&opened.dataset)} {onlanguage} {onbriefing} opened_file={AttrValue::from(opened.file_name.clone())} /> }
        }
        (None, SiteData::Ready { dataset, .. }) => {
            html! { <Explorer {key} dataset={Rc::clone(dataset)} {onlanguage} {onbriefing} /> }
        }
        (None, SiteData::Loading { .. }) => loading,
        (None, SiteData::Failed { name, failure }) => html! {
            <DataFailurePanel name={name.clone()} failure={failure.clone()} inline={site.inline} inline_cut_short={site.inline_cut_short} {ondefault} />
        },
    };
    // The skip link comes first, before the data bar, so that it is the first tab stop.
    let explorer_shown = choice.opened.is_some() || matches!(site.data, SiteData::Ready { .. });
    html! {
        <ContextProvider<Language> context={*language}>
            if explorer_shown {
                <a class="skip-link" href="#projects" onclick={Callback::from(skip_to_projects)}>{ strings.skip_to_content }</a>
            }
            // A named region, so that the data bar's text is inside a landmark as all text is.
            <section class="data-region" aria-label={strings.data_bar_label}>
                <SitePicker
                    index={site_index}
                    current={site_name(&site.data).to_string()}
                    opened_file={choice.opened.as_ref().map(|opened| opened.file_name.clone())}
                    onchoose={onchoose_dataset}
                />
                { data_bar }
            </section>
            if dragging {
                <div class="drop-hint" aria-hidden="true"><p>{ strings.drop_hint }</p></div>
            }
            { content }
        </ContextProvider<Language>>
    }
}

/// Leaves an opened file's dataset in the browser's storage for the editor, then opens the
/// editor in the explorer's language, on the briefing shown, which takes it from there
/// (`edit.html#handoff&briefing=ID&lang=en`);
/// if the storage refuses, the editor says the data did not arrive and offers to open the file
/// there.
fn hand_to_editor(dataset: &Dataset, file_name: &str, briefing: Option<&str>, language: Language) {
    // Pretty, as the explorer's JSON export writes: one serialiser in the reader's bundle, not two.
    let text = serde_json::to_string_pretty(dataset).unwrap_or_default();
    let (name, hash) = (file_name.to_string(), handoff_hash(briefing, language));
    wasm_bindgen_futures::spawn_local(leave_for_editor(Some(text), name, hash));
}

/// Hands a file that was not opened to the editor as its author wrote it, to be fixed there
/// (the editor mends what does not fit the format, and lists the rest). A file that can no
/// longer be read reaches the editor as no data, which it says.
fn hand_file_to_editor(file: File, language: Language) {
    let hash = handoff_hash(None, language);
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
        let text = text.ok().and_then(|text| text.as_string());
        leave_for_editor(text, file.name(), hash).await;
    });
}

/// Leaves `text` and its file's name in the browser's storage for the editor, then opens it at
/// `hash`.
async fn leave_for_editor(text: Option<String>, file_name: String, hash: String) {
    match text {
        Some(text) => {
            let _ = draft_store::put_text(HANDOFF_KEY, &text).await;
            let _ = draft_store::put_text(HANDOFF_NAME_KEY, &file_name).await;
        }
        // An earlier hand-off the editor did not take must not open instead.
        None => {
            let _ = draft_store::delete(HANDOFF_KEY).await;
            let _ = draft_store::delete(HANDOFF_NAME_KEY).await;
        }
    }
    let _ = gloo::utils::window().location().set_href(&format!("edit.html#{hash}"));
}

/// Moves focus to the projects without touching the address hash, which holds the view state.
fn skip_to_projects(event: MouseEvent) {
    event.prevent_default();
    focus::focus_by_id("projects");
}

/// The file name of the site's dataset being shown, loaded or refused.
fn site_name(data: &SiteData) -> &str {
    match data {
        SiteData::Loading { name }
        | SiteData::Ready { name, .. }
        | SiteData::Failed { name, .. } => name,
    }
}

/// The id of the page's notice that the app could not start (index.html, edit.html), which
/// shows by itself after a while unless the app removes it.
const START_FAILED_ID: &str = "start-failed";

/// Tells the page that its app has started: the notice that it could not goes.
fn remove_start_failed_notice(document: &web_sys::Document) {
    if let Some(notice) = document.get_element_by_id(START_FAILED_ID) {
        notice.remove();
    }
}

/// Mounts the app into `#app`, replacing the loading placeholder there.
pub fn start() {
    panic_panel::install();
    inline_styles::install();
    let document = gloo::utils::document();
    remove_start_failed_notice(&document);
    let root = document.get_element_by_id("app");
    match root {
        Some(root) => {
            // The mark tells the page's early script, should the data arrive only now, that the
            // app has started.
            let _ = root.set_attribute(first_view::LIVE_ATTRIBUTE, "");
            let _ = root.remove_attribute("aria-busy");
            // Yew empties the element it mounts into: `#app` itself (its loading message goes),
            // or, when the page shows a first view, an element of its own beside it, so that the
            // first view stays until the app's page is whole (`Explorer`). That element adds no
            // box (`display: contents`: the page lays out as if the app's elements were
            // `#app`'s own), and the app mounts there in a task after the wasm's start.
            match first_view::app_host(&document, &root) {
                Some(host) => wasm_bindgen_futures::spawn_local(async move {
                    frames::next_task().await;
                    yew::Renderer::<App>::with_root(host).render();
                }),
                None => {
                    yew::Renderer::<App>::with_root(root).render();
                }
            }
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
