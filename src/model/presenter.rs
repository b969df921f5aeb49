//! The presenter view's side of keeping two windows in step: the channel both windows of one
//! presentation share, the message that says which slide is showing and whether the audience's
//! screen is blanked, and the speaker's clock.
//!
//! The windows talk over a `BroadcastChannel`, which needs no server and works between two tabs
//! of the one-file build opened from disk; this module only names the channel and reads and
//! writes the messages, so that a stray message from another page is ignored, not obeyed.

use serde::{Deserialize, Serialize};

use super::slides::Blank;
use super::strings::Strings;

/// The `type` every slide message carries.
pub const SLIDE_MESSAGE_TYPE: &str = "briefing-explorer:slide";

/// The channel the windows presenting one dataset of one page share: the page's path
/// (`location.pathname`) and the data file's name. Two sites in sibling folders of one origin,
/// two one-file builds opened from disk, and two datasets of one site each have their own, so
/// that none steers another's slides.
pub fn channel_name(path: &str, data: Option<&str>) -> String {
    let data = data.unwrap_or(super::site::DEFAULT_DATASET_FILE);
    format!("briefing-explorer-slides:{path}:{data}")
}

/// What a window says happened to the slides of its deck. A variant's value is written under
/// `slide`, the key the moves began with, the blanked screen's colour too (`"black"`, `"white"`,
/// or `null` for the slide shown again).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "event", content = "slide")]
pub enum SlideEvent {
    /// The audience's slides started (or started again, or came back after a reload) at this
    /// slide (1-based).
    Started(usize),
    /// A window moved to this slide (1-based).
    Moved(usize),
    /// The audience's window left the slides.
    Ended,
    /// The presenter view asks the audience's window to blank its screen to this colour, or
    /// (`None`) to show the slide again: the speaker's `b`, `.` and `w` are for the room's
    /// screen, not the speaker's own.
    Blank(Option<Blank>),
    /// The audience's screen is blanked to this colour, or (`None`) shows its slide: said as the
    /// audience's slides start and whenever their screen changes, by their own keys or on the
    /// presenter view's asking, so that the presenter view shows what the room sees.
    Blanked(Option<Blank>),
}

/// A message on the channel: what happened to the slides of which deck. The deck is the view's
/// `deck_hash`, since the same slide number means another slide in another deck.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlideMessage {
    #[serde(rename = "type")]
    kind: String,
    pub deck: String,
    pub event: SlideEvent,
}

impl SlideMessage {
    pub fn new(deck: &str, event: SlideEvent) -> SlideMessage {
        SlideMessage { kind: SLIDE_MESSAGE_TYPE.to_string(), deck: deck.to_string(), event }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a message from the channel; anything that is not a slide message with a slide
    /// number of at least 1 is `None`.
    pub fn from_json(text: &str) -> Option<SlideMessage> {
        serde_json::from_str::<SlideMessage>(text).ok().filter(|message| {
            message.kind == SLIDE_MESSAGE_TYPE
                && !matches!(message.event, SlideEvent::Started(0) | SlideEvent::Moved(0))
        })
    }
}

/// What the audience's window does on hearing a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AudienceStep {
    /// Show this slide.
    Show(usize),
    /// Blank the screen to this colour, or (`None`) show the slide again.
    Blank(Option<Blank>),
}

/// What the audience's window of deck `deck` does on hearing `message`: only what is asked of its
/// own deck, so that a presenter view of another deck never moves or blanks it.
pub fn audience_step(deck: &str, message: &SlideMessage) -> Option<AudienceStep> {
    if message.deck != deck {
        return None;
    }
    match message.event {
        SlideEvent::Started(slide) | SlideEvent::Moved(slide) => Some(AudienceStep::Show(slide)),
        SlideEvent::Blank(colour) => Some(AudienceStep::Blank(colour)),
        SlideEvent::Ended | SlideEvent::Blanked(_) => None,
    }
}

/// What the presenter view does on hearing a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PresenterStep {
    /// Show this slide of its own deck.
    Show(usize),
    /// The audience started the slides of another deck (another filter, another briefing):
    /// show that deck, at this slide.
    Follow { deck: String, slide: usize },
    /// The audience left the slides: the presenter's moves show nothing to anyone until they
    /// start again, and the presenter view says so.
    AudienceLeft,
    /// The audience's screen is blanked to this colour, or (`None`) shows its slide again: the
    /// presenter view says which.
    AudienceBlanked(Option<Blank>),
    /// Not about this presentation (another deck moving, or another window's end).
    Ignore,
}

/// What the presenter view showing deck `deck` does with `message`. It follows the audience into
/// another deck only when the audience starts it: a move in another deck is another
/// presentation's (a second audience window, filtered differently), not this one's. Its own
/// asking to blank (`Blank`) is the audience's to answer, with `Blanked`.
pub fn presenter_step(deck: &str, message: &SlideMessage) -> PresenterStep {
    let own = message.deck == deck;
    match message.event {
        SlideEvent::Started(slide) | SlideEvent::Moved(slide) if own => PresenterStep::Show(slide),
        SlideEvent::Started(slide) => PresenterStep::Follow { deck: message.deck.clone(), slide },
        SlideEvent::Ended if own => PresenterStep::AudienceLeft,
        SlideEvent::Blanked(colour) if own => PresenterStep::AudienceBlanked(colour),
        _ => PresenterStep::Ignore,
    }
}

/// What the presenter view says while the audience's screen is blanked to `colour`.
pub fn audience_blanked_status(strings: &Strings, colour: Blank) -> &'static str {
    match colour {
        Blank::Black => strings.presenter_audience_black,
        Blank::White => strings.presenter_audience_white,
    }
}

/// The time since the presenter view opened, as a clock shows it: `4:07`, `12:30`, `1:02:09`.
pub fn elapsed_text(seconds: u64) -> String {
    let (hours, minutes, seconds) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if hours > 0 {
        format!("{hours}:{minutes:02}:{seconds:02}")
    } else {
        format!("{minutes}:{seconds:02}")
    }
}
