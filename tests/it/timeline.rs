//! A project followed across briefings by its id.

use std::rc::Rc;

use briefing_explorer::model::dataset::BriefingDate;
use briefing_explorer::model::dataset_index::DatasetIndex;
use briefing_explorer::model::timeline::project_timeline;
use briefing_explorer::model::validate::parse_dataset;

use crate::support::bundled;

fn semiconductors() -> Rc<briefing_explorer::model::dataset::Dataset> {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/semiconductors.json"
    ))
    .unwrap();
    Rc::new(parse_dataset(&text).unwrap())
}

/// Checks the statuses along a project's timeline, oldest first.
fn check(
    dataset: &briefing_explorer::model::dataset::Dataset,
    id: &str,
    expected: &[Option<&str>],
) {
    let statuses: Vec<Option<String>> = project_timeline(dataset, &DatasetIndex::new(dataset), id)
        .into_iter()
        .map(|entry| entry.status)
        .collect();
    let expected: Vec<Option<String>> =
        expected.iter().map(|status| status.map(String::from)).collect();
    assert_eq!(statuses, expected, "{id}");
}

#[test]
fn timelines_follow_ids_across_briefings_in_date_order() {
    let dataset = semiconductors();
    check(&dataset, "tidewater-fab", &[Some("Building"), Some("Producing")]);
    check(&dataset, "bright-panel", &[]);
    check(&dataset, "nowhere", &[]);
    check(&bundled(), "byd", &[]);

    let mut reversed = (*dataset).clone();
    reversed.briefings.reverse();
    check(&reversed, "tidewater-fab", &[Some("Building"), Some("Producing")]);
    reversed.briefings[0].projects[0].status = None;
    check(&reversed, "tidewater-fab", &[Some("Building"), None]);

    // A third briefing, dated between the two, joins the timeline in its place.
    let mut three = (*dataset).clone();
    let mut middle = three.briefings[0].clone();
    middle.id = "harbor-2023-11-02".into();
    middle.date = middle.date.map(|date| BriefingDate { month: 11, day: 2, ..date });
    middle.projects[0].status = None;
    three.briefings.push(middle);
    check(&three, "tidewater-fab", &[Some("Building"), None, Some("Producing")]);
}
