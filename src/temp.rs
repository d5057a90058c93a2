//! Private temporary files: made anew in the system's temporary folder under a random name
//! (`O_EXCL`: never through a symlink or over a file planted there), readable by their owner only
//! (0600 on Unix), removed when dropped and, on Ctrl-C, by [`remove_all`] before the process exits.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The temporary files alive now, for [`remove_all`].
static ALIVE: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// A private temporary file, removed when dropped (unless [`PrivateTemp::keep`] is called).
pub struct PrivateTemp {
    path: Option<tempfile::TempPath>,
}

impl PrivateTemp {
    /// Makes a new empty file `PREFIX…SUFFIX` and opens it for writing.
    pub fn new(prefix: &str, suffix: &str) -> std::io::Result<(File, PrivateTemp)> {
        let (file, path) = tempfile::Builder::new()
            .prefix(prefix)
            .suffix(suffix)
            .tempfile()?
            .into_parts();
        if let Ok(mut alive) = ALIVE.lock() {
            alive.push(path.to_path_buf());
        }
        Ok((file, PrivateTemp { path: Some(path) }))
    }

    /// Where the file is.
    pub fn path(&self) -> &Path {
        self.path.as_deref().unwrap_or(Path::new(""))
    }

    /// Leaves the file where it is (it holds something the user needs) and returns its path.
    pub fn keep(mut self) -> PathBuf {
        let path = self.path.take().map(|p| p.keep().unwrap_or_default());
        let path = path.unwrap_or_default();
        forget(&path);
        path
    }
}

impl Drop for PrivateTemp {
    fn drop(&mut self) {
        if let Some(path) = self.path.take() {
            forget(&path);
            // TempPath removes the file as it drops.
        }
    }
}

/// Takes `path` off the list of files to remove on Ctrl-C.
fn forget(path: &Path) {
    if let Ok(mut alive) = ALIVE.lock() {
        alive.retain(|p| p != path);
    }
}

/// Removes every private temporary file alive now (for the Ctrl-C handler, which ends the
/// process without running destructors).
pub fn remove_all() {
    if let Ok(mut alive) = ALIVE.lock() {
        for path in alive.drain(..) {
            let _ = std::fs::remove_file(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_temp_file_is_new_private_and_removed() {
        let (_, temp) = PrivateTemp::new("anki-cli-test-", ".csv").unwrap();
        let path = temp.path().to_path_buf();
        assert!(path.is_file());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let (_, other) = PrivateTemp::new("anki-cli-test-", ".csv").unwrap();
        assert_ne!(other.path(), path, "a fresh name each time");
        drop(temp);
        assert!(!path.exists());
        assert!(ALIVE.lock().unwrap().contains(&other.path().to_path_buf()));
    }

    #[test]
    fn a_kept_file_stays() {
        let (_, temp) = PrivateTemp::new("anki-cli-test-", ".txt").unwrap();
        let path = temp.keep();
        assert!(path.is_file());
        std::fs::remove_file(path).unwrap();
    }
}
