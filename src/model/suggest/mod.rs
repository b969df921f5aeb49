//! Suggested facts from a briefing's text: capacities, amounts of money, statuses, dates, projects
//! and officials, in English and Chinese, each with the exact span it came from.
//!
//! Rules, not a model: regular expressions built from the word lists in [`rules`], applied per
//! sentence (`unicode-segmentation`), then linked (a status or a figure to the project the
//! sentence, or failing that the paragraph, is about). Nothing here reads files, the network or
//! the browser. The editor shows these suggestions for people to accept or reject; the `draft`
//! command prints them, or a draft dataset built from them ([`draft`]).
//!
//! **Offsets are character offsets** (Unicode scalar values, not bytes) into the text given:
//! `quote == text.chars().skip(start).take(end - start).collect::<String>()`, and every quote is
//! a non-empty substring of the text, so it passes the validator's quote check.

pub(crate) mod bounds;
mod chinese;
mod chinese_names;
pub mod document;
pub mod draft;
mod english;
mod english_names;
pub mod evaluate;
mod link;
pub mod numbers;
pub mod rules;
mod status;

use serde::{Deserialize, Serialize};

use crate::model::dataset::{Bound, PARTICIPANT_SEPARATORS};

pub use numbers::Quantity;

/// The language of a briefing's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Language {
    #[serde(rename = "en")]
    English,
    #[serde(rename = "zh")]
    Chinese,
}

impl Language {
    /// The BCP 47 tag, as a dataset's `source.language` holds it.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Chinese => "zh",
        }
    }

    /// `en` or `zh` (a region such as `zh-CN` is accepted and ignored).
    pub fn from_code(code: &str) -> Option<Language> {
        match code.split(['-', '_']).next()?.to_ascii_lowercase().as_str() {
            "en" => Some(Language::English),
            "zh" => Some(Language::Chinese),
            _ => None,
        }
    }

    /// Chinese when at least a fifth of the letters are Han characters, English otherwise.
    pub fn guess(text: &str) -> Language {
        let mut letters = 0usize;
        let mut han = 0usize;
        for character in text.chars().filter(|character| character.is_alphabetic()) {
            letters += 1;
            if is_han(character) {
                han += 1;
            }
        }
        if han * 5 >= letters && han > 0 {
            Language::Chinese
        } else {
            Language::English
        }
    }
}

/// A Han character, of the main block or its extension A and compatibility forms.
pub(crate) fn is_han(character: char) -> bool {
    matches!(character, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

/// What all the suggestions for one text are, as the `draft` command prints them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Suggestions {
    pub language: Language,
    pub suggestions: Vec<Suggestion>,
}

/// One proposed fact and the span of the text it comes from.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Suggestion {
    #[serde(flatten)]
    pub fact: Fact,
    /// The text between `start` and `end`, verbatim.
    pub quote: String,
    /// Character offset of the first character.
    pub start: usize,
    /// Character offset just past the last character.
    pub end: usize,
    /// For a capacity, amount or status: the name of the project it belongs to, when found.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project: Option<String>,
}

/// The kinds of fact, with what each one states.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Fact {
    /// An amount produced (or installed) per period: never money.
    Capacity(Measure),
    /// An amount of money: an investment, an output value.
    Amount(Measure),
    /// A stage the project has reached, as a status id of [`rules::STAGES`].
    Status {
        status: String,
    },
    Date(DateParts),
    Project(ProjectMention),
    Official(OfficialMention),
}

impl Fact {
    /// The kind's name, as the JSON `kind` field spells it.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Fact::Capacity(_) => "capacity",
            Fact::Amount(_) => "amount",
            Fact::Status { .. } => "status",
            Fact::Date(_) => "date",
            Fact::Project(_) => "project",
            Fact::Official(_) => "official",
        }
    }
}

/// A figure with its unit, as written (`sets`, `tonnes`, `套`, `yuan`, `元`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Measure {
    /// Exact: `1.2 million` is 1200000 and `84万` is 840000.
    pub value: Quantity,
    pub unit: String,
    /// `year`, `month` or `day`, when the text says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// What is counted (`drive motors`), or for money what it is (`total investment`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub of: Option<String>,
    /// How the text bounds the figure (`more than 840,000`, `近6万`), when it does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bound: Option<Bound>,
}

/// A date with only what the text writes: the year is absent when the text leaves it out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct DateParts {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    pub month: u8,
    pub day: u8,
}

/// A project (or plant, base, factory) and the sentences that speak of it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProjectMention {
    /// The fullest name the text gives it, as written.
    pub name: String,
    /// The enterprise the name begins with, when it can be told apart, or in Chinese the one
    /// whose head reports in a sentence about it (`天元新材料股份有限公司负责人`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enterprise: Option<String>,
    /// Whether `enterprise` is only the capitalised word the name begins with (`Baowu`, `Wujin`),
    /// which is as often a place (Wujin is a district) as a company: it shapes the short name
    /// and the sector, and is not proposed as the project's enterprise, which is then left out
    /// as one the text does not name.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub enterprise_guessed: bool,
    /// What the first capacity given to it counts (`正极材料`, `drive motors`): the sector the
    /// text names for it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub makes: Option<String>,
    /// The sentences that mention it, or follow a mention of it in the same paragraph.
    pub sentences: Vec<TextSpan>,
}

impl ProjectMention {
    /// The enterprise to propose for the project: the one the text states, never a guess.
    pub fn stated_enterprise(&self) -> Option<&str> {
        self.enterprise.as_deref().filter(|_| !self.enterprise_guessed)
    }
}

/// A stretch of the text, in character offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct TextSpan {
    pub start: usize,
    pub end: usize,
}

/// A named official, with the title as written (`mayor`, `Vice Governor`, `市长`, `City leaders`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OfficialMention {
    pub name: String,
    pub role: String,
    /// Listed as taking part (accompanying the official who leads), rather than leading.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub taking_part: bool,
}

impl OfficialMention {
    /// How the official is listed among those taking part: with the title the text gives them
    /// ("Vice Governor Li Ming", 副市长陈静), since a briefing's participants are text and the
    /// name alone would lose who they are; a group's members by name alone ("City leaders Liu
    /// Wei, Wu Wei": the group's plural title is everyone's, not each one's).
    pub fn participant(&self) -> String {
        // A participant holds none of the marks that part participants typed as one text, so of
        // titles joined before the name (市委副书记、市长) the one nearest it is kept.
        let role = self.role.rsplit(PARTICIPANT_SEPARATORS).next().unwrap_or_default().trim();
        let group =
            rules::english::LEADER_GROUPS.iter().any(|group| group.eq_ignore_ascii_case(role))
                || rules::chinese::LEADER_GROUPS.contains(&role);
        if role.is_empty() || group {
            self.name.clone()
        } else if role.chars().any(is_han) {
            format!("{role}{}", self.name)
        } else {
            format!("{} {}", draft::capitalised(role), self.name)
        }
    }

    /// The official as a suggestion's label names them: the name, then the title in brackets of
    /// the title's script, full-width and with no space before them for a title in Han
    /// characters (王建国（副市长）), as Chinese text is set; "Li Ming (Vice Governor)" otherwise.
    pub fn label(&self) -> String {
        if self.role.is_empty() {
            self.name.clone()
        } else if self.role.chars().any(is_han) {
            format!("{}（{}）", self.name, self.role)
        } else {
            format!("{} ({})", self.name, self.role)
        }
    }
}

/// The people taking part written as one text, as the editor's header field shows them: parted
/// by 、 in a Chinese briefing (`source_language` is its text's tag), as Chinese lists names
/// (市政府副秘书长李明、市发展改革委主任张华), and by a comma and a space otherwise. Either is one of
/// the [`PARTICIPANT_SEPARATORS`] the field splits its text at, so the text reads back as the
/// same list.
pub fn participants_as_text(participants: &[String], source_language: &str) -> String {
    let separator = match Language::from_code(source_language) {
        Some(Language::Chinese) => "、",
        _ => ", ",
    };
    participants.join(separator)
}

/// Every suggestion for `text`, in text order. `language` is guessed from the text when absent.
pub fn suggest(text: &str, language: Option<Language>) -> Suggestions {
    let language = language.unwrap_or_else(|| Language::guess(text));
    let document = document::Document::new(text);
    let found = match language {
        Language::English => english::find(&document),
        Language::Chinese => chinese::find(&document),
    };
    let found = without_event_dates(&document, found);
    Suggestions { language, suggestions: link::link(&document, found, language) }
}

/// The dates of the visit, without those of what a project did: a date that a status's words
/// run into ("was put into operation on February 28", "于2月28日投产") is that event's, and
/// offered as the briefing's date it replaced the visit's when accepted. A date a sentence opens
/// with stays, whatever status it goes on to state ("On May 2, the mayor visited the plant,
/// which has reached full production").
fn without_event_dates(document: &document::Document, found: Vec<link::Found>) -> Vec<link::Found> {
    let text = document.text;
    // Sorted by where they end and where they start, so that only the statuses within reach of
    // a date are looked at: a text of thousands of dated status sentences is not read pair by
    // pair.
    let mut by_end: Vec<std::ops::Range<usize>> = found
        .iter()
        .filter(|found| matches!(found.fact, Fact::Status { .. }))
        .map(|found| found.span.clone())
        .collect();
    by_end.sort_by_key(|status| status.end);
    let mut by_start = by_end.clone();
    by_start.sort_by_key(|status| status.start);
    let reach = EVENT_DATE_GAP * 4;
    // At most a short word between them ("on", "in", "于"), and no punctuation.
    let joined = |from: usize, to: usize| {
        from <= to
            && text.get(from..to).is_some_and(|between| {
                between.chars().count() <= EVENT_DATE_GAP
                    && !between.chars().any(|character| {
                        character.is_ascii_punctuation() || "，。；、".contains(character)
                    })
            })
    };
    let event_date = |date: &std::ops::Range<usize>| {
        let ending_before = by_end.partition_point(|status| status.end + reach < date.start)
            ..by_end.partition_point(|status| status.end <= date.start);
        let starting_after = by_start.partition_point(|status| status.start < date.end)
            ..by_start.partition_point(|status| status.start <= date.end + reach);
        by_end[ending_before].iter().any(|status| joined(status.end, date.start))
            || by_start[starting_after].iter().any(|status| joined(date.end, status.start))
    };
    // Events other than a status's: a signing, a start, an opening, or one planned.
    let named_event = |date: &std::ops::Range<usize>| {
        let before = document::tail(&text[..date.start], 64);
        EVENT_BEFORE.is_match(before)
            || PLANNED_BEFORE.is_match(before)
            || EVENT_AFTER.is_match(document::head(&text[date.end..], 24))
    };
    found
        .into_iter()
        .filter(|found| {
            !matches!(found.fact, Fact::Date(_))
                || !event_date(&found.span) && !named_event(&found.span)
        })
        .collect()
}

/// A verb of a project's event and `on` or `in` right before a date ("started on"), or a verb
/// of its first products with up to four words of what it made, and no clause break, between
/// ("rolled out its first batteries on").
static EVENT_BEFORE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(&format!(
        r"(?i)\b(?:(?:{})|(?:{})(?:\s+[\p{{L}}-]+){{0,4}})\s+(?:on|in)\s+(?:the\s+)?$",
        document::any_of(rules::english::EVENT_VERBS),
        document::any_of(rules::english::FIRST_PRODUCT_VERBS),
    ))
    .unwrap()
});
/// A word of a project's event right after a date, with at most `正式` or `举行` between
/// (`6月30日签约`, `3月3日正式开工`).
static EVENT_AFTER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(&format!(
        r"^(?:正式|举行|成功|顺利)?(?:{})",
        document::any_of(rules::chinese::EVENT_WORDS)
    ))
    .unwrap()
});

/// A plan's word right before a date, with `于` or `在` (`计划于6月30日`).
static PLANNED_BEFORE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(&format!(
        r"(?:{})(?:于|在)?$",
        document::any_of(rules::chinese::PLANNED_BEFORE)
    ))
    .unwrap()
});

/// How many characters may stand between a status's words and the date of that event.
const EVENT_DATE_GAP: usize = 4;

/// The first date `text` states, as [`suggest`] suggests it, found by the date rules alone: a
/// new briefing's date is proposed from it, and the editor's page runs every rule over the text
/// itself (running them twice made starting from 500 KB of text take a third of a second more).
pub fn first_date(text: &str, language: Option<Language>) -> Option<Suggestion> {
    let language = language.unwrap_or_else(|| Language::guess(text));
    let dates = match language {
        Language::English => english::find_dates(text),
        Language::Chinese => chinese::find_dates(text),
    };
    let link::Found { span, fact } = dates.into_iter().next()?;
    let characters_to = |byte: usize| text[..byte].chars().count();
    Some(Suggestion {
        quote: text[span.clone()].to_string(),
        start: characters_to(span.start),
        end: characters_to(span.end),
        fact,
        project: None,
    })
}
