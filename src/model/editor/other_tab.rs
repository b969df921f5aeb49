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

/// Where a save begun and not known to have landed as the page went is kept, under the tab's
/// name: `localStorage`, written synchronously as the page goes.
pub const UNLANDED_PREFIX: &str = "briefing-editor-unlanded-save:";

/// A save of the draft begun as the page went (or a moment before it), kept whole in the
/// browser's synchronous store until it is known to have landed: an IndexedDB write begun as
/// a page unloads may never land, and a change made less than a moment before a reload
/// (undone, accepted, deleted) was lost (six reloads in six). The next page to read the draft
/// first writes it as the save would have ([`UnlandedSave::refused_by`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UnlandedSave {
    /// The texts the save writes, by key: the draft's record and the briefings it changed.
    pub entries: Vec<(String, String)>,
    /// The key whose text the save is checked against (the draft's record).
    pub guard: String,
    /// The save's stamp: the tab that made it and when.
    pub stamp: DraftStamp,
    /// The save the tab's draft began from ([`changed_elsewhere`]).
    pub base: Option<DraftStamp>,
}

/// The key the save of the tab named `tab` is kept under, if it did not land.
pub fn unlanded_key(tab: &str) -> String {
    format!("{UNLANDED_PREFIX}{tab}")
}

impl UnlandedSave {
    /// The key it is kept under.
    pub fn key(&self) -> String {
        unlanded_key(&self.stamp.tab)
    }

    /// Whether it may not be written over the draft's record kept now (`kept`, its text): not
    /// over another tab's save made since, as any save of the tab ([`changed_elsewhere`]), nor
    /// over a save of the same time or later (this save landed after all, or the tab saved
    /// again since, its page kept by the browser and shown again).
    pub fn refused_by(&self, kept: Option<&str>) -> bool {
        let kept = DraftStamp::of_saved(kept);
        changed_elsewhere(kept.as_ref(), &self.stamp.tab, self.base.as_ref())
            || kept.is_some_and(|kept| kept.saved_at >= self.stamp.saved_at)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The save kept as `text`; `None` when it cannot be read (a newer page's format, or a
    /// text cut short), which is then dropped.
    pub fn from_json(text: &str) -> Option<UnlandedSave> {
        serde_json::from_str(text).ok()
    }
}
