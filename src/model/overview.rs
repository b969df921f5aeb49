//! The page's words about what it shows: the summary at a glance under the headline, the
//! briefing picker's entries, the filter control's label on narrow screens, why nothing
//! matches when nothing does, and what a presentation showed.

use super::dataset::{Briefing, Dataset};
use super::format::{
    briefing_label, directives_phrase, format_number, projects_phrase, sortable_date,
};
use super::order::sort_by_rank;
use super::query::{BriefingChoice, Query, StatusKey};
use super::strings::{fill, fill_around, Around, Strings};
use super::text::search_echo;
use super::url::ALL_BRIEFINGS;
use super::view::View;

/// What the briefings in view hold, before any filter: the counts of the summary line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Glance<'a> {
    pub projects: usize,
    /// Projects whose capacity the source states.
    pub with_capacity: usize,
    pub directives: usize,
    /// What the source text is ("English machine translation"), when every briefing in view
    /// says so in the same words.
    pub source_kind: Option<&'a str>,
}

/// One entry of the briefing picker: the value the address takes and what the reader reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PickerEntry {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// How much of the briefing picker to list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PickerListing {
    /// "All briefings" and the chosen briefing: all that a closed picker shows, and so all that
    /// the page's first render needs (a dataset of 1,000 briefings would otherwise create a
    /// thousand options before its first card).
    Chosen,
    /// "All briefings" and every briefing.
    Every,
}

/// The briefing picker's entries: "All briefings", then the briefings oldest first, each as
/// its date and title, the chosen one selected.
pub fn picker_entries(
    dataset: &Dataset,
    choice: &BriefingChoice,
    listing: PickerListing,
    strings: &Strings,
) -> Vec<PickerEntry> {
    let selected_id = match choice {
        BriefingChoice::All => ALL_BRIEFINGS,
        BriefingChoice::One(id) => id.as_str(),
        BriefingChoice::First => dataset.briefings.first().map_or("", |briefing| &briefing.id),
    };
    let mut order: Vec<usize> = (0..dataset.briefings.len())
        .filter(|&index| {
            listing == PickerListing::Every || dataset.briefings[index].id == selected_id
        })
        .collect();
    sort_by_rank(&mut order, |&index| sortable_date(dataset.briefings[index].date.as_ref()));
    let all = PickerEntry {
        value: ALL_BRIEFINGS.to_string(),
        label: strings.all_briefings.to_string(),
        selected: selected_id == ALL_BRIEFINGS,
    };
    let briefings = order.into_iter().map(|index| {
        let briefing = &dataset.briefings[index];
        PickerEntry {
            value: briefing.id.clone(),
            label: briefing_label(briefing, strings),
            selected: briefing.id == selected_id,
        }
    });
    std::iter::once(all).chain(briefings).collect()
}

/// Counts the projects, stated capacities and directives of the given briefings.
pub fn glance<'a>(dataset: &'a Dataset, briefings: &[usize]) -> Glance<'a> {
    let in_view: Vec<_> =
        briefings.iter().filter_map(|&index| dataset.briefings.get(index)).collect();
    let projects = in_view.iter().flat_map(|briefing| &briefing.projects);
    let source_kind = shared_source_kind(&in_view);
    Glance {
        projects: projects.clone().count(),
        with_capacity: projects.filter(|project| project.capacity.is_some()).count(),
        directives: in_view.iter().map(|briefing| briefing.directives.len()).sum(),
        source_kind,
    }
}

/// What the source texts of `briefings` are ("English machine translation"), when every one of
/// them says so in the same words.
pub fn shared_source_kind<'a>(briefings: &[&'a Briefing]) -> Option<&'a str> {
    let (first, rest) = briefings.split_first()?;
    let kind = first.source.kind.as_deref()?;
    rest.iter().all(|briefing| briefing.source.kind.as_deref() == Some(kind)).then_some(kind)
}

/// "4 projects · 2 with a stated capacity · 14 directives · source: English machine translation",
/// with the source's kind (the dataset's words) apart for its own `lang`.
pub fn glance_line(glance: &Glance, strings: &Strings) -> Around {
    let with_capacity = format_number(glance.with_capacity as f64, strings);
    let counts = [
        projects_phrase(glance.projects, strings),
        fill(strings.glance_with_capacity, &[("count", &with_capacity)]),
        directives_phrase(glance.directives, strings),
    ]
    .join(strings.glance_separator);
    match glance.source_kind {
        Some(kind) => {
            let mut line = fill_around(strings.glance_source, "kind", kind, &[]);
            line.before = format!("{counts}{}{}", strings.glance_separator, line.before);
            line
        }
        None => Around { before: counts, ..Around::default() },
    }
}

/// The closing slide's summary: "All 4 projects and 14 directives presented.", or "3 of 4
/// projects and 14 directives presented." when a filter leaves some projects out.
pub fn closing_summary(view: &View, strings: &Strings) -> String {
    let template = if view.projects.len() == view.total {
        strings.closing_summary_all
    } else {
        strings.closing_summary
    };
    fill(
        template,
        &[
            ("projects", &format_number(view.projects.len() as f64, strings)),
            ("total", &projects_phrase(view.total, strings)),
            ("directives", &directives_phrase(view.directive_count(), strings)),
        ],
    )
}

/// How many filters narrow the view: each industry and status chosen, and the search.
pub fn filter_count(query: &Query) -> usize {
    query.industries.len() + query.statuses.len() + usize::from(query.has_search())
}

/// The label of the control that shows the filters on a narrow screen: "Filters (2)", or
/// "Filters" when none is active.
pub fn filters_toggle_label(query: &Query, strings: &Strings) -> String {
    match filter_count(query) {
        0 => strings.filters_toggle.to_string(),
        count => fill(strings.filters_toggle_count, &[("count", &count.to_string())]),
    }
}

/// Why no project is shown, naming the search and the chosen facet values: "No project
/// matches “zinc” with Industry: New materials · Status: Not stated.", and the directives the
/// search finds when it finds some ("… The search finds 1 directive, under Directives below.").
pub fn no_match_text(view: &View, search: &str, strings: &Strings) -> String {
    let no_match = no_project_match_text(view, search, strings);
    if search_echo(search).is_empty() {
        return no_match;
    }
    // With no project in view, the directives shown are the city-wide ones the search found:
    // the reader is pointed to them, below the charts, rather than told that nothing matched.
    match view.directive_count() {
        0 => no_match,
        count => fill(
            strings.no_match_directives_found,
            // The search as typed goes in last, so that no braces in it are taken for a slot.
            &[("directives", &directives_phrase(count, strings)), ("no_match", &no_match)],
        ),
    }
}

/// What the result count's live message adds, read aloud and not shown, when no project is
/// shown: the reason the page shows under the count ("0 of 4 projects shown. No project matches
/// “copper” with Industry: New energy."), since a count of nothing alone does not say why. None
/// while projects are shown.
pub fn no_match_announcement(view: &View, search: &str, strings: &Strings) -> Option<String> {
    view.projects.is_empty().then(|| {
        fill(strings.no_match_announced, &[("reason", &no_match_text(view, search, strings))])
    })
}

/// Whether a filter or search hides every project the briefings in view list, so that "Show all
/// projects" would bring some back. A briefing that lists none has nothing to show all of.
pub fn filters_hide_every_project(view: &View) -> bool {
    view.projects.is_empty() && view.total > 0
}

/// Why no project is shown, naming the search and the chosen facet values, without the
/// directives: what a title slide says of a deck with no project slide. Briefings that list no
/// project say so plainly, whatever is searched for: no search or filter is to blame.
pub fn no_project_match_text(view: &View, search: &str, strings: &Strings) -> String {
    if view.total == 0 {
        return match view.briefings.len() {
            0 | 1 => strings.no_project.to_string(),
            _ => strings.no_project_in_briefings.to_string(),
        };
    }
    let mut facets = Vec::new();
    let industries = view.chosen_industry_labels();
    if !industries.is_empty() {
        facets.push((strings.industry_facet, industries));
    }
    let statuses: Vec<&str> = view
        .chosen_statuses()
        // "Status: not stated", where the facet's own label would say "Status" twice.
        .map(|option| match option.key {
            StatusKey::NotStated => strings.not_stated,
            StatusKey::Stated(_) => option.label.as_str(),
        })
        .collect();
    if !statuses.is_empty() {
        facets.push((strings.status_facet, statuses));
    }
    let filters = facets
        .iter()
        .map(|(facet, values)| {
            fill(
                strings.facet_in_words,
                &[("facet", facet), ("values", &values.join(strings.list_separator))],
            )
        })
        .collect::<Vec<_>>()
        .join(strings.glance_separator);
    match (search_echo(search).as_str(), filters.is_empty()) {
        ("", true) => strings.no_project.to_string(),
        ("", false) => fill(strings.no_match_filtered, &[("filters", &filters)]),
        (text, true) => fill(strings.no_match_search, &[("text", text)]),
        (text, false) => {
            fill(strings.no_match_search_filtered, &[("text", text), ("filters", &filters)])
        }
    }
}
