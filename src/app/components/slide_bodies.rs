//! The body of each kind of slide: title, industry, project, directives and closing. What each
//! slide holds comes from `model::slides`; these functions only arrange it.

use std::rc::Rc;

use yew::prelude::*;

use super::charts::Charts;
use crate::app::shared::Shared;
use crate::model::colour::industry_color;
use crate::model::dataset::{Briefing, Dataset, Project};
use crate::model::format::{format_capacity, format_date, format_officials};
use crate::model::query::ProjectKey;
use crate::model::slides::{project_slide_quote, ThemeBlock};
use crate::model::strings::{fill, Strings};
use crate::model::view::View;

/// The title the dialog is named after: the briefing's, or the collection's for several.
pub fn presentation_title(strings: &Strings, dataset: &Dataset, briefings: &[usize]) -> String {
    match briefings {
        [only] => {
            dataset.briefings.get(*only).map(|briefing| briefing.title.clone()).unwrap_or_default()
        }
        _ => dataset.title.clone().unwrap_or_else(|| strings.app_name.to_string()),
    }
}

pub fn title_slide(strings: &Strings, dataset: &Dataset, briefings: &[usize]) -> Html {
    let shown: Vec<&Briefing> =
        briefings.iter().filter_map(|&index| dataset.briefings.get(index)).collect();
    if let [briefing] = shown.as_slice() {
        return html! {
            <div class="slide-body">
                <h2 id="slide-heading" class="slide-heading slide-heading-title">{ briefing.title.clone() }</h2>
                <dl class="slide-facts">
                    <div><dt>{ strings.date }</dt><dd>{ format_date(&briefing.date, strings) }</dd></div>
                    <div><dt>{ strings.place }</dt><dd>{ briefing.place.clone() }</dd></div>
                    if !briefing.officials.is_empty() {
                        <div><dt>{ strings.officials }</dt><dd>{ format_officials(&briefing.officials, strings) }</dd></div>
                    }
                </dl>
            </div>
        };
    }
    html! {
        <div class="slide-body">
            <h2 id="slide-heading" class="slide-heading slide-heading-title">{ presentation_title(strings, dataset, briefings) }</h2>
            <ul class="slide-list">
                { for shown.iter().map(|briefing| html! {
                    <li>
                        <strong>{ briefing.title.clone() }</strong>
                        <span class="slide-muted">{ format!(" — {}, {}", format_date(&briefing.date, strings), briefing.place) }</span>
                    </li>
                }) }
            </ul>
        </div>
    }
}

fn capacity_text(strings: &Strings, project: &Project) -> String {
    project
        .capacity
        .as_ref()
        .map(|capacity| format_capacity(capacity, strings))
        .unwrap_or_else(|| strings.slide_capacity_not_stated.to_string())
}

pub fn industry_slide(
    strings: &Strings,
    dataset: &Shared<Dataset>,
    industry_id: &str,
    projects: &[ProjectKey],
    chart_view: Option<Rc<View>>,
    onselect: &Callback<ProjectKey>,
) -> Html {
    let count = projects.len().to_string();
    let count_text = fill(
        if projects.len() == 1 { strings.project_count_one } else { strings.project_count_many },
        &[("count", &count)],
    );
    let any_capacity = projects
        .iter()
        .filter_map(|&key| dataset.project_at(key))
        .any(|(_, project)| project.capacity.is_some());
    html! {
        <div class="slide-body">
            <p class="slide-kicker">
                <span class="slide-swatch" data-css={format!("background-color: {}", industry_color(dataset, industry_id))} aria-hidden="true"></span>
                { strings.industry }
            </p>
            <h2 id="slide-heading" class="slide-heading">{ dataset.industry_label(industry_id).to_string() }</h2>
            <p class="slide-lede">{ count_text }</p>
            <div class={classes!("slide-columns", (!any_capacity).then_some("slide-columns-single"))}>
                <ul class="slide-figures">
                    { for projects.iter().filter_map(|&key| dataset.project_at(key)).map(|(_, project)| html! {
                        <li class={classes!(project.capacity.is_none().then_some("slide-not-stated"))}>
                            <span class="slide-figure-name">{ project.short_name.clone() }</span>
                            <span class="slide-figure-value">{ capacity_text(strings, project) }</span>
                        </li>
                    }) }
                </ul>
                if let (true, Some(view)) = (any_capacity, chart_view) {
                    <div class="slide-chart">
                        <Charts dataset={dataset.clone()} view={view} onselect={onselect.clone()} />
                    </div>
                }
            </div>
        </div>
    }
}

pub fn project_slide(strings: &Strings, dataset: &Dataset, key: ProjectKey) -> Html {
    let Some((briefing, project)) = dataset.project_at(key) else { return Html::default() };
    let mut kicker = vec![dataset.industry_label(&project.industry), project.enterprise.as_str()];
    kicker.extend(dataset.project_status_label(project));
    html! {
        <div class="slide-body">
            <p class="slide-kicker">
                <span class="slide-swatch" data-css={format!("background-color: {}", industry_color(dataset, &project.industry))} aria-hidden="true"></span>
                { kicker.join(" · ") }
            </p>
            <h2 id="slide-heading" class="slide-heading">{ project.short_name.clone() }</h2>
            <p class={classes!("slide-figure", project.capacity.is_none().then_some("slide-not-stated"))}>{ capacity_text(strings, project) }</p>
            if let Some(what) = project.capacity.as_ref().and_then(|capacity| capacity.of.as_deref()) {
                <p class="slide-figure-of">{ fill(strings.slide_capacity_of, &[("what", what)]) }</p>
            }
            <div class="slide-columns">
                <div class="slide-project-facts">
                    <h3 class="slide-subheading">{ strings.requests_heading }</h3>
                    if project.requests.is_empty() {
                        <p class="slide-muted">{ strings.no_requests }</p>
                    } else {
                        <ul class="slide-list">
                            { for project.requests.iter().map(|request| html! { <li>{ request.text.clone() }</li> }) }
                        </ul>
                    }
                </div>
                if let Some(quote) = project_slide_quote(project) {
                    <figure class="slide-quote">
                        <figcaption class="slide-subheading">{ strings.slide_source_heading }</figcaption>
                        <blockquote lang={briefing.source.language.clone()}>{ quote.to_string() }</blockquote>
                    </figure>
                }
            </div>
        </div>
    }
}

pub fn directives_slide(
    strings: &Strings,
    dataset: &Dataset,
    blocks: &[ThemeBlock],
    part: usize,
    parts: usize,
) -> Html {
    let heading = if parts > 1 {
        fill(
            strings.slide_directives_part,
            &[("part", &part.to_string()), ("parts", &parts.to_string())],
        )
    } else {
        strings.directives_heading.to_string()
    };
    html! {
        <div class="slide-body">
            <h2 id="slide-heading" class="slide-heading">{ heading }</h2>
            <div class="slide-themes">
                { for blocks.iter().map(|block| {
                    let theme = if block.continued { fill(strings.slide_theme_continued, &[("theme", &block.theme)]) } else { block.theme.clone() };
                    html! {
                        <section class="slide-theme">
                            <h3 class="slide-subheading">{ theme }</h3>
                            <ul class="slide-list">
                                { for block.directives.iter().filter_map(|&key| dataset.directive_at(key)).map(|(briefing, directive)| {
                                    let concerns = briefing.scope_names(&directive.scope);
                                    html! {
                                        <li>
                                            { directive.summary.clone() }
                                            if !concerns.is_empty() {
                                                <span class="slide-concerns">{ fill(strings.concerns, &[("projects", &concerns.join(strings.list_separator))]) }</span>
                                            }
                                        </li>
                                    }
                                }) }
                            </ul>
                        </section>
                    }
                }) }
            </div>
        </div>
    }
}

pub fn closing_slide(strings: &Strings, dataset: &Dataset, view: &View) -> Html {
    let directive_count = view.directive_count();
    let summary = fill(
        strings.closing_summary,
        &[
            ("projects", &view.projects.len().to_string()),
            ("total", &view.total.to_string()),
            ("directives", &directive_count.to_string()),
        ],
    );
    html! {
        <div class="slide-body">
            <h2 id="slide-heading" class="slide-heading">{ strings.closing_heading }</h2>
            <p class="slide-lede">{ summary }</p>
            { for view.briefings.iter().filter_map(|&index| dataset.briefings.get(index)).map(|briefing| html! {
                <p class="slide-source">
                    { fill(strings.slide_source_of, &[("title", &briefing.source.title)]) }
                    <span class="slide-muted slide-source-note">{ briefing.source.note.clone() }</span>
                </p>
            }) }
            <p class="slide-muted">{ strings.closing_hint }</p>
        </div>
    }
}
