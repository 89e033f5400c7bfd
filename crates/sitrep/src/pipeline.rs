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
    pub duplicates: Vec<String>,
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
            duplicates.push(a.source.clone());
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
