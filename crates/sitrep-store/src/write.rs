//! Ingest: analyzed articles into the store, a batch per transaction.
//!
//! Idempotent: an article is its content hash, so a body seen before is
//! logged as a duplicate and stored once. A new body at a known identity (the
//! same URL, file or record id) supersedes the old version: the old row stays,
//! marked, and loses its events, quotes and place in its story.
//!
//! Incremental: the stories still open (those active within the clusterer's
//! window of the newest one, at most [`REPLAY_LIMIT`] articles) are replayed
//! into a [`Clusterer`] when ingest starts, with the assignments they already
//! have; new articles then join them or open new ones. A story's comparison
//! is recomputed when the run finishes (readers recompute a story marked
//! dirty themselves), so a crash never leaves a half-written story: every
//! batch's articles, events, quotes, memberships and log rows commit together.

use crate::search::SearchWriter;
use crate::{pack_article, unpack_article, Store};
use anyhow::{Context, Result};
use jiff::civil::Date;
use rusqlite::{params, OptionalExtension, Transaction};
use sitrep_core::{export, Article};
use sitrep_stories::cluster::{self, Clusterer};
use std::collections::{BTreeSet, HashMap};

/// The most articles of open stories replayed into the clusterer when an
/// ingest starts: memory follows the open window, not the corpus.
pub const REPLAY_LIMIT: usize = 20_000;
/// Commit the search index after this many articles (and at the end): the
/// index can lag the store, never the other way, and catches up on open.
const INDEX_COMMIT_EVERY: usize = 2_000;

/// One item handed to [`Ingestor::ingest`]: an analyzed article, or an input
/// that failed before analysis, logged with its reason.
pub enum Incoming {
    Article(Box<Article>),
    Failed { item: String, error: String },
}

/// What happened to one item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemOutcome {
    Stored {
        id: String,
        story: String,
    },
    /// An older version at the same identity was superseded.
    Superseded {
        id: String,
        old: String,
        story: String,
    },
    Duplicate {
        id: String,
    },
    Failed {
        item: String,
        error: String,
    },
}

#[derive(Debug, Default, Clone)]
pub struct BatchReport {
    pub outcomes: Vec<ItemOutcome>,
}

/// The clusterer and what its indices stand for in the store.
struct Grouper {
    clusterer: Clusterer,
    /// Clusterer story index -> story id.
    story_ids: Vec<String>,
    story_index: HashMap<String, usize>,
    /// Clusterer document index -> (article id, publication day).
    docs: Vec<(String, Option<Date>)>,
}

impl Grouper {
    fn new() -> Self {
        // A store is fed like a live feed and replays only its open stories
        // when ingest starts: a closed story is forgotten here as it would
        // be by the next run.
        let mut clusterer = Clusterer::new();
        clusterer.keep_closed = false;
        Grouper {
            clusterer,
            story_ids: Vec::new(),
            story_index: HashMap::new(),
            docs: Vec::new(),
        }
    }

    fn replay(&mut self, a: &Article, story_id: &str) {
        let known = self.story_index.get(story_id).copied();
        let s = self.clusterer.add_known(cluster::features(a), known);
        if known.is_none() {
            self.story_ids.push(story_id.to_string());
            self.story_index.insert(story_id.to_string(), s);
        }
        self.docs
            .push((a.id.clone(), a.published.as_ref().map(|p| p.date)));
    }

    /// The story the article joins (a new one is named after it) and the
    /// article it is a syndicated copy of, with that one's publication day.
    fn assign(&mut self, a: &Article) -> (String, Option<(String, Option<Date>)>) {
        let asg = self.clusterer.add(cluster::features(a));
        let story = match self.story_ids.get(asg.story) {
            Some(id) => id.clone(),
            None => {
                let id = sitrep_stories::story_id(&[a]);
                self.story_ids.push(id.clone());
                self.story_index.insert(id.clone(), asg.story);
                id
            }
        };
        let copy_of = asg.copy_of.map(|j| self.docs[j].clone());
        self.docs
            .push((a.id.clone(), a.published.as_ref().map(|p| p.date)));
        (story, copy_of)
    }
}

/// Where an article lives, for superseding: its URL, else its source, unless
/// the source is standard input, which says nothing about identity.
fn identity(a: &Article) -> String {
    if let Some(url) = &a.url {
        return url.clone();
    }
    let s = &a.source;
    if s == "-" || s.starts_with("-:") || s.starts_with("-#") || s.starts_with("-@") {
        format!("content:{}", a.id)
    } else {
        s.clone()
    }
}

fn now() -> String {
    jiff::Timestamp::now().to_string()
}

/// An ingest in progress: a store, its open stories, and the index writer.
pub struct Ingestor {
    store: Store,
    grouper: Grouper,
    search: Option<SearchWriter>,
    unindexed: usize,
    dirty: BTreeSet<String>,
}

impl Ingestor {
    /// Start ingesting into `store`: bring the search index up to date and
    /// replay the open stories. `with_index: false` skips the full-text index
    /// (it catches up the next time an ingest opens it).
    pub fn new(store: Store, with_index: bool) -> Result<Ingestor> {
        let search = if with_index {
            let mut w = SearchWriter::open(&store.index_dir())?;
            w.catch_up(store.connection())?;
            Some(w)
        } else {
            None
        };
        let mut ingestor = Ingestor {
            store,
            grouper: Grouper::new(),
            search,
            unindexed: 0,
            dirty: BTreeSet::new(),
        };
        ingestor.replay_open_stories()?;
        Ok(ingestor)
    }

    fn replay_open_stories(&mut self) -> Result<()> {
        let conn = self.store.connection();
        // Open: active within four clusterer windows of the newest story, or
        // undated (an undated article may join any story).
        let mut stmt = conn.prepare(
            "SELECT id, article_count FROM stories
             WHERE last_day IS NULL
                OR last_day >= date((SELECT max(last_day) FROM stories), ?1)
             ORDER BY last_seq DESC",
        )?;
        let window = format!("-{} days", cluster::WINDOW_DAYS * 4);
        let mut open = Vec::new();
        let mut total = 0usize;
        let mut rows = stmt.query([window])?;
        while let Some(row) = rows.next()? {
            let (id, n): (String, i64) = (row.get(0)?, row.get(1)?);
            if total + n as usize > REPLAY_LIMIT && !open.is_empty() {
                break;
            }
            total += n as usize;
            open.push(id);
        }
        drop(rows);
        drop(stmt);
        if open.is_empty() {
            return Ok(());
        }
        let mut stmt = conn.prepare(
            "SELECT seq, annotations FROM articles
             WHERE story_id = ?1 AND superseded_by IS NULL",
        )?;
        let mut members: Vec<(i64, &str, Article)> = Vec::new();
        for story in &open {
            let rows = stmt.query_map([story], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, Vec<u8>>(1)?))
            })?;
            for row in rows {
                let (seq, blob) = row?;
                members.push((seq, story, unpack_article(&blob)?));
            }
        }
        members.sort_by_key(|m| m.0);
        for (_, sid, a) in &members {
            self.grouper.replay(a, sid);
        }
        Ok(())
    }

    /// Whether a body is stored already: a rerun need not analyze it again.
    pub fn is_stored(&self, article_id: &str) -> Result<bool> {
        let mut stmt = self
            .store
            .conn
            .prepare_cached("SELECT 1 FROM articles WHERE id = ?1")?;
        Ok(stmt.exists([article_id])?)
    }

    /// Store one batch in one transaction, then feed the search index.
    pub fn ingest(&mut self, mut batch: Vec<Incoming>) -> Result<BatchReport> {
        // Within a batch, stories grow in publication order (undated last),
        // as `sitrep analyze` groups them; across batches, in arrival order.
        // Nothing after analysis reads tokens; the store keeps none.
        for item in &mut batch {
            if let Incoming::Article(a) = item {
                a.layers.tokens = Vec::new();
            }
        }
        batch.sort_by_key(|item| match item {
            Incoming::Article(a) => (
                a.published.is_none(),
                a.published.as_ref().map(|p| (p.date, p.time)),
            ),
            Incoming::Failed { .. } => (true, None),
        });
        let mut report = BatchReport::default();
        let mut indexed: Vec<(i64, &Article)> = Vec::new();
        let mut removed: Vec<String> = Vec::new();
        let tx = self.store.conn.transaction()?;
        let mut touched = BTreeSet::new();
        for item in &batch {
            match item {
                Incoming::Failed { item, error } => {
                    log(&tx, item, "failed", None, Some(error))?;
                    report.outcomes.push(ItemOutcome::Failed {
                        item: item.clone(),
                        error: error.clone(),
                    });
                }
                Incoming::Article(a) => {
                    let (outcome, seq) = store_article(&tx, &mut self.grouper, a, &mut touched)?;
                    if let Some(seq) = seq {
                        indexed.push((seq, a));
                    }
                    if let ItemOutcome::Superseded { old, .. } = &outcome {
                        removed.push(old.clone());
                    }
                    report.outcomes.push(outcome);
                }
            }
        }
        // Once per story per batch: a recount reads every member, so doing it
        // per article made a story's growth quadratic.
        for story in &touched {
            refresh_story_counts(&tx, story)?;
        }
        tx.commit()?;
        self.dirty.extend(touched);
        if let Some(search) = &mut self.search {
            for id in &removed {
                search.remove(id);
            }
            for (seq, a) in &indexed {
                search.add(*seq, a)?;
            }
            self.unindexed += indexed.len() + removed.len();
            if self.unindexed >= INDEX_COMMIT_EVERY {
                search.commit()?;
                self.unindexed = 0;
            }
        }
        Ok(report)
    }

    /// Recompute the comparison of every story that changed, commit the
    /// index, and hand the store back.
    pub fn finish(mut self) -> Result<Store> {
        if let Some(search) = &mut self.search {
            search.commit()?;
        }
        let dirty: Vec<String> = self.dirty.iter().cloned().collect();
        for chunk in dirty.chunks(64) {
            let tx = self.store.conn.transaction()?;
            for id in chunk {
                if let Some(story) = crate::query::compute_story(&tx, id)? {
                    execute(
                        &tx,
                        "UPDATE stories SET record = ?2, title = ?3, dirty = 0 WHERE id = ?1",
                        params![id, serde_json::to_string(&story)?, story.title],
                    )?;
                }
            }
            tx.commit()?;
        }
        Ok(self.store)
    }
}

fn log(
    tx: &Transaction,
    item: &str,
    status: &str,
    article: Option<&str>,
    error: Option<&str>,
) -> Result<()> {
    execute(
        tx,
        "INSERT INTO ingest_log (at, item, status, article_id, error) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![now(), item, status, article, error],
    )?;
    Ok(())
}

fn store_article(
    tx: &Transaction,
    grouper: &mut Grouper,
    a: &Article,
    touched: &mut BTreeSet<String>,
) -> Result<(ItemOutcome, Option<i64>)> {
    let seen: Option<i64> = tx
        .prepare_cached("SELECT seq FROM articles WHERE id = ?1")?
        .query_row([&a.id], |r| r.get(0))
        .optional()?;
    if seen.is_some() {
        log(tx, &a.source, "duplicate", Some(&a.id), None)?;
        return Ok((ItemOutcome::Duplicate { id: a.id.clone() }, None));
    }
    let identity = identity(a);
    let older: Option<(String, Option<String>)> = tx
        .prepare_cached(
            "SELECT id, story_id FROM articles WHERE identity = ?1 AND superseded_by IS NULL",
        )?
        .query_row([&identity], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    if let Some((old, old_story)) = &older {
        supersede(tx, old, &a.id, old_story.as_deref(), touched)?;
    }
    let (story, copy_of) = grouper.assign(a);
    // The original of a pair is the earlier published; else the one stored first.
    let copy_of = match copy_of {
        Some((orig, orig_date)) => {
            let mine = a.published.as_ref().map(|p| p.date);
            match (mine, orig_date) {
                (Some(m), Some(o)) if m < o => {
                    execute(
                        tx,
                        "UPDATE articles SET copy_of = ?2 WHERE id = ?1",
                        params![orig, a.id],
                    )?;
                    None
                }
                _ => Some(orig),
            }
        }
        None => None,
    };
    let day = a.published.as_ref().map(|p| p.date.to_string());
    let record = serde_json::to_string(&export::article_record(a, Some(&story)))?;
    execute(
        tx,
        "INSERT INTO articles (id, identity, source, url, title, outlet, published, day, language,
                               story_id, copy_of, ingested_at, record, annotations)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        params![
            a.id,
            identity,
            a.source,
            a.url,
            a.title,
            a.outlet,
            a.published.as_ref().map(|p| p.iso()),
            day,
            a.language,
            story,
            copy_of,
            now(),
            record,
            pack_article(a)?,
        ],
    )?;
    let seq = tx.last_insert_rowid();
    insert_events(tx, seq, a, day.as_deref())?;
    for q in export::quote_records(a) {
        execute(
            tx,
            "INSERT INTO quotes (article_seq, quote_id, speaker, record) VALUES (?1, ?2, ?3, ?4)",
            params![
                seq,
                q["id"].as_str(),
                q["speaker"]["name"].as_str(),
                q.to_string()
            ],
        )?;
    }
    touch_story(tx, &story, seq, day.as_deref(), a)?;
    touched.insert(story.clone());
    let outcome = match older {
        Some((old, _)) => {
            log(tx, &a.source, "superseded", Some(&a.id), None)?;
            ItemOutcome::Superseded {
                id: a.id.clone(),
                old,
                story,
            }
        }
        None => {
            log(tx, &a.source, "stored", Some(&a.id), None)?;
            ItemOutcome::Stored {
                id: a.id.clone(),
                story,
            }
        }
    };
    Ok((outcome, Some(seq)))
}

fn insert_events(tx: &Transaction, seq: i64, a: &Article, day: Option<&str>) -> Result<()> {
    let records = export::event_records(a);
    for (e, rec) in a.layers.events.iter().zip(records) {
        let event_day = e
            .date
            .as_ref()
            .and_then(|d| d.value.clone())
            .filter(|v| v.len() == 10)
            .or_else(|| day.map(str::to_string));
        execute(
            tx,
            "INSERT INTO events (article_seq, event_id, type, quad, mode, modality, day, record)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                seq,
                rec["id"].as_str(),
                e.event_type.as_str(),
                e.event_type.quad_class() as u8,
                e.mode,
                e.modality.as_str(),
                event_day,
                rec.to_string(),
            ],
        )?;
        let event = tx.last_insert_rowid();
        let roles = e
            .actor
            .iter()
            .map(|x| ("actor", x))
            .chain(e.recipient.iter().map(|x| ("recipient", x)));
        for (role, x) in roles {
            execute(
                tx,
                "INSERT INTO event_actors (event, role, key, code, name) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![event, role, x.actor_key(), x.code, x.name],
            )?;
        }
    }
    Ok(())
}

/// Add the article to its story's summary, creating the story when new.
fn touch_story(
    tx: &Transaction,
    story: &str,
    seq: i64,
    day: Option<&str>,
    a: &Article,
) -> Result<()> {
    let title = a
        .title
        .clone()
        .unwrap_or_else(|| a.body.chars().take(100).collect());
    // The counts and days are filled in by `refresh_story_counts` when the
    // batch ends.
    execute(
        tx,
        "INSERT INTO stories (id, title, first_seq, last_seq, first_day, last_day,
                              article_count, outlet_count, dirty)
         VALUES (?1, ?2, ?3, ?3, ?4, ?4, 0, 0, 1)
         ON CONFLICT(id) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq), dirty = 1",
        params![story, title, seq, day],
    )?;
    Ok(())
}

/// Recount a story's live members, its days and outlets (reads only the
/// `articles_story_live` index, not the rows).
fn refresh_story_counts(tx: &Transaction, story: &str) -> Result<()> {
    execute(
        tx,
        "UPDATE stories SET
            first_day = (SELECT min(day) FROM articles WHERE story_id = ?1 AND superseded_by IS NULL),
            last_day = (SELECT max(day) FROM articles WHERE story_id = ?1 AND superseded_by IS NULL),
            article_count = (SELECT count(*) FROM articles WHERE story_id = ?1 AND superseded_by IS NULL),
            outlet_count = (SELECT count(DISTINCT coalesce(outlet, source)) FROM articles
                            WHERE story_id = ?1 AND superseded_by IS NULL),
            dirty = 1
         WHERE id = ?1",
        [story],
    )
    .context("cannot update the story")?;
    Ok(())
}

/// Retire an older version: it keeps its row, marked, and loses its events,
/// quotes and membership (its story recounts without it when the batch ends).
fn supersede(
    tx: &Transaction,
    old: &str,
    new: &str,
    old_story: Option<&str>,
    touched: &mut BTreeSet<String>,
) -> Result<()> {
    execute(
        tx,
        "UPDATE articles SET superseded_by = ?2 WHERE id = ?1",
        params![old, new],
    )?;
    let seq: i64 = tx.query_row("SELECT seq FROM articles WHERE id = ?1", [old], |r| {
        r.get(0)
    })?;
    execute(tx, "DELETE FROM events WHERE article_seq = ?1", [seq])?;
    execute(tx, "DELETE FROM quotes WHERE article_seq = ?1", [seq])?;
    if let Some(s) = old_story {
        touched.insert(s.to_string());
    }
    Ok(())
}

/// One statement of the per-article path, prepared once per connection.
fn execute(tx: &Transaction, sql: &str, params: impl rusqlite::Params) -> Result<usize> {
    Ok(tx.prepare_cached(sql)?.execute(params)?)
}
