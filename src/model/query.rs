//! What a person asked to see: the [`Query`] (briefing, filters, search, selection, slide) and
//! the keys that name records by position ([`ProjectKey`], [`DirectiveKey`]).
//!
//! Keys refer to records by index so that views can be shared cheaply with components while the
//! dataset itself lives behind one `Rc`.

use super::dataset::{Dataset, Project};
use super::embed::Embed;
use super::language::Language;
use super::order::sort_by_rank;
use super::strings::Strings;
use super::text::search_echo;

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
    /// The dataset file in the site's `data/` folder, when not the default one; it stays in
    /// every address the view writes.
    pub data: Option<String>,
    /// The part shown alone in an embedded view.
    pub embed: Option<Embed>,
    /// The interface language chosen in the address (`lang=zh`); `None` follows the browser.
    pub language: Option<Language>,
    /// Whether this window is the presenter view (`&presenter`): the current and next slides,
    /// notes and a clock for the speaker, in step with the window the audience sees.
    pub presenter: bool,
}

impl Query {
    /// Whether any filter narrows the projects (selection and slide are not filters).
    pub fn has_filters(&self) -> bool {
        !self.industries.is_empty() || !self.statuses.is_empty() || self.has_search()
    }

    /// Whether the search says anything: not when it is empty, white space, or invisible
    /// characters alone (a right-to-left override).
    pub fn has_search(&self) -> bool {
        !search_echo(&self.text).is_empty()
    }

    /// The same query with every filter removed, keeping the briefing choice, the dataset, the
    /// embedded part and the language.
    pub fn cleared(&self) -> Query {
        Query { briefing: self.briefing.clone(), ..self.fresh() }
    }

    /// The default view of the same dataset and embedded part, in the same language.
    pub fn fresh(&self) -> Query {
        Query {
            data: self.data.clone(),
            embed: self.embed,
            language: self.language,
            presenter: self.presenter,
            ..Query::default()
        }
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
            let position = dataset.industry_position(id);
            position.map_or(u64::MAX, |position| position as u64)
        };
        sort_by_rank(&mut self.industries, industry_rank);
        let status_rank = |key: &StatusKey| match key {
            StatusKey::Stated(id) => {
                let position = dataset.statuses.iter().position(|status| status.id == *id);
                position.map_or(u64::MAX - 1, |position| position as u64)
            }
            StatusKey::NotStated => u64::MAX,
        };
        sort_by_rank(&mut self.statuses, status_rank);
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
    /// A fact of a briefing's header: its date, place, officials or those also present.
    Fact(FactKey),
}

impl Selection {
    /// The element id of the "Source" button that makes this selection, where focus returns
    /// from the source text ("source-for-project-0-2").
    pub fn source_button_id(self) -> String {
        match self {
            Selection::Project(key) => {
                format!("source-for-project-{}-{}", key.briefing, key.project)
            }
            Selection::Directive(key) => {
                format!("source-for-directive-{}-{}", key.briefing, key.directive)
            }
            Selection::Fact(key) => format!("source-for-{}-{}", key.fact.url_word(), key.briefing),
        }
    }
}

/// A fact of a briefing's header, whose sentences the source view marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BriefingFact {
    Date,
    Place,
    Officials,
    Participants,
}

impl BriefingFact {
    pub const ALL: [BriefingFact; 4] = [
        BriefingFact::Date,
        BriefingFact::Place,
        BriefingFact::Officials,
        BriefingFact::Participants,
    ];

    /// The fact's word in an address (`fact=date`) and in its "Source" button's id.
    pub fn url_word(self) -> &'static str {
        match self {
            BriefingFact::Date => "date",
            BriefingFact::Place => "place",
            BriefingFact::Officials => "officials",
            BriefingFact::Participants => "participants",
        }
    }

    pub fn from_url_word(word: &str) -> Option<BriefingFact> {
        BriefingFact::ALL.into_iter().find(|fact| fact.url_word() == word)
    }

    /// The fact as a sentence names it: "the date" ("Source of the date").
    pub fn name(self, strings: &Strings) -> &'static str {
        match self {
            BriefingFact::Date => strings.fact_date,
            BriefingFact::Place => strings.fact_place,
            BriefingFact::Officials => strings.fact_officials,
            BriefingFact::Participants => strings.fact_participants,
        }
    }

    /// The fact as the header's list labels it: "Date", "Also present".
    pub fn label(self, strings: &Strings) -> &'static str {
        match self {
            BriefingFact::Date => strings.date,
            BriefingFact::Place => strings.place,
            BriefingFact::Officials => strings.officials,
            BriefingFact::Participants => strings.participants,
        }
    }
}

/// A header fact's position in the dataset: its briefing's index, and which fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FactKey {
    pub briefing: usize,
    pub fact: BriefingFact,
}

/// A directive's position in the dataset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DirectiveKey {
    pub briefing: usize,
    pub directive: usize,
}
