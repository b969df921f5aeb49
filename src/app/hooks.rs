//! Custom hooks: the browser-facing side effects of the explorer.

pub mod use_hash_sync;
pub mod use_key_shortcuts;
pub mod use_scroll_to_highlight;
