//! The Activities screen: record, find, edit and remove the developer-relations work done.

use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::inventory::{
    count_noun, hours_phrase, select, span_phrase, totals, SortOrder,
};
use crate::components::activity_editor::ERROR_SUMMARY_ID;
use crate::components::{ActivityEditor, ActivityRow, PageIntro};
use crate::model::activity::ActivityId;
use crate::model::taxonomy::{kind_info, ActivityGroup, KindId};
use crate::model::validation::{ActivityDraft, FieldError};
use crate::services::{clock, page};
use crate::state::{Action, Command, History};

/// How many rows the list shows before "Show more".
pub const PAGE_SIZE: usize = 50;

/// The kind a new activity starts as.
const FIRST_KIND: &str = "blog-post";

/// The editor's state while it is open.
#[derive(Clone, PartialEq)]
struct Editing {
    draft: ActivityDraft,
    /// `None` for a new activity: its id is taken when it is saved.
    id: Option<ActivityId>,
    errors: Rc<Vec<FieldError>>,
}

/// Lists the recorded activities, with the editor above the list when open.
#[function_component(ActivitiesPage)]
pub fn activities_page() -> Html {
    let history = use_context::<UseReducerHandle<History>>()
        .expect("ActivitiesPage is rendered inside the app's workspace provider");
    let workspace = history.present_rc();
    let editing = use_state(|| None::<Editing>);
    let search = use_state(String::new);
    let order = use_state(SortOrder::default);
    let shown = use_state(|| PAGE_SIZE);
    let notice = use_state(|| None::<String>);

    {
        let errors = editing.as_ref().map(|editing| Rc::clone(&editing.errors));
        use_effect_with(errors, |errors| {
            if errors.as_ref().is_some_and(|errors| !errors.is_empty()) {
                page::focus(ERROR_SUMMARY_ID);
            }
        });
    }

    let on_new = {
        let editing = editing.clone();
        let workspace = Rc::clone(&workspace);
        Callback::from(move |_: MouseEvent| {
            let kind = KindId::builtin(FIRST_KIND);
            editing.set(Some(Editing {
                draft: ActivityDraft::new(kind, &workspace.custom_kinds, clock::today()),
                id: None,
                errors: Rc::default(),
            }));
        })
    };
    let on_edit = {
        let editing = editing.clone();
        let workspace = Rc::clone(&workspace);
        use_callback(workspace, move |id: ActivityId, workspace| {
            if let Some(activity) = workspace.activity(id) {
                editing.set(Some(Editing {
                    draft: ActivityDraft::from_activity(activity),
                    id: Some(id),
                    errors: Rc::default(),
                }));
            }
        })
    };
    let on_duplicate = {
        let history = history.clone();
        let notice = notice.clone();
        use_callback((), move |id: ActivityId, _| {
            let action = Action::DuplicateActivity(id);
            notice.set(Some(format!("{}.", action.describe())));
            history.dispatch(Command::Apply(Box::new(action)));
        })
    };
    let on_delete = {
        let history = history.clone();
        let notice = notice.clone();
        use_callback((), move |id: ActivityId, _| {
            let action = Action::DeleteActivities(vec![id]);
            notice.set(Some(format!("{}.", action.describe())));
            history.dispatch(Command::Apply(Box::new(action)));
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

    let editor = editing.as_ref().map(|current| {
        let on_change = {
            let editing = editing.clone();
            let current = current.clone();
            Callback::from(move |draft: ActivityDraft| {
                editing.set(Some(Editing {
                    draft,
                    ..current.clone()
                }));
            })
        };
        let on_save = {
            let editing = editing.clone();
            let current = current.clone();
            let history = history.clone();
            let notice = notice.clone();
            Callback::from(move |()| {
                let id = current.id.unwrap_or(ActivityId(history.present().next_id));
                match current.draft.validate(id) {
                    Ok(activity) => {
                        let action = Action::SaveActivity(activity);
                        notice.set(Some(format!("{}.", action.describe())));
                        history.dispatch(Command::Apply(Box::new(action)));
                        editing.set(None);
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
            Callback::from(move |()| editing.set(None))
        };
        let reuse_options: Vec<(ActivityId, String)> = workspace
            .activities
            .iter()
            .filter(|activity| Some(activity.id) != current.id)
            .map(|activity| (activity.id, activity.title.clone()))
            .collect();
        html! {
            <ActivityEditor
                draft={current.draft.clone()}
                errors={Rc::clone(&current.errors)}
                is_new={current.id.is_none()}
                custom_kinds={Rc::new(workspace.custom_kinds.clone())}
                reuse_options={Rc::new(reuse_options)}
                {on_change}
                {on_save}
                {on_cancel}
            />
        }
    });

    let toolbar = html! {
        <div class="toolbar">
            <button type="button" class="button button--primary" onclick={on_new} disabled={editing.is_some()}>
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

    let body = if workspace.activities.is_empty() {
        empty_state()
    } else {
        let selected = select(
            &workspace.activities,
            &workspace.custom_kinds,
            &search,
            *order,
        );
        let all = totals(&workspace.activities);
        let matching = totals(&selected);
        let summary = |totals: crate::analysis::inventory::Totals| {
            let mut parts = vec![
                count_noun(totals.count, "activity", "activities"),
                hours_phrase(totals.hours),
            ];
            if let Some((first, last)) = totals.span {
                parts.push(span_phrase(first, last));
            }
            parts.join(" · ")
        };
        let on_search = {
            let search = search.clone();
            let shown = shown.clone();
            Callback::from(move |event: InputEvent| {
                let input: web_sys::HtmlInputElement = event.target_unchecked_into();
                search.set(input.value());
                shown.set(PAGE_SIZE);
            })
        };
        let on_order = {
            let order = order.clone();
            Callback::from(move |event: Event| {
                let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
                let chosen = SortOrder::ALL
                    .into_iter()
                    .find(|order| order.label() == select.value())
                    .unwrap_or_default();
                order.set(chosen);
            })
        };
        let on_more = {
            let shown = shown.clone();
            Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE_SIZE))
        };
        let remaining = selected.len().saturating_sub(*shown);
        let rows = selected.iter().take(*shown).map(|activity| {
            html! {
                <ActivityRow
                    key={activity.id.0}
                    activity={Rc::clone(activity)}
                    kind_label={AttrValue::from(kind_info(&activity.kind, &workspace.custom_kinds).label)}
                    on_edit={on_edit.clone()}
                    on_duplicate={on_duplicate.clone()}
                    on_delete={on_delete.clone()}
                />
            }
        });
        html! {
            <section class="panel" aria-labelledby="list-title">
                <h2 id="list-title" class="panel__title">{ "Your activities" }</h2>
                <p class="totals">
                    <strong>{ summary(all) }</strong>
                    if matching.count != all.count {
                        { format!(" — showing {} that match", count_noun(matching.count, "activity", "activities")) }
                    }
                </p>
                <div class="list-controls">
                    <div class="field">
                        <label for="activity-search">{ "Search" }</label>
                        <input id="activity-search" type="search" value={(*search).clone()} oninput={on_search}
                            placeholder="Title, kind, venue, tag…" />
                    </div>
                    <div class="field">
                        <label for="activity-sort">{ "Sort" }</label>
                        <select id="activity-sort" onchange={on_order}>
                            { for SortOrder::ALL.into_iter().map(|option| html! {
                                <option value={option.label()} selected={*order == option}>{ option.label() }</option>
                            }) }
                        </select>
                    </div>
                </div>
                if selected.is_empty() {
                    <p class="muted">{ "No activity matches this search." }</p>
                } else {
                    <table class="activity-table">
                        <caption class="visually-hidden">{ "Recorded activities" }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ "Date" }</th>
                                <th scope="col">{ "Activity" }</th>
                                <th scope="col">{ "Hours" }</th>
                                <th scope="col">{ "Numbers" }</th>
                                <th scope="col"><span class="visually-hidden">{ "Actions" }</span></th>
                            </tr>
                        </thead>
                        <tbody>{ for rows }</tbody>
                    </table>
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
            <PageIntro
                title="Activities"
                lede="Write down the developer-relations work you already do: what you made, when, \
                      how long it took and whom it reached. Everything else in Rolecase is built \
                      from this evidence."
            />
            { toolbar }
            { editor.unwrap_or_default() }
            { body }
        </>
    }
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

fn empty_state() -> Html {
    let groups = ActivityGroup::ALL.into_iter().map(|group| {
        html! {
            <li class="group-card" key={group.label()}>
                <h3 class="group-card__title">{ group.label() }</h3>
                <ul class="group-card__examples">
                    { for group.kinds().map(|kind| html! { <li>{ kind.label }</li> }) }
                </ul>
            </li>
        }
    });
    html! {
        <section class="panel" aria-labelledby="activities-empty-title">
            <h2 id="activities-empty-title" class="panel__title">{ "Nothing recorded yet" }</h2>
            <p>
                { "Think back over the last two or three years. Work like this counts, \
                   whether it happened inside the company or outside it:" }
            </p>
            <ul class="group-grid">{ for groups }</ul>
        </section>
    }
}
