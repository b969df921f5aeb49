//! Every record of the draft, by kind, each a button that opens its form.

use yew::prelude::*;

use super::Focus;
use crate::app::shared::Shared;
use crate::model::dataset::Dataset;
use crate::model::editor::{capacity_in_words, EditorAction, RecordRef};
use crate::model::language::Language;
use crate::model::strings::editor::EditorStrings;
use crate::model::strings::fill;
use crate::model::validate::escape_for_display;

#[derive(Properties, PartialEq)]
pub struct OutlineProps {
    pub draft: Shared<Dataset>,
    pub briefing: usize,
    pub focus: Option<Focus>,
    /// A record chosen in the list: its form opens, and comes into view with focus.
    pub onopen: Callback<RecordRef>,
    pub ondispatch: Callback<EditorAction>,
    /// The interface language, in which figures are written (84万 in Chinese).
    pub language: Language,
    pub strings: &'static EditorStrings,
}

#[function_component]
pub fn Outline(props: &OutlineProps) -> Html {
    let strings = props.strings;
    let briefing = &props.draft.briefings[props.briefing];
    let current = match &props.focus {
        Some(Focus::Record(record)) => Some(*record),
        _ => None,
    };
    let item = |record: RecordRef, label: String, detail: String| {
        let onopen = props.onopen.clone();
        let is_current = current == Some(record);
        html! {
            <li>
                <button type="button" class="outline-item" aria-current={is_current.then_some("true")} onclick={Callback::from(move |_: MouseEvent| onopen.emit(record))}>
                    // A name holding a character that turns text around (an opened dataset's)
                    // shows it as an escape, so the list shows the record as its file holds it.
                    <span class="outline-name">{ escape_for_display(&label) }</span>
                    if !detail.is_empty() {
                        <span class="outline-detail">{ escape_for_display(&detail) }</span>
                    }
                </button>
            </li>
        }
    };
    let group = |heading: &str, id: &str, items: Vec<Html>, empty: &str| {
        html! {
            <section class="outline-group" aria-labelledby={id.to_string()}>
                <h3 id={id.to_string()}>{ fill(strings.outline_count, &[("kind", heading), ("count", &items.len().to_string())]) }</h3>
                if items.is_empty() {
                    <p class="hint">{ empty }</p>
                } else {
                    <ul>{ for items }</ul>
                }
            </section>
        }
    };
    let projects = briefing
        .projects
        .iter()
        .enumerate()
        .map(|(index, project)| {
            let capacity = project.capacity.as_ref().map_or_else(
                || strings.capacity_not_stated.to_string(),
                |capacity| capacity_in_words(capacity, props.language.strings(), strings),
            );
            let short_name = project.short_name.trim();
            let detail = if short_name.is_empty() || short_name == project.name.trim() {
                capacity
            } else {
                fill(
                    strings.outline_project_detail,
                    &[("short_name", short_name), ("capacity", &capacity)],
                )
            };
            item(RecordRef::Project(index), project.name.clone(), detail)
        })
        .collect();
    let directives = briefing
        .directives
        .iter()
        .enumerate()
        .map(|(index, directive)| {
            item(RecordRef::Directive(index), directive.summary.clone(), directive.theme.clone())
        })
        .collect();
    let glossary = briefing
        .glossary
        .iter()
        .enumerate()
        .map(|(index, entry)| {
            item(RecordRef::Glossary(index), entry.term.clone(), entry.reading.clone())
        })
        .collect();
    let industries = props
        .draft
        .industries
        .iter()
        .enumerate()
        .map(|(index, industry)| {
            item(RecordRef::Industry(index), industry.label.clone(), industry.id.clone())
        })
        .collect();
    let statuses = props
        .draft
        .statuses
        .iter()
        .enumerate()
        .map(|(index, status)| {
            item(RecordRef::Status(index), status.label.clone(), status.id.clone())
        })
        .collect();
    html! {
        <nav class="editor-outline" aria-labelledby="outline-heading">
            <h2 id="outline-heading">{ strings.outline_heading }</h2>
            <ul>{ item(RecordRef::Header, strings.header_heading.to_string(), briefing.title.clone()) }</ul>
            { group(strings.projects_heading, "outline-projects", projects, strings.none_yet) }
            { group(strings.directives_heading, "outline-directives", directives, strings.none_yet) }
            { group(strings.glossary_heading, "outline-glossary", glossary, strings.none_yet) }
            { group(strings.industries_heading, "outline-industries", industries, strings.none_yet) }
            { group(strings.statuses_heading, "outline-statuses", statuses, strings.none_yet) }
        </nav>
    }
}
