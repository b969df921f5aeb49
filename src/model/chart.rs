//! What the charts show and where everything goes, computed purely.
//!
//! [`build_charts`] turns the visible projects into capacity [`Panel`]s, one per (unit, period)
//! pair so that different units never share an axis, plus the projects-per-industry panel and the
//! list of projects whose capacity is not stated. [`geometry`] places every mark of a panel in a
//! given pixel size; the canvas drawing and the accessible overlay buttons both use it, so they
//! line up. Nothing here knows the bundled vocabulary: units, periods, industries and colours all
//! come from the data.

use std::collections::HashMap;

use super::colour::industry_color;
use super::dataset::{Capacity, Dataset, Project};
use super::format::format_number;
use super::query::{ProjectKey, View};
use super::strings::{fill, Strings};
use super::text::slug;

/// The most bars one panel draws; the rest are counted in [`Panel::overflow`].
pub const MAX_BARS: usize = 12;

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

/// Everything the chart section shows for one view.
#[derive(Clone, Debug, PartialEq)]
pub struct Charts {
    /// One panel per (unit, period), in order of first appearance among the visible projects.
    pub capacity: Vec<Panel>,
    /// Visible projects whose capacity is not stated, in view order.
    pub not_stated: Vec<NotStated>,
    /// Visible projects per industry.
    pub industries: Panel,
    /// The industries whose colours the capacity bars use, in dataset order.
    pub legend: Vec<LegendEntry>,
}

/// One bar chart with its own scale.
#[derive(Clone, Debug, PartialEq)]
pub struct Panel {
    /// Names the panel in file names, e.g. `capacity-sets-per-year`.
    pub slug: String,
    /// "Capacity in sets per year".
    pub title: String,
    /// "sets per year".
    pub axis_label: String,
    /// Largest first, at most [`MAX_BARS`].
    pub bars: Vec<Bar>,
    pub scale: Scale,
    /// Bars left out by the cap.
    pub overflow: usize,
    /// "and 3 more projects with capacity in tons per year", when some were left out.
    pub overflow_text: Option<String>,
    /// The canvas's accessible name: "Capacity in sets per year: BYD drive motors 840,000".
    pub summary: String,
    /// Table column headings: the bar label, the bar's category (when shown) and the value.
    pub label_heading: String,
    pub category_heading: Option<String>,
    pub value_heading: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// The project the bar stands for; `None` for an industry bar.
    pub key: Option<ProjectKey>,
    pub label: String,
    /// The industry label.
    pub category: String,
    pub value: f64,
    /// "840,000".
    pub value_text: String,
    /// "840,000 sets", drawn at the end of the bar.
    pub value_label: String,
    /// "BYD drive motors: 840,000 sets per year".
    pub accessible_name: String,
    /// `#rrggbb`.
    pub color: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct NotStated {
    pub key: ProjectKey,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LegendEntry {
    pub label: String,
    pub color: String,
}

/// A value axis from zero to `max` in steps of 1, 2 or 5 × 10^k.
#[derive(Clone, Debug, PartialEq)]
pub struct Scale {
    pub max: f64,
    pub step: f64,
    pub ticks: Vec<Tick>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub value: f64,
    pub label: String,
}

/// Builds every chart of a view.
pub fn build_charts(dataset: &Dataset, view: &View, strings: &Strings) -> Charts {
    /// A capacity bar before it is built: only the bars that survive the cap get their texts.
    struct Candidate<'d> {
        key: ProjectKey,
        project: &'d Project,
        capacity: &'d Capacity,
    }
    struct Group<'d> {
        unit: &'d str,
        period: &'d str,
        candidates: Vec<Candidate<'d>>,
    }
    let mut groups: Vec<Group> = Vec::new();
    let mut group_index: HashMap<(&str, &str), usize> = HashMap::new();
    let mut not_stated = Vec::new();
    let mut industry_counts: Vec<(&str, usize)> = Vec::new();
    let mut used_industries: Vec<&str> = Vec::new();
    for &key in &view.projects {
        let Some((_, project)) = dataset.project_at(key) else { continue };
        match industry_counts.iter_mut().find(|(id, _)| *id == project.industry) {
            Some((_, count)) => *count += 1,
            None => industry_counts.push((project.industry.as_str(), 1)),
        }
        let Some(capacity) = project
            .capacity
            .as_ref()
            .filter(|capacity| capacity.value.is_finite() && capacity.value > 0.0)
        else {
            not_stated.push(NotStated { key, label: project.short_name.clone() });
            continue;
        };
        let (unit, period) = (capacity.unit.as_str(), capacity.period.as_str());
        let index = *group_index.entry((unit, period)).or_insert_with(|| {
            groups.push(Group { unit, period, candidates: Vec::new() });
            groups.len() - 1
        });
        if !used_industries.contains(&project.industry.as_str()) {
            used_industries.push(&project.industry);
        }
        groups[index].candidates.push(Candidate { key, project, capacity });
    }
    let capacity = groups
        .into_iter()
        .map(|group| {
            let values = [("unit", group.unit), ("period", group.period)];
            let title = fill(strings.capacity_chart_title, &values);
            let axis_label = fill(strings.capacity_axis_label, &values);
            let overflow_text = |count: usize| {
                let template = if count == 1 {
                    strings.capacity_overflow_one
                } else {
                    strings.capacity_overflow_many
                };
                fill(
                    template,
                    &[
                        ("count", &format_number(count as f64)),
                        ("unit", group.unit),
                        ("period", group.period),
                    ],
                )
            };
            let count = group.candidates.len();
            let mut candidates = group.candidates;
            largest_first(&mut candidates, |candidate| candidate.capacity.value);
            let bars = candidates
                .iter()
                .map(|&Candidate { key, project, capacity }| {
                    let (unit, period) = (capacity.unit.as_str(), capacity.period.as_str());
                    let value_text = format_number(capacity.value);
                    let rate = fill(
                        strings.capacity_rate,
                        &[("value", &value_text), ("unit", unit), ("period", period)],
                    );
                    Bar {
                        key: Some(key),
                        label: project.short_name.clone(),
                        category: industry_label(dataset, &project.industry),
                        value: capacity.value,
                        value_label: fill(
                            strings.capacity_bar_value,
                            &[("value", &value_text), ("unit", unit)],
                        ),
                        accessible_name: fill(
                            strings.chart_bar_name,
                            &[("label", &project.short_name), ("value", &rate)],
                        ),
                        value_text,
                        color: industry_color(dataset, &project.industry),
                    }
                })
                .collect();
            PanelSpec {
                slug: slug(&format!("capacity {axis_label}")),
                title,
                axis_label: axis_label.clone(),
                label_heading: strings.table_project.to_string(),
                category_heading: Some(strings.industry.to_string()),
                value_heading: axis_label,
                integer: false,
            }
            .finish(bars, count, strings, overflow_text)
        })
        .collect();
    let mut legend: Vec<LegendEntry> = dataset
        .industries
        .iter()
        .filter(|industry| used_industries.contains(&industry.id.as_str()))
        .map(|industry| LegendEntry {
            label: industry.label.clone(),
            color: industry_color(dataset, &industry.id),
        })
        .collect();
    // Industries the dataset does not list still get an entry, after the listed ones.
    for id in used_industries.iter().filter(|id| dataset.industry(id).is_none()) {
        legend.push(LegendEntry { label: id.to_string(), color: industry_color(dataset, id) });
    }
    Charts {
        capacity,
        not_stated,
        industries: industry_panel(dataset, &industry_counts, strings),
        legend,
    }
}

fn industry_panel(dataset: &Dataset, counts: &[(&str, usize)], strings: &Strings) -> Panel {
    let bars = counts
        .iter()
        .map(|&(id, count)| {
            let label = industry_label(dataset, id);
            let value_text = format_number(count as f64);
            let template =
                if count == 1 { strings.project_count_one } else { strings.project_count_many };
            let value_label = fill(template, &[("count", &value_text)]);
            Bar {
                key: None,
                accessible_name: fill(
                    strings.chart_bar_name,
                    &[("label", &label), ("value", &value_label)],
                ),
                category: label.clone(),
                label,
                value: count as f64,
                value_text,
                value_label,
                color: industry_color(dataset, id),
            }
        })
        .collect::<Vec<Bar>>();
    let count = bars.len();
    let mut bars = bars;
    largest_first(&mut bars, |bar| bar.value);
    let overflow_text = |count: usize| {
        let template =
            if count == 1 { strings.industry_overflow_one } else { strings.industry_overflow_many };
        fill(template, &[("count", &format_number(count as f64))])
    };
    PanelSpec {
        slug: slug(strings.industry_chart_title),
        title: strings.industry_chart_title.to_string(),
        axis_label: strings.industry_axis_label.to_string(),
        label_heading: strings.industry.to_string(),
        category_heading: None,
        value_heading: strings.table_projects.to_string(),
        integer: true,
    }
    .finish(bars, count, strings, overflow_text)
}

/// Keeps the [`MAX_BARS`] largest items, largest first, ties in their original order: the first
/// items of a stable sort by descending value, found without sorting everything.
fn largest_first<T>(items: &mut Vec<T>, value: impl Fn(&T) -> f64) {
    let mut order: Vec<(f64, usize)> =
        items.iter().enumerate().map(|(position, item)| (value(item), position)).collect();
    let by_value = |left: &(f64, usize), right: &(f64, usize)| {
        right.0.total_cmp(&left.0).then(left.1.cmp(&right.1))
    };
    if order.len() > MAX_BARS {
        order.select_nth_unstable_by(MAX_BARS - 1, by_value);
        order.truncate(MAX_BARS);
    }
    order.sort_by(by_value);
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|(_, position)| slots[position].take()));
}

/// The parts of a panel that do not depend on its bars.
struct PanelSpec {
    slug: String,
    title: String,
    axis_label: String,
    label_heading: String,
    category_heading: Option<String>,
    value_heading: String,
    integer: bool,
}

impl PanelSpec {
    /// Takes the bars already ordered and capped by [`largest_first`] out of `count` in all, and
    /// computes the overflow, the scale and the summary.
    fn finish(
        self,
        bars: Vec<Bar>,
        count: usize,
        strings: &Strings,
        overflow_text: impl Fn(usize) -> String,
    ) -> Panel {
        let overflow = count.saturating_sub(bars.len());
        let overflow_text = (overflow > 0).then(|| overflow_text(overflow));
        let largest = bars.iter().map(|bar| bar.value).fold(0.0, f64::max);
        let items: Vec<String> = bars
            .iter()
            .map(|bar| {
                fill(
                    strings.chart_summary_item,
                    &[("label", &bar.label), ("value", &bar.value_text)],
                )
            })
            .collect();
        let items = if items.is_empty() {
            strings.no_project_in_view.to_string()
        } else {
            items.join(", ")
        };
        let mut summary = fill(strings.chart_summary, &[("title", &self.title), ("items", &items)]);
        if let Some(more) = &overflow_text {
            summary.push_str(", ");
            summary.push_str(more);
        }
        Panel {
            slug: self.slug,
            title: self.title,
            axis_label: self.axis_label,
            scale: nice_scale(largest, 5, self.integer),
            bars,
            overflow,
            overflow_text,
            summary,
            label_heading: self.label_heading,
            category_heading: self.category_heading,
            value_heading: self.value_heading,
        }
    }
}

fn industry_label(dataset: &Dataset, id: &str) -> String {
    dataset.industry(id).map(|industry| industry.label.clone()).unwrap_or_else(|| id.to_string())
}

/// A scale from zero past `largest` with about `target_intervals` steps of 1, 2 or 5 × 10^k.
/// With `integer`, steps are whole numbers (for counts). A largest value that is not positive
/// gives the scale 0 to 1.
pub fn nice_scale(largest: f64, target_intervals: usize, integer: bool) -> Scale {
    let largest = if largest.is_finite() && largest > 0.0 { largest } else { 1.0 };
    let raw_step = largest / target_intervals.max(1) as f64;
    let magnitude = 10f64.powf(raw_step.log10().floor());
    let residual = raw_step / magnitude;
    let multiplier = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .find(|&multiplier| multiplier >= residual - 1e-9)
        .unwrap_or(10.0);
    let mut step = multiplier * magnitude;
    if integer {
        step = step.max(1.0).round();
    }
    let intervals = (largest / step - 1e-9).ceil().max(1.0) as usize;
    let max = step * intervals as f64;
    let ticks = (0..=intervals)
        .map(|index| {
            let value = step * index as f64;
            Tick { value, label: format_tick(value, step) }
        })
        .collect();
    Scale { max, step, ticks }
}

/// Tick values with thousands separators; steps finer than 0.01 get the decimals they need.
fn format_tick(value: f64, step: f64) -> String {
    if step >= 0.01 {
        return format_number(value);
    }
    let decimals = (-step.log10().floor()) as usize;
    format!("{value:.decimals$}")
}

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
    End,
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

/// The height a panel asks for at its natural row height, in CSS pixels.
pub fn preferred_height(panel: &Panel) -> f64 {
    PAD_TOP + ROW_HEIGHT * panel.bars.len().max(1) as f64 + PAD_BOTTOM
}

/// The bar rectangles of a panel drawn in `width` × `height` pixels.
pub fn layout(panel: &Panel, width_px: f64, height_px: f64) -> Vec<BarRect> {
    geometry(panel, width_px, height_px).bars
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
            text: truncate_to_width(&bar.label, inner_width, LABEL_FONT * shrink.max(0.75)),
            x: plot.x,
            y: row_top,
            size: LABEL_FONT * shrink.max(0.75),
            align: Align::Start,
            baseline: Baseline::Top,
            tone: Tone::Text,
            bold: false,
        });
        values.push(TextMark {
            text: bar.value_label.clone(),
            x: rect.right() + VALUE_GAP,
            y: rect.y + rect.h / 2.0,
            size: VALUE_FONT * shrink.max(0.75),
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
    let axis_label = TextMark {
        text: panel.axis_label.clone(),
        x: plot.x + plot.w / 2.0,
        y: plot.bottom() + 26.0,
        size: AXIS_FONT,
        align: Align::Middle,
        baseline: Baseline::Top,
        tone: Tone::Muted,
        bold: false,
    };
    Geometry { width, height, plot, bars, hit_areas, labels, values, ticks, axis_label }
}

/// A gridline per tick; labels on every n-th tick so that none overlap, kept inside the width.
fn tick_marks(scale: &Scale, plot: &BarRect, width: f64) -> Vec<TickMark> {
    let max = if scale.max > 0.0 { scale.max } else { 1.0 };
    let widest = scale
        .ticks
        .iter()
        .map(|tick| estimate_text_width(&tick.label, TICK_FONT))
        .fold(0.0, f64::max);
    let spacing =
        if scale.ticks.len() > 1 { plot.w / (scale.ticks.len() - 1) as f64 } else { plot.w };
    let every = ((widest + 8.0) / spacing.max(1.0)).ceil().max(1.0) as usize;
    scale
        .ticks
        .iter()
        .enumerate()
        .map(|(index, tick)| {
            let x = plot.x + tick.value / max * plot.w;
            let label = (index % every == 0).then(|| {
                let half = estimate_text_width(&tick.label, TICK_FONT) / 2.0;
                let (x, align) = if x - half < 0.0 {
                    (0.0, Align::Start)
                } else if x + half > width {
                    (width, Align::End)
                } else {
                    (x, Align::Middle)
                };
                TextMark {
                    text: tick.label.clone(),
                    x,
                    y: plot.bottom() + 6.0,
                    size: TICK_FONT,
                    align,
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
    text.chars().count() as f64 * size * CHAR_WIDTH
}

/// `text`, shortened with "…" when its estimated width exceeds `width`.
pub fn truncate_to_width(text: &str, width: f64, size: f64) -> String {
    if estimate_text_width(text, size) <= width {
        return text.to_string();
    }
    let fitting = ((width / (size * CHAR_WIDTH)).floor() as usize).saturating_sub(1);
    let mut shortened: String =
        text.chars().take(fitting).collect::<String>().trim_end().to_string();
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

/// The download name of a panel's image: its slug, then the active industry filters' ids:
/// `capacity-sets-per-year-magnesium-alloys.png`.
pub fn png_file_name(panel: &Panel, view: &View) -> String {
    let mut parts = vec![panel.slug.clone()];
    parts.extend(
        view.industry_facet.iter().filter(|option| option.active).map(|option| slug(&option.key)),
    );
    let mut name = slug(&parts.join("-"));
    if name.len() > 120 {
        name.truncate(120);
        name = name.trim_end_matches('-').to_string();
    }
    if name.is_empty() {
        name.push_str("chart");
    }
    name.push_str(".png");
    name
}

/// "Capacity not stated: A, B" naming at most `limit` projects, then "and N more".
pub fn not_stated_text(
    not_stated: &[NotStated],
    limit: usize,
    strings: &Strings,
) -> Option<String> {
    if not_stated.is_empty() {
        return None;
    }
    let mut names: Vec<String> =
        not_stated.iter().take(limit).map(|entry| entry.label.clone()).collect();
    if not_stated.len() > limit {
        names.push(fill(
            strings.list_more,
            &[("count", &format_number((not_stated.len() - limit) as f64))],
        ));
    }
    Some(fill(strings.capacity_not_stated_list, &[("names", &names.join(", "))]))
}
