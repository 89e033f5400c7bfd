//! End-to-end on the example corpus (`examples/`): the developers' own
//! expectations in `examples/expected.json` for events, the syndicated copy
//! and story grouping.

mod common;

use common::{analyze, event_matches, workspace, Card};
use serde_json::Value;
use std::collections::{HashMap, HashSet};

fn name_of(source: &str) -> String {
    source.rsplit('/').next().unwrap_or(source).to_string()
}

/// B-cubed F1 of predicted against expected groups over the same items.
fn bcubed_f1(pred: &HashMap<String, String>, gold: &HashMap<String, usize>) -> f64 {
    let (mut p, mut r) = (0.0, 0.0);
    for (d, g) in gold {
        let pred_c: HashSet<&String> = pred
            .iter()
            .filter(|(_, s)| *s == &pred[d])
            .map(|(x, _)| x)
            .collect();
        let gold_c: HashSet<&String> = gold
            .iter()
            .filter(|(_, s)| *s == g)
            .map(|(x, _)| x)
            .collect();
        let same = pred_c.intersection(&gold_c).count() as f64;
        p += same / pred_c.len() as f64;
        r += same / gold_c.len() as f64;
    }
    let n = gold.len() as f64;
    let (p, r) = (p / n, r / n);
    2.0 * p * r / (p + r)
}

#[test]
fn example_corpus() {
    let dir = workspace().join("examples");
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    let run = analyze(&dir, "examples");
    let mut card = Card::new();
    let id_of: HashMap<String, String> = run
        .articles
        .iter()
        .map(|a| {
            (
                name_of(a["source"].as_str().unwrap()),
                a["id"].as_str().unwrap().to_string(),
            )
        })
        .collect();

    // The expectations themselves cover every PLOVER type and every modality
    // (issue 5), so that each is checked end to end on an article we wrote.
    let all: Vec<&Value> = expected["events"]
        .as_object()
        .unwrap()
        .values()
        .flat_map(|evs| evs.as_array().unwrap())
        .collect();
    const TYPES: [&str; 16] = [
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    ];
    const MODALITIES: [&str; 7] = [
        "asserted",
        "negated",
        "conditional",
        "denied",
        "reported",
        "hypothetical",
        "historical",
    ];
    for (field, values) in [("type", &TYPES[..]), ("modality", &MODALITIES[..])] {
        for v in values {
            let covered = all.iter().any(|e| e[field] == *v);
            card.check(
                covered,
                format!("the expectations hold an event of {field} {v}"),
            );
        }
    }

    for (file, evs) in expected["events"].as_object().unwrap() {
        let id = &id_of[file];
        let mine: Vec<&Value> = run
            .events
            .iter()
            .filter(|e| e["article"] == id.as_str())
            .collect();
        for ev in evs.as_array().unwrap() {
            let ok = mine.iter().any(|e| event_matches(ev, e, true));
            card.check(
                ok,
                format!(
                    "{file}: {} {} -> {} {}",
                    ev["type"], ev["source"], ev["target"], ev["modality"]
                ),
            );
        }
    }

    for pair in expected["copies"].as_array().unwrap() {
        let (copy, orig) = (
            &id_of[pair[0].as_str().unwrap()],
            &id_of[pair[1].as_str().unwrap()],
        );
        let found = run.stories.as_array().unwrap().iter().any(|s| {
            s["copies"]
                .as_array()
                .unwrap()
                .iter()
                .any(|c| c[0] == copy.as_str() && c[1] == orig.as_str())
        });
        card.check(found, format!("copy: {} of {}", pair[0], pair[1]));
    }

    let gold: HashMap<String, usize> = expected["stories"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
        .flat_map(|(n, files)| {
            files
                .as_array()
                .unwrap()
                .iter()
                .map(move |f| (f.as_str().unwrap().to_string(), n))
        })
        .collect();
    let pred: HashMap<String, String> = run
        .articles
        .iter()
        .map(|a| {
            (
                name_of(a["source"].as_str().unwrap()),
                a["story"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let f1 = bcubed_f1(&pred, &gold);
    println!("story grouping B-cubed F1 on the example corpus: {f1:.3}");
    // A floor under the figure measured when the corpus was written (0.930, with
    // the two Sudan reports apart), so that a regression in grouping fails here.
    card.check(
        f1 >= 0.9,
        format!("story grouping B-cubed F1 {f1:.3} >= 0.9"),
    );

    card.finish("example");
}

/// Actor resolution on the example corpus against `examples/actors.tsv`:
/// the share of the mentions a reader codes whose country and sector sitrep
/// gives (issue 4 asks for 90%). A gold mention sitrep does not find at that
/// offset counts as wrong.
#[test]
fn example_actor_resolution() {
    let dir = workspace().join("examples");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let out = common::sitrep()
        .arg("actors")
        .arg("--jsonl")
        .args(&files)
        .output()
        .unwrap();
    assert!(out.status.success());
    let found: HashMap<(String, u64), Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .map(|m| {
            let key = (
                name_of(m["source"].as_str().unwrap()),
                m["start"].as_u64().unwrap(),
            );
            (key, m)
        })
        .collect();
    let gold = std::fs::read_to_string(dir.join("actors.tsv")).unwrap();
    let (mut scored, mut right) = (0, 0);
    let mut wrong = Vec::new();
    for line in gold
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let f: Vec<&str> = line.split('\t').collect();
        let (file, start, text, code, sector) = (f[0], f[1], f[2], f[3], f[4]);
        if code == "?" {
            continue;
        }
        scored += 1;
        let entity = found
            .get(&(file.to_string(), start.parse().unwrap()))
            .map(|m| &m["entity"]);
        let field = |k: &str| {
            entity
                .and_then(|e| e[k].as_str())
                .unwrap_or("-")
                .to_string()
        };
        let ok = entity.is_some()
            && field("code") == code
            && (sector == "-" || field("sector") == sector);
        if ok {
            right += 1;
        } else {
            wrong.push(format!(
                "{file} {text:?}: want {code} {sector}, got {} {}",
                field("code"),
                field("sector")
            ));
        }
    }
    let share = right as f64 / scored as f64;
    println!(
        "actor resolution: {right} of {scored} mentions ({share:.3}); wrong:\n  {}",
        wrong.join("\n  ")
    );
    // The floor is the figure measured when the gold was written; raise it as resolution improves.
    assert!(share >= 0.90, "actor resolution {share:.3} under .90");
}
