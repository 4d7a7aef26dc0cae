#!/usr/bin/env python3
"""The real Anki engine (PyPI `anki`, its Rust backend) on the workload scripts/bench.sh
gives postcards, so the two can be compared side by side:

  bench_anki.py import CSV COLLECTION        new collection, import the 100k-note CSV
  bench_anki.py load-history COLLECTION DB   copy the synthetic review log and card states
                                             of a postcards database (DB) into COLLECTION,
                                             matching cards by the CSV's GUID column
  bench_anki.py queue COLLECTION             open, build today's queue, fetch the first card
  bench_anki.py graphs COLLECTION            open, compute the Statistics screen's data
  bench_anki.py check COLLECTION             open, Check Database (integrity + fixes)

Each command prints how long the engine call itself took ("engine N ms") and appends that
figure to $BENCH_ANKI_LOG when set; scripts/bench.sh times the whole command with hyperfine.
The history is set up with Python's sqlite3 on the closed collection file: it is the
benchmark's fixture, not something measured.
"""
import os
import sqlite3
import sys
import time

MILLIS_PER_DAY = 86_400_000
# postcards grades 0-5 -> Anki's buttons 1-4 (the inverse of postcards' Anki history import).
EASE_OF_GRADE = {0: 1, 1: 1, 2: 1, 3: 2, 4: 3, 5: 4}
# Anki revlog types and card states.
REVLOG_LEARN, REVLOG_REVIEW, REVLOG_RELEARN = 0, 1, 2
CARD_TYPE_REVIEW = QUEUE_REVIEW = 2
# Reviews per day high enough that Anki, like postcards, queues every due card (the
# synthetic collection has about 1 000). Anki's options accept at most 9999; a larger value
# is silently not saved.
REVIEW_LIMIT = 9999
TOP_DECK = "synthetic"


def collection(path):
    from anki.collection import Collection
    return Collection(path)


def report(started):
    millis = (time.perf_counter() - started) * 1000
    print(f"engine {millis:.1f} ms")
    log = os.environ.get("BENCH_ANKI_LOG")
    if log:
        with open(log, "a") as handle:
            handle.write(f"{millis:.3f}\n")


def import_csv(csv_path, path):
    from anki.import_export_pb2 import ImportCsvRequest
    col = collection(path)
    started = time.perf_counter()
    metadata = col.get_csv_metadata(csv_path, None)
    response = col.import_csv(ImportCsvRequest(path=csv_path, metadata=metadata))
    report(started)
    print(f"imported {len(response.log.new)} notes")
    col.close()


def load_history(path, postcards_db):
    """Gives the Anki cards the postcards cards' log and state, shifted so that postcards'
    study day `today` (from POSTCARDS_NOW) is Anki's today."""
    col = collection(path)
    deck_id = col.decks.id_for_name(TOP_DECK)
    col.decks.select(deck_id)
    config = col.decks.config_dict_for_deck_id(deck_id)
    config["rev"]["perDay"] = REVIEW_LIMIT
    col.decks.save(config)
    anki_today = col.sched.today
    col.close()

    source = sqlite3.connect(postcards_db)
    now_ms = int(time.time() * 1000)
    postcards_now = os.environ.get("POSTCARDS_NOW")
    from datetime import datetime
    postcards_now_ms = int(datetime.fromisoformat(postcards_now.replace("Z", "+00:00")).timestamp() * 1000)
    rollover_hours = 4
    postcards_today = (postcards_now_ms // 1000 - rollover_hours * 3600) // 86400
    shift = now_ms - postcards_now_ms

    target = sqlite3.connect(path)
    card_of_guid = dict(target.execute("SELECT n.guid, c.id FROM notes n JOIN cards c ON c.nid = n.id"))
    card_of_row = {}
    for row_id, key in source.execute("SELECT id, key FROM card WHERE deck = 'synthetic'"):
        if key in card_of_guid:
            card_of_row[row_id] = card_of_guid[key]
    rows = []
    last_id = 0
    previous_interval = {}
    for card_id, at, grade, kind, answer_ms, repetitions, interval, ef in source.execute(
            "SELECT card_id, at, grade, kind, answer_ms, repetitions, interval, ef FROM review_log ORDER BY id"):
        cid = card_of_row.get(card_id)
        if cid is None:
            continue
        last_id = max(at + shift, last_id + 1)  # revlog ids are unique millisecond instants
        before = previous_interval.get(cid, 0)
        kind_code = REVLOG_RELEARN if kind == "drill" else (REVLOG_LEARN if before == 0 else REVLOG_REVIEW)
        rows.append((last_id, cid, -1, EASE_OF_GRADE[grade], interval, before, ef * 10, answer_ms, kind_code))
        previous_interval[cid] = interval
    target.executemany("INSERT INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    states = []
    for card_id, interval, ef, due, lapses, reviews in source.execute(
            "SELECT card_id, interval, ef, due, lapses, reviews FROM card_state"):
        cid = card_of_row.get(card_id)
        if cid is not None:
            states.append((CARD_TYPE_REVIEW, QUEUE_REVIEW, anki_today + due - postcards_today, interval, ef * 10,
                           reviews, lapses, cid))
    target.executemany("UPDATE cards SET type = ?, queue = ?, due = ?, ivl = ?, factor = ?, reps = ?, lapses = ? "
                       "WHERE id = ?", states)
    target.commit()
    target.close()
    print(f"copied {len(rows)} answers and {len(states)} card states")


def queue(path):
    col = collection(path)
    started = time.perf_counter()
    queued = col.sched.get_queued_cards(fetch_limit=1)
    report(started)
    print(f"first card {queued.cards[0].card.id if queued.cards else None}; "
          f"{queued.review_count} due, {queued.new_count} new")
    col.close()


def graphs(path):
    col = collection(path)
    started = time.perf_counter()
    # All history, like postcards stats' all-time figures (days=0 means no cut-off).
    col._backend.graphs(search="", days=0)
    report(started)
    col.close()


def check(path):
    col = collection(path)
    started = time.perf_counter()
    problems, _ = col.fix_integrity()
    report(started)
    print(problems or "no problems")
    col.close()


def main():
    commands = {"import": import_csv, "load-history": load_history, "queue": queue, "graphs": graphs,
                "check": check}
    if len(sys.argv) < 3 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]](*sys.argv[2:])


if __name__ == "__main__":
    main()
