//! The width a chart prints at: its cell's on an A4 page, from the lengths `style/print.css`
//! gives the page's side margins, a chart card's padding and border and the charts' grid gap.
//! The app reads them from the style sheet as printing begins (`app::printing::paper_lengths`),
//! so that the style sheet holds the one copy of each, and a change there changes the width the
//! charts are drawn for with it.

/// CSS pixels per millimetre (96 to the inch).
const PIXELS_PER_MM: f64 = 96.0 / 25.4;

/// The paper the charts are drawn for: A4, the narrower of the two papers the handout is laid
/// out for (US Letter is 6 mm wider), in millimetres.
const PAPER_WIDTH_MM: f64 = 210.0;

/// The lengths print.css gives, as CSS writes them ("13mm", "5.4pt").
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PaperLengths {
    /// The `@page` rule's left and right margins.
    pub page_margins: [String; 2],
    /// A chart card's padding on each side.
    pub card_padding: String,
    /// A chart card's border.
    pub card_border: String,
    /// The gap between two capacity panels side by side.
    pub grid_gap: String,
}

/// `text`, a CSS length in an absolute unit (`px`, `pt`, `pc`, `mm`, `cm`, `q`, `in`, in any
/// case), in CSS pixels; `None` for a relative unit (`rem`, whose size on paper the screen does
/// not know) or for what is not a length.
pub fn css_length(text: &str) -> Option<f64> {
    let text = text.trim();
    let unit_at = text.find(|character: char| character.is_ascii_alphabetic())?;
    let value = decimal(&text[..unit_at])?;
    let pixels_per_unit = match text[unit_at..].to_ascii_lowercase().as_str() {
        "px" => 1.0,
        "pt" => 96.0 / 72.0,
        "pc" => 16.0,
        "in" => 96.0,
        "mm" => PIXELS_PER_MM,
        "cm" => 10.0 * PIXELS_PER_MM,
        "q" => PIXELS_PER_MM / 4.0,
        _ => return None,
    };
    Some(value * pixels_per_unit)
}

/// A number as print.css writes its lengths: digits, with a fractional part or without ("13",
/// "5.4", ".6"), and nothing else. Read by hand: `str::parse::<f64>` brings the standard
/// library's whole reader of floating-point numbers, 5 KB of the page's wasm, for these few.
fn decimal(text: &str) -> Option<f64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let all_digits = |part: &str| part.bytes().all(|byte| byte.is_ascii_digit());
    if whole.len() + fraction.len() == 0 || !all_digits(whole) || !all_digits(fraction) {
        return None;
    }
    let digits = whole.bytes().chain(fraction.bytes());
    let value = digits.fold(0.0, |value, digit| value * 10.0 + f64::from(digit - b'0'));
    Some(value / 10_f64.powi(i32::try_from(fraction.len()).ok()?))
}

/// The width in CSS pixels a chart prints at on A4: the page's column, or half of it for a
/// capacity panel beside another (print.css's two-column grid), less the card's padding and
/// border on both sides, in whole pixels. Drawn at this width, whatever the window's, its text
/// prints at the size the screen shows it: drawn for a wide window and shrunk into the column,
/// the axis's ticks printed at 4 pt. `None` where a length is not one [`css_length`] reads.
pub fn paper_width(lengths: &PaperLengths, beside_another: bool) -> Option<f64> {
    let [left, right] = &lengths.page_margins;
    let column = PAPER_WIDTH_MM * PIXELS_PER_MM - css_length(left)? - css_length(right)?;
    let cell =
        if beside_another { (column - css_length(&lengths.grid_gap)?) / 2.0 } else { column };
    let inset = 2.0 * (css_length(&lengths.card_padding)? + css_length(&lengths.card_border)?);
    Some((cell - inset).floor())
}
