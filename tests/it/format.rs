//! Number and date formatting.

use briefing_explorer::model::dataset::{Bound, BriefingDate, Capacity, Official};
use briefing_explorer::model::format::{
    bound_words, count_phrase, download_directives_label, facet_option_name, format_capacity,
    format_date, format_figure, format_megabytes, format_number, names_pieces, number_range,
    officials_pieces, projects_shown, rate_measure,
};
use briefing_explorer::model::language::Language;
use briefing_explorer::model::strings::{fill_pieces, Piece, EN, ZH};
use proptest::prelude::*;

#[test]
fn the_count_of_projects_shown_agrees_with_its_total() {
    assert_eq!(projects_shown(3, 4, &EN), "3 of 4 projects shown");
    assert_eq!(projects_shown(0, 1, &EN), "0 of 1 project shown");
    assert_eq!(projects_shown(1, 1, &EN), "1 of 1 project shown");
    assert_eq!(projects_shown(0, 0, &EN), "0 of 0 projects shown");
    assert_eq!(projects_shown(1200, 10000, &EN), "1,200 of 10,000 projects shown");
    assert_eq!(projects_shown(0, 1, &ZH), "显示 0 / 1 个项目");
}

#[test]
fn the_directives_download_names_one_directive_in_the_singular() {
    let check = |count, strings, expected: &str| {
        assert_eq!(download_directives_label(count, strings), expected);
    };
    check(1, &EN, "Download directives CSV: the 1 directive shown");
    check(14, &EN, "Download directives CSV: the 14 directives shown");
    check(1200, &EN, "Download directives CSV: the 1,200 directives shown");
    check(1, &ZH, "下载工作部署 CSV：当前 1 条部署");
    check(14, &ZH, "下载工作部署 CSV：当前 14 条部署");
}

#[test]
fn numbers_have_thousands_separators() {
    let cases: &[(f64, &str)] = &[
        (0.0, "0"),
        (7.0, "7"),
        (999.0, "999"),
        (1_000.0, "1,000"),
        (60_000.0, "60,000"),
        (840_000.0, "840,000"),
        (1_234_567.0, "1,234,567"),
        (1_234.5, "1,234.5"),
        (0.125, "0.13"),
        (1.005, "1.01"),
        (-0.001, "0"),
        (9.999, "10"),
        // Large figures keep the decimals they are written with, and are rounded once.
        (70_368_744_177_663.99, "70,368,744,177,663.99"),
        // The double 987654321098765.625, which the shortest decimal that reads back as it writes
        // as …765.6.
        (987_654_321_098_765.6, "987,654,321,098,765.6"),
        (999_999_999_999_999.0, "999,999,999,999,999"),
        (2.999, "3"),
        (-12_345.0, "-12,345"),
        (f64::NAN, "—"),
        (f64::INFINITY, "—"),
    ];
    for &(value, expected) in cases {
        assert_eq!(format_number(value, &EN), expected, "{value}");
    }
}

#[test]
fn capacity_and_dates_read_naturally() {
    let capacity = Capacity {
        value: 840_000.0,
        unit: "sets".into(),
        period: "year".into(),
        of: None,
        bound: None,
        quote: String::new(),
    };
    assert_eq!(format_capacity(&capacity, &EN), "840,000 sets / year");
    assert_eq!(
        format_date(Some(&BriefingDate { year: None, month: 2, day: 20 }), &EN),
        "February 20 — year not stated"
    );
    assert_eq!(
        format_date(Some(&BriefingDate { year: Some(2024), month: 12, day: 1 }), &EN),
        "December 1, 2024"
    );
    assert_eq!(
        format_date(Some(&BriefingDate { year: None, month: 13, day: 1 }), &EN),
        "? 1 — year not stated"
    );
    assert_eq!(format_date(None, &EN), "not stated");
}

proptest! {
    #[test]
    fn formatting_never_panics_and_round_trips_integers(value in any::<f64>(), whole in 0u64..1_000_000_000_000) {
        let _ = format_number(value, &EN);
        let _ = format_number(value, &ZH);
        let text = format_number(whole as f64, &EN);
        prop_assert_eq!(text.replace(',', "").parse::<u64>().unwrap(), whole);
        // Chinese writes 万 or 亿 only when two decimals of it are exact, and every digit
        // otherwise: the value read back is the value.
        let chinese = format_number(whole as f64, &ZH).replace(',', "");
        let (digits, unit) = match chinese.strip_suffix('亿') {
            Some(digits) => (digits, 1e8),
            None => match chinese.strip_suffix('万') {
                Some(digits) => (digits, 1e4),
                None => (chinese.as_str(), 1.0),
            },
        };
        let read_back = digits.parse::<f64>().unwrap() * unit;
        prop_assert!((read_back - whole as f64).abs() <= 1e-6 * (whole as f64).max(1.0), "{} → {}", whole, chinese);
    }
}

#[test]
fn numbers_in_both_languages() {
    let cases: &[(f64, &str, &str)] = &[
        (0.0, "0", "0"),
        (5.0, "5", "5"),
        (999.5, "999.5", "999.5"),
        (9_999.0, "9,999", "9999"),
        (12_000.0, "12,000", "1.2万"),
        (60_000.0, "60,000", "6万"),
        (200_000.0, "200,000", "20万"),
        (840_000.0, "840,000", "84万"),
        (1_234_567.0, "1,234,567", "1,234,567"),
        (12_345.0, "12,345", "12,345"),
        (1_234_500.0, "1,234,500", "123.45万"),
        (1_234_567_890.0, "1,234,567,890", "1,234,567,890"),
        (99_999_999.0, "99,999,999", "99,999,999"),
        (150_000_000.0, "150,000,000", "1.5亿"),
        (10_500.5, "10,500.5", "10,500.5"),
        (100_000_000.0, "100,000,000", "1亿"),
        (120_000_000.0, "120,000,000", "1.2亿"),
        (300_000_000.0, "300,000,000", "3亿"),
        (-60_000.0, "-60,000", "-6万"),
        // Four digits at most before the word (QA: 10¹⁵ was "10000000亿").
        (1e15, "1,000,000,000,000,000", "1000万亿"),
        (2.5e12, "2,500,000,000,000", "2.5万亿"),
        (123_450_000.0, "123,450,000", "123,450,000"),
        (98_760_000.0, "98,760,000", "9876万"),
        (f64::NAN, "—", "—"),
    ];
    for &(value, english, chinese) in cases {
        assert_eq!(format_number(value, &EN), english, "{value} in English");
        assert_eq!(format_number(value, &ZH), chinese, "{value} in Chinese");
    }
}

/// (value, unit, English, Chinese): a figure with its unit, as the editor's outline and
/// suggestions write it, in the interface's language; a figure 万 cannot write exactly keeps its
/// digits.
#[test]
fn a_figure_with_its_unit_is_written_as_the_interface_writes_figures() {
    let check = |value: f64, unit: &str, english: &str, chinese: &str| {
        assert_eq!(format_figure(value, unit, &EN), english, "{value} {unit}");
        assert_eq!(format_figure(value, unit, &ZH), chinese, "{value} {unit}");
    };
    check(840_000.0, "sets", "840,000 sets", "84万 sets");
    check(840_000.0, "套", "840,000 套", "84万套");
    check(12.0, "gigawatts", "12 gigawatts", "12 gigawatts");
    check(150_000_000.0, "tonnes", "150,000,000 tonnes", "1.5亿 tonnes");
    check(12_345.0, "sets", "12,345 sets", "12,345 sets");
}

#[test]
fn a_capacitys_number_is_found_in_its_figure_in_both_languages() {
    let capacity = |value: f64, unit: &str| Capacity {
        value,
        unit: unit.into(),
        period: "year".into(),
        of: None,
        bound: None,
        quote: String::new(),
    };
    // The number the slides keep on one line, whatever stands around it.
    let number = |value: f64, unit: &str, strings| {
        let capacity = capacity(value, unit);
        let figure = format_capacity(&capacity, strings);
        number_range(&figure, &capacity, strings).map(|range| figure[range].to_string())
    };
    assert_eq!(number(1e15, "panels", &EN).as_deref(), Some("1,000,000,000,000,000"));
    assert_eq!(number(1e15, "panels", &ZH).as_deref(), Some("1000万亿"));
    assert_eq!(number(840_000.0, "套", &ZH).as_deref(), Some("84万"));
    // A unit made of digits comes after the number, never before it.
    assert_eq!(number(5.0, "5-ton sets", &EN).as_deref(), Some("5"));
    let five = capacity(5.0, "5-ton sets");
    assert_eq!(number_range(&format_capacity(&five, &EN), &five, &EN), Some(0..1));
}

#[test]
fn capacities_and_dates_in_chinese() {
    let capacity = |value: f64, unit: &str, period: &str| Capacity {
        value,
        unit: unit.into(),
        period: period.into(),
        of: None,
        bound: None,
        quote: String::new(),
    };
    assert_eq!(format_capacity(&capacity(840_000.0, "套", "年"), &ZH), "84万套/年");
    assert_eq!(format_capacity(&capacity(60_000.0, "吨", "年"), &ZH), "6万吨/年");
    // The data's English period in the interface's words; its unit as the data writes it.
    assert_eq!(format_capacity(&capacity(840_000.0, "sets", "year"), &ZH), "84万 sets/年");
    assert_eq!(format_capacity(&capacity(3.0, "GWh", "month"), &ZH), "3 GWh/月");
    assert_eq!(format_capacity(&capacity(3.0, "GWh", "shift"), &ZH), "3 GWh/shift");
    assert_eq!(rate_measure("tons", "year", &ZH), "tons/年");
    assert_eq!(rate_measure("tons", "year", &EN), "tons per year");
    assert_eq!(format_capacity(&capacity(840_000.0, "sets", "year"), &EN), "840,000 sets / year");
    // A capacity whose source states no period ("规划产能20GWh") is written as stated.
    assert_eq!(format_capacity(&capacity(20.0, "GWh", ""), &EN), "20 GWh");
    assert_eq!(format_capacity(&capacity(20.0, "GWh", ""), &ZH), "20 GWh");
    assert_eq!(format_capacity(&capacity(200_000.0, "吨", ""), &ZH), "20万吨");
    // A Chinese dataset's periods (年, 月) read in the page's language, as `year` does.
    assert_eq!(format_capacity(&capacity(300_000.0, "吨", "年"), &EN), "300,000 吨 / year");
    assert_eq!(format_capacity(&capacity(300_000.0, "吨", "年"), &ZH), "30万吨/年");
    assert_eq!(format_capacity(&capacity(5.0, "GWh", "月"), &EN), "5 GWh / month");
    assert_eq!(
        format_date(Some(&BriefingDate { year: None, month: 2, day: 20 }), &ZH),
        "2月20日（年份未注明）"
    );
    assert_eq!(
        format_date(Some(&BriefingDate { year: Some(2025), month: 3, day: 14 }), &ZH),
        "2025年3月14日"
    );
    assert_eq!(format_date(None, &ZH), "未注明");
}

#[test]
fn a_bounded_capacity_says_its_bound_wherever_its_figure_is() {
    let capacity = |value: f64, unit: &str, bound| Capacity {
        value,
        unit: unit.into(),
        period: "year".into(),
        of: None,
        bound,
        quote: String::new(),
    };
    let more = capacity(840_000.0, "sets", Some(Bound::MoreThan));
    assert_eq!(format_capacity(&more, &EN), "more than 840,000 sets / year");
    assert_eq!(format_capacity(&more, &ZH), "超过84万 sets/年");
    assert_eq!(format_capacity(&capacity(6e4, "吨", Some(Bound::Nearly)), &ZH), "近6万吨/年");
    assert_eq!(
        format_capacity(&capacity(10.0, "GWh", Some(Bound::About)), &EN),
        "about 10 GWh / year"
    );
    assert_eq!(format_capacity(&capacity(5.0, "GW", Some(Bound::UpTo)), &EN), "up to 5 GW / year");
    assert_eq!(format_capacity(&capacity(2.0, "GW", Some(Bound::AtLeast)), &ZH), "至少2 GW/年");
    // The number the slides keep on one line is still found, after the bound's words.
    let figure = format_capacity(&more, &EN);
    assert_eq!(number_range(&figure, &more, &EN).map(|range| &figure[range]), Some("840,000"));
    // Every bound has its words in both languages, and the data's word reads back as itself.
    for bound in Bound::ALL {
        assert!(!bound_words(bound, &EN).is_empty() && !bound_words(bound, &ZH).is_empty());
        let written = serde_json::to_string(&bound).unwrap();
        assert_eq!(written, format!("\"{}\"", bound.code()));
    }
}

#[test]
fn data_in_another_language_than_the_interface_is_tagged_with_its_own() {
    assert_eq!(Language::Chinese.data_lang("en"), Some("en".to_string()));
    assert_eq!(Language::English.data_lang("zh-Hans"), Some("zh-Hans".to_string()));
    assert_eq!(Language::English.data_lang(" fr "), Some("fr".to_string()));
    assert_eq!(Language::English.data_lang("zh_CN"), Some("zh-CN".to_string()));
    // One language: the page's own lang says it.
    assert_eq!(Language::English.data_lang("en-GB"), None);
    assert_eq!(Language::Chinese.data_lang("ZH"), None);
    assert_eq!(Language::Chinese.data_lang(""), None);
}

#[test]
fn the_words_a_dataset_shares_take_its_briefings_language() {
    let mut dataset = (*crate::support::bundled()).clone();
    assert_eq!(Language::Chinese.dataset_lang(&dataset), Some("en".to_string()));
    assert_eq!(Language::English.dataset_lang(&dataset), None);
    let mut chinese = dataset.briefings[0].clone();
    chinese.source.language = "zh".into();
    dataset.briefings.push(chinese);
    // Briefings in two languages: no one language is right for the shared words.
    assert_eq!(Language::Chinese.dataset_lang(&dataset), None);
    dataset.briefings.clear();
    assert_eq!(Language::Chinese.dataset_lang(&dataset), None);
}

#[test]
fn the_browser_languages_choose_the_interface_language() {
    let check = |languages: &[&str], expected: Language| {
        assert_eq!(Language::preferred(languages.iter().copied()), expected, "{languages:?}");
    };
    check(&[], Language::English);
    check(&["zh-CN", "en"], Language::Chinese);
    check(&["zh-Hans-CN"], Language::Chinese);
    check(&["zh_TW"], Language::Chinese);
    check(&["fr", "zh"], Language::Chinese);
    check(&["en-GB", "zh"], Language::English);
    check(&["de", "fr"], Language::English);
    assert_eq!(Language::from_code("ZH"), Some(Language::Chinese));
    assert_eq!(Language::Chinese.strings().language, Language::Chinese);
}

#[test]
fn file_sizes_read_in_megabytes_with_one_decimal() {
    assert_eq!(format_megabytes(25_000_000.0), "25.0");
    // Decimal megabytes, as a file manager counts them: 21,762,655 bytes is 21.8 MB (it read
    // 20.8 when a megabyte was 1,048,576 bytes).
    assert_eq!(format_megabytes(21_762_655.0), "21.8");
    assert_eq!(format_megabytes(1_500_000.0), "1.5");
    assert_eq!(format_megabytes(0.0), "0.0");
}

/// Pieces as one line, each value in brackets and each unbroken run in braces: "[Chen
/// Zhichang] ([Mayor])".
fn spelled(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|piece| match piece {
            Piece::Words(words) => words.clone(),
            Piece::Unbroken(words) => format!("{{{words}}}"),
            Piece::Value { text, .. } => format!("[{text}]"),
        })
        .collect()
}

#[test]
fn officials_are_listed_with_their_roles_in_the_interface_language_their_words_apart() {
    let official = |name: &str, role: &str| Official { name: name.into(), role: role.into() };
    let officials = [official("Chen Zhichang", "Mayor"), official("Li Ming", "Deputy Mayor")];
    assert_eq!(
        spelled(&officials_pieces(&officials, &EN)),
        "[Chen Zhichang] ([Mayor]), [Li Ming] ([Deputy Mayor])"
    );
    // The interface's brackets and separator are not the data's words: they are pieces apart.
    assert_eq!(
        officials_pieces(&officials[..1], &ZH),
        [
            Piece::Value { slot: 0, text: "Chen Zhichang".into() },
            Piece::Words("（".into()),
            Piece::Value { slot: 1, text: "Mayor".into() },
            Piece::Words("）".into()),
        ]
    );
    assert_eq!(
        spelled(&officials_pieces(&officials, &ZH)),
        "[Chen Zhichang]（[Mayor]）、[Li Ming]（[Deputy Mayor]）"
    );
    assert_eq!(officials_pieces(&[], &EN), []);
    let names = ["Liu Wei".to_string(), "Wu Wei".into(), "Huang Hui".into()];
    assert_eq!(spelled(&names_pieces(&names, &ZH)), "[Liu Wei]、[Wu Wei]、[Huang Hui]");
    assert_eq!(spelled(&names_pieces(&names[..1], &EN)), "[Liu Wei]");
}

#[test]
fn a_template_fills_in_pieces_its_values_apart_from_its_words() {
    let check = |template: &str, expected: &str| {
        let pieces = fill_pieces(template, &[("a", "A"), ("b", "")]);
        assert_eq!(spelled(&pieces), expected, "{template}");
        assert!(pieces.iter().all(|piece| piece != &Piece::Words(String::new())), "{template}");
    };
    check("{a}", "[A]");
    check("x {a} y", "x [A] y");
    // An empty value is left out; a placeholder not filled, or a lone brace, stays as words.
    check("{a}{b}!", "[A]!");
    check("{c} {a} {", "{c} [A] {");
    check("", "");
}

/// A filter option's name says what its count counts, which the button shows bare.
#[test]
fn a_filter_options_name_says_what_its_count_counts() {
    assert_eq!(facet_option_name("New energy", 2, 0, &EN), "New energy, 2 projects");
    assert_eq!(facet_option_name("Status not stated", 1, 0, &EN), "Status not stated, 1 project");
    assert_eq!(facet_option_name("New energy", 2, 0, &ZH), "New energy，2 个项目");
    assert_eq!(facet_option_name("新能源", 0, 0, &ZH), "新能源，0 个项目");
    // An option counting projects whose industry is inferred says how many of them are.
    assert_eq!(facet_option_name("New energy", 2, 1, &EN), "New energy, 2 projects (1 inferred)");
    assert_eq!(facet_option_name("新能源", 2, 1, &ZH), "新能源，2 个项目（其中 1 个为推断）");
}

#[test]
fn languages_have_their_address_word_and_their_html_tag() {
    assert_eq!((Language::English.code(), Language::English.tag()), ("en", "en"));
    assert_eq!((Language::Chinese.code(), Language::Chinese.tag()), ("zh", "zh-Hans"));
}

#[test]
fn a_count_takes_its_noun_in_the_singular_for_one_and_its_number_as_the_interface_writes_it() {
    let projects =
        |count, strings| count_phrase(count, EN.project_count_one, EN.project_count_many, strings);
    assert_eq!(projects(1, &EN), "1 project");
    assert_eq!(projects(0, &EN), "0 projects");
    assert_eq!(projects(2980, &EN), "2,980 projects");
    assert_eq!(
        count_phrase(10_000, ZH.project_count_one, ZH.project_count_many, &ZH),
        "1万 个项目"
    );
}
