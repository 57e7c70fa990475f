//! One piece of developer-relations work the user did or plans to do.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::journey::{Direction, JourneyStage};
use crate::model::metric::Metric;
use crate::model::taxonomy::{kind_info, KindId};

/// Stable identity of an activity within a workspace; never reused after a delete.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ActivityId(pub u64);

/// A single day, or a range of days with `end` on or after `start`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateSpan {
    #[serde(with = "crate::model::dates::serde_iso")]
    pub start: NaiveDate,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::model::dates::serde_iso_opt"
    )]
    pub end: Option<NaiveDate>,
}

impl DateSpan {
    /// The last day of the span.
    pub fn last_day(&self) -> NaiveDate {
        self.end.unwrap_or(self.start)
    }
}

/// Who the work was for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    Internal,
    #[default]
    External,
}

impl Audience {
    /// Both audiences, in the order the editor offers them.
    pub const ALL: [Audience; 2] = [Audience::External, Audience::Internal];

    /// The audience as shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            Audience::Internal => "Internal",
            Audience::External => "External",
        }
    }
}

/// Whether the work happened, is planned, or was tried and did not work.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "state")]
pub enum Status {
    #[default]
    Done,
    Planned,
    /// An experiment that failed, with what it taught: failures make the case credible.
    FailedExperiment {
        lesson: String,
    },
}

impl Status {
    /// The status as shown to the user.
    pub fn label(&self) -> &'static str {
        match self {
            Status::Done => "Done",
            Status::Planned => "Planned",
            Status::FailedExperiment { .. } => "Failed experiment",
        }
    }
}

/// One recorded activity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Activity {
    pub id: ActivityId,
    pub kind: KindId,
    pub title: String,
    pub dates: DateSpan,
    /// Hours invested, from 0 to 1000.
    pub hours: f64,
    // Empty and default fields are left out of the JSON: backups, the stored workspace and share
    // links are all smaller and faster to write, and reading fills them back in.
    #[serde(default, skip_serializing_if = "is_default")]
    pub audience: Audience,
    /// Where it happened: the venue, site, channel or repository.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub channel: String,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub stages: BTreeSet<JourneyStage>,
    /// Set only when the user overrides the direction the stages imply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction_override: Option<Direction>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub metrics: Vec<Metric>,
    /// Evidence links, each http or https.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<String>,
    /// What happened as a result.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub outcome: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub status: Status,
    /// The original this activity re-uses (a talk given again, a post turned into a video).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reuse_of: Option<ActivityId>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

impl Activity {
    /// A single-day, done, external activity with the kind's usual stages; callers override
    /// the rest with struct update syntax.
    pub fn done(id: u64, kind: &str, title: &str, start: NaiveDate, hours: f64) -> Activity {
        let kind = KindId::builtin(kind);
        Activity {
            id: ActivityId(id),
            stages: kind_info(&kind, &[]).stages.into_iter().collect(),
            kind,
            title: title.into(),
            dates: DateSpan { start, end: None },
            hours,
            audience: Audience::External,
            channel: String::new(),
            direction_override: None,
            metrics: Vec::new(),
            links: Vec::new(),
            outcome: String::new(),
            status: Status::Done,
            reuse_of: None,
            tags: Vec::new(),
        }
    }

    /// The direction shown for this activity: the user's override, else what the stages imply.
    pub fn direction(&self) -> Option<Direction> {
        self.direction_override
            .or_else(|| Direction::from_stages(&self.stages))
    }
}

#[cfg(test)]
impl Activity {
    /// A plain, done activity for tests: a two-hour external blog post on 1 January 2026.
    pub(crate) fn example(id: u64, title: &str) -> Activity {
        Activity {
            id: ActivityId(id),
            kind: KindId::builtin("blog-post"),
            title: title.into(),
            dates: DateSpan {
                start: NaiveDate::from_ymd_opt(2026, 1, 1).expect("a real date"),
                end: None,
            },
            hours: 2.0,
            audience: Audience::External,
            channel: String::new(),
            stages: BTreeSet::new(),
            direction_override: None,
            metrics: vec![],
            links: vec![],
            outcome: String::new(),
            status: Status::Done,
            reuse_of: None,
            tags: vec![],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn talk() -> Activity {
        Activity {
            kind: KindId::builtin("conference-talk"),
            dates: DateSpan {
                start: day(2026, 3, 12),
                end: None,
            },
            hours: 24.0,
            channel: "DevConf".into(),
            stages: [JourneyStage::Discover].into(),
            ..Activity::example(7, "Zero to production")
        }
    }

    #[test]
    fn the_override_wins_over_the_derived_direction() {
        let mut activity = talk();
        assert_eq!(activity.direction(), Some(Direction::Outbound));
        activity.direction_override = Some(Direction::Inbound);
        assert_eq!(activity.direction(), Some(Direction::Inbound));
    }

    #[test]
    fn a_span_ends_on_its_start_unless_it_has_an_end() {
        let mut span = DateSpan {
            start: day(2026, 1, 1),
            end: None,
        };
        assert_eq!(span.last_day(), day(2026, 1, 1));
        span.end = Some(day(2026, 1, 3));
        assert_eq!(span.last_day(), day(2026, 1, 3));
    }

    #[test]
    fn minimal_json_fills_optional_fields_with_defaults() {
        let json = r#"{"id":3,"kind":"blog-post","title":"Hello","dates":{"start":"2025-05-01"},"hours":2.5}"#;
        let activity: Activity = serde_json::from_str(json).unwrap();
        assert_eq!(activity.audience, Audience::External);
        assert_eq!(activity.status, Status::Done);
        assert!(activity.metrics.is_empty() && activity.stages.is_empty());
    }

    #[test]
    fn a_failed_experiment_keeps_its_lesson_through_json() {
        let mut activity = talk();
        activity.status = Status::FailedExperiment {
            lesson: "Live coding on venue Wi-Fi: record a fallback".into(),
        };
        let json = serde_json::to_string(&activity).unwrap();
        assert!(
            json.contains(r#""status":{"state":"failed_experiment","lesson":"#),
            "{json}"
        );
        assert_eq!(serde_json::from_str::<Activity>(&json).unwrap(), activity);
    }
}
