//! The web app's entry point. Trunk builds this binary for `wasm32-unknown-unknown`.

#[cfg(target_arch = "wasm32")]
fn main() {
    briefing_explorer::app::start();
}

/// Natively there is no browser to run in; `make serve` builds and serves the web app.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Briefing Explorer is a web app: run `make serve` and open http://127.0.0.1:8080");
    std::process::exit(2);
}
