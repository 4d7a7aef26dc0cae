#!/usr/bin/env python3
"""Writes the Anki cases of the bad-input corpus (text exports and packages) next to itself.

Packages are the real exports in Tests/PostcardsDeckTests/Fixtures/anki, unpacked, damaged
in one way each, and zipped again, so every case differs from a real export by exactly the
fault its name gives. Standard library only, plus the `zstd` command for modern packages.
Zip entries carry a fixed date, so running it again gives the same bytes.

    python3 Tests/Fixtures/bad/make-anki-cases.py
"""

import os
import shutil
import sqlite3
import subprocess
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = os.path.join(HERE, "..", "..", "PostcardsDeckTests", "Fixtures", "anki")
FIXED_DATE = (2024, 3, 25, 12, 0, 0)
# Larger than the importer's per-field limit (64 KiB, as for native decks).
HUGE_FIELD = 100 * 1024
# Far beyond the importer's inflation guard, small on disk once compressed.
BOMB_BYTES = 200 * 1024 * 1024


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as out:
        out.write(data)


def text(name, content):
    write(name, content.encode("utf-8") if isinstance(content, str) else content)


# --- text exports -------------------------------------------------------------------------

HEADER = "#separator:tab\n#html:false\n#guid column:1\n#deck column:2\n"


def text_cases():
    text("nul-byte.csv", b"front,back\nquestion\x00,answer\n")
    text("invalid-utf8.csv", "front,back\ncaf".encode() + b"\xe9,coffee\n")
    text("utf16-without-bom.txt", "front\tback\nquestion\tanswer\n".encode("utf-16-le"))
    text("utf16-with-bom.csv", "front,back\nquestion,answer\n".encode("utf-16"))
    text("ten-megabyte-single-line.csv", "front," + "x" * (10 * 1024 * 1024))
    text("huge-field.tsv", "front\tback\nbig\t" + "y" * HUGE_FIELD + "\n")
    text("unterminated-quote-at-end.csv", 'front,back\nquestion,"answer that never ends\n')
    text("text-after-closing-quote.csv", 'front,back\n"question"x,answer\n')
    text("misspelt-header-key.txt", "#seperator:comma\nfront,back\n")
    text("unknown-separator.txt", "#separator:Banana\nfront,back\n")
    text("html-not-boolean.txt", "#separator:comma\n#html:yes\nfront,back\n")
    text("column-number-zero.txt", "#separator:comma\n#tags column:0\nfront,back,tag\n")
    text("columns-fewer-than-fields.txt", "#separator:comma\n#columns:Front,Back\nq1,a1\nq2,a2,extra\n")
    text("row-with-too-many-fields.csv", "q1,a1\nq2,a2,tag,extra\n")
    text("one-column-only.csv", "just a front\nanother front\n")
    text("deck-column-past-row.txt", "#separator:tab\n#deck column:9\nfront\tback\n")
    text("blank-deck-column.txt", HEADER + "g1\tLanguages\tq1\ta1\ng2\t\tq2\ta2\n")
    text("deck-name-only-separators.txt", HEADER + "g1\t::\tq1\ta1\n")
    text("duplicate-guids.txt", HEADER + "g1\tLanguages\tq1\ta1\ng1\tLanguages\tq2\ta2\n")
    text("empty-guid.txt", HEADER + "\tLanguages\tq1\ta1\n")
    text("duplicate-fronts.csv", "same front,a1\nsame front,a2\n")
    text("cloze-without-deletions.txt", "#separator:tab\n#notetype:Cloze\nno deletion here\textra\n")
    text("empty-front.csv", "q1,a1\n,a2\n")
    text("header-only.txt", "#separator:tab\n#html:true\n#columns:Front\tBack\n")
    text("empty-file.csv", b"")
    # The first bytes of a PNG image, as a browser might save one under a wrong name.
    text("binary-png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00")


# --- packages -----------------------------------------------------------------------------

def zip_members(name, members, compress=zipfile.ZIP_DEFLATED):
    """members: (name, bytes) pairs, written with a fixed date."""
    with zipfile.ZipFile(os.path.join(HERE, name), "w") as archive:
        for member, data in members:
            info = zipfile.ZipInfo(member, FIXED_DATE)
            info.compress_type = compress
            archive.writestr(info, data, compresslevel=9)


def member(package, name):
    with zipfile.ZipFile(os.path.join(REAL, package)) as archive:
        return archive.read(name)


def legacy_collection(work):
    """The real schema-11 collection as a plain file, rollback journal, ready to edit."""
    path = os.path.join(work, "collection.anki21")
    with open(path, "wb") as out:
        out.write(member("anki-legacy.apkg", "collection.anki21"))
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA journal_mode = DELETE")
    return path


def edited_legacy(name, *statements, extension=None):
    """The legacy package with its collection edited by SQL statements (or a function)."""
    work = tempfile.mkdtemp()
    try:
        path = legacy_collection(work)
        db = sqlite3.connect(path)
        for statement in statements:
            if callable(statement):
                statement(db)
            else:
                db.execute(statement)
        db.commit()
        db.execute("VACUUM")
        db.close()
        with open(path, "rb") as source:
            data = source.read()
        zip_members(name, [("collection.anki21", data), ("media", b"{}")])
    finally:
        shutil.rmtree(work)


def set_deck_name(new_name):
    def edit(db):
        import json
        decks = json.loads(db.execute("SELECT decks FROM col").fetchone()[0])
        decks["1707123600001"]["name"] = new_name
        db.execute("UPDATE col SET decks = ?", (json.dumps(decks),))
    return edit


def package_cases():
    legacy = os.path.join(REAL, "anki-legacy.apkg")
    with open(legacy, "rb") as source:
        whole = source.read()
    write("truncated-zip.apkg", whole[: len(whole) // 2])
    write("truncated-zip.colpkg", whole[: len(whole) // 3])
    write("not-a-zip.apkg", b"These are my notes, not an Anki package.\n" * 20)
    zip_members("zip-without-collection.apkg", [("media", b"{}"), ("0", b"\x89PNG\r\n")])
    zip_members("collection-not-sqlite.apkg", [("collection.anki21", b"A" * 4096), ("media", b"{}")])
    zip_members("collection-is-empty.colpkg", [("collection.anki21", b""), ("media", b"{}")])
    zip_bomb("zip-bomb.apkg")
    zstd_bomb("zstd-bomb.apkg")
    corrupt_zstd_frame("corrupt-zstd-frame.apkg")
    corrupt_page("corrupt-sqlite-page.apkg")

    edited_legacy("no-notes-table.apkg", "DROP TABLE notes")
    edited_legacy("no-cards-table.apkg", "DROP TABLE cards")
    edited_legacy(
        "notes-missing-columns.apkg",
        "ALTER TABLE notes RENAME TO old_notes",
        "CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL)",
        "INSERT INTO notes SELECT id, guid, mid FROM old_notes",
        "DROP TABLE old_notes")
    edited_legacy("no-col-row.apkg", "DELETE FROM col")
    edited_legacy("models-json-malformed.apkg", "UPDATE col SET models = substr(models, 1, 200)")
    edited_legacy("note-with-unknown-model.apkg", "UPDATE notes SET mid = 4242 WHERE id = 1707123602000")
    edited_legacy("deck-name-empty.apkg", set_deck_name(""))
    edited_legacy("deck-name-only-separators.apkg", set_deck_name(" :: :: "))
    edited_legacy("nul-byte-in-field.apkg",
                  "UPDATE notes SET flds = CAST(X'7175657374696F6E001F616E73776572' AS TEXT) WHERE id = 1707123601000")
    edited_legacy("invalid-utf8-in-field.apkg",
                  "UPDATE notes SET flds = CAST(X'636166E91F636F66666565' AS TEXT) WHERE id = 1707123601000")
    edited_legacy("huge-field.apkg",
                  f"UPDATE notes SET flds = 'big' || char(31) || printf('%.*c', {HUGE_FIELD}, 'y') WHERE id = 1707123601000")
    edited_legacy("duplicate-guids.apkg",
                  "UPDATE notes SET guid = (SELECT guid FROM notes WHERE id = 1707123600000) WHERE id = 1707123601000")
    edited_legacy("no-notes.colpkg", "DELETE FROM cards", "DELETE FROM notes")


def zip_bomb(name):
    """A collection member of zeros: about 200 KB deflated, 200 MB inflated."""
    info = zipfile.ZipInfo("collection.anki21", FIXED_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    chunk = bytes(1024 * 1024)
    with zipfile.ZipFile(os.path.join(HERE, name), "w", compresslevel=9) as archive:
        with archive.open(info, "w") as out:
            for _ in range(BOMB_BYTES // len(chunk)):
                out.write(chunk)


def zstd(data, *flags):
    return subprocess.run(["zstd", "-q", "-c", *flags], input=data, stdout=subprocess.PIPE, check=True).stdout


def zstd_bomb(name):
    """collection.anki21b of zeros: a few KB of zstd (stored in the zip), 200 MB decompressed."""
    zip_members(name, [("collection.anki21b", zstd(bytes(BOMB_BYTES), "-19")), ("media", b"")], zipfile.ZIP_STORED)


def corrupt_zstd_frame(name):
    """The real modern package with bytes in the middle of its zstd frame overwritten."""
    frame = bytearray(member("anki-modern.apkg", "collection.anki21b"))
    blocks = zstd_blocks(frame)
    # A reserved block type: zstd must stop there (damaged content alone may still decode).
    header = blocks[len(blocks) // 2]
    frame[header] = (frame[header] & 0b1) | 0b110
    check = subprocess.run(["zstd", "-q", "-t"], input=bytes(frame), stderr=subprocess.DEVNULL)
    assert check.returncode != 0, "the damaged frame still decodes; damage it differently"
    zip_members(name, [("collection.anki21b", bytes(frame)), ("media", b""),
                       ("collection.anki2", member("anki-modern.apkg", "collection.anki2"))])


def zstd_blocks(frame):
    """Offsets of the block headers of a single zstd frame (RFC 8878, section 3.1.1)."""
    descriptor = frame[4]
    single_segment = descriptor >> 5 & 1
    content_size_bytes = [single_segment, 2, 4, 8][descriptor >> 6]
    dictionary_bytes = [0, 1, 2, 4][descriptor & 0b11]
    offset = 5 + (0 if single_segment else 1) + dictionary_bytes + content_size_bytes
    blocks = []
    while True:
        blocks.append(offset)
        header = int.from_bytes(frame[offset : offset + 3], "little")
        kind, size = header >> 1 & 0b11, header >> 3
        offset += 3 + (1 if kind == 1 else size)
        if header & 1:
            return blocks


def corrupt_page(name):
    """The real legacy collection with the notes table's root page overwritten: the header
    and the other tables are intact, so it opens, and fails only when the notes are read."""
    work = tempfile.mkdtemp()
    try:
        path = legacy_collection(work)
        with sqlite3.connect(path) as db:
            page_size = db.execute("PRAGMA page_size").fetchone()[0]
            root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'notes'").fetchone()[0]
        with open(path, "r+b") as database:
            database.seek((root - 1) * page_size)
            database.write(b"\x0d\xff\xff\xff\xff" + b"\xa5" * 64)
        with open(path, "rb") as source:
            data = source.read()
        zip_members(name, [("collection.anki21", data), ("media", b"{}")])
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    text_cases()
    package_cases()
