//! One project as a card: what it is, its figures as stated, what was asked of it, its sources.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::shared::Shared;

use super::marked_text::{marked_segments, marked_text};
use crate::app::hooks::use_strings::use_strings;
use crate::app::source_action::{SourceAction, OPENS_FULL_VIEW_ID};
use crate::model::colour::industry_color;
use crate::model::dataset::Dataset;
use crate::model::dataset_index::{capacity_segments, name_segments, DatasetIndex};
use crate::model::format::{briefing_label, format_capacity, format_date, industry_pieces};
use crate::model::project_names::dated_name_pieces;
use crate::model::query::{ProjectKey, Selection};
use crate::model::source::project_passages;
use crate::model::strings::{fill, pieces_text, Piece, Strings};
use crate::model::text::is_blank;
use crate::model::timeline::project_timeline;

#[derive(Properties, PartialEq)]
pub struct ProjectCardProps {
    pub dataset: Shared<Dataset>,
    /// The dataset's index, for the timeline without scanning every briefing.
    pub index: Shared<DatasetIndex>,
    pub project_key: ProjectKey,
    pub selected: bool,
    /// Kept on the page but out of view: a filter hides it (`View::card_slots`).
    #[prop_or_default]
    pub hidden: bool,
    /// Whether to name the project's briefing (when several briefings are in view).
    pub show_briefing: bool,
    /// Whether another card in view bears the project's short name: its "Source" is then
    /// named with the briefing's date too.
    #[prop_or_default]
    pub told_apart: bool,
    /// What its "Source" does.
    pub source: SourceAction,
    /// The search terms, marked where they occur.
    pub terms: Rc<[String]>,
    /// The page is being printed: the card adds the passages behind its facts, as paper has no
    /// "Source" button. On screen they are left out, where each filter click at 10,000
    /// projects spent a sixth of its work finding and refilling them.
    #[prop_or_default]
    pub printing: bool,
}

/// The card's `<article>`, which a filter hides and shows; what it holds is [`CardContents`], a
/// component of its own whose props leave `hidden` out, so that a filter click that only hides
/// or shows a card changes one attribute instead of rendering and diffing the card's whole body
/// (most of a click's diff at 4 projects with the CPU slowed, by a profile).
#[function_component]
pub fn ProjectCard(props: &ProjectCardProps) -> Html {
    let ProjectCardProps {
        dataset,
        index,
        project_key,
        selected,
        hidden,
        show_briefing,
        told_apart,
        source,
        terms,
        printing,
    } = props;
    // No empty article, named by a heading that is not there, for a key the data lacks.
    if dataset.project_at(*project_key).is_none() {
        return Html::default();
    }
    let heading_id = heading_id(*project_key);
    html! {
        <article class={classes!("card", selected.then_some("selected"))} aria-labelledby={heading_id} hidden={*hidden}>
            <CardContents
                dataset={dataset.clone()}
                index={index.clone()}
                project_key={*project_key}
                selected={*selected}
                show_briefing={*show_briefing}
                told_apart={*told_apart}
                source={source.clone()}
                terms={Rc::clone(terms)}
                printing={*printing}
            />
        </article>
    }
}

/// The id of a card's heading, which names its `<article>`.
fn heading_id(key: ProjectKey) -> String {
    format!("project-{}-{}", key.briefing, key.project)
}

/// [`ProjectCardProps`] but `hidden`: what the card's contents show.
#[derive(Properties, PartialEq)]
struct CardContentsProps {
    dataset: Shared<Dataset>,
    index: Shared<DatasetIndex>,
    project_key: ProjectKey,
    selected: bool,
    show_briefing: bool,
    told_apart: bool,
    source: SourceAction,
    terms: Rc<[String]>,
    printing: bool,
}

/// Everything a card shows, inside its `<article>`.
#[function_component]
fn CardContents(props: &CardContentsProps) -> Html {
    let strings = use_strings();
    let Some((briefing, project)) = props.dataset.project_at(props.project_key) else {
        return Html::default();
    };
    let industry_label = props.dataset.industry_label(&project.industry);
    let badge_style =
        format!("--badge-color: {}", industry_color(&props.dataset, &project.industry));
    let status_label = props.dataset.project_status_label(project);
    let timeline = project_timeline(&props.dataset, &props.index, &project.id);
    let heading_id = heading_id(props.project_key);
    let selection = Selection::Project(props.project_key);
    let terms = &*props.terms;
    // The project's own words in their language, where the interface is in another.
    let lang = strings.language.data_lang(&briefing.source.language);
    let source_name = if props.told_apart {
        pieces_text(&dated_name_pieces(briefing, project, strings))
    } else {
        project.short_name.clone()
    };
    html! {
        <>
            <h3 id={heading_id} lang={lang.clone()}>{ marked_segments(name_segments(project, terms)) }</h3>
            if props.show_briefing {
                <p class="card-briefing">{ briefing_label(briefing, strings) }</p>
            }
            <dl class="card-facts">
                <div><dt>{ strings.enterprise }</dt>{ stated_or_not(&project.enterprise, terms, strings, &lang) }</div>
                <div>
                    <dt>{ strings.industry }</dt>
                    <dd>{ industry(industry_label, project.industry_is_inferred(), &badge_style, strings, &lang) }</dd>
                </div>
                <div><dt>{ strings.sector }</dt>{ stated_or_not(&project.sector, terms, strings, &lang) }</div>
                <div>
                    <dt>{ strings.status }</dt>
                    <dd class={classes!(status_label.is_none().then_some("not-stated"))} lang={status_label.and(lang.clone())}>
                        { marked_text(status_label.unwrap_or(strings.not_stated), terms) }
                    </dd>
                </div>
                <div>
                    <dt>{ strings.capacity }</dt>
                    if let Some(capacity) = &project.capacity {
                        <dd class="capacity">
                            <span class="capacity-figure">{ marked_segments(capacity_segments(&format_capacity(capacity, strings), capacity, strings, terms)) }</span>
                            if let Some(of) = &capacity.of {
                                <span class="capacity-of" lang={lang.clone()}>{ marked_text(of, terms) }</span>
                            }
                        </dd>
                    } else {
                        <dd class="not-stated">{ strings.not_stated }</dd>
                    }
                </div>
            </dl>
            if !timeline.is_empty() {
                <h4>{ strings.timeline_heading }</h4>
                <ol class="timeline">
                    { for timeline.iter().map(|entry| {
                        let date = props.dataset.briefings.get(entry.key.briefing).map(|briefing| format_date(briefing.date.as_ref(), strings)).unwrap_or_default();
                        let current = entry.key == props.project_key;
                        html! {
                            <li class={classes!(current.then_some("current"))} aria-current={current.then_some("true")}>
                                <span class="timeline-date">{ date }</span>
                                <span class={classes!("timeline-status", entry.status.is_none().then_some("not-stated"))}>
                                    { entry.status.clone().unwrap_or_else(|| strings.status_not_stated.to_string()) }
                                </span>
                            </li>
                        }
                    }) }
                </ol>
            }
            // Requests and notes side by side on paper (style/print.css), one above the other on screen.
            <div class="card-asks">
                <div>
                    <h4>{ strings.requests_heading }</h4>
                    if project.requests.is_empty() {
                        <p class="muted">{ strings.no_requests }</p>
                    } else {
                        <ul class="requests" lang={lang.clone()}>
                            { for project.requests.iter().map(|request| html! { <li>{ marked_text(&request.text, terms) }</li> }) }
                        </ul>
                    }
                </div>
                if !project.notes.is_empty() {
                    <div>
                        <h4>{ strings.notes_heading }</h4>
                        <ul class="notes" lang={lang.clone()}>
                            { for project.notes.iter().map(|note| html! { <li>{ marked_text(&note.text, terms) }</li> }) }
                        </ul>
                    </div>
                }
            </div>
            if props.printing {
                <div class="print-only card-sources">
                    <h4>{ strings.sources_heading }</h4>
                    // Every passage behind the card's facts, as the source view marks them.
                    { for project_passages(briefing, project).into_iter().map(|quote| html! { <blockquote class="quote" lang={lang.clone()}>{ quote }</blockquote> }) }
                </div>
            }
            <div class="card-actions">
                { source_control(&props.source, selection, &source_name, props.selected, classes!("button", "source-button"), strings) }
            </div>
        </>
    }
}

/// The industry's badge, its label in the data's `lang`, and after it "(inferred)" in the
/// interface's words where the source does not name it (outside the badge, so that it wraps
/// in a narrow card), its meaning on hover; the sentence it is inferred from is among those
/// "Source" marks.
fn industry(
    label: &str,
    inferred: bool,
    badge_style: &str,
    strings: &Strings,
    lang: &Option<String>,
) -> Html {
    html! {
        { for industry_pieces(label, inferred, strings).into_iter().map(|piece| match piece {
            Piece::Value { text, .. } => html! {
                <span class="badge" data-css={badge_style.to_string()}><span class="badge-dot" aria-hidden="true"></span><span lang={lang.clone()}>{ text }</span></span>
            },
            Piece::Words(words) | Piece::Unbroken(words) => html! {
                <span class="industry-inferred" title={strings.industry_inferred_hint}>{ words }</span>
            },
        }) }
    }
}

/// A fact the data may leave empty where the source names none (an enterprise, a sector): its
/// text with the search terms marked, in the data's `lang`, or "not stated".
fn stated_or_not(text: &str, terms: &[String], strings: &Strings, lang: &Option<String>) -> Html {
    // Blank as the validator counts it: a zero-width space alone states nothing either.
    if is_blank(text) {
        html! { <dd class="not-stated">{ strings.not_stated }</dd> }
    } else {
        html! { <dd lang={lang.clone()}>{ marked_text(text, terms) }</dd> }
    }
}

/// A record's "Source" control, named for the record by `name` (a short one: the name is heard
/// at every visit): where the page shows the source, a button that selects the record,
/// `selected` telling whether it is; in an embed, a link to the full view at the record's
/// sentences, in a new tab, said so by its description.
pub fn source_control(
    action: &SourceAction,
    selection: Selection,
    name: &str,
    selected: bool,
    class: Classes,
    strings: &Strings,
) -> Html {
    let label = fill(strings.show_source_for, &[("name", name)]);
    labelled_source_control(action, selection, label, selected, class, strings)
}

/// [`source_control`] with its accessible name, `label`, given whole: a header fact its
/// sentences state only in part says which names they leave out.
pub fn labelled_source_control(
    action: &SourceAction,
    selection: Selection,
    label: String,
    selected: bool,
    class: Classes,
    strings: &Strings,
) -> Html {
    match action {
        SourceAction::Select(onselect) => html! {
            <button
                type="button"
                id={selection.source_button_id()}
                {class}
                aria-label={label}
                aria-pressed={selected.to_string()}
                onclick={onselect.reform(move |_: MouseEvent| selection)}
            >
                { strings.show_source }
            </button>
        },
        SourceAction::OpenFullView(full_view) => html! {
            <a {class} href={full_view.href(selection)} target="_blank" rel="noopener" aria-label={label} aria-describedby={OPENS_FULL_VIEW_ID}>
                { strings.show_source }
            </a>
        },
    }
}
