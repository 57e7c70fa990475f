//! The footer's promise about where the user's data lives.

use yew::prelude::*;

/// States plainly that nothing the user enters leaves their browser.
pub fn site_footer() -> Html {
    html! {
        <footer class="site-footer">
            <p class="site-footer__privacy">
                <svg class="site-footer__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M7 10V7a5 5 0 0 1 10 0v3h1a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1h1zm2 0h6V7a3 3 0 0 0-6 0v3z" />
                </svg>
                <span>
                    <strong>{ "Your data stays in this browser." }</strong>
                    { " Rolecase has no server: nothing you type is sent anywhere." }
                </span>
            </p>
        </footer>
    }
}
