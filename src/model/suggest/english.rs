//! The English rules: dates, figures (capacities and money), statuses, project mentions and
//! officials. Each finds candidates with a regular expression and keeps those its context allows.

use std::ops::Range;
use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::bounds;
use super::document::{any_of, in_any, last_words, tail, whole_words, Document};
use super::english_names;
use super::link::Found;
use super::numbers::{is_digit, parse_scaled};
use super::rules::{self, english as words};
use super::status::{Conditional, StatusRules};
use super::{DateParts, Fact, Measure};
use crate::model::dataset::days_in_month;

pub(crate) fn find(document: &Document) -> Vec<Found> {
    let dates = find_dates(document.text);
    let date_spans: Vec<Range<usize>> = dates.iter().map(|date| date.span.clone()).collect();
    let mut found = dates;
    found.extend(find_figures(document, &date_spans));
    found.extend(STATUS.find(document));
    found.extend(english_names::find_projects(document));
    found.extend(english_names::find_officials(document));
    found
}

static STATUS: LazyLock<StatusRules> = LazyLock::new(|| {
    StatusRules::new(
        false,
        whole_words(&[words::NOT_YET_BEFORE, words::OTHER_WORK_BEFORE].concat()),
        words::FIGURE_NOUNS,
        Some((
            // Or the stage is done later in its clause: "Equipment installation at the plant has
            // been completed" is past that stage (helper-74).
            Regex::new(&format!(
                r"(?i)^\s*(?:{})\b|^[^,.;:!?]{{0,60}}?\b(?:has|have|had|was|were)\s+(?:been\s+)?(?:completed|finished)\b",
                any_of(words::NOT_YET_AFTER)
            ))
            .unwrap(),
            words::STATE_OPENINGS,
        )),
        whole_words(words::REQUEST_VERBS),
        Conditional {
            before: Some(whole_words(words::CONDITION_BEFORE)),
            after: None,
            future: whole_words(words::FUTURE_WORDS),
        },
        words::NOT_THERE_BEFORE,
    )
});

static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\S+").unwrap());

// ---- Dates -------------------------------------------------------------------------------------

/// A month and day, or a day and month, and the year when one follows: after the range's last
/// day too ("From September 2 to 3, 2023" is the 2nd of September 2023, not a day of no year).
/// Or a date in numbers as a web page's dateline writes it ("Updated: 2024-07-22").
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    let months = any_of(&words::MONTHS.iter().map(|(name, _)| *name).collect::<Vec<_>>());
    Regex::new(&format!(
        r"\b(?P<iso_year>[0-9]{{4}})-(?P<iso_month>[0-9]{{2}})-(?P<iso_day>[0-9]{{2}})\b|\b(?:(?P<month>{months})\s+(?P<day>[0-9]{{1,2}})(?:{suffixes})?|(?P<day_first>[0-9]{{1,2}})(?:{suffixes})?\s+(?P<month_after>{months}))\b(?:(?:\s*(?:to|through|and|-|–|—)\s*[0-9]{{1,2}}(?:{suffixes})?\b)?,?\s+(?P<year>[0-9]{{4}})\b)?",
        suffixes = any_of(words::DAY_SUFFIXES),
    ))
    .unwrap()
});

pub(crate) fn find_dates(text: &str) -> Vec<Found> {
    let mut found = Vec::new();
    for captures in DATE.captures_iter(text) {
        let named = captures.name("month").or(captures.name("month_after"));
        let month = match named {
            Some(named) => {
                words::MONTHS.iter().find(|(name, _)| *name == named.as_str()).map(|m| m.1)
            }
            None => captures.name("iso_month").and_then(|month| month.as_str().parse().ok()),
        };
        let day = captures.name("day").or(captures.name("day_first")).or(captures.name("iso_day"));
        let year = captures
            .name("year")
            .or(captures.name("iso_year"))
            .and_then(|year| year.as_str().parse().ok());
        let (Some(month), Some(Ok(day))) = (month, day.map(|day| day.as_str().parse::<u8>()))
        else {
            continue;
        };
        if let Some(date) = valid_date(year, month, day) {
            let whole = captures.get(0).map(|whole| whole.range()).unwrap_or_default();
            found.push(Found { span: whole, fact: Fact::Date(date) });
        }
    }
    found
}

/// A date when the day exists in the month (February may have 29 days when no year is given)
/// and the year, if any, is a plausible one for a briefing.
pub(crate) fn valid_date(year: Option<i32>, month: u8, day: u8) -> Option<DateParts> {
    let plausible_year = year.is_none_or(|year| (1900..=2200).contains(&year));
    let exists = (1..=12).contains(&month) && (1..=days_in_month(month, year)).contains(&day);
    (exists && plausible_year).then_some(DateParts { year, month, day })
}

// ---- Figures -----------------------------------------------------------------------------------

/// A figure in digits with its scale word if any ("1.2 million", or written short as business
/// news does, "12 bn", "1.5bn"), or a number word with one ("two million": a number word alone,
/// "two projects", is a count, not a figure), or a scale word after "a" or "half a" ("half a
/// million tonnes"), as the validator reads them.
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    let spelled: Vec<&str> = words::NUMBER_WORDS.iter().map(|(word, _)| *word).collect();
    // "k" is left to the validator, which checks a quote a person chose: in industrial news
    // "4K" and "8K" name display resolutions more often than thousands.
    let short: Vec<&str> = words::SCALE_ABBREVIATIONS
        .iter()
        .map(|(word, _)| *word)
        .filter(|word| *word != "k")
        .collect();
    Regex::new(&format!(
        r"\b(?:(?P<digits>{D}{{1,3}}(?:,{D}{{3}})+(?:[.．]{D}+)?|{D}{{1,3}}(?:[ \u{{A0}}\u{{2009}}\u{{202F}}]{D}{{3}})+\b(?:[.．]{D}+)?|{D}+(?:[.．]{D}+)?)(?:\s+(?P<scale>(?i:{scales}))\b|\s?(?P<short_scale>(?i:{short}))\b)?|(?P<spelled>(?i:{spelled}))\s+(?P<spelled_scale>(?i:{scales}))\b|\b(?P<article>(?i:half\s+an?|an?))\s+(?P<article_scale>(?i:{scales}))\b)",
        short = any_of(&short),
        scales = any_of(&rules::scale_words(false)),
        spelled = any_of(&spelled),
        D = DIGIT,
    ))
    .unwrap()
});
/// A digit as a text may write it: ASCII, or full-width as Chinese-typed text does (`８ GW`).
const DIGIT: &str = "[0-9０-９]";
static CURRENCY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^\s*(?:{})\b", any_of(words::CURRENCIES_AFTER))).unwrap()
});
static CURRENCY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?:{})\s?$", any_of(words::CURRENCIES_BEFORE))).unwrap()
});
static UNIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^\s*(?:{})\b", any_of(words::PRODUCTION_UNITS))).unwrap()
});
/// What a figure counts when no known unit follows it: up to six lower-case words, enough for a
/// measure word and what it measures (`kilometers of optical fiber cables`).
static NOUN_PHRASE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,5}").unwrap());
static OF: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s+of\s+").unwrap());
static PERIOD_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    let phrases: Vec<&str> = words::PERIODS_AFTER.iter().map(|(phrase, _)| *phrase).collect();
    Regex::new(&format!(r"(?i)^\s*,?\s*(?:{})\b", any_of(&phrases))).unwrap()
});
static PERIOD_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    whole_words(&words::PERIODS_BEFORE.iter().map(|(word, _)| *word).collect::<Vec<_>>())
});
/// A second figure joined by `and` whose period, after it, is both figures' ("10 GWh of power
/// batteries and 5 GWh of storage batteries a year"): the `and`, the figure, up to six words of
/// its unit and what it counts, and the period phrase.
static SHARED_PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    let phrases: Vec<&str> = words::PERIODS_AFTER.iter().map(|(phrase, _)| *phrase).collect();
    Regex::new(&format!(
        r"(?i)^\s*,?\s*and\s+{DIGIT}[0-9０-９,.]*(?:\s+[\p{{L}}-]+){{0,6}}?\s*,?\s*(?P<period>{})\b",
        any_of(&phrases)
    ))
    .unwrap()
});
static CAPACITY_WORD: LazyLock<Regex> = LazyLock::new(|| whole_words(words::CAPACITY_WORDS));
static NOT_CAPACITY_WORD: LazyLock<Regex> =
    LazyLock::new(|| whole_words(words::NOT_CAPACITY_WORDS));
static MONEY_WORD: LazyLock<Regex> = LazyLock::new(|| whole_words(words::MONEY_WORDS));
/// A figure that ends a range ("50,000-80,000 tons", "3 to 5 billion yuan", "5 GW to 8 GW"): the
/// number, its unit if any, and the dash or `to` before it; or a figure that begins or ends one
/// written with `between` ("between 30,000 and 50,000 tons", "between 3 million tons and").
static RANGE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:{DIGIT}[0-9０-９,.]*(?:\s*\p{{L}}{{1,12}})?\s*(?:-|–|—|~|～|to)|\bbetween(?:\s+{DIGIT}[0-9０-９,.]*(?:\s+\p{{L}}{{1,12}}){{0,2}}\s+and)?)\s*$"
    ))
    .unwrap()
});
/// A figure that begins a range: its unit if any, the dash or `to` and the number after it.
static RANGE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^(?:\s*\p{{L}}{{1,12}})?\s*(?:-|–|—|~|～|to)\s*{DIGIT}")).unwrap()
});

/// A figure a change comes to: a verb of change, then `from`, the figure it starts from with its
/// unit and scale, and `to` ("expand its annual capacity from 10 GWh to").
static CHANGED_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:{})\b[^.;:!?]{{0,48}}?\bfrom\s+{DIGIT}[0-9０-９,.]*(?:\s+\p{{L}}{{1,12}}){{0,2}}\s+to\s*$",
        any_of(words::CHANGE_VERBS)
    ))
    .unwrap()
});

/// A stretch of a year ("from January to September", "in the first half", "so far this year"):
/// what a project made in it is its output then, not a capacity.
static PART_OF_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let months = any_of(&words::MONTHS.iter().map(|(name, _)| *name).collect::<Vec<_>>());
    Regex::new(&format!(
        r"(?i)\b(?:{months})\s*(?:to|through|and|-|–|—)\s*(?:{months})(?:\b|\s)|\bin\s+the\s+first\s+(?:half|quarter|three\s+quarters|[a-z]+\s+months)\b|\bso\s+far\s+this\s+year\b|\byear[- ]to[- ]date\b"
    ))
    .unwrap()
});

/// How many words before a figure its context may come from: `a designed annual capacity of`.
const WORDS_BEFORE: usize = 6;

fn find_figures(document: &Document, date_spans: &[Range<usize>]) -> Vec<Found> {
    let text = document.text;
    let mut found = Vec::new();
    for captures in NUMBER.captures_iter(text) {
        let Some(whole) = captures.get(0) else { continue };
        let spelled = captures.name("spelled").and_then(|word| number_word_digits(word.as_str()));
        if spelled.is_some() && follows_number_word(&text[..whole.start()]) {
            continue;
        }
        // The decimals of a number the pattern could not begin at (in "年产1.2 million" no word
        // boundary stands between 产 and 1) are no figure of their own: "2 million" is not stated.
        if captures.name("digits").is_some() && ends_inside_number(&text[..whole.start()]) {
            continue;
        }
        let article = captures.name("article").map(|article| {
            let half =
                article.as_str().get(..4).is_some_and(|word| word.eq_ignore_ascii_case("half"));
            if half {
                "0.5"
            } else {
                "1"
            }
        });
        let (digits, scale) = match (captures.name("digits"), spelled, article) {
            (Some(digits), _, _) => {
                (digits.as_str(), captures.name("scale").or_else(|| captures.name("short_scale")))
            }
            (None, Some(digits), _) => (digits, captures.name("spelled_scale")),
            (None, None, Some(digits)) => (digits, captures.name("article_scale")),
            (None, None, None) => continue,
        };
        let in_date = in_any(date_spans, &whole.range());
        let Some(sentence) = document.sentence_at(whole.start()) else { continue };
        let value = parse_scaled(digits, scale.map(|scale| scale.as_str()));
        let Some(value) = value.filter(|value| !value.is_zero() && !in_date) else { continue };
        // Either end of a range alone is a figure the text does not state ("50,000-80,000 tons"
        // gave 80,000 tons, quoted from its second half), but the figure a change comes to is the
        // project's ("will expand its annual capacity from 10 GWh to 20 GWh").
        let before = tail(&text[..whole.start()], 96);
        if RANGE_BEFORE.is_match(tail(before, 48)) && !CHANGED_TO.is_match(before)
            || RANGE_AFTER.is_match(&text[whole.end()..])
        {
            continue;
        }
        let sentence_end = document.sentences[sentence].range.end;
        let window_start = words_before(text, document.clause_start(whole.start()), whole.start());
        let window = &text[window_start..whole.start()];
        let period_before = PERIOD_BEFORE.find_iter(window).last();
        let period = period_before.and_then(|word| period_named(word.as_str()));
        let after = &text[whole.end()..sentence_end];
        let bound = bounds::english_before(text, whole.start());
        if let Some(currency) = CURRENCY_AFTER.find(after) {
            let money_word = MONEY_WORD.find_iter(window).last();
            let start = money_word.map_or(whole.start(), |word| window_start + word.start());
            found.push(Found {
                span: start.min(bound.map_or(start, |(_, at)| at))..whole.end() + currency.end(),
                fact: Fact::Amount(Measure {
                    value,
                    unit: currency.as_str().trim().to_string(),
                    period: period.map(str::to_string),
                    of: money_word.map(|word| word.as_str().to_string()),
                    bound: bound.map(|(bound, _)| bound),
                }),
            });
            continue;
        }
        if let Some(symbol) = CURRENCY_BEFORE.find(tail(&text[..whole.start()], 8)) {
            let symbol_start =
                whole.start() - (tail(&text[..whole.start()], 8).len() - symbol.start());
            let bound = bounds::english_before(text, symbol_start);
            found.push(Found {
                span: bound.map_or(symbol_start, |(_, at)| at)..whole.end(),
                fact: Fact::Amount(Measure {
                    value,
                    unit: symbol.as_str().trim().to_string(),
                    period: None,
                    of: MONEY_WORD.find_iter(window).last().map(|word| word.as_str().to_string()),
                    bound: bound.map(|(bound, _)| bound),
                }),
            });
            continue;
        }
        if NOT_CAPACITY_WORD.is_match(window) {
            continue;
        }
        let capacity_word = CAPACITY_WORD.find(window);
        let Some(counted) = counted_after(text, whole.end(), sentence_end) else { continue };
        // A bound may follow the unit, before the period or after it ("840,000 sets or more a
        // year", "5 GW a year or so").
        let unit_bound = bounds::english_at(&text[..sentence_end], counted.end);
        let period_start = unit_bound.map_or(counted.end, |(_, end)| end);
        let period_after = PERIOD_AFTER.find(&text[period_start..sentence_end]);
        let mut period = period_after
            .and_then(|phrase| period_named(phrase.as_str().trim_start_matches([',', ' '])))
            .or(period);
        let mut period_end =
            period_after.map_or(period_start, |phrase| period_start + phrase.end());
        // A period after the figure joined to this one is this one's too; the quote runs to it.
        if period.is_none() {
            // Only for a figure of the same unit: "1 GW and 2.5 billion kWh a year" puts no year
            // on the gigawatt.
            let same_unit = |joined: &Captures| {
                joined[0].split_whitespace().any(|word| word.eq_ignore_ascii_case(&counted.unit))
            };
            let shared = SHARED_PERIOD.captures(&text[period_end..sentence_end]).filter(same_unit);
            if let Some(phrase) = shared.as_ref().and_then(|captures| captures.name("period")) {
                period = period_named(phrase.as_str());
                period_end += phrase.end();
            }
        }
        let after_bound =
            unit_bound.or_else(|| bounds::english_at(&text[..sentence_end], period_end));
        let end = after_bound.map_or(period_end, |(_, end)| end.max(period_end));
        // A bound before the figure is the one the text puts first ("over 5 GW or more" is rare).
        let bound = bound.or(after_bound.map(|(bound, _)| (bound, whole.start())));
        if !counted.known_unit && period.is_none() && capacity_word.is_none() {
            continue;
        }
        // A figure of no period and no capacity word in a sentence about part of a year is what
        // was made then (helper-74: "produced 20,000 tons … from January to September" was a
        // capacity); "a designed capacity of 20 GWh" stays one, whenever the sentence says it
        // starts.
        let sentence_range = document.sentences[sentence].range.clone();
        if period.is_none()
            && capacity_word.is_none()
            && PART_OF_YEAR.is_match(&text[sentence_range])
        {
            continue;
        }
        let context_start =
            [period_before.map(|word| word.start()), capacity_word.map(|w| w.start())]
                .into_iter()
                .flatten()
                .min()
                .map_or(whole.start(), |start| window_start + start);
        // The quote holds the bound's words, which the figure shown must not lose.
        let context_start = context_start.min(bound.map_or(context_start, |(_, at)| at));
        found.push(Found {
            span: context_start..end,
            fact: Fact::Capacity(Measure {
                value,
                unit: counted.unit,
                period: period.map(str::to_string),
                of: counted.of,
                bound: bound.map(|(bound, _)| bound),
            }),
        });
    }
    found
}

/// Whether `before` ends with a digit, or a digit and its decimal point or thousands comma.
fn ends_inside_number(before: &str) -> bool {
    let mut last = before.chars().rev();
    match last.next() {
        Some('.' | '．' | ',') => last.next().is_some_and(is_digit),
        Some(character) => is_digit(character),
        None => false,
    }
}

/// The digits of a number word ("Two" → "2"), or none.
fn number_word_digits(word: &str) -> Option<&'static str> {
    words::NUMBER_WORDS
        .iter()
        .find(|(number, _)| number.eq_ignore_ascii_case(word))
        .map(|(_, digits)| *digits)
}

/// Whether the text `before` a number word ends with another, so that the word is the last of
/// several and not read alone ("twenty-five million", "two hundred million", "one hundred and
/// two million" are not five, a hundred or two million).
fn follows_number_word(before: &str) -> bool {
    let before = before.trim_end_matches(' ');
    let mut previous = before.rsplit(char::is_whitespace);
    before.ends_with('-')
        || match (previous.next(), previous.next()) {
            (Some("and"), Some(word)) | (Some(word), _) => number_word_digits(word).is_some(),
            _ => false,
        }
}

/// The start of the `WORDS_BEFORE` words before `end`, within the clause starting at `start`
/// (the clause's start when it has fewer).
fn words_before(text: &str, start: usize, end: usize) -> usize {
    let words = last_words(text, start, end, WORDS_BEFORE);
    match words.first() {
        Some(first) if words.len() == WORDS_BEFORE => first.start,
        _ => start,
    }
}

fn period_named(phrase: &str) -> Option<&'static str> {
    let phrase = phrase.to_lowercase();
    words::PERIODS_BEFORE
        .iter()
        .chain(words::PERIODS_AFTER)
        .find(|(word, _)| *word == phrase)
        .map(|(_, period)| *period)
}

/// What follows a figure: its unit, and what is counted.
struct Counted {
    unit: String,
    of: Option<String>,
    /// The unit is one of [`words::PRODUCTION_UNITS`].
    known_unit: bool,
    /// Byte offset where the unit, or what is counted, ends.
    end: usize,
}

fn counted_after(text: &str, start: usize, sentence_end: usize) -> Option<Counted> {
    let after = &text[start..sentence_end];
    if let Some(unit) = UNIT.find(after) {
        let unit_end = start + unit.end();
        let mut counted = Counted {
            unit: unit.as_str().trim().to_string(),
            of: None,
            known_unit: true,
            end: unit_end,
        };
        // `sets of drive motors`, or directly `GWh power batteries`.
        let of_start =
            OF.find(&text[unit_end..sentence_end]).map_or(unit_end, |of| unit_end + of.end());
        if let Some(range) = counted_words(text, of_start, sentence_end) {
            counted.of = Some(text[range.clone()].to_string());
            counted.end = range.end;
        }
        return Some(counted);
    }
    let phrase = NOUN_PHRASE.find(after)?;
    let range = counted_words(text, start, start + phrase.end())?;
    let of = text[range.clone()].to_string();
    let first = of.split_whitespace().next()?.to_lowercase();
    if words::NOT_UNITS.contains(&first.as_str()) {
        return None;
    }
    // A measure word of its own, then what it measures: `kilometers of high-voltage cables`,
    // `vials of vaccines` (QA: the units "cables" and "vaccines"), as `sets of drive motors`.
    if let Some((measure, measured)) = of.split_once(" of ") {
        if !measure.contains(char::is_whitespace) && !measured.trim().is_empty() {
            let measured = Some(measured.trim().to_string());
            return Some(Counted {
                unit: measure.to_string(),
                of: measured,
                known_unit: false,
                end: range.end,
            });
        }
    }
    let unit = of.split_whitespace().last()?.to_string();
    let of = (of.contains(' ')).then_some(of);
    Some(Counted { unit, of, known_unit: false, end: range.end })
}

/// The words from `start` that say what is counted, up to a stop word, a project head, a
/// period phrase or punctuation. A comma is crossed only when lower-case words leading to a
/// project head follow it (`of magnesium, aluminum alloy die-casting project`).
fn counted_words(text: &str, start: usize, end: usize) -> Option<Range<usize>> {
    // Only the words the loop can reach: at most COUNTED_WORDS, and the six after a comma that
    // `comma_leads_to_head` reads (the rest of the sentence, read for every figure, made a line
    // of figures take minutes).
    let tokens: Vec<Range<usize>> = WORD
        .find_iter(&text[start..end])
        .map(|word| start + word.start()..start + word.end())
        .take(COUNTED_WORDS + 1 + HEAD_LOOKAHEAD)
        .collect();
    let mut last_end = None;
    for (index, token) in tokens.iter().enumerate() {
        let raw = &text[token.clone()];
        let bare = raw.trim_end_matches(|character: char| !character.is_alphanumeric());
        let lower = bare.to_lowercase();
        let connector = ["and", "of", "or"].contains(&lower.as_str());
        let opens_badly = index == 0 && connector;
        // A token with no letter or digit before its punctuation is empty bare, and so does
        // not start with one either.
        if index >= COUNTED_WORDS
            || opens_badly
            || !bare.starts_with(|character: char| character.is_alphanumeric())
            || words::COUNTED_STOP_WORDS.contains(&lower.as_str())
            || head_begins(text, &tokens[index..])
            || words::NOT_UNITS.contains(&lower.as_str()) && lower != "and" && lower != "of"
            || PERIOD_AFTER.is_match(&text[token.start..end])
        {
            break;
        }
        // A figure after a connector is another's: `300 sets of wind turbines and 2 GW of
        // towers` counts wind turbines.
        let after_connector = index > 0 && {
            let previous = text[tokens[index - 1].clone()].to_lowercase();
            ["and", "or"].contains(&previous.as_str())
        };
        if after_connector && bare.starts_with(|character: char| character.is_ascii_digit()) {
            break;
        }
        // A connector ends nothing: `300 industrial robots and 20 lines` counts robots.
        if !connector {
            last_end = Some(token.start + bare.len());
        }
        if bare.len() < raw.len()
            && !(raw.ends_with(',') && comma_leads_to_head(text, &tokens[index + 1..]))
        {
            break;
        }
    }
    // From the first word: `start` may stand before the spaces that lead to it.
    last_end.map(|last_end| tokens[0].start..last_end)
}

/// Whether a project head (`plant`, `production line`) begins at the first of `tokens`.
fn head_begins(text: &str, tokens: &[Range<usize>]) -> bool {
    let words: Vec<&str> =
        tokens.iter().take(words::MOST_HEAD_WORDS).map(|token| &text[token.clone()]).collect();
    words::project_head_at_start(&words).is_some()
}

/// The most words that say what a figure counts.
const COUNTED_WORDS: usize = 12;
/// How many words after a comma may lead to a project head.
const HEAD_LOOKAHEAD: usize = 6;

fn comma_leads_to_head(text: &str, tokens: &[Range<usize>]) -> bool {
    for (index, token) in tokens.iter().enumerate().take(HEAD_LOOKAHEAD) {
        let word = &text[token.clone()];
        if head_begins(text, &tokens[index..]) {
            return true;
        }
        let lower_case = word.chars().next().is_some_and(char::is_lowercase);
        if !lower_case
            || words::COUNTED_STOP_WORDS.contains(&word)
            || word.ends_with([',', '.', ';'])
        {
            return false;
        }
    }
    false
}
