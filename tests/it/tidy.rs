//! Tidy checks over the source tree, in the spirit of rust-analyzer's: drift between files that
//! must agree fails here, on every machine, instead of in a browser much later.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use briefing_explorer::model::colour::ChartPalette;
use briefing_explorer::model::strings::EN;

use crate::support::placeholders;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn read(relative: &str) -> String {
    std::fs::read_to_string(Path::new(ROOT).join(relative))
        .unwrap_or_else(|error| panic!("{relative} is readable: {error}"))
}

fn rust_files(relative_dir: &str) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![Path::new(ROOT).join(relative_dir)];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).expect("source folders are readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|extension| extension == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The value of a CSS custom property in the first block of `css` that starts after `after`.
fn css_property(css: &str, after: &str, property: &str) -> String {
    let start = css.find(after).unwrap_or_else(|| panic!("`{after}` in the CSS"));
    let rest = &css[start..];
    let at = rest.find(&format!("{property}:")).unwrap_or_else(|| panic!("{property} in CSS"));
    let value = &rest[at + property.len() + 1..];
    value[..value.find(';').expect("a declaration ends with ;")].trim().to_lowercase()
}

#[test]
fn the_canvas_palette_matches_the_stylesheets() {
    let charts = read("style/charts.css");
    let main = read("style/main.css");
    let dark_block = "@media (prefers-color-scheme: dark)";
    // The light values are the first `.charts` block and main.css's `:root`; the dark ones are
    // in each file's `prefers-color-scheme: dark` block.
    let check = |palette: ChartPalette, charts_block: &str, main_block: &str| {
        let chart_value = |property| css_property(&charts, charts_block, property);
        assert_eq!(palette.text, chart_value("--chart-text"), "text in {charts_block}");
        assert_eq!(palette.muted, chart_value("--chart-muted"), "muted in {charts_block}");
        assert_eq!(palette.grid, chart_value("--chart-grid"), "grid in {charts_block}");
        assert_eq!(palette.background, css_property(&main, main_block, "--surface"), "surface");
    };
    check(ChartPalette::LIGHT, ".charts {", ":root");
    check(ChartPalette::DARK, dark_block, dark_block);
}

/// Every `fill(STRINGS.field, &[("name", …), …])` call in the source: the strings value it reads
/// the field from, the field and the names it fills.
fn fill_calls(source: &str) -> Vec<(String, String, BTreeSet<String>)> {
    let mut calls = Vec::new();
    let mut rest = source;
    while let Some(at) = rest.find("fill(") {
        rest = &rest[at + "fill(".len()..];
        let arguments = rest.trim_start();
        // Only calls whose template is a field of a strings value (EN.x, strings.x, …).
        let Some(dot) = arguments.find('.') else { continue };
        let receiver = &arguments[..dot];
        if !receiver.chars().all(|character| character.is_alphanumeric() || character == '_') {
            continue;
        }
        let field: String = arguments[dot + 1..]
            .chars()
            .take_while(|character| character.is_alphanumeric() || *character == '_')
            .collect();
        // The names are the string literals that open each `("name", value)` pair, up to the
        // `]` that closes the list (rustfmt may put a comma after it).
        let Some(list) = bracketed_list(arguments) else { continue };
        let names = list
            .match_indices('(')
            .filter_map(|(start, _)| {
                let name = list[start + 1..].trim_start().strip_prefix('"')?;
                name.find('"').map(|end| name[..end].to_string())
            })
            .collect();
        calls.push((receiver.to_string(), field, names));
    }
    calls
}

/// The text from the first `[` of `arguments` to the `]` that closes it, brackets inside string
/// literals aside.
fn bracketed_list(arguments: &str) -> Option<&str> {
    let start = arguments.find('[')?;
    let (mut depth, mut in_string, mut escaped) = (0_usize, false, false);
    for (offset, character) in arguments[start..].char_indices() {
        match (in_string, escaped, character) {
            (true, true, _) => escaped = false,
            (true, false, '\\') => escaped = true,
            (true, false, '"') => in_string = false,
            (true, false, _) => {}
            (false, _, '"') => in_string = true,
            (false, _, '[') => depth += 1,
            (false, _, ']') => {
                depth -= 1;
                if depth == 0 {
                    return Some(&arguments[start..start + offset]);
                }
            }
            _ => {}
        }
    }
    None
}

/// The template text of an `EN` field by name, read from an English strings file.
fn english_template(strings_file: &str, field: &str) -> Option<String> {
    let english = read(strings_file);
    let start = english.find(&format!("\n    {field}: \""))?;
    let value = &english[start + field.len() + 8..];
    Some(value[..value.find("\",\n")?].to_string())
}

#[test]
fn every_placeholder_of_a_filled_template_is_filled() {
    let mut checked = 0;
    for path in rust_files("src") {
        let source = std::fs::read_to_string(&path).expect("source is readable");
        // The validator and its CLI fill `ValidationStrings`; everything else `Strings`.
        let relative = path.strip_prefix(ROOT).expect("under the root").display().to_string();
        for (receiver, field, names) in fill_calls(&source) {
            // The editor's strings are read in its own folder, and elsewhere as `editor.x`.
            let strings_file = if relative.contains("validate") {
                "src/model/strings/validation.rs"
            } else if relative.contains("app/editor") || receiver == "editor" {
                "src/model/strings/editor/en.rs"
            } else {
                "src/model/strings/en.rs"
            };
            // Templates chosen at run time (`template`, a `match`) are checked where they are
            // built; only direct field references are resolved here.
            let Some(template) = english_template(strings_file, &field) else { continue };
            checked += 1;
            let wanted = placeholders(&template);
            assert!(
                wanted.is_subset(&names),
                "{}: fill(…{field}) fills {names:?} but the template needs {wanted:?}",
                path.display()
            );
        }
    }
    assert!(checked > 40, "the scan found the fill calls ({checked})");
    assert_eq!(placeholders(EN.projects_shown), BTreeSet::from(["shown".into(), "total".into()]));
}

#[test]
fn the_editor_strings_list_for_the_tidy_tests_is_every_field() {
    use briefing_explorer::model::strings::editor;
    let source = read("src/model/strings/editor/mod.rs");
    let start = source.find("pub struct EditorStrings {").expect("the struct is in its file");
    let body = &source[start..source[start..].find("\n}").map(|end| start + end).unwrap()];
    let fields: Vec<&str> = body
        .lines()
        .filter_map(|line| line.trim().strip_prefix("pub ")?.split_once(": &'static str"))
        .map(|(name, _)| name)
        .collect();
    assert!(fields.len() > 50, "the struct's fields were read: {}", fields.len());
    let listed: Vec<&str> = editor::EN.all().iter().map(|(field, _)| *field).collect();
    assert_eq!(listed, fields, "EditorStrings::all lists every field, in order");
    for (field, text) in editor::EN.all() {
        assert!(!text.is_empty(), "{field} has English text");
    }
}

#[test]
fn the_editor_strings_name_the_same_placeholders_in_english_and_chinese() {
    use briefing_explorer::model::strings::editor;
    let english = editor::EN.all();
    let chinese = editor::ZH.all();
    assert_eq!(english.len(), chinese.len());
    for ((field, text), (zh_field, zh_text)) in english.iter().zip(&chinese) {
        assert_eq!(field, zh_field);
        assert!(!zh_text.is_empty(), "{field} has Chinese text");
        assert_eq!(placeholders(text), placeholders(zh_text), "{field}");
    }
}

/// Whether a string literal reads as interface text: two words of letters, or a capitalised
/// word followed by lower-case letters, as opposed to a class name, an event or a CSS value.
fn looks_like_interface_text(literal: &str) -> bool {
    let words: Vec<&str> = literal
        .split(|character: char| !character.is_alphabetic())
        .filter(|word| word.len() > 1)
        .collect();
    let sentence = words.len() >= 2 && literal.contains(' ');
    let capitalised = words.len() == 1
        && literal.trim() == words[0]
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && words[0].chars().skip(1).all(char::is_lowercase);
    sentence || capitalised
}

/// The string literals of a line outside comments (no raw strings or escapes needed here).
fn literals(line: &str) -> Vec<&str> {
    let code = line.split("//").next().unwrap_or_default();
    code.split('"').skip(1).step_by(2).collect()
}

#[test]
fn no_interface_text_outside_the_strings_module() {
    // Literals that are not for people: the canvas font stack, a console diagnostic, key and
    // drag-data names of the DOM, class lists, an `expect` message, and the words an image's
    // file name is made from.
    let allowed = [
        "system-ui, -apple-system",
        ", Cantarell, Ubuntu, ",
        ", sans-serif",
        "Briefing Explorer stopped: {info}",
        "Escape",
        "Esc",
        "Enter",
        "Delete",
        "Backspace",
        "Tab",
        "Shift",
        "Control",
        "Alt",
        "Meta",
        "AltGraph",
        "CapsLock",
        "Spacebar",
        "Home",
        "End",
        "Files",
        "button primary",
        "a dataset always serialises to JSON",
        "capacity {axis_label}",
        // serde's expectation for a directive's scope, inside the validator's shape messages.
        " or a list of project ids",
    ];
    // Technical strings: media queries, CSS custom properties, inline style declarations and
    // selectors with a negation, a list in `:is()` or a child combinator.
    let technical = |literal: &str| {
        literal.starts_with('(')
            || literal.starts_with("--")
            || literal.contains("{}px")
            || literal.contains(":not(")
            || literal.contains(":is(")
            || literal.contains(" > ")
    };
    let mut found = Vec::new();
    for path in rust_files("src/app").into_iter().chain(rust_files("src/model")) {
        let relative = path.strip_prefix(ROOT).expect("under the root").display().to_string();
        if relative.starts_with("src/model/strings/")
            || relative.starts_with("src/model/suggest/")
            || relative.starts_with("src/model/validate")
            // The JSON Schema's words are the file format's (its types' names, a description for
            // JSON editors), never shown by the app.
            || relative == "src/model/schema.rs"
        {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("source is readable");
        let mut in_tests = false;
        for (number, line) in source.lines().enumerate() {
            in_tests |= line.trim_start().starts_with("#[cfg(test)]");
            if in_tests || line.trim_start().starts_with("//") || line.contains("class=") {
                continue;
            }
            for literal in literals(line) {
                if looks_like_interface_text(literal)
                    && !technical(literal)
                    && !allowed.iter().any(|allowed| {
                        literal == *allowed || literal.starts_with(allowed) && allowed.len() > 12
                    })
                {
                    found.push(format!("{relative}:{}: \"{literal}\"", number + 1));
                }
            }
        }
    }
    assert!(found.is_empty(), "interface text belongs in model::strings:\n{}", found.join("\n"));
    assert!(looks_like_interface_text("Download PNG"));
    assert!(looks_like_interface_text("Projects"));
    assert!(!looks_like_interface_text("chart-hit"));
    assert!(!looks_like_interface_text("keydown"));
}

#[test]
fn the_canvas_font_stack_is_the_page_font_stack() {
    let families = |text: &str| -> Vec<String> {
        text.split(',').map(|family| family.trim().trim_matches('"').to_lowercase()).collect()
    };
    let main = read("src/app/chart_draw.rs");
    let start = main.find("const FONT_FAMILY: &str = \"").expect("FONT_FAMILY") + 27;
    let canvas =
        main[start..main[start..].find("\";").expect("its end") + start].replace("\\\"", "\"");
    let css = read("style/main.css");
    let page = css_property(&css, ":root", "--font").replace('\n', " ");
    assert_eq!(families(&canvas), families(&page));
    assert!(families(&page).iter().any(|family| family == "noto sans cjk sc"));
}

#[test]
fn no_component_writes_a_style_attribute() {
    // A `style` attribute needs 'unsafe-inline' in the CSP; components write `data-css`, which
    // app::inline_styles applies through the CSSOM.
    for path in rust_files("src/app") {
        let source = std::fs::read_to_string(&path).expect("source is readable");
        for (number, line) in source.lines().enumerate() {
            assert!(
                !line.contains(" style={") && !line.contains(" style=\""),
                "{}:{}: use data-css instead of style",
                path.display(),
                number + 1
            );
        }
    }
}
