//! The Due column of `card info`: what Anki's due numbers mean as local dates.
//!
//! A new card's due is its position, a learning card's a timestamp, any other card's a day
//! number counted from the collection's creation; AnkiConnect does not tell today's day number,
//! so [`find_today`] asks Anki's search for it.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Span, Timestamp, ToSpan, ZonedDateTime};

use crate::api::card::{cards_info, find_cards, CardInfo};
use crate::api::misc::multi;
use crate::api::reply::MultiItem;
use crate::commands::context::Ctx;
use crate::error::{CliError, Result};

/// Anki's day number today, and the local calendar date of that day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Today {
    /// Anki's day number of today.
    pub day: i64,
    /// Today's local date (in the system time zone, the day starting at Anki's rollover hour).
    pub date: Date,
}

/// Due numbers above this are timestamps (learning cards), below it day numbers, as in Anki.
const TIMESTAMP_DUE: i64 = 1_000_000_000;

/// Where a day-based due may lie from today, in days (a century either way).
const DUE_SPAN: i64 = 36_600;

/// How many thresholds one search round asks about (one multi request).
const ROUND: i64 = 256;

/// Anki's hour of the day at which a new day starts (its default; AnkiConnect does not tell).
const ROLLOVER_HOUR: i64 = 4;

/// The Due column: "new #12", a date for a day-based due, a date and time for a learning card.
pub fn due_text(card: &CardInfo, today: Option<Today>) -> String {
    if card.queue == 0 || card.kind == 0 {
        return format!("new #{}", card.due);
    }
    if card.due > TIMESTAMP_DUE {
        return match Timestamp::from_second(card.due) {
            Ok(at) => at
                .to_zoned_datetime(TimeZone::system())
                .strftime("%Y-%m-%d %H:%M")
                .to_string(),
            Err(_) => format!("at {}", card.due),
        };
    }
    let date = today.and_then(|t| {
        let days = Span::new().try_days(card.due - t.day).ok()?;
        t.date.checked_add(days).ok()
    });
    match date {
        Some(date) => date.to_string(),
        None => format!("day {}", card.due),
    }
}

/// Finds what day-based due numbers mean for these cards, when some have one.
///
/// AnkiConnect does not tell Anki's day number; `prop:due<=N` (due at most N days from today)
/// does, asked about one card whose due is a day number: a few rounds of thresholds in one
/// multi request each narrow its distance from today down to one day.
pub fn find_today(ctx: &Ctx, cards: &[CardInfo]) -> Result<Option<Today>> {
    let day_based = |c: &&CardInfo| c.card_id.is_some() && c.kind != 0 && c.due <= TIMESTAMP_DUE;
    if !cards.iter().any(|c| day_based(&c)) {
        return Ok(None);
    }
    // prop:due only sees cards that are neither suspended nor buried (queue 2 or 3).
    let anchor = match cards.iter().filter(day_based).find(|c| c.queue >= 2) {
        Some(card) => card.card_id.zip(Some(card.due)),
        None => other_anchor(ctx)?,
    };
    let Some((card, due)) = anchor else {
        return Ok(None);
    };
    let Some(offset) = days_until(ctx, &format!("cid:{card}"))? else {
        return Ok(None);
    };
    let now = ZonedDateTime::now();
    // Before the rollover hour Anki's day is still yesterday.
    let date = now
        .checked_sub(ROLLOVER_HOUR.hours())
        .map_or(now.date(), |z| z.date());
    Ok(Some(Today {
        day: due - offset,
        date,
    }))
}

/// Some review card that is neither suspended nor buried, with its due, to search around.
fn other_anchor(ctx: &Ctx) -> Result<Option<(i64, i64)>> {
    let ids = ctx.send(find_cards("-is:new -is:suspended -is:buried -is:learn"))?;
    let some: Vec<i64> = ids.into_iter().take(10).collect();
    if some.is_empty() {
        return Ok(None);
    }
    let (cards, _) = ctx.send_each(cards_info(&some), some.len())?;
    Ok(cards
        .iter()
        .find(|c| c.queue >= 2 && c.due <= TIMESTAMP_DUE)
        .and_then(|c| c.card_id.zip(Some(c.due))))
}

/// In how many days from today the first card `search` finds is due, by asking `prop:due<=N`
/// for thresholds N; `None` when Anki sees none of them due on a day at all.
pub fn days_until(ctx: &Ctx, search: &str) -> Result<Option<i64>> {
    // The answer lies in lo..=hi.
    let (mut lo, mut hi) = (-DUE_SPAN, DUE_SPAN);
    let mut first = true;
    while lo < hi {
        let step = ((hi - lo) / ROUND).max(1);
        let mut thresholds: Vec<i64> = (0..ROUND)
            .map(|k| lo + k * step)
            .take_while(|t| *t < hi)
            .collect();
        if first {
            // The top of the span, to tell a card that is due on no day.
            thresholds.push(hi);
        }
        let actions = thresholds
            .iter()
            .map(|t| find_cards(&format!("{search} prop:due<={t}")).to_json())
            .collect();
        // multi answers one {result, error} per inner findCards.
        let searches = multi::<MultiItem<Vec<i64>>>(actions);
        let (found, _) = ctx.send_each(searches, thresholds.len())?;
        if let Some(message) = found.iter().find_map(|f| f.error.clone()) {
            return Err(CliError::Action {
                action: "findCards".into(),
                message,
            });
        }
        let matched: Vec<bool> = found
            .iter()
            .map(|f| f.result.as_ref().is_some_and(|r| !r.is_empty()))
            .collect();
        if first && matched.last() != Some(&true) {
            return Ok(None);
        }
        first = false;
        match matched.iter().position(|m| *m) {
            Some(k) => {
                hi = thresholds[k];
                if k > 0 {
                    lo = thresholds[k - 1] + 1;
                }
            }
            None => lo = thresholds.last().map_or(hi, |t| t + 1),
        }
    }
    Ok(Some(lo))
}

/// The local time of day of a timestamp, `HH:MM` (in the system time zone).
pub fn clock(at: i64) -> String {
    match Timestamp::from_second(at) {
        Ok(at) => at
            .to_zoned_datetime(TimeZone::system())
            .strftime("%H:%M")
            .to_string(),
        Err(_) => format!("at {at}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::FakeAnki;
    use serde_json::{json, Value};

    fn card(queue: i64, kind: i64, due: i64) -> CardInfo {
        CardInfo {
            card_id: Some(1),
            queue,
            kind,
            due,
            ..CardInfo::default()
        }
    }

    /// A multi reply of `n` findCards answers, those from `first_match` on finding the card.
    fn searches(n: usize, first_match: usize) -> Value {
        let found = |k: usize| {
            let ids: Vec<i64> = if k >= first_match { vec![1] } else { vec![] };
            json!({"result": ids, "error": null})
        };
        Value::Array((0..n).map(found).collect())
    }

    #[test]
    fn dues_read_as_dates() {
        let today = Some(Today {
            day: 100,
            date: jiff::civil::date(2024, 10, 4),
        });
        assert_eq!(due_text(&card(0, 0, 12), today), "new #12");
        assert_eq!(due_text(&card(-1, 0, 12), today), "new #12");
        assert_eq!(due_text(&card(2, 2, 103), today), "2024-10-07");
        assert_eq!(due_text(&card(-1, 2, 99), today), "2024-10-03");
        assert_eq!(due_text(&card(2, 2, 103), None), "day 103");
        assert_eq!(
            due_text(&card(2, 2, 100 + 40_000_000), today),
            "day 40000100"
        );
        let learning = due_text(&card(1, 1, 1_795_510_269), today);
        assert!(
            learning.starts_with("2026-11-") && learning.len() == 16,
            "{learning}"
        );
    }

    #[test]
    fn new_and_learning_cards_need_no_search() {
        let anki = FakeAnki::new();
        let cards = [card(0, 0, 3), card(1, 1, 1_795_510_269)];
        assert_eq!(find_today(&anki.ctx(), &cards).unwrap(), None);
        assert!(anki.sent().is_empty());
    }

    #[test]
    fn today_is_narrowed_down_in_rounds_of_searches() {
        // The card is due in 3 days: round one's thresholds step by 285 from -36600 (the 130th,
        // 165, is the first at or above 3), round two's by 1 from -119 (the 123rd is 3).
        let anki = FakeAnki::new()
            .reply("multi", searches(257, 129))
            .reply("multi", searches(256, 122));
        let today = find_today(&anki.ctx(), &[card(2, 2, 103)])
            .unwrap()
            .unwrap();
        assert_eq!(today.day, 100);
        let first = &anki.params_of("multi")[0]["actions"];
        assert_eq!(
            first[0]["params"]["query"], "cid:1 prop:due<=-36600",
            "{first}"
        );
        assert_eq!(first[256]["params"]["query"], "cid:1 prop:due<=36600");
    }

    #[test]
    fn a_card_due_on_no_day_gives_no_dates_and_errors_are_the_add_ons() {
        let anki = FakeAnki::new().reply("multi", searches(257, 300));
        assert_eq!(find_today(&anki.ctx(), &[card(2, 2, 103)]).unwrap(), None);
        let mut failed = searches(257, 0);
        failed[5] = json!({"result": null, "error": "bad search"});
        let anki = FakeAnki::new().reply("multi", failed);
        let err = find_today(&anki.ctx(), &[card(3, 2, 103)]).unwrap_err();
        assert!(err.to_string().contains("bad search"), "{err}");
    }

    #[test]
    fn a_suspended_card_is_dated_by_another_review_card() {
        let anki = FakeAnki::new()
            .reply("findCards", json!([8]))
            .reply_to(
                "cardsInfo",
                json!({"cards": [8]}),
                json!([{"cardId": 8, "queue": 2, "type": 2, "due": 50, "deckName": "D",
                    "modelName": "Basic", "question": "q", "interval": 3, "factor": 2500,
                    "reps": 2, "lapses": 0}]),
            )
            .reply("multi", searches(257, 300));
        assert_eq!(find_today(&anki.ctx(), &[card(-1, 2, 103)]).unwrap(), None);
        assert_eq!(
            anki.params_of("multi")[0]["actions"][0]["params"]["query"],
            "cid:8 prop:due<=-36600"
        );
    }
}
