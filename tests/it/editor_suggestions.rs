//! The editor's model beyond single edits: batches of edits undone as one, and suggestions
//! accepted as the records they describe.

use std::path::Path;

use briefing_explorer::model::dataset::{
    Bound, BriefingDate, Capacity, Industry, Note, Official, Project, StatedStatus, Status,
};
use briefing_explorer::model::editor::{
    accept_all, accept_suggestion, amount_as_written, apply_edit, capacity_in_words, export_json,
    is_reflected, open_suggestions, project_named, propose, reflected, refusal_text,
    same_project_name, status_definition, suggestion_record_kind, AcceptError, Edit, EditError,
    Editor, EditorAction, Place, Record, RecordKind,
};
use briefing_explorer::model::strings::validation::EN;
use briefing_explorer::model::suggest::evaluate::load_corpus;
use briefing_explorer::model::suggest::{
    participants_as_text, suggest, Fact, OfficialMention, Suggestion,
};
use briefing_explorer::model::validate::{check_draft, ProblemKind};

use crate::support::bundled;

fn industry(id: &str) -> Record {
    Record::Industry(Industry { id: id.into(), label: id.into(), color: None })
}

fn status(id: &str) -> Record {
    Record::Status(Status { id: id.into(), label: id.into() })
}

/// A new briefing over the bundled source text.
fn new_draft() -> Editor {
    Editor::new_briefing(&bundled().briefings[0].source.text)
}

#[test]
fn a_batch_is_applied_in_order_and_undone_and_redone_as_one_step() {
    let mut editor = new_draft();
    let before = editor.draft.clone();
    let batch = Edit::Batch(vec![
        Edit::Insert(Place::Industry(0), industry("first")),
        Edit::Insert(Place::Industry(0), industry("second")),
        Edit::Insert(Place::Status(0), status("built")),
        Edit::Insert(Place::HeaderQuote(0), Record::Quote("Mayor".into())),
    ]);
    editor.apply(EditorAction::Edit(batch)).unwrap();
    let after = editor.draft.clone();
    let industries: Vec<&str> =
        after.industries.iter().map(|industry| industry.id.as_str()).collect();
    assert_eq!(industries, ["second", "first"], "in order: the second went before the first");
    assert_eq!(after.statuses.len(), 1);
    assert_eq!(after.briefings[0].quotes, ["Mayor"]);
    assert_eq!(editor.history_depth(), (1, 0));
    editor.apply(EditorAction::Undo).unwrap();
    assert_eq!(editor.draft, before);
    editor.apply(EditorAction::Redo).unwrap();
    assert_eq!(editor.draft, after);
}

#[test]
fn a_batch_returns_the_inverses_in_reverse_order() {
    let mut draft = new_draft().draft;
    let batch = Edit::Batch(vec![
        Edit::Insert(Place::Industry(0), industry("energy")),
        Edit::Batch(vec![Edit::Insert(Place::Status(0), status("built"))]),
    ]);
    let inverse = apply_edit(&mut draft, 0, batch).unwrap();
    assert_eq!(
        inverse,
        Edit::Batch(vec![
            Edit::Batch(vec![Edit::Delete(Place::Status(0))]),
            Edit::Delete(Place::Industry(0)),
        ])
    );
}

#[test]
fn a_batch_that_fails_part_way_leaves_the_draft_as_it_was() {
    let mut editor = new_draft();
    let before = editor.clone();
    let failing = [
        (
            vec![
                Edit::Insert(Place::Industry(0), industry("energy")),
                Edit::Insert(Place::Status(0), status("built")),
                Edit::Delete(Place::Glossary(0)),
            ],
            EditError::NoSuchPlace,
        ),
        (
            vec![
                Edit::SetSourceText("Changed.".into()),
                Edit::Batch(vec![
                    Edit::Insert(Place::Status(0), status("built")),
                    Edit::Insert(Place::Status(1), industry("energy")),
                ]),
            ],
            EditError::WrongRecord,
        ),
    ];
    for (edits, error) in failing {
        let batch = Edit::Batch(edits);
        assert_eq!(editor.apply(EditorAction::Edit(batch.clone())), Err(error), "{batch:?}");
        assert_eq!(editor, before, "{batch:?} left the editor as it was");
    }
}

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/suggest");

fn corpus_text(name: &str) -> String {
    std::fs::read_to_string(format!("{CORPUS}/{name}.txt")).expect("the corpus text is readable")
}

/// The suggestions of `kind` for the source text of the editor's briefing.
fn suggested(editor: &Editor, kind: &str) -> Vec<Suggestion> {
    suggest(&editor.draft.briefings[0].source.text, None)
        .suggestions
        .into_iter()
        .filter(|suggestion| suggestion.fact.kind_name() == kind)
        .collect()
}

/// The first suggestion of `kind` whose quote holds `words`.
fn suggestion(editor: &Editor, kind: &str, words: &str) -> Suggestion {
    suggested(editor, kind)
        .into_iter()
        .find(|suggestion| suggestion.quote.contains(words))
        .unwrap_or_else(|| panic!("a {kind} suggestion quoting {words:?}"))
}

/// Accepts the first suggestion of `kind` quoting `words` through the editor, as its button does.
fn accept(editor: &mut Editor, kind: &str, words: &str) -> Suggestion {
    let suggestion = suggestion(editor, kind, words);
    let edit =
        accept_suggestion(&editor.draft, 0, &suggestion).expect("the suggestion is accepted");
    editor.apply(EditorAction::Edit(edit)).expect("the accepted edit fits the draft");
    suggestion
}

fn accept_every(editor: &mut Editor, kind: &str) {
    let edit = accept_all(&editor.draft, 0, &suggested(editor, kind));
    editor.apply(EditorAction::Edit(edit)).expect("accepting all fits the draft");
}

/// The problems of the editor's draft that are of `kind`, as paths.
fn problem_paths(editor: &Editor, kind: ProblemKind) -> Vec<String> {
    let Err(report) = check_draft(&editor.draft, &EN) else { return Vec::new() };
    report
        .groups
        .iter()
        .filter(|group| group.kind == kind)
        .flat_map(|group| &group.shown)
        .filter_map(|problem| problem.location.path().map(str::to_string))
        .collect()
}

/// The whole sentence of `text` that starts with `start`.
fn sentence(text: &str, start: &str) -> String {
    let from = text.find(start).expect("the sentence is in the text");
    let rest = &text[from..];
    let end = rest
        .match_indices('.')
        .map(|(dot, _)| dot + 1)
        .find(|&end| rest[end..].chars().next().is_none_or(char::is_whitespace))
        .unwrap_or(rest.len());
    rest[..end].to_string()
}

#[test]
fn accepting_all_projects_then_all_capacities_and_statuses_makes_the_records_the_text_states() {
    let mut editor = new_draft();
    let before = editor.draft.clone();
    accept_every(&mut editor, "project");
    let briefing = &editor.draft.briefings[0];
    let names: Vec<&str> =
        briefing.projects.iter().map(|project| project.short_name.as_str()).collect();
    assert_eq!(
        names,
        [
            "North Metallurgy high temperature",
            "Nanjing Longdian Huaxin high-performance",
            "BYD drive motors",
            "Baowu magnesium, aluminum alloy die-casting",
        ]
    );
    let byd = &briefing.projects[2];
    assert_eq!(byd.name, "BYD's annual output of 840,000 sets of drive motors and electric assembly core parts project");
    assert_eq!((byd.id.as_str(), byd.enterprise.as_str()), ("byd-drive-motors", "BYD"));
    assert_eq!(byd.sector, "drive motors and electric assembly core parts");
    assert_eq!(byd.quotes, [sentence(&briefing.source.text, "Learning that BYD's annual output")]);
    let industries: Vec<(&str, &str)> = editor
        .draft
        .industries
        .iter()
        .map(|industry| (industry.id.as_str(), industry.label.as_str()))
        .collect();
    assert_eq!(industries, [("new-materials", "New materials"), ("new-energy", "New energy")]);
    let industry_of: Vec<&str> =
        briefing.projects.iter().map(|project| project.industry.as_str()).collect();
    assert_eq!(
        industry_of,
        ["new-materials", "new-energy", "new-energy", ""],
        "none is named near Baowu"
    );

    accept_every(&mut editor, "capacity");
    accept_every(&mut editor, "status");
    let briefing = &editor.draft.briefings[0];
    let capacity = briefing.projects[2].capacity.as_ref().expect("BYD's capacity");
    assert_eq!(
        (capacity.value, capacity.unit.as_str(), capacity.period.as_str()),
        (840000.0, "sets", "year")
    );
    assert_eq!(capacity.quote, briefing.projects[2].quotes[0]);
    assert_eq!(
        briefing.projects[3].capacity.as_ref().map(|capacity| capacity.value),
        Some(60000.0)
    );
    let statuses: Vec<Option<&str>> =
        briefing.projects.iter().map(|project| project.status_id()).collect();
    assert_eq!(statuses, [Some("under-construction"), None, Some("full-production"), None]);
    let labels: Vec<&str> =
        editor.draft.statuses.iter().map(|status| status.label.as_str()).collect();
    assert_eq!(labels, ["Under construction", "Full production"]);

    assert_eq!(editor.history_depth(), (3, 0), "one undo step per accept-all");
    for _ in 0..3 {
        editor.apply(EditorAction::Undo).unwrap();
    }
    assert_eq!(editor.draft, before);
}

#[test]
fn one_reflection_of_a_draft_tells_every_suggestion_as_checking_each_alone_does() {
    let samples = load_corpus(Path::new(CORPUS)).expect("the corpus loads");
    for sample in samples.iter().filter(|sample| !sample.text.is_empty()) {
        let mut editor = Editor::new_briefing(&sample.text);
        accept_every(&mut editor, "project");
        accept_every(&mut editor, "capacity");
        let all = suggest(&sample.text, None).suggestions;
        let reflected = reflected(&editor.draft, 0, &all);
        let held = reflected.iter().filter(|&&held| held).count();
        assert!(held > 0, "{}: the accepted projects are held", sample.name);
        for (suggestion, reflected) in all.iter().zip(reflected) {
            assert_eq!(
                reflected,
                is_reflected(&editor.draft, 0, suggestion),
                "{}: {suggestion:?}",
                sample.name
            );
        }
    }
}

#[test]
fn accepting_all_at_once_makes_what_accepting_each_in_turn_makes() {
    // "Accept all" keeps one reflection of the draft up to date through its batch; accepting
    // each suggestion alone asks a draft made afresh. In the text's order and backwards, so that
    // facts come before their projects too.
    let samples = load_corpus(Path::new(CORPUS)).expect("the corpus loads");
    for sample in samples.iter().filter(|sample| !sample.text.is_empty()) {
        let editor = Editor::new_briefing(&sample.text);
        let mut all = suggest(&sample.text, None).suggestions;
        for _ in 0..2 {
            let batch = accept_all(&editor.draft, 0, &all);
            let mut draft = editor.draft.clone();
            let mut edits = Vec::new();
            let mut dated = false;
            for suggestion in &all {
                let is_date = matches!(suggestion.fact, Fact::Date(_));
                if dated && is_date {
                    continue;
                }
                let Ok(edit) = accept_suggestion(&draft, 0, suggestion) else { continue };
                if apply_edit(&mut draft, 0, edit.clone()).is_ok() {
                    edits.push(edit);
                    dated |= is_date;
                }
            }
            assert!(edits.len() > 1, "{}", sample.name);
            assert_eq!(batch, Edit::Batch(edits), "{}", sample.name);
            all.reverse();
        }
    }
}

#[test]
fn everything_accepted_quotes_verbatim_is_reflected_and_comes_back_on_undo() {
    let samples = load_corpus(Path::new(CORPUS)).expect("the corpus loads");
    for sample in samples.iter().filter(|sample| !sample.text.is_empty()) {
        let mut editor = Editor::new_briefing(&sample.text);
        let all = suggest(&sample.text, None).suggestions;
        let edit = accept_all(&editor.draft, 0, &all);
        editor.apply(EditorAction::Edit(edit)).unwrap();
        let mut dates = 0;
        for suggestion in &all {
            match &suggestion.fact {
                // A briefing has one date: the first.
                Fact::Date(_) => {
                    dates += 1;
                    assert_eq!(is_reflected(&editor.draft, 0, suggestion), dates == 1);
                }
                // A project has one capacity and one status; an amount may name no project.
                fact => assert!(
                    accept_suggestion(&editor.draft, 0, suggestion).is_err(),
                    "{}: {fact:?} is still to accept",
                    sample.name
                ),
            }
            if matches!(suggestion.fact, Fact::Project(_) | Fact::Official(_)) {
                assert!(is_reflected(&editor.draft, 0, suggestion), "{suggestion:?}");
            }
        }
        assert_eq!(
            problem_paths(&editor, ProblemKind::QuoteNotVerbatim),
            Vec::<String>::new(),
            "{}",
            sample.name
        );
        editor.apply(EditorAction::Undo).unwrap();
        assert!(all.iter().all(|suggestion| !is_reflected(&editor.draft, 0, suggestion)));
    }
}

/// A capacity entered without the bound its text gives ("840,000 tons" where the text says
/// "over 840,000 tons") does not hide the bounded suggestion: it stays open, and accepting it
/// adds the bound to the author's capacity, keeping what else the author wrote, as one undo
/// step. A bound the author gave where the suggestion reads none is the author's, and kept.
#[test]
fn a_capacity_entered_without_the_texts_bound_leaves_the_bounded_suggestion_open() {
    let mut editor = Editor::new_briefing(
        "Steel visit\n\nThe Delta Steel project has an annual output of over 840,000 tons of steel. The Gamma plant makes 5 GW of solar panels a year.",
    );
    accept(&mut editor, "project", "Delta Steel");
    let bounded = suggestion(&editor, "capacity", "over 840,000");
    let Edit::Insert(place, Record::Capacity(made)) =
        accept_suggestion(&editor.draft, 0, &bounded).unwrap()
    else {
        panic!("a new capacity");
    };
    let typed = Capacity { bound: None, of: Some("crude steel".into()), ..made };
    editor.apply(EditorAction::Edit(Edit::Insert(place, Record::Capacity(typed.clone())))).unwrap();
    assert!(!is_reflected(&editor.draft, 0, &bounded), "the text's bound is still to add");
    assert!(open_suggestions(
        &editor.draft,
        0,
        std::slice::from_ref(&bounded),
        &Default::default()
    )
    .contains(&bounded));
    let before = editor.draft.clone();
    let edit = accept_suggestion(&editor.draft, 0, &bounded).unwrap();
    editor.apply(EditorAction::Edit(edit)).unwrap();
    let held = editor.draft.briefings[0].projects[0].capacity.clone().unwrap();
    assert_eq!(held, Capacity { bound: Some(Bound::MoreThan), ..typed.clone() });
    assert!(is_reflected(&editor.draft, 0, &bounded));
    assert!(problem_paths(&editor, ProblemKind::BoundNotInQuote).is_empty());
    editor.apply(EditorAction::Undo).unwrap();
    assert_eq!(editor.draft, before, "one undo step takes the bound back");
    // A quote without the bound's words (a shorter selection) becomes the sentence stating it.
    let short = Capacity { quote: "840,000 tons of steel".into(), ..typed.clone() };
    editor.apply(EditorAction::Edit(Edit::Replace(place, Record::Capacity(short)))).unwrap();
    editor
        .apply(EditorAction::Edit(accept_suggestion(&editor.draft, 0, &bounded).unwrap()))
        .unwrap();
    let held = editor.draft.briefings[0].projects[0].capacity.clone().unwrap();
    assert_eq!(
        (held.bound, held.quote.as_str(), held.of.as_deref()),
        (
            Some(Bound::MoreThan),
            "The Delta Steel project has an annual output of over 840,000 tons of steel.",
            Some("crude steel")
        )
    );
    assert!(problem_paths(&editor, ProblemKind::BoundNotInQuote).is_empty());
    editor.apply(EditorAction::Undo).unwrap();
    editor.apply(EditorAction::Undo).unwrap();
    assert_eq!(editor.draft, before);
    // Another bound than the text's is the author's to change, in the capacity's form.
    let other = Capacity { bound: Some(Bound::About), ..typed };
    editor.apply(EditorAction::Edit(Edit::Replace(place, Record::Capacity(other)))).unwrap();
    assert!(!is_reflected(&editor.draft, 0, &bounded));
    assert_eq!(accept_suggestion(&editor.draft, 0, &bounded), Err(AcceptError::HasCapacity(0)));
    // A bound the suggestion does not read is the author's reading of the text, and kept.
    accept(&mut editor, "project", "Gamma");
    let plain = suggestion(&editor, "capacity", "5 GW");
    let Fact::Capacity(measure) = &plain.fact else { panic!("a capacity") };
    assert_eq!(measure.bound, None);
    let edit = accept_suggestion(&editor.draft, 0, &plain).unwrap();
    editor.apply(EditorAction::Edit(edit)).unwrap();
    let gamma = editor.draft.briefings[0].projects.len() - 1;
    let mut capacity = editor.draft.briefings[0].projects[gamma].capacity.clone().unwrap();
    capacity.bound = Some(Bound::MoreThan);
    let edit = Edit::Replace(Place::Capacity(gamma), Record::Capacity(capacity));
    editor.apply(EditorAction::Edit(edit)).unwrap();
    assert!(is_reflected(&editor.draft, 0, &plain));
}

#[test]
fn a_bounded_capacity_keeps_its_bound_accepted_or_selected_and_in_the_file() {
    let mut editor = Editor::new_briefing(
        "Steel visit\n\nThe Delta Steel project has an annual output of over 840,000 tons of steel. It plans nearly 5 GW of solar a year.",
    );
    accept(&mut editor, "project", "Delta Steel");
    accept(&mut editor, "capacity", "over 840,000");
    let capacity = editor.draft.briefings[0].projects[0].capacity.clone().expect("accepted");
    assert_eq!((capacity.value, capacity.bound), (840_000.0, Some(Bound::MoreThan)));
    use briefing_explorer::model::strings::editor::EN as EDITOR_EN;
    use briefing_explorer::model::strings::EN as SHOWN_EN;
    assert_eq!(
        capacity_in_words(&capacity, &SHOWN_EN, &EDITOR_EN),
        "more than 840,000 tons a year"
    );
    // Made from a selection (C), the same.
    let Record::Capacity(selected) = propose(RecordKind::Capacity, "nearly 5 GW", &editor.draft, 0)
    else {
        panic!("a capacity");
    };
    assert_eq!((selected.value, selected.bound), (5.0, Some(Bound::Nearly)));
    // The downloaded file writes it, and reads back with it.
    let file = export_json(&editor.draft);
    assert!(file.contains("\"bound\": \"more-than\""), "{file}");
    let read: briefing_explorer::model::dataset::Dataset =
        serde_json::from_str(&file).expect("the file reads back");
    assert_eq!(
        read.briefings[0].projects[0].capacity.as_ref().unwrap().bound,
        Some(Bound::MoreThan)
    );
}

#[test]
fn a_capacity_needs_its_project_and_is_accepted_once() {
    let mut editor = new_draft();
    let capacity = suggestion(&editor, "capacity", "840,000 sets");
    assert_eq!(accept_suggestion(&editor.draft, 0, &capacity), Err(AcceptError::NoProject));
    accept(&mut editor, "project", "BYD");
    let edit = accept_suggestion(&editor.draft, 0, &capacity).unwrap();
    let Edit::Insert(Place::Capacity(0), Record::Capacity(made)) = edit.clone() else {
        panic!("one capacity for the only project: {edit:?}");
    };
    assert_eq!(made.of.as_deref(), Some("drive motors and electric assembly core parts"));
    assert!(!is_reflected(&editor.draft, 0, &capacity));
    editor.apply(EditorAction::Edit(edit)).unwrap();
    assert!(is_reflected(&editor.draft, 0, &capacity));
    editor.apply(EditorAction::Undo).unwrap();
    assert!(!is_reflected(&editor.draft, 0, &capacity), "undone, it is offered again");
    // A project keeps the capacity its author gave it.
    let other = Capacity { value: 12.0, unit: "GWh".into(), ..made };
    let edit = Edit::Insert(Place::Capacity(0), Record::Capacity(other));
    editor.apply(EditorAction::Edit(edit)).unwrap();
    let refused = accept_suggestion(&editor.draft, 0, &capacity);
    assert_eq!(refused, Err(AcceptError::HasCapacity(0)));
    // The refusal says what the project holds, not that the draft holds the suggested figure.
    use briefing_explorer::model::strings::editor::{EN as EDITOR_EN, ZH as EDITOR_ZH};
    let refused = refused.unwrap_err();
    use briefing_explorer::model::strings::{EN as SHOWN_EN, ZH as SHOWN_ZH};
    let say = |strings| refusal_text(refused, true, &editor.draft, 0, strings);
    let name = editor.draft.briefings[0].projects[0].name.clone();
    assert_eq!(
        say((&EDITOR_EN, &SHOWN_EN)),
        format!(
            "“{name}” already has a capacity: 12 GWh a year. To change it, edit the project's capacity."
        )
    );
    assert_eq!(
        say((&EDITOR_ZH, &SHOWN_ZH)),
        format!("“{name}”已有产能：12 GWh/年。如需更改，请编辑该项目的产能。")
    );
    // A status refused the same way names the one the project has, by its label.
    let status = suggestion(&editor, "status", "full production");
    editor
        .apply(EditorAction::Edit(accept_suggestion(&editor.draft, 0, &status).unwrap()))
        .unwrap();
    let mut other_status = status.clone();
    other_status.fact = Fact::Status { status: "under-construction".into() };
    let refused = accept_suggestion(&editor.draft, 0, &other_status).unwrap_err();
    assert_eq!(refused, AcceptError::HasStatus(0));
    assert_eq!(
        refusal_text(refused, true, &editor.draft, 0, (&EDITOR_EN, &SHOWN_EN)),
        format!("“{name}” already has a status: Full production. To change it, edit the project's status.")
    );
    assert_eq!(
        refusal_text(AcceptError::AlreadyThere, true, &editor.draft, 0, (&EDITOR_EN, &SHOWN_EN)),
        "The draft already holds that."
    );
}

/// A fact the text ties to no one project is never given one by Accept, even when a project
/// quotes its sentence (QA: the vehicle project, which the drafter had given the next sentence,
/// took "The auto parts industrial park of Xinhe Parts, with a total investment of 2.2 billion
/// yuan" as its own note, with no problem listed). Its author chooses the project in its form.
#[test]
fn a_fact_tied_to_no_project_is_not_given_the_project_quoting_its_sentence() {
    use briefing_explorer::model::strings::editor::EN as EDITOR_EN;
    use briefing_explorer::model::strings::EN as SHOWN_EN;
    let text = "Mayor visits projects\n\nOn May 6, 2025, the mayor visited the BYD new energy \
                vehicle project, which has been put into production. The three projects in the \
                park have a total investment of 8 billion yuan.";
    let mut editor = Editor::new_briefing(text);
    accept(&mut editor, "project", "BYD");
    let amount = suggestion(&editor, "amount", "8 billion yuan");
    assert_eq!(amount.project, None, "the text ties the amount to no one project");
    editor.draft.briefings[0].projects[0]
        .quotes
        .push(sentence(text, "The three projects in the park"));
    let refused = accept_suggestion(&editor.draft, 0, &amount);
    assert_eq!(refused, Err(AcceptError::NoProject));
    assert_eq!(
        refusal_text(AcceptError::NoProject, false, &editor.draft, 0, (&EDITOR_EN, &SHOWN_EN)),
        "The text ties this to no one project: choose Edit, then the project it belongs to."
    );
    assert!(editor.draft.briefings[0].projects[0].notes.is_empty());
    // "Accept all" leaves it in the list too; the status the text ties to BYD is taken.
    let all = accept_all(&editor.draft, 0, &suggested(&editor, "amount"));
    assert_eq!(all, Edit::Batch(Vec::new()));
    accept(&mut editor, "status", "put into production");
}

/// A dismissal is a step of the history: the undo right after it brings the suggestion back and
/// leaves the accept before it alone (it took that accept back, and left the dismissal), and
/// the redo dismisses it again. The file is not changed by either, so nothing is left to export.
#[test]
fn a_dismissal_is_undone_and_redone_as_a_step_of_its_own() {
    let mut editor = new_draft();
    accept(&mut editor, "project", "BYD");
    let accepted = editor.draft.clone();
    editor.apply(EditorAction::Exported).unwrap();
    let capacity = suggestion(&editor, "capacity", "840,000 sets");
    let key = (capacity.start, capacity.end);
    let dismiss = EditorAction::Dismiss(vec![key]);
    assert!(!editor.changes_draft(&dismiss));
    editor.apply(dismiss.clone()).unwrap();
    assert_eq!(
        (editor.dismissed.iter().collect::<Vec<_>>(), editor.history_depth()),
        (vec![&key], (2, 0))
    );
    // Dismissing what is dismissed already is no step.
    editor.apply(dismiss).unwrap();
    assert_eq!(editor.history_depth(), (2, 0));

    assert!(!editor.changes_draft(&EditorAction::Undo), "the undo takes back the dismissal");
    editor.apply(EditorAction::Undo).unwrap();
    assert!(editor.dismissed.is_empty(), "the dismissed suggestion is back");
    assert_eq!(editor.draft, accepted, "the accept before it stays");
    assert_eq!((editor.history_depth(), editor.unexported), ((1, 1), false));
    editor.apply(EditorAction::Redo).unwrap();
    assert_eq!((editor.dismissed.len(), editor.history_depth()), (1, (2, 0)));
    assert_eq!((&editor.draft, editor.unexported), (&accepted, false));

    // "Show the dismissed suggestion again" is a step too, which the undo takes back.
    editor.apply(EditorAction::RestoreDismissed).unwrap();
    assert_eq!((editor.dismissed.len(), editor.history_depth()), (0, (3, 0)));
    editor.apply(EditorAction::Undo).unwrap();
    assert_eq!(editor.dismissed.len(), 1);
    // Two undos more take back the dismissal, then the accept.
    editor.apply(EditorAction::Undo).unwrap();
    assert!(editor.changes_draft(&EditorAction::Undo));
    editor.apply(EditorAction::Undo).unwrap();
    assert_eq!((editor.dismissed.len(), editor.draft.briefings[0].projects.len()), (0, 0));
    // A dismissal after an undo is a new step: what was undone can no longer be redone.
    editor.apply(EditorAction::Dismiss(vec![key])).unwrap();
    assert_eq!(editor.history_depth(), (1, 0));
}

/// A suggestion accepted through its Edit form leaves the list whatever the author corrected
/// there: a capacity added at 850,000 sets where the text says 840,000 stayed listed, and its
/// Accept was then refused (the project has a capacity). The form knows which suggestion opened
/// it; the draft's values cannot tell. Undoing the Add brings the suggestion back.
#[test]
fn a_capacity_accepted_through_its_form_with_another_figure_leaves_the_list_until_undone() {
    let mut editor = new_draft();
    accept(&mut editor, "project", "BYD");
    let all = suggest(&editor.draft.briefings[0].source.text, None).suggestions;
    let capacity = suggestion(&editor, "capacity", "840,000 sets");
    let key = (capacity.start, capacity.end);
    let open = |editor: &Editor| {
        open_suggestions(&editor.draft, 0, &all, &editor.set_aside()).contains(&capacity)
    };
    assert!(open(&editor));
    let Ok(Edit::Insert(place, Record::Capacity(suggested))) =
        accept_suggestion(&editor.draft, 0, &capacity)
    else {
        panic!("the capacity is accepted as one insert");
    };
    let corrected = Record::Capacity(Capacity { value: 850_000.0, ..suggested });
    let add = EditorAction::add_record(Edit::Insert(place, corrected), Some(key));
    assert!(matches!(add, EditorAction::AcceptEdited { suggestion, .. } if suggestion == key));
    editor.apply(add).unwrap();
    assert!(!is_reflected(&editor.draft, 0, &capacity), "850,000 is not what it suggests");
    assert!(!open(&editor), "accepted through its form, it leaves the list");
    assert!(editor.dismissed.is_empty(), "nor is it counted as dismissed");
    assert_eq!(editor.history_depth(), (2, 0));

    // A reload keeps it out of the list.
    let saved = editor.to_saved(1_700_000_000_000.0);
    let saved = serde_json::from_str(&serde_json::to_string(&saved).unwrap()).unwrap();
    let restored = Editor::restore(saved, editor.draft.briefings.clone()).unwrap();
    assert!(!open(&restored));

    // Editing another briefing and coming back (saved and restored in between) keeps it out:
    // its record is still in the draft.
    let mut switching = restored.clone();
    switching.draft.briefings.push(switching.draft.briefings[0].clone());
    switching.apply(EditorAction::ChooseBriefing(1)).unwrap();
    let saved = switching.to_saved(1_700_000_000_000.0);
    let saved = serde_json::from_str(&serde_json::to_string(&saved).unwrap()).unwrap();
    let mut switching = Editor::restore(saved, switching.draft.briefings.clone()).unwrap();
    switching.apply(EditorAction::ChooseBriefing(0)).unwrap();
    assert!(!open(&switching), "back on its briefing, it stays out of the list");

    editor.apply(EditorAction::Undo).unwrap();
    assert_eq!(editor.draft.briefings[0].projects[0].capacity, None);
    assert!(open(&editor), "the Add undone, it is offered again");
    editor.apply(EditorAction::Redo).unwrap();
    assert!(!open(&editor));
    // A record made from a selection is a plain edit.
    let edit = Edit::Delete(Place::Capacity(0));
    assert_eq!(EditorAction::add_record(edit.clone(), None), EditorAction::Edit(edit));
}

/// A suggestion accepted through its form stays out of the list only while the record the form
/// made is in the draft: once the author deletes that record, the suggestion is offered again,
/// as one accepted with its own Accept button is, and undoing the delete sets it aside again.
/// (It stayed hidden, and the fact could then be added again only by hand.)
#[test]
fn a_suggestion_accepted_through_its_form_is_offered_again_once_its_record_is_deleted() {
    let mut editor = new_draft();
    let all = suggest(&editor.draft.briefings[0].source.text, None).suggestions;
    let open = |editor: &Editor, suggestion: &Suggestion| {
        open_suggestions(&editor.draft, 0, &all, &editor.set_aside()).contains(suggestion)
    };

    // A project accepted through its form under another name.
    let project = suggestion(&editor, "project", "BYD");
    let accepted = accept_suggestion(&editor.draft, 0, &project).expect("the project is accepted");
    let renamed = match accepted {
        Edit::Batch(edits) => Edit::Batch(edits.into_iter().map(rename_project).collect()),
        edit => rename_project(edit),
    };
    let key = (project.start, project.end);
    editor.apply(EditorAction::add_record(renamed, Some(key))).unwrap();
    let index = editor.draft.briefings[0]
        .projects
        .iter()
        .position(|project| project.name == "Renamed plant")
        .expect("the project is in the draft under the author's name");
    assert!(!open(&editor, &project), "accepted through its form, it leaves the list");
    // Another record deleted keeps it out; its own record deleted brings it back.
    let delete = EditorAction::Edit(Edit::Delete(Place::Project(index)));
    editor.apply(delete.clone()).unwrap();
    assert!(open(&editor, &project), "its project deleted, it is offered again");
    editor.apply(EditorAction::Undo).unwrap();
    assert!(!open(&editor, &project), "the delete undone, it leaves the list again");

    // A capacity accepted through its form at another figure, then deleted.
    let capacity = suggestion(&editor, "capacity", "840,000 sets");
    let Ok(Edit::Insert(place, Record::Capacity(suggested))) =
        accept_suggestion(&editor.draft, 0, &capacity)
    else {
        panic!("the capacity is accepted as one insert");
    };
    let Place::Capacity(owner) = place else { panic!("a capacity's place") };
    let corrected = Record::Capacity(Capacity { value: 850_000.0, ..suggested });
    let add = EditorAction::add_record(
        Edit::Insert(place, corrected),
        Some((capacity.start, capacity.end)),
    );
    editor.apply(add).unwrap();
    assert!(!open(&editor, &capacity));
    editor.apply(EditorAction::Edit(Edit::Delete(Place::Capacity(owner)))).unwrap();
    assert!(open(&editor, &capacity), "its capacity deleted, it is offered again");
    assert!(!open(&editor, &project), "the project, still in the draft, stays out");
    editor.apply(EditorAction::Undo).unwrap();
    assert!(!open(&editor, &capacity));
    // Deleting the project takes its capacity with it: both are offered again.
    editor.apply(delete).unwrap();
    assert!(open(&editor, &project) && open(&editor, &capacity));
}

/// A status and an amount accepted through their forms with other values are offered again
/// once the author deletes what the form made, and not while it is there.
#[test]
fn a_status_or_amount_accepted_through_its_form_is_offered_again_once_deleted() {
    fn offered_again(mut editor: Editor, kind: &str, words: &str, correct: fn(Record) -> Record) {
        let all = suggest(&editor.draft.briefings[0].source.text, None).suggestions;
        let fact = suggestion(&editor, kind, words);
        let open = |editor: &Editor| {
            open_suggestions(&editor.draft, 0, &all, &editor.set_aside()).contains(&fact)
        };
        let inserted = match accept_suggestion(&editor.draft, 0, &fact) {
            Ok(Edit::Batch(edits)) => edits.into_iter().last(),
            edit => edit.ok(),
        };
        let Some(Edit::Insert(place, record)) = inserted else {
            panic!("the {kind} is accepted as an insert")
        };
        let add = Edit::Insert(place, correct(record));
        editor.apply(EditorAction::add_record(add, Some((fact.start, fact.end)))).unwrap();
        assert!(!is_reflected(&editor.draft, 0, &fact), "the {kind} was corrected");
        assert!(!open(&editor), "the {kind} accepted through its form leaves the list");
        editor.apply(EditorAction::Edit(Edit::Delete(place))).unwrap();
        assert!(open(&editor), "the {kind} deleted, it is offered again");
    }
    let mut editor = new_draft();
    accept(&mut editor, "project", "BYD");
    offered_again(editor, "status", "full production", |record| match record {
        Record::ProjectStatus(status) => {
            Record::ProjectStatus(StatedStatus { id: "under-construction".into(), ..status })
        }
        other => panic!("a project's status, not {other:?}"),
    });
    let mut editor = Editor::new_briefing(&corpus_text("en-pukou-batteries"));
    accept(&mut editor, "project", "Jinlong");
    offered_again(editor, "amount", "12 billion yuan", |record| match record {
        Record::Note(note) => {
            Record::Note(Note { text: "Investment of 13 billion".into(), ..note })
        }
        other => panic!("a project's note, not {other:?}"),
    });
}

/// The edit with the project it inserts renamed "Renamed plant", as an author does in the form.
fn rename_project(edit: Edit) -> Edit {
    match edit {
        Edit::Insert(place, Record::Project(project)) => Edit::Insert(
            place,
            Record::Project(Box::new(Project { name: "Renamed plant".into(), ..*project })),
        ),
        other => other,
    }
}

#[test]
fn a_renamed_project_is_found_by_its_quotes() {
    let mut editor = new_draft();
    accept(&mut editor, "project", "BYD");
    let mut renamed = editor.draft.briefings[0].projects[0].clone();
    renamed.name = "BYD drive motors".into();
    let edit = Edit::Replace(Place::Project(0), Record::Project(Box::new(renamed)));
    editor.apply(EditorAction::Edit(edit)).unwrap();
    let status = suggestion(&editor, "status", "full production");
    assert!(matches!(
        accept_suggestion(&editor.draft, 0, &status),
        Ok(Edit::Batch(edits)) if edits[1] == Edit::Insert(Place::ProjectStatus(0), Record::ProjectStatus(StatedStatus {
            id: "full-production".into(),
            quote: editor.draft.briefings[0].projects[0].quotes[0].clone(),
        }))
    ));
}

/// With several projects, a renamed one is still the one whose quotes hold the capacity's words,
/// not the first project.
#[test]
fn a_renamed_project_among_several_gets_its_own_capacity() {
    let mut editor = new_draft();
    accept_every(&mut editor, "project");
    let mut renamed = editor.draft.briefings[0].projects[2].clone();
    renamed.name = "BYD drive motors".into();
    let edit = Edit::Replace(Place::Project(2), Record::Project(Box::new(renamed)));
    editor.apply(EditorAction::Edit(edit)).unwrap();
    let capacity = suggestion(&editor, "capacity", "840,000 sets");
    let edit = accept_suggestion(&editor.draft, 0, &capacity).unwrap();
    assert!(matches!(edit, Edit::Insert(Place::Capacity(2), _)), "{edit:?}");
}

/// A project suggestion is taken care of when a project of its name is there, not when some
/// other project is.
#[test]
fn a_project_suggestion_is_reflected_only_by_a_project_of_its_name() {
    let mut editor = new_draft();
    let byd = suggestion(&editor, "project", "BYD");
    accept(&mut editor, "project", "Baowu");
    assert!(!is_reflected(&editor.draft, 0, &byd), "only Baowu's project is there");
    accept(&mut editor, "project", "BYD");
    assert!(is_reflected(&editor.draft, 0, &byd));
}

/// A project accepted and renamed is still the one its suggestion made: the suggestion stays
/// out of the list and cannot be accepted a second time (it made a duplicate project); deleted,
/// the project's suggestion comes back.
#[test]
fn a_project_suggestion_stays_accepted_after_its_project_is_renamed() {
    let mut editor = new_draft();
    accept_every(&mut editor, "project");
    let projects = suggested(&editor, "project");
    let byd = suggestion(&editor, "project", "BYD");
    let index = editor.draft.briefings[0]
        .projects
        .iter()
        .position(|project| project.name.contains("BYD"))
        .expect("BYD's project was accepted");
    for name in ["BYD drive motors", "  byd's ANNUAL output of 840,000 sets  "] {
        let mut renamed = editor.draft.briefings[0].projects[index].clone();
        renamed.name = name.into();
        let edit = Edit::Replace(Place::Project(index), Record::Project(Box::new(renamed)));
        editor.apply(EditorAction::Edit(edit)).unwrap();
        assert!(is_reflected(&editor.draft, 0, &byd), "renamed {name:?}");
        assert_eq!(accept_suggestion(&editor.draft, 0, &byd), Err(AcceptError::AlreadyThere));
        assert!(projects.iter().all(|suggestion| is_reflected(&editor.draft, 0, suggestion)));
    }
    editor.apply(EditorAction::Edit(Edit::Delete(Place::Project(index)))).unwrap();
    assert!(!is_reflected(&editor.draft, 0, &byd), "deleted, it is offered again");
}

#[test]
fn a_project_name_is_the_same_whatever_its_case_and_spacing() {
    let editor = new_draft();
    let mut briefing = editor.draft.briefings[0].clone();
    briefing.projects = bundled().briefings[0].projects.clone();
    let first = briefing.projects[0].name.clone();
    let check = |name: &str, except: Option<usize>, expected: Option<usize>| {
        assert_eq!(project_named(&briefing, name, except), expected, "{name:?} except {except:?}");
    };
    check(&first, None, Some(0));
    check(&format!("  {}  ", first.to_uppercase().replace(' ', "   ")), None, Some(0));
    check(&first, Some(0), None);
    check(&format!("{first} phase two"), None, None);
    check("", None, None);
    assert!(same_project_name("星海储能电池项目", " 星海储能电池项目"));
    assert!(same_project_name("ＢＹＤ drive motors", "BYD  Drive Motors"));
    assert!(!same_project_name("BYD drive motors", "BYD drive motor"));
}

/// A status suggestion is taken care of when its project has that status, not another one.
#[test]
fn a_status_suggestion_is_reflected_only_by_that_status() {
    let mut editor = new_draft();
    accept(&mut editor, "project", "BYD");
    let status = accept(&mut editor, "status", "full production");
    assert!(is_reflected(&editor.draft, 0, &status));
    let mut changed = editor.draft.briefings[0].projects[0].clone();
    changed.status.as_mut().expect("the status just accepted").id = "under-construction".into();
    let edit = Edit::Replace(Place::Project(0), Record::Project(Box::new(changed)));
    editor.apply(EditorAction::Edit(edit)).unwrap();
    assert!(!is_reflected(&editor.draft, 0, &status), "the project now has another status");
}

/// A project goes to the industry the dataset already has for the name the text gives: one of
/// that label, whatever its case, or one whose id that label makes, whatever its label.
#[test]
fn a_project_goes_to_the_industry_of_that_label_or_that_id() {
    fn industry_of_byd(existing: Industry) -> (String, Vec<Industry>) {
        let mut editor = new_draft();
        let edit = Edit::Insert(Place::Industry(0), Record::Industry(existing));
        editor.apply(EditorAction::Edit(edit)).unwrap();
        accept(&mut editor, "project", "BYD");
        (editor.draft.briefings[0].projects[0].industry.clone(), editor.draft.industries)
    }
    let by_id =
        Industry { id: "new-energy".into(), label: "Electric vehicles".into(), color: None };
    assert_eq!(industry_of_byd(by_id.clone()), ("new-energy".into(), vec![by_id]));
    let by_label = Industry { id: "energy".into(), label: "NEW ENERGY".into(), color: None };
    assert_eq!(industry_of_byd(by_label.clone()), ("energy".into(), vec![by_label]));
    let other = Industry { id: "mining".into(), label: "Mining".into(), color: None };
    let (id, industries) = industry_of_byd(other);
    assert_eq!(id, "new-energy");
    assert_eq!(industries.len(), 2, "New energy is added: {industries:?}");
}

#[test]
fn a_status_the_dataset_defines_is_not_added_again() {
    let mut editor = new_draft();
    accept(&mut editor, "project", "BYD");
    let edit = Edit::Insert(Place::Status(0), status("full-production"));
    editor.apply(EditorAction::Edit(edit)).unwrap();
    let status = suggestion(&editor, "status", "full production");
    let edit = accept_suggestion(&editor.draft, 0, &status).unwrap();
    assert!(matches!(edit, Edit::Insert(Place::ProjectStatus(0), _)), "{edit:?}");
}

#[test]
fn amounts_become_notes_of_their_project() {
    let mut editor = Editor::new_briefing(&corpus_text("en-pukou-batteries"));
    let amount = suggestion(&editor, "amount", "12 billion yuan");
    assert_eq!(accept_suggestion(&editor.draft, 0, &amount), Err(AcceptError::NoProject));
    accept(&mut editor, "project", "Jinlong");
    accept(&mut editor, "amount", "12 billion yuan");
    let text = editor.draft.briefings[0].source.text.clone();
    let jinlong = &editor.draft.briefings[0].projects[0];
    assert_eq!(jinlong.notes.len(), 1);
    assert_eq!(jinlong.notes[0].text, "Total investment of 12 billion yuan");
    assert_eq!(jinlong.notes[0].quote, sentence(&text, "Wang Tao came to Jinlong"));
    assert!(is_reflected(&editor.draft, 0, &amount));
}

#[test]
fn dates_and_people_go_to_the_header_with_their_sentence_once() {
    let mut editor = Editor::new_briefing(&corpus_text("en-pukou-batteries"));
    let text = editor.draft.briefings[0].source.text.clone();
    accept(&mut editor, "date", "May 6");
    accept_every(&mut editor, "official");
    let briefing = &editor.draft.briefings[0];
    assert_eq!(briefing.date, Some(BriefingDate { year: Some(2024), month: 5, day: 6 }));
    assert_eq!(briefing.officials, [Official { name: "Wang Tao".into(), role: "Mayor".into() }]);
    // Each with the title the text gives them: the name alone would not say who they are.
    assert_eq!(briefing.participants, ["District secretary Li Na", "Deputy mayor Xu Feng"]);
    assert_eq!(
        briefing.quotes,
        [sentence(&text, "May 6, 2024"), sentence(&text, "District secretary Li Na")],
        "the date's sentence names the mayor too, and is quoted once"
    );
    // A date the text gives without its year leaves the year out.
    let mut editor = new_draft();
    accept(&mut editor, "date", "February 20");
    assert_eq!(
        editor.draft.briefings[0].date,
        Some(BriefingDate { year: None, month: 2, day: 20 })
    );
}

/// The short names of the draft's first briefing's projects, in order.
fn short_names(editor: &Editor) -> Vec<&str> {
    editor.draft.briefings[0].projects.iter().map(|project| project.short_name.as_str()).collect()
}

#[test]
fn a_chinese_short_name_ends_where_a_word_does() {
    let mut editor = Editor::new_briefing(&corpus_text("zh-nanjing-motors"));
    accept_every(&mut editor, "project");
    let names = short_names(&editor);
    // Twelve characters cut it as "北冶高温合金及高端金属功", half of 功能.
    let north =
        names.iter().find(|name| name.starts_with("北冶")).expect("the North Metallurgy project");
    assert!(!north.ends_with('功'), "{north}");
    assert!(
        ["北冶高温合金", "北冶高温合金及高端金属功能材料"].contains(north),
        "{north}: whole, or the first of what it joins"
    );
}

/// An English short name keeps its words whole (QA: "Greenfield Battery Giga" from
/// "Gigafactory", "Anhui Crane Works tower" cut inside what it makes).
#[test]
fn an_english_short_name_keeps_its_words_whole() {
    let text =
        "Visit\nOn May 6, the mayor toured the Greenfield Battery Gigafactory and the Anhui \
                Crane Works tower crane project, then the Eastbay Harbor Heavy Industry offshore \
                wind turbine tower project.";
    let mut editor = Editor::new_briefing(text);
    accept_every(&mut editor, "project");
    let names = short_names(&editor);
    assert_eq!(
        names,
        [
            "Greenfield Battery Gigafactory",
            "Anhui Crane Works tower crane",
            "Eastbay Harbor Heavy Industry"
        ]
    );
}

/// A short name leaves out the enterprise's legal form, which cut to fit kept the company and lost
/// what the project makes (helper-71: "Jiangsu Hengli Hydraulic Co.", "埃夫特智能装备股份有限公").
#[test]
fn a_short_name_leaves_out_the_enterprises_legal_form() {
    let text =
        "Visit\nOn May 6, the mayor inspected the Hengli hydraulic cylinder project of Jiangsu \
                Hengli Hydraulic Co., which will produce 500,000 high-pressure hydraulic cylinders \
                per year.";
    let mut editor = Editor::new_briefing(text);
    accept_every(&mut editor, "project");
    assert_eq!(
        short_names(&editor),
        ["Jiangsu Hengli Hydraulic high-pressure hydraulic cylinders"]
    );
    let text = "调研\n5月6日，市长来到埃夫特智能装备股份有限公司工业机器人项目，该项目建成后可形成年产工业机器人1.5万台的能力。";
    let mut editor = Editor::new_briefing(text);
    accept_every(&mut editor, "project");
    assert_eq!(short_names(&editor), ["埃夫特智能装备工业机器人"]);
}

/// An accepted project's sector is what its capacities count, as a draft's is (园区一期项目 makes
/// 正极材料), never its own name (园区一期, 星海储能电池), and its enterprise the company whose head
/// reports in its paragraph, or that builds it.
#[test]
fn an_accepted_projects_sector_is_what_it_makes_never_its_own_name() {
    let mut editor = Editor::new_briefing(&corpus_text("zh-jiangbei"));
    accept(&mut editor, "project", "园区一期");
    accept(&mut editor, "project", "星海储能电池");
    let projects = &editor.draft.briefings[0].projects;
    let accepted: Vec<(&str, &str)> = projects
        .iter()
        .map(|project| (project.sector.as_str(), project.enterprise.as_str()))
        .collect();
    // 星海储能电池项目 "由星海能源科技有限公司投资建设": the company that builds it is its enterprise.
    assert_eq!(accepted, [("正极材料", "天元新材料股份有限公司"), ("", "星海能源科技有限公司")]);
}

#[test]
fn what_the_text_does_not_give_is_left_for_the_validator_to_ask_for() {
    let mut editor = Editor::new_briefing(&corpus_text("zh-pukou-batteries"));
    accept_every(&mut editor, "project");
    accept_every(&mut editor, "capacity");
    let projects = &editor.draft.briefings[0].projects;
    let ids: Vec<&str> = projects.iter().map(|project| project.id.as_str()).collect();
    assert_eq!(
        ids,
        ["金龙新能源电芯", "鑫源智能装备产业园", "光明光伏"],
        "Chinese names, Chinese ids"
    );
    assert_eq!(projects[0].short_name, "金龙新能源电芯");
    let power_station = projects[2].capacity.as_ref().expect("the power station's capacity");
    // The text states no period for it, and none need be invented: the capacity stands as
    // stated ("30万 kW"), and the validator asks for nothing about it.
    assert_eq!((power_station.value, power_station.period.as_str()), (300000.0, ""));
    // Nor need an enterprise the text does not name: the card says "not stated". The place, a
    // header fact every briefing states, is asked for.
    assert!(projects.iter().all(|project| project.enterprise.is_empty()));
    assert_eq!(problem_paths(&editor, ProblemKind::EmptyField), ["briefings[0].place"]);
    assert_eq!(problem_paths(&editor, ProblemKind::UnknownIndustry).len(), 3);
}

#[test]
fn accepting_needs_a_briefing() {
    let editor = new_draft();
    let project = suggestion(&editor, "project", "BYD");
    assert_eq!(accept_suggestion(&editor.draft, 1, &project), Err(AcceptError::NoSuchBriefing));
    assert!(!is_reflected(&editor.draft, 1, &project));
    assert_eq!(accept_all(&editor.draft, 1, &[project]), Edit::Batch(Vec::new()));
}

#[test]
fn each_suggestion_is_shown_beside_the_kind_of_record_it_becomes() {
    let editor = Editor::new_briefing(&corpus_text("en-pukou-batteries"));
    let kinds: Vec<(&str, Option<RecordKind>)> =
        suggest(&editor.draft.briefings[0].source.text, None)
            .suggestions
            .iter()
            .map(|suggestion| {
                (suggestion.fact.kind_name(), suggestion_record_kind(&suggestion.fact))
            })
            .collect();
    for (kind, record) in [
        ("project", Some(RecordKind::Project)),
        ("capacity", Some(RecordKind::Capacity)),
        ("status", Some(RecordKind::Status)),
        ("amount", Some(RecordKind::Note)),
        ("date", None),
        ("official", None),
    ] {
        assert!(kinds.contains(&(kind, record)), "{kind}: {kinds:?}");
    }
}

#[test]
fn each_kind_of_suggestion_has_its_own_heading_in_both_languages() {
    use briefing_explorer::model::strings::editor::{EN, ZH};
    const KINDS: [&str; 6] = ["project", "capacity", "amount", "status", "date", "official"];
    let text = &bundled().briefings[0].source.text;
    for suggestion in suggest(text, None).suggestions {
        assert!(KINDS.contains(&suggestion.fact.kind_name()), "{:?}", suggestion.fact);
    }
    for strings in [&EN, &ZH] {
        let headings: Vec<&str> = KINDS.iter().map(|kind| strings.suggestion_kind(kind)).collect();
        assert!(headings.iter().all(|heading| !heading.trim().is_empty()), "{headings:?}");
        let distinct: std::collections::BTreeSet<&str> = headings.iter().copied().collect();
        assert_eq!(distinct.len(), KINDS.len(), "one heading per kind: {headings:?}");
    }
    assert_eq!(EN.suggestion_kind("capacity"), EN.suggested_capacities);
    assert_eq!(ZH.suggestion_kind("project"), ZH.suggested_projects);
    assert_eq!(EN.suggestion_kind("official"), EN.suggested_officials);
}

#[test]
fn a_period_is_named_in_the_interface_language_and_other_words_kept() {
    use briefing_explorer::model::strings::editor::{EN, ZH};
    for strings in [&EN, &ZH] {
        assert_eq!(strings.periods.word("year"), strings.periods.year);
        assert_eq!(strings.periods.word("month"), strings.periods.month);
        assert_eq!(strings.periods.word("day"), strings.periods.day);
        assert_eq!(strings.periods.word("shift"), "shift");
    }
    assert_eq!(ZH.periods.word("year"), "年", "Chinese names the year in Chinese");
    assert_eq!(ZH.periods.word("年"), "年");
}

#[test]
fn a_stage_reads_as_its_label_in_the_texts_language_and_anything_else_as_itself() {
    use briefing_explorer::model::suggest::rules::{stage_label, STAGES};
    use briefing_explorer::model::suggest::Language::{Chinese, English};
    assert_eq!(stage_label("trial-production", English), "Trial production");
    assert_eq!(stage_label("under-construction", English), "Under construction");
    assert_eq!(stage_label("full-production", Chinese), "全面达产");
    assert_eq!(stage_label("paused-by-flood", Chinese), "paused-by-flood");
    for stage in STAGES {
        assert_eq!(stage_label(stage.id, English), stage.label);
        assert_eq!(stage_label(stage.id, Chinese), stage.chinese_label);
        assert!(stage.chinese_label.chars().all(|character| !character.is_ascii()));
    }
}

#[test]
fn a_status_accepted_from_a_chinese_text_is_labelled_in_chinese() {
    let text = "3月8日，市长调研重点项目。星海储能电池项目已全面达产。";
    let mut editor = Editor::new_briefing(text);
    accept_every(&mut editor, "project");
    accept_every(&mut editor, "status");
    let labels: Vec<&str> =
        editor.draft.statuses.iter().map(|status| status.label.as_str()).collect();
    assert_eq!(labels, ["全面达产"]);
}

#[test]
fn a_status_the_rules_know_is_defined_with_it_in_the_language_of_the_text_an_unknown_one_is_not() {
    let mut editor = Editor::new_briefing("3月8日，市长调研重点项目。星海储能电池项目已全面达产。");
    let draft = &editor.draft;
    let briefing = &draft.briefings[0];
    let definition = status_definition(draft, briefing, "full-production");
    assert_eq!(
        definition,
        Some(Edit::Insert(
            Place::Status(0),
            Record::Status(Status { id: "full-production".into(), label: "全面达产".into() })
        ))
    );
    // An id the rules do not know is the author's to define.
    assert_eq!(status_definition(draft, briefing, "paused-by-flood"), None);
    // Defined once: a second status of that stage needs no definition.
    editor.apply(EditorAction::Edit(definition.expect("a definition"))).expect("defining");
    assert_eq!(
        status_definition(&editor.draft, &editor.draft.briefings[0], "full-production"),
        None
    );
}

/// The amounts suggested in `text`, each as the editor's list titles it.
fn amounts_as_written(text: &str) -> Vec<String> {
    suggest(text, None)
        .suggestions
        .iter()
        .filter(|suggestion| matches!(suggestion.fact, Fact::Amount(_)))
        .map(amount_as_written)
        .collect()
}

#[test]
fn an_amount_reads_as_the_text_writes_it_with_what_bounds_it() {
    assert_eq!(
        amounts_as_written(
            "The three projects have a total investment of more than 8 billion yuan."
        ),
        ["more than 8 billion yuan"]
    );
    assert_eq!(
        amounts_as_written("The project has a total investment of 4.5 billion yuan."),
        ["4.5 billion yuan"]
    );
    assert_eq!(amounts_as_written("三个项目总投资超过80亿元。"), ["超过80亿元"]);
    assert_eq!(amounts_as_written("该项目总投资为45亿元。"), ["45亿元"]);
    // A figure with no word saying what the money is keeps its whole quote.
    let bare = amounts_as_written("It costs 2 million yuan.");
    assert_eq!(bare.len(), 1);
    assert!(bare[0].contains("2 million yuan"), "{bare:?}");
}

/// A project's enterprise is proposed only where the text states it ("… of Bluewater Metals",
/// "BYD's", a name in capitals), never from a lone first word, which is as often a place: "Wujin new energy battery
/// base" reached a reader's card as "Enterprise Wujin" (Wujin is a district). The word still
/// shapes the short name.
#[test]
fn an_enterprise_is_proposed_only_where_the_text_states_it() {
    let text = "Mayor visits battery projects\n\nOn March 14, the mayor visited the Wujin new energy battery base, which was put into operation last month. He then visited the BYD motor plant and the Harbor Steel recycling plant of Bluewater Metals.";
    let mut editor = Editor::new_briefing(text);
    accept_every(&mut editor, "project");
    let projects: Vec<(&str, &str)> = editor.draft.briefings[0]
        .projects
        .iter()
        .map(|project| (project.short_name.as_str(), project.enterprise.as_str()))
        .collect();
    assert_eq!(
        projects,
        [
            ("Wujin new energy battery", ""),
            ("BYD motor", "BYD"),
            ("Harbor Steel recycling", "Bluewater Metals"),
        ]
    );
}

/// "Accept all" never replaces a date the briefing has: it holds one date, and the dates after
/// the first were another event's or a repeat.
#[test]
fn accepting_all_dates_keeps_the_date_the_briefing_has() {
    let text = "Mayor visits\n\nOn March 14, 2025, the mayor visited the plant. A review is due on May 18, 2026.";
    let mut editor = Editor::new_briefing_proposed(text);
    let date = editor.draft.briefings[0].date;
    assert_eq!(date.map(|date| (date.year, date.month, date.day)), Some((Some(2025), 3, 14)));
    accept_every(&mut editor, "date");
    assert_eq!(editor.draft.briefings[0].date, date);
}

/// Nor does one Accept: the date stays the author's, as a project's capacity does, and the
/// refusal names it (QA: "Construction started on March 3" took May 20, 2025's place and
/// dropped its year, with no word). A date that only adds the year the briefing's lacks is taken.
#[test]
fn accepting_one_date_keeps_the_date_the_briefing_has_and_says_so() {
    use briefing_explorer::model::strings::editor::{EN as EDITOR_EN, ZH as EDITOR_ZH};
    use briefing_explorer::model::strings::{EN as SHOWN_EN, ZH as SHOWN_ZH};
    let text = "Mayor visits\n\nOn March 14, 2025, the mayor visited the plant. A review is due on May 18, 2026.";
    let editor = Editor::new_briefing_proposed(text);
    let later = suggestion(&editor, "date", "May 18, 2026");
    let refused = accept_suggestion(&editor.draft, 0, &later);
    assert_eq!(refused, Err(AcceptError::HasDate));
    let say = |strings| refusal_text(AcceptError::HasDate, false, &editor.draft, 0, strings);
    assert_eq!(
        say((&EDITOR_EN, &SHOWN_EN)),
        "The briefing already has a date: March 14, 2025. To change it, edit the date in the briefing header."
    );
    assert_eq!(
        say((&EDITOR_ZH, &SHOWN_ZH)),
        "简报已有日期：2025年3月14日。如需更改，请编辑简报信息中的日期。"
    );
    // A briefing dated "March 14" takes the year from "March 14, 2025".
    let mut editor = Editor::new_briefing_proposed(text);
    let full = suggestion(&editor, "date", "March 14, 2025");
    editor.draft.briefings[0].date = Some(BriefingDate { year: None, month: 3, day: 14 });
    let edit = accept_suggestion(&editor.draft, 0, &full).expect("the year is added");
    editor.apply(EditorAction::Edit(edit)).unwrap();
    assert_eq!(
        editor.draft.briefings[0].date,
        Some(BriefingDate { year: Some(2025), month: 3, day: 14 })
    );
    // Another day, even of that month, is refused.
    editor.draft.briefings[0].date = Some(BriefingDate { year: None, month: 3, day: 15 });
    assert_eq!(accept_suggestion(&editor.draft, 0, &full), Err(AcceptError::HasDate));
}

/// The records list writes a capacity with its period, as the suggestion offered it, so that
/// "20 GWh" (no period stated) and "1,200,000 sets a year" are told apart at a glance.
#[test]
fn the_records_list_writes_a_capacity_with_its_period() {
    use briefing_explorer::model::dataset::Capacity;
    use briefing_explorer::model::editor::capacity_in_words;
    use briefing_explorer::model::strings::editor::{EN as EDITOR_EN, ZH as EDITOR_ZH};
    use briefing_explorer::model::strings::{EN as SHOWN_EN, ZH as SHOWN_ZH};
    let capacity = |value: f64, unit: &str, period: &str| Capacity {
        value,
        unit: unit.to_string(),
        period: period.to_string(),
        of: None,
        bound: None,
        quote: String::new(),
    };
    assert_eq!(
        capacity_in_words(&capacity(1_200_000.0, "sets", "year"), &SHOWN_EN, &EDITOR_EN),
        "1,200,000 sets a year"
    );
    assert_eq!(capacity_in_words(&capacity(20.0, "GWh", ""), &SHOWN_EN, &EDITOR_EN), "20 GWh");
    assert_eq!(
        capacity_in_words(&capacity(840_000.0, "套", "年"), &SHOWN_ZH, &EDITOR_ZH),
        "84万套/年"
    );
}

/// A native reviewer accepted every official of a Chinese news item: each taking part keeps the
/// title the text gives them, a deputy's and a department's whole (市政府副秘书长, not 秘书长, a
/// promotion), and the header's field lists them as Chinese lists names, parted by 、.
#[test]
fn chinese_participants_keep_their_whole_title_and_are_listed_with_the_enumeration_comma() {
    let mut editor = Editor::new_briefing(&corpus_text("zh-deputy-titles"));
    accept_every(&mut editor, "official");
    let briefing = &editor.draft.briefings[0];
    assert_eq!(briefing.officials, [Official { name: "王建国".into(), role: "副市长".into() }]);
    assert_eq!(briefing.participants, ["市政府副秘书长李明", "市发展改革委主任张华"]);
    assert_eq!(
        participants_as_text(&briefing.participants, &briefing.source.language),
        "市政府副秘书长李明、市发展改革委主任张华"
    );
    let english = ["Vice Mayor Li Ming".to_string(), "Director Zhang Hua".to_string()];
    assert_eq!(participants_as_text(&english, "en"), "Vice Mayor Li Ming, Director Zhang Hua");
}

/// A suggested official's label writes the title in brackets of the title's script: full-width
/// and close against a Chinese name (王建国（副市长）), as Chinese text is set.
#[test]
fn an_officials_label_sets_the_title_in_brackets_of_its_script() {
    let mention = |name: &str, role: &str| OfficialMention {
        name: name.into(),
        role: role.into(),
        taking_part: false,
    };
    assert_eq!(mention("王建国", "副市长").label(), "王建国（副市长）");
    assert_eq!(mention("李明", "市政府副秘书长").label(), "李明（市政府副秘书长）");
    assert_eq!(mention("Li Ming", "Vice Governor").label(), "Li Ming (Vice Governor)");
    assert_eq!(mention("Zhao Lin", "").label(), "Zhao Lin");
}

#[test]
fn a_participant_keeps_their_title_and_a_group_its_names() {
    let mention = |name: &str, role: &str| OfficialMention {
        name: name.into(),
        role: role.into(),
        taking_part: true,
    };
    assert_eq!(mention("Li Ming", "Vice Governor").participant(), "Vice Governor Li Ming");
    assert_eq!(mention("Li Na", "district secretary").participant(), "District secretary Li Na");
    assert_eq!(mention("陈静", "副市长").participant(), "副市长陈静");
    // One item of the list the header's form splits at 、 and commas.
    assert_eq!(mention("王强", "市委副书记、市长").participant(), "市长王强");
    assert_eq!(mention("Liu Wei", "city leaders").participant(), "Liu Wei");
    assert_eq!(mention("刘伟", "市领导").participant(), "刘伟");
    assert_eq!(mention("Zhao Lin", "").participant(), "Zhao Lin");
}
