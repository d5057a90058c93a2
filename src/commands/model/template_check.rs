//! The template checks of `model push`: before anything is sent, that Anki will take every card
//! template as the push leaves it (fields named, conditionals closed, fronts with a field and
//! different from each other).

use std::collections::HashMap;

use super::manifest::{Desired, TemplateEntry, MANIFEST};
use crate::api::model::Model;
use crate::error::{CliError, Result};

/// The fields Anki fills in itself: a template may use them whatever the note type's fields are.
const SPECIAL_FIELDS: &[&str] = &[
    "FrontSide",
    "Card",
    "CardFlag",
    "CardID",
    "Deck",
    "Subdeck",
    "Tags",
    "Type",
];

/// One `{{…}}` tag of a card template.
#[derive(Debug, Clone, PartialEq)]
struct Tag<'a> {
    /// Where the tag is in the text, braces included.
    span: std::ops::Range<usize>,
    /// `#`, `^` or `/` for the start, inverted start and end of a conditional; none for a
    /// replacement.
    sigil: Option<char>,
    /// The filters before the field of a replacement, with their colons (`text:`, `type:cloze:`).
    filters: &'a str,
    /// The field's name (empty for `{{}}`).
    field: &'a str,
}

/// The `{{…}}` tags of a template, or `None` when it changes its delimiters (`{{=<% %>=}}`),
/// which anki-cli leaves to Anki to check.
fn template_tags(text: &str) -> Option<Vec<Tag<'_>>> {
    let mut tags = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find("{{") {
        let start = from + open;
        let Some(close) = text[start + 2..].find("}}") else {
            break;
        };
        let end = start + 2 + close + 2;
        let inner = text[start + 2..end - 2].trim();
        from = end;
        if inner.starts_with('=') {
            return None;
        }
        let (sigil, rest) = match inner.chars().next() {
            Some(c @ ('#' | '^' | '/')) => (Some(c), inner[1..].trim()),
            _ => (None, inner),
        };
        let (filters, field) = match rest.rfind(':') {
            Some(colon) if sigil.is_none() => (&rest[..=colon], rest[colon + 1..].trim()),
            _ => ("", rest),
        };
        tags.push(Tag {
            span: start..end,
            sigil,
            filters,
            field,
        });
    }
    Some(tags)
}

/// `text` as Anki leaves it when fields are renamed (`Some(new name)`) or removed (`None`):
/// Anki rewrites or drops the tags that name them.
fn carry(text: &str, fate: &HashMap<&str, Option<&str>>) -> String {
    let Some(tags) = template_tags(text) else {
        return text.to_string();
    };
    let mut out = String::new();
    let mut at = 0;
    for tag in tags {
        let Some(new) = fate.get(tag.field).filter(|new| **new != Some(tag.field)) else {
            continue;
        };
        out.push_str(&text[at..tag.span.start]);
        if let Some(new) = new {
            let sigil = tag.sigil.map(String::from).unwrap_or_default();
            out.push_str(&format!("{{{{{sigil}{}{new}}}}}", tag.filters));
        }
        at = tag.span.end;
    }
    out.push_str(&text[at..]);
    out
}

/// Checks, before anything is sent, that Anki will take every template as the push leaves it.
///
/// A side edited in the folder is sent after the field renames, so it must name the fields
/// as `note-type.toml` names them; an unedited side follows the renames the way Anki carries
/// it along. Each front needs a field, conditionals must be closed, and no two fronts may be
/// the same.
pub fn check_templates(model: &Model, desired: &Desired) -> Result<()> {
    let wanted = &desired.manifest.fields;
    let names: Vec<&str> = wanted.iter().map(|f| f.name.as_str()).collect();
    // What becomes of each field Anki has: its new name, or None when it is removed.
    let fate: HashMap<&str, Option<&str>> = model
        .fields
        .iter()
        .map(|f| {
            let kept = wanted
                .iter()
                .find(|w| w.id.is_some() && w.id == f.id)
                .map(|w| w.name.as_str());
            (f.name.as_str(), kept)
        })
        .collect();
    let removed: Vec<&str> = fate
        .iter()
        .filter(|(_, new)| new.is_none())
        .map(|(old, _)| *old)
        .collect();
    let mut fronts: Vec<(&TemplateEntry, String)> = Vec::new();
    for (t, (front, back)) in desired.manifest.templates.iter().zip(&desired.sides) {
        let current = model.template_with_id(t.id);
        for (is_front, file, text) in [(true, &t.front, front), (false, &t.back, back)] {
            let now = current.map(|c| if is_front { &c.qfmt } else { &c.afmt });
            let edited = now != Some(text);
            let after = if edited {
                text.clone()
            } else {
                carry(text, &fate)
            };
            let Some(tags) = template_tags(&after) else {
                continue;
            };
            if edited {
                check_tags(&tags, file, &names, &fate)?;
            }
            if is_front && !tags.iter().any(|tag| !tag.field.is_empty()) {
                return Err(CliError::Usage(if edited {
                    format!(
                        "{file}: the front of template '{}' has no {{{{Field}}}}; Anki needs one there",
                        t.name
                    )
                } else {
                    format!(
                        "removing field(s) {} leaves the front of template '{}' ({file}) without a field, which Anki refuses: edit that file",
                        quoted(&removed),
                        t.name
                    )
                }));
            }
            if is_front {
                fronts.push((t, after));
            }
        }
    }
    for (i, (a, front)) in fronts.iter().enumerate() {
        if let Some((b, _)) = fronts[i + 1..].iter().find(|(_, other)| other == front) {
            return Err(CliError::Usage(format!(
                "templates '{}' and '{}' would have the same front ({} and {}); Anki refuses that",
                a.name, b.name, a.front, b.front
            )));
        }
    }
    Ok(())
}

/// Checks the tags of an edited side: each names a field the note type will have, and every
/// conditional is closed in order.
fn check_tags(
    tags: &[Tag],
    file: &str,
    names: &[&str],
    fate: &HashMap<&str, Option<&str>>,
) -> Result<()> {
    let mut open: Vec<&str> = Vec::new();
    for tag in tags {
        let field = tag.field;
        if field.is_empty() && tag.sigil.is_none() {
            continue;
        }
        if !names.contains(&field) && !SPECIAL_FIELDS.contains(&field) {
            let why = match fate.get(field) {
                Some(Some(new)) => format!(
                    "but {MANIFEST} renames that field to '{new}': write {{{{{new}}}}} there (the rename carries unedited templates along, not edited ones)"
                ),
                Some(None) => format!("a field {MANIFEST} removes"),
                None => format!("which is no field (fields: {})", names.join(", ")),
            };
            return Err(CliError::Usage(format!(
                "{file} uses {{{{{}{}}}}}, {why}",
                tag.sigil.map(String::from).unwrap_or_default(),
                field
            )));
        }
        match tag.sigil {
            Some('#' | '^') => open.push(field),
            Some(_) => match open.pop() {
                Some(started) if started == field => {}
                Some(started) => {
                    return Err(CliError::Usage(format!(
                        "{file}: {{{{/{field}}}}} closes {{{{#{started}}}}}; close {{{{#{started}}}}} first"
                    )))
                }
                None => {
                    return Err(CliError::Usage(format!(
                        "{file}: {{{{/{field}}}}} closes nothing (no {{{{#{field}}}}} before it)"
                    )))
                }
            },
            None => {}
        }
    }
    match open.last() {
        Some(field) => Err(CliError::Usage(format!(
            "{file}: {{{{#{field}}}}} is never closed: add {{{{/{field}}}}}"
        ))),
        None => Ok(()),
    }
}

fn quoted(names: &[&str]) -> String {
    let mut names: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    names.sort();
    names.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::model::manifest::desired_of;
    use crate::commands::model::sample::vocab;

    fn unchanged() -> Desired {
        desired_of(&vocab())
    }

    fn check(d: &Desired) -> String {
        check_templates(&vocab(), d)
            .map(|_| "ok".into())
            .unwrap_or_else(|e| e.to_string())
    }
    #[test]
    fn an_edited_template_must_name_the_fields_after_the_renames() {
        let mut d = unchanged();
        d.manifest.fields[1].name = "Definition".into();
        assert_eq!(check(&d), "ok", "an unedited side follows the rename");
        d.sides[0].1 = "{{FrontSide}}<hr>{{Meaning}}".into();
        let err = check(&d);
        assert!(
            err.contains("uses {{Meaning}}") && err.contains("write {{Definition}}"),
            "{err}"
        );
        d.sides[0].1 = "{{FrontSide}}<hr>{{text:Definition}} {{#Tags}}{{Tags}}{{/Tags}}".into();
        assert_eq!(check(&d), "ok");
        d.sides[0].1 = "{{Nope}}".into();
        assert!(check(&d).contains("which is no field (fields: Word, Definition, Old)"));
        d.sides[0].1 = "{{#Word}}x".into();
        assert!(check(&d).contains("never closed"), "{}", check(&d));
        d.sides[0].1 = "{{#Word}}x{{/Old}}".into();
        assert!(check(&d).contains("closes {{#Word}}"), "{}", check(&d));
        d.sides[0].1 = "{{=<% %>=}}<%Nope%>".into();
        assert_eq!(check(&d), "ok", "other delimiters are left to Anki");
    }

    #[test]
    fn a_front_needs_a_field_and_fronts_differ() {
        let mut d = unchanged();
        d.sides[0].0 = "just text".into();
        assert!(check(&d).contains("has no {{Field}}"), "{}", check(&d));
        let mut d = unchanged();
        d.manifest.fields.retain(|f| f.name != "Word");
        let err = check(&d);
        assert!(
            err.contains("removing field(s) 'Word' leaves the front of template 'Card 1'"),
            "{err}"
        );
        let mut d = unchanged();
        d.manifest.templates.push(TemplateEntry {
            id: None,
            name: "Card 2".into(),
            front: "templates/2-card-2.front.html".into(),
            back: "templates/2-card-2.back.html".into(),
        });
        d.sides.push(("{{Word}}".into(), "x".into()));
        assert!(check(&d).contains("the same front"), "{}", check(&d));
    }

    #[test]
    fn renames_and_removals_carry_tags_as_anki_does() {
        let fate: HashMap<&str, Option<&str>> = [
            ("Front", Some("Word")),
            ("Back", None),
            ("Same", Some("Same")),
        ]
        .into();
        assert_eq!(
            carry(
                "{{cloze:Front}} {{#Back}}b{{/Back}} {{ Front }} {{Same}}",
                &fate
            ),
            "{{cloze:Word}} b {{Word}} {{Same}}"
        );
    }
}
