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
//! rows of a package that got in count as already there. Rows whose first field repeats an earlier
//! row of the file wait until the packages are in, then go the normal way, so Anki judges them.

use std::collections::{HashMap, HashSet};

use base64::Engine;
use serde::Deserialize;
use serde_json::Value;

use super::apkg::{Package, PackageCard, PackageNote};
use super::prepare::{Catalog, Prepared};
use super::send::{duplicate_key, Importer};
use super::{DuplicateScope, ImportArgs, OnDuplicate};
use crate::commands::context::Ctx;
use crate::error::{CliError, ExitStatus, Result};

/// The most notes one package holds (a package of 10,000 Basic notes is about 1 MB zipped).
const PACKAGE_NOTES: usize = 10_000;

/// What the package file in Anki's media folder is called (a leading `_` keeps Anki's media
/// check from listing it as unused while it is there).
const PACKAGE_PREFIX: &str = "_anki-cli-import-";

/// How old a package file left in the media folder must be before an import deletes it.
const LEFTOVER_MS: i64 = 5 * 60 * 1000;

/// When a template makes a card, as the note type's `req` says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rule {
    /// When any of the fields is not empty.
    Any,
    /// When all of the fields are not empty.
    All,
    /// Never.
    Never,
}

/// One entry of `req`: a template, and the fields its card needs.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Requirement {
    ord: u32,
    rule: Rule,
    fields: Vec<usize>,
}

/// A note type as findModelsByName gives it, with what the fast path reads from it.
#[derive(Debug, Clone)]
struct Model {
    id: i64,
    json: Value,
    /// Field names in order.
    fields: Vec<String>,
    requirements: Vec<Requirement>,
}

/// The parts of a note type's JSON the fast path reads.
#[derive(Debug, Deserialize)]
struct ModelJson {
    id: i64,
    #[serde(rename = "type", default)]
    kind: i64,
    #[serde(rename = "originalStockKind", default)]
    stock_kind: Option<i64>,
    flds: Vec<FieldJson>,
    tmpls: Vec<TemplateJson>,
    #[serde(default)]
    req: Option<Value>,
}

#[derive(Debug, Deserialize)]
struct FieldJson {
    name: String,
    ord: u32,
}

#[derive(Debug, Deserialize)]
struct TemplateJson {
    name: String,
    ord: u32,
    #[serde(default)]
    did: Option<Value>,
}

/// Anki's stock kind of the image occlusion note type.
const IMAGE_OCCLUSION: i64 = 6;

impl Model {
    /// Reads a note type; `Err` says why the fast path cannot write its notes.
    fn read(name: &str, json: Value) -> std::result::Result<Model, String> {
        let parsed: ModelJson = serde_json::from_value(json.clone()).map_err(|e| {
            format!("note type '{name}': findModelsByName gave JSON anki-cli cannot read ({e})")
        })?;
        if parsed.stock_kind == Some(IMAGE_OCCLUSION) {
            return Err(format!(
                "note type '{name}' is an image occlusion note type (Anki's package importer makes no cloze cards)"
            ));
        }
        if parsed.kind != 0 {
            return Err(format!(
                "note type '{name}' is a cloze note type (Anki's package importer makes no cloze cards)"
            ));
        }
        if let Some(t) = parsed.tmpls.iter().find(|t| {
            t.did
                .as_ref()
                .is_some_and(|d| !d.is_null() && d.as_i64() != Some(0))
        }) {
            return Err(format!(
                "note type '{name}': card type '{}' has a deck override (Anki puts its cards in another deck)",
                t.name
            ));
        }
        let mut fields: Vec<&FieldJson> = parsed.flds.iter().collect();
        fields.sort_by_key(|f| f.ord);
        let requirements = parsed
            .req
            .as_ref()
            .and_then(|req| read_requirements(req, parsed.flds.len(), &parsed.tmpls))
            .ok_or_else(|| {
                format!("note type '{name}': its card requirements (req) cannot be read")
            })?;
        Ok(Model {
            id: parsed.id,
            json,
            fields: fields.iter().map(|f| f.name.clone()).collect(),
            requirements,
        })
    }

    /// The row's field values in the note type's order (a field the row lacks is empty).
    fn values(&self, row: &Prepared) -> Vec<String> {
        self.fields
            .iter()
            .map(|f| {
                row.fields
                    .get(f)
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string()
            })
            .collect()
    }

    /// The templates that make a card for these field values.
    fn cards(&self, values: &[String]) -> Vec<u32> {
        let filled = |i: &usize| values.get(*i).is_some_and(|v| !field_is_empty(v));
        self.requirements
            .iter()
            .filter(|r| match r.rule {
                Rule::Any => r.fields.iter().any(filled),
                Rule::All => r.fields.iter().all(filled),
                Rule::Never => false,
            })
            .map(|r| r.ord)
            .collect()
    }
}

/// `req` as Anki writes it: one `[ord, "any"|"all"|"none", [field ords]]` per template.
fn read_requirements(
    req: &Value,
    field_count: usize,
    templates: &[TemplateJson],
) -> Option<Vec<Requirement>> {
    let mut out = Vec::new();
    for entry in req.as_array()? {
        let entry = entry.as_array()?;
        let [ord, rule, fields] = entry.as_slice() else {
            return None;
        };
        let ord = u32::try_from(ord.as_u64()?).ok()?;
        let rule = match rule.as_str()? {
            "any" => Rule::Any,
            "all" => Rule::All,
            "none" => Rule::Never,
            _ => return None,
        };
        let fields = fields
            .as_array()?
            .iter()
            .map(|f| f.as_u64().map(|f| f as usize).filter(|f| *f < field_count))
            .collect::<Option<Vec<usize>>>()?;
        out.push(Requirement { ord, rule, fields });
    }
    let mut ords: Vec<u32> = out.iter().map(|r| r.ord).collect();
    ords.sort_unstable();
    let mut expected: Vec<u32> = templates.iter().map(|t| t.ord).collect();
    expected.sort_unstable();
    (ords == expected && !ords.is_empty()).then_some(out)
}

/// Anki's test for an empty field: nothing but whitespace and empty `<br>`/`<div>` tags.
fn field_is_empty(text: &str) -> bool {
    let mut rest = text;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '\u{b}');
        if rest.is_empty() {
            return true;
        }
        match empty_tag_len(rest) {
            Some(len) => rest = &rest[len..],
            None => return false,
        }
    }
}

/// The length of a `<br>`, `</div>`, `<br />`… at the start of `text` (`</?(br|div) ?/?>`).
fn empty_tag_len(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = 1;
    if bytes.first() != Some(&b'<') {
        return None;
    }
    if bytes.get(at) == Some(&b'/') {
        at += 1;
    }
    let name = text.get(at..)?.to_ascii_lowercase();
    at += if name.starts_with("br") {
        2
    } else if name.starts_with("div") {
        3
    } else {
        return None;
    };
    if bytes.get(at) == Some(&b' ') {
        at += 1;
    }
    if bytes.get(at) == Some(&b'/') {
        at += 1;
    }
    (bytes.get(at) == Some(&b'>')).then_some(at + 1)
}

/// The file names a field refers to, in order: `[sound:…]`, and the `src`/`data` of any HTML tag.
fn media_references(field: &str) -> Vec<&str> {
    let mut names: Vec<(usize, &str)> = Vec::new();
    let at_of = |name: &str| name.as_ptr() as usize - field.as_ptr() as usize;
    let mut rest = field;
    while let Some(at) = rest.find("[sound:") {
        let after = &rest[at + 7..];
        let end = after.find(']').unwrap_or(after.len());
        names.push((at_of(after), &after[..end]));
        rest = &after[end..];
    }
    let mut rest = field;
    while let Some(open) = rest.find('<') {
        let tag = &rest[open..];
        let close = tag.find('>').unwrap_or(tag.len());
        let tag = &tag[..close];
        let lower = tag.to_ascii_lowercase();
        let mut from = 0;
        while let Some(found) = lower[from..]
            .find(|c: char| c.is_ascii_whitespace())
            .map(|i| from + i + 1)
        {
            from = found;
            let attr = &lower[found..];
            let name_len = if attr.starts_with("src") {
                3
            } else if attr.starts_with("data") {
                4
            } else {
                continue;
            };
            let after = attr[name_len..].trim_start();
            let Some(value) = after.strip_prefix('=') else {
                continue;
            };
            let value_at = tag.len() - value.trim_start().len();
            let value = &tag[value_at..];
            let (quote, value) = match value.chars().next() {
                Some(q @ ('"' | '\'')) => (Some(q), &value[1..]),
                _ => (None, value),
            };
            let end = value
                .find(|c: char| match quote {
                    Some(q) => c == q,
                    None => c.is_whitespace(),
                })
                .unwrap_or(value.len());
            names.push((at_of(value), &value[..end]));
        }
        rest = &rest[open + 1..];
    }
    names.sort_by_key(|(at, _)| *at);
    names.into_iter().map(|(_, name)| name).collect()
}

/// Whether Anki's package importer keeps a media file name as it is: plain ASCII letters,
/// digits, `.`, `_`, `-` and inner spaces, not a Windows device name (the importer rewrites
/// references to other names, e.g. `a:b.jpg` to `ab.jpg`, which addNotes does not).
fn plain_media_name(name: &str) -> bool {
    const DEVICES: &[&str] = &["con", "prn", "aux", "nul"];
    let stem = name
        .split('.')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let device = DEVICES.contains(&stem.as_str())
        || ((stem.starts_with("com") || stem.starts_with("lpt"))
            && stem.len() == 4
            && stem.as_bytes()[3].is_ascii_digit());
    !name.is_empty()
        && name.len() <= 120
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | ' '))
        && !name.starts_with([' ', '.'])
        && !name.ends_with([' ', '.'])
        && !device
}

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
    /// (note type, deck in deck scope, duplicate key) of every row sent or staged so far.
    claimed: HashSet<(String, String, String)>,
    staged: Vec<Staged>,
    /// Rows repeating an earlier row's first field: sent the normal way after the packages.
    deferred: Vec<Prepared>,
    /// Reasons already told on stderr.
    told: HashSet<String>,
    /// Rows that went the normal way for a reason told on stderr.
    normal: usize,
    next_id: i64,
    /// Anki's media folder, on the machine where Anki runs.
    media_dir: Option<String>,
}

impl<'a, 'c> FastPath<'a, 'c> {
    /// The fast path for these arguments.
    pub fn new(ctx: &'a Ctx<'c>, args: &ImportArgs) -> Self {
        FastPath {
            ctx,
            allow: args.on_duplicate == OnDuplicate::Allow,
            deck_scope: args.duplicate_scope == DuplicateScope::Deck,
            batch: args.batch as usize,
            models: HashMap::new(),
            decks: HashMap::new(),
            claimed: HashSet::new(),
            staged: Vec::new(),
            deferred: Vec::new(),
            told: HashSet::new(),
            normal: 0,
            next_id: 0,
            media_dir: None,
        }
    }

    /// Says once per `kind` on stderr why rows go the normal way: "{why}, so {which} go through
    /// addNotes instead."
    fn tell(&mut self, kind: &str, why: &str, which: &str) {
        if self.told.insert(kind.to_string()) {
            eprintln!("anki-cli: --fast: {why}, so {which} go through addNotes instead.");
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
                let order = catalog
                    .fields(Some(self.ctx), &row.model)?
                    .unwrap_or_default();
                let deck = if self.deck_scope {
                    row.deck.clone()
                } else {
                    String::new()
                };
                let key = row
                    .first_field(&order)
                    .map(|(_, value)| duplicate_key(&value))
                    .unwrap_or_default();
                if !self.claimed.insert((row.model.clone(), deck, key)) {
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
            let reply = importer.request(crate::api::model::find_models_by_name(
                std::slice::from_ref(&row.model),
            ))?;
            let mut models: Vec<Value> =
                crate::commands::context::decode("findModelsByName", &reply)?;
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
            let reply = importer.request(crate::api::deck::get_deck_config(&row.deck))?;
            let filtered = reply
                .get("dyn")
                .is_some_and(|d| d.as_bool() == Some(true) || d.as_i64() == Some(1));
            let verdict = if filtered {
                Err(format!(
                    "deck '{}' is a filtered deck (a package import would add a deck beside it)",
                    row.deck
                ))
            } else if !reply.is_object() {
                Err(format!("deck '{}' was not found", row.deck))
            } else {
                Ok(())
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
        for (name, value) in &row.fields {
            let value = value.as_str().unwrap_or_default();
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
        let reply = importer.request(crate::api::card::find_cards(query))?;
        crate::commands::context::decode("findCards", &reply)
    }

    /// The highest new-card position (`due`) among these cards.
    fn last_position(&mut self, importer: &mut Importer, cards: &[i64]) -> Result<i64> {
        #[derive(Deserialize)]
        struct Due {
            due: i64,
        }
        let reply = importer.request(crate::request::Request::new(
            "cardsInfo",
            serde_json::json!({ "cards": cards }),
        ))?;
        let cards: Vec<Due> = crate::commands::context::decode("cardsInfo", &reply)?;
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
                    "anki-cli: --fast: the package import failed ({reason}), so its {} row(s) go through addNotes instead.",
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
        let reply = importer.request(crate::api::deck::deck_names_and_ids())?;
        let deck_ids: HashMap<String, i64> =
            crate::commands::context::decode("deckNamesAndIds", &reply)?;
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
        if self.media_dir.is_none() {
            // Only a lost connection matters here; the import itself does not need this.
            if let Err(Failure::Stop(e)) =
                self.delete_leftovers(importer, now).map_err(Failure::from)
            {
                return Err(Failure::Stop(e));
            }
        }
        let name = format!("{PACKAGE_PREFIX}{}-{}.apkg", now, std::process::id());
        let reply = importer.request(crate::api::media::store_media_file(
            &name,
            crate::api::media::MediaSource::Data(&data),
            false,
            None,
        ))?;
        let stored: String = crate::commands::context::decode("storeMediaFile", &reply)?;
        let imported = self.import_stored(importer, &stored);
        if matches!(imported, Err(Failure::Stop(_))) {
            // Anki is gone: the file stays in its media folder (a later --fast import deletes it).
            return imported;
        }
        if let Err(e) = importer.request(crate::api::media::delete_media_file(&stored)) {
            eprintln!("anki-cli: --fast: {stored} is still in Anki's media folder ({e})");
        }
        imported
    }

    /// Deletes packages that imports killed midway left in Anki's media folder (those more than
    /// [`LEFTOVER_MS`] old: a younger one may belong to an import running now).
    fn delete_leftovers(&mut self, importer: &mut Importer, now: i64) -> Result<()> {
        let reply = importer.request(crate::api::media::media_files_names(&format!(
            "{PACKAGE_PREFIX}*.apkg"
        )))?;
        let names: Vec<String> = crate::commands::context::decode("getMediaFilesNames", &reply)?;
        for name in names {
            let made = name
                .strip_prefix(PACKAGE_PREFIX)
                .and_then(|rest| rest.split('-').next())
                .and_then(|ms| ms.parse::<i64>().ok());
            if made.is_some_and(|made| now - made > LEFTOVER_MS) {
                importer.request(crate::api::media::delete_media_file(&name))?;
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
        let dir = match &self.media_dir {
            Some(dir) => dir.clone(),
            None => {
                let reply = importer.request(crate::api::media::media_dir_path())?;
                let dir: String = crate::commands::context::decode("getMediaDirPath", &reply)?;
                self.media_dir = Some(dir.clone());
                dir
            }
        };
        let separator = if dir.contains('\\') && !dir.contains('/') {
            '\\'
        } else {
            '/'
        };
        let path = format!("{}{separator}{stored}", dir.trim_end_matches(['/', '\\']));
        let reply = importer.request(crate::api::misc::import_package(&path))?;
        match crate::commands::context::decode::<bool>("importPackage", &reply)? {
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
                "anki-cli: --fast: {} row(s) went through addNotes (see above).",
                self.normal
            );
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn basic_optional_reverse() -> Value {
        json!({
            "id": 1700000000001i64, "name": "Basic (optional reversed card)", "type": 0, "mod": 5,
            "flds": [{"name": "Front", "ord": 0}, {"name": "Back", "ord": 1}, {"name": "Add Reverse", "ord": 2}],
            "tmpls": [{"name": "Card 1", "ord": 0, "did": null}, {"name": "Card 2", "ord": 1, "did": null}],
            "req": [[0, "any", [0]], [1, "all", [1, 2]]],
            "originalStockKind": 3
        })
    }

    #[test]
    fn cards_follow_req() {
        let model = Model::read("B", basic_optional_reverse()).unwrap();
        let v = |a: &str, b: &str, c: &str| vec![a.to_string(), b.to_string(), c.to_string()];
        assert_eq!(model.cards(&v("x", "y", "")), vec![0]);
        assert_eq!(model.cards(&v("x", "y", "yes")), vec![0, 1]);
        assert_eq!(
            model.cards(&v("x", "<br>", "yes")),
            vec![0],
            "<br> is empty"
        );
        assert_eq!(model.cards(&v("", "y", "yes")), vec![1]);
        assert_eq!(model.json["mod"], 5, "the JSON is kept as given");
    }

    #[test]
    fn cloze_image_occlusion_overrides_and_bad_req_are_refused() {
        let mut cloze = basic_optional_reverse();
        cloze["type"] = json!(1);
        assert!(Model::read("C", cloze.clone())
            .unwrap_err()
            .contains("is a cloze note type"));
        cloze["originalStockKind"] = json!(6);
        assert!(Model::read("IO", cloze)
            .unwrap_err()
            .contains("image occlusion"));
        let mut over = basic_optional_reverse();
        over["tmpls"][1]["did"] = json!(12345);
        assert!(Model::read("O", over)
            .unwrap_err()
            .contains("deck override"));
        for req in [
            json!(null),
            json!([[0, "any", [0]]]),
            json!([[0, "any", [0]], [1, "some", [1]]]),
            json!([[0, "any", [0]], [1, "all", [7]]]),
            json!("x"),
        ] {
            let mut bad = basic_optional_reverse();
            bad["req"] = req.clone();
            assert!(
                Model::read("R", bad)
                    .unwrap_err()
                    .contains("(req) cannot be read"),
                "{req}"
            );
        }
        let mut missing = basic_optional_reverse();
        missing.as_object_mut().unwrap().remove("req");
        assert!(Model::read("R", missing).is_err());
    }

    #[test]
    fn empty_fields_as_anki_sees_them() {
        for empty in [
            "",
            "  \n\t",
            "<br>",
            "<BR/>",
            "<br />",
            "</div><div> </div>",
            "\u{b}",
        ] {
            assert!(field_is_empty(empty), "{empty:?}");
        }
        for full in [
            "x",
            "&nbsp;",
            "<b></b>",
            "<br  >",
            "\u{a0}",
            "<img src=a.jpg>",
        ] {
            assert!(!field_is_empty(full), "{full:?}");
        }
    }

    #[test]
    fn media_references_and_which_names_the_importer_keeps() {
        assert_eq!(
            media_references(
                r#"a <img src="cat.jpg"> [sound:x y.mp3] <IMG class=z SRC='d.png'/> <object data=e.svg>"#
            ),
            vec!["cat.jpg", "x y.mp3", "d.png", "e.svg"]
        );
        assert_eq!(
            media_references("<div data-x=1>plain</div> [sound:"),
            vec![""]
        );
        assert!(media_references("no media <b>here</b>").is_empty());
        for plain in ["cat.jpg", "a b.mp3", "paste-1a2b.png", "x_y-z.webm"] {
            assert!(plain_media_name(plain), "{plain}");
        }
        for renamed in [
            "a:b.jpg",
            "x?y.mp3",
            "dir/c.jpg",
            "café.jpg",
            "con.jpg",
            "LPT1.png",
            " a.jpg",
            "a.",
            "",
            "&amp;.jpg",
        ] {
            assert!(!plain_media_name(renamed), "{renamed}");
        }
    }
}
