//! Keeps the audience's window and the presenter view on the same slide over a
//! `BroadcastChannel` (no server needed, so it works offline and from the one-file build).

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, MessageEvent};
use yew::prelude::*;

use crate::model::presenter::SlideMessage;

/// Joins the channel `name`: a slide another window announces is shown here through
/// `onnavigate`. Returns the callback this window moves with: it shows the slide and announces
/// it. Only moves made here are announced, never those received, so two windows never echo a
/// move back and forth. Without `BroadcastChannel` the windows simply move on their own.
#[hook]
pub fn use_slide_channel(
    name: &AttrValue,
    onnavigate: &Callback<Option<usize>>,
) -> Callback<Option<usize>> {
    let channel: Rc<RefCell<Option<BroadcastChannel>>> = use_mut_ref(|| None);
    {
        let channel = Rc::clone(&channel);
        use_effect_with((name.clone(), onnavigate.clone()), move |(name, onnavigate)| {
            let opened = BroadcastChannel::new(name).ok();
            let listener = opened.as_ref().map(|opened| {
                let onnavigate = onnavigate.clone();
                EventListener::new(opened, "message", move |event| {
                    let text =
                        event.dyn_ref::<MessageEvent>().and_then(|event| event.data().as_string());
                    if let Some(message) = text.as_deref().and_then(SlideMessage::from_json) {
                        onnavigate.emit(Some(message.slide));
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
    let onnavigate = onnavigate.clone();
    use_callback(onnavigate, move |target: Option<usize>, onnavigate| {
        if let (Some(slide), Some(opened)) = (target, channel.borrow().as_ref()) {
            let _ = opened.post_message(&SlideMessage::new(slide).to_json().into());
        }
        onnavigate.emit(target);
    })
}
