//! The fields forms are made of: text of one line or several, quotes (read-only, replaced by
//! the selection), lists of quotes, and the setter that turns a field's change into a record.

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::Context;
use crate::model::strings::fill;

/// A one-line text field; `onchange` has the new text when the author leaves the field.
pub(super) fn text_field(id: String, label: &str, value: &str, onchange: Callback<String>) -> Html {
    let onchange = Callback::from(move |event: Event| {
        onchange.emit(event.target_unchecked_into::<HtmlInputElement>().value());
    });
    html! {
        <div class="field">
            <label for={id.clone()}>{ label }</label>
            <input type="text" id={id} value={value.to_string()} {onchange} />
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
    let onchange = Callback::from(move |event: Event| {
        onchange.emit(event.target_unchecked_into::<HtmlTextAreaElement>().value());
    });
    html! {
        <div class="field">
            <label for={id.clone()}>{ label }</label>
            <textarea id={id} rows="3" value={value.to_string()} {onchange} />
        </div>
    }
}

/// A quote, read-only (it must be the source's words), replaced by the selection on request.
pub(super) fn quote_field(
    context: &Context,
    id: String,
    label: &str,
    quote: &str,
    onchange: Callback<String>,
    onremove: Option<Callback<MouseEvent>>,
) -> Html {
    let strings = context.strings;
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
                <button type="button" class="button small" disabled={context.selection.is_none()} onclick={onrequote} title={strings.requote_hint}>{ strings.requote }</button>
                if let Some(onremove) = onremove {
                    <button type="button" class="button small" onclick={onremove}>{ strings.remove }</button>
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
