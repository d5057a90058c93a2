//! Connection-level commands: `version`, `status`, and the `actions` catalog.

use std::time::{Duration, Instant};

use serde::de::DeserializeOwned;
use serde_json::{json, Value};

use super::context::{Ctx, Outcome};
use crate::actions::ACTIONS;
use crate::api::misc::{self as api, Permission};
use crate::error::{CliError, Result};
use crate::output::{Output, Table};
use crate::request::Call;

/// Runs `version`.
pub fn version(ctx: &Ctx) -> Result<Output> {
    let v = ctx.send(api::version())?;
    Ok(Output::Message {
        text: format!("AnkiConnect API version {v}"),
        result: json!(v),
    })
}

/// What `status` found out.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusReport {
    /// The URL checked (without any `user:password@`).
    pub url: String,
    /// "granted" or "denied"; `None` when the server has no requestPermission.
    pub permission: Option<String>,
    /// The API version, once known.
    pub api_version: Option<Value>,
    /// Whether the server wants a key.
    pub key_required: Option<bool>,
    /// Whether a key was sent.
    pub key_sent: bool,
    /// Whether the key (or its absence) was accepted.
    pub key_accepted: Option<bool>,
    /// Actions the server supports, if it can say (apiReflect).
    pub supported: Option<Vec<String>>,
    /// The active Anki profile, if the server can say.
    pub profile: Option<String>,
    /// Actions the server answered "unsupported action" to while `status` ran.
    pub unsupported: Vec<&'static str>,
    /// How long the `version` request took, there and back.
    pub round_trip: Option<Duration>,
}

/// A round trip slower than this gets a hint: a local AnkiConnect answers in milliseconds.
const SLOW_ROUND_TRIP: Duration = Duration::from_secs(1);

/// What a slow round trip most often means, and its fix (from the AnkiConnect issue threads).
pub const APP_NAP_HINT: &str = "slow: on macOS, App Nap throttles Anki while it is in the \
background; turn it off with `defaults write net.ankiweb.dtop NSAppSleepDisabled -bool true` \
and restart Anki (elsewhere: is Anki busy, or the network slow?)";

/// The Round trip row: milliseconds, with [`APP_NAP_HINT`] past [`SLOW_ROUND_TRIP`].
pub fn round_trip_text(took: Duration) -> String {
    let ms = took.as_millis();
    if took > SLOW_ROUND_TRIP {
        format!("{ms} ms, {APP_NAP_HINT}")
    } else {
        format!("{ms} ms")
    }
}

impl StatusReport {
    /// Actions anki-cli knows that the server does not: all of them when it can list its actions
    /// (apiReflect), else at least those it refused while `status` ran.
    pub fn missing(&self) -> Vec<&'static str> {
        let mut missing: Vec<&'static str> = match &self.supported {
            Some(supported) => ACTIONS
                .iter()
                .map(|a| a.name)
                .filter(|n| !supported.iter().any(|s| s == n))
                .collect(),
            None => Vec::new(),
        };
        for action in &self.unsupported {
            if !missing.contains(action) {
                missing.push(action);
            }
        }
        missing
    }

    /// Whether [`StatusReport::missing`] is the whole list (the server listed its actions).
    pub fn missing_is_complete(&self) -> bool {
        self.supported.is_some()
    }

    fn to_json(&self) -> Value {
        json!({
            "url": self.url,
            "reachable": true,
            "permission": self.permission.as_deref().unwrap_or("unknown"),
            "apiVersion": self.api_version,
            "apiKeyRequired": self.key_required,
            "apiKeySent": self.key_sent,
            "apiKeyAccepted": self.key_accepted,
            "profile": self.profile,
            "supportedActions": self.supported.as_ref().map(|s| s.len()),
            "missingActions": self.missing(),
            "missingActionsComplete": self.missing_is_complete(),
            "roundTripMs": self.round_trip.map(|t| t.as_millis() as u64),
            "slow": self.round_trip.map(|t| t > SLOW_ROUND_TRIP),
            "hint": self.round_trip.filter(|t| *t > SLOW_ROUND_TRIP).map(|_| APP_NAP_HINT),
        })
    }

    fn to_table(&self) -> Table {
        let mut t = Table::new(&["Check", "Result"], self.to_json());
        let yes_no = |b: Option<bool>| match b {
            Some(true) => "yes",
            Some(false) => "no",
            None => "unknown",
        };
        t.push(vec!["URL".into(), self.url.clone()]);
        t.push(vec!["Reachable".into(), "yes".into()]);
        t.push(vec![
            "Permission".into(),
            self.permission
                .clone()
                .unwrap_or_else(|| "unknown (the server has no requestPermission)".into()),
        ]);
        t.push(vec![
            "API version".into(),
            self.api_version
                .as_ref()
                .map_or("unknown".into(), crate::output::cell),
        ]);
        let key = match (self.key_required, self.key_sent, self.key_accepted) {
            (Some(false), _, _) => "not required".to_string(),
            (_, false, Some(false)) => "required, none given".to_string(),
            (_, true, Some(true)) => "required, accepted".to_string(),
            (_, true, Some(false)) => "required, REJECTED".to_string(),
            (req, _, acc) => format!("required: {}, accepted: {}", yes_no(req), yes_no(acc)),
        };
        t.push(vec!["API key".into(), key]);
        let profile = match &self.profile {
            Some(p) => p.clone(),
            None if self.unsupported.contains(&"getActiveProfile") => {
                "unknown (the server has no getActiveProfile)".into()
            }
            None => "unknown".into(),
        };
        t.push(vec!["Profile".into(), profile]);
        let missing = self.missing();
        let actions = match &self.supported {
            Some(s) if missing.is_empty() => format!(
                "{} supported; all {} known to anki-cli",
                s.len(),
                ACTIONS.len()
            ),
            Some(s) => format!(
                "{} supported; missing {} of anki-cli's: {} (an older add-on, or a server that implements part of the API)",
                s.len(),
                missing.len(),
                missing.join(", ")
            ),
            None if missing.is_empty() => {
                "unknown (the server cannot list its actions: no apiReflect)".into()
            }
            None => format!(
                "unknown (the server cannot list its actions); missing at least: {}",
                missing.join(", ")
            ),
        };
        t.push(vec!["Actions".into(), actions]);
        if let Some(took) = self.round_trip {
            t.push(vec!["Round trip".into(), round_trip_text(took)]);
        }
        t
    }
}

/// Sends an optional request of `status`: `None` when the server does not support the action
/// (noted in `unsupported`), which an AnkiConnect-compatible server may well lack.
fn optional<T: DeserializeOwned>(
    ctx: &Ctx,
    call: Call<T>,
    unsupported: &mut Vec<&'static str>,
) -> Result<Option<T>> {
    let known = ACTIONS
        .iter()
        .map(|a| a.name)
        .find(|n| *n == call.request.action);
    match ctx.send(call) {
        Ok(v) => Ok(Some(v)),
        Err(CliError::UnsupportedAction { .. }) => {
            unsupported.extend(known);
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// Runs `status`: reachability, permission, version, key and supported actions. It works on
/// AnkiConnect-compatible servers that lack requestPermission, getActiveProfile or apiReflect too.
pub fn status(ctx: &Ctx) -> Result<Outcome> {
    let mut unsupported = Vec::new();
    let perm: Option<Permission> = optional(ctx, api::request_permission(), &mut unsupported)?;
    let mut report = StatusReport {
        url: crate::url::redact_url(&ctx.settings.url.value),
        permission: perm.as_ref().map(|p| p.permission.clone()),
        api_version: perm.as_ref().and_then(|p| p.version.clone()),
        key_required: perm.as_ref().and_then(|p| p.require_api_key),
        key_sent: ctx.settings.key.is_some(),
        key_accepted: None,
        supported: None,
        profile: None,
        unsupported: Vec::new(),
        round_trip: None,
    };
    if report.permission.as_deref() == Some("denied") {
        let failure = CliError::Forbidden {
            url: ctx.settings.url.value.clone(),
        };
        return Ok(Outcome {
            output: Output::Table(report.to_table()),
            failure: Some(failure),
            more: None,
        });
    }
    let started = Instant::now();
    match ctx.send(api::version()) {
        Ok(version) => {
            report.round_trip = Some(started.elapsed());
            report.api_version = Some(json!(version));
            report.key_accepted = Some(true);
        }
        Err(err @ CliError::BadKey { .. }) => {
            report.key_accepted = Some(false);
            return Ok(Outcome {
                output: Output::Table(report.to_table()),
                failure: Some(err),
                more: None,
            });
        }
        Err(e) => return Err(e),
    }
    report.profile = optional(ctx, api::get_active_profile(), &mut unsupported)?;
    report.supported = optional(ctx, api::api_reflect_actions(), &mut unsupported)?
        .map(|reflection| reflection.actions);
    report.unsupported = unsupported;
    Ok(Output::Table(report.to_table()).into())
}

/// Runs `actions`: every AnkiConnect action, the subcommand that sends it, and whether it
/// reads or writes (what `--dry-run` sends or only prints).
pub fn actions() -> Output {
    let result: Vec<Value> = ACTIONS
        .iter()
        .map(|a| {
            json!({
                "action": a.name,
                "group": a.category.name(),
                "command": a.command,
                "effect": a.effect.name(),
            })
        })
        .collect();
    let mut table = Table::new(
        &["Action", "Group", "Command", "Effect"],
        Value::Array(result),
    );
    for action in ACTIONS {
        table.push(vec![
            action.name.into(),
            action.category.name().into(),
            action.command.into(),
            action.effect.name().into(),
        ]);
    }
    Output::Table(table)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::commands::fake_anki::{rendered, FakeAnki};
    use crate::output::Format;

    fn status_of(fake: &FakeAnki) -> Result<Outcome> {
        status(&fake.ctx())
    }

    fn row<'a>(outcome: &'a Outcome, check: &str) -> &'a str {
        let Output::Table(t) = &outcome.output else {
            panic!("status is a table")
        };
        &t.rows.iter().find(|r| r[0] == check).expect(check)[1]
    }

    #[test]
    fn missing_actions_are_those_the_server_lacks() {
        let mut supported: Vec<String> = ACTIONS.iter().map(|a| a.name.to_string()).collect();
        supported.retain(|a| a != "getActiveProfile");
        let report = StatusReport {
            url: "u".into(),
            permission: Some("granted".into()),
            api_version: Some(json!(6)),
            key_required: Some(false),
            key_sent: false,
            key_accepted: Some(true),
            supported: Some(supported),
            profile: Some("User 1".into()),
            unsupported: vec!["getActiveProfile"],
            round_trip: Some(Duration::from_millis(2500)),
        };
        assert_eq!(report.missing(), vec!["getActiveProfile"]);
        let rows = report.to_table().rows;
        assert!(rows.iter().any(|r| r[1].contains("getActiveProfile")));
        let trip = &rows.iter().find(|r| r[0] == "Round trip").unwrap()[1];
        assert!(
            trip.starts_with("2500 ms, slow") && trip.contains("NSAppSleepDisabled"),
            "{trip}"
        );
        let json = report.to_json();
        assert_eq!(json["roundTripMs"], 2500);
        assert_eq!(json["slow"], true);
        assert!(json["hint"].as_str().unwrap().contains("App Nap"));
    }

    #[test]
    fn a_quick_round_trip_has_no_hint() {
        assert_eq!(round_trip_text(Duration::from_millis(3)), "3 ms");
        assert_eq!(round_trip_text(Duration::from_millis(1000)), "1000 ms");
        assert!(round_trip_text(Duration::from_millis(1001)).contains("App Nap"));
    }

    #[test]
    fn actions_lists_all_122_with_a_command_each() {
        let Output::Table(t) = actions() else {
            panic!("actions() is a table")
        };
        assert_eq!(t.rows.len(), 122);
        assert!(t
            .rows
            .iter()
            .any(|r| r[0] == "deckNames" && r[2] == "deck list --names"));
        assert!(t
            .rows
            .iter()
            .any(|r| r[0] == "guiBrowse" && r[2] == "gui browse"));
    }

    #[test]
    fn actions_shows_whether_each_reads_or_writes() {
        let Output::Table(t) = actions() else {
            panic!("actions() is a table")
        };
        assert_eq!(t.headers.last().map(String::as_str), Some("Effect"));
        let count = |e: &str| t.rows.iter().filter(|r| r[3] == e).count();
        assert_eq!((count("read"), count("write")), (49, 73));
        let row = |name: &str| t.rows.iter().find(|r| r[0] == name).unwrap()[3].clone();
        assert_eq!(row("deckNames"), "read");
        assert_eq!(row("deleteNotes"), "write");
        let json = t.result.as_array().unwrap();
        let effect =
            |name: &str| json.iter().find(|a| a["action"] == name).unwrap()["effect"].clone();
        assert_eq!(effect("findNotes"), json!("read"));
        assert_eq!(effect("getDeckStats"), json!("write"));
    }

    #[test]
    fn status_reads_every_reply_of_a_full_add_on() {
        let mut all: Vec<&str> = ACTIONS.iter().map(|a| a.name).collect();
        all.retain(|a| *a != "apiReflect");
        let anki = FakeAnki::new()
            .reply(
                "requestPermission",
                json!({"permission": "granted", "requireApikey": false, "version": 6}),
            )
            .reply("version", json!(6))
            .reply("getActiveProfile", json!("User 1"))
            .reply("apiReflect", json!({"scopes": ["actions"], "actions": all}));
        let outcome = status_of(&anki).unwrap();
        assert!(outcome.failure.is_none());
        assert_eq!(row(&outcome, "API key"), "not required");
        assert_eq!(row(&outcome, "Profile"), "User 1");
        assert!(row(&outcome, "Actions").contains("missing 1 of anki-cli's: apiReflect"));
        let json = rendered(&outcome.output, Format::Json);
        assert!(json.contains(r#""apiVersion":6"#), "{json}");
    }

    #[test]
    fn status_works_on_a_server_lacking_the_optional_actions() {
        let anki = FakeAnki::new()
            .lacks("requestPermission")
            .reply("version", json!(6))
            .lacks("getActiveProfile")
            .lacks("apiReflect");
        let outcome = status_of(&anki).unwrap();
        assert!(outcome.failure.is_none());
        assert!(row(&outcome, "Permission").contains("no requestPermission"));
        assert!(row(&outcome, "Profile").contains("no getActiveProfile"));
        let actions = row(&outcome, "Actions");
        assert!(
            actions.contains("missing at least: requestPermission, getActiveProfile, apiReflect"),
            "{actions}"
        );
    }

    #[test]
    fn status_stops_at_a_denied_permission_or_a_rejected_key() {
        let denied = FakeAnki::new().reply("requestPermission", json!({"permission": "denied"}));
        let outcome = status_of(&denied).unwrap();
        assert!(matches!(outcome.failure, Some(CliError::Forbidden { .. })));
        assert_eq!(denied.sent(), ["requestPermission"]);
        let odd = FakeAnki::new().reply("requestPermission", json!("granted"));
        assert_eq!(status_of(&odd).unwrap_err().status().code(), 3);
        let wrong = FakeAnki::new()
            .reply("requestPermission", json!({"permission": "granted"}))
            .reply("version", json!("six"));
        assert_eq!(status_of(&wrong).unwrap_err().status().code(), 3);
    }
}
