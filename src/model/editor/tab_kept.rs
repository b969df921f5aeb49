//! Whose typing is whose: each tab open on the editor keeps its own record of the text typed
//! and not yet saved ([`TabKept`]), under its own name, so that what one tab does (a save
//! refused because another tab changed the draft, *Reload it here*) never drops what another
//! tab kept.
//!
//! A tab's name outlives a reload of that tab (the page keeps it in `sessionStorage`) but is not
//! shared with other tabs. A tab closed with typing kept leaves its record behind, marked closed:
//! the next tab to restore the draft takes it over if it has none of its own, so that closing
//! the only tab and opening the editor again still gives the typing back. A record that can
//! never be given back (its draft was replaced) is dropped then, and any record unwritten for
//! [`KEPT_EXPIRY_MS`] too, so that closed tabs' records do not pile up.

use serde::{Deserialize, Serialize};

use super::other_tab::{changed_elsewhere, DraftStamp};
use super::typing::{NewRecordKept, TypingKept};

/// The `sessionStorage` key of the tab's name, kept there only while the page is gone (from
/// `pagehide` to the next load), so that a tab duplicated while the editor is open, which
/// copies `sessionStorage`, draws a name of its own.
pub const TAB_KEY: &str = "briefing-editor-tab";
/// The start of the `localStorage` keys of the tabs' records ([`kept_key`]).
pub const KEPT_PREFIX: &str = "briefing-editor-kept-";
/// How long a record no tab writes to is kept: a tab that went without saying so (a crash, a
/// phone closing it unannounced) looks open for ever, so its record goes after thirty days.
pub const KEPT_EXPIRY_MS: f64 = 30.0 * 24.0 * 60.0 * 60.0 * 1000.0;

/// The `localStorage` key of the record of the tab named `tab`.
pub fn kept_key(tab: &str) -> String {
    format!("{KEPT_PREFIX}{tab}")
}

/// What one tab keeps apart from the draft, and which draft it goes with.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TabKept {
    /// The texts typed into the fields of the draft's records and not yet saved with it.
    #[serde(default)]
    pub typing: TypingKept,
    /// The new record's form on screen, if any.
    #[serde(default)]
    pub new_record: Option<NewRecordKept>,
    /// The save the tab's draft began from (`Session::base`): with the tab's own saves, the
    /// drafts this typing was typed over.
    #[serde(default)]
    pub base: Option<DraftStamp>,
    /// When the tab's page went (`pagehide`, milliseconds since 1970); none while it is open.
    #[serde(default)]
    pub closed_at: Option<f64>,
    /// When the record was last written (milliseconds since 1970).
    #[serde(default)]
    pub written_at: f64,
}

impl TabKept {
    /// What the browser kept; a damaged record (or another version's) reads as an empty one
    /// written in 1970, which [`choose_kept`] drops.
    pub fn from_json(text: &str) -> TabKept {
        serde_json::from_str(text).unwrap_or_default()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Whether there is nothing to give back.
    pub fn is_empty(&self) -> bool {
        self.typing.is_empty() && self.new_record.is_none()
    }

    /// Whether this record, of the tab named `tab`, goes with the draft kept now (`kept`): the
    /// tab could still save over it, so the typing was typed over that very draft. Typing over
    /// a draft another tab has changed since would undo that tab's change to the field.
    pub fn goes_with(&self, tab: &str, kept: &DraftStamp) -> bool {
        !changed_elsewhere(Some(kept), tab, self.base.as_ref())
    }
}

/// What a tab restoring the draft takes as its own and which records go.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KeptChoice {
    /// The record to give back: the tab's own, else the one of the tab closed last, if either
    /// goes with the draft restored and holds anything.
    pub taken: Option<TabKept>,
    /// The names of the tabs whose records are removed (the one taken over among them).
    pub dropped: Vec<String>,
}

/// What the tab named `tab`, restoring the draft kept as `kept` at `now`, gives back from the
/// records the browser holds (`records`: each tab's name and record). Records of tabs still open
/// stay theirs; closed tabs' records that cannot go with this draft, and any unwritten for
/// [`KEPT_EXPIRY_MS`], are dropped.
pub fn choose_kept(
    tab: &str,
    records: Vec<(String, TabKept)>,
    kept: &DraftStamp,
    now: f64,
) -> KeptChoice {
    let mut choice = KeptChoice::default();
    let mut closed: Option<(String, TabKept)> = None;
    for (owner, record) in records {
        let expired = now - record.written_at > KEPT_EXPIRY_MS;
        let mine = owner == tab;
        if !mine && record.closed_at.is_none() && !expired {
            continue;
        }
        if expired || record.is_empty() || !record.goes_with(&owner, kept) {
            choice.dropped.push(owner);
        } else if mine {
            choice.taken = Some(record);
        } else if closed.as_ref().is_none_or(|(_, last)| last.closed_at < record.closed_at) {
            // Of two closed tabs, the typing of the one closed last is the author's latest.
            closed = Some((owner, record));
        }
    }
    if choice.taken.is_none() {
        if let Some((owner, record)) = closed {
            choice.dropped.push(owner);
            choice.taken = Some(TabKept { closed_at: None, ..record });
        }
    }
    choice
}
