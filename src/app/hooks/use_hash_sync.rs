//! Keeps the address hash and the explorer state in step, in both directions.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::app::frames::after_next_paint;
use crate::model::state::{Action, HistoryMode, State};

/// The current address hash, without `#`.
pub fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default().trim_start_matches('#').to_string()
}

/// Writes the state's hash to the address after each user action, once its update is painted (a
/// new history entry, or a replaced one while typing), and adopts the address when it changes
/// under us (Back, Forward, an edited URL). With `enabled` false (the editor's preview) the
/// address is left alone.
///
/// # Example
/// ```ignore
/// let state = use_reducer(|| State::new(dataset, &current_hash()));
/// use_hash_sync(&state, true);
/// ```
#[hook]
pub fn use_hash_sync(state: &UseReducerHandle<State>, enabled: bool) {
    let hash = state.hash();
    // The address is written once the update is painted: Chromium takes 2–5 ms to write it,
    // which held a filter click's frame that long (a CPU profile at 10,000 projects). Writes
    // wait in order, each its own history entry; those still waiting when the address changes
    // under us (Back, Forward, an edited URL: the state follows it and keeps it) are dropped.
    let address_changes = use_mut_ref(|| 0_u64);
    use_effect_with((hash, state.history), move |(hash, history)| {
        if !enabled {
            return;
        }
        if *history == HistoryMode::Keep {
            *address_changes.borrow_mut() += 1;
            return;
        }
        let (hash, history, seen) = (hash.clone(), *history, *address_changes.borrow());
        wasm_bindgen_futures::spawn_local(async move {
            after_next_paint().await;
            if *address_changes.borrow() == seen {
                write_hash(&hash, history);
            }
        });
    });
    let dispatcher = state.dispatcher();
    use_effect_with(enabled, move |&enabled| {
        let listeners = enabled.then(|| {
            let window = gloo::utils::window();
            // The page says where Back and Forward leave the reader, not the browser: the address
            // is written after the paint, so the position the browser kept for an entry was the
            // next view's (the source a highlight scrolled to), and it put that back, at times
            // after the page had brought the card's Source button into view.
            if let Ok(history) = window.history() {
                let _ =
                    js_sys::Reflect::set(&history, &"scrollRestoration".into(), &"manual".into());
            }
            let follow = move |_: &Event| dispatcher.dispatch(Action::FollowHash(current_hash()));
            let on_popstate = EventListener::new(&window, "popstate", follow.clone());
            let on_hashchange = EventListener::new(&window, "hashchange", follow);
            (on_popstate, on_hashchange)
        });
        move || drop(listeners)
    });
}

/// Sets the address hash with a new history entry, as a switch to other data does
/// (`data=other.json` when another dataset of the site is chosen; an empty hash leaves a clean
/// address).
pub fn push_address_hash(hash: &str) {
    write_hash(hash, HistoryMode::Push);
}

/// Sets the address hash in place, with no new history entry (the editor's language switch).
pub fn replace_address_hash(hash: &str) {
    write_hash(hash, HistoryMode::Replace);
}

fn write_hash(hash: &str, history: HistoryMode) {
    if history == HistoryMode::Keep || current_hash() == hash {
        return;
    }
    let window = gloo::utils::window();
    let Ok(history_api) = window.history() else {
        return;
    };
    // An empty hash leaves a clean address (path and query only), which works from file:// too.
    let location = window.location();
    let url = if hash.is_empty() {
        format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        )
    } else {
        format!("#{hash}")
    };
    let result = match history {
        HistoryMode::Replace => {
            history_api.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        }
        // The entry before holds this very hash (the state says so); the popstate that follows
        // is adopted as a change to nothing.
        HistoryMode::Back => history_api.back(),
        _ => history_api.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)),
    };
    // Some embedded browsers forbid the History API; the app still works, only Back does not.
    if result.is_err() {
        let _ = location.set_hash(hash);
    }
}
