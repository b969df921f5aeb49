//! Moving keyboard focus: to an element by its id, into a form, and to what "Show more" adds.

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::{Callback, MouseEvent};

/// Focuses `element`, when it is one that can take focus, scrolling it into view if it is out
/// of view; whether it did.
fn focus_element(element: Option<web_sys::Element>) -> bool {
    focus_element_with(element, false)
}

fn focus_element_with(element: Option<web_sys::Element>, prevent_scroll: bool) -> bool {
    let Some(element) = element.and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return false;
    };
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(prevent_scroll);
    element.focus_with_options(&options).is_ok()
}

/// Focuses the element with this id (which scrolls it into view), when there is one that can
/// take focus; otherwise focus stays where it is.
pub fn focus_by_id(id: &str) {
    focus_element(gloo::utils::document().get_element_by_id(id));
}

/// Focuses the first element matching `selector`, when there is one; whether it did.
pub fn focus_first_matching(selector: &str) -> bool {
    focus_element(gloo::utils::document().query_selector(selector).ok().flatten())
}

/// Focuses the first element matching `selector` and brings its start into view, when there is
/// one; whether it did. Focus alone scrolls only an element wholly out of view: a tall form whose
/// end is on screen would keep its heading out of sight.
pub fn focus_and_show_start(selector: &str) -> bool {
    let Some(element) = gloo::utils::document().query_selector(selector).ok().flatten() else {
        return false;
    };
    let focused = focus_element_with(Some(element.clone()), true);
    show_start(&element);
    focused
}

/// Scrolls the page so that `element`'s start is at the top of the view (below a sticky bar,
/// where the page's `scroll-padding-top` keeps its height clear, as the editor's does).
fn show_start(element: &web_sys::Element) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Brings the start of the first element matching `selector` into view when its top is off
/// screen, and leaves the page where it is when it is on screen (a preview beside the source).
pub fn show_start_when_off_screen(selector: &str) {
    let Some(element) = gloo::utils::document().query_selector(selector).ok().flatten() else {
        return;
    };
    let top = element.get_bounding_client_rect().top();
    let height = gloo::utils::window().inner_height().ok().and_then(|height| height.as_f64());
    if top < 0.0 || height.is_some_and(|height| top >= height) {
        show_start(&element);
    }
}

/// The elements a form's fields are.
const FIELDS: [&str; 3] = ["input", "select", "textarea"];

/// The first field (input, select or text area) inside `container`, in the page's order.
fn first_field_in(container: &web_sys::Element) -> Option<web_sys::Element> {
    container.query_selector(&FIELDS.join(",")).ok().flatten()
}

/// Focuses the first field inside the element matching `container`, when there is one;
/// whether it did.
pub fn focus_first_field(container: &str) -> bool {
    let container = gloo::utils::document().query_selector(container).ok().flatten();
    focus_element(container.as_ref().and_then(first_field_in))
}

/// Once the element matching `container` is no longer the one there now (the next form has
/// replaced the form whose Add or Cancel was pressed, and with it that control), focuses its first
/// field, or the element itself when it holds none; focus would otherwise fall to the page's
/// body. The form must be replaced, not only changed, for this to find it (a keyed element).
pub fn focus_first_field_once_replaced(container: &'static str) {
    let before = gloo::utils::document().query_selector(container).ok().flatten();
    focus_once_shown(move |document| {
        let next = document.query_selector(container).ok().flatten();
        let next = next.filter(|next| Some(next) != before.as_ref())?;
        Some(first_field_in(&next).unwrap_or(next))
    });
}

/// Once the event's render is done (which may unfold the panel it is in), focuses this text
/// field and selects its text, so that what is typed next replaces it.
pub fn focus_and_select_once_shown(field: yew::NodeRef) {
    gloo::timers::callback::Timeout::new(0, move || {
        if let Some(input) = field.cast::<web_sys::HtmlInputElement>() {
            if focus_element(Some(input.clone().into())) {
                input.select();
            }
        }
    })
    .forget();
}

/// How often, and how many times, [`focus_by_id_once_shown`] looks for its element: for up to
/// five seconds, the time a briefing may take to arrive.
const FOCUS_RETRY_MS: u32 = 50;
const FOCUS_RETRIES: u32 = 100;

/// Focuses the element with this id once the page shows it. The control that was pressed goes
/// away with the view it belonged to, and focus would fall to the page's body, where a screen
/// reader says nothing and Tab starts again at the top; the element asked for may come only
/// with the next render, or with data still on its way. Focus the person has put elsewhere
/// meanwhile stays there.
pub fn focus_by_id_once_shown(id: impl Into<String>) {
    let id = id.into();
    focus_once_shown(move |document| document.get_element_by_id(&id));
}

/// Focuses what `find` finds once it finds it, looking first once the event's own render is
/// done, then again every [`FOCUS_RETRY_MS`] for as long as focus is still on the control pressed
/// (or nowhere).
fn focus_once_shown(find: impl Fn(&web_sys::Document) -> Option<web_sys::Element> + 'static) {
    let pressed = gloo::utils::document().active_element();
    focus_when_shown(Rc::new(find), pressed, 0, FOCUS_RETRIES);
}

type Finder = Rc<dyn Fn(&web_sys::Document) -> Option<web_sys::Element>>;

fn focus_when_shown(find: Finder, pressed: Option<web_sys::Element>, delay: u32, retries: u32) {
    gloo::timers::callback::Timeout::new(delay, move || {
        let document = gloo::utils::document();
        let active = document.active_element();
        let left_alone =
            active.is_none() || active == pressed || active == document.body().map(Into::into);
        if left_alone && !focus_element(find(&document)) && retries > 0 {
            focus_when_shown(find, pressed, FOCUS_RETRY_MS, retries - 1);
        }
    })
    .forget();
}

/// Where a "Show more" press adds its items to the list.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Adds {
    /// After the items shown ("Show 24 more"): the first new one is where the list ended.
    AtEnd,
    /// Before them ("Show 200 earlier"): the first new one is the list's first.
    AtStart,
}

/// How far below the screen's top edge an item taking focus there is put: its focus ring (3 px
/// wide, 2 px out, `style/main.css`) and a little air.
const FOCUS_RING_ROOM: f64 = 8.0;

/// A "Show more" press that keeps the reader's place: the first item it adds comes in where the
/// pressed button's block stood on the screen, and takes focus. Browsers keep what is on screen
/// in place as content comes in above it (scroll anchoring), so with the button near the top of
/// the screen every new item came in above it and the reader was left looking at the button
/// again; focus left on the button, moved past the new items, would skip them on Tab.
///
/// `items` selects the list's shown items, in order, within the button block's parent.
pub fn show_more_in_place(
    onmore: Callback<MouseEvent>,
    items: &'static str,
    adds: Adds,
) -> Callback<MouseEvent> {
    Callback::from(move |event: MouseEvent| {
        // The target, not the current target: Yew listens for clicks at the app's root.
        let place = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|pressed| pressed.closest(".show-more").ok().flatten())
            .and_then(|block| {
                let scope = block.parent_element()?;
                let first_new = match adds {
                    Adds::AtEnd => scope.query_selector_all(items).ok()?.length(),
                    Adds::AtStart => 0,
                };
                let top = block.get_bounding_client_rect().top();
                Some((scope, first_new, top.max(FOCUS_RING_ROOM)))
            });
        onmore.emit(event);
        let Some((scope, first_new, top)) = place else { return };
        // The list's next render is done by the next frame, and what it moves is put back
        // before that frame is painted.
        let put_back = Closure::once_into_js(move || {
            let first_new =
                scope.query_selector_all(items).ok().and_then(|list| list.get(first_new));
            let Some(first_new) =
                first_new.and_then(|node| node.dyn_into::<web_sys::Element>().ok())
            else {
                return;
            };
            let moved_by = first_new.get_bounding_client_rect().top() - top;
            gloo::utils::window().scroll_by_with_x_and_y(0.0, moved_by);
            // Focus goes where it could not before when the item is no control of its own (a
            // card); an item in the tab order already (a suggestion) stays in it.
            if !first_new.has_attribute("tabindex") {
                let _ = first_new.set_attribute("tabindex", "-1");
            }
            focus_element_with(Some(first_new), true);
        });
        let _ = gloo::utils::window().request_animation_frame(put_back.unchecked_ref());
    })
}
