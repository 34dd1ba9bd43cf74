-- Storage of the sample API (demo/api.js), the reference implementation of
-- the REST contract. Runs on embedded Postgres (PGlite) and on any real
-- Postgres (DATABASE_URL): plain SQL, no extensions. Safe to run on every
-- start: it only creates what is missing.
--
-- Documents (journeys, maps, scan responses) are stored whole as JSONB, in
-- the shape the REST contract sends them (see the JSON Schemas in
-- dist/schema/), next to the keys and times a backend queries by.

-- One row per journey and customer. `customer` is '' for a journey that
-- belongs to no customer; `position` keeps the sample data's order, so a
-- request without ?customer= answers the first matching journey.
CREATE TABLE IF NOT EXISTS journeys (
  journey_id  text        NOT NULL,
  customer    text        NOT NULL DEFAULT '',
  position    integer     NOT NULL,
  doc         jsonb       NOT NULL,            -- the Journey, as GET returns it
  updated_at  timestamptz NOT NULL,            -- the Journey's updatedAt
  PRIMARY KEY (journey_id, customer)
);

-- Every milestone change that changed something, oldest first: the audit
-- trail behind journeys.doc. A PUT that changes nothing adds no row.
CREATE TABLE IF NOT EXISTS milestone_changes (
  id           bigserial   PRIMARY KEY,
  journey_id   text        NOT NULL,
  customer     text        NOT NULL,
  stage_id     text        NOT NULL,
  milestone_id text        NOT NULL,
  done         boolean     NOT NULL,
  changed_at   timestamptz NOT NULL,
  via          text        NOT NULL,           -- 'put' (the contract) or 'demo-advance'
  FOREIGN KEY (journey_id, customer) REFERENCES journeys ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS milestone_changes_journey
  ON milestone_changes (journey_id, customer, changed_at);

-- Saved maturity-scan answers; PUT is idempotent by (scan, id).
CREATE TABLE IF NOT EXISTS scan_responses (
  scan_id     text        NOT NULL,
  response_id text        NOT NULL,
  doc         jsonb       NOT NULL,            -- the ScanResponse, as PUT sent it
  saved_at    timestamptz NOT NULL,            -- when the server stored it last
  PRIMARY KEY (scan_id, response_id)
);

-- Journey maps by journey; `ticks` counts how often the demo moved customers along.
CREATE TABLE IF NOT EXISTS journey_maps (
  journey_id  text        PRIMARY KEY,
  doc         jsonb       NOT NULL,            -- the JourneyMap, as GET returns it
  ticks       integer     NOT NULL DEFAULT 0,
  updated_at  timestamptz NOT NULL
);
