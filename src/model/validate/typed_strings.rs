//! The scan's checks of strings and figures (see `scan`) over a dataset already in memory, the
//! editor's draft: every string and capacity is looked at in the order its file would hold it,
//! and a problem names the JSON path the scan of that file would name, so that the editor lists
//! what the validator will say about the exported file without writing and reading it.

use super::figures::figure_as_written;
use super::report::{Collector, ProblemKind};
use super::scan::{control_character_problem, is_direction_control, is_layout};
use super::shape::join_path;
use crate::model::dataset::{Briefing, Dataset, Project, Scope};
use crate::model::strings::validation::ValidationStrings;

/// Reports the first control character or bidirectional control of every string of `dataset`
/// that holds one (line breaks and tabs pass in a briefing's `source.text`), and every capacity
/// whose figure the app would show other than as the file writes it, in file order.
pub(super) fn check_control_characters(
    dataset: &Dataset,
    strings: &ValidationStrings,
    collector: &mut Collector,
) {
    let mut check = StringCheck { strings, collector };
    if let Some(title) = &dataset.title {
        check.field("", "title", title);
    }
    for (index, industry) in dataset.industries.iter().enumerate() {
        let path = format!("industries[{index}]");
        check.field(&path, "id", &industry.id);
        check.field(&path, "label", &industry.label);
        check.optional(&path, "color", industry.color.as_deref());
    }
    for (index, status) in dataset.statuses.iter().enumerate() {
        let path = format!("statuses[{index}]");
        check.field(&path, "id", &status.id);
        check.field(&path, "label", &status.label);
    }
    for (index, briefing) in dataset.briefings.iter().enumerate() {
        check.briefing(briefing, &format!("briefings[{index}]"));
    }
}

struct StringCheck<'s, 'c> {
    strings: &'s ValidationStrings,
    collector: &'c mut Collector,
}

impl StringCheck<'_, '_> {
    fn briefing(&mut self, briefing: &Briefing, path: &str) {
        self.field(path, "id", &briefing.id);
        self.field(path, "title", &briefing.title);
        self.field(path, "place", &briefing.place);
        for (index, official) in briefing.officials.iter().enumerate() {
            let official_path = format!("{path}.officials[{index}]");
            self.field(&official_path, "name", &official.name);
            self.field(&official_path, "role", &official.role);
        }
        self.list(path, "participants", &briefing.participants);
        let source = &briefing.source;
        let source_path = format!("{path}.source");
        self.field(&source_path, "title", &source.title);
        self.field(&source_path, "language", &source.language);
        self.optional(&source_path, "original_language", source.original_language.as_deref());
        self.field(&source_path, "note", &source.note);
        self.optional(&source_path, "kind", source.kind.as_deref());
        self.value(&source.text, true, || join_path(&source_path, "text"));
        self.list(path, "quotes", &briefing.quotes);
        for (index, entry) in briefing.glossary.iter().enumerate() {
            let entry_path = format!("{path}.glossary[{index}]");
            self.field(&entry_path, "term", &entry.term);
            self.field(&entry_path, "reading", &entry.reading);
            self.optional(&entry_path, "original", entry.original.as_deref());
        }
        for (index, project) in briefing.projects.iter().enumerate() {
            self.project(project, &format!("{path}.projects[{index}]"));
        }
        for (index, directive) in briefing.directives.iter().enumerate() {
            let directive_path = format!("{path}.directives[{index}]");
            self.field(&directive_path, "id", &directive.id);
            self.field(&directive_path, "theme", &directive.theme);
            self.field(&directive_path, "summary", &directive.summary);
            match &directive.scope {
                Scope::CityWide(scope) => self.field(&directive_path, "scope", scope),
                Scope::Projects(ids) => self.list(&directive_path, "scope", ids),
            }
            self.list(&directive_path, "quotes", &directive.quotes);
        }
    }

    fn project(&mut self, project: &Project, path: &str) {
        self.field(path, "id", &project.id);
        self.field(path, "name", &project.name);
        self.field(path, "short_name", &project.short_name);
        self.field(path, "enterprise", &project.enterprise);
        self.field(path, "industry", &project.industry);
        if let Some(inferred) = &project.industry_inferred {
            self.field(&format!("{path}.industry_inferred"), "quote", &inferred.quote);
        }
        self.field(path, "sector", &project.sector);
        if let Some(status) = &project.status {
            let status_path = format!("{path}.status");
            self.field(&status_path, "id", &status.id);
            self.field(&status_path, "quote", &status.quote);
        }
        if let Some(capacity) = &project.capacity {
            let capacity_path = format!("{path}.capacity");
            // The file writes the shortest text of the number, which is what `to_string` gives.
            let written = capacity.value.to_string();
            if let Some(problem) = figure_as_written(&written)
                .and_then(|figure| figure.problem(format!("{capacity_path}.value"), self.strings))
            {
                self.collector.add(ProblemKind::BadCapacity, || problem);
            }
            self.field(&capacity_path, "unit", &capacity.unit);
            self.field(&capacity_path, "period", &capacity.period);
            self.optional(&capacity_path, "of", capacity.of.as_deref());
            self.field(&capacity_path, "quote", &capacity.quote);
        }
        for (index, request) in project.requests.iter().enumerate() {
            let request_path = format!("{path}.requests[{index}]");
            self.field(&request_path, "text", &request.text);
            self.field(&request_path, "quote", &request.quote);
        }
        self.list(path, "quotes", &project.quotes);
        for (index, note) in project.notes.iter().enumerate() {
            let note_path = format!("{path}.notes[{index}]");
            self.field(&note_path, "text", &note.text);
            self.field(&note_path, "quote", &note.quote);
        }
    }

    fn field(&mut self, path: &str, field: &str, value: &str) {
        self.value(value, false, || join_path(path, field));
    }

    fn optional(&mut self, path: &str, field: &str, value: Option<&str>) {
        if let Some(value) = value {
            self.field(path, field, value);
        }
    }

    fn list(&mut self, path: &str, field: &str, values: &[String]) {
        for (index, value) in values.iter().enumerate() {
            self.value(value, false, || format!("{}[{index}]", join_path(path, field)));
        }
    }

    /// Reports the first control character or bidirectional control of `value`, if any (line
    /// breaks and tabs pass when `layout_allowed`); the path is only built for a string that has
    /// one.
    fn value(&mut self, value: &str, layout_allowed: bool, path: impl FnOnce() -> String) {
        let found = value.chars().find(|&character| {
            (character.is_control() && !(layout_allowed && is_layout(character)))
                || is_direction_control(character)
        });
        if let Some(character) = found {
            let strings = self.strings;
            self.collector.add(ProblemKind::ControlCharacter, || {
                control_character_problem(path(), character, strings)
            });
        }
    }
}
