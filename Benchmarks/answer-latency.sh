#!/usr/bin/env bash
# Answer-to-next-card latency of the full-screen reviewer on a synthetic collection of
# 100k cards and 1M reviews over three years. Release build; see docs/performance.md.
#   Benchmarks/answer-latency.sh [answers]
set -euo pipefail
cd "$(dirname "$0")/.."
answers=${1:-300}
scratch=${SCRATCH:-.build}
swift build -c release --scratch-path "$scratch" --product postcards >/dev/null
bin="$scratch/release/postcards"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export POSTCARDS_DB="$work/bench.sqlite3" POSTCARDS_NOW=2026-12-01T09:00:00Z TZ=UTC HOME="$work" XDG_CONFIG_HOME="$work"
"$bin" doctor >/dev/null # creates the schema and the shipped deck
today=$(( ( $(date -u -d 2026-12-01 +%s) ) / 86400 ))
sqlite3 "$POSTCARDS_DB" >/dev/null <<SQL
PRAGMA journal_mode = WAL;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10)
INSERT INTO chapter (deck, slug, title, position) SELECT 'Bench', 'c' || i, 'Chapter ' || i, 100 + i FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
INSERT INTO card (deck, key, chapter, kind, front, back, position, source, added_at)
SELECT 'Bench', 'b' || i, 'c' || (1 + i % 10), 'basic',
       'Question ' || i || ': what does KL(π‖π_ref) measure in RLHF, and why does β scale it?',
       'Answer ' || i || ': the divergence of the policy from the reference model.', i, 'bench', 0 FROM n;
-- 80k cards have been reviewed; one in forty of them is due today or overdue.
INSERT INTO card_state (card_id, repetitions, interval, ef, due, lapses, reviews, last_review)
SELECT id, 3, 15, 250, CASE WHEN id % 40 = 0 THEN $today - id % 7 ELSE $today + 1 + id % 60 END, 0, 12, $today - 15
FROM card WHERE deck = 'Bench' AND position <= 80000;
-- 1M log rows: 12 or 13 answers per reviewed card over three years.
WITH RECURSIVE k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j < 12)
INSERT INTO review_log (card_id, at, day, grade, kind, answer_ms, repetitions, interval, ef)
SELECT c.id, ($today - 1095 + k.j * 90) * 86400000, $today - 1095 + k.j * 90, 4, 'review', 8000, 3, 15, 250
FROM card c JOIN k WHERE c.deck = 'Bench' AND c.position <= 80000 AND (k.j < 12 OR c.position % 2 = 0);
COMMIT;
SQL
"$bin" dev bench-answer --answers "$answers"
