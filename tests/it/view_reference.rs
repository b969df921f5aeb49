//! The indexed `compute_view`, chart layout and timelines against straightforward reference
//! implementations (the scan-everything versions they replaced), over many queries on the bundled
//! data and on a larger dataset derived from it with the awkward cases: repeated project ids
//! across briefings, industries and statuses the dataset does not list, many bars per panel with
//! tied values, and directives naming several projects.

use std::collections::{BTreeMap, HashSet};

use briefing_explorer::model::chart::{build_charts, ChartSet, MAX_BARS};
use briefing_explorer::model::dataset::{Briefing, Dataset, Scope, StatedStatus};
use briefing_explorer::model::dataset_index::{
    directive_search_text, project_labels, project_search_text, DatasetIndex,
};
use briefing_explorer::model::format::sortable_date;
use briefing_explorer::model::query::{
    BriefingChoice, DirectiveKey, ProjectKey, Query, Selection, StatusKey,
};
use briefing_explorer::model::source::GlossaryFinder;
use briefing_explorer::model::strings::EN;
use briefing_explorer::model::text::search_terms;
use briefing_explorer::model::timeline::{project_timeline, TimelineEntry};
use briefing_explorer::model::view::{
    chosen_briefings, compute_view, DirectiveGroup, FacetOption, View, WordMatch,
};

use crate::support::bundled;

fn matches_all(haystack: &str, terms: &[String]) -> bool {
    terms.iter().all(|term| haystack.contains(term.as_str()))
}

fn matches_any(haystack: &str, terms: &[String]) -> bool {
    terms.is_empty() || terms.iter().any(|term| haystack.contains(term.as_str()))
}

/// The view as the first version computed it: every string compared, every project scanned.
fn reference_view(dataset: &Dataset, query: &Query) -> View {
    let briefings = chosen_briefings(dataset, &query.briefing);
    let terms = search_terms(&query.text);
    // With several words and neither a project nor a city-wide directive holding them all, any
    // one of them is enough.
    let any_word = terms.len() > 1
        && !briefings.iter().any(|&briefing| {
            let briefing = &dataset.briefings[briefing];
            briefing.projects.iter().any(|project| {
                matches_all(
                    &project_search_text(
                        project,
                        project_labels(dataset, project),
                        &GlossaryFinder::new(&briefing.glossary),
                    ),
                    &terms,
                )
            }) || briefing.directives.iter().any(|directive| {
                directive.scope.is_city_wide()
                    && matches_all(
                        &directive_search_text(directive, &GlossaryFinder::new(&briefing.glossary)),
                        &terms,
                    )
            })
        });
    let fits =
        |text: &str| if any_word { matches_any(text, &terms) } else { matches_all(text, &terms) };
    let mut industry_counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut inferred_counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut status_counts: BTreeMap<StatusKey, usize> = BTreeMap::new();
    let mut projects = Vec::new();
    let mut total = 0;
    for &briefing_index in &briefings {
        for (project_index, project) in
            dataset.briefings[briefing_index].projects.iter().enumerate()
        {
            total += 1;
            let key = ProjectKey { briefing: briefing_index, project: project_index };
            let status = StatusKey::of(project);
            let fits_industry =
                query.industries.is_empty() || query.industries.contains(&project.industry);
            let fits_status = query.statuses.is_empty() || query.statuses.contains(&status);
            let fits_text = fits(&project_search_text(
                project,
                project_labels(dataset, project),
                &GlossaryFinder::new(&dataset.briefings[briefing_index].glossary),
            ));
            if fits_status && fits_text {
                *industry_counts.entry(project.industry.as_str()).or_default() += 1;
                if project.industry_inferred.is_some() {
                    *inferred_counts.entry(project.industry.as_str()).or_default() += 1;
                }
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
            inferred: inferred_counts.get(industry.id.as_str()).copied().unwrap_or(0),
            active: query.industries.contains(&industry.id),
        })
        .collect();
    let mut status_facet: Vec<FacetOption<StatusKey>> = dataset
        .statuses
        .iter()
        .map(|status| {
            let key = StatusKey::Stated(status.id.clone());
            FacetOption {
                count: status_counts.get(&key).copied().unwrap_or(0),
                inferred: 0,
                active: query.statuses.contains(&key),
                label: status.label.clone(),
                key,
            }
        })
        .collect();
    let any_unstated = briefings.iter().any(|&index| {
        dataset.briefings[index].projects.iter().any(|project| project.status.is_none())
    });
    if any_unstated || query.statuses.contains(&StatusKey::NotStated) {
        status_facet.push(FacetOption {
            count: status_counts.get(&StatusKey::NotStated).copied().unwrap_or(0),
            inferred: 0,
            active: query.statuses.contains(&StatusKey::NotStated),
            label: String::new(),
            key: StatusKey::NotStated,
        });
    }
    let shown: HashSet<(usize, &str)> = projects
        .iter()
        .map(|key| {
            (key.briefing, dataset.briefings[key.briefing].projects[key.project].id.as_str())
        })
        .collect();
    let mut directive_groups: Vec<DirectiveGroup> = Vec::new();
    // The themes of the briefings in view in the order they first appear, shown or not.
    let mut themes_in_order: Vec<&str> = Vec::new();
    for &briefing_index in &briefings {
        for directive in &dataset.briefings[briefing_index].directives {
            if !themes_in_order.contains(&directive.theme.as_str()) {
                themes_in_order.push(&directive.theme);
            }
        }
    }
    for &briefing_index in &briefings {
        let briefing: &Briefing = &dataset.briefings[briefing_index];
        for (directive_index, directive) in briefing.directives.iter().enumerate() {
            let key = DirectiveKey { briefing: briefing_index, directive: directive_index };
            let is_shown = if directive.scope.is_city_wide() {
                fits(&directive_search_text(directive, &GlossaryFinder::new(&briefing.glossary)))
            } else {
                directive
                    .scope
                    .project_ids()
                    .iter()
                    .any(|id| shown.contains(&(briefing_index, id.as_str())))
            };
            if !is_shown {
                continue;
            }
            match directive_groups.iter_mut().find(|group| group.theme == directive.theme) {
                Some(group) => group.directives.push(key),
                None => directive_groups
                    .push(DirectiveGroup { theme: directive.theme.clone(), directives: vec![key] }),
            }
        }
    }
    directive_groups.sort_by_key(|group| {
        themes_in_order.iter().position(|theme| *theme == group.theme.as_str())
    });
    let selected = query.selected.filter(|selection| match selection {
        Selection::Project(key) => projects.contains(key),
        Selection::Directive(key) => {
            directive_groups.iter().any(|group| group.directives.contains(key))
        }
        Selection::Fact(key) => briefings == [key.briefing],
    });
    let word_match = if any_word { WordMatch::Any } else { WordMatch::All };
    View {
        briefings,
        total,
        projects,
        industry_facet,
        status_facet,
        directive_groups,
        selected,
        word_match,
        search: query.text.trim().to_string(),
    }
}

/// The bundled data repeated `copies` times with the awkward cases mixed in (see the module doc).
fn larger(copies: usize) -> Dataset {
    let base = bundled();
    let mut dataset: Dataset = (*base).clone();
    let mut briefings = Vec::new();
    for copy in 0..copies {
        for (index, briefing) in base.briefings.iter().enumerate() {
            let mut briefing = briefing.clone();
            briefing.id = format!("{}-{copy}", briefing.id);
            // Every third copy reverses its projects, so repeated ids sit at other positions.
            if copy % 3 == 2 {
                briefing.projects.reverse();
            }
            let count = briefing.projects.len();
            for (position, project) in briefing.projects.iter_mut().enumerate() {
                // Ids repeat across copies (timelines); some become unique to the copy.
                if (copy + position) % 4 == 3 {
                    project.id = format!("{}-{copy}", project.id);
                }
                match (copy + position + index) % 7 {
                    0 => project.industry = "unlisted-industry".to_string(),
                    1 => project.status = None,
                    2 => {
                        project.status = Some(StatedStatus {
                            id: "unlisted-status".to_string(),
                            quote: String::new(),
                        })
                    }
                    3 => {
                        if let Some(capacity) = &mut project.capacity {
                            // Tied values, so that the order of ties matters.
                            capacity.value = 100.0;
                        }
                    }
                    _ => {
                        if let Some(capacity) = &mut project.capacity {
                            capacity.value = (capacity.value + copy as f64 * 7.0) % 1000.0 + 1.0;
                        }
                    }
                }
            }
            // Every fifth copy repeats its first project's id within the briefing (a dataset the
            // checks refuse, but the editor shows) in another industry: a directive naming that
            // id follows whichever of the two a filter shows.
            if copy % 5 == 4 {
                if let Some(first) = briefing.projects.first() {
                    let mut repeat = first.clone();
                    let last_industry = base.industries.last().map(|industry| industry.id.clone());
                    repeat.industry = last_industry.unwrap_or_default();
                    briefing.projects.push(repeat);
                }
            }
            let ids: Vec<String> =
                briefing.projects.iter().map(|project| project.id.clone()).collect();
            if let Some(directive) = briefing.directives.first().cloned() {
                let mut several = directive;
                several.id = format!("{}-several", several.id);
                several.theme = format!("theme {}", copy % 3);
                several.scope = Scope::Projects(
                    ids.iter()
                        .take(count.min(2))
                        .cloned()
                        .chain(["missing-project".to_string()])
                        .collect(),
                );
                briefing.directives.push(several);
            }
            briefings.push(briefing);
        }
    }
    dataset.briefings = briefings;
    dataset
}

fn queries(dataset: &Dataset) -> Vec<Query> {
    let mut industries: Vec<Vec<String>> = vec![vec![]];
    industries.extend(dataset.industries.iter().map(|industry| vec![industry.id.clone()]));
    industries.push(vec!["unlisted-industry".to_string()]);
    if dataset.industries.len() >= 2 {
        industries.push(vec![dataset.industries[0].id.clone(), dataset.industries[1].id.clone()]);
    }
    let mut statuses: Vec<Vec<StatusKey>> = vec![
        vec![],
        vec![StatusKey::NotStated],
        vec![StatusKey::Stated("unlisted-status".to_string())],
    ];
    statuses
        .extend(dataset.statuses.iter().map(|status| vec![StatusKey::Stated(status.id.clone())]));
    let words: Vec<String> = dataset
        .briefings
        .iter()
        .flat_map(|briefing| {
            briefing.projects.iter().map(|project| {
                project.enterprise.split_whitespace().next().unwrap_or("").to_string()
            })
        })
        .take(2)
        .chain(
            [
                "",
                "no-such-word",
                "motors copper",
                "BYD full",
                "copper no-such-word",
                // Every word in one city-wide directive and in no project.
                "land acquired started",
            ]
            .map(String::from),
        )
        .chain(
            dataset
                .briefings
                .iter()
                .flat_map(|briefing| {
                    briefing.directives.iter().map(|directive| directive.theme.clone())
                })
                .take(1),
        )
        .collect();
    let mut all = Vec::new();
    for briefing in [
        BriefingChoice::First,
        BriefingChoice::All,
        BriefingChoice::One(dataset.briefings.last().unwrap().id.clone()),
    ] {
        for industry in &industries {
            for status in &statuses {
                for text in &words {
                    all.push(Query {
                        briefing: briefing.clone(),
                        industries: industry.clone(),
                        statuses: status.clone(),
                        text: text.clone(),
                        ..Query::default()
                    });
                }
            }
        }
    }
    // Selections in and out of view.
    let last = dataset.briefings.len() - 1;
    for selected in [
        Selection::Project(ProjectKey { briefing: 0, project: 0 }),
        Selection::Directive(DirectiveKey { briefing: last, directive: 0 }),
    ] {
        for industry in &industries {
            all.push(Query {
                briefing: BriefingChoice::All,
                industries: industry.clone(),
                selected: Some(selected),
                ..Query::default()
            });
        }
    }
    all
}

/// Every capacity panel holds the largest bars of its (unit, period) in view, ties in view order,
/// and counts the rest; the industry panel likewise.
fn check_charts(dataset: &Dataset, view: &View, charts: &ChartSet, query: &Query) {
    let mut expected: Vec<(String, Vec<(f64, ProjectKey)>)> = Vec::new();
    for &key in &view.projects {
        let project = dataset.project_at(key).unwrap().1;
        let Some(capacity) = project
            .capacity
            .as_ref()
            .filter(|capacity| capacity.value.is_finite() && capacity.value > 0.0)
        else {
            continue;
        };
        let name = format!("{}|{}", capacity.unit, capacity.period);
        match expected.iter_mut().find(|(existing, _)| *existing == name) {
            Some((_, bars)) => bars.push((capacity.value, key)),
            None => expected.push((name, vec![(capacity.value, key)])),
        }
    }
    assert_eq!(charts.capacity.len(), expected.len(), "panels for {query:?}");
    for (panel, (_, mut bars)) in charts.capacity.iter().zip(expected) {
        bars.sort_by(|left, right| right.0.total_cmp(&left.0));
        let count = bars.len();
        bars.truncate(MAX_BARS);
        let got: Vec<(f64, ProjectKey)> =
            panel.bars.iter().map(|bar| (bar.value, bar.key.unwrap())).collect();
        assert_eq!(got, bars, "bars of {} for {query:?}", panel.title);
        assert_eq!(panel.overflow, count - bars.len(), "overflow of {} for {query:?}", panel.title);
        assert_eq!(panel.overflow_text.is_some(), count > MAX_BARS);
    }
    let mut industries: Vec<(String, usize)> = Vec::new();
    for &key in &view.projects {
        let industry = &dataset.project_at(key).unwrap().1.industry;
        match industries.iter_mut().find(|(id, _)| id == industry) {
            Some((_, count)) => *count += 1,
            None => industries.push((industry.clone(), 1)),
        }
    }
    let mut counts: Vec<f64> = industries.iter().map(|(_, count)| *count as f64).collect();
    counts.sort_by(|left, right| right.total_cmp(left));
    counts.truncate(MAX_BARS);
    assert_eq!(
        charts.industries.bars.iter().map(|bar| bar.value).collect::<Vec<_>>(),
        counts,
        "industry bars for {query:?}"
    );
}

fn check_dataset(dataset: &Dataset) {
    let index = DatasetIndex::new(dataset);
    for query in queries(dataset) {
        let view = compute_view(dataset, &index, &query);
        assert_eq!(view, reference_view(dataset, &query), "for {query:?}");
        check_charts(
            dataset,
            &view,
            &build_charts(dataset, &DatasetIndex::new(dataset), &view.projects, &EN),
            &query,
        );
    }
    let ids: HashSet<&str> = dataset
        .briefings
        .iter()
        .flat_map(|briefing| briefing.projects.iter().map(|project| project.id.as_str()))
        .collect();
    for id in ids.into_iter().chain(["missing-project"]) {
        assert_eq!(
            project_timeline(dataset, &index, id),
            reference_timeline(dataset, id),
            "timeline of {id}"
        );
    }
}

#[test]
fn indexed_view_matches_the_reference_on_the_bundled_data() {
    check_dataset(&bundled());
}

#[test]
fn indexed_view_matches_the_reference_on_a_larger_awkward_dataset() {
    check_dataset(&larger(9));
}

#[test]
fn is_normalised_agrees_with_normalise_whitespace() {
    use briefing_explorer::model::text::{is_normalised, normalise_whitespace};
    for text in [
        "",
        " ",
        "a",
        "a b",
        "a  b",
        " a",
        "a ",
        "a\tb",
        "a\nb",
        "a\u{3000}b",
        "新 能源",
        "x\u{a0}y",
        "a b c",
        "ab  ",
        "  ",
    ] {
        assert_eq!(is_normalised(text), normalise_whitespace(text) == text, "{text:?}");
    }
}

/// A file that fits the types is read straight into them; the result is what reading it through
/// a JSON value gives. A repeated field, which a JSON value accepts with the last value winning,
/// is a problem whichever way the file is read.
#[test]
fn direct_parse_matches_the_value_based_reading() {
    use briefing_explorer::model::validate::parse_dataset;
    let text = crate::support::bundled_text();
    let through_value: Dataset =
        serde_json::from_value(serde_json::from_str::<serde_json::Value>(&text).unwrap()).unwrap();
    assert_eq!(parse_dataset(&text).unwrap(), through_value);
    let repeated = text.replacen('{', "{\"title\": \"first\", \"title\": \"second\",", 1);
    let problems = parse_dataset(&repeated).unwrap_err();
    assert!(problems[0].message.contains("the field “title” appears twice"), "{problems:?}");
    let unknown = text.replacen('{', "{\"extra\": 1,", 1);
    assert!(parse_dataset(&unknown).is_err());
}

/// The timeline by scanning every briefing: the reference the indexed one must match.
fn reference_timeline(dataset: &Dataset, project_id: &str) -> Vec<TimelineEntry> {
    let mut entries: Vec<TimelineEntry> = dataset
        .briefings
        .iter()
        .enumerate()
        .filter_map(|(briefing_index, briefing)| {
            let project_index =
                briefing.projects.iter().position(|project| project.id == project_id)?;
            let project = &briefing.projects[project_index];
            let status = project.status.as_ref().map(|status| {
                dataset
                    .status(&status.id)
                    .map_or_else(|| status.id.clone(), |known| known.label.clone())
            });
            Some(TimelineEntry {
                key: ProjectKey { briefing: briefing_index, project: project_index },
                status,
            })
        })
        .collect();
    if entries.len() < 2 {
        return Vec::new();
    }
    entries.sort_by_key(|entry| sortable_date(dataset.briefings[entry.key.briefing].date.as_ref()));
    entries
}
