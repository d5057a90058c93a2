"""Statistics and review-log actions, with the add-on's semantics."""

import time

from .registry import action


@action
def getNumCardsReviewedToday(backend):
    col = backend.col
    return col.db.scalar("select count() from revlog where id > ?", (col.sched.day_cutoff - 86400) * 1000)


@action
def getNumCardsReviewedByDay(backend):
    col = backend.col
    offset = int(time.strftime("%H", time.localtime(col.sched.day_cutoff))) * 3600
    return col.db.all(
        'select date(id/1000 - ?, "unixepoch", "localtime") as day, count() from revlog group by day order by day desc',
        offset,
    )


@action
def getCollectionStatsHTML(backend, wholeCollection=True):
    stats = backend.col.stats()
    stats.wholeCollection = wholeCollection
    return stats.report()


@action
def cardReviews(backend, deck, startID):
    col = backend.col
    return col.db.all(
        "select id, cid, usn, ease, ivl, lastIvl, factor, time, type from revlog "
        "where id>? and cid in (select id from cards where did=?)",
        startID,
        col.decks.id(deck),
    )


@action
def getReviewsOfCards(backend, cards):
    columns = ["cid", "id", "usn", "ease", "ivl", "lastIvl", "factor", "time", "type"]
    by_card = {}
    for start in range(0, len(cards), 999):
        batch = cards[start:start + 999]
        placeholders = ",".join("?" * len(batch))
        for row in backend.col.db.all(f"select {', '.join(columns)} from revlog where cid in ({placeholders})", *batch):
            by_card.setdefault(row[0], []).append(row[1:])
    return {card: [dict(zip(columns[1:], review)) for review in by_card.get(card, [])] for card in cards}


@action
def getLatestReviewID(backend, deck):
    col = backend.col
    return col.db.scalar(
        "select max(id) from revlog where cid in (select id from cards where did=?)", col.decks.id(deck)
    ) or 0


@action
def insertReviews(backend, reviews):
    if len(reviews) > 0:
        values = ",".join("(%s)" % ",".join(map(str, row)) for row in reviews)
        backend.col.db.execute("insert into revlog(id,cid,usn,ease,ivl,lastIvl,factor,time,type) values " + values)
