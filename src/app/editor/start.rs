//! The editor's first screen: restore the saved draft, start from a briefing's text (pasted or a
//! `.txt` file), or edit a dataset (the site's, one the explorer handed over, or a file).

use std::rc::Rc;

use web_sys::{File, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::typing_keeper::TabKeeper;
use super::unlanded;
use crate::app::components::problems::ProblemList;
use crate::app::data_source::{fetch_bytes, Fetched};
use crate::app::draft_store::{
    delete, get_text, get_texts, last_download, DRAFT_KEY, HANDOFF_KEY, HANDOFF_NAME_KEY,
};
use crate::app::file_reading::{read_bytes, FileRead, ReadEvent};
use crate::app::hooks::use_hash_sync::current_hash;
use crate::model::dataset::Dataset;
use crate::model::editor::{
    check_source_text, export_json, file_fingerprint, read_source_text, saved_briefing_key,
    with_line_feeds, DraftStamp, Editor, SavedDraft, SourceTextError, MAX_SOURCE_TEXT_BYTES,
};
use crate::model::format::format_western;
use crate::model::language::Language;
use crate::model::site::{dataset_url, DEFAULT_DATASET_FILE};
use crate::model::strings::editor::EditorStrings;
use crate::model::strings::fill;
use crate::model::text;
use crate::model::url::explorer_address_from_editor;
use crate::model::url::{editor_briefing, editor_request, EditorRequest};
use crate::model::validate::{
    direction_control_name, mend_dataset_bytes, parse_dataset_bytes, Report,
};

/// The start screen's heading, which takes focus when the author leaves a draft for it ("New or
/// other…"): the control pressed goes with the draft's screen.
pub const START_HEADING_ID: &str = "editor-start-heading";
/// The line under an offered dataset's button that says the browser's draft is replaced.
const REPLACES_DRAFT_ID: &str = "editor-replaces-draft";

#[derive(Properties, PartialEq)]
pub struct StartScreenProps {
    /// Begins a new draft, or one made from a dataset, in place of the save the browser kept
    /// (if any).
    pub onbegin: Callback<(Editor, Option<DraftStamp>)>,
    /// Carries on with the draft the browser kept, from that save.
    pub onrestore: Callback<(Editor, Option<DraftStamp>)>,
    /// Switches the interface to the other language.
    pub onlanguage: Callback<Language>,
    /// This tab's typing not yet saved, and the records closed tabs left.
    pub keeper: TabKeeper,
    pub strings: &'static EditorStrings,
}

/// A dataset the address or a file asked for, before the author starts editing it.
#[derive(Clone, PartialEq)]
enum Offered {
    None,
    Loading(String),
    /// Its name, the dataset, and the briefing to open it on: the one the address names, for a
    /// dataset the address asked for (the explorer's briefing, handed on); the first for a file
    /// or the site's dataset chosen on this screen.
    Ready(String, Rc<Dataset>, Option<String>),
    /// Its name, the dataset mended from a file that does not fit the format, and the changes
    /// made to it, which the author sees before opening it.
    Mended(String, Rc<Dataset>, Rc<Report>),
    Failed(String),
    /// Its name and the validator's problems with it: a file that is no dataset the editor can
    /// take, its problems listed as the explorer lists them.
    Refused(String, Rc<Report>),
}

impl Offered {
    /// This offer, opening on the briefing the address names: it is what the address asked for.
    fn on_asked_briefing(self) -> Self {
        match self {
            Offered::Ready(name, dataset, _) => {
                Offered::Ready(name, dataset, editor_briefing(&current_hash()))
            }
            other => other,
        }
    }
}

#[function_component]
pub fn StartScreen(props: &StartScreenProps) -> Html {
    let strings = props.strings;
    let language = use_context::<Language>().unwrap_or_default();
    let saved = use_state(|| None::<Rc<(SavedDraft, Editor)>>);
    let saved_checked = use_state(|| false);
    let offered = use_state(|| Offered::None);
    // Where the dataset offered (opening, refused, ready) is said: at the top when the address
    // asked for it, as the page opens; beside the buttons when one of them was pressed, where
    // the author is looking.
    let offered_by_address = use_state(|| true);
    let offer_place = use_node_ref();
    // What a button's choice came to (opening, refused, ready) is brought into view below it,
    // where a tall page can have put it under the window's edge.
    {
        let offer_place = offer_place.clone();
        use_effect_with(((*offered).clone(), *offered_by_address), move |(offered, by_address)| {
            if !by_address && *offered != Offered::None {
                if let Some(place) = offer_place.cast::<web_sys::Element>() {
                    let options = web_sys::ScrollIntoViewOptions::new();
                    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                    place.scroll_into_view_with_scroll_into_view_options(&options);
                }
            }
        });
    }
    let text = use_state(String::new);
    let message = use_state(|| None::<String>);
    let reading = use_mut_ref(|| None::<FileRead>);
    // The save a draft begun now replaces, or carries on from.
    let base = saved.as_ref().map(|kept| kept.0.stamp());

    // What the browser kept, and what the address asks for, once.
    {
        let saved = saved.clone();
        let saved_checked = saved_checked.clone();
        let offered = offered.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                saved.set(read_saved_draft().await.map(Rc::new));
                saved_checked.set(true);
            });
            match editor_request(&current_hash()) {
                EditorRequest::Start => {}
                EditorRequest::SiteDataset(Err((name, _))) => {
                    offered
                        .set(Offered::Failed(fill(strings.open_refused_name, &[("name", &name)])));
                }
                EditorRequest::SiteDataset(Ok(name)) => {
                    offered.set(Offered::Loading(name.clone()));
                    wasm_bindgen_futures::spawn_local(async move {
                        offered
                            .set(fetch_dataset(&name, language, strings).await.on_asked_briefing());
                    });
                }
                EditorRequest::Handoff => {
                    wasm_bindgen_futures::spawn_local(async move {
                        let handed = get_text(HANDOFF_KEY).await.ok().flatten();
                        let name = get_text(HANDOFF_NAME_KEY).await.ok().flatten();
                        let _ = delete(HANDOFF_KEY).await;
                        let _ = delete(HANDOFF_NAME_KEY).await;
                        let name = name.filter(|name| !name.trim().is_empty());
                        offered.set(
                            match handed {
                                Some(text) => dataset_offer(
                                    name.as_deref().unwrap_or(strings.handed_over_name),
                                    text.as_bytes(),
                                    language,
                                ),
                                None => Offered::Failed(strings.handoff_missing.to_string()),
                            }
                            .on_asked_briefing(),
                        );
                    });
                }
            }
        });
    }
    // Text typed into the saved draft's form and not yet saved with it counts as a change.
    let unexported = saved
        .as_ref()
        .is_some_and(|saved| saved.0.unexported || props.keeper.would_give_back(&saved.0.stamp()));
    // Beginning anything else replaces the saved draft: one not yet downloaded only once the
    // author says so, as "New or other…" asks in the workbench.
    let may_replace = move || !unexported || gloo::dialogs::confirm(strings.confirm_close_draft);
    // A dataset asked for by the address opens at once, unless a draft not yet downloaded would
    // be replaced: then the author chooses.
    {
        let onbegin = props.onbegin.clone();
        let base = base.clone();
        use_effect_with(
            ((*offered).clone(), *saved_checked, unexported),
            move |(offered, checked, unexported)| {
                if let (Offered::Ready(_, dataset, briefing), true, false) =
                    (offered, checked, unexported)
                {
                    onbegin.emit((Editor::open_on((**dataset).clone(), briefing.as_deref()), base));
                }
            },
        );
    }

    let onbegin_text = {
        let onbegin = props.onbegin.clone();
        let text = text.clone();
        let message = message.clone();
        let base = base.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            match check_source_text(&text) {
                Ok(()) if !may_replace() => {}
                Ok(()) => onbegin
                    .emit((Editor::new_briefing_proposed(&with_line_feeds(&text)), base.clone())),
                Err(error) => message.set(Some(source_text_message(error, language))),
            }
        })
    };
    let oninput = {
        let text = text.clone();
        Callback::from(move |event: InputEvent| {
            text.set(event.target_unchecked_into::<HtmlTextAreaElement>().value());
        })
    };
    let ontext_file = {
        let text = text.clone();
        let message = message.clone();
        let reading = reading.clone();
        let offered = offered.clone();
        Callback::from(move |event: Event| {
            let Some(file) = chosen_file(&event) else { return };
            // An earlier file's refusal is not this one's.
            if matches!(*offered, Offered::Failed(_) | Offered::Refused(..)) {
                offered.set(Offered::None);
            }
            let name = file.name();
            let text = text.clone();
            let message = message.clone();
            let read = read_bytes(&file, move |event| {
                if let ReadEvent::Done(outcome) = event {
                    match outcome.map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec()) {
                        Ok(bytes) => match read_source_text(&bytes) {
                            Ok(read) => {
                                text.set(read);
                                message.set(None);
                            }
                            Err(error) => message.set(Some(fill(
                                strings.text_file_refused,
                                &[("name", &name), ("why", &source_text_message(error, language))],
                            ))),
                        },
                        Err(error) => message.set(Some(error)),
                    }
                }
            });
            *reading.borrow_mut() = read.ok();
        })
    };
    // A dataset chosen with a button: an earlier text file's refusal is not this one's.
    let begin_offer = {
        let (offered, offered_by_address, message) =
            (offered.clone(), offered_by_address.clone(), message.clone());
        move |name: String| {
            message.set(None);
            offered_by_address.set(false);
            offered.set(Offered::Loading(name));
        }
    };
    let ondataset_file = {
        let offered = offered.clone();
        let reading = reading.clone();
        let begin_offer = begin_offer.clone();
        Callback::from(move |event: Event| {
            let Some(file) = chosen_file(&event) else { return };
            let name = file.name();
            let offered = offered.clone();
            begin_offer(name.clone());
            let read = read_bytes(&file, move |event| {
                if let ReadEvent::Done(outcome) = event {
                    offered.set(match outcome {
                        Ok(buffer) => dataset_offer(
                            &name,
                            &js_sys::Uint8Array::new(&buffer).to_vec(),
                            language,
                        ),
                        Err(error) => Offered::Failed(error),
                    });
                }
            });
            *reading.borrow_mut() = read.ok();
        })
    };
    let onsite_dataset = {
        let offered = offered.clone();
        Callback::from(move |_: MouseEvent| {
            let offered = offered.clone();
            begin_offer(DEFAULT_DATASET_FILE.to_string());
            wasm_bindgen_futures::spawn_local(async move {
                offered.set(fetch_dataset(DEFAULT_DATASET_FILE, language, strings).await);
            });
        })
    };

    let restore = saved.as_ref().map(|kept| {
        let onrestore = {
            let onrestore = props.onrestore.clone();
            let kept = Rc::clone(kept);
            Callback::from(move |_: MouseEvent| {
                onrestore.emit((kept.1.clone(), Some(kept.0.stamp())))
            })
        };
        let ondiscard = {
            let saved = saved.clone();
            let keeper = props.keeper.clone();
            Callback::from(move |_: MouseEvent| {
                saved.set(None);
                keeper.forget();
                wasm_bindgen_futures::spawn_local(async {
                    let _ = delete(DRAFT_KEY).await;
                });
            })
        };
        let (record, _) = &**kept;
        let title = record.edited_title.clone();
        html! {
            <section class="editor-restore" aria-labelledby="restore-heading">
                <h2 id="restore-heading">{ fill(strings.restore_question, &[("time", &saved_time(record.saved_at, strings))]) }</h2>
                <p>
                    // One text with the changes' sentence in its place: how two sentences are
                    // joined is the language's (a space in English, none after Chinese "。").
                    { fill(
                        if title.trim().is_empty() { strings.restore_detail_untitled } else { strings.restore_detail },
                        // The title last, so that one holding "{changes}" is shown as typed.
                        &[("changes", if unexported { strings.restore_changed } else { strings.restore_unchanged }), ("title", &title)],
                    ) }
                </p>
                <div class="button-row">
                    <button type="button" class="button primary" onclick={onrestore}>{ strings.restore_button }</button>
                    <button type="button" class="button" onclick={ondiscard}>{ strings.discard_button }</button>
                </div>
            </section>
        }
    });
    // Either button below replaces the draft the browser keeps; said only when there is one.
    let replaces_draft = saved.as_ref().map(|kept| {
        let time = saved_time(kept.0.saved_at, strings);
        html! {
            <p id={REPLACES_DRAFT_ID} class="hint">{ fill(strings.replaces_saved_draft, &[("time", &time)]) }</p>
        }
    });
    let described_by = saved.is_some().then_some(REPLACES_DRAFT_ID);
    let offer = match &*offered {
        Offered::None => Html::default(),
        Offered::Loading(name) => {
            html! { <p role="status">{ fill(strings.opening_dataset, &[("name", name)]) }</p> }
        }
        Offered::Failed(why) => html! { <p class="editor-error" role="alert">{ why }</p> },
        Offered::Refused(name, report) => {
            let count = report.count_text(language.validation_strings());
            html! {
                <div class="editor-error" role="alert">
                    <p>{ fill(strings.open_refused_problems, &[("name", name), ("count", &count)]) }</p>
                    <ProblemList report={Rc::clone(report)} />
                </div>
            }
        }
        Offered::Ready(name, dataset, briefing) => {
            let onclick =
                begin_editing(&props.onbegin, dataset, briefing.clone(), &base, may_replace);
            html! {
                <>
                    <p role="status">
                        <button type="button" class="button primary" {onclick} aria-describedby={described_by}>
                            { fill(strings.edit_named_dataset, &[("name", name)]) }
                        </button>
                    </p>
                    { replaces_draft }
                </>
            }
        }
        Offered::Mended(name, dataset, changes) => {
            let onclick = begin_editing(&props.onbegin, dataset, None, &base, may_replace);
            let count = changes.count_text(language.validation_strings());
            html! {
                <div>
                    <p role="status">{ fill(strings.open_mended, &[("name", name), ("count", &count)]) }</p>
                    <ProblemList report={Rc::clone(changes)} />
                    <p>
                        <button type="button" class="button primary" {onclick} aria-describedby={described_by}>
                            { fill(strings.edit_mended_dataset, &[("name", name)]) }
                        </button>
                    </p>
                    { replaces_draft }
                </div>
            }
        }
    };

    html! {
        <main id="main" class="editor-start">
            <div class="editor-start-head">
                <h1 id={START_HEADING_ID} tabindex="-1">{ strings.editor_title }</h1>
                <button type="button" class="button" lang={language.other().tag()} onclick={props.onlanguage.reform(move |_| language.other())}>{ language.other().strings().language_name }</button>
            </div>
            <p class="editor-intro">{ strings.start_intro }</p>
            { for restore }
            if *offered_by_address { { offer.clone() } }
            <section class="editor-new" aria-labelledby="new-heading">
                <h2 id="new-heading">{ strings.new_briefing_heading }</h2>
                <form onsubmit={onbegin_text}>
                    <label for="new-source-text">{ strings.source_text_label }</label>
                    <textarea id="new-source-text" rows="12" value={(*text).clone()} {oninput} aria-describedby="new-source-hint" />
                    <p id="new-source-hint" class="hint">{ strings.source_text_hint }</p>
                    <div class="button-row">
                        <label class="button file-button">
                            { strings.open_text_file }
                            <input type="file" accept=".txt,text/plain" class="visually-hidden" onchange={ontext_file} />
                        </label>
                        <button type="submit" class="button primary">{ strings.start_editing }</button>
                    </div>
                    if let Some(message) = &*message {
                        <p class="editor-error" role="alert">{ message }</p>
                    }
                </form>
            </section>
            <section class="editor-existing" aria-labelledby="existing-heading">
                <h2 id="existing-heading">{ strings.existing_heading }</h2>
                <div class="button-row">
                    <button type="button" class="button" onclick={onsite_dataset}>{ strings.edit_site_dataset }</button>
                    <label class="button file-button">
                        { strings.open_dataset_file }
                        <input type="file" accept=".json,application/json" class="visually-hidden" onchange={ondataset_file} />
                    </label>
                </div>
                <div ref={offer_place}>
                    if !*offered_by_address { { offer } }
                </div>
            </section>
            <p><a href={back_to_explorer(language)}>{ strings.back_to_explorer }</a></p>
        </main>
    }
}

/// Opens `dataset` in the editor on `briefing` (the first when `None`), once `may_replace` (the
/// author agreeing to replace a draft not yet downloaded).
fn begin_editing(
    onbegin: &Callback<(Editor, Option<DraftStamp>)>,
    dataset: &Rc<Dataset>,
    briefing: Option<String>,
    base: &Option<DraftStamp>,
    may_replace: impl Fn() -> bool + 'static,
) -> Callback<MouseEvent> {
    let (onbegin, dataset, base) = (onbegin.clone(), Rc::clone(dataset), base.clone());
    Callback::from(move |_: MouseEvent| {
        if may_replace() {
            onbegin.emit((Editor::open_on((*dataset).clone(), briefing.as_deref()), base.clone()));
        }
    })
}

/// The draft the browser kept, with its briefings, if it is all there.
pub(super) async fn read_saved_draft() -> Option<(SavedDraft, Editor)> {
    unlanded::land_all().await;
    let mut record: SavedDraft = serde_json::from_str(&get_text(DRAFT_KEY).await.ok()??).ok()?;
    let keys: Vec<String> = (0..record.briefings).map(saved_briefing_key).collect();
    let briefings = get_texts(&keys)
        .await
        .ok()?
        .into_iter()
        .map(|text| serde_json::from_str(&text?).ok())
        .collect::<Option<Vec<_>>>()?;
    let mut editor = Editor::restore(record.clone(), briefings)?;
    // The save after a download, which says the draft was downloaded, is lost when the page is
    // left at once: a draft that is the very file last downloaded has nothing left to download.
    if record.unexported && last_download() == Some(file_fingerprint(&export_json(&editor.draft))) {
        record.unexported = false;
        editor.unexported = false;
    }
    Some((record, editor))
}

/// The file an `<input type=file>` holds after a choice.
fn chosen_file(event: &Event) -> Option<File> {
    let input: HtmlInputElement = event.target_unchecked_into();
    let file = input.files().and_then(|files| files.get(0));
    // Choosing the same file again must fire `change` again.
    input.set_value("");
    file
}

/// A dataset file of the site's `data/` folder, checked.
async fn fetch_dataset(name: &str, language: Language, strings: &'static EditorStrings) -> Offered {
    match fetch_bytes(&dataset_url(name)).await {
        Ok(Fetched::Bytes(bytes)) => dataset_offer(name, &bytes.to_vec(), language),
        Ok(Fetched::Status(status)) => Offered::Failed(fill(
            strings.open_failed,
            &[
                ("name", name),
                ("why", &fill(strings.http_status, &[("status", &status.to_string())])),
            ],
        )),
        Err(error) => {
            Offered::Failed(fill(strings.open_failed, &[("name", name), ("why", &error)]))
        }
    }
}

/// A dataset to edit from a file's bytes: a valid dataset, or a draft that fits the format but
/// does not validate yet (a downloaded draft), whose problems the editor then lists; else a file
/// that does not fit the format, mended, with the changes listed before it opens. Anything else
/// (no JSON, no briefing) is refused with the validator's problems.
fn dataset_offer(name: &str, bytes: &[u8], language: Language) -> Offered {
    let validation = language.validation_strings();
    let report = match parse_dataset_bytes(bytes, validation) {
        Ok(dataset) => return Offered::Ready(name.to_string(), Rc::new(dataset), None),
        Err(report) => report,
    };
    if let Ok(draft) = serde_json::from_slice::<Dataset>(bytes) {
        if !draft.briefings.is_empty() {
            return Offered::Ready(name.to_string(), Rc::new(draft), None);
        }
    }
    match mend_dataset_bytes(bytes, validation, &language.editor_strings().mend_words()) {
        Some((dataset, _)) if dataset.briefings.is_empty() => {
            Offered::Refused(name.to_string(), Rc::new(report))
        }
        // Nothing to mend: a draft that fits the format, which serde could not read from the
        // bytes (a byte-order mark before it).
        Some((dataset, changes)) if changes.total == 0 => {
            Offered::Ready(name.to_string(), Rc::new(dataset), None)
        }
        Some((dataset, changes)) => {
            Offered::Mended(name.to_string(), Rc::new(dataset), Rc::new(changes))
        }
        None => Offered::Refused(name.to_string(), Rc::new(report)),
    }
}

fn source_text_message(error: SourceTextError, language: Language) -> String {
    let strings = language.editor_strings();
    match error {
        SourceTextError::Empty => strings.text_empty.to_string(),
        SourceTextError::NotUtf8 { byte } => {
            fill(strings.text_not_utf8, &[("byte", &byte.to_string())])
        }
        SourceTextError::WideEncoding { encoding } => {
            fill(strings.text_wide_encoding, &[("encoding", encoding)])
        }
        SourceTextError::Binary { character } => {
            fill(strings.text_binary, &[("character", &character.to_string())])
        }
        SourceTextError::DirectionControl { character, code_point } => fill(
            strings.text_direction_control,
            &[
                ("character", &character.to_string()),
                ("code_point", &text::code_point(code_point)),
                (
                    "name",
                    direction_control_name(code_point, language.validation_strings())
                        .unwrap_or_default(),
                ),
            ],
        ),
        SourceTextError::TooLong { bytes } => fill(
            strings.text_too_long,
            &[
                ("size", &format_western(bytes.div_ceil(1024) as f64)),
                ("limit", &format_western((MAX_SOURCE_TEXT_BYTES / 1024) as f64)),
            ],
        ),
    }
}

/// When a draft was saved, as the author reads it: the time today, else the date and time.
pub fn saved_time(saved_at: f64, strings: &EditorStrings) -> String {
    let saved = js_sys::Date::new(&saved_at.into());
    let now = js_sys::Date::new_0();
    let time = format!("{:02}:{:02}", saved.get_hours(), saved.get_minutes());
    let same_day = saved.get_full_year() == now.get_full_year()
        && saved.get_month() == now.get_month()
        && saved.get_date() == now.get_date();
    if same_day {
        time
    } else {
        fill(
            strings.saved_on_day,
            &[
                ("year", &saved.get_full_year().to_string()),
                ("month", &(saved.get_month() + 1).to_string()),
                ("day", &saved.get_date().to_string()),
                ("time", &time),
            ],
        )
    }
}

/// The explorer on the dataset, briefing and language the editor's address names
/// ([`explorer_address_from_editor`]), for "Back to the explorer" here and on the editor's bar.
pub(super) fn back_to_explorer(language: Language) -> String {
    explorer_address_from_editor(&current_hash(), language)
}
