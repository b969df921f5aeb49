//! Native tests of the pure model, in one crate so that it compiles once.
#![cfg(not(target_arch = "wasm32"))]

mod bundled_data;
mod chart;
mod chart_image;
mod checked_at_build;
mod chinese;
mod cli;
mod editor;
mod editor_checks;
mod editor_kept;
mod editor_numbers;
mod editor_page_model;
mod editor_suggestions;
mod embed;
mod export;
mod focus_trap;
mod format;
mod handout;
mod order;
mod overview;
mod presenter;
mod query;
mod schema;
mod site;
mod slides;
mod source;
mod state;
mod suggest;
mod support;
mod text;
mod tidy;
mod timeline;
mod url;
mod validation;
mod validation_zh;
mod view_reference;
