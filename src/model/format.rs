//! Number and date formatting for display, in the conventions of the interface language: thousands
//! separators in English (840,000), 万 and 亿 in Chinese (84万). The words live in `strings`.

use std::ops::Range;

use super::dataset::{Bound, Briefing, BriefingDate, Capacity, Official};
use super::language::Language;
use super::strings::{fill, fill_around, fill_pieces, Around, Piece, Strings};

/// What a number that cannot be shown (NaN, infinity) becomes.
const NOT_A_NUMBER: &str = "—";
const TEN_THOUSAND: f64 = 1e4;
const HUNDRED_MILLION: f64 = 1e8;

/// Formats a number for people reading `strings`' language, with at most two decimals and no
/// trailing zeros. English groups thousands: `840000.0` → "840,000", `1234.5` → "1,234.5".
/// Chinese counts in 万 (10⁴) and 亿 (10⁸): `840000.0` → "84万", `12000.0` → "1.2万",
/// `100000000.0` → "1亿", `5.0` → "5". Non-finite numbers become "—".
pub fn format_number(value: f64, strings: &Strings) -> String {
    match strings.language {
        Language::English => format_western(value),
        Language::Chinese => format_chinese(value),
    }
}

/// Thousands separators and at most two decimals: the English form of [`format_number`].
pub fn format_western(value: f64) -> String {
    if !value.is_finite() {
        return NOT_A_NUMBER.to_string();
    }
    let (sign, whole, fraction) = two_decimals(value);
    let grouped = group_thousands(&whole);
    if fraction.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{fraction}")
    }
}

/// The Chinese form of [`format_number`]: below 10⁴ plain digits ("9999"); from there in 万亿, 亿
/// or 万 when that reads the value exactly in at most two decimals and four digits before the
/// word (840,000 → "84万", 150,000,000 → "1.5亿", 10¹⁵ → "1000万亿"), otherwise every digit, grouped as in English (12,345 → "12,345", not "1.23万"): a
/// figure from the source is never rounded.
fn format_chinese(value: f64) -> String {
    if !value.is_finite() {
        return NOT_A_NUMBER.to_string();
    }
    let magnitude = value.abs();
    // At most four digits before the word, as Chinese groups digits by four: 10¹⁵ is "1000万亿",
    // not "10000000亿", and a figure no word writes so is grouped in full.
    let unit =
        [(TEN_THOUSAND * HUNDRED_MILLION, "万亿"), (HUNDRED_MILLION, "亿"), (TEN_THOUSAND, "万")]
            .into_iter()
            .find(|&(size, _)| {
                magnitude >= size
                    && magnitude / size < TEN_THOUSAND
                    && exact_in_two_decimals(value / size)
            });
    let (size, word) = match unit {
        Some(unit) => unit,
        None if magnitude >= TEN_THOUSAND => return format_western(value),
        None => (1.0, ""),
    };
    let (sign, whole, fraction) = two_decimals(value / size);
    if fraction.is_empty() {
        format!("{sign}{whole}{word}")
    } else {
        format!("{sign}{whole}.{fraction}{word}")
    }
}

/// Whether two decimals write `value` exactly (up to the float's own error).
fn exact_in_two_decimals(value: f64) -> bool {
    let hundredths = value * 100.0;
    (hundredths - hundredths.round()).abs() <= 1e-9 * hundredths.abs().max(1.0)
}

/// The sign, whole digits and fraction digits (trailing zeros dropped) of `value` rounded to two
/// decimals, half away from zero. Rounding goes through the decimal text, the shortest that reads
/// back as `value`, so 0.125 → "0.13", 1.2 stays 1.2, and a figure of two decimals is shown as
/// it is written at any size. (Multiplying by 100 first, as this did, rounded large figures a
/// second time: 987654321098765.625, what 987654321098765.43 had become, was shown as .62.)
fn two_decimals(value: f64) -> (&'static str, String, String) {
    let text = value.abs().to_string();
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut digits: Vec<u8> = whole.bytes().chain(fraction.bytes().chain(*b"00").take(2)).collect();
    if fraction.as_bytes().get(2).is_some_and(|&digit| digit >= b'5') {
        // Carries one hundredth up through the digits, a 9 becoming 0.
        let mut carry = true;
        for digit in digits.iter_mut().rev() {
            if !carry {
                break;
            }
            carry = *digit == b'9';
            *digit = if carry { b'0' } else { *digit + 1 };
        }
        if carry {
            digits.insert(0, b'1');
        }
    }
    // The digits are ASCII, from the decimal text.
    let digits = String::from_utf8(digits).unwrap_or_default();
    let (whole, fraction) = digits.split_at(digits.len() - 2);
    let fraction = fraction.trim_end_matches('0');
    let sign = if value < 0.0 && (whole.bytes().any(|digit| digit != b'0') || !fraction.is_empty())
    {
        "-"
    } else {
        ""
    };
    (sign, whole.to_string(), fraction.to_string())
}

fn group_thousands(digits: &str) -> String {
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

/// Bytes as megabytes (of 1,000,000 bytes, as file managers count them) with one decimal, for
/// file-size messages: `25000000.0` → "25.0".
pub fn format_megabytes(bytes: f64) -> String {
    format!("{:.1}", bytes / 1_000_000.0)
}

/// A count with its noun, singular for one and plural otherwise, the number written as the
/// interface writes numbers: "1 project", "2,980 projects", "2,980 个项目".
pub fn count_phrase(count: usize, one: &str, many: &str, strings: &Strings) -> String {
    fill(if count == 1 { one } else { many }, &[("count", &format_number(count as f64, strings))])
}

/// A count of projects: "1 project", "12 projects", "12 个项目".
pub fn projects_phrase(count: usize, strings: &Strings) -> String {
    count_phrase(count, strings.project_count_one, strings.project_count_many, strings)
}

/// A filter option's accessible name: its label and its count as what it counts, "New energy, 2
/// projects" (in Chinese "New energy，2 个项目"), where the button shows "New energy 2".
/// An industry option with projects whose industry is inferred says how many: "New energy, 2
/// projects (1 inferred)".
pub fn facet_option_name(label: &str, count: usize, inferred: usize, strings: &Strings) -> String {
    let count = with_inferred(projects_phrase(count, strings), inferred, strings);
    fill(strings.facet_option_name, &[("label", label), ("count", &count)])
}

/// A project's industry as a card shows it: its label, then "(inferred)" where the source does
/// not name the industry and the data infers it from the context ("New energy (inferred)",
/// "新能源（推断）"); as pieces, so that the label keeps the data's language.
pub fn industry_pieces(label: &str, inferred: bool, strings: &Strings) -> Vec<Piece> {
    if inferred {
        fill_pieces(strings.industry_inferred, &[("label", label)])
    } else {
        vec![Piece::Value { slot: 0, text: label.to_string() }]
    }
}

/// A project's industry in one text, as a table cell or a slide writes it: "New energy
/// (inferred)" where the data infers it ([`industry_pieces`] keeps the label apart).
pub fn industry_text(label: &str, inferred: bool, strings: &Strings) -> String {
    if inferred {
        fill(strings.industry_inferred, &[("label", label)])
    } else {
        label.to_string()
    }
}

/// `text`, a count of projects, followed by how many of them have an inferred industry ("2 (1
/// inferred)", "2 projects (1 inferred)"); `text` alone when none has, where a "(0 inferred)"
/// would only be noise.
pub fn with_inferred(text: String, inferred: usize, strings: &Strings) -> String {
    if inferred == 0 {
        return text;
    }
    fill(
        strings.inferred_count,
        &[("text", &text), ("count", &format_number(inferred as f64, strings))],
    )
}

/// What a filter shows beside its count where some of its projects' industries are inferred:
/// "(1 inferred)", "（1 个推断）"; `None` where none is.
pub fn inferred_mark(inferred: usize, strings: &Strings) -> Option<String> {
    (inferred > 0).then(|| {
        fill(strings.inferred_mark, &[("count", &format_number(inferred as f64, strings))])
    })
}

/// A count of directives: "1 directive", "14 directives", "14 条部署".
pub fn directives_phrase(count: usize, strings: &Strings) -> String {
    count_phrase(count, strings.directive_count_one, strings.directive_count_many, strings)
}

/// The directives CSV button's name: "Download directives CSV: the 14 directives shown", and
/// "the 1 directive shown" for one.
pub fn download_directives_label(count: usize, strings: &Strings) -> String {
    count_phrase(
        count,
        strings.download_directives_csv_of_one,
        strings.download_directives_csv_of,
        strings,
    )
}

/// How many of the projects are shown: "3 of 4 projects shown", and "0 of 1 project shown", the
/// noun agreeing with the total it counts.
pub fn projects_shown(shown: usize, total: usize, strings: &Strings) -> String {
    let template = if total == 1 { strings.projects_shown_of_one } else { strings.projects_shown };
    fill(
        template,
        &[
            ("shown", &format_number(shown as f64, strings)),
            ("total", &format_number(total as f64, strings)),
        ],
    )
}

/// A figure with its unit as the interface writes it: "840,000 sets"; in Chinese "84万套", or
/// "84万 sets" for a unit in Latin letters.
pub fn format_figure(value: f64, unit: &str, strings: &Strings) -> String {
    fill(
        strings.capacity_bar_value,
        &[
            ("value", &format_number(value, strings)),
            ("gap", unit_gap(unit, strings)),
            ("unit", unit),
        ],
    )
}

/// "840,000 sets / year"; in Chinese "84万套/年", or "84万 sets/年" for a unit in Latin letters;
/// "20 GWh" where the source states no period; "more than 840,000 sets / year" (超过84万套/年)
/// where the source bounds it.
pub fn format_capacity(capacity: &Capacity, strings: &Strings) -> String {
    let measure = measure(strings.figure_measure, &capacity.unit, &capacity.period, strings);
    let figure = fill(
        strings.capacity_figure,
        &[
            ("value", &format_number(capacity.value, strings)),
            ("gap", unit_gap(&capacity.unit, strings)),
            ("measure", &measure),
        ],
    );
    bounded(figure, capacity.bound, strings)
}

/// A written `figure` with the words of the bound the source puts on it ("more than 840,000
/// sets"), or as it is when the source states it exactly.
pub fn bounded(figure: String, bound: Option<Bound>, strings: &Strings) -> String {
    match bound {
        Some(bound) => fill(
            strings.bounded_figure,
            &[("bound", bound_words(bound, strings)), ("figure", &figure)],
        ),
        None => figure,
    }
}

/// The interface's words for a bound: "more than", 超过.
pub fn bound_words(bound: Bound, strings: &Strings) -> &'static str {
    match bound {
        Bound::About => strings.bound_about,
        Bound::MoreThan => strings.bound_more_than,
        Bound::Nearly => strings.bound_nearly,
        Bound::UpTo => strings.bound_up_to,
        Bound::AtLeast => strings.bound_at_least,
        Bound::LessThan => strings.bound_less_than,
    }
}

/// Where a capacity's number stands in its figure as [`format_capacity`] writes it (`figure`):
/// the cards mark it whole for a search that finds it, and the slides keep it on one line, since
/// "1,000,000,000,000,0" over "00 € / year" reads as two numbers.
pub fn number_range(figure: &str, capacity: &Capacity, strings: &Strings) -> Option<Range<usize>> {
    let number = format_number(capacity.value, strings);
    figure.find(&number).map(|start| start..start + number.len())
}

/// What a capacity is counted in, as a chart writes it: "sets per year" ("套/年"), or the unit
/// alone where the source states no period.
pub fn rate_measure(unit: &str, period: &str, strings: &Strings) -> String {
    measure(strings.rate_measure, unit, period, strings)
}

/// The unit as the data writes it (a unit's translation is the source's to give), the period
/// in the interface's words.
fn measure(template: &str, unit: &str, period: &str, strings: &Strings) -> String {
    if period.is_empty() {
        unit.to_string()
    } else {
        fill(template, &[("unit", unit), ("period", strings.periods.word(period))])
    }
}

/// The space between a number and its unit: always in English; in Chinese only before a unit
/// written in Latin letters or digits ("84万 sets"), never before a Chinese one ("84万套").
pub fn unit_gap(unit: &str, strings: &Strings) -> &'static str {
    let latin = unit.chars().next().is_some_and(|first| first.is_ascii_alphanumeric());
    match strings.language {
        Language::English => " ",
        Language::Chinese if latin => " ",
        Language::Chinese => "",
    }
}

/// A briefing named by its date and title ("May 12, 2023 · Deputy Mayor inspects chip
/// projects"): where several briefings are in view, what a card or directive comes from.
pub fn briefing_label(briefing: &Briefing, strings: &Strings) -> String {
    format!("{} · {}", format_date(briefing.date.as_ref(), strings), briefing.title)
}

/// "February 20 — year not stated", or "February 20, 2024" when the year is known, or "not
/// stated" when the source states no date.
pub fn format_date(date: Option<&BriefingDate>, strings: &Strings) -> String {
    let Some(date) = date else { return strings.not_stated.to_string() };
    let month =
        strings.month_names.get(usize::from(date.month).wrapping_sub(1)).copied().unwrap_or("?");
    let day = date.day.to_string();
    match date.year {
        Some(year) => fill(
            strings.date_with_year,
            &[("month", month), ("day", &day), ("year", &year.to_string())],
        ),
        None => fill(
            strings.date_without_year,
            &[("month", month), ("day", &day), ("year_not_stated", strings.year_not_stated)],
        ),
    }
}

/// The date as one number that orders as dates do, no date before every date, and a date without
/// a year before every date with one (for [`crate::model::order::sort_by_rank`]).
pub fn sortable_date(date: Option<&BriefingDate>) -> u64 {
    let Some(date) = date else { return 0 };
    // No year is 0, and a stated year is shifted to start at 1, so that every year (negative
    // ones too) orders after no year and in its own order. A month is at least 1 in a valid
    // dataset, so a date without a year still orders after no date.
    let year = date.year.map_or(0, |year| i64::from(year) - i64::from(i32::MIN) + 1) as u64;
    year << 16 | u64::from(date.month) << 8 | u64::from(date.day)
}

/// The officials of a briefing in one line, in pieces: "Chen Zhichang (Mayor), Li Ming (Deputy
/// Mayor)", each name and role a [`Piece::Value`] (the data's words) and the brackets and
/// separators the interface's.
pub fn officials_pieces(officials: &[Official], strings: &Strings) -> Vec<Piece> {
    let officials = officials.iter().map(|official| {
        fill_pieces(strings.official, &[("name", &official.name), ("role", &official.role)])
    });
    joined_pieces(officials, strings)
}

/// Names in one line, in pieces: "Liu Wei, Wu Wei, Huang Hui" (in Chinese "Liu Wei、Wu Wei、
/// Huang Hui"), each name a [`Piece::Value`] and each separator the interface's.
pub fn names_pieces(names: &[String], strings: &Strings) -> Vec<Piece> {
    let names = names.iter().map(|name| vec![Piece::Value { slot: 0, text: name.clone() }]);
    joined_pieces(names, strings)
}

/// The pieces of each item one after the other, the interface's list separator between items,
/// words that meet joined into one piece.
pub fn joined_pieces(items: impl Iterator<Item = Vec<Piece>>, strings: &Strings) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = Vec::new();
    for (index, item) in items.enumerate() {
        let separator = (index > 0).then(|| Piece::Words(strings.list_separator.to_string()));
        for piece in separator.into_iter().chain(item) {
            push_piece(&mut pieces, piece);
        }
    }
    pieces
}

/// `template` filled around pieces already made: `inner` where the placeholder `name` is, the
/// `others` filled in as [`fill`] does ("Capacity not stated: {names}" around a list whose
/// names are the data's words); words that meet joined into one piece, none empty. A template
/// without `{name}` has `inner` after it.
pub fn around_pieces(
    template: &str,
    name: &str,
    inner: Vec<Piece>,
    others: &[(&str, &str)],
) -> Vec<Piece> {
    let Around { before, after, .. } = fill_around(template, name, "", others);
    let mut pieces = Vec::with_capacity(inner.len() + 2);
    for piece in std::iter::once(Piece::Words(before)).chain(inner).chain([Piece::Words(after)]) {
        push_piece(&mut pieces, piece);
    }
    pieces
}

/// Adds `piece` to the end of `pieces`, joined to words it meets; empty words are left out.
fn push_piece(pieces: &mut Vec<Piece>, piece: Piece) {
    match (pieces.last_mut(), piece) {
        (_, Piece::Words(words)) if words.is_empty() => {}
        (Some(Piece::Words(before)), Piece::Words(words)) => before.push_str(&words),
        (_, piece) => pieces.push(piece),
    }
}
