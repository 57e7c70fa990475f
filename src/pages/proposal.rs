//! The Proposal screen: the role definition and impact proposal built from the activities,
//! beside the settings that shape it; any section can be rewritten and reset.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use yew::prelude::*;

use crate::analysis::impact::analyse;
use crate::components::document_view::{edit_button_id, section_heading_id};
use crate::components::form_events::value_of;
use crate::components::proposal_settings::SettingsChange;
use crate::components::{page_intro, DocumentView, ProposalSettingsForm};
use crate::document::text::section_text;
use crate::document::{build_from, default_proposed_share, suggest_title, Document, SectionKind};
use crate::model::dates::Date;
use crate::model::proposal::{RoleTitle, SectionOverride};
use crate::model::workspace::Workspace;
use crate::pages::hooks::{use_focus_after, use_kept_form};
use crate::route::Area;
use crate::services::storage::OPEN_SECTION_KEY;
use crate::services::{clock, storage};
use crate::state::{Action, ByIdentity, Command, History};

/// The id of the section editor's text box.
const SECTION_TEXT_ID: &str = "section-text";

/// Sections drawn when the page opens: the executive summary fills the first screen, so opening
/// the page waits for it rather than for all of the document's nodes; the rest follow after
/// the first frame.
const FIRST_SECTIONS: usize = 1;

/// A section being rewritten: kept across reloads like the other open forms. It holds what
/// the override it becomes holds, in the same stored form.
type SectionDraft = SectionOverride;

/// What the page shows for one workspace state, computed once per state.
struct Prepared {
    document: Rc<Document>,
    suggested: RoleTitle,
    default_share: f64,
}

/// A `Prepared` with the workspace state and the day it was made for.
struct Made {
    /// Held weakly: the cache never keeps an old state alive.
    workspace: Weak<Workspace>,
    today: Date,
    prepared: Rc<Prepared>,
}

thread_local! {
    /// The last `Prepared` made, so that opening the page again with nothing changed in between
    /// does not analyse every activity again.
    static LAST_PREPARED: RefCell<Option<Made>> = RefCell::default();
}

/// The `Prepared` for `workspace` on `today`, from the cache when it was made for that state.
fn prepared_for(workspace: &Rc<Workspace>, today: Date) -> Rc<Prepared> {
    LAST_PREPARED.with(|last| {
        let mut last = last.borrow_mut();
        if let Some(made) = last.as_ref() {
            if Weak::ptr_eq(&made.workspace, &Rc::downgrade(workspace)) && made.today == today {
                return Rc::clone(&made.prepared);
            }
        }
        let analysis = analyse(workspace, today);
        let prepared = Rc::new(Prepared {
            document: Rc::new(build_from(workspace, &analysis)),
            suggested: suggest_title(&analysis).title,
            default_share: default_proposed_share(workspace, &analysis),
        });
        *last = Some(Made {
            workspace: Rc::downgrade(workspace),
            today,
            prepared: Rc::clone(&prepared),
        });
        prepared
    })
}

/// Shows the proposal and its settings; with no activities yet, explains what it will contain.
#[function_component(ProposalPage)]
pub fn proposal_page() -> Html {
    let history =
        use_context::<UseReducerHandle<History>>().expect("the app provides the workspace history");
    let workspace = history.present_rc();
    // The day is part of the key, so a tab left open overnight writes tomorrow's date.
    let prepared = use_memo(
        (ByIdentity(Rc::clone(&workspace)), clock::today()),
        |(workspace, today)| prepared_for(&workspace.0, *today),
    );
    let editing = use_state(|| None::<SectionDraft>);
    // A section left half-rewritten comes back when the page mounts again.
    {
        let editing = editing.clone();
        use_effect_with((), move |_| {
            if let Some(draft) = storage::kept_form::<SectionDraft>(OPEN_SECTION_KEY) {
                editing.set(Some(draft));
            }
        });
    }
    use_kept_form(OPEN_SECTION_KEY, (*editing).clone());
    let focus_after = use_focus_after();
    let drawn_sections = use_state(|| FIRST_SECTIONS);
    {
        let drawn_sections = drawn_sections.clone();
        let total = prepared.document.sections.len();
        use_effect_with((*drawn_sections, total), move |&(drawn, total)| {
            let pending =
                (drawn < total).then(|| clock::after_next_frame(move || drawn_sections.set(total)));
            move || drop(pending)
        });
    }

    let intro = html! {
        { page_intro(
            "Proposal",
            "Your activities become a role definition and an impact proposal that your manager, \
             skip-level and talent team can act on. It is written on this device from what you \
             entered, with no invented numbers.",
        ) }
    };
    if workspace.activities.is_empty() {
        return html! { <>{ intro }{ empty_state() }</> };
    }

    let apply = {
        let history = history.clone();
        move |action: Action| history.dispatch(Command::Apply(Box::new(action)))
    };
    let on_settings = {
        let apply = apply.clone();
        let focus_after = Rc::clone(&focus_after);
        Callback::from(move |change: SettingsChange| {
            *focus_after.borrow_mut() = change.focus;
            apply(Action::SetProposal(change.settings));
        })
    };
    let on_edit = {
        let editing = editing.clone();
        let workspace = Rc::clone(&workspace);
        let document = Rc::clone(&prepared.document);
        let focus_after = Rc::clone(&focus_after);
        Callback::from(move |kind: SectionKind| {
            let text = workspace
                .proposal
                .override_for(kind)
                .map(str::to_owned)
                .or_else(|| {
                    document
                        .sections
                        .iter()
                        .find(|s| s.kind == kind)
                        .map(|s| section_text(&s.blocks))
                })
                .unwrap_or_default();
            editing.set(Some(SectionDraft { kind, text }));
            *focus_after.borrow_mut() = Some(SECTION_TEXT_ID.to_owned());
        })
    };
    let on_reset = {
        let apply = apply.clone();
        let focus_after = Rc::clone(&focus_after);
        Callback::from(move |kind: SectionKind| {
            *focus_after.borrow_mut() = Some(section_heading_id(kind));
            apply(Action::EditSection { kind, text: None });
        })
    };
    let editor = (*editing).clone().map(|draft| {
        let kind = draft.kind;
        let on_input = {
            let editing = editing.clone();
            Callback::from(move |event: InputEvent| {
                editing.set(Some(SectionDraft {
                    kind,
                    text: value_of(&event),
                }))
            })
        };
        let close = {
            let editing = editing.clone();
            let focus_after = Rc::clone(&focus_after);
            move || {
                *focus_after.borrow_mut() = Some(edit_button_id(kind));
                editing.set(None);
            }
        };
        let on_save = {
            let close = close.clone();
            let apply = apply.clone();
            let text = draft.text.clone();
            Callback::from(move |event: SubmitEvent| {
                event.prevent_default();
                apply(Action::EditSection {
                    kind,
                    text: Some(text.clone()),
                });
                close();
            })
        };
        let on_cancel = Callback::from(move |_: MouseEvent| close());
        let html = html! {
            <form class="section-editor" onsubmit={on_save}>
                <div class="field">
                    <label for={SECTION_TEXT_ID}>
                        { format!("Your text for \u{201c}{}\u{201d}", kind.title()) }
                    </label>
                    <p class="field__hint" id="section-text-hint">
                        { "Blank lines separate paragraphs. Start a line with \"- \" for a list item \
                           or \"### \" for a sub-heading. Your text is used at both lengths; saving it \
                           empty puts the generated text back." }
                    </p>
                    <textarea id={SECTION_TEXT_ID} rows="14" aria-describedby="section-text-hint"
                        value={draft.text.clone()} oninput={on_input} />
                </div>
                <div class="editor__actions">
                    <button type="submit" class="button button--primary">{ "Save section" }</button>
                    <button type="button" class="button" onclick={on_cancel}>{ "Cancel" }</button>
                </div>
            </form>
        };
        (kind, html)
    });

    html! {
        <>
            { intro }
            <div class="proposal">
                <aside class="proposal__settings panel" aria-label="Proposal settings">
                    <ProposalSettingsForm
                        settings={workspace.proposal.clone()}
                        suggested={prepared.suggested}
                        profile_title={workspace.profile.target_title.clone()}
                        default_share={prepared.default_share}
                        on_change={on_settings}
                    />
                </aside>
                <div class="proposal__document panel">
                    <DocumentView document={Rc::clone(&prepared.document)} editor={editor}
                        on_edit={on_edit} on_reset={on_reset} drawn_sections={*drawn_sections} />
                </div>
            </div>
        </>
    }
}

/// What the page says before any activity is recorded.
fn empty_state() -> Html {
    let sections = SectionKind::ALL.into_iter().map(|section| {
        html! {
            <li key={section.slug()}>
                <strong>{ section.title() }</strong>
                <span class="outline__purpose">{ section.purpose() }</span>
            </li>
        }
    });
    html! {
        <section class="panel" aria-labelledby="proposal-empty-title">
            <h2 id="proposal-empty-title" class="panel__title">{ "No proposal yet" }</h2>
            <p>
                { "The proposal appears here once you have recorded some activities. " }
                <a href={Area::Activities.href()}>{ "Start with your activities" }</a>
                { "." }
            </p>
            <h3 class="panel__subtitle">{ "What it covers" }</h3>
            <ol class="outline">{ for sections }</ol>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::json;

    const KEPT: &str = include_str!("../../tests/fixtures/json/kept-section.json");

    fn open_section() -> SectionDraft {
        SectionDraft {
            kind: SectionKind::ExecutiveSummary,
            text: "I am asking for \"30%\" \\ more.\n\n\u{1}\u{7f} 日本語 🎉".into(),
        }
    }

    #[test]
    fn a_kept_section_reads_and_writes_as_before() {
        assert_eq!(json::from_str::<SectionDraft>(KEPT), Ok(open_section()));
        assert_eq!(json::to_string(&open_section()), KEPT);
    }
}
