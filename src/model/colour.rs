//! Colours: the default palette for industries without their own colour, parsing `#rgb` and
//! `#rrggbb`, and the text and axis colours of charts in light and dark mode.

use super::dataset::Dataset;

/// Okabe–Ito, the colour-blind-safe palette, without black; the darker colours come first
/// because they contrast with both light and dark backgrounds.
pub const DEFAULT_PALETTE: [&str; 7] =
    ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442"];

/// The industry's own colour when it is a valid `#rgb`/`#rrggbb`, else the default palette
/// colour for the industry's position in the dataset (an unlisted industry takes the next one).
pub fn industry_color(dataset: &Dataset, industry_id: &str) -> String {
    let position = dataset.industry_position(industry_id);
    let own = position
        .and_then(|index| dataset.industries[index].color.as_deref())
        .filter(|color| parse_hex_color(color).is_some());
    match own {
        Some(color) => color.to_string(),
        None => palette_color(position.unwrap_or(dataset.industries.len())).to_string(),
    }
}

/// The default palette colour for the n-th series, cycling.
pub fn palette_color(index: usize) -> &'static str {
    DEFAULT_PALETTE[index % DEFAULT_PALETTE.len()]
}

/// `#rgb` or `#rrggbb` as red, green, blue.
pub fn parse_hex_color(text: &str) -> Option<(u8, u8, u8)> {
    let hex = text.strip_prefix('#')?;
    if !hex.chars().all(|character| character.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |digits: &str| u8::from_str_radix(digits, 16).ok();
    match hex.len() {
        3 => {
            let expand = |index: usize| channel(&hex[index..index + 1].repeat(2));
            Some((expand(0)?, expand(1)?, expand(2)?))
        }
        6 => Some((channel(&hex[0..2])?, channel(&hex[2..4])?, channel(&hex[4..6])?)),
        _ => None,
    }
}

/// Colours for drawing text and axes on a light or dark background, as `#rrggbb`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChartPalette {
    pub background: &'static str,
    pub text: &'static str,
    pub muted: &'static str,
    pub grid: &'static str,
    pub axis: &'static str,
}

impl ChartPalette {
    /// Must match `--surface`, `--text` and `--text-muted` in `style/main.css` and the
    /// `--chart-*` custom properties in `style/charts.css`.
    pub const LIGHT: ChartPalette = ChartPalette {
        background: "#ffffff",
        text: "#111827",
        muted: "#4b5563",
        grid: "#e5e7eb",
        axis: "#6b7280",
    };
    pub const DARK: ChartPalette = ChartPalette {
        background: "#111827",
        text: "#f3f4f6",
        muted: "#b6bfcc",
        grid: "#374151",
        axis: "#9ca3af",
    };

    pub fn for_theme(dark: bool) -> ChartPalette {
        if dark {
            ChartPalette::DARK
        } else {
            ChartPalette::LIGHT
        }
    }
}
