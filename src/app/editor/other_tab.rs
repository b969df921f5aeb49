//! The notice that another tab saved the draft open here: saving here waits until the author
//! reloads the other tab's draft or chooses to keep editing this one over it.

use yew::prelude::*;

use super::session::{Session, SessionAction};
use super::start::{read_saved_draft, saved_time};
use super::typing_keeper::TabKeeper;
use crate::model::editor::DraftStamp;
use crate::model::strings::editor::EditorStrings;
use crate::model::strings::fill;

#[derive(Properties, PartialEq)]
pub struct OtherTabNoticeProps {
    /// The other tab's save.
    pub stamp: DraftStamp,
    pub session: UseReducerHandle<Session>,
    /// This tab's typing, which a reload of the other tab's draft drops.
    pub keeper: TabKeeper,
    /// The draft kept in the browser replaced this one; it was saved at this time.
    pub onreloaded: Callback<f64>,
    /// The author keeps this tab's draft, to be saved over the other's.
    pub onkeep: Callback<()>,
    pub strings: &'static EditorStrings,
}

#[function_component]
pub fn OtherTabNotice(props: &OtherTabNoticeProps) -> Html {
    let strings = props.strings;
    let onreload = {
        let session = props.session.clone();
        let keeper = props.keeper.clone();
        let onreloaded = props.onreloaded.clone();
        let stamp = props.stamp.clone();
        let onkept = props.onkeep.clone();
        Callback::from(move |_: MouseEvent| {
            let session = session.clone();
            let keeper = keeper.clone();
            let onreloaded = onreloaded.clone();
            let stamp = stamp.clone();
            let onkept = onkept.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match read_saved_draft().await {
                    Some((record, editor)) => {
                        // What was typed here and not saved belongs to the draft left behind
                        // (other tabs' typing is theirs, and stays).
                        keeper.forget();
                        let base = Some(record.stamp());
                        session.dispatch(SessionAction::Begin { editor, base, restored: true });
                        onreloaded.emit(record.saved_at);
                    }
                    // The other tab discarded it: this tab's draft is the only one left.
                    None => {
                        session.dispatch(SessionAction::Overwrite(stamp.clone()));
                        onkept.emit(());
                    }
                }
            });
        })
    };
    let onkeep = {
        let session = props.session.clone();
        let stamp = props.stamp.clone();
        let onkeep = props.onkeep.clone();
        Callback::from(move |_: MouseEvent| {
            session.dispatch(SessionAction::Overwrite(stamp.clone()));
            onkeep.emit(());
        })
    };
    let time = saved_time(props.stamp.saved_at, strings);
    html! {
        <section class="editor-other-tab" aria-label={strings.other_tab_label}>
            <p role="alert">{ fill(strings.other_tab_changed, &[("time", &time)]) }</p>
            <div class="button-row">
                <button type="button" class="button" onclick={onreload}>{ strings.other_tab_reload }</button>
                <button type="button" class="button" onclick={onkeep}>{ strings.other_tab_keep }</button>
            </div>
        </section>
    }
}
