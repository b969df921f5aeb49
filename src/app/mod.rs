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
pub mod inline_styles;
pub mod panic_panel;
pub mod shared;
pub mod state;

use std::rc::Rc;

use yew::prelude::*;

use crate::model::dataset::Dataset;
use crate::model::language::Language;
use crate::model::strings::validation;
use crate::model::validate::{parse_dataset_bytes, Report};
use components::data_bar::DataBar;
use components::explorer::Explorer;
use components::problems::ProblemList;
use hooks::use_file_drop::use_file_drop;
use hooks::use_file_loader::{use_file_loader, LoadStatus};
use hooks::use_hash_sync::clear_address_hash;
use hooks::use_strings::{initial_language, set_document_language};

/// The dataset bundled at build time (`data/briefings.json`, or `make build DATA=…`).
pub const BUNDLED_DATASET: &str = include_str!(concat!(env!("OUT_DIR"), "/dataset.json"));

/// Parses the bundled dataset; a bad file becomes a report of its problems to show, never a
/// panic.
pub fn bundled_dataset() -> Result<Rc<Dataset>, Rc<Report>> {
    parse_dataset_bytes(BUNDLED_DATASET.as_bytes(), &validation::EN).map(Rc::new).map_err(Rc::new)
}

/// An opened file's dataset and name.
#[derive(Clone, PartialEq)]
struct Opened {
    dataset: Rc<Dataset>,
    file_name: String,
}

/// Which data is on screen: an opened file, or the bundled data when `None`.
#[derive(Clone, PartialEq)]
struct Choice {
    opened: Option<Opened>,
    /// Bumped on every switch so that the explorer starts afresh with the new data.
    generation: u32,
}

impl Choice {
    fn switch_to(&self, opened: Option<Opened>) -> Choice {
        Choice { opened, generation: self.generation.wrapping_add(1) }
    }
}

#[function_component]
pub fn App() -> Html {
    let bundled = use_memo((), |_| bundled_dataset());
    let choice = use_state(|| Choice { opened: None, generation: 0 });
    let status = use_state(|| LoadStatus::Idle);
    // The interface language: from the address or the browser at first, then whatever the
    // explorer's address says (the header's switch writes `lang=` there).
    let language = use_state_eq(initial_language);
    use_effect_with(*language, |&language| set_document_language(language));
    let onlanguage = {
        let language = language.clone();
        Callback::from(move |next: Language| language.set(next))
    };
    let strings = language.strings();

    // A new dataset starts from its default view: the old address state named the old data.
    let onloaded = {
        let choice = choice.clone();
        Callback::from(move |(dataset, file_name): (Rc<Dataset>, String)| {
            clear_address_hash();
            choice.set(choice.switch_to(Some(Opened { dataset, file_name })));
        })
    };
    let onback = {
        let choice = choice.clone();
        Callback::from(move |_| {
            clear_address_hash();
            choice.set(choice.switch_to(None));
        })
    };
    let onstatus = {
        let status = status.clone();
        Callback::from(move |next: LoadStatus| status.set(next))
    };
    let onfile = use_file_loader(onstatus.clone(), onloaded);
    let dragging = use_file_drop(onfile.clone());

    let shown = match (&choice.opened, &*bundled) {
        (Some(opened), _) => Ok(Rc::clone(&opened.dataset)),
        (None, Ok(dataset)) => Ok(Rc::clone(dataset)),
        (None, Err(report)) => Err(Rc::clone(report)),
    };
    let data_bar = html! {
        <DataBar
            file_name={choice.opened.as_ref().map(|opened| opened.file_name.clone())}
            status={(*status).clone()}
            {onfile}
            {onback}
            ondismiss={onstatus.reform(|_| LoadStatus::Idle)}
        />
    };
    html! {
        <ContextProvider<Language> context={*language}>
            { data_bar }
            if dragging {
                <div class="drop-hint" aria-hidden="true"><p>{ strings.drop_hint }</p></div>
            }
            {
                match shown {
                    Ok(dataset) => html! { <Explorer key={choice.generation} {dataset} {onlanguage} /> },
                    Err(report) => html! {
                        <main id="main" class="load-error">
                            <h1>{ strings.load_error_heading }</h1>
                            <ProblemList {report} />
                        </main>
                    },
                }
            }
        </ContextProvider<Language>>
    }
}

/// Mounts the app into `#app`, replacing the loading placeholder there.
pub fn start() {
    panic_panel::install();
    inline_styles::install();
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
