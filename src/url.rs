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
