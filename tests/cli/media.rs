//! Every media command against the real add-on, binary data included. Each test uses file
//! names starting with its own prefix, and checks listings for what it stored.

use crate::anki::Anki;
use crate::common::{cli, cmd, exits, q};
use serde_json::{json, Value};

fn media_names(b: &Anki, pattern: &str) -> Vec<String> {
    serde_json::from_value(b.call("getMediaFilesNames", json!({ "pattern": pattern })))
        .expect("file names")
}

#[test]
fn store_get_round_trips_binary_data() {
    let b = Anki::shared();
    let name = "media_roundtrip_noise.bin";
    let dir = tempfile::tempdir().unwrap();
    let bytes: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
    let src = dir.path().join(name);
    std::fs::write(&src, &bytes).unwrap();
    assert_eq!(
        cmd(&b.url, &format!("media store {}", q(&src)), 0)
            .stdout
            .trim(),
        format!("\"{name}\"")
    );

    let out = dir.path().join("back.bin");
    cmd(&b.url, &format!("media get {name} --out {}", q(&out)), 0);
    assert_eq!(std::fs::read(&out).unwrap(), bytes);
    cmd(&b.url, &format!("media get {name} --out {}", q(&out)), 2).err_has(&["--force"]);
    cmd(
        &b.url,
        &format!("media get {name} --out {} --force", q(&out)),
        0,
    );

    let cwd = dir.path().join("cwd");
    std::fs::create_dir(&cwd).unwrap();
    let mut cmd = cli(&b.url);
    cmd.current_dir(&cwd);
    exits(&mut cmd, &format!("media get {name}"), None, 0);
    assert_eq!(std::fs::read(cwd.join(name)).unwrap(), bytes);

    let stdout = std::process::Command::new(assert_cmd::cargo::cargo_bin("anki-cli"))
        .env("ANKI_CLI_URL", &b.url)
        .env("ANKI_CLI_CONFIG", "/nonexistent/config.toml")
        .args(["media", "get", name, "--out", "-"])
        .output()
        .unwrap();
    assert_eq!(stdout.stdout, bytes);
}

#[test]
fn several_files_at_once_print_their_stored_names() {
    let b = Anki::shared();
    let dir = tempfile::tempdir().unwrap();
    let one = dir.path().join("media_several_1.txt");
    let two = dir.path().join("media_several_2.txt");
    std::fs::write(&one, "one").unwrap();
    std::fs::write(&two, "two").unwrap();
    let stored: Value = serde_json::from_str(
        &cmd(&b.url, &format!("media store {} {}", q(&one), q(&two)), 0).stdout,
    )
    .unwrap();
    assert_eq!(
        stored,
        json!(["media_several_1.txt", "media_several_2.txt"])
    );
    let names = media_names(b, "media_several_*");
    assert!(
        names.contains(&"media_several_1.txt".into())
            && names.contains(&"media_several_2.txt".into()),
        "{names:?}"
    );
    // An empty file never reaches the add-on, which would take it for missing data.
    let empty = dir.path().join("media_several_empty.txt");
    std::fs::write(&empty, "").unwrap();
    cmd(&b.url, &format!("media store {}", q(&empty)), 2).err_has(&["is empty"]);
    assert!(media_names(b, "media_several_empty*").is_empty());
}

#[test]
fn missing_files_and_unsafe_names_are_errors() {
    let b = Anki::shared();
    let dir = tempfile::tempdir().unwrap();
    let never = dir.path().join("never-written.png");
    cmd(
        &b.url,
        &format!("media get media_missing_nope.png --out {}", q(&never)),
        1,
    )
    .err_has(&["media file not found: media_missing_nope.png"]);
    assert!(!never.exists());
    cmd(&b.url, "media get ../../etc/passwd", 2).err_has(&["--out"]);
    cmd(&b.url, "media store /no/such/file.png", 2).err_has(&["/no/such/file.png"]);
    // The add-on would list the profile folder for this.
    cmd(&b.url, "media list '../*'", 2).err_has(&["'../*'"]);
}

#[test]
fn keep_existing_renames_and_list_delete_dir_work() {
    let b = Anki::shared();
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("media_keep_a.txt");
    std::fs::write(&a, "one").unwrap();
    cmd(&b.url, &format!("media store {}", q(&a)), 0);
    std::fs::write(&a, "two").unwrap();
    let renamed: String = serde_json::from_str(
        &cmd(&b.url, &format!("media store {} --keep-existing", q(&a)), 0).stdout,
    )
    .unwrap();
    assert!(
        renamed != "media_keep_a.txt" && renamed.starts_with("media_keep_a"),
        "Anki stores the new data under a new name: {renamed}"
    );
    let skipped = cmd(
        &b.url,
        &format!(
            "media store {} --name media_keep_a.txt --skip-hash b8a9f715dbb64fd5c56e7783c6820a61",
            q(&a)
        ),
        0,
    );
    assert_eq!(
        skipped.stdout.trim(),
        "",
        "md5 of 'two' matches: nothing stored, nothing printed"
    );
    assert_eq!(
        b.call("retrieveMediaFile", json!({"filename": "media_keep_a.txt"})),
        json!("b25l"),
        "still 'one'"
    );

    let listed: Vec<String> =
        serde_json::from_str(&cmd(&b.url, "media list 'media_keep_a*'", 0).stdout).unwrap();
    assert!(
        listed.contains(&"media_keep_a.txt".to_string()) && listed.contains(&renamed),
        "{listed:?}"
    );
    let all: Vec<String> = serde_json::from_str(&cmd(&b.url, "media ls", 0).stdout).unwrap();
    assert!(all.contains(&renamed), "{all:?}");

    cmd(&b.url, "media delete media_keep_a.txt", 2);
    // deleteMediaFile says nothing about a name it does not have; the CLI checks first.
    cmd(
        &b.url,
        "media delete media_keep_a.txt media_keep_ghost.txt --yes",
        1,
    )
    .err_has(&["media file not found: media_keep_ghost.txt"]);
    assert_eq!(
        media_names(b, "media_keep_a.txt"),
        ["media_keep_a.txt"],
        "nothing deleted"
    );
    cmd(
        &b.url,
        &format!("media delete media_keep_a.txt {} --yes", q(renamed)),
        0,
    );
    assert_eq!(media_names(b, "media_keep_a*"), Vec::<String>::new());
    let dir_out = cmd(&b.url, "media dir", 0).stdout;
    assert!(dir_out.contains("collection.media"), "{dir_out}");
    let shown: String = serde_json::from_str(&dir_out).unwrap();
    assert!(std::path::Path::new(&shown).is_dir(), "{shown}");
}

#[test]
fn store_from_a_path_or_a_url_that_anki_reads_itself() {
    let b = Anki::shared();
    let dir = tempfile::tempdir().unwrap();
    let on_anki_side = dir.path().join("media_remote_path.txt");
    std::fs::write(&on_anki_side, "from a path").unwrap();
    let stored = cmd(
        &b.url,
        &format!("media store --path {}", q(&on_anki_side)),
        0,
    );
    assert_eq!(stored.stdout.trim(), "\"media_remote_path.txt\"");
    assert_eq!(
        b.call(
            "retrieveMediaFile",
            json!({"filename": "media_remote_path.txt"})
        ),
        json!("ZnJvbSBhIHBhdGg=")
    );

    let body: &'static str =
        Box::leak(crate::common::http_response("200 OK", "from a url").into_boxed_str());
    let server = crate::common::Stub::start(Some(body));
    let url = format!("{}/files/media_remote_url.txt?token=1", server.url);
    // `--url` stays AnkiConnect's URL: the two flags do not mix.
    let stored = cmd(
        &b.url,
        &format!("--url {} media store --from-url {}", q(&b.url), q(url)),
        0,
    );
    assert_eq!(
        stored.stdout.trim(),
        "\"media_remote_url.txt\"",
        "named after the URL's path"
    );
    assert_eq!(
        b.call(
            "retrieveMediaFile",
            json!({"filename": "media_remote_url.txt"})
        ),
        json!("ZnJvbSBhIHVybA==")
    );

    let missing: &'static str =
        Box::leak(crate::common::http_response("404 Not Found", "").into_boxed_str());
    let gone = crate::common::Stub::start(Some(missing));
    cmd(
        &b.url,
        &format!(
            "media store --from-url {} --name media_remote_404.txt",
            q(format!("{}/x", gone.url))
        ),
        1,
    )
    .err_has(&["404"]);
    assert!(media_names(b, "media_remote_404*").is_empty());
}

/// `note add` and `note update` with `--audio`/`--picture`/`--video` never replace an existing
/// media file: the add-on stores without deleteExisting, so Anki keeps the old file and stores other
/// content under a new name (`NAME-SHA1.EXT`), which the field then refers to. So unlike `media
/// store` they need no consent; this guards that nothing starts sending deleteExisting.
#[test]
fn note_media_over_an_existing_name_keeps_the_old_file() {
    let b = Anki::shared();
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.txt");
    std::fs::write(&old, "media_clash old").unwrap();
    cmd(
        &b.url,
        &format!("media store {} --name media_clash.txt --yes", q(&old)),
        0,
    );
    cmd(&b.url, "deck create media_clash", 0);
    let unique = format!("media_clash {}", std::process::id());
    let attach = |flag: &str, content: &str| {
        let file = dir.path().join("media_clash.txt");
        std::fs::write(&file, content).unwrap();
        format!("{flag} {}", q(format!("{};fields=Back", file.display())))
    };
    let added = cmd(
        &b.url,
        &format!(
            "note add --deck media_clash --model Basic -f {} {}",
            q(format!("Front={unique}")),
            attach("--audio", "media_clash new")
        ),
        0,
    );
    let id: i64 = added.stdout.trim().parse().unwrap();
    cmd(
        &b.url,
        &format!(
            "note update {id} {}",
            attach("--picture", "media_clash newer")
        ),
        0,
    );
    let kept = b.call("retrieveMediaFile", json!({"filename": "media_clash.txt"}));
    assert_eq!(kept, json!("bWVkaWFfY2xhc2ggb2xk"), "the old content stays");
    let back = b.call("notesInfo", json!({ "notes": [id] }))[0]["fields"]["Back"]["value"]
        .as_str()
        .unwrap()
        .to_string();
    let names = media_names(b, "media_clash-*.txt");
    assert_eq!(names.len(), 2, "two new names: {names:?}");
    for name in &names {
        assert!(back.contains(name.as_str()), "{back} refers to {name}");
    }
    assert!(!back.contains("media_clash.txt"), "{back}");
}
