//! The text an exported chart image carries around its panel, so that it stands on its own in an
//! article (as Datawrapper's and Our World in Data's exports do): a title and the filter in
//! words above; the source, the projects whose capacity is not stated and the app's name below.
//! [`image_layout`] places those lines for a given image width.

use super::geometry::{estimate_text_width, Align, Baseline, TextMark, Tone};
use super::Panel;
use crate::model::dataset::{Briefing, Dataset};
use crate::model::format::format_date;
use crate::model::overview::shared_source_kind;
use crate::model::strings::{fill, Strings};
use crate::model::text::is_wide;
use crate::model::text::search_echo;
use crate::model::view::View;

/// The lines of text an exported image adds to its panel.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageText {
    /// The panel's title: "Capacity in sets per year".
    pub title: String,
    /// What is in view, in words: "New energy · Full production".
    pub filter: String,
    /// "Source: {briefing title}, February 20 — year not stated".
    pub source: String,
    /// "Capacity not stated: …", on capacity panels when some projects in view state none.
    pub not_stated: Option<String>,
    /// "Made with Briefing Explorer".
    pub made_with: String,
}

/// The text around one panel's image. `not_stated` is the panel's "capacity not stated" note
/// (`None` for panels it does not concern); `search` is the search text in view.
pub fn image_text(
    panel: &Panel,
    not_stated: Option<String>,
    dataset: &Dataset,
    view: &View,
    search: &str,
    strings: &Strings,
) -> ImageText {
    ImageText {
        title: panel.title.clone(),
        filter: filter_in_words(view, search, strings),
        source: source_line(dataset, &view.briefings, strings),
        not_stated,
        made_with: fill(strings.image_made_with, &[("app_name", strings.app_name)]),
    }
}

/// The active filters in words, industries first, then statuses, then the search:
/// "New energy, Magnesium alloys · Full production · matching “copper”"; "All projects" when
/// nothing narrows the view.
pub fn filter_in_words(view: &View, search: &str, strings: &Strings) -> String {
    let mut parts = Vec::new();
    let industries = view.chosen_industry_labels();
    if !industries.is_empty() {
        parts.push(industries.join(strings.list_separator));
    }
    let statuses: Vec<&str> =
        view.chosen_statuses().map(|option| option.display_label(strings)).collect();
    if !statuses.is_empty() {
        parts.push(statuses.join(strings.list_separator));
    }
    let search = search_echo(search);
    if !search.is_empty() {
        parts.push(fill(strings.image_search, &[("text", &search)]));
    }
    if parts.is_empty() {
        strings.image_all_projects.to_string()
    } else {
        parts.join(strings.filter_separator)
    }
}

/// Where the figures come from: each briefing in view by its title and date as the source states
/// it ("year not stated", "date not stated" when it does not), and what the source text is
/// ("English machine translation"), when the briefings say so in the same words: an image or an
/// embed in an article stands on its own, and a reader should know it was read in translation.
pub fn source_line(dataset: &Dataset, briefings: &[usize], strings: &Strings) -> String {
    let in_view: Vec<&Briefing> =
        briefings.iter().filter_map(|&index| dataset.briefings.get(index)).collect();
    let named = |briefing: &&Briefing| {
        let date = match &briefing.date {
            Some(date) => format_date(Some(date), strings),
            None => strings.image_date_not_stated.to_string(),
        };
        fill(strings.image_source_briefing, &[("title", &briefing.title), ("date", &date)])
    };
    let listed = match in_view.as_slice() {
        [] => return String::new(),
        [briefing] => named(briefing),
        many => fill(
            strings.image_source_many,
            &[
                ("count", &many.len().to_string()),
                (
                    "briefings",
                    &many
                        .iter()
                        .map(named)
                        .collect::<Vec<_>>()
                        .join(strings.image_source_separator),
                ),
            ],
        ),
    };
    match shared_source_kind(&in_view) {
        Some(kind) => fill(strings.image_source_of_kind, &[("briefings", &listed), ("kind", kind)]),
        None => fill(strings.image_source, &[("briefings", &listed)]),
    }
}

/// Margins of the image's text, in CSS pixels.
const MARGIN: f64 = 12.0;
const TITLE_SIZE: f64 = 16.0;
const TITLE_LINE: f64 = 22.0;
const FILTER_SIZE: f64 = 13.0;
const FILTER_LINE: f64 = 18.0;
const FOOT_SIZE: f64 = 12.0;
const FOOT_LINE: f64 = 17.0;
/// The most lines one piece of text wraps to; the last one ends in "…" if it is cut.
const MAX_LINES: usize = 4;

/// Where the image's text goes: the header above the panel and the footer below it, each with
/// its height, for an image `width` CSS pixels wide.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageLayout {
    pub header: Vec<TextMark>,
    pub header_height: f64,
    /// Marks with `y` measured from the top of the footer band.
    pub footer: Vec<TextMark>,
    pub footer_height: f64,
}

/// Places the header (title, filter line) and footer (source, not-stated note, app name) of an
/// exported image, wrapping long lines to the width.
pub fn image_layout(text: &ImageText, width: f64) -> ImageLayout {
    let room = (width - 2.0 * MARGIN).max(40.0);
    let mut header = Vec::new();
    let mut y = MARGIN;
    for line in wrap(&text.title, room, TITLE_SIZE) {
        header.push(mark(line, y, TITLE_SIZE, Tone::Text, true));
        y += TITLE_LINE;
    }
    for line in wrap(&text.filter, room, FILTER_SIZE) {
        header.push(mark(line, y, FILTER_SIZE, Tone::Muted, false));
        y += FILTER_LINE;
    }
    let header_height = y + MARGIN / 2.0;
    let mut footer = Vec::new();
    let mut y = MARGIN;
    let pieces = [Some(&text.source), text.not_stated.as_ref(), Some(&text.made_with)];
    for piece in pieces.into_iter().flatten().filter(|piece| !piece.is_empty()) {
        for line in wrap(piece, room, FOOT_SIZE) {
            footer.push(mark(line, y, FOOT_SIZE, Tone::Muted, false));
            y += FOOT_LINE;
        }
    }
    ImageLayout { header, header_height, footer, footer_height: y + MARGIN }
}

fn mark(text: String, y: f64, size: f64, tone: Tone, bold: bool) -> TextMark {
    TextMark { text, x: MARGIN, y, size, align: Align::Start, baseline: Baseline::Top, tone, bold }
}

/// `text` broken at spaces, and between Chinese, Japanese or Korean characters, into lines that
/// fit `width` at `size` (a word longer than the width is cut), at most [`MAX_LINES`], the last
/// ending in "…" when text was left out.
pub fn wrap(text: &str, width: f64, size: f64) -> Vec<String> {
    let fits = |line: &str| estimate_text_width(line, size) <= width;
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for (spaced, word) in break_units(text) {
        let mut candidate = current.clone();
        if spaced && !candidate.is_empty() {
            candidate.push(' ');
        }
        candidate.push_str(&word);
        if fits(&candidate) {
            current = candidate;
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
        }
        // A word wider than the line is cut into pieces that fit.
        let mut piece = String::new();
        for character in word.chars() {
            piece.push(character);
            if !fits(&piece) {
                piece.pop();
                lines.push(std::mem::take(&mut piece));
                piece.push(character);
            }
        }
        current = piece;
    }
    if !current.is_empty() {
        lines.push(current);
    }
    if lines.len() > MAX_LINES {
        lines.truncate(MAX_LINES);
        let last = &mut lines[MAX_LINES - 1];
        while !last.is_empty() && !fits(&format!("{last}…")) {
            last.pop();
        }
        last.push('…');
    }
    lines
}

/// The pieces a line may break between, each with whether a space goes before it: the words
/// between spaces, split where Chinese, Japanese or Korean text breaks, before or after any wide
/// character ("来源：…construction，2月20日（年份未注明）" is one word to the spaces, and took a
/// line of its own), except before a closing mark ("，", "）" never begin a line), after an
/// opening one ("（" never ends one) and between a figure and its counter ("2月", "84万").
fn break_units(text: &str) -> Vec<(bool, String)> {
    let mut units = Vec::new();
    for word in text.split_whitespace() {
        let mut spaced = true;
        let mut piece = String::new();
        let mut previous: Option<char> = None;
        for character in word.chars() {
            let breaks = previous.is_some_and(|before| {
                (is_wide(before) || is_wide(character))
                    && !CLOSING_MARKS.contains(character)
                    && !OPENING_MARKS.contains(before)
                    && !before.is_ascii_digit()
            });
            if breaks {
                units.push((spaced, std::mem::take(&mut piece)));
                spaced = false;
            }
            piece.push(character);
            previous = Some(character);
        }
        units.push((spaced, piece));
    }
    units
}

/// Marks that close what comes before them, which no line may begin with.
const CLOSING_MARKS: &str = "，。、；：！？）」』】》〉”’,.;:!?)]}";
/// Marks that open what comes after them, which no line may end with.
const OPENING_MARKS: &str = "（「『【《〈“‘([{";
