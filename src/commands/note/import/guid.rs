//! Anki's note GUIDs, for files with a GUID column (`#guid column:`, or a column named guid).
//!
//! AnkiConnect gives no GUID in any reply, but a package export holds them: for each top-level
//! deck the rows name, Anki exports a package (exportPackage, without scheduling) into its media
//! folder; anki-cli reads it (from the disk when Anki runs on this machine, else with
//! retrieveMediaFile), deletes it, and keeps each note's GUID and ID. A row whose GUID is found
//! then updates that note, only when its fields or tags differ (or, with `--existing-notes
//! keep`, is left alone); a row whose GUID is new is added with that GUID through a package
//! import, as `--fast` adds rows, so that importing the same file again finds it.

use std::collections::{HashMap, HashSet};
use std::io::{Cursor, Read};

use base64::Engine;

use super::media_names::MediaFolder;
use crate::api::reply::OrFalse;
use crate::commands::context::Ctx;
use crate::error::{CliError, Result};

impl super::send::Importer<'_, '_> {
    /// A row whose note exists, left alone (`--existing-notes keep`): counted as skipped.
    pub(super) fn kept(&mut self) {
        self.tally.counts.skipped += 1;
        self.advance(1);
    }
}

/// What the package file in Anki's media folder is called.
const PACKAGE_PREFIX: &str = "_anki-cli-guids-";

/// The notes' IDs by GUID, read deck by deck as rows name them.
#[derive(Debug, Default)]
pub struct GuidIndex {
    /// Top-level decks already read.
    read: HashSet<String>,
    notes: HashMap<String, i64>,
    guids: HashMap<i64, String>,
    media_folder: MediaFolder,
}

impl GuidIndex {
    /// The ID of the note with this GUID, reading the row's top-level deck first if it has not
    /// been read (`None` also when the deck does not exist yet).
    pub fn find(&mut self, ctx: &Ctx, deck: &str, guid: &str) -> Result<Option<i64>> {
        self.read_top_level(ctx, deck)?;
        Ok(self.notes.get(guid).copied())
    }

    /// The GUID of note `id`, whose card is in `deck`.
    pub fn guid_of(&mut self, ctx: &Ctx, deck: &str, id: i64) -> Result<Option<String>> {
        self.read_top_level(ctx, deck)?;
        Ok(self.guids.get(&id).cloned())
    }

    /// Reads the top-level deck of `deck` unless it has been read.
    fn read_top_level(&mut self, ctx: &Ctx, deck: &str) -> Result<()> {
        let top = deck.split("::").next().unwrap_or_default();
        if !top.is_empty() && self.read.insert(top.to_string()) {
            self.read_deck(ctx, top)?;
        }
        Ok(())
    }

    /// Has Anki export `deck` into its media folder and takes the GUIDs of its notes.
    fn read_deck(&mut self, ctx: &Ctx, deck: &str) -> Result<()> {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis());
        let name = format!("{PACKAGE_PREFIX}{now}-{}.apkg", std::process::id());
        let path = self
            .media_folder
            .path_of(&name, || ctx.send(crate::api::media::media_dir_path()))?;
        if !ctx.send(crate::api::misc::export_package(deck, &path, false))? {
            return Ok(()); // no such deck (yet)
        }
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => Ok(bytes),
            // Anki runs on another machine: fetch the file.
            Err(_) => match ctx.send(crate::api::media::retrieve_media_file(&name)) {
                Ok(OrFalse::Value(data)) => base64::engine::general_purpose::STANDARD
                    .decode(data.as_bytes())
                    .map_err(|e| format!("retrieveMediaFile gave no base64: {e}")),
                Ok(OrFalse::False) => Err(format!("{name} is not in Anki's media folder")),
                Err(e) => Err(e.to_string()),
            },
        };
        if let Err(e) = ctx.send(crate::api::media::delete_media_file(&name)) {
            eprintln!("anki-cli: {name} is still in Anki's media folder ({e})");
        }
        let bytes = bytes.map_err(|e| {
            CliError::Usage(format!(
                "cannot read the GUIDs of deck '{deck}' from Anki's export: {e}"
            ))
        })?;
        let notes = package_guids(&bytes).map_err(|e| {
            CliError::Usage(format!(
                "cannot read the GUIDs of deck '{deck}' from Anki's export: {e}"
            ))
        })?;
        for (guid, id) in notes {
            self.guids.insert(id, guid.clone());
            self.notes.insert(guid, id);
        }
        Ok(())
    }
}

/// The (GUID, note ID) of every note in a legacy package's collection.
pub fn package_guids(bytes: &[u8]) -> std::result::Result<Vec<(String, i64)>, String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    // A legacy export holds its notes in collection.anki21, beside a placeholder collection.anki2.
    let entry = ["collection.anki21", "collection.anki2"]
        .into_iter()
        .find(|n| zip.by_name(n).is_ok())
        .ok_or("the package holds no collection.anki21 or collection.anki2")?;
    let mut data = Vec::new();
    zip.by_name(entry)
        .map_err(|e| e.to_string())?
        .read_to_end(&mut data)
        .map_err(|e| e.to_string())?;
    let dir = tempfile_dir()?;
    let file = dir.join("collection.sqlite");
    std::fs::write(&file, &data).map_err(|e| e.to_string())?;
    let read = || -> rusqlite::Result<Vec<(String, i64)>> {
        let db = rusqlite::Connection::open_with_flags(
            &file,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
        )?;
        let mut statement = db.prepare("select guid, id from notes")?;
        let rows = statement.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect()
    };
    let notes = read().map_err(|e| e.to_string());
    let _ = std::fs::remove_dir_all(&dir);
    notes
}

/// A fresh folder for the package's database.
fn tempfile_dir() -> std::result::Result<std::path::PathBuf, String> {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let dir = std::env::temp_dir().join(format!("anki-cli-guids-{}-{now}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    Ok(dir)
}

#[cfg(test)]
mod tests {
    use super::super::apkg::{Package, PackageCard, PackageNote};
    use super::*;

    #[test]
    fn a_packages_guids_are_read_with_their_note_ids() {
        // Its own first ID: the package's temporary file is named by it (tests run in parallel).
        let mut package = Package::new(1_700_000_024_024).unwrap();
        package.add_model(42, &serde_json::json!({"id": 42, "name": "Basic"}));
        package.add_deck(7, "French");
        let id = package
            .add_note(&PackageNote {
                model_id: 42,
                guid: Some("d(9cj?0+:D".into()),
                fields: vec!["chat".into()],
                tags: vec![],
                cards: vec![PackageCard {
                    ord: 0,
                    deck_id: 7,
                    position: 1,
                }],
            })
            .unwrap();
        let bytes = package.finish().unwrap();
        assert_eq!(
            package_guids(&bytes).unwrap(),
            vec![("d(9cj?0+:D".to_string(), id)]
        );
        assert!(package_guids(b"not a zip").is_err());
    }
}
