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

/// Reads a number as people write it: digits with an optional sign and decimal point, grouped
/// with commas, spaces or apostrophes, in full-width digits as Chinese input methods type them,
/// or with a 万 (ten thousand) or 亿 (a hundred million) after it ("84万" is 840,000).
pub fn read_number(text: &str) -> NumberText {
    let text = text.trim();
    if text.is_empty() {
        return NumberText::Empty;
    }
    let (digits, multiplier) = match text.strip_suffix('亿') {
        Some(rest) => (rest, 1e8),
        None => match text.strip_suffix('万') {
            Some(rest) => (rest, 1e4),
            None => (text, 1.0),
        },
    };
    let mut plain = String::with_capacity(digits.len());
    for character in digits.trim_end().chars() {
        match character {
            '0'..='9' | '.' | '-' | '+' => plain.push(character),
            '０'..='９' => {
                plain.push(char::from(b'0' + (u32::from(character) - u32::from('０')) as u8))
            }
            '．' => plain.push('.'),
            '－' => plain.push('-'),
            ',' | '，' | '\'' | ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}' => {}
            _ => return NumberText::NotANumber,
        }
    }
    // Only a leading sign: "-3" is a number (the validator says a figure must be positive), "3-4"
    // is not.
    let unsigned = plain.strip_prefix(['-', '+']).unwrap_or(&plain);
    if unsigned.is_empty() || unsigned.contains(['-', '+']) {
        return NumberText::NotANumber;
    }
    match plain.parse::<f64>() {
        Ok(value) if (value * multiplier).is_finite() => NumberText::Number(value * multiplier),
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
