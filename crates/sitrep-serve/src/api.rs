//! Routes, limits and security headers.

use crate::{assets, Config, IngestFn};
use anyhow::Result;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, Query, Request, State as AxState};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use rusqlite::Connection;
use serde_json::{json, Value};
use sitrep_store::search::Searcher;
use sitrep_store::{query, Filter, Store};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::Semaphore;

/// The most store queries running at once; more wait up to [`QUEUE_WAIT`].
const CONCURRENT_QUERIES: usize = 8;
const QUEUE_WAIT: Duration = Duration::from_secs(5);
/// SQLite stops a query that runs longer than this.
const QUERY_BUDGET: Duration = Duration::from_secs(3);
/// Longest accepted request target (path and query string).
const MAX_URI: usize = 4_096;
/// Largest `POST /api/ingest` body.
const MAX_INGEST_BODY: usize = 16 * 1024 * 1024;

const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                   connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

#[derive(Clone)]
pub struct State {
    db: PathBuf,
    pool: Arc<Mutex<Vec<Connection>>>,
    searcher: Option<Searcher>,
    permits: Arc<Semaphore>,
    ingest: Option<(String, IngestFn)>,
    /// One ingest at a time.
    ingest_lock: Arc<tokio::sync::Mutex<()>>,
}

impl State {
    pub fn open(config: &Config) -> Result<State> {
        // Fails early, with a clear message, when there is no store.
        let store = Store::open_read_only(&config.db)?;
        let searcher = Searcher::open(&store.index_dir()).ok();
        if searcher.is_none() {
            eprintln!("sitrep: no search index beside the store yet: search answers 503");
        }
        Ok(State {
            db: config.db.clone(),
            pool: Arc::new(Mutex::new(Vec::new())),
            searcher,
            permits: Arc::new(Semaphore::new(CONCURRENT_QUERIES)),
            ingest: config.ingest.clone(),
            ingest_lock: Arc::new(tokio::sync::Mutex::new(())),
        })
    }

    /// Run `f` with a pooled read-only connection on the blocking pool,
    /// within the concurrency cap and the query time budget.
    async fn with_conn<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T> + Send + 'static,
    ) -> Result<T, ApiError> {
        let permit = tokio::time::timeout(QUEUE_WAIT, self.permits.clone().acquire_owned())
            .await
            .map_err(|_| ApiError::busy())?
            .map_err(|_| ApiError::busy())?;
        let pool = self.pool.clone();
        let db = self.db.clone();
        tokio::task::spawn_blocking(move || {
            let _permit = permit;
            let conn = pool.lock().ok().and_then(|mut p| p.pop());
            let mut conn = match conn {
                Some(c) => c,
                None => {
                    let store = Store::open_read_only(&db).map_err(ApiError::internal)?;
                    store.into_connection()
                }
            };
            let deadline = Instant::now() + QUERY_BUDGET;
            let _ = conn.progress_handler(10_000, Some(move || Instant::now() > deadline));
            let out = f(&conn);
            let _ = conn.progress_handler(0, None::<fn() -> bool>);
            if let Ok(mut p) = pool.lock() {
                p.push(conn);
            }
            out.map_err(ApiError::from_query)
        })
        .await
        .map_err(|e| ApiError::internal(anyhow::anyhow!("{e}")))?
    }
}

pub struct ApiError {
    status: StatusCode,
    message: String,
}

impl ApiError {
    fn new(status: StatusCode, message: impl Into<String>) -> Self {
        ApiError {
            status,
            message: message.into(),
        }
    }
    fn busy() -> Self {
        Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "too many queries at once; retry",
        )
    }
    fn internal(e: anyhow::Error) -> Self {
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, format!("{e:#}"))
    }
    fn not_found(what: &str) -> Self {
        Self::new(StatusCode::NOT_FOUND, format!("no {what}"))
    }
    /// A query SQLite interrupted ran over its time budget (filters were
    /// checked before it ran: any other failure is the server's).
    fn from_query(e: anyhow::Error) -> Self {
        let interrupted = e.chain().any(|cause| {
            cause
                .downcast_ref::<rusqlite::Error>()
                .and_then(rusqlite::Error::sqlite_error_code)
                == Some(rusqlite::ErrorCode::OperationInterrupted)
        });
        if interrupted {
            Self::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "query over its time budget; narrow it",
            )
        } else {
            Self::internal(e)
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(json!({"error": self.message}))).into_response()
    }
}

type Params = HashMap<String, String>;

/// The filters in the query parameters, checked: a malformed day or quad
/// class is the client's error.
fn filter_of(p: &Params) -> Result<Filter, ApiError> {
    let get = |k: &str| p.get(k).filter(|v| !v.trim().is_empty()).cloned();
    let f = Filter {
        actor: get("actor"),
        source: get("source"),
        target: get("target"),
        event_type: get("type"),
        quad: get("quad"),
        modality: get("modality"),
        outlet: get("outlet"),
        language: get("language"),
        since: get("since"),
        until: get("until"),
        story: get("story"),
    };
    f.validate()
        .map_err(|e| ApiError::new(StatusCode::BAD_REQUEST, format!("{e:#}")))?;
    Ok(f)
}

fn number(p: &Params, key: &str, default: usize, max: usize) -> Result<usize, ApiError> {
    match p.get(key) {
        None => Ok(default),
        Some(v) => match v.parse::<usize>() {
            Ok(n) if n <= max => Ok(n),
            _ => Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                format!("{key} must be a number from 0 to {max}"),
            )),
        },
    }
}

pub fn router(state: State) -> Router {
    Router::new()
        .route(
            "/",
            get(|| async { assets::page(assets::INDEX_HTML, "text/html; charset=utf-8") }),
        )
        .route(
            "/assets/app.js",
            get(|| async { assets::page(assets::APP_JS, "text/javascript; charset=utf-8") }),
        )
        .route(
            "/assets/app.css",
            get(|| async { assets::page(assets::APP_CSS, "text/css; charset=utf-8") }),
        )
        .route(
            "/api/openapi.json",
            get(|| async { assets::page(assets::OPENAPI, "application/json") }),
        )
        .route("/api/stats", get(stats))
        .route("/api/stories", get(stories))
        .route("/api/stories/{id}", get(story))
        .route("/api/articles/{id}", get(article))
        .route("/api/events", get(events))
        .route("/api/timeline", get(timeline))
        .route("/api/actors/{who}", get(actor))
        .route("/api/search", get(search))
        .route(
            "/api/ingest",
            post(ingest).layer(DefaultBodyLimit::max(MAX_INGEST_BODY)),
        )
        .fallback(|| async { ApiError::not_found("such page") })
        .layer(DefaultBodyLimit::max(64 * 1024))
        .layer(middleware::from_fn(guard))
        .with_state(state)
}

/// Refuse oversized request targets; set the security headers on every response.
async fn guard(req: Request, next: Next) -> Response {
    let too_long = req.uri().to_string().len() > MAX_URI;
    let mut res = if too_long {
        ApiError::new(StatusCode::URI_TOO_LONG, "request target too long").into_response()
    } else {
        next.run(req).await
    };
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

async fn stats(AxState(s): AxState<State>) -> Result<Json<Value>, ApiError> {
    let indexed = s.searcher.is_some();
    let mut v = s.with_conn(query::counts).await?;
    v["search"] = json!(indexed);
    v["ingest"] = json!(s.ingest.is_some());
    Ok(Json(v))
}

async fn stories(
    AxState(s): AxState<State>,
    Query(p): Query<Params>,
) -> Result<Json<Value>, ApiError> {
    let (limit, offset) = (
        number(&p, "limit", 50, query::MAX_LIMIT)?,
        number(&p, "offset", 0, 1_000_000)?,
    );
    let f = filter_of(&p)?;
    Ok(Json(json!(
        s.with_conn(move |c| query::stories(c, &f, limit, offset))
            .await?
    )))
}

async fn story(
    AxState(s): AxState<State>,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    match s.with_conn(move |c| query::story(c, &id)).await? {
        Some(v) => Ok(Json(v)),
        None => Err(ApiError::not_found("such story")),
    }
}

async fn article(
    AxState(s): AxState<State>,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    match s.with_conn(move |c| query::article(c, &id)).await? {
        Some(v) => Ok(Json(v)),
        None => Err(ApiError::not_found("such article")),
    }
}

async fn events(
    AxState(s): AxState<State>,
    Query(p): Query<Params>,
) -> Result<Json<Value>, ApiError> {
    let (limit, offset) = (
        number(&p, "limit", 100, query::MAX_LIMIT)?,
        number(&p, "offset", 0, 1_000_000)?,
    );
    let f = filter_of(&p)?;
    Ok(Json(json!(
        s.with_conn(move |c| query::events(c, &f, limit, offset))
            .await?
    )))
}

async fn timeline(
    AxState(s): AxState<State>,
    Query(p): Query<Params>,
) -> Result<Json<Value>, ApiError> {
    let f = filter_of(&p)?;
    Ok(Json(json!(
        s.with_conn(move |c| query::timeline(c, &f)).await?
    )))
}

async fn actor(
    AxState(s): AxState<State>,
    Path(who): Path<String>,
    Query(p): Query<Params>,
) -> Result<Json<Value>, ApiError> {
    let f = filter_of(&p)?;
    match s.with_conn(move |c| query::actor(c, &who, &f)).await? {
        Some(v) => Ok(Json(v)),
        None => Err(ApiError::not_found("events with that actor")),
    }
}

async fn search(
    AxState(s): AxState<State>,
    Query(p): Query<Params>,
) -> Result<Json<Value>, ApiError> {
    let Some(searcher) = s.searcher.clone() else {
        return Err(ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "no search index yet",
        ));
    };
    let q = p.get("q").cloned().unwrap_or_default();
    if q.trim().is_empty() {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "give the query as ?q=",
        ));
    }
    if q.chars().count() > sitrep_store::search::MAX_QUERY_CHARS {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            format!(
                "the query is longer than {} characters",
                sitrep_store::search::MAX_QUERY_CHARS
            ),
        ));
    }
    let limit = number(&p, "limit", 20, 100)?;
    let f = filter_of(&p)?;
    Ok(Json(
        s.with_conn(move |c| searcher.search(c, &q, &f, limit))
            .await?,
    ))
}

async fn ingest(
    AxState(s): AxState<State>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    let Some((token, run)) = s.ingest.clone() else {
        return Err(match given {
            None => ApiError::new(
                StatusCode::UNAUTHORIZED,
                "a bearer token is needed, and this server is read-only",
            ),
            Some(_) => ApiError::new(
                StatusCode::FORBIDDEN,
                "read-only: start with --ingest-token to accept articles",
            ),
        });
    };
    if !given.is_some_and(|g| constant_time_eq(g.as_bytes(), token.as_bytes())) {
        return Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "a valid bearer token is needed",
        ));
    }
    let _one_at_a_time = s.ingest_lock.lock().await;
    let body = body.to_vec();
    let out = tokio::task::spawn_blocking(move || run(body))
        .await
        .map_err(|e| ApiError::internal(anyhow::anyhow!("{e}")))?
        .map_err(ApiError::internal)?;
    Ok(Json(out))
}

/// Compare without leaking, through timing, how much of the token matched.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_compare_whole() {
        assert!(constant_time_eq(b"secret", b"secret"));
        assert!(!constant_time_eq(b"secret", b"secreT"));
        assert!(!constant_time_eq(b"secret", b"secret2"));
    }

    #[test]
    fn filters_come_from_query_parameters() {
        let p: Params = [("actor", "IRN"), ("type", "threaten"), ("outlet", " ")]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let Ok(f) = filter_of(&p) else {
            panic!("good filters refused")
        };
        assert_eq!(f.actor.as_deref(), Some("IRN"));
        assert_eq!(f.event_type.as_deref(), Some("threaten"));
        assert_eq!(f.outlet, None);
        assert!(number(&p, "limit", 20, 100).is_ok());
        let bad: Params = [("since", "last week")]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        assert!(filter_of(&bad).is_err(), "a malformed day is refused");
    }
}
