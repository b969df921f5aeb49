//! One change to a draft, applied in place, returning the change that undoes it.
//!
//! Every record a person can make by selecting text has a [`Place`] in the briefing being
//! edited; an [`Edit`] inserts, replaces or deletes the [`Record`] at a place, or replaces the
//! briefing's header or source text. Applying an edit gives back its inverse, so the history
//! keeps only edits (small) instead of copies of a draft that may be megabytes.

use serde::{Deserialize, Serialize};

use crate::model::dataset::{
    Briefing, BriefingDate, Capacity, Dataset, Directive, GlossaryEntry, Industry, Note, Official,
    Project, Request, StatedStatus, Status,
};

/// Where a record is: indexes into the dataset's lists and the edited briefing's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Industry(usize),
    Status(usize),
    Project(usize),
    /// The capacity of the project at this index (at most one).
    Capacity(usize),
    /// The stated status of the project at this index (at most one).
    ProjectStatus(usize),
    /// A project's quote: (project, quote).
    ProjectQuote(usize, usize),
    /// A project's request: (project, request).
    Request(usize, usize),
    /// A project's note: (project, note).
    Note(usize, usize),
    Directive(usize),
    /// A directive's quote: (directive, quote).
    DirectiveQuote(usize, usize),
    Glossary(usize),
    /// A quote supporting the header (date, place, officials).
    HeaderQuote(usize),
}

/// What can stand at a [`Place`]; each kind fits the places of its kind only. Serialised only
/// to keep a new record's form between visits ([`super::NewRecordKept`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Record {
    Industry(Industry),
    Status(Status),
    Project(Box<Project>),
    Capacity(Capacity),
    ProjectStatus(StatedStatus),
    Quote(String),
    Request(Request),
    Note(Note),
    Directive(Box<Directive>),
    Glossary(GlossaryEntry),
}

/// The briefing's facts that are not records: what the header form edits, in one piece.
#[derive(Clone, Debug, PartialEq)]
pub struct Header {
    pub title: String,
    pub date: Option<BriefingDate>,
    pub place: String,
    pub officials: Vec<Official>,
    pub participants: Vec<String>,
    pub source_title: String,
    pub source_language: String,
    pub source_note: String,
    /// What the text is in a few words ("English machine translation").
    pub source_kind: Option<String>,
}

/// The date's parts as the header form has them, each `None` where its field is empty.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DateParts {
    pub month: Option<u8>,
    pub day: Option<u8>,
    pub year: Option<i32>,
}

impl Header {
    /// The date's parts for the form's fields: none when no date is stated, and a month or day
    /// not yet typed (0 in a date begun) empty.
    pub fn date_parts(&self) -> DateParts {
        let Some(date) = self.date else { return DateParts::default() };
        let stated = |part: u8| (part != 0).then_some(part);
        DateParts { month: stated(date.month), day: stated(date.day), year: date.year }
    }

    /// Sets the date from the form's fields. With every field empty the briefing states no date.
    /// A date begun (a month typed, the day not yet) keeps 0 in the missing part, which the
    /// validator names, rather than a day of the editor's own.
    pub fn set_date_parts(&mut self, parts: DateParts) {
        self.date = (parts != DateParts::default()).then(|| BriefingDate {
            year: parts.year,
            month: parts.month.unwrap_or(0),
            day: parts.day.unwrap_or(0),
        });
    }

    /// The header of `briefing` as it stands.
    pub fn of(briefing: &Briefing) -> Header {
        Header {
            title: briefing.title.clone(),
            date: briefing.date,
            place: briefing.place.clone(),
            officials: briefing.officials.clone(),
            participants: briefing.participants.clone(),
            source_title: briefing.source.title.clone(),
            source_language: briefing.source.language.clone(),
            source_note: briefing.source.note.clone(),
            source_kind: briefing.source.kind.clone(),
        }
    }

    fn put(self, briefing: &mut Briefing) {
        briefing.title = self.title;
        briefing.date = self.date;
        briefing.place = self.place;
        briefing.officials = self.officials;
        briefing.participants = self.participants;
        briefing.source.title = self.source_title;
        briefing.source.language = self.source_language;
        briefing.source.note = self.source_note;
        briefing.source.kind = self.source_kind;
    }
}

/// One change to the briefing at `briefing` in a draft.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Puts `record` at `place`, moving what was there and after it one on.
    Insert(Place, Record),
    Replace(Place, Record),
    Delete(Place),
    SetHeader(Box<Header>),
    SetSourceText(String),
    /// Several edits applied in order, as one: accepting a suggestion may add an industry and
    /// the project that needs it, and one undo step takes both back.
    Batch(Vec<Edit>),
}

/// Why an edit could not be applied; the draft is unchanged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditError {
    /// No briefing, project, directive or record at that place.
    NoSuchPlace,
    /// The record is of another kind than the place holds, or the place is already taken
    /// (a second capacity, say).
    WrongRecord,
}

/// Applies `edit` to the briefing at index `briefing` of `draft`; returns the edit that undoes it.
pub fn apply_edit(draft: &mut Dataset, briefing: usize, edit: Edit) -> Result<Edit, EditError> {
    match edit {
        Edit::Insert(place, record) => insert(draft, briefing, place, record),
        Edit::Replace(place, record) => {
            let old = take(draft, briefing, place)?;
            match insert(draft, briefing, place, record) {
                Ok(_) => Ok(Edit::Replace(place, old)),
                Err(error) => {
                    // Put the old record back: a failed edit leaves the draft as it was.
                    insert(draft, briefing, place, old).map_err(|_| error)?;
                    Err(error)
                }
            }
        }
        Edit::Delete(place) => Ok(Edit::Insert(place, take(draft, briefing, place)?)),
        Edit::SetHeader(header) => {
            let edited = briefing_at(draft, briefing)?;
            let old = Header::of(edited);
            header.put(edited);
            Ok(Edit::SetHeader(Box::new(old)))
        }
        Edit::SetSourceText(text) => {
            let edited = briefing_at(draft, briefing)?;
            Ok(Edit::SetSourceText(std::mem::replace(&mut edited.source.text, text)))
        }
        Edit::Batch(edits) => apply_batch(draft, briefing, edits),
    }
}

/// Applies `edits` in order; their inverses, in reverse order, undo them all. When one does not
/// fit, those already applied are undone, so that a failed batch leaves the draft as it was.
fn apply_batch(draft: &mut Dataset, briefing: usize, edits: Vec<Edit>) -> Result<Edit, EditError> {
    let mut inverses = Vec::with_capacity(edits.len());
    for edit in edits {
        match apply_edit(draft, briefing, edit) {
            Ok(inverse) => inverses.push(inverse),
            Err(error) => {
                for inverse in inverses.into_iter().rev() {
                    // An inverse always fits the draft its own edit has just left.
                    let _ = apply_edit(draft, briefing, inverse);
                }
                return Err(error);
            }
        }
    }
    inverses.reverse();
    Ok(Edit::Batch(inverses))
}

fn briefing_at(draft: &mut Dataset, briefing: usize) -> Result<&mut Briefing, EditError> {
    draft.briefings.get_mut(briefing).ok_or(EditError::NoSuchPlace)
}

fn project_at(
    draft: &mut Dataset,
    briefing: usize,
    project: usize,
) -> Result<&mut Project, EditError> {
    briefing_at(draft, briefing)?.projects.get_mut(project).ok_or(EditError::NoSuchPlace)
}

fn directive_at(
    draft: &mut Dataset,
    briefing: usize,
    directive: usize,
) -> Result<&mut Directive, EditError> {
    briefing_at(draft, briefing)?.directives.get_mut(directive).ok_or(EditError::NoSuchPlace)
}

/// Inserts into a list at `index` (the end included).
fn insert_at<T>(list: &mut Vec<T>, index: usize, item: T) -> Result<(), EditError> {
    if index > list.len() {
        return Err(EditError::NoSuchPlace);
    }
    list.insert(index, item);
    Ok(())
}

/// Removes from a list at `index`.
fn remove_at<T>(list: &mut Vec<T>, index: usize) -> Result<T, EditError> {
    if index < list.len() {
        Ok(list.remove(index))
    } else {
        Err(EditError::NoSuchPlace)
    }
}

/// Sets an optional field that must be empty.
fn fill<T>(slot: &mut Option<T>, item: T) -> Result<(), EditError> {
    if slot.is_some() {
        return Err(EditError::WrongRecord);
    }
    *slot = Some(item);
    Ok(())
}

fn insert(
    draft: &mut Dataset,
    briefing: usize,
    place: Place,
    record: Record,
) -> Result<Edit, EditError> {
    briefing_at(draft, briefing)?;
    match (place, record) {
        (Place::Industry(index), Record::Industry(industry)) => {
            insert_at(&mut draft.industries, index, industry)?;
        }
        (Place::Status(index), Record::Status(status)) => {
            insert_at(&mut draft.statuses, index, status)?;
        }
        (Place::Project(index), Record::Project(project)) => {
            insert_at(&mut briefing_at(draft, briefing)?.projects, index, *project)?;
        }
        (Place::Capacity(project), Record::Capacity(capacity)) => {
            fill(&mut project_at(draft, briefing, project)?.capacity, capacity)?;
        }
        (Place::ProjectStatus(project), Record::ProjectStatus(status)) => {
            fill(&mut project_at(draft, briefing, project)?.status, status)?;
        }
        (Place::ProjectQuote(project, index), Record::Quote(quote)) => {
            insert_at(&mut project_at(draft, briefing, project)?.quotes, index, quote)?;
        }
        (Place::Request(project, index), Record::Request(request)) => {
            insert_at(&mut project_at(draft, briefing, project)?.requests, index, request)?;
        }
        (Place::Note(project, index), Record::Note(note)) => {
            insert_at(&mut project_at(draft, briefing, project)?.notes, index, note)?;
        }
        (Place::Directive(index), Record::Directive(directive)) => {
            insert_at(&mut briefing_at(draft, briefing)?.directives, index, *directive)?;
        }
        (Place::DirectiveQuote(directive, index), Record::Quote(quote)) => {
            insert_at(&mut directive_at(draft, briefing, directive)?.quotes, index, quote)?;
        }
        (Place::Glossary(index), Record::Glossary(entry)) => {
            insert_at(&mut briefing_at(draft, briefing)?.glossary, index, entry)?;
        }
        (Place::HeaderQuote(index), Record::Quote(quote)) => {
            insert_at(&mut briefing_at(draft, briefing)?.quotes, index, quote)?;
        }
        _ => return Err(EditError::WrongRecord),
    }
    Ok(Edit::Delete(place))
}

fn take(draft: &mut Dataset, briefing: usize, place: Place) -> Result<Record, EditError> {
    briefing_at(draft, briefing)?;
    Ok(match place {
        Place::Industry(index) => Record::Industry(remove_at(&mut draft.industries, index)?),
        Place::Status(index) => Record::Status(remove_at(&mut draft.statuses, index)?),
        Place::Project(index) => Record::Project(Box::new(remove_at(
            &mut briefing_at(draft, briefing)?.projects,
            index,
        )?)),
        Place::Capacity(project) => Record::Capacity(
            project_at(draft, briefing, project)?.capacity.take().ok_or(EditError::NoSuchPlace)?,
        ),
        Place::ProjectStatus(project) => Record::ProjectStatus(
            project_at(draft, briefing, project)?.status.take().ok_or(EditError::NoSuchPlace)?,
        ),
        Place::ProjectQuote(project, index) => {
            Record::Quote(remove_at(&mut project_at(draft, briefing, project)?.quotes, index)?)
        }
        Place::Request(project, index) => {
            Record::Request(remove_at(&mut project_at(draft, briefing, project)?.requests, index)?)
        }
        Place::Note(project, index) => {
            Record::Note(remove_at(&mut project_at(draft, briefing, project)?.notes, index)?)
        }
        Place::Directive(index) => Record::Directive(Box::new(remove_at(
            &mut briefing_at(draft, briefing)?.directives,
            index,
        )?)),
        Place::DirectiveQuote(directive, index) => {
            Record::Quote(remove_at(&mut directive_at(draft, briefing, directive)?.quotes, index)?)
        }
        Place::Glossary(index) => {
            Record::Glossary(remove_at(&mut briefing_at(draft, briefing)?.glossary, index)?)
        }
        Place::HeaderQuote(index) => {
            Record::Quote(remove_at(&mut briefing_at(draft, briefing)?.quotes, index)?)
        }
    })
}
