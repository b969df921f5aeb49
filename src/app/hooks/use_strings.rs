//! The interface language of the page, provided once by `App` and read by every component.

use yew::prelude::*;

use crate::model::language::Language;
use crate::model::strings::Strings;
use crate::model::url::language_in_hash;

/// The interface text of the language the page shows (English outside a provider).
///
/// # Example
/// ```ignore
/// let strings = use_strings();
/// html! { <h2>{ strings.charts_heading }</h2> }
/// ```
#[hook]
pub fn use_strings() -> &'static Strings {
    use_context::<Language>().unwrap_or_default().strings()
}

/// The language to start in: the address's `lang=`, else the browser's preferred languages.
pub fn initial_language() -> Language {
    let window = gloo::utils::window();
    let hash = window.location().hash().unwrap_or_default();
    language_in_hash(&hash).unwrap_or_else(|| {
        let preferred: Vec<String> = window
            .navigator()
            .languages()
            .iter()
            .filter_map(|language| language.as_string())
            .collect();
        Language::preferred(preferred.iter().map(String::as_str))
    })
}

/// Makes `<html lang>` follow the interface language, so that screen readers speak it and the
/// browser picks fonts with Chinese glyphs for Chinese.
pub fn set_document_language(language: Language) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("lang", language.tag());
    }
}

/// The interface text of the language the page shows now, read from `<html lang>` (which
/// [`set_document_language`] keeps current). For code outside components, such as browser I/O
/// helpers and the panic panel, that has no hook to call.
pub fn page_strings() -> &'static Strings {
    let tag = gloo::utils::document()
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .unwrap_or_default();
    Language::preferred([tag.as_str()]).strings()
}
