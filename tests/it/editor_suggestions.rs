//! The editor's model beyond single edits: batches of edits undone as one.

use briefing_explorer::model::dataset::{Industry, Status};
use briefing_explorer::model::editor::{
    apply_edit, Edit, EditError, Editor, EditorAction, Place, Record,
};

use crate::support::bundled;

fn industry(id: &str) -> Record {
    Record::Industry(Industry { id: id.into(), label: id.into(), color: None })
}

fn status(id: &str) -> Record {
    Record::Status(Status { id: id.into(), label: id.into() })
}

/// A new briefing over the bundled source text.
fn new_draft() -> Editor {
    Editor::new_briefing(&bundled().briefings[0].source.text)
}

#[test]
fn a_batch_is_applied_in_order_and_undone_and_redone_as_one_step() {
    let mut editor = new_draft();
    let before = editor.draft.clone();
    let batch = Edit::Batch(vec![
        Edit::Insert(Place::Industry(0), industry("first")),
        Edit::Insert(Place::Industry(0), industry("second")),
        Edit::Insert(Place::Status(0), status("built")),
        Edit::Insert(Place::HeaderQuote(0), Record::Quote("Mayor".into())),
    ]);
    editor.apply(EditorAction::Edit(batch)).unwrap();
    let after = editor.draft.clone();
    let industries: Vec<&str> = after.industries.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(industries, ["second", "first"], "in order: the second went before the first");
    assert_eq!(after.statuses.len(), 1);
    assert_eq!(after.briefings[0].quotes, ["Mayor"]);
    assert_eq!(editor.history_depth(), (1, 0));
    editor.apply(EditorAction::Undo).unwrap();
    assert_eq!(editor.draft, before);
    editor.apply(EditorAction::Redo).unwrap();
    assert_eq!(editor.draft, after);
}

#[test]
fn a_batch_returns_the_inverses_in_reverse_order() {
    let mut draft = new_draft().draft;
    let batch = Edit::Batch(vec![
        Edit::Insert(Place::Industry(0), industry("energy")),
        Edit::Batch(vec![Edit::Insert(Place::Status(0), status("built"))]),
    ]);
    let inverse = apply_edit(&mut draft, 0, batch).unwrap();
    assert_eq!(
        inverse,
        Edit::Batch(vec![
            Edit::Batch(vec![Edit::Delete(Place::Status(0))]),
            Edit::Delete(Place::Industry(0)),
        ])
    );
}

#[test]
fn a_batch_that_fails_part_way_leaves_the_draft_as_it_was() {
    let mut editor = new_draft();
    let before = editor.clone();
    let failing = [
        (
            vec![
                Edit::Insert(Place::Industry(0), industry("energy")),
                Edit::Insert(Place::Status(0), status("built")),
                Edit::Delete(Place::Glossary(0)),
            ],
            EditError::NoSuchPlace,
        ),
        (
            vec![
                Edit::SetSourceText("Changed.".into()),
                Edit::Batch(vec![
                    Edit::Insert(Place::Status(0), status("built")),
                    Edit::Insert(Place::Status(1), industry("energy")),
                ]),
            ],
            EditError::WrongRecord,
        ),
    ];
    for (edits, error) in failing {
        let batch = Edit::Batch(edits);
        assert_eq!(editor.apply(EditorAction::Edit(batch.clone())), Err(error), "{batch:?}");
        assert_eq!(editor, before, "{batch:?} left the editor as it was");
    }
}
