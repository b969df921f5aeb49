//! Opening a dataset file: size check, reading with progress, validation.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::File;
use yew::prelude::*;

use crate::app::file_reading::{read_bytes, FileRead, ReadEvent};
use crate::app::hooks::use_strings::page_strings;
use crate::model::dataset::Dataset;
use crate::model::validate::{parse_dataset_bytes, Report, MAX_DATASET_BYTES};

/// Where opening a file has got to.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadStatus {
    Idle,
    Reading { name: String, loaded: f64, total: f64 },
    Validating { name: String },
    Opened { name: String },
    Refused { name: String, size_bytes: f64 },
    ReadFailed { name: String, reason: String },
    Invalid { name: String, report: Rc<Report> },
}

/// Returns a callback that opens a file: it reports each step through `onstatus`, and hands a
/// valid dataset to `onloaded`. A refused or invalid file leaves the shown data as it was.
///
/// # Example
/// ```ignore
/// let onfile = use_file_loader(onstatus, onloaded);
/// let dragging = use_file_drop(onfile.clone());
/// ```
#[hook]
pub fn use_file_loader(
    onstatus: Callback<LoadStatus>,
    onloaded: Callback<(Rc<Dataset>, String)>,
) -> Callback<File> {
    // The read in progress; replacing it aborts the previous one.
    let current: Rc<RefCell<Option<FileRead>>> = use_mut_ref(|| None);
    Callback::from(move |file: File| {
        let name = file.name();
        let size = file.size();
        if size > MAX_DATASET_BYTES as f64 {
            current.borrow_mut().take();
            onstatus.emit(LoadStatus::Refused { name, size_bytes: size });
            return;
        }
        onstatus.emit(LoadStatus::Reading { name: name.clone(), loaded: 0.0, total: size });
        let report = {
            let onstatus = onstatus.clone();
            let onloaded = onloaded.clone();
            let name = name.clone();
            move |event: ReadEvent| match event {
                ReadEvent::Progress { loaded, total } => {
                    onstatus.emit(LoadStatus::Reading { name: name.clone(), loaded, total })
                }
                ReadEvent::Done(Err(reason)) => {
                    onstatus.emit(LoadStatus::ReadFailed { name: name.clone(), reason })
                }
                ReadEvent::Done(Ok(bytes)) => {
                    onstatus.emit(LoadStatus::Validating { name: name.clone() });
                    let onstatus = onstatus.clone();
                    let onloaded = onloaded.clone();
                    let name = name.clone();
                    // Let the browser paint "Checking…" before the parse, which runs in one go.
                    gloo::timers::callback::Timeout::new(16, move || {
                        // The messages are in the interface language of the moment.
                        let strings = page_strings().language.validation_strings();
                        match parse_dataset_bytes(&bytes, strings) {
                            Ok(dataset) => {
                                onstatus.emit(LoadStatus::Opened { name: name.clone() });
                                onloaded.emit((Rc::new(dataset), name));
                            }
                            Err(report) => {
                                onstatus.emit(LoadStatus::Invalid { name, report: Rc::new(report) })
                            }
                        }
                    })
                    .forget();
                }
            }
        };
        match read_bytes(&file, report) {
            Ok(read) => *current.borrow_mut() = Some(read),
            Err(reason) => onstatus.emit(LoadStatus::ReadFailed { name, reason }),
        }
    })
}
