//! What is wrong with the dataset the address asked for, and a way to the site's default one.

use yew::prelude::*;

use crate::app::components::problems::ProblemList;
use crate::app::focus::focus_by_id_once_shown;
use crate::app::hooks::use_site_data::DataFailure;
use crate::app::hooks::use_strings::use_strings;
use crate::model::format::format_number;
use crate::model::site::{titled_page, DEFAULT_DATASET_FILE};
use crate::model::strings::fill;

#[derive(Properties, PartialEq)]
pub struct DataFailurePanelProps {
    pub name: String,
    pub failure: DataFailure,
    /// Whether the data is the one-file build's own block, and whether it looks cut short.
    pub inline: bool,
    pub inline_cut_short: bool,
    pub ondefault: Callback<()>,
}

#[function_component]
pub fn DataFailurePanel(props: &DataFailurePanelProps) -> Html {
    let strings = use_strings();
    // The tab and a screen reader's first words say that no briefing is shown, not the title of
    // the one shown before.
    use_effect_with(strings.language, move |_| {
        gloo::utils::document().set_title(&titled_page(strings.data_error_heading, strings));
    });
    let name = props.name.as_str();
    let own_block = props.inline && name == DEFAULT_DATASET_FILE;
    let message = match &props.failure {
        DataFailure::Refused(refusal) => refusal.describe(name, strings),
        DataFailure::NotFound { status } => {
            fill(strings.dataset_not_found, &[("name", name), ("status", &status.to_string())])
        }
        DataFailure::Unreachable { error } => {
            fill(strings.dataset_fetch_failed, &[("name", name), ("error", error)])
        }
        // The one-file build's own data has no file name the reader ever saw.
        DataFailure::Invalid { report } if own_block && report.total == 1 => {
            strings.inline_data_invalid_one.to_string()
        }
        DataFailure::Invalid { report } if own_block => fill(
            strings.inline_data_invalid,
            &[("count", &format_number(report.total as f64, strings))],
        ),
        DataFailure::Invalid { report } if report.total == 1 => {
            fill(strings.dataset_invalid_one, &[("name", name)])
        }
        DataFailure::Invalid { report } => fill(
            strings.dataset_invalid,
            &[("name", name), ("count", &format_number(report.total as f64, strings))],
        ),
        DataFailure::OfflineOnly => fill(strings.dataset_offline_only, &[("name", name)]),
    };
    let report = match &props.failure {
        DataFailure::Invalid { report } => Some(report.clone()),
        _ => None,
    };
    html! {
        <main id="main" class="load-error">
            <h1>{ strings.data_error_heading }</h1>
            <p role="alert">{ message }</p>
            if own_block && props.inline_cut_short {
                <p class="load-error-hint">{ strings.inline_data_cut_short }</p>
            }
            if let Some(report) = report {
                <ProblemList {report} />
            }
            if name != DEFAULT_DATASET_FILE {
                <button type="button" class="button primary" onclick={props.ondefault.reform(|_: MouseEvent| focus_by_id_once_shown("briefing-title"))}>
                    { strings.open_default_dataset }
                </button>
            }
        </main>
    }
}
