//! The proposal document the user takes to management, as pure data.

/// A section of the proposal, in the order a reader meets them by default.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SectionKind {
    ExecutiveSummary,
    RoleDefinition,
    Evidence,
    Impact,
    Metrics,
    Plan,
    Asks,
    Risks,
}

impl SectionKind {
    /// Every section, in default reading order.
    pub const ALL: [SectionKind; 8] = [
        SectionKind::ExecutiveSummary,
        SectionKind::RoleDefinition,
        SectionKind::Evidence,
        SectionKind::Impact,
        SectionKind::Metrics,
        SectionKind::Plan,
        SectionKind::Asks,
        SectionKind::Risks,
    ];

    /// The section heading.
    pub fn title(self) -> &'static str {
        match self {
            SectionKind::ExecutiveSummary => "Executive summary",
            SectionKind::RoleDefinition => "Role definition",
            SectionKind::Evidence => "Evidence",
            SectionKind::Impact => "Impact against company goals",
            SectionKind::Metrics => "Metrics to agree on",
            SectionKind::Plan => "The next 90 days",
            SectionKind::Asks => "The asks",
            SectionKind::Risks => "Risks and boundaries",
        }
    }

    /// One line on what the section gives its reader.
    pub fn purpose(self) -> &'static str {
        match self {
            SectionKind::ExecutiveSummary => {
                "The ask, the strongest numbers and the proposed measures, on one page."
            }
            SectionKind::RoleDefinition => {
                "A title, a mission line, responsibilities, skills and a level guide."
            }
            SectionKind::Evidence => {
                "Dated activities with hours, numbers, their confidence, outcomes and links."
            }
            SectionKind::Impact => "How the work serves the goals your company already has.",
            SectionKind::Metrics => {
                "What to measure, how to collect it and which incentive to watch for."
            }
            SectionKind::Plan => "What you will do next and when the work is reviewed.",
            SectionKind::Asks => "Title, time share, budget and review criteria.",
            SectionKind::Risks => "Overload, boundaries and the limits of attribution.",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_start_with_the_summary_a_busy_reader_needs() {
        assert_eq!(SectionKind::ALL[0], SectionKind::ExecutiveSummary);
    }

    #[test]
    fn titles_are_unique_and_purposes_are_sentences() {
        let titles: std::collections::HashSet<_> =
            SectionKind::ALL.iter().map(|s| s.title()).collect();
        assert_eq!(titles.len(), SectionKind::ALL.len());
        for section in SectionKind::ALL {
            let purpose = section.purpose();
            assert!(purpose.ends_with('.'), "{purpose}");
            assert!(purpose.starts_with(char::is_uppercase), "{purpose}");
        }
    }
}
