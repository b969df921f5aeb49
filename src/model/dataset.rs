//! The typed form of a briefing dataset, exactly as it is stored in JSON.
//!
//! Nothing here knows the bundled briefing's vocabulary: industries, statuses, units and
//! directive themes are all strings defined by the data. Every fact carries the verbatim source
//! sentence it came from, and a fact the source does not state is an absent field, never a zero.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A whole dataset: the shared vocabulary and one or more briefings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Optional human title for the whole collection, shown when it holds several briefings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The industries projects can belong to; the industry facet shows them in this order.
    pub industries: Vec<Industry>,
    /// The project statuses the data may use; a project with no status is "not stated".
    pub statuses: Vec<Status>,
    pub briefings: Vec<Briefing>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Industry {
    /// Stable identifier used in project records and in the URL, e.g. `new-energy`.
    pub id: String,
    /// Display name, e.g. "New energy".
    pub label: String,
    /// CSS colour (`#rrggbb`) for badges and bars; a colour-blind-safe default is used when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Status {
    /// Stable identifier used in project records and in the URL, e.g. `full-production`.
    pub id: String,
    /// Display name, e.g. "Full production".
    pub label: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Briefing {
    pub id: String,
    /// The headline as the source gives it.
    pub title: String,
    pub date: BriefingDate,
    pub place: String,
    pub officials: Vec<Official>,
    /// Other people the source names as taking part.
    #[serde(default)]
    pub participants: Vec<String>,
    pub source: SourceDocument,
    /// Verbatim sentences supporting the header facts (date, place, officials).
    #[serde(default)]
    pub quotes: Vec<String>,
    /// Notes on the source's wording, shown beside it and never in its place.
    #[serde(default)]
    pub glossary: Vec<GlossaryEntry>,
    pub projects: Vec<Project>,
    #[serde(default)]
    pub directives: Vec<Directive>,
}

/// A calendar date in which only what the source states is present.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BriefingDate {
    /// Absent when the source does not state the year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// 1 to 12.
    pub month: u8,
    /// 1 to 31.
    pub day: u8,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Official {
    pub name: String,
    pub role: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SourceDocument {
    pub title: String,
    /// Language of `text`, as a BCP 47 tag, e.g. `en`.
    pub language: String,
    /// What the text is and how far to trust its wording (for example, a machine translation).
    pub note: String,
    /// The full source text; every quote in the briefing must occur in it.
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GlossaryEntry {
    /// The source's own wording, which must occur in the source text.
    pub term: String,
    /// What it most likely means.
    pub reading: String,
    /// The wording of the original-language document, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Project {
    /// Unique within its briefing; the same id in several briefings is the same project.
    pub id: String,
    pub name: String,
    /// A short name for chart labels and slide titles, e.g. "BYD drive motors".
    pub short_name: String,
    pub enterprise: String,
    /// An industry id from the dataset's `industries`.
    pub industry: String,
    /// Free-text sector within the industry, e.g. "ultra-thin copper foil".
    pub sector: String,
    /// Absent when the source does not state the project's status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<StatedStatus>,
    /// Absent when the source does not state a capacity; never written as zero.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity: Option<Capacity>,
    /// What the official asked of this enterprise.
    #[serde(default)]
    pub requests: Vec<Request>,
    /// Verbatim sentences about the project.
    pub quotes: Vec<String>,
    /// Further facts about the project or its enterprise, each with its sentence.
    #[serde(default)]
    pub notes: Vec<Note>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StatedStatus {
    /// A status id from the dataset's `statuses`.
    pub id: String,
    /// The sentence that states it.
    pub quote: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Capacity {
    /// A positive, finite amount produced per `period`.
    pub value: f64,
    /// The counted unit in the plural, e.g. "sets", "tons", "wafers".
    pub unit: String,
    /// The period the amount is produced in, e.g. "year", "month".
    pub period: String,
    /// What is counted, when the source says, e.g. "drive motors and electric assembly core parts".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub of: Option<String>,
    /// The sentence that states the figure.
    pub quote: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Request {
    /// The ask in plain words.
    pub text: String,
    /// The sentence it is taken from.
    pub quote: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub text: String,
    pub quote: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Directive {
    pub id: String,
    /// Directives are grouped by theme; themes are free text defined by the data.
    pub theme: String,
    pub summary: String,
    pub scope: Scope,
    pub quotes: Vec<String>,
}

/// Whom a directive addresses: the string `"city-wide"`, or the ids of the projects it concerns.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged, expecting = "\"city-wide\" or a list of project ids")]
pub enum Scope {
    /// Always the literal `"city-wide"`; validation reports any other string.
    CityWide(String),
    Projects(Vec<String>),
}

/// The literal that marks a directive as addressed to the whole city.
pub const CITY_WIDE: &str = "city-wide";

impl Scope {
    pub fn is_city_wide(&self) -> bool {
        matches!(self, Scope::CityWide(_))
    }

    /// The project ids this directive concerns; empty for a city-wide one.
    pub fn project_ids(&self) -> &[String] {
        match self {
            Scope::CityWide(_) => &[],
            Scope::Projects(ids) => ids,
        }
    }
}

impl Dataset {
    pub fn industry(&self, id: &str) -> Option<&Industry> {
        self.industries.iter().find(|industry| industry.id == id)
    }

    pub fn status(&self, id: &str) -> Option<&Status> {
        self.statuses.iter().find(|status| status.id == id)
    }

    pub fn briefing(&self, id: &str) -> Option<&Briefing> {
        self.briefings.iter().find(|briefing| briefing.id == id)
    }
}

impl Briefing {
    pub fn project(&self, id: &str) -> Option<&Project> {
        self.projects.iter().find(|project| project.id == id)
    }
}

impl Project {
    /// The status id used by the status facet, with `None` standing for "not stated".
    pub fn status_id(&self) -> Option<&str> {
        self.status.as_ref().map(|status| status.id.as_str())
    }
}
