//! The settings an import runs with: flags, then Anki's file headers, then inference (the
//! file's extension, the config file's deck and note type). Flags override headers, headers
//! override inference, and the summary says which won. Also the file's layout: a header row,
//! or Anki's (meta columns and `#columns:`, else the note type's fields in order).

use serde_json::{json, Value};

use super::catalog::Catalog;
use super::headers::{separator_name, FileHeaders, MetaColumn};
use super::options::ImportArgs;
use super::prepare::{Column, Defaults, Layout};
use super::read::{FileFormat, Input};
use crate::commands::context::Ctx;
use crate::error::{CliError, Result};

/// What an import runs with.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The column delimiter.
    pub delimiter: u8,
    /// Deck, note type, tags and HTML escaping for every row.
    pub defaults: Defaults,
    /// The file's headers.
    pub headers: FileHeaders,
    /// Which flags overrode which headers ("--deck French over #deck:Default").
    pub overridden: Vec<String>,
}

impl Settings {
    /// Reads the file's headers and settles every setting.
    pub fn resolve(
        args: &ImportArgs,
        ctx: &Ctx,
        input: &mut Input,
        catalog: &mut Catalog,
    ) -> Result<Settings> {
        let headers = FileHeaders::read(&input.path, &input.name)?;
        input.skip_headers(headers.bytes, headers.lines);
        let mut overridden = Vec::new();
        let mut over = |flag: String, header: Option<String>| {
            if let Some(header) = header {
                overridden.push(format!("{flag} over {header}"));
            }
        };
        let delimiter = match (args.delimiter, args.format, headers.separator) {
            (Some(c), _, sep) if c.is_ascii() && c != '"' && c != '\n' => {
                over(
                    format!("--delimiter '{c}'"),
                    sep.map(|s| format!("#separator:{}", separator_name(s))),
                );
                c as u8
            }
            (Some(c), _, _) => {
                return Err(CliError::Usage(format!(
                    "--delimiter must be one ASCII character other than a quote, got '{c}'"
                )))
            }
            (None, Some(format), sep) => {
                over(
                    format!("--format {}", format_name(format)),
                    sep.map(|s| format!("#separator:{}", separator_name(s))),
                );
                format.delimiter()
            }
            (None, None, Some(sep)) => sep,
            (None, None, None) => FileFormat::from_path(&args.file).delimiter(),
        };
        let deck = match (&args.deck, &headers.deck) {
            (Some(flag), header) => {
                over(
                    format!("--deck {flag}"),
                    header.as_ref().map(|h| format!("#deck:{h}")),
                );
                Some(flag.clone())
            }
            (None, Some(header)) => Some(deck_by_name_or_id(header, ctx, catalog)?),
            (None, None) => ctx.settings.deck_or(None),
        };
        let model = match (&args.model, &headers.notetype) {
            (Some(flag), header) => {
                over(
                    format!("--model {flag}"),
                    header.as_ref().map(|h| format!("#notetype:{h}")),
                );
                Some(flag.clone())
            }
            (None, Some(header)) => Some(
                catalog
                    .model_by_name_or_id(header)
                    .unwrap_or_else(|| header.clone()),
            ),
            (None, None) => ctx.settings.model_or(None),
        };
        let tags = match (&args.tags, &headers.tags) {
            (Some(flag), header) => {
                over(
                    format!("--tags '{flag}'"),
                    header.as_ref().map(|h| format!("#tags:{}", h.join(" "))),
                );
                flag.split_whitespace().map(String::from).collect()
            }
            (None, Some(header)) => header.clone(),
            (None, None) => Vec::new(),
        };
        if args.markdown && headers.markdown == Some(false) {
            over("--markdown".into(), Some("#markdown:false".into()));
        }
        let markdown = args.markdown || headers.markdown == Some(true);
        // Images in Markdown are found next to the file.
        let base = match args.file.as_str() {
            "-" => std::path::PathBuf::from("."),
            file => std::path::Path::new(file)
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .map_or_else(|| std::path::PathBuf::from("."), |p| p.to_path_buf()),
        };
        Ok(Settings {
            delimiter,
            defaults: Defaults {
                deck,
                model,
                tags,
                escape_html: headers.html == Some(false) && !markdown,
                markdown: markdown.then_some(base),
            },
            headers,
            overridden,
        })
    }

    /// Whether the first row (after any headers) names the columns.
    pub fn header_row(&self, args: &ImportArgs) -> bool {
        !args.no_header && !self.headers.any()
    }

    /// The summary's line about the headers (`None` for a file without any), and its JSON.
    pub fn described(&self) -> Option<(String, Value)> {
        let pairs = self.headers.described();
        if pairs.is_empty() && self.overridden.is_empty() {
            return None;
        }
        let set: Vec<String> = pairs.iter().map(|(k, v)| format!("#{k}:{v}")).collect();
        let mut text = format!("File headers: {}.", set.join(", "));
        if !self.overridden.is_empty() {
            text.push_str(&format!(" Flags won: {}.", self.overridden.join(", ")));
        }
        let headers: serde_json::Map<String, Value> =
            pairs.into_iter().map(|(k, v)| (k, json!(v))).collect();
        Some((
            text,
            json!({"headers": headers, "overriddenBy": self.overridden}),
        ))
    }

    /// The columns of a file with Anki's headers: the meta columns where the headers put them,
    /// the others named by `#columns:`, else the note type's fields in order. `width` is the
    /// first row's number of columns.
    pub fn anki_layout(
        &self,
        width: usize,
        maps: &[(String, String)],
        catalog: &mut Catalog,
        ctx: &Ctx,
    ) -> Result<Layout> {
        let meta = self.headers.meta_columns();
        let meta_name = |what: MetaColumn| match what {
            MetaColumn::Guid => "guid",
            MetaColumn::Notetype => "notetype",
            MetaColumn::Deck => "deck",
            MetaColumn::Tags => "tags",
        };
        if let Some(mut labels) = self.headers.column_labels(self.delimiter)? {
            for &(c, what) in &meta {
                if c >= labels.len() {
                    return Err(CliError::Usage(format!(
                        "#{} column:{} is past the {} column(s) #columns: names",
                        meta_name(what),
                        c + 1,
                        labels.len()
                    )));
                }
                labels[c] = meta_name(what).to_string();
            }
            let mut layout = Layout::from_header(&labels, maps)?;
            layout.ragged = true;
            return Ok(layout);
        }
        let width = meta
            .iter()
            .map(|&(c, _)| c + 1)
            .chain([width])
            .max()
            .unwrap_or(0);
        // With one note type for every row, name the columns by its fields (for --errors).
        let fields = match (&self.headers.notetype_column, &self.defaults.model) {
            (None, Some(model)) => catalog.fields(Some(ctx), model)?.unwrap_or_default(),
            _ => Vec::new(),
        };
        let mut columns = Vec::with_capacity(width);
        let mut names = Vec::with_capacity(width);
        let mut next = 0;
        for c in 0..width {
            match meta.iter().find(|&&(m, _)| m == c) {
                Some(&(_, what)) => {
                    columns.push(match what {
                        MetaColumn::Guid => Column::Guid,
                        MetaColumn::Notetype => Column::Model,
                        MetaColumn::Deck => Column::Deck,
                        MetaColumn::Tags => Column::Tags,
                    });
                    names.push(meta_name(what).to_string());
                }
                None => {
                    columns.push(Column::Nth(next));
                    names.push(
                        fields
                            .get(next)
                            .cloned()
                            .unwrap_or_else(|| format!("field {}", next + 1)),
                    );
                    next += 1;
                }
            }
        }
        Ok(Layout {
            columns,
            names,
            ragged: true,
        })
    }
}

/// `--format`'s value as typed.
fn format_name(format: FileFormat) -> &'static str {
    match format {
        FileFormat::Csv => "csv",
        FileFormat::Tsv => "tsv",
    }
}

/// A `#deck:` value: a deck's name, else (a number) its ID.
fn deck_by_name_or_id(value: &str, ctx: &Ctx, catalog: &Catalog) -> Result<String> {
    if catalog.has_deck(value) || value.parse::<i64>().is_err() {
        return Ok(value.to_string());
    }
    let id: i64 = value.parse().unwrap_or_default();
    let decks = ctx.send(crate::api::deck::deck_names_and_ids())?;
    Ok(decks
        .0
        .into_iter()
        .find(|(_, d)| *d == id)
        .map_or_else(|| value.to_string(), |(name, _)| name))
}
