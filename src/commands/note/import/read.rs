//! Reading CSV/TSV rows: BOM, quoting, CRLF, ragged rows and bad UTF-8, with row numbers.

use std::cell::RefCell;
use std::fs::File;
use std::io::{BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use crate::error::{CliError, Result};
use crate::temp::PrivateTemp;

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
    /// Stdin's copy, removed when the input is dropped.
    _spool: Option<PrivateTemp>,
    /// Bytes and lines of Anki's header block, which rows start after.
    headers: (u64, usize),
}

impl Input {
    /// Opens `FILE`; spools stdin for `-`, and a fifo, a process substitution (`<(…)`) or a
    /// device such as `/dev/stdin`, which can be read only once.
    pub fn open(arg: &str) -> Result<Input> {
        if arg == "-" {
            return Self::spool(std::io::stdin().lock(), "stdin");
        }
        let path = Path::new(arg);
        let meta = match std::fs::metadata(path) {
            Ok(meta) => meta,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(CliError::Usage(format!("cannot read {arg}: no such file")))
            }
            Err(e) => return Err(CliError::Usage(format!("cannot read {arg}: {e}"))),
        };
        if meta.is_dir() {
            return Err(CliError::Usage(format!(
                "cannot read {arg}: it is a directory, not a CSV or TSV file"
            )));
        }
        if !meta.is_file() {
            let file =
                File::open(path).map_err(|e| CliError::Usage(format!("cannot read {arg}: {e}")))?;
            return Self::spool(file, arg);
        }
        Ok(Input {
            path: PathBuf::from(arg),
            name: arg.to_string(),
            _spool: None,
            headers: (0, 0),
        })
    }

    /// Copies a stream that can be read only once into a private temporary file.
    fn spool(mut stream: impl Read, name: &str) -> Result<Input> {
        let (mut file, spool) = PrivateTemp::new("anki-cli-import-", ".csv").map_err(|e| {
            CliError::Usage(format!("cannot spool {name} to a temporary file: {e}"))
        })?;
        std::io::copy(&mut stream, &mut file)
            .map_err(|e| CliError::Usage(format!("cannot read {name}: {e}")))?;
        Ok(Input {
            path: spool.path().to_path_buf(),
            name: name.to_string(),
            _spool: Some(spool),
            headers: (0, 0),
        })
    }

    /// Rows start after Anki's header block (`bytes` long, `lines` lines); row numbers count
    /// its lines, so a row's number is its line as long as no field holds a line break.
    pub fn skip_headers(&mut self, bytes: u64, lines: usize) {
        self.headers = (bytes, lines);
    }

    /// A fresh row reader over the whole input.
    pub fn rows(&self, delimiter: u8) -> Result<Rows> {
        let mut file = File::open(&self.path)
            .map_err(|e| CliError::Usage(format!("cannot read {}: {e}", self.name)))?;
        let (skip, lines) = self.headers;
        if skip > 0 {
            file.seek(SeekFrom::Start(skip))
                .map_err(|e| CliError::Usage(format!("cannot read {}: {e}", self.name)))?;
        }
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
        let mut state = QuoteState::new(delimiter);
        state.line += lines;
        let quotes = Rc::new(RefCell::new(state));
        let chained: Box<dyn Read> = Box::new(QuoteScan {
            inner: std::io::Cursor::new(prefix).chain(reader),
            state: Rc::clone(&quotes),
        });
        let csv = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .flexible(true)
            .from_reader(chained);
        Ok(Rows {
            csv,
            record: csv::ByteRecord::new(),
            ahead: csv::ByteRecord::new(),
            peeked: None,
            quotes,
            unterminated: false,
            number: lines,
            name: self.name.clone(),
        })
    }
}

/// Where a byte stream stands in CSV quoting, as the `csv` crate reads it (a quote opens a
/// quoted field only at the start of a field; `""` inside one is a literal quote).
#[derive(Debug, Clone, Copy)]
struct QuoteState {
    delimiter: u8,
    /// At the start of a field.
    field_start: bool,
    /// Inside a quoted field.
    quoted: bool,
    /// Just after a quote inside a quoted field (it closed the field, or starts `""`).
    after_quote: bool,
    /// The line being read (from 1).
    line: usize,
    /// The line where the last quoted field opened.
    opened_at: usize,
    /// Bytes of the current field so far.
    field_len: usize,
}

impl QuoteState {
    fn new(delimiter: u8) -> QuoteState {
        QuoteState {
            delimiter,
            field_start: true,
            quoted: false,
            after_quote: false,
            line: 1,
            opened_at: 0,
            field_len: 0,
        }
    }

    /// Takes one byte; whether it is a field's content (not a quote, delimiter or line end)
    /// past [`crate::limits::MAX_FIELD`] bytes of its field, which the reader never gets.
    fn step(&mut self, b: u8) -> bool {
        if b == b'\n' {
            self.line += 1;
        }
        if self.quoted {
            if b == b'"' {
                self.quoted = false;
                self.after_quote = true;
                return false;
            }
            return self.content();
        }
        if self.after_quote {
            self.after_quote = false;
            if b == b'"' {
                self.quoted = true;
                return false;
            }
        }
        if b == self.delimiter || b == b'\n' || b == b'\r' {
            self.field_start = true;
            self.field_len = 0;
            false
        } else if self.field_start && b == b'"' {
            self.field_start = false;
            self.quoted = true;
            self.opened_at = self.line;
            false
        } else {
            self.field_start = false;
            self.content()
        }
    }

    /// Counts a content byte; whether it is past the limit.
    fn content(&mut self) -> bool {
        self.field_len += 1;
        self.field_len > crate::limits::MAX_FIELD
    }
}

/// Passes bytes through to the CSV reader, keeping track of quoting on the way, so that an
/// unterminated quote (which makes the reader take the rest of the file as one field) is found.
/// A field's bytes past [`crate::limits::MAX_FIELD`] are dropped (memory stays bounded), and
/// [`Rows::next_row`] reports its row.
struct QuoteScan<R> {
    inner: R,
    state: Rc<RefCell<QuoteState>>,
}

impl<R: Read> Read for QuoteScan<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        loop {
            let n = self.inner.read(buf)?;
            let mut state = self.state.borrow_mut();
            let mut kept = 0;
            for i in 0..n {
                if !state.step(buf[i]) {
                    buf[kept] = buf[i];
                    kept += 1;
                }
            }
            // Zero bytes would mean the end: read on while everything was dropped.
            if kept > 0 || n == 0 {
                return Ok(kept);
            }
        }
    }
}

/// Streams rows as strings, numbering them from 1 (the header is row 1).
pub struct Rows {
    csv: csv::Reader<Box<dyn Read>>,
    record: csv::ByteRecord,
    /// The record after `record`, read ahead to know whether `record` is the last.
    ahead: csv::ByteRecord,
    peeked: Option<csv::Result<bool>>,
    quotes: Rc<RefCell<QuoteState>>,
    unterminated: bool,
    number: usize,
    name: String,
}

impl Rows {
    /// The next row with its number, or `None` at the end.
    ///
    /// A last row whose quoted field never closes is an error that says so (the reader would
    /// have taken the rest of the file into that field).
    pub fn next_row(&mut self) -> Option<Result<(usize, Vec<String>)>> {
        if self.unterminated {
            return None;
        }
        let read = match self.peeked.take() {
            Some(result) => {
                std::mem::swap(&mut self.record, &mut self.ahead);
                result
            }
            None => self.csv.read_byte_record(&mut self.record),
        };
        match read {
            Ok(false) => None,
            Ok(true) => {
                self.number += 1;
                let number = self.number;
                let next = self.csv.read_byte_record(&mut self.ahead);
                let quotes = *self.quotes.borrow();
                if matches!(next, Ok(false)) && quotes.quoted {
                    self.unterminated = true;
                    return Some(Err(CliError::Usage(format!(
                        "{} row {number} (line {}), column {}: a quoted field is never closed: the quote (\") that opens it has no closing quote, so the rest of the file was read into it (close it, or write a quote inside a quoted field as \"\")",
                        self.name,
                        quotes.opened_at,
                        self.record.len()
                    ))));
                }
                self.peeked = Some(next);
                let mut cells = Vec::with_capacity(self.record.len());
                for (col, bytes) in self.record.iter().enumerate() {
                    if bytes.len() >= crate::limits::MAX_FIELD {
                        return Some(Err(CliError::Usage(format!(
                            "{} row {number}, column {}: the field is longer than {} MB, the most anki-cli takes",
                            self.name,
                            col + 1,
                            crate::limits::MAX_FIELD >> 20
                        ))));
                    }
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

    /// How the input is called in messages.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The number of the row just read (or just failed to read).
    pub fn last_number(&self) -> usize {
        self.number
    }

    /// Whether the file ended inside a quoted field (the last row then was an error).
    pub fn unterminated(&self) -> bool {
        self.unterminated
    }

    /// The cells of the row just read, with bytes that are not UTF-8 shown as U+FFFD (for the
    /// errors file, when the row itself could not be read as text).
    pub fn lossy_cells(&self) -> Vec<String> {
        self.record
            .iter()
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .collect()
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
    fn a_field_over_the_limit_is_a_row_error_and_the_next_rows_read() {
        let mut csv = b"Front,Back\nok,1\nbig,\"".to_vec();
        csv.extend(std::iter::repeat_n(b'x', crate::limits::MAX_FIELD + 1000));
        csv.extend(b"\"\nafter,2\n");
        let rows = rows_of(&csv, b',');
        assert_eq!(rows.len(), 4);
        let err = rows[2].as_ref().unwrap_err().to_string();
        assert!(
            err.contains("row 3, column 2: the field is longer than 16 MB"),
            "{err}"
        );
        assert_eq!(rows[3].as_ref().unwrap().1, vec!["after", "2"]);
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_is_read_once_into_a_spool_and_then_twice() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("rows.csv");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo");
        let writer = {
            let fifo = fifo.clone();
            std::thread::spawn(move || std::fs::write(fifo, "Front\nx\n").unwrap())
        };
        let input = Input::open(fifo.to_str().unwrap()).unwrap();
        writer.join().unwrap();
        for _ in 0..2 {
            let mut rows = input.rows(b',').unwrap();
            assert_eq!(rows.next_row().unwrap().unwrap().1, vec!["Front"]);
            assert_eq!(rows.next_row().unwrap().unwrap().1, vec!["x"]);
        }
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
    fn an_unterminated_quote_is_named_with_its_row_line_and_column() {
        let rows = rows_of(b"Front,Back\na,b\nc,\"oops\nd,e\nf,g\n", b',');
        assert_eq!(rows.len(), 3, "the bad row is the last one: {rows:?}");
        let err = rows[2].as_ref().unwrap_err().to_string();
        assert!(
            err.contains("row 3 (line 3), column 2: a quoted field is never closed"),
            "{err}"
        );
        // Closed quotes, doubled quotes, quotes inside unquoted fields and CRLF are fine.
        let rows = rows_of(
            b"Front,Back\r\n\"a \"\"b\"\"\",\"x\r\ny\"\r\nit's 5\" tall,z\r\n",
            b',',
        );
        assert!(rows.iter().all(Result::is_ok), "{rows:?}");
        assert_eq!(rows.len(), 3);
        // A quote opened in the first column of a later row swallows the rest as one column.
        let rows = rows_of(b"Front\tBack\n\"a\tb\nc\td\n", b'\t');
        let err = rows[1].as_ref().unwrap_err().to_string();
        assert!(err.contains("row 2 (line 2), column 1"), "{err}");
    }

    #[test]
    fn a_directory_is_called_a_directory() {
        let dir = tempfile::tempdir().unwrap();
        let err = Input::open(dir.path().to_str().unwrap())
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("is a directory"), "{err}");
    }

    #[test]
    fn formats_by_extension() {
        assert_eq!(FileFormat::from_path("a.TSV"), FileFormat::Tsv);
        assert_eq!(FileFormat::from_path("a.csv"), FileFormat::Csv);
        assert_eq!(FileFormat::from_path("-"), FileFormat::Csv);
    }
}
