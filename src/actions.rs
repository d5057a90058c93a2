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
) -> Action {
    Action {
        name,
        category,
        command,
        timeout_secs,
    }
}

use Category::*;

/// All 122 actions of the newest AnkiConnect add-on, in the order of its documentation.
/// Long timeouts: `sync`; packages, stats HTML and the database check; the file chooser of
/// `guiImportFile`; batches and collection-wide edits.
#[rustfmt::skip]
pub const ACTIONS: &[Action] = &[
    //  action                       category command                               timeout (s)
    a("version",                    Misc,   "version",                             0),
    a("requestPermission",          Misc,   "status",                              0),
    a("getProfiles",                Misc,   "profile list",                        0),
    a("getActiveProfile",           Misc,   "profile current",                     0),
    a("loadProfile",                Misc,   "profile load",                        120),
    a("sync",                       Misc,   "sync",                                600),
    a("multi",                      Misc,   "multi",                               120),
    a("getNumCardsReviewedToday",   Stats,  "stats today",                         0),
    a("getNumCardsReviewedByDay",   Stats,  "stats by-day",                        0),
    a("getCollectionStatsHTML",     Stats,  "stats html",                          300),
    a("deckNames",                  Deck,   "deck list --names",                   0),
    a("deckNamesAndIds",            Deck,   "deck list",                           0),
    a("getDecks",                   Deck,   "deck of-cards",                       0),
    a("createDeck",                 Deck,   "deck create",                         0),
    a("changeDeck",                 Deck,   "deck move",                           0),
    a("deleteDecks",                Deck,   "deck delete",                         0),
    a("getDeckConfig",              Deck,   "deck config get",                     0),
    a("saveDeckConfig",             Deck,   "deck config set",                     0),
    a("setDeckConfigId",            Deck,   "deck config use",                     0),
    a("cloneDeckConfigId",          Deck,   "deck config clone",                   0),
    a("removeDeckConfigId",         Deck,   "deck config remove",                  0),
    a("getDeckStats",               Deck,   "deck stats",                          0),
    a("storeMediaFile",             Media,  "media store",                         0),
    a("retrieveMediaFile",          Media,  "media get",                           0),
    a("getMediaFilesNames",         Media,  "media list",                          0),
    a("deleteMediaFile",            Media,  "media delete",                        0),
    a("getMediaDirPath",            Media,  "media dir",                           0),
    a("addNote",                    Note,   "note add",                            0),
    a("canAddNote",                 Note,   "note can-add --no-detail",            0),
    a("canAddNoteWithErrorDetail",  Note,   "note can-add",                        0),
    a("updateNoteFields",           Note,   "note update",                         0),
    a("updateNote",                 Note,   "note update",                         0),
    a("updateNoteModel",            Note,   "note update-model",                   0),
    a("updateNoteTags",             Note,   "tag set",                             0),
    a("getNoteTags",                Note,   "tag of",                              0),
    a("addTags",                    Note,   "tag add",                             0),
    a("removeTags",                 Note,   "tag remove",                          0),
    a("getTags",                    Note,   "tag list",                            0),
    a("clearUnusedTags",            Note,   "tag clear-unused",                    120),
    a("replaceTags",                Note,   "tag replace",                         0),
    a("replaceTagsInAllNotes",      Note,   "tag replace --all",                   120),
    a("setEaseFactors",             Card,   "card set-ease",                       0),
    a("setSpecificValueOfCard",     Card,   "card set",                            0),
    a("getEaseFactors",             Card,   "card ease",                           0),
    a("suspend",                    Card,   "card suspend",                        0),
    a("unsuspend",                  Card,   "card unsuspend",                      0),
    a("suspended",                  Card,   "card suspended",                      0),
    a("areSuspended",               Card,   "card suspended",                      0),
    a("areDue",                     Card,   "card due",                            0),
    a("getIntervals",               Card,   "card intervals",                      0),
    a("modelNames",                 Model,  "model list --names",                  0),
    a("createModel",                Model,  "model create",                        0),
    a("modelNamesAndIds",           Model,  "model list",                          0),
    a("findModelsById",             Model,  "model show --id",                     0),
    a("findModelsByName",           Model,  "model show",                          0),
    a("modelNameFromId",            Model,  "model name",                          0),
    a("modelFieldNames",            Model,  "model field list",                    0),
    a("modelFieldDescriptions",     Model,  "model field list",                    0),
    a("modelFieldFonts",            Model,  "model field list",                    0),
    a("modelFieldsOnTemplates",     Model,  "model field usage",                   0),
    a("modelTemplates",             Model,  "model template list",                 0),
    a("modelStyling",               Model,  "model css get",                       0),
    a("updateModelTemplates",       Model,  "model template set",                  0),
    a("updateModelStyling",         Model,  "model css set",                       0),
    a("findAndReplaceInModels",     Model,  "model find-replace",                  120),
    a("modelTemplateRename",        Model,  "model template rename",               0),
    a("modelTemplateReposition",    Model,  "model template move",                 0),
    a("modelTemplateAdd",           Model,  "model template add",                  0),
    a("modelTemplateRemove",        Model,  "model template remove",               0),
    a("modelFieldRename",           Model,  "model field rename",                  0),
    a("modelFieldReposition",       Model,  "model field move",                    0),
    a("modelFieldAdd",              Model,  "model field add",                     0),
    a("modelFieldRemove",           Model,  "model field remove",                  0),
    a("modelFieldSetFont",          Model,  "model field font",                    0),
    a("modelFieldSetFontSize",      Model,  "model field font-size",               0),
    a("modelFieldSetDescription",   Model,  "model field describe",                0),
    a("deckNameFromId",             Deck,   "deck name",                           0),
    a("findNotes",                  Note,   "note find",                           0),
    a("findCards",                  Card,   "card find",                           0),
    a("cardsInfo",                  Card,   "card info",                           120),
    a("cardsModTime",               Card,   "card mod-time",                       0),
    a("forgetCards",                Card,   "card forget",                         0),
    a("relearnCards",               Card,   "card relearn",                        0),
    a("answerCards",                Card,   "card answer",                         0),
    a("cardReviews",                Stats,  "stats reviews",                       0),
    a("getReviewsOfCards",          Stats,  "stats card-reviews",                  0),
    a("setDueDate",                 Card,   "card set-due",                        0),
    a("reloadCollection",           Misc,   "reload",                              120),
    a("getLatestReviewID",          Stats,  "stats latest-review",                 0),
    a("insertReviews",              Stats,  "stats insert-reviews",                120),
    a("notesInfo",                  Note,   "note info",                           120),
    a("notesModTime",               Note,   "note mod-time",                       0),
    a("deleteNotes",                Note,   "note delete",                         0),
    a("removeEmptyNotes",           Note,   "note remove-empty",                   120),
    a("cardsToNotes",               Card,   "card notes",                          0),
    a("guiBrowse",                  Gui,    "gui browse",                          0),
    a("guiEditNote",                Gui,    "gui edit",                            0),
    a("guiSelectNote",              Gui,    "gui select-note",                     0),
    a("guiSelectCard",              Gui,    "gui select",                          0),
    a("guiSelectedNotes",           Gui,    "gui selected",                        0),
    a("guiAddCards",                Gui,    "gui add",                             0),
    a("guiAddNoteSetData",          Gui,    "gui add-set",                         0),
    a("guiReviewActive",            Gui,    "gui reviewing",                       0),
    a("guiCurrentCard",             Gui,    "gui current",                         0),
    a("guiStartCardTimer",          Gui,    "gui start-timer",                     0),
    a("guiShowQuestion",            Gui,    "gui show-question",                   0),
    a("guiShowAnswer",              Gui,    "gui show-answer",                     0),
    a("guiAnswerCard",              Gui,    "gui answer",                          0),
    a("guiPlayAudio",               Gui,    "gui play-audio",                      0),
    a("guiUndo",                    Gui,    "gui undo",                            0),
    a("guiDeckOverview",            Gui,    "gui deck",                            0),
    a("guiDeckBrowser",             Gui,    "gui decks",                           0),
    a("guiDeckReview",              Gui,    "gui review",                          0),
    a("guiImportFile",              Gui,    "gui import",                          300),
    a("guiExitAnki",                Gui,    "gui exit",                            0),
    a("guiCheckDatabase",           Gui,    "gui check-database",                  300),
    a("addNotes",                   Note,   "note add-batch",                      120),
    a("canAddNotes",                Note,   "note can-add --no-detail",            120),
    a("canAddNotesWithErrorDetail", Note,   "note can-add",                        120),
    a("exportPackage",              Misc,   "package export",                      300),
    a("importPackage",              Misc,   "package import",                      300),
    a("apiReflect",                 Misc,   "status",                              0),
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
    fn slow_actions_get_long_timeouts() {
        assert_eq!(default_timeout("sync"), Some(Duration::from_secs(600)));
        assert_eq!(default_timeout("addNotes"), Some(Duration::from_secs(120)));
        assert_eq!(default_timeout("deckNames"), None);
        assert_eq!(default_timeout("noSuchAction"), None);
    }
}
