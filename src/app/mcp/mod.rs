//! `anki-cli mcp`: a Model Context Protocol server on stdio (the official Rust SDK, `rmcp`) that
//! serves every command as a tool (see [`tools`]). A call runs the command as a command line
//! would, with `-o json`, on a thread of its own: the tokio runtime lives in this module only,
//! and the rest of the program stays blocking.

pub mod tools;

use std::sync::{Arc, Mutex};

use rmcp::model::{
    CallToolRequestParams, CallToolResponse, CallToolResult, ContentBlock, Implementation,
    ListToolsResult, PaginatedRequestParams, ServerCapabilities, ServerConfig, Tool,
    ToolAnnotations,
};
use rmcp::service::RequestContext;
use rmcp::{ErrorData, RoleServer, ServerHandler, ServiceExt};
use serde_json::{Map, Value};

use super::session::{execute, usage_from_clap, Session};
use crate::cli::{Cli, GlobalArgs, McpArgs};
use crate::error::{CliError, ExitStatus};
use crate::output::Format;
use tools::ToolSpec;

/// The server: the tools it lists, the session every call runs in, and its own settings.
#[derive(Clone)]
struct Server {
    tools: Arc<Vec<ToolSpec>>,
    /// The session every call runs in, one call at a time (AnkiConnect answers one request at
    /// a time anyway, and the session caches its settings).
    session: Arc<Mutex<Session>>,
    global: GlobalArgs,
    allow_destructive: bool,
}

/// Serves on stdin/stdout until the client closes them; returns the exit status.
pub fn serve(global: &GlobalArgs, args: &McpArgs, session: Session) -> ExitStatus {
    let tools = tools::all()
        .into_iter()
        .filter(|t| !(args.read_only && t.writes))
        .collect();
    let mut global = global.clone();
    global.output = Some(Format::Json);
    let server = Server {
        tools: Arc::new(tools),
        session: Arc::new(Mutex::new(session)),
        global,
        allow_destructive: args.allow_destructive,
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("anki-cli: error: cannot start the MCP server: {e}");
            return ExitStatus::Usage;
        }
    };
    let served = runtime.block_on(async move {
        let running = server
            .serve(rmcp::transport::stdio())
            .await
            .map_err(|e| e.to_string())?;
        running.waiting().await.map_err(|e| e.to_string())
    });
    match served {
        Ok(_) => ExitStatus::Success,
        Err(e) => {
            eprintln!("anki-cli: error: MCP server: {e}");
            ExitStatus::Usage
        }
    }
}

impl Server {
    /// The MCP view of a tool: name, short description, input schema, hints.
    fn tool(spec: &ToolSpec) -> Tool {
        let mut tool = Tool::new(
            spec.name.clone(),
            spec.description.clone(),
            Arc::new(spec.schema.clone()),
        );
        tool.annotations = Some(
            ToolAnnotations::new()
                .read_only(!spec.writes)
                .destructive(spec.destructive),
        );
        tool
    }

    /// Runs one call to completion (blocking): the command's JSON output, or its error object.
    fn call(&self, name: &str, args: &Map<String, Value>) -> CallToolResult {
        let Some(spec) = self.tools.iter().find(|t| t.name == name) else {
            return failure(
                &CliError::Usage(format!("no tool named '{name}' (tools/list lists them)")),
                String::new(),
                false,
            );
        };
        let allowed = self.allow_destructive || self.global.dry_run;
        if spec.destructive && tools::RAW.contains(&name) && !allowed {
            let err = CliError::ConsentNeeded(format!(
                "`{name}` sends any action, deletions included; nothing was sent"
            ));
            return failure(&err, String::new(), true);
        }
        let cli = spec
            .command_line(args, self.allow_destructive)
            .and_then(|line| {
                <Cli as clap::Parser>::try_parse_from(line).map_err(|e| usage_from_clap(&e))
            });
        let mut cli = match cli {
            Ok(cli) => cli,
            Err(err) => return failure(&err, String::new(), false),
        };
        cli.global = self.global.clone();
        let mut out = Vec::new();
        let session = self
            .session
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let result = execute(&cli, &session, &mut out);
        let text = String::from_utf8_lossy(&out).trim_end().to_string();
        match result {
            Ok(_) => CallToolResult::success(vec![ContentBlock::text(text)]),
            // An empty selection exits 0 on the command line: a success here too, saying so.
            Err(CliError::NothingToDo(note)) => {
                CallToolResult::success(vec![ContentBlock::text(note)])
            }
            Err(err) => failure(&err, text, !self.allow_destructive),
        }
    }
}

/// A failed call: what the command printed (a partial batch's per-item result), then the
/// error object, with `isError`. A refusal for want of consent says how to give it.
fn failure(err: &CliError, printed: String, consent_hint: bool) -> CallToolResult {
    let mut object = err.to_json();
    if consent_hint && err.kind() == crate::error_data::Kind::ConsentNeeded {
        if let Some(Value::Array(hints)) = object.pointer_mut("/error/hints") {
            hints.insert(
                0,
                Value::from(
                    "This MCP server runs without --allow-destructive: ask the user to restart it with that flag.",
                ),
            );
        }
    }
    let mut content = Vec::new();
    if !printed.is_empty() {
        content.push(ContentBlock::text(printed));
    }
    content.push(ContentBlock::text(object.to_string()));
    CallToolResult::error(content)
}

impl ServerHandler for Server {
    fn get_info(&self) -> ServerConfig {
        ServerConfig::new(ServerCapabilities::builder().enable_tools().build())
            .with_server_info(Implementation::new("anki-cli", env!("CARGO_PKG_VERSION")))
            .with_instructions(
                "Anki through the AnkiConnect add-on: one tool per anki-cli command. Results are AnkiConnect's JSON; errors are {\"error\": {code, kind, message, hints, action, rows}}.",
            )
    }

    async fn list_tools(
        &self,
        _request: Option<PaginatedRequestParams>,
        _context: RequestContext<RoleServer>,
    ) -> Result<ListToolsResult, ErrorData> {
        Ok(ListToolsResult::with_all_items(
            self.tools.iter().map(Server::tool).collect(),
        ))
    }

    async fn call_tool(
        &self,
        request: CallToolRequestParams,
        _context: RequestContext<RoleServer>,
    ) -> Result<CallToolResponse, ErrorData> {
        let server = self.clone();
        let name = request.name.to_string();
        let args = request.arguments.unwrap_or_default();
        // The command blocks (HTTP, files): on a thread of its own, not the runtime's.
        let (done, result) = tokio::sync::oneshot::channel();
        std::thread::spawn(move || {
            let _ = done.send(server.call(&name, &args));
        });
        result.await.map(CallToolResponse::from).map_err(|_| {
            ErrorData::internal_error("the tool's thread ended without a result", None)
        })
    }
}
