//! The Proposal screen: the role definition and impact proposal built from the activities.

use yew::prelude::*;

use crate::components::PageIntro;
use crate::document::SectionKind;
use crate::route::Area;

/// Shows the proposal; with no activities yet, explains what it will contain and where to start.
#[function_component(ProposalPage)]
pub fn proposal_page() -> Html {
    let sections = SectionKind::ALL.into_iter().map(|section| {
        html! {
            <li key={section.title()}>
                <strong>{ section.title() }</strong>
                <span class="outline__purpose">{ section.purpose() }</span>
            </li>
        }
    });
    html! {
        <>
            <PageIntro
                title="Proposal"
                lede="Your activities become a role definition and an impact proposal that your \
                      manager, skip-level and talent team can act on. It is written on this device \
                      from what you entered, with no invented numbers."
            />
            <section class="panel" aria-labelledby="proposal-empty-title">
                <h2 id="proposal-empty-title" class="panel__title">{ "No proposal yet" }</h2>
                <p>
                    { "The proposal appears here once you have recorded some activities. " }
                    <a href={Area::Activities.href()}>{ "Start with your activities" }</a>
                    { "." }
                </p>
                <h3 class="panel__subtitle">{ "What it covers" }</h3>
                <ol class="outline">{ for sections }</ol>
            </section>
        </>
    }
}
