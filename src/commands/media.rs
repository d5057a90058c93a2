//! `anki-cli media`: the 5 media actions.

use std::path::{Component, Path, PathBuf};

use base64::Engine;
use clap::Subcommand;
use serde_json::{json, Value};

use super::context::Ctx;
use crate::api::media::{
    delete_media_file, media_dir_path, media_files_names, retrieve_media_file, store_media_file,
    MediaSource,
};
use crate::api::reply::OrFalse;
use crate::error::{CliError, Result};
use crate::output::{Output, Table};

/// Subcommands of `anki-cli media`.
#[derive(Debug, Clone, Subcommand)]
#[command(after_help = "\
Examples:
  anki-cli media store cat.jpg dog.jpg
  anki-cli media store --from-url https://example.com/cat.jpg --name cat.jpg
  anki-cli media get cat.jpg --out /tmp/cat.jpg
  anki-cli media list '*.mp3'
  anki-cli media delete old.mp3 --yes")]
pub enum MediaCommand {
    /// Store files in Anki's media folder; prints each stored name (Anki may rename)
    #[command(after_help = "\
Local files are read here and sent as data, so this works with Anki on another machine.
When --skip-hash matches, nothing is stored and (piped) nothing is printed.
Storing over an existing name moves the old file to Anki's media trash: that asks on a
terminal and needs --yes otherwise, unless the content is the same or --keep-existing
stores under a new name.
--path names a file on the machine where Anki runs; --from-url lets Anki download it.

Examples:
  anki-cli media store cat.jpg
  anki-cli media store recording.mp3 --name hello.mp3 --keep-existing
  anki-cli media store --from-url https://example.com/a.png --name a.png
  anki-cli media store --path /home/me/on-anki-host.png")]
    Store {
        /// Local files to upload
        #[arg(required_unless_present_any = ["from_url", "path"], conflicts_with_all = ["from_url", "path"])]
        files: Vec<PathBuf>,
        /// Let Anki download this URL instead (not `--url`: that is AnkiConnect's own URL)
        #[arg(long, value_name = "URL", conflicts_with = "path")]
        from_url: Option<String>,
        /// A file on the machine where Anki runs
        #[arg(long)]
        path: Option<String>,
        /// Name to store under (default: the file's own name); only with one file
        #[arg(long)]
        name: Option<String>,
        /// Keep an existing file of that name (Anki then stores under a new name)
        #[arg(long)]
        keep_existing: bool,
        /// Skip storing when the data's MD5 equals this hash
        #[arg(long, value_name = "MD5")]
        skip_hash: Option<String>,
        /// Replace existing media files of other content without asking (required when stdin
        /// is not a terminal)
        #[arg(short, long)]
        yes: bool,
    },
    /// Download a media file
    #[command(after_help = "\
Without --out the file is written to the current directory under its own name. An existing
file is never overwritten without --force, and the name can never lead outside that directory.

Examples:
  anki-cli media get cat.jpg
  anki-cli media get cat.jpg --out pics/cat.jpg
  anki-cli media get cat.jpg --out - | file -")]
    Get {
        /// The media file's name
        name: String,
        /// Where to write it, or - for stdout
        #[arg(long, value_name = "FILE|-")]
        out: Option<String>,
        /// Overwrite an existing file
        #[arg(long)]
        force: bool,
    },
    /// List media file names, optionally matching a glob pattern
    #[command(visible_alias = "ls")]
    List {
        /// A glob such as '*.mp3' (default: all)
        pattern: Option<String>,
    },
    /// Delete media files (they go to Anki's media trash)
    #[command(visible_alias = "rm")]
    Delete {
        /// Media file names
        #[arg(required = true)]
        names: Vec<String>,
        /// Do not ask for confirmation (required when stdin is not a terminal)
        #[arg(short, long)]
        yes: bool,
    },
    /// Print the media folder's path (on the machine where Anki runs)
    Dir,
}

/// The names among `targets` that Anki has already with other content (or content that cannot
/// be compared here: a URL or a path on Anki's machine), which storing would replace; data whose
/// MD5 is `skip_hash` is not stored at all.
fn replaced(
    ctx: &Ctx,
    targets: &[(String, MediaSource)],
    skip_hash: Option<&str>,
) -> Result<Vec<String>> {
    let skipped = |data: &str| {
        use md5::Digest;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(data)
            .unwrap_or_default();
        let hex: String = md5::Md5::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        skip_hash == Some(hex.as_str())
    };
    let calls = targets
        .iter()
        .map(|(name, _)| retrieve_media_file(name))
        .collect();
    let existing = ctx.send_all(calls)?;
    Ok(targets
        .iter()
        .zip(existing)
        .filter(|((_, source), now)| match (source, now) {
            (_, OrFalse::False) => false,
            (MediaSource::Data(data), OrFalse::Value(old)) => data != old && !skipped(data),
            _ => true,
        })
        .map(|((name, _), _)| name.clone())
        .collect())
}

/// A media name as a plain file name in the current directory, or an error if it is not one.
pub fn safe_local_name(name: &str) -> Result<PathBuf> {
    let path = Path::new(name);
    let mut components = path.components();
    match (components.next(), components.next()) {
        (Some(Component::Normal(part)), None) if !name.contains('\\') => Ok(PathBuf::from(part)),
        _ => Err(CliError::Usage(format!(
            "'{name}' is not a plain file name; choose where to write it with --out"
        ))),
    }
}

/// Refuses a glob that reaches outside the media folder: the add-on joins it to the folder's
/// path, so `../*` would list the profile folder.
pub fn check_pattern(pattern: &str) -> Result<()> {
    if pattern.contains('/') || pattern.contains('\\') {
        return Err(CliError::Usage(format!(
            "'{pattern}' is not a file name pattern: the media folder has no subfolders"
        )));
    }
    Ok(())
}

/// A glob matching exactly `name` (Python's glob.escape: `*`, `?` and `[` in brackets).
pub fn glob_literal(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            '*' | '?' | '[' => format!("[{c}]"),
            c => c.to_string(),
        })
        .collect()
}

/// Fails, naming them, if some media files do not exist: the add-on's
/// deleteMediaFile says nothing about a name it does not have.
fn require_media(ctx: &Ctx, names: &[String]) -> Result<()> {
    let mut missing = Vec::new();
    for name in names {
        let found = ctx.send(media_files_names(&glob_literal(name)))?;
        if !found.contains(name) {
            missing.push(name.as_str());
        }
    }
    if missing.is_empty() {
        Ok(())
    } else {
        Err(CliError::Refused(format!(
            "media file not found: {}; nothing was deleted",
            missing.join(", ")
        )))
    }
}

/// Reads local files to store, each as its name (`name`, else the file's own) and its content in
/// base64; every file is read before anything is sent.
fn read_files(files: &[PathBuf], name: Option<&str>) -> Result<Vec<(String, String)>> {
    if name.is_some() && files.len() > 1 {
        return Err(CliError::Usage("--name works with one file only".into()));
    }
    let mut loaded = Vec::new();
    for file in files {
        let bytes = std::fs::read(file)
            .map_err(|e| CliError::Usage(format!("cannot read {}: {e}", file.display())))?;
        if bytes.is_empty() {
            // The add-on takes empty data for no data at all and refuses it.
            return Err(CliError::Usage(format!(
                "{} is empty: AnkiConnect cannot store an empty file",
                file.display()
            )));
        }
        let filename = name.map(str::to_string).unwrap_or_else(|| {
            file.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        });
        loaded.push((
            filename,
            base64::engine::general_purpose::STANDARD.encode(bytes),
        ));
    }
    Ok(loaded)
}

/// Runs a `media` subcommand.
pub fn run(cmd: &MediaCommand, ctx: &Ctx) -> Result<Output> {
    Ok(match cmd {
        MediaCommand::Store {
            files,
            from_url,
            path,
            name,
            keep_existing,
            skip_hash,
            yes,
        } => {
            let loaded;
            let targets: Vec<(String, MediaSource)> = if let Some(url) = from_url {
                let filename = name.clone().or_else(|| {
                    url.rsplit('/')
                        .next()
                        .map(|s| s.split(['?', '#']).next().unwrap_or(s).to_string())
                });
                let filename = filename
                    .filter(|n| !n.is_empty())
                    .ok_or_else(|| CliError::Usage("give --name for this URL".into()))?;
                vec![(filename, MediaSource::Url(url))]
            } else if let Some(path) = path {
                let filename = name.clone().or_else(|| {
                    Path::new(path)
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                });
                let filename =
                    filename.ok_or_else(|| CliError::Usage("give --name for this path".into()))?;
                vec![(filename, MediaSource::Path(path))]
            } else {
                loaded = read_files(files, name.as_deref())?;
                loaded
                    .iter()
                    .map(|(filename, data)| (filename.clone(), MediaSource::Data(data)))
                    .collect()
            };
            if !keep_existing && !ctx.dry_run {
                let replaced = replaced(ctx, &targets, skip_hash.as_deref())?;
                if !replaced.is_empty() {
                    ctx.destructive("media store", *yes)?;
                    let what = match replaced.as_slice() {
                        [one] => format!("the existing media file '{one}'"),
                        many => {
                            format!("{} existing media files ({})", many.len(), many.join(", "))
                        }
                    };
                    ctx.confirm(
                        &format!("Replace {what}? (Anki moves the old content to its media trash)"),
                        *yes,
                    )?;
                }
            }
            let calls = targets
                .iter()
                .map(|(filename, source)| {
                    store_media_file(filename, *source, *keep_existing, skip_hash.as_deref())
                })
                .collect();
            // The stored name, or null when --skip-hash matched.
            let stored = ctx.send_all(calls)?;
            let results: Vec<Value> = stored
                .iter()
                .map(|s| s.clone().map_or(Value::Null, Value::String))
                .collect();
            let mut table = Table::new(&["Stored as"], Value::Array(results.clone()));
            for r in &stored {
                table.push(vec![r
                    .clone()
                    .unwrap_or_else(|| "(skipped: same hash)".into())]);
            }
            if results.len() == 1 {
                Output::Message {
                    text: table.rows[0][0].clone(),
                    result: results[0].clone(),
                }
            } else {
                Output::Table(table)
            }
        }
        MediaCommand::Get { name, out, force } => {
            let target = match out.as_deref() {
                Some("-") => None,
                Some(path) => Some(PathBuf::from(path)),
                None => Some(safe_local_name(name)?),
            };
            if let Some(path) = &target {
                crate::files::check_overwrite(path, *force)?;
            }
            let data = match ctx.send(retrieve_media_file(name))? {
                OrFalse::Value(b64) => base64::engine::general_purpose::STANDARD
                    .decode(b64.as_bytes())
                    .map_err(|e| {
                        CliError::unexpected_reply(
                            "retrieveMediaFile",
                            &Value::String(b64),
                            &format!("expected base64 data: {e}"),
                        )
                    })?,
                OrFalse::False => {
                    return Err(CliError::Refused(format!("media file not found: {name}")))
                }
            };
            match target {
                Some(path) => {
                    crate::files::write_atomically(&path, &data)?;
                    Output::Message {
                        text: format!("Wrote {} ({} bytes).", path.display(), data.len()),
                        result: json!(path.display().to_string()),
                    }
                }
                None => Output::Bytes(data),
            }
        }
        MediaCommand::List { pattern } => {
            let pattern = pattern.as_deref().unwrap_or("*");
            check_pattern(pattern)?;
            let (mut names, result) = ctx.send_raw(media_files_names(pattern))?;
            names.sort();
            let mut table = Table::new(&["File"], result);
            for n in names {
                table.push(vec![n]);
            }
            Output::Table(table)
        }
        MediaCommand::Delete { names, yes } => {
            ctx.destructive("media delete", *yes)?;
            let what = if names.len() == 1 {
                format!("media file '{}'", names[0])
            } else {
                format!("{} media files", names.len())
            };
            require_media(ctx, names)?;
            ctx.confirm(&format!("Delete {what}?"), *yes)?;
            ctx.send_all(names.iter().map(|n| delete_media_file(n)).collect())?;
            Output::Message {
                text: format!("Deleted {what}."),
                result: Value::Null,
            }
        }
        MediaCommand::Dir => {
            let dir = ctx.send(media_dir_path())?;
            Output::Message {
                text: dir.clone(),
                result: Value::String(dir),
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::{rendered, FakeAnki};
    use crate::output::Format;

    #[test]
    fn literal_globs_escape_wildcards() {
        assert_eq!(glob_literal("a.txt"), "a.txt");
        assert_eq!(glob_literal("a*[1]?.txt"), "a[*][[]1][?].txt");
    }

    #[test]
    fn patterns_stay_in_the_media_folder() {
        assert!(check_pattern("*.mp3").is_ok());
        assert!(check_pattern("../*").is_err());
        assert!(check_pattern("a\\b").is_err());
    }

    #[test]
    fn names_cannot_escape_the_directory() {
        assert_eq!(
            safe_local_name("cat.jpg").unwrap(),
            PathBuf::from("cat.jpg")
        );
        for bad in ["../x", "/etc/passwd", "a/b", "..", ".", "", "a\\..\\b"] {
            assert!(safe_local_name(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn delete_names_missing_files_and_deletes_nothing() {
        let anki = FakeAnki::new()
            .reply_to(
                "getMediaFilesNames",
                json!({"pattern": "a[*].mp3"}),
                json!(["a*.mp3"]),
            )
            .reply_to("getMediaFilesNames", json!({"pattern": "b.mp3"}), json!([]));
        let cmd = MediaCommand::Delete {
            names: vec!["a*.mp3".into(), "b.mp3".into()],
            yes: true,
        };
        let err = run(&cmd, &anki.ctx()).unwrap_err().to_string();
        assert!(err.contains("b.mp3") && !err.contains("a*"), "{err}");
        assert!(!anki.sent().contains(&"deleteMediaFile".to_string()));
    }

    #[test]
    fn delete_sends_one_request_per_file() {
        let anki = FakeAnki::new()
            .reply("getMediaFilesNames", json!(["a.mp3"]))
            .reply("getMediaFilesNames", json!(["b.mp3"]))
            .reply_to("deleteMediaFile", json!({"filename": "a.mp3"}), json!(null))
            .reply_to("deleteMediaFile", json!({"filename": "b.mp3"}), json!(null));
        let cmd = MediaCommand::Delete {
            names: vec!["a.mp3".into(), "b.mp3".into()],
            yes: true,
        };
        let out = run(&cmd, &anki.ctx()).unwrap();
        assert_eq!(rendered(&out, Format::Table), "Deleted 2 media files.\n");
    }

    #[test]
    fn get_writes_the_decoded_bytes_or_says_what_is_wrong() {
        let anki = FakeAnki::new().reply("retrieveMediaFile", json!("SGk="));
        let cmd = MediaCommand::Get {
            name: "hi.txt".into(),
            out: Some("-".into()),
            force: false,
        };
        let out = run(&cmd, &anki.ctx()).unwrap();
        assert_eq!(rendered(&out, Format::Auto), "Hi");
        let missing = FakeAnki::new().reply("retrieveMediaFile", json!(false));
        let err = run(&cmd, &missing.ctx()).unwrap_err();
        assert_eq!(err.status().code(), 1);
        assert!(err.to_string().contains("hi.txt"), "{err}");
        let garbled = FakeAnki::new().reply("retrieveMediaFile", json!("not base64!"));
        assert_eq!(run(&cmd, &garbled.ctx()).unwrap_err().status().code(), 3);
        let odd = FakeAnki::new().reply("retrieveMediaFile", json!(42));
        assert_eq!(run(&cmd, &odd.ctx()).unwrap_err().status().code(), 3);
    }

    #[test]
    fn get_refuses_a_name_leading_out_of_the_directory_before_asking() {
        let anki = FakeAnki::new();
        let cmd = MediaCommand::Get {
            name: "../x".into(),
            out: None,
            force: false,
        };
        assert_eq!(run(&cmd, &anki.ctx()).unwrap_err().status().code(), 2);
        assert!(anki.sent().is_empty());
    }

    /// `media store` with these sources and options (no --name).
    fn store(
        files: Vec<PathBuf>,
        from_url: Option<&str>,
        path: Option<&str>,
        keep_existing: bool,
        skip_hash: Option<&str>,
    ) -> MediaCommand {
        MediaCommand::Store {
            files,
            from_url: from_url.map(String::from),
            path: path.map(String::from),
            name: None,
            keep_existing,
            skip_hash: skip_hash.map(String::from),
            yes: false,
        }
    }

    #[test]
    fn store_reports_a_skipped_file_and_sends_each_source() {
        let anki = FakeAnki::new()
            .reply("retrieveMediaFile", json!(false))
            .reply_to(
                "storeMediaFile",
                json!({"filename": "a.png", "url": "https://x/a.png?s=1", "skipHash": "h"}),
                json!(null),
            );
        let cmd = store(vec![], Some("https://x/a.png?s=1"), None, false, Some("h"));
        let out = run(&cmd, &anki.ctx()).unwrap();
        assert_eq!(rendered(&out, Format::Table), "(skipped: same hash)\n");
        let anki = FakeAnki::new().reply_to(
            "storeMediaFile",
            json!({"filename": "b.png", "path": "/tmp/b.png", "deleteExisting": false}),
            json!("b_1.png"),
        );
        let cmd = store(vec![], None, Some("/tmp/b.png"), true, None);
        let out = run(&cmd, &anki.ctx()).unwrap();
        assert_eq!(rendered(&out, Format::Json), "\"b_1.png\"\n");
    }

    #[test]
    fn store_reads_every_file_before_sending_any() {
        let dir = tempfile::tempdir().unwrap();
        let full = dir.path().join("a.txt");
        std::fs::write(&full, "Hi").unwrap();
        let empty = dir.path().join("b.txt");
        std::fs::write(&empty, "").unwrap();
        let anki = FakeAnki::new();
        let cmd = store(vec![full.clone(), empty], None, None, false, None);
        let err = run(&cmd, &anki.ctx()).unwrap_err();
        assert!(err.to_string().contains("empty"), "{err}");
        assert!(anki.sent().is_empty());
        let anki = FakeAnki::new()
            .reply("retrieveMediaFile", json!(false))
            .reply_to(
                "storeMediaFile",
                json!({"filename": "a.txt", "data": "SGk="}),
                json!("a.txt"),
            );
        let cmd = store(vec![full], None, None, false, None);
        assert_eq!(
            rendered(&run(&cmd, &anki.ctx()).unwrap(), Format::Table),
            "a.txt\n"
        );
    }

    #[test]
    fn storing_over_other_content_needs_yes_unless_it_is_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.txt");
        std::fs::write(&file, "Hi").unwrap();
        let with_yes = |yes| MediaCommand::Store {
            files: vec![file.clone()],
            from_url: None,
            path: None,
            name: None,
            keep_existing: false,
            skip_hash: None,
            yes,
        };
        // Other content: refused off a terminal, nothing stored.
        let anki = FakeAnki::new().reply("retrieveMediaFile", json!("T2xk"));
        let err = run(&with_yes(false), &anki.ctx()).unwrap_err();
        assert_eq!(err.status().code(), 2, "{err}");
        assert!(err.to_string().contains("media store"), "{err}");
        assert!(!anki.sent().contains(&"storeMediaFile".to_string()));
        // With --yes it is replaced; the same content needs no --yes.
        for (old, yes) in [("T2xk", true), ("SGk=", false)] {
            let anki = FakeAnki::new()
                .reply("retrieveMediaFile", json!(old))
                .reply("storeMediaFile", json!("a.txt"));
            run(&with_yes(yes), &anki.ctx()).unwrap();
            assert!(anki.sent().contains(&"storeMediaFile".to_string()));
        }
    }

    #[test]
    fn list_sorts_names_and_dir_prints_the_path() {
        let anki = FakeAnki::new()
            .reply_to(
                "getMediaFilesNames",
                json!({"pattern": "*"}),
                json!(["b.mp3", "a.mp3"]),
            )
            .reply("getMediaDirPath", json!("/m"));
        let out = run(&MediaCommand::List { pattern: None }, &anki.ctx()).unwrap();
        assert_eq!(rendered(&out, Format::Tsv), "a.mp3\nb.mp3\n");
        let dir = run(&MediaCommand::Dir, &anki.ctx()).unwrap();
        assert_eq!(rendered(&dir, Format::Table), "/m\n");
    }
}
