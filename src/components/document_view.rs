//! The proposal document as the page shows it: sections, tables, lists and charts.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::chart_view;
use crate::document::{Block, Cell, Document, Section, SectionKind};
use crate::export::html::allowed_href;

/// The id of the heading of the section `kind`.
pub fn section_heading_id(kind: SectionKind) -> String {
    format!("doc-{}", kind.slug())
}

/// The id of the "Edit" button of the section `kind`.
pub fn edit_button_id(kind: SectionKind) -> String {
    format!("edit-{}", kind.slug())
}

/// The document to show and, when it may be edited, what editing does.
#[derive(Properties, PartialEq)]
pub struct DocumentViewProps {
    /// The proposal, as generated from the workspace.
    pub document: Rc<Document>,
    /// The section being rewritten, and the editor shown in place of its text.
    #[prop_or_default]
    pub editor: Option<(SectionKind, Html)>,
    /// Offers "Edit" on each section when set.
    #[prop_or_default]
    pub on_edit: Option<Callback<SectionKind>>,
    /// Offers "Reset to generated" on each rewritten section when set.
    #[prop_or_default]
    pub on_reset: Option<Callback<SectionKind>>,
    /// How many sections to draw, when the caller draws the document a few sections per frame;
    /// until all are drawn the article is marked busy. `None` draws every section.
    #[prop_or_default]
    pub drawn_sections: Option<usize>,
}

fn cell(cell: &Cell) -> Html {
    match cell {
        // The same allow-list as the exports; a new tab, so an embedded copy never navigates
        // the wiki page's frame away.
        Cell::Link { text, href } => match allowed_href(href) {
            Some(href) => html! {
                <a href={href.to_owned()} target="_blank" rel="noopener noreferrer">{ text }</a>
            },
            None => html! { { text } },
        },
        Cell::Text(text) => html! { { text } },
    }
}

fn block(section: SectionKind, index: usize, block: &Block) -> Html {
    match block {
        Block::Heading(text) => html! { <h4 class="doc__subheading">{ text }</h4> },
        Block::Paragraph(text) => html! { <p>{ text }</p> },
        Block::List(items) => html! {
            <ul class="doc__list">{ for items.iter().map(|item| html! { <li>{ item }</li> }) }</ul>
        },
        Block::Table(table) => {
            let caption_id = format!("{}-table-{index}", section.slug());
            html! {
                <div class="doc__table-wrap" role="region" aria-labelledby={caption_id.clone()} tabindex="0">
                    <table class="doc__table">
                        <caption id={caption_id}>{ &table.caption }</caption>
                        <thead>
                            <tr>{ for table.columns.iter().map(|c| html! { <th scope="col">{ c }</th> }) }</tr>
                        </thead>
                        <tbody>
                            { for table.rows.iter().map(|row| html! {
                                <tr>
                                    { for row.iter().zip(&table.columns).enumerate().map(|(i, (c, column))| if i == 0 {
                                        html! { <th scope="row">{ cell(c) }</th> }
                                    } else {
                                        html! { <td data-label={column.clone()}>{ cell(c) }</td> }
                                    }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        }
        Block::Chart(chart) => chart_view(chart, format!("{}-chart-{index}", section.slug())),
    }
}

fn section_view(props: &DocumentViewProps, section: &Section) -> Html {
    let kind = section.kind;
    let editing = props.editor.as_ref().filter(|(k, _)| *k == kind);
    let tools = (editing.is_none()).then(|| {
        let edit = props.on_edit.as_ref().map(|on_edit| {
            let on_edit = on_edit.clone();
            html! {
                <button type="button" class="button button--small" id={edit_button_id(kind)}
                    aria-label={format!("Edit \u{201c}{}\u{201d}", kind.title())}
                    onclick={move |_| on_edit.emit(kind)}>{ "Edit" }</button>
            }
        });
        let reset = props
            .on_reset
            .as_ref()
            .filter(|_| section.edited)
            .map(|on_reset| {
                let on_reset = on_reset.clone();
                html! {
                    <button type="button" class="button button--small button--quiet"
                        aria-label={format!("Reset \u{201c}{}\u{201d} to generated", kind.title())}
                        onclick={move |_| on_reset.emit(kind)}>{ "Reset to generated" }</button>
                }
            });
        html! { <div class="doc__tools">{ for edit }{ for reset }</div> }
    });
    html! {
        <section class="doc__section" aria-labelledby={section_heading_id(kind)} key={kind.slug()}>
            <div class="doc__section-head">
                <h3 id={section_heading_id(kind)} tabindex="-1">{ kind.title() }</h3>
                if section.edited {
                    <span class="badge">{ "Your text" }</span>
                }
                { for tools }
            </div>
            { match editing {
                Some((_, editor)) => editor.clone(),
                None => section.blocks.iter().enumerate().map(|(i, b)| block(kind, i, b)).collect::<Html>(),
            } }
        </section>
    }
}

/// Renders `document`, with edit controls when the callbacks are given.
#[function_component(DocumentView)]
pub fn document_view(props: &DocumentViewProps) -> Html {
    let document = &props.document;
    let drawn = props
        .drawn_sections
        .unwrap_or(usize::MAX)
        .min(document.sections.len());
    let busy = (drawn < document.sections.len()).then_some("true");
    html! {
        <article class="doc" aria-labelledby="doc-title" aria-busy={busy}>
            <header class="doc__header">
                <h2 id="doc-title" class="doc__title">{ &document.title }</h2>
                <p class="doc__byline">{ &document.byline }</p>
            </header>
            if document.sections.is_empty() {
                <p class="muted">{ "Every section is left out. Include at least one in the settings." }</p>
            }
            { for document.sections[..drawn].iter().map(|section| section_view(props, section)) }
        </article>
    }
}
