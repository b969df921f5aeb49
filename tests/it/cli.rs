//! The `validate` command: one line per valid file, the capped problems and their count per
//! invalid one, every file checked, escaped output, exit 1 when any file failed.

use std::process::Command;

use briefing_explorer::model::checked_at_build::CheckedAtBuild;

/// Runs `validate` with `arguments` in the crate root: (exit code, stdout, stderr).
fn validate(arguments: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_validate"))
        .args(arguments)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the validate binary runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// A file under `target/` for one test, with these bytes.
fn scratch_file(name: &str, bytes: &[u8]) -> String {
    let directory = concat!(env!("CARGO_MANIFEST_DIR"), "/target/cli-test-files");
    std::fs::create_dir_all(directory).expect("target/ is writable");
    let path = format!("{directory}/{name}");
    std::fs::write(&path, bytes).expect("the scratch file is written");
    path
}

#[test]
fn valid_files_get_a_one_line_summary() {
    let (code, stdout, _) = validate(&["data/briefings.json", "tests/data/semiconductors.json"]);
    assert_eq!(code, 0);
    assert_eq!(
        stdout.lines().collect::<Vec<_>>(),
        [
            "data/briefings.json: valid: 1 briefing, 4 projects, 14 directives, 3 industries",
            "tests/data/semiconductors.json: valid: 2 briefings, 3 projects, 2 directives, 2 industries",
        ]
    );
}

#[test]
fn an_invalid_file_lists_its_problems_and_their_count_and_exits_1() {
    let (code, _, stderr) = validate(&["tests/data/broken.json"]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 5, "{stderr}");
    assert_eq!(lines[0], "tests/data/broken.json: 3 problems");
    // Each problem names the line its value is on in the file, written one field to a line.
    assert!(
        lines[1].contains(
            "Project “Tidewater fab” (briefings[0].projects[0].industry, line 65): unknown \
             industry `steel`"
        ),
        "{stderr}"
    );
    assert!(
        lines[2].contains(
            "(briefings[0].projects[1].capacity.value, line 95): expected a positive number, \
             found -3"
        ),
        "{stderr}"
    );
    assert!(
        lines[3]
            .contains("(briefings[1].projects[0].quotes[0], line 169): the quote is not verbatim"),
        "{stderr}"
    );
    assert_eq!(lines[4], "tests/data/broken.json: 3 problems", "the total again at the end");
}

#[test]
fn a_missing_file_is_reported_and_the_next_file_still_checked() {
    let (code, stdout, stderr) = validate(&["missing.json", "data/briefings.json"]);
    assert_eq!(code, 1);
    assert!(stderr.starts_with("missing.json: cannot read the file: "), "{stderr}");
    assert!(stderr.contains("1 of 2 files failed"), "{stderr}");
    assert!(stdout.starts_with("data/briefings.json: valid: "), "{stdout}");
}

#[test]
fn files_over_the_limit_are_refused_without_being_read() {
    let path = scratch_file("sparse-21mb.json", b"");
    // A sparse file: 21 MB long on paper, nothing to read, so only its size can refuse it.
    std::fs::File::options().write(true).open(&path).unwrap().set_len(21_000_000).unwrap();
    let (code, _, stderr) = validate(&[&path]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains(
            "The file is 21.0 MB; the limit is 20.0 MB. Split its briefings into several files."
        ),
        "{stderr}"
    );
    let (code, _, stderr) = validate(&["/dev/zero"]);
    assert_eq!(code, 1);
    assert_eq!(
        stderr.trim(),
        "/dev/zero: The file is larger than the limit of 20.0 MB. Split its briefings into several files."
    );
    let (code, _, stderr) = validate(&["tests"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("tests: this is not a file"), "{stderr}");
}

#[test]
fn values_from_a_file_are_printed_escaped() {
    let hostile = r#"{"industries": [{"id": "x\u001b[2J\ndata/briefings.json: valid", "label": "\u202eevil"}], "statuses": [], "briefings": []}"#;
    let path = scratch_file("hostile.json", hostile.as_bytes());
    let (code, stdout, stderr) = validate(&[&path]);
    assert_eq!(code, 1);
    assert_eq!(stdout, "");
    assert!(!stderr.contains('\u{1b}') && !stderr.contains('\u{202e}'), "{stderr:?}");
    assert!(stderr.contains("\\u{1b}[2J\\u{a}data/briefings.json: valid"), "{stderr}");
    assert!(stderr.lines().all(|line| !line.starts_with("data/briefings.json")), "{stderr}");
}

#[test]
fn usage_errors_exit_2_and_time_is_reported_on_request() {
    assert_eq!(validate(&[]).0, 2);
    let (code, _, stderr) = validate(&["--time", "data/briefings.json"]);
    assert_eq!(code, 0);
    assert!(stderr.starts_with("data/briefings.json: checked in "), "{stderr}");
    assert!(stderr.contains(" ms; the report is "), "{stderr}");
}

#[test]
fn the_record_lists_the_valid_files_by_name_with_their_size_and_fingerprint() {
    let record_path = scratch_file("record.json", b"");
    let (code, _, stderr) = validate(&[
        "--record",
        &record_path,
        "data/briefings.json",
        "tests/data/broken.json",
        "tests/data/semiconductors.json",
    ]);
    // The invalid file fails the run and is left out of the record; the valid ones are in it.
    assert_eq!(code, 1, "{stderr}");
    let record = CheckedAtBuild::from_json(&std::fs::read_to_string(&record_path).unwrap());
    let size = |path: &str| std::fs::metadata(path).unwrap().len() as usize;
    let mut expected = CheckedAtBuild::default();
    expected.record("briefings.json", &std::fs::read("data/briefings.json").unwrap());
    expected
        .record("semiconductors.json", &std::fs::read("tests/data/semiconductors.json").unwrap());
    assert_eq!(record, expected);
    assert!(record.sha256_for("briefings.json", size("data/briefings.json")).is_some());
    assert_eq!(record.sha256_for("broken.json", size("tests/data/broken.json")), None);
    // Files are known by their name in the site's data folder, not by the path given.
    assert_eq!(record.sha256_for("data/briefings.json", size("data/briefings.json")), None);
}

#[test]
fn the_record_option_needs_its_file_and_a_record_that_cannot_be_written_fails_the_run() {
    assert_eq!(validate(&["data/briefings.json", "--record"]).0, 2);
    let (code, _, stderr) =
        validate(&["--record", "target/no-such-folder/record.json", "data/briefings.json"]);
    assert_eq!(code, 1);
    assert!(
        stderr.starts_with("cannot write the record target/no-such-folder/record.json: "),
        "{stderr}"
    );
}

#[test]
fn a_site_index_is_checked_as_the_page_reads_it_with_its_files_looked_for() {
    let (code, stdout, _) = validate(&["data/index.json"]);
    assert_eq!(code, 0);
    assert_eq!(stdout, "data/index.json: valid: the site's list of datasets (1)\n");

    // A byte-order mark is fine; a mistyped key, a file not beside it and a trailing comma are not.
    let directory = concat!(env!("CARGO_MANIFEST_DIR"), "/target/cli-test-files/site");
    std::fs::create_dir_all(directory).expect("target/ is writable");
    std::fs::write(format!("{directory}/here.json"), "{}").expect("the scratch file is written");
    let index = format!("{directory}/index.json");
    let write = |text: &str| std::fs::write(&index, text).expect("the scratch index is written");
    write("\u{feff}{\"datasets\": [{\"file\": \"here.json\", \"title\": \"Here\"}]}");
    assert_eq!(validate(&[&index]).0, 0);
    write(
        r#"{"datasets": [{"file": "here.json", "name": "Here"}, {"file": "gone.json", "title": "Gone"}]}"#,
    );
    let (code, _, stderr) = validate(&[&index]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines[0], format!("{index}: problems in the site's list of datasets:"));
    assert!(
        lines[1].contains("data/index.json: entry 1 is left out (unknown field `name`"),
        "{stderr}"
    );
    assert!(
        lines[2].ends_with("data/index.json lists “gone.json”, which is not in its folder"),
        "{stderr}"
    );
    // A title saved as Windows-1252 ("café"): the validator names the encoding, as the page does.
    std::fs::write(&index, b"{\"datasets\": [{\"file\": \"here.json\", \"title\": \"caf\xe9\"}]}")
        .expect("the scratch index is written");
    let (code, _, stderr) = validate(&[&index]);
    assert_eq!(code, 1);
    assert!(stderr.contains("data/index.json is not UTF-8 from byte 50 on"), "{stderr}");
    write("{\"datasets\": [{\"file\": \"here.json\", \"title\": \"Here\"},]}");
    let (code, _, stderr) = validate(&[&index]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("data/index.json could not be read (trailing comma at line 1"),
        "{stderr}"
    );
}
