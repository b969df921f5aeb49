//! The editor page's own hooks: saving the draft in the browser (and noticing another tab's
//! saves of it), warning before leaving with changes not downloaded, and the undo and redo keys.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, HtmlElement, KeyboardEvent, MessageEvent};
use yew::prelude::*;

use super::session::Session;
use super::typing_keeper::TabKeeper;
use super::unlanded;
use crate::app::draft_store::{put_texts_unless, Guarded, DRAFT_KEY};
use crate::model::editor::{
    changed_elsewhere, saved_briefing_key, DraftStamp, EditorAction, UnlandedSave,
};

/// How long the draft waits after a change before it is saved, so that a burst of changes is
/// one save (a draft of several megabytes takes a moment to write out).
const SAVE_DELAY_MS: u32 = 400;

/// The channel on which a tab says it saved the draft, so that another tab with the draft open
/// knows at once (a browser or a page opened from disk without `BroadcastChannel` learns it at
/// its next save instead).
const SAVED_CHANNEL: &str = "briefing-editor-draft-saved";

/// The last save in the browser: when, or why it failed.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum SaveState {
    Unsaved,
    /// A change waits for its save (a moment after it, or at once when the page is hidden), so
    /// the time of the save before it no longer speaks for the draft.
    Saving,
    Saved(f64),
    Failed(String),
    /// Another tab saved the draft (this save of it): saving here waits for the author to
    /// choose, so as not to overwrite it unasked.
    Elsewhere(DraftStamp),
}

/// Saves the draft in the browser a moment after each change (at once after a download), or at
/// once when the page is hidden (another tab chosen, the window closed, the phone's screen
/// locked), and says when it last did, or that a change waits for its save. The first save of a
/// draft keeps every briefing; later ones keep the edited briefing and the draft's record, so a
/// change to a dataset of many megabytes writes out one briefing.
///
/// A save is made only over this tab's own saves or the one its draft began from
/// (`model::editor::changed_elsewhere`), checked in the save's own transaction; otherwise, or
/// when another tab says it saved, the state says so and nothing is written.
#[hook]
pub(super) fn use_autosave(
    session: &UseReducerHandle<Session>,
    save: UseStateHandle<SaveState>,
    keeper: &TabKeeper,
) {
    let saved_opening = use_mut_ref(|| None::<u64>);
    // The tab's name on its saves is the one its typing is kept under, so that its typing is
    // known to go with the draft it saved (`model::editor::TabKept::goes_with`).
    let keeper = keeper.clone();
    let channel = use_mut_ref(|| None::<BroadcastChannel>);
    {
        let channel = channel.clone();
        let save = save.clone();
        use_effect_with((), move |_| {
            let opened = BroadcastChannel::new(SAVED_CHANNEL).ok();
            let listener = opened.as_ref().map(|opened| {
                EventListener::new(opened, "message", move |event| {
                    let text =
                        event.dyn_ref::<MessageEvent>().and_then(|event| event.data().as_string());
                    if let Some(stamp) = text.and_then(|text| serde_json::from_str(&text).ok()) {
                        save.set(SaveState::Elsewhere(stamp));
                    }
                })
            });
            *channel.borrow_mut() = opened;
            move || {
                drop(listener);
                if let Some(opened) = channel.borrow_mut().take() {
                    opened.close();
                }
            }
        });
    }
    // The save waiting for its moment, taken and run by whichever comes first: its timeout, or
    // the page being hidden or left (a page hidden may not come back, and the save is what keeps
    // the draft).
    let waiting = use_mut_ref(|| None::<Box<dyn FnOnce()>>);
    // The last save begun, until it lands: when the page is hidden or left meanwhile, it is kept
    // in the synchronous store too (`unlanded`), as its IndexedDB write may never land.
    let unlanded_save = use_mut_ref(|| None::<UnlandedSave>);
    {
        let waiting = waiting.clone();
        let unlanded_save = unlanded_save.clone();
        use_effect_with((), move |_| {
            let document = gloo::utils::document();
            let going = move || {
                run_waiting(&waiting);
                if let Some(save) = unlanded_save.borrow().as_ref() {
                    unlanded::keep(save);
                }
            };
            let hidden = {
                let going = going.clone();
                EventListener::new(&document.clone(), "visibilitychange", move |_| {
                    if document.hidden() {
                        going();
                    }
                })
            };
            // A reload or a closed tab: `pagehide` comes before the page is hidden.
            let left = EventListener::new(&gloo::utils::window(), "pagehide", move |_| going());
            move || drop((hidden, left))
        });
    }
    let session = session.clone();
    use_effect_with(session.revision, move |_| {
        // A draft just restored is the saved one: saving it again would tell another tab with
        // it open that it changed.
        let open = session.editor().is_some() && session.unsaved;
        // A draft with nothing left to download (just downloaded) is saved at once: its save is
        // what tells the start screen so, and the author may leave the page right after the
        // download, before a save that waits would be made.
        let downloaded = session.editor().is_some_and(|editor| !editor.unexported);
        let delay = if downloaded { 0 } else { SAVE_DELAY_MS };
        // While another tab's save waits for the author's choice, its notice stays on screen.
        if open && !matches!(*save, SaveState::Elsewhere(_)) {
            save.set(SaveState::Saving);
        }
        let pending = open.then(|| {
            *waiting.borrow_mut() = Some(Box::new(move || {
                let Some(editor) = session.editor() else { return };
                let mut saved = editor.to_saved(js_sys::Date::now());
                saved.tab = keeper.tab().to_string();
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
                let base = session.base.clone();
                let stamp = saved.stamp();
                *unlanded_save.borrow_mut() = Some(UnlandedSave {
                    entries: entries.clone(),
                    guard: DRAFT_KEY.to_string(),
                    stamp: stamp.clone(),
                    base: base.clone(),
                });
                let unlanded_save = unlanded_save.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let refuse = move |kept: Option<&str>| {
                        changed_elsewhere(
                            DraftStamp::of_saved(kept).as_ref(),
                            &saved.tab,
                            base.as_ref(),
                        )
                    };
                    let outcome = put_texts_unless(entries, DRAFT_KEY, refuse).await;
                    // Landed or refused, it would do the same again: it is kept no more. A write
                    // that failed (aborted as the page unloads, perhaps) stays kept for the next
                    // page to try.
                    let mut begun = unlanded_save.borrow_mut();
                    if begun.as_ref().is_some_and(|begun| begun.stamp == stamp) {
                        *begun = None;
                        if outcome.is_ok() {
                            unlanded::forget(&stamp);
                        }
                    }
                    drop(begun);
                    match outcome {
                        Ok(Guarded::Written) => {
                            keeper.forget_saved_by(at);
                            *saved_opening.borrow_mut() = Some(opened);
                            save.set(SaveState::Saved(at));
                            tell_other_tabs(&channel, &stamp);
                        }
                        Ok(Guarded::Refused(kept)) => {
                            // The notice says this tab's changes wait for the author's choice:
                            // the texts left since are this tab's draft's, kept or lost with it,
                            // not given to whichever tab restores next.
                            keeper.forget_saved_by(at);
                            let other = DraftStamp::of_saved(kept.as_deref()).unwrap_or_default();
                            save.set(SaveState::Elsewhere(other));
                        }
                        Err(error) => save.set(SaveState::Failed(error)),
                    }
                });
            }));
            let waiting = waiting.clone();
            Timeout::new(delay, move || run_waiting(&waiting))
        });
        // A newer change's save replaces this one (it saves the draft as it then stands).
        move || {
            drop(pending);
            waiting.borrow_mut().take();
        }
    });
}

fn run_waiting(waiting: &RefCell<Option<Box<dyn FnOnce()>>>) {
    // Taken out before it runs, so that it runs once, whichever of the two calls it first, and
    // the slot is not borrowed while it does.
    let save = waiting.borrow_mut().take();
    if let Some(save) = save {
        save();
    }
}

fn tell_other_tabs(channel: &Rc<RefCell<Option<BroadcastChannel>>>, stamp: &DraftStamp) {
    if let (Some(channel), Ok(text)) = (channel.borrow().as_ref(), serde_json::to_string(stamp)) {
        let _ = channel.post_message(&text.into());
    }
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
