//! What a dry run answers in place of a write's reply ([`crate::client::DryRun`]): a value of
//! the reply's shape, with IDs `0`.

use serde_json::Value;

use crate::actions::{Effect, StandIn};
use crate::request::Request;

/// The stand-ins of a multi whose inner actions include a write (`None`: only reads, sent), each
/// in the `{result, error}` envelope the add-on gives inner actions of version 6.
pub fn multi(request: &Request) -> Option<Value> {
    let inner: Vec<Request> = request
        .params
        .as_ref()
        .and_then(|p| p.get("actions"))
        .and_then(Value::as_array)
        .map(|actions| {
            actions
                .iter()
                .map(|a| Request {
                    action: a["action"].as_str().unwrap_or_default().to_string(),
                    params: a.get("params").cloned(),
                })
                .collect()
        })
        .unwrap_or_default();
    let writes = inner
        .iter()
        .any(|r| crate::actions::effect(&r.action) != Effect::Read);
    writes.then(|| {
        inner
            .iter()
            .map(|r| {
                let result = match crate::actions::effect(&r.action) {
                    Effect::Write(stand_in) => reply(stand_in, r),
                    // A read inside a multi that writes is not sent either: its result is null.
                    Effect::Read => Value::Null,
                };
                serde_json::json!({"result": result, "error": null})
            })
            .collect()
    })
}

/// The stand-in reply to a write.
pub fn reply(stand_in: StandIn, request: &Request) -> Value {
    let param = |name: &str| {
        request
            .params
            .as_ref()
            .and_then(|p| p.get(name))
            .cloned()
            .unwrap_or(Value::Null)
    };
    let each = |name: &str, value: Value| {
        let n = param(name).as_array().map_or(0, Vec::len);
        Value::Array(vec![value; n])
    };
    match stand_in {
        StandIn::Null => Value::Null,
        StandIn::True => Value::Bool(true),
        StandIn::Zero => Value::from(0),
        StandIn::EmptyList => Value::Array(Vec::new()),
        StandIn::EmptyMap => Value::Object(serde_json::Map::new()),
        StandIn::TrueEach(name) => each(name, Value::Bool(true)),
        StandIn::ZeroEach(name) => each(name, Value::from(0)),
        StandIn::Param(name) => param(name),
        StandIn::NewModel => {
            let names = |v: Value| v.as_array().cloned().unwrap_or_default();
            let fields: Vec<Value> = names(param("inOrderFields"))
                .into_iter()
                .map(|f| serde_json::json!({"name": f}))
                .collect();
            let templates: Vec<Value> = names(param("cardTemplates"))
                .into_iter()
                .map(|t| serde_json::json!({"name": t["Name"], "qfmt": t["Front"], "afmt": t["Back"]}))
                .collect();
            let kind = i64::from(param("isCloze") == Value::Bool(true));
            serde_json::json!({"id": 0, "name": param("modelName"),
                "css": param("css").as_str().unwrap_or_default(), "type": kind,
                "flds": fields, "tmpls": templates})
        }
        StandIn::Each => multi(request).unwrap_or(Value::Null),
    }
}
