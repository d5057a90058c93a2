//! The application layer: start-up, running one command line, the one dispatcher, the REPL.

pub mod dispatch;
pub mod mcp;
pub mod repl;
pub mod session;
pub mod start;

pub use start::main_entry;
