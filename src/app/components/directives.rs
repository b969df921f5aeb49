//! The directives, grouped by theme, each with its quote and a link to its place in the source.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::shared::Shared;

use super::marked_text::marked_text;
use crate::app::hooks::use_page_limit::{use_page_limit, PageLimit};
use crate::app::hooks::use_strings::use_strings;
use crate::model::dataset::Dataset;
use crate::model::format::format_number;
use crate::model::query::Selection;
use crate::model::strings::fill;
use crate::model::view::{DirectivePage, View};

/// Directives rendered at first, and added by each "Show more".
pub const PAGE_SIZE: usize = 30;

#[derive(Properties, PartialEq)]
pub struct DirectivesProps {
    pub dataset: Shared<Dataset>,
    pub view: Rc<View>,
    pub onselect: Callback<Selection>,
    /// The search terms, marked where they occur.
    pub terms: Rc<[String]>,
}

#[function_component]
pub fn Directives(props: &DirectivesProps) -> Html {
    let strings = use_strings();
    let dataset = &props.dataset;
    let PageLimit { limit, onmore } = use_page_limit(Rc::clone(&props.view), PAGE_SIZE);
    let DirectivePage { groups, total, remaining } = props.view.directive_page(limit);
    let terms = &*props.terms;
    html! {
        <section id="directives" class="directives" aria-labelledby="directives-heading">
            <h2 id="directives-heading">{ strings.directives_heading }</h2>
            if props.view.directive_groups.is_empty() {
                <p class="muted">{ strings.no_directives }</p>
            }
            { for groups.iter().map(|&(theme, directives)| html! {
                <section class="directive-group" aria-label={theme.to_string()}>
                    <h3>{ theme }</h3>
                    <ul class="directive-list">
                        { for directives.iter().filter_map(|&key| {
                            let (briefing, directive) = dataset.directive_at(key)?;
                            let scope = if directive.scope.is_city_wide() {
                                strings.city_wide.to_string()
                            } else {
                                let names = briefing.scope_names(&directive.scope);
                                fill(strings.concerns, &[("projects", &names.join(strings.list_separator))])
                            };
                            let selected = props.view.selected == Some(Selection::Directive(key));
                            let onclick = props.onselect.reform(move |_: MouseEvent| Selection::Directive(key));
                            Some(html! {
                                <li class={classes!("directive", selected.then_some("selected"))} key={directive.id.clone()}>
                                    <p class="directive-summary">{ marked_text(&directive.summary, terms) }</p>
                                    { for directive.quotes.iter().map(|quote| html! { <blockquote class="quote">{ marked_text(quote, terms) }</blockquote> }) }
                                    <div class="directive-meta">
                                        <span class="scope">{ scope }</span>
                                        <button
                                            type="button"
                                            id={Selection::Directive(key).source_button_id()}
                                            class="button link source-button"
                                            aria-label={fill(strings.show_source_for, &[("name", &directive.summary)])}
                                            aria-pressed={selected.to_string()}
                                            {onclick}
                                        >
                                            { strings.show_source }
                                        </button>
                                    </div>
                                </li>
                            })
                        }) }
                    </ul>
                </section>
            }) }
            if remaining > 0 {
                <div class="show-more">
                    <p class="muted">{ fill(strings.showing_first_directives, &[("shown", &format_number(limit as f64, strings)), ("total", &format_number(total as f64, strings))]) }</p>
                    <button type="button" class="button" onclick={onmore}>{ fill(strings.show_more, &[("count", &remaining.min(PAGE_SIZE).to_string())]) }</button>
                </div>
            }
        </section>
    }
}
