//! Presentation mode, computed purely: which slides a [`View`] makes ([`build_slides`]), how a
//! key moves between them ([`navigate`]) and the list of those keys ([`key_help`]).
//!
//! Slides present exactly what the explorer shows: the visible projects, the industries that have
//! visible projects and the shown directives. Slide numbers are 1-based, as in the URL (`slide=3`).

use super::chart::{build_charts_of_at_most, not_stated_pieces, NotStated, Panel};
use super::dataset::{Capacity, Dataset, Project};
use super::dataset_index::DatasetIndex;
use super::format::{count_phrase, format_capacity, format_date, number_range};
use super::order::sort_by_rank;
use super::query::{DirectiveKey, ProjectKey};
use super::strings::{fill, Piece, Strings, EN};
use super::text::{fold, holds_term, lowercase};
use super::view::View;

/// How many estimated lines of directive text one slide holds. With the body text at 1/60 of the
/// viewport width (32 px at 1920×1080, see `style/present.css`) a slide has room for about
/// eighteen below its heading; the rest is margin.
pub const DIRECTIVE_LINE_BUDGET: usize = 16;
/// Characters of a directive summary per estimated line: a full-width line holds about 105 at
/// that size, so estimates run long rather than short.
pub const DIRECTIVE_CHARS_PER_LINE: usize = 95;
/// What a theme heading costs, in estimated lines, including the space around it.
pub const THEME_HEADING_LINES: usize = 2;
/// Projects one overview slide lists at most: at that text size a slide has room for about
/// twelve one-line rows below its heading and the table's.
pub const OVERVIEW_ROWS: usize = 8;
/// What an overview slide's rows may fill, in half lines: a row costs two per estimated line
/// (`overview_row_lines`) and one for its padding. About nineteen lines fit under the heading
/// at 16:9; the budget leaves room for the "… and 8 more" line and for estimates that run short.
pub const OVERVIEW_HALF_LINES: usize = 34;
/// Characters a line of each overview column holds (the table's columns are fixed at 36%,
/// 20%, 22% and 22% of the slide's width, `style/present.css`): a little under what fits at the
/// slide's text size, so that estimates run long (word wrapping wastes the end of a line).
const OVERVIEW_COLUMN_CHARACTERS: [usize; 4] = [30, 15, 20, 20];
/// Overview slides at most. A view of more projects than they list is summed up by its first
/// ones and a count of the rest, each of which still has a slide of its own.
pub const OVERVIEW_PARTS: usize = 3;
/// Briefings the title slide names; the rest are counted.
pub const TITLE_BRIEFINGS: usize = 6;
/// Bars a capacity chart draws on an industry slide; the rest are counted under it.
pub const SLIDE_CHART_BARS: usize = 6;
/// Rows an industry slide's charts fill at most: a bar is a row, a chart's title and scale two
/// more, its "and 3 more" line one. At the slide's text size about ten rows fit under the
/// heading, with the "capacity not stated" line below them.
pub const INDUSTRY_SLIDE_ROWS: usize = 10;
/// Projects an industry slide names as "capacity not stated"; the rest are counted.
pub const SLIDE_NOT_STATED_NAMED: usize = 6;
/// Characters of names that line holds at most (about two lines at the slide's size): fewer
/// than six long names are named, the first always.
pub const SLIDE_NOT_STATED_CHARACTERS: usize = 150;

/// One slide of a presentation.
#[derive(Clone, Debug, PartialEq)]
pub enum Slide {
    /// Title, date, place and officials of the briefings in view (usually one).
    Title {
        briefings: Vec<usize>,
    },
    /// Part `part` (1-based) of `parts` of the visible projects, [`OVERVIEW_ROWS`] a slide in
    /// the order the project slides follow, with their industry, status and capacity; `more`
    /// counts those no overview slide lists (on the last part).
    Overview {
        projects: Vec<ProjectKey>,
        part: usize,
        parts: usize,
        more: usize,
    },
    /// An industry with its visible projects, in view order.
    Industry {
        industry_id: String,
        projects: Vec<ProjectKey>,
    },
    /// One project: its capacity, requests and source sentence.
    Project(ProjectKey),
    /// Part `part` (1-based) of `parts` of the shown directives, by theme.
    Directives {
        blocks: Vec<ThemeBlock>,
        part: usize,
        parts: usize,
    },
    Closing,
}

/// The directives of one theme that fit on one slide.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ThemeBlock {
    pub theme: String,
    pub directives: Vec<DirectiveKey>,
    /// Whether the theme started on an earlier slide.
    pub continued: bool,
}

/// What a filtered deck shows, in words for its title slide, so that an audience knows it sees
/// a chosen part of the briefing rather than the whole: the chosen industries and statuses as
/// the data labels them, then the search in quotes ("Selection: New energy · Full production ·
/// “copper”"); `None` when nothing is filtered.
pub fn deck_selection(view: &View, strings: &Strings) -> Option<String> {
    let industries = view.industry_facet.iter().filter(|option| option.active);
    let mut parts: Vec<String> = industries.map(|option| option.label.clone()).collect();
    let statuses = view.status_facet.iter().filter(|option| option.active);
    parts.extend(statuses.map(|option| option.display_label(strings).to_string()));
    if !view.search.is_empty() {
        parts.push(fill(strings.print_filter_search, &[("text", &view.search)]));
    }
    (!parts.is_empty()).then(|| {
        fill(strings.slide_selection, &[("filters", &parts.join(strings.filter_separator))])
    })
}

/// The slides for a view, in order: title; an overview of the visible projects (when there
/// are any), on as many slides as they need up to [`OVERVIEW_PARTS`]; for each industry with visible projects (dataset order, industries the dataset does
/// not list last) its slide followed by one per project (view order); the directives (split by
/// theme so that the text stays large); and a closing slide.
pub fn build_slides(dataset: &Dataset, view: &View) -> Vec<Slide> {
    let mut slides = vec![Slide::Title { briefings: view.briefings.clone() }];
    let industries = industries_in_view(dataset, view);
    let in_order: Vec<ProjectKey> =
        industries.iter().flat_map(|(_, projects)| projects.iter().copied()).collect();
    let pages = pack_overview(dataset, &in_order);
    let listed: usize = pages.iter().map(Vec::len).sum();
    let parts = pages.len();
    slides.extend(pages.into_iter().enumerate().map(|(index, rows)| Slide::Overview {
        projects: rows,
        part: index + 1,
        parts,
        more: if index + 1 == parts { in_order.len() - listed } else { 0 },
    }));
    for (industry_id, projects) in industries {
        let project_slides: Vec<Slide> = projects.iter().map(|&key| Slide::Project(key)).collect();
        slides.push(Slide::Industry { industry_id, projects });
        slides.extend(project_slides);
    }
    let pages = pack_directives(dataset, view, DIRECTIVE_LINE_BUDGET);
    let parts = pages.len();
    slides.extend(pages.into_iter().enumerate().map(|(index, blocks)| Slide::Directives {
        blocks,
        part: index + 1,
        parts,
    }));
    slides.push(Slide::Closing);
    slides
}

/// The overview's pages: `projects` in order, each page as many rows as fit
/// [`OVERVIEW_HALF_LINES`] by their estimated lines (and at most [`OVERVIEW_ROWS`]), on
/// [`OVERVIEW_PARTS`] pages at most; the rest are left for the last page to count.
pub fn pack_overview(dataset: &Dataset, projects: &[ProjectKey]) -> Vec<Vec<ProjectKey>> {
    let mut pages: Vec<Vec<ProjectKey>> = Vec::new();
    let mut page: Vec<ProjectKey> = Vec::new();
    let mut used = 0;
    for &key in projects {
        let cost = 2 * overview_row_lines(dataset, key) + 1;
        if !page.is_empty() && (used + cost > OVERVIEW_HALF_LINES || page.len() == OVERVIEW_ROWS) {
            pages.push(std::mem::take(&mut page));
            used = 0;
            if pages.len() == OVERVIEW_PARTS {
                return pages;
            }
        }
        page.push(key);
        used += cost;
    }
    if !page.is_empty() {
        pages.push(page);
    }
    pages
}

/// The lines an overview row is estimated to take: its tallest cell's, each cell's text
/// measured against its column's [`OVERVIEW_COLUMN_CHARACTERS`], a Chinese character counting
/// as two. The capacity is measured as English writes it ("840,000 sets / year"), the longer.
fn overview_row_lines(dataset: &Dataset, key: ProjectKey) -> usize {
    let Some((_, project)) = dataset.project_at(key) else { return 1 };
    let capacity = project.capacity.as_ref().map(|capacity| format_capacity(capacity, &EN));
    let cells = [
        project.short_name.as_str(),
        dataset.industry_label(&project.industry),
        dataset.project_status_label(project).unwrap_or_default(),
        capacity.as_deref().unwrap_or_default(),
    ];
    cells
        .iter()
        .zip(OVERVIEW_COLUMN_CHARACTERS)
        .map(|(text, per_line)| wrapped_lines(text, per_line))
        .max()
        .unwrap_or(1)
}

/// The lines `text` takes wrapped at its spaces into lines of `per_line` characters, as a
/// browser wraps it: a word that does not fit the line's end starts the next, and a word
/// longer than a line breaks (the table's `overflow-wrap: anywhere`). A wide (Chinese)
/// character counts as two, and Chinese, which has no spaces, breaks anywhere.
fn wrapped_lines(text: &str, per_line: usize) -> usize {
    let mut lines = 1;
    let mut used = 0;
    for word in text.split_whitespace() {
        let width: usize =
            word.chars().map(|character| if character > '\u{2E7F}' { 2 } else { 1 }).sum();
        let needed = if used == 0 { width } else { used + 1 + width };
        if needed <= per_line {
            used = needed;
        } else {
            if used > 0 {
                lines += 1;
            }
            // A word longer than a line fills whole lines, and its rest starts the next.
            lines += width.saturating_sub(1) / per_line;
            used = width - width.saturating_sub(1) / per_line * per_line;
        }
    }
    lines
}

/// The briefings a title slide names, and how many more it counts.
pub fn title_listing(briefings: &[usize]) -> (&[usize], usize) {
    let named = briefings.len().min(TITLE_BRIEFINGS);
    (&briefings[..named], briefings.len() - named)
}

/// What an industry slide shows of its projects' capacities: what fits on the slide.
#[derive(Clone, Debug, PartialEq)]
pub struct IndustryCharts {
    /// The capacity charts that fit, in order, each of at most [`SLIDE_CHART_BARS`] bars.
    pub panels: Vec<Panel>,
    /// "… and 2 more capacity charts in other units", when some do not fit.
    pub more_panels: Option<String>,
    /// "Capacity not stated: A, B and 3 more", naming at most [`SLIDE_NOT_STATED_NAMED`]; the
    /// names are the data's words ([`not_stated_pieces`]).
    pub not_stated: Option<Vec<Piece>>,
    /// The projects that line names, in its order: the presenter view says of each that its
    /// capacity is not stated.
    pub not_stated_named: Vec<NotStated>,
}

/// The charts of an industry slide for `projects` (one industry's, in view order): its first
/// capacity charts as far as [`INDUSTRY_SLIDE_ROWS`] allow (always the first), the rest counted.
/// A realistic briefing's industry (a few projects in one or two units) shows whole; one of
/// thousands of projects in many units stays on its slide instead of running under the controls.
pub fn industry_charts(
    dataset: &Dataset,
    index: &DatasetIndex,
    projects: &[ProjectKey],
    strings: &Strings,
) -> IndustryCharts {
    let charts = build_charts_of_at_most(dataset, index, projects, strings, SLIDE_CHART_BARS);
    let total = charts.capacity.len();
    let mut rows = 0;
    let mut panels = Vec::new();
    for panel in charts.capacity {
        let height = panel.bars.len() + 2 + usize::from(panel.overflow_text.is_some());
        if !panels.is_empty() && rows + height > INDUSTRY_SLIDE_ROWS {
            break;
        }
        rows += height;
        panels.push(panel);
    }
    let left_out = total - panels.len();
    let named = named_within(&charts.not_stated.named);
    IndustryCharts {
        more_panels: (left_out > 0).then(|| {
            count_phrase(
                left_out,
                strings.slide_more_charts_one,
                strings.slide_more_charts_many,
                strings,
            )
        }),
        panels,
        not_stated: not_stated_pieces(&charts.not_stated, named, strings),
        not_stated_named: charts.not_stated.named.into_iter().take(named).collect(),
    }
}

/// How many of `not_stated` an industry slide names: up to [`SLIDE_NOT_STATED_NAMED`] while
/// their names stay within [`SLIDE_NOT_STATED_CHARACTERS`], and at least one.
fn named_within(not_stated: &[NotStated]) -> usize {
    let mut characters = 0;
    let fitting = not_stated.iter().take(SLIDE_NOT_STATED_NAMED).take_while(|entry| {
        characters +=
            entry.label_pieces.iter().map(|piece| piece.text().chars().count()).sum::<usize>() + 2;
        characters <= SLIDE_NOT_STATED_CHARACTERS
    });
    fitting.count().max(1)
}

/// The industries with visible projects and those projects, in the order the slides show them.
fn industries_in_view(dataset: &Dataset, view: &View) -> Vec<(String, Vec<ProjectKey>)> {
    let mut industries: Vec<(String, Vec<ProjectKey>)> = Vec::new();
    for &key in &view.projects {
        let Some((_, project)) = dataset.project_at(key) else { continue };
        match industries.iter_mut().find(|(id, _)| *id == project.industry) {
            Some((_, projects)) => projects.push(key),
            None => industries.push((project.industry.clone(), vec![key])),
        }
    }
    let rank = |id: &String| {
        let position = dataset.industry_position(id);
        position.map_or(u64::MAX, |position| position as u64)
    };
    // Unlisted industries keep their order of first appearance, after the rest.
    sort_by_rank(&mut industries, |(id, _)| rank(id));
    industries
}

/// Splits the view's directive groups into slides of at most `budget` estimated lines. A theme
/// moves whole to the next slide when it does not fit on the current one but fits on an empty
/// one; a theme longer than a whole slide is split between directives (marked `continued`). A
/// single directive longer than a slide gets a slide of its own.
pub fn pack_directives(dataset: &Dataset, view: &View, budget: usize) -> Vec<Vec<ThemeBlock>> {
    let mut pages: Vec<Vec<ThemeBlock>> = Vec::new();
    let mut page: Vec<ThemeBlock> = Vec::new();
    let mut used = 0;
    for group in &view.directive_groups {
        let costs: Vec<usize> =
            group.directives.iter().map(|&key| directive_lines(dataset, view, key)).collect();
        let group_cost = THEME_HEADING_LINES + costs.iter().sum::<usize>();
        if !page.is_empty() && used + group_cost > budget {
            pages.push(std::mem::take(&mut page));
            used = 0;
        }
        let mut continued = false;
        for (&key, &cost) in group.directives.iter().zip(&costs) {
            // The theme's heading needs no room here: on a page that holds other themes the
            // whole theme fits (checked above), and a page that holds none starts empty.
            if !page.is_empty() && used + cost > budget {
                pages.push(std::mem::take(&mut page));
                used = 0;
                continued = true;
            }
            match page.last_mut() {
                Some(block) if block.theme == group.theme => block.directives.push(key),
                _ => {
                    page.push(ThemeBlock {
                        theme: group.theme.clone(),
                        directives: vec![key],
                        continued,
                    });
                    used += THEME_HEADING_LINES;
                }
            }
            used += cost;
        }
    }
    if !page.is_empty() {
        pages.push(page);
    }
    pages
}

/// Estimated lines of a directive on a slide: its summary, plus one for the line naming the
/// projects it concerns, or the visit it comes from where the view spans briefings
/// ([`directive_note`]).
pub fn directive_lines(dataset: &Dataset, view: &View, key: DirectiveKey) -> usize {
    let Some((_, directive)) = dataset.directive_at(key) else { return 0 };
    let summary = directive.summary.chars().count().div_ceil(DIRECTIVE_CHARS_PER_LINE).max(1);
    let note = usize::from(!directive.scope.is_city_wide() || view.briefings.len() > 1);
    summary + note
}

/// The line under a directive on a slide: the projects it concerns, and where the view spans
/// briefings the date of the visit it comes from (two city-wide "Speed up approvals" a year
/// apart read as one otherwise); `None` for a city-wide directive of the one briefing shown.
pub fn directive_note(
    dataset: &Dataset,
    view: &View,
    key: DirectiveKey,
    strings: &Strings,
) -> Option<String> {
    let (briefing, directive) = dataset.directive_at(key)?;
    let concerns = briefing.scope_names(&directive.scope);
    let concerns = (!concerns.is_empty())
        .then(|| fill(strings.concerns, &[("projects", &concerns.join(strings.list_separator))]));
    let date = (view.briefings.len() > 1).then(|| format_date(briefing.date.as_ref(), strings));
    match (date, concerns) {
        (Some(date), Some(concerns)) => Some([date, concerns].join(" · ")),
        (date, concerns) => date.or(concerns),
    }
}

/// The sentence a project slide quotes: the one stating the capacity; else the first that names
/// the project's enterprise (a paragraph's opening sentence, quoted for its context, may come
/// before the one about the project: "Nanjing is accelerating to build a new energy industry
/// highland…" before "Chen Zhichang came to Nanjing Longdian Huaxin…"); else the first quote.
pub fn project_slide_quote(project: &Project) -> Option<&str> {
    if let Some(capacity) = &project.capacity {
        return Some(&capacity.quote);
    }
    let enterprise = fold(project.enterprise.trim());
    project
        .quotes
        .iter()
        .find(|quote| !enterprise.is_empty() && holds_term(&fold(quote), &enterprise))
        .or(project.quotes.first())
        .map(String::as_str)
}

/// A capacity's figure as the slides write it ([`format_capacity`]), in the pieces they set it
/// in. Joined, they are the figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CapacityPieces {
    /// The bound's words before the number ("more than ", 超过); empty for an exact figure.
    pub bound: String,
    pub number: String,
    /// The space before the unit and the unit's words but its last (" " for "sets"; " gigawatts
    /// of peak " for "gigawatts of peak capacity"; empty for 套 after 84万).
    pub unit_start: String,
    /// The unit's last word and the period ("sets / year", "sets/年", "套/年").
    pub unit_end: String,
}

/// The pieces of `capacity`'s figure. The slides keep the number on one line, and the unit's
/// last word with the period: a Chinese reader saw "6万 tons/" at a line's end and "年" alone on
/// the next. The number and its whole measure are one piece, too, which a line breaks inside
/// only where it cannot hold it (a narrow column; `present.css`). `None` where the figure does
/// not hold its number.
pub fn capacity_pieces(capacity: &Capacity, strings: &Strings) -> Option<CapacityPieces> {
    let figure = format_capacity(capacity, strings);
    let number = number_range(&figure, capacity, strings)?;
    let after = &figure[number.end..];
    let unit_at = after.find(capacity.unit.as_str())?;
    let last_word_at = capacity
        .unit
        .char_indices()
        .rfind(|(_, character)| character.is_whitespace())
        .map_or(0, |(at, space)| at + space.len_utf8());
    let (unit_start, unit_end) = after.split_at(unit_at + last_word_at);
    Some(CapacityPieces {
        bound: figure[..number.start].to_string(),
        number: figure[number].to_string(),
        unit_start: unit_start.to_string(),
        unit_end: unit_end.to_string(),
    })
}

/// The 1-based number of the slide that presents a project.
pub fn project_slide_number(slides: &[Slide], key: ProjectKey) -> Option<usize> {
    slides.iter().position(|slide| *slide == Slide::Project(key)).map(|index| index + 1)
}

/// A slide number moved into `1..=len` (an out-of-range number becomes the last slide).
pub fn clamp_slide(slide: usize, len: usize) -> usize {
    slide.clamp(1, len.max(1))
}

/// The share of a slide's height its content may fill once its type is grown to use a screen
/// taller than 16:9 ([`slide_fit`]): the rest is the air around it, so that a grown slide is not
/// set edge to edge.
pub const FIT_FILL: f64 = 0.88;

/// Halvings of the search for a slide's fit: five set it to 1/32 of the way between the two
/// sizes, under a fifth of a pixel on a 4:3 projector, each a layout of one slide.
const FIT_STEPS: usize = 5;

/// Which ways a slide's type can move from its width-based size on this screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FitRoom {
    /// The screen is taller than 16:9: the height-based size is larger.
    pub grow: bool,
    /// The width-based size is above the smallest a slide may be set at (seven eighths of it,
    /// never under 18 px: 28 px at 1920×1080).
    pub shrink: bool,
}

/// How a slide's type is set between its width-based size (0, the 16:9 layout the slides'
/// packing is measured for), its height-based size (1, the same share of the screen's height
/// as at 16:9) and its smallest (-1). `fill(fit)` sets the slide at `fit` and gives the share
/// of the height its content takes.
///
/// Grown, as far as the content fills at most [`FIT_FILL`]: on a 4:3 projector the width-based
/// type left a quarter of the height empty, and growing only while the content fits keeps every
/// slide of the deck on its screen. Shrunk, only a slide that would overflow by a little, and
/// only as far as it then fits: a browser whose fonts run a line longer (Firefox at 1920×1080,
/// 8 px over) scrolled a slide, so that Space first scrolled and only the second press moved
/// on. A slide that does not fit even at its smallest keeps its size and scrolls.
pub fn slide_fit(room: FitRoom, mut fill: impl FnMut(f64) -> f64) -> f64 {
    if room.grow {
        if fill(1.0) <= FIT_FILL {
            return 1.0;
        }
        let grown = largest_passing(0.0, 1.0, |fit| fill(fit) <= FIT_FILL);
        if grown > 0.0 {
            return grown;
        }
    }
    if room.shrink && fill(0.0) > 1.0 && fill(-1.0) <= 1.0 {
        return largest_passing(-1.0, 0.0, |fit| fill(fit) <= 1.0);
    }
    0.0
}

/// The largest fit between `passes_at` (taken to pass) and `fails_at` (taken to fail) that
/// passes, found by halving: the content's height grows with its type, so the passes lie
/// below the failures.
fn largest_passing(
    mut passes_at: f64,
    mut fails_at: f64,
    mut passes: impl FnMut(f64) -> bool,
) -> f64 {
    for _ in 0..FIT_STEPS {
        let middle = (passes_at + fails_at) / 2.0;
        if passes(middle) {
            passes_at = middle;
        } else {
            fails_at = middle;
        }
    }
    passes_at
}

/// Which of a slide chart's tick labels to leave out so that none runs into another, given
/// each label's (left, right) edges in CSS pixels in order along the axis and the least `gap`
/// between two. The labels are placed by the scale's values, so a grown type or a narrow screen
/// can crowd them ("800,000" into "1,000,000"). The scale's ends stay, the first always and the
/// last unless it meets the first; a label between is kept when it clears both the label kept
/// before it and the last.
pub fn crowded_ticks(spans: &[(f64, f64)], gap: f64) -> Vec<bool> {
    let clears = |left: (f64, f64), right: (f64, f64)| left.1 + gap <= right.0;
    let mut crowded = vec![false; spans.len()];
    let (Some(&first), Some(&last)) = (spans.first(), spans.last()) else { return crowded };
    let last_kept = spans.len() == 1 || clears(first, last);
    let mut kept = first;
    for (index, &span) in spans.iter().enumerate().skip(1) {
        let is_last = index == spans.len() - 1;
        let fits = if is_last {
            last_kept
        } else {
            clears(kept, span) && (!last_kept || clears(span, last))
        };
        if fits {
            kept = span;
        } else {
            crowded[index] = true;
        }
    }
    crowded
}

/// What a key asks of the presentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlideKey {
    Next,
    Previous,
    First,
    Last,
    Exit,
    /// Open the presenter view in a second window.
    Presenter,
    /// Blank the screen to a colour until the next key or click.
    Blank(Blank),
    /// Go (back) into fullscreen, at the same slide.
    Fullscreen,
    /// Show or hide the list of these keys ([`key_help`]).
    Help,
}

/// The colour a blanked screen shows, as PowerPoint's and reveal.js's `B` and `W` have it.
/// Written `"black"` and `"white"` in the presenter view's messages (`model::presenter`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Blank {
    Black,
    White,
}

/// Space with Shift held, as [`SLIDE_KEYS`] writes it: it goes back where Space goes on.
const SHIFT_SPACE: &str = "Shift+ ";

/// Every key the slides answer, by what it asks, in the order the key help lists them
/// ([`key_help`]): `KeyboardEvent.key` values, a letter in lower case. One table for both, so
/// that the help never names a key the slides ignore, nor leaves one out.
///
/// Arrows, Page Up/Down and Space (with Shift: back) move, as in every slide program; Enter and
/// Backspace are PowerPoint's next and previous, which some clickers send; `s` opens the
/// presenter view, as in reveal.js; `b` or `.` and `w` blank the screen to black or white; `f`
/// and F5 go into fullscreen (F5 and Shift+F5 are a clicker's "start slideshow", which would
/// otherwise reload the page and drop fullscreen); `?` shows the keys, as in reveal.js and on
/// GitHub, and `h` too, the key a presenter looking for help tries next.
const SLIDE_KEYS: [(SlideKey, &[&str]); 10] = [
    (SlideKey::Next, &["ArrowRight", "ArrowDown", "PageDown", " ", "Enter"]),
    (SlideKey::Previous, &["ArrowLeft", "ArrowUp", "PageUp", SHIFT_SPACE, "Backspace"]),
    (SlideKey::First, &["Home"]),
    (SlideKey::Last, &["End"]),
    (SlideKey::Blank(Blank::Black), &["b", "."]),
    (SlideKey::Blank(Blank::White), &["w"]),
    (SlideKey::Presenter, &["s"]),
    (SlideKey::Fullscreen, &["f", "F5"]),
    (SlideKey::Help, &["?", "h"]),
    (SlideKey::Exit, &["Escape"]),
];

impl SlideKey {
    /// Reads a `KeyboardEvent.key` value ([`SLIDE_KEYS`]; a letter in either case, and old
    /// Edge's `Spacebar` and `Esc`). Shift matters to Space alone. Other keys are not the
    /// presentation's.
    pub fn from_key(key: &str, shift: bool) -> Option<SlideKey> {
        let key = match key {
            " " | "Spacebar" if shift => SHIFT_SPACE.to_string(),
            "Spacebar" => " ".to_string(),
            "Esc" => "Escape".to_string(),
            _ if key.chars().count() == 1 => lowercase(key),
            _ => key.to_string(),
        };
        SLIDE_KEYS
            .iter()
            .find(|(_, keys)| keys.contains(&key.as_str()))
            .map(|&(slide_key, _)| slide_key)
    }
}

/// Which window's keys the key help lists: the two answer different ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeysWindow {
    /// The audience's slides: Esc ends them; `s` opens the presenter view (or says why there is
    /// none) where `presenter`, and `f` and F5 go into fullscreen where `fullscreen`.
    Audience { presenter: bool, fullscreen: bool },
    /// The presenter view: its moves move the audience's slides too, its `b`, `.` and `w`
    /// blank the audience's screen, and it has no Esc, `s` or `f` of its own.
    Presenter,
}

/// One line of the key help: keys as a keyboard prints them ("→", "Page Down", "Esc") and
/// what they do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyHelpRow {
    pub keys: Vec<String>,
    pub does: &'static str,
}

/// The key help of `window`: every key its slides answer ([`SLIDE_KEYS`]) and nothing else,
/// with "any key" under the blanking keys for bringing the slide back ([`unblanks`]).
pub fn key_help(strings: &Strings, window: KeysWindow) -> Vec<KeyHelpRow> {
    let audience = matches!(window, KeysWindow::Audience { .. });
    let mut rows = Vec::new();
    for &(slide_key, keys) in &SLIDE_KEYS {
        let does = match (slide_key, window) {
            (SlideKey::Next, _) => strings.next_slide,
            (SlideKey::Previous, _) => strings.previous_slide,
            (SlideKey::First, _) => strings.key_help_first,
            (SlideKey::Last, _) => strings.key_help_last,
            (SlideKey::Blank(Blank::Black), _) if audience => strings.key_help_black,
            (SlideKey::Blank(Blank::Black), _) => strings.key_help_audience_black,
            (SlideKey::Blank(Blank::White), _) if audience => strings.key_help_white,
            (SlideKey::Blank(Blank::White), _) => strings.key_help_audience_white,
            (SlideKey::Presenter, KeysWindow::Audience { presenter: true, .. }) => {
                strings.key_help_presenter
            }
            (SlideKey::Fullscreen, KeysWindow::Audience { fullscreen: true, .. }) => {
                strings.fullscreen
            }
            (SlideKey::Help, _) => strings.key_help_toggle,
            (SlideKey::Exit, _) if audience => strings.exit_presentation_label,
            _ => continue,
        };
        rows.push(KeyHelpRow {
            keys: keys.iter().map(|key| key_name(key, strings)).collect(),
            does,
        });
        if slide_key == SlideKey::Blank(Blank::White) {
            rows.push(KeyHelpRow {
                keys: vec![strings.key_any.to_string()],
                does: strings.key_help_unblank,
            });
        }
    }
    rows
}

/// A `KeyboardEvent.key` value as a keyboard prints it: an arrow, "Page Down", "Esc", a letter
/// in capitals. Keyboards sold in China print the same names; Space is in the interface's words
/// ("空格"), as Chinese writes it.
fn key_name(key: &str, strings: &Strings) -> String {
    match key {
        "ArrowRight" => "→".to_string(),
        "ArrowLeft" => "←".to_string(),
        "ArrowDown" => "↓".to_string(),
        "ArrowUp" => "↑".to_string(),
        "PageDown" => strings.key_page_down.to_string(),
        "PageUp" => strings.key_page_up.to_string(),
        "Escape" => "Esc".to_string(),
        " " => strings.key_space.to_string(),
        SHIFT_SPACE => format!("Shift+{}", strings.key_space),
        _ if key.chars().count() == 1 => key.to_uppercase(),
        _ => key.to_string(),
    }
}

/// Where a key leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Navigation {
    /// Show this slide (1-based); it may be the current one at either end.
    Go(usize),
    /// Leave the presentation.
    Exit,
    /// Open the presenter view.
    OpenPresenter,
    /// Blank the screen.
    Blank(Blank),
    /// Go into fullscreen.
    Fullscreen,
    /// Show the key help, or hide it.
    ToggleHelp,
}

impl Navigation {
    /// What a key asks while the key help is open over the slides at `current`: `?` and Esc
    /// close it (Esc does not end the slides from under it), and every other slide key keeps
    /// the slide shown, so that nothing moves unseen behind the list.
    pub fn under_key_help(self, current: usize) -> Navigation {
        match self {
            Navigation::ToggleHelp | Navigation::Exit => Navigation::ToggleHelp,
            _ => Navigation::Go(current),
        }
    }
}

/// Whether a key brings a blanked screen back: any key but a modifier pressed alone (the Shift
/// of a Shift+Space is not yet a key press), as in PowerPoint.
pub fn unblanks(key: &str) -> bool {
    !matches!(key, "Shift" | "Control" | "Alt" | "Meta" | "AltGraph" | "CapsLock")
}

/// Pixels an arrow key scrolls a slide taller than its screen, as a browser scrolls a page.
pub const SLIDE_LINE_SCROLL: f64 = 40.0;

/// How far (in pixels, up when negative) `key` scrolls a slide taller than its screen before
/// the presentation moves on: ↓ and ↑ a line, Page Down, Page Up and Space (Shift: up) most of
/// a screen, while there is more of the slide that way (`above` and `below`, in pixels, out of
/// view; `height` in view). On a phone or at 200% zoom a slide can run below its screen, and
/// these keys would otherwise skip the rest of it; ← and → always move between slides.
pub fn scroll_within_slide(
    key: &str,
    shift: bool,
    above: f64,
    below: f64,
    height: f64,
) -> Option<f64> {
    let page = (height * 0.85).max(SLIDE_LINE_SCROLL);
    let delta = match key {
        "ArrowDown" => SLIDE_LINE_SCROLL,
        "ArrowUp" => -SLIDE_LINE_SCROLL,
        "PageDown" => page,
        "PageUp" => -page,
        " " | "Spacebar" if shift => -page,
        " " | "Spacebar" => page,
        _ => return None,
    };
    let room = if delta > 0.0 { below } else { above };
    (room >= 1.0).then_some(delta)
}

/// Where `key` leads from slide `current` (1-based) of `len`; `None` when the key is not a
/// presentation key. Moving stops at the first and last slides.
pub fn navigate(key: &str, shift: bool, current: usize, len: usize) -> Option<Navigation> {
    SlideKey::from_key(key, shift).map(|key| key.apply(current, len))
}

impl SlideKey {
    /// Where this move leads from slide `current` (1-based) of `len`, stopping at the first and
    /// last slides.
    pub fn apply(self, current: usize, len: usize) -> Navigation {
        let current = clamp_slide(current, len);
        let last = len.max(1);
        match self {
            SlideKey::Next => Navigation::Go((current + 1).min(last)),
            SlideKey::Previous => Navigation::Go(current.saturating_sub(1).max(1)),
            SlideKey::First => Navigation::Go(1),
            SlideKey::Last => Navigation::Go(last),
            SlideKey::Exit => Navigation::Exit,
            SlideKey::Presenter => Navigation::OpenPresenter,
            SlideKey::Blank(colour) => Navigation::Blank(colour),
            SlideKey::Fullscreen => Navigation::Fullscreen,
            SlideKey::Help => Navigation::ToggleHelp,
        }
    }
}

/// How long the pointer must stay still, in milliseconds, before the slides' buttons fade
/// (`style/present.css`): time enough to reach for one, and soon enough that the room sees the
/// slide and its number alone, not "Presenter view" and "Exit" for the whole talk.
pub const CONTROLS_IDLE_MS: u32 = 3000;

/// How far, in CSS pixels, a pointer must travel sideways for a swipe.
pub const SWIPE_DISTANCE: f64 = 50.0;

/// What a pointer's movement from press to release asks of the presentation: a mostly sideways
/// move of at least [`SWIPE_DISTANCE`] goes to the next slide when it ends to the left (the
/// slide is pushed away, as on a phone) and to the previous one when it ends to the right.
pub fn swipe_key(dx: f64, dy: f64) -> Option<SlideKey> {
    if !dx.is_finite() || !dy.is_finite() || dx.abs() < SWIPE_DISTANCE || dx.abs() <= dy.abs() {
        return None;
    }
    Some(if dx.is_sign_negative() { SlideKey::Next } else { SlideKey::Previous })
}

/// The slide a swipe by `(dx, dy)` leads to from slide `current` of `len`; `None` when it is no
/// swipe or it would stay where it is (at either end).
pub fn swipe_target(dx: f64, dy: f64, current: usize, len: usize) -> Option<usize> {
    match swipe_key(dx, dy)?.apply(current, len) {
        Navigation::Go(target) if target != clamp_slide(current, len) => Some(target),
        _ => None,
    }
}
