#!/usr/bin/env bash
# Times `postcards stats` on the synthetic collection (100k cards, 1M answers over 3 years)
# against the sqlite3 shell running the same aggregate SQL (scripts/stats-equivalent.sql).
# Builds the release binary and the collection when missing. Prints the median and the
# fastest of RUNS runs for each, after one warm-up run (the file is then in the page cache).
#
#   scripts/bench-stats.sh                 # defaults below
#   DB=/tmp/c.sqlite3 RUNS=20 scripts/bench-stats.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${DB:-/tmp/postcards-synthetic.sqlite3}
RUNS=${RUNS:-10}
NOW=${NOW:-2026-11-27T15:00:00Z}
BIN=${BIN:-.build/release/postcards}
export TZ=UTC POSTCARDS_NOW=$NOW LANG=C.UTF-8

[ -x "$BIN" ] || swift build -c release --product postcards
if [ ! -f "$DB" ]; then
    start=$(date +%s)
    "$BIN" dev generate --cards 100000 --reviews 1000000 --years 3 --seed 1 --db "$DB"
    echo "generated in $(( $(date +%s) - start )) s"
fi
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
# The study day of NOW with the default 4 am rollover, in UTC.
TODAY=$(( ($(date -d "$NOW" +%s) - 4 * 3600) / 86400 ))

# "wall cpu" milliseconds of one run of the command (cpu = user + system time, which
# other processes on a busy machine disturb less than the wall clock).
run_once() {
    local out
    out=$(mktemp)
    /usr/bin/time -f "%e %U %S" -o "$out" "$@" > /dev/null
    awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' "$out"
    rm -f "$out"
}

# "median-wall fastest-wall median-cpu" over RUNS runs after a warm-up run.
measure() {
    "$@" > /dev/null
    local results
    results=$(for _ in $(seq "$RUNS"); do run_once "$@"; done)
    local wall cpu
    wall=$(echo "$results" | awk '{ print $1 }' | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)], a[1] }')
    cpu=$(echo "$results" | awk '{ print $2 }' | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
    echo "$wall $cpu"
}

read -r app_median app_min app_cpu < <(measure "$BIN" stats --db "$DB")
read -r json_median json_min json_cpu < <(measure "$BIN" stats --json --db "$DB")
read -r sql_median sql_min sql_cpu < <(measure sqlite3 "$DB" ".parameter set :today $TODAY" ".read scripts/stats-equivalent.sql")
echo "load average before: $LOAD"
echo "postcards stats:        wall median ${app_median} ms, fastest ${app_min} ms; cpu median ${app_cpu} ms"
echo "postcards stats --json: wall median ${json_median} ms, fastest ${json_min} ms; cpu median ${json_cpu} ms"
echo "sqlite3 equivalent SQL: wall median ${sql_median} ms, fastest ${sql_min} ms; cpu median ${sql_cpu} ms"
awk -v a="$app_median" -v s="$sql_median" -v c="$app_cpu" -v d="$sql_cpu" \
    'BEGIN { printf "postcards / sqlite3: %.2f x (wall median), %.2f x (cpu median)\n", a / s, c / d }'
