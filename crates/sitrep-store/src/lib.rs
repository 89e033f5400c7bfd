//! The embedded store: where an analyst's corpus lives between runs.
//!
//! One SQLite file (`sitrep.db` by default, WAL mode) holds the articles, their
//! annotation layers, events, quotes, stories and an ingest log; a tantivy
//! index in the folder beside it (`sitrep.db.index/`) makes article and quote
//! text searchable. SQLite is the truth: the index records in its commit
//! payload the last article it holds, and catches up from the store when it
//! is behind (after a crash, say).
//!
//! - [`schema`]: the tables and what each column means;
//! - [`write`]: idempotent, incremental ingest of analyzed articles in
//!   batches, one transaction each, with stories grown as articles arrive;
//! - [`query`]: filters, events, stories, articles, timelines, networks;
//! - [`search`]: the full-text index;
//! - [`export`]: events as PLOVER JSON Lines, POLECAT-style TSV, CSV, Parquet.

pub mod export;
pub mod query;
pub mod schema;
pub mod search;
pub mod write;

use anyhow::{Context, Result};
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};

pub use query::Filter;
pub use write::{BatchReport, Ingestor, ItemOutcome};

/// The default store, in the working directory.
pub const DEFAULT_DB: &str = "sitrep.db";

/// An open store.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Open the store at `path` for reading and writing, creating it (and
    /// its tables) when missing.
    pub fn open(path: &Path) -> Result<Store> {
        let conn =
            Connection::open(path).with_context(|| format!("cannot open {}", path.display()))?;
        // Room for every statement of an ingest's per-article path (about 15).
        conn.set_prepared_statement_cache_capacity(32);
        schema::prepare(&conn)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    /// Open an existing store for reading only.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        if !path.exists() {
            anyhow::bail!(
                "no store at {} (run `sitrep ingest` first, or pass --db)",
                path.display()
            );
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .with_context(|| format!("cannot open {}", path.display()))?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        schema::check_version(&conn)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    /// The folder of the full-text index that belongs to this store.
    pub fn index_dir(&self) -> PathBuf {
        index_dir_for(&self.path)
    }

    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}

/// `sitrep.db` -> `sitrep.db.index`.
pub fn index_dir_for(db: &Path) -> PathBuf {
    let mut name = db.file_name().unwrap_or_default().to_os_string();
    name.push(".index");
    db.with_file_name(name)
}

/// Deflate the analyzed article for the `annotations` column. The ingestor
/// empties the token layer first: nothing after analysis reads it.
pub fn pack_article(a: &sitrep_core::Article) -> Result<Vec<u8>> {
    let mut enc = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
    serde_json::to_writer(&mut enc, a)?;
    Ok(enc.finish()?)
}

pub fn unpack_article(blob: &[u8]) -> Result<sitrep_core::Article> {
    // Inflate whole, then parse the slice: serde_json reads a stream one
    // byte at a time, which made unpacking three times slower.
    let mut json = Vec::with_capacity(blob.len() * 4);
    std::io::Read::read_to_end(&mut flate2::read::DeflateDecoder::new(blob), &mut json)
        .context("stored annotations do not inflate")?;
    serde_json::from_slice(&json).context("stored annotations do not parse")
}

impl Store {
    /// The connection alone, for a caller that pools them.
    pub fn into_connection(self) -> Connection {
        self.conn
    }
}
