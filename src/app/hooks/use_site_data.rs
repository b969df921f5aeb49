//! The dataset the address asks for (`#data=NAME.json`, or the site's default), read from the
//! inline data block or fetched from the site's `data/` folder, and followed when the address
//! names another one (Back, Forward, an edited address).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use yew::platform::spawn_local;
use yew::prelude::*;

use js_sys::{ArrayBuffer, Uint8Array};

use crate::app::check_worker::{check_in_worker, check_on_page, CheckEvent, Wanted, WorkerCheck};
use crate::app::data_source::{
    checked_at_build, fetch_bytes, inline_data, remove_after_inline_data, sha256_hex,
    take_early_data, take_early_data_when_ready, Fetched, PageBytes,
};
use crate::app::first_view;
use crate::app::frames::{after_next_paint, next_task};
use crate::app::hooks::use_hash_sync::current_hash;
use crate::app::hooks::use_strings::page_strings;
use crate::model::checked_at_build::CheckedAtBuild;
use crate::model::dataset::Dataset;
use crate::model::site::{dataset_url, inline_block_cut_short, Refusal, DEFAULT_DATASET_FILE};
use crate::model::url::{dataset_hash, requested_dataset};
use crate::model::validate::{parse_dataset_bytes, parse_dataset_bytes_for_view, Report};

/// Why the asked-for dataset is not shown.
#[derive(Clone, Debug, PartialEq)]
pub enum DataFailure {
    /// The name is not a file of the site's `data/` folder; nothing was requested.
    Refused(Refusal),
    /// The server answered with this status (404: no such file).
    NotFound {
        status: u16,
    },
    /// The request failed (offline, blocked).
    Unreachable {
        error: String,
    },
    Invalid {
        report: Rc<Report>,
    },
    /// The one-file build carries only its own dataset and fetches nothing.
    OfflineOnly,
}

/// Where loading the asked-for dataset has got to.
#[derive(Clone, Debug, PartialEq)]
pub enum SiteData {
    Loading { name: String },
    Ready { name: String, dataset: Rc<Dataset> },
    Failed { name: String, failure: DataFailure },
}

#[derive(Clone, PartialEq)]
struct Loaded {
    data: SiteData,
    /// Bumped on every new load, so that the explorer starts afresh with the new data.
    generation: u32,
}

/// The site's data and a way to load another file of its folder.
#[derive(Clone, PartialEq)]
pub struct SiteDataHandle {
    pub data: SiteData,
    pub generation: u32,
    /// Whether the page carries its data inline (the one-file build): nothing is fetched.
    pub inline: bool,
    /// Whether that inline block looks cut short (`site::inline_block_cut_short`).
    pub inline_cut_short: bool,
    /// Loads a dataset of the site by file name (already checked, or checked again here).
    pub onload: Callback<String>,
}

/// The dataset the address names, loaded once and again whenever the address names another.
///
/// # Example
/// ```ignore
/// let site = use_site_data();
/// if let SiteData::Ready { dataset, .. } = &site.data { /* … */ }
/// ```
#[hook]
pub fn use_site_data() -> SiteDataHandle {
    let inline = use_memo((), |_| {
        let inline = inline_data();
        if inline.as_deref().is_some_and(inline_block_cut_short) {
            remove_after_inline_data();
        }
        inline
    });
    let loader = use_memo((), |_| Loader {
        wanted: RefCell::new(String::new()),
        latest: Cell::new(0),
        unchecked: RefCell::default(),
        checking: RefCell::default(),
        checked_at_build: checked_at_build(),
    });
    let loaded = {
        let inline = Rc::clone(&inline);
        let loader = Rc::clone(&loader);
        use_state(move || Loaded {
            data: loader.data_for(requested_dataset(&current_hash()), &inline),
            generation: 0,
        })
    };
    let onload = {
        let loaded = loaded.clone();
        let loader = Rc::clone(&loader);
        let inline = Rc::clone(&inline);
        use_callback((), move |name: String, _| {
            loader.start(requested_dataset(&dataset_hash(&name)), &inline, &loaded);
        })
    };
    // A fetch starts whenever a load is pending.
    {
        let loaded = loaded.clone();
        let loader = Rc::clone(&loader);
        use_effect_with(loaded.generation, move |_| {
            if let SiteData::Loading { name } = &loaded.data {
                spawn_fetch(name.clone(), loaded.generation, loader, loaded.clone());
            }
        });
    }
    // A dataset shown after the checks showing it relies on (a large one, or one the site's build
    // recorded) gets its whole check now.
    {
        let loaded = loaded.clone();
        let loader = Rc::clone(&loader);
        let ready = matches!(loaded.data, SiteData::Ready { .. });
        use_effect_with((loaded.generation, ready), move |&(generation, ready)| {
            let unchecked = loader.unchecked.borrow_mut().take();
            if let (true, Some(bytes)) = (ready, unchecked) {
                check_whole_later(bytes, generation, loader, loaded);
            }
        });
    }
    // The address names another dataset (Back, Forward, an edited address): load it.
    {
        let loaded = loaded.clone();
        let loader = Rc::clone(&loader);
        let inline = Rc::clone(&inline);
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let follow = move |_: &Event| {
                let request = requested_dataset(&current_hash());
                let name = match &request {
                    Ok(name) | Err((name, _)) => name.clone(),
                };
                if *loader.wanted.borrow() != name {
                    loader.start(request, &inline, &loaded);
                }
            };
            let on_popstate = EventListener::new(&window, "popstate", follow.clone());
            let on_hashchange = EventListener::new(&window, "hashchange", follow);
            move || drop((on_popstate, on_hashchange))
        });
    }
    SiteDataHandle {
        data: loaded.data.clone(),
        generation: loaded.generation,
        inline: inline.is_some(),
        inline_cut_short: inline.as_ref().as_deref().is_some_and(inline_block_cut_short),
        onload,
    }
}

/// A site dataset larger than this is shown once the checks showing it relies on have passed
/// (`parse_dataset_bytes_for_view`), and checked whole after the first paint, in the worker: at
/// 10,000 projects (12.8 MB) that is about half the time to the first card. A smaller one, such
/// as a briefing of a few dozen projects, is checked whole before it is shown: that takes a few
/// milliseconds, and needs no worker to be fetched; unless the site's build recorded a file of
/// its name and size as checked whole (`CheckedAtBuild`), which is then shown as a large one is,
/// and needs no whole check after its first paint when its SHA-256 says it is that very file:
/// the start of a page opened on its own briefing does none of the whole check's work (the
/// validator's code compiled as it first runs, and its reading of every quote).
const WHOLE_CHECK_LATER_ABOVE: usize = 512 * 1024;

/// What the latest load asked for. Listeners and callbacks made once hold older state handles,
/// so the latest name and number live here, with the whole check of the dataset shown.
struct Loader {
    wanted: RefCell<String>,
    latest: Cell<u32>,
    /// The bytes of a dataset shown before its whole check, until that check starts.
    unchecked: RefCell<Option<DatasetBytes>>,
    /// The whole check under way; a new load drops (and so stops) it.
    checking: RefCell<Option<WorkerCheck>>,
    /// The files the site's build checked whole: a large one shown needs no whole check when
    /// its bytes are those very files'.
    checked_at_build: CheckedAtBuild,
}

impl Loader {
    /// The data for a request: the inline block straight away, else a pending fetch (or a
    /// refusal, which fetches nothing).
    fn data_for(
        &self,
        request: Result<String, (String, Refusal)>,
        inline: &Option<String>,
    ) -> SiteData {
        match request {
            Err((name, refusal)) => {
                *self.wanted.borrow_mut() = name.clone();
                SiteData::Failed { name, failure: DataFailure::Refused(refusal) }
            }
            Ok(name) => {
                *self.wanted.borrow_mut() = name.clone();
                match inline {
                    Some(text) if name == DEFAULT_DATASET_FILE => {
                        self.parsed(name, DatasetBytes::Wasm(text.clone().into_bytes()))
                    }
                    Some(_) => SiteData::Failed { name, failure: DataFailure::OfflineOnly },
                    // Under a first view the app's start is split into tasks, the parse one of
                    // them (`spawn_fetch`): nothing shows sooner for doing it all in one.
                    None if first_view::is_on_page() => SiteData::Loading { name },
                    None if name == DEFAULT_DATASET_FILE => match take_early_data() {
                        Some(bytes) => self.parsed(name, DatasetBytes::Page(bytes)),
                        None => SiteData::Loading { name },
                    },
                    None => SiteData::Loading { name },
                }
            }
        }
    }

    fn start(
        &self,
        request: Result<String, (String, Refusal)>,
        inline: &Option<String>,
        loaded: &UseStateHandle<Loaded>,
    ) {
        self.checking.borrow_mut().take();
        let data = self.data_for(request, inline);
        let generation = self.latest.get().wrapping_add(1);
        self.latest.set(generation);
        loaded.set(Loaded { data, generation });
    }

    /// The dataset of `bytes`: checked whole, or, when large or recorded by the site's build,
    /// checked for view and kept for its whole check after the first paint.
    fn parsed(&self, name: String, bytes: DatasetBytes) -> SiteData {
        // The messages are in the interface language of the moment.
        let strings = page_strings().language.validation_strings();
        let (later, outcome) = {
            let read = bytes.in_wasm();
            let later = read.len() > WHOLE_CHECK_LATER_ABOVE
                || self.checked_at_build.sha256_for(&name, read.len()).is_some();
            if later {
                (later, parse_dataset_bytes_for_view(&read, strings))
            } else {
                (later, parse_dataset_bytes(&read, strings))
            }
        };
        *self.unchecked.borrow_mut() = (later && outcome.is_ok()).then_some(bytes);
        match outcome {
            Ok(dataset) => SiteData::Ready { name, dataset: Rc::new(dataset) },
            Err(report) => invalid(name, report),
        }
    }
}

/// A dataset file's bytes where they came from: the page's memory (a fetch, the early script) or
/// the wasm's (the one-file build's inline block).
enum DatasetBytes {
    Page(PageBytes),
    Wasm(Vec<u8>),
}

impl DatasetBytes {
    /// The bytes in the wasm's memory, to be read: a copy of the page's, which is dropped once
    /// read, so that the wasm does not hold a large file's bytes until its whole check.
    fn in_wasm(&self) -> std::borrow::Cow<'_, [u8]> {
        match self {
            DatasetBytes::Page(bytes) => bytes.to_vec().into(),
            DatasetBytes::Wasm(bytes) => bytes.as_slice().into(),
        }
    }

    /// The bytes in a buffer of the page's, to hand to the checking worker (and to digest).
    fn into_buffer(self) -> ArrayBuffer {
        match self {
            DatasetBytes::Page(bytes) => bytes.into_buffer(),
            DatasetBytes::Wasm(bytes) => Uint8Array::from(bytes.as_slice()).buffer(),
        }
    }
}

fn invalid(name: String, report: Report) -> SiteData {
    SiteData::Failed { name, failure: DataFailure::Invalid { report: Rc::new(report) } }
}

/// Runs the whole check of a dataset already shown, once the browser has painted it: in the
/// worker (whose files are fetched only now), or on the page for a small file and in the
/// one-file build, which has no worker. Problems replace the dataset with what is wrong, as for
/// a dataset that fails its check at once. A file the site's build checked whole is spared it
/// when the browser's SHA-256 of its bytes is the one the build recorded (a browser without
/// WebCrypto, on a page served over plain HTTP, checks it whole).
fn check_whole_later(
    bytes: DatasetBytes,
    generation: u32,
    loader: Rc<Loader>,
    loaded: UseStateHandle<Loaded>,
) {
    let SiteData::Ready { name, .. } = &loaded.data else {
        return;
    };
    let name = name.clone();
    spawn_local(async move {
        after_next_paint().await;
        if loader.latest.get() != generation {
            return;
        }
        // The digest reads a copy of the buffer at once, so the same buffer can go to the worker.
        let buffer = bytes.into_buffer();
        let size = buffer.byte_length() as usize;
        if let Some(recorded) = loader.checked_at_build.sha256_for(&name, size) {
            let digest = sha256_hex(&buffer).await;
            if digest.as_deref() == Some(recorded) || loader.latest.get() != generation {
                return;
            }
        }
        let language = page_strings().language;
        let settle = {
            let loader = Rc::clone(&loader);
            move |outcome: Result<Dataset, Report>| {
                if let (Err(report), true) = (outcome, loader.latest.get() == generation) {
                    loaded.set(Loaded { data: invalid(name.clone(), report), generation });
                }
            }
        };
        let on_event = move |event: CheckEvent| match event {
            CheckEvent::Done(outcome) => settle(outcome),
            // The worker stopped part-way (out of memory, say), which says nothing about the
            // data; what is shown passed the checks showing it relies on, and stays.
            CheckEvent::Failed(_) | CheckEvent::Passed | CheckEvent::Stage(_) => {}
        };
        *loader.checking.borrow_mut() = if size > WHOLE_CHECK_LATER_ABOVE {
            check_in_worker(buffer, language, Wanted::Verdict, on_event)
        } else {
            // A small file's whole check takes the page a few milliseconds, less than fetching
            // the worker's files would.
            check_on_page(buffer, language, on_event);
            None
        };
    });
}

fn spawn_fetch(name: String, generation: u32, loader: Rc<Loader>, loaded: UseStateHandle<Loaded>) {
    spawn_local(async move {
        let early =
            if name == DEFAULT_DATASET_FILE { take_early_data_when_ready().await } else { None };
        let fetched = match early {
            Some(fetched) => Ok(fetched),
            None => fetch_bytes(&dataset_url(&name)).await,
        };
        let split = first_view::is_on_page();
        if split {
            next_task().await;
        }
        let data = match fetched {
            Ok(Fetched::Bytes(bytes)) => loader.parsed(name, DatasetBytes::Page(bytes)),
            Ok(Fetched::Status(status)) => {
                SiteData::Failed { name, failure: DataFailure::NotFound { status } }
            }
            Err(error) => SiteData::Failed { name, failure: DataFailure::Unreachable { error } },
        };
        if split {
            next_task().await;
        }
        // A later load (another pick, Back) wins over this one.
        if loader.latest.get() == generation {
            loaded.set(Loaded { data, generation });
        }
    });
}
