//! `sitrep actors --lines`: the named-entity view that CoNLL-style sets score.

mod common;

use common::sitrep;
use serde_json::Value;
use std::collections::HashSet;
use std::io::Write;
use std::process::Stdio;

/// Run `sitrep actors --lines --jsonl -` over `input`.
fn lines_mentions(input: &str) -> Vec<Value> {
    lines_mentions_with(input, &[])
}

/// Run `sitrep actors --lines --jsonl` with more arguments over `input`.
fn lines_mentions_with(input: &str, more: &[&str]) -> Vec<Value> {
    let mut child = sitrep()
        .args(["actors", "--lines", "--jsonl"])
        .args(more)
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn lines_are_documents_with_their_own_offsets_and_names_only() {
    let ms = lines_mentions(
        "He said Iraqi forces retook Tikrit.\n\nThe climber Mark Vinar, 43, fell near Zurbriggen Ridge.\n",
    );
    let got: Vec<(u64, u64, u64, &str, &str)> = ms
        .iter()
        .map(|m| {
            (
                m["line"].as_u64().unwrap(),
                m["start"].as_u64().unwrap(),
                m["end"].as_u64().unwrap(),
                m["text"].as_str().unwrap(),
                m["type"].as_str().unwrap(),
            )
        })
        .collect();
    // No pronoun ("He"), no description ("forces"): the demonym alone, as MISC.
    assert!(got.contains(&(0, 8, 13, "Iraqi", "MISC")), "{got:?}");
    assert!(got.contains(&(0, 28, 34, "Tikrit", "LOC")), "{got:?}");
    assert!(got.contains(&(2, 12, 22, "Mark Vinar", "PER")), "{got:?}");
    assert!(
        got.contains(&(2, 38, 54, "Zurbriggen Ridge", "LOC")),
        "{got:?}"
    );
    assert!(got.iter().all(|g| g.3 != "He" && g.0 != 1), "{got:?}");
    // Tikrit is in the gazetteer: it resolves to its country.
    let tikrit = ms.iter().find(|m| m["text"] == "Tikrit").unwrap();
    assert_eq!(tikrit["entity"]["code"], "IRQ");
}

#[test]
fn a_line_is_read_with_the_lines_of_its_document_around_it() {
    // "Vinar" alone is a name only for a reader of the line before; a blank
    // line and CoNLL's `-DOCSTART-` line each end a document.
    let input = "The climber Mark Vinar, 43, fell near Zurbriggen Ridge on Sunday.\n\
                 Rescuers found Vinar at dawn, police said.\n\
                 \n\
                 Rescuers found Vinar at dawn, police said.\n\
                 -DOCSTART- -X- -X- O\n\
                 Rescuers found Vinar at dawn, police said.\n";
    let vinar = |ms: &[Value]| -> Vec<(u64, u64, u64, String)> {
        ms.iter()
            .filter(|m| m["text"] == "Vinar")
            .map(|m| {
                (
                    m["line"].as_u64().unwrap(),
                    m["start"].as_u64().unwrap(),
                    m["end"].as_u64().unwrap(),
                    format!("{} {}", m["type"], m["entity"]["name"]),
                )
            })
            .collect()
    };
    let ms = lines_mentions(input);
    assert_eq!(
        vinar(&ms),
        vec![(1, 15, 20, r#""PER" "Mark Vinar""#.to_string())],
        "{ms:?}"
    );
    assert!(ms.iter().all(|m| m["line"] != 4), "{ms:?}");
    // Every name lies inside its line, though the actor layer may read a
    // known name over a line break ("White House Office").
    let input = "THE WHITE HOUSE\nOffice of the Press Secretary\nThe president spoke.\n";
    let lines: Vec<&str> = input.lines().collect();
    for m in lines_mentions(input) {
        let line = lines[m["line"].as_u64().unwrap() as usize];
        assert!(
            m["end"].as_u64().unwrap() as usize <= line.chars().count(),
            "{m:?}"
        );
    }
    // Read alone, the second line has no name to go by.
    assert_eq!(vinar(&lines_mentions_with(input, &["--alone"])), vec![]);
}

#[test]
fn a_name_goes_on_through_of_and_nests_nothing() {
    let ms = lines_mentions("Officials of the Government of Kenya met the Bank of Uganda.\n");
    let got: Vec<(&str, &str)> = ms
        .iter()
        .map(|m| (m["text"].as_str().unwrap(), m["type"].as_str().unwrap()))
        .collect();
    assert!(got.contains(&("Government of Kenya", "ORG")), "{got:?}");
    assert!(!got.contains(&("Kenya", "LOC")), "no nested name: {got:?}");
}

#[test]
fn a_name_that_opens_before_its_mention_is_listed_with_its_record() {
    // "League" is the actor layer's mention; the name is "Premier League".
    let ms = lines_mentions("Liverpool moved top of the Premier League on Saturday .\n");
    let got: Vec<(&str, &str)> = ms
        .iter()
        .map(|m| (m["text"].as_str().unwrap(), m["type"].as_str().unwrap()))
        .collect();
    assert!(got.contains(&("Premier League", "MISC")), "{got:?}");
    let league = ms.iter().find(|m| m["text"] == "Premier League").unwrap();
    assert_eq!(league["start"], 27);
    assert_eq!(league["end"], 41);
}

/// The CoNLL-style fixture written for this test (`fixtures/ner-sample.conll`:
/// our own sentences, a first document in today's conflict news and a second
/// in the 1990s wire style of CoNLL-2003, sports results included): each
/// sentence is a line of space-joined tokens; a mention counts when its token
/// span and type equal a gold entity's. A regression floor, not the held-out
/// figure: we wrote these sentences and fixed what they showed.
#[test]
fn conll_style_fixture_scores_exact_spans() {
    let text = std::fs::read_to_string(
        common::workspace().join("crates/sitrep/tests/fixtures/ner-sample.conll"),
    )
    .unwrap();
    let mut lines = Vec::new();
    let mut gold = HashSet::new();
    for block in text.split("\n\n") {
        let rows: Vec<(&str, &str)> = block
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with("-DOCSTART-"))
            .map(|l| {
                let mut cols = l.split_whitespace();
                let word = cols.next().unwrap();
                (word, cols.last().unwrap_or("O"))
            })
            .collect();
        if rows.is_empty() {
            continue;
        }
        let n = lines.len();
        let mut offset = 0;
        let mut open: Option<(usize, usize, &str)> = None;
        for (word, tag) in &rows {
            let (prefix, kind) = tag.split_once('-').unwrap_or((tag, ""));
            if let Some((start, end, k)) = open {
                if prefix != "I" || k != kind {
                    gold.insert((n, start, end, k.to_string()));
                    open = None;
                }
            }
            if prefix == "B" || prefix == "I" && open.is_none() {
                open = Some((offset, offset + word.chars().count(), kind));
            } else if let Some(o) = open.as_mut() {
                o.1 = offset + word.chars().count();
            }
            offset += word.chars().count() + 1;
        }
        if let Some((start, end, k)) = open {
            gold.insert((n, start, end, k.to_string()));
        }
        lines.push(rows.iter().map(|r| r.0).collect::<Vec<_>>().join(" "));
    }
    let predicted: HashSet<(usize, usize, usize, String)> = lines_mentions(&lines.join("\n"))
        .iter()
        .map(|m| {
            (
                m["line"].as_u64().unwrap() as usize,
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
                m["type"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let tp = predicted.intersection(&gold).count() as f64;
    let (p, r) = (tp / predicted.len() as f64, tp / gold.len() as f64);
    let f1 = 2.0 * p * r / (p + r);
    println!("ner-sample.conll: P {p:.3} R {r:.3} F1 {f1:.3}");
    assert!(gold.len() >= 190, "the fixture has its entities");
    assert!(f1 >= 0.85, "F1 {f1:.3} on our own fixture");
}
