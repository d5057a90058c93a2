"""Note actions, with the add-on's semantics and error texts."""

import anki.collection  # noqa: F401  (must load before anki.notes)
import anki.notes
import anki.utils

from .registry import action


def create_note(col, note):
    """Builds (without adding) a note the way the add-on's createNote does."""
    model = col.models.by_name(note["modelName"])
    if model is None:
        raise Exception("model was not found: {}".format(note["modelName"]))
    deck = col.decks.by_name(note["deckName"])
    if deck is None:
        raise Exception("deck was not found: {}".format(note["deckName"]))

    anki_note = anki.notes.Note(col, model)
    anki_note.note_type()["did"] = deck["id"]
    if "tags" in note:
        anki_note.tags = note["tags"]
    for name, value in note["fields"].items():
        for anki_name in anki_note.keys():
            if name.lower() == anki_name.lower():
                anki_note[anki_name] = value
                break

    options = note.get("options", {})
    allow_duplicate = options.get("allowDuplicate", False)
    if type(allow_duplicate) is not bool:
        raise Exception('option parameter "allowDuplicate" must be boolean')
    scope = options.get("duplicateScope")
    scope_options = options.get("duplicateScopeOptions", {})
    scope_deck = scope_options.get("deckName")
    check_children = scope_options.get("checkChildren", False)
    if type(check_children) is not bool:
        raise Exception('option parameter "duplicateScopeOptions.checkChildren" must be boolean')
    check_all_models = scope_options.get("checkAllModels", False)
    if type(check_all_models) is not bool:
        raise Exception('option parameter "duplicateScopeOptions.checkAllModels" must be boolean')

    state = duplicate_or_empty(col, anki_note, deck, scope, scope_deck, check_children, check_all_models)
    if state == 1:
        raise Exception("cannot create note because it is empty")
    if state == 2 and not allow_duplicate:
        raise Exception("cannot create note because it is a duplicate")
    return anki_note, deck


def duplicate_or_empty(col, note, deck, scope, scope_deck, check_children, check_all_models):
    """1 if the first field is empty, 2 if the note is a duplicate in scope, else 0."""
    if scope != "deck" and not check_all_models:
        return note.dupeOrEmpty() or 0
    value = note.fields[0]
    if not value.strip():
        return 1
    csum = anki.utils.field_checksum(value)
    dids = None
    if scope == "deck":
        did = deck["id"]
        if scope_deck is not None:
            other = col.decks.by_name(scope_deck)
            if other is None:
                return 0
            did = other["id"]
        dids = {did}
        if check_children:
            dids.update(child_id for _, child_id in col.decks.children(did))
    query = "select id from notes where csum=?"
    args = [csum]
    if note.id:
        query += " and id!=?"
        args.append(note.id)
    if not check_all_models:
        query += " and mid=?"
        args.append(note.mid)
    for nid in col.db.list(query, *args):
        if dids is None:
            return 2
        for card_did in col.db.list("select did from cards where nid=?", nid):
            if card_did in dids:
                return 2
    return 0


@action
def addNote(backend, note):
    col = backend.col
    anki_note, deck = create_note(col, note)
    col.add_note(anki_note, deck["id"])
    if not anki_note.cards():
        raise Exception("The field values you have provided would make an empty question on all cards.")
    return anki_note.id
