//! The briefing editor's model: records made from selections, edits and their undoing, and the
//! exported file.

use briefing_explorer::model::dataset::{BriefingDate, Dataset, Industry, Official, Status};
use briefing_explorer::model::editor::{
    draft_file_name, export_json, figure_stated, file_fingerprint, new_figure_text,
    project_id_edit, propose, propose_selection, quote_for_selection, unique_id, Edit, EditError,
    Editor, EditorAction, ExportKind, Header, Place, Record, RecordKind, UNDO_LIMIT,
};
use briefing_explorer::model::strings::validation::EN;
use briefing_explorer::model::validate::{parse_dataset, parse_dataset_bytes};
use serde_json::Value;

use crate::support::bundled;

const BYD_SENTENCE_START: &str = "Learning that BYD's annual output of 840,000 sets";

/// The character range of `part` in `text`, as a browser's selection gives it.
fn selection(text: &str, part: &str) -> (usize, usize) {
    let byte = text.find(part).unwrap_or_else(|| panic!("the text holds {part:?}"));
    let start = text[..byte].chars().count();
    (start, start + part.chars().count())
}

/// The whole sentence of the bundled source that starts with `start`.
fn sentence(text: &str, start: &str) -> String {
    let from = text.find(start).expect("the sentence is in the source");
    let rest = &text[from..];
    let end = rest.find(". ").map_or(rest.len(), |end| end + 1);
    rest[..end].to_string()
}

fn edit(editor: &mut Editor, edit: Edit) {
    editor.apply(EditorAction::Edit(edit)).expect("the edit fits the draft");
}

/// The bundled source text as a new briefing, with BYD, its capacity and status, one city-wide
/// directive and the header made as an author makes them: by selecting text.
fn authored_byd() -> Editor {
    let text = bundled().briefings[0].source.text.clone();
    let mut editor = Editor::new_briefing(&text);
    let byd = sentence(&text, BYD_SENTENCE_START);
    let (start, end) = selection(&text, &byd);
    let quote = quote_for_selection(&text, start, end).expect("a selection");

    edit(
        &mut editor,
        Edit::Insert(
            Place::Industry(0),
            Record::Industry(Industry {
                id: "new-energy".into(),
                label: "New energy".into(),
                color: None,
            }),
        ),
    );
    edit(
        &mut editor,
        Edit::Insert(
            Place::Status(0),
            Record::Status(Status {
                id: "full-production".into(),
                label: "Full production".into(),
            }),
        ),
    );
    let Record::Project(mut project) = propose(RecordKind::Project, &quote, &editor.draft, 0)
    else {
        panic!("a project");
    };
    project.name = "BYD drive motors and electric assembly core parts project".into();
    project.short_name = "BYD drive motors".into();
    project.enterprise = "BYD".into();
    project.industry = "new-energy".into();
    project.sector = "Drive motors".into();
    edit(&mut editor, Edit::Insert(Place::Project(0), Record::Project(project)));
    let capacity = propose(RecordKind::Capacity, &quote, &editor.draft, 0);
    edit(&mut editor, Edit::Insert(Place::Capacity(0), capacity));
    let status = propose(RecordKind::Status, &quote, &editor.draft, 0);
    edit(&mut editor, Edit::Insert(Place::ProjectStatus(0), status));

    let directive_text = sentence(&text, "He stressed that we should deeply implement");
    let Record::Directive(mut directive) =
        propose(RecordKind::Directive, &directive_text, &editor.draft, 0)
    else {
        panic!("a directive");
    };
    directive.theme = "Priorities".into();
    edit(&mut editor, Edit::Insert(Place::Directive(0), Record::Directive(directive)));

    let mut header = Header::of(&editor.draft.briefings[0]);
    header.date = Some(BriefingDate { year: None, month: 2, day: 20 });
    header.place = "Nanjing".into();
    header.officials = vec![Official { name: "Chen Zhichang".into(), role: "Mayor".into() }];
    header.source_language = "en".into();
    header.source_note = "English machine translation of a city-government news item.".into();
    header.source_kind = Some("English machine translation".into());
    edit(&mut editor, Edit::SetHeader(Box::new(header)));
    editor
}

#[test]
fn a_briefing_authored_by_selection_validates_and_states_840000_sets() {
    let editor = authored_byd();
    let exported = export_json(&editor.draft);
    let dataset = parse_dataset(&exported).unwrap_or_else(|problems| panic!("{problems:#?}"));
    let byd = &dataset.briefings[0].projects[0];
    let capacity = byd.capacity.as_ref().expect("a capacity");
    assert_eq!((capacity.value, capacity.unit.as_str()), (840000.0, "sets"));
    assert_eq!(capacity.period, "year");
    assert_eq!(byd.status.as_ref().map(|status| status.id.as_str()), Some("full-production"));
    assert!(byd.quotes[0].starts_with(BYD_SENTENCE_START));
    assert_eq!(dataset.briefings[0].directives.len(), 1);
    assert!(editor.unexported);
}

#[test]
fn every_edit_undoes_and_redoes_back_to_the_same_draft() {
    let mut editor = authored_byd();
    let finished = editor.draft.clone();
    let (edits, _) = editor.history_depth();
    let mut states = vec![finished.clone()];
    for _ in 0..edits {
        editor.apply(EditorAction::Undo).unwrap();
        states.push(editor.draft.clone());
    }
    let text = bundled().briefings[0].source.text.clone();
    assert_eq!(editor.draft, Editor::new_briefing(&text).draft, "all undone is the new briefing");
    assert_eq!(editor.history_depth(), (0, edits));
    // Undo with nothing to undo changes nothing.
    editor.apply(EditorAction::Undo).unwrap();
    assert_eq!(&editor.draft, states.last().unwrap());
    for state in states.iter().rev().skip(1) {
        editor.apply(EditorAction::Redo).unwrap();
        assert_eq!(&editor.draft, state);
    }
    assert_eq!(editor.draft, finished);
}

#[test]
fn a_new_edit_after_undo_forgets_what_could_be_redone() {
    let mut editor = authored_byd();
    editor.apply(EditorAction::Undo).unwrap();
    assert_eq!(editor.history_depth().1, 1);
    edit(&mut editor, Edit::SetSourceText("changed".into()));
    assert_eq!(editor.history_depth().1, 0);
}

#[test]
fn requoting_and_deleting_are_undone_exactly() {
    let mut editor = authored_byd();
    let text = editor.draft.briefings[0].source.text.clone();
    let before = editor.draft.clone();
    let (start, end) = selection(&text, "840,000 sets of drive motors");
    let requote = quote_for_selection(&text, start, end).unwrap();
    edit(&mut editor, Edit::Replace(Place::ProjectQuote(0, 0), Record::Quote(requote.clone())));
    assert_eq!(editor.draft.briefings[0].projects[0].quotes, [requote]);
    edit(&mut editor, Edit::Delete(Place::Capacity(0)));
    assert_eq!(editor.draft.briefings[0].projects[0].capacity, None);
    edit(&mut editor, Edit::Delete(Place::Project(0)));
    assert!(editor.draft.briefings[0].projects.is_empty());
    for _ in 0..3 {
        editor.apply(EditorAction::Undo).unwrap();
    }
    assert_eq!(editor.draft, before);
}

#[test]
fn an_edit_that_does_not_fit_changes_nothing() {
    let mut editor = authored_byd();
    let before = editor.clone();
    let capacity = before.draft.briefings[0].projects[0].capacity.clone().unwrap();
    let attempts = [
        (
            Edit::Insert(Place::Capacity(0), Record::Capacity(capacity.clone())),
            EditError::WrongRecord,
        ),
        (Edit::Insert(Place::Capacity(7), Record::Capacity(capacity)), EditError::NoSuchPlace),
        (Edit::Replace(Place::Project(0), Record::Quote("x".into())), EditError::WrongRecord),
        (Edit::Delete(Place::Request(0, 3)), EditError::NoSuchPlace),
        (Edit::Insert(Place::Directive(5), Record::Quote("x".into())), EditError::WrongRecord),
    ];
    for (attempt, error) in attempts {
        assert_eq!(editor.apply(EditorAction::Edit(attempt.clone())), Err(error), "{attempt:?}");
        assert_eq!(editor, before, "{attempt:?} left the editor as it was");
    }
}

#[test]
fn history_keeps_the_latest_edits_up_to_its_limit() {
    let mut editor = Editor::new_briefing("A short text.");
    for number in 0..UNDO_LIMIT + 20 {
        edit(&mut editor, Edit::SetSourceText(format!("Text {number}.")));
    }
    assert_eq!(editor.history_depth(), (UNDO_LIMIT, 0));
    while editor.history_depth().0 > 0 {
        editor.apply(EditorAction::Undo).unwrap();
    }
    assert_eq!(editor.draft.briefings[0].source.text, "Text 19.");
    const { assert!(UNDO_LIMIT >= 200) };
}

#[test]
fn exporting_marks_the_draft_saved_until_the_next_edit() {
    let mut editor = authored_byd();
    editor.apply(EditorAction::Exported).unwrap();
    assert!(!editor.unexported);
    edit(&mut editor, Edit::SetSourceText("changed".into()));
    assert!(editor.unexported);
    assert!(!Editor::open(Dataset::clone(&bundled())).unexported);
}

#[test]
fn an_edit_that_puts_back_what_was_there_is_no_undo_step() {
    let mut editor = authored_byd();
    editor.apply(EditorAction::Exported).unwrap();
    let before = editor.clone();
    let project = editor.draft.briefings[0].projects[0].clone();
    let header = Header::of(&editor.draft.briefings[0]);
    edit(&mut editor, Edit::Replace(Place::Project(0), Record::Project(Box::new(project.clone()))));
    edit(&mut editor, Edit::SetHeader(Box::new(header)));
    assert_eq!(editor, before, "no step to undo, nothing new to export");
    let mut changed = project;
    changed.short_name = "BYD motors".into();
    edit(&mut editor, Edit::Replace(Place::Project(0), Record::Project(Box::new(changed))));
    assert_eq!(editor.history_depth().0, before.history_depth().0 + 1);
    assert!(editor.unexported);
}

#[test]
fn a_dataset_opened_and_exported_unchanged_is_the_same_json_value() {
    for path in ["data/briefings.json", "tests/data/chinese.json", "tests/data/semiconductors.json"]
    {
        let text =
            std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let dataset = parse_dataset_bytes(text.as_bytes(), &EN).unwrap();
        let exported = export_json(&Editor::open(dataset).draft);
        let original: Value = serde_json::from_str(&text).unwrap();
        let again: Value = serde_json::from_str(&exported).unwrap();
        assert_eq!(again, original, "{path}");
    }
}

#[test]
fn a_download_is_known_again_by_its_fingerprint_and_a_change_is_not() {
    // FNV-1a's published values, after the length.
    assert_eq!(file_fingerprint(""), "0-cbf29ce484222325");
    assert_eq!(file_fingerprint("a"), "1-af63dc4c8601ec8c");
    let downloaded = export_json(&bundled());
    assert_eq!(file_fingerprint(&export_json(&bundled())), file_fingerprint(&downloaded));
    let changed = downloaded.replacen("840000", "840001", 1);
    assert_ne!(changed, downloaded);
    assert_ne!(file_fingerprint(&changed), file_fingerprint(&downloaded));
}

#[test]
fn the_export_is_pretty_stable_and_in_the_types_order() {
    let exported = export_json(&bundled());
    assert!(exported.ends_with("}\n"));
    assert!(exported.contains("\n  \"industries\": [\n"));
    assert!(exported.contains("\"value\": 840000,"), "whole numbers without a fraction");
    let again = export_json(&parse_dataset(&exported).unwrap());
    assert_eq!(again, exported);
    let briefing = exported.find("\"briefings\"").unwrap();
    let order: Vec<usize> =
        ["\"id\"", "\"title\"", "\"date\"", "\"place\"", "\"officials\"", "\"source\""]
            .iter()
            .map(|key| briefing + exported[briefing..].find(key).unwrap())
            .collect();
    assert!(order.windows(2).all(|pair| pair[0] < pair[1]), "{order:?}");
}

#[test]
fn selections_quote_the_text_verbatim_in_english_and_chinese() {
    let english = "Chen Zhichang inspected BYD.  It makes 840,000 sets a year.";
    let (start, end) = selection(english, "  It makes 840,000 sets");
    assert_eq!(quote_for_selection(english, start, end).as_deref(), Some("It makes 840,000 sets"));
    let lines = "The mayor said\nthat BYD\n\nmust grow.";
    let (start, end) = selection(lines, "said\nthat BYD\n\nmust");
    assert_eq!(quote_for_selection(lines, start, end).as_deref(), Some("said that BYD must"));
    let chinese = "陈之常调研比亚迪。年产84万套驱动电机。";
    let (start, end) = selection(chinese, "年产84万套驱动电机");
    assert_eq!(quote_for_selection(chinese, start, end).as_deref(), Some("年产84万套驱动电机"));
    assert_eq!(quote_for_selection(chinese, 3, 3), None);
    assert_eq!(quote_for_selection(chinese, 2, 99), None);
    assert_eq!(quote_for_selection(english, 28, 30), None, "only white space");
    let end = chinese.chars().count();
    assert_eq!(quote_for_selection(chinese, 0, end).as_deref(), Some(chinese));
}

#[test]
fn capacities_are_read_from_the_selected_words() {
    let draft = Editor::new_briefing("text").draft;
    for (quote, value, unit) in [
        ("840,000 sets", 840000.0, "sets"),
        ("84万套", 840000.0, "套"),
        ("60,000 tons per year", 60000.0, "tons"),
    ] {
        let Record::Capacity(capacity) = propose(RecordKind::Capacity, quote, &draft, 0) else {
            panic!("a capacity");
        };
        assert_eq!(
            (capacity.value, capacity.unit.as_str(), capacity.quote.as_str()),
            (value, unit, quote)
        );
    }
    // Words with no figure propose none; the validator then asks for one.
    let Record::Capacity(capacity) = propose(RecordKind::Capacity, "expand capacity", &draft, 0)
    else {
        panic!("a capacity");
    };
    assert_eq!(capacity.unit, "");
    // Its figure field is empty, not a 0 the source never stated for the author to keep.
    assert!(!figure_stated(capacity.value));
    assert_eq!(new_figure_text(capacity.value), "");
    assert_eq!(new_figure_text(840_000.0), "840,000");
    assert!(parse_dataset(&export_json(&draft)).is_err());
}

#[test]
fn ids_are_slugs_and_never_repeat() {
    assert_eq!(unique_id("BYD's drive motors", "project", |_| false), "byd-s-drive-motors");
    assert_eq!(unique_id("比亚迪驱动电机", "project", |_| false), "比亚迪驱动电机");
    assert_eq!(unique_id("“…” (!)", "project", |_| false), "project");
    assert_eq!(unique_id("Ünïcode Names", "project", |_| false), "ünïcode-names");
    assert_eq!(unique_id("BYD", "project", |id| id == "byd" || id == "byd-2"), "byd-3");
    assert_eq!(unique_id("  Nanjing — BYD (new)  ", "project", |_| false), "nanjing-byd-new");
    let mut editor = authored_byd();
    let quote = editor.draft.briefings[0].projects[0].quotes[0].clone();
    let Record::Project(second) = propose(RecordKind::Project, &quote, &editor.draft, 0) else {
        panic!("a project");
    };
    assert_ne!(second.id, editor.draft.briefings[0].projects[0].id);
    edit(&mut editor, Edit::Insert(Place::Project(1), Record::Project(second)));
}

#[test]
fn every_kind_has_its_own_shortcut_and_a_new_briefing_proposes_its_title() {
    let mut keys: Vec<char> = RecordKind::ALL.iter().map(|kind| kind.shortcut()).collect();
    keys.dedup();
    assert_eq!(keys.len(), RecordKind::ALL.len());
    let editor = Editor::new_briefing("\n  Mayor inspects projects  \nThe mayor went.");
    assert_eq!(editor.draft.briefings[0].title, "Mayor inspects projects");
    assert_eq!(
        draft_file_name("Mayor inspects projects", ExportKind::Draft),
        "briefing-mayor-inspects-projects-draft.json"
    );
    assert_eq!(draft_file_name("", ExportKind::Dataset), "briefing.json");
    // A long title gives its first whole words, not a word cut short ("…-proje").
    assert_eq!(
        draft_file_name(
            "Governor Zhang Wei inspects key industrial projects in Hefei",
            ExportKind::Dataset
        ),
        "briefing-governor-zhang-wei-inspects-key-industrial.json"
    );
    // Cut right before a word, all of the words before it.
    assert_eq!(
        draft_file_name(&format!("{} next", "a".repeat(48)), ExportKind::Dataset),
        format!("briefing-{}.json", "a".repeat(48))
    );
    // One word longer than the room is cut, since there is no word to end before.
    assert_eq!(
        draft_file_name(&"b".repeat(60), ExportKind::Draft),
        format!("briefing-{}-draft.json", "b".repeat(48))
    );
}

#[test]
fn every_kind_of_record_goes_in_at_its_place_and_comes_out_on_undo() {
    let mut editor = authored_byd();
    let before = editor.draft.clone();
    let text = before.briefings[0].source.text.clone();
    let quote = sentence(&text, BYD_SENTENCE_START);
    let inserts = [
        (Place::Request(0, 0), propose(RecordKind::Request, &quote, &before, 0)),
        (Place::Note(0, 0), propose(RecordKind::Note, &quote, &before, 0)),
        (Place::ProjectQuote(0, 1), Record::Quote(quote.clone())),
        (Place::DirectiveQuote(0, 1), Record::Quote(quote.clone())),
        (Place::Glossary(0), propose(RecordKind::Glossary, "Ningbo", &before, 0)),
        (Place::HeaderQuote(0), Record::Quote(quote.clone())),
    ];
    for (place, record) in inserts.clone() {
        edit(&mut editor, Edit::Insert(place, record));
    }
    let briefing = &editor.draft.briefings[0];
    assert_eq!(briefing.projects[0].requests[0].quote, quote);
    assert_eq!(briefing.projects[0].notes[0].text, quote);
    assert_eq!(briefing.projects[0].quotes.len(), 2);
    assert_eq!(briefing.directives[0].quotes.len(), 2);
    assert_eq!(briefing.glossary[0].term, "Ningbo");
    assert_eq!(briefing.quotes, [quote]);
    for _ in inserts {
        editor.apply(EditorAction::Undo).unwrap();
    }
    assert_eq!(editor.draft, before);
}

#[test]
fn places_past_the_end_of_a_list_are_refused_not_a_panic() {
    let mut editor = authored_byd();
    let before = editor.clone();
    let project = before.draft.briefings[0].projects[0].clone();
    let attempts = [
        Edit::Insert(Place::Project(2), Record::Project(Box::new(project))),
        Edit::Delete(Place::Project(1)),
        Edit::Delete(Place::Request(0, 0)),
        Edit::Delete(Place::Glossary(0)),
        Edit::Replace(Place::HeaderQuote(0), Record::Quote("x".into())),
    ];
    for attempt in attempts {
        assert_eq!(
            editor.apply(EditorAction::Edit(attempt.clone())),
            Err(EditError::NoSuchPlace),
            "{attempt:?}"
        );
        assert_eq!(editor, before);
    }
    // At the end itself is a place: a second project goes after the first.
    let second = before.draft.briefings[0].projects[0].clone();
    edit(&mut editor, Edit::Insert(Place::Project(1), Record::Project(Box::new(second))));
    assert_eq!(editor.draft.briefings[0].projects.len(), 2);
}

#[test]
fn a_new_briefing_counts_as_unsaved_work() {
    let editor = Editor::new_briefing("Mayor inspects projects.");
    assert!(editor.unexported, "leaving a new draft asks first");
}

#[test]
fn a_second_directive_gets_an_id_of_its_own() {
    let editor = authored_byd();
    let existing = &editor.draft.briefings[0].directives[0].id;
    let Record::Directive(second) = propose(RecordKind::Directive, "Another.", &editor.draft, 0)
    else {
        panic!("a directive");
    };
    assert_eq!(existing, "directive");
    assert_eq!(second.id, "directive-2");
}

#[test]
fn each_kind_of_record_has_its_own_button_name_in_both_languages() {
    use briefing_explorer::model::strings::editor::{EN, ZH};
    for strings in [&EN, &ZH] {
        let names: Vec<&str> =
            RecordKind::ALL.iter().map(|&kind| strings.kind_name(kind)).collect();
        assert!(names.iter().all(|name| !name.trim().is_empty()), "{names:?}");
        let distinct: std::collections::BTreeSet<&str> = names.iter().copied().collect();
        assert_eq!(distinct.len(), names.len(), "one name per kind: {names:?}");
    }
    assert_eq!(EN.kind_name(RecordKind::Project), EN.kind_project);
    assert_eq!(ZH.kind_name(RecordKind::Glossary), ZH.kind_glossary);
    assert_eq!(EN.kind_name(RecordKind::Directive), EN.kind_directive);
}

/// A project made by selecting its name is named by the selection and quotes the sentences the
/// selection is in, which are its evidence; other records quote the selection itself.
#[test]
fn a_project_made_from_its_selected_name_quotes_its_whole_sentence() {
    let draft = bundled();
    let text = &draft.briefings[0].source.text;
    let bytes = |words: &str| {
        let start = text.find(words).expect("the words are in the source");
        start..start + words.len()
    };
    let name = "BYD's annual output of 840,000 sets";
    let Some(Record::Project(project)) =
        propose_selection(RecordKind::Project, bytes(name), &draft, 0)
    else {
        panic!("a project");
    };
    assert!(project.name.starts_with("BYD"), "{}", project.name);
    let [quote] = project.quotes.as_slice() else { panic!("one quote: {:?}", project.quotes) };
    assert!(quote.starts_with(BYD_SENTENCE_START), "{quote}");
    assert!(quote.ends_with("new energy industry in Nanjing."), "the whole sentence: {quote}");
    assert!(!quote.contains("Baowu"), "and no more: {quote}");
    let Some(Record::Capacity(capacity)) =
        propose_selection(RecordKind::Capacity, bytes("840,000 sets"), &draft, 0)
    else {
        panic!("a capacity");
    };
    assert_eq!(capacity.quote, "840,000 sets");
    let space = text.find(' ').expect("a space");
    assert_eq!(propose_selection(RecordKind::Project, space..space + 1, &draft, 0), None);
}

/// A project's new id is one step with the directives' scopes that named it; with its old id
/// shared by another project (a file's duplicate), the scopes are left to the one that keeps it.
#[test]
fn a_projects_new_id_follows_into_the_scopes_unless_another_project_keeps_the_old_one() {
    use briefing_explorer::model::dataset::Scope;
    let scopes = |editor: &Editor| -> Vec<Vec<String>> {
        editor.draft.briefings[0]
            .directives
            .iter()
            .filter_map(|directive| match &directive.scope {
                Scope::Projects(ids) => Some(ids.clone()),
                Scope::CityWide(_) => None,
            })
            .collect()
    };
    let mut editor = Editor::open((*bundled()).clone());
    let briefing = &editor.draft.briefings[0];
    assert_eq!(project_id_edit(briefing, 0, "north-metallurgy"), None, "unchanged");
    assert_eq!(project_id_edit(briefing, 99, "x"), None, "no such project");
    let edit = project_id_edit(briefing, 0, "beiye").expect("a new id");
    editor.apply(EditorAction::Edit(edit)).unwrap();
    assert_eq!(editor.draft.briefings[0].projects[0].id, "beiye");
    assert_eq!(scopes(&editor), vec![vec!["beiye".to_string()]]);
    editor.apply(EditorAction::Undo).unwrap();
    assert_eq!(scopes(&editor), vec![vec!["north-metallurgy".to_string()]], "one step");

    // A file with project 1's id twice: the duplicate gets a new one, the scope stays.
    let mut twice = (*bundled()).clone();
    twice.briefings[0].projects[1].id = "north-metallurgy".into();
    let mut editor = Editor::open(twice);
    let edit = project_id_edit(&editor.draft.briefings[0], 1, "longdian").expect("a new id");
    editor.apply(EditorAction::Edit(edit)).unwrap();
    assert_eq!(editor.draft.briefings[0].projects[1].id, "longdian");
    assert_eq!(scopes(&editor), vec![vec!["north-metallurgy".to_string()]]);
}
