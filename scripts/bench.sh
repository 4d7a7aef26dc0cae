#!/usr/bin/env bash
# Whole-command benchmarks of postcards against the sqlite3 shell doing the equivalent SQL
# (the floor), and against the real Anki engine, on the synthetic collection (100k cards,
# 1M answers over 3 years) and a 100k-card deck. Prints a markdown table; docs/performance.md
# holds the figures and what they mean.
#
#   scripts/bench.sh                    # everything, RUNS runs of each command
#   RUNS=5 ANKI=0 scripts/bench.sh      # fewer runs, without Anki
#
# Environment: OUT (work directory, default /tmp/postcards-bench; generated files are kept
# there and reused), RUNS (default 10), ANKI (0 skips Anki), ANSWERS (answers timed for
# answer → next card, default 300), HYPERFINE (0 times with a shell loop instead), SCRATCH (SwiftPM scratch path, default .build),
# STATIC (1, the default: build as the README says, with --static-swift-stdlib, which skips
# resolving the Swift runtime's symbols at every start; 0 builds with the shared Swift
# runtime, and also times the first card with a static build for comparison).
# Needs python3 and sqlite3; installs hyperfine with apt-get when it can, and otherwise
# times with a loop of `date` calls. Peak RSS comes from /usr/bin/time -v.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=${OUT:-/tmp/postcards-bench}
RUNS=${RUNS:-10}
ANKI=${ANKI:-1}
ANSWERS=${ANSWERS:-300}
SCRATCH=${SCRATCH:-.build}
STATIC=${STATIC:-1}
BUILD_FLAGS=(-c release)
[ "$STATIC" = 1 ] && BUILD_FLAGS+=(--static-swift-stdlib)
CARDS=100000
REVIEWS=1000000
YEARS=3
# A fixed instant in UTC keeps "today", and so the due queue, the same on every run.
export TZ=UTC LANG=C.UTF-8 POSTCARDS_NOW=${NOW:-2026-11-27T15:00:00Z}
ROLLOVER_HOUR=4
TODAY=$(( ($(date -d "$POSTCARDS_NOW" +%s) - ROLLOVER_HOUR * 3600) / 86400 ))
mkdir -p "$OUT"

log() { printf '%s\n' "$*" >&2; }

# --- tools ---------------------------------------------------------------------------
for tool in python3 sqlite3; do
    command -v "$tool" >/dev/null || { log "bench.sh: $tool is needed (apt-get install $tool)"; exit 69; }
done
USE_HYPERFINE=${HYPERFINE:-1}
if [ "$USE_HYPERFINE" = 1 ] && ! command -v hyperfine >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        # A new machine's package lists may be empty: update them once if the install fails.
        apt-get install -y -qq hyperfine >/dev/null 2>&1 \
            || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq hyperfine >/dev/null 2>&1; } || true
    fi
    command -v hyperfine >/dev/null || { log "no hyperfine; timing with a shell loop"; USE_HYPERFINE=0; }
fi
HAVE_TIME_V=0
/usr/bin/time -v true >/dev/null 2>&1 && HAVE_TIME_V=1

# --- build and inputs ----------------------------------------------------------------
log "building release…"
swift build "${BUILD_FLAGS[@]}" --scratch-path "$SCRATCH" --product postcards >&2
BIN=$(swift build "${BUILD_FLAGS[@]}" --scratch-path "$SCRATCH" --show-bin-path)/postcards
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)

DECK=$OUT/deck-$CARDS
if [ ! -f "$DECK/cards.csv" ]; then
    log "writing the $CARDS-card deck (TOML, Anki CSV, card rows)…"
    python3 scripts/bench_deck.py "$DECK" --cards "$CARDS"
fi
SYNTH=$OUT/synthetic.sqlite3
if [ ! -f "$SYNTH" ]; then
    log "generating the synthetic collection ($CARDS cards, $REVIEWS answers over $YEARS years)…"
    "$BIN" dev generate --cards "$CARDS" --reviews "$REVIEWS" --years "$YEARS" --seed 1 --db "$SYNTH" >&2 \
        || { log "bench.sh: \`postcards dev generate\` failed"; rm -f "$SYNTH"; exit 70; }
fi
# A new collection holding only the shipped deck: every import run starts from a copy.
EMPTY=$OUT/empty.sqlite3
[ -f "$EMPTY" ] || "$BIN" doctor --db "$EMPTY" >/dev/null
RUN_DB=$OUT/run.sqlite3
FLOOR_DB=$OUT/floor.sqlite3
# fresh DB: the shell command that replaces DB by a copy of the empty collection.
fresh() { echo "rm -f $1 $1-wal $1-shm && cp $EMPTY $1"; }

# --- measuring -----------------------------------------------------------------------
# time_cmd NAME PREPARE COMMAND: RUNS timings (ms) of COMMAND (a shell string) after PREPARE
# each time, one warm-up first; writes "median min max" to $OUT/NAME.ms.
time_cmd() {
    local name=$1 prepare=$2 command=$3
    log "timing $name…"
    if [ "$USE_HYPERFINE" = 1 ]; then
        hyperfine --style none --warmup 1 --runs "$RUNS" --prepare "$prepare" \
            --export-json "$OUT/$name.json" "$command" >/dev/null 2>&1 \
            || { log "  $name failed: $command"; echo "- - - -" > "$OUT/$name.ms"; return; }
        python3 - "$OUT/$name.json" > "$OUT/$name.ms" <<'PY'
import json, statistics, sys
result = json.load(open(sys.argv[1]))["results"][0]
times = result["times"]
cpu = (result["user"] + result["system"]) * 1000  # means: hyperfine keeps no per-run CPU
print(f"{statistics.median(times) * 1000:.0f} {min(times) * 1000:.0f} {max(times) * 1000:.0f} {cpu:.0f}")
PY
    else
        local times=() start end
        bash -c "$prepare; $command" >/dev/null 2>&1 || { echo "- - - -" > "$OUT/$name.ms"; return; }
        for _ in $(seq "$RUNS"); do
            bash -c "$prepare" >/dev/null 2>&1
            start=$(date +%s%N)
            bash -c "$command" >/dev/null 2>&1
            end=$(date +%s%N)
            times+=($(( (end - start) / 1000000 )))
        done
        printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)], a[1], a[NR], "-" }' > "$OUT/$name.ms"
    fi
}

# rss_cmd NAME PREPARE COMMAND: peak resident set size (MB) of one run into $OUT/NAME.rss.
rss_cmd() {
    local name=$1 prepare=$2 command=$3
    if [ "$HAVE_TIME_V" = 0 ]; then echo "-" > "$OUT/$name.rss"; return; fi
    bash -c "$prepare" >/dev/null 2>&1
    /usr/bin/time -v bash -c "exec $command" 2> "$OUT/$name.time" >/dev/null || true
    awk -F: '/Maximum resident set size/ { printf "%.0f\n", $2 / 1024 }' "$OUT/$name.time" > "$OUT/$name.rss"
}

measure() {
    time_cmd "$@"
    if [ "$(cut -d' ' -f1 "$OUT/$1.ms")" = "-" ]; then echo "-" > "$OUT/$1.rss"; else rss_cmd "$@"; fi
}

# measure_pair NAME PREPARE COMMAND FLOOR_NAME FLOOR_PREPARE FLOOR_COMMAND: the command and
# its floor run in alternation, RUNS times each (which goes first swaps every round), so a
# machine that slows down during the run slows both alike. Writes NAME.ms and
# FLOOR_NAME.ms as time_cmd does (CPU from /usr/bin/time), and NAME.pair, the median of the
# round-by-round ratios. Falls back to measure without /usr/bin/time.
measure_pair() {
    local name=$1 prepare=$2 command=$3 floor=$4 floor_prepare=$5 floor_command=$6
    if [ "$HAVE_TIME_V" = 0 ]; then
        measure "$name" "$prepare" "$command"; measure "$floor" "$floor_prepare" "$floor_command"
        echo "-" > "$OUT/$name.pair"; return
    fi
    log "timing $name beside $floor…"
    : > "$OUT/$name.runs"; : > "$OUT/$floor.runs"
    local round
    for round in $(seq 0 "$RUNS"); do  # round 0 warms the page cache and is not kept
        if (( round % 2 )); then
            run_once "$floor_prepare" "$floor_command" "$OUT/$floor.runs" $round || break
            run_once "$prepare" "$command" "$OUT/$name.runs" $round || break
        else
            run_once "$prepare" "$command" "$OUT/$name.runs" $round || break
            run_once "$floor_prepare" "$floor_command" "$OUT/$floor.runs" $round || break
        fi
    done
    python3 - "$OUT" "$name" "$floor" <<'PY'
import statistics, sys
out, name, floor = sys.argv[1:]
runs = {n: [tuple(map(float, line.split())) for line in open(f"{out}/{n}.runs")] for n in (name, floor)}
if len(runs[name]) != len(runs[floor]) or not runs[name]:
    for n in (name, floor): open(f"{out}/{n}.ms", "w").write("- - - -\n")
    open(f"{out}/{name}.pair", "w").write("-\n")
    sys.exit()
for n, rows in runs.items():
    walls = [wall for wall, _ in rows]
    cpu = statistics.mean(c for _, c in rows)
    open(f"{out}/{n}.ms", "w").write(f"{statistics.median(walls):.0f} {min(walls):.0f} {max(walls):.0f} {cpu:.0f}\n")
ratios = [a[0] / b[0] for a, b in zip(runs[name], runs[floor])]
open(f"{out}/{name}.pair", "w").write(f"{statistics.median(ratios):.2f}\n")
PY
    rss_cmd "$name" "$prepare" "$command"; rss_cmd "$floor" "$floor_prepare" "$floor_command"
}

# run_once PREPARE COMMAND RUNS_FILE ROUND: one timed run; appends "wall_ms cpu_ms" to
# RUNS_FILE unless ROUND is 0 (the warm-up). Fails if the command fails.
run_once() {
    bash -c "$1" >/dev/null 2>&1
    local start end
    start=$(date +%s%N)
    /usr/bin/time -f "%U %S" -o "$OUT/cpu.time" bash -c "exec $2" >/dev/null 2>&1 || { log "  failed: $2"; return 1; }
    end=$(date +%s%N)
    [ "$4" = 0 ] && return 0
    awk -v wall=$(( (end - start) / 1000 )) '{ printf "%.1f %.1f\n", wall / 1000, ($1 + $2) * 1000 }' "$OUT/cpu.time" >> "$3"
}

# --- the workloads -------------------------------------------------------------------
# Each import's floor inserts exactly the rows that import writes (row ids, file:line:col
# sources, timestamps), dumped from one run of it: the same bytes, so the same SQLite work.
SHIPPED_MAX_ID=$(sqlite3 "$EMPTY" "SELECT coalesce(max(id), 0) FROM card")
card_rows() {  # SOURCE ROWS_CSV
    local db=$OUT/rows.sqlite3
    rm -f "$db" "$db-wal" "$db-shm" && cp "$EMPTY" "$db"
    "$BIN" import --db "$db" "$1" >/dev/null
    sqlite3 -csv "$db" "SELECT id, deck, key, chapter, kind, front, back, cloze_ordinal, tags, position,
        source, added_at, pruned FROM card WHERE id > $SHIPPED_MAX_ID ORDER BY id" > "$2"
    rm -f "$db" "$db-wal" "$db-shm"
}
card_rows "$DECK/deck" "$OUT/rows-toml.csv"
card_rows "$DECK/cards.csv" "$OUT/rows-csv.csv"
measure_pair import-toml "$(fresh "$RUN_DB")" "$BIN import --db $RUN_DB $DECK/deck" \
    import-floor "$(fresh "$FLOOR_DB")" "sqlite3 $FLOOR_DB '.import --csv $OUT/rows-toml.csv card'"
measure_pair import-csv "$(fresh "$RUN_DB")" "$BIN import --db $RUN_DB $DECK/cards.csv" \
    import-csv-floor "$(fresh "$FLOOR_DB")" "sqlite3 $FLOOR_DB '.import --csv $OUT/rows-csv.csv card'"

# The plain reviewer prints the first card's header, then reads `q` and quits.
measure first-card ":" "printf 'q\\n' | $BIN review --plain --db $SYNTH"
measure first-card-floor ":" "sqlite3 $SYNTH '.parameter set :today $TODAY' '.read $ROOT/scripts/queue-equivalent.sql'"

if [ "$STATIC" = 0 ]; then
    log "building release with --static-swift-stdlib…"
    swift build -c release --static-swift-stdlib --scratch-path "$SCRATCH-static" --product postcards >&2
    STATIC_BIN=$(swift build -c release --static-swift-stdlib --scratch-path "$SCRATCH-static" --show-bin-path)/postcards
    measure first-card-static ":" "printf 'q\\n' | $STATIC_BIN review --plain --db $SYNTH"
fi

measure stats ":" "$BIN stats --db $SYNTH"
if [ -f scripts/stats-equivalent.sql ]; then
    measure stats-floor ":" "sqlite3 $SYNTH '.parameter set :today $TODAY' '.read $ROOT/scripts/stats-equivalent.sql'"
fi

measure doctor ":" "$BIN doctor --db $SYNTH"
measure doctor-floor ":" "sqlite3 $SYNTH '.read $ROOT/scripts/doctor-equivalent.sql'"
# Most of doctor is SQLite's own file check; this isolates it, so the replay can be told apart.
measure integrity ":" "sqlite3 $SYNTH 'PRAGMA integrity_check'"

# Answer → next card writes answers, so it runs on a copy of the collection.
# (`postcards dev bench-answer`, the full-screen reviewer's own code path; "-" without it.)
log "timing answer → next card ($ANSWERS answers)…"
cp "$SYNTH" "$OUT/answer.sqlite3"
rm -f "$OUT/answer.sqlite3-wal" "$OUT/answer.sqlite3-shm"
ANSWER_LINE=$("$BIN" dev bench-answer --answers "$ANSWERS" --db "$OUT/answer.sqlite3" 2>/dev/null | grep '^answer' || echo "-")

if [ "$ANKI" != 0 ]; then
    if python3 -c 'import anki' 2>/dev/null || pip install -q anki >&2; then
        ANKI_COL=$OUT/anki-history.anki2
        if [ ! -f "$ANKI_COL" ]; then
            log "building the Anki collection (import, then the synthetic history)…"
            rm -f "$OUT/anki-setup.anki2"
            python3 scripts/bench_anki.py import "$DECK/cards.csv" "$OUT/anki-setup.anki2" >&2
            python3 scripts/bench_anki.py load-history "$OUT/anki-setup.anki2" "$SYNTH" >&2
            mv "$OUT/anki-setup.anki2" "$ANKI_COL"
        fi
        rm_col() { echo "rm -f $1 $1-wal $1-shm"; }
        for phase in import queue graphs; do rm -f "$OUT/anki-$phase.engine"; done
        BENCH_ANKI_LOG=$OUT/anki-import.engine measure anki-import "$(rm_col "$OUT/anki-run.anki2")" \
            "python3 $ROOT/scripts/bench_anki.py import $DECK/cards.csv $OUT/anki-run.anki2"
        BENCH_ANKI_LOG=$OUT/anki-queue.engine measure anki-queue ":" "python3 $ROOT/scripts/bench_anki.py queue $ANKI_COL"
        BENCH_ANKI_LOG=$OUT/anki-graphs.engine measure anki-graphs ":" "python3 $ROOT/scripts/bench_anki.py graphs $ANKI_COL"
    else
        log "pip install anki failed; no Anki figures"
        ANKI=0
    fi
fi

# --- the table -----------------------------------------------------------------------
ms() { [ -f "$OUT/$1.ms" ] && cut -d' ' -f1 "$OUT/$1.ms" || echo "-"; }
range() { [ -f "$OUT/$1.ms" ] && awk '{ print $2 "–" $3 }' "$OUT/$1.ms" || echo "-"; }
cpu() { [ -f "$OUT/$1.ms" ] && cut -d' ' -f4 "$OUT/$1.ms" || echo "-"; }
rss() { [ -f "$OUT/$1.rss" ] && cat "$OUT/$1.rss" || echo "-"; }
engine() { [ -f "$OUT/$1.engine" ] && sort -n "$OUT/$1.engine" | awk '{ a[NR] = $1 } END { if (NR) printf "%.0f", a[int((NR + 1) / 2)]; else print "-" }' || echo "-"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a + 0 > 0 && b + 0 > 0) printf "%.2f×", a / b; else print "-" }'; }
# verdict VALUE LIMIT: "met" when VALUE ≤ LIMIT.
verdict() { awk -v v="$1" -v l="$2" 'BEGIN { if (v == "-" || v == "") print "?"; else if (v + 0 <= l + 0) print "met"; else print "missed" }'; }
RSS_LIMIT_MB=64

row() {  # name label floor-name target-text target-check
    local name=$1 label=$2 floor=$3 target=$4 check=$5
    local value floor_value
    value=$(ms "$name"); floor_value=$(ms "$floor")
    if [ "$value" = "-" ]; then
        printf '| %s | failed or not available | - | %s | - | %s | ? | - | %s MB |\n' "$label" "$floor_value" "$target" "$(rss "$floor")"
        return
    fi
    printf '| %s | %s (%s) | %s | %s | %s | %s | %s | %s MB (%s) | %s MB |\n' \
        "$label" "$value" "$(range "$name")" "$(cpu "$name")" "$floor_value" "$(ratio "$value" "$floor_value")" \
        "$target" "$check" "$(rss "$name")" "$(verdict "$(rss "$name")" "$RSS_LIMIT_MB")" "$(rss "$floor")"
}

cat <<EOF
## Whole commands, $(date -u +%Y-%m-%d), commit $COMMIT

Wall time: median of $RUNS runs (fastest–slowest) after one warm-up; CPU: mean user + system.
Each import runs in alternation with its floor; "paired" is the median of the $RUNS
round-by-round ratios, which a machine slowing down mid-run does not skew.
Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), \
$(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM; load average before: \
$(cut -d' ' -f1-3 /proc/loadavg).

| workload | postcards ms | postcards CPU ms | sqlite3 floor ms | ratio | target | met | postcards peak RSS | floor RSS |
|---|---|---|---|---|---|---|---|---|
EOF
pair() { [ -f "$OUT/$1.pair" ] && cat "$OUT/$1.pair" || echo "-"; }
row import-toml "import 100k cards (TOML deck)" import-floor "≤ 1.0× floor" \
    "$(verdict "$(pair import-toml)" 1.0) (paired $(pair import-toml)×)"
row import-csv "import 100k rows (Anki CSV)" import-csv-floor "≤ 1.0× floor" \
    "$(verdict "$(pair import-csv)" 1.0) (paired $(pair import-csv)×)"
row first-card "first due card on screen (plain$([ "$STATIC" = 1 ] && echo ", static Swift runtime"))" first-card-floor "≤ 20 ms" "$(verdict "$(ms first-card)" 20)"
[ "$STATIC" = 0 ] && row first-card-static "first due card, static Swift runtime" first-card-floor "≤ 20 ms" \
    "$(verdict "$(ms first-card-static)" 20)"
row stats "stats on 1M answers" stats-floor "≤ 300 ms" "$(verdict "$(ms stats)" 300)"
row doctor "doctor: integrity check + replay of 1M answers" doctor-floor "replay ≤ 1000 ms" "see below"
echo
echo "Most of doctor is SQLite's \`PRAGMA integrity_check\` ($(ms integrity) ms in the sqlite3 shell alone); the"
echo "replay on its own is timed in process by the Benchmarks package (\`Doctor:\` benchmarks)."
echo "Answer → next card (${ANSWERS} answers, in process, fsync included; target ≤ 5 ms): ${ANSWER_LINE}"
if [ "$ANKI" != 0 ]; then
    cat <<EOF

### The same workloads in Anki $(python3 -c 'import anki.buildinfo as b; print(b.version)' 2>/dev/null)

| workload | Anki whole command ms | Anki engine call ms | postcards ms | Anki ÷ postcards | Anki peak RSS |
|---|---|---|---|---|---|
| import the 100k-row CSV | $(ms anki-import) | $(engine anki-import) | $(ms import-csv) | $(ratio "$(ms anki-import)" "$(ms import-csv)") | $(rss anki-import) MB |
| first card: build today's queue | $(ms anki-queue) | $(engine anki-queue) | $(ms first-card) | $(ratio "$(ms anki-queue)" "$(ms first-card)") | $(rss anki-queue) MB |
| statistics data (all history) | $(ms anki-graphs) | $(engine anki-graphs) | $(ms stats) | $(ratio "$(ms anki-graphs)" "$(ms stats)") | $(rss anki-graphs) MB |
EOF
fi
log "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
