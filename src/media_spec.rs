//! `--audio/--video/--picture` specs: a file, URL or base64 data attached to note fields.
//!
//! Syntax: `SOURCE;fields=F1,F2[;filename=NAME][;skip-hash=MD5]`, where SOURCE is a
//! local path (read and sent as base64, so a remote Anki works), an `http(s)://` URL,
//! or `base64:DATA`.

use base64::Engine;
use serde_json::{json, Map, Value};

use crate::error::{CliError, Result};

/// Help text shared by the media flags.
pub const MEDIA_HELP: &str = "SOURCE;fields=F1,F2[;filename=NAME][;skip-hash=MD5] \
(SOURCE: a local file, an http(s) URL, or base64:DATA)";

/// Parses one spec into AnkiConnect's media object, reading local files.
pub fn parse(flag: &str, spec: &str) -> Result<Value> {
    let mut parts = spec.split(';');
    let source = parts.next().unwrap_or_default().trim();
    if source.is_empty() {
        return Err(CliError::Usage(format!(
            "{flag} '{spec}': no file, URL or base64: data given"
        )));
    }
    let mut fields: Vec<String> = Vec::new();
    let mut filename: Option<String> = None;
    let mut obj = Map::new();
    for part in parts.map(str::trim).filter(|p| !p.is_empty()) {
        let (key, value) = part.split_once('=').ok_or_else(|| {
            CliError::Usage(format!("{flag} '{spec}': expected KEY=VALUE, got '{part}'"))
        })?;
        match key.trim() {
            "fields" | "field" => fields.extend(
                value
                    .split(',')
                    .map(|f| f.trim().to_string())
                    .filter(|f| !f.is_empty()),
            ),
            "filename" | "name" => filename = Some(value.trim().to_string()),
            "skip-hash" | "skipHash" => {
                obj.insert("skipHash".into(), json!(value.trim()));
            }
            other => {
                return Err(CliError::Usage(format!(
                    "{flag} '{spec}': unknown option '{other}' (use fields=, filename=, skip-hash=)"
                )))
            }
        }
    }
    if fields.is_empty() {
        return Err(CliError::Usage(format!(
            "{flag} '{spec}': say which fields to put it in, e.g. '{source};fields=Back'"
        )));
    }
    let default_name = if let Some(data) = source.strip_prefix("base64:") {
        base64::engine::general_purpose::STANDARD
            .decode(data.trim())
            .map_err(|e| CliError::Usage(format!("{flag} '{source}': invalid base64 data: {e}")))?;
        obj.insert("data".into(), json!(data.trim()));
        None
    } else if source.starts_with("http://") || source.starts_with("https://") {
        obj.insert("url".into(), json!(source));
        source
            .rsplit('/')
            .next()
            .map(|s| s.split(['?', '#']).next().unwrap_or(s).to_string())
    } else {
        let bytes = std::fs::read(source).map_err(|e| {
            CliError::Usage(format!("{flag}: cannot read media file '{source}': {e}"))
        })?;
        obj.insert(
            "data".into(),
            json!(base64::engine::general_purpose::STANDARD.encode(bytes)),
        );
        std::path::Path::new(source)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
    };
    let filename = filename
        .or(default_name)
        .filter(|n| !n.is_empty())
        .ok_or_else(|| {
            CliError::Usage(format!(
                "{flag} '{spec}': give the stored file's name with ;filename=NAME"
            ))
        })?;
    obj.insert("filename".into(), json!(filename));
    obj.insert("fields".into(), json!(fields));
    Ok(Value::Object(obj))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_files_are_sent_as_base64_with_their_name() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("hi.mp3");
        std::fs::write(&path, b"\x00\x01abc").unwrap();
        let v = parse("--audio", &format!("{};fields=Front,Back", path.display())).unwrap();
        assert_eq!(
            v,
            json!({"data": "AAFhYmM=", "filename": "hi.mp3", "fields": ["Front", "Back"]})
        );
    }

    #[test]
    fn urls_and_data_and_options() {
        let v = parse(
            "--picture",
            "https://x.org/a/cat.jpg?s=1;fields=Back;skip-hash=abc",
        )
        .unwrap();
        assert_eq!(
            v,
            json!({"url": "https://x.org/a/cat.jpg?s=1", "skipHash": "abc", "filename": "cat.jpg", "fields": ["Back"]})
        );
        let v = parse("--picture", "base64:AAE=;fields=Back;filename=dot.png").unwrap();
        assert_eq!(v["data"], "AAE=");
        assert_eq!(v["filename"], "dot.png");
    }

    #[test]
    fn bad_specs_name_the_problem() {
        let missing = parse("--audio", "/no/such/file.mp3;fields=Front")
            .unwrap_err()
            .to_string();
        assert!(missing.contains("/no/such/file.mp3"), "{missing}");
        assert!(parse("--audio", "x.mp3")
            .unwrap_err()
            .to_string()
            .contains("fields=Back"));
        assert!(parse("--picture", "base64:AAE=;fields=F")
            .unwrap_err()
            .to_string()
            .contains("filename"));
        assert!(parse("--picture", "base64:%%%;fields=F;filename=a")
            .unwrap_err()
            .to_string()
            .contains("base64"));
        assert!(parse("--picture", "a.png;fields=F;size=3")
            .unwrap_err()
            .to_string()
            .contains("size"));
    }
}
