//! Precision and recall of the suggestions against a labelled corpus (`tests/suggest/`), per
//! kind, for the corpus test and `draft --evaluate`, which read the corpus from disk with
//! [`load_corpus`]; the app never references this module, so it is not in any bundle.
//!
//! Both sides are compared as sets of facts, so a figure the text repeats counts once:
//! capacities by value, unit and period; amounts by value and unit; statuses by status and
//! project; dates by year, month and day; projects by name; officials by name and whether they
//! take part, and by title where the label gives one. Two project names match when one holds the
//! other and is at least half as long.

use std::fmt::Write as _;
use std::path::Path;

use serde::Deserialize;

use super::{suggest, DateParts, Fact, Language, Suggestion};
use crate::model::dataset::{Bound, Briefing};
use crate::model::text::normalise_whitespace;
use crate::model::validate::parse_dataset;

/// The facts a person found in one text. A labels file either lists them, for the text in the
/// `.txt` file of the same name, or names a briefing of a dataset whose facts are the labels.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Labels {
    #[serde(default)]
    pub language: Option<Language>,
    /// Written, and checked once, after the rules were tuned on the other texts.
    #[serde(default)]
    pub held_out: bool,
    /// A dataset file, relative to the labels file, and the id of the briefing in it.
    #[serde(default)]
    pub dataset: Option<String>,
    #[serde(default)]
    pub briefing: Option<String>,
    #[serde(default)]
    pub capacities: Vec<MeasureLabel>,
    #[serde(default)]
    pub amounts: Vec<MeasureLabel>,
    #[serde(default)]
    pub statuses: Vec<StatusLabel>,
    #[serde(default)]
    pub dates: Vec<DateLabel>,
    #[serde(default)]
    pub projects: Vec<String>,
    #[serde(default)]
    pub officials: Vec<OfficialLabel>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasureLabel {
    pub value: f64,
    pub unit: String,
    #[serde(default)]
    pub period: Option<String>,
    /// The project the figure belongs to, when the label says: a suggestion for another project
    /// (or for none) then does not match, since a figure given to the wrong project is a wrong fact.
    #[serde(default)]
    pub project: Option<String>,
    /// How the text bounds the figure ("more than"), when it does: a figure suggested without
    /// the bound the text gives it, or with one it does not, is a wrong fact.
    #[serde(default)]
    pub bound: Option<Bound>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusLabel {
    pub status: String,
    pub project: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateLabel {
    #[serde(default)]
    pub year: Option<i32>,
    pub month: u8,
    pub day: u8,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficialLabel {
    pub name: String,
    #[serde(default)]
    pub taking_part: bool,
    /// The title the text gives the official, when the label says: a suggestion with another
    /// title (a deputy's read without 副, a promotion) is then a wrong fact.
    #[serde(default)]
    pub role: Option<String>,
}

impl Labels {
    /// A briefing's facts as labels: its projects' capacities and statuses, its date, its
    /// projects, its officials and participants. (A dataset has no field for amounts of money.)
    pub fn from_briefing(briefing: &Briefing) -> Labels {
        let projects = &briefing.projects;
        Labels {
            language: Language::from_code(&briefing.source.language),
            capacities: projects
                .iter()
                .filter_map(|project| Some((project, project.capacity.as_ref()?)))
                .map(|(project, capacity)| MeasureLabel {
                    value: capacity.value,
                    unit: capacity.unit.clone(),
                    period: Some(capacity.period.clone()),
                    project: Some(project.name.clone()),
                    bound: capacity.bound,
                })
                .collect(),
            statuses: projects
                .iter()
                .filter_map(|project| {
                    let status = project.status.as_ref()?;
                    Some(StatusLabel { status: status.id.clone(), project: project.name.clone() })
                })
                .collect(),
            dates: briefing
                .date
                .iter()
                .map(|date| DateLabel { year: date.year, month: date.month, day: date.day })
                .collect(),
            projects: projects.iter().map(|project| project.name.clone()).collect(),
            officials: briefing
                .officials
                .iter()
                .map(|official| OfficialLabel {
                    name: official.name.clone(),
                    taking_part: false,
                    role: None,
                })
                .chain(briefing.participants.iter().map(|name| OfficialLabel {
                    name: name.clone(),
                    taking_part: true,
                    role: None,
                }))
                .collect(),
            ..Labels::default()
        }
    }
}

/// One labelled text.
#[derive(Debug)]
pub struct Sample {
    pub name: String,
    pub text: String,
    pub labels: Labels,
}

/// Reads every `NAME.labels.json` in `dir` (in name order) with its text.
pub fn load_corpus(dir: &Path) -> Result<Vec<Sample>, String> {
    let read = |path: &Path| {
        std::fs::read_to_string(path).map_err(|error| format!("{}: {error}", path.display()))
    };
    let entries = std::fs::read_dir(dir).map_err(|error| format!("{}: {error}", dir.display()))?;
    let mut paths: Vec<_> = entries
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.to_string_lossy().ends_with(".labels.json"))
        .collect();
    paths.sort();
    let mut samples = Vec::new();
    for path in paths {
        let labels: Labels = serde_json::from_str(&read(&path)?)
            .map_err(|error| format!("{}: {error}", path.display()))?;
        let file_name = path.file_name().map(|name| name.to_string_lossy().into_owned());
        let name = file_name.unwrap_or_default().trim_end_matches(".labels.json").to_string();
        let sample = match (&labels.dataset, &labels.briefing) {
            (Some(dataset), Some(id)) => {
                let dataset_path = dir.join(dataset);
                let dataset = parse_dataset(&read(&dataset_path)?)
                    .map_err(|problems| format!("{}: {problems:?}", dataset_path.display()))?;
                let briefing = dataset.briefing(id).ok_or(format!("{name}: no briefing {id}"))?;
                let labels =
                    Labels { held_out: labels.held_out, ..Labels::from_briefing(briefing) };
                Sample { name, text: briefing.source.text.clone(), labels }
            }
            _ => Sample { text: read(&dir.join(format!("{name}.txt")))?, name, labels },
        };
        samples.push(sample);
    }
    Ok(samples)
}

/// The kinds scored, in the order tables list them.
pub const KINDS: [&str; 6] = ["capacity", "amount", "status", "date", "project", "official"];

/// The least precision and recall each kind must reach over the corpus (none for officials).
pub const TARGETS: [(Option<f64>, Option<f64>); 6] = [
    (Some(0.95), Some(0.9)),
    (Some(0.95), Some(0.9)),
    (Some(0.9), Some(0.8)),
    (Some(0.9), Some(0.8)),
    (None, Some(0.8)),
    (None, None),
];

/// How many distinct facts of one kind were suggested and expected, and how many of each matched.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Counts {
    pub suggested: usize,
    pub expected: usize,
    pub suggested_matched: usize,
    pub expected_matched: usize,
}

impl Counts {
    /// 1 when nothing was suggested.
    pub fn precision(&self) -> f64 {
        ratio(self.suggested_matched, self.suggested)
    }

    /// 1 when nothing was expected.
    pub fn recall(&self) -> f64 {
        ratio(self.expected_matched, self.expected)
    }

    pub fn add(&mut self, other: Counts) {
        self.suggested += other.suggested;
        self.expected += other.expected;
        self.suggested_matched += other.suggested_matched;
        self.expected_matched += other.expected_matched;
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

/// A fact reduced to what is compared.
#[derive(Clone, Debug, PartialEq)]
enum Key {
    /// `project` is the project a suggestion gives the figure to, or the one a label names.
    Measure {
        value: f64,
        unit: String,
        period: Option<String>,
        project: Option<String>,
        bound: Option<Bound>,
    },
    Status {
        status: String,
        project: String,
    },
    Date(DateParts),
    Project(String),
    /// `role` is the title suggested, or the one a label gives.
    Official {
        name: String,
        taking_part: bool,
        role: Option<String>,
    },
}

fn matches(suggested: &Key, expected: &Key) -> bool {
    match (suggested, expected) {
        (
            Key::Status { status, project },
            Key::Status { status: other, project: other_project },
        ) => status == other && names_match(project, other_project),
        (Key::Project(name), Key::Project(other)) => names_match(name, other),
        // A label that names no project matches the figure given to any project, or to none.
        (
            Key::Measure { value, unit, period, project, bound },
            Key::Measure {
                value: other,
                unit: other_unit,
                period: other_period,
                project: label,
                bound: other_bound,
            },
        ) => {
            value == other
                && unit == other_unit
                && period == other_period
                && bound == other_bound
                && label.as_ref().is_none_or(|label| {
                    project.as_ref().is_some_and(|project| names_match(project, label))
                })
        }
        // A label that gives no title matches the official under any title.
        (
            Key::Official { name, taking_part, role },
            Key::Official { name: other, taking_part: other_taking_part, role: label },
        ) => {
            name == other
                && taking_part == other_taking_part
                && label.as_ref().is_none_or(|label| role.as_ref() == Some(label))
        }
        _ => suggested == expected,
    }
}

fn names_match(first: &str, second: &str) -> bool {
    let first = normalise_whitespace(&first.to_lowercase());
    let second = normalise_whitespace(&second.to_lowercase());
    let (short, long) = if first.len() <= second.len() { (first, second) } else { (second, first) };
    !short.is_empty() && long.contains(&short) && short.chars().count() * 2 >= long.chars().count()
}

/// The distinct keys of one kind among the suggestions.
fn suggested_keys(suggestions: &[Suggestion], kind: &str) -> Vec<Key> {
    let keys = suggestions.iter().filter(|suggestion| suggestion.fact.kind_name() == kind).map(
        |suggestion| match &suggestion.fact {
            Fact::Capacity(measure) | Fact::Amount(measure) => Key::Measure {
                value: measure.value.to_f64(),
                unit: measure.unit.to_lowercase(),
                period: measure.period.clone().filter(|_| kind == "capacity"),
                project: suggestion.project.clone(),
                bound: measure.bound,
            },
            Fact::Status { status } => Key::Status {
                status: status.clone(),
                project: suggestion.project.clone().unwrap_or_default(),
            },
            Fact::Date(date) => Key::Date(*date),
            Fact::Project(project) => Key::Project(project.name.clone()),
            Fact::Official(official) => Key::Official {
                name: official.name.clone(),
                taking_part: official.taking_part,
                role: Some(official.role.clone()),
            },
        },
    );
    distinct(keys.into_iter())
}

fn expected_keys(labels: &Labels, kind: &str) -> Vec<Key> {
    let measure = |label: &MeasureLabel, with_period: bool| Key::Measure {
        value: label.value,
        unit: label.unit.to_lowercase(),
        period: label.period.clone().filter(|_| with_period),
        project: label.project.clone(),
        bound: label.bound,
    };
    let keys: Vec<Key> = match kind {
        "capacity" => labels.capacities.iter().map(|label| measure(label, true)).collect(),
        "amount" => labels.amounts.iter().map(|label| measure(label, false)).collect(),
        "status" => labels
            .statuses
            .iter()
            .map(|label| Key::Status {
                status: label.status.clone(),
                project: label.project.clone(),
            })
            .collect(),
        "date" => labels
            .dates
            .iter()
            .map(|label| {
                Key::Date(DateParts { year: label.year, month: label.month, day: label.day })
            })
            .collect(),
        "project" => labels.projects.iter().map(|name| Key::Project(name.clone())).collect(),
        _ => labels
            .officials
            .iter()
            .map(|label| Key::Official {
                name: label.name.clone(),
                taking_part: label.taking_part,
                role: label.role.clone(),
            })
            .collect(),
    };
    distinct(keys.into_iter())
}

fn distinct(keys: impl Iterator<Item = Key>) -> Vec<Key> {
    let mut unique: Vec<Key> = Vec::new();
    for key in keys {
        if !unique.contains(&key) {
            unique.push(key);
        }
    }
    unique
}

/// The counts per kind (in [`KINDS`] order) for one sample, and a line per fact suggested but
/// not expected (`+`) or expected but not suggested (`-`).
pub fn score(sample: &Sample) -> ([Counts; 6], Vec<String>) {
    let suggestions = suggest(&sample.text, sample.labels.language).suggestions;
    let mut differences = Vec::new();
    let counts = KINDS.map(|kind| {
        let suggested = suggested_keys(&suggestions, kind);
        let expected = expected_keys(&sample.labels, kind);
        let unexpected: Vec<&Key> = suggested
            .iter()
            .filter(|key| !expected.iter().any(|other| matches(key, other)))
            .collect();
        let missed: Vec<&Key> = expected
            .iter()
            .filter(|other| !suggested.iter().any(|key| matches(key, other)))
            .collect();
        differences.extend(unexpected.iter().map(|key| format!("{}: + {key:?}", sample.name)));
        differences.extend(missed.iter().map(|key| format!("{}: - {key:?}", sample.name)));
        Counts {
            suggested: suggested.len(),
            expected: expected.len(),
            suggested_matched: suggested.len() - unexpected.len(),
            expected_matched: expected.len() - missed.len(),
        }
    });
    (counts, differences)
}

/// The counts per kind over all samples.
pub fn total(samples: &[Sample]) -> [Counts; 6] {
    let mut totals = [Counts::default(); 6];
    for sample in samples {
        for (total, counts) in totals.iter_mut().zip(score(sample).0) {
            total.add(counts);
        }
    }
    totals
}

/// A Markdown table of precision and recall per kind, with the targets.
pub fn table(totals: &[Counts; 6]) -> String {
    let mut table = String::from(
        "| kind | suggested | expected | precision | recall | target |\n| --- | ---: | ---: | ---: | ---: | --- |\n",
    );
    for ((kind, counts), (precision, recall)) in KINDS.iter().zip(totals).zip(TARGETS) {
        let target = match (precision, recall) {
            (Some(precision), Some(recall)) => format!("P ≥ {precision}, R ≥ {recall}"),
            (None, Some(recall)) => format!("R ≥ {recall}"),
            _ => "—".to_string(),
        };
        let _ = writeln!(
            table,
            "| {kind} | {} | {} | {:.2} | {:.2} | {target} |",
            counts.suggested,
            counts.expected,
            counts.precision(),
            counts.recall()
        );
    }
    table
}
