//! `anki-cli config`: where the config file is and which settings are in force.

use clap::Subcommand;
use serde_json::{json, Value};

use super::context::Ctx;
use crate::config::settings::setting_row;
use crate::config::Settings;
use crate::error::Result;
use crate::output::{Output, Table};
use crate::request::REDACTED;

/// Subcommands of `anki-cli config`.
#[derive(Debug, Clone, Subcommand)]
#[command(after_help = "\
Examples:
  anki-cli config path
  anki-cli config show
  ANKI_CLI_URL=http://192.168.1.5:8765 anki-cli config show

The config file is TOML with the keys url, key, timeout, output, deck and model:
  url = \"http://127.0.0.1:8765\"
  timeout = 60
  output = \"table\"")]
pub enum ConfigCommand {
    /// Print the config file's path (ANKI_CLI_CONFIG overrides it)
    Path,
    /// Show the effective settings and where each came from (the API key as ***)
    Show,
}

/// Runs a `config` subcommand.
pub fn run(cmd: &ConfigCommand, ctx: &Ctx) -> Result<Output> {
    Ok(match cmd {
        ConfigCommand::Path => Output::Text(ctx.settings.config_path.display().to_string()),
        ConfigCommand::Show => show(ctx.settings),
    })
}

fn show(s: &Settings) -> Output {
    let mut result = json!({
        "configFile": s.config_path.display().to_string(),
        "configFileExists": s.config_exists,
        "url": crate::url::redact_url(&s.url.value),
        "key": s.key.as_ref().map(|_| REDACTED),
        "timeout": s.timeout.value,
        "output": s.output.value.name(),
        "deck": s.deck.as_ref().map(|d| d.value.clone()),
        "model": s.model.as_ref().map(|m| m.value.clone()),
    });
    let sources = json!({
        "url": s.url.source.to_string(),
        "key": s.key.as_ref().map(|k| k.source.to_string()),
        "timeout": s.timeout.source.to_string(),
        "output": s.output.source.to_string(),
    });
    if let Value::Object(map) = &mut result {
        map.insert("sources".into(), sources);
    }
    let mut table = Table::new(&["Setting", "Value", "Source"], result);
    let file_state = if s.config_exists {
        ""
    } else {
        " (does not exist)"
    };
    table.push(vec![
        "config file".into(),
        format!("{}{file_state}", s.config_path.display()),
        String::new(),
    ]);
    table.push(setting_row("url", Some(&s.url), |u| {
        crate::url::redact_url(u)
    }));
    table.push(setting_row("key", s.key.as_ref(), |_| REDACTED.to_string()));
    table.push(setting_row("timeout", Some(&s.timeout), |v| {
        format!("{v} s")
    }));
    table.push(setting_row("output", Some(&s.output), |v| {
        v.name().to_string()
    }));
    table.push(setting_row("deck", s.deck.as_ref(), String::clone));
    table.push(setting_row("model", s.model.as_ref(), String::clone));
    Output::Table(table)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::{rendered, FakeAnki};
    use crate::config::Setting;
    use crate::config::Source;
    use crate::output::Format;

    #[test]
    fn show_names_each_source_and_never_the_key() {
        let anki = FakeAnki::new();
        let mut settings = anki.ctx().settings.clone();
        settings.key = Some(Setting {
            value: "s3cret".into(),
            source: Source::Env("ANKI_CLI_KEY"),
        });
        let out = show(&settings);
        let tsv = rendered(&out, Format::Tsv);
        assert!(
            tsv.contains("key\t***\tenvironment ANKI_CLI_KEY\n"),
            "{tsv}"
        );
        assert!(tsv.contains("deck\t(not set)\t\n"), "{tsv}");
        assert!(
            tsv.contains("url\thttp://127.0.0.1:8765\tdefault\n"),
            "{tsv}"
        );
        for format in [Format::Tsv, Format::Json, Format::Table] {
            assert!(!rendered(&out, format).contains("s3cret"));
        }
        assert!(anki.sent().is_empty());
    }
}
