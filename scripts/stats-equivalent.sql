-- The aggregate queries `postcards stats` runs on the whole collection
-- (Sources/PostcardsStore/StatsQueries.swift and StatsCardQueries.swift) with the
-- parameters written in, for the sqlite3 shell: the floor scripts/bench-stats.sh compares
-- `postcards stats` against. :today is the study day (days since 1970-01-01); the window
-- is 30 days.
--   sqlite3 DB ".parameter set :today 20784" ".read scripts/stats-equivalent.sql"

-- Answers per day, kind and grade (all time), from the summary the triggers maintain.
SELECT day, kind, grade, answers, young, mature FROM review_day WHERE answers > 0;

-- Today: distinct cards, time, cards learnt today; pending re-drills.
SELECT count(DISTINCT card_id), coalesce(sum(answer_ms), 0),
    count(DISTINCT CASE WHEN kind IN ('review', 'import') AND coalesce(prior_interval, 0) = 0 THEN card_id END)
FROM review_log WHERE day = :today;
SELECT count(*) FROM (
    SELECT max(id), grade FROM review_log
    WHERE day = :today AND kind IN ('review', 'drill') GROUP BY card_id)
WHERE grade < 4;

-- Cards per chapter by stage, then the chapters' titles and order.
SELECT c.deck, c.chapter, count(*),
    count(*) - count(s.card_id),
    coalesce(sum(s.repetitions < 2), 0),
    coalesce(sum(s.repetitions >= 2 AND s.interval < 21), 0),
    coalesce(sum(s.repetitions >= 2 AND s.interval >= 21), 0),
    coalesce(sum(s.due <= :today), 0),
    coalesce(sum(s.lapses >= 8), 0)
FROM card c LEFT JOIN card_state s ON s.card_id = c.id
WHERE 1 AND c.pruned = 0
GROUP BY c.deck, c.chapter;
SELECT deck, slug, title, position FROM chapter;

-- Interval and EF distributions.
SELECT interval, count(*) FROM card_state WHERE 1 AND card_id NOT IN (SELECT id FROM card WHERE pruned = 1) GROUP BY interval;
SELECT ef, count(*) FROM card_state WHERE 1 AND card_id NOT IN (SELECT id FROM card WHERE pruned = 1) GROUP BY ef;

-- Retention per chapter over the window.
SELECT c.deck, c.chapter, count(*), sum(r.grade >= 3)
FROM review_log r JOIN card c ON c.id = r.card_id
WHERE r.day BETWEEN :today - 29 AND :today AND r.kind IN ('review', 'import') AND r.prior_interval >= 1
GROUP BY c.deck, c.chapter;

-- Forecast.
SELECT due, count(*) FROM card_state
WHERE due BETWEEN :today + 1 AND :today + 30 AND card_id NOT IN (SELECT id FROM card WHERE pruned = 1)
GROUP BY due;

-- Answers per quarter hour over the window.
SELECT at / 900000, count(*), sum(kind IN ('review', 'import')), sum(kind IN ('review', 'import') AND grade >= 3)
FROM review_log WHERE day BETWEEN :today - 29 AND :today
GROUP BY 1;

-- Leeches, then the lowest EF.
SELECT c.deck, c.key, c.chapter, s.lapses, s.ef, s.interval, s.due
FROM card_state s JOIN card c ON c.id = s.card_id
WHERE s.lapses >= 8 AND s.card_id NOT IN (SELECT id FROM card WHERE pruned = 1)
ORDER BY s.lapses DESC, s.ef, s.card_id LIMIT 10;
SELECT c.deck, c.key, c.chapter, s.lapses, s.ef, s.interval, s.due
FROM card_state s JOIN card c ON c.id = s.card_id
WHERE s.ef < 250 AND s.lapses < 8 AND s.card_id NOT IN (SELECT id FROM card WHERE pruned = 1)
ORDER BY s.ef, s.card_id LIMIT 10;

-- The chapter list (to check --chapter values).
SELECT * FROM chapter ORDER BY position, deck, slug;
