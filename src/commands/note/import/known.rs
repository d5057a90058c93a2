//! Rows Anki would surely accept, decided here instead of asking Anki row by row.
//!
//! Anki's duplicate check (canAddNotes…, and inside addNote) runs `select … from notes where
//! csum=? and mid=?` for every note. SQLite picks the index for it from the statistics Anki
//! last gathered (`ANALYZE`: when the collection was created, then by Tools > Check Database
//! and the fortnightly optimisation when a profile closes). Statistics from an empty
//! collection have no row for the notes table, and SQLite then reads the query through the
//! index on the note type: every note of that type, per check (20 ms a check at 20,000 notes,
//! over 50 ms at 100,000). A big import paid that for every row, and each package it added made
//! the next checks slower.
//!
//! So for a big import the first fields of the note type's notes are read once (findNotes,
//! notesInfo in pages) and the rows Anki would surely accept are decided here: a standard note
//! type, a first field without tags or character references, in NFC, not blank, whose letters
//! and digits match those of no note of the type and of no row this import has accepted. The
//! comparison is coarser than Anki's (only letters and digits count), so it can send Anki a row
//! Anki then accepts, never accept a row Anki would refuse. Everything else Anki judges.
//!
//! Whether the read pays is measured: the first rows Anki checks are timed, and the notes are
//! read when the rows still to check would cost Anki more than the read. When Anki's checks
//! are slow, stderr says so once, with what helps.

use std::collections::{HashMap, HashSet};
use std::time::Instant;

use unicode_normalization::is_nfc;

use super::catalog::Catalog;
use super::duplicate::media_file;
use super::options::OnDuplicate;
use super::prepare::Prepared;
use super::send::Importer;
use crate::api::note::{NewNote, Verdict};
use crate::error::Result;

/// Rows the first check of an import sends (timed, to decide whether reading the notes pays).
const PROBE: usize = 50;

/// The fewest rows a timing is taken from.
const TIMED: usize = 20;

/// What reading one note's first field costs (notesInfo: about 20 µs on an idle machine).
const READ_PER_NOTE: f64 = 40e-6;

/// Seconds of Anki's checks one addNotes may hold (its timeout is 120 s; adding costs besides).
const ADD_BUDGET: f64 = 30.0;

/// A check slower than this (seconds a row) is told on stderr.
const SLOW_CHECK: f64 = 0.005;

/// The letters and digits of the first fields of a note type's notes.
#[derive(Default)]
struct Firsts {
    /// Of notes whose text this module decodes entirely.
    full: HashSet<String>,
    /// ASCII letters and digits only, of notes with a character reference this module does not
    /// know (no named reference stands for an ASCII letter or digit).
    ascii: HashSet<String>,
}

impl Firsts {
    fn insert(&mut self, first_field: &str) {
        let (text, known) = anki_text(first_field);
        if known {
            self.full.insert(letters(&text));
        } else {
            self.ascii.insert(ascii_letters(&text));
        }
    }

    /// Whether a plain value's letters and digits are those of no note here.
    fn lacks(&self, plain: &str) -> bool {
        !self.full.contains(&letters(plain)) && !self.ascii.contains(&ascii_letters(plain))
    }
}

/// A note type's notes, as far as this import knows them.
enum Notes {
    /// Not read (yet): their IDs, when counted.
    Unread(Option<Vec<i64>>),
    /// Read, plus the rows accepted since.
    Read(Firsts),
}

/// The local duplicate check's state across chunks.
pub struct Known {
    allow: bool,
    /// Per note type: whether it is a standard one (not cloze or image occlusion).
    standard: HashMap<String, bool>,
    notes: HashMap<String, Notes>,
    /// Rows still to judge in this import.
    remaining: usize,
    /// Anki's time per check (seconds), once measured.
    per_check: Option<f64>,
}

impl Known {
    /// Nothing known yet; `--on-duplicate allow` needs no notes (Anki only refuses blanks).
    pub fn new(policy: OnDuplicate) -> Known {
        Known {
            allow: policy == OnDuplicate::Allow,
            standard: HashMap::new(),
            notes: HashMap::new(),
            remaining: 0,
            per_check: None,
        }
    }

    /// The import has this many rows to send.
    pub fn start(&mut self, rows: usize) {
        self.remaining = rows;
    }

    /// How many notes one addNotes may hold: as many as Anki checks in [`ADD_BUDGET`] by the
    /// measured time (addNotes checks each note again), all of them before a measurement.
    pub fn notes_per_add(&self) -> usize {
        match self.per_check {
            Some(per) if per > 0.0 => ((ADD_BUDGET / per) as usize).max(1),
            _ => usize::MAX,
        }
    }

    /// Records the time of one check of `rows` notes; a slow one is told once on stderr.
    pub fn timed(&mut self, rows: usize, seconds: f64) {
        if rows < TIMED || self.per_check.is_some() {
            return;
        }
        let per = seconds / rows as f64;
        self.per_check = Some(per);
        if per > SLOW_CHECK {
            eprintln!(
                "anki-cli: Anki's duplicate check takes {:.0} ms a note on this collection (measured on the first {rows} rows): \
its database statistics are older than most of its notes, so each check reads every note of the type. \
Rows without HTML are checked here instead; for the rest, and for addNotes, Tools > Check Database in Anki \
re-analyses the collection and makes the check take well under a millisecond.",
                per * 1000.0
            );
        }
    }
}

impl Importer<'_, '_> {
    /// Anki's verdict on each pending row not already judged (`verdicts[k]` is `None`): rows
    /// Anki would surely accept are accepted here, the others are asked (the first ones alone
    /// and timed, when no check has been timed yet); the accepted rows are remembered.
    pub(super) fn judge(
        &mut self,
        notes: &[NewNote],
        rows: &[Prepared],
        pending: &[usize],
        verdicts: &mut [Option<Verdict>],
        catalog: &mut Catalog,
    ) -> Result<()> {
        loop {
            for (k, &i) in pending.iter().enumerate() {
                if verdicts[k].is_none() && self.surely_addable(&rows[i], catalog)? {
                    verdicts[k] = Some(Verdict {
                        can_add: true,
                        error: String::new(),
                    });
                }
            }
            let unknown: Vec<usize> = (0..pending.len())
                .filter(|&k| verdicts[k].is_none())
                .collect();
            if unknown.is_empty() {
                break;
            }
            let take = match self.known.per_check {
                None if unknown.len() > PROBE => PROBE,
                _ => unknown.len(),
            };
            let asked: Vec<NewNote> = unknown[..take].iter().map(|&k| notes[k].clone()).collect();
            let started = Instant::now();
            let checked = self.check(&asked)?;
            self.known.timed(take, started.elapsed().as_secs_f64());
            for (&k, verdict) in unknown.iter().zip(checked) {
                verdicts[k] = Some(verdict);
            }
            if take == unknown.len() {
                break;
            }
        }
        self.known.remaining = self.known.remaining.saturating_sub(pending.len());
        for (k, &i) in pending.iter().enumerate() {
            if verdicts[k].as_ref().is_some_and(|v| v.can_add) {
                self.remember(&rows[i], catalog)?;
            }
        }
        Ok(())
    }

    /// Whether Anki would surely accept the row (see the module's doc).
    fn surely_addable(&mut self, row: &Prepared, catalog: &mut Catalog) -> Result<bool> {
        let Some(first) = row.first_field(catalog, self.ctx)? else {
            return Ok(false);
        };
        if first.contains(['<', '&']) || first.trim().is_empty() || !is_nfc(&first) {
            return Ok(false);
        }
        let started = self.known.standard.contains_key(&row.model)
            || matches!(self.known.notes.get(&row.model), Some(Notes::Read(_)));
        if !started && self.known.remaining <= PROBE {
            // A small import: Anki's checks cost less than finding out.
            return Ok(false);
        }
        if !self.standard_type(&row.model)? {
            return Ok(false);
        }
        if self.known.allow {
            return Ok(true);
        }
        if !self.read_if_it_pays(&row.model, catalog)? {
            return Ok(false);
        }
        Ok(match self.known.notes.get(&row.model) {
            Some(Notes::Read(firsts)) => firsts.lacks(&first),
            _ => false,
        })
    }

    /// Whether the note type is a standard one (Anki's check of a cloze note needs Anki).
    fn standard_type(&mut self, model: &str) -> Result<bool> {
        if let Some(&standard) = self.known.standard.get(model) {
            return Ok(standard);
        }
        let found = self.send(crate::api::model::find_models_by_name(&[model.to_string()]))?;
        let standard = found.first().is_some_and(|m| m.kind == 0);
        self.known.standard.insert(model.to_string(), standard);
        Ok(standard)
    }

    /// Reads the note type's first fields when that costs less than Anki's checks of the rows
    /// still to judge would; whether they are read.
    fn read_if_it_pays(&mut self, model: &str, catalog: &mut Catalog) -> Result<bool> {
        let ids = match self.known.notes.get_mut(model) {
            Some(Notes::Read(_)) => return Ok(true),
            Some(Notes::Unread(Some(ids))) => std::mem::take(ids),
            _ => {
                let Some(id) = catalog.model_id(model) else {
                    return Ok(false);
                };
                self.send(crate::api::note::find_notes(&format!("mid:{id}")))?
            }
        };
        let read_cost = ids.len() as f64 * READ_PER_NOTE;
        let rows = self.known.remaining as f64;
        // Without a timing yet, a read costing no more than a quick check per row pays anyway.
        let pays = match self.known.per_check {
            Some(per) => per * rows > read_cost,
            None => ids.len() <= 12 * self.known.remaining,
        };
        if !pays {
            self.known
                .notes
                .insert(model.to_string(), Notes::Unread(Some(ids)));
            return Ok(false);
        }
        let mut firsts = Firsts::default();
        for (_, first) in self.first_fields(&ids)? {
            firsts.insert(first);
        }
        self.known
            .notes
            .insert(model.to_string(), Notes::Read(firsts));
        Ok(true)
    }

    /// Adds an accepted row's first field to its note type's notes, if they were read.
    fn remember(&mut self, row: &Prepared, catalog: &mut Catalog) -> Result<()> {
        let Some(first) = row.first_field(catalog, self.ctx)? else {
            return Ok(());
        };
        if let Some(Notes::Read(firsts)) = self.known.notes.get_mut(&row.model) {
            firsts.insert(&first);
        }
        Ok(())
    }
}

/// A first field as Anki compares it, as far as it matters here: tags removed (comments, style
/// and script blocks with their content; a media tag leaves its file name between spaces), then
/// character references decoded. `false` when a named reference was not known (it is dropped).
fn anki_text(field: &str) -> (String, bool) {
    let mut text = String::with_capacity(field.len());
    let mut rest = field;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        rest = &rest[open..];
        let lower = rest.get(..8).unwrap_or(rest).to_ascii_lowercase();
        let block_end = if lower.starts_with("<!--") {
            Some("-->")
        } else if lower.starts_with("<style") {
            Some("</style>")
        } else if lower.starts_with("<script") {
            Some("</script>")
        } else {
            None
        };
        if let Some(end) = block_end {
            if let Some(at) = rest.to_ascii_lowercase().find(end) {
                rest = &rest[at + end.len()..];
                continue;
            }
        }
        let Some(close) = rest.find('>') else {
            break;
        };
        if let Some(name) = media_file(&rest[..=close]) {
            text.push(' ');
            text.push_str(name);
            text.push(' ');
        }
        rest = &rest[close + 1..];
    }
    text.push_str(rest);
    decode_references(&text)
}

/// Decodes `&#N;`, `&#xH;` and the common named references; drops other named ones
/// (`false` then).
fn decode_references(text: &str) -> (String, bool) {
    if !text.contains('&') {
        return (text.to_string(), true);
    }
    let mut out = String::with_capacity(text.len());
    let mut known = true;
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest[1..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
            .map(|e| e + 1);
        let Some(end) = end.filter(|&e| e > 1 && rest[e..].starts_with(';')) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let name = &rest[1..end];
        let decoded = if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X"))
        {
            u32::from_str_radix(hex, 16).ok().and_then(char::from_u32)
        } else if let Some(dec) = name.strip_prefix('#') {
            dec.parse::<u32>().ok().and_then(char::from_u32)
        } else {
            match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                _ => None,
            }
        };
        match decoded {
            Some(c) => out.push(c),
            None => known = false,
        }
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    (out, known)
}

/// The letters and digits of a text.
fn letters(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The ASCII letters and digits of a text.
fn ascii_letters(text: &str) -> String {
    text.chars().filter(char::is_ascii_alphanumeric).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slow_check_makes_smaller_add_requests() {
        let mut known = Known::new(OnDuplicate::Skip);
        assert_eq!(known.notes_per_add(), usize::MAX);
        known.timed(50, 50.0 * 0.2);
        assert_eq!(known.notes_per_add(), 150);
    }

    #[test]
    fn anki_text_drops_tags_and_blocks_and_keeps_media_names() {
        assert_eq!(anki_text("<b>chat</b>"), ("chat".into(), true));
        assert_eq!(
            anki_text("<style>b{}</style>x<!-- y -->z<SCRIPT>1</script>"),
            ("xz".into(), true)
        );
        assert_eq!(
            anki_text(r#"a<img src="c.jpg">"#),
            ("a c.jpg ".into(), true)
        );
        assert_eq!(anki_text("1 < 2"), ("1 < 2".into(), true));
    }

    #[test]
    fn references_are_decoded_and_unknown_ones_flagged() {
        assert_eq!(
            decode_references("&#65;&#x42;&amp;&nbsp;"),
            ("AB& ".into(), true)
        );
        assert_eq!(decode_references("caf&eacute;"), ("caf".into(), false));
        assert_eq!(decode_references("a & b &c"), ("a & b &c".into(), true));
    }

    #[test]
    fn a_note_matches_a_plain_value_by_letters_and_digits() {
        let mut firsts = Firsts::default();
        firsts.insert("<b>word&nbsp;1</b>");
        firsts.insert("caf&eacute; noir");
        assert!(!firsts.lacks("word 1"));
        assert!(firsts.lacks("Word 1"), "case counts, as in Anki");
        assert!(!firsts.lacks("word1"), "coarser than Anki: asks Anki");
        assert!(firsts.lacks("word 2"));
        // The unknown reference: only ASCII letters count, so "café noir" is asked.
        assert!(!firsts.lacks("café noir"));
        assert!(firsts.lacks("thé noir"));
    }
}
