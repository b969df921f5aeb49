//! `draft SOURCE.txt [--language en|zh] [--dataset]`: suggested facts from a briefing's text, as
//! JSON on standard output; with `--dataset`, a draft dataset in the documented format instead.
//!
//! `draft --evaluate DIR [--verbose]`: precision and recall of the suggestions per kind over the
//! labelled corpus in DIR (`tests/suggest`), and how long 100 KB of text takes, per language;
//! `--verbose` also lists each fact suggested but not expected (`+`) or expected but missed (`-`).
//!
//! Exit status: 0 on success (a text that states no date gives a briefing without one); 1 when
//! the text is not UTF-8, is empty, or holds a control character; 2 on a usage error or a file
//! that cannot be read.

use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use briefing_explorer::model::suggest::draft::{draft_dataset, DraftError};
use briefing_explorer::model::suggest::evaluate::{load_corpus, score, table, total, Sample};
use briefing_explorer::model::suggest::{suggest, Language};

const USAGE: &str = "usage: draft SOURCE.txt [--language en|zh] [--dataset]
       draft --evaluate DIR [--verbose]
Prints the facts suggested from a briefing's text as JSON, or a draft dataset (--dataset);
--evaluate prints precision and recall over a labelled corpus, and the time for 100 KB.";

/// The size of text the timing measures, in bytes.
const TIMED_BYTES: usize = 100 * 1024;

fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    if arguments.is_empty()
        || arguments.iter().any(|argument| argument == "-h" || argument == "--help")
    {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    if arguments[0] == "--evaluate" {
        return match arguments.get(1) {
            Some(dir) => {
                evaluate(Path::new(dir), arguments.iter().any(|argument| argument == "--verbose"))
            }
            None => usage_error("--evaluate needs a directory"),
        };
    }
    let mut path = None;
    let mut language = None;
    let mut dataset = false;
    let mut rest = arguments.iter();
    while let Some(argument) = rest.next() {
        match argument.as_str() {
            "--dataset" => dataset = true,
            "--language" => match rest.next().and_then(|code| Language::from_code(code)) {
                Some(code) => language = Some(code),
                None => return usage_error("--language needs `en` or `zh`"),
            },
            option if option.starts_with("--") => {
                return usage_error(&format!("unknown option {option}"))
            }
            file if path.is_none() => path = Some(file.to_string()),
            _ => return usage_error("give one source file"),
        }
    }
    let Some(path) = path else { return usage_error("give a source file") };
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(error) => {
            eprintln!("{path}: cannot read the file: {error}");
            return ExitCode::from(2);
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let offset = error.utf8_error().valid_up_to();
            eprintln!("{path}: the text is not UTF-8 (the first invalid byte is at offset {offset}); save it as UTF-8 and try again");
            return ExitCode::FAILURE;
        }
    };
    if text.trim().is_empty() {
        eprintln!("{path}: the text is empty");
        return ExitCode::FAILURE;
    }
    let suggestions = suggest(&text, language);
    let json = if dataset {
        match draft_dataset(&text, &suggestions) {
            Ok(dataset) => serde_json::to_string_pretty(&dataset),
            Err(DraftError::EmptyText) => {
                eprintln!("{path}: the text is empty");
                return ExitCode::FAILURE;
            }
            Err(DraftError::ControlCharacter { offset }) => {
                eprintln!("{path}: the text holds a control character at character {offset}; a source text may contain only line breaks and tabs besides printable text");
                return ExitCode::FAILURE;
            }
        }
    } else {
        serde_json::to_string_pretty(&suggestions)
    };
    match json {
        // A closed pipe (`draft … | head`) is not worth a panic: the reader has what it wanted.
        Ok(json) => match writeln!(std::io::stdout().lock(), "{json}") {
            Ok(()) => ExitCode::SUCCESS,
            Err(_) => ExitCode::FAILURE,
        },
        Err(error) => {
            eprintln!("{path}: cannot write JSON: {error}");
            ExitCode::FAILURE
        }
    }
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("draft: {message}\n{USAGE}");
    ExitCode::from(2)
}

fn evaluate(dir: &Path, verbose: bool) -> ExitCode {
    let samples = match load_corpus(dir) {
        Ok(samples) => samples,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let held_out = samples.iter().filter(|sample| sample.labels.held_out).count();
    println!(
        "Suggestion quality over {} labelled texts in {} ({held_out} held out):\n",
        samples.len(),
        dir.display()
    );
    println!("{}", table(&total(&samples)));
    if verbose {
        for sample in &samples {
            for difference in score(sample).1 {
                println!("{difference}");
            }
        }
        println!();
    }
    for language in [Language::English, Language::Chinese] {
        if let Some((bytes, time)) = time_language(&samples, language) {
            println!(
                "{} text of {:.0} KB: {:.1} ms (median of 5 runs)",
                language.code(),
                bytes as f64 / 1024.0,
                time.as_secs_f64() * 1000.0
            );
        }
    }
    ExitCode::SUCCESS
}

/// The corpus texts of one language repeated to 100 KB, and the median time to suggest from it.
fn time_language(samples: &[Sample], language: Language) -> Option<(usize, Duration)> {
    let texts: Vec<&str> = samples
        .iter()
        .filter(|sample| sample.labels.language == Some(language))
        .map(|sample| sample.text.as_str())
        .collect();
    if texts.is_empty() {
        return None;
    }
    let mut text = String::new();
    for piece in texts.iter().cycle() {
        if text.len() >= TIMED_BYTES {
            break;
        }
        text.push_str(piece);
        text.push_str("\n\n");
    }
    let mut times: Vec<Duration> = (0..5)
        .map(|_| {
            let started = Instant::now();
            let suggestions = suggest(&text, Some(language));
            let elapsed = started.elapsed();
            std::hint::black_box(suggestions);
            elapsed
        })
        .collect();
    times.sort();
    Some((text.len(), times[2]))
}
