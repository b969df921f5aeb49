//! Tab stays inside the slides' dialog.

use briefing_explorer::model::focus_trap::wrapped_focus;

#[test]
fn tab_goes_round_the_dialogs_controls() {
    // (focused, count, backwards) → the control Tab goes to, where the browser's would leave.
    let cases = [
        ((Some(4), 5, false), Some(0)),
        ((Some(0), 5, true), Some(4)),
        ((None, 5, true), Some(4)),
        ((None, 5, false), Some(0)),
        // In the middle the browser's own move stays inside.
        ((Some(1), 5, false), None),
        ((Some(3), 5, true), None),
        ((Some(4), 5, true), None),
        // One control, or none.
        ((Some(0), 1, false), Some(0)),
        ((Some(0), 1, true), Some(0)),
        ((None, 0, false), None),
        ((None, 0, true), None),
    ];
    for ((focused, count, backwards), expected) in cases {
        assert_eq!(wrapped_focus(focused, count, backwards), expected, "{focused:?} of {count}");
    }
}
