//! One match to one event: the sides, where the act happened, the evidence
//! span, and what the words around the trigger make of it (an intent to
//! cooperate, a refusal, a threat).

use super::*;

/// An article's quotes ordered by where their content starts, so that the
/// quote an event is told in is found by a search, not a scan of them all
/// (which made a long text's coding quadratic).
pub(super) struct QuoteHosts<'q> {
    quotes: &'q [Quote],
    by_start: Vec<usize>,
    longest: usize,
}

impl<'q> QuoteHosts<'q> {
    pub(super) fn new(quotes: &'q [Quote]) -> Self {
        let mut by_start: Vec<usize> = (0..quotes.len()).collect();
        by_start.sort_by_key(|&qi| quotes[qi].content.start);
        let longest = quotes.iter().map(|q| q.content.len()).max().unwrap_or(0);
        QuoteHosts {
            quotes,
            by_start,
            longest,
        }
    }

    /// The innermost quote whose content holds byte `b`: the shortest, and
    /// of equals the first listed.
    fn innermost_at(&self, b: usize) -> Option<&'q Quote> {
        let quotes = self.quotes;
        let started = self
            .by_start
            .partition_point(|&qi| quotes[qi].content.start <= b);
        self.by_start[..started]
            .iter()
            .rev()
            .take_while(|&&qi| quotes[qi].content.start + self.longest > b)
            .filter(|&&qi| b < quotes[qi].content.end)
            .min_by_key(|&&qi| (quotes[qi].content.len(), qi))
            .map(|&qi| &quotes[qi])
    }
}

/// Builds the event of match `m` of `rule` in sentence `s`, or none where
/// the trigger codes nothing there or no side is found.
pub(super) fn build(
    doc: &Doc,
    quotes: &QuoteHosts,
    rule: &Rule,
    m: &Match,
    s: usize,
) -> Option<Coded> {
    let range = doc.sentence_tokens(s);
    let t0 = *m.trigger.first()?;
    let t1 = *m.trigger.last()?;
    let (c0, c1) = doc.clause(t0);
    let host_quote = quotes.innermost_at(doc.toks[t0].span.start);
    if codes_nothing_here(doc, rule, t0, t1, c0, c1) {
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
    let sides = sides(&site)?;
    // (The act's clause ends before a postposed attribution opens.)
    let c1 = sides.c1;
    let sent_span = doc.sentence_span(s);
    let span = evidence_span(doc, &site, c1, sides.verbal, &sides.mentions);
    let mode = rule
        .mode
        .clone()
        .or_else(|| mode_from_words(doc, rule.event_type, range.clone()));
    let event_type = if promised_cooperation(doc, t0, rule.event_type) {
        EventType::Agree
    } else {
        rule.event_type
    };
    let event = Event {
        event_type,
        mode,
        context: rule.contexts.clone(),
        actor: sides.actor,
        recipient: sides.recipient,
        recipient_inferred: sides.recipient_inferred,
        reciprocal: sides.reciprocal,
        modality: Modality::Asserted,
        span,
        trigger: doc.span(t0, t1),
        sentence: sent_span,
        date: event_date(doc, sent_span, (c0, c1)),
        places: sides.places,
        dead: if rule.event_type == EventType::Assault {
            deaths(doc, range.clone())
        } else {
            None
        },
        attribution: attribution(doc, host_quote),
    };
    let mut c = Coded {
        event,
        implies_threat: None,
        trigger_tokens: (t0, t1),
        clause: (c0, c1),
        sentence: s,
    };
    read_modality(doc, rule, &mut c, host_quote, range);
    Some(c)
}

/// Who acts on whom in an event and where, as [`sides`] finds them.
struct Sides {
    actor: Vec<Entity>,
    recipient: Vec<Entity>,
    recipient_inferred: Option<RecipientBasis>,
    reciprocal: bool,
    places: Vec<Entity>,
    /// The end of the act's clause, before a postposed attribution opens.
    c1: usize,
    /// The trigger is a verb, not a noun.
    verbal: bool,
    /// The mentions the actors and the recipients came from.
    mentions: Vec<usize>,
}

/// The sides of the act at `site` and its places; none when neither side
/// is found, or a recipient the rule requires is missing.
fn sides(site: &Site) -> Option<Sides> {
    let (doc, rule, s) = (site.doc, site.rule, site.s);
    let (t0, t1, c0) = (site.t0, site.t1, site.c0);
    let mut source = source(site)?;
    let Recipient {
        mut recipient,
        recipient_mentions,
        mut reciprocal,
        c1,
    } = recipient(site, &mut source)?;
    let Source {
        mut actor,
        actor_mentions,
        verbal,
        ..
    } = source;
    let visit = rule.event_type == EventType::Consult && rule.mode.as_deref() == Some("visit");
    let places = places_of_the_act(doc, visit, (c0, c1), (t0, t1), &recipient_mentions);
    if actor.is_empty() && recipient.is_empty() {
        return None;
    }
    if recipient.is_empty() {
        recipient.extend(recipient_by_the_act(doc, rule, s, t1, c1, &actor));
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
        infer_the_other_side(doc, rule, visit, (t1, c1), &actor, &places).map(|(r, basis)| {
            recipient.push(r);
            basis
        })
    } else {
        None
    };
    if recipient_inferred == Some(RecipientBasis::Clause) {
        place_by_what_the_act_is_about(doc, s, rule, &places, &mut actor, &recipient);
    }
    let mentions = actor_mentions
        .iter()
        .chain(recipient_mentions.iter())
        .copied()
        .collect();
    Some(Sides {
        actor,
        recipient,
        recipient_inferred,
        reciprocal,
        places,
        c1,
        verbal,
        mentions,
    })
}

/// The modality of the coded event `c` and what follows from it: a refusal
/// to cooperate is a rejection, a threat may be implied, and a hypothetical
/// or historical event says so in its contexts.
fn read_modality(
    doc: &Doc,
    rule: &Rule,
    c: &mut Coded,
    host_quote: Option<&Quote>,
    range: std::ops::Range<usize>,
) {
    c.event.modality = modality(doc, c, host_quote);
    if c.event.modality == Modality::Negated && is_refusal(doc, c) {
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
    c.implies_threat = implied_threat(doc, rule, c, host_quote, range);
    for (cond, ctx) in [
        (Modality::Hypothetical, "hypothetical"),
        (Modality::Historical, "historical"),
    ] {
        if c.event.modality == cond && !c.event.context.iter().any(|x| x == ctx) {
            c.event.context.push(ctx.into());
        }
    }
}

/// Whether the trigger at tokens `t0..=t1`, in the clause `c0..=c1`, codes
/// nothing where it stands: its object says so ("rejected the
/// allegations": a denial of what others said, not a refusal), it agrees
/// with a view, it is a word of a compound, a statement made by phone, a
/// date's word or a labour strike.
fn codes_nothing_here(doc: &Doc, rule: &Rule, t0: usize, t1: usize, c0: usize, c1: usize) -> bool {
    object_says_no_event(doc, t0, t1, c1)
        || agrees_with_a_view(doc, t0, t1, c1)
        || in_a_compound(doc, t0, t1)
        || rule.mode.as_deref() == Some("phone") && statement_by_phone(doc, t0, c0)
        || on_a_date(doc, t1)
        || rule.event_type == EventType::Assault && labour_strike(doc, t0, t1)
        || rule.event_type == EventType::Reject
            && (t1 + 1..=(t1 + 4).min(c1)).any(|k| DENIAL_OBJECTS.contains(doc.lower(k)))
}

/// Where the act happened: the states and places after "in" following the
/// trigger `t0..=t1` in its clause `c0..=c1`, and for a visit before it too
/// ("arrived in Amman on a visit"); not a recipient.
fn places_of_the_act(
    doc: &Doc,
    visit: bool,
    (c0, c1): (usize, usize),
    (t0, t1): (usize, usize),
    recipient_mentions: &[usize],
) -> Vec<Entity> {
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
    places
}

/// A recipient that the act's own kind points to where the rule's
/// arguments found none: whom a protest is against, later in its sentence
/// ("blocked streets in defiance of Chinese authorities"); the object of a
/// threatened act when it carries a country ("threatened to expel Spanish
/// diplomats"), else whoever must meet the condition ("if Madrid recognised
/// ...", "unless Israel ended ...").
fn recipient_by_the_act(
    doc: &Doc,
    rule: &Rule,
    s: usize,
    t1: usize,
    c1: usize,
    actor: &[Entity],
) -> Option<Entity> {
    match rule.event_type {
        EventType::Protest => {
            let end = doc.sentence_tokens(s).end;
            (t1 + 1..end)
                .filter(|&k| PROTEST_TARGETS.contains(doc.lower(k)))
                .find_map(|k| actor_after(doc, k, 4, end))
                .map(|mi| entity_of(doc, mi))
                .filter(|e| actor.iter().all(|a| key(a) != key(e)))
        }
        EventType::Threaten => {
            let actor_codes: Vec<&Option<String>> = actor.iter().map(|a| &a.code).collect();
            // The actor's own country counts when the actor is not the state
            // itself: "Museveni threatened to ban Ugandan opposition candidates".
            let object = parties_after(doc, t1, c1.min(t1 + 6), actor, |_| true).find(|e| {
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
            object.or_else(condition)
        }
        _ => None,
    }
}

/// The other side of an act that names only one: by the act's kind and
/// places, else a party the clause names after the trigger, else the
/// group's own country (not when the act is at a ship: "the group fired two
/// missiles at a commercial vessel" is no attack on the rebels' country).
fn infer_the_other_side(
    doc: &Doc,
    rule: &Rule,
    visit: bool,
    (t1, c1): (usize, usize),
    actor: &[Entity],
    places: &[Entity],
) -> Option<(Entity, RecipientBasis)> {
    infer_recipient(rule.event_type, visit, actor, places)
        .or_else(|| {
            clause_party(doc, t1, c1, actor, |mi| !the_act_s_own_words(doc, rule, mi))
                .map(|e| (e, RecipientBasis::Clause))
        })
        .or_else(|| {
            let at_a_ship = (t1 + 1..=c1.min(t1 + 6)).any(|k| {
                let t = &doc.toks[k];
                std::iter::once(&t.lower)
                    .chain(&t.lemmas)
                    .any(|w| sitrep_nlp::names::VESSEL_NOUNS.contains(w.as_str()))
            });
            own_country_of_group(rule.event_type, actor).filter(|_| !at_a_ship)
        })
}

/// A party the clause names after the act ("fundamentalists continued
/// their hunger strike to demand the resignation of Algerian President Ben
/// Bella") is the other side, and may place an actor named without a
/// country. A state the clause names only by its demonym is read as its
/// authorities here: what the act is about is the state's.
fn place_by_what_the_act_is_about(
    doc: &Doc,
    s: usize,
    rule: &Rule,
    places: &[Entity],
    actor: &mut [Entity],
    recipient: &[Entity],
) {
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
    place_uncoded_side(doc, s, rule.event_type, places, actor, &about);
}

/// The evidence span: from the first of the sides' `mentions` in the
/// sentence (or the reporting verb) to the last, over the trigger; for a
/// verbal act, on to the end of what was asked, threatened or alleged, up
/// to a postposed "..., the source said" and not past the quote it sits in.
fn evidence_span(doc: &Doc, site: &Site, c1: usize, verbal: bool, mentions: &[usize]) -> Span {
    let (t0, t1) = (site.t0, site.t1);
    let sent_span = doc.sentence_span(site.s);
    let mut start = doc.toks[t0].span.start;
    let mut end = doc.toks[t1].span.end;
    for &mi in mentions {
        let sp = doc.mention(mi).span;
        if sent_span.contains(sp) {
            start = start.min(sp.start);
            end = end.max(sp.end);
        }
    }
    if let Some(say) = site.m.say {
        start = start.min(doc.toks[say].span.start);
    }
    if verbal {
        let stop = quotes::postposed_attribution(doc, t1, c1).map_or(c1, |k| k.saturating_sub(1));
        let mut last = stop;
        while last > t1 && doc.toks[last].kind == TokenKind::Punct {
            last -= 1;
        }
        end = end.max(doc.toks[last].span.end);
        if let Some(q) = site.host_quote {
            end = end.min(q.content.end.max(doc.toks[t1].span.end));
        }
    }
    Span::new(start, end)
}

/// Whether a cooperative act at token `t0` is promised rather than done
/// ("will", "ready", "offered to"): "All cooperative actions reported in
/// future tense are also taken to imply intentions" (PLOVER manual), so
/// they are AGREE.
fn promised_cooperation(doc: &Doc, t0: usize, event_type: EventType) -> bool {
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
        event_type,
        EventType::Support
            | EventType::Consult
            | EventType::Aid
            | EventType::Cooperate
            | EventType::Retreat
            | EventType::Concede
    );
    intent && cooperative
}

/// The modality of the threat an act implies, if it does: "would keep
/// attacking unless ..." is a conditional threat; "says it will begin a
/// military operation against ...", "announced they will extend the
/// curfew": a side announcing its own coming force or coercion threatens
/// with it, as CAMEO codes such announcements. Only from the speaker's own
/// side, and only where the act itself is not asserted as done.
fn implied_threat(
    doc: &Doc,
    rule: &Rule,
    c: &Coded,
    host_quote: Option<&Quote>,
    range: std::ops::Range<usize>,
) -> Option<Modality> {
    let t0 = c.trigger_tokens.0;
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
    threat.then_some(if condition {
        Modality::Conditional
    } else {
        Modality::Asserted
    })
}

#[cfg(test)]
mod quote_hosts_tests {
    use super::*;
    use sitrep_core::QuoteKind;

    fn quote(start: usize, end: usize) -> Quote {
        Quote {
            kind: QuoteKind::Indirect,
            speaker: None,
            speaker_span: None,
            anonymous: false,
            chain: Vec::new(),
            cue: None,
            content: Span::new(start, end),
            span: Span::new(start, end),
        }
    }

    proptest::proptest! {
        /// The search finds what a scan of every quote finds: the shortest
        /// content holding the byte, of equals the first listed.
        #[test]
        fn the_search_finds_what_a_scan_finds(
            spans in proptest::collection::vec((0usize..200, 1usize..80), 0..30),
            b in 0usize..300,
        ) {
            let quotes: Vec<Quote> = spans.iter().map(|&(s, n)| quote(s, s + n)).collect();
            let scanned = quotes
                .iter()
                .filter(|q| q.content.start <= b && b < q.content.end)
                .min_by_key(|q| q.content.len());
            let found = QuoteHosts::new(&quotes).innermost_at(b);
            proptest::prop_assert_eq!(
                found.map(|q| q as *const Quote),
                scanned.map(|q| q as *const Quote)
            );
        }
    }
}
