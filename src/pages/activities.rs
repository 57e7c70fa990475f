//! The Activities screen: record, find, edit and remove the developer-relations work done.

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::inventory::{
    count_noun, hours_phrase, index, kinds_in_use, lowercase_first, ordered, prepare_search,
    select, span_phrase, totals, years, Filter, SortOrder, Totals,
};
use crate::components::activity_editor::{DraftEdit, ERROR_SUMMARY_ID};
use crate::components::form_events::value_of;
use crate::components::profile_form::{ProfileEdit, ProfileFormParts, PROFILE_ERRORS_ID};
use crate::components::{
    page_intro, profile_form as profile_form_view, ActivityEditor, ActivityRow, MAIN_HEADING_ID,
};
use crate::model::activity::Activity;
use crate::model::activity::ActivityId;
use crate::model::journey::JourneyStage;
use crate::model::json::{Json, JsonError, Reader, Writer};
use crate::model::profile::{ProfileDraft, ProfileError};
use crate::model::sample::sample_workspace;
use crate::model::taxonomy::{kind_info, ActivityGroup, KindId, BUILTIN_KINDS};
use crate::model::validation::{ActivityDraft, Field, FieldError};
use crate::model::workspace::Workspace;
use crate::pages::hooks::use_kept_form;
use crate::services::storage::{OPEN_EDITOR_KEY, OPEN_PROFILE_KEY};
use crate::services::{clock, page, storage};
use crate::state::{Action, ByIdentity, Command, History};

/// The ids focus is moved to.
const RECORD_BUTTON_ID: &str = "record-activity";
const EDITOR_HEADING_ID: &str = "editor-title";
const LIST_HEADING_ID: &str = "list-title";

/// How many rows the list shows before "Show more".
pub const PAGE_SIZE: usize = 50;

/// The kind a new activity starts as.
const FIRST_KIND: &str = "blog-post";

/// The profile form's draft and the problems found at its last save.
type ProfileFormState = (ProfileDraft, Rc<Vec<ProfileError>>);

/// The editor's state while it is open.
#[derive(Clone, PartialEq)]
struct Editing {
    draft: ActivityDraft,
    /// `None` for a new activity: its id is taken when it is saved.
    id: Option<ActivityId>,
    /// The stored draft being completed, if the editor was opened from one.
    draft_id: Option<u64>,
    /// Problems from the last save attempt; not kept across reloads.
    errors: Rc<Vec<FieldError>>,
    /// The activity as it was when the editor opened, to notice if it changed meanwhile.
    original: Option<Rc<Activity>>,
}

/// Kept across reloads without its errors and original, which start empty again.
impl Json for Editing {
    fn write_json(&self, w: &mut Writer) {
        w.object();
        w.field("draft", &self.draft);
        w.field("id", &self.id);
        w.field("draft_id", &self.draft_id);
        w.end_object();
    }

    fn read_json(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        let (mut draft, mut id, mut draft_id) = (None, None, None);
        r.object()?;
        while let Some(key) = r.key()? {
            match &*key {
                "draft" => draft = Some(ActivityDraft::read_json(r)?),
                "id" => id = Option::read_json(r)?,
                "draft_id" => draft_id = Option::read_json(r)?,
                _ => r.skip()?,
            }
        }
        Ok(Editing {
            draft: r.required(draft, "draft")?,
            id,
            draft_id,
            errors: Rc::default(),
            original: None,
        })
    }
}

/// An open form: what the page shows, plus the latest value, updated synchronously so that
/// several edits in one task (autofill) apply on top of each other instead of on the copy the
/// last render saw. Dereferences to what is shown.
struct FormState<T: 'static> {
    shown: UseStateHandle<Option<T>>,
    latest: Rc<RefCell<Option<T>>>,
}

impl<T: 'static> Clone for FormState<T> {
    fn clone(&self) -> Self {
        FormState {
            shown: self.shown.clone(),
            latest: Rc::clone(&self.latest),
        }
    }
}

impl<T: Clone + 'static> FormState<T> {
    /// Opens (`Some`) or closes (`None`) the form.
    fn set(&self, next: Option<T>) {
        *self.latest.borrow_mut() = next.clone();
        self.shown.set(next);
    }

    /// The form as the latest edit left it.
    fn latest(&self) -> Option<T> {
        self.latest.borrow().clone()
    }

    /// Applies `edit` to the latest value of an open form.
    fn update(&self, edit: impl FnOnce(&mut T)) {
        let mut next = self.latest();
        if let Some(open) = next.as_mut() {
            edit(open);
        }
        self.set(next);
    }
}

impl<T: 'static> std::ops::Deref for FormState<T> {
    type Target = Option<T>;

    fn deref(&self) -> &Option<T> {
        &self.shown
    }
}

#[hook]
fn use_form<T: Clone + 'static>() -> FormState<T> {
    FormState {
        shown: use_state(|| None),
        latest: use_mut_ref(|| None),
    }
}

/// Moves focus to the error summary `id` after each failed save; by identity, so a second
/// failure with the same problems still moves focus.
#[hook]
fn use_focus_on_failure<E: 'static>(errors: Option<Rc<Vec<E>>>, id: &'static str) {
    use_effect_with(errors.map(ByIdentity), move |errors| {
        if errors.as_ref().is_some_and(|errors| !errors.0.is_empty()) {
            page::focus(id);
        }
    });
}

/// Applies `action` and says in the status line what it did.
fn apply_and_tell(
    history: &UseReducerHandle<History>,
    notice: &UseStateHandle<Option<String>>,
    action: Action,
) {
    notice.set(Some(format!("{}.", action.describe())));
    history.dispatch(Command::Apply(Box::new(action)));
}

/// `set` with `id` added if it was absent, removed if it was present.
fn toggled(set: &HashSet<ActivityId>, id: ActivityId) -> HashSet<ActivityId> {
    let mut next = set.clone();
    if !next.remove(&id) {
        next.insert(id);
    }
    next
}

/// Lists the recorded activities, with the editor above the list when open.
#[function_component(ActivitiesPage)]
pub fn activities_page() -> Html {
    let history = use_context::<UseReducerHandle<History>>()
        .expect("ActivitiesPage is rendered inside the app's workspace provider");
    let workspace = history.present_rc();
    let editing = use_form::<Editing>();
    let filter = use_state(Filter::default);
    let order = use_state(SortOrder::default);
    let chosen = use_state(HashSet::<ActivityId>::new);
    // The search index is rebuilt only when the workspace changes; the selection only when the
    // index, the filter or the order does: never on a keystroke in the editor.
    let search_index = use_memo(ByIdentity(Rc::clone(&workspace)), |workspace| {
        index(&workspace.0.activities, &workspace.0.custom_kinds)
    });
    // The searchable text is made once the page is on screen, off the start-up path and before
    // the first keystroke needs it.
    use_effect_with(ByIdentity(Rc::clone(&search_index)), |search_index| {
        let search_index = Rc::clone(&search_index.0);
        let pending = clock::after_next_frame(move || prepare_search(&search_index));
        move || drop(pending)
    });
    // Sorted once per order and workspace state; each keystroke only filters.
    let in_order = use_memo(
        (ByIdentity(Rc::clone(&search_index)), *order),
        |(search_index, order)| ordered(&search_index.0, *order),
    );
    let selected = use_memo(
        (
            ByIdentity(Rc::clone(&search_index)),
            ByIdentity(Rc::clone(&in_order)),
            (*filter).clone(),
        ),
        |(search_index, in_order, filter)| select(&search_index.0, &in_order.0, filter),
    );
    let shown = use_state(|| PAGE_SIZE);
    let notice = use_state(|| None::<String>);
    let profile_form = use_form::<ProfileFormState>();

    // Half-filled forms survive navigating away and reloading: they are kept in storage while
    // open and restored when this page mounts.
    {
        let editing = editing.clone();
        let profile_form = profile_form.clone();
        let notice = notice.clone();
        use_effect_with((), move |_| {
            let editor = storage::kept_form::<Editing>(OPEN_EDITOR_KEY);
            let profile = storage::kept_form::<ProfileDraft>(OPEN_PROFILE_KEY);
            if editor.is_some() || profile.is_some() {
                notice.set(Some("Restored the form you had not finished.".into()));
            }
            if editor.is_some() {
                editing.set(editor);
            }
            if let Some(draft) = profile {
                profile_form.set(Some((draft, Rc::default())));
            }
        });
    }
    use_kept_form(OPEN_EDITOR_KEY, (*editing).clone());
    use_kept_form(
        OPEN_PROFILE_KEY,
        profile_form.as_ref().map(|(draft, _)| draft.clone()),
    );

    // Where keyboard focus goes after an action removes or replaces the focused control; when
    // the target is gone (the last row was deleted, say), the page heading.
    let focus_request = use_state(|| (0_u32, MAIN_HEADING_ID));
    use_effect_with(*focus_request, |(count, id)| {
        if *count > 0 && !page::focus(id) {
            page::focus(MAIN_HEADING_ID);
        }
    });
    let request_focus = {
        let focus_request = focus_request.clone();
        Rc::new(move |id: &'static str| focus_request.set((focus_request.0 + 1, id)))
    };

    use_focus_on_failure(
        editing.as_ref().map(|editing| Rc::clone(&editing.errors)),
        ERROR_SUMMARY_ID,
    );
    use_focus_on_failure(
        profile_form.as_ref().map(|(_, errors)| Rc::clone(errors)),
        PROFILE_ERRORS_ID,
    );

    let on_new = {
        let editing = editing.clone();
        let request_focus = Rc::clone(&request_focus);
        let workspace = Rc::clone(&workspace);
        Callback::from(move |_: MouseEvent| {
            // With the editor already open, take the user to it rather than discard it.
            if editing.latest().is_none() {
                let kind = KindId::builtin(FIRST_KIND);
                editing.set(Some(Editing {
                    draft: ActivityDraft::new(kind, &workspace.custom_kinds, clock::today()),
                    id: None,
                    draft_id: None,
                    errors: Rc::default(),
                    original: None,
                }));
            }
            request_focus(EDITOR_HEADING_ID);
        })
    };
    let on_edit = {
        let editing = editing.clone();
        let request_focus = Rc::clone(&request_focus);
        use_callback(
            ByIdentity(Rc::clone(&workspace)),
            move |id: ActivityId, workspace| {
                if let Some(activity) = workspace.0.activity(id) {
                    request_focus(EDITOR_HEADING_ID);
                    editing.set(Some(Editing {
                        draft: ActivityDraft::from_activity(activity),
                        id: Some(id),
                        draft_id: None,
                        errors: Rc::default(),
                        original: Some(Rc::clone(activity)),
                    }));
                }
            },
        )
    };
    let on_duplicate = {
        let history = history.clone();
        let notice = notice.clone();
        use_callback((), move |id: ActivityId, _| {
            apply_and_tell(&history, &notice, Action::DuplicateActivity(id));
        })
    };
    let on_delete = {
        let history = history.clone();
        let notice = notice.clone();
        let request_focus = Rc::clone(&request_focus);
        use_callback((), move |id: ActivityId, _| {
            request_focus(LIST_HEADING_ID);
            apply_and_tell(&history, &notice, Action::DeleteActivities(vec![id]));
        })
    };
    let on_undo = {
        let history = history.clone();
        let notice = notice.clone();
        Callback::from(move |_: MouseEvent| {
            notice.set(
                history
                    .undo_label()
                    .map(|label| format!("Undone: {}.", lowercase_first(label))),
            );
            history.dispatch(Command::Undo);
        })
    };
    let on_redo = {
        let history = history.clone();
        let notice = notice.clone();
        Callback::from(move |_: MouseEvent| {
            notice.set(
                history
                    .redo_label()
                    .map(|label| format!("Redone: {}.", lowercase_first(label))),
            );
            history.dispatch(Command::Redo);
        })
    };

    // Built once per workspace state and editor target, not on every keystroke, and only while
    // the editor is open (`editing_id` is `Some`): not at start-up.
    let reuse_options = use_memo(
        (
            ByIdentity(Rc::clone(&workspace)),
            editing.as_ref().map(|e| e.id),
        ),
        |(workspace, editing_id)| {
            let Some(editing_id) = editing_id else {
                return Vec::new();
            };
            workspace
                .0
                .activities
                .iter()
                .filter(|activity| Some(activity.id) != *editing_id)
                .map(|activity| (activity.id, activity.title.clone()))
                .collect::<Vec<_>>()
        },
    );
    // Figures over all activities, recomputed only when the workspace changes.
    let overview = use_memo(ByIdentity(Rc::clone(&workspace)), |workspace| {
        let workspace = &workspace.0;
        (
            totals(&workspace.activities),
            kinds_in_use(&workspace.activities, &workspace.custom_kinds),
            years(&workspace.activities),
        )
    });

    let editor = editing.as_ref().map(|current| {
        let on_edit = {
            let editing = editing.clone();
            Callback::from(move |edit: DraftEdit| editing.update(|open| edit(&mut open.draft)))
        };
        let on_save = {
            let editing = editing.clone();
            let history = history.clone();
            let notice = notice.clone();
            let request_focus = Rc::clone(&request_focus);
            Callback::from(move |()| {
                let Some(current) = editing.latest() else {
                    return;
                };
                let present = history.present_rc();
                let fresh_id = ActivityId(present.next_id);
                // If undo, another tab or a duplicate changed what sits under this id since the
                // editor opened, save alongside it rather than over it.
                let changed_meanwhile = match (current.id, &current.original) {
                    (Some(id), Some(original)) => present
                        .activity(id)
                        .is_some_and(|now| !Rc::ptr_eq(now, original) && **now != **original),
                    _ => false,
                };
                let id = match current.id {
                    Some(id) if !changed_meanwhile => id,
                    _ => fresh_id,
                };
                let checked = current.draft.validate(id).and_then(|activity| {
                    match activity.reuse_of {
                        Some(original) if present.activity(original).is_none() => Err(vec![FieldError {
                            field: Field::ReuseOf,
                            message: "The activity this re-uses no longer exists: choose another, or none."
                                .into(),
                        }]),
                        _ => Ok(activity),
                    }
                });
                match checked {
                    Ok(activity) => {
                        let action = match current.draft_id {
                            Some(id) => Action::CompleteDraft { id, activity },
                            None => Action::SaveActivity(activity),
                        };
                        notice.set(Some(if changed_meanwhile {
                            "That activity changed while you were editing it, so your version was saved as a new activity beside it.".to_owned()
                        } else {
                            format!("{}.", action.describe())
                        }));
                        history.dispatch(Command::Apply(Box::new(action)));
                        editing.set(None);
                        request_focus(RECORD_BUTTON_ID);
                    }
                    Err(errors) => editing.set(Some(Editing {
                        errors: Rc::new(errors),
                        ..current.clone()
                    })),
                }
            })
        };
        let on_cancel = {
            let editing = editing.clone();
            let history = history.clone();
            let request_focus = Rc::clone(&request_focus);
            Callback::from(move |()| {
                let Some(current) = editing.latest() else {
                    return;
                };
                // Leaving a draft keeps what was typed in it; leaving a new activity discards it.
                if let Some(id) = current.draft_id {
                    let draft = current.draft.clone();
                    history.dispatch(Command::Apply(Box::new(Action::UpdateDraft { id, draft })));
                }
                editing.set(None);
                request_focus(RECORD_BUTTON_ID);
            })
        };
        let on_add_kind = {
            let history = history.clone();
            let notice = notice.clone();
            let on_edit = on_edit.clone();
            Callback::from(move |(label, group): (String, ActivityGroup)| {
                let workspace = history.present_rc();
                // A name that already exists picks that kind rather than making a twin.
                let id = workspace.kind_named(&label).unwrap_or_else(|| {
                    apply_and_tell(&history, &notice, Action::AddCustomKind {
                        label: label.clone(),
                        group,
                    });
                    workspace.next_custom_kind_id()
                });
                let custom_kinds = workspace.custom_kinds.clone();
                on_edit.emit(Rc::new(move |draft: &mut ActivityDraft| {
                    draft.change_kind(id.clone(), &custom_kinds)
                }));
            })
        };
        let cancel_label = if current.draft_id.is_some() {
            "Keep as draft"
        } else {
            "Cancel"
        };
        let reuse_options = Rc::clone(&reuse_options);
        html! {
            <ActivityEditor
                draft={current.draft.clone()}
                errors={Rc::clone(&current.errors)}
                is_new={current.id.is_none()}
                custom_kinds={Rc::new(workspace.custom_kinds.clone())}
                reuse_options={reuse_options}
                {on_edit}
                {on_save}
                {on_cancel}
                cancel_label={cancel_label}
                {on_add_kind}
            />
        }
    });

    let profile = match profile_form.as_ref() {
        Some((draft, errors)) => {
            let on_edit = {
                let profile_form = profile_form.clone();
                Callback::from(move |edit: ProfileEdit| {
                    profile_form.update(|(draft, _)| edit(draft))
                })
            };
            let on_save = {
                let profile_form = profile_form.clone();
                let history = history.clone();
                let notice = notice.clone();
                Callback::from(move |()| {
                    let Some((draft, _)) = profile_form.latest() else {
                        return;
                    };
                    match draft.validate() {
                        Ok(profile) => {
                            apply_and_tell(&history, &notice, Action::SetProfile(profile));
                            profile_form.set(None);
                        }
                        Err(errors) => profile_form.set(Some((draft, Rc::new(errors)))),
                    }
                })
            };
            let on_cancel = {
                let profile_form = profile_form.clone();
                Callback::from(move |()| profile_form.set(None))
            };
            profile_form_view(ProfileFormParts {
                draft: draft.clone(),
                errors: Rc::clone(errors),
                on_edit,
                on_save,
                on_cancel,
            })
        }
        None => {
            let on_open = {
                let profile_form = profile_form.clone();
                let current = workspace.profile.clone();
                Callback::from(move |_: MouseEvent| {
                    profile_form.set(Some((ProfileDraft::from_profile(&current), Rc::default())))
                })
            };
            let summary = workspace.profile.summary();
            html! {
                <section class="profile-strip" aria-label="Your profile">
                    <p>
                        if let Some(summary) = summary.clone() {
                            <strong>{ summary }</strong>
                        } else {
                            { "Tell Rolecase about your role: the proposal is written around it." }
                        }
                    </p>
                    <button type="button" class="button button--small" onclick={on_open}>
                        { if summary.is_some() { "Edit profile" } else { "Fill in your profile" } }
                    </button>
                </section>
            }
        }
    };

    let toolbar = html! {
        <div class="toolbar">
            <button type="button" id={RECORD_BUTTON_ID} class="button button--primary" onclick={on_new}>
                { "Record an activity" }
            </button>
            <div class="toolbar__history">
                <button type="button" class="button" onclick={on_undo} disabled={history.undo_label().is_none()}
                    title={history.undo_label().map(|label| format!("Undo: {label}"))}>{ "Undo" }</button>
                <button type="button" class="button" onclick={on_redo} disabled={history.redo_label().is_none()}
                    title={history.redo_label().map(|label| format!("Redo: {label}"))}>{ "Redo" }</button>
            </div>
            <p class="toolbar__notice" role="status">{ notice.as_deref().unwrap_or_default() }</p>
        </div>
    };

    let on_toggle = {
        let chosen = chosen.clone();
        use_callback((), move |id: ActivityId, _| {
            chosen.set(toggled(&chosen, id))
        })
    };
    // Ticks every row in `ids`, or unticks them all when they all are.
    let on_toggle_all = {
        let chosen = chosen.clone();
        use_callback((), move |ids: Vec<ActivityId>, _| {
            let mut next = (*chosen).clone();
            if ids.iter().all(|id| next.contains(id)) {
                ids.iter().for_each(|id| {
                    next.remove(id);
                });
            } else {
                for id in ids {
                    next.insert(id);
                }
            }
            chosen.set(next);
        })
    };
    // Only ticked rows the user can see count: not ones a filter hides, nor ones deleted,
    // undone away or replaced by another workspace.
    let ticked: Vec<ActivityId> = selected
        .iter()
        .map(|activity| activity.id)
        .filter(|id| chosen.contains(id))
        .collect();
    let on_delete_chosen = {
        let history = history.clone();
        let notice = notice.clone();
        let chosen = chosen.clone();
        let ticked = ticked.clone();
        let request_focus = Rc::clone(&request_focus);
        Callback::from(move |_: MouseEvent| {
            request_focus(LIST_HEADING_ID);
            apply_and_tell(&history, &notice, Action::DeleteActivities(ticked.clone()));
            chosen.set(HashSet::new());
        })
    };

    let drafts = (!workspace.drafts.is_empty()).then(|| {
        let items = workspace.drafts.iter().map(|stored| {
            let (draft_id, draft) = (stored.id, &stored.draft);
            let kind = kind_info(&draft.kind, &workspace.custom_kinds).label;
            let name = if draft.title.trim().is_empty() { format!("{kind} (untitled)") } else { draft.title.clone() };
            let on_complete = {
                let editing = editing.clone();
                let request_focus = Rc::clone(&request_focus);
                let draft = draft.clone();
                Callback::from(move |_: MouseEvent| {
                    request_focus(EDITOR_HEADING_ID);
                    editing.set(Some(Editing {
                        draft: draft.clone(),
                        id: None,
                        draft_id: Some(draft_id),
                        errors: Rc::default(),
                        original: None,
                    }))
                })
            };
            let on_remove = {
                let history = history.clone();
                let notice = notice.clone();
                Callback::from(move |_: MouseEvent| {
                    apply_and_tell(&history, &notice, Action::RemoveDraft(draft_id));
                })
            };
            let editing_this = editing.as_ref().is_some_and(|e| e.draft_id == Some(draft_id));
            html! {
                <li class="draft" key={draft_id}>
                    <span class="draft__name">{ name.clone() }</span>
                    <span class="draft__actions">
                        <button type="button" class="button button--small" onclick={on_complete}
                            disabled={editing.is_some()} aria-label={format!("Complete \u{201c}{name}\u{201d}")}>
                            { if editing_this { "Editing" } else { "Complete" } }
                        </button>
                        <button type="button" class="button button--small button--danger" onclick={on_remove}
                            disabled={editing_this} aria-label={format!("Remove the draft \u{201c}{name}\u{201d}")}>
                            { "Remove" }
                        </button>
                    </span>
                </li>
            }
        });
        html! {
            <section class="panel drafts" aria-labelledby="drafts-title">
                <h2 id="drafts-title" class="panel__title">
                    { format!("To complete: {}", count_noun(workspace.drafts.len(), "draft", "drafts")) }
                </h2>
                <p class="field__hint">{ "Add the date, the hours and what it reached, then save each one." }</p>
                <ul class="plain-list">{ for items }</ul>
            </section>
        }
    });

    let sample_strip = workspace.is_sample.then(|| {
        let on_clear = {
            let history = history.clone();
            let notice = notice.clone();
            let request_focus = Rc::clone(&request_focus);
            Callback::from(move |_: MouseEvent| {
                request_focus(MAIN_HEADING_ID);
                notice.set(Some("Cleared the sample; your own workspace is back. Undo brings the sample back.".into()));
                history.dispatch(Command::Apply(Box::new(Action::ClearSample)));
            })
        };
        html! {
            <section class="profile-strip sample-strip" aria-label="Sample workspace">
                <p><strong>{ "You are exploring a sample workspace." }</strong>{ " Your own work is kept aside and comes back when you clear the sample." }</p>
                <button type="button" class="button button--small" onclick={on_clear}>{ "Clear the sample" }</button>
            </section>
        }
    });

    let body = if workspace.activities.is_empty() && workspace.drafts.is_empty() {
        html! { <FirstRun /> }
    } else if workspace.activities.is_empty() {
        Html::default()
    } else {
        let (all, kinds, activity_years) = (*overview).clone();
        let matching = totals(selected.iter());
        let set_filter = |apply: fn(&mut Filter, String)| {
            let filter = filter.clone();
            let shown = shown.clone();
            Callback::from(move |event: Event| {
                let mut next = (*filter).clone();
                apply(&mut next, value_of(&event));
                filter.set(next);
                shown.set(PAGE_SIZE);
            })
        };
        let on_text = {
            let set = set_filter(|f, v| f.text = v);
            Callback::from(move |event: InputEvent| set.emit(event.into()))
        };
        let on_group =
            set_filter(|f, v| f.group = ActivityGroup::ALL.into_iter().find(|g| g.label() == v));
        let on_kind = set_filter(|f, v| f.kind = (!v.is_empty()).then_some(KindId(v)));
        let on_stage =
            set_filter(|f, v| f.stage = JourneyStage::ALL.into_iter().find(|s| s.label() == v));
        let on_year = set_filter(|f, v| f.year = v.parse().ok());
        let on_order = {
            let order = order.clone();
            Callback::from(move |event: Event| {
                let value = value_of(&event);
                order.set(
                    SortOrder::ALL
                        .into_iter()
                        .find(|o| o.label() == value)
                        .unwrap_or_default(),
                );
            })
        };
        let on_clear = {
            let filter = filter.clone();
            Callback::from(move |_: MouseEvent| filter.set(Filter::default()))
        };
        let on_more = {
            let shown = shown.clone();
            Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE_SIZE))
        };
        let remaining = selected.len().saturating_sub(*shown);
        html! {
            <section class="panel" aria-labelledby="list-title">
                <h2 id={LIST_HEADING_ID} class="panel__title" tabindex="-1">{ "Your activities" }</h2>
                <p class="totals">
                    <strong>{ summary(all) }</strong>
                    if filter.is_active() {
                        { format!(" — {} the filters", match matching.count {
                            1 => "1 activity matches".to_owned(),
                            n => format!("{n} activities match"),
                        }) }
                    }
                </p>
                <div class="list-controls">
                    <div class="field list-controls__search">
                        <label for="activity-search">{ "Search" }</label>
                        <input id="activity-search" type="search" value={filter.text.clone()} oninput={on_text}
                            placeholder="Title, kind, venue, tag…" />
                    </div>
                    { filter_menu("filter-group", "Group", on_group, "All groups", filter.group.is_none(),
                        ActivityGroup::ALL.into_iter().map(|g| (g.label().to_owned(), g.label().to_owned(), filter.group == Some(g)))) }
                    { filter_menu("filter-kind", "Kind", on_kind, "All kinds", filter.kind.is_none(),
                        kinds.into_iter().map(|(id, label)| {
                            let is = filter.kind.as_ref() == Some(&id);
                            (id.0, label, is)
                        })) }
                    { filter_menu("filter-stage", "Journey stage", on_stage, "All stages", filter.stage.is_none(),
                        JourneyStage::ALL.into_iter().map(|st| (st.label().to_owned(), st.label().to_owned(), filter.stage == Some(st)))) }
                    { filter_menu("filter-year", "Year", on_year, "All years", filter.year.is_none(),
                        activity_years.into_iter().map(|y| (y.to_string(), y.to_string(), filter.year == Some(y)))) }
                    <div class="field">
                        <label for="activity-sort">{ "Sort" }</label>
                        <select id="activity-sort" onchange={on_order}>
                            { for SortOrder::ALL.into_iter().map(|o| option(o.label().into(), o.label().into(), *order == o)) }
                        </select>
                    </div>
                </div>
                <div class="list-actions">
                    if filter.is_active() {
                        <button type="button" class="button button--small" onclick={on_clear}>{ "Clear filters" }</button>
                    }
                    if !ticked.is_empty() {
                        <button type="button" class="button button--small button--danger" onclick={on_delete_chosen}>
                            { format!("Delete {} selected", count_noun(ticked.len(), "activity", "activities")) }
                        </button>
                    }
                </div>
                if selected.is_empty() {
                    <p class="muted">{ "No activity matches these filters." }</p>
                } else {
                    <ActivityTable
                        selected={ByIdentity(Rc::clone(&selected))}
                        shown={*shown}
                        workspace={ByIdentity(Rc::clone(&workspace))}
                        chosen={(*chosen).clone()}
                        {on_toggle}
                        {on_toggle_all}
                        {on_edit}
                        {on_duplicate}
                        {on_delete}
                    />
                    if remaining > 0 {
                        <button type="button" class="button list-more" onclick={on_more}>
                            { format!("Show {} more ({} not shown)", remaining.min(PAGE_SIZE), remaining) }
                        </button>
                    }
                }
            </section>
        }
    };

    html! {
        <>
            { page_intro(
                "Activities",
                "Write down the developer-relations work you already do: what you made, when, how \
                 long it took and whom it reached. Everything else in Rolecase is built from this \
                 evidence.",
            ) }
            { sample_strip.unwrap_or_default() }
            { profile }
            { toolbar }
            { editor.unwrap_or_default() }
            { drafts.unwrap_or_default() }
            { body }
        </>
    }
}

/// How many rows the list draws that it has not drawn before, per frame: what the first screen
/// shows of the table, which starts low on a desktop and holds few cards on a phone. Rows
/// already on the page stay and cost nothing, so a keystroke that changes every row waits for
/// these to be drawn, and the rest of the page of rows follows once typing pauses, a frame at
/// a time. (Ten rows per frame put the search keystroke's p95 at 19-21 ms with 2,000
/// activities; five, at 16.)
pub const NEW_ROWS_PER_FRAME: usize = 5;

/// How long the list waits after new rows arrive (a keystroke in the search box, a filter, the
/// page opening) before drawing the rest of its page of rows below the first screen. Drawing
/// them a frame after each key put their work, and the layout of the growing table, in the
/// way of the next key: it was about a third of the main thread's time per keystroke.
const QUIET_BEFORE_MORE_ROWS_MS: u32 = 150;

#[derive(Properties, PartialEq)]
struct ActivityTableProps {
    /// The activities that pass the filters, in order; the table shows the first `shown`.
    selected: ByIdentity<Vec<Rc<Activity>>>,
    shown: usize,
    /// Where the kinds' names come from.
    workspace: ByIdentity<Workspace>,
    /// The ticked rows.
    chosen: HashSet<ActivityId>,
    on_toggle: Callback<ActivityId>,
    /// Takes the ids of every row shown.
    on_toggle_all: Callback<Vec<ActivityId>>,
    on_edit: Callback<ActivityId>,
    on_duplicate: Callback<ActivityId>,
    on_delete: Callback<ActivityId>,
}

/// The table of activities. Its own component, so that a render of the page around it (a
/// notice, the editor) leaves it alone, and drawing the rows a frame at a time redraws only it.
#[function_component(ActivityTable)]
fn activity_table(props: &ActivityTableProps) -> Html {
    let selected = &props.selected.0;
    let visible = &selected[..props.shown.min(selected.len())];
    // The ids of the rows the last render drew: those are kept and cost nothing to draw again,
    // so they stay in place (with focus and scroll) wherever new rows arrive around them; at
    // most NEW_ROWS_PER_FRAME rows not drawn before join them per render, in order.
    let drawn = use_mut_ref(HashSet::<ActivityId>::new);
    let rows_now: Vec<&Rc<Activity>> = {
        let before = drawn.borrow();
        let mut new_rows = 0;
        visible
            .iter()
            .filter(|activity| {
                let keep = before.contains(&activity.id) || new_rows < NEW_ROWS_PER_FRAME;
                if keep && !before.contains(&activity.id) {
                    new_rows += 1;
                }
                keep
            })
            .collect()
    };
    let complete = rows_now.len() == visible.len();
    let mut now_drawn = HashSet::with_capacity(rows_now.len());
    for activity in &rows_now {
        now_drawn.insert(activity.id);
    }
    *drawn.borrow_mut() = now_drawn;
    let redraw = use_force_update();
    // Whether this render is one of the table's own steps, not new rows from the page.
    let stepping = use_mut_ref(|| false);
    // After every render that left rows out, one more step: a frame later while the rows are
    // filling in, but after a pause when the page has just sent new rows, so that drawing rows
    // below the first screen never holds up the next key. A new render cancels the step.
    use_effect(move || {
        let step = {
            let stepping = Rc::clone(&stepping);
            move || {
                *stepping.borrow_mut() = true;
                redraw.force_update();
            }
        };
        // Read and cleared on every render, the last step's included: a flag left over from
        // the step that completed the list would skip the pause after the next new rows.
        let was_step = stepping.replace(false);
        let pending = (!complete).then(|| {
            if was_step {
                clock::after_next_frame(step)
            } else {
                clock::after(QUIET_BEFORE_MORE_ROWS_MS, step)
            }
        });
        move || drop(pending)
    });

    let all_visible_ticked =
        !visible.is_empty() && visible.iter().all(|a| props.chosen.contains(&a.id));
    let on_toggle_all = {
        let ids: Vec<ActivityId> = visible.iter().map(|a| a.id).collect();
        props.on_toggle_all.reform(move |_: Event| ids.clone())
    };
    let custom_kinds = &props.workspace.0.custom_kinds;
    let rows = rows_now.iter().map(|activity| {
        html! {
            <ActivityRow
                key={activity.id.0}
                activity={Rc::clone(activity)}
                kind_label={AttrValue::from(kind_info(&activity.kind, custom_kinds).label)}
                selected={props.chosen.contains(&activity.id)}
                on_toggle={props.on_toggle.clone()}
                on_edit={props.on_edit.clone()}
                on_duplicate={props.on_duplicate.clone()}
                on_delete={props.on_delete.clone()}
            />
        }
    });
    // Busy until every row of the page is drawn, so assistive technology waits for them.
    let busy = (!complete).then_some("true");
    html! {
        <table class="activity-table" aria-busy={busy}>
            <caption class="visually-hidden">{ "Recorded activities" }</caption>
            <thead>
                <tr>
                    <th scope="col" class="activity-row__select">
                        <input type="checkbox" id="select-all" checked={all_visible_ticked}
                            aria-label="Select every activity shown" onchange={on_toggle_all} />
                    </th>
                    <th scope="col">{ "Date" }</th>
                    <th scope="col">{ "Activity" }</th>
                    <th scope="col">{ "Hours" }</th>
                    <th scope="col">{ "Numbers" }</th>
                    <th scope="col"><span class="visually-hidden">{ "Actions" }</span></th>
                </tr>
            </thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}

fn option(value: String, label: String, selected: bool) -> Html {
    html! { <option {value} {selected}>{ label }</option> }
}

/// A labelled filter menu: "all" (`everything`) first, then `(value, label, selected)` options.
fn filter_menu(
    id: &'static str,
    label: &'static str,
    onchange: Callback<Event>,
    everything: &'static str,
    nothing_chosen: bool,
    options: impl Iterator<Item = (String, String, bool)>,
) -> Html {
    html! {
        <div class="field">
            <label for={id}>{ label }</label>
            <select {id} {onchange}>
                { option(String::new(), everything.to_owned(), nothing_chosen) }
                { for options.map(|(value, label, selected)| option(value, label, selected)) }
            </select>
        </div>
    }
}

fn summary(totals: Totals) -> String {
    let mut parts = vec![
        count_noun(totals.count, "activity", "activities"),
        hours_phrase(totals.hours),
    ];
    if let Some((first, last)) = totals.span {
        parts.push(span_phrase(first, last));
    }
    parts.join(" · ")
}

/// The first screen of a new user: which of these have you already done?
#[function_component(FirstRun)]
fn first_run() -> Html {
    let history = use_context::<UseReducerHandle<History>>()
        .expect("FirstRun is rendered inside the app's workspace provider");
    // The ids of the ticked kinds.
    let ticked = use_state(Vec::<&'static str>::new);
    let groups = ActivityGroup::ALL.into_iter().map(|group| {
        let kinds = group.kinds().map(|kind| {
            let id = format!("first-run-{}", kind.id);
            let on_toggle = {
                let ticked = ticked.clone();
                let kind_id = kind.id;
                Callback::from(move |_: Event| {
                    let mut next = (*ticked).clone();
                    match next.iter().position(|id| *id == kind_id) {
                        Some(at) => {
                            next.remove(at);
                        }
                        None => next.push(kind_id),
                    }
                    ticked.set(next);
                })
            };
            html! {
                <li>
                    <label class="choice" for={id.clone()}>
                        <input type="checkbox" id={id} checked={ticked.contains(&kind.id)} onchange={on_toggle} />
                        { kind.label }
                    </label>
                </li>
            }
        });
        html! {
            <li class="group-card" key={group.label()}>
                <fieldset class="group-card__set">
                    <legend class="group-card__title">{ group.label() }</legend>
                    <ul class="plain-list">{ for kinds }</ul>
                </fieldset>
            </li>
        }
    });
    let on_add = {
        let history = history.clone();
        let ticked = ticked.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let today = clock::today();
            let drafts: Vec<ActivityDraft> = BUILTIN_KINDS
                .iter()
                .filter(|kind| ticked.contains(&kind.id))
                .map(|kind| ActivityDraft::new(KindId::builtin(kind.id), &[], today))
                .collect();
            history.dispatch(Command::Apply(Box::new(Action::AddDrafts(drafts))));
            ticked.set(Vec::new());
        })
    };
    let on_sample = {
        let history = history.clone();
        Callback::from(move |_: MouseEvent| {
            let sample = sample_workspace(clock::today());
            history.dispatch(Command::Apply(Box::new(Action::LoadSample(sample))));
        })
    };
    let count = ticked.len();
    html! {
        <form class="panel" aria-labelledby="first-run-title" onsubmit={on_add}>
            <h2 id="first-run-title" class="panel__title">{ "Which of these have you already done?" }</h2>
            <p>
                { "Think back over the last two or three years, inside the company and outside it. \
                   Tick what you have done; each becomes a draft to complete with dates, hours and numbers." }
            </p>
            <ul class="group-grid">{ for groups }</ul>
            <div class="editor__actions">
                <button type="submit" class="button button--primary" disabled={count == 0}>
                    { if count == 0 { "Tick what you have done".to_owned() }
                      else { format!("Add {} to complete", count_noun(count, "draft", "drafts")) } }
                </button>
                <button type="button" class="button" onclick={on_sample}>{ "Explore a sample workspace" }</button>
            </div>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::journey::Direction;
    use crate::model::json;
    use crate::model::metric::Confidence;
    use crate::model::validation::{MetricDraft, StatusChoice};

    const KEPT: &str = include_str!("../../tests/fixtures/json/kept-editor.json");

    /// An open editor with every field of its draft filled in.
    fn open_editor() -> Editing {
        Editing {
            draft: ActivityDraft {
                kind: KindId::builtin("workshop"),
                title: "Rust \"async\" \\ workshop\t\u{1}\u{7f} 日本語 🎉".into(),
                start: "2026-03-14".into(),
                end: "2026-0".into(),
                start_incomplete: false,
                end_incomplete: true,
                hours: "7.5".into(),
                audience: crate::model::activity::Audience::Internal,
                channel: "Room \u{201c}B\u{201d}".into(),
                stages: [JourneyStage::Learn, JourneyStage::Build].into(),
                direction_override: Some(Direction::Inbound),
                metrics: vec![MetricDraft {
                    value: "1,250".into(),
                    unit: "attendees".into(),
                    confidence: Confidence::Estimated,
                }],
                links: "https://example.com/\nhttp://example.org/x?y=1".into(),
                outcome: "Line one\nline two".into(),
                status: StatusChoice::Planned,
                lesson: "kept while another status is chosen".into(),
                reuse_of: None,
                tags: "rust, async".into(),
            },
            id: Some(ActivityId(12)),
            draft_id: None,
            errors: Rc::default(),
            original: None,
        }
    }

    #[test]
    fn a_kept_editor_reads_and_writes_as_before() {
        assert!(json::from_str::<Editing>(KEPT) == Ok(open_editor()));
        assert_eq!(json::to_string(&open_editor()), KEPT);
    }
}
