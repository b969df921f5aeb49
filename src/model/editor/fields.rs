//! Where a validator's problem is in the editor's form: the record and the field that a JSON
//! path names, and the id of the input that edits that field, so that a problem in the list can
//! take the author to its field and the field can say what is wrong with it.

use serde::{Deserialize, Serialize};

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
    let (list, index, rest) = list_item(path)?;
    let record = match list {
        "industries" => RecordRef::Industry(index),
        "statuses" => RecordRef::Status(index),
        "briefings" => {
            return Some(match list_item(rest) {
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

/// `list[index].rest` (or `list[index]`) taken apart; none unless the path starts with an item.
fn list_item(path: &str) -> Option<(&str, usize, &str)> {
    let (list, after) = path.split_once('[')?;
    let (index, rest) = after.split_once(']')?;
    let index = index.parse().ok()?;
    Some((list, index, rest.strip_prefix('.').unwrap_or(rest)))
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
