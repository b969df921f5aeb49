//! The name a project goes by where several are listed together (a chart's bars, the slides):
//! its short name, told apart by its briefing's date where the list holds two of that name.

use std::collections::HashSet;

use super::dataset::{Briefing, Dataset, Project};
use super::dataset_index::DatasetIndex;
use super::format::{around_pieces, format_date};
use super::query::ProjectKey;
use super::strings::{Piece, Strings};

/// The short names that more than one of a list's projects bear, when the list spans several
/// briefings: the same project visited twice ("Tidewater fab" in May 2023 and in March 2024)
/// otherwise reads as two alike, and its two bars as two fabs.
#[derive(Debug, Default)]
pub struct RepeatedNames<'d> {
    names: HashSet<&'d str>,
}

impl<'d> RepeatedNames<'d> {
    /// Which of the `named` projects' short names more than one of the `listed` projects bears;
    /// none (and no work) when the listed projects come from one briefing. Only the names that
    /// will be shown are looked for: a chart of 10,000 projects names a few dozen, and hashing
    /// every listed name at each filter change cost more than the rest of the charts' rebuild.
    /// And only those that more than one of the whole dataset's projects bear (`index`, of
    /// `dataset`): the listed projects are looked through only when one of those is named, as
    /// reading every listed project's name took 0.26 ms at each filter change at 10,000 projects
    /// of 1,000 briefings, for the cards and again for the charts, with no name repeated.
    pub fn among(
        dataset: &'d Dataset,
        index: &DatasetIndex,
        listed: &[ProjectKey],
        named: &[ProjectKey],
    ) -> RepeatedNames<'d> {
        let spans_briefings = listed
            .first()
            .is_some_and(|first| listed.iter().any(|key| key.briefing != first.briefing));
        if !spans_briefings {
            return RepeatedNames::default();
        }
        let repeated_in_dataset = index.repeated_short_names(dataset);
        let sought: HashSet<&str> = named
            .iter()
            .filter_map(|&key| dataset.project_at(key))
            .map(|(_, project)| project.short_name.as_str())
            .filter(|name| repeated_in_dataset.contains(*name))
            .collect();
        if sought.is_empty() {
            return RepeatedNames::default();
        }
        let mut fingerprints = Fingerprints::default();
        for name in &sought {
            fingerprints.insert(name);
        }
        let mut seen = HashSet::new();
        let mut names = HashSet::new();
        for (_, project) in listed.iter().filter_map(|&key| dataset.project_at(key)) {
            let name = project.short_name.as_str();
            if fingerprints.may_hold(name) && sought.contains(name) && !seen.insert(name) {
                names.insert(name);
            }
        }
        RepeatedNames { names }
    }

    /// The project's short name, with its briefing's date where another listed project bears
    /// the same name ("Tidewater fab (May 12, 2023)"), as pieces for a page that marks the
    /// data's words with their language: the name a [`Piece::Value`] of slot 0 (the data's
    /// words), and the date with the words around it [`Piece::Words`] (the interface's, as the
    /// date is written in its language).
    pub fn label_pieces(
        &self,
        briefing: &Briefing,
        project: &Project,
        strings: &Strings,
    ) -> Vec<Piece> {
        if self.is_repeated(project) {
            dated_name_pieces(briefing, project, strings)
        } else {
            vec![Piece::Value { slot: 0, text: project.short_name.clone() }]
        }
    }

    /// Whether another listed project bears this project's short name, so that its name alone
    /// does not say which of them it is.
    pub fn is_repeated(&self, project: &Project) -> bool {
        self.names.contains(project.short_name.as_str())
    }
}

/// The project's short name with its briefing's date ("Tidewater fab (May 12, 2023)"), as
/// [`RepeatedNames::label_pieces`] gives it for a name that another listed project bears. The
/// date's parts are [`Piece::Unbroken`] runs ([`date_runs`]).
pub fn dated_name_pieces(briefing: &Briefing, project: &Project, strings: &Strings) -> Vec<Piece> {
    let name = vec![Piece::Value { slot: 0, text: project.short_name.clone() }];
    let date = format_date(briefing.date.as_ref(), strings);
    let pieces = around_pieces(strings.project_of_date, "name", name, &[("date", &date)]);
    let year = briefing.date.as_ref().and_then(|date| date.year).map(|year| year.to_string());
    pieces.into_iter().flat_map(|piece| date_runs(piece, year.as_deref())).collect()
}

/// `piece` as it stands, or, for the words around a name (its date with the brackets), those
/// words as runs a line keeps whole, with the spaces between them words of their own: a line
/// may break at a space, after the year's word where the month follows ("（2023年" and
/// "5月12日）"), and before a bracket inside ("（5月12日" and "（年份未注明））"), and nowhere else.
/// A narrow cell broke the date between any two of its Chinese characters, leaving "日）" alone
/// on a line.
fn date_runs(piece: Piece, year: Option<&str>) -> Vec<Piece> {
    let Piece::Words(words) = piece else { return vec![piece] };
    let mut pieces = Vec::new();
    let mut rest = words.as_str();
    while !rest.is_empty() {
        let spaces = rest.len() - rest.trim_start().len();
        if spaces > 0 {
            pieces.push(Piece::Words(rest[..spaces].to_string()));
            rest = &rest[spaces..];
            continue;
        }
        let run = &rest[..rest.find(char::is_whitespace).unwrap_or(rest.len())];
        let mut start = 0;
        for end in run_breaks(run, year).into_iter().chain([run.len()]) {
            pieces.push(Piece::Unbroken(run[start..end].to_string()));
            start = end;
        }
        rest = &rest[run.len()..];
    }
    pieces
}

/// Where inside `run` (a date's text without spaces) a line may break, in order: after the
/// year and the word that follows it, when more of the date follows ("2023年|5月12日"), and
/// before an opening bracket that does not begin the run.
fn run_breaks(run: &str, year: Option<&str>) -> Vec<usize> {
    let after_year = year.and_then(|year| {
        let end = run.find(year)? + year.len();
        let word = run[end..].find(|c: char| !c.is_alphabetic()).map_or(run.len(), |at| end + at);
        run[word..].starts_with(char::is_alphanumeric).then_some(word)
    });
    let brackets = run.char_indices().filter(|&(at, c)| at > 0 && matches!(c, '(' | '（'));
    let mut breaks: Vec<usize> = after_year.into_iter().chain(brackets.map(|(at, _)| at)).collect();
    breaks.sort_unstable();
    breaks.dedup();
    breaks
}

/// A set of names' fingerprints (length, first and last byte): a name whose fingerprint is not
/// in it is none of those names, which rules out nearly every listed project without hashing its
/// name; one that is in it may be, and is looked up.
#[derive(Default)]
struct Fingerprints {
    bits: [u64; 16],
}

impl Fingerprints {
    fn insert(&mut self, name: &str) {
        let bit = Self::bit(name);
        self.bits[bit / 64] |= 1 << (bit % 64);
    }

    fn may_hold(&self, name: &str) -> bool {
        let bit = Self::bit(name);
        self.bits[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// One of the set's 1,024 bits.
    fn bit(name: &str) -> usize {
        let bytes = name.as_bytes();
        let first = bytes.first().copied().unwrap_or(0) as usize;
        let last = bytes.last().copied().unwrap_or(0) as usize;
        (bytes.len().wrapping_mul(97) ^ first.wrapping_mul(31) ^ last) % 1024
    }
}
