//! The fields forms are made of: text of one line or several, quotes (read-only, replaced by
//! the selection), lists of quotes, and the setter that turns a field's change into a record.

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::Context;
use crate::model::editor::{
    direction_control_note, read_number, read_whole, without_direction_controls, NumberText,
};
use crate::model::language::Language;
use crate::model::strings::editor::EditorStrings;
use crate::model::strings::fill;
use crate::model::validate::is_direction_control;

/// A one-line text field; `onchange` has the new text when the author leaves the field.
pub(super) fn text_field(id: String, label: &str, value: &str, onchange: Callback<String>) -> Html {
    let (note_id, note) = direction_control(&id, value, &onchange);
    let onchange = Callback::from(move |event: Event| {
        onchange.emit(event.target_unchecked_into::<HtmlInputElement>().value());
    });
    html! {
        <div class="field">
            <label for={id.clone()}>{ label }</label>
            <input type="text" id={id} value={value.to_string()} {onchange} aria-describedby={note_id} />
            { note }
        </div>
    }
}

/// A text field's note on a character in its text that turns the text around, when the text
/// holds one (a dataset opened in the editor may), with the id the field is described by.
fn direction_control(
    field: &str,
    value: &str,
    onchange: &Callback<String>,
) -> (Option<String>, Html) {
    if !value.chars().any(is_direction_control) {
        return (None, Html::default());
    }
    let id = format!("{field}-direction");
    let note = html! { <DirectionControlNote id={id.clone()} value={value.to_string()} onchange={onchange.clone()} /> };
    (Some(id), note)
}

#[derive(Properties, PartialEq)]
struct DirectionControlNoteProps {
    id: String,
    value: AttrValue,
    /// The field's text without the characters.
    onchange: Callback<String>,
}

/// Where a field's character that turns its text around is, which the field itself draws
/// turned and cannot show, and a button that takes every such character out of the field.
#[function_component]
fn DirectionControlNote(props: &DirectionControlNoteProps) -> Html {
    let language = use_context::<Language>().unwrap_or_default();
    let strings = language.editor_strings();
    let note = direction_control_note(&props.value, strings, language.form_validation_strings());
    let onremove = {
        let value = props.value.clone();
        props.onchange.reform(move |_: MouseEvent| without_direction_controls(&value))
    };
    html! {
        <div class="field-problem">
            <p id={props.id.clone()}>{ note }</p>
            <button type="button" class="button small" onclick={onremove}>{ strings.remove_direction_controls }</button>
        </div>
    }
}

/// What a [`NumberField`] holds: any figure, or a whole number in a range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum NumberKind {
    Figure,
    Whole { least: i64, most: i64 },
}

#[derive(Properties, PartialEq)]
pub(super) struct NumberFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// The draft's number as the field shows it ("" for none).
    pub value: AttrValue,
    pub kind: NumberKind,
    /// Whether the field may be left empty (the year, when the text does not state it).
    pub optional: bool,
    /// A date's part sits beside the others, narrow.
    #[prop_or_default]
    pub narrow: bool,
    /// What the field needs, said under it until the author writes a number.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub strings: &'static EditorStrings,
    /// The number read when the author leaves the field, `None` for an optional field left empty.
    pub onchange: Callback<Option<f64>>,
}

/// A number field that refuses what is not a number: the field keeps the text with a message
/// beside it, and the draft keeps its number (`model::editor::number_field` says why), until the
/// author writes a number or the draft's number changes (an undo, a restore).
#[function_component]
pub(super) fn NumberField(props: &NumberFieldProps) -> Html {
    let refused = use_state_eq(|| None::<String>);
    {
        let refused = refused.clone();
        use_effect_with(props.value.clone(), move |_| refused.set(None));
    }
    let onchange = {
        let (kind, optional, refused, onchange) =
            (props.kind, props.optional, refused.clone(), props.onchange.clone());
        Callback::from(move |event: Event| {
            let text = event.target_unchecked_into::<HtmlInputElement>().value();
            let read = match kind {
                NumberKind::Figure => read_number(&text),
                NumberKind::Whole { least, most } => read_whole(&text, least..=most),
            };
            match read {
                // A capacity's figure of 0 or less is none a source states: refused, as text
                // that is no number is, rather than kept for the problem list to object to.
                NumberText::Number(value) if kind == NumberKind::Figure && value <= 0.0 => {
                    refused.set(Some(text))
                }
                NumberText::Number(value) => {
                    refused.set(None);
                    onchange.emit(Some(value));
                }
                NumberText::Empty if optional => {
                    refused.set(None);
                    onchange.emit(None);
                }
                NumberText::Empty | NumberText::NotANumber => refused.set(Some(text)),
            }
        })
    };
    let strings = props.strings;
    let problem_id = format!("{}-problem", props.id);
    let problem = refused.as_ref().map(|text| {
        let message = match (text.trim().is_empty(), props.kind) {
            (true, _) => strings.number_empty.to_string(),
            (false, NumberKind::Figure) if matches!(read_number(text), NumberText::Number(_)) => {
                fill(strings.figure_not_positive, &[("text", text.trim())])
            }
            (false, NumberKind::Figure) => fill(strings.not_a_number, &[("text", text.trim())]),
            (false, NumberKind::Whole { least, most }) => fill(
                strings.not_a_whole_number,
                &[
                    ("text", text.trim()),
                    ("least", &least.to_string()),
                    ("most", &most.to_string()),
                ],
            ),
        };
        html! { <p class="field-problem" id={problem_id.clone()} role="alert">{ message }</p> }
    });
    // Yew sets a field to the value it renders at every render, so a refused text is rendered
    // as the field's value until the author replaces it.
    let value = match &*refused {
        Some(text) => AttrValue::from(text.clone()),
        None => props.value.clone(),
    };
    let hint_id = format!("{}-hint", props.id);
    let hint = props.hint.as_ref().filter(|_| refused.is_none()).map(|hint| {
        html! { <p class="hint" id={hint_id.clone()}>{ hint }</p> }
    });
    let described_by = match (&*refused, &hint) {
        (Some(_), _) => Some(problem_id.clone()),
        (None, Some(_)) => Some(hint_id),
        (None, None) => None,
    };
    let inputmode = match props.kind {
        NumberKind::Figure => "decimal",
        NumberKind::Whole { .. } => "numeric",
    };
    html! {
        <div class={classes!("field", props.narrow.then_some("narrow"))}>
            <label for={props.id.clone()}>{ &props.label }</label>
            <input type="text" {inputmode} id={props.id.clone()} {value} {onchange}
                required={!props.optional}
                aria-invalid={refused.is_some().then_some("true")}
                aria-describedby={described_by} />
            { problem }
            { hint }
        </div>
    }
}

/// A text field of several lines.
pub(super) fn long_text_field(
    id: String,
    label: &str,
    value: &str,
    onchange: Callback<String>,
) -> Html {
    let (note_id, note) = direction_control(&id, value, &onchange);
    let onchange = Callback::from(move |event: Event| {
        onchange.emit(event.target_unchecked_into::<HtmlTextAreaElement>().value());
    });
    html! {
        <div class="field">
            <label for={id.clone()}>{ label }</label>
            <textarea id={id} rows="3" value={value.to_string()} {onchange} aria-describedby={note_id} />
            { note }
        </div>
    }
}

/// A quote, read-only (it must be the source's words), replaced by the selection on request.
/// `named` is what its buttons' names call it ("Quote 2", "Capacity, Quote"): a form holds
/// several quotes, and a screen reader's list of buttons would otherwise hold as many "Use the
/// selection" that cannot be told apart.
pub(super) fn quote_field(
    context: &Context,
    id: String,
    label: &str,
    named: &str,
    quote: &str,
    onchange: Callback<String>,
    onremove: Option<Callback<MouseEvent>>,
) -> Html {
    let strings = context.strings;
    let button_name =
        |action: &str| fill(strings.action_on, &[("action", action), ("what", named)]);
    let selection = context.selection.clone();
    let onrequote = Callback::from(move |_: MouseEvent| {
        if let Some(selection) = &selection {
            onchange.emit(selection.clone());
        }
    });
    html! {
        <div class="field quote-field">
            <label for={id.clone()}>{ label }</label>
            <textarea id={id} class="quote" rows="2" readonly=true value={quote.to_string()} />
            <div class="button-row">
                <button type="button" class="button small" disabled={context.selection.is_none()} onclick={onrequote} aria-label={button_name(strings.requote)} title={strings.requote_hint}>{ strings.requote }</button>
                if let Some(onremove) = onremove {
                    <button type="button" class="button small" aria-label={button_name(strings.remove)} onclick={onremove}>{ strings.remove }</button>
                }
            </div>
        </div>
    }
}

/// A list of quotes: each can be replaced by the selection or removed; the selection can be added.
pub(super) fn quotes_list(
    context: &Context,
    field: &str,
    quotes: &[String],
    onchange: Callback<Vec<String>>,
) -> Html {
    let strings = context.strings;
    let items = quotes
        .iter()
        .enumerate()
        .map(|(index, quote)| {
            let replace = {
                let quotes = quotes.to_vec();
                let onchange = onchange.clone();
                Callback::from(move |quote: String| {
                    let mut next = quotes.clone();
                    next[index] = quote;
                    onchange.emit(next);
                })
            };
            let remove = {
                let quotes = quotes.to_vec();
                let onchange = onchange.clone();
                Callback::from(move |_: MouseEvent| {
                    let mut next = quotes.clone();
                    next.remove(index);
                    onchange.emit(next);
                })
            };
            let label = fill(strings.quote_number, &[("number", &(index + 1).to_string())]);
            quote_field(
                context,
                context.id(&format!("{field}[{index}]")),
                &label,
                &label,
                quote,
                replace,
                Some(remove),
            )
        })
        .collect::<Vec<_>>();
    let onadd = {
        let quotes = quotes.to_vec();
        let selection = context.selection.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(selection) = &selection {
                let mut next = quotes.clone();
                next.push(selection.clone());
                onchange.emit(next);
            }
        })
    };
    html! {
        <fieldset class="quotes" id={context.id(field)} tabindex="-1">
            <legend>{ strings.quotes_legend }</legend>
            { for items }
            <button type="button" class="button small" disabled={context.selection.is_none()} onclick={onadd}>{ strings.add_selection_as_quote }</button>
        </fieldset>
    }
}

/// A field of a record as the form names it, in a button's name: "Capacity, Quote".
pub(super) fn field_of_record(strings: &EditorStrings, record: &str, field: &str) -> String {
    fill(strings.problem_field_place, &[("record", record), ("field", field)])
}

/// A callback that applies `change` to a copy of `value` and hands the result on.
pub(super) fn setter<T: Clone + 'static, V: 'static>(
    value: &T,
    onchange: &Callback<T>,
    change: impl Fn(&mut T, V) + 'static,
) -> Callback<V> {
    let value = value.clone();
    let onchange = onchange.clone();
    Callback::from(move |input: V| {
        let mut next = value.clone();
        change(&mut next, input);
        onchange.emit(next);
    })
}
