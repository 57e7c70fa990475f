//! The families of developer-relations work Rolecase recognises, with familiar examples of each.

/// A family of related activity kinds; every activity kind belongs to exactly one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ActivityGroup {
    Writing,
    Speaking,
    Teaching,
    Code,
    Community,
    Product,
    Culture,
}

impl ActivityGroup {
    /// Every group, in the order they are offered to the user.
    pub const ALL: [ActivityGroup; 7] = [
        ActivityGroup::Writing,
        ActivityGroup::Speaking,
        ActivityGroup::Teaching,
        ActivityGroup::Code,
        ActivityGroup::Community,
        ActivityGroup::Product,
        ActivityGroup::Culture,
    ];

    /// The group's name as shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            ActivityGroup::Writing => "Writing",
            ActivityGroup::Speaking => "Speaking",
            ActivityGroup::Teaching => "Teaching",
            ActivityGroup::Code => "Code",
            ActivityGroup::Community => "Community",
            ActivityGroup::Product => "Product",
            ActivityGroup::Culture => "Culture",
        }
    }

    /// Typical kinds of work in this group, to jog the user's memory.
    pub fn examples(self) -> &'static [&'static str] {
        match self {
            ActivityGroup::Writing => &[
                "Blog post",
                "Cross-posted article",
                "Documentation overhaul",
                "Newsletter",
                "Long-form guide or book",
            ],
            ActivityGroup::Speaking => &[
                "Internal tech talk",
                "Meetup talk",
                "Conference talk",
                "Podcast guest",
                "Livestream or video",
            ],
            ActivityGroup::Teaching => &[
                "Workshop",
                "Training course",
                "Hands-on lab",
                "Office hours",
                "Mentoring",
            ],
            ActivityGroup::Code => &[
                "Sample app",
                "SDK or developer tool",
                "Open-source contribution",
                "Demo",
            ],
            ActivityGroup::Community => &[
                "Answering developer questions",
                "Running a user group",
                "Hackathon",
                "Event organising",
                "Champion programme",
            ],
            ActivityGroup::Product => &[
                "Product feedback loop",
                "Developer experience review",
                "Support-trend report",
            ],
            ActivityGroup::Culture => &[
                "Learning-zone work",
                "Internal community building",
                "Open-source advocacy inside the company",
            ],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_group_offers_examples_without_repeats() {
        let mut seen = std::collections::HashSet::new();
        for group in ActivityGroup::ALL {
            assert!(!group.examples().is_empty(), "{group:?} has no examples");
            for example in group.examples() {
                assert!(seen.insert(*example), "{example} is listed twice");
            }
        }
    }

    #[test]
    fn labels_are_unique() {
        let labels: std::collections::HashSet<_> =
            ActivityGroup::ALL.iter().map(|g| g.label()).collect();
        assert_eq!(labels.len(), ActivityGroup::ALL.len());
    }
}
