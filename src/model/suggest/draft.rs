//! A draft dataset from a text and its suggestions, in the documented format, valid as it stands:
//! one briefing (title from the first line, date from the first date, officials and those taking
//! part), one project per project suggestion with its first status and first capacity with a
//! period, each fact quoting its whole sentence. Industries the text names near a project are
//! used; any other project goes to one industry the data defines, "Not yet classified". A field
//! the format requires but the text does not give is "Not yet stated", never a guess.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;

use super::document::{any_of, Document};
use super::rules::{self, chinese, english};
use super::{chinese_names, english_names, Fact, Language, Suggestion, Suggestions};
use crate::model::dataset::{
    Briefing, BriefingDate, Capacity, Dataset, Industry, Official, Project, SourceDocument,
    StatedStatus, Status,
};
use crate::model::text::{id_slug, is_blank, normalise_whitespace, unique_id};

/// The industry of a project whose industry the text does not name.
pub const NOT_YET_CLASSIFIED_ID: &str = "not-yet-classified";
pub const NOT_YET_CLASSIFIED_LABEL: &str = "Not yet classified";
/// A required field the text does not give (the enterprise, the place).
pub const NOT_YET_STATED: &str = "Not yet stated";
/// The source note of every draft.
pub const DRAFT_NOTE: &str =
    "Draft proposed by the suggestion rules from this text; check every fact against the text.";

/// Why no draft can be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftError {
    /// The text is empty or only whitespace.
    EmptyText,
    /// The text holds a control character (other than line breaks and tabs) at this character
    /// offset, which a dataset's source text may not contain.
    ControlCharacter { offset: usize },
}

/// A draft dataset for `text`, from its suggestions (see the module's comment).
pub fn draft_dataset(text: &str, suggested: &Suggestions) -> Result<Dataset, DraftError> {
    if let Some(offset) = text
        .chars()
        .position(|character| character.is_control() && !matches!(character, '\n' | '\r' | '\t'))
    {
        return Err(DraftError::ControlCharacter { offset });
    }
    let title =
        text.lines().map(clean_text).find(|line| !is_blank(line)).ok_or(DraftError::EmptyText)?;
    let suggestions = &suggested.suggestions;
    // A text that states no date gives a briefing without one, which the explorer shows as not
    // stated.
    let dated = suggestions.iter().find_map(|suggestion| match &suggestion.fact {
        Fact::Date(date) => {
            Some((BriefingDate { year: date.year, month: date.month, day: date.day }, suggestion))
        }
        _ => None,
    });
    let date = dated.map(|(date, _)| date);
    let document = Document::new(text);
    let sentence_of = |suggestion: &Suggestion| sentence_quote(&document, suggestion.start);
    let mut briefing_quotes: Vec<String> = Vec::new();
    let mut officials = Vec::new();
    let mut participants = Vec::new();
    for suggestion in suggestions {
        let Fact::Official(official) = &suggestion.fact else { continue };
        if official.taking_part {
            participants.push(official.participant());
        } else {
            officials
                .push(Official { name: official.name.clone(), role: capitalised(&official.role) });
        }
        briefing_quotes.extend(sentence_of(suggestion));
    }
    briefing_quotes.extend(dated.and_then(|(_, suggestion)| sentence_of(suggestion)));
    let industries_named = industries_named(text, suggested.language);
    let mut industries: Vec<Industry> = Vec::new();
    let mut projects: Vec<Project> = Vec::new();
    let mut ids = HashSet::new();
    for suggestion in suggestions {
        let Fact::Project(mention) = &suggestion.fact else { continue };
        let quotes: Vec<String> = mention
            .sentences
            .iter()
            .filter_map(|span| quote(&document, span.start, span.end))
            .collect();
        if quotes.is_empty() {
            continue;
        }
        let belongs = |other: &&Suggestion| other.project.as_deref() == Some(mention.name.as_str());
        let capacity = suggestions.iter().filter(belongs).find_map(|other| match &other.fact {
            Fact::Capacity(measure) if measure.value.to_f64() > 0.0 => Some(Capacity {
                value: measure.value.to_f64(),
                unit: measure.unit.clone(),
                period: measure.period.clone()?,
                of: measure.of.clone(),
                bound: measure.bound,
                quote: sentence_of(other)?,
            }),
            _ => None,
        });
        let status = suggestions.iter().filter(belongs).find_map(|other| match &other.fact {
            Fact::Status { status } => {
                Some(StatedStatus { id: status.clone(), quote: sentence_of(other)? })
            }
            _ => None,
        });
        let industry =
            industry_near(&document, &industries_named, document.byte_offset(suggestion.start));
        let industry_id = match industry {
            Some(name) => add_industry(&mut industries, &name),
            None => NOT_YET_CLASSIFIED_ID.to_string(),
        };
        let enterprise = mention.stated_enterprise().unwrap_or(NOT_YET_STATED).to_string();
        let counted = capacity
            .as_ref()
            .and_then(|capacity| capacity.of.as_deref())
            .or(mention.makes.as_deref());
        let sector = sector(&mention.name, mention.enterprise.as_deref(), counted);
        let short_name =
            short_name(&mention.name, mention.enterprise.as_deref(), &sector, suggested.language);
        projects.push(Project {
            id: taken_id(&mut ids, &short_name, projects.len() + 1),
            name: clean_text(&mention.name),
            short_name,
            enterprise,
            industry: industry_id,
            industry_inferred: None,
            sector,
            status,
            capacity,
            requests: Vec::new(),
            quotes,
            notes: Vec::new(),
        });
    }
    if projects.iter().any(|project| project.industry == NOT_YET_CLASSIFIED_ID) {
        industries.push(Industry {
            id: NOT_YET_CLASSIFIED_ID.to_string(),
            label: NOT_YET_CLASSIFIED_LABEL.to_string(),
            color: None,
        });
    }
    let statuses = rules::STAGES
        .iter()
        .filter(|stage| projects.iter().any(|project| project.status_id() == Some(stage.id)))
        .map(|stage| Status {
            id: stage.id.to_string(),
            label: rules::stage_label(stage.id, suggested.language).to_string(),
        })
        .collect();
    let mut seen_quotes = HashSet::new();
    briefing_quotes.retain(|quote| seen_quotes.insert(quote.clone()));
    let briefing_id = id_slug(&title).unwrap_or_else(|| match date {
        Some(date) => format!("briefing-{}-{}", date.month, date.day),
        None => "briefing".to_string(),
    });
    Ok(Dataset {
        title: None,
        industries,
        statuses,
        briefings: vec![Briefing {
            id: briefing_id,
            title: title.clone(),
            date,
            place: place(text, suggested.language).unwrap_or_else(|| NOT_YET_STATED.to_string()),
            officials,
            participants,
            source: SourceDocument {
                title,
                language: suggested.language.code().to_string(),
                original_language: None,
                note: DRAFT_NOTE.to_string(),
                kind: None,
                text: text.to_string(),
            },
            quotes: briefing_quotes,
            glossary: Vec::new(),
            projects,
            directives: Vec::new(),
        }],
    })
}

/// Whitespace collapsed and control characters removed, for fields that are not quotes.
pub(crate) fn clean_text(text: &str) -> String {
    normalise_whitespace(
        &text.chars().filter(|character| !character.is_control()).collect::<String>(),
    )
}

/// The text between two character offsets, whitespace collapsed; none when that leaves nothing.
/// (A draft is made only of a text without control characters other than line breaks and tabs,
/// which collapse with the other whitespace, so a quote is both verbatim and clean.)
pub(crate) fn quote(document: &Document, start: usize, end: usize) -> Option<String> {
    let quote = normalise_whitespace(
        &document.text[document.byte_offset(start)..document.byte_offset(end)],
    );
    (!quote.is_empty()).then_some(quote)
}

/// The sentence holding a character offset, as a quote.
pub(crate) fn sentence_quote(document: &Document, start: usize) -> Option<String> {
    let sentence = document.sentence_at(document.byte_offset(start))?;
    let range = &document.sentences[sentence].range;
    quote(document, document.char_offset(range.start), document.char_offset(range.end))
}

pub(crate) fn capitalised(text: &str) -> String {
    let mut characters = text.chars();
    match characters.next() {
        Some(first) => first.to_uppercase().chain(characters).collect(),
        None => String::new(),
    }
}

/// A project's id from its short name ([`unique_id`], `project-N` for a name with no letter or
/// digit), kept in `ids` so that the next project's differs.
fn taken_id(ids: &mut HashSet<String>, short_name: &str, number: usize) -> String {
    let id = unique_id(short_name, &format!("project-{number}"), |id| ids.contains(id));
    ids.insert(id.clone());
    id
}
/// The name without the enterprise it begins with and the head word (`project`, `项目`).
fn name_core<'name>(name: &'name str, enterprise: Option<&str>) -> &'name str {
    let mut rest = name;
    if let Some(enterprise) = enterprise {
        rest = rest.strip_prefix(enterprise).unwrap_or(rest);
        rest = rest.strip_prefix("'s").or_else(|| rest.strip_prefix("’s")).unwrap_or(rest);
    }
    // An English head is a word of its own: `Gigafactory` ends in `factory` and is kept whole.
    for head in english::PROJECT_HEADS {
        let trimmed = rest.trim_end();
        rest = trimmed
            .strip_suffix(head)
            .filter(|before| before.is_empty() || before.ends_with(char::is_whitespace))
            .unwrap_or(rest);
    }
    for head in chinese::PROJECT_HEADS {
        rest = rest.trim_end().strip_suffix(head).unwrap_or(rest);
    }
    rest.trim()
}

/// What the project makes: what its capacity counts (`counted`), else the core of its name when
/// that is less than the name without its head (`hydrogen fuel cell` of the Jianghuai hydrogen
/// fuel cell project), else nothing: a sector that repeats the project's own name (`园区一期` of
/// `园区一期项目`, `BYD project`) says nothing of a sector, and an empty one is left for the author.
pub(crate) fn sector(name: &str, enterprise: Option<&str>, counted: Option<&str>) -> String {
    if let Some(of) = counted {
        return clean_text(of);
    }
    let core = name_core(name, enterprise);
    if core == name_core(name, None) {
        String::new()
    } else {
        clean_text(core)
    }
}

/// The enterprise and the sector, or with no sector the name without its head, short enough for a
/// chart's label: in English up to six words, else four ([`english_short`]), or in Chinese (no spaces between words) the whole
/// of it up to sixteen characters, else what comes before its last 及, 和, 与, 、 or 暨 within
/// twelve, else twelve ([`chinese_short`]).
pub(crate) fn short_name(
    name: &str,
    enterprise: Option<&str>,
    sector: &str,
    language: Language,
) -> String {
    let full = match enterprise {
        Some(enterprise) if !sector.is_empty() && !sector.starts_with(enterprise) => {
            format!("{} {sector}", without_legal_form(enterprise))
        }
        Some(_) if !sector.is_empty() => sector.to_string(),
        _ => name_core(name, None).to_string(),
    };
    let short = match language {
        Language::English => english_short(&full),
        Language::Chinese => chinese_short(&full),
    };
    let short = clean_text(&short);
    if short.is_empty() {
        clean_text(name)
    } else {
        short
    }
}

/// An enterprise's name without the legal form it ends with (`Jiangsu Hengli Hydraulic Co.`,
/// `埃夫特智能装备股份有限公司`): a chart's label has no room for it, and cut to fit, the label kept
/// the company's form and lost what the project makes.
fn without_legal_form(enterprise: &str) -> &str {
    english::COMPANY_ABBREVIATIONS
        .iter()
        .chain(chinese::COMPANY_SUFFIXES)
        .filter_map(|form| enterprise.strip_suffix(form))
        .map(|rest| rest.trim_end().trim_end_matches(','))
        .filter(|rest| rest.chars().filter(|c| !c.is_whitespace()).count() >= 2)
        .min_by_key(|rest| rest.len())
        .unwrap_or(enterprise)
}

/// English words a short name keeps whole; a longer name is cut to [`ENGLISH_SHORT_CUT`].
const ENGLISH_SHORT_WHOLE: usize = 6;
/// English words a cut short name keeps at most.
const ENGLISH_SHORT_CUT: usize = 4;

/// An English name short enough for a chart's label: whole up to six words ("Anhui Crane Works
/// tower cranes", where four words cut "Anhui Crane Works tower" inside the thing it makes), else
/// its first four, without a dangling `and`, `of`, `or` or `the`, comma or semicolon.
fn english_short(full: &str) -> String {
    let words: Vec<&str> = full.split_whitespace().collect();
    if words.len() <= ENGLISH_SHORT_WHOLE {
        return words.join(" ");
    }
    let mut words: Vec<&str> = words.into_iter().take(ENGLISH_SHORT_CUT).collect();
    while words.last().is_some_and(|word| ["and", "of", "or", "the"].contains(word)) {
        words.pop();
    }
    words.join(" ").trim_end_matches([',', ';']).to_string()
}

/// Chinese characters a short name keeps whole; a longer name is cut.
const CHINESE_SHORT_WHOLE: usize = 16;
/// Chinese characters a cut short name keeps at most.
const CHINESE_SHORT_CUT: usize = 12;

/// A Chinese name short enough for a chart's label, cut where a word ends: Chinese writes no
/// spaces, and twelve characters cut "北冶高温合金及高端金属功能材料" into "…高端金属功", half a word. A
/// name of at most sixteen characters stays whole; a longer one ends before its last joining
/// character (及, 和, 与, 、, 暨) within twelve, the first of the things it joins
/// ("北冶高温合金"), or, with none, at twelve.
fn chinese_short(full: &str) -> String {
    let characters: Vec<char> = full.chars().filter(|c| !c.is_whitespace()).collect();
    if characters.len() <= CHINESE_SHORT_WHOLE {
        return characters.into_iter().collect();
    }
    let within = &characters[..CHINESE_SHORT_CUT];
    let end = within
        .iter()
        .rposition(|c| ['及', '和', '与', '、', '暨'].contains(c))
        .filter(|&position| position >= 4)
        .unwrap_or(CHINESE_SHORT_CUT);
    within[..end].iter().collect()
}

/// Industries `text` names (`new energy industry` → `new energy`), with their byte offsets.
pub(crate) fn industries_named(text: &str, language: Language) -> Vec<(usize, String)> {
    match language {
        Language::English => english_names::industries(text),
        Language::Chinese => chinese_names::industries(text),
    }
}

/// The first industry the text names in the paragraph holding `byte`.
pub(crate) fn industry_near(
    document: &Document,
    named: &[(usize, String)],
    byte: usize,
) -> Option<String> {
    let paragraph = document.sentences[document.sentence_at(byte)?].paragraph;
    named
        .iter()
        .find(|(offset, _)| {
            document
                .sentence_at(*offset)
                .is_some_and(|s| document.sentences[s].paragraph == paragraph)
        })
        .map(|(_, name)| name.clone())
}

fn add_industry(industries: &mut Vec<Industry>, name: &str) -> String {
    let id = id_slug(name).unwrap_or_else(|| format!("industry-{}", industries.len() + 1));
    if !industries.iter().any(|industry| industry.id == id) && id != NOT_YET_CLASSIFIED_ID {
        industries.push(Industry { id: id.clone(), label: industry_label(name), color: None });
    }
    id
}

/// The label of an industry the text names: `new energy` → `New energy`.
pub(crate) fn industry_label(name: &str) -> String {
    capitalised(&clean_text(name))
}

static ENGLISH_PLACE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\bin (\p{Lu}\p{Ll}+)\b").unwrap());
static CHINESE_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:{})(\p{{Han}}{{2,4}}?(?:{}))",
        any_of(chinese::PLACE_VERBS),
        any_of(chinese::PLACE_ENDINGS)
    ))
    .unwrap()
});

/// A place without a place's ending between a verb of going and one of visiting (`赴江阴调研`,
/// `到昆山考察`): the words around it say it is a place.
static CHINESE_PLACE_VISITED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:{})(\p{{Han}}{{2,3}}?)(?:{})",
        any_of(chinese::PLACE_VERBS),
        any_of(chinese::VISIT_VERBS)
    ))
    .unwrap()
});

/// A capitalised word, as a place's name after `in` is written.
static CAPITALISED_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\p{Lu}\p{Ll}+\b").unwrap());

/// The place the text names, or None. In English: of the capitalised words written after `in`
/// (months and words such as `The` aside), the one the whole text names most
/// often, the first named of those named as often. In Chinese: the first place after a verb of
/// going (`到浦口区`) or between a verb of going and one of visiting (`赴江阴调研`).
///
/// The English names are counted in one pass over the text, so that a text of many `in X` is
/// read once and not once per mention (a 512 KB text of "He was in Hefei." took half a minute).
pub(crate) fn place(text: &str, language: Language) -> Option<String> {
    match language {
        Language::Chinese => [&*CHINESE_PLACE, &*CHINESE_PLACE_VISITED]
            .into_iter()
            .filter_map(|pattern| pattern.captures(text)?.get(1))
            .min_by_key(|place| place.start())
            .map(|place| place.as_str().to_string()),
        Language::English => {
            let mut candidates: Vec<&str> = Vec::new();
            let mut counts: HashMap<&str, usize> = HashMap::new();
            for captures in ENGLISH_PLACE.captures_iter(text) {
                let Some(name) = captures.get(1).map(|name| name.as_str()) else { continue };
                let month = english::MONTHS.iter().any(|(month, _)| *month == name);
                if !month && !english::NOT_PLACES.contains(&name) && !counts.contains_key(name) {
                    counts.insert(name, 0);
                    candidates.push(name);
                }
            }
            for word in CAPITALISED_WORD.find_iter(text) {
                if let Some(count) = counts.get_mut(word.as_str()) {
                    *count += 1;
                }
            }
            // The first of the most named: a later name must be named more often to win.
            let mut best: Option<(usize, &str)> = None;
            for name in candidates {
                let count = counts[name];
                if best.is_none_or(|(best_count, _)| count > best_count) {
                    best = Some((count, name));
                }
            }
            best.map(|(_, name)| name.to_string())
        }
    }
}
