//! The form of the record in hand: a record of the draft (each field's change is one edit, so
//! one undo step), or a new record made from a selection, added with "Add".
//!
//! Every field's id comes from `model::editor::field_id`, the same id the problem list jumps to.

use std::ops::Range;

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::Focus;
use crate::app::shared::Shared;
use crate::model::colour::palette_color;
use crate::model::dataset::{
    Briefing, Capacity, Dataset, Directive, GlossaryEntry, Industry, Note, Official, Project,
    Request, Scope, StatedStatus, Status,
};
use crate::model::editor::{
    field_id, period_in, unique_id, Edit, EditorAction, Header, Place, Record, RecordRef,
};
use crate::model::strings::editor::EditorStrings;
use crate::model::strings::fill;
use crate::model::text::find_first_of_each_normalised;

/// A record made from a selection, not yet in the draft; `project` is where a capacity, status,
/// request or note will go.
#[derive(Clone, Debug, PartialEq)]
pub struct Pending {
    pub record: Record,
    pub project: Option<usize>,
}

impl Pending {
    /// Where the pending record's quotes stand in `text`, to mark them.
    pub fn quote_ranges(&self, text: &str) -> Vec<Range<usize>> {
        let quotes: Vec<&str> = match &self.record {
            Record::Project(project) => project.quotes.iter().map(String::as_str).collect(),
            Record::Capacity(capacity) => vec![capacity.quote.as_str()],
            Record::ProjectStatus(status) => vec![status.quote.as_str()],
            Record::Request(request) => vec![request.quote.as_str()],
            Record::Note(note) => vec![note.quote.as_str()],
            Record::Directive(directive) => directive.quotes.iter().map(String::as_str).collect(),
            Record::Glossary(entry) => vec![entry.term.as_str()],
            Record::Quote(quote) => vec![quote.as_str()],
            Record::Industry(_) | Record::Status(_) => Vec::new(),
        };
        find_first_of_each_normalised(text, &quotes).into_iter().flatten().collect()
    }

    /// The edit that adds the record to the draft, or `None` when it needs a project first.
    fn edit(&self, briefing: &Briefing) -> Option<Edit> {
        let project = self.project.filter(|&project| project < briefing.projects.len());
        let place = match (&self.record, project) {
            (Record::Project(_), _) => Place::Project(briefing.projects.len()),
            (Record::Directive(_), _) => Place::Directive(briefing.directives.len()),
            (Record::Glossary(_), _) => Place::Glossary(briefing.glossary.len()),
            (Record::Capacity(_), Some(project)) => Place::Capacity(project),
            (Record::ProjectStatus(_), Some(project)) => Place::ProjectStatus(project),
            (Record::Request(_), Some(project)) => {
                Place::Request(project, briefing.projects[project].requests.len())
            }
            (Record::Note(_), Some(project)) => {
                Place::Note(project, briefing.projects[project].notes.len())
            }
            _ => return None,
        };
        Some(Edit::Insert(place, self.record.clone()))
    }

    /// What the record becomes once added: the form of its project, or its own.
    fn focus_after(&self, briefing: &Briefing) -> Option<Focus> {
        Some(Focus::Record(match &self.record {
            Record::Project(_) => RecordRef::Project(briefing.projects.len()),
            Record::Directive(_) => RecordRef::Directive(briefing.directives.len()),
            Record::Glossary(_) => RecordRef::Glossary(briefing.glossary.len()),
            _ => RecordRef::Project(self.project?),
        }))
    }
}

#[derive(Properties, PartialEq)]
pub struct RecordFormProps {
    pub draft: Shared<Dataset>,
    pub briefing: usize,
    pub focus: Option<Focus>,
    /// The words selected in the source now, as a quote, for "Use the selection".
    pub selection: Option<String>,
    pub ondispatch: Callback<EditorAction>,
    pub onfocus: Callback<Option<Focus>>,
    pub strings: &'static EditorStrings,
}

/// What a form needs to build its fields.
#[derive(Clone)]
struct Context {
    strings: &'static EditorStrings,
    draft: Shared<Dataset>,
    briefing: usize,
    selection: Option<String>,
    ondispatch: Callback<EditorAction>,
    /// Each field's id: the record's own for a record of the draft, `new-…` for a new one.
    record: Option<RecordRef>,
}

impl Context {
    fn id(&self, field: &str) -> String {
        match self.record {
            Some(record) => field_id(record, field),
            None => format!("new-{}", field_id(RecordRef::Header, field)),
        }
    }

    fn briefing(&self) -> &Briefing {
        &self.draft.briefings[self.briefing]
    }
}

#[function_component]
pub fn RecordForm(props: &RecordFormProps) -> Html {
    let strings = props.strings;
    let mut context = Context {
        strings,
        draft: props.draft.clone(),
        briefing: props.briefing,
        selection: props.selection.clone(),
        ondispatch: props.ondispatch.clone(),
        record: None,
    };
    let body = match &props.focus {
        None => html! { <p class="hint">{ strings.form_empty }</p> },
        Some(Focus::New(pending)) => new_record_form(&context, pending, &props.onfocus),
        Some(Focus::Record(record)) => {
            context.record = Some(*record);
            let replace = |place: Place| {
                let ondispatch = props.ondispatch.clone();
                Callback::from(move |record: Record| {
                    ondispatch.emit(EditorAction::Edit(Edit::Replace(place, record)));
                })
            };
            let ondelete = |place: Place| {
                let ondispatch = props.ondispatch.clone();
                let onfocus = props.onfocus.clone();
                Callback::from(move |_: MouseEvent| {
                    ondispatch.emit(EditorAction::Edit(Edit::Delete(place)));
                    onfocus.emit(Some(Focus::Record(RecordRef::Header)));
                })
            };
            let briefing = context.briefing();
            let dataset = &*props.draft;
            match *record {
                RecordRef::Header => header_form(&context),
                RecordRef::Project(index) => match briefing.projects.get(index) {
                    Some(project) => record_frame(
                        strings.kind_project,
                        &project.name,
                        project_fields(
                            &context,
                            project,
                            replace(Place::Project(index)),
                            Some(index),
                        ),
                        Some(ondelete(Place::Project(index))),
                        strings,
                    ),
                    None => gone(strings),
                },
                RecordRef::Directive(index) => match briefing.directives.get(index) {
                    Some(directive) => record_frame(
                        strings.kind_directive,
                        &directive.summary,
                        directive_fields(&context, directive, replace(Place::Directive(index))),
                        Some(ondelete(Place::Directive(index))),
                        strings,
                    ),
                    None => gone(strings),
                },
                RecordRef::Glossary(index) => match briefing.glossary.get(index) {
                    Some(entry) => record_frame(
                        strings.kind_glossary,
                        &entry.term,
                        glossary_fields(&context, entry, replace(Place::Glossary(index))),
                        Some(ondelete(Place::Glossary(index))),
                        strings,
                    ),
                    None => gone(strings),
                },
                RecordRef::Industry(index) => match dataset.industries.get(index) {
                    Some(industry) => record_frame(
                        strings.industry_heading,
                        &industry.label,
                        industry_fields(&context, industry, replace(Place::Industry(index))),
                        Some(ondelete(Place::Industry(index))),
                        strings,
                    ),
                    None => gone(strings),
                },
                RecordRef::Status(index) => match dataset.statuses.get(index) {
                    Some(status) => record_frame(
                        strings.status_heading,
                        &status.label,
                        status_fields(&context, status, replace(Place::Status(index))),
                        Some(ondelete(Place::Status(index))),
                        strings,
                    ),
                    None => gone(strings),
                },
            }
        }
    };
    html! {
        <section class="editor-form" aria-labelledby="form-heading">
            { body }
        </section>
    }
}

fn gone(strings: &EditorStrings) -> Html {
    html! { <><h2 id="form-heading">{ strings.form_heading }</h2><p class="hint">{ strings.record_gone }</p></> }
}

/// A record's form with its heading and its Delete button.
fn record_frame(
    kind: &str,
    name: &str,
    fields: Html,
    ondelete: Option<Callback<MouseEvent>>,
    strings: &EditorStrings,
) -> Html {
    html! {
        <>
            <h2 id="form-heading">{ kind }{ ": " }<span class="form-record-name">{ name }</span></h2>
            { fields }
            if let Some(ondelete) = ondelete {
                <p><button type="button" class="button danger" onclick={ondelete}>{ fill(strings.delete_record, &[("kind", kind)]) }</button></p>
            }
        </>
    }
}

fn new_record_form(
    context: &Context,
    pending: &Pending,
    onfocus: &Callback<Option<Focus>>,
) -> Html {
    let strings = context.strings;
    let briefing = context.briefing();
    let update = {
        let onfocus = onfocus.clone();
        let pending = pending.clone();
        Callback::from(move |record: Record| {
            onfocus.emit(Some(Focus::New(Pending { record, ..pending.clone() })))
        })
    };
    let (kind, fields) = match &pending.record {
        Record::Project(project) => {
            (strings.kind_project, project_fields(context, project, update, None))
        }
        Record::Capacity(capacity) => (
            strings.kind_capacity,
            capacity_fields(context, capacity, update.reform(Record::Capacity), "capacity"),
        ),
        Record::ProjectStatus(status) => (
            strings.kind_status,
            status_choice_fields(context, status, update.reform(Record::ProjectStatus), "status"),
        ),
        Record::Request(request) => (
            strings.kind_request,
            text_quote_fields(
                context,
                &request.text,
                &request.quote,
                "requests[0]",
                update.reform(|(text, quote)| Record::Request(Request { text, quote })),
            ),
        ),
        Record::Note(note) => (
            strings.kind_note,
            text_quote_fields(
                context,
                &note.text,
                &note.quote,
                "notes[0]",
                update.reform(|(text, quote)| Record::Note(Note { text, quote })),
            ),
        ),
        Record::Directive(directive) => {
            (strings.kind_directive, directive_fields(context, directive, update))
        }
        Record::Glossary(entry) => (strings.kind_glossary, glossary_fields(context, entry, update)),
        Record::Quote(_) | Record::Industry(_) | Record::Status(_) => {
            (strings.form_heading, Html::default())
        }
    };
    let project_choice = matches!(pending.record, Record::Capacity(_) | Record::ProjectStatus(_) | Record::Request(_) | Record::Note(_)).then(|| {
        let onfocus = onfocus.clone();
        let pending_now = pending.clone();
        let onchange = Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            let project = value.parse::<usize>().ok();
            onfocus.emit(Some(Focus::New(Pending { project, ..pending_now.clone() })));
        });
        let taken = |project: &Project| match pending.record {
            Record::Capacity(_) => project.capacity.is_some(),
            Record::ProjectStatus(_) => project.status.is_some(),
            _ => false,
        };
        html! {
            <div class="field">
                <label for="new-project-choice">{ strings.for_project }</label>
                <select id="new-project-choice" {onchange}>
                    { for briefing.projects.iter().enumerate().map(|(index, project)| html! {
                        <option value={index.to_string()} selected={pending.project == Some(index)}>
                            { &project.name }{ if taken(project) { strings.already_has_one } else { "" } }
                        </option>
                    }) }
                </select>
            </div>
        }
    });
    let onadd = {
        let ondispatch = context.ondispatch.clone();
        let onfocus = onfocus.clone();
        let edit = pending.edit(briefing);
        let after = pending.focus_after(briefing);
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if let Some(edit) = edit.clone() {
                ondispatch.emit(EditorAction::Edit(edit));
                onfocus.emit(after.clone());
            }
        })
    };
    let oncancel = {
        let onfocus = onfocus.clone();
        Callback::from(move |_: MouseEvent| onfocus.emit(None))
    };
    html! {
        <form class="new-record" onsubmit={onadd}>
            <h2 id="form-heading">{ fill(strings.new_record_heading, &[("kind", kind)]) }</h2>
            { for project_choice }
            { fields }
            <div class="button-row">
                <button type="submit" class="button primary">{ strings.add_record }</button>
                <button type="button" class="button" onclick={oncancel}>{ strings.cancel }</button>
            </div>
        </form>
    }
}

/// A one-line text field; `onchange` has the new text when the author leaves the field.
fn text_field(id: String, label: &str, value: &str, onchange: Callback<String>) -> Html {
    let onchange = Callback::from(move |event: Event| {
        onchange.emit(event.target_unchecked_into::<HtmlInputElement>().value());
    });
    html! {
        <div class="field">
            <label for={id.clone()}>{ label }</label>
            <input type="text" id={id} value={value.to_string()} {onchange} />
        </div>
    }
}

/// A text field of several lines.
fn long_text_field(id: String, label: &str, value: &str, onchange: Callback<String>) -> Html {
    let onchange = Callback::from(move |event: Event| {
        onchange.emit(event.target_unchecked_into::<HtmlTextAreaElement>().value());
    });
    html! {
        <div class="field">
            <label for={id.clone()}>{ label }</label>
            <textarea id={id} rows="3" value={value.to_string()} {onchange} />
        </div>
    }
}

/// A quote, read-only (it must be the source's words), replaced by the selection on request.
fn quote_field(
    context: &Context,
    id: String,
    label: &str,
    quote: &str,
    onchange: Callback<String>,
    onremove: Option<Callback<MouseEvent>>,
) -> Html {
    let strings = context.strings;
    let selection = context.selection.clone();
    let onrequote = Callback::from(move |_: MouseEvent| {
        if let Some(selection) = &selection {
            onchange.emit(selection.clone());
        }
    });
    html! {
        <div class="field quote-field">
            <label for={id.clone()}>{ label }</label>
            <textarea id={id} class="quote" rows="2" readonly=true value={quote.to_string()} />
            <div class="button-row">
                <button type="button" class="button small" disabled={context.selection.is_none()} onclick={onrequote} title={strings.requote_hint}>{ strings.requote }</button>
                if let Some(onremove) = onremove {
                    <button type="button" class="button small" onclick={onremove}>{ strings.remove }</button>
                }
            </div>
        </div>
    }
}

/// A list of quotes: each can be replaced by the selection or removed; the selection can be added.
fn quotes_list(
    context: &Context,
    field: &str,
    quotes: &[String],
    onchange: Callback<Vec<String>>,
) -> Html {
    let strings = context.strings;
    let items = quotes
        .iter()
        .enumerate()
        .map(|(index, quote)| {
            let replace = {
                let quotes = quotes.to_vec();
                let onchange = onchange.clone();
                Callback::from(move |quote: String| {
                    let mut next = quotes.clone();
                    next[index] = quote;
                    onchange.emit(next);
                })
            };
            let remove = {
                let quotes = quotes.to_vec();
                let onchange = onchange.clone();
                Callback::from(move |_: MouseEvent| {
                    let mut next = quotes.clone();
                    next.remove(index);
                    onchange.emit(next);
                })
            };
            let label = fill(strings.quote_number, &[("number", &(index + 1).to_string())]);
            quote_field(
                context,
                context.id(&format!("{field}[{index}]")),
                &label,
                quote,
                replace,
                Some(remove),
            )
        })
        .collect::<Vec<_>>();
    let onadd = {
        let quotes = quotes.to_vec();
        let selection = context.selection.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(selection) = &selection {
                let mut next = quotes.clone();
                next.push(selection.clone());
                onchange.emit(next);
            }
        })
    };
    html! {
        <fieldset class="quotes" id={context.id(field)} tabindex="-1">
            <legend>{ strings.quotes_legend }</legend>
            { for items }
            <button type="button" class="button small" disabled={context.selection.is_none()} onclick={onadd}>{ strings.add_selection_as_quote }</button>
        </fieldset>
    }
}

/// A callback that applies `change` to a copy of `value` and hands the result on.
fn setter<T: Clone + 'static, V: 'static>(
    value: &T,
    onchange: &Callback<T>,
    change: impl Fn(&mut T, V) + 'static,
) -> Callback<V> {
    let value = value.clone();
    let onchange = onchange.clone();
    Callback::from(move |input: V| {
        let mut next = value.clone();
        change(&mut next, input);
        onchange.emit(next);
    })
}

fn project_fields(
    context: &Context,
    project: &Project,
    on_record: Callback<Record>,
    index: Option<usize>,
) -> Html {
    let strings = context.strings;
    let onchange = on_record.reform(|project: Project| Record::Project(Box::new(project)));
    let set = |change: fn(&mut Project, String)| setter(project, &onchange, change);
    let capacity = match &project.capacity {
        Some(capacity) => html! {
            <fieldset class="sub-record">
                <legend>{ strings.kind_capacity }</legend>
                { capacity_fields(context, capacity, setter(project, &onchange, |project: &mut Project, capacity| project.capacity = Some(capacity)), "capacity") }
                <button type="button" class="button small" onclick={setter(project, &onchange, |project: &mut Project, _: MouseEvent| project.capacity = None)}>{ fill(strings.remove_named, &[("kind", strings.kind_capacity)]) }</button>
            </fieldset>
        },
        None => html! { <p class="hint not-stated">{ strings.capacity_not_stated }</p> },
    };
    let status = match &project.status {
        Some(status) => html! {
            <fieldset class="sub-record">
                <legend>{ strings.kind_status }</legend>
                { status_choice_fields(context, status, setter(project, &onchange, |project: &mut Project, status| project.status = Some(status)), "status") }
                <button type="button" class="button small" onclick={setter(project, &onchange, |project: &mut Project, _: MouseEvent| project.status = None)}>{ fill(strings.remove_named, &[("kind", strings.kind_status)]) }</button>
            </fieldset>
        },
        None => html! { <p class="hint not-stated">{ strings.status_not_stated }</p> },
    };
    let listed = |kind: &'static str,
                  field: &'static str,
                  entries: Vec<(String, String)>,
                  put: fn(&mut Project, usize, Option<(String, String)>)| {
        let items = entries.iter().enumerate().map(|(position, (text, quote))| {
            let change = setter(project, &onchange, move |project: &mut Project, entry: (String, String)| put(project, position, Some(entry)));
            let remove = setter(project, &onchange, move |project: &mut Project, _: MouseEvent| put(project, position, None));
            html! {
                <fieldset class="sub-record">
                    <legend>{ format!("{kind} {}", position + 1) }</legend>
                    { text_quote_fields(context, text, quote, &format!("{field}[{position}]"), change) }
                    <button type="button" class="button small" onclick={remove}>{ fill(strings.remove_named, &[("kind", kind)]) }</button>
                </fieldset>
            }
        });
        html! { { for items } }
    };
    html! {
        <>
            { text_field(context.id("name"), strings.field_name, &project.name, set(|project, value| project.name = value)) }
            { text_field(context.id("short_name"), strings.field_short_name, &project.short_name, set(|project, value| project.short_name = value)) }
            { text_field(context.id("enterprise"), strings.field_enterprise, &project.enterprise, set(|project, value| project.enterprise = value)) }
            { industry_choice(context, &project.industry, set(|project, value| project.industry = value)) }
            { text_field(context.id("sector"), strings.field_sector, &project.sector, set(|project, value| project.sector = value)) }
            { quotes_list(context, "quotes", &project.quotes, setter(project, &onchange, |project: &mut Project, quotes| project.quotes = quotes)) }
            if index.is_some() {
                { capacity }
                { status }
                { listed(strings.kind_request, "requests", project.requests.iter().map(|request| (request.text.clone(), request.quote.clone())).collect(), |project, position, entry| match entry {
                    Some((text, quote)) => project.requests[position] = Request { text, quote },
                    None => { project.requests.remove(position); }
                }) }
                { listed(strings.kind_note, "notes", project.notes.iter().map(|note| (note.text.clone(), note.quote.clone())).collect(), |project, position, entry| match entry {
                    Some((text, quote)) => project.notes[position] = Note { text, quote },
                    None => { project.notes.remove(position); }
                }) }
                <p class="hint">{ strings.project_more_hint }</p>
            }
        </>
    }
}

fn capacity_fields(
    context: &Context,
    capacity: &Capacity,
    onchange: Callback<Capacity>,
    field: &str,
) -> Html {
    let strings = context.strings;
    let set = |change: fn(&mut Capacity, String)| setter(capacity, &onchange, change);
    let value_id = context.id(&format!("{field}.value"));
    let onvalue = set(|capacity, value| {
        // A figure that does not read as a number is 0, which the validator reports.
        capacity.value = value.replace([',', ' ', '\u{a0}'], "").parse::<f64>().unwrap_or(0.0);
    });
    let onvalue = Callback::from(move |event: Event| {
        onvalue.emit(event.target_unchecked_into::<HtmlInputElement>().value())
    });
    let period_id = context.id(&format!("{field}.period"));
    html! {
        <>
            <div class="field">
                <label for={value_id.clone()}>{ strings.field_value }</label>
                <input type="text" inputmode="decimal" id={value_id} value={crate::model::format::format_western(capacity.value)} onchange={onvalue} />
            </div>
            { text_field(context.id(&format!("{field}.unit")), strings.field_unit, &capacity.unit, set(|capacity, value| capacity.unit = value)) }
            <div class="field">
                <label for={period_id.clone()}>{ strings.field_period }</label>
                <input type="text" id={period_id} list="periods" value={capacity.period.clone()} onchange={{
                    let set = set(|capacity, value| capacity.period = value);
                    Callback::from(move |event: Event| set.emit(event.target_unchecked_into::<HtmlInputElement>().value()))
                }} />
                <datalist id="periods">
                    { for ["year", "month", "day"].map(|period| {
                        let word = period_in(period, &context.briefing().source.language);
                        html! { <option value={word} /> }
                    }) }
                </datalist>
            </div>
            { text_field(context.id(&format!("{field}.of")), strings.field_of, capacity.of.as_deref().unwrap_or_default(), set(|capacity, value| capacity.of = (!value.trim().is_empty()).then_some(value))) }
            { quote_field(context, context.id(&format!("{field}.quote")), strings.field_quote, &capacity.quote, set(|capacity, value| capacity.quote = value), None) }
        </>
    }
}

fn status_choice_fields(
    context: &Context,
    status: &StatedStatus,
    onchange: Callback<StatedStatus>,
    field: &str,
) -> Html {
    let strings = context.strings;
    let set = |change: fn(&mut StatedStatus, String)| setter(status, &onchange, change);
    let id = context.id(&format!("{field}.id"));
    let statuses = &context.draft.statuses;
    let onpick = set(|status, value| status.id = value);
    let onselect = Callback::from(move |event: Event| {
        onpick.emit(event.target_unchecked_into::<HtmlSelectElement>().value())
    });
    let known = statuses.iter().any(|known| known.id == status.id);
    html! {
        <>
            <div class="field">
                <label for={id.clone()}>{ strings.kind_status }</label>
                <select id={id} onchange={onselect}>
                    if !known {
                        <option value={status.id.clone()} selected=true>{ if status.id.is_empty() { strings.choose_one.to_string() } else { fill(strings.undefined_id, &[("id", &status.id)]) } }</option>
                    }
                    { for statuses.iter().map(|known| html! {
                        <option value={known.id.clone()} selected={known.id == status.id}>{ &known.label }</option>
                    }) }
                </select>
            </div>
            { new_vocabulary(context, strings.new_status, false, set(|status, value| status.id = value)) }
            { quote_field(context, context.id(&format!("{field}.quote")), strings.field_quote, &status.quote, set(|status, value| status.quote = value), None) }
        </>
    }
}

fn industry_choice(context: &Context, industry: &str, onchange: Callback<String>) -> Html {
    let strings = context.strings;
    let id = context.id("industry");
    let industries = &context.draft.industries;
    let known = industries.iter().any(|known| known.id == industry);
    let onpick = onchange.clone();
    let onselect = Callback::from(move |event: Event| {
        onpick.emit(event.target_unchecked_into::<HtmlSelectElement>().value())
    });
    html! {
        <>
            <div class="field">
                <label for={id.clone()}>{ strings.field_industry }</label>
                <select id={id} onchange={onselect}>
                    if !known {
                        <option value={industry.to_string()} selected=true>{ if industry.is_empty() { strings.choose_one.to_string() } else { fill(strings.undefined_id, &[("id", industry)]) } }</option>
                    }
                    { for industries.iter().map(|known| html! {
                        <option value={known.id.clone()} selected={known.id == industry}>{ &known.label }</option>
                    }) }
                </select>
            </div>
            { new_vocabulary(context, strings.new_industry, true, onchange) }
        </>
    }
}

/// "New industry…" or "New status…": a name (and for an industry a colour, the palette's next
/// by default), added to the dataset's list; `onadded` then gets its id.
fn new_vocabulary(
    context: &Context,
    label: &str,
    industry: bool,
    onadded: Callback<String>,
) -> Html {
    let strings = context.strings;
    let draft = context.draft.clone();
    let ondispatch = context.ondispatch.clone();
    let name_id = context.id(if industry { "new-industry-name" } else { "new-status-name" });
    let colour_id = context.id("new-industry-colour");
    let default_colour = palette_color(draft.industries.len());
    let onadd = {
        let name_id = name_id.clone();
        let colour_id = colour_id.clone();
        Callback::from(move |_: MouseEvent| {
            let input = |id: &str| {
                gloo::utils::document().get_element_by_id(id).and_then(|element| {
                    wasm_bindgen::JsCast::dyn_into::<HtmlInputElement>(element).ok()
                })
            };
            let Some(name_input) = input(&name_id) else { return };
            let name = name_input.value().trim().to_string();
            if name.is_empty() {
                return;
            }
            let (place, record, id) = if industry {
                let id = unique_id(&name, "industry", |id| {
                    draft.industries.iter().any(|known| known.id == id)
                });
                let color = input(&colour_id).map(|input| input.value());
                (
                    Place::Industry(draft.industries.len()),
                    Record::Industry(Industry { id: id.clone(), label: name, color }),
                    id,
                )
            } else {
                let id = unique_id(&name, "status", |id| {
                    draft.statuses.iter().any(|known| known.id == id)
                });
                (
                    Place::Status(draft.statuses.len()),
                    Record::Status(Status { id: id.clone(), label: name }),
                    id,
                )
            };
            name_input.set_value("");
            ondispatch.emit(EditorAction::Edit(Edit::Insert(place, record)));
            onadded.emit(id);
        })
    };
    html! {
        <details class="new-vocabulary">
            <summary>{ label }</summary>
            <div class="field">
                <label for={name_id.clone()}>{ strings.field_label }</label>
                <input type="text" id={name_id} />
            </div>
            if industry {
                <div class="field">
                    <label for={colour_id.clone()}>{ strings.field_colour }</label>
                    <input type="color" id={colour_id} value={default_colour} />
                </div>
            }
            <button type="button" class="button small" onclick={onadd}>{ strings.add_record }</button>
        </details>
    }
}

/// The text and quote of a request or a note.
fn text_quote_fields(
    context: &Context,
    text: &str,
    quote: &str,
    field: &str,
    onchange: Callback<(String, String)>,
) -> Html {
    let strings = context.strings;
    let pair = (text.to_string(), quote.to_string());
    html! {
        <>
            { long_text_field(context.id(&format!("{field}.text")), strings.field_text, text, setter(&pair, &onchange, |pair: &mut (String, String), text| pair.0 = text)) }
            { quote_field(context, context.id(&format!("{field}.quote")), strings.field_quote, quote, setter(&pair, &onchange, |pair: &mut (String, String), quote| pair.1 = quote), None) }
        </>
    }
}

fn directive_fields(context: &Context, directive: &Directive, on_record: Callback<Record>) -> Html {
    let strings = context.strings;
    let onchange = on_record.reform(|directive: Directive| Record::Directive(Box::new(directive)));
    let set = |change: fn(&mut Directive, String)| setter(directive, &onchange, change);
    let briefing = context.briefing();
    let chosen: Vec<String> = match &directive.scope {
        Scope::CityWide(_) => Vec::new(),
        Scope::Projects(ids) => ids.clone(),
    };
    let city_wide = matches!(directive.scope, Scope::CityWide(_));
    let themes: Vec<&str> = {
        let mut themes: Vec<&str> = briefing
            .directives
            .iter()
            .map(|directive| directive.theme.as_str())
            .filter(|theme| !theme.is_empty())
            .collect();
        themes.sort_unstable();
        themes.dedup();
        themes
    };
    let theme_id = context.id("theme");
    let ontheme = set(|directive, value| directive.theme = value);
    let scope_id = context.id("scope");
    html! {
        <>
            <div class="field">
                <label for={theme_id.clone()}>{ strings.field_theme }</label>
                <input type="text" id={theme_id} list="themes" value={directive.theme.clone()} onchange={Callback::from(move |event: Event| ontheme.emit(event.target_unchecked_into::<HtmlInputElement>().value()))} />
                <datalist id="themes">{ for themes.iter().map(|theme| html! { <option value={theme.to_string()} /> }) }</datalist>
            </div>
            { long_text_field(context.id("summary"), strings.field_summary, &directive.summary, set(|directive, value| directive.summary = value)) }
            <fieldset class="scope" id={scope_id} tabindex="-1">
                <legend>{ strings.field_scope }</legend>
                <label><input type="radio" name="scope" checked={city_wide} onchange={setter(directive, &onchange, |directive: &mut Directive, _: Event| directive.scope = Scope::CityWide("city-wide".to_string()))} />{ strings.scope_city_wide }</label>
                { for briefing.projects.iter().map(|project| {
                    let id = project.id.clone();
                    let on = chosen.contains(&id);
                    let toggle = setter(directive, &onchange, move |directive: &mut Directive, _: Event| {
                        let mut ids = match &directive.scope { Scope::Projects(ids) => ids.clone(), Scope::CityWide(_) => Vec::new() };
                        if ids.contains(&id) { ids.retain(|other| other != &id) } else { ids.push(id.clone()) }
                        directive.scope = if ids.is_empty() { Scope::CityWide("city-wide".to_string()) } else { Scope::Projects(ids) };
                    });
                    html! { <label><input type="checkbox" checked={on} onchange={toggle} />{ &project.name }</label> }
                }) }
            </fieldset>
            { quotes_list(context, "quotes", &directive.quotes, setter(directive, &onchange, |directive: &mut Directive, quotes| directive.quotes = quotes)) }
        </>
    }
}

fn glossary_fields(context: &Context, entry: &GlossaryEntry, on_record: Callback<Record>) -> Html {
    let strings = context.strings;
    let onchange = on_record.reform(Record::Glossary);
    let set = |change: fn(&mut GlossaryEntry, String)| setter(entry, &onchange, change);
    html! {
        <>
            { quote_field(context, context.id("term"), strings.field_term, &entry.term, set(|entry, value| entry.term = value), None) }
            { text_field(context.id("reading"), strings.field_reading, &entry.reading, set(|entry, value| entry.reading = value)) }
            { text_field(context.id("original"), strings.field_original, entry.original.as_deref().unwrap_or_default(), set(|entry, value| entry.original = (!value.trim().is_empty()).then_some(value))) }
        </>
    }
}

fn industry_fields(context: &Context, industry: &Industry, on_record: Callback<Record>) -> Html {
    let strings = context.strings;
    let onchange = on_record.reform(Record::Industry);
    let set = |change: fn(&mut Industry, String)| setter(industry, &onchange, change);
    let colour_id = context.id("color");
    let oncolour = set(|industry, value| industry.color = Some(value));
    html! {
        <>
            <p class="hint">{ fill(strings.id_line, &[("id", &industry.id)]) }</p>
            { text_field(context.id("label"), strings.field_label, &industry.label, set(|industry, value| industry.label = value)) }
            <div class="field">
                <label for={colour_id.clone()}>{ strings.field_colour }</label>
                <input type="color" id={colour_id} value={industry.color.clone().unwrap_or_else(|| palette_color(0).to_string())} onchange={Callback::from(move |event: Event| oncolour.emit(event.target_unchecked_into::<HtmlInputElement>().value()))} />
            </div>
        </>
    }
}

fn status_fields(context: &Context, status: &Status, on_record: Callback<Record>) -> Html {
    let strings = context.strings;
    let onchange = on_record.reform(Record::Status);
    html! {
        <>
            <p class="hint">{ fill(strings.id_line, &[("id", &status.id)]) }</p>
            { text_field(context.id("label"), strings.field_label, &status.label, setter(status, &onchange, |status: &mut Status, value| status.label = value)) }
        </>
    }
}

fn header_form(context: &Context) -> Html {
    let strings = context.strings;
    let header = Header::of(context.briefing());
    let onchange = context
        .ondispatch
        .reform(|header: Header| EditorAction::Edit(Edit::SetHeader(Box::new(header))));
    let set = |change: fn(&mut Header, String)| setter(&header, &onchange, change);
    let number = |field: &str, label: &str, value: String, change: fn(&mut Header, String)| {
        let id = context.id(field);
        let onset = set(change);
        html! {
            <div class="field narrow">
                <label for={id.clone()}>{ label }</label>
                <input type="text" inputmode="numeric" id={id} value={value} onchange={Callback::from(move |event: Event| onset.emit(event.target_unchecked_into::<HtmlInputElement>().value()))} />
            </div>
        }
    };
    let officials = header.officials.iter().enumerate().map(|(index, official)| {
        let name = setter(&header, &onchange, move |header: &mut Header, value: String| header.officials[index].name = value);
        let role = setter(&header, &onchange, move |header: &mut Header, value: String| header.officials[index].role = value);
        let remove = setter(&header, &onchange, move |header: &mut Header, _: MouseEvent| { header.officials.remove(index); });
        html! {
            <div class="official-row">
                { text_field(context.id(&format!("officials[{index}].name")), strings.field_name, &official.name, name) }
                { text_field(context.id(&format!("officials[{index}].role")), strings.field_role, &official.role, role) }
                <button type="button" class="button small" onclick={remove}>{ strings.remove }</button>
            </div>
        }
    });
    let onadd_official = setter(&header, &onchange, |header: &mut Header, _: MouseEvent| {
        header.officials.push(Official { name: String::new(), role: String::new() })
    });
    let onquotes = {
        let ondispatch = context.ondispatch.clone();
        let old = context.briefing().quotes.clone();
        Callback::from(move |quotes: Vec<String>| {
            ondispatch.emit(EditorAction::Edit(quotes_edit(&old, &quotes)))
        })
    };
    html! {
        <>
            <h2 id="form-heading">{ strings.header_heading }</h2>
            { text_field(context.id("title"), strings.field_title, &header.title, set(|header, value| header.title = value)) }
            <fieldset class="date-fields">
                <legend>{ strings.field_date }</legend>
                { number("date.month", strings.field_month, header.date.month.to_string(), |header, value| header.date.month = value.trim().parse().unwrap_or(0)) }
                { number("date.day", strings.field_day, header.date.day.to_string(), |header, value| header.date.day = value.trim().parse().unwrap_or(0)) }
                { number("date.year", strings.field_year, header.date.year.map(|year| year.to_string()).unwrap_or_default(), |header, value| header.date.year = value.trim().parse().ok()) }
                <p class="hint">{ strings.year_hint }</p>
            </fieldset>
            { text_field(context.id("place"), strings.field_place, &header.place, set(|header, value| header.place = value)) }
            <fieldset class="officials" id={context.id("officials")} tabindex="-1">
                <legend>{ strings.field_officials }</legend>
                { for officials }
                <button type="button" class="button small" onclick={onadd_official}>{ strings.add_official }</button>
            </fieldset>
            { text_field(context.id("participants"), strings.field_participants, &header.participants.join(", "), set(|header, value| {
                header.participants = value.split([',', '，', '、', ';']).map(str::trim).filter(|name| !name.is_empty()).map(str::to_string).collect();
            })) }
            { text_field(context.id("source.title"), strings.field_source_title, &header.source_title, set(|header, value| header.source_title = value)) }
            { text_field(context.id("source.language"), strings.field_source_language, &header.source_language, set(|header, value| header.source_language = value.trim().to_string())) }
            { text_field(context.id("source.kind"), strings.field_source_kind, header.source_kind.as_deref().unwrap_or_default(), set(|header, value| header.source_kind = (!value.trim().is_empty()).then_some(value))) }
            { long_text_field(context.id("source.note"), strings.field_source_note, &header.source_note, set(|header, value| header.source_note = value)) }
            { quotes_list(context, "quotes", &context.briefing().quotes, onquotes) }
        </>
    }
}

/// The header's quotes are records of their own (one place each): the edit from `old` to `new`
/// as one step, removing the old ones and inserting the new ones.
fn quotes_edit(old: &[String], new: &[String]) -> Edit {
    let removals = (0..old.len()).rev().map(|index| Edit::Delete(Place::HeaderQuote(index)));
    let insertions = new.iter().enumerate().map(|(index, quote)| {
        Edit::Insert(Place::HeaderQuote(index), Record::Quote(quote.clone()))
    });
    Edit::Batch(removals.chain(insertions).collect())
}
