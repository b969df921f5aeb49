//! The site's list of datasets, `data/index.json`, fetched once after the first render.

use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::app::data_source::{fetch_bytes, Fetched};
use crate::model::site::{
    parse_site_index, SiteEntry, SiteIndexProblem, DATA_FOLDER, SITE_INDEX_FILE,
};

/// What `data/index.json` gave: the entries that can be offered, and the problems with the rest
/// (or with the whole file), which the page shows for whoever publishes the site.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SiteIndex {
    pub entries: Vec<SiteEntry>,
    pub problems: Vec<SiteIndexProblem>,
}

/// The site's index (empty until it has arrived, and when the file is missing). It is fetched
/// once, the first time `fetch` is true: the app passes true once its dataset has settled, so
/// that the index never delays first render.
///
/// # Example
/// ```ignore
/// let index = use_site_index(!site.inline);
/// ```
#[hook]
pub fn use_site_index(fetch: bool) -> Rc<SiteIndex> {
    let index = use_state(|| Rc::new(SiteIndex::default()));
    let started = use_mut_ref(|| false);
    {
        let index = index.clone();
        use_effect_with(fetch, move |fetch| {
            if *fetch && !*started.borrow() {
                *started.borrow_mut() = true;
                spawn_local(async move {
                    let url = format!("{DATA_FOLDER}{SITE_INDEX_FILE}");
                    if let Ok(Fetched::Bytes(bytes)) = fetch_bytes(&url).await {
                        let (entries, mut problems) = parse_site_index(&bytes.to_vec());
                        // A host that answers a missing file with its own page does so for a
                        // site without the list, which is optional: nothing to tell readers.
                        problems.retain(|problem| *problem != SiteIndexProblem::WebPage);
                        index.set(Rc::new(SiteIndex { entries, problems }));
                    }
                });
            }
        });
    }
    Rc::clone(&index)
}
