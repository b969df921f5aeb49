//! The source text, where facts are made by selecting their words.
//!
//! The text is a text field whose changes are refused (a `readonly` one has no caret in
//! Chromium, so Shift and the arrow keys could not select), so that a selection can be made with
//! the mouse or the keyboard in any script; behind it, a copy of the text in the same
//! font draws the marks (suggestions, quotes already used, the record in hand). Choosing a kind
//! (a button, or its letter while the text has focus) opens that record's form.
//!
//! The field's description says how much is selected as it changes; a screen reader is told
//! only once the selection settles (`SELECTION_SETTLES_MS` after its last change), through the
//! page's live region: told at each Shift and arrow key, the count would queue behind the
//! reader's own echo of each character selected.

use std::ops::Range;

use gloo::timers::callback::Timeout;
use web_sys::{Element, HtmlElement, HtmlTextAreaElement, KeyboardEvent};
use yew::prelude::*;

use super::forms::Pending;
use super::Focus;
use crate::app::shared::Shared;
use crate::model::dataset::Dataset;
use crate::model::editor::{
    byte_at_utf16, current_ranges, project_for_selection, propose_selection,
    quote_for_selection_bytes, quoted_ranges, selection_words, source_segments, CharIndex,
    MarkKind, RecordKind, SelectionWords, SELECTION_SETTLES_MS,
};
use crate::model::strings::editor::EditorStrings;
use crate::model::suggest::Suggestion;

/// The source text's field, where selecting words begins each record.
pub(super) const SOURCE_TEXT_ID: &str = "source-text";

#[derive(Properties, PartialEq)]
pub struct SourcePaneProps {
    pub text: AttrValue,
    pub draft: Shared<Dataset>,
    pub briefing: usize,
    /// The suggestions still open (not accepted, not dismissed).
    pub suggestions: Shared<Vec<Suggestion>>,
    pub focus: Option<Focus>,
    /// A stretch to show as the one in hand (the suggestion last in focus), as a byte range;
    /// shown only while it is one of `suggestions`.
    pub highlight: Option<Range<usize>>,
    pub selection: Option<Range<usize>>,
    pub onselect: Callback<Option<Range<usize>>>,
    pub onmake: Callback<Pending>,
    /// Words for the page's live region: the selection's size once it settles, or why a kind's
    /// button made nothing.
    pub onannounce: Callback<String>,
    pub strings: &'static EditorStrings,
}

#[function_component]
pub fn SourcePane(props: &SourcePaneProps) -> Html {
    let strings = props.strings;
    let field = use_node_ref();
    let backdrop = use_node_ref();
    let hint = use_state_eq(|| None::<&'static str>);
    // The announcement of the selection's size, waiting for the selection to settle: replaced
    // (and so cancelled) by each change of the selection.
    let settling = use_mut_ref(|| None::<Timeout>);
    let briefing = &props.draft.briefings[props.briefing];
    let text = props.text.as_str();
    let selected_count = props.selection.as_ref().and_then(|range| {
        quote_for_selection_bytes(text, range.clone()).map(|quote| quote.chars().count())
    });
    {
        let hint = hint.clone();
        let settling = settling.clone();
        let onannounce = props.onannounce.clone();
        use_effect_with(props.selection.clone(), move |_| {
            // A hint for a button pressed too soon is about the selection there was then.
            hint.set(None);
            *settling.borrow_mut() = selected_count.map(|count| {
                Timeout::new(SELECTION_SETTLES_MS, move || {
                    onannounce.emit(selection_words(count, SelectionWords::Announced, strings))
                })
            });
        });
    }

    let segments = {
        let draft = props.draft.clone();
        let index = props.briefing;
        let suggestions = props.suggestions.clone();
        let focus = props.focus.clone();
        let highlight = props.highlight.clone();
        use_memo(
            (draft.clone(), suggestions.clone(), focus.clone(), highlight.clone()),
            move |_| {
                let briefing = &draft.briefings[index];
                let text = &briefing.source.text;
                let characters = CharIndex::of(text);
                let mut marks: Vec<(Range<usize>, MarkKind)> = suggestions
                    .iter()
                    .map(|suggestion| {
                        (
                            characters.range(text, suggestion.start, suggestion.end),
                            MarkKind::Suggested,
                        )
                    })
                    .collect();
                // The suggestion that had focus is in hand only while it is still open: once
                // accepted or dismissed its words are no longer marked.
                let highlight = highlight
                    .filter(|highlight| marks.iter().any(|(suggested, _)| suggested == highlight));
                marks.extend(
                    quoted_ranges(briefing).into_iter().map(|range| (range, MarkKind::Quoted)),
                );
                let current = match &focus {
                    Some(Focus::Record(record)) => current_ranges(briefing, *record),
                    Some(Focus::New(pending)) => pending.quote_ranges(text),
                    None => Vec::new(),
                };
                marks.extend(
                    current.into_iter().chain(highlight).map(|range| (range, MarkKind::Current)),
                );
                source_segments(text, &marks)
            },
        )
    };

    // The caret starts at the text's start: a field's value set by script leaves it at the end,
    // where focus would scroll the pane to the text's last lines, away from its headline.
    {
        let field = field.clone();
        use_effect_with((), move |_| {
            if let Some(field) = field.cast::<HtmlTextAreaElement>() {
                let _ = field.set_selection_range(0, 0);
            }
        });
    }
    // Bring the record or suggestion in hand into view, without touching the author's selection.
    {
        let field = field.clone();
        let backdrop = backdrop.clone();
        use_effect_with((props.focus.clone(), props.highlight.clone()), move |_| {
            let current = backdrop
                .cast::<Element>()
                .and_then(|backdrop| backdrop.query_selector("mark.current").ok().flatten())
                .and_then(|mark| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(mark).ok());
            if let (Some(mark), Some(field)) = (current, field.cast::<HtmlTextAreaElement>()) {
                let top = mark.offset_top() - field.client_height() / 3;
                field.set_scroll_top(top.max(0));
                if let Some(backdrop) = backdrop.cast::<Element>() {
                    backdrop.set_scroll_top(field.scroll_top());
                }
            }
        });
    }

    let read_selection = {
        let field = field.clone();
        let onselect = props.onselect.clone();
        let text = props.text.clone();
        move || {
            let Some(field) = field.cast::<HtmlTextAreaElement>() else { return };
            let start = field.selection_start().ok().flatten().unwrap_or(0) as usize;
            let end = field.selection_end().ok().flatten().unwrap_or(0) as usize;
            let range = byte_at_utf16(&text, start)..byte_at_utf16(&text, end);
            onselect.emit((range.start < range.end).then_some(range));
        }
    };
    let make = {
        let draft = props.draft.clone();
        let index = props.briefing;
        let selection = props.selection.clone();
        let onmake = props.onmake.clone();
        let hint = hint.clone();
        let settling = settling.clone();
        let onannounce = props.onannounce.clone();
        move |kind: RecordKind| {
            // What the button does (a form opened, a hint) says more than the selection's size,
            // which is not said after it.
            settling.borrow_mut().take();
            // The hint shows under the kinds' buttons, and is said at once.
            let say_hint = |words: &'static str| {
                hint.set(Some(words));
                onannounce.emit(words.to_string());
            };
            let proposed = selection.clone().and_then(|range| {
                propose_selection(kind, range.clone(), &draft, index).map(|record| (range, record))
            });
            let Some((range, record)) = proposed else {
                say_hint(strings.select_first);
                return;
            };
            let briefing = &draft.briefings[index];
            // The project the words speak of, or none: never the one last in hand, which a
            // selection elsewhere in the text says nothing about.
            let project = project_for_selection(briefing, range);
            if kind.belongs_to_project() && briefing.projects.is_empty() {
                say_hint(strings.make_project_first);
                return;
            }
            hint.set(None);
            onmake.emit(Pending { record, project, suggestion: None });
        }
    };
    let onkeydown = {
        let make = make.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.ctrl_key() || event.meta_key() || event.alt_key() {
                return;
            }
            let key = event.key().to_lowercase();
            if let Some(kind) =
                RecordKind::ALL.into_iter().find(|kind| key == kind.shortcut().to_string())
            {
                event.prevent_default();
                make(kind);
            }
        })
    };
    let onscroll = {
        let field = field.clone();
        let backdrop = backdrop.clone();
        Callback::from(move |_: Event| {
            if let (Some(field), Some(backdrop)) =
                (field.cast::<Element>(), backdrop.cast::<Element>())
            {
                backdrop.set_scroll_top(field.scroll_top());
            }
        })
    };
    // Typing, pasting, cutting and dropping are refused before they happen (Yew has no
    // `beforeinput` listener, so it is added here); what slips through (an input method's
    // composition cannot be refused) is undone at once.
    {
        let field = field.clone();
        use_effect_with((), move |_| {
            let listener = field.cast::<Element>().map(|field| {
                gloo::events::EventListener::new_with_options(
                    &field,
                    "beforeinput",
                    gloo::events::EventListenerOptions::enable_prevent_default(),
                    |event| event.prevent_default(),
                )
            });
            move || drop(listener)
        });
    }
    let oninput = {
        let text = props.text.clone();
        Callback::from(move |event: InputEvent| {
            let field: HtmlTextAreaElement = event.target_unchecked_into();
            if field.value() != text.as_str() {
                let caret = field.selection_start().ok().flatten();
                field.set_value(&text);
                if let Some(caret) = caret {
                    let _ = field.set_selection_range(caret, caret);
                }
            }
        })
    };
    html! {
        <section class="editor-source" aria-labelledby="source-pane-heading">
            <h2 id="source-pane-heading">{ strings.source_heading }</h2>
            <div class="editor-kinds" role="group" aria-label={strings.kinds_label}>
                { for RecordKind::ALL.into_iter().map(|kind| {
                    let make = make.clone();
                    let letter = kind.shortcut().to_ascii_uppercase().to_string();
                    // The letter is a keyboard hint, left out on a touch screen (`key-hint`).
                    html! {
                        <button type="button" class="button kind-button" aria-keyshortcuts={letter.clone()} onclick={Callback::from(move |_: MouseEvent| make(kind))}>
                            { strings.kind_name(kind) }<kbd class="key-hint" aria-hidden="true">{ letter }</kbd>
                        </button>
                    }
                }) }
            </div>
            // The instructions name keys only where there is a keyboard (`key-hint`); a touch
            // screen has the same words without them (`touch-hint`). A hint after a button
            // pressed too soon is for every device. Not a live region: it changes at each key.
            <p class="hint" id="source-hint">
                { match (*hint, selected_count) {
                    (Some(hint), _) => html! { hint },
                    (None, Some(count)) => html! {
                        <>
                            <span class="key-hint">{ selection_words(count, SelectionWords::Hint, strings) }</span>
                            <span class="touch-hint">{ selection_words(count, SelectionWords::TouchHint, strings) }</span>
                        </>
                    },
                    (None, None) => html! {
                        <>
                            <span class="key-hint">{ strings.source_hint }</span>
                            <span class="touch-hint">{ strings.source_hint_touch }</span>
                        </>
                    },
                } }
            </p>
            <div class="source-stack">
                <div class="source-backdrop" ref={backdrop} aria-hidden="true" lang={briefing.source.language.clone()}>
                    { for segments.iter().map(|segment| {
                        let words = &text[segment.range.clone()];
                        // A suggestion under a quote or the record in hand is drawn inside its
                        // mark, so that neither hides it.
                        let words = if segment.suggested_inside {
                            html! { <mark class="suggested">{ words }</mark> }
                        } else {
                            html! { { words } }
                        };
                        match segment.mark {
                            None => words,
                            Some(MarkKind::Suggested) => html! { <mark class="suggested">{ words }</mark> },
                            Some(MarkKind::Quoted) => html! { <mark class="quoted">{ words }</mark> },
                            Some(MarkKind::Current) => html! { <mark class="current">{ words }</mark> },
                        }
                    }) }
                    // A final line break keeps the copy as tall as the field when the text ends with one.
                    { "\n" }
                </div>
                // The text is selected, never typed into: a phone's keyboard would cover half
                // the screen when the field takes focus (after Start editing, say).
                <textarea
                    id={SOURCE_TEXT_ID}
                    ref={field}
                    aria-readonly="true"
                    inputmode="none"
                    spellcheck="false"
                    lang={briefing.source.language.clone()}
                    aria-label={strings.source_text_label}
                    aria-describedby="source-hint"
                    value={props.text.clone()}
                    onselect={{ let read = read_selection.clone(); Callback::from(move |_: Event| read()) }}
                    onmouseup={{ let read = read_selection.clone(); Callback::from(move |_: MouseEvent| read()) }}
                    onkeyup={{ let read = read_selection.clone(); Callback::from(move |_: KeyboardEvent| read()) }}
                    {onkeydown}
                    {oninput}
                    {onscroll}
                />
            </div>
            <p class="editor-legend" aria-hidden="true">
                <mark class="suggested">{ strings.legend_suggested }</mark>
                <mark class="quoted">{ strings.legend_quoted }</mark>
                <mark class="current">{ strings.legend_current }</mark>
                <mark class="current"><mark class="suggested">{ strings.legend_suggested_inside }</mark></mark>
            </p>
        </section>
    }
}
