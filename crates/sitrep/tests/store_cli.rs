//! The store's commands from the CLI, on the example corpus: ingest twice,
//! events, stories, story, search, export, and their errors.

mod common;

use common::{tempdir, workspace};
use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

fn sitrep(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(args)
        .arg("--db")
        .arg(db)
        .output()
        .unwrap()
}

fn jsonl(out: &Output) -> Vec<Value> {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn the_store_commands_work_on_the_example_corpus() {
    let db = tempdir("store-cli").join("sitrep.db");
    let examples = workspace().join("examples");
    let examples = examples.to_str().unwrap();

    let first = sitrep(&db, &["ingest", examples]);
    assert!(first.status.success());
    let summary = String::from_utf8_lossy(&first.stderr);
    assert!(summary.contains("21 stored"), "{summary}");
    // Idempotent: the second run stores nothing new.
    let second = sitrep(&db, &["ingest", examples]);
    let summary = String::from_utf8_lossy(&second.stderr);
    assert!(
        summary.contains("0 stored") && summary.contains("21 already stored"),
        "{summary}"
    );

    // Events with filters.
    let threats = jsonl(&sitrep(&db, &["events", "--jsonl", "--type", "threaten"]));
    assert!(!threats.is_empty());
    assert!(threats.iter().all(|e| e["event"] == "THREATEN"));
    let denied = jsonl(&sitrep(&db, &["events", "--jsonl", "--modality", "denied"]));
    assert!(denied.iter().all(|e| e["modality"] == "denied"));

    // Stories, latest first, and one story side by side.
    let stories = jsonl(&sitrep(&db, &["stories", "--jsonl"]));
    assert!(stories.len() >= 6);
    let multi = stories
        .iter()
        .find(|s| s["articles"].as_i64() > Some(1))
        .unwrap();
    let id = multi["id"].as_str().unwrap();
    let table = sitrep(&db, &["story", id]);
    assert!(table.status.success());
    let table = String::from_utf8_lossy(&table.stdout);
    assert!(table.contains(&format!("story {id}")));
    assert!(table.contains(" │ "), "accounts side by side:\n{table}");
    assert!(table.contains("What each account rests on"));
    let json = sitrep(&db, &["story", id, "--json"]);
    let story: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(story["id"], id);

    // Search.
    let hits = jsonl(&sitrep(&db, &["search", "--jsonl", "ceasefire"]));
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| h["snippet"].is_array()));

    // Exports: every event, in each format.
    let all = jsonl(&sitrep(&db, &["events", "--jsonl", "--limit", "1000"]));
    let dir = db.parent().unwrap();
    for (format, file) in [
        ("plover-jsonl", "e.jsonl"),
        ("polecat-tsv", "e.tsv"),
        ("csv", "e.csv"),
        ("parquet", "e.parquet"),
    ] {
        let path = dir.join(file);
        let out = sitrep(
            &db,
            &[
                "export",
                "--format",
                format,
                "--out",
                path.to_str().unwrap(),
            ],
        );
        assert!(out.status.success(), "{format}");
        let bytes = std::fs::read(&path).unwrap();
        match format {
            "parquet" => assert!(bytes.starts_with(b"PAR1") && bytes.ends_with(b"PAR1")),
            "plover-jsonl" => assert_eq!(bytes.iter().filter(|&&b| b == b'\n').count(), all.len()),
            _ => assert!(String::from_utf8_lossy(&bytes).lines().count() > all.len()),
        }
    }

    // Errors: a clear message and exit status 2 or 1.
    let missing = sitrep(&dir.join("none.db"), &["events"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no store"));
    let bad_day = sitrep(&db, &["events", "--since", "yesterday"]);
    assert_eq!(bad_day.status.code(), Some(2));
    let bad_format = sitrep(&db, &["export", "--format", "xlsx"]);
    assert_eq!(bad_format.status.code(), Some(2));
    assert_eq!(sitrep(&db, &["story", "s-none"]).status.code(), Some(1));
}
