//! A record proposed from a selection of the source text: the quote is the selection itself, so
//! it is verbatim by construction, and the fields the words allow are filled in ("840,000 sets"
//! → 840000 sets, "84万套" → 840000 套) by the same rules as the suggestions.

use std::ops::Range;

use crate::model::dataset::{
    Briefing, Capacity, Dataset, Directive, GlossaryEntry, Note, Project, Request, Scope,
    StatedStatus,
};
use crate::model::suggest::{suggest, Fact, ProjectMention};
use crate::model::text::{fold_words, unique_id};

use super::edit::{Edit, Place, Record};
use super::export::quote_for_selection_bytes;
use super::in_text::sentences_holding;

/// What a selection can become, each a button (with a shortcut) in the editor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordKind {
    Project,
    Capacity,
    Status,
    Request,
    Directive,
    Note,
    Glossary,
}

impl RecordKind {
    pub const ALL: [RecordKind; 7] = [
        RecordKind::Project,
        RecordKind::Capacity,
        RecordKind::Status,
        RecordKind::Request,
        RecordKind::Directive,
        RecordKind::Note,
        RecordKind::Glossary,
    ];

    /// The key that makes a selection this kind of record.
    pub fn shortcut(self) -> char {
        match self {
            RecordKind::Project => 'p',
            RecordKind::Capacity => 'c',
            RecordKind::Status => 's',
            RecordKind::Request => 'r',
            RecordKind::Directive => 'd',
            RecordKind::Note => 'n',
            RecordKind::Glossary => 'g',
        }
    }
}

/// The record of `kind` the selected byte `range` of the source text of `draft`'s briefing at
/// `briefing` proposes, or none for a selection of only whitespace: [`propose`] of the selected
/// words, except that a new project quotes the whole sentences the selection is in. A project's
/// quotes are what a reader checks it against (the slides' "From the source" and the handout
/// show them as its evidence), as an accepted suggestion's are; its selected name alone is no
/// evidence of anything.
pub fn propose_selection(
    kind: RecordKind,
    range: Range<usize>,
    draft: &Dataset,
    briefing: usize,
) -> Option<Record> {
    let text = &draft.briefings.get(briefing)?.source.text;
    let words = quote_for_selection_bytes(text, range.clone())?;
    let mut record = propose(kind, &words, draft, briefing);
    if let Record::Project(project) = &mut record {
        let sentences = sentences_holding(text, range)
            .and_then(|sentences| quote_for_selection_bytes(text, sentences));
        if let Some(sentences) = sentences {
            project.quotes = vec![sentences];
        }
    }
    Some(record)
}

/// The record of `kind` that `quote` (a selection of the source text of `draft`'s briefing at
/// `briefing`) proposes; the author edits it before or after adding it.
pub fn propose(kind: RecordKind, quote: &str, draft: &Dataset, briefing: usize) -> Record {
    let quote = quote.to_string();
    let found = suggest(&quote, None).suggestions;
    match kind {
        RecordKind::Project => {
            let mention = found.iter().find_map(|suggestion| match &suggestion.fact {
                Fact::Project(mention) => Some(mention),
                _ => None,
            });
            let name = mention.map_or_else(|| quote.clone(), |mention| mention.name.clone());
            let enterprise =
                mention.and_then(ProjectMention::stated_enterprise).unwrap_or_default().to_string();
            let taken = |id: &str| {
                draft.briefings.iter().flat_map(|briefing| &briefing.projects).any(|p| p.id == id)
            };
            Record::Project(Box::new(Project {
                id: unique_id(&name, "project", taken),
                short_name: name.clone(),
                name,
                enterprise,
                industry: String::new(),
                industry_inferred: None,
                sector: String::new(),
                status: None,
                capacity: None,
                requests: Vec::new(),
                quotes: vec![quote],
                notes: Vec::new(),
            }))
        }
        RecordKind::Capacity => {
            let measure = found.iter().find_map(|suggestion| match &suggestion.fact {
                Fact::Capacity(measure) | Fact::Amount(measure) => Some(measure),
                _ => None,
            });
            Record::Capacity(Capacity {
                value: measure.map_or(0.0, |measure| measure.value.to_f64()),
                unit: measure.map(|measure| measure.unit.clone()).unwrap_or_default(),
                period: measure
                    .and_then(|measure| measure.period.as_deref())
                    .map(|period| period_in(period, &draft.briefings[briefing].source.language))
                    .unwrap_or_default(),
                of: measure.and_then(|measure| measure.of.clone()),
                bound: measure.and_then(|measure| measure.bound),
                quote,
            })
        }
        RecordKind::Status => {
            let status = found.iter().find_map(|suggestion| match &suggestion.fact {
                Fact::Status { status } => Some(status.clone()),
                _ => None,
            });
            Record::ProjectStatus(StatedStatus { id: status.unwrap_or_default(), quote })
        }
        RecordKind::Request => Record::Request(Request { text: quote.clone(), quote }),
        RecordKind::Note => Record::Note(Note { text: quote.clone(), quote }),
        RecordKind::Directive => {
            let taken = |id: &str| {
                draft.briefings.get(briefing).is_some_and(|briefing| {
                    briefing.directives.iter().any(|directive| directive.id == id)
                })
            };
            Record::Directive(Box::new(Directive {
                id: unique_id("directive", "directive", taken),
                theme: String::new(),
                summary: quote.clone(),
                scope: Scope::CityWide("city-wide".to_string()),
                quotes: vec![quote],
            }))
        }
        RecordKind::Glossary => {
            Record::Glossary(GlossaryEntry { term: quote, reading: String::new(), original: None })
        }
    }
}

/// A period the suggestion rules name (`year`, `month`, `day`) in the words of a source in
/// `language` (a language code such as `en` or `zh`), as its dataset writes periods: `年`, `月`
/// and `日` for Chinese, so that a Chinese briefing reads "84万套/年". Other words stay as they are.
pub fn period_in(period: &str, language: &str) -> String {
    let chinese = language.trim().to_lowercase().starts_with("zh");
    match (period, chinese) {
        ("year", true) => "年".to_string(),
        ("month", true) => "月".to_string(),
        ("day", true) => "日".to_string(),
        (other, _) => other.to_string(),
    }
}

/// Whether two project names are the same to a reader: equal but for case, full-width forms and
/// runs of whitespace ("Delta Steel  project" and "delta steel project").
pub fn same_project_name(one: &str, other: &str) -> bool {
    fold_words(one) == fold_words(other)
}

/// The first project of `briefing` other than the one at `except` whose name is `name` to a
/// reader ([`same_project_name`]): a second project of that name would show as two cards no one
/// can tell apart, so the editor refuses to add it and warns when one is renamed so.
pub fn project_named(briefing: &Briefing, name: &str, except: Option<usize>) -> Option<usize> {
    (!name.trim().is_empty())
        .then(|| {
            briefing.projects.iter().enumerate().position(|(index, project)| {
                Some(index) != except && same_project_name(&project.name, name)
            })
        })
        .flatten()
}

/// The edit that gives the project at `index` of `briefing` the id `id`, as one step: a
/// directive's scope that named its old id names the new one, unless another project has that
/// old id too (a file with one id twice: the scope is taken to mean the other, which kept it).
/// None when the project is not there or the id is unchanged.
pub fn project_id_edit(briefing: &Briefing, index: usize, id: &str) -> Option<Edit> {
    let project = briefing.projects.get(index)?;
    let old = project.id.as_str();
    if old == id {
        return None;
    }
    let shared = briefing.projects.iter().filter(|other| other.id == old).count() > 1;
    let mut renamed = project.clone();
    renamed.id = id.to_string();
    let mut edits = vec![Edit::Replace(Place::Project(index), Record::Project(Box::new(renamed)))];
    for (position, directive) in briefing.directives.iter().enumerate() {
        let Scope::Projects(ids) = &directive.scope else { continue };
        if shared || !ids.iter().any(|named| named == old) {
            continue;
        }
        let mut changed = directive.clone();
        changed.scope = Scope::Projects(
            ids.iter()
                .map(|named| if named == old { id.to_string() } else { named.clone() })
                .collect(),
        );
        edits.push(Edit::Replace(Place::Directive(position), Record::Directive(Box::new(changed))));
    }
    Some(Edit::Batch(edits))
}
