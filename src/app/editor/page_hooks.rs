//! The editor page's own hooks: saving the draft in the browser, warning before leaving with
//! changes not downloaded, and the undo and redo keys.

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

use super::session::Session;
use super::typing_keeper::forget_typing_saved_by;
use crate::app::draft_store::{put_texts, DRAFT_KEY};
use crate::model::editor::{saved_briefing_key, EditorAction};

/// How long the draft waits after a change before it is saved, so that a burst of changes is
/// one save (a draft of several megabytes takes a moment to write out).
const SAVE_DELAY_MS: u32 = 400;

/// The last save in the browser: when, or why it failed.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum SaveState {
    Unsaved,
    Saved(f64),
    Failed(String),
}

/// Saves the draft in the browser a moment after each change, and says when it last did. The
/// first save of a draft keeps every briefing; later ones keep the edited briefing and the
/// draft's record, so a change to a dataset of many megabytes writes out one briefing.
#[hook]
pub(super) fn use_autosave(session: &UseReducerHandle<Session>, save: UseStateHandle<SaveState>) {
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
                            forget_typing_saved_by(at);
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
pub(super) fn use_leave_warning(unexported: bool) {
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
pub(super) fn use_history_keys(ondispatch: Callback<EditorAction>) {
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
