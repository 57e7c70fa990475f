//! The forms in which a proposal and its data leave Rolecase.

/// One way of taking the proposal or the workspace out of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    Markdown,
    Html,
    Print,
    RichText,
    ShareLink,
    Embed,
    JsonBackup,
    Csv,
}

impl ExportFormat {
    /// Every format, grouped as the Export page lists them: the proposal first, then the data.
    pub const ALL: [ExportFormat; 8] = [
        ExportFormat::Markdown,
        ExportFormat::Html,
        ExportFormat::Print,
        ExportFormat::RichText,
        ExportFormat::ShareLink,
        ExportFormat::Embed,
        ExportFormat::JsonBackup,
        ExportFormat::Csv,
    ];

    /// The format's name.
    pub fn label(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "Markdown",
            ExportFormat::Html => "Standalone HTML",
            ExportFormat::Print => "Print or PDF",
            ExportFormat::RichText => "Paste into a wiki or doc",
            ExportFormat::ShareLink => "Share link",
            ExportFormat::Embed => "Embed on a wiki page",
            ExportFormat::JsonBackup => "JSON backup",
            ExportFormat::Csv => "CSV spreadsheet",
        }
    }

    /// Who or what the format is for.
    pub fn use_case(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "For a repository README or a wiki that speaks Markdown.",
            ExportFormat::Html => "One self-contained file to attach to an email or a ticket.",
            ExportFormat::Print => "Paper or PDF for a review meeting.",
            ExportFormat::RichText => "Copy once, paste with headings and tables intact.",
            ExportFormat::ShareLink => {
                "A read-only link whose content travels in the link itself, not on a server."
            }
            ExportFormat::Embed => "The document alone, sized for an iframe.",
            ExportFormat::JsonBackup => "Everything you entered, to restore here or elsewhere.",
            ExportFormat::Csv => "Your activities as rows, to and from a spreadsheet.",
        }
    }

    /// Whether the format carries the user's raw data rather than the proposal document.
    pub fn carries_workspace(self) -> bool {
        matches!(self, ExportFormat::JsonBackup | ExportFormat::Csv)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_formats_come_before_data_formats() {
        let first_data = ExportFormat::ALL
            .iter()
            .position(|f| f.carries_workspace())
            .expect("a data format exists");
        assert!(ExportFormat::ALL[first_data..]
            .iter()
            .all(|f| f.carries_workspace()));
    }

    #[test]
    fn labels_are_unique() {
        let labels: std::collections::HashSet<_> =
            ExportFormat::ALL.iter().map(|f| f.label()).collect();
        assert_eq!(labels.len(), ExportFormat::ALL.len());
    }
}
