//! The proposal's settings: who reads it, how long it is, the title and time asked for, and
//! which sections appear in what order.

use yew::prelude::*;

use crate::components::form_events::{checked, value_of};
use crate::document::words::percent;
use crate::model::proposal::{Length, ProposalSettings, Reader, RoleTitle, SectionKind};
use crate::model::validation::{format_number, parse_number};

/// What changed, and the control that should have focus afterwards (a moved section's button
/// moves with it, and may have become disabled at the top or bottom of the list).
#[derive(Clone, Debug, PartialEq)]
pub struct SettingsChange {
    pub settings: ProposalSettings,
    pub focus: Option<String>,
}

/// What the settings form shows and whom it tells about changes.
#[derive(Properties, PartialEq)]
pub struct ProposalSettingsFormProps {
    /// The settings as saved in the workspace.
    pub settings: ProposalSettings,
    /// The title the records point to.
    pub suggested: RoleTitle,
    /// The title in the profile, if any; it wins over the suggestion.
    pub profile_title: AttrValue,
    /// The share proposed when the user sets none, in percent.
    pub default_share: f64,
    pub on_change: Callback<SettingsChange>,
}

fn move_id(kind: SectionKind, up: bool) -> String {
    format!("move-{}-{}", if up { "up" } else { "down" }, kind.slug())
}

/// The settings form. Every change applies at once; nothing waits for a Save button.
#[function_component(ProposalSettingsForm)]
pub fn proposal_settings_form(props: &ProposalSettingsFormProps) -> Html {
    let share_error = use_state(|| None::<String>);
    let settings = &props.settings;
    let change = |make: fn(&ProposalSettings, &Event) -> Option<ProposalSettings>| {
        let settings = settings.clone();
        let on_change = props.on_change.clone();
        Callback::from(move |event: Event| {
            if let Some(settings) = make(&settings, &event) {
                on_change.emit(SettingsChange {
                    settings,
                    focus: None,
                });
            }
        })
    };
    let on_reader = change(|s, e| {
        let reader = Reader::ALL.into_iter().find(|r| r.id() == value_of(e))?;
        Some(s.ordered_for(reader))
    });
    let on_length = change(|s, e| {
        Some(ProposalSettings {
            length: if value_of(e) == "one-page" {
                Length::OnePage
            } else {
                Length::Full
            },
            ..s.clone()
        })
    });
    let on_title = change(|s, e| {
        let value = value_of(e);
        Some(ProposalSettings {
            title: RoleTitle::ALL.into_iter().find(|t| t.id() == value),
            ..s.clone()
        })
    });
    let on_budget = change(|s, e| {
        Some(ProposalSettings {
            budget: value_of(e).trim().to_owned(),
            ..s.clone()
        })
    });
    let on_share = {
        let settings = settings.clone();
        let on_change = props.on_change.clone();
        let share_error = share_error.clone();
        Callback::from(move |event: Event| {
            let parsed = match parse_number(&value_of(&event)) {
                Ok(Some(share)) if share > 0.0 && share <= 100.0 => Ok(Some(share)),
                Ok(None) => Ok(None),
                Ok(Some(_)) => Err("The share is a percentage above 0 and at most 100.".to_owned()),
                Err(reason) => Err(reason),
            };
            match parsed {
                Ok(share) => {
                    share_error.set(None);
                    on_change.emit(SettingsChange {
                        settings: ProposalSettings {
                            proposed_share_percent: share,
                            ..settings.clone()
                        },
                        focus: None,
                    });
                }
                Err(reason) => share_error.set(Some(reason)),
            }
        })
    };

    let title_value = settings.title.map(RoleTitle::id).unwrap_or_default();
    let automatic = if props.profile_title.is_empty() {
        format!("Suggested: {}", props.suggested.label())
    } else {
        format!("Profile: {}", props.profile_title)
    };
    let sections = settings.sections();
    let last = sections.len() - 1;
    let rows = sections.iter().enumerate().map(|(index, choice)| {
        let kind = choice.kind;
        let on_include = {
            let settings = settings.clone();
            let on_change = props.on_change.clone();
            Callback::from(move |event: Event| {
                on_change.emit(SettingsChange {
                    settings: settings.with_included(kind, checked(&event)),
                    focus: None,
                })
            })
        };
        let mover = |up: bool| {
            let settings = settings.clone();
            let on_change = props.on_change.clone();
            Callback::from(move |_: MouseEvent| {
                let Some(moved) = settings.moved(index, if up { -1 } else { 1 }) else {
                    return;
                };
                let target = if up { index - 1 } else { index + 1 };
                // At the ends the pressed button is disabled; the other one takes focus.
                let keep = if up { target > 0 } else { target < last };
                on_change.emit(SettingsChange {
                    settings: moved,
                    focus: Some(move_id(kind, if keep { up } else { !up })),
                })
            })
        };
        let include_id = format!("include-{}", kind.slug());
        html! {
            <li class="section-order__item" key={kind.slug()}>
                <span class="choice">
                    <input type="checkbox" id={include_id.clone()} checked={choice.included}
                        onchange={on_include} />
                    <label for={include_id}>{ kind.title() }</label>
                </span>
                <span class="section-order__moves">
                    <button type="button" class="button button--small" id={move_id(kind, true)}
                        aria-label={format!("Move \u{201c}{}\u{201d} up", kind.title())}
                        disabled={index == 0} onclick={mover(true)}>{ "Up" }</button>
                    <button type="button" class="button button--small" id={move_id(kind, false)}
                        aria-label={format!("Move \u{201c}{}\u{201d} down", kind.title())}
                        disabled={index == last} onclick={mover(false)}>{ "Down" }</button>
                </span>
            </li>
        }
    });
    let share_text = settings
        .proposed_share_percent
        .map(format_number)
        .unwrap_or_default();
    html! {
        <form class="settings" aria-labelledby="settings-title" onsubmit={|e: SubmitEvent| e.prevent_default()}>
            <h2 id="settings-title" class="settings__title">{ "Settings" }</h2>
            <div class="field">
                <label for="proposal-reader">{ "Who will read it" }</label>
                <select id="proposal-reader" onchange={on_reader} aria-describedby="proposal-reader-hint">
                    { for Reader::ALL.iter().map(|r| html! {
                        <option value={r.id()} selected={*r == settings.reader}>{ r.label() }</option>
                    }) }
                </select>
                <p class="field__hint" id="proposal-reader-hint">{ "Changes the ask and puts first the sections this reader decides on." }</p>
            </div>
            <fieldset class="fieldset">
                <legend>{ "Length" }</legend>
                <div class="choices">
                    <label class="choice">
                        <input type="radio" name="proposal-length" value="one-page"
                            checked={settings.length == Length::OnePage} onchange={on_length.clone()} />
                        { "One page" }
                    </label>
                    <label class="choice">
                        <input type="radio" name="proposal-length" value="full"
                            checked={settings.length == Length::Full} onchange={on_length} />
                        { "Full" }
                    </label>
                </div>
            </fieldset>
            <div class="field">
                <label for="proposal-title">{ "Title to ask for" }</label>
                <select id="proposal-title" onchange={on_title}>
                    <option value="" selected={title_value.is_empty()}>{ automatic }</option>
                    { for RoleTitle::ALL.iter().map(|t| html! {
                        <option value={t.id()} selected={t.id() == title_value}>{ t.label() }</option>
                    }) }
                </select>
            </div>
            <div class="field">
                <label for="proposal-share">{ "Share of the week to ask for (%)" }</label>
                <input id="proposal-share" inputmode="decimal" value={share_text}
                    placeholder={format_number(props.default_share)}
                    aria-describedby={if share_error.is_some() { "proposal-share-error" } else { "proposal-share-hint" }}
                    aria-invalid={share_error.is_some().then_some("true")}
                    onchange={on_share} />
                if let Some(error) = &*share_error {
                    <p class="field__error" id="proposal-share-error">{ error }</p>
                } else {
                    <p class="field__hint" id="proposal-share-hint">
                        { format!("Left empty, the proposal asks for {}, from your records and profile.", percent(props.default_share)) }
                    </p>
                }
            </div>
            <div class="field">
                <label for="proposal-budget">{ "Budget to ask for" }</label>
                <input id="proposal-budget" value={settings.budget.clone()} onchange={on_budget}
                    aria-describedby="proposal-budget-hint" />
                <p class="field__hint" id="proposal-budget-hint">{ "For example: two conferences a year and a tools budget. Left empty, the proposal assumes none." }</p>
            </div>
            <details class="section-order">
                <summary>{ "Sections and their order" }</summary>
                <ol class="section-order__list">{ for rows }</ol>
            </details>
        </form>
    }
}
