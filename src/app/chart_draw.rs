//! Draws a chart panel on a canvas with `plotters`, mark by mark from the pure
//! [`geometry`](crate::model::chart::geometry): no aggregation or layout happens here.
//!
//! `plotters-canvas` draws in canvas (device) pixels, so every coordinate and font size is the
//! CSS-pixel value times `scale` (the device pixel ratio on screen, 2 for an exported image).
//! Without the `ttf` feature, plotters on wasm hands text to the browser's `fillText`.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
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
const FONT_FAMILY: &str = "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, \"Noto Sans\", Cantarell, Ubuntu, \"DejaVu Sans\", \"Liberation Sans\", \"PingFang SC\", \"Hiragino Sans GB\", \"Microsoft YaHei\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"WenQuanYi Micro Hei\", sans-serif";

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
    clear(canvas)?;
    let root = root_area(canvas)?;
    let (width, height) = css_size(canvas, scale);
    draw_marks(&root, panel, theme, scale, width, height)
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
    let root = root_area(canvas)?;
    root.fill(&theme.background).map_err(|error| error.to_string())?;
    for mark in &layout.header {
        draw_text(&root, mark, theme, scale)?;
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
    for mark in &layout.footer {
        let placed = TextMark { y: mark.y + footer_top, ..mark.clone() };
        draw_text(&root, &placed, theme, scale)?;
    }
    let (_, below_header) = root.split_vertically(px(layout.header_height));
    let (body, _) = below_header.split_vertically(px(body_height));
    draw_marks(&body, panel, theme, scale, width, body_height)
}

type Area = DrawingArea<CanvasBackend, plotters::coord::Shift>;

/// Clears the whole canvas to transparent (a transparent fill would draw nothing). Re-assigning
/// the width would clear it too, but also reallocates its backing store on every redraw.
fn clear(canvas: &HtmlCanvasElement) -> Result<(), String> {
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|context| context.dyn_into().ok())
        .ok_or_else(|| page_strings().error_no_canvas_context.to_string())?;
    context.clear_rect(0.0, 0.0, f64::from(canvas.width()), f64::from(canvas.height()));
    Ok(())
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
    panel: &Panel,
    theme: &ChartTheme,
    scale: f64,
    width: f64,
    height: f64,
) -> Result<(), String> {
    let shape = geometry(panel, width, height);
    let px = |value: f64| (value * scale).round() as i32;
    let line_width = scale.round().max(1.0) as u32;
    for tick in &shape.ticks {
        let color = if tick.x <= shape.plot.x { theme.axis } else { theme.grid };
        let style = ShapeStyle { color: color.to_rgba(), filled: false, stroke_width: line_width };
        for (top, bottom) in shape.gridline_spans(tick.x) {
            let line = vec![(px(tick.x), px(top)), (px(tick.x), px(bottom))];
            area.draw(&PathElement::new(line, style)).map_err(|error| error.to_string())?;
        }
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
    for mark in texts.chain(std::iter::once(&shape.axis_label)) {
        draw_text(area, mark, theme, scale)?;
    }
    Ok(())
}

fn draw_text(area: &Area, mark: &TextMark, theme: &ChartTheme, scale: f64) -> Result<(), String> {
    let horizontal = match mark.align {
        Align::Start => HPos::Left,
        Align::Middle => HPos::Center,
    };
    let vertical = match mark.baseline {
        Baseline::Top => VPos::Top,
        Baseline::Middle => VPos::Center,
    };
    let weight = if mark.bold { FontStyle::Bold } else { FontStyle::Normal };
    let color = theme.tone(mark.tone);
    let style = FontDesc::new(FontFamily::Name(FONT_FAMILY), mark.size * scale, weight)
        .color(&color)
        .pos(Pos::new(horizontal, vertical));
    let position = ((mark.x * scale).round() as i32, (mark.y * scale).round() as i32);
    area.draw(&Text::new(mark.text.as_str(), position, style)).map_err(|error| error.to_string())
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
