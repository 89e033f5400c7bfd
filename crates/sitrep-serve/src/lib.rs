//! `sitrep serve`: a read-only JSON API over the store, described by the
//! OpenAPI document it serves at `/api/openapi.json`, and the web UI, served
//! from the binary.
//!
//! Article text is hostile input. The API returns it only as JSON strings;
//! the UI puts it into the page as text nodes, never as HTML; every response
//! carries a Content-Security-Policy that allows scripts from this origin's
//! files only (no inline script). Writing needs `--ingest-token`: then
//! `POST /api/ingest` with that bearer token adds articles.
//!
//! Each request's store work runs on the blocking pool with a connection of
//! its own (WAL lets an ingest write meanwhile), a cap on concurrent queries,
//! and a time budget enforced inside SQLite.

mod api;
mod assets;

use anyhow::{Context, Result};
use serde_json::Value;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

/// Adds the articles in a request body (anything `sitrep ingest` reads) to
/// the store and says what happened.
pub type IngestFn = Arc<dyn Fn(Vec<u8>) -> Result<Value> + Send + Sync>;

pub struct Config {
    pub db: PathBuf,
    pub listen: SocketAddr,
    /// The bearer token and the function behind `POST /api/ingest`.
    pub ingest: Option<(String, IngestFn)>,
}

/// Serve until interrupted (Ctrl-C).
pub fn serve(config: Config) -> Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    runtime.block_on(async move {
        let state = api::State::open(&config)?;
        let app = api::router(state);
        let listener = tokio::net::TcpListener::bind(config.listen)
            .await
            .with_context(|| format!("cannot listen on {}", config.listen))?;
        let addr = listener.local_addr()?;
        eprintln!("sitrep: serving {} on http://{addr}/", config.db.display());
        if !addr.ip().is_loopback() {
            eprintln!(
                "sitrep: listening beyond loopback: anyone who can reach {addr} can read the store"
            );
        }
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
            .context("server failed")
    })
}
