//! The suggested facts still open, by kind: each can be accepted (Enter), edited, or dismissed
//! (Delete), one by one or all of a kind; an accepted one becomes the record it describes.

use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

use super::forms::Pending;
use crate::app::elements::page_elements;
use crate::app::focus::{show_more_in_place, Adds};
use crate::app::shared::Shared;
use crate::model::dataset::Dataset;
use crate::model::editor::{
    accept_all, accept_suggestion, amount_as_written, bytes_of_chars, figure_per_period, propose,
    refusal_text, suggestion_record_kind, AcceptError, Edit, EditorAction, RecordKind,
};
use crate::model::format::{bounded, format_figure};
use crate::model::language::Language;
use crate::model::strings::editor::EditorStrings;
use crate::model::strings::{fill, Strings};
use crate::model::suggest::rules::stage_label;
use crate::model::suggest::Language as TextLanguage;
use crate::model::suggest::{Fact, Suggestion};

#[derive(Properties, PartialEq)]
pub struct SuggestionListProps {
    pub text: AttrValue,
    pub draft: Shared<Dataset>,
    pub briefing: usize,
    pub suggestions: Shared<Vec<Suggestion>>,
    /// How many the author dismissed (they can be brought back).
    pub dismissed: usize,
    pub ondispatch: Callback<EditorAction>,
    pub onhighlight: Callback<Option<Range<usize>>>,
    pub onedit: Callback<Pending>,
    /// The interface language, in which figures are written (84万 in Chinese).
    pub language: Language,
    pub strings: &'static EditorStrings,
}

/// What the list says about the author's latest Accept, kept as what happened rather than as
/// text, so that it reads in the language the interface is in now.
#[derive(Clone, Copy, PartialEq)]
enum Notice {
    /// "Accept all" left this many in the list.
    Left(usize),
    /// One suggestion could not be accepted; `named_project` when the text names its project.
    Refused { error: AcceptError, named_project: bool },
}

impl Notice {
    fn text(
        self,
        draft: &Dataset,
        briefing: usize,
        (strings, shown): (&EditorStrings, &Strings),
    ) -> String {
        match self {
            Notice::Left(count) => fill(strings.accept_all_left, &[("count", &count.to_string())]),
            Notice::Refused { error, named_project } => {
                refusal_text(error, named_project, draft, briefing, (strings, shown))
            }
        }
    }
}

/// The kinds in the order a draft is best built: projects first, then what belongs to them.
const KIND_ORDER: [&str; 6] = ["project", "capacity", "amount", "status", "date", "official"];

/// Items of a kind shown at first, and added by each "Show more". A long text has thousands
/// of suggestions (4,200 in 500 KB of news), and listing them all made every edit re-render
/// some 33,000 elements: seconds a click.
pub const SUGGESTIONS_PAGE: usize = 20;

/// The items of one kind shown, in the group's order, within the group.
const ITEMS_SHOWN: &str = "li.suggestion";

/// A kind's group of suggestions, with its Accept all and Dismiss all.
const GROUPS: &str = "section.suggestion-group";

#[function_component]
pub fn SuggestionList(props: &SuggestionListProps) -> Html {
    let strings = props.strings;
    let list = ListHandles {
        message: use_state(|| None::<Notice>),
        focus_after_change: use_mut_ref(|| None::<FocusAfterChange>),
    };
    {
        // Run once the list has rendered what changed, and only then: Yew may yield to the
        // browser between the editor's render and the list's (it does after 16 ms of work), so
        // a timer set at the press could fire while the pressed control was still on the page.
        let focus_after_change = list.focus_after_change.clone();
        use_effect_with(props.suggestions.clone(), move |_| {
            if let Some(plan) = focus_after_change.borrow_mut().take() {
                plan.apply();
            }
        });
    }
    // How many of each kind (by its place in KIND_ORDER) are shown; kept while the list changes.
    let limits = use_state(|| [SUGGESTIONS_PAGE; KIND_ORDER.len()]);
    let groups = KIND_ORDER.iter().enumerate().filter_map(|(place, &kind)| {
        let members: Vec<Suggestion> = props
            .suggestions
            .iter()
            .filter(|suggestion| suggestion.fact.kind_name() == kind)
            .cloned()
            .collect();
        let onmore = {
            let limits = limits.clone();
            Callback::from(move |_: MouseEvent| {
                let mut more = *limits;
                more[place] += SUGGESTIONS_PAGE;
                limits.set(more);
            })
        };
        let shown = Shown { limit: limits[place], onmore };
        (!members.is_empty()).then(|| group(props, kind, members, shown, &list))
    });
    let onrestore = props.ondispatch.reform(|_: MouseEvent| EditorAction::RestoreDismissed);
    html! {
        <section class="editor-suggestions" aria-labelledby="suggestions-heading">
            <h2 id="suggestions-heading" tabindex="-1">{ fill(strings.suggestions_heading, &[("count", &props.suggestions.len().to_string())]) }</h2>
            // Its keys only where there is a keyboard; the same words without them on a touch screen.
            <p class="hint key-hint">{ strings.suggestions_hint }</p>
            <p class="hint touch-hint">{ strings.suggestions_hint_touch }</p>
            if let Some(notice) = *list.message {
                <p class="editor-error" role="alert">{ notice.text(&props.draft, props.briefing, (strings, props.language.strings())) }</p>
            }
            { for groups }
            if props.dismissed > 0 {
                <button type="button" class="button small" onclick={onrestore}>{ if props.dismissed == 1 { strings.restore_dismissed_one.to_string() } else { fill(strings.restore_dismissed, &[("count", &props.dismissed.to_string())]) } }</button>
            }
        </section>
    }
}

/// How many of a group's items are shown, and what shows more.
struct Shown {
    limit: usize,
    onmore: Callback<MouseEvent>,
}

/// A kind's suggestions: "Accept all" and "Dismiss all" act on every one, shown or not.
fn group(
    props: &SuggestionListProps,
    kind: &'static str,
    members: Vec<Suggestion>,
    Shown { limit, onmore }: Shown,
    list: &ListHandles,
) -> Html {
    let strings = props.strings;
    let heading = strings.suggestion_kind(kind);
    let onaccept_all = {
        let draft = props.draft.clone();
        let briefing = props.briefing;
        let ondispatch = props.ondispatch.clone();
        let members = members.clone();
        let list = list.clone();
        Callback::from(move |event: MouseEvent| {
            list.keep_focus_in_list(event.target_dyn_into());
            let edit = accept_all(&draft, briefing, &members);
            // What could not be accepted stays in the list; say so, and why it may have.
            let accepted = match &edit {
                Edit::Batch(edits) => edits.len(),
                _ => 1,
            };
            let left = members.len().saturating_sub(accepted);
            list.message.set((left > 0).then_some(Notice::Left(left)));
            ondispatch.emit(EditorAction::Edit(edit));
        })
    };
    let ondismiss_all = {
        let ranges: Vec<(usize, usize)> =
            members.iter().map(|suggestion| (suggestion.start, suggestion.end)).collect();
        let list = list.clone();
        props.ondispatch.reform(move |event: MouseEvent| {
            list.keep_focus_in_list(event.target_dyn_into());
            EditorAction::Dismiss(ranges.clone())
        })
    };
    let id = format!("suggested-{kind}");
    html! {
        <section key={kind} class="suggestion-group" aria-labelledby={id.clone()}>
            <div class="suggestion-group-head">
                <h3 id={id}>{ fill(strings.outline_count, &[("kind", heading), ("count", &members.len().to_string())]) }</h3>
                <button type="button" class="button small" onclick={onaccept_all}>{ fill(strings.accept_all, &[("kind", heading)]) }</button>
                <button type="button" class="button small" onclick={ondismiss_all}>{ fill(strings.dismiss_all, &[("kind", heading)]) }</button>
            </div>
            <ul>{ for members.iter().take(limit).map(|suggestion| item(props, suggestion, list)) }</ul>
            if members.len() > limit {
                <div class="show-more">
                    <button type="button" class="button small" onclick={show_more_in_place(onmore, ITEMS_SHOWN, Adds::AtEnd)}>
                        { fill(strings.more_suggestions, &[("count", &(members.len() - limit).min(SUGGESTIONS_PAGE).to_string()), ("kind", heading)]) }
                    </button>
                </div>
            }
        </section>
    }
}

fn item(props: &SuggestionListProps, suggestion: &Suggestion, list: &ListHandles) -> Html {
    let strings = props.strings;
    let accept = {
        let draft = props.draft.clone();
        let briefing = props.briefing;
        let ondispatch = props.ondispatch.clone();
        let suggestion = suggestion.clone();
        let message = list.message.clone();
        move || match accept_suggestion(&draft, briefing, &suggestion) {
            Ok(edit) => {
                message.set(None);
                ondispatch.emit(EditorAction::Edit(edit));
            }
            Err(error) => message
                .set(Some(Notice::Refused { error, named_project: suggestion.project.is_some() })),
        }
    };
    let dismiss = {
        let ondispatch = props.ondispatch.clone();
        let key = (suggestion.start, suggestion.end);
        move || ondispatch.emit(EditorAction::Dismiss(vec![key]))
    };
    let edit = {
        let draft = props.draft.clone();
        let briefing = props.briefing;
        let onedit = props.onedit.clone();
        let suggestion = suggestion.clone();
        move || {
            let kind = suggestion_record_kind(&suggestion.fact).unwrap_or(RecordKind::Note);
            let project = suggestion.project.as_ref().and_then(|name| {
                draft.briefings[briefing].projects.iter().position(|project| &project.name == name)
            });
            onedit.emit(Pending {
                record: propose(kind, &suggestion.quote, &draft, briefing),
                project,
                suggestion: Some((suggestion.start, suggestion.end)),
            });
        }
    };
    let onkeydown = {
        let accept = accept.clone();
        let dismiss = dismiss.clone();
        let list = list.clone();
        Callback::from(move |event: KeyboardEvent| {
            // Only on the item itself: its buttons keep Enter for themselves. (Yew delegates
            // events, so the current target is not the item; its class tells it apart.)
            let on_item = event
                .target_dyn_into::<web_sys::Element>()
                .is_some_and(|target| target.matches("li.suggestion").unwrap_or(false));
            if !on_item {
                return;
            }
            match event.key().as_str() {
                "Enter" => {
                    event.prevent_default();
                    list.keep_focus_in_list(event.target_dyn_into());
                    accept();
                }
                "Delete" | "Backspace" => {
                    event.prevent_default();
                    list.keep_focus_in_list(event.target_dyn_into());
                    dismiss();
                }
                _ => {}
            }
        })
    };
    // The stretch to show is found when the item takes focus, not as the list renders: a
    // thousand items each walking the text made every render of a long text's list slow.
    let onfocus = {
        let text = props.text.clone();
        let (start, end) = (suggestion.start, suggestion.end);
        props.onhighlight.reform(move |_: FocusEvent| Some(bytes_of_chars(&text, start, end)))
    };
    let description = describe(suggestion, props.language, strings);
    let label = format!("{description}: “{}”", suggestion.quote);
    // Each button is named with what it acts on: a screen reader's list of buttons would
    // otherwise hold a dozen Accepts that cannot be told apart. The visible words stay short.
    let [accept_name, edit_name, dismiss_name] = [strings.accept, strings.edit, strings.dismiss]
        .map(|action| fill(strings.action_on, &[("action", action), ("what", &description)]));
    let (onaccept, ondismiss) = (list.keeping_focus(accept), list.keeping_focus(dismiss));
    html! {
        <li key={format!("{}-{}", suggestion.start, suggestion.end)} class="suggestion" tabindex="0" aria-label={label} {onkeydown} {onfocus}>
            <span class="suggestion-what">{ description }</span>
            <q class="suggestion-quote">{ &suggestion.quote }</q>
            if let Some(project) = &suggestion.project {
                <span class="suggestion-project">{ fill(strings.suggestion_for, &[("project", project)]) }</span>
            }
            <span class="button-row">
                <button type="button" class="button small primary" aria-label={accept_name} onclick={onaccept}>{ strings.accept }</button>
                <button type="button" class="button small" aria-label={edit_name} onclick={Callback::from(move |_: MouseEvent| edit())}>{ strings.edit }</button>
                <button type="button" class="button small" aria-label={dismiss_name} onclick={ondismiss}>{ strings.dismiss }</button>
            </span>
        </li>
    }
}

/// What the list's controls share: the notice on the latest Accept, and where focus goes once
/// the list has re-rendered after an Accept or a Dismiss.
#[derive(Clone)]
struct ListHandles {
    message: UseStateHandle<Option<Notice>>,
    focus_after_change: Rc<RefCell<Option<FocusAfterChange>>>,
}

impl ListHandles {
    /// Keeps keyboard focus in the list once it has re-rendered after an Accept or a Dismiss on
    /// `focused` (an item or one of its buttons, or a kind's Accept all or Dismiss all): where it
    /// was, if it stayed (a refused Accept, an Accept all that left some); else on the next item
    /// (items and kinds are keyed, so their elements outlive the change), the one before, the
    /// next kind's first button (or the one before's), or the list's heading. Focus left on a
    /// removed item would fall to the page. The places are found now, before the change, and
    /// taken once the list has rendered it.
    fn keep_focus_in_list(&self, focused: Option<Element>) {
        let Some(focused) = focused else { return };
        let items = page_elements(ITEMS_SHOWN);
        let mut neighbours: Vec<Element> =
            nearest_first(&items, &focused, ITEMS_SHOWN).cloned().collect();
        // The other kinds' first buttons, the next kind's first, for a kind that went as a whole.
        let groups = page_elements(GROUPS);
        neighbours.extend(nearest_first(&groups, &focused, GROUPS).filter_map(|other| {
            other.query_selector(".suggestion-group-head>button").ok().flatten()
        }));
        *self.focus_after_change.borrow_mut() = Some(FocusAfterChange { focused, neighbours });
    }

    /// A button's press that does `act` and keeps focus in the list.
    fn keeping_focus(&self, act: impl Fn() + 'static) -> Callback<MouseEvent> {
        let list = self.clone();
        Callback::from(move |event: MouseEvent| {
            list.keep_focus_in_list(event.target_dyn_into());
            act();
        })
    }
}

/// Where focus goes once the list has rendered a change made from `focused`.
struct FocusAfterChange {
    focused: Element,
    /// The places focus may go instead, the first still on the page taken.
    neighbours: Vec<Element>,
}

impl FocusAfterChange {
    /// Moves focus to the control pressed, if it is still there, or to its first neighbour that
    /// is, or to the list's heading; unless the person has put focus somewhere else meanwhile.
    fn apply(self) {
        let document = gloo::utils::document();
        let active = document.active_element();
        let left_alone = active.is_none()
            || active.as_ref() == Some(&self.focused)
            || active == document.body().map(Into::into);
        if !left_alone {
            return;
        }
        let target = if self.focused.is_connected() {
            Some(self.focused)
        } else {
            self.neighbours
                .into_iter()
                .find(|neighbour| neighbour.is_connected())
                .or_else(|| document.get_element_by_id("suggestions-heading"))
        };
        if let Some(target) = target.and_then(|target| target.dyn_into::<HtmlElement>().ok()) {
            let _ = target.focus();
        }
    }
}

/// The elements of `list` other than the one `focused` is in (the closest to match `selector`):
/// those after it, then those before it, the nearest first; none when it is in none of them.
fn nearest_first<'a>(
    list: &'a [Element],
    focused: &Element,
    selector: &str,
) -> impl Iterator<Item = &'a Element> {
    let own = focused.closest(selector).ok().flatten();
    let at = own.and_then(|own| list.iter().position(|candidate| *candidate == own));
    let (after, before) = at.map_or((&[][..], &[][..]), |at| (&list[at + 1..], &list[..at]));
    after.iter().chain(before.iter().rev())
}

/// What a suggestion would record, in a few words; a capacity's figure written as the interface
/// writes figures, an amount as the text writes it.
fn describe(suggestion: &Suggestion, language: Language, strings: &EditorStrings) -> String {
    match &suggestion.fact {
        Fact::Project(mention) => mention.name.clone(),
        Fact::Capacity(measure) | Fact::Amount(measure) => {
            let figure = if matches!(suggestion.fact, Fact::Amount(_)) {
                amount_as_written(suggestion)
            } else {
                let shown = language.strings();
                bounded(
                    format_figure(measure.value.to_f64(), &measure.unit, shown),
                    measure.bound,
                    shown,
                )
            };
            figure_per_period(figure, measure.period.as_deref(), strings)
        }
        Fact::Status { status } => {
            let language =
                TextLanguage::from_code(language.code()).unwrap_or(TextLanguage::English);
            stage_label(status, language).to_string()
        }
        Fact::Date(date) => match date.year {
            Some(year) => format!("{year}-{:02}-{:02}", date.month, date.day),
            None => format!("{:02}-{:02}", date.month, date.day),
        },
        Fact::Official(official) => official.label(),
    }
}
