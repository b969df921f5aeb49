//! A save of the draft begun as the page went, kept in `localStorage` until it is known to have
//! landed (`model::editor::UnlandedSave` says why), and written by the next page that reads the
//! draft.

use super::typing_keeper::{storage, TabKeeper};
use crate::app::draft_store::{put_texts_unless, Guarded};
use crate::model::editor::{unlanded_key, DraftStamp, UnlandedSave, UNLANDED_PREFIX};

/// Keeps `save` in the synchronous store, over the tab's earlier one (a full store keeps
/// nothing: the IndexedDB write may still land).
pub(super) fn keep(save: &UnlandedSave) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(&save.key(), &save.to_json());
    }
}

/// The save stamped `landed` landed (or was refused, which it would be again): the tab's kept
/// save is dropped, unless it is a later one.
pub(super) fn forget(landed: &DraftStamp) {
    let Some(storage) = storage() else { return };
    let key = unlanded_key(&landed.tab);
    let Some(text) = storage.get_item(&key).ok().flatten() else { return };
    let later =
        UnlandedSave::from_json(&text).is_some_and(|kept| kept.stamp.saved_at > landed.saved_at);
    if !later {
        let _ = storage.remove_item(&key);
    }
}

/// Writes each kept save as it would have been written ([`UnlandedSave::refused_by`]), and
/// drops it: called before the draft is read, so that what it holds is the last change made.
/// The typing a landed save holds is then dropped from its tab's record, as after any save.
pub(super) async fn land_all() {
    let Some(storage) = storage() else { return };
    let keys: Vec<String> = (0..storage.length().unwrap_or(0))
        .filter_map(|index| storage.key(index).ok().flatten())
        .filter(|key| key.starts_with(UNLANDED_PREFIX))
        .collect();
    for key in keys {
        let text = storage.get_item(&key).ok().flatten();
        if let Some(mut save) = text.as_deref().and_then(UnlandedSave::from_json) {
            let (entries, guard) = (std::mem::take(&mut save.entries), save.guard.clone());
            let stamp = save.stamp.clone();
            let written = put_texts_unless(entries, &guard, move |kept| save.refused_by(kept));
            if let Ok(Guarded::Written) = written.await {
                TabKeeper::of_tab(&stamp.tab).forget_saved_by(stamp.saved_at);
            }
        }
        // Dropped once tried, landed or not: a save refused now would be refused again.
        let _ = storage.remove_item(&key);
    }
}
