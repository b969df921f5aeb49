//! Where a value is in the file, as the meaning checks walk it: written out as text
//! (`briefings[0].projects[3].capacity`) only for a problem the report shows.
//!
//! The checks visit every record of a file that is usually valid, and building each record's
//! path as a `String` on the way (one or more `format!` per project, request and note) was more
//! than a third of their time in the page's wasm on a 10,000-project file (`bench/FINDINGS.md`);
//! a `Path` is a few words on the stack.

use std::fmt;

/// A path from the top of the file: a field of a parent path, or an item of one of its lists.
#[derive(Clone, Copy)]
pub(super) enum Path<'a> {
    /// The top-level object; written as nothing.
    Root,
    /// `{parent}.{name}`, or `{name}` under the root.
    Field(&'a Path<'a>, &'a str),
    /// `{parent}.{list}[{index}]`, or `{list}[{index}]` under the root.
    Item(&'a Path<'a>, &'a str, usize),
}

impl<'a> Path<'a> {
    /// The field `name` of this path; this path itself when `name` is empty.
    pub(super) fn field(&'a self, name: &'a str) -> Path<'a> {
        if name.is_empty() {
            *self
        } else {
            Path::Field(self, name)
        }
    }

    /// The item at `index` of this path's list `list`.
    pub(super) fn item(&'a self, list: &'a str, index: usize) -> Path<'a> {
        Path::Item(self, list, index)
    }
}

/// Where a problem is, as the report writes it: only for a problem it shows (at most
/// `SHOWN_PER_KIND` of each kind), so that a file with a hundred thousand problems of one kind
/// does not have every one's path written out.
pub(super) trait ProblemPath: fmt::Display {
    /// The last step's name as the file writes it (`short_name`, `quotes[2]`), for messages.
    fn last_step(&self) -> String;
}

impl ProblemPath for Path<'_> {
    fn last_step(&self) -> String {
        match self {
            Path::Root => String::new(),
            Path::Field(_, name) => (*name).to_string(),
            Path::Item(_, list, index) => format!("{list}[{index}]"),
        }
    }
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (parent, name) = match self {
            Path::Root => return Ok(()),
            Path::Field(parent, name) | Path::Item(parent, name, _) => (parent, name),
        };
        if !matches!(parent, Path::Root) {
            write!(formatter, "{parent}.")?;
        }
        formatter.write_str(name)?;
        match self {
            Path::Item(_, _, index) => write!(formatter, "[{index}]"),
            _ => Ok(()),
        }
    }
}

/// A written path's first list item taken apart: `list[index].rest` (or `list[index]`) as
/// `(list, index, rest)`; none unless the path starts with an item.
pub fn split_list_item(path: &str) -> Option<(&str, usize, &str)> {
    let (list, after) = path.split_once('[')?;
    let (index, rest) = after.split_once(']')?;
    let index = index.parse().ok()?;
    Some((list, index, rest.strip_prefix('.').unwrap_or(rest)))
}
