//! The document as plain text: what the section editor starts from, what a plain-text paste
//! carries, and what the golden tests compare.

use crate::document::{Block, Cell, Document, Section};

/// The blocks of a section in the plain form `parse_blocks` reads back: `### ` sub-headings,
/// `- ` list items, paragraphs separated by blank lines; a table row becomes one list item.
pub fn section_text(blocks: &[Block]) -> String {
    let mut parts: Vec<String> = Vec::new();
    for block in blocks {
        parts.push(match block {
            Block::Heading(text) => format!("### {text}"),
            Block::Paragraph(text) => text.clone(),
            Block::List(items) => items
                .iter()
                .map(|item| format!("- {item}"))
                .collect::<Vec<_>>()
                .join("\n"),
            Block::Table(table) => {
                let rows = table.rows.iter().map(|row| {
                    let cells: Vec<String> = row
                        .iter()
                        .zip(&table.columns)
                        .map(|(cell, column)| format!("{column}: {}", cell_text(cell)))
                        .collect();
                    format!("- {}", cells.join(" · "))
                });
                std::iter::once(format!("### {}", table.caption))
                    .chain(rows)
                    .collect::<Vec<_>>()
                    .join("\n")
            }
            Block::Chart(chart) => format!("### {}\n{}", chart.title, chart.summary),
        });
    }
    parts.join("\n\n")
}

fn cell_text(cell: &Cell) -> String {
    match cell {
        Cell::Text(text) => text.clone(),
        Cell::Link { text, href } if text == href => href.clone(),
        Cell::Link { text, href } => format!("{text} <{href}>"),
    }
}

fn section(section: &Section) -> String {
    format!(
        "## {}\n\n{}",
        section.kind.title(),
        section_text(&section.blocks)
    )
}

/// The whole document as plain text.
pub fn to_text(document: &Document) -> String {
    let mut parts = vec![format!("# {}\n{}", document.title, document.byline)];
    parts.extend(document.sections.iter().map(section));
    parts.join("\n\n") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{parse_blocks, Table};

    #[test]
    fn tables_become_list_items_that_read_back_as_a_list() {
        let blocks = vec![
            Block::Paragraph("Intro.".into()),
            Block::Table(Table {
                caption: "Evidence".into(),
                columns: vec!["Date".into(), "Link".into()],
                rows: vec![vec![
                    Cell::Text("1 Jan 2026".into()),
                    Cell::Link {
                        text: "example.com".into(),
                        href: "https://example.com/a".into(),
                    },
                ]],
            }),
        ];
        let text = section_text(&blocks);
        assert_eq!(
            text,
            "Intro.\n\n### Evidence\n- Date: 1 Jan 2026 · Link: example.com <https://example.com/a>"
        );
        assert_eq!(
            parse_blocks(&text),
            vec![
                Block::Paragraph("Intro.".into()),
                Block::Heading("Evidence".into()),
                Block::List(vec![
                    "Date: 1 Jan 2026 · Link: example.com <https://example.com/a>".into()
                ]),
            ]
        );
    }
}
