//! What the editor keeps in the browser besides the draft: which tab saved it (so that a tab
//! never saves over another tab's changes unasked), and a new record's form not yet added.

use briefing_explorer::model::editor::{
    changed_elsewhere, propose, DraftStamp, Editor, NewRecordKept, Record, RecordKind, SavedDraft,
};

use crate::support::bundled;

fn stamp(tab: &str, saved_at: f64) -> DraftStamp {
    DraftStamp { tab: tab.to_string(), saved_at }
}

/// (kept now, this tab's base, expected): can tab "A" save over what is kept?
#[test]
fn a_tab_saves_over_its_own_saves_and_the_one_it_began_from_only() {
    let check = |kept: Option<DraftStamp>, base: Option<DraftStamp>, elsewhere: bool| {
        assert_eq!(
            changed_elsewhere(kept.as_ref(), "A", base.as_ref()),
            elsewhere,
            "kept {kept:?}, base {base:?}"
        );
    };
    // Nothing kept (a first save, or the draft discarded in another tab): nothing to lose.
    check(None, None, false);
    check(None, Some(stamp("B", 1.0)), false);
    // Its own save, whatever it began from.
    check(Some(stamp("A", 5.0)), Some(stamp("B", 1.0)), false);
    check(Some(stamp("A", 5.0)), None, false);
    // The save it restored, or chose to replace, or chose to overwrite.
    check(Some(stamp("B", 1.0)), Some(stamp("B", 1.0)), false);
    // Tab B restored A's save and then saved: A's next save would lose B's change.
    check(Some(stamp("B", 2.0)), Some(stamp("B", 1.0)), true);
    check(Some(stamp("B", 2.0)), None, true);
    // A draft saved before tabs were told apart, then by another tab after this one began.
    check(Some(stamp("", 3.0)), Some(stamp("", 2.0)), true);
}

#[test]
fn a_saved_drafts_stamp_names_its_tab_and_time_and_an_older_record_reads_without_a_tab() {
    let editor = Editor::new_briefing_dated(&bundled().briefings[0].source.text);
    let mut saved = editor.to_saved(1_700_000_000_000.0);
    saved.tab = "tab-1".to_string();
    let text = serde_json::to_string(&saved).expect("a saved draft serialises");
    assert_eq!(DraftStamp::of_saved(Some(&text)), Some(stamp("tab-1", 1_700_000_000_000.0)));
    assert_eq!(DraftStamp::of_saved(None), None);
    assert_eq!(DraftStamp::of_saved(Some("not json")), None);
    let mut older: serde_json::Value = serde_json::from_str(&text).expect("reads");
    older.as_object_mut().expect("an object").remove("tab");
    let older: SavedDraft = serde_json::from_value(older).expect("a record without a tab reads");
    assert_eq!(older.stamp(), stamp("", 1_700_000_000_000.0));
}

fn new_capacity() -> NewRecordKept {
    let draft = bundled();
    let quote = "annual capacity of 12 gigawatts";
    NewRecordKept {
        briefing: 0,
        record: propose(RecordKind::Capacity, quote, &draft, 0),
        project: Some(2),
        typed: Vec::new(),
    }
}

#[test]
fn a_new_records_form_survives_the_round_trip_with_its_kind_values_quote_and_project() {
    let mut kept = new_capacity();
    let Record::Capacity(capacity) = &kept.record else { panic!("a capacity: {:?}", kept.record) };
    assert_eq!(
        (capacity.value, capacity.quote.as_str()),
        (12.0, "annual capacity of 12 gigawatts")
    );
    kept.typed("new-field-header-capacity-of", "PV");
    kept.typed("new-field-header-capacity-unit", "GW");
    kept.typed("new-field-header-capacity-of", "PV modules");
    assert_eq!(
        kept.typed,
        vec![
            ("new-field-header-capacity-of".to_string(), "PV modules".to_string()),
            ("new-field-header-capacity-unit".to_string(), "GW".to_string()),
        ],
        "one text a field, its latest, in the order first typed"
    );
    assert_eq!(NewRecordKept::from_json(&kept.to_json()), Some(kept));
    assert_eq!(NewRecordKept::from_json("[]"), None);
    assert_eq!(NewRecordKept::from_json("not json"), None);
}

#[test]
fn a_new_records_form_opens_again_only_in_its_briefing_with_its_project_there() {
    let draft = bundled();
    let kept = new_capacity();
    assert!(kept.fits(&draft, 0));
    assert!(!kept.fits(&draft, 1), "made in another briefing");
    let projects = draft.briefings[0].projects.len();
    assert!(!NewRecordKept { project: Some(projects), ..kept.clone() }.fits(&draft, 0));
    assert!(NewRecordKept { project: None, ..kept.clone() }.fits(&draft, 0), "none chosen yet");
    let mut fewer = (*draft).clone();
    fewer.briefings[0].projects.truncate(2);
    assert!(!kept.fits(&fewer, 0), "its project was deleted");
}
