//! The presentation's keys (`model::slides::SLIDE_KEYS`: arrows, Page Up/Down, Space, Enter,
//! Backspace, Home, End, Esc, S, B, W, F, F5, ?), handled before the page's own shortcuts see
//! them.

use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};
use yew::prelude::*;

use crate::model::slides::{navigate, scroll_within_slide, unblanks, Blank, Navigation};

/// What the slide keys act on, beyond moving between slides.
#[derive(Clone, PartialEq)]
pub struct SlideKeys {
    /// The slide shown (1-based) and how many there are.
    pub current: usize,
    pub len: usize,
    /// Shows a slide (`None` ends the presentation).
    pub onnavigate: Callback<Option<usize>>,
    /// Opens the presenter view (`S`); `None` in the presenter view itself.
    pub onpresenter: Option<Callback<()>>,
    /// The slide shown, scrolled first by the keys that read down a page (`None` in the
    /// presenter view, whose keys move the audience's slides).
    pub slide: Option<NodeRef>,
    /// The blanked screen's colour, if blanked, and the callback that blanks it or brings it
    /// back; `None` where the screen is not the audience's.
    pub blank: Option<(Option<Blank>, Callback<Option<Blank>>)>,
    /// Goes into fullscreen (`f`, F5); `None` where that is not offered.
    pub onfullscreen: Option<Callback<()>>,
    /// Whether the key help is open over the slides, and the callback that opens (`true`) or
    /// closes it (`?`; Esc too while it is open).
    pub help_open: bool,
    pub onhelp: Callback<bool>,
}

/// Slide keys anywhere on the page, handled before the page's own shortcuts (`p`, `/`) see them.
/// `S` opens the presenter view where there is one. A slide taller than its screen is scrolled
/// first by the keys that read down a page while there is more of it that way
/// (`scroll_within_slide`). While the screen is blanked any key brings it back and does nothing
/// else. F5 never reloads the page while presenting (a clicker's "start slideshow" would drop
/// fullscreen); it goes into fullscreen, as `f` does. While the key help is open, `?` and Esc
/// close it and the other slide keys do nothing (`Navigation::under_key_help`).
#[hook]
pub fn use_slide_keys(keys: &SlideKeys) {
    use_effect_with(keys.clone(), |keys| {
        let keys = keys.clone();
        let options = EventListenerOptions { phase: EventListenerPhase::Capture, passive: false };
        let window = gloo::utils::window();
        let on_keydown =
            EventListener::new_with_options(&window, "keydown", options, move |event| {
                if let Some(event) = event.dyn_ref::<KeyboardEvent>() {
                    on_slide_key(&keys, event);
                }
            });
        // A button's Space acts as the key comes up: a button clicked a moment before would
        // otherwise be pressed again by the Space that has just moved the slides on.
        let on_keyup = EventListener::new_with_options(&window, "keyup", options, |event| {
            if event.dyn_ref::<KeyboardEvent>().is_some_and(|event| is_space(&event.key())) {
                event.prevent_default();
            }
        });
        move || drop((on_keydown, on_keyup))
    });
}

fn on_slide_key(keys: &SlideKeys, event: &KeyboardEvent) {
    let key = event.key();
    if let Some((Some(_), onblank)) = &keys.blank {
        if unblanks(&key) {
            event.prevent_default();
            event.stop_propagation();
            onblank.emit(None);
        }
        return;
    }
    if event.ctrl_key() || event.meta_key() || event.alt_key() {
        return;
    }
    if activates_focused_control(event, &key) {
        return;
    }
    // The slide is behind the key help, and stays as it is while the help is open.
    let slide = keys.slide.as_ref().filter(|_| !keys.help_open);
    if let Some(slide) = slide.and_then(NodeRef::cast::<Element>) {
        let (top, height) = (f64::from(slide.scroll_top()), f64::from(slide.client_height()));
        let below = f64::from(slide.scroll_height()) - height - top;
        if let Some(delta) = scroll_within_slide(&key, event.shift_key(), top, below, height) {
            event.prevent_default();
            event.stop_propagation();
            slide.scroll_by_with_x_and_y(0.0, delta);
            return;
        }
    }
    let Some(mut navigation) = navigate(&key, event.shift_key(), keys.current, keys.len) else {
        // The page's shortcuts do not apply while presenting.
        if matches!(key.as_str(), "p" | "P" | "/") {
            event.stop_propagation();
        }
        return;
    };
    if keys.help_open {
        navigation = navigation.under_key_help(keys.current);
    }
    event.stop_propagation();
    let handled = match navigation {
        Navigation::Go(target) => {
            if target != keys.current {
                keys.onnavigate.emit(Some(target));
            }
            true
        }
        // Fullscreen ends with the slides themselves (`Presentation`).
        Navigation::Exit => {
            keys.onnavigate.emit(None);
            true
        }
        Navigation::OpenPresenter => keys.onpresenter.as_ref().map(|open| open.emit(())).is_some(),
        Navigation::Blank(colour) => {
            keys.blank.as_ref().map(|(_, onblank)| onblank.emit(Some(colour))).is_some()
        }
        // F5 is kept from reloading the page even where fullscreen is not offered.
        Navigation::Fullscreen => {
            if let Some(onfullscreen) = &keys.onfullscreen {
                onfullscreen.emit(());
            }
            true
        }
        Navigation::ToggleHelp => {
            keys.onhelp.emit(!keys.help_open);
            true
        }
    };
    if handled {
        event.prevent_default();
    }
}

fn is_space(key: &str) -> bool {
    matches!(key, " " | "Spacebar")
}

/// Whether Enter presses a focused control (a button reached by Tab), which then does its own
/// thing. Space never does: while presenting it always moves the slides. (A control clicked
/// with the mouse hands focus back to the slides, `Presentation`, so Enter moves them then.)
fn activates_focused_control(event: &KeyboardEvent, key: &str) -> bool {
    if key != "Enter" {
        return false;
    }
    let target = event.target().and_then(|target| target.dyn_into::<Element>().ok());
    target.is_some_and(|target| {
        matches!(target.tag_name().as_str(), "BUTTON" | "A" | "INPUT" | "SELECT" | "TEXTAREA")
    })
}
