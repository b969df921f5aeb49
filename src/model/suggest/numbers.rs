//! Exact numbers as briefings write them: `840,000`, `1.2 million`, `84万`, `1.2亿`, `２０`.
//!
//! A figure is kept as an integer count of a power of ten (`1.2` is 12 tenths), and scale words
//! multiply it by a power of ten, so `1.2 million` is exactly 1200000 and `0.3亿` exactly 30000000:
//! no floating-point arithmetic happens until a caller asks for an `f64`.

use std::fmt;

use serde::{Serialize, Serializer};

/// `mantissa / 10^decimals`, with no trailing zero digits after the point (`decimals` is 0 for a
/// whole number).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Quantity {
    mantissa: u128,
    decimals: u32,
}

/// Larger figures are not plausible in a briefing and would only come from digit soup.
const MAX_DIGITS: usize = 30;

impl Quantity {
    /// A whole number.
    pub fn whole(value: u64) -> Quantity {
        Quantity { mantissa: u128::from(value), decimals: 0 }
    }

    /// Parses digits with optional thousands separators (`,`, or a space as translated texts
    /// write them: `850 000`, with a no-break or thin space too) and one decimal point (`.` or
    /// the full-width `．`). Full-width digits count as digits. `None` for anything else, for an
    /// empty string, or for a figure of more than thirty digits.
    pub fn parse_digits(text: &str) -> Option<Quantity> {
        let mut mantissa: u128 = 0;
        let mut decimals: Option<u32> = None;
        let mut digit_count = 0;
        for character in text.chars() {
            match character {
                ',' | ' ' | '\u{A0}' | '\u{2009}' | '\u{202F}' => continue,
                '.' | '．' if decimals.is_none() => decimals = Some(0),
                _ => {
                    let digit = digit_value(character)?;
                    digit_count += 1;
                    if digit_count > MAX_DIGITS {
                        return None;
                    }
                    mantissa = mantissa * 10 + u128::from(digit);
                    if let Some(count) = decimals.as_mut() {
                        *count += 1;
                    }
                }
            }
        }
        if digit_count == 0 {
            return None;
        }
        Some(Quantity { mantissa, decimals: decimals.unwrap_or(0) }.reduced())
    }

    /// The quantity multiplied by `10^power`, or `None` if it would not fit.
    pub fn times_power_of_ten(self, power: u32) -> Option<Quantity> {
        if power <= self.decimals {
            return Some(Quantity { mantissa: self.mantissa, decimals: self.decimals - power });
        }
        let factor = 10u128.checked_pow(power - self.decimals)?;
        Some(Quantity { mantissa: self.mantissa.checked_mul(factor)?, decimals: 0 })
    }

    /// The value as a whole number, when it is one and fits.
    pub fn as_whole(self) -> Option<u64> {
        if self.decimals == 0 {
            u64::try_from(self.mantissa).ok()
        } else {
            None
        }
    }

    /// The nearest `f64` (exact for whole numbers up to 2^53).
    pub fn to_f64(self) -> f64 {
        self.mantissa as f64 / 10f64.powi(self.decimals as i32)
    }

    pub fn is_zero(self) -> bool {
        self.mantissa == 0
    }

    fn reduced(mut self) -> Quantity {
        while self.decimals > 0 && self.mantissa.is_multiple_of(10) {
            self.mantissa /= 10;
            self.decimals -= 1;
        }
        if self.mantissa == 0 {
            self.decimals = 0;
        }
        self
    }
}

impl fmt::Display for Quantity {
    /// The exact decimal: `1200000`, `2.5`.
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        let digits = self.mantissa.to_string();
        let decimals = self.decimals as usize;
        if decimals == 0 {
            return formatter.write_str(&digits);
        }
        let padded = format!("{digits:0>width$}", width = decimals + 1);
        let (whole, fraction) = padded.split_at(padded.len() - decimals);
        write!(formatter, "{whole}.{fraction}")
    }
}

impl Serialize for Quantity {
    /// A JSON integer when the value is whole, otherwise the nearest JSON number.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.as_whole() {
            Some(whole) => serializer.serialize_u64(whole),
            None => serializer.serialize_f64(self.to_f64()),
        }
    }
}

/// Whether a character is an ASCII or full-width decimal digit.
pub fn is_digit(character: char) -> bool {
    digit_value(character).is_some()
}

/// The value of an ASCII or full-width decimal digit.
fn digit_value(character: char) -> Option<u32> {
    match character {
        '0'..='9' => character.to_digit(10),
        '０'..='９' => Some(character as u32 - '０' as u32),
        _ => None,
    }
}

/// Parses a figure followed by an optional scale, `"1.2"` with `"million"` or `"84"` with `"万"`;
/// the scale's power of ten comes from [`super::rules::scale_power`].
pub fn parse_scaled(digits: &str, scale: Option<&str>) -> Option<Quantity> {
    let quantity = Quantity::parse_digits(digits)?;
    match scale {
        None | Some("") => Some(quantity),
        Some(word) => quantity.times_power_of_ten(super::rules::scale_power(word)?),
    }
}
