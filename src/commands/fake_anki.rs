//! For unit tests of commands: a transport that answers from canned replies and records every
//! request, so a command runs in process without Anki. Like gh's httpmock registry, a request
//! nobody stubbed fails the test at once, and a stub never asked for fails it when the fake drops.
//!
//! ```ignore
//! let anki = FakeAnki::new().reply("deckNamesAndIds", json!({"Default": 1}));
//! let out = deck::run(&DeckCommand::List { names: false }, &anki.ctx()).unwrap();
//! assert_eq!(tsv(&out), "Default\t1\n");
//! ```

use std::cell::RefCell;

use serde_json::Value;

use super::context::Ctx;
use crate::client::Transport;
use crate::config::{Env, Overrides, Settings};
use crate::error::{CliError, Result};
use crate::output::{Format, Output, Renderer};
use crate::request::Request;
use crate::terminal::Terminal;

/// One canned reply.
struct Stub {
    action: String,
    /// Only a request with exactly these params matches; `None` matches any.
    params: Option<Value>,
    /// What the fake answers.
    reply: Answer,
    used: bool,
}

/// What a stub answers.
enum Answer {
    /// This result.
    Result(Value),
    /// The add-on's error text.
    Error(String),
    /// "unsupported action": a server (an older add-on) without the action.
    Unsupported,
}

/// A fake AnkiConnect: canned replies in, requests recorded.
pub struct FakeAnki {
    stubs: RefCell<Vec<Stub>>,
    sent: RefCell<Vec<Request>>,
    settings: Settings,
}

impl FakeAnki {
    /// A fake with no stubs, and default settings (no config file, no environment).
    pub fn new() -> Self {
        let env = Env([(
            "ANKI_CLI_CONFIG".to_string(),
            "/nonexistent/anki-cli.toml".to_string(),
        )]
        .into_iter()
        .collect());
        let none = Overrides::default();
        FakeAnki {
            stubs: RefCell::new(Vec::new()),
            sent: RefCell::new(Vec::new()),
            settings: crate::config::resolve_layers(&none, &none, &none, &env)
                .expect("default settings"),
        }
    }

    fn stub(self, action: &str, params: Option<Value>, reply: Answer) -> Self {
        self.stubs.borrow_mut().push(Stub {
            action: action.to_string(),
            params,
            reply,
            used: false,
        });
        self
    }

    /// Answers the next `action` request, whatever its params, with `result`.
    pub fn reply(self, action: &str, result: Value) -> Self {
        self.stub(action, None, Answer::Result(result))
    }

    /// Answers an `action` request with exactly `params` with `result`.
    pub fn reply_to(self, action: &str, params: Value, result: Value) -> Self {
        self.stub(action, Some(params), Answer::Result(result))
    }

    /// Answers the next `action` request with the add-on's error `message`.
    pub fn fail(self, action: &str, message: &str) -> Self {
        self.stub(action, None, Answer::Error(message.to_string()))
    }

    /// Answers the next `action` request as a server without it: "unsupported action".
    pub fn lacks(self, action: &str) -> Self {
        self.stub(action, None, Answer::Unsupported)
    }

    /// A context on this fake: piped terminal, no dry run, stdin not readable.
    pub fn ctx(&self) -> Ctx<'_> {
        Ctx {
            transport: self,
            settings: &self.settings,
            term: Terminal::piped(),
            dry_run: false,
            stdin_allowed: false,
            progress: None,
        }
    }

    /// The actions sent so far, in order.
    pub fn sent(&self) -> Vec<String> {
        self.sent
            .borrow()
            .iter()
            .map(|r| r.action.clone())
            .collect()
    }

    /// The params of every `action` request sent so far, in order.
    pub fn params_of(&self, action: &str) -> Vec<Value> {
        self.sent
            .borrow()
            .iter()
            .filter(|r| r.action == action)
            .map(|r| r.params.clone().unwrap_or(Value::Null))
            .collect()
    }
}

impl Default for FakeAnki {
    fn default() -> Self {
        Self::new()
    }
}

impl Transport for FakeAnki {
    fn call(&self, request: &Request) -> Result<Value> {
        self.sent.borrow_mut().push(request.clone());
        let params = request.params.clone().unwrap_or(Value::Null);
        let mut stubs = self.stubs.borrow_mut();
        let stub = stubs
            .iter_mut()
            .find(|s| {
                !s.used
                    && s.action == request.action
                    && s.params.as_ref().is_none_or(|p| *p == params)
            })
            .unwrap_or_else(|| {
                panic!(
                    "FakeAnki: no stub for {} with params {params}",
                    request.action
                )
            });
        stub.used = true;
        match &stub.reply {
            Answer::Result(result) => Ok(result.clone()),
            Answer::Error(message) => Err(CliError::Action {
                action: request.action.clone(),
                message: message.clone(),
            }),
            Answer::Unsupported => Err(CliError::UnsupportedAction {
                action: request.action.clone(),
                by_add_on: true,
            }),
        }
    }
}

impl Drop for FakeAnki {
    fn drop(&mut self) {
        if std::thread::panicking() {
            return;
        }
        let unused: Vec<String> = self
            .stubs
            .borrow()
            .iter()
            .filter(|s| !s.used)
            .map(|s| s.action.clone())
            .collect();
        assert!(
            unused.is_empty(),
            "FakeAnki: stubs never asked for: {unused:?}"
        );
    }
}

/// `output` as `-o FORMAT` prints it off a terminal.
pub fn rendered(output: &Output, format: Format) -> String {
    let renderer = Renderer {
        format,
        tty: false,
        color: false,
    };
    let mut buf = Vec::new();
    renderer.render(output, &mut buf).expect("rendered");
    String::from_utf8(buf).expect("UTF-8 output")
}

/// A whole outcome (its first output and every part after it) as `-o FORMAT` prints it off a
/// terminal, through the same part writer as the real output.
pub fn rendered_parts(
    outcome: crate::commands::context::Outcome,
    ctx: &Ctx,
    format: Format,
) -> String {
    let renderer = Renderer {
        format,
        tty: false,
        color: false,
    };
    let mut parts = renderer.parts();
    let mut buf = Vec::new();
    parts.part(&outcome.output, &mut buf).expect("rendered");
    if let Some(crate::commands::context::More(mut next)) = outcome.more {
        while let Some(part) = next(ctx).expect("a part") {
            parts.part(&part, &mut buf).expect("rendered");
        }
    }
    parts.end(&mut buf).expect("rendered");
    String::from_utf8(buf).expect("UTF-8 output")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::Call;
    use serde_json::json;

    #[test]
    fn replies_in_order_and_records_requests() {
        let anki = FakeAnki::new()
            .reply_to("findCards", json!({"query": "a"}), json!([1]))
            .reply("findCards", json!([2, 3]));
        let ctx = anki.ctx();
        let b: Vec<i64> = ctx
            .send(Call::<Vec<i64>>::new("findCards", json!({"query": "b"})))
            .unwrap();
        let a: Vec<i64> = ctx
            .send(Call::<Vec<i64>>::new("findCards", json!({"query": "a"})))
            .unwrap();
        assert_eq!((a, b), (vec![1], vec![2, 3]));
        assert_eq!(anki.sent(), ["findCards", "findCards"]);
        assert_eq!(anki.params_of("findCards")[0], json!({"query": "b"}));
    }

    #[test]
    #[should_panic(expected = "stubs never asked for")]
    fn an_unused_stub_fails_the_test() {
        let _anki = FakeAnki::new().reply("deckNames", json!([]));
    }

    #[test]
    #[should_panic(expected = "no stub for deckNames")]
    fn an_unstubbed_request_fails_the_test() {
        let anki = FakeAnki::new();
        let _ = anki.ctx().call(Request::bare("deckNames"));
    }

    #[test]
    fn errors_come_back_as_the_add_on_words_them() {
        let anki = FakeAnki::new().fail("deckNames", "collection is not available");
        let err = anki.ctx().call(Request::bare("deckNames")).unwrap_err();
        assert_eq!(err.status().code(), 1);
        assert!(
            err.to_string().contains("collection is not available"),
            "{err}"
        );
    }
}
