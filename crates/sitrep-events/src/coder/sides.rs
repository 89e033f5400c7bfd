//! An event's sides: [`source`] and [`recipient`] read them from the
//! trigger's clause, the quote it sits in and the rule's slots.

use super::*;

/// Where a rule matched: its sentence, the trigger's first and last tokens,
/// the trigger's clause, and the quote the trigger sits in.
pub(super) struct Site<'a> {
    pub(super) doc: &'a Doc<'a>,
    pub(super) rule: &'a Rule,
    pub(super) m: &'a Match,
    pub(super) s: usize,
    pub(super) t0: usize,
    pub(super) t1: usize,
    pub(super) c0: usize,
    pub(super) c1: usize,
    pub(super) host_quote: Option<&'a Quote>,
}

/// Who did it, as [`source`] finds them, and how the trigger reads.
pub(super) struct Source {
    pub(super) actor: Vec<Entity>,
    /// The mentions the actors came from (none for a speaker taken from the
    /// quote).
    pub(super) actor_mentions: Vec<usize>,
    /// The party that a call or talks named in a prepositional phrase hold
    /// with ("In talks with Macron, Zelensky asked").
    pub(super) call_doer: Option<usize>,
    /// The trigger is a noun ("the strikes"), not a verb.
    pub(super) noun: bool,
    pub(super) passive: bool,
    /// The act is done in words (a statement, an appeal): its clause is the
    /// recipient's window.
    pub(super) verbal: bool,
}

/// Whom it was done to, as [`recipient`] finds them.
pub(super) struct Recipient {
    pub(super) recipient: Vec<Entity>,
    pub(super) recipient_mentions: Vec<usize>,
    /// "between A and B": each side acts on the other.
    pub(super) reciprocal: bool,
    /// The end of the act's clause, before a postposed attribution opens.
    pub(super) c1: usize,
}

/// The source of the act at `site`: the speaker for a rule that says so, "by X"
/// after the trigger, a modifier before a noun trigger, else the clause's
/// subject (a participle after a comma takes the sentence's). None where the
/// sentence says no one acted ("An earthquake struck").
pub(super) fn source(site: &Site) -> Option<Source> {
    let &Site {
        doc,
        rule,
        m,
        t0,
        t1,
        c0,
        c1,
        host_quote,
        ..
    } = site;
    let passive = is_passive(site);
    let noun = !passive && noun_use(doc, t0);
    // "told Blinken in a phone call", "In talks with Macron, Zelensky asked":
    // a call or talks that a prepositional phrase names are the clause's.
    let call_doer = if noun && rule.event_type == EventType::Consult {
        adjunct_doer(doc, t0, t1, c0, c1)
    } else {
        None
    };
    let verbal = VERBAL_CONTENT.contains(&rule.event_type);
    // The agent follows the trigger before its target does: in
    // "demonstrations against violations by the military", "by" is the
    // violations' agent.
    let by = |word: &str| {
        (t1 + 1..=c1.min(t1 + 8))
            .take_while(|&k| doc.lower(k) != "against")
            .find(|&k| doc.lower(k) == word)
            .and_then(|k| actor_after(doc, k, 4, c1 + 1))
    };
    let mut actor_mentions: Vec<usize> = Vec::new();
    let mut actor: Vec<Entity> = Vec::new();
    if rule.source_is_speaker() {
        let speaker = host_quote.and_then(|q| q.speaker.clone())?;
        actor.push(speaker);
    } else if let Some(say) = m.say {
        let sm = doc.subject_before(say, c0.min(say))?;
        actor_mentions = with_list(doc, sm, c1 + 1);
    } else if let Some(b) = by("by").filter(|_| passive || noun) {
        actor_mentions = with_list(doc, b, c1 + 1);
    } else if let Some(b) =
        by("from").filter(|_| passive && rule.recipient_by.iter().any(|r| r == "to"))
    {
        actor_mentions = with_list(doc, b, c1 + 1);
    } else if let Some(md) = modifier_before(doc, t0) {
        actor_mentions = vec![md];
    } else if passive && rule.event_type == EventType::Retreat && rule.recipient_by.is_empty() {
        // "guerrillas have been demobilized": who gives up arms or ground
        // is the one the passive is about.
        actor_mentions.extend(doc.subject_before(t0, c0));
    } else if !passive {
        actor_mentions = subject_mentions(site, noun, call_doer);
    }
    joined_demonyms(doc, &mut actor_mentions);
    actor.extend(actor_mentions.iter().map(|&mi| entity_of(doc, mi)));
    // "Palestinian leaders said they would boycott ...": a subject pronoun
    // the actor layer left unlinked, inside what a speaker said, is the
    // speaker.
    if actor.is_empty() && !passive && !noun {
        let pronoun_subject = (c0..t0).rev().take(4).any(|k| {
            matches!(doc.lower(k), "they" | "he" | "she" | "we" | "it")
                && doc.mention_at(k).is_none()
        });
        if let Some(speaker) = host_quote
            .and_then(|q| q.speaker.clone())
            .filter(|_| pronoun_subject)
        {
            actor.push(speaker);
        }
    }
    // "An earthquake struck southern Peru": no one acted.
    if actor.is_empty() && !passive && (c0..t0).any(|k| HAZARDS.contains(doc.lower(k))) {
        return None;
    }
    if trace() {
        eprintln!("coder:   clause {c0}..{c1}, trigger {t0}..{t1}, passive {passive}, noun {noun}, actors {actor_mentions:?}");
    }
    Some(Source {
        actor,
        actor_mentions,
        call_doer,
        noun,
        passive,
        verbal,
    })
}

/// Whether the trigger at `site` is a passive: a participle after a form
/// of "be", or with its agent after "by", or cut short after a thing or a
/// person it was done to.
fn is_passive(site: &Site) -> bool {
    let &Site {
        doc, rule, m, c1, ..
    } = site;
    let participle = |k: usize| is_participle(doc, k);
    let agent_after =
        |k: usize| doc.lower(k + 1) == "by" && actor_after(doc, k + 1, 4, c1 + 1).is_some();
    // "is opposed to", "was committed to": an adjective, not a passive.
    let adjectival = |k: usize| doc.lower(k + 1) == "to" && !agent_after(k);
    // "every Iranian drone shot down over Ukraine", "positions shelled
    // overnight": a participle right after a weapon or a site, which does
    // nothing itself, is a passive cut short.
    // (Not one with an object after it: "missiles killed 4 Iraqis".)
    let done_to_a_thing = |k: usize| {
        let mut j = k + 1;
        if matches!(doc.lower(j), "down" | "up" | "out" | "off") {
            j += 1;
        }
        let object_follows = matches!(
            doc.lower(j),
            "a" | "an" | "the" | "its" | "their" | "his" | "her" | "dozens" | "hundreds"
        ) || doc.toks.get(j).is_some_and(|t| t.kind == TokenKind::Number)
            || sitrep_nlp::tokens::number_word(doc.lower(j)).is_some()
            || doc.mention_at(j).is_some();
        k > 0
            && !object_follows
            && doc
                .mention_at(k - 1)
                .is_some_and(|mi| doc.mention_last_token(mi) == k - 1)
            && INERT_NOUNS.contains(doc.lower(k - 1))
    };
    // "an Iranian diplomat jailed in Belgium", "a reporter detained on
    // Saturday": a participle right after a person, or a description of
    // people who bear no arms, followed by where, when or why, not by an
    // object. (Not after armed actors: "Russian forces attacked overnight"
    // is their own act.)
    // Only acts done to people: "called for", "went on strike" are a
    // subject's own.
    let act_on_people = matches!(rule.event_type, EventType::Coerce | EventType::Assault);
    let done_to_a_person = |k: usize| {
        let next = doc.lower(k + 1);
        let adjunct = matches!(
            next,
            "," | "."
                | ""
                | "on"
                | "in"
                | "for"
                | "since"
                | "after"
                | "during"
                | "last"
                | "without"
        );
        act_on_people
            && k > 0
            && adjunct
            && doc.mention_at(k - 1).is_some_and(|mi| {
                let unarmed = doc.mention(mi).entity.as_ref().is_some_and(|e| {
                    e.kind == EntityKind::Person && !e.anonymous
                        || e.kind == EntityKind::Generic
                            && !matches!(
                                e.sector.as_deref(),
                                Some("MIL" | "REB" | "PRM" | "COP" | "SPY" | "CRM")
                            )
                });
                doc.mention_last_token(mi) == k - 1 && doc.is_actor(mi) && unarmed
            })
    };
    m.trigger.iter().any(|&k| {
        participle(k)
            && !adjectival(k)
            && ((k.saturating_sub(3)..k).any(|j| BE.contains(&doc.lower(j)))
                || agent_after(k)
                || done_to_a_thing(k)
                || done_to_a_person(k))
    })
}

/// The subject of an active trigger at `site`: the actor before it in its
/// clause, the whole list it heads ("the US and some Western states
/// sent"); for a purpose or a participle clause the clause's subject, for a
/// noun after a light verb its doer ("launched ten days of war games").
fn subject_mentions(site: &Site, noun: bool, call_doer: Option<usize>) -> Vec<usize> {
    let &Site { doc, t0, c0, .. } = site;
    let mut actor_mentions = Vec::new();
    // Over a measure too: "launched ten days of war games", "issued a
    // series of threats".
    let reach = if doc.lower(t0.saturating_sub(1)) == "of" {
        5
    } else {
        3
    };
    let light =
        (t0.saturating_sub(reach)..t0).any(|k| LIGHT_VERBS.iter().any(|l| doc.toks[k].is(l)));
    let participle_clause = doc.toks[t0].lower.ends_with("ing")
        && t0 > 0
        && matches!(
            doc.lower(t0 - 1),
            "," | "by" | "while" | "after" | "before" | "without"
        );
    let coordinated = t0 > 0 && doc.lower(t0 - 1) == "and" && doc.mention_at(t0 - 1).is_none();
    // "the UN sent 21 personnel to Bosnia on Wednesday to investigate",
    // "a rally in Lagos to protest": after a name or a place, the doer of
    // a purpose is the clause's subject, unless a verb before hands it to
    // its object ("urged Iran on Monday to release"). Right after its verb
    // ("continues to target") the subject is found as any verb's.
    let purpose = !noun
        && t0 > 1
        && doc.lower(t0 - 1) == "to"
        && (doc.mention_at(t0 - 2).is_some() || doc.toks[t0 - 2].capitalized)
        && !(c0..t0).any(|k| OBJECT_CONTROL_VERBS.iter().any(|l| doc.toks[k].is(l)));
    let adjunct = call_doer.filter(|_| !light);
    let subject = if coordinated && !noun {
        doc.main_subject(t0)
    } else if purpose || participle_clause {
        doc.subject_from(c0, t0)
    } else if adjunct.is_some() {
        adjunct
    } else if noun && !light {
        None
    } else if noun {
        // ("Kenya announced the release of ...": the act named is the
        // announcer's own.)
        doc.subject_before(t0, c0)
    } else {
        doc.verb_subject_before(t0, c0)
    };
    if let Some(sm) = subject {
        actor_mentions = vec![sm];
        // "the US and some Western states sent": the whole subject list,
        // from the first actor of the clause before the subject found, or
        // from the subject itself when it was found as the clause's first.
        let first = doc.mention_first_token(sm);
        let clause_first = purpose || participle_clause || adjunct.is_some();
        // Not from inside a phrase that opens the clause: "In a call
        // with Macron, Zelensky asked" is Zelensky's request.
        let opener = crate::doc::PREPOSITIONS.contains(&doc.lower(c0));
        let head = if clause_first {
            Some(sm)
        } else {
            (c0..first)
                .find_map(|k| {
                    doc.mention_at(k)
                        .filter(|&h| doc.is_actor(h) && doc.mention_first_token(h) == k)
                })
                .map(|h| {
                    let h0 = doc.mention_first_token(h);
                    if opener && (h0..first).any(|k| doc.lower(k) == ",") {
                        sm
                    } else {
                        h
                    }
                })
        };
        if let Some(head) = head {
            let list = subject_list(doc, head, t0);
            let described = list.last().is_some_and(|&p| appositive(doc, p, sm));
            if list.contains(&sm) || described {
                actor_mentions = list;
            }
        }
    }
    actor_mentions
}

/// "French and Egyptian warships launched": demonyms joined before one
/// noun are each a side. A lone side of a country's takes in the states
/// joined before it by "and" or commas, first to last.
fn joined_demonyms(doc: &Doc, actor_mentions: &mut Vec<usize>) {
    let state = |mi: usize| {
        doc.mention(mi)
            .entity
            .as_ref()
            .is_some_and(|e| e.kind == EntityKind::State)
    };
    if let [sm] = actor_mentions[..] {
        let mut first = doc.mention_first_token(sm);
        let of_a_country = doc.mention(sm).entity.as_ref().is_some_and(|e| {
            e.code.is_some() && matches!(e.kind, EntityKind::State | EntityKind::Generic)
        });
        while of_a_country && first >= 2 && matches!(doc.lower(first - 1), "and" | ",") {
            // "U.S." may end on a full stop of its own.
            let before = if doc.lower(first - 2) == "." {
                first.saturating_sub(3)
            } else {
                first - 2
            };
            let Some(prev) = doc.mention_at(before).filter(|&p| state(p)) else {
                break;
            };
            actor_mentions.insert(0, prev);
            first = doc.mention_first_token(prev);
        }
    }
}

/// Whom the act at `site` was done to: the rule's recipient slot or the
/// preposition it names, "between A and B", a list, else the first actor
/// after the trigger in its clause. May change the actors `source` found
/// ("A and B met": each is a side).
pub(super) fn recipient(site: &Site, source: &mut Source) -> Option<Recipient> {
    let &Site { doc, rule, t1, .. } = site;
    // The act's clause ends where a postposed attribution opens: not whom
    // the source told ("Hamas rejected the proposal, an official of the
    // group told Al Jazeera"), nor where it spoke from.
    let c1 =
        quotes::postposed_attribution(doc, t1, site.c1).map_or(site.c1, |k| k.saturating_sub(1));
    let (mut recipient_mentions, reciprocal) = by_the_rule(site, source, c1);
    // No rule placed the recipient: the first actor after the trigger in its
    // clause, unless it only says where ("in Baghdad") or is the source itself.
    // (A passive's object is its subject, before it: what follows is where,
    // when or why, "were arrested in the case of the murder of a deputy".)
    let passive_object = source.passive && rule.recipient_by.iter().all(|r| r == "obj");
    if recipient_mentions.is_empty()
        && !rule.recipient_by.is_empty()
        && !reciprocal
        && !passive_object
    {
        if let Some(r) = first_party_after(site, source, c1) {
            recipient_mentions = with_list(doc, r, c1 + 1);
        }
    }
    let actor = &source.actor;
    if recipient_mentions.is_empty() && !reciprocal && !actor.is_empty() {
        recipient_mentions.extend(foreign_owner(site, actor, c1));
    }
    // "Lavrov told Blinken in a phone call": whom the doer told in the call
    // or the talks is the other party, unless one follows ("with Macron").
    if source.call_doer.is_some() && doc.lower(t1 + 1) != "with" {
        if let Some(h) = hearer_of_the_call(site) {
            recipient_mentions = vec![h];
        }
    }
    // Speaking to the press is not an act towards it.
    recipient_mentions.retain(|&mi| {
        doc.mention(mi)
            .entity
            .as_ref()
            .is_some_and(|e| e.kind != EntityKind::Agency)
    });
    let mut recipient: Vec<Entity> = recipient_mentions
        .iter()
        .map(|&mi| entity_of(doc, mi))
        .collect();
    if reciprocal {
        recipient.reverse();
    } else {
        drop_the_actor_itself(doc, actor, &recipient_mentions, &mut recipient);
    }
    Some(Recipient {
        recipient,
        recipient_mentions,
        reciprocal,
        c1,
    })
}

/// The recipient the rule's slot or its ways (`recipient_by`, in order, the
/// first that finds one) place, and whether the act is reciprocal: "between
/// A and B" makes each a side, which changes the actors `source` found;
/// "Kuwait mediated between Qatar and Saudi Arabia": the mediator acts
/// towards both.
fn by_the_rule(site: &Site, source: &mut Source, c1: usize) -> (Vec<usize>, bool) {
    let &Site {
        doc,
        rule,
        m,
        s,
        t0,
        t1,
        ..
    } = site;
    let (noun, passive) = (source.noun, source.passive);
    let mut recipient_mentions: Vec<usize> = Vec::new();
    let mut reciprocal = false;
    if let Some(r) = m.recipient_slot {
        recipient_mentions.push(r);
    }
    let window_end = if source.verbal { c1 } else { c1.min(t1 + 10) };
    for how in &rule.recipient_by {
        if !recipient_mentions.is_empty() {
            break;
        }
        match how.as_str() {
            "obj" if !passive => {
                // A noun's object follows "of": "the release of a French citizen".
                let of_object = || {
                    (noun && doc.lower(t1 + 1) == "of")
                        .then(|| actor_after(doc, t1 + 1, 4, c1 + 1))
                        .flatten()
                };
                if let Some(r) = object_after(doc, t0, c1)
                    .or_else(|| object_after(doc, t1, c1))
                    .or_else(of_object)
                    .filter(|&r| !the_act_s_own_words(doc, rule, r))
                {
                    recipient_mentions = with_list(doc, r, c1 + 1);
                }
            }
            "obj" => recipient_mentions = passive_subject_before(site),
            "if" => {
                // "if the US does not want ..., X should be stopped": the condition's subject.
                let range = doc.sentence_tokens(s);
                if let Some(k) = range
                    .clone()
                    .find(|&k| matches!(doc.lower(k), "if" | "unless"))
                {
                    if let Some(r) =
                        actor_after(doc, k, 3, range.end).filter(|&r| !passive_subject(doc, r))
                    {
                        recipient_mentions = vec![r];
                    }
                }
            }
            "between" => {
                if let Some(k) = (t1 + 1..=c1.min(t1 + 4)).find(|&k| doc.lower(k) == "between") {
                    if let Some(a) = actor_after(doc, k, 3, c1 + 1) {
                        let list = with_list(doc, a, c1 + 1);
                        let mediated = rule.mode.as_deref() == Some("third-party");
                        if list.len() >= 2 && mediated && !source.actor.is_empty() {
                            recipient_mentions = list;
                        } else if list.len() >= 2 {
                            reciprocal = true;
                            source.actor_mentions = list.clone();
                            source.actor = list.iter().map(|&mi| entity_of(doc, mi)).collect();
                            recipient_mentions = list;
                        }
                    }
                }
            }
            prep => {
                if let Some(k) = (t1 + 1..=window_end).find(|&k| doc.lower(k) == prep) {
                    if let Some(r) = actor_after(doc, k, 4, c1 + 1) {
                        recipient_mentions = with_list(doc, r, c1 + 1);
                    }
                }
            }
        }
    }
    (recipient_mentions, reciprocal)
}

/// "American positions were attacked": a passive's object is its subject,
/// right before it; not where it happened ("a missionary from Calgary was
/// arrested" and "a camp for Congolese refugees was attacked" are theirs,
/// but in "Two journalists arrested in Minsk last week were released" the
/// subject is the noun the participle describes), or before a description
/// set off by commas ("Nasrin Karimi, a reporter for Shargh, was detained").
fn passive_subject_before(site: &Site) -> Vec<usize> {
    let &Site { doc, s, t0, c0, .. } = site;
    let sentence_start = doc.sentence_tokens(s).start;
    let located = |mi: usize| {
        let first = doc.mention_first_token(mi);
        first > 0 && matches!(doc.lower(first - 1), "in" | "at" | "near" | "inside")
    };
    let described = || {
        (t0.saturating_sub(8).max(sentence_start + 1)..t0.saturating_sub(1))
            .rev()
            .filter(|&p| is_participle(doc, p))
            .find_map(|p| {
                doc.mention_at(p - 1)
                    .filter(|&mi| doc.is_actor(mi) && doc.mention_last_token(mi) == p - 1)
            })
    };
    let before = (t0.saturating_sub(4)..t0)
        .rev()
        .find_map(|k| doc.mention_at(k).filter(|&mi| doc.is_actor(mi)))
        .filter(|&mi| !located(mi))
        .or_else(described);
    match before {
        Some(r) => with_list_before(doc, r, c0),
        None => subjects_before_apposition(doc, c0, t0),
    }
}

/// The first actor after the trigger's first word in its clause ("give
/// Tanzania a grant" names the recipient between the pattern's words), up
/// to a comma or a noun's relative clause ("charges that his family called
/// baseless" are not against the family); not one that only says where ("in
/// former Yugoslavia", "at an emergency session of the Security Council"),
/// the actor itself or the act's own words.
fn first_party_after(site: &Site, source: &Source, c1: usize) -> Option<usize> {
    let &Site {
        doc,
        rule,
        m,
        t0,
        t1,
        ..
    } = site;
    let noun = source.noun;
    let stop = (t1 + 1..=c1)
        .find(|&k| doc.lower(k) == "," || noun && matches!(doc.lower(k), "that" | "which" | "who"))
        .map_or(c1, |k| k - 1);
    (t0 + 1..=stop.max(t1))
        .filter(|k| !m.trigger.contains(k))
        .find_map(|k| {
            let mi = doc.mention_at(k)?;
            let first = doc.mention_first_token(mi);
            // ("in former Yugoslavia", "in the former Soviet Union",
            // "in neighbouring Lebanon": the words that qualify a place
            // stand between.)
            let mut before = first;
            if before > 0
                && matches!(
                    doc.lower(before - 1),
                    "former" | "neighbouring" | "neighboring" | "nearby"
                )
            {
                before -= 1;
                if before > 0 && doc.lower(before - 1) == "the" {
                    before -= 1;
                }
            }
            let place_only = before > 0
                && matches!(
                    doc.lower(before - 1),
                    "in" | "at" | "near" | "from" | "across" | "inside"
                );
            // "at an emergency session of the Security Council": whose
            // the venue is, not a party.
            let place_only = place_only || in_a_venue(doc, before);
            (first == k
                && doc.is_actor(mi)
                && !place_only
                && !source.actor_mentions.contains(&mi)
                && !the_act_s_own_words(doc, rule, mi))
            .then_some(mi)
        })
}

/// "expelled two Russian diplomats": a demonym or possessor inside the
/// pattern says whose the object is, when it is not the actor's own
/// ("launched a Russian offensive" from Russia is Russia's); or an owner
/// after the object, "expelled inspectors of the IAEA".
fn foreign_owner(site: &Site, actor: &[Entity], c1: usize) -> Option<usize> {
    let &Site { doc, m, t0, t1, .. } = site;
    let inside = (t0 + 1..t1)
        .filter(|k| !m.trigger.contains(k))
        .find_map(|k| {
            let mi = doc.mention_at(k)?;
            let e = doc.mention(mi).entity.as_ref()?;
            let foreign = e.code.is_some() && actor.iter().all(|a| a.code != e.code);
            // The owner alone, or with the object noun ("Russian diplomats").
            let owner = doc.mention(mi).modifier || e.kind == EntityKind::Generic;
            (owner && foreign).then_some(mi)
        });
    inside.or_else(|| {
        (t1 > t0 && doc.lower(t1 + 1) == "of")
            .then(|| actor_after(doc, t1 + 1, 2, c1 + 1))
            .flatten()
            .filter(|&mi| {
                let e = doc.mention(mi).entity.as_ref();
                e.is_some_and(|e| e.code.is_some() && actor.iter().all(|a| a.code != e.code))
            })
    })
}

/// Whom the doer told in a call or talks ("Lavrov told Blinken in a phone
/// call"): the actor right after a telling verb before the trigger.
fn hearer_of_the_call(site: &Site) -> Option<usize> {
    let &Site { doc, t0, c0, .. } = site;
    (c0..t0)
        .filter(|&k| TELLING_VERBS.iter().any(|l| doc.toks[k].is(l)))
        .find_map(|k| doc.mention_at(k + 1).filter(|&mi| doc.is_actor(mi)))
}

/// An actor is not its own recipient. Another sector of the same country
/// is someone else: "the Sudanese government accused Darfur rebels", "the
/// opposition demands that President Mugabe abandon ...". A demonym before
/// a noun it describes ("freed a Kyrgyz journalist") is that country's
/// people, not its state, when the actor is not the state.
fn drop_the_actor_itself(
    doc: &Doc,
    actor: &[Entity],
    recipient_mentions: &[usize],
    recipient: &mut Vec<Entity>,
) {
    let other_sector = |a: &Entity, r: &Entity| {
        !matches!(r.kind, EntityKind::State | EntityKind::Place)
            && r.sector.is_some()
            && a.sector != r.sector
    };
    let people: Vec<bool> = recipient_mentions
        .iter()
        .map(|&mi| doc.mention(mi).modifier)
        .collect();
    let mut n = 0;
    recipient.retain(|r| {
        n += 1;
        let its_people = people.get(n - 1).copied().unwrap_or(false);
        !actor.iter().any(|a| {
            key(a) == key(r) && !other_sector(a, r) && !(its_people && a.kind != EntityKind::State)
        })
    });
}

/// ("launched 40 missiles and drones at": what the pattern names as the
/// act's own means is no one it was done to, unless it says whose it is:
/// "summoned a senior Indian diplomat".)
pub(super) fn the_act_s_own_words(doc: &Doc, rule: &Rule, r: usize) -> bool {
    let last = &doc.toks[doc.mention_last_token(r)];
    let whose_unsaid = doc
        .mention(r)
        .entity
        .as_ref()
        .is_none_or(|e| e.code.is_none() || e.code_from_context);
    whose_unsaid
        && rule.elems.iter().any(|e| match e {
            Elem::Words(ws) => ws
                .iter()
                .any(|w| w.len() == 1 && (w[0] == last.lower || last.is(&w[0]))),
            _ => false,
        })
}
