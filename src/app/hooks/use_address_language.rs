//! The interface language follows the `lang=` of the view's address.

use yew::prelude::*;

use crate::model::language::Language;

/// Hands `onlanguage` the language the address names whenever it names another, so that a view
/// whose address changes under it (Back, an edited URL, a host page setting an embedded frame's
/// fragment) speaks what its address says. An address without `lang=` leaves the language as it
/// is: the header's switch writes `lang=`, and a link without it keeps the reader's choice.
///
/// # Example
/// ```ignore
/// use_address_language(state.query.language, props.onlanguage.clone());
/// ```
#[hook]
pub fn use_address_language(language: Option<Language>, onlanguage: Callback<Language>) {
    use_effect_with(language, move |&language| {
        if let Some(language) = language {
            onlanguage.emit(language);
        }
    });
}
