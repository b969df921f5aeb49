//! The presenter view's channel name, slide messages and clock.

use briefing_explorer::model::presenter::{channel_name, elapsed_text, SlideMessage};

#[test]
fn slide_messages_round_trip_and_strays_are_ignored() {
    let message = SlideMessage::new(4);
    assert_eq!(message.to_json(), r#"{"type":"briefing-explorer:slide","slide":4}"#);
    assert_eq!(SlideMessage::from_json(&message.to_json()), Some(message));
    for stray in [
        "",
        "4",
        "null",
        r#"{"slide":4}"#,
        r#"{"type":"briefing-explorer:height","slide":4}"#,
        r#"{"type":"briefing-explorer:slide","slide":0}"#,
        r#"{"type":"briefing-explorer:slide","slide":-2}"#,
        r#"{"type":"briefing-explorer:slide","slide":"4"}"#,
    ] {
        assert_eq!(SlideMessage::from_json(stray), None, "{stray:?}");
    }
}

#[test]
fn each_dataset_has_its_own_channel() {
    assert_eq!(channel_name(None), "briefing-explorer-slides:briefings.json");
    assert_eq!(channel_name(Some("more.json")), "briefing-explorer-slides:more.json");
    assert_ne!(channel_name(None), channel_name(Some("more.json")));
}

#[test]
fn the_clock_reads_minutes_and_seconds_then_hours() {
    let cases = [
        (0, "0:00"),
        (7, "0:07"),
        (247, "4:07"),
        (750, "12:30"),
        (3599, "59:59"),
        (3600, "1:00:00"),
        (3729, "1:02:09"),
    ];
    for (seconds, expected) in cases {
        assert_eq!(elapsed_text(seconds), expected, "{seconds} s");
    }
}
