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
//!
//! Each tab keeps its own record, under its own name (`model::editor::TabKept` says why and
//! which tab's record a restored draft gives back); the name is also the one on the tab's saves
//! of the draft.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, EventInit, HtmlInputElement, HtmlTextAreaElement, Storage};
use yew::prelude::*;

use crate::model::editor::{
    choose_kept, kept_key, DraftStamp, RecordRef, TabKept, Typing, KEPT_PREFIX, TAB_KEY,
};

/// The browser's `localStorage`, when the page may use it (a private window or a file opened
/// from disk may refuse it: text is then kept only in its field, as before).
pub(super) fn storage() -> Option<Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

fn session_storage() -> Option<Storage> {
    gloo::utils::window().session_storage().ok().flatten()
}

/// This tab's record of what is typed and not yet saved, under the tab's name.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct TabKeeper {
    tab: Rc<str>,
}

impl TabKeeper {
    /// The name this tab had before a reload, else a new one. The name is taken out of
    /// `sessionStorage` while the page is open and put back when it goes
    /// ([`use_tab_name_kept`]): a tab duplicated meanwhile copies `sessionStorage` without it,
    /// and so draws a name of its own rather than sharing this tab's record.
    pub(super) fn claim() -> TabKeeper {
        let kept = session_storage().and_then(|storage| storage.get_item(TAB_KEY).ok().flatten());
        let tab = kept.unwrap_or_else(|| format!("{:.0}", js_sys::Math::random() * 1e15));
        let keeper = TabKeeper { tab: tab.into() };
        keeper.opened();
        keeper
    }

    /// The record of the tab named `tab`, which may be another tab's or a closed one's.
    pub(super) fn of_tab(tab: &str) -> TabKeeper {
        TabKeeper { tab: tab.into() }
    }

    /// The tab's name, as its saves of the draft carry it.
    pub(super) fn tab(&self) -> &str {
        &self.tab
    }

    fn key(&self) -> String {
        kept_key(&self.tab)
    }

    /// What this tab keeps.
    pub(super) fn read(&self) -> TabKept {
        let text = storage().and_then(|storage| storage.get_item(&self.key()).ok().flatten());
        text.map(|text| TabKept::from_json(&text)).unwrap_or_default()
    }

    /// Keeps `kept` as this tab's record, or removes the record when it holds nothing.
    fn write(&self, mut kept: TabKept) {
        let Some(storage) = storage() else { return };
        if kept.is_empty() {
            let _ = storage.remove_item(&self.key());
        } else {
            kept.written_at = js_sys::Date::now();
            // A full storage keeps the text in its field only; typing goes on.
            let _ = storage.set_item(&self.key(), &kept.to_json());
        }
    }

    /// Changes this tab's record as `change` says, if it changes it.
    pub(super) fn update(&self, change: impl FnOnce(&mut TabKept)) {
        let before = self.read();
        let mut kept = before.clone();
        change(&mut kept);
        if kept != before {
            self.write(kept);
        }
    }

    /// Drops what this tab keeps: a draft other than the saved one is begun, the saved one
    /// discarded, or another tab's save of it reloaded here.
    pub(super) fn forget(&self) {
        self.write(TabKept::default());
    }

    /// Drops the kept texts that a save begun at `save_began` holds.
    pub(super) fn forget_saved_by(&self, save_began: f64) {
        self.update(|kept| kept.typing.forget_saved_by(save_began));
    }

    /// The records of every tab the browser holds, by tab name.
    fn all_records() -> Vec<(String, TabKept)> {
        let Some(storage) = storage() else { return Vec::new() };
        (0..storage.length().unwrap_or(0))
            .filter_map(|index| storage.key(index).ok().flatten())
            .filter_map(|key| {
                let tab = key.strip_prefix(KEPT_PREFIX)?.to_string();
                let text = storage.get_item(&key).ok().flatten()?;
                Some((tab, TabKept::from_json(&text)))
            })
            .collect()
    }

    /// Whether restoring the draft saved as `kept` would give typing back: it counts as a change
    /// not yet downloaded.
    pub(super) fn would_give_back(&self, kept: &DraftStamp) -> bool {
        let choice = choose_kept(&self.tab, Self::all_records(), kept, js_sys::Date::now());
        choice.taken.is_some()
    }

    /// What to give back as the draft saved as `kept` is restored: this tab's record, or a
    /// closed tab's, which becomes this tab's (`model::editor::choose_kept`). Records that can
    /// no longer be given back are removed.
    pub(super) fn take_for_restore(&self, kept: &DraftStamp) -> TabKept {
        let choice = choose_kept(&self.tab, Self::all_records(), kept, js_sys::Date::now());
        if let Some(storage) = storage() {
            for tab in &choice.dropped {
                let _ = storage.remove_item(&kept_key(tab));
            }
        }
        let taken = choice.taken.unwrap_or_default();
        self.write(taken.clone());
        taken
    }

    /// The page is open (loaded, or back from the browser's page cache): the name leaves
    /// `sessionStorage` and the record is this open tab's again.
    fn opened(&self) {
        if let Some(storage) = session_storage() {
            let _ = storage.remove_item(TAB_KEY);
        }
        self.update(|kept| kept.closed_at = None);
    }

    /// The page goes (a reload, the tab closed, another page opened in it): the name waits in
    /// `sessionStorage` for this tab's next load, and the record is marked closed, for another
    /// tab to take over if this one does not come back.
    fn closed(&self) {
        if let Some(storage) = session_storage() {
            let _ = storage.set_item(TAB_KEY, &self.tab);
        }
        self.update(|kept| kept.closed_at = Some(js_sys::Date::now()));
    }
}

/// Keeps the tab's name for its next load, and marks its record closed, when the page goes; and
/// takes both back if the page comes back from the browser's page cache.
#[hook]
pub(super) fn use_tab_name_kept(keeper: &TabKeeper) {
    let keeper = keeper.clone();
    use_effect_with(keeper, |keeper| {
        let window = gloo::utils::window();
        let going = keeper.clone();
        let hidden = EventListener::new(&window, "pagehide", move |_| going.closed());
        let back = keeper.clone();
        let shown = EventListener::new(&window, "pageshow", move |_| back.opened());
        move || drop((hidden, shown))
    });
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
/// record's field is left. `base` is the save the draft began from, kept with the typing.
#[hook]
pub(super) fn use_typing_keeper(
    keeper: &TabKeeper,
    briefing: usize,
    record: Option<RecordRef>,
    base: Option<DraftStamp>,
) {
    let keeper = keeper.clone();
    use_effect_with((briefing, record, base), move |(briefing, record, base)| {
        let document = gloo::utils::document();
        let (briefing, record, base) = (*briefing, *record, base.clone());
        let typing_keeper = keeper.clone();
        let typed = EventListener::new(&document, "input", move |event| match record {
            Some(record) => {
                let Some((field, text)) = form_field(event, "field-") else { return };
                typing_keeper.update(|kept| {
                    kept.base = base.clone();
                    kept.typing.typed(Typing { briefing, record, field, text, left_at: None });
                });
            }
            None => {
                let Some((field, text)) = form_field(event, "new-field-") else { return };
                typing_keeper.update(|kept| {
                    if let Some(new_record) = &mut kept.new_record {
                        new_record.typed(&field, &text);
                    }
                });
            }
        });
        let left = EventListener::new(&document, "change", move |event| {
            let Some((field, _)) = form_field(event, "field-") else { return };
            keeper.update(|kept| kept.typing.left(&field, js_sys::Date::now()));
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
