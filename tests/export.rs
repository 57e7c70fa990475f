//! The Markdown and HTML exports read back: the Markdown through a CommonMark parser, the HTML
//! through a strict tag scanner. Both must carry exactly the document's content, in order, with
//! every hostile string the user could type coming back as literal text and never as structure.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use base64::Engine;
use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};
use rolecase::document::{
    build, Bar, Block, Cell, Chart, ChartStyle, Document, Section, SectionKind, Table,
};
use rolecase::export::html::{fragment, standalone};
use rolecase::export::markdown::to_markdown;
use rolecase::model::activity::Activity;
use rolecase::model::dates::Date;
use rolecase::model::json;
use rolecase::model::sample::sample_workspace;
use rolecase::model::workspace::Workspace;
use sha2::{Digest, Sha256};

fn today() -> Date {
    Date::from_ymd_opt(2026, 11, 22).unwrap()
}

/// What a user could type that a careless encoder would turn into markup.
const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    "[x](javascript:alert(1))",
    "**bold**",
    "# heading",
    "| pipe |",
    "`code`",
    "<img src=x onerror=alert(1)>",
    "&amp;",
    "&#x3C;script&#x3E;",
    "1. first",
    "- item",
    "> quote",
    "+ plus",
    "***",
    "===",
    "<https://evil.example>",
    "https://bare.example/a_b_c and www.evil.example",
    "[ref]: https://evil.example",
    "![img](https://evil.example/x.png)",
    "~~struck~~ [^1] [ ] task",
    "<!-- comment -->",
    r"\*escaped\* and a trailing backslash \",
    "    four spaces make code",
    "a line\n> then a quote\r\n# then a heading\r- then an item",
    "مرحبا بالعالم: نص من اليمين إلى اليسار",
    "emoji 🎉 👩🏽‍💻 and \u{202e}override",
];

/// A 5,000-character title made of markup.
fn long_title() -> String {
    "<b>*x*</b>|`y`[z](javascript:q) # "
        .chars()
        .cycle()
        .take(5000)
        .collect()
}

/// A document with `text` in every place a string can go, and links both allowed and not.
fn document_of(text: &str) -> Document {
    let link = |href: &str| Cell::Link {
        text: text.into(),
        href: href.into(),
    };
    Document {
        title: text.into(),
        byline: text.into(),
        sections: vec![
            Section {
                kind: SectionKind::ExecutiveSummary,
                blocks: vec![
                    Block::Heading(text.into()),
                    Block::Paragraph(text.into()),
                    Block::List(vec![text.into(), text.into()]),
                    Block::List(vec![text.into()]),
                ],
                edited: true,
            },
            Section {
                kind: SectionKind::Evidence,
                blocks: vec![
                    Block::Table(Table {
                        caption: text.into(),
                        columns: vec![text.into(), text.into(), text.into()],
                        rows: vec![
                            vec![
                                Cell::Text(text.into()),
                                link(" HTTPS://ok.example/a b<c>|d\\e?x=1&amp;y=\"2\" "),
                                link("mailto:someone@example.com"),
                            ],
                            vec![
                                link("javascript:alert(1)"),
                                link(" JavaScript:alert(1)"),
                                link("data:text/html,<script>alert(1)</script>"),
                            ],
                            vec![Cell::Text(text.into())],
                        ],
                    }),
                    Block::Chart(Chart {
                        title: text.into(),
                        summary: text.into(),
                        style: ChartStyle::Rows,
                        bars: vec![
                            Bar {
                                label: text.into(),
                                value: 3.0,
                                value_label: text.into(),
                                partial: true,
                            },
                            Bar {
                                label: text.into(),
                                value: 0.0,
                                value_label: text.into(),
                                partial: false,
                            },
                        ],
                    }),
                ],
                edited: false,
            },
        ],
    }
}

/// A workspace whose every free-text field is hostile, so the generated document quotes them.
fn hostile_workspace() -> Workspace {
    let mut workspace = Workspace::default();
    workspace.profile.name = long_title();
    workspace.profile.target_title = "[x](javascript:alert(1))".into();
    workspace.profile.company = "<img src=x onerror=alert(1)>".into();
    workspace.profile.product = "`code` & &amp;".into();
    workspace.profile.developers_served = "مرحبا 🎉 | pipe |".into();
    workspace.profile.company_goals = vec!["> quote".into(), "- item\n1. two".into()];
    for (index, title) in HOSTILE.iter().enumerate() {
        let link = if index % 2 == 0 {
            "javascript:alert(1)"
        } else {
            "https://example.com/a?b=1&c=<2>"
        };
        let status = if index == 3 {
            serde_json::json!({"state": "failed_experiment", "lesson": HOSTILE[0]})
        } else {
            serde_json::json!({"state": "done"})
        };
        let activity: Activity = json::from_str(
            &serde_json::json!({
                "id": index + 1,
                "kind": if index % 3 == 0 { "conference-talk" } else { "blog-post" },
                "title": title,
                "dates": {"start": format!("2026-{:02}-01", index % 10 + 1)},
                "hours": index + 1,
                "channel": HOSTILE[(index + 1) % HOSTILE.len()],
                "outcome": HOSTILE[(index + 2) % HOSTILE.len()],
                "links": [link],
                "status": status,
                "metrics": [{"value": 10 * (index + 1), "unit": "views", "confidence": "measured"}],
            })
            .to_string(),
        )
        .expect("a hostile activity still deserialises");
        workspace.activities.push(Rc::new(activity));
    }
    workspace.next_id = HOSTILE.len() as u64 + 1;
    workspace
}

/// Every document the tests check: the sample, the hostile workspace, and one per hostile string.
fn documents() -> Vec<(String, Document)> {
    let mut documents = vec![
        (
            "sample".to_owned(),
            build(&sample_workspace(today()), today()),
        ),
        (
            "hostile workspace".to_owned(),
            build(&hostile_workspace(), today()),
        ),
        (
            "empty workspace".to_owned(),
            build(&Workspace::default(), today()),
        ),
        ("long title".to_owned(), document_of(&long_title())),
    ];
    documents.extend(
        HOSTILE
            .iter()
            .map(|text| (format!("{text:?}"), document_of(text))),
    );
    documents
}

/// An address the exports may link to, decided here independently of the encoders.
fn is_web(href: &str) -> bool {
    let href = href.trim().to_ascii_lowercase();
    ["http:", "https:", "mailto:"]
        .iter()
        .any(|scheme| href.starts_with(scheme))
}

/// Every string of the document a reader sees in the text of the preview.
fn strings(document: &Document) -> Vec<String> {
    let mut all = vec![document.title.clone(), document.byline.clone()];
    for section in &document.sections {
        for block in &section.blocks {
            match block {
                Block::Heading(text) | Block::Paragraph(text) => all.push(text.clone()),
                Block::List(items) => all.extend(items.iter().cloned()),
                Block::Table(table) => {
                    all.push(table.caption.clone());
                    all.extend(table.columns.iter().cloned());
                    all.extend(table.rows.iter().flatten().map(|c| c.text().to_owned()));
                }
                Block::Chart(chart) => all.extend([chart.title.clone(), chart.summary.clone()]),
            }
        }
    }
    all
}

// ---------- Markdown ----------

/// A run of inline content as the parser reports it.
#[derive(Clone, Debug, PartialEq)]
enum Span {
    Text(String),
    Strong(String),
    Link { href: String, text: String },
}

type Line = Vec<Span>;

/// A block as the parser reports it; anything else in the output fails the parse below.
#[derive(Debug, PartialEq)]
enum Md {
    Heading(usize, Line),
    Paragraph(Line),
    List(Vec<Line>),
    Table(Vec<Line>, Vec<Vec<Line>>),
}

/// Adds `span` to `line`, joining it to the previous run of the same kind: the parser splits
/// text at every escape.
fn push(line: &mut Line, span: Span) {
    if let Some(last) = line.last_mut() {
        match (last, &span) {
            (Span::Text(a), Span::Text(b)) | (Span::Strong(a), Span::Strong(b)) => {
                a.push_str(b);
                return;
            }
            (
                Span::Link { href, text },
                Span::Link {
                    href: next,
                    text: more,
                },
            ) if href == next => {
                text.push_str(more);
                return;
            }
            _ => {}
        }
    }
    line.push(span);
}

/// The Markdown's blocks, with GitHub's extensions on; panics on any structure an export must
/// not contain (raw HTML, code, emphasis, images, quotes, ordered or nested lists, breaks...).
fn parse(markdown: &str) -> Vec<Md> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_GFM;
    let mut blocks = Vec::new();
    let mut line = Line::new();
    let (mut items, mut row, mut head, mut rows) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut strong = false;
    let mut link: Option<String> = None;
    let mut in_list = false;
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Text(text) => {
                let text = text.into_string();
                let span = match (&link, strong) {
                    (Some(href), false) => Span::Link {
                        href: href.clone(),
                        text,
                    },
                    (None, true) => Span::Strong(text),
                    (None, false) => Span::Text(text),
                    (Some(_), true) => panic!("bold link text"),
                };
                push(&mut line, span);
            }
            Event::Start(Tag::Paragraph) => assert!(!in_list, "a loose list in\n{markdown}"),
            Event::Start(
                Tag::Heading { .. }
                | Tag::Item
                | Tag::Table(_)
                | Tag::TableHead
                | Tag::TableRow
                | Tag::TableCell,
            ) => {}
            Event::Start(Tag::List(None)) => {
                assert!(!in_list, "a nested list in\n{markdown}");
                in_list = true;
            }
            Event::Start(Tag::Strong) => strong = true,
            Event::End(TagEnd::Strong) => strong = false,
            Event::Start(Tag::Link {
                link_type: LinkType::Inline,
                dest_url,
                title,
                ..
            }) if title.is_empty() => link = Some(dest_url.into_string()),
            Event::End(TagEnd::Link) => link = None,
            Event::End(TagEnd::Heading(level)) => {
                blocks.push(Md::Heading(level as usize, std::mem::take(&mut line)))
            }
            Event::End(TagEnd::Paragraph) => blocks.push(Md::Paragraph(std::mem::take(&mut line))),
            Event::End(TagEnd::Item) => items.push(std::mem::take(&mut line)),
            Event::End(TagEnd::List(false)) => {
                in_list = false;
                blocks.push(Md::List(std::mem::take(&mut items)));
            }
            Event::End(TagEnd::TableCell) => row.push(std::mem::take(&mut line)),
            Event::End(TagEnd::TableHead) => head = std::mem::take(&mut row),
            Event::End(TagEnd::TableRow) => rows.push(std::mem::take(&mut row)),
            Event::End(TagEnd::Table) => blocks.push(Md::Table(
                std::mem::take(&mut head),
                std::mem::take(&mut rows),
            )),
            other => panic!("unexpected Markdown structure {other:?}"),
        }
    }
    blocks
}

/// `text` as the export promises to keep it: on one line, without outer whitespace.
fn flat(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace(['\r', '\n'], " ")
        .trim()
        .to_owned()
}

fn words(text: &str) -> Line {
    let text = flat(text);
    if text.is_empty() {
        vec![]
    } else {
        vec![Span::Text(text)]
    }
}

fn paragraph(text: &str) -> Option<Md> {
    Some(words(text))
        .filter(|line| !line.is_empty())
        .map(Md::Paragraph)
}

fn bold(text: &str) -> Option<Md> {
    Some(flat(text))
        .filter(|text| !text.is_empty())
        .map(|text| Md::Paragraph(vec![Span::Strong(text)]))
}

/// `href` as a link destination holds it: trimmed, with what a destination cannot carry
/// percent-encoded.
fn encoded(href: &str) -> String {
    href.trim()
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, ' ' | '<' | '>' | '\\') {
                let mut bytes = [0; 4];
                c.encode_utf8(&mut bytes)
                    .bytes()
                    .map(|b| format!("%{b:02X}"))
                    .collect()
            } else {
                c.to_string()
            }
        })
        .collect()
}

fn cell_line(cell: &Cell) -> Line {
    match cell {
        Cell::Link { text, href } if is_web(href) && !flat(text).is_empty() => vec![Span::Link {
            href: encoded(href),
            text: flat(text),
        }],
        other => words(other.text()),
    }
}

/// The blocks the Markdown of `document` must parse to.
fn expected_markdown(document: &Document) -> Vec<Md> {
    let mut blocks = vec![Md::Heading(1, words(&document.title))];
    blocks.extend(paragraph(&document.byline));
    for section in &document.sections {
        blocks.push(Md::Heading(2, words(section.kind.title())));
        for block in &section.blocks {
            match block {
                Block::Heading(text) => blocks.push(Md::Heading(3, words(text))),
                Block::Paragraph(text) => blocks.extend(paragraph(text)),
                Block::List(items) if items.is_empty() => {}
                Block::List(items) => {
                    blocks.push(Md::List(items.iter().map(|i| words(i)).collect()))
                }
                Block::Table(table) => {
                    blocks.extend(bold(&table.caption));
                    let width = table
                        .rows
                        .iter()
                        .map(Vec::len)
                        .chain([table.columns.len(), 1])
                        .max()
                        .unwrap();
                    let head = (0..width)
                        .map(|i| table.columns.get(i).map_or_else(Vec::new, |c| words(c)))
                        .collect();
                    let rows = table
                        .rows
                        .iter()
                        .map(|row| {
                            (0..width)
                                .map(|i| row.get(i).map_or_else(Vec::new, cell_line))
                                .collect()
                        })
                        .collect();
                    blocks.push(Md::Table(head, rows));
                }
                Block::Chart(chart) => {
                    blocks.extend(bold(&chart.title));
                    blocks.extend(paragraph(&chart.summary));
                }
            }
        }
    }
    blocks
}

#[test]
fn markdown_parses_back_to_exactly_the_document() {
    for (name, document) in documents() {
        let markdown = to_markdown(&document);
        assert_eq!(
            parse(&markdown),
            expected_markdown(&document),
            "{name}:\n{markdown}"
        );
    }
}

#[test]
fn markdown_links_only_to_the_web_and_mail() {
    for (name, document) in documents() {
        let markdown = to_markdown(&document);
        for event in Parser::new_ext(&markdown, Options::ENABLE_TABLES) {
            assert!(
                !matches!(event, Event::Html(_) | Event::InlineHtml(_)),
                "{name}: {event:?}"
            );
            if let Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) = event {
                assert!(is_web(&dest_url), "{name}: a link to {dest_url}");
            }
        }
    }
    let markdown = to_markdown(&document_of("x"));
    assert!(markdown.contains(r#"[x](<HTTPS://ok.example/a%20b%3Cc%3E\|d%5Ce?x=1\&amp;y="2">)"#));
    assert!(markdown.contains("[x](<mailto:someone@example.com>)"));
    assert_eq!(markdown.matches("](").count(), 2, "{markdown}");
}

#[test]
fn markdown_of_the_sample_has_its_sections_tables_and_charts_in_order() {
    let document = build(&sample_workspace(today()), today());
    let blocks = parse(&to_markdown(&document));
    let section_titles: Vec<_> = blocks
        .iter()
        .filter_map(|block| match block {
            Md::Heading(2, line) => Some(line.clone()),
            _ => None,
        })
        .collect();
    let expected: Vec<_> = document
        .sections
        .iter()
        .map(|s| words(s.kind.title()))
        .collect();
    assert_eq!(section_titles, expected);
    let tables: Vec<_> = blocks
        .iter()
        .filter_map(|block| match block {
            Md::Table(head, rows) => Some((head.len(), rows.len())),
            _ => None,
        })
        .collect();
    let expected: Vec<_> = table_shapes(&document);
    assert!(!tables.is_empty());
    assert_eq!(tables, expected);
    let charts = document
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter(|b| matches!(b, Block::Chart(_)))
        .count();
    assert_eq!(charts, 3, "the sample draws three charts");
}

/// Each table's column and row counts, in order.
fn table_shapes(document: &Document) -> Vec<(usize, usize)> {
    document
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|block| match block {
            Block::Table(table) => Some((table.columns.len(), table.rows.len())),
            _ => None,
        })
        .collect()
}

#[test]
fn the_hostile_workspace_really_quotes_the_hostile_strings() {
    let document = build(&hostile_workspace(), today());
    let all = strings(&document).join("\n");
    for text in [
        "<script>alert(1)</script>",
        "**bold**",
        "`code`",
        "| pipe |",
        "> quote",
    ] {
        assert!(all.contains(text), "{text} is not in the document");
    }
    assert!(document
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .any(|b| matches!(
            b,
            Block::Table(t) if t.rows.iter().flatten().any(|c| matches!(
                c,
                Cell::Link { href, .. } if href.starts_with("javascript:")
            ))
        )));
}

// ---------- HTML ----------

/// An element's attributes, names with decoded values, in the order written.
type Attributes = Vec<(String, String)>;

/// A piece of the HTML as the scanner reads it.
#[derive(Debug)]
enum Node {
    Open(String, Attributes),
    Close,
    Text(String),
}

/// The HTML as tags and decoded text, checked to be balanced. Strict on purpose: every `<` must
/// start a tag and every attribute must be `name="value"`, so escaped text cannot pass for markup.
fn scan(html: &str) -> Vec<Node> {
    let mut nodes = Vec::new();
    let mut open: Vec<String> = Vec::new();
    let mut rest = html;
    let text = |nodes: &mut Vec<Node>, raw: &str| {
        if !raw.is_empty() {
            nodes.push(Node::Text(
                html_escape::decode_html_entities(raw).into_owned(),
            ));
        }
    };
    while let Some(start) = rest.find('<') {
        text(&mut nodes, &rest[..start]);
        let end = start + rest[start..].find('>').expect("every tag ends");
        let inside = &rest[start + 1..end];
        rest = &rest[end + 1..];
        if let Some(name) = inside.strip_prefix('/') {
            assert_eq!(open.pop().as_deref(), Some(name), "unbalanced </{name}>");
            nodes.push(Node::Close);
        } else if inside.starts_with('!') {
            assert_eq!(inside, "!doctype html");
        } else {
            let (name, mut attributes_text) = inside.split_once(' ').unwrap_or((inside, ""));
            assert!(
                name.chars().all(|c| c.is_ascii_alphanumeric()),
                "tag name {name:?}"
            );
            let mut attributes = Vec::new();
            while !attributes_text.trim_start().is_empty() {
                let (key, after) = attributes_text
                    .trim_start()
                    .split_once("=\"")
                    .expect("each attribute is name=\"value\"");
                assert!(
                    key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
                    "attribute name {key:?}"
                );
                let (value, after) = after.split_once('"').expect("each value ends");
                attributes.push((
                    key.to_owned(),
                    html_escape::decode_html_entities(value).into_owned(),
                ));
                attributes_text = after;
            }
            if name != "meta" {
                open.push(name.to_owned());
            }
            nodes.push(Node::Open(name.to_owned(), attributes));
        }
    }
    text(&mut nodes, rest);
    assert!(open.is_empty(), "left open: {open:?}");
    nodes
}

/// Each element named in `names`, in document order, with its attributes and all its text.
fn elements(nodes: &[Node], names: &[&str]) -> Vec<(String, Attributes, String)> {
    let mut found = Vec::new();
    for (index, node) in nodes.iter().enumerate() {
        let Node::Open(name, attributes) = node else {
            continue;
        };
        if !names.contains(&name.as_str()) {
            continue;
        }
        let mut depth = 0;
        let mut text = String::new();
        for inner in &nodes[index..] {
            match inner {
                Node::Open(name, _) if name != "meta" => depth += 1,
                Node::Close => depth -= 1,
                Node::Text(more) => text.push_str(more),
                Node::Open(..) => {}
            }
            if depth == 0 {
                break;
            }
        }
        found.push((name.clone(), attributes.clone(), text));
    }
    found
}

fn attribute<'a>(attributes: &'a [(String, String)], key: &str) -> Option<&'a str> {
    attributes
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// The text elements the HTML of `document` must hold, in order, with their exact text.
fn expected_html(document: &Document) -> Vec<(String, String)> {
    let mut all = vec![
        ("h1".to_owned(), document.title.clone()),
        ("p".to_owned(), document.byline.clone()),
    ];
    let mut push = |name: &str, text: &str| all.push((name.to_owned(), text.to_owned()));
    for section in &document.sections {
        push("h2", section.kind.title());
        for block in &section.blocks {
            match block {
                Block::Heading(text) => push("h3", text),
                Block::Paragraph(text) => push("p", text),
                Block::List(items) => items.iter().for_each(|item| push("li", item)),
                Block::Table(table) => {
                    push("caption", &table.caption);
                    table.columns.iter().for_each(|column| push("th", column));
                    for row in &table.rows {
                        for (index, cell) in row.iter().enumerate() {
                            push(if index == 0 { "th" } else { "td" }, cell.text());
                        }
                    }
                }
                Block::Chart(chart) => {
                    push("figcaption", &chart.title);
                    push("p", &chart.summary);
                }
            }
        }
    }
    all
}

const TEXT_ELEMENTS: &[&str] = &[
    "h1",
    "h2",
    "h3",
    "p",
    "li",
    "caption",
    "th",
    "td",
    "figcaption",
];

const ALLOWED_TAGS: &[&str] = &[
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "article",
    "section",
    "h1",
    "h2",
    "h3",
    "p",
    "ul",
    "li",
    "table",
    "caption",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "a",
    "figure",
    "figcaption",
    "svg",
    "rect",
    "text",
    "line",
];

/// Attributes that neither run code nor fetch anything.
const ALLOWED_ATTRIBUTES: &[&str] = &[
    "lang",
    "charset",
    "name",
    "content",
    "http-equiv",
    "class",
    "id",
    "role",
    "scope",
    "href",
    "rel",
    "aria-label",
    "aria-labelledby",
    "aria-describedby",
    "viewBox",
    "width",
    "height",
    "preserveAspectRatio",
    "x",
    "y",
    "rx",
    "x1",
    "y1",
    "x2",
    "y2",
    "fill",
    "stroke",
    "stroke-width",
    "stroke-dasharray",
    "text-anchor",
    "font-size",
    "font-family",
];

/// The checks every HTML export must pass, standalone or fragment.
fn assert_safe_and_complete(name: &str, document: &Document, html: &str) {
    assert!(!html.to_lowercase().contains("<script"), "{name}");
    let nodes = scan(html);
    for node in &nodes {
        let Node::Open(tag, attributes) = node else {
            continue;
        };
        assert!(ALLOWED_TAGS.contains(&tag.as_str()), "{name}: <{tag}>");
        for (key, value) in attributes {
            assert!(
                ALLOWED_ATTRIBUTES.contains(&key.as_str()),
                "{name}: {key} on <{tag}>"
            );
            assert!(!key.to_lowercase().starts_with("on"), "{name}: {key}");
            // A chart's accessible name is its title, which may quote anything as text.
            assert!(
                key == "aria-label" || !value.to_lowercase().contains("javascript:"),
                "{name}: {key}={value:?} on <{tag}>"
            );
        }
        if let Some(href) = attribute(attributes, "href") {
            assert_eq!(tag, "a", "{name}: only links have an address");
            assert!(is_web(href), "{name}: a link to {href}");
            assert_eq!(attribute(attributes, "rel"), Some("noopener noreferrer"));
        }
    }
    let texts: Vec<_> = elements(&nodes, TEXT_ELEMENTS)
        .into_iter()
        .map(|(tag, _, text)| (tag, text))
        .collect();
    assert_eq!(texts, expected_html(document), "{name}");
    assert_eq!(elements(&nodes, &["h1"]).len(), 1, "{name}: one h1");
    let links: Vec<_> = elements(&nodes, &["a"])
        .into_iter()
        .map(|(_, attributes, text)| (attribute(&attributes, "href").unwrap().to_owned(), text))
        .collect();
    let expected_links: Vec<_> = document
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::Table(table) => Some(table.rows.iter().flatten()),
            _ => None,
        })
        .flatten()
        .filter_map(|cell| match cell {
            Cell::Link { text, href } if is_web(href) => {
                Some((href.trim().to_owned(), text.clone()))
            }
            _ => None,
        })
        .collect();
    assert_eq!(links, expected_links, "{name}");
    let charts: Vec<_> = document
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::Chart(chart) => Some(chart),
            _ => None,
        })
        .collect();
    let drawings = elements(&nodes, &["svg"]);
    assert_eq!(drawings.len(), charts.len(), "{name}");
    let ids: Vec<_> = nodes
        .iter()
        .filter_map(|n| match n {
            Node::Open(_, attributes) => attribute(attributes, "id"),
            _ => None,
        })
        .collect();
    let unique: std::collections::HashSet<_> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "{name}: ids are unique");
    for ((_, attributes, _), chart) in drawings.iter().zip(charts) {
        assert_eq!(attribute(attributes, "role"), Some("img"));
        assert_eq!(
            attribute(attributes, "aria-label"),
            Some(chart.title.as_str())
        );
        let summary = attribute(attributes, "aria-describedby").unwrap();
        assert!(ids.contains(&summary), "{name}: {summary} is described");
    }
}

#[test]
fn the_fragment_carries_the_document_safely() {
    for (name, document) in documents() {
        let html = fragment(&document);
        assert!(html.starts_with("<article"), "{name}");
        assert_safe_and_complete(&name, &document, &html);
    }
}

#[test]
fn the_standalone_file_carries_the_document_safely() {
    for (name, document) in documents() {
        let html = standalone(&document);
        assert!(
            html.starts_with(
                "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"
            ),
            "{name}"
        );
        assert_safe_and_complete(&name, &document, &html);
        let nodes = scan(&html);
        let titles = elements(&nodes, &["title"]);
        assert_eq!(titles.len(), 1);
        assert_eq!(titles[0].2, document.title);
    }
}

#[test]
fn the_standalone_file_allows_only_its_own_stylesheet() {
    let html = standalone(&build(&sample_workspace(today()), today()));
    let nodes = scan(&html);
    let metas = elements(&nodes, &["meta"]);
    let policy = metas
        .iter()
        .find_map(|(_, attributes, _)| {
            (attribute(attributes, "http-equiv") == Some("Content-Security-Policy"))
                .then(|| attribute(attributes, "content").unwrap().to_owned())
        })
        .expect("a Content-Security-Policy meta");
    let directives: Vec<_> = policy.split(';').map(str::trim).collect();
    assert!(directives.contains(&"default-src 'none'"), "{policy}");
    assert!(!policy.contains("script-src"), "{policy}");
    assert!(!policy.contains("unsafe"), "{policy}");
    assert!(metas
        .iter()
        .any(|(_, attributes, _)| { attribute(attributes, "name") == Some("viewport") }));

    let styles = elements(&nodes, &["style"]);
    assert_eq!(styles.len(), 1, "one stylesheet");
    let style = &styles[0].2;
    let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(style.as_bytes()));
    assert!(
        directives.contains(&format!("style-src 'sha256-{hash}'").as_str()),
        "the stylesheet's hash is sha256-{hash}; the policy says {policy}"
    );
    assert_eq!(
        html.find("<style>").unwrap() + "<style>".len() + style.len(),
        html.find("</style>").unwrap(),
        "the stylesheet holds nothing the scanner decoded"
    );

    for fetch in ["url(", "@import", "@font-face", "src="] {
        assert!(!html.contains(fetch), "{fetch}");
    }
    assert!(style.contains("@media (prefers-color-scheme: dark)"));
    assert!(style.contains("@media print"));
    assert!(style.contains("break-inside: avoid"));
}

#[test]
fn charts_draw_bars_in_colours_that_survive_a_paste() {
    let document = build(&sample_workspace(today()), today());
    let nodes = scan(&fragment(&document));
    let bars = elements(&nodes, &["rect"]);
    assert!(!bars.is_empty());
    for (_, attributes, _) in &bars {
        let class = attribute(attributes, "class").unwrap();
        let fill = attribute(attributes, "fill").unwrap();
        if class.contains("chart__bar--empty") {
            assert_eq!(fill, "none");
            assert!(attribute(attributes, "stroke-dasharray").is_some());
        } else if class.contains("chart__bar--partial") {
            assert!(attribute(attributes, "stroke-dasharray").is_some());
        } else {
            assert!(fill.starts_with('#'), "{fill}");
        }
    }
    let hostile = scan(&fragment(&document_of("<b>x</b>")));
    let classes: Vec<_> = elements(&hostile, &["rect"])
        .into_iter()
        .map(|(_, attributes, _)| attribute(&attributes, "class").unwrap().to_owned())
        .collect();
    assert_eq!(
        classes,
        [
            "chart__bar chart__bar--partial",
            "chart__bar chart__bar--empty"
        ]
    );
    let labels: Vec<_> = elements(&hostile, &["text"])
        .into_iter()
        .map(|(_, _, text)| text)
        .collect();
    assert!(labels.contains(&"<b>x</b>".to_owned()), "{labels:?}");
}
