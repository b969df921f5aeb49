//! The briefing editor's page (`edit.html`): its own bundle, so that readers of the explorer
//! never download it. Trunk builds it from edit.html.

#[cfg(target_arch = "wasm32")]
fn main() {
    briefing_explorer::app::editor::start();
}

/// Natively there is no page to serve; `make serve` builds and serves the editor with the app.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "briefing-editor is a web page: run `make serve` and open http://127.0.0.1:8080/edit.html"
    );
    std::process::exit(2);
}
