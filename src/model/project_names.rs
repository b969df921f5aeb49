//! The name a project goes by where several are listed together (a chart's bars, the slides):
//! its short name, told apart by its briefing's date where the list holds two of that name.

use std::borrow::Cow;
use std::collections::HashSet;

use super::dataset::{Briefing, Dataset, Project};
use super::format::format_date;
use super::query::ProjectKey;
use super::strings::{fill, Strings};

/// The short names that more than one of a list's projects bear, when the list spans several
/// briefings: the same project visited twice ("Tidewater fab" in May 2023 and in March 2024)
/// otherwise reads as two alike, and its two bars as two fabs.
#[derive(Debug, Default)]
pub struct RepeatedNames<'d> {
    names: HashSet<&'d str>,
}

impl<'d> RepeatedNames<'d> {
    /// The repeated names of `projects`; none (and no work) when they come from one briefing.
    pub fn of(dataset: &'d Dataset, projects: &[ProjectKey]) -> RepeatedNames<'d> {
        let spans_briefings = projects
            .first()
            .is_some_and(|first| projects.iter().any(|key| key.briefing != first.briefing));
        if !spans_briefings {
            return RepeatedNames::default();
        }
        let mut seen = HashSet::with_capacity(projects.len());
        let mut names = HashSet::new();
        for (_, project) in projects.iter().filter_map(|&key| dataset.project_at(key)) {
            if !seen.insert(project.short_name.as_str()) {
                names.insert(project.short_name.as_str());
            }
        }
        RepeatedNames { names }
    }

    /// The project's short name, with its briefing's date where another listed project bears
    /// the same name: "Tidewater fab (May 12, 2023)".
    pub fn label(
        &self,
        briefing: &Briefing,
        project: &'d Project,
        strings: &Strings,
    ) -> Cow<'d, str> {
        if self.names.contains(project.short_name.as_str()) {
            Cow::Owned(fill(
                strings.project_of_date,
                &[("name", &project.short_name), ("date", &format_date(&briefing.date, strings))],
            ))
        } else {
            Cow::Borrowed(&project.short_name)
        }
    }
}
