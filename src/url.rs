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

#[cfg(test)]
mod tests {
    use super::*;

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
