//! The one resolution of the settings over their layers, highest first: a REPL line's own flag >
//! REPL session (`set`) > the flags given at start-up (to the command, or to `anki-cli repl`) >
//! environment > config file > default. In the REPL the latest `set` thus wins over the start-up
//! flags, and `unset` goes back to them. Each setting is declared once, in [`resolve_layers`]:
//! the flag and variable that name it and how each layer's value is read and checked; one
//! generic walk ([`Layers::first`]) takes the first layer that has it.

use std::path::PathBuf;

use super::check::{
    env_timeout, env_url, normalize_url, normalize_url_from, parse_format, parse_timeout,
    read_key_file,
};
use super::env::{env_vars, Env};
use super::file::{config_path, load_file, FileConfig};
use super::settings::{Overrides, Setting, Settings, Source, DEFAULT_TIMEOUT_SECS, DEFAULT_URL};
use crate::error::Result;
use crate::output::Format;

/// The layers a setting can come from, highest first; the built-in default lies below them all.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Layer {
    /// A REPL line's own flags (for that line only).
    Flag,
    /// The REPL's `set`.
    Session,
    /// The flags given at start-up: to a one-shot command, or to `anki-cli repl`.
    Startup,
    /// The environment.
    Env,
    /// The config file.
    File,
}

impl Layer {
    /// Every layer, highest first.
    const ALL: [Layer; 5] = [
        Layer::Flag,
        Layer::Session,
        Layer::Startup,
        Layer::Env,
        Layer::File,
    ];
}

/// The flag and the environment variable that name a setting in its [`Source`] (`""` for a
/// setting that has none).
#[derive(Clone, Copy)]
struct Names {
    flag: &'static str,
    env: &'static str,
}

/// The names of the settings (flag, environment variable), declared once.
const URL: Names = Names::of("--url", env_vars::URL);
const KEY: Names = Names::of("--key-file", env_vars::KEY);
const TIMEOUT: Names = Names::of("--timeout", env_vars::TIMEOUT);
const OUTPUT: Names = Names::of("--output", env_vars::OUTPUT);
/// A default for new notes (deck, note type): only the session or the config file sets one.
const NOTE_DEFAULT: Names = Names::of("", "");

impl Names {
    /// A setting's flag and environment variable.
    const fn of(flag: &'static str, env: &'static str) -> Names {
        Names { flag, env }
    }
}

/// What the layers hold, gathered once.
struct Layers<'a> {
    flags: &'a Overrides,
    session: &'a Overrides,
    startup: &'a Overrides,
    env: &'a Env,
    file: FileConfig,
    file_path: PathBuf,
}

impl Layers<'_> {
    /// The config file as errors name it ("config file PATH").
    fn file_place(&self) -> String {
        Source::File(self.file_path.clone()).to_string()
    }

    /// The setting from the first layer, highest first, that has it (`read` gives `None` for a
    /// layer without it, else its value checked); lower layers are not read, so a bad value
    /// there does not matter.
    fn first<T>(
        &self,
        names: Names,
        read: impl Fn(Layer) -> Option<Result<T>>,
    ) -> Result<Option<Setting<T>>> {
        for layer in Layer::ALL {
            if let Some(value) = read(layer) {
                let source = match layer {
                    Layer::Flag | Layer::Startup => Source::Flag(names.flag),
                    Layer::Session => Source::Session,
                    Layer::Env => Source::Env(names.env),
                    Layer::File => Source::File(self.file_path.clone()),
                };
                return Ok(Some(Setting {
                    value: value?,
                    source,
                }));
            }
        }
        Ok(None)
    }
}

/// A found setting, else the built-in default.
fn or_default<T>(found: Option<Setting<T>>, value: T) -> Setting<T> {
    found.unwrap_or(Setting {
        value,
        source: Source::Default,
    })
}

/// Resolves every setting: the flag fields of `line` (a REPL line's own flags) > the `session_`
/// fields of `session` > the flag fields of `startup` > environment > config file > defaults.
pub fn resolve_layers(
    line: &Overrides,
    session: &Overrides,
    startup: &Overrides,
    env: &Env,
) -> Result<Settings> {
    let file_path = config_path(env);
    let file = load_file(&file_path)?;
    let config_exists = file.is_some();
    let l = Layers {
        flags: line,
        session,
        startup,
        env,
        file: file.unwrap_or_default(),
        file_path,
    };
    let place = l.file_place();
    let ok = |v: &String| Ok(v.clone());

    let url = l.first(URL, |layer| match layer {
        Layer::Flag => l.flags.url.as_deref().map(normalize_url),
        Layer::Startup => l.startup.url.as_deref().map(normalize_url),
        Layer::Session => l.session.session_url.as_deref().map(normalize_url),
        Layer::Env => l.env.get_set(URL.env).map(|u| env_url(u, URL.env)),
        Layer::File => l.file.url.as_deref().map(|u| normalize_url_from(u, &place)),
    })?;
    let key = l.first(KEY, |layer| match layer {
        Layer::Flag => l.flags.key_file.as_deref().map(read_key_file),
        Layer::Startup => l.startup.key_file.as_deref().map(read_key_file),
        Layer::Session => None,
        Layer::Env => l.env.get(KEY.env).map(|k| Ok(k.to_string())),
        Layer::File => l.file.key.as_ref().filter(|k| !k.is_empty()).map(ok),
    })?;
    let timeout = l.first(TIMEOUT, |layer| match layer {
        Layer::Flag => l.flags.timeout.map(|t| parse_timeout(t, TIMEOUT.flag)),
        Layer::Startup => l.startup.timeout.map(|t| parse_timeout(t, TIMEOUT.flag)),
        Layer::Session => None,
        Layer::Env => l.env.get(TIMEOUT.env).map(|t| env_timeout(t, TIMEOUT.env)),
        Layer::File => l.file.timeout.map(|t| parse_timeout(t, &place)),
    })?;
    let output = l.first(OUTPUT, |layer| match layer {
        Layer::Flag => l.flags.output.map(Ok),
        Layer::Startup => l.startup.output.map(Ok),
        Layer::Session => l.session.session_output.map(Ok),
        Layer::Env => l.env.get(OUTPUT.env).map(|f| parse_format(f, OUTPUT.env)),
        Layer::File => l.file.output.as_deref().map(|f| parse_format(f, &place)),
    })?;
    let deck = l.first(NOTE_DEFAULT, |layer| match layer {
        Layer::Session => l.session.session_deck.as_ref().map(ok),
        Layer::File => l.file.deck.as_ref().map(ok),
        Layer::Flag | Layer::Startup | Layer::Env => None,
    })?;
    let model = l.first(NOTE_DEFAULT, |layer| match layer {
        Layer::Session => l.session.session_model.as_ref().map(ok),
        Layer::File => l.file.model.as_ref().map(ok),
        Layer::Flag | Layer::Startup | Layer::Env => None,
    })?;

    Ok(Settings {
        config_path: l.file_path.clone(),
        config_exists,
        url: or_default(url, DEFAULT_URL.to_string()),
        key,
        timeout: or_default(timeout, DEFAULT_TIMEOUT_SECS),
        output: or_default(output, Format::Auto),
        deck,
        model,
        chunk: l
            .env
            .get(env_vars::CHUNK)
            .and_then(|n| n.parse().ok())
            .filter(|&n: &usize| n > 0),
        slow_check: l
            .env
            .get(env_vars::SLOW_CHECK_MS)
            .and_then(|ms| ms.parse::<f64>().ok())
            .filter(|ms| ms.is_finite() && *ms >= 0.0)
            .map(|ms| ms / 1000.0),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One-shot resolution: `flags` as given at start-up.
    fn resolve(flags: &Overrides, env: &Env) -> Result<Settings> {
        resolve_layers(&Overrides::default(), &Overrides::default(), flags, env)
    }

    fn env(pairs: &[(&str, &str)]) -> Env {
        Env(pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect())
    }

    fn with_config(text: &str) -> (tempfile::TempDir, Env) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, text).unwrap();
        let env = env(&[(env_vars::CONFIG, path.to_str().unwrap())]);
        (dir, env)
    }

    #[test]
    fn defaults_apply_without_any_source() {
        let dir = tempfile::tempdir().unwrap();
        let env = env(&[(
            env_vars::CONFIG,
            dir.path().join("none.toml").to_str().unwrap(),
        )]);
        let s = resolve(&Overrides::default(), &env).unwrap();
        assert_eq!(s.url.value, DEFAULT_URL);
        assert_eq!(s.url.source, Source::Default);
        assert!(s.key.is_none());
        assert!(!s.config_exists);
    }

    #[test]
    fn flags_beat_env_beat_file() {
        let (_dir, mut env) =
            with_config("url = \"http://file:1\"\ntimeout = 5\nkey = \"filekey\"\n");
        let s = resolve(&Overrides::default(), &env).unwrap();
        assert_eq!(s.url.value, "http://file:1");
        assert!(matches!(s.url.source, Source::File(_)));
        assert_eq!(s.timeout.value, 5.0);
        assert_eq!(s.key.as_ref().unwrap().value, "filekey");

        env.0.insert(env_vars::URL.into(), "http://env:2".into());
        env.0.insert(env_vars::KEY.into(), "envkey".into());
        let s = resolve(&Overrides::default(), &env).unwrap();
        assert_eq!(s.url.value, "http://env:2");
        assert_eq!(s.key.unwrap().source, Source::Env(env_vars::KEY));

        let flags = Overrides {
            url: Some("flag:3".into()),
            ..Default::default()
        };
        let s = resolve(&flags, &env).unwrap();
        assert_eq!(s.url.value, "http://flag:3");
        assert_eq!(s.url.source, Source::Flag("--url"));
    }

    #[test]
    fn a_lines_flag_beats_set_which_beats_the_start_up_flags() {
        let (_dir, env) = with_config("url = \"http://file:1\"\n");
        let startup = Overrides {
            url: Some("http://startup:2".into()),
            output: Some(Format::Tsv),
            ..Default::default()
        };
        let mut session = Overrides::default();
        let none = Overrides::default();
        let s = resolve_layers(&none, &session, &startup, &env).unwrap();
        assert_eq!(s.url.value, "http://startup:2");
        assert_eq!(s.url.source, Source::Flag("--url"));
        session.session_url = Some("http://set:3".into());
        session.session_output = Some(Format::Json);
        let s = resolve_layers(&none, &session, &startup, &env).unwrap();
        assert_eq!(
            (s.url.value.as_str(), &s.url.source),
            ("http://set:3", &Source::Session)
        );
        assert_eq!(s.output.value, Format::Json);
        let line = Overrides {
            url: Some("http://line:4".into()),
            ..Default::default()
        };
        let s = resolve_layers(&line, &session, &startup, &env).unwrap();
        assert_eq!(s.url.value, "http://line:4");
        assert_eq!(s.output.value, Format::Json);
    }

    #[test]
    fn malformed_config_names_line_and_column() {
        let (_dir, env) = with_config("url = \"http://x\"\ntimeout = = 3\n");
        let err = resolve(&Overrides::default(), &env).unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("line 2, column"), "{msg}");
        assert_eq!(err.status().code(), 2);
    }

    #[test]
    fn unknown_config_key_is_an_error() {
        let (_dir, env) = with_config("ulr = \"http://x\"\n");
        let msg = resolve(&Overrides::default(), &env)
            .unwrap_err()
            .to_string();
        assert!(msg.contains("ulr") && msg.contains("line 1"), "{msg}");
    }

    #[test]
    fn key_file_is_read_and_trimmed() {
        let dir = tempfile::tempdir().unwrap();
        let keyfile = dir.path().join("key");
        std::fs::write(&keyfile, "abc\n").unwrap();
        let env = env(&[(
            env_vars::CONFIG,
            dir.path().join("none.toml").to_str().unwrap(),
        )]);
        let flags = Overrides {
            key_file: Some(keyfile),
            ..Default::default()
        };
        assert_eq!(resolve(&flags, &env).unwrap().key.unwrap().value, "abc");
    }

    #[test]
    fn bad_values_are_usage_errors_that_name_the_variable_not_the_value() {
        let dir = tempfile::tempdir().unwrap();
        let cfg = dir.path().join("none.toml");
        for (k, v) in [
            (env_vars::URL, "ftp://s3cretkey"),
            (env_vars::URL, "s3cret key"),
            (env_vars::TIMEOUT, "s3cretkey"),
            (env_vars::TIMEOUT, "123456789"),
            (env_vars::OUTPUT, "s3cretkey"),
        ] {
            let env = env(&[(env_vars::CONFIG, cfg.to_str().unwrap()), (k, v)]);
            let err = resolve(&Overrides::default(), &env).unwrap_err();
            assert_eq!(err.status().code(), 2, "{k}={v}: {err}");
            let text = err.to_string();
            assert!(text.contains(k) && !text.contains(v), "{text}");
        }
        // What the user typed as a flag is shown.
        let flags = Overrides {
            url: Some("ftp://x".into()),
            ..Default::default()
        };
        let env = env(&[(env_vars::CONFIG, cfg.to_str().unwrap())]);
        assert!(resolve(&flags, &env)
            .unwrap_err()
            .to_string()
            .contains("ftp://x"));
    }

    #[test]
    fn config_file_errors_never_show_a_value() {
        for text in [
            "key = 123456789\n",
            "key = [\"s3cret\"]\n",
            "url = \"s3cret key\"\n",
            "output = \"s3cret\"\n",
            "timeout = \"s3cret\"\n",
            "timeout = 123456789\n",
            "deck = 123456789\n",
            "key = s3cret\n",
        ] {
            let (_dir, env) = with_config(text);
            let err = resolve(&Overrides::default(), &env).unwrap_err();
            let msg = err.to_string();
            assert_eq!(err.status().code(), 2, "{text}: {msg}");
            assert!(
                !msg.contains("s3cret") && !msg.contains("123456789"),
                "{text}: {msg}"
            );
            assert!(msg.contains("config file"), "{msg}");
        }
        let (_dir, env) = with_config("key = 123456789\n");
        let msg = resolve(&Overrides::default(), &env)
            .unwrap_err()
            .to_string();
        assert!(
            msg.contains("line 1") && msg.contains("invalid type: integer, expected a string"),
            "{msg}"
        );
    }

    #[test]
    fn an_empty_url_variable_is_a_usage_error() {
        let dir = tempfile::tempdir().unwrap();
        let cfg = dir.path().join("none.toml");
        let env = env(&[
            (env_vars::CONFIG, cfg.to_str().unwrap()),
            (env_vars::URL, ""),
        ]);
        let err = resolve(&Overrides::default(), &env).unwrap_err();
        assert_eq!(err.status().code(), 2);
        assert!(
            err.to_string().contains("ANKI_CLI_URL is set but empty"),
            "{err}"
        );
        // A flag still wins over it.
        let flags = Overrides {
            url: Some("http://127.0.0.1:9".into()),
            ..Default::default()
        };
        assert_eq!(
            resolve(&flags, &env).unwrap().url.value,
            "http://127.0.0.1:9"
        );
    }

    #[test]
    fn each_layer_wins_over_the_ones_below() {
        let (_dir, mut env) = with_config(
            "url = \"http://file:1\"\noutput = \"tsv\"\ntimeout = 5\ndeck = \"FileDeck\"\n",
        );
        let file = resolve(&Overrides::default(), &env).unwrap();
        assert!(matches!(file.output.source, Source::File(_)));
        assert_eq!(file.output.value, Format::Tsv);
        assert_eq!(file.deck.unwrap().value, "FileDeck");

        env.0.insert(env_vars::OUTPUT.into(), "json".into());
        env.0.insert(env_vars::TIMEOUT.into(), "7".into());
        let from_env = resolve(&Overrides::default(), &env).unwrap();
        assert_eq!(from_env.output.value, Format::Json);
        assert_eq!(from_env.output.source, Source::Env(env_vars::OUTPUT));
        assert_eq!(from_env.timeout.value, 7.0);

        let session = Overrides {
            session_url: Some("http://session:2".into()),
            session_output: Some(Format::Ids),
            session_deck: Some("SessionDeck".into()),
            ..Default::default()
        };
        let s =
            resolve_layers(&Overrides::default(), &session, &Overrides::default(), &env).unwrap();
        assert_eq!(s.url.value, "http://session:2");
        assert_eq!(s.url.source, Source::Session);
        assert_eq!(s.output.value, Format::Ids);
        assert_eq!(s.deck.as_ref().unwrap().source, Source::Session);
        assert_eq!(
            s.timeout.source,
            Source::Env(env_vars::TIMEOUT),
            "no session timeout"
        );

        let flags = Overrides {
            url: Some("http://flag:3".into()),
            output: Some(Format::Table),
            timeout: Some(9.0),
            ..Default::default()
        };
        let s = resolve_layers(&flags, &session, &Overrides::default(), &env).unwrap();
        assert_eq!(s.url.source, Source::Flag("--url"));
        assert_eq!(s.output.source, Source::Flag("--output"));
        assert_eq!(s.timeout.source, Source::Flag("--timeout"));
        assert_eq!(s.deck.unwrap().value, "SessionDeck", "no deck flag");
    }

    #[test]
    fn the_session_layer_is_read_from_the_session_only() {
        let (_dir, env) = with_config("");
        // A line's flags carry no session values; the session's flag fields are not flags.
        let session = Overrides {
            url: Some("http://not-a-flag:1".into()),
            session_model: Some("Basic".into()),
            ..Default::default()
        };
        let s =
            resolve_layers(&Overrides::default(), &session, &Overrides::default(), &env).unwrap();
        assert_eq!(s.url.source, Source::Default);
        assert_eq!(s.model.unwrap().source, Source::Session);
        assert!(s.deck.is_none());
    }

    #[test]
    fn a_bad_value_below_the_winning_layer_is_not_read() {
        let (_dir, mut env) = with_config("output = \"s3cret\"\n");
        env.0.insert(env_vars::TIMEOUT.into(), "s3cret".into());
        let flags = Overrides {
            output: Some(Format::Json),
            timeout: Some(3.0),
            ..Default::default()
        };
        let s = resolve(&flags, &env).unwrap();
        assert_eq!((s.output.value, s.timeout.value), (Format::Json, 3.0));
        let msg = resolve(&Overrides::default(), &env)
            .unwrap_err()
            .to_string();
        assert!(
            msg.contains(env_vars::TIMEOUT) && !msg.contains("s3cret"),
            "{msg}"
        );
    }
}
