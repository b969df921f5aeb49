//! The reducer's decisions: what changes, and how the history follows.

use briefing_explorer::model::language::Language;
use briefing_explorer::model::query::{BriefingChoice, ProjectKey, Selection, StatusKey};
use briefing_explorer::model::state::{Action, HistoryMode, State};
use briefing_explorer::model::url::{UrlField, UrlNotice};

use crate::support::bundled;

fn apply_all(hash: &str, actions: Vec<Action>) -> State {
    let mut state = State::new(bundled(), hash);
    for action in actions {
        if let Some(next) = state.apply(action) {
            state = next;
        }
    }
    state
}

#[test]
fn actions_change_the_hash_as_expected() {
    let cases: Vec<(&str, Vec<Action>, &str, HistoryMode)> = vec![
        ("", vec![], "", HistoryMode::Keep),
        (
            "",
            vec![Action::ToggleIndustry("magnesium-alloys".into())],
            "industry=magnesium-alloys",
            HistoryMode::Push,
        ),
        (
            "industry=magnesium-alloys",
            vec![Action::ToggleIndustry("magnesium-alloys".into())],
            "",
            HistoryMode::Push,
        ),
        (
            "",
            vec![Action::ToggleStatus(StatusKey::NotStated)],
            "status=not-stated",
            HistoryMode::Push,
        ),
        ("", vec![Action::SetText("c".into())], "q=c", HistoryMode::Push),
        (
            "",
            vec![Action::SetText("c".into()), Action::SetText("co".into())],
            "q=co",
            HistoryMode::Replace,
        ),
        ("q=co", vec![Action::SetText(String::new())], "", HistoryMode::Push),
        ("industry=new-energy&q=x", vec![Action::ClearFilters], "", HistoryMode::Push),
        (
            "",
            vec![Action::Select(Some(Selection::Project(ProjectKey { briefing: 0, project: 2 })))],
            "project=byd",
            HistoryMode::Push,
        ),
        (
            "industry=new-energy",
            vec![Action::FollowHash("q=copper".into())],
            "q=copper",
            HistoryMode::Keep,
        ),
        // Starting the slides is a step of its own, so that Back returns to the view they were
        // started from; moving between slides and leaving them refine it.
        (
            "industry=new-energy",
            vec![Action::SetSlide(Some(1))],
            "industry=new-energy&slide=1",
            HistoryMode::Push,
        ),
        ("slide=2", vec![Action::SetSlide(Some(3))], "slide=3", HistoryMode::Replace),
        // Leaving slides started here returns to the entry they were started from, which holds
        // the same view, so that no copy of it takes a Back of its own.
        (
            "industry=new-energy",
            vec![Action::SetSlide(Some(1)), Action::SetSlide(Some(2)), Action::SetSlide(None)],
            "industry=new-energy",
            HistoryMode::Back,
        ),
        // Slides opened from a link, or reached by Back or Forward, have no known entry before
        // theirs; nor has a view changed while presenting: leaving them replaces their entry.
        ("slide=2", vec![Action::SetSlide(None)], "", HistoryMode::Replace),
        (
            "",
            vec![
                Action::SetSlide(Some(1)),
                Action::FollowHash("slide=2".into()),
                Action::SetSlide(None),
            ],
            "",
            HistoryMode::Replace,
        ),
        (
            "",
            vec![
                Action::SetSlide(Some(1)),
                Action::SetLanguage(Language::Chinese),
                Action::SetSlide(None),
            ],
            "lang=zh",
            HistoryMode::Replace,
        ),
        // The dataset and the embedded part stay in every address.
        (
            "data=x.json&embed=charts&industry=new-energy",
            vec![Action::ClearFilters],
            "data=x.json&embed=charts",
            HistoryMode::Push,
        ),
        (
            "data=x.json&q=copper",
            vec![Action::ChooseBriefing(BriefingChoice::All)],
            "data=x.json&briefing=all",
            HistoryMode::Push,
        ),
        (
            "data=x.json",
            vec![Action::ToggleIndustry("magnesium-alloys".into())],
            "data=x.json&industry=magnesium-alloys",
            HistoryMode::Push,
        ),
    ];
    for (start, actions, hash, history) in cases {
        let described = format!("{start:?} then {actions:?}");
        let state = apply_all(start, actions);
        assert_eq!(state.hash(), hash, "{described}");
        assert_eq!(state.history, history, "{described}");
    }
}

#[test]
fn an_action_that_changes_nothing_returns_none() {
    let state = State::new(bundled(), "q=copper");
    assert!(state.apply(Action::SetText("copper".into())).is_none());
    assert!(state.apply(Action::FollowHash("q=copper".into())).is_none());
    assert!(state.apply(Action::DismissNotices).is_none());
}

#[test]
fn notices_come_from_the_address_and_can_be_dismissed() {
    let state = State::new(bundled(), "industry=steel");
    assert_eq!(
        state.notices,
        [UrlNotice::UnknownValue { what: UrlField::Industry, value: "steel".into() }]
    );
    assert_eq!(state.view.projects.len(), 4, "the full briefing still shows");
    let dismissed = state.apply(Action::DismissNotices).unwrap();
    assert!(dismissed.notices.is_empty());
    assert!(
        std::rc::Rc::ptr_eq(&state.view, &dismissed.view),
        "the view is reused when the query is unchanged"
    );
}

#[test]
fn the_view_follows_the_query() {
    let state = apply_all("", vec![Action::ToggleIndustry("magnesium-alloys".into())]);
    assert_eq!(state.view.projects, [ProjectKey { briefing: 0, project: 3 }]);
}

#[test]
fn choosing_a_briefing_starts_its_view_afresh() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/semiconductors.json"
    ))
    .expect("tests/data/semiconductors.json is readable");
    let dataset = std::rc::Rc::new(
        briefing_explorer::model::validate::parse_dataset(&text).expect("the test data is valid"),
    );
    let state = State::new(dataset, "industry=displays&q=panel");
    assert_eq!(state.view.projects.len(), 1);
    let all = state.apply(Action::ChooseBriefing(BriefingChoice::All)).expect("a change");
    assert_eq!(all.hash(), "briefing=all", "filters and search are cleared");
    assert_eq!(all.view.briefings, [0, 1]);
    assert_eq!(all.view.total, 3);
    assert_eq!(all.history, HistoryMode::Push);
    let second = all
        .apply(Action::ChooseBriefing(BriefingChoice::One("harbor-2024-03-08".into())))
        .expect("a change");
    assert_eq!(second.hash(), "briefing=harbor-2024-03-08");
    assert_eq!(second.view.briefings, [1]);
    assert_eq!(second.view.total, 1);
    assert!(second
        .apply(Action::ChooseBriefing(BriefingChoice::One("harbor-2024-03-08".into())))
        .is_none());
}

#[test]
fn asking_again_for_the_source_shown_is_a_new_request_with_the_same_address() {
    let byd = Selection::Project(ProjectKey { briefing: 0, project: 2 });
    let state = apply_all("", vec![Action::Select(Some(byd))]);
    let again = state.apply(Action::Select(Some(byd))).expect("a second press is not ignored");
    assert_eq!(again.reveals, state.reveals + 1);
    assert_eq!(again.hash(), state.hash());
    assert!(std::rc::Rc::ptr_eq(&again.view, &state.view), "the view is not recomputed");
    // Leaving the source asks for nothing to be shown.
    let cleared = again.apply(Action::Select(None)).unwrap();
    assert_eq!(cleared.reveals, again.reveals);
    assert!(cleared.apply(Action::Select(None)).is_none());
}

#[test]
fn an_address_at_a_slide_the_deck_lacks_opens_the_nearest_with_a_notice() {
    let out_of_range = |asked, shown| UrlNotice::SlideOutOfRange { asked, slides: 13, shown };
    assert_eq!(State::new(bundled(), "slide=999").notices, [out_of_range(999, 13)]);
    assert_eq!(State::new(bundled(), "slide=0").notices, [out_of_range(0, 1)]);
    assert_eq!(State::new(bundled(), "slide=13").notices, []);
    // The notice comes first, before what the address says that names nothing.
    assert_eq!(
        State::new(bundled(), "industry=steel&slide=20").notices,
        [
            out_of_range(20, 13),
            UrlNotice::UnknownValue { what: UrlField::Industry, value: "steel".into() }
        ]
    );
    // An address followed later (Back, an edited hash) is checked as an opened one is.
    let followed = apply_all("slide=3", vec![Action::FollowHash("slide=40".into())]);
    assert_eq!(followed.notices, [out_of_range(40, 13)]);
    assert_eq!(followed.query.slide, Some(40), "the presentation moves it to the last slide");
    // Moving between slides keeps the notice until it is dismissed, as every notice is kept.
    let moved = followed.apply(Action::SetSlide(Some(12))).unwrap();
    assert_eq!(moved.notices, [out_of_range(40, 13)]);
}

/// Slides left mid-deck (Esc, leaving fullscreen, Back) start again where they were left, for
/// the same deck; a deck seen to its last slide, another deck, or slides never left start at
/// the first. A selection made in between does not change the deck.
#[test]
fn slides_start_again_where_they_were_left() {
    let slides = |count: usize| (1..=count).map(|slide| Action::SetSlide(Some(slide)));
    let left_at = |slide: usize, after: Vec<Action>| {
        let actions = slides(slide).chain([Action::SetSlide(None)]).chain(after).collect();
        apply_all("", actions)
    };
    let thirteen = || 13;
    assert_eq!(apply_all("", vec![]).slide_to_start(thirteen), 1);
    assert_eq!(left_at(7, vec![]).slide_to_start(thirteen), 7);
    let selected = Action::Select(Some(Selection::Project(ProjectKey { briefing: 0, project: 2 })));
    assert_eq!(left_at(7, vec![selected]).slide_to_start(thirteen), 7);
    assert_eq!(left_at(13, vec![]).slide_to_start(thirteen), 1, "seen to its end");
    let filtered = vec![Action::ToggleIndustry("new-energy".into())];
    assert_eq!(left_at(7, filtered).slide_to_start(thirteen), 1, "another deck");
    let back = vec![
        Action::ToggleIndustry("new-energy".into()),
        Action::ToggleIndustry("new-energy".into()),
    ];
    assert_eq!(left_at(7, back).slide_to_start(thirteen), 7, "the same deck again");
    let chinese = vec![Action::SetLanguage(Language::Chinese)];
    assert_eq!(left_at(7, chinese).slide_to_start(thirteen), 1, "packed in other words");
    // Left by Back, the address followed.
    let followed = apply_all("", slides(5).chain([Action::FollowHash(String::new())]).collect());
    assert_eq!(followed.slide_to_start(thirteen), 5);
    // The deck is counted only when there is a slide to resume at.
    assert_eq!(apply_all("", vec![]).slide_to_start(|| unreachable!()), 1);
}
