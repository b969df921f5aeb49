//! Custom hooks: the browser-facing side effects of the explorer.

pub mod use_address_language;
pub mod use_after_paint;
pub mod use_editor_published;
pub mod use_element_size;
pub mod use_embed_height;
pub mod use_file_drop;
pub mod use_file_loader;
pub mod use_fullscreen_exit;
pub mod use_glossary_search;
pub mod use_hash_sync;
pub mod use_is_fullscreen;
pub mod use_key_shortcuts;
pub mod use_modal;
pub mod use_page_limit;
pub mod use_page_title;
pub mod use_paint_stages;
pub mod use_prefers_dark;
pub mod use_scroll_to_highlight;
pub mod use_site_data;
pub mod use_site_index;
pub mod use_slide_channel;
pub mod use_slide_fit;
pub mod use_slide_keys;
pub mod use_slides;
pub mod use_strings;
pub mod use_swipe;
