//! The Yew front end: thin components over the pure model.
//!
//! Data flows one way: bundled JSON → `model::validate::parse_dataset` → `model::state::State`
//! (query and view) → components and charts. User actions become `model::state::Action`s.

pub mod components;
pub mod hooks;
pub mod state;

use std::rc::Rc;

use yew::prelude::*;

use crate::model::dataset::Dataset;
use crate::model::validate::{parse_dataset, Problem};
use components::explorer::Explorer;
use components::problems::ProblemList;
use crate::model::strings::EN;

/// The dataset bundled at build time (`data/briefings.json`, or `make build DATA=…`).
pub const BUNDLED_DATASET: &str = include_str!(concat!(env!("OUT_DIR"), "/dataset.json"));

/// Parses the bundled dataset; a bad file becomes a list of problems to show, never a panic.
pub fn bundled_dataset() -> Result<Rc<Dataset>, Vec<Problem>> {
    parse_dataset(BUNDLED_DATASET).map(Rc::new)
}

#[function_component]
pub fn App() -> Html {
    let loaded = use_memo((), |_| bundled_dataset());
    match &*loaded {
        Ok(dataset) => html! { <Explorer dataset={Rc::clone(dataset)} /> },
        Err(problems) => html! {
            <main id="main" class="load-error">
                <h1>{ EN.load_error_heading }</h1>
                <ProblemList problems={Rc::new(problems.clone())} />
            </main>
        },
    }
}

/// Mounts the app into `#app`, replacing the loading placeholder there.
pub fn start() {
    let root = gloo::utils::document().get_element_by_id("app");
    match root {
        Some(root) => {
            root.set_inner_html("");
            let _ = root.remove_attribute("aria-busy");
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
