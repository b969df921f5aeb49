//! The text of the editor's number fields (a capacity's figure, the briefing's date), read as the
//! author writes numbers, and written back without losing a digit.
//!
//! A text that is not a number is refused rather than read as 0 or as nothing: the field keeps
//! what was typed and says why, and the draft keeps the number it had. A 0 would be a figure the
//! source never stated, and an empty year would say "year not stated" of a briefing whose year
//! the author was trying to write.

/// What a number field's text says.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NumberText {
    /// Nothing but spaces.
    Empty,
    Number(f64),
    /// Something that is not a number ("lots", "1.2.3", "12 tons").
    NotANumber,
}

/// Scale words after a figure, and the power of ten each multiplies it by: "1.2 million" as the
/// text writes it, "84万" as a Chinese one does.
const SCALES: &[(&str, i32)] =
    &[("thousand", 3), ("million", 6), ("billion", 9), ("万", 4), ("亿", 8)];

/// Reads a number as people write it: digits with an optional sign and decimal point, grouped
/// by thousands with commas, spaces or apostrophes, in full-width digits as Chinese input methods
/// type them, or with a scale after it ("1.2 million" is 1,200,000, "84万" 840,000). A comma that
/// does not group thousands ("1,2", a decimal comma) is refused rather than read as 12.
pub fn read_number(text: &str) -> NumberText {
    let text = text.trim();
    if text.is_empty() {
        return NumberText::Empty;
    }
    let lower = text.to_lowercase();
    let (digits, power) = SCALES
        .iter()
        .find_map(|(word, power)| {
            lower.strip_suffix(word).map(|rest| (&text[..rest.len()], *power))
        })
        .unwrap_or((text, 0));
    let mut plain = String::with_capacity(digits.len());
    // The digits between separators, so that each group but the first can be checked for three.
    let mut groups: Vec<usize> = vec![0];
    let mut in_fraction = false;
    for character in digits.trim_end().chars() {
        match character {
            '0'..='9' | '０'..='９' => {
                let digit = character
                    .to_digit(10)
                    .unwrap_or_else(|| u32::from(character) - u32::from('０'));
                plain.push(char::from(b'0' + digit as u8));
                if let (false, Some(group)) = (in_fraction, groups.last_mut()) {
                    *group += 1;
                }
            }
            '.' | '．' => {
                plain.push('.');
                in_fraction = true;
            }
            '-' | '+' => plain.push(character),
            '－' => plain.push('-'),
            ',' | '，' | '\'' | ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}' if !in_fraction => {
                groups.push(0);
            }
            _ => return NumberText::NotANumber,
        }
    }
    let grouped_by_thousands = groups.len() == 1
        || (1..=3).contains(&groups[0]) && groups[1..].iter().all(|&digits| digits == 3);
    // Only a leading sign: "-3" is a number (the validator says a figure must be positive), "3-4"
    // is not.
    let unsigned = plain.strip_prefix(['-', '+']).unwrap_or(&plain);
    if unsigned.is_empty() || unsigned.contains(['-', '+']) || !grouped_by_thousands {
        return NumberText::NotANumber;
    }
    // Scaled by its exponent, so that "1.2 million" is exactly 1200000 (1.2 × 1e6 is not).
    match format!("{plain}e{power}").parse::<f64>() {
        Ok(value) if value.is_finite() => NumberText::Number(value),
        _ => NumberText::NotANumber,
    }
}

/// Reads a whole number in `range` (a year, a month, a day); any other text, a fraction or a
/// number out of that range is [`NumberText::NotANumber`]: the range is what the field can hold,
/// and the validator says whether a value in it is a real date.
pub fn read_whole(text: &str, range: std::ops::RangeInclusive<i64>) -> NumberText {
    match read_number(text) {
        NumberText::Number(value)
            if value.fract() == 0.0 && range.contains(&(value as i64)) && value.abs() < 1e15 =>
        {
            NumberText::Number(value)
        }
        NumberText::Number(_) => NumberText::NotANumber,
        other => other,
    }
}

/// A new capacity's figure as its field shows it: empty while it has none. A selection with no
/// figure in its words proposes a capacity of 0, and a 0 in the field would be a figure the source
/// never stated, kept by an author who pressed Add; the empty field asks for the number instead.
pub fn new_figure_text(value: f64) -> String {
    if figure_stated(value) {
        editable_figure(value)
    } else {
        String::new()
    }
}

/// Whether `value` can be a stated capacity: positive and finite, as the validator requires.
pub fn figure_stated(value: f64) -> bool {
    value.is_finite() && value > 0.0
}

/// A figure as the editor's field shows it: every digit it has (0.125 stays 0.125, where the
/// explorer's two decimals would show 0.13 and a change of the field would store that), the whole
/// part grouped by thousands so that 840000 is read at a glance.
pub fn editable_figure(value: f64) -> String {
    let written = value.to_string();
    let (sign, unsigned) = match written.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", written.as_str()),
    };
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (unsigned, None),
    };
    let mut grouped = String::with_capacity(whole.len() + whole.len() / 3);
    for (position, digit) in whole.chars().enumerate() {
        if position > 0 && (whole.len() - position) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    match fraction {
        Some(fraction) => format!("{sign}{grouped}.{fraction}"),
        None => format!("{sign}{grouped}"),
    }
}
