//! The number a person meant by text such as "840,000" or "1 500.5", written as JSON wants it:
//! the suggestion of a problem that found a number written as text.
//!
//! The text is read digit by digit rather than through `f64`'s parser, for two reasons: the
//! suggestion keeps the digits the person wrote (a parse and print would round "0.1000000000000000055"
//! or a twenty-digit figure), and the page's wasm then links no float-reading code at all, whose
//! tables alone are about 10 KB compressed of every reader's download.

/// The text as a plain JSON number, or `None` when it is not a number a JSON reader could hold:
/// no digits, anything but an optional sign, digits, one decimal point and an exponent, more
/// than [`MOST_DIGITS`] significant digits, or a value beyond `f64`'s range (infinite, or below
/// its smallest non-zero value).
///
/// Separators people write inside numbers (commas, underscores, spaces, no-break spaces) are
/// left out first. A figure written with a Chinese scale word after it, as Chinese writes large
/// figures ("84万", "1.2亿"), is that figure times the scale: a file typed by a Chinese author
/// has them, and they are as sure as the digits. The result has no exponent, no leading or
/// trailing zeros and no sign on zero ("2e20" gives "200000000000000000000", "12.50" gives "12.5",
/// "84万" gives "840000").
pub(super) fn number_in_text(text: &str) -> Option<String> {
    let text: String =
        text.chars().filter(|character| !matches!(character, ',' | '_' | ' ' | '\u{A0}')).collect();
    let (text, scale) = split_chinese_scale(&text);
    let (negative, unsigned) = split_sign(text);
    let (mantissa, exponent) = match unsigned.split_once(['e', 'E']) {
        Some((mantissa, exponent)) => (mantissa, exponent_value(exponent)?.saturating_add(scale)),
        None => (unsigned, scale),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if (whole.is_empty() && fraction.is_empty()) || !all_digits(whole) || !all_digits(fraction) {
        return None;
    }
    let digits = format!("{whole}{fraction}");
    let Some(first) = digits.find(|digit| digit != '0') else {
        return Some("0".to_string());
    };
    let significant = digits[first..].trim_end_matches('0');
    if significant.len() > MOST_DIGITS {
        return None;
    }
    // The value is 0.<significant> × 10^point.
    let point = i64::try_from(whole.len())
        .unwrap_or(i64::MAX)
        .saturating_add(exponent)
        .saturating_sub(i64::try_from(first).unwrap_or(i64::MAX));
    if point > MAX_POINT
        || (point == MAX_POINT && !below_infinity(significant))
        || point < MIN_POINT
    {
        return None;
    }
    let sign = if negative { "-" } else { "" };
    // In range, `point` is within a few hundred of zero.
    let zeros = |count: i64| "0".repeat(usize::try_from(count).unwrap_or(0));
    let length = i64::try_from(significant.len()).unwrap_or(i64::MAX);
    Some(if point >= length {
        format!("{sign}{significant}{}", zeros(point - length))
    } else if point > 0 {
        let (integer, decimals) = significant.split_at(usize::try_from(point).unwrap_or(0));
        format!("{sign}{integer}.{decimals}")
    } else {
        format!("{sign}0.{}{significant}", zeros(-point))
    })
}

/// The most significant digits a suggestion keeps. A JSON reader keeps about 17; more than 40 is
/// no figure a person typed, and a file's text of any length must not make a message as long.
const MOST_DIGITS: usize = 40;

/// The largest `point` an `f64` reaches: its largest value is 0.17976931348623157… × 10^309.
const MAX_POINT: i64 = 309;

/// Below 0.1 × 10^-323 (1e-324), less than half the smallest positive `f64` (4.9e-324), a JSON
/// reader reads zero: not the number the person wrote.
const MIN_POINT: i64 = -323;

/// Where a JSON reader's rounding turns a value of 0.… × 10^309 into infinity: halfway between
/// `f64::MAX` and the next power of two, 1.79769313486231580793…e308, to 21 digits.
const INFINITY_FROM: &str = "179769313486231580793";

/// Whether 0.<significant> × 10^309 is read as a finite `f64`: its first 21 digits, a shorter
/// significand padded with zeros, below [`INFINITY_FROM`].
fn below_infinity(significant: &str) -> bool {
    let padded = format!("{significant:0<width$}", width = INFINITY_FROM.len());
    padded[..INFINITY_FROM.len()] < *INFINITY_FROM
}

/// An exponent's value: an optional sign, then digits. A huge one saturates, which keeps it out
/// of range as its value would be.
fn exponent_value(text: &str) -> Option<i64> {
    let (negative, digits) = split_sign(text);
    if digits.is_empty() || !all_digits(digits) {
        return None;
    }
    let value = digits.bytes().fold(0_i64, |value, digit| {
        value.saturating_mul(10).saturating_add(i64::from(digit - b'0'))
    });
    Some(if negative { -value } else { value })
}

/// The Chinese scale words a figure may end with, longest first, and their powers of ten.
const CHINESE_SCALES: [(&str, i64); 3] = [("万亿", 12), ("亿", 8), ("万", 4)];

/// `text` without the Chinese scale word it ends with, if any, and that scale's power of ten
/// (0 without one).
fn split_chinese_scale(text: &str) -> (&str, i64) {
    CHINESE_SCALES
        .iter()
        .find_map(|(word, power)| Some((text.strip_suffix(word)?, *power)))
        .unwrap_or((text, 0))
}

/// Whether a number written as text ends with a Chinese scale word ("84万"), which its
/// suggestion writes out in digits.
pub(super) fn has_chinese_scale(text: &str) -> bool {
    split_chinese_scale(text.trim()).1 != 0
}

/// Whether `text` starts with a minus sign, and the text after its sign (`-` or `+`), if any.
fn split_sign(text: &str) -> (bool, &str) {
    match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    }
}

fn all_digits(text: &str) -> bool {
    text.bytes().all(|byte| byte.is_ascii_digit())
}
