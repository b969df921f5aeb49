//! Where the values that problems name by their JSON path start in the file's text, so that a
//! person editing the file in a text editor finds `briefings[0].projects[2].capacity.value` at
//! "line 57" without counting list items.
//!
//! Only the problems a report shows are placed (at most `SHOWN_PER_KIND` of each kind), all in
//! one walk of the text, which follows the JSON into the objects and lists on the way to a sought
//! path and steps over everything else; a valid file is never walked. The walk reads the text as
//! it is written (keys in any order, strings with escapes) and gives up quietly on text that is
//! not JSON: a path it cannot follow gets no place.

use std::ops::Range;

use super::path::split_list_item;
use super::report::{escaped_for_display, Report, ValueStart};
use super::scan::{string_content, string_end, ColumnCounter};
use crate::model::order::{sort_by_rank, sorted_distinct};

/// How deep the walk follows the text: serde_json reads nothing deeper, so no path of a file it
/// read goes further, and a path of empty keys (`{"": {"": …}}`, all written as the same empty
/// path) cannot lead the walk down a text nested a million deep.
const DEEPEST: usize = 128;

/// Gives every problem the report shows at a JSON path (other than the whole file's) the place
/// in `text` where the value at that path starts, when the text holds that path.
pub(super) fn place_in_text(report: &mut Report, text: &str) {
    let sought = report
        .shown()
        .filter_map(|problem| problem.location.path())
        .filter(|path| !path.is_empty())
        .map(str::to_string)
        .collect::<Vec<_>>();
    if sought.is_empty() {
        return;
    }
    let starts = ValueStarts::find(text, sought);
    for problem in report.groups.iter_mut().flat_map(|group| group.shown.iter_mut()) {
        if let Some(path) = problem.location.json_path_mut() {
            path.start = starts.get(&path.path);
        }
    }
}

/// Where the values at some JSON paths start in a text, found in one walk of it.
pub struct ValueStarts {
    /// The paths sought, sorted, each once: the paths under a path sort right after it, so those
    /// under the value being read are always one range of them.
    sought: Vec<String>,
    /// Per sought path, where its value starts; `None` where the text does not hold the path.
    starts: Vec<Option<ValueStart>>,
}

impl ValueStarts {
    /// Walks `text`, read as JSON, once for all the `paths` (written as the report writes them:
    /// `briefings[0].projects[2].capacity.value`, keys escaped for display). Never panics,
    /// whatever the text and the paths.
    pub fn find(text: &str, paths: impl IntoIterator<Item = String>) -> ValueStarts {
        let sought = sorted_distinct(paths.into_iter().collect());
        let mut walk = Walk {
            text,
            at: 0,
            columns: ColumnCounter::new(),
            path: String::new(),
            sought: &sought,
            starts: vec![None; sought.len()],
        };
        walk.value(0..sought.len(), None, 0);
        let starts = walk.starts;
        ValueStarts { sought, starts }
    }

    /// Where the value at `path` starts, if `path` was sought and the text holds it.
    pub fn get(&self, path: &str) -> Option<ValueStart> {
        let index = self.sought.binary_search_by(|sought| sought.as_str().cmp(path)).ok()?;
        self.starts[index]
    }
}

/// The walk: where it is in the text, on which line, and the path of the value it is reading.
struct Walk<'t, 's> {
    text: &'t str,
    /// A byte index, always at a character boundary (the walk only steps over ASCII bytes, whole
    /// strings and whole values) or past the end.
    at: usize,
    columns: ColumnCounter,
    /// The path of the value being read, written as the report writes paths.
    path: String,
    sought: &'s [String],
    starts: Vec<Option<ValueStart>>,
}

impl Walk<'_, '_> {
    fn byte(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    /// Reads the value at the walk's path, the `sought` paths being those at or under it.
    /// `key_start` is where the key of a field's value starts.
    fn value(&mut self, sought: Range<usize>, key_start: Option<usize>, depth: usize) {
        self.skip_white_space();
        let mut under = sought;
        // The path itself sorts first among the paths under it. A key given twice in one object
        // brings the walk here twice; the later value is the one a JSON reader keeps.
        if under.start < under.end && self.sought[under.start] == self.path {
            let start = self.start_here(key_start.unwrap_or(self.at));
            self.starts[under.start] = start;
            under.start += 1;
        }
        if under.is_empty() || depth == DEEPEST {
            return self.skip_value();
        }
        match self.byte() {
            Some(b'{') => self.object(under, depth),
            Some(b'[') => self.list(under, depth),
            _ => self.skip_value(),
        }
    }

    /// Where the value at the walk's position starts; `lead` is where its field starts (its key),
    /// or the value itself in a list.
    fn start_here(&mut self, lead: usize) -> Option<ValueStart> {
        self.byte()?;
        let before = self.text.get(self.columns.line_start..lead).unwrap_or_default();
        // Read backwards, this stops at the first character that is not white space, so a file
        // on one line costs no more than one written a field to a line.
        let leads_its_line = before.bytes().rev().all(|byte| byte.is_ascii_whitespace());
        Some(ValueStart {
            line: self.columns.line,
            column: self.columns.column_at(self.text, self.at),
            leads_its_line,
        })
    }

    fn object(&mut self, sought: Range<usize>, depth: usize) {
        self.at += 1;
        loop {
            self.skip_white_space();
            if self.byte() != Some(b'"') {
                break;
            }
            let key_start = self.at;
            let key_end = string_end(self.text.as_bytes(), key_start + 1);
            let raw = self.text.get(key_start + 1..key_end).unwrap_or_default();
            let key = string_content(self.text, key_start, raw);
            let key = escaped_for_display(&key);
            self.at = key_end + 1;
            self.skip_white_space();
            if self.byte() != Some(b':') {
                return;
            }
            self.at += 1;
            let parent_length = self.path.len();
            if !self.path.is_empty() {
                self.path.push('.');
            }
            self.path.push_str(&key);
            self.child(sought.clone(), Some(key_start), depth);
            self.path.truncate(parent_length);
            if !self.next_item() {
                break;
            }
        }
        self.close(b'}');
    }

    fn list(&mut self, sought: Range<usize>, depth: usize) {
        // The items sought are known from the paths, so that the others (all but a few of a list
        // of millions) are stepped over without their paths being written.
        let parent_length = self.path.len();
        let mut items = self.sought[sought.clone()]
            .iter()
            .filter_map(|path| split_list_item(&path[parent_length..]))
            // The path past the list's own starts with the item's index (`[3].quotes[0]`).
            .filter_map(|(list, index, _)| list.is_empty().then_some(index))
            .collect::<Vec<_>>();
        sort_by_rank(&mut items, |&index| index as u64);
        items.dedup();
        let mut items = items.into_iter().peekable();
        self.at += 1;
        self.skip_white_space();
        if self.byte() != Some(b']') {
            for index in 0.. {
                if items.next_if_eq(&index).is_some() {
                    self.path.push_str(&format!("[{index}]"));
                    self.child(sought.clone(), None, depth);
                    self.path.truncate(parent_length);
                } else {
                    self.skip_value();
                }
                if !self.next_item() {
                    break;
                }
            }
        }
        self.close(b']');
    }

    /// Reads the value at the walk's path, a field or an item of the value whose `sought` paths
    /// are given, or steps over it when none of them is at or under it.
    fn child(&mut self, sought: Range<usize>, key_start: Option<usize>, depth: usize) {
        let under = self.sought_under(sought);
        if under.is_empty() {
            self.skip_value();
        } else {
            self.value(under, key_start, depth + 1);
        }
    }

    /// Those of the `within` paths that are the walk's path or under it (or that merely start
    /// with it, `a.bc` under `a.b`, which no deeper path then matches).
    fn sought_under(&self, within: Range<usize>) -> Range<usize> {
        let path = self.path.as_str();
        let candidates = &self.sought[within.clone()];
        let first = candidates.partition_point(|sought| sought.as_str() < path);
        let count = candidates[first..].partition_point(|sought| sought.starts_with(path));
        within.start + first..within.start + first + count
    }

    /// Steps past the `,` after an item or field, if there is one.
    fn next_item(&mut self) -> bool {
        self.skip_white_space();
        let more = self.byte() == Some(b',');
        if more {
            self.at += 1;
        }
        more
    }

    fn close(&mut self, bracket: u8) {
        self.skip_white_space();
        if self.byte() == Some(bracket) {
            self.at += 1;
        }
    }

    fn skip_white_space(&mut self) {
        while let Some(byte) = self.byte().filter(u8::is_ascii_whitespace) {
            if byte == b'\n' {
                self.columns.break_line(self.at);
            }
            self.at += 1;
        }
    }

    /// Steps over the value at the walk's position, counting the lines it spans.
    fn skip_value(&mut self) {
        let bytes = self.text.as_bytes();
        let mut depth = 0usize;
        while let Some(byte) = self.byte() {
            match byte {
                b'"' => self.at = string_end(bytes, self.at + 1),
                b'{' | b'[' => depth += 1,
                b'}' | b']' if depth == 0 => return,
                b'}' | b']' => depth -= 1,
                b',' if depth == 0 => return,
                b'\n' => self.columns.break_line(self.at),
                _ => {}
            }
            self.at += 1;
            if depth == 0 && matches!(byte, b'"' | b'}' | b']') {
                return;
            }
        }
    }
}
