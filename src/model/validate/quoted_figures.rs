//! What a capacity's quote states: its figures and the words that bound one. A capacity is a
//! fact of the text, so its figure must be one the quote writes ("840,000", "1.2 million",
//! "84万", "六万", "sixty thousand"), multiplied by its scale word (84万 is 840,000), or as
//! written when the unit carries that word (84 with the unit 万套); and a bound ("more than")
//! must be said by one of its words. 84 sets where the text says 84万套 is a figure ten thousand
//! times too small, and refused.
//!
//! The figures are read by hand rather than by the suggestions' patterns, so that the explorer's
//! and the worker's wasm link no regular expressions. Reading may find more numbers than a
//! person would call figures (a year, a count, the 一 of 进一步); that only widens what a
//! capacity may match, while a figure the quote does not write is always caught. A bound's
//! words are looked for anywhere in the quote: a bound the quote never says is caught, though a
//! bound word about another figure of the same quote is taken as this one's.

use crate::model::dataset::Bound;
use crate::model::suggest::is_han;
use crate::model::suggest::numbers::{is_digit, Quantity};
use crate::model::suggest::rules::{chinese, english, scales};

/// One figure of a quote: its text as written (for a message) and the values it may stand for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuotedFigure {
    pub written: String,
    /// The figure as written, without its scale word.
    pub number: Quantity,
    /// The figure multiplied by its scale word, and that word (万, "million"), if it has one.
    pub scaled: Option<(Quantity, &'static str)>,
    /// Whether a message names it among the quote's figures: a figure in digits, or one in
    /// words of ten or more, not every "one" or 一.
    pub named: bool,
}

/// A figure read at a place in the quote, if any, and where the reading stopped: after the
/// figure, or after the run of characters that looked like one.
type Read = (Option<QuotedFigure>, usize);

/// The figures of `quote`, in the order written, read as they are asked for: a check that finds
/// its figure early reads no further.
pub fn figures_in(quote: &str) -> impl Iterator<Item = QuotedFigure> + '_ {
    let mut position = 0;
    std::iter::from_fn(move || next_figure(quote, &mut position))
}

/// The next figure of `quote` from `position`, which moves past it. One copy of the readers,
/// however many iterators call it: inlined into each, they were kilobytes of every reader's
/// download.
#[inline(never)]
fn next_figure(quote: &str, position: &mut usize) -> Option<QuotedFigure> {
    let may_begin = |c: char| is_digit(c) || is_chinese_numeral(c) || c.is_ascii_alphabetic();
    while let Some(offset) = quote[*position..].find(may_begin) {
        let start = *position + offset;
        let first = quote[start..].chars().next()?;
        let at_word_start = !after_digit_or_letter(quote, start);
        // A word that is no number word ("capacity", the "RMB" of "RMB1.5 billion") is passed
        // whole, and a figure right after letters is read ("RMB1.5 billion" is 1.5 billion).
        let letters_end = run_end(quote, start, |c| c.is_ascii_alphabetic());
        let (figure, end) = if is_chinese_numeral(first) {
            chinese_figure(quote, start)
        } else if is_digit(first) {
            digits_figure(quote, start)
        } else if at_word_start && small_number_word(&quote[start..letters_end]).is_some() {
            spelled_figure(quote, start)
        } else {
            (None, letters_end)
        };
        *position = end.max(start + first.len_utf8());
        if figure.is_some() {
            return figure;
        }
    }
    None
}

/// Whether a capacity of `value` in `unit` is one of the quote's figures: its scaled value, or
/// the number as written when `unit` holds its scale word. A figure matches exactly, or as the
/// nearest number a file can hold ("999999999999999.99" in a quote is the 1e15 a JSON reader
/// makes of those digits, whose own problem is that it is not shown as written).
pub fn states_value(quote: &str, value: f64, unit: &str) -> bool {
    // `f64`'s text is the shortest decimal that reads back as the number, never with an
    // exponent: the figure as the file writes it (840000, 1.2).
    let exact = Quantity::parse_digits(&value.to_string());
    let is_value = |stated: Quantity| Some(stated) == exact || stated.to_f64() == value;
    // ASCII case only: the scale words are 万, 亿 and English words, and the wasm then links no
    // Unicode case tables.
    let unit = unit.to_ascii_lowercase();
    figures_in(quote).any(|figure| match figure.scaled {
        Some((scaled, word)) => {
            is_value(scaled) || (is_value(figure.number) && unit.contains(word))
        }
        None => is_value(figure.number),
    })
}

/// Whether the quote says `bound` with one of its words. A word inside a longer bound word
/// does not count, so that 不超过 (up to) is not read as 超过 (more than), nor "no more than" as
/// "more than"; nor does an English word inside another word ("Moreover"), or a Chinese one
/// inside a word that only looks like it (签约, "signed", is not 约, "about").
pub fn states_bound(quote: &str, bound: Bound) -> bool {
    // The English bound words are ASCII, so ASCII case is all there is to fold.
    let text = quote.to_ascii_lowercase();
    let text = text.as_str();
    let english = english_bound_words().map(|(word, said)| (word, said, true));
    let chinese = chinese_bound_words().map(|(word, said)| (word, said, false));
    english.chain(chinese).filter(|(_, said, _)| *said == bound).any(|(word, _, english)| {
        text.match_indices(word).any(|(position, _)| {
            let alone = if english {
                !after_digit_or_letter(text, position)
                    && !text[position + word.len()..]
                        .starts_with(|next: char| next.is_ascii_alphanumeric())
            } else {
                !only_looks_like_bound(text, position, word)
            };
            alone && !inside_longer_bound_word(text, position, word)
        })
    })
}

/// The words that say `bound` in the quote's language (Chinese when it has a Han character), in
/// the order the rules list them, for a message.
pub fn bound_words(quote: &str, bound: Bound) -> Vec<&'static str> {
    let words: Vec<(&str, Bound)> = if quote.chars().any(is_han) {
        chinese_bound_words().collect()
    } else {
        english_bound_words().collect()
    };
    words.into_iter().filter(|(_, said)| *said == bound).map(|(word, _)| word).collect()
}

/// English words that bound a figure: before it ("more than"), and after it ("or more").
fn english_bound_words() -> impl Iterator<Item = (&'static str, Bound)> {
    english::BOUNDS_BEFORE.iter().chain(english::BOUNDS_AFTER).copied()
}

/// Chinese words that bound a figure: before it (超过), between its number and unit (余), and
/// after it (以上).
fn chinese_bound_words() -> impl Iterator<Item = (&'static str, Bound)> {
    let within = chinese::BOUNDS_WITHIN.iter().map(|word| (*word, Bound::MoreThan));
    chinese::BOUNDS_BEFORE
        .iter()
        .copied()
        .chain(within)
        .chain(chinese::BOUNDS_AFTER.iter().copied())
}

/// Whether `word` at `position` is part of a longer bound word there (超过 of 不超过).
fn inside_longer_bound_word(text: &str, position: usize, word: &str) -> bool {
    let longer = english_bound_words().chain(chinese_bound_words()).map(|(other, _)| other);
    longer.filter(|other| other.len() > word.len()).any(|other| covers(text, position, word, other))
}

/// Whether the Chinese bound `word` at `position` is part of a word that only looks like one
/// (签约 or 最近 around 约 or 近, 上下游 around 上下), or is a 余 or 多 that does not follow a
/// number or its scale (多家, "several").
fn only_looks_like_bound(text: &str, position: usize, word: &str) -> bool {
    let after_figure = text[..position]
        .chars()
        .next_back()
        .is_some_and(|before| is_digit(before) || is_chinese_numeral(before));
    let mut look_alikes = chinese::NOT_BOUNDS.iter().chain(chinese::NOT_BOUNDS_AFTER);
    look_alikes.any(|other| covers(text, position, word, other))
        || (chinese::BOUNDS_WITHIN.contains(&word) && !after_figure)
}

/// Whether `other`, a word holding `word`, stands in `text` where it holds the `word` found at
/// `position`.
fn covers(text: &str, position: usize, word: &str, other: &str) -> bool {
    other.match_indices(word).any(|(offset, _)| {
        position
            .checked_sub(offset)
            .and_then(|start| text.get(start..))
            .is_some_and(|from| from.starts_with(other))
    })
}

/// The figure in digits at `start` ("840,000", "850 000", "1.2", "８４") with its scale word if
/// one follows ("1.2 million", "84万", "20余万").
fn digits_figure(quote: &str, start: usize) -> Read {
    let mut end = run_end(quote, start, is_digit);
    // "850 000" is one figure, "2023 500" is two.
    let spaced_groups = quote[start..end].chars().count() <= 3;
    while let Some(separator) = quote[end..].chars().next() {
        let grouping = separator == ','
            || (spaced_groups && matches!(separator, ' ' | '\u{A0}' | '\u{2009}' | '\u{202F}'));
        let group_start = end + separator.len_utf8();
        let group_end = run_end(quote, group_start, is_digit);
        if !grouping || quote[group_start..group_end].chars().count() != 3 {
            break;
        }
        end = group_end;
    }
    if let Some(point) = quote[end..].chars().next().filter(|point| matches!(point, '.' | '．')) {
        let decimals_end = run_end(quote, end + point.len_utf8(), is_digit);
        if decimals_end > end + point.len_utf8() {
            end = decimals_end;
        }
    }
    let Some(number) = Quantity::parse_digits(&quote[start..end]) else { return (None, end) };
    let scale = scale_after(quote, end).and_then(|(word, power, scale_end)| {
        Some(((number.times_power_of_ten(power)?, word), scale_end))
    });
    let (scaled, end) = match scale {
        Some((scaled, scale_end)) => (Some(scaled), scale_end),
        None => (None, end),
    };
    let written = quote[start..end].to_string();
    (Some(QuotedFigure { written, number, scaled, named: true }), end)
}

/// A scale word right after a figure that ends at `end` ("million", 万, 余万), as the rules
/// write it, with its power of ten and where it ends.
fn scale_after(quote: &str, end: usize) -> Option<(&'static str, u32, usize)> {
    let rest = &quote[end..];
    let spaces = rest.len() - rest.trim_start_matches([' ', '\u{A0}']).len();
    let at = end + spaces;
    let rest = &quote[at..];
    // 20余万吨: 余 or 多 may come between a number and its scale.
    let within = chinese::BOUNDS_WITHIN
        .iter()
        .find(|word| rest.starts_with(*word))
        .map_or(0, |word| word.len());
    let chinese = scales(true)
        .filter(|(word, _)| rest[within..].starts_with(word))
        .max_by_key(|(word, _)| word.len());
    if let Some((word, power)) = chinese {
        return Some((word, power, at + within + word.len()));
    }
    let word_end = run_end(rest, 0, |character| character.is_ascii_alphabetic());
    let word = &rest[..word_end];
    let english = scales(false)
        .chain(english::SCALE_ABBREVIATIONS.iter().copied())
        .find(|(scale, _)| scale.eq_ignore_ascii_case(word));
    english.map(|(word, power)| (word, power, at + word_end))
}

/// A number in English words at `start` ("sixty thousand", "two hundred and fifty",
/// "forty-five million"); the word alone when it is none.
fn spelled_figure(quote: &str, start: usize) -> Read {
    let first_word_end = run_end(quote, start, |character| character.is_ascii_alphabetic());
    // Whole thousands, millions…, already multiplied; the count below the last scale word; and
    // each scale word read with the count before it.
    let mut total: u128 = 0;
    let mut group: u128 = 0;
    let mut scales_read: Vec<(u128, &'static str)> = Vec::new();
    let mut end = start;
    let mut position = start;
    loop {
        let word_end = run_end(quote, position, |character| character.is_ascii_alphabetic());
        let word = &quote[position..word_end];
        let begun = end > start;
        if let Some(value) = small_number_word(word) {
            group = group.saturating_add(value);
        } else if word.eq_ignore_ascii_case("hundred") && begun {
            group = group.max(1).saturating_mul(100);
        } else if let Some((scale, power)) =
            scales(false).find(|(scale, _)| scale.eq_ignore_ascii_case(word)).filter(|_| begun)
        {
            let count = group.max(1);
            total = total.saturating_add(count.saturating_mul(10u128.pow(power)));
            scales_read.push((count, scale));
            group = 0;
        } else if !(word.eq_ignore_ascii_case("and") && begun) {
            break;
        }
        if !word.eq_ignore_ascii_case("and") {
            end = word_end;
        }
        position = word_end;
        // Words go on after one space or a hyphen ("forty-five").
        match quote[position..].chars().next() {
            Some(' ' | '-') => position += 1,
            _ => break,
        }
    }
    if end == start {
        return (None, first_word_end);
    }
    let whole = total.saturating_add(group);
    // "sixty thousand" is 60,000, or 60 with "thousand" in the unit; "two million five hundred
    // thousand" is only 2,500,000.
    let scale = match scales_read.as_slice() {
        [(count, word)] if group == 0 => Some((*count, *word)),
        _ => None,
    };
    (scaled_figure(&quote[start..end], whole, scale), end)
}

/// A figure in words of value `whole`, with the count before its scale word and that word when
/// it ends with one.
fn scaled_figure(
    written: &str,
    whole: u128,
    scale: Option<(u128, &'static str)>,
) -> Option<QuotedFigure> {
    let quantity = |value: u128| u64::try_from(value).ok().map(Quantity::whole);
    let (number, scaled) = match scale {
        Some((count, word)) => (quantity(count)?, Some((quantity(whole)?, word))),
        None => (quantity(whole)?, None),
    };
    Some(QuotedFigure { written: written.to_string(), number, scaled, named: whole >= 10 })
}

/// The value of an English number word below a hundred ("seven", "sixty"); "forty-five" is
/// two words to [`spelled_figure`].
fn small_number_word(word: &str) -> Option<u128> {
    const UNITS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] =
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    // Most words are none of these, and say so by their first letter or their length.
    let first = word.bytes().next().map(|letter| letter.to_ascii_lowercase());
    if !(3..=9).contains(&word.len())
        || !matches!(first, Some(b'e' | b'f' | b'n' | b'o' | b's' | b't' | b'z'))
    {
        return None;
    }
    if let Some(index) = UNITS.iter().position(|known| known.eq_ignore_ascii_case(word)) {
        return u128::try_from(index).ok();
    }
    let index = TENS.iter().position(|known| known.eq_ignore_ascii_case(word))?;
    u128::try_from(index + 2).ok().map(|tens| tens * 10)
}

/// A number in Chinese numerals at `start` (六万, 八十四万, 两千五百); its value before its last
/// 万 or 亿 is the figure without its scale.
fn chinese_figure(quote: &str, start: usize) -> Read {
    let end = run_end(quote, start, is_chinese_numeral);
    let written = &quote[start..end];
    // A lone 十, 百, 千, 万 or 亿 is a word (十分, 百姓, 千方百计, 万一), not a figure.
    if written.chars().all(|character| chinese_digit(character).is_none())
        && written.chars().count() == 1
    {
        return (None, end);
    }
    // 一亿二千万 is 1·10^8 + 2000·10^4: the part before 亿, the part between 亿 and 万, and the
    // part below 万 (each below ten thousand), with the digit not yet multiplied.
    let mut above_yi: u128 = 0;
    let mut above_wan: u128 = 0;
    let mut section: u128 = 0;
    let mut digit: u128 = 0;
    let mut before_scale: Option<(u128, &'static str)> = None;
    for character in written.chars() {
        if let Some(value) = chinese_digit(character) {
            digit = value;
            continue;
        }
        match character {
            '十' | '百' | '千' => {
                let power = match character {
                    '十' => 1,
                    '百' => 2,
                    _ => 3,
                };
                // 十五 is fifteen: a 十 with no digit before it is one ten.
                let count = if digit == 0 && power == 1 { 1 } else { digit };
                section = section.saturating_add(count.saturating_mul(10u128.pow(power)));
            }
            '万' => {
                let count = section.saturating_add(digit).max(1);
                before_scale = Some((count, "万"));
                above_wan = above_wan.saturating_add(count.saturating_mul(10_000));
                section = 0;
            }
            _ => {
                // 亿, which multiplies all before it: 一万亿 is 10^12.
                let count = above_wan.saturating_add(section).saturating_add(digit).max(1);
                before_scale = Some((count, "亿"));
                above_yi = above_yi.saturating_add(count).saturating_mul(100_000_000);
                above_wan = 0;
                section = 0;
            }
        }
        digit = 0;
    }
    let whole = above_yi.saturating_add(above_wan).saturating_add(section).saturating_add(digit);
    let scale = before_scale.filter(|_| written.ends_with(['万', '亿']));
    (scaled_figure(written, whole, scale), end)
}

/// The value of a Chinese numeral digit (六 is 6, 两 is 2).
fn chinese_digit(character: char) -> Option<u128> {
    Some(match character {
        '〇' | '零' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// A Chinese numeral: a digit or a multiplier (十, 百, 千, 万, 亿).
fn is_chinese_numeral(character: char) -> bool {
    chinese_digit(character).is_some() || matches!(character, '十' | '百' | '千' | '万' | '亿')
}

/// Whether the text before `position` ends with a Latin letter or a digit, so that what starts
/// there is inside a word or a code ("A380", "4year"), not a figure or a word of its own.
fn after_digit_or_letter(text: &str, position: usize) -> bool {
    text[..position]
        .chars()
        .next_back()
        .is_some_and(|before| before.is_ascii_alphanumeric() || is_digit(before))
}

/// Where the run of characters satisfying `within` that starts at `start` ends.
fn run_end(text: &str, start: usize, within: fn(char) -> bool) -> usize {
    text[start..]
        .find(|character: char| !within(character))
        .map_or(text.len(), |offset| start + offset)
}
