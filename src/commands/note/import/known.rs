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
//! read when the rows still to check would cost Anki more than the read (notes this import has
//! read already cost nothing). When no row has been timed yet, the first rows of a chunk decided
//! here are asked of Anki all the same, timed: when Anki's checks are slow, stderr says so
//! once, with what helps.
//!
//! Rows this import has judged (here or by Anki) go to addNotes with Anki's duplicate check
//! made cheap instead of repeated ([`checked_note`]); the rows one addNotes holds are kept
//! apart by [`Batch`], as coarsely as the local check compares.

use std::collections::{HashMap, HashSet};

use unicode_normalization::UnicodeNormalization;

use super::duplicate::media_file;
use super::options::OnDuplicate;
use super::prepare::Prepared;
use crate::api::note::NewNote;

/// The fewest rows a timing is taken from.
pub(super) const TIMED: usize = 20;

/// A check slower than this (seconds a row) is told on stderr.
const SLOW_CHECK: f64 = 0.005;

/// What one request costs besides Anki's checks, at most (the add-on polls every 25 ms; a busy
/// machine adds more): left out of the time a slow check is told by.
const REQUEST: f64 = 0.1;

/// The letters and digits of the first fields of a note type's notes.
#[derive(Default)]
pub(super) struct Firsts {
    /// Of notes whose text this module decodes entirely.
    full: HashSet<String>,
    /// ASCII letters and digits only, of notes with a character reference this module does not
    /// know (no named reference stands for an ASCII letter or digit).
    ascii: HashSet<String>,
}

impl Firsts {
    pub(super) fn insert(&mut self, first_field: &str) {
        let (text, known) = anki_text(first_field);
        if known {
            self.full.insert(letters(&text));
        } else {
            self.ascii.insert(ascii_letters(&text));
        }
    }

    /// Whether a plain value's letters and digits are those of no note here.
    pub(super) fn lacks(&self, plain: &str) -> bool {
        !self.full.contains(&letters(plain)) && !self.ascii.contains(&ascii_letters(plain))
    }
}

/// A note type's notes, as far as this import knows them.
pub(super) enum Notes {
    /// Not read (yet): their IDs, when counted.
    Unread(Option<Vec<i64>>),
    /// Read, plus the rows accepted since.
    Read(Firsts),
}

/// The local duplicate check's state across chunks.
pub struct Known {
    /// `--on-duplicate allow`: only blank rows are refused.
    pub(super) allow: bool,
    /// Per note type: whether it is a standard one (not cloze or image occlusion).
    pub(super) standard: HashMap<String, bool>,
    /// Per note type: its notes' first fields, once read.
    pub(super) notes: HashMap<String, Notes>,
    /// Rows still to judge in this import.
    pub(super) remaining: usize,
    /// Anki's time per check (seconds), once measured.
    pub(super) per_check: Option<f64>,
    /// A check slower than this (seconds a note, the request's own cost included) is told on
    /// stderr; `None`: slower than [`SLOW_CHECK`] once [`REQUEST`] is left out.
    slow: Option<f64>,
}

impl Known {
    /// Nothing known yet; `--on-duplicate allow` needs no notes (Anki only refuses blanks).
    /// `slow`: seconds a note from which a check is told slow (see [`Known::timed`]).
    pub fn new(policy: OnDuplicate, slow: Option<f64>) -> Known {
        Known {
            allow: policy == OnDuplicate::Allow,
            standard: HashMap::new(),
            notes: HashMap::new(),
            remaining: 0,
            per_check: None,
            slow,
        }
    }

    /// The import has this many rows to send.
    pub fn start(&mut self, rows: usize) {
        self.remaining = rows;
    }

    /// Records the time of one check of `rows` notes; a slow one is told once on stderr.
    pub fn timed(&mut self, rows: usize, seconds: f64) {
        if rows < TIMED || self.per_check.is_some() {
            return;
        }
        let per = seconds / rows as f64;
        self.per_check = Some(per);
        let slow = match self.slow {
            Some(slow) => per > slow,
            None => (seconds - REQUEST) / rows as f64 > SLOW_CHECK,
        };
        if slow {
            eprintln!(
                "anki-cli: Anki's duplicate check takes {:.1} ms a note on this collection (measured on the first {rows} rows): \
its database statistics are older than most of its notes, so each check reads every note of the type. \
This import checks rows without HTML here instead and asks Anki about the rest only once; \
Tools > Check Database in Anki re-analyses the collection and makes the check (and any other \
program's addNote) take well under a millisecond.",
                per * 1000.0
            );
        }
    }
}

/// The note addNotes gets for a row this import has judged (here or by Anki). addNotes runs
/// Anki's duplicate check again for every note, which on a collection Anki has not analysed
/// reads every note of the type; `checkAllModels` makes it look by checksum alone
/// (`select … where csum=?`, on the checksum index whatever the statistics) and
/// `allowDuplicate` waives its verdict: the verdict that counts was given before. (Anki still
/// refuses an empty note.) As with `--fast`, a duplicate another program adds between the check
/// and the add is not seen.
pub fn checked_note(mut note: NewNote) -> NewNote {
    note.options.allow_duplicate = Some(true);
    note.options.duplicate_scope_options.check_all_models = Some(true);
    note
}

/// The first fields of the rows one addNotes holds, per scope (note type, and deck in deck
/// scope), compared as coarsely as the local check compares: two rows Anki could judge equal
/// never go into one addNotes, which no longer refuses the second ([`checked_note`]).
#[derive(Default)]
pub struct Batch {
    /// Letters and digits of fields this module decodes entirely.
    full: HashSet<(String, String)>,
    /// ASCII letters and digits of every field.
    ascii: HashSet<(String, String)>,
    /// ASCII letters and digits of fields with an unknown character reference.
    ascii_unknown: HashSet<(String, String)>,
}

impl Batch {
    /// Takes a row's first field (its note type's first, `first`); `false` when it may equal
    /// one taken before in the row's scope (the row then waits until Anki has the earlier
    /// one's note).
    pub fn claim_row(&mut self, row: &Prepared, deck_scope: bool, first: &str) -> bool {
        let scope = if deck_scope {
            format!("{}\u{1f}{}", row.model, row.deck)
        } else {
            row.model.clone()
        };
        self.claim(&scope, first)
    }

    fn claim(&mut self, scope: &str, first: &str) -> bool {
        let (text, known) = anki_text(first);
        let text: String = text.nfc().collect();
        let ascii = (scope.to_string(), ascii_letters(&text));
        if known {
            let full = (scope.to_string(), letters(&text));
            if self.full.contains(&full) || self.ascii_unknown.contains(&ascii) {
                return false;
            }
            self.full.insert(full);
        } else {
            if self.ascii.contains(&ascii) {
                return false;
            }
            self.ascii_unknown.insert(ascii.clone());
        }
        self.ascii.insert(ascii);
        true
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
    fn a_batch_keeps_apart_rows_anki_could_judge_equal() {
        let mut batch = Batch::default();
        assert!(batch.claim("Basic", "café noir"));
        assert!(!batch.claim("Basic", "<b>café</b> noir"), "tags");
        assert!(
            !batch.claim("Basic", "caf&eacute; noir"),
            "unknown reference"
        );
        assert!(!batch.claim("Basic", "cafe\u{301} noir"), "not in NFC");
        assert!(
            !batch.claim("Basic", "café&nbsp;noir"),
            "spaces do not count"
        );
        assert!(batch.claim("Basic", "Café noir"), "case counts, as in Anki");
        assert!(batch.claim("Basic 2", "café noir"), "another note type");
        assert!(batch.claim("Basic", "thé noir"));
        assert!(!batch.claim("Basic", "th&eacute; noir"));
        assert!(batch.claim("Basic", "x&eacute;y"));
        assert!(
            !batch.claim("Basic", "xy"),
            "xy could be x&eacute;y's equal, as ASCII"
        );
    }

    #[test]
    fn a_checked_note_waives_anki_s_second_check_and_keeps_its_scope() {
        let mut note = NewNote::default();
        note.options.duplicate_scope = Some(crate::api::note::DuplicateScope::Deck);
        let note = serde_json::to_value(checked_note(note)).unwrap();
        assert_eq!(
            note["options"],
            serde_json::json!({"duplicateScope": "deck", "allowDuplicate": true,
                   "duplicateScopeOptions": {"checkAllModels": true}})
        );
    }

    #[test]
    fn a_timing_of_enough_rows_gives_the_time_per_check() {
        let mut known = Known::new(OnDuplicate::Skip, None);
        known.timed(20, 0.2);
        assert_eq!(known.per_check, Some(0.01));
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
