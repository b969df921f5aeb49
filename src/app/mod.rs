//! The Yew front end: thin components over the pure model.
//!
//! Data flows one way: JSON (bundled at build time, or a file the user opens) →
//! `model::validate::parse_dataset` → `model::state::State` (query and view) → components and
//! charts. User actions become `model::state::Action`s.

pub mod chart_draw;
pub mod components;
pub mod download;
pub mod file_reading;
pub mod fullscreen;
pub mod hooks;
pub mod panic_panel;
pub mod shared;
pub mod state;

use std::rc::Rc;

use yew::prelude::*;

use crate::model::dataset::Dataset;
use crate::model::strings::EN;
use crate::model::validate::{parse_dataset, Problem};
use components::data_bar::{DataBar, LoadStatus};
use components::explorer::Explorer;
use components::problems::ProblemList;
use hooks::use_file_drop::use_file_drop;
use hooks::use_file_loader::use_file_loader;

/// The dataset bundled at build time (`data/briefings.json`, or `make build DATA=…`).
pub const BUNDLED_DATASET: &str = include_str!(concat!(env!("OUT_DIR"), "/dataset.json"));

/// Parses the bundled dataset; a bad file becomes a list of problems to show, never a panic.
pub fn bundled_dataset() -> Result<Rc<Dataset>, Vec<Problem>> {
    parse_dataset(BUNDLED_DATASET).map(Rc::new)
}

/// The dataset on screen: the bundled one, or one the user opened (with its file name).
#[derive(Clone, PartialEq)]
struct Shown {
    dataset: Rc<Dataset>,
    file_name: Option<String>,
    /// Bumped on every switch so that the explorer starts afresh with the new data.
    generation: u32,
}

#[function_component]
pub fn App() -> Html {
    let bundled = use_memo((), |_| bundled_dataset());
    let opened = use_state(|| None::<Shown>);
    let status = use_state(|| LoadStatus::Idle);
    let generation = use_mut_ref(|| 0u32);

    let onloaded = {
        let opened = opened.clone();
        let generation = generation.clone();
        Callback::from(move |(dataset, file_name): (Rc<Dataset>, String)| {
            *generation.borrow_mut() += 1;
            clear_hash();
            opened.set(Some(Shown {
                dataset,
                file_name: Some(file_name),
                generation: *generation.borrow(),
            }));
        })
    };
    let onback = {
        let opened = opened.clone();
        let generation = generation.clone();
        Callback::from(move |_| {
            *generation.borrow_mut() += 1;
            clear_hash();
            opened.set(None);
        })
    };
    let onstatus = {
        let status = status.clone();
        Callback::from(move |next: LoadStatus| status.set(next))
    };
    let onfile = use_file_loader(onstatus.clone(), onloaded);
    let dragging = use_file_drop(onfile.clone());

    let shown = match (&*opened, &*bundled) {
        (Some(shown), _) => Ok(shown.clone()),
        (None, Ok(dataset)) => Ok(Shown {
            dataset: Rc::clone(dataset),
            file_name: None,
            generation: *generation.borrow(),
        }),
        (None, Err(problems)) => Err(problems.clone()),
    };
    let data_bar = html! {
        <DataBar
            file_name={opened.as_ref().and_then(|shown| shown.file_name.clone())}
            status={(*status).clone()}
            {onfile}
            {onback}
            ondismiss={onstatus.reform(|_| LoadStatus::Idle)}
        />
    };
    html! {
        <>
            { data_bar }
            if dragging {
                <div class="drop-hint" aria-hidden="true"><p>{ EN.drop_hint }</p></div>
            }
            {
                match shown {
                    Ok(shown) => html! { <Explorer key={shown.generation} dataset={shown.dataset} /> },
                    Err(problems) => html! {
                        <main id="main" class="load-error">
                            <h1>{ EN.load_error_heading }</h1>
                            <ProblemList problems={Rc::new(problems)} />
                        </main>
                    },
                }
            }
        </>
    }
}

/// A new dataset starts from its default view: the old address state named the old data.
fn clear_hash() {
    let window = gloo::utils::window();
    let location = window.location();
    if location.hash().unwrap_or_default().is_empty() {
        return;
    }
    let url = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Mounts the app into `#app`, replacing the loading placeholder there.
pub fn start() {
    panic_panel::install();
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
