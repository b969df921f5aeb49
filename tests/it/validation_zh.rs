//! The validator in Simplified Chinese: every template keeps the English one's placeholders, and
//! the messages a person reads for a broken file are Chinese, with the file's own keys and paths
//! left as they are.

use std::collections::{BTreeMap, BTreeSet};

use briefing_explorer::model::strings::validation::{
    ValidationStrings, EN, EN_FORM, EN_PAGE, ZH, ZH_FORM,
};
use briefing_explorer::model::validate::{parse_dataset_bytes, Report};
use serde_json::json;

use crate::support::{bundled_json, placeholders};
use crate::validation::{bundled_text_with_byd, line_and_column};

const SOURCE: &str = include_str!("../../src/model/strings/validation.rs");

/// The fields of the `ValidationStrings` struct, read from its definition.
fn struct_fields() -> BTreeSet<String> {
    let start = SOURCE.find("pub struct ValidationStrings {").expect("the struct is defined");
    let body = &SOURCE[start..];
    let body = &body[..body.find("\n}").expect("the struct ends")];
    body.lines()
        .filter_map(|line| line.trim().strip_prefix("pub "))
        .filter_map(|line| line.strip_suffix(": &'static str,"))
        .map(str::to_string)
        .collect()
}

/// Every field of a strings value and its template, read from its `Debug` text
/// (`ValidationStrings { field: "template", … }`), so that no field is listed by hand.
fn templates(strings: &ValidationStrings) -> BTreeMap<String, String> {
    let debug = format!("{strings:?}");
    let mut rest = debug
        .strip_prefix("ValidationStrings {")
        .and_then(|rest| rest.strip_suffix('}'))
        .expect("a struct's Debug text");
    let mut fields = BTreeMap::new();
    while let Some(colon) = rest.find(": \"") {
        let name = rest[..colon].trim().trim_start_matches(',').trim().to_string();
        let mut value = String::new();
        let mut characters = rest[colon + 3..].char_indices();
        let mut end = None;
        while let Some((at, character)) = characters.next() {
            match character {
                '\\' => {
                    // An escape in the Debug text stands for one character of the template.
                    match characters.next() {
                        // `\u{…}` stands for one character; its braces are not a placeholder.
                        Some((_, 'u')) => {
                            for (_, inner) in characters.by_ref() {
                                if inner == '}' {
                                    break;
                                }
                            }
                            value.push('\u{FFFD}');
                        }
                        Some((_, escaped)) => value.push(escaped),
                        None => {}
                    }
                }
                '"' => {
                    end = Some(colon + 3 + at + 1);
                    break;
                }
                other => value.push(other),
            }
        }
        let end = end.unwrap_or_else(|| panic!("the template of {name} ends"));
        assert!(fields.insert(name.clone(), value).is_none(), "{name} appears once");
        rest = &rest[end..];
    }
    fields
}

/// The text outside `code` spans and “quoted” values: what the template itself says.
fn own_words(text: &str) -> String {
    let mut own = String::new();
    let mut inside: Option<char> = None;
    for character in text.chars() {
        match (inside, character) {
            (None, '`') => inside = Some('`'),
            (None, '“') => inside = Some('”'),
            (Some(close), _) if character == close => inside = None,
            (None, _) => own.push(character),
            (Some(_), _) => {}
        }
    }
    own
}

/// English words that only an English sentence would use, found outside code and quotes.
fn english_words(text: &str) -> Vec<String> {
    const ENGLISH: [&str; 22] = [
        "the", "is", "a", "an", "of", "to", "and", "or", "in", "it", "not", "file", "expected",
        "found", "field", "line", "column", "byte", "problem", "problems", "more", "save",
    ];
    own_words(text)
        .split(|character: char| !character.is_ascii_alphabetic())
        .filter(|word| ENGLISH.contains(&word.to_ascii_lowercase().as_str()))
        .map(str::to_string)
        .collect()
}

#[test]
fn every_chinese_template_has_the_placeholders_of_the_english_one() {
    let fields = struct_fields();
    let english = templates(&EN);
    let chinese = templates(&ZH);
    assert!(fields.len() > 100, "the struct's fields are found ({})", fields.len());
    assert_eq!(english.keys().cloned().collect::<BTreeSet<_>>(), fields, "EN has every field");
    assert_eq!(chinese.keys().cloned().collect::<BTreeSet<_>>(), fields, "ZH has every field");
    let mut compared = 0;
    for (field, english_template) in &english {
        let chinese_template = &chinese[field];
        assert_eq!(
            placeholders(chinese_template),
            placeholders(english_template),
            "{field}: {chinese_template:?} against {english_template:?}"
        );
        compared += 1;
    }
    assert_eq!(compared, fields.len());
    // The struct's `pub …: &'static str` fields, counted in the source text.
    let declared = SOURCE.matches(": &'static str,").count();
    assert_eq!(compared, declared);
}

#[test]
fn every_chinese_template_is_chinese() {
    for (field, template) in templates(&ZH) {
        // Placeholder names are English by design; what fills them is checked end to end below.
        let mut unfilled = template.clone();
        for name in placeholders(&template) {
            unfilled = unfilled.replace(&format!("{{{name}}}"), "");
        }
        let english = english_words(&unfilled);
        assert!(english.is_empty(), "{field}: {template:?} has English words {english:?}");
        // Every template says something in Chinese, or only joins placeholders with Chinese
        // punctuation ("{record}（{path}）"), or is that punctuation alone ("、", "“{text}”").
        let chinese_punctuation =
            |character: char| !character.is_ascii() && !character.is_alphabetic();
        assert!(
            template.chars().any(|character| ('\u{4E00}'..='\u{9FFF}').contains(&character))
                || (placeholders(&template).len() > 1 && !template.is_ascii())
                || (!unfilled.is_empty() && unfilled.chars().all(chinese_punctuation)),
            "{field}: {template:?} has no Chinese"
        );
        for english_punctuation in ["; ", ": ", ", ", " (", "?"] {
            // Lists the validator joins (with "、") arrive inside placeholders, never in templates.
            let own = own_words(&template);
            assert!(
                !own.contains(english_punctuation) || field == "cli_usage",
                "{field}: {template:?} uses {english_punctuation:?}; use Chinese punctuation"
            );
        }
    }
}

/// The report of a file in Chinese, as the lines a person reads.
fn chinese_lines(bytes: &[u8]) -> (Report, Vec<String>) {
    let report = parse_dataset_bytes(bytes, &ZH).expect_err("the file has a problem");
    let lines = report.lines(&ZH);
    (report, lines)
}

/// Checks that the one-problem report of `bytes` contains each of `expected` and no English.
fn check(bytes: &[u8], expected: &[&str]) {
    let (report, lines) = chinese_lines(bytes);
    assert_eq!(report.total, 1, "{lines:#?}");
    assert_eq!(report.count_text(&ZH), "1 个问题");
    let line = &lines[0];
    for part in expected {
        assert!(line.contains(part), "{line:?} should contain {part:?}");
    }
    let english = english_words(line);
    assert!(english.is_empty(), "{line:?} has English words {english:?}");
}

#[test]
fn whole_file_mistakes_in_chinese() {
    check(b"", &["（整个文件）", "文件为空。"]);
    check(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", &["这不是 JSON 文件", "PNG 图片"]);
    check(
        b"<html>hello</html>",
        &["这不是 JSON 文件", "HTML 网页", "如果这是网站代替其数据返回的"],
    );
    let utf16: Vec<u8> = "\u{FEFF}{\"a\": 1}".encode_utf16().flat_map(u16::to_le_bytes).collect();
    check(&utf16, &["UTF-16", "请将文件另存为 UTF-8 编码"]);
    check(
        b"{\n  \"title\": \"Caf\xE9\"\n}",
        &["第 2 行第 16 列", "第 17 个字节不是有效的 UTF-8", "请将文件另存为 UTF-8 编码"],
    );
}

#[test]
fn syntax_mistakes_in_chinese() {
    check(b"{\"industries\": [1, 2,]}", &["第 1 行第 22 列", "请删除最后一个逗号"]);
    check(b"{\"industries\": []", &["JSON 还没有结束", "“]”"]);
    check(b"{\"a\": 1 \"b\": 2}", &["英文逗号“,”", "是否漏了逗号"]);
}

#[test]
fn record_mistakes_in_chinese() {
    let edited = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut value = bundled_json();
        edit(&mut value);
        value.to_string().into_bytes()
    };
    check(
        &edited(&|v| v["briefings"][0]["projects"][2]["industry"] = json!("nope")),
        &[
            "项目“BYD drive motors”（briefings[0].projects[2].industry，第 1 行第 ",
            "未知的产业“nope”",
            "文件中定义的产业为：“new-materials”、“new-energy”、“magnesium-alloys”",
        ],
    );
    check(
        &edited(&|v| v["briefings"][0]["projects"][2]["capacity"]["value"] = json!("lots")),
        &["briefings[0].projects[2].capacity.value", "应为数字，实际为文本“lots”"],
    );
    check(
        &edited(&|v| v["briefings"][0]["date"]["year"] = json!("unknown")),
        &["实际为文本“unknown”", "请删除“year”字段"],
    );
    check(
        &edited(&|v| {
            v["briefings"][0]["projects"][3]["capacity"].as_object_mut().unwrap().remove("unit");
        }),
        &["缺少必填字段“unit”"],
    );
}

/// The line, and on a line holding other values first the column, where the value of a problem
/// placed by its path starts, in Chinese words and punctuation.
#[test]
fn where_a_value_is_in_the_file_in_chinese() {
    let byd_industry = "项目“BYD drive motors”（briefings[0].projects[2].industry";
    let text = bundled_text_with_byd("\"industry\": \"new-energy\"", "\"industry\": \"nope\"");
    let (line, _) = line_and_column(&text, "\"nope\"");
    let (_, lines) = chinese_lines(text.as_bytes());
    assert!(lines[0].starts_with(&format!("{byd_industry}，第 {line} 行）: ")), "{lines:#?}");

    let mut value = bundled_json();
    value["briefings"][0]["projects"][2]["industry"] = json!("nope");
    let text = value.to_string();
    let (_, column) = line_and_column(&text, "\"nope\"");
    let (_, lines) = chinese_lines(text.as_bytes());
    let expected = format!("{byd_industry}，第 1 行第 {column} 列）: ");
    assert!(lines[0].starts_with(&expected), "{lines:#?}");
}

#[test]
fn counts_and_caps_in_chinese() {
    let mut value = bundled_json();
    for project in value["briefings"][0]["projects"].as_array_mut().unwrap() {
        project["industry"] = json!("nope");
    }
    let (report, lines) = chinese_lines(value.to_string().as_bytes());
    let count = report.total;
    assert!(count > 1);
    assert_eq!(report.count_text(&ZH), format!("{count} 个问题"));
    assert!(lines.iter().all(|line| line.contains("未知的产业“nope”")), "{lines:#?}");
    assert_eq!(
        briefing_explorer::model::validate::more_like_this(749_980, &ZH),
        "……另有 749,980 个同类问题"
    );
}

#[test]
fn the_pages_messages_quote_values_without_markdown() {
    // The command line writes values in backticks; a page shows them as they are, so its
    // messages (the explorer's and the editor's, in both languages) use quotation marks.
    for strings in [&EN_PAGE, &EN_FORM, &ZH, &ZH_FORM] {
        for (field, template) in templates(strings) {
            assert!(!template.contains('`'), "{field}: {template:?}");
        }
    }
    let mut value = bundled_json();
    value["briefings"][0]["projects"][2]["industry"] = json!("nope");
    let bytes = value.to_string().into_bytes();
    let (_, column) = line_and_column(&value.to_string(), "\"nope\"");
    let english = parse_dataset_bytes(&bytes, &EN_PAGE).expect_err("the industry is unknown");
    assert_eq!(
        english.lines(&EN_PAGE)[0],
        format!(
            "Project “BYD drive motors” (briefings[0].projects[2].industry, line 1, column \
             {column}): unknown industry “nope”; the industries are “new-materials”, \
             “new-energy”, “magnesium-alloys”"
        )
    );
    let command_line = parse_dataset_bytes(&bytes, &EN).expect_err("the industry is unknown");
    assert!(command_line.lines(&EN)[0].ends_with(
        "unknown industry `nope`; the industries are `new-materials`, `new-energy`, `magnesium-alloys`"
    ));
}
