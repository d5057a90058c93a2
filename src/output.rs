//! The one renderer: turns a command's [`Output`] into text for the chosen format.

use std::io::{self, Write};

use clap::ValueEnum;
use comfy_table::{presets, Cell, ContentArrangement, Table as Grid};
use serde_json::Value;

/// How results are printed (`-o/--output`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum Format {
    /// A table on a terminal; when piped, ID lists one per line and other results as JSON.
    #[default]
    Auto,
    /// Always a table.
    Table,
    /// AnkiConnect's `result` as JSON.
    Json,
    /// IDs one per line (other results print as JSON).
    Ids,
    /// Tab-separated rows without a header (other results print as JSON).
    Tsv,
}

impl Format {
    /// The name used on the command line and in the config file.
    pub fn name(self) -> &'static str {
        match self {
            Format::Auto => "auto",
            Format::Table => "table",
            Format::Json => "json",
            Format::Ids => "ids",
            Format::Tsv => "tsv",
        }
    }
}

/// Rows with named columns, plus the raw result they were made from.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Column headers.
    pub headers: Vec<String>,
    /// One vector of cells per row.
    pub rows: Vec<Vec<String>>,
    /// AnkiConnect's result, printed for JSON output.
    pub result: Value,
    /// The column holding IDs, for `-o ids`.
    pub id_column: Option<usize>,
}

impl Table {
    /// A table with the given headers and raw result, and no rows yet.
    pub fn new(headers: &[&str], result: Value) -> Self {
        Table {
            headers: headers.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
            result,
            id_column: None,
        }
    }

    /// Marks `column` as the one `-o ids` prints.
    pub fn with_ids(mut self, column: usize) -> Self {
        self.id_column = Some(column);
        self
    }

    /// Appends a row.
    pub fn push(&mut self, row: Vec<String>) {
        self.rows.push(row);
    }
}

/// What a command returns; it never prints by itself.
#[derive(Debug, Clone, PartialEq)]
pub enum Output {
    /// Nothing to print.
    Empty,
    /// A sentence for people on a terminal; scripts get `result` as JSON (nothing if null).
    Message {
        /// The sentence.
        text: String,
        /// AnkiConnect's result, for scripts.
        result: Value,
    },
    /// A list of IDs (note, card, deck IDs).
    Ids(Vec<i64>),
    /// IDs printed as [`Output::Ids`] does, except that `-o json` prints `result`: AnkiConnect's
    /// own reply, e.g. with `null` for the items of a batch that failed.
    IdsOf {
        /// The IDs to print.
        ids: Vec<i64>,
        /// AnkiConnect's result, for `-o json`.
        result: Value,
    },
    /// Tabular data.
    Table(Table),
    /// One object: a key/value table on a terminal, JSON otherwise.
    Record(Value),
    /// A JSON value printed as is.
    Json(Value),
    /// Plain text printed as is in every format (scripts, paths).
    Text(String),
    /// A document printed as is (an HTML page), except that `-o json` prints `result`.
    Document {
        /// The text.
        text: String,
        /// AnkiConnect's result, for `-o json`.
        result: Value,
    },
    /// Bytes written exactly as they are (downloaded files, exports).
    Bytes(Vec<u8>),
}

impl Output {
    /// One ID, as an action that returns a bare number answers it: the ID alone on a line, and
    /// the bare number (not a list) with `-o json`.
    pub fn id(id: i64) -> Output {
        Output::Message {
            text: id.to_string(),
            result: Value::from(id),
        }
    }
}

/// Renders outputs for one format and terminal state.
#[derive(Debug, Clone, Copy)]
pub struct Renderer {
    /// The chosen format.
    pub format: Format,
    /// Whether stdout is a terminal.
    pub tty: bool,
    /// Whether color/bold may be used.
    pub color: bool,
}

impl Renderer {
    /// Writes `output` to `w`.
    pub fn render(&self, output: &Output, w: &mut dyn Write) -> io::Result<()> {
        let format = match (self.format, self.tty) {
            (Format::Auto, true) => Format::Table,
            (Format::Auto, false) => Format::Auto,
            (f, _) => f,
        };
        match output {
            Output::Empty => Ok(()),
            Output::Text(text) => write_line(w, text),
            Output::Document { result, .. } if format == Format::Json => self.json(result, w),
            Output::Document { text, .. } => write_line(w, text),
            Output::IdsOf { result, .. } if format == Format::Json => self.json(result, w),
            Output::IdsOf { ids, .. } => ids.iter().try_for_each(|id| writeln!(w, "{id}")),
            Output::Bytes(bytes) => w.write_all(bytes),
            Output::Message { text, result } => match format {
                Format::Table => write_line(w, text),
                _ if result.is_null() && format != Format::Json => Ok(()),
                _ => self.json(result, w),
            },
            Output::Ids(ids) => match self.format {
                Format::Json => self.json(&Value::from(ids.clone()), w),
                // Bare IDs read best even on a terminal; a table asked for is a table.
                Format::Table => {
                    let rows: Vec<Vec<String>> =
                        ids.iter().map(|id| vec![id.to_string()]).collect();
                    self.table(&["ID".into()], &rows, w)
                }
                _ => ids.iter().try_for_each(|id| writeln!(w, "{id}")),
            },
            Output::Table(table) => match format {
                Format::Table => self.table(&table.headers, &table.rows, w),
                Format::Tsv => table.rows.iter().try_for_each(|row| write_tsv_row(w, row)),
                Format::Ids => match table.id_column {
                    Some(col) => table
                        .rows
                        .iter()
                        .try_for_each(|row| writeln!(w, "{}", row[col])),
                    None => self.json(&table.result, w),
                },
                _ => self.json(&table.result, w),
            },
            Output::Record(value) => match format {
                Format::Table => {
                    let rows = flatten(value);
                    self.table(&["Key".into(), "Value".into()], &rows, w)
                }
                Format::Tsv => flatten(value)
                    .iter()
                    .try_for_each(|row| write_tsv_row(w, row)),
                _ => self.json(value, w),
            },
            Output::Json(value) => match format {
                Format::Table => write_line(w, &pretty(value)),
                _ => self.json(value, w),
            },
        }
    }

    fn json(&self, value: &Value, w: &mut dyn Write) -> io::Result<()> {
        if self.tty {
            write_line(w, &pretty(value))
        } else {
            serde_json::to_writer(&mut *w, value)?;
            writeln!(w)
        }
    }

    fn table(&self, headers: &[String], rows: &[Vec<String>], w: &mut dyn Write) -> io::Result<()> {
        if rows.is_empty() {
            return write_line(w, "(none)");
        }
        let mut grid = Grid::new();
        grid.load_style(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic);
        // Piped, or a terminal that reports no size (a pty nobody sized reports 0 columns, which
        // would squeeze every column to one character): a fixed width.
        if !self.tty || grid.width().is_none_or(|w| w == 0) {
            grid.set_width(100);
        }
        let header: Vec<Cell> = headers
            .iter()
            .map(|h| {
                let cell = Cell::new(h);
                if self.color {
                    cell.add_attribute(comfy_table::Attribute::Bold)
                } else {
                    cell
                }
            })
            .collect();
        grid.set_header(header);
        if !self.color {
            grid.force_no_tty();
        }
        for row in rows {
            grid.add_row(row);
        }
        write_line(w, &grid.to_string())
    }
}

/// Renders an output that arrives in parts as if it had come whole: line formats (TSV, IDs,
/// bytes) part after part, a JSON array spliced into one array, written item by item (the
/// same bytes as the whole array rendered at once); a table on a terminal, one per part.
pub struct PartWriter {
    renderer: Renderer,
    /// JSON items written so far, `None` before the first.
    items: Option<usize>,
}

impl Renderer {
    /// Starts rendering an output in parts ([`PartWriter`]).
    pub fn parts(&self) -> PartWriter {
        PartWriter {
            renderer: *self,
            items: None,
        }
    }

    /// The items of the JSON array `output` renders as in this format, if it renders as one.
    fn json_items(&self, output: &Output) -> Option<Vec<Value>> {
        let format = match (self.format, self.tty) {
            (Format::Auto, true) => Format::Table,
            (f, _) => f,
        };
        match output {
            Output::Ids(ids) if format == Format::Json => {
                Some(ids.iter().map(|&id| Value::from(id)).collect())
            }
            Output::Table(t)
                if matches!(format, Format::Json | Format::Auto)
                    || (format == Format::Ids && t.id_column.is_none()) =>
            {
                t.result.as_array().cloned()
            }
            _ => None,
        }
    }
}

impl PartWriter {
    /// Writes one part.
    pub fn part(&mut self, output: &Output, w: &mut dyn Write) -> io::Result<()> {
        let Some(items) = self.renderer.json_items(output) else {
            return self.renderer.render(output, w);
        };
        for item in &items {
            let written = self.items.unwrap_or(0);
            let separator = match (written, self.renderer.tty) {
                (0, false) => "[",
                (0, true) => "[\n",
                (_, false) => ",",
                (_, true) => ",\n",
            };
            w.write_all(separator.as_bytes())?;
            if self.renderer.tty {
                let indented: Vec<String> =
                    pretty(item).lines().map(|l| format!("  {l}")).collect();
                w.write_all(indented.join("\n").as_bytes())?;
            } else {
                serde_json::to_writer(&mut *w, item)?;
            }
            self.items = Some(written + 1);
        }
        if self.items.is_none() {
            self.items = Some(0);
        }
        Ok(())
    }

    /// Ends the output (closes a JSON array).
    pub fn end(&mut self, w: &mut dyn Write) -> io::Result<()> {
        match (self.items, self.renderer.tty) {
            (None, _) => Ok(()),
            (Some(0), _) => w.write_all(b"[]\n"),
            (Some(_), false) => w.write_all(b"]\n"),
            (Some(_), true) => w.write_all(b"\n]\n"),
        }
    }
}

fn write_line(w: &mut dyn Write, text: &str) -> io::Result<()> {
    writeln!(w, "{text}")
}

fn write_tsv_row(w: &mut dyn Write, row: &[String]) -> io::Result<()> {
    for (i, cell) in row.iter().enumerate() {
        write!(w, "{}{}", if i == 0 { "" } else { "\t" }, escape_tsv(cell))?;
    }
    w.write_all(b"\n")
}

/// Escapes tabs, newlines and backslashes so a cell stays on one line (copied only if needed).
pub fn escape_tsv(cell: &str) -> std::borrow::Cow<'_, str> {
    if !cell.contains(['\\', '\t', '\n', '\r']) {
        return cell.into();
    }
    cell.replace('\\', "\\\\")
        .replace('\t', "\\t")
        .replace('\n', "\\n")
        .replace('\r', "\\r")
        .into()
}

fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).expect("a JSON value always serializes")
}

/// A JSON scalar as a table cell: strings without quotes, null as empty.
pub fn cell(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// HTML as plain text for a table cell: tags dropped, common entities decoded,
/// whitespace collapsed, cut to `max` characters with an ellipsis.
pub fn plain_text(html: &str, max: usize) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for ch in html.chars() {
        match ch {
            '<' => {
                in_tag = true;
                text.push(' ');
            }
            '>' if in_tag => in_tag = false,
            _ if !in_tag => text.push(ch),
            _ => {}
        }
    }
    let decoded = text
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    let collapsed = decoded.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.chars().count() > max {
        let cut: String = collapsed.chars().take(max.saturating_sub(1)).collect();
        format!("{cut}…")
    } else {
        collapsed
    }
}

/// Flattens an object to `dotted.key = value` rows, arrays of scalars kept on one line.
pub fn flatten(value: &Value) -> Vec<Vec<String>> {
    fn walk(prefix: &str, value: &Value, rows: &mut Vec<Vec<String>>) {
        match value {
            Value::Object(map) if !map.is_empty() => {
                for (k, v) in map {
                    let key = if prefix.is_empty() {
                        k.clone()
                    } else {
                        format!("{prefix}.{k}")
                    };
                    walk(&key, v, rows);
                }
            }
            Value::Array(items) if items.iter().any(|i| i.is_object() || i.is_array()) => {
                for (i, v) in items.iter().enumerate() {
                    walk(&format!("{prefix}.{i}"), v, rows);
                }
            }
            other => rows.push(vec![prefix.to_string(), cell(other)]),
        }
    }
    let mut rows = Vec::new();
    walk("", value, &mut rows);
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn render(output: &Output, format: Format, tty: bool) -> String {
        let mut buf = Vec::new();
        Renderer {
            format,
            tty,
            color: false,
        }
        .render(output, &mut buf)
        .unwrap();
        String::from_utf8(buf).unwrap()
    }

    fn deck_table() -> Output {
        let mut t = Table::new(&["Deck", "ID"], json!({"Default": 1, "French": 17})).with_ids(1);
        t.push(vec!["Default".into(), "1".into()]);
        t.push(vec!["French".into(), "17".into()]);
        Output::Table(t)
    }

    #[test]
    fn auto_is_a_table_on_a_terminal_and_json_when_piped() {
        let out = deck_table();
        let tty = render(&out, Format::Auto, true);
        assert!(tty.contains("Deck") && tty.contains("French"), "{tty}");
        assert_eq!(
            render(&out, Format::Auto, false),
            "{\"Default\":1,\"French\":17}\n"
        );
    }

    #[test]
    fn ids_print_one_per_line_when_piped() {
        assert_eq!(
            render(&Output::Ids(vec![3, 4]), Format::Auto, false),
            "3\n4\n"
        );
        assert_eq!(
            render(&Output::Ids(vec![3, 4]), Format::Json, false),
            "[3,4]\n"
        );
        assert_eq!(render(&deck_table(), Format::Ids, false), "1\n17\n");
        assert_eq!(
            render(&Output::Ids(vec![3, 4]), Format::Auto, true),
            "3\n4\n",
            "bare IDs on a terminal too"
        );
    }

    #[test]
    fn ids_forced_into_a_table_are_a_table() {
        for tty in [true, false] {
            let table = render(&Output::Ids(vec![3, 4]), Format::Table, tty);
            let lines: Vec<&str> = table.lines().collect();
            assert!(
                lines.len() > 3
                    && lines.iter().any(|l| l.contains("ID"))
                    && lines.iter().any(|l| l.contains('3') && !l.trim().eq("3")),
                "a table with a header: {table}"
            );
        }
        assert_eq!(
            render(&Output::Ids(vec![]), Format::Table, true),
            "(none)\n"
        );
    }

    #[test]
    fn json_prints_the_result_of_single_ids_documents_and_batches() {
        assert_eq!(render(&Output::id(7), Format::Json, false), "7\n");
        assert_eq!(render(&Output::id(7), Format::Auto, false), "7\n");
        assert_eq!(render(&Output::id(7), Format::Table, true), "7\n");
        let page = Output::Document {
            text: "<p>x</p>".into(),
            result: json!("<p>x</p>"),
        };
        assert_eq!(render(&page, Format::Auto, false), "<p>x</p>\n");
        assert_eq!(render(&page, Format::Json, false), "\"<p>x</p>\"\n");
        let batch = Output::IdsOf {
            ids: vec![1, 3],
            result: json!([1, null, 3]),
        };
        assert_eq!(render(&batch, Format::Auto, false), "1\n3\n");
        assert_eq!(render(&batch, Format::Json, false), "[1,null,3]\n");
    }

    #[test]
    fn tsv_has_no_header_and_escapes_cells() {
        let mut t = Table::new(&["A", "B"], json!(null));
        t.push(vec!["x\ty".into(), "line\nbreak".into()]);
        assert_eq!(
            render(&Output::Table(t), Format::Tsv, false),
            "x\\ty\tline\\nbreak\n"
        );
    }

    #[test]
    fn message_is_text_on_a_terminal_and_silent_when_piped_with_null_result() {
        let msg = Output::Message {
            text: "Deleted.".into(),
            result: Value::Null,
        };
        assert_eq!(render(&msg, Format::Auto, true), "Deleted.\n");
        assert_eq!(render(&msg, Format::Auto, false), "");
        assert_eq!(render(&msg, Format::Json, false), "null\n");
    }

    #[test]
    fn record_flattens_nested_keys() {
        let rows = flatten(&json!({"new": {"perDay": 20, "delays": [1, 10]}, "name": "Default"}));
        assert_eq!(rows[0], vec!["new.perDay".to_string(), "20".into()]);
        assert_eq!(rows[1], vec!["new.delays".to_string(), "[1,10]".into()]);
        assert_eq!(rows[2], vec!["name".to_string(), "Default".into()]);
    }

    #[test]
    fn plain_text_strips_html_and_trims() {
        assert_eq!(
            plain_text("<b>Hello</b>&nbsp;&amp; <i>bye</i>", 100),
            "Hello & bye"
        );
        assert_eq!(plain_text("abcdefgh", 5), "abcd…");
    }

    #[test]
    fn parts_of_a_json_array_make_the_array_rendered_whole() {
        let table = |items: Value| {
            let mut t = Table::new(&["Card"], items.clone()).with_ids(0);
            for item in items.as_array().unwrap() {
                t.push(vec![item["id"].to_string()]);
            }
            Output::Table(t)
        };
        let whole = table(json!([{"id": 1, "x": [1, 2]}, {"id": 2}, {"id": 3}]));
        let parts = [
            table(json!([{"id": 1, "x": [1, 2]}])),
            table(json!([{"id": 2}, {"id": 3}])),
            table(json!([])),
        ];
        for (format, tty) in [
            (Format::Json, false),
            (Format::Json, true),
            (Format::Auto, false),
            (Format::Tsv, false),
            (Format::Ids, false),
        ] {
            let renderer = Renderer {
                format,
                tty,
                color: false,
            };
            let mut streamed = Vec::new();
            let mut writer = renderer.parts();
            for part in &parts {
                writer.part(part, &mut streamed).unwrap();
            }
            writer.end(&mut streamed).unwrap();
            assert_eq!(
                String::from_utf8(streamed).unwrap(),
                render(&whole, format, tty),
                "{format:?} {tty}"
            );
        }
        let renderer = Renderer {
            format: Format::Json,
            tty: false,
            color: false,
        };
        let mut empty = Vec::new();
        let mut writer = renderer.parts();
        writer.part(&Output::Ids(Vec::new()), &mut empty).unwrap();
        writer.end(&mut empty).unwrap();
        assert_eq!(empty, b"[]\n");
    }

    #[test]
    fn empty_table_says_none() {
        let t = Table::new(&["A"], json!([]));
        assert_eq!(render(&Output::Table(t), Format::Table, true), "(none)\n");
    }
}
