//! The editor page's one reducer: the model's [`Editor`] and what the page needs to follow it.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::shared::Shared;
use crate::model::dataset::Dataset;
use crate::model::editor::{EditError, Editor, EditorAction};

#[derive(Clone, Debug, Default)]
pub struct Session {
    pub editor: Option<Editor>,
    /// The draft as it stands, shared with the components (compared by identity), replaced
    /// after every change so that the draft is copied once per change, not once per render.
    pub snapshot: Shared<Dataset>,
    /// Counts the changes, so that what depends on the draft can tell it changed.
    pub revision: u64,
    /// Counts the drafts begun (new, opened, restored), so that the first save of each keeps
    /// every briefing, and later saves only the one being edited.
    pub opened: u64,
    /// Why the latest action changed nothing, if it could not be applied.
    pub refused: Option<EditError>,
}

impl PartialEq for Session {
    fn eq(&self, other: &Session) -> bool {
        self.revision == other.revision
            && self.opened == other.opened
            && self.snapshot == other.snapshot
            && self.refused == other.refused
            && self.editor.is_some() == other.editor.is_some()
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
        let mut next = Rc::unwrap_or_clone(self);
        next.refused = None;
        match action {
            SessionAction::Begin(editor) => {
                next.editor = Some(editor);
                next.opened += 1;
            }
            SessionAction::Close => next.editor = None,
            SessionAction::Act(action) => {
                let Some(editor) = next.editor.as_mut() else { return Rc::new(next) };
                // Another briefing has not been saved on its own since it was last edited
                // (never, after a restore): the next save keeps them all.
                let switching = matches!(action, EditorAction::ChooseBriefing(_));
                if let Err(error) = editor.apply(action) {
                    next.refused = Some(error);
                } else if switching {
                    next.opened += 1;
                }
            }
        }
        next.revision += 1;
        next.snapshot = Shared::new(Rc::new(
            next.editor.as_ref().map(|editor| editor.draft.clone()).unwrap_or_default(),
        ));
        Rc::new(next)
    }
}

#[hook]
pub fn use_session() -> UseReducerHandle<Session> {
    use_reducer(Session::default)
}
