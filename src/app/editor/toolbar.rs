//! The editor's bar: undo and redo, the problems count, the preview, the download, where the
//! draft was saved, and the way back.

use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::page_hooks::SaveState;
use super::session::{Session, SessionAction};
use super::start::{back_to_explorer, saved_time};
use crate::app::components::export_buttons::download_text;
use crate::app::draft_store::remember_download;
use crate::app::hooks::use_element_size::use_element_size;
use crate::model::dataset::Briefing;
use crate::model::editor::{
    draft_file_name, export_json, file_fingerprint, problem_count_words, EditError, EditorAction,
    ExportKind,
};
use crate::model::language::Language;
use crate::model::strings::fill;
use crate::model::validate::check_draft;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub session: UseReducerHandle<Session>,
    pub problems: usize,
    pub preview: bool,
    pub ontogglepreview: Callback<()>,
    /// The last save in the browser: when, or why it failed, or that a change waits for it.
    pub save: SaveState,
    pub language: Language,
    pub onlanguage: Callback<Language>,
}

#[function_component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let strings = props.language.editor_strings();
    let download_error = use_state(|| None::<String>);
    let bar = use_node_ref();
    use_scroll_padding_below(&bar);
    let session = &props.session;
    let Some(editor) = session.editor() else { return Html::default() };
    let dispatch = session.dispatcher();
    let (undoable, redoable) = editor.history_depth();
    let kind = if props.problems == 0 { ExportKind::Dataset } else { ExportKind::Draft };
    let title = editor
        .draft
        .briefings
        .get(editor.briefing)
        .map(|briefing| briefing.title.clone())
        .unwrap_or_default();
    // The live check covers the briefing being edited; the whole dataset is checked here, so
    // that a file named as a dataset always validates.
    let ondownload = {
        let snapshot = session.snapshot.clone();
        let dispatch = dispatch.clone();
        let download_error = download_error.clone();
        let title = title.clone();
        let validation = props.language.validation_strings();
        let problems_here = props.problems;
        Callback::from(move |_: MouseEvent| {
            let whole = check_draft(&snapshot, validation);
            let kind = if whole.is_ok() { ExportKind::Dataset } else { ExportKind::Draft };
            let file_name = draft_file_name(&title, kind);
            let file = export_json(&snapshot);
            match download_text(&file_name, "application/json", &file) {
                Ok(()) => {
                    remember_download(&file_fingerprint(&file));
                    let elsewhere =
                        whole.err().map_or(0, |report| report.total).saturating_sub(problems_here);
                    download_error.set((elsewhere > 0).then(|| {
                        fill(strings.problems_elsewhere, &[("count", &elsewhere.to_string())])
                    }));
                    dispatch.dispatch(SessionAction::Act(EditorAction::Exported));
                }
                Err(error) => {
                    download_error.set(Some(fill(strings.download_failed, &[("error", &error)])))
                }
            }
        })
    };
    let onclose = {
        let dispatch = dispatch.clone();
        let unexported = editor.unexported;
        Callback::from(move |_: MouseEvent| {
            let leave = !unexported || gloo::dialogs::confirm(strings.confirm_close_draft);
            if leave {
                dispatch.dispatch(SessionAction::Close);
                crate::app::focus::focus_by_id_once_shown(super::start::START_HEADING_ID);
            }
        })
    };
    let act = |action: EditorAction| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(SessionAction::Act(action.clone())))
    };
    let onchoose_briefing = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Ok(index) = select.value().parse::<usize>() {
                dispatch.dispatch(SessionAction::Act(EditorAction::ChooseBriefing(index)));
            }
        })
    };
    let other_language = props.language.other();
    let save_line = match &props.save {
        SaveState::Unsaved | SaveState::Elsewhere(_) => Html::default(),
        SaveState::Saving => html! { <span class="editor-saved">{ strings.saving }</span> },
        SaveState::Saved(at) => {
            html! { <span class="editor-saved">{ fill(strings.saved_at, &[("time", &saved_time(*at, strings))]) }</span> }
        }
        SaveState::Failed(error) => {
            html! { <span class="editor-error" role="alert">{ fill(strings.save_failed, &[("error", error)]) }</span> }
        }
    };
    let records_nothing =
        editor.draft.briefings.get(editor.briefing).is_some_and(Briefing::records_nothing);
    let problems_line = if props.problems == 0 && records_nothing {
        html! { <span class="editor-valid">{ strings.nothing_recorded }</span> }
    } else if props.problems == 0 {
        html! { <span class="editor-valid">{ strings.no_problems }</span> }
    } else {
        html! { <a href="#problems" class="editor-problem-count">{ problem_count_words(props.problems, strings) }</a> }
    };
    html! {
        <header class="editor-bar" ref={bar}>
            <div class="editor-bar-title">
                <h1>{ strings.editor_title }</h1>
                <span class="editor-draft-title">{ title }</span>
            </div>
            <div class="editor-bar-actions" role="toolbar" aria-label={strings.toolbar_label}>
                <button type="button" class="button" disabled={undoable == 0} onclick={act(EditorAction::Undo)} aria-keyshortcuts="Control+Z" title={strings.undo_hint}>{ strings.undo }</button>
                <button type="button" class="button" disabled={redoable == 0} onclick={act(EditorAction::Redo)} aria-keyshortcuts="Control+Shift+Z Control+Y" title={strings.redo_hint}>{ strings.redo }</button>
                if editor.draft.briefings.len() > 1 {
                    <label class="editor-briefing-choice">
                        { strings.briefing_label }
                        <select onchange={onchoose_briefing}>
                            { for editor.draft.briefings.iter().enumerate().map(|(index, briefing)| html! {
                                <option value={index.to_string()} selected={index == editor.briefing}>{ &briefing.title }</option>
                            }) }
                        </select>
                    </label>
                }
                <button type="button" class="button" aria-pressed={props.preview.to_string()} onclick={props.ontogglepreview.reform(|_| ())}>{ strings.preview_toggle }</button>
                <button type="button" class="button primary" onclick={ondownload}>
                    { match kind { ExportKind::Dataset => strings.download_dataset, ExportKind::Draft => strings.download_draft } }
                </button>
                <button type="button" class="button" onclick={onclose}>{ strings.close_draft }</button>
                <button type="button" class="button" lang={other_language.tag()} onclick={props.onlanguage.reform(move |_| other_language)}>{ other_language.strings().language_name }</button>
                <a class="button" href={back_to_explorer(props.language)}>{ strings.back_to_explorer }</a>
            </div>
            <p class="editor-status">
                { problems_line }
                { save_line }
                if let Some(refused) = session.refused {
                    <span class="editor-error" role="alert">{ match refused {
                        EditError::NoSuchPlace => strings.edit_refused_place,
                        EditError::WrongRecord => strings.edit_refused_taken,
                    } }</span>
                }
                if let Some(message) = &*download_error {
                    <span class="editor-error" role="alert">{ message }</span>
                }
            </p>
        </header>
    }
}

/// The page's property the style sheet keeps the page's scroll padding to (`editor.css`).
const BAR_HEIGHT_PROPERTY: &str = "--editor-bar-height";

/// Keeps the bar's height, as it wraps to one, two or three rows, in the page's
/// [`BAR_HEIGHT_PROPERTY`]: the style sheet pads the page's top by it, so that whatever the
/// browser scrolls into view (a field reached with Tab, a form or a problem's field focused)
/// comes out below the bar, which stays at the top of a wide screen and covered it before.
#[hook]
fn use_scroll_padding_below(bar: &NodeRef) {
    let height = use_element_size(bar).height;
    use_effect_with(height.to_bits(), move |_| {
        if let Some(style) = page_style() {
            let _ = style.set_property(BAR_HEIGHT_PROPERTY, &format!("{height}px"));
        }
        // The bar gone (the start screen), nothing is padded.
        || {
            if let Some(style) = page_style() {
                let _ = style.remove_property(BAR_HEIGHT_PROPERTY);
            }
        }
    });
}

/// The style of the page's root element, set through the CSSOM (no `style` attribute, which
/// the Content-Security-Policy refuses).
fn page_style() -> Option<web_sys::CssStyleDeclaration> {
    let page = gloo::utils::document().document_element()?;
    Some(page.dyn_into::<web_sys::HtmlElement>().ok()?.style())
}
