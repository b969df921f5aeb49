//! The body of each kind of slide: title, overview, industry, project, directives and closing.
//! What each slide holds comes from `model::slides`; these functions only arrange it.

use std::rc::Rc;

use yew::prelude::*;

use super::around::pieces_html;
use super::briefing_header::briefing_fact_rows;
use super::directives::theme_lang;
use super::source_view::source_runs;
use crate::app::hooks::use_strings::use_strings;
use crate::app::shared::Shared;
use crate::model::chart::Panel;
use crate::model::colour::industry_color;
use crate::model::dataset::{Briefing, Capacity, Dataset, Project};
use crate::model::dataset_index::DatasetIndex;
use crate::model::format::{
    format_capacity, format_date, format_number, industry_pieces, projects_phrase,
};
use crate::model::overview::{closing_summary, no_project_match_text};
use crate::model::presenter::title_facts_briefing;
use crate::model::project_names::RepeatedNames;
use crate::model::query::ProjectKey;
use crate::model::slides::{
    capacity_pieces, deck_selection, directive_note, industry_charts, project_slide_quote,
    title_listing, IndustryCharts, Slide, ThemeBlock,
};
use crate::model::source::{annotate_quote, fact_backings, FactBackings};
use crate::model::strings::{fill, Strings};
use crate::model::text::{is_blank, width_units};
use crate::model::view::View;

/// What the audience's window and the presenter view both show of the slide numbered `current`
/// (from 1): the window's name, `label` filled with the presentation's title; "Slide 2 of 9";
/// and the slide's kind (its class) and body.
pub struct ShownSlide {
    pub label: String,
    pub indicator: String,
    pub kind: &'static str,
    pub body: Html,
    /// An industry slide's charts ([`industry_charts`]), as its body was drawn from them: the
    /// presenter view gives each bar's sentence from the same charts, not from a second build.
    pub charts: Option<IndustryCharts>,
    /// What backs the facts a title slide lists ([`use_title_backings`]), as its body showed
    /// them: the presenter view labels the sentences beside it from the same, not from a
    /// second read of the whole source.
    pub backings: Rc<Option<FactBackings>>,
}

/// The [`ShownSlide`] of slide `current` (from 1) of `slides` (`position`, as a pair), its
/// title slide's facts found once while it stays shown ([`use_title_backings`]).
#[hook]
pub fn use_shown_slide(
    dataset: &Shared<Dataset>,
    index: &DatasetIndex,
    view: &View,
    position: (&[Slide], usize),
    label: &str,
    headings: SlideHeadings<'_>,
) -> ShownSlide {
    let (slides, current) = position;
    let strings = use_strings();
    let slide = slides.get(current.saturating_sub(1));
    let backings = use_title_backings(dataset, slide);
    let title = presentation_title(strings, dataset, &view.briefings);
    let total = slides.len().to_string();
    let (kind, body, charts) = slide_content_and_charts(
        strings,
        dataset,
        index,
        view,
        slide,
        headings,
        (*backings).as_ref(),
    );
    ShownSlide {
        label: fill(label, &[("title", &title)]),
        indicator: fill(strings.slide_of, &[("current", &current.to_string()), ("total", &total)]),
        kind,
        body,
        charts,
        backings,
    }
}

/// What backs the facts of the briefing `slide` lists, when it is a title slide of one briefing
/// ([`title_facts_briefing`], [`fact_backings`]), found once while the slide stays shown rather
/// than at each render: finding it reads the whole source, which may be 15 MB. The window
/// showing the slide finds it, and gives it to the slide's body and to whatever else it draws
/// from the slide (the presenter view's sentences beside it).
#[hook]
pub fn use_title_backings(
    dataset: &Shared<Dataset>,
    slide: Option<&Slide>,
) -> Rc<Option<FactBackings>> {
    let briefing = slide.and_then(title_facts_briefing);
    use_memo((dataset.clone(), briefing), |(dataset, briefing)| {
        briefing.and_then(|index| dataset.briefings.get(index)).map(fact_backings)
    })
}

/// The title the dialog is named after: the briefing's, or the collection's for several.
pub fn presentation_title(strings: &Strings, dataset: &Dataset, briefings: &[usize]) -> String {
    match briefings {
        [only] => {
            dataset.briefings.get(*only).map(|briefing| briefing.title.clone()).unwrap_or_default()
        }
        _ => dataset.title.clone().unwrap_or_else(|| strings.app_name.to_string()),
    }
}

/// Where a slide's headings stand in the outline of the page that shows it: the id of the
/// slide's own heading (the presenter view shows two slides at once, and keeps their ids apart)
/// and its level. The audience's slide heads its dialog: its heading is an h2 and its parts' are
/// h3s. The presenter view's slides sit under its "Now showing" and "Next" (h2s), so their
/// headings are a level lower: an h2 inside an h2's section broke the outline's nesting.
#[derive(Clone, Copy)]
pub struct SlideHeadings<'a> {
    id: &'a str,
    under_a_heading: bool,
}

impl<'a> SlideHeadings<'a> {
    /// A slide that heads its dialog, the audience's: an h2, its parts h3s.
    pub fn heading_the_dialog(id: &'a str) -> Self {
        Self { id, under_a_heading: false }
    }

    /// A slide under a heading of the page's (the presenter view's): an h3, its parts h4s.
    pub fn under_a_heading(id: &'a str) -> Self {
        Self { id, under_a_heading: true }
    }

    fn id(self) -> String {
        self.id.to_string()
    }

    /// The tag of the slide's own heading.
    fn slide_tag(self) -> &'static str {
        if self.under_a_heading {
            "h3"
        } else {
            "h2"
        }
    }

    /// The tag of the headings of the slide's parts ("Asked of the enterprise", a theme).
    fn part_tag(self) -> &'static str {
        if self.under_a_heading {
            "h4"
        } else {
            "h3"
        }
    }
}

/// The briefing's title and facts ([`briefing_fact_rows`], with what backs each,
/// `backings`), or the collection's list of briefings; under them, what a filtered deck leaves
/// out ([`deck_selection`]).
fn title_slide(
    strings: &Strings,
    dataset: &Shared<Dataset>,
    view: &View,
    briefings: &[usize],
    headings: SlideHeadings,
    backings: Option<&FactBackings>,
) -> Html {
    // A deck of no project (a search that finds none) says why on its first slide, as the
    // explorer does, rather than going on to its closing slide without a word.
    let nothing_matches = view.projects.is_empty().then(|| {
        html! {
            <p class="slide-lede slide-nothing">{ no_project_match_text(view, &view.search, strings) }</p>
        }
    });
    let selection = html! {
        <>
            { for deck_selection(view, strings).map(|selection| html! {
                <p class="slide-selection">{ selection }</p>
            }) }
            { for nothing_matches }
        </>
    };
    let (named, more) = title_listing(briefings);
    let shown: Vec<&Briefing> =
        named.iter().filter_map(|&index| dataset.briefings.get(index)).collect();
    if let ([briefing], [_]) = (shown.as_slice(), named) {
        return html! {
            <div class="slide-body">
                <@{headings.slide_tag()} id={headings.id()} class="slide-heading slide-heading-title" lang={strings.language.data_lang(&briefing.source.language)}>{ briefing.title.clone() }</@>
                <dl class="slide-facts">
                    { for backings.map(|backings| briefing_fact_rows(briefing, backings, strings)) }
                </dl>
                { selection }
            </div>
        };
    }
    html! {
        <div class="slide-body">
            <@{headings.slide_tag()} id={headings.id()} class="slide-heading slide-heading-title">{ presentation_title(strings, dataset, briefings) }</@>
            <ul class="slide-list">
                { for shown.iter().map(|briefing| html! {
                    <li>
                        <strong>{ briefing.title.clone() }</strong>
                        <span class="slide-muted">{ format!(" — {}, {}", format_date(briefing.date.as_ref(), strings), briefing.place) }</span>
                    </li>
                }) }
            </ul>
            if more > 0 {
                <p class="slide-muted slide-more">{ fill(strings.slide_more_briefings, &[("count", &format_number(more as f64, strings))]) }</p>
            }
            { selection }
        </div>
    }
}

/// The body of one slide, with the class naming its kind. The audience's window and the
/// presenter view both render slides through this, each with its `headings`; `backings` are
/// the title slide's ([`use_title_backings`]).
pub fn slide_content(
    strings: &Strings,
    dataset: &Shared<Dataset>,
    index: &DatasetIndex,
    view: &View,
    slide: Option<&Slide>,
    headings: SlideHeadings,
    backings: Option<&FactBackings>,
) -> (&'static str, Html) {
    let (kind, body, _) =
        slide_content_and_charts(strings, dataset, index, view, slide, headings, backings);
    (kind, body)
}

/// [`slide_content`], with an industry slide's charts as its body drew them.
fn slide_content_and_charts(
    strings: &Strings,
    dataset: &Shared<Dataset>,
    index: &DatasetIndex,
    view: &View,
    slide: Option<&Slide>,
    headings: SlideHeadings,
    backings: Option<&FactBackings>,
) -> (&'static str, Html, Option<IndustryCharts>) {
    let (kind, body) = match slide {
        Some(Slide::Title { briefings }) => {
            ("slide-title", title_slide(strings, dataset, view, briefings, headings, backings))
        }
        Some(Slide::Overview { projects, part, parts, more }) => (
            "slide-overview",
            overview_slide(
                strings,
                dataset,
                index,
                view,
                projects,
                (*part, *parts, *more),
                headings,
            ),
        ),
        Some(Slide::Industry { industry_id, projects }) => {
            let charts = industry_charts(dataset, index, projects, strings);
            let count = projects.len();
            let body = industry_slide(strings, dataset, industry_id, count, &charts, headings);
            return ("slide-industry", body, Some(charts));
        }
        Some(Slide::Project(key)) => {
            ("slide-project", project_slide(strings, dataset, index, view, *key, headings))
        }
        Some(Slide::Directives { blocks, part, parts }) => (
            "slide-directives",
            directives_slide(strings, dataset, view, blocks, *part, *parts, headings),
        ),
        Some(Slide::Closing) | None => {
            ("slide-closing", closing_slide(strings, dataset, view, headings))
        }
    };
    (kind, body, None)
}

/// A slide's heading: `whole` when one slide holds it all, else `of_parts` ("… ({part} of
/// {parts})") filled in.
fn part_heading(whole: &str, of_parts: &str, part: usize, parts: usize) -> String {
    if parts > 1 {
        fill(of_parts, &[("part", &part.to_string()), ("parts", &parts.to_string())])
    } else {
        whole.to_string()
    }
}

/// A project's capacity for the overview's table ([`capacity_figure`]); "not stated" where the
/// source gives none ([`missing_cell`]).
fn capacity_cell(strings: &Strings, project: &Project) -> Html {
    let Some(capacity) = &project.capacity else {
        return missing_cell(strings, strings.capacity, Some("slide-table-figure"));
    };
    html! { <td class="slide-table-figure">{ capacity_figure(strings, capacity) }</td> }
}

/// An overview cell for a value the source does not state: "not stated", quietly, under its
/// column's heading. Where the table is laid out as a block a project (a narrow screen), no
/// heading stands over it, and `present.css` puts its column's name (`column`) before it.
fn missing_cell(strings: &Strings, column: &str, class: Option<&'static str>) -> Html {
    html! {
        <td class={classes!(class, "slide-muted", "slide-table-missing")} data-column={column.to_string()}>
            { strings.not_stated }
        </td>
    }
}

/// A capacity as the slides write it ("more than 840,000 sets / year"): its number, unit and
/// period in one piece, which goes to the next line whole where a line's end has no room for it,
/// and wraps inside only where no line holds it (a narrow column, a long unit), never inside its
/// number, nor between the unit's last word and the period ([`capacity_pieces`], `present.css`).
fn capacity_figure(strings: &Strings, capacity: &Capacity) -> Html {
    let Some(pieces) = capacity_pieces(capacity, strings) else {
        return html! { { format_capacity(capacity, strings) } };
    };
    html! {
        <>
            { pieces.bound }
            <span class="slide-figure-measure">
                <span class="slide-figure-number">{ pieces.number }</span>
                { pieces.unit_start }
                <span class="slide-figure-unit-end">{ pieces.unit_end }</span>
            </span>
        </>
    }
}

/// The widest piece of a capacity that the slides never break ([`capacity_pieces`]: a number,
/// or a unit's last word with its period) among `projects`, in characters (a Chinese one
/// counting as two): the overview's figure column is made at least that wide (`present.css`), so
/// that no such piece is wider than its column.
fn longest_unbroken(strings: &Strings, dataset: &Dataset, projects: &[ProjectKey]) -> usize {
    projects
        .iter()
        .filter_map(|&key| dataset.project_at(key)?.1.capacity.as_ref())
        .filter_map(|capacity| capacity_pieces(capacity, strings))
        .map(|pieces| width_units(&pieces.number).max(width_units(&pieces.unit_end)))
        .max()
        .unwrap_or(0)
}

/// Projects in view with their industry, status and capacity, where the figures stand side by
/// side: part `part` of `parts`, and under the last one a count of the `more` no part lists.
fn overview_slide(
    strings: &Strings,
    dataset: &Dataset,
    index: &DatasetIndex,
    view: &View,
    projects: &[ProjectKey],
    (part, parts, more): (usize, usize, usize),
    headings: SlideHeadings,
) -> Html {
    let heading =
        part_heading(strings.slide_overview_heading, strings.slide_overview_part, part, parts);
    let names = RepeatedNames::among(dataset, index, &view.projects, projects);
    html! {
        <div class="slide-body slide-overview">
            <@{headings.slide_tag()} id={headings.id()} class="slide-heading">{ heading }</@>
            <table class="slide-table" data-css={format!("--figure-chars: {}", longest_unbroken(strings, dataset, projects))}>
                <thead>
                    <tr>
                        <th scope="col">{ strings.table_project }</th>
                        <th scope="col">{ strings.industry }</th>
                        <th scope="col">{ strings.status }</th>
                        <th scope="col">{ strings.capacity }</th>
                    </tr>
                </thead>
                <tbody>
                    { for projects.iter().filter_map(|&key| dataset.project_at(key)).map(|(briefing, project)| {
                        let status = dataset.project_status_label(project);
                        let lang = strings.language.data_lang(&briefing.source.language);
                        html! {
                            <tr>
                                <th scope="row">{ pieces_html(&names.label_pieces(briefing, project, strings), std::slice::from_ref(&lang)) }</th>
                                <td lang={lang.clone()}>
                                    <span class="slide-swatch" data-css={format!("background-color: {}", industry_color(dataset, &project.industry))} aria-hidden="true"></span>
                                    { dataset.industry_label(&project.industry).to_string() }
                                </td>
                                if let Some(status) = status {
                                    <td {lang}>{ status.to_string() }</td>
                                } else {
                                    { missing_cell(strings, strings.status, None) }
                                }
                                { capacity_cell(strings, project) }
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            if more > 0 {
                <p class="slide-muted slide-more">{ fill(strings.slide_more_projects, &[("count", &format_number(more as f64, strings))]) }</p>
            }
        </div>
    }
}

/// An industry and its projects, compared in a chart drawn in HTML so that its labels scale
/// with the slide's text. The figures themselves are on the overview and the project slides;
/// here the bars and the axis show how the projects compare.
fn industry_slide(
    strings: &Strings,
    dataset: &Dataset,
    industry_id: &str,
    project_count: usize,
    charts: &IndustryCharts,
    headings: SlideHeadings,
) -> Html {
    let count_text = projects_phrase(project_count, strings);
    let lang = strings.language.dataset_lang(dataset);
    html! {
        <div class="slide-body">
            <p class="slide-kicker">
                <span class="slide-swatch" data-css={format!("background-color: {}", industry_color(dataset, industry_id))} aria-hidden="true"></span>
                { strings.industry }
            </p>
            <@{headings.slide_tag()} id={headings.id()} class="slide-heading" lang={lang.clone()}>{ dataset.industry_label(industry_id).to_string() }</@>
            <p class="slide-lede">{ count_text }</p>
            { for charts.panels.iter().map(|panel| slide_chart(panel, std::slice::from_ref(&lang))) }
            if let Some(more) = &charts.more_panels {
                <p class="slide-muted slide-more">{ more }</p>
            }
            if let Some(not_stated) = &charts.not_stated {
                <p class="slide-muted slide-not-stated">{ pieces_html(not_stated, std::slice::from_ref(&lang)) }</p>
            }
        </div>
    }
}

/// One capacity panel as horizontal bars: the project's name, its bar and its figure (for the
/// presenter to read out, and for a bar too short to see beside a large one), and the scale's
/// ticks below. Positions are fractions of the scale, so the chart fills whatever width the
/// slide has. `langs` are the data's (a project's name is its words).
fn slide_chart(panel: &Panel, langs: &[Option<String>]) -> Html {
    let share = |value: f64| {
        if panel.scale.max > 0.0 {
            (value / panel.scale.max * 100.0).clamp(0.0, 100.0)
        } else {
            0.0
        }
    };
    html! {
        <figure class="slide-chart" aria-label={panel.summary.clone()}>
            <figcaption class="slide-subheading">{ panel.title.clone() }</figcaption>
            <div class="slide-bars" aria-hidden="true">
                { for panel.bars.iter().map(|bar| html! {
                    <>
                        <span class="slide-bar-label">{ pieces_html(&bar.label_pieces, langs) }</span>
                        <span class="slide-bar-track">
                            <span class="slide-bar" data-css={format!("width: {:.2}%; background-color: {}", share(bar.value), bar.color)}></span>
                        </span>
                        <span class="slide-bar-value">{ bar.value_label.clone() }</span>
                    </>
                }) }
                <span class="slide-axis">
                    { for panel.scale.ticks.iter().map(|tick| html! {
                        <span class="slide-tick" data-css={format!("left: {:.2}%", share(tick.value))}>{ tick.label.clone() }</span>
                    }) }
                </span>
            </div>
            if let Some(overflow) = &panel.overflow_text {
                <p class="slide-muted">{ overflow.clone() }</p>
            }
        </figure>
    }
}

/// One project: its name largest, its figure (or a quiet line saying none is stated), what was
/// asked of it, the project's notes, and the source sentence with the glossary's readings.
fn project_slide(
    strings: &Strings,
    dataset: &Dataset,
    index: &DatasetIndex,
    view: &View,
    key: ProjectKey,
    headings: SlideHeadings,
) -> Html {
    let Some((briefing, project)) = dataset.project_at(key) else { return Html::default() };
    let name = RepeatedNames::among(dataset, index, &view.projects, &[key])
        .label_pieces(briefing, project, strings);
    let quote = project_slide_quote(project);
    let blocks = 1 + usize::from(!project.notes.is_empty()) + usize::from(quote.is_some());
    let lang = strings.language.data_lang(&briefing.source.language);
    // Each part of the line with its `lang`: the data's words in the data's language, and an
    // inferred industry's mark in the interface's.
    let industry = industry_pieces(
        dataset.industry_label(&project.industry),
        project.industry_is_inferred(),
        strings,
    );
    let mut kicker = vec![pieces_html(&industry, std::slice::from_ref(&lang))];
    let data_words = |text: &str| html! { <span lang={lang.clone()}>{ text.to_string() }</span> };
    // An enterprise the source does not name is left out of the line, not said.
    if !is_blank(&project.enterprise) {
        kicker.push(data_words(&project.enterprise));
    }
    // A status the source does not give is said, as a capacity it does not give is.
    kicker.push(match dataset.project_status_label(project) {
        Some(status) => data_words(status),
        None => html! { { strings.status_not_stated } },
    });
    html! {
        <div class="slide-body">
            <p class="slide-kicker">
                <span class="slide-swatch" data-css={format!("background-color: {}", industry_color(dataset, &project.industry))} aria-hidden="true"></span>
                // One item of the line's flex row, which wraps as one text.
                <span>
                    { for kicker.into_iter().enumerate().map(|(index, part)| html! {
                        <>
                            // The dot stays at the end of the part before it: a line of a
                            // narrow slide neither ends before it nor starts with it.
                            if index > 0 {
                                { "\u{a0}· " }
                            }
                            <span>{ part }</span>
                        </>
                    }) }
                </span>
            </p>
            <@{headings.slide_tag()} id={headings.id()} class="slide-heading slide-heading-project">{ pieces_html(&name, std::slice::from_ref(&lang)) }</@>
            if let Some(capacity) = &project.capacity {
                <p class="slide-figure">
                    { capacity_figure(strings, capacity) }
                    if let Some(what) = capacity.of.as_deref() {
                        // A space, not the margin alone: without it the figure and what it
                        // counts were read, and copied, as one ("840,000 sets / yearof drive").
                        { " " }
                        <span class="slide-figure-of">{ fill(strings.slide_capacity_of, &[("what", what)]) }</span>
                    }
                </p>
            } else {
                <p class="slide-muted slide-not-stated">{ strings.slide_capacity_not_stated }</p>
            }
            // Three blocks flowed into two balanced columns: which of them is long differs from
            // project to project, and the columns even it out. Two blocks stand side by side
            // as a pair: WebKit balanced a short pair into the first column alone.
            <div class={classes!("slide-flow", (blocks == 2).then_some("slide-flow-pair"))}>
                // Blocks, not landmarks: each slide has its own, and the presenter view shows
                // two slides, whose "What was asked" regions would otherwise share one name.
                <div class="slide-block">
                    <@{headings.part_tag()} class="slide-subheading">{ strings.requests_heading }</@>
                    if project.requests.is_empty() {
                        <p class="slide-muted">{ strings.no_requests }</p>
                    } else {
                        <ul class="slide-list" lang={lang.clone()}>
                            { for project.requests.iter().map(|request| html! { <li>{ request.text.clone() }</li> }) }
                        </ul>
                    }
                </div>
                if !project.notes.is_empty() {
                    <div class="slide-block">
                        <@{headings.part_tag()} class="slide-subheading">{ strings.notes_heading }</@>
                        <ul class="slide-list slide-notes" lang={lang.clone()}>
                            { for project.notes.iter().map(|note| html! { <li>{ note.text.clone() }</li> }) }
                        </ul>
                    </div>
                }
                if let Some(quote) = quote {
                    <figure class="slide-block slide-quote">
                        <figcaption class="slide-subheading">{ strings.slide_source_heading }</figcaption>
                        <blockquote lang={briefing.source.language.clone()}>
                            { source_runs(briefing, &annotate_quote(briefing, quote)) }
                        </blockquote>
                    </figure>
                }
            </div>
        </div>
    }
}

fn directives_slide(
    strings: &Strings,
    dataset: &Dataset,
    view: &View,
    blocks: &[ThemeBlock],
    part: usize,
    parts: usize,
    headings: SlideHeadings,
) -> Html {
    let heading =
        part_heading(strings.directives_heading, strings.slide_directives_part, part, parts);
    html! {
        <div class="slide-body">
            <@{headings.slide_tag()} id={headings.id()} class="slide-heading">{ heading }</@>
            <div class="slide-themes">
                { for blocks.iter().map(|block| {
                    let theme = if block.continued { fill(strings.slide_theme_continued, &[("theme", &block.theme)]) } else { block.theme.clone() };
                    // The theme is the briefing's word; "(continued)" is the interface's, so a
                    // continued theme keeps the page's language.
                    let theme_lang = (!block.continued).then(|| theme_lang(dataset, &block.directives, strings)).flatten();
                    html! {
                        <section class="slide-theme">
                            <@{headings.part_tag()} class="slide-subheading" lang={theme_lang}>{ theme }</@>
                            <ul class="slide-list">
                                { for block.directives.iter().filter_map(|&key| Some((key, dataset.directive_at(key)?))).map(|(key, (briefing, directive))| {
                                    html! {
                                        <li>
                                            <span lang={strings.language.data_lang(&briefing.source.language)}>{ directive.summary.clone() }</span>
                                            if let Some(note) = directive_note(dataset, view, key, strings) {
                                                <span class="slide-concerns">{ note }</span>
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

fn closing_slide(
    strings: &Strings,
    dataset: &Dataset,
    view: &View,
    headings: SlideHeadings,
) -> Html {
    let summary = closing_summary(view, strings);
    html! {
        <div class="slide-body">
            <@{headings.slide_tag()} id={headings.id()} class="slide-heading">{ strings.closing_heading }</@>
            <p class="slide-lede">{ summary }</p>
            { for view.briefings.iter().filter_map(|&index| dataset.briefings.get(index)).map(|briefing| html! {
                <p class="slide-source">
                    { fill(strings.slide_source_of, &[("title", &briefing.source.title)]) }
                    // A space as well as the note's own line: without it the source's title
                    // and the note were read as one ("…project constructionEnglish machine…").
                    { " " }
                    <span class="slide-muted slide-source-note">{ briefing.source.note.clone() }</span>
                </p>
            }) }
            <p class="slide-muted key-hint">{ strings.closing_hint }</p>
            <p class="slide-muted touch-hint">{ strings.closing_hint_touch }</p>
        </div>
    }
}
