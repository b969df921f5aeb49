//! What the editor keeps in the browser besides the draft: which tab saved it (so that a tab
//! never saves over another tab's changes unasked), a new record's form not yet added, and whose
//! typing a restored draft gives back.

use briefing_explorer::model::editor::{
    changed_elsewhere, choose_kept, kept_key, propose, DraftStamp, Editor, NewRecordKept, Record,
    RecordKind, RecordRef, SavedDraft, TabKept, Typing, TypingKept, UnlandedSave, KEPT_EXPIRY_MS,
    KEPT_PREFIX, UNLANDED_PREFIX,
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

/// A save begun as the page went, kept until it lands, is written by the next page only where
/// the save itself would have been, and only over an older save.
#[test]
fn a_save_that_did_not_land_is_written_later_only_over_an_older_save_it_may_replace() {
    let editor = Editor::new_briefing_proposed(&bundled().briefings[0].source.text);
    let record = |tab: &str, saved_at: f64| {
        let mut saved = editor.to_saved(saved_at);
        saved.tab = tab.to_string();
        serde_json::to_string(&saved).expect("a saved draft serialises")
    };
    let unlanded = UnlandedSave {
        entries: vec![("draft".into(), record("A", 10.0))],
        guard: "draft".into(),
        stamp: stamp("A", 10.0),
        base: Some(stamp("B", 1.0)),
    };
    assert_eq!(unlanded.key(), format!("{UNLANDED_PREFIX}A"));
    let read = UnlandedSave::from_json(&unlanded.to_json()).expect("it reads back");
    assert_eq!(read, unlanded);
    assert_eq!(UnlandedSave::from_json("{\"entries\": ["), None);
    // Nothing kept, the tab's own earlier save, or the one it began from: written.
    assert!(!unlanded.refused_by(None));
    assert!(!unlanded.refused_by(Some(&record("A", 9.0))));
    assert!(!unlanded.refused_by(Some(&record("B", 1.0))));
    // It landed after all, or the tab saved again since: not written over it.
    assert!(unlanded.refused_by(Some(&record("A", 10.0))));
    assert!(unlanded.refused_by(Some(&record("A", 11.0))));
    // Another tab saved since: its change is not lost to it.
    assert!(unlanded.refused_by(Some(&record("B", 2.0))));
    assert!(unlanded.refused_by(Some(&record("C", 5.0))));
}

#[test]
fn a_saved_drafts_stamp_names_its_tab_and_time_and_an_older_record_reads_without_a_tab() {
    let editor = Editor::new_briefing_proposed(&bundled().briefings[0].source.text);
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
        // Opened from a suggestion's Edit: adding it after a reload still accepts that one.
        suggestion: Some((120, 151)),
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
    // Kept as the tab's record holds it.
    let record = TabKept { new_record: Some(kept.clone()), ..TabKept::default() };
    assert_eq!(TabKept::from_json(&record.to_json()).new_record, Some(kept.clone()));
    // A form kept before forms knew their suggestion reads as one opened from none.
    let mut older = serde_json::to_value(&kept).expect("writes");
    older.as_object_mut().expect("an object").remove("suggestion");
    let older: NewRecordKept = serde_json::from_value(older).expect("reads");
    assert_eq!(older, NewRecordKept { suggestion: None, ..kept });
    assert_eq!(TabKept::from_json("{\"new_record\": []}").new_record, None);
    assert_eq!(TabKept::from_json("not json").new_record, None);
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

/// A record of typing in the header's Title, over a draft begun from `base`, written at 1000.
fn typed_over(base: Option<DraftStamp>, closed_at: Option<f64>) -> TabKept {
    let mut typing = TypingKept::default();
    typing.typed(Typing {
        briefing: 0,
        record: RecordRef::Header,
        field: "field-header-title".to_string(),
        text: "A title".to_string(),
        left_at: None,
    });
    TabKept { typing, new_record: None, base, closed_at, written_at: 1_000.0 }
}

/// (records by tab, draft kept now, expected: the tab whose record "A" gives back, and the tabs
/// whose records go), for tab "A" restoring at 2000.
#[test]
fn a_restored_draft_gives_back_its_tabs_own_typing_else_the_last_closed_tabs_if_typed_over_it() {
    let check =
        |records: &[(&str, TabKept)], kept: DraftStamp, taken: Option<&str>, dropped: &[&str]| {
            let records: Vec<(String, TabKept)> =
                records.iter().map(|(tab, record)| (tab.to_string(), record.clone())).collect();
            let expected = taken.map(|tab| {
                let record = &records.iter().find(|(owner, _)| owner == tab).expect("listed").1;
                TabKept { closed_at: None, ..record.clone() }
            });
            let choice = choose_kept("A", records.clone(), &kept, 2_000.0);
            assert_eq!(choice.taken, expected, "records {records:?}, kept {kept:?}");
            assert_eq!(choice.dropped, dropped, "records {records:?}, kept {kept:?}");
        };
    let from_b1 = Some(stamp("B", 1.0));
    // Its own typing, over its own save or the one it began from.
    check(&[("A", typed_over(None, None))], stamp("A", 5.0), Some("A"), &[]);
    check(&[("A", typed_over(from_b1.clone(), None))], stamp("B", 1.0), Some("A"), &[]);
    // Another tab saved since: the typing would undo its change, and can never be given back.
    check(&[("A", typed_over(from_b1.clone(), None))], stamp("B", 2.0), None, &["A"]);
    // A tab still open keeps its record, whatever this tab does.
    check(&[("B", typed_over(None, None))], stamp("B", 5.0), None, &[]);
    check(
        &[("A", typed_over(None, None)), ("B", typed_over(None, None))],
        stamp("A", 5.0),
        Some("A"),
        &[],
    );
    // The only tab closed, the editor opened again: its typing comes back here, and its
    // record goes (it is this tab's now).
    check(&[("B", typed_over(None, Some(1_500.0)))], stamp("B", 5.0), Some("B"), &["B"]);
    check(&[("B", typed_over(from_b1.clone(), Some(1_500.0)))], stamp("B", 1.0), Some("B"), &["B"]);
    // Of two closed tabs, the one closed last; the other's record waits, as it goes with the
    // draft too (both began from B's save).
    check(
        &[
            ("C", typed_over(from_b1.clone(), Some(1_200.0))),
            ("D", typed_over(from_b1.clone(), Some(1_600.0))),
        ],
        stamp("B", 1.0),
        Some("D"),
        &["D"],
    );
    // This tab's own typing comes first; a closed tab's stays for later.
    check(
        &[
            ("C", typed_over(from_b1.clone(), Some(1_600.0))),
            ("A", typed_over(from_b1.clone(), None)),
        ],
        stamp("B", 1.0),
        Some("A"),
        &[],
    );
    // A closed tab's typing over a draft replaced since can never be given back: it goes.
    check(&[("C", typed_over(from_b1.clone(), Some(1_600.0)))], stamp("E", 9.0), None, &["C"]);
    // A closed tab's record with nothing in it goes.
    check(
        &[("C", TabKept { closed_at: Some(1_600.0), ..TabKept::default() })],
        stamp("C", 9.0),
        None,
        &["C"],
    );
    // Thirty days unwritten, any record goes, even of a tab that looks open (it went unannounced).
    let month_old = |closed_at| TabKept {
        written_at: 2_000.0 - KEPT_EXPIRY_MS - 1.0,
        ..typed_over(None, closed_at)
    };
    check(
        &[("B", month_old(None)), ("C", month_old(Some(1_000.0)))],
        stamp("C", 9.0),
        None,
        &["B", "C"],
    );
    check(&[("A", month_old(None))], stamp("A", 9.0), None, &["A"]);
}

#[test]
fn a_tabs_record_survives_the_round_trip_and_a_damaged_one_reads_as_expired() {
    let mut record = typed_over(Some(stamp("B", 1.0)), Some(1_500.0));
    record.new_record = Some(new_capacity());
    assert_eq!(TabKept::from_json(&record.to_json()), record);
    assert!(!record.is_empty());
    for damaged in ["not json", "[]", "{\"typing\": 3}"] {
        let read = TabKept::from_json(damaged);
        assert!(read.is_empty() && read.written_at == 0.0, "{damaged}: {read:?}");
    }
    assert_eq!(kept_key("123"), format!("{KEPT_PREFIX}123"));
}
