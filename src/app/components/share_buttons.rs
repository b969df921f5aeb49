//! "Copy link" (the address of the current view) and "Embed" (choose a part, preview it, copy
//! the `<iframe>` code for an article). Both announce the result in a live region.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::app::clipboard::copy_text;
use crate::app::data_source::inline_data;
use crate::app::focus::focus_by_id;
use crate::app::hooks::use_strings::use_strings;
use crate::app::shared::Shared;
use crate::model::dataset::Dataset;
use crate::model::embed::{
    embeddable, iframe_code, page_with_hash, without_hash, Embed, EMBED_WIDTH, PREVIEW_HEIGHT,
};
use crate::model::query::Query;
use crate::model::site::page_title;
use crate::model::strings::fill;
use crate::model::url::{encode_hash, hash_with_embed};
use crate::model::view::View;

#[derive(Properties, PartialEq)]
pub struct ShareButtonsProps {
    pub dataset: Shared<Dataset>,
    pub view: Rc<View>,
    pub query: Query,
}

/// How long a message of the buttons stays, in milliseconds: long enough to read twice.
const MESSAGE_SHOWN_MS: u32 = 6000;

/// What the Embed panel offers to copy for the view and the part chosen.
struct EmbedCode {
    /// The view's hash with the part.
    hash: String,
    /// The frame's title.
    title: String,
    /// The `<iframe>` code.
    code: String,
    /// The embedded view's address.
    address: String,
}

/// The address of the page without its hash.
fn page_address() -> String {
    let href = gloo::utils::window().location().href().unwrap_or_default();
    without_hash(&href).to_string()
}

#[function_component]
pub fn ShareButtons(props: &ShareButtonsProps) -> Html {
    let strings = use_strings();
    let announcement = use_state(String::new);
    let open = use_state_eq(|| false);
    let part = use_state_eq(|| Embed::Charts);
    // The one-file build (data inline) shows no preview frame: its Content-Security-Policy
    // allows no frames, and a file:// page cannot frame itself.
    let inline = use_memo((), |_| inline_data().is_some());
    let hosted = use_memo((), |_| embeddable(&page_address()));
    // "Link to this view copied." is about the view it copied: once the filters, the search or
    // the part change, the clipboard no longer holds this view, and the message goes.
    {
        let announcement = announcement.clone();
        use_effect_with((props.query.clone(), *part), move |_| {
            if !announcement.is_empty() {
                announcement.set(String::new());
            }
        });
    }
    // A success goes after a while in any case: on a narrow screen the message floats over the
    // page, which keeps no room for it there (a line that came and stayed pushed the cards down).
    // The failure stays: it asks the reader to select the text and copy it. Each copy starts the
    // time again, the same message or not.
    let copies = use_state(|| 0u32);
    {
        let clear = announcement.clone();
        let text = (*announcement).clone();
        use_effect_with((*copies, text), move |(_, text)| {
            let passing = !text.is_empty() && text != strings.copy_failed;
            let timeout =
                passing.then(|| Timeout::new(MESSAGE_SHOWN_MS, move || clear.set(String::new())));
            move || drop(timeout)
        });
    }

    let copy = {
        let announcement = announcement.clone();
        let copies = copies.clone();
        Callback::from(move |(text, done): (String, &'static str)| {
            let (announcement, copies) = (announcement.clone(), copies.clone());
            spawn_local(async move {
                let copied = copy_text(&text).await;
                announcement.set(if copied {
                    done.to_string()
                } else {
                    strings.copy_failed.to_string()
                });
                copies.set(copies.wrapping_add(1));
            });
        })
    };
    let oncopy_link = {
        let copy = copy.clone();
        let hash = encode_hash(&props.query, &props.dataset);
        Callback::from(move |_: MouseEvent| {
            copy.emit((page_with_hash(&page_address(), &hash), strings.link_copied));
        })
    };
    let ontoggle = {
        let open = open.clone();
        let announcement = announcement.clone();
        Callback::from(move |_: MouseEvent| {
            announcement.set(String::new());
            open.set(!*open);
        })
    };
    // The embed's code and address are made only while its panel is open: a filter click
    // changes them, and with the panel closed nothing shows them.
    let embed = (*open).then(|| {
        let hash = hash_with_embed(&props.query, &props.dataset, Some(*part));
        let title = fill(
            strings.embed_frame_title,
            &[
                ("title", &page_title(&props.dataset, &props.view.briefings, strings)),
                ("part", part.label(strings)),
            ],
        );
        let code = iframe_code(&page_address(), &hash, &title, *part);
        // The same address as the code's, without the HTML's escapes, for a site whose embed
        // block asks for a web address rather than code.
        let address = page_with_hash(&page_address(), &hash);
        EmbedCode { hash, title, code, address }
    });
    let oncopy_code = {
        let copy = copy.clone();
        let code = embed.as_ref().map(|embed| embed.code.clone()).unwrap_or_default();
        Callback::from(move |_: MouseEvent| copy.emit((code.clone(), strings.code_copied)))
    };
    let oncopy_address = {
        let copy = copy.clone();
        let address = embed.as_ref().map(|embed| embed.address.clone()).unwrap_or_default();
        Callback::from(move |_: MouseEvent| {
            copy.emit((address.clone(), strings.embed_address_copied))
        })
    };
    let close = {
        let open = open.clone();
        move || {
            open.set(false);
            focus_by_id("embed-button");
        }
    };
    let onclose = {
        let close = close.clone();
        Callback::from(move |_: MouseEvent| close())
    };
    // Escape closes the panel from anywhere in it or on its button, as the slides and the search
    // box take it.
    let is_open = *open;
    let onkeydown = Callback::from(move |event: KeyboardEvent| {
        if is_open && event.key() == "Escape" {
            event.prevent_default();
            close();
        }
    });
    let choices = Embed::ALL.into_iter().map(|choice| {
        let chosen = *part == choice;
        let part = part.clone();
        let onchange = Callback::from(move |_: Event| part.set(choice));
        html! {
            <label key={choice.url_word()} class="embed-choice">
                <input type="radio" name="embed-part" value={choice.url_word()} checked={chosen} {onchange} />
                { choice.label(strings) }
            </label>
        }
    });

    html! {
        <div class="share" {onkeydown}>
            <div class="share-buttons">
                <button type="button" class="button" title={strings.copy_link_hint} onclick={oncopy_link}>{ strings.copy_link }</button>
                <button type="button" id="embed-button" class="button" aria-expanded={open.to_string()} aria-controls="embed-panel" onclick={ontoggle}>{ strings.embed_button }</button>
            </div>
            <p class="share-status" role="status" aria-live="polite">{ (*announcement).clone() }</p>
            if let Some(EmbedCode { hash, title, code, address }) = embed {
                <section id="embed-panel" class="embed-panel" aria-labelledby="embed-heading">
                    <h2 id="embed-heading" class="embed-panel-heading">{ strings.embed_heading }</h2>
                    if *hosted {
                        <fieldset class="embed-choices">
                            <legend>{ strings.embed_part }</legend>
                            { for choices }
                        </fieldset>
                        if !*inline {
                            <p class="embed-preview-label">{ strings.embed_preview }</p>
                            // A picture of what readers will get, not a second page to tab
                            // through on the way to the code.
                            <div class="embed-preview" inert=true>
                                <iframe
                                    src={format!("#{hash}")}
                                    title={title}
                                    width={EMBED_WIDTH.to_string()}
                                    height={PREVIEW_HEIGHT.to_string()}
                                    loading="lazy"
                                ></iframe>
                            </div>
                        }
                        <label for="embed-code" class="embed-code-label">{ strings.embed_code_label }</label>
                        <textarea id="embed-code" class="embed-code" readonly=true rows="6" aria-describedby="embed-code-hint" value={code} />
                        <p id="embed-code-hint" class="embed-code-hint">{ strings.embed_code_hint }</p>
                        <label for="embed-address" class="embed-code-label">{ strings.embed_address_label }</label>
                        <input id="embed-address" class="embed-code" type="text" readonly=true aria-describedby="embed-address-hint" value={address} />
                        <p id="embed-address-hint" class="embed-code-hint">{ strings.embed_address_hint }</p>
                    } else {
                        <p>{ strings.embed_needs_hosting }</p>
                    }
                    <div class="embed-actions">
                        if *hosted {
                            <button type="button" class="button primary" onclick={oncopy_code}>{ strings.copy_code }</button>
                            <button type="button" class="button" onclick={oncopy_address}>{ strings.copy_embed_address }</button>
                        }
                        <button type="button" class="button" onclick={onclose}>{ strings.close }</button>
                    </div>
                </section>
            }
        </div>
    }
}
