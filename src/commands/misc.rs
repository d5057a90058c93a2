//! Connection-level commands: `version`, `status`, and the `actions` catalog.

use serde::Deserialize;
use serde_json::{json, Value};

use super::{Ctx, Outcome};
use crate::error::{CliError, Result};
use crate::output::{Output, Table};
use crate::registry::{self, Covered};
use crate::request::Request;

/// The actions this module wraps.
pub const COVERS: &[Covered] = &[
    Covered {
        action: "version",
        command: "version",
    },
    Covered {
        action: "requestPermission",
        command: "status",
    },
    Covered {
        action: "apiReflect",
        command: "status",
    },
];

/// `version`: the API version request.
pub fn version_request() -> Request {
    Request::bare("version")
}

/// `requestPermission`: the add-on fills in origin and permission itself.
pub fn request_permission() -> Request {
    Request::bare("requestPermission")
}

/// `apiReflect` asking for every action the server supports.
pub fn api_reflect_actions() -> Request {
    Request::new(
        "apiReflect",
        json!({"scopes": ["actions"], "actions": null}),
    )
}

/// Runs `version`.
pub fn version(ctx: &Ctx) -> Result<Output> {
    let v = ctx.call(version_request())?;
    Ok(Output::Message {
        text: format!("AnkiConnect API version {}", crate::output::cell(&v)),
        result: v,
    })
}

/// What `status` found out.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusReport {
    /// The URL checked.
    pub url: String,
    /// "granted" or "denied".
    pub permission: String,
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
}

impl StatusReport {
    /// Actions anki-cli knows that the server does not.
    pub fn missing(&self) -> Option<Vec<&'static str>> {
        let supported = self.supported.as_ref()?;
        Some(
            registry::ACTIONS
                .iter()
                .map(|a| a.name)
                .filter(|n| !supported.iter().any(|s| s == n))
                .collect(),
        )
    }

    fn to_json(&self) -> Value {
        json!({
            "url": self.url,
            "reachable": true,
            "permission": self.permission,
            "apiVersion": self.api_version,
            "apiKeyRequired": self.key_required,
            "apiKeySent": self.key_sent,
            "apiKeyAccepted": self.key_accepted,
            "profile": self.profile,
            "supportedActions": self.supported.as_ref().map(|s| s.len()),
            "missingActions": self.missing(),
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
        t.push(vec!["Permission".into(), self.permission.clone()]);
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
        t.push(vec![
            "Profile".into(),
            self.profile.clone().unwrap_or_else(|| "unknown".into()),
        ]);
        let actions = match (&self.supported, self.missing()) {
            (Some(s), Some(m)) if m.is_empty() => format!(
                "{} supported; all {} known to anki-cli",
                s.len(),
                registry::ACTIONS.len()
            ),
            (Some(s), Some(m)) => format!(
                "{} supported; missing {} of anki-cli's: {} (update the AnkiConnect add-on)",
                s.len(),
                m.len(),
                m.join(", ")
            ),
            _ => "unknown (this add-on cannot list its actions; it predates apiReflect)".into(),
        };
        t.push(vec!["Actions".into(), actions]);
        t
    }
}

/// The reply of `requestPermission`: `{"permission": "denied"}`, or, when granted, also whether a
/// key is required and the API version.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Permission {
    /// "granted" or "denied".
    pub permission: String,
    /// Whether AnkiConnect wants an API key (the add-on spells it `requireApikey`; its README
    /// says `requireApiKey`).
    #[serde(rename = "requireApikey", alias = "requireApiKey")]
    pub require_api_key: Option<bool>,
    /// The API version.
    pub version: Option<Value>,
}

/// The reply of `apiReflect` with the `actions` scope.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Reflection {
    /// The actions the add-on supports.
    #[serde(default)]
    pub actions: Vec<String>,
}

/// Decodes a reply into `T`, or says which action answered what.
fn decode<T: serde::de::DeserializeOwned>(ctx: &Ctx, action: &str, reply: Value) -> Result<T> {
    serde_json::from_value(reply.clone()).map_err(|e| CliError::Protocol {
        url: ctx.settings.url.value.clone(),
        detail: format!("{action} answered {reply}, which anki-cli cannot read ({e})"),
    })
}

/// Runs `status`: reachability, permission, version, key and supported actions.
pub fn status(ctx: &Ctx) -> Result<Outcome> {
    let perm: Permission = decode(ctx, "requestPermission", ctx.call(request_permission())?)?;
    let mut report = StatusReport {
        url: ctx.settings.url.value.clone(),
        permission: perm.permission,
        api_version: perm.version,
        key_required: perm.require_api_key,
        key_sent: ctx.settings.key.is_some(),
        key_accepted: None,
        supported: None,
        profile: None,
    };
    if report.permission == "denied" {
        let failure = CliError::Forbidden {
            url: report.url.clone(),
        };
        return Ok(Outcome {
            output: Output::Table(report.to_table()),
            failure: Some(failure),
        });
    }
    match ctx.call(version_request()) {
        Ok(v) => {
            report.api_version = Some(v);
            report.key_accepted = Some(true);
        }
        Err(err @ CliError::BadKey { .. }) => {
            report.key_accepted = Some(false);
            return Ok(Outcome {
                output: Output::Table(report.to_table()),
                failure: Some(err),
            });
        }
        Err(e) => return Err(e),
    }
    match ctx.call(Request::bare("getActiveProfile")) {
        Ok(name) => report.profile = name.as_str().map(String::from),
        Err(CliError::UnsupportedAction { .. }) => {}
        Err(e) => return Err(e),
    }
    match ctx.call(api_reflect_actions()) {
        Ok(v) => {
            let reflection: Reflection = decode(ctx, "apiReflect", v)?;
            report.supported = Some(reflection.actions);
        }
        Err(CliError::UnsupportedAction { .. }) => {}
        Err(e) => return Err(e),
    }
    Ok(Output::Table(report.to_table()).into())
}

/// Runs `actions`: every AnkiConnect action and the subcommand that wraps it.
pub fn actions() -> Output {
    let catalog = registry::catalog();
    let result: Vec<Value> = catalog
        .iter()
        .map(|e| json!({"action": e.action.name, "group": e.action.group.name(), "command": e.command}))
        .collect();
    let mut table = Table::new(&["Action", "Group", "Command"], Value::Array(result));
    for entry in &catalog {
        let command = entry
            .command
            .map_or_else(|| format!("api {}", entry.action.name), |c| c.to_string());
        table.push(vec![
            entry.action.name.into(),
            entry.action.group.name().into(),
            command,
        ]);
    }
    Output::Table(table)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_match_the_reference_samples() {
        assert_eq!(
            version_request().to_json(),
            json!({"action": "version", "version": 6})
        );
        assert_eq!(
            request_permission().to_json(),
            json!({"action": "requestPermission", "version": 6})
        );
        assert_eq!(
            api_reflect_actions().to_json(),
            json!({"action": "apiReflect", "version": 6, "params": {"scopes": ["actions"], "actions": null}})
        );
    }

    #[test]
    fn permission_replies_decode_in_both_spellings_and_when_denied() {
        let add_on: Permission = serde_json::from_value(
            json!({"permission": "granted", "requireApikey": true, "version": 6}),
        )
        .unwrap();
        assert_eq!(add_on.require_api_key, Some(true));
        let readme: Permission =
            serde_json::from_value(json!({"permission": "granted", "requireApiKey": false}))
                .unwrap();
        assert_eq!(readme.require_api_key, Some(false));
        let denied: Permission = serde_json::from_value(json!({"permission": "denied"})).unwrap();
        assert_eq!((denied.require_api_key, denied.version), (None, None));
    }

    #[test]
    fn missing_actions_are_those_the_server_lacks() {
        let mut supported: Vec<String> = registry::ACTIONS
            .iter()
            .map(|a| a.name.to_string())
            .collect();
        supported.retain(|a| a != "getActiveProfile");
        let report = StatusReport {
            url: "u".into(),
            permission: "granted".into(),
            api_version: Some(json!(6)),
            key_required: Some(false),
            key_sent: false,
            key_accepted: Some(true),
            supported: Some(supported),
            profile: Some("User 1".into()),
        };
        assert_eq!(report.missing().unwrap(), vec!["getActiveProfile"]);
        let rows = report.to_table().rows;
        assert!(rows.iter().any(|r| r[1].contains("getActiveProfile")));
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
}
