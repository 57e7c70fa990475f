//! Everything the user has entered, and how it is written to and read back from JSON.
//!
//! Saved data carries a schema version. Reading runs every migration from the stored version up
//! to the current one, so a workspace saved by any earlier release still opens.

use std::collections::HashSet;
use std::rc::Rc;

use thiserror::Error;

use crate::model::activity::{Activity, ActivityId};
use crate::model::json::{self, Json, JsonError, Reader, Value, Writer};
use crate::model::profile::Profile;
use crate::model::proposal::ProposalSettings;
use crate::model::taxonomy::{CustomKind, KindId, BUILTIN_KINDS};
use crate::model::validation::ActivityDraft;

/// Upgrades a stored workspace from schema `n` to `n + 1`; index 0 upgrades schema 1.
type Migration = fn(Value) -> Value;

/// Every migration, oldest first. Add one here, never edit one, when the format changes.
const MIGRATIONS: &[Migration] = &[];

/// The schema version this release writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32 + 1;

/// The marker that tells our files from any other JSON.
const APP_MARKER: &str = "rolecase";

/// The user's whole workspace: the single source of truth the app edits and saves.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workspace {
    pub profile: Profile,
    /// Shared with undo history, so keeping 50 past states costs pointers, not copies.
    pub activities: Vec<Rc<Activity>>,
    pub custom_kinds: Vec<CustomKind>,
    /// How the proposal is put together, and the sections the user rewrote.
    pub proposal: ProposalSettings,
    /// Activities started (from the first-run checklist, say) but not yet complete enough to save.
    pub drafts: Vec<StoredDraft>,
    /// The next id to hand out; always above every id in `activities`.
    pub next_id: u64,
    /// The next draft id to hand out; always above every id in `drafts`.
    pub next_draft_id: u64,
    /// Whether this is the sample workspace, loaded to explore and meant to be cleared.
    pub is_sample: bool,
    /// While the sample is loaded, the user's own workspace, restored when the sample is cleared.
    pub set_aside: Option<Box<Workspace>>,
}

/// Missing fields take their defaults; `set_aside` is left out of the JSON when there is none.
impl Json for Workspace {
    fn write_json(&self, w: &mut Writer) {
        w.object();
        w.field("profile", &self.profile);
        w.field("activities", &self.activities);
        w.field("custom_kinds", &self.custom_kinds);
        w.field("proposal", &self.proposal);
        w.field("drafts", &self.drafts);
        w.field("next_id", &self.next_id);
        w.field("next_draft_id", &self.next_draft_id);
        w.field("is_sample", &self.is_sample);
        if self.set_aside.is_some() {
            w.field("set_aside", &self.set_aside);
        }
        w.end_object();
    }

    fn read_json(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        let mut workspace = Workspace::default();
        r.object()?;
        while let Some(key) = r.key()? {
            match &*key {
                "profile" => workspace.profile = Profile::read_json(r)?,
                "activities" => workspace.activities = Vec::read_json(r)?,
                "custom_kinds" => workspace.custom_kinds = Vec::read_json(r)?,
                "proposal" => workspace.proposal = ProposalSettings::read_json(r)?,
                "drafts" => workspace.drafts = Vec::read_json(r)?,
                "next_id" => workspace.next_id = r.u64()?,
                "next_draft_id" => workspace.next_draft_id = r.u64()?,
                "is_sample" => workspace.is_sample = r.bool()?,
                "set_aside" => workspace.set_aside = Option::read_json(r)?,
                _ => r.skip()?,
            }
        }
        Ok(workspace)
    }
}

/// A draft kept in the workspace, with an id that stays its own whatever happens to the others.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StoredDraft {
    pub id: u64,
    pub draft: ActivityDraft,
}

impl Json for StoredDraft {
    fn write_json(&self, w: &mut Writer) {
        w.object();
        w.field("id", &self.id);
        w.field("draft", &self.draft);
        w.end_object();
    }

    fn read_json(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        let (mut id, mut draft) = (None, None);
        r.object()?;
        while let Some(key) = r.key()? {
            match &*key {
                "id" => id = Some(r.u64()?),
                "draft" => draft = Some(ActivityDraft::read_json(r)?),
                _ => r.skip()?,
            }
        }
        Ok(StoredDraft {
            id: r.required(id, "id")?,
            draft: r.required(draft, "draft")?,
        })
    }
}

impl Workspace {
    /// The activity with `id`, if there is one.
    pub fn activity(&self, id: ActivityId) -> Option<&Rc<Activity>> {
        self.activities.iter().find(|activity| activity.id == id)
    }

    /// The id the next custom kind will get: the first `custom-<n>` not in use.
    pub fn next_custom_kind_id(&self) -> KindId {
        (self.custom_kinds.len() + 1..)
            .map(|n| KindId(format!("custom-{n}")))
            .find(|id| self.custom_kinds.iter().all(|kind| &kind.id != id))
            .expect("an unused number exists")
    }

    /// The kind, built-in or custom, whose name is `label` ignoring case and outer spaces.
    pub fn kind_named(&self, label: &str) -> Option<KindId> {
        let label = label.trim();
        BUILTIN_KINDS
            .iter()
            .find(|kind| kind.label.eq_ignore_ascii_case(label))
            .map(|kind| KindId::builtin(kind.id))
            .or_else(|| {
                self.custom_kinds
                    .iter()
                    .find(|kind| kind.label.trim().eq_ignore_ascii_case(label))
                    .map(|kind| kind.id.clone())
            })
    }

    /// A fresh id, never used before in this workspace.
    pub fn allocate_id(&mut self) -> ActivityId {
        let id = ActivityId(self.next_id);
        self.next_id += 1;
        id
    }
}

/// Why stored or imported data could not be opened; each message is written for the user.
#[derive(Debug, Error, PartialEq)]
pub enum LoadError {
    #[error("This is not JSON, so it cannot be a Rolecase workspace ({0}).")]
    NotJson(String),
    #[error("This JSON is not a Rolecase workspace.")]
    NotOurs,
    #[error(
        "This workspace was saved by a newer version of Rolecase (format {found}; this version \
         reads up to format {supported}). Open it in the newer version, or update this one."
    )]
    TooNew { found: u32, supported: u32 },
    #[error("This workspace is damaged and cannot be opened: {0}.")]
    Damaged(String),
}

/// The workspace as JSON, in the current schema.
pub fn to_json(workspace: &Workspace) -> String {
    write_envelope(Writer::default(), workspace).finish()
}

/// The workspace as the browser's storage keeps it (`services::storage`): `to_json`'s JSON, with
/// the characters beyond Latin-1 written as `\u` escapes when that takes less room there.
/// Chromium keeps a text made only of Latin-1 characters at a byte a character, and any other
/// text at two bytes for every character, and the first read at start-up takes time in
/// proportion: with 2,000 activities, 1,623 of their characters beyond Latin-1, that read
/// took 9-12 ms escaped against 19-22 as typed. A workspace written mostly in another script
/// would grow escaped (six characters for each of its own), so it is written a second time,
/// as typed. (Browsers count characters, not bytes, against their quota, so the escaped form
/// takes a little more of it: `storage::save` falls back to `to_json` when it does not fit.)
pub fn to_stored_json(workspace: &Workspace) -> String {
    let w = write_envelope(Writer::latin1(), workspace);
    let escaped = w.escaped_units();
    let text = w.finish();
    if escaped_is_smaller(text.chars().count(), escaped) {
        text
    } else {
        to_json(workspace)
    }
}

/// Whether a text of `chars` characters, `escaped` UTF-16 units of which were written as
/// escapes, takes no more room than the same text as typed. Escaped, it takes a byte a
/// character; as typed, two bytes for each UTF-16 unit, which is one for each escape's six
/// characters and one for every other character: 2 × (chars − 5 × escaped).
fn escaped_is_smaller(chars: usize, escaped: usize) -> bool {
    chars >= 10 * escaped
}

fn write_envelope(mut w: Writer, workspace: &Workspace) -> Writer {
    w.object();
    w.key("app");
    w.string(APP_MARKER);
    w.key("schema");
    w.u64(u64::from(SCHEMA_VERSION));
    w.field("workspace", workspace);
    w.end_object();
    w
}

/// What the envelope says about its content.
struct Header {
    app: Option<String>,
    schema: Option<u64>,
}

/// What one pass over the envelope found: `None` for the header when the text is JSON but not
/// our envelope (not an object, or a marker or schema that is not text or a whole number).
type Envelope<T> = (Option<Header>, Option<T>);

/// How to read the content of an envelope.
type ReadContent<T> = fn(&mut Reader<'_>) -> Result<T, JsonError>;

/// Reads the envelope's marker and schema, checking on the way that the whole text is JSON, and
/// the workspace with `read` if given (skipped otherwise). The fields may come in any order.
fn read_envelope<T>(text: &str, read: Option<ReadContent<T>>) -> Result<Envelope<T>, JsonError> {
    let mut r = Reader::new(text);
    let mut header = Header {
        app: None,
        schema: None,
    };
    let mut content = None;
    let mut ours = r.peek() == Some(b'{');
    if !ours {
        r.skip()?;
    } else {
        r.object()?;
        while let Some(key) = r.key()? {
            let next = r.peek();
            match (&*key, read) {
                ("app", _) if next == Some(b'"') => header.app = Some(r.string()?),
                ("schema", _) if next.is_some_and(|b| b.is_ascii_digit()) => match r.u64() {
                    Ok(schema) => header.schema = Some(schema),
                    Err(_) => ours = false,
                },
                ("app" | "schema", _) => {
                    ours &= next == Some(b'n');
                    r.skip()?;
                }
                ("workspace", Some(read)) => {
                    content = if r.null()? { None } else { Some(read(&mut r)?) };
                }
                _ => r.skip()?,
            }
        }
    }
    r.finish()?;
    Ok((ours.then_some(header), content))
}

/// Reads a workspace saved by this or any earlier release.
pub fn from_json(text: &str) -> Result<Workspace, LoadError> {
    let current = |header: &Header| {
        header.app.as_deref() == Some(APP_MARKER) && header.schema == Some(SCHEMA_VERSION.into())
    };
    // The common case takes one pass. Anything else is read again without the types, to tell
    // text that is not JSON, or not ours, from a damaged workspace, as the messages do.
    let typed = read_envelope(text, Some(Workspace::read_json));
    let header = match &typed {
        Ok((Some(header), Some(_))) if current(header) => None,
        _ => Some(match read_envelope::<Workspace>(text, None) {
            Ok((Some(header), _)) => header,
            Ok((None, _)) => return Err(LoadError::NotOurs),
            Err(error) => return Err(LoadError::NotJson(error.to_string())),
        }),
    };
    if let Some(header) = header {
        if header.app.as_deref() != Some(APP_MARKER) {
            return Err(LoadError::NotOurs);
        }
        let schema = header
            .schema
            .and_then(|schema| u32::try_from(schema).ok())
            .filter(|schema| *schema >= 1)
            .ok_or_else(|| LoadError::Damaged("its format version is missing".into()))?;
        if schema > SCHEMA_VERSION {
            return Err(LoadError::TooNew {
                found: schema,
                supported: SCHEMA_VERSION,
            });
        }
        if !MIGRATIONS.is_empty() && schema < SCHEMA_VERSION {
            return migrate(text, schema);
        }
    }
    let damaged = |error: JsonError| LoadError::Damaged(error.to_string());
    let mut workspace = typed
        .map_err(damaged)?
        .1
        .ok_or_else(|| LoadError::Damaged("it holds no workspace".into()))?;
    check_ids(&mut workspace)?;
    Ok(workspace)
}

/// Reads a workspace saved in an older `schema`: its JSON runs through every migration since,
/// as a tree of values, then is read into the types. With no migrations, this is not built.
fn migrate(text: &str, schema: u32) -> Result<Workspace, LoadError> {
    let damaged = |error: JsonError| LoadError::Damaged(error.to_string());
    let stored = read_envelope(text, Some(Value::read_json))
        .map_err(damaged)?
        .1
        .ok_or_else(|| LoadError::Damaged("it holds no workspace".into()))?;
    let current = MIGRATIONS[(schema - 1) as usize..]
        .iter()
        .fold(stored, |value, migrate| migrate(value));
    let mut workspace: Workspace = json::from_str(&json::to_string(&current)).map_err(damaged)?;
    check_ids(&mut workspace)?;
    Ok(workspace)
}

/// Refuses duplicate ids, and keeps `next_id` above every id even if the file says otherwise.
pub(crate) fn check_ids(workspace: &mut Workspace) -> Result<(), LoadError> {
    // The user's own workspace, set aside while the sample is explored, comes back on "Clear".
    if let Some(aside) = workspace.set_aside.as_deref_mut() {
        check_ids(aside)?;
    }
    let too_large = || LoadError::Damaged("an id is too large".into());
    for draft in &workspace.drafts {
        let next = draft.id.checked_add(1).ok_or_else(too_large)?;
        workspace.next_draft_id = workspace.next_draft_id.max(next);
    }
    // Sized at once: growing it step by step rehashed every id about a dozen times on the way
    // to 2,000 activities, part of each start-up.
    let mut seen = HashSet::with_capacity(workspace.activities.len());
    for activity in &workspace.activities {
        if !seen.insert(activity.id) {
            return Err(LoadError::Damaged(format!(
                "two activities share the id {}",
                activity.id.0
            )));
        }
        let next = activity.id.0.checked_add(1).ok_or_else(too_large)?;
        workspace.next_id = workspace.next_id.max(next);
    }
    Ok(())
}

/// Refuses what the editor would refuse (hours out of range, an end before the start, a link
/// that is not a web address...) in data that arrives from someone else: a shared link. Stored
/// data and the user's own backups are not held to this, so a rule added later never locks
/// anyone out of their own work.
pub fn check_values(workspace: &Workspace) -> Result<(), LoadError> {
    for activity in &workspace.activities {
        if let Err(errors) = ActivityDraft::from_activity(activity).validate(activity.id) {
            let reason = errors
                .first()
                .map_or("it is incomplete", |error| error.message.as_str());
            let title: String = activity.title.chars().take(60).collect();
            return Err(LoadError::Damaged(format!(
                "the activity \u{201c}{title}\u{201d} cannot be used: {reason}"
            )));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_workspace_round_trips() {
        let workspace = Workspace::default();
        assert_eq!(from_json(&to_json(&workspace)), Ok(workspace));
    }

    #[test]
    fn the_envelope_names_the_app_and_the_schema() {
        let json = to_json(&Workspace::default());
        assert!(
            json.starts_with(r#"{"app":"rolecase","schema":1,"workspace":{"#),
            "{json}"
        );
    }

    #[test]
    fn foreign_and_broken_input_is_refused_with_a_reason() {
        assert!(matches!(from_json("not json"), Err(LoadError::NotJson(_))));
        assert_eq!(from_json("[1,2]"), Err(LoadError::NotOurs));
        assert_eq!(
            from_json(r#"{"app":"other","schema":1}"#),
            Err(LoadError::NotOurs)
        );
        assert!(matches!(
            from_json(r#"{"app":"rolecase","schema":0,"workspace":{}}"#),
            Err(LoadError::Damaged(_))
        ));
        assert!(matches!(
            from_json(r#"{"app":"rolecase","schema":1}"#),
            Err(LoadError::Damaged(_))
        ));
        assert!(matches!(
            from_json(r#"{"app":"rolecase","schema":1,"workspace":{"activities":"oops"}}"#),
            Err(LoadError::Damaged(_))
        ));
    }

    #[test]
    fn the_envelope_s_fields_may_come_in_any_order() {
        let json = r#"{"workspace":{"next_id":7},"schema":1,"app":"rolecase"}"#;
        assert_eq!(from_json(json).map(|w| w.next_id), Ok(7));
        let relabelled = r#"{"app":"rolecase","schema":1,"workspace":{},"app":"other"}"#;
        assert_eq!(from_json(relabelled), Err(LoadError::NotOurs));
        let broken_after = r#"{"app":"rolecase","schema":1,"workspace":{},"#;
        assert!(matches!(
            from_json(broken_after),
            Err(LoadError::NotJson(_))
        ));
        let broken_inside = r#"{"app":"rolecase","schema":1,"workspace":{"next_id":}}"#;
        assert!(matches!(
            from_json(broken_inside),
            Err(LoadError::NotJson(_))
        ));
        let null = r#"{"app":"rolecase","schema":1,"workspace":null}"#;
        assert!(
            matches!(from_json(null), Err(LoadError::Damaged(m)) if m.contains("no workspace"))
        );
    }

    #[test]
    fn a_newer_format_is_refused_and_says_so() {
        let error = from_json(r#"{"app":"rolecase","schema":99,"workspace":{}}"#).unwrap_err();
        assert_eq!(
            error,
            LoadError::TooNew {
                found: 99,
                supported: SCHEMA_VERSION
            }
        );
        assert!(error.to_string().contains("newer version of Rolecase"));
    }

    #[test]
    fn duplicate_ids_are_refused_and_next_id_is_repaired() {
        let activity =
            r#"{"id":4,"kind":"demo","title":"x","dates":{"start":"2026-01-01"},"hours":1}"#;
        let duplicated = format!(
            r#"{{"app":"rolecase","schema":1,"workspace":{{"activities":[{activity},{activity}]}}}}"#
        );
        assert!(matches!(from_json(&duplicated), Err(LoadError::Damaged(m)) if m.contains("id 4")));
        let stale = format!(
            r#"{{"app":"rolecase","schema":1,"workspace":{{"next_id":1,"activities":[{activity}]}}}}"#
        );
        assert_eq!(from_json(&stale).unwrap().next_id, 5);
    }

    #[test]
    fn the_largest_id_is_refused_rather_than_wrapped() {
        let json = format!(
            r#"{{"app":"rolecase","schema":1,"workspace":{{"activities":[{{"id":{},"kind":"demo","title":"x","dates":{{"start":"2026-01-01"}},"hours":1}}]}}}}"#,
            u64::MAX
        );
        assert!(matches!(from_json(&json), Err(LoadError::Damaged(m)) if m.contains("too large")));
    }

    #[test]
    fn values_from_outside_are_held_to_the_editor_s_rules() {
        let sample = crate::model::sample::sample_workspace(
            crate::model::dates::Date::from_ymd_opt(2026, 11, 22).unwrap(),
        );
        assert_eq!(check_values(&sample), Ok(()));
        let json = r#"{"app":"rolecase","schema":1,"workspace":{"activities":[
            {"id":1,"kind":"demo","title":"Too long","dates":{"start":"2026-01-01"},"hours":5000}]}}"#;
        let workspace = from_json(json).unwrap();
        assert!(
            matches!(check_values(&workspace), Err(LoadError::Damaged(m)) if m.contains("Too long"))
        );
    }

    /// A workspace whose activities have these titles.
    fn titled(titles: &[&str]) -> Workspace {
        let activities: String = titles
            .iter()
            .enumerate()
            .map(|(i, title)| {
                let title = crate::model::json::to_string(&(*title).to_owned());
                format!(r#"{{"id":{i},"kind":"demo","title":{title},"dates":{{"start":"2026-01-01"}},"hours":1}},"#)
            })
            .collect();
        let activities = activities.trim_end_matches(',');
        from_json(&format!(
            r#"{{"app":"rolecase","schema":1,"workspace":{{"activities":[{activities}]}}}}"#
        ))
        .unwrap()
    }

    #[test]
    fn storage_gets_latin1_text_when_that_takes_less_room() {
        let mut titles = vec!["Rate limits, explained"; 30];
        titles.extend([
            "Café-Tour à Zürich",
            "日本語のチュートリアル",
            "Ελληνικά",
            "🚀 launch",
        ]);
        let workspace = titled(&titles);
        let stored = to_stored_json(&workspace);
        assert!(stored.chars().all(|c| c <= '\u{ff}'), "{stored}");
        assert!(
            stored.contains(r#""title":"Café-Tour à Zürich""#),
            "{stored}"
        );
        assert!(
            stored.contains(r#""title":"\u65e5\u672c\u8a9e"#),
            "{stored}"
        );
        assert!(
            stored.contains(r#""title":"\ud83d\ude80 launch""#),
            "{stored}"
        );
        assert_eq!(from_json(&stored), Ok(workspace.clone()));
        // The backup file keeps every character as typed.
        assert!(to_json(&workspace).contains("日本語のチュートリアル"));
    }

    #[test]
    fn escaping_is_kept_while_it_takes_no_more_room() {
        // 100 characters with 10 escapes: 100 bytes escaped, 2 × 50 as typed.
        assert!(escaped_is_smaller(100, 10));
        assert!(!escaped_is_smaller(99, 10));
        assert!(escaped_is_smaller(5, 0));
    }

    #[test]
    fn a_workspace_written_mostly_in_another_script_is_stored_as_typed() {
        let long = "開発者向けの長いチュートリアルと、その背景にある設計の考え方".repeat(4);
        let workspace = titled(&[&long, &long, "Rate limits"]);
        let stored = to_stored_json(&workspace);
        assert_eq!(stored, to_json(&workspace));
        assert_eq!(from_json(&stored), Ok(workspace));
        // Nothing to escape: the two forms are the same text.
        let plain = titled(&["Rate limits", "Café"]);
        assert_eq!(to_stored_json(&plain), to_json(&plain));
    }

    #[test]
    fn ids_are_handed_out_once() {
        let mut workspace = Workspace::default();
        let first = workspace.allocate_id();
        let second = workspace.allocate_id();
        assert_ne!(first, second);
    }
}
