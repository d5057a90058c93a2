"""Media actions, and the audio/video/picture attachments of notes."""

import base64
import glob
import hashlib
import os
import unicodedata
import urllib.request

from .registry import action


def _download(url):
    with urllib.request.urlopen(url, timeout=30) as resp:
        return resp.read()


@action
def storeMediaFile(backend, filename, data=None, path=None, url=None, skipHash=None, deleteExisting=True):
    if not (data or path or url):
        raise Exception('You must provide a "data", "path", or "url" field.')
    if data:
        media_data = base64.b64decode(data)
    elif path:
        with open(path, "rb") as f:
            media_data = f.read()
    else:
        media_data = _download(url)
    if skipHash is not None and skipHash == hashlib.md5(media_data).hexdigest():
        return None
    if deleteExisting:
        deleteMediaFile(backend, filename)
    return backend.col.media.write_data(filename, media_data)


@action
def retrieveMediaFile(backend, filename):
    media = backend.col.media
    filename = unicodedata.normalize("NFC", os.path.basename(filename))
    filename = media.strip_illegal(filename) if hasattr(media, "strip_illegal") else media.stripIllegal(filename)
    path = os.path.join(media.dir(), filename)
    if os.path.exists(path):
        with open(path, "rb") as f:
            return base64.b64encode(f.read()).decode("ascii")
    return False


@action
def getMediaFilesNames(backend, pattern="*"):
    return [os.path.basename(p) for p in glob.glob(os.path.join(backend.col.media.dir(), pattern))]


@action
def deleteMediaFile(backend, filename):
    backend.col.media.trash_files([filename])


@action
def getMediaDirPath(backend):
    return os.path.abspath(backend.col.media.dir())


def add_media_from_note(backend, anki_note, note):
    """Stores a note's audio/video/picture entries and links them into their fields."""
    for key, template in (("audio", "[sound:{}]"), ("video", "[sound:{}]"), ("picture", '<img src="{}">')):
        items = note.get(key)
        if items is None:
            continue
        if not isinstance(items, list):
            items = [items]
        for media in items:
            if media is None or len(media["fields"]) == 0:
                continue
            try:
                stored = storeMediaFile(
                    backend,
                    media["filename"],
                    data=media.get("data"),
                    path=media.get("path"),
                    url=media.get("url"),
                    skipHash=media.get("skipHash"),
                    deleteExisting=media.get("deleteExisting"),
                )
                if stored is not None:
                    for field in media["fields"]:
                        if field in anki_note:
                            anki_note[field] += template.format(stored)
            except Exception as exc:
                # The add-on writes the error into the fields instead of failing.
                message = str(exc).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                for field in media["fields"]:
                    if field in anki_note:
                        anki_note[field] += message
