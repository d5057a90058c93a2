//! From a row of cells to a note: the header layout, defaults, and every check made
//! before anything is sent (fields, deck, note type, empty first field, row shape).

use std::collections::HashSet;

use super::catalog::Catalog;
use crate::api::note::{Fields, Media, NewNote, NoteOptions};
use crate::commands::context::Ctx;
use crate::commands::note::markdown::{to_html, LocalImage};
use crate::error::{CliError, Result};

/// What a column holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Column {
    /// A note field (the name as the file gives it).
    Field(String),
    /// The deck name.
    Deck,
    /// The note type name.
    Model,
    /// Space-separated tags.
    Tags,
    /// An existing note's ID: update it instead of adding.
    Id,
    /// The reason column of an errors file: ignored.
    Reason,
    /// Anki's note GUID (`#guid column:` or a column named guid).
    Guid,
    /// The row's note type's field at this position (Anki's files without column names).
    Nth(usize),
}

/// Defaults from flags and the config file.
#[derive(Debug, Clone, Default)]
pub struct Defaults {
    /// Deck for rows without a deck column.
    pub deck: Option<String>,
    /// Note type for rows without a model column.
    pub model: Option<String>,
    /// Tags added to every row.
    pub tags: Vec<String>,
    /// Field values are plain text: `<`, `&`… are escaped (a file's `#html:false`).
    pub escape_html: bool,
    /// Field values are Markdown, their images found in this folder (`--markdown`).
    pub markdown: Option<std::path::PathBuf>,
}

/// Why a row cannot be imported as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The row names a deck Anki does not have.
    MissingDeck {
        /// Row number.
        row: usize,
        /// The deck column (0-based), or `None` when the deck came from --deck.
        column: Option<usize>,
        /// The deck's name.
        deck: String,
    },
    /// The row names a note type Anki does not have.
    MissingModel {
        /// Row number.
        row: usize,
        /// The model column (0-based), or `None` when the type came from --model.
        column: Option<usize>,
        /// The note type's name.
        model: String,
    },
    /// Anything else, as a message naming the row (and column).
    Other(String),
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let at = |row: &usize, column: &Option<usize>, what: &str| match column {
            Some(c) => format!("row {row}, column {} ({what})", c + 1),
            None => format!("row {row} ({what})"),
        };
        match self {
            Problem::MissingDeck { row, column, deck } => {
                write!(f, "{}: deck was not found: {deck}", at(row, column, "deck"))
            }
            Problem::MissingModel { row, column, model } => {
                write!(
                    f,
                    "{}: model was not found: {model}",
                    at(row, column, "model")
                )
            }
            Problem::Other(message) => write!(f, "{message}"),
        }
    }
}

/// The file's columns.
#[derive(Debug, Clone)]
pub struct Layout {
    /// What each column holds.
    pub columns: Vec<Column>,
    /// Column names (the header, or the note type's fields with --no-header).
    pub names: Vec<String>,
    /// Rows may have fewer columns than the layout (the rest are empty), as Anki's files may.
    pub ragged: bool,
}

impl Layout {
    /// The layout a header row describes, after `--map COLUMN=FIELD` renames.
    pub fn from_header(header: &[String], maps: &[(String, String)]) -> Result<Layout> {
        let mut columns = Vec::new();
        let mut seen = HashSet::new();
        for (i, raw) in header.iter().enumerate() {
            let name = maps
                .iter()
                .find(|(from, _)| from.eq_ignore_ascii_case(raw.trim()))
                .map_or(raw.trim(), |(_, to)| to.as_str());
            if name.is_empty() {
                return Err(CliError::Usage(format!(
                    "header column {} has no name",
                    i + 1
                )));
            }
            if !seen.insert(name.to_lowercase()) {
                return Err(CliError::Usage(format!(
                    "header column {} ('{name}') appears twice",
                    i + 1
                )));
            }
            columns.push(match name.to_lowercase().as_str() {
                "deck" => Column::Deck,
                "model" | "notetype" | "note type" => Column::Model,
                "tags" => Column::Tags,
                "id" | "noteid" => Column::Id,
                "reason" => Column::Reason,
                "guid" => Column::Guid,
                _ => Column::Field(name.to_string()),
            });
        }
        Ok(Layout {
            columns,
            names: header.to_vec(),
            ragged: false,
        })
    }

    /// With --no-header: the note type's fields in order.
    pub fn from_fields(fields: &[String]) -> Layout {
        Layout {
            columns: fields.iter().map(|f| Column::Field(f.clone())).collect(),
            names: fields.to_vec(),
            ragged: false,
        }
    }

    /// Whether some column holds a note field.
    pub fn has_fields(&self) -> bool {
        self.columns
            .iter()
            .any(|c| matches!(c, Column::Field(_) | Column::Nth(_)))
    }
}

/// A row turned into what AnkiConnect needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    /// The row number in the file.
    pub row: usize,
    /// The raw cells (for the errors file).
    pub cells: Vec<String>,
    /// The note to update, if the row has an ID.
    pub id: Option<i64>,
    /// Anki's GUID of the note, if the row has one.
    pub guid: Option<String>,
    /// Deck name.
    pub deck: String,
    /// Note type name.
    pub model: String,
    /// Fields by their exact names.
    pub fields: Fields,
    /// Tags, when the row or the defaults give any.
    pub tags: Option<Vec<String>>,
    /// Local images the Markdown values show, to store in Anki's media folder before sending.
    pub images: Vec<LocalImage>,
}

impl Prepared {
    /// AnkiConnect's note object for addNote(s) / canAddNote(s), with these options.
    pub fn note(&self, options: &NoteOptions) -> NewNote {
        NewNote {
            deck: Some(self.deck.clone()),
            model: Some(self.model.clone()),
            fields: self.fields.clone(),
            tags: self.tags.clone().unwrap_or_default(),
            options: options.clone(),
            media: Media::default(),
        }
    }

    /// A field's value ("" when the row lacks it).
    pub fn field(&self, name: &str) -> &str {
        self.fields.get(name).map_or("", String::as_str)
    }

    /// The first field's value by the note type's field order (what duplicates are judged by);
    /// `None` when the note type has no fields.
    pub fn first_field(&self, catalog: &mut Catalog, ctx: &Ctx) -> Result<Option<String>> {
        let order = catalog.fields(Some(ctx), &self.model)?.unwrap_or_default();
        Ok(order.first().map(|name| self.field(name).to_string()))
    }
}

/// Checks a row and builds its note; the problem names the row (and column), a missing deck or
/// note type told apart from the others.
pub fn check(
    row: usize,
    cells: Vec<String>,
    layout: &Layout,
    defaults: &Defaults,
    catalog: &mut Catalog,
    ctx: Option<&Ctx>,
) -> Result<Prepared, Problem> {
    let mut cells = cells;
    if layout.ragged && cells.len() < layout.columns.len() {
        cells.resize(layout.columns.len(), String::new());
    }
    if cells.len() != layout.columns.len() {
        let what = if layout.ragged {
            "the file names"
        } else {
            "the header has"
        };
        return Err(Problem::Other(format!(
            "row {row}: {} columns, but {what} {}",
            cells.len(),
            layout.columns.len()
        )));
    }
    let cell = |col: &Column| {
        layout
            .columns
            .iter()
            .position(|c| c == col)
            .map(|i| (i, cells[i].trim()))
    };
    let id = match cell(&Column::Id) {
        Some((_, "")) | None => None,
        Some((i, raw)) => Some(raw.parse::<i64>().map_err(|_| {
            Problem::Other(format!(
                "row {row}, column {} (id): '{raw}' is not a note ID",
                i + 1
            ))
        })?),
    };
    // A deck or note type: the row's own (with its column), or the default (no column).
    let named = |col: &Column, default: &Option<String>| {
        cell(col)
            .filter(|(_, v)| !v.is_empty())
            .map(|(i, v)| (Some(i), v.to_string()))
            .or_else(|| default.clone().map(|d| (None, d)))
    };
    let deck = named(&Column::Deck, &defaults.deck);
    let model = named(&Column::Model, &defaults.model);
    let Some((model_col, model)) = model else {
        return Err(Problem::Other(format!(
            "row {row}: no note type: add a model column, or pass --model"
        )));
    };
    let known = catalog
        .fields(ctx, &model)
        .map_err(|e| Problem::Other(format!("row {row}: {e}")))?;
    let Some(known) = known else {
        return Err(Problem::MissingModel {
            row,
            column: model_col,
            model,
        });
    };
    let deck = match (deck, id) {
        (Some((column, deck)), None) if !catalog.has_deck(&deck) => {
            return Err(Problem::MissingDeck { row, column, deck })
        }
        (Some((_, d)), _) => d,
        (None, None) => {
            return Err(Problem::Other(format!(
                "row {row}: no deck: add a deck column, or pass --deck"
            )))
        }
        (None, Some(_)) => String::new(),
    };

    let mut fields = Fields::new();
    let mut images = Vec::new();
    for (i, column) in layout.columns.iter().enumerate() {
        let value = &cells[i];
        let name = match column {
            Column::Field(name) => name,
            Column::Nth(n) => match known.get(*n) {
                Some(name) => name,
                None if value.is_empty() => continue,
                None => {
                    return Err(Problem::Other(format!(
                        "row {row}, column {}: note type '{model}' has {} field(s) ({}), so this column is not one of them (name the columns with #columns:, or the tags column with #tags column:)",
                        i + 1,
                        known.len(),
                        known.join(", ")
                    )))
                }
            },
            _ => continue,
        };
        match known.iter().find(|k| k.to_lowercase() == name.to_lowercase()) {
            Some(exact) => {
                let value = match &defaults.markdown {
                    Some(base) => {
                        let converted = to_html(value, base);
                        images.extend(converted.images);
                        converted.html
                    }
                    None if defaults.escape_html => super::headers::escape_html(value),
                    None => value.clone(),
                };
                fields.insert(exact.clone(), value);
            }
            None if value.is_empty() => {}
            None => {
                return Err(Problem::Other(format!(
                    "row {row}, column {} ({name}): note type '{model}' has no field '{name}' (its fields: {})",
                    i + 1,
                    known.join(", ")
                )))
            }
        }
    }
    if id.is_none() {
        let first = known.first().cloned().unwrap_or_default();
        if fields.get(&first).is_none_or(|v| v.trim().is_empty()) {
            return Err(Problem::Other(format!(
                "row {row}: the first field ({first}) is empty"
            )));
        }
    }
    let tags = match cell(&Column::Tags) {
        Some((_, raw)) => {
            let mut tags: Vec<String> = raw.split_whitespace().map(String::from).collect();
            tags.extend(defaults.tags.iter().cloned());
            Some(tags)
        }
        None if !defaults.tags.is_empty() => Some(defaults.tags.clone()),
        None => None,
    };
    let guid = cell(&Column::Guid)
        .map(|(_, g)| g.to_string())
        .filter(|g| !g.is_empty());
    Ok(Prepared {
        row,
        cells,
        id,
        guid,
        deck,
        model,
        fields,
        tags,
        images,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`check`] without Anki (the catalog knows every field), the problem as its message.
    fn prepare(
        row: usize,
        cells: Vec<String>,
        l: &Layout,
        d: &Defaults,
    ) -> Result<Prepared, String> {
        check(row, cells, l, d, &mut catalog(), None).map_err(|p| p.to_string())
    }

    fn catalog() -> Catalog {
        Catalog::known(
            &["Default", "French"],
            &[("Basic", &["Front", "Back"]), ("Cloze", &["Text", "Extra"])],
        )
    }

    fn layout(header: &[&str]) -> Layout {
        Layout::from_header(
            &header.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
            &[],
        )
        .unwrap()
    }

    fn cells(values: &[&str]) -> Vec<String> {
        values.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn header_names_map_case_insensitively_and_special_columns_are_found() {
        let l = layout(&["front", "BACK", "Deck", "tags", "noteId"]);
        assert_eq!(l.columns[2..], [Column::Deck, Column::Tags, Column::Id]);
        let defaults = Defaults {
            model: Some("Basic".into()),
            tags: vec!["imported".into()],
            ..Defaults::default()
        };
        let p = prepare(
            2,
            cells(&["chat", "cat", "French", "a b", ""]),
            &l,
            &defaults,
        )
        .unwrap();
        assert_eq!(p.field("Front"), "chat");
        assert_eq!(p.field("Back"), "cat");
        assert_eq!(p.fields.len(), 2);
        assert_eq!(
            p.tags,
            Some(vec!["a".into(), "b".into(), "imported".into()])
        );
        assert_eq!(p.deck, "French");
    }

    #[test]
    fn every_check_names_row_and_column() {
        let l = layout(&["Front", "Side", "deck"]);
        let d = Defaults {
            model: Some("Basic".into()),
            ..Defaults::default()
        };
        let err = prepare(3, cells(&["x", "y", "French"]), &l, &d).unwrap_err();
        assert!(
            err.contains("row 3, column 2 (Side)") && err.contains("its fields: Front, Back"),
            "{err}"
        );
        assert!(
            prepare(3, cells(&["x", "", "French"]), &l, &d).is_ok(),
            "empty unknown column is fine"
        );
        let err = prepare(4, cells(&["x", "", "Nope"]), &l, &d).unwrap_err();
        assert_eq!(err, "row 4, column 3 (deck): deck was not found: Nope");
        let err = prepare(5, cells(&["", "", "French"]), &l, &d).unwrap_err();
        assert_eq!(err, "row 5: the first field (Front) is empty");
        let err = prepare(6, cells(&["x", "y"]), &l, &d).unwrap_err();
        assert_eq!(err, "row 6: 2 columns, but the header has 3");
        let no_model = Defaults::default();
        assert!(prepare(7, cells(&["x", "", "French"]), &l, &no_model)
            .unwrap_err()
            .contains("--model"));
        let bad_model = Defaults {
            model: Some("Nope".into()),
            ..Defaults::default()
        };
        assert!(prepare(8, cells(&["x", "", "French"]), &l, &bad_model)
            .unwrap_err()
            .contains("model was not found: Nope"));
    }

    #[test]
    fn maps_rename_columns_and_duplicates_are_rejected() {
        let header = cells(&["Word", "Meaning"]);
        let l = Layout::from_header(
            &header,
            &[
                ("word".into(), "Front".into()),
                ("Meaning".into(), "Back".into()),
            ],
        )
        .unwrap();
        assert_eq!(
            l.columns,
            vec![Column::Field("Front".into()), Column::Field("Back".into())]
        );
        assert!(Layout::from_header(&cells(&["Front", "front"]), &[]).is_err());
    }

    #[test]
    fn id_rows_update_and_need_no_deck() {
        let l = layout(&["id", "Back"]);
        let d = Defaults {
            model: Some("Basic".into()),
            ..Defaults::default()
        };
        let p = prepare(2, cells(&["123", "new"]), &l, &d).unwrap();
        assert_eq!(p.id, Some(123));
        assert!(prepare(2, cells(&["12x", "new"]), &l, &d)
            .unwrap_err()
            .contains("'12x'"));
    }
}
