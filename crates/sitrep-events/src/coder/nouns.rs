//! Whether a trigger's word is used as a noun ("the strikes", "an
//! attack"), and the modifier before it that names its doer.

use super::*;

/// A past participle (or "visiting") that only describes the noun after it:
/// "the U.N.-backed government", "the internationally recognised
/// Government", "a visiting US official". It reports no act of its own.
pub(super) fn attributive_participle(doc: &Doc, t: usize) -> bool {
    let word = doc.lower(t);
    if !(word.ends_with("ed") || word == "visiting") || t == 0 {
        return false;
    }
    // Inside the description of an actor, between its first word and its
    // head: "Palestinian armed groups", "Moslem armed forces".
    if let Some(mi) = doc.mention_at(t) {
        if doc.mention_first_token(mi) < t && t < doc.mention_last_token(mi) {
            return true;
        }
    }
    let prev = doc.lower(t - 1);
    // A clause cut short after its noun says what the noun is like, not
    // what anyone did: "militiamen armed with machetes". Only verbs that
    // cannot stand without their object read so ("Armenia agreed with
    // Azerbaijan" is an act).
    let reduced_relative = matches!(word, "armed" | "equipped" | "loaded" | "laden")
        && doc.lower(t + 1) == "with"
        && doc.toks[t - 1].kind == TokenKind::Word
        && !BE.contains(&prev)
        && !matches!(prev, "has" | "have" | "had" | "who" | "which" | "that");
    // ("40 wounded civilians", "three injured soldiers": a count too; not
    // "41 wounded today".)
    let next_lower = doc.lower(t + 1);
    let counted = (doc.toks[t - 1].kind == TokenKind::Number
        || sitrep_nlp::tokens::number_word(prev).is_some())
        && !matches!(next_lower, "today" | "yesterday" | "overnight" | "tonight")
        && !sitrep_core::calendar::is_weekday(next_lower);
    let described = prev == "-"
        || counted
        || NOUN_MARKERS.contains(&prev)
        || prev.ends_with("ly") && t > 1 && NOUN_MARKERS.contains(&doc.lower(t - 2));
    let next = &doc.toks.get(t + 1);
    let noun_follows = next.is_some_and(|n| n.kind == TokenKind::Word)
        && !crate::doc::PREPOSITIONS.contains(&doc.lower(t + 1))
        && !NOT_NOUNS.contains(&doc.lower(t + 1));
    reduced_relative || described && noun_follows
}

/// Words after a participle that show it is a verb, not an adjective.
pub(super) const NOT_NOUNS: [&str; 24] = [
    "by", "and", "or", "but", "that", "which", "who", "is", "are", "was", "were", "be", "been",
    "has", "have", "had", "will", "would", "the", "a", "an", "it", "them", "him",
];

/// The trigger is used as a noun: after a determiner, an adjective-like
/// marker, a possessive or a modifier, or a plural before a preposition
/// ("attacks against").
pub(super) fn noun_use(doc: &Doc, t: usize) -> bool {
    if doc.toks[t].capitalized && t > 0 && doc.sentence_tokens(doc.sentence_of(t)).start != t {
        return true; // "Operation Al-Aqsa Storm"
    }
    let prev = if t > 0 { doc.lower(t - 1) } else { "" };
    let next = doc.lower(t + 1);
    // "a major ground offensive", "the planned invasion": a word of a
    // noun's form after a determiner and the lower-case words that describe it.
    let nominal = ["ion", "ment", "ive", "ade", "ure"]
        .iter()
        .any(|s| doc.lower(t).ends_with(s));
    let determined = || {
        (t.saturating_sub(3)..t).rev().any(|k| {
            matches!(doc.lower(k), "a" | "an" | "the" | "any" | "its" | "their")
                && (k + 1..t).all(|j| {
                    doc.toks[j].kind == TokenKind::Word
                        && !doc.toks[j].capitalized
                        && !crate::doc::AUXILIARIES.contains(&doc.lower(j))
                })
        })
    };
    nominal && determined()
        || NOUN_MARKERS.contains(&prev)
        || matches!(prev, "'s" | "’s")
        || t > 0
            && doc
                .mention_at(t - 1)
                .is_some_and(|m| doc.mention(m).modifier)
        || doc.lower(t).ends_with('s')
            && crate::doc::PREPOSITIONS.contains(&next)
            && !matches!(prev, "has" | "have" | "it" | "he" | "she")
        // "held on espionage charges": a plural after a preposition and the
        // one lower-case noun that says what kind.
        || doc.lower(t).ends_with('s')
            && t >= 2
            && crate::doc::PREPOSITIONS.contains(&doc.lower(t - 2))
            && doc.toks[t - 1].kind == TokenKind::Word
            && !doc.toks[t - 1].capitalized
            && !NOT_NOUNS.contains(&prev)
}

/// "Israeli strikes", "Iran's threats", "the escalating Israeli aggression":
/// a modifier within two adjectives before a noun trigger.
pub(super) fn modifier_before(doc: &Doc, t: usize) -> Option<usize> {
    let mut k = t;
    for _ in 0..3 {
        if k == 0 {
            return None;
        }
        k -= 1;
        if matches!(doc.lower(k), "'s" | "’s") {
            continue;
        }
        if let Some(mi) = doc.mention_at(k) {
            let m = doc.mention(mi);
            return (m.modifier && m.entity.is_some()).then_some(mi);
        }
        // "Israeli air strikes": words of the act's noun phrase; an
        // auxiliary ("Serbia are demanding") ends it at the verb.
        if doc.toks[k].kind != TokenKind::Word
            || matches!(doc.lower(k), "the" | "a" | "an" | "and" | "of" | "to")
            || BE.contains(&doc.lower(k))
            || matches!(doc.lower(k), "has" | "have" | "had" | "will" | "would")
        {
            return None;
        }
    }
    None
}

/// A trigger word used as a noun, by its own form or the words before it:
/// what [`noun_use`] says, a plural, or a word after a determiner, a
/// possessive or a name, over up to two adjectives ("North Korea's
/// consistent demand", "a United Nations appeal").
pub(super) fn noun_use_loose(doc: &Doc, t: usize) -> bool {
    let opens_phrase = |k: usize| {
        matches!(
            doc.lower(k),
            "a" | "an" | "the" | "its" | "their" | "his" | "her" | "'s" | "’s"
        ) || doc.mention_at(k).is_some()
    };
    let mut k = t;
    let mut adjectives = 0;
    while k > 0 && adjectives <= 2 {
        k -= 1;
        if opens_phrase(k) {
            return true;
        }
        let w = doc.lower(k);
        let adjective = doc.toks[k].kind == TokenKind::Word
            && !doc.toks[k].capitalized
            && !crate::doc::PREPOSITIONS.contains(&w)
            && !w.ends_with("ed")
            && !w.ends_with("ing");
        if !adjective {
            break;
        }
        adjectives += 1;
    }
    noun_use(doc, t) || doc.lower(t).ends_with('s') && !doc.lower(t).ends_with("ss")
}
