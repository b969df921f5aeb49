//! What is wrong with the dataset the address asked for, and a way to the site's default one.

use yew::prelude::*;

use crate::app::components::problems::ProblemList;
use crate::app::hooks::use_site_data::DataFailure;
use crate::model::site::DEFAULT_DATASET_FILE;
use crate::model::strings::{fill, EN};

#[derive(Properties, PartialEq)]
pub struct DataFailurePanelProps {
    pub name: String,
    pub failure: DataFailure,
    pub ondefault: Callback<()>,
}

#[function_component]
pub fn DataFailurePanel(props: &DataFailurePanelProps) -> Html {
    let name = props.name.as_str();
    let message = match &props.failure {
        DataFailure::Refused(refusal) => refusal.describe(name, &EN),
        DataFailure::NotFound { status } => {
            fill(EN.dataset_not_found, &[("name", name), ("status", &status.to_string())])
        }
        DataFailure::Unreachable { error } => {
            fill(EN.dataset_fetch_failed, &[("name", name), ("error", error)])
        }
        DataFailure::Invalid { problems } => {
            fill(EN.dataset_invalid, &[("name", name), ("count", &problems.len().to_string())])
        }
        DataFailure::OfflineOnly => fill(EN.dataset_offline_only, &[("name", name)]),
    };
    let problems = match &props.failure {
        DataFailure::Invalid { problems } => Some(problems.clone()),
        _ => None,
    };
    html! {
        <main id="main" class="load-error">
            <h1>{ EN.data_error_heading }</h1>
            <p role="alert">{ message }</p>
            if let Some(problems) = problems {
                <ProblemList {problems} />
            }
            if name != DEFAULT_DATASET_FILE {
                <button type="button" class="button primary" onclick={props.ondefault.reform(|_: MouseEvent| ())}>
                    { EN.open_default_dataset }
                </button>
            }
        </main>
    }
}
