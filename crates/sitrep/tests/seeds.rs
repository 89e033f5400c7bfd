//! The seed test: run the binary on `../shared/seeds/*.txt` and check every
//! item of `expected.json` by the rules in the seeds' README. Prints a
//! scorecard; fails on any miss.
//!
//! Metadata, events, forbidden events and quotes are checked exactly by those
//! rules. The story comparison's claims are prose, so an expected claim is
//! answered by a produced item of the same kind that covers the right
//! articles and shares at least two words (cut to five letters) with it;
//! each produced item answers one claim, best overlaps first. That is a
//! lexical check: it cannot tell apart two items of one kind that share words.

mod common;

use common::{analyze, event_matches, lower, shared, Card};
use serde_json::Value;
use std::collections::HashSet;

/// Words for comparing a claim with what was produced: lower case, numbers
/// without separators, each cut to five letters so "messages" meets "message".
fn claim_words(text: &str) -> HashSet<String> {
    const STOP: [&str; 20] = [
        "the", "a", "an", "of", "to", "in", "and", "on", "about", "that", "while", "its", "is",
        "are", "was", "with", "for", "by", "from", "if",
    ];
    text.replace(',', "")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 2 && !STOP.contains(&w.to_lowercase().as_str()))
        .map(|w| w.to_lowercase().chars().take(5).collect())
        .collect()
}

#[test]
fn seeds_scorecard() {
    let seeds = shared().join("seeds");
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(seeds.join("expected.json")).unwrap())
            .unwrap();
    let run = analyze(&seeds, "seeds");
    let (articles, events, quotes, stories) = (run.articles, run.events, run.quotes, run.stories);
    let mut card = Card::new();
    let by_file = |name: &str| {
        articles
            .iter()
            .find(|a| a["source"].as_str().is_some_and(|s| s.ends_with(name)))
    };
    let mut ids = Vec::new();
    for (file, exp) in expected["articles"].as_object().unwrap() {
        let Some(a) = by_file(file) else {
            card.check(false, format!("{file}: article produced"));
            continue;
        };
        let id = a["id"].as_str().unwrap().to_string();
        ids.push((file.clone(), id.clone()));
        let body = a["body"].as_str().unwrap();
        card.check(
            a["title"] == exp["title"],
            format!("{file}: title {}", exp["title"]),
        );
        card.check(
            a["published"] == exp["published"],
            format!("{file}: published {}", exp["published"]),
        );
        card.check(
            a["outlet"] == exp["outlet"],
            format!("{file}: outlet {}", exp["outlet"]),
        );
        for ag in exp["cited_agencies"].as_array().unwrap() {
            let cited = a["cited_agencies"].as_array().unwrap().contains(ag);
            card.check(cited, format!("{file}: cites {ag}"));
        }
        for b in exp
            .get("boilerplate_removed")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let gone = !body.lines().any(|l| l.trim() == b.as_str().unwrap());
            card.check(gone, format!("{file}: furniture {b} removed"));
        }
        if let Some(s) = exp["body_starts_with"].as_str() {
            card.check(
                body.starts_with(s),
                format!("{file}: body starts with {s:?}"),
            );
        }
        if let Some(s) = exp.get("body_ends_with").and_then(Value::as_str) {
            card.check(body.ends_with(s), format!("{file}: body ends with {s:?}"));
        }
        let mine: Vec<&Value> = events
            .iter()
            .filter(|e| e["article"] == id.as_str())
            .collect();
        for ev in exp["events"].as_array().unwrap() {
            let hit = mine.iter().find(|e| event_matches(ev, e, true));
            let what = format!(
                "{file}: event {} {} -> {} ({})",
                ev["type"],
                ev.get("source").unwrap_or(&Value::Null),
                ev.get("target").unwrap_or(&Value::Null),
                ev["evidence"]
            );
            card.check(hit.is_some(), what);
        }
        for ev in exp["forbidden"].as_array().unwrap() {
            let hit = mine.iter().find(|e| event_matches(ev, e, false));
            card.check(
                hit.is_none(),
                format!(
                    "{file}: no forbidden {} {} -> {}: {:?}",
                    ev["type"],
                    ev["source"],
                    ev["target"],
                    hit.map(|h| &h["event_text"])
                ),
            );
        }
        let qs: Vec<&Value> = quotes
            .iter()
            .filter(|q| q["article"] == id.as_str())
            .collect();
        for q in exp["quotes"].as_array().unwrap() {
            let speaker = lower(&q["speaker"]);
            let chain: Vec<&str> = q["chain"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(Value::as_str)
                .collect();
            let hit = qs.iter().any(|p| {
                let name_ok = lower(&p["speaker"]["name"]).contains(&speaker);
                let produced: Vec<&str> = p["chain"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter_map(Value::as_str)
                    .collect();
                let mut it = produced.iter();
                let chain_ok = chain.iter().all(|c| it.any(|p| p == c));
                let kind_ok = p["kind"] == q["kind"] && p["anonymous"] == q["anonymous"];
                let content_ok = q
                    .get("content_starts_with")
                    .and_then(Value::as_str)
                    .is_none_or(|s| p["content"].as_str().unwrap_or("").starts_with(s));
                name_ok && chain_ok && kind_ok && content_ok
            });
            card.check(
                hit,
                format!("{file}: quote by {speaker} via {chain:?} ({})", q["kind"]),
            );
        }
    }

    // The story and its comparison.
    let story_of = |id: &str| {
        articles
            .iter()
            .find(|a| a["id"] == id)
            .and_then(|a| a["story"].as_str())
            .map(str::to_string)
    };
    let sids: HashSet<Option<String>> = ids.iter().map(|(_, id)| story_of(id)).collect();
    card.check(
        sids.len() == 1 && !sids.contains(&None),
        "story: the seeds form one story".into(),
    );
    let story = stories.as_array().unwrap().iter().find(|s| {
        Some(s["id"].as_str().map(str::to_string))
            == sids.iter().next().cloned().map(Some).map(|x| x.flatten())
    });
    let items = story
        .map(|s| s["comparison"].as_array().unwrap().clone())
        .unwrap_or_default();
    // Each produced item answers one expected item at most: assign the
    // best-overlapping (expected, produced) pairs first.
    let id_of = |prefix: &str| {
        ids.iter()
            .find(|(f, _)| f.starts_with(prefix))
            .map(|(_, id)| id.clone())
            .unwrap()
    };
    let wanted = expected["story"]["comparison"].as_array().unwrap();
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new(); // (overlap, expected, produced)
    for (ei, exp) in wanted.iter().enumerate() {
        let kind = exp["kind"].as_str().unwrap();
        let mut want_words = claim_words(exp["claim"].as_str().unwrap());
        for (k, v) in exp.as_object().unwrap() {
            if k.chars().all(|c| c.is_ascii_digit()) {
                want_words.extend(claim_words(v.as_str().unwrap_or("")));
            }
        }
        let needed: Vec<String> = match exp.get("article").and_then(Value::as_str) {
            Some(prefix) => vec![id_of(prefix)],
            None => ids.iter().map(|(_, id)| id.clone()).collect(),
        };
        for (pi, it) in items.iter().enumerate() {
            let arts: HashSet<&str> = it["accounts"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|a| a["article"].as_str())
                .collect();
            let covers = needed.iter().all(|n| arts.contains(n.as_str()))
                && (kind != "only" || arts.len() == 1);
            if it["kind"] != kind || !covers {
                continue;
            }
            let mut text = it["claim"].as_str().unwrap_or("").to_string();
            for a in it["accounts"].as_array().unwrap() {
                text.push(' ');
                text.push_str(a["text"].as_str().unwrap_or(""));
            }
            pairs.push((claim_words(&text).intersection(&want_words).count(), ei, pi));
        }
    }
    pairs.sort_by_key(|p| std::cmp::Reverse(p.0));
    let mut answer: Vec<Option<(usize, usize)>> = vec![None; wanted.len()];
    let mut used = HashSet::new();
    for (overlap, ei, pi) in pairs {
        if overlap >= 2 && answer[ei].is_none() && used.insert(pi) {
            answer[ei] = Some((overlap, pi));
        }
    }
    for (exp, ans) in wanted.iter().zip(&answer) {
        let shown = ans.map(|(o, pi)| format!("{o} words shared with {:?}", items[pi]["claim"]));
        card.check(
            ans.is_some(),
            format!(
                "story: {}: {} ({})",
                exp["kind"],
                exp["claim"],
                shown.unwrap_or_default()
            ),
        );
    }
    card.finish("seed");
}
