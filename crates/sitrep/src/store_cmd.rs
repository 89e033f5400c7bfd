//! The commands over the store: ingest, events, stories, story, search, export.

use crate::pipeline;
use crate::story_table::text;
use anyhow::{Context, Result};
use serde_json::Value;
use sitrep_ingest::ReadOptions;
use sitrep_store::write::ItemOutcome;
use sitrep_store::{query, Filter, Store};
use std::io::{BufWriter, Write};
use std::path::Path;

/// The filters every store command takes.
#[derive(clap::Args, Debug, Default, Clone)]
pub struct FilterArgs {
    /// An actor on either side: country code (IRN), or name (Hezbollah).
    #[arg(long)]
    pub actor: Option<String>,
    /// The event's actor (PLOVER source).
    #[arg(long)]
    pub source: Option<String>,
    /// The event's recipient (PLOVER target).
    #[arg(long)]
    pub target: Option<String>,
    /// PLOVER event type, such as THREATEN.
    #[arg(long = "type")]
    pub event_type: Option<String>,
    /// Quad class: 1-4 or verbal_cooperation, material_cooperation, verbal_conflict, material_conflict.
    #[arg(long)]
    pub quad: Option<String>,
    /// asserted, negated, conditional, denied, reported, hypothetical or historical.
    #[arg(long)]
    pub modality: Option<String>,
    #[arg(long)]
    pub outlet: Option<String>,
    /// ISO 639-1 code.
    #[arg(long)]
    pub language: Option<String>,
    /// First day, YYYY-MM-DD.
    #[arg(long)]
    pub since: Option<String>,
    /// Last day, YYYY-MM-DD.
    #[arg(long)]
    pub until: Option<String>,
    /// Only this story.
    #[arg(long)]
    pub story: Option<String>,
}

impl From<FilterArgs> for Filter {
    fn from(f: FilterArgs) -> Filter {
        Filter {
            actor: f.actor,
            source: f.source,
            target: f.target,
            event_type: f.event_type,
            quad: f.quad,
            modality: f.modality,
            outlet: f.outlet,
            language: f.language,
            since: f.since,
            until: f.until,
            story: f.story,
        }
    }
}

pub fn ingest(paths: &[String], options: ReadOptions, db: &Path, batch: usize) -> Result<bool> {
    let started = std::time::Instant::now();
    let (report, store) = pipeline::ingest(paths, options, db, batch)?;
    let mut stored = 0;
    let mut superseded = 0;
    let mut duplicates = 0;
    let mut failed = 0;
    let mut stories = std::collections::BTreeSet::new();
    for o in &report.outcomes {
        match o {
            ItemOutcome::Stored { story, .. } => {
                stored += 1;
                stories.insert(story);
            }
            ItemOutcome::Superseded { story, .. } => {
                superseded += 1;
                stories.insert(story);
            }
            ItemOutcome::Duplicate { .. } => duplicates += 1,
            ItemOutcome::Failed { item, error } => {
                failed += 1;
                eprintln!("sitrep: failed: {item}: {error}");
            }
        }
    }
    let totals = query::counts(store.connection())?;
    eprintln!(
        "sitrep: ingest: {stored} stored, {superseded} corrected versions, {duplicates} already stored, {failed} failed; {} stories grew, in {:.2}s",
        stories.len(),
        started.elapsed().as_secs_f64()
    );
    eprintln!(
        "sitrep: {} now holds {} articles, {} stories, {} events, {} quotes",
        db.display(),
        totals["articles"],
        totals["stories"],
        totals["events"],
        totals["quotes"]
    );
    Ok(failed == 0)
}

fn out() -> BufWriter<std::io::StdoutLock<'static>> {
    BufWriter::new(std::io::stdout().lock())
}

fn names(v: &Value) -> String {
    let n: Vec<&str> = v
        .as_array()
        .into_iter()
        .flatten()
        .map(|x| x["code"].as_str().unwrap_or_else(|| text(&x["name"])))
        .collect();
    if n.is_empty() {
        "-".into()
    } else {
        n.join("+")
    }
}

fn clip(s: &str, n: usize) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= n {
        s
    } else {
        format!("{}…", s.chars().take(n - 1).collect::<String>())
    }
}

pub fn events(db: &Path, filter: Filter, limit: usize, jsonl: bool) -> Result<bool> {
    let store = Store::open_read_only(db)?;
    let rows = query::events(store.connection(), &filter, limit, 0)?;
    let mut w = out();
    for e in &rows {
        if jsonl {
            serde_json::to_writer(&mut w, e)?;
            writeln!(w)?;
        } else {
            writeln!(
                w,
                "{:<10} {:<9} {:<12} {:>8} -> {:<8} {:<14} {}",
                e["date"]
                    .as_str()
                    .or(e["published"].as_str())
                    .map_or("-", |d| d.get(..10).unwrap_or(d)),
                text(&e["event"]),
                text(&e["modality"]),
                clip(&names(&e["actor"]), 8),
                clip(&names(&e["recipient"]), 8),
                clip(e["outlet"].as_str().unwrap_or("-"), 14),
                clip(text(&e["event_text"]), 90)
            )?;
        }
    }
    w.flush()?;
    if !jsonl {
        eprintln!("sitrep: {} events", rows.len());
    }
    Ok(true)
}

pub fn stories(db: &Path, filter: Filter, limit: usize, jsonl: bool) -> Result<bool> {
    let store = Store::open_read_only(db)?;
    let rows = query::stories(store.connection(), &filter, limit, 0)?;
    let mut w = out();
    for s in &rows {
        if jsonl {
            serde_json::to_writer(&mut w, s)?;
            writeln!(w)?;
            continue;
        }
        let outlets: Vec<String> = s["outlets"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|o| format!("{} {}", text(&o["outlet"]), o["articles"]))
            .collect();
        writeln!(
            w,
            "{:<18} {:<10} {:>3} articles, {:>2} outlets  {}\n{:<18} {}",
            text(&s["id"]),
            s["last_day"].as_str().unwrap_or("-"),
            s["articles"],
            s["outlet_count"],
            clip(text(&s["title"]), 80),
            "",
            clip(&outlets.join(", "), 110)
        )?;
    }
    w.flush()?;
    Ok(true)
}

pub fn story(db: &Path, id: &str, json: bool) -> Result<bool> {
    let store = Store::open_read_only(db)?;
    let Some(s) = query::story(store.connection(), id)? else {
        eprintln!("sitrep: no story {id:?} in {}", db.display());
        return Ok(false);
    };
    let mut w = out();
    if json {
        serde_json::to_writer_pretty(&mut w, &s)?;
        writeln!(w)?;
    } else {
        crate::story_table::write(&mut w, &s, terminal_width())?;
    }
    w.flush()?;
    Ok(true)
}

fn terminal_width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(160)
        .clamp(80, 400)
}

pub fn search(
    db: &Path,
    text_query: &str,
    filter: Filter,
    limit: usize,
    jsonl: bool,
) -> Result<bool> {
    let store = Store::open_read_only(db)?;
    let searcher = sitrep_store::search::Searcher::open(&store.index_dir())?;
    let result = searcher.search(store.connection(), text_query, &filter, limit)?;
    let mut w = out();
    for h in result["hits"].as_array().into_iter().flatten() {
        if jsonl {
            serde_json::to_writer(&mut w, h)?;
            writeln!(w)?;
            continue;
        }
        let snippet: String = h["snippet"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|s| {
                if s["hit"] == true {
                    format!("[{}]", text(&s["text"]))
                } else {
                    text(&s["text"]).to_string()
                }
            })
            .collect();
        writeln!(
            w,
            "{} {} · {} · {}{}\n    {}",
            text(&h["kind"]),
            text(&h["article"]),
            h["outlet"].as_str().unwrap_or("-"),
            h["published"].as_str().unwrap_or("-"),
            h["speaker"]
                .as_str()
                .map_or(String::new(), |s| format!(" · {s}")),
            clip(&snippet, 200)
        )?;
    }
    w.flush()?;
    if !jsonl {
        eprintln!("sitrep: {} matches", result["total"]);
    }
    Ok(true)
}

pub fn export(db: &Path, filter: Filter, format: &str, to: Option<&Path>) -> Result<bool> {
    let format: sitrep_store::export::Format = format.parse()?;
    let store = Store::open_read_only(db)?;
    let n = match to {
        Some(path) => {
            let file = std::fs::File::create(path)
                .with_context(|| format!("cannot create {}", path.display()))?;
            sitrep_store::export::export(store.connection(), &filter, format, BufWriter::new(file))?
        }
        None => sitrep_store::export::export(
            store.connection(),
            &filter,
            format,
            BufWriter::new(std::io::stdout()),
        )?,
    };
    eprintln!("sitrep: exported {n} events");
    Ok(true)
}
