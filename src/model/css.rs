//! Reading the declarations of an inline style (`"left: 12px; --badge-color: #0072B2"`), which
//! the app applies through the CSSOM instead of a `style` attribute (see `app::inline_styles`).

/// The `(property, value)` pairs of a declaration list, trimmed; empty and malformed parts (no
/// `:`, no property name) are skipped.
pub fn declarations(text: &str) -> impl Iterator<Item = (&str, &str)> {
    text.split(';').filter_map(|declaration| {
        let (property, value) = declaration.split_once(':')?;
        let (property, value) = (property.trim(), value.trim());
        (!property.is_empty() && !value.is_empty()).then_some((property, value))
    })
}
