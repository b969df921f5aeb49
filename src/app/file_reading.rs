//! Reading a local file's bytes with progress, through the browser's `FileReader`. Bytes, not
//! text: the validator decides what the encoding is and says so, where a text read would replace
//! an invalid byte silently.
//!
//! Nothing is uploaded: the bytes go from the disk to this page only.

use crate::app::hooks::use_strings::page_strings;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{File, FileReader, ProgressEvent};

/// What a read reports: progress in bytes, then the file's bytes or an error message. The bytes
/// stay in the browser's buffer, which can go to a worker without a copy.
pub enum ReadEvent {
    Progress { loaded: f64, total: f64 },
    Done(Result<js_sys::ArrayBuffer, String>),
}

/// An ongoing read; dropping it aborts the read and releases its callbacks.
pub struct FileRead {
    reader: FileReader,
    _on_progress: Closure<dyn FnMut(ProgressEvent)>,
    _on_load_end: Closure<dyn FnMut(ProgressEvent)>,
}

impl Drop for FileRead {
    fn drop(&mut self) {
        if self.reader.ready_state() == FileReader::LOADING {
            self.reader.abort();
        }
        self.reader.set_onprogress(None);
        self.reader.set_onloadend(None);
    }
}

/// Starts reading `file`'s bytes, reporting through `report`.
pub fn read_bytes(
    file: &File,
    report: impl Fn(ReadEvent) + Clone + 'static,
) -> Result<FileRead, String> {
    let reader =
        FileReader::new().map_err(|_| page_strings().error_cannot_read_files.to_string())?;
    let progress_report = report.clone();
    let on_progress = Closure::<dyn FnMut(ProgressEvent)>::new(move |event: ProgressEvent| {
        progress_report(ReadEvent::Progress { loaded: event.loaded(), total: event.total() });
    });
    let finished_reader = reader.clone();
    let on_load_end = Closure::<dyn FnMut(ProgressEvent)>::new(move |_event: ProgressEvent| {
        let outcome = match finished_reader.result() {
            Ok(value) if finished_reader.error().is_none() => value
                .dyn_into::<js_sys::ArrayBuffer>()
                .map_err(|_| page_strings().error_file_unreadable.to_string()),
            _ => Err(finished_reader.error().map_or_else(
                || page_strings().error_file_unreadable.to_string(),
                |error| error.message(),
            )),
        };
        report(ReadEvent::Done(outcome));
    });
    reader.set_onprogress(Some(on_progress.as_ref().unchecked_ref()));
    reader.set_onloadend(Some(on_load_end.as_ref().unchecked_ref()));
    reader
        .read_as_array_buffer(file)
        .map_err(|_| page_strings().error_file_unopenable.to_string())?;
    Ok(FileRead { reader, _on_progress: on_progress, _on_load_end: on_load_end })
}
