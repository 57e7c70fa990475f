//! One piece of developer-relations work the user did or plans to do.

use std::collections::HashMap;
use std::rc::Rc;

use crate::model::dates::Date;
use crate::model::journey::{Direction, StageSet};
use crate::model::json::{json_names, Json, JsonError, Reader, Writer};
use crate::model::metric::Metric;
use crate::model::taxonomy::{kind_info, KindId};

/// Stable identity of an activity within a workspace; never reused after a delete.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ActivityId(pub u64);

/// Stored as the bare number.
impl Json for ActivityId {
    fn write_json(&self, w: &mut Writer) {
        w.u64(self.0);
    }

    fn read_json(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        r.u64().map(ActivityId)
    }
}

/// A single day, or a range of days with `end` on or after `start`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateSpan {
    pub start: Date,
    /// Left out of the JSON for a single day.
    pub end: Option<Date>,
}

impl Json for DateSpan {
    fn write_json(&self, w: &mut Writer) {
        w.object();
        w.field("start", &self.start);
        if self.end.is_some() {
            w.field("end", &self.end);
        }
        w.end_object();
    }

    fn read_json(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        let (mut start, mut end) = (None, None);
        r.object()?;
        while let Some(key) = r.key()? {
            match &*key {
                "start" => start = Some(Date::read_json(r)?),
                "end" => end = Option::read_json(r)?,
                _ => r.skip()?,
            }
        }
        Ok(DateSpan {
            start: r.required(start, "start")?,
            end,
        })
    }
}

impl DateSpan {
    /// The last day of the span.
    pub fn last_day(&self) -> Date {
        self.end.unwrap_or(self.start)
    }
}

/// Who the work was for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Audience {
    Internal,
    #[default]
    External,
}

json_names!(Audience {
    Internal: "internal",
    External: "external",
});

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
#[derive(Clone, Debug, Default, PartialEq, Eq)]
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

/// Stored as `{"state": "done"}`, or with the lesson: `{"state": "failed_experiment", "lesson": …}`.
impl Json for Status {
    fn write_json(&self, w: &mut Writer) {
        w.object();
        w.key("state");
        w.string(match self {
            Status::Done => "done",
            Status::Planned => "planned",
            Status::FailedExperiment { .. } => "failed_experiment",
        });
        if let Status::FailedExperiment { lesson } = self {
            w.field("lesson", lesson);
        }
        w.end_object();
    }

    fn read_json(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        let (mut state, mut lesson) = (None, None);
        r.object()?;
        while let Some(key) = r.key()? {
            match &*key {
                "state" => state = Some(r.choice(&["done", "planned", "failed_experiment"])?),
                // Only a failed experiment has a lesson; elsewhere the field is ignored.
                "lesson" if r.peek() == Some(b'"') => lesson = Some(r.string()?),
                _ => r.skip()?,
            }
        }
        Ok(match r.required(state, "state")? {
            0 => Status::Done,
            1 => Status::Planned,
            _ => Status::FailedExperiment {
                lesson: r.required(lesson, "lesson")?,
            },
        })
    }
}

/// One recorded activity.
#[derive(Clone, Debug, PartialEq)]
pub struct Activity {
    pub id: ActivityId,
    pub kind: KindId,
    pub title: String,
    pub dates: DateSpan,
    /// Hours invested, from 0 to 1000.
    pub hours: f64,
    // The fields below are left out of the JSON when empty or default: backups, the stored
    // workspace and share links are all smaller and faster to write, and reading fills them in.
    pub audience: Audience,
    /// Where it happened: the venue, site, channel or repository.
    pub channel: String,
    pub stages: StageSet,
    /// Set only when the user overrides the direction the stages imply.
    pub direction_override: Option<Direction>,
    pub metrics: Vec<Metric>,
    /// Evidence links, each http or https.
    pub links: Vec<String>,
    /// What happened as a result.
    pub outcome: String,
    pub status: Status,
    /// The original this activity re-uses (a talk given again, a post turned into a video).
    pub reuse_of: Option<ActivityId>,
    pub tags: Vec<String>,
}

impl Json for Activity {
    fn write_json(&self, w: &mut Writer) {
        w.object();
        w.field("id", &self.id);
        w.field("kind", &self.kind);
        w.field("title", &self.title);
        w.field("dates", &self.dates);
        w.field("hours", &self.hours);
        if self.audience != Audience::default() {
            w.field("audience", &self.audience);
        }
        if !self.channel.is_empty() {
            w.field("channel", &self.channel);
        }
        if !self.stages.is_empty() {
            w.field("stages", &self.stages);
        }
        if self.direction_override.is_some() {
            w.field("direction_override", &self.direction_override);
        }
        if !self.metrics.is_empty() {
            w.field("metrics", &self.metrics);
        }
        if !self.links.is_empty() {
            w.field("links", &self.links);
        }
        if !self.outcome.is_empty() {
            w.field("outcome", &self.outcome);
        }
        if self.status != Status::Done {
            w.field("status", &self.status);
        }
        if self.reuse_of.is_some() {
            w.field("reuse_of", &self.reuse_of);
        }
        if !self.tags.is_empty() {
            w.field("tags", &self.tags);
        }
        w.end_object();
    }

    fn read_json(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        let (mut id, mut kind, mut title, mut dates, mut hours) = (None, None, None, None, None);
        // What a missing optional field means; the required ones are checked at the end.
        let mut activity = Activity {
            id: ActivityId(0),
            kind: KindId::default(),
            title: String::new(),
            dates: DateSpan {
                start: Date::default(),
                end: None,
            },
            hours: 0.0,
            audience: Audience::default(),
            channel: String::new(),
            stages: StageSet::new(),
            direction_override: None,
            metrics: Vec::new(),
            links: Vec::new(),
            outcome: String::new(),
            status: Status::Done,
            reuse_of: None,
            tags: Vec::new(),
        };
        r.object()?;
        while let Some(key) = r.key()? {
            match &*key {
                "id" => id = Some(ActivityId::read_json(r)?),
                "kind" => kind = Some(KindId::read_json(r)?),
                "title" => title = Some(r.string()?),
                "dates" => dates = Some(DateSpan::read_json(r)?),
                "hours" => hours = Some(r.f64()?),
                "audience" => activity.audience = Audience::read_json(r)?,
                "channel" => activity.channel = r.string()?,
                "stages" => activity.stages = StageSet::read_json(r)?,
                "direction_override" => activity.direction_override = Option::read_json(r)?,
                "metrics" => activity.metrics = Vec::read_json(r)?,
                "links" => activity.links = Vec::read_json(r)?,
                "outcome" => activity.outcome = r.string()?,
                "status" => activity.status = Status::read_json(r)?,
                "reuse_of" => activity.reuse_of = Option::read_json(r)?,
                "tags" => activity.tags = Vec::read_json(r)?,
                _ => r.skip()?,
            }
        }
        Ok(Activity {
            id: r.required(id, "id")?,
            kind: r.required(kind, "kind")?,
            title: r.required(title, "title")?,
            dates: r.required(dates, "dates")?,
            hours: r.required(hours, "hours")?,
            ..activity
        })
    }
}

impl Activity {
    /// A single-day, done, external activity with the kind's usual stages; callers override
    /// the rest with struct update syntax.
    pub fn done(id: u64, kind: &str, title: &str, start: Date, hours: f64) -> Activity {
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
            .or_else(|| Direction::from_stages(self.stages))
    }
}

/// Each activity's position in `activities`, by its id.
pub fn positions(activities: &[Rc<Activity>]) -> HashMap<ActivityId, usize> {
    activities
        .iter()
        .enumerate()
        .map(|(at, activity)| (activity.id, at))
        .collect()
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
                start: Date::from_ymd_opt(2026, 1, 1).expect("a real date"),
                end: None,
            },
            hours: 2.0,
            audience: Audience::External,
            channel: String::new(),
            stages: StageSet::new(),
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
    use crate::model::journey::JourneyStage;

    fn day(y: i32, m: u32, d: u32) -> Date {
        Date::from_ymd_opt(y, m, d).unwrap()
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
        let activity: Activity = crate::model::json::from_str(json).unwrap();
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
        let json = crate::model::json::to_string(&activity);
        assert!(
            json.contains(r#""status":{"state":"failed_experiment","lesson":"#),
            "{json}"
        );
        assert_eq!(
            crate::model::json::from_str::<Activity>(&json).unwrap(),
            activity
        );
    }
}
