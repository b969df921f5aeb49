//! What the author is typing into a field of the form, kept in the browser's `localStorage` at
//! every keystroke, so that a reload or a closed tab does not lose text typed into a field not
//! yet left (`model::editor::typing` says why the draft takes a field's text only then).
//!
//! `localStorage` rather than the draft's IndexedDB store: it is written synchronously, so the
//! last keystroke before the page goes is kept; the record is a text per field not yet saved,
//! small.
//!
//! A new record's form, not in the draft until "Add", is kept there too, whole, while it is on
//! screen (`model::editor::NewRecordKept`), with the texts typed into its fields.

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, EventInit, HtmlInputElement, HtmlTextAreaElement, Storage};
use yew::prelude::*;

use crate::model::editor::{
    NewRecordKept, RecordRef, Typing, TypingKept, NEW_RECORD_KEY, TYPING_KEY,
};

/// The browser's `localStorage`, when the page may use it (a private window or a file opened
/// from disk may refuse it: text is then kept only in its field, as before).
fn storage() -> Option<Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// The texts being typed that the browser kept.
pub(super) fn kept_typing() -> TypingKept {
    let text = storage().and_then(|storage| storage.get_item(TYPING_KEY).ok().flatten());
    text.map(|text| TypingKept::from_json(&text)).unwrap_or_default()
}

pub(super) fn keep_typing(kept: &TypingKept) {
    let Some(storage) = storage() else { return };
    if kept.is_empty() {
        let _ = storage.remove_item(TYPING_KEY);
    } else {
        // A full storage keeps the text in its field only; typing goes on.
        let _ = storage.set_item(TYPING_KEY, &kept.to_json());
    }
}

/// Drops the kept texts and new record: a draft other than the saved one is begun, or the
/// saved one discarded.
pub(super) fn forget_typing() {
    keep_typing(&TypingKept::default());
    keep_new_record(None);
}

/// The new record's form the browser kept, if any.
pub(super) fn kept_new_record() -> Option<NewRecordKept> {
    let text = storage().and_then(|storage| storage.get_item(NEW_RECORD_KEY).ok().flatten());
    text.and_then(|text| NewRecordKept::from_json(&text))
}

/// Keeps the new record's form on screen, or forgets the one kept (`None`).
pub(super) fn keep_new_record(kept: Option<&NewRecordKept>) {
    let Some(storage) = storage() else { return };
    match kept {
        // A full storage keeps the form on screen only.
        Some(kept) => drop(storage.set_item(NEW_RECORD_KEY, &kept.to_json())),
        None => drop(storage.remove_item(NEW_RECORD_KEY)),
    }
}

/// Drops the kept texts that a save begun at `save_began` holds.
pub(super) fn forget_typing_saved_by(save_began: f64) {
    let mut kept = kept_typing();
    if kept.forget_saved_by(save_began) {
        keep_typing(&kept);
    }
}

/// One of the form's text fields: a one-line input or a text area.
enum TextField {
    Line(HtmlInputElement),
    Area(HtmlTextAreaElement),
}

impl TextField {
    fn of(target: &JsValue) -> Option<TextField> {
        if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
            return (input.type_() == "text").then(|| TextField::Line(input.clone()));
        }
        target.dyn_ref::<HtmlTextAreaElement>().map(|area| TextField::Area(area.clone()))
    }

    fn element(&self) -> &Element {
        match self {
            TextField::Line(input) => input,
            TextField::Area(area) => area,
        }
    }

    fn value(&self) -> String {
        match self {
            TextField::Line(input) => input.value(),
            TextField::Area(area) => area.value(),
        }
    }

    fn set_value(&self, text: &str) {
        match self {
            TextField::Line(input) => input.set_value(text),
            TextField::Area(area) => area.set_value(text),
        }
    }
}

/// The id and text of the form's text field an event came from, if its id starts with
/// `prefix` (`field-` for a record of the draft, `new-field-` for a new record's); none for any
/// other element (the source text, a quote, which cannot be typed into).
fn form_field(event: &Event, prefix: &str) -> Option<(String, String)> {
    let field = TextField::of(&event.target()?.into())?;
    let element = field.element();
    let id = element.id();
    let in_form = element.closest(".editor-form").ok().flatten().is_some();
    (in_form && id.starts_with(prefix) && !element.has_attribute("readonly"))
        .then(|| (id, field.value()))
}

/// Keeps each keystroke's text of the form's fields for `record` of `briefing`, or of the new
/// record's form (`None`; kept with that record, if one is on screen), and notes when a
/// record's field is left.
#[hook]
pub(super) fn use_typing_keeper(briefing: usize, record: Option<RecordRef>) {
    use_effect_with((briefing, record), move |&(briefing, record)| {
        let document = gloo::utils::document();
        let typed = match record {
            Some(record) => EventListener::new(&document, "input", move |event| {
                if let Some((field, text)) = form_field(event, "field-") {
                    let mut kept = kept_typing();
                    kept.typed(Typing { briefing, record, field, text, left_at: None });
                    keep_typing(&kept);
                }
            }),
            None => EventListener::new(&document, "input", |event| {
                let Some((field, text)) = form_field(event, "new-field-") else { return };
                if let Some(mut kept) = kept_new_record() {
                    kept.typed(&field, &text);
                    keep_new_record(Some(&kept));
                }
            }),
        };
        let left = EventListener::new(&document, "change", |event| {
            let Some((field, _)) = form_field(event, "field-") else { return };
            let mut kept = kept_typing();
            if kept.left(&field, js_sys::Date::now()) {
                keep_typing(&kept);
            }
        });
        move || drop((typed, left))
    });
}

/// Gives the first kept text back to its field, as if typed and the field left (so the draft
/// takes it as one edit), and returns the rest, for the next render. The last one given back
/// takes the focus, the caret at its end, for the author to carry on. Nothing happens to a
/// field that already holds its text (the save held it after all) or is not on screen.
pub(super) fn resume_typing(fields: &[(String, String)]) -> &[(String, String)] {
    let Some(((id, text), rest)) = fields.split_first() else { return fields };
    give_back(id, text);
    if rest.is_empty() {
        crate::app::focus::focus_by_id(id);
    }
    rest
}

fn give_back(id: &str, text: &str) {
    let element = gloo::utils::document().get_element_by_id(id);
    let Some(field) = element.and_then(|element| TextField::of(&element.into())) else { return };
    if field.value() != text {
        field.set_value(text);
        let init = EventInit::new();
        init.set_bubbles(true);
        if let Ok(change) = Event::new_with_event_init_dict("change", &init) {
            let _ = field.element().dispatch_event(&change);
        }
    }
}
