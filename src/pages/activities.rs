//! The Activities screen: the inventory of developer-relations work already done.

use yew::prelude::*;

use crate::components::PageIntro;
use crate::model::taxonomy::ActivityGroup;

/// Lists what the user has recorded; with nothing recorded yet, shows what counts.
#[function_component(ActivitiesPage)]
pub fn activities_page() -> Html {
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
        <>
            <PageIntro
                title="Activities"
                lede="Write down the developer-relations work you already do: what you made, when, \
                      how long it took and whom it reached. Everything else in Rolecase is built \
                      from this evidence."
            />
            <section class="panel" aria-labelledby="activities-empty-title">
                <h2 id="activities-empty-title" class="panel__title">{ "Nothing recorded yet" }</h2>
                <p>
                    { "Think back over the last two or three years. Work like this counts, \
                       whether it happened inside the company or outside it:" }
                </p>
                <ul class="group-grid">{ for groups }</ul>
            </section>
        </>
    }
}
