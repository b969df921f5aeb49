//! The explorer's state and the actions that change it, as a pure function `State::apply`.
//!
//! The Yew reducer (`app::state`) only wraps `apply`; everything it decides, including how the
//! browser history should follow a change, is tested natively.

use std::rc::Rc;

use super::dataset::Dataset;
use super::dataset_index::DatasetIndex;
use super::language::Language;
use super::query::{BriefingChoice, Query, Selection, StatusKey};
use super::slides::build_slides;
use super::url::{encode_hash, parse_hash, slide_out_of_range, UrlNotice};
use super::view::{compute_view, View};

/// How the address bar should follow a new state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryMode {
    /// The state came from the address (start-up, Back, Forward): leave the address alone.
    Keep,
    /// A new step the Back button should undo.
    Push,
    /// A refinement of the last step (typing in the search box): replace the current entry.
    Replace,
    /// The end of a step that had its own entry (leaving the slides started here): return to the
    /// entry before it, so that history holds no copy of that view and the next Back goes on
    /// to the view before it.
    Back,
}

#[derive(Clone, Debug)]
pub struct State {
    pub dataset: Rc<Dataset>,
    pub index: Rc<DatasetIndex>,
    pub query: Query,
    pub view: Rc<View>,
    /// Parts of the address that were ignored, shown until dismissed or the address is fixed.
    pub notices: Vec<UrlNotice>,
    pub history: HistoryMode,
    /// How many times a fact's source has been asked for. Asking again for the one shown changes
    /// no query, yet the person pressing "Source" expects to be taken to the sentence again
    /// (they may have scrolled away, or gone back to the card).
    pub reveals: u32,
    /// The address the slides were started from, while they are shown after being started here
    /// (their entry was pushed on top of it). Slides opened from a link, or reached by Back or
    /// Forward, have none: no one knows what entry lies before theirs.
    pub slides_started_from: Option<String>,
    /// The slide the slides were left at, with the query of the view they were left for: a
    /// presenter who leaves them by mistake mid-talk (Esc, or leaving fullscreen) starts them
    /// again where they were, as Google Slides does, not six presses back at the first.
    pub slides_left: Option<(Query, usize)>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    ToggleIndustry(String),
    ToggleStatus(StatusKey),
    SetText(String),
    ClearFilters,
    Select(Option<Selection>),
    ChooseBriefing(BriefingChoice),
    SetSlide(Option<usize>),
    /// Switches the interface language, keeping the rest of the view.
    SetLanguage(Language),
    /// The address changed under us (Back, Forward, an edited hash): adopt what it says.
    FollowHash(String),
    DismissNotices,
}

impl State {
    /// The state for a dataset opened at the given address hash.
    pub fn new(dataset: Rc<Dataset>, hash: &str) -> State {
        let index = Rc::new(DatasetIndex::new(&dataset));
        let (query, mut notices) = parse_hash(hash, &dataset);
        let view = Rc::new(compute_view(&dataset, &index, &query));
        add_slide_notice(&mut notices, &dataset, &view, query.slide);
        State {
            dataset,
            index,
            query,
            view,
            notices,
            history: HistoryMode::Keep,
            reveals: 0,
            slides_started_from: None,
            slides_left: None,
        }
    }

    /// The slide to start the slides at, given how many slides this view's deck has: the slide
    /// they were left at, when this view's deck is the one left (the same briefing, filters,
    /// search and language) and they were left before its last slide; else the first. A deck
    /// seen to its end starts again at its beginning.
    pub fn slide_to_start(&self, deck_length: impl FnOnce() -> usize) -> usize {
        let Some((left, slide)) = &self.slides_left else { return 1 };
        if *slide > 1 && same_deck(left, &self.query) && *slide < deck_length() {
            *slide
        } else {
            1
        }
    }

    /// The address hash (without `#`) for the current query.
    pub fn hash(&self) -> String {
        encode_hash(&self.query, &self.dataset)
    }

    /// The next state. Returns `None` when the action changes nothing, so that no re-render and
    /// no history entry follow.
    pub fn apply(&self, action: Action) -> Option<State> {
        let mut query = self.query.clone();
        let mut notices = self.notices.clone();
        let mut history = HistoryMode::Push;
        let mut reveals = self.reveals;
        let mut slides_started_from = self.slides_started_from.clone();
        // An address followed is checked, as a page opened at it is, for a slide it lacks.
        let mut followed = false;
        match action {
            Action::ToggleIndustry(id) => query.toggle_industry(&id),
            Action::ToggleStatus(key) => query.toggle_status(key),
            Action::SetText(text) => {
                // Editing a search refines one history entry instead of adding one per keystroke;
                // starting or clearing a search is a step of its own.
                if !self.query.text.is_empty() && !text.is_empty() {
                    history = HistoryMode::Replace;
                }
                query.text = text;
            }
            Action::ClearFilters => query = query.cleared(),
            Action::Select(selection) => {
                if selection.is_some() {
                    reveals = reveals.wrapping_add(1);
                }
                query.selected = selection;
            }
            Action::ChooseBriefing(choice) => query = Query { briefing: choice, ..query.fresh() },
            Action::SetLanguage(language) => {
                // A language is not a step through the data: Back should not undo it.
                history = HistoryMode::Replace;
                query.language = Some(language);
            }
            Action::SetSlide(slide) => {
                // Starting the slides is a step Back undoes, to the view they were started
                // from (a filter chosen just before was lost); moving between slides refines
                // that step. Leaving them returns to the entry they were started from, where
                // replacing theirs left a copy of it that took a Back of its own.
                if self.query.slide.is_none() && slide.is_some() {
                    slides_started_from = Some(self.hash());
                } else {
                    history = HistoryMode::Replace;
                }
                query.slide = slide;
            }
            Action::FollowHash(hash) => {
                let (parsed, parsed_notices) = parse_hash(&hash, &self.dataset);
                query = parsed;
                notices = parsed_notices;
                followed = true;
                history = HistoryMode::Keep;
                slides_started_from = None;
            }
            Action::DismissNotices => notices.clear(),
        }
        query.normalise(&self.dataset);
        let view = if query == self.query {
            Rc::clone(&self.view)
        } else {
            Rc::new(compute_view(&self.dataset, &self.index, &query))
        };
        if followed {
            add_slide_notice(&mut notices, &self.dataset, &view, query.slide);
        }
        if query == self.query && notices == self.notices && reveals == self.reveals {
            return None;
        }
        // Encoded only on leaving slides started here, not at every filter click.
        if query.slide.is_none() {
            if let Some(started_from) = slides_started_from.take() {
                if history == HistoryMode::Replace
                    && encode_hash(&query, &self.dataset) == started_from
                {
                    history = HistoryMode::Back;
                }
            }
        }
        let slides_left = match (self.query.slide, query.slide) {
            (Some(slide), None) => Some((query.clone(), slide)),
            _ => self.slides_left.clone(),
        };
        Some(State {
            dataset: Rc::clone(&self.dataset),
            index: Rc::clone(&self.index),
            query,
            view,
            notices,
            history,
            reveals,
            slides_started_from,
            slides_left,
        })
    }
}

/// Whether two queries make the same deck of slides: the slides follow the briefing, the
/// filters and the search, and their packing the language's words; a selection does not change
/// them.
fn same_deck(one: &Query, other: &Query) -> bool {
    one.briefing == other.briefing
        && one.industries == other.industries
        && one.statuses == other.statuses
        && one.text == other.text
        && one.language == other.language
}

/// Adds, first, the notice for an address's slide number that the view's deck does not have
/// (`url::slide_out_of_range`): its deck is built only when the address names a slide.
fn add_slide_notice(
    notices: &mut Vec<UrlNotice>,
    dataset: &Dataset,
    view: &View,
    slide: Option<usize>,
) {
    if slide.is_none() {
        return;
    }
    if let Some(notice) = slide_out_of_range(slide, build_slides(dataset, view).len()) {
        notices.insert(0, notice);
    }
}
