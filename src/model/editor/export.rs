//! What leaves the editor: the quote a selection makes, and the dataset file, pretty-printed in
//! the types' field order so that two versions of a briefing diff line by line.

use crate::model::dataset::Dataset;
use crate::model::text::slug;

/// Whether a download is a dataset that validates, or a draft that does not yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    Dataset,
    Draft,
}

/// The dataset file: two-space indented JSON in a stable order, ending with a line break. A
/// dataset read from a file and exported unchanged is the same JSON value as that file.
pub fn export_json(dataset: &Dataset) -> String {
    // A dataset holds only strings, numbers and lists, which always serialise.
    let mut text = serde_json::to_string_pretty(dataset).unwrap_or_default();
    text.push('\n');
    text
}

/// A short fingerprint of a file's text (a dataset file [`export_json`] wrote): its length and
/// its 64-bit FNV-1a hash. The editor keeps the last download's, written at once as the file is
/// downloaded, so that a draft saved before the download is still known to be the file
/// downloaded when the page was left before its next save could say so. Not for security: it
/// tells one draft from another.
pub fn file_fingerprint(text: &str) -> String {
    const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0100_0000_01b3;
    let hash =
        text.bytes().fold(OFFSET_BASIS, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(PRIME));
    format!("{}-{hash:016x}", text.len())
}

/// The download's name, from the briefing's title: `briefing-chen-zhichang….json`, or
/// `…-draft.json` for a draft that does not validate yet, so that nobody publishes it by mistake.
/// A long title gives its first words that fit [`FILE_NAME_TITLE_CHARS`], whole
/// (`…-key-industrial.json`, not `…-key-industrial-proje.json`); a first word longer than that is
/// cut.
pub fn draft_file_name(title: &str, kind: ExportKind) -> String {
    let title = slug(title);
    let cut = title.char_indices().nth(FILE_NAME_TITLE_CHARS).map(|(index, _)| index);
    let title = match cut {
        // The slug's words are joined by `-`: the cut keeps the words before the last one it
        // would split, unless the next character starts a word anyway.
        Some(index) if !title[index..].starts_with('-') => match title[..index].rfind('-') {
            Some(last_join) => &title[..last_join],
            None => &title[..index],
        },
        Some(index) => &title[..index],
        None => title.as_str(),
    };
    let title = title.trim_end_matches('-');
    let stem = if title.is_empty() { "briefing".to_string() } else { format!("briefing-{title}") };
    match kind {
        ExportKind::Dataset => format!("{stem}.json"),
        ExportKind::Draft => format!("{stem}-draft.json"),
    }
}

/// The most characters of the title a download's name holds.
const FILE_NAME_TITLE_CHARS: usize = 48;

/// The quote a selection of `text` from character `start` to character `end` makes: the
/// selected text with each run of white space (a line break, say) as one space, which is how the
/// validator compares quotes with their source; `None` when that is nothing or the range is not
/// in the text.
pub fn quote_for_selection(text: &str, start: usize, end: usize) -> Option<String> {
    if start >= end {
        return None;
    }
    let mut indices = text.char_indices().map(|(index, _)| index).chain([text.len()]);
    let from = indices.nth(start)?;
    let to = indices.nth(end - start - 1)?;
    quote_for_selection_bytes(text, from..to)
}

/// [`quote_for_selection`] for a byte range of `text`, as the editor's source pane keeps it.
pub fn quote_for_selection_bytes(text: &str, range: std::ops::Range<usize>) -> Option<String> {
    let quote = text.get(range)?.split_whitespace().collect::<Vec<_>>().join(" ");
    (!quote.is_empty()).then_some(quote)
}
