//! The kinds of developer-relations work Rolecase knows, grouped into families, with the journey
//! stages and metric units each usually has; users can add kinds of their own.

use crate::model::json::{json_names, Json, JsonError, Reader, Writer};

use crate::model::journey::JourneyStage::{self, Build, Discover, Evaluate, Learn, Scale};
use crate::model::metric::MetricUnit::{self, *};

/// A family of related activity kinds; every kind belongs to exactly one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ActivityGroup {
    Writing,
    Speaking,
    Teaching,
    Code,
    Community,
    Product,
    Culture,
}

json_names!(ActivityGroup {
    Writing: "writing",
    Speaking: "speaking",
    Teaching: "teaching",
    Code: "code",
    Community: "community",
    Product: "product",
    Culture: "culture",
});

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

    /// The built-in kinds in this group, in table order.
    pub fn kinds(self) -> impl Iterator<Item = &'static BuiltinKind> {
        BUILTIN_KINDS.iter().filter(move |kind| kind.group == self)
    }
}

/// The stable identifier of an activity kind, built-in (`"conference-talk"`) or the user's own.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct KindId(pub String);

/// Stored as the bare id.
impl Json for KindId {
    fn write_json(&self, w: &mut Writer) {
        w.string(&self.0);
    }

    fn read_json(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        r.string().map(KindId)
    }
}

impl KindId {
    /// The id of a built-in kind.
    pub fn builtin(id: &str) -> KindId {
        KindId(id.to_owned())
    }
}

/// A kind of activity that ships with Rolecase.
#[derive(Debug, PartialEq)]
pub struct BuiltinKind {
    /// Stable id, stored in saved workspaces: never rename one.
    pub id: &'static str,
    pub label: &'static str,
    pub group: ActivityGroup,
    /// The stages a new activity of this kind starts with.
    pub stages: &'static [JourneyStage],
    /// The metric units the editor suggests first.
    pub units: &'static [MetricUnit],
}

macro_rules! kinds {
    ($($id:literal, $label:literal, $group:ident, [$($stage:ident),*], [$($unit:ident),*];)*) => {
        /// Every built-in kind, grouped, in the order the user is offered them.
        pub const BUILTIN_KINDS: &[BuiltinKind] = &[$(BuiltinKind {
            id: $id,
            label: $label,
            group: ActivityGroup::$group,
            stages: &[$($stage),*],
            units: &[$($unit),*],
        }),*];
    };
}

kinds! {
    "blog-post", "Blog post", Writing, [Discover, Learn], [Views, Readers];
    "guest-blog-post", "Third-party blog post", Writing, [Discover], [Views, Readers];
    "cross-post", "Cross-posted article", Writing, [Discover], [Views, Readers];
    "documentation", "Documentation ownership or overhaul", Writing, [Learn], [Views, IssuesFiled];
    "newsletter", "Newsletter", Writing, [Discover, Scale], [Readers, SignUps];
    "long-form-guide", "Book or long-form guide", Writing, [Learn, Scale], [Readers, Downloads];
    "internal-talk", "Internal tech talk", Speaking, [Learn], [Attendees, Views];
    "meetup-talk", "Meetup talk", Speaking, [Discover], [Attendees, Views];
    "conference-talk", "Conference talk", Speaking, [Discover, Evaluate], [Attendees, Views];
    "podcast-guest", "Podcast guest", Speaking, [Discover], [Listeners];
    "livestream", "Livestream", Speaking, [Discover, Learn], [Views, Attendees];
    "video", "Video", Speaking, [Discover, Learn], [Views];
    "workshop", "Workshop", Teaching, [Learn, Build], [Participants];
    "training-course", "Training course", Teaching, [Learn], [Participants];
    "hands-on-lab", "Hands-on lab", Teaching, [Learn, Build], [Participants];
    "office-hours", "Office hours", Teaching, [Build], [Participants, QuestionsAnswered];
    "mentoring", "Mentoring", Teaching, [Learn, Build], [Participants];
    "sample-app", "Sample app", Code, [Evaluate, Learn], [Stars, Downloads];
    "sdk-or-tool", "SDK or developer tool", Code, [Build, Scale], [Downloads, Stars];
    "open-source-contribution", "Open-source contribution", Code, [Build], [PullRequests];
    "open-source-maintainership", "Open-source maintainership", Code, [Build, Scale], [Stars, PullRequests];
    "demo", "Demo", Code, [Discover, Evaluate], [Views, Attendees];
    "answering-questions", "Answering developer questions", Community, [Build], [QuestionsAnswered];
    "user-group", "Running a community or user group", Community, [Evaluate, Build], [Members, Attendees];
    "hackathon", "Hackathon", Community, [Evaluate, Build], [Participants];
    "event-organising", "Event organising", Community, [Discover], [Attendees];
    "champion-programme", "Community champion programme", Community, [Scale], [Members];
    "product-feedback", "Product feedback loop", Product, [Build, Scale], [IssuesFiled, FeatureRequests];
    "dx-review", "Developer experience review", Product, [Evaluate, Learn], [IssuesFiled];
    "support-trends", "Support-trend report", Product, [Build, Scale], [IssuesFiled];
    "learning-zone", "Psychological safety or learning-zone work", Culture, [], [Participants];
    "internal-community", "Internal community building", Culture, [], [Members, Attendees];
    "open-source-advocacy", "Advocating for open source inside the company", Culture, [], [];
}

/// A kind the user added, stored in their workspace.
#[derive(Clone, Debug, PartialEq)]
pub struct CustomKind {
    pub id: KindId,
    pub label: String,
    pub group: ActivityGroup,
    /// Missing in the stored form means none.
    pub stages: Vec<JourneyStage>,
    /// Missing in the stored form means none.
    pub units: Vec<MetricUnit>,
}

impl Json for CustomKind {
    fn write_json(&self, w: &mut Writer) {
        w.object();
        w.field("id", &self.id);
        w.field("label", &self.label);
        w.field("group", &self.group);
        w.field("stages", &self.stages);
        w.field("units", &self.units);
        w.end_object();
    }

    fn read_json(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        let (mut id, mut label, mut group) = (None, None, None);
        let (mut stages, mut units) = (Vec::new(), Vec::new());
        r.object()?;
        while let Some(key) = r.key()? {
            match &*key {
                "id" => id = Some(KindId::read_json(r)?),
                "label" => label = Some(r.string()?),
                "group" => group = Some(ActivityGroup::read_json(r)?),
                "stages" => stages = Vec::read_json(r)?,
                "units" => units = Vec::read_json(r)?,
                _ => r.skip()?,
            }
        }
        Ok(CustomKind {
            id: r.required(id, "id")?,
            label: r.required(label, "label")?,
            group: r.required(group, "group")?,
            stages,
            units,
        })
    }
}

/// What a kind id resolves to, whichever table it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct KindInfo {
    pub label: String,
    pub group: Option<ActivityGroup>,
    pub stages: Vec<JourneyStage>,
    pub units: Vec<MetricUnit>,
}

/// Looks `id` up among the built-in kinds, then `custom`; an unknown id (a custom kind that
/// was removed) keeps its id as its label rather than failing.
pub fn kind_info(id: &KindId, custom: &[CustomKind]) -> KindInfo {
    if let Some(kind) = BUILTIN_KINDS.iter().find(|kind| kind.id == id.0) {
        return KindInfo {
            label: kind.label.to_owned(),
            group: Some(kind.group),
            stages: kind.stages.to_vec(),
            units: kind.units.to_vec(),
        };
    }
    if let Some(kind) = custom.iter().find(|kind| &kind.id == id) {
        return KindInfo {
            label: kind.label.clone(),
            group: Some(kind.group),
            stages: kind.stages.clone(),
            units: kind.units.clone(),
        };
    }
    KindInfo {
        label: id.0.clone(),
        group: None,
        stages: Vec::new(),
        units: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_and_labels_are_unique_and_ids_are_slugs() {
        let ids: HashSet<_> = BUILTIN_KINDS.iter().map(|k| k.id).collect();
        let labels: HashSet<_> = BUILTIN_KINDS.iter().map(|k| k.label).collect();
        assert_eq!(ids.len(), BUILTIN_KINDS.len());
        assert_eq!(labels.len(), BUILTIN_KINDS.len());
        for id in ids {
            assert!(
                id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{id} is not a slug"
            );
        }
    }

    #[test]
    fn every_group_has_kinds_and_every_kind_named_in_the_domain_brief_exists() {
        for group in ActivityGroup::ALL {
            assert!(group.kinds().count() >= 3, "{group:?} has too few kinds");
        }
        let named_in_domain_md = [
            "blog-post",
            "guest-blog-post",
            "cross-post",
            "documentation",
            "newsletter",
            "long-form-guide",
            "internal-talk",
            "meetup-talk",
            "conference-talk",
            "podcast-guest",
            "livestream",
            "video",
            "workshop",
            "training-course",
            "hands-on-lab",
            "office-hours",
            "mentoring",
            "sample-app",
            "sdk-or-tool",
            "open-source-contribution",
            "open-source-maintainership",
            "demo",
            "answering-questions",
            "user-group",
            "hackathon",
            "event-organising",
            "champion-programme",
            "product-feedback",
            "dx-review",
            "support-trends",
            "learning-zone",
            "internal-community",
            "open-source-advocacy",
        ];
        for id in named_in_domain_md {
            assert!(
                BUILTIN_KINDS.iter().any(|k| k.id == id),
                "missing built-in kind {id}"
            );
        }
    }

    #[test]
    fn kinds_default_to_stages_in_journey_order_without_repeats() {
        for kind in BUILTIN_KINDS {
            assert!(kind.stages.windows(2).all(|w| w[0] < w[1]), "{}", kind.id);
        }
    }

    #[test]
    fn lookups_prefer_built_ins_then_custom_kinds_and_survive_unknown_ids() {
        let custom = vec![CustomKind {
            id: KindId("custom-1".into()),
            label: "Internal hack week".into(),
            group: ActivityGroup::Culture,
            stages: vec![],
            units: vec![MetricUnit::Participants],
        }];
        let talk = kind_info(&KindId::builtin("conference-talk"), &custom);
        assert_eq!(talk.group, Some(ActivityGroup::Speaking));
        assert_eq!(
            talk.stages,
            vec![JourneyStage::Discover, JourneyStage::Evaluate]
        );
        assert_eq!(
            kind_info(&KindId("custom-1".into()), &custom).label,
            "Internal hack week"
        );
        let gone = kind_info(&KindId("custom-9".into()), &custom);
        assert_eq!((gone.label.as_str(), gone.group), ("custom-9", None));
    }
}
