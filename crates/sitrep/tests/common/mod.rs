//! Helpers shared by the end-to-end tests: run the binary, read its output,
//! and match expected events by the rules of `../shared/seeds/README.md`.

#![allow(dead_code)]

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The binary under test.
pub fn sitrep() -> Command {
    Command::new(env!("CARGO_BIN_EXE_sitrep"))
}

pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn shared() -> PathBuf {
    workspace().join("../shared")
}

pub fn read_jsonl(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

pub fn tempdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sitrep-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The output of `sitrep analyze INPUT --out DIR`.
pub struct Analyzed {
    pub articles: Vec<Value>,
    pub events: Vec<Value>,
    pub quotes: Vec<Value>,
    pub stories: Value,
}

pub fn analyze(input: &Path, name: &str) -> Analyzed {
    let out = tempdir(name);
    let status = Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .arg("analyze")
        .arg(input)
        .arg("--out")
        .arg(&out)
        .status()
        .expect("sitrep runs");
    assert!(status.success(), "sitrep analyze failed: {status}");
    Analyzed {
        articles: read_jsonl(&out.join("articles.jsonl")),
        events: read_jsonl(&out.join("events.jsonl")),
        quotes: read_jsonl(&out.join("quotes.jsonl")),
        stories: serde_json::from_str(&std::fs::read_to_string(out.join("stories.json")).unwrap())
            .unwrap(),
    }
}

pub fn lower(v: &Value) -> String {
    v.as_str().unwrap_or("").to_lowercase()
}

/// An expected actor (`{"country": ..}` or `{"name": ..}`) matches a produced entity.
pub fn actor_matches(expected: &Value, entity: &Value) -> bool {
    if let Some(code) = expected.get("country").and_then(Value::as_str) {
        return entity["code"].as_str() == Some(code);
    }
    let name = lower(&expected["name"]);
    ["name", "text", "affiliation"]
        .iter()
        .any(|k| lower(&entity[*k]).contains(&name))
}

fn side_matches(expected: Option<&Value>, produced: &Value) -> bool {
    match expected {
        None => true,
        Some(exp) => produced
            .as_array()
            .into_iter()
            .flatten()
            .any(|e| actor_matches(exp, e)),
    }
}

pub fn event_matches(exp: &Value, ev: &Value, check_modality: bool) -> bool {
    ev["event"] == exp["type"]
        && side_matches(exp.get("source"), &ev["actor"])
        && side_matches(exp.get("target"), &ev["recipient"])
        && (!check_modality || exp.get("modality").is_none_or(|m| ev["modality"] == *m))
}

/// A pass/fail tally that prints as it goes.
pub struct Card {
    pub passed: usize,
    pub failed: Vec<String>,
}

impl Card {
    pub fn new() -> Self {
        Card {
            passed: 0,
            failed: Vec::new(),
        }
    }

    /// Print the tally and fail the test on any miss.
    pub fn finish(self, name: &str) {
        println!(
            "\n{name} scorecard: {} passed, {} failed",
            self.passed,
            self.failed.len()
        );
        assert!(
            self.failed.is_empty(),
            "missed:\n{}",
            self.failed.join("\n")
        );
    }

    pub fn check(&mut self, ok: bool, what: String) {
        println!("{} {what}", if ok { "PASS" } else { "FAIL" });
        if ok {
            self.passed += 1;
        } else {
            self.failed.push(what);
        }
    }
}
