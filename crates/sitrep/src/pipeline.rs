//! The whole pipeline, one way through: ingest, extract, analyze, code, group.

use indicatif::{ProgressBar, ProgressStyle};
use sitrep_core::{Article, Story};
use sitrep_ingest::{ItemError, ReadOptions};
use sitrep_nlp::kb::KnowledgeBase;
use std::collections::HashSet;
use std::time::Instant;

pub struct Run {
    pub articles: Vec<Article>,
    pub failures: Vec<ItemError>,
    /// Articles whose body was already seen in this run (same id).
    /// (source, id of the article read earlier with the same body).
    pub duplicates: Vec<(String, String)>,
    pub stories: Vec<Story>,
    /// Per article, the index of its story.
    pub story_of: Vec<usize>,
    pub timings: Timings,
}

/// Wall time of each stage of a run, for `analyze --timings`.
#[derive(Debug, Default, Clone, Copy)]
pub struct Timings {
    pub extract: std::time::Duration,
    pub analyze: std::time::Duration,
    pub code: std::time::Duration,
    pub group: std::time::Duration,
}

fn progress(len: usize) -> ProgressBar {
    // indicatif draws only when stderr is a terminal.
    let bar = ProgressBar::new(len as u64);
    bar.set_style(
        ProgressStyle::with_template("{spinner} {pos}/{len} items {wide_bar} {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

/// Ingest and extract only.
pub fn extract(paths: &[String], options: ReadOptions) -> (Vec<Article>, Vec<ItemError>) {
    let items = sitrep_ingest::read_paths(paths, options);
    let bar = progress(items.len());
    let mut articles = Vec::new();
    let mut failures = Vec::new();
    for item in items {
        match item {
            Ok(item) => {
                for a in sitrep_ingest::extract(&item) {
                    match a {
                        Ok(a) => articles.push(a),
                        Err(e) => failures.push(e),
                    }
                }
            }
            Err(e) => failures.push(e),
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    (articles, failures)
}

/// Analyze and code extracted articles in place.
pub fn analyze(articles: &mut [Article], kb: &KnowledgeBase) {
    let mut t = Timings::default();
    analyze_timed(articles, kb, &mut t);
}

/// Analysis and coding, adding each stage's time to `t`.
fn analyze_timed(articles: &mut [Article], kb: &KnowledgeBase, t: &mut Timings) {
    for a in articles.iter_mut() {
        let start = Instant::now();
        sitrep_nlp::analyze(a, kb);
        let mid = Instant::now();
        sitrep_events::code_article(a);
        t.analyze += mid - start;
        t.code += mid.elapsed();
    }
}

pub fn run(paths: &[String], options: ReadOptions, join_threshold: Option<f32>) -> Run {
    let mut timings = Timings::default();
    let start = Instant::now();
    let (extracted, failures) = extract(paths, options);
    timings.extract = start.elapsed();
    let mut seen = HashSet::new();
    let mut duplicates = Vec::new();
    let mut articles = Vec::new();
    for a in extracted {
        if seen.insert(a.id.clone()) {
            articles.push(a);
        } else {
            duplicates.push((a.source.clone(), a.id.clone()));
        }
    }
    let kb = KnowledgeBase::embedded();
    analyze_timed(&mut articles, &kb, &mut timings);
    let threshold = join_threshold.unwrap_or(sitrep_stories::cluster::JOIN_THRESHOLD);
    let start = Instant::now();
    let (stories, story_of) = sitrep_stories::group_with(&articles, threshold);
    timings.group = start.elapsed();
    Run {
        articles,
        failures,
        duplicates,
        stories,
        story_of,
        timings,
    }
}

/// Read, extract, analyze and store `items` in batches of `batch` articles,
/// one transaction each, advancing `bar` by input items and counting articles.
pub fn ingest_items(
    ingestor: &mut sitrep_store::Ingestor,
    items: Vec<Result<sitrep_ingest::Item, ItemError>>,
    batch: usize,
    bar: &ProgressBar,
) -> anyhow::Result<sitrep_store::BatchReport> {
    use sitrep_store::write::Incoming;
    let kb = KnowledgeBase::embedded();
    let mut report = sitrep_store::BatchReport::default();
    let mut pending: Vec<Incoming> = Vec::new();
    let mut articles = 0usize;
    let failed = |e: ItemError| Incoming::Failed {
        item: e.source,
        error: e.reason,
    };
    for item in items {
        match item {
            Ok(item) => {
                for a in sitrep_ingest::extract(&item) {
                    match a {
                        Ok(mut a) => {
                            // A stored body is logged as a duplicate unanalyzed.
                            if !ingestor.is_stored(&a.id)? {
                                sitrep_nlp::analyze(&mut a, &kb);
                                sitrep_events::code_article(&mut a);
                            }
                            pending.push(Incoming::Article(Box::new(a)));
                            articles += 1;
                            bar.set_message(format!("{articles} articles"));
                        }
                        Err(e) => pending.push(failed(e)),
                    }
                    if pending.len() >= batch {
                        let done = ingestor.ingest(std::mem::take(&mut pending))?;
                        report.outcomes.extend(done.outcomes);
                    }
                }
            }
            Err(e) => pending.push(failed(e)),
        }
        bar.inc(1);
    }
    if !pending.is_empty() {
        let done = ingestor.ingest(pending)?;
        report.outcomes.extend(done.outcomes);
    }
    Ok(report)
}

/// `ingest` from the CLI: paths into the store, with a progress bar.
pub fn ingest(
    paths: &[String],
    options: ReadOptions,
    db: &std::path::Path,
    batch: usize,
) -> anyhow::Result<(sitrep_store::BatchReport, sitrep_store::Store)> {
    let store = sitrep_store::Store::open(db)?;
    let mut ingestor = sitrep_store::Ingestor::new(store, true)?;
    let items = sitrep_ingest::read_paths(paths, options);
    let bar = progress(items.len());
    bar.set_style(
        ProgressStyle::with_template("{spinner} {pos}/{len} items, {msg} {wide_bar} {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let report = ingest_items(&mut ingestor, items, batch.max(1), &bar)?;
    bar.finish_and_clear();
    Ok((report, ingestor.finish()?))
}

/// `POST /api/ingest`: one request body, as if it were one input file.
pub fn ingest_body(db: &std::path::Path, body: Vec<u8>) -> anyhow::Result<serde_json::Value> {
    use sitrep_store::write::ItemOutcome;
    let store = sitrep_store::Store::open(db)?;
    let mut ingestor = sitrep_store::Ingestor::new(store, true)?;
    let item = sitrep_ingest::Item {
        source: "api".into(),
        bytes: body,
        charset: None,
    };
    let report = ingest_items(&mut ingestor, vec![Ok(item)], 32, &ProgressBar::hidden())?;
    ingestor.finish()?;
    let outcomes: Vec<serde_json::Value> = report
        .outcomes
        .iter()
        .map(|o| match o {
            ItemOutcome::Stored { id, story } => {
                serde_json::json!({"status": "stored", "article": id, "story": story})
            }
            ItemOutcome::Superseded { id, old, story } => {
                serde_json::json!({"status": "superseded", "article": id, "old": old, "story": story})
            }
            ItemOutcome::Duplicate { id } => serde_json::json!({"status": "duplicate", "article": id}),
            ItemOutcome::Failed { item, error } => {
                serde_json::json!({"status": "failed", "item": item, "error": error})
            }
        })
        .collect();
    Ok(serde_json::json!({ "items": outcomes }))
}
