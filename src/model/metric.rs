//! Numbers an activity reached, each with its unit and how much it can be trusted.

use crate::model::json::{json_names, Json, JsonError, Reader, Writer};

/// What a number counts. Numbers in different units are never added together.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MetricUnit {
    Views,
    Readers,
    Attendees,
    Listeners,
    Stars,
    Downloads,
    SignUps,
    QuestionsAnswered,
    PullRequests,
    IssuesFiled,
    FeatureRequests,
    Members,
    Participants,
    /// A unit the user named themselves.
    Custom(String),
}

impl MetricUnit {
    /// The built-in units, in the order the editor offers them.
    pub const BUILT_IN: [MetricUnit; 13] = [
        MetricUnit::Views,
        MetricUnit::Readers,
        MetricUnit::Attendees,
        MetricUnit::Listeners,
        MetricUnit::Stars,
        MetricUnit::Downloads,
        MetricUnit::SignUps,
        MetricUnit::QuestionsAnswered,
        MetricUnit::PullRequests,
        MetricUnit::IssuesFiled,
        MetricUnit::FeatureRequests,
        MetricUnit::Members,
        MetricUnit::Participants,
    ];

    /// The unit as a plural noun ("views", "questions answered").
    pub fn label(&self) -> &str {
        match self {
            MetricUnit::Views => "views",
            MetricUnit::Readers => "readers",
            MetricUnit::Attendees => "attendees",
            MetricUnit::Listeners => "listeners",
            MetricUnit::Stars => "stars",
            MetricUnit::Downloads => "downloads",
            MetricUnit::SignUps => "sign-ups",
            MetricUnit::QuestionsAnswered => "questions answered",
            MetricUnit::PullRequests => "pull requests",
            MetricUnit::IssuesFiled => "issues filed",
            MetricUnit::FeatureRequests => "feature requests",
            MetricUnit::Members => "members",
            MetricUnit::Participants => "participants",
            MetricUnit::Custom(name) => name,
        }
    }

    /// The unit as a singular noun ("view", "question answered"); the user's own units stay as
    /// they typed them.
    pub fn singular(&self) -> &str {
        match self {
            MetricUnit::Views => "view",
            MetricUnit::Readers => "reader",
            MetricUnit::Attendees => "attendee",
            MetricUnit::Listeners => "listener",
            MetricUnit::Stars => "star",
            MetricUnit::Downloads => "download",
            MetricUnit::SignUps => "sign-up",
            MetricUnit::QuestionsAnswered => "question answered",
            MetricUnit::PullRequests => "pull request",
            MetricUnit::IssuesFiled => "issue filed",
            MetricUnit::FeatureRequests => "feature request",
            MetricUnit::Members => "member",
            MetricUnit::Participants => "participant",
            MetricUnit::Custom(name) => name,
        }
    }

    /// The unit whose label is `label` (case-insensitive); anything else becomes a custom unit.
    pub fn from_label(label: &str) -> MetricUnit {
        let label = label.trim();
        MetricUnit::BUILT_IN
            .into_iter()
            .find(|unit| unit.label().eq_ignore_ascii_case(label))
            .unwrap_or_else(|| MetricUnit::Custom(label.to_owned()))
    }
}

/// How far along the path from attention to business value a number sits; reach is the easiest
/// to inflate and the weakest evidence, business influence the hardest to attribute.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MetricTier {
    Reach,
    Engagement,
    Enablement,
    ProductImpact,
    BusinessInfluence,
}

impl MetricTier {
    /// Every tier, from reach to business influence.
    pub const ALL: [MetricTier; 5] = [
        MetricTier::Reach,
        MetricTier::Engagement,
        MetricTier::Enablement,
        MetricTier::ProductImpact,
        MetricTier::BusinessInfluence,
    ];

    /// The tier's name as shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            MetricTier::Reach => "Reach",
            MetricTier::Engagement => "Engagement",
            MetricTier::Enablement => "Enablement",
            MetricTier::ProductImpact => "Product impact",
            MetricTier::BusinessInfluence => "Business influence",
        }
    }
}

impl MetricUnit {
    /// The tier a built-in unit belongs to; the user's own units have none.
    pub fn tier(&self) -> Option<MetricTier> {
        Some(match self {
            MetricUnit::Views
            | MetricUnit::Readers
            | MetricUnit::Attendees
            | MetricUnit::Listeners
            | MetricUnit::Members => MetricTier::Reach,
            MetricUnit::Stars
            | MetricUnit::Downloads
            | MetricUnit::SignUps
            | MetricUnit::Participants
            | MetricUnit::PullRequests => MetricTier::Engagement,
            MetricUnit::QuestionsAnswered => MetricTier::Enablement,
            MetricUnit::IssuesFiled | MetricUnit::FeatureRequests => MetricTier::ProductImpact,
            MetricUnit::Custom(_) => return None,
        })
    }
}

/// How the number was obtained, shown beside it wherever it appears.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Confidence {
    /// Read from analytics, a registration list or another record.
    Measured,
    /// A reasoned estimate, such as a head count from the stage.
    Estimated,
    /// Not checked; may include views that are not real.
    #[default]
    Unverified,
}

json_names!(Confidence {
    Measured: "measured",
    Estimated: "estimated",
    Unverified: "unverified",
});

impl Confidence {
    /// Every confidence level, most trustworthy first.
    pub const ALL: [Confidence; 3] = [
        Confidence::Measured,
        Confidence::Estimated,
        Confidence::Unverified,
    ];

    /// The level's name as shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            Confidence::Measured => "Measured",
            Confidence::Estimated => "Estimated",
            Confidence::Unverified => "Unverified",
        }
    }
}

/// One number an activity reached.
#[derive(Clone, Debug, PartialEq)]
pub struct Metric {
    /// A finite, non-negative amount.
    pub value: f64,
    pub unit: MetricUnit,
    pub confidence: Confidence,
}

/// The built-in units as stored, in the order of `MetricUnit::BUILT_IN`.
const UNIT_NAMES: [&str; 13] = [
    "views",
    "readers",
    "attendees",
    "listeners",
    "stars",
    "downloads",
    "sign_ups",
    "questions_answered",
    "pull_requests",
    "issues_filed",
    "feature_requests",
    "members",
    "participants",
];

/// A built-in unit is stored as its name, the user's own as `{"custom": "their name"}`.
impl Json for MetricUnit {
    fn write_json(&self, w: &mut Writer) {
        match self {
            MetricUnit::Custom(name) => {
                w.object();
                w.field("custom", name);
                w.end_object();
            }
            unit => {
                let index = MetricUnit::BUILT_IN.iter().position(|u| u == unit);
                w.string(index.map_or("", |index| UNIT_NAMES[index]));
            }
        }
    }

    fn read_json(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        if r.peek() != Some(b'{') {
            return Ok(MetricUnit::BUILT_IN[r.choice(&UNIT_NAMES)?].clone());
        }
        r.object()?;
        let unit = match r.key()?.as_deref() {
            Some("custom") => MetricUnit::Custom(r.string()?),
            _ => return Err(r.error("expected a unit named by the user".into())),
        };
        match r.key()? {
            None => Ok(unit),
            Some(_) => Err(r.error("expected one unit, not several".into())),
        }
    }
}

impl Json for Metric {
    fn write_json(&self, w: &mut Writer) {
        w.object();
        w.field("value", &self.value);
        w.field("unit", &self.unit);
        w.field("confidence", &self.confidence);
        w.end_object();
    }

    fn read_json(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        let (mut value, mut unit, mut confidence) = (None, None, None);
        r.object()?;
        while let Some(key) = r.key()? {
            match &*key {
                "value" => value = Some(r.f64()?),
                "unit" => unit = Some(MetricUnit::read_json(r)?),
                "confidence" => confidence = Some(Confidence::read_json(r)?),
                _ => r.skip()?,
            }
        }
        Ok(Metric {
            value: r.required(value, "value")?,
            unit: r.required(unit, "unit")?,
            confidence: r.required(confidence, "confidence")?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_find_their_unit_and_unknown_labels_become_custom() {
        for unit in MetricUnit::BUILT_IN {
            assert_eq!(MetricUnit::from_label(unit.label()), unit);
        }
        assert_eq!(MetricUnit::from_label(" Sign-Ups "), MetricUnit::SignUps);
        assert_eq!(
            MetricUnit::from_label("demo requests"),
            MetricUnit::Custom("demo requests".into())
        );
    }

    #[test]
    fn custom_units_round_trip_through_json() {
        let metric = Metric {
            value: 1250.0,
            unit: MetricUnit::Custom("Discord members".into()),
            confidence: Confidence::Measured,
        };
        let json = crate::model::json::to_string(&metric);
        assert_eq!(
            json,
            r#"{"value":1250.0,"unit":{"custom":"Discord members"},"confidence":"measured"}"#
        );
        assert_eq!(
            crate::model::json::from_str::<Metric>(&json).unwrap(),
            metric
        );
    }
}
