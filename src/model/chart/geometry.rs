//! Where every mark of a panel goes in a given pixel size. The canvas drawing and the accessible
//! overlay buttons both use it, so they line up.

use super::{Panel, Scale};
use crate::model::order::{ascending, sort_by_rank};
use crate::model::text::is_wide;

/// Height of the title band an exported image adds above the panel, in CSS pixels.
pub const TITLE_BAND: f64 = 40.0;
pub const TITLE_FONT: f64 = 16.0;

const PAD_LEFT: f64 = 12.0;
const PAD_RIGHT: f64 = 12.0;
const PAD_TOP: f64 = 8.0;
/// Tick labels and the axis label below the plot.
const PAD_BOTTOM: f64 = 46.0;
const LABEL_FONT: f64 = 13.0;
const VALUE_FONT: f64 = 12.0;
const TICK_FONT: f64 = 11.0;
const AXIS_FONT: f64 = 12.0;
/// The line above each bar that holds its label.
const LABEL_LINE: f64 = 20.0;
const BAR_THICKNESS: f64 = 18.0;
const ROW_GAP: f64 = 10.0;
const ROW_HEIGHT: f64 = LABEL_LINE + BAR_THICKNESS + ROW_GAP;
const VALUE_GAP: f64 = 6.0;
/// Average advance of a character as a fraction of the font size, for fitting text without a
/// browser to measure it; generous so that estimated text is rarely wider than real text.
const CHAR_WIDTH: f64 = 0.6;

/// A rectangle in pixels, from the top-left corner.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BarRect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl BarRect {
    pub fn right(&self) -> f64 {
        self.x + self.w
    }

    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }

    /// Whether `other` lies within this rectangle (edges included, allowing rounding).
    pub fn contains(&self, other: &BarRect) -> bool {
        const SLACK: f64 = 1e-6;
        other.x >= self.x - SLACK
            && other.y >= self.y - SLACK
            && other.right() <= self.right() + SLACK
            && other.bottom() <= self.bottom() + SLACK
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Start,
    Middle,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Baseline {
    Top,
    Middle,
}

/// Which theme colour a text uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Text,
    Muted,
}

/// A piece of text placed at (`x`, `y`), aligned as given, `size` in pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct TextMark {
    pub text: String,
    pub x: f64,
    pub y: f64,
    pub size: f64,
    pub align: Align,
    pub baseline: Baseline,
    pub tone: Tone,
    pub bold: bool,
}

/// A gridline at a tick, with the tick's label unless it would collide with its neighbours.
#[derive(Clone, Debug, PartialEq)]
pub struct TickMark {
    pub x: f64,
    pub label: Option<TextMark>,
}

/// Every mark of a panel, in the pixels of a `width` × `height` area.
#[derive(Clone, Debug, PartialEq)]
pub struct Geometry {
    pub width: f64,
    pub height: f64,
    /// Value 0 is at `plot.x`, the scale's max at `plot.right()`; the rows fill it vertically.
    pub plot: BarRect,
    pub bars: Vec<BarRect>,
    /// Per bar: the row around its label, bar and value; the area an overlay button covers.
    pub hit_areas: Vec<BarRect>,
    pub labels: Vec<TextMark>,
    pub values: Vec<TextMark>,
    pub ticks: Vec<TickMark>,
    pub axis_label: TextMark,
}

/// Room kept clear around a value label or a bar's name where a gridline would cross it.
const LABEL_CLEARANCE: f64 = 3.0;

impl Geometry {
    /// The stretches, from top to bottom, of the gridline at `x`: from the first bar (below the
    /// first label) to the plot's foot, broken where a bar's value label or the label of the
    /// bar below sits across it, so that no line strikes through a figure ("840,00|0 sets") or
    /// a name ("Magnesium allo|ys"). The axis runs whole along the names' start, which their
    /// text begins just right of.
    pub fn gridline_spans(&self, x: f64) -> Vec<(f64, f64)> {
        let top = self.bars.first().map_or(self.plot.y, |bar| bar.y);
        let names: &[TextMark] = if x > self.plot.x { &self.labels } else { &[] };
        let mut gaps: Vec<(f64, f64)> = self
            .values
            .iter()
            .chain(names)
            .filter(|mark| {
                let width = estimate_text_width(&mark.text, mark.size);
                mark.x - LABEL_CLEARANCE <= x && x <= mark.x + width + LABEL_CLEARANCE
            })
            .map(|mark| {
                let (above, below) = match mark.baseline {
                    Baseline::Top => (0.0, mark.size),
                    Baseline::Middle => (mark.size / 2.0, mark.size / 2.0),
                };
                (mark.y - above - LABEL_CLEARANCE, mark.y + below + LABEL_CLEARANCE)
            })
            .collect();
        // Through the program's one sort of ranks, not a sort of its own for these pairs.
        sort_by_rank(&mut gaps, |gap| ascending(gap.0));
        let mut spans = Vec::new();
        let mut from = top;
        for (gap_top, gap_bottom) in gaps {
            if gap_top > from {
                spans.push((from, gap_top.min(self.plot.bottom())));
            }
            from = from.max(gap_bottom);
        }
        if from < self.plot.bottom() {
            spans.push((from, self.plot.bottom()));
        }
        spans
    }
}

/// The height a panel asks for at its natural row height, in CSS pixels.
pub fn preferred_height(panel: &Panel) -> f64 {
    PAD_TOP + ROW_HEIGHT * panel.bars.len().max(1) as f64 + PAD_BOTTOM
}

/// Places every mark of a panel in `width` × `height` pixels: each row is the bar's label, then
/// the bar, its length proportional to the value, with the value after its end; ticks and the
/// axis label are below.
pub fn geometry(panel: &Panel, width: f64, height: f64) -> Geometry {
    let width = width.max(0.0);
    let height = height.max(0.0);
    let inner_width = (width - PAD_LEFT - PAD_RIGHT).max(1.0);
    let widest_value = panel
        .bars
        .iter()
        .map(|bar| estimate_text_width(&bar.value_label, VALUE_FONT))
        .fold(0.0, f64::max);
    let value_room = (widest_value + VALUE_GAP).min(inner_width * 0.45);
    let plot_height = (height - PAD_TOP - PAD_BOTTOM).max(1.0);
    let plot =
        BarRect { x: PAD_LEFT, y: PAD_TOP, w: (inner_width - value_room).max(1.0), h: plot_height };
    let rows = panel.bars.len().max(1) as f64;
    let row_height = plot_height / rows;
    // Squeezed rows keep the natural proportions of label line, bar and gap.
    let shrink = (row_height / ROW_HEIGHT).min(1.0);
    let label_line = LABEL_LINE * shrink;
    let thickness = BAR_THICKNESS * shrink;
    // Labels shrink with their rows, but no further than three quarters of their size.
    let label_size = LABEL_FONT * shrink.max(0.75);
    let max = if panel.scale.max > 0.0 { panel.scale.max } else { 1.0 };
    let mut bars = Vec::with_capacity(panel.bars.len());
    let mut hit_areas = Vec::with_capacity(panel.bars.len());
    let mut labels = Vec::with_capacity(panel.bars.len());
    let mut values = Vec::with_capacity(panel.bars.len());
    for (index, bar) in panel.bars.iter().enumerate() {
        let row_top = plot.y + row_height * index as f64;
        let length = (bar.value.max(0.0) / max).min(1.0) * plot.w;
        let rect = BarRect { x: plot.x, y: row_top + label_line, w: length, h: thickness };
        labels.push(TextMark {
            text: truncate_to_width(&bar.label, inner_width, label_size),
            x: plot.x,
            y: row_top,
            size: label_size,
            align: Align::Start,
            baseline: Baseline::Top,
            tone: Tone::Text,
            bold: false,
        });
        let value_size = VALUE_FONT * shrink.max(0.75);
        let value_x = rect.right() + VALUE_GAP;
        values.push(TextMark {
            text: value_that_fits(bar, width - PAD_RIGHT - value_x, value_size),
            x: value_x,
            y: rect.y + rect.h / 2.0,
            size: value_size,
            align: Align::Start,
            baseline: Baseline::Middle,
            tone: Tone::Muted,
            bold: false,
        });
        hit_areas.push(BarRect {
            x: 0.0,
            y: row_top,
            w: width,
            h: label_line + thickness + (row_height - label_line - thickness).min(4.0),
        });
        bars.push(rect);
    }
    let ticks = tick_marks(&panel.scale, &plot, width);
    // Centred under the plot, but a long unit's label ("gigawatts of peak nameplate generating
    // capacity per year") is shortened to the panel and kept inside it rather than cut at both
    // edges.
    let axis_text = truncate_to_width(&panel.axis_label, width - PAD_LEFT - PAD_RIGHT, AXIS_FONT);
    let half_axis_text = estimate_text_width(&axis_text, AXIS_FONT) / 2.0;
    let axis_label = TextMark {
        x: centre_within(plot.x + plot.w / 2.0, half_axis_text + PAD_LEFT, width),
        text: axis_text,
        y: plot.bottom() + 26.0,
        size: AXIS_FONT,
        align: Align::Middle,
        baseline: Baseline::Top,
        tone: Tone::Muted,
        bold: false,
    };
    Geometry { width, height, plot, bars, hit_areas, labels, values, ticks, axis_label }
}

/// A bar's value as it fits in `room` pixels after the bar: with its unit ("840,000 sets"), or,
/// when a long unit would run past the panel's edge and be cut mid-word ("123,456,789
/// twelve-inch equival"), the figure alone, whose unit the panel's title names. The figure is
/// never shortened.
fn value_that_fits(bar: &super::Bar, room: f64, size: f64) -> String {
    // The room after the longest bar is the widest label's own estimate, less the gap, give or
    // take the rounding of that subtraction.
    const ROUNDING: f64 = 0.5;
    if estimate_text_width(&bar.value_label, size) <= room + ROUNDING {
        bar.value_label.clone()
    } else {
        bar.value_text.clone()
    }
}

/// A gridline per tick; labels on every n-th tick so that none overlap, evenly spaced from the
/// start to the end, kept inside the width.
fn tick_marks(scale: &Scale, plot: &BarRect, width: f64) -> Vec<TickMark> {
    let max = if scale.max > 0.0 { scale.max } else { 1.0 };
    let widest = scale
        .ticks
        .iter()
        .map(|tick| estimate_text_width(&tick.label, TICK_FONT))
        .fold(0.0, f64::max);
    let spacing = plot.w / scale.ticks.len().saturating_sub(1).max(1) as f64;
    let room = ((widest + 8.0) / spacing.max(1.0)).ceil().max(1.0) as usize;
    // The scale's end is always labelled, so that a reader sees how far it goes, and the labels
    // are evenly spaced: every n-th tick from the start, n the smallest that leaves each label
    // its room and divides the ticks' span (0 and 1,000,000 when 400,000 would leave 800,000 too
    // near the end; 0, 400,000 and 1,000,000 read as an uneven scale). With no such n, the end
    // alone.
    let last = scale.ticks.len().saturating_sub(1);
    let every = (room..=last).find(|&every| last.is_multiple_of(every));
    let labelled = |index: usize| every.map_or(index == last, |every| index.is_multiple_of(every));
    scale
        .ticks
        .iter()
        .enumerate()
        .map(|(index, tick)| {
            let x = plot.x + tick.value / max * plot.w;
            let label = labelled(index).then(|| {
                let half = estimate_text_width(&tick.label, TICK_FONT) / 2.0;
                TextMark {
                    text: tick.label.clone(),
                    x: centre_within(x, half, width),
                    y: plot.bottom() + 6.0,
                    size: TICK_FONT,
                    align: Align::Middle,
                    baseline: Baseline::Top,
                    tone: Tone::Muted,
                    bold: false,
                }
            });
            TickMark { x, label }
        })
        .collect()
}

/// A generous estimate of how wide `text` is at `size` pixels.
pub fn estimate_text_width(text: &str, size: f64) -> f64 {
    text.chars().map(character_advance).sum::<f64>() * size
}

/// A character's estimated advance as a fraction of the font size: a full em for the wide
/// characters of Chinese, Japanese and Korean ("2 个项目" is two narrow and three wide), the
/// average advance for the rest.
fn character_advance(character: char) -> f64 {
    if is_wide(character) {
        1.0
    } else {
        CHAR_WIDTH
    }
}

/// `text`, shortened with "…" when its estimated width exceeds `width`.
pub fn truncate_to_width(text: &str, width: f64, size: f64) -> String {
    if estimate_text_width(text, size) <= width {
        return text.to_string();
    }
    let room = width - estimate_text_width("…", size);
    let mut used = 0.0;
    let mut shortened: String = text
        .chars()
        .take_while(|&character| {
            used += character_advance(character) * size;
            used <= room
        })
        .collect::<String>()
        .trim_end()
        .to_string();
    shortened.push('…');
    shortened
}

/// The title an exported image carries above the panel.
pub fn title_mark(panel: &Panel) -> TextMark {
    TextMark {
        text: panel.title.clone(),
        x: PAD_LEFT,
        y: TITLE_BAND / 2.0,
        size: TITLE_FONT,
        align: Align::Start,
        baseline: Baseline::Middle,
        tone: Tone::Text,
        bold: true,
    }
}

/// Size of the tooltip text in CSS pixels, as `style/charts.css` sets it for `.chart-tip`.
const TOOLTIP_FONT: f64 = 13.0;
/// Horizontal room around the tooltip text (its padding and a margin), in CSS pixels.
const TOOLTIP_PADDING: f64 = 12.0;
/// A tooltip's line and its vertical padding and gap to the bar, in CSS pixels
/// (`style/charts.css`: 13 px text at a line height of 1.35, 4 px padding, 2 px gap).
const TOOLTIP_LINE: f64 = TOOLTIP_FONT * 1.35;
const TOOLTIP_FRAME: f64 = 2.0 * 4.0 + 2.0;

/// Whether a bar's tooltip goes below its row rather than above it: when the room above the row
/// in the panel is less than the tooltip's estimated height, it would cover what is above the
/// chart, the panel's title.
pub fn tooltip_below(text: &str, hit_area: &BarRect, panel_width: f64) -> bool {
    let text_width = estimate_text_width(text, TOOLTIP_FONT) + 2.0 * TOOLTIP_PADDING;
    let lines = (text_width / panel_width.max(1.0)).ceil().max(1.0);
    hit_area.y < lines * TOOLTIP_LINE + TOOLTIP_FRAME
}

/// Where a bar's tooltip is centred, relative to the left edge of its hit area: above the end of
/// the bar, but never so close to the panel's edges that it would be cut off (or widen the page).
pub fn tooltip_left(text: &str, bar: &BarRect, hit_area: &BarRect, panel_width: f64) -> f64 {
    let half_tip =
        (estimate_text_width(text, TOOLTIP_FONT) / 2.0 + TOOLTIP_PADDING).min(panel_width / 2.0);
    centre_within(bar.right(), half_tip, panel_width) - hit_area.x
}

/// The centre nearest `centre` for a text `2 × half` wide that keeps it within 0..`width`:
/// centred at `half` it starts at the left edge, at `width - half` it ends at the right. One
/// wider than `width` starts at the left edge.
fn centre_within(centre: f64, half: f64, width: f64) -> f64 {
    centre.clamp(half, (width - half).max(half))
}
