//! The form for the author's profile: current role, company, goals, time, and the role sought.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::form_events::value_of;
use crate::components::form_fields::{error_summary, FieldMeta};

use crate::model::profile::{ProfileDraft, ProfileError, ProfileField};

/// The id of the error summary, which takes focus after a failed save.
pub const PROFILE_ERRORS_ID: &str = "profile-errors";

/// A change to apply to the latest profile draft (see `activity_editor::DraftEdit` for why).
pub type ProfileEdit = Rc<dyn Fn(&mut ProfileDraft)>;

/// What the profile form shows and what it calls back.
pub struct ProfileFormParts {
    /// What the form shows, exactly as typed.
    pub draft: ProfileDraft,
    /// Problems found at the last save attempt.
    pub errors: Rc<Vec<ProfileError>>,
    /// Every edit, to be applied to the latest draft.
    pub on_edit: Callback<ProfileEdit>,
    pub on_save: Callback<()>,
    pub on_cancel: Callback<()>,
}

/// One text field of the form: its id, label, optional hint, and how it writes the draft.
struct TextField {
    id: &'static str,
    label: &'static str,
    hint: Option<&'static str>,
    multiline: bool,
    get: fn(&ProfileDraft) -> &String,
    set: fn(&mut ProfileDraft, String),
    error: Option<ProfileField>,
}

const FIELDS: &[TextField] = &[
    TextField {
        id: "profile-name",
        label: "Your name",
        hint: None,
        multiline: false,
        get: |d| &d.name,
        set: |d, v| d.name = v,
        error: None,
    },
    TextField {
        id: "profile-title",
        label: "Current title",
        hint: Some("For example, Senior Software Engineer."),
        multiline: false,
        get: |d| &d.current_title,
        set: |d, v| d.current_title = v,
        error: None,
    },
    TextField {
        id: "profile-level",
        label: "Current level",
        hint: Some("As your company names it, like L5 or Senior II."),
        multiline: false,
        get: |d| &d.current_level,
        set: |d, v| d.current_level = v,
        error: None,
    },
    TextField {
        id: "profile-team",
        label: "Team",
        hint: None,
        multiline: false,
        get: |d| &d.team,
        set: |d, v| d.team = v,
        error: None,
    },
    TextField {
        id: "profile-company",
        label: "Company",
        hint: None,
        multiline: false,
        get: |d| &d.company,
        set: |d, v| d.company = v,
        error: None,
    },
    TextField {
        id: "profile-product",
        label: "Product or area",
        hint: Some("What the developers you serve use."),
        multiline: false,
        get: |d| &d.product,
        set: |d, v| d.product = v,
        error: None,
    },
    TextField {
        id: "profile-developers",
        label: "Developers you serve",
        hint: Some("For example, backend developers integrating payments."),
        multiline: false,
        get: |d| &d.developers_served,
        set: |d, v| d.developers_served = v,
        error: None,
    },
    TextField {
        id: "profile-goals",
        label: "Company goals the work supports",
        hint: Some("One per line, in your company's own words."),
        multiline: true,
        get: |d| &d.company_goals,
        set: |d, v| d.company_goals = v,
        error: None,
    },
    TextField {
        id: "profile-hours",
        label: "Hours you work in a week",
        hint: Some("Usually 40."),
        multiline: false,
        get: |d| &d.weekly_hours,
        set: |d, v| d.weekly_hours = v,
        error: Some(ProfileField::WeeklyHours),
    },
    TextField {
        id: "profile-share",
        label: "Share of the week on developer relations today (%)",
        hint: None,
        multiline: false,
        get: |d| &d.devrel_share_percent,
        set: |d, v| d.devrel_share_percent = v,
        error: Some(ProfileField::DevrelShare),
    },
    TextField {
        id: "profile-target",
        label: "The title you are aiming for",
        hint: Some("For example, Developer Advocate."),
        multiline: false,
        get: |d| &d.target_title,
        set: |d, v| d.target_title = v,
        error: None,
    },
];

/// The profile form.
pub fn profile_form(props: ProfileFormParts) -> Html {
    let fields = FIELDS.iter().map(|field| {
        let on_input = {
            let on_edit = props.on_edit.clone();
            let set = field.set;
            Callback::from(move |event: InputEvent| {
                let value = value_of(&event.into());
                on_edit.emit(Rc::new(move |draft: &mut ProfileDraft| set(draft, value.clone())));
            })
        };
        let error = field.error.and_then(|wanted| {
            props.errors.iter().find(|error| error.field == wanted).map(|error| error.message.clone())
        });
        let meta = FieldMeta::new(field.id, error);
        let meta = match field.hint {
            Some(hint) => meta.hint(hint),
            None => meta,
        };
        let value = (field.get)(&props.draft).clone();
        html! {
            <div class={if field.multiline { "field field--wide" } else { "field" }} key={field.id}>
                <label for={field.id}>{ field.label }</label>
                if field.multiline {
                    <textarea id={field.id} rows="3" {value} aria-describedby={meta.described_by()} oninput={on_input} />
                } else {
                    <input id={field.id} type="text" {value} aria-invalid={meta.invalid()}
                        aria-describedby={meta.described_by()} oninput={on_input} />
                }
                { meta.notes() }
            </div>
        }
    });
    let on_submit = {
        let on_save = props.on_save.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            on_save.emit(());
        })
    };
    html! {
        <form class="editor panel" aria-labelledby="profile-title-heading" onsubmit={on_submit} novalidate=true>
            <h2 id="profile-title-heading" class="panel__title">{ "Your profile" }</h2>
            <p class="field__hint">
                { "The proposal uses this to describe your role today and the one you are asking for." }
            </p>
            { error_summary(PROFILE_ERRORS_ID, props.errors.iter().map(|error| error.message.as_str())) }
            <div class="editor__grid">{ for fields }</div>
            <div class="editor__actions">
                <button type="submit" class="button button--primary">{ "Save profile" }</button>
                <button type="button" class="button" onclick={props.on_cancel.reform(|_| ())}>{ "Cancel" }</button>
            </div>
        </form>
    }
}
