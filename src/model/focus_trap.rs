//! Where Tab goes inside a modal dialog: round its controls, never out of it to the page.

/// The control (an index into the dialog's `count` controls, in Tab order) that Tab (or
/// Shift+Tab, `backwards`) goes to from `focused` (`None`: the dialog itself or nothing in it
/// has focus), or `None` where the browser's own move stays inside. From the last control Tab
/// goes round to the first, and Shift+Tab from the first (or from the dialog) to the last: the
/// browser would have gone to the page behind, which is inert, and left focus on `<body>`.
pub fn wrapped_focus(focused: Option<usize>, count: usize, backwards: bool) -> Option<usize> {
    let last = count.checked_sub(1)?;
    match (focused, backwards) {
        (Some(index), false) if index >= last => Some(0),
        (Some(0) | None, true) => Some(last),
        (None, false) => Some(0),
        _ => None,
    }
}
