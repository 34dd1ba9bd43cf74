-- The sample API's queries, by name (demo/store.js reads this file; each
-- `-- name:` line starts one). Parameters are $1, $2, ...; documents go in as
-- JSON text and are cast to jsonb. A customer of NULL means "any customer",
-- and a journey stored with customer '' belongs to every customer (the REST
-- contract's rule for ?customer=).

-- name: countJourneys
SELECT count(*)::integer AS n FROM journeys;

-- name: insertJourney
INSERT INTO journeys (journey_id, customer, position, doc, updated_at)
VALUES ($1, $2, $3, $4::jsonb, $5);

-- name: listJourneys
SELECT doc FROM journeys ORDER BY position;

-- name: findJourney
SELECT journey_id, customer, doc FROM journeys
WHERE journey_id = $1 AND ($2::text IS NULL OR customer = '' OR customer = $2)
ORDER BY position
LIMIT 1;

-- name: findJourneyForUpdate
-- Locks the row until the transaction ends, so two changes to one journey
-- cannot overwrite each other.
SELECT journey_id, customer, doc FROM journeys
WHERE journey_id = $1 AND ($2::text IS NULL OR customer = '' OR customer = $2)
ORDER BY position
LIMIT 1
FOR UPDATE;

-- name: saveJourney
UPDATE journeys SET doc = $3::jsonb, updated_at = $4
WHERE journey_id = $1 AND customer = $2;

-- name: logMilestoneChange
INSERT INTO milestone_changes (journey_id, customer, stage_id, milestone_id, done, changed_at, via)
VALUES ($1, $2, $3, $4, $5, $6, $7);

-- name: milestoneChanges
SELECT stage_id, milestone_id, done, changed_at, via FROM milestone_changes
WHERE journey_id = $1 AND customer = $2
ORDER BY id;

-- name: saveScanResponse
-- Idempotent by (scan, id): the same PUT again leaves one row.
INSERT INTO scan_responses (scan_id, response_id, doc, saved_at)
VALUES ($1, $2, $3::jsonb, $4)
ON CONFLICT (scan_id, response_id) DO UPDATE SET doc = EXCLUDED.doc, saved_at = EXCLUDED.saved_at;

-- name: findScanResponse
SELECT doc FROM scan_responses WHERE scan_id = $1 AND response_id = $2;

-- name: countScanResponses
SELECT count(*)::integer AS n FROM scan_responses WHERE scan_id = $1 AND response_id = $2;

-- name: insertMap
INSERT INTO journey_maps (journey_id, doc, ticks, updated_at) VALUES ($1, $2::jsonb, 0, $3);

-- name: listMapJourneys
SELECT journey_id FROM journey_maps ORDER BY journey_id;

-- name: findMap
SELECT doc, ticks FROM journey_maps WHERE journey_id = $1;

-- name: findMapForUpdate
SELECT doc, ticks FROM journey_maps WHERE journey_id = $1 FOR UPDATE;

-- name: saveMap
UPDATE journey_maps SET doc = $2::jsonb, ticks = $3, updated_at = $4 WHERE journey_id = $1;

-- name: clearScanResponses
DELETE FROM scan_responses;

-- name: clearMaps
DELETE FROM journey_maps;

-- name: clearJourneys
-- Their milestone changes go with them (ON DELETE CASCADE).
DELETE FROM journeys;
