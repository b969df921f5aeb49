//! The site's `data/` folder: which names the address may open, and `data/index.json`.

use briefing_explorer::model::language::Language;
use briefing_explorer::model::site::{
    dataset_file_name, dataset_url, editor_page_title, inline_block_cut_short, page_title,
    parse_site_index, Refusal, SiteEntry, SiteIndexProblem,
};
use briefing_explorer::model::strings::{EN, ZH};
use proptest::prelude::*;

use crate::support::bundled;

fn check(name: &str, expected: Result<(), Refusal>) {
    assert_eq!(dataset_file_name(name).map(|_| ()), expected, "{name:?}");
}

#[test]
fn only_plain_json_file_names_in_the_folder_are_accepted() {
    for name in ["briefings.json", "semiconductors.json", "city-2024_03.v2.json", "A1.json"] {
        check(name, Ok(()));
        assert_eq!(dataset_file_name(name), Ok(name));
    }
    check("", Err(Refusal::Empty));
    check("../x.json", Err(Refusal::Path));
    check("..json", Err(Refusal::Path));
    check("a..json", Err(Refusal::Path));
    check("sub/x.json", Err(Refusal::Path));
    check("/etc/x.json", Err(Refusal::Path));
    check("..\\x.json", Err(Refusal::Path));
    check("https://example.org/x.json", Err(Refusal::Path));
    check("//example.org/x.json", Err(Refusal::Path));
    check("javascript:x.json", Err(Refusal::Character(':')));
    check("x y.json", Err(Refusal::Character(' ')));
    check("x%2F.json", Err(Refusal::Character('%')));
    check("数据.json", Err(Refusal::Character('数')));
    check("x.json?y", Err(Refusal::Character('?')));
    check("x.txt", Err(Refusal::NotJson));
    check(".json", Err(Refusal::NotJson));
    check(".hidden.json", Err(Refusal::NotJson));
    check("x.JSON", Err(Refusal::NotJson));
    check(&format!("{}.json", "a".repeat(95)), Ok(()));
    check(&format!("{}.json", "a".repeat(96)), Err(Refusal::TooLong));
    check("index.json", Err(Refusal::SiteIndex));
    assert_eq!(dataset_url("semiconductors.json"), "data/semiconductors.json");
}

proptest! {
    #[test]
    fn an_accepted_name_never_leaves_the_folder(name in "\\PC{0,40}") {
        if let Ok(accepted) = dataset_file_name(&name) {
            prop_assert!(!accepted.contains('/') && !accepted.contains("..") && !accepted.contains(':'));
            prop_assert!(accepted.ends_with(".json"));
        }
    }
}

fn entry(file: &str, title: &str) -> SiteEntry {
    SiteEntry { file: file.to_string(), title: title.to_string(), description: None }
}

#[test]
fn the_site_index_lists_what_can_be_opened_and_says_what_cannot() {
    let (entries, problems) = parse_site_index(
        r#"{"datasets": [
            {"file": "briefings.json", "title": "Nanjing, February"},
            {"file": "semiconductors.json", "title": "Chips", "description": "A made-up city"},
            {"file": "../secret.json", "title": "Out"},
            {"file": "briefings.json", "title": "Again"}
        ]}"#
        .as_bytes(),
    );
    assert_eq!(
        entries,
        [
            entry("briefings.json", "Nanjing, February"),
            SiteEntry {
                description: Some("A made-up city".into()),
                ..entry("semiconductors.json", "Chips")
            },
        ]
    );
    assert_eq!(
        problems,
        [
            SiteIndexProblem::Refused { file: "../secret.json".into(), refusal: Refusal::Path },
            SiteIndexProblem::Duplicate { file: "briefings.json".into() },
        ]
    );
    assert_eq!(problems[1].describe(&EN), "data/index.json lists “briefings.json” twice.");

    for text in [
        "",
        r#"{"datasets": [], "extra": 1}"#,
        "{\"datasets\": [{\"file\": \"a.json\", \"title\": \"A\"},]}",
    ] {
        let (entries, problems) = parse_site_index(text.as_bytes());
        assert!(entries.is_empty(), "{text}");
        assert!(
            matches!(problems.as_slice(), [SiteIndexProblem::Unreadable { .. }]),
            "{text}: {problems:?}"
        );
        assert!(problems[0].describe(&EN).starts_with("data/index.json could not be read ("));
    }
}

#[test]
fn a_site_index_keeps_its_good_entries_past_a_bad_one_and_reads_past_a_byte_order_mark() {
    let (entries, problems) = parse_site_index(
        "\u{feff}{\"datasets\": [
            {\"file\": \"briefings.json\", \"title\": \"Nanjing\"},
            {\"file\": \"harbor.json\", \"name\": \"Harbor\"},
            {\"file\": \"x.json\"},
            \"chips.json\",
            {\"file\": \"chips.json\", \"title\": \"Chips\"}
        ]}"
        .as_bytes(),
    );
    assert_eq!(entries, [entry("briefings.json", "Nanjing"), entry("chips.json", "Chips")]);
    let numbers: Vec<usize> = problems
        .iter()
        .map(|problem| match problem {
            SiteIndexProblem::BadEntry { number, .. } => *number,
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(numbers, [2, 3, 4]);
    let described = problems[0].describe(&EN);
    assert!(
        described.starts_with("data/index.json: entry 2 is left out (unknown field `name`"),
        "{described}"
    );
    assert!(problems[1]
        .describe(&ZH)
        .starts_with("data/index.json 的第 3 项已略去（missing field `title`"));
}

/// A title or description with a control character or a direction override is left out and
/// named, as the same character in a dataset's text is refused (QA: the picker offered
/// `<img …>` and U+202E before `evil`, with the override kept).
#[test]
fn a_site_index_entry_whose_title_turns_text_around_is_left_out_and_named() {
    let (entries, problems) = parse_site_index(
        "{\"datasets\": [
            {\"file\": \"evil.json\", \"title\": \"<img src=x>\\u202eevil\"},
            {\"file\": \"bell.json\", \"title\": \"Bell\", \"description\": \"ding\\u0007\"},
            {\"file\": \"harbor.json\", \"title\": \"Harbor \u{200f}مرفأ\"}
        ]}"
        .as_bytes(),
    );
    // A right-to-left mark changes no text but its neighbours', and stays allowed.
    assert_eq!(entries, [entry("harbor.json", "Harbor \u{200f}مرفأ")]);
    assert_eq!(
        problems,
        [
            SiteIndexProblem::ControlCharacter { number: 1, field: "title", character: '\u{202e}' },
            SiteIndexProblem::ControlCharacter {
                number: 2,
                field: "description",
                character: '\u{7}'
            },
        ]
    );
    assert_eq!(
        problems[0].describe(&EN),
        "data/index.json: entry 1 is left out (title: contains the invisible character U+202E \
         (right-to-left override), which turns the text around it: remove it)."
    );
    assert!(problems[1]
        .describe(&ZH)
        .starts_with("data/index.json 的第 2 项已略去（description：包含控制字符"));
}

#[test]
fn a_site_index_in_another_encoding_or_shape_is_named_and_a_hosts_web_page_is_no_index() {
    let listed = r#"{"datasets": [{"file": "harbor.json", "title": "Harbor “City” café"}]}"#;
    // Windows-1252: the quotes and the é are single bytes that are not UTF-8.
    let windows_1252: Vec<u8> = listed
        .chars()
        .map(|character| match character {
            '“' => 0x93,
            '”' => 0x94,
            'é' => 0xE9,
            other => other as u8,
        })
        .collect();
    let (entries, problems) = parse_site_index(&windows_1252);
    assert!(entries.is_empty());
    assert_eq!(problems, [SiteIndexProblem::NotUtf8 { byte: 56 }]);
    assert_eq!(
        problems[0].describe(&EN),
        "data/index.json is not UTF-8 from byte 56 on (it may be saved as GBK, Latin-1 or Windows-1252); save it as UTF-8."
    );
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(listed.encode_utf16().flat_map(|unit| unit.to_le_bytes()))
        .collect();
    let (entries, problems) = parse_site_index(&utf16);
    assert!(entries.is_empty());
    assert_eq!(problems, [SiteIndexProblem::WideEncoding { encoding: "UTF-16" }]);
    assert_eq!(
        problems[0].describe(&ZH),
        "data/index.json 以 UTF-16 编码保存；请将其另存为 UTF-8 编码。"
    );
    // The list alone, without the object around it.
    let (entries, problems) = parse_site_index(br#"[{"file": "harbor.json", "title": "Harbor"}]"#);
    assert!(entries.is_empty());
    assert_eq!(problems, [SiteIndexProblem::NotAnObject]);
    assert!(problems[0].describe(&EN).contains(r#"{"datasets": [ … ]}"#));
    // A web page (with a byte-order mark too): a host's own page for a missing file, which the
    // page leaves unsaid, or a mistake the validator names.
    let page = b"\n<!DOCTYPE html><html><head><title>Briefing Explorer</title></head></html>";
    assert_eq!(parse_site_index(page), (Vec::new(), vec![SiteIndexProblem::WebPage]));
    let marked = [b"\xEF\xBB\xBF".as_slice(), page].concat();
    assert_eq!(parse_site_index(&marked), (Vec::new(), vec![SiteIndexProblem::WebPage]));
    assert!(SiteIndexProblem::WebPage.describe(&EN).starts_with("data/index.json is a web page"));
}

#[test]
fn the_shipped_site_index_is_valid_and_names_the_default_dataset() {
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/data/index.json"))
        .expect("data/index.json is readable");
    let (entries, problems) = parse_site_index(&bytes);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(entries[0].file, "briefings.json");
}

#[test]
fn the_page_title_names_the_briefing() {
    let dataset = bundled();
    assert_eq!(
        page_title(&dataset, &[0], &EN),
        "Chen Zhichang special investigation of key industrial project construction — Briefing Explorer"
    );
    // Several briefings without a collection title: the app's name alone.
    assert_eq!(page_title(&dataset, &[], &EN), "Briefing Explorer");
}

#[test]
fn the_editor_page_title_is_in_the_interface_language() {
    assert_eq!(editor_page_title(Language::English), "Briefing editor · Briefing Explorer");
    assert_eq!(editor_page_title(Language::Chinese), "简报编辑器 · 简报浏览器");
}

/// A one-file build's block ends with the dataset's closing brace; one cut short by a
/// `</script>` pasted unescaped ends mid-text, and the page says why.
#[test]
fn an_inline_block_cut_short_is_told_from_a_whole_one() {
    assert!(!inline_block_cut_short("{\"title\": \"x\"}\n  "));
    assert!(inline_block_cut_short("{\"title\": \"<b>bold"));
    assert!(inline_block_cut_short(""));
}

/// A right-to-left override in a `#data=` link is named by its code point: shown as itself it
/// turned the whole refusal around ("nosj.json" read backwards) and named an invisible “”.
#[test]
fn an_invisible_character_in_a_requested_name_is_named_by_its_code_point() {
    let name = "a\u{202e}nosj.json";
    let refusal = dataset_file_name(name).unwrap_err();
    assert_eq!(refusal, Refusal::Character('\u{202e}'));
    let message = refusal.describe(name, &EN);
    assert!(!message.contains('\u{202e}'), "{message}");
    assert!(message.contains("a\\u{202e}nosj.json"), "{message}");
    assert!(refusal.describe(name, &ZH).contains("\\u{202e}"));
}
