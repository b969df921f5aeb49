//! The `validate` command: one line when valid, every problem and exit 1 when not.

use std::process::Command;

fn validate(files: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_validate"))
        .args(files)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
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
fn an_invalid_file_lists_every_problem_and_exits_1() {
    let (code, _, stderr) = validate(&["tests/data/broken.json"]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines[0], "tests/data/broken.json: 3 problems");
    assert!(
        lines[1].contains("briefings[0].projects[0].industry: unknown industry `steel`"),
        "{stderr}"
    );
    assert!(
        lines[2].contains(
            "briefings[0].projects[1].capacity.value: expected a positive number, found -3"
        ),
        "{stderr}"
    );
    assert!(
        lines[3].contains("briefings[1].projects[0].quotes[0]: the quote is not verbatim"),
        "{stderr}"
    );
}

#[test]
fn usage_and_unreadable_files_exit_2() {
    assert_eq!(validate(&[]).0, 2);
    let (code, _, stderr) = validate(&["no/such/file.json"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("cannot read the file"), "{stderr}");
}
