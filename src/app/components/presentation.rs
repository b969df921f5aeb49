//! Presentation mode: the current selection as full-window slides.
//!
//! Which slides there are and where a key leads come from `model::slides`; this file renders the
//! current slide, listens for keys and `fullscreenchange`, and moves focus in and out. The slide
//! number lives in the URL (`slide=3`); every move is a `SetSlide` sent through `onnavigate`.

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

use crate::app::shared::Shared;

use super::charts::Charts;
use crate::app::fullscreen;
use crate::model::colour::industry_color;
use crate::model::dataset::{Briefing, Dataset, Project};
use crate::model::format::{format_capacity, format_date};
use crate::model::query::{ProjectKey, View};
use crate::model::slides::{
    build_slides, clamp_slide, navigate, project_slide_number, project_slide_quote, Navigation,
    Slide, ThemeBlock,
};
use crate::model::strings::{fill, EN};

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
    html! {
        <button
            ref={props.button_ref.clone()}
            type="button"
            class="button primary present-button"
            aria-keyshortcuts="p"
            title={EN.present_hint}
            onclick={props.onpresent.reform(|_: MouseEvent| ())}
        >
            <span class="present-icon" aria-hidden="true">{ "▶" }</span>
            { EN.present }
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

    let go = |target: usize| {
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
        EN.presentation_label,
        &[("title", &presentation_title(dataset, &props.view.briefings))],
    );
    let indicator =
        fill(EN.slide_of, &[("current", &current.to_string()), ("total", &len.to_string())]);
    let (kind, body) = match slides.get(current - 1) {
        Some(Slide::Title { briefings }) => ("slide-title", title_slide(dataset, briefings)),
        Some(Slide::Industry { industry_id, projects }) => (
            "slide-industry",
            industry_slide(
                dataset,
                industry_id,
                projects,
                (*chart_view).clone(),
                &onselect_project,
            ),
        ),
        Some(Slide::Project(key)) => ("slide-project", project_slide(dataset, *key)),
        Some(Slide::Directives { blocks, part, parts }) => {
            ("slide-directives", directives_slide(dataset, blocks, *part, *parts))
        }
        Some(Slide::Closing) | None => ("slide-closing", closing_slide(dataset, &props.view)),
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
            <nav class="slide-controls" aria-label={EN.presentation_controls}>
                <button
                    type="button"
                    class="slide-button slide-previous"
                    aria-label={EN.previous_slide}
                    aria-disabled={at_first.then_some("true")}
                    onclick={go(current.saturating_sub(1).max(1))}
                >
                    <span aria-hidden="true">{ "←" }</span>
                </button>
                <p class="slide-indicator" aria-live="polite" aria-atomic="true">{ indicator }</p>
                <button
                    type="button"
                    class="slide-button slide-next"
                    aria-label={EN.next_slide}
                    aria-disabled={at_last.then_some("true")}
                    onclick={go((current + 1).min(len))}
                >
                    <span aria-hidden="true">{ "→" }</span>
                </button>
                <button type="button" class="slide-button slide-exit" aria-label={EN.exit_presentation_label} aria-keyshortcuts="Escape" onclick={onexit}>
                    { EN.exit_presentation }
                </button>
            </nav>
        </div>
    }
}

/// While mounted: focus is in the dialog, everything else on the page is inert and does not
/// scroll. On unmount all of that is undone and focus returns to `return_focus`.
#[hook]
fn use_modal(dialog_ref: &NodeRef, return_focus: &NodeRef) {
    let dialog_ref = dialog_ref.clone();
    let return_focus = return_focus.clone();
    use_effect_with((), move |_| {
        let made_inert = dialog_ref
            .cast::<Element>()
            .map(|dialog| make_others_inert(&dialog))
            .unwrap_or_default();
        let root = gloo::utils::document().document_element();
        if let Some(root) = &root {
            let _ = root.set_attribute("data-presenting", "");
        }
        if let Some(dialog) = dialog_ref.cast::<HtmlElement>() {
            let _ = dialog.focus();
        }
        move || {
            for element in made_inert {
                let _ = element.remove_attribute("inert");
            }
            if let Some(root) = root {
                let _ = root.remove_attribute("data-presenting");
            }
            if let Some(button) = return_focus.cast::<HtmlElement>() {
                let _ = button.focus();
            }
        }
    });
}

/// Sets `inert` on every sibling of the dialog and of each of its ancestors up to `<body>`, and
/// returns the elements it changed (those already inert are left alone).
fn make_others_inert(dialog: &Element) -> Vec<Element> {
    let mut changed = Vec::new();
    let mut node = dialog.clone();
    while let Some(parent) = node.parent_element() {
        let children = parent.children();
        for index in 0..children.length() {
            let Some(child) = children.item(index) else { continue };
            if child != node
                && !child.has_attribute("inert")
                && !matches!(child.tag_name().as_str(), "SCRIPT" | "STYLE" | "LINK")
            {
                let _ = child.set_attribute("inert", "");
                changed.push(child);
            }
        }
        if parent.tag_name() == "BODY" {
            break;
        }
        node = parent;
    }
    changed
}

/// Slide keys anywhere on the page, handled before the page's own shortcuts (`p`, `/`) see them.
#[hook]
fn use_slide_keys(current: usize, len: usize, onnavigate: &Callback<Option<usize>>) {
    use_effect_with((current, len, onnavigate.clone()), |(current, len, onnavigate)| {
        let (current, len, onnavigate) = (*current, *len, onnavigate.clone());
        let options = EventListenerOptions { phase: EventListenerPhase::Capture, passive: false };
        let listener = EventListener::new_with_options(
            &gloo::utils::window(),
            "keydown",
            options,
            move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else { return };
                if event.ctrl_key() || event.meta_key() || event.alt_key() {
                    return;
                }
                let key = event.key();
                if activates_focused_control(event, &key) {
                    return;
                }
                match navigate(&key, event.shift_key(), current, len) {
                    Some(Navigation::Go(target)) => {
                        event.prevent_default();
                        event.stop_propagation();
                        if target != current {
                            onnavigate.emit(Some(target));
                        }
                    }
                    Some(Navigation::Exit) => {
                        event.prevent_default();
                        event.stop_propagation();
                        fullscreen::exit();
                        onnavigate.emit(None);
                    }
                    // The page's shortcuts do not apply while presenting.
                    None if matches!(key.as_str(), "p" | "P" | "/") => event.stop_propagation(),
                    None => {}
                }
            },
        );
        move || drop(listener)
    });
}

/// Whether the key presses a focused button (Space or Enter), which then does its own thing.
fn activates_focused_control(event: &KeyboardEvent, key: &str) -> bool {
    if !matches!(key, " " | "Spacebar" | "Enter") {
        return false;
    }
    let target = event.target().and_then(|target| target.dyn_into::<Element>().ok());
    target.is_some_and(|target| {
        matches!(target.tag_name().as_str(), "BUTTON" | "A" | "INPUT" | "SELECT" | "TEXTAREA")
    })
}

/// Leaving fullscreen through the browser (Esc in real fullscreen never reaches the page) ends
/// the presentation too.
#[hook]
fn use_fullscreen_exit(onnavigate: &Callback<Option<usize>>) {
    use_effect_with(onnavigate.clone(), |onnavigate| {
        let document = gloo::utils::document();
        let listeners: Vec<EventListener> = fullscreen::CHANGE_EVENTS
            .iter()
            .map(|&name| {
                let onnavigate = onnavigate.clone();
                EventListener::new(&document, name, move |_| {
                    if !fullscreen::is_active() {
                        onnavigate.emit(None);
                    }
                })
            })
            .collect();
        move || drop(listeners)
    });
}

/// The title the dialog is named after: the briefing's, or the collection's for several.
fn presentation_title(dataset: &Dataset, briefings: &[usize]) -> String {
    match briefings {
        [only] => {
            dataset.briefings.get(*only).map(|briefing| briefing.title.clone()).unwrap_or_default()
        }
        _ => dataset.title.clone().unwrap_or_else(|| EN.app_name.to_string()),
    }
}

fn officials_text(briefing: &Briefing) -> String {
    briefing
        .officials
        .iter()
        .map(|official| format!("{}, {}", official.name, official.role))
        .collect::<Vec<_>>()
        .join("; ")
}

fn title_slide(dataset: &Dataset, briefings: &[usize]) -> Html {
    let shown: Vec<&Briefing> =
        briefings.iter().filter_map(|&index| dataset.briefings.get(index)).collect();
    if let [briefing] = shown.as_slice() {
        return html! {
            <div class="slide-body">
                <h2 id="slide-heading" class="slide-heading slide-heading-title">{ briefing.title.clone() }</h2>
                <dl class="slide-facts">
                    <div><dt>{ EN.date }</dt><dd>{ format_date(&briefing.date, &EN) }</dd></div>
                    <div><dt>{ EN.place }</dt><dd>{ briefing.place.clone() }</dd></div>
                    if !briefing.officials.is_empty() {
                        <div><dt>{ EN.officials }</dt><dd>{ officials_text(briefing) }</dd></div>
                    }
                </dl>
            </div>
        };
    }
    html! {
        <div class="slide-body">
            <h2 id="slide-heading" class="slide-heading slide-heading-title">{ presentation_title(dataset, briefings) }</h2>
            <ul class="slide-list">
                { for shown.iter().map(|briefing| html! {
                    <li>
                        <strong>{ briefing.title.clone() }</strong>
                        <span class="slide-muted">{ format!(" — {}, {}", format_date(&briefing.date, &EN), briefing.place) }</span>
                    </li>
                }) }
            </ul>
        </div>
    }
}

fn industry_label(dataset: &Dataset, industry_id: &str) -> String {
    dataset
        .industry(industry_id)
        .map(|industry| industry.label.clone())
        .unwrap_or_else(|| industry_id.to_string())
}

fn capacity_text(project: &Project) -> String {
    project
        .capacity
        .as_ref()
        .map(format_capacity)
        .unwrap_or_else(|| EN.slide_capacity_not_stated.to_string())
}

fn industry_slide(
    dataset: &Shared<Dataset>,
    industry_id: &str,
    projects: &[ProjectKey],
    chart_view: Option<Rc<View>>,
    onselect: &Callback<ProjectKey>,
) -> Html {
    let count = projects.len().to_string();
    let count_text = fill(
        if projects.len() == 1 { EN.project_count_one } else { EN.project_count_many },
        &[("count", &count)],
    );
    let any_capacity = projects
        .iter()
        .filter_map(|&key| dataset.project_at(key))
        .any(|(_, project)| project.capacity.is_some());
    html! {
        <div class="slide-body">
            <p class="slide-kicker">
                <span class="slide-swatch" style={format!("background-color: {}", industry_color(dataset, industry_id))} aria-hidden="true"></span>
                { EN.industry }
            </p>
            <h2 id="slide-heading" class="slide-heading">{ industry_label(dataset, industry_id) }</h2>
            <p class="slide-lede">{ count_text }</p>
            <div class={classes!("slide-columns", (!any_capacity).then_some("slide-columns-single"))}>
                <ul class="slide-figures">
                    { for projects.iter().filter_map(|&key| dataset.project_at(key)).map(|(_, project)| html! {
                        <li class={classes!(project.capacity.is_none().then_some("slide-not-stated"))}>
                            <span class="slide-figure-name">{ project.short_name.clone() }</span>
                            <span class="slide-figure-value">{ capacity_text(project) }</span>
                        </li>
                    }) }
                </ul>
                if let (true, Some(view)) = (any_capacity, chart_view) {
                    <div class="slide-chart">
                        <Charts dataset={dataset.clone()} view={view} onselect={onselect.clone()} />
                    </div>
                }
            </div>
        </div>
    }
}

fn project_slide(dataset: &Dataset, key: ProjectKey) -> Html {
    let Some((briefing, project)) = dataset.project_at(key) else { return Html::default() };
    let status = project.status.as_ref().map(|status| {
        dataset
            .status(&status.id)
            .map(|known| known.label.clone())
            .unwrap_or_else(|| status.id.clone())
    });
    let mut kicker = vec![industry_label(dataset, &project.industry), project.enterprise.clone()];
    kicker.extend(status);
    html! {
        <div class="slide-body">
            <p class="slide-kicker">
                <span class="slide-swatch" style={format!("background-color: {}", industry_color(dataset, &project.industry))} aria-hidden="true"></span>
                { kicker.join(" · ") }
            </p>
            <h2 id="slide-heading" class="slide-heading">{ project.short_name.clone() }</h2>
            <p class={classes!("slide-figure", project.capacity.is_none().then_some("slide-not-stated"))}>{ capacity_text(project) }</p>
            if let Some(what) = project.capacity.as_ref().and_then(|capacity| capacity.of.as_deref()) {
                <p class="slide-figure-of">{ fill(EN.slide_capacity_of, &[("what", what)]) }</p>
            }
            <div class="slide-columns">
                <div class="slide-project-facts">
                    <h3 class="slide-subheading">{ EN.requests_heading }</h3>
                    if project.requests.is_empty() {
                        <p class="slide-muted">{ EN.no_requests }</p>
                    } else {
                        <ul class="slide-list">
                            { for project.requests.iter().map(|request| html! { <li>{ request.text.clone() }</li> }) }
                        </ul>
                    }
                </div>
                if let Some(quote) = project_slide_quote(project) {
                    <figure class="slide-quote">
                        <figcaption class="slide-subheading">{ EN.slide_source_heading }</figcaption>
                        <blockquote lang={briefing.source.language.clone()}>{ quote.to_string() }</blockquote>
                    </figure>
                }
            </div>
        </div>
    }
}

fn directives_slide(dataset: &Dataset, blocks: &[ThemeBlock], part: usize, parts: usize) -> Html {
    let heading = if parts > 1 {
        fill(
            EN.slide_directives_part,
            &[("part", &part.to_string()), ("parts", &parts.to_string())],
        )
    } else {
        EN.directives_heading.to_string()
    };
    html! {
        <div class="slide-body">
            <h2 id="slide-heading" class="slide-heading">{ heading }</h2>
            <div class="slide-themes">
                { for blocks.iter().map(|block| {
                    let theme = if block.continued { fill(EN.slide_theme_continued, &[("theme", &block.theme)]) } else { block.theme.clone() };
                    html! {
                        <section class="slide-theme">
                            <h3 class="slide-subheading">{ theme }</h3>
                            <ul class="slide-list">
                                { for block.directives.iter().filter_map(|&key| dataset.directive_at(key)).map(|(briefing, directive)| {
                                    let concerns: Vec<String> = directive
                                        .scope
                                        .project_ids()
                                        .iter()
                                        .map(|id| briefing.project(id).map(|project| project.short_name.clone()).unwrap_or_else(|| id.clone()))
                                        .collect();
                                    html! {
                                        <li>
                                            { directive.summary.clone() }
                                            if !concerns.is_empty() {
                                                <span class="slide-concerns">{ fill(EN.concerns, &[("projects", &concerns.join(", "))]) }</span>
                                            }
                                        </li>
                                    }
                                }) }
                            </ul>
                        </section>
                    }
                }) }
            </div>
        </div>
    }
}

fn closing_slide(dataset: &Dataset, view: &View) -> Html {
    let directive_count: usize =
        view.directive_groups.iter().map(|group| group.directives.len()).sum();
    let summary = fill(
        EN.closing_summary,
        &[
            ("projects", &view.projects.len().to_string()),
            ("total", &view.total.to_string()),
            ("directives", &directive_count.to_string()),
        ],
    );
    html! {
        <div class="slide-body">
            <h2 id="slide-heading" class="slide-heading">{ EN.closing_heading }</h2>
            <p class="slide-lede">{ summary }</p>
            { for view.briefings.iter().filter_map(|&index| dataset.briefings.get(index)).map(|briefing| html! {
                <p class="slide-source">
                    { fill(EN.slide_source_of, &[("title", &briefing.source.title)]) }
                    <span class="slide-muted slide-source-note">{ briefing.source.note.clone() }</span>
                </p>
            }) }
            <p class="slide-muted">{ EN.closing_hint }</p>
        </div>
    }
}
