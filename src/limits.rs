//! How much anki-cli reads at most: Anki's replies, text inputs (`@FILE`, `-`), CSV fields, and
//! how much of a long text it shows. A hostile server or input fails with a clear error instead
//! of filling the memory.

use std::io::Read;

use crate::error::{CliError, Result};

/// The largest reply read by default, in MB (`ANKI_CLI_MAX_REPLY_MB` changes it).
pub const MAX_REPLY_MB: u64 = 256;

/// The environment variable that sets the largest reply, in MB.
pub const MAX_REPLY_VAR: &str = "ANKI_CLI_MAX_REPLY_MB";

/// The largest text input (`@FILE`, `-`, a notes or ID list) read, in bytes.
pub const MAX_INPUT: u64 = 64 << 20;

/// The largest CSV field `note import` takes, in bytes; a longer one is a row error.
pub const MAX_FIELD: usize = 16 << 20;

/// How many characters of an error text from Anki, or of a `-v` dump, are shown.
pub const SHOWN: usize = 500;

/// The largest reply in bytes for the value of [`MAX_REPLY_VAR`] (`None`: the default). A
/// value that is no positive number is said on stderr and the default is used.
pub fn max_reply(setting: Option<&str>) -> u64 {
    let mb = match setting.map(|v| v.trim().parse::<u64>()) {
        None => MAX_REPLY_MB,
        Some(Ok(mb)) if mb > 0 => mb,
        Some(_) => {
            eprintln!(
                "anki-cli: {MAX_REPLY_VAR} must be a whole number of MB above 0; using {MAX_REPLY_MB}"
            );
            MAX_REPLY_MB
        }
    };
    mb.saturating_mul(1 << 20)
}

/// The largest reply in bytes (of [`MAX_REPLY_VAR`], read once).
fn max() -> u64 {
    static MAX: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *MAX.get_or_init(|| max_reply(std::env::var(MAX_REPLY_VAR).ok().as_deref()))
}

/// Reads the body of a reply to `action` from `url`, at most [`max_reply`] of
/// [`MAX_REPLY_VAR`] bytes (the size the server declared is checked first): more is exit 3 with
/// its size; `failed` makes the error of a failed transfer (a timeout, a reset).
pub fn read_reply(
    reply: reqwest::blocking::Response,
    action: &str,
    url: &str,
    failed: impl FnOnce(&reqwest::Error) -> CliError,
) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    if let Err(e) = capped_reply(reply, action, url)?.read_to_end(&mut bytes) {
        return Err(read_error(&e, url, failed));
    }
    Ok(bytes)
}

/// The body of a reply to `action` from `url`, to be read as it arrives: a size declared over
/// the cap is refused now, and reading past the cap fails ([`read_error`] says so).
pub fn capped_reply(
    reply: reqwest::blocking::Response,
    action: &str,
    url: &str,
) -> Result<Capped<reqwest::blocking::Response>> {
    let max = max();
    if let Some(size) = reply.content_length().filter(|&s| s > max) {
        return Err(CliError::Protocol {
            url: url.to_string(),
            detail: too_big(action, Some(size), max),
        });
    }
    Ok(Capped {
        inner: reply,
        left: max,
        action: action.to_string(),
    })
}

/// A reader that fails once more than its cap was read from it.
pub struct Capped<R> {
    inner: R,
    left: u64,
    action: String,
}

/// What a [`Capped`] reader fails with past its cap.
#[derive(Debug)]
struct TooBig(String);

impl std::fmt::Display for TooBig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for TooBig {}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        // One byte more than is left, to tell a reply of exactly the cap from a longer one.
        let want = buf
            .len()
            .min(usize::try_from(self.left + 1).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..want])?;
        if n as u64 > self.left {
            let why = too_big(&self.action, None, max());
            return Err(std::io::Error::other(TooBig(why)));
        }
        self.left -= n as u64;
        Ok(n)
    }
}

/// The error for a reply from `url` whose reading failed with `e`: past the cap (exit 3 with
/// the cap), a failed transfer (`failed`), or a reply that broke off.
pub fn read_error(
    e: &std::io::Error,
    url: &str,
    failed: impl FnOnce(&reqwest::Error) -> CliError,
) -> CliError {
    let protocol = |detail| CliError::Protocol {
        url: url.to_string(),
        detail,
    };
    if let Some(TooBig(why)) = e.get_ref().and_then(|i| i.downcast_ref()) {
        return protocol(why.clone());
    }
    match e.get_ref().and_then(|i| i.downcast_ref()) {
        Some(err) => failed(err),
        None => protocol(format!("the reply broke off: {e}")),
    }
}

/// Why a reply of `size` bytes (`None`: unknown, larger) to `action` is not read.
pub fn too_big(action: &str, size: Option<u64>, max: u64) -> String {
    let size = match size {
        Some(bytes) => format!("{} MB, more than", bytes >> 20),
        None => "larger than".into(),
    };
    format!(
        "the reply to {action} is {size} the {} MB anki-cli reads (set {MAX_REPLY_VAR} to raise it)",
        max >> 20
    )
}

/// `text` cut to [`SHOWN`] characters, saying how long it was when cut.
pub fn shown(text: &str) -> String {
    match text.char_indices().nth(SHOWN) {
        Some((end, _)) => format!(
            "{}… ({} characters in all)",
            &text[..end],
            text.chars().count()
        ),
        None => text.to_string(),
    }
}

/// Reads UTF-8 text from `reader` (`what` names it in errors), at most [`MAX_INPUT`] bytes.
pub fn read_text(reader: impl Read, what: &str) -> Result<String> {
    read_text_or(reader, what, |e| {
        CliError::Usage(format!("cannot read {what}: {e}"))
    })
}

/// [`read_text`], with `failed` making the error for a failed read (e.g. of a directory).
pub fn read_text_or(
    reader: impl Read,
    what: &str,
    failed: impl FnOnce(&std::io::Error) -> CliError,
) -> Result<String> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_INPUT + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| failed(&e))?;
    if bytes.len() as u64 > MAX_INPUT {
        return Err(CliError::Usage(format!(
            "{what} is larger than {} MB, the most anki-cli reads as text",
            MAX_INPUT >> 20
        )));
    }
    String::from_utf8(bytes)
        .map_err(|e| CliError::Usage(format!("cannot read {what}: it is not UTF-8 text ({e})")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_are_cut_with_their_length() {
        let long = "x".repeat(5000);
        let cut = shown(&long);
        assert!(cut.ends_with("… (5000 characters in all)"), "{cut}");
        assert!(cut.len() < 600);
        assert_eq!(shown("short"), "short");
    }

    #[test]
    fn text_inputs_stop_at_the_limit() {
        let endless = std::io::repeat(b'0');
        let err = read_text(endless, "stdin").unwrap_err();
        assert_eq!(err.status().code(), 2);
        assert!(err.to_string().contains("larger than 64 MB"), "{err}");
        assert_eq!(read_text(&b"12 13"[..], "stdin").unwrap(), "12 13");
    }

    #[test]
    fn a_reply_read_as_it_arrives_stops_past_the_cap() {
        let capped = |bytes: &'static [u8], left| Capped {
            inner: bytes,
            left,
            action: "cardReviews".into(),
        };
        let mut all = Vec::new();
        capped(b"12345", 5).read_to_end(&mut all).unwrap();
        assert_eq!(all, b"12345");
        let e = capped(b"123456", 5)
            .read_to_end(&mut Vec::new())
            .unwrap_err();
        let err = read_error(&e, "http://127.0.0.1:8765", |_| unreachable!());
        assert_eq!(err.status().code(), 3);
        assert!(
            err.to_string()
                .contains("reply to cardReviews is larger than"),
            "{err}"
        );
    }

    #[test]
    fn the_reply_limit_is_configurable() {
        assert_eq!(max_reply(None), 256 << 20);
        assert_eq!(max_reply(Some("1")), 1 << 20);
        assert_eq!(max_reply(Some("zero")), 256 << 20);
    }
}
