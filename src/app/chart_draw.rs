//! Draws a chart panel on a canvas with `plotters`, mark by mark from the pure
//! [`geometry`](crate::model::chart::geometry): no aggregation or layout happens here.
//!
//! `plotters-canvas` draws in canvas (device) pixels, so every coordinate and font size is the
//! CSS-pixel value times `scale` (the device pixel ratio on screen, 2 for an exported image).
//! Gridlines, bars and rules go through plotters; text goes to the context's `fillText` through
//! a [`TextPen`], as plotters without its `ttf` feature would, but setting the font, colour and
//! alignment only when they change (see `TextPen`).

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::app::download::{click_download_link, js_error};
use crate::app::hooks::use_strings::page_strings;
use crate::model::chart::image::{image_layout, ImageLayout, ImageText};
use crate::model::chart::{geometry, preferred_height, Align, Baseline, Panel, TextMark, Tone};
use crate::model::colour::{palette_color, parse_hex_color, ChartPalette};

/// The page's font stack (`--font` in style/main.css), so that canvas text matches the
/// surrounding text, Chinese labels included.
const FONT_FAMILY: &str = "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, \"Noto Sans\", \"PingFang SC\", \"Hiragino Sans GB\", \"Microsoft YaHei\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"WenQuanYi Micro Hei\", sans-serif";

/// The scale of exported images relative to CSS pixels.
pub const EXPORT_SCALE: f64 = 2.0;

/// Colours for text, gridlines and the background, following the light or dark theme.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChartTheme {
    pub background: RGBColor,
    pub text: RGBColor,
    pub muted: RGBColor,
    pub grid: RGBColor,
    pub axis: RGBColor,
}

impl ChartTheme {
    pub fn new(dark: bool) -> ChartTheme {
        let palette = ChartPalette::for_theme(dark);
        ChartTheme {
            background: rgb(palette.background),
            text: rgb(palette.text),
            muted: rgb(palette.muted),
            grid: rgb(palette.grid),
            axis: rgb(palette.axis),
        }
    }

    fn tone(&self, tone: Tone) -> RGBColor {
        match tone {
            Tone::Text => self.text,
            Tone::Muted => self.muted,
        }
    }
}

fn rgb(hex: &str) -> RGBColor {
    let (red, green, blue) = parse_hex_color(hex).unwrap_or((128, 128, 128));
    RGBColor(red, green, blue)
}

/// Draws `panel` over the whole canvas on a transparent background. The canvas's backing store
/// must already be its CSS size × `scale`.
pub fn draw_panel(
    canvas: &HtmlCanvasElement,
    panel: &Panel,
    theme: &ChartTheme,
    scale: f64,
) -> Result<(), String> {
    let context = context_2d(canvas)?;
    // A transparent fill would draw nothing. Re-assigning the width would clear the canvas too,
    // but also reallocates its backing store on every redraw.
    context.clear_rect(0.0, 0.0, f64::from(canvas.width()), f64::from(canvas.height()));
    let root = root_area(canvas)?;
    let (width, height) = css_size(canvas, scale);
    draw_marks(&root, &context, panel, theme, scale, width, height)
}

/// Draws `panel` for an image file: an opaque background, the header (title, filter in words)
/// above the panel and the footer (source, not-stated note, app name) below it, after a rule.
pub fn draw_panel_image(
    canvas: &HtmlCanvasElement,
    panel: &Panel,
    layout: &ImageLayout,
    theme: &ChartTheme,
    scale: f64,
) -> Result<(), String> {
    let context = context_2d(canvas)?;
    let root = root_area(canvas)?;
    root.fill(&theme.background).map_err(|error| error.to_string())?;
    let mut pen = TextPen::new(&context, &root);
    for mark in &layout.header {
        pen.write(mark, theme, scale)?;
    }
    let (width, _) = css_size(canvas, scale);
    let body_height = preferred_height(panel);
    let footer_top = layout.header_height + body_height;
    let px = |value: f64| (value * scale).round() as i32;
    let rule = ShapeStyle {
        color: theme.grid.to_rgba(),
        filled: false,
        stroke_width: scale.round().max(1.0) as u32,
    };
    root.draw(&PathElement::new(
        vec![(px(12.0), px(footer_top)), (px(width - 12.0), px(footer_top))],
        rule,
    ))
    .map_err(|error| error.to_string())?;
    // The rule was drawn through plotters since, which may have changed the context's state.
    let mut pen = TextPen::new(&context, &root);
    for mark in &layout.footer {
        let placed = TextMark { y: mark.y + footer_top, ..mark.clone() };
        pen.write(&placed, theme, scale)?;
    }
    let (_, below_header) = root.split_vertically(px(layout.header_height));
    let (body, _) = below_header.split_vertically(px(body_height));
    draw_marks(&body, &context, panel, theme, scale, width, body_height)
}

type Area = DrawingArea<CanvasBackend, plotters::coord::Shift>;

fn context_2d(canvas: &HtmlCanvasElement) -> Result<CanvasRenderingContext2d, String> {
    canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|context| context.dyn_into().ok())
        .ok_or_else(|| page_strings().error_no_canvas_context.to_string())
}

fn root_area(canvas: &HtmlCanvasElement) -> Result<Area, String> {
    let backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| page_strings().error_no_canvas_context.to_string())?;
    Ok(backend.into_drawing_area())
}

fn css_size(canvas: &HtmlCanvasElement, scale: f64) -> (f64, f64) {
    let scale = if scale > 0.0 { scale } else { 1.0 };
    (f64::from(canvas.width()) / scale, f64::from(canvas.height()) / scale)
}

/// Gridlines, then bars, then labels, values, tick labels and the axis label.
fn draw_marks(
    area: &Area,
    context: &CanvasRenderingContext2d,
    panel: &Panel,
    theme: &ChartTheme,
    scale: f64,
    width: f64,
    height: f64,
) -> Result<(), String> {
    let shape = geometry(panel, width, height);
    let px = |value: f64| (value * scale).round() as i32;
    let line_width = scale.round().max(1.0) as u32;
    // Gridlines start at the first bar, below the first label.
    let top = px(shape.bars.first().map_or(shape.plot.y, |bar| bar.y));
    let bottom = px(shape.plot.bottom());
    for tick in &shape.ticks {
        let color = if tick.x <= shape.plot.x { theme.axis } else { theme.grid };
        let style = ShapeStyle { color: color.to_rgba(), filled: false, stroke_width: line_width };
        area.draw(&PathElement::new(vec![(px(tick.x), top), (px(tick.x), bottom)], style))
            .map_err(|error| error.to_string())?;
    }
    for (bar, rect) in panel.bars.iter().zip(&shape.bars) {
        let color = parse_hex_color(&bar.color)
            .map(|(red, green, blue)| RGBColor(red, green, blue))
            .unwrap_or_else(|| rgb(palette_color(0)));
        let corners =
            [(px(rect.x), px(rect.y)), (px(rect.right()).max(px(rect.x) + 1), px(rect.bottom()))];
        area.draw(&Rectangle::new(corners, color.filled())).map_err(|error| error.to_string())?;
    }
    let texts = shape
        .labels
        .iter()
        .chain(&shape.values)
        .chain(shape.ticks.iter().filter_map(|tick| tick.label.as_ref()));
    let mut pen = TextPen::new(context, area);
    for mark in texts.chain(std::iter::once(&shape.axis_label)) {
        pen.write(mark, theme, scale)?;
    }
    Ok(())
}

/// Writes text marks on a canvas's 2D context. plotters' `draw_text` sets the font, fill
/// colour, alignment and baseline for every label, and the browser parses the font (a long
/// family list) each time: in a profile of the app's start, most of the charts' drawing time.
/// A pen sets each only when it differs from the last mark's, so a run of labels in one style
/// costs one `fillText` each. The context's state is the pen's only while nothing else draws:
/// make a new pen after drawing shapes through plotters.
struct TextPen<'a> {
    context: &'a CanvasRenderingContext2d,
    /// Where the drawing area's origin is on the canvas, in canvas pixels.
    origin: (f64, f64),
    font: String,
    fill: Option<Tone>,
    align: &'static str,
    baseline: &'static str,
}

impl<'a> TextPen<'a> {
    fn new(context: &'a CanvasRenderingContext2d, area: &Area) -> TextPen<'a> {
        let (x, y) = area.get_base_pixel();
        TextPen {
            context,
            origin: (f64::from(x), f64::from(y)),
            font: String::new(),
            fill: None,
            align: "",
            baseline: "",
        }
    }

    fn write(&mut self, mark: &TextMark, theme: &ChartTheme, scale: f64) -> Result<(), String> {
        let weight = if mark.bold { "bold" } else { "normal" };
        let font = format!("{weight} {}px {FONT_FAMILY}", mark.size * scale);
        if font != self.font {
            self.context.set_font(&font);
            self.font = font;
        }
        if self.fill != Some(mark.tone) {
            let RGBColor(red, green, blue) = theme.tone(mark.tone);
            self.context.set_fill_style_str(&format!("#{red:02x}{green:02x}{blue:02x}"));
            self.fill = Some(mark.tone);
        }
        let align = match mark.align {
            Align::Start => "start",
            Align::Middle => "center",
        };
        if align != self.align {
            self.context.set_text_align(align);
            self.align = align;
        }
        let baseline = match mark.baseline {
            Baseline::Top => "top",
            Baseline::Middle => "middle",
        };
        if baseline != self.baseline {
            self.context.set_text_baseline(baseline);
            self.baseline = baseline;
        }
        // Whole canvas pixels, as plotters places text.
        let x = self.origin.0 + (mark.x * scale).round();
        let y = self.origin.1 + (mark.y * scale).round();
        self.context.fill_text(&mark.text, x, y).map_err(js_error)
    }
}

/// Saves `panel` as a PNG of `css_width` CSS pixels at [`EXPORT_SCALE`], with the text that
/// makes it stand on its own (`text`: title, filter, source, not-stated note, app name), under
/// `file_name`: drawn on an off-screen canvas, then downloaded through a temporary link.
pub fn download_png(
    panel: &Panel,
    text: &ImageText,
    css_width: f64,
    theme: &ChartTheme,
    file_name: &str,
) -> Result<(), String> {
    let document = gloo::utils::document();
    let canvas: HtmlCanvasElement = document
        .create_element("canvas")
        .map_err(js_error)?
        .dyn_into()
        .map_err(|_| page_strings().error_not_canvas.to_string())?;
    let layout = image_layout(text, css_width);
    let css_height = layout.header_height + preferred_height(panel) + layout.footer_height;
    canvas.set_width((css_width * EXPORT_SCALE).round().max(1.0) as u32);
    canvas.set_height((css_height * EXPORT_SCALE).round() as u32);
    draw_panel_image(&canvas, panel, &layout, theme, EXPORT_SCALE)?;
    let url = canvas.to_data_url_with_type("image/png").map_err(js_error)?;
    if !url.starts_with("data:image/png") {
        return Err(page_strings().error_no_png.to_string());
    }
    click_download_link(&url, file_name)
}
