//! Everything about a dataset that a filter change would otherwise recompute, built once per
//! dataset (see [`DatasetIndex`]): it serves the search, the facets, directive scoping and
//! timelines.

use std::cell::{OnceCell, RefCell};
use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

use super::dataset::{Capacity, Dataset, Directive, Project};
use super::format::{format_capacity, format_number, format_western, number_range};
use super::query::{DirectiveKey, ProjectKey};
use super::source::{GlossaryFinder, GlossarySearch};
use super::strings::{Strings, EN, ZH};
use super::text::{fold, highlight_segments_and, holds_term, Segment};

/// Where a project's industry or status sits in the dataset's own list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListPosition {
    /// The position in `dataset.industries` or `dataset.statuses`.
    Listed(usize),
    /// An id the dataset's list does not define.
    Unlisted,
    /// No status stated (never used for industries, which every project has).
    NotStated,
}

/// Everything about a dataset that a filter change would otherwise recompute, built once per
/// dataset: the folded search text of every project and directive, each project's industry and
/// status as positions in the dataset's lists, the projects each directive names, and where each
/// project id occurs (for timelines). A filter change then touches no string of the data.
#[derive(Clone, Debug)]
pub struct DatasetIndex {
    /// The folded texts, made on the first search: most sessions never search, and at start-up
    /// folding every record would delay the first render.
    texts: OnceCell<SearchTexts>,
    /// The texts made so far a slice at a time (`prepare_search_texts`), before the first search.
    texts_in_progress: RefCell<TextsInProgress>,
    /// Per briefing, the one-pass search of its reading notes' terms, built when first needed
    /// and shared by the search texts and the Source view (a crafted glossary's took a tenth
    /// of a second to build in the page, each time). Each is kept as long as the dataset is
    /// shown, a few megabytes for a glossary of 100,000 terms.
    glossary_searches: Vec<GlossarySearch>,
    /// Where each briefing's projects start in the flat per-project lists below.
    pub(super) offsets: Vec<usize>,
    /// Per project (flat): where its industry is in `dataset.industries`.
    pub(super) industry: Vec<ListPosition>,
    /// Per project (flat): where its status is in `dataset.statuses`, or not stated.
    pub(super) status: Vec<ListPosition>,
    /// Per briefing: whether any of its projects states no status.
    pub(super) any_unstated: Vec<bool>,
    /// Per briefing, per directive: the flat positions of the projects a project-scoped
    /// directive names (empty for a city-wide one).
    pub(super) directive_targets: Vec<Vec<Vec<usize>>>,
    /// Per briefing, per directive: its theme as a number, in order of first appearance.
    pub(super) directive_theme: Vec<Vec<usize>>,
    pub(super) themes: usize,
    /// Per project id: the first project with that id in each briefing, in briefing order.
    occurrences: HashMap<String, Vec<ProjectKey>>,
    /// The short names that more than one project bears, found when first asked for
    /// ([`DatasetIndex::repeated_short_names`]).
    repeated_short_names: OnceCell<HashSet<String>>,
}

#[derive(Clone, Debug, PartialEq)]
pub(super) struct SearchTexts {
    projects: Vec<Vec<String>>,
    directives: Vec<Vec<String>>,
}

/// Folded texts made so far, record by record in dataset order: per briefing, its projects' and
/// then its directives' (the briefings begun so far, the last one perhaps not finished).
#[derive(Clone, Debug, Default)]
struct TextsInProgress {
    projects: Vec<Vec<String>>,
    directives: Vec<Vec<String>>,
}

/// Of a slice's budget of records, one record's worth of steps in building a glossary's search
/// ([`GlossarySearch::build_some`]): folding a record's texts took about what 256 steps do
/// (natively, 5 µs; 100,000 terms, 1.8 million steps, took 34 ms), so a slice that builds takes
/// about as long as one that folds, and a glossary of 100,000 terms is built over some 14 slices.
const BUILD_STEPS_PER_RECORD: usize = 256;

impl TextsInProgress {
    /// Folds up to `budget` more records; `true` once every record of `dataset` is folded. Each
    /// briefing's reading notes are found with its one-pass search in `glossary_searches`, built
    /// here a slice at a time when no one has built it yet.
    fn advance(
        &mut self,
        dataset: &Dataset,
        glossary_searches: &[GlossarySearch],
        mut budget: usize,
    ) -> bool {
        for (number, briefing) in
            dataset.briefings.iter().enumerate().skip(self.projects.len().saturating_sub(1))
        {
            if self.projects.len() == number {
                self.projects.push(Vec::with_capacity(briefing.projects.len()));
                self.directives.push(Vec::with_capacity(briefing.directives.len()));
            }
            let projects = &mut self.projects[number];
            let directives = &mut self.directives[number];
            let mut search = glossary_searches.get(number).cloned().unwrap_or_default();
            let mut steps = budget.saturating_mul(BUILD_STEPS_PER_RECORD);
            let built = search.build_some(&briefing.glossary, &mut steps);
            budget = steps / BUILD_STEPS_PER_RECORD;
            if !built {
                return false;
            }
            let glossary = GlossaryFinder::for_many_texts(&briefing.glossary, search);
            let folded = fold_more(
                projects,
                &briefing.projects,
                |p| project_search_text(p, project_labels(dataset, p), &glossary),
                &mut budget,
            ) && fold_more(
                directives,
                &briefing.directives,
                |d| directive_search_text(d, &glossary),
                &mut budget,
            );
            if !folded {
                return false;
            }
        }
        true
    }

    /// The texts, once `advance` has folded every record.
    fn finish(self) -> SearchTexts {
        SearchTexts { projects: self.projects, directives: self.directives }
    }
}

/// Folds the `records` after the first `folded.len()` into `folded` while `budget` lasts, taking
/// one from it for each; `true` once every record is folded.
fn fold_more<T>(
    folded: &mut Vec<String>,
    records: &[T],
    fold_one: impl Fn(&T) -> String,
    budget: &mut usize,
) -> bool {
    for record in &records[folded.len()..] {
        if *budget == 0 {
            return false;
        }
        folded.push(fold_one(record));
        *budget -= 1;
    }
    true
}

impl SearchTexts {
    pub(super) fn project(&self, key: ProjectKey) -> &str {
        &self.projects[key.briefing][key.project]
    }

    pub(super) fn directive(&self, key: DirectiveKey) -> &str {
        &self.directives[key.briefing][key.directive]
    }
}

impl DatasetIndex {
    pub fn new(dataset: &Dataset) -> DatasetIndex {
        let industry_position: HashMap<&str, usize> = dataset
            .industries
            .iter()
            .enumerate()
            .rev()
            .map(|(position, industry)| (industry.id.as_str(), position))
            .collect();
        let status_position: HashMap<&str, usize> = dataset
            .statuses
            .iter()
            .enumerate()
            .rev()
            .map(|(position, status)| (status.id.as_str(), position))
            .collect();
        let project_count = dataset.briefings.iter().map(|briefing| briefing.projects.len()).sum();
        let mut offsets = Vec::with_capacity(dataset.briefings.len());
        let mut industry = Vec::with_capacity(project_count);
        let mut status = Vec::with_capacity(project_count);
        let mut any_unstated = Vec::with_capacity(dataset.briefings.len());
        let mut directive_targets = Vec::with_capacity(dataset.briefings.len());
        let mut directive_theme = Vec::with_capacity(dataset.briefings.len());
        let mut theme_numbers: HashMap<&str, usize> = HashMap::new();
        // Sized once for every project: growing it hashed the ids already in it again at each
        // doubling.
        let mut occurrences: HashMap<String, Vec<ProjectKey>> =
            HashMap::with_capacity(project_count);
        for (briefing_index, briefing) in dataset.briefings.iter().enumerate() {
            let offset = industry.len();
            offsets.push(offset);
            // Each project id's first position within this briefing, and the later positions of
            // an id that repeats (which the checks refuse, but the editor shows) apart: a list
            // per project cost an allocation each.
            let mut first_position: HashMap<&str, usize> =
                HashMap::with_capacity(briefing.projects.len());
            // Empty, and unallocated, unless an id repeats; a map, so that a draft repeating many
            // ids does not make each directive's lookup scan them all.
            let mut repeated: HashMap<&str, Vec<usize>> = HashMap::new();
            for (project_index, project) in briefing.projects.iter().enumerate() {
                industry.push(listed(&industry_position, project.industry.as_str()));
                status.push(match project.status_id() {
                    Some(id) => listed(&status_position, id),
                    None => ListPosition::NotStated,
                });
                let (id, position) = (project.id.as_str(), offset + project_index);
                match first_position.entry(id) {
                    Entry::Occupied(_) => repeated.entry(id).or_default().push(position),
                    Entry::Vacant(slot) => {
                        slot.insert(position);
                        let key = ProjectKey { briefing: briefing_index, project: project_index };
                        match occurrences.get_mut(id) {
                            Some(keys) => keys.push(key),
                            None => {
                                occurrences.insert(project.id.clone(), vec![key]);
                            }
                        }
                    }
                }
            }
            any_unstated.push(briefing.projects.iter().any(|project| project.status.is_none()));
            directive_targets.push(
                briefing
                    .directives
                    .iter()
                    .map(|directive| {
                        directive
                            .scope
                            .project_ids()
                            .iter()
                            .flat_map(|id| {
                                let first = first_position.get(id.as_str()).copied();
                                let later = repeated.get(id.as_str()).into_iter().flatten();
                                first.into_iter().chain(later.copied())
                            })
                            .collect()
                    })
                    .collect(),
            );
            directive_theme.push(
                briefing
                    .directives
                    .iter()
                    .map(|directive| {
                        let next = theme_numbers.len();
                        *theme_numbers.entry(directive.theme.as_str()).or_insert(next)
                    })
                    .collect(),
            );
        }
        DatasetIndex {
            texts: OnceCell::new(),
            texts_in_progress: RefCell::default(),
            // One each, not `vec![…; n]`, whose clones would share one search.
            glossary_searches: dataset
                .briefings
                .iter()
                .map(|_| GlossarySearch::default())
                .collect(),
            offsets,
            industry,
            status,
            any_unstated,
            directive_targets,
            directive_theme,
            themes: theme_numbers.len(),
            occurrences,
            repeated_short_names: OnceCell::new(),
        }
    }

    /// The short names that more than one of the dataset's projects bear (a project visited in
    /// two briefings, or two projects of one name), found on first asking: only a view of
    /// several briefings asks (`project_names::RepeatedNames::among`), and a dataset with none,
    /// as most are, then spares each of its views a look at every listed project's name.
    pub fn repeated_short_names(&self, dataset: &Dataset) -> &HashSet<String> {
        self.repeated_short_names.get_or_init(|| {
            // Found once, in 1.5–2 ms at 10,000 projects (natively, sized ahead; growing the set
            // hashed its names again at each doubling), where looking through the listed
            // projects took 0.26 ms at each filter change.
            let count = self.industry.len();
            let mut seen = HashSet::with_capacity(count);
            let projects = dataset.briefings.iter().flat_map(|briefing| &briefing.projects);
            projects
                .map(|project| project.short_name.as_str())
                .filter(|name| !seen.insert(*name))
                .map(str::to_string)
                .collect()
        })
    }

    /// The folded search texts of the dataset this index was built from: what
    /// `prepare_search_texts` has made, and the rest now.
    pub(super) fn texts(&self, dataset: &Dataset) -> &SearchTexts {
        self.texts.get_or_init(|| {
            let mut progress = self.texts_in_progress.take();
            progress.advance(dataset, &self.glossary_searches, usize::MAX);
            progress.finish()
        })
    }

    /// Makes up to `records` more of the folded search texts, for a page that makes them a slice
    /// per task before the first search (at 10,000 projects all at once is a long task, which
    /// the first key typed would otherwise wait for); `true` once they are all made.
    pub fn prepare_search_texts(&self, dataset: &Dataset, records: usize) -> bool {
        if self.texts.get().is_some() {
            return true;
        }
        let mut progress = self.texts_in_progress.borrow_mut();
        if !progress.advance(dataset, &self.glossary_searches, records) {
            return false;
        }
        let texts = std::mem::take(&mut *progress).finish();
        let _ = self.texts.set(texts);
        true
    }

    /// The one-pass search of the reading notes of briefing `briefing` (by its position), built
    /// or not, shared with every other user of it (see [`GlossarySearch`]).
    pub fn glossary_search(&self, briefing: usize) -> GlossarySearch {
        self.glossary_searches.get(briefing).cloned().unwrap_or_default()
    }

    /// The first project with this id in each briefing that has one, in briefing order.
    pub fn occurrences(&self, project_id: &str) -> &[ProjectKey] {
        self.occurrences.get(project_id).map_or(&[], Vec::as_slice)
    }
}

/// The words a project's card writes for its industry and its stated status ("Magnesium
/// alloys", "Under construction"), from the dataset's lists, for [`project_search_text`]: a
/// reader who searches for what a card says finds that card, and the card marks the words found.
pub fn project_labels<'a>(dataset: &'a Dataset, project: &'a Project) -> [&'a str; 2] {
    [dataset.industry_label(&project.industry), dataset.project_status_label(project).unwrap_or("")]
}

/// Names, enterprise, sector, the industry's and status's `labels` ([`project_labels`]), the
/// status and capacity sentences, requests, notes, what the capacity counts, its figure in every
/// form the cards write it and its period, and the original wordings of the reading notes on its
/// own sentences (from the briefing's `glossary`), folded and joined by newlines so that a term
/// cannot match across two fields.
pub fn project_search_text(
    project: &Project,
    labels: [&str; 2],
    glossary: &GlossaryFinder,
) -> String {
    let mut fields = vec![
        project.name.as_str(),
        project.short_name.as_str(),
        project.enterprise.as_str(),
        project.sector.as_str(),
    ];
    fields.extend(labels);
    // The sentences behind the status and the capacity, so that "BYD full" finds the project
    // whose source says it "has reached full production".
    fields.extend(project.status.iter().map(|status| status.quote.as_str()));
    fields.extend(project.capacity.iter().map(|capacity| capacity.quote.as_str()));
    for request in &project.requests {
        fields.push(&request.text);
        fields.push(&request.quote);
    }
    fields.extend(project.notes.iter().map(|note| note.text.as_str()));
    fields.extend(project.capacity.iter().filter_map(|capacity| capacity.of.as_deref()));
    let figures = project.capacity.as_ref().map(figure_forms);
    fields.extend(figures.iter().flatten().map(String::as_str));
    // The capacity whole as the cards of either language write it ("more than 600 tons / day",
    // "超过5万吨/年"), which the source's sentence may not ("a daily melting capacity of over
    // 600 tons"): its unit, period and bound are found by the words a reader sees ("tons day"
    // found the projects counted in tons a year too, by any of its words, when no project held
    // both, and "GWh" alone found nothing), and so is the figure copied from a Chinese card,
    // "5万吨/年", which is one search term.
    let cards = project
        .capacity
        .as_ref()
        .map(|capacity| [format_capacity(capacity, &EN), format_capacity(capacity, &ZH)]);
    fields.extend(cards.iter().flatten().map(String::as_str));
    // The notes' original wordings ("数实融合") on the project's own quotes only: the notes on
    // the rest of the source would add the same words to every project, and text to search.
    // Its quotes are gathered only when a note has an original wording to add.
    if glossary.has_originals() {
        fields.extend(glossary.originals_in(&project.every_quote()));
    }
    fold(&fields.join("\n"))
}

/// The capacity's figure as the Chinese cards write it ("84万"), as the English ones do
/// ("840,000") and in bare digits ("840000"), so that a reader can search for the number they
/// see or type, whatever the source's sentence writes ("1.2 million", "120万").
fn figure_forms(capacity: &Capacity) -> [String; 3] {
    [format_number(capacity.value, &ZH), format_western(capacity.value), capacity.value.to_string()]
}

/// Whether a search term finds the capacity by its figure, in any form [`project_search_text`]
/// gives it, so that the card can mark the figure it shows however the reader wrote it.
pub fn figure_found(capacity: &Capacity, terms: &[String]) -> bool {
    figure_forms(capacity)
        .iter()
        .map(|form| fold(form))
        .any(|form| terms.iter().any(|term| holds_term(&form, term)))
}

/// The capacity as a card writes it (`figure`, from
/// [`format_capacity`](super::format::format_capacity)) cut into the stretches a search marks:
/// its number whole when a term finds the figure in any form ("840000" marks "84万"), and any
/// words a term finds ("sets").
pub fn capacity_segments<'a>(
    figure: &'a str,
    capacity: &Capacity,
    strings: &Strings,
    terms: &[String],
) -> Vec<Segment<'a>> {
    let number_at = number_range(figure, capacity, strings)
        .filter(|_| figure_found(capacity, terms))
        .map(|range| (range.start, range.end));
    highlight_segments_and(figure, terms, number_at)
}

/// The project's name cut into the stretches a search marks: the words a term finds, and the
/// capacity's figure where the name writes it as a card does ("840,000", "84万") or in bare
/// digits, when a term finds the figure in any form ("840000" marks "840,000 sets" in "BYD's
/// annual output of 840,000 sets of drive motors…", as it does on the card's capacity line).
pub fn name_segments<'a>(project: &'a Project, terms: &[String]) -> Vec<Segment<'a>> {
    let name = project.name.as_str();
    if terms.is_empty() {
        return vec![Segment { text: name, matched: false }];
    }
    let figure_at =
        project.capacity.as_ref().filter(|capacity| figure_found(capacity, terms)).and_then(
            |capacity| figure_forms(capacity).iter().find_map(|form| whole_figure_in(name, form)),
        );
    highlight_segments_and(name, terms, figure_at)
}

/// Where `figure` stands whole in `text`: not inside a longer figure ("840,000" in "1,840,000"
/// or "840,000.5"), which a digit next to it, or a separator with a digit beyond, continues.
fn whole_figure_in(text: &str, figure: &str) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let digit_at =
        |index: Option<usize>| index.and_then(|at| bytes.get(at)).is_some_and(u8::is_ascii_digit);
    let separator_at = |index: Option<usize>| {
        index.and_then(|at| bytes.get(at)).is_some_and(|byte| matches!(byte, b',' | b'.'))
    };
    let continued_before = |start: usize| {
        digit_at(start.checked_sub(1))
            || separator_at(start.checked_sub(1)) && digit_at(start.checked_sub(2))
    };
    let continued_after =
        |end: usize| digit_at(Some(end)) || separator_at(Some(end)) && digit_at(Some(end + 1));
    text.match_indices(figure)
        .map(|(start, _)| (start, start + figure.len()))
        .find(|&(start, end)| !continued_before(start) && !continued_after(end))
}

/// Theme, summary, quotes and the original wordings of the reading notes on those quotes,
/// folded and joined like [`project_search_text`].
pub fn directive_search_text(directive: &Directive, glossary: &GlossaryFinder) -> String {
    let mut fields = vec![directive.theme.as_str(), directive.summary.as_str()];
    let quotes: Vec<&str> = directive.quotes.iter().map(String::as_str).collect();
    fields.extend(&quotes);
    fields.extend(glossary.originals_in(&quotes));
    fold(&fields.join("\n"))
}

fn listed(positions: &HashMap<&str, usize>, id: &str) -> ListPosition {
    positions.get(id).map_or(ListPosition::Unlisted, |&position| ListPosition::Listed(position))
}
