//! The presenter view's side of keeping two windows in step: the channel both windows of one
//! presentation share, the message that says which slide is showing, and the speaker's clock.
//!
//! The windows talk over a `BroadcastChannel`, which needs no server and works between two tabs
//! of the one-file build opened from disk; this module only names the channel and reads and
//! writes the messages, so that a stray message from another page is ignored, not obeyed.

use serde::{Deserialize, Serialize};

/// The `type` every slide message carries.
pub const SLIDE_MESSAGE_TYPE: &str = "briefing-explorer:slide";

/// The channel the windows presenting one dataset share. Two presentations of different
/// datasets on one site do not steer each other.
pub fn channel_name(data: Option<&str>) -> String {
    format!("briefing-explorer-slides:{}", data.unwrap_or(super::site::DEFAULT_DATASET_FILE))
}

/// "Slide `slide` is showing now", sent by the window where the move was made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlideMessage {
    #[serde(rename = "type")]
    kind: String,
    /// 1-based, as in the address.
    pub slide: usize,
}

impl SlideMessage {
    pub fn new(slide: usize) -> SlideMessage {
        SlideMessage { kind: SLIDE_MESSAGE_TYPE.to_string(), slide }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a message from the channel; anything that is not a slide message with a slide
    /// number of at least 1 is `None`.
    pub fn from_json(text: &str) -> Option<SlideMessage> {
        serde_json::from_str::<SlideMessage>(text)
            .ok()
            .filter(|message| message.kind == SLIDE_MESSAGE_TYPE && message.slide >= 1)
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
