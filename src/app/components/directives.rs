//! The directives, grouped by theme, each with its quote and a link to its place in the source.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::dataset::Dataset;
use crate::model::query::{Selection, View};
use crate::model::strings::{fill, EN};

#[derive(Properties, PartialEq)]
pub struct DirectivesProps {
    pub dataset: Rc<Dataset>,
    pub view: Rc<View>,
    pub onselect: Callback<Selection>,
}

#[function_component]
pub fn Directives(props: &DirectivesProps) -> Html {
    let dataset = &props.dataset;
    html! {
        <section id="directives" class="directives" aria-labelledby="directives-heading">
            <h2 id="directives-heading">{ EN.directives_heading }</h2>
            if props.view.directive_groups.is_empty() {
                <p class="muted">{ EN.no_directives }</p>
            }
            { for props.view.directive_groups.iter().map(|group| html! {
                <section class="directive-group" aria-label={group.theme.clone()}>
                    <h3>{ &group.theme }</h3>
                    <ul class="directive-list">
                        { for group.directives.iter().filter_map(|&key| {
                            let (briefing, directive) = dataset.directive_at(key)?;
                            let scope = if directive.scope.is_city_wide() {
                                EN.city_wide.to_string()
                            } else {
                                let names: Vec<&str> = directive.scope.project_ids().iter()
                                    .map(|id| briefing.project(id).map_or(id.as_str(), |project| project.short_name.as_str()))
                                    .collect();
                                fill(EN.concerns, &[("projects", &names.join(", "))])
                            };
                            let selected = props.view.selected == Some(Selection::Directive(key));
                            let onclick = props.onselect.reform(move |_: MouseEvent| Selection::Directive(key));
                            Some(html! {
                                <li class={classes!("directive", selected.then_some("selected"))} key={directive.id.clone()}>
                                    <p class="directive-summary">{ &directive.summary }</p>
                                    { for directive.quotes.iter().map(|quote| html! { <blockquote class="quote">{ quote }</blockquote> }) }
                                    <div class="directive-meta">
                                        <span class="scope">{ scope }</span>
                                        <button
                                            type="button"
                                            class="button link source-button"
                                            aria-label={fill(EN.show_source_for, &[("name", &directive.summary)])}
                                            aria-pressed={selected.to_string()}
                                            {onclick}
                                        >
                                            { EN.show_source }
                                        </button>
                                    </div>
                                </li>
                            })
                        }) }
                    </ul>
                </section>
            }) }
        </section>
    }
}
