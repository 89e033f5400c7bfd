//! The tables. Every row that comes from an article refers to it by its
//! `seq` (the order of ingest); texts are the output contract's records
//! (`sitrep_core::export`), so what the store serves is what `analyze` writes.

use anyhow::{bail, Result};
use rusqlite::Connection;

/// Bumped whenever a table changes; a store of another version is refused.
pub const VERSION: i64 = 1;

const TABLES: &str = r#"
-- One row per article body. `id` is the content hash; `identity` is where
-- the article lives (its URL, or else its source): a new body under a known
-- identity supersedes the old one, which keeps its row for the record.
CREATE TABLE IF NOT EXISTS articles (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    id            TEXT NOT NULL UNIQUE,
    identity      TEXT NOT NULL,
    source        TEXT NOT NULL,
    url           TEXT,
    title         TEXT,
    outlet        TEXT,
    published     TEXT,   -- ISO 8601 as precise as known
    day           TEXT,   -- YYYY-MM-DD of publication, for date ranges
    language      TEXT,
    story_id      TEXT,
    copy_of       TEXT,   -- id of the article this one syndicates
    superseded_by TEXT,   -- id of the corrected version, when there is one
    ingested_at   TEXT NOT NULL,
    record        TEXT NOT NULL,  -- export::article_record as JSON, body included
    annotations   BLOB NOT NULL   -- the analyzed Article, deflated JSON, no tokens
);
CREATE INDEX IF NOT EXISTS articles_identity ON articles(identity);
-- By story; it covers a story's recount (live members, days, outlets), so
-- that reads no article row: rows carry bodies and records.
CREATE INDEX IF NOT EXISTS articles_story_live
    ON articles(story_id, superseded_by, day, outlet, source);
CREATE INDEX IF NOT EXISTS articles_day ON articles(day);

CREATE TABLE IF NOT EXISTS events (
    id          INTEGER PRIMARY KEY,
    article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    event_id    TEXT NOT NULL,  -- "<article id>-e<n>"
    type        TEXT NOT NULL,  -- PLOVER event type, upper case
    quad        INTEGER NOT NULL,
    mode        TEXT,
    modality    TEXT NOT NULL,
    day         TEXT,   -- the event's date when resolved to a day, else the article's
    record      TEXT NOT NULL   -- export::event_records as JSON
);
CREATE INDEX IF NOT EXISTS events_article ON events(article_seq);
CREATE INDEX IF NOT EXISTS events_type ON events(type);
CREATE INDEX IF NOT EXISTS events_day ON events(day);

-- The actors and recipients of each event, for filters by name or code.
CREATE TABLE IF NOT EXISTS event_actors (
    event INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role  TEXT NOT NULL,    -- 'actor' or 'recipient'
    key   TEXT NOT NULL,    -- country code or canonical name: the node of a network
    code  TEXT,
    name  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS event_actors_event ON event_actors(event);
CREATE INDEX IF NOT EXISTS event_actors_code ON event_actors(code);
CREATE INDEX IF NOT EXISTS event_actors_name ON event_actors(name COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS event_actors_key ON event_actors(key);

CREATE TABLE IF NOT EXISTS quotes (
    id          INTEGER PRIMARY KEY,
    article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    quote_id    TEXT NOT NULL,
    speaker     TEXT,
    record      TEXT NOT NULL   -- export::quote_records as JSON
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article_seq);
CREATE INDEX IF NOT EXISTS quotes_id ON quotes(quote_id);

-- A story and its summary. `record` holds the comparison of its accounts as
-- last computed; `dirty` says articles joined since, so readers recompute.
CREATE TABLE IF NOT EXISTS stories (
    id            TEXT PRIMARY KEY,
    title         TEXT NOT NULL,
    first_seq     INTEGER NOT NULL,
    last_seq      INTEGER NOT NULL,
    first_day     TEXT,
    last_day      TEXT,
    article_count INTEGER NOT NULL,
    outlet_count  INTEGER NOT NULL,
    dirty         INTEGER NOT NULL DEFAULT 1,
    record        TEXT
);
CREATE INDEX IF NOT EXISTS stories_last ON stories(last_day, last_seq);

-- What happened to each item of each ingest: stored, duplicate,
-- superseded (an older version replaced), or failed with its reason.
CREATE TABLE IF NOT EXISTS ingest_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    item       TEXT NOT NULL,
    status     TEXT NOT NULL,
    article_id TEXT,
    error      TEXT
);
"#;

/// Set the connection up for ingest and serving, and create the tables.
pub fn prepare(conn: &Connection) -> Result<()> {
    // WAL lets readers (a running `serve`) work while an ingest writes.
    // synchronous=NORMAL keeps every committed transaction through a crash
    // of the process (kill -9); only a power cut can lose the last ones.
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.busy_timeout(std::time::Duration::from_secs(30))?;
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version == 0 {
        conn.execute_batch(TABLES)?;
        conn.pragma_update(None, "user_version", VERSION)?;
    }
    check_version(conn)
}

pub fn check_version(conn: &Connection) -> Result<()> {
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version != VERSION {
        bail!("the store has schema version {version}; this sitrep reads version {VERSION}");
    }
    Ok(())
}
