//! What anki-cli may show of an AnkiConnect URL (never its password), and whether it is local.

/// `url` with any `user:password@` replaced by `***@`, for logs and errors.
pub fn redact_url(url: &str) -> String {
    match userinfo(url) {
        Some(info) => url.replacen(&format!("{info}@"), "***@", 1),
        None => url.to_string(),
    }
}

/// `text` with the `user:password@` of `url` replaced by `***@` wherever it appears.
pub fn redact_in(text: &str, url: &str) -> String {
    match userinfo(url) {
        Some(info) => text.replace(&format!("{info}@"), "***@"),
        None => text.to_string(),
    }
}

/// `line` (a command line, as the REPL's history keeps it) with the `user:password@` of every
/// word that is a URL replaced by `***@`.
pub fn redact_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut word = String::new();
    for c in line.chars().chain(std::iter::once(' ')) {
        if c.is_whitespace() || c == '=' || c == '\'' || c == '"' {
            if word.contains("://") || (word.contains('@') && word.contains(':')) {
                out.push_str(&redact_url(&word));
            } else {
                out.push_str(&word);
            }
            word.clear();
            out.push(c);
        } else {
            word.push(c);
        }
    }
    out.pop();
    out
}

/// The `user:password` part of a URL's authority, if it has one.
fn userinfo(url: &str) -> Option<&str> {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    authority
        .rfind('@')
        .map(|at| &authority[..at])
        .filter(|info| !info.is_empty())
}

/// Whether AnkiConnect at `url` runs on this machine (a loopback host), so that paths it is given
/// are paths here too.
pub fn is_local_url(url: &str) -> bool {
    let Some(host) = reqwest::Url::parse(url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
    else {
        return false;
    };
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// The command that serves `url` with the sandbox (`scripts/sandbox`, which binds 127.0.0.1), if
/// a sandbox can serve it: `scripts/sandbox` for the default port, else with `--port N`.
pub fn sandbox_command(url: &str) -> Option<String> {
    let parsed = reqwest::Url::parse(url).ok()?;
    let host = parsed.host_str()?;
    let ipv4_loopback = host
        .parse::<std::net::Ipv4Addr>()
        .is_ok_and(|ip| ip.is_loopback());
    if parsed.scheme() != "http" || !(ipv4_loopback || host.eq_ignore_ascii_case("localhost")) {
        return None;
    }
    match parsed.port_or_known_default()? {
        8765 => Some("scripts/sandbox".into()),
        port => Some(format!("scripts/sandbox --port {port}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sandbox_command_serves_the_url_chosen() {
        let cases = [
            ("http://127.0.0.1:8765", Some("scripts/sandbox")),
            ("http://localhost:8765/", Some("scripts/sandbox")),
            ("http://127.0.0.1:8799", Some("scripts/sandbox --port 8799")),
            ("http://localhost", Some("scripts/sandbox --port 80")),
            ("http://192.168.1.5:8765", None),
            ("https://127.0.0.1:8765", None),
            ("http://[::1]:8765", None),
        ];
        for (url, command) in cases {
            assert_eq!(sandbox_command(url).as_deref(), command, "{url}");
        }
    }

    #[test]
    fn loopback_urls_are_local() {
        for url in [
            "http://127.0.0.1:8765",
            "http://localhost:8765",
            "http://[::1]:8765",
            "http://127.1.2.3",
        ] {
            assert!(is_local_url(url), "{url}");
        }
        for url in ["http://192.168.1.5:8765", "http://anki.example", "nonsense"] {
            assert!(!is_local_url(url), "{url}");
        }
    }

    #[test]
    fn command_lines_are_redacted_of_every_url_password() {
        assert_eq!(
            redact_line("set url http://bob:s3cret@h:1"),
            "set url http://***@h:1"
        );
        assert_eq!(
            redact_line("status --url='bob:pw@h:8765'  -v"),
            "status --url='***@h:8765'  -v"
        );
        assert_eq!(
            redact_line("note add -f Front=a@b  http://h/x"),
            "note add -f Front=a@b  http://h/x"
        );
    }

    #[test]
    fn urls_are_redacted_of_user_and_password() {
        assert_eq!(
            redact_url("http://bob:s3cret@anki.example:8765/x@y"),
            "http://***@anki.example:8765/x@y"
        );
        assert_eq!(redact_url("bob@anki.example"), "***@anki.example");
        assert_eq!(redact_url("http://127.0.0.1:8765"), "http://127.0.0.1:8765");
        assert_eq!(
            redact_in(
                "error sending request for url (http://bob:s3cret@h/)",
                "http://bob:s3cret@h"
            ),
            "error sending request for url (http://***@h/)"
        );
    }
}
