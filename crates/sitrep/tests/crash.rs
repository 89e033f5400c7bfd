//! `kill -9` during `sitrep ingest` loses nothing that was committed, and a
//! rerun finishes the job without duplicates.

mod common;

use common::tempdir;
use rusqlite::{Connection, OpenFlags};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const COUNTRIES: [(&str, &str); 8] = [
    ("Chad", "N'Djamena"),
    ("Niger", "Niamey"),
    ("Mali", "Bamako"),
    ("Ghana", "Accra"),
    ("Peru", "Lima"),
    ("Chile", "Santiago"),
    ("Nepal", "Kathmandu"),
    ("Laos", "Vientiane"),
];

/// `n` distinct short articles of our own, as JSON Lines.
fn corpus(n: usize) -> String {
    let mut out = String::new();
    for i in 0..n {
        let (a, city) = COUNTRIES[i % COUNTRIES.len()];
        let (b, _) = COUNTRIES[(i / COUNTRIES.len() + 1 + i) % COUNTRIES.len()];
        let day = 1 + i % 28;
        let text = format!(
            "{a} and {b} held talks in {city} on Tuesday about {} detained fishermen, officials said. \
             The foreign minister of {a} urged {b} to release the {} men before the end of the month. \
             {b} rejected the demand, a spokesman said in a statement numbered {i}.",
            10 + i,
            10 + i
        );
        let rec = serde_json::json!({
            "id": format!("crash-{i}"),
            "outlet": format!("Outlet {}", i % 5),
            "published": format!("2024-03-{day:02}"),
            "text": text,
        });
        out.push_str(&rec.to_string());
        out.push('\n');
    }
    out
}

fn count(db: &Path, sql: &str) -> i64 {
    let conn = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    conn.busy_timeout(Duration::from_secs(5)).unwrap();
    conn.query_row(sql, [], |r| r.get(0)).unwrap_or(0)
}

fn ingest(db: &Path, input: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sitrep"));
    cmd.arg("ingest")
        .arg("--db")
        .arg(db)
        .arg("--batch")
        .arg("8")
        .arg(input)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    cmd
}

/// Every stored article has its events, quotes and story; each story's
/// count is its members'.
fn consistent(db: &Path) {
    let articles = count(db, "SELECT count(*) FROM articles");
    let logged = count(
        db,
        "SELECT count(*) FROM ingest_log WHERE status = 'stored'",
    );
    assert_eq!(
        articles, logged,
        "every stored article logged, in one transaction"
    );
    let orphans = count(
        db,
        "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = a.story_id)",
    );
    assert_eq!(orphans, 0, "articles without their story");
    let miscounted = count(
        db,
        "SELECT count(*) FROM stories s WHERE s.article_count <>
           (SELECT count(*) FROM articles a WHERE a.story_id = s.id AND a.superseded_by IS NULL)",
    );
    assert_eq!(miscounted, 0, "story counts match their members");
    let conn = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
}

#[test]
fn kill_9_during_ingest_loses_nothing_committed() {
    let dir = tempdir("crash");
    let input = dir.join("corpus.jsonl");
    let n = 400;
    std::fs::write(&input, corpus(n)).unwrap();

    // A clean run, for reference.
    let clean = dir.join("clean.db");
    assert!(ingest(&clean, &input).status().unwrap().success());
    assert_eq!(count(&clean, "SELECT count(*) FROM articles"), n as i64);
    let clean_events = count(&clean, "SELECT count(*) FROM events");
    assert!(clean_events > 0);

    // The same run, killed once some batches have committed.
    let db = dir.join("crashed.db");
    let mut child = ingest(&db, &input).spawn().unwrap();
    let started = Instant::now();
    loop {
        let stored = if db.exists() {
            count(&db, "SELECT count(*) FROM articles")
        } else {
            0
        };
        if stored >= 24 {
            break;
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "ingest ended before it could be killed; make the corpus larger"
        );
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "ingest stalled"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let committed = count(&db, "SELECT count(*) FROM articles");
    assert!(
        committed >= 24 && (committed as usize) < n,
        "killed mid-run: {committed}"
    );
    assert_eq!(committed % 8, 0, "whole batches only: {committed}");
    consistent(&db);

    // The rerun finishes the job: every article once, as in the clean run.
    let out = ingest(&db, &input).output().unwrap();
    assert!(out.status.success());
    assert_eq!(count(&db, "SELECT count(*) FROM articles"), n as i64);
    assert_eq!(
        count(&db, "SELECT count(DISTINCT id) FROM articles"),
        n as i64
    );
    assert_eq!(count(&db, "SELECT count(*) FROM events"), clean_events);
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM ingest_log WHERE status = 'duplicate'"
        ),
        committed,
        "the rerun skipped what was committed"
    );
    consistent(&db);

    // The search index caught up with the store.
    let search = Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(["search", "--jsonl", "--limit", "200", "fishermen", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(search.status.success());
    let hits = String::from_utf8_lossy(&search.stdout).lines().count();
    assert!(hits >= 100, "search after the crash found {hits}");
}
