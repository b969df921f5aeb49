//! The suggestions run in the browser as they do natively: exact figures from Chinese and English
//! sentences, each quote exactly the text at its offsets; and how long 100 KB of text takes here
//! (printed for `make test`'s log and the README, never asserted: timings are noisy).

use briefing_explorer::model::suggest::{suggest, Fact};
use wasm_bindgen_test::*;

const ENGLISH: &str = include_str!("../suggest/en-hefei-solar.txt");
const CHINESE: &str = include_str!("../suggest/zh-changzhou-power.txt");

fn now_ms() -> f64 {
    web_sys::window().and_then(|window| window.performance()).map_or(0.0, |clock| clock.now())
}

#[wasm_bindgen_test]
fn chinese_and_english_capacities_are_exact_in_the_browser() {
    for (text, wanted) in [
        ("该项目年产84万套驱动电机。", 840_000.0),
        ("It has an annual output of 1.2 million tonnes of steel.", 1_200_000.0),
    ] {
        let suggestions = suggest(text, None).suggestions;
        let capacity = suggestions.iter().find_map(|suggestion| match &suggestion.fact {
            Fact::Capacity(measure) => Some((measure.value.to_f64(), suggestion)),
            _ => None,
        });
        let (value, suggestion) = capacity.unwrap_or_else(|| panic!("a capacity in {text:?}"));
        assert_eq!(value, wanted, "{text}");
        let at_offsets: String =
            text.chars().skip(suggestion.start).take(suggestion.end - suggestion.start).collect();
        assert_eq!(suggestion.quote, at_offsets);
    }
}

#[wasm_bindgen_test]
fn one_hundred_kilobytes_of_text_in_the_browser() {
    for (name, sample) in [("English", ENGLISH), ("Chinese", CHINESE)] {
        let mut text = String::new();
        while text.len() < 100 * 1024 {
            text.push_str(sample);
            text.push_str("\n\n");
        }
        // The rules' patterns are compiled on first use, once per page; the time that matters
        // for an editor is each later run, so the first one (on the sample) is timed apart.
        let start = now_ms();
        suggest(sample, None);
        let first_use = now_ms() - start;
        let start = now_ms();
        let suggestions = suggest(&text, None).suggestions;
        let elapsed = now_ms() - start;
        assert!(!suggestions.is_empty());
        console_log!(
            "suggestions in the browser: {name}, {} KB, {} suggestions, {elapsed:.1} ms (first use, patterns compiled: {first_use:.1} ms)",
            text.len() / 1024,
            suggestions.len()
        );
    }
}
