//! What a query shows ([`View`]): the projects passing every filter, facet counts and the
//! directives in view, computed purely from the dataset, its index and the query.

use std::collections::HashMap;

use super::dataset::{Briefing, Dataset};
use super::dataset_index::{DatasetIndex, ListPosition};
use super::order::sort_by_rank;
use super::query::{BriefingChoice, DirectiveKey, ProjectKey, Query, Selection, StatusKey};
use super::strings::Strings;
use super::text::{holds_term, search_echo, search_terms};

/// One toggle of a facet.
#[derive(Clone, Debug, PartialEq)]
pub struct FacetOption<K> {
    pub key: K,
    /// The data's label; empty for "not stated", which is interface text (see `display_label`).
    pub label: String,
    /// Projects this option would show given the other active filters.
    pub count: usize,
    /// How many of those have an industry the source does not name (`Project::industry_inferred`);
    /// always 0 for a status.
    pub inferred: usize,
    pub active: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DirectiveGroup {
    pub theme: String,
    pub directives: Vec<DirectiveKey>,
}

impl FacetOption<StatusKey> {
    /// The option's label: the status's own from the data, or "Status not stated" in the
    /// interface language.
    pub fn display_label<'a>(&'a self, strings: &'a Strings) -> &'a str {
        match self.key {
            StatusKey::NotStated => strings.status_not_stated,
            StatusKey::Stated(_) => &self.label,
        }
    }
}

/// Why a view shows no directive: the reader is told which, so that an empty list is not taken
/// for a search's doing when the briefing states none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DirectivesAbsence {
    /// The briefings in view (how many) state no directive at all.
    NoneStated { briefings: usize },
    /// There are directives, and the search's words are in none of them (nor in the projects
    /// the project-specific ones concern).
    NoneMatchSearch,
    /// There are no city-wide directives, and the project-specific ones concern no project the
    /// filters leave in view.
    NoneConcernProjects,
}

impl DirectivesAbsence {
    /// What the directives section says instead of its list.
    pub fn message(self, strings: &Strings) -> &'static str {
        match self {
            DirectivesAbsence::NoneStated { briefings: 0 | 1 } => strings.no_directives_stated,
            DirectivesAbsence::NoneStated { .. } => strings.no_directives_stated_several,
            DirectivesAbsence::NoneMatchSearch => strings.no_directives_for_search,
            DirectivesAbsence::NoneConcernProjects => strings.no_directives_for_projects,
        }
    }
}

/// The first directives of a view, in theme order, for a page that shows at most `limit`.
#[derive(Clone, Debug, PartialEq)]
pub struct DirectivePage<'a> {
    /// Each theme with its directives on this page; themes left without any are dropped.
    pub groups: Vec<(&'a str, &'a [DirectiveKey])>,
    /// Directives in view in all.
    pub total: usize,
    /// Directives in view that are not on this page.
    pub remaining: usize,
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
    /// How the search's words were matched.
    pub word_match: WordMatch,
    /// The search as typed, trimmed (empty for none): for saying what the view is, as the
    /// slides' title does.
    pub search: String,
}

/// How a search of several words matches.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum WordMatch {
    /// A project or directive holds every word, in any order ("BYD full").
    #[default]
    All,
    /// Neither a project nor a city-wide directive of the chosen briefings holds every word, so
    /// each that holds any of them is shown: a list of things ("motors copper") then finds each
    /// of them, and the page says so.
    Any,
}

impl WordMatch {
    /// Whether a folded text fits the search terms; no term fits everything.
    pub fn fits(self, haystack: &str, terms: &[String]) -> bool {
        let holds = |term: &String| holds_term(haystack, term);
        match self {
            WordMatch::All => terms.iter().all(holds),
            WordMatch::Any => terms.is_empty() || terms.iter().any(holds),
        }
    }
}

/// `All` when some project or city-wide directive of the chosen briefings holds every term,
/// else `Any`. The directives count too, so that a search for the words of one directive shows
/// that directive alone rather than everything holding one of its words. Only city-wide ones
/// count, as those are the directives a search finds by their own text: a project's directive
/// is shown with its project, so one that alone held every word would leave nothing shown.
fn word_match(
    dataset: &Dataset,
    index: &DatasetIndex,
    briefings: &[usize],
    terms: &[String],
) -> WordMatch {
    if terms.len() < 2 {
        return WordMatch::All;
    }
    let texts = index.texts(dataset);
    let holds_all = |text: &str| WordMatch::All.fits(text, terms);
    let something_holds_all = briefings.iter().any(|&briefing| {
        let chosen = &dataset.briefings[briefing];
        (0..chosen.projects.len())
            .any(|project| holds_all(texts.project(ProjectKey { briefing, project })))
            || chosen.directives.iter().enumerate().any(|(directive, record)| {
                record.scope.is_city_wide()
                    && holds_all(texts.directive(DirectiveKey { briefing, directive }))
            })
    });
    if something_holds_all {
        WordMatch::All
    } else {
        WordMatch::Any
    }
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

impl View {
    /// The labels of the industries the facet has chosen, in the facet's order.
    pub fn chosen_industry_labels(&self) -> Vec<&str> {
        self.industry_facet
            .iter()
            .filter(|option| option.active)
            .map(|option| option.label.as_str())
            .collect()
    }

    /// The statuses the facet has chosen, in the facet's order.
    pub fn chosen_statuses(&self) -> impl Iterator<Item = &FacetOption<StatusKey>> {
        self.status_facet.iter().filter(|option| option.active)
    }

    /// The cards a page of at most `limit` renders, in data order. When every project of the
    /// chosen briefings fits on the page, each has its card and the filters only show and hide
    /// them: a filter switched off again then brings back cards the page still has instead of
    /// building them anew, which is most of a click's time on a small briefing. Otherwise the
    /// first `limit` projects in view are rendered, with `selected` whatever its place.
    pub fn card_slots(
        &self,
        dataset: &Dataset,
        limit: usize,
        selected: Option<ProjectKey>,
    ) -> Vec<CardSlot> {
        if self.total > limit {
            return self
                .projects
                .iter()
                .enumerate()
                .filter(|&(position, &key)| position < limit || Some(key) == selected)
                .map(|(_, &key)| CardSlot { key, shown: true })
                .collect();
        }
        // Both lists are in data order, so one walk tells which projects are in view.
        let mut in_view = self.projects.iter().peekable();
        projects_of(dataset, &self.briefings)
            .map(|key| {
                let shown = in_view.next_if_eq(&&key).is_some();
                CardSlot { key, shown }
            })
            .collect()
    }

    /// The directives the view shows, theme by theme, as the list shows them.
    pub fn directive_keys(&self) -> impl Iterator<Item = &DirectiveKey> {
        self.directive_groups.iter().flat_map(|group| &group.directives)
    }

    /// Whether the page says that what it shows holds any of the search's words rather than all
    /// of them: only when it shows a project or a directive, as an empty view says instead that
    /// nothing matches.
    pub fn shows_any_word_matches(&self) -> bool {
        self.word_match == WordMatch::Any
            && (!self.projects.is_empty() || !self.directive_groups.is_empty())
    }

    /// How many directives the view shows, over every theme.
    pub fn directive_count(&self) -> usize {
        self.directive_groups.iter().map(|group| group.directives.len()).sum()
    }

    /// Why the view shows no directive, or `None` when it shows some. `searching`: the query
    /// has search words, which city-wide directives must match too.
    pub fn directives_absence(
        &self,
        dataset: &Dataset,
        searching: bool,
    ) -> Option<DirectivesAbsence> {
        if !self.directive_groups.is_empty() {
            return None;
        }
        let stated = self.briefings.iter().any(|&briefing| {
            dataset.briefings.get(briefing).is_some_and(|briefing| !briefing.directives.is_empty())
        });
        Some(if !stated {
            DirectivesAbsence::NoneStated { briefings: self.briefings.len() }
        } else if searching {
            DirectivesAbsence::NoneMatchSearch
        } else {
            DirectivesAbsence::NoneConcernProjects
        })
    }

    /// The first `limit` directives in theme order, each group cut to what is left of the page.
    pub fn directive_page(&self, limit: usize) -> DirectivePage<'_> {
        let mut budget = limit;
        let groups = self
            .directive_groups
            .iter()
            .map(|group| {
                let on_page = &group.directives[..group.directives.len().min(budget)];
                budget -= on_page.len();
                (group.theme.as_str(), on_page)
            })
            .filter(|(_, on_page)| !on_page.is_empty())
            .collect();
        let total = self.directive_count();
        DirectivePage { groups, total, remaining: total.saturating_sub(limit) }
    }
}

/// Every project of the briefings at `briefings` (indices into the dataset), in data order:
/// what a view shows before its filters.
pub fn projects_of<'d>(
    dataset: &'d Dataset,
    briefings: &'d [usize],
) -> impl Iterator<Item = ProjectKey> + 'd {
    briefings
        .iter()
        .filter_map(|&briefing| Some((briefing, dataset.briefings.get(briefing)?)))
        .flat_map(|(briefing, chosen)| {
            (0..chosen.projects.len()).map(move |project| ProjectKey { briefing, project })
        })
}

/// A project card a page renders, and whether it is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CardSlot {
    pub key: ProjectKey,
    pub shown: bool,
}

/// Computes what a query shows. Facet counts honour every other active filter, so each count
/// says how many projects that toggle would show.
pub fn compute_view(dataset: &Dataset, index: &DatasetIndex, query: &Query) -> View {
    let briefings = chosen_briefings(dataset, &query.briefing);
    let terms = search_terms(&query.text);
    let word_match = word_match(dataset, index, &briefings, &terms);
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
    let mut inferred_counts = vec![0usize; dataset.industries.len()];
    let mut status_counts = vec![0usize; dataset.statuses.len()];
    let mut unstated_count = 0usize;
    let mut project_in_view = vec![false; index.industry.len()];
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
                    ListPosition::Listed(position) => industry_wanted[position],
                    ListPosition::Unlisted | ListPosition::NotStated => {
                        query.industries.contains(&project.industry)
                    }
                };
            let fits_status = query.statuses.is_empty()
                || match status {
                    ListPosition::Listed(position) => status_wanted[position],
                    ListPosition::NotStated => unstated_wanted,
                    ListPosition::Unlisted => query.statuses.iter().any(|key| {
                        matches!(key, StatusKey::Stated(id) if Some(id.as_str()) == project.status_id())
                    }),
                };
            let fits_text =
                terms.is_empty() || word_match.fits(index.texts(dataset).project(key), &terms);
            if let (true, true, ListPosition::Listed(position)) = (fits_status, fits_text, industry)
            {
                industry_counts[position] += 1;
                inferred_counts[position] += usize::from(project.industry_is_inferred());
            }
            if fits_industry && fits_text {
                match status {
                    ListPosition::Listed(position) => status_counts[position] += 1,
                    ListPosition::NotStated => unstated_count += 1,
                    ListPosition::Unlisted => {}
                }
            }
            if fits_industry && fits_status && fits_text {
                project_in_view[offset + project_index] = true;
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
            inferred: inferred_counts[industry_first[position]],
            active: industry_wanted[position],
        })
        .collect();
    let mut status_facet: Vec<FacetOption<StatusKey>> = dataset
        .statuses
        .iter()
        .enumerate()
        .map(|(position, status)| FacetOption {
            count: status_counts[status_first[position]],
            inferred: 0,
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
            inferred: 0,
            active: unstated_wanted,
            label: String::new(),
            key: StatusKey::NotStated,
        });
    }
    let directive_groups =
        directive_groups(dataset, index, &briefings, &project_in_view, &terms, word_match);
    let selected = query.selected.filter(|selection| match selection {
        Selection::Project(key) => projects.contains(key),
        Selection::Directive(key) => {
            directive_groups.iter().any(|group| group.directives.contains(key))
        }
        // The header shows a briefing's facts only when it is the one in view.
        Selection::Fact(key) => briefings == [key.briefing],
    });
    View {
        briefings,
        total,
        projects,
        industry_facet,
        status_facet,
        directive_groups,
        selected,
        word_match,
        search: search_echo(&query.text),
    }
}

/// For each id, the position of its first occurrence in the list.
fn first_positions<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<usize> {
    let mut first: HashMap<&str, usize> = HashMap::new();
    ids.enumerate().map(|(position, id)| *first.entry(id).or_insert(position)).collect()
}

/// City-wide directives are shown unless the search excludes them; project-specific ones are
/// shown when a project they concern is in view (`project_in_view` is indexed by flat project
/// position). The groups keep the order of their themes in the briefings, shown or not: a filter
/// that hides a theme's first directive leaves the theme where it was, so that the page, the
/// slides and the handout of a filtered view read in the briefing's order.
fn directive_groups(
    dataset: &Dataset,
    index: &DatasetIndex,
    briefings: &[usize],
    project_in_view: &[bool],
    terms: &[String],
    word_match: WordMatch,
) -> Vec<DirectiveGroup> {
    let mut groups: Vec<DirectiveGroup> = Vec::new();
    // The group of each theme number, once it has one.
    let mut group_of_theme: Vec<Option<usize>> = vec![None; index.themes];
    // Each theme number's place among the themes of the briefings in view, shown or not.
    let mut theme_place: Vec<Option<usize>> = vec![None; index.themes];
    let mut places = 0;
    // The theme number of each group, in the order the groups were made.
    let mut group_themes: Vec<usize> = Vec::new();
    for &briefing_index in briefings {
        let briefing: &Briefing = &dataset.briefings[briefing_index];
        for (directive_index, directive) in briefing.directives.iter().enumerate() {
            let key = DirectiveKey { briefing: briefing_index, directive: directive_index };
            let theme = index.directive_theme[briefing_index][directive_index];
            if theme_place[theme].is_none() {
                theme_place[theme] = Some(places);
                places += 1;
            }
            let is_shown = if directive.scope.is_city_wide() {
                // Without a search the folded texts are not needed, and not made.
                terms.is_empty() || word_match.fits(index.texts(dataset).directive(key), terms)
            } else {
                index.directive_targets[briefing_index][directive_index]
                    .iter()
                    .any(|&position| project_in_view[position])
            };
            if !is_shown {
                continue;
            }
            match group_of_theme[theme] {
                Some(group) => groups[group].directives.push(key),
                None => {
                    group_of_theme[theme] = Some(groups.len());
                    group_themes.push(theme);
                    groups.push(DirectiveGroup {
                        theme: directive.theme.clone(),
                        directives: vec![key],
                    });
                }
            }
        }
    }
    let mut placed: Vec<(Option<usize>, DirectiveGroup)> =
        group_themes.into_iter().map(|theme| theme_place[theme]).zip(groups).collect();
    // No place (`None`) first, as `Option`'s order has it; through the program's one sort.
    sort_by_rank(&mut placed, |(place, _)| place.map_or(0, |place| place as u64 + 1));
    placed.into_iter().map(|(_, group)| group).collect()
}
