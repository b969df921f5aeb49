//! The project cards, a page at a time, so that a dataset of thousands renders quickly.

use std::rc::Rc;

use yew::prelude::*;

use super::project_card::ProjectCard;
use crate::model::dataset::Dataset;
use crate::model::format::format_number;
use crate::model::query::{ProjectKey, Selection, View};
use crate::model::strings::{fill, EN};

/// Cards rendered at first, and added by each "Show more".
pub const PAGE_SIZE: usize = 24;

#[derive(Properties, PartialEq)]
pub struct ProjectListProps {
    pub dataset: Rc<Dataset>,
    pub view: Rc<View>,
    pub selected: Option<ProjectKey>,
    pub onselect: Callback<Selection>,
}

#[function_component]
pub fn ProjectList(props: &ProjectListProps) -> Html {
    let limit = use_state_eq(|| PAGE_SIZE);
    {
        // A new result starts from its first page again.
        let limit = limit.clone();
        use_effect_with(Rc::clone(&props.view), move |_| limit.set(PAGE_SIZE));
    }
    let view = &props.view;
    // The selected card is always rendered, even beyond the current page.
    let shown: Vec<ProjectKey> = view
        .projects
        .iter()
        .enumerate()
        .filter(|(position, key)| *position < *limit || Some(**key) == props.selected)
        .map(|(_, key)| *key)
        .collect();
    let remaining = view.projects.len().saturating_sub(*limit);
    let onmore = {
        let limit = limit.clone();
        Callback::from(move |_: MouseEvent| limit.set(*limit + PAGE_SIZE))
    };
    html! {
        <>
            <div class="card-grid">
                { for shown.iter().map(|&key| html! {
                    <ProjectCard
                        key={format!("{}-{}", key.briefing, key.project)}
                        dataset={Rc::clone(&props.dataset)}
                        project_key={key}
                        selected={props.selected == Some(key)}
                        show_briefing={view.briefings.len() > 1}
                        onselect={props.onselect.clone()}
                    />
                }) }
            </div>
            if remaining > 0 {
                <div class="show-more">
                    <p class="muted">{ fill(EN.showing_first, &[("shown", &format_number(shown.len() as f64)), ("total", &format_number(view.projects.len() as f64))]) }</p>
                    <button type="button" class="button" onclick={onmore}>
                        { fill(EN.show_more, &[("count", &remaining.min(PAGE_SIZE).to_string())]) }
                    </button>
                </div>
            }
        </>
    }
}
