//! Property tests: no input makes the validator panic, the quote index agrees with a plain
//! search, and the number suggested for a number written as text is the number a JSON reader
//! reads from that text.

use briefing_explorer::model::text::contains_normalised;
use proptest::prelude::*;
use serde_json::{json, Value};

use super::{edited, minimal_dataset, report_for};
use crate::support::bundled_text;

fn arbitrary_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>().prop_filter_map("finite", |number| serde_json::Number::from_f64(number)
            .map(Value::Number)),
        any::<i64>().prop_map(|number| json!(number)),
        "[a-z -]{0,12}".prop_map(Value::String),
        prop_oneof![Just("city-wide"), Just("byd"), Just("new-energy"), Just("year"), Just("sets")]
            .prop_map(|word| json!(word)),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        let keys = prop_oneof![
            Just("industries"),
            Just("statuses"),
            Just("briefings"),
            Just("id"),
            Just("label"),
            Just("projects"),
            Just("capacity"),
            Just("value"),
            Just("unit"),
            Just("period"),
            Just("quote"),
            Just("quotes"),
            Just("scope"),
            Just("source"),
            Just("text"),
            Just("date"),
        ]
        .prop_map(String::from);
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::btree_map(keys, inner, 0..6)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        let _ = report_for(&bytes);
    }

    #[test]
    fn never_panics_on_arbitrary_json(value in arbitrary_json()) {
        let _ = report_for(value.to_string().as_bytes());
    }

    #[test]
    fn never_panics_on_mutated_bundled_data(cut in 0usize..40_000, insert in "[\\[\\]{}\",:0-9a-z\\\\]{0,3}") {
        let mut text = bundled_text();
        let cut = cut.min(text.len());
        if text.is_char_boundary(cut) {
            text.insert_str(cut, &insert);
        }
        let _ = report_for(text.as_bytes());
    }

    #[test]
    fn never_panics_on_mutated_bytes(cut in 0usize..40_000, byte in any::<u8>()) {
        let mut bytes = bundled_text().into_bytes();
        let cut = cut.min(bytes.len().saturating_sub(1));
        bytes[cut] = byte;
        let _ = report_for(&bytes);
    }

    /// Small alphabets make quotes overlap, repeat and end inside one another, which is where an
    /// Aho–Corasick trie's fail links matter.
    #[test]
    fn quote_index_agrees_with_a_plain_search(
        source in "[ab \n]{1,60}",
        quotes in prop::collection::vec("[ab ]{1,9}", 1..12),
    ) {
        let mut dataset = minimal_dataset(&source);
        dataset["briefings"][0]["quotes"] = json!(quotes);
        let report = report_for(dataset.to_string().as_bytes());
        for (index, quote) in quotes.iter().enumerate() {
            let path = format!("briefings[0].quotes[{index}]");
            let reported = report.shown().any(|problem| problem.location.path() == Some(path.as_str()));
            prop_assert_eq!(reported, !contains_normalised(&source, quote), "quote {:?} in {:?}", quote, source);
        }
    }

    #[test]
    fn a_suggested_number_reads_as_the_text_does(
        text in "[-+]?[0-9]{0,20}(\\.[0-9]{0,20})?([eE][-+]?[0-9]{1,3})?",
    ) {
        let path = "briefings[0].projects[2].capacity.value";
        let file = edited(|v| v["briefings"][0]["projects"][2]["capacity"]["value"] = json!(text));
        let report = report_for(&file);
        let message = report
            .shown()
            .find(|problem| problem.location.path() == Some(path))
            .map(|problem| problem.message.clone())
            .expect("a number written as text is a problem");
        let suggestion = message.split_once(", as ").map(|(_, number)| number.to_string());
        // What the standard library reads from the same text: the JSON reader's f64.
        match (suggestion, text.parse::<f64>()) {
            (Some(number), Ok(value)) => {
                prop_assert!(serde_json::from_str::<f64>(&number).is_ok(), "{number} is JSON");
                prop_assert_eq!(number.parse::<f64>().ok(), Some(value), "{} from {}", number, text);
            }
            (Some(number), Err(_)) => prop_assert!(false, "{number} suggested for {text:?}"),
            // No suggestion only for what no JSON number holds: infinite, or read as zero.
            (None, Ok(value)) => prop_assert!(
                !value.is_finite() || (value == 0.0 && text.contains(|c: char| ('1'..='9').contains(&c))),
                "no suggestion for {text:?}"
            ),
            (None, Err(_)) => {}
        }
    }

    /// Quotes of figures, numerals, bound words and wide characters in any order: the figure and
    /// bound check never panics (a bound word's neighbours are looked at by byte), and takes a
    /// figure in digits that the quote writes.
    #[test]
    fn the_capacity_check_reads_any_quote(
        quote in "[0-9０-９,. 万亿十百千一二两余多约签近上下游超不过😀a-z-]{1,40}",
        figure in 1u32..1_000_000,
        bound in prop::sample::select(vec!["about", "more-than", "nearly", "up-to", "at-least", "less-than"]),
    ) {
        let sentence = format!("{quote} {figure} tons.");
        let mut dataset = minimal_dataset(&sentence);
        dataset["briefings"][0]["projects"][0]["capacity"] =
            json!({"value": figure, "unit": "tons", "period": "year", "bound": bound, "quote": sentence});
        let report = report_for(dataset.to_string().as_bytes());
        let path = "briefings[0].projects[0].capacity.value";
        let figure_refused = report.shown().any(|problem| problem.location.path() == Some(path));
        // The figure is read whole unless the quote's end runs into it (a digit, a decimal
        // point or a letter right before the space only joins it when it is a separator).
        let stands_alone = !quote.ends_with(|c: char| c.is_ascii_digit() || matches!(c, ',' | '.') || ('０'..='９').contains(&c));
        prop_assert!(!(figure_refused && stands_alone), "{:?}", report);
    }
}
