//! Embedding one part of a view in another page: `#embed=charts`, `#embed=cards`,
//! `#embed=summary` (with the usual filters), the `<iframe>` code for it, and the message an
//! embedded view sends its parent page so that the article can size the frame.

use serde::Serialize;

use super::strings::Strings;

/// The part of the explorer an embedded view shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Embed {
    /// The capacity and industry charts.
    Charts,
    /// The project cards.
    Cards,
    /// The briefing's header facts and the counts of what is in view.
    Summary,
}

impl Embed {
    /// Every part, in the order the embed dialog offers them.
    pub const ALL: [Embed; 3] = [Embed::Charts, Embed::Cards, Embed::Summary];

    /// The value of `embed=` in the address.
    pub fn url_word(self) -> &'static str {
        match self {
            Embed::Charts => "charts",
            Embed::Cards => "cards",
            Embed::Summary => "summary",
        }
    }

    pub fn from_url_word(word: &str) -> Option<Embed> {
        Embed::ALL.into_iter().find(|embed| embed.url_word() == word)
    }

    /// The height the embed code gives the frame before the part reports its own, in CSS pixels:
    /// about what the bundled briefing's part needs at 600 pixels wide, so that an article whose
    /// site strips the code's script still shows most of it (the frame scrolls for the rest).
    pub fn frame_height(self) -> u32 {
        match self {
            Embed::Charts => 640,
            Embed::Cards => 720,
            Embed::Summary => 320,
        }
    }

    /// The part's name in the embed dialog.
    pub fn label(self, strings: &Strings) -> &'static str {
        match self {
            Embed::Charts => strings.embed_charts,
            Embed::Cards => strings.embed_cards,
            Embed::Summary => strings.embed_summary,
        }
    }

    /// What the part's links to the full view's source text do (the cards' "Source" and the
    /// chart bars go to a project's sentences, the summary's "Source" to a header fact's), said
    /// once for them all.
    pub fn source_links_description(self, strings: &Strings) -> &'static str {
        match self {
            Embed::Charts | Embed::Cards => strings.opens_full_view,
            Embed::Summary => strings.opens_full_view_fact,
        }
    }
}

/// The `type` of the message an embedded view posts to its parent page.
pub const HEIGHT_MESSAGE_TYPE: &str = "briefing-explorer:height";

/// The width of the `<iframe>` the embed dialog writes, in CSS pixels, and the height of its
/// preview in the dialog (a window onto the part's top, not the part's whole height).
pub const EMBED_WIDTH: u32 = 600;
pub const PREVIEW_HEIGHT: u32 = 400;

/// What an embedded view posts to `window.parent` whenever its content height changes:
/// `{"type": "briefing-explorer:height", "embed": "charts", "height": 812}`, the height in CSS
/// pixels of the whole embedded document (rounded up), so that the parent can set the frame's
/// height and nothing scrolls inside it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HeightMessage {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub embed: &'static str,
    pub height: u32,
}

impl HeightMessage {
    pub fn new(embed: Embed, height: f64) -> HeightMessage {
        let height = if height.is_finite() { height.ceil().clamp(0.0, 1.0e6) as u32 } else { 0 };
        HeightMessage { kind: HEIGHT_MESSAGE_TYPE, embed: embed.url_word(), height }
    }

    /// The message as JSON text, for `JSON.parse` and `postMessage`.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// The page address without its hash: `https://example.org/briefings/index.html`.
pub fn without_hash(address: &str) -> &str {
    address.split_once('#').map_or(address, |(before, _)| before)
}

/// Whether an article can embed the page at `page`: only from a web address. A copy opened from
/// disk (`file:///…`, the one-file build) would give code that no reader's browser can load.
pub fn embeddable(page: &str) -> bool {
    let scheme = page.split_once(':').map_or("", |(scheme, _)| scheme);
    scheme.eq_ignore_ascii_case("https") || scheme.eq_ignore_ascii_case("http")
}

/// The address of `page` showing the view `hash` (no `#` when the hash is empty): the link
/// "Copy link" copies, and the embedded view's address, plain or in its code.
pub fn page_with_hash(page: &str, hash: &str) -> String {
    if hash.is_empty() {
        page.to_string()
    } else {
        format!("{page}#{hash}")
    }
}

/// The code the embed dialog writes for an article: `<iframe src="PAGE#HASH" …></iframe>`, with
/// the attributes escaped, followed by the script that sizes the frame to the height the part
/// reports (the listener HOSTING.md describes), so that the part is never cut off in a frame of
/// fixed height. The script finds its frame by the message's sender, so one page may hold
/// several embeds, each with its own copy of the script.
pub fn iframe_code(page: &str, hash: &str, title: &str, part: Embed) -> String {
    let source = page_with_hash(page, hash);
    let attributes = [
        ("src", source),
        ("title", title.to_string()),
        ("width", EMBED_WIDTH.to_string()),
        ("height", part.frame_height().to_string()),
        ("style", "border:0;max-width:100%".to_string()),
        ("loading", "lazy".to_string()),
    ];
    let attributes: Vec<String> = attributes
        .iter()
        .map(|(name, value)| format!("{name}=\"{}\"", escape_attribute(value)))
        .collect();
    // Written without spaces or double quotes, so that a site's editor that rewraps or
    // re-quotes what is pasted leaves it working.
    let resizer = [
        "<script>addEventListener('message',function(e){if(!e.data||e.data.type!=='",
        HEIGHT_MESSAGE_TYPE,
        "'||!(e.data.height>0))return;document.querySelectorAll('iframe').forEach(function(f){\
         if(f.contentWindow===e.source)f.style.height=e.data.height+'px'})})</script>",
    ]
    .concat();
    ["<iframe ", &attributes.join(" "), ">", "</iframe>\n", &resizer].concat()
}

fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}
