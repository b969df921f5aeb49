//! The width a chart prints at, from the lengths print.css gives the page and the chart cards:
//! the style sheet's own numbers, read as CSS writes them.

use briefing_explorer::model::chart::paper::{css_length, paper_width, PaperLengths};

/// print.css's lengths: side margins of 13 mm, a card padding of 5.4 pt (0.6rem at 9 pt) and a
/// border of 0.75 pt, and a grid gap of 4.5 pt.
fn print_css() -> PaperLengths {
    PaperLengths {
        page_margins: ["13mm".to_string(), "13mm".to_string()],
        card_padding: "5.4pt".to_string(),
        card_border: "0.75pt".to_string(),
        grid_gap: "4.5pt".to_string(),
    }
}

#[test]
fn a_css_length_in_an_absolute_unit_reads_as_css_pixels() {
    let check = |text: &str, expected: Option<f64>| {
        let read = css_length(text);
        match (read, expected) {
            (Some(read), Some(expected)) => {
                assert!((read - expected).abs() < 1e-9, "{text}: {read}")
            }
            _ => assert_eq!(read, expected, "{text}"),
        }
    };
    check("12px", Some(12.0));
    check(" 0.75pt", Some(1.0));
    check("25.4mm", Some(96.0));
    check("2.54cm", Some(96.0));
    check("1in", Some(96.0));
    check("1pc", Some(16.0));
    check("4Q", Some(96.0 / 25.4));
    check("13MM", Some(13.0 * 96.0 / 25.4));
    check(".5pt", Some(96.0 / 72.0 / 2.0));
    // The screen does not know a relative unit's size on paper; nothing else is a length.
    check("0.6rem", None);
    check("2em", None);
    check("", None);
    check("13", None);
    check("mm", None);
    check("var(--gap)", None);
    // Only digits and a decimal point, as print.css writes its numbers.
    check(".pt", None);
    check("-2mm", None);
    check("1.2.3mm", None);
    check("1e1px", None);
}

#[test]
fn a_chart_prints_at_its_cells_width_on_a4_from_the_style_sheets_lengths() {
    // 210 mm less 26 mm of margins is 695.4 px; less 2 × (7.2 + 1) px of padding and border.
    assert_eq!(paper_width(&print_css(), false), Some(679.0));
    // Half of the column less the 6 px gap, for a capacity panel beside another.
    assert_eq!(paper_width(&print_css(), true), Some(328.0));
    // A change in the style sheet is a change in the width, with nothing else to change.
    let wider_margins =
        PaperLengths { page_margins: ["20mm".to_string(), "20mm".to_string()], ..print_css() };
    assert_eq!(paper_width(&wider_margins, false), Some((170.0 * 96.0 / 25.4 - 16.4_f64).floor()));
    let wider_gap = PaperLengths { grid_gap: "30pt".to_string(), ..print_css() };
    assert_eq!(paper_width(&wider_gap, true), Some(((695.433_f64 - 40.0) / 2.0 - 16.4).floor()));
    // A length that cannot be read gives no width, rather than a wrong one.
    let unread = PaperLengths { card_padding: String::new(), ..print_css() };
    assert_eq!(paper_width(&unread, false), None);
    assert_eq!(
        paper_width(&PaperLengths { grid_gap: "1rem".to_string(), ..print_css() }, true),
        None
    );
    // The gap matters only beside another panel.
    assert_eq!(
        paper_width(&PaperLengths { grid_gap: String::new(), ..print_css() }, false),
        Some(679.0)
    );
}
