//! Readers of a trigger's clause for its sides: the actor after a word,
//! the object, lists, appositions, passive subjects, prepositional phrases.

use super::*;

/// The doer of a call or talks that a phrase with "in", "during" or "over"
/// names: the subject of the clause it stands in ("Lavrov told Blinken in a
/// phone call"), or, when the phrase opens the sentence, the first actor
/// after its comma ("In a phone call with Macron, Zelensky asked ..."). Not
/// for other acts: a strike or a rally "in" or "at" which something happens
/// is not the clause subject's ("police detained dozens at a rally").
pub(super) fn adjunct_doer(doc: &Doc, t0: usize, t1: usize, c0: usize, c1: usize) -> Option<usize> {
    let mut k = t0;
    for _ in 0..3 {
        if k == 0
            || !matches!(
                doc.lower(k - 1),
                "a" | "an"
                    | "the"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "telephone"
                    | "phone"
                    | "video"
                    | "brief"
                    | "lengthy"
                    | "separate"
                    | "private"
            )
        {
            break;
        }
        k -= 1;
    }
    if k == 0 || !matches!(doc.lower(k - 1), "in" | "during" | "over") {
        return None;
    }
    let prep = k - 1;
    let sentence_start = doc.sentence_tokens(doc.sentence_of(t0)).start;
    if prep == sentence_start {
        let comma = (t1 + 1..=c1).find(|&j| doc.lower(j) == ",")?;
        doc.subject_from(comma + 1, c1 + 1)
    } else {
        doc.subject_from(c0, prep)
    }
}

/// The actor mention starting within `window` tokens after `i`, over
/// determiners and adjectives only.
pub(super) fn actor_after(doc: &Doc, i: usize, window: usize, end: usize) -> Option<usize> {
    let mut k = i + 1;
    while k <= (i + window).min(end.saturating_sub(1)) {
        if let Some(m) = doc.mention_at(k) {
            let mention = doc.mention(m);
            let last = doc.mention_last_token(m);
            // "with their Pakistani counterparts": a possessive pronoun
            // before the rest of the phrase is not the party.
            if mention.modifier && mention.antecedent.is_some() && last + 1 < end {
                k = last + 1;
                continue;
            }
            if mention.entity.is_some() && doc.mention_first_token(m) == k {
                return Some(m);
            }
            return None;
        }
        if doc.toks[k].kind == TokenKind::Punct
            || matches!(doc.lower(k), "to" | "that" | "of" | "in" | "with") && k > i + 1
        {
            return None;
        }
        k += 1;
    }
    None
}

/// The direct object of the verb at `t`: the actor right after it, over a
/// time ("rejected on Monday a demand ...") and determiners; a possessor
/// ("rejected Azerbaijan's demand"); or the agent of the object noun ("a
/// demand by the IAEA").
pub(super) fn object_after(doc: &Doc, t: usize, c1: usize) -> Option<usize> {
    let mut k = t + 1;
    while k <= c1 {
        if doc.in_time_expression(k) || doc.lower(k).ends_with("ly") && doc.mention_at(k).is_none()
        {
            k += 1;
        } else {
            break;
        }
    }
    // Words of the object phrase passed over: an adjective and its noun at most.
    let mut skipped = 0;
    // "met his Togolese counterpart": a possessive pronoun is a determiner
    // when a name of the phrase follows; else ("rejected its demand") it is
    // whose the object is.
    let mut possessive_pronoun = None;
    for _ in 0..5 {
        if k > c1 {
            return possessive_pronoun;
        }
        if let Some(m) = doc.mention_at(k) {
            let mention = doc.mention(m);
            let pronoun = matches!(doc.lower(k), "his" | "her" | "its" | "their" | "our");
            if pronoun && mention.modifier && skipped == 0 && possessive_pronoun.is_none() {
                possessive_pronoun = Some(m);
                k += 1;
                continue;
            }
            // A possessor ("Azerbaijan's demand") or a demonym before the
            // object noun ("an Indian proposal", "a fresh Indian proposal",
            // "Syrian villages") is whose the object is: the recipient.
            let owner = mention.modifier && skipped <= 1;
            // "met Israeli Prime Minister Benjamin Netanyahu": the person.
            let m = doc.titled_person_after(m, c1 + 1).unwrap_or(m);
            return (mention.entity.is_some() && (skipped == 0 || owner))
                .then_some(m)
                .or(possessive_pronoun);
        }
        match doc.lower(k) {
            "the" | "a" | "an" | "its" | "their" | "both" | "all" => k += 1,
            // Counts before the noun: "expelled two French journalists".
            "several" | "some" | "many" | "dozens" | "hundreds" | "thousands" | "more" => k += 1,
            // Approximate counts: "up to 16", "at least 12", "nearly 40".
            "up" | "at" if matches!(doc.lower(k + 1), "to" | "least") => k += 2,
            "nearly" | "about" | "around" | "almost" | "roughly" | "approximately" => k += 1,
            // A clause, not an object: "demanded that its partners refuse".
            "that" | "whether" => return None,
            _ if number_at(doc, k).is_some() => k += 1,
            // The agent of the object noun: "a (fresh) offer from Kabul".
            "by" | "from" if skipped > 0 => {
                return actor_after(doc, k, 3, c1 + 1).or(possessive_pronoun)
            }
            w if doc.toks[k].kind == TokenKind::Word
                && skipped < 2
                && !crate::doc::PREPOSITIONS.contains(&w) =>
            {
                skipped += 1;
                k += 1;
            }
            _ => return possessive_pronoun,
        }
    }
    possessive_pronoun
}

/// Whether token `k` is a past participle. Participles that look like their
/// verb ("put", "hit", "cut") show only by the auxiliary right before: "has
/// been put under investigation".
pub(super) fn is_participle(doc: &Doc, k: usize) -> bool {
    let Some(t) = doc.toks.get(k) else {
        return false;
    };
    t.lower.ends_with("ed")
        || t.lemmas.len() == 1 && t.lemmas[0] != t.lower
        || k > 0
            && matches!(doc.lower(k - 1), "been" | "being" | "was" | "were")
            && !t.lower.ends_with("ing")
}

/// Mention `r` with the actors coordinated before it ("Winston Blackmore
/// and James Oler were arrested"), not reaching before token `c0`, in the
/// order written.
pub(super) fn with_list_before(doc: &Doc, r: usize, c0: usize) -> Vec<usize> {
    let mut list = vec![r];
    let mut first = doc.mention_first_token(r);
    // A list ends in "and"; commas join the members before it.
    let mut joiner = "and";
    while first >= c0 + 2 && doc.lower(first - 1) == joiner {
        let mut end = first - 2;
        if joiner == "and" && doc.lower(end) == "," && end > c0 {
            end -= 1;
        }
        joiner = ",";
        // (Not a place after a preposition: "in Gaza, and Hamas members".)
        let Some(m) = doc.mention_at(end).filter(|&mi| {
            doc.is_actor(mi)
                && doc.mention_last_token(mi) == end
                && !right_after_preposition(doc, mi)
        }) else {
            break;
        };
        list.push(m);
        first = doc.mention_first_token(m);
    }
    list.reverse();
    list
}

/// Whether mention `mi` opens right after a preposition ("in Bountiful").
pub(super) fn right_after_preposition(doc: &Doc, mi: usize) -> bool {
    let first = doc.mention_first_token(mi);
    first > 0 && crate::doc::PREPOSITIONS.contains(&doc.lower(first - 1))
}

/// The subjects of a passive whose auxiliaries follow a description set off
/// by commas: the actor that ends right before the aside's opening comma
/// ("Nasrin Karimi, a reporter for the daily Shargh, was detained"), and
/// those coordinated with it, each with an aside of its own or none
/// ("Guillermo Hernandez, 20, and Carlos Velasquez, 24, were arrested").
pub(super) fn subjects_before_apposition(doc: &Doc, c0: usize, t0: usize) -> Vec<usize> {
    let mut k = t0;
    while k > c0
        && (crate::doc::AUXILIARIES.contains(&doc.lower(k - 1)) || doc.lower(k - 1) == "been")
    {
        k -= 1;
    }
    let mut subjects = Vec::new();
    if k == t0 || k <= c0 || doc.lower(k - 1) != "," {
        return subjects;
    }
    // The comma that closes the aside of the subject being read.
    let mut close = k - 1;
    while let Some(open) = (close.saturating_sub(14).max(c0 + 1)..close)
        .rev()
        .find(|&j| doc.lower(j) == ",")
    {
        // (Not a place after a preposition: "leaders of the sect in
        // Bountiful, B.C., have been arrested".)
        let Some(m) = doc.mention_at(open - 1).filter(|&mi| {
            doc.is_actor(mi)
                && doc.mention_last_token(mi) == open - 1
                && !right_after_preposition(doc, mi)
        }) else {
            break;
        };
        subjects.push(m);
        let first = doc.mention_first_token(m);
        if first < c0 + 2 || doc.lower(first - 1) != "and" {
            break;
        }
        if doc.lower(first - 2) == "," {
            close = first - 2;
            continue;
        }
        // ("Hernandez and Carlos Velasquez, 24, were arrested")
        subjects.extend(
            doc.mention_at(first - 2)
                .filter(|&mi| doc.is_actor(mi) && doc.mention_last_token(mi) == first - 2),
        );
        break;
    }
    subjects.reverse();
    subjects
}

/// Whether mention `m` is the subject of a passive right after it ("if they
/// were not freed"): the one acted on, not the party a condition is put to.
pub(super) fn passive_subject(doc: &Doc, m: usize) -> bool {
    let k = doc.mention_last_token(m) + 1;
    let be = (k..k + 2).find(|&j| BE.contains(&doc.lower(j)));
    be.is_some_and(|b| {
        let next = if doc.lower(b + 1) == "not" {
            b + 2
        } else {
            b + 1
        };
        is_participle(doc, next)
    })
}

/// Follow an actor list from mention `m`: "Iran and resistance groups",
/// "the US and some Western states", "groups, especially Lebanon's Hezbollah".
pub(super) fn with_list(doc: &Doc, m: usize, end: usize) -> Vec<usize> {
    list_from(doc, m, end, true)
}

/// The list a subject opens ("Iran, Russia and China began"): its verb comes
/// after it, so a verb after a member does not end the list.
pub(super) fn subject_list(doc: &Doc, m: usize, end: usize) -> Vec<usize> {
    list_from(doc, m, end, false)
}

pub(super) fn list_from(doc: &Doc, m: usize, end: usize, stop_at_new_clause: bool) -> Vec<usize> {
    let mut out = vec![m];
    let mut last = doc.mention_last_token(m);
    loop {
        let mut k = last + 1;
        let mut linked = false;
        // A comma before the next member can also close a clause.
        let mut comma = false;
        while k < end
            && (LIST_LINKS.contains(&doc.lower(k))
                || matches!(doc.lower(k), "some" | "the" | "other"))
        {
            linked |= LIST_LINKS.contains(&doc.lower(k));
            comma |= doc.lower(k) == ",";
            k += 1;
        }
        // "Lebanon's Hezbollah": skip the possessor.
        if let Some(pm) = doc.mention_at(k) {
            if doc.mention(pm).modifier
                && matches!(doc.lower(doc.mention_last_token(pm) + 1), "'s" | "’s")
            {
                k = doc.mention_last_token(pm) + 2;
            }
        }
        match doc.mention_at(k) {
            Some(n)
                if linked
                    && k < end
                    && doc.mention(n).entity.is_some()
                    && !doc.mention(n).modifier
                    && doc.mention_first_token(n) == k =>
            {
                // "..., and the Islamic Resistance in Iraq continues": a new clause's subject.
                let after = doc.mention_last_token(n) + 1;
                let t = doc
                    .toks
                    .get(after)
                    .filter(|_| stop_at_new_clause && comma && after < end);
                let verb_next = t.is_some_and(|t| {
                    t.kind == TokenKind::Word
                        && !t.capitalized
                        && !crate::doc::PREPOSITIONS.contains(&t.lower.as_str())
                        && !LIST_LINKS.contains(&t.lower.as_str())
                        && !matches!(t.lower.as_str(), "'s" | "’s" | "who" | "which" | "that")
                });
                if verb_next {
                    return out;
                }
                last = doc.mention_last_token(n);
                if !out.last().is_some_and(|&p| appositive(doc, p, n)) {
                    out.push(n);
                }
            }
            _ => return out,
        }
    }
}

/// "Salaheddine Sidhoum, Algeria's leading human rights activist, staged": a
/// description between commas right after a person is that person, not a
/// second member of a list.
pub(super) fn appositive(doc: &Doc, person: usize, description: usize) -> bool {
    let kind = |mi: usize| doc.mention(mi).entity.as_ref().map(|e| e.kind);
    let first = doc.mention_first_token(description);
    let between = doc.mention_last_token(person) + 1..first;
    kind(person) == Some(EntityKind::Person)
        && kind(description) == Some(EntityKind::Generic)
        && doc.lower(between.start) == ","
        && between.len() <= 2
        && between
            .clone()
            .all(|k| matches!(doc.lower(k), "," | "the" | "a" | "an"))
        && doc.lower(doc.mention_last_token(description) + 1) == ","
}

/// A recipient for an event whose text names none. Acts on a territory
/// (violence, coercion, a deployment, a protest) and a visit are aimed at
/// the place where they happen ("imposed a curfew in Cizre", "arrived in
/// Amman"), never the actor's own place for one-sided violence or a visit
/// ("Israeli strikes in Israel" is not what such a sentence means). With no
/// place, a protest is against the protesters' own authorities ("students
/// staged mass demonstrations"), and what a state's authorities impose,
/// concede or give up without an object named is done to their own country
/// ("the president lifted the state of emergency"), as event datasets code
/// them. For anything else, `build` reads on: the first party the clause
/// names ([`clause_party`]), then a non-state group's home
/// ([`own_country_of_group`]).
pub(super) fn infer_recipient(
    event_type: EventType,
    visit: bool,
    actor: &[Entity],
    places: &[Entity],
) -> Option<(Entity, RecipientBasis)> {
    let first_actor = actor.first()?;
    // A threat's place is where the threatened act would fall ("threatened
    // to resume attacks in Israel").
    let on_territory = matches!(
        event_type,
        EventType::Assault
            | EventType::Coerce
            | EventType::Mobilize
            | EventType::Protest
            | EventType::Threaten
    );
    if on_territory || visit {
        let own = |p: &&Entity| actor.iter().any(|a| a.code == p.code);
        let one_sided = event_type == EventType::Assault || visit;
        if let Some(p) = places
            .iter()
            .filter(|p| p.code.is_some())
            .find(|p| !(one_sided && own(p)))
        {
            return Some((p.clone(), RecipientBasis::Place));
        }
    }
    // A bare demonym ("Israeli settlers" read as "Israeli") has no sector:
    // not known to be the authorities.
    let authorities = first_actor
        .sector
        .as_deref()
        .is_some_and(|s| STATE_SECTORS.contains(&s));
    let domestic = event_type == EventType::Protest
        || authorities
            && matches!(
                event_type,
                EventType::Coerce | EventType::Concede | EventType::Retreat
            );
    if !domestic {
        return None;
    }
    let home = first_actor
        .code
        .as_deref()
        .and_then(sitrep_nlp::kb::country)?;
    Some((home, RecipientBasis::Domestic))
}

/// The parties with a country that the tokens after the trigger (ending at
/// `t1`) name, up to `last`, in order, other than the actor itself.
pub(super) fn parties_after<'a>(
    doc: &'a Doc,
    t1: usize,
    last: usize,
    actor: &[Entity],
    keep: impl Fn(usize) -> bool + 'a,
) -> impl Iterator<Item = Entity> + 'a {
    let actor_keys: Vec<String> = actor.iter().map(key).collect();
    (t1 + 1..=last).filter_map(move |k| {
        doc.mention_at(k)
            .filter(|&mi| doc.mention_first_token(mi) == k && !in_a_venue(doc, k) && keep(mi))
            .and_then(|mi| entity_of_opt(doc, mi))
            // (A town is where, never a party: "talks in Jeddah".)
            .filter(|e| {
                e.code.is_some() && e.kind != EntityKind::Place && !actor_keys.contains(&key(e))
            })
    })
}

/// What an act with no recipient is about: the first named party with a
/// country within twelve tokens after the trigger, in its clause. A party of
/// the actor's own country counts ("Bouteflika said he is prepared to lift
/// the ban on the FIS").
pub(super) fn clause_party(
    doc: &Doc,
    t1: usize,
    c1: usize,
    actor: &[Entity],
    keep: impl Fn(usize) -> bool,
) -> Option<Entity> {
    // (Not past a participle's comma or a quotation mark: "welcomed the move,
    // writing that "every Iranian drone ..."" is about the move.)
    let last = (t1 + 1..=c1.min(t1 + 12))
        .find(|&k| {
            doc.lower(k) == "," && doc.lower(k + 1).ends_with("ing")
                || matches!(doc.lower(k), "\"" | "“")
        })
        .map_or(c1.min(t1 + 12), |k| k.saturating_sub(1));
    parties_after(doc, t1, last, actor, keep).find(|e| !e.anonymous)
}

/// Nouns of meetings (`meeting-nouns.txt`).
pub(super) static MEETING_NOUNS: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        sitrep_core::data::word_set(include_str!("../../../../data/lexicon/meeting-nouns.txt"))
    });

/// Whether the phrase opening at token `first` only hosts a meeting: "at
/// an emergency session of the Security Council", "during a summit of the
/// Arab League" (`meeting-nouns.txt`).
pub(super) fn in_a_venue(doc: &Doc, first: usize) -> bool {
    let mut k = first;
    if k > 0 && doc.lower(k - 1) == "the" {
        k -= 1;
    }
    if k < 2 || doc.lower(k - 1) != "of" || !MEETING_NOUNS.contains(doc.lower(k - 2)) {
        return false;
    }
    k -= 2;
    (k.saturating_sub(4)..k)
        .rev()
        .find(|&j| {
            let t = &doc.toks[j];
            !(t.kind == TokenKind::Word
                && !t.capitalized
                && !matches!(t.lower.as_str(), "at" | "during"))
        })
        .is_some_and(|j| matches!(doc.lower(j), "at" | "during"))
}
