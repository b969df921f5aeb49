//! The form of the record in hand: a record of the draft (each field's change is one edit, so
//! one undo step), or a new record made from a selection, added with "Add".
//!
//! Every field's id comes from `model::editor::field_id`, the same id the problem list jumps to.

use std::ops::Range;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

mod fields;
mod header;
mod records;

use header::header_form;
use records::{
    capacity_fields, directive_fields, glossary_fields, industry_fields, project_fields,
    status_choice_fields, status_fields, text_quote_fields,
};

use super::source_pane::SOURCE_TEXT_ID;
use super::Focus;
use crate::app::focus::{focus_by_id, focus_by_id_once_shown, focus_first_field_once_replaced};
use crate::app::shared::Shared;
use crate::model::dataset::{Briefing, Dataset, Note, Project, Request};
use crate::model::editor::{
    field_id, figure_stated, project_named, status_definition, Edit, EditorAction, Place, Record,
    RecordChange, RecordRef, SuggestionKey,
};
use crate::model::strings::editor::EditorStrings;
use crate::model::strings::fill;
use crate::model::text::ranges_found_normalised;
use crate::model::validate::escape_for_display;

/// The form on screen, whichever record it is for.
pub const FORM: &str = ".editor-form";

/// The id of the header form's first field, its title (`field_id(RecordRef::Header, "title")`).
pub const HEADER_FIRST_FIELD: &str = "field-header-title";

/// A record made from a selection, not yet in the draft; `project` is where a capacity, status,
/// request or note will go, and `suggestion` the suggestion whose Edit opened the form, if one
/// did (adding the form accepts it, whatever was corrected).
#[derive(Clone, Debug, PartialEq)]
pub struct Pending {
    pub record: Record,
    pub project: Option<usize>,
    pub suggestion: Option<SuggestionKey>,
}

impl Pending {
    /// Where the pending record's quotes stand in `text`, to mark them.
    pub fn quote_ranges(&self, text: &str) -> Vec<Range<usize>> {
        ranges_found_normalised(text, &self.record.quotes())
    }

    /// Whether `project` already holds the one record of this kind a project has (a capacity,
    /// a status).
    fn taken_in(&self, project: &Project) -> bool {
        match self.record {
            Record::Capacity(_) => project.capacity.is_some(),
            Record::ProjectStatus(_) => project.status.is_some(),
            _ => false,
        }
    }

    /// The edit that adds the record to the draft, or `None` when it needs a project first, its
    /// project already has one, it is a capacity with no figure yet, or it is a project named as
    /// one the briefing has (the form then
    /// stays, with what was typed and the reason).
    fn edit(&self, briefing: &Briefing) -> Option<Edit> {
        let project = self.project.filter(|&project| project < briefing.projects.len());
        if project.is_some_and(|project| self.taken_in(&briefing.projects[project])) {
            return None;
        }
        match &self.record {
            Record::Project(new) if project_named(briefing, &new.name, None).is_some() => {
                return None;
            }
            Record::Capacity(capacity) if !figure_stated(capacity.value) => return None,
            _ => {}
        }
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
    /// A record added with Add or deleted with Delete, to be announced: focus goes to another
    /// form then, which does not say what happened.
    pub onrecordchange: Callback<RecordChange>,
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
    // A form of its own for each record, and one for a new record, so that a form's Add or
    // Cancel can tell the next form from its own (`focus_first_field_once_replaced`).
    let form_key = match &props.focus {
        None => "none".to_string(),
        Some(Focus::New(_)) => "new".to_string(),
        Some(Focus::Record(record)) => field_id(*record, ""),
    };
    let body = match &props.focus {
        None => {
            html! { <><h2 id="form-heading">{ strings.form_heading }</h2><p class="hint">{ strings.form_empty }</p></> }
        }
        Some(Focus::New(pending)) => {
            new_record_form(&context, pending, &props.onfocus, &props.onrecordchange)
        }
        Some(Focus::Record(record)) => {
            context.record = Some(*record);
            let replace = |place: Place| {
                let ondispatch = props.ondispatch.clone();
                Callback::from(move |record: Record| {
                    ondispatch.emit(EditorAction::Edit(Edit::Replace(place, record)));
                })
            };
            let ondelete = |place: Place, kind: &'static str, name: &str| {
                let ondispatch = props.ondispatch.clone();
                let onfocus = props.onfocus.clone();
                let onrecordchange = props.onrecordchange.clone();
                let deleted = RecordChange::Deleted { kind, name: escape_for_display(name) };
                Callback::from(move |_: MouseEvent| {
                    ondispatch.emit(EditorAction::Edit(Edit::Delete(place)));
                    onfocus.emit(Some(Focus::Record(RecordRef::Header)));
                    onrecordchange.emit(deleted.clone());
                    // Delete went with the record's form: focus goes to the header's first
                    // field, shown in its place, not to the page's body. Looked for until the
                    // header's form is in: on a busy machine the render came after a timeout
                    // of 0, which found the deleted record's form still there.
                    focus_by_id_once_shown(HEADER_FIRST_FIELD);
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
                        Some(ondelete(Place::Project(index), strings.kind_project, &project.name)),
                        strings,
                    ),
                    None => gone(strings),
                },
                RecordRef::Directive(index) => match briefing.directives.get(index) {
                    Some(directive) => record_frame(
                        strings.kind_directive,
                        &directive.summary,
                        directive_fields(&context, directive, replace(Place::Directive(index))),
                        Some(ondelete(
                            Place::Directive(index),
                            strings.kind_directive,
                            &directive.summary,
                        )),
                        strings,
                    ),
                    None => gone(strings),
                },
                RecordRef::Glossary(index) => match briefing.glossary.get(index) {
                    Some(entry) => record_frame(
                        strings.kind_glossary,
                        &entry.term,
                        glossary_fields(&context, entry, replace(Place::Glossary(index))),
                        Some(ondelete(Place::Glossary(index), strings.kind_glossary, &entry.term)),
                        strings,
                    ),
                    None => gone(strings),
                },
                RecordRef::Industry(index) => match dataset.industries.get(index) {
                    Some(industry) => record_frame(
                        strings.industry_heading,
                        &industry.label,
                        industry_fields(&context, industry, replace(Place::Industry(index))),
                        Some(ondelete(
                            Place::Industry(index),
                            strings.industry_heading,
                            &industry.label,
                        )),
                        strings,
                    ),
                    None => gone(strings),
                },
                RecordRef::Status(index) => match dataset.statuses.get(index) {
                    Some(status) => record_frame(
                        strings.status_heading,
                        &status.label,
                        status_fields(&context, status, replace(Place::Status(index))),
                        Some(ondelete(Place::Status(index), strings.status_heading, &status.label)),
                        strings,
                    ),
                    None => gone(strings),
                },
            }
        }
    };
    html! {
        // Focusable by script: where focus goes from a form's Add or Cancel when the next form
        // has no field.
        <section key={form_key} class="editor-form" aria-labelledby="form-heading" tabindex="-1">
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
            <h2 id="form-heading">{ kind }{ ": " }<span class="form-record-name">{ escape_for_display(name) }</span></h2>
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
    onrecordchange: &Callback<RecordChange>,
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
                strings.kind_request,
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
                strings.kind_note,
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
        let taken = |project: &Project| pending.taken_in(project);
        let chosen_taken =
            pending.project.and_then(|index| briefing.projects.get(index)).is_some_and(taken);
        html! {
            <div class="field">
                <label for="new-project-choice">{ strings.for_project }</label>
                // No project is chosen for the author when the text does not tie the fact to
                // one ("the three projects have a total investment of…"): the first option asks,
                // and Add is refused until one is chosen.
                <select id="new-project-choice" required=true {onchange}>
                    <option value="" selected={pending.project.is_none()} disabled=true>{ strings.choose_one }</option>
                    { for briefing.projects.iter().enumerate().map(|(index, project)| html! {
                        <option value={index.to_string()} selected={pending.project == Some(index)}>
                            { &project.name }{ if taken(project) { strings.already_has_one } else { "" } }
                        </option>
                    }) }
                </select>
                if chosen_taken {
                    <p class="editor-error" role="alert">{ strings.edit_refused_taken }</p>
                }
            </div>
        }
    });
    let onadd = {
        let ondispatch = context.ondispatch.clone();
        let onfocus = onfocus.clone();
        // A status the rules know comes with its definition, as an accepted one does.
        let edit = pending.edit(briefing).map(|edit| match &pending.record {
            Record::ProjectStatus(stated) => {
                match status_definition(&context.draft, briefing, &stated.id) {
                    Some(definition) => Edit::Batch(vec![definition, edit]),
                    None => edit,
                }
            }
            _ => edit,
        });
        let after = pending.focus_after(briefing);
        let from = pending.suggestion;
        let onrecordchange = onrecordchange.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if let Some(edit) = edit.clone() {
                ondispatch.emit(EditorAction::add_record(edit, from));
                onfocus.emit(after.clone());
                onrecordchange.emit(RecordChange::Added { kind });
                focus_first_field_once_replaced(FORM);
            }
        })
    };
    let cancel = {
        let onfocus = onfocus.clone();
        let from_selection = pending.suggestion.is_none();
        move || {
            onfocus.emit(None);
            // Back where the author was: the source text whose words made the record (their
            // selection kept), or the form in hand after a suggestion's Edit.
            if from_selection {
                focus_by_id(SOURCE_TEXT_ID);
            } else {
                focus_first_field_once_replaced(FORM);
            }
        }
    };
    let oncancel = {
        let cancel = cancel.clone();
        Callback::from(move |_: MouseEvent| cancel())
    };
    // Escape from anywhere in a new record's form cancels it, as it closes the explorer's panels.
    let onkeydown = Callback::from(move |event: KeyboardEvent| {
        // An Escape that ends an input method's composition (pinyin, say) is the composition's.
        if event.key() == "Escape" && !event.default_prevented() && !event.is_composing() {
            event.prevent_default();
            cancel();
        }
    });
    html! {
        <form class="new-record" onsubmit={onadd} {onkeydown}>
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
