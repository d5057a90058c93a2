//! A note type as `note import --fast` reads it (findModelsByName): its fields in order, and
//! which templates make a card for given field values (its `req`), or why a package cannot hold
//! its notes as addNotes would add them.

use serde::de::IgnoredAny;
use serde::Deserialize;
use serde_json::Value;

use super::prepare::Prepared;

/// When a template makes a card, as the note type's `req` says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
enum Rule {
    /// When any of the fields is not empty.
    #[serde(rename = "any")]
    Any,
    /// When all of the fields are not empty.
    #[serde(rename = "all")]
    All,
    /// Never.
    #[serde(rename = "none")]
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
pub struct Model {
    /// The note type's ID.
    pub id: i64,
    /// Its JSON exactly as the collection has it (the package holds it verbatim).
    pub json: Value,
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
    req: Option<Req>,
}

/// `req` as Anki writes it (one `[ord, "any"|"all"|"none", [field ords]]` per template), or
/// anything else (which the fast path cannot read).
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Req {
    Entries(Vec<(u32, Rule, Vec<usize>)>),
    Unreadable(IgnoredAny),
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
    did: Option<DeckOverride>,
}

/// A template's deck override (`did`): a deck ID (0 for none), or something else.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum DeckOverride {
    Id(i64),
    Other(IgnoredAny),
}

impl TemplateJson {
    /// Whether the template puts its cards in another deck than the note's.
    fn overrides_deck(&self) -> bool {
        match self.did {
            None | Some(DeckOverride::Id(0)) => false,
            Some(DeckOverride::Id(_)) | Some(DeckOverride::Other(_)) => true,
        }
    }
}

/// Anki's stock kind of the image occlusion note type.
const IMAGE_OCCLUSION: i64 = 6;

impl Model {
    /// Reads a note type; `Err` says why the fast path cannot write its notes.
    pub fn read(name: &str, json: Value) -> std::result::Result<Model, String> {
        let parsed = ModelJson::deserialize(&json).map_err(|e| {
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
        if let Some(t) = parsed.tmpls.iter().find(|t| t.overrides_deck()) {
            return Err(format!(
                "note type '{name}': card type '{}' has a deck override (Anki puts its cards in another deck)",
                t.name
            ));
        }
        let mut fields: Vec<&FieldJson> = parsed.flds.iter().collect();
        fields.sort_by_key(|f| f.ord);
        let requirements = match &parsed.req {
            Some(Req::Entries(entries)) => {
                read_requirements(entries, parsed.flds.len(), &parsed.tmpls)
            }
            Some(Req::Unreadable(_)) | None => None,
        }
        .ok_or_else(|| format!("note type '{name}': its card requirements (req) cannot be read"))?;
        Ok(Model {
            id: parsed.id,
            json,
            fields: fields.iter().map(|f| f.name.clone()).collect(),
            requirements,
        })
    }

    /// The row's field values in the note type's order (a field the row lacks is empty).
    pub fn values(&self, row: &Prepared) -> Vec<String> {
        self.fields
            .iter()
            .map(|f| row.field(f).to_string())
            .collect()
    }

    /// The templates that make a card for these field values.
    pub fn cards(&self, values: &[String]) -> Vec<u32> {
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

/// The requirements, if every field they name exists and there is one per template.
fn read_requirements(
    entries: &[(u32, Rule, Vec<usize>)],
    field_count: usize,
    templates: &[TemplateJson],
) -> Option<Vec<Requirement>> {
    let out: Vec<Requirement> = entries
        .iter()
        .map(|(ord, rule, fields)| {
            fields
                .iter()
                .all(|f| *f < field_count)
                .then(|| Requirement {
                    ord: *ord,
                    rule: *rule,
                    fields: fields.clone(),
                })
        })
        .collect::<Option<_>>()?;
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

/// What `note import --fast` reads of a deck's options group (getDeckConfig, typed in
/// `api/deck.rs` as a map): whether the deck is filtered.
#[derive(Debug, Deserialize)]
pub struct DeckKind {
    #[serde(rename = "dyn", default)]
    dynamic: Option<Flag>,
}

/// A flag Anki writes as a boolean or as 0/1.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Flag {
    Bool(bool),
    Number(i64),
    Other(IgnoredAny),
}

impl DeckKind {
    /// Whether the deck is a filtered deck.
    pub fn filtered(&self) -> bool {
        matches!(self.dynamic, Some(Flag::Bool(true)) | Some(Flag::Number(1)))
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
}
