//! A prominent message about the user's data, with the actions that resolve it.

use yew::prelude::*;

/// One action a banner offers.
#[derive(Clone, PartialEq)]
pub struct BannerAction {
    pub label: AttrValue,
    pub on_click: Callback<()>,
}

/// An alert above the page, for problems that put data at risk.
pub fn data_banner(title: &str, message: &str, actions: &[BannerAction]) -> Html {
    html! {
        <div class="data-banner" role="alert">
            <p class="data-banner__title"><span aria-hidden="true">{ "⚠ " }</span>{ title }</p>
            <p>{ message }</p>
            <div class="data-banner__actions">
                { for actions.iter().map(|action| html! {
                    <button type="button" class="button button--small" onclick={action.on_click.reform(|_| ())}>
                        { &action.label }
                    </button>
                }) }
            </div>
        </div>
    }
}
