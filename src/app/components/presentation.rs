//! Presentation mode: the current selection as full-window slides.
//!
//! Which slides there are and where a key or swipe leads come from `model::slides`; this file
//! renders the current slide, listens for keys, swipes and `fullscreenchange`, and moves focus in
//! and out. The slide number lives in the URL (`slide=3`); every move is a `SetSlide` sent
//! through `onnavigate`, and announced to the presenter view (`presenter_view.rs`), if open.
//! The key help (`?`), here and in the presenter view, is [`KeyHelp`].

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::app::shared::Shared;

use super::around::around_html;
use super::slide_bodies::{use_shown_slide, ShownSlide, SlideHeadings};
use crate::app::fullscreen;
use crate::app::hooks::use_fullscreen_exit::use_fullscreen_exit;
use crate::app::hooks::use_is_fullscreen::use_is_fullscreen;
use crate::app::hooks::use_modal::use_modal;
use crate::app::hooks::use_slide_channel::{use_announced_moves, use_slide_channel, SlideWindow};
use crate::app::hooks::use_slide_fit::use_slide_fit;
use crate::app::hooks::use_slide_keys::{use_slide_keys, SlideKeys};
use crate::app::hooks::use_slides::use_slides;
use crate::app::hooks::use_strings::use_strings;
use crate::app::hooks::use_swipe::use_swipe;
use crate::model::dataset::Dataset;
use crate::model::dataset_index::DatasetIndex;
use crate::model::embed::without_hash;
use crate::model::language::Language;
use crate::model::presenter::{audience_step, AudienceStep, SlideEvent, SlideMessage};
use crate::model::slides::{key_help, swipe_target, Blank, KeysWindow, CONTROLS_IDLE_MS};
use crate::model::strings::{fill, fill_around, Around};
use crate::model::view::View;

/// Starts presenting at the slide `slide_to_start` gives (unless already presenting), going
/// fullscreen when allowed. Call it from a click or key handler: fullscreen needs the user
/// gesture.
pub fn start_presenting(
    presenting: bool,
    slide_to_start: impl Fn() -> usize + 'static,
    onnavigate: Callback<Option<usize>>,
) -> Callback<()> {
    Callback::from(move |_| {
        if !presenting {
            fullscreen::request();
            onnavigate.emit(Some(slide_to_start()));
        }
    })
}

#[derive(Properties, PartialEq)]
pub struct PresentButtonProps {
    /// Focus returns to this button when the presentation ends.
    pub button_ref: NodeRef,
    pub onpresent: Callback<()>,
}

/// The "Present" button.
#[function_component]
pub fn PresentButton(props: &PresentButtonProps) -> Html {
    let strings = use_strings();
    html! {
        <button
            ref={props.button_ref.clone()}
            type="button"
            class="button primary present-button"
            aria-keyshortcuts="p"
            title={strings.present_hint}
            onclick={props.onpresent.reform(|_: MouseEvent| ())}
        >
            <span class="present-icon" aria-hidden="true">{ "▶" }</span>
            { strings.present }
        </button>
    }
}

#[derive(Properties, PartialEq)]
pub struct PresentationProps {
    pub dataset: Shared<Dataset>,
    /// The dataset's index (`DatasetIndex`), built with it.
    pub index: Shared<DatasetIndex>,
    pub view: Rc<View>,
    /// The slide asked for (1-based, from the URL); out of range means the last one.
    pub slide: usize,
    /// `Some(n)` shows slide n, `None` ends the presentation.
    pub onnavigate: Callback<Option<usize>>,
    /// Where focus goes when the presentation ends (the Present button).
    pub return_focus: NodeRef,
    /// The address hash of the presenter view of this presentation.
    /// `None` where there is no presenter view to open: the editor's preview, whose page is
    /// not the explorer, and a file opened on the device, which no address shows
    /// (`presenter_unavailable` says which).
    pub presenter_hash: Option<AttrValue>,
    /// Why there is no presenter view, said over the slide when S asks for one (with a
    /// `presenter_hash`, never): a key that did nothing would leave the speaker guessing.
    #[prop_or_default]
    pub presenter_unavailable: Option<AttrValue>,
    /// The `BroadcastChannel` this presentation shares with its presenter view.
    pub channel: AttrValue,
    /// The deck the slides are (`deck_hash`), named in every message on the channel.
    pub deck: AttrValue,
    /// What the address asked for that the deck lacks ("There is no slide 999: …"), said over
    /// the slide it opened, which would otherwise hide the page's notice of it.
    #[prop_or_default]
    pub notice: Option<AttrValue>,
}

/// Opens (or brings back) the presenter view's window at `hash`.
fn open_presenter(hash: &str) {
    let window = gloo::utils::window();
    let address = window.location().href().unwrap_or_default();
    let url = format!("{}#{hash}", without_hash(&address));
    fullscreen::opening_window();
    // A named window: pressing S again reuses the open presenter view instead of adding one.
    let _ = window.open_with_url_and_target(&url, "briefing-explorer-presenter");
}

#[function_component]
pub fn Presentation(props: &PresentationProps) -> Html {
    let strings = use_strings();
    let (slides, current) = use_slides(&props.dataset, &props.view, props.slide);
    let len = slides.len();
    let dialog_ref = use_node_ref();

    // An out-of-range number in the URL becomes the last slide there too. This runs after every
    // render, not only when the numbers change: a Back or an edited address can bring the same
    // out-of-range number back before the correction was rendered, and that must be corrected
    // again. It settles at once, since the corrected number is in range.
    {
        let onnavigate = props.onnavigate.clone();
        let requested = props.slide;
        use_effect(move || {
            if requested != current {
                onnavigate.emit(Some(current));
            }
        });
    }
    use_modal(&dialog_ref, Some(&props.return_focus));
    // Focus stays in the dialog when the focused control disappears with its slide.
    {
        let dialog_ref = dialog_ref.clone();
        use_effect_with(current, move |_| {
            let focused = gloo::utils::document().active_element();
            let dialog = dialog_ref.cast::<HtmlElement>();
            if let Some(dialog) = dialog {
                if !focused.is_some_and(|focused| dialog.contains(Some(&focused))) {
                    let _ = dialog.focus();
                }
            }
        });
    }
    // The screen blanked to black or white (`b`, `w`, here or in the presenter view), as a
    // speaker does to turn the room's eyes to them; any key or a click brings the slide back.
    let blank = use_state(|| None::<Blank>);
    let onmessage = {
        let (deck, onnavigate, blank) =
            (props.deck.clone(), props.onnavigate.clone(), blank.clone());
        Callback::from(move |message: SlideMessage| match audience_step(&deck, &message) {
            Some(AudienceStep::Show(slide)) => onnavigate.emit(Some(slide)),
            Some(AudienceStep::Blank(colour)) => blank.set(colour),
            None => {}
        })
    };
    let announce =
        use_slide_channel(&props.channel, &props.deck, SlideWindow::Audience(current), &onmessage);
    let onnavigate = use_announced_moves(&announce, &props.onnavigate);
    // The presenter view shows whether this screen is blanked, however it was blanked or brought
    // back; said as the slides start too (after the channel's "started"), so that a presenter
    // view left showing an earlier blanked screen shows the slide again.
    {
        let announce = announce.clone();
        use_effect_with(*blank, move |colour| announce.emit(SlideEvent::Blanked(*colour)));
    }
    let onpresenter = {
        let hash = props.presenter_hash.clone();
        use_callback(hash, |_: (), hash| {
            if let Some(hash) = hash {
                open_presenter(hash);
            }
        })
    };
    let has_presenter = props.presenter_hash.is_some();
    let slide_ref = use_node_ref();
    let onblank = {
        let blank = blank.clone();
        use_callback((), move |colour: Option<Blank>, _| blank.set(colour))
    };
    // Slides shown without fullscreen (after a reload, from a link to a slide, after Back and
    // Forward) offer a way back into it, where the page may have it at all.
    let fullscreen_available = *use_state(fullscreen::available);
    let is_fullscreen = use_is_fullscreen();
    let onfullscreen = use_callback((), |_: (), _| fullscreen::request_from_the_slides());
    // Said until the next slide, so that the speaker can read it and it is not left over a
    // slide it does not concern.
    let unavailable_said = use_state_eq(|| false);
    {
        let unavailable_said = unavailable_said.clone();
        use_effect_with(current, move |_| unavailable_said.set(false));
    }
    let say_unavailable = {
        let unavailable_said = unavailable_said.clone();
        use_callback((), move |_: (), _| unavailable_said.set(true))
    };
    let unavailable = props.presenter_unavailable.clone().filter(|_| *unavailable_said);
    let (help_open, onhelp) = use_key_help();
    let onpresenter_key = if has_presenter {
        Some(onpresenter.clone())
    } else {
        props.presenter_unavailable.is_some().then(|| say_unavailable.clone())
    };
    let keys_window = KeysWindow::Audience {
        presenter: onpresenter_key.is_some(),
        fullscreen: fullscreen_available,
    };
    use_slide_keys(&SlideKeys {
        current,
        len,
        onnavigate: onnavigate.clone(),
        onpresenter: onpresenter_key,
        slide: Some(slide_ref.clone()),
        blank: Some((*blank, onblank.clone())),
        onfullscreen: fullscreen_available.then(|| onfullscreen.clone()),
        help_open,
        onhelp: onhelp.clone(),
    });
    use_slide_fit(&slide_ref, current, strings.language);
    // Esc in real fullscreen never reaches the page: the browser leaves fullscreen instead. With
    // the key help open, that Esc was pressed to close it, as Esc does without fullscreen; the
    // slides stay, in the window, with their Full screen control to go back.
    let onfullscreen_left = use_callback(
        (help_open, onhelp.clone(), props.onnavigate.clone()),
        |(), (help_open, onhelp, onnavigate)| {
            if *help_open {
                onhelp.emit(false);
            } else {
                onnavigate.emit(None);
            }
        },
    );
    use_fullscreen_exit(&onfullscreen_left);
    // However the slides end (Exit, Esc, Back, an edited address), fullscreen ends with them:
    // Back left the window fullscreen over the page, with no control to leave it.
    use_effect_with((), |_| fullscreen::exit);
    // A swipe over the key help leaves the slides where they are, as their keys do.
    let onswipe = {
        let onnavigate = onnavigate.clone();
        use_callback(
            (current, len, help_open),
            move |(dx, dy): (f64, f64), &(current, len, help_open)| {
                if let Some(target) = swipe_target(dx, dy, current, len).filter(|_| !help_open) {
                    onnavigate.emit(Some(target));
                }
            },
        )
    };
    use_swipe(&dialog_ref, &onswipe);
    let idle = use_pointer_idle();

    let navigate_to = |target: usize| {
        let onnavigate = onnavigate.clone();
        Callback::from(move |_: MouseEvent| {
            if target != current {
                onnavigate.emit(Some(target));
            }
        })
    };
    // A control clicked with the mouse hands focus back to the slides, so that the keys a
    // presenter then presses (Enter from a clicker) move the slides rather than press that
    // control again; a control pressed from the keyboard (a click of detail 0) keeps focus.
    let onpointer_click = {
        let dialog_ref = dialog_ref.clone();
        Callback::from(move |event: MouseEvent| {
            if event.detail() > 0 {
                if let Some(dialog) = dialog_ref.cast::<HtmlElement>() {
                    let _ = dialog.focus();
                }
            }
        })
    };
    let onexit = props.onnavigate.reform(|_: MouseEvent| None);
    let dataset = &props.dataset;
    let headings = SlideHeadings::heading_the_dialog("slide-heading");
    let label = strings.presentation_label;
    let shown =
        use_shown_slide(dataset, &props.index, &props.view, (&slides, current), label, headings);
    let ShownSlide { label, indicator, kind, body, .. } = shown;
    let at_first = current <= 1;
    let at_last = current >= len;
    let announcement = use_slide_announcement(&slide_ref, current, len);

    html! {
        <div
            ref={dialog_ref}
            class="presentation"
            role="dialog"
            aria-modal="true"
            aria-label={label}
            tabindex="-1"
            data-idle={idle.then_some("")}
        >
            if let Some(notice) = unavailable.or_else(|| props.notice.clone()) {
                <p class="slide-notice" role="status">{ notice }</p>
            }
            <section
                key={current}
                ref={slide_ref}
                class={classes!("slide", kind)}
                aria-roledescription="slide"
                aria-labelledby="slide-heading"
                data-slide={current.to_string()}
            >
                { body }
            </section>
            // Three groups, which wrap onto rows of their own where one row cannot hold them all
            // (`present.css`): the key help; previous, the slide number and next; and the
            // presenter view, fullscreen and Exit.
            <nav class="slide-controls" aria-label={strings.presentation_controls} onclick={onpointer_click}>
                <KeyHelpButton onhelp={onhelp.clone()} />
                <div class="slide-steps">
                    <button
                        type="button"
                        class="slide-button slide-previous"
                        aria-label={strings.previous_slide}
                        aria-disabled={at_first.then_some("true")}
                        onclick={navigate_to(current.saturating_sub(1).max(1))}
                    >
                        <span aria-hidden="true">{ "←" }</span>
                    </button>
                    <p class="slide-indicator">{ indicator }</p>
                    <button
                        type="button"
                        class="slide-button slide-next"
                        aria-label={strings.next_slide}
                        aria-disabled={at_last.then_some("true")}
                        onclick={navigate_to((current + 1).min(len))}
                    >
                        <span aria-hidden="true">{ "→" }</span>
                    </button>
                </div>
                <div class="slide-actions">
                    if has_presenter {
                        { shortcut_button("slide-presenter", "s", strings.presenter_view_hint, strings.presenter_view, &onpresenter) }
                    }
                    if fullscreen_available && !is_fullscreen {
                        { shortcut_button("slide-fullscreen", "f", strings.fullscreen_hint, strings.fullscreen, &onfullscreen) }
                    }
                    <button type="button" class="slide-button slide-exit" aria-label={strings.exit_presentation_label} aria-keyshortcuts="Escape" onclick={onexit}>
                        { strings.exit_presentation }
                    </button>
                </div>
            </nav>
            <p class="visually-hidden" role="status">{ around_html(&announcement.0, announcement.1) }</p>
            <p class="visually-hidden" aria-live="polite">{ blank.map(|_| strings.slides_blanked) }</p>
            if help_open {
                <KeyHelp window={keys_window} onclose={onhelp.reform(|()| false)} />
            }
            if let Some(colour) = *blank {
                <div
                    class={classes!("slide-blank", (colour == Blank::White).then_some("slide-blank-white"))}
                    aria-hidden="true"
                    onclick={onblank.reform(|_: MouseEvent| None)}
                />
            }
        </div>
    }
}

/// A control bar button that has a key of its own, named by `label` and hinted at by `hint`
/// (which names the key).
fn shortcut_button(
    class: &'static str,
    key: &'static str,
    hint: &'static str,
    label: &'static str,
    onpress: &Callback<()>,
) -> Html {
    html! {
        <button
            type="button"
            class={classes!("slide-button", class)}
            aria-keyshortcuts={key}
            title={hint}
            onclick={onpress.reform(|_: MouseEvent| ())}
        >
            { label }
        </button>
    }
}

/// What a screen reader is told at each move to the slide `current` of `len`: its number and its
/// heading as the page shows it ("Slide 3 of 9: BYD drive motors"), with the heading's `lang`,
/// so that a heading in the data's words is spoken in their language. The number alone said
/// nothing of where the slides now are, to the audience's screen reader or to a presenter not
/// looking at the screen. Read from the heading (`.slide-heading`) in `slide` once the slide is
/// on the page.
#[hook]
pub fn use_slide_announcement(
    slide: &NodeRef,
    current: usize,
    len: usize,
) -> (Around, Option<String>) {
    let language = use_strings().language;
    let announcement = use_state_eq(|| (Around::default(), None::<String>));
    {
        let announcement = announcement.clone();
        let slide = slide.clone();
        use_effect_with((current, len, language), move |&(current, len, language)| {
            announcement.set(slide_announcement(&slide, (current, len), language));
        });
    }
    (*announcement).clone()
}

/// The announcement of the slide `current` of `len`, shown in `slide`
/// ([`use_slide_announcement`]): its number, and its heading where it has one.
fn slide_announcement(
    slide: &NodeRef,
    (current, len): (usize, usize),
    language: Language,
) -> (Around, Option<String>) {
    let strings = language.strings();
    let indicator =
        fill(strings.slide_of, &[("current", &current.to_string()), ("total", &len.to_string())]);
    let heading = slide
        .cast::<HtmlElement>()
        .and_then(|slide| slide.query_selector(".slide-heading").ok().flatten());
    let lang = heading.as_ref().and_then(|heading| heading.get_attribute("lang"));
    let text = heading
        .and_then(|heading| heading.text_content())
        .map(|text| text.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|text| !text.is_empty());
    match text {
        Some(text) => (
            fill_around(
                strings.slide_announced,
                "heading",
                &text,
                &[("slide", indicator.as_str())],
            ),
            lang,
        ),
        None => (Around { before: indicator, ..Around::default() }, None),
    }
}

/// Whether the key help is open, and the callback that opens (`true`) or closes it.
#[hook]
pub fn use_key_help() -> (bool, Callback<bool>) {
    let open = use_state_eq(|| false);
    let onhelp = {
        let open = open.clone();
        use_callback((), move |value: bool, _| open.set(value))
    };
    (*open, onhelp)
}

/// Whether the pointer has been still for [`CONTROLS_IDLE_MS`], counted from the slides'
/// start and from its last move or press (a finger's tap is a press without a move), so that
/// their controls can fade (`data-idle`, `style/present.css`). Keys do not count: a presenter
/// moving on with a clicker wants the slide alone on the screen.
#[hook]
fn use_pointer_idle() -> bool {
    let idle = use_state_eq(|| false);
    {
        let idle = idle.clone();
        use_effect_with((), move |_| {
            let timer = Rc::new(RefCell::new(None::<Timeout>));
            let restart = {
                let timer = Rc::clone(&timer);
                move || {
                    idle.set(false);
                    let idle = idle.clone();
                    *timer.borrow_mut() =
                        Some(Timeout::new(CONTROLS_IDLE_MS, move || idle.set(true)));
                }
            };
            restart();
            let window = gloo::utils::window();
            let listeners: Vec<EventListener> = ["pointermove", "pointerdown"]
                .into_iter()
                .map(|name| {
                    let restart = restart.clone();
                    EventListener::new(&window, name, move |_| restart())
                })
                .collect();
            move || drop((listeners, timer))
        });
    }
    *idle
}

#[derive(Properties, PartialEq)]
pub struct KeyHelpButtonProps {
    /// Opens the key help.
    pub onhelp: Callback<bool>,
}

/// The small "? Keys" button that says the key help is there, and opens it; hidden on a touch
/// screen, which has no keys (`.key-hint`, main.css).
#[function_component]
pub fn KeyHelpButton(props: &KeyHelpButtonProps) -> Html {
    let strings = use_strings();
    html! {
        <button
            type="button"
            class="slide-button slide-keys key-hint"
            aria-keyshortcuts="?"
            aria-haspopup="dialog"
            title={strings.key_help_open_hint}
            onclick={props.onhelp.reform(|_: MouseEvent| true)}
        >
            <kbd>{ "?" }</kbd>{ " " }{ strings.key_help_open }
        </button>
    }
}

#[derive(Properties, PartialEq)]
pub struct KeyHelpProps {
    /// Whose keys to list: the audience's slides' or the presenter view's.
    pub window: KeysWindow,
    pub onclose: Callback<()>,
}

/// The key help: every key the window's slides answer (`key_help`), in a dialog over them,
/// opened and closed by `?` and closed by Esc too (`use_slide_keys`), by its Close button or by
/// a click beside it. It belongs to the window it was asked for in: nothing of it goes over the
/// channel, so that the presenter's look at the keys is never shown to the room.
#[function_component]
pub fn KeyHelp(props: &KeyHelpProps) -> Html {
    let strings = use_strings();
    let dialog_ref = use_node_ref();
    use_modal(&dialog_ref, None);
    // A click beside the list, not in it. (Yew listens for clicks at the app's root, so the
    // event's `currentTarget` is that root, not the scrim.)
    let scrim_ref = use_node_ref();
    let onscrim = {
        let (onclose, scrim_ref) = (props.onclose.clone(), scrim_ref.clone());
        Callback::from(move |event: MouseEvent| {
            let target = event.target().and_then(|target| target.dyn_into::<Element>().ok());
            if target.is_some() && target == scrim_ref.cast::<Element>() {
                onclose.emit(());
            }
        })
    };
    html! {
        <div ref={scrim_ref} class="key-help-scrim" onclick={onscrim}>
            <div
                ref={dialog_ref}
                class="key-help"
                role="dialog"
                aria-modal="true"
                aria-labelledby="key-help-heading"
                tabindex="-1"
            >
                <h2 id="key-help-heading" class="key-help-heading">{ strings.key_help_heading }</h2>
                <dl class="key-help-list">
                    { for key_help(strings, props.window).into_iter().map(|row| html! {
                        <div class="key-help-row">
                            <dt>{ for row.keys.into_iter().map(|key| html! { <kbd>{ key }</kbd> }) }</dt>
                            <dd>{ row.does }</dd>
                        </div>
                    }) }
                </dl>
                <div class="key-help-foot">
                    <p>{ strings.key_help_close_hint }</p>
                    <button
                        type="button"
                        class="slide-button"
                        aria-keyshortcuts="? Escape"
                        onclick={props.onclose.reform(|_: MouseEvent| ())}
                    >
                        { strings.close }
                    </button>
                </div>
            </div>
        </div>
    }
}
