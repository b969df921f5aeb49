//! The presenter view (`#…&presenter`), as reveal.js has it: in a second window, the current
//! slide, the next one, the current project's notes, the source sentences behind what the
//! current slide shows, and a clock. It moves
//! with the audience's window and moves it in turn, and its `b`, `.` and `w` blank the audience's
//! screen (`use_slide_channel`); its `?` lists its keys, in its own window only (`KeyHelp`).
//! Printed, it is the speaker's page for the current slide (the slide, its notes and sentences;
//! present.css).

use std::rc::Rc;

use gloo::timers::callback::Interval;
use yew::prelude::*;

use super::around::{around_html, pieces_html};
use super::presentation::{use_key_help, use_slide_announcement, KeyHelp, KeyHelpButton};
use super::slide_bodies::{
    slide_content, use_shown_slide, use_title_backings, ShownSlide, SlideHeadings,
};
use super::source_view::source_runs;
use crate::app::hooks::use_modal::use_modal;
use crate::app::hooks::use_slide_channel::{use_announced_moves, use_slide_channel, SlideWindow};
use crate::app::hooks::use_slide_keys::{use_slide_keys, SlideKeys};
use crate::app::hooks::use_slides::use_slides;
use crate::app::hooks::use_strings::use_strings;
use crate::app::shared::Shared;
use crate::model::dataset::{Briefing, Dataset, Project};
use crate::model::dataset_index::DatasetIndex;
use crate::model::presenter::{
    audience_blanked_status, elapsed_text, presenter_step, slide_sources, PresenterStep,
    SlideEvent, SlideMessage,
};
use crate::model::slides::{Blank, IndustryCharts, KeysWindow, Slide};
use crate::model::source::{annotate_quote, FactBackings};
use crate::model::strings::Strings;
use crate::model::view::View;

#[derive(Properties, PartialEq)]
pub struct PresenterViewProps {
    pub dataset: Shared<Dataset>,
    /// The dataset's index (`DatasetIndex`), built with it.
    pub index: Shared<DatasetIndex>,
    pub view: Rc<View>,
    /// The slide the address names (1-based); out of range means the last one.
    pub slide: usize,
    /// Shows slide n. The presenter view never ends the presentation, so it sends no `None`.
    pub onnavigate: Callback<Option<usize>>,
    /// The `BroadcastChannel` shared with the audience's window.
    pub channel: AttrValue,
    /// The deck shown (`deck_hash`), named in every message on the channel.
    pub deck: AttrValue,
    /// Shows another deck (a `deck_hash`) at a slide: the one the audience started.
    pub onfollow: Callback<(String, usize)>,
}

#[function_component]
pub fn PresenterView(props: &PresenterViewProps) -> Html {
    let strings = use_strings();
    let (slides, current) = use_slides(&props.dataset, &props.view, props.slide);
    let len = slides.len();
    // Alone on its page: the view takes focus and the page behind it neither scrolls nor
    // takes focus, as with the slides themselves.
    let container_ref = use_node_ref();
    use_modal(&container_ref, None);
    // Whether the audience's window has left the slides, so that the presenter's moves show
    // nothing there: said on the page, not left for the presenter to find out in front of the room.
    let audience_left = use_state(|| false);
    // The audience's screen as its window last said (blanked to a colour, or showing its slide),
    // shown here and read by the keys: while it is blanked any key brings the slide back, as in
    // the audience's window.
    let audience_blank = use_state(|| None::<Blank>);
    let onmessage = {
        let (deck, audience_left) = (props.deck.clone(), audience_left.clone());
        let audience_blank = audience_blank.clone();
        let (onnavigate, onfollow) = (props.onnavigate.clone(), props.onfollow.clone());
        Callback::from(move |message: SlideMessage| match presenter_step(&deck, &message) {
            PresenterStep::Show(slide) => {
                audience_left.set(false);
                onnavigate.emit(Some(slide));
            }
            PresenterStep::Follow { deck, slide } => {
                audience_left.set(false);
                audience_blank.set(None);
                onfollow.emit((deck, slide));
            }
            PresenterStep::AudienceLeft => {
                audience_left.set(true);
                audience_blank.set(None);
            }
            PresenterStep::AudienceBlanked(colour) => audience_blank.set(colour),
            PresenterStep::Ignore => {}
        })
    };
    let announce =
        use_slide_channel(&props.channel, &props.deck, SlideWindow::Presenter, &onmessage);
    let onnavigate = use_announced_moves(&announce, &props.onnavigate);
    // Asks the audience's window to blank its screen or show the slide again. A blanked screen
    // is shown here once that window says it is blanked; the slide shown again is taken as done
    // at once, so that an audience's window closed while blanked, which can no longer answer,
    // never leaves every key here asking for the slide back.
    let onblank = {
        let audience_blank = audience_blank.clone();
        use_callback(announce.clone(), move |colour: Option<Blank>, announce| {
            if colour.is_none() {
                audience_blank.set(None);
            }
            announce.emit(SlideEvent::Blank(colour));
        })
    };
    let (help_open, onhelp) = use_key_help();
    use_slide_keys(&SlideKeys {
        current,
        len,
        onnavigate: onnavigate.clone(),
        onpresenter: None,
        slide: None,
        blank: Some((*audience_blank, onblank)),
        onfullscreen: None,
        help_open,
        onhelp: onhelp.clone(),
    });
    let dataset = &props.dataset;
    let headings = SlideHeadings::under_a_heading("presenter-current-heading");
    let label = strings.presenter_label;
    let shown =
        use_shown_slide(dataset, &props.index, &props.view, (&slides, current), label, headings);
    let ShownSlide { label, indicator, kind, body, charts, backings } = shown;
    let next_slide = slides.get(current);
    let next_backings = use_title_backings(dataset, next_slide);
    let next = next_slide.map(|slide| {
        let headings = SlideHeadings::under_a_heading("presenter-next-heading");
        let backings = (*next_backings).as_ref();
        slide_content(strings, dataset, &props.index, &props.view, Some(slide), headings, backings)
    });
    // What the speaker reads, beside the slides: the project's notes first, where the slide has
    // any, then the sentences; on a slide without notes the sentences come first and the line
    // saying there are none last, so that what is said out loud is the first thing in the pane.
    // Keyed, so that the two change places rather than each taking the other's content.
    let shown_slide = slides.get(current - 1);
    let notes = html! {
        <section key="notes" class="presenter-notes" aria-labelledby="presenter-notes-label">
            <h2 id="presenter-notes-label" class="presenter-label">{ strings.presenter_notes }</h2>
            { speaker_notes(strings, dataset, shown_slide) }
        </section>
    };
    let sources = html! {
        // Focusable: on a laptop the sentences scroll in their own box, by keys too.
        <section key="sources" class="presenter-sources" aria-labelledby="presenter-sources-label" tabindex="0">
            <h2 id="presenter-sources-label" class="presenter-label">{ strings.presenter_sources }</h2>
            <SourceSentences dataset={dataset.clone()} index={props.index.clone()} view={props.view.clone()} slide={shown_slide.cloned()} charts={charts.map(Rc::new)} {backings} />
        </section>
    };
    let pane = if has_notes(dataset, shown_slide) { [notes, sources] } else { [sources, notes] };
    // Said at each move as the audience's window says it, with the slide's heading: the
    // presenter may be looking at the room, not at this screen.
    let current_slide_ref = use_node_ref();
    let announcement = use_slide_announcement(&current_slide_ref, current, len);
    let navigate_to = |target: usize| {
        let onnavigate = onnavigate.clone();
        Callback::from(move |_: MouseEvent| {
            if target != current {
                onnavigate.emit(Some(target));
            }
        })
    };

    html! {
        <div ref={container_ref} class="presentation presenter" role="region" aria-label={label} tabindex="-1">
            // Not a <header>: inside the view's region it would be read as the page's banner.
            <div class="presenter-bar">
                <h1 class="presenter-title">{ strings.presenter_view }</h1>
                <PresenterClock />
                if *audience_left {
                    <p class="presenter-out-of-step" role="status">{ strings.presenter_audience_left }</p>
                }
                if let Some(colour) = *audience_blank {
                    <p class="presenter-blanked" role="status">{ audience_blanked_status(strings, colour) }</p>
                }
                <nav class="presenter-controls" aria-label={strings.presentation_controls}>
                    <button
                        type="button"
                        class="slide-button"
                        aria-label={strings.previous_slide}
                        aria-disabled={(current <= 1).then_some("true")}
                        onclick={navigate_to(current.saturating_sub(1).max(1))}
                    >
                        <span aria-hidden="true">{ "←" }</span>
                    </button>
                    <p class="slide-indicator">{ indicator }</p>
                    <button
                        type="button"
                        class="slide-button"
                        aria-label={strings.next_slide}
                        aria-disabled={(current >= len).then_some("true")}
                        onclick={navigate_to((current + 1).min(len))}
                    >
                        <span aria-hidden="true">{ "→" }</span>
                    </button>
                    <KeyHelpButton onhelp={onhelp.clone()} />
                </nav>
            </div>
            <section class="presenter-current" aria-labelledby="presenter-current-label">
                <h2 id="presenter-current-label" class="presenter-label">{ strings.presenter_current }</h2>
                <section key={current} ref={current_slide_ref} class={classes!("slide", kind)} aria-roledescription="slide" aria-labelledby="presenter-current-heading" data-slide={current.to_string()}>
                    { body }
                </section>
            </section>
            <section class="presenter-next" aria-labelledby="presenter-next-label">
                <h2 id="presenter-next-label" class="presenter-label">{ strings.presenter_next }</h2>
                if let Some((kind, body)) = next {
                    <section class={classes!("slide", kind)} aria-roledescription="slide" aria-labelledby="presenter-next-heading" data-slide={(current + 1).to_string()}>
                        { body }
                    </section>
                } else {
                    <p class="slide-muted">{ strings.presenter_no_next }</p>
                }
            </section>
            <div class="presenter-pane">
                { for pane }
            </div>
            <p class="visually-hidden" role="status">{ around_html(&announcement.0, announcement.1) }</p>
            if help_open {
                <KeyHelp window={KeysWindow::Presenter} onclose={onhelp.reform(|()| false)} />
            }
        </div>
    }
}

/// The time since the presenter view opened, its own component: it changes every second, and
/// only it is drawn again then, not the slides, the notes and the sentences beside them (whose
/// sentences are found in a source that may be 20 MB).
#[function_component]
fn PresenterClock() -> Html {
    let strings = use_strings();
    let elapsed = use_state(|| 0u64);
    {
        let elapsed = elapsed.clone();
        use_effect_with((), move |_| {
            let started = js_sys::Date::now();
            let interval = Interval::new(1000, move || {
                elapsed.set(((js_sys::Date::now() - started) / 1000.0).max(0.0) as u64);
            });
            move || drop(interval)
        });
    }
    html! {
        <p class="presenter-clock">
            <span class="slide-muted">{ strings.presenter_elapsed }</span>
            <time class="presenter-time">{ elapsed_text(*elapsed) }</time>
        </p>
    }
}

/// The project a slide presents, with its briefing.
fn slide_project<'d>(
    dataset: &'d Dataset,
    slide: Option<&Slide>,
) -> Option<(&'d Briefing, &'d Project)> {
    match slide {
        Some(Slide::Project(key)) => dataset.project_at(*key),
        _ => None,
    }
}

/// Whether `slide` is a project's with notes.
fn has_notes(dataset: &Dataset, slide: Option<&Slide>) -> bool {
    slide_project(dataset, slide).is_some_and(|(_, project)| !project.notes.is_empty())
}

/// What the speaker reads beside a project's slide: the project's notes.
fn speaker_notes(strings: &Strings, dataset: &Dataset, slide: Option<&Slide>) -> Html {
    match slide_project(dataset, slide) {
        Some((_, project)) if !project.notes.is_empty() => html! {
            <ul class="slide-list">
                { for project.notes.iter().map(|note| html! { <li>{ note.text.clone() }</li> }) }
            </ul>
        },
        _ => html! { <p class="slide-muted">{ strings.presenter_no_notes }</p> },
    }
}

#[derive(Properties, PartialEq)]
struct SourceSentencesProps {
    dataset: Shared<Dataset>,
    index: Shared<DatasetIndex>,
    view: Rc<View>,
    slide: Option<Slide>,
    /// An industry slide's charts, as its body drew them.
    charts: Option<Rc<IndustryCharts>>,
    /// What backs the facts a title slide lists, as its body found them.
    backings: Rc<Option<FactBackings>>,
}

/// The source's sentences behind what the slide shows ([`slide_sources`]), each with the
/// glossary's readings and in its briefing's language: under the name of the project, directive
/// or briefing it backs where the slide shows several, and with what the source leaves unstated,
/// each name it gives in the data's language. A component of its own, drawn again only when the
/// slide (or its data) changes, not at every render of the presenter view: finding the
/// sentences reads the whole source, which may be 15 MB.
#[function_component]
fn SourceSentences(props: &SourceSentencesProps) -> Html {
    let strings = use_strings();
    let (dataset, index, view) = (&props.dataset, &props.index, &props.view);
    let charts = props.charts.as_deref();
    let (slide, backings) = (props.slide.as_ref(), (*props.backings).as_ref());
    let sources = slide
        .map(|slide| slide_sources(dataset, index, view, slide, charts, backings, strings))
        .unwrap_or_default();
    html! {
        { for sources.into_iter().map(|source| {
            let briefing = source.briefing;
            // The data's words in the data's language, the interface's in the page's.
            let langs = source.data_langs(strings.language);
            html! {
                <>
                    if let Some(label) = source.label {
                        <h3 class="presenter-source-label">{ pieces_html(&label, &langs) }</h3>
                    }
                    { for source.sentences.into_iter().map(|quote| html! {
                        <blockquote class="presenter-quote" lang={briefing.source.language.clone()}>
                            { source_runs(briefing, &annotate_quote(briefing, quote)) }
                        </blockquote>
                    }) }
                    if let Some(unstated) = source.unstated {
                        <p class="slide-muted presenter-unstated">{ pieces_html(&unstated, &langs) }</p>
                    }
                </>
            }
        }) }
    }
}
