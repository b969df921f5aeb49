//! Keeps the address hash and the explorer state in step, in both directions.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::model::state::{Action, HistoryMode, State};

/// The current address hash, without `#`.
pub fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default().trim_start_matches('#').to_string()
}

/// Writes the state's hash to the address after each user action (a new history entry, or a
/// replaced one while typing), and adopts the address when it changes under us (Back, Forward,
/// an edited URL). With `enabled` false (the editor's preview) the address is left alone.
///
/// # Example
/// ```ignore
/// let state = use_reducer(|| State::new(dataset, &current_hash()));
/// use_hash_sync(&state, true);
/// ```
#[hook]
pub fn use_hash_sync(state: &UseReducerHandle<State>, enabled: bool) {
    let hash = state.hash();
    use_effect_with((hash, state.history), move |(hash, history)| {
        if enabled {
            write_hash(hash, *history);
        }
    });
    let dispatcher = state.dispatcher();
    use_effect_with(enabled, move |&enabled| {
        let listeners = enabled.then(|| {
            let window = gloo::utils::window();
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
        _ => history_api.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)),
    };
    // Some embedded browsers forbid the History API; the app still works, only Back does not.
    if result.is_err() {
        let _ = location.set_hash(hash);
    }
}
