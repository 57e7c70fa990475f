//! A proposal opened from a share link: read-only, with an explicit way to copy it into the
//! reader's own workspace that never overwrites anything without asking. The embed view is the
//! same document with nothing around it.

use std::cell::Cell;
use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::analysis::inventory::count_noun;
use crate::components::{page_intro, DocumentView};
use crate::document::{build, Document};
use crate::export::backup::{holds_work, merge, own};
use crate::export::share::{ShareError, Snapshot};
use crate::model::dates::human;
use crate::route::Area;
use crate::services::{location, page, share};
use crate::state::{Action, Command, History};

/// Which link to open, and whether it is shown inside someone else's page.
#[derive(Properties, PartialEq)]
pub struct SharedPageProps {
    /// The payload after `#/shared/` or `#/embed/`.
    pub payload: AttrValue,
    /// The embed view: the document alone, no controls.
    #[prop_or_default]
    pub embedded: bool,
}

/// What the reader is deciding when their own workspace already holds work.
#[derive(Clone, Copy, PartialEq)]
enum Copying {
    Idle,
    Confirming,
}

/// A link opened: the snapshot and its proposal, or why it cannot be opened.
type Opened = Result<(Rc<Snapshot>, Rc<Document>), ShareError>;

/// Decodes the link and shows the proposal, or says why it cannot.
#[function_component(SharedPage)]
pub fn shared_page(props: &SharedPageProps) -> Html {
    // The browser inflates the link in the background; each outcome is kept with its payload,
    // so a link followed by another never shows the first one's proposal.
    let opened = use_state(|| None::<(AttrValue, Rc<Opened>)>);
    let copying = use_state(|| Copying::Idle);
    {
        let opened = opened.clone();
        let copying = copying.clone();
        use_effect_with(props.payload.clone(), move |payload| {
            // A question asked about the link before is not a question about this one.
            if *copying != Copying::Idle {
                copying.set(Copying::Idle);
            }
            let superseded = Rc::new(Cell::new(false));
            let payload = payload.clone();
            let done = Rc::clone(&superseded);
            spawn_local(async move {
                let outcome = share::decode(&payload).await.map(|snapshot| {
                    let document = build(&snapshot.workspace, snapshot.written);
                    (Rc::new(snapshot), Rc::new(document))
                });
                if !done.get() {
                    opened.set(Some((payload, Rc::new(outcome))));
                }
            });
            move || superseded.set(true)
        });
    }
    let history = use_context::<UseReducerHandle<History>>();
    // The question replaces the button that asked it, so focus moves to the question.
    use_effect_with(*copying, |copying| {
        if *copying == Copying::Confirming {
            page::focus("shared-copy-title");
        }
    });
    let Some(opened) = opened
        .as_ref()
        .filter(|(payload, _)| *payload == props.payload)
        .map(|(_, opened)| Rc::clone(opened))
    else {
        return if props.embedded {
            html! { <p class="embed__opening" role="status">{ "Opening the proposal\u{2026}" }</p> }
        } else {
            // A fragment led by the page intro, like the views that follow it: the heading is
            // updated in place, so focus on it survives the link opening.
            html! {
                <>
                    { page_intro("Shared proposal", "Opening the proposal in the link\u{2026}") }
                </>
            }
        };
    };
    let (snapshot, document) = match &*opened {
        Ok(opened) => opened.clone(),
        Err(error) if props.embedded => {
            return html! { <p class="embed__error" role="alert">{ error.to_string() }</p> };
        }
        Err(error) => {
            // The reason is an alert: it arrives after the heading has taken focus, and an
            // alert is read out when it appears.
            return html! {
                <>
                    { page_intro("This link cannot be opened", "Nothing in your own workspace was changed.") }
                    <p role="alert">{ error.to_string() }</p>
                    <p><a href={Area::Activities.href()}>{ "Go to your activities" }</a></p>
                </>
            };
        }
    };
    if props.embedded {
        return html! {
            <>
                <DocumentView document={document} />
                <p class="embed__credit">{ "Shared read-only from Rolecase." }</p>
            </>
        };
    }
    let controls = history.map(|history| copy_controls(&history, &snapshot, &copying));
    html! {
        <>
            { page_intro(
                "Shared proposal",
                &format!(
                    "Read-only, as its author wrote it on {}. It travelled inside the link: no \
                     server has seen it.",
                    human(snapshot.written)
                ),
            ) }
            { for controls }
            <div class="panel">
                <DocumentView document={document} />
            </div>
        </>
    }
}

/// "Copy into my workspace", asking first whenever the reader already has work of their own.
fn copy_controls(
    history: &UseReducerHandle<History>,
    snapshot: &Rc<Snapshot>,
    copying: &UseStateHandle<Copying>,
) -> Html {
    // While the sample is explored, the user's own work is the one set aside.
    let mine = own(history.present());
    let theirs = snapshot.workspace.activities.len();
    let apply = {
        let history = history.clone();
        move |action: Action| {
            history.dispatch(Command::Apply(Box::new(action)));
            location::go_to(&Area::Proposal.href());
        }
    };
    let replace = {
        let apply = apply.clone();
        let snapshot = Rc::clone(snapshot);
        Callback::from(move |_: MouseEvent| {
            apply(Action::ReplaceWorkspace(snapshot.workspace.clone()))
        })
    };
    if !holds_work(&mine) {
        return html! {
            <section class="panel shared-copy" aria-labelledby="shared-copy-title">
                <h2 id="shared-copy-title" class="panel__title">{ "Make it your own" }</h2>
                <p>{ format!(
                    "The link carries the proposal and the {} it is built from. Copy them into \
                     your workspace to edit them and the proposal.",
                    count_noun(theirs, "activity", "activities")
                ) }</p>
                <button type="button" class="button button--primary" onclick={replace}>
                    { "Copy into my workspace" }
                </button>
            </section>
        };
    }
    match **copying {
        Copying::Idle => {
            let ask = {
                let copying = copying.clone();
                Callback::from(move |_: MouseEvent| copying.set(Copying::Confirming))
            };
            html! {
                <section class="panel shared-copy" aria-labelledby="shared-copy-title">
                    <h2 id="shared-copy-title" class="panel__title">{ "Make it your own" }</h2>
                    <p>{ "Your own workspace stays as it is unless you choose otherwise." }</p>
                    <button type="button" class="button" onclick={ask}>
                        { "Copy into my workspace\u{2026}" }
                    </button>
                </section>
            }
        }
        Copying::Confirming => {
            let yours = if mine.activities.is_empty() {
                "a profile, drafts or settings".to_owned()
            } else {
                count_noun(mine.activities.len(), "activity", "activities")
            };
            let add = {
                let snapshot = Rc::clone(snapshot);
                let mine = mine.clone();
                Callback::from(move |_: MouseEvent| {
                    apply(Action::ReplaceWorkspace(merge(&mine, &snapshot.workspace)))
                })
            };
            let cancel = {
                let copying = copying.clone();
                Callback::from(move |_: MouseEvent| copying.set(Copying::Idle))
            };
            html! {
                <section class="panel shared-copy" aria-labelledby="shared-copy-title"
                    aria-describedby="shared-copy-text">
                    <h2 id="shared-copy-title" class="panel__title" tabindex="-1">
                        { "Your workspace already has work in it" }
                    </h2>
                    <p id="shared-copy-text">{ format!(
                        "You have {yours} of your own. Replacing puts this proposal's {} in their \
                         place (you can undo it); adding keeps yours and adds the ones you do not \
                         have.",
                        count_noun(theirs, "activity", "activities")
                    ) }</p>
                    <div class="editor__actions">
                        <button type="button" class="button" onclick={add}>{ "Add the new activities" }</button>
                        <button type="button" class="button button--danger" onclick={replace}>
                            { "Replace my workspace" }
                        </button>
                        <button type="button" class="button button--quiet" onclick={cancel}>{ "Cancel" }</button>
                    </div>
                </section>
            }
        }
    }
}
