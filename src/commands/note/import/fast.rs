//! `note import --fast`: the rows Anki accepts go in as one package import instead of addNotes.
//!
//! The add-on's addNotes refreshes Anki's window once per note (about 4 ms a note on an idle
//! machine, 150 ms on a busy one); its importPackage adds thousands of notes in a fraction of a
//! second. So the fast path asks Anki the same question as the normal path for every chunk
//! (canAddNotesWithErrorDetail), handles the rows it refuses the same way (--on-duplicate), and
//! writes the rows it accepts into a legacy package ([`super::apkg`]), which it places in Anki's
//! media folder (storeMediaFile, getMediaDirPath: this works when Anki runs on another machine),
//! has Anki import (importPackage) and deletes again (deleteMediaFile).
//!
//! Anki's package importer checks nothing and generates no cards, so the package holds exactly
//! what addNotes would have made: the note type's JSON as the collection has it (matched by ID),
//! the deck by name, one card per template that the note type's `req` says is not empty, fresh
//! random GUIDs, and new-card positions after every existing new card, in file order. A row the
//! package cannot hold as addNotes would add it goes the normal way, and stderr says why: cloze and
//! image occlusion note types (the importer makes no cloze cards), a `req` that cannot be read, a
//! template with a deck override, a filtered deck, a media reference the importer would rename, a
//! field holding U+001F, or a failed package import.
//!
//! Exactly once: a package import is one transaction in Anki, and a rerun asks Anki first, so the
//! rows of a package that got in count as already there. Rows whose first field may repeat an
//! earlier row of the file (by its letters and digits, [`Batch`]) wait until the packages are in,
//! then go the normal way, so Anki judges them.

use std::collections::{HashMap, HashSet};

use base64::Engine;
use serde_json::Value;

use super::apkg::{Package, PackageCard, PackageNote};
use super::catalog::Catalog;
use super::fast_model::DeckKind;
use super::fast_model::Model;
use super::known::Batch;
use super::media_names::{media_references, plain_media_name, MediaFolder};
use super::options::{DuplicateScope, ImportArgs, OnDuplicate};
use super::prepare::Prepared;
use super::send::Importer;
use crate::api::reply::OrFalse;
use crate::commands::context::Ctx;
use crate::error::{CliError, ExitStatus, Result};

/// The most notes one package holds (a package of 10,000 Basic notes is about 1 MB zipped).
const PACKAGE_NOTES: usize = 10_000;

/// What the package file in Anki's media folder is called (a leading `_` keeps Anki's media
/// check from listing it as unused while it is there).
const PACKAGE_PREFIX: &str = "_anki-cli-import-";

/// How old a package file left in the media folder must be before an import deletes it, when
/// the import lock could not be taken (with it, no other import of this machine is running, and
/// every leftover goes at once).
const LEFTOVER_MS: i64 = 5 * 60 * 1000;

/// A row accepted by Anki and waiting for its package.
struct Staged {
    row: Prepared,
    values: Vec<String>,
    cards: Vec<u32>,
}

/// Why a package did not go in.
enum Failure {
    /// Anki refused or could not take it: its rows go the normal way.
    Fallback(String),
    /// The connection failed: stop, as the normal path does.
    Stop(CliError),
}

impl From<CliError> for Failure {
    fn from(e: CliError) -> Failure {
        match e.status() {
            ExitStatus::Connection | ExitStatus::Auth | ExitStatus::Interrupted => Failure::Stop(e),
            _ => Failure::Fallback(e.to_string()),
        }
    }
}

/// The fast path's state across chunks.
pub struct FastPath<'a, 'c> {
    ctx: &'a Ctx<'c>,
    allow: bool,
    deck_scope: bool,
    batch: usize,
    models: HashMap<String, std::result::Result<Model, String>>,
    decks: HashMap<String, std::result::Result<(), String>>,
    /// The first fields of every row sent or staged so far, per note type (and deck, in deck
    /// scope), compared as coarsely as the local check: a package holds no two rows Anki could
    /// judge equal.
    claimed: Batch,
    staged: Vec<Staged>,
    /// Rows repeating an earlier row's first field: sent the normal way after the packages.
    deferred: Vec<Prepared>,
    /// Reasons already told on stderr.
    told: HashSet<String>,
    /// Rows that went the normal way for a reason told on stderr.
    normal: usize,
    next_id: i64,
    /// Anki's media folder, on the machine where Anki runs.
    media_folder: MediaFolder,
    /// How stderr names this path: "--fast", or "new GUIDs" for rows keeping a file's GUID.
    label: &'static str,
    /// Whether this import holds the exclusive import lock ([`super::lock`]).
    alone: bool,
}

impl<'a, 'c> FastPath<'a, 'c> {
    /// The fast path for these arguments; `alone` when it holds the exclusive import lock.
    pub fn new(ctx: &'a Ctx<'c>, args: &ImportArgs, alone: bool) -> Self {
        FastPath {
            ctx,
            allow: args.on_duplicate == OnDuplicate::Allow,
            deck_scope: args.duplicate_scope == DuplicateScope::Deck,
            batch: args.batch as usize,
            models: HashMap::new(),
            decks: HashMap::new(),
            claimed: Batch::default(),
            staged: Vec::new(),
            deferred: Vec::new(),
            told: HashSet::new(),
            normal: 0,
            next_id: 0,
            media_folder: MediaFolder::default(),
            label: "--fast",
            alone,
        }
    }

    /// The package path for rows with a GUID of the file's that Anki lacks (a package is the
    /// only way a note gets it); rows going through addNotes instead get a new GUID.
    pub fn for_guids(ctx: &'a Ctx<'c>, args: &ImportArgs, alone: bool) -> Self {
        FastPath {
            label: "rows with a new GUID",
            ..FastPath::new(ctx, args, alone)
        }
    }

    /// Says once per `kind` on stderr why rows go the normal way: "{why}, so {which} go through
    /// addNotes instead."
    fn tell(&mut self, kind: &str, why: &str, which: &str) {
        if self.told.insert(kind.to_string()) {
            let label = self.label;
            eprintln!("anki-cli: {label}: {why}, so {which} go through addNotes instead.");
        }
    }

    /// One chunk of checked rows.
    pub fn send_chunk(
        &mut self,
        importer: &mut Importer,
        rows: Vec<Prepared>,
        catalog: &mut Catalog,
    ) -> Result<()> {
        let (updates, adds): (Vec<Prepared>, Vec<Prepared>) =
            rows.into_iter().partition(|r| r.id.is_some());
        if !updates.is_empty() {
            importer.send_chunk(updates, catalog)?;
        }
        let mut normal = Vec::new();
        let mut candidates = Vec::new();
        for row in adds {
            if !self.allow {
                let first = row.first_field(catalog, self.ctx)?.unwrap_or_default();
                if !self.claimed.claim_row(&row, self.deck_scope, &first) {
                    self.deferred.push(row);
                    continue;
                }
            }
            match self.fits(importer, &row)? {
                Ok(()) => candidates.push(row),
                Err((kind, why, which)) => {
                    self.tell(&kind, &why, which);
                    self.normal += 1;
                    normal.push(row);
                }
            }
        }
        if !normal.is_empty() {
            importer.send_chunk(normal, catalog)?;
        }
        if candidates.is_empty() {
            return Ok(());
        }
        let verdicts = importer.verdicts(&candidates, catalog)?;
        let staged_before = self.staged.len();
        let mut refused = Vec::new();
        let mut reasons = Vec::new();
        let mut no_card = Vec::new();
        for (row, verdict) in candidates.into_iter().zip(verdicts) {
            if !verdict.can_add {
                refused.push(row);
                reasons.push(verdict.error);
                continue;
            }
            let staged = match self.models.get(&row.model) {
                Some(Ok(model)) => {
                    let values = model.values(&row);
                    let cards = model.cards(&values);
                    (!cards.is_empty()).then_some((values, cards))
                }
                _ => None,
            };
            match staged {
                Some((values, cards)) => self.staged.push(Staged { row, values, cards }),
                None => no_card.push(row),
            }
        }
        importer.advance(refused.len() as i64);
        importer.settle_refused(&refused, &reasons, catalog)?;
        if !no_card.is_empty() {
            let first = no_card[0].row;
            self.tell(
                "no card",
                &format!("row {first} gets no card by its note type's card requirements (req), though Anki accepts it"),
                "rows like it",
            );
            self.normal += no_card.len();
            importer.send_chunk(no_card, catalog)?;
        }
        importer.advance((self.staged.len() - staged_before) as i64);
        if self.staged.len() >= PACKAGE_NOTES {
            self.flush(importer, catalog)?;
        }
        Ok(())
    }

    /// Whether the package can hold this row as addNotes would add it; `Err((kind, why, which))`
    /// for [`FastPath::tell`].
    fn fits(
        &mut self,
        importer: &mut Importer,
        row: &Prepared,
    ) -> Result<std::result::Result<(), (String, String, &'static str)>> {
        if !self.models.contains_key(&row.model) {
            // The note type goes into the package verbatim, as Anki has it.
            let mut models = importer.send(
                crate::api::model::find_models_by_name(std::slice::from_ref(&row.model))
                    .read_as::<Vec<Value>>(),
            )?;
            let model = match models.pop() {
                Some(json) => Model::read(&row.model, json),
                None => Err(format!("note type '{}' was not found", row.model)),
            };
            self.models.insert(row.model.clone(), model);
        }
        if let Some(Err(reason)) = self.models.get(&row.model) {
            return Ok(Err((
                format!("model {}", row.model),
                reason.clone(),
                "its rows",
            )));
        }
        if !self.decks.contains_key(&row.deck) {
            let config = importer.send(
                crate::api::deck::get_deck_config(&row.deck).read_as::<OrFalse<DeckKind>>(),
            )?;
            let verdict = match config {
                OrFalse::Value(kind) if kind.filtered() => Err(format!(
                    "deck '{}' is a filtered deck (a package import would add a deck beside it)",
                    row.deck
                )),
                OrFalse::Value(_) => Ok(()),
                OrFalse::False => Err(format!("deck '{}' was not found", row.deck)),
            };
            self.decks.insert(row.deck.clone(), verdict);
        }
        if let Some(Err(reason)) = self.decks.get(&row.deck) {
            return Ok(Err((
                format!("deck {}", row.deck),
                reason.clone(),
                "its rows",
            )));
        }
        for name in row.fields.keys() {
            let value = row.field(name);
            if value.contains('\u{1f}') {
                return Ok(Err((
                    "separator".into(),
                    format!(
                        "row {}: field {name} holds the character U+001F, which separates fields in a package",
                        row.row
                    ),
                    "rows like it",
                )));
            }
            if let Some(media) = media_references(value)
                .into_iter()
                .find(|m| !plain_media_name(m))
            {
                return Ok(Err((
                    "media".into(),
                    format!(
                        "row {}: field {name} refers to the media file '{media}', which Anki's package importer would rename",
                        row.row
                    ),
                    "rows like it",
                )));
            }
        }
        Ok(Ok(()))
    }

    /// The position after every existing new card, in a few requests: the newest new card's
    /// position, then the new cards after it (`prop:pos>N`), if any were moved there.
    fn first_free_position(&mut self, importer: &mut Importer) -> Result<i64> {
        let new_cards = self.find_cards(importer, "is:new")?;
        let Some(&newest) = new_cards.iter().max() else {
            return Ok(1);
        };
        let mut last = self.last_position(importer, &[newest])?;
        for _ in 0..3 {
            let after = self.find_cards(importer, &format!("is:new prop:pos>{last}"))?;
            if after.is_empty() {
                return Ok(last + 1);
            }
            if after.len() > 1000 {
                break;
            }
            last = last.max(self.last_position(importer, &after)?);
        }
        // Many cards moved after the newest one: halve the range until no new card is after it.
        let (mut low, mut high) = (last, i64::from(i32::MAX));
        while low < high {
            let mid = low + (high - low) / 2;
            if self
                .find_cards(importer, &format!("is:new prop:pos>{mid}"))?
                .is_empty()
            {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        Ok(low + 1)
    }

    fn find_cards(&mut self, importer: &mut Importer, query: &str) -> Result<Vec<i64>> {
        importer.send(crate::api::card::find_cards(query))
    }

    /// The highest new-card position (`due`) among these cards.
    fn last_position(&mut self, importer: &mut Importer, cards: &[i64]) -> Result<i64> {
        let cards = importer.send(crate::api::card::cards_info(cards))?;
        Ok(cards.iter().map(|c| c.due).max().unwrap_or(0))
    }

    /// Imports the staged rows as one package; on a failure Anki reports, sends them the
    /// normal way.
    fn flush(&mut self, importer: &mut Importer, catalog: &mut Catalog) -> Result<()> {
        if self.staged.is_empty() {
            return Ok(());
        }
        let staged = std::mem::take(&mut self.staged);
        match self.import(importer, &staged) {
            Ok(()) => {
                importer.added_by_package(staged.len());
                Ok(())
            }
            Err(Failure::Stop(e)) => Err(e),
            Err(Failure::Fallback(reason)) => {
                self.told.insert("package".into());
                eprintln!(
                    "anki-cli: {}: the package import failed ({reason}), so its {} row(s) go through addNotes instead.",
                    self.label,
                    staged.len()
                );
                self.normal += staged.len();
                importer.advance(-(staged.len() as i64));
                let rows: Vec<Prepared> = staged.into_iter().map(|s| s.row).collect();
                for chunk in rows.chunks(self.batch) {
                    importer.send_chunk(chunk.to_vec(), catalog)?;
                }
                Ok(())
            }
        }
    }

    /// Writes, places, imports and deletes one package.
    fn import(
        &mut self,
        importer: &mut Importer,
        staged: &[Staged],
    ) -> std::result::Result<(), Failure> {
        let position = self.first_free_position(importer)?;
        let deck_ids: HashMap<String, i64> = importer
            .send(crate::api::deck::deck_names_and_ids())?
            .0
            .into_iter()
            .collect();
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as i64);
        // IDs are milliseconds since 1970, as Anki's: the last one is now (Anki's importer moves
        // any that are taken).
        let ids: usize = staged.iter().map(|s| 1 + s.cards.len()).sum();
        self.next_id = self.next_id.max(now - ids as i64);
        let mut package = Package::new(self.next_id).map_err(|e| Failure::Fallback(e.0))?;
        let mut models_in = HashSet::new();
        let mut decks_in = HashSet::new();
        for (i, s) in staged.iter().enumerate() {
            let Some(Ok(model)) = self.models.get(&s.row.model) else {
                return Err(Failure::Fallback(format!(
                    "note type '{}' was not read",
                    s.row.model
                )));
            };
            let Some(&deck_id) = deck_ids.get(&s.row.deck) else {
                return Err(Failure::Fallback(format!("deck '{}' is gone", s.row.deck)));
            };
            if models_in.insert(model.id) {
                package.add_model(model.id, &model.json);
            }
            if decks_in.insert(deck_id) {
                package.add_deck(deck_id, &s.row.deck);
            }
            let note = PackageNote {
                model_id: model.id,
                guid: s.row.guid.clone(),
                fields: s.values.clone(),
                tags: s.row.tags.clone().unwrap_or_default(),
                cards: s
                    .cards
                    .iter()
                    .map(|&ord| PackageCard {
                        ord,
                        deck_id,
                        position: position + i as i64,
                    })
                    .collect(),
            };
            package
                .add_note(&note)
                .map_err(|e| Failure::Fallback(e.0))?;
        }
        self.next_id = package.next_id();
        let bytes = package.finish().map_err(|e| Failure::Fallback(e.0))?;
        let data = base64::engine::general_purpose::STANDARD.encode(&bytes);
        if !self.media_folder.is_known() {
            // Only a lost connection matters here; the import itself does not need this.
            if let Err(Failure::Stop(e)) =
                self.delete_leftovers(importer, now).map_err(Failure::from)
            {
                return Err(Failure::Stop(e));
            }
        }
        let name = format!("{PACKAGE_PREFIX}{}-{}.apkg", now, std::process::id());
        let store = crate::api::media::store_media_file(
            &name,
            crate::api::media::MediaSource::Data(&data),
            false,
            None,
        );
        // No skip-hash is given, so the add-on always names the stored file.
        let Some(stored) = importer.send(store)? else {
            return Err(Failure::Stop(CliError::unexpected_reply(
                "storeMediaFile",
                &Value::Null,
                "expected the stored file's name",
            )));
        };
        // A Ctrl-C during the import counts the package's rows as maybe in.
        importer.tally.in_flight = staged.len();
        let imported = self.import_stored(importer, &stored);
        importer.tally.in_flight = 0;
        if matches!(imported, Err(Failure::Stop(_))) {
            // Anki is gone: the file stays in its media folder (a later --fast import deletes it).
            return imported;
        }
        let deleted = importer.send(crate::api::media::delete_media_file(&stored));
        if let Err(e) = deleted {
            eprintln!(
                "anki-cli: {}: {stored} is still in Anki's media folder ({e})",
                self.label
            );
        }
        imported
    }

    /// Deletes packages that imports killed midway left in Anki's media folder: all of them when
    /// this import holds the import lock, else those more than [`LEFTOVER_MS`] old (a younger one
    /// may belong to an import running now).
    fn delete_leftovers(&mut self, importer: &mut Importer, now: i64) -> Result<()> {
        let names = importer.send(crate::api::media::media_files_names(&format!(
            "{PACKAGE_PREFIX}*.apkg"
        )))?;
        for name in names {
            let made = name
                .strip_prefix(PACKAGE_PREFIX)
                .and_then(|rest| rest.split('-').next())
                .and_then(|ms| ms.parse::<i64>().ok());
            if self.alone || made.is_some_and(|made| now - made > LEFTOVER_MS) {
                importer.send(crate::api::media::delete_media_file(&name))?;
            }
        }
        Ok(())
    }

    /// Has Anki import a package already in its media folder.
    fn import_stored(
        &mut self,
        importer: &mut Importer,
        stored: &str,
    ) -> std::result::Result<(), Failure> {
        let path = self.media_folder.path_of(stored, || {
            importer.send(crate::api::media::media_dir_path())
        })?;
        match importer.send(crate::api::misc::import_package(&path))? {
            true => Ok(()),
            false => Err(Failure::Fallback(
                "importPackage replied false: no collection is open".into(),
            )),
        }
    }

    /// The last packages, then the rows that waited for them; says how many rows went the
    /// normal way.
    pub fn finish(mut self, importer: &mut Importer, catalog: &mut Catalog) -> Result<()> {
        self.flush(importer, catalog)?;
        let deferred = std::mem::take(&mut self.deferred);
        for chunk in deferred.chunks(self.batch) {
            importer.send_chunk(chunk.to_vec(), catalog)?;
        }
        if self.normal > 0 {
            eprintln!(
                "anki-cli: {}: {} row(s) went through addNotes (see above).",
                self.label, self.normal
            );
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::commands::fake_anki::FakeAnki;
    use crate::commands::note::import::options::parsed;
    use crate::commands::note::import::tally::Tally;

    #[test]
    fn a_filtered_deck_and_a_cloze_type_go_the_normal_way() {
        let basic = json!({"id": 1, "type": 0, "flds": [{"name": "Front", "ord": 0}],
            "tmpls": [{"name": "Card 1", "ord": 0, "did": null}], "req": [[0, "any", [0]]]});
        let anki = FakeAnki::new()
            .reply("findModelsByName", json!([basic]))
            .reply_to(
                "getDeckConfig",
                json!({"deck": "Filtered"}),
                json!({"dyn": 1}),
            )
            .reply(
                "findModelsByName",
                json!([{"id": 2, "type": 1, "flds": [], "tmpls": []}]),
            )
            .reply_to("getDeckConfig", json!({"deck": "Gone"}), json!(false));
        let ctx = anki.ctx();
        let args = parsed(&["import", "x.csv", "--fast"]);
        let mut importer = Importer::new(&ctx, &args, Tally::new(&args, None));
        let mut fast = FastPath::new(&ctx, &args, true);
        let row = |deck: &str, model: &str| Prepared {
            row: 2,
            cells: Vec::new(),
            id: None,
            guid: None,
            deck: deck.into(),
            model: model.into(),
            fields: Default::default(),
            tags: None,
            images: Vec::new(),
        };
        let why = |fit: std::result::Result<(), (String, String, &str)>| fit.unwrap_err().1;
        let filtered = fast.fits(&mut importer, &row("Filtered", "Basic")).unwrap();
        assert!(why(filtered).contains("'Filtered' is a filtered deck"));
        let cloze = fast.fits(&mut importer, &row("Gone", "Cloze")).unwrap();
        assert!(why(cloze).contains("'Cloze' is a cloze note type"));
        let gone = fast.fits(&mut importer, &row("Gone", "Basic")).unwrap();
        assert_eq!(why(gone), "deck 'Gone' was not found");
    }
}
