//! The Chinese rules: dates (`2025年3月14日`), figures (`年产84万套`, `总投资45亿元`) and
//! statuses. Names are in `chinese_names.rs`.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::bounds;
use super::chinese_names;
use super::document::{any_of, anywhere, in_any, tail, Document};
use super::english::valid_date;
use super::link::Found;
use super::numbers::{parse_scaled, Quantity};
use super::rules::{self, chinese as words};
use super::status::{Conditional, StatusRules};
use super::{is_han, Fact, Measure};
use crate::model::dataset::Bound;
use crate::model::text::{full_width, half_width};
use crate::model::validate::chinese_numerals_value;

pub(crate) fn find(document: &Document) -> Vec<Found> {
    let dates = find_dates(document.text);
    let date_spans: Vec<Range<usize>> = dates.iter().map(|date| date.span.clone()).collect();
    let mut found = dates;
    found.extend(find_figures(document, &date_spans));
    found.extend(STATUS.find(document).into_iter().filter(|status| {
        let phrase = status.span.clone();
        states_a_stage(&document.text[phrase.clone()], &document.text[phrase.end..])
    }));
    found.extend(chinese_names::find_projects(document));
    found.extend(chinese_names::find_officials(document));
    found
}

static STATUS: LazyLock<StatusRules> = LazyLock::new(|| {
    StatusRules::new(
        true,
        Regex::new(&format!("{}|{}", any_of(words::NOT_YET_BEFORE), words::NOT_YET_TIMES)).unwrap(),
        &[],
        None,
        anywhere(words::REQUEST_VERBS),
        Conditional {
            before: None,
            after: Some(Regex::new(&format!("^(?:{})", any_of(words::CONDITION_AFTER))).unwrap()),
            future: anywhere(words::FUTURE_WORDS),
        },
        words::NOT_THERE_BEFORE,
    )
});

/// A project named after `的` (`的星海储能电池项目`): its head within a name's length, after Han
/// characters only, so that the name ends with its clause.
static PROJECT_AFTER_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^的\p{{Han}}{{0,40}}?(?:{})", any_of(words::PROJECT_HEADS))).unwrap()
});

/// Whether a stage `phrase`, followed by the text `after`, states the stage a project is at: not
/// when it is run into the word after it (`在建设过程中`), nor when it says the time at which
/// something else happens (`项目建设中的困难和问题`, `施工中遇到的问题`), unless that is a project
/// named after `的` (`目前建设中的星海储能电池项目`).
fn states_a_stage(phrase: &str, after: &str) -> bool {
    let run_into_next_word = words::STAGES_ENDING_THEIR_CLAUSE.contains(&phrase)
        && after.chars().next().is_some_and(is_han);
    let time_of_something_else =
        words::STAGE_TIME_ENDINGS.iter().any(|ending| phrase.ends_with(ending))
            && words::AT_THAT_TIME_AFTER.iter().any(|word| after.starts_with(word))
            && !PROJECT_AFTER_OF.is_match(after);
    !run_into_next_word && !time_of_something_else
}

const DIGIT: &str = "[0-9０-９]";
/// A figure's numerals below 万 (`八十四万套`, `两千吨`): 万 and 亿 are its scale words.
const NUMERALS: &str = "[〇零一二两三四五六七八九十百千]";
/// The first character of a range's or a change's other figure, in digits or numerals.
const FIGURE_START: &str = "[0-9０-９〇零一二两三四五六七八九十百千]";

/// A unit as the data writes it: full-width Latin letters and digits as their ASCII twins
/// (`ＧＷｈ` → `GWh`).
fn unit_as_written(unit: &str) -> String {
    unit.chars().map(half_width).collect()
}

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:(?P<year>{DIGIT}{{4}})\s*年\s*)?(?P<month>{DIGIT}{{1,2}})\s*月\s*(?P<day>{DIGIT}{{1,2}})\s*[日号]"
    ))
    .unwrap()
});

pub(crate) fn find_dates(text: &str) -> Vec<Found> {
    let whole_number = |digits: &str| Quantity::parse_digits(digits).and_then(Quantity::as_whole);
    DATE.captures_iter(text)
        .filter_map(|captures| {
            let month = u8::try_from(whole_number(captures.name("month")?.as_str())?).ok()?;
            let day = u8::try_from(whole_number(captures.name("day")?.as_str())?).ok()?;
            let year = match captures.name("year") {
                Some(year) => Some(i32::try_from(whole_number(year.as_str())?).ok()?),
                None => None,
            };
            let date = valid_date(year, month, day)?;
            Some(Found { span: captures.get(0)?.range(), fact: Fact::Date(date) })
        })
        .collect()
}

static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    let units: Vec<&str> = words::PRODUCTION_UNITS
        .iter()
        .chain(words::COUNT_UNITS)
        .chain(words::CURRENCIES)
        .copied()
        .collect();
    // A unit in Latin letters as Chinese-typed text may write it, full-width (`１２ＧＷｈ`), is
    // the same unit: the figure's unit is written half-width ([`unit_as_written`]).
    let full_width_units: Vec<String> = units
        .iter()
        .filter(|unit| unit.is_ascii())
        .map(|unit| unit.chars().map(full_width).collect())
        .collect();
    let units: Vec<&str> =
        units.into_iter().chain(full_width_units.iter().map(String::as_str)).collect();
    Regex::new(&format!(
        r"(?:(?P<digits>{DIGIT}+(?:,[0-9]{{3}})*(?:[.．]{DIGIT}+)?)|(?P<numerals>{NUMERALS}+))(?P<within_before>{within})?\s*(?P<scale>{})?(?P<within>{within})?\s*(?P<unit>{})",
        any_of(&rules::scale_words(true)),
        any_of(&units),
        within = any_of(words::BOUNDS_WITHIN),
    ))
    .unwrap()
});
static PERIOD_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    anywhere(&words::PERIODS_BEFORE.iter().map(|(word, _)| *word).collect::<Vec<_>>())
});
static CAPACITY_WORD: LazyLock<Regex> = LazyLock::new(|| anywhere(words::CAPACITY_WORDS));
static NOT_CAPACITY_WORD: LazyLock<Regex> = LazyLock::new(|| anywhere(words::NOT_CAPACITY_WORDS));
static AREA_WORD: LazyLock<Regex> = LazyLock::new(|| anywhere(words::AREA_WORDS));
/// A money word, with the phase it is of right before it (`一期投资20亿元` is the first phase's,
/// not the project's whole investment).
static MONEY_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        "(?:(?:{})(?:工程)?)?(?:{})",
        any_of(words::PHASES),
        any_of(words::MONEY_WORDS)
    ))
    .unwrap()
});
/// Filler words at either end of what is counted. At its start only words of two characters or
/// more: one (`超`, `近`) may begin the product's own name (`年产超薄玻璃3000万片`).
static FILLER: LazyLock<Regex> = LazyLock::new(|| {
    let opening: Vec<&str> =
        words::FILLER_WORDS.iter().copied().filter(|word| word.chars().count() > 1).collect();
    Regex::new(&format!("^(?:{})+|(?:{})+$", any_of(&opening), any_of(words::FILLER_WORDS)))
        .unwrap()
});
static PERIOD_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:/年|每年)").unwrap());
/// A figure that ends a range (`3万至5万吨`, `3-5万吨`, `3万吨～5万吨`, `五至八万吨`): the number
/// before it, its scale and unit if any, and the word or dash between them. After numerals only
/// two characters may come before that word: more would take a word such as 进一步 for a figure.
static RANGE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:{DIGIT}[0-9０-９,.．]*\s*[\p{{Han}}A-Za-z]{{0,4}}|{NUMERALS}+[\p{{Han}}A-Za-z]{{0,2}})\s*(?:{})\s*$",
        any_of(RANGE_WORDS)
    ))
    .unwrap()
});
/// A figure that begins a range (`3万吨至5万吨`): the word or dash after it, and a number.
static RANGE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^(?:/年)?\s*(?:{})\s*{FIGURE_START}", any_of(RANGE_WORDS))).unwrap()
});
/// What joins a range's two ends.
const RANGE_WORDS: &[&str] = &["至", "到", "-", "–", "—", "~", "～"];
/// A figure that a change starts from (`由6万吨提升至8万吨`, `从6万吨扩大到8万吨`): `由` or `从` before
/// it, and the change to another figure after it. The project's figure is the one it comes to;
/// `由10GWh电池和5GWh储能两条产线组成` is no change.
static CHANGED_FROM: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:由|从)\s*$").unwrap());
static CHANGES_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^[^，。；,;]{{0,12}}?{}\s*{FIGURE_START}", change_to_words())).unwrap()
});
/// A figure that a change comes to: the change from the figure before it, whose `至` makes it no
/// range's end, and whose words are none of what is counted.
static CHANGED_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?:由|从)\s*{FIGURE_START}[^，。；,;]{{0,12}}?{}\s*$", change_to_words()))
        .unwrap()
});

/// A verb of change and `至` or `到` (`提升至`, `扩大到`), as a pattern.
fn change_to_words() -> String {
    format!("(?:{})(?:至|到)", any_of(words::CHANGE_VERBS))
}

/// How far before a figure (in bytes, three per Han character) its context may come from.
const WINDOW_BYTES: usize = 45;
/// The longest description of what is counted, in characters.
const MAX_COUNTED_CHARS: usize = 20;

fn find_figures(document: &Document, date_spans: &[Range<usize>]) -> Vec<Found> {
    let text = document.text;
    let mut found = Vec::new();
    for captures in NUMBER.captures_iter(text) {
        let (Some(whole), Some(unit)) = (captures.get(0), captures.name("unit")) else {
            continue;
        };
        if in_any(date_spans, &whole.range()) {
            continue;
        }
        // Either end of a range alone is a figure the text does not state, and the figure a
        // change starts from is no longer the project's (helper-74: 由6万吨提升至8万吨 gave both).
        let before = tail(&text[..whole.start()], WINDOW_BYTES);
        let changed_to =
            CHANGED_TO.find(before).map(|change| whole.start() - before.len() + change.start());
        if RANGE_BEFORE.is_match(tail(before, 24)) && changed_to.is_none()
            || RANGE_AFTER.is_match(&text[whole.end()..])
            || CHANGED_FROM.is_match(before) && CHANGES_TO.is_match(&text[whole.end()..])
        {
            continue;
        }
        let scale = captures.name("scale");
        let value = match (captures.name("digits"), captures.name("numerals")) {
            (Some(digits), _) => parse_scaled(digits.as_str(), scale.map(|scale| scale.as_str())),
            // Numerals are read with their scale word, as the validator reads them; a lone digit
            // is a word's or a count's (三元材料 is ternary, 一台 one machine), not a figure.
            (None, Some(numerals)) => {
                chinese_numerals_value(&text[numerals.start()..scale.unwrap_or(numerals).end()])
                    .filter(|value| scale.is_some() || value.to_f64() >= 10.0)
            }
            (None, None) => None,
        };
        let Some(value) = value.filter(|value| !value.is_zero()) else { continue };
        let clause_start = document.clause_start(whole.start());
        let window = tail(&text[clause_start..whole.start()], WINDOW_BYTES);
        let window_start = whole.start() - window.len();
        // A bound's words right before the figure (`超过84万套`).
        let bound_word =
            bounds::chinese_before(window).map(|(bound, at)| (bound, window_start + at));
        // "/年" right after the unit: a bound may follow it (`5万吨/年以上`).
        let period_after = PERIOD_AFTER.find(&text[whole.end()..]);
        let bound_after = [whole.end(), whole.end() + period_after.map_or(0, |p| p.end())]
            .into_iter()
            .find_map(|at| bounds::chinese_at(text, at));
        // ... or come before it (`5万吨以上/年`).
        let period_after = period_after.map(|period| whole.end() + period.end()).or_else(|| {
            let (_, end) = bound_after?;
            PERIOD_AFTER.find(&text[end..]).map(|period| end + period.end())
        });
        let period_end = period_after.unwrap_or(whole.end());
        let within = captures.name("within").or(captures.name("within_before"));
        let bound = bound_word
            .map(|(bound, _)| bound)
            .or(within.map(|_| Bound::MoreThan))
            .or(bound_after.map(|(bound, _)| bound));
        // The quote holds the bound's words, which the figure shown must not lose.
        let bound_start = bound_word.map_or(whole.start(), |(_, at)| at);
        let figure_end = bound_after.map_or(whole.end(), |(_, end)| end);
        // What is counted is read from before the bound's words and the change's, which are none
        // of it.
        let counted_end = changed_to.map_or(bound_start, |start| start.min(bound_start));
        let counted_window = &window[..counted_end.saturating_sub(window_start)];
        if words::CURRENCIES.contains(&unit.as_str()) {
            let money_word = MONEY_WORD.find_iter(window).last();
            let start = money_word.map_or(whole.start(), |word| window_start + word.start());
            found.push(Found {
                span: start.min(bound_start)..figure_end,
                fact: Fact::Amount(Measure {
                    value,
                    unit: unit_as_written(unit.as_str()),
                    period: money_word
                        .filter(|word| word.as_str().starts_with('年'))
                        .map(|_| rules::YEAR.to_string()),
                    of: money_word.map(|word| word.as_str().to_string()),
                    bound,
                }),
            });
            continue;
        }
        if NOT_CAPACITY_WORD.is_match(window) {
            continue;
        }
        // `年产值` is money (caught above when its unit is 元); as a period word it is not one.
        let period_word = PERIOD_BEFORE
            .find_iter(window)
            .filter(|word| !window[word.end()..].starts_with('值'))
            .last();
        // A period word right after a number is a date's (`1至9月生产电池2万吨`, `2023年生产`):
        // the figure is what was made in that time, not what the project can make.
        if period_word.is_some_and(|word| ends_with_a_number(&window[..word.start()])) {
            continue;
        }
        let capacity_word = CAPACITY_WORD.find_iter(window).last();
        let period = period_word
            .and_then(|word| words::PERIODS_BEFORE.iter().find(|(name, _)| *name == word.as_str()))
            .map(|(_, period)| *period)
            .or(period_after.map(|_| rules::YEAR));
        if words::COUNT_UNITS.contains(&unit.as_str())
            && period.is_none()
            && capacity_word.is_none()
        {
            continue;
        }
        let context =
            [period_word, capacity_word].into_iter().flatten().max_by_key(|word| word.end());
        // An area is a building's or a site's when its word comes after any period or capacity
        // word: 厂房建成后年产隔膜5亿平方米 is still a product's.
        let building_area = unit.as_str() == words::AREA_UNIT
            && AREA_WORD
                .find_iter(window)
                .last()
                .is_some_and(|area| context.is_none_or(|word| word.end() <= area.start()));
        if building_area {
            continue;
        }
        let of_before = context
            .filter(|word| word.end() <= counted_window.len())
            .map(|word| after_listed_figures(&counted_window[word.end()..]))
            .map(|counted| FILLER.replace_all(counted, "").trim().to_string())
            .filter(|of| !of.is_empty() && of.chars().count() <= MAX_COUNTED_CHARS);
        let after_start = figure_end.max(period_end);
        let of_after = counted_after(text, after_start, document.clause_end(whole.end()));
        let start = [period_word, capacity_word]
            .into_iter()
            .flatten()
            .map(|word| window_start + word.start())
            .min()
            .unwrap_or(whole.start())
            .min(bound_start);
        found.push(Found {
            span: start..of_after.as_ref().map_or(after_start, |range| range.end),
            fact: Fact::Capacity(Measure {
                value,
                unit: unit_as_written(unit.as_str()),
                period: period.map(str::to_string),
                of: of_before.or_else(|| of_after.map(|range| text[range].to_string())),
                bound,
            }),
        });
    }
    found
}

/// What is counted after the figures listed before it with `、`: in `年产动力电池10GWh、储能电池5GWh`
/// the second counts `储能电池`. A list of things counted together (`镁合金、铝合金压铸件6万吨`,
/// `5G通信模组、智能终端…`: a digit, but no figure and unit, before the `、`) is kept whole.
fn after_listed_figures(counted: &str) -> &str {
    let figure_ends_at =
        |at: usize| NUMBER.find_iter(&counted[..at]).last().is_some_and(|f| f.end() == at);
    match counted.rfind('、') {
        Some(at) if figure_ends_at(at) => &counted[at + '、'.len_utf8()..],
        _ => counted,
    }
}

/// What is counted, right after the unit: Han characters, letters and digits up to a stop word
/// (`项目`, `的`) or punctuation.
fn counted_after(text: &str, start: usize, end: usize) -> Option<Range<usize>> {
    let rest = &text[start..end.max(start)];
    let mut length = 0;
    for (count, (offset, character)) in rest.char_indices().enumerate() {
        let stops = words::COUNTED_STOP_WORDS.iter().any(|word| rest[offset..].starts_with(word));
        if count >= MAX_COUNTED_CHARS || stops || !character.is_alphanumeric() {
            break;
        }
        length = offset + character.len_utf8();
    }
    (length > 0).then_some(start..start + length)
}

/// Whether `text` ends with a digit of either width or a numeral (`九`, `〇`), as a date's
/// number before its 年, 月 or 日 does.
fn ends_with_a_number(text: &str) -> bool {
    text.chars().next_back().is_some_and(|last| {
        half_width(last).is_ascii_digit() || words::DATE_NUMERALS.contains(&last)
    })
}
