//! The directives, grouped by theme, each with its quote and a link to its place in the source.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::shared::Shared;

use super::marked_text::marked_text;
use super::project_card::source_control;
use crate::app::focus::{show_more_in_place, Adds};
use crate::app::hooks::use_page_limit::{use_page_limit, PageLimit};
use crate::app::hooks::use_strings::use_strings;
use crate::app::source_action::SourceAction;
use crate::model::dataset::Dataset;
use crate::model::format::{briefing_label, format_number};
use crate::model::handout::printed_at_most;
use crate::model::query::{DirectiveKey, Selection};
use crate::model::strings::{fill, Strings};
use crate::model::text::{short_name, width_units};
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
    let PageLimit { limit, onmore, printing } = use_page_limit(Rc::clone(&props.view), PAGE_SIZE);
    let DirectivePage { groups, total, remaining } = props.view.directive_page(limit);
    html! {
        <section id="directives" class="directives" aria-labelledby="directives-heading">
            <h2 id="directives-heading">{ strings.directives_heading }</h2>
            if let Some(absence) = props.view.directives_absence(dataset, !props.terms.is_empty()) {
                <p class="muted">{ absence.message(strings) }</p>
            }
            // Keyed by theme, like the directives by id, so that a theme group staying in view
            // keeps its directives when the filters add or remove a group before it.
            { for groups.iter().map(|&(theme, directives)| html! {
                <section class="directive-group" key={theme} aria-label={theme.to_string()}>
                    <h3 lang={theme_lang(dataset, directives, strings)}>{ theme }</h3>
                    <ul class="directive-list">
                        { for directives.iter().filter_map(|&key| {
                            let (_, directive) = dataset.directive_at(key)?;
                            Some(html! {
                                <DirectiveItem
                                    key={directive.id.clone()}
                                    dataset={dataset.clone()}
                                    directive={key}
                                    selected={props.view.selected == Some(Selection::Directive(key))}
                                    onselect={props.onselect.clone()}
                                    terms={Rc::clone(&props.terms)}
                                    show_briefing={props.view.briefings.len() > 1}
                                />
                            })
                        }) }
                    </ul>
                </section>
            }) }
            if remaining > 0 {
                <div class="show-more">
                    <p class="muted">{ fill(strings.showing_first_directives, &[("shown", &format_number(limit as f64, strings)), ("total", &format_number(total as f64, strings))]) }</p>
                    if printing {
                        <p class="muted">{ printed_at_most(strings) }</p>
                    }
                    <button type="button" class="button" onclick={show_more_in_place(onmore, "li.directive", Adds::AtEnd)}>{ fill(strings.show_more, &[("count", &remaining.min(PAGE_SIZE).to_string())]) }</button>
                </div>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct DirectiveItemProps {
    dataset: Shared<Dataset>,
    directive: DirectiveKey,
    selected: bool,
    onselect: Callback<Selection>,
    terms: Rc<[String]>,
    /// Whether several briefings are in view: the directive then says which one it comes from,
    /// as a project card does (a city-wide "Speed up approvals" of 2023 is not one of 2024).
    show_briefing: bool,
}

/// One directive: its summary, quotes, scope and "Source" button. A component of its own so that
/// a filter change renders only the directives it brings into view: one that stays in view keeps
/// the same props and is left as it is.
#[function_component]
fn DirectiveItem(props: &DirectiveItemProps) -> Html {
    let strings = use_strings();
    let Some((briefing, directive)) = props.dataset.directive_at(props.directive) else {
        return Html::default();
    };
    let terms = &*props.terms;
    let scope = if directive.scope.is_city_wide() {
        strings.city_wide.to_string()
    } else {
        let names = briefing.scope_names(&directive.scope);
        fill(strings.concerns, &[("projects", &names.join(strings.list_separator))])
    };
    let selection = Selection::Directive(props.directive);
    // Named by the summary's first words, as a card's by its short name: the whole summary, a
    // sentence or two, was heard at every visit to the button.
    let source_name = short_name(&directive.summary);
    let lang = strings.language.data_lang(&briefing.source.language);
    // What the page needs to guess the directive's height before laying it out (main.css,
    // `.directive`): how wide its words are set on one line, and how many blocks they make.
    let units = width_units(&directive.summary)
        + directive.quotes.iter().map(|quote| width_units(quote)).sum::<usize>()
        + width_units(&scope);
    let blocks = 2 + directive.quotes.len() + usize::from(props.show_briefing);
    html! {
        <li class={classes!("directive", props.selected.then_some("selected"))} data-css={format!("--units: {units}; --blocks: {blocks}")}>
            <p class="directive-summary" lang={lang.clone()}>{ marked_text(&directive.summary, terms) }</p>
            if props.show_briefing {
                <p class="card-briefing">{ briefing_label(briefing, strings) }</p>
            }
            { for directive.quotes.iter().map(|quote| html! { <blockquote class="quote" lang={lang.clone()}>{ marked_text(quote, terms) }</blockquote> }) }
            <div class="directive-meta">
                <span class="scope">{ scope }</span>
                { source_control(&SourceAction::Select(props.onselect.clone()), selection, &source_name, props.selected, classes!("button", "link", "source-button"), strings) }
            </div>
        </li>
    }
}

/// The `lang` of a theme, a word of the briefings' own: the language of the briefing its first
/// directive comes from, where the interface is in another.
pub(super) fn theme_lang(
    dataset: &Dataset,
    directives: &[DirectiveKey],
    strings: &Strings,
) -> Option<String> {
    let (briefing, _) = dataset.directive_at(*directives.first()?)?;
    strings.language.data_lang(&briefing.source.language)
}
