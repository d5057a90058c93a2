"""Note and tag actions, with the add-on's semantics and error texts."""

from anki.errors import NotFoundError

import anki.collection  # noqa: F401  (must load before anki.notes)
import anki.notes
import anki.utils

from .media import add_media_from_note
from .registry import action


def create_note(backend, note):
    """Builds (without adding) a note the way the add-on's createNote does (media included)."""
    col = backend.col
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
    add_media_from_note(backend, anki_note, note)

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


def get_note(col, note_id):
    try:
        return col.get_note(note_id)
    except NotFoundError:
        raise NotFoundError("Note was not found: {}".format(note_id), None, None, None)


@action
def addNote(backend, note):
    col = backend.col
    anki_note, deck = create_note(backend, note)
    col.add_note(anki_note, deck["id"])
    if not anki_note.cards():
        raise Exception("The field values you have provided would make an empty question on all cards.")
    return anki_note.id


@action
def addNotes(backend, notes):
    # Since 2024 the add-on is all-or-nothing: it collects every error, then rolls back.
    results, errors = [], []
    for note in notes:
        try:
            results.append(addNote(backend, note))
        except Exception as exc:
            errors.append(str(exc))
    if errors:
        deleteNotes(backend, results)
        raise Exception(str(errors))
    return results


@action
def canAddNote(backend, note):
    try:
        return bool(create_note(backend, note))
    except Exception:
        return False


@action
def canAddNoteWithErrorDetail(backend, note):
    try:
        return {"canAdd": bool(create_note(backend, note))}
    except Exception as exc:
        return {"canAdd": False, "error": str(exc)}


@action
def canAddNotes(backend, notes):
    return [canAddNote(backend, note) for note in notes]


@action
def canAddNotesWithErrorDetail(backend, notes):
    return [canAddNoteWithErrorDetail(backend, note) for note in notes]


@action
def updateNoteFields(backend, note):
    col = backend.col
    anki_note = get_note(col, note["id"])
    for name, value in note["fields"].items():
        if name in anki_note:  # exact names only, as in the add-on
            anki_note[name] = value
    add_media_from_note(backend, anki_note, note)
    col.update_note(anki_note, skip_undo_entry=True)


@action
def updateNote(backend, note):
    updated = False
    if "fields" in note:
        updateNoteFields(backend, note)
        updated = True
    if "tags" in note:
        updateNoteTags(backend, note["id"], note["tags"])
        updated = True
    if not updated:
        raise Exception('Must provide a "fields" or "tags" property.')


@action
def updateNoteModel(backend, note):
    col = backend.col
    note_id = note.get("id")
    if not note_id:
        raise ValueError("Note ID is required")
    model_name = note.get("modelName")
    if not model_name:
        raise ValueError("Model name is required")
    fields = note.get("fields")
    if not fields or not isinstance(fields, dict):
        raise ValueError("Fields must be provided as a dictionary")
    tags = note.get("tags", [])
    anki_note = get_note(col, note_id)
    model = col.models.by_name(model_name)
    if not model:
        raise ValueError(f"Model '{model_name}' not found")
    # Like the add-on: point the note at the new type and refill its fields.
    anki_note.mid = model["id"]
    anki_note._fmap = col.models.field_map(model)
    anki_note.fields = [""] * len(model["flds"])
    for name, value in fields.items():
        for anki_name in anki_note.keys():
            if name.lower() == anki_name.lower():
                anki_note[anki_name] = value
                break
    anki_note.tags = tags
    col.update_note(anki_note, skip_undo_entry=True)


@action
def updateNoteTags(backend, note, tags):
    if type(tags) == str:
        tags = [tags]
    if type(tags) != list or not all(type(t) == str for t in tags):
        raise Exception("Must provide tags as a list of strings")
    for old_tag in getNoteTags(backend, note):
        removeTags(backend, [note], old_tag)
    for new_tag in tags:
        addTags(backend, [note], new_tag)


@action
def getNoteTags(backend, note):
    return get_note(backend.col, note).tags


@action
def addTags(backend, notes, tags, add=True):
    if add:
        backend.col.tags.bulk_add(notes, tags)
    else:
        backend.col.tags.bulk_remove(notes, tags)


@action
def removeTags(backend, notes, tags):
    return addTags(backend, notes, tags, False)


@action
def getTags(backend):
    return backend.col.tags.all()


@action
def clearUnusedTags(backend):
    backend.col.tags.clear_unused_tags()


def _replace_tag(col, nids, old, new, skip_missing):
    for nid in nids:
        try:
            note = get_note(col, nid)
        except NotFoundError:
            if skip_missing:
                continue
            raise
        if note.has_tag(old):
            note.remove_tag(old)
            note.add_tag(new)
            col.update_note(note, skip_undo_entry=True)


@action
def replaceTags(backend, notes, tag_to_replace, replace_with_tag):
    _replace_tag(backend.col, notes, tag_to_replace, replace_with_tag, skip_missing=True)


@action
def replaceTagsInAllNotes(backend, tag_to_replace, replace_with_tag):
    col = backend.col
    _replace_tag(col, col.db.list("select id from notes"), tag_to_replace, replace_with_tag, skip_missing=False)


@action
def findNotes(backend, query=None):
    if query is None:
        return []
    return [int(n) for n in backend.col.find_notes(query)]


def _fields(note):
    model = note.note_type()
    return {f["name"]: {"value": note.fields[f["ord"]], "order": f["ord"]} for f in model["flds"]}


@action
def notesInfo(backend, notes=None, query=None):
    if notes is None and query is None:
        raise Exception('Must provide either "notes" or a "query"')
    col = backend.col
    if query is not None:
        notes = findNotes(backend, query)
    cards = {}
    for start in range(0, len(notes), 999):
        batch = notes[start:start + 999]
        placeholders = ",".join("?" * len(batch))
        for cid, nid in col.db.all(f"select id, nid from cards where nid in ({placeholders}) order by ord", *batch):
            cards.setdefault(nid, []).append(cid)
    result = []
    for nid in notes:
        try:
            note = get_note(col, nid)
        except NotFoundError:
            result.append({})
            continue
        result.append({
            "noteId": note.id,
            "profile": backend.profile,
            "tags": note.tags,
            "fields": _fields(note),
            "modelName": note.note_type()["name"],
            "mod": note.mod,
            "cards": cards[nid],
        })
    return result


@action
def notesModTime(backend, notes):
    result = []
    for nid in notes:
        try:
            note = get_note(backend.col, nid)
            result.append({"noteId": note.id, "mod": note.mod})
        except NotFoundError:
            result.append({})
    return result


@action
def deleteNotes(backend, notes):
    backend.col.remove_notes(notes)


@action
def removeEmptyNotes(backend):
    # Despite its name, the add-on removes every note type that no note uses.
    col = backend.col
    for model in col.models.all():
        if col.models.use_count(model) == 0:
            col.models.remove(model["id"])
