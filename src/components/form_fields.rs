//! What every form field and form shares: hint and error notes tied to the control for
//! assistive technology, and the summary of problems shown after a failed save.

use yew::prelude::*;

/// Everything a field needs to describe itself to assistive technology.
pub struct FieldMeta {
    pub id: String,
    error: Option<String>,
    hint: Option<&'static str>,
}

impl FieldMeta {
    /// A field whose control has `id`, with the problem to show beside it, if any.
    pub fn new(id: impl Into<String>, error: Option<String>) -> FieldMeta {
        FieldMeta {
            id: id.into(),
            error,
            hint: None,
        }
    }

    /// Adds a hint shown under the control.
    pub fn hint(mut self, hint: &'static str) -> FieldMeta {
        self.hint = Some(hint);
        self
    }

    /// The control's `aria-describedby`: its hint and its error, when present.
    pub fn described_by(&self) -> Option<String> {
        let mut ids = Vec::new();
        if self.hint.is_some() {
            ids.push(format!("{}-hint", self.id));
        }
        if self.error.is_some() {
            ids.push(format!("{}-error", self.id));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }

    /// The control's `aria-invalid`.
    pub fn invalid(&self) -> Option<&'static str> {
        self.error.as_ref().map(|_| "true")
    }

    /// The hint and error paragraphs, placed under the control.
    pub fn notes(&self) -> Html {
        html! {
            <>
                if let Some(hint) = self.hint {
                    <p id={format!("{}-hint", self.id)} class="field__hint">{ hint }</p>
                }
                if let Some(error) = &self.error {
                    <p id={format!("{}-error", self.id)} class="field__error">
                        <span aria-hidden="true">{ "⚠ " }</span>{ error }
                    </p>
                }
            </>
        }
    }
}

/// The list of problems at the top of a form after a failed save; focusable by `id`.
pub fn error_summary<'a>(
    id: &'static str,
    messages: impl ExactSizeIterator<Item = &'a str>,
) -> Html {
    if messages.len() == 0 {
        return Html::default();
    }
    let title = match messages.len() {
        1 => "Fix this before saving:".to_owned(),
        n => format!("Fix these {n} things before saving:"),
    };
    html! {
        <div {id} class="error-summary" role="alert" tabindex="-1">
            <p class="error-summary__title">{ title }</p>
            <ul>{ for messages.map(|message| html! { <li>{ message }</li> }) }</ul>
        </div>
    }
}
