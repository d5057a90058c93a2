//! Every AnkiConnect action, by category, and which subcommand wraps it.
//!
//! `ACTIONS` lists the 122 actions of the newest add-on. The commands declare
//! what they wrap in their own `COVERS` tables; [`catalog`] joins the two, so
//! `anki-cli actions` cannot drift from the commands.

use std::time::Duration;

use crate::commands;

/// An AnkiConnect action category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Group {
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

impl Group {
    /// The category's name as `actions.tsv` spells it.
    pub fn name(self) -> &'static str {
        match self {
            Group::Card => "card",
            Group::Deck => "deck",
            Group::Gui => "gui",
            Group::Media => "media",
            Group::Misc => "misc",
            Group::Model => "model",
            Group::Note => "note",
            Group::Stats => "stats",
        }
    }
}

/// One AnkiConnect action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActionInfo {
    /// The action name sent on the wire.
    pub name: &'static str,
    /// Its category.
    pub group: Group,
}

/// An action a subcommand wraps, declared next to the subcommand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Covered {
    /// The action name.
    pub action: &'static str,
    /// The subcommand that sends it, as typed after `anki-cli`.
    pub command: &'static str,
}

/// One row of `anki-cli actions`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogEntry {
    /// The action.
    pub action: ActionInfo,
    /// The wrapping subcommand, or `None` when only `anki-cli api` reaches it.
    pub command: Option<&'static str>,
}

/// Every action with the subcommand that wraps it, in registry order.
pub fn catalog() -> Vec<CatalogEntry> {
    let covered = commands::covered();
    ACTIONS
        .iter()
        .map(|action| CatalogEntry {
            action: *action,
            command: covered
                .iter()
                .find(|c| c.action == action.name)
                .map(|c| c.command),
        })
        .collect()
}

/// Looks an action up by name.
pub fn find(name: &str) -> Option<&'static ActionInfo> {
    ACTIONS.iter().find(|a| a.name == name)
}

/// Actions known to run long, with the timeout they get unless the user sets one.
pub fn default_timeout(action: &str) -> Option<Duration> {
    let secs = match action {
        "sync" => 600,
        "exportPackage" | "importPackage" | "getCollectionStatsHTML" | "guiCheckDatabase" => 300,
        "guiImportFile" => 300, // without a path it waits for Anki's file chooser
        "addNotes"
        | "canAddNotes"
        | "canAddNotesWithErrorDetail"
        | "multi"
        | "notesInfo"
        | "cardsInfo" => 120,
        "removeEmptyNotes"
        | "clearUnusedTags"
        | "replaceTagsInAllNotes"
        | "findAndReplaceInModels" => 120,
        "loadProfile" | "reloadCollection" | "insertReviews" => 120,
        _ => return None,
    };
    Some(Duration::from_secs(secs))
}

/// All 122 actions of the newest AnkiConnect add-on.
pub const ACTIONS: &[ActionInfo] = &[
    ActionInfo {
        name: "version",
        group: Group::Misc,
    },
    ActionInfo {
        name: "requestPermission",
        group: Group::Misc,
    },
    ActionInfo {
        name: "getProfiles",
        group: Group::Misc,
    },
    ActionInfo {
        name: "getActiveProfile",
        group: Group::Misc,
    },
    ActionInfo {
        name: "loadProfile",
        group: Group::Misc,
    },
    ActionInfo {
        name: "sync",
        group: Group::Misc,
    },
    ActionInfo {
        name: "multi",
        group: Group::Misc,
    },
    ActionInfo {
        name: "getNumCardsReviewedToday",
        group: Group::Stats,
    },
    ActionInfo {
        name: "getNumCardsReviewedByDay",
        group: Group::Stats,
    },
    ActionInfo {
        name: "getCollectionStatsHTML",
        group: Group::Stats,
    },
    ActionInfo {
        name: "deckNames",
        group: Group::Deck,
    },
    ActionInfo {
        name: "deckNamesAndIds",
        group: Group::Deck,
    },
    ActionInfo {
        name: "getDecks",
        group: Group::Deck,
    },
    ActionInfo {
        name: "createDeck",
        group: Group::Deck,
    },
    ActionInfo {
        name: "changeDeck",
        group: Group::Deck,
    },
    ActionInfo {
        name: "deleteDecks",
        group: Group::Deck,
    },
    ActionInfo {
        name: "getDeckConfig",
        group: Group::Deck,
    },
    ActionInfo {
        name: "saveDeckConfig",
        group: Group::Deck,
    },
    ActionInfo {
        name: "setDeckConfigId",
        group: Group::Deck,
    },
    ActionInfo {
        name: "cloneDeckConfigId",
        group: Group::Deck,
    },
    ActionInfo {
        name: "removeDeckConfigId",
        group: Group::Deck,
    },
    ActionInfo {
        name: "getDeckStats",
        group: Group::Deck,
    },
    ActionInfo {
        name: "storeMediaFile",
        group: Group::Media,
    },
    ActionInfo {
        name: "retrieveMediaFile",
        group: Group::Media,
    },
    ActionInfo {
        name: "getMediaFilesNames",
        group: Group::Media,
    },
    ActionInfo {
        name: "deleteMediaFile",
        group: Group::Media,
    },
    ActionInfo {
        name: "getMediaDirPath",
        group: Group::Media,
    },
    ActionInfo {
        name: "addNote",
        group: Group::Note,
    },
    ActionInfo {
        name: "canAddNote",
        group: Group::Note,
    },
    ActionInfo {
        name: "canAddNoteWithErrorDetail",
        group: Group::Note,
    },
    ActionInfo {
        name: "updateNoteFields",
        group: Group::Note,
    },
    ActionInfo {
        name: "updateNote",
        group: Group::Note,
    },
    ActionInfo {
        name: "updateNoteModel",
        group: Group::Note,
    },
    ActionInfo {
        name: "updateNoteTags",
        group: Group::Note,
    },
    ActionInfo {
        name: "getNoteTags",
        group: Group::Note,
    },
    ActionInfo {
        name: "addTags",
        group: Group::Note,
    },
    ActionInfo {
        name: "removeTags",
        group: Group::Note,
    },
    ActionInfo {
        name: "getTags",
        group: Group::Note,
    },
    ActionInfo {
        name: "clearUnusedTags",
        group: Group::Note,
    },
    ActionInfo {
        name: "replaceTags",
        group: Group::Note,
    },
    ActionInfo {
        name: "replaceTagsInAllNotes",
        group: Group::Note,
    },
    ActionInfo {
        name: "setEaseFactors",
        group: Group::Card,
    },
    ActionInfo {
        name: "setSpecificValueOfCard",
        group: Group::Card,
    },
    ActionInfo {
        name: "getEaseFactors",
        group: Group::Card,
    },
    ActionInfo {
        name: "suspend",
        group: Group::Card,
    },
    ActionInfo {
        name: "unsuspend",
        group: Group::Card,
    },
    ActionInfo {
        name: "suspended",
        group: Group::Card,
    },
    ActionInfo {
        name: "areSuspended",
        group: Group::Card,
    },
    ActionInfo {
        name: "areDue",
        group: Group::Card,
    },
    ActionInfo {
        name: "getIntervals",
        group: Group::Card,
    },
    ActionInfo {
        name: "modelNames",
        group: Group::Model,
    },
    ActionInfo {
        name: "createModel",
        group: Group::Model,
    },
    ActionInfo {
        name: "modelNamesAndIds",
        group: Group::Model,
    },
    ActionInfo {
        name: "findModelsById",
        group: Group::Model,
    },
    ActionInfo {
        name: "findModelsByName",
        group: Group::Model,
    },
    ActionInfo {
        name: "modelNameFromId",
        group: Group::Model,
    },
    ActionInfo {
        name: "modelFieldNames",
        group: Group::Model,
    },
    ActionInfo {
        name: "modelFieldDescriptions",
        group: Group::Model,
    },
    ActionInfo {
        name: "modelFieldFonts",
        group: Group::Model,
    },
    ActionInfo {
        name: "modelFieldsOnTemplates",
        group: Group::Model,
    },
    ActionInfo {
        name: "modelTemplates",
        group: Group::Model,
    },
    ActionInfo {
        name: "modelStyling",
        group: Group::Model,
    },
    ActionInfo {
        name: "updateModelTemplates",
        group: Group::Model,
    },
    ActionInfo {
        name: "updateModelStyling",
        group: Group::Model,
    },
    ActionInfo {
        name: "findAndReplaceInModels",
        group: Group::Model,
    },
    ActionInfo {
        name: "modelTemplateRename",
        group: Group::Model,
    },
    ActionInfo {
        name: "modelTemplateReposition",
        group: Group::Model,
    },
    ActionInfo {
        name: "modelTemplateAdd",
        group: Group::Model,
    },
    ActionInfo {
        name: "modelTemplateRemove",
        group: Group::Model,
    },
    ActionInfo {
        name: "modelFieldRename",
        group: Group::Model,
    },
    ActionInfo {
        name: "modelFieldReposition",
        group: Group::Model,
    },
    ActionInfo {
        name: "modelFieldAdd",
        group: Group::Model,
    },
    ActionInfo {
        name: "modelFieldRemove",
        group: Group::Model,
    },
    ActionInfo {
        name: "modelFieldSetFont",
        group: Group::Model,
    },
    ActionInfo {
        name: "modelFieldSetFontSize",
        group: Group::Model,
    },
    ActionInfo {
        name: "modelFieldSetDescription",
        group: Group::Model,
    },
    ActionInfo {
        name: "deckNameFromId",
        group: Group::Deck,
    },
    ActionInfo {
        name: "findNotes",
        group: Group::Note,
    },
    ActionInfo {
        name: "findCards",
        group: Group::Card,
    },
    ActionInfo {
        name: "cardsInfo",
        group: Group::Card,
    },
    ActionInfo {
        name: "cardsModTime",
        group: Group::Card,
    },
    ActionInfo {
        name: "forgetCards",
        group: Group::Card,
    },
    ActionInfo {
        name: "relearnCards",
        group: Group::Card,
    },
    ActionInfo {
        name: "answerCards",
        group: Group::Card,
    },
    ActionInfo {
        name: "cardReviews",
        group: Group::Stats,
    },
    ActionInfo {
        name: "getReviewsOfCards",
        group: Group::Stats,
    },
    ActionInfo {
        name: "setDueDate",
        group: Group::Card,
    },
    ActionInfo {
        name: "reloadCollection",
        group: Group::Misc,
    },
    ActionInfo {
        name: "getLatestReviewID",
        group: Group::Stats,
    },
    ActionInfo {
        name: "insertReviews",
        group: Group::Stats,
    },
    ActionInfo {
        name: "notesInfo",
        group: Group::Note,
    },
    ActionInfo {
        name: "notesModTime",
        group: Group::Note,
    },
    ActionInfo {
        name: "deleteNotes",
        group: Group::Note,
    },
    ActionInfo {
        name: "removeEmptyNotes",
        group: Group::Note,
    },
    ActionInfo {
        name: "cardsToNotes",
        group: Group::Card,
    },
    ActionInfo {
        name: "guiBrowse",
        group: Group::Gui,
    },
    ActionInfo {
        name: "guiEditNote",
        group: Group::Gui,
    },
    ActionInfo {
        name: "guiSelectNote",
        group: Group::Gui,
    },
    ActionInfo {
        name: "guiSelectCard",
        group: Group::Gui,
    },
    ActionInfo {
        name: "guiSelectedNotes",
        group: Group::Gui,
    },
    ActionInfo {
        name: "guiAddCards",
        group: Group::Gui,
    },
    ActionInfo {
        name: "guiAddNoteSetData",
        group: Group::Gui,
    },
    ActionInfo {
        name: "guiReviewActive",
        group: Group::Gui,
    },
    ActionInfo {
        name: "guiCurrentCard",
        group: Group::Gui,
    },
    ActionInfo {
        name: "guiStartCardTimer",
        group: Group::Gui,
    },
    ActionInfo {
        name: "guiShowQuestion",
        group: Group::Gui,
    },
    ActionInfo {
        name: "guiShowAnswer",
        group: Group::Gui,
    },
    ActionInfo {
        name: "guiAnswerCard",
        group: Group::Gui,
    },
    ActionInfo {
        name: "guiPlayAudio",
        group: Group::Gui,
    },
    ActionInfo {
        name: "guiUndo",
        group: Group::Gui,
    },
    ActionInfo {
        name: "guiDeckOverview",
        group: Group::Gui,
    },
    ActionInfo {
        name: "guiDeckBrowser",
        group: Group::Gui,
    },
    ActionInfo {
        name: "guiDeckReview",
        group: Group::Gui,
    },
    ActionInfo {
        name: "guiImportFile",
        group: Group::Gui,
    },
    ActionInfo {
        name: "guiExitAnki",
        group: Group::Gui,
    },
    ActionInfo {
        name: "guiCheckDatabase",
        group: Group::Gui,
    },
    ActionInfo {
        name: "addNotes",
        group: Group::Note,
    },
    ActionInfo {
        name: "canAddNotes",
        group: Group::Note,
    },
    ActionInfo {
        name: "canAddNotesWithErrorDetail",
        group: Group::Note,
    },
    ActionInfo {
        name: "exportPackage",
        group: Group::Misc,
    },
    ActionInfo {
        name: "importPackage",
        group: Group::Misc,
    },
    ActionInfo {
        name: "apiReflect",
        group: Group::Misc,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_are_122_distinct_actions() {
        let mut names: Vec<&str> = ACTIONS.iter().map(|a| a.name).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), 122);
    }

    #[test]
    fn catalog_points_only_at_known_actions() {
        for covered in commands::covered() {
            assert!(
                find(covered.action).is_some(),
                "{} is not an AnkiConnect action",
                covered.action
            );
        }
    }

    #[test]
    fn sync_gets_a_long_timeout() {
        assert!(default_timeout("sync").unwrap() > Duration::from_secs(30));
        assert_eq!(default_timeout("deckNames"), None);
    }
}
