//! The briefing editor's page: a thin view over `model::editor`.

use yew::prelude::*;

#[function_component]
pub fn EditorPage() -> Html {
    html! { <main id="main"><h1>{ "Briefing editor" }</h1></main> }
}

/// Mounts the editor into `#app`, replacing the loading placeholder there.
pub fn start() {
    super::panic_panel::install();
    super::inline_styles::install();
    if let Some(root) = gloo::utils::document().get_element_by_id("app") {
        root.set_inner_html("");
        let _ = root.remove_attribute("aria-busy");
        yew::Renderer::<EditorPage>::with_root(root).render();
    }
}
