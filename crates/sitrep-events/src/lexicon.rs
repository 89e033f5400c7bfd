//! The event lexicon: trigger patterns from `data/lexicon/events.tsv` and
//! mode words from `data/lexicon/modes.tsv`. The pattern language is
//! documented in `data/README.md`.

use sitrep_core::data::{alternatives, opt, tsv_rows};
use sitrep_core::EventType;
use std::collections::HashMap;
use std::sync::LazyLock;

const EVENTS_TSV: &str = include_str!("../../../data/lexicon/events.tsv");
const MODES_TSV: &str = include_str!("../../../data/lexicon/modes.tsv");

/// One element of a trigger pattern.
#[derive(Debug, Clone, PartialEq)]
pub enum Elem {
    /// Any of these words (by lemma), each possibly several tokens long ("war crimes").
    Words(Vec<Vec<String>>),
    /// This exact capitalized word ("=Operation").
    Exact(String),
    /// Up to n tokens of anything but sentence punctuation.
    Gap(usize),
    /// A reporting verb (`@say`).
    Say,
    /// An actor mention that becomes the recipient (`@R`).
    Recipient,
    /// Zero-width: the source is the speaker of the quote around the match (`@SPK`).
    Speaker,
}

#[derive(Debug, Clone)]
pub struct Rule {
    pub event_type: EventType,
    pub mode: Option<String>,
    pub contexts: Vec<String>,
    /// How the recipient is introduced: "obj" (direct object), a preposition, or "between".
    pub recipient_by: Vec<String>,
    /// The event is only coded with a recipient (a leading `!` in the column).
    pub recipient_required: bool,
    pub elems: Vec<Elem>,
    /// The line in events.tsv, for error messages and audits.
    pub line: String,
}

impl Rule {
    /// Rules whose source is the speaker of the quote around them
    /// ("they committed genocide", said by a minister).
    pub fn source_is_speaker(&self) -> bool {
        self.elems.contains(&Elem::Speaker)
    }
}

pub fn parse_pattern(pattern: &str) -> Result<Vec<Elem>, String> {
    pattern
        .split_whitespace()
        .map(|p| {
            if let Some(n) = p.strip_prefix('~') {
                n.parse()
                    .map(Elem::Gap)
                    .map_err(|_| format!("bad gap {p:?}"))
            } else if p == "@say" {
                Ok(Elem::Say)
            } else if p == "@R" {
                Ok(Elem::Recipient)
            } else if p == "@SPK" {
                Ok(Elem::Speaker)
            } else if let Some(w) = p.strip_prefix('=') {
                Ok(Elem::Exact(w.to_string()))
            } else {
                Ok(Elem::Words(
                    alternatives(p)
                        .map(|a| a.split('_').map(|w| w.to_lowercase()).collect())
                        .collect(),
                ))
            }
        })
        .collect()
}

pub static RULES: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    tsv_rows(EVENTS_TSV, 5)
        .map(|r| Rule {
            event_type: r[0].parse().unwrap_or_else(|e| panic!("events.tsv: {e}")),
            mode: opt(r[1]),
            contexts: r[2]
                .split(',')
                .filter(|c| !c.is_empty() && *c != "-")
                .map(str::to_string)
                .collect(),
            recipient_by: r[3]
                .trim_start_matches('!')
                .split(',')
                .filter(|c| !c.is_empty() && *c != "-")
                .map(str::to_string)
                .collect(),
            recipient_required: r[3].starts_with('!'),
            elems: parse_pattern(r[4]).unwrap_or_else(|e| panic!("events.tsv: {e} in {:?}", r[4])),
            line: r.join("\t"),
        })
        .collect()
});

/// Which rules can start at a token: by the first word of their pattern
/// (after a zero-width `@SPK`), plus the few that start with a slot or an
/// exact word and are tried everywhere.
pub struct RuleIndex {
    by_first_word: HashMap<String, Vec<usize>>,
    anywhere: Vec<usize>,
}

impl RuleIndex {
    fn build(rules: &[Rule]) -> Self {
        let mut by_first_word: HashMap<String, Vec<usize>> = HashMap::new();
        let mut anywhere = Vec::new();
        for (i, r) in rules.iter().enumerate() {
            match r.elems.iter().find(|e| **e != Elem::Speaker) {
                Some(Elem::Words(alts)) => {
                    for alt in alts {
                        by_first_word.entry(alt[0].clone()).or_default().push(i);
                    }
                }
                _ => anywhere.push(i),
            }
        }
        RuleIndex {
            by_first_word,
            anywhere,
        }
    }

    /// Indices of the rules worth trying at a token with these candidate
    /// lemmas, in file order, each once.
    pub fn candidates<'a>(&self, lemmas: impl Iterator<Item = &'a str>) -> Vec<usize> {
        let mut out: Vec<usize> = self.anywhere.clone();
        for l in lemmas {
            if let Some(v) = self.by_first_word.get(l) {
                out.extend(v);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

pub static RULE_INDEX: LazyLock<RuleIndex> = LazyLock::new(|| RuleIndex::build(&RULES));

/// A line of modes.tsv: the event type, the mode, and the words (each one or
/// more tokens) that give it.
pub type ModeWords = (EventType, String, Vec<Vec<String>>);

/// The rows of modes.tsv, in file order.
pub static MODES: LazyLock<Vec<ModeWords>> = LazyLock::new(|| {
    tsv_rows(MODES_TSV, 3)
        .map(|r| {
            let words = alternatives(r[2])
                .map(|a| a.split(' ').map(str::to_lowercase).collect())
                .collect();
            (
                r[0].parse().expect("modes.tsv type"),
                r[1].to_string(),
                words,
            )
        })
        .collect()
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_parses_and_every_type_has_a_rule() {
        assert!(RULES.len() > 50);
        for t in EventType::ALL {
            assert!(RULES.iter().any(|r| r.event_type == t), "no rule for {t}");
        }
        assert!(!MODES.is_empty());
    }

    #[test]
    fn pattern_language() {
        assert_eq!(
            parse_pattern("@SPK send ~4 message|war_crimes =Operation @R @say").unwrap(),
            vec![
                Elem::Speaker,
                Elem::Words(vec![vec!["send".into()]]),
                Elem::Gap(4),
                Elem::Words(vec![
                    vec!["message".into()],
                    vec!["war".into(), "crimes".into()]
                ]),
                Elem::Exact("Operation".into()),
                Elem::Recipient,
                Elem::Say,
            ]
        );
        assert!(parse_pattern("~x").is_err());
    }
}
