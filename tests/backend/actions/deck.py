"""Deck actions, with the add-on's semantics and quirks (see actions.tsv)."""

import time

from .registry import action


def _deck_names(col):
    return [d.name for d in col.decks.all_names_and_ids()]


@action
def deckNames(backend):
    return _deck_names(backend.col)


@action
def deckNamesAndIds(backend):
    col = backend.col
    return {name: col.decks.id(name) for name in _deck_names(col)}


@action
def getDecks(backend, cards):
    col = backend.col
    decks = {}
    for card in cards:
        did = col.db.scalar("select did from cards where id=?", card)
        name = col.decks.get(did)["name"]  # an unknown card lands in Default, as in the add-on
        decks.setdefault(name, []).append(card)
    return decks


@action
def createDeck(backend, deck):
    return backend.col.decks.id(deck)


@action
def changeDeck(backend, cards, deck):
    col = backend.col
    did = col.decks.id(deck)
    col.sched.remFromDyn(cards)
    ids = ",".join(str(int(c)) for c in cards)
    col.db.execute(
        f"update cards set usn=?, mod=?, did=? where id in ({ids})", col.usn(), int(time.time()), did
    )


@action
def deleteDecks(backend, decks, cardsToo=False):
    if not cardsToo:
        raise Exception("Since Anki 2.1.28 it's not possible to delete decks without deleting cards as well")
    col = backend.col
    existing = _deck_names(col)
    for name in decks:
        if name in existing:
            col.decks.remove([col.decks.id(name)])


@action
def getDeckConfig(backend, deck):
    col = backend.col
    if deck not in _deck_names(col):
        return False
    return col.decks.config_dict_for_deck_id(col.decks.id(deck))


def _config_ids(col):
    return [c["id"] for c in col.decks.all_config()]


@action
def saveDeckConfig(backend, config):
    col = backend.col
    config["id"] = str(config["id"])
    config["mod"] = int(time.time())
    config["usn"] = col.usn()
    if int(config["id"]) not in _config_ids(col):
        return False
    try:
        config["id"] = int(config["id"])
        col.decks.update_config(config)
    except Exception:
        return False
    return True


@action
def setDeckConfigId(backend, decks, configId):
    col = backend.col
    config_id = int(configId)
    names = _deck_names(col)
    if any(d not in names for d in decks):
        return False
    for name in decks:
        try:
            deck = col.decks.get(col.decks.id(name))
            deck["conf"] = config_id
            col.decks.save(deck)
        except Exception:
            return False
    return True


@action
def cloneDeckConfigId(backend, name, cloneFrom="1"):
    col = backend.col
    config_id = int(cloneFrom)
    if config_id not in _config_ids(col):
        return False
    return col.decks.add_config_returning_id(name, col.decks.get_config(config_id))


@action
def removeDeckConfigId(backend, configId):
    col = backend.col
    if int(configId) not in _config_ids(col):
        return False
    col.decks.remove_config(int(configId))
    return True


def _tree_nodes(node):
    nodes = {node.deck_id: node}
    for child in node.children:
        nodes.update(_tree_nodes(child))
    return nodes


@action
def getDeckStats(backend, decks):
    col = backend.col
    wanted = [col.decks.id(d) for d in decks]  # like the add-on, this creates missing decks
    stats = {}
    for did, node in _tree_nodes(col.sched.deck_due_tree()).items():
        if did in wanted:
            stats[did] = {
                "deck_id": node.deck_id,
                "name": node.name,
                "new_count": node.new_count,
                "learn_count": node.learn_count,
                "review_count": node.review_count,
                "total_in_deck": node.total_in_deck,
            }
    return stats


@action
def deckNameFromId(backend, deckId):
    deck = backend.col.decks.get(deckId)  # unknown ids fall back to Default, as in the add-on
    if deck is None:
        raise Exception("deck was not found: {}".format(deckId))
    return deck["name"]
