//! AnkiConnect's note type (model) actions: one typed builder per action (pure, no I/O) and the
//! shapes of their replies.

use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

use super::reply::Ordered;
use crate::request::Call;

/// A note type described in a spec file.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ModelSpec {
    /// Note type name.
    pub name: String,
    /// Field names in order.
    pub fields: Vec<String>,
    /// Card templates.
    pub templates: Vec<TemplateSpec>,
    /// CSS text.
    #[serde(default)]
    pub css: Option<String>,
    /// Cloze type.
    #[serde(default)]
    pub cloze: bool,
}

/// One card template of a spec.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TemplateSpec {
    /// Template name.
    pub name: String,
    /// Front HTML.
    pub front: String,
    /// Back HTML.
    pub back: String,
}

/// The parts of a note type object (findModelsByName, findModelsById, createModel) that
/// anki-cli reads.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Model {
    /// The note type's ID.
    pub id: i64,
    /// Its name.
    pub name: String,
    /// Its CSS.
    pub css: String,
    /// 1 for a cloze note type, 0 for a standard one.
    #[serde(rename = "type", default)]
    pub kind: i64,
    /// Its fields, in order.
    #[serde(rename = "flds")]
    pub fields: Vec<ModelField>,
    /// Its card templates, in order.
    #[serde(rename = "tmpls")]
    pub templates: Vec<ModelTemplate>,
}

impl Model {
    /// The field with this ID (`None` for no ID or no such field).
    pub fn field_with_id(&self, id: Option<i64>) -> Option<&ModelField> {
        id.and_then(|id| self.fields.iter().find(|f| f.id == Some(id)))
    }

    /// The template with this ID (`None` for no ID or no such template).
    pub fn template_with_id(&self, id: Option<i64>) -> Option<&ModelTemplate> {
        id.and_then(|id| self.templates.iter().find(|t| t.id == Some(id)))
    }
}

/// A field of a [`Model`].
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct ModelField {
    /// Anki's field ID (missing in older Anki versions).
    #[serde(default)]
    pub id: Option<i64>,
    /// Its name.
    pub name: String,
    /// Its position, 0 = first.
    #[serde(default)]
    pub ord: Option<i64>,
    /// Its editor font.
    #[serde(default)]
    pub font: Option<String>,
    /// Its editor font size.
    #[serde(default)]
    pub size: Option<i64>,
    /// Its description (missing in older Anki versions).
    #[serde(default)]
    pub description: Option<String>,
}

/// A card template of a [`Model`].
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct ModelTemplate {
    /// Anki's template ID (missing in older Anki versions).
    #[serde(default)]
    pub id: Option<i64>,
    /// Its name.
    pub name: String,
    /// Its position, 0 = first.
    #[serde(default)]
    pub ord: Option<i64>,
    /// The front (question) HTML.
    #[serde(default)]
    pub qfmt: String,
    /// The back (answer) HTML.
    #[serde(default)]
    pub afmt: String,
}

/// An entry of a modelFieldFonts reply.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct FieldFont {
    /// The editor font.
    pub font: String,
    /// The editor font size.
    pub size: i64,
}

/// An entry of a modelTemplates reply.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct TemplateSides {
    /// The front HTML.
    #[serde(rename = "Front")]
    pub front: String,
    /// The back HTML.
    #[serde(rename = "Back")]
    pub back: String,
}

/// A modelStyling reply.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Styling {
    /// The note type's CSS.
    pub css: String,
}

/// New sides of one template for updateModelTemplates; a side left `None` stays as it is.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct SidesUpdate {
    /// The new front HTML.
    #[serde(rename = "Front", skip_serializing_if = "Option::is_none")]
    pub front: Option<String>,
    /// The new back HTML.
    #[serde(rename = "Back", skip_serializing_if = "Option::is_none")]
    pub back: Option<String>,
}

/// `modelNames`
pub fn model_names() -> Call<Vec<String>> {
    Call::bare("modelNames")
}

/// `modelNamesAndIds`
pub fn model_names_and_ids() -> Call<Ordered<i64>> {
    Call::bare("modelNamesAndIds")
}

/// `findModelsByName`
pub fn find_models_by_name(names: &[String]) -> Call<Vec<Model>> {
    Call::new("findModelsByName", json!({ "modelNames": names }))
}

/// `findModelsById`
pub fn find_models_by_id(ids: &[i64]) -> Call<Vec<Model>> {
    Call::new("findModelsById", json!({ "modelIds": ids }))
}

/// `modelNameFromId`
pub fn model_name_from_id(id: i64) -> Call<String> {
    Call::new("modelNameFromId", json!({ "modelId": id }))
}

/// `modelFieldNames`
pub fn model_field_names(model: &str) -> Call<Vec<String>> {
    Call::new("modelFieldNames", json!({ "modelName": model }))
}

/// `modelFieldDescriptions`
pub fn model_field_descriptions(model: &str) -> Call<Vec<String>> {
    Call::new("modelFieldDescriptions", json!({ "modelName": model }))
}

/// `modelFieldFonts`: font and size by field name.
pub fn model_field_fonts(model: &str) -> Call<Ordered<FieldFont>> {
    Call::new("modelFieldFonts", json!({ "modelName": model }))
}

/// `modelFieldsOnTemplates`: by template, the fields its front shows and those its back adds.
pub fn model_fields_on_templates(model: &str) -> Call<Ordered<(Vec<String>, Vec<String>)>> {
    Call::new("modelFieldsOnTemplates", json!({ "modelName": model }))
}

/// `modelTemplates`: front and back by template name.
pub fn model_templates(model: &str) -> Call<Ordered<TemplateSides>> {
    Call::new("modelTemplates", json!({ "modelName": model }))
}

/// `modelStyling`
pub fn model_styling(model: &str) -> Call<Styling> {
    Call::new("modelStyling", json!({ "modelName": model }))
}

/// `updateModelTemplates` with some sides of some templates, by template name.
pub fn update_model_templates(model: &str, templates: &[(String, SidesUpdate)]) -> Call<()> {
    let templates: Map<String, Value> = templates
        .iter()
        .map(|(name, sides)| (name.clone(), json!(sides)))
        .collect();
    Call::new(
        "updateModelTemplates",
        json!({ "model": {"name": model, "templates": templates} }),
    )
}

/// `updateModelStyling`
pub fn update_model_styling(model: &str, css: &str) -> Call<()> {
    Call::new(
        "updateModelStyling",
        json!({ "model": {"name": model, "css": css} }),
    )
}

/// `findAndReplaceInModels`, with the flat parameters the add-on's code reads (`None`: every
/// note type); `sides` says whether to change the fronts, the backs and the CSS. Replies with
/// the number of note types changed.
pub fn find_and_replace_in_models(
    model: Option<&str>,
    find: &str,
    replace: &str,
    sides: [bool; 3],
) -> Call<i64> {
    Call::new(
        "findAndReplaceInModels",
        json!({"modelName": model.unwrap_or(""), "findText": find, "replaceText": replace,
               "front": sides[0], "back": sides[1], "css": sides[2]}),
    )
}

/// `modelTemplateRename`
pub fn model_template_rename(model: &str, old: &str, new: &str) -> Call<()> {
    Call::new(
        "modelTemplateRename",
        json!({"modelName": model, "oldTemplateName": old, "newTemplateName": new}),
    )
}

/// `modelTemplateReposition`
pub fn model_template_reposition(model: &str, name: &str, index: u32) -> Call<()> {
    Call::new(
        "modelTemplateReposition",
        json!({"modelName": model, "templateName": name, "index": index}),
    )
}

/// `modelTemplateAdd`
pub fn model_template_add(model: &str, name: &str, front: &str, back: &str) -> Call<()> {
    Call::new(
        "modelTemplateAdd",
        json!({"modelName": model, "template": {"Name": name, "Front": front, "Back": back}}),
    )
}

/// `modelTemplateRemove`
pub fn model_template_remove(model: &str, name: &str) -> Call<()> {
    Call::new(
        "modelTemplateRemove",
        json!({"modelName": model, "templateName": name}),
    )
}

/// `modelFieldRename`
pub fn model_field_rename(model: &str, old: &str, new: &str) -> Call<()> {
    Call::new(
        "modelFieldRename",
        json!({"modelName": model, "oldFieldName": old, "newFieldName": new}),
    )
}

/// `modelFieldReposition`
pub fn model_field_reposition(model: &str, field: &str, index: u32) -> Call<()> {
    Call::new(
        "modelFieldReposition",
        json!({"modelName": model, "fieldName": field, "index": index}),
    )
}

/// `modelFieldAdd`: at the end, or at `index`.
pub fn model_field_add(model: &str, field: &str, index: Option<u32>) -> Call<()> {
    let mut params = json!({"modelName": model, "fieldName": field});
    if let Some(index) = index {
        params["index"] = json!(index);
    }
    Call::new("modelFieldAdd", params)
}

/// `modelFieldRemove`
pub fn model_field_remove(model: &str, field: &str) -> Call<()> {
    Call::new(
        "modelFieldRemove",
        json!({"modelName": model, "fieldName": field}),
    )
}

/// `modelFieldSetFont`
pub fn model_field_set_font(model: &str, field: &str, font: &str) -> Call<()> {
    Call::new(
        "modelFieldSetFont",
        json!({"modelName": model, "fieldName": field, "font": font}),
    )
}

/// `modelFieldSetFontSize`
pub fn model_field_set_font_size(model: &str, field: &str, size: i64) -> Call<()> {
    Call::new(
        "modelFieldSetFontSize",
        json!({"modelName": model, "fieldName": field, "fontSize": size}),
    )
}

/// `modelFieldSetDescription`: `false` when the Anki version has no field descriptions.
pub fn model_field_set_description(model: &str, field: &str, description: &str) -> Call<bool> {
    Call::new(
        "modelFieldSetDescription",
        json!({"modelName": model, "fieldName": field, "description": description}),
    )
}

/// `createModel`
pub fn create_model(spec: &ModelSpec) -> Call<Model> {
    let templates: Vec<Value> = spec
        .templates
        .iter()
        .map(|t| json!({"Name": t.name, "Front": t.front, "Back": t.back}))
        .collect();
    let mut params =
        json!({"modelName": spec.name, "inOrderFields": spec.fields, "cardTemplates": templates});
    if let Some(css) = &spec.css {
        params["css"] = json!(css);
    }
    if spec.cloze {
        params["isCloze"] = json!(true);
    }
    Call::new("createModel", params)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each builder against the add-on's documented sample request.
    #[test]
    fn requests_match_the_reference_samples() {
        let spec = ModelSpec {
            name: "newModelName".into(),
            fields: vec!["Field1".into(), "Field2".into(), "Field3".into()],
            templates: vec![TemplateSpec {
                name: "My Card 1".into(),
                front: "Front html {{Field1}}".into(),
                back: "Back html  {{Field2}}".into(),
            }],
            css: Some("Optional CSS with default to builtin css".into()),
            cloze: false,
        };
        let card_1 = SidesUpdate {
            front: Some("{{Question}}?".into()),
            back: Some("{{Answer}}!".into()),
        };
        let cases = [
            (
                model_names().to_json(),
                json!({"action": "modelNames", "version": 6}),
            ),
            (
                model_names_and_ids().to_json(),
                json!({"action": "modelNamesAndIds", "version": 6}),
            ),
            (
                find_models_by_name(&["Basic".into(), "Basic (and reversed card)".into()])
                    .to_json(),
                json!({"action": "findModelsByName", "version": 6, "params": {"modelNames": ["Basic", "Basic (and reversed card)"]}}),
            ),
            (
                find_models_by_id(&[1704387367119]).to_json(),
                json!({"action": "findModelsById", "version": 6, "params": {"modelIds": [1704387367119_i64]}}),
            ),
            (
                model_name_from_id(1704387367119).to_json(),
                json!({"action": "modelNameFromId", "version": 6, "params": {"modelId": 1704387367119_i64}}),
            ),
            (
                model_field_names("Basic").to_json(),
                json!({"action": "modelFieldNames", "version": 6, "params": {"modelName": "Basic"}}),
            ),
            (
                model_field_descriptions("Basic").to_json(),
                json!({"action": "modelFieldDescriptions", "version": 6, "params": {"modelName": "Basic"}}),
            ),
            (
                model_field_fonts("Basic").to_json(),
                json!({"action": "modelFieldFonts", "version": 6, "params": {"modelName": "Basic"}}),
            ),
            (
                model_fields_on_templates("Basic (and reversed card)").to_json(),
                json!({"action": "modelFieldsOnTemplates", "version": 6, "params": {"modelName": "Basic (and reversed card)"}}),
            ),
            (
                model_templates("Basic (and reversed card)").to_json(),
                json!({"action": "modelTemplates", "version": 6, "params": {"modelName": "Basic (and reversed card)"}}),
            ),
            (
                model_styling("Basic (and reversed card)").to_json(),
                json!({"action": "modelStyling", "version": 6, "params": {"modelName": "Basic (and reversed card)"}}),
            ),
            (
                update_model_templates("Custom", &[("Card 1".into(), card_1)]).to_json(),
                json!({"action": "updateModelTemplates", "version": 6, "params": {"model": {"name": "Custom", "templates": {"Card 1": {"Front": "{{Question}}?", "Back": "{{Answer}}!"}}}}}),
            ),
            (
                update_model_styling("Custom", "p { color: blue; }").to_json(),
                json!({"action": "updateModelStyling", "version": 6, "params": {"model": {"name": "Custom", "css": "p { color: blue; }"}}}),
            ),
            (
                find_and_replace_in_models(
                    Some("Basic"),
                    "text_to_replace",
                    "replace_with_text",
                    [true, false, true],
                )
                .to_json(),
                json!({"action": "findAndReplaceInModels", "version": 6, "params": {"modelName": "Basic", "findText": "text_to_replace", "replaceText": "replace_with_text", "front": true, "back": false, "css": true}}),
            ),
            (
                model_template_rename("Basic", "Card 1", "Card 1 renamed").to_json(),
                json!({"action": "modelTemplateRename", "version": 6, "params": {"modelName": "Basic", "oldTemplateName": "Card 1", "newTemplateName": "Card 1 renamed"}}),
            ),
            (
                model_template_reposition("Basic", "Card 1", 1).to_json(),
                json!({"action": "modelTemplateReposition", "version": 6, "params": {"modelName": "Basic", "templateName": "Card 1", "index": 1}}),
            ),
            (
                model_template_add(
                    "Basic",
                    "Card 3",
                    "Front html {{Field1}}",
                    "Back html {{Field2}}",
                )
                .to_json(),
                json!({"action": "modelTemplateAdd", "version": 6, "params": {"modelName": "Basic", "template": {"Name": "Card 3", "Front": "Front html {{Field1}}", "Back": "Back html {{Field2}}"}}}),
            ),
            (
                model_template_remove("Basic", "Card 1").to_json(),
                json!({"action": "modelTemplateRemove", "version": 6, "params": {"modelName": "Basic", "templateName": "Card 1"}}),
            ),
            (
                model_field_rename("Basic", "Front", "FrontRenamed").to_json(),
                json!({"action": "modelFieldRename", "version": 6, "params": {"modelName": "Basic", "oldFieldName": "Front", "newFieldName": "FrontRenamed"}}),
            ),
            (
                model_field_reposition("Basic", "Back", 0).to_json(),
                json!({"action": "modelFieldReposition", "version": 6, "params": {"modelName": "Basic", "fieldName": "Back", "index": 0}}),
            ),
            (
                model_field_add("Basic", "NewField", Some(0)).to_json(),
                json!({"action": "modelFieldAdd", "version": 6, "params": {"modelName": "Basic", "fieldName": "NewField", "index": 0}}),
            ),
            (
                model_field_remove("Basic", "Front").to_json(),
                json!({"action": "modelFieldRemove", "version": 6, "params": {"modelName": "Basic", "fieldName": "Front"}}),
            ),
            (
                model_field_set_font("Basic", "Front", "Courier").to_json(),
                json!({"action": "modelFieldSetFont", "version": 6, "params": {"modelName": "Basic", "fieldName": "Front", "font": "Courier"}}),
            ),
            (
                model_field_set_font_size("Basic", "Front", 10).to_json(),
                json!({"action": "modelFieldSetFontSize", "version": 6, "params": {"modelName": "Basic", "fieldName": "Front", "fontSize": 10}}),
            ),
            (
                model_field_set_description("Basic", "Front", "example field description")
                    .to_json(),
                json!({"action": "modelFieldSetDescription", "version": 6, "params": {"modelName": "Basic", "fieldName": "Front", "description": "example field description"}}),
            ),
            (
                create_model(&spec).to_json(),
                json!({"action": "createModel", "version": 6, "params": {
                    "modelName": "newModelName", "inOrderFields": ["Field1", "Field2", "Field3"],
                    "css": "Optional CSS with default to builtin css",
                    "cardTemplates": [{"Name": "My Card 1", "Front": "Front html {{Field1}}", "Back": "Back html  {{Field2}}"}]}}),
            ),
        ];
        assert_eq!(cases.len(), 26, "one case per model action");
        for (req, expected) in cases {
            assert_eq!(req, expected, "{}", expected["action"]);
        }
    }

    #[test]
    fn optional_params_are_left_out() {
        let params = model_field_add("Basic", "New", None).to_json()["params"].clone();
        assert_eq!(params, json!({"modelName": "Basic", "fieldName": "New"}));
        let front_only = SidesUpdate {
            front: Some("x".into()),
            back: None,
        };
        let params = update_model_templates("B", &[("C".into(), front_only)]).to_json();
        assert_eq!(
            params["params"]["model"]["templates"],
            json!({"C": {"Front": "x"}})
        );
        let cloze = ModelSpec {
            name: "C".into(),
            fields: vec!["Text".into()],
            templates: vec![],
            css: None,
            cloze: true,
        };
        let params = create_model(&cloze).to_json()["params"].clone();
        assert_eq!(params["isCloze"], true);
        assert!(params.get("css").is_none());
    }

    #[test]
    fn model_objects_decode_what_anki_cli_reads() {
        let model: Model = serde_json::from_value(json!({
            "id": 1, "name": "Basic", "type": 0, "css": ".card {}", "sortf": 0,
            "flds": [{"id": 10, "name": "Front", "ord": 0, "font": "Arial", "size": 20,
                      "description": "", "sticky": false}],
            "tmpls": [{"id": 20, "name": "Card 1", "ord": 0, "qfmt": "{{Front}}", "afmt": "x"}]
        }))
        .unwrap();
        assert_eq!(model.fields[0].font.as_deref(), Some("Arial"));
        assert_eq!(model.templates[0].qfmt, "{{Front}}");
        assert!(serde_json::from_value::<Model>(json!({"id": 1})).is_err());
    }
}
