//! The briefing editor's page (`edit.html`): a thin view over `model::editor`.
//!
//! One reducer holds the editor (the draft and its history); every change a person makes is an
//! [`EditorAction`]. The draft is checked by the validator on every change, saved in the browser
//! shortly after, and shown to the author as readers will see it in the preview.

mod forms;
mod other_tab;
mod outline;
mod page_hooks;
mod problems;
mod session;
mod source_pane;
mod start;
mod suggestions;
mod toolbar;
mod typing_keeper;
mod unlanded;

use std::ops::Range;
use std::rc::Rc;

use yew::prelude::*;

use crate::app::components::explorer::Explorer;
use crate::app::focus::{focus_by_id_once_shown, show_start_when_off_screen};
use crate::app::hooks::use_hash_sync::{current_hash, replace_address_hash};
use crate::app::hooks::use_strings::{initial_language, set_document_language};
use crate::app::shared::Shared;
use crate::model::dataset::{Briefing, Dataset};
use crate::model::editor::{
    field_id, open_suggestions, problem_field, quote_for_selection_bytes, FieldTarget,
    NewRecordKept, RecordChange, RecordRef,
};
use crate::model::language::Language;
use crate::model::site::editor_page_title;
use crate::model::suggest::suggest;
use crate::model::url::hash_with_language;
use crate::model::validate::check_briefing;

use forms::RecordForm;
use other_tab::OtherTabNotice;
use outline::Outline;
use page_hooks::{use_autosave, use_history_keys, use_leave_warning, SaveState};
use problems::Problems;
use session::{use_session, Session, SessionAction};
use source_pane::SourcePane;
use start::StartScreen;
use suggestions::SuggestionList;
use toolbar::Toolbar;
use typing_keeper::{resume_typing, use_tab_name_kept, use_typing_keeper, TabKeeper};

/// What the author is working on in the form panel: a record of the draft, or a new one made
/// from a selection and not yet added.
#[derive(Clone, Debug, PartialEq)]
pub enum Focus {
    Record(RecordRef),
    New(forms::Pending),
}

/// Where keyboard focus goes once the form on screen has changed.
#[derive(Clone, Debug, PartialEq)]
enum Jump {
    /// The field with this id (a problem's).
    Field(String),
    /// The first field of the form (a new record's).
    FirstField,
    /// The form itself, which brings it into view: a record chosen in the records list, whose
    /// form opens at the top of the column, often far above the list.
    Form(RecordRef),
    /// The fields with these ids, given back the texts typed into them before the page was
    /// last left (`typing_keeper`); then the new record's form that was on screen, if any.
    Resume(Vec<(String, String)>, Option<NewRecordKept>),
}

/// What the editor's live region says: the words, and which saying of them this is, so that the
/// same words said again (a second record deleted as the first was, a selection of the same
/// size) are put in anew and heard again.
#[derive(Clone, Debug, Default, PartialEq)]
struct Announcement {
    words: String,
    serial: u64,
}

impl Reducible for Announcement {
    type Action = String;

    fn reduce(self: Rc<Self>, words: String) -> Rc<Self> {
        Rc::new(Announcement { words, serial: self.serial + 1 })
    }
}

#[function_component]
pub fn EditorPage() -> Html {
    let language = use_state_eq(initial_language);
    use_effect_with(*language, |&language| {
        set_document_language(language);
        gloo::utils::document().set_title(&editor_page_title(language));
    });
    let strings = language.editor_strings();
    let session = use_session();
    let keeper = (*use_memo((), |_| TabKeeper::claim())).clone();
    use_tab_name_kept(&keeper);
    // The language switch, on the start screen and in the toolbar: the address keeps the
    // choice, so a reload comes back in it.
    let onlanguage = Callback::from({
        let language = language.clone();
        move |next| {
            replace_address_hash(&hash_with_language(&current_hash(), next));
            language.set(next);
        }
    });
    html! {
        <ContextProvider<Language> context={*language}>
            if session.editor().is_some() {
                <Workbench session={session.clone()} language={*language} {onlanguage} {keeper} />
            } else {
                <StartScreen
                    onbegin={session.dispatcher().to_callback().reform({
                        let keeper = keeper.clone();
                        move |(editor, base)| {
                            // Text typed into the saved draft's form does not belong in another.
                            keeper.forget();
                            SessionAction::Begin { editor, base, restored: false }
                        }
                    })}
                    onrestore={session.dispatcher().to_callback().reform(|(editor, base)| {
                        SessionAction::Begin { editor, base, restored: true }
                    })}
                    {onlanguage}
                    {keeper}
                    {strings}
                />
            }
        </ContextProvider<Language>>
    }
}

#[derive(Properties, PartialEq)]
struct WorkbenchProps {
    session: UseReducerHandle<Session>,
    language: Language,
    onlanguage: Callback<Language>,
    keeper: TabKeeper,
}

/// The editor at work: the toolbar, the source with its suggestions, and the form, the records
/// and the problems (or the preview) beside it.
#[function_component]
fn Workbench(props: &WorkbenchProps) -> Html {
    let strings = props.language.editor_strings();
    let session = &props.session;
    let focus = use_state(|| Some(Focus::Record(RecordRef::Header)));
    let selection = use_state(|| None::<Range<usize>>);
    let highlight = use_state_eq(|| None::<Range<usize>>);
    let preview = use_state(|| false);
    // Shown, the preview's start is brought into view when it is off screen (in one column, on a
    // phone, the page had been scrolled down the source to the button).
    use_effect_with(*preview, |shown| {
        if *shown {
            show_start_when_off_screen(".editor-preview");
        }
    });
    let jump = use_state(|| None::<Jump>);
    let announcement = use_reducer(Announcement::default);
    let onannounce = {
        let dispatcher = announcement.dispatcher();
        (*use_memo((), move |_| dispatcher.to_callback())).clone()
    };
    // A record added or deleted, said once the draft it changed is checked, with the problems
    // it has then.
    let record_change = use_state(|| None::<RecordChange>);
    let onrecordchange = {
        let record_change = record_change.setter();
        (*use_memo((), move |_| Callback::from(move |change| record_change.set(Some(change)))))
            .clone()
    };
    let keeper = &props.keeper;
    // The start screen's button went with it: focus goes to the source text, where the work
    // begins, not to the page's body (a restored field being typed in keeps it).
    use_effect_with((), |_| crate::app::focus::focus_by_id_once_shown(source_pane::SOURCE_TEXT_ID));
    // The callbacks the form gets are made once: a form re-rendered while a person types in a
    // field would put the field back to the draft's value (Yew keeps a field's DOM value in
    // step with its `value`), so the form must re-render only when the draft or the record in
    // hand changes, not when the save indicator or a highlight does.
    let ondispatch = {
        let dispatcher = session.dispatcher();
        (*use_memo((), move |_| dispatcher.to_callback().reform(SessionAction::Act))).clone()
    };
    // A record or form taken in hand (opened, made, reached from a problem) is what the source
    // marks as in hand, not the suggestion that had focus before it: each way of taking one
    // puts the suggestion's mark down.
    let onfocus = {
        let (focus, jump, highlight) = (focus.setter(), jump.setter(), highlight.setter());
        (*use_memo((), move |_| {
            Callback::from(move |next: Option<Focus>| {
                jump.set(None);
                highlight.set(None);
                focus.set(next);
            })
        }))
        .clone()
    };
    let onopen_record = {
        let (focus, jump, highlight) = (focus.setter(), jump.setter(), highlight.setter());
        (*use_memo((), move |_| {
            Callback::from(move |record: RecordRef| {
                highlight.set(None);
                focus.set(Some(Focus::Record(record)));
                jump.set(Some(Jump::Form(record)));
            })
        }))
        .clone()
    };
    // A restored draft is saved as it stands, at the time it was.
    let save = use_state(|| match (&session.base, session.unsaved) {
        (Some(base), false) => SaveState::Saved(base.saved_at),
        _ => SaveState::Unsaved,
    });
    let draft = session.snapshot.clone();
    let index = session.editor().map_or(0, |editor| editor.briefing);

    // The validator, on every change, over the briefing being edited: fast enough on a typed
    // draft (no JSON round trip) whatever the dataset's size. The whole dataset is checked
    // before a download.
    let report = {
        let strings = props.language.form_validation_strings();
        use_memo((draft.clone(), index, props.language), move |(draft, index, _)| {
            check_briefing(draft, *index, strings).err()
        })
    };
    let problem_count = report.as_ref().as_ref().map_or(0, |report| report.total);
    {
        // The Add or Delete and the change it reports come in one render, the draft's check
        // with them: the count is the changed draft's.
        let record_change = record_change.clone();
        let onannounce = onannounce.clone();
        use_effect_with((*record_change).clone(), move |change| {
            if let Some(change) = change {
                onannounce.emit(change.words(problem_count, strings));
                record_change.set(None);
            }
        });
    }

    // What the preview shows: the latest draft with no problems.
    let previewed = use_mut_ref(|| None::<Shared<Dataset>>);
    if report.is_none() {
        *previewed.borrow_mut() = Some(draft.clone());
    }
    // The suggestions for the source text (computed again only when the text changes), and
    // those still open: not set aside (dismissed, or accepted through their form), not already
    // in the draft.
    let text =
        draft.briefings.get(index).map(|briefing| briefing.source.text.clone()).unwrap_or_default();
    let suggested = use_memo(text.clone(), |text| suggest(text, None).suggestions);
    let (dismissed, set_aside) = session
        .editor()
        .map(|editor| (editor.dismissed.len(), editor.set_aside()))
        .unwrap_or_default();
    let open_suggestions = use_memo(
        (draft.clone(), suggested.clone(), set_aside),
        move |(draft, suggested, set_aside)| {
            Shared::new(Rc::new(open_suggestions(draft, index, suggested, set_aside)))
        },
    );

    use_autosave(session, save.clone(), keeper);
    use_leave_warning(session.editor().is_some_and(|editor| editor.unexported));
    use_history_keys(ondispatch.clone());
    {
        // Focus the field a problem named, or a new record's first field, once its form is on
        // screen (on a narrow screen the form is below the source, out of sight). Kept texts
        // are given back one field a render: a field's change replaces its record as the form
        // last rendered it, so the next field must wait for the form to hold the first. A new
        // record's form kept with them opens once they are all given back.
        let next = jump.setter();
        let focus = focus.setter();
        let jump = (*jump).clone();
        use_effect_with(jump, move |jump| match jump {
            // Each is done once made: the same problem or record chosen again must bring its
            // field or form back into view, where the effect would not run for an equal jump.
            Some(Jump::Field(id)) => {
                crate::app::focus::focus_by_id(id);
                next.set(None);
            }
            Some(Jump::FirstField) => {
                crate::app::focus::focus_first_field(forms::FORM);
                next.set(None);
            }
            Some(Jump::Form(_)) => {
                crate::app::focus::focus_and_show_start(forms::FORM);
                next.set(None);
            }
            Some(Jump::Resume(fields, then)) => {
                let rest = resume_typing(fields);
                if !rest.is_empty() {
                    next.set(Some(Jump::Resume(rest.to_vec(), then.clone())));
                } else if let Some(NewRecordKept { record, project, suggestion, typed, .. }) =
                    then.clone()
                {
                    focus.set(Some(Focus::New(forms::Pending { record, project, suggestion })));
                    next.set(Some(if typed.is_empty() {
                        Jump::FirstField
                    } else {
                        Jump::Resume(typed, None)
                    }));
                }
            }
            None => {}
        });
    }
    use_typing_keeper(
        keeper,
        index,
        match &*focus {
            Some(Focus::Record(record)) => Some(*record),
            _ => None,
        },
        session.base.clone(),
    );
    {
        // A restored draft opens on the record whose field was being typed in, giving the
        // fields their texts back, and then on the new record's form that was on screen when
        // the page was left (a field left just before, whose edit the draft's save did not
        // hold yet, is given back first, or it would be lost).
        let focus = focus.setter();
        let jump = jump.setter();
        let draft = draft.clone();
        let keeper = keeper.clone();
        let restored = match (&session.base, session.unsaved) {
            (Some(base), false) => Some(base.clone()),
            _ => None,
        };
        use_effect_with((), move |_| {
            let Some(base) = restored else { return };
            let mut kept = keeper.take_for_restore(&base);
            let resumable = kept.typing.take_resumable(&draft, index);
            kept.new_record = kept.new_record.filter(|kept| kept.fits(&draft, index));
            let new_record = kept.new_record.clone();
            keeper.update(|record| *record = kept);
            if let Some((record, fields)) = resumable {
                focus.set(Some(Focus::Record(record)));
                jump.set(Some(Jump::Resume(fields, new_record)));
            } else if new_record.is_some() {
                jump.set(Some(Jump::Resume(Vec::new(), new_record)));
            }
        });
    }
    {
        // A new record's form is kept in the browser while it is on screen (its record, its
        // project and the texts typed into it), and forgotten once it is added or cancelled.
        let showing_new = use_mut_ref(|| false);
        let keeper = keeper.clone();
        let base = session.base.clone();
        use_effect_with(((*focus).clone(), index), move |(focus, index)| match focus {
            Some(Focus::New(pending)) => {
                keeper.update(|kept| {
                    let typed = kept.new_record.take().map(|kept| kept.typed).unwrap_or_default();
                    kept.base = base;
                    kept.new_record = Some(NewRecordKept {
                        briefing: *index,
                        record: pending.record.clone(),
                        project: pending.project,
                        suggestion: pending.suggestion,
                        typed,
                    });
                });
                *showing_new.borrow_mut() = true;
            }
            _ => {
                if showing_new.replace(false) {
                    keeper.update(|kept| kept.new_record = None);
                }
            }
        });
    }
    if draft.briefings.get(index).is_none() {
        return Html::default();
    }

    let selected_quote =
        selection.as_ref().and_then(|range| quote_for_selection_bytes(&text, range.clone()));
    let onselect_text = {
        let selection = selection.clone();
        Callback::from(move |range: Option<Range<usize>>| selection.set(range))
    };
    let onjump = {
        let focus = focus.clone();
        let jump = jump.clone();
        let preview = preview.clone();
        let highlight = highlight.clone();
        Callback::from(move |target: FieldTarget| {
            preview.set(false);
            highlight.set(None);
            jump.set(Some(Jump::Field(field_id(target.record, &target.field))));
            focus.set(Some(Focus::Record(target.record)));
        })
    };
    let onnew = {
        let keeper = keeper.clone();
        let focus = focus.clone();
        let preview = preview.clone();
        let jump = jump.clone();
        let highlight = highlight.clone();
        Callback::from(move |pending: forms::Pending| {
            preview.set(false);
            highlight.set(None);
            // Texts typed into another new record's form are not this one's.
            keeper.update(|kept| kept.new_record = None);
            focus.set(Some(Focus::New(pending)));
            jump.set(Some(Jump::FirstField));
        })
    };
    let onhighlight = {
        let highlight = highlight.clone();
        Callback::from(move |range: Option<Range<usize>>| highlight.set(range))
    };
    let problems: Vec<_> = report
        .as_ref()
        .as_ref()
        .map(|report| {
            report
                .groups
                .iter()
                .flat_map(|group| group.shown.iter())
                .map(|problem| (problem.clone(), problem.location.path().and_then(problem_field)))
                .collect()
        })
        .unwrap_or_default();
    let side = if *preview {
        let shown = previewed.borrow().clone();
        let show_problems = {
            let preview = preview.clone();
            Callback::from(move |_: MouseEvent| {
                preview.set(false);
                focus_by_id_once_shown("problems");
            })
        };
        html! {
            <section class="editor-preview" aria-label={strings.preview_heading}>
                // The problems are where the preview is not: one press takes the author there.
                if report.is_some() {
                    <div class="editor-note">
                        <p role="status">{ if shown.is_some() { strings.preview_stale } else { strings.preview_unavailable } }</p>
                        <button type="button" class="button" onclick={show_problems}>{ strings.back_to_problems }</button>
                    </div>
                }
                if let Some(dataset) = shown {
                    <Explorer key={session.revision.to_string()} {dataset} onlanguage={props.onlanguage.clone()} preview=true />
                }
            </section>
        }
    } else {
        html! {
            <div class="editor-work">
                <RecordForm
                    draft={draft.clone()}
                    briefing={index}
                    focus={(*focus).clone()}
                    selection={selected_quote}
                    ondispatch={ondispatch.clone()}
                    onfocus={onfocus.clone()}
                    {onrecordchange}
                    {strings}
                />
                <Problems
                    {problems}
                    total={problem_count}
                    records_nothing={draft.briefings.get(index).is_some_and(Briefing::records_nothing)}
                    draft={draft.clone()}
                    {onjump}
                    {strings}
                />
                <Outline
                    draft={draft.clone()}
                    briefing={index}
                    focus={(*focus).clone()}
                    onopen={onopen_record}
                    ondispatch={ondispatch.clone()}
                    language={props.language}
                    {strings}
                />
            </div>
        }
    };
    html! {
        <>
            <Toolbar
                session={session.clone()}
                problems={problem_count}
                preview={*preview}
                ontogglepreview={{
                    let preview = preview.clone();
                    Callback::from(move |_| preview.set(!*preview))
                }}
                save={(*save).clone()}
                language={props.language}
                onlanguage={props.onlanguage.clone()}
            />
            if let SaveState::Elsewhere(stamp) = &*save {
                <OtherTabNotice
                    stamp={stamp.clone()}
                    session={session.clone()}
                    keeper={keeper.clone()}
                    onreloaded={{
                        let save = save.setter();
                        let focus = focus.setter();
                        let jump = jump.setter();
                        Callback::from(move |saved_at: f64| {
                            jump.set(None);
                            focus.set(Some(Focus::Record(RecordRef::Header)));
                            save.set(SaveState::Saved(saved_at));
                        })
                    }}
                    onkeep={{
                        let save = save.setter();
                        Callback::from(move |_| save.set(SaveState::Unsaved))
                    }}
                    {strings}
                />
            }
            <main id="main" class={classes!("editor-main", preview.then_some("previewing"))}>
                // The editor's own words for a screen reader, where the page's text does not say
                // what happened: kept on the page from the start, as a live region added with its
                // words is not always read.
                <p id="editor-announcement" class="visually-hidden" role="status">
                    <span key={announcement.serial}>{ &announcement.words }</span>
                </p>
                <div class="editor-source-column">
                    <SourcePane
                        text={AttrValue::from(text.clone())}
                        draft={draft.clone()}
                        briefing={index}
                        suggestions={(*open_suggestions).clone()}
                        focus={(*focus).clone()}
                        highlight={(*highlight).clone()}
                        selection={(*selection).clone()}
                        onselect={onselect_text}
                        onmake={onnew.clone()}
                        {onannounce}
                        {strings}
                    />
                    <SuggestionList
                        text={AttrValue::from(text)}
                        draft={draft.clone()}
                        briefing={index}
                        suggestions={(*open_suggestions).clone()}
                        {dismissed}
                        {ondispatch}
                        {onhighlight}
                        onedit={onnew}
                        language={props.language}
                        {strings}
                    />
                </div>
                { side }
            </main>
        </>
    }
}

/// Mounts the editor into `#app`, replacing the loading placeholder there.
pub fn start() {
    super::panic_panel::install();
    super::inline_styles::install();
    let document = gloo::utils::document();
    super::remove_start_failed_notice(&document);
    if let Some(root) = document.get_element_by_id("app") {
        root.set_inner_html("");
        let _ = root.remove_attribute("aria-busy");
        yew::Renderer::<EditorPage>::with_root(root).render();
    }
}
