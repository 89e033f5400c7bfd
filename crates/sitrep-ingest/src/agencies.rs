//! News agencies an article cites, from `data/actors/agencies.tsv`.

use sitrep_core::data::{alternatives, tsv_rows};
use std::sync::LazyLock;

const AGENCIES_TSV: &str = include_str!("../../../data/actors/agencies.tsv");

/// (alias as written, canonical name), longest alias first so that
/// "Tasnim News Agency" wins over "Tasnim".
static ALIASES: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
    let mut v = Vec::new();
    for row in tsv_rows(AGENCIES_TSV, 3) {
        v.push((row[0].to_string(), row[0].to_string()));
        for a in alternatives(row[2]) {
            v.push((a.to_string(), row[0].to_string()));
        }
    }
    v.sort_by_key(|(a, _)| std::cmp::Reverse(a.len()));
    v
});

/// The canonical agency names cited in `text`, in order of first mention.
/// Names match case-sensitively on word boundaries: "AP" is the agency, "ap" is not.
pub fn cited_agencies(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for m in MATCHER.find_iter(text) {
        let before = text[..m.start()].chars().next_back();
        let after = text[m.end()..].chars().next();
        let bounded =
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric);
        let name = &ALIASES[m.pattern().as_usize()].1;
        if bounded && !out.contains(name) {
            out.push(name.clone());
        }
    }
    out
}

/// All aliases in one automaton, leftmost-longest: "Tasnim News Agency" wins over "Tasnim".
static MATCHER: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(ALIASES.iter().map(|(a, _)| a.as_str()))
        .expect("agency automaton builds")
});

/// The canonical name if `name` is a known agency or alias.
pub fn canonical_agency(name: &str) -> Option<String> {
    ALIASES
        .iter()
        .find(|(a, _)| a.eq_ignore_ascii_case(name.trim()))
        .map(|(_, c)| c.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agencies_are_found_on_word_boundaries() {
        let text = "An official told IRNA. According to the Iranian Tasnim news agency, he spoke. Reuters and AP.";
        assert_eq!(cited_agencies(text), ["IRNA", "Tasnim", "Reuters", "AP"]);
        assert!(cited_agencies("The APPLE map and a tap").is_empty());
    }
}
