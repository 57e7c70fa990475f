//! The proposal document the user takes to management, as pure data: `build` turns a workspace
//! into a `Document`, and the page and every export render that one value.

mod brief;
pub mod chart;
mod role;
mod sections;
pub mod text;
pub mod words;

use crate::analysis::impact::{analyse, Analysis};
use crate::model::dates::Date;
pub use crate::model::proposal::SectionKind;
use crate::model::proposal::{Length, ProposalSettings};
use crate::model::workspace::Workspace;

pub use chart::{Bar, Chart, ChartStyle};
pub use role::{suggest_title, TitleSuggestion};

/// The whole proposal, ready to render.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    pub title: String,
    /// Who wrote it and when, on one line.
    pub byline: String,
    pub sections: Vec<Section>,
}

/// One section, generated or rewritten by the user.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub kind: SectionKind,
    pub blocks: Vec<Block>,
    /// Whether the user's own text replaces the generated one.
    pub edited: bool,
}

/// A piece of a section.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// A sub-heading inside the section.
    Heading(String),
    Paragraph(String),
    List(Vec<String>),
    Table(Table),
    Chart(Chart),
}

/// A table with a caption and a header row; the first column names each row.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub caption: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// One table cell.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    /// A link the user recorded; only http and https addresses get this far.
    Link {
        text: String,
        href: String,
    },
}

impl Cell {
    /// The cell's text, whatever its kind.
    pub fn text(&self) -> &str {
        match self {
            Cell::Text(text) | Cell::Link { text, .. } => text,
        }
    }
}

/// Everything a section is written from.
pub struct Facts<'a> {
    pub workspace: &'a Workspace,
    pub analysis: &'a Analysis,
    pub settings: &'a ProposalSettings,
    /// The title as written: the settings' pick, else the profile's target, else the suggestion.
    pub title_label: String,
    pub suggestion: TitleSuggestion,
    /// The share of the week asked for, in percent.
    pub proposed_share: f64,
    /// One page: each section keeps only what a first read needs.
    pub brief: bool,
}

impl Facts<'_> {
    /// The day the proposal is written.
    pub fn today(&self) -> Date {
        self.analysis.today
    }
}

/// The share of the week to ask for when the user has not set one: what they state or what the
/// records show, whichever is more, rounded up to a multiple of ten, at least 20 %.
pub fn default_proposed_share(workspace: &Workspace, analysis: &Analysis) -> f64 {
    let measured = analysis.weekly.map_or(0.0, |w| w.share_percent);
    let today = workspace.profile.devrel_share_percent.max(measured);
    ((today / 10.0).ceil() * 10.0).clamp(20.0, 100.0)
}

/// The proposal for `workspace` as of `today`.
pub fn build(workspace: &Workspace, today: Date) -> Document {
    build_from(workspace, &analyse(workspace, today))
}

/// The proposal for `workspace`, from an analysis already made.
pub fn build_from(workspace: &Workspace, analysis: &Analysis) -> Document {
    let settings = &workspace.proposal;
    let suggestion = suggest_title(analysis);
    let target = workspace.profile.target_title.trim();
    let title_label = match settings.title {
        Some(title) => title.label().to_owned(),
        None if !target.is_empty() => target.to_owned(),
        None => suggestion.title.label().to_owned(),
    };
    let facts = Facts {
        workspace,
        analysis,
        settings,
        title_label,
        suggestion,
        proposed_share: settings
            .proposed_share_percent
            .unwrap_or_else(|| default_proposed_share(workspace, analysis)),
        brief: settings.length == Length::OnePage,
    };
    let sections = settings
        .sections()
        .into_iter()
        .filter(|choice| choice.included)
        .map(|choice| match settings.override_for(choice.kind) {
            Some(text) => Section {
                kind: choice.kind,
                blocks: parse_blocks(text),
                edited: true,
            },
            None => Section {
                kind: choice.kind,
                blocks: sections::write(choice.kind, &facts),
                edited: false,
            },
        })
        .collect();
    Document {
        title: sections::document_title(&facts),
        byline: sections::byline(&facts),
        sections,
    }
}

/// Reads the user's own section text: blank lines separate blocks, lines starting with `- ` or
/// `* ` make a list, and a line starting with `#` is a sub-heading.
pub fn parse_blocks(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut list: Vec<String> = Vec::new();
    let flush = |blocks: &mut Vec<Block>, paragraph: &mut Vec<&str>, list: &mut Vec<String>| {
        if !paragraph.is_empty() {
            blocks.push(Block::Paragraph(paragraph.join(" ")));
            paragraph.clear();
        }
        if !list.is_empty() {
            blocks.push(Block::List(std::mem::take(list)));
        }
    };
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            flush(&mut blocks, &mut paragraph, &mut list);
        } else if let Some(heading) = line.strip_prefix('#') {
            flush(&mut blocks, &mut paragraph, &mut list);
            blocks.push(Block::Heading(
                heading.trim_start_matches('#').trim().to_owned(),
            ));
        } else if let Some(item) = line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")) {
            if !paragraph.is_empty() {
                flush(&mut blocks, &mut paragraph, &mut list);
            }
            list.push(item.trim().to_owned());
        } else {
            if !list.is_empty() {
                flush(&mut blocks, &mut paragraph, &mut list);
            }
            paragraph.push(line);
        }
    }
    flush(&mut blocks, &mut paragraph, &mut list);
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_users_text_becomes_paragraphs_lists_and_headings() {
        let blocks = parse_blocks(
            "# Why now\nThe team grew\nfast.\n\n- one\n* two\nAfter the list.\n\n\n## Last",
        );
        assert_eq!(
            blocks,
            vec![
                Block::Heading("Why now".into()),
                Block::Paragraph("The team grew fast.".into()),
                Block::List(vec!["one".into(), "two".into()]),
                Block::Paragraph("After the list.".into()),
                Block::Heading("Last".into()),
            ]
        );
        assert_eq!(parse_blocks("  \n\n"), vec![]);
    }
}
