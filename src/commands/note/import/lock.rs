//! One import into an Anki at a time, among the imports this machine runs.
//!
//! `--fast` checks rows (canAddNotesWithErrorDetail) and adds them later in one package import,
//! which checks nothing: an add between the two would be added twice. So a `--fast` import holds
//! an exclusive lock for the Anki's URL while it sends, and a normal import (whose addNotes refuses
//! duplicates itself) a shared one: normal imports run side by side, a `--fast` one waits for every
//! other and says so on stderr. The lock is the operating system's (`File::lock`, released when
//! the process ends, however it ends), on a file in the user's runtime or cache directory.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::PathBuf;

/// A held import lock (released when dropped).
pub struct ImportLock {
    _file: File,
}

impl ImportLock {
    /// Takes the lock for imports into the Anki at `url` (exclusive for `--fast`), waiting for
    /// other imports and saying so on stderr. `None` when no lock file can be made (said on
    /// stderr: the import goes on unguarded).
    pub fn take(url: &str, exclusive: bool) -> Option<ImportLock> {
        let path = lock_path(url);
        let file = match open(&path) {
            Ok(file) => file,
            Err(e) => {
                eprintln!(
                    "anki-cli: cannot lock {} ({e}); imports running at the same time are not kept apart",
                    path.display()
                );
                return None;
            }
        };
        let tried = if exclusive {
            file.try_lock()
        } else {
            file.try_lock_shared()
        };
        let locked = match tried {
            Ok(()) => Ok(()),
            Err(TryLockError::WouldBlock) => {
                eprintln!(
                    "anki-cli: another import into {} is running; waiting for it to finish...",
                    crate::url::redact_url(url)
                );
                if exclusive {
                    file.lock()
                } else {
                    file.lock_shared()
                }
            }
            Err(TryLockError::Error(e)) => Err(e),
        };
        match locked {
            Ok(()) => Some(ImportLock { _file: file }),
            Err(e) => {
                eprintln!(
                    "anki-cli: cannot lock {} ({e}); imports running at the same time are not kept apart",
                    path.display()
                );
                None
            }
        }
    }
}

/// Opens (creating) the lock file.
fn open(path: &std::path::Path) -> std::io::Result<File> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
}

/// The lock file for `url`: its host and port (a loopback host as `localhost`), in a file name.
fn lock_path(url: &str) -> PathBuf {
    let base = dirs::runtime_dir()
        .or_else(dirs::cache_dir)
        .unwrap_or_else(std::env::temp_dir);
    base.join("anki-cli")
        .join(format!("import-{}.lock", key(url)))
}

/// The part of `url` naming the Anki: host and port, without user, password or path.
fn key(url: &str) -> String {
    let parsed = reqwest::Url::parse(url).ok();
    let host = match parsed.as_ref().and_then(|u| u.host_str()) {
        Some(_) if crate::url::is_local_url(url) => "localhost".to_string(),
        Some(host) => host.to_ascii_lowercase(),
        None => url.to_ascii_lowercase(),
    };
    let port = parsed
        .as_ref()
        .and_then(|u| u.port_or_known_default())
        .unwrap_or(8765);
    format!("{host}-{port}")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_names_one_anki_whatever_the_spelling() {
        assert_eq!(key("http://127.0.0.1:8765"), "localhost-8765");
        assert_eq!(key("http://localhost:8765/"), "localhost-8765");
        assert_eq!(key("http://bob:pw@[::1]:8765"), "localhost-8765");
        assert_eq!(key("http://Anki.Example"), "anki.example-80");
        assert_ne!(key("http://127.0.0.1:8766"), key("http://127.0.0.1:8765"));
    }

    #[test]
    fn an_exclusive_lock_waits_for_a_shared_one_and_shared_ones_share() {
        // flock-style locks conflict between two opens even in one process.
        let url = format!("http://lock-test-{}.invalid:1", std::process::id());
        let path = lock_path(&url);
        let shared = ImportLock::take(&url, false).expect("lock");
        let second = ImportLock::take(&url, false).expect("a shared lock beside another");
        let probe = open(&path).unwrap();
        assert!(matches!(probe.try_lock(), Err(TryLockError::WouldBlock)));
        drop((shared, second));
        let exclusive = ImportLock::take(&url, true).expect("lock");
        assert!(matches!(
            probe.try_lock_shared(),
            Err(TryLockError::WouldBlock)
        ));
        drop(exclusive);
        probe.try_lock().expect("free once dropped");
        let _ = std::fs::remove_file(path);
    }
}
