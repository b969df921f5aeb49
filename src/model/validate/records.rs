//! The checks of one briefing and its records: dates, projects, capacities, directive scopes, and
//! every quote looked up at once in the briefing's source text.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fmt::{self, Display};

use super::figures::{capacity_in_bounds, DECIMALS_KEPT_BELOW};
use super::meaning::{
    is_blank, known_ids, Checker, Quotes, Record, Vocabulary, CAPACITY_MAX, CAPACITY_MIN,
    LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT, YEARS,
};
use super::path::{Path, ProblemPath};
use super::quoted_figures::{
    bound_words, bounds_maybe_said, bounds_said, figures_in, followed_by_unit, named_figure,
    plain_bounds, states, unit_end, QuotedFigure,
};
use super::quotes::QuoteMatcher;
use super::report::{shown_value, ProblemKind};
use crate::model::dataset::{
    days_in_month, Bound, Briefing, Capacity, Directive, Project, Scope, CITY_WIDE,
};
use crate::model::format::format_western;
use crate::model::strings::fill;
use crate::model::strings::validation::ValidationStrings;
use crate::model::suggest::is_han;
use crate::model::text::{collapsed, lowercase};

/// How many of a quote's figures a capacity's bound is looked for next to, in the order written.
const BOUND_LOOKED_FOR_NEAR: usize = 64;

/// 2^53: from here up, not every whole number has a JSON number of its own.
const EXACT_WHOLE_NUMBERS: f64 = 9_007_199_254_740_992.0;

/// A quote to look for in the source, and where it is in its briefing:
/// `{owner}.{field}[{index}].{after}`, the owner being the briefing itself or one of its lists'
/// items (`projects[3]`), a path only written out for a problem that is shown.
struct QuoteSite<'d> {
    record: Record<'d>,
    owner: Option<(&'static str, usize)>,
    field: &'static str,
    index: Option<usize>,
    after: Option<&'static str>,
    quote: &'d str,
}

impl<'d> QuoteSite<'d> {
    /// The site of one quote field of a record, such as `status.quote`.
    fn single(
        record: Record<'d>,
        owner: Option<(&'static str, usize)>,
        field: &'static str,
        quote: &'d str,
    ) -> Self {
        QuoteSite { record, owner, field, index: None, after: Some("quote"), quote }
    }

    /// The sites of a record's `quotes` list, one per quote.
    fn list(
        record: Record<'d>,
        owner: Option<(&'static str, usize)>,
        quotes: &'d [String],
    ) -> impl Iterator<Item = QuoteSite<'d>> {
        quotes.iter().enumerate().map(move |(index, quote)| QuoteSite {
            record,
            owner,
            field: "quotes",
            index: Some(index),
            after: None,
            quote,
        })
    }

    /// Calls `write` with the quote's path in the file, under its briefing's at `briefing`.
    fn with_path<R>(&self, briefing: Path<'_>, write: impl FnOnce(Path<'_>) -> R) -> R {
        let owner = match self.owner {
            Some((list, index)) => briefing.item(list, index),
            None => briefing,
        };
        let field = match self.index {
            Some(index) => owner.item(self.field, index),
            None => owner.field(self.field),
        };
        match self.after {
            Some(after) => write(field.field(after)),
            None => write(field),
        }
    }
}

/// A quote's path in the file (`briefings[0].projects[3].quotes[2]`), written out only for a
/// problem the report shows.
struct QuotePath<'s, 'd> {
    site: &'s QuoteSite<'d>,
    briefing: Path<'s>,
}

impl Display for QuotePath<'_, '_> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.site.with_path(self.briefing, |path| write!(formatter, "{path}"))
    }
}

impl ProblemPath for QuotePath<'_, '_> {
    fn last_step(&self) -> String {
        self.site.with_path(self.briefing, |path| path.last_step())
    }
}

impl<'d> Checker<'_, '_> {
    pub(super) fn briefing(
        &mut self,
        vocabulary: &Vocabulary<'d>,
        briefing: &'d Briefing,
        path: Path<'_>,
    ) {
        let record = Record::Briefing(briefing);
        self.text(record, path, "title", &briefing.title, LONG_TEXT_LIMIT, true);
        self.text(record, path, "place", &briefing.place, SHORT_TEXT_LIMIT, true);
        self.date(briefing, path);
        for (index, official) in briefing.officials.iter().enumerate() {
            let base = path.item("officials", index);
            self.text(record, base, "name", &official.name, SHORT_TEXT_LIMIT, true);
            self.text(record, base, "role", &official.role, SHORT_TEXT_LIMIT, false);
        }
        for (index, participant) in briefing.participants.iter().enumerate() {
            let base = path.item("participants", index);
            self.text(record, base, "", participant, SHORT_TEXT_LIMIT, false);
        }
        let source = &briefing.source;
        let source_path = path.field("source");
        self.text(record, source_path, "title", &source.title, LONG_TEXT_LIMIT, false);
        self.text(record, source_path, "language", &source.language, SHORT_TEXT_LIMIT, false);
        self.text(record, source_path, "note", &source.note, LONG_TEXT_LIMIT, false);
        if let Some(kind) = &source.kind {
            self.text(record, source_path, "kind", kind, SHORT_TEXT_LIMIT, false);
        }
        self.text(record, source_path, "text", &source.text, usize::MAX, true);
        let mut quotes = Vec::new();
        quotes.extend(QuoteSite::list(record, None, &briefing.quotes));
        for (index, entry) in briefing.glossary.iter().enumerate() {
            let base = path.item("glossary", index);
            let entry_record = Record::Glossary(briefing, entry);
            self.text(entry_record, base, "term", &entry.term, SHORT_TEXT_LIMIT, true);
            self.text(entry_record, base, "reading", &entry.reading, LONG_TEXT_LIMIT, true);
            if let Some(original) = &entry.original {
                self.text(entry_record, base, "original", original, SHORT_TEXT_LIMIT, false);
            }
        }
        let projects = &briefing.projects;
        self.ids(path, "projects", Record::Project, projects, |project| &project.id);
        for (index, project) in projects.iter().enumerate() {
            self.project(vocabulary, project, path, index, &mut quotes);
        }
        let directives = &briefing.directives;
        self.ids(path, "directives", Record::Directive, directives, |directive| &directive.id);
        let project_ids: HashSet<&str> =
            projects.iter().map(|project| project.id.as_str()).collect();
        for (index, directive) in directives.iter().enumerate() {
            self.directive(&project_ids, directive, path, index, &mut quotes);
        }
        let quotes: Vec<_> =
            quotes.into_iter().filter(|site| self.quote_field(site, path)).collect();
        if self.quotes == Quotes::Skipped {
            return;
        }
        let terms = briefing.glossary.iter().map(|entry| entry.term.as_str());
        let matcher =
            QuoteMatcher::new(&source.text, quotes.iter().map(|site| site.quote).chain(terms));
        for site in &quotes {
            self.quote_in_source(&matcher, site, path);
        }
        for (index, entry) in briefing.glossary.iter().enumerate() {
            if !is_blank(&entry.term) && !matcher.contains(&entry.term) {
                let term_path = path.item("glossary", index);
                let term_path = term_path.field("term");
                let in_entry = Record::Glossary(briefing, entry);
                self.report(ProblemKind::GlossaryTermMissing, in_entry, &term_path, |strings| {
                    fill(
                        strings.glossary_term_missing,
                        &[("term", &format!("“{}”", shown_value(&entry.term)))],
                    )
                });
            }
        }
    }

    /// Checks a quote's own text; `false` for an empty one, which is not looked up in the source.
    fn quote_field(&mut self, site: &QuoteSite<'_>, briefing: Path<'_>) -> bool {
        let path = QuotePath { site, briefing };
        if is_blank(site.quote) {
            self.report(ProblemKind::EmptyField, site.record, &path, |strings| {
                strings.quote_empty.to_string()
            });
            return false;
        }
        if site.quote.len() > LONG_TEXT_LIMIT {
            self.text_at(site.record, &path, site.quote, LONG_TEXT_LIMIT, false);
        }
        true
    }

    fn quote_in_source(
        &mut self,
        matcher: &QuoteMatcher,
        site: &QuoteSite<'_>,
        briefing: Path<'_>,
    ) {
        if matcher.contains(site.quote) {
            return;
        }
        // Where the quote stops matching takes a search of the source, so it is only worked out
        // for the problems the report shows.
        self.report(
            ProblemKind::QuoteNotVerbatim,
            site.record,
            &QuotePath { site, briefing },
            |strings| {
                if let Some(marks) = matcher.marks_differ(site.quote) {
                    return fill(
                        strings.quote_marks_differ,
                        &[
                            ("quote_word", &shown_value(&marks.quote_word)),
                            ("source_word", &shown_value(&marks.source_word)),
                        ],
                    );
                }
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
            },
        );
    }

    fn date(&mut self, briefing: &Briefing, path: Path<'_>) {
        let record = Record::Briefing(briefing);
        // A source that states no date leaves it out, and nothing is wrong with that.
        let Some(date) = briefing.date else { return };
        let date_path = path.field("date");
        if let Some(year) = date.year.filter(|year| !YEARS.contains(year)) {
            self.report(ProblemKind::BadDate, record, &date_path.field("year"), |strings| {
                let (min, max) = (YEARS.start().to_string(), YEARS.end().to_string());
                fill(strings.bad_year, &[("min", &min), ("max", &max), ("year", &year.to_string())])
            });
        }
        // A 0 is a part not written: the editor keeps a date begun (a month typed, the day not
        // yet) that way, and "found 0" would name a number its author never typed.
        if date.month == 0 {
            self.report(ProblemKind::BadDate, record, &date_path.field("month"), |strings| {
                strings.month_missing.to_string()
            });
            return;
        }
        if date.month > 12 {
            self.report(ProblemKind::BadDate, record, &date_path.field("month"), |strings| {
                fill(strings.bad_month, &[("month", &date.month.to_string())])
            });
            return;
        }
        if date.day == 0 {
            self.report(ProblemKind::BadDate, record, &date_path.field("day"), |strings| {
                strings.day_missing.to_string()
            });
            return;
        }
        let longest = days_in_month(date.month, date.year);
        if date.day > longest {
            self.report(ProblemKind::BadDate, record, &date_path.field("day"), |strings| {
                fill(
                    strings.bad_day,
                    &[("days", &longest.to_string()), ("day", &date.day.to_string())],
                )
            });
        }
    }

    /// Checks the project at `index` of the briefing at `briefing`.
    fn project(
        &mut self,
        vocabulary: &Vocabulary<'d>,
        project: &'d Project,
        briefing: Path<'_>,
        index: usize,
        quotes: &mut Vec<QuoteSite<'d>>,
    ) {
        let record = Record::Project(project);
        let owner = Some(("projects", index));
        let path = briefing.item("projects", index);
        self.text(record, path, "name", &project.name, SHORT_TEXT_LIMIT, true);
        self.text(record, path, "short_name", &project.short_name, SHORT_TEXT_LIMIT, true);
        self.text(record, path, "enterprise", &project.enterprise, SHORT_TEXT_LIMIT, false);
        self.text(record, path, "sector", &project.sector, SHORT_TEXT_LIMIT, false);
        if !vocabulary.industries.contains(project.industry.as_str()) {
            let kind = ProblemKind::UnknownIndustry;
            let known = vocabulary.dataset.industries.iter().map(|industry| industry.id.as_str());
            let path = path.field("industry");
            // An empty industry is one not chosen yet (the editor's new project), not a wrong id.
            let message: fn(&ValidationStrings) -> &'static str = if is_blank(&project.industry) {
                |strings| strings.industry_missing
            } else {
                |strings| strings.unknown_industry
            };
            self.unknown_id(kind, record, &path, &project.industry, known, message);
        }
        if let Some(inferred) = &project.industry_inferred {
            quotes.push(QuoteSite::single(record, owner, "industry_inferred", &inferred.quote));
        }
        if let Some(status) = &project.status {
            if !vocabulary.statuses.contains(status.id.as_str()) {
                let kind = ProblemKind::UnknownStatus;
                let known = vocabulary.dataset.statuses.iter().map(|status| status.id.as_str());
                let status_path = path.field("status");
                let path = status_path.field("id");
                let message = |strings: &ValidationStrings| strings.unknown_status;
                self.unknown_id(kind, record, &path, &status.id, known, message);
            }
            quotes.push(QuoteSite::single(record, owner, "status", &status.quote));
        }
        if let Some(capacity) = &project.capacity {
            let base = path.field("capacity");
            self.capacity_value(record, base, capacity.value);
            self.text(record, base, "unit", &capacity.unit, SHORT_TEXT_LIMIT, true);
            self.text(record, base, "period", &capacity.period, SHORT_TEXT_LIMIT, false);
            if let Some(of) = &capacity.of {
                self.text(record, base, "of", of, SHORT_TEXT_LIMIT, false);
            }
            quotes.push(QuoteSite::single(record, owner, "capacity", &capacity.quote));
            if self.quotes == Quotes::Checked {
                self.capacity_in_quote(record, base, capacity);
            }
        }
        if project.quotes.is_empty() {
            self.report(ProblemKind::NoQuotes, record, &path.field("quotes"), |strings| {
                strings.no_quotes.to_string()
            });
        }
        quotes.extend(QuoteSite::list(record, owner, &project.quotes));
        let facts = project
            .requests
            .iter()
            .enumerate()
            .map(|(index, request)| ("requests", index, &request.text, &request.quote));
        let notes = project
            .notes
            .iter()
            .enumerate()
            .map(|(index, note)| ("notes", index, &note.text, &note.quote));
        for (list, index, text, quote) in facts.chain(notes) {
            self.text(record, path.item(list, index), "text", text, LONG_TEXT_LIMIT, true);
            let (index, after) = (Some(index), Some("quote"));
            quotes.push(QuoteSite { record, owner, field: list, index, after, quote });
        }
    }

    /// Reports `id` at `path` as none of the `known` ids the file defines (an industry's or a
    /// status's), naming a few of those.
    fn unknown_id<'k>(
        &mut self,
        kind: ProblemKind,
        record: Record<'_>,
        path: &dyn Display,
        id: &str,
        known: impl ExactSizeIterator<Item = &'k str>,
        message: fn(&ValidationStrings) -> &'static str,
    ) {
        self.report(kind, record, path, |strings| {
            let known = known_ids(known, strings);
            fill(message(strings), &[("id", &strings.quote(&shown_value(id))), ("known", &known)])
        });
    }

    fn capacity_value(&mut self, record: Record<'_>, base: Path<'_>, value: f64) {
        // Most capacities are whole numbers within the range: fine, with no text to make.
        if capacity_in_bounds(value) {
            return;
        }
        let path = base.field("value");
        let shown = match self.written {
            Some(written) => {
                written.get(&path.to_string()).map_or_else(|| value.to_string(), str::to_string)
            }
            // From 2^53 up, the number read holds fewer digits than its text shows (the rest are
            // zeros), which may not be the digits written.
            None if value.abs() >= EXACT_WHOLE_NUMBERS => {
                fill(self.strings.about_number, &[("value", &value.to_string())])
            }
            None => value.to_string(),
        };
        if !value.is_finite() || value <= 0.0 {
            self.report(ProblemKind::BadCapacity, record, &path, |strings| {
                fill(strings.capacity_not_positive, &[("value", &shown)])
            });
        } else if !(CAPACITY_MIN..=CAPACITY_MAX).contains(&value) {
            self.report(ProblemKind::BadCapacity, record, &path, |strings| {
                let (min, max) = (CAPACITY_MIN.to_string(), format_western(CAPACITY_MAX));
                fill(
                    strings.capacity_out_of_range,
                    &[("min", &min), ("max", &max), ("value", &shown)],
                )
            });
        } else if shown.split_once('.').is_some_and(|(_, decimals)| decimals.len() > 2) {
            // `shown` is the shortest decimal that reads back as this number, so it has as
            // many decimals as the file wrote (84.07 is "84.07", not 84.06999…).
            self.report(ProblemKind::BadCapacity, record, &path, |strings| {
                fill(strings.capacity_decimals, &[("value", &shown)])
            });
        }
    }

    /// Reports a capacity given as exact whose quote bounds its figure, at every place it is
    /// written (`figures`), with words the suggestions read: "more than 840,000 sets" is not
    /// 840,000 sets. Only those words count here: a "top" or a range's end may say something
    /// else, and leaving out a bound the suggestions would not propose is no misstatement.
    fn unsaid_bound<'f>(
        &mut self,
        record: Record<'_>,
        base: Path<'_>,
        quote: &str,
        unit: &str,
        mut figures: impl Iterator<Item = &'f QuotedFigure>,
    ) {
        // The suggestions read a figure in Chinese (84万套, 1.2亿剂, 约10GW: a Chinese scale word
        // or unit, or a Han character right before it) with the Chinese words only, and one in
        // English with the English words: "over 1.2亿剂" is read by neither, and asks for no
        // bound.
        let said = |figure: &QuotedFigure| {
            let before = quote[..figure.span.start].trim_end_matches([' ', '\u{A0}']);
            let chinese = figure.scaled.is_some_and(|(_, word)| !word.is_ascii())
                || unit.trim_start().starts_with(|character: char| !character.is_ascii())
                || before.ends_with(is_han);
            let after_unit = unit_end(quote, figure, unit).into_iter();
            let mut said = plain_bounds(quote, &figure.span, after_unit).into_iter().flatten();
            said.find(|(_, words)| quote[words.clone()].is_ascii() != chinese)
        };
        let Some((bound, words)) = figures.next().and_then(said) else { return };
        if !figures.all(|figure| said(figure).is_some()) {
            return;
        }
        self.report(ProblemKind::BoundNotInQuote, record, &base.field("bound"), |strings| {
            let words = strings.quote(quote[words.clone()].trim());
            let bound = strings.quote(bound.code());
            fill(strings.bound_unsaid, &[("bound", &bound), ("words", &words)])
        });
    }

    /// Checks that a capacity's quote writes its figure and says its bound. An empty quote or a
    /// figure out of range is reported by the other checks, and not again here.
    fn capacity_in_quote(&mut self, record: Record<'_>, base: Path<'_>, capacity: &Capacity) {
        // Read with its whitespace collapsed, as quotes are matched to their source: a quote
        // spaced twice ("more  than 840,000") says its bound as it would spaced once.
        let quote = collapsed(&capacity.quote);
        let quote = quote.as_ref();
        // A figure whose decimals a number cannot keep is never shown as written: that is its
        // problem (`figures`), whatever its quote says.
        let decimals_lost = capacity.value >= DECIMALS_KEPT_BELOW && capacity.value.fract() != 0.0;
        if is_blank(quote) || !capacity_in_bounds(capacity.value) || decimals_lost {
            return;
        }
        // The quote's figures are read once, for its figure, the message and the bound.
        let figures = figures_in(quote);
        let stated = states(capacity.value, &capacity.unit);
        let stating: Vec<&QuotedFigure> = figures.iter().filter(|figure| stated(figure)).collect();
        if stating.is_empty() {
            self.report(ProblemKind::FigureNotInQuote, record, &base.field("value"), |strings| {
                let value = strings.quote(&capacity.value.to_string());
                let named = figures.iter().filter(|figure| figure.named);
                let named: Vec<Cow<str>> =
                    named.map(|figure| named_figure(quote, figure)).collect();
                if named.is_empty() {
                    return fill(strings.figure_no_figures, &[("value", &value)]);
                }
                let figures = known_ids(named.iter().map(AsRef::as_ref), strings);
                fill(strings.figure_not_in_quote, &[("value", &value), ("figures", &figures)])
            });
        }
        // The bound is looked for next to the capacity's figure (where the quote writes it more
        // than once, next to those followed by its unit: "about 5,000 employees make 5,000
        // tons" does not bound the tons); when the quote does not write that figure, next to any
        // of its figures, so that a wrong figure with a bound the quote says of it is one
        // problem, not two. A quote with no figure has that one problem.
        let in_unit = |figure: &&QuotedFigure| followed_by_unit(quote, figure, &capacity.unit);
        let any_in_unit = stating.iter().any(in_unit);
        // Next to its first few figures only: a quote writing one figure hundreds of times is
        // no sentence, and is not read hundreds of times for a bound.
        let Some(bound) = capacity.bound else {
            let near = stating.iter().filter(|figure| !any_in_unit || in_unit(figure));
            self.unsaid_bound(
                record,
                base,
                quote,
                &capacity.unit,
                near.take(BOUND_LOOKED_FOR_NEAR).copied(),
            );
            return;
        };
        let bounded: Vec<&QuotedFigure> = if stating.is_empty() {
            figures.iter().collect()
        } else if any_in_unit {
            stating.into_iter().filter(in_unit).collect()
        } else {
            stating
        };
        if bounded.is_empty() {
            return;
        }
        // The figures are in the order written: a figure's place among them is found by where
        // it starts, for the range it may end.
        let index = |figure: &QuotedFigure| {
            figures.binary_search_by_key(&figure.span.start, |read| read.span.start).ok()
        };
        // The bounds said next to those figures, each figure read once for all of them rather
        // than once for the bound given and again for each other: only the bounds some word of
        // the quote says are kept, and a quote that says none is not read figure by figure.
        let maybe_said = bounds_maybe_said(quote);
        // A loop over each figure's array rather than one chain of adapters over iterators:
        // the chain was 1.8 KB more of the worker's and the page's code.
        let mut said_near: Vec<Bound> = Vec::new();
        if !maybe_said.is_empty() {
            let near =
                bounded.iter().take(BOUND_LOOKED_FOR_NEAR).filter_map(|figure| index(figure));
            for at in near {
                let said = bounds_said(quote, &figures, at).into_iter().flatten();
                said_near.extend(said.filter(|said| maybe_said.contains(said)));
            }
        }
        let said = |bound: Bound| said_near.contains(&bound);
        if said(bound) {
            return;
        }
        // A quote that says another bound ("6万吨以内" given as `less-than`, where 以内 is
        // `up-to`) is answered with that bound, not with the advice to leave `bound` out, which
        // would make a bounded figure exact.
        let other = Bound::ALL.into_iter().find(|&other| other != bound && said(other));
        self.report(ProblemKind::BoundNotInQuote, record, &base.field("bound"), |strings| {
            let Some(other) = other else {
                let words = known_ids(bound_words(quote, bound).into_iter(), strings);
                let bound = strings.quote(bound.code());
                return fill(strings.bound_not_in_quote, &[("bound", &bound), ("words", &words)]);
            };
            // The words of that bound the quote writes, but for those inside a longer one it
            // writes (不超 of 不超过), or all of them where it says it with a sign or a range
            // ("840,000+", "5至6万吨"), which the list leaves out.
            let all = bound_words(quote, other);
            let lower = lowercase(quote);
            let in_quote: Vec<&str> =
                all.iter().copied().filter(|word| lower.contains(word)).collect();
            let inside_another = |word: &str| {
                in_quote.iter().any(|longer| longer.len() > word.len() && longer.contains(word))
            };
            let written: Vec<&str> =
                in_quote.iter().copied().filter(|word| !inside_another(word)).collect();
            let words = if written.is_empty() { all } else { written };
            let words = known_ids(words.into_iter(), strings);
            let [bound, other] = [bound, other].map(|bound| strings.quote(bound.code()));
            fill(
                strings.bound_other_said,
                &[("bound", &bound), ("said", &other), ("words", &words)],
            )
        });
    }

    /// Checks the directive at `index` of the briefing at `briefing`.
    fn directive(
        &mut self,
        project_ids: &HashSet<&str>,
        directive: &'d Directive,
        briefing: Path<'_>,
        index: usize,
        quotes: &mut Vec<QuoteSite<'d>>,
    ) {
        let record = Record::Directive(directive);
        let owner = Some(("directives", index));
        let path = briefing.item("directives", index);
        self.text(record, path, "theme", &directive.theme, SHORT_TEXT_LIMIT, true);
        self.text(record, path, "summary", &directive.summary, LONG_TEXT_LIMIT, true);
        let scope_path = path.field("scope");
        match &directive.scope {
            Scope::CityWide(word) if word != CITY_WIDE => {
                self.report(ProblemKind::BadScope, record, &scope_path, |strings| {
                    let value = format!("“{}”", shown_value(word));
                    fill(strings.scope_bad_word, &[("city_wide", CITY_WIDE), ("value", &value)])
                });
            }
            Scope::CityWide(_) => {}
            Scope::Projects(ids) if ids.is_empty() => {
                self.report(ProblemKind::BadScope, record, &scope_path, |strings| {
                    fill(strings.scope_empty, &[("city_wide", CITY_WIDE)])
                });
            }
            Scope::Projects(ids) => {
                let mut first_index: HashMap<&str, usize> = HashMap::new();
                for (index, id) in ids.iter().enumerate() {
                    let shown_id = |strings: &ValidationStrings| strings.quote(&shown_value(id));
                    if let Some(&first) = first_index.get(id.as_str()) {
                        self.report(
                            ProblemKind::RepeatedScopeProject,
                            record,
                            &path.item("scope", index),
                            |strings| {
                                fill(
                                    strings.scope_repeated_project,
                                    &[("id", &shown_id(strings)), ("first", &first.to_string())],
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
                            &path.item("scope", index),
                            |strings| {
                                fill(strings.scope_unknown_project, &[("id", &shown_id(strings))])
                            },
                        );
                    }
                }
            }
        }
        if directive.quotes.is_empty() {
            self.report(ProblemKind::NoQuotes, record, &path.field("quotes"), |strings| {
                strings.no_quotes.to_string()
            });
        }
        quotes.extend(QuoteSite::list(record, owner, &directive.quotes));
    }
}
