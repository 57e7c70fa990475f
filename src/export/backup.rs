//! Bringing a workspace in from a backup file or a share link: what would change, and the
//! workspace after replacing or merging. Reading the file itself is `model::workspace::from_json`.

use std::collections::HashSet;
use std::rc::Rc;

use crate::model::activity::{positions, Activity, ActivityId};
use crate::model::dates::Date;
use crate::model::profile::Profile;
use crate::model::taxonomy::KindId;
use crate::model::workspace::Workspace;

/// What importing `incoming` would do to the current workspace, for the user to read first.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPreview {
    /// Activities in the file.
    pub incoming: usize,
    /// The first and last day the file's activities cover.
    pub span: Option<(Date, Date)>,
    /// Replacing: activities here now that the file does not have, which would go.
    pub removed: usize,
    /// Replacing: activities the file has in a different version, which would change.
    pub changed: usize,
    /// Merging: the file's activities that are not here yet, which would be added.
    pub added_by_merge: usize,
    /// Whether the file's profile differs from the current one.
    pub profile_differs: bool,
    /// Replacing: drafts, kinds of the user's own and rewritten sections here now, which would go.
    pub other_losses: usize,
}

/// The user's own workspace: while the sample is being explored, the one set aside, so that an
/// import lands in the user's work and never in the sample that "Clear the sample" discards.
pub fn own(current: &Workspace) -> Workspace {
    if current.is_sample {
        current.set_aside.as_deref().cloned().unwrap_or_default()
    } else {
        current.clone()
    }
}

/// Whether `workspace` holds anything the user made: activities, drafts, a profile, kinds,
/// proposal settings. Replacing such a workspace needs the user's say-so.
pub fn holds_work(workspace: &Workspace) -> bool {
    let empty = Workspace::default();
    !workspace.activities.is_empty()
        || !workspace.drafts.is_empty()
        || !workspace.custom_kinds.is_empty()
        || workspace.profile != empty.profile
        || workspace.proposal != empty.proposal
}

/// What a file's own kinds are called here, sorted by the file's id to be looked up.
#[derive(Default)]
struct KindNames(Vec<(KindId, KindId)>);

impl KindNames {
    /// From pairs of the file's id and the id here; where the file repeats an id, its last
    /// pair counts.
    fn new(mut pairs: Vec<(KindId, KindId)>) -> KindNames {
        crate::order::sort_by(&mut pairs, |a, b| a.0.cmp(&b.0));
        let mut names: Vec<(KindId, KindId)> = Vec::new();
        for pair in pairs {
            match names.last_mut() {
                Some(last) if last.0 == pair.0 => *last = pair,
                _ => names.push(pair),
            }
        }
        KindNames(names)
    }

    /// What the file's `kind` is called here: itself when it is not one of these.
    fn here(&self, kind: &KindId) -> KindId {
        match self.0.binary_search_by(|(theirs, _)| theirs.cmp(kind)) {
            Ok(at) => self.0[at].1.clone(),
            Err(_) => kind.clone(),
        }
    }
}

/// The kind each of `incoming`'s own kinds is called here: the same name means the same kind.
fn kind_names(current: &Workspace, incoming: &Workspace) -> KindNames {
    KindNames::new(
        incoming
            .custom_kinds
            .iter()
            .filter_map(|kind| Some((kind.id.clone(), current.kind_named(&kind.label)?)))
            .collect(),
    )
}

/// An activity's content without its id and re-use link, with its kind as it is called here,
/// to recognise the same work under another id.
fn content(activity: &Activity, kinds: &KindNames) -> Activity {
    Activity {
        id: ActivityId(0),
        reuse_of: None,
        kind: kinds.here(&activity.kind),
        ..activity.clone()
    }
}

/// Activity contents (as `content` makes them) with their ids, sorted by title and day, so that
/// finding the same work takes a binary search and a few comparisons, not a pass over them all.
struct Known(Vec<(Activity, ActivityId)>);

impl Known {
    /// The activities of `workspace`.
    fn of(workspace: &Workspace) -> Known {
        let none = KindNames::default();
        let mut known: Vec<(Activity, ActivityId)> = workspace
            .activities
            .iter()
            .map(|a| (content(a, &none), a.id))
            .collect();
        crate::order::sort_by(&mut known, |(a, _), (b, _)| {
            (&a.title, a.dates.start).cmp(&(&b.title, b.dates.start))
        });
        Known(known)
    }

    /// Where activities with `wanted`'s title and day start.
    fn first_of(&self, wanted: &Activity) -> usize {
        let key = (&wanted.title, wanted.dates.start);
        self.0
            .partition_point(|(known, _)| (&known.title, known.dates.start) < key)
    }

    /// The id of the work that has exactly `wanted`'s content.
    fn find(&self, wanted: &Activity) -> Option<ActivityId> {
        self.0[self.first_of(wanted)..]
            .iter()
            .take_while(|(known, _)| {
                known.title == wanted.title && known.dates.start == wanted.dates.start
            })
            .find(|(known, _)| known == wanted)
            .map(|(_, id)| *id)
    }
}

/// For each of `contents`, the position of the first one with the same content: itself, or an
/// earlier repeat. Compared only within a title and day, found by sorting once.
fn first_equal(contents: &[Activity]) -> Vec<usize> {
    let key = |at: usize| (&contents[at].title, contents[at].dates.start);
    let mut order: Vec<usize> = (0..contents.len()).collect();
    // Stable, so within a title and day the positions stay in their order.
    crate::order::sort_by(&mut order, |a, b| key(*a).cmp(&key(*b)));
    let mut first: Vec<usize> = (0..contents.len()).collect();
    for same_day in order.chunk_by(|a, b| key(*a) == key(*b)) {
        for (n, &at) in same_day.iter().enumerate() {
            if let Some(&earlier) = same_day[..n]
                .iter()
                .find(|&&earlier| contents[earlier] == contents[at])
            {
                first[at] = first[earlier];
            }
        }
    }
    first
}

/// The activities of `incoming` that `workspace` does not hold yet, each once: importing the same
/// rows twice, or a file that repeats a row, adds nothing twice. Contents are compared only
/// within a title and day, found by sorting once, so ten thousand rows against thousands of
/// activities stay quick.
pub fn not_yet_in(workspace: &Workspace, incoming: &[Activity]) -> Vec<Activity> {
    let none = KindNames::default();
    let here = workspace.activities.len();
    // The activities here come first, so a row already here finds its first copy among them.
    let contents: Vec<Activity> = workspace
        .activities
        .iter()
        .map(|activity| &**activity)
        .chain(incoming)
        .map(|activity| content(activity, &none))
        .collect();
    let firsts = first_equal(&contents);
    incoming
        .iter()
        .enumerate()
        .filter(|(n, _)| firsts[here + n] == here + n)
        .map(|(_, activity)| activity.clone())
        .collect()
}

/// The preview of importing `incoming` over `current`.
pub fn preview(current: &Workspace, incoming: &Workspace) -> ImportPreview {
    let here = positions(&current.activities);
    let there: HashSet<ActivityId> = incoming.activities.iter().map(|a| a.id).collect();
    let removed = current
        .activities
        .iter()
        .filter(|a| !there.contains(&a.id))
        .count();
    let changed = incoming
        .activities
        .iter()
        .filter(|a| {
            here.get(&a.id)
                .is_some_and(|at| current.activities[*at] != **a)
        })
        .count();
    let kinds = kind_names(current, incoming);
    let known = Known::of(current);
    let added_by_merge = incoming
        .activities
        .iter()
        .filter(|a| known.find(&content(a, &kinds)).is_none())
        .count();
    let span = incoming.activities.iter().fold(None, |span, a| {
        let (first, last) = (a.dates.start, a.dates.last_day());
        Some(match span {
            Some((x, y)) => (first.min(x), last.max(y)),
            None => (first, last),
        })
    });
    ImportPreview {
        incoming: incoming.activities.len(),
        span,
        removed,
        changed,
        added_by_merge,
        profile_differs: current.profile != incoming.profile,
        other_losses: current.drafts.len()
            + current.custom_kinds.len()
            + current.proposal.overrides.len(),
    }
}

/// Fills each empty text field of `mine` from `theirs`; what the user already wrote wins.
fn fill_profile(mine: &Profile, theirs: &Profile) -> Profile {
    let pick = |a: &String, b: &String| if a.is_empty() { b.clone() } else { a.clone() };
    Profile {
        name: pick(&mine.name, &theirs.name),
        current_title: pick(&mine.current_title, &theirs.current_title),
        current_level: pick(&mine.current_level, &theirs.current_level),
        team: pick(&mine.team, &theirs.team),
        company: pick(&mine.company, &theirs.company),
        product: pick(&mine.product, &theirs.product),
        developers_served: pick(&mine.developers_served, &theirs.developers_served),
        company_goals: if mine.company_goals.is_empty() {
            theirs.company_goals.clone()
        } else {
            mine.company_goals.clone()
        },
        target_title: pick(&mine.target_title, &theirs.target_title),
        ..mine.clone()
    }
}

/// `current` with the activities of `incoming` it does not have yet, under fresh ids. Custom
/// kinds come along (matched by name), re-use links are kept inside the imported set, the
/// profile keeps what is filled in here and takes the rest from the file, and the proposal
/// settings stay as they are.
pub fn merge(current: &Workspace, incoming: &Workspace) -> Workspace {
    let mut merged = current.clone();
    let mut kind_ids = Vec::new();
    for kind in &incoming.custom_kinds {
        let id = match merged.kind_named(&kind.label) {
            Some(existing) => existing,
            None => {
                let id = merged.next_custom_kind_id();
                merged
                    .custom_kinds
                    .push(crate::model::taxonomy::CustomKind {
                        id: id.clone(),
                        ..kind.clone()
                    });
                id
            }
        };
        kind_ids.push((kind.id.clone(), id));
    }
    let kind_ids = KindNames::new(kind_ids);
    let known = Known::of(current);
    let contents: Vec<Activity> = incoming
        .activities
        .iter()
        .map(|a| content(a, &kind_ids))
        .collect();
    // A file that repeats an activity adds it once: each repeat goes where its first went.
    let firsts = first_equal(&contents);
    // Where each of the file's activities ends up, by its position in the file: a fresh id, or
    // the same work already here.
    let mut new_ids: Vec<ActivityId> = Vec::with_capacity(incoming.activities.len());
    let mut added = Vec::new();
    for (at, activity) in incoming.activities.iter().enumerate() {
        if let Some(here) = known.find(&contents[at]) {
            new_ids.push(here);
            continue;
        }
        if firsts[at] < at {
            new_ids.push(new_ids[firsts[at]]);
            continue;
        }
        let id = merged.allocate_id();
        new_ids.push(id);
        added.push(Activity {
            id,
            kind: kind_ids.here(&activity.kind),
            ..(**activity).clone()
        });
    }
    let in_file = positions(&incoming.activities);
    for activity in &mut added {
        activity.reuse_of = activity
            .reuse_of
            .and_then(|id| in_file.get(&id).map(|at| new_ids[*at]));
    }
    merged.activities.extend(added.into_iter().map(Rc::new));
    merged.profile = fill_profile(&current.profile, &incoming.profile);
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::sample::sample_workspace;
    use crate::model::taxonomy::{ActivityGroup, CustomKind};

    fn today() -> Date {
        Date::from_ymd_opt(2026, 11, 22).unwrap()
    }

    fn with(activities: Vec<Activity>) -> Workspace {
        let mut workspace = Workspace {
            activities: activities.into_iter().map(Rc::new).collect(),
            ..Workspace::default()
        };
        workspace.next_id = workspace
            .activities
            .iter()
            .map(|a| a.id.0 + 1)
            .max()
            .unwrap_or(0);
        workspace
    }

    #[test]
    fn rows_already_here_or_repeated_in_the_file_are_not_yet_in_once() {
        let mut mine = with(vec![
            Activity::example(1, "Talk"),
            Activity::example(2, "Post"),
        ]);
        mine.activities.push(Rc::clone(&mine.activities[0]));
        let longer = Activity {
            hours: 5.0,
            ..Activity::example(0, "Talk")
        };
        let next_day = Activity {
            dates: crate::model::activity::DateSpan {
                start: today(),
                end: None,
            },
            ..Activity::example(0, "Post")
        };
        let rows = [
            Activity::example(0, "Zine"),
            Activity::example(0, "Talk"),
            longer.clone(),
            next_day.clone(),
            Activity::example(0, "Post"),
            longer.clone(),
            Activity::example(0, "Zine"),
        ];
        assert_eq!(
            not_yet_in(&mine, &rows),
            [Activity::example(0, "Zine"), longer, next_day],
            "in the file's order, each new content once"
        );
        assert!(not_yet_in(&mine, &[]).is_empty());
    }

    #[test]
    fn a_kind_the_file_names_twice_is_called_what_its_last_entry_says() {
        let kind = |id: &str| KindId(id.into());
        let names = KindNames::new(vec![
            (kind("custom-2"), kind("talk")),
            (kind("custom-1"), kind("custom-7")),
            (kind("custom-2"), kind("custom-9")),
        ]);
        assert_eq!(names.here(&kind("custom-1")), kind("custom-7"));
        assert_eq!(names.here(&kind("custom-2")), kind("custom-9"));
        assert_eq!(names.here(&kind("custom-3")), kind("custom-3"));
        assert_eq!(KindNames::default().here(&kind("talk")), kind("talk"));
    }

    #[test]
    fn the_preview_counts_what_replacing_and_merging_would_do() {
        let mine = with(vec![
            Activity::example(1, "Kept"),
            Activity::example(2, "Edited here"),
            Activity::example(3, "Only here"),
        ]);
        let theirs = with(vec![
            Activity::example(1, "Kept"),
            Activity::example(2, "Edited there"),
            Activity::example(4, "Only there"),
        ]);
        let preview = preview(&mine, &theirs);
        assert_eq!(preview.incoming, 3);
        assert_eq!(preview.removed, 1, "activity 3 would go when replacing");
        assert_eq!(preview.changed, 1, "activity 2 differs");
        assert_eq!(
            preview.added_by_merge, 2,
            "merging adds the edited and the new one"
        );
        assert!(!preview.profile_differs);
        assert!(preview.span.is_some());
    }

    #[test]
    fn merging_adds_only_new_work_under_fresh_ids_and_keeps_reuse_inside_the_import() {
        let mine = with(vec![Activity::example(1, "Talk")]);
        let mut derived = Activity::example(2, "Video of the talk");
        derived.reuse_of = Some(ActivityId(1));
        let mut from_elsewhere = Activity::example(1, "Original elsewhere");
        from_elsewhere.kind = KindId("custom-1".into());
        let mut their_derived = derived.clone();
        their_derived.id = ActivityId(7);
        their_derived.reuse_of = Some(ActivityId(1));
        let mut theirs = with(vec![
            Activity::example(5, "Talk"),
            from_elsewhere,
            their_derived,
        ]);
        theirs.activities.swap(0, 1);
        theirs.custom_kinds.push(CustomKind {
            id: KindId("custom-1".into()),
            label: "Hack week".into(),
            group: ActivityGroup::Culture,
            stages: vec![],
            units: vec![],
        });
        theirs.profile.name = "From the file".into();
        let merged = merge(&mine, &theirs);
        let titles: Vec<&str> = merged.activities.iter().map(|a| a.title.as_str()).collect();
        assert_eq!(
            titles,
            ["Talk", "Original elsewhere", "Video of the talk"],
            "the same talk under another id is not added twice"
        );
        let ids: Vec<u64> = merged.activities.iter().map(|a| a.id.0).collect();
        assert_eq!(ids, [1, 2, 3]);
        assert_eq!(
            merged.activities[2].reuse_of,
            Some(ActivityId(2)),
            "re-use follows the imported original"
        );
        assert_eq!(merged.custom_kinds.len(), 1);
        assert_eq!(merged.activities[1].kind, merged.custom_kinds[0].id);
        assert_eq!(
            merged.profile.name, "From the file",
            "an empty name is filled"
        );
        let again = merge(&merged, &theirs);
        assert_eq!(again.activities.len(), 3, "merging twice adds nothing");
        let mut repeated = theirs.clone();
        repeated.activities.push(Rc::new(Activity {
            id: ActivityId(9),
            ..(*theirs.activities[1]).clone()
        }));
        assert_eq!(
            merge(&mine, &repeated).activities.len(),
            3,
            "a file that repeats an activity adds it once"
        );
    }

    /// Thousands of activities on both sides, many sharing a title and a day: the same work is
    /// found wherever it sits, and different work under the same title and day is not taken
    /// for it.
    #[test]
    fn large_merges_find_the_same_work_among_thousands() {
        let mine = crate::model::generated::workspace(7, 2_000, today());
        let theirs = crate::model::generated::workspace(8, 2_000, today());
        assert_eq!(preview(&mine, &mine).added_by_merge, 0);
        assert_eq!(merge(&mine, &mine).activities.len(), 2_000);

        let expected = not_yet_in(
            &mine,
            &theirs
                .activities
                .iter()
                .map(|a| (**a).clone())
                .collect::<Vec<_>>(),
        )
        .len();
        assert!(expected > 0);
        assert_eq!(preview(&mine, &theirs).added_by_merge, expected);
        let merged = merge(&mine, &theirs);
        assert_eq!(merged.activities.len(), 2_000 + expected);
        assert_eq!(
            preview(&merged, &theirs).added_by_merge,
            0,
            "merging twice adds nothing"
        );

        // A file that repeats its own activities under other ids adds each once.
        let mut repeating = theirs.clone();
        for (n, activity) in theirs.activities.iter().take(50).enumerate() {
            repeating.activities.push(Rc::new(Activity {
                id: ActivityId(1_000_000 + n as u64),
                ..(**activity).clone()
            }));
        }
        assert_eq!(merge(&mine, &repeating).activities.len(), 2_000 + expected);
    }

    #[test]
    fn a_reuse_of_work_already_here_points_at_the_local_copy() {
        let mine = with(vec![Activity::example(4, "Talk")]);
        let mut video = Activity::example(2, "Video of the talk");
        video.reuse_of = Some(ActivityId(1));
        let theirs = with(vec![Activity::example(1, "Talk"), video]);
        let merged = merge(&mine, &theirs);
        assert_eq!(merged.activities.len(), 2);
        assert_eq!(merged.activities[1].reuse_of, Some(ActivityId(4)));
    }

    #[test]
    fn while_the_sample_is_explored_imports_land_in_the_user_s_own_work() {
        let mut mine = with(vec![Activity::example(1, "Mine")]);
        assert!(holds_work(&mine));
        assert!(!holds_work(&Workspace::default()));
        let sample = Workspace {
            is_sample: true,
            set_aside: Some(Box::new(mine.clone())),
            ..sample_workspace(today())
        };
        assert_eq!(own(&sample), mine);
        mine.is_sample = false;
        assert_eq!(own(&mine), mine);
        let drafts_only = Workspace {
            drafts: vec![crate::model::workspace::StoredDraft::default()],
            ..Workspace::default()
        };
        assert!(holds_work(&drafts_only), "a draft is work too");
    }

    #[test]
    fn what_the_user_wrote_wins_over_the_file() {
        let mut mine = sample_workspace(today());
        mine.profile.name = "Me".into();
        let mut theirs = Workspace::default();
        theirs.profile.name = "Them".into();
        theirs.profile.team = "Their team".into();
        let merged = merge(&mine, &theirs);
        assert_eq!(merged.profile.name, "Me");
        assert_eq!(merged.profile.team, mine.profile.team);
        assert_eq!(merged.proposal, mine.proposal);
    }
}
