//! The project cards, a page at a time, so that a dataset of thousands renders quickly.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::shared::Shared;

use super::project_card::ProjectCard;
use crate::app::focus::{show_more_in_place, Adds};
use crate::app::hooks::use_page_limit::{use_page_limit, PageLimit};
use crate::app::hooks::use_strings::use_strings;
use crate::app::source_action::SourceAction;
use crate::model::dataset::Dataset;
use crate::model::dataset_index::DatasetIndex;
use crate::model::format::format_number;
use crate::model::handout::printed_at_most;
use crate::model::project_names::RepeatedNames;
use crate::model::query::ProjectKey;
use crate::model::strings::fill;
use crate::model::view::{CardSlot, View};

/// Cards rendered at first, and added by each "Show more".
pub const PAGE_SIZE: usize = 24;

/// The cards on screen, in order, within the list and its "Show more".
const CARDS_SHOWN: &str = ".card-grid > article:not([hidden])";

#[derive(Properties, PartialEq)]
pub struct ProjectListProps {
    pub dataset: Shared<Dataset>,
    pub index: Shared<DatasetIndex>,
    pub view: Rc<View>,
    pub selected: Option<ProjectKey>,
    /// What each card's "Source" does.
    pub source: SourceAction,
    /// The search terms, marked where they occur.
    pub terms: Rc<[String]>,
}

#[function_component]
pub fn ProjectList(props: &ProjectListProps) -> Html {
    let strings = use_strings();
    let PageLimit { limit, onmore, printing } = use_page_limit(Rc::clone(&props.view), PAGE_SIZE);
    let view = &props.view;
    let slots = view.card_slots(&props.dataset, limit, props.selected);
    let shown_keys: Vec<ProjectKey> =
        slots.iter().filter(|slot| slot.shown).map(|slot| slot.key).collect();
    let shown = shown_keys.len();
    // A project visited in two of the briefings in view has two cards of one name: their
    // "Source" buttons are told apart by the briefing's date, as the charts' bars are.
    let repeated = RepeatedNames::among(&props.dataset, &props.index, &view.projects, &shown_keys);
    let told_apart = |key: ProjectKey| {
        props.dataset.project_at(key).is_some_and(|(_, project)| repeated.is_repeated(project))
    };
    let remaining = view.projects.len().saturating_sub(limit);
    html! {
        <>
            <div class="card-grid">
                // Keyed by place, not by project: a slot is the same project for as long as the
                // chosen briefings fit on the page (filters only hide and show it), and when they
                // do not, a filter refills the page's cards with other projects' text instead of
                // replacing every card (cards hold no state of their own).
                { for slots.iter().enumerate().map(|(place, &CardSlot { key, shown })| html! {
                    <ProjectCard
                        key={place}
                        hidden={!shown}
                        dataset={props.dataset.rc()}
                        index={props.index.rc()}
                        project_key={key}
                        selected={props.selected == Some(key)}
                        show_briefing={view.briefings.len() > 1}
                        told_apart={shown && told_apart(key)}
                        source={props.source.clone()}
                        terms={Rc::clone(&props.terms)}
                        {printing}
                    />
                }) }
            </div>
            if remaining > 0 {
                <div class="show-more">
                    <p class="muted">{ fill(strings.showing_first, &[("shown", &format_number(shown as f64, strings)), ("total", &format_number(view.projects.len() as f64, strings))]) }</p>
                    if printing {
                        <p class="muted">{ printed_at_most(strings) }</p>
                    }
                    <button type="button" class="button" onclick={show_more_in_place(onmore, CARDS_SHOWN, Adds::AtEnd)}>
                        { fill(strings.show_more, &[("count", &remaining.min(PAGE_SIZE).to_string())]) }
                    </button>
                </div>
            }
        </>
    }
}
