//! How Anki judges duplicates, as the import needs it: the key Anki compares (the first field
//! without HTML), and the escaping of values in the searches that find a duplicate's note.

use super::prepare::Prepared;

/// What Anki compares when it looks for duplicates: the first field without HTML tags
/// (media tags keep their file names) and entities; spaces count. Rows of one chunk with equal
/// keys are sent in separate rounds, so the add-on never meets a duplicate inside addNotes.
pub fn duplicate_key(first_field: &str) -> String {
    let mut text = String::with_capacity(first_field.len());
    let mut rest = first_field;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            text.push_str(&rest[open..]);
            rest = "";
            break;
        };
        let tag = &rest[open..open + close + 1];
        if let Some(src) = media_file(tag) {
            text.push(' ');
            text.push_str(src);
            text.push(' ');
        }
        rest = &rest[open + close + 1..];
    }
    text.push_str(rest);
    for (entity, ch) in [
        ("&nbsp;", " "),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", "\""),
        ("&#39;", "'"),
        ("&amp;", "&"),
    ] {
        text = text.replace(entity, ch);
    }
    text
}

/// The file an `<img src=…>` (or audio/video/object) tag names.
pub(super) fn media_file(tag: &str) -> Option<&str> {
    let lower = tag.to_ascii_lowercase();
    let name_end = lower[1..]
        .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .map_or(lower.len(), |i| i + 1);
    if !matches!(
        &lower[1..name_end],
        "img" | "audio" | "video" | "source" | "object"
    ) {
        return None;
    }
    let at = lower.find("src=").or_else(|| lower.find("data="))?;
    let value = &tag[at + lower[at..].find('=')? + 1..];
    let (quote, value) = match value.chars().next()? {
        q @ ('"' | '\'') => (Some(q), &value[1..]),
        _ => (None, value),
    };
    let end = value
        .find(|c: char| match quote {
            Some(q) => c == q,
            None => c.is_whitespace() || c == '>',
        })
        .unwrap_or(value.len());
    Some(&value[..end])
}

/// Escapes a value for an Anki search inside double quotes.
pub fn search_escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for ch in value.chars() {
        if matches!(ch, '\\' | '"' | '*' | '_') {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

/// Escapes a value for a `dupe:` search, which takes the text after its comma literally except
/// for backslashes and double quotes (`*` and `_` are not wildcards there).
pub fn dupe_escape(value: &str) -> String {
    value.replace('\\', "\\\\").replace('"', "\\\"")
}

/// What a row shares with the rows Anki counts as its duplicates: note type, deck (in deck
/// scope; "" in the collection scope) and the first field's [`duplicate_key`].
pub fn same_note(row: &Prepared, first_field: &str, deck_scope: bool) -> (String, String, String) {
    let deck = if deck_scope {
        row.deck.clone()
    } else {
        String::new()
    };
    (row.model.clone(), deck, duplicate_key(first_field))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_values_are_escaped() {
        assert_eq!(search_escape(r#"a "b" *c_ \d"#), r#"a \"b\" \*c\_ \\d"#);
    }

    #[test]
    fn duplicate_keys_compare_text_without_html_but_with_media_names() {
        assert_eq!(duplicate_key("<b>chat</b>"), duplicate_key("chat"));
        assert_ne!(
            duplicate_key(" chat"),
            duplicate_key("chat"),
            "Anki does not trim"
        );
        assert_eq!(duplicate_key("a &amp; b"), "a & b");
        assert_eq!(duplicate_key(r#"x<img src="cat.jpg">"#), "x cat.jpg ");
        assert_eq!(duplicate_key("<IMG SRC='dog.png' />"), " dog.png ");
        assert_ne!(
            duplicate_key(r#"<img src="a.jpg">"#),
            duplicate_key(r#"<img src="b.jpg">"#)
        );
        assert_ne!(duplicate_key("Chat"), duplicate_key("chat"));
        assert_eq!(duplicate_key("1 < 2"), "1 < 2");
    }
}
