//! Saving a file from the page: a temporary download link, clicked.

use crate::app::hooks::use_strings::page_strings;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlAnchorElement;

/// Clicks a temporary `<a href=url download=file_name>`. It is put in the document first: some
/// browsers ignore a click on a link that is not in the document.
pub fn click_download_link(url: &str, file_name: &str) -> Result<(), String> {
    let document = gloo::utils::document();
    let anchor: HtmlAnchorElement = document
        .create_element("a")
        .map_err(js_error)?
        .dyn_into()
        .map_err(|_| page_strings().error_not_link.to_string())?;
    anchor.set_href(url);
    anchor.set_download(file_name);
    anchor.set_hidden(true);
    let body = document.body().ok_or_else(|| page_strings().error_no_body.to_string())?;
    body.append_child(&anchor).map_err(js_error)?;
    anchor.click();
    anchor.remove();
    Ok(())
}

/// A JavaScript error as text for a message.
pub fn js_error(error: JsValue) -> String {
    error
        .as_string()
        .or_else(|| js_sys::JSON::stringify(&error).ok().and_then(|text| text.as_string()))
        .unwrap_or_else(|| page_strings().error_unknown.to_string())
}
