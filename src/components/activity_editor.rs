//! The form that records or edits one activity: every field labelled, problems shown beside
//! the field they are about, and nothing typed ever thrown away.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::form_events::{checked, date_half_typed, value_of};
use crate::components::form_fields::{error_summary, FieldMeta};
use crate::model::activity::{ActivityId, Audience};
use crate::model::journey::{Direction, JourneyStage};
use crate::model::metric::{Confidence, MetricUnit};
use crate::model::taxonomy::{kind_info, ActivityGroup, CustomKind, KindId, BUILTIN_KINDS};
use crate::model::validation::{ActivityDraft, Field, FieldError, MetricDraft, StatusChoice};

/// A change to apply to the latest draft. Edits, not whole drafts, are sent up so that two
/// events in one task (autofill, fast typing) cannot overwrite each other with stale copies.
pub type DraftEdit = Rc<dyn Fn(&mut ActivityDraft)>;

/// Writes a value read from a control into the draft.
type Setter = Rc<dyn Fn(&mut ActivityDraft, String)>;

/// The id of the error summary, which takes focus after a failed save.
pub const ERROR_SUMMARY_ID: &str = "activity-errors";

#[derive(Properties, PartialEq)]
pub struct ActivityEditorProps {
    /// What the form shows, exactly as typed.
    pub draft: ActivityDraft,
    /// Problems found at the last save attempt; empty before the first.
    pub errors: Rc<Vec<FieldError>>,
    /// Whether this records a new activity rather than editing one.
    pub is_new: bool,
    /// The user's own kinds, offered beside the built-in ones.
    pub custom_kinds: Rc<Vec<CustomKind>>,
    /// Other activities this one may re-use, as (id, title).
    pub reuse_options: Rc<Vec<(ActivityId, String)>>,
    /// Every edit, to be applied to the latest draft.
    pub on_edit: Callback<DraftEdit>,
    pub on_save: Callback<()>,
    pub on_cancel: Callback<()>,
    /// Asks for a kind of the user's own, by name and group.
    pub on_add_kind: Callback<(String, ActivityGroup)>,
    /// The text of the button that leaves the form without saving.
    #[prop_or(AttrValue::Static("Cancel"))]
    pub cancel_label: AttrValue,
}

/// The DOM id of the control a field's problems are about.
pub fn field_id(field: Field) -> String {
    match field {
        Field::Title => "activity-title".into(),
        Field::Start => "activity-start".into(),
        Field::End => "activity-end".into(),
        Field::Hours => "activity-hours".into(),
        Field::MetricValue(row) => format!("metric-value-{row}"),
        Field::MetricUnit(row) => format!("metric-unit-{row}"),
        Field::Links => "activity-links".into(),
        Field::Lesson => "activity-lesson".into(),
        Field::ReuseOf => "activity-reuse".into(),
    }
}

/// The notes for the control with `id`, joining every problem found with `field`.
fn meta(id: impl Into<String>, errors: &[FieldError], field: Option<Field>) -> FieldMeta {
    let messages: Vec<&str> = errors
        .iter()
        .filter(|error| Some(error.field) == field)
        .map(|error| error.message.as_str())
        .collect();
    FieldMeta::new(id, (!messages.is_empty()).then(|| messages.join(" ")))
}

#[derive(Properties)]
struct ReuseSelectProps {
    id: String,
    /// Every other activity, which can be thousands.
    options: Rc<Vec<(ActivityId, String)>>,
    selected: Option<ActivityId>,
    invalid: bool,
    described_by: Option<String>,
    on_change: Callback<Event>,
}

impl PartialEq for ReuseSelectProps {
    /// Ignores the callback: it only forwards an edit, which the page applies to its latest
    /// draft, so an older callback behaves the same. That lets typing elsewhere in the form skip
    /// re-rendering a list of thousands of options.
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
            && Rc::ptr_eq(&self.options, &other.options)
            && self.selected == other.selected
            && self.invalid == other.invalid
            && self.described_by == other.described_by
    }
}

/// The "Re-use of" menu, one option per other activity.
#[function_component(ReuseSelect)]
fn reuse_select(props: &ReuseSelectProps) -> Html {
    html! {
        <select id={props.id.clone()} onchange={props.on_change.clone()}
            aria-invalid={props.invalid.then_some("true")} aria-describedby={props.described_by.clone()}>
            <option value="" selected={props.selected.is_none()}>{ "Nothing: this is an original" }</option>
            { for props.options.iter().map(|(id, title)| html! {
                <option value={id.0.to_string()} selected={props.selected == Some(*id)}>{ title.clone() }</option>
            }) }
        </select>
    }
}

/// The activity form.
#[function_component(ActivityEditor)]
pub fn activity_editor(props: &ActivityEditorProps) -> Html {
    let draft = &props.draft;
    let errors: &[FieldError] = &props.errors;

    // Reads what the event carries now, and sends the edit that applies it.
    let edit = |read: fn(&Event) -> String, apply: Setter| {
        let on_edit = props.on_edit.clone();
        Callback::from(move |event: Event| {
            let value = read(&event);
            let apply = Rc::clone(&apply);
            on_edit.emit(Rc::new(move |draft| apply(draft, value.clone())));
        })
    };
    let text = |set: fn(&mut ActivityDraft, String)| edit(value_of, Rc::new(set));
    let on_input = |callback: Callback<Event>| {
        Callback::from(move |event: InputEvent| callback.emit(event.into()))
    };

    let custom_kinds = Rc::clone(&props.custom_kinds);
    let on_kind = edit(
        value_of,
        Rc::new(move |draft, value| draft.change_kind(KindId(value), &custom_kinds)),
    );
    let kind_options = ActivityGroup::ALL.into_iter().map(|group| {
        let builtin = group
            .kinds()
            .map(|kind| (kind.id.to_owned(), kind.label.to_owned()));
        let custom = props
            .custom_kinds
            .iter()
            .filter(|kind| kind.group == group)
            .map(|kind| (kind.id.0.clone(), kind.label.clone()));
        html! {
            <optgroup label={group.label()}>
                { for builtin.chain(custom).map(|(id, label)| html! {
                    <option value={id.clone()} selected={draft.kind.0 == id}>{ label }</option>
                }) }
            </optgroup>
        }
    });
    let unknown_kind = !draft.kind.0.is_empty()
        && !BUILTIN_KINDS.iter().any(|kind| kind.id == draft.kind.0)
        && !props.custom_kinds.iter().any(|kind| kind.id == draft.kind);

    let new_kind = use_state(String::new);
    let new_kind_group = use_state(|| ActivityGroup::Community);
    let on_new_kind = {
        let new_kind = new_kind.clone();
        Callback::from(move |event: InputEvent| new_kind.set(value_of(&event.into())))
    };
    let on_new_kind_group = {
        let new_kind_group = new_kind_group.clone();
        Callback::from(move |event: Event| {
            let value = value_of(&event);
            if let Some(group) = ActivityGroup::ALL.into_iter().find(|g| g.label() == value) {
                new_kind_group.set(group);
            }
        })
    };
    let add_kind = {
        let new_kind = new_kind.clone();
        let new_kind_group = new_kind_group.clone();
        let on_add_kind = props.on_add_kind.clone();
        Callback::from(move |()| {
            if !new_kind.trim().is_empty() {
                on_add_kind.emit(((*new_kind).trim().to_owned(), *new_kind_group));
                new_kind.set(String::new());
            }
        })
    };
    let on_add_kind = add_kind.reform(|_: MouseEvent| ());
    // Enter in the kind's name adds the kind; it must not submit the whole activity.
    let on_new_kind_key = {
        let add_kind = add_kind.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Enter" {
                event.prevent_default();
                add_kind.emit(());
            }
        })
    };

    let title = meta("activity-title", errors, Some(Field::Title));
    let start = meta("activity-start", errors, Some(Field::Start));
    let end = meta("activity-end", errors, Some(Field::End)).hint("Leave empty for a single day.");
    let hours = meta("activity-hours", errors, Some(Field::Hours))
        .hint("Preparation and delivery together, from 0 to 1000.");
    let channel =
        meta("activity-channel", errors, None).hint("The event, site, community or repository.");
    let links = meta("activity-links", errors, Some(Field::Links))
        .hint("One per line: recordings, posts, slides, pull requests.");
    let lesson = meta("activity-lesson", errors, Some(Field::Lesson));
    let reuse = meta("activity-reuse", errors, Some(Field::ReuseOf));
    let tags = meta("activity-tags", errors, None).hint("Separate tags with commas.");

    let derived = Direction::from_stages(draft.stages)
        .map(|direction| {
            format!(
                "From the stages ({})",
                direction.label().to_ascii_lowercase()
            )
        })
        .unwrap_or_else(|| "From the stages (none chosen yet)".into());
    let on_direction = edit(
        value_of,
        Rc::new(|draft, value| {
            draft.direction_override = match value.as_str() {
                "outbound" => Some(Direction::Outbound),
                "inbound" => Some(Direction::Inbound),
                _ => None,
            }
        }),
    );
    let stage_boxes = JourneyStage::ALL.into_iter().map(|stage| {
        let id = format!("activity-stage-{}", stage.label().to_ascii_lowercase());
        let on_toggle = edit(
            |event| checked(event).to_string(),
            Rc::new(move |draft, ticked| {
                if ticked == "true" {
                    draft.stages.insert(stage);
                } else {
                    draft.stages.remove(stage);
                }
            }),
        );
        html! {
            <label class="choice" for={id.clone()}>
                <input type="checkbox" id={id} checked={draft.stages.contains(stage)} onchange={on_toggle} />
                { stage.label() }
            </label>
        }
    });

    let unit_suggestions = {
        let first = kind_info(&draft.kind, &props.custom_kinds).units;
        let rest = MetricUnit::BUILT_IN
            .into_iter()
            .filter(|unit| !first.contains(unit));
        first.iter().cloned().chain(rest).collect::<Vec<_>>()
    };
    let metric_rows = draft.metrics.iter().enumerate().map(|(row, metric)| {
        let value = meta(format!("metric-value-{row}"), errors, Some(Field::MetricValue(row)));
        let unit = meta(format!("metric-unit-{row}"), errors, Some(Field::MetricUnit(row)));
        let set_metric = |apply: fn(&mut MetricDraft, String)| {
            edit(
                value_of,
                Rc::new(move |draft: &mut ActivityDraft, value| {
                    if let Some(metric) = draft.metrics.get_mut(row) {
                        apply(metric, value)
                    }
                }),
            )
        };
        let on_value = set_metric(|metric, value| metric.value = value);
        let on_unit = set_metric(|metric, value| metric.unit = value);
        let on_confidence = set_metric(|metric, value| {
            metric.confidence = match value.as_str() {
                "measured" => Confidence::Measured,
                "estimated" => Confidence::Estimated,
                _ => Confidence::Unverified,
            }
        });
        let on_remove = props.on_edit.reform(move |_: MouseEvent| -> DraftEdit {
            Rc::new(move |draft| {
                if row < draft.metrics.len() {
                    draft.metrics.remove(row);
                }
            })
        });
        let number = row + 1;
        html! {
            <div class="metric-row" key={row}>
                <div class="field">
                    <label for={value.id.clone()}>{ format!("Number {number}") }</label>
                    <input id={value.id.clone()} type="text" inputmode="decimal" value={metric.value.clone()}
                        aria-invalid={value.invalid()} aria-describedby={value.described_by()}
                        oninput={on_input(on_value)} />
                    { value.notes() }
                </div>
                <div class="field">
                    <label for={unit.id.clone()}>{ format!("Unit {number}") }</label>
                    <input id={unit.id.clone()} type="text" list="metric-units" value={metric.unit.clone()}
                        placeholder="views" aria-invalid={unit.invalid()} aria-describedby={unit.described_by()}
                        oninput={on_input(on_unit)} />
                    { unit.notes() }
                </div>
                <div class="field">
                    <label for={format!("metric-confidence-{row}")}>{ format!("Confidence {number}") }</label>
                    <select id={format!("metric-confidence-{row}")} onchange={on_confidence}>
                        { for Confidence::ALL.into_iter().map(|level| html! {
                            <option value={level.label().to_ascii_lowercase()} selected={metric.confidence == level}>
                                { level.label() }
                            </option>
                        }) }
                    </select>
                </div>
                <button type="button" class="button button--quiet metric-row__remove" onclick={on_remove}
                    aria-label={format!("Remove number {number}")}>{ "Remove" }</button>
            </div>
        }
    });
    let on_add_metric = props.on_edit.reform(|_: MouseEvent| -> DraftEdit {
        Rc::new(|draft| draft.metrics.push(MetricDraft::default()))
    });

    let on_status = edit(
        value_of,
        Rc::new(|draft, value| {
            draft.status = match value.as_str() {
                "planned" => StatusChoice::Planned,
                "failed" => StatusChoice::FailedExperiment,
                _ => StatusChoice::Done,
            }
        }),
    );
    let on_audience = edit(
        value_of,
        Rc::new(|draft, value| {
            draft.audience = if value == "internal" {
                Audience::Internal
            } else {
                Audience::External
            }
        }),
    );
    let on_reuse = edit(
        value_of,
        Rc::new(|draft, value| draft.reuse_of = value.parse().ok().map(ActivityId)),
    );

    let on_submit = {
        let on_save = props.on_save.clone();
        let on_edit = props.on_edit.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            // Ask the inputs directly, so an unfinished date is reported instead of silently
            // saved as no date.
            let start = date_half_typed(&event, "activity-start");
            let end = date_half_typed(&event, "activity-end");
            on_edit.emit(Rc::new(move |draft: &mut ActivityDraft| {
                draft.start_incomplete = start;
                draft.end_incomplete = end;
            }));
            on_save.emit(());
        })
    };
    let on_cancel = props.on_cancel.reform(|_: MouseEvent| ());
    let heading = if props.is_new {
        "Record an activity"
    } else {
        "Edit activity"
    };

    html! {
        <form class="editor panel" aria-labelledby="editor-title" onsubmit={on_submit} novalidate=true>
            <h2 id="editor-title" class="panel__title" tabindex="-1">{ heading }</h2>
            { error_summary(ERROR_SUMMARY_ID, errors.iter().map(|error| error.message.as_str())) }

            <div class="editor__grid">
                <div class="field">
                    <label for="activity-kind">{ "Kind" }</label>
                    <select id="activity-kind" onchange={on_kind}>
                        if unknown_kind {
                            <option value={draft.kind.0.clone()} selected=true>{ draft.kind.0.clone() }</option>
                        }
                        { for kind_options }
                    </select>
                </div>
                <details class="add-kind field--wide">
                    <summary>{ "Not in the list? Add your own kind" }</summary>
                    <div class="add-kind__row">
                        <div class="field">
                            <label for="new-kind-label">{ "Name of the kind" }</label>
                            <input id="new-kind-label" type="text" value={(*new_kind).clone()} oninput={on_new_kind}
                                onkeydown={on_new_kind_key} />
                        </div>
                        <div class="field">
                            <label for="new-kind-group">{ "Group" }</label>
                            <select id="new-kind-group" onchange={on_new_kind_group}>
                                { for ActivityGroup::ALL.into_iter().map(|group| html! {
                                    <option value={group.label()} selected={*new_kind_group == group}>{ group.label() }</option>
                                }) }
                            </select>
                        </div>
                        <button type="button" class="button add-kind__button" onclick={on_add_kind}
                            disabled={new_kind.trim().is_empty()}>{ "Add this kind" }</button>
                    </div>
                </details>
                <div class="field field--wide">
                    <label for={title.id.clone()}>{ "Title" }</label>
                    <input id={title.id.clone()} type="text" value={draft.title.clone()} required=true
                        aria-invalid={title.invalid()} aria-describedby={title.described_by()}
                        oninput={on_input(text(|d, v| d.title = v))} />
                    { title.notes() }
                </div>
                <div class="field">
                    <label for={start.id.clone()}>{ "Date" }</label>
                    <input id={start.id.clone()} type="date" value={draft.start.clone()} required=true
                        aria-invalid={start.invalid()} aria-describedby={start.described_by()}
                        oninput={on_input(text(|d, v| { d.start = v; d.start_incomplete = false; }))} />
                    { start.notes() }
                </div>
                <div class="field">
                    <label for={end.id.clone()}>{ "End date" }</label>
                    <input id={end.id.clone()} type="date" value={draft.end.clone()}
                        aria-invalid={end.invalid()} aria-describedby={end.described_by()}
                        oninput={on_input(text(|d, v| { d.end = v; d.end_incomplete = false; }))} />
                    { end.notes() }
                </div>
                <div class="field">
                    <label for={hours.id.clone()}>{ "Hours invested" }</label>
                    <input id={hours.id.clone()} type="text" inputmode="decimal" value={draft.hours.clone()}
                        required=true aria-invalid={hours.invalid()} aria-describedby={hours.described_by()}
                        oninput={on_input(text(|d, v| d.hours = v))} />
                    { hours.notes() }
                </div>
                <div class="field">
                    <label for="activity-audience">{ "Audience" }</label>
                    <select id="activity-audience" onchange={on_audience}>
                        { for Audience::ALL.into_iter().map(|audience| html! {
                            <option value={audience.label().to_ascii_lowercase()} selected={draft.audience == audience}>
                                { audience.label() }
                            </option>
                        }) }
                    </select>
                </div>
                <div class="field field--wide">
                    <label for={channel.id.clone()}>{ "Channel or venue" }</label>
                    <input id={channel.id.clone()} type="text" value={draft.channel.clone()}
                        aria-describedby={channel.described_by()}
                        oninput={on_input(text(|d, v| d.channel = v))} />
                    { channel.notes() }
                </div>
            </div>

            <fieldset class="fieldset">
                <legend>{ "Journey stages it serves" }</legend>
                <div class="choices">{ for stage_boxes }</div>
            </fieldset>
            <div class="field">
                <label for="activity-direction">{ "Direction" }</label>
                <select id="activity-direction" onchange={on_direction}>
                    <option value="derived" selected={draft.direction_override.is_none()}>{ derived }</option>
                    <option value="outbound" selected={draft.direction_override == Some(Direction::Outbound)}>
                        { "Outbound: advocating to developers" }
                    </option>
                    <option value="inbound" selected={draft.direction_override == Some(Direction::Inbound)}>
                        { "Inbound: advocating for developers" }
                    </option>
                </select>
            </div>

            <fieldset class="fieldset">
                <legend>{ "Numbers it reached" }</legend>
                <p class="field__hint">
                    { "Only numbers you can stand behind; say how each was obtained. Different units are never added up." }
                </p>
                <datalist id="metric-units">
                    { for unit_suggestions.iter().map(|unit| html! { <option value={unit.label().to_owned()} /> }) }
                </datalist>
                { for metric_rows }
                <button type="button" class="button" onclick={on_add_metric}>{ "Add a number" }</button>
            </fieldset>

            <div class="field">
                <label for={links.id.clone()}>{ "Evidence links" }</label>
                <textarea id={links.id.clone()} rows="3" value={draft.links.clone()}
                    aria-invalid={links.invalid()} aria-describedby={links.described_by()}
                    oninput={on_input(text(|d, v| d.links = v))} />
                { links.notes() }
            </div>
            <div class="field">
                <label for="activity-outcome">{ "What happened as a result" }</label>
                <textarea id="activity-outcome" rows="3" value={draft.outcome.clone()}
                    oninput={on_input(text(|d, v| d.outcome = v))} />
            </div>
            <div class="editor__grid">
                <div class="field">
                    <label for="activity-status">{ "Status" }</label>
                    <select id="activity-status" onchange={on_status}>
                        <option value="done" selected={draft.status == StatusChoice::Done}>{ "Done" }</option>
                        <option value="planned" selected={draft.status == StatusChoice::Planned}>{ "Planned" }</option>
                        <option value="failed" selected={draft.status == StatusChoice::FailedExperiment}>
                            { "Failed experiment" }
                        </option>
                    </select>
                </div>
                <div class="field">
                    <label for={reuse.id.clone()}>{ "Re-use of" }</label>
                    <ReuseSelect
                        id={reuse.id.clone()}
                        options={Rc::clone(&props.reuse_options)}
                        selected={draft.reuse_of}
                        invalid={reuse.invalid().is_some()}
                        described_by={reuse.described_by()}
                        on_change={on_reuse}
                    />
                    { reuse.notes() }
                </div>
                <div class="field field--wide">
                    <label for={tags.id.clone()}>{ "Tags" }</label>
                    <input id={tags.id.clone()} type="text" value={draft.tags.clone()}
                        aria-describedby={tags.described_by()}
                        oninput={on_input(text(|d, v| d.tags = v))} />
                    { tags.notes() }
                </div>
            </div>
            if draft.status == StatusChoice::FailedExperiment {
                <div class="field">
                    <label for={lesson.id.clone()}>{ "What it taught you" }</label>
                    <textarea id={lesson.id.clone()} rows="2" value={draft.lesson.clone()}
                        aria-invalid={lesson.invalid()} aria-describedby={lesson.described_by()}
                        oninput={on_input(text(|d, v| d.lesson = v))} />
                    { lesson.notes() }
                </div>
            }

            <div class="editor__actions">
                <button type="submit" class="button button--primary">
                    { if props.is_new { "Save activity" } else { "Save changes" } }
                </button>
                <button type="button" class="button" onclick={on_cancel}>{ &props.cancel_label }</button>
            </div>
        </form>
    }
}
