//! The syntax of `card` arguments: answers (`CARD:EASE`) and due days (`N`, `N!`, `N-M`, `N-M!`).

use crate::error::{CliError, Result};

/// Parses an ease: 1-4 or again/hard/good/easy.
pub fn parse_ease(text: &str) -> Option<i64> {
    match text.to_ascii_lowercase().as_str() {
        "1" | "again" => Some(1),
        "2" | "hard" => Some(2),
        "3" | "good" => Some(3),
        "4" | "easy" => Some(4),
        _ => None,
    }
}

/// Parses `CARD:EASE` pairs.
pub fn parse_answers(pairs: &[String]) -> Result<Vec<(i64, i64)>> {
    pairs
        .iter()
        .map(|pair| {
            let (card, ease) = pair
                .split_once(':')
                .ok_or_else(|| CliError::Usage(format!("expected CARD:EASE, got '{pair}'")))?;
            let card = card
                .trim()
                .parse::<i64>()
                .map_err(|_| CliError::Usage(format!("not a card ID in '{pair}'")))?;
            let ease = parse_ease(ease.trim()).ok_or_else(|| {
                CliError::Usage(format!(
                    "not an ease in '{pair}': use 1-4 or again, hard, good, easy"
                ))
            })?;
            Ok((card, ease))
        })
        .collect()
}

/// Checks AnkiConnect's setDueDate day syntax: `N`, `N!`, `N-M`, `N-M!`.
pub fn check_days(days: &str) -> Result<()> {
    let body = days.strip_suffix('!').unwrap_or(days);
    let ok = match body.split_once('-') {
        Some((a, b)) => {
            a.parse::<u32>().is_ok()
                && b.parse::<u32>()
                    .is_ok_and(|b| b >= a.parse().unwrap_or(u32::MAX))
        }
        None => body.parse::<u32>().is_ok(),
    };
    if ok {
        Ok(())
    } else {
        Err(CliError::Usage(format!(
            "invalid days '{days}': use N, N!, N-M or N-M! (e.g. 0, 1!, 3-7)"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_accept_numbers_and_words() {
        assert_eq!(
            parse_answers(&["1:again".into(), "2:4".into(), "3:Good".into()]).unwrap(),
            vec![(1, 1), (2, 4), (3, 3)]
        );
        assert!(parse_answers(&["1:meh".into()])
            .unwrap_err()
            .to_string()
            .contains("'1:meh'"));
        assert!(parse_answers(&["x:1".into()]).is_err());
        assert!(parse_answers(&["12".into()])
            .unwrap_err()
            .to_string()
            .contains("expected CARD:EASE"));
        assert_eq!(parse_answers(&[" 5 : EASY ".into()]).unwrap(), [(5, 4)]);
    }

    #[test]
    fn due_days_syntax() {
        for ok in ["0", "1!", "3-7", "3-7!", "10"] {
            assert!(check_days(ok).is_ok(), "{ok}");
        }
        for bad in ["", "-1", "7-3", "a", "1!!", "3-"] {
            assert!(check_days(bad).is_err(), "{bad}");
        }
    }
}
