//! Where a validator's problem is in the editor's form: the record and the field that a JSON
//! path names, and the id of the input that edits that field, so that a problem in the list can
//! take the author to its field and the field can say what is wrong with it.

use serde::{Deserialize, Serialize};

use crate::model::dataset::Dataset;
use crate::model::strings::editor::EditorStrings;
use crate::model::strings::fill;
use crate::model::strings::validation::ValidationStrings;
use crate::model::validate::{record_name_at, split_list_item, Location, Problem};

/// A record the editor's form edits in the briefing being edited, or the dataset's lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RecordRef {
    /// The briefing's own fields: title, date, place, people, source, header quotes.
    Header,
    Industry(usize),
    Status(usize),
    Project(usize),
    Directive(usize),
    Glossary(usize),
}

/// A field of a record: `field` is the path inside the record, as the validator writes it
/// (`capacity.value`, `quotes[0]`, `officials[1].name`); empty for the record as a whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldTarget {
    pub record: RecordRef,
    pub field: String,
}

/// The field a validator's JSON path names (`briefings[0].projects[2].capacity.value` → project
/// 2's `capacity.value`); none for a path outside every record (the dataset's title, an empty
/// list of briefings). The briefing's index is not kept: the editor edits one briefing.
pub fn problem_field(path: &str) -> Option<FieldTarget> {
    let (list, index, rest) = split_list_item(path)?;
    let record = match list {
        "industries" => RecordRef::Industry(index),
        "statuses" => RecordRef::Status(index),
        "briefings" => {
            return Some(match split_list_item(rest) {
                Some(("projects", index, field)) => target(RecordRef::Project(index), field),
                Some(("directives", index, field)) => target(RecordRef::Directive(index), field),
                Some(("glossary", index, field)) => target(RecordRef::Glossary(index), field),
                _ => target(RecordRef::Header, rest),
            })
        }
        _ => return None,
    };
    Some(target(record, rest))
}

fn target(record: RecordRef, field: &str) -> FieldTarget {
    FieldTarget { record, field: field.to_string() }
}

/// The DOM id of the input that edits `field` of `record`, made of `a-z`, `0-9` and `-` only:
/// `field-project-2-capacity-value`, `field-header-officials-0-name`, `field-industry-1`.
pub fn field_id(record: RecordRef, field: &str) -> String {
    let mut id = match record {
        RecordRef::Header => "field-header".to_string(),
        RecordRef::Industry(index) => format!("field-industry-{index}"),
        RecordRef::Status(index) => format!("field-status-{index}"),
        RecordRef::Project(index) => format!("field-project-{index}"),
        RecordRef::Directive(index) => format!("field-directive-{index}"),
        RecordRef::Glossary(index) => format!("field-glossary-{index}"),
    };
    for word in field.split(|character: char| !character.is_ascii_alphanumeric()) {
        if !word.is_empty() {
            id.push('-');
            id.push_str(&word.to_ascii_lowercase());
        }
    }
    id
}

/// A field as the editor's form names it, for a problem in the list: `capacity.value` is
/// "Capacity, Figure", `quotes[1]` "Quote 2", `requests[0].text` "Request 1, In your words",
/// `officials[0].name` "Officials 1, Name", `status.id` "Status". A part the form has no label
/// for is kept as it is; an id and a scope's position are left to the message, which names
/// them.
pub fn field_words(field: &str, strings: &EditorStrings) -> String {
    // The source's fields have labels of their own in the header's form.
    let source_label = match field {
        "source" | "source.text" => Some(strings.source_heading),
        "source.title" => Some(strings.field_source_title),
        "source.language" => Some(strings.field_source_language),
        "source.kind" => Some(strings.field_source_kind),
        "source.note" => Some(strings.field_source_note),
        _ => None,
    };
    if let Some(label) = source_label {
        return label.to_string();
    }
    let mut words: Vec<String> = Vec::new();
    for part in field.split('.').filter(|part| !part.is_empty()) {
        let (name, position) = match part.split_once('[') {
            Some((name, rest)) => (name, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (part, None),
        };
        let number = position.map(|position| (position + 1).to_string());
        let label = match (name, number) {
            ("quotes", Some(number)) => fill(strings.quote_number, &[("number", &number)]),
            ("quotes", None) => strings.quotes_legend.to_string(),
            ("requests", Some(number)) => format!("{} {number}", strings.kind_request),
            ("notes", Some(number)) => format!("{} {number}", strings.kind_note),
            ("officials", Some(number)) => format!("{} {number}", strings.field_officials),
            (other, _) => match field_label(other, strings) {
                Some(label) => label.to_string(),
                None => other.to_string(),
            },
        };
        // An id is named by the message (a status's id is the status chosen).
        if name != "id" {
            words.push(label);
        }
    }
    words.join(strings.field_part_separator)
}

/// The form's label of a field by its JSON key.
fn field_label(key: &str, strings: &EditorStrings) -> Option<&'static str> {
    Some(match key {
        "name" => strings.field_name,
        "short_name" => strings.field_short_name,
        "enterprise" => strings.field_enterprise,
        "industry" => strings.field_industry,
        "sector" => strings.field_sector,
        "capacity" => strings.kind_capacity,
        "value" => strings.field_value,
        "unit" => strings.field_unit,
        "period" => strings.field_period,
        "of" => strings.field_of,
        "bound" => strings.field_bound,
        "quote" => strings.field_quote,
        "status" => strings.kind_status,
        "requests" => strings.kind_request,
        "notes" => strings.kind_note,
        "text" => strings.field_text,
        "theme" => strings.field_theme,
        "summary" => strings.field_summary,
        "scope" => strings.field_scope,
        "term" => strings.field_term,
        "reading" => strings.field_reading,
        "original" => strings.field_original,
        "label" => strings.field_label,
        "color" => strings.field_colour,
        "title" => strings.field_title,
        "date" => strings.field_date,
        "month" => strings.field_month,
        "day" => strings.field_day,
        "year" => strings.field_year,
        "place" => strings.field_place,
        "officials" => strings.field_officials,
        "role" => strings.field_role,
        "participants" => strings.field_participants,
        _ => return None,
    })
}

/// A problem as the editor lists it: where it is, as the form names it (its record and the
/// field's label, "Project “BYD drive motors”, Capacity, Figure", not the file's JSON path,
/// which the author never sees), then what is wrong. A problem placed by its path alone (an
/// invisible character) has its record named from `draft`, the dataset it was found in.
pub fn problem_line(
    problem: &Problem,
    draft: &Dataset,
    strings: &EditorStrings,
    validation: &ValidationStrings,
) -> String {
    let target = problem.location.path().and_then(problem_field);
    let record = match &problem.location {
        Location::Record { record, .. } => Some(record.clone()),
        Location::Path(path) => record_name_at(draft, path, validation),
        Location::Text { .. } => None,
    };
    let place = match (record, target) {
        (Some(record), Some(target)) => {
            let field = field_words(&target.field, strings);
            if field.is_empty() {
                record
            } else {
                fill(strings.problem_field_place, &[("record", &record), ("field", &field)])
            }
        }
        _ => problem.location.describe(validation),
    };
    fill(strings.problem_line, &[("place", &place), ("message", &problem.message)])
}
