-- What `postcards doctor` reads (Sources/PostcardsStore/AppDatabase+Doctor.swift), for the
-- sqlite3 shell: the file check, the live cards, one pass over the whole review log in log
-- order, and every live card with its cached state. SQL cannot replay SM-2, so the log
-- pass folds each row into a checksum instead: the same rows read in the same order, which
-- is the floor scripts/bench.sh compares the replay against.
--   sqlite3 DB ".read scripts/doctor-equivalent.sql"

PRAGMA integrity_check;

SELECT count(*) FROM card WHERE pruned = 0;

SELECT count(*), sum(grade + repetitions + interval + ef + day + length(kind))
FROM review_log WHERE card_id IN (SELECT id FROM card WHERE pruned = 0);

SELECT count(*), sum(coalesce(s.due, 0) + coalesce(s.interval, 0) + length(c.key))
FROM card c LEFT JOIN card_state s ON s.card_id = c.id
WHERE c.pruned = 0;
