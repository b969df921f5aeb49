//! The third pass, over a dataset that fits the types: ids, references, dates, capacities, text
//! fields, and quotes that must be verbatim in the briefing's source text.
//!
//! Every lookup goes through an index built once (a hash set of industry ids, a map of a
//! briefing's project ids), and each problem's message is built only if the report shows it, so
//! the pass stays linear however many records a file holds or repeats.

use std::collections::{HashMap, HashSet};

use super::quotes::QuoteMatcher;
use super::report::{shown_value, Collector, Location, Problem, ProblemKind};
use super::shape::join_path;
use crate::model::colour::parse_hex_color;
use crate::model::dataset::{
    Briefing, Dataset, Directive, Industry, Project, Scope, Status, CITY_WIDE,
};
use crate::model::format::format_number;
use crate::model::strings::fill;
use crate::model::strings::validation::ValidationStrings;
use crate::model::url::{ALL_BRIEFINGS, NOT_STATED};

/// The longest id, in characters.
pub const ID_LIMIT: usize = 64;
/// The longest label, name, unit, place or theme, in characters.
pub const SHORT_TEXT_LIMIT: usize = 300;
/// The longest title, quote, summary, request or note, in characters (`source.text` has none).
pub const LONG_TEXT_LIMIT: usize = 5_000;
/// The years a briefing may state.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;
/// The smallest and largest capacity; the app shows at most two decimals.
pub const CAPACITY_MIN: f64 = 0.01;
pub const CAPACITY_MAX: f64 = 1e15;
/// How many known ids an "unknown industry" message lists before "and N more".
const KNOWN_IDS_SHOWN: usize = 5;

/// The record a problem is in, for a location a person recognises.
#[derive(Clone, Copy)]
enum Record<'d> {
    Whole,
    Industry(&'d Industry),
    Status(&'d Status),
    Briefing(&'d Briefing),
    Project(&'d Project),
    Directive(&'d Directive),
}

struct Checker<'s, 'c> {
    strings: &'s ValidationStrings,
    collector: &'c mut Collector,
}

pub(super) fn check_meaning(
    dataset: &Dataset,
    strings: &ValidationStrings,
    collector: &mut Collector,
) {
    let mut checker = Checker { strings, collector };
    if let Some(title) = &dataset.title {
        checker.text(Record::Whole, "", "title", title, SHORT_TEXT_LIMIT, false);
    }
    checker.ids("industries", Record::Industry, &dataset.industries, |industry| &industry.id);
    for (index, industry) in dataset.industries.iter().enumerate() {
        let record = Record::Industry(industry);
        let path = format!("industries[{index}]");
        checker.text(record, &path, "label", &industry.label, SHORT_TEXT_LIMIT, true);
        if let Some(colour) =
            industry.color.as_deref().filter(|colour| parse_hex_color(colour).is_none())
        {
            checker.report(ProblemKind::BadColour, record, join_path(&path, "color"), |strings| {
                fill(strings.bad_colour, &[("value", &format!("“{}”", shown_value(colour)))])
            });
        }
    }
    checker.ids("statuses", Record::Status, &dataset.statuses, |status| &status.id);
    for (index, status) in dataset.statuses.iter().enumerate() {
        let record = Record::Status(status);
        let path = format!("statuses[{index}]");
        checker.text(record, &path, "label", &status.label, SHORT_TEXT_LIMIT, true);
        if status.id == NOT_STATED {
            checker.report(ProblemKind::ReservedId, record, join_path(&path, "id"), |strings| {
                fill(strings.reserved_status, &[("id", &format!("`{NOT_STATED}`"))])
            });
        }
    }
    if dataset.briefings.is_empty() {
        checker.report(
            ProblemKind::NoBriefings,
            Record::Whole,
            "briefings".to_string(),
            |strings| strings.no_briefings.to_string(),
        );
    }
    checker.ids("briefings", Record::Briefing, &dataset.briefings, |briefing| &briefing.id);
    let vocabulary = Vocabulary {
        dataset,
        industries: dataset.industries.iter().map(|industry| industry.id.as_str()).collect(),
        statuses: dataset.statuses.iter().map(|status| status.id.as_str()).collect(),
    };
    for (index, briefing) in dataset.briefings.iter().enumerate() {
        let path = format!("briefings[{index}]");
        if briefing.id == ALL_BRIEFINGS {
            let record = Record::Briefing(briefing);
            checker.report(ProblemKind::ReservedId, record, join_path(&path, "id"), |strings| {
                fill(strings.reserved_briefing, &[("id", &format!("`{ALL_BRIEFINGS}`"))])
            });
        }
        checker.briefing(&vocabulary, briefing, &path);
    }
}

/// The dataset's ids, indexed once for every reference to them.
struct Vocabulary<'d> {
    dataset: &'d Dataset,
    industries: HashSet<&'d str>,
    statuses: HashSet<&'d str>,
}

/// A quote to look for in the source, and where it is.
struct QuoteSite<'d> {
    record: Record<'d>,
    path: String,
    quote: &'d str,
}

impl<'d> Checker<'_, '_> {
    fn report(
        &mut self,
        kind: ProblemKind,
        record: Record<'_>,
        path: String,
        message: impl FnOnce(&ValidationStrings) -> String,
    ) {
        let strings = self.strings;
        self.collector.add(kind, || Problem {
            location: match record_name(record, strings) {
                Some(record) => Location::Record { record, path },
                None => Location::Path(path),
            },
            message: message(strings),
        });
    }

    /// Checks a text field's length, and that it is not blank when `required`. An empty `field`
    /// means the value is the list item at `base` itself.
    fn text(
        &mut self,
        record: Record<'_>,
        base: &str,
        field: &str,
        value: &str,
        limit: usize,
        required: bool,
    ) {
        let path = || join_path(base, field);
        // Messages name the field as the file does: `short_name`, `quotes[2]`.
        let name = |path: &str| path.rsplit('.').next().unwrap_or_default().to_string();
        if required && value.trim().is_empty() {
            let path = path();
            let field = name(&path);
            self.report(ProblemKind::EmptyField, record, path, |strings| {
                fill(strings.field_empty, &[("field", &field)])
            });
        }
        // A character is at least one byte, so only a long text needs counting.
        if value.len() > limit && value.chars().count() > limit {
            let length = value.chars().count();
            let path = path();
            let field = name(&path);
            self.report(ProblemKind::TooLong, record, path, |strings| {
                fill(
                    strings.field_too_long,
                    &[
                        ("field", &field),
                        ("length", &format_number(length as f64)),
                        ("limit", &format_number(limit as f64)),
                    ],
                )
            });
        }
    }

    /// Checks that every id in a list is a slug, and that none repeats an earlier one.
    fn ids<T>(
        &mut self,
        list: &str,
        record: impl Fn(&'d T) -> Record<'d>,
        items: &'d [T],
        id_of: impl Fn(&'d T) -> &'d String,
    ) {
        let mut first_index: HashMap<&str, usize> = HashMap::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            let id = id_of(item);
            let path = || format!("{list}[{index}].id");
            self.text(record(item), &format!("{list}[{index}]"), "id", id, ID_LIMIT, true);
            if !id.is_empty()
                && !id.bytes().all(|byte| matches!(byte, b'a'..=b'z' | b'0'..=b'9' | b'-'))
            {
                self.report(ProblemKind::IdNotSlug, record(item), path(), |strings| {
                    fill(strings.id_not_slug, &[("id", &format!("`{}`", shown_value(id)))])
                });
            }
            if let Some(first) = first_index.get(id.as_str()) {
                self.report(ProblemKind::DuplicateId, record(item), path(), |strings| {
                    fill(
                        strings.duplicate_id,
                        &[
                            ("id", &format!("`{}`", shown_value(id))),
                            ("first", &format!("{list}[{first}]")),
                        ],
                    )
                });
            } else {
                first_index.insert(id, index);
            }
        }
    }

    fn briefing(&mut self, vocabulary: &Vocabulary<'d>, briefing: &'d Briefing, path: &str) {
        let record = Record::Briefing(briefing);
        self.text(record, path, "title", &briefing.title, LONG_TEXT_LIMIT, true);
        self.text(record, path, "place", &briefing.place, SHORT_TEXT_LIMIT, true);
        self.date(briefing, path);
        for (index, official) in briefing.officials.iter().enumerate() {
            let base = format!("{path}.officials[{index}]");
            self.text(record, &base, "name", &official.name, SHORT_TEXT_LIMIT, true);
            self.text(record, &base, "role", &official.role, SHORT_TEXT_LIMIT, false);
        }
        for (index, participant) in briefing.participants.iter().enumerate() {
            let base = format!("{path}.participants[{index}]");
            self.text(record, &base, "", participant, SHORT_TEXT_LIMIT, false);
        }
        let source = &briefing.source;
        let source_path = format!("{path}.source");
        self.text(record, &source_path, "title", &source.title, LONG_TEXT_LIMIT, false);
        self.text(record, &source_path, "language", &source.language, SHORT_TEXT_LIMIT, false);
        self.text(record, &source_path, "note", &source.note, LONG_TEXT_LIMIT, false);
        self.text(record, &source_path, "text", &source.text, usize::MAX, true);
        let mut quotes = Vec::new();
        for (index, quote) in briefing.quotes.iter().enumerate() {
            quotes.push(QuoteSite { record, path: format!("{path}.quotes[{index}]"), quote });
        }
        for (index, entry) in briefing.glossary.iter().enumerate() {
            let base = format!("{path}.glossary[{index}]");
            self.text(record, &base, "term", &entry.term, SHORT_TEXT_LIMIT, true);
            self.text(record, &base, "reading", &entry.reading, LONG_TEXT_LIMIT, true);
            if let Some(original) = &entry.original {
                self.text(record, &base, "original", original, SHORT_TEXT_LIMIT, false);
            }
        }
        let projects = &briefing.projects;
        self.ids(&format!("{path}.projects"), Record::Project, projects, |project| &project.id);
        for (index, project) in projects.iter().enumerate() {
            self.project(vocabulary, project, &format!("{path}.projects[{index}]"), &mut quotes);
        }
        let directives = &briefing.directives;
        self.ids(&format!("{path}.directives"), Record::Directive, directives, |directive| {
            &directive.id
        });
        let project_ids: HashSet<&str> =
            projects.iter().map(|project| project.id.as_str()).collect();
        for (index, directive) in directives.iter().enumerate() {
            let base = format!("{path}.directives[{index}]");
            self.directive(&project_ids, directive, &base, &mut quotes);
        }
        let terms = briefing.glossary.iter().map(|entry| entry.term.as_str());
        let matcher =
            QuoteMatcher::new(&source.text, quotes.iter().map(|site| site.quote).chain(terms));
        for site in &quotes {
            self.quote(&matcher, site);
        }
        for (index, entry) in briefing.glossary.iter().enumerate() {
            if !entry.term.trim().is_empty() && !matcher.contains(&entry.term) {
                let term_path = format!("{path}.glossary[{index}].term");
                self.report(ProblemKind::GlossaryTermMissing, record, term_path, |strings| {
                    fill(
                        strings.glossary_term_missing,
                        &[("term", &format!("“{}”", shown_value(&entry.term)))],
                    )
                });
            }
        }
    }

    fn quote(&mut self, matcher: &QuoteMatcher, site: &QuoteSite<'_>) {
        if site.quote.trim().is_empty() {
            self.report(ProblemKind::EmptyField, site.record, site.path.clone(), |strings| {
                strings.quote_empty.to_string()
            });
            return;
        }
        self.text(site.record, &site.path, "", site.quote, LONG_TEXT_LIMIT, false);
        if matcher.contains(site.quote) {
            return;
        }
        // Where the quote stops matching takes a search of the source, so it is only worked out
        // for the problems the report shows.
        self.report(ProblemKind::QuoteNotVerbatim, site.record, site.path.clone(), |strings| {
            match matcher.mismatch(site.quote) {
                Some(mismatch) => fill(
                    strings.quote_differs,
                    &[
                        ("matched", &shown_value(&mismatch.matched)),
                        ("quote_next", &shown_value(&mismatch.quote_next)),
                        ("source_next", &shown_value(&mismatch.source_next)),
                    ],
                ),
                None => fill(strings.quote_absent, &[("quote", &shown_value(site.quote))]),
            }
        });
    }

    fn date(&mut self, briefing: &Briefing, path: &str) {
        let record = Record::Briefing(briefing);
        let date = briefing.date;
        if let Some(year) = date.year.filter(|year| !YEARS.contains(year)) {
            self.report(ProblemKind::BadDate, record, format!("{path}.date.year"), |strings| {
                let (min, max) = (YEARS.start().to_string(), YEARS.end().to_string());
                fill(strings.bad_year, &[("min", &min), ("max", &max), ("year", &year.to_string())])
            });
        }
        if !(1..=12).contains(&date.month) {
            self.report(ProblemKind::BadDate, record, format!("{path}.date.month"), |strings| {
                fill(strings.bad_month, &[("month", &date.month.to_string())])
            });
            return;
        }
        let longest = days_in_month(date.month, date.year);
        if date.day == 0 || date.day > longest {
            self.report(ProblemKind::BadDate, record, format!("{path}.date.day"), |strings| {
                fill(
                    strings.bad_day,
                    &[("days", &longest.to_string()), ("day", &date.day.to_string())],
                )
            });
        }
    }

    fn project(
        &mut self,
        vocabulary: &Vocabulary<'d>,
        project: &'d Project,
        path: &str,
        quotes: &mut Vec<QuoteSite<'d>>,
    ) {
        let record = Record::Project(project);
        self.text(record, path, "name", &project.name, SHORT_TEXT_LIMIT, true);
        self.text(record, path, "short_name", &project.short_name, SHORT_TEXT_LIMIT, true);
        self.text(record, path, "enterprise", &project.enterprise, SHORT_TEXT_LIMIT, true);
        self.text(record, path, "sector", &project.sector, SHORT_TEXT_LIMIT, false);
        if !vocabulary.industries.contains(project.industry.as_str()) {
            self.report(
                ProblemKind::UnknownIndustry,
                record,
                format!("{path}.industry"),
                |strings| {
                    let known = known_ids(
                        vocabulary.dataset.industries.iter().map(|industry| industry.id.as_str()),
                        strings,
                    );
                    fill(
                        strings.unknown_industry,
                        &[
                            ("id", &format!("`{}`", shown_value(&project.industry))),
                            ("known", &known),
                        ],
                    )
                },
            );
        }
        if let Some(status) = &project.status {
            if !vocabulary.statuses.contains(status.id.as_str()) {
                self.report(
                    ProblemKind::UnknownStatus,
                    record,
                    format!("{path}.status.id"),
                    |strings| {
                        let known = known_ids(
                            vocabulary.dataset.statuses.iter().map(|status| status.id.as_str()),
                            strings,
                        );
                        fill(
                            strings.unknown_status,
                            &[("id", &format!("`{}`", shown_value(&status.id))), ("known", &known)],
                        )
                    },
                );
            }
            quotes.push(QuoteSite {
                record,
                path: format!("{path}.status.quote"),
                quote: &status.quote,
            });
        }
        if let Some(capacity) = &project.capacity {
            let base = format!("{path}.capacity");
            self.capacity_value(record, &base, capacity.value);
            self.text(record, &base, "unit", &capacity.unit, SHORT_TEXT_LIMIT, true);
            self.text(record, &base, "period", &capacity.period, SHORT_TEXT_LIMIT, true);
            if let Some(of) = &capacity.of {
                self.text(record, &base, "of", of, SHORT_TEXT_LIMIT, false);
            }
            quotes.push(QuoteSite {
                record,
                path: format!("{base}.quote"),
                quote: &capacity.quote,
            });
        }
        if project.quotes.is_empty() {
            self.report(ProblemKind::NoQuotes, record, format!("{path}.quotes"), |strings| {
                strings.no_quotes.to_string()
            });
        }
        for (index, quote) in project.quotes.iter().enumerate() {
            quotes.push(QuoteSite { record, path: format!("{path}.quotes[{index}]"), quote });
        }
        let facts =
            project.requests.iter().map(|request| ("requests", &request.text, &request.quote));
        let notes = project.notes.iter().map(|note| ("notes", &note.text, &note.quote));
        let mut indexes = HashMap::new();
        for (list, text, quote) in facts.chain(notes) {
            let index = indexes.entry(list).or_insert(0);
            let base = format!("{path}.{list}[{index}]");
            *index += 1;
            self.text(record, &base, "text", text, LONG_TEXT_LIMIT, true);
            quotes.push(QuoteSite { record, path: format!("{base}.quote"), quote });
        }
    }

    fn capacity_value(&mut self, record: Record<'_>, base: &str, value: f64) {
        let path = format!("{base}.value");
        let shown = value.to_string();
        if !value.is_finite() || value <= 0.0 {
            self.report(ProblemKind::BadCapacity, record, path, |strings| {
                fill(strings.capacity_not_positive, &[("value", &shown)])
            });
        } else if !(CAPACITY_MIN..=CAPACITY_MAX).contains(&value) {
            self.report(ProblemKind::BadCapacity, record, path, |strings| {
                let (min, max) = (CAPACITY_MIN.to_string(), format_number(CAPACITY_MAX));
                fill(
                    strings.capacity_out_of_range,
                    &[("min", &min), ("max", &max), ("value", &shown)],
                )
            });
        } else if ((value * 100.0).round() - value * 100.0).abs() > value * 100.0 * 1e-9 {
            self.report(ProblemKind::BadCapacity, record, path, |strings| {
                fill(strings.capacity_decimals, &[("value", &shown)])
            });
        }
    }

    fn directive(
        &mut self,
        project_ids: &HashSet<&str>,
        directive: &'d Directive,
        path: &str,
        quotes: &mut Vec<QuoteSite<'d>>,
    ) {
        let record = Record::Directive(directive);
        self.text(record, path, "theme", &directive.theme, SHORT_TEXT_LIMIT, true);
        self.text(record, path, "summary", &directive.summary, LONG_TEXT_LIMIT, true);
        let scope_path = format!("{path}.scope");
        match &directive.scope {
            Scope::CityWide(word) if word != CITY_WIDE => {
                self.report(ProblemKind::BadScope, record, scope_path, |strings| {
                    let value = format!("“{}”", shown_value(word));
                    fill(strings.scope_bad_word, &[("city_wide", CITY_WIDE), ("value", &value)])
                });
            }
            Scope::CityWide(_) => {}
            Scope::Projects(ids) if ids.is_empty() => {
                self.report(ProblemKind::BadScope, record, scope_path, |strings| {
                    fill(strings.scope_empty, &[("city_wide", CITY_WIDE)])
                });
            }
            Scope::Projects(ids) => {
                let mut first_index: HashMap<&str, usize> = HashMap::new();
                for (index, id) in ids.iter().enumerate() {
                    let shown_id = || format!("`{}`", shown_value(id));
                    if let Some(&first) = first_index.get(id.as_str()) {
                        self.report(
                            ProblemKind::RepeatedScopeProject,
                            record,
                            format!("{scope_path}[{index}]"),
                            |strings| {
                                fill(
                                    strings.scope_repeated_project,
                                    &[("id", &shown_id()), ("first", &first.to_string())],
                                )
                            },
                        );
                        continue;
                    }
                    first_index.insert(id, index);
                    if !project_ids.contains(id.as_str()) {
                        self.report(
                            ProblemKind::UnknownScopeProject,
                            record,
                            format!("{scope_path}[{index}]"),
                            |strings| fill(strings.scope_unknown_project, &[("id", &shown_id())]),
                        );
                    }
                }
            }
        }
        if directive.quotes.is_empty() {
            self.report(ProblemKind::NoQuotes, record, format!("{path}.quotes"), |strings| {
                strings.no_quotes.to_string()
            });
        }
        for (index, quote) in directive.quotes.iter().enumerate() {
            quotes.push(QuoteSite { record, path: format!("{path}.quotes[{index}]"), quote });
        }
    }
}

/// "Project “BYD drive motors”": the record by the name a person knows it by, falling back to
/// its id; `None` outside any record.
fn record_name(record: Record<'_>, strings: &ValidationStrings) -> Option<String> {
    let first_named = |names: &[&str]| {
        names.iter().find(|name| !name.trim().is_empty()).map(|name| shown_value(name.trim()))
    };
    let (template, name) = match record {
        Record::Whole => return None,
        Record::Industry(industry) => {
            (strings.record_industry, first_named(&[&industry.label, &industry.id]))
        }
        Record::Status(status) => {
            (strings.record_status, first_named(&[&status.label, &status.id]))
        }
        Record::Briefing(briefing) => {
            (strings.record_briefing, first_named(&[&briefing.title, &briefing.id]))
        }
        Record::Project(project) => (
            strings.record_project,
            first_named(&[&project.short_name, &project.name, &project.id]),
        ),
        Record::Directive(directive) => {
            (strings.record_directive, first_named(&[&directive.id, &directive.theme]))
        }
    };
    name.map(|name| fill(template, &[("name", &name)]))
}

/// "`a`, `b`, `c`, `d`, `e` and 9,995 more": a few known ids, never all of them.
fn known_ids<'i>(
    ids: impl ExactSizeIterator<Item = &'i str>,
    strings: &ValidationStrings,
) -> String {
    let total = ids.len();
    if total == 0 {
        return strings.known_ids_none.to_string();
    }
    let shown: Vec<String> =
        ids.take(KNOWN_IDS_SHOWN).map(|id| format!("`{}`", shown_value(id))).collect();
    let list = shown.join(", ");
    if total > shown.len() {
        fill(
            strings.known_ids_more,
            &[("ids", &list), ("count", &format_number((total - shown.len()) as f64))],
        )
    } else {
        list
    }
}

/// February has 29 days when the year is unknown, since the 29th might be valid.
fn days_in_month(month: u8, year: Option<i32>) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(year) if !(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) => 28,
            _ => 29,
        },
        _ => 31,
    }
}
