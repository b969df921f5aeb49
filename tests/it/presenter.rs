//! The presenter view's channel name, slide messages (which deck, what happened) and clock.

use briefing_explorer::model::presenter::{
    audience_blanked_status, audience_step, channel_name, elapsed_text, presenter_step,
    AudienceStep, PresenterStep, SlideEvent, SlideMessage,
};
use briefing_explorer::model::slides::Blank;
use briefing_explorer::model::strings::{EN, ZH};

#[test]
fn slide_messages_name_their_deck_round_trip_and_strays_are_ignored() {
    let message = SlideMessage::new("industry=new-energy", SlideEvent::Moved(4));
    assert_eq!(
        message.to_json(),
        r#"{"type":"briefing-explorer:slide","deck":"industry=new-energy","event":{"event":"moved","slide":4}}"#
    );
    for event in [
        SlideEvent::Started(1),
        SlideEvent::Moved(4),
        SlideEvent::Ended,
        SlideEvent::Blank(Some(Blank::Black)),
        SlideEvent::Blank(Some(Blank::White)),
        SlideEvent::Blank(None),
        SlideEvent::Blanked(Some(Blank::White)),
        SlideEvent::Blanked(None),
    ] {
        let message = SlideMessage::new("", event);
        assert_eq!(SlideMessage::from_json(&message.to_json()), Some(message));
    }
    for stray in [
        "",
        "4",
        "null",
        r#"{"slide":4}"#,
        // The message of the version before decks: a slide number that says nothing of its deck.
        r#"{"type":"briefing-explorer:slide","slide":4}"#,
        r#"{"type":"briefing-explorer:height","deck":"","event":{"event":"moved","slide":4}}"#,
        r#"{"type":"briefing-explorer:slide","deck":"","event":{"event":"moved","slide":0}}"#,
        r#"{"type":"briefing-explorer:slide","deck":"","event":{"event":"started","slide":0}}"#,
        r#"{"type":"briefing-explorer:slide","deck":"","event":{"event":"moved","slide":-2}}"#,
        r#"{"type":"briefing-explorer:slide","deck":"","event":{"event":"moved","slide":"4"}}"#,
        r#"{"type":"briefing-explorer:slide","deck":"","event":{"event":"jumped","slide":4}}"#,
        r#"{"type":"briefing-explorer:slide","deck":"","event":{"event":"blank","slide":"grey"}}"#,
        r#"{"type":"briefing-explorer:slide","deck":"","event":{"event":"blanked","slide":4}}"#,
    ] {
        assert_eq!(SlideMessage::from_json(stray), None, "{stray:?}");
    }
}

#[test]
fn a_blanked_screen_is_written_by_its_colour_and_the_slide_shown_again_as_null() {
    let cases = [
        (SlideEvent::Blank(Some(Blank::Black)), r#"{"event":"blank","slide":"black"}"#),
        (SlideEvent::Blank(None), r#"{"event":"blank","slide":null}"#),
        (SlideEvent::Blanked(Some(Blank::White)), r#"{"event":"blanked","slide":"white"}"#),
        (SlideEvent::Blanked(None), r#"{"event":"blanked","slide":null}"#),
    ];
    for (event, expected) in cases {
        let json = SlideMessage::new("", event).to_json();
        assert!(json.ends_with(&format!(r#""event":{expected}}}"#)), "{json}");
    }
}

#[test]
fn each_page_and_dataset_has_its_own_channel() {
    let cases = [
        ("/", None, "briefing-explorer-slides:/:briefings.json"),
        ("/", Some("more.json"), "briefing-explorer-slides:/:more.json"),
        ("/2024/", None, "briefing-explorer-slides:/2024/:briefings.json"),
        ("/2025/", None, "briefing-explorer-slides:/2025/:briefings.json"),
        (
            "/home/me/briefing-explorer.html",
            None,
            "briefing-explorer-slides:/home/me/briefing-explorer.html:briefings.json",
        ),
        (
            "/home/me/custom.html",
            None,
            "briefing-explorer-slides:/home/me/custom.html:briefings.json",
        ),
    ];
    for (path, data, expected) in cases {
        assert_eq!(channel_name(path, data), expected, "{path} {data:?}");
    }
}

fn message(deck: &str, event: SlideEvent) -> SlideMessage {
    SlideMessage::new(deck, event)
}

#[test]
fn the_audience_obeys_only_moves_of_its_own_deck() {
    let deck = "industry=new-energy";
    let cases = [
        (message(deck, SlideEvent::Moved(4)), Some(AudienceStep::Show(4))),
        (message(deck, SlideEvent::Started(1)), Some(AudienceStep::Show(1))),
        (message(deck, SlideEvent::Ended), None),
        // A presenter view of another deck (another filter, or the unfiltered deck).
        (message("industry=magnesium-alloys", SlideEvent::Moved(4)), None),
        (message("", SlideEvent::Moved(4)), None),
    ];
    for (message, expected) in cases {
        assert_eq!(audience_step(deck, &message), expected, "{message:?}");
    }
}

#[test]
fn the_audience_blanks_its_screen_when_its_own_presenter_view_asks() {
    let deck = "industry=new-energy";
    let cases = [
        (
            message(deck, SlideEvent::Blank(Some(Blank::Black))),
            Some(AudienceStep::Blank(Some(Blank::Black))),
        ),
        (
            message(deck, SlideEvent::Blank(Some(Blank::White))),
            Some(AudienceStep::Blank(Some(Blank::White))),
        ),
        (message(deck, SlideEvent::Blank(None)), Some(AudienceStep::Blank(None))),
        // Another deck's presenter view blanks another audience's screen, not this one.
        (message("", SlideEvent::Blank(Some(Blank::Black))), None),
        // What another audience's window says of its own screen asks nothing of this one.
        (message(deck, SlideEvent::Blanked(Some(Blank::Black))), None),
        (message(deck, SlideEvent::Blanked(None)), None),
    ];
    for (message, expected) in cases {
        assert_eq!(audience_step(deck, &message), expected, "{message:?}");
    }
}

#[test]
fn the_presenter_view_shows_whether_its_audiences_screen_is_blanked() {
    let deck = "";
    let other = "industry=new-energy";
    let cases = [
        (
            message(deck, SlideEvent::Blanked(Some(Blank::Black))),
            PresenterStep::AudienceBlanked(Some(Blank::Black)),
        ),
        (
            message(deck, SlideEvent::Blanked(Some(Blank::White))),
            PresenterStep::AudienceBlanked(Some(Blank::White)),
        ),
        (message(deck, SlideEvent::Blanked(None)), PresenterStep::AudienceBlanked(None)),
        // Another deck's screen is another presentation's.
        (message(other, SlideEvent::Blanked(Some(Blank::Black))), PresenterStep::Ignore),
        // Another presenter view's asking is for the audience to answer.
        (message(deck, SlideEvent::Blank(Some(Blank::Black))), PresenterStep::Ignore),
    ];
    for (message, expected) in cases {
        assert_eq!(presenter_step(deck, &message), expected, "{message:?}");
    }
}

#[test]
fn the_blanked_status_names_the_colour_in_both_languages() {
    let cases = [
        (
            &EN,
            Blank::Black,
            "The audience's screen is blanked to black. Press any key to show the slide again.",
        ),
        (
            &EN,
            Blank::White,
            "The audience's screen is blanked to white. Press any key to show the slide again.",
        ),
        (&ZH, Blank::Black, "观众屏幕已黑屏。按任意键重新显示幻灯片。"),
        (&ZH, Blank::White, "观众屏幕已白屏。按任意键重新显示幻灯片。"),
    ];
    for (strings, colour, expected) in cases {
        assert_eq!(audience_blanked_status(strings, colour), expected, "{colour:?}");
    }
}

#[test]
fn the_presenter_view_follows_the_audiences_deck_and_says_when_the_slides_end() {
    let deck = "";
    let other = "industry=new-energy";
    let cases = [
        (message(deck, SlideEvent::Moved(6)), PresenterStep::Show(6)),
        // The slides started again (Esc, then p): back to slide 1, not left at slide 6.
        (message(deck, SlideEvent::Started(1)), PresenterStep::Show(1)),
        (message(deck, SlideEvent::Ended), PresenterStep::AudienceLeft),
        // Started with another filter: the presenter view shows that deck.
        (
            message(other, SlideEvent::Started(1)),
            PresenterStep::Follow { deck: other.to_string(), slide: 1 },
        ),
        // Another audience window's moves and end are another presentation's.
        (message(other, SlideEvent::Moved(3)), PresenterStep::Ignore),
        (message(other, SlideEvent::Ended), PresenterStep::Ignore),
    ];
    for (message, expected) in cases {
        assert_eq!(presenter_step(deck, &message), expected, "{message:?}");
    }
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
