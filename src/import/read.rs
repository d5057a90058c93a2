//! Reading CSV/TSV rows: BOM, quoting, CRLF, ragged rows and bad UTF-8, with row numbers.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

use crate::error::{CliError, Result};

/// A file's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FileFormat {
    /// Comma-separated
    Csv,
    /// Tab-separated
    Tsv,
}

impl FileFormat {
    /// The format a path's extension implies (CSV when unknown).
    pub fn from_path(path: &str) -> FileFormat {
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".tsv") || lower.ends_with(".tab") || lower.ends_with(".txt") {
            FileFormat::Tsv
        } else {
            FileFormat::Csv
        }
    }

    /// The default delimiter.
    pub fn delimiter(self) -> u8 {
        match self {
            FileFormat::Csv => b',',
            FileFormat::Tsv => b'\t',
        }
    }
}

/// An input file on disk; stdin is spooled to a temporary file so it can be read twice.
pub struct Input {
    /// Where the data is.
    pub path: PathBuf,
    /// How to call it in messages.
    pub name: String,
    spooled: bool,
}

impl Input {
    /// Opens `FILE`, or spools stdin for `-`.
    pub fn open(arg: &str) -> Result<Input> {
        if arg != "-" {
            if !Path::new(arg).is_file() {
                return Err(CliError::Usage(format!("cannot read {arg}: no such file")));
            }
            return Ok(Input {
                path: PathBuf::from(arg),
                name: arg.to_string(),
                spooled: false,
            });
        }
        let path = std::env::temp_dir().join(format!("anki-cli-import-{}.csv", std::process::id()));
        let mut file = File::create(&path).map_err(|e| {
            CliError::Usage(format!("cannot spool stdin to {}: {e}", path.display()))
        })?;
        std::io::copy(&mut std::io::stdin().lock(), &mut file)
            .map_err(|e| CliError::Usage(format!("cannot read stdin: {e}")))?;
        Ok(Input {
            path,
            name: "stdin".into(),
            spooled: true,
        })
    }

    /// A fresh row reader over the whole input.
    pub fn rows(&self, delimiter: u8) -> Result<Rows> {
        let file = File::open(&self.path)
            .map_err(|e| CliError::Usage(format!("cannot read {}: {e}", self.name)))?;
        let mut reader = BufReader::new(file);
        // Skip a UTF-8 byte order mark.
        let mut bom = [0u8; 3];
        let mut read = 0;
        while read < 3 {
            match reader.read(&mut bom[read..]) {
                Ok(0) => break,
                Ok(n) => read += n,
                Err(e) => return Err(CliError::Usage(format!("cannot read {}: {e}", self.name))),
            }
        }
        let prefix: Vec<u8> = if read == 3 && bom == [0xEF, 0xBB, 0xBF] {
            Vec::new()
        } else {
            bom[..read].to_vec()
        };
        let chained: Box<dyn Read> = Box::new(std::io::Cursor::new(prefix).chain(reader));
        let csv = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .flexible(true)
            .from_reader(chained);
        Ok(Rows {
            csv,
            record: csv::ByteRecord::new(),
            number: 0,
            name: self.name.clone(),
        })
    }
}

impl Drop for Input {
    fn drop(&mut self) {
        if self.spooled {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// Streams rows as strings, numbering them from 1 (the header is row 1).
pub struct Rows {
    csv: csv::Reader<Box<dyn Read>>,
    record: csv::ByteRecord,
    number: usize,
    name: String,
}

impl Rows {
    /// The next row with its number, or `None` at the end.
    pub fn next_row(&mut self) -> Option<Result<(usize, Vec<String>)>> {
        match self.csv.read_byte_record(&mut self.record) {
            Ok(false) => None,
            Ok(true) => {
                self.number += 1;
                let number = self.number;
                let mut cells = Vec::with_capacity(self.record.len());
                for (col, bytes) in self.record.iter().enumerate() {
                    match std::str::from_utf8(bytes) {
                        Ok(s) => cells.push(s.to_string()),
                        Err(_) => {
                            return Some(Err(CliError::Usage(format!(
                            "{} row {number}, column {}: not valid UTF-8 (save the file as UTF-8)",
                            self.name,
                            col + 1
                        ))))
                        }
                    }
                }
                Some(Ok((number, cells)))
            }
            Err(e) => {
                self.number += 1;
                Some(Err(CliError::Usage(format!(
                    "{} row {}: {e}",
                    self.name, self.number
                ))))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows_of(bytes: &[u8], delimiter: u8) -> Vec<Result<(usize, Vec<String>)>> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("in.csv");
        std::fs::write(&path, bytes).unwrap();
        let input = Input::open(path.to_str().unwrap()).unwrap();
        let mut rows = input.rows(delimiter).unwrap();
        std::iter::from_fn(|| rows.next_row()).collect()
    }

    #[test]
    fn bom_quotes_embedded_newlines_and_crlf() {
        let rows = rows_of(
            b"\xEF\xBB\xBFFront,Back\r\n\"a, b\",\"line1\r\nline2\"\r\nx,\"say \"\"hi\"\"\"\r\n",
            b',',
        );
        let rows: Vec<(usize, Vec<String>)> = rows.into_iter().map(|r| r.unwrap()).collect();
        assert_eq!(rows[0].1, vec!["Front", "Back"]);
        assert_eq!(
            rows[1],
            (2, vec!["a, b".to_string(), "line1\r\nline2".to_string()])
        );
        assert_eq!(rows[2].1, vec!["x", "say \"hi\""]);
    }

    #[test]
    fn bad_utf8_names_row_and_column() {
        let rows = rows_of(b"Front\tBack\nok\t\xff\xfe\n", b'\t');
        let err = rows[1].as_ref().unwrap_err().to_string();
        assert!(
            err.contains("row 2, column 2") && err.contains("UTF-8"),
            "{err}"
        );
    }

    #[test]
    fn formats_by_extension() {
        assert_eq!(FileFormat::from_path("a.TSV"), FileFormat::Tsv);
        assert_eq!(FileFormat::from_path("a.csv"), FileFormat::Csv);
        assert_eq!(FileFormat::from_path("-"), FileFormat::Csv);
    }
}
