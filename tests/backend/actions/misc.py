"""Miscellaneous actions: version, permission, reflection, multi."""

from .registry import action, lookup, names

API_VERSION = 6


@action
def version(backend):
    return API_VERSION


@action
def requestPermission(backend, origin, allowed):
    if not allowed:
        # The desktop add-on would ask the user in a dialog; headless, the answer is no.
        return {"permission": "denied"}
    return {"permission": "granted", "requireApikey": bool(backend.api_key), "version": API_VERSION}


@action
def apiReflect(backend, scopes=None, actions=None):
    if not isinstance(scopes, list):
        raise Exception("scopes has invalid value")
    if not (actions is None or isinstance(actions, list)):
        raise Exception("actions has invalid value")
    result = {"scopes": []}
    if "actions" in scopes:
        wanted = names() if actions is None else actions
        result["scopes"].append("actions")
        result["actions"] = [a for a in wanted if isinstance(a, str) and lookup(a) is not None]
    return result


@action
def multi(backend, actions):
    return [backend.handle(inner) for inner in actions]


@action
def getProfiles(backend):
    return [backend.profile]


@action
def getActiveProfile(backend):
    return backend.profile


@action
def loadProfile(backend, name):
    # One collection, one profile: loading it is a no-op, any other name is unknown.
    return name == backend.profile


@action
def sync(backend):
    # Nobody is logged in to AnkiWeb here: the add-on's error for that case.
    raise Exception("sync: auth not configured")


@action
def exportPackage(backend, deck, path, includeSched=False):
    from anki.exporting import AnkiPackageExporter

    found = backend.col.decks.by_name(deck)
    if found is None:
        return False
    exporter = AnkiPackageExporter(backend.col)
    exporter.did = found["id"]
    exporter.includeSched = includeSched
    exporter.exportInto(path)
    return True


@action
def importPackage(backend, path):
    from anki.importing import AnkiPackageImporter

    AnkiPackageImporter(backend.col, path).run()
    return True


@action
def reloadCollection(backend):
    backend.col.reset()
