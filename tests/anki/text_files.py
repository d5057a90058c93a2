"""Anki's own text files, made and read by Anki's own code, for the import/export tests.

    text_files.py export OUT PREFIX [defaults]
        A throwaway collection with notes in decks PREFIX and PREFIX::Sub, exported with
        File > Export > "Notes in Plain Text" (every option on; with `defaults`, only the
        exporter's defaults: HTML and tags). Prints the notes as JSON.
    text_files.py guids PACKAGE
        The GUID and first field of every note of a package Anki exported, as JSON.
    text_files.py import FILE [TIMES]
        A throwaway collection imports FILE (TIMES times) with File > Import's settings as Anki
        reads them from the file (nothing changed). Prints the last log's counts and the notes.
"""

import json
import os
import sys
import tempfile

from anki.collection import Collection, ImportCsvRequest, NoteIdsLimit


def notes(col):
    out = []
    for nid in sorted(col.find_notes("")):
        note = col.get_note(nid)
        decks = sorted({col.decks.name(card.did) for card in note.cards()})
        out.append(
            {
                "guid": note.guid,
                "notetype": note.note_type()["name"],
                "decks": decks,
                "fields": dict(note.items()),
                "tags": sorted(note.tags),
            }
        )
    return out


def export(out, prefix, defaults):
    folder = tempfile.mkdtemp()
    col = Collection(os.path.join(folder, "collection.anki2"))
    top = col.decks.id(prefix)
    sub = col.decks.id(prefix + "::Sub")
    ids = []
    for model, deck, fields, tags in [
        ("Basic", sub, [prefix + " chat", "cat <b>bold</b>"], ["animals", "french"]),
        ("Basic", top, [prefix + " chien", 'dog, "tab"\there'], []),
        ("Basic (and reversed card)", top, [prefix + " rev", "line1<br>line2"], ["x::y"]),
    ]:
        note = col.new_note(col.models.by_name(model))
        for i, value in enumerate(fields):
            note.fields[i] = value
        note.tags = tags
        col.add_note(note, deck)
        ids.append(note.id)
    every = not defaults
    col.export_note_csv(
        out_path=out,
        limit=NoteIdsLimit(note_ids=ids),
        with_html=True,
        with_tags=True,
        with_deck=every,
        with_notetype=every,
        with_guid=every,
    )
    print(json.dumps(notes(col)))
    col.close()


def import_(path, times):
    folder = tempfile.mkdtemp()
    col = Collection(os.path.join(folder, "collection.anki2"))
    for _ in range(times):
        metadata = col.get_csv_metadata(path, None)
        log = col.import_csv(ImportCsvRequest(path=path, metadata=metadata)).log
    counts = {
        "new": len(log.new),
        "updated": len(log.updated),
        "duplicate": len(log.duplicate),
        "conflicting": len(log.conflicting),
        "first_field_match": len(log.first_field_match),
        "missing_notetype": len(log.missing_notetype),
        "missing_deck": len(log.missing_deck),
        "empty_first_field": len(log.empty_first_field),
    }
    print(json.dumps({"log": counts, "notes": notes(col)}))
    col.close()


if __name__ == "__main__" and sys.argv[1] == "export":
    export(sys.argv[2], sys.argv[3], len(sys.argv) > 4 and sys.argv[4] == "defaults")
elif __name__ == "__main__" and sys.argv[1] == "import":
    import_(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 1)


def guids(package):
    """The (GUID, first field) of every note in a package Anki exported."""
    import sqlite3
    import zipfile

    folder = tempfile.mkdtemp()
    with zipfile.ZipFile(package) as z:
        path = z.extract("collection.anki21", folder)
    db = sqlite3.connect(path)
    rows = db.execute("select guid, flds from notes order by guid").fetchall()
    print(json.dumps([[g, f.split("\x1f")[0]] for g, f in rows]))


if __name__ == "__main__" and sys.argv[1] == "guids":
    guids(sys.argv[2])
