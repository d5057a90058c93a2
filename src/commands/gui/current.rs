//! `gui current`: the card under review, readable.

use serde_json::Value;

use crate::api::gui::CurrentCard;
use crate::output::{plain_text, Table};

/// The readable view of `guiCurrentCard`; `result` is what `-o json` prints.
pub fn current_card_table(card: &CurrentCard, result: Value, tty: bool) -> Table {
    let width = if tty { 60 } else { usize::MAX };
    let text = |html: &str| {
        let html = html.rfind("</style>").map_or(html, |end| &html[end + 8..]);
        plain_text(html, width)
    };
    let mut table = Table::new(&["", ""], result);
    table.push(vec!["Card".into(), card.card_id.to_string()]);
    table.push(vec!["Deck".into(), card.deck_name.clone()]);
    table.push(vec![
        "Note type".into(),
        format!("{} ({})", card.model_name, card.template),
    ]);
    table.push(vec!["Question".into(), text(&card.question)]);
    table.push(vec!["Answer".into(), text(&card.answer)]);
    let buttons: Vec<String> = card
        .buttons
        .iter()
        .zip(&card.next_reviews)
        .map(|(button, next)| format!("{} ({})", button_name(*button), interval_text(next)))
        .collect();
    table.push(vec!["Buttons".into(), buttons.join("  ")]);
    table
}

/// The name of answer button `button` (1-4), as Anki labels it.
pub fn button_name(button: i64) -> &'static str {
    match button {
        1 => "again",
        2 => "hard",
        3 => "good",
        4 => "easy",
        _ => "?",
    }
}

/// A next interval as Anki words it (`<1m`, `4d`), without the bidi isolates (U+2068/U+2069)
/// Anki wraps numbers in; "<1m" is text, not HTML.
pub fn interval_text(next: &str) -> String {
    next.chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn current_card_reads_well() {
        let raw = json!({
            "answer": "<style>.card{}</style>back content", "question": "<style>.card{}</style><b>front</b> content",
            "deckName": "Default", "modelName": "Basic", "template": "Card 1", "cardId": 1498938915662_i64,
            "buttons": [1, 2, 3], "nextReviews": ["<1m", "<10m", "\u{2068}4\u{2069}d"], "fieldOrder": 0, "fields": {}, "css": ""
        });
        let card: CurrentCard = serde_json::from_value(raw.clone()).unwrap();
        let table = current_card_table(&card, raw, true);
        let text: Vec<String> = table.rows.iter().map(|r| r.join(": ")).collect();
        assert!(
            text.contains(&"Question: front content".to_string()),
            "{text:?}"
        );
        assert!(
            text.contains(&"Buttons: again (<1m)  hard (<10m)  good (4d)".to_string()),
            "{text:?}"
        );
        assert!(
            text.contains(&"Note type: Basic (Card 1)".to_string()),
            "{text:?}"
        );
        assert_eq!(text[0], "Card: 1498938915662");
    }
}
