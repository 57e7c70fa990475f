//! The share link: a read-only snapshot of the proposal carried in the URL fragment, which the
//! browser never sends to a server.
//!
//! A payload is a version digit followed by URL-safe base64 (no padding) of raw-deflated JSON.
//! Decoding never trusts the link: its length, the inflated size and the JSON are all checked,
//! so a tampered, truncated or hostile link gets a reason, never a crash or a hang.
//!
//! This module does everything but the compression. In the browser, the browser's own
//! compression streams deflate and inflate (`services::share`), so the app carries no
//! compressor of its own (it cost 10 KB of the compressed bundle); natively, for tests and
//! benchmarks, `encode` and `decode` use miniz_oxide at the same level of raw deflate.

use thiserror::Error;

use crate::base64url;
use crate::model::dates::Date;
use crate::model::json::{Json, JsonError, Reader, Writer};
use crate::model::profile::Profile;
use crate::model::proposal::ProposalSettings;
use crate::model::workspace::{check_ids, check_values, Workspace};

/// The format this release writes; the first character of every payload.
const VERSION: char = '1';

/// The longest link the app offers to copy: chat tools and wikis reliably keep links this long,
/// and beyond it the HTML file or the JSON backup travels better.
pub const COMFORTABLE_LINK_CHARS: usize = 8_000;

/// The longest payload the decoder reads at all: well above the links the app offers, far
/// below what it would take to keep a tab busy.
const MAX_PAYLOAD_CHARS: usize = 64_000;

/// The most activities a link may carry; more means it was not made by Rolecase.
const MAX_ACTIVITIES: usize = 2_000;

/// The largest inflated snapshot accepted: far above any real workspace's proposal, far below
/// what a decompression bomb would need to hurt.
pub const MAX_INFLATED_BYTES: usize = 8 * 1024 * 1024;

/// What a link carries: what the proposal is built from, and the day it was written, so the
/// reader sees exactly what the author saw.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    /// The day the author made the link; the proposal is built as of that day.
    pub written: Date,
    /// Profile, activities, custom kinds and proposal settings; no drafts, nothing set aside.
    pub workspace: Workspace,
}

/// Why a link could not be opened; each message is written for the person who clicked it.
#[derive(Debug, Error, PartialEq)]
pub enum ShareError {
    #[error("This link holds no proposal: the part after \u{201c}#/shared/\u{201d} is empty.")]
    Empty,
    #[error(
        "This link was made by a newer version of Rolecase (format {0}). Ask for the HTML file \
         or the JSON backup instead."
    )]
    UnknownVersion(char),
    #[error("This link is too long to be a Rolecase proposal, so it was not opened.")]
    TooLong,
    #[error(
        "This link is damaged: some of its characters were changed or cut off, often by a chat \
         tool or an email program. Ask for the link again, or for the HTML file."
    )]
    Damaged,
    #[error(
        "This link unpacks to more than {} MB, which no real proposal needs, so it was not \
         opened.",
        MAX_INFLATED_BYTES / 1024 / 1024
    )]
    TooLarge,
    #[error("This link does not hold a Rolecase proposal ({0}).")]
    NotOurs(String),
    #[error(
        "This browser cannot open share links: it lacks the compression support every current \
         browser has. Update it, or ask for the HTML file instead."
    )]
    Unsupported,
}

/// The JSON a share link compresses, before compression.
pub fn snapshot_json(workspace: &Workspace, written: Date) -> String {
    let mut w = Writer::default();
    w.object();
    w.field("written", &written);
    w.field("profile", &workspace.profile);
    w.field("activities", &workspace.activities);
    if !workspace.custom_kinds.is_empty() {
        w.field("custom_kinds", &workspace.custom_kinds);
    }
    // Most links carry the default settings; leaving them out keeps small links small.
    if workspace.proposal != ProposalSettings::default() {
        w.field("proposal", &workspace.proposal);
    }
    w.end_object();
    w.finish()
}

/// Reads what `snapshot_json` wrote; everything but the date may be missing.
fn read_snapshot(r: &mut Reader<'_>) -> Result<Snapshot, JsonError> {
    let mut written = None;
    let mut workspace = Workspace::default();
    r.object()?;
    while let Some(key) = r.key()? {
        match &*key {
            "written" => written = Some(Date::read_json(r)?),
            "profile" => workspace.profile = Profile::read_json(r)?,
            "activities" => workspace.activities = Vec::read_json(r)?,
            "custom_kinds" => workspace.custom_kinds = Vec::read_json(r)?,
            "proposal" => workspace.proposal = ProposalSettings::read_json(r)?,
            _ => r.skip()?,
        }
    }
    r.finish()?;
    Ok(Snapshot {
        written: r.required(written, "written")?,
        workspace,
    })
}

/// The payload that carries `packed`, the raw-deflated `snapshot_json`.
pub fn payload(packed: &[u8]) -> String {
    let mut payload = String::with_capacity(1 + packed.len() * 4 / 3 + 4);
    payload.push(VERSION);
    payload.push_str(&base64url::encode(packed));
    payload
}

/// The raw-deflated snapshot a payload carries, once its length, version and characters pass.
pub fn unpack(payload: &str) -> Result<Vec<u8>, ShareError> {
    let payload = payload.trim();
    let mut chars = payload.chars();
    let version = chars.next().ok_or(ShareError::Empty)?;
    if payload.len() > MAX_PAYLOAD_CHARS {
        return Err(ShareError::TooLong);
    }
    if version != VERSION {
        return Err(if version.is_ascii_digit() {
            ShareError::UnknownVersion(version)
        } else {
            ShareError::Damaged
        });
    }
    base64url::decode(chars.as_str()).ok_or(ShareError::Damaged)
}

/// The snapshot in `json`, the inflated payload, checked as strictly as the editor checks.
pub fn read(json: Vec<u8>) -> Result<Snapshot, ShareError> {
    // Read as text, like every other JSON the app reads: one instance of each reader, not two.
    let json = String::from_utf8(json).map_err(|_| ShareError::Damaged)?;
    let mut snapshot = read_snapshot(&mut Reader::new(&json))
        .map_err(|error| ShareError::NotOurs(error.to_string()))?;
    if snapshot.workspace.activities.len() > MAX_ACTIVITIES {
        return Err(ShareError::NotOurs(format!(
            "it carries more than {MAX_ACTIVITIES} activities"
        )));
    }
    let refuse = |error: crate::model::workspace::LoadError| ShareError::NotOurs(error.to_string());
    check_ids(&mut snapshot.workspace).map_err(refuse)?;
    check_values(&snapshot.workspace).map_err(refuse)?;
    Ok(snapshot)
}

/// The share payload for `workspace` as written on `written` (natively; the app uses
/// `services::share::encode`).
#[cfg(not(target_arch = "wasm32"))]
pub fn encode(workspace: &Workspace, written: Date) -> String {
    let json = snapshot_json(workspace, written);
    payload(&miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 6))
}

/// Reads a payload made by `encode`, checking everything on the way (natively; the app uses
/// `services::share::decode`).
#[cfg(not(target_arch = "wasm32"))]
pub fn decode(payload: &str) -> Result<Snapshot, ShareError> {
    let packed = unpack(payload)?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_INFLATED_BYTES)
        .map_err(|error| match error.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ShareError::TooLarge,
            _ => ShareError::Damaged,
        })?;
    read(json)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::sample::sample_workspace;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine;

    fn today() -> Date {
        Date::from_ymd_opt(2026, 11, 22).unwrap()
    }

    fn shared() -> Workspace {
        let sample = sample_workspace(today());
        Workspace {
            profile: sample.profile,
            activities: sample.activities,
            custom_kinds: sample.custom_kinds,
            proposal: sample.proposal,
            ..Workspace::default()
        }
    }

    #[test]
    fn a_payload_round_trips_and_is_url_safe() {
        let workspace = shared();
        let payload = encode(&workspace, today());
        assert!(payload.starts_with('1'));
        assert!(payload
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        let snapshot = decode(&payload).unwrap();
        assert_eq!(snapshot.written, today());
        assert_eq!(snapshot.workspace.activities, workspace.activities);
        assert_eq!(snapshot.workspace.profile, workspace.profile);
        assert_eq!(snapshot.workspace.proposal, workspace.proposal);
        let highest = workspace.activities.iter().map(|a| a.id.0).max().unwrap();
        assert!(
            snapshot.workspace.next_id > highest,
            "new ids never collide"
        );
    }

    #[test]
    fn drafts_and_the_set_aside_workspace_stay_home() {
        let mut workspace = shared();
        workspace.set_aside = Some(Box::new(shared()));
        workspace.is_sample = true;
        let decoded = decode(&encode(&workspace, today())).unwrap().workspace;
        assert!(decoded.set_aside.is_none() && !decoded.is_sample && decoded.drafts.is_empty());
    }

    #[test]
    fn hostile_text_survives_as_text() {
        let mut workspace = shared();
        workspace.profile.name = "<script>alert(1)</script> مرحبا 🎉".into();
        let decoded = decode(&encode(&workspace, today())).unwrap().workspace;
        assert_eq!(decoded.profile.name, workspace.profile.name);
    }

    #[test]
    fn damaged_links_get_a_reason_and_never_panic() {
        let payload = encode(&shared(), today());
        assert_eq!(decode(""), Err(ShareError::Empty));
        assert_eq!(decode("9abc"), Err(ShareError::UnknownVersion('9')));
        assert_eq!(decode("xabc"), Err(ShareError::Damaged));
        assert_eq!(decode("1$$$"), Err(ShareError::Damaged));
        // Cut anywhere, the link fails cleanly.
        for cut in [2, payload.len() / 3, payload.len() / 2, payload.len() - 3] {
            assert!(decode(&payload[..cut]).is_err(), "cut at {cut}");
        }
        // Flip characters in the middle: inflating or reading the JSON fails with a reason.
        let mut tampered: Vec<char> = payload.chars().collect();
        let middle = tampered.len() / 2;
        for c in &mut tampered[middle..middle + 8] {
            *c = if *c == 'A' { 'B' } else { 'A' };
        }
        let tampered: String = tampered.into_iter().collect();
        assert!(decode(&tampered).is_err());
    }

    #[test]
    fn valid_compression_of_foreign_json_is_refused() {
        let packed = miniz_oxide::deflate::compress_to_vec(br#"{"hello":"world"}"#, 6);
        let payload = format!("1{}", URL_SAFE_NO_PAD.encode(packed));
        assert!(matches!(decode(&payload), Err(ShareError::NotOurs(_))));
        let duplicate = r#"{"written":"2026-11-22","activities":[
            {"id":1,"kind":"demo","title":"a","dates":{"start":"2026-01-01"},"hours":1},
            {"id":1,"kind":"demo","title":"b","dates":{"start":"2026-01-01"},"hours":1}]}"#;
        let packed = miniz_oxide::deflate::compress_to_vec(duplicate.as_bytes(), 6);
        let payload = format!("1{}", URL_SAFE_NO_PAD.encode(packed));
        assert!(matches!(decode(&payload), Err(ShareError::NotOurs(m)) if m.contains("id 1")));
        let nonsense = r#"{"written":"2026-11-22","activities":[
            {"id":1,"kind":"demo","title":"a","dates":{"start":"2026-01-01"},"hours":99999,
             "links":["javascript:alert(1)"]}]}"#;
        let packed = miniz_oxide::deflate::compress_to_vec(nonsense.as_bytes(), 6);
        let payload = format!("1{}", URL_SAFE_NO_PAD.encode(packed));
        assert!(
            matches!(decode(&payload), Err(ShareError::NotOurs(_))),
            "values the editor would refuse are refused"
        );
    }

    /// A link an earlier release made (miniz_oxide at level 6) opens here, and opens in the
    /// browser too (tests/browser/main.rs): never regenerate the fixture.
    #[test]
    fn links_made_by_earlier_releases_still_open() {
        let link = include_str!("../../tests/fixtures/share-link-v1.txt");
        let snapshot = decode(link).unwrap();
        assert_eq!(snapshot.written, today());
        assert_eq!(snapshot.workspace.activities.len(), 17);
        assert_eq!(
            snapshot.workspace.activities[0].title,
            "Rewrote the Shipping API quick start"
        );
    }

    #[test]
    fn a_decompression_bomb_is_stopped_at_the_cap() {
        // 16 MB of spaces deflates to about 16 KB.
        let bomb = vec![b' '; 16 * 1024 * 1024];
        let packed = miniz_oxide::deflate::compress_to_vec(&bomb, 10);
        let payload = format!("1{}", URL_SAFE_NO_PAD.encode(packed));
        assert!(payload.len() < MAX_PAYLOAD_CHARS);
        assert_eq!(decode(&payload), Err(ShareError::TooLarge));
        let too_long = format!("1{}", "A".repeat(MAX_PAYLOAD_CHARS));
        assert_eq!(decode(&too_long), Err(ShareError::TooLong));
    }
}
