//! A slide fitted to its screen: its type grown to use a screen taller than 16:9 (a 4:3
//! projector, a 16:10 laptop) as far as its content still fits, or set a little smaller where
//! it would overflow by a little (`model::slides::slide_fit`),
//! and its charts' tick labels thinned where they would run into each other
//! (`model::slides::crowded_ticks`).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ResizeObserver};
use yew::prelude::*;

use crate::app::elements::elements;
use crate::model::language::Language;
use crate::model::slides::{crowded_ticks, slide_fit, FitRoom};

/// The custom property `present.css` sets a slide's type by: 0 is the width-based size, 1 the
/// height-based one, -1 the smallest.
const FIT_PROPERTY: &str = "--slide-fit";

/// The attribute that hides a crowded tick label (`present.css`). Yew does not manage it, so
/// it stays until the next fit, which sets every label afresh.
const CROWDED: &str = "data-crowded";

/// The attribute under which a slide's table cells keep their words whole (`present.css`), while
/// its fit is searched: a cell whose word no longer fits its column then runs over it, which
/// the search can see, where the table's own `overflow-wrap: anywhere` would break the word.
const MEASURING: &str = "data-fitting";

/// The least space between two tick labels, in ems of the axis's type.
const TICK_GAP_EM: f64 = 0.5;

/// Fits the slide behind `slide` when it is first laid out, whenever its box changes size (the
/// window resized, full screen entered or left) and when the slide or the language changes.
/// The observer's first call comes after layout and before the paint, so a slide is never
/// seen at the wrong size.
///
/// # Example
/// ```ignore
/// use_slide_fit(&slide_ref, current, strings.language);
/// ```
#[hook]
pub fn use_slide_fit(slide: &NodeRef, current: usize, language: Language) {
    use_effect_with((slide.clone(), current, language), |(slide, _, _)| {
        let observer = slide.cast::<HtmlElement>().and_then(observe);
        move || {
            if let Some((observer, _callback)) = observer {
                observer.disconnect();
            }
        }
    });
}

type ResizeCallback = Closure<dyn FnMut(js_sys::Array, ResizeObserver)>;

fn observe(slide: HtmlElement) -> Option<(ResizeObserver, ResizeCallback)> {
    let fitted = slide.clone();
    let callback: ResizeCallback =
        Closure::new(move |_entries: js_sys::Array, _observer: ResizeObserver| {
            set_type(&fitted);
            thin_ticks(&fitted);
        });
    let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&slide);
    Some((observer, callback))
}

/// Sets the slide's fit. Where its type can neither grow (a screen no taller than 16:9) nor
/// shrink (a phone's, already the smallest) there is nothing to search; otherwise each try is
/// one layout of this slide.
fn set_type(slide: &HtmlElement) {
    let style = slide.style();
    let Some(body) = slide.first_element_child() else { return };
    // Written as the slide bars' widths are (`{:.2}`-style), which the wasm already carries.
    let set_fit = |fit: f64| {
        let _ = style.set_property(FIT_PROPERTY, &format!("{fit:.3}"));
    };
    let font_size = |fit: f64| {
        set_fit(fit);
        computed_px(slide, "font-size")
    };
    let width_based = font_size(0.0);
    let room = FitRoom {
        grow: font_size(1.0) > width_based + 0.5,
        shrink: font_size(-1.0) < width_based - 0.5,
    };
    if !room.grow && !room.shrink {
        set_fit(0.0);
        return;
    }
    let padding = computed_px(slide, "padding-top") + computed_px(slide, "padding-bottom");
    // A type that breaks a word the width's type kept whole does not fit, however much height
    // is left: grown on a tablet held upright, "construction" broke into "constr" and "uction".
    let _ = slide.set_attribute(MEASURING, "");
    set_fit(0.0);
    let overrun_at_width = overrun_cells(slide);
    let chosen = slide_fit(room, |fit| {
        set_fit(fit);
        if overrun_cells(slide) > overrun_at_width {
            return f64::INFINITY;
        }
        let space = f64::from(slide.client_height()) - padding;
        body.get_bounding_client_rect().height() / space.max(1.0)
    });
    let _ = slide.remove_attribute(MEASURING);
    set_fit(chosen);
}

/// How many of the slide's table cells hold a word wider than their column: with words kept
/// whole, their text is wider than the cell's content box. (The cell's scroll width cannot
/// tell: a word may run into the cell's padding, which is within it.)
fn overrun_cells(slide: &HtmlElement) -> usize {
    let Ok(range) = gloo::utils::document().create_range() else { return 0 };
    elements(slide, ".slide-table :is(th, td)")
        .iter()
        .filter(|cell| {
            let content = f64::from(cell.client_width())
                - computed_px(cell, "padding-left")
                - computed_px(cell, "padding-right");
            range.select_node_contents(cell).is_ok()
                && range.get_bounding_client_rect().width() > content + 0.5
        })
        .count()
}

/// Hides each chart axis's tick labels that would run into another at the slide's type.
fn thin_ticks(slide: &HtmlElement) {
    for axis in elements(slide, ".slide-axis") {
        let ticks = elements(&axis, ".slide-tick");
        for tick in &ticks {
            let _ = tick.remove_attribute(CROWDED);
        }
        let spans: Vec<(f64, f64)> = ticks
            .iter()
            .map(|tick| {
                let rect = tick.get_bounding_client_rect();
                (rect.left(), rect.right())
            })
            .collect();
        let gap = TICK_GAP_EM * computed_px(&axis, "font-size");
        for (tick, crowded) in ticks.iter().zip(crowded_ticks(&spans, gap)) {
            if crowded {
                let _ = tick.set_attribute(CROWDED, "");
            }
        }
    }
}

/// A length of the element's computed style in CSS pixels (0 when it cannot be read). The
/// browser's `parseFloat` reads it ("21.5px"): the page's wasm carries no float parsing.
fn computed_px(element: &Element, property: &str) -> f64 {
    gloo::utils::window()
        .get_computed_style(element)
        .ok()
        .flatten()
        .and_then(|style| style.get_property_value(property).ok())
        .map(|value| js_sys::parse_float(&value))
        .filter(|px| px.is_finite())
        .unwrap_or(0.0)
}
