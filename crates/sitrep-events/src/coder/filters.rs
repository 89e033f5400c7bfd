//! Triggers that code no event where they stand: an object that says no act
//! ("rejected the allegations"), a compound, a date, a labour strike, a
//! statement by phone, agreement with a view.

use super::*;

/// Objects that make a trigger no event (`data/lexicon/not-event-objects.tsv`):
/// lemma -> words.
pub(super) static NOT_EVENT_OBJECTS: std::sync::LazyLock<Vec<(&'static str, Vec<&'static str>)>> =
    std::sync::LazyLock::new(|| {
        sitrep_core::data::tsv_rows(
            include_str!("../../../../data/lexicon/not-event-objects.tsv"),
            2,
        )
        .map(|row| (row[0], row[1].split('|').collect()))
        .collect()
    });

/// Two-word noun compounds in which a trigger word names no act
/// (`data/lexicon/not-event-compounds.txt`).
pub(super) static NOT_EVENT_COMPOUNDS: std::sync::LazyLock<
    std::collections::HashSet<(&'static str, &'static str)>,
> = std::sync::LazyLock::new(|| {
    sitrep_core::data::word_pairs(include_str!(
        "../../../../data/lexicon/not-event-compounds.txt"
    ))
});

/// "invasion forces", "a press release": the trigger's last word modifies
/// the noun after it, or its first word is the head of a compound that
/// names no act.
pub(super) fn in_a_compound(doc: &Doc, t0: usize, t1: usize) -> bool {
    let listed = |a: usize, b: usize| NOT_EVENT_COMPOUNDS.contains(&(doc.lower(a), doc.lower(b)));
    listed(t1, t1 + 1) || t0 > 0 && listed(t0 - 1, t0)
}

pub(super) static STRIKE_SENSES: std::sync::LazyLock<(WordSet, WordSet)> =
    std::sync::LazyLock::new(|| {
        let mut senses = (WordSet::new(), WordSet::new());
        for row in sitrep_core::data::tsv_rows(
            include_str!("../../../../data/lexicon/strike-senses.tsv"),
            2,
        ) {
            let words = row[1].split('|');
            match row[0] {
                "labour" => senses.0.extend(words),
                "military" => senses.1.extend(words),
                _ => {}
            }
        }
        senses
    });

/// "the strike by coal workers was called off", "launched a hunger strike":
/// a trigger holding "strike" in a sentence about work or protest and
/// nothing military is a strike of workers, no attack.
pub(super) fn labour_strike(doc: &Doc, t0: usize, t1: usize) -> bool {
    if !(t0..=t1).any(|k| matches!(doc.lower(k), "strike" | "strikes")) {
        return false;
    }
    let (labour, military) = &*STRIKE_SENSES;
    let sentence = doc.sentence_tokens(doc.sentence_of(t0));
    sentence.clone().any(|k| labour.contains(doc.lower(k)))
        && !sentence
            .into_iter()
            .any(|k| military.contains(doc.lower(k)))
}

/// A trigger phrase that ends in "on" read over a date: "called on Friday
/// for talks" is no call on anyone, "fired on 5 May" no fire on a target.
pub(super) fn on_a_date(doc: &Doc, t1: usize) -> bool {
    let next = doc.lower(t1 + 1);
    let digit = |k: usize| doc.lower(k).starts_with(|c: char| c.is_ascii_digit());
    doc.lower(t1) == "on"
        && (sitrep_core::calendar::is_weekday(next)
            || digit(t1 + 1)
            || sitrep_core::calendar::month_number(next).is_some() && digit(t1 + 2))
}

/// "told AFP by phone", "said over the telephone": the phone is how a
/// statement reached the press, not a call between two parties. A party
/// told by phone ("told Erdogan by phone") or named after it ("spoke by
/// phone with Putin") was called.
pub(super) fn statement_by_phone(doc: &Doc, t0: usize, c0: usize) -> bool {
    let by =
        (t0.saturating_sub(2).max(c0)..t0).find(|&k| matches!(doc.lower(k), "by" | "over" | "via"));
    let Some(by) = by else {
        return false;
    };
    let Some(cue) = (by.saturating_sub(4).max(c0)..by).find(|&k| quotes::is_verb_cue(doc, k))
    else {
        return false;
    };
    // Whom the statement was made to: nobody named, or the press.
    let to_the_press = (cue + 1..by).all(|k| {
        doc.mention_at(k).is_none_or(|m| {
            doc.mention(m)
                .entity
                .as_ref()
                .is_some_and(|e| e.kind == EntityKind::Agency || e.sector.as_deref() == Some("JRN"))
        })
    });
    to_the_press
        && !matches!(
            doc.lower(t0 + 1),
            "with" | "call" | "calls" | "conversation"
        )
}

/// "offered condolences", "met the deadline", "sent a condolence message":
/// a word inside the trigger phrase or just after it says it is no act of
/// the trigger's kind.
pub(super) fn object_says_no_event(doc: &Doc, t0: usize, t1: usize, end: usize) -> bool {
    NOT_EVENT_OBJECTS.iter().any(|(lemma, words)| {
        doc.toks[t0].is(lemma)
            && (t0 + 1..=(t1 + 3).min(end)).any(|k| words.contains(&doc.lower(k)))
    })
}

/// "agree with the NCAA that ...", "agree with what Republicans propose":
/// sharing a view, not agreeing to act.
pub(super) fn agrees_with_a_view(doc: &Doc, t0: usize, t1: usize, end: usize) -> bool {
    t0 == t1
        && doc.toks[t0].is("agree")
        && doc.lower(t1 + 1) == "with"
        && (doc.lower(t1 + 2) == "what"
            || (t1 + 2..=(t1 + 12).min(end)).any(|k| doc.lower(k) == "that"))
}

/// Nouns after which "rejected" is a denial, not a refusal (`data/lexicon/denial-objects.txt`).
pub(super) static DENIAL_OBJECTS: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        sitrep_core::data::word_set(include_str!("../../../../data/lexicon/denial-objects.txt"))
    });

/// Natural hazards: nature is no actor (`data/lexicon/hazards.txt`).
/// Words after which a protest names its target (`protest-targets.txt`).
pub(super) static PROTEST_TARGETS: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        sitrep_core::data::word_set(include_str!("../../../../data/lexicon/protest-targets.txt"))
    });

pub(super) static HAZARDS: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        sitrep_core::data::word_set(include_str!("../../../../data/lexicon/hazards.txt"))
    });
