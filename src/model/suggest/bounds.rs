//! The words that bound a figure, read where they stand next to it: before it ("more than
//! 840,000", 超过84万), or right after its unit or period ("840,000 sets or more", 5万吨以上).
//! The suggestions put the bound found here on the figure they read, and the validator asks
//! the same of a capacity's figure in its quote, so that a file and a suggestion agree on what
//! a quote says. No regular expressions: the validator runs in the explorer's and the worker's
//! wasm, which link none.

use super::document::ending_word;
use super::numbers::is_digit;
use super::rules::{chinese, english, BOUND_SIGNS};
use crate::model::dataset::Bound;

/// The bound that the English words right before a figure starting at `figure_start` put on
/// it ("more than 840,000", "nearly 5 GW", "over RMB 10 billion"), and the byte where those
/// words start.
pub fn english_before(text: &str, figure_start: usize) -> Option<(Bound, usize)> {
    english_before_among(text, figure_start, english::BOUNDS_BEFORE)
}

/// The bound that one of `phrases` right before a figure starting at `figure_start` puts on it,
/// read as [`english_before`] reads its own.
pub fn english_before_among(
    text: &str,
    figure_start: usize,
    phrases: &[(&'static str, Bound)],
) -> Option<(Bound, usize)> {
    // Spaces only: a bound is in the figure's line, never at the end of the line before.
    let spaces: &[char] = &[' ', '\t', '\u{a0}'];
    let before = text[..figure_start].trim_end_matches(spaces);
    let before = english::CURRENCIES_BEFORE
        .iter()
        .find_map(|currency| before.strip_suffix(currency))
        .map_or(before, |rest| rest.trim_end_matches(spaces));
    if let Some(sign) = sign_ending(before) {
        return Some(sign);
    }
    // Every phrase ends with a letter or the point of "approx.": before anything else (a digit,
    // a Han character) none is searched for.
    if !before.ends_with(|character: char| character.is_ascii_alphabetic() || character == '.') {
        return None;
    }
    let (bound, start) = phrases.iter().find_map(|&(phrase, bound)| {
        Some((bound, ending_word(before, phrase, char::is_alphanumeric)?))
    })?;
    // The words before the bound in its own line, as a quote, one line, has them: "ramp" at the
    // end of the line before does not make "up to" its particle.
    let line = before[..start].rsplit(['\n', '\r']).next().unwrap_or_default();
    let mut words_before = line.split_whitespace().rev();
    let word_before = words_before.next().unwrap_or_default().to_ascii_lowercase();
    let phrase = &before[start..];
    // "handed over 5 million yuan" and "learned about 840,000 sets" are no bounds, nor
    // "bringing total capacity up to 20 GWh".
    let particle = english::PARTICLES_OF_VERBS.iter().any(|(particle, verbs)| {
        phrase.eq_ignore_ascii_case(particle) && verbs.contains(&word_before.as_str())
    });
    let total_reached = phrase.eq_ignore_ascii_case("up to")
        && [word_before.as_str()].into_iter().chain(words_before.take(2)).any(|word| {
            english::TOTAL_REACHED.iter().any(|total| total.eq_ignore_ascii_case(word))
        });
    // "the top 5 makers", "its top 60,000-ton line" and "the above 5 projects" rank or point.
    let ranked = english::RANKS_AFTER_A_DETERMINER
        .iter()
        .any(|rank| phrase.eq_ignore_ascii_case(rank))
        && (english::DETERMINERS.contains(&word_before.as_str()) || word_before.ends_with("'s"));
    // "c." bounds in lower case after a word ("at c. 5 GW"), not as an initial or a list's item.
    let initial = english::LOWER_CASE_AFTER_A_WORD.iter().any(|abbreviation| {
        phrase.eq_ignore_ascii_case(abbreviation)
            && (phrase != *abbreviation
                || !before[..start].trim_end_matches(spaces).ends_with(|character: char| {
                    character.is_ascii_alphanumeric() || character == '('
                }))
    });
    (!particle && !total_reached && !ranked && !initial).then_some((bound, start))
}

/// The bound that English words starting at `at` put on the figure before them ("or more",
/// after spaces and a comma), and where those words end. The words must stand alone: the "or"
/// of "motor" is none.
pub fn english_at(text: &str, at: usize) -> Option<(Bound, usize)> {
    let rest = text[at..].trim_start();
    let rest = rest.strip_prefix(',').map_or(rest, str::trim_start);
    let start = text.len() - rest.len();
    // Every phrase begins with a letter: at anything else none is searched for.
    if !rest.starts_with(|character: char| character.is_ascii_alphabetic()) {
        return None;
    }
    let inside_word = text[..start].chars().next_back().is_some_and(char::is_alphanumeric);
    let &(phrase, bound) = english::BOUNDS_AFTER.iter().find(|(phrase, _)| {
        rest.get(..phrase.len()).is_some_and(|head| head.eq_ignore_ascii_case(phrase))
            && !rest[phrase.len()..]
                .starts_with(|next: char| next.is_alphanumeric() || matches!(next, '_' | '-'))
    })?;
    // "or more than 10 percent of …", "and above all": another phrase's beginning.
    let next_word = rest[phrase.len()..].trim_start();
    let another_phrase = english::NOT_BOUND_AFTER.iter().any(|word| {
        next_word.get(..word.len()).is_some_and(|head| head.eq_ignore_ascii_case(word))
            && !next_word[word.len()..].starts_with(char::is_alphanumeric)
    });
    (!inside_word && !another_phrase).then_some((bound, start + phrase.len()))
}

/// The bound that the Chinese words at the end of `before`, the text before a figure, put on it
/// (超过, 约; a space, a particle such as 了 or 为, or 人民币 between allowed: 超过了84万套,
/// 约为6万吨, 超过人民币50亿元), unless they end a word of their own (签约, 最近); and the byte of
/// `before` where those words start.
pub fn chinese_before(before: &str) -> Option<(Bound, usize)> {
    let before = before.trim_end_matches([' ', '\u{3000}']);
    let before = chinese::CURRENCIES_BEFORE
        .iter()
        .find_map(|currency| before.strip_suffix(currency))
        .unwrap_or(before);
    bound_ending(before).or_else(|| {
        let particle = chinese::BOUND_PARTICLES.iter().find(|word| before.ends_with(**word))?;
        bound_ending(&before[..before.len() - particle.len()])
    })
}

/// The bound of the sign `before` ends with (≥, ~), and where the sign starts; none after a
/// digit, where `~` joins the ends of a range (5~8万吨).
fn sign_ending(before: &str) -> Option<(Bound, usize)> {
    let &(sign, bound) = BOUND_SIGNS.iter().find(|(sign, _)| before.ends_with(sign))?;
    let start = before.len() - sign.len();
    let after_digit = before[..start].trim_end().ends_with(|character: char| is_digit(character));
    (!after_digit).then_some((bound, start))
}

/// The Chinese bound that `before` ends with, unless it ends a word of its own.
fn bound_ending(before: &str) -> Option<(Bound, usize)> {
    if let Some(sign) = sign_ending(before) {
        return Some(sign);
    }
    // The words are Han characters: after an ASCII character none is searched for.
    if before.ends_with(|character: char| character.is_ascii()) {
        return None;
    }
    if chinese::NOT_BOUNDS.iter().any(|word| before.ends_with(word)) {
        return None;
    }
    let &(word, bound) = chinese::BOUNDS_BEFORE.iter().find(|(word, _)| before.ends_with(word))?;
    Some((bound, before.len() - word.len()))
}

/// The bound that the Chinese words at `at`, right after a figure's unit or period, put on it
/// (以上, 左右), unless they begin a word of their own (上下游); and where those words end.
pub fn chinese_at(text: &str, at: usize) -> Option<(Bound, usize)> {
    let rest = &text[at..];
    // The words begin with a Han character or a bracket (（含）以上): at a letter, a digit or a
    // space none is searched for.
    if rest.starts_with(|character: char| character.is_ascii_alphanumeric() || character == ' ') {
        return None;
    }
    if chinese::NOT_BOUNDS_AFTER.iter().any(|word| rest.starts_with(word)) {
        return None;
    }
    let &(word, bound) = chinese::BOUNDS_AFTER.iter().find(|(word, _)| rest.starts_with(word))?;
    Some((bound, at + word.len()))
}
