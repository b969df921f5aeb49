//! What a person asked to see ([`Query`]) and what that shows ([`View`]), computed purely.
//!
//! The view refers to records by index ([`ProjectKey`]) so that it can be shared cheaply with
//! components while the dataset itself lives behind one `Rc`.

use std::cell::OnceCell;
use std::collections::HashMap;

use super::dataset::{Briefing, Dataset, Directive, Project};
use super::text::{fold, search_terms};

/// Which briefings are in view.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum BriefingChoice {
    /// The first briefing in the dataset.
    #[default]
    First,
    One(String),
    All,
}

/// A value of the status facet: a stated status id, or "not stated".
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum StatusKey {
    Stated(String),
    NotStated,
}

impl StatusKey {
    pub fn of(project: &Project) -> StatusKey {
        match project.status_id() {
            Some(id) => StatusKey::Stated(id.to_string()),
            None => StatusKey::NotStated,
        }
    }
}

/// The whole view state; it round-trips through the URL hash (see `url`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub briefing: BriefingChoice,
    /// Industry ids; empty means every industry.
    pub industries: Vec<String>,
    /// Statuses; empty means every status.
    pub statuses: Vec<StatusKey>,
    pub text: String,
    /// The project or directive whose source sentences are highlighted.
    pub selected: Option<Selection>,
    /// The presentation slide, 1-based, when presenting.
    pub slide: Option<usize>,
}

impl Query {
    /// Whether any filter narrows the projects (selection and slide are not filters).
    pub fn has_filters(&self) -> bool {
        !self.industries.is_empty() || !self.statuses.is_empty() || !self.text.trim().is_empty()
    }

    /// The same query with every filter removed, keeping the briefing choice.
    pub fn cleared(&self) -> Query {
        Query { briefing: self.briefing.clone(), ..Query::default() }
    }

    /// Adds the industry if absent, removes it if present.
    pub fn toggle_industry(&mut self, id: &str) {
        toggle(&mut self.industries, id.to_string());
    }

    pub fn toggle_status(&mut self, key: StatusKey) {
        toggle(&mut self.statuses, key);
    }

    /// Orders the industry and status filters as the dataset lists them (unknown ones last), so
    /// that equal selections are equal queries however they were made.
    pub fn normalise(&mut self, dataset: &Dataset) {
        let industry_rank = |id: &String| {
            dataset.industries.iter().position(|industry| industry.id == *id).unwrap_or(usize::MAX)
        };
        self.industries.sort_by_key(industry_rank);
        let status_rank = |key: &StatusKey| match key {
            StatusKey::Stated(id) => dataset
                .statuses
                .iter()
                .position(|status| status.id == *id)
                .unwrap_or(usize::MAX - 1),
            StatusKey::NotStated => usize::MAX,
        };
        self.statuses.sort_by_key(status_rank);
    }
}

fn toggle<T: PartialEq>(list: &mut Vec<T>, item: T) {
    match list.iter().position(|existing| *existing == item) {
        Some(index) => {
            list.remove(index);
        }
        None => list.push(item),
    }
}

/// A project's position in the dataset: briefing index, then project index within it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ProjectKey {
    pub briefing: usize,
    pub project: usize,
}

/// What the source view highlights.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Selection {
    Project(ProjectKey),
    Directive(DirectiveKey),
}

/// A directive's position in the dataset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DirectiveKey {
    pub briefing: usize,
    pub directive: usize,
}

/// One toggle of a facet.
#[derive(Clone, Debug, PartialEq)]
pub struct FacetOption<K> {
    pub key: K,
    pub label: String,
    /// Projects this option would show given the other active filters.
    pub count: usize,
    pub active: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DirectiveGroup {
    pub theme: String,
    pub directives: Vec<DirectiveKey>,
}

/// Everything the explorer shows for one query.
#[derive(Clone, Debug, PartialEq)]
pub struct View {
    /// Indices of the briefings in view.
    pub briefings: Vec<usize>,
    /// Projects in the chosen briefings, before filtering.
    pub total: usize,
    /// Projects passing every filter, in data order.
    pub projects: Vec<ProjectKey>,
    pub industry_facet: Vec<FacetOption<String>>,
    pub status_facet: Vec<FacetOption<StatusKey>>,
    /// Shown directives grouped by theme, themes in order of first appearance.
    pub directive_groups: Vec<DirectiveGroup>,
    /// The selection, when what it names is in view.
    pub selected: Option<Selection>,
}

/// Everything about a dataset that a filter change would otherwise recompute, built once per
/// dataset: the folded search text of every project and directive, each project's industry and
/// status as positions in the dataset's lists, the projects each directive names, and where each
/// project id occurs (for timelines). A filter change then touches no string of the data.
#[derive(Clone, Debug)]
pub struct SearchIndex {
    /// The folded texts, made on the first search: most sessions never search, and at start-up
    /// folding every record would delay the first render.
    texts: OnceCell<SearchTexts>,
    /// Where each briefing's projects start in the flat per-project lists below.
    offsets: Vec<usize>,
    /// Per project (flat): the position of its industry in `dataset.industries`, or [`UNLISTED`].
    industry: Vec<usize>,
    /// Per project (flat): the position of its status in `dataset.statuses`, [`UNLISTED`] for a
    /// status the dataset does not list, or [`NOT_STATED`].
    status: Vec<usize>,
    /// Per briefing: whether any of its projects states no status.
    any_unstated: Vec<bool>,
    /// Per briefing, per directive: the flat positions of the projects a project-scoped
    /// directive names (empty for a city-wide one).
    directive_targets: Vec<Vec<Vec<usize>>>,
    /// Per briefing, per directive: its theme as a number, in order of first appearance.
    directive_theme: Vec<Vec<usize>>,
    themes: usize,
    /// Per project id: the first project with that id in each briefing, in briefing order.
    occurrences: HashMap<String, Vec<ProjectKey>>,
}

/// Equal when built from equal data; whether the search texts were made yet does not matter.
impl PartialEq for SearchIndex {
    fn eq(&self, other: &Self) -> bool {
        self.offsets == other.offsets
            && self.industry == other.industry
            && self.status == other.status
            && self.any_unstated == other.any_unstated
            && self.directive_targets == other.directive_targets
            && self.directive_theme == other.directive_theme
            && self.themes == other.themes
            && self.occurrences == other.occurrences
    }
}

#[derive(Clone, Debug, PartialEq)]
struct SearchTexts {
    projects: Vec<Vec<String>>,
    directives: Vec<Vec<String>>,
}

impl SearchTexts {
    fn new(dataset: &Dataset) -> SearchTexts {
        let projects = dataset
            .briefings
            .iter()
            .map(|briefing| briefing.projects.iter().map(project_search_text).collect())
            .collect();
        let directives = dataset
            .briefings
            .iter()
            .map(|briefing| briefing.directives.iter().map(directive_search_text).collect())
            .collect();
        SearchTexts { projects, directives }
    }

    fn project(&self, key: ProjectKey) -> &str {
        &self.projects[key.briefing][key.project]
    }

    fn directive(&self, key: DirectiveKey) -> &str {
        &self.directives[key.briefing][key.directive]
    }
}

const UNLISTED: usize = usize::MAX - 1;
const NOT_STATED: usize = usize::MAX;

impl SearchIndex {
    pub fn new(dataset: &Dataset) -> SearchIndex {
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
        let mut offsets = Vec::with_capacity(dataset.briefings.len());
        let mut industry = Vec::new();
        let mut status = Vec::new();
        let mut any_unstated = Vec::with_capacity(dataset.briefings.len());
        let mut directive_targets = Vec::with_capacity(dataset.briefings.len());
        let mut directive_theme = Vec::with_capacity(dataset.briefings.len());
        let mut theme_numbers: HashMap<&str, usize> = HashMap::new();
        let mut occurrences: HashMap<String, Vec<ProjectKey>> = HashMap::new();
        for (briefing_index, briefing) in dataset.briefings.iter().enumerate() {
            let offset = industry.len();
            offsets.push(offset);
            // Project positions by id within this briefing (several when an id repeats).
            let mut by_id: HashMap<&str, Vec<usize>> = HashMap::new();
            for (project_index, project) in briefing.projects.iter().enumerate() {
                industry.push(
                    industry_position.get(project.industry.as_str()).copied().unwrap_or(UNLISTED),
                );
                status.push(match project.status_id() {
                    Some(id) => status_position.get(id).copied().unwrap_or(UNLISTED),
                    None => NOT_STATED,
                });
                let positions = by_id.entry(project.id.as_str()).or_default();
                if positions.is_empty() {
                    occurrences
                        .entry(project.id.clone())
                        .or_default()
                        .push(ProjectKey { briefing: briefing_index, project: project_index });
                }
                positions.push(offset + project_index);
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
                            .flat_map(|id| by_id.get(id.as_str()).into_iter().flatten().copied())
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
        SearchIndex {
            texts: OnceCell::new(),
            offsets,
            industry,
            status,
            any_unstated,
            directive_targets,
            directive_theme,
            themes: theme_numbers.len(),
            occurrences,
        }
    }

    /// The folded search texts of the dataset this index was built from.
    fn texts(&self, dataset: &Dataset) -> &SearchTexts {
        self.texts.get_or_init(|| SearchTexts::new(dataset))
    }

    /// The first project with this id in each briefing that has one, in briefing order.
    pub fn occurrences(&self, project_id: &str) -> &[ProjectKey] {
        self.occurrences.get(project_id).map_or(&[], Vec::as_slice)
    }
}

/// Names, enterprise, sector, requests and notes, folded and joined by newlines so that a term
/// cannot match across two fields.
pub fn project_search_text(project: &Project) -> String {
    let mut fields = vec![
        project.name.as_str(),
        project.short_name.as_str(),
        project.enterprise.as_str(),
        project.sector.as_str(),
    ];
    for request in &project.requests {
        fields.push(&request.text);
        fields.push(&request.quote);
    }
    fields.extend(project.notes.iter().map(|note| note.text.as_str()));
    fold(&fields.join("\n"))
}

/// Theme, summary and quotes, folded and joined like [`project_search_text`].
pub fn directive_search_text(directive: &Directive) -> String {
    let mut fields = vec![directive.theme.as_str(), directive.summary.as_str()];
    fields.extend(directive.quotes.iter().map(String::as_str));
    fold(&fields.join("\n"))
}

fn matches_all(haystack: &str, terms: &[String]) -> bool {
    terms.iter().all(|term| haystack.contains(term.as_str()))
}

/// The briefing indices a choice covers; an unknown id falls back to the first briefing.
pub fn chosen_briefings(dataset: &Dataset, choice: &BriefingChoice) -> Vec<usize> {
    match choice {
        BriefingChoice::All => (0..dataset.briefings.len()).collect(),
        BriefingChoice::One(id) => {
            match dataset.briefings.iter().position(|briefing| &briefing.id == id) {
                Some(index) => vec![index],
                None => first_briefing(dataset),
            }
        }
        BriefingChoice::First => first_briefing(dataset),
    }
}

fn first_briefing(dataset: &Dataset) -> Vec<usize> {
    if dataset.briefings.is_empty() {
        Vec::new()
    } else {
        vec![0]
    }
}

/// Computes what a query shows. Facet counts honour every other active filter, so each count
/// says how many projects that toggle would show.
pub fn compute_view(dataset: &Dataset, index: &SearchIndex, query: &Query) -> View {
    let briefings = chosen_briefings(dataset, &query.briefing);
    let terms = search_terms(&query.text);
    // The filters as flags over the dataset's lists, so that each project is checked by position.
    let industry_wanted: Vec<bool> =
        dataset.industries.iter().map(|industry| query.industries.contains(&industry.id)).collect();
    let status_wanted: Vec<bool> = dataset
        .statuses
        .iter()
        .map(|status| {
            query
                .statuses
                .iter()
                .any(|key| matches!(key, StatusKey::Stated(id) if *id == status.id))
        })
        .collect();
    let unstated_wanted = query.statuses.contains(&StatusKey::NotStated);
    let mut industry_counts = vec![0usize; dataset.industries.len()];
    let mut status_counts = vec![0usize; dataset.statuses.len()];
    let mut unstated_count = 0usize;
    let mut shown = vec![false; index.industry.len()];
    let mut projects = Vec::new();
    let mut total = 0;
    for &briefing_index in &briefings {
        let offset = index.offsets[briefing_index];
        for (project_index, project) in
            dataset.briefings[briefing_index].projects.iter().enumerate()
        {
            total += 1;
            let key = ProjectKey { briefing: briefing_index, project: project_index };
            let industry = index.industry[offset + project_index];
            let status = index.status[offset + project_index];
            let fits_industry = query.industries.is_empty()
                || match industry {
                    UNLISTED => query.industries.contains(&project.industry),
                    position => industry_wanted[position],
                };
            let fits_status = query.statuses.is_empty()
                || match status {
                    NOT_STATED => unstated_wanted,
                    UNLISTED => query.statuses.iter().any(|key| matches!(key, StatusKey::Stated(id) if Some(id.as_str()) == project.status_id())),
                    position => status_wanted[position],
                };
            let fits_text =
                terms.is_empty() || matches_all(index.texts(dataset).project(key), &terms);
            if fits_status && fits_text && industry != UNLISTED {
                industry_counts[industry] += 1;
            }
            if fits_industry && fits_text {
                match status {
                    NOT_STATED => unstated_count += 1,
                    UNLISTED => {}
                    position => status_counts[position] += 1,
                }
            }
            if fits_industry && fits_status && fits_text {
                shown[offset + project_index] = true;
                projects.push(key);
            }
        }
    }
    // A repeated id counts under its first position, as the facet looks it up by id.
    let industry_first =
        first_positions(dataset.industries.iter().map(|industry| industry.id.as_str()));
    let status_first = first_positions(dataset.statuses.iter().map(|status| status.id.as_str()));
    let industry_facet = dataset
        .industries
        .iter()
        .enumerate()
        .map(|(position, industry)| FacetOption {
            key: industry.id.clone(),
            label: industry.label.clone(),
            count: industry_counts[industry_first[position]],
            active: industry_wanted[position],
        })
        .collect();
    let mut status_facet: Vec<FacetOption<StatusKey>> = dataset
        .statuses
        .iter()
        .enumerate()
        .map(|(position, status)| FacetOption {
            count: status_counts[status_first[position]],
            active: status_wanted[position],
            label: status.label.clone(),
            key: StatusKey::Stated(status.id.clone()),
        })
        .collect();
    // "Not stated" when any project in view lacks a status, or it is an active filter (so that it
    // can be switched off).
    if briefings.iter().any(|&briefing| index.any_unstated[briefing]) || unstated_wanted {
        status_facet.push(FacetOption {
            count: unstated_count,
            active: unstated_wanted,
            label: super::strings::EN.status_not_stated.to_string(),
            key: StatusKey::NotStated,
        });
    }
    let directive_groups = directive_groups(dataset, index, &briefings, &shown, &terms);
    let selected = query.selected.filter(|selection| match selection {
        Selection::Project(key) => projects.contains(key),
        Selection::Directive(key) => {
            directive_groups.iter().any(|group| group.directives.contains(key))
        }
    });
    View { briefings, total, projects, industry_facet, status_facet, directive_groups, selected }
}

/// For each id, the position of its first occurrence in the list.
fn first_positions<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<usize> {
    let mut first: HashMap<&str, usize> = HashMap::new();
    ids.enumerate().map(|(position, id)| *first.entry(id).or_insert(position)).collect()
}

/// City-wide directives are shown unless the search excludes them; project-specific ones are
/// shown when a project they concern is shown (`shown` is indexed by flat project position).
fn directive_groups(
    dataset: &Dataset,
    index: &SearchIndex,
    briefings: &[usize],
    shown: &[bool],
    terms: &[String],
) -> Vec<DirectiveGroup> {
    let mut groups: Vec<DirectiveGroup> = Vec::new();
    // The group of each theme number, once it has one.
    let mut group_of_theme = vec![usize::MAX; index.themes];
    for &briefing_index in briefings {
        let briefing: &Briefing = &dataset.briefings[briefing_index];
        for (directive_index, directive) in briefing.directives.iter().enumerate() {
            let key = DirectiveKey { briefing: briefing_index, directive: directive_index };
            let is_shown = if directive.scope.is_city_wide() {
                terms.is_empty() || matches_all(index.texts(dataset).directive(key), terms)
            } else {
                index.directive_targets[briefing_index][directive_index]
                    .iter()
                    .any(|&position| shown[position])
            };
            if !is_shown {
                continue;
            }
            let theme = index.directive_theme[briefing_index][directive_index];
            match group_of_theme[theme] {
                usize::MAX => {
                    group_of_theme[theme] = groups.len();
                    groups.push(DirectiveGroup {
                        theme: directive.theme.clone(),
                        directives: vec![key],
                    });
                }
                group => groups[group].directives.push(key),
            }
        }
    }
    groups
}

impl Dataset {
    pub fn project_at(&self, key: ProjectKey) -> Option<(&Briefing, &Project)> {
        let briefing = self.briefings.get(key.briefing)?;
        Some((briefing, briefing.projects.get(key.project)?))
    }

    pub fn directive_at(&self, key: DirectiveKey) -> Option<(&Briefing, &Directive)> {
        let briefing = self.briefings.get(key.briefing)?;
        Some((briefing, briefing.directives.get(key.directive)?))
    }

    /// Finds a directive by its id within the given briefings, first match first.
    pub fn find_directive(&self, briefings: &[usize], id: &str) -> Option<DirectiveKey> {
        briefings.iter().find_map(|&briefing| {
            let directive = self
                .briefings
                .get(briefing)?
                .directives
                .iter()
                .position(|directive| directive.id == id)?;
            Some(DirectiveKey { briefing, directive })
        })
    }

    /// Finds a project by its id within the given briefings, first match first.
    pub fn find_project(&self, briefings: &[usize], id: &str) -> Option<ProjectKey> {
        briefings.iter().find_map(|&briefing| {
            let project = self
                .briefings
                .get(briefing)?
                .projects
                .iter()
                .position(|project| project.id == id)?;
            Some(ProjectKey { briefing, project })
        })
    }
}
