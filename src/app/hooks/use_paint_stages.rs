//! How many times the browser has painted since the component mounted: what can wait renders in
//! stages, one per frame, so that what a reader sees first comes sooner and no one task holds the
//! whole render.

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::app::frames::{after_next_paint, next_task};

/// The number of paints since `started` first held, counting up to `stages`: 0 until then,
/// then one more after each paint until `stages`. `started` is for stages that must follow a
/// part of the page which itself comes later (the sections below a project list that comes a
/// task after the first render): counting from the component's first render instead, a paint
/// could come before that task (a zero timeout set deep in a chain of them waits 4 ms) and the
/// stages overtake the part they follow.
///
/// ```ignore
/// let stage = use_paint_stages(2, true);
/// html! { <>{ cards }if stage >= 1 { { charts } }if stage >= 2 { { source } }</> }
/// ```
#[hook]
pub fn use_paint_stages(stages: u8, started: bool) -> u8 {
    let painted = use_state_eq(|| 0u8);
    {
        let painted = painted.clone();
        use_effect_with((*painted, started), move |&(count, started)| {
            if started && count < stages {
                spawn_local(async move {
                    after_next_paint().await;
                    painted.set(count + 1);
                });
            }
        });
    }
    *painted
}

/// The number of tasks since the first render, counting up to `tasks`, when `wait` says so on
/// the first render: 0 on the first render, then one more in each task after it until `tasks`;
/// `tasks` throughout otherwise. For parts of a first render that can come a task or two later,
/// so that no one task holds the whole render. `wait` is asked once, on the first render, not on
/// every later one (a filter click's, say).
#[hook]
pub fn use_tasks_after<F>(tasks: u8, wait: F) -> u8
where
    F: FnOnce() -> bool,
{
    let waited = use_state_eq(|| if wait() { 0 } else { tasks });
    {
        let waited = waited.clone();
        use_effect_with(*waited, move |&count| {
            if count < tasks {
                spawn_local(async move {
                    next_task().await;
                    waited.set(count + 1);
                });
            }
        });
    }
    *waited
}
