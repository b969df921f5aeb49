//! `validate [--time] FILE...`: checks briefing dataset files and reports the problems in each.
//!
//! Every file is checked even when an earlier one is missing or invalid. Exit status: 0 when every
//! file is valid, 1 when any is invalid or cannot be read, 2 on a usage error. Everything printed
//! that comes from a file is escaped, so a file cannot clear the terminal or print a fake line.

use std::fs::File;
use std::io::{self, Read};
use std::process::ExitCode;
use std::time::Instant;

use briefing_explorer::model::format::format_megabytes;
use briefing_explorer::model::strings::fill;
use briefing_explorer::model::strings::validation::{ValidationStrings, EN};
use briefing_explorer::model::validate::{
    escape_for_display, parse_dataset_bytes, summary, MAX_DATASET_BYTES,
};

fn main() -> ExitCode {
    let strings = &EN;
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let show_time = arguments.iter().any(|argument| argument == "--time");
    let paths: Vec<&String> = arguments.iter().filter(|argument| *argument != "--time").collect();
    if paths.is_empty() || paths.iter().any(|path| *path == "-h" || *path == "--help") {
        eprintln!("{}", strings.cli_usage);
        return ExitCode::from(2);
    }
    let mut failed = 0;
    for path in &paths {
        let started = Instant::now();
        let (valid, report_bytes) = check_file(path, strings);
        if !valid {
            failed += 1;
        }
        if show_time {
            let milliseconds = format!("{:.0}", started.elapsed().as_secs_f64() * 1000.0);
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
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Checks one file and prints its result; returns whether it is valid and how many bytes of
/// report were printed.
fn check_file(path: &str, strings: &ValidationStrings) -> (bool, usize) {
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
                return (true, line.len() + 1);
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
    (false, printed)
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
