//! One event per act: duplicates, an act a verb reports, answered and
//! continued acts, a protest's demands folded into the protest.

use super::*;

/// One event per trigger and per (type, actors, recipients) in a sentence:
/// keep the one with the most arguments the text states.
/// "killed 46 civilians in an attack on a village", "were killed in a car
/// bombing": the noun after "in" or "during" names the act the verb before it
/// reports, not a second one. Its sides fill the verb's missing ones.
pub(super) fn merge_the_act_a_verb_reports(doc: &Doc, events: &mut Vec<Coded>) {
    let mut merged = vec![false; events.len()];
    for n in 0..events.len() {
        let (n0, _) = events[n].trigger_tokens;
        // Back over the noun's determiner and modifiers ("a suicide car",
        // "an Israeli") to the preposition; any other word ends the phrase.
        let link = (n0.saturating_sub(4)..n0).rev().find(|&k| {
            let w = doc.lower(k);
            matches!(w, "in" | "during")
                || doc.toks[k].kind != TokenKind::Word
                || crate::doc::PREPOSITIONS.contains(&w)
                || matches!(w, "and" | "or" | "that" | "which")
        });
        let Some(link) = link.filter(|&k| matches!(doc.lower(k), "in" | "during")) else {
            continue;
        };
        let verb = (0..events.len()).find(|&v| {
            let (v0, v1) = events[v].trigger_tokens;
            v != n
                && !merged[v]
                && events[v].event.event_type == events[n].event.event_type
                && events[v].clause == events[n].clause
                && v1 < link
                && link - v1 <= 10
                && !noun_use(doc, v0)
        });
        if let Some(v) = verb {
            merged[n] = true;
            // Not the victims the verb names, read as the noun's subject.
            let victims: Vec<String> = events[v].event.recipient.iter().map(key).collect();
            let noun_actor = &events[n].event.actor;
            if events[v].event.actor.is_empty()
                && noun_actor.iter().all(|a| !victims.contains(&key(a)))
            {
                events[v].event.actor = noun_actor.clone();
            }
            if events[v].event.recipient.is_empty() {
                events[v].event.recipient = events[n].event.recipient.clone();
                events[v].event.recipient_inferred = events[n].event.recipient_inferred;
            }
        }
    }
    drop_marked(events, &merged);
}

/// "rejected North Korea's demand", "conceded to demands from UNITA",
/// "agreed to US mediation": a demand, offer or appeal that another act
/// answers is what that act is about, not an event of its own in the
/// sentence; its author is whom the answer goes to when the verb names no
/// one.
pub(super) fn fold_answered_acts(doc: &Doc, events: &mut Vec<Coded>) {
    let answers =
        |t: EventType| matches!(t, EventType::Reject | EventType::Agree | EventType::Concede);
    let mut folded = vec![false; events.len()];
    for n in 0..events.len() {
        let (n0, _) = events[n].trigger_tokens;
        let verbal = VERBAL_CONTENT.contains(&events[n].event.event_type)
            || events[n].event.event_type == EventType::Consult;
        if !verbal || !noun_use_loose(doc, n0) {
            continue;
        }
        let answer = (0..events.len()).find(|&v| {
            let (_, v1) = events[v].trigger_tokens;
            v != n
                && !folded[v]
                && answers(events[v].event.event_type)
                && events[v].clause == events[n].clause
                && v1 < n0
                && n0 - v1 <= 6
                && (v1 + 1..n0).all(|k| {
                    doc.toks[k].kind == TokenKind::Word && !matches!(doc.lower(k), "that" | "and")
                        || matches!(doc.lower(k), "'s" | "’s")
                })
        });
        if let Some(v) = answer {
            folded[n] = true;
            if events[v].event.recipient.is_empty() && !events[n].event.actor.is_empty() {
                let own: Vec<String> = events[v].event.actor.iter().map(key).collect();
                let author: Vec<Entity> = events[n]
                    .event
                    .actor
                    .iter()
                    .filter(|a| !own.contains(&key(a)))
                    .cloned()
                    .collect();
                events[v].event.recipient = author;
                events[v].event.recipient_inferred = None;
            }
        }
    }
    drop_marked(events, &folded);
}

/// Keep the events whose mark is false (`marked` runs parallel to `events`).
pub(super) fn drop_marked(events: &mut Vec<Coded>, marked: &[bool]) {
    let mut keep = marked.iter().map(|m| !m);
    events.retain(|_| keep.next().unwrap_or(true));
}

pub(super) fn dedupe(doc: &Doc, events: &mut Vec<Coded>) {
    merge_the_act_a_verb_reports(doc, events);
    fold_answered_acts(doc, events);
    fold_continued_acts(doc, events);
    fold_protest_demands(doc, events);
    // "cancelled a planned visit to Malaysia", "ended mediation efforts": a
    // trigger phrase that holds another event's trigger word says what
    // became of that act, and replaces it, taking over its stated recipient.
    let strictly_inside = |inner: &Coded, outer: &Coded| {
        outer.event.trigger.contains(inner.event.trigger)
            && outer.event.trigger != inner.event.trigger
    };
    let mut swallowed = vec![false; events.len()];
    for o in 0..events.len() {
        for i in 0..events.len() {
            if i != o && !swallowed[o] && strictly_inside(&events[i], &events[o]) {
                swallowed[i] = true;
                let stated = |c: &Coded| {
                    c.event.recipient_inferred.is_none() && !c.event.recipient.is_empty()
                };
                if !stated(&events[o]) && stated(&events[i]) {
                    events[o].event.recipient = events[i].event.recipient.clone();
                    events[o].event.recipient_inferred = None;
                }
            }
        }
    }
    drop_marked(events, &swallowed);
    let score = |c: &Coded| {
        let stated_recipient =
            c.event.recipient_inferred.is_none() && !c.event.recipient.is_empty();
        (
            c.event.actor.len().min(1) + usize::from(stated_recipient),
            c.event.trigger.len(),
            c.event.mode.is_some(),
        )
    };
    events.sort_by_key(|c| std::cmp::Reverse(score(c)));
    let mut kept: Vec<Coded> = Vec::new();
    for c in events.drain(..) {
        let dup = kept.iter().any(|k| {
            let same_trigger = k.event.trigger.overlaps(c.event.trigger);
            let same_type = k.event.event_type == c.event.event_type;
            let keys = |v: &[Entity]| {
                let mut x: Vec<String> = v.iter().map(key).collect();
                x.sort();
                x
            };
            let nested = k.event.trigger.contains(c.event.trigger)
                || c.event.trigger.contains(k.event.trigger);
            // "Israeli strikes in Rafah killed 12 people": the verb with no
            // actor of its own tells the act its subject names.
            let subject_act = same_type
                && c.event.actor.is_empty()
                && !k.event.actor.is_empty()
                && k.sentence == c.sentence
                && k.trigger_tokens.0 < c.trigger_tokens.0
                && k.event.span.end <= c.event.trigger.start
                && c.event.trigger.start - k.event.span.end <= 1;
            // "refused to deploy peacekeepers": the refusal read from the act
            // refused is the refusal the verb names, with the act's recipient.
            let refused_act = same_type
                && c.event.event_type == EventType::Reject
                && keys(&k.event.actor) == keys(&c.event.actor)
                && [(k, &c), (&c, k)].iter().any(|(verb, act)| {
                    let (v, a) = (verb.trigger_tokens.1, act.trigger_tokens.0);
                    a == v + 2
                        && doc.lower(v + 1) == "to"
                        && REFUSAL_VERBS.iter().any(|l| doc.toks[v].is(l))
                });
            // "converging for a rally in Lagos to protest ...": a second
            // trigger of the act with no actor of its own, against the same
            // side, is the same act.
            let actorless_again = same_type
                && k.clause == c.clause
                && c.event.actor.is_empty()
                && !k.event.actor.is_empty()
                && !c.event.recipient.is_empty()
                && c.event.recipient.iter().all(|r| !r.code_from_context)
                && keys(&k.event.recipient) == keys(&c.event.recipient);
            same_trigger && (same_type || nested)
                || subject_act
                || refused_act
                || actorless_again
                || same_type
                    && keys(&k.event.actor) == keys(&c.event.actor)
                    && (keys(&k.event.recipient) == keys(&c.event.recipient)
                        || c.event.recipient.is_empty()
                        || c.event.recipient_inferred.is_some())
        });
        if !dup {
            kept.push(c);
        }
    }
    kept.sort_by_key(|c| c.event.trigger.start);
    *events = kept;
}

/// "blocked roads demanding that he be reinstated", "staged demonstrations to
/// demand reforms": what protesters demand, after their protest in the
/// sentence, is what the protest is for, as CAMEO codes "demonstrate for"; it
/// is not a demand of its own.
pub(super) fn fold_protest_demands(doc: &Doc, events: &mut Vec<Coded>) {
    let mut folded = vec![false; events.len()];
    for n in 0..events.len() {
        if events[n].event.event_type != EventType::Request {
            continue;
        }
        let (n0, _) = events[n].trigger_tokens;
        // A purpose or a participle ("to demand", "demanding", "calling
        // for") has the protesters for its subject, whoever stands nearer.
        let purpose =
            n0 > 0 && matches!(doc.lower(n0 - 1), "to" | ",") || doc.lower(n0).ends_with("ing");
        let demanders: Vec<String> = if purpose {
            Vec::new()
        } else {
            events[n].event.actor.iter().map(key).collect()
        };
        folded[n] = events.iter().any(|p| {
            p.event.event_type == EventType::Protest
                && p.sentence == events[n].sentence
                && p.trigger_tokens.1 < n0
                && n0 - p.trigger_tokens.1 <= 15
                && (demanders.is_empty()
                    || p.event.actor.iter().any(|a| demanders.contains(&key(a))))
        });
    }
    drop_marked(events, &folded);
}

/// "killed one U.S. soldier and wounded two others", "attacked a camp,
/// killing 156 people", "killing or wounding 50": a verb joined by "and",
/// "or" or a comma to an earlier act of its type in the sentence goes on
/// telling that act, unless it names a party the first does not ("struck
/// Gaza and bombed Lebanon" are two).
pub(super) fn fold_continued_acts(doc: &Doc, events: &mut Vec<Coded>) {
    let mut folded = vec![false; events.len()];
    for n in 0..events.len() {
        let (n0, _) = events[n].trigger_tokens;
        if n0 == 0 || !matches!(doc.lower(n0 - 1), "and" | "or" | ",") || noun_use(doc, n0) {
            continue;
        }
        let first = (0..events.len()).find(|&v| {
            let (_, v1) = events[v].trigger_tokens;
            v != n
                && !folded[v]
                && events[v].event.event_type == events[n].event.event_type
                && events[v].event.modality == events[n].event.modality
                && events[v].sentence == events[n].sentence
                && v1 < n0
                && n0 - v1 <= 25
        });
        let Some(v) = first else {
            continue;
        };
        // What it adds is at most an uncoded count ("two others").
        let codes = |c: &Coded| -> Vec<Option<String>> {
            c.event.recipient.iter().map(|r| r.code.clone()).collect()
        };
        let known = codes(&events[v]);
        let new_party = events[n].event.recipient_inferred.is_none()
            && codes(&events[n])
                .iter()
                .any(|c| c.is_some() && !known.contains(c));
        if new_party {
            continue;
        }
        folded[n] = true;
    }
    drop_marked(events, &folded);
}
