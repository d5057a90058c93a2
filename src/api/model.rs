//! Requests for AnkiConnect's note type (model) actions: one builder per action, pure (no I/O).

use serde_json::{json, Value};

use serde::Deserialize;

use crate::request::Request;

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

/// An action whose only parameter is `modelName`.
pub fn by_model(action: &str, model: &str) -> Request {
    Request::new(action, json!({ "modelName": model }))
}

/// `findModelsByName`
pub fn find_models_by_name(names: &[String]) -> Request {
    Request::new("findModelsByName", json!({ "modelNames": names }))
}

/// `findModelsById`
pub fn find_models_by_id(ids: &[i64]) -> Request {
    Request::new("findModelsById", json!({ "modelIds": ids }))
}

/// `modelNameFromId`
pub fn model_name_from_id(id: i64) -> Request {
    Request::new("modelNameFromId", json!({ "modelId": id }))
}

/// `updateModelTemplates` with some sides of some templates.
pub fn update_model_templates(model: &str, templates: Value) -> Request {
    Request::new(
        "updateModelTemplates",
        json!({ "model": {"name": model, "templates": templates} }),
    )
}

/// `updateModelStyling`
pub fn update_model_styling(model: &str, css: &str) -> Request {
    Request::new(
        "updateModelStyling",
        json!({ "model": {"name": model, "css": css} }),
    )
}

/// `findAndReplaceInModels`, with the flat parameters the add-on's code reads.
pub fn find_and_replace(
    model: Option<&str>,
    find: &str,
    replace: &str,
    sides: [bool; 3],
) -> Request {
    Request::new(
        "findAndReplaceInModels",
        json!({"modelName": model.unwrap_or(""), "findText": find, "replaceText": replace,
               "front": sides[0], "back": sides[1], "css": sides[2]}),
    )
}

/// An action on one field: `modelName`, `fieldName` and extra parameters.
pub fn field_action(action: &str, model: &str, field: &str, extra: Value) -> Request {
    let mut params = json!({ "modelName": model, "fieldName": field });
    if let (Some(p), Value::Object(more)) = (params.as_object_mut(), extra) {
        p.extend(more);
    }
    Request::new(action, params)
}

/// `modelFieldRename`
pub fn field_rename(model: &str, old: &str, new: &str) -> Request {
    Request::new(
        "modelFieldRename",
        json!({"modelName": model, "oldFieldName": old, "newFieldName": new}),
    )
}

/// `modelTemplateAdd`
pub fn template_add(model: &str, name: &str, front: &str, back: &str) -> Request {
    Request::new(
        "modelTemplateAdd",
        json!({"modelName": model, "template": {"Name": name, "Front": front, "Back": back}}),
    )
}

/// `modelTemplateRemove`
pub fn template_remove(model: &str, name: &str) -> Request {
    Request::new(
        "modelTemplateRemove",
        json!({"modelName": model, "templateName": name}),
    )
}

/// `modelTemplateRename`
pub fn template_rename(model: &str, old: &str, new: &str) -> Request {
    Request::new(
        "modelTemplateRename",
        json!({"modelName": model, "oldTemplateName": old, "newTemplateName": new}),
    )
}

/// `modelTemplateReposition`
pub fn template_move(model: &str, name: &str, index: u32) -> Request {
    Request::new(
        "modelTemplateReposition",
        json!({"modelName": model, "templateName": name, "index": index}),
    )
}

/// `createModel`
pub fn create_model(spec: &ModelSpec) -> Request {
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
    Request::new("createModel", params)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_match_the_reference_samples() {
        let cases = [
            (
                by_model("modelFieldNames", "Basic"),
                json!({"action": "modelFieldNames", "version": 6, "params": {"modelName": "Basic"}}),
            ),
            (
                find_models_by_name(&["Basic".into(), "Basic (and reversed card)".into()]),
                json!({"action": "findModelsByName", "version": 6, "params": {"modelNames": ["Basic", "Basic (and reversed card)"]}}),
            ),
            (
                find_models_by_id(&[1704387367119]),
                json!({"action": "findModelsById", "version": 6, "params": {"modelIds": [1704387367119_i64]}}),
            ),
            (
                model_name_from_id(1704387367119),
                json!({"action": "modelNameFromId", "version": 6, "params": {"modelId": 1704387367119_i64}}),
            ),
            (
                update_model_templates(
                    "Custom",
                    json!({"Card 1": {"Front": "{{Question}}?", "Back": "{{Answer}}!"}}),
                ),
                json!({"action": "updateModelTemplates", "version": 6, "params": {"model": {"name": "Custom", "templates": {"Card 1": {"Front": "{{Question}}?", "Back": "{{Answer}}!"}}}}}),
            ),
            (
                update_model_styling("Custom", "p { color: blue; }"),
                json!({"action": "updateModelStyling", "version": 6, "params": {"model": {"name": "Custom", "css": "p { color: blue; }"}}}),
            ),
            (
                find_and_replace(
                    Some("Basic"),
                    "text_to_replace",
                    "replace_with_text",
                    [true, false, true],
                ),
                json!({"action": "findAndReplaceInModels", "version": 6, "params": {"modelName": "Basic", "findText": "text_to_replace", "replaceText": "replace_with_text", "front": true, "back": false, "css": true}}),
            ),
            (
                template_rename("Basic", "Card 1", "Card 1 renamed"),
                json!({"action": "modelTemplateRename", "version": 6, "params": {"modelName": "Basic", "oldTemplateName": "Card 1", "newTemplateName": "Card 1 renamed"}}),
            ),
            (
                template_move("Basic", "Card 1", 1),
                json!({"action": "modelTemplateReposition", "version": 6, "params": {"modelName": "Basic", "templateName": "Card 1", "index": 1}}),
            ),
            (
                template_add(
                    "Basic",
                    "Card 3",
                    "Front html {{Field1}}",
                    "Back html {{Field2}}",
                ),
                json!({"action": "modelTemplateAdd", "version": 6, "params": {"modelName": "Basic", "template": {"Name": "Card 3", "Front": "Front html {{Field1}}", "Back": "Back html {{Field2}}"}}}),
            ),
            (
                template_remove("Basic", "Card 1"),
                json!({"action": "modelTemplateRemove", "version": 6, "params": {"modelName": "Basic", "templateName": "Card 1"}}),
            ),
            (
                field_rename("Basic", "Front", "FrontRenamed"),
                json!({"action": "modelFieldRename", "version": 6, "params": {"modelName": "Basic", "oldFieldName": "Front", "newFieldName": "FrontRenamed"}}),
            ),
            (
                field_action("modelFieldReposition", "Basic", "Back", json!({"index": 0})),
                json!({"action": "modelFieldReposition", "version": 6, "params": {"modelName": "Basic", "fieldName": "Back", "index": 0}}),
            ),
            (
                field_action("modelFieldAdd", "Basic", "NewField", json!({"index": 0})),
                json!({"action": "modelFieldAdd", "version": 6, "params": {"modelName": "Basic", "fieldName": "NewField", "index": 0}}),
            ),
            (
                field_action(
                    "modelFieldSetFontSize",
                    "Basic",
                    "Front",
                    json!({"fontSize": 10}),
                ),
                json!({"action": "modelFieldSetFontSize", "version": 6, "params": {"modelName": "Basic", "fieldName": "Front", "fontSize": 10}}),
            ),
        ];
        for (req, expected) in cases {
            assert_eq!(req.to_json(), expected, "{}", req.action);
        }
    }
}
