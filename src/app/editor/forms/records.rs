//! The fields of each kind of record, and of the briefing's header.

use web_sys::{HtmlElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::fields::{
    field_of_record, long_text_field, quote_field, quotes_list, setter, text_field, NumberField,
    NumberKind,
};
use super::Context;
use crate::model::colour::palette_color;
use crate::model::dataset::{
    Bound, Capacity, Directive, GlossaryEntry, Industry, InferredIndustry, Note, Project, Request,
    Scope, StatedStatus, Status,
};
use crate::model::editor::{
    editable_figure, new_figure_text, period_in, project_id_edit, project_named, status_to_define,
    unique_id, Edit, EditorAction, Place, Record,
};
use crate::model::format::bound_words;
use crate::model::strings::fill;

/// The id field's change: the project's new id, and its directives' scopes with it, one step.
fn id_setter(context: &Context, index: usize) -> Callback<String> {
    let draft = context.draft.clone();
    let briefing = context.briefing;
    let ondispatch = context.ondispatch.clone();
    Callback::from(move |id: String| {
        if let Some(edit) = project_id_edit(&draft.briefings[briefing], index, id.trim()) {
            ondispatch.emit(EditorAction::Edit(edit));
        }
    })
}

pub(super) fn project_fields(
    context: &Context,
    project: &Project,
    on_record: Callback<Record>,
    index: Option<usize>,
) -> Html {
    let strings = context.strings;
    let onchange = on_record.reform(|project: Project| Record::Project(Box::new(project)));
    let set = |change: fn(&mut Project, String)| setter(project, &onchange, change);
    let capacity = match &project.capacity {
        Some(capacity) => html! {
            <fieldset class="sub-record">
                <legend>{ strings.kind_capacity }</legend>
                { capacity_fields(context, capacity, setter(project, &onchange, |project: &mut Project, capacity| project.capacity = Some(capacity)), "capacity") }
                <button type="button" class="button small" onclick={setter(project, &onchange, |project: &mut Project, _: MouseEvent| project.capacity = None)}>{ fill(strings.remove_named, &[("kind", strings.kind_capacity)]) }</button>
            </fieldset>
        },
        None => html! { <p class="hint not-stated">{ strings.capacity_not_stated }</p> },
    };
    let status = match &project.status {
        Some(status) => html! {
            <fieldset class="sub-record">
                <legend>{ strings.kind_status }</legend>
                { status_choice_fields(context, status, setter(project, &onchange, |project: &mut Project, status| project.status = Some(status)), "status") }
                <button type="button" class="button small" onclick={setter(project, &onchange, |project: &mut Project, _: MouseEvent| project.status = None)}>{ fill(strings.remove_named, &[("kind", strings.kind_status)]) }</button>
            </fieldset>
        },
        None => html! { <p class="hint not-stated">{ strings.status_not_stated }</p> },
    };
    let listed = |kind: &'static str,
                  field: &'static str,
                  entries: Vec<(String, String)>,
                  put: fn(&mut Project, usize, Option<(String, String)>)| {
        let items = entries.iter().enumerate().map(|(position, (text, quote))| {
            let change = setter(project, &onchange, move |project: &mut Project, entry: (String, String)| put(project, position, Some(entry)));
            let remove = setter(project, &onchange, move |project: &mut Project, _: MouseEvent| put(project, position, None));
            let legend = format!("{kind} {}", position + 1);
            // Its Remove is named with its number: a project has several requests and notes.
            html! {
                <fieldset class="sub-record">
                    <legend>{ &legend }</legend>
                    { text_quote_fields(context, &legend, text, quote, &format!("{field}[{position}]"), change) }
                    <button type="button" class="button small" aria-label={fill(strings.remove_named, &[("kind", &legend)])} onclick={remove}>{ fill(strings.remove_named, &[("kind", kind)]) }</button>
                </fieldset>
            }
        });
        html! { { for items } }
    };
    html! {
        <>
            { text_field(context.id("name"), strings.field_name, &project.name, set(|project, value| project.name = value)) }
            if project_named(context.briefing(), &project.name, index).is_some() {
                <p class="editor-error" role="alert">{ fill(strings.project_name_taken, &[("name", project.name.as_str())]) }</p>
            }
            { text_field(context.id("short_name"), strings.field_short_name, &project.short_name, set(|project, value| project.short_name = value)) }
            { text_field(context.id("enterprise"), strings.field_enterprise, &project.enterprise, set(|project, value| project.enterprise = value)) }
            // After the fields typed in one after another: an id is changed rarely (a file's
            // duplicate), and the problem that asks for it leads here.
            if let Some(index) = index {
                { text_field(context.id("id"), strings.field_project_id, &project.id, id_setter(context, index)) }
            }
            { industry_choice(context, &project.industry, set(|project, value| project.industry = value)) }
            { industry_inferred_fields(context, project, setter(project, &onchange, |project: &mut Project, inferred| project.industry_inferred = inferred)) }
            { text_field(context.id("sector"), strings.field_sector, &project.sector, set(|project, value| project.sector = value)) }
            { quotes_list(context, "quotes", &project.quotes, setter(project, &onchange, |project: &mut Project, quotes| project.quotes = quotes)) }
            if index.is_some() {
                { capacity }
                { status }
                { listed(strings.kind_request, "requests", project.requests.iter().map(|request| (request.text.clone(), request.quote.clone())).collect(), |project, position, entry| match entry {
                    Some((text, quote)) => project.requests[position] = Request { text, quote },
                    None => { project.requests.remove(position); }
                }) }
                { listed(strings.kind_note, "notes", project.notes.iter().map(|note| (note.text.clone(), note.quote.clone())).collect(), |project, position, entry| match entry {
                    Some((text, quote)) => project.notes[position] = Note { text, quote },
                    None => { project.notes.remove(position); }
                }) }
                <p class="hint">{ strings.project_more_hint }</p>
            }
        </>
    }
}

pub(super) fn capacity_fields(
    context: &Context,
    capacity: &Capacity,
    onchange: Callback<Capacity>,
    field: &str,
) -> Html {
    let strings = context.strings;
    let set = |change: fn(&mut Capacity, String)| setter(capacity, &onchange, change);
    let onvalue = setter(capacity, &onchange, |capacity: &mut Capacity, value: Option<f64>| {
        if let Some(value) = value {
            capacity.value = value;
        }
    });
    let period_id = context.id(&format!("{field}.period"));
    // A new capacity from words with no figure in them has none yet: its field is empty and
    // says so, and Add is refused until the author writes the number the sentence states.
    let (value, hint) = match context.record {
        Some(_) => (editable_figure(capacity.value), None),
        None => {
            let text = new_figure_text(capacity.value);
            let hint = text.is_empty().then_some(AttrValue::Static(strings.no_figure_selected));
            (text, hint)
        }
    };
    html! {
        <>
            <NumberField id={context.id(&format!("{field}.value"))} label={strings.field_value} value={value} {hint}
                kind={NumberKind::Figure} optional=false {strings} onchange={onvalue} />
            { bound_field(context, capacity, &onchange, field) }
            { text_field(context.id(&format!("{field}.unit")), strings.field_unit, &capacity.unit, set(|capacity, value| capacity.unit = value)) }
            <div class="field">
                <label for={period_id.clone()}>{ strings.field_period }</label>
                <input type="text" id={period_id} list="periods" value={capacity.period.clone()} onchange={{
                    let set = set(|capacity, value| capacity.period = value);
                    Callback::from(move |event: Event| set.emit(event.target_unchecked_into::<HtmlInputElement>().value()))
                }} />
                <datalist id="periods">
                    { for ["year", "month", "day"].map(|period| {
                        let word = period_in(period, &context.briefing().source.language);
                        html! { <option value={word} /> }
                    }) }
                </datalist>
            </div>
            { text_field(context.id(&format!("{field}.of")), strings.field_of, capacity.of.as_deref().unwrap_or_default(), set(|capacity, value| capacity.of = (!value.trim().is_empty()).then_some(value))) }
            { quote_field(context, context.id(&format!("{field}.quote")), strings.field_quote, &field_of_record(strings, strings.kind_capacity, strings.field_quote), &capacity.quote, set(|capacity, value| capacity.quote = value), None) }
        </>
    }
}

/// How the text gives a capacity's figure: exactly, or bounded ("more than", "nearly"…), in the
/// interface's words, as the cards will say it.
fn bound_field(
    context: &Context,
    capacity: &Capacity,
    onchange: &Callback<Capacity>,
    field: &str,
) -> Html {
    let strings = context.strings;
    let shown = strings.language.strings();
    let id = context.id(&format!("{field}.bound"));
    let onpick = setter(capacity, onchange, |capacity: &mut Capacity, code: String| {
        capacity.bound = Bound::ALL.into_iter().find(|bound| bound.code() == code);
    });
    let onselect = Callback::from(move |event: Event| {
        onpick.emit(event.target_unchecked_into::<HtmlSelectElement>().value())
    });
    html! {
        <div class="field">
            <label for={id.clone()}>{ strings.field_bound }</label>
            <select {id} onchange={onselect}>
                <option value="" selected={capacity.bound.is_none()}>{ strings.bound_exact }</option>
                { for Bound::ALL.into_iter().map(|bound| html! {
                    <option value={bound.code()} selected={capacity.bound == Some(bound)}>{ bound_words(bound, shown) }</option>
                }) }
            </select>
        </div>
    }
}

pub(super) fn status_choice_fields(
    context: &Context,
    status: &StatedStatus,
    onchange: Callback<StatedStatus>,
    field: &str,
) -> Html {
    let strings = context.strings;
    let set = |change: fn(&mut StatedStatus, String)| setter(status, &onchange, change);
    let id = context.id(&format!("{field}.id"));
    let statuses = &context.draft.statuses;
    let onpick = set(|status, value| status.id = value);
    let onselect = Callback::from(move |event: Event| {
        onpick.emit(event.target_unchecked_into::<HtmlSelectElement>().value())
    });
    let known = statuses.iter().any(|known| known.id == status.id);
    // A new record's stage the rules know is defined as it is added (`status_definition`).
    let to_define = context
        .record
        .is_none()
        .then(|| status_to_define(&context.draft, context.briefing(), &status.id))
        .flatten();
    let unknown = match to_define {
        _ if status.id.is_empty() => strings.choose_one.to_string(),
        Some(new) => fill(strings.status_to_define, &[("label", &new.label)]),
        None => fill(strings.undefined_id, &[("id", &status.id)]),
    };
    html! {
        <>
            <div class="field">
                <label for={id.clone()}>{ strings.kind_status }</label>
                <select id={id} onchange={onselect}>
                    if !known {
                        <option value={status.id.clone()} selected=true>{ unknown }</option>
                    }
                    { for statuses.iter().map(|known| html! {
                        <option value={known.id.clone()} selected={known.id == status.id}>{ &known.label }</option>
                    }) }
                </select>
            </div>
            { new_vocabulary(context, strings.new_status, false, set(|status, value| status.id = value)) }
            { quote_field(context, context.id(&format!("{field}.quote")), strings.field_quote, &field_of_record(strings, strings.kind_status, strings.field_quote), &status.quote, set(|status, value| status.quote = value), None) }
        </>
    }
}

pub(super) fn industry_choice(
    context: &Context,
    industry: &str,
    onchange: Callback<String>,
) -> Html {
    let strings = context.strings;
    let id = context.id("industry");
    let industries = &context.draft.industries;
    let known = industries.iter().any(|known| known.id == industry);
    let onpick = onchange.clone();
    let onselect = Callback::from(move |event: Event| {
        onpick.emit(event.target_unchecked_into::<HtmlSelectElement>().value())
    });
    html! {
        <>
            <div class="field">
                <label for={id.clone()}>{ strings.field_industry }</label>
                <select id={id} onchange={onselect}>
                    if !known {
                        <option value={industry.to_string()} selected=true>{ if industry.is_empty() { strings.choose_one.to_string() } else { fill(strings.undefined_id, &[("id", industry)]) } }</option>
                    }
                    { for industries.iter().map(|known| html! {
                        <option value={known.id.clone()} selected={known.id == industry}>{ &known.label }</option>
                    }) }
                </select>
            </div>
            { new_vocabulary(context, strings.new_industry, true, onchange) }
        </>
    }
}

/// "Industry inferred from context": checked where the source does not name the project's
/// industry, with the sentence it is inferred from, the project's first quote to begin with
/// (the validator refuses an inferred industry without one), replaced by the selection.
fn industry_inferred_fields(
    context: &Context,
    project: &Project,
    onchange: Callback<Option<InferredIndustry>>,
) -> Html {
    let strings = context.strings;
    let first_quote = project.quotes.first().cloned().unwrap_or_default();
    let ontoggle = onchange.reform(move |event: Event| {
        let checked = event.target_unchecked_into::<HtmlInputElement>().checked();
        checked.then(|| InferredIndustry { quote: first_quote.clone() })
    });
    let label = strings.field_industry_inferred_quote;
    html! {
        <>
            <label><input type="checkbox" id={context.id("industry_inferred")} checked={project.industry_inferred.is_some()} onchange={ontoggle} />{ strings.field_industry_inferred }</label>
            if let Some(inferred) = &project.industry_inferred {
                { quote_field(context, context.id("industry_inferred.quote"), label, label, &inferred.quote, onchange.reform(|quote| Some(InferredIndustry { quote })), None) }
            }
        </>
    }
}

/// "New industry…" or "New status…": a name (and for an industry a colour, the palette's next
/// by default), added to the dataset's list; `onadded` then gets its id.
pub(super) fn new_vocabulary(
    context: &Context,
    label: &str,
    industry: bool,
    onadded: Callback<String>,
) -> Html {
    let strings = context.strings;
    let draft = context.draft.clone();
    let ondispatch = context.ondispatch.clone();
    let name_id = context.id(if industry { "new-industry-name" } else { "new-status-name" });
    let colour_id = context.id("new-industry-colour");
    let default_colour = palette_color(draft.industries.len());
    let onadd = {
        let name_id = name_id.clone();
        let colour_id = colour_id.clone();
        Callback::from(move |_: MouseEvent| {
            let input = |id: &str| {
                gloo::utils::document().get_element_by_id(id).and_then(|element| {
                    wasm_bindgen::JsCast::dyn_into::<HtmlInputElement>(element).ok()
                })
            };
            let Some(name_input) = input(&name_id) else { return };
            let name = name_input.value().trim().to_string();
            if name.is_empty() {
                return;
            }
            let (place, record, id) = if industry {
                let id = unique_id(&name, "industry", |id| {
                    draft.industries.iter().any(|known| known.id == id)
                });
                let color = input(&colour_id).map(|input| input.value());
                (
                    Place::Industry(draft.industries.len()),
                    Record::Industry(Industry { id: id.clone(), label: name, color }),
                    id,
                )
            } else {
                let id = unique_id(&name, "status", |id| {
                    draft.statuses.iter().any(|known| known.id == id)
                });
                (
                    Place::Status(draft.statuses.len()),
                    Record::Status(Status { id: id.clone(), label: name }),
                    id,
                )
            };
            name_input.set_value("");
            // The panel closes once its record is added, with focus back on its summary: left
            // open, it stayed open in the next record's form too.
            if let Ok(Some(details)) = name_input.closest("details") {
                let _ = details.remove_attribute("open");
                if let Some(summary) = details
                    .first_element_child()
                    .and_then(|summary| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(summary).ok())
                {
                    let _ = summary.focus();
                }
            }
            ondispatch.emit(EditorAction::Edit(Edit::Insert(place, record)));
            onadded.emit(id);
        })
    };
    html! {
        <details class="new-vocabulary">
            <summary>{ label }</summary>
            <div class="field">
                <label for={name_id.clone()}>{ strings.field_label }</label>
                <input type="text" id={name_id} />
            </div>
            if industry {
                <div class="field">
                    <label for={colour_id.clone()}>{ strings.field_colour }</label>
                    <input type="color" id={colour_id} value={default_colour} />
                </div>
            }
            <button type="button" class="button small" onclick={onadd}>{ strings.add_record }</button>
        </details>
    }
}

/// The text and quote of a request or a note; `record` names it ("Request 2") in its quote's
/// buttons' names.
pub(super) fn text_quote_fields(
    context: &Context,
    record: &str,
    text: &str,
    quote: &str,
    field: &str,
    onchange: Callback<(String, String)>,
) -> Html {
    let strings = context.strings;
    let pair = (text.to_string(), quote.to_string());
    html! {
        <>
            { long_text_field(context.id(&format!("{field}.text")), strings.field_text, text, setter(&pair, &onchange, |pair: &mut (String, String), text| pair.0 = text)) }
            { quote_field(context, context.id(&format!("{field}.quote")), strings.field_quote, &field_of_record(strings, record, strings.field_quote), quote, setter(&pair, &onchange, |pair: &mut (String, String), quote| pair.1 = quote), None) }
        </>
    }
}

pub(super) fn directive_fields(
    context: &Context,
    directive: &Directive,
    on_record: Callback<Record>,
) -> Html {
    let strings = context.strings;
    let onchange = on_record.reform(|directive: Directive| Record::Directive(Box::new(directive)));
    let set = |change: fn(&mut Directive, String)| setter(directive, &onchange, change);
    let briefing = context.briefing();
    let chosen: Vec<String> = match &directive.scope {
        Scope::CityWide(_) => Vec::new(),
        Scope::Projects(ids) => ids.clone(),
    };
    let city_wide = matches!(directive.scope, Scope::CityWide(_));
    let themes: Vec<&str> = {
        let mut themes: Vec<&str> = briefing
            .directives
            .iter()
            .map(|directive| directive.theme.as_str())
            .filter(|theme| !theme.is_empty())
            .collect();
        themes.sort_unstable();
        themes.dedup();
        themes
    };
    let theme_id = context.id("theme");
    let ontheme = set(|directive, value| directive.theme = value);
    let scope_id = context.id("scope");
    html! {
        <>
            <div class="field">
                <label for={theme_id.clone()}>{ strings.field_theme }</label>
                <input type="text" id={theme_id} list="themes" value={directive.theme.clone()} onchange={Callback::from(move |event: Event| ontheme.emit(event.target_unchecked_into::<HtmlInputElement>().value()))} />
                <datalist id="themes">{ for themes.iter().map(|theme| html! { <option value={theme.to_string()} /> }) }</datalist>
            </div>
            { long_text_field(context.id("summary"), strings.field_summary, &directive.summary, set(|directive, value| directive.summary = value)) }
            <fieldset class="scope" id={scope_id} tabindex="-1">
                <legend>{ strings.field_scope }</legend>
                <label><input type="radio" name="scope" checked={city_wide} onchange={setter(directive, &onchange, |directive: &mut Directive, _: Event| directive.scope = Scope::CityWide("city-wide".to_string()))} />{ strings.scope_city_wide }</label>
                { for briefing.projects.iter().map(|project| {
                    scope_choice(context, directive, &onchange, &chosen, &project.id, project.name.clone())
                }) }
                // An id no project has (a typing mistake in a file, a project since deleted) is
                // listed ticked, where its problem leads, so that unticking removes it.
                { for chosen.iter().filter(|id| briefing.projects.iter().all(|project| &project.id != *id)).map(|id| {
                    let label = fill(strings.scope_unknown_project, &[("id", id)]);
                    scope_choice(context, directive, &onchange, &chosen, id, label)
                }) }
            </fieldset>
            { quotes_list(context, "quotes", &directive.quotes, setter(directive, &onchange, |directive: &mut Directive, quotes| directive.quotes = quotes)) }
        </>
    }
}

/// One project of a directive's scope as a checkbox, ticked when the scope names `id`; its id is
/// the field of its place in the scope (`scope[1]`), where a problem with that place leads.
fn scope_choice(
    context: &Context,
    directive: &Directive,
    onchange: &Callback<Directive>,
    chosen: &[String],
    id: &str,
    label: String,
) -> Html {
    let position = chosen.iter().position(|other| other == id);
    let field = position.map(|position| context.id(&format!("scope[{position}]")));
    let id = id.to_string();
    let toggle = setter(directive, onchange, move |directive: &mut Directive, _: Event| {
        let mut ids = match &directive.scope {
            Scope::Projects(ids) => ids.clone(),
            Scope::CityWide(_) => Vec::new(),
        };
        if ids.contains(&id) {
            ids.retain(|other| other != &id)
        } else {
            ids.push(id.clone())
        }
        directive.scope = if ids.is_empty() {
            Scope::CityWide("city-wide".to_string())
        } else {
            Scope::Projects(ids)
        };
    });
    html! { <label><input type="checkbox" id={field} checked={position.is_some()} onchange={toggle} />{ label }</label> }
}

pub(super) fn glossary_fields(
    context: &Context,
    entry: &GlossaryEntry,
    on_record: Callback<Record>,
) -> Html {
    let strings = context.strings;
    let onchange = on_record.reform(Record::Glossary);
    let set = |change: fn(&mut GlossaryEntry, String)| setter(entry, &onchange, change);
    html! {
        <>
            { quote_field(context, context.id("term"), strings.field_term, strings.field_term, &entry.term, set(|entry, value| entry.term = value), None) }
            { text_field(context.id("reading"), strings.field_reading, &entry.reading, set(|entry, value| entry.reading = value)) }
            { text_field(context.id("original"), strings.field_original, entry.original.as_deref().unwrap_or_default(), set(|entry, value| entry.original = (!value.trim().is_empty()).then_some(value))) }
        </>
    }
}

pub(super) fn industry_fields(
    context: &Context,
    industry: &Industry,
    on_record: Callback<Record>,
) -> Html {
    let strings = context.strings;
    let onchange = on_record.reform(Record::Industry);
    let set = |change: fn(&mut Industry, String)| setter(industry, &onchange, change);
    let colour_id = context.id("color");
    let oncolour = set(|industry, value| industry.color = Some(value));
    html! {
        <>
            <p class="hint">{ fill(strings.id_line, &[("id", &industry.id)]) }</p>
            { text_field(context.id("label"), strings.field_label, &industry.label, set(|industry, value| industry.label = value)) }
            <div class="field">
                <label for={colour_id.clone()}>{ strings.field_colour }</label>
                <input type="color" id={colour_id} value={industry.color.clone().unwrap_or_else(|| palette_color(0).to_string())} onchange={Callback::from(move |event: Event| oncolour.emit(event.target_unchecked_into::<HtmlInputElement>().value()))} />
            </div>
        </>
    }
}

pub(super) fn status_fields(
    context: &Context,
    status: &Status,
    on_record: Callback<Record>,
) -> Html {
    let strings = context.strings;
    let onchange = on_record.reform(Record::Status);
    html! {
        <>
            <p class="hint">{ fill(strings.id_line, &[("id", &status.id)]) }</p>
            { text_field(context.id("label"), strings.field_label, &status.label, setter(status, &onchange, |status: &mut Status, value| status.label = value)) }
        </>
    }
}
