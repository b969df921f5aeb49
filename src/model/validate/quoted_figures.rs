//! What a capacity's quote states: its figures and the words that bound one. A capacity is a
//! fact of the text, so its figure must be one the quote writes ("840,000", "1.2 million",
//! "84万", "六万", "sixty thousand"), multiplied by its scale word (84万 is 840,000), or as
//! written when the unit carries that word (84 with the unit 万套); and a bound ("more than")
//! must be said by one of its words next to that figure. 84 sets where the text says 84万套 is a
//! figure ten thousand times too small, and refused.
//!
//! The figures are read by hand rather than by the suggestions' patterns, so that the explorer's
//! and the worker's wasm link no regular expressions. Reading may find more numbers than a
//! person would call figures (a year, a count, the 一 of 进一步); that only widens what a
//! capacity may match, while a figure the quote does not write is always caught. A bound's
//! words must stand next to the figure, where the suggestions read them: right before it
//! ("more than 840,000", 超过84万), inside it (20余万) or right after its unit or period
//! ("840,000 sets or more", 5万吨/年以上). "Over the past year, 840,000 sets" says no bound.

use std::borrow::Cow;
use std::ops::Range;

use crate::model::dataset::Bound;
use crate::model::suggest::bounds;
use crate::model::suggest::document::ending_word;
use crate::model::suggest::is_han;
use crate::model::suggest::numbers::{is_digit, Quantity};
use crate::model::suggest::rules::{
    chinese, english, scales, BEFORE_A_CHANGED_FIGURE, BETWEEN_AND, BOUND_SIGNS, CHANGE_BEFORE,
    NAMING_BEFORE, RANGE_FROM, RANGE_JOINERS,
};

/// One figure of a quote: where it is written (for a message and its bound) and the values it
/// may stand for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuotedFigure {
    /// Where it is written in the quote, its scale word and a bound inside it (20余万) included.
    pub span: Range<usize>,
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

/// The figures of `quote`, in the order written.
pub fn figures_in(quote: &str) -> Vec<QuotedFigure> {
    let mut position = 0;
    let mut figures: Vec<QuotedFigure> =
        std::iter::from_fn(|| next_figure(quote, &mut position)).collect();
    share_range_scales(quote, &mut figures);
    figures
}

/// Gives a range's lower end written without a scale word the scale word of its higher end:
/// 5至6万吨 is 50,000 to 60,000 tons, "1.5 to 2 million" 1.5 million to 2 million.
fn share_range_scales(quote: &str, figures: &mut [QuotedFigure]) {
    for higher in 1..figures.len() {
        // Most figures have no scale word, and are passed at once.
        let Some((_, word)) = figures[higher].scaled else { continue };
        let lower = &figures[higher - 1];
        // Joined with nothing else between them: "5 tons to 6 million" shares nothing.
        let joined = range_joined(quote, lower, &figures[higher]) == Some("");
        // "800,000 to 1.2 million" and 5000-1.2万 write the lower end whole: only a lower end
        // written smaller than the higher (5至6万, "1.5 to 2 million") shares its scale word.
        let smaller = lower.number.to_f64() < figures[higher].number.to_f64();
        if lower.scaled.is_some() || !joined || !smaller {
            continue;
        }
        let power = scales(!word.is_ascii())
            .chain(english::SCALE_ABBREVIATIONS.iter().copied())
            .find_map(|(scale, power)| (scale == word).then_some(power));
        let shared = power.and_then(|power| lower.number.times_power_of_ten(power));
        figures[higher - 1].scaled = shared.map(|scaled| (scaled, word));
    }
}

/// The next figure of `quote` from `position`, which moves past it. One copy of the readers,
/// however many iterators call it: inlined into each, they were kilobytes of every reader's
/// download.
#[inline(never)]
fn next_figure(quote: &str, position: &mut usize) -> Option<QuotedFigure> {
    let may_begin = |c: char| is_digit(c) || is_chinese_numeral(c) || c.is_ascii_alphabetic();
    while let Some(start) = first_from(quote, *position, may_begin) {
        let first = quote[start..].chars().next()?;
        let at_word_start = !after_digit_or_letter(quote, start);
        // A word that is no number word ("capacity", the "RMB" of "RMB1.5 billion") is passed
        // whole, and a figure right after letters is read ("RMB1.5 billion" is 1.5 billion).
        // Only a word is measured: a figure in digits or numerals (most of them) is not.
        let letters_end = || run_end(quote, start, |c| c.is_ascii_alphabetic());
        let (figure, end) = if is_chinese_numeral(first) {
            chinese_figure(quote, start)
        } else if is_digit(first) {
            digits_figure(quote, start)
        } else if at_word_start && small_number_word(&quote[start..letters_end()]).is_some() {
            spelled_figure(quote, start)
        } else if let Some(read) = at_word_start.then(|| a_scale_figure(quote, start)).flatten() {
            read
        } else {
            (None, letters_end())
        };
        *position = end.max(start + first.len_utf8());
        if figure.as_ref().is_some_and(|figure| !is_date_or_ordinal(quote, figure)) {
            return figure;
        }
    }
    None
}

/// Whether a figure read is part of a date (2024年, 3月5日, "in 2024", "March 5, 2024") or a
/// number that orders (二期, 1号线, "Phase 2"): a capacity of 2024 sets is not stated by "in
/// 2024", and a message naming the quote's figures leaves these out.
fn is_date_or_ordinal(quote: &str, figure: &QuotedFigure) -> bool {
    let before = trimmed_end(&quote[..figure.span.start], &[' ', '\u{A0}']);
    let after = trimmed_start(&quote[figure.span.end..], &[' ']);
    // The words looked for before a figure (phase, March, in, no.) end with a letter or a point:
    // a figure after anything else is after none of them, and is not looked up for each.
    let after_word =
        before.ends_with(|character: char| character.is_ascii_alphabetic() || character == '.');
    let word_before =
        |word: &str| after_word && ending_word(before, word, char::is_alphanumeric).is_some();
    // Digits alone, at most `length` of them, of a value in `values` (a day's, a year's).
    let written = &quote[figure.span.clone()];
    let digits_within = |length: usize, values: std::ops::RangeInclusive<f64>| {
        figure.scaled.is_none()
            && written.chars().count() <= length
            && written.chars().all(is_digit)
            && values.contains(&figure.number.to_f64())
    };
    // The words looked for after a figure (期, 号, 月, 日, 年) are Han characters: after an
    // ASCII character (the space of "1 1 1 …") none is, and the lists are not gone through.
    let han_after = !after.starts_with(|c: char| c.is_ascii());
    let word_after = |word: &str| han_after && after.starts_with(word);
    let chinese_ordinal = || {
        let mut words = chinese::ORDINAL_AFTER.iter().chain(chinese::MONTH_OR_DAY_AFTER);
        words.any(|word| word_after(word))
    };
    let english_ordinal = || english::ORDINAL_BEFORE.iter().any(|word| word_before(word));
    if (han_after && chinese_ordinal()) || (after_word && english_ordinal()) {
        return true;
    }
    // "March 5, 2024": a day's digits and a comma before it.
    let after_day =
        before.strip_suffix(',').is_some_and(|day| day.ends_with(|c: char| c.is_ascii_digit()));
    // A day or a year is one by a word before it, the day before it or the 年 after it: a figure
    // with none of these around it (each of "1 1 1 …") is asked nothing more.
    let before_year_word = word_after(chinese::YEAR_AFTER);
    if !after_word && !after_day && !before_year_word {
        return false;
    }
    // The month names are looked up only for a figure that may be a day or a year: every
    // figure of a quote is asked this.
    let after_month = || english::MONTHS.iter().any(|(month, _)| word_before(month));
    if digits_within(2, 1.0..=31.0) {
        // A day ends its word, after an ordinal's letters if any ("March 5th"), as the
        // suggestions read one: "February 20tonnes" is a figure run into its unit.
        let rest = &quote[figure.span.end..];
        let suffix = english::DAY_SUFFIXES.iter().find(|suffix| rest.starts_with(*suffix));
        let rest = &rest[suffix.map_or(0, |suffix| suffix.len())..];
        let ends_word = !rest.starts_with(|character: char| character.is_alphanumeric());
        return ends_word && after_month();
    }
    // Four digits: any fewer of a value from 1900 are none.
    let year_like = digits_within(4, 1900.0..=2100.0);
    year_like
        && (before_year_word
            || after_day
            || after_month()
            || english::YEAR_BEFORE.iter().any(|word| word_before(word)))
}

/// Whether a quote's figure is a capacity of `value` in `unit`: by its scaled value, or by the
/// number as written when `unit` holds its scale word. A figure matches exactly, or as the
/// nearest number a file can hold ("999999999999999.99" in a quote is the 1e15 a JSON reader
/// makes of those digits, whose own problem is that it is not shown as written).
pub fn states(value: f64, unit: &str) -> impl Fn(&QuotedFigure) -> bool {
    // `f64`'s text is the shortest decimal that reads back as the number, never with an
    // exponent: the figure as the file writes it (840000, 1.2).
    let exact = Quantity::parse_digits(&value.to_string());
    let is_value = move |stated: Quantity| Some(stated) == exact || stated.to_f64() == value;
    // ASCII case only: the scale words are 万, 亿 and English words, and the wasm then links no
    // Unicode case tables.
    let unit = unit.to_ascii_lowercase();
    move |figure| match figure.scaled {
        Some((scaled, word)) => {
            is_value(scaled) || (is_value(figure.number) && unit.contains(word))
        }
        None => is_value(figure.number),
    }
}

/// The bounds that some word or sign in the quote says, wherever it stands: a bound not among
/// them is said next to no figure ([`bounds_said`]), and a quote of thousands of figures is not
/// read figure by figure for a bound it never says. The quote is folded and searched once for
/// all the bounds, not once for each.
pub fn bounds_maybe_said(quote: &str) -> Vec<Bound> {
    // The English bound words are ASCII and lower case, so ASCII case is all there is to fold.
    let text = quote.to_ascii_lowercase();
    let signs = BOUND_SIGNS.iter().copied();
    let more_than = english::MORE_THAN_AFTER.iter().map(|word| (*word, Bound::MoreThan));
    let range_ends = RANGE_JOINERS
        .iter()
        .chain([&BETWEEN_AND.0])
        .flat_map(|word| [(*word, Bound::UpTo), (*word, Bound::AtLeast)]);
    let words = english_bound_words()
        .chain(chinese_bound_words())
        .chain(signs)
        .chain(more_than)
        .chain(range_ends);
    // A word is searched for only when every byte of it is in the quote: the dozens of words
    // are then each one pass over a quote that may hold them, not over every quote ("1 1 1 …"
    // holds none of their bytes).
    let mut present = [false; 256];
    for byte in text.bytes() {
        present[usize::from(byte)] = true;
    }
    let may_hold = |word: &str| word.bytes().all(|byte| present[usize::from(byte)]);
    let mut said = Vec::new();
    for (word, bound) in words {
        // A bound already found is not searched for again under its other words.
        if !said.contains(&bound) && may_hold(word) && text.contains(word) {
            said.push(bound);
        }
    }
    said
}

/// A quote's figure as a message names it: as written, and a range's lower end with the scale
/// word it shares too, "5 (5万)" of 5至6万, so that a reader sees why 5 is not its value.
pub fn named_figure<'q>(quote: &'q str, figure: &QuotedFigure) -> Cow<'q, str> {
    let written = &quote[figure.span.clone()];
    match figure.scaled {
        Some((_, word)) if !written.to_ascii_lowercase().contains(&word.to_ascii_lowercase()) => {
            let space = if word.is_ascii() { " " } else { "" };
            Cow::Owned(format!("{written} ({written}{space}{word})"))
        }
        _ => Cow::Borrowed(written),
    }
}

/// Whether the quote writes `unit` right after `figure` (its scale word, when the unit begins
/// with it, counted once: 84万 then 套 for the unit 万套), as "5,000 tons" is 5,000 in tons and
/// "5,000 employees" is not.
pub fn followed_by_unit(quote: &str, figure: &QuotedFigure, unit: &str) -> bool {
    unit_end(quote, figure, unit).is_some()
}

/// Where `unit` ends when the quote writes it right after `figure` ([`followed_by_unit`]).
pub fn unit_end(quote: &str, figure: &QuotedFigure, unit: &str) -> Option<usize> {
    let unit = unit.trim();
    let unit =
        figure.scaled.and_then(|(_, word)| unit.strip_prefix(word)).map_or(unit, str::trim_start);
    let after = quote[figure.span.end..].trim_start_matches([' ', '\u{A0}', '-']);
    let written = after.get(..unit.len()).is_some_and(|head| head.eq_ignore_ascii_case(unit));
    (!unit.is_empty() && written).then(|| quote.len() - after.len() + unit.len())
}

/// The bounds the quote says of its figure `figures[index]`, one for each place a bound may be
/// said, `None` where none is: with the words the suggestions read ([`plain_bounds`]), or with
/// those only a writer uses: "above", "top", "c." or 过万 before it, "+" right after its
/// number, or as an end of a range with the figure before or after it. All of them are read at
/// once, so that a figure is read once whichever bounds are asked of it.
pub fn bounds_said(quote: &str, figures: &[QuotedFigure], index: usize) -> [Option<Bound>; 8] {
    let span = &figures[index].span;
    let accepted = bounds::english_before_among(quote, span.start, english::BOUNDS_BEFORE_ACCEPTED);
    let after_unit = unit_and_period_starts(quote, span.end);
    let [before, before_chinese, within, after] =
        plain_bounds(quote, span, after_unit).map(|said| said.map(|(said, _)| said));
    [
        accepted.map(|(said, _)| said),
        before_a_scale(quote, span.start).map(|(said, _)| said),
        before,
        before_chinese,
        within,
        after,
        more_than_after(quote, span.end).then_some(Bound::MoreThan),
        range_bound(quote, figures, index),
    ]
}

/// The bounds that the words the suggestions read say of the figure at `span`, each with where
/// its words are, in the order a reader meets them: English words right before it ("more
/// than"), Chinese ones (超过), a 余 or 多 inside it or right after its number (20余万, 6万余吨,
/// 200多台), and words after it starting at one of `after` ("or more", 以上): for a bound given,
/// anywhere within [`UNIT_AND_PERIOD_CHARS`] characters of unit and period; for one left out,
/// only right after the unit (the suggestions read after the period too; a bound there is not
/// asked for, which errs on the side of passing).
pub fn plain_bounds(
    quote: &str,
    span: &Range<usize>,
    mut after: impl Iterator<Item = usize>,
) -> [Option<(Bound, Range<usize>)>; 4] {
    let before =
        |said: Option<(Bound, usize)>| said.map(|(bound, start)| (bound, start..span.start));
    // A space may come before the 余 after a number, as the suggestions read it (840,000 余吨).
    let rest = quote[span.end..].trim_start_matches([' ', '\u{A0}']);
    let rest_start = quote.len() - rest.len();
    let another_word = chinese::NOT_BOUNDS_WITHIN.iter().any(|word| rest.starts_with(word));
    let within = chinese::BOUNDS_WITHIN.iter().find_map(|word| {
        let inside = quote[span.clone()].find(word).map(|at| span.start + at);
        let after = (rest.starts_with(word) && !another_word).then_some(rest_start);
        inside.or(after).map(|start| (Bound::MoreThan, start..start + word.len()))
    });
    let after = after.find_map(|at| {
        let said = bounds::english_at(quote, at).or_else(|| bounds::chinese_at(quote, at));
        said.map(|(bound, end)| (bound, at..end))
    });
    [
        before(bounds::english_before(quote, span.start)),
        before(bounds::chinese_before(&quote[..span.start])),
        within,
        after,
    ]
}

/// The bound that 过 or 上 puts on a figure that begins with a bare scale word (过万吨, 上百亿),
/// and where that word starts.
fn before_a_scale(quote: &str, start: usize) -> Option<(Bound, usize)> {
    if !quote[start..].starts_with(['十', '百', '千', '万', '亿']) {
        return None;
    }
    let &(word, bound) = scale_bound_before(&quote[..start])?;
    Some((bound, start - word.len()))
}

/// The word of [`chinese::BOUNDS_BEFORE_A_SCALE`] that `before` ends with, unless it ends a
/// longer word that says no bound (新上, 通过, 不过).
fn scale_bound_before(before: &str) -> Option<&'static (&'static str, Bound)> {
    let another_word = chinese::NOT_BOUNDS_BEFORE_A_SCALE.iter().any(|word| before.ends_with(word));
    let bound = chinese::BOUNDS_BEFORE_A_SCALE.iter().find(|(word, _)| before.ends_with(word));
    bound.filter(|_| !another_word)
}

/// Whether a "+" or "-plus" right after a figure's number, ending at `end`, says more than it
/// ("60,000+ tons"); not before a number, as in the sum "5+3", nor right before a letter, as in
/// the name "5+N".
fn more_than_after(quote: &str, end: usize) -> bool {
    let rest = &quote[end..];
    english::MORE_THAN_AFTER.iter().any(|word| {
        let next = rest.get(word.len()..).unwrap_or_default();
        rest.get(..word.len()).is_some_and(|head| head.eq_ignore_ascii_case(word))
            && !next.starts_with(|character: char| character.is_ascii_alphanumeric())
            && !next.trim_start().starts_with(|character: char| is_digit(character))
    })
}

/// The bound a range puts on `figures[index]` when it is one of the range's two ends with the
/// figure before or after it: up to at the higher end ("50,000 to 60,000 tons", 5至6万吨), at
/// least at the lower.
fn range_bound(quote: &str, figures: &[QuotedFigure], index: usize) -> Option<Bound> {
    let figure = &figures[index];
    let lower = index.checked_sub(1).and_then(|before| figures.get(before));
    if lower.is_some_and(|lower| is_range(quote, lower, figure)) {
        return Some(Bound::UpTo);
    }
    let higher = figures.get(index + 1);
    higher.is_some_and(|higher| is_range(quote, figure, higher)).then_some(Bound::AtLeast)
}

/// Whether two figures read one after the other are the ends of a range: joined by a word of
/// [`RANGE_JOINERS`] (or by "and" after "between"), the lower end's unit repeated or left out
/// ("3 GW to 5 GW", "3 to 5 GW", 5万吨至6万吨), the lower below the higher; not a change ("from
/// 50,000 to 60,000", "rose 15,000 to 60,000"), a name ("Type 3-5", "LX-2-5"), a year and a
/// figure (在2026到10万吨), a season (2023–24) or a telephone number (0512-6888).
fn is_range(quote: &str, lower: &QuotedFigure, higher: &QuotedFigure) -> bool {
    let spaces = [' ', '\u{A0}'];
    let Some(lower_unit) = range_joined(quote, lower, higher) else { return false };
    let higher_unit = quote[higher.span.end..].trim_start_matches(spaces);
    let unit_repeated = lower_unit.is_empty()
        || (!lower_unit.contains(|character: char| is_digit(character) || character == ',')
            && higher_unit
                .get(..lower_unit.len())
                .is_some_and(|unit| unit.eq_ignore_ascii_case(lower_unit)));
    let value = |figure: &QuotedFigure| figure.scaled.map_or(figure.number, |(scaled, _)| scaled);
    let rising = value(lower).to_f64() < value(higher).to_f64();
    let written = &quote[lower.span.clone()];
    let year_like = |figure: &QuotedFigure| {
        let written = &quote[figure.span.clone()];
        written.len() == 4
            && written.chars().all(|character| character.is_ascii_digit())
            && (1900.0..=2100.0).contains(&figure.number.to_f64())
    };
    let year_and_figure = year_like(lower) && !year_like(higher);
    let telephone = written.starts_with('0') && written.chars().nth(1).is_some_and(is_digit);
    let (word_before, before) = word_before_figure(quote, lower.span.start);
    let in_a_name = before.ends_with(|character: char| {
        character.is_ascii_alphanumeric() || matches!(character, '-' | '–' | '/')
    }) || NAMING_BEFORE.iter().any(|name| word_before.eq_ignore_ascii_case(name));
    unit_repeated
        && rising
        && !year_and_figure
        && !telephone
        && !in_a_name
        && !a_change(quote, lower.span.start)
}

/// When a word of [`RANGE_JOINERS`] joins two figures read one after the other, or "and" after
/// "between" does, what stands between the lower figure and that word: empty ("3 to 5 GW",
/// 5至6万), or the lower figure's unit ("3 GW to 5 GW"; [`is_range`] asks it be the higher's).
fn range_joined<'q>(
    quote: &'q str,
    lower: &QuotedFigure,
    higher: &QuotedFigure,
) -> Option<&'q str> {
    let spaces = [' ', '\u{A0}'];
    let between = quote[lower.span.end..higher.span.start].trim_matches(spaces);
    let (between_word, and) = BETWEEN_AND;
    // A word joins on its own ("into" does not hold "to"); a sign joins right after a unit too
    // ("3GW-5GW").
    let (joiner, start) = RANGE_JOINERS.iter().chain([&and]).find_map(|joiner| {
        let in_word: fn(char) -> bool =
            if joiner.starts_with(|character: char| character.is_ascii_alphabetic()) {
                |character| character.is_ascii_alphabetic()
            } else {
                |_| false
            };
        Some((*joiner, ending_word(between, joiner, in_word)?))
    })?;
    let after_between =
        || word_before_figure(quote, lower.span.start).0.eq_ignore_ascii_case(between_word);
    (joiner != and || after_between()).then(|| between[..start].trim_end_matches(spaces))
}

/// The word right before a figure starting at `start`, and the text before the figure: the word
/// is empty when a sign or a Han character comes first.
fn word_before_figure(quote: &str, start: usize) -> (&str, &str) {
    let before = &quote[..start];
    let trimmed = before.trim_end_matches([' ', '\u{A0}']);
    let word_start = trimmed
        .rfind(|character: char| !(character.is_ascii_alphabetic() || character == '.'))
        .map_or(0, |at| at + trimmed[at..].chars().next().map_or(1, char::len_utf8));
    (&trimmed[word_start..], before)
}

/// Whether the figure starting at `start` is what a change starts from or changes by: a word of
/// [`CHANGE_BEFORE`] before it, past words such as "about" or "its current"; "from" after
/// "range" begins a range.
fn a_change(quote: &str, start: usize) -> bool {
    let spaces = [' ', '\u{A0}'];
    let own_word = |character: char| character.is_ascii_alphanumeric();
    let mut before = quote[..start].trim_end_matches(spaces);
    // Each word passed shortens the text, so the loop ends; a run of them ("about about …") is
    // read once, as the text before the figure is.
    while let Some(word_start) =
        BEFORE_A_CHANGED_FIGURE.iter().find_map(|word| ending_word(before, word, own_word))
    {
        before = before[..word_start].trim_end_matches(spaces);
    }
    let Some((word, word_start)) =
        CHANGE_BEFORE.iter().find_map(|word| Some((*word, ending_word(before, word, own_word)?)))
    else {
        return false;
    };
    let before_word = before[..word_start].trim_end_matches(spaces);
    let ranging = word == "from"
        && RANGE_FROM.iter().any(|range| ending_word(before_word, range, own_word).is_some());
    !ranging
}

/// How far after a figure its bound may come, in characters of its unit and period: "840,000
/// sets of cast parts a year or more", 84万套/年以上.
const UNIT_AND_PERIOD_CHARS: usize = 60;

/// The places after a figure ending at `end` where a bound's words may start: in the unit and
/// period that follow it (letters, Han characters that are no numerals, spaces, `/`, `-`, an
/// English comma, brackets: 5万吨（含）以上, "60,000 tons (per year) or more"), up to
/// [`UNIT_AND_PERIOD_CHARS`] characters of them, and the place right after them.
///
/// A space or a comma is passed, as English words after it are read from where they begin, and
/// so is a letter or digit inside a word, where no bound begins: a quote of thousands of figures
/// is not read at every character after each.
fn unit_and_period_starts(quote: &str, end: usize) -> impl Iterator<Item = usize> + '_ {
    let in_unit = |character: char| {
        (character.is_alphabetic() && !is_chinese_numeral(character))
            || matches!(character, ' ' | '\u{A0}' | '/' | '-' | ',' | '(' | ')' | '（' | '）')
    };
    let rest = &quote[end..];
    // A numeral begins another figure, unless it begins a unit: the 千 of 20万千瓦以上.
    let numeral_of_a_unit = |at: usize, character: char| {
        is_chinese_numeral(character)
            && chinese::PRODUCTION_UNITS.iter().any(|unit| rest[at..].starts_with(unit))
    };
    let unit_end = rest
        .char_indices()
        .enumerate()
        .find(|&(count, (at, character))| {
            count == UNIT_AND_PERIOD_CHARS
                || !(in_unit(character) || numeral_of_a_unit(at, character))
        })
        .map_or(rest.len(), |(_, (at, _))| at);
    let before = quote[..end].chars().next_back();
    let characters = rest[..unit_end].char_indices().scan(before, |before, (at, character)| {
        let after_word_character = before.replace(character).is_some_and(char::is_alphanumeric);
        let inside_word = character.is_ascii_alphanumeric() && after_word_character;
        Some((at, character, inside_word))
    });
    let starts = characters.filter(|&(_, character, inside_word)| {
        !inside_word && !matches!(character, ' ' | '\u{A0}' | ',')
    });
    starts.map(move |(at, _, _)| end + at).chain([end + unit_end])
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
    let before = english::BOUNDS_BEFORE.iter().chain(english::BOUNDS_BEFORE_ACCEPTED);
    before.chain(english::BOUNDS_AFTER).copied()
}

/// Chinese words that bound a figure: before it (超过), between its number and unit (余), and
/// after it (以上).
fn chinese_bound_words() -> impl Iterator<Item = (&'static str, Bound)> {
    let within = chinese::BOUNDS_WITHIN.iter().map(|word| (*word, Bound::MoreThan));
    chinese::BOUNDS_BEFORE
        .iter()
        .chain(chinese::BOUNDS_BEFORE_A_SCALE)
        .copied()
        .chain(within)
        .chain(chinese::BOUNDS_AFTER.iter().copied())
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
    (Some(QuotedFigure { span: start..end, number, scaled, named: true }), end)
}

/// "a million" (one million) or "half a million" at `start`, a scale word after "a" or "half a".
fn a_scale_figure(quote: &str, start: usize) -> Option<Read> {
    let mut words = quote[start..].split(' ');
    let (half, article) = match words.next()? {
        word if word.eq_ignore_ascii_case("half") => (true, words.next()?),
        word => (false, word),
    };
    if !article.eq_ignore_ascii_case("a") {
        return None;
    }
    let scale_start =
        start + quote[start..].find(' ')? + 1 + if half { article.len() + 1 } else { 0 };
    let word_end = run_end(quote, scale_start, |character| character.is_ascii_alphabetic());
    let (word, power) = scales(false)
        .find(|(scale, _)| scale.eq_ignore_ascii_case(&quote[scale_start..word_end]))?;
    let number = Quantity::parse_digits(if half { "0.5" } else { "1" })?;
    let scaled = number.times_power_of_ten(power)?;
    let figure =
        QuotedFigure { span: start..word_end, number, scaled: Some((scaled, word)), named: true };
    Some((Some(figure), word_end))
}

/// A scale word right after a figure that ends at `end` ("million", 万, 余万), as the rules
/// write it, with its power of ten and where it ends.
fn scale_after(quote: &str, end: usize) -> Option<(&'static str, u32, usize)> {
    let rest = &quote[end..];
    // "1.2 million", and "1.5-million-tonne" as a compound adjective writes it.
    let rest = trimmed_start(rest, &[' ', '\u{A0}', '-']);
    let at = quote.len() - rest.len();
    // The scale words are English letters or Han characters: after anything else (the space
    // and digit of "1 1 1 …", a comma) there is none, and only one language's list is searched.
    let first = rest.chars().next()?;
    if !first.is_ascii() {
        // 20余万吨: 余 or 多 may come between a number and its scale.
        let within = chinese::BOUNDS_WITHIN
            .iter()
            .find(|word| rest.starts_with(*word))
            .map_or(0, |word| word.len());
        let chinese = scales(true)
            .filter(|(word, _)| rest[within..].starts_with(word))
            .max_by_key(|(word, _)| word.len());
        return chinese.map(|(word, power)| (word, power, at + within + word.len()));
    }
    if !first.is_ascii_alphabetic() {
        return None;
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
    (scaled_figure(start..end, whole, scale), end)
}

/// A figure in words of value `whole`, written at `span`, with the count before its scale word
/// and that word when it ends with one.
fn scaled_figure(
    span: Range<usize>,
    whole: u128,
    scale: Option<(u128, &'static str)>,
) -> Option<QuotedFigure> {
    let quantity = |value: u128| u64::try_from(value).ok().map(Quantity::whole);
    let (number, scaled) = match scale {
        Some((count, word)) => (quantity(count)?, Some((quantity(whole)?, word))),
        None => (quantity(whole)?, None),
    };
    Some(QuotedFigure { span, number, scaled, named: whole >= 10 })
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

/// The value of a figure written in Chinese numerals and nothing else, its scale word included
/// (八十四万 is 840,000, 两千五百 2,500, 二十余万 200,000). The suggestions read such a figure
/// before its unit with this reading, so that a quote they suggest states the figure they give.
pub fn chinese_numerals_value(written: &str) -> Option<Quantity> {
    match chinese_figure(written, 0) {
        (Some(figure), end) if end == written.len() => {
            Some(figure.scaled.map_or(figure.number, |(value, _)| value))
        }
        _ => None,
    }
}

/// A number in Chinese numerals at `start` (六万, 八十四万, 两千五百); its value before its last
/// 万 or 亿 is the figure without its scale.
fn chinese_figure(quote: &str, start: usize) -> Read {
    let end = run_end(quote, start, is_chinese_numeral);
    let written = &quote[start..end];
    // 二十余万, 十多万: a 余 or 多 between the number and its scale word.
    let scale_within = scale_after(quote, end).filter(|(_, _, scale_end)| {
        !written.ends_with(['万', '亿'])
            && chinese::BOUNDS_WITHIN.iter().any(|word| quote[end..*scale_end].starts_with(word))
    });
    // A lone 十, 百, 千, 万 or 亿 is a word (十分, 百姓, 千方百计, 万一), not a figure, unless a
    // bound stands before it: 过万吨, 上万台, 超万吨 and 近万名 count ten thousand.
    let before = &quote[..start];
    let after_bound =
        || scale_bound_before(before).is_some() || bounds::chinese_before(before).is_some();
    if written.chars().all(|character| chinese_digit(character).is_none())
        && written.chars().count() == 1
        && scale_within.is_none()
        && !after_bound()
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
                // 十五 is fifteen, 百万 a million: a 十, 百 or 千 with no digit before it is one.
                let count = if digit == 0 { 1 } else { digit };
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
    if let Some((word, power, scale_end)) = scale_within {
        let scaled = whole.saturating_mul(10u128.pow(power));
        return (scaled_figure(start..scale_end, scaled, Some((whole, word))), scale_end);
    }
    let scale = before_scale.filter(|_| written.ends_with(['万', '亿']));
    (scaled_figure(start..end, whole, scale), end)
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

/// `text` without the characters of `among` it starts with, as `trim_start_matches` leaves it,
/// one character decoded and looked up at a time rather than through the standard library's
/// searcher: every figure of a quote is trimmed so, before and after it, and most are trimmed
/// by one space or none.
fn trimmed_start<'t>(text: &'t str, among: &[char]) -> &'t str {
    let mut text = text;
    while let Some(first) = text.chars().next().filter(|first| among.contains(first)) {
        text = &text[first.len_utf8()..];
    }
    text
}

/// `text` without the characters of `among` it ends with, as `trim_end_matches` leaves it
/// ([`trimmed_start`]).
fn trimmed_end<'t>(text: &'t str, among: &[char]) -> &'t str {
    let mut text = text;
    while let Some(last) = text.chars().next_back().filter(|last| among.contains(last)) {
        text = &text[..text.len() - last.len_utf8()];
    }
    text
}

/// Where the run of characters satisfying `within` that starts at `start` ends.
fn run_end(text: &str, start: usize, within: fn(char) -> bool) -> usize {
    first_from(text, start, |character| !within(character)).unwrap_or(text.len())
}

/// Where the first character from `start` on that satisfies `wanted` starts, read a character
/// at a time: runs between figures are a character or two, too short for the standard
/// library's searcher to repay setting it up once for each.
fn first_from(text: &str, start: usize, wanted: impl Fn(char) -> bool) -> Option<usize> {
    let mut characters = text[start..].char_indices();
    characters.find(|&(_, character)| wanted(character)).map(|(offset, _)| start + offset)
}
