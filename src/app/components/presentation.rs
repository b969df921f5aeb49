//! Presentation mode: the current selection as full-window slides.
//!
//! Which slides there are and where a key leads come from `model::slides`; this file renders the
//! current slide, listens for keys and `fullscreenchange`, and moves focus in and out. The slide
//! number lives in the URL (`slide=3`); every move is a `SetSlide` sent through `onnavigate`.

use std::rc::Rc;

use web_sys::HtmlElement;
use yew::prelude::*;

use crate::app::shared::Shared;

use super::slide_bodies::{
    closing_slide, directives_slide, industry_slide, presentation_title, project_slide, title_slide,
};
use crate::app::fullscreen;
use crate::app::hooks::use_fullscreen_exit::use_fullscreen_exit;
use crate::app::hooks::use_modal::use_modal;
use crate::app::hooks::use_slide_keys::use_slide_keys;
use crate::app::hooks::use_strings::use_strings;
use crate::model::dataset::Dataset;
use crate::model::query::ProjectKey;
use crate::model::slides::{build_slides, clamp_slide, project_slide_number, Slide};
use crate::model::strings::fill;
use crate::model::view::View;

/// Starts presenting at slide 1 (unless already presenting), going fullscreen when allowed. Call
/// it from a click or key handler: fullscreen needs the user gesture.
pub fn start_presenting(presenting: bool, onnavigate: Callback<Option<usize>>) -> Callback<()> {
    Callback::from(move |_| {
        if !presenting {
            fullscreen::request();
            onnavigate.emit(Some(1));
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
    pub view: Rc<View>,
    /// The slide asked for (1-based, from the URL); out of range means the last one.
    pub slide: usize,
    /// `Some(n)` shows slide n, `None` ends the presentation.
    pub onnavigate: Callback<Option<usize>>,
    /// Where focus goes when the presentation ends (the Present button).
    pub return_focus: NodeRef,
}

#[function_component]
pub fn Presentation(props: &PresentationProps) -> Html {
    let strings = use_strings();
    let slides = use_memo((props.dataset.rc(), Rc::clone(&props.view)), |(dataset, view)| {
        build_slides(dataset, view)
    });
    let len = slides.len();
    let current = clamp_slide(props.slide, len);
    let dialog_ref = use_node_ref();

    // An out-of-range number in the URL becomes the last slide there too.
    {
        let onnavigate = props.onnavigate.clone();
        use_effect_with((props.slide, current), move |&(requested, current)| {
            if requested != current {
                onnavigate.emit(Some(current));
            }
        });
    }
    use_modal(&dialog_ref, &props.return_focus);
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
    use_slide_keys(current, len, &props.onnavigate);
    use_fullscreen_exit(&props.onnavigate);

    let navigate_to = |target: usize| {
        let onnavigate = props.onnavigate.clone();
        Callback::from(move |_: MouseEvent| {
            if target != current {
                onnavigate.emit(Some(target));
            }
        })
    };
    let onexit = props.onnavigate.reform(|_: MouseEvent| {
        fullscreen::exit();
        None
    });
    let onselect_project = {
        let slides = Rc::clone(&slides);
        let onnavigate = props.onnavigate.clone();
        Callback::from(move |key: ProjectKey| {
            if let Some(number) = project_slide_number(&slides, key) {
                onnavigate.emit(Some(number));
            }
        })
    };
    // The industry slide's chart shows that industry's projects only.
    let industry_projects = match slides.get(current - 1) {
        Some(Slide::Industry { projects, .. }) => Some(projects.clone()),
        _ => None,
    };
    let chart_view = use_memo((industry_projects, Rc::clone(&props.view)), |(projects, view)| {
        projects.as_ref().map(|projects| {
            Rc::new(View { projects: projects.clone(), selected: None, ..(**view).clone() })
        })
    });

    let dataset = &props.dataset;
    let label = fill(
        strings.presentation_label,
        &[("title", &presentation_title(strings, dataset, &props.view.briefings))],
    );
    let indicator =
        fill(strings.slide_of, &[("current", &current.to_string()), ("total", &len.to_string())]);
    let (kind, body) = match slides.get(current - 1) {
        Some(Slide::Title { briefings }) => {
            ("slide-title", title_slide(strings, dataset, briefings))
        }
        Some(Slide::Industry { industry_id, projects }) => (
            "slide-industry",
            industry_slide(
                strings,
                dataset,
                industry_id,
                projects,
                (*chart_view).clone(),
                &onselect_project,
            ),
        ),
        Some(Slide::Project(key)) => ("slide-project", project_slide(strings, dataset, *key)),
        Some(Slide::Directives { blocks, part, parts }) => {
            ("slide-directives", directives_slide(strings, dataset, blocks, *part, *parts))
        }
        Some(Slide::Closing) | None => {
            ("slide-closing", closing_slide(strings, dataset, &props.view))
        }
    };
    let at_first = current <= 1;
    let at_last = current >= len;

    html! {
        <div ref={dialog_ref} class="presentation" role="dialog" aria-modal="true" aria-label={label} tabindex="-1">
            <section
                key={current}
                class={classes!("slide", kind)}
                aria-roledescription="slide"
                aria-labelledby="slide-heading"
                data-slide={current.to_string()}
            >
                { body }
            </section>
            <nav class="slide-controls" aria-label={strings.presentation_controls}>
                <button
                    type="button"
                    class="slide-button slide-previous"
                    aria-label={strings.previous_slide}
                    aria-disabled={at_first.then_some("true")}
                    onclick={navigate_to(current.saturating_sub(1).max(1))}
                >
                    <span aria-hidden="true">{ "←" }</span>
                </button>
                <p class="slide-indicator" aria-live="polite" aria-atomic="true">{ indicator }</p>
                <button
                    type="button"
                    class="slide-button slide-next"
                    aria-label={strings.next_slide}
                    aria-disabled={at_last.then_some("true")}
                    onclick={navigate_to((current + 1).min(len))}
                >
                    <span aria-hidden="true">{ "→" }</span>
                </button>
                <button type="button" class="slide-button slide-exit" aria-label={strings.exit_presentation_label} aria-keyshortcuts="Escape" onclick={onexit}>
                    { strings.exit_presentation }
                </button>
            </nav>
        </div>
    }
}
