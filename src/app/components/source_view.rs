//! The whole source text, with the selection's sentences marked and reading notes beside the
//! translation's own wording.

use yew::prelude::*;

use crate::app::shared::Shared;

use super::around::pieces_html;
use super::gloss::Gloss;
use crate::app::focus::{focus_by_id, show_more_in_place, Adds};
use crate::app::hooks::use_glossary_search::use_glossary_search;
use crate::app::hooks::use_page_limit::{use_page_limit, PageLimit};
use crate::app::hooks::use_scroll_to_highlight::use_scroll_to_highlight;
use crate::app::hooks::use_strings::use_strings;
use crate::app::printing::open_while_printing;
use crate::model::dataset::{Briefing, Dataset};
use crate::model::dataset_index::DatasetIndex;
use crate::model::format::format_number;
use crate::model::query::Selection;
use crate::model::source::{
    fact_backings, page_after, page_before, partly_pieces, source_window, FactBackings,
    GlossarySearch, Paragraph, Run, SourceParagraphs, SOURCE_PAGE,
};
use crate::model::strings::{fill, fill_pieces, Piece, Strings};
use crate::model::text::figure_pieces;

#[derive(Properties, PartialEq)]
pub struct SourceViewProps {
    pub dataset: Shared<Dataset>,
    pub index: Shared<DatasetIndex>,
    pub briefings: Vec<usize>,
    pub selected: Option<Selection>,
    /// How many times a source was asked for (`State::reveals`).
    pub reveals: u32,
    pub onclear: Callback<()>,
    /// Whether this view follows the address (Back, Forward, an edited address), not a click.
    pub followed: bool,
}

/// What the Source view says it marks: "Highlighted: the sentences behind …", the project or
/// directive it names in the data's words, and after it, for a header fact its sentences state
/// only in part, which names they leave out ([`partly_pieces`]), those names in the data's words.
struct HighlightNotice {
    said: Vec<Piece>,
    /// The language of the name in `said`: the data's for a project's or a directive's, none
    /// for a header fact's, which the interface names.
    said_lang: Option<String>,
    left_out: Vec<Piece>,
    /// The language of each name in `left_out`, by its slot: the data's.
    left_out_langs: Vec<Option<String>>,
}

/// The selection's briefing index, its quotes, and what the view says it marks; a header fact's
/// quotes are those `fact_backings` (its briefing's) give it.
fn selection_quotes<'d>(
    dataset: &'d Dataset,
    selection: Option<Selection>,
    fact_backings: Option<&FactBackings>,
    strings: &Strings,
) -> Option<(usize, Vec<&'d str>, HighlightNotice)> {
    let notice = |name: &str, said_lang: Option<String>| HighlightNotice {
        said: fill_pieces(strings.source_highlight_notice, &[("name", name)]),
        said_lang,
        left_out: Vec::new(),
        left_out_langs: Vec::new(),
    };
    let data_lang = |briefing: &Briefing| strings.language.data_lang(&briefing.source.language);
    match selection? {
        Selection::Project(key) => {
            let (briefing, project) = dataset.project_at(key)?;
            let notice = notice(&project.short_name, data_lang(briefing));
            Some((key.briefing, project.every_quote(), notice))
        }
        Selection::Directive(key) => {
            let (briefing, directive) = dataset.directive_at(key)?;
            let quotes = directive.quotes.iter().map(String::as_str).collect();
            Some((key.briefing, quotes, notice(&directive.summary, data_lang(briefing))))
        }
        // The header's fact, its sentences as the model finds them: one no sentence backs has
        // no "Source" button, and an address naming it marks nothing. One they back in part
        // says which names no sentence holds, as the header does after it.
        Selection::Fact(key) => {
            let briefing = dataset.briefings.get(key.briefing)?;
            let backing = fact_backings?.of(key.fact);
            let quotes =
                backing.sentences()?.iter().filter_map(|&index| briefing.quotes.get(index));
            let notice = HighlightNotice {
                left_out: partly_pieces(backing, strings),
                left_out_langs: vec![data_lang(briefing); backing.left_out().len()],
                ..notice(key.fact.name(strings), None)
            };
            Some((key.briefing, quotes.map(String::as_str).collect(), notice))
        }
    }
}

#[function_component]
pub fn SourceView(props: &SourceViewProps) -> Html {
    let strings = use_strings();
    let container = use_node_ref();
    use_scroll_to_highlight(container.clone(), props.selected, props.reveals, props.followed);
    use_effect_with((), |_| {
        let listeners = open_while_printing("details.glossary");
        move || drop(listeners)
    });
    // What backs a selected header fact, found once per briefing rather than at each render:
    // finding it reads the whole source.
    let fact_briefing = match props.selected {
        Some(Selection::Fact(key)) => Some(key.briefing),
        _ => None,
    };
    let backings = use_memo((props.dataset.clone(), fact_briefing), |(dataset, index)| {
        index.and_then(|index| dataset.briefings.get(index)).map(fact_backings)
    });
    let highlight =
        selection_quotes(&props.dataset, props.selected, backings.as_ref().as_ref(), strings);
    let shown_briefing =
        highlight.as_ref().map(|(index, _, _)| *index).or_else(|| props.briefings.first().copied());

    let quotes: &[&str] = highlight.as_ref().map_or(&[], |(_, quotes, _)| quotes.as_slice());
    // How many pages of the source were asked for before and after the first page shown:
    // `use_page_limit` with pages of one counts from one, adds one per press and is every page
    // while printing. Another source or selection, or the same one asked for again, starts
    // from its first page again.
    let shown = (shown_briefing, props.selected, props.reveals);
    let earlier = use_page_limit(shown, 1);
    let later = use_page_limit(shown, 1);
    // The reading notes a page at a time too: a crafted glossary of 100,000 notes made half a
    // million elements at every load, seconds of work, though the list starts folded.
    let notes = use_page_limit(shown_briefing, SOURCE_PAGE);
    // The glossary's one-pass search, built once per dataset and briefing shown (shared with
    // the search texts), not at each render; a long glossary's readings come once it is built.
    let glossary_search = use_glossary_search(&props.dataset, &props.index, shown_briefing);
    // Both ways out of the highlight take focus back to the "Source" button it came from.
    let selected = props.selected;
    let return_focus = move || {
        if let Some(selection) = selected {
            focus_by_id(&selection.source_button_id());
        }
    };
    let onback = Callback::from(move |_: MouseEvent| return_focus());
    let onclear = {
        let onclear = props.onclear.clone();
        Callback::from(move |_: MouseEvent| {
            return_focus();
            onclear.emit(());
        })
    };
    let back_label = match selected {
        Some(Selection::Directive(_)) => strings.back_to_directive,
        Some(Selection::Fact(_)) => strings.back_to_briefing_facts,
        _ => strings.back_to_card,
    };
    html! {
        <section id="source" class="source" aria-labelledby="source-heading" tabindex="-1" ref={container}>
            <h2 id="source-heading">{ strings.source_heading }</h2>
            if let Some((_, _, notice)) = &highlight {
                <p class="highlight-notice">
                    { pieces_html(&notice.said, std::slice::from_ref(&notice.said_lang)) }
                    { pieces_html(&notice.left_out, &notice.left_out_langs) }
                    <button type="button" class="button link" onclick={onback}>{ back_label }</button>
                    <button type="button" class="button link" onclick={onclear}>{ strings.clear_highlight }</button>
                </p>
            }
            // One source at a time: the selection's briefing, else the first in view. Rendering
            // every briefing's text at once would not scale to a dataset of many briefings.
            if let Some(briefing) = shown_briefing.and_then(|index| props.dataset.briefings.get(index)) {
                if props.briefings.len() > 1 {
                    <p class="muted">{ fill(strings.source_of_one, &[("title", &briefing.title)]) }</p>
                }
                { source_document(strings, briefing, quotes, glossary_search, [earlier, later, notes]) }
            }
        </section>
    }
}

/// The briefing's source, a page of paragraphs at a time (`source_window`): the first page, or
/// the page around the selection's sentences, with pages before and after it as asked for
/// (`earlier` and `later`), and its reading notes up to their own `notes` limit.
fn source_document(
    strings: &Strings,
    briefing: &Briefing,
    quotes: &[&str],
    glossary_search: Option<GlossarySearch>,
    [earlier, later, notes]: [PageLimit; 3],
) -> Html {
    let source = SourceParagraphs::new(briefing, quotes, glossary_search);
    let total = source.len();
    let sizes = source.sizes();
    let window = source_window(&sizes, source.marked(), earlier.limit - 1, later.limit - 1);
    let paragraphs = source.annotate(window.clone());
    let shown_line = html! {
        <p class="muted">{ fill(strings.source_paragraphs_shown, &[
            ("from", &format_number((window.start + 1) as f64, strings)),
            ("to", &format_number(window.end as f64, strings)),
            ("total", &format_number(total as f64, strings)),
        ]) }</p>
    };
    // Each page comes in where its button stood, its first paragraph focused.
    const PARAGRAPHS: &str = ".source-text > p";
    let onearlier = show_more_in_place(earlier.onmore, PARAGRAPHS, Adds::AtStart);
    let onlater = show_more_in_place(later.onmore, PARAGRAPHS, Adds::AtEnd);
    let onmorenotes = show_more_in_place(notes.onmore, ".glossary dl > div", Adds::AtEnd);
    let notes_left = briefing.glossary.len().saturating_sub(notes.limit);
    // The note and the reading notes are written in the dataset's language, not the page's.
    let lang = strings.language.data_lang(&briefing.source.language);
    html! {
        <article class="source-document" key={briefing.id.clone()} aria-label={briefing.source.title.clone()}>
            <p class="source-note" lang={lang.clone()}>{ &briefing.source.note }</p>
            if window.start > 0 {
                <div class="show-more">
                    { shown_line.clone() }
                    <button type="button" class="button" onclick={onearlier}>
                        { fill(strings.show_earlier, &[("count", &(window.start - page_before(&sizes, window.start)).to_string())]) }
                    </button>
                </div>
            }
            <div class="source-text" lang={briefing.source.language.clone()}>
                { for paragraphs.iter().map(|paragraph| source_paragraph(strings, briefing, paragraph)) }
            </div>
            if window.end < total {
                <div class="show-more">
                    if window.start == 0 {
                        { shown_line }
                    }
                    <button type="button" class="button" onclick={onlater}>
                        { fill(strings.show_more, &[("count", &(page_after(&sizes, window.end) - window.end).to_string())]) }
                    </button>
                </div>
            }
            if !briefing.glossary.is_empty() {
                <details class="glossary">
                    <summary>{ strings.glossary_heading }</summary>
                    // The notes are the dataset's words; each original wording has its own lang.
                    <dl {lang}>
                        { for briefing.glossary.iter().take(notes.limit).map(|entry| html! {
                            <div>
                                <dt>{ format!("“{}”", entry.term) }</dt>
                                <dd>
                                    { &entry.reading }
                                    if let Some(original) = entry.original_to_show() {
                                        <span class="original" lang={briefing.source.original_language.clone()}>{ format!(" ({original})") }</span>
                                    }
                                </dd>
                            </div>
                        }) }
                    </dl>
                    if notes_left > 0 {
                        <div class="show-more">
                            <button type="button" class="button" onclick={onmorenotes}>
                                { fill(strings.show_more_notes, &[("count", &notes_left.min(SOURCE_PAGE).to_string())]) }
                            </button>
                        </div>
                    }
                </details>
            }
        </article>
    }
}

/// A paragraph, with how wide its words are set on one line, from which the page guesses its
/// height before laying it out (main.css, `.source-text > p`).
fn source_paragraph(strings: &Strings, briefing: &Briefing, paragraph: &Paragraph) -> Html {
    let units = paragraph.width_units(
        &briefing.glossary,
        strings.language,
        briefing.source.original_language.as_deref(),
    );
    html! {
        <p class={classes!(paragraph.runs_on.then_some("runs-on"))} data-css={format!("--units: {units}")}>
            { source_runs(briefing, &paragraph.runs) }
        </p>
    }
}

/// Source wording as runs: highlights marked, and each glossary term followed by its reading
/// ("transformation of Ningbo → in Nanjing …"). The source view and the slides' quotes both
/// show the wording this way, so a reading is never shown in one place and dropped in another.
pub fn source_runs(briefing: &Briefing, runs: &[Run]) -> Html {
    html! {
        { for runs.iter().map(|run| {
            let words = unbroken_figures(&run.text);
            let text = if run.highlighted {
                html! { <mark class={classes!(run.in_term.then_some("term"))}>{ words }</mark> }
            } else if run.in_term {
                html! { <span class="term">{ words }</span> }
            } else {
                words
            };
            let gloss = run.gloss_after.and_then(|entry| briefing.glossary.get(entry)).map(|entry| html! {
                <Gloss entry={entry.clone()} lang={briefing.source.language.clone()} original_lang={briefing.source.original_language.clone()} />
            });
            html! { <>{ text }{ for gloss }</> }
        }) }
    }
}

/// Source words with each figure written with a scale word (`60万`) kept on one line
/// (`model::text::figure_pieces` says why).
fn unbroken_figures(text: &str) -> Html {
    html! {
        { for figure_pieces(text).into_iter().map(|(piece, figure)| if figure {
            html! { <span class="figure-run">{ piece }</span> }
        } else {
            html! { { piece } }
        }) }
    }
}
