//! The editor page's one reducer: the model's [`Editor`] and what the page needs to follow it.

use std::cell::{Ref, RefCell};
use std::rc::Rc;

use yew::prelude::*;

use crate::app::shared::Shared;
use crate::model::dataset::Dataset;
use crate::model::editor::{EditError, Editor, EditorAction};

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
            && Rc::ptr_eq(&self.editor, &other.editor)
    }
}

pub enum SessionAction {
    /// Start editing a draft (new, opened, restored).
    Begin(Editor),
    Act(EditorAction),
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
                SessionAction::Begin(editor) => {
                    *slot = Some(editor);
                    next.opened += 1;
                    true
                }
                SessionAction::Close => {
                    *slot = None;
                    true
                }
                SessionAction::Act(action) => {
                    let Some(editor) = slot.as_mut() else { return self };
                    // Another briefing has not been saved on its own since it was last edited
                    // (never, after a restore): the next save keeps them all.
                    let switching = matches!(action, EditorAction::ChooseBriefing(_));
                    let edits = matches!(
                        action,
                        EditorAction::Edit(_) | EditorAction::Undo | EditorAction::Redo
                    );
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
