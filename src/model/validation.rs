//! Turning what the user typed into an `Activity`, or into messages that say what to fix.
//!
//! The editor keeps an `ActivityDraft` (every field as typed), so an invalid entry is never
//! silently dropped: it stays on screen with its messages until it is fixed.

use crate::model::activity::{Activity, ActivityId, Audience, DateSpan, Status};
use crate::model::dates::{iso, parse_iso, Date};
use crate::model::decimal;
use crate::model::journey::{Direction, StageSet};
use crate::model::json::{json_names, Json, JsonError, Reader, Required, Writer};
use crate::model::metric::{Confidence, Metric, MetricUnit};
use crate::model::taxonomy::{kind_info, CustomKind, KindId};

/// The most hours one activity may record.
pub const MAX_HOURS: f64 = 1000.0;

/// One metric row as typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MetricDraft {
    pub value: String,
    pub unit: String,
    pub confidence: Confidence,
}

/// The status choice, with the lesson kept even while another choice is selected.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StatusChoice {
    #[default]
    Done,
    Planned,
    FailedExperiment,
}

/// An activity as the editor holds it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ActivityDraft {
    pub kind: KindId,
    pub title: String,
    /// `YYYY-MM-DD`, as a date input gives it.
    pub start: String,
    /// Empty for a single day.
    pub end: String,
    /// Set when the start date field holds a date typed only in part; false when missing.
    pub start_incomplete: bool,
    /// Set when the end date field holds a date typed only in part; false when missing.
    pub end_incomplete: bool,
    pub hours: String,
    pub audience: Audience,
    pub channel: String,
    pub stages: StageSet,
    pub direction_override: Option<Direction>,
    pub metrics: Vec<MetricDraft>,
    /// One link per line.
    pub links: String,
    pub outcome: String,
    pub status: StatusChoice,
    pub lesson: String,
    pub reuse_of: Option<ActivityId>,
    /// Comma-separated.
    pub tags: String,
}

json_names!(StatusChoice {
    Done: "done",
    Planned: "planned",
    FailedExperiment: "failed_experiment",
});

impl Json for MetricDraft {
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
                "value" => value = Some(r.string()?),
                "unit" => unit = Some(r.string()?),
                "confidence" => confidence = Some(Confidence::read_json(r)?),
                _ => r.skip()?,
            }
        }
        Ok(MetricDraft {
            value: r.required(value, "value")?,
            unit: r.required(unit, "unit")?,
            confidence: r.required(confidence, "confidence")?,
        })
    }
}

/// The fields a kept draft must have; the two `*_incomplete` flags and the two options may be
/// missing.
const DRAFT_REQUIRED: [&str; 14] = [
    "kind", "title", "start", "end", "hours", "audience", "channel", "stages", "metrics", "links",
    "outcome", "status", "lesson", "tags",
];

/// Every field is written, the options as `null` when unset.
impl Json for ActivityDraft {
    fn write_json(&self, w: &mut Writer) {
        w.object();
        w.field("kind", &self.kind);
        w.field("title", &self.title);
        w.field("start", &self.start);
        w.field("end", &self.end);
        w.field("start_incomplete", &self.start_incomplete);
        w.field("end_incomplete", &self.end_incomplete);
        w.field("hours", &self.hours);
        w.field("audience", &self.audience);
        w.field("channel", &self.channel);
        w.field("stages", &self.stages);
        w.field("direction_override", &self.direction_override);
        w.field("metrics", &self.metrics);
        w.field("links", &self.links);
        w.field("outcome", &self.outcome);
        w.field("status", &self.status);
        w.field("lesson", &self.lesson);
        w.field("reuse_of", &self.reuse_of);
        w.field("tags", &self.tags);
        w.end_object();
    }

    fn read_json(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        let mut draft = ActivityDraft::default();
        let mut required = Required::new(&DRAFT_REQUIRED);
        r.object()?;
        while let Some(key) = r.key()? {
            match &*key {
                "kind" => draft.kind = KindId::read_json(r)?,
                "title" => draft.title = r.string()?,
                "start" => draft.start = r.string()?,
                "end" => draft.end = r.string()?,
                "start_incomplete" => draft.start_incomplete = r.bool()?,
                "end_incomplete" => draft.end_incomplete = r.bool()?,
                "hours" => draft.hours = r.string()?,
                "audience" => draft.audience = Audience::read_json(r)?,
                "channel" => draft.channel = r.string()?,
                "stages" => draft.stages = StageSet::read_json(r)?,
                "direction_override" => draft.direction_override = Option::read_json(r)?,
                "metrics" => draft.metrics = Vec::read_json(r)?,
                "links" => draft.links = r.string()?,
                "outcome" => draft.outcome = r.string()?,
                "status" => draft.status = StatusChoice::read_json(r)?,
                "lesson" => draft.lesson = r.string()?,
                "reuse_of" => draft.reuse_of = Option::read_json(r)?,
                "tags" => draft.tags = r.string()?,
                _ => r.skip()?,
            }
            required.saw(&key);
        }
        required.check(r)?;
        Ok(draft)
    }
}

/// The part of the draft a message is about, so the editor can show it beside that field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Title,
    Start,
    End,
    Hours,
    MetricValue(usize),
    MetricUnit(usize),
    Links,
    Lesson,
    ReuseOf,
}

/// One thing to fix, in words for the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub message: String,
}

impl ActivityDraft {
    /// A new draft of `kind`, dated `today`, with the kind's usual journey stages. It has no
    /// metric rows: a row is only there once the user adds one, so a half-filled row is theirs.
    pub fn new(kind: KindId, custom_kinds: &[CustomKind], today: Date) -> ActivityDraft {
        ActivityDraft {
            start: iso(today),
            stages: kind_info(&kind, custom_kinds).stages.into_iter().collect(),
            kind,
            ..ActivityDraft::default()
        }
    }

    /// Switches to `kind`; the journey stages follow the new kind's defaults unless the user had
    /// already changed them from the old kind's.
    pub fn change_kind(&mut self, kind: KindId, custom_kinds: &[CustomKind]) {
        let old_defaults: StageSet = kind_info(&self.kind, custom_kinds)
            .stages
            .into_iter()
            .collect();
        if self.stages == old_defaults {
            self.stages = kind_info(&kind, custom_kinds).stages.into_iter().collect();
        }
        self.kind = kind;
    }

    /// The draft that edits an existing activity.
    pub fn from_activity(activity: &Activity) -> ActivityDraft {
        let (status, lesson) = match &activity.status {
            Status::Done => (StatusChoice::Done, String::new()),
            Status::Planned => (StatusChoice::Planned, String::new()),
            Status::FailedExperiment { lesson } => (StatusChoice::FailedExperiment, lesson.clone()),
        };
        ActivityDraft {
            kind: activity.kind.clone(),
            title: activity.title.clone(),
            start: iso(activity.dates.start),
            end: activity.dates.end.map(iso).unwrap_or_default(),
            hours: format_number(activity.hours),
            audience: activity.audience,
            channel: activity.channel.clone(),
            stages: activity.stages,
            direction_override: activity.direction_override,
            metrics: activity
                .metrics
                .iter()
                .map(|metric| MetricDraft {
                    value: format_number(metric.value),
                    unit: metric.unit.label().to_owned(),
                    confidence: metric.confidence,
                })
                .collect(),
            links: activity.links.join("\n"),
            outcome: activity.outcome.clone(),
            status,
            lesson,
            reuse_of: activity.reuse_of,
            tags: activity.tags.join(", "),
            start_incomplete: false,
            end_incomplete: false,
        }
    }

    /// The activity this draft describes, with `id`; or every problem, in form order.
    pub fn validate(&self, id: ActivityId) -> Result<Activity, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut fail = |field, message: &str| {
            errors.push(FieldError {
                field,
                message: message.to_owned(),
            })
        };

        let title = self.title.trim();
        if title.is_empty() {
            fail(Field::Title, "Give the activity a title.");
        }
        let start = match self.start.trim() {
            _ if self.start_incomplete => {
                fail(
                    Field::Start,
                    "The date is not complete: finish it or clear it.",
                );
                None
            }
            "" => {
                fail(Field::Start, "Enter the date it happened, or started.");
                None
            }
            text => parse_date(text).or_else(|| {
                fail(
                    Field::Start,
                    "Enter the date as year-month-day, like 2026-03-14.",
                );
                None
            }),
        };
        let end = match self.end.trim() {
            _ if self.end_incomplete => {
                fail(
                    Field::End,
                    "The end date is not complete: finish it or clear it.",
                );
                None
            }
            "" => None,
            text => match parse_date(text) {
                Some(end) if start.is_some_and(|start| end < start) => {
                    fail(Field::End, "The end date is before the start date.");
                    None
                }
                Some(end) => Some(end),
                None => {
                    fail(
                        Field::End,
                        "Enter the date as year-month-day, like 2026-03-16.",
                    );
                    None
                }
            },
        };
        let hours = match parse_number(&self.hours) {
            Ok(Some(hours)) if hours <= MAX_HOURS => Some(hours),
            Ok(Some(_)) => {
                fail(Field::Hours, "Hours must be between 0 and 1000.");
                None
            }
            Ok(None) => {
                fail(Field::Hours, "Enter the hours you spent; 0 is fine.");
                None
            }
            Err(message) => {
                fail(Field::Hours, &message);
                None
            }
        };

        let mut metrics = Vec::new();
        for (row, draft) in self.metrics.iter().enumerate() {
            let unit = draft.unit.trim();
            match parse_number(&draft.value) {
                Ok(None) if unit.is_empty() => {}
                Ok(None) => fail(
                    Field::MetricValue(row),
                    "Enter the number, or remove this row.",
                ),
                Ok(Some(_)) if unit.is_empty() => fail(
                    Field::MetricUnit(row),
                    "Say what the number counts, like views.",
                ),
                Ok(Some(value)) => metrics.push(Metric {
                    value,
                    unit: MetricUnit::from_label(unit),
                    confidence: draft.confidence,
                }),
                Err(message) => fail(Field::MetricValue(row), &message),
            }
        }

        let mut links = Vec::new();
        for line in self.links.lines().map(str::trim).filter(|l| !l.is_empty()) {
            if is_web_link(line) {
                links.push(line.to_owned());
            } else {
                fail(
                    Field::Links,
                    &format!("\u{201c}{line}\u{201d} is not a web link: links start with https:// or http://."),
                );
            }
        }

        let status = match self.status {
            StatusChoice::Done => Status::Done,
            StatusChoice::Planned => Status::Planned,
            StatusChoice::FailedExperiment if self.lesson.trim().is_empty() => {
                fail(
                    Field::Lesson,
                    "Say what the experiment taught you: it is what makes a failure count.",
                );
                Status::Done
            }
            StatusChoice::FailedExperiment => Status::FailedExperiment {
                lesson: self.lesson.trim().to_owned(),
            },
        };
        if self.reuse_of == Some(id) {
            fail(Field::ReuseOf, "An activity cannot be a re-use of itself.");
        }

        let mut tags: Vec<String> = Vec::new();
        for tag in self
            .tags
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty())
        {
            if !tags.iter().any(|seen| seen.eq_ignore_ascii_case(tag)) {
                tags.push(tag.to_owned());
            }
        }

        match (start, hours) {
            (Some(start), Some(hours)) if errors.is_empty() => Ok(Activity {
                id,
                kind: self.kind.clone(),
                title: title.to_owned(),
                dates: DateSpan { start, end },
                hours,
                audience: self.audience,
                channel: self.channel.trim().to_owned(),
                stages: self.stages,
                direction_override: self.direction_override,
                metrics,
                links,
                outcome: self.outcome.trim().to_owned(),
                status,
                reuse_of: self.reuse_of,
                tags,
            }),
            _ => Err(errors),
        }
    }
}

fn parse_date(text: &str) -> Option<Date> {
    parse_iso(text)
}

/// Reads a non-negative number typed by a person: `1250`, `1,250`, `2.5`, ` 40 `.
/// `Ok(None)` for an empty field.
pub fn parse_number(text: &str) -> Result<Option<f64>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let (whole, fraction) = match text.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (text, None),
    };
    let grouped_correctly = {
        let mut groups = whole.split(',');
        let first = groups.next().unwrap_or_default();
        (1..=3).contains(&first.len()) && groups.all(|group| group.len() == 3)
    };
    let digits_only = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    let whole_ok = if whole.contains(',') {
        grouped_correctly && whole.split(',').all(digits_only)
    } else {
        digits_only(whole)
    };
    if text.starts_with('-') {
        return Err("Enter a number of zero or more.".into());
    }
    if !whole_ok || fraction.is_some_and(|f| !digits_only(f)) {
        return Err(format!(
            "\u{201c}{text}\u{201d} is not a number: use digits, like 1250, 1,250 or 2.5."
        ));
    }
    // Digits alone always read; only a number beyond the largest f64 does not.
    decimal::parse(&text.replace(',', ""))
        .map(Some)
        .ok_or_else(|| "That number is too large.".to_owned())
}

/// Formats a stored number back into the text a person would type (`2.5`, `1250`).
pub fn format_number(value: f64) -> String {
    decimal::format(value)
}

fn is_web_link(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    let Some(rest) = rest else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    !host.is_empty() && !text.chars().any(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::journey::JourneyStage;

    fn today() -> Date {
        Date::from_ymd_opt(2026, 11, 22).unwrap()
    }

    fn valid() -> ActivityDraft {
        ActivityDraft {
            title: "  Zero to production in 20 minutes ".into(),
            hours: "12.5".into(),
            ..ActivityDraft::new(KindId::builtin("conference-talk"), &[], today())
        }
    }

    fn fields(draft: &ActivityDraft) -> Vec<Field> {
        draft
            .validate(ActivityId(1))
            .unwrap_err()
            .into_iter()
            .map(|error| error.field)
            .collect()
    }

    #[test]
    fn a_new_draft_takes_its_defaults_from_the_kind_and_today() {
        let draft = ActivityDraft::new(KindId::builtin("conference-talk"), &[], today());
        assert_eq!(draft.start, "2026-11-22");
        assert_eq!(
            draft.stages,
            [JourneyStage::Discover, JourneyStage::Evaluate].into()
        );
        assert!(draft.metrics.is_empty());
    }

    #[test]
    fn changing_kind_moves_untouched_stages_but_keeps_chosen_ones() {
        let mut draft = ActivityDraft::new(KindId::builtin("conference-talk"), &[], today());
        draft.change_kind(KindId::builtin("documentation"), &[]);
        assert_eq!(draft.stages, [JourneyStage::Learn].into());
        draft.stages.insert(JourneyStage::Scale);
        draft.change_kind(KindId::builtin("podcast-guest"), &[]);
        assert_eq!(
            draft.stages,
            [JourneyStage::Learn, JourneyStage::Scale].into()
        );
        assert_eq!(draft.kind, KindId::builtin("podcast-guest"));
    }

    #[test]
    fn a_valid_draft_becomes_a_trimmed_activity() {
        let activity = valid().validate(ActivityId(9)).unwrap();
        assert_eq!(activity.id, ActivityId(9));
        assert_eq!(activity.title, "Zero to production in 20 minutes");
        assert_eq!(activity.hours, 12.5);
        assert!(activity.metrics.is_empty());
    }

    #[test]
    fn a_saved_activity_edits_back_into_the_same_activity() {
        let mut draft = valid();
        draft.end = "2026-11-23".into();
        draft.metrics = vec![MetricDraft {
            value: "1,250".into(),
            unit: "Discord members".into(),
            confidence: Confidence::Measured,
        }];
        draft.links = "https://example.com/talk\n\nhttp://example.org/slides".into();
        draft.tags = "rust, Rust, , wasm".into();
        draft.status = StatusChoice::FailedExperiment;
        draft.lesson = "Pre-record the demo".into();
        let activity = draft.validate(ActivityId(2)).unwrap();
        assert_eq!(activity.metrics[0].value, 1250.0);
        assert_eq!(activity.links.len(), 2);
        assert_eq!(activity.tags, vec!["rust", "wasm"]);
        let again = ActivityDraft::from_activity(&activity).validate(ActivityId(2));
        assert_eq!(again, Ok(activity));
    }

    #[test]
    fn every_problem_is_reported_at_once_in_form_order() {
        let draft = ActivityDraft {
            title: " ".into(),
            start: "14/03/2026".into(),
            end: "soon".into(),
            hours: "1001".into(),
            metrics: vec![
                MetricDraft {
                    value: "lots".into(),
                    unit: "views".into(),
                    ..Default::default()
                },
                MetricDraft {
                    value: "12".into(),
                    unit: " ".into(),
                    ..Default::default()
                },
                MetricDraft {
                    value: "".into(),
                    unit: "stars".into(),
                    ..Default::default()
                },
            ],
            links: "javascript:alert(1)\nftp://example.com\nhttps://".into(),
            status: StatusChoice::FailedExperiment,
            ..ActivityDraft::default()
        };
        assert_eq!(
            fields(&draft),
            vec![
                Field::Title,
                Field::Start,
                Field::End,
                Field::Hours,
                Field::MetricValue(0),
                Field::MetricUnit(1),
                Field::MetricValue(2),
                Field::Links,
                Field::Links,
                Field::Links,
                Field::Lesson,
            ]
        );
    }

    #[test]
    fn the_end_may_not_come_before_the_start() {
        let mut draft = valid();
        draft.start = "2026-03-14".into();
        draft.end = "2026-03-13".into();
        let errors = draft.validate(ActivityId(1)).unwrap_err();
        assert_eq!(errors[0].message, "The end date is before the start date.");
        draft.end = "2026-03-14".into();
        assert!(
            draft.validate(ActivityId(1)).is_ok(),
            "a same-day range is fine"
        );
    }

    #[test]
    fn a_date_typed_only_in_part_is_reported_not_dropped() {
        let mut draft = valid();
        draft.end_incomplete = true;
        assert_eq!(fields(&draft), vec![Field::End]);
        draft.end_incomplete = false;
        draft.start_incomplete = true;
        assert_eq!(fields(&draft), vec![Field::Start]);
    }

    #[test]
    fn hours_are_required_and_bounded() {
        for (hours, ok) in [
            ("0", true),
            ("1000", true),
            ("1000.5", false),
            ("", false),
            ("-1", false),
        ] {
            let mut draft = valid();
            draft.hours = hours.into();
            assert_eq!(draft.validate(ActivityId(1)).is_ok(), ok, "{hours:?}");
        }
    }

    #[test]
    fn an_activity_cannot_reuse_itself() {
        let mut draft = valid();
        draft.reuse_of = Some(ActivityId(1));
        assert_eq!(
            fields(&draft),
            vec![Field::ReuseOf],
            "fields() validates as id 1"
        );
        assert!(draft.validate(ActivityId(4)).is_ok());
    }

    #[test]
    fn numbers_accept_what_people_type_and_explain_the_rest() {
        assert_eq!(parse_number(" 1,250 "), Ok(Some(1250.0)));
        assert_eq!(parse_number("1,234,567.5"), Ok(Some(1_234_567.5)));
        assert_eq!(parse_number("0.25"), Ok(Some(0.25)));
        assert_eq!(parse_number(""), Ok(None));
        for bad in [
            "12,50", "1,2345", "1.2.3", "1e9", "abc", ",100", "2.", "NaN", "inf",
        ] {
            assert!(parse_number(bad).is_err(), "{bad}");
        }
        assert_eq!(
            parse_number("-3"),
            Err("Enter a number of zero or more.".into())
        );
        assert_eq!(
            parse_number(&"9".repeat(400)),
            Err("That number is too large.".into()),
            "overflow to infinity is refused"
        );
    }

    #[test]
    fn numbers_print_back_as_typed() {
        assert_eq!(format_number(1250.0), "1250");
        assert_eq!(format_number(2.5), "2.5");
        assert_eq!(format_number(0.0), "0");
    }

    #[test]
    fn only_http_and_https_links_with_a_host_are_accepted() {
        for (link, ok) in [
            ("https://example.com", true),
            ("HTTP://EXAMPLE.COM/a?b#c", true),
            ("https://", false),
            ("https:///path", false),
            ("javascript:alert(1)", false),
            ("data:text/html,hi", false),
            ("https://exa mple.com", false),
            ("example.com", false),
        ] {
            assert_eq!(is_web_link(link), ok, "{link}");
        }
    }
}
