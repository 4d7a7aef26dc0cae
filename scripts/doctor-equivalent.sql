-- What `postcards doctor` reads (Sources/PostcardsStore/AppDatabase+Doctor.swift), for the
-- sqlite3 shell: the file check, one pass over the whole review log in log order, and
-- every live card with its cached state. SQL cannot replay SM-2 itself, so the log pass
-- folds each row into a checksum instead: the same rows read in the same order, which is
-- the floor scripts/bench.sh compares the replay against.
--   sqlite3 DB ".read scripts/doctor-equivalent.sql"

PRAGMA integrity_check;

SELECT count(*), sum(r.grade + r.repetitions + r.interval + r.ef + r.day), max(length(c.key))
FROM (SELECT * FROM review_log ORDER BY id) r JOIN card c ON c.id = r.card_id
WHERE c.pruned = 0;

SELECT count(*), sum(coalesce(s.due, 0) + coalesce(s.interval, 0) + length(c.front) + length(c.back))
FROM card c LEFT JOIN card_state s ON s.card_id = c.id
WHERE c.pruned = 0;
