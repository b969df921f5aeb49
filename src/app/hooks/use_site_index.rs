//! The site's list of datasets, `data/index.json`, fetched once after the first render.

use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::app::data_source::{fetch_bytes, Fetched};
use crate::model::site::{parse_site_index, SiteEntry, DATA_FOLDER, SITE_INDEX_FILE};

/// The entries of `data/index.json` that can be offered (empty until it has arrived, and when
/// the file is missing or unreadable). It is fetched once, the first time `fetch` is true: the
/// app passes true once its dataset has settled, so that the index never delays first render. Problems with the file are logged as
/// warnings for whoever publishes the site; the picker simply leaves those entries out.
///
/// # Example
/// ```ignore
/// let entries = use_site_index(!site.inline);
/// ```
#[hook]
pub fn use_site_index(fetch: bool) -> Rc<Vec<SiteEntry>> {
    let entries = use_state(|| Rc::new(Vec::new()));
    let started = use_mut_ref(|| false);
    {
        let entries = entries.clone();
        use_effect_with(fetch, move |fetch| {
            if *fetch && !*started.borrow() {
                *started.borrow_mut() = true;
                spawn_local(async move {
                    let url = format!("{DATA_FOLDER}{SITE_INDEX_FILE}");
                    if let Ok(Fetched::Bytes(bytes)) = fetch_bytes(&url).await {
                        let (found, problems) =
                            parse_site_index(&String::from_utf8_lossy(&bytes.to_vec()));
                        for problem in problems {
                            gloo::console::warn!(
                                problem.describe(crate::app::hooks::use_strings::page_strings())
                            );
                        }
                        entries.set(Rc::new(found));
                    }
                });
            }
        });
    }
    Rc::clone(&entries)
}
