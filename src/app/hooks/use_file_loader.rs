//! Opening a dataset file: size check, reading with progress, validation off the main thread.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::File;
use yew::prelude::*;

use js_sys::ArrayBuffer;

use crate::app::check_worker::{check_in_worker, CheckEvent, Wanted, WorkerCheck};
use crate::app::file_reading::{read_bytes, FileRead, ReadEvent};
use crate::app::hooks::use_strings::page_strings;
use crate::model::dataset::Dataset;
use crate::model::validate::{CheckStage, Report, MAX_DATASET_BYTES};

/// Where opening a file has got to.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadStatus {
    Idle,
    Reading {
        name: String,
        loaded: f64,
        total: f64,
    },
    /// Checking the file; `stage` is the pass under way once the checker has said.
    Validating {
        name: String,
        stage: Option<CheckStage>,
    },
    Opened {
        name: String,
    },
    Refused {
        name: String,
        size_bytes: f64,
    },
    ReadFailed {
        name: String,
        reason: String,
    },
    Invalid {
        name: String,
        report: Rc<Report>,
        /// The file, which the editor can be handed to fix it.
        file: File,
    },
    /// Several files were dropped at once: none is opened, since which of them the reader
    /// meant is not known (a drag's order is the file manager's).
    SeveralFiles {
        count: u32,
    },
}

/// Returns a callback that opens a file: it reports each step through `onstatus`, and hands a
/// valid dataset to `onloaded`. A refused or invalid file leaves the shown data as it was. The
/// check runs in a Web Worker, so the page answers input meanwhile; the one-file build, which
/// ships no worker, checks on the page.
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
    // The read and the check under way; a new file replaces (and so stops) both. They are two
    // slots because the check starts inside the read's own callback, which must not be dropped
    // while it runs.
    let reading: Rc<RefCell<Option<FileRead>>> = use_mut_ref(|| None);
    let checking: Rc<RefCell<Option<WorkerCheck>>> = use_mut_ref(|| None);
    Callback::from(move |file: File| {
        let name = file.name();
        let size = file.size();
        reading.borrow_mut().take();
        checking.borrow_mut().take();
        if size > MAX_DATASET_BYTES as f64 {
            onstatus.emit(LoadStatus::Refused { name, size_bytes: size });
            return;
        }
        onstatus.emit(LoadStatus::Reading { name: name.clone(), loaded: 0.0, total: size });
        let finish = {
            let onstatus = onstatus.clone();
            let onloaded = onloaded.clone();
            let name = name.clone();
            let file = file.clone();
            move |outcome: Result<Dataset, Report>| match outcome {
                Ok(dataset) => {
                    onstatus.emit(LoadStatus::Opened { name: name.clone() });
                    onloaded.emit((Rc::new(dataset), name.clone()));
                }
                Err(report) => onstatus.emit(LoadStatus::Invalid {
                    name: name.clone(),
                    report: Rc::new(report),
                    file: file.clone(),
                }),
            }
        };
        let read_done = {
            let onstatus = onstatus.clone();
            let checking = checking.clone();
            let name = name.clone();
            move |bytes: ArrayBuffer| {
                onstatus.emit(LoadStatus::Validating { name: name.clone(), stage: None });
                // The messages are in the interface language of the moment.
                let language = page_strings().language;
                let on_event = {
                    let onstatus = onstatus.clone();
                    let name = name.clone();
                    let finish = finish.clone();
                    move |event: CheckEvent| match event {
                        CheckEvent::Stage(stage) => onstatus.emit(LoadStatus::Validating {
                            name: name.clone(),
                            stage: Some(stage),
                        }),
                        CheckEvent::Done(outcome) => finish(outcome),
                        // Never sent: this check asks for the dataset.
                        CheckEvent::Passed => {}
                        CheckEvent::Failed(reason) => {
                            onstatus.emit(LoadStatus::ReadFailed { name: name.clone(), reason })
                        }
                    }
                };
                *checking.borrow_mut() =
                    check_in_worker(bytes, language, Wanted::Dataset, on_event);
            }
        };
        let report = {
            let onstatus = onstatus.clone();
            let name = name.clone();
            move |event: ReadEvent| match event {
                ReadEvent::Progress { loaded, total } => {
                    onstatus.emit(LoadStatus::Reading { name: name.clone(), loaded, total })
                }
                ReadEvent::Done(Err(reason)) => {
                    onstatus.emit(LoadStatus::ReadFailed { name: name.clone(), reason })
                }
                ReadEvent::Done(Ok(bytes)) => read_done.clone()(bytes),
            }
        };
        match read_bytes(&file, report) {
            Ok(read) => *reading.borrow_mut() = Some(read),
            Err(reason) => onstatus.emit(LoadStatus::ReadFailed { name, reason }),
        }
    })
}
