//! `validate [--time] [--record RECORD] FILE...`: checks briefing dataset files and reports the
//! problems in each.
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
        let (valid_bytes, report_bytes) = check_file(path, strings);
        // The check's time, without the digest a record adds.
        let elapsed = started.elapsed();
        match (valid_bytes, &mut recording) {
            (Some(bytes), Some((_, record))) => record.record(&file_name(path), &bytes),
            (Some(_), None) => {}
            (None, _) => failed += 1,
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

/// Checks one file and prints its result; returns its bytes when it is valid, and how many bytes
/// of report were printed.
fn check_file(path: &str, strings: &ValidationStrings) -> (Option<Vec<u8>>, usize) {
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
                return (Some(bytes), line.len() + 1);
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
    let mut printed = 0;
    for line in lines {
        printed += line.len() + 1;
        eprintln!("{line}");
    }
    (None, printed)
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
