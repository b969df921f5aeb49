//! Accepting a suggestion: the edit that makes it the record it describes, so that an author
//! confirms what the rules found instead of typing it again. Every record quotes the whole
//! sentence its fact is in, verbatim, as the `draft` command's records do, because a sentence is
//! what a reader checks a fact against; what the text does not give (a project's enterprise or
//! industry, a capacity's period) is left empty for the validator to ask the author for, never
//! guessed.
//!
//! The editor hides a suggestion the draft already reflects ([`is_reflected`]), so one that is
//! accepted disappears, and comes back when the edit is undone.

use std::cell::OnceCell;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::ops::Range;

use aho_corasick::AhoCorasick;

use crate::model::dataset::{
    Briefing, BriefingDate, Capacity, Dataset, Industry, Note, Official, Project, StatedStatus,
    Status,
};
use crate::model::format::{bounded, format_date, format_figure, format_western};
use crate::model::strings::editor::EditorStrings;
use crate::model::strings::{fill, Strings};
use crate::model::suggest::document::Document;
use crate::model::suggest::draft::{
    capitalised, clean_text, industries_named, industry_label, industry_near, place, quote, sector,
    sentence_quote, short_name,
};
use crate::model::suggest::rules::known_stage_label;
use crate::model::suggest::Language as TextLanguage;
use crate::model::suggest::{Fact, Language, Measure, OfficialMention, ProjectMention, Suggestion};
use crate::model::text::{fold_words, normalise_whitespace, overlaps};

use super::edit::{apply_edit, Edit, Header, Place, Record};
use super::history::SuggestionKey;
use super::propose::{period_in, RecordKind};
use crate::model::text::unique_id;

/// Why a suggestion cannot be accepted as it stands; the draft is not changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AcceptError {
    /// A capacity, amount or status whose project is not in the draft: the author makes (or
    /// accepts) the project first.
    NoProject,
    /// The draft already holds what the suggestion says.
    AlreadyThere,
    /// The project at this index of the briefing already has another capacity: a project has at
    /// most one, and the author's is kept.
    HasCapacity(usize),
    /// The project at this index of the briefing already has another status.
    HasStatus(usize),
    /// The briefing already has another date: a briefing has one, and the author's is kept (a
    /// date the text gives for another event, "construction started on March 3", replaced the
    /// briefing's and dropped its year).
    HasDate,
    /// The draft has no briefing at that index.
    NoSuchBriefing,
}

/// The kind of record a suggestion becomes, so that the editor shows it beside the button that
/// makes that kind by hand; none for a date or an official, which go into the briefing's header.
pub fn suggestion_record_kind(fact: &Fact) -> Option<RecordKind> {
    match fact {
        Fact::Project(_) => Some(RecordKind::Project),
        Fact::Capacity(_) => Some(RecordKind::Capacity),
        Fact::Status { .. } => Some(RecordKind::Status),
        Fact::Amount(_) => Some(RecordKind::Note),
        Fact::Date(_) | Fact::Official(_) => None,
    }
}

/// The edit that makes `suggestion` (found in the source text of `draft`'s briefing at
/// `briefing`) the record it describes: a new project (and its industry when the text names a
/// new one), a project's capacity, status or note, or the header's date or people with the
/// sentence that states them. Several edits come as one [`Edit::Batch`], one undo step.
pub fn accept_suggestion(
    draft: &Dataset,
    briefing: usize,
    suggestion: &Suggestion,
) -> Result<Edit, AcceptError> {
    let edited = draft.briefings.get(briefing).ok_or(AcceptError::NoSuchBriefing)?;
    let reflection = Reflection::new(edited, std::slice::from_ref(suggestion));
    accept_from(&Source::of(edited), &reflection, draft, briefing, 0)
}

/// One edit accepting each of `suggestions` in turn, each against the draft as the ones before
/// it left it, so that "accept all projects" and then "accept all capacities" are one undo step
/// each; a suggestion that cannot be accepted is skipped. A briefing has one date, so only the
/// first date is taken, as the `draft` command takes it. An empty batch when none can be.
pub fn accept_all(draft: &Dataset, briefing: usize, suggestions: &[Suggestion]) -> Edit {
    let Some(edited) = draft.briefings.get(briefing) else {
        return Edit::Batch(Vec::new());
    };
    // Accepting never changes the source text, so it is cut into sentences once.
    let source = Source::of(edited);
    let mut reflection = Reflection::new(edited, suggestions);
    let mut accepted = draft.clone();
    let mut edits = Vec::new();
    // A briefing holds one date: "Accept all" never replaces one it has.
    let mut dated = edited.date.is_some();
    for (index, suggestion) in suggestions.iter().enumerate() {
        let is_date = matches!(suggestion.fact, Fact::Date(_));
        if dated && is_date {
            continue;
        }
        let Ok(edit) = accept_from(&source, &reflection, &accepted, briefing, index) else {
            continue;
        };
        let known = accepted.briefings[briefing].projects.len();
        if apply_edit(&mut accepted, briefing, edit.clone()).is_ok() {
            // An accept adds projects at the end and never renames one or changes its quotes,
            // so the reflection only has to take in the new ones.
            for (added, project) in
                accepted.briefings[briefing].projects.iter().enumerate().skip(known)
            {
                reflection.add_project(added, project);
            }
            edits.push(edit);
            dated |= is_date;
        }
    }
    Edit::Batch(edits)
}

/// Whether `draft`'s briefing at `briefing` already holds what `suggestion` says: a project of
/// that name (to a reader: case and spacing aside), or the project accepted from it and
/// renamed; that project's capacity of that value and of the bound the text gives it
/// ([`reflects_measure`]), status of that id or note with those words;
/// that date; that person among the officials or those taking part.
pub fn is_reflected(draft: &Dataset, briefing: usize, suggestion: &Suggestion) -> bool {
    reflected(draft, briefing, std::slice::from_ref(suggestion))[0]
}

/// For each of `suggestions`, whether `draft`'s briefing at `briefing` already holds what it
/// says ([`is_reflected`]), told for all of them at once ([`Reflection`]); none is when the
/// draft has no briefing there.
pub fn reflected(draft: &Dataset, briefing: usize, suggestions: &[Suggestion]) -> Vec<bool> {
    let Some(briefing) = draft.briefings.get(briefing) else {
        return vec![false; suggestions.len()];
    };
    let reflection = Reflection::new(briefing, suggestions);
    (0..suggestions.len()).map(|index| reflection.holds(briefing, index)).collect()
}

/// The suggestions of `suggestions` still open for `draft`'s briefing at `briefing`: those it
/// does not reflect ([`reflected`]) and the author has not set aside ([`SetAside`]).
pub fn open_suggestions(
    draft: &Dataset,
    briefing: usize,
    suggestions: &[Suggestion],
    set_aside: &SetAside,
) -> Vec<Suggestion> {
    let Some(briefing) = draft.briefings.get(briefing) else {
        return suggestions
            .iter()
            .filter(|suggestion| !set_aside.dismissed.contains(&(suggestion.start, suggestion.end)))
            .cloned()
            .collect();
    };
    let reflection = Reflection::new(briefing, suggestions);
    suggestions
        .iter()
        .enumerate()
        .filter(|&(index, suggestion)| {
            let key = (suggestion.start, suggestion.end);
            let form_record_kept = set_aside.accepted_by_form.contains(&key)
                && reflection.keeps_record_from(briefing, index);
            !(reflection.holds(briefing, index)
                || set_aside.dismissed.contains(&key)
                || form_record_kept)
        })
        .map(|(_, suggestion)| suggestion.clone())
        .collect()
}

/// The suggestions the author set aside, by character range in the source text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SetAside {
    /// Dismissed: out of the list until the author restores them or undoes the dismissal.
    pub dismissed: BTreeSet<SuggestionKey>,
    /// Accepted through their Edit form, whatever the author corrected there: out of the list
    /// while the record the form made is in the briefing. Once the author deletes that record,
    /// the suggestion is offered again, as one accepted with its own Accept button is.
    pub accepted_by_form: BTreeSet<SuggestionKey>,
}

/// Which of a list of suggestions a briefing already reflects ([`reflected`]), told for the
/// whole list at once. Each project's name is folded once, and each project's quotes are read
/// once for every suggestion's words together (one automaton), where asking about each
/// suggestion alone read every project's quotes again: with 3,800 projects, telling which of
/// 11,000 suggestions are still open took 1.7 s at every edit, natively, and accepting all of
/// the projects 14.5 s, since each accepted one asked again. A batch of accepts keeps one
/// reflection up to date as it adds projects ([`accept_all`]).
///
/// What a project holds (its capacity, status and notes) and the briefing's header are read from
/// the briefing asked about, as it is then; only the projects' names and quotes are indexed.
struct Reflection<'s> {
    suggestions: &'s [Suggestion],
    /// The projects' names, folded ([`fold_words`]).
    names: HashSet<String>,
    /// The first project of each name as written, for the project a fact's suggestion names.
    by_name: HashMap<String, usize>,
    /// The project suggestions' words, folded, looked for in each project's first quote.
    mention_words: Words,
    /// The other suggestions' words, whitespace collapsed, looked for in every quote.
    fact_words: Words,
    /// Each suggestion whose project was accepted from it and renamed
    /// ([`renamed_from_mention`]).
    renamed: Vec<bool>,
    /// Each project suggestion whose words a project's first quote holds: the project made
    /// from it, whatever its name.
    mentioned: Vec<bool>,
    /// Each suggestion's first project whose quotes hold its words, for a fact whose project
    /// the author renamed or made by selecting its sentence.
    quoted_by: Vec<Option<usize>>,
}

impl<'s> Reflection<'s> {
    fn new(briefing: &Briefing, suggestions: &'s [Suggestion]) -> Reflection<'s> {
        let words_of = |project_fact: bool| {
            suggestions.iter().enumerate().filter_map(move |(index, suggestion)| {
                let is_project = matches!(suggestion.fact, Fact::Project(_));
                (is_project == project_fact).then(|| {
                    let words = if is_project {
                        fold_words(&suggestion.quote)
                    } else {
                        normalise_whitespace(&suggestion.quote)
                    };
                    (index, words)
                })
            })
        };
        let mut reflection = Reflection {
            suggestions,
            names: HashSet::new(),
            by_name: HashMap::new(),
            mention_words: Words::new(words_of(true)),
            fact_words: Words::new(words_of(false)),
            renamed: vec![false; suggestions.len()],
            mentioned: vec![false; suggestions.len()],
            quoted_by: vec![None; suggestions.len()],
        };
        for (index, project) in briefing.projects.iter().enumerate() {
            reflection.add_project(index, project);
        }
        reflection
    }

    /// Takes in the project at `index`, added after those already taken in.
    fn add_project(&mut self, index: usize, project: &Project) {
        let name = fold_words(&project.name);
        if let Some(first_quote) = project.quotes.first().map(|quote| fold_words(quote)) {
            for found in self.mention_words.found_in(&first_quote) {
                let renamed =
                    renamed_from_mention(&name, &first_quote, &self.mention_words.texts[found]);
                for &suggestion in &self.mention_words.owners[found] {
                    self.mentioned[suggestion] = true;
                    self.renamed[suggestion] |= renamed;
                }
            }
        }
        self.names.insert(name);
        self.by_name.entry(project.name.clone()).or_insert(index);
        for quote in &project.quotes {
            for found in self.fact_words.found_in(&normalise_whitespace(quote)) {
                for &suggestion in &self.fact_words.owners[found] {
                    self.quoted_by[suggestion].get_or_insert(index);
                }
            }
        }
    }

    /// The project a capacity, amount or status belongs to: the one of the name the suggestion
    /// gives, else the first whose quotes hold the suggestion's words (an author may have
    /// renamed the project, or made it by selecting its sentence).
    fn project_of(&self, index: usize) -> Option<usize> {
        let named = self.suggestions[index].project.as_deref().map(clean_text);
        named.and_then(|name| self.by_name.get(&name).copied()).or(self.quoted_by[index])
    }

    /// The project Accept gives a capacity, amount or status ([`Self::project_of`]), only for
    /// one whose text names a project: a fact the text ties to no one project is never given
    /// one, since a project quoting its sentence may be another project's (QA: "The auto parts
    /// industrial park of Xinhe Parts, with a total investment of 2.2 billion yuan", quoted by
    /// the vehicle project before it, gave that project the park's investment). Its author
    /// chooses the project in its form.
    fn project_to_accept_for(&self, index: usize) -> Result<usize, AcceptError> {
        self.suggestions[index]
            .project
            .as_ref()
            .and_then(|_| self.project_of(index))
            .ok_or(AcceptError::NoProject)
    }

    /// Whether `briefing` (the one this reflection was made of, as it is now) already holds
    /// what the suggestion at `index` says (see [`is_reflected`]).
    fn holds(&self, briefing: &Briefing, index: usize) -> bool {
        let suggestion = &self.suggestions[index];
        let project = || self.project_of(index).and_then(|index| briefing.projects.get(index));
        match &suggestion.fact {
            Fact::Project(mention) => {
                self.renamed[index] || self.names.contains(&fold_words(&clean_text(&mention.name)))
            }
            Fact::Capacity(measure) => project()
                .and_then(|project| project.capacity.as_ref())
                .is_some_and(|capacity| reflects_measure(capacity, measure)),
            Fact::Status { status } => project()
                .and_then(|project| project.status.as_ref())
                .is_some_and(|stated| stated.id == *status),
            Fact::Amount(_) => {
                let words = amount_words(suggestion).to_lowercase();
                project().is_some_and(|project| {
                    project.notes.iter().any(|note| {
                        normalise_whitespace(&note.text).to_lowercase().contains(&words)
                    })
                })
            }
            Fact::Date(date) => briefing.date.is_some_and(|stated| {
                (stated.month, stated.day) == (date.month, date.day)
                    && date.year.is_none_or(|year| stated.year == Some(year))
            }),
            Fact::Official(official) => {
                let name = clean_text(&official.name);
                let participant = clean_text(&official.participant());
                briefing.officials.iter().any(|known| known.name == name)
                    || briefing
                        .participants
                        .iter()
                        .any(|known| *known == name || *known == participant)
            }
        }
    }

    /// Whether `briefing` still has a record made from the suggestion at `index`, whatever
    /// values the author gave it: a project whose first quote holds the mention; the capacity,
    /// status or note of the suggestion's project quoting its words; a date. A header's
    /// officials quote nothing of their own, so one accepted through its form counts as kept.
    fn keeps_record_from(&self, briefing: &Briefing, index: usize) -> bool {
        let suggestion = &self.suggestions[index];
        let words = normalise_whitespace(&suggestion.quote);
        let quotes_it = |quote: &str| normalise_whitespace(quote).contains(&words);
        let project = || self.project_of(index).and_then(|index| briefing.projects.get(index));
        match &suggestion.fact {
            Fact::Project(_) => self.mentioned[index],
            Fact::Capacity(_) => project()
                .and_then(|project| project.capacity.as_ref())
                .is_some_and(|capacity| quotes_it(&capacity.quote)),
            Fact::Status { .. } => project()
                .and_then(|project| project.status.as_ref())
                .is_some_and(|status| quotes_it(&status.quote)),
            Fact::Amount(_) => project()
                .is_some_and(|project| project.notes.iter().any(|note| quotes_it(&note.quote))),
            Fact::Date(_) => briefing.date.is_some(),
            Fact::Official(_) => true,
        }
    }
}

/// Suggestions' words, each distinct one once, with the suggestions that have them, and an
/// automaton that finds them all in a quote in one pass.
struct Words {
    texts: Vec<String>,
    /// The suggestions (by index) that have each of `texts`.
    owners: Vec<Vec<usize>>,
    /// None when there are no words, or past the automaton's size limits (far beyond what a
    /// text's suggestions make); no words are found then.
    finder: Option<AhoCorasick>,
}

impl Words {
    fn new(words: impl Iterator<Item = (usize, String)>) -> Words {
        let mut at: HashMap<String, usize> = HashMap::new();
        let (mut texts, mut owners) = (Vec::new(), Vec::<Vec<usize>>::new());
        for (suggestion, words) in words.filter(|(_, words)| !words.is_empty()) {
            let found = *at.entry(words).or_insert_with_key(|words| {
                texts.push(words.clone());
                owners.push(Vec::new());
                texts.len() - 1
            });
            owners[found].push(suggestion);
        }
        let finder = if texts.is_empty() { None } else { AhoCorasick::new(&texts).ok() };
        Words { texts, owners, finder }
    }

    /// The words (by index into `texts`) that `haystack` holds, each once.
    fn found_in(&self, haystack: &str) -> Vec<usize> {
        let Some(finder) = &self.finder else { return Vec::new() };
        let mut found: Vec<usize> = finder
            .find_overlapping_iter(haystack)
            .map(|found| found.pattern().as_usize())
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    }
}

/// A briefing's source text cut into sentences, and its language, for quoting whole sentences.
struct Source<'text> {
    document: Document<'text>,
    language: Language,
    /// The industries the text names, found at the first project accepted: accepting all of a
    /// long text's projects looked for them in the whole text once per project.
    industries: OnceCell<Vec<(usize, String)>>,
}

impl<'text> Source<'text> {
    fn of(briefing: &'text Briefing) -> Source<'text> {
        let text = &briefing.source.text;
        let language =
            Language::from_code(&briefing.source.language).unwrap_or_else(|| Language::guess(text));
        Source { document: Document::new(text), language, industries: OnceCell::new() }
    }

    /// The sentence holding the suggestion, whitespace collapsed; the suggestion's own words
    /// when there is no sentence to quote (its offsets are past the text) or the sentence holds
    /// a control character, which no quote may.
    fn sentence(&self, suggestion: &Suggestion) -> String {
        sentence_quote(&self.document, suggestion.start)
            .unwrap_or_else(|| normalise_whitespace(&suggestion.quote))
    }
}

/// Whether a project's `capacity` says what the suggested `measure` does: the same figure, with
/// the bound the text gives it. A capacity entered without that bound ("840,000 sets" where the
/// text says "more than 840,000 sets") leaves the suggestion open, so that the author sees what
/// the validator will ask for; one the author bounded where the suggestion reads no bound
/// ("above 5 GW", which the suggestions do not read as one) is the author's reading, and kept.
fn reflects_measure(capacity: &Capacity, measure: &Measure) -> bool {
    capacity.value == measure.value.to_f64()
        && (measure.bound.is_none() || capacity.bound == measure.bound)
}

/// The edit accepting the suggestion at `index` of those `reflection` was made for, against
/// `draft` as it is now (the reflection kept up to date with it).
fn accept_from(
    source: &Source,
    reflection: &Reflection,
    draft: &Dataset,
    briefing: usize,
    index: usize,
) -> Result<Edit, AcceptError> {
    let edited = draft.briefings.get(briefing).ok_or(AcceptError::NoSuchBriefing)?;
    if reflection.holds(edited, index) {
        return Err(AcceptError::AlreadyThere);
    }
    let suggestion = &reflection.suggestions[index];
    let sentence = source.sentence(suggestion);
    let edits = match &suggestion.fact {
        Fact::Project(mention) => accept_project(source, draft, edited, suggestion.start, mention),
        Fact::Capacity(measure) => {
            let project = reflection.project_to_accept_for(index)?;
            match &edited.projects[project].capacity {
                // Only the bound the text gives may be added to the author's figure ("840,000
                // sets" and then "more than 840,000 sets"), as a date's missing year may; the
                // rest of what the author wrote (unit, period, of) is kept, and so is the quote
                // when it holds the suggestion's words, bound and all: else the sentence that
                // states the bound is quoted, which the validator asks of a bounded figure.
                Some(held)
                    if measure.bound.is_some()
                        && held.bound.is_none()
                        && held.value == measure.value.to_f64() =>
                {
                    let quotes_bound = normalise_whitespace(&held.quote)
                        .contains(&normalise_whitespace(&suggestion.quote));
                    let quote = if quotes_bound { held.quote.clone() } else { sentence };
                    let bounded = Capacity { bound: measure.bound, quote, ..held.clone() };
                    vec![Edit::Replace(Place::Capacity(project), Record::Capacity(bounded))]
                }
                Some(_) => return Err(AcceptError::HasCapacity(project)),
                None => vec![Edit::Insert(
                    Place::Capacity(project),
                    Record::Capacity(capacity(measure, sentence, &edited.source.language)),
                )],
            }
        }
        Fact::Amount(_) => {
            let project = reflection.project_to_accept_for(index)?;
            let note = Note { text: capitalised(&amount_words(suggestion)), quote: sentence };
            let place = Place::Note(project, edited.projects[project].notes.len());
            vec![Edit::Insert(place, Record::Note(note))]
        }
        Fact::Status { status } => {
            let project = reflection.project_to_accept_for(index)?;
            if edited.projects[project].status.is_some() {
                return Err(AcceptError::HasStatus(project));
            }
            let mut edits: Vec<Edit> =
                status_definition(draft, edited, status).into_iter().collect();
            let stated = StatedStatus { id: status.clone(), quote: sentence };
            edits.push(Edit::Insert(Place::ProjectStatus(project), Record::ProjectStatus(stated)));
            edits
        }
        Fact::Date(date) => {
            // Only the year a date lacks may be added to it ("March 3" and then "March 3, 2025").
            let completes = |held: &BriefingDate| {
                held.year.is_none() && (held.month, held.day) == (date.month, date.day)
            };
            if edited.date.as_ref().is_some_and(|held| !completes(held)) {
                return Err(AcceptError::HasDate);
            }
            let mut header = Header::of(edited);
            header.date = Some(BriefingDate { year: date.year, month: date.month, day: date.day });
            header_edits(edited, header, sentence)
        }
        Fact::Official(official) => {
            let mut header = Header::of(edited);
            add_person(&mut header, official);
            header_edits(edited, header, sentence)
        }
    };
    Ok(one_edit(edits))
}

/// What a refused Accept tells the author, in the interface's language (`strings`, with dates
/// written as `shown` writes them): for a project that already has a capacity or a status, or a
/// briefing that already has a date, which one it has ("“BYD” already has a capacity: 12 GWh a
/// year."), since "the draft already holds that" would say the draft holds the suggested figure
/// when it holds another. `named_project` tells a fact whose project the text names from one it
/// ties to none. A project no longer in the draft falls back to the general message.
pub fn refusal_text(
    error: AcceptError,
    named_project: bool,
    draft: &Dataset,
    briefing: usize,
    (strings, shown): (&EditorStrings, &Strings),
) -> String {
    let project = |index: usize| draft.briefings.get(briefing)?.projects.get(index);
    match error {
        AcceptError::NoProject if named_project => strings.accept_needs_project.to_string(),
        AcceptError::NoProject => strings.accept_no_project_named.to_string(),
        AcceptError::NoSuchBriefing => strings.edit_refused_place.to_string(),
        AcceptError::HasCapacity(index) => match project(index) {
            Some(Project { name, capacity: Some(held), .. }) => {
                let figure = format!("{} {}", format_western(held.value), held.unit);
                let figure = bounded(figure, held.bound, shown);
                let period = Some(held.period.as_str()).filter(|period| !period.is_empty());
                let held = figure_per_period(figure, period, strings);
                fill(strings.accept_has_capacity, &[("project", name), ("capacity", &held)])
            }
            _ => strings.accept_already_there.to_string(),
        },
        AcceptError::HasStatus(index) => match project(index) {
            Some(Project { name, status: Some(held), .. }) => {
                let label = draft
                    .statuses
                    .iter()
                    .find(|status| status.id == held.id)
                    .map_or(held.id.as_str(), |status| status.label.as_str());
                fill(strings.accept_has_status, &[("project", name), ("status", label)])
            }
            _ => strings.accept_already_there.to_string(),
        },
        AcceptError::HasDate => {
            match draft.briefings.get(briefing).and_then(|held| held.date.as_ref()) {
                Some(held) => {
                    fill(strings.accept_has_date, &[("date", &format_date(Some(held), shown))])
                }
                None => strings.accept_already_there.to_string(),
            }
        }
        AcceptError::AlreadyThere => strings.accept_already_there.to_string(),
    }
}

/// A figure and the period it is counted per, in the interface's language ("12 GWh a year",
/// "12 GWh/年"), or the figure alone when no period is given.
pub fn figure_per_period(figure: String, period: Option<&str>, strings: &EditorStrings) -> String {
    match period {
        Some(period) => fill(
            strings.figure_per_period,
            &[("figure", &figure), ("period", strings.periods.word(period))],
        ),
        None => figure,
    }
}

/// A capacity as the records list writes it: its figure with its period, as the suggestion
/// offered it ("1,200,000 sets a year", "84万套/年"), or the figure alone where the source
/// states no period ("20 GWh"). The list wrote the figure alone, so the two looked the same.
pub fn capacity_in_words(capacity: &Capacity, shown: &Strings, strings: &EditorStrings) -> String {
    let period = Some(capacity.period.as_str()).filter(|period| !period.trim().is_empty());
    let figure =
        bounded(format_figure(capacity.value, &capacity.unit, shown), capacity.bound, shown);
    figure_per_period(figure, period, strings)
}

/// The only edit, or a batch of several.
fn one_edit(edits: Vec<Edit>) -> Edit {
    match <[Edit; 1]>::try_from(edits) {
        Ok([edit]) => edit,
        Err(edits) => Edit::Batch(edits),
    }
}

/// A new project at the end of the briefing's list, named and quoted as the `draft` command
/// names and quotes it, with the industry the text names in its paragraph (added to the
/// dataset's industries when new) or none.
fn accept_project(
    source: &Source,
    draft: &Dataset,
    briefing: &Briefing,
    start: usize,
    mention: &ProjectMention,
) -> Vec<Edit> {
    let document = &source.document;
    let quotes =
        mention.sentences.iter().filter_map(|span| quote(document, span.start, span.end)).collect();
    let enterprise = mention.enterprise.as_deref();
    // What its capacities count, as the `draft` command's sector: a name such as "BYD's annual
    // output of 840,000 sets of drive motors … project" holds its own.
    let sector = sector(&mention.name, enterprise, mention.makes.as_deref());
    let short_name = short_name(&mention.name, enterprise, &sector, source.language);
    let mut edits = Vec::new();
    let named = source.industries.get_or_init(|| industries_named(document.text, source.language));
    let industry = match industry_near(document, named, document.byte_offset(start)) {
        Some(name) => {
            let (id, new) = industry_for(&draft.industries, &name);
            if let Some(new) = new {
                let place = Place::Industry(draft.industries.len());
                edits.push(Edit::Insert(place, Record::Industry(new)));
            }
            id
        }
        None => String::new(),
    };
    let taken = |id: &str| {
        draft
            .briefings
            .iter()
            .flat_map(|briefing| &briefing.projects)
            .any(|project| project.id == id)
    };
    let project = Project {
        id: unique_id(&short_name, "project", taken),
        name: clean_text(&mention.name),
        short_name,
        enterprise: mention.stated_enterprise().map(clean_text).unwrap_or_default(),
        industry,
        industry_inferred: None,
        sector,
        status: None,
        capacity: None,
        requests: Vec::new(),
        quotes,
        notes: Vec::new(),
    };
    let place = Place::Project(briefing.projects.len());
    edits.push(Edit::Insert(place, Record::Project(Box::new(project))));
    edits
}

/// The id of the industry `name` (as the text names it): an existing one of that label, or of
/// the id that label makes, else a new industry to add.
fn industry_for(industries: &[Industry], name: &str) -> (String, Option<Industry>) {
    let label = industry_label(name);
    // Without a Latin letter or digit the label makes no id of its own (an empty fallback), and
    // only the label can match.
    let id_of_label = unique_id(&label, "", |_| false);
    let existing = industries.iter().find(|industry| {
        industry.label.to_lowercase() == label.to_lowercase()
            || (!id_of_label.is_empty() && industry.id == id_of_label)
    });
    match existing {
        Some(industry) => (industry.id.clone(), None),
        None => {
            let taken = |id: &str| industries.iter().any(|industry| industry.id == id);
            let id = unique_id(&label, "industry", taken);
            (id.clone(), Some(Industry { id, label, color: None }))
        }
    }
}

/// The capacity a measure states, quoted by its sentence; the period is empty when the text
/// gives none, for the validator to ask for it.
fn capacity(measure: &Measure, sentence: String, language: &str) -> Capacity {
    Capacity {
        value: measure.value.to_f64(),
        unit: clean_text(&measure.unit),
        period: measure
            .period
            .as_deref()
            .map(|period| period_in(period, language))
            .unwrap_or_default(),
        of: measure.of.as_deref().map(clean_text),
        bound: measure.bound,
        quote: sentence,
    }
}

/// The words of an amount suggestion ("total investment of 4.5 billion yuan").
fn amount_words(suggestion: &Suggestion) -> String {
    normalise_whitespace(&suggestion.quote)
}

/// An amount's figure as the text writes it, with what bounds it: "more than 8 billion yuan"
/// from "total investment of more than 8 billion yuan", "超过80亿元" from "总投资超过80亿元".
/// The value alone ("8,000,000,000 yuan") would drop "more than", and the text's own words read
/// more easily than eleven digits. What the money is (`of`) is said apart.
pub fn amount_as_written(suggestion: &Suggestion) -> String {
    let words = amount_words(suggestion);
    let Fact::Amount(measure) = &suggestion.fact else { return words };
    let Some(figure) = measure.of.as_deref().and_then(|of| words.strip_prefix(of)) else {
        return words;
    };
    let figure = figure.trim_start();
    let figure = ["of ", "为", "达"]
        .iter()
        .find_map(|joint| figure.strip_prefix(joint))
        .unwrap_or(figure)
        .trim_start();
    if figure.is_empty() {
        words
    } else {
        figure.to_string()
    }
}

/// An official leads (with the role capitalised as a title); anyone else takes part.
fn add_person(header: &mut Header, official: &OfficialMention) {
    if official.taking_part {
        header.participants.push(clean_text(&official.participant()));
    } else {
        let name = clean_text(&official.name);
        header.officials.push(Official { name, role: capitalised(&clean_text(&official.role)) });
    }
}

/// The edit that defines the status `id` when `draft` does not and it is a stage the suggestion
/// rules find ([`status_to_define`]): a status stated by a selection (S) or accepted from a
/// suggestion comes with its definition, where the selection's was left "not defined".
pub fn status_definition(draft: &Dataset, briefing: &Briefing, id: &str) -> Option<Edit> {
    let new = status_to_define(draft, briefing, id)?;
    Some(Edit::Insert(Place::Status(draft.statuses.len()), Record::Status(new)))
}

/// The status `id` as [`status_definition`] defines it: a stage the suggestion rules find
/// (`in-operation`, `full-production`), labelled in the language of `briefing`'s text, which its
/// readers read. None for a status `draft` defines already, or an id the rules do not know (the
/// author defines that one).
pub fn status_to_define(draft: &Dataset, briefing: &Briefing, id: &str) -> Option<Status> {
    if draft.statuses.iter().any(|known| known.id == id) {
        return None;
    }
    let language =
        TextLanguage::from_code(&briefing.source.language).unwrap_or(TextLanguage::English);
    let label = known_stage_label(id, language)?.to_string();
    Some(Status { id: id.to_string(), label })
}

/// The edit that gives the header of the briefing at `briefing` the place its text names (as the
/// `draft` command finds it), with a sentence naming it among the header's quotes: one quoted
/// already, as the date's often is, else the shortest that names it (the least for a reader to
/// check it against). None when the header has a place already or the text names none.
pub fn propose_place(draft: &Dataset, briefing: usize) -> Option<Edit> {
    let edited = draft.briefings.get(briefing)?;
    if !edited.place.trim().is_empty() {
        return None;
    }
    let source = Source::of(edited);
    let text = &edited.source.text;
    let name = place(text, source.language)?;
    let quoted = edited.quotes.iter().find(|quote| quote.contains(&name)).cloned();
    let shortest = || shortest_sentence_naming(&source.document, &name);
    let sentence = quoted.or_else(shortest).unwrap_or_else(|| name.clone());
    let mut header = Header::of(edited);
    header.place = name;
    Some(one_edit(header_edits(edited, header, sentence)))
}

/// The shortest sentence of the document that names `name`, quoted (the first of the shortest;
/// one that cannot be quoted is passed over). Each sentence is measured once, and only the one
/// chosen is copied, however often the text names the place.
fn shortest_sentence_naming(document: &Document, name: &str) -> Option<String> {
    // The mentions come in order, so a sentence's are next to each other.
    let mut sentences: Vec<usize> = document
        .text
        .match_indices(name)
        .filter_map(|(start, _)| document.sentence_at(start))
        .collect();
    sentences.dedup();
    // By length in characters, as a reader counts (curly quotes and dashes are three bytes); a
    // stable sort: of sentences as short, the first in the text comes first.
    sentences.sort_by_key(|&sentence| {
        let range = &document.sentences[sentence].range;
        document.char_offset(range.end) - document.char_offset(range.start)
    });
    sentences.into_iter().find_map(|sentence| {
        let range = &document.sentences[sentence].range;
        quote(document, document.char_offset(range.start), document.char_offset(range.end))
    })
}

/// The new header, and the sentence stating it among the header's quotes unless already there.
fn header_edits(briefing: &Briefing, header: Header, sentence: String) -> Vec<Edit> {
    let mut edits = vec![Edit::SetHeader(Box::new(header))];
    if !briefing.quotes.contains(&sentence) {
        let place = Place::HeaderQuote(briefing.quotes.len());
        edits.push(Edit::Insert(place, Record::Quote(sentence)));
    }
    edits
}

/// Whether the project named `name`, first quoted `quote`, is the one a suggestion made of the
/// mention `words` and then renamed: its first quote (the sentence an accepted project is
/// quoted from first) holds the words, and its name is either not in that sentence or written where the words are ("BYD drive motors",
/// "BYD's annual output" for "BYD's annual output of 840,000 sets … project"). A project keeps
/// its place after a rename, so its suggestion must not come back to be accepted a second time;
/// a project whose name the sentence writes elsewhere is another one mentioned there ("the A
/// project and the B project").
///
/// The name, the first quote and the words come folded ([`fold_words`]).
fn renamed_from_mention(name: &str, quote: &str, words: &str) -> bool {
    let spans = |needle: &str| -> Vec<Range<usize>> {
        if needle.is_empty() {
            return Vec::new();
        }
        quote.match_indices(needle).map(|(start, _)| start..start + needle.len()).collect()
    };
    let (mentions, names) = (spans(words), spans(name));
    !mentions.is_empty()
        && (names.is_empty()
            || names.iter().any(|name| mentions.iter().any(|mention| overlaps(name, mention))))
}
