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
# The study day of NOW with the default 4 am rollover, in UTC.
TODAY=$(( ($(date -d "$NOW" +%s) - 4 * 3600) / 86400 ))

# Milliseconds taken by the command given as arguments.
millis() {
    local start end
    start=$(date +%s%N)
    "$@" > /dev/null
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
}

# "median min" of RUNS timings of the command.
measure() {
    "$@" > /dev/null
    local times=()
    for _ in $(seq "$RUNS"); do times+=("$(millis "$@")"); done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)], a[1] }'
}

read -r app_median app_min < <(measure "$BIN" stats --db "$DB")
read -r json_median json_min < <(measure "$BIN" stats --json --db "$DB")
read -r sql_median sql_min < <(measure sqlite3 "$DB" ".parameter set :today $TODAY" ".read scripts/stats-equivalent.sql")
echo "postcards stats:        median ${app_median} ms, fastest ${app_min} ms"
echo "postcards stats --json: median ${json_median} ms, fastest ${json_min} ms"
echo "sqlite3 equivalent SQL: median ${sql_median} ms, fastest ${sql_min} ms"
awk -v a="$app_median" -v s="$sql_median" 'BEGIN { printf "ratio (median): %.2f x\n", a / s }'
