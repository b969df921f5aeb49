//! An embedded view (`#embed=charts`, `#embed=cards`, `#embed=summary`, with the usual filters):
//! only that part of the explorer, a footer naming the source and linking to the full view, and
//! its height reported to the page around it; or, when its data cannot be shown, one line saying
//! so to the article's readers, with the same link and the same report.

use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use super::briefing_header::BriefingHeader;
use super::charts::Charts;
use super::project_list::ProjectList;
use super::url_notices::UrlNotices;
use crate::app::hooks::use_address_language::use_address_language;
use crate::app::hooks::use_embed_height::use_embed_height;
use crate::app::hooks::use_hash_sync::{current_hash, use_hash_sync};
use crate::app::hooks::use_page_title::use_page_title;
use crate::app::hooks::use_strings::use_strings;
use crate::app::shared::Shared;
use crate::app::source_action::{FullView, SourceAction, OPENS_FULL_VIEW_ID};
use crate::model::chart::image::source_line;
use crate::model::dataset::Dataset;
use crate::model::embed::Embed;
use crate::model::format::{directives_phrase, projects_phrase};
use crate::model::handout::filter_line;
use crate::model::language::Language;
use crate::model::overview::no_project_match_text;
use crate::model::query::Selection;
use crate::model::site::page_title;
use crate::model::state::{Action, State};
use crate::model::strings::{fill, Strings};
use crate::model::text::search_terms;
use crate::model::url::{hash_with_embed, language_in_hash, switched_dataset_hash};

#[derive(Properties, PartialEq)]
pub struct EmbedViewProps {
    pub dataset: Shared<Dataset>,
    /// The part the address asked for when the page opened.
    pub embed: Embed,
    /// The language the address asks for, whenever it names one: a host page may change the
    /// frame's fragment, `lang=` with the filters.
    pub onlanguage: Callback<Language>,
}

#[function_component]
pub fn EmbedView(props: &EmbedViewProps) -> Html {
    let strings = use_strings();
    let state = use_reducer(|| State::new(props.dataset.rc(), &current_hash()));
    use_hash_sync(&state, true);
    use_address_language(state.query.language, props.onlanguage.clone());
    let ondismiss = {
        let dispatcher = state.dispatcher();
        use_memo((), move |_| dispatcher.to_callback().reform(|()| Action::DismissNotices))
    };
    let embed = state.query.embed.unwrap_or(props.embed);
    let root = use_node_ref();
    use_embedded_document(&root, embed);
    let dataset = Shared::new(Rc::clone(&state.dataset));
    let view = &state.view;
    // A card's "Source", a chart bar and a summary's fact open the full view at their sentences:
    // an embed shows no source of its own, and only an article's reader who asks leaves it.
    let source = SourceAction::OpenFullView(FullView {
        query: Rc::new(state.query.clone()),
        dataset: dataset.clone(),
    });
    use_page_title(&dataset, &view.briefings, true);

    let terms = use_memo(state.query.text.clone(), |text| Rc::<[String]>::from(search_terms(text)));
    let selected_project = match view.selected {
        Some(Selection::Project(key)) => Some(key),
        _ => None,
    };
    let body = match embed {
        Embed::Charts => html! {
            <Charts
                dataset={Rc::clone(&state.dataset)}
                index={Rc::clone(&state.index)}
                view={Rc::clone(view)}
                source={source.clone()}
                search={state.query.text.clone()}
            />
        },
        Embed::Cards => html! {
            <section id="projects" class="projects" aria-labelledby="projects-heading">
                // The cards' headings are level three, as in the full view: the list's own
                // level-two heading, seen only in a screen reader's outline as the title is,
                // keeps the levels in order from the page's heading to the cards'.
                <h2 id="projects-heading" class="visually-hidden">{ strings.projects_heading }</h2>
                // A briefing that lists no project, or filters that leave none, would otherwise
                // show the article's readers an empty frame above the footer.
                if view.projects.is_empty() {
                    <p class="embed-message">{ no_project_match_text(view, &view.search, strings) }</p>
                } else {
                    <ProjectList
                        dataset={Rc::clone(&state.dataset)}
                        index={Rc::clone(&state.index)}
                        view={Rc::clone(view)}
                        selected={selected_project}
                        source={source.clone()}
                        terms={(*terms).clone()}
                    />
                }
            </section>
        },
        Embed::Summary => {
            let counts = fill(
                strings.summary_counts,
                &[
                    ("projects", &projects_phrase(view.projects.len(), strings)),
                    ("directives", &directives_phrase(view.directive_count(), strings)),
                ],
            );
            html! {
                <>
                    <BriefingHeader
                        dataset={Rc::clone(&state.dataset)}
                        briefings={view.briefings.clone()}
                        choice={state.query.briefing.clone()}
                        source={source.clone()}
                    />
                    <p class="embed-counts">{ counts }</p>
                    // A filtered summary says so, in the handout's words, so that an article's
                    // reader does not take its counts for the whole briefing's.
                    if state.query.has_filters() {
                        <p class="embed-filters">{ filter_line(&state.query, &state.dataset, strings) }</p>
                    }
                </>
            }
        }
    };
    let full_view = format!("#{}", hash_with_embed(&state.query, &state.dataset, None));
    html! {
        <main id="main" class="embed-view" ref={root} aria-label={strings.embed_region}>
            // What the address asked for and the embed ignored ("industry=bogus" shows every
            // card), as the full view says it, so that the article's author sees the mistake.
            <UrlNotices notices={state.notices.clone()} ondismiss={(*ondismiss).clone()} />
            // The summary's header names the briefing in its level-one heading; the charts and
            // the cards have one too, for a screen reader's outline, seen only as the title.
            if embed != Embed::Summary {
                <h1 class="visually-hidden">{ page_title(&state.dataset, &view.briefings, strings) }</h1>
            }
            { body }
            // Where the links to the full view go, said once for them all.
            <p id={OPENS_FULL_VIEW_ID} hidden={true}>{ embed.source_links_description(strings) }</p>
            { embed_footer(Some(source_line(&state.dataset, &view.briefings, strings)), full_view, strings) }
        </main>
    }
}

#[derive(Properties, PartialEq)]
pub struct EmbedUnavailableProps {
    /// The part the address asks for.
    pub embed: Embed,
    /// The file name of the dataset that could not be shown (see `use_site_data`).
    pub name: String,
    /// The language the address asks for, whenever it names another (see `EmbedViewProps`).
    pub onlanguage: Callback<Language>,
}

/// An embedded part whose dataset failed (not found, unreachable, refused or invalid): one line
/// for the article's readers in place of the part, and the footer's link to the full view, where
/// the publisher finds the file's name and every problem. Nothing of the full view's failure
/// page comes into the article: its problems speak to the publisher in JSON paths, and its
/// "Open data file…" and "Show this site's main briefing" would put the whole explorer, and
/// another briefing, inside the article.
#[function_component]
pub fn EmbedUnavailable(props: &EmbedUnavailableProps) -> Html {
    let strings = use_strings();
    let root = use_node_ref();
    use_embedded_document(&root, props.embed);
    // A host may write another `lang=` into the frame's fragment, as it may for a part shown; a
    // new `data=` is the site data's to follow (`use_site_data`).
    use_effect_with(props.onlanguage.clone(), |onlanguage| {
        let onlanguage = onlanguage.clone();
        let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
            if let Some(language) = language_in_hash(&current_hash()) {
                onlanguage.emit(language);
            }
        });
        move || drop(listener)
    });
    // The dataset's own full view, in the reader's language: the filters of the embed's address
    // name records of data that could not be read.
    let full_view = format!("#{}", switched_dataset_hash(Some(&props.name), &current_hash()));
    html! {
        <main id="main" class="embed-view" ref={root} aria-label={strings.embed_region}>
            <h1 class="embed-message">{ strings.embed_unavailable }</h1>
            { embed_footer(None, full_view, strings) }
        </main>
    }
}

/// What an embedded document does for the article around it, whatever it shows: it reports its
/// height (`use_embed_height`), and it marks the document as an embedded part
/// (`html[data-embed]`), which style/main.css gives no page chrome.
#[hook]
fn use_embedded_document(root: &NodeRef, embed: Embed) {
    use_embed_height(root, embed);
    use_effect_with(embed, |embed| {
        let root = gloo::utils::document().document_element();
        if let Some(root) = &root {
            let _ = root.set_attribute("data-embed", embed.url_word());
        }
        move || {
            if let Some(root) = root {
                let _ = root.remove_attribute("data-embed");
            }
        }
    });
}

/// The footer of an embedded part: the source it shows (when it shows one), a link to the same
/// view in full, in a new tab, and the app's name.
fn embed_footer(source: Option<String>, full_view: String, strings: &Strings) -> Html {
    html! {
        <footer class="embed-footer">
            if let Some(source) = source {
                <p class="embed-source">{ source }</p>
            }
            <p class="embed-links">
                <a href={full_view} target="_blank" rel="noopener">{ strings.embed_full_view }</a>
                <span class="embed-app-name">{ strings.app_name }</span>
            </p>
        </footer>
    }
}
