//! The chart section: one capacity panel per (unit, period), the projects that state no
//! capacity, and projects per industry; each panel can be read as a table and saved as a PNG.
//!
//! Everything shown comes from `model::chart`; this file only renders it, redraws a canvas when
//! its panel, size, pixel ratio or theme changes, draws a copy for paper as printing begins, and
//! lays accessible buttons (in an embed, links) over the bars. A capacity panel the filters
//! empty is hidden rather than removed (`panel_slots`), so switching the filter off again
//! neither rebuilds nor redraws it.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::app::shared::Shared;

use crate::app::chart_draw::{download_png, draw_panel, ChartTheme};
use crate::app::components::around::pieces_html;
use crate::app::components::export_buttons::download_text;
use crate::app::frames::after_next_paint;
use crate::app::hooks::use_after_paint::use_after_paint;
use crate::app::hooks::use_element_size::{use_element_size, ElementSize};
use crate::app::hooks::use_prefers_dark::use_prefers_dark;
use crate::app::hooks::use_scrolls_sideways::use_scrolls_sideways;
use crate::app::hooks::use_strings::use_strings;
use crate::app::printing::{paper_lengths, when_printing};
use crate::app::source_action::{SourceAction, OPENS_FULL_VIEW_ID};
use crate::model::chart::image::{image_text, ImageText};
use crate::model::chart::paper::paper_width;
use crate::model::chart::{
    build_charts, chart_file_name, geometry, not_stated_pieces, panel_slots, preferred_height,
    tooltip_below, tooltip_left, Panel, NOT_STATED_NAMED,
};
use crate::model::dataset::Dataset;
use crate::model::dataset_index::DatasetIndex;
use crate::model::export::{chart_table_csv, ExportFormat, UTF8_BOM};
use crate::model::query::{ProjectKey, Selection};
use crate::model::strings::{fill, pieces_text, Strings};
use crate::model::view::{projects_of, View};

/// The width an image is exported at when its chart has not been laid out (table view), and a
/// chart is drawn for paper at when the style sheet's lengths cannot be read.
const FALLBACK_EXPORT_WIDTH: f64 = 640.0;
/// The id of the description every bar that selects its project shares.
const BAR_SELECTS_ID: &str = "chart-bar-selects";
/// Pixels per CSS pixel of the copy drawn for paper: about 300 dpi at the size a chart prints,
/// where the screen's copy (one pixel per CSS pixel on most laptops) printed soft, at ~110 dpi.
const PRINT_PIXEL_RATIO: f64 = 3.0;

#[derive(Properties, Clone)]
pub struct ChartsProps {
    pub dataset: Shared<Dataset>,
    /// The dataset's index (`DatasetIndex`), built with it.
    pub index: Shared<DatasetIndex>,
    pub view: Rc<View>,
    /// What a bar that stands for a project does.
    pub source: SourceAction,
    /// The search text in view, for the filter line of exported images.
    #[prop_or_default]
    pub search: String,
}

impl PartialEq for ChartsProps {
    fn eq(&self, other: &Self) -> bool {
        self.dataset == other.dataset
            && self.index == other.index
            && equal_or_identical(&self.view, &other.view)
            && self.source == other.source
            && self.search == other.search
    }
}

/// Whether two shared values are equal, checking identity first because it is cheap.
fn equal_or_identical<T: PartialEq>(left: &Rc<T>, right: &Rc<T>) -> bool {
    Rc::ptr_eq(left, right) || left == right
}

/// The charts a paint behind the rest of the page: a filter's cards and counts show in the
/// frame after the click, and the charts (their panels, bars and canvases) in the frame after
/// that, from a task of their own, so that the click's task does not hold their update. A new
/// dataset reaches them at once, since the view they show belongs to the dataset before.
#[function_component]
pub fn ChartsAfterPaint(props: &ChartsProps) -> Html {
    let props = use_after_paint(props.clone(), |shown, props| shown.dataset != props.dataset);
    html! { <Charts ..props /> }
}

#[function_component]
pub fn Charts(props: &ChartsProps) -> Html {
    let strings = use_strings();
    // The language is a dependency too: switching it rebuilds titles, ticks and values.
    let charts = use_memo(
        (
            props.dataset.clone(),
            props.index.clone(),
            Shared::new(Rc::clone(&props.view)),
            strings.language,
        ),
        |(dataset, index, view, language)| {
            build_charts(dataset, index, &view.projects, language.strings())
        },
    );
    // The capacity panels of the chosen briefings before filtering: the panels the section
    // keeps on the page while filters hide and show them (`panel_slots`). A view without
    // filters, as a page starts, has them already.
    let chosen_panels = {
        let unfiltered =
            (props.view.projects.len() == props.view.total).then(|| Rc::clone(&charts));
        use_memo(
            (
                props.dataset.clone(),
                props.index.clone(),
                props.view.briefings.clone(),
                strings.language,
            ),
            move |(dataset, index, briefings, language)| match unfiltered {
                Some(charts) => charts.capacity.clone(),
                None => {
                    let projects: Vec<ProjectKey> = projects_of(dataset, briefings).collect();
                    build_charts(dataset, index, &projects, language.strings()).capacity
                }
            },
        )
    };
    let slots = panel_slots(&chosen_panels, &charts.capacity);
    let any_shown = slots.iter().any(|slot| slot.shown);
    // On paper two capacity panels or more share the page's width, two to a row.
    let capacity_beside_another = slots.iter().filter(|slot| slot.shown).count() > 1;
    let dark = use_prefers_dark();
    let show_table = use_state_eq(|| false);
    let ontoggle_table = {
        let show_table = show_table.clone();
        Callback::from(move |_: MouseEvent| show_table.set(!*show_table))
    };
    let selected = match props.view.selected {
        Some(Selection::Project(key)) => Some(key),
        _ => None,
    };
    let not_stated = not_stated_pieces(&charts.not_stated, NOT_STATED_NAMED, strings);
    // Industry labels and project names are the dataset's words, in its language.
    let data_lang = strings.language.dataset_lang(&props.dataset);
    let panel_html = |panel: &Panel, shown: bool, id: String, bars: Option<SourceAction>| {
        let beside_another = bars.is_some() && capacity_beside_another;
        let key = id.clone();
        // Only capacity panels concern the projects whose capacity is not stated.
        let note = bars.as_ref().and(not_stated.as_deref().map(pieces_text));
        let image = image_text(panel, note, &props.dataset, &props.view, &props.search, strings);
        html! {
            <ChartPanel
                {key}
                {id}
                hidden={!shown}
                panel={Rc::new(panel.clone())}
                image={Rc::new(image)}
                file_name={chart_file_name(panel, &props.view, "png")}
                table_file_name={chart_file_name(panel, &props.view, ExportFormat::Csv.extension())}
                dark={dark}
                show_table={*show_table}
                selected={selected}
                {beside_another}
                {bars}
                data_lang={data_lang.clone()}
            />
        }
    };

    html! {
        <section class="charts" aria-labelledby="charts-heading">
            <div class="section-head">
                <h2 id="charts-heading">{ strings.charts_heading }</h2>
                // The label says what pressing it does, so it is not a pressed/unpressed toggle.
                <button type="button" class="button charts-table-toggle" onclick={ontoggle_table}>
                    { if *show_table { strings.show_as_chart } else { strings.show_as_table } }
                </button>
            </div>
            // With no project in view at all, the industries' panel below says so once: "no
            // project in view states a capacity" would speak of projects that are not there.
            if !any_shown && !charts.industries.bars.is_empty() {
                <p class="chart-empty">{ strings.no_capacity_in_view }</p>
            }
            // What pressing a bar does, which its name (the project and its figure) does not
            // say: each bar's description. (An embed's bars are links, described by the embed.)
            if let SourceAction::Select(_) = props.source {
                <p id={BAR_SELECTS_ID} hidden={true}>{ strings.chart_bar_selects }</p>
            }
            if !slots.is_empty() {
                <div class="chart-grid" hidden={!any_shown}>
                    { for slots.iter().map(|slot| panel_html(slot.panel, slot.shown, format!("chart-{}", slot.panel.slug), Some(props.source.clone()))) }
                </div>
            }
            if !charts.legend.is_empty() || not_stated.is_some() {
                <div class="chart-notes">
                    // The tables name each bar's industry in words: a key to colours they do
                    // not use would only be in the way.
                    if !charts.legend.is_empty() && !*show_table {
                        <ul class="chart-legend" aria-label={strings.chart_legend}>
                            { for charts.legend.iter().map(|entry| html! {
                                <li key={entry.label.clone()}>
                                    <span class="chart-swatch" data-css={format!("background-color: {}", entry.color)} aria-hidden="true"></span>
                                    <span lang={data_lang.clone()}>{ entry.label.clone() }</span>
                                </li>
                            }) }
                        </ul>
                    }
                    if let Some(pieces) = &not_stated {
                        <p class="chart-not-stated">{ pieces_html(pieces, std::slice::from_ref(&data_lang)) }</p>
                    }
                </div>
            }
            if charts.industries.bars.is_empty() {
                <p class="chart-empty">{ strings.no_project_in_view }</p>
            } else {
                <div class="chart-grid">
                    { panel_html(&charts.industries, true, format!("chart-{}", charts.industries.slug), None) }
                </div>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ChartPanelProps {
    /// Prefix of the element ids inside the panel.
    id: String,
    /// A panel the filters have emptied stays on the page, hidden, with its canvas as drawn.
    hidden: bool,
    panel: Rc<Panel>,
    /// The text an exported image carries around the panel.
    image: Rc<ImageText>,
    /// The download names of the panel's image and, in the table view, of its table.
    file_name: String,
    table_file_name: String,
    dark: bool,
    show_table: bool,
    selected: Option<ProjectKey>,
    /// The `lang` of the bars' labels, the dataset's words, where the page's is another.
    data_lang: Option<String>,
    /// Whether the panel prints beside another, in half the page's width (`paper_width`).
    beside_another: bool,
    /// What a bar that stands for a project does, as a button or a link over it; `None` for
    /// bars that stand for no project.
    bars: Option<SourceAction>,
}

/// One panel: heading, download button, then the canvas with its overlay, or the table.
#[function_component]
fn ChartPanel(props: &ChartPanelProps) -> Html {
    let strings = use_strings();
    let canvas_ref = use_node_ref();
    let print_canvas_ref = use_node_ref();
    let size = use_element_size(&canvas_ref);
    let draw_error = use_state_eq(|| None::<String>);
    let download_error = use_state_eq(|| None::<String>);
    // The size and theme of the last drawing, once there is one.
    let drawn_at = use_mut_ref(|| None::<(ElementSize, bool)>);
    {
        let canvas_ref = canvas_ref.clone();
        let draw_error = draw_error.clone();
        // Redraw only when the series, the size (with the pixel ratio) or the theme changes. New
        // series alone are drawn at once: they come in the charts' own update, a paint after the
        // click's (`ChartsAfterPaint`), so the bars show in the same frame as the panel's text
        // and accessible bars. A first drawing, a new size or a new theme waits until the
        // browser has painted the update that asked for it, so that it never holds that
        // update's frame. A newer drawing (or unmounting) cancels one still waiting.
        use_effect_with((Rc::clone(&props.panel), size, props.dark), move |(panel, size, dark)| {
            let cancelled = Rc::new(Cell::new(false));
            if !size.is_empty() {
                let (panel, size, dark) = (Rc::clone(panel), *size, *dark);
                let at_once = drawn_at.borrow_mut().replace((size, dark)) == Some((size, dark));
                let draw = move || {
                    draw_error.set(draw_into(&canvas_ref, &panel, size, dark, strings).err());
                };
                if at_once {
                    draw();
                } else {
                    let cancelled = Rc::clone(&cancelled);
                    spawn_local(async move {
                        after_next_paint().await;
                        if !cancelled.get() {
                            draw();
                        }
                    });
                }
            }
            move || cancelled.set(true)
        });
    }
    // Paper gets its own copy, drawn as printing begins (the print dialog, "Save as PDF", or
    // print media emulated): in the light palette whatever the screen's theme (a CSS filter on a
    // dark canvas would shift the bars' colours away from the legend's), at a print resolution,
    // and at the width it prints at, not the screen's, from the style sheet's lengths read then.
    // Drawn only then, it costs the screen nothing.
    {
        let print_canvas_ref = print_canvas_ref.clone();
        let draw_error = draw_error.clone();
        use_effect_with((Rc::clone(&props.panel), props.beside_another), move |(panel, beside)| {
            let (panel, beside_another) = (Rc::clone(panel), *beside);
            let listeners = when_printing(move || {
                let paper = ElementSize {
                    width: paper_width(&paper_lengths(), beside_another)
                        .unwrap_or(FALLBACK_EXPORT_WIDTH),
                    height: preferred_height(&panel),
                    pixel_ratio: PRINT_PIXEL_RATIO,
                };
                match draw_into(&print_canvas_ref, &panel, paper, false, strings) {
                    // Printed at the size it was drawn for (`style/print.css`), not at its three
                    // times larger bitmap's.
                    Ok(()) => {
                        if let Some(canvas) = print_canvas_ref.cast::<HtmlCanvasElement>() {
                            let width = format!("{}px", paper.width);
                            let _ = canvas.style().set_property("--drawn-width", &width);
                        }
                    }
                    Err(error) => draw_error.set(Some(error)),
                }
            });
            move || drop(listeners)
        });
    }
    // The table view downloads the table it shows; the chart view, the chart as an image.
    let ondownload = {
        let panel = Rc::clone(&props.panel);
        let image = Rc::clone(&props.image);
        let file_name = props.file_name.clone();
        let table_file_name = props.table_file_name.clone();
        let show_table = props.show_table;
        let dark = props.dark;
        let download_error = download_error.clone();
        Callback::from(move |_: MouseEvent| {
            let error = if show_table {
                let contents = format!("{UTF8_BOM}{}", chart_table_csv(&panel, strings));
                download_text(&table_file_name, ExportFormat::Csv.mime_type(), &contents)
                    .err()
                    .map(|error| fill(strings.export_error, &[("error", &error)]))
            } else {
                let width = if size.is_empty() { FALLBACK_EXPORT_WIDTH } else { size.width };
                download_png(&panel, &image, width, &ChartTheme::new(dark), &file_name)
                    .err()
                    .map(|error| fill(strings.download_error, &[("error", &error)]))
            };
            download_error.set(error);
        })
    };
    let (download_label, download_name) = if props.show_table {
        (strings.download_csv, strings.download_table_csv_of)
    } else {
        (strings.download_png, strings.download_png_of)
    };
    let panel = &props.panel;
    let heading_id = format!("{}-heading", props.id);
    let height = preferred_height(panel);

    html! {
        // The figure is not named: its heading, right inside it, names the panel, and the
        // figure's name was the title heard once more before the heading's.
        <figure class="chart-card" hidden={props.hidden}>
            <h3 id={heading_id.clone()} class="chart-title">{ panel.title.clone() }</h3>
            <div class="chart-frame" data-css={format!("height: {height}px")} hidden={props.show_table}>
                <canvas ref={canvas_ref} class="chart-canvas screen-only" role="img" aria-label={panel.summary.clone()}></canvas>
                <canvas ref={print_canvas_ref} class="chart-canvas print-only" aria-hidden="true"></canvas>
                { overlay(props, size.width, size.height) }
                if let Some(error) = &*draw_error {
                    <p class="chart-error" role="alert">{ fill(strings.chart_error, &[("error", error)]) }</p>
                }
            </div>
            if props.show_table {
                <ChartTable panel={Rc::clone(panel)} heading_id={heading_id.clone()} data_lang={props.data_lang.clone()} />
            }
            <div class="chart-card-foot">
                if let Some(more) = &panel.overflow_text {
                    <p class="chart-overflow">{ more.clone() }</p>
                }
                <button
                    type="button"
                    class="button chart-download"
                    aria-label={fill(download_name, &[("title", &panel.title)])}
                    onclick={ondownload}
                >
                    { download_label }
                </button>
            </div>
            if let Some(message) = &*download_error {
                <p class="chart-error-inline" role="alert">{ message.clone() }</p>
            }
        </figure>
    }
}

/// Draws `panel` on the canvas behind `canvas_ref`, or says that there is none.
fn draw_into(
    canvas_ref: &NodeRef,
    panel: &Panel,
    size: ElementSize,
    dark: bool,
    strings: &Strings,
) -> Result<(), String> {
    match canvas_ref.cast() {
        Some(canvas) => draw_canvas(&canvas, panel, size, dark),
        None => Err(strings.error_canvas_missing.to_string()),
    }
}

/// Sizes the canvas's backing store for `size` and draws `panel` on it in the theme's colours.
fn draw_canvas(
    canvas: &HtmlCanvasElement,
    panel: &Panel,
    size: ElementSize,
    dark: bool,
) -> Result<(), String> {
    let (width, height) = size.device_pixels();
    // Assigning a canvas's size reallocates its backing store even when the size is the same:
    // a redraw for new data keeps the store, and draw_panel clears it.
    if canvas.width() != width {
        canvas.set_width(width);
    }
    if canvas.height() != height {
        canvas.set_height(height);
    }
    draw_panel(canvas, panel, &ChartTheme::new(dark), size.pixel_ratio.max(1.0))
}

/// Transparent buttons over the bars, from the same geometry as the drawing: focus, Enter and
/// click select the project (in an embed, links that open the full view at it); hover and focus
/// show the bar's name and value as a tooltip.
fn overlay(props: &ChartPanelProps, width: f64, height: f64) -> Html {
    if width <= 0.0 || height <= 0.0 {
        return Html::default();
    }
    let shape = geometry(&props.panel, width, height);
    let items = props.panel.bars.iter().zip(shape.hit_areas.iter().zip(&shape.bars)).map(|(bar, (area, rect))| {
        let position = format!("left: {}px; top: {}px; width: {}px; height: {}px", area.x, area.y, area.w, area.h);
        let tip_x = tooltip_left(&bar.accessible_name, rect, area, width);
        let tip = html! {
            // At most the panel's width: a longer tip (a long name on a phone) wraps inside the
            // panel instead of running off both edges of the screen.
            <span class={classes!("chart-tip", tooltip_below(&bar.accessible_name, area, width).then_some("below"))} data-css={format!("left: {tip_x}px; max-width: {width}px")} aria-hidden="true">{ bar.accessible_name.clone() }</span>
        };
        match (&props.bars, bar.key) {
            (Some(SourceAction::Select(onselect)), Some(key)) => {
                let onclick = onselect.reform(move |_: MouseEvent| Selection::Project(key));
                let current = (props.selected == Some(key)).then_some("true");
                html! {
                    <button
                        type="button"
                        class="chart-hit"
                        data-css={position}
                        aria-label={bar.accessible_name.clone()}
                        aria-describedby={BAR_SELECTS_ID}
                        aria-current={current}
                        {onclick}
                    >
                        { tip }
                    </button>
                }
            }
            (Some(SourceAction::OpenFullView(full_view)), Some(key)) => html! {
                <a
                    class="chart-hit"
                    data-css={position}
                    href={full_view.href(Selection::Project(key))}
                    target="_blank"
                    rel="noopener"
                    aria-label={bar.accessible_name.clone()}
                    aria-describedby={OPENS_FULL_VIEW_ID}
                >
                    { tip }
                </a>
            },
            _ => html! { <div class="chart-hit" data-css={position} aria-hidden="true">{ tip }</div> },
        }
    });
    html! { <div class="chart-overlay">{ for items }</div> }
}

#[derive(Properties, PartialEq)]
struct ChartTableProps {
    panel: Rc<Panel>,
    /// The id of the panel's heading, which names the table.
    heading_id: String,
    /// The `lang` of the bars' labels (see `ChartPanelProps`).
    data_lang: Option<String>,
}

/// The panel's numbers as a table, named by the panel's heading (a caption would say the title
/// once more). Where a narrow screen (or large text) cannot hold it, its box scrolls sideways
/// and becomes a region named by the heading too, which takes focus, so that a keyboard can
/// scroll it; where it fits, the box is nothing to a screen reader, which would otherwise hear
/// the title a fourth time.
#[function_component]
fn ChartTable(props: &ChartTableProps) -> Html {
    let frame = use_node_ref();
    let scrolls = use_scrolls_sideways(&frame);
    let strings = use_strings();
    let panel = &props.panel;
    let data_lang = &props.data_lang;
    html! {
        <div
            ref={frame}
            class="chart-table-wrap"
            role={scrolls.then_some("region")}
            aria-labelledby={scrolls.then(|| props.heading_id.clone())}
            tabindex={scrolls.then_some("0")}
        >
            <table class="chart-table" aria-labelledby={props.heading_id.clone()}>
                <thead>
                    <tr>
                        <th scope="col">{ panel.label_heading.clone() }</th>
                        if let Some(heading) = &panel.category_heading {
                            <th scope="col">{ heading.clone() }</th>
                        }
                        <th scope="col" class="num">{ panel.value_heading.clone() }</th>
                    </tr>
                </thead>
                <tbody>
                    { for panel.bars.iter().map(|bar| html! {
                        <tr>
                            <th scope="row">{ pieces_html(&bar.label_pieces, std::slice::from_ref(data_lang)) }</th>
                            // The industry in the data's language, and its "(inferred)" in the
                            // interface's.
                            if panel.category_heading.is_some() {
                                <td>{ pieces_html(&bar.category_pieces(strings), std::slice::from_ref(data_lang)) }</td>
                            }
                            <td class="num">{ bar.value_text.clone() }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
