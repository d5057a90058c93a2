//! Settings from flags, the REPL session, environment, the config file and defaults, in that
//! order, resolved once into [`Settings`].

pub mod check;
pub mod env;
pub mod file;
pub mod resolve;
pub mod settings;

pub use check::normalize_url;
pub use env::{env_vars, Env};
pub use file::parse_toml;
pub use resolve::resolve_layers;
pub use settings::{Overrides, Setting, Settings, Source, DEFAULT_TIMEOUT_SECS, DEFAULT_URL};
