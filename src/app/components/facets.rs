//! The filter panel: industry and status toggles with counts, the search box, "Clear filters".

use std::rc::Rc;

use web_sys::{HtmlElement, HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

use crate::app::focus::focus_first_matching;
use crate::app::hooks::use_strings::use_strings;
use crate::model::format::{facet_option_name, inferred_mark};
use crate::model::query::StatusKey;
use crate::model::view::{FacetOption, View};

#[derive(Properties, PartialEq)]
pub struct FacetsProps {
    /// "Filters (2)": the label of the control that shows the filters on a narrow screen.
    pub filters_label: String,
    pub view: Rc<View>,
    /// The colour of each industry option, in the order of `view.industry_facet`.
    pub industry_colors: Vec<String>,
    /// The `lang` of the industry and status labels, the dataset's words, where the page's
    /// language is another (`Language::dataset_lang`).
    pub labels_lang: Option<String>,
    pub text: String,
    pub has_filters: bool,
    /// Whether the filters are unfolded where they fold (a narrow screen); the explorer keeps it,
    /// since its `/` shortcut unfolds them to reach the search box.
    pub expanded: bool,
    pub onexpand: Callback<bool>,
    pub search_ref: NodeRef,
    pub ontoggle_industry: Callback<String>,
    pub ontoggle_status: Callback<StatusKey>,
    pub onset_text: Callback<String>,
    pub onclear: Callback<()>,
    /// The search box took focus: a search may follow.
    pub onsearch_focus: Callback<()>,
}

#[function_component]
pub fn Facets(props: &FacetsProps) -> Html {
    let strings = use_strings();
    let oninput = props
        .onset_text
        .reform(|event: InputEvent| event.target_unchecked_into::<HtmlInputElement>().value());
    // Escape clears a search; in an empty search box it is left to the panel (below).
    let onset_text = props.onset_text.clone();
    let searching = !props.text.is_empty();
    let onkeydown = Callback::from(move |event: KeyboardEvent| {
        if event.key() == "Escape" && searching {
            event.prevent_default();
            onset_text.emit(String::new());
        }
    });
    // On a narrow screen the filters start folded away behind one button, so that the first
    // project card is on the first screen; the style sheet shows the button only there.
    let expanded = props.expanded;
    let toggle = use_node_ref();
    let ontoggle = props.onexpand.reform(move |_: MouseEvent| !expanded);
    // Escape folds the filters away again from anywhere in them, focus back on their button, as
    // it closes the Embed panel; only where they fold (the button is shown), and not when the
    // search box took the key to clear a search.
    let onpanel_keydown = {
        let (onexpand, toggle) = (props.onexpand.clone(), toggle.clone());
        Callback::from(move |event: KeyboardEvent| {
            let Some(button) = toggle.cast::<HtmlElement>() else { return };
            let folds = button.offset_width() > 0;
            if event.key() == "Escape" && expanded && folds && !event.default_prevented() {
                event.prevent_default();
                onexpand.emit(false);
                let _ = button.focus();
            }
        })
    };
    html! {
        <div class="facets">
            <h2 class="visually-hidden">{ strings.filters_heading }</h2>
            <button
                type="button"
                class="button filters-toggle"
                ref={toggle}
                aria-expanded={expanded.to_string()}
                aria-controls="filter-panel"
                onclick={ontoggle}
            >
                { &props.filters_label }
            </button>
            <div
                id="filter-panel"
                class={classes!("facets-body", (!expanded).then_some("collapsed"))}
                onkeydown={onpanel_keydown}
            >
            <div class="search">
                <label for="search">{ strings.search_label }</label>
                <input
                    id="search"
                    ref={props.search_ref.clone()}
                    type="search"
                    value={props.text.clone()}
                    placeholder={strings.search_placeholder}
                    aria-describedby="search-hint"
                    autocomplete="off"
                    spellcheck="false"
                    {oninput}
                    {onkeydown}
                    onfocus={props.onsearch_focus.reform(|_: FocusEvent| ())}
                />
                <p id="search-hint" class="hint key-hint">{ strings.search_hint }</p>
            </div>
            <FacetGroup<String>
                legend={strings.industry_facet}
                options={props.view.industry_facet.clone()}
                colors={props.industry_colors.clone()}
                langs={vec![props.labels_lang.clone(); props.view.industry_facet.len()]}
                ontoggle={props.ontoggle_industry.clone()}
                group_id="facet-industry"
            />
            <FacetGroup<StatusKey>
                legend={strings.status_facet}
                options={props.view.status_facet.iter().map(|option| FacetOption {
                    label: option.display_label(strings).to_string(),
                    ..option.clone()
                }).collect::<Vec<_>>()}
                // "Status not stated" is the interface's words, in the page's language.
                langs={props.view.status_facet.iter().map(|option| match option.key {
                    StatusKey::NotStated => None,
                    StatusKey::Stated(_) => props.labels_lang.clone(),
                }).collect::<Vec<_>>()}
                ontoggle={props.ontoggle_status.clone()}
                group_id="facet-status"
            />
            <button
                type="button"
                class="button clear-filters"
                disabled={!props.has_filters}
                onclick={props.onclear.reform(|_: MouseEvent| {
                    // The button is disabled once nothing is filtered; focus stays among the
                    // filters, on the first.
                    focus_first_matching("[aria-labelledby=\"facet-industry\"] button");
                })}
            >
                { strings.clear_filters }
            </button>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct FacetGroupProps<K: PartialEq + Clone + 'static> {
    pub legend: &'static str,
    pub options: Vec<FacetOption<K>>,
    /// A colour dot per option, when the options have colours.
    #[prop_or_default]
    pub colors: Vec<String>,
    /// The `lang` of each option's label, where it differs from the page's.
    pub langs: Vec<Option<String>>,
    pub ontoggle: Callback<K>,
    /// The id of the group's heading, which names the group.
    pub group_id: &'static str,
}

/// A labelled group of toggle buttons, one per option, each showing its count.
#[function_component]
pub fn FacetGroup<K: PartialEq + Clone + 'static>(props: &FacetGroupProps<K>) -> Html {
    let strings = use_strings();
    html! {
        <div class="facet-group" role="group" aria-labelledby={props.group_id}>
            <h3 id={props.group_id} class="facet-legend">{ props.legend }</h3>
            <ul class="facet-options">
                { for props.options.iter().enumerate().map(|(index, option)| {
                    let swatch = props.colors.get(index).map(|color| html! {
                        <span class="badge-dot" data-css={format!("--badge-color: {color}")} aria-hidden="true"></span>
                    });
                    let key = option.key.clone();
                    let onclick = props.ontoggle.reform(move |_: MouseEvent| key.clone());
                    html! {
                        <li>
                            <button
                                type="button"
                                class={classes!("facet", option.active.then_some("active"), (option.count == 0 && !option.active).then_some("empty"))}
                                aria-pressed={option.active.to_string()}
                                // Its name says what the count counts; the button shows the
                                // label and the bare count, with how many of an industry's are
                                // inferred where some are: "2 (1 inferred)".
                                aria-label={facet_option_name(&option.label, option.count, option.inferred, strings)}
                                {onclick}
                            >
                                { for swatch }
                                <span class="facet-label" lang={props.langs.get(index).cloned().flatten()}>{ &option.label }</span>
                                <span class="facet-count">{ option.count }</span>
                                if let Some(mark) = inferred_mark(option.inferred, strings) {
                                    <span class="facet-inferred">{ mark }</span>
                                }
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}
