//! Axis scales: from zero past the largest value in steps of 1, 2 or 5 × 10^k, with tick labels.

use super::{Scale, Tick};
use crate::model::format::format_number;
use crate::model::strings::Strings;

/// A scale from zero past `largest` with about `target_intervals` steps of 1, 2 or 5 × 10^k.
/// With `integer`, steps are whole numbers (for counts). A largest value that is not positive
/// gives the scale 0 to 1. Tick labels follow the language's number conventions.
pub fn nice_scale(
    largest: f64,
    target_intervals: usize,
    integer: bool,
    strings: &Strings,
) -> Scale {
    let largest = if largest.is_finite() && largest > 0.0 { largest } else { 1.0 };
    let raw_step = largest / target_intervals.max(1) as f64;
    // `powi`, not `powf`: the exponent is whole, and `powf` alone brought the maths library's
    // general power function into the wasm (2.2 KB before `wasm-opt`). Each power of ten up to
    // 10^22 is exact either way, and its reciprocal rounded once.
    let magnitude = 10f64.powi(raw_step.log10().floor() as i32);
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
            Tick { value, label: format_tick(value, step, strings) }
        })
        .collect();
    Scale { max, step, ticks }
}

/// Tick values as the language writes numbers; steps finer than 0.01 get the decimals they need.
fn format_tick(value: f64, step: f64, strings: &Strings) -> String {
    if step >= 0.01 {
        return format_number(value, strings);
    }
    let decimals = (-step.log10().floor()) as usize;
    format!("{value:.decimals$}")
}
