//! `validate FILE...`: checks briefing dataset files and reports every problem in each.
//!
//! Exit status: 0 when every file is valid, 1 when any is invalid, 2 on a usage or read error.

use std::process::ExitCode;

use briefing_explorer::model::validate::{parse_dataset, summary};

fn main() -> ExitCode {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() || paths.iter().any(|path| path == "-h" || path == "--help") {
        eprintln!("usage: validate FILE...\nChecks briefing dataset JSON files and lists every problem found.");
        return ExitCode::from(2);
    }
    let mut status = ExitCode::SUCCESS;
    for path in &paths {
        let text = match std::fs::read(path) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(error) => {
                eprintln!("{path}: cannot read the file: {error}");
                return ExitCode::from(2);
            }
        };
        match parse_dataset(&text) {
            Ok(dataset) => println!("{path}: valid: {}", summary(&dataset)),
            Err(problems) => {
                let count = problems.len();
                eprintln!("{path}: {count} problem{}", if count == 1 { "" } else { "s" });
                for problem in problems {
                    eprintln!("  {path}: {problem}");
                }
                status = ExitCode::FAILURE;
            }
        }
    }
    status
}
