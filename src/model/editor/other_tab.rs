//! The same draft open in two tabs: each saves it in the browser a moment after each change, and
//! a save in one would silently overwrite what the other saved. Each save is stamped with the tab
//! that made it; a tab saves only over its own save or over the one it began from, and otherwise
//! says that the draft was changed elsewhere and lets the author choose.

use serde::{Deserialize, Serialize};

/// Which save of the draft this is: the tab that made it (its name, which outlives a reload of
/// that tab: `TabKept`) and when.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DraftStamp {
    pub tab: String,
    /// Milliseconds since 1970 (the browser's clock).
    pub saved_at: f64,
}

impl DraftStamp {
    /// The stamp of a kept draft's record ([`super::SavedDraft`] as JSON); `None` when there is
    /// none or it cannot be read.
    pub fn of_saved(text: Option<&str>) -> Option<DraftStamp> {
        let saved: super::SavedDraft = serde_json::from_str(text?).ok()?;
        Some(saved.stamp())
    }
}

/// Whether saving in `tab`, which began from the save `base` (the draft it restored, or the one
/// it chose not to restore; `None` when none was kept), would overwrite a save another tab has
/// made since: the save kept now (`kept`) is neither this tab's own nor `base`.
pub fn changed_elsewhere(kept: Option<&DraftStamp>, tab: &str, base: Option<&DraftStamp>) -> bool {
    kept.is_some_and(|kept| kept.tab != tab && Some(kept) != base)
}
