//! The app root: owns the workspace history, saves it, follows the URL, lays out the page.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::{
    data_banner, save_indicator, site_footer, site_header, BannerAction, SaveStatus,
    MAIN_HEADING_ID,
};
use crate::model::dates::iso;
use crate::model::workspace::{from_json, to_json, Workspace};
use crate::pages::{not_found_page, ActivitiesPage, ExportPage, ProposalPage, SharedPage};
use crate::route::{Area, Route};
use crate::services::events::{self, HistoryShortcut};
use crate::services::storage::{self, Loaded};
use crate::services::{clock, files, location, page};
use crate::state::{Action, ByIdentity as Same, Command, History};

/// How long after the last change the workspace is written (the issue allows 500 ms at most).
const AUTOSAVE_DELAY_MS: u32 = 300;

/// Mounts the app into the root element of `index.html`.
pub fn mount() {
    yew::Renderer::<App>::with_root(page::take_app_root()).render();
}

/// A problem with stored data found at start-up or later, shown until the user resolves it.
#[derive(Clone, Debug, PartialEq)]
enum DataProblem {
    /// Stored data could not be read; `backup_key` says where a copy was set aside, if anywhere.
    Unreadable {
        reason: String,
        backup_key: Option<String>,
    },
    /// The browser stores nothing for us.
    NoStorage(String),
    /// Another tab saved this text; saving here waits until the user chooses.
    ChangedElsewhere(String),
}

/// Offers `text` as `rolecase-<what>-<today>.json`.
fn download_json(what: &str, text: &str) {
    let name = format!("rolecase-{what}-{}.json", iso(clock::today()));
    if let Err(reason) = files::download(&name, "application/json", text) {
        page::log_error(&format!("download failed: {reason}"));
    }
}

/// Writes the workspace now and says how that went.
fn save_now(workspace: &Workspace) -> SaveStatus {
    match storage::save(workspace) {
        Ok(()) => SaveStatus::Saved,
        Err(error) => SaveStatus::NotSaved(format!("{error}; your changes are kept in this tab")),
    }
}

/// The whole app: loads the workspace, keeps it saved, and renders the page for the URL.
#[function_component(App)]
pub fn app() -> Html {
    // The workspace read at start-up is shared with the history, not copied: with years of
    // activities a deep copy is thousands of allocations on the way to the first screen.
    let startup = use_memo((), |_| match storage::load() {
        Loaded::Fresh => (Rc::default(), None),
        Loaded::Workspace(workspace) => (Rc::<Workspace>::from(workspace), None),
        Loaded::Unreadable { error, backup_key } => (
            Rc::default(),
            Some(DataProblem::Unreadable {
                reason: error.to_string(),
                backup_key,
            }),
        ),
        Loaded::Unavailable(error) => (
            Rc::default(),
            Some(DataProblem::NoStorage(error.to_string())),
        ),
    });
    let history = use_reducer(|| History::new(Rc::clone(&startup.0)));
    let problem = use_state(|| startup.1.clone());
    let save_status = use_state(SaveStatus::default);
    let route = use_state_eq(|| Route::from_fragment(&location::fragment()));

    let is_first_route = use_mut_ref(|| true);
    use_effect_with((*route).clone(), move |route| {
        page::set_title(&route.document_title());
        // Moving focus on the first render would yank it from wherever the browser put it.
        if !std::mem::replace(&mut *is_first_route.borrow_mut(), false) {
            page::focus(MAIN_HEADING_ID);
        }
    });

    // Autosave: a moment after the last change, and at once when the page is hidden (below).
    let unsaved: Rc<RefCell<Option<Rc<Workspace>>>> = use_mut_ref(|| None);
    let timer: Rc<RefCell<Option<clock::Pending>>> = use_mut_ref(|| None);
    let blocked = match &*problem {
        Some(DataProblem::Unreadable {
            backup_key: None, ..
        }) => Some(
            "the unreadable data found at start-up must be downloaded or discarded first"
                .to_owned(),
        ),
        Some(DataProblem::NoStorage(reason)) => Some(reason.clone()),
        Some(DataProblem::ChangedElsewhere(_)) => {
            Some("another tab changed the workspace".to_owned())
        }
        _ => None,
    };
    // The first state, to tell "nothing changed since opening" by identity, not a deep compare.
    let opened = {
        let present = history.present_rc();
        use_memo((), move |_| Same(present))
    };
    // Read by a pending save when it fires: saving may have been paused since it was scheduled.
    let paused = use_mut_ref(|| false);
    *paused.borrow_mut() = blocked.is_some();
    {
        let save_status = save_status.clone();
        let unsaved = Rc::clone(&unsaved);
        let timer = Rc::clone(&timer);
        let paused = Rc::clone(&paused);
        let present = history.present_rc();
        use_effect_with(
            (Same(present), blocked.clone()),
            move |(present, blocked)| {
                if *present == *opened && *save_status == SaveStatus::Unchanged {
                    return;
                }
                *unsaved.borrow_mut() = Some(Rc::clone(&present.0));
                if let Some(reason) = blocked {
                    timer.borrow_mut().take();
                    save_status.set(SaveStatus::NotSaved(format!(
                        "{reason}; your changes are kept in this tab"
                    )));
                    return;
                }
                save_status.set(SaveStatus::Saving);
                let unsaved = Rc::clone(&unsaved);
                *timer.borrow_mut() = Some(clock::after(AUTOSAVE_DELAY_MS, move || {
                    if *paused.borrow() {
                        return;
                    }
                    if let Some(workspace) = unsaved.borrow_mut().take() {
                        save_status.set(save_now(&workspace));
                    }
                }));
            },
        );
    }
    // The browser's events, listened to while the app is mounted (one effect for all four, as
    // each effect is a hook type of its own in the wasm).
    {
        let route = route.clone();
        let unsaved = Rc::clone(&unsaved);
        let timer = Rc::clone(&timer);
        let paused = Rc::clone(&paused);
        let save_status = save_status.clone();
        let problem = problem.clone();
        let history = history.clone();
        use_effect_with((), move |_| {
            // Follow the URL fragment.
            let on_change = route.clone();
            let fragment = location::on_fragment_change(move |fragment| {
                on_change.set(Route::from_fragment(&fragment))
            });
            // The fragment may have changed between the first render and this listener.
            route.set(Route::from_fragment(&location::fragment()));
            // Autosave at once when the page is hidden: mobile browsers often skip `pagehide`,
            // and a hidden page may never come back.
            let hidden = events::on_page_hidden(move || {
                timer.borrow_mut().take();
                if !*paused.borrow() {
                    if let Some(workspace) = unsaved.borrow_mut().take() {
                        save_status.set(save_now(&workspace));
                    }
                }
            });
            // Another tab saving the same workspace pauses saving here until the user chooses.
            let elsewhere = storage::on_change_elsewhere(move |text| {
                problem.set(Some(DataProblem::ChangedElsewhere(text)));
            });
            // Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z (or Ctrl/Cmd+Y) redoes.
            let shortcuts = events::on_history_shortcut(move |shortcut| {
                history.dispatch(match shortcut {
                    HistoryShortcut::Undo => Command::Undo,
                    HistoryShortcut::Redo => Command::Redo,
                })
            });
            move || drop((fragment, hidden, elsewhere, shortcuts))
        });
    }

    let on_download = {
        let history = history.clone();
        Callback::from(move |()| download_json("workspace", &to_json(history.present())))
    };
    let banner = problem.as_ref().map(|current| {
        let dismiss = {
            let problem = problem.clone();
            Callback::from(move |()| problem.set(None))
        };
        match current {
            DataProblem::Unreadable { reason, backup_key } => {
                let kept = backup_key.is_some();
                let download = {
                    // Without a copy aside, the data is still under the workspace key, unsaved over.
                    let key = backup_key.clone().unwrap_or_else(|| storage::WORKSPACE_KEY.to_owned());
                    Callback::from(move |()| {
                        download_json("unreadable", &storage::read(&key).unwrap_or_default())
                    })
                };
                let message = if kept {
                    format!("{reason} The data has been set aside in this browser, untouched, and you can download it. Rolecase started with an empty workspace.")
                } else {
                    format!("{reason} It could not be set aside, so Rolecase will not save over it until you download it or choose to discard it.")
                };
                let second = if kept { "Dismiss" } else { "Discard it and start saving" };
                data_banner(
                    "Your saved data could not be opened",
                    &message,
                    &[
                        BannerAction { label: "Download the unreadable data".into(), on_click: download },
                        BannerAction { label: second.into(), on_click: dismiss },
                    ],
                )
            }
            DataProblem::NoStorage(reason) => data_banner(
                "This browser is not keeping your work",
                &format!("Rolecase cannot save here: {reason}. Your work stays in this tab only, so download a copy before you close it."),
                &[BannerAction { label: "Download everything".into(), on_click: on_download.clone() }],
            ),
            DataProblem::ChangedElsewhere(text) => {
                let load_theirs = {
                    let history = history.clone();
                    let problem = problem.clone();
                    let text = text.clone();
                    Callback::from(move |()| match from_json(&text) {
                        Ok(theirs) => {
                            history.dispatch(Command::Apply(Box::new(Action::ReplaceWorkspace(theirs))));
                            problem.set(None);
                        }
                        Err(error) => problem.set(Some(DataProblem::Unreadable {
                            reason: error.to_string(),
                            // Really set it aside before saying so; until then nothing is saved.
                            backup_key: storage::keep_unreadable(&text),
                        })),
                    })
                };
                let keep_mine = {
                    let history = history.clone();
                    let problem = problem.clone();
                    let save_status = save_status.clone();
                    Callback::from(move |()| {
                        save_status.set(save_now(history.present()));
                        problem.set(None);
                    })
                };
                data_banner(
                    "Rolecase changed in another tab",
                    "Another tab saved changes to this workspace. Saving here is paused so that neither tab silently overwrites the other. Loading the other tab's version can be undone.",
                    &[
                        BannerAction { label: "Load the other tab's version".into(), on_click: load_theirs },
                        BannerAction { label: "Keep this tab's version".into(), on_click: keep_mine },
                    ],
                )
            }
        }
    });

    html! {
        <ContextProvider<UseReducerHandle<History>> context={history}>
            { layout(&route, save_indicator(&save_status, &on_download), banner.unwrap_or_default()) }
        </ContextProvider<UseReducerHandle<History>>>
    }
}

/// Header (with `status`, the save indicator), `banner` (a message about the user's data) above
/// the page for `route`, footer. Pages read the workspace from context, so a caller must provide
/// a `UseReducerHandle<History>`.
pub fn layout(route: &Route, status: Html, banner: Html) -> Html {
    let page = match route {
        // The embed view is the document alone, with none of the app around it.
        Route::Embed(payload) => {
            return html! {
                <main class="embed">
                    <SharedPage payload={payload.clone()} embedded=true />
                </main>
            };
        }
        Route::Shared(payload) => html! { <SharedPage payload={payload.clone()} /> },
        Route::Area(Area::Activities) => html! { <ActivitiesPage /> },
        Route::Area(Area::Proposal) => html! { <ProposalPage /> },
        Route::Area(Area::Export) => html! { <ExportPage /> },
        Route::NotFound(path) => not_found_page(path),
    };
    html! {
        <div class="shell">
            { site_header(route.area(), status) }
            <main class="page">
                { banner }
                { page }
            </main>
            { site_footer() }
        </div>
    }
}
