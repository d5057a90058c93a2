//! AnkiConnect's actions that drive Anki's window: one typed builder per action (pure, no I/O)
//! and the shapes of their replies.

use serde::Deserialize;
use serde_json::json;

use super::note::NewNote;
use crate::request::Call;

/// Sort order of the Browser's column in `guiBrowse`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// Ascending
    Ascending,
    /// Descending
    Descending,
}

impl Order {
    /// The word the add-on expects.
    pub fn as_str(self) -> &'static str {
        match self {
            Order::Ascending => "ascending",
            Order::Descending => "descending",
        }
    }
}

/// The card under review, as guiCurrentCard returns it (it raises when no review is active).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CurrentCard {
    /// The card's ID.
    #[serde(rename = "cardId")]
    pub card_id: i64,
    /// Its deck.
    #[serde(rename = "deckName")]
    pub deck_name: String,
    /// Its note type.
    #[serde(rename = "modelName")]
    pub model_name: String,
    /// Its card type (template) name.
    pub template: String,
    /// The rendered question (HTML, starting with the note type's `<style>`).
    pub question: String,
    /// The rendered answer (HTML, starting with the note type's `<style>`).
    pub answer: String,
    /// The answer buttons shown, 1-4.
    pub buttons: Vec<i64>,
    /// The next interval of each button, as Anki words it (e.g. `<1m`, `4d`).
    #[serde(rename = "nextReviews")]
    pub next_reviews: Vec<String>,
    /// The note's fields by name (their HTML and order).
    #[serde(default)]
    pub fields: std::collections::BTreeMap<String, super::reply::FieldValue>,
}

/// A guiAddNoteSetData reply: `true`, or an object naming why (the add-on returns a closed
/// dialog as a result, not as an error).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged, expecting = "expected true or {\"error\": …}")]
pub enum NoteSetData {
    /// `true` when the dialog was filled in.
    Filled(bool),
    /// `{"error": …, "code": …}`.
    Refused {
        /// The add-on's words.
        error: String,
    },
}

/// `guiBrowse`: the IDs of the cards the search finds.
pub fn gui_browse(query: Option<&str>, sort: Option<(&str, Order)>) -> Call<Vec<i64>> {
    let mut params = json!({});
    if let Some(q) = query {
        params["query"] = json!(q);
    }
    if let Some((column, order)) = sort {
        params["reorderCards"] = json!({"columnId": column, "order": order.as_str()});
    }
    Call::new("guiBrowse", params)
}

/// `guiSelectCard`: false when the Browser is not open.
pub fn gui_select_card(card: i64) -> Call<bool> {
    Call::new("guiSelectCard", json!({ "card": card }))
}

/// `guiSelectNote`: the deprecated alias of guiSelectCard (it takes a card ID as `note`).
pub fn gui_select_note(card: i64) -> Call<bool> {
    Call::new("guiSelectNote", json!({ "note": card }))
}

/// `guiSelectedNotes`
pub fn gui_selected_notes() -> Call<Vec<i64>> {
    Call::bare("guiSelectedNotes")
}

/// `guiEditNote`
pub fn gui_edit_note(note: i64) -> Call<()> {
    Call::new("guiEditNote", json!({ "note": note }))
}

/// `guiAddCards`: the Add dialog, empty or filled in with `note`; answers the note's ID, or 0.
pub fn gui_add_cards(note: Option<&NewNote>) -> Call<i64> {
    match note {
        Some(note) => Call::new("guiAddCards", json!({ "note": note })),
        None => Call::bare("guiAddCards"),
    }
}

/// `guiAddNoteSetData`; with `append`, added to the fields' and tags' current content.
pub fn gui_add_note_set_data(note: &NewNote, append: bool) -> Call<NoteSetData> {
    let mut params = json!({ "note": note });
    if append {
        params["append"] = json!(true);
    }
    Call::new("guiAddNoteSetData", params)
}

/// `guiReviewActive`
pub fn gui_review_active() -> Call<bool> {
    Call::bare("guiReviewActive")
}

/// `guiCurrentCard`
pub fn gui_current_card() -> Call<CurrentCard> {
    Call::bare("guiCurrentCard")
}

/// `guiStartCardTimer`
pub fn gui_start_card_timer() -> Call<bool> {
    Call::bare("guiStartCardTimer")
}

/// `guiShowQuestion`
pub fn gui_show_question() -> Call<bool> {
    Call::bare("guiShowQuestion")
}

/// `guiShowAnswer`
pub fn gui_show_answer() -> Call<bool> {
    Call::bare("guiShowAnswer")
}

/// `guiAnswerCard` with button `ease` (1-4).
pub fn gui_answer_card(ease: i64) -> Call<bool> {
    Call::new("guiAnswerCard", json!({ "ease": ease }))
}

/// `guiPlayAudio`
pub fn gui_play_audio() -> Call<bool> {
    Call::bare("guiPlayAudio")
}

/// `guiUndo`
pub fn gui_undo() -> Call<bool> {
    Call::bare("guiUndo")
}

/// `guiDeckOverview`: false for an unknown deck.
pub fn gui_deck_overview(name: &str) -> Call<bool> {
    Call::new("guiDeckOverview", json!({ "name": name }))
}

/// `guiDeckBrowser`
pub fn gui_deck_browser() -> Call<()> {
    Call::bare("guiDeckBrowser")
}

/// `guiDeckReview`: false for an unknown deck.
pub fn gui_deck_review(name: &str) -> Call<bool> {
    Call::new("guiDeckReview", json!({ "name": name }))
}

/// `guiImportFile` on `path`, or Anki's file chooser without one.
pub fn gui_import_file(path: Option<&str>) -> Call<()> {
    match path {
        Some(path) => Call::new("guiImportFile", json!({ "path": path })),
        None => Call::bare("guiImportFile"),
    }
}

/// `guiExitAnki`
pub fn gui_exit_anki() -> Call<()> {
    Call::bare("guiExitAnki")
}

/// `guiCheckDatabase`
pub fn gui_check_database() -> Call<bool> {
    Call::bare("guiCheckDatabase")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn bare(action: &str) -> Value {
        json!({"action": action, "version": 6})
    }

    #[test]
    fn requests_match_the_reference_samples() {
        let cloze = json!({
            "deckName": "Default", "modelName": "Cloze",
            "fields": {"Text": "The capital of Romania is {{c1::Bucharest}}", "Extra": "Romania is a country in Europe"},
            "tags": ["countries"],
            "picture": [{"url": "https://upload.wikimedia.org/wikipedia/commons/thumb/1/13/EU-Romania.svg/285px-EU-Romania.svg.png", "filename": "romania.png", "fields": ["Extra"]}]
        });
        let basic = json!({"deckName": "Default", "modelName": "Basic", "fields": {"Front": "Hello", "Back": "World"}, "tags": ["new", "api"]});
        let typed = |note: &Value| serde_json::from_value::<NewNote>(note.clone()).unwrap();
        let cases = [
            (
                gui_browse(Some("deck:current"), Some(("noteCrt", Order::Descending))).to_json(),
                json!({"action": "guiBrowse", "version": 6, "params": {"query": "deck:current", "reorderCards": {"order": "descending", "columnId": "noteCrt"}}}),
            ),
            (
                gui_select_card(1494723142483).to_json(),
                json!({"action": "guiSelectCard", "version": 6, "params": {"card": 1494723142483_i64}}),
            ),
            (
                gui_select_note(1494723142483).to_json(),
                json!({"action": "guiSelectNote", "version": 6, "params": {"note": 1494723142483_i64}}),
            ),
            (gui_selected_notes().to_json(), bare("guiSelectedNotes")),
            (
                gui_edit_note(1649198355435).to_json(),
                json!({"action": "guiEditNote", "version": 6, "params": {"note": 1649198355435_i64}}),
            ),
            (
                gui_add_cards(Some(&typed(&cloze))).to_json(),
                json!({"action": "guiAddCards", "version": 6, "params": {"note": cloze}}),
            ),
            (
                gui_add_note_set_data(&typed(&basic), false).to_json(),
                json!({"action": "guiAddNoteSetData", "version": 6, "params": {"note": basic}}),
            ),
            (gui_review_active().to_json(), bare("guiReviewActive")),
            (gui_current_card().to_json(), bare("guiCurrentCard")),
            (gui_start_card_timer().to_json(), bare("guiStartCardTimer")),
            (gui_show_question().to_json(), bare("guiShowQuestion")),
            (gui_show_answer().to_json(), bare("guiShowAnswer")),
            (
                gui_answer_card(1).to_json(),
                json!({"action": "guiAnswerCard", "version": 6, "params": {"ease": 1}}),
            ),
            (gui_play_audio().to_json(), bare("guiPlayAudio")),
            (gui_undo().to_json(), bare("guiUndo")),
            (
                gui_deck_overview("Default").to_json(),
                json!({"action": "guiDeckOverview", "version": 6, "params": {"name": "Default"}}),
            ),
            (gui_deck_browser().to_json(), bare("guiDeckBrowser")),
            (
                gui_deck_review("Default").to_json(),
                json!({"action": "guiDeckReview", "version": 6, "params": {"name": "Default"}}),
            ),
            (
                gui_import_file(Some("C:/Users/Desktop/cards.txt")).to_json(),
                json!({"action": "guiImportFile", "version": 6, "params": {"path": "C:/Users/Desktop/cards.txt"}}),
            ),
            (gui_exit_anki().to_json(), bare("guiExitAnki")),
            (gui_check_database().to_json(), bare("guiCheckDatabase")),
        ];
        for (req, expected) in cases {
            assert_eq!(req, expected, "{}", expected["action"]);
        }
        assert_eq!(gui_add_cards(None).to_json(), bare("guiAddCards"));
        assert_eq!(gui_import_file(None).to_json(), bare("guiImportFile"));
        assert_eq!(gui_browse(None, None).to_json()["params"], json!({}));
        assert_eq!(
            gui_add_note_set_data(&NewNote::default(), true).to_json()["params"],
            json!({"note": {"fields": {}}, "append": true})
        );
    }

    #[test]
    fn a_closed_add_dialog_is_a_result_not_an_error() {
        let closed: NoteSetData =
            serde_json::from_value(json!({"error": "Add Note dialog is not open", "code": 1}))
                .unwrap();
        assert_eq!(
            closed,
            NoteSetData::Refused {
                error: "Add Note dialog is not open".into()
            }
        );
        assert!(serde_json::from_value::<NoteSetData>(json!(42)).is_err());
    }
}
