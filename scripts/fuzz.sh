#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ and runs each one for a while, one after another.
#
#   scripts/fuzz.sh [seconds-per-target]        # default 600 (10 minutes) per target
#
# Targets (Fuzz/Sources/<name>): FuzzDeckTOML (TOML deck reader + lint), FuzzAnkiText
# (Anki text/CSV import), FuzzHTMLText (Anki field HTML to text), FuzzCloze (cloze parser).
# Each starts from a seed corpus made from the shipped decks, the Anki fixtures, the
# bad-input corpus and Fuzz/Seeds/, and keeps what it learns in $FUZZ_WORK/corpus/<name>,
# so later runs continue where earlier ones stopped.
#
# Environment:
#   FUZZ_TARGETS      space-separated subset of the targets to run (default: all four)
#   FUZZ_WORK         work directory (default: .fuzz); crashes go to $FUZZ_WORK/crashes
#   FUZZ_SCRATCH      SwiftPM scratch path for the instrumented build (default: .build-fuzz-release)
#   FUZZ_BUILD_JOBS   build parallelism (default: SwiftPM's; use 1 on a shared machine)
#   FUZZ_TIMEOUT      seconds one input may take before it counts as a hang (default: 10)
#   FUZZ_RSS_MB       memory limit in MB before an input counts as an out-of-memory (default: 2048)
#   FUZZ_MAX_LEN      longest input in bytes (default: 32768, above the largest shipped deck
#                     file); larger seeds, such as the bad corpus's 10 MB line, are left
#                     out, since a few of them would slow every execution a hundredfold
#   FUZZ_SLICE        restart each target after this many seconds (default: 300), so memory
#                     a target keeps between inputs cannot build up to FUZZ_RSS_MB. The
#                     corpus carries over, so nothing learnt is lost.
#
# A crash, hang or out-of-memory stops that target (libFuzzer's default) and is written to
# $FUZZ_WORK/crashes/<target>-crash-<sha1> (or -timeout-/-oom-). Reproduce it with
#   SWIFT_BACKTRACE=enable=no .build-fuzz-release/release/<target> <file>
# The script prints a table of runs (also appended to $FUZZ_WORK/runs.tsv) and exits 1 if
# anything was found, else 0.
set -euo pipefail

seconds=${1:-600}
if ! [[ $seconds =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
    echo "usage: scripts/fuzz.sh [seconds-per-target]" >&2
    exit 64
fi

root=$(cd "$(dirname "$0")/.." && pwd)
work=${FUZZ_WORK:-$root/.fuzz}
scratch=${FUZZ_SCRATCH:-$root/.build-fuzz-release}
targets=${FUZZ_TARGETS:-FuzzDeckTOML FuzzAnkiText FuzzHTMLText FuzzCloze}
hang_seconds=${FUZZ_TIMEOUT:-10}
rss_mb=${FUZZ_RSS_MB:-2048}
slice_seconds=${FUZZ_SLICE:-300}
max_len=${FUZZ_MAX_LEN:-32768}
bad_corpus=$root/Tests/Fixtures/bad
anki_fixtures=$root/Tests/PostcardsDeckTests/Fixtures/anki

# Without this the Swift runtime's backtracer handles the crash signal first and libFuzzer
# never writes the crashing input (DESIGN.md §6).
export SWIFT_BACKTRACE=enable=no

build_args=(-c release --sanitize=fuzzer --package-path "$root/Fuzz" --scratch-path "$scratch")
[ -n "${FUZZ_BUILD_JOBS:-}" ] && build_args+=(-j "$FUZZ_BUILD_JOBS")
echo "== building fuzz targets (release, --sanitize=fuzzer)"
swift build "${build_args[@]}"
bin=$(swift build "${build_args[@]}" --show-bin-path)

mkdir -p "$work/crashes"

# Copies files matching the given globs into a seed directory (missing globs and files
# longer than the input limit are skipped).
copy_seeds() {
    local into=$1
    shift
    local file
    for file in "$@"; do
        [ -f "$file" ] && [ "$(wc -c < "$file")" -le "$max_len" ] && cp "$file" "$into/"
    done
    return 0
}

# Writes each line read from stdin as its own seed file.
lines_as_seeds() {
    local into=$1 prefix=$2 count=0 line
    while IFS= read -r line; do
        [ -n "$line" ] || continue
        count=$((count + 1))
        printf '%s' "$line" > "$into/$prefix-$count"
    done
}

# Regenerated on every run so they follow the decks and fixtures as those change.
make_seeds() {
    local target=$1 into=$work/seeds/$1
    rm -rf "$into"
    mkdir -p "$into"
    copy_seeds "$into" "$root/Fuzz/Seeds/$target"/*
    shopt -s nullglob
    case $target in
    FuzzDeckTOML)
        copy_seeds "$into" "$root"/decks/*/*.toml "$bad_corpus"/*.toml
        ;;
    FuzzAnkiText)
        copy_seeds "$into" "$anki_fixtures"/*.txt "$bad_corpus"/*.csv "$bad_corpus"/*.tsv "$bad_corpus"/*.txt
        ;;
    FuzzHTMLText)
        # Every field of the Anki fixture: real editor HTML.
        tr '\t' '\n' < "$anki_fixtures/anki-notes.txt" | { grep -v '^#' || true; } | sort -u | lines_as_seeds "$into" field
        ;;
    FuzzCloze)
        # The cloze texts of the shipped deck (single-line TOML basic strings).
        sed -n 's/^cloze = "\(.*\)"$/\1/p' "$root"/decks/*/*.toml | lines_as_seeds "$into" deck
        ;;
    esac
    shopt -u nullglob
}

# Reads one figure from libFuzzer's -print_final_stats output.
# A run stopped by a crash may print none: count it as 0.
stat() {
    local value
    value=$(sed -n "s/^stat::$1: *//p" "$2" | tail -1)
    echo "${value:-0}"
}

status=0
summary="$work/summary-$(date -u +%Y%m%dT%H%M%SZ).md"
{
    echo "| target | seconds | executions | exec/s | corpus (units/size) | files kept | new units | peak RSS MB | findings |"
    echo "|---|---|---|---|---|---|---|---|---|"
} > "$summary"

for target in $targets; do
    if [ ! -x "$bin/$target" ]; then
        echo "unknown target $target (have: FuzzDeckTOML FuzzAnkiText FuzzHTMLText FuzzCloze)" >&2
        exit 64
    fi
    make_seeds "$target"
    corpus=$work/corpus/$target
    mkdir -p "$corpus"
    log=$work/$target.log
    dict=$root/Fuzz/Dictionaries/$target.dict
    before=$(find "$work/crashes" -name "$target-*" | wc -l)
    echo "== $target for ${seconds}s in slices of up to ${slice_seconds}s (log: $log)"
    : > "$log"
    started=$(date +%s)
    remaining=$seconds executions=0 new_units=0 peak_rss=0 code=0
    while [ "$remaining" -gt 0 ] && [ "$code" -eq 0 ]; do
        slice=$((remaining < slice_seconds ? remaining : slice_seconds))
        set +e
        "$bin/$target" "$corpus" "$work/seeds/$target" \
            -max_total_time="$slice" -max_len="$max_len" -timeout="$hang_seconds" -rss_limit_mb="$rss_mb" \
            -dict="$dict" -artifact_prefix="$work/crashes/$target-" -print_final_stats=1 \
            > "$log.slice" 2>&1
        code=$?
        set -e
        cat "$log.slice" >> "$log"
        executions=$((executions + $(stat number_of_executed_units "$log.slice")))
        new_units=$((new_units + $(stat new_units_added "$log.slice")))
        rss=$(stat peak_rss_mb "$log.slice")
        peak_rss=$((rss > peak_rss ? rss : peak_rss))
        remaining=$((remaining - slice))
    done
    rm -f "$log.slice"
    elapsed=$(($(date +%s) - started))
    after=$(find "$work/crashes" -name "$target-*" | wc -l)
    findings=$((after - before))
    if [ "$code" -ne 0 ] || [ "$findings" -gt 0 ]; then
        status=1
        echo "   found a problem (exit $code):"
        grep -E "^(==[0-9]+== ERROR|invariant broken|Fatal error|SUMMARY|artifact_prefix|Test unit written)" "$log" | head -5 | sed 's/^/   /'
    fi
    # libFuzzer's own corpus after the last slice (what it found distinct), and the files
    # on disk, which also hold inputs earlier runs kept.
    in_use=$(sed -n 's/.*DONE .* corp: \([0-9]*\/[0-9]*[a-zA-Z]*\) .*/\1/p' "$log" | tail -1)
    row="| $target | $elapsed | $executions | $((executions / (elapsed > 0 ? elapsed : 1))) | ${in_use:-?} | $(find "$corpus" -type f | wc -l) | $new_units | $peak_rss | $findings |"
    echo "$row" >> "$summary"
    printf '%s\t%s\n' "$(date -u +%FT%TZ)" "$row" >> "$work/runs.tsv"
done

echo
cat "$summary"
[ "$status" -eq 0 ] && echo "no crashes, hangs or out-of-memory inputs" || echo "findings in $work/crashes"
exit "$status"
