//! The words that bound a figure, read where they stand next to it: before it ("more than
//! 840,000", 超过84万), or right after its unit or period ("840,000 sets or more", 5万吨以上).
//! The suggestions put the bound found here on the figure they read, and the validator asks
//! the same of a capacity's figure in its quote, so that a file and a suggestion agree on what
//! a quote says. No regular expressions: the validator runs in the explorer's and the worker's
//! wasm, which link none.

use super::document::ending_word;
use super::rules::{chinese, english};
use crate::model::dataset::Bound;

/// The bound that the English words right before a figure starting at `figure_start` put on
/// it ("more than 840,000", "nearly 5 GW"), and the byte where those words start.
pub fn english_before(text: &str, figure_start: usize) -> Option<(Bound, usize)> {
    // Spaces only: a bound is in the figure's line, never at the end of the line before.
    let before = text[..figure_start].trim_end_matches([' ', '\t', '\u{a0}']);
    let (bound, start) = english::BOUNDS_BEFORE.iter().find_map(|&(phrase, bound)| {
        Some((bound, ending_word(before, phrase, char::is_alphanumeric)?))
    })?;
    let word_before = before[..start].split_whitespace().next_back().unwrap_or_default();
    let word_before = word_before.to_ascii_lowercase();
    let phrase = &before[start..];
    // "handed over 5 million yuan" is no bound, nor "bringing total capacity up to 20 GWh".
    let particle =
        phrase.eq_ignore_ascii_case("over") && english::OVER_VERBS.contains(&word_before.as_str());
    let total_reached = phrase.eq_ignore_ascii_case("up to")
        && !english::UP_TO_AFTER.contains(&word_before.as_str());
    (!particle && !total_reached).then_some((bound, start))
}

/// The bound that English words starting at `at` put on the figure before them ("or more",
/// after spaces and a comma), and where those words end. The words must stand alone: the "or"
/// of "motor" is none.
pub fn english_at(text: &str, at: usize) -> Option<(Bound, usize)> {
    let rest = text[at..].trim_start();
    let rest = rest.strip_prefix(',').map_or(rest, str::trim_start);
    let start = text.len() - rest.len();
    let inside_word = text[..start].chars().next_back().is_some_and(char::is_alphanumeric);
    let &(phrase, bound) = english::BOUNDS_AFTER.iter().find(|(phrase, _)| {
        rest.get(..phrase.len()).is_some_and(|head| head.eq_ignore_ascii_case(phrase))
            && !rest[phrase.len()..].starts_with(|next: char| next.is_alphanumeric() || next == '_')
    })?;
    (!inside_word).then_some((bound, start + phrase.len()))
}

/// The bound that the Chinese words at the end of `before`, the text before a figure, put on it
/// (超过, 约; a space between allowed), unless they end a word of their own (签约, 最近); and the
/// byte of `before` where those words start.
pub fn chinese_before(before: &str) -> Option<(Bound, usize)> {
    let before = before.trim_end_matches([' ', '\u{3000}']);
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
    if chinese::NOT_BOUNDS_AFTER.iter().any(|word| rest.starts_with(word)) {
        return None;
    }
    let &(word, bound) = chinese::BOUNDS_AFTER.iter().find(|(word, _)| rest.starts_with(word))?;
    Some((bound, at + word.len()))
}
