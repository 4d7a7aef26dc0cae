#!/bin/sh
# Times `postcards import` of a synthetic 100k-note Anki text export (docs/performance.md).
#
#   swift build -c release
#   Benchmarks/anki-csv-import.sh [.build/release/postcards] [rows]
#
# The file looks like Anki's "Notes in Plain Text" export: header lines, GUID, note type,
# deck (two sub-decks) and tags columns, HTML fields with tags and entities, some quoted
# fields with tabs and line breaks. The collection is created first, so the timing covers
# the import alone: read, plan against the collection, write in one transaction.
set -eu
binary=${1:-.build/release/postcards}
rows=${2:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
csv="$work/notes.txt"

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
}' > "$csv"

export POSTCARDS_DB="$work/bench.sqlite3" POSTCARDS_NOW=2026-12-01T09:00:00Z
"$binary" export cards > /dev/null   # creates the collection (and its shipped deck) first

measure() {
    label=$1; shift
    start=$(date +%s%N)
    "$binary" "$@" > "$work/out.txt"
    end=$(date +%s%N)
    printf '%-28s %6d ms   %s\n' "$label" $(( (end - start) / 1000000 )) "$(tail -1 "$work/out.txt")"
}

echo "$(wc -l < "$csv") lines, $(du -h "$csv" | cut -f1) in $csv"
measure "import --dry-run (new)" import --dry-run "$csv"
measure "import (new)" import "$csv"
measure "import (unchanged)" import "$csv"
