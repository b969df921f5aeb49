//! A capacity is a fact of its quote: its figure is one the quote writes, as written or scaled by
//! the scale word after it, and its bound is said by one of the bound's words next to that
//! figure. Anything else is refused, naming the figures or words the quote has.

use briefing_explorer::model::dataset::Dataset;
use briefing_explorer::model::schema::dataset_schema;
use briefing_explorer::model::strings::validation::{ValidationStrings, EN, EN_FORM, ZH};
use briefing_explorer::model::validate::{check_draft, parse_dataset_bytes, ProblemKind, Report};
use serde_json::{json, Value};

use super::{minimal_dataset, report_for, unplaced, with_byd_figure};

const VALUE_PATH: &str = "briefings[0].projects[0].capacity.value";
const BOUND_PATH: &str = "briefings[0].projects[0].capacity.bound";

/// A dataset whose one project has a capacity of `value` in `unit` (and `bound`, if any),
/// quoting `sentence`, the whole of its source.
fn with_capacity(sentence: &str, value: Value, unit: &str, bound: Option<&str>) -> Vec<u8> {
    let mut dataset = minimal_dataset(sentence);
    let mut capacity = json!({"value": value, "unit": unit, "period": "year", "quote": sentence});
    if let Some(bound) = bound {
        capacity["bound"] = json!(bound);
    }
    dataset["briefings"][0]["projects"][0]["capacity"] = capacity;
    dataset.to_string().into_bytes()
}

/// The messages of the problems of `kind` in the report for `file`, in `strings`' language.
fn messages(file: &[u8], kind: ProblemKind, strings: &ValidationStrings) -> Vec<String> {
    let report: Report = parse_dataset_bytes(file, strings).err().unwrap_or_default();
    let group = report.groups.iter().find(|group| group.kind == kind);
    group.map_or_else(Vec::new, |group| {
        group
            .shown
            .iter()
            .map(|problem| format!("{}: {}", unplaced(&problem.location), problem.message))
            .collect()
    })
}

fn figure_problems(sentence: &str, value: Value, unit: &str) -> Vec<String> {
    messages(&with_capacity(sentence, value, unit, None), ProblemKind::FigureNotInQuote, &EN)
}

fn bound_problems(sentence: &str, value: Value, bound: &str) -> Vec<String> {
    messages(
        &with_capacity(sentence, value, "tons", Some(bound)),
        ProblemKind::BoundNotInQuote,
        &EN,
    )
}

#[test]
fn a_figure_the_quote_writes_passes_scaled_or_with_its_scale_in_the_unit() {
    for (sentence, value, unit) in [
        ("It makes 840,000 sets a year.", json!(840000), "sets"),
        ("It makes 840 000 sets a year.", json!(840000), "sets"),
        ("It makes 840\u{A0}000 sets a year.", json!(840000), "sets"),
        ("It makes 1.2 million tons a year.", json!(1200000), "tons"),
        ("It makes 1.2 Million tons a year.", json!(1200000), "tons"),
        ("It makes 1.2 million tons a year.", json!(1.2), "million tons"),
        ("It makes 3.5GW a year.", json!(3.5), "GW"),
        ("It makes sixty thousand tons a year.", json!(60000), "tons"),
        ("It makes sixty thousand tons a year.", json!(60), "thousand tons"),
        ("It makes two hundred and fifty thousand tons a year.", json!(250000), "tons"),
        ("It makes forty-five million tons a year.", json!(45000000), "tons"),
        ("It makes 84.07 tons a year.", json!(84.07), "tons"),
        ("年产84万套驱动电机。", json!(840000), "套"),
        ("年产84万套驱动电机。", json!(84), "万套"),
        ("年产８４万套驱动电机。", json!(840000), "套"),
        ("年产1.2亿元。", json!(120000000), "元"),
        ("年产20余万吨。", json!(200000), "吨"),
        ("年产20余万吨。", json!(20), "万吨"),
        ("年产6万余吨。", json!(60000), "吨"),
        ("年产六万吨镁合金。", json!(60000), "吨"),
        ("年产六万吨镁合金。", json!(6), "万吨"),
        ("年产八十四万套。", json!(840000), "套"),
        ("年产两千五百吨。", json!(2500), "吨"),
        ("年产一亿二千万元。", json!(120000000), "元"),
        ("年产两千万元。", json!(20000000), "元"),
        ("年产两千万元。", json!(2000), "万元"),
        ("年产一万亿元。", json!(1_000_000_000_000u64), "元"),
        ("年产十五万吨。", json!(150000), "吨"),
        ("It will invest RMB1.5 billion.", json!(1500000000u64), "yuan"),
        ("It makes 1.5mn tons a year.", json!(1500000), "tons"),
        ("It makes 20k units a year.", json!(20000), "units"),
        // A figure of a year's digits that no date word surrounds is a figure.
        ("It has a capacity of 2000 sets a year.", json!(2000), "sets"),
        ("年产2000吨。", json!(2000), "吨"),
        ("By 2025 it makes 2024 sets.", json!(2024), "sets"),
        // A day ends its word: "March 20t" is a figure run into its unit, as the suggestions
        // read it.
        ("Output in March 20t of ore.", json!(20), "t"),
        // A range's lower end without a scale word shares the higher end's: 5至6万 is 50,000 to
        // 60,000, "1.5 to 2 million" 1.5 million to 2 million.
        ("年产5至6万吨。", json!(50000), "吨"),
        ("年产5至6万吨。", json!(5), "万吨"),
        ("年产3-5万吨。", json!(30000), "吨"),
        ("It makes 1.5 to 2 million tons a year.", json!(1500000), "tons"),
        // A lower end written whole keeps its value: 800,000 to 1.2 million, 5000-1.2万.
        ("It makes 800,000 to 1.2 million tons a year.", json!(800000), "tons"),
        ("年产5000-1.2万吨。", json!(5000), "吨"),
        ("It makes between 1.5 and 2 million tons a year.", json!(1500000), "tons"),
    ] {
        assert_eq!(
            figure_problems(sentence, value.clone(), unit),
            Vec::<String>::new(),
            "{sentence} {value} {unit}"
        );
    }
}

#[test]
fn a_figure_the_quote_does_not_write_is_refused_naming_the_quotes_figures() {
    for (sentence, value, unit, figures) in [
        ("It makes 840,000 sets a year.", json!(850000), "sets", "`840,000`"),
        // A figure worked out from the text is not one it states.
        ("Two lines of 30,000 tons each.", json!(60000), "tons", "`30,000`"),
        ("年产84万套，2024年投产。", json!(8400), "套", "`84万`"),
        // A year or a number that orders is no figure of a capacity.
        ("年产84万套，2024年投产。", json!(2024), "套", "`84万`"),
        ("In 2024, it made 840,000 sets.", json!(2024), "sets", "`840,000`"),
        ("On March 5, 2024, it made 840,000 sets.", json!(2024), "sets", "`840,000`"),
        ("On March 5th it made 840,000 sets.", json!(5), "sets", "`840,000`"),
        ("Phase 2 makes 840,000 sets a year.", json!(2), "sets", "`840,000`"),
        ("二期年产6万吨，1号线已投产。", json!(1), "吨", "`6万`"),
        ("3月5日，年产6万吨。", json!(5), "吨", "`6万`"),
        // A figure without its scale, where the unit does not carry the scale either, is ten
        // thousand or a million times too small.
        ("年产84万套驱动电机。", json!(84), "套", "`84万`"),
        ("It makes 1.2 million tons a year.", json!(1.2), "tons", "`1.2 million`"),
        ("年产六万吨镁合金。", json!(6), "吨", "`六万`"),
        ("It makes 84.07 tons a year.", json!(84.7), "tons", "`84.07`"),
        // Short scale words count: 1.5mn tons is not 1.5 tons, RMB1.5 billion not 5 billion.
        ("It makes 1.5mn tons a year.", json!(1.5), "tons", "`1.5mn`"),
        ("It will invest RMB1.5 billion.", json!(5000000000u64), "yuan", "`1.5 billion`"),
        // 5至6万 starts at 50,000, not 5.
        ("年产5至6万吨。", json!(5), "吨", "`5 (5万)`, `6万`"),
        ("It makes 1.5 to 2 million tons.", json!(1.5), "tons", "`1.5 (1.5 million)`, `2 million`"),
    ] {
        let problems = figure_problems(sentence, value.clone(), unit);
        assert_eq!(problems.len(), 1, "{sentence} {value}: {problems:?}");
        assert!(problems[0].contains(VALUE_PATH), "{problems:?}");
        assert!(
            problems[0].contains(&format!(
                "the quote does not state the figure `{value}`; its figures are {figures}:"
            )),
            "{problems:?}"
        );
    }
    // A quote with no figure at all says so, not that its figures are none; 一 and "one" are
    // not named as figures.
    for sentence in ["Construction goes on at one site.", "项目进一步加快建设。"] {
        let problems = figure_problems(sentence, json!(5), "tons");
        assert_eq!(problems.len(), 1, "{sentence}: {problems:?}");
        assert!(
            problems[0].contains("the quote states no figure, so `5` is not from the text"),
            "{problems:?}"
        );
    }
}

#[test]
fn a_bound_the_quote_says_passes() {
    for (sentence, value, bound) in [
        ("It makes more than 840,000 sets a year.", json!(840000), "more-than"),
        ("It makes over 840,000 sets a year.", json!(840000), "more-than"),
        ("It makes nearly 5 GW a year.", json!(5), "nearly"),
        ("It makes 840,000 sets or more a year.", json!(840000), "at-least"),
        ("It makes 5 GW or so a year.", json!(5), "about"),
        ("It makes About 5 GW a year.", json!(5), "about"),
        ("年产超过84万套。", json!(840000), "more-than"),
        ("年产5万吨以上。", json!(50000), "more-than"),
        ("年产20余万吨。", json!(200000), "more-than"),
        ("年产200多台。", json!(200), "more-than"),
        ("年产约6万吨。", json!(60000), "about"),
        ("年产不超过6万吨。", json!(60000), "up-to"),
        ("It makes exceeding 5 GW a year.", json!(5), "more-than"),
        ("It makes as many as 5 GW a year.", json!(5), "up-to"),
        ("It makes a minimum of 5 GW a year.", json!(5), "at-least"),
    ] {
        assert_eq!(
            bound_problems(sentence, value.clone(), bound),
            Vec::<String>::new(),
            "{sentence} {bound}"
        );
    }
}

#[test]
fn a_bound_the_quote_does_not_say_is_refused_naming_its_words() {
    for (sentence, value, bound, words) in [
        (
            "It makes 840,000 sets a year.",
            json!(840000),
            "more-than",
            "`more than`, `just over`, `over`",
        ),
        // "Moreover" holds no "over".
        ("Moreover, it makes 840,000 sets a year.", json!(840000), "more-than", "`more than`"),
        // 签约 is "signed", not 约; 多家 is "several", not 多.
        (
            "签约年产6万吨项目。",
            json!(60000),
            "about",
            "`大约`, `约合人民币`, `约合`, `约`, `左右`",
        ),
        ("多家企业年产6万吨。", json!(60000), "more-than", "`超过`"),
        ("带动上下游年产6万吨。", json!(60000), "about", "`约`, `左右` and 1 more"),
        // Words that only look like bounds: 按照约定 ("as agreed"), 近年来 ("in recent years").
        ("按照约定年产6万吨。", json!(60000), "about", "`约`"),
        ("近年来年产6万吨。", json!(60000), "nearly", "`近`"),
    ] {
        let problems = bound_problems(sentence, value, bound);
        assert_eq!(problems.len(), 1, "{sentence} {bound}: {problems:?}");
        assert!(problems[0].contains(BOUND_PATH), "{problems:?}");
        assert!(
            problems[0].contains(&format!(
                "the quote does not say `{bound}` next to the figure: none of "
            )),
            "{problems:?}"
        );
        assert!(problems[0].contains(words), "{sentence}: {problems:?}");
    }
}

/// A quote that says another bound than the one given is answered with that bound and its words
/// as the quote writes them, not with the advice to leave `bound` out, which would make its
/// figure exact.
#[test]
fn a_bound_other_than_the_quotes_is_answered_with_the_quotes() {
    for (sentence, value, bound, said, words) in [
        // "no more than" is up to, not more than; 不超过 is up to, not 超过, and its 不超 is
        // part of it, not a word of its own.
        (
            "It makes no more than 840,000 sets a year.",
            json!(840000),
            "more-than",
            "up-to",
            "`no more than`",
        ),
        ("It makes nearly 5 GW a year.", json!(5), "about", "nearly", "`nearly`"),
        ("年产不超过6万吨。", json!(60000), "more-than", "up-to", "`不超过`"),
        // 以内 ("within") is at most: a publisher read it as less than.
        ("年产能控制在6万吨以内。", json!(60000), "less-than", "up-to", "`以内`"),
    ] {
        let problems = bound_problems(sentence, value, bound);
        assert_eq!(
            problems,
            [format!(
                "Project “ACME” ({BOUND_PATH}): the quote says `{said}` of the figure ({words}), \
                 not `{bound}`: set `bound` to `{said}`"
            )],
            "{sentence}"
        );
    }
}

/// The words the published schema lists for each bound (`briefing.schema.json`, from the doc
/// comments on `Bound`) are words the check reads as that bound: a publisher who writes the
/// bound the schema names for 以内 is not refused.
#[test]
fn the_schemas_words_for_each_bound_are_the_checks() {
    let schema = serde_json::to_value(dataset_schema()).expect("the schema is JSON");
    let variants = schema["$defs"]["Bound"]["oneOf"].as_array().expect("the bounds are listed");
    assert_eq!(variants.len(), 6);
    for variant in variants {
        let bound = variant["const"].as_str().expect("each bound is a word");
        let description = variant["description"].as_str().expect("each bound is described");
        let (english, chinese) = description.split_once(';').expect("English; Chinese.");
        let english = english.split(',').map(|word| word.trim().trim_matches('"'));
        let chinese = chinese.trim().trim_end_matches('.').split(',').map(str::trim);
        let placed = english
            .map(|word| {
                vec![
                    format!("It makes {word} 5,000 tons a year."),
                    format!("It makes 5,000 tons {word} a year."),
                ]
            })
            .chain(chinese.map(|word| {
                vec![
                    format!("年产{word}5000吨。"),
                    format!("年产5000{word}吨。"),
                    format!("年产5000吨{word}。"),
                ]
            }));
        for sentences in placed {
            assert!(
                sentences
                    .iter()
                    .any(|sentence| bound_problems(sentence, json!(5000), bound).is_empty()),
                "{bound}: neither {sentences:?} passes"
            );
        }
    }
}

#[test]
fn the_messages_speak_the_readers_language_and_the_forms_terms() {
    let file = with_capacity("年产84万套驱动电机。", json!(850000), "sets", Some("more-than"));
    let figure = messages(&file, ProblemKind::FigureNotInQuote, &ZH);
    assert!(figure[0].contains("引文中没有数字 “850000”，引文中的数字为 “84万”"), "{figure:?}");
    let bound = messages(&file, ProblemKind::BoundNotInQuote, &ZH);
    assert!(
        bound[0].contains("引文中数字前后没有表示“more-than”的词（“超过”、“多于”、“逾”"),
        "{bound:?}"
    );
    // The editor's list names the field by its label, and says what to do in the form.
    let draft: Dataset = serde_json::from_slice(&file).expect("the types fit");
    let report = check_draft(&draft, &EN_FORM).expect_err("two problems");
    let lines: Vec<&str> = report.shown().map(|problem| problem.message.as_str()).collect();
    assert!(
        lines
            .iter()
            .any(|line| line
                .starts_with("the quote does not state “850000”; its figures are “84万”")),
        "{lines:?}"
    );
    assert!(
        lines.iter().any(|line| line.starts_with(
            "the quote has none of the words that give this bound next to the figure (“超过”"
        )),
        "{lines:?}"
    );
}

/// A capacity given as exact whose quote bounds its figure with the words the suggestions
/// read misstates it: "more than 840,000 sets" is not 840,000 sets. The problem names the bound
/// and its words, in the file's terms, in Chinese and in the editor's.
#[test]
fn a_bound_the_quote_says_with_the_suggestions_words_must_be_given() {
    for (sentence, value, unit, bound, words) in [
        (
            "The plant will produce more than 840,000 sets a year.",
            json!(840000),
            "sets",
            "more-than",
            "more than",
        ),
        ("年产能超过84万套。", json!(840000), "套", "more-than", "超过"),
        ("年产20余万吨。", json!(200000), "吨", "more-than", "余"),
        ("It makes 840,000 sets or more a year.", json!(840000), "sets", "at-least", "or more"),
        ("年产5万吨以上。", json!(50000), "吨", "more-than", "以上"),
        ("The line makes about 5 GW a year.", json!(5), "GW", "about", "about"),
        // A Chinese quote with a unit in Latin letters is read in Chinese.
        ("项目年产能约10GW。", json!(10), "GW", "about", "约"),
        ("项目年产能10GW以上。", json!(10), "GW", "more-than", "以上"),
        ("年产840,000 余吨。", json!(840000), "吨", "more-than", "余"),
    ] {
        let file = with_capacity(sentence, value.clone(), unit, None);
        let problems = messages(&file, ProblemKind::BoundNotInQuote, &EN);
        assert_eq!(problems.len(), 1, "{sentence}: {problems:?}");
        assert!(problems[0].contains(BOUND_PATH), "{problems:?}");
        let expected = format!("the quote says `{bound}` of the figure (`{words}`)");
        assert!(problems[0].contains(&expected), "{sentence}: {problems:?}");
        // Given, the bound passes.
        let given = with_capacity(sentence, value.clone(), unit, Some(bound));
        let report = parse_dataset_bytes(&given, &EN).err().unwrap_or_default();
        assert_eq!(report.total, 0, "{sentence} {bound}: {report:?}");
    }
    let file = with_capacity("年产能超过84万套。", json!(840000), "套", None);
    let chinese = messages(&file, ProblemKind::BoundNotInQuote, &ZH);
    assert!(chinese[0].contains("引文说的是“more-than”（“超过”）"), "{chinese:?}");
    let draft: Dataset = serde_json::from_slice(&file).expect("the types fit");
    let report = check_draft(&draft, &EN_FORM).expect_err("one problem");
    let lines: Vec<&str> = report.shown().map(|problem| problem.message.as_str()).collect();
    assert_eq!(
        lines,
        ["the quote says “超过” of the figure: choose that in the list beside the figure, or quote a sentence that gives the figure exactly"]
    );
}

/// Left out, a bound is asked for only where the suggestions would have read it, at every place
/// the quote writes the figure in its unit: not for a range's end, "top", words that bound
/// another figure of the same value, or words after something else than the unit.
#[test]
fn a_bound_left_out_is_asked_for_only_where_the_suggestions_read_one() {
    for (sentence, value, unit) in [
        ("About 5000 staff make 5000 tons a year.", json!(5000), "tons"),
        ("The lines make 3-5 GW a year.", json!(5), "GW"),
        ("Capacity is expected to top 5 GW by the end of the year.", json!(5), "GW"),
        ("年产84万套项目以上。", json!(840000), "套"),
        ("The plant makes 60,000 tons a year, up 5 percent.", json!(60000), "tons"),
        ("It makes 840,000 sets a year.", json!(840000), "sets"),
        // Words of another phrase (helper-66's probe): a verb's "up", a noun's "over" or
        // "about", "built around", a phrase going on after "or more" or "or so", a longer word.
        ("Output will ramp up to 60,000 tons a year by 2026.", json!(60000), "tons"),
        ("Output went up to 10 GW last year.", json!(10), "GW"),
        ("The new line will grow capacity up to 60,000 tons a year.", json!(60000), "tons"),
        ("Talks over 60,000 tons of supply went on.", json!(60000), "tons"),
        ("There were questions about 60,000 tons a year of output.", json!(60000), "tons"),
        ("The plant is built around 5 GW of cells.", json!(5), "GW"),
        ("It makes 60,000 tons, or more precisely 60,480, a year.", json!(60000), "tons"),
        ("It will make 840,000 sets a year, or so the company says.", json!(840000), "sets"),
        ("It makes 5 GW and above-average cells.", json!(5), "GW"),
        ("年产5万吨以上游锂矿为原料。", json!(50000), "吨"),
        ("年产能10GW以下游电站需求为导向。", json!(10), "GW"),
        ("创历史最高5万吨。", json!(50000), "吨"),
        ("新近5万吨产线投产。", json!(50000), "吨"),
        ("如约5万吨产线投产。", json!(50000), "吨"),
        ("年产1万多肽药物。", json!(10000), "吨"),
    ] {
        let file = with_capacity(sentence, value.clone(), unit, None);
        let report = parse_dataset_bytes(&file, &EN).err().unwrap_or_default();
        assert_eq!(report.total, 0, "{sentence}: {report:?}");
    }
}

#[test]
fn the_bundled_capacities_state_their_figures_and_a_changed_one_is_caught() {
    assert_eq!(report_for(&with_byd_figure("840000", "840,000")).total, 0);
    let report = report_for(&with_byd_figure("850000", "840,000"));
    assert_eq!(report.total, 1, "{report:?}");
    assert_eq!(report.groups[0].kind, ProblemKind::FigureNotInQuote);
}

#[test]
fn a_bound_word_away_from_the_figure_is_no_bound_of_it() {
    for (sentence, value, bound) in [
        // The bound's words are in the quote, but about a year, a state or another figure.
        ("Over the past year, the plant made 840,000 sets.", json!(840000), "more-than"),
        ("Lines of 840,000 sets are under construction.", json!(840000), "less-than"),
        ("More than 30 firms make 840,000 sets a year.", json!(840000), "more-than"),
        ("It makes 840,000 sets a year, about twice as many as in 2020.", json!(840000), "about"),
        ("About 30 firms make 840,000 sets a year.", json!(840000), "about"),
        // "over" after a verb it belongs to, and "up to" as a total reached.
        ("It handed over 840,000 sets.", json!(840000), "more-than"),
        ("It brought total capacity up to 840,000 sets.", json!(840000), "up-to"),
        // "or more" after another figure is that figure's.
        ("It makes 840,000 sets and 60,000 tons or more a year.", json!(840000), "at-least"),
        ("超过30家企业年产84万套。", json!(840000), "more-than"),
        ("年产84万套，约占全省一半。", json!(840000), "about"),
        ("年产84万套、6万吨以上。", json!(840000), "more-than"),
    ] {
        let problems = bound_problems(sentence, value, bound);
        assert_eq!(problems.len(), 1, "{sentence} {bound}: {problems:?}");
        assert!(problems[0].contains(BOUND_PATH), "{problems:?}");
    }
}

#[test]
fn a_bound_after_the_figures_unit_and_period_is_its_own() {
    for (sentence, value, bound) in [
        ("It makes 840,000 sets of cast parts a year or more.", json!(840000), "at-least"),
        ("It makes 840,000 sets, or more, a year.", json!(840000), "at-least"),
        ("It makes more than sixty thousand tons a year.", json!(60000), "more-than"),
        ("年产5万吨/年以上。", json!(50000), "more-than"),
        ("年产84万套驱动电机以上。", json!(840000), "more-than"),
        ("年产6万吨左右。", json!(60000), "about"),
        ("年产6万余吨。", json!(60000), "more-than"),
        ("年产超过六万吨。", json!(60000), "more-than"),
    ] {
        assert_eq!(bound_problems(sentence, value, bound), Vec::<String>::new(), "{sentence}");
    }
}

#[test]
fn a_wrong_figure_whose_bound_the_quote_says_is_one_problem() {
    let file = with_capacity(
        "It makes more than 840,000 sets a year.",
        json!(850000),
        "sets",
        Some("more-than"),
    );
    assert_eq!(messages(&file, ProblemKind::FigureNotInQuote, &EN).len(), 1);
    assert_eq!(messages(&file, ProblemKind::BoundNotInQuote, &EN), Vec::<String>::new());
    // A quote with no figure at all has the one problem that says so.
    let file = with_capacity("More than ever, it makes sets.", json!(5), "sets", Some("more-than"));
    assert_eq!(messages(&file, ProblemKind::FigureNotInQuote, &EN).len(), 1);
    assert_eq!(messages(&file, ProblemKind::BoundNotInQuote, &EN), Vec::<String>::new());
}

/// From a probe of 321 realistic sentences (helper-63): bounds written as news writes them, each
/// refused when the bound had to stand right next to the figure.
#[test]
fn bounds_as_news_writes_them_pass() {
    for (sentence, value, unit, bound) in [
        // A currency between the bound and the figure.
        ("It will invest more than RMB 5 billion.", json!(5000000000u64), "yuan", "more-than"),
        ("Its output value is about $500 million a year.", json!(500000000), "dollars", "about"),
        ("年产值超过人民币50亿元。", json!(5000000000u64), "元", "more-than"),
        // Verbs of exceeding, "up to" after any verb but one of a total reached.
        ("Output will exceed 60,000 tons a year.", json!(60000), "tons", "more-than"),
        ("Output surpassed 1.2 million sets last year.", json!(1200000), "sets", "more-than"),
        ("It can treat up to 5,000 tons a day.", json!(5000), "tons", "up-to"),
        ("年产值突破50亿元。", json!(5000000000u64), "元", "more-than"),
        ("年产能多达84万套。", json!(840000), "套", "up-to"),
        // A particle between a Chinese bound and its figure.
        ("年产能超过了84万套。", json!(840000), "套", "more-than"),
        ("年产能约为6万吨。", json!(60000), "吨", "about"),
        ("年产能约达10GW。", json!(10), "GW", "about"),
        // Brackets after the unit, and "and above" inclusive in either language.
        ("年产5万吨（含）以上。", json!(50000), "吨", "at-least"),
        ("年产84万套（台）以上。", json!(840000), "套", "more-than"),
        ("年产5万吨及以上。", json!(50000), "吨", "at-least"),
        ("It makes 60,000 tons (per year) or more.", json!(60000), "tons", "at-least"),
        ("It makes 5 GW or higher of cells a year.", json!(5), "GW", "at-least"),
        // Signs, also right after a Han character.
        ("新建项目单线年产能≥5万吨。", json!(50000), "吨", "at-least"),
        ("The line makes ~5 GW a year.", json!(5), "GW", "about"),
        // Chinese figures: 百万 is a million, 二十余万 more than 200,000.
        ("年产百万吨级聚乙烯。", json!(1000000), "吨", "about-none"),
        ("年产二十余万吨。", json!(200000), "吨", "more-than"),
        ("年产十多万辆。", json!(100000), "辆", "more-than"),
        ("It makes 1.5-million-tonne a year.", json!(1500000), "tonnes", "about-none"),
        // "a million", "half a million".
        (
            "It handles more than a million containers a year.",
            json!(1000000),
            "containers",
            "more-than",
        ),
        ("It makes nearly half a million vehicles a year.", json!(500000), "vehicles", "nearly"),
        ("It makes a million sets a year.", json!(1), "million sets", "about-none"),
    ] {
        let bound = (bound != "about-none").then_some(bound);
        let file = with_capacity(sentence, value.clone(), unit, bound);
        let report = parse_dataset_bytes(&file, &EN).err().unwrap_or_default();
        assert_eq!(report.total, 0, "{sentence} {value} {bound:?}: {report:?}");
    }
}

/// The words after a unit are read where they begin, however many spaces, a comma or a line
/// break come before them, and not inside a word: the "or" of "motor" is none.
#[test]
fn a_bound_after_spaces_a_comma_or_a_line_break_is_read_where_its_words_begin() {
    for (sentence, bound, said) in [
        ("It makes 840,000 sets a year,\nor more.", "at-least", true),
        ("It makes 840,000 sets a year , or more.", "at-least", true),
        ("It makes 840,000 sets   a year or so.", "about", true),
        ("年产84万套(含)以上。", "at-least", true),
        ("It makes 840,000 sets (a year) or above.", "at-least", true),
        ("It makes 840,000 motor sets a year.", "at-least", false),
        ("It makes 840,000 sets for more plants.", "at-least", false),
    ] {
        let file = with_capacity(sentence, json!(840000), "sets", Some(bound));
        let refused = messages(&file, ProblemKind::BoundNotInQuote, &EN);
        assert_eq!(refused.is_empty(), said, "{sentence} {bound}: {refused:?}");
    }
}

/// Bounds a reader writes that the suggestions do not propose: "above", "top", "c.", "60,000+",
/// 过万, 上万, 过百亿, the two ends of a range; and a bound split by two spaces or an ideographic
/// space, as text copied from a page laid out by hand often is.
#[test]
fn bounds_beyond_the_suggestions_and_across_wide_spaces_pass() {
    for (sentence, value, unit, bound) in [
        ("Capacity is expected to top 5 GW by the end of the year.", json!(5), "GW", "more-than"),
        ("The project will have an annual capacity above 10 GW.", json!(10), "GW", "more-than"),
        (
            "It has an annual capacity of well above 3 million tonnes.",
            json!(3000000),
            "t",
            "more-than",
        ),
        ("The line will produce c. 5 GW of cells a year.", json!(5), "GW", "about"),
        (
            "The plant's designed capacity is 60,000+ tons a year.",
            json!(60000),
            "tons",
            "more-than",
        ),
        ("It will have a 60,000-plus-ton annual capacity.", json!(60000), "tons", "more-than"),
        ("目前该生产线年产能已过万吨。", json!(10000), "吨", "more-than"),
        ("企业年产机器人上万台。", json!(10000), "台", "more-than"),
        ("项目投产后年产值过百亿。", json!(10000000000u64), "元", "more-than"),
        ("项目年产能超万吨。", json!(10000), "吨", "more-than"),
        (
            "The plant will produce more  than 840,000 sets a year.",
            json!(840000),
            "sets",
            "more-than",
        ),
        ("项目年产能超过\u{3000}84万套。", json!(840000), "套", "more-than"),
        ("项目建成后年产能可达5至6万吨。", json!(60000), "吨", "up-to"),
        ("项目建成后年产5至6万吨。", json!(50000), "吨", "at-least"),
        // A unit that begins with a numeral (千瓦) is read past to the bound after it.
        ("装机容量20万千瓦以上。", json!(200000), "千瓦", "more-than"),
        ("It makes 1.5 to 2 million tons a year.", json!(1500000), "tons", "at-least"),
        ("The plant will produce 50,000 to 60,000 tons a year.", json!(60000), "tons", "up-to"),
        ("The plant will produce 50,000 to 60,000 tons a year.", json!(50000), "tons", "at-least"),
        ("The lines make 3-5 GW a year.", json!(5), "GW", "up-to"),
        ("The lines make 3 GW to 5 GW a year.", json!(5), "GW", "up-to"),
        ("The base will add 3GW-5GW of capacity.", json!(5), "GW", "up-to"),
        ("It makes between 50,000 and 60,000 tons a year.", json!(60000), "tons", "up-to"),
        ("It makes between 50,000 and 60,000 tons a year.", json!(50000), "tons", "at-least"),
        ("Output will range from 5 to 10 MW.", json!(10), "MW", "up-to"),
        ("项目年产能5万吨至6万吨。", json!(60000), "吨", "up-to"),
        ("It will make 1.5 million to 2 million sets a year.", json!(2000000), "sets", "up-to"),
        // A verb's "about" is no bound, but a verb that takes no "about" leaves it the figure's.
        ("We think about 60,000 tons a year is the target.", json!(60000), "tons", "about"),
        ("The plant (c. 5 GW) opens in May.", json!(5), "GW", "about"),
        // A 多 before a unit still bounds (3万多元), where 多晶 does not.
        ("年产值3万多元。", json!(30000), "元", "more-than"),
    ] {
        let file = with_capacity(sentence, value.clone(), unit, Some(bound));
        let report = parse_dataset_bytes(&file, &EN).err().unwrap_or_default();
        assert_eq!(report.total, 0, "{sentence} {value} {bound}: {report:?}");
    }
}

/// A sum, a change from one figure to another, a verb's "about", a 多 or 余 that begins a word
/// (多晶, 余热), and a lone scale word with no bound before it are no bounds.
#[test]
fn a_sum_a_change_or_a_lone_scale_word_is_no_bound() {
    for (sentence, value, unit, bound) in [
        ("The lines make 5+3 GW a year.", json!(5), "GW", "more-than"),
        ("Capacity will rise from 50,000 to 60,000 tons a year.", json!(60000), "tons", "up-to"),
        ("Capacity will rise from 50,000 to 60,000 tons a year.", json!(50000), "tons", "at-least"),
        ("产能从5万吨到6万吨。", json!(60000), "吨", "up-to"),
        ("产能从5万到8万吨。", json!(80000), "吨", "up-to"),
        ("Output rose 15,000 to 60,000 tons a year.", json!(60000), "tons", "up-to"),
        ("Output grew by 20,000 to 60,000 tons a year.", json!(60000), "tons", "up-to"),
        ("Output rises from about 50,000 to 60,000 tons.", json!(60000), "tons", "up-to"),
        // Names and seasons are no ranges: "Phase 2 to 10 GW", "Type 3-5", "2023–24".
        ("Phase 2 to 10 GW is next.", json!(10), "GW", "up-to"),
        ("Its Type 3-5 GW line runs.", json!(5), "GW", "up-to"),
        ("In the 2023–24 season it made 24 GW.", json!(24), "GW", "up-to"),
        // Ranks and initials: "the top 5", "The above 5", "Block C. 60,000".
        ("It is one of the top 5 GW plants.", json!(5), "GW", "more-than"),
        ("The above 5 GW of lines run.", json!(5), "GW", "more-than"),
        ("Block C. 60,000 tons a year.", json!(60000), "tons", "about"),
        // "5+N" is a name.
        ("The 5+N GW plan.", json!(5), "GW", "more-than"),
        ("The plant makes 60,000 tons a year, up 5 percent.", json!(60000), "tons", "more-than"),
        ("Chen learned about 840,000 sets made here each year.", json!(840000), "sets", "about"),
        ("年产3万多晶硅片。", json!(30000), "片", "more-than"),
        ("年产10万余热利用设备。", json!(100000), "台", "more-than"),
    ] {
        let file = with_capacity(sentence, value.clone(), unit, Some(bound));
        let refused = messages(&file, ProblemKind::BoundNotInQuote, &EN);
        assert_eq!(refused.len(), 1, "{sentence} {value} {bound}: {refused:?}");
    }
    // 新上 ("newly built") and 不过 ("but", "no more than") end in 上 and 过 without saying
    // "over": the capacity they are read as bounding is refused.
    for sentence in ["新上万吨级生产线。", "产能不过万吨。"] {
        let file = with_capacity(sentence, json!(10000), "吨", Some("more-than"));
        let report = parse_dataset_bytes(&file, &EN).err().unwrap_or_default();
        assert!(report.total > 0, "{sentence}: {report:?}");
    }
    // 万一 is a word, not ten thousand.
    let file = with_capacity("年产1万吨，万一停产也无妨。", json!(10000), "吨", None);
    assert_eq!(messages(&file, ProblemKind::FigureNotInQuote, &EN), Vec::<String>::new());
    let lone = with_capacity("万一停产，年产1吨。", json!(10000), "吨", None);
    assert_eq!(messages(&lone, ProblemKind::FigureNotInQuote, &EN).len(), 1);
}

#[test]
fn a_bound_phrase_of_another_sense_is_no_bound() {
    for (sentence, value, bound) in [
        // "or more than", "and above all": another phrase.
        ("It makes 5 GW a year, or more than 10 percent of the total.", json!(5), "at-least"),
        ("It makes 5 GW of modules and above all creates jobs.", json!(5), "at-least"),
        // The same figure twice: the bound goes with the one in the capacity's unit.
        ("About 5000 staff make 5000 tons a year.", json!(5000), "about"),
        // Words after a figure that begin a longer word: 上下功夫 ("make an effort").
        ("在年产10万吨目标上下功夫。", json!(100000), "about"),
        // A range's "~" is no bound of its end.
        ("年产5~8万吨。", json!(80000), "about"),
    ] {
        let problems = bound_problems(sentence, value, bound);
        assert_eq!(problems.len(), 1, "{sentence} {bound}: {problems:?}");
    }
}

/// The spaces, signs and digits around a figure are read alike however the reading gets past
/// them (no-break spaces before a date, a hyphen before a scale word, full-width digits), and
/// quotes of figures that repeat, or whose bound words stand next to none of them, as the
/// crafted worst cases of `make bench-validate` are, get the answers a short quote gets: the
/// bound given or another one is looked for once next to each figure, for all the bounds.
#[test]
fn figures_and_bounds_are_read_past_spaces_signs_and_scripts() {
    for (sentence, value, unit) in [
        ("It makes 1.5-million-tonne batches a year.", json!(1500000), "tonne"),
        ("It makes 1.2\u{A0}million tons a year.", json!(1200000), "tons"),
        ("年产８４万套。", json!(840000), "套"),
        ("年产８４ 万套。", json!(840000), "套"),
    ] {
        assert_eq!(figure_problems(sentence, value, unit), Vec::<String>::new(), "{sentence}");
    }
    for (sentence, value, figures) in [
        // A year after "in" and spaces of either kind is no figure.
        ("In\u{A0}2024 it made 7,000 sets.", json!(2024), "`7,000`"),
        ("In\u{A0}\u{A0} 2024 it made 7,000 sets.", json!(2024), "`7,000`"),
        ("1 1 1 1 1 1 1", json!(7), "`1`, `1`, `1`, `1`, `1` and 2 more"),
        ("1-1-1-1-1-1-1", json!(7), "`1`, `1`, `1`, `1`, `1` and 2 more"),
    ] {
        let problems = figure_problems(sentence, value, "sets");
        assert_eq!(problems.len(), 1, "{sentence}: {problems:?}");
        assert!(problems[0].contains(&format!("; its figures are {figures}: ")), "{problems:?}");
    }
    for (sentence, value, bound) in [
        ("It makes 1-7 sets a year.", json!(7), "up-to"),
        ("It makes 5-7 sets a year.", json!(5), "at-least"),
        ("It makes 840,000+ sets a year.", json!(840000), "more-than"),
    ] {
        assert_eq!(bound_problems(sentence, value, bound), Vec::<String>::new(), "{sentence}");
    }
    for (sentence, value, bound, answer) in [
        // Two other bounds said: the first of them in the schema's order is the answer.
        (
            "It makes about 840,000+ sets a year.",
            json!(840000),
            "nearly",
            "the quote says `about` of the figure (`about`), not `nearly`",
        ),
        (
            "It makes 1-7 sets a year.",
            json!(7),
            "at-least",
            "the quote says `up-to` of the figure (`no more than`, `not more than`",
        ),
        // A hyphen after a hyphen joins the parts of a name, not the ends of a range.
        ("1-1-1-1-1-1-7", json!(7), "up-to", "the quote does not say `up-to` next to the figure"),
        (
            "1 1 1 1 1 1 7",
            json!(7),
            "more-than",
            "the quote does not say `more-than` next to the figure",
        ),
        (
            "about x 1 about x 7",
            json!(7),
            "about",
            "the quote does not say `about` next to the figure",
        ),
    ] {
        let problems = bound_problems(sentence, value, bound);
        assert_eq!(problems.len(), 1, "{sentence}: {problems:?}");
        assert!(problems[0].contains(answer), "{sentence}: {problems:?}");
    }
}
