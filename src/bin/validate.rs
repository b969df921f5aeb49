//! `validate [--time] [--record RECORD] FILE...`: checks briefing dataset files and reports the
//! problems in each. A file named `index.json` is checked as the site's list of datasets
//! (`model::site::parse_site_index`), with each file it lists looked for beside it.
//!
//! Every file is checked even when an earlier one is missing or invalid. Exit status: 0 when every
//! file is valid, 1 when any is invalid or cannot be read (or the record cannot be written), 2 on
//! a usage error. Everything printed that comes from a file is escaped, so a file cannot clear the
//! terminal or print a fake line. `--record` writes the size and SHA-256 of each valid file, by
//! its name without the folder, to RECORD as JSON (`model::checked_at_build`): the site's build
//! puts it in `index.html`, and a page showing one of those very files skips the rest of its
//! check after the first paint.

use std::fs::File;
use std::io::{self, Read};
use std::process::ExitCode;
use std::time::Instant;

use briefing_explorer::model::checked_at_build::CheckedAtBuild;
use briefing_explorer::model::format::format_megabytes;
use briefing_explorer::model::site::{parse_site_index, SITE_INDEX_FILE};
use briefing_explorer::model::strings::fill;
use briefing_explorer::model::strings::validation::{ValidationStrings, EN};
use briefing_explorer::model::validate::{
    escape_for_display, parse_dataset_bytes, summary, MAX_DATASET_BYTES,
};

fn main() -> ExitCode {
    let strings = &EN;
    let Some(Arguments { show_time, record_to, paths }) = arguments(std::env::args().skip(1))
    else {
        eprintln!("{}", strings.cli_usage);
        return ExitCode::from(2);
    };
    let mut failed = 0;
    // Where the record goes and what it holds so far: only a run asked for one digests its files.
    let mut recording = record_to.map(|record_to| (record_to, CheckedAtBuild::default()));
    for path in &paths {
        let started = Instant::now();
        let (checked, report_bytes) = check_file(path, strings);
        // The check's time, without the digest a record adds.
        let elapsed = started.elapsed();
        match (checked, &mut recording) {
            (Checked::Dataset(bytes), Some((_, record))) => record.record(&file_name(path), &bytes),
            (Checked::Dataset(_) | Checked::SiteIndex, _) => {}
            (Checked::Failed, _) => failed += 1,
        }
        if show_time {
            let milliseconds = format!("{:.0}", elapsed.as_secs_f64() * 1000.0);
            let line = fill(
                strings.cli_timing,
                &[
                    ("path", &escape_for_display(path)),
                    ("milliseconds", &milliseconds),
                    ("bytes", &report_bytes.to_string()),
                ],
            );
            eprintln!("{line}");
        }
    }
    if failed > 0 && paths.len() > 1 {
        let line = fill(
            strings.cli_files_failed,
            &[("failed", &failed.to_string()), ("total", &paths.len().to_string())],
        );
        eprintln!("{line}");
    }
    if let Some((record_to, record)) = &recording {
        if let Err(error) = std::fs::write(record_to, record.to_json()) {
            let line = fill(
                strings.cli_cannot_write_record,
                &[
                    ("path", &escape_for_display(record_to)),
                    ("reason", &escape_for_display(&error.to_string())),
                ],
            );
            eprintln!("{line}");
            return ExitCode::FAILURE;
        }
    }
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

struct Arguments {
    show_time: bool,
    record_to: Option<String>,
    paths: Vec<String>,
}

/// The command line's options and files, or `None` for a usage error (no file, `--record`
/// without its file, or a request for help).
fn arguments(mut words: impl Iterator<Item = String>) -> Option<Arguments> {
    let mut parsed = Arguments { show_time: false, record_to: None, paths: Vec::new() };
    while let Some(word) = words.next() {
        match word.as_str() {
            "--time" => parsed.show_time = true,
            "--record" => parsed.record_to = Some(words.next()?),
            "-h" | "--help" => return None,
            _ => parsed.paths.push(word),
        }
    }
    (!parsed.paths.is_empty()).then_some(parsed)
}

/// The file's name without its folder: the name the site's `data/` folder knows it by.
fn file_name(path: &str) -> String {
    std::path::Path::new(path)
        .file_name()
        .map_or_else(|| path.to_string(), |name| name.to_string_lossy().into_owned())
}

/// What a file turned out to be.
enum Checked {
    /// A valid dataset, with its bytes for the record.
    Dataset(Vec<u8>),
    /// A valid list of the site's datasets, which no record holds.
    SiteIndex,
    Failed,
}

/// Checks one file and prints its result; returns what it was, and how many bytes of report
/// were printed.
fn check_file(path: &str, strings: &ValidationStrings) -> (Checked, usize) {
    let shown_path = escape_for_display(path);
    let lines = match read_limited(path) {
        Err(reason) => {
            let reason = match reason {
                ReadFailure::NotAFile => fill(strings.cli_not_a_file, &[("path", &shown_path)]),
                ReadFailure::TooLarge(size) => {
                    let limit = format_megabytes(MAX_DATASET_BYTES as f64);
                    let message = match size {
                        Some(size) => fill(
                            strings.file_too_large,
                            &[("size", &format_megabytes(size as f64)), ("limit", &limit)],
                        ),
                        None => fill(strings.file_over_limit, &[("limit", &limit)]),
                    };
                    fill(strings.cli_refused, &[("path", &shown_path), ("message", &message)])
                }
                ReadFailure::Io(error) => fill(
                    strings.cli_cannot_read,
                    &[("path", &shown_path), ("reason", &escape_for_display(&error.to_string()))],
                ),
            };
            vec![reason]
        }
        Ok(bytes) if file_name(path) == SITE_INDEX_FILE => {
            return check_site_index(path, &bytes, strings);
        }
        Ok(bytes) => match parse_dataset_bytes(&bytes, strings) {
            Ok(dataset) => {
                let line = fill(
                    strings.cli_valid,
                    &[
                        ("path", &shown_path),
                        ("summary", &escape_for_display(&summary(&dataset, strings))),
                    ],
                );
                println!("{line}");
                return (Checked::Dataset(bytes), line.len() + 1);
            }
            Err(report) => {
                let count = fill(
                    strings.cli_problems,
                    &[("path", &shown_path), ("count", &report.count_text(strings))],
                );
                let mut lines = vec![count.clone()];
                lines.extend(
                    report.lines(strings).into_iter().map(|line| format!("  {shown_path}: {line}")),
                );
                // The total again at the end, where a long list leaves the reader.
                if report.total > 1 {
                    lines.push(count);
                }
                lines
            }
        },
    };
    (Checked::Failed, print_problems(lines))
}

/// Prints lines of problems; returns how many bytes were printed.
fn print_problems(lines: Vec<String>) -> usize {
    let mut printed = 0;
    for line in lines {
        printed += line.len() + 1;
        eprintln!("{line}");
    }
    printed
}

/// Checks the site's list of datasets as the page reads it (the page words its problems the
/// same way), and that each file it lists is in its folder, where the page would fetch it.
fn check_site_index(path: &str, bytes: &[u8], strings: &ValidationStrings) -> (Checked, usize) {
    let shown_path = escape_for_display(path);
    let (entries, problems) = parse_site_index(bytes);
    let folder = std::path::Path::new(path).parent().unwrap_or(std::path::Path::new(""));
    let mut lines: Vec<String> = problems
        .iter()
        .map(|problem| problem.describe(&briefing_explorer::model::strings::EN))
        .collect();
    lines.extend(
        entries
            .iter()
            .filter(|entry| !folder.join(&entry.file).is_file())
            .map(|entry| fill(strings.cli_site_index_missing, &[("name", &entry.file)])),
    );
    if lines.is_empty() {
        let line = fill(
            strings.cli_site_index_valid,
            &[("path", &shown_path), ("count", &entries.len().to_string())],
        );
        println!("{line}");
        return (Checked::SiteIndex, line.len() + 1);
    }
    let mut report = vec![fill(strings.cli_site_index_problems, &[("path", &shown_path)])];
    report.extend(lines.iter().map(|line| format!("  {shown_path}: {}", escape_for_display(line))));
    (Checked::Failed, print_problems(report))
}

enum ReadFailure {
    NotAFile,
    /// The size when it is known (a regular file); a device or pipe was read up to the limit.
    TooLarge(Option<u64>),
    Io(io::Error),
}

/// The file's bytes, read only when its size is within the limit, and never more than one byte
/// past the limit, so that a huge file or an endless device (`/dev/zero`) is refused at once.
fn read_limited(path: &str) -> Result<Vec<u8>, ReadFailure> {
    let metadata = std::fs::metadata(path).map_err(ReadFailure::Io)?;
    if metadata.is_dir() {
        return Err(ReadFailure::NotAFile);
    }
    let limit = MAX_DATASET_BYTES as u64;
    if metadata.is_file() && metadata.len() > limit {
        return Err(ReadFailure::TooLarge(Some(metadata.len())));
    }
    let file = File::open(path).map_err(ReadFailure::Io)?;
    let mut bytes =
        Vec::with_capacity(if metadata.is_file() { metadata.len() as usize } else { 0 });
    file.take(limit + 1).read_to_end(&mut bytes).map_err(ReadFailure::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadFailure::TooLarge(None));
    }
    Ok(bytes)
}
