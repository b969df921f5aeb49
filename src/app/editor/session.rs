//! The editor page's one reducer: the model's [`Editor`] and what the page needs to follow it.

use std::cell::{Ref, RefCell};
use std::rc::Rc;

use yew::prelude::*;

use crate::app::shared::Shared;
use crate::model::dataset::Dataset;
use crate::model::editor::{DraftStamp, EditError, Editor, EditorAction};

#[derive(Clone, Debug, Default)]
pub struct Session {
    /// The editor, changed in place: every value of the session shares it, so an action does not
    /// copy the draft and its history of up to 500 edits (a reducer's state is copied on every
    /// action while the page still holds the previous one). Read it through [`Session::editor`].
    editor: Rc<RefCell<Option<Editor>>>,
    /// The draft as it stands, shared with the components (compared by identity), replaced
    /// after every change to the draft, so that it is copied once per change, not per render.
    pub snapshot: Shared<Dataset>,
    /// Counts the changes, so that what depends on the draft can tell it changed.
    pub revision: u64,
    /// Counts the drafts begun (new, opened, restored), so that the first save of each keeps
    /// every briefing, and later saves only the one being edited.
    pub opened: u64,
    /// Why the latest action changed nothing, if it could not be applied.
    pub refused: Option<EditError>,
    /// The save in the browser this draft began from (restored, or not restored and so to be
    /// replaced), or the other tab's save the author chose to overwrite: this tab saves over it
    /// or its own saves only (`model::editor::changed_elsewhere`).
    pub base: Option<DraftStamp>,
    /// Whether the draft has anything the browser has not kept: false only for a draft just
    /// restored, which is not saved again (another tab would take that for a change).
    pub unsaved: bool,
}

impl Session {
    /// The editor as it stands now, if a draft is open.
    pub fn editor(&self) -> Option<Ref<'_, Editor>> {
        Ref::filter_map(self.editor.borrow(), Option::as_ref).ok()
    }
}

impl PartialEq for Session {
    fn eq(&self, other: &Session) -> bool {
        self.revision == other.revision
            && self.opened == other.opened
            && self.snapshot == other.snapshot
            && self.refused == other.refused
            && self.base == other.base
            && self.unsaved == other.unsaved
            && Rc::ptr_eq(&self.editor, &other.editor)
    }
}

pub enum SessionAction {
    /// Start editing a draft: new or opened, or the one the browser kept (`restored`, so saved
    /// already); `base` is the save the browser kept then.
    Begin {
        editor: Editor,
        base: Option<DraftStamp>,
        restored: bool,
    },
    Act(EditorAction),
    /// Keep editing here over another tab's save: the next save keeps every briefing.
    Overwrite(DraftStamp),
    /// Back to the start screen.
    Close,
}

impl Reducible for Session {
    type Action = SessionAction;

    fn reduce(self: Rc<Self>, action: SessionAction) -> Rc<Self> {
        let mut next = (*self).clone();
        next.refused = None;
        let draft_changed = {
            let mut slot = next.editor.borrow_mut();
            match action {
                SessionAction::Begin { editor, base, restored } => {
                    *slot = Some(editor);
                    next.opened += 1;
                    next.base = base;
                    next.unsaved = !restored;
                    true
                }
                SessionAction::Overwrite(stamp) => {
                    next.base = Some(stamp);
                    next.opened += 1;
                    next.unsaved = true;
                    false
                }
                SessionAction::Close => {
                    *slot = None;
                    true
                }
                SessionAction::Act(action) => {
                    let Some(editor) = slot.as_mut() else { return self };
                    next.unsaved = true;
                    // Another briefing has not been saved on its own since it was last edited
                    // (never, after a restore): the next save keeps them all.
                    let switching = matches!(action, EditorAction::ChooseBriefing(_));
                    // A dismissal and its undo leave the draft as it is: it is not copied
                    // and checked again for them.
                    let edits = editor.changes_draft(&action);
                    match editor.apply(action) {
                        Ok(()) => {
                            next.opened += u64::from(switching);
                            edits
                        }
                        Err(error) => {
                            next.refused = Some(error);
                            false
                        }
                    }
                }
            }
        };
        next.revision += 1;
        if draft_changed {
            let draft = next.editor.borrow().as_ref().map(|editor| editor.draft.clone());
            next.snapshot = Shared::new(Rc::new(draft.unwrap_or_default()));
        }
        Rc::new(next)
    }
}

#[hook]
pub fn use_session() -> UseReducerHandle<Session> {
    use_reducer(Session::default)
}
