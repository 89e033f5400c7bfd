//! What each command writes, and the run summary.

use crate::pipeline::{self, Run};
use anyhow::{bail, Context, Result};
use sitrep_core::export;
use sitrep_core::{Article, EventType};
use sitrep_ingest::{ItemError, ReadOptions};
use std::collections::BTreeMap;
use std::io::{BufWriter, Write};
use std::path::Path;

fn report_failures(failures: &[ItemError]) {
    for f in failures {
        eprintln!("sitrep: failed: {f}");
    }
}

fn write_jsonl<T: serde::Serialize>(path: &Path, rows: impl IntoIterator<Item = T>) -> Result<()> {
    let file =
        std::fs::File::create(path).with_context(|| format!("cannot create {}", path.display()))?;
    let mut w = BufWriter::new(file);
    for row in rows {
        serde_json::to_writer(&mut w, &row)?;
        w.write_all(b"\n")?;
    }
    w.flush()?;
    Ok(())
}

fn story_id_of(run: &Run, i: usize) -> Option<&str> {
    run.story_of
        .get(i)
        .and_then(|&s| run.stories.get(s))
        .map(|s| s.id.as_str())
}

/// Returns whether every item succeeded.
pub fn analyze(
    paths: &[String],
    options: ReadOptions,
    out: Option<&Path>,
    events_only: bool,
    join_threshold: Option<f32>,
    timings: bool,
) -> Result<bool> {
    let started = std::time::Instant::now();
    let run = pipeline::run(paths, options, join_threshold);
    report_failures(&run.failures);
    if run.articles.is_empty() && !run.failures.is_empty() {
        summary(&run, started);
        return Ok(false);
    }
    if let Some(dir) = out {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        write_jsonl(
            &dir.join("articles.jsonl"),
            run.articles
                .iter()
                .enumerate()
                .map(|(i, a)| export::article_record(a, story_id_of(&run, i))),
        )?;
        write_jsonl(
            &dir.join("events.jsonl"),
            run.articles.iter().flat_map(export::event_records),
        )?;
        write_jsonl(
            &dir.join("quotes.jsonl"),
            run.articles.iter().flat_map(export::quote_records),
        )?;
        write_jsonl(
            &dir.join("mentions.jsonl"),
            run.articles.iter().flat_map(|a| {
                export::mention_records(a).into_iter().map(move |mut m| {
                    m["article"] = serde_json::json!(a.id);
                    m
                })
            }),
        )?;
        write_jsonl(
            &dir.join("duplicates.jsonl"),
            run.duplicates
                .iter()
                .map(|(source, id)| serde_json::json!({"source": source, "article": id})),
        )?;
        let stories = std::fs::File::create(dir.join("stories.json"))
            .context("cannot create stories.json")?;
        serde_json::to_writer_pretty(BufWriter::new(stories), &run.stories)?;
    } else {
        let stdout = std::io::stdout();
        let mut w = BufWriter::new(stdout.lock());
        for (i, a) in run.articles.iter().enumerate() {
            if events_only {
                for e in export::event_records(a) {
                    serde_json::to_writer(&mut w, &e)?;
                    w.write_all(b"\n")?;
                }
            } else {
                serde_json::to_writer(
                    &mut w,
                    &export::article_with_layers(a, story_id_of(&run, i)),
                )?;
                w.write_all(b"\n")?;
            }
        }
        w.flush()?;
    }
    summary(&run, started);
    if timings {
        print_timings(&run);
    }
    Ok(run.failures.is_empty())
}

fn summary(run: &Run, started: std::time::Instant) {
    let mut by_type: BTreeMap<EventType, usize> = BTreeMap::new();
    let (mut events, mut direct, mut indirect) = (0, 0, 0);
    for a in &run.articles {
        for e in &a.layers.events {
            *by_type.entry(e.event_type).or_default() += 1;
            events += 1;
        }
        for q in &a.layers.quotes {
            match q.kind {
                sitrep_core::QuoteKind::Direct => direct += 1,
                sitrep_core::QuoteKind::Indirect => indirect += 1,
            }
        }
    }
    let multi = run.stories.iter().filter(|s| s.articles.len() > 1).count();
    let copies: usize = run.stories.iter().map(|s| s.copies.len()).sum();
    eprintln!(
        "sitrep: {} articles, {} stories ({} with more than one article, {} syndicated copies), {} events, {} quotes ({} direct, {} indirect), {} failed, {} duplicate bodies skipped, in {:.2}s",
        run.articles.len(),
        run.stories.len(),
        multi,
        copies,
        events,
        direct + indirect,
        direct,
        indirect,
        run.failures.len(),
        run.duplicates.len(),
        started.elapsed().as_secs_f64()
    );
    if !by_type.is_empty() {
        let parts: Vec<String> = by_type.iter().map(|(t, n)| format!("{t} {n}")).collect();
        eprintln!("sitrep: events by type: {}", parts.join(", "));
    }
}

/// Per-stage wall time and throughput, on one thread.
fn print_timings(run: &Run) {
    let t = run.timings;
    let sentences: usize = run.articles.iter().map(|a| a.layers.sentences.len()).sum();
    let n = run.articles.len() as f64;
    let rate = |count: f64, d: std::time::Duration| count / d.as_secs_f64().max(1e-9);
    eprintln!(
        "sitrep: timings (one thread): extract {:.3}s ({:.0} articles/s), analyze {:.3}s and code {:.3}s ({} sentences: {:.0} sentences/s analyzed, {:.0} sentences/s coded), group {:.3}s ({:.0} articles/s)",
        t.extract.as_secs_f64(),
        rate(n, t.extract),
        t.analyze.as_secs_f64(),
        t.code.as_secs_f64(),
        sentences,
        rate(sentences as f64, t.analyze),
        rate(sentences as f64, t.code),
        t.group.as_secs_f64(),
        rate(n, t.group),
    );
}

pub fn extract(paths: &[String], options: ReadOptions, format: &str) -> Result<bool> {
    if format != "text" && format != "jsonl" {
        bail!("--format must be `text` or `jsonl`, not {format:?}");
    }
    let (articles, failures) = pipeline::extract(paths, options);
    report_failures(&failures);
    let stdout = std::io::stdout();
    let mut w = BufWriter::new(stdout.lock());
    for a in &articles {
        if format == "jsonl" {
            serde_json::to_writer(&mut w, &export::article_record(a, None))?;
            writeln!(w)?;
        } else {
            writeln!(w, "== {}", a.source)?;
            writeln!(w, "title:     {}", a.title.as_deref().unwrap_or("-"))?;
            writeln!(
                w,
                "published: {}",
                a.published.as_ref().map_or("-".into(), |p| p.iso())
            )?;
            writeln!(w, "outlet:    {}", a.outlet.as_deref().unwrap_or("-"))?;
            writeln!(w, "dateline:  {}", a.dateline.as_deref().unwrap_or("-"))?;
            writeln!(w, "agencies:  {}", a.cited_agencies.join(", "))?;
            writeln!(w, "language:  {}", a.language.as_deref().unwrap_or("-"))?;
            writeln!(w, "\n{}\n", a.body)?;
        }
    }
    w.flush()?;
    Ok(failures.is_empty())
}

fn analyzed(paths: &[String]) -> (Vec<Article>, Vec<ItemError>) {
    let (mut articles, failures) = pipeline::extract(paths, ReadOptions::default());
    report_failures(&failures);
    pipeline::analyze(&mut articles, &sitrep_nlp::kb::KnowledgeBase::embedded());
    (articles, failures)
}

/// Print one layer of every analyzed article: its records as JSON Lines, or
/// a readable line per record under a header per article.
fn print_layer(
    paths: &[String],
    jsonl: bool,
    records: fn(&Article) -> Vec<serde_json::Value>,
    readable: fn(&serde_json::Value) -> String,
) -> Result<bool> {
    let (articles, failures) = analyzed(paths);
    let stdout = std::io::stdout();
    let mut w = BufWriter::new(stdout.lock());
    for a in &articles {
        if !jsonl {
            writeln!(w, "== {}", a.source)?;
        }
        for mut r in records(a) {
            if jsonl {
                r["source"] = a.source.clone().into();
                serde_json::to_writer(&mut w, &r)?;
                writeln!(w)?;
            } else {
                writeln!(w, "{}", readable(&r))?;
            }
        }
    }
    w.flush()?;
    Ok(failures.is_empty())
}

pub fn actors(paths: &[String], jsonl: bool) -> Result<bool> {
    print_layer(paths, jsonl, export::mention_records, mention_line)
}

pub(crate) fn mention_line(m: &serde_json::Value) -> String {
    let e = &m["entity"];
    format!(
        "{:>6} {:<4} {:<40} -> {} {} {}",
        m["start"],
        m["type"].as_str().unwrap_or(""),
        m["text"].as_str().unwrap_or(""),
        e["name"].as_str().unwrap_or("(unresolved)"),
        e["code"].as_str().unwrap_or(""),
        e["sector"].as_str().unwrap_or(""),
    )
}

pub fn quotes(paths: &[String], jsonl: bool) -> Result<bool> {
    print_layer(paths, jsonl, export::quote_records, |q| {
        let chain: Vec<&str> = q["chain"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|c| c.as_str())
            .collect();
        format!(
            "[{}] {}{} {}: {}",
            q["kind"].as_str().unwrap_or(""),
            q["speaker"]["name"].as_str().unwrap_or("(unknown)"),
            if q["anonymous"].as_bool() == Some(true) {
                " (anonymous)"
            } else {
                ""
            },
            if chain.is_empty() {
                String::new()
            } else {
                format!("via {}", chain.join(" via "))
            },
            q["content"].as_str().unwrap_or(""),
        )
    })
}
