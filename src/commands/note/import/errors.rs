//! The errors file of `note import --errors FILE`: every row that did not go in, as the file
//! had it, with a reason column, ready to be fixed and imported again.

use std::fs::File;
use std::path::{Path, PathBuf};

use crate::error::{CliError, Result};

/// The errors file: made at the first row that did not go in, so an import where nothing failed
/// (or nothing was sent) leaves none.
pub struct ErrorsFile {
    writer: Option<csv::Writer<File>>,
    path: PathBuf,
    header: Vec<String>,
    /// Why the file could not be made, for the next flush to report.
    broken: Option<String>,
}

impl ErrorsFile {
    /// Refuses, before anything is sent: even with `--force`, an errors file that is the input
    /// itself (the same file after following links) or a directory; without it, an existing
    /// file that is no errors file (its header does not end in `reason`; [`ErrorsFile::create`]
    /// checks the columns).
    pub fn refuse_input(path: &Path, input: &Path, force: bool) -> Result<()> {
        if path.is_dir() {
            return Err(CliError::Usage(format!(
                "cannot write the errors file {}: it is a directory",
                path.display()
            )));
        }
        let same = match (std::fs::canonicalize(path), std::fs::canonicalize(input)) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        };
        if same {
            return Err(CliError::Usage(format!(
                "--errors {} is the file being imported; give another file for the failed rows",
                path.display()
            )));
        }
        let looks_ours = Self::header(path).is_some_and(|h| h.iter().next_back() == Some("reason"));
        if !looks_ours {
            crate::files::check_overwrite(path, force)?;
        }
        Ok(())
    }

    /// The errors file at `path` for an input with these columns: an existing file needs
    /// `force`, unless it is an errors file of the same columns (an earlier run's: it is removed,
    /// so a rerun of the same command works). Nothing is written until a row fails.
    pub fn create(path: &Path, force: bool, columns: &[String]) -> Result<ErrorsFile> {
        let mut header = columns.to_vec();
        header.push("reason".into());
        if Self::is_errors_file(path, &header) {
            // An earlier run's: this run's failures replace it, and none leave none.
            let _ = std::fs::remove_file(path);
        } else {
            crate::files::check_overwrite(path, force)?;
        }
        Ok(ErrorsFile {
            writer: None,
            path: path.to_path_buf(),
            header,
            broken: None,
        })
    }

    /// Whether `path` is a regular file whose first record is `header` (an earlier run's
    /// errors file).
    fn is_errors_file(path: &Path, header: &[String]) -> bool {
        Self::header(path).is_some_and(|record| record.iter().eq(header.iter()))
    }

    /// The first record of the regular file at `path` (at most 1 MB of it is read).
    fn header(path: &Path) -> Option<csv::StringRecord> {
        if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
            return None;
        }
        let file = File::open(path).ok()?;
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(std::io::Read::take(file, 1 << 20));
        let mut record = csv::StringRecord::new();
        matches!(reader.read_record(&mut record), Ok(true)).then_some(record)
    }

    /// The writer, made (with its header) at the first row.
    fn writer(&mut self) -> Option<&mut csv::Writer<File>> {
        if self.writer.is_none() && self.broken.is_none() {
            let made = File::create(&self.path)
                .map_err(|e| e.to_string())
                .and_then(|file| {
                    // Flexible: a ragged row goes out as the file had it.
                    let mut writer = csv::WriterBuilder::new().flexible(true).from_writer(file);
                    writer
                        .write_record(&self.header)
                        .map(|()| writer)
                        .map_err(|e| e.to_string())
                });
            match made {
                Ok(writer) => self.writer = Some(writer),
                Err(e) => self.broken = Some(e),
            }
        }
        self.writer.as_mut()
    }

    /// Adds a row with its reason (a ragged row is written as it is, then the reason).
    pub fn write(&mut self, cells: &[String], reason: &str) {
        let mut record = cells.to_vec();
        record.push(reason.to_string());
        // An I/O error here shows again at the next flush, which reports it.
        if let Some(writer) = self.writer() {
            let _ = writer.write_record(&record);
        }
    }

    /// Writes out what is buffered.
    pub fn flush(&mut self) -> Result<()> {
        let cannot = |e: &dyn std::fmt::Display| {
            CliError::Usage(format!("cannot write {}: {e}", self.path.display()))
        };
        if let Some(e) = &self.broken {
            return Err(cannot(e));
        }
        match &mut self.writer {
            Some(writer) => writer.flush().map_err(|e| cannot(&e)),
            None => Ok(()),
        }
    }

    /// Where the file is, once a row was written to it.
    pub fn written(&self) -> Option<&Path> {
        self.writer.as_ref().map(|_| self.path.as_path())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_existing_file_needs_force_unless_it_is_an_errors_file_of_these_columns() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("errors.csv");
        std::fs::write(&path, "keep me").unwrap();
        let err = ErrorsFile::create(&path, false, &["Front".into()])
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("exists; pass --force"), "{err}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "keep me");
        let mut file = ErrorsFile::create(&path, true, &["Front".into()]).unwrap();
        file.flush().unwrap();
        assert_eq!(file.written(), None, "nothing failed: nothing written");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "keep me");
        file.write(&["x".into()], "why");
        file.flush().unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "Front,reason\nx,why\n"
        );
        // A rerun of the same command (another process: this one's file is closed) replaces its
        // own errors file without --force. Windows cannot remove a file that is still open.
        drop(file);
        let mut again = ErrorsFile::create(&path, false, &["Front".into()]).unwrap();
        assert!(!path.exists(), "an earlier run's errors file goes");
        again.write(&["y".into()], "why");
        again.flush().unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "Front,reason\ny,why\n"
        );
        assert!(ErrorsFile::create(&path, false, &["Back".into()]).is_err());
        let err = ErrorsFile::refuse_input(dir.path(), &path, true)
            .unwrap_err()
            .to_string();
        assert!(err.contains("is a directory"), "{err}");
    }

    #[test]
    fn the_input_is_never_the_errors_file() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("bad.csv");
        std::fs::write(&input, "Front\nx\n").unwrap();
        let other = dir.path().join("sub/../bad.csv");
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        let err = ErrorsFile::refuse_input(&other, &input, true)
            .unwrap_err()
            .to_string();
        assert!(err.contains("is the file being imported"), "{err}");
        ErrorsFile::refuse_input(&dir.path().join("errors.csv"), &input, false).unwrap();
        let err = ErrorsFile::refuse_input(&input, &dir.path().join("x.csv"), false)
            .unwrap_err()
            .to_string();
        assert!(err.contains("exists; pass --force"), "{err}");
    }
}
