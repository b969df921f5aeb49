//! The JSON Schema of a dataset file, `data/briefing.schema.json`: the shape of the types in
//! [`super::dataset`] (their `schemars` derive), with the bounds the validator holds a file to,
//! so that a publisher whose editor checks a file against the schema is not told "valid" for a
//! file the app refuses over a blank name, a month 13, a capacity of 0 or an id with capitals.
//!
//! A schema cannot say everything the validator says: that an id is unique, that a project's
//! industry exists, that a quote occurs in the source text, that a capacity has at most two
//! decimals, that a day exists in its month. Those are left to the app ("Open data file…") and
//! the `validate` command, and the data format's guide says so. What the schema does say, it
//! says no more strictly than the app: `tests/data/schema-mutations.json` lists files the app
//! refuses, and both the validator's tests and the schema's (`schema.spec.mjs`) refuse each one.
//!
//! Native only: the web app does not need the schema.

use serde_json::{json, Map, Value};

use super::dataset::{Dataset, CITY_WIDE};
use super::validate::{
    CAPACITY_MAX, CAPACITY_MIN, ID_LIMIT, LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT, YEARS,
};

/// A text with something in it besides white space and the invisible characters the app counts
/// as blank (`validate::meaning::is_blank`), as "must not be blank" means. Written out, since
/// `\S` differs between validators (JavaScript's counts U+FEFF as white space, Python's not).
const NOT_BLANK: &str = r"[^\s\u200b-\u200d\u2060\ufeff]";
/// An id as the app reads it, in the regular expressions every schema validator shares (no
/// Unicode classes, which Python's `re` lacks): no white space, control or invisible character,
/// no capital of ASCII, Latin-1 or full width, no punctuation of ASCII, Latin-1, general
/// punctuation, Chinese or full width, but `-`. The app also refuses what a pattern cannot list
/// this way: emoji and the capitals of other scripts.
const ID_PATTERN: &str = concat!(
    r"^[^\sA-Z!-,./:-@\[-`{-~",
    r"\u0000-\u001f\u007f-\u00bf\u00c0-\u00d6\u00d7\u00d8-\u00de\u00f7",
    r"\u2000-\u206f\u3000-\u303f\ufeff\uff01-\uff0f\uff1a-\uff40\uff5b-\uff65",
    r"]+$"
);
/// `#rgb` or `#rrggbb`.
const COLOUR_PATTERN: &str = r"^#(?:[0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$";

/// What a field of the schema is held to.
#[derive(Clone, Copy)]
enum Bound {
    /// A slug of at most [`ID_LIMIT`] characters.
    Id,
    /// A text that must not be blank, of at most this many characters.
    Required(usize),
    /// A text that may be empty, of at most this many characters.
    Optional(usize),
    /// A list of texts, each of which must not be blank, of at most this many characters.
    RequiredItems(usize),
    /// A list of texts of at most this many characters each.
    OptionalItems(usize),
    /// A list of quotes with at least one in it.
    Quotes,
    /// A list with at least one item.
    NotEmpty,
    /// A whole number in this range.
    Range(i64, i64),
    Colour,
    /// A capacity's figure: from [`CAPACITY_MIN`] to [`CAPACITY_MAX`].
    Figure,
}

/// The bounds, by definition and property, as `validate::meaning` and `validate::records` check
/// them.
const BOUNDS: &[(&str, &str, Bound)] = &[
    ("Dataset", "title", Bound::Optional(SHORT_TEXT_LIMIT)),
    ("Dataset", "briefings", Bound::NotEmpty),
    ("Industry", "id", Bound::Id),
    ("Industry", "label", Bound::Required(SHORT_TEXT_LIMIT)),
    ("Industry", "color", Bound::Colour),
    ("Status", "id", Bound::Id),
    ("Status", "label", Bound::Required(SHORT_TEXT_LIMIT)),
    ("Briefing", "id", Bound::Id),
    ("Briefing", "title", Bound::Required(LONG_TEXT_LIMIT)),
    ("Briefing", "place", Bound::Required(SHORT_TEXT_LIMIT)),
    ("Briefing", "participants", Bound::OptionalItems(SHORT_TEXT_LIMIT)),
    ("Briefing", "quotes", Bound::RequiredItems(LONG_TEXT_LIMIT)),
    ("BriefingDate", "year", Bound::Range(*YEARS.start() as i64, *YEARS.end() as i64)),
    ("BriefingDate", "month", Bound::Range(1, 12)),
    ("BriefingDate", "day", Bound::Range(1, 31)),
    ("Official", "name", Bound::Required(SHORT_TEXT_LIMIT)),
    ("Official", "role", Bound::Optional(SHORT_TEXT_LIMIT)),
    ("SourceDocument", "title", Bound::Optional(LONG_TEXT_LIMIT)),
    ("SourceDocument", "language", Bound::Optional(SHORT_TEXT_LIMIT)),
    ("SourceDocument", "note", Bound::Optional(LONG_TEXT_LIMIT)),
    ("SourceDocument", "kind", Bound::Optional(SHORT_TEXT_LIMIT)),
    ("GlossaryEntry", "term", Bound::Required(SHORT_TEXT_LIMIT)),
    ("GlossaryEntry", "reading", Bound::Required(LONG_TEXT_LIMIT)),
    ("GlossaryEntry", "original", Bound::Optional(SHORT_TEXT_LIMIT)),
    ("Project", "id", Bound::Id),
    ("Project", "name", Bound::Required(SHORT_TEXT_LIMIT)),
    ("Project", "short_name", Bound::Required(SHORT_TEXT_LIMIT)),
    ("Project", "enterprise", Bound::Optional(SHORT_TEXT_LIMIT)),
    ("Project", "industry", Bound::Id),
    ("Project", "sector", Bound::Optional(SHORT_TEXT_LIMIT)),
    ("Project", "quotes", Bound::Quotes),
    ("InferredIndustry", "quote", Bound::Required(LONG_TEXT_LIMIT)),
    ("StatedStatus", "id", Bound::Id),
    ("StatedStatus", "quote", Bound::Required(LONG_TEXT_LIMIT)),
    ("Capacity", "value", Bound::Figure),
    ("Capacity", "unit", Bound::Required(SHORT_TEXT_LIMIT)),
    ("Capacity", "period", Bound::Optional(SHORT_TEXT_LIMIT)),
    ("Capacity", "of", Bound::Optional(SHORT_TEXT_LIMIT)),
    ("Capacity", "quote", Bound::Required(LONG_TEXT_LIMIT)),
    ("Request", "text", Bound::Required(LONG_TEXT_LIMIT)),
    ("Request", "quote", Bound::Required(LONG_TEXT_LIMIT)),
    ("Note", "text", Bound::Required(LONG_TEXT_LIMIT)),
    ("Note", "quote", Bound::Required(LONG_TEXT_LIMIT)),
    ("Directive", "id", Bound::Id),
    ("Directive", "theme", Bound::Required(SHORT_TEXT_LIMIT)),
    ("Directive", "summary", Bound::Required(LONG_TEXT_LIMIT)),
    ("Directive", "quotes", Bound::Quotes),
];

/// The schema `data/briefing.schema.json` holds.
///
/// # Panics
/// When a bound names a definition or property the types do not have (a field renamed without
/// its bound): the schema's test runs this, so that never reaches a file.
pub fn dataset_schema() -> Value {
    let mut schema = schemars::schema_for!(Dataset).to_value();
    without_null(&mut schema);
    for &(definition, property, bound) in BOUNDS {
        let field = if definition == "Dataset" {
            schema.pointer_mut(&format!("/properties/{property}"))
        } else {
            schema.pointer_mut(&format!("/$defs/{definition}/properties/{property}"))
        };
        let Some(Value::Object(field)) = field else {
            panic!("the schema has no {definition}.{property} to bound");
        };
        apply(field, bound);
    }
    let scope = json!({
        "description": "Whom a directive addresses: the string \"city-wide\", or the ids of the projects it concerns.",
        "oneOf": [
            { "const": CITY_WIDE },
            { "type": "array", "minItems": 1, "items": id_schema() },
        ],
    });
    match schema.pointer_mut("/$defs/Scope") {
        Some(slot) => *slot = scope,
        None => panic!("the schema has no Scope to bound"),
    }
    schema
}

fn apply(field: &mut Map<String, Value>, bound: Bound) {
    let text = |required: bool, limit: usize| {
        let mut text = json!({ "type": "string", "maxLength": limit });
        if required {
            text["pattern"] = json!(NOT_BLANK);
        }
        text
    };
    let extra = match bound {
        Bound::Id => id_schema(),
        Bound::Required(limit) => text(true, limit),
        Bound::Optional(limit) => text(false, limit),
        Bound::RequiredItems(limit) => json!({ "items": text(true, limit) }),
        Bound::OptionalItems(limit) => json!({ "items": text(false, limit) }),
        Bound::Quotes => json!({ "minItems": 1, "items": text(true, LONG_TEXT_LIMIT) }),
        Bound::NotEmpty => json!({ "minItems": 1 }),
        Bound::Range(min, max) => json!({ "minimum": min, "maximum": max }),
        Bound::Colour => json!({ "type": "string", "pattern": COLOUR_PATTERN }),
        Bound::Figure => json!({ "minimum": CAPACITY_MIN, "maximum": CAPACITY_MAX }),
    };
    if let Value::Object(extra) = extra {
        // A list's items are a string's schema; the bound's own keys replace the derived ones
        // (a `uint8` format, an item of any string).
        field.remove("format");
        field.extend(extra);
    }
}

fn id_schema() -> Value {
    json!({ "type": "string", "minLength": 1, "maxLength": ID_LIMIT, "pattern": ID_PATTERN })
}

/// The schema with no `null` allowed: an optional field is left out, never `null` (the guide
/// says "Never write `null`"), though serde reads a `null` as left out.
fn without_null(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if let Some(Value::Array(types)) = map.get_mut("type") {
                types.retain(|kind| kind != "null");
                if let [only] = types.as_slice() {
                    let only = only.clone();
                    map.insert("type".into(), only);
                }
            }
            if let Some(Value::Array(choices)) = map.get("anyOf") {
                let kept: Vec<Value> = choices
                    .iter()
                    .filter(|choice| choice.get("type") != Some(&json!("null")))
                    .cloned()
                    .collect();
                if let [only] = kept.as_slice() {
                    let only = only.clone();
                    map.remove("anyOf");
                    if let Value::Object(only) = only {
                        map.extend(only);
                    }
                }
            }
            map.values_mut().for_each(without_null);
        }
        Value::Array(items) => items.iter_mut().for_each(without_null),
        _ => {}
    }
}
