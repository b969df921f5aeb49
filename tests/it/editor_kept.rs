//! What the editor keeps in the browser besides the draft: a new record's form not yet added.

use briefing_explorer::model::editor::{propose, NewRecordKept, Record, RecordKind};

use crate::support::bundled;

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
