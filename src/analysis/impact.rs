//! What the recorded work adds up to: hours by kind, group, stage and quarter; numbers per unit
//! and channel split by confidence; reach per hour; re-use; the strongest evidence and the
//! lessons. Everything is computed from a workspace and a given `today`.

use std::collections::HashMap;
use std::rc::Rc;

use crate::case;
use crate::model::activity::{positions, Activity, ActivityId, Audience, Status};
use crate::model::dates::Date;
use crate::model::journey::{Direction, JourneyStage};
use crate::model::metric::{Confidence, MetricTier, MetricUnit};
use crate::model::taxonomy::{kind_info, ActivityGroup, KindId};
use crate::model::workspace::Workspace;

/// A calendar quarter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quarter {
    pub year: i32,
    /// 1 to 4.
    pub number: u32,
}

impl Quarter {
    /// The quarter `date` falls in.
    pub fn of(date: Date) -> Quarter {
        Quarter {
            year: date.year(),
            number: (date.month() - 1) / 3 + 1,
        }
    }

    /// The quarter after this one.
    pub fn next(self) -> Quarter {
        if self.number == 4 {
            Quarter {
                year: self.year + 1,
                number: 1,
            }
        } else {
            Quarter {
                number: self.number + 1,
                ..self
            }
        }
    }

    /// The quarter's first day.
    pub fn first_day(self) -> Date {
        Date::from_ymd_opt(self.year, (self.number - 1) * 3 + 1, 1)
            .expect("a quarter starts on a real day")
    }

    /// The quarter's last day.
    pub fn last_day(self) -> Date {
        self.next().first_day().add_days(-1)
    }

    /// "Q3 2026".
    pub fn label(self) -> String {
        format!("Q{} {}", self.number, self.year)
    }

    /// How many quarters this one comes after `first`; negative before it.
    fn since(self, first: Quarter) -> i64 {
        (i64::from(self.year) - i64::from(first.year)) * 4 + i64::from(self.number)
            - i64::from(first.number)
    }
}

/// How many activities and hours fall under one heading.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Tally {
    /// Activities counted.
    pub count: usize,
    /// Their hours together.
    pub hours: f64,
}

impl Tally {
    fn add(&mut self, hours: f64) {
        self.count += 1;
        self.hours += hours;
    }
}

/// The work done under one kind.
#[derive(Clone, Debug, PartialEq)]
pub struct KindFigures {
    pub kind: KindId,
    pub label: String,
    pub group: Option<ActivityGroup>,
    pub tally: Tally,
}

/// One quarter's work; the quarter `today` is in is still `partial`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct QuarterFigures {
    pub quarter: Quarter,
    pub tally: Tally,
    pub partial: bool,
}

/// The total of one unit on one channel, never mixed with another unit or channel.
#[derive(Clone, Debug, PartialEq)]
pub struct MetricTotal {
    pub unit: MetricUnit,
    /// Where the numbers were counted, as the user wrote it; empty when no channel was given.
    pub channel: String,
    /// Measured, estimated and unverified amounts, in `Confidence::ALL` order.
    pub by_confidence: [f64; 3],
}

impl MetricTotal {
    /// All three confidence levels together (same unit, same channel, so they may be added).
    pub fn total(&self) -> f64 {
        self.by_confidence.iter().sum()
    }

    /// The amount recorded at `confidence`.
    pub fn at(&self, confidence: Confidence) -> f64 {
        let index = Confidence::ALL
            .iter()
            .position(|c| *c == confidence)
            .expect("every confidence is listed");
        self.by_confidence[index]
    }
}

/// The typical reach one hour of a kind of work bought, in one unit.
#[derive(Clone, Debug, PartialEq)]
pub struct ReachPerHour {
    pub kind_label: String,
    pub unit: MetricUnit,
    /// Ratios are only compared within one confidence level, so an unverified number never
    /// lifts a measured one.
    pub confidence: Confidence,
    /// The median over activities of that activity's number divided by its hours; a median, so
    /// that numbers from different platforms are compared, never added.
    pub median: f64,
    pub activities: usize,
}

/// An original piece of work and how many items were derived from it.
#[derive(Clone, Debug, PartialEq)]
pub struct ReuseFamily {
    pub original: Rc<Activity>,
    pub derived: usize,
}

/// Hours per week over the last year of records, and their share of the working week.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WeeklyShare {
    /// The weeks the average is taken over: up to 52, fewer when the records are younger.
    pub weeks: f64,
    pub per_week: f64,
    pub share_percent: f64,
}

/// Everything the proposal states about the recorded work.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    /// The day the analysis is made for.
    pub today: Date,
    /// Work that happened: done activities and failed experiments, newest first.
    pub done: Vec<Rc<Activity>>,
    /// Planned work, soonest first.
    pub planned: Vec<Rc<Activity>>,
    /// The hours of work done.
    pub hours: f64,
    /// The first and last day of work done.
    pub span: Option<(Date, Date)>,
    /// Most hours first.
    pub by_kind: Vec<KindFigures>,
    /// In `ActivityGroup::ALL` order, then kinds whose group is unknown under `None`.
    pub by_group: Vec<(Option<ActivityGroup>, Tally)>,
    /// Every stage in journey order; an activity's hours are split evenly across its stages.
    pub by_stage: Vec<(JourneyStage, Tally)>,
    /// Work with no stage set.
    pub unstaged: Tally,
    /// Every quarter from the first record to today's, empty ones included.
    pub by_quarter: Vec<QuarterFigures>,
    /// Absent until some work is done.
    pub weekly: Option<WeeklyShare>,
    /// Work by the direction its stages imply or the user set.
    pub outbound: Tally,
    pub inbound: Tally,
    /// Work by its audience.
    pub internal: Tally,
    pub external: Tally,
    /// Tier order, then largest first; custom units last.
    pub totals: Vec<MetricTotal>,
    /// Highest median first.
    pub reach_per_hour: Vec<ReachPerHour>,
    /// Largest family first.
    pub reuse: Vec<ReuseFamily>,
    /// Done activities, the best support for the case first.
    pub evidence: Vec<Rc<Activity>>,
    /// Failed experiments with their lessons, newest first.
    pub lessons: Vec<Rc<Activity>>,
}

/// How strongly an activity supports the case: measured numbers count most, then outcomes,
/// estimates, links and unverified numbers.
pub fn evidence_score(activity: &Activity) -> u32 {
    let numbers: u32 = activity
        .metrics
        .iter()
        .take(3)
        .map(|metric| match metric.confidence {
            Confidence::Measured => 4,
            Confidence::Estimated => 2,
            Confidence::Unverified => 1,
        })
        .sum();
    let outcome = if activity.outcome.trim().is_empty() {
        0
    } else {
        3
    };
    let links = if activity.links.is_empty() { 0 } else { 2 };
    numbers + outcome + links
}

/// Work that has happened by `today`: done or tried, and started. A "done" activity dated in
/// the future is counted with the plans until its day comes.
fn is_work_done(activity: &Activity, today: Date) -> bool {
    !matches!(activity.status, Status::Planned) && activity.dates.start <= today
}

/// The root of every activity's re-use chain, as positions in `activities`; `position` gives
/// each id's position. Each chain is walked once and its members remember their root, so even
/// a shared link with a very long chain costs linear time. Items that re-use each other in a
/// loop share one root, the one with the lowest id among them, so a loop counts one original.
fn reuse_roots(activities: &[Rc<Activity>], position: &HashMap<ActivityId, usize>) -> Vec<usize> {
    let parent: Vec<Option<usize>> = activities
        .iter()
        .map(|a| a.reuse_of.and_then(|p| position.get(&p).copied()))
        .collect();
    let mut roots: Vec<Option<usize>> = vec![None; activities.len()];
    // The walk that last stepped on each activity, counted from 1.
    let mut walked = vec![0; activities.len()];
    let mut path: Vec<usize> = Vec::new();
    for walk in 1..=activities.len() {
        path.clear();
        let mut current = walk - 1;
        let root = loop {
            if let Some(root) = roots[current] {
                break root;
            }
            if walked[current] == walk {
                let start = path
                    .iter()
                    .position(|at| *at == current)
                    .expect("an activity seen on this walk is on the path");
                break *path[start..]
                    .iter()
                    .min_by_key(|at| activities[**at].id)
                    .expect("a loop has members");
            }
            walked[current] = walk;
            path.push(current);
            match parent[current] {
                Some(next) => current = next,
                None => break current,
            }
        };
        for at in &path {
            roots[*at] = Some(root);
        }
    }
    roots
        .into_iter()
        .map(|root| root.expect("every walk gives its path a root"))
        .collect()
}

/// The share of `activity`'s days that fall between `from` and `to`, both included; its hours
/// are taken to be spread evenly over its span.
fn share_within(activity: &Activity, from: Date, to: Date) -> f64 {
    let (start, end) = (activity.dates.start, activity.dates.last_day());
    let overlap = end.min(to).days_since(start.max(from)) + 1;
    let length = end.days_since(start) + 1;
    if overlap <= 0 || length <= 0 {
        0.0
    } else {
        overlap as f64 / length as f64
    }
}

fn median(values: &mut [f64]) -> f64 {
    crate::order::sort_by(values, f64::total_cmp);
    let middle = values.len() / 2;
    if values.len().is_multiple_of(2) {
        (values[middle - 1] + values[middle]) / 2.0
    } else {
        values[middle]
    }
}

/// The figures of every kind `done` holds, in kind order and with empty tallies, and the
/// position in them of each activity's kind. Grouping by sorting keeps it `n log n` whatever
/// the number of kinds.
fn kind_figures(done: &[Rc<Activity>], workspace: &Workspace) -> (Vec<KindFigures>, Vec<usize>) {
    let mut by_kind: Vec<usize> = (0..done.len()).collect();
    crate::order::sort_by(&mut by_kind, |a, b| done[*a].kind.cmp(&done[*b].kind));
    let mut kinds: Vec<KindFigures> = Vec::new();
    let mut kind_of = vec![0; done.len()];
    for position in by_kind {
        let kind = &done[position].kind;
        if kinds.last().is_none_or(|figures| figures.kind != *kind) {
            let info = kind_info(kind, &workspace.custom_kinds);
            kinds.push(KindFigures {
                kind: kind.clone(),
                label: info.label,
                group: info.group,
                tally: Tally::default(),
            });
        }
        kind_of[position] = kinds.len() - 1;
    }
    (kinds, kind_of)
}

/// Analyses `workspace` as of `today`.
pub fn analyse(workspace: &Workspace, today: Date) -> Analysis {
    let (mut done, mut planned): (Vec<_>, Vec<_>) = workspace
        .activities
        .iter()
        .cloned()
        .partition(|activity| is_work_done(activity, today));
    crate::order::sort_by(&mut done, |a, b| {
        b.dates.start.cmp(&a.dates.start).then(a.id.cmp(&b.id))
    });
    crate::order::sort_by(&mut planned, |a, b| {
        a.dates.start.cmp(&b.dates.start).then(a.id.cmp(&b.id))
    });

    let span = done
        .iter()
        .fold(None, |span: Option<(Date, Date)>, activity| {
            let (first, last) = (activity.dates.start, activity.dates.last_day());
            Some(span.map_or((first, last), |(a, b)| (a.min(first), b.max(last))))
        });
    // Each kind's figures, in kind order, and which of them each done activity counts under.
    let (mut kinds, kind_of) = kind_figures(&done, workspace);
    // By `ActivityGroup` position, kinds of an unknown group last.
    let mut groups = [Tally::default(); ActivityGroup::ALL.len() + 1];
    let mut stages = [Tally::default(); JourneyStage::ALL.len()];
    let mut unstaged = Tally::default();
    // Every quarter from the first record's to the last one's or today's, whichever is later.
    let now = Quarter::of(today);
    let first_quarter = span.map_or(now, |(first, _)| Quarter::of(first));
    let last_quarter = span.map_or(now, |(_, last)| Quarter::of(last).max(now));
    let mut quarters = vec![Tally::default(); last_quarter.since(first_quarter) as usize + 1];
    let (mut outbound, mut inbound) = (Tally::default(), Tally::default());
    let (mut internal, mut external) = (Tally::default(), Tally::default());
    // Every number with the unit, channel (lower case, then as written) and confidence index
    // it is totalled under; grouped once the loop is done.
    let mut counted: Vec<(&MetricUnit, String, &str, usize, f64)> = Vec::new();
    // Every reach per hour with the position of its kind in `kinds`; grouped likewise.
    let mut ratios: Vec<(usize, &MetricUnit, Confidence, f64)> = Vec::new();
    let mut hours = 0.0;
    let year_ago = today.add_days(-364);
    let mut last_year_hours = 0.0;

    for (activity, kind) in done.iter().zip(kind_of) {
        let activity: &Activity = activity;
        let figures = &mut kinds[kind];
        figures.tally.add(activity.hours);
        groups[figures
            .group
            .map_or(ActivityGroup::ALL.len(), |group| group as usize)]
        .add(activity.hours);
        if activity.stages.is_empty() {
            unstaged.add(activity.hours);
        }
        let per_stage = activity.hours / activity.stages.len().max(1) as f64;
        for stage in activity.stages.iter() {
            stages[stage as usize].add(per_stage);
        }
        // Counted in the quarter it started; its hours spread over the quarters it spans.
        let mut quarter = Quarter::of(activity.dates.start);
        quarters[quarter.since(first_quarter) as usize].count += 1;
        while quarter <= Quarter::of(activity.dates.last_day()) {
            quarters[quarter.since(first_quarter) as usize].hours +=
                activity.hours * share_within(activity, quarter.first_day(), quarter.last_day());
            quarter = quarter.next();
        }
        match activity.direction() {
            Some(Direction::Outbound) => outbound.add(activity.hours),
            Some(Direction::Inbound) => inbound.add(activity.hours),
            None => {}
        }
        match activity.audience {
            Audience::Internal => internal.add(activity.hours),
            Audience::External => external.add(activity.hours),
        }
        hours += activity.hours;
        last_year_hours += activity.hours * share_within(activity, year_ago, today);

        let channel = activity.channel.trim();
        let channel_key = if activity.metrics.is_empty() {
            String::new()
        } else {
            case::lower(channel)
        };
        let mut per_unit: Vec<(&MetricUnit, Confidence, f64)> = Vec::new();
        for metric in &activity.metrics {
            let index = Confidence::ALL
                .iter()
                .position(|c| *c == metric.confidence)
                .expect("every confidence is listed");
            counted.push((
                &metric.unit,
                channel_key.clone(),
                channel,
                index,
                metric.value,
            ));
            match per_unit.iter_mut().find(|(unit, confidence, _)| {
                *unit == &metric.unit && *confidence == metric.confidence
            }) {
                Some((_, _, value)) => *value += metric.value,
                None => per_unit.push((&metric.unit, metric.confidence, metric.value)),
            }
        }
        for (unit, confidence, value) in per_unit {
            if unit.tier() == Some(MetricTier::Reach) && activity.hours > 0.0 {
                ratios.push((kind, unit, confidence, value / activity.hours));
            }
        }
    }

    // Grouped by kind label, unit and confidence; each group keeps the order of `done`.
    crate::order::sort_by(&mut ratios, |a, b| {
        (kinds[a.0].label.as_str(), a.1, a.2).cmp(&(kinds[b.0].label.as_str(), b.1, b.2))
    });
    let mut reach_per_hour: Vec<ReachPerHour> = ratios
        .chunk_by(|a, b| kinds[a.0].label == kinds[b.0].label && a.1 == b.1 && a.2 == b.2)
        .map(|run| {
            let (kind, unit, confidence, _) = run[0];
            let mut values: Vec<f64> = run.iter().map(|ratio| ratio.3).collect();
            ReachPerHour {
                kind_label: kinds[kind].label.clone(),
                unit: unit.clone(),
                confidence,
                activities: values.len(),
                median: median(&mut values),
            }
        })
        .collect();
    crate::order::sort_by(&mut reach_per_hour, |a, b| {
        b.median
            .total_cmp(&a.median)
            .then(a.kind_label.cmp(&b.kind_label))
            .then(a.unit.label().cmp(b.unit.label()))
    });

    let mut by_kind = kinds;
    crate::order::sort_by(&mut by_kind, |a, b| {
        b.tally
            .hours
            .total_cmp(&a.tally.hours)
            .then(a.label.cmp(&b.label))
    });

    let by_quarter = match span {
        None => Vec::new(),
        Some(_) => {
            let mut quarter = first_quarter;
            let mut series = Vec::new();
            for tally in quarters {
                series.push(QuarterFigures {
                    quarter,
                    tally,
                    partial: quarter >= now,
                });
                quarter = quarter.next();
            }
            series
        }
    };

    let weekly = span.and_then(|(first, _)| {
        let start = first.max(year_ago);
        (start <= today).then(|| {
            let weeks = ((today.days_since(start) + 1) as f64 / 7.0).clamp(1.0, 52.0);
            let per_week = last_year_hours / weeks;
            WeeklyShare {
                weeks,
                per_week,
                share_percent: per_week / workspace.profile.weekly_hours.max(1.0) * 100.0,
            }
        })
    });

    // Grouped by unit and lower-case channel, each group in the order of `done`: the channel
    // is shown as first written, and the sums add up in the same order every time.
    crate::order::sort_by(&mut counted, |a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    let mut totals: Vec<MetricTotal> = counted
        .chunk_by(|a, b| a.0 == b.0 && a.1 == b.1)
        .map(|run| {
            let mut by_confidence = [0.0; 3];
            for (_, _, _, index, value) in run {
                by_confidence[*index] += value;
            }
            MetricTotal {
                unit: run[0].0.clone(),
                channel: run[0].2.to_owned(),
                by_confidence,
            }
        })
        .collect();
    crate::order::sort_by(&mut totals, |a, b| {
        let tier = |t: &MetricTotal| t.unit.tier().map_or(MetricTier::ALL.len(), |t| t as usize);
        tier(a)
            .cmp(&tier(b))
            .then(b.total().total_cmp(&a.total()))
            .then(a.unit.label().cmp(b.unit.label()))
            .then(a.channel.cmp(&b.channel))
    });

    let position = positions(&workspace.activities);
    let roots = reuse_roots(&workspace.activities, &position);
    // How many done items derive from each activity, by position.
    let mut derived = vec![0; workspace.activities.len()];
    for activity in done.iter().filter(|a| a.reuse_of.is_some()) {
        let at = position[&activity.id];
        if roots[at] != at {
            derived[roots[at]] += 1;
        }
    }
    let mut reuse: Vec<ReuseFamily> = workspace
        .activities
        .iter()
        .zip(derived)
        .filter(|(_, derived)| *derived > 0)
        .map(|(original, derived)| ReuseFamily {
            original: Rc::clone(original),
            derived,
        })
        .collect();
    crate::order::sort_by(&mut reuse, |a, b| {
        b.derived
            .cmp(&a.derived)
            .then(a.original.id.cmp(&b.original.id))
    });

    let mut evidence: Vec<Rc<Activity>> = done
        .iter()
        .filter(|a| matches!(a.status, Status::Done))
        .cloned()
        .collect();
    // `done` is newest first, and the sort is stable, so equal scores stay newest first.
    crate::order::sort_by_key(&mut evidence, |a| std::cmp::Reverse(evidence_score(a)));
    let lessons = done
        .iter()
        .filter(|a| matches!(a.status, Status::FailedExperiment { .. }))
        .cloned()
        .collect();

    // A group is listed once something counts under it.
    let by_group: Vec<(Option<ActivityGroup>, Tally)> = ActivityGroup::ALL
        .into_iter()
        .map(Some)
        .chain([None])
        .zip(groups)
        .filter(|(_, tally)| tally.count > 0)
        .collect();

    Analysis {
        today,
        done,
        planned,
        hours,
        span,
        by_kind,
        by_group,
        by_stage: JourneyStage::ALL.into_iter().zip(stages).collect(),
        unstaged,
        by_quarter,
        weekly,
        outbound,
        inbound,
        internal,
        external,
        totals,
        reach_per_hour,
        reuse,
        evidence,
        lessons,
    }
}

impl Analysis {
    /// The stages no recorded work serves.
    pub fn gaps(&self) -> Vec<JourneyStage> {
        self.by_stage
            .iter()
            .filter(|(_, tally)| tally.count == 0)
            .map(|(stage, _)| *stage)
            .collect()
    }

    /// The hours recorded for `group`.
    pub fn group_hours(&self, group: ActivityGroup) -> f64 {
        self.by_group
            .iter()
            .find(|(g, _)| *g == Some(group))
            .map_or(0.0, |(_, tally)| tally.hours)
    }

    /// The activities recorded for `group`.
    pub fn group_count(&self, group: ActivityGroup) -> usize {
        self.by_group
            .iter()
            .find(|(g, _)| *g == Some(group))
            .map_or(0, |(_, tally)| tally.count)
    }

    /// The latest complete quarter and the one before it, when both exist.
    pub fn last_two_quarters(&self) -> Option<(QuarterFigures, QuarterFigures)> {
        let complete: Vec<&QuarterFigures> =
            self.by_quarter.iter().filter(|q| !q.partial).collect();
        match complete.as_slice() {
            [.., before, latest] => Some((**before, **latest)),
            _ => None,
        }
    }

    /// Items in all re-use families together, originals included, over the number of originals.
    pub fn reuse_multiplier(&self) -> Option<f64> {
        let originals = self.reuse.len();
        let derived: usize = self.reuse.iter().map(|f| f.derived).sum();
        (originals > 0).then(|| (originals + derived) as f64 / originals as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::metric::Metric;

    fn day(y: i32, m: u32, d: u32) -> Date {
        Date::from_ymd_opt(y, m, d).unwrap()
    }

    fn activity(id: u64, kind: &str, start: Date, hours: f64) -> Activity {
        Activity {
            kind: KindId::builtin(kind),
            dates: crate::model::activity::DateSpan { start, end: None },
            hours,
            ..Activity::example(id, &format!("Activity {id}"))
        }
    }

    fn metric(value: f64, unit: MetricUnit, confidence: Confidence) -> Metric {
        Metric {
            value,
            unit,
            confidence,
        }
    }

    fn workspace(activities: Vec<Activity>) -> Workspace {
        Workspace {
            activities: activities.into_iter().map(Rc::new).collect(),
            ..Workspace::default()
        }
    }

    #[test]
    fn quarters_count_from_january_and_roll_over() {
        assert_eq!(Quarter::of(day(2026, 3, 31)).label(), "Q1 2026");
        assert_eq!(Quarter::of(day(2026, 4, 1)).label(), "Q2 2026");
        assert_eq!(
            Quarter::of(day(2026, 12, 1)).next(),
            Quarter {
                year: 2027,
                number: 1
            }
        );
    }

    #[test]
    fn planned_work_is_kept_apart_from_work_done() {
        let mut planned = activity(2, "workshop", day(2026, 12, 1), 10.0);
        planned.status = Status::Planned;
        let analysis = analyse(
            &workspace(vec![
                activity(1, "blog-post", day(2026, 1, 10), 4.0),
                planned,
            ]),
            day(2026, 11, 22),
        );
        assert_eq!(analysis.hours, 4.0);
        assert_eq!(analysis.planned.len(), 1);
        assert_eq!(analysis.done.len(), 1);
        assert_eq!(
            analysis.by_group,
            vec![(
                Some(ActivityGroup::Writing),
                Tally {
                    count: 1,
                    hours: 4.0
                }
            )]
        );
    }

    #[test]
    fn stage_hours_are_split_so_they_add_up_and_gaps_are_named() {
        let mut talk = activity(1, "conference-talk", day(2026, 3, 1), 10.0);
        talk.stages = [JourneyStage::Discover, JourneyStage::Evaluate].into();
        let analysis = analyse(&workspace(vec![talk]), day(2026, 11, 22));
        let stage_hours: f64 = analysis.by_stage.iter().map(|(_, t)| t.hours).sum();
        assert_eq!(stage_hours, 10.0);
        assert_eq!(
            analysis.gaps(),
            vec![
                JourneyStage::Learn,
                JourneyStage::Build,
                JourneyStage::Scale
            ]
        );
        assert_eq!(analysis.outbound.hours, 10.0);
    }

    #[test]
    fn numbers_are_totalled_per_unit_and_channel_and_split_by_confidence() {
        let mut a = activity(1, "blog-post", day(2026, 1, 1), 2.0);
        a.channel = "dev.to".into();
        a.metrics = vec![
            metric(1000.0, MetricUnit::Views, Confidence::Measured),
            metric(50.0, MetricUnit::Views, Confidence::Estimated),
        ];
        let mut b = activity(2, "blog-post", day(2026, 2, 1), 4.0);
        b.channel = "Dev.to ".into();
        b.metrics = vec![metric(200.0, MetricUnit::Views, Confidence::Unverified)];
        let mut c = activity(3, "blog-post", day(2026, 3, 1), 1.0);
        c.channel = "Company blog".into();
        c.metrics = vec![
            metric(80.0, MetricUnit::Views, Confidence::Measured),
            metric(3.0, MetricUnit::SignUps, Confidence::Measured),
        ];
        let analysis = analyse(&workspace(vec![a, b, c]), day(2026, 11, 22));
        let summary: Vec<(String, String, [f64; 3])> = analysis
            .totals
            .iter()
            .map(|t| {
                (
                    t.unit.label().to_owned(),
                    t.channel.clone(),
                    t.by_confidence,
                )
            })
            .collect();
        assert_eq!(
            summary,
            vec![
                ("views".into(), "Dev.to".into(), [1000.0, 50.0, 200.0]),
                ("views".into(), "Company blog".into(), [80.0, 0.0, 0.0]),
                ("sign-ups".into(), "Company blog".into(), [3.0, 0.0, 0.0]),
            ],
            "views on two platforms are never added together; a channel keeps its newest spelling"
        );
        // Views per hour, kept apart by confidence: measured 1000/2 = 500 and 80/1 = 80
        // (median 290), estimated 50/2 = 25, unverified 200/4 = 50.
        let per_hour: Vec<(Confidence, f64, usize)> = analysis
            .reach_per_hour
            .iter()
            .map(|r| (r.confidence, r.median, r.activities))
            .collect();
        assert_eq!(
            per_hour,
            [
                (Confidence::Measured, 290.0, 2),
                (Confidence::Unverified, 50.0, 1),
                (Confidence::Estimated, 25.0, 1),
            ]
        );
    }

    #[test]
    fn reuse_families_follow_chains_to_their_original_and_survive_loops() {
        let original = activity(1, "conference-talk", day(2026, 1, 1), 20.0);
        let mut video = activity(2, "video", day(2026, 2, 1), 3.0);
        video.reuse_of = Some(ActivityId(1));
        let mut post = activity(3, "blog-post", day(2026, 3, 1), 2.0);
        post.reuse_of = Some(ActivityId(2));
        let mut looped_a = activity(4, "demo", day(2026, 4, 1), 1.0);
        looped_a.reuse_of = Some(ActivityId(5));
        let mut looped_b = activity(5, "demo", day(2026, 4, 2), 1.0);
        looped_b.reuse_of = Some(ActivityId(4));
        let analysis = analyse(
            &workspace(vec![original, video, post, looped_a, looped_b]),
            day(2026, 11, 22),
        );
        let families: Vec<(u64, usize)> = analysis
            .reuse
            .iter()
            .map(|f| (f.original.id.0, f.derived))
            .collect();
        assert_eq!(
            families,
            [(1, 2), (4, 1)],
            "a loop of two counts one original and one re-use"
        );
        assert_eq!(analysis.reuse_multiplier(), Some(5.0 / 2.0));
    }

    #[test]
    fn a_very_long_chain_is_walked_once() {
        let chain: Vec<Activity> = (1..=20_000)
            .map(|id| {
                let mut item = activity(id, "video", day(2026, 1, 1), 1.0);
                item.reuse_of = (id > 1).then(|| ActivityId(id - 1));
                item
            })
            .collect();
        let analysis = analyse(&workspace(chain), day(2026, 11, 22));
        assert_eq!(analysis.reuse.len(), 1);
        assert_eq!(analysis.reuse[0].derived, 19_999);
    }

    #[test]
    fn quarters_run_unbroken_to_today_and_the_current_one_is_partial() {
        let analysis = analyse(
            &workspace(vec![
                activity(1, "blog-post", day(2026, 1, 5), 2.0),
                activity(2, "blog-post", day(2026, 7, 5), 3.0),
            ]),
            day(2026, 11, 22),
        );
        let labels: Vec<String> = analysis
            .by_quarter
            .iter()
            .map(|q| q.quarter.label())
            .collect();
        assert_eq!(labels, ["Q1 2026", "Q2 2026", "Q3 2026", "Q4 2026"]);
        assert!(analysis.by_quarter[3].partial && !analysis.by_quarter[2].partial);
        let (before, latest) = analysis.last_two_quarters().unwrap();
        assert_eq!((before.tally.hours, latest.tally.hours), (0.0, 3.0));
    }

    #[test]
    fn hours_of_long_work_are_spread_over_its_days() {
        let mut forum = activity(1, "answering-questions", day(2025, 11, 23), 100.0);
        // 100 days, half of them inside the last year.
        forum.dates.start = day(2025, 10, 15);
        forum.dates.end = Some(day(2026, 1, 22));
        let analysis = analyse(&workspace(vec![forum]), day(2026, 11, 22));
        let weekly = analysis.weekly.unwrap();
        assert!(
            (weekly.per_week * weekly.weeks - 61.0).abs() < 1e-9,
            "{weekly:?}"
        );
        let quarter_hours: Vec<(String, f64)> = analysis
            .by_quarter
            .iter()
            .map(|q| (q.quarter.label(), q.tally.hours))
            .collect();
        assert_eq!(quarter_hours[0], ("Q4 2025".into(), 78.0));
        assert_eq!(quarter_hours[1], ("Q1 2026".into(), 22.0));
        assert_eq!(analysis.by_quarter[0].tally.count, 1);
        assert_eq!(analysis.by_quarter[1].tally.count, 0);
    }

    #[test]
    fn work_marked_done_but_dated_after_today_waits_with_the_plans() {
        let ahead = activity(1, "blog-post", day(2027, 3, 1), 2.0);
        let analysis = analyse(&workspace(vec![ahead]), day(2026, 11, 22));
        assert!(analysis.done.is_empty());
        assert_eq!(analysis.planned.len(), 1);
        assert_eq!(analysis.span, None);
    }

    #[test]
    fn the_weekly_average_covers_at_most_the_last_year() {
        let mut profile_workspace = workspace(vec![
            activity(1, "blog-post", day(2024, 1, 5), 100.0),
            activity(2, "blog-post", day(2026, 6, 1), 52.0),
        ]);
        profile_workspace.profile.weekly_hours = 40.0;
        let weekly = analyse(&profile_workspace, day(2026, 11, 22))
            .weekly
            .unwrap();
        assert_eq!(weekly.weeks, 52.0);
        assert_eq!(weekly.per_week, 1.0);
        assert_eq!(weekly.share_percent, 2.5);
    }

    #[test]
    fn evidence_puts_measured_outcomes_first_and_keeps_failures_for_lessons() {
        let plain = activity(1, "blog-post", day(2026, 5, 1), 2.0);
        let mut measured = activity(2, "blog-post", day(2026, 1, 1), 2.0);
        measured.metrics = vec![metric(10.0, MetricUnit::Views, Confidence::Measured)];
        measured.outcome = "Adopted by two teams".into();
        let mut failed = activity(3, "livestream", day(2026, 2, 1), 2.0);
        failed.status = Status::FailedExperiment {
            lesson: "Nobody came".into(),
        };
        let analysis = analyse(&workspace(vec![plain, measured, failed]), day(2026, 11, 22));
        let ids: Vec<u64> = analysis.evidence.iter().map(|a| a.id.0).collect();
        assert_eq!(ids, [2, 1]);
        assert_eq!(analysis.lessons.len(), 1);
    }
}
