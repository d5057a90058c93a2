//! Anki's "Notes in Plain Text" as its own exporter writes it: tab-separated, with the file
//! headers its importer reads (`#separator:tab`, `#html:true`, the GUID, note type, deck and
//! tags columns), then per note its GUID, note type, deck, fields in the note type's order
//! (padded to the widest note type) and tags. Anki's File > Import takes it with no setting
//! changed, and `note import` reads it back.

use crate::error::{CliError, Result};

/// One note as Anki's format holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnkiNote {
    /// Anki's GUID of the note, when known.
    pub guid: Option<String>,
    /// The note type's name.
    pub model: String,
    /// The deck of its first card.
    pub deck: String,
    /// Field values in the note type's order.
    pub fields: Vec<String>,
    /// Tags.
    pub tags: Vec<String>,
}

/// Writes notes in Anki's format; `with_guid` adds the GUID column (every note then needs one).
pub fn render(notes: &[AnkiNote], with_guid: bool) -> Result<Vec<u8>> {
    let width = notes.iter().map(|n| n.fields.len()).max().unwrap_or(1);
    let first = usize::from(with_guid);
    let mut out = String::from("#separator:tab\n#html:true\n");
    if with_guid {
        out.push_str("#guid column:1\n");
    }
    out.push_str(&format!(
        "#notetype column:{}\n#deck column:{}\n#tags column:{}\n",
        first + 1,
        first + 2,
        first + 3 + width
    ));
    let records = notes.iter().map(|note| {
        let mut record: Vec<&str> = Vec::with_capacity(width + 4);
        if with_guid {
            record.push(note.guid.as_deref().unwrap_or_default());
        }
        record.push(&note.model);
        record.push(&note.deck);
        record.extend(note.fields.iter().map(String::as_str));
        record.extend(std::iter::repeat_n("", width - note.fields.len()));
        let mut record: Vec<String> = record.into_iter().map(String::from).collect();
        record.push(note.tags.join(" "));
        record
    });
    delimited(out.into_bytes(), b'\t', Some(b'#'), records)
}

/// `start`, then the records delimited by `delimiter` and quoted where needed (with `comment`,
/// also a field that begins with it, so no row reads as a comment): the rows of every export
/// format but JSON.
pub fn delimited<R, F>(
    start: Vec<u8>,
    delimiter: u8,
    comment: Option<u8>,
    records: R,
) -> Result<Vec<u8>>
where
    R: IntoIterator<Item = F>,
    F: IntoIterator,
    F::Item: AsRef<[u8]>,
{
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .comment(comment)
        .from_writer(start);
    let fail = |e: csv::Error| CliError::Usage(format!("cannot write the export: {e}"));
    for record in records {
        writer.write_record(record).map_err(fail)?;
    }
    writer
        .into_inner()
        .map_err(|e| CliError::Usage(format!("cannot write the export: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_then_notes_padded_to_the_widest_note_type() {
        let notes = [
            AnkiNote {
                guid: Some("d(9cj?0+:D".into()),
                model: "Basic".into(),
                deck: "A::B".into(),
                fields: vec!["#chat".into(), "cat\t<b>x</b>".into()],
                tags: vec!["a".into(), "b".into()],
            },
            AnkiNote {
                guid: Some("x".into()),
                model: "Three".into(),
                deck: "A".into(),
                fields: vec!["1".into(), "2".into(), "3".into()],
                tags: vec![],
            },
        ];
        let text = String::from_utf8(render(&notes, true).unwrap()).unwrap();
        assert_eq!(
            text,
            "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:7\n\
             d(9cj?0+:D\tBasic\tA::B\t\"#chat\"\t\"cat\t<b>x</b>\"\t\ta b\n\
             x\tThree\tA\t1\t2\t3\t\n"
        );
        let text = String::from_utf8(render(&notes[1..], false).unwrap()).unwrap();
        assert!(text.starts_with(
            "#separator:tab\n#html:true\n#notetype column:1\n#deck column:2\n#tags column:6\nThree\t"
        ));
    }
}
