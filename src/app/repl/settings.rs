//! The REPL's session settings: `set NAME VALUE`, `unset NAME`, and `set` alone, which shows
//! them and where each comes from.

use std::io::Write;

use clap::ValueEnum;

use crate::app::session::Session;
use crate::config::settings::setting_row;
use crate::config::{normalize_url, Overrides, Settings};
use crate::error::CliError;
use crate::output::{Format, Output, Table};

/// The settings `set` can change.
pub const SETTINGS: [&str; 5] = ["output", "deck", "model", "url", "dry-run"];

/// Applies `set NAME VALUE` to the session; says on stderr when that changes nothing.
pub fn apply_set(session: &mut Session, name: &str, value: &str) -> Result<(), CliError> {
    change(session, name, Some(value))
}

/// Applies `unset NAME`; says on stderr when that changes nothing.
pub fn apply_unset(session: &mut Session, name: &str) -> Result<(), CliError> {
    change(session, name, None)
}

/// Sets or clears a session setting, then compares what is in force before and after.
fn change(session: &mut Session, name: &str, value: Option<&str>) -> Result<(), CliError> {
    let before = in_force(session, name);
    let mut overrides = session.overrides.clone();
    assign(&mut overrides, name, value)?;
    session.overrides = overrides;
    session.settings_changed();
    if let Some(note) = unchanged_note(&before, &in_force(session, name)) {
        let _ = writeln!(std::io::stderr(), "anki-cli: {note}");
    }
    Ok(())
}

/// The row of setting `name` in the table `set` shows (setting, value, source); `None` when the
/// settings do not resolve (e.g. a broken config file: then nothing is compared).
fn in_force(session: &Session, name: &str) -> Option<Vec<String>> {
    let s = session.settings(&Default::default()).ok()?;
    let (set, startup) = (session.overrides.session_dry_run, session.startup.dry_run);
    let Output::Table(table) = settings_table(&s, set, startup) else {
        return None;
    };
    table.rows.into_iter().find(|row| row[0] == name)
}

/// The note for a `set` or `unset` after which the setting's row shows the same value.
fn unchanged_note(before: &Option<Vec<String>>, after: &Option<Vec<String>>) -> Option<String> {
    let (Some(was), Some(now)) = (before, after) else {
        return None;
    };
    let from = match now[2].as_str() {
        "" => String::new(),
        source => format!(" (from {source})"),
    };
    (was[1] == now[1]).then(|| {
        format!(
            "note: {} is {}{from} as before; nothing changed",
            now[0], now[1]
        )
    })
}

/// Sets (`Some`) or clears (`None`) one session setting, checking a new value.
fn assign(o: &mut Overrides, name: &str, value: Option<&str>) -> Result<(), CliError> {
    match name {
        "output" => o.session_output = value.map(parse_output).transpose()?,
        "deck" => o.session_deck = value.map(str::to_string),
        "model" => o.session_model = value.map(str::to_string),
        "url" => o.session_url = value.map(normalize_url).transpose()?,
        "dry-run" => o.session_dry_run = value.map(parse_on_off).transpose()?,
        other => {
            return Err(CliError::Usage(format!(
                "unknown setting '{other}': use {}",
                SETTINGS.join(", ")
            )))
        }
    }
    Ok(())
}

/// The format of `set output`; the value is shown in the error (the user just typed it).
fn parse_output(value: &str) -> Result<Format, CliError> {
    Format::from_str(value, true).map_err(|_| {
        CliError::Usage(format!(
            "invalid output format '{value}': use auto, table, json, ids or tsv"
        ))
    })
}

/// The switch of `set dry-run`.
fn parse_on_off(value: &str) -> Result<bool, CliError> {
    match value {
        "on" | "true" | "yes" => Ok(true),
        "off" | "false" | "no" => Ok(false),
        other => Err(CliError::Usage(format!(
            "invalid dry-run setting '{other}': use on or off"
        ))),
    }
}

/// The settings in force and where each comes from, for `set` alone; dry-run comes from `set
/// dry-run`, else from `--dry-run` given to `anki-cli repl`.
pub fn settings_table(s: &Settings, session_dry_run: Option<bool>, repl_dry_run: bool) -> Output {
    let mut table = Table::new(&["Setting", "Value", "Source"], serde_json::Value::Null);
    table.push(setting_row("url", Some(&s.url), |u| {
        crate::url::redact_url(u)
    }));
    table.push(setting_row("output", Some(&s.output), |f| f.name().into()));
    table.push(setting_row("deck", s.deck.as_ref(), String::clone));
    table.push(setting_row("model", s.model.as_ref(), String::clone));
    let dry_run = match session_dry_run {
        Some(on) => (on, "set"),
        None => (
            repl_dry_run,
            if repl_dry_run { "--dry-run" } else { "default" },
        ),
    };
    table.push(vec![
        "dry-run".into(),
        if dry_run.0 { "on" } else { "off" }.into(),
        dry_run.1.into(),
    ]);
    table.result = serde_json::json!({"url": crate::url::redact_url(&s.url.value), "output": s.output.value.name(),
        "deck": s.deck.as_ref().map(|d| &d.value), "model": s.model.as_ref().map(|m| &m.value),
        "dryRun": dry_run.0});
    Output::Table(table)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_checks_and_stores_unset_clears() {
        let mut o = Overrides::default();
        assign(&mut o, "output", Some("JSON")).unwrap();
        assign(&mut o, "url", Some("127.0.0.1:9")).unwrap();
        assign(&mut o, "deck", Some("Japanese::JLPT N3")).unwrap();
        assign(&mut o, "model", Some("Basic")).unwrap();
        assign(&mut o, "dry-run", Some("on")).unwrap();
        assert_eq!(o.session_output, Some(Format::Json));
        assert_eq!(o.session_url.as_deref(), Some("http://127.0.0.1:9"));
        assert_eq!(o.session_deck.as_deref(), Some("Japanese::JLPT N3"));
        assert_eq!(o.session_dry_run, Some(true));
        for name in SETTINGS {
            assign(&mut o, name, None).unwrap();
        }
        assert!(o.session_output.is_none() && o.session_url.is_none());
        assert!(o.session_deck.is_none() && o.session_model.is_none());
        assert!(o.session_dry_run.is_none());
        assert!(o.url.is_none(), "flags are not session settings");
    }

    #[test]
    fn bad_names_and_values_are_usage_errors() {
        let mut o = Overrides::default();
        let msg = |r: Result<(), CliError>| r.unwrap_err().to_string();
        assert_eq!(
            msg(assign(&mut o, "colour", Some("x"))),
            "unknown setting 'colour': use output, deck, model, url, dry-run"
        );
        assert_eq!(
            msg(assign(&mut o, "colour", None)),
            "unknown setting 'colour': use output, deck, model, url, dry-run"
        );
        assert_eq!(
            msg(assign(&mut o, "output", Some("xml"))),
            "invalid output format 'xml': use auto, table, json, ids or tsv"
        );
        assert_eq!(
            msg(assign(&mut o, "dry-run", Some("maybe"))),
            "invalid dry-run setting 'maybe': use on or off"
        );
        assert!(msg(assign(&mut o, "url", Some("ftp://x"))).contains("invalid AnkiConnect URL"));
        assert!(o.session_output.is_none() && o.session_url.is_none());
    }

    #[test]
    fn a_set_that_changes_nothing_is_noted() {
        let row = |v: &str, src: &str| Some(vec!["output".into(), v.into(), src.into()]);
        assert_eq!(
            unchanged_note(
                &row("json", "flag --output"),
                &row("json", "REPL session (set)")
            )
            .as_deref(),
            Some("note: output is json (from REPL session (set)) as before; nothing changed")
        );
        assert_eq!(unchanged_note(&row("json", ""), &row("tsv", "set")), None);
        assert_eq!(
            unchanged_note(&row("(not set)", ""), &row("(not set)", "")).as_deref(),
            Some("note: output is (not set) as before; nothing changed")
        );
    }

    #[test]
    fn the_table_shows_each_setting_and_its_source() {
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("none.toml");
        let env = crate::config::Env(
            [(
                crate::config::env_vars::CONFIG.to_string(),
                config.display().to_string(),
            )]
            .into(),
        );
        let session = Overrides {
            session_deck: Some("French".into()),
            ..Overrides::default()
        };
        let none = Overrides::default();
        let s = crate::config::resolve_layers(&none, &session, &none, &env).unwrap();
        let Output::Table(table) = settings_table(&s, None, true) else {
            panic!("a table");
        };
        assert_eq!(
            table.rows,
            [
                ["url", "http://127.0.0.1:8765", "default"],
                ["output", "auto", "default"],
                ["deck", "French", "REPL session (set)"],
                ["model", "(not set)", ""],
                ["dry-run", "on", "--dry-run"],
            ]
        );
        assert_eq!(
            table.result,
            serde_json::json!({"url": "http://127.0.0.1:8765", "output": "auto",
                "deck": "French", "model": null, "dryRun": true})
        );
        let Output::Table(table) = settings_table(&s, Some(false), true) else {
            panic!("a table");
        };
        assert_eq!(table.rows[4], ["dry-run", "off", "set"]);
    }
}
