//! The page header: the briefing's title, date as stated, place and officials, and a briefing
//! picker when the dataset holds several briefings (in the full view).

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::shared::Shared;

use super::around::{around_html, pieces_html};
use super::gloss::Gloss;
use super::project_card::labelled_source_control;
use crate::app::hooks::use_paint_stages::use_paint_stages;
use crate::app::hooks::use_strings::use_strings;
use crate::app::source_action::SourceAction;
use crate::model::dataset::{Briefing, Dataset};
use crate::model::format::{format_date, format_number, names_pieces, officials_pieces};
use crate::model::language::Language;
use crate::model::overview::{glance, glance_line, picker_entries, PickerListing};
use crate::model::query::{BriefingChoice, BriefingFact, FactKey, Selection};
use crate::model::source::{
    fact_backings, partly_pieces, title_glosses, unbacked_text, FactBacking, FactBackings,
};
use crate::model::strings::{fill, Strings};
use crate::model::url::ALL_BRIEFINGS;

#[derive(Properties, PartialEq)]
pub struct BriefingHeaderProps {
    pub dataset: Shared<Dataset>,
    /// Indices of the briefings in view.
    pub briefings: Vec<usize>,
    pub choice: BriefingChoice,
    /// Chooses another briefing; without it (an embedded view) there is no picker: the article
    /// around an embedded summary speaks of the briefing its author chose, and a reader who
    /// switched it there would read the article against another briefing's facts.
    #[prop_or_default]
    pub onchoose: Option<Callback<BriefingChoice>>,
    /// Switches the interface language; without it (an embedded view) there is no switch.
    #[prop_or_default]
    pub onset_language: Option<Callback<Language>>,
    /// Whether to say what the page is, what to do, and what the briefing holds at a glance:
    /// the explorer's first screen, not an embedded view's.
    #[prop_or_default]
    pub introduce: bool,
    /// What each fact's "Source" does, as a card's: in the full view it marks the fact's
    /// sentences below; in an embedded summary it opens the full view there.
    pub source: SourceAction,
    /// What the source view marks, so that the fact whose sentences it marks says so.
    #[prop_or_default]
    pub selected: Option<Selection>,
}

#[function_component]
pub fn BriefingHeader(props: &BriefingHeaderProps) -> Html {
    let strings = use_strings();
    let dataset = &props.dataset;
    let picker = props.onchoose.clone().filter(|_| dataset.briefings.len() > 1).map(|onchoose| {
        html! {
            <BriefingPicker dataset={dataset.clone()} choice={props.choice.clone()} {onchoose} />
        }
    });
    let single_index = match props.briefings.as_slice() {
        [index] => Some(*index),
        _ => None,
    };
    let single = single_index.and_then(|index| dataset.briefings.get(index));
    let glosses = single.map(title_glosses).unwrap_or_default();
    // What backs each fact, found once per briefing: finding its quotes reads the whole source,
    // and the header is drawn again at every filter click.
    let backings = use_memo((dataset.clone(), single_index), |(dataset, index)| {
        let briefing = index.and_then(|index| dataset.briefings.get(index));
        briefing.map(fact_backings)
    });
    let (title, facts) = match single_index.zip(single).zip(backings.as_ref().as_ref()) {
        Some(((index, briefing), backings)) => {
            let sources =
                FactSources { briefing: index, action: &props.source, selected: props.selected };
            let facts = html! {
                <dl class="briefing-facts">{ fact_rows(briefing, backings.each(), strings, Some(sources)) }</dl>
            };
            (briefing.title.clone(), facts)
        }
        None => {
            let title = dataset.title.clone().unwrap_or_else(|| strings.all_briefings.to_string());
            let count = fill(
                strings.briefings_count,
                &[("count", &format_number(props.briefings.len() as f64, strings))],
            );
            (title, html! { <p class="briefing-facts">{ count }</p> })
        }
    };
    // The source's kind is the briefing's words; with several in view, the dataset's.
    let kind_lang = match single {
        Some(briefing) => strings.language.data_lang(&briefing.source.language),
        None => strings.language.dataset_lang(dataset),
    };
    html! {
        <header class="briefing-header">
            <div class="briefing-header-top">
                <p class="app-name">{ strings.app_name }</p>
                <div class="header-controls">
                    if let Some(onset) = props.onset_language.clone() {
                        <LanguageSwitch current={strings.language} {onset} />
                    }
                    { for picker }
                </div>
            </div>
            <h1 id="briefing-title" tabindex="-1" lang={single.and_then(|briefing| strings.language.data_lang(&briefing.source.language))}>{ title }</h1>
            // The readings beside a machine-translated headline, shown as the source text
            // shows them beside its own wording.
            if !glosses.is_empty() {
                <p class="title-glosses">
                    { for glosses.iter().map(|entry| html! {
                        <span class="title-gloss">
                            <span class="term" lang={single.and_then(|briefing| strings.language.data_lang(&briefing.source.language))}>{ format!("“{}”", entry.term) }</span>
                            <Gloss entry={(*entry).clone()} lang={single.map(|briefing| briefing.source.language.clone()).unwrap_or_default()} original_lang={single.and_then(|briefing| briefing.source.original_language.clone())} />
                        </span>
                    }) }
                </p>
            }
            { facts }
            if props.introduce {
                <p class="intro">{ strings.intro }</p>
                <p class="glance">{ around_html(&glance_line(&glance(dataset, &props.briefings), strings), kind_lang) }</p>
            }
        </header>
    }
}

#[derive(Properties, PartialEq)]
struct BriefingPickerProps {
    dataset: Shared<Dataset>,
    choice: BriefingChoice,
    onchoose: Callback<BriefingChoice>,
}

/// A `<select>` of "All briefings" and each briefing, oldest first, by date and title. Its first
/// render lists only the chosen briefing, which is all a closed picker shows; the rest follow
/// once the browser has painted, so that a dataset of many briefings does not hold back its
/// first card. (The picker's width is set in the style sheet, so it does not move then.)
#[function_component]
fn BriefingPicker(props: &BriefingPickerProps) -> Html {
    let strings = use_strings();
    let listing =
        if use_paint_stages(1, true) == 1 { PickerListing::Every } else { PickerListing::Chosen };
    let onchange = props.onchoose.reform(|event: Event| {
        let value = event.target_unchecked_into::<HtmlSelectElement>().value();
        if value == ALL_BRIEFINGS {
            BriefingChoice::All
        } else {
            BriefingChoice::One(value)
        }
    });
    let entries = picker_entries(&props.dataset, &props.choice, listing, strings);
    html! {
        <label class="briefing-picker">
            <span>{ strings.briefing_picker }</span>
            <select {onchange}>
                // Keyed, so that the chosen briefing's option stays the one selected when the
                // others arrive around it.
                { for entries.into_iter().map(|entry| html! {
                    <option key={entry.value.clone()} value={entry.value} selected={entry.selected}>
                        { entry.label }
                    </option>
                }) }
            </select>
        </label>
    }
}

#[derive(Properties, PartialEq)]
struct LanguageSwitchProps {
    current: Language,
    onset: Callback<Language>,
}

/// "中文 / English": one button per language, each named in its own language, the current one
/// pressed. Switching keeps the whole view (filters, selection, slide).
#[function_component]
fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let strings = use_strings();
    html! {
        <div class="language-switch" role="group" aria-label={strings.language_switch}>
            { for Language::ALL.into_iter().rev().map(|language| {
                let pressed = language == props.current;
                let onclick = props.onset.reform(move |_: MouseEvent| language);
                html! {
                    <button
                        type="button"
                        class="button language-option"
                        lang={language.tag()}
                        aria-pressed={pressed.to_string()}
                        {onclick}
                    >
                        { language.strings().language_name }
                    </button>
                }
            }) }
        </div>
    }
}

/// A briefing's date, place, officials and who else took part, as the rows of a description
/// list: the same on the page's header, the title slide and paper, so that none of them leaves
/// out what another shows. A slide and paper have no "Source" buttons; a fact the source's
/// text does not state says so on each. `backings` are the briefing's ([`fact_backings`]),
/// found once by the caller: finding them reads the whole source.
pub fn briefing_fact_rows(briefing: &Briefing, backings: &FactBackings, strings: &Strings) -> Html {
    fact_rows(briefing, backings.each(), strings, None)
}

/// The header's facts' "Source" controls: the briefing's index, what a control does, and what
/// the source view marks.
struct FactSources<'a> {
    briefing: usize,
    action: &'a SourceAction,
    selected: Option<Selection>,
}

/// [`briefing_fact_rows`], each fact that sentences of the source back followed by its
/// "Source" control when `sources` are given, in a description of its own: the fact's own
/// description stays the fact alone. `backings` are what backs each fact, in the order of
/// `BriefingFact::ALL`.
fn fact_rows(
    briefing: &Briefing,
    backings: &[FactBacking; 4],
    strings: &Strings,
    sources: Option<FactSources>,
) -> Html {
    let lang = strings.language.data_lang(&briefing.source.language);
    // The officials' names and roles, and the participants' names, are the data's words; the
    // brackets and separators between them, "（" and "、" in Chinese, the interface's.
    let officials = officials_pieces(&briefing.officials, strings);
    let names_langs = [lang.clone(), lang.clone()];
    let backing = |fact: BriefingFact, backing: &FactBacking| {
        FactBackingHtml::new(fact, backing, strings, sources.as_ref(), &lang)
    };
    let [date, place, officials_backing, participants] =
        [0, 1, 2, 3].map(|index| backing(BriefingFact::ALL[index], &backings[index]));
    html! {
        <>
            <div><dt>{ BriefingFact::Date.label(strings) }</dt><dd class={classes!(briefing.date.is_none().then_some("not-stated"))}>{ format_date(briefing.date.as_ref(), strings) }{ date.qualifier }</dd>{ date.control }</div>
            <div><dt>{ BriefingFact::Place.label(strings) }</dt><dd lang={lang.clone()}>{ &briefing.place }{ place.qualifier }</dd>{ place.control }</div>
            if !officials.is_empty() {
                <div><dt>{ BriefingFact::Officials.label(strings) }</dt><dd>{ pieces_html(&officials, &names_langs) }{ officials_backing.qualifier }</dd>{ officials_backing.control }</div>
            }
            if !briefing.participants.is_empty() {
                <div><dt>{ BriefingFact::Participants.label(strings) }</dt><dd>{ pieces_html(&names_pieces(&briefing.participants, strings), &names_langs) }{ participants.qualifier }</dd>{ participants.control }</div>
            }
        </>
    }
}

/// What backs a header fact (`backing`), as the header shows it. Which sentences back which
/// fact is the model's call (`fact_backings`).
struct FactBackingHtml {
    /// After the fact, within its description: what states it when no sentence of the source
    /// does (the note on the source), that nothing found does, or which of its names no
    /// sentence holds.
    qualifier: Html,
    /// After the fact's description, a description of its own: its "Source" control, when
    /// sentences of the source state it (all of it or part of it) and `sources` are given.
    control: Html,
}

impl FactBackingHtml {
    /// `data_lang`: the data's language where the fact's description is marked as in it, so
    /// that the qualifier, the interface's words, says it is in the interface's, and the names
    /// it holds, the data's words, in the data's.
    fn new(
        fact: BriefingFact,
        backing: &FactBacking,
        strings: &Strings,
        sources: Option<&FactSources>,
        data_lang: &Option<String>,
    ) -> FactBackingHtml {
        let said = |words: Html| {
            let lang = data_lang.is_some().then(|| strings.language.tag());
            html! { <span class="muted" {lang}>{ words }</span> }
        };
        let control = |label: String| {
            let control = sources.map(|sources| {
                let selection = Selection::Fact(FactKey { briefing: sources.briefing, fact });
                let selected = sources.selected == Some(selection);
                let class = classes!("button", "link", "source-button");
                html! {
                    <dd class="fact-source">
                        { labelled_source_control(sources.action, selection, label, selected, class, strings) }
                    </dd>
                }
            });
            control.unwrap_or_default()
        };
        let (qualifier, control) = match backing {
            FactBacking::Sentences(_) => {
                let label = fill(strings.show_source_for, &[("name", fact.name(strings))]);
                (Html::default(), control(label))
            }
            // The sentences of the names they hold are still marked, their control named as
            // leaving out the rest, and the fact says which names no sentence holds and which
            // of them the note on the source does.
            FactBacking::Partly { .. } => {
                let pieces = partly_pieces(backing, strings);
                let left_out = backing.left_out();
                let langs = vec![data_lang.clone(); left_out.len()];
                let label = unbacked_text(
                    strings.show_source_for_partly,
                    &[("name", fact.name(strings))],
                    &[("names", &left_out, strings.names_and)],
                    strings,
                );
                (said(pieces_html(&pieces, &langs)), control(label))
            }
            FactBacking::SourceNote => (said(html! { strings.fact_from_note }), Html::default()),
            FactBacking::NotFound => (said(html! { strings.fact_not_found }), Html::default()),
            FactBacking::Nothing => (Html::default(), Html::default()),
        };
        FactBackingHtml { qualifier, control }
    }
}
