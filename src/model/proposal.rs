//! How the user wants the proposal put together: its reader, length, sections, the title asked
//! for, and any section they rewrote in their own words.

use crate::model::json::{self, json_names, Json, JsonError, Writer};

/// A section of the proposal, in the order a reader meets them by default.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SectionKind {
    ExecutiveSummary,
    RoleDefinition,
    Levels,
    Evidence,
    Impact,
    Metrics,
    Plan,
    Asks,
    Risks,
}

json_names!(SectionKind {
    ExecutiveSummary: "executive_summary",
    RoleDefinition: "role_definition",
    Levels: "levels",
    Evidence: "evidence",
    Impact: "impact",
    Metrics: "metrics",
    Plan: "plan",
    Asks: "asks",
    Risks: "risks",
});

impl SectionKind {
    /// Every section, in default reading order.
    pub const ALL: [SectionKind; 9] = [
        SectionKind::ExecutiveSummary,
        SectionKind::RoleDefinition,
        SectionKind::Levels,
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
            SectionKind::Levels => "Levels and performance review",
            SectionKind::Evidence => "Evidence",
            SectionKind::Impact => "Impact against company goals",
            SectionKind::Metrics => "Metrics to agree on",
            SectionKind::Plan => "The next 90 days",
            SectionKind::Asks => "The asks",
            SectionKind::Risks => "Risks and boundaries",
        }
    }

    /// A stable name for ids and anchors ("executive-summary").
    pub fn slug(self) -> &'static str {
        match self {
            SectionKind::ExecutiveSummary => "executive-summary",
            SectionKind::RoleDefinition => "role-definition",
            SectionKind::Levels => "levels",
            SectionKind::Evidence => "evidence",
            SectionKind::Impact => "impact",
            SectionKind::Metrics => "metrics",
            SectionKind::Plan => "plan",
            SectionKind::Asks => "asks",
            SectionKind::Risks => "risks",
        }
    }

    /// One line on what the section gives its reader.
    pub fn purpose(self) -> &'static str {
        match self {
            SectionKind::ExecutiveSummary => {
                "The ask, the strongest numbers and the proposed measures, on one page."
            }
            SectionKind::RoleDefinition => {
                "A title, a mission line, responsibilities, skills and the time split."
            }
            SectionKind::Levels => {
                "A level guide mapped to engineering levels, and how the review works."
            }
            SectionKind::Evidence => {
                "Dated activities with hours, numbers, their confidence, outcomes and links."
            }
            SectionKind::Impact => {
                "How the work serves the goals your company already has and your current role."
            }
            SectionKind::Metrics => {
                "What to measure, how to collect it and which incentive to watch for."
            }
            SectionKind::Plan => "What you will do next and when the work is reviewed.",
            SectionKind::Asks => "Title, time share, budget and review criteria.",
            SectionKind::Risks => "Overload, boundaries and the limits of attribution.",
        }
    }
}

/// Who will read the proposal; it changes the emphasis and the suggested order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Reader {
    #[default]
    Manager,
    SkipLevel,
    Talent,
}

json_names!(Reader {
    Manager: "manager",
    SkipLevel: "skip_level",
    Talent: "talent",
});

impl Reader {
    /// Every reader, in the order the settings offer them.
    pub const ALL: [Reader; 3] = [Reader::Manager, Reader::SkipLevel, Reader::Talent];

    /// A stable name for form values.
    pub fn id(self) -> &'static str {
        match self {
            Reader::Manager => "manager",
            Reader::SkipLevel => "skip-level",
            Reader::Talent => "talent",
        }
    }

    /// The reader as the settings name them.
    pub fn label(self) -> &'static str {
        match self {
            Reader::Manager => "My manager",
            Reader::SkipLevel => "My skip-level",
            Reader::Talent => "Talent or HR",
        }
    }

    /// The order of sections that puts first what this reader decides on.
    pub fn suggested_order(self) -> [SectionKind; 9] {
        use SectionKind::*;
        match self {
            Reader::Manager => SectionKind::ALL,
            Reader::SkipLevel => [
                ExecutiveSummary,
                Impact,
                Evidence,
                Metrics,
                Asks,
                RoleDefinition,
                Plan,
                Risks,
                Levels,
            ],
            Reader::Talent => [
                ExecutiveSummary,
                RoleDefinition,
                Levels,
                Metrics,
                Evidence,
                Asks,
                Impact,
                Plan,
                Risks,
            ],
        }
    }
}

/// One page for a first read, or everything.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Length {
    OnePage,
    #[default]
    Full,
}

json_names!(Length {
    OnePage: "one_page",
    Full: "full",
});

/// The titles Rolecase can suggest and explain.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RoleTitle {
    DeveloperAdvocate,
    DeveloperEvangelist,
    DevRelEngineer,
    TechnicalWriter,
    CommunityManager,
    DevRelLead,
}

json_names!(RoleTitle {
    DeveloperAdvocate: "developer_advocate",
    DeveloperEvangelist: "developer_evangelist",
    DevRelEngineer: "dev_rel_engineer",
    TechnicalWriter: "technical_writer",
    CommunityManager: "community_manager",
    DevRelLead: "dev_rel_lead",
});

impl RoleTitle {
    /// Every title, in the order the settings offer them.
    pub const ALL: [RoleTitle; 6] = [
        RoleTitle::DeveloperAdvocate,
        RoleTitle::DeveloperEvangelist,
        RoleTitle::DevRelEngineer,
        RoleTitle::TechnicalWriter,
        RoleTitle::CommunityManager,
        RoleTitle::DevRelLead,
    ];

    /// A stable name for form values.
    pub fn id(self) -> &'static str {
        match self {
            RoleTitle::DeveloperAdvocate => "developer-advocate",
            RoleTitle::DeveloperEvangelist => "developer-evangelist",
            RoleTitle::DevRelEngineer => "devrel-engineer",
            RoleTitle::TechnicalWriter => "technical-writer",
            RoleTitle::CommunityManager => "community-manager",
            RoleTitle::DevRelLead => "devrel-lead",
        }
    }

    /// The title as written in the proposal.
    pub fn label(self) -> &'static str {
        match self {
            RoleTitle::DeveloperAdvocate => "Developer Advocate",
            RoleTitle::DeveloperEvangelist => "Developer Evangelist",
            RoleTitle::DevRelEngineer => "Developer Relations Engineer",
            RoleTitle::TechnicalWriter => "Technical Writer",
            RoleTitle::CommunityManager => "Community Manager",
            RoleTitle::DevRelLead => "Developer Relations Lead",
        }
    }
}

/// Whether a section is in the proposal; the list's order is the reading order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SectionChoice {
    pub kind: SectionKind,
    pub included: bool,
}

/// A section the user rewrote; it replaces the generated text until reset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionOverride {
    pub kind: SectionKind,
    pub text: String,
}

/// The proposal's settings, saved with the workspace.
#[derive(Clone, Debug, PartialEq)]
pub struct ProposalSettings {
    pub reader: Reader,
    pub length: Length,
    /// Every section once, in reading order; see `ProposalSettings::sections`.
    pub sections: Vec<SectionChoice>,
    /// The title picked in the settings; `None` follows the profile, then the suggestion.
    pub title: Option<RoleTitle>,
    /// The share of the week asked for, in percent; `None` proposes one from the records.
    pub proposed_share_percent: Option<f64>,
    /// The budget asked for, in the user's words.
    pub budget: String,
    pub overrides: Vec<SectionOverride>,
}

impl Json for SectionChoice {
    fn write_json(&self, w: &mut Writer) {
        w.object();
        w.field("kind", &self.kind);
        w.field("included", &self.included);
        w.end_object();
    }

    fn read_json(r: &mut json::Reader<'_>) -> Result<Self, JsonError> {
        let (mut kind, mut included) = (None, None);
        r.object()?;
        while let Some(key) = r.key()? {
            match &*key {
                "kind" => kind = Some(SectionKind::read_json(r)?),
                "included" => included = Some(r.bool()?),
                _ => r.skip()?,
            }
        }
        Ok(SectionChoice {
            kind: r.required(kind, "kind")?,
            included: r.required(included, "included")?,
        })
    }
}

impl Json for SectionOverride {
    fn write_json(&self, w: &mut Writer) {
        w.object();
        w.field("kind", &self.kind);
        w.field("text", &self.text);
        w.end_object();
    }

    fn read_json(r: &mut json::Reader<'_>) -> Result<Self, JsonError> {
        let (mut kind, mut text) = (None, None);
        r.object()?;
        while let Some(key) = r.key()? {
            match &*key {
                "kind" => kind = Some(SectionKind::read_json(r)?),
                "text" => text = Some(r.string()?),
                _ => r.skip()?,
            }
        }
        Ok(SectionOverride {
            kind: r.required(kind, "kind")?,
            text: r.required(text, "text")?,
        })
    }
}

/// Missing fields take their defaults; unset and empty ones are left out of the JSON.
impl Json for ProposalSettings {
    fn write_json(&self, w: &mut Writer) {
        w.object();
        w.field("reader", &self.reader);
        w.field("length", &self.length);
        w.field("sections", &self.sections);
        if self.title.is_some() {
            w.field("title", &self.title);
        }
        if self.proposed_share_percent.is_some() {
            w.field("proposed_share_percent", &self.proposed_share_percent);
        }
        if !self.budget.is_empty() {
            w.field("budget", &self.budget);
        }
        if !self.overrides.is_empty() {
            w.field("overrides", &self.overrides);
        }
        w.end_object();
    }

    fn read_json(r: &mut json::Reader<'_>) -> Result<Self, JsonError> {
        let mut settings = ProposalSettings::default();
        r.object()?;
        while let Some(key) = r.key()? {
            match &*key {
                "reader" => settings.reader = Reader::read_json(r)?,
                "length" => settings.length = Length::read_json(r)?,
                "sections" => settings.sections = Vec::read_json(r)?,
                "title" => settings.title = Option::read_json(r)?,
                "proposed_share_percent" => settings.proposed_share_percent = Option::read_json(r)?,
                "budget" => settings.budget = r.string()?,
                "overrides" => settings.overrides = Vec::read_json(r)?,
                _ => r.skip()?,
            }
        }
        Ok(settings)
    }
}

impl Default for ProposalSettings {
    fn default() -> Self {
        ProposalSettings {
            reader: Reader::default(),
            length: Length::default(),
            sections: order_of(&SectionKind::ALL),
            title: None,
            proposed_share_percent: None,
            budget: String::new(),
            overrides: Vec::new(),
        }
    }
}

fn order_of(kinds: &[SectionKind]) -> Vec<SectionChoice> {
    kinds
        .iter()
        .map(|&kind| SectionChoice {
            kind,
            included: true,
        })
        .collect()
}

impl ProposalSettings {
    /// Every section exactly once, in reading order: a stored list that misses a section (saved
    /// before it existed) gets it appended, and repeats are dropped.
    pub fn sections(&self) -> Vec<SectionChoice> {
        let mut seen = Vec::new();
        let mut sections: Vec<SectionChoice> = self
            .sections
            .iter()
            .filter(|choice| {
                let fresh = !seen.contains(&choice.kind);
                seen.push(choice.kind);
                fresh
            })
            .copied()
            .collect();
        sections.extend(order_of(
            &SectionKind::ALL
                .into_iter()
                .filter(|kind| !seen.contains(kind))
                .collect::<Vec<_>>(),
        ));
        sections
    }

    /// The user's own text for `kind`, if they rewrote it.
    pub fn override_for(&self, kind: SectionKind) -> Option<&str> {
        self.overrides
            .iter()
            .find(|o| o.kind == kind)
            .map(|o| o.text.as_str())
    }

    /// The settings with the sections in the order suited to `reader`, keeping what is included.
    pub fn ordered_for(&self, reader: Reader) -> ProposalSettings {
        let current = self.sections();
        let sections = reader
            .suggested_order()
            .into_iter()
            .map(|kind| SectionChoice {
                kind,
                included: current
                    .iter()
                    .find(|choice| choice.kind == kind)
                    .is_none_or(|choice| choice.included),
            })
            .collect();
        ProposalSettings {
            reader,
            sections,
            ..self.clone()
        }
    }

    /// The settings with the section at `index` moved by `offset` places, if it can move.
    pub fn moved(&self, index: usize, offset: isize) -> Option<ProposalSettings> {
        let mut sections = self.sections();
        let target = index.checked_add_signed(offset)?;
        if index >= sections.len() || target >= sections.len() {
            return None;
        }
        let choice = sections.remove(index);
        sections.insert(target, choice);
        Some(ProposalSettings {
            sections,
            ..self.clone()
        })
    }

    /// The settings with `kind` included or left out.
    pub fn with_included(&self, kind: SectionKind, included: bool) -> ProposalSettings {
        let sections = self
            .sections()
            .into_iter()
            .map(|choice| SectionChoice {
                included: if choice.kind == kind {
                    included
                } else {
                    choice.included
                },
                ..choice
            })
            .collect();
        ProposalSettings {
            sections,
            ..self.clone()
        }
    }

    /// The settings with `kind` rewritten as `text`, or back to generated when `text` is `None`
    /// or blank.
    pub fn with_override(&self, kind: SectionKind, text: Option<&str>) -> ProposalSettings {
        let mut overrides: Vec<SectionOverride> = self
            .overrides
            .iter()
            .filter(|o| o.kind != kind)
            .cloned()
            .collect();
        if let Some(text) = text.map(str::trim).filter(|text| !text.is_empty()) {
            overrides.push(SectionOverride {
                kind,
                text: text.to_owned(),
            });
            crate::order::sort_by_key(&mut overrides, |o| o.kind);
        }
        ProposalSettings {
            overrides,
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_start_with_the_summary_a_busy_reader_needs() {
        for reader in Reader::ALL {
            assert_eq!(reader.suggested_order()[0], SectionKind::ExecutiveSummary);
            let mut sorted = reader.suggested_order();
            sorted.sort();
            assert_eq!(
                sorted,
                SectionKind::ALL,
                "{reader:?} lists every section once"
            );
        }
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

    #[test]
    fn a_stored_list_is_repaired_to_every_section_once() {
        let settings = ProposalSettings {
            sections: vec![
                SectionChoice {
                    kind: SectionKind::Risks,
                    included: false,
                },
                SectionChoice {
                    kind: SectionKind::Risks,
                    included: true,
                },
            ],
            ..ProposalSettings::default()
        };
        let sections = settings.sections();
        assert_eq!(sections.len(), SectionKind::ALL.len());
        assert_eq!(
            sections[0],
            SectionChoice {
                kind: SectionKind::Risks,
                included: false
            }
        );
        assert_eq!(sections[1].kind, SectionKind::ExecutiveSummary);
    }

    #[test]
    fn moving_reordering_and_leaving_out_keep_every_section() {
        let settings = ProposalSettings::default();
        assert_eq!(settings.moved(0, -1), None);
        assert_eq!(settings.moved(8, 1), None);
        let moved = settings.moved(8, -1).unwrap();
        assert_eq!(moved.sections()[7].kind, SectionKind::Risks);
        let without = moved.with_included(SectionKind::Evidence, false);
        let talent = without.ordered_for(Reader::Talent);
        assert_eq!(talent.reader, Reader::Talent);
        assert_eq!(talent.sections()[2].kind, SectionKind::Levels);
        let evidence = talent
            .sections()
            .into_iter()
            .find(|c| c.kind == SectionKind::Evidence)
            .unwrap();
        assert!(
            !evidence.included,
            "the reader's order keeps what was left out"
        );
    }

    #[test]
    fn an_override_replaces_and_a_blank_one_resets() {
        let edited = ProposalSettings::default()
            .with_override(SectionKind::Asks, Some("  Please.  "))
            .with_override(SectionKind::Risks, Some("Burnout."));
        assert_eq!(edited.override_for(SectionKind::Asks), Some("Please."));
        let reset = edited.with_override(SectionKind::Asks, Some("   "));
        assert_eq!(reset.override_for(SectionKind::Asks), None);
        assert_eq!(reset.override_for(SectionKind::Risks), Some("Burnout."));
        assert_eq!(
            reset.with_override(SectionKind::Risks, None),
            ProposalSettings::default()
        );
    }

    #[test]
    fn settings_saved_before_they_existed_read_as_defaults() {
        let settings: ProposalSettings = crate::model::json::from_str("{}").unwrap();
        assert_eq!(settings, ProposalSettings::default());
    }
}
