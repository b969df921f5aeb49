//! A project followed across briefings: the same project id in several briefings is one project,
//! and its statuses over time form a timeline.

use super::dataset::Dataset;
use super::dataset_index::DatasetIndex;
use super::format::sortable_date;
use super::order::sort_by_rank;
use super::query::ProjectKey;

/// One briefing's word on a project.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineEntry {
    pub key: ProjectKey,
    /// The status label, or `None` when that briefing does not state it.
    pub status: Option<String>,
}

/// Every briefing that mentions the project with this id, oldest first (briefings without a
/// year sort before dated ones, then by month and day). Empty unless it appears at least twice.
/// The index lists where each id occurs, so this does not scan every briefing per card.
pub fn project_timeline(
    dataset: &Dataset,
    index: &DatasetIndex,
    project_id: &str,
) -> Vec<TimelineEntry> {
    let keys = index.occurrences(project_id);
    if keys.len() < 2 {
        return Vec::new();
    }
    let mut entries: Vec<TimelineEntry> = keys
        .iter()
        .filter_map(|&key| {
            let (_, project) = dataset.project_at(key)?;
            let status = dataset.project_status_label(project).map(str::to_string);
            Some(TimelineEntry { key, status })
        })
        .collect();
    sort_by_rank(&mut entries, |entry| {
        sortable_date(dataset.briefings[entry.key.briefing].date.as_ref())
    });
    entries
}
