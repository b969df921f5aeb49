//! Keeps the audience's window and the presenter view on the same deck and slide over a
//! `BroadcastChannel` (no server needed, so it works offline and from the one-file build).

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, MessageEvent};
use yew::prelude::*;

use crate::model::presenter::{SlideEvent, SlideMessage};

/// Which window of a presentation joins the channel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlideWindow {
    /// The slides the audience sees, at this slide: it says when they start (at this slide) and
    /// when they end, so that an open presenter view follows.
    Audience(usize),
    Presenter,
}

/// Joins the channel `name` for the deck `deck` (a `deck_hash`): every message another window
/// sends goes to `onmessage`, which decides what it means here (`audience_step`,
/// `presenter_step`). Returns the callback that tells the other windows what happened here (a
/// move, a blanked screen) or what is asked of them. Only moves made here are announced, never
/// those received, so two windows never echo a move back and forth. Without `BroadcastChannel`
/// the windows simply move on their own.
#[hook]
pub fn use_slide_channel(
    name: &AttrValue,
    deck: &AttrValue,
    window: SlideWindow,
    onmessage: &Callback<SlideMessage>,
) -> Callback<SlideEvent> {
    let channel: Rc<RefCell<Option<BroadcastChannel>>> = use_mut_ref(|| None);
    // The latest handler and slide, read when a message comes or the channel opens: the channel
    // is opened again only for another deck, not at each render, or the audience would say
    // "started" at every move.
    let latest = use_mut_ref(|| (onmessage.clone(), window));
    *latest.borrow_mut() = (onmessage.clone(), window);
    let is_audience = matches!(window, SlideWindow::Audience(_));
    {
        let channel = Rc::clone(&channel);
        use_effect_with((name.clone(), deck.clone(), is_audience), move |(name, deck, _)| {
            let opened = BroadcastChannel::new(name).ok();
            let listener = opened.as_ref().map(|opened| {
                let latest = Rc::clone(&latest);
                EventListener::new(opened, "message", move |event| {
                    let text =
                        event.dyn_ref::<MessageEvent>().and_then(|event| event.data().as_string());
                    if let Some(message) = text.as_deref().and_then(SlideMessage::from_json) {
                        let onmessage = latest.borrow().0.clone();
                        onmessage.emit(message);
                    }
                })
            });
            if let (Some(opened), SlideWindow::Audience(slide)) = (&opened, latest.borrow().1) {
                post(opened, deck, SlideEvent::Started(slide));
            }
            *channel.borrow_mut() = opened;
            let deck = deck.clone();
            move || {
                drop(listener);
                if let Some(opened) = channel.borrow_mut().take() {
                    if is_audience {
                        post(&opened, &deck, SlideEvent::Ended);
                    }
                    opened.close();
                }
            }
        });
    }
    use_callback(deck.clone(), move |event: SlideEvent, deck| {
        if let Some(opened) = channel.borrow().as_ref() {
            post(opened, deck, event);
        }
    })
}

/// Tells the other windows what happened to the slides of `deck`. A closed or refused channel
/// loses the message, as a window without `BroadcastChannel` would.
fn post(opened: &BroadcastChannel, deck: &str, event: SlideEvent) {
    let _ = opened.post_message(&SlideMessage::new(deck, event).to_json().into());
}

/// The callback a window moves with: it announces the slide (`announce`, from
/// `use_slide_channel`) and shows it (`onnavigate`); the end of the slides (`None`) is announced
/// by the channel itself as the slides go.
#[hook]
pub fn use_announced_moves(
    announce: &Callback<SlideEvent>,
    onnavigate: &Callback<Option<usize>>,
) -> Callback<Option<usize>> {
    use_callback(
        (announce.clone(), onnavigate.clone()),
        |target: Option<usize>, (announce, onnavigate)| {
            if let Some(slide) = target {
                announce.emit(SlideEvent::Moved(slide));
            }
            onnavigate.emit(target);
        },
    )
}
