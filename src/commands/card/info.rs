//! `card info`: one readable row per card (deck, type, question, due, interval, ease, …).

use serde_json::Value;

use super::due::{due_text, find_today, Today};
use super::selection::CardSelection;
use crate::api::card::{cards_info, CardInfo};
use crate::commands::chunks;
use crate::commands::context::{Ctx, Outcome};
use crate::error::Result;
use crate::output::{plain_text, Format, Output, Table};

/// Card queue numbers as words.
pub fn queue_name(queue: i64) -> &'static str {
    match queue {
        -3 => "buried (manual)",
        -2 => "buried",
        -1 => "suspended",
        0 => "new",
        1 | 3 => "learning",
        2 => "review",
        4 => "preview",
        _ => "unknown",
    }
}

/// Cards per cardsInfo request (a card's entry, with its question and answer HTML, is about
/// 1 KB: replies of about 2 MB).
const CHUNK: usize = 2000;

/// `card info`: cardsInfo, with dates in the Due column when the output is a table; read in
/// chunks, each printed as it arrives.
pub fn info(ctx: &Ctx, selection: &CardSelection) -> Result<Outcome> {
    let ids = selection.resolve(ctx)?;
    // Only a table shows dates; -o json keeps AnkiConnect's numbers.
    let shows_table = match ctx.settings.output.value {
        Format::Table | Format::Tsv => true,
        Format::Auto => ctx.term.stdout_tty,
        Format::Json | Format::Ids => false,
    };
    let tty = ctx.term.stdout_tty;
    // Today is found from the first chunk that has a day-based card.
    let mut today = None;
    chunks::stream(
        ctx,
        ids,
        chunks::size(ctx, CHUNK),
        |ctx, ids| ctx.send_each(cards_info(ids), ids.len()),
        move |ctx, ids, (cards, result)| {
            if shows_table && today.is_none() {
                today = find_today(ctx, &cards)?;
            }
            Ok(Output::Table(info_table(ids, &cards, result, tty, today)))
        },
    )
}

/// The rows of `card info`; an ID that is no card gets "(not found)".
fn info_table(
    ids: &[i64],
    cards: &[CardInfo],
    result: Value,
    tty: bool,
    today: Option<Today>,
) -> Table {
    let width = if tty { 40 } else { usize::MAX };
    let headers = [
        "Card", "Deck", "Type", "Question", "Due", "Interval", "Ease", "Reviews", "Lapses", "Queue",
    ];
    let mut table = Table::new(&headers, result).with_ids(0);
    for (i, card) in cards.iter().enumerate() {
        let Some(id) = card.card_id else {
            let mut row = vec![
                ids.get(i).map_or("?".into(), |id| id.to_string()),
                "(not found)".into(),
            ];
            row.resize(headers.len(), String::new());
            table.push(row);
            continue;
        };
        // The rendered question starts with the note type's <style>; drop it before stripping tags.
        let question = match card.question.rfind("</style>") {
            Some(end) => &card.question[end + 8..],
            None => card.question.as_str(),
        };
        let due = due_text(card, today);
        table.push(vec![
            id.to_string(),
            card.deck_name.clone(),
            card.model_name.clone(),
            plain_text(question, width),
            due,
            if card.interval < 0 {
                format!("{}s", -card.interval)
            } else {
                format!("{}d", card.interval)
            },
            if card.factor == 0 {
                String::new()
            } else {
                format!("{}%", card.factor / 10)
            },
            card.reps.to_string(),
            card.lapses.to_string(),
            queue_name(card.queue).into(),
        ]);
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::{rendered, FakeAnki};
    use serde_json::json;

    #[test]
    fn queues_have_names() {
        assert_eq!(queue_name(-1), "suspended");
        assert_eq!(queue_name(2), "review");
        assert_eq!(queue_name(9), "unknown");
    }

    #[test]
    fn rows_read_well_and_unknown_ids_say_so() {
        let anki = FakeAnki::new().reply_to(
            "cardsInfo",
            json!({"cards": [5, 6]}),
            json!([
                {"cardId": 5, "deckName": "French", "modelName": "Basic",
                 "question": "<style>.card{}</style><b>chat</b>", "due": 12, "queue": 0, "type": 0,
                 "interval": 0, "factor": 0, "reps": 0, "lapses": 0},
                {}
            ]),
        );
        // Off a terminal in the default format no date is shown, so today is not looked up.
        let out = info(&anki.ctx(), &CardSelection::ids(&[5, 6]))
            .unwrap()
            .output;
        assert_eq!(
            rendered(&out, Format::Tsv),
            "5\tFrench\tBasic\tchat\tnew #12\t0d\t\t0\t0\tnew\n6\t(not found)\t\t\t\t\t\t\t\t\n"
        );
        assert_eq!(rendered(&out, Format::Ids), "5\n6\n");
    }

    #[test]
    fn review_cards_show_ease_interval_and_a_day_without_a_date() {
        let cards = [CardInfo {
            card_id: Some(9),
            queue: -1,
            kind: 2,
            due: 40,
            interval: -600,
            factor: 2500,
            reps: 4,
            lapses: 1,
            ..CardInfo::default()
        }];
        let table = info_table(&[9], &cards, json!([]), false, None);
        assert_eq!(
            table.rows[0][4..],
            ["day 40", "600s", "250%", "4", "1", "suspended"]
        );
    }
}
