//! The proposal as GitHub-flavoured Markdown, with every user string escaped so that it reads
//! back as the same literal text and never as structure, HTML or a link.

use crate::document::{Block, Cell, Chart, Document, Table};
use crate::export::html::allowed_href;

/// `document` as GitHub-flavoured Markdown: headings, paragraphs, lists, pipe tables, and each
/// chart as its title and its text alternative.
pub fn to_markdown(document: &Document) -> String {
    let mut blocks = vec![format!("# {}", inline(&document.title))];
    blocks.extend(paragraph(&document.byline));
    for section in &document.sections {
        blocks.push(format!("## {}", inline(section.kind.title())));
        // Two lists in a row would run together as one unless their bullets differ.
        let mut previous_bullet = None;
        for block in &section.blocks {
            let bullet = if previous_bullet == Some('-') {
                '*'
            } else {
                '-'
            };
            previous_bullet = None;
            match block {
                Block::Heading(text) => blocks.push(format!("### {}", inline(text))),
                Block::Paragraph(text) => blocks.extend(paragraph(text)),
                Block::List(items) if items.is_empty() => {}
                Block::List(items) => {
                    previous_bullet = Some(bullet);
                    blocks.push(list(items, bullet));
                }
                Block::Table(table) => {
                    blocks.extend(strong(&table.caption));
                    blocks.push(pipe_table(table));
                }
                Block::Chart(chart) => blocks.extend(chart_text(chart)),
            }
        }
    }
    blocks.join("\n\n") + "\n"
}

/// `text` as one line of inline content that means exactly its characters.
///
/// Line breaks become spaces, because inside a block they could end it or start another.
/// Every ASCII punctuation character is backslash-escaped, which CommonMark allows for all of
/// them; that alone disarms emphasis, code spans, links, autolinks, raw HTML, entity
/// references, list and heading markers and table pipes, wherever the text is placed. Outer
/// whitespace goes, because four leading spaces would make a code block.
fn inline(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len() + text.len() / 8);
    for c in one_line(text).chars() {
        if c.is_ascii_punctuation() {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

fn one_line(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace(['\r', '\n'], " ")
        .trim()
        .to_owned()
}

/// A paragraph block, or nothing for blank text, which would not make a paragraph anyway.
fn paragraph(text: &str) -> Option<String> {
    Some(inline(text)).filter(|escaped| !escaped.is_empty())
}

/// A paragraph of bold text; nothing for blank text, since `****` would be a thematic break.
fn strong(text: &str) -> Option<String> {
    paragraph(text).map(|escaped| format!("**{escaped}**"))
}

fn list(items: &[String], bullet: char) -> String {
    items
        .iter()
        .map(|item| format!("{bullet} {}", inline(item)).trim_end().to_owned())
        .collect::<Vec<_>>()
        .join("\n")
}

fn pipe_table(table: &Table) -> String {
    // A GFM table drops the cells beyond its header's width, so the header grows to the widest
    // row instead.
    let width = table
        .rows
        .iter()
        .map(Vec::len)
        .chain([table.columns.len(), 1])
        .max()
        .unwrap_or(1);
    let header = (0..width).map(|i| table.columns.get(i).map_or_else(String::new, |c| inline(c)));
    let mut lines = vec![
        table_row(header),
        table_row((0..width).map(|_| "---".to_owned())),
    ];
    lines.extend(
        table
            .rows
            .iter()
            .map(|row| table_row((0..width).map(|i| row.get(i).map_or_else(String::new, cell)))),
    );
    lines.join("\n")
}

fn table_row(cells: impl Iterator<Item = String>) -> String {
    format!("| {} |", cells.collect::<Vec<_>>().join(" | "))
}

fn cell(cell: &Cell) -> String {
    match cell {
        Cell::Link { text, href } => match allowed_href(href) {
            Some(href) => format!("[{}](<{}>)", inline(text), destination(href)),
            None => inline(text),
        },
        Cell::Text(text) => inline(text),
    }
}

/// `href` as a pointy-bracket link destination that parses back to the same address.
///
/// Characters a destination cannot hold (`<`, `>`, spaces, line breaks and other controls) and
/// the backslash, which would escape the closing `>`, are percent-encoded, as a browser would
/// send them anyway. `&` is backslash-escaped so that `&amp;` is not read as an entity, and `|`
/// so that it does not split the table cell the link sits in.
fn destination(href: &str) -> String {
    let mut encoded = String::with_capacity(href.len());
    for c in href.chars() {
        if c.is_control() || matches!(c, ' ' | '<' | '>' | '\\') {
            let mut bytes = [0; 4];
            for byte in c.encode_utf8(&mut bytes).bytes() {
                encoded.push_str(&format!("%{byte:02X}"));
            }
        } else {
            if matches!(c, '&' | '|') {
                encoded.push('\\');
            }
            encoded.push(c);
        }
    }
    encoded
}

/// A chart as words: its title in bold, then the text alternative, which says all the picture
/// does.
fn chart_text(chart: &Chart) -> Vec<String> {
    strong(&chart.title)
        .into_iter()
        .chain(paragraph(&chart.summary))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn punctuation_is_escaped_and_lines_are_joined() {
        assert_eq!(inline("  # a*b_c\r\n<d>\n"), r"\# a\*b\_c \<d\>");
        assert_eq!(inline("x\\"), r"x\\");
        assert_eq!(inline("مرحبا 👋"), "مرحبا 👋");
    }

    #[test]
    fn destinations_cannot_close_early_or_split_a_cell() {
        assert_eq!(
            destination("https://a.example/x y<z>\\|&amp;\n"),
            r"https://a.example/x%20y%3Cz%3E%5C\|\&amp;%0A"
        );
        assert_eq!(destination("https://a.example/é"), "https://a.example/é");
    }

    #[test]
    fn adjacent_lists_get_different_bullets() {
        let document = Document {
            title: "T".into(),
            byline: String::new(),
            sections: vec![crate::document::Section {
                kind: crate::document::SectionKind::Asks,
                blocks: vec![
                    Block::List(vec!["a".into()]),
                    Block::List(vec!["b".into()]),
                    Block::List(vec!["c".into()]),
                    Block::Paragraph("d".into()),
                    Block::List(vec!["e".into()]),
                ],
                edited: true,
            }],
        };
        assert_eq!(
            to_markdown(&document),
            "# T\n\n## The asks\n\n- a\n\n* b\n\n- c\n\nd\n\n- e\n"
        );
    }
}
