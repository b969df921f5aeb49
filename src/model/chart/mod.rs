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
use super::dataset::{Briefing, Capacity, Dataset, Project};
use super::dataset_index::DatasetIndex;
use super::format::{
    around_pieces, bound_words, bounded, format_figure, format_number, industry_pieces,
    industry_text, joined_pieces, projects_phrase, rate_measure, unit_gap, with_inferred,
};
use super::order::keep_largest;
use super::project_names::RepeatedNames;
use super::query::ProjectKey;
use super::strings::{fill, pieces_text, Piece, Strings};
use super::text::slug;
use super::view::View;

mod geometry;
pub mod image;
pub mod paper;
mod scale;

pub use geometry::*;
pub use scale::nice_scale;

/// The most bars one panel draws; the rest are counted in [`Panel::overflow`].
pub const MAX_BARS: usize = 12;

/// The most projects whose capacity is not stated a chart set names; the rest are counted.
pub const NOT_STATED_NAMED: usize = 12;

/// Everything the chart section shows for one view.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartSet {
    /// One panel per (unit, period), in order of first appearance among the visible projects.
    pub capacity: Vec<Panel>,
    /// Visible projects whose capacity is not stated.
    pub not_stated: NotStatedProjects,
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
    /// Largest first, at most [`MAX_BARS`] (fewer on a slide, [`build_charts_of_at_most`]).
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
    /// The heading of the CSV's column of [`Bar::inferred`], where the panel counts projects
    /// and some of its bars have an inferred industry: the table view says so beside the count.
    pub inferred_heading: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// The project the bar stands for; `None` for an industry bar.
    pub key: Option<ProjectKey>,
    pub label: String,
    /// [`Self::label`] as pieces, for a page that marks the data's words with their language:
    /// the name (slot 0), and a project's date that tells it apart from another of its name in
    /// the interface's words ([`RepeatedNames::label_pieces`]).
    pub label_pieces: Vec<Piece>,
    /// The industry's label, the data's words (an industry bar's is its label).
    pub category: String,
    /// How many of the bar's projects have an industry the source does not name, which the data
    /// infers from the context: a capacity bar's one project or none, an industry bar's count.
    pub inferred: usize,
    pub value: f64,
    /// "840,000", or "more than 840,000" for a figure the source bounds.
    pub value_text: String,
    /// The bound's words alone ("more than"), for a table's CSV, whose figure is a number.
    pub bound_text: Option<String>,
    /// "840,000 sets", drawn at the end of the bar.
    pub value_label: String,
    /// "BYD drive motors: 840,000 sets per year".
    pub accessible_name: String,
    /// `#rrggbb`.
    pub color: String,
}

impl Bar {
    /// The table's industry cell: the label and, where the data infers the industry,
    /// "(inferred)" after it in the interface's words, kept apart so that only the label is
    /// marked in the data's language.
    pub fn category_pieces(&self, strings: &Strings) -> Vec<Piece> {
        industry_pieces(&self.category, self.inferred > 0, strings)
    }

    /// The industry cell as one text, as a CSV writes it: "New energy (inferred)".
    pub fn category_text(&self, strings: &Strings) -> String {
        industry_text(&self.category, self.inferred > 0, strings)
    }
}

/// The visible projects whose capacity is not stated: the first ones, named, and how many in
/// all. Only as many are named as a chart set lists: at 10,000 projects, labelling thousands at
/// each filter change was much of the charts' rebuild.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NotStatedProjects {
    /// The first [`NOT_STATED_NAMED`] in view order.
    pub named: Vec<NotStated>,
    /// All of them, named or not.
    pub count: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct NotStated {
    pub key: ProjectKey,
    /// The project's name as pieces ([`RepeatedNames::label_pieces`]).
    pub label_pieces: Vec<Piece>,
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

/// A capacity panel's slug: "capacity" in the interface's language, then its axis label, as the
/// industries' panel's is its title (`capacity-sets-per-year`, `产能-sets-年`, `各产业项目数`), so
/// that a download's name is in one language. It is distinct for each unit and period, since it
/// names the panel on the page (its id, and the panel a filter keeps). Units that differ
/// only in case, spacing or symbols ("sets" and "Sets", "$" and "€") fold to one readable slug,
/// so a unit or period that is not plain lower-case words carries a hash of its exact text.
fn capacity_slug(capacity: &str, axis_label: &str, unit: &str, period: &str) -> String {
    let readable = slug(&[capacity, axis_label].join("-"));
    let plain = |words: &str| {
        words.split(' ').all(|word| {
            !word.is_empty()
                && word
                    .chars()
                    .all(|character| character.is_alphanumeric() && !character.is_uppercase())
        })
    };
    if plain(unit) && plain(period) {
        return readable;
    }
    // FNV-1a over the unit, a separator no text holds, and the period.
    let hash = unit
        .bytes()
        .chain([0xff])
        .chain(period.bytes())
        .fold(0x811c_9dc5_u32, |hash, byte| (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193));
    format!("{readable}-{hash:08x}")
}

/// A capacity panel's place in the chart section; see [`panel_slots`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PanelSlot<'p> {
    pub panel: &'p Panel,
    /// False for a panel the filters have emptied, which stays on the page hidden.
    pub shown: bool,
}

/// The capacity panels the chart section keeps on the page: one for each panel of `chosen`
/// (the charts of the chosen briefings' projects before filtering), in its order, with the
/// view's panel of the same unit and period (from `in_view`) when the view has one, and
/// otherwise hidden with `chosen`'s. A filter switched off again then shows the panel it hid,
/// already laid out and drawn with the same bars, instead of building and drawing it anew.
/// A panel of `in_view` that `chosen` lacks (none, while the view's projects come from the
/// chosen briefings) is shown after them.
pub fn panel_slots<'p>(chosen: &'p [Panel], in_view: &'p [Panel]) -> Vec<PanelSlot<'p>> {
    let find = |slug: &str| in_view.iter().find(|panel| panel.slug == slug);
    let kept = chosen.iter().map(|panel| match find(&panel.slug) {
        Some(shown) => PanelSlot { panel: shown, shown: true },
        None => PanelSlot { panel, shown: false },
    });
    let unmatched = in_view
        .iter()
        .filter(|panel| chosen.iter().all(|kept| kept.slug != panel.slug))
        .map(|panel| PanelSlot { panel, shown: true });
    kept.chain(unmatched).collect()
}

/// Builds every chart of a view's projects, in the given order, each panel of at most
/// [`MAX_BARS`] bars.
pub fn build_charts(
    dataset: &Dataset,
    index: &DatasetIndex,
    projects: &[ProjectKey],
    strings: &Strings,
) -> ChartSet {
    build_charts_of_at_most(dataset, index, projects, strings, MAX_BARS)
}

/// [`build_charts`] with panels of at most `max_bars` bars (a slide holds fewer than a page),
/// the rest counted in each panel's overflow.
pub fn build_charts_of_at_most(
    dataset: &Dataset,
    index: &DatasetIndex,
    projects: &[ProjectKey],
    strings: &Strings,
    max_bars: usize,
) -> ChartSet {
    /// A capacity bar before it is built: only the bars that survive the cap get their texts.
    struct Candidate<'d> {
        key: ProjectKey,
        briefing: &'d Briefing,
        project: &'d Project,
        capacity: &'d Capacity,
    }
    struct Group<'d> {
        unit: &'d str,
        /// The period in the interface's words ([`crate::model::strings::PeriodWords::word`]).
        period: &'d str,
        /// Every candidate, then (once all are in) only the `max_bars` largest.
        candidates: Vec<Candidate<'d>>,
        /// How many candidates there were before the cap.
        count: usize,
    }
    let mut groups: Vec<Group> = Vec::new();
    let mut group_index: HashMap<(&str, &str), usize> = HashMap::new();
    let mut not_stated = Vec::new();
    let mut not_stated_count = 0;
    // Each industry's projects, and how many of them have an industry the source does not name.
    let mut industry_counts: Vec<(&str, usize, usize)> = Vec::new();
    let mut used_industries: Vec<&str> = Vec::new();
    for &key in projects {
        let Some((briefing, project)) = dataset.project_at(key) else { continue };
        let inferred = usize::from(project.industry_is_inferred());
        match industry_counts.iter_mut().find(|(id, _, _)| *id == project.industry) {
            Some((_, count, inferred_count)) => {
                *count += 1;
                *inferred_count += inferred;
            }
            None => industry_counts.push((project.industry.as_str(), 1, inferred)),
        }
        let Some(capacity) = project
            .capacity
            .as_ref()
            .filter(|capacity| capacity.value.is_finite() && capacity.value > 0.0)
        else {
            if not_stated.len() < NOT_STATED_NAMED {
                not_stated.push((key, briefing, project));
            }
            not_stated_count += 1;
            continue;
        };
        // A panel is a unit and a period as the reader sees them: in Chinese, a dataset's "year"
        // and "年" are one period, and two panels of one title and one name would collide.
        let (unit, period) = (capacity.unit.as_str(), strings.periods.word(&capacity.period));
        let index = *group_index.entry((unit, period)).or_insert_with(|| {
            groups.push(Group { unit, period, candidates: Vec::new(), count: 0 });
            groups.len() - 1
        });
        if !used_industries.contains(&project.industry.as_str()) {
            used_industries.push(&project.industry);
        }
        groups[index].candidates.push(Candidate { key, briefing, project, capacity });
    }
    // Only the bars that survive the cap, and the projects named as not stated, get labels, so
    // only their names are looked for among the others.
    for group in &mut groups {
        group.count = group.candidates.len();
        keep_largest(&mut group.candidates, max_bars, |candidate| candidate.capacity.value);
    }
    let labelled: Vec<ProjectKey> = groups
        .iter()
        .flat_map(|group| group.candidates.iter().map(|candidate| candidate.key))
        .chain(not_stated.iter().map(|&(key, _, _)| key))
        .collect();
    let names = RepeatedNames::among(dataset, index, projects, &labelled);
    let not_stated = NotStatedProjects {
        named: not_stated
            .into_iter()
            .map(|(key, briefing, project)| NotStated {
                key,
                label_pieces: names.label_pieces(briefing, project, strings),
            })
            .collect(),
        count: not_stated_count,
    };
    let capacity = groups
        .into_iter()
        .map(|group| {
            let measure = rate_measure(group.unit, group.period, strings);
            let values = [("measure", measure.as_str())];
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
                    &[("count", &format_number(count as f64, strings)), ("measure", &measure)],
                )
            };
            let bars = group
                .candidates
                .iter()
                .map(|&Candidate { key, briefing, project, capacity }| {
                    let label_pieces = names.label_pieces(briefing, project, strings);
                    let label = pieces_text(&label_pieces);
                    let (unit, period) = (capacity.unit.as_str(), capacity.period.as_str());
                    // A bound the source puts on the figure goes wherever the figure is said:
                    // the bar's end, its name and the table ("more than 840,000").
                    let value_text =
                        bounded(format_number(capacity.value, strings), capacity.bound, strings);
                    let gap = unit_gap(unit, strings);
                    let rate = fill(
                        strings.capacity_rate,
                        &[
                            ("value", &value_text),
                            ("gap", gap),
                            ("measure", &rate_measure(unit, period, strings)),
                        ],
                    );
                    Bar {
                        key: Some(key),
                        label_pieces,
                        // An inferred industry says so in the table's industry column too
                        // (`Bar::category_pieces`).
                        category: dataset.industry_label(&project.industry).to_string(),
                        inferred: usize::from(project.industry_is_inferred()),
                        value: capacity.value,
                        value_label: bounded(
                            format_figure(capacity.value, unit, strings),
                            capacity.bound,
                            strings,
                        ),
                        accessible_name: fill(
                            strings.chart_bar_name,
                            &[("label", &label), ("value", &rate)],
                        ),
                        label,
                        value_text,
                        bound_text: capacity
                            .bound
                            .map(|bound| bound_words(bound, strings).to_string()),
                        color: industry_color(dataset, &project.industry),
                    }
                })
                .collect();
            PanelSpec {
                slug: capacity_slug(strings.capacity, &axis_label, group.unit, group.period),
                title,
                axis_label: axis_label.clone(),
                label_heading: strings.table_project.to_string(),
                category_heading: Some(strings.industry.to_string()),
                value_heading: axis_label,
                inferred_heading: None,
                integer: false,
            }
            .finish(bars, group.count, strings, overflow_text)
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
    ChartSet {
        capacity,
        not_stated,
        industries: industry_panel(dataset, &industry_counts, strings),
        legend,
    }
}

/// The projects per industry; a bar whose projects include some with an inferred industry says
/// how many, in its figure, its table cell and its name ("2 projects (1 inferred)"), so that no
/// one reads an inferred industry as one the source states.
fn industry_panel(dataset: &Dataset, counts: &[(&str, usize, usize)], strings: &Strings) -> Panel {
    let bars = counts
        .iter()
        .map(|&(id, count, inferred)| {
            let label = dataset.industry_label(id).to_string();
            let value_text = with_inferred(format_number(count as f64, strings), inferred, strings);
            let value_label = with_inferred(projects_phrase(count, strings), inferred, strings);
            Bar {
                key: None,
                accessible_name: fill(
                    strings.chart_bar_name,
                    &[("label", &label), ("value", &value_label)],
                ),
                category: label.clone(),
                label_pieces: vec![Piece::Value { slot: 0, text: label.clone() }],
                label,
                inferred,
                value: count as f64,
                value_text,
                bound_text: None,
                value_label,
                color: industry_color(dataset, id),
            }
        })
        .collect::<Vec<Bar>>();
    let count = bars.len();
    let mut bars = bars;
    keep_largest(&mut bars, MAX_BARS, |bar| bar.value);
    let overflow_text = |count: usize| {
        let template =
            if count == 1 { strings.industry_overflow_one } else { strings.industry_overflow_many };
        fill(template, &[("count", &format_number(count as f64, strings))])
    };
    PanelSpec {
        slug: slug(strings.industry_chart_title),
        title: strings.industry_chart_title.to_string(),
        axis_label: strings.industry_axis_label.to_string(),
        label_heading: strings.industry.to_string(),
        category_heading: None,
        value_heading: strings.table_projects.to_string(),
        inferred_heading: Some(strings.table_inferred.to_string()),
        integer: true,
    }
    .finish(bars, count, strings, overflow_text)
}

/// The parts of a panel that do not depend on its bars.
struct PanelSpec {
    slug: String,
    title: String,
    axis_label: String,
    label_heading: String,
    category_heading: Option<String>,
    value_heading: String,
    /// The CSV's heading for [`Bar::inferred`], kept where a bar has an inferred industry.
    inferred_heading: Option<String>,
    integer: bool,
}

impl PanelSpec {
    /// Takes the bars already ordered and capped by [`keep_largest`] out of `count` in all, and
    /// computes the overflow, the scale and the summary.
    fn finish(
        self,
        bars: Vec<Bar>,
        count: usize,
        strings: &Strings,
        overflow_text: impl Fn(usize) -> String,
    ) -> Panel {
        let overflow = count.saturating_sub(bars.len());
        let inferred_heading =
            self.inferred_heading.filter(|_| bars.iter().any(|bar| bar.inferred > 0));
        let overflow_text = (overflow > 0).then(|| overflow_text(overflow));
        let largest = bars.iter().map(|bar| bar.value).fold(0.0, f64::max);
        let items: Vec<String> = bars
            .iter()
            .map(|bar| {
                // The figure with its unit, as the bar's own button and its drawn label say it
                // ("840,000 sets", "84万 sets", "2 projects"): a reader of the chart's name
                // alone hears what the figure counts.
                fill(
                    strings.chart_summary_item,
                    &[("label", &bar.label), ("value", &bar.value_label)],
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
            scale: nice_scale(largest, 5, self.integer, strings),
            bars,
            overflow,
            overflow_text,
            summary,
            label_heading: self.label_heading,
            category_heading: self.category_heading,
            value_heading: self.value_heading,
            inferred_heading,
        }
    }
}

/// The longest a downloaded chart's name may be before its extension, in bytes: well within the
/// 255 bytes file systems allow.
const MAX_FILE_STEM_BYTES: usize = 120;

/// The download name of a panel's image or table (`extension` "png" or "csv"): its slug, then
/// the active industry filters' ids: `capacity-sets-per-year-magnesium-alloys.png`.
pub fn chart_file_name(panel: &Panel, view: &View, extension: &str) -> String {
    let mut parts = vec![panel.slug.clone()];
    parts.extend(
        view.industry_facet.iter().filter(|option| option.active).map(|option| slug(&option.key)),
    );
    let mut name = slug(&parts.join("-"));
    // Cut at a character's start: a slug keeps Chinese letters, three bytes each.
    name.truncate(name.floor_char_boundary(MAX_FILE_STEM_BYTES));
    name.truncate(name.trim_end_matches('-').len());
    if name.is_empty() {
        name.push_str("chart");
    }
    name.push('.');
    name.push_str(extension);
    name
}

/// "Capacity not stated: A, B" naming at most `limit` projects (and no more than
/// [`NOT_STATED_NAMED`]), then "and N more"; the names are the data's words (slot 0), the rest
/// the interface's ([`pieces_text`] reads it as one text).
pub fn not_stated_pieces(
    not_stated: &NotStatedProjects,
    limit: usize,
    strings: &Strings,
) -> Option<Vec<Piece>> {
    if not_stated.count == 0 {
        return None;
    }
    let named = &not_stated.named[..limit.min(not_stated.named.len())];
    let mut list = joined_pieces(named.iter().map(|entry| entry.label_pieces.clone()), strings);
    if not_stated.count > named.len() {
        let more = format_number((not_stated.count - named.len()) as f64, strings);
        list = around_pieces(strings.list_more, "names", list, &[("count", &more)]);
    }
    Some(around_pieces(strings.capacity_not_stated_list, "names", list, &[]))
}
