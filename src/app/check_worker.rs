//! Checking an opened file in a Web Worker, so that the page keeps answering input while a large
//! file is validated. Both ends live here: [`run_worker`] is the worker (started by the
//! `validate-worker` binary, which Trunk builds beside the app), [`check_in_worker`] the page's
//! side. The messages are `model::checking`'s.
//!
//! The worker's files are not hashed (Trunk names a worker after its binary), so the page finds
//! them at a fixed address beside itself.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, ArrayBuffer, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DedicatedWorkerGlobalScope, ErrorEvent, Event, MessageEvent, Worker};

use crate::app::data_source::is_one_file_build;
use crate::app::download::js_error;
use crate::app::hooks::use_strings::page_strings;

use crate::model::checking::{
    dataset_pieces, Assembled, CheckerReply, DatasetAssembly, PieceError, PIECE_BYTES,
};
use crate::model::dataset::Dataset;
use crate::model::language::Language;
use crate::model::validate::{
    parse_dataset_bytes, parse_dataset_bytes_in_stages, CheckStage, Report,
};

/// The worker's start script, relative to the page: Trunk's loader shim for the
/// `validate-worker` binary.
const WORKER_SCRIPT: &str = "./validate-worker_loader.js";

/// What the page wants back from a check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wanted {
    /// The dataset, when the file is valid: an opened file.
    Dataset,
    /// Only whether the file is valid: a dataset of the site the page already shows.
    Verdict,
}

/// The worker's side: answers each request (a language code, a file's bytes and whether only the
/// verdict is wanted) with the stages of the check and its outcome.
pub fn run_worker() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    // The bytes are copied into the worker's memory once, then checked there.
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let request = Array::from(&event.data());
        let language = request
            .get(0)
            .as_string()
            .and_then(|code| Language::from_code(&code))
            .unwrap_or_default();
        let Ok(buffer) = request.get(1).dyn_into::<ArrayBuffer>() else {
            return;
        };
        let bytes = Uint8Array::new(&buffer).to_vec();
        let wanted =
            if request.get(2).as_bool() == Some(true) { Wanted::Verdict } else { Wanted::Dataset };
        let outcome =
            parse_dataset_bytes_in_stages(&bytes, language.validation_strings(), |stage| {
                post_reply(&replies, &CheckerReply::Stage(stage), None)
            });
        match outcome {
            Ok(_) if wanted == Wanted::Verdict => post_reply(&replies, &CheckerReply::Passed, None),
            Ok(dataset) => {
                let (header, pieces) = dataset_pieces(&dataset, PIECE_BYTES);
                post_reply(&replies, &CheckerReply::Valid { pieces: pieces.len() }, Some(&header));
                for piece in &pieces {
                    post_piece(&replies, piece);
                }
            }
            Err(report) => post_reply(&replies, &CheckerReply::Invalid(report), None),
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker, which the page terminates when it is done.
    on_message.forget();
    post_reply(&scope, &CheckerReply::Ready, None);
}

/// Posts `reply` as JSON text, with the text it carries (the dataset's header) as a second
/// element.
fn post_reply(scope: &DedicatedWorkerGlobalScope, reply: &CheckerReply, text: Option<&str>) {
    let message = Array::of1(&JsValue::from_str(&reply.to_json()));
    if let Some(text) = text {
        message.push(&JsValue::from_str(text));
    }
    // Posting fails only when the page has already terminated the worker; nobody is listening.
    let _ = scope.post_message(&message);
}

/// Posts a piece of the dataset as UTF-8 bytes whose buffer is handed over, not copied: as a
/// string, a piece holding a 10 MB source text was cloned for the page and encoded again on
/// its way into the page's wasm, about 50 ms of the page's time.
fn post_piece(scope: &DedicatedWorkerGlobalScope, piece: &str) {
    let bytes = Uint8Array::from(piece.as_bytes());
    let message = Array::of2(&JsValue::from_str(&CheckerReply::Piece.to_json()), &bytes);
    // Posting fails only when the page has already terminated the worker; nobody is listening.
    let _ = scope.post_message_with_transfer(&message, &Array::of1(&bytes.buffer()));
}

/// What the page hears about a check.
pub enum CheckEvent {
    Stage(CheckStage),
    Done(Result<Dataset, Report>),
    /// The file is valid; only the verdict was wanted.
    Passed,
    /// The worker stopped during the check; the message says how.
    Failed(String),
}

/// A check in progress; dropping it stops the worker and releases its callbacks.
pub struct WorkerCheck {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(Event)>,
}

impl Drop for WorkerCheck {
    fn drop(&mut self) {
        self.worker.terminate();
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
    }
}

/// Starts checking `bytes` in a worker, with the problems in `language`, reporting through
/// `report`. Where no worker can run (the one-file build ships none; a host may lack its files
/// or forbid workers) the page checks the bytes itself and reports `Done`, whatever was
/// `wanted`; `None` then, as there is no worker to stop.
pub fn check_in_worker(
    bytes: ArrayBuffer,
    language: Language,
    wanted: Wanted,
    report: impl Fn(CheckEvent) + Clone + 'static,
) -> Option<WorkerCheck> {
    if is_one_file_build() {
        check_on_page(bytes, language, report);
        return None;
    }
    let Ok(worker) = Worker::new(WORKER_SCRIPT) else {
        check_on_page(bytes, language, report);
        return None;
    };
    // The bytes wait here until the worker is ready; once sent they belong to the worker.
    let waiting = Rc::new(RefCell::new(Some(bytes)));
    let on_message = {
        let worker = worker.clone();
        let waiting = waiting.clone();
        let report = report.clone();
        // The dataset read so far, while pieces are still to come.
        let assembly: Rc<RefCell<Option<DatasetAssembly>>> = Rc::default();
        let settle = {
            let worker = worker.clone();
            let assembly = assembly.clone();
            let report = report.clone();
            move |outcome: Result<Assembled, String>| match outcome {
                Ok(Assembled::Waiting(waiting)) => *assembly.borrow_mut() = Some(waiting),
                Ok(Assembled::Done(dataset)) => {
                    worker.terminate();
                    report(CheckEvent::Done(Ok(dataset)));
                }
                Err(reason) => {
                    worker.terminate();
                    report(CheckEvent::Failed(reason));
                }
            }
        };
        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let message = Array::from(&event.data());
            let reply = message.get(0).as_string().and_then(|text| CheckerReply::from_json(&text));
            match reply {
                Some(CheckerReply::Ready) => {
                    if let Some(bytes) = waiting.borrow_mut().take() {
                        let verdict = JsValue::from_bool(wanted == Wanted::Verdict);
                        let request = Array::of3(&language.code().into(), &bytes, &verdict);
                        if let Err(error) =
                            worker.post_message_with_transfer(&request, &Array::of1(&bytes))
                        {
                            report(CheckEvent::Failed(js_error(error)));
                        }
                    }
                }
                Some(CheckerReply::Stage(stage)) => report(CheckEvent::Stage(stage)),
                // Each piece is read in its own message task, so the page reads a large
                // dataset a few milliseconds at a time.
                Some(CheckerReply::Valid { pieces }) => {
                    let header = message.get(1).as_string().unwrap_or_default();
                    settle(DatasetAssembly::start(&header, pieces));
                }
                Some(CheckerReply::Piece) => {
                    let piece = message
                        .get(1)
                        .dyn_into::<Uint8Array>()
                        .ok()
                        .and_then(|bytes| String::from_utf8(bytes.to_vec()).ok())
                        .unwrap_or_default();
                    // Taken out first: `settle` puts the assembly back.
                    let waiting = assembly.borrow_mut().take();
                    let unknown = || page_strings().error_unknown.to_string();
                    settle(match waiting.map(|waiting| waiting.add_piece(&piece)) {
                        Some(Ok(assembled)) => Ok(assembled),
                        Some(Err(PieceError::Unreadable(reason))) => Err(reason),
                        Some(Err(PieceError::NoBriefingYet)) | None => Err(unknown()),
                    })
                }
                Some(CheckerReply::Passed) => {
                    worker.terminate();
                    report(CheckEvent::Passed);
                }
                Some(CheckerReply::Invalid(problems)) => {
                    // The worker's job is done: stop it now (its memory goes with it), though
                    // the callbacks stay until the check is dropped, since this one is running.
                    worker.terminate();
                    report(CheckEvent::Done(Err(problems)))
                }
                None => {}
            }
        })
    };
    let on_error = Closure::<dyn FnMut(Event)>::new(move |event: Event| {
        // Before the bytes were sent the worker never started: check on the page instead.
        // After, it stopped part-way (out of memory, say). A script that fails to load fires a
        // plain `Event`; an error inside the worker an `ErrorEvent` with a message.
        match waiting.borrow_mut().take() {
            Some(bytes) => check_on_page(bytes, language, report.clone()),
            None => report(CheckEvent::Failed(
                event
                    .dyn_into::<ErrorEvent>()
                    .map(|error| error.message())
                    .unwrap_or_else(|_| page_strings().error_unknown.to_string()),
            )),
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Some(WorkerCheck { worker, _on_message: on_message, _on_error: on_error })
}

/// Checks a file on the page itself, in one go, a frame later (so that the browser has painted
/// what the page says meanwhile), and reports `Done`.
pub fn check_on_page(
    bytes: ArrayBuffer,
    language: Language,
    report: impl Fn(CheckEvent) + 'static,
) {
    gloo::timers::callback::Timeout::new(16, move || {
        let bytes = Uint8Array::new(&bytes).to_vec();
        report(CheckEvent::Done(parse_dataset_bytes(&bytes, language.validation_strings())))
    })
    .forget();
}
