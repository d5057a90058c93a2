//! Anki's file headers: the `#key:value` lines at the top of a text file that Anki's own
//! exporter writes and its importer reads (`#separator:`, `#html:`, `#tags:`, `#columns:`,
//! `#notetype:`, `#deck:`, `#notetype column:`, `#deck column:`, `#tags column:`,
//! `#guid column:`), the legacy first line `tags:…`, and this tool's `#markdown:true`.
//!
//! As in Anki, the header block is the lines at the very top that start with `#` (a `#` line
//! without a colon is a comment); the first other line ends it. Unlike Anki, a value that cannot
//! be read is an error naming its line, not silently ignored.

use std::fs::File;
use std::io::{BufRead, BufReader};

use crate::error::{CliError, Result};

/// Anki's separator names, with their characters.
pub const SEPARATORS: [(&str, u8); 6] = [
    ("comma", b','),
    ("semicolon", b';'),
    ("tab", b'\t'),
    ("space", b' '),
    ("pipe", b'|'),
    ("colon", b':'),
];

/// The headers a file starts with.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileHeaders {
    /// `#separator:` as a byte.
    pub separator: Option<u8>,
    /// `#html:` — whether fields hold HTML (false: `<`, `&`… are escaped, as Anki does).
    pub html: Option<bool>,
    /// `#tags:` (or a first line `tags:`): tags added to every note.
    pub tags: Option<Vec<String>>,
    /// `#columns:` as written (split with the separator once it is known).
    pub columns: Option<String>,
    /// `#notetype:` — a note type's name or ID.
    pub notetype: Option<String>,
    /// `#deck:` — a deck's name or ID.
    pub deck: Option<String>,
    /// `#notetype column:` (from 1).
    pub notetype_column: Option<usize>,
    /// `#deck column:` (from 1).
    pub deck_column: Option<usize>,
    /// `#tags column:` (from 1).
    pub tags_column: Option<usize>,
    /// `#guid column:` (from 1).
    pub guid_column: Option<usize>,
    /// `#markdown:` (this tool's own key; Anki ignores it): fields are Markdown.
    pub markdown: Option<bool>,
    /// How many lines the header block has.
    pub lines: usize,
    /// How many bytes it has, with the byte order mark if any (where the rows begin).
    pub bytes: u64,
}

impl FileHeaders {
    /// Reads the header block at the top of a file (`name` is how messages call it).
    pub fn read(path: &std::path::Path, name: &str) -> Result<FileHeaders> {
        let file =
            File::open(path).map_err(|e| CliError::Usage(format!("cannot read {name}: {e}")))?;
        let mut reader = BufReader::new(file);
        let mut headers = FileHeaders::default();
        let mut line = Vec::new();
        loop {
            line.clear();
            let read = reader
                .read_until(b'\n', &mut line)
                .map_err(|e| CliError::Usage(format!("cannot read {name}: {e}")))?;
            if read == 0 {
                break;
            }
            let mut text: &[u8] = &line;
            if headers.lines == 0 {
                text = text.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(text);
            }
            let legacy_tags = headers.lines == 0 && text.starts_with(b"tags:");
            if !(text.starts_with(b"#") || legacy_tags) {
                break;
            }
            let number = headers.lines + 1;
            let text = std::str::from_utf8(text).map_err(|_| {
                CliError::Usage(format!(
                    "{name} line {number}: not valid UTF-8 (save the file as UTF-8)"
                ))
            })?;
            headers
                .parse_line(text)
                .map_err(|e| CliError::Usage(format!("{name} line {number}: {e}")))?;
            headers.lines += 1;
            headers.bytes += read as u64;
        }
        Ok(headers)
    }

    /// Takes one header line (with or without its line ending).
    pub fn parse_line(&mut self, line: &str) -> std::result::Result<(), String> {
        let line = line
            .strip_suffix('\n')
            .map(|l| l.strip_suffix('\r').unwrap_or(l))
            .unwrap_or(line);
        if let Some(tags) = line.strip_prefix("tags:") {
            self.tags = Some(tags.split_whitespace().map(String::from).collect());
            return Ok(());
        }
        let Some((key, value)) = line.strip_prefix('#').and_then(|l| l.split_once(':')) else {
            return Ok(()); // a comment
        };
        let key = key.trim().to_ascii_lowercase();
        let column = |what: &str| -> std::result::Result<Option<usize>, String> {
            match value.trim().parse::<usize>() {
                Ok(0) => Ok(None),
                Ok(n) => Ok(Some(n)),
                Err(_) => Err(format!(
                    "#{what}:{value} is not a column number (columns count from 1)"
                )),
            }
        };
        let boolean = |what: &str| match value.trim().to_ascii_lowercase().as_str() {
            "true" => Ok(true),
            "false" => Ok(false),
            _ => Err(format!("#{what}:{value} is neither true nor false")),
        };
        match key.as_str() {
            "separator" => self.separator = Some(separator(value)?),
            "html" => self.html = Some(boolean("html")?),
            "markdown" => self.markdown = Some(boolean("markdown")?),
            "tags" => self.tags = Some(value.split_whitespace().map(String::from).collect()),
            "columns" => self.columns = Some(value.to_string()),
            "notetype" => self.notetype = Some(named("notetype", value)?),
            "deck" => self.deck = Some(named("deck", value)?),
            "notetype column" => self.notetype_column = column("notetype column")?,
            "deck column" => self.deck_column = column("deck column")?,
            "tags column" => self.tags_column = column("tags column")?,
            "guid column" => self.guid_column = column("guid column")?,
            // Anki ignores keys it does not know, and so does this (a comment may hold a colon).
            _ => {}
        }
        Ok(())
    }

    /// Whether the file has any of Anki's headers (then it has no header row, as in Anki).
    pub fn any(&self) -> bool {
        self.lines > 0
    }

    /// The `#columns:` labels, split with the file's separator.
    pub fn column_labels(&self, delimiter: u8) -> Result<Option<Vec<String>>> {
        let Some(line) = &self.columns else {
            return Ok(None);
        };
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .flexible(true)
            .from_reader(line.as_bytes());
        let mut record = csv::StringRecord::new();
        match reader.read_record(&mut record) {
            Ok(true) => Ok(Some(record.iter().map(|s| s.trim().to_string()).collect())),
            Ok(false) => Ok(Some(Vec::new())),
            Err(e) => Err(CliError::Usage(format!("#columns: cannot be read: {e}"))),
        }
    }

    /// The meta columns (0-based): which column holds what, for the layout.
    pub fn meta_columns(&self) -> Vec<(usize, MetaColumn)> {
        [
            (self.guid_column, MetaColumn::Guid),
            (self.notetype_column, MetaColumn::Notetype),
            (self.deck_column, MetaColumn::Deck),
            (self.tags_column, MetaColumn::Tags),
        ]
        .into_iter()
        .filter_map(|(c, what)| c.map(|c| (c - 1, what)))
        .collect()
    }

    /// The headers as `key: value` pairs, for the summary.
    pub fn described(&self) -> Vec<(String, String)> {
        let mut pairs = Vec::new();
        let mut add = |key: &str, value: Option<String>| {
            if let Some(value) = value {
                pairs.push((key.to_string(), value));
            }
        };
        add("separator", self.separator.map(separator_name));
        add("html", self.html.map(|b| b.to_string()));
        add("tags", self.tags.as_ref().map(|t| t.join(" ")));
        add("columns", self.columns.clone());
        add("notetype", self.notetype.clone());
        add("deck", self.deck.clone());
        add(
            "notetype column",
            self.notetype_column.map(|c| c.to_string()),
        );
        add("deck column", self.deck_column.map(|c| c.to_string()));
        add("tags column", self.tags_column.map(|c| c.to_string()));
        add("guid column", self.guid_column.map(|c| c.to_string()));
        add("markdown", self.markdown.map(|b| b.to_string()));
        pairs
    }
}

/// What a meta column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MetaColumn {
    /// Anki's note GUID.
    Guid,
    /// The note type's name.
    Notetype,
    /// The deck's name.
    Deck,
    /// Space-separated tags.
    Tags,
}

/// The separator a `#separator:` value names: a name (`tab`, `comma`, …) or the character.
fn separator(value: &str) -> std::result::Result<u8, String> {
    let name = value.trim().to_ascii_lowercase();
    SEPARATORS
        .iter()
        .find(|(n, b)| *n == name || value.as_bytes() == [*b])
        .map(|(_, b)| *b)
        .ok_or_else(|| {
            format!(
                "#separator:{value} is not a separator Anki knows ({}, or one of those characters)",
                SEPARATORS.map(|(n, _)| n).join(", ")
            )
        })
}

/// A separator's name as Anki writes it (the character itself if it has none).
pub fn separator_name(byte: u8) -> String {
    SEPARATORS
        .iter()
        .find(|(_, b)| *b == byte)
        .map_or_else(|| (byte as char).to_string(), |(n, _)| n.to_string())
}

fn named(what: &str, value: &str) -> std::result::Result<String, String> {
    let value = value.trim();
    if value.is_empty() {
        return Err(format!("#{what}: names nothing"));
    }
    Ok(value.to_string())
}

/// Escapes text as Anki does when a file says `#html:false` (so `<b>` shows as written).
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &[u8]) -> Result<FileHeaders> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notes.txt");
        std::fs::write(&path, text).unwrap();
        FileHeaders::read(&path, "notes.txt")
    }

    #[test]
    fn every_key_of_ankis_exporter_is_read_and_the_block_ends_at_the_first_row() {
        let h = read(b"#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\nd(9cj\tBasic\tExport::Sub\tchat\tcat\tanimals\n#not a header\n").unwrap();
        assert_eq!(h.separator, Some(b'\t'));
        assert_eq!(h.html, Some(true));
        assert_eq!(
            (
                h.guid_column,
                h.notetype_column,
                h.deck_column,
                h.tags_column
            ),
            (Some(1), Some(2), Some(3), Some(6))
        );
        assert_eq!(h.lines, 6);
        assert_eq!(h.bytes, 90);
        assert_eq!(
            h.meta_columns(),
            vec![
                (0, MetaColumn::Guid),
                (1, MetaColumn::Notetype),
                (2, MetaColumn::Deck),
                (5, MetaColumn::Tags)
            ]
        );
    }

    #[test]
    fn the_other_keys_names_and_characters() {
        let h = read(
            b"\xEF\xBB\xBF#Separator: Pipe\r\n#  comment without colon\n#TAGS:a  b\n#notetype:Basic (and reversed)\n#deck:French::Verbs\n#columns:Front|Back|Tags\n#markdown:TRUE\n#unknown key:x\nFront|Back\n",
        )
        .unwrap();
        assert_eq!(h.separator, Some(b'|'));
        assert_eq!(h.tags, Some(vec!["a".to_string(), "b".to_string()]));
        assert_eq!(h.notetype.as_deref(), Some("Basic (and reversed)"));
        assert_eq!(h.deck.as_deref(), Some("French::Verbs"));
        assert_eq!(h.markdown, Some(true));
        assert_eq!(
            h.column_labels(b'|').unwrap(),
            Some(vec!["Front".into(), "Back".into(), "Tags".into()])
        );
        assert_eq!(h.lines, 8);
        for (value, byte) in [
            (",", b','),
            (";", b';'),
            ("\t", b'\t'),
            (" ", b' '),
            ("colon", b':'),
        ] {
            let mut h = FileHeaders::default();
            h.parse_line(&format!("#separator:{value}\n")).unwrap();
            assert_eq!(h.separator, Some(byte), "{value:?}");
        }
    }

    #[test]
    fn a_legacy_tags_line_counts_only_first() {
        let h = read(b"tags:x y\nFront,Back\n").unwrap();
        assert_eq!(h.tags, Some(vec!["x".to_string(), "y".to_string()]));
        assert_eq!(h.lines, 1);
        let h = read(b"#\ntags:x\n").unwrap();
        assert_eq!((h.tags, h.lines), (None, 1));
        assert!(!read(b"Front,Back\n#separator:tab\n").unwrap().any());
    }

    #[test]
    fn bad_values_name_their_line() {
        let err = read(b"#html:true\n#separator:foo\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("notes.txt line 2: #separator:foo is not a separator Anki knows"),
            "{err}"
        );
        let err = read(b"#tags column:six\n").unwrap_err().to_string();
        assert!(
            err.contains("line 1: #tags column:six is not a column number"),
            "{err}"
        );
        let err = read(b"#html:maybe\n").unwrap_err().to_string();
        assert!(err.contains("neither true nor false"), "{err}");
    }

    #[test]
    fn html_is_escaped_as_anki_escapes_it() {
        assert_eq!(
            escape_html(r#"<b>Tom's "A&B"</b>"#),
            "&lt;b&gt;Tom&#x27;s &quot;A&amp;B&quot;&lt;/b&gt;"
        );
    }
}
