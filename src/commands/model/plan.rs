//! The plan of `model push`: the steps that turn a note type as Anki has it into what a pulled
//! folder wants, in the order they can go.

use super::manifest::Desired;
use crate::api::model::{
    model_field_add, model_field_remove, model_field_rename, model_field_reposition,
    model_field_set_description, model_field_set_font, model_field_set_font_size,
    model_template_add, model_template_remove, model_template_rename, model_template_reposition,
    update_model_styling, update_model_templates, Model, SidesUpdate,
};
use crate::request::Request;

/// One step of a push: a sentence for people and the request that does it.
pub type Step = (String, Request);

/// How to change one kind of part (fields or templates) of a note type.
struct PartOps<'a> {
    /// "field" or "template", for the plan's sentences.
    kind: &'a str,
    remove: &'a dyn Fn(&str) -> Request,
    rename: &'a dyn Fn(&str, &str) -> Request,
    /// Adds the wanted part at this index of the wanted list.
    add: &'a dyn Fn(usize) -> Request,
    reposition: &'a dyn Fn(&str, u32) -> Request,
}

/// The steps that reshape one kind of part, and the removals that come at the very end of a push.
struct Reshaped {
    /// Renames, additions and moves.
    steps: Vec<Step>,
    /// Removals: they destroy content (a field's values, a template's cards), so a push sends
    /// them only after everything else went through.
    removals: Vec<Step>,
}

/// Steps that turn `current` parts into `wanted` ones (matched by ID): rename, add, move; the
/// parts to remove stay (at the end) until the removals, which come last.
fn reshape(
    current: &[(Option<i64>, String)],
    wanted: &[(Option<i64>, String)],
    ops: PartOps,
) -> Reshaped {
    let kind = ops.kind;
    let is_wanted = |id: Option<i64>| id.is_some() && wanted.iter().any(|(w, _)| *w == id);
    let existing = |id: Option<i64>| id.and_then(|id| current.iter().find(|(c, _)| *c == Some(id)));
    let mut steps = Vec::new();
    let mut removals = Vec::new();
    // Every part in Anki's order, named as the steps so far leave it.
    let mut names: Vec<(Option<i64>, String)> = current.to_vec();
    let extra = if kind == "template" {
        " (and its cards)"
    } else {
        ""
    };
    for i in 0..names.len() {
        let (id, name) = names[i].clone();
        if is_wanted(id) {
            continue;
        }
        // A part to remove whose name a kept or new part is to have steps aside until its removal.
        let mut now = name.clone();
        if wanted.iter().any(|(_, w)| *w == name) {
            now = temporary_name(&name, &names, wanted);
            steps.push((
                format!("rename {kind} '{name}' to '{now}' until it is removed"),
                (ops.rename)(&name, &now),
            ));
            names[i].1 = now.clone();
        }
        removals.push((format!("remove {kind} '{name}'{extra}"), (ops.remove)(&now)));
    }
    for (id, new) in wanted {
        let Some(pos) = names.iter().position(|(n, _)| id.is_some() && n == id) else {
            continue;
        };
        if names[pos].1 == *new {
            continue;
        }
        // Anki does not refuse a name another part has: it renames that other part (`B` to
        // `B+`, in the templates too). Such a part is renamed later in the plan (wanted
        // names are unique), so it gets a temporary name until then.
        if let Some(other) = names.iter().position(|(_, n)| n == new) {
            let temp = temporary_name(new, &names, wanted);
            steps.push((
                format!("rename {kind} '{new}' to '{temp}' for now"),
                (ops.rename)(new, &temp),
            ));
            names[other].1 = temp;
        }
        let old = std::mem::replace(&mut names[pos].1, new.clone());
        steps.push((
            format!("rename {kind} '{old}' to '{new}'"),
            (ops.rename)(&old, new),
        ));
    }
    for (i, (id, name)) in wanted.iter().enumerate() {
        if existing(*id).is_none() {
            steps.push((format!("add {kind} '{name}'"), (ops.add)(i)));
            names.push((None, name.clone()));
        }
    }
    // Move parts into the wanted order, simulating each move; the parts to remove end up last.
    for (i, (_, name)) in wanted.iter().enumerate() {
        if names.get(i).map(|(_, n)| n) != Some(name) {
            if let Some(from) = names.iter().position(|(_, n)| n == name) {
                let moved = names.remove(from);
                names.insert(i, moved);
                steps.push((
                    format!("move {kind} '{name}' to position {i}"),
                    (ops.reposition)(name, i as u32),
                ));
            }
        }
    }
    Reshaped { steps, removals }
}

/// IDs and names of parts, as [`reshape`] takes them.
fn named<'a>(parts: impl Iterator<Item = (Option<i64>, &'a String)>) -> Vec<(Option<i64>, String)> {
    parts.map(|(id, name)| (id, name.clone())).collect()
}

/// A name no part has now or is to have: `NAME~1`, `NAME~2`, …
fn temporary_name(
    name: &str,
    names: &[(Option<i64>, String)],
    wanted: &[(Option<i64>, String)],
) -> String {
    (1..)
        .map(|i| format!("{name}~{i}"))
        .find(|t| !names.iter().chain(wanted).any(|(_, n)| n == t))
        .expect("some number is free")
}

/// The steps that turn `model` (the note type as Anki has it) into `desired`, in the order they
/// go: field renames (which carry the templates along), additions and moves, field settings,
/// template renames, additions and moves, template HTML (written with the new field names), the
/// CSS, and last the removals, which destroy content.
pub fn plan(model: &Model, desired: &Desired) -> Vec<Step> {
    let name = desired.manifest.name.as_str();

    // Fields: rename, add, move, then font/size/description.
    let wanted = &desired.manifest.fields;
    let current = named(model.fields.iter().map(|f| (f.id, &f.name)));
    let wanted_parts = named(wanted.iter().map(|w| (w.id, &w.name)));
    let Reshaped {
        mut steps,
        removals: field_removals,
    } = reshape(
        &current,
        &wanted_parts,
        PartOps {
            kind: "field",
            remove: &|f| model_field_remove(name, f).into(),
            rename: &|old, new| model_field_rename(name, old, new).into(),
            add: &|i| model_field_add(name, &wanted[i].name, None).into(),
            reposition: &|f, i| model_field_reposition(name, f, i).into(),
        },
    );
    for w in wanted {
        let now = model.field_with_id(w.id);
        let field = w.name.as_str();
        if let Some(font) = &w.font {
            if now.is_none_or(|f| f.font.as_ref() != Some(font)) {
                steps.push((
                    format!("set font of '{field}' to {font}"),
                    model_field_set_font(name, field, font).into(),
                ));
            }
        }
        if let Some(size) = w.size {
            if now.is_none_or(|f| f.size != Some(size)) {
                steps.push((
                    format!("set font size of '{field}' to {size}"),
                    model_field_set_font_size(name, field, size).into(),
                ));
            }
        }
        if let Some(description) = &w.description {
            if now.is_none_or(|f| f.description.as_ref() != Some(description)) {
                steps.push((
                    format!("describe '{field}'"),
                    model_field_set_description(name, field, description).into(),
                ));
            }
        }
    }

    // Templates: rename, add, move, then content.
    let wanted = &desired.manifest.templates;
    let current = named(model.templates.iter().map(|t| (t.id, &t.name)));
    let wanted_parts = named(wanted.iter().map(|w| (w.id, &w.name)));
    let templates = reshape(
        &current,
        &wanted_parts,
        PartOps {
            kind: "template",
            remove: &|t| model_template_remove(name, t).into(),
            rename: &|old, new| model_template_rename(name, old, new).into(),
            add: &|i| {
                let (front, back) = &desired.sides[i];
                model_template_add(name, &wanted[i].name, front, back).into()
            },
            reposition: &|t, i| model_template_reposition(name, t, i).into(),
        },
    );
    steps.extend(templates.steps);
    let mut changed: Vec<(String, SidesUpdate)> = Vec::new();
    for (w, (front, back)) in wanted.iter().zip(&desired.sides) {
        let Some(t) = model.template_with_id(w.id) else {
            continue;
        };
        let update = SidesUpdate {
            front: (t.qfmt != *front).then(|| front.clone()),
            back: (t.afmt != *back).then(|| back.clone()),
        };
        if update != SidesUpdate::default() {
            changed.push((w.name.clone(), update));
        }
    }
    if !changed.is_empty() {
        let what: Vec<String> = changed.iter().map(|(k, _)| format!("'{k}'")).collect();
        steps.push((
            format!("update template HTML of {}", what.join(", ")),
            update_model_templates(name, &changed).into(),
        ));
    }
    if model.css != desired.css {
        steps.push((
            "update the CSS".into(),
            update_model_styling(name, &desired.css).into(),
        ));
    }
    steps.extend(field_removals);
    steps.extend(templates.removals);
    steps
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::commands::model::manifest::{desired_of, FieldEntry};
    use crate::commands::model::sample::vocab;

    fn unchanged() -> Desired {
        desired_of(&vocab())
    }

    fn sentences(d: &Desired) -> Vec<String> {
        plan(&vocab(), d).into_iter().map(|(s, _)| s).collect()
    }

    #[test]
    fn an_unchanged_folder_plans_nothing() {
        assert!(plan(&vocab(), &unchanged()).is_empty());
    }

    #[test]
    fn renames_adds_moves_and_removals_are_planned_in_order() {
        let mut d = unchanged();
        d.manifest.fields.retain(|f| f.name != "Old");
        d.manifest.fields[1].name = "Definition".into();
        d.manifest.fields.insert(
            0,
            FieldEntry {
                id: None,
                name: "Example".into(),
                font: None,
                size: None,
                description: None,
            },
        );
        d.css = ".card { color: red }".into();
        d.sides[0].1 = "{{FrontSide}}<hr>{{Definition}}".into();
        let steps = sentences(&d);
        assert_eq!(
            steps,
            vec![
                "rename field 'Meaning' to 'Definition'",
                "add field 'Example'",
                "move field 'Example' to position 0",
                "update template HTML of 'Card 1'",
                "update the CSS",
                "remove field 'Old'",
            ]
        );
    }

    #[test]
    fn a_part_to_remove_steps_aside_for_a_new_part_of_its_name() {
        let mut d = unchanged();
        d.manifest.fields[2].id = None;
        let steps = plan(&vocab(), &d);
        let text: Vec<&str> = steps.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            text[..3],
            [
                "rename field 'Old' to 'Old~1' until it is removed",
                "add field 'Old'",
                "move field 'Old' to position 2",
            ]
        );
        assert_eq!(text.last(), Some(&"remove field 'Old'"));
        assert_eq!(
            steps.last().unwrap().1.params.as_ref().unwrap()["fieldName"],
            "Old~1",
            "the old field goes, under its temporary name"
        );
    }

    #[test]
    fn swapped_names_go_through_a_temporary_name() {
        let mut d = unchanged();
        d.manifest.fields[0].name = "Meaning".into();
        d.manifest.fields[1].name = "Word".into();
        let steps = sentences(&d);
        assert_eq!(
            steps,
            vec![
                "rename field 'Meaning' to 'Meaning~1' for now",
                "rename field 'Word' to 'Meaning'",
                "rename field 'Meaning~1' to 'Word'",
            ]
        );
    }

    #[test]
    fn template_changes_send_only_changed_sides() {
        let mut d = unchanged();
        d.sides[0].0 = "new front".into();
        let steps = plan(&vocab(), &d);
        assert_eq!(steps.len(), 1);
        assert_eq!(
            steps[0].1.params.as_ref().unwrap()["model"]["templates"],
            json!({"Card 1": {"Front": "new front"}})
        );
    }
}
