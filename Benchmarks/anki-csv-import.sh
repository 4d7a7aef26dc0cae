#!/usr/bin/env bash
# Times `postcards import` of a synthetic 100k-note Anki text export and of a plain
# 100k-row CSV (docs/performance.md).
#
#   swift build -c release
#   Benchmarks/anki-csv-import.sh [.build/release/postcards] [rows]
#
# The file looks like Anki's "Notes in Plain Text" export: header lines, GUID, note type,
# deck (two sub-decks) and tags columns, HTML fields with tags and entities, some quoted
# fields with tabs and line breaks. The CSV is what people write by hand: front, back,
# tags, no header, keys derived from the front. The collection is created first, so the
# timing covers the import alone: read, plan against the collection, write in one
# transaction.
set -euo pipefail
binary=${1:-.build/release/postcards}
rows=${2:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
notes="$work/notes.txt"
csv="$work/words.csv"

awk -v rows="$rows" 'BEGIN {
    print "#separator:tab"; print "#html:true"; print "#guid column:1"
    print "#notetype column:2"; print "#deck column:3"; print "#tags column:6"
    for (i = 1; i <= rows; i++) {
        deck = (i % 2) ? "Bench::Part A" : "Bench::Part B::Week " (i % 7)
        if (i % 10 == 0) {
            front = "\"Question " i " with a\ttab and \"\"quotes\"\"\""
            back = "\"Answer " i "\nsecond line\""
        } else {
            front = "What is <b>term " i "</b>?"
            back = "Definition&nbsp;" i " &lt; " i + 1 "<br>see <i>notes</i>"
        }
        printf "g%08d\tBasic\t%s\t%s\t%s\ttag%d bench\n", i, deck, front, back, i % 50
    }
}' > "$notes"

awk -v rows="$rows" 'BEGIN {
    for (i = 1; i <= rows; i++) {
        if (i % 10 == 0) printf "\"Word %d, with a comma\",\"Meaning %d\",csv tag%d\n", i, i, i % 50
        else printf "Word %d,Meaning of word %d,csv\n", i, i
    }
}' > "$csv"

export POSTCARDS_DB="$work/bench.sqlite3" POSTCARDS_NOW=2026-12-01T09:00:00Z

# Wall-clock and CPU (user + system) seconds: on a shared machine the CPU figure is the
# stable one, the wall clock also counts waiting for a core.
measure() {
    local label=$1 real user sys
    shift
    TIMEFORMAT="%R %U %S"
    read -r real user sys < <( { time "$binary" "$@" > "$work/out.txt"; } 2>&1 )
    printf '%-26s wall %5.2f s   cpu %5.2f s   %s\n' "$label" "$real" \
        "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$(tail -1 "$work/out.txt")"
}

for file in "$notes" "$csv"; do
    rm -f "$POSTCARDS_DB" "$POSTCARDS_DB-wal" "$POSTCARDS_DB-shm"
    "$binary" export cards > /dev/null   # creates the collection (and its shipped deck) first
    echo "$(basename "$file"): $(wc -l < "$file") lines, $(du -h "$file" | cut -f1)"
    measure "import --dry-run (new)" import --dry-run "$file"
    measure "import (new)" import "$file"
    measure "import (unchanged)" import "$file"
done
