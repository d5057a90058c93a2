"""Card actions, with the add-on's semantics and error texts."""

import time

from anki.errors import NotFoundError
from anki.scheduler.base import ScheduleCardsAsNew

from .registry import action

RISKY_KEYS = ["did", "id", "ivl", "lapses", "left", "mod", "nid", "odid", "odue", "ord", "queue", "reps", "type", "usn"]


def get_card(col, card_id):
    try:
        return col.get_card(card_id)
    except NotFoundError:
        raise NotFoundError("Card was not found: {}".format(card_id), None, None, None)


@action
def findCards(backend, query=None):
    if query is None:
        return []
    return [int(c) for c in backend.col.find_cards(query)]


def _fields(note, model):
    return {f["name"]: {"value": note.fields[f["ord"]], "order": f["ord"]} for f in model["flds"]}


@action
def cardsInfo(backend, cards):
    col = backend.col
    result = []
    for cid in cards:
        try:
            card = get_card(col, cid)
        except NotFoundError:
            result.append({})
            continue
        model = card.note_type()
        note = card.note()
        states = col._backend.get_scheduling_states(card.id)
        result.append({
            "cardId": card.id,
            "fields": _fields(note, model),
            "fieldOrder": card.ord,
            "question": card.question(),
            "answer": card.answer(),
            "modelName": model["name"],
            "ord": card.ord,
            "deckName": col.decks.get(card.did)["name"],
            "css": model["css"],
            "factor": card.factor,
            "interval": card.ivl,
            "note": card.nid,
            "type": card.type,
            "queue": card.queue,
            "due": card.due,
            "reps": card.reps,
            "lapses": card.lapses,
            "left": card.left,
            "mod": card.mod,
            "nextReviews": list(col._backend.describe_next_states(states)),
            "flags": card.flags,
        })
    return result


@action
def cardsModTime(backend, cards):
    result = []
    for cid in cards:
        try:
            card = get_card(backend.col, cid)
            result.append({"cardId": card.id, "mod": card.mod})
        except NotFoundError:
            result.append({})
    return result


@action
def cardsToNotes(backend, cards):
    ids = ",".join(str(int(c)) for c in cards)
    return backend.col.db.list(f"select distinct nid from cards where id in ({ids})")


@action
def suspended(backend, card):
    return get_card(backend.col, card).queue == -1


@action
def suspend(backend, cards, suspend=True):
    # The add-on drops cards already in the wanted state (its loop skips neighbours while removing).
    for card in cards:
        if suspended(backend, card) == suspend:
            cards.remove(card)
    if len(cards) == 0:
        return False
    if suspend:
        backend.col.sched.suspend_cards(cards)
    else:
        backend.col.sched.unsuspend_cards(cards)
    return True


@action
def unsuspend(backend, cards):
    suspend(backend, cards, False)


@action
def areSuspended(backend, cards):
    result = []
    for card in cards:
        try:
            result.append(suspended(backend, card))
        except NotFoundError:
            result.append(None)
    return result


@action
def areDue(backend, cards):
    col = backend.col
    due = []
    for card in cards:
        if findCards(backend, "cid:{} is:new".format(card)):
            due.append(True)
            continue
        date, ivl = col.db.all("select id/1000.0, ivl from revlog where cid = ?", card)[-1]
        if ivl >= -1200:
            due.append(bool(findCards(backend, "cid:{} is:due".format(card))))
        else:
            due.append(date - ivl <= time.time())
    return due


@action
def getIntervals(backend, cards, complete=False):
    intervals = []
    for card in cards:
        if findCards(backend, "cid:{} is:new".format(card)):
            intervals.append(0)
            continue
        found = backend.col.db.list("select ivl from revlog where cid = ?", card)
        intervals.append(found if complete else found[-1])
    return intervals


@action
def getEaseFactors(backend, cards):
    factors = []
    for card in cards:
        try:
            factors.append(get_card(backend.col, card).factor)
        except NotFoundError:
            factors.append(None)
    return factors


@action
def setEaseFactors(backend, cards, easeFactors):
    col = backend.col
    done = []
    for i, card in enumerate(cards):
        try:
            anki_card = get_card(col, card)
        except NotFoundError:
            done.append(False)
            continue
        done.append(True)
        anki_card.factor = easeFactors[i]
        col.update_card(anki_card, skip_undo_entry=True)
    return done


@action
def setSpecificValueOfCard(backend, card, keys, newValues, warning_check=False):
    if isinstance(card, list):
        return False
    if not isinstance(keys, list) or not isinstance(newValues, list):
        return False
    if len(newValues) != len(keys):
        return False
    for key in keys:
        if key in RISKY_KEYS and warning_check is False:
            return False
    try:
        anki_card = get_card(backend.col, card)
        for key, value in zip(keys, newValues):
            setattr(anki_card, key, value)
        backend.col.update_card(anki_card, skip_undo_entry=True)
        return [True]
    except Exception as exc:
        return [[False, str(exc)]]


@action
def forgetCards(backend, cards):
    request = ScheduleCardsAsNew(card_ids=cards, log=True, restore_position=True, reset_counts=False, context=None)
    backend.col._backend.schedule_cards_as_new(request)


@action
def relearnCards(backend, cards):
    ids = ",".join(str(int(c)) for c in cards)
    backend.col.db.execute(f"update cards set type=3, queue=1 where id in ({ids})")


@action
def answerCards(backend, answers):
    col = backend.col
    success = []
    for answer in answers:
        try:
            card = get_card(col, answer["cardId"])
            card.start_timer()
            col.sched.answerCard(card, answer["ease"])
            success.append(True)
        except NotFoundError:
            success.append(False)
    return success


@action
def setDueDate(backend, cards, days):
    backend.col.sched.set_due_date(cards, days, config_key=None)
    return True
