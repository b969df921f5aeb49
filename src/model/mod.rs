//! The pure model: data types, validation, querying, URL state, source annotation, chart layout
//! and formatting. Nothing here imports `yew`, `web_sys` or `plotters`; it is tested natively.

pub mod chart;
pub mod checked_at_build;
pub mod checking;
pub mod colour;
pub mod dataset;
pub mod dataset_index;
pub mod editor;
pub mod embed;
pub mod export;
pub mod focus_trap;
pub mod format;
pub mod handout;
pub mod language;
pub mod needles;
pub mod order;
pub mod overview;
pub mod presenter;
pub mod project_names;
pub mod query;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod site;
pub mod slides;
pub mod source;
pub mod state;
pub mod strings;
pub mod suggest;
pub mod text;
pub mod timeline;
pub mod url;
pub mod validate;
pub mod view;
