//! The Web Worker that checks an opened dataset file off the page's main thread
//! (`app::check_worker`). Trunk builds it beside the app (index.html, `data-type="worker"`);
//! readers download it only when they open a file.

#[cfg(target_arch = "wasm32")]
fn main() {
    briefing_explorer::app::check_worker::run_worker();
}

/// Natively there is no page to serve; the `validate` binary checks files on the command line.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("validate-worker runs only as a Web Worker in the browser; use `validate FILE` here");
    std::process::exit(2);
}
