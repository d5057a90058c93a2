"""Card actions, with the add-on's semantics and error texts."""

from .registry import action


@action
def findCards(backend, query=None):
    if query is None:
        return []
    return [int(c) for c in backend.col.find_cards(query)]
