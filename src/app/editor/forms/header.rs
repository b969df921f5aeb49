//! The briefing's header form: title, date, place, people, source and the header's quotes.

use yew::prelude::*;

use super::fields::{long_text_field, quotes_list, setter, text_field, NumberField, NumberKind};
use super::Context;
use crate::model::dataset::{Official, PARTICIPANT_SEPARATORS};
use crate::model::editor::{DateParts, Edit, EditorAction, Header, Place, Record};
use crate::model::strings::fill;
use crate::model::suggest::participants_as_text;

pub(super) fn header_form(context: &Context) -> Html {
    let strings = context.strings;
    let header = Header::of(context.briefing());
    let onchange = context
        .ondispatch
        .reform(|header: Header| EditorAction::Edit(Edit::SetHeader(Box::new(header))));
    let set = |change: fn(&mut Header, String)| setter(&header, &onchange, change);
    // A date's parts, whole numbers from 1 to what each can hold; the validator says whether
    // they make a real date. Any may be empty: a text that states no year, or no date at all.
    let parts = header.date_parts();
    let number = |field: &str,
                  label: &'static str,
                  value: Option<String>,
                  most: i64,
                  change: fn(&mut DateParts, Option<f64>)| {
        let change = move |header: &mut Header, value: Option<f64>| {
            let mut parts = header.date_parts();
            change(&mut parts, value);
            header.set_date_parts(parts);
        };
        html! {
            <NumberField id={context.id(field)} label={label} value={value.unwrap_or_default()} narrow=true strings={strings}
                kind={NumberKind::Whole { least: 1, most }} optional=true onchange={setter(&header, &onchange, change)} />
        }
    };
    let officials = header.officials.iter().enumerate().map(|(index, official)| {
        let name = setter(&header, &onchange, move |header: &mut Header, value: String| header.officials[index].name = value);
        let role = setter(&header, &onchange, move |header: &mut Header, value: String| header.officials[index].role = value);
        let remove = setter(&header, &onchange, move |header: &mut Header, _: MouseEvent| { header.officials.remove(index); });
        // Each official's Remove is named with its number, so that a screen reader's list of
        // buttons tells them apart.
        let official_number = fill(strings.official_number, &[("number", &(index + 1).to_string())]);
        let remove_name = fill(strings.action_on, &[("action", strings.remove), ("what", &official_number)]);
        html! {
            <div class="official-row">
                { text_field(context.id(&format!("officials[{index}].name")), strings.field_name, &official.name, name) }
                { text_field(context.id(&format!("officials[{index}].role")), strings.field_role, &official.role, role) }
                <button type="button" class="button small" aria-label={remove_name} onclick={remove}>{ strings.remove }</button>
            </div>
        }
    });
    let onadd_official = setter(&header, &onchange, |header: &mut Header, _: MouseEvent| {
        header.officials.push(Official { name: String::new(), role: String::new() })
    });
    let onquotes = {
        let ondispatch = context.ondispatch.clone();
        let old = context.briefing().quotes.clone();
        Callback::from(move |quotes: Vec<String>| {
            ondispatch.emit(EditorAction::Edit(quotes_edit(&old, &quotes)))
        })
    };
    html! {
        <>
            <h2 id="form-heading">{ strings.header_heading }</h2>
            { text_field(context.id("title"), strings.field_title, &header.title, set(|header, value| header.title = value)) }
            <fieldset class="date-fields">
                <legend>{ strings.field_date }</legend>
                { number("date.month", strings.field_month, parts.month.map(|month| month.to_string()), 12, |parts, value| parts.month = value.map(|month| month as u8)) }
                { number("date.day", strings.field_day, parts.day.map(|day| day.to_string()), 31, |parts, value| parts.day = value.map(|day| day as u8)) }
                { number("date.year", strings.field_year, parts.year.map(|year| year.to_string()), 9999, |parts, value| parts.year = value.map(|year| year as i32)) }
                <p class="hint">{ strings.year_hint }</p>
            </fieldset>
            { text_field(context.id("place"), strings.field_place, &header.place, set(|header, value| header.place = value)) }
            <fieldset class="officials" id={context.id("officials")} tabindex="-1">
                <legend>{ strings.field_officials }</legend>
                { for officials }
                <button type="button" class="button small" onclick={onadd_official}>{ strings.add_official }</button>
            </fieldset>
            { text_field(context.id("participants"), strings.field_participants, &participants_as_text(&header.participants, &header.source_language), set(|header, value| {
                header.participants = value.split(PARTICIPANT_SEPARATORS).map(str::trim).filter(|name| !name.is_empty()).map(str::to_string).collect();
            })) }
            { text_field(context.id("source.title"), strings.field_source_title, &header.source_title, set(|header, value| header.source_title = value)) }
            { text_field(context.id("source.language"), strings.field_source_language, &header.source_language, set(|header, value| header.source_language = value.trim().to_string())) }
            { text_field(context.id("source.kind"), strings.field_source_kind, header.source_kind.as_deref().unwrap_or_default(), set(|header, value| header.source_kind = (!value.trim().is_empty()).then_some(value))) }
            { long_text_field(context.id("source.note"), strings.field_source_note, &header.source_note, set(|header, value| header.source_note = value)) }
            { quotes_list(context, "quotes", &context.briefing().quotes, onquotes) }
        </>
    }
}

/// The header's quotes are records of their own (one place each): the edit from `old` to `new`
/// as one step, removing the old ones and inserting the new ones.
pub(super) fn quotes_edit(old: &[String], new: &[String]) -> Edit {
    let removals = (0..old.len()).rev().map(|index| Edit::Delete(Place::HeaderQuote(index)));
    let insertions = new.iter().enumerate().map(|(index, quote)| {
        Edit::Insert(Place::HeaderQuote(index), Record::Quote(quote.clone()))
    });
    Edit::Batch(removals.chain(insertions).collect())
}
