//! The errors file of `note import --errors FILE`: every row that did not go in, as the file
//! had it, with a reason column, ready to be fixed and imported again.

use std::fs::File;
use std::path::{Path, PathBuf};

use crate::error::{CliError, Result};

/// An open errors file.
pub struct ErrorsFile {
    writer: csv::Writer<File>,
    path: PathBuf,
}

impl ErrorsFile {
    /// Refuses an existing file unless `force`, as every output file (checked before anything
    /// is sent); a fifo or a device is written into, a symlink's target is written.
    pub fn refuse_existing(path: &Path, force: bool) -> Result<()> {
        if path.is_dir() {
            return Err(CliError::Usage(format!(
                "cannot write the errors file {}: it is a directory",
                path.display()
            )));
        }
        crate::files::check_overwrite(path, force)
    }

    /// Creates the file with a header: the input's columns, then `reason`.
    pub fn create(path: &Path, force: bool, columns: &[String]) -> Result<ErrorsFile> {
        Self::refuse_existing(path, force)?;
        let cannot = |e: &dyn std::fmt::Display| {
            CliError::Usage(format!("cannot write {}: {e}", path.display()))
        };
        let file = File::create(path).map_err(|e| cannot(&e))?;
        // Flexible: a ragged row goes out as the file had it.
        let mut writer = csv::WriterBuilder::new().flexible(true).from_writer(file);
        let mut header = columns.to_vec();
        header.push("reason".into());
        writer.write_record(&header).map_err(|e| cannot(&e))?;
        Ok(ErrorsFile {
            writer,
            path: path.to_path_buf(),
        })
    }

    /// Adds a row with its reason (a ragged row is written as it is, then the reason).
    pub fn write(&mut self, cells: &[String], reason: &str) {
        let mut record = cells.to_vec();
        record.push(reason.to_string());
        // An I/O error here shows again at the next flush, which reports it.
        let _ = self.writer.write_record(&record);
    }

    /// Writes out what is buffered.
    pub fn flush(&mut self) -> Result<()> {
        self.writer
            .flush()
            .map_err(|e| CliError::Usage(format!("cannot write {}: {e}", self.path.display())))
    }

    /// Where the file is.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_existing_file_needs_force() {
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
        file.write(&["x".into()], "why");
        file.flush().unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "Front,reason\nx,why\n"
        );
        let err = ErrorsFile::refuse_existing(dir.path(), true)
            .unwrap_err()
            .to_string();
        assert!(err.contains("is a directory"), "{err}");
    }
}
