//! The briefing editor's page (`edit.html`): a thin view over `model::editor`.
//!
//! One reducer holds the editor (the draft and its history); every change a person makes is an
//! [`EditorAction`]. The draft is checked by the validator on every change, saved in the browser
//! shortly after, and shown to the author as readers will see it in the preview.

mod forms;
mod outline;
mod problems;
mod session;
mod source_pane;
mod start;
mod suggestions;
mod toolbar;

use std::ops::Range;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

use crate::app::components::explorer::Explorer;
use crate::app::draft_store::{put_texts, DRAFT_KEY};
use crate::app::hooks::use_strings::{initial_language, set_document_language};
use crate::app::shared::Shared;
use crate::model::dataset::Dataset;
use crate::model::editor::{
    field_id, is_reflected, problem_field, quote_for_selection_bytes, saved_briefing_key,
    EditorAction, FieldTarget, RecordRef,
};
use crate::model::language::Language;
use crate::model::suggest::suggest;
use crate::model::validate::check_briefing;

use forms::RecordForm;
use outline::Outline;
use problems::Problems;
use session::{use_session, Session, SessionAction};
use source_pane::SourcePane;
use start::StartScreen;
use suggestions::SuggestionList;
use toolbar::Toolbar;

/// How long the draft waits after a change before it is saved, so that a burst of changes is
/// one save (a draft of several megabytes takes a moment to write out).
const SAVE_DELAY_MS: u32 = 400;

/// What the author is working on in the form panel: a record of the draft, or a new one made
/// from a selection and not yet added.
#[derive(Clone, Debug, PartialEq)]
pub enum Focus {
    Record(RecordRef),
    New(forms::Pending),
}

/// Where keyboard focus goes once the form on screen has changed.
#[derive(Clone, Debug, PartialEq)]
enum Jump {
    /// The field with this id (a problem's).
    Field(String),
    /// The first field of the form (a new record's).
    FirstField,
}

/// The last save in the browser: when, or why it failed.
#[derive(Clone, Debug, PartialEq)]
enum SaveState {
    Unsaved,
    Saved(f64),
    Failed(String),
}

#[function_component]
pub fn EditorPage() -> Html {
    let language = use_state_eq(initial_language);
    use_effect_with(*language, |&language| set_document_language(language));
    let strings = language.editor_strings();
    let session = use_session();
    html! {
        <ContextProvider<Language> context={*language}>
            if session.editor().is_some() {
                <Workbench session={session.clone()} language={*language} onlanguage={Callback::from({
                    let language = language.clone();
                    move |next| language.set(next)
                })} />
            } else {
                <StartScreen
                    onbegin={session.dispatcher().to_callback().reform(SessionAction::Begin)}
                    {strings}
                />
            }
        </ContextProvider<Language>>
    }
}

#[derive(Properties, PartialEq)]
struct WorkbenchProps {
    session: UseReducerHandle<Session>,
    language: Language,
    onlanguage: Callback<Language>,
}

/// The editor at work: the toolbar, the source with its suggestions, and the form, the records
/// and the problems (or the preview) beside it.
#[function_component]
fn Workbench(props: &WorkbenchProps) -> Html {
    let strings = props.language.editor_strings();
    let session = &props.session;
    let focus = use_state(|| Some(Focus::Record(RecordRef::Header)));
    let selection = use_state(|| None::<Range<usize>>);
    let highlight = use_state(|| None::<Range<usize>>);
    let preview = use_state(|| false);
    let jump = use_state(|| None::<Jump>);
    // The callbacks the form gets are made once: a form re-rendered while a person types in a
    // field would put the field back to the draft's value (Yew keeps a field's DOM value in
    // step with its `value`), so the form must re-render only when the draft or the record in
    // hand changes, not when the save indicator or a highlight does.
    let ondispatch = {
        let dispatcher = session.dispatcher();
        (*use_memo((), move |_| dispatcher.to_callback().reform(SessionAction::Act))).clone()
    };
    let onfocus = {
        let focus = focus.setter();
        let jump = jump.setter();
        (*use_memo((), move |_| {
            Callback::from(move |next: Option<Focus>| {
                jump.set(None);
                focus.set(next);
            })
        }))
        .clone()
    };
    let save = use_state(|| SaveState::Unsaved);
    let draft = session.snapshot.clone();
    let index = session.editor().map_or(0, |editor| editor.briefing);

    // The validator, on every change, over the briefing being edited: fast enough on a typed
    // draft (no JSON round trip) whatever the dataset's size. The whole dataset is checked
    // before a download.
    let report = {
        let strings = props.language.validation_strings();
        use_memo((draft.clone(), index, props.language), move |(draft, index, _)| {
            check_briefing(draft, *index, strings).err()
        })
    };
    // What the preview shows: the latest draft with no problems.
    let previewed = use_mut_ref(|| None::<Shared<Dataset>>);
    if report.is_none() {
        *previewed.borrow_mut() = Some(draft.clone());
    }
    // The suggestions for the source text (computed again only when the text changes), and
    // those still open: not dismissed, not already in the draft.
    let text =
        draft.briefings.get(index).map(|briefing| briefing.source.text.clone()).unwrap_or_default();
    let suggested = use_memo(text.clone(), |text| suggest(text, None).suggestions);
    let dismissed = session.editor().map(|editor| editor.dismissed.clone()).unwrap_or_default();
    let open_suggestions = use_memo(
        (draft.clone(), suggested.clone(), dismissed.clone()),
        move |(draft, suggested, dismissed)| {
            Shared::new(Rc::new(
                suggested
                    .iter()
                    .filter(|suggestion| !dismissed.contains(&(suggestion.start, suggestion.end)))
                    .filter(|suggestion| !is_reflected(draft, index, suggestion))
                    .cloned()
                    .collect::<Vec<_>>(),
            ))
        },
    );

    use_autosave(session, save.clone());
    use_leave_warning(session.editor().is_some_and(|editor| editor.unexported));
    use_history_keys(ondispatch.clone());
    {
        // Focus the field a problem named, or a new record's first field, once its form is on
        // screen (on a narrow screen the form is below the source, out of sight).
        let jump = (*jump).clone();
        use_effect_with(jump, |jump| match jump {
            Some(Jump::Field(id)) => crate::app::focus::focus_by_id(id),
            Some(Jump::FirstField) => crate::app::focus::focus_first_field(".editor-form"),
            None => {}
        });
    }
    if draft.briefings.get(index).is_none() {
        return Html::default();
    }

    let selected_quote =
        selection.as_ref().and_then(|range| quote_for_selection_bytes(&text, range.clone()));
    let onselect_text = {
        let selection = selection.clone();
        Callback::from(move |range: Option<Range<usize>>| selection.set(range))
    };
    let onjump = {
        let focus = focus.clone();
        let jump = jump.clone();
        let preview = preview.clone();
        Callback::from(move |target: FieldTarget| {
            preview.set(false);
            jump.set(Some(Jump::Field(field_id(target.record, &target.field))));
            focus.set(Some(Focus::Record(target.record)));
        })
    };
    let onnew = {
        let focus = focus.clone();
        let preview = preview.clone();
        let jump = jump.clone();
        Callback::from(move |pending: forms::Pending| {
            preview.set(false);
            focus.set(Some(Focus::New(pending)));
            jump.set(Some(Jump::FirstField));
        })
    };
    let onhighlight = {
        let highlight = highlight.clone();
        Callback::from(move |range: Option<Range<usize>>| highlight.set(range))
    };
    let problems: Vec<_> = report
        .as_ref()
        .as_ref()
        .map(|report| {
            report
                .groups
                .iter()
                .flat_map(|group| group.shown.iter())
                .map(|problem| (problem.clone(), problem.location.path().and_then(problem_field)))
                .collect()
        })
        .unwrap_or_default();
    let problem_count = report.as_ref().as_ref().map_or(0, |report| report.total);

    let side = if *preview {
        let shown = previewed.borrow().clone();
        html! {
            <section class="editor-preview" aria-label={strings.preview_heading}>
                if report.is_some() {
                    <p class="editor-note" role="status">{ if shown.is_some() { strings.preview_stale } else { strings.preview_unavailable } }</p>
                }
                if let Some(dataset) = shown {
                    <Explorer key={session.revision.to_string()} {dataset} onlanguage={props.onlanguage.clone()} preview=true />
                }
            </section>
        }
    } else {
        html! {
            <div class="editor-work">
                <RecordForm
                    draft={draft.clone()}
                    briefing={index}
                    focus={(*focus).clone()}
                    selection={selected_quote}
                    ondispatch={ondispatch.clone()}
                    onfocus={onfocus.clone()}
                    {strings}
                />
                <Problems {problems} total={problem_count} {onjump} {strings} />
                <Outline
                    draft={draft.clone()}
                    briefing={index}
                    focus={(*focus).clone()}
                    {onfocus}
                    ondispatch={ondispatch.clone()}
                    {strings}
                />
            </div>
        }
    };
    html! {
        <>
            <Toolbar
                session={session.clone()}
                problems={problem_count}
                preview={*preview}
                ontogglepreview={{
                    let preview = preview.clone();
                    Callback::from(move |_| preview.set(!*preview))
                }}
                save={match &*save {
                    SaveState::Unsaved => None,
                    SaveState::Saved(at) => Some(Ok(*at)),
                    SaveState::Failed(error) => Some(Err(error.clone())),
                }}
                language={props.language}
                onlanguage={props.onlanguage.clone()}
            />
            <main id="main" class={classes!("editor-main", preview.then_some("previewing"))}>
                <div class="editor-source-column">
                    <SourcePane
                        text={AttrValue::from(text.clone())}
                        draft={draft.clone()}
                        briefing={index}
                        suggestions={(*open_suggestions).clone()}
                        focus={(*focus).clone()}
                        highlight={(*highlight).clone()}
                        selection={(*selection).clone()}
                        onselect={onselect_text}
                        onmake={onnew.clone()}
                        {strings}
                    />
                    <SuggestionList
                        text={AttrValue::from(text)}
                        draft={draft.clone()}
                        briefing={index}
                        suggestions={(*open_suggestions).clone()}
                        dismissed={dismissed.len()}
                        {ondispatch}
                        {onhighlight}
                        onedit={onnew}
                        {strings}
                    />
                </div>
                { side }
            </main>
        </>
    }
}

/// Saves the draft in the browser a moment after each change, and says when it last did. The
/// first save of a draft keeps every briefing; later ones keep the edited briefing and the
/// draft's record, so a change to a dataset of many megabytes writes out one briefing.
#[hook]
fn use_autosave(session: &UseReducerHandle<Session>, save: UseStateHandle<SaveState>) {
    let saved_opening = use_mut_ref(|| None::<u64>);
    let session = session.clone();
    use_effect_with(session.revision, move |_| {
        let open = session.editor().is_some();
        let pending = open.then(|| {
            Timeout::new(SAVE_DELAY_MS, move || {
                let Some(editor) = session.editor() else { return };
                let saved = editor.to_saved(js_sys::Date::now());
                let at = saved.saved_at;
                let everything = *saved_opening.borrow() != Some(session.opened);
                let briefings: Vec<usize> = if everything {
                    (0..editor.draft.briefings.len()).collect()
                } else {
                    vec![editor.briefing]
                };
                let mut entries: Vec<(String, String)> = briefings
                    .into_iter()
                    .map(|index| {
                        let text = serde_json::to_string(&editor.draft.briefings[index]);
                        (saved_briefing_key(index), text.unwrap_or_default())
                    })
                    .collect();
                entries.push((
                    DRAFT_KEY.to_string(),
                    serde_json::to_string(&saved).unwrap_or_default(),
                ));
                let opened = session.opened;
                let saved_opening = saved_opening.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    match put_texts(&entries).await {
                        Ok(()) => {
                            *saved_opening.borrow_mut() = Some(opened);
                            save.set(SaveState::Saved(at));
                        }
                        Err(error) => save.set(SaveState::Failed(error)),
                    }
                });
            })
        });
        move || drop(pending)
    });
}

/// Asks before the page is left while the draft has changes that were not downloaded.
#[hook]
fn use_leave_warning(unexported: bool) {
    use_effect_with(unexported, |&unexported| {
        let listener = unexported.then(|| {
            EventListener::new_with_options(
                &gloo::utils::window(),
                "beforeunload",
                EventListenerOptions::enable_prevent_default(),
                |event| {
                    event.prevent_default();
                    if let Some(event) = event.dyn_ref::<web_sys::BeforeUnloadEvent>() {
                        event.set_return_value("unsaved");
                    }
                },
            )
        });
        move || drop(listener)
    });
}

/// Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (⌘ on a Mac), except inside a text field, where
/// they undo the typing as usual.
#[hook]
fn use_history_keys(ondispatch: Callback<EditorAction>) {
    use_effect_with((), move |_| {
        let listener = EventListener::new_with_options(
            &gloo::utils::document(),
            "keydown",
            EventListenerOptions::enable_prevent_default(),
            move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else { return };
                if !(event.ctrl_key() || event.meta_key())
                    || event.alt_key()
                    || in_text_field(event)
                {
                    return;
                }
                let action = match event.key().to_lowercase().as_str() {
                    "z" if event.shift_key() => EditorAction::Redo,
                    "z" => EditorAction::Undo,
                    "y" => EditorAction::Redo,
                    _ => return,
                };
                event.prevent_default();
                ondispatch.emit(action);
            },
        );
        move || drop(listener)
    });
}

/// Whether the key went to a field the author types in (the source text, which refuses
/// changes, is not one).
fn in_text_field(event: &KeyboardEvent) -> bool {
    let Some(target) = event.target().and_then(|target| target.dyn_into::<HtmlElement>().ok())
    else {
        return false;
    };
    let tag = target.tag_name().to_lowercase();
    let editable =
        matches!(tag.as_str(), "input" | "textarea" | "select") || target.is_content_editable();
    editable
        && !target.has_attribute("readonly")
        && target.get_attribute("aria-readonly").as_deref() != Some("true")
}

/// Mounts the editor into `#app`, replacing the loading placeholder there.
pub fn start() {
    super::panic_panel::install();
    super::inline_styles::install();
    if let Some(root) = gloo::utils::document().get_element_by_id("app") {
        root.set_inner_html("");
        let _ = root.remove_attribute("aria-busy");
        yew::Renderer::<EditorPage>::with_root(root).render();
    }
}
