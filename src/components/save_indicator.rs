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

/// A short status line; when saving failed, the reason and a button for `on_download`, which
/// downloads the whole workspace as a file.
pub fn save_indicator(status: &SaveStatus, on_download: &Callback<()>) -> Html {
    let (class, text) = match status {
        SaveStatus::Unchanged => ("save save--quiet", "Stored in this browser only".to_owned()),
        SaveStatus::Saving => ("save", "Saving…".to_owned()),
        SaveStatus::Saved => ("save save--ok", "✓ Saved in this browser".to_owned()),
        SaveStatus::NotSaved(reason) => ("save save--error", format!("⚠ Not saved: {reason}")),
    };
    // Only a failure is announced; "Saving…" and "Saved" after every change would be noise.
    let failed = matches!(status, SaveStatus::NotSaved(_));
    html! {
        <div class={class} role={failed.then_some("alert")}>
            <span>{ text }</span>
            if failed {
                <button type="button" class="button button--small" onclick={on_download.reform(|_| ())}>
                    { "Download everything" }
                </button>
            }
        </div>
    }
}
