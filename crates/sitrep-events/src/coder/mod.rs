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
//! of each match: its sides (`sides`, reading the clause with `arguments`,
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
mod countries;
mod dedupe;
mod filters;
mod matching;
mod nouns;
mod sides;

use arguments::*;
pub(crate) use attributes::TELLING_VERBS;
use attributes::*;
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
/// (`object-control-verbs.txt`): "urged Iran to stop".
static OBJECT_CONTROL_VERBS: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
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
                let built = build(doc, quotes, rule, &m, s);
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

fn build(doc: &Doc, quotes: &[Quote], rule: &Rule, m: &Match, s: usize) -> Option<Coded> {
    let range = doc.sentence_tokens(s);
    let t0 = *m.trigger.first()?;
    let t1 = *m.trigger.last()?;
    let (c0, c1) = doc.clause(t0);
    let trigger_byte = doc.toks[t0].span.start;
    let host_quote = quotes
        .iter()
        .filter(|q| q.content.start <= trigger_byte && trigger_byte < q.content.end)
        .min_by_key(|q| q.content.len());

    if object_says_no_event(doc, t0, t1, c1)
        || agrees_with_a_view(doc, t0, t1, c1)
        || in_a_compound(doc, t0, t1)
        || rule.mode.as_deref() == Some("phone") && statement_by_phone(doc, t0, c0)
        || on_a_date(doc, t1)
        || rule.event_type == EventType::Assault && labour_strike(doc, t0, t1)
    {
        return None;
    }
    // "rejected the allegations": a denial of what others said, not a refusal.
    if rule.event_type == EventType::Reject
        && (t1 + 1..=(t1 + 4).min(c1)).any(|k| DENIAL_OBJECTS.contains(doc.lower(k)))
    {
        return None;
    }
    let site = Site {
        doc,
        rule,
        m,
        s,
        t0,
        t1,
        c0,
        c1,
        host_quote,
    };
    let mut source = source(&site)?;
    let Recipient {
        mut recipient,
        recipient_mentions,
        mut reciprocal,
        c1,
    } = recipient(&site, &mut source)?;
    let Source {
        mut actor,
        actor_mentions,
        verbal,
        ..
    } = source;

    // Places: "in X" after the trigger in the clause; for a visit, before it
    // too ("arrived in Amman on a visit").
    let visit = rule.event_type == EventType::Consult && rule.mode.as_deref() == Some("visit");
    let mut places = Vec::new();
    let before = if visit { c0..t0 } else { 0..0 };
    // (`c1` ends before a postposed attribution: not where the source spoke
    // from, "..., relief officials in Nairobi said".)
    for k in before.chain(t1 + 1..=c1) {
        if doc.lower(k) == "in" {
            if let Some(pm) = actor_after(doc, k, 3, c1 + 1) {
                for mi in with_list(doc, pm, c1 + 1) {
                    let e = entity_of(doc, mi);
                    if matches!(e.kind, EntityKind::State | EntityKind::Place)
                        && !recipient_mentions.contains(&mi)
                    {
                        places.push(e);
                    }
                }
                break;
            }
        }
    }
    if actor.is_empty() && recipient.is_empty() {
        return None;
    }
    // "blocked streets in defiance of Chinese authorities": whom a protest
    // is against may follow later in its sentence.
    if rule.event_type == EventType::Protest && recipient.is_empty() {
        let end = doc.sentence_tokens(s).end;
        let target = (t1 + 1..end)
            .filter(|&k| PROTEST_TARGETS.contains(doc.lower(k)))
            .find_map(|k| actor_after(doc, k, 4, end))
            .map(|mi| entity_of(doc, mi))
            .filter(|e| actor.iter().all(|a| key(a) != key(e)));
        recipient.extend(target);
    }
    // "threatened to expel Spanish diplomats": the object of the threatened act
    // when it carries a country; else whoever must meet the condition ("if
    // Madrid recognised ...", "unless Israel ended ...").
    if rule.event_type == EventType::Threaten && recipient.is_empty() {
        let actor_codes: Vec<&Option<String>> = actor.iter().map(|a| &a.code).collect();
        // The actor's own country counts when the actor is not the state
        // itself: "Museveni threatened to ban Ugandan opposition candidates".
        let object = parties_after(doc, t1, c1.min(t1 + 6), &actor, |_| true).find(|e| {
            !actor_codes.contains(&&e.code) || actor.iter().all(|a| a.kind != EntityKind::State)
        });
        let condition = || {
            let range = doc.sentence_tokens(s);
            range
                .clone()
                .find(|&k| matches!(doc.lower(k), "if" | "unless"))
                .and_then(|k| actor_after(doc, k, 3, range.end))
                .filter(|&mi| !passive_subject(doc, mi))
                .map(|mi| entity_of(doc, mi))
        };
        if let Some(r) = object.or_else(condition) {
            recipient.push(r);
        }
    }
    place_uncoded_sides(doc, s, rule.event_type, &places, &mut actor, &mut recipient);
    // "Armenia and Azerbaijan met", "Iran, Russia and China held drills":
    // each party acts with the others.
    let mutual = matches!(
        rule.event_type,
        EventType::Consult | EventType::Cooperate | EventType::Agree
    );
    if mutual && recipient.is_empty() && actor.len() >= 2 {
        reciprocal = true;
        recipient = actor.iter().rev().cloned().collect();
    }
    if rule.recipient_required && recipient.is_empty() {
        return None;
    }
    let recipient_inferred = if recipient.is_empty() && !reciprocal {
        infer_recipient(rule.event_type, visit, &actor, &places)
            .or_else(|| {
                clause_party(doc, t1, c1, &actor, |mi| {
                    !the_act_s_own_words(doc, rule, mi)
                })
                .map(|e| (e, RecipientBasis::Clause))
            })
            .or_else(|| {
                // ("the group fired two missiles at a commercial vessel": a
                // ship is no part of the rebels' own country.)
                let at_a_ship = (t1 + 1..=c1.min(t1 + 6)).any(|k| {
                    let t = &doc.toks[k];
                    std::iter::once(&t.lower)
                        .chain(&t.lemmas)
                        .any(|w| sitrep_nlp::names::VESSEL_NOUNS.contains(w.as_str()))
                });
                own_country_of_group(rule.event_type, &actor).filter(|_| !at_a_ship)
            })
            .map(|(r, basis)| {
                recipient.push(r);
                basis
            })
    } else {
        None
    };
    // A party the clause names after the act ("fundamentalists continued
    // their hunger strike to demand the resignation of Algerian President
    // Ben Bella") is the other side now, and may place an actor named
    // without a country. A state the clause names only by its demonym is
    // read as its authorities here: what the act is about is the state's.
    if recipient_inferred == Some(RecipientBasis::Clause) {
        let about: Vec<Entity> = recipient
            .iter()
            .map(|e| match e.kind {
                EntityKind::State if e.sector.is_none() => Entity {
                    sector: Some("GOV".into()),
                    ..e.clone()
                },
                _ => e.clone(),
            })
            .collect();
        place_uncoded_side(doc, s, rule.event_type, &places, &mut actor, &about);
    }

    // Evidence span: from the first in-sentence argument to the last.
    let sent_span = doc.sentence_span(s);
    let mut start = doc.toks[t0].span.start;
    let mut end = doc.toks[t1].span.end;
    for &mi in actor_mentions.iter().chain(recipient_mentions.iter()) {
        let sp = doc.mention(mi).span;
        if sent_span.contains(sp) {
            start = start.min(sp.start);
            end = end.max(sp.end);
        }
    }
    if let Some(say) = m.say {
        start = start.min(doc.toks[say].span.start);
    }
    if verbal {
        // What was asked, threatened or alleged, up to a postposed "..., the source said".
        let stop = quotes::postposed_attribution(doc, t1, c1).map_or(c1, |k| k.saturating_sub(1));
        let mut last = stop;
        while last > t1 && doc.toks[last].kind == TokenKind::Punct {
            last -= 1;
        }
        end = end.max(doc.toks[last].span.end);
        if let Some(q) = host_quote {
            end = end.min(q.content.end.max(doc.toks[t1].span.end));
        }
    }

    let mode = rule
        .mode
        .clone()
        .or_else(|| mode_from_words(doc, rule.event_type, range.clone()));
    let event = Event {
        event_type: rule.event_type,
        mode,
        context: rule.contexts.clone(),
        actor,
        recipient,
        recipient_inferred,
        reciprocal,
        modality: Modality::Asserted,
        span: Span::new(start, end),
        trigger: doc.span(t0, t1),
        sentence: sent_span,
        date: event_date(doc, sent_span, (c0, c1)),
        places,
        dead: if rule.event_type == EventType::Assault {
            deaths(doc, range.clone())
        } else {
            None
        },
        attribution: attribution(doc, host_quote),
    };
    // "All cooperative actions reported in future tense are also taken to
    // imply intentions" (PLOVER manual): they are AGREE.
    let mut event = event;
    let intent = (t0.saturating_sub(4)..t0).any(|k| {
        matches!(
            doc.lower(k),
            "will" | "would" | "ready" | "willing" | "prepared"
        ) || matches!(
            doc.lower(k),
            // Not "decided to": a decision taken is coded as the act it
            // decides ("decided to ease curfew hours" eases them), as CAMEO does.
            "offered" | "promised" | "pledged" | "agreed" | "vowed"
        ) && doc.lower(k + 1) == "to"
    });
    let cooperative = matches!(
        event.event_type,
        EventType::Support
            | EventType::Consult
            | EventType::Aid
            | EventType::Cooperate
            | EventType::Retreat
            | EventType::Concede
    );
    if intent && cooperative {
        event.event_type = EventType::Agree;
    }
    let mut c = Coded {
        event,
        implies_threat: None,
        trigger_tokens: (t0, t1),
        clause: (c0, c1),
        sentence: s,
    };
    c.event.modality = modality(doc, &c, host_quote);
    if c.event.modality == Modality::Negated && is_refusal(doc, &c) {
        // "Ankara refuses to lift the ban", "Europe will not lift the
        // embargo until ...": refusing to cooperate is itself an act, which
        // PLOVER codes as REJECT (CAMEO's 12x "refuse to ease", "refuse to
        // release", ...), not a cooperation that did not happen.
        let cooperative = matches!(c.event.event_type.quad_class() as u8, 1 | 2);
        if cooperative {
            c.event.event_type = EventType::Reject;
            c.event.mode = None;
            c.event.modality = Modality::Asserted;
        }
    }
    let will = (t0.saturating_sub(4)..t0).any(|k| matches!(doc.lower(k), "will" | "would"));
    let condition = range
        .clone()
        .any(|k| matches!(doc.lower(k), "unless" | "if"));
    let speaker_side = host_quote
        .and_then(|q| q.speaker.as_ref())
        .is_some_and(|sp| {
            sp.kind == EntityKind::Generic
                || c.event.actor.iter().any(|a| {
                    a.actor_key() == sp.actor_key()
                        || sp.affiliation.as_deref() == Some(a.name.as_str())
                })
        });
    // "would keep attacking unless ...": a conditional threat. "says it will
    // begin a military operation against ...", "announced they will extend
    // the curfew": a side announcing its own coming force or coercion
    // threatens with it, as CAMEO codes such announcements.
    let future = (t0.saturating_sub(2)..t0).any(|k| matches!(doc.lower(k), "will" | "would"))
        || (t0.saturating_sub(3)..t0).any(|k| {
            matches!(
                doc.lower(k),
                "prepared" | "ready" | "plans" | "planned" | "planning" | "intends"
            ) && doc.lower(k + 1) == "to"
        });
    let announced = future
        && matches!(
            rule.event_type,
            EventType::Assault | EventType::Coerce | EventType::Sanction | EventType::Protest
        );
    let conditional_threat = rule.event_type == EventType::Assault && will && condition;
    let threat = (conditional_threat || announced)
        && speaker_side
        && !c.event.actor.is_empty()
        && matches!(
            c.event.modality,
            Modality::Conditional | Modality::Hypothetical
        );
    c.implies_threat = threat.then_some(if condition {
        Modality::Conditional
    } else {
        Modality::Asserted
    });
    for (cond, ctx) in [
        (Modality::Hypothetical, "hypothetical"),
        (Modality::Historical, "historical"),
    ] {
        if c.event.modality == cond && !c.event.context.iter().any(|x| x == ctx) {
            c.event.context.push(ctx.into());
        }
    }
    Some(c)
}

#[cfg(test)]
mod tests;
