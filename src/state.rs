//! Every change to the workspace is an `Action` applied by one pure function, `reduce`;
//! `History` keeps the last 50 states so any change can be undone and redone, and is the state
//! yew's `use_reducer` holds (the `Reducible` glue at the end of this file).

use std::collections::{HashSet, VecDeque};
use std::rc::Rc;

use crate::export::backup::{not_yet_in, own};
use crate::model::activity::{Activity, ActivityId};
use crate::model::profile::Profile;
use crate::model::proposal::{ProposalSettings, SectionKind};
use crate::model::taxonomy::{ActivityGroup, CustomKind};
use crate::model::validation::ActivityDraft;
use crate::model::workspace::{StoredDraft, Workspace};

/// How many changes can be undone.
pub const UNDO_LIMIT: usize = 50;

/// A change the user asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Adds a validated activity when its id is new, replaces the one with its id otherwise.
    SaveActivity(Activity),
    /// Adds a copy of the activity right after it, with a fresh id.
    DuplicateActivity(ActivityId),
    /// Removes these activities; re-uses that pointed at them stop pointing anywhere.
    DeleteActivities(Vec<ActivityId>),
    SetProfile(Profile),
    /// Changes how the proposal is put together.
    SetProposal(ProposalSettings),
    /// Replaces a section of the proposal with the user's text, or resets it with `None`.
    EditSection {
        kind: SectionKind,
        text: Option<String>,
    },
    /// Adds a kind of the user's own; its id is `custom-<n>`.
    AddCustomKind {
        label: String,
        group: ActivityGroup,
    },
    /// Adds imported activities under fresh ids, as one undoable step, skipping any already
    /// there. While the sample is explored they go to the user's own work, not the sample.
    ImportActivities(Vec<Activity>),
    /// Swaps in a whole workspace: another tab's version, or an import.
    ReplaceWorkspace(Workspace),
    /// Loads the sample, keeping the user's own workspace aside until the sample is cleared.
    LoadSample(Workspace),
    /// Puts the user's own workspace back.
    ClearSample,
    /// Adds drafts to complete later.
    AddDrafts(Vec<ActivityDraft>),
    /// Keeps what was typed into the draft with this id.
    UpdateDraft {
        id: u64,
        draft: ActivityDraft,
    },
    RemoveDraft(u64),
    /// Saves the activity a draft became and removes the draft (if it is still there), as one
    /// undoable step. The activity is saved even if the draft has gone meanwhile.
    CompleteDraft {
        id: u64,
        activity: Activity,
    },
}

impl Action {
    /// What the change did, in words for an undo button or a status message.
    pub fn describe(&self) -> String {
        match self {
            Action::SaveActivity(activity) => format!("Saved \u{201c}{}\u{201d}", activity.title),
            Action::DuplicateActivity(_) => "Duplicated an activity".into(),
            Action::DeleteActivities(ids) if ids.len() == 1 => "Deleted 1 activity".into(),
            Action::DeleteActivities(ids) => format!("Deleted {} activities", ids.len()),
            Action::SetProfile(_) => "Updated the profile".into(),
            Action::SetProposal(_) => "Changed the proposal settings".into(),
            Action::EditSection {
                kind,
                text: Some(_),
            } => {
                format!("Rewrote \u{201c}{}\u{201d}", kind.title())
            }
            Action::EditSection { kind, text: None } => {
                format!("Reset \u{201c}{}\u{201d} to generated", kind.title())
            }
            Action::AddCustomKind { label, .. } => {
                format!("Added the kind \u{201c}{label}\u{201d}")
            }
            Action::ImportActivities(activities) if activities.len() == 1 => {
                "Imported 1 activity".into()
            }
            Action::ImportActivities(activities) => {
                format!("Imported {} activities", activities.len())
            }
            Action::ReplaceWorkspace(_) => "Replaced the workspace".into(),
            Action::LoadSample(_) => "Loaded the sample workspace".into(),
            Action::ClearSample => "Cleared the sample".into(),
            Action::AddDrafts(drafts) if drafts.len() == 1 => "Added 1 draft to complete".into(),
            Action::AddDrafts(drafts) => format!("Added {} drafts to complete", drafts.len()),
            Action::UpdateDraft { .. } => "Kept the draft".into(),
            Action::RemoveDraft(_) => "Removed a draft".into(),
            Action::CompleteDraft { activity, .. } => {
                format!("Saved \u{201c}{}\u{201d}", activity.title)
            }
        }
    }
}

/// Adds `activity` when its id is new, replaces the one with its id otherwise; `false` when an
/// identical activity was already there.
fn save_activity(workspace: &mut Workspace, activity: &Activity) -> bool {
    let saved = Rc::new(activity.clone());
    match workspace
        .activities
        .iter_mut()
        .find(|a| a.id == activity.id)
    {
        Some(existing) if **existing == *activity => return false,
        Some(existing) => *existing = saved,
        None => workspace.activities.push(saved),
    }
    workspace.next_id = workspace.next_id.max(activity.id.0 + 1);
    true
}

/// The workspace after `action`, or `None` when the action changes nothing.
pub fn reduce(workspace: &Workspace, action: &Action) -> Option<Workspace> {
    // Actions that swap the whole workspace need no copy of the current one to edit.
    let mut next = match action {
        Action::ReplaceWorkspace(replacement) => {
            return (replacement != workspace).then(|| replacement.clone());
        }
        Action::LoadSample(sample) => {
            let own = if workspace.is_sample {
                workspace.set_aside.clone()
            } else {
                Some(Box::new(workspace.clone()))
            };
            return Some(Workspace {
                set_aside: own,
                is_sample: true,
                ..sample.clone()
            });
        }
        Action::ClearSample => {
            return workspace
                .is_sample
                .then(|| workspace.set_aside.as_deref().cloned().unwrap_or_default());
        }
        _ => workspace.clone(),
    };
    match action {
        // Returned above.
        Action::ReplaceWorkspace(_) | Action::LoadSample(_) | Action::ClearSample => {}
        Action::SaveActivity(activity) => {
            if !save_activity(&mut next, activity) {
                return None;
            }
        }
        Action::DuplicateActivity(id) => {
            let position = next.activities.iter().position(|a| a.id == *id)?;
            let mut copy = (*next.activities[position]).clone();
            copy.id = next.allocate_id();
            next.activities.insert(position + 1, Rc::new(copy));
        }
        Action::DeleteActivities(ids) => {
            let doomed: HashSet<_> = ids.iter().copied().collect();
            next.activities.retain(|a| !doomed.contains(&a.id));
            if next.activities.len() == workspace.activities.len() {
                return None;
            }
            for activity in &mut next.activities {
                if activity
                    .reuse_of
                    .is_some_and(|original| doomed.contains(&original))
                {
                    Rc::make_mut(activity).reuse_of = None;
                }
            }
        }
        Action::SetProfile(profile) => {
            if next.profile == *profile {
                return None;
            }
            next.profile = profile.clone();
        }
        Action::SetProposal(settings) => {
            if next.proposal == *settings {
                return None;
            }
            next.proposal = settings.clone();
        }
        Action::EditSection { kind, text } => {
            let settings = next.proposal.with_override(*kind, text.as_deref());
            if next.proposal == settings {
                return None;
            }
            next.proposal = settings;
        }
        Action::AddCustomKind { label, group } => {
            if label.trim().is_empty() || next.kind_named(label).is_some() {
                return None;
            }
            let id = next.next_custom_kind_id();
            next.custom_kinds.push(CustomKind {
                id,
                label: label.trim().to_owned(),
                group: *group,
                stages: Vec::new(),
                units: Vec::new(),
            });
        }
        Action::ImportActivities(activities) => {
            if workspace.is_sample {
                next = own(workspace);
            }
            let before = next.activities.len();
            for activity in not_yet_in(&next, activities) {
                let id = next.allocate_id();
                next.activities.push(Rc::new(Activity {
                    id,
                    reuse_of: None,
                    ..activity.clone()
                }));
            }
            if next.activities.len() == before && !workspace.is_sample {
                return None;
            }
        }
        Action::AddDrafts(drafts) => {
            if drafts.is_empty() {
                return None;
            }
            for draft in drafts {
                let id = next.next_draft_id;
                next.next_draft_id += 1;
                next.drafts.push(StoredDraft {
                    id,
                    draft: draft.clone(),
                });
            }
        }
        Action::UpdateDraft { id, draft } => {
            let slot = next.drafts.iter_mut().find(|stored| stored.id == *id)?;
            if slot.draft == *draft {
                return None;
            }
            slot.draft = draft.clone();
        }
        Action::RemoveDraft(id) => {
            let before = next.drafts.len();
            next.drafts.retain(|stored| stored.id != *id);
            if next.drafts.len() == before {
                return None;
            }
        }
        Action::CompleteDraft { id, activity } => {
            next.drafts.retain(|stored| stored.id != *id);
            save_activity(&mut next, activity);
        }
    }
    Some(next)
}

/// A step of history: the workspace, and what the change that left it did.
type Step = (Rc<Workspace>, String);

/// The current workspace with the states before and after it, for undo and redo.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    past: VecDeque<Step>,
    present: Rc<Workspace>,
    future: Vec<Step>,
}

impl History {
    /// A history whose only state is `workspace` (shared, not copied, when given an `Rc`).
    pub fn new(workspace: impl Into<Rc<Workspace>>) -> History {
        History {
            present: workspace.into(),
            ..History::default()
        }
    }

    /// The workspace as it is now.
    pub fn present(&self) -> &Workspace {
        &self.present
    }

    /// The workspace as it is now, shared.
    pub fn present_rc(&self) -> Rc<Workspace> {
        Rc::clone(&self.present)
    }

    /// Applies `action`; returns whether anything changed. A change clears the redo list.
    pub fn apply(&mut self, action: &Action) -> bool {
        let Some(next) = reduce(&self.present, action) else {
            return false;
        };
        let previous = std::mem::replace(&mut self.present, Rc::new(next));
        self.past.push_back((previous, action.describe()));
        if self.past.len() > UNDO_LIMIT {
            self.past.pop_front();
        }
        self.future.clear();
        true
    }

    /// What undo would take back, if anything.
    pub fn undo_label(&self) -> Option<&str> {
        self.past.back().map(|(_, label)| label.as_str())
    }

    /// What redo would bring back, if anything.
    pub fn redo_label(&self) -> Option<&str> {
        self.future.last().map(|(_, label)| label.as_str())
    }

    /// Steps back one change; returns what was undone.
    pub fn undo(&mut self) -> Option<String> {
        let (previous, label) = self.past.pop_back()?;
        let current = std::mem::replace(&mut self.present, previous);
        self.future.push((current, label.clone()));
        Some(label)
    }

    /// Steps forward one undone change; returns what was redone.
    pub fn redo(&mut self) -> Option<String> {
        let (next, label) = self.future.pop()?;
        let current = std::mem::replace(&mut self.present, next);
        self.past.push_back((current, label.clone()));
        Some(label)
    }
}

/// A shared value compared by identity rather than contents: for a workspace, "is this the same
/// state" is a pointer comparison instead of a walk over thousands of activities.
#[derive(Debug)]
pub struct ByIdentity<T>(pub Rc<T>);

impl<T> Clone for ByIdentity<T> {
    fn clone(&self) -> Self {
        ByIdentity(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for ByIdentity<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What the UI asks of the history.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Apply(Box<Action>),
    Undo,
    Redo,
}

impl yew::Reducible for History {
    type Action = Command;

    fn reduce(self: Rc<Self>, command: Command) -> Rc<Self> {
        let mut history = Rc::unwrap_or_clone(self);
        match command {
            Command::Apply(action) => {
                history.apply(&action);
            }
            Command::Undo => {
                history.undo();
            }
            Command::Redo => {
                history.redo();
            }
        }
        Rc::new(history)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::activity::DateSpan;
    use crate::model::dates::Date;
    use crate::model::taxonomy::KindId;

    fn activity(id: u64, title: &str) -> Activity {
        Activity {
            dates: DateSpan {
                start: Date::from_ymd_opt(2026, 1, id as u32 % 28 + 1).unwrap(),
                end: None,
            },
            ..Activity::example(id, title)
        }
    }

    fn titles(workspace: &Workspace) -> Vec<&str> {
        workspace
            .activities
            .iter()
            .map(|a| a.title.as_str())
            .collect()
    }

    fn with(activities: &[(u64, &str)]) -> Workspace {
        let mut history = History::default();
        for (id, title) in activities {
            history.apply(&Action::SaveActivity(activity(*id, title)));
        }
        history.present().clone()
    }

    #[test]
    fn saving_adds_new_ids_and_replaces_known_ones() {
        let workspace = with(&[(0, "a"), (1, "b")]);
        assert_eq!(titles(&workspace), ["a", "b"]);
        assert_eq!(workspace.next_id, 2);
        let edited = reduce(&workspace, &Action::SaveActivity(activity(0, "a2"))).unwrap();
        assert_eq!(titles(&edited), ["a2", "b"]);
        assert_eq!(
            reduce(&edited, &Action::SaveActivity(activity(0, "a2"))),
            None,
            "saving an unchanged activity is not a change"
        );
    }

    #[test]
    fn duplicating_inserts_a_copy_after_the_original_with_a_fresh_id() {
        let workspace = with(&[(0, "a"), (1, "b")]);
        let next = reduce(&workspace, &Action::DuplicateActivity(ActivityId(0))).unwrap();
        assert_eq!(titles(&next), ["a", "a", "b"]);
        assert_eq!(next.activities[1].id, ActivityId(2));
        assert_eq!(next.next_id, 3);
        assert_eq!(
            reduce(&workspace, &Action::DuplicateActivity(ActivityId(9))),
            None
        );
    }

    #[test]
    fn deleting_several_also_clears_reuses_of_them() {
        let mut workspace = with(&[(0, "talk"), (1, "post"), (2, "video")]);
        let mut video = activity(2, "video");
        video.reuse_of = Some(ActivityId(0));
        workspace = reduce(&workspace, &Action::SaveActivity(video)).unwrap();
        let next = reduce(
            &workspace,
            &Action::DeleteActivities(vec![ActivityId(0), ActivityId(1)]),
        )
        .unwrap();
        assert_eq!(titles(&next), ["video"]);
        assert_eq!(next.activities[0].reuse_of, None);
        assert_eq!(next.next_id, 3, "deleted ids are never handed out again");
        assert_eq!(
            reduce(&next, &Action::DeleteActivities(vec![ActivityId(0)])),
            None
        );
    }

    #[test]
    fn custom_kinds_get_unused_ids() {
        let add = |label: &str| Action::AddCustomKind {
            label: label.into(),
            group: ActivityGroup::Community,
        };
        let one = reduce(&Workspace::default(), &add(" Meetup host ")).unwrap();
        let two = reduce(&one, &add("Forum moderation")).unwrap();
        let ids: Vec<_> = two.custom_kinds.iter().map(|k| k.id.0.as_str()).collect();
        assert_eq!(ids, ["custom-1", "custom-2"]);
        assert_eq!(two.custom_kinds[0].label, "Meetup host");
        assert_eq!(
            two.kind_named(" meetup HOST"),
            Some(KindId("custom-1".into()))
        );
        assert_eq!(
            reduce(&two, &add("Meetup Host")),
            None,
            "no two kinds share a name"
        );
        assert_eq!(
            reduce(&two, &add("blog post")),
            None,
            "nor a built-in kind's name"
        );
        assert_eq!(reduce(&two, &add("  ")), None);
        assert_eq!(two.next_custom_kind_id(), KindId("custom-3".into()));
    }

    #[test]
    fn undo_and_redo_walk_the_history_and_a_new_change_clears_redo() {
        let mut history = History::default();
        assert!(history.apply(&Action::SaveActivity(activity(0, "a"))));
        assert!(history.apply(&Action::DeleteActivities(vec![ActivityId(0)])));
        assert_eq!(history.undo_label(), Some("Deleted 1 activity"));

        assert_eq!(history.undo().as_deref(), Some("Deleted 1 activity"));
        assert_eq!(titles(history.present()), ["a"]);
        assert_eq!(history.redo_label(), Some("Deleted 1 activity"));
        assert_eq!(history.redo().as_deref(), Some("Deleted 1 activity"));
        assert!(history.present().activities.is_empty());

        history.undo();
        history.apply(&Action::SaveActivity(activity(5, "b")));
        assert_eq!(
            history.redo_label(),
            None,
            "a new change forgets what was undone"
        );
        assert_eq!(history.redo(), None);
    }

    #[test]
    fn no_op_actions_leave_no_undo_step() {
        let mut history = History::default();
        assert!(!history.apply(&Action::DeleteActivities(vec![ActivityId(1)])));
        assert!(!history.apply(&Action::SetProfile(Profile::default())));
        assert_eq!(history.undo(), None);
    }

    #[test]
    fn only_the_last_fifty_changes_can_be_undone() {
        let mut history = History::default();
        for id in 0..60 {
            history.apply(&Action::SaveActivity(activity(id, "x")));
        }
        let mut undone = 0;
        while history.undo().is_some() {
            undone += 1;
        }
        assert_eq!(undone, UNDO_LIMIT);
        assert_eq!(history.present().activities.len(), 10);
    }

    #[test]
    fn history_shares_activities_instead_of_copying_them() {
        let mut history = History::new(with(&[(0, "a"), (1, "b")]));
        let before = Rc::clone(&history.present().activities[1]);
        history.apply(&Action::SaveActivity(activity(0, "a2")));
        assert!(Rc::ptr_eq(&before, &history.present().activities[1]));
    }

    #[test]
    fn a_completed_draft_becomes_an_activity_in_one_undoable_step() {
        let mut history = History::default();
        let draft = ActivityDraft {
            title: "Half-remembered meetup".into(),
            ..ActivityDraft::default()
        };
        assert!(history.apply(&Action::AddDrafts(vec![
            draft.clone(),
            ActivityDraft::default()
        ])));
        assert_eq!(history.undo_label(), Some("Added 2 drafts to complete"));
        let ids: Vec<u64> = history.present().drafts.iter().map(|d| d.id).collect();
        assert_eq!(ids, [0, 1]);
        let kept = ActivityDraft {
            title: "Berlin meetup".into(),
            ..draft
        };
        assert!(history.apply(&Action::UpdateDraft {
            id: 0,
            draft: kept.clone()
        }));
        assert_eq!(history.present().drafts[0].draft, kept);
        assert!(history.apply(&Action::CompleteDraft {
            id: 0,
            activity: activity(0, "Berlin meetup")
        }));
        assert_eq!(history.present().drafts.len(), 1);
        assert_eq!(titles(history.present()), ["Berlin meetup"]);
        history.undo();
        assert_eq!(history.present().drafts.len(), 2);
        assert!(history.present().activities.is_empty());
        assert!(!history.apply(&Action::RemoveDraft(7)));
        assert!(history.apply(&Action::RemoveDraft(1)));
        assert_eq!(
            history.present().drafts[0].id,
            0,
            "ids do not shift when another goes"
        );
    }

    #[test]
    fn completing_a_draft_that_has_gone_still_saves_the_activity() {
        let mut history = History::default();
        history.apply(&Action::AddDrafts(vec![ActivityDraft::default()]));
        history.undo();
        assert!(history.apply(&Action::CompleteDraft {
            id: 0,
            activity: activity(0, "Kept")
        }));
        assert_eq!(titles(history.present()), ["Kept"], "nothing typed is lost");
    }

    #[test]
    fn the_sample_sets_the_users_workspace_aside_and_clearing_restores_it() {
        let mut own = with(&[(0, "mine")]);
        own.profile.name = "Amira".into();
        let mut history = History::new(own.clone());
        let sample = Workspace {
            activities: with(&[(0, "sample")]).activities,
            ..Workspace::default()
        };
        assert!(history.apply(&Action::LoadSample(sample.clone())));
        assert!(history.present().is_sample);
        assert_eq!(titles(history.present()), ["sample"]);
        assert!(
            history.apply(&Action::LoadSample(sample)),
            "reloading keeps the same aside"
        );
        assert!(history.apply(&Action::ClearSample));
        assert_eq!(*history.present(), own);
        assert!(!history.apply(&Action::ClearSample), "nothing to clear now");
    }

    #[test]
    fn imports_skip_work_already_there_and_land_in_the_users_own_workspace() {
        let mine = with(&[(0, "mine")]);
        let mut history = History::new(mine.clone());
        // The same work under another id, as a re-imported file would bring it.
        let again = Activity {
            id: ActivityId(7),
            ..activity(0, "mine")
        };
        let rows = vec![again, activity(8, "new")];
        assert!(history.apply(&Action::ImportActivities(rows.clone())));
        assert_eq!(titles(history.present()), ["mine", "new"]);
        assert!(
            !history.apply(&Action::ImportActivities(rows.clone())),
            "the same file twice adds nothing"
        );
        let sample = Workspace {
            activities: with(&[(0, "sample")]).activities,
            ..Workspace::default()
        };
        let mut exploring = History::new(mine);
        assert!(exploring.apply(&Action::LoadSample(sample)));
        assert!(exploring.apply(&Action::ImportActivities(rows)));
        assert!(!exploring.present().is_sample);
        assert_eq!(titles(exploring.present()), ["mine", "new"]);
    }

    #[test]
    fn descriptions_read_as_sentences_for_one_and_many() {
        assert_eq!(
            Action::DeleteActivities(vec![ActivityId(1), ActivityId(2)]).describe(),
            "Deleted 2 activities"
        );
        assert_eq!(
            Action::SaveActivity(activity(0, "Rust at scale")).describe(),
            "Saved \u{201c}Rust at scale\u{201d}"
        );
    }
}
