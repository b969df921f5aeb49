//! The `draft` command: suggestions as JSON, a draft dataset, and clear errors for bad input.

use std::process::Command;

use briefing_explorer::model::validate::parse_dataset;

fn draft(arguments: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_draft"))
        .args(arguments)
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
fn the_command_prints_suggestions_as_json() {
    let (code, stdout, _) = draft(&["data/source/000_e3b84b1c175dd032.txt"]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["language"], "en");
    let capacity = json["suggestions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|suggestion| suggestion["kind"] == "capacity")
        .unwrap();
    assert_eq!(capacity["value"], 840000);
    assert_eq!(capacity["unit"], "sets");
    assert_eq!(capacity["period"], "year");
    assert_eq!(capacity["of"], "drive motors and electric assembly core parts");
    assert_eq!(
        capacity["quote"],
        "annual output of 840,000 sets of drive motors and electric assembly core parts"
    );
    assert!(capacity["project"].as_str().unwrap().starts_with("BYD's annual output"));
    assert!(capacity.get("start").is_some() && capacity.get("end").is_some());

    let (code, stdout, _) = draft(&["tests/suggest/zh-nanjing-motors.txt", "--language", "zh"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("\"unit\": \"套\""), "{stdout}");
}

#[test]
fn the_command_prints_a_draft_dataset_that_validates() {
    let (code, stdout, _) = draft(&["tests/suggest/zh-jiangbei-vaccines.txt", "--dataset"]);
    assert_eq!(code, 0);
    let dataset = parse_dataset(&stdout).expect("the draft validates");
    assert_eq!(dataset.briefings[0].projects.len(), 3);
}

#[test]
fn bad_input_gets_a_clear_error_and_exit_1() {
    let directory = std::env::temp_dir().join(format!("draft-cli-{}", std::process::id()));
    std::fs::create_dir_all(&directory).unwrap();
    let not_utf8 = directory.join("latin1.txt");
    std::fs::write(&not_utf8, b"Mayor visits the caf\xe9 plant").unwrap();
    let empty = directory.join("empty.txt");
    std::fs::write(&empty, "  \n").unwrap();
    // A text that states no date gives a dataset whose briefing has none.
    let no_date = directory.join("no-date.txt");
    std::fs::write(&no_date, "The mayor visited the Foo plant.").unwrap();
    let (code, stdout, _) = draft(&[no_date.to_str().unwrap(), "--dataset"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("\"briefings\"") && !stdout.contains("\"date\""), "{stdout}");
    for (path, arguments, message) in
        [(&not_utf8, Vec::<&str>::new(), "not UTF-8"), (&empty, vec![], "the text is empty")]
    {
        let mut all = vec![path.to_str().unwrap()];
        all.extend(arguments);
        let (code, stdout, stderr) = draft(&all);
        assert_eq!(code, 1, "{path:?}");
        assert!(stdout.is_empty());
        assert!(stderr.contains(message), "{stderr}");
    }
    std::fs::remove_dir_all(&directory).unwrap();
    assert_eq!(draft(&[]).0, 2);
    assert_eq!(draft(&["x.txt", "--language", "fr"]).0, 2);
    assert_eq!(draft(&["no/such/file.txt"]).0, 2);
}
