-- What `postcards review` reads before it shows the first card
-- (Sources/PostcardsStore/AppDatabase+Queue.swift: dueQueue, cardsReviewed), with the
-- parameters written in, for the sqlite3 shell: the floor scripts/bench.sh compares the
-- first card on screen against. :today is the study day; 20 new cards a day.
--   sqlite3 DB ".parameter set :today 20784" ".read scripts/queue-equivalent.sql"

-- Due cards with their content and state.
SELECT c.id, c.deck, c.key, c.chapter, c.kind, c.front, c.back, c.cloze_ordinal, c.tags,
    s.repetitions, s.interval, s.ef, s.due, s.lapses, s.reviews, s.last_review
FROM card_state s CROSS JOIN card c
WHERE c.id = s.card_id AND s.due <= :today AND c.pruned = 0;

-- Today's limits: cards already reviewed, and new cards already introduced.
SELECT count(DISTINCT card_id) FROM review_log WHERE day = :today AND kind = 'review';
SELECT count(*) FROM card_state WHERE last_review = :today AND reviews >= 1 AND card_id IN (
    SELECT card_id FROM review_log WHERE day = :today AND kind = 'review'
    GROUP BY card_id HAVING min(id) = (
        SELECT min(id) FROM review_log r2 WHERE r2.card_id = review_log.card_id
            AND r2.kind IN ('review', 'import')));

-- New cards in course order.
SELECT c.id, c.deck, c.key, c.chapter, c.kind, c.front, c.back, c.cloze_ordinal, c.tags
FROM chapter ch CROSS JOIN card c INDEXED BY card_live_order
WHERE c.deck = ch.deck AND c.chapter = ch.slug
    AND c.pruned = 0 AND NOT EXISTS (SELECT 1 FROM card_state s WHERE s.card_id = c.id)
ORDER BY ch.position, ch.deck, ch.slug, c.position
LIMIT 20;

-- Cards whose scheduling review of today is already logged.
SELECT DISTINCT c.deck, c.key FROM review_log r JOIN card c ON c.id = r.card_id
WHERE r.day = :today AND r.kind IN ('review', 'import');
