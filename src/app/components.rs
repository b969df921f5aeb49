//! One component per file; each is a thin view over model values.

pub mod around;
pub mod briefing_header;
pub mod charts;
pub mod data_bar;
pub mod data_failure;
pub mod directives;
pub mod embed_view;
pub mod explorer;
pub mod export_buttons;
pub mod facets;
pub mod gloss;
pub mod marked_text;
pub mod presentation;
pub mod presenter_view;
pub mod problems;
pub mod project_card;
pub mod project_list;
pub mod share_buttons;
pub mod site_picker;
pub mod slide_bodies;
pub mod source_view;
pub mod url_notices;
