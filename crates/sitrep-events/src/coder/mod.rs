//! PLOVER event coding from trigger patterns.
//!
//! For each sentence, every rule of the lexicon is tried at every token. A
//! match gives the trigger; the arguments come from the actor layer:
//! - **source**: the speaker (for `@R ... genocide` rules), else "by X"
//!   (or "from X" for a passive send) after the trigger, else a modifier
//!   right before a noun trigger ("Israeli strikes"), else the subject: the
//!   nearest actor before the trigger in its clause that is not inside a
//!   prepositional phrase; a participle after a comma (", urging") takes the
//!   sentence's subject;
//! - **recipient**: per the rule, the direct object or the actor after a
//!   preposition; "between A and B" makes a reciprocal event; lists ("Iran
//!   and resistance groups", "especially Hezbollah") are followed;
//! - **modality**, **date**, **place**, **deaths** and **attribution** from the
//!   words around the trigger and the quote it sits in.
//!
//! Where things live: [`code`] tries the rules (`matching`), drops triggers
//! that code nothing where they stand (`filters`), and `build` makes an event
//! of each match (its own module, with the steps it takes): its sides (`sides`, reading the clause with `arguments`,
//! and `countries` for sides left uncoded), whether the trigger is a noun
//! (`nouns`), its modality, date, deaths and attribution (`attributes`);
//! then one event per act (`dedupe`).

use crate::doc::Doc;
use crate::lexicon::{Elem, Rule, MODES, RULES, RULE_INDEX};
use crate::quotes;
use sitrep_core::event::EventDate;
use sitrep_core::{
    Entity, EntityKind, Event, EventType, MentionType, Modality, Quote, RecipientBasis, Span,
};
use sitrep_nlp::tokens::TokenKind;

mod arguments;
mod attributes;
mod build;
mod countries;
mod dedupe;
mod filters;
mod matching;
mod nouns;
mod sides;

use arguments::*;
pub(crate) use attributes::TELLING_VERBS;
use attributes::*;
use build::*;
use countries::*;
use dedupe::*;
use filters::*;
use matching::*;
use nouns::*;
use sides::*;

/// Words that may link the members of an actor list.
const LIST_LINKS: [&str; 9] = [
    ",",
    "and",
    "or",
    "especially",
    "including",
    "even",
    "as",
    "well",
    "particularly",
];
pub(crate) const BE: [&str; 8] = ["is", "are", "was", "were", "be", "been", "being", "get"];
/// Words before a trigger that make it a noun ("the offensive", "potential attacks").
const NOUN_MARKERS: [&str; 23] = [
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "these",
    "those",
    "new",
    "fresh",
    "recent",
    "deadly",
    "potential",
    "possible",
    "further",
    "more",
    "mass",
    "such",
    "any",
    "no",
    "of",
    "other",
];
/// Verbs that carry a noun trigger's subject ("Iran issued threats", "Israel
/// launched strikes", "the US completed its withdrawal"): `light-verbs.txt`.
static LIGHT_VERBS: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        sitrep_core::data::word_set(include_str!("../../../../data/lexicon/light-verbs.txt"))
    });
/// Verbs whose object does what the infinitive after them says
/// (`object-control-verbs.txt`): "urged Iran to stop". The quotes read it
/// too, for who speaks at an infinitive ("prompted his wife to ask").
pub(crate) static OBJECT_CONTROL_VERBS: std::sync::LazyLock<
    std::collections::HashSet<&'static str>,
> = std::sync::LazyLock::new(|| {
    sitrep_core::data::word_set(include_str!(
        "../../../../data/lexicon/object-control-verbs.txt"
    ))
});
/// Words that tell a labour strike from a military one
/// (`data/lexicon/strike-senses.tsv`): (labour words, military words).
type WordSet = std::collections::HashSet<&'static str>;
/// Types whose evidence runs on to what was asked, threatened, alleged or offered.
const VERBAL_CONTENT: [EventType; 6] = [
    EventType::Request,
    EventType::Threaten,
    EventType::Accuse,
    EventType::Reject,
    EventType::Agree,
    EventType::Concede,
];

/// `SITREP_TRACE_CODER=1` prints every rule match and what became of it.
fn trace() -> bool {
    static TRACE: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *TRACE.get_or_init(|| std::env::var_os("SITREP_TRACE_CODER").is_some())
}

/// PLOVER sectors of a state's own authorities.
const STATE_SECTORS: [&str; 6] = ["GOV", "MIL", "COP", "JUD", "LEG", "SPY"];
fn entity_of_opt(doc: &Doc, m: usize) -> Option<Entity> {
    doc.mention(m).entity.clone()
}

fn entity_of(doc: &Doc, m: usize) -> Entity {
    doc.mention(m)
        .entity
        .clone()
        .expect("actor mentions are resolved")
}

fn key(e: &Entity) -> String {
    e.actor_key()
}

struct Coded {
    event: Event,
    /// A speaker's own side "would keep attacking unless ..." (a conditional
    /// threat) or "will begin an operation against ..." (an asserted one):
    /// also a threat, with this modality.
    implies_threat: Option<Modality>,
    trigger_tokens: (usize, usize),
    clause: (usize, usize),
    sentence: usize,
}

pub fn code(doc: &Doc, quotes: &[Quote]) -> Vec<Event> {
    let hosts = build::QuoteHosts::new(quotes);
    let mut coded: Vec<Coded> = Vec::new();
    for s in 0..doc.article.layers.sentences.len() {
        let range = doc.sentence_tokens(s);
        let mut in_sentence: Vec<Coded> = Vec::new();
        let mut phrases: Vec<(usize, usize)> = Vec::new();
        for at in range.clone() {
            let tok = &doc.toks[at];
            let candidates = RULE_INDEX.candidates(
                std::iter::once(tok.lower.as_str()).chain(tok.lemmas.iter().map(String::as_str)),
            );
            for rule in candidates.into_iter().map(|i| &RULES[i]) {
                let mut m = Match {
                    trigger: Vec::new(),
                    recipient_slot: None,
                    say: None,
                };
                if !match_at(doc, &rule.elems, at, range.end, &mut m) {
                    continue;
                }
                // A trigger word that is part of a name ("Islamic Resistance") is no
                // trigger; the lower-case head of a description ("two destroyers") is,
                // and so is the name of an event ("Operation Al-Aqsa Storm": MISC).
                // Only the word the pattern opens with counts: the object of "blocked
                // the Europe Bridge" may well be a name.
                let names_an_actor = |mi: usize| {
                    let m = doc.mention(mi);
                    m.entity.is_some() || m.mention_type != MentionType::MISC
                };
                if m.trigger.first().is_some_and(|&t| {
                    doc.mention_at(t).is_some_and(names_an_actor) && doc.toks[t].capitalized
                }) {
                    continue;
                }
                // ("March 16", "the March 2 strike": a month's name is no march.)
                if m.trigger
                    .first()
                    .is_some_and(|&t| doc.in_time_expression(t))
                {
                    continue;
                }
                if let [t] = m.trigger[..] {
                    if attributive_participle(doc, t) {
                        continue;
                    }
                }
                if m.trigger.len() > 1 && m.trigger.windows(2).all(|w| w[1] == w[0] + 1) {
                    phrases.push((m.trigger[0], m.trigger[m.trigger.len() - 1]));
                }
                let built = build(doc, &hosts, rule, &m, s);
                if trace() {
                    let words: Vec<&str> = m
                        .trigger
                        .iter()
                        .map(|&t| doc.toks[t].text(doc.body))
                        .collect();
                    eprintln!(
                        "coder: {:?} matched {:?} -> {}",
                        rule.line,
                        words,
                        built.as_ref().map_or(
                            "dropped (no actor, or a required recipient missing)".into(),
                            |c| {
                                format!(
                                    "{:?} {:?} -> {:?}",
                                    c.event.event_type,
                                    c.event.actor.iter().map(|a| &a.name).collect::<Vec<_>>(),
                                    c.event
                                        .recipient
                                        .iter()
                                        .map(|a| &a.name)
                                        .collect::<Vec<_>>()
                                )
                            }
                        )
                    );
                }
                if let Some(c) = built {
                    in_sentence.push(c);
                }
            }
        }
        // A trigger word inside a fixed phrase that matched is part of it,
        // whether or not the phrase made an event: "strike" in "hunger
        // strike", "fire" in "open fire".
        in_sentence.retain(|c| {
            let (a, b) = c.trigger_tokens;
            !phrases
                .iter()
                .any(|&(p, q)| p <= a && b <= q && (p, q) != (a, b))
        });
        // What a demand or an accusation holds is marked before an answered
        // demand is folded into its answer (see `fold_answered_acts`).
        apply_embedding(doc, &mut in_sentence);
        dedupe(doc, &mut in_sentence);
        coded.extend(in_sentence);
    }
    let mut events = Vec::with_capacity(coded.len());
    for mut c in coded {
        unidentified_actor(doc, &mut c);
        if let Some(modality) = c.implies_threat {
            let mut threat = c.event.clone();
            threat.event_type = EventType::Threaten;
            threat.mode = Some(
                match c.event.event_type {
                    EventType::Assault => "violence",
                    EventType::Protest => "relations",
                    _ => "restrict",
                }
                .into(),
            );
            threat.modality = modality;
            threat.context.retain(|x| x != "hypothetical");
            events.push(threat);
        }
        events.push(c.event);
    }
    events
}

#[cfg(test)]
mod tests;
