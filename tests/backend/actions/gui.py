"""Actions that drive Anki's window: a headless backend can only refuse them."""

from .registry import action

GUI_ACTIONS = [
    "guiBrowse", "guiSelectCard", "guiSelectNote", "guiSelectedNotes", "guiEditNote", "guiAddCards",
    "guiAddNoteSetData", "guiReviewActive", "guiCurrentCard", "guiStartCardTimer", "guiShowQuestion",
    "guiShowAnswer", "guiAnswerCard", "guiPlayAudio", "guiUndo", "guiDeckOverview", "guiDeckBrowser",
    "guiDeckReview", "guiImportFile", "guiExitAnki", "guiCheckDatabase",
]


def _refuse(name):
    def refuse(backend, **_params):
        raise Exception(f"{name} needs Anki's main window, which this headless backend does not have")

    refuse.__name__ = name
    return refuse


for _name in GUI_ACTIONS:
    action(_refuse(_name))
