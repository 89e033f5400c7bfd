//! Countries for sides the actor layer left uncoded: a group's own
//! country, the place the act happened, the article's context.

use super::*;

/// Weapons and sites, which an act is done to or with and which never act
/// themselves (`inert-nouns.txt`).
pub(super) static INERT_NOUNS: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        sitrep_core::data::word_set(include_str!("../../../../data/lexicon/inert-nouns.txt"))
    });

/// A country's own non-state groups: rebels, opposition, parties, civilians,
/// unions, students, clergy, doctors, farmers, criminals.
pub(super) const DOMESTIC_GROUP_SECTORS: [&str; 12] = [
    "REB", "OPP", "PTY", "CVL", "LAB", "EDU", "SOC", "REL", "MED", "HLH", "AGR", "CRM",
];

/// The last reading of an act that names no recipient, no place and no
/// party after it: when a country's own non-state group demands, agrees,
/// concedes or refuses, it does so at home, to its country's authorities or
/// people ("the opposition coalition agreed to postpone the demonstration",
/// "the union called off its strike"), as event datasets code domestic
/// events. Threats and force are read so only for rebels and the
/// opposition, who take them up against their own state: settlers who set
/// fire to a mosque or a mob that attacks a village act on others.
pub(super) fn own_country_of_group(
    event_type: EventType,
    actor: &[Entity],
) -> Option<(Entity, RecipientBasis)> {
    let first = actor.first()?;
    let sector = first.sector.as_deref()?;
    let at_home = match event_type {
        EventType::Agree | EventType::Concede | EventType::Request | EventType::Reject => {
            DOMESTIC_GROUP_SECTORS.contains(&sector)
        }
        EventType::Threaten | EventType::Coerce | EventType::Assault => {
            matches!(sector, "REB" | "OPP")
        }
        _ => false,
    };
    if !at_home {
        return None;
    }
    let home = first.code.as_deref().and_then(sitrep_nlp::kb::country)?;
    Some((home, RecipientBasis::Domestic))
}

/// Sectors of a state's civilian authorities: whom they act on or with at
/// home is, without another country in sight, their own country's.
pub(super) const CIVIL_SECTORS: [&str; 4] = ["GOV", "COP", "JUD", "LEG"];

/// The country of a side the text names without one ("demonstrators",
/// "the rebels", "Judge Alejandro Rivera"), from the event's context, as event
/// datasets code such actors: the country where the event took place (its
/// places, else a state or place the sentence puts things "in"), else the
/// one country the sentence names when that country's civilian authorities
/// are the other side ("Egyptian police dispersed demonstrators"). Armed
/// forces give no country this way: "US forces killed militants" does not
/// make the militants American. Nor does the venue of talks or a deal:
/// "negotiators met in Geneva" are not Swiss.
pub(super) fn country_from_context(
    doc: &Doc,
    s: usize,
    event_type: EventType,
    places: &[Entity],
    other_side: &[Entity],
) -> Option<Entity> {
    let range = doc.sentence_tokens(s);
    let venue = matches!(
        event_type,
        EventType::Consult | EventType::Agree | EventType::Cooperate
    );
    // Not where the source spoke from: "..., relief officials in Nairobi said".
    let told = quotes::postposed_attribution(doc, range.start, range.end.saturating_sub(1))
        .unwrap_or(range.end);
    let located = places
        .iter()
        .find(|p| p.code.is_some())
        .cloned()
        .or_else(|| {
            (range.start..told).find_map(|k| {
                matches!(
                    doc.lower(k),
                    "in" | "at" | "inside" | "throughout" | "near" | "outside"
                )
                .then(|| place_of_phrase(doc, k + 1, told))
                .flatten()
            })
        });
    let code = match located.filter(|_| !venue) {
        Some(place) => place.code,
        None => {
            let mut codes = range.filter_map(|k| {
                let mi = doc.mention_at(k)?;
                let e = doc.mention(mi).entity.as_ref()?;
                let code = e.code.as_deref()?;
                (code.len() == 3 && sitrep_nlp::kb::country(code).is_some()).then_some(code)
            });
            let only = codes.next()?;
            if codes.any(|c| c != only) {
                return None;
            }
            let authorities = other_side.iter().any(|e| {
                e.code.as_deref() == Some(only)
                    && e.sector
                        .as_deref()
                        .is_some_and(|s| CIVIL_SECTORS.contains(&s))
            });
            authorities.then(|| only.to_string())
        }
    };
    sitrep_nlp::kb::country(code.as_deref()?)
}

/// The place a phrase after a preposition names, from token `k`: the first
/// state or place within its next eight words ("in Kabul", "outside of the
/// Iraqi city of Basra", "in a residential sector of eastern Beirut"), if no
/// other actor, punctuation or new phrase comes first.
pub(super) fn place_of_phrase(doc: &Doc, k: usize, end: usize) -> Option<Entity> {
    for t in k..end.min(k + 8) {
        if let Some(mi) = doc.mention_at(t) {
            let mention = doc.mention(mi);
            // A word that only describes ("mostly Christian eastern Beirut").
            let Some(e) = mention.entity.as_ref() else {
                continue;
            };
            let where_ = matches!(e.kind, EntityKind::State | EntityKind::Place);
            if mention.modifier && !where_ {
                continue;
            }
            return (where_ && e.code.is_some()).then(|| e.clone());
        }
        // Punctuation, another preposition (but "of": "the city of Basra")
        // or a new clause ends the phrase.
        let w = doc.lower(t);
        let ends = doc.toks[t].kind == TokenKind::Punct
            || w != "of" && crate::doc::PREPOSITIONS.contains(&w)
            || crate::doc::SUBORDINATORS.contains(&w)
            || matches!(w, "and" | "after" | "during");
        if ends {
            return None;
        }
    }
    None
}

/// An assault no one is named for ("a roadside bombing near Samarra killed
/// a soldier") is coded, as event datasets code it, to unidentified
/// attackers of the country where it happened; an arrest, a detention or an
/// investigation ("was put under investigation in Italy"), to that country's
/// authorities. The actor names no one (its text is empty) and its code is
/// marked as read from context.
pub(super) fn unidentified_actor(doc: &Doc, c: &mut Coded) {
    if !c.event.actor.is_empty() {
        return;
    }
    let (name, sector) = match c.event.event_type {
        EventType::Assault => ("unidentified attackers", None),
        EventType::Coerce | EventType::Accuse => ("authorities", Some("GOV")),
        _ => return,
    };
    let place = country_from_context(
        doc,
        c.sentence,
        c.event.event_type,
        &c.event.places,
        &c.event.recipient,
    );
    if let Some(place) = place {
        c.event.actor.push(Entity {
            code: place.code,
            sector: sector.map(str::to_string),
            text: String::new(),
            code_from_context: true,
            ..Entity::named(name, EntityKind::Generic)
        });
    }
}

/// Give every side named without a country, a description or a person the
/// knowledge base does not know, the one its context shows (see
/// [`country_from_context`]).
pub(super) fn place_uncoded_sides(
    doc: &Doc,
    s: usize,
    event_type: EventType,
    places: &[Entity],
    actor: &mut [Entity],
    recipient: &mut [Entity],
) {
    place_uncoded_side(doc, s, event_type, places, actor, recipient);
    place_uncoded_side(doc, s, event_type, places, recipient, actor);
}

/// [`place_uncoded_sides`] for one side, against the other.
pub(super) fn place_uncoded_side(
    doc: &Doc,
    s: usize,
    event_type: EventType,
    places: &[Entity],
    side: &mut [Entity],
    other_side: &[Entity],
) {
    // A body the knowledge base lacks ("the Homeland Union", "the Forces
    // for Defence of Democracy") is placed as a description is.
    let uncoded = |e: &Entity| {
        e.code.is_none()
            && !e.several
            && matches!(
                e.kind,
                EntityKind::Generic | EntityKind::Person | EntityKind::Group
            )
    };
    if !side.iter().any(uncoded) {
        return;
    }
    if let Some(home) = country_from_context(doc, s, event_type, places, other_side) {
        for e in side.iter_mut().filter(|e| uncoded(e)) {
            e.code = home.code.clone();
            e.code_from_context = true;
        }
    }
}
