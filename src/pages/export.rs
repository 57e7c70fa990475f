//! The Export & share screen: the proposal as Markdown, HTML, print, a rich-text paste, a share
//! link and an embed; the data as a JSON backup and CSV, both ways, each import previewed first.

use std::cell::Cell;
use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::analysis::inventory::{count_noun, group_thousands, span_phrase};
use crate::components::form_events::{take_file, value_of};
use crate::components::{page_intro, DocumentView};
use crate::document::text::to_text;
use crate::document::{build, Document};
use crate::export::backup::{merge, not_yet_in, own, preview};
use crate::export::csv::{
    guess_date_order, guess_mapping, import, read_table, CsvField, CsvImport as CsvRows, CsvTable,
    DateOrder,
};
use crate::export::share::COMFORTABLE_LINK_CHARS;
use crate::export::{html, markdown};
use crate::model::dates::{iso, Date};
use crate::model::workspace::{from_json, to_json, Workspace};
use crate::pages::hooks::{use_focus_after, FocusAfter};
use crate::route::Area;
use crate::services::{clipboard, clock, files, location, page, share};
use crate::state::{Action, ByIdentity, Command, History};

/// How many problem rows the CSV preview lists before summing up the rest.
const PROBLEMS_SHOWN: usize = 20;

/// What the page says after an action: a confirmation, or what went wrong.
#[derive(Clone, PartialEq)]
enum Notice {
    Done(String),
    Failed(String),
}

/// A backup file read and waiting for the user's choice.
#[derive(Clone, PartialEq)]
enum JsonImport {
    Ready {
        name: String,
        incoming: Rc<Workspace>,
    },
    Refused {
        name: String,
        reason: String,
    },
}

/// A spreadsheet read and waiting for its columns to be matched.
#[derive(Clone, PartialEq)]
enum CsvImport {
    Mapping {
        name: String,
        table: Rc<CsvTable>,
        mapping: Vec<Option<CsvField>>,
        order: DateOrder,
    },
    Refused {
        name: String,
        reason: String,
    },
}

/// The share link and embed code for one payload at this address.
struct Prepared {
    link: String,
    embed: String,
}

/// The ids focus moves to: the outcome of an action, and each preview as it appears.
const NOTICE_ID: &str = "export-notice";
const JSON_PREVIEW_ID: &str = "json-preview-title";
const CSV_PREVIEW_ID: &str = "csv-preview-title";

fn apply(history: &UseReducerHandle<History>, action: Action) {
    history.dispatch(Command::Apply(Box::new(action)));
}

/// A button's click that offers `contents()` as the file `name` and says how that went; the
/// contents are made only when the user asks. `contents` is a trait object, not generic, so
/// the download code is compiled once rather than once per button.
fn download_on_click(
    notice: &UseStateHandle<Option<Notice>>,
    name: String,
    mime: &'static str,
    contents: Box<dyn Fn() -> String>,
) -> Callback<MouseEvent> {
    let notice = notice.clone();
    Callback::from(move |_: MouseEvent| {
        notice.set(Some(match files::download(&name, mime, &contents()) {
            Ok(()) => Notice::Done(format!("Downloaded {name}.")),
            Err(reason) => Notice::Failed(format!("The download did not start: {reason}.")),
        }))
    })
}

/// Downloads the standalone HTML file of `document`.
fn download_html(
    notice: &UseStateHandle<Option<Notice>>,
    document: &Rc<Document>,
    today: &str,
) -> Callback<MouseEvent> {
    let document = Rc::clone(document);
    download_on_click(
        notice,
        format!("rolecase-proposal-{today}.html"),
        "text/html",
        Box::new(move || html::standalone(&document)),
    )
}

/// Downloads the JSON backup of `workspace`.
fn download_backup(
    notice: &UseStateHandle<Option<Notice>>,
    workspace: &Rc<Workspace>,
    today: &str,
) -> Callback<MouseEvent> {
    let workspace = Rc::clone(workspace);
    download_on_click(
        notice,
        format!("rolecase-workspace-{today}.json"),
        "application/json",
        Box::new(move || to_json(&workspace)),
    )
}

fn copy(notice: &UseStateHandle<Option<Notice>>, text: String, done: &'static str) {
    let notice = notice.clone();
    spawn_local(async move {
        notice.set(Some(match clipboard::copy_text(&text).await {
            Ok(()) => Notice::Done(done.into()),
            Err(reason) => Notice::Failed(format!("Nothing was copied: {reason}.")),
        }));
    });
}

/// The share link and the embed code, or, for a link too long to travel, the files instead.
fn share_items(
    notice: &UseStateHandle<Option<Notice>>,
    prepared: &Prepared,
    instead: impl Fn(String) -> Html,
) -> Html {
    let length = prepared.link.chars().count();
    if length > COMFORTABLE_LINK_CHARS {
        return instead(format!(
            "The link would be {} characters long, more than the {} that chat tools, email and \
             wikis reliably keep, so it is not offered. Send the HTML file to readers, or the \
             backup to someone who will keep working on it.",
            group_thousands(&length.to_string()),
            group_thousands(&COMFORTABLE_LINK_CHARS.to_string())
        ));
    }
    let on_copy_link = {
        let notice = notice.clone();
        let link = prepared.link.clone();
        Callback::from(move |_: MouseEvent| copy(&notice, link.clone(), "Copied the share link."))
    };
    let on_copy_embed = {
        let notice = notice.clone();
        let embed = prepared.embed.clone();
        Callback::from(move |_: MouseEvent| copy(&notice, embed.clone(), "Copied the embed code."))
    };
    html! {
        <>
            <li>
                <h3>{ "Share link" }</h3>
                <p>{ "A read-only copy of the proposal travels inside the link itself; no server ever sees it. Whoever opens it can copy it into their own workspace." }</p>
                <div class="field">
                    <label for="share-link">{ "Share link" }</label>
                    <input id="share-link" readonly=true value={prepared.link.clone()} aria-describedby="share-link-length" />
                    <p class="field__hint" id="share-link-length">
                        { format!("{} characters long.", group_thousands(&length.to_string())) }
                    </p>
                </div>
                <div class="export-actions">
                    <button type="button" class="button button--primary" onclick={on_copy_link}>{ "Copy link" }</button>
                    <a class="button button--quiet" href={prepared.link.clone()} target="_blank" rel="noopener">{ "Open it in a new tab" }</a>
                </div>
            </li>
            <li>
                <h3>{ "Embed on a wiki page" }</h3>
                <p>{ "The document alone, for a wiki that accepts an iframe." }</p>
                <div class="field">
                    <label for="embed-code">{ "Embed code" }</label>
                    <textarea id="embed-code" readonly=true rows="4" value={prepared.embed.clone()} />
                </div>
                <button type="button" class="button" onclick={on_copy_embed}>{ "Copy embed code" }</button>
            </li>
        </>
    }
}

/// Every export, and the two imports.
#[function_component(ExportPage)]
pub fn export_page() -> Html {
    let history =
        use_context::<UseReducerHandle<History>>().expect("the app provides the workspace history");
    let workspace = history.present_rc();
    let notice = use_state(|| None::<Notice>);
    let json_import = use_state(|| None::<JsonImport>);
    let csv_import = use_state(|| None::<CsvImport>);
    // Read once mounted: rendering never touches the browser, so the page renders natively too.
    let address = use_state(String::new);
    {
        let address = address.clone();
        use_effect_with((), move |_| {
            address.set(location::address_without_fragment())
        });
    }
    let today_date = clock::today();
    let built = use_memo(
        (ByIdentity(Rc::clone(&workspace)), today_date),
        |(workspace, today)| build(&workspace.0, *today),
    );
    // The browser compresses the share link in the background, each payload kept with the
    // workspace and day it was made from. While a change is being compressed, the previous
    // link stays in place, marked busy, so a focused "Copy link" keeps its focus.
    let made = use_state(|| None::<(ByIdentity<Workspace>, Date, Rc<Result<String, String>>)>);
    {
        let made = made.clone();
        use_effect_with(
            (ByIdentity(Rc::clone(&workspace)), today_date),
            move |(workspace, today)| {
                let superseded = Rc::new(Cell::new(false));
                let (workspace, today, done) = (workspace.clone(), *today, Rc::clone(&superseded));
                // With nothing recorded there is no proposal, and no link is shown.
                if !workspace.0.activities.is_empty() {
                    spawn_local(async move {
                        let payload = share::encode(&workspace.0, today).await;
                        if !done.get() {
                            made.set(Some((workspace, today, Rc::new(payload))));
                        }
                    });
                }
                move || superseded.set(true)
            },
        );
    }
    let remaking = made.as_ref().is_some_and(|(made_from, day, _)| {
        !Rc::ptr_eq(&made_from.0, &workspace) || *day != today_date
    });
    let payload = made.as_ref().map(|(_, _, payload)| Rc::clone(payload));
    let prepared = use_memo(
        ((*address).clone(), payload.clone().map(ByIdentity)),
        |(address, payload)| {
            payload.as_ref().map(|payload| {
                payload.0.as_ref().clone().map(|payload| Prepared {
                    link: format!("{address}#/shared/{payload}"),
                    embed: format!(
                        "<iframe src=\"{}\" title=\"Proposal\" width=\"100%\" height=\"800\" \
                         loading=\"lazy\"></iframe>",
                        html_escape::encode_double_quoted_attribute(&format!(
                            "{address}#/embed/{payload}"
                        ))
                    ),
                })
            })
        },
    );
    let focus_after = use_focus_after();
    // How many files each picker has been given: a read that finishes after a later pick in
    // the same picker is dropped (`read_picked_file`).
    let json_picks = use_memo((), |()| Cell::new(0_u32));
    let csv_picks = use_memo((), |()| Cell::new(0_u32));
    // Matching thousands of rows is done once per change, not on every render.
    let csv_rows = use_memo(
        ((*csv_import).clone(), ByIdentity(Rc::clone(&workspace))),
        |(state, workspace)| match state {
            Some(CsvImport::Mapping {
                table,
                mapping,
                order,
                ..
            }) => {
                let target = own(&workspace.0);
                let mut rows = import(table, mapping, *order, &target);
                let found = rows.activities.len();
                rows.activities = not_yet_in(&target, &rows.activities);
                let already = found - rows.activities.len();
                Some((rows, already))
            }
            _ => None,
        },
    );
    let today = iso(clock::today());
    let has_work = !workspace.activities.is_empty();

    let status = match &*notice {
        Some(Notice::Done(text)) => {
            html! { <p class="export-notice" id={NOTICE_ID} tabindex="-1">{ text }</p> }
        }
        Some(Notice::Failed(text)) => html! {
            <p class="export-notice export-notice--failed" id={NOTICE_ID} tabindex="-1">
                <strong>{ "Not done: " }</strong>{ text }
            </p>
        },
        None => html! {},
    };
    let live =
        html! { <div role="status" aria-live="polite" class="export-status">{ status }</div> };

    let proposal_panel = has_work.then(|| {
        let document = Rc::clone(&built);
        let on_markdown = {
            let document = Rc::clone(&document);
            download_on_click(
                &notice,
                format!("rolecase-proposal-{today}.md"),
                "text/markdown",
                Box::new(move || markdown::to_markdown(&document)),
            )
        };
        let on_html = download_html(&notice, &document, &today);
        let on_print = Callback::from(|_: MouseEvent| page::print());
        let on_rich = {
            let notice = notice.clone();
            let document = Rc::clone(&document);
            Callback::from(move |_: MouseEvent| {
                let notice = notice.clone();
                let (rich, plain) = (html::fragment(&document), to_text(&document));
                spawn_local(async move {
                    notice.set(Some(match clipboard::copy_rich(&rich, &plain).await {
                        Ok(()) => Notice::Done(
                            "Copied the proposal. Paste it into your wiki or document: headings \
                             and tables come along."
                                .into(),
                        ),
                        Err(reason) => Notice::Failed(format!("Nothing was copied: {reason}.")),
                    }));
                });
            })
        };
        html! {
            <section class="panel export-section" aria-labelledby="export-proposal-title">
                <h2 id="export-proposal-title" class="panel__title">{ "The proposal" }</h2>
                <ul class="export-list">
                    <li>
                        <h3>{ "Paste into a wiki or doc" }</h3>
                        <p>{ "Copy once, paste with headings and tables intact." }</p>
                        <button type="button" class="button button--primary" onclick={on_rich}>{ "Copy as rich text" }</button>
                    </li>
                    <li>
                        <h3>{ "Standalone HTML" }</h3>
                        <p>{ "One file with no script and no outside requests, to attach to an email or a ticket." }</p>
                        <button type="button" class="button" onclick={on_html}>{ "Download HTML" }</button>
                    </li>
                    <li>
                        <h3>{ "Markdown" }</h3>
                        <p>{ "For a repository or a wiki that speaks Markdown." }</p>
                        <button type="button" class="button" onclick={on_markdown}>{ "Download Markdown" }</button>
                    </li>
                    <li>
                        <h3>{ "Print or PDF" }</h3>
                        <p>{ "Only the proposal is printed; choose \u{201c}Save as PDF\u{201d} as the printer for a file." }</p>
                        <button type="button" class="button" onclick={on_print}>{ "Print or save as PDF" }</button>
                    </li>
                </ul>
            </section>
        }
    });

    let share_panel = has_work.then(|| {
        // When no link is offered, the files that travel instead.
        let instead = |why: String| {
            let on_html = download_html(&notice, &built, &today);
            let on_backup = download_backup(&notice, &workspace, &today);
            html! {
                <li>
                    <h3>{ "Share link" }</h3>
                    <p class="export-warning">{ why }</p>
                    <div class="export-actions">
                        <button type="button" class="button" onclick={on_html}>{ "Download HTML instead" }</button>
                        <button type="button" class="button" onclick={on_backup}>{ "Download backup instead" }</button>
                    </div>
                </li>
            }
        };
        let body = match &*prepared {
            None => html! {
                <li>
                    <h3>{ "Share link" }</h3>
                    <p role="status">{ "Making the link\u{2026}" }</p>
                </li>
            },
            Some(Err(reason)) => instead(format!(
                "No link could be made: {}. Send the HTML file to readers, or the backup to \
                 someone who will keep working on it.",
                reason.trim_end_matches('.')
            )),
            Some(Ok(prepared)) => share_items(&notice, prepared, instead),
        };
        html! {
            <section class="panel export-section" aria-labelledby="export-share-title"
                aria-busy={remaking.then_some("true")}>
                <h2 id="export-share-title" class="panel__title">{ "Share" }</h2>
                <ul class="export-list">{ body }</ul>
            </section>
        }
    });

    let page = Page {
        history: history.clone(),
        workspace: Rc::clone(&workspace),
        notice: notice.clone(),
        json_import: json_import.clone(),
        csv_import: csv_import.clone(),
        focus_after: Rc::clone(&focus_after),
        json_picks,
        csv_picks,
    };
    let data_panel = data_panel(&page, &today, csv_rows.as_ref().as_ref());

    html! {
        <>
            <div class="export-screen">
                { page_intro(
                    "Export & share",
                    "Take the proposal to where your readers already are, and move your data \
                     between browsers and machines without any server.",
                ) }
                { live }
                if !has_work {
                    <section class="panel" aria-labelledby="export-empty-title">
                        <h2 id="export-empty-title" class="panel__title">{ "No proposal to export yet" }</h2>
                        <p>
                            { "The proposal is made from your activities, so " }
                            <a href={Area::Activities.href()}>{ "record a few" }</a>
                            { " first, or bring them in from a backup or a spreadsheet below." }
                        </p>
                    </section>
                }
                { for proposal_panel }
                { for share_panel }
                { data_panel }
            </div>
            if has_work {
                <div class="print-only">
                    <DocumentView document={Rc::clone(&built)} />
                </div>
            }
        </>
    }
}

/// The page's state, for the parts that render the imports and act on them.
#[derive(Clone)]
struct Page {
    history: UseReducerHandle<History>,
    workspace: Rc<Workspace>,
    notice: UseStateHandle<Option<Notice>>,
    json_import: UseStateHandle<Option<JsonImport>>,
    csv_import: UseStateHandle<Option<CsvImport>>,
    focus_after: FocusAfter,
    json_picks: Rc<Cell<u32>>,
    csv_picks: Rc<Cell<u32>>,
}

impl Page {
    /// Applies `action`, says what it did, and moves focus to the saying: the button that was
    /// pressed disappears with the preview.
    fn finish(&self, action: Action, done: String) {
        apply(&self.history, action);
        *self.focus_after.borrow_mut() = Some(NOTICE_ID.to_owned());
        self.notice.set(Some(Notice::Done(format!(
            "{done} Ctrl+Z (or Cmd+Z) undoes it."
        ))));
        self.json_import.set(None);
        self.csv_import.set(None);
    }

    /// Closes both previews and returns focus to the file picker that opened them.
    fn cancel(&self, input: &'static str) -> Callback<MouseEvent> {
        let json_import = self.json_import.clone();
        let csv_import = self.csv_import.clone();
        let focus_after = Rc::clone(&self.focus_after);
        Callback::from(move |_: MouseEvent| {
            *focus_after.borrow_mut() = Some(input.to_owned());
            json_import.set(None);
            csv_import.set(None);
        })
    }
}

/// A file input's change: reads the picked file, hands its name and text (or why it could not
/// be read) to `show`, and moves focus to the preview `preview_id` that `show` puts up.
fn read_picked_file(
    page: &Page,
    picks: &Rc<Cell<u32>>,
    preview_id: &'static str,
    show: Rc<dyn Fn(String, Result<String, String>)>,
) -> Callback<Event> {
    let focus_after = Rc::clone(&page.focus_after);
    let picks = Rc::clone(picks);
    Callback::from(move |event: Event| {
        let Some(file) = take_file(&event) else {
            return;
        };
        // The file picked last is the one shown, even when an earlier, larger one in the same
        // picker finishes reading after it.
        let pick = picks.get().wrapping_add(1);
        picks.set(pick);
        let picks = Rc::clone(&picks);
        let focus_after = Rc::clone(&focus_after);
        let show = Rc::clone(&show);
        spawn_local(async move {
            let name = file.name();
            let read = files::read_text(file).await;
            if picks.get() != pick {
                return;
            }
            *focus_after.borrow_mut() = Some(preview_id.to_owned());
            show(name, read);
        });
    })
}

/// A file that cannot be imported, and the assurance that nothing changed.
fn refused(id: &'static str, name: &str, reason: &str, dismiss: Callback<MouseEvent>) -> Html {
    html! {
        <div class="import-preview import-preview--refused" role="region" aria-labelledby={id}>
            <h4 id={id} tabindex="-1">{ format!("\u{201c}{name}\u{201d} cannot be imported") }</h4>
            <p>{ reason }</p>
            <p>{ "Your workspace has not changed." }</p>
            <button type="button" class="button button--small" onclick={dismiss}>{ "Dismiss" }</button>
        </div>
    }
}

/// The backup and spreadsheet exports and imports.
fn data_panel(page: &Page, today: &str, csv_rows: Option<&(CsvRows, usize)>) -> Html {
    let on_backup = download_backup(&page.notice, &page.workspace, today);
    let on_csv = {
        let workspace = Rc::clone(&page.workspace);
        download_on_click(
            &page.notice,
            format!("rolecase-activities-{today}.csv"),
            "text/csv",
            Box::new(move || crate::export::csv::to_csv(&workspace)),
        )
    };
    let on_json_file = {
        let json_import = page.json_import.clone();
        read_picked_file(
            page,
            &page.json_picks,
            JSON_PREVIEW_ID,
            Rc::new(move |name, read| {
                // A backup is held to the same rules as stored data, not the editor's: a rule added
                // later must not lock anyone out of their own backup.
                json_import.set(Some(
                    match read.and_then(|text| from_json(&text).map_err(|error| error.to_string()))
                    {
                        Ok(incoming) => JsonImport::Ready {
                            name,
                            incoming: Rc::new(incoming),
                        },
                        Err(reason) => JsonImport::Refused { name, reason },
                    },
                ))
            }),
        )
    };
    let on_csv_file = {
        let csv_import = page.csv_import.clone();
        read_picked_file(
            page,
            &page.csv_picks,
            CSV_PREVIEW_ID,
            Rc::new(move |name, read| {
                csv_import.set(Some(
                    match read.and_then(|text| read_table(&text).map_err(|error| error.to_string()))
                    {
                        Ok(table) => {
                            let mapping = guess_mapping(&table);
                            let order = guess_date_order(&table, &mapping);
                            CsvImport::Mapping {
                                name,
                                table: Rc::new(table),
                                mapping,
                                order,
                            }
                        }
                        Err(reason) => CsvImport::Refused { name, reason },
                    },
                ))
            }),
        )
    };
    let has_work = !page.workspace.activities.is_empty();
    html! {
        <section class="panel export-section" aria-labelledby="export-data-title">
            <h2 id="export-data-title" class="panel__title">{ "Your data" }</h2>
            <ul class="export-list">
                <li>
                    <h3>{ "JSON backup" }</h3>
                    <p>{ "Everything you entered, to restore here or in another browser. Importing shows what would change before anything does." }</p>
                    if has_work {
                        <div class="export-actions">
                            <button type="button" class="button" onclick={on_backup}>{ "Download backup" }</button>
                        </div>
                    }
                    <div class="field">
                        <label for="import-json">{ "Restore or merge a backup" }</label>
                        <input id="import-json" type="file" accept=".json,application/json" onchange={on_json_file} />
                    </div>
                    { json_preview(page) }
                </li>
                <li>
                    <h3>{ "CSV spreadsheet" }</h3>
                    <p>{ "Your activities as rows, to and from a spreadsheet. Importing lets you match the columns first." }</p>
                    if has_work {
                        <div class="export-actions">
                            <button type="button" class="button" onclick={on_csv}>{ "Download CSV" }</button>
                        </div>
                    }
                    <div class="field">
                        <label for="import-csv">{ "Import activities from a spreadsheet (.csv)" }</label>
                        <input id="import-csv" type="file" accept=".csv,text/csv" onchange={on_csv_file} />
                    </div>
                    { csv_preview(page, csv_rows) }
                </li>
            </ul>
        </section>
    }
}

/// What a backup would change, and the choice to replace, merge or leave things be.
fn json_preview(page: &Page) -> Html {
    match &*page.json_import {
        None => html! {},
        Some(JsonImport::Refused { name, reason }) => {
            refused(JSON_PREVIEW_ID, name, reason, page.cancel("import-json"))
        }
        Some(JsonImport::Ready { name, incoming }) => {
            // While the sample is explored, the import is about the user's own work.
            let mine = own(&page.workspace);
            let summary = preview(&mine, incoming);
            let replace = {
                let page = page.clone();
                let incoming = Rc::clone(incoming);
                Callback::from(move |_: MouseEvent| {
                    page.finish(
                        Action::ReplaceWorkspace((*incoming).clone()),
                        "Replaced your workspace with the backup.".into(),
                    )
                })
            };
            let add = {
                let page = page.clone();
                let incoming = Rc::clone(incoming);
                Callback::from(move |_: MouseEvent| {
                    let merged = merge(&own(&page.workspace), &incoming);
                    page.finish(
                        Action::ReplaceWorkspace(merged),
                        "Added the backup's new activities to your workspace.".into(),
                    )
                })
            };
            let mut facts = vec![format!(
                "It holds {}{}.",
                count_noun(summary.incoming, "activity", "activities"),
                summary
                    .span
                    .map(|(a, b)| format!(", from {}", span_phrase(a, b)))
                    .unwrap_or_default()
            )];
            facts.push(format!(
                "Replacing: {} of yours would go and {} would change{}{}.",
                summary.removed,
                summary.changed,
                if summary.profile_differs {
                    "; the profile would be the backup's"
                } else {
                    ""
                },
                if summary.other_losses > 0 {
                    format!(
                        "; {} (drafts, kinds of your own, rewritten sections) would go too",
                        summary.other_losses
                    )
                } else {
                    String::new()
                }
            ));
            facts.push(format!(
                "Merging: {} would be added; what you have stays as it is.",
                count_noun(summary.added_by_merge, "activity", "activities")
            ));
            html! {
                <div class="import-preview" role="region" aria-labelledby={JSON_PREVIEW_ID}>
                    <h4 id={JSON_PREVIEW_ID} tabindex="-1">{ format!("Before importing \u{201c}{name}\u{201d}") }</h4>
                    <ul>{ for facts.into_iter().map(|f| html! { <li>{ f }</li> }) }</ul>
                    <div class="export-actions">
                        <button type="button" class="button" onclick={add}>{ "Merge into my workspace" }</button>
                        <button type="button" class="button button--danger" onclick={replace}>{ "Replace my workspace" }</button>
                        <button type="button" class="button button--quiet" onclick={page.cancel("import-json")}>{ "Cancel" }</button>
                    </div>
                </div>
            }
        }
    }
}

/// The column matching for a spreadsheet, the rows that cannot be used and why, and the import.
fn csv_preview(page: &Page, rows: Option<&(CsvRows, usize)>) -> Html {
    let Some(state) = &*page.csv_import else {
        return html! {};
    };
    let (name, table, mapping, order) = match state {
        CsvImport::Refused { name, reason } => {
            return refused(CSV_PREVIEW_ID, name, reason, page.cancel("import-csv"));
        }
        CsvImport::Mapping {
            name,
            table,
            mapping,
            order,
        } => (name, table, mapping, *order),
    };
    let Some((outcome, already)) = rows else {
        return html! {};
    };
    let remap = |column: usize| {
        let csv_import = page.csv_import.clone();
        let state = state.clone();
        Callback::from(move |event: Event| {
            let value = value_of(&event);
            if let CsvImport::Mapping {
                name,
                table,
                mut mapping,
                order,
            } = state.clone()
            {
                mapping[column] = CsvField::ALL.into_iter().find(|f| f.label() == value);
                csv_import.set(Some(CsvImport::Mapping {
                    name,
                    table,
                    mapping,
                    order,
                }));
            }
        })
    };
    let on_order = {
        let csv_import = page.csv_import.clone();
        let state = state.clone();
        Callback::from(move |event: Event| {
            if let CsvImport::Mapping {
                name,
                table,
                mapping,
                ..
            } = state.clone()
            {
                let order = if value_of(&event) == "month-first" {
                    DateOrder::MonthFirst
                } else {
                    DateOrder::DayFirst
                };
                csv_import.set(Some(CsvImport::Mapping {
                    name,
                    table,
                    mapping,
                    order,
                }));
            }
        })
    };
    let columns = table.columns.iter().enumerate().map(|(index, column)| {
        let id = format!("csv-column-{index}");
        let samples: Vec<&str> = table
            .rows
            .iter()
            .filter_map(|row| row.get(index).map(String::as_str))
            .filter(|cell| !cell.is_empty())
            .take(2)
            .collect();
        html! {
            <tr key={index}>
                <th scope="row"><label for={id.clone()}>{ column }</label></th>
                <td class="muted">{ samples.join(" · ") }</td>
                <td>
                    <select id={id} onchange={remap(index)}>
                        <option value="" selected={mapping[index].is_none()}>{ "Ignore this column" }</option>
                        { for CsvField::ALL.into_iter().map(|field| html! {
                            <option value={field.label()} selected={mapping[index] == Some(field)}>{ field.label() }</option>
                        }) }
                    </select>
                </td>
            </tr>
        }
    });
    let problems = outcome.problems.iter().take(PROBLEMS_SHOWN).map(|problem| {
        html! { <li>{ format!("Line {}: {}", problem.row, problem.reason) }</li> }
    });
    let more = outcome.problems.len().saturating_sub(PROBLEMS_SHOWN);
    let ready = outcome.activities.len();
    let on_import = {
        let page = page.clone();
        let activities = outcome.activities.clone();
        Callback::from(move |_: MouseEvent| {
            page.finish(
                Action::ImportActivities(activities.clone()),
                format!(
                    "Imported {}.",
                    count_noun(activities.len(), "activity", "activities")
                ),
            )
        })
    };
    html! {
        <div class="import-preview" role="region" aria-labelledby={CSV_PREVIEW_ID}>
            <h4 id={CSV_PREVIEW_ID} tabindex="-1">{ format!("Match the columns of \u{201c}{name}\u{201d}") }</h4>
            <p>{ if table.has_header {
                "The first line names the columns; each is matched to a field below. Change any match that is wrong."
            } else {
                "The file has no line of column names, so the columns are numbered. Match each one to a field."
            } }</p>
            <div class="doc__table-wrap" role="region" aria-label="Column matching" tabindex="0">
                <table class="doc__table">
                    <thead><tr><th scope="col">{ "Column" }</th><th scope="col">{ "First values" }</th><th scope="col">{ "Field" }</th></tr></thead>
                    <tbody>{ for columns }</tbody>
                </table>
            </div>
            <div class="field">
                <label for="csv-date-order">{ "Dates like 03/04/2026 mean" }</label>
                <select id="csv-date-order" onchange={on_order}>
                    <option value="day-first" selected={order == DateOrder::DayFirst}>{ "3 April 2026 (day first)" }</option>
                    <option value="month-first" selected={order == DateOrder::MonthFirst}>{ "March 4, 2026 (month first)" }</option>
                </select>
            </div>
            <p><strong>{ format!("{} ready to import.", count_noun(ready, "row is", "rows are")) }</strong></p>
            if *already > 0 {
                <p>{ format!(
                    "{} already in your workspace and will be skipped.",
                    count_noun(*already, "row is", "rows are")
                ) }</p>
            }
            if !outcome.problems.is_empty() {
                <div class="import-problems" role="region" aria-label="Rows that cannot be used" tabindex="0">
                    <p>{ format!("{} cannot be used:", count_noun(outcome.problems.len(), "row", "rows")) }</p>
                    <ul>{ for problems }</ul>
                    if more > 0 {
                        <p>{ format!("and {more} more.") }</p>
                    }
                </div>
            }
            <div class="export-actions">
                <button type="button" class="button button--primary" disabled={ready == 0} onclick={on_import}>
                    { format!("Import {}", count_noun(ready, "activity", "activities")) }
                </button>
                <button type="button" class="button button--quiet" onclick={page.cancel("import-csv")}>{ "Cancel" }</button>
            </div>
        </div>
    }
}
