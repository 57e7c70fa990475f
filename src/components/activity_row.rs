//! One activity in the list, with its actions.

use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::inventory::{group_thousands, hours_phrase, span_phrase};
use crate::model::activity::{Activity, ActivityId, Status};
use crate::model::validation::format_number;

#[derive(Properties, PartialEq)]
pub struct ActivityRowProps {
    pub activity: Rc<Activity>,
    /// The kind's display name.
    pub kind_label: AttrValue,
    /// Whether the row's checkbox is ticked.
    pub selected: bool,
    pub on_toggle: Callback<ActivityId>,
    /// Callbacks take the row's id, so they stay equal across renders and rows are not redrawn.
    pub on_edit: Callback<ActivityId>,
    pub on_duplicate: Callback<ActivityId>,
    pub on_delete: Callback<ActivityId>,
}

/// A table row: date, title and kind, hours, numbers, actions.
#[function_component(ActivityRow)]
pub fn activity_row(props: &ActivityRowProps) -> Html {
    let activity = &props.activity;
    let id = activity.id;
    let status = match &activity.status {
        Status::Done => None,
        other => Some(other.label()),
    };
    let numbers = activity.metrics.iter().map(|metric| {
        html! {
            <li>
                { format!("{} {}", group_thousands(&format_number(metric.value)), metric.unit.label()) }
                <span class="confidence">{ format!(" ({})", metric.confidence.label().to_ascii_lowercase()) }</span>
            </li>
        }
    });
    let title = activity.title.clone();
    html! {
        <tr class={if props.selected { "activity-row activity-row--selected" } else { "activity-row" }}>
            <td class="activity-row__select">
                <input type="checkbox" id={format!("select-{}", id.0)} checked={props.selected}
                    aria-label={format!("Select \u{201c}{title}\u{201d}")}
                    onchange={props.on_toggle.reform(move |_| id)} />
            </td>
            <td class="activity-row__date" data-label="Date">
                { span_phrase(activity.dates.start, activity.dates.last_day()) }
            </td>
            <th scope="row" class="activity-row__title">
                <span class="activity-row__name">{ &activity.title }</span>
                <span class="activity-row__kind">
                    { &props.kind_label }
                    if !activity.channel.is_empty() { { format!(" · {}", activity.channel) } }
                </span>
                if let Some(status) = status {
                    <span class="badge">{ status }</span>
                }
            </th>
            <td class="activity-row__hours" data-label="Hours">{ hours_phrase(activity.hours) }</td>
            <td class="activity-row__numbers" data-label="Numbers">
                if activity.metrics.is_empty() {
                    <span class="muted">{ "None recorded" }</span>
                } else {
                    <ul class="plain-list">{ for numbers }</ul>
                }
            </td>
            <td class="activity-row__actions">
                <button type="button" class="button button--small" aria-label={format!("Edit \u{201c}{title}\u{201d}")}
                    onclick={props.on_edit.reform(move |_| id)}>{ "Edit" }</button>
                <button type="button" class="button button--small" aria-label={format!("Duplicate \u{201c}{title}\u{201d}")}
                    onclick={props.on_duplicate.reform(move |_| id)}>{ "Duplicate" }</button>
                <button type="button" class="button button--small button--danger" aria-label={format!("Delete \u{201c}{title}\u{201d}")}
                    onclick={props.on_delete.reform(move |_| id)}>{ "Delete" }</button>
            </td>
        </tr>
    }
}
