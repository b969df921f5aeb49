//! In-browser tests: the real `App` rendered into a test root in headless Chromium.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use briefing_explorer::app::panic_panel::{show_panel, PANEL_ID};
use briefing_explorer::app::App;
use briefing_explorer::model::site::INLINE_DATA_ID;
use gloo_timers::future::sleep;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

mod suggest;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh element in the page body for one test to render into.
fn test_root() -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    root
}

/// Puts the bundled dataset in the page as the one-file build does (an inline JSON block), so
/// that the app reads it without fetching `data/briefings.json` from a server.
fn inline_bundled_data() {
    if document().get_element_by_id(INLINE_DATA_ID).is_some() {
        return;
    }
    let block = document().create_element("script").unwrap();
    block.set_attribute("type", "application/json").unwrap();
    block.set_id(INLINE_DATA_ID);
    block.set_text_content(Some(include_str!("../../data/briefings.json")));
    document().head().unwrap().append_child(&block).unwrap();
}

/// Yew renders asynchronously; waits until `ready` holds or five seconds have passed.
async fn wait_for(root: &Element, ready: impl Fn(&Element) -> bool) {
    for _ in 0..500 {
        if ready(root) {
            return;
        }
        sleep(Duration::from_millis(10)).await;
    }
}

fn texts(root: &Element, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .filter_map(|index| nodes.item(index))
        .map(|node| node.text_content().unwrap_or_default().trim().to_string())
        .collect()
}

/// The project cards shown (the filters hide the others, which stay on the page).
fn card_count(root: &Element) -> usize {
    texts(root, SHOWN_CARD_HEADINGS).len()
}

const SHOWN_CARD_HEADINGS: &str = "#projects article:not([hidden]) h3";

#[wasm_bindgen_test]
async fn app_renders_the_briefing_and_filters_on_click() {
    inline_bundled_data();
    let root = test_root();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    wait_for(&root, |root| card_count(root) == 4).await;
    assert_eq!(
        document().title(),
        "Chen Zhichang special investigation of key industrial project construction — Briefing Explorer"
    );

    assert_eq!(
        texts(&root, "h1"),
        ["Chen Zhichang special investigation of key industrial project construction"]
    );
    assert_eq!(card_count(&root), 4);
    assert!(root.text_content().unwrap().contains("February 20 — year not stated"));
    let capacities = texts(&root, ".capacity-figure");
    assert_eq!(capacities, ["840,000 sets / year", "60,000 tons / year"]);
    // Two capacities and two statuses the source does not state, each "not stated" under its
    // label.
    assert_eq!(
        texts(&root, "#projects dd.not-stated").iter().filter(|text| *text == "not stated").count(),
        4
    );

    let magnesium = root.query_selector_all("button[aria-pressed]").unwrap();
    let button = (0..magnesium.length())
        .filter_map(|index| magnesium.item(index))
        .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
        .find(|button| button.text_content().unwrap_or_default().starts_with("Magnesium alloys"))
        .expect("a Magnesium alloys toggle");
    button.click();
    // The address is written by an effect after the render, so wait for both.
    let hash = || web_sys::window().unwrap().location().hash().unwrap();
    wait_for(&root, |root| card_count(root) == 1 && hash() == "#industry=magnesium-alloys").await;
    assert_eq!(card_count(&root), 1);
    assert!(texts(&root, SHOWN_CARD_HEADINGS)[0].starts_with("Baowu magnesium"));
    assert_eq!(button.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(hash(), "#industry=magnesium-alloys");

    handle.destroy();
    let _ = web_sys::window().unwrap().history().unwrap().replace_state_with_url(
        &wasm_bindgen::JsValue::NULL,
        "",
        Some("#"),
    );
}

#[wasm_bindgen_test]
fn the_panic_panel_is_visible_and_shown_once() {
    show_panel("panicked at src/example.rs:1:1: test");
    show_panel("a second panic");
    let panels = document().query_selector_all(&format!("#{PANEL_ID}")).unwrap();
    assert_eq!(panels.length(), 1);
    let panel = document().get_element_by_id(PANEL_ID).unwrap();
    assert_eq!(panel.get_attribute("role").as_deref(), Some("alert"));
    let text = panel.text_content().unwrap();
    assert!(text.contains("Something went wrong — reload"), "{text}");
    assert!(text.contains("src/example.rs"), "{text}");
    assert!(panel.query_selector("button").unwrap().is_some());
    panel.remove();
}
