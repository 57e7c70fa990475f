//! The Export & share screen: every way the proposal and the data leave Rolecase.

use yew::prelude::*;

use crate::components::PageIntro;
use crate::export::ExportFormat;
use crate::route::Area;

fn format_list(formats: impl Iterator<Item = ExportFormat>) -> Html {
    let items = formats.map(|format| {
        html! {
            <li key={format.label()}>
                <strong>{ format.label() }</strong>
                <span class="outline__purpose">{ format.use_case() }</span>
            </li>
        }
    });
    html! { <ul class="outline">{ for items }</ul> }
}

/// Lists the export formats; with nothing recorded yet, says there is nothing to export.
#[function_component(ExportPage)]
pub fn export_page() -> Html {
    let document_formats = ExportFormat::ALL
        .into_iter()
        .filter(|f| !f.carries_workspace());
    let data_formats = ExportFormat::ALL
        .into_iter()
        .filter(|f| f.carries_workspace());
    html! {
        <>
            <PageIntro
                title="Export & share"
                lede="Take the proposal to where your readers already are, and move your data \
                      between browsers and machines without any server."
            />
            <section class="panel" aria-labelledby="export-empty-title">
                <h2 id="export-empty-title" class="panel__title">{ "Nothing to export yet" }</h2>
                <p>
                    { "Exports are made from your proposal, so " }
                    <a href={Area::Activities.href()}>{ "record a few activities" }</a>
                    { " first." }
                </p>
                <div class="columns">
                    <div>
                        <h3 class="panel__subtitle">{ "The proposal" }</h3>
                        { format_list(document_formats) }
                    </div>
                    <div>
                        <h3 class="panel__subtitle">{ "Your data" }</h3>
                        { format_list(data_formats) }
                    </div>
                </div>
            </section>
        </>
    }
}
