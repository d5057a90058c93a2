//! A legacy Anki package (`.apkg`) written from scratch: `collection.anki2`, an SQLite database
//! in Anki's schema 11, and an empty `media` map, zipped. `note import --fast` has Anki import it.
//!
//! What Anki's package importer needs, as measured on Anki 26.9.3 (see `note import --help`):
//! the tables `col`, `notes`, `cards`, `revlog` and `graves`; the note types' JSON exactly as the
//! collection has it (they are matched by ID, and any difference adds a copy such as "Basic+"); the
//! decks by name; deck options group 1 in `dconf` (the collection's own groups are never changed).
//! The importer generates no cards and checks nothing, so every card is written here.

use std::io::{Cursor, Write};
use std::path::Path;

use crate::temp::PrivateTemp;
use rusqlite::{params, Connection};
use serde_json::{json, Map, Value};

/// Anki's schema 11, as `collection.anki2` of a legacy package has it.
const SCHEMA: &str = "
create table col (
    id integer primary key, crt integer not null, mod integer not null, scm integer not null,
    ver integer not null, dty integer not null, usn integer not null, ls integer not null,
    conf text not null, models text not null, decks text not null, dconf text not null,
    tags text not null
);
create table notes (
    id integer primary key, guid text not null, mid integer not null, mod integer not null,
    usn integer not null, tags text not null, flds text not null, sfld integer not null,
    csum integer not null, flags integer not null, data text not null
);
create table cards (
    id integer primary key, nid integer not null, did integer not null, ord integer not null,
    mod integer not null, usn integer not null, type integer not null, queue integer not null,
    due integer not null, ivl integer not null, factor integer not null, reps integer not null,
    lapses integer not null, left integer not null, odue integer not null, odid integer not null,
    flags integer not null, data text not null
);
create table revlog (
    id integer primary key, cid integer not null, usn integer not null, ease integer not null,
    ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null,
    type integer not null
);
create table graves (usn integer not null, oid integer not null, type integer not null);
create index ix_notes_usn on notes (usn);
create index ix_cards_usn on cards (usn);
create index ix_revlog_usn on revlog (usn);
create index ix_cards_nid on cards (nid);
create index ix_cards_sched on cards (did, queue, due);
create index ix_revlog_cid on revlog (cid);
create index ix_notes_csum on notes (csum);
";

/// The characters of Anki's note GUIDs (base 91).
const GUID_CHARS: &[u8] =
    b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";

/// Why a package could not be written (the import then goes the normal way).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackageError(pub String);

impl std::fmt::Display for PackageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// What package writing returns.
pub type Result<T> = std::result::Result<T, PackageError>;

/// One card of a note: its template and its place in the new-card queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackageCard {
    /// The template's ordinal.
    pub ord: u32,
    /// The deck's ID in the package (matched to the collection's deck by name).
    pub deck_id: i64,
    /// The new-card position (`due` of a new card).
    pub position: i64,
}

/// One note to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackageNote {
    /// The note type's ID (its JSON must be among the package's note types).
    pub model_id: i64,
    /// Anki's GUID for the note (a file's GUID column); a fresh one when `None`.
    pub guid: Option<String>,
    /// Field values in the note type's field order.
    pub fields: Vec<String>,
    /// Tags.
    pub tags: Vec<String>,
    /// Its cards.
    pub cards: Vec<PackageCard>,
}

/// A package being written: a temporary SQLite file, zipped by [`Package::finish`].
pub struct Package {
    /// Declared before `file`, so it is closed before the file is removed.
    db: Connection,
    file: PrivateTemp,
    models: Map<String, Value>,
    decks: Map<String, Value>,
    next_id: i64,
    now: i64,
}

impl Package {
    /// Starts an empty package in the system's temporary folder; IDs of notes and cards count up
    /// from `first_id` (milliseconds since 1970, as Anki's own IDs).
    pub fn new(first_id: i64) -> Result<Package> {
        let (_, temp) = PrivateTemp::new("anki-cli-package-", ".anki2")
            .map_err(|e| PackageError(format!("cannot make a temporary file: {e}")))?;
        let path = temp.path().to_path_buf();
        let db = Connection::open(&path).map_err(|e| sqlite_error(&path, e))?;
        db.execute_batch(&format!(
            "pragma journal_mode = off; pragma synchronous = off; {SCHEMA} begin;"
        ))
        .map_err(|e| sqlite_error(&path, e))?;
        Ok(Package {
            db,
            file: temp,
            models: Map::new(),
            decks: Map::new(),
            next_id: first_id,
            now: first_id / 1000,
        })
    }

    /// Adds a note type's JSON exactly as `findModelsByName` gave it.
    pub fn add_model(&mut self, id: i64, model: &Value) {
        self.models.insert(id.to_string(), model.clone());
    }

    /// Adds a deck (Anki matches it to the collection's deck of the same name).
    pub fn add_deck(&mut self, id: i64, name: &str) {
        self.decks.insert(
            id.to_string(),
            json!({
                "id": id, "name": name, "mod": 0, "usn": 0, "desc": "", "dyn": 0, "conf": 1,
                "collapsed": false, "browserCollapsed": false, "extendNew": 0, "extendRev": 0,
                "newToday": [0, 0], "revToday": [0, 0], "lrnToday": [0, 0], "timeToday": [0, 0]
            }),
        );
    }

    /// The number of IDs handed out so far.
    pub fn next_id(&self) -> i64 {
        self.next_id
    }

    /// Writes one note with its cards; returns the note's ID in the package.
    pub fn add_note(&mut self, note: &PackageNote) -> Result<i64> {
        let note_id = self.take_id();
        let guid = match &note.guid {
            Some(guid) => guid.clone(),
            None => self.guid()?,
        };
        let tags = if note.tags.is_empty() {
            String::new()
        } else {
            format!(" {} ", note.tags.join(" "))
        };
        let sort_field = note.fields.first().cloned().unwrap_or_default();
        self.db
            .prepare_cached("insert into notes values (?1, ?2, ?3, ?4, 0, ?5, ?6, ?7, 0, 0, '')")
            .and_then(|mut insert| {
                insert.execute(params![
                    note_id,
                    guid,
                    note.model_id,
                    self.now,
                    tags,
                    note.fields.join("\u{1f}"),
                    sort_field
                ])
            })
            .map_err(|e| sqlite_error(self.file.path(), e))?;
        for card in &note.cards {
            let card_id = self.take_id();
            self.db
                .prepare_cached(
                    "insert into cards values (?1, ?2, ?3, ?4, ?5, 0, 0, 0, ?6, 0, 0, 0, 0, 0, 0, 0, 0, '')",
                )
                .and_then(|mut insert| {
                    insert.execute(params![
                        card_id,
                        note_id,
                        card.deck_id,
                        card.ord,
                        self.now,
                        card.position
                    ])
                })
                .map_err(|e| sqlite_error(self.file.path(), e))?;
        }
        Ok(note_id)
    }

    fn take_id(&mut self) -> i64 {
        self.next_id += 1;
        self.next_id - 1
    }

    /// A fresh random GUID, as Anki makes them (a random 64-bit number in base 91); the random
    /// number comes from SQLite's generator, which the operating system seeds.
    fn guid(&self) -> Result<String> {
        let random: i64 = self
            .db
            .prepare_cached("select random()")
            .and_then(|mut s| s.query_row([], |r| r.get(0)))
            .map_err(|e| sqlite_error(self.file.path(), e))?;
        Ok(base91(random as u64))
    }

    /// Writes the `col` row, closes the database and returns the zipped package.
    pub fn finish(self) -> Result<Vec<u8>> {
        let Package {
            db,
            file,
            models,
            decks,
            now,
            ..
        } = self;
        let written = (|| -> rusqlite::Result<()> {
            db.execute(
                "insert into col values (1, ?1, ?2, ?2, 11, 0, 0, 0, '{}', ?3, ?4, ?5, '{}')",
                params![
                    now,
                    now * 1000,
                    Value::Object(models).to_string(),
                    Value::Object(decks).to_string(),
                    json!({ "1": default_options() }).to_string()
                ],
            )?;
            db.execute_batch("commit;")?;
            db.close().map_err(|(_, e)| e)
        })();
        written
            .map_err(|e| sqlite_error(file.path(), e))
            .and_then(|()| zip_package(file.path()))
    }
}

/// Zips `collection.anki2` and an empty media map.
fn zip_package(db: &Path) -> Result<Vec<u8>> {
    let collection = std::fs::read(db)
        .map_err(|e| PackageError(format!("cannot read {}: {e}", db.display())))?;
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::with_capacity(collection.len() / 3)));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(1));
    let zipped = (|| -> zip::result::ZipResult<Vec<u8>> {
        zip.start_file("collection.anki2", options)?;
        zip.write_all(&collection)?;
        zip.start_file("media", options)?;
        zip.write_all(b"{}")?;
        Ok(zip.finish()?.into_inner())
    })();
    zipped.map_err(|e| PackageError(format!("cannot zip the package: {e}")))
}

fn sqlite_error(path: &Path, e: rusqlite::Error) -> PackageError {
    PackageError(format!(
        "cannot write the package database {}: {e}",
        path.display()
    ))
}

/// A number in Anki's base 91, least significant digit last.
fn base91(mut n: u64) -> String {
    let mut digits = Vec::new();
    loop {
        digits.push(GUID_CHARS[(n % 91) as usize]);
        n /= 91;
        if n == 0 {
            break;
        }
    }
    digits.reverse();
    String::from_utf8(digits).unwrap_or_default()
}

/// Deck options group 1 in schema 11 (the importer needs it; it never replaces the
/// collection's own group 1, newer or not).
fn default_options() -> Value {
    json!({
        "id": 1, "mod": 0, "name": "Default", "usn": 0, "maxTaken": 60, "autoplay": true,
        "timer": 0, "replayq": true, "dyn": false,
        "new": {"bury": false, "delays": [1.0, 10.0], "initialFactor": 2500, "ints": [1, 4, 0],
                "order": 1, "perDay": 20},
        "rev": {"bury": false, "ease4": 1.3, "ivlFct": 1.0, "maxIvl": 36500, "perDay": 200,
                "hardFactor": 1.2},
        "lapse": {"delays": [10.0], "leechAction": 1, "leechFails": 8, "minInt": 1, "mult": 0.0}
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn base91_matches_ankis_alphabet() {
        assert_eq!(base91(0), "a");
        assert_eq!(base91(90), "~");
        assert_eq!(base91(91), "ba");
        assert_eq!(base91(u64::MAX).len(), 10);
    }

    #[test]
    fn a_package_holds_schema_11_notes_cards_and_the_model_verbatim() {
        let model = json!({"id": 42, "name": "Basic", "mod": 1234, "flds": [], "tmpls": []});
        let mut package = Package::new(1_700_000_000_000).unwrap();
        package.add_model(42, &model);
        package.add_deck(7, "French::Verbs");
        let note = PackageNote {
            model_id: 42,
            guid: None,
            fields: vec!["chat".into(), "cat\nfeline".into()],
            tags: vec!["a".into(), "b".into()],
            cards: vec![
                PackageCard {
                    ord: 0,
                    deck_id: 7,
                    position: 5,
                },
                PackageCard {
                    ord: 1,
                    deck_id: 7,
                    position: 5,
                },
            ],
        };
        assert_eq!(package.add_note(&note).unwrap(), 1_700_000_000_000);
        package.add_note(&note).unwrap();
        assert_eq!(package.next_id(), 1_700_000_000_006);
        let bytes = package.finish().unwrap();

        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        let mut media = String::new();
        zip.by_name("media")
            .unwrap()
            .read_to_string(&mut media)
            .unwrap();
        assert_eq!(media, "{}");
        let mut db_bytes = Vec::new();
        zip.by_name("collection.anki2")
            .unwrap()
            .read_to_end(&mut db_bytes)
            .unwrap();
        let dir = std::env::temp_dir().join(format!("anki-cli-apkg-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("collection.anki2");
        std::fs::write(&file, db_bytes).unwrap();
        let db = Connection::open(&file).unwrap();
        let (ver, models, decks, dconf): (i64, String, String, String) = db
            .query_row("select ver, models, decks, dconf from col", [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .unwrap();
        assert_eq!(ver, 11);
        let models: Value = serde_json::from_str(&models).unwrap();
        assert_eq!(models["42"], model, "the note type exactly as given");
        let decks: Value = serde_json::from_str(&decks).unwrap();
        assert_eq!(decks["7"]["name"], "French::Verbs");
        let dconf: Value = serde_json::from_str(&dconf).unwrap();
        assert_eq!(dconf["1"]["id"], 1);
        let (flds, tags, guid): (String, String, String) = db
            .query_row(
                "select flds, tags, guid from notes order by id limit 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap();
        assert_eq!(
            (flds.as_str(), tags.as_str()),
            ("chat\u{1f}cat\nfeline", " a b ")
        );
        let guids: i64 = db
            .query_row("select count(distinct guid) from notes", [], |r| r.get(0))
            .unwrap();
        assert_eq!(guids, 2, "fresh GUIDs ({guid})");
        let cards: Vec<(i64, i64, i64, i64)> = db
            .prepare("select nid, ord, did, due from cards order by id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(cards.len(), 4);
        assert_eq!(cards[0], (1_700_000_000_000, 0, 7, 5));
        assert_eq!(cards[1], (1_700_000_000_000, 1, 7, 5));
        for table in ["revlog", "graves"] {
            let n: i64 = db
                .query_row(&format!("select count(*) from {table}"), [], |r| r.get(0))
                .unwrap();
            assert_eq!(n, 0);
        }
        drop(db);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
