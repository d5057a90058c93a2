//! Every media command against the real backend, binary data included.

use crate::anki::Anki;
use crate::common::{cli, expect, run};
use serde_json::json;

#[test]
fn store_get_round_trips_binary_data() {
    let b = Anki::shared();
    let dir = tempfile::tempdir().unwrap();
    let bytes: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
    let src = dir.path().join("noise.bin");
    std::fs::write(&src, &bytes).unwrap();
    assert_eq!(
        expect(&b.url, &["media", "store", src.to_str().unwrap()], 0)
            .stdout
            .trim(),
        "\"noise.bin\""
    );

    let out = dir.path().join("back.bin");
    expect(
        &b.url,
        &["media", "get", "noise.bin", "--out", out.to_str().unwrap()],
        0,
    );
    assert_eq!(std::fs::read(&out).unwrap(), bytes);
    let again = expect(
        &b.url,
        &["media", "get", "noise.bin", "--out", out.to_str().unwrap()],
        2,
    );
    assert!(again.stderr.contains("--force"), "{}", again.stderr);
    expect(
        &b.url,
        &[
            "media",
            "get",
            "noise.bin",
            "--out",
            out.to_str().unwrap(),
            "--force",
        ],
        0,
    );

    let cwd = dir.path().join("cwd");
    std::fs::create_dir(&cwd).unwrap();
    let mut cmd = cli(&b.url);
    cmd.current_dir(&cwd);
    let r = run(&mut cmd, &["media", "get", "noise.bin"], None);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(std::fs::read(cwd.join("noise.bin")).unwrap(), bytes);

    let stdout = std::process::Command::new(assert_cmd::cargo::cargo_bin("anki-cli"))
        .env("ANKI_CLI_URL", &b.url)
        .env("ANKI_CLI_CONFIG", "/nonexistent/config.toml")
        .args(["media", "get", "noise.bin", "--out", "-"])
        .output()
        .unwrap();
    assert_eq!(stdout.stdout, bytes);
}

#[test]
fn missing_files_and_unsafe_names_are_errors() {
    let b = Anki::shared();
    let r = expect(
        &b.url,
        &[
            "media",
            "get",
            "nope.png",
            "--out",
            "/tmp/anki-cli-never-written.png",
        ],
        1,
    );
    assert!(
        r.stderr.contains("media file not found: nope.png"),
        "{}",
        r.stderr
    );
    assert!(!std::path::Path::new("/tmp/anki-cli-never-written.png").exists());
    let r = expect(&b.url, &["media", "get", "../../etc/passwd"], 2);
    assert!(r.stderr.contains("--out"), "{}", r.stderr);
    let r = expect(&b.url, &["media", "store", "/no/such/file.png"], 2);
    assert!(r.stderr.contains("/no/such/file.png"), "{}", r.stderr);
}

#[test]
fn keep_existing_renames_and_list_delete_dir_work() {
    let b = Anki::shared();
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    std::fs::write(&a, "one").unwrap();
    expect(&b.url, &["media", "store", a.to_str().unwrap()], 0);
    std::fs::write(&a, "two").unwrap();
    let renamed = expect(
        &b.url,
        &["media", "store", a.to_str().unwrap(), "--keep-existing"],
        0,
    )
    .stdout;
    assert_ne!(
        renamed.trim(),
        "\"a.txt\"",
        "Anki stores the new data under a new name"
    );
    let skipped = expect(
        &b.url,
        &[
            "media",
            "store",
            a.to_str().unwrap(),
            "--name",
            "a.txt",
            "--skip-hash",
            "b8a9f715dbb64fd5c56e7783c6820a61",
        ],
        0,
    );
    assert_eq!(
        skipped.stdout.trim(),
        "",
        "md5 of 'two' matches: nothing stored, nothing printed"
    );

    let listed: serde_json::Value =
        serde_json::from_str(&expect(&b.url, &["media", "list", "a*"], 0).stdout).unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 2, "{listed}");
    expect(&b.url, &["media", "delete", "a.txt"], 2);
    expect(&b.url, &["media", "delete", "a.txt", "--yes"], 0);
    assert_eq!(
        b.call("getMediaFilesNames", json!({"pattern": "a.txt"})),
        json!([])
    );
    let dir_out = expect(&b.url, &["media", "dir"], 0).stdout;
    assert!(dir_out.contains("collection.media"), "{dir_out}");
}
