//! The proposal as HTML: the semantic fragment a rich-text paste carries, and a standalone,
//! script-free file that requests nothing from anywhere.

use html_escape::{encode_double_quoted_attribute_to_string, encode_text_to_string};

use crate::document::chart::{layout, svg_number, Anchor, Shape};
use crate::document::{Block, Cell, Chart, Document, Section, Table};

/// The standalone file's stylesheet. Its hash is in `CONTENT_SECURITY_POLICY`: change one, and
/// `cargo test --test export` prints the other's new value.
const STYLE: &str = r#"
:root {
  color-scheme: light dark;
  --bg: #ffffff;
  --text: #16191f;
  --muted: #4a5261;
  --border: #d5dae2;
  --head: #eef1f5;
  --link: #2540b3;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #111318;
    --text: #e9ecf2;
    --muted: #aab2c0;
    --border: #353b48;
    --head: #232733;
    --link: #b3c2ff;
  }
  .chart__bar { fill: #8fa6ff; }
  .chart__bar--empty { fill: none; stroke: #aab2c0; }
  .chart__bar--partial { fill: #262e52; stroke: #8fa6ff; }
  .chart__label { fill: #e9ecf2; }
  .chart__value { fill: #aab2c0; }
  .chart__axis { stroke: #7f889a; }
}
* { box-sizing: border-box; }
body {
  margin: 0 auto;
  max-width: 48rem;
  padding: 2rem 1.25rem 4rem;
  background: var(--bg);
  color: var(--text);
  font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  overflow-wrap: break-word;
}
h1, h2, h3 { line-height: 1.25; }
h1 { font-size: 1.9rem; margin: 0 0 0.5rem; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 1px solid var(--border); }
h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
h1, h2, h3, p, li, caption, th, td, figcaption { unicode-bidi: plaintext; }
.byline, .chart__summary { color: var(--muted); }
a { color: var(--link); }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: 0.92rem; }
caption { text-align: start; font-weight: 600; padding-bottom: 0.5rem; }
th, td { text-align: start; vertical-align: top; border: 1px solid var(--border); padding: 0.5rem; }
thead th { background: var(--head); }
figure { margin: 1.5rem 0; }
figcaption { font-weight: 600; margin-bottom: 0.5rem; }
.chart__svg { display: block; width: 100%; max-width: 30rem; height: auto; }
@page { margin: 18mm; }
@media print {
  :root { color-scheme: light; }
  body { max-width: none; padding: 0; background: none; color: #000; font-size: 11pt; }
  a { color: #000; }
  a[href]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
  .byline, .chart__summary { color: #333; }
  thead th { background: none; }
  th, td { border-color: #777; }
  thead { display: table-header-group; }
  h1, h2, h3, caption, figcaption { break-after: avoid; page-break-after: avoid; }
  tr, li, figure { break-inside: avoid; page-break-inside: avoid; }
  p { orphans: 3; widows: 3; }
  .chart__bar { fill: #333; }
  .chart__bar--empty { fill: none; stroke: #333; }
  .chart__bar--partial { fill: #ccc; stroke: #333; }
  .chart__label { fill: #000; }
  .chart__value { fill: #333; }
  .chart__axis { stroke: #333; }
}
"#;

/// Nothing may load or run; only the one stylesheet above, named by its hash, may apply.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; \
     style-src 'sha256-9ShZ597TTtUCk1dkBGgP8pOUgmkXhdvPwFOZr8QS+C4='; \
     base-uri 'none'; form-action 'none'";

/// `href`, trimmed, when its scheme is http, https or mailto; `None` for any other address,
/// which is then shown as text rather than followed.
pub fn allowed_href(href: &str) -> Option<&str> {
    let href = href.trim();
    let (scheme, _) = href.split_once(':')?;
    ["http", "https", "mailto"]
        .iter()
        .any(|allowed| scheme.eq_ignore_ascii_case(allowed))
        .then_some(href)
}

/// `document` as one complete HTML file: inline stylesheet (screen, dark mode and print),
/// inline SVG charts, a restrictive Content Security Policy, and no script.
pub fn standalone(document: &Document) -> String {
    let mut out = String::from(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"",
    );
    attribute(&mut out, CONTENT_SECURITY_POLICY);
    out.push_str("\">\n<meta name=\"color-scheme\" content=\"light dark\">\n<title>");
    text(&mut out, &document.title);
    out.push_str("</title>\n<style>");
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n");
    out.push_str(&fragment(document));
    out.push_str("</body>\n</html>\n");
    out
}

/// `document` as a semantic HTML fragment for the clipboard: headings, lists and tables that a
/// wiki or document editor keeps, with colours written as attributes since pasted HTML loses
/// stylesheets.
pub fn fragment(document: &Document) -> String {
    let mut out = String::from("<article class=\"proposal\">\n<h1>");
    text(&mut out, &document.title);
    out.push_str("</h1>\n<p class=\"byline\">");
    text(&mut out, &document.byline);
    out.push_str("</p>\n");
    for section in &document.sections {
        write_section(&mut out, section);
    }
    out.push_str("</article>\n");
    out
}

fn text(out: &mut String, value: &str) {
    encode_text_to_string(value, out);
}

fn attribute(out: &mut String, value: &str) {
    encode_double_quoted_attribute_to_string(value, out);
}

/// Appends `<name attributes>content</name>` with `content` escaped as text.
fn element(out: &mut String, name: &str, attributes: &[(&str, &str)], content: &str) {
    open(out, name, attributes);
    text(out, content);
    out.push_str("</");
    out.push_str(name);
    out.push('>');
}

fn open(out: &mut String, name: &str, attributes: &[(&str, &str)]) {
    out.push('<');
    out.push_str(name);
    for (key, value) in attributes {
        out.push(' ');
        out.push_str(key);
        out.push_str("=\"");
        attribute(out, value);
        out.push('"');
    }
    out.push('>');
}

fn write_section(out: &mut String, section: &Section) {
    let slug = section.kind.slug();
    let heading_id = format!("{slug}-title");
    open(
        out,
        "section",
        &[("id", slug), ("aria-labelledby", &heading_id)],
    );
    out.push('\n');
    element(out, "h2", &[("id", &heading_id)], section.kind.title());
    out.push('\n');
    for (index, block) in section.blocks.iter().enumerate() {
        match block {
            Block::Heading(heading) => element(out, "h3", &[], heading),
            Block::Paragraph(paragraph) => element(out, "p", &[], paragraph),
            Block::List(items) => {
                out.push_str("<ul>\n");
                for item in items {
                    element(out, "li", &[], item);
                    out.push('\n');
                }
                out.push_str("</ul>");
            }
            Block::Table(table) => write_table(out, table),
            Block::Chart(chart) => write_chart(out, chart, &format!("{slug}-chart-{index}")),
        }
        out.push('\n');
    }
    out.push_str("</section>\n");
}

fn write_table(out: &mut String, table: &Table) {
    out.push_str("<table>\n");
    element(out, "caption", &[], &table.caption);
    out.push_str("\n<thead>\n<tr>");
    for column in &table.columns {
        element(out, "th", &[("scope", "col")], column);
    }
    out.push_str("</tr>\n</thead>\n<tbody>\n");
    for row in &table.rows {
        out.push_str("<tr>");
        for (index, cell) in row.iter().enumerate() {
            // The first cell names the row, so screen readers announce it with each value.
            let (name, attributes): (&str, &[(&str, &str)]) = if index == 0 {
                ("th", &[("scope", "row")])
            } else {
                ("td", &[])
            };
            open(out, name, attributes);
            write_cell(out, cell);
            out.push_str("</");
            out.push_str(name);
            out.push('>');
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>");
}

fn write_cell(out: &mut String, cell: &Cell) {
    match cell {
        Cell::Link { text: label, href } => match allowed_href(href) {
            Some(href) => element(
                out,
                "a",
                &[("href", href), ("rel", "noopener noreferrer")],
                label,
            ),
            None => text(out, label),
        },
        Cell::Text(value) => text(out, value),
    }
}

fn anchor(anchor: Anchor) -> &'static str {
    match anchor {
        Anchor::Start => "start",
        Anchor::Middle => "middle",
        Anchor::End => "end",
    }
}

/// The chart as the page draws it, but with its colours as presentation attributes: they
/// survive a paste that drops stylesheets, and the standalone file's CSS still overrides them
/// for dark mode and print through the same class names.
fn write_chart(out: &mut String, chart: &Chart, id: &str) {
    let drawn = layout(chart);
    let summary_id = format!("{id}-summary");
    let (width, height) = (svg_number(drawn.width), svg_number(drawn.height));
    open(out, "figure", &[("class", "chart"), ("id", id)]);
    out.push('\n');
    element(out, "figcaption", &[], &chart.title);
    out.push('\n');
    open(
        out,
        "svg",
        &[
            ("class", "chart__svg"),
            ("role", "img"),
            ("aria-label", &chart.title),
            ("aria-describedby", &summary_id),
            ("viewBox", &format!("0 0 {width} {height}")),
            ("width", &width),
            ("height", &height),
            ("preserveAspectRatio", "xMinYMin meet"),
        ],
    );
    out.push('\n');
    for shape in &drawn.shapes {
        write_shape(out, shape);
        out.push('\n');
    }
    out.push_str("</svg>\n");
    element(
        out,
        "p",
        &[("class", "chart__summary"), ("id", &summary_id)],
        &chart.summary,
    );
    out.push_str("\n</figure>");
}

fn write_shape(out: &mut String, shape: &Shape) {
    match shape {
        Shape::Bar {
            x,
            y,
            width,
            height,
            empty,
            partial,
        } => {
            // An empty bar is only a dashed outline and a partial one a dashed, lighter bar, so
            // neither depends on colour to be told apart.
            let (class, fill, stroke) = match (empty, partial) {
                (true, _) => (
                    "chart__bar chart__bar--empty",
                    "none",
                    Some(("#4a5261", "3 2")),
                ),
                (false, true) => (
                    "chart__bar chart__bar--partial",
                    "#e6ebff",
                    Some(("#2f4fd8", "4 2")),
                ),
                (false, false) => ("chart__bar", "#2f4fd8", None),
            };
            let (x, y, width, height) = (
                svg_number(*x),
                svg_number(*y),
                svg_number(*width),
                svg_number(*height),
            );
            let mut attributes = vec![
                ("class", class),
                ("x", &x),
                ("y", &y),
                ("width", &width),
                ("height", &height),
                ("rx", "2"),
                ("fill", fill),
            ];
            if let Some((colour, dashes)) = stroke {
                attributes.extend([
                    ("stroke", colour),
                    ("stroke-width", "1.5"),
                    ("stroke-dasharray", dashes),
                ]);
            }
            open(out, "rect", &attributes);
            out.push_str("</rect>");
        }
        Shape::Label {
            x,
            y,
            anchor: side,
            value,
            text: label,
        } => {
            let (class, fill) = if *value {
                ("chart__value", "#4a5261")
            } else {
                ("chart__label", "#16191f")
            };
            element(
                out,
                "text",
                &[
                    ("class", class),
                    ("x", &svg_number(*x)),
                    ("y", &svg_number(*y)),
                    ("text-anchor", anchor(*side)),
                    ("font-size", "14"),
                    ("font-family", "system-ui, sans-serif"),
                    ("fill", fill),
                ],
                label,
            );
        }
        Shape::Axis { x1, y1, x2, y2 } => {
            open(
                out,
                "line",
                &[
                    ("class", "chart__axis"),
                    ("x1", &svg_number(*x1)),
                    ("y1", &svg_number(*y1)),
                    ("x2", &svg_number(*x2)),
                    ("y2", &svg_number(*y2)),
                    ("stroke", "#7c8596"),
                    ("stroke-width", "1"),
                ],
            );
            out.push_str("</line>");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_and_mail_addresses_are_links() {
        assert_eq!(
            allowed_href("  HTTPS://example.com/a "),
            Some("HTTPS://example.com/a")
        );
        assert_eq!(
            allowed_href("mailto:a@example.com"),
            Some("mailto:a@example.com")
        );
        for refused in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,<script>",
            "vbscript:x",
            "//evil.example/x",
            "example.com/a:b",
            "\u{1}https://example.com",
        ] {
            assert_eq!(allowed_href(refused), None, "{refused:?}");
        }
    }
}
