//! The explorer page: header, filters, projects, directives and the source, over one reducer.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::first_view;
use crate::app::focus::{focus_and_select_once_shown, focus_by_id_once_shown};
use crate::app::frames::next_task;
use crate::app::shared::Shared;
use crate::app::source_action::SourceAction;

use super::briefing_header::BriefingHeader;
use super::charts::ChartsAfterPaint;
use super::directives::Directives;
use super::export_buttons::ExportButtons;
use super::facets::Facets;
use super::presentation::{start_presenting, PresentButton, Presentation};
use super::presenter_view::PresenterView;
use super::project_list::ProjectList;
use super::share_buttons::ShareButtons;
use super::source_view::SourceView;
use super::url_notices::UrlNotices;
use crate::app::hooks::use_address_language::use_address_language;
use crate::app::hooks::use_hash_sync::{current_hash, push_address_hash, use_hash_sync};
use crate::app::hooks::use_key_shortcuts::{use_key_shortcuts, Shortcuts};
use crate::app::hooks::use_page_title::use_page_title;
use crate::app::hooks::use_paint_stages::{use_paint_stages, use_tasks_after};
use crate::app::hooks::use_scroll_to_highlight::use_focus_lays_out;
use crate::app::hooks::use_strings::use_strings;
use crate::model::colour::industry_color;
use crate::model::dataset::Dataset;
use crate::model::dataset_index::DatasetIndex;
use crate::model::format::projects_shown;
use crate::model::language::Language;
use crate::model::overview::{
    filters_hide_every_project, filters_toggle_label, no_match_announcement, no_match_text,
};
use crate::model::presenter::channel_name;
use crate::model::query::{BriefingChoice, Selection, StatusKey};
use crate::model::slides::build_slides;
use crate::model::state::{Action, State};
use crate::model::strings::{fill, Strings};
use crate::model::text::search_terms;
use crate::model::url::{deck_hash, follow_deck_hash, presenter_hash, UrlNotice};

/// Records whose search texts are folded per task before the first search: about 2 ms of a task
/// at full speed (8 ms with the CPU slowed 4×), so that input waits little for any one of them.
const SEARCH_TEXTS_PER_TASK: usize = 500;

/// The paints the sections below the project list wait for: the charts come after the first,
/// the directives after the second, the source after the third.
const BELOW_THE_LIST_STAGES: u8 = 3;

#[derive(Properties, PartialEq)]
pub struct ExplorerProps {
    pub dataset: Shared<Dataset>,
    /// The language the address asks for, whenever it names one.
    pub onlanguage: Callback<Language>,
    /// Shown inside the editor as a preview: the view's state stays out of the address, and
    /// the page's keyboard shortcuts (`/`, `p`) are the editor's.
    #[prop_or_default]
    pub preview: bool,
    /// The name of the file the reader opened on this device. No address shows it, so there is
    /// no link to copy or embed and no presenter view (a second window would load the site's
    /// data); `None` for the site's data.
    #[prop_or_default]
    pub opened_file: Option<AttrValue>,
    /// The briefing the address chose, when it chose one (`briefing=ID`), each time that
    /// changes: "Edit this data" opens the editor on it.
    #[prop_or_default]
    pub onbriefing: Callback<Option<AttrValue>>,
}

/// Every callback the explorer hands down, made once: a child whose props are unchanged then
/// skips re-rendering, which matters for long lists such as a picker of a thousand briefings.
#[derive(Clone)]
struct Callbacks {
    onselect: Callback<Selection>,
    onclear: Callback<()>,
    onclear_selection: Callback<()>,
    onchoose: Callback<BriefingChoice>,
    ontoggle_industry: Callback<String>,
    ontoggle_status: Callback<StatusKey>,
    onset_text: Callback<String>,
    ondismiss: Callback<()>,
    onslide: Callback<Option<usize>>,
    /// The presenter view's moves: a slide, never the end of the presentation.
    onpresenter_slide: Callback<Option<usize>>,
    onset_language: Callback<Language>,
}

impl Callbacks {
    fn new(ondispatch: Callback<Action>) -> Callbacks {
        Callbacks {
            onselect: ondispatch.reform(|selection| Action::Select(Some(selection))),
            onclear: ondispatch.reform(|_| Action::ClearFilters),
            onclear_selection: ondispatch.reform(|_| Action::Select(None)),
            onchoose: ondispatch.reform(Action::ChooseBriefing),
            ontoggle_industry: ondispatch.reform(Action::ToggleIndustry),
            ontoggle_status: ondispatch.reform(Action::ToggleStatus),
            onset_text: ondispatch.reform(Action::SetText),
            ondismiss: ondispatch.reform(|_| Action::DismissNotices),
            onslide: ondispatch.reform(Action::SetSlide),
            onpresenter_slide: {
                let ondispatch = ondispatch.clone();
                Callback::from(move |slide: Option<usize>| {
                    if let Some(slide) = slide {
                        ondispatch.emit(Action::SetSlide(Some(slide)));
                    }
                })
            },
            onset_language: ondispatch.reform(Action::SetLanguage),
        }
    }
}

#[function_component]
pub fn Explorer(props: &ExplorerProps) -> Html {
    let strings = use_strings();
    let preview = props.preview;
    let state = use_reducer(|| {
        State::new(props.dataset.rc(), &if preview { String::new() } else { current_hash() })
    });
    use_hash_sync(&state, !preview);
    use_address_language(state.query.language, props.onlanguage.clone());
    {
        let chosen = match &state.query.briefing {
            BriefingChoice::One(id) => Some(AttrValue::from(id.clone())),
            BriefingChoice::First | BriefingChoice::All => None,
        };
        let onbriefing = props.onbriefing.clone();
        use_effect_with(chosen, move |chosen| {
            onbriefing.emit(chosen.clone());
            // An explorer that goes (another dataset, an opened file) shows no briefing: the
            // next one says which it shows once it is there.
            move || onbriefing.emit(None)
        });
    }
    let search_ref = use_node_ref();
    let filters_expanded = use_state_eq(|| false);
    let onexpand_filters = {
        let filters_expanded = filters_expanded.clone();
        Callback::from(move |expanded| filters_expanded.set(expanded))
    };
    // On a narrow screen the search box is in the folded filters: `/` unfolds them first, so
    // that it reaches the box there too and what is typed next is a search, not shortcuts.
    let onsearch = {
        let (onexpand_filters, search_ref) = (onexpand_filters.clone(), search_ref.clone());
        Callback::from(move |()| {
            onexpand_filters.emit(true);
            focus_and_select_once_shown(search_ref.clone());
        })
    };
    let callbacks = {
        let dispatcher = state.dispatcher();
        use_memo((), move |_| Callbacks::new(dispatcher.to_callback()))
    };
    let present_ref = use_node_ref();
    // The deck is built to count its slides only when the slides were left before, and only
    // as they start again: not at every render of the page.
    let slide_to_start = {
        let state = state.clone();
        move || state.slide_to_start(|| build_slides(&state.dataset, &state.view).len())
    };
    let onpresent =
        start_presenting(state.query.slide.is_some(), slide_to_start, callbacks.onslide.clone());
    use_key_shortcuts(Shortcuts { onsearch, onpresent: onpresent.clone() }, !preview);

    let dataset = &state.dataset;
    let view = &state.view;
    // The search's folded texts are made a slice per task from when the search box takes focus,
    // so that the first key typed finds them made: made all at once on that key, at 10,000
    // projects, they were a task of 70–110 ms.
    let onsearch_focus = use_memo(Shared::new(Rc::clone(&state.index)), {
        let dataset = Rc::clone(dataset);
        move |index| {
            let index = index.rc();
            Callback::from(move |_: ()| {
                prepare_search_texts(Rc::clone(&index), Rc::clone(&dataset))
            })
        }
    });
    use_page_title(&props.dataset, &view.briefings, !preview);
    use_focus_lays_out();
    let Callbacks {
        onselect,
        onclear,
        onclear_selection,
        onchoose,
        ontoggle_industry,
        ontoggle_status,
        onset_text,
        ondismiss,
        onslide,
        onpresenter_slide,
        onset_language,
    } = (*callbacks).clone();
    // The presenter's channel and the deck's hash, for the slides and the presenter view only:
    // made when they are shown, not at every filter click.
    let channel = || {
        let path = gloo::utils::window().location().pathname().unwrap_or_default();
        AttrValue::from(channel_name(&path, state.query.data.as_deref()))
    };
    let deck = || AttrValue::from(deck_hash(&state.query, dataset));
    // Under a first view the first render comes in three tasks: the header and the heads of the
    // sections, then the sidebar's controls, then the project list. The page behind the first
    // view is not seen until it has the list, and that render in one task was the longest of
    // the app's start (35 ms at full speed, four times that on a phone).
    let first_render_tasks = use_tasks_after(2, first_view::is_on_page);
    let sidebar_shown = first_render_tasks >= 1;
    let list_shown = first_render_tasks >= 2;
    // The charts, directives and source below the project list come after the first paint, one
    // a frame, so that the first cards come sooner and no one task holds the whole page: at
    // 10,000 projects the charts alone are a pass over every project and a quarter of the page's
    // elements. They count their paints from the list's render, so that they never come before
    // it (nor before the first view hands over, which waits for the list).
    let stage = use_paint_stages(BELOW_THE_LIST_STAGES, list_shown);
    // The first view goes once the page has its project list, which is all a first screen shows
    // of the page (at 1920×1080 too): the reader can use the page three frames sooner than when
    // it waited for the sections below the list (at 10,000 projects about 180 ms at full speed,
    // 700 with the CPU slowed 4×), and the page keeps the first view's height until they are in.
    use_effect_with(list_shown, |&list_shown| {
        if list_shown {
            first_view::hand_over();
        }
    });
    use_effect_with(stage, |&stage| {
        if stage == BELOW_THE_LIST_STAGES {
            first_view::release_height();
        }
    });
    // The presenter view's window shows only the presenter view.
    if state.query.presenter {
        return html! {
            <PresenterView
                dataset={Rc::clone(dataset)}
                index={Rc::clone(&state.index)}
                view={Rc::clone(view)}
                slide={state.query.slide.unwrap_or(1)}
                onnavigate={onpresenter_slide}
                channel={channel()}
                deck={deck()}
                onfollow={follow_deck(&state)}
            />
        };
    }
    let shown = projects_shown(view.projects.len(), view.total, strings);
    let terms = use_memo(state.query.text.clone(), |text| Rc::<[String]>::from(search_terms(text)));
    let filters_label = filters_toggle_label(&state.query, strings);
    let selected_project = match view.selected {
        Some(Selection::Project(key)) => Some(key),
        _ => None,
    };

    html! {
        <>
            <BriefingHeader
                dataset={Rc::clone(dataset)}
                briefings={view.briefings.clone()}
                choice={state.query.briefing.clone()}
                {onchoose}
                onset_language={onset_language}
                introduce=true
                source={SourceAction::Select(onselect.clone())}
                selected={view.selected}
            />
            <div class="layout">
                <aside class="sidebar" aria-label={strings.filters_heading}>
                    if sidebar_shown {
                        <PresentButton button_ref={present_ref.clone()} onpresent={onpresent} />
                        // A link or embed of the editor's preview would be the editor's
                        // address, which shows its start page, not the draft.
                        if preview {
                            <p class="muted share-note">{ strings.preview_unlinked }</p>
                        } else if props.opened_file.is_none() {
                            <ShareButtons dataset={Rc::clone(dataset)} view={Rc::clone(view)} query={state.query.clone()} />
                        } else {
                            <p class="muted share-note">{ strings.opened_file_unlinked }</p>
                        }
                        <Facets
                            {filters_label}
                            view={Rc::clone(view)}
                            industry_colors={view.industry_facet.iter().map(|option| industry_color(dataset, &option.key)).collect::<Vec<_>>()}
                            labels_lang={strings.language.dataset_lang(dataset)}
                            text={state.query.text.clone()}
                            has_filters={state.query.has_filters()}
                            expanded={*filters_expanded}
                            onexpand={onexpand_filters}
                            search_ref={search_ref}
                            {ontoggle_industry}
                            {ontoggle_status}
                            {onset_text}
                            onclear={onclear.clone()}
                            onsearch_focus={(*onsearch_focus).clone()}
                        />
                    }
                </aside>
                // In the editor's preview the explorer sits inside the editor's own main: a
                // second main landmark, and a second element of id "main", would be two places
                // called the page's main content.
                <@{if preview { "div" } else { "main" }} id={(!preview).then_some("main")} class="content">
                    <UrlNotices notices={state.notices.clone()} ondismiss={ondismiss.reform(|()| focus_by_id_once_shown("projects"))} />
                    <section id="projects" class="projects" aria-labelledby="projects-heading" tabindex="-1">
                        <div class="section-head">
                            <h2 id="projects-heading">{ strings.projects_heading }</h2>
                            // A count of nothing says why, as the page does under it: read
                            // aloud after the count (`data-spoken-after`, text the style sheet
                            // generates), so that the page's text holds the reason once, where
                            // it is seen.
                            <p class="result-count" role="status" aria-live="polite" aria-atomic="true" data-spoken-after={no_match_announcement(view, &view.search, strings)}>{ shown }</p>
                            <ExportButtons dataset={Rc::clone(dataset)} view={Rc::clone(view)} query={state.query.clone()} opened_file={props.opened_file.clone()} />
                        </div>
                        if view.shows_any_word_matches() {
                            <p class="search-note">{ fill(strings.search_any_word, &[("text", &view.search)]) }</p>
                        }
                        if view.projects.is_empty() {
                            <div class="empty-state">
                                <p>{ no_match_text(view, &view.search, strings) }</p>
                                // Briefings that list no project have nothing for it to show.
                                if filters_hide_every_project(view) {
                                    <button type="button" class="button primary" onclick={onclear.reform(|_: MouseEvent| focus_by_id_once_shown("projects"))}>{ strings.no_match_action }</button>
                                }
                            </div>
                        } else if list_shown {
                            <ProjectList
                                dataset={Rc::clone(dataset)}
                                index={Rc::clone(&state.index)}
                                view={Rc::clone(view)}
                                selected={selected_project}
                                source={SourceAction::Select(onselect.clone())}
                                terms={(*terms).clone()}
                            />
                        }
                    </section>
                    if stage >= 1 {
                        <ChartsAfterPaint
                            dataset={Rc::clone(dataset)}
                            index={Rc::clone(&state.index)}
                            view={Rc::clone(view)}
                            source={SourceAction::Select(onselect.clone())}
                            search={state.query.text.clone()}
                        />
                    }
                    if stage >= 2 {
                        <Directives dataset={Rc::clone(dataset)} view={Rc::clone(view)} onselect={onselect.clone()} terms={(*terms).clone()} />
                    }
                    if stage >= 3 {
                        <SourceView
                            dataset={Rc::clone(dataset)}
                            index={Rc::clone(&state.index)}
                            briefings={view.briefings.clone()}
                            selected={view.selected}
                            reveals={state.reveals}
                            followed={state.history == crate::model::state::HistoryMode::Keep}
                            onclear={onclear_selection}
                        />
                    }
                </@>
            </div>
            if let Some(slide) = state.query.slide {
                <Presentation
                    dataset={Rc::clone(dataset)}
                    index={Rc::clone(&state.index)}
                    view={Rc::clone(view)}
                    slide={slide}
                    onnavigate={onslide}
                    return_focus={present_ref}
                    presenter_hash={(!preview && props.opened_file.is_none()).then(|| AttrValue::from(presenter_hash(&state.query, dataset)))}
                    presenter_unavailable={if preview {
                        Some(AttrValue::Static(strings.presenter_needs_address_draft))
                    } else {
                        props.opened_file.is_some().then_some(AttrValue::Static(strings.presenter_needs_address_file))
                    }}
                    channel={channel()}
                    deck={deck()}
                    notice={slide_notice(&state.notices, slide, strings)}
                />
            }
        </>
    }
}

/// The notice of a slide the address asked for and the deck lacks, while the slide opened in its
/// place is shown (a move to another slide leaves it on the page's list of notices only).
fn slide_notice(notices: &[UrlNotice], slide: usize, strings: &Strings) -> Option<AttrValue> {
    notices.iter().find_map(|notice| match notice {
        UrlNotice::SlideOutOfRange { shown, .. } if *shown == slide => {
            Some(AttrValue::from(notice.describe(strings)))
        }
        _ => None,
    })
}

/// The presenter view's move to the deck the audience started, at its slide: a new address, so
/// that a reload of the presenter view stays with that deck.
fn follow_deck(state: &UseReducerHandle<State>) -> Callback<(String, usize)> {
    let (query, dataset) = (state.query.clone(), Rc::clone(&state.dataset));
    let dispatcher = state.dispatcher();
    Callback::from(move |(deck, slide): (String, usize)| {
        let hash = follow_deck_hash(&deck, slide, &query, &dataset);
        push_address_hash(&hash);
        dispatcher.dispatch(Action::FollowHash(hash));
    })
}

/// Folds the search texts of `index`'s dataset a slice per task until they are all made (at once
/// when they already are).
fn prepare_search_texts(index: Rc<DatasetIndex>, dataset: Rc<Dataset>) {
    wasm_bindgen_futures::spawn_local(async move {
        while !index.prepare_search_texts(&dataset, SEARCH_TEXTS_PER_TASK) {
            next_task().await;
        }
    });
}
