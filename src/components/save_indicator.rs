//! Says whether the workspace is safely stored, and offers a copy when it is not.

use yew::prelude::*;

/// Where the latest change stands.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum SaveStatus {
    /// Nothing has changed since the app opened.
    #[default]
    Unchanged,
    Saving,
    Saved,
    /// The latest change is only in memory; the text says why, for the user.
    NotSaved(String),
}

#[derive(Properties, PartialEq)]
pub struct SaveIndicatorProps {
    pub status: SaveStatus,
    /// Downloads the whole workspace as a file.
    pub on_download: Callback<()>,
}

/// A short status line; when saving failed, the reason and a download button.
#[function_component(SaveIndicator)]
pub fn save_indicator(props: &SaveIndicatorProps) -> Html {
    let (class, text) = match &props.status {
        SaveStatus::Unchanged => ("save save--quiet", "Stored in this browser only".to_owned()),
        SaveStatus::Saving => ("save", "Saving…".to_owned()),
        SaveStatus::Saved => ("save save--ok", "✓ Saved in this browser".to_owned()),
        SaveStatus::NotSaved(reason) => ("save save--error", format!("⚠ Not saved: {reason}")),
    };
    // Only a failure is announced; "Saving…" and "Saved" after every change would be noise.
    let failed = matches!(props.status, SaveStatus::NotSaved(_));
    html! {
        <div class={class} role={failed.then_some("alert")}>
            <span>{ text }</span>
            if matches!(props.status, SaveStatus::NotSaved(_)) {
                <button type="button" class="button button--small" onclick={props.on_download.reform(|_| ())}>
                    { "Download everything" }
                </button>
            }
        </div>
    }
}
