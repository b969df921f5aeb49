//! Briefing Explorer: a government briefing as an explorable, presentable web app.
//!
//! [`model`] is pure Rust, compiled and tested natively; [`app`] is the Yew front end over it and
//! exists only when compiling to WebAssembly.

pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod app;
