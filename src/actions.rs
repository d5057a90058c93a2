//! Every AnkiConnect action, one line each: its name, category, the subcommand that sends it,
//! and the timeout it gets unless the user sets one.
//!
//! This table is the one place these facts live: `anki-cli actions` prints it, the transport
//! reads the timeouts, error messages suggest names from it, and the coverage test checks that
//! every action reached the real add-on. Adding an action is one line here, one request builder
//! (with its reply type) in `api/<category>.rs`, and its test.

use std::time::Duration;

/// An AnkiConnect action category, as the add-on's documentation groups them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Category {
    /// Card actions.
    Card,
    /// Deck actions.
    Deck,
    /// Actions that drive Anki's window.
    Gui,
    /// Media file actions.
    Media,
    /// Everything else (version, profiles, sync, multi, packages).
    Misc,
    /// Note type actions.
    Model,
    /// Note and tag actions.
    Note,
    /// Statistics and review log actions.
    Stats,
}

impl Category {
    /// The category's name as the add-on's reference spells it.
    pub fn name(self) -> &'static str {
        match self {
            Category::Card => "card",
            Category::Deck => "deck",
            Category::Gui => "gui",
            Category::Media => "media",
            Category::Misc => "misc",
            Category::Model => "model",
            Category::Note => "note",
            Category::Stats => "stats",
        }
    }
}

/// One AnkiConnect action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Action {
    /// The action name sent on the wire.
    pub name: &'static str,
    /// Its category.
    pub category: Category,
    /// The subcommand that sends it, as typed after `anki-cli` (flags included where one picks it).
    pub command: &'static str,
    /// Seconds it may take unless the user sets a timeout; 0 for the ordinary default.
    timeout_secs: u64,
    /// Whether it only reads, or changes something (what a dry run does not send).
    pub effect: Effect,
}

/// What an action does to Anki.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// It only reads: a dry run sends it.
    Read,
    /// It changes the collection, a file, Anki's window or profile: a dry run prints it instead
    /// and answers with this stand-in. getDeckStats, cardReviews and getLatestReviewID count
    /// here, since they create a deck they are asked about.
    Write(StandIn),
}

impl Effect {
    /// `read` or `write`, as `anki-cli actions` shows it (the `effect` key of its JSON).
    pub fn name(self) -> &'static str {
        match self {
            Effect::Read => "read",
            Effect::Write(_) => "write",
        }
    }
}

/// What a dry run answers in place of a write's reply: the reply's shape, with IDs `0`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StandIn {
    /// `null`.
    Null,
    /// `true`.
    True,
    /// `0` (an ID or a count).
    Zero,
    /// `[]`.
    EmptyList,
    /// `{}`.
    EmptyMap,
    /// `true` for each item of the named parameter.
    TrueEach(&'static str),
    /// `0` for each item of the named parameter.
    ZeroEach(&'static str),
    /// The named parameter as sent (the name a file is stored under).
    Param(&'static str),
    /// The note type createModel would make, from its parameters (ID `0`).
    NewModel,
    /// multi: each inner action's own stand-in.
    Each,
}

/// What `action` does; an action not in the table may change anything, so it counts as a write
/// answered with `null`.
pub fn effect(action: &str) -> Effect {
    find(action).map_or(Effect::Write(StandIn::Null), |a| a.effect)
}

impl Action {
    /// The timeout this action gets unless the user sets one; `None` for the ordinary default.
    pub fn default_timeout(&self) -> Option<Duration> {
        (self.timeout_secs > 0).then(|| Duration::from_secs(self.timeout_secs))
    }
}

/// Looks an action up by name.
pub fn find(name: &str) -> Option<&'static Action> {
    ACTIONS.iter().find(|a| a.name == name)
}

/// The timeout `action` gets unless the user sets one (`None`: the ordinary default).
pub fn default_timeout(action: &str) -> Option<Duration> {
    find(action).and_then(Action::default_timeout)
}

const fn a(
    name: &'static str,
    category: Category,
    command: &'static str,
    timeout_secs: u64,
    effect: Effect,
) -> Action {
    Action {
        name,
        category,
        command,
        timeout_secs,
        effect,
    }
}

use Category::*;
use Effect::{Read, Write};
use StandIn::*;

/// All 122 actions of the newest AnkiConnect add-on, in the order of its documentation.
/// Long timeouts: `sync`; packages, stats HTML and the database check; the file chooser of
/// `guiImportFile`; batches and collection-wide edits.
#[rustfmt::skip]
pub const ACTIONS: &[Action] = &[
    //  action                       category command                               timeout (s), effect
    a("version",                    Misc,   "version",                             0, Read),
    a("requestPermission",          Misc,   "status",                              0, Read),
    a("getProfiles",                Misc,   "profile list",                        0, Read),
    a("getActiveProfile",           Misc,   "profile current",                     0, Read),
    a("loadProfile",                Misc,   "profile load",                        120, Write(True)),
    a("sync",                       Misc,   "sync",                                600, Write(Null)),
    a("multi",                      Misc,   "multi",                               120, Write(Each)),
    a("getNumCardsReviewedToday",   Stats,  "stats today",                         0, Read),
    a("getNumCardsReviewedByDay",   Stats,  "stats by-day",                        0, Read),
    a("getCollectionStatsHTML",     Stats,  "stats html",                          300, Read),
    a("deckNames",                  Deck,   "deck list --names",                   0, Read),
    a("deckNamesAndIds",            Deck,   "deck list",                           0, Read),
    a("getDecks",                   Deck,   "deck of-cards",                       0, Read),
    a("createDeck",                 Deck,   "deck create",                         0, Write(Zero)),
    a("changeDeck",                 Deck,   "deck move",                           0, Write(Null)),
    a("deleteDecks",                Deck,   "deck delete",                         0, Write(Null)),
    a("getDeckConfig",              Deck,   "deck config get",                     0, Read),
    a("saveDeckConfig",             Deck,   "deck config set",                     0, Write(True)),
    a("setDeckConfigId",            Deck,   "deck config use",                     0, Write(True)),
    a("cloneDeckConfigId",          Deck,   "deck config clone",                   0, Write(Zero)),
    a("removeDeckConfigId",         Deck,   "deck config remove",                  0, Write(True)),
    a("getDeckStats",               Deck,   "deck stats",                          0, Write(EmptyMap)),
    a("storeMediaFile",             Media,  "media store",                         0, Write(Param("filename"))),
    a("retrieveMediaFile",          Media,  "media get",                           0, Read),
    a("getMediaFilesNames",         Media,  "media list",                          0, Read),
    a("deleteMediaFile",            Media,  "media delete",                        0, Write(Null)),
    a("getMediaDirPath",            Media,  "media dir",                           0, Read),
    a("addNote",                    Note,   "note add",                            0, Write(Zero)),
    a("canAddNote",                 Note,   "note can-add --no-detail",            0, Read),
    a("canAddNoteWithErrorDetail",  Note,   "note can-add",                        0, Read),
    a("updateNoteFields",           Note,   "note update",                         0, Write(Null)),
    a("updateNote",                 Note,   "note update",                         0, Write(Null)),
    a("updateNoteModel",            Note,   "note update-model",                   0, Write(Null)),
    a("updateNoteTags",             Note,   "tag set",                             0, Write(Null)),
    a("getNoteTags",                Note,   "tag of",                              0, Read),
    a("addTags",                    Note,   "tag add",                             0, Write(Null)),
    a("removeTags",                 Note,   "tag remove",                          0, Write(Null)),
    a("getTags",                    Note,   "tag list",                            0, Read),
    a("clearUnusedTags",            Note,   "tag clear-unused",                    120, Write(Null)),
    a("replaceTags",                Note,   "tag replace",                         0, Write(Null)),
    a("replaceTagsInAllNotes",      Note,   "tag replace --all",                   120, Write(Null)),
    a("setEaseFactors",             Card,   "card set-ease",                       0, Write(TrueEach("cards"))),
    a("setSpecificValueOfCard",     Card,   "card set",                            0, Write(TrueEach("keys"))),
    a("getEaseFactors",             Card,   "card ease",                           0, Read),
    a("suspend",                    Card,   "card suspend",                        0, Write(True)),
    a("unsuspend",                  Card,   "card unsuspend",                      0, Write(True)),
    a("suspended",                  Card,   "card suspended",                      0, Read),
    a("areSuspended",               Card,   "card suspended",                      0, Read),
    a("areDue",                     Card,   "card due",                            0, Read),
    a("getIntervals",               Card,   "card intervals",                      0, Read),
    a("modelNames",                 Model,  "model list --names",                  0, Read),
    a("createModel",                Model,  "model create",                        0, Write(NewModel)),
    a("modelNamesAndIds",           Model,  "model list",                          0, Read),
    a("findModelsById",             Model,  "model show --id",                     0, Read),
    a("findModelsByName",           Model,  "model show",                          0, Read),
    a("modelNameFromId",            Model,  "model name",                          0, Read),
    a("modelFieldNames",            Model,  "model field list",                    0, Read),
    a("modelFieldDescriptions",     Model,  "model field list",                    0, Read),
    a("modelFieldFonts",            Model,  "model field list",                    0, Read),
    a("modelFieldsOnTemplates",     Model,  "model field usage",                   0, Read),
    a("modelTemplates",             Model,  "model template list",                 0, Read),
    a("modelStyling",               Model,  "model css get",                       0, Read),
    a("updateModelTemplates",       Model,  "model template set",                  0, Write(Null)),
    a("updateModelStyling",         Model,  "model css set",                       0, Write(Null)),
    a("findAndReplaceInModels",     Model,  "model find-replace",                  120, Write(Zero)),
    a("modelTemplateRename",        Model,  "model template rename",               0, Write(Null)),
    a("modelTemplateReposition",    Model,  "model template move",                 0, Write(Null)),
    a("modelTemplateAdd",           Model,  "model template add",                  0, Write(Null)),
    a("modelTemplateRemove",        Model,  "model template remove",               0, Write(Null)),
    a("modelFieldRename",           Model,  "model field rename",                  0, Write(Null)),
    a("modelFieldReposition",       Model,  "model field move",                    0, Write(Null)),
    a("modelFieldAdd",              Model,  "model field add",                     0, Write(Null)),
    a("modelFieldRemove",           Model,  "model field remove",                  0, Write(Null)),
    a("modelFieldSetFont",          Model,  "model field font",                    0, Write(Null)),
    a("modelFieldSetFontSize",      Model,  "model field font-size",               0, Write(Null)),
    a("modelFieldSetDescription",   Model,  "model field describe",                0, Write(True)),
    a("deckNameFromId",             Deck,   "deck name",                           0, Read),
    a("findNotes",                  Note,   "note find",                           0, Read),
    a("findCards",                  Card,   "card find",                           0, Read),
    a("cardsInfo",                  Card,   "card info",                           120, Read),
    a("cardsModTime",               Card,   "card mod-time",                       0, Read),
    a("forgetCards",                Card,   "card forget",                         0, Write(Null)),
    a("relearnCards",               Card,   "card relearn",                        0, Write(Null)),
    a("answerCards",                Card,   "card answer",                         0, Write(TrueEach("answers"))),
    a("cardReviews",                Stats,  "stats reviews",                       0, Write(EmptyList)),
    a("getReviewsOfCards",          Stats,  "stats card-reviews",                  0, Read),
    a("setDueDate",                 Card,   "card set-due",                        0, Write(True)),
    a("reloadCollection",           Misc,   "reload",                              120, Write(Null)),
    a("getLatestReviewID",          Stats,  "stats latest-review",                 0, Write(Zero)),
    a("insertReviews",              Stats,  "stats insert-reviews",                120, Write(Null)),
    a("notesInfo",                  Note,   "note info",                           120, Read),
    a("notesModTime",               Note,   "note mod-time",                       0, Read),
    a("deleteNotes",                Note,   "note delete",                         0, Write(Null)),
    a("removeEmptyNotes",           Note,   "note remove-empty",                   120, Write(Null)),
    a("cardsToNotes",               Card,   "card notes",                          0, Read),
    a("guiBrowse",                  Gui,    "gui browse",                          0, Write(EmptyList)),
    a("guiEditNote",                Gui,    "gui edit",                            0, Write(Null)),
    a("guiSelectNote",              Gui,    "gui select-note",                     0, Write(True)),
    a("guiSelectCard",              Gui,    "gui select",                          0, Write(True)),
    a("guiSelectedNotes",           Gui,    "gui selected",                        0, Read),
    a("guiAddCards",                Gui,    "gui add",                             0, Write(Zero)),
    a("guiAddNoteSetData",          Gui,    "gui add-set",                         0, Write(True)),
    a("guiReviewActive",            Gui,    "gui reviewing",                       0, Read),
    a("guiCurrentCard",             Gui,    "gui current",                         0, Read),
    a("guiStartCardTimer",          Gui,    "gui start-timer",                     0, Write(True)),
    a("guiShowQuestion",            Gui,    "gui show-question",                   0, Write(True)),
    a("guiShowAnswer",              Gui,    "gui show-answer",                     0, Write(True)),
    a("guiAnswerCard",              Gui,    "gui answer",                          0, Write(True)),
    a("guiPlayAudio",               Gui,    "gui play-audio",                      0, Write(True)),
    a("guiUndo",                    Gui,    "gui undo",                            0, Write(True)),
    a("guiDeckOverview",            Gui,    "gui deck",                            0, Write(True)),
    a("guiDeckBrowser",             Gui,    "gui decks",                           0, Write(Null)),
    a("guiDeckReview",              Gui,    "gui review",                          0, Write(True)),
    a("guiImportFile",              Gui,    "gui import",                          300, Write(Null)),
    a("guiExitAnki",                Gui,    "gui exit",                            0, Write(Null)),
    a("guiCheckDatabase",           Gui,    "gui check-database",                  300, Write(True)),
    a("addNotes",                   Note,   "note add-batch",                      120, Write(ZeroEach("notes"))),
    a("canAddNotes",                Note,   "note can-add --no-detail",            120, Read),
    a("canAddNotesWithErrorDetail", Note,   "note can-add",                        120, Read),
    a("exportPackage",              Misc,   "package export",                      300, Write(True)),
    a("importPackage",              Misc,   "package import",                      300, Write(True)),
    a("apiReflect",                 Misc,   "status",                              0, Read),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_are_122_distinct_actions() {
        let mut names: Vec<&str> = ACTIONS.iter().map(|a| a.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), 122);
    }

    #[test]
    fn actions_that_create_decks_count_as_writes() {
        for name in [
            "getDeckStats",
            "cardReviews",
            "getLatestReviewID",
            "addNote",
            "multi",
        ] {
            assert!(matches!(effect(name), Effect::Write(_)), "{name}");
        }
        for name in [
            "deckNames",
            "findCards",
            "notesInfo",
            "version",
            "canAddNotes",
        ] {
            assert_eq!(effect(name), Effect::Read, "{name}");
        }
        assert_eq!(effect("noSuchAction"), Effect::Write(StandIn::Null));
    }

    #[test]
    fn slow_actions_get_long_timeouts() {
        assert_eq!(default_timeout("sync"), Some(Duration::from_secs(600)));
        assert_eq!(default_timeout("addNotes"), Some(Duration::from_secs(120)));
        assert_eq!(default_timeout("deckNames"), None);
        assert_eq!(default_timeout("noSuchAction"), None);
    }
}
