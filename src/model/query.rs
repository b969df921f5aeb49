//! What a person asked to see ([`Query`]) and what that shows ([`View`]), computed purely.
//!
//! The view refers to records by index ([`ProjectKey`]) so that it can be shared cheaply with
//! components while the dataset itself lives behind one `Rc`.

use std::collections::{BTreeMap, HashSet};

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
        let industry_rank = |id: &String| dataset.industries.iter().position(|industry| industry.id == *id).unwrap_or(usize::MAX);
        self.industries.sort_by_key(industry_rank);
        let status_rank = |key: &StatusKey| match key {
            StatusKey::Stated(id) => dataset.statuses.iter().position(|status| status.id == *id).unwrap_or(usize::MAX - 1),
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

/// Precomputed search text for every project and directive, built once per dataset so that a
/// filter change only scans folded strings.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchIndex {
    projects: Vec<Vec<String>>,
    directives: Vec<Vec<String>>,
}

impl SearchIndex {
    pub fn new(dataset: &Dataset) -> SearchIndex {
        let projects = dataset.briefings.iter().map(|briefing| briefing.projects.iter().map(project_search_text).collect()).collect();
        let directives = dataset.briefings.iter().map(|briefing| briefing.directives.iter().map(directive_search_text).collect()).collect();
        SearchIndex { projects, directives }
    }

    fn project(&self, key: ProjectKey) -> &str {
        &self.projects[key.briefing][key.project]
    }

    fn directive(&self, key: DirectiveKey) -> &str {
        &self.directives[key.briefing][key.directive]
    }
}

/// Names, enterprise, sector, requests and notes, folded and joined by newlines so that a term
/// cannot match across two fields.
fn project_search_text(project: &Project) -> String {
    let mut fields = vec![project.name.as_str(), project.short_name.as_str(), project.enterprise.as_str(), project.sector.as_str()];
    for request in &project.requests {
        fields.push(&request.text);
        fields.push(&request.quote);
    }
    fields.extend(project.notes.iter().map(|note| note.text.as_str()));
    fold(&fields.join("\n"))
}

fn directive_search_text(directive: &Directive) -> String {
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
        BriefingChoice::One(id) => match dataset.briefings.iter().position(|briefing| &briefing.id == id) {
            Some(index) => vec![index],
            None => first_briefing(dataset),
        },
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
    let mut industry_counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut status_counts: BTreeMap<StatusKey, usize> = BTreeMap::new();
    let mut projects = Vec::new();
    let mut total = 0;
    for &briefing_index in &briefings {
        for (project_index, project) in dataset.briefings[briefing_index].projects.iter().enumerate() {
            total += 1;
            let key = ProjectKey { briefing: briefing_index, project: project_index };
            let status = StatusKey::of(project);
            let fits_industry = query.industries.is_empty() || query.industries.contains(&project.industry);
            let fits_status = query.statuses.is_empty() || query.statuses.contains(&status);
            let fits_text = terms.is_empty() || matches_all(index.project(key), &terms);
            if fits_status && fits_text {
                *industry_counts.entry(project.industry.as_str()).or_default() += 1;
            }
            if fits_industry && fits_text {
                *status_counts.entry(status).or_default() += 1;
            }
            if fits_industry && fits_status && fits_text {
                projects.push(key);
            }
        }
    }
    let industry_facet = dataset
        .industries
        .iter()
        .map(|industry| FacetOption {
            key: industry.id.clone(),
            label: industry.label.clone(),
            count: industry_counts.get(industry.id.as_str()).copied().unwrap_or(0),
            active: query.industries.contains(&industry.id),
        })
        .collect();
    let status_facet = status_options(dataset, &briefings, query, &status_counts);
    let directive_groups = directive_groups(dataset, index, &briefings, &projects, &terms);
    let selected = query.selected.filter(|selection| match selection {
        Selection::Project(key) => projects.contains(key),
        Selection::Directive(key) => directive_groups.iter().any(|group| group.directives.contains(key)),
    });
    View { briefings, total, projects, industry_facet, status_facet, directive_groups, selected }
}

/// The dataset's statuses in their order, then "not stated" when any project in view lacks a
/// status (or it is an active filter, so that it can be switched off).
fn status_options(dataset: &Dataset, briefings: &[usize], query: &Query, counts: &BTreeMap<StatusKey, usize>) -> Vec<FacetOption<StatusKey>> {
    let mut options: Vec<FacetOption<StatusKey>> = dataset
        .statuses
        .iter()
        .map(|status| {
            let key = StatusKey::Stated(status.id.clone());
            FacetOption { count: counts.get(&key).copied().unwrap_or(0), active: query.statuses.contains(&key), label: status.label.clone(), key }
        })
        .collect();
    let any_unstated = briefings.iter().any(|&index| dataset.briefings[index].projects.iter().any(|project| project.status.is_none()));
    if any_unstated || query.statuses.contains(&StatusKey::NotStated) {
        options.push(FacetOption {
            count: counts.get(&StatusKey::NotStated).copied().unwrap_or(0),
            active: query.statuses.contains(&StatusKey::NotStated),
            label: super::strings::EN.status_not_stated.to_string(),
            key: StatusKey::NotStated,
        });
    }
    options
}

/// City-wide directives are shown unless the search excludes them; project-specific ones are
/// shown when a project they concern is shown.
fn directive_groups(dataset: &Dataset, index: &SearchIndex, briefings: &[usize], projects: &[ProjectKey], terms: &[String]) -> Vec<DirectiveGroup> {
    let mut groups: Vec<DirectiveGroup> = Vec::new();
    // Looked up once per project a directive names, so a set keeps this linear in the data.
    let shown_projects: HashSet<(usize, &str)> =
        projects.iter().map(|key| (key.briefing, dataset.briefings[key.briefing].projects[key.project].id.as_str())).collect();
    for &briefing_index in briefings {
        let briefing: &Briefing = &dataset.briefings[briefing_index];
        for (directive_index, directive) in briefing.directives.iter().enumerate() {
            let key = DirectiveKey { briefing: briefing_index, directive: directive_index };
            let shown = if directive.scope.is_city_wide() {
                terms.is_empty() || matches_all(index.directive(key), terms)
            } else {
                directive.scope.project_ids().iter().any(|id| shown_projects.contains(&(briefing_index, id.as_str())))
            };
            if !shown {
                continue;
            }
            match groups.iter_mut().find(|group| group.theme == directive.theme) {
                Some(group) => group.directives.push(key),
                None => groups.push(DirectiveGroup { theme: directive.theme.clone(), directives: vec![key] }),
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
            let directive = self.briefings.get(briefing)?.directives.iter().position(|directive| directive.id == id)?;
            Some(DirectiveKey { briefing, directive })
        })
    }

    /// Finds a project by its id within the given briefings, first match first.
    pub fn find_project(&self, briefings: &[usize], id: &str) -> Option<ProjectKey> {
        briefings.iter().find_map(|&briefing| {
            let project = self.briefings.get(briefing)?.projects.iter().position(|project| project.id == id)?;
            Some(ProjectKey { briefing, project })
        })
    }
}
