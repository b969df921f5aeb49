//! An interface sentence around a dataset's words ("第 3 / 13 页：New materials"), with those words
//! in an element of their own `lang`, so that a screen reader speaks each part in its voice.

use yew::prelude::*;

use crate::model::strings::{Around, Piece};

/// `line` as text, its value (when it has one) in a span of `lang`.
pub fn around_html(line: &Around, lang: Option<String>) -> Html {
    html! {
        <>
            { line.before.clone() }
            if !line.value.is_empty() {
                <span {lang}>{ line.value.clone() }</span>
            }
            { line.after.clone() }
        </>
    }
}

/// `pieces` as text, each value in a span of the `lang` its slot has in `langs` (a slot without
/// one, the page's language).
pub fn pieces_html(pieces: &[Piece], langs: &[Option<String>]) -> Html {
    html! {
        { for pieces.iter().map(|piece| match piece {
            Piece::Words(words) => html! { { words.clone() } },
            Piece::Unbroken(words) => html! { <span class="unbroken">{ words.clone() }</span> },
            Piece::Value { slot, text } => html! {
                <span lang={langs.get(*slot).cloned().flatten()}>{ text.clone() }</span>
            },
        }) }
    }
}
