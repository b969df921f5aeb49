//! A shown text with the search words marked where the search found them.

use yew::prelude::*;

use crate::model::text::highlight_segments;

/// The text, with each stretch matching a search term in a `<mark>`; plain text without terms.
pub fn marked_text(text: &str, terms: &[String]) -> Html {
    if terms.is_empty() {
        return html! { { text } };
    }
    html! {
        { for highlight_segments(text, terms).into_iter().map(|segment| if segment.matched {
            html! { <mark class="search-match">{ segment.text }</mark> }
        } else {
            html! { { segment.text } }
        }) }
    }
}
