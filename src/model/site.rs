//! The site's `data/` folder: which file names the address may name (`#data=NAME.json`), and the
//! optional list of the site's datasets, `data/index.json`.
//!
//! A hosted copy of the app reads its datasets at run time from the `data/` folder beside
//! `index.html`. The address can name another file there, so the name is checked before anything
//! is fetched: letters, digits, `-`, `_` and `.`, ending in `.json`, never a path or a URL.

use serde::Deserialize;

use super::dataset::Dataset;
use super::language::Language;
use super::strings::{fill, Strings};
use super::text::truncate_chars;
use super::validate::{
    control_character_message, escape_for_display, is_direction_control, wide_encoding,
    UTF8_BYTE_ORDER_MARK,
};

/// The folder, relative to the page, that holds the datasets.
pub const DATA_FOLDER: &str = "data/";
/// The dataset shown when the address names none.
pub const DEFAULT_DATASET_FILE: &str = "briefings.json";
/// The optional list of the site's datasets, in [`DATA_FOLDER`].
pub const SITE_INDEX_FILE: &str = "index.json";
/// The longest file name the address may name.
pub const MAX_DATASET_NAME_CHARS: usize = 100;
/// The `id` of the inline data block a one-file build carries instead of a `data/` folder.
pub const INLINE_DATA_ID: &str = "briefing-data";

/// Whether a one-file build's inline block looks cut short: a dataset ends with `}`, and the
/// browser ends the block at the first `</script` in it, so a block pasted with a `<` left
/// unescaped (HOSTING.md asks for `\u003c`) ends elsewhere, mid-text.
pub fn inline_block_cut_short(text: &str) -> bool {
    !text.trim_end().ends_with('}')
}

/// Why a name from the address is not a dataset file of this site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    Empty,
    /// A `/`, `\` or `..`: a path, a URL, or a way out of the folder.
    Path,
    /// A character other than letters, digits, `-`, `_` and `.`.
    Character(char),
    /// Does not end in `.json`, or is nothing but `.json`, or starts with a dot.
    NotJson,
    TooLong,
    /// `index.json` lists the datasets; it is not one.
    SiteIndex,
}

impl Refusal {
    /// Why `name` was refused, as a sentence.
    pub fn describe(&self, name: &str, strings: &Strings) -> String {
        let reason = match self {
            Refusal::Empty => strings.data_name_empty.to_string(),
            Refusal::Path => strings.data_name_path.to_string(),
            // An invisible character is named by its code point (`\u{202e}`), which a
            // right-to-left override in a link would otherwise turn the message around with.
            Refusal::Character(character) => fill(
                strings.data_name_character,
                &[("character", &escape_for_display(&character.to_string()))],
            ),
            Refusal::NotJson => strings.data_name_not_json.to_string(),
            Refusal::TooLong => {
                fill(strings.data_name_too_long, &[("limit", &MAX_DATASET_NAME_CHARS.to_string())])
            }
            Refusal::SiteIndex => strings.data_name_index.to_string(),
        };
        let name = escape_for_display(&truncate_chars(name, 60));
        fill(strings.data_name_refused, &[("name", &name), ("reason", &reason)])
    }
}

/// `name` if it may name a dataset in the site's `data/` folder: only letters, digits, `-`, `_`
/// and `.`, ending in `.json`, not starting with a dot, no `..`, at most
/// [`MAX_DATASET_NAME_CHARS`] characters, and not the site index.
pub fn dataset_file_name(name: &str) -> Result<&str, Refusal> {
    if name.is_empty() {
        return Err(Refusal::Empty);
    }
    if name.contains('/') || name.contains('\\') || name.contains("..") {
        return Err(Refusal::Path);
    }
    if let Some(character) = name.chars().find(|character| {
        !(character.is_ascii_alphanumeric() || matches!(character, '-' | '_' | '.'))
    }) {
        return Err(Refusal::Character(character));
    }
    if !name.ends_with(".json") || name.starts_with('.') {
        return Err(Refusal::NotJson);
    }
    if name.chars().count() > MAX_DATASET_NAME_CHARS {
        return Err(Refusal::TooLong);
    }
    if name == SITE_INDEX_FILE {
        return Err(Refusal::SiteIndex);
    }
    Ok(name)
}

/// The URL of a dataset file relative to the page: `data/NAME.json`. Only for names that passed
/// [`dataset_file_name`].
pub fn dataset_url(name: &str) -> String {
    format!("{DATA_FOLDER}{name}")
}

/// One dataset of the site, as `data/index.json` lists it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteEntry {
    /// The file name in `data/`, e.g. `semiconductors.json`.
    pub file: String,
    /// The name the picker shows.
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
}

/// `data/index.json`: `{"datasets": [{"file": "briefings.json", "title": "…"}, …]}`. Each entry
/// is read on its own, so that one mistyped entry leaves the others offered.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct SiteIndexFile {
    datasets: Vec<serde_json::Value>,
}

/// Something wrong in `data/index.json`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SiteIndexProblem {
    /// Not JSON of the index's shape; nothing is listed.
    Unreadable { message: String },
    /// JSON, but not the one object that holds the list (`[…]` alone, say); nothing is listed.
    NotAnObject,
    /// A web page, not JSON: on a site, a host's own page for a file it does not have (a
    /// single-page app's fallback), which the page takes as no list, since the list is
    /// optional; in a file checked before publishing, a mistake.
    WebPage,
    /// Saved in a wide encoding ("UTF-16", "UTF-32"); nothing is listed.
    WideEncoding { encoding: &'static str },
    /// Not UTF-8 from this byte on (counted from 1): saved as Windows-1252, say, where the
    /// titles would show as "�"; nothing is listed.
    NotUtf8 { byte: usize },
    /// An entry (counted from 1) that is not `{"file", "title", "description"}`; it is left out.
    BadEntry { number: usize, message: String },
    /// An entry whose file name this site cannot open; it is left out.
    Refused { file: String, refusal: Refusal },
    /// A second entry for the same file; it is left out.
    Duplicate { file: String },
    /// An entry (counted from 1) whose `title` or `description` holds a control character or a
    /// bidirectional control, which a dataset's text may not hold either: the picker would show
    /// it, and an override would turn the picker's words around it. It is left out.
    ControlCharacter { number: usize, field: &'static str, character: char },
}

impl SiteIndexProblem {
    pub fn describe(&self, strings: &Strings) -> String {
        match self {
            SiteIndexProblem::Unreadable { message } => {
                fill(strings.site_index_unreadable, &[("error", &truncate_chars(message, 200))])
            }
            SiteIndexProblem::NotAnObject => strings.site_index_not_object.to_string(),
            SiteIndexProblem::WebPage => strings.site_index_web_page.to_string(),
            SiteIndexProblem::WideEncoding { encoding } => {
                fill(strings.site_index_wide_encoding, &[("encoding", encoding)])
            }
            SiteIndexProblem::NotUtf8 { byte } => {
                fill(strings.site_index_not_utf8, &[("byte", &byte.to_string())])
            }
            SiteIndexProblem::BadEntry { number, message } => fill(
                strings.site_index_bad_entry,
                &[("number", &number.to_string()), ("error", &truncate_chars(message, 200))],
            ),
            SiteIndexProblem::Refused { file, refusal } => refusal.describe(file, strings),
            SiteIndexProblem::Duplicate { file } => {
                fill(strings.site_index_duplicate, &[("name", &truncate_chars(file, 60))])
            }
            SiteIndexProblem::ControlCharacter { number, field, character } => {
                let what =
                    control_character_message(*character, strings.language.validation_strings());
                fill(
                    strings.site_index_bad_entry,
                    &[
                        ("number", &number.to_string()),
                        (
                            "error",
                            &fill(
                                strings.site_index_field_problem,
                                &[("field", field), ("what", &what)],
                            ),
                        ),
                    ],
                )
            }
        }
    }
}

/// Reads `data/index.json` from its bytes. Never fails: the entries that can be offered, in the
/// file's order, and the problems with the rest. A UTF-8 byte-order mark (Windows Notepad's
/// "UTF-8 with BOM") is skipped, as a dataset's is.
///
/// A web page is [`SiteIndexProblem::WebPage`] (JSON never starts with `<`), which the page
/// leaves unsaid and the validator reports.
pub fn parse_site_index(bytes: &[u8]) -> (Vec<SiteEntry>, Vec<SiteIndexProblem>) {
    let unusable = |problem| (Vec::new(), vec![problem]);
    let without_mark = bytes.strip_prefix(UTF8_BYTE_ORDER_MARK).unwrap_or(bytes);
    if without_mark.trim_ascii_start().starts_with(b"<") {
        return unusable(SiteIndexProblem::WebPage);
    }
    if let Some(encoding) = wide_encoding(bytes) {
        return unusable(SiteIndexProblem::WideEncoding { encoding });
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.strip_prefix('\u{feff}').unwrap_or(text),
        Err(error) => return unusable(SiteIndexProblem::NotUtf8 { byte: error.valid_up_to() + 1 }),
    };
    // serde reads a struct from a list too (its fields in order), and would call `[{…}]` "a map
    // where a sequence was expected": a list is named as the mistake it is.
    if text.trim_start().starts_with('[') {
        return unusable(SiteIndexProblem::NotAnObject);
    }
    let file: SiteIndexFile = match serde_json::from_str(text) {
        Ok(file) => file,
        Err(error) => return unusable(SiteIndexProblem::Unreadable { message: error.to_string() }),
    };
    let mut entries: Vec<SiteEntry> = Vec::new();
    let mut problems = Vec::new();
    for (index, entry) in file.datasets.into_iter().enumerate() {
        let entry = match SiteEntry::deserialize(entry) {
            Ok(entry) => entry,
            Err(error) => {
                let message = error.to_string();
                problems.push(SiteIndexProblem::BadEntry { number: index + 1, message });
                continue;
            }
        };
        let shown_text =
            [("title", Some(&entry.title)), ("description", entry.description.as_ref())];
        let control = shown_text.into_iter().find_map(|(field, text)| {
            let character = text?
                .chars()
                .find(|&character| character.is_control() || is_direction_control(character))?;
            Some((field, character))
        });
        if let Some((field, character)) = control {
            problems.push(SiteIndexProblem::ControlCharacter {
                number: index + 1,
                field,
                character,
            });
        } else if let Err(refusal) = dataset_file_name(&entry.file) {
            problems.push(SiteIndexProblem::Refused { file: entry.file, refusal });
        } else if entries.iter().any(|listed| listed.file == entry.file) {
            problems.push(SiteIndexProblem::Duplicate { file: entry.file });
        } else {
            entries.push(entry);
        }
    }
    (entries, problems)
}

/// The editor page's title in a language: "Briefing editor · Briefing Explorer".
pub fn editor_page_title(language: Language) -> String {
    let editor = language.editor_strings();
    fill(
        editor.document_title,
        &[("editor_title", editor.editor_title), ("app_name", language.strings().app_name)],
    )
}

/// The page title for the briefings in view: "{briefing title} — Briefing Explorer", or the
/// collection's title when several are in view.
pub fn page_title(dataset: &Dataset, briefings: &[usize], strings: &Strings) -> String {
    let title = match briefings {
        [index] => dataset.briefings.get(*index).map(|briefing| briefing.title.as_str()),
        _ => dataset.title.as_deref(),
    };
    match title {
        Some(title) => titled_page(title, strings),
        None => strings.app_name.to_string(),
    }
}

/// A page title naming what the page shows: "{title} — Briefing Explorer".
pub fn titled_page(title: &str, strings: &Strings) -> String {
    fill(strings.document_title, &[("title", title), ("app_name", strings.app_name)])
}
