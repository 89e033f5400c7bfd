//! What the words around a trigger say of the event: its modality
//! (asserted, negated, conditional, denied, reported), mode, date, deaths,
//! attribution, and the act a reported verb embeds.

use super::*;

pub(super) fn mode_from_words(
    doc: &Doc,
    t: EventType,
    range: std::ops::Range<usize>,
) -> Option<String> {
    MODES
        .iter()
        .filter(|(mt, _, _)| *mt == t)
        .find_map(|(_, mode, words)| {
            range
                .clone()
                .any(|i| {
                    words
                        .iter()
                        .any(|w| w.iter().enumerate().all(|(k, x)| doc.lower(i + k) == x))
                })
                .then(|| mode.clone())
        })
}

pub(super) fn event_date(doc: &Doc, sentence: Span, clause: (usize, usize)) -> Option<EventDate> {
    let clause_span = doc.span(clause.0, clause.1);
    // The first time inside a span: the times are in text order and never
    // overlap, so it is the first that starts in it, if that one ends in it.
    let times = &doc.article.layers.times;
    let first_inside = |span: Span| {
        let at = times.partition_point(|t| t.span.start < span.start);
        times.get(at).filter(|t| span.contains(t.span))
    };
    let pick = first_inside(clause_span).or_else(|| first_inside(sentence));
    match pick {
        Some(t) => Some(EventDate {
            value: t.value.clone(),
            precision: t.precision.clone(),
            text: t.span.text(doc.body).to_string(),
        }),
        None => doc.article.published.as_ref().map(|p| EventDate {
            value: Some(format!(
                "{:04}-{:02}-{:02}",
                p.date.year(),
                p.date.month(),
                p.date.day()
            )),
            precision: "day".into(),
            text: "(publication date)".into(),
        }),
    }
}

/// "the loss of approximately 10,000 lives", "killing 12 people", "killing four".
pub(super) fn deaths(doc: &Doc, range: std::ops::Range<usize>) -> Option<u64> {
    range.clone().find_map(|i| {
        let n = number_at(doc, i)?;
        let near = (i + 1..(i + 4).min(range.end)).any(|k| {
            matches!(
                doc.lower(k),
                "lives" | "dead" | "deaths" | "killed" | "fatalities"
            )
        });
        let killing = i >= 1 && matches!(doc.lower(i - 1), "killing" | "killed");
        (near || killing).then_some(n)
    })
}

/// A number written in digits ("10,000") or as a word up to twenty.
pub(super) fn number_at(doc: &Doc, i: usize) -> Option<u64> {
    if doc.toks[i].kind == TokenKind::Number {
        return doc.lower(i).replace(',', "").parse().ok();
    }
    sitrep_nlp::tokens::number_word(doc.lower(i))
}

/// Speaker first, then each intermediary, then the outlet when named.
pub(super) fn attribution(doc: &Doc, host: Option<&Quote>) -> Vec<String> {
    let mut chain = Vec::new();
    if let Some(q) = host {
        chain.push(
            q.speaker
                .as_ref()
                .map_or_else(|| "unidentified speaker".to_string(), |s| s.name.clone()),
        );
        chain.extend(q.chain.iter().cloned());
    }
    if let Some(o) = &doc.article.outlet {
        chain.push(o.clone());
    }
    chain
}

pub(super) fn modality(doc: &Doc, c: &Coded, host: Option<&Quote>) -> Modality {
    let (t0, _) = c.trigger_tokens;
    let (c0, _) = c.clause;
    let range = doc.sentence_tokens(c.sentence);
    let before = |n: usize| {
        (t0.saturating_sub(n).max(c0)..t0)
            .map(|k| doc.lower(k))
            .collect::<Vec<_>>()
    };
    let is_threat = c.event.event_type == EventType::Threaten;
    let stance = host.map(|q| quotes::stance_of(doc, q.cue));

    // Denied: "Iran denies ...", or inside what a speaker denies.
    // A denial covers the denier's own acts: "Iran denies involvement", not
    // the accusation that "Yerevan denied".
    let deny_verb = (c0..t0).any(|k| doc.toks[k].is("deny") && quotes::is_verb_cue(doc, k));
    let denier_acts = host.and_then(|q| q.speaker.as_ref()).is_some_and(|sp| {
        let key = sp.actor_key();
        c.event
            .actor
            .iter()
            .any(|a| a.actor_key() == key || a.code.is_some() && a.code == sp.code)
    });
    if deny_verb || stance == Some("deny") && denier_acts {
        return Modality::Denied;
    }
    // Negated, unless the negation is deontic ("cannot", "should not").
    let near = before(4);
    let negated = near.iter().enumerate().any(|(n, w)| {
        let deontic_before =
            n > 0 && matches!(near[n - 1], "should" | "must" | "can" | "could" | "may");
        matches!(
            *w,
            "not"
                | "n't"
                | "never"
                | "didn't"
                | "doesn't"
                | "hasn't"
                | "haven't"
                | "won't"
                | "wasn't"
                | "weren't"
        ) && !deontic_before
    });
    // "refused to recognize", "declined to attend", "failed to reach": the
    // act did not happen (the refusal itself is coded on its own).
    let refused = t0 >= 2
        && doc.lower(t0 - 1) == "to"
        && REFUSAL_VERBS.iter().any(|l| doc.toks[t0 - 2].is(l));
    if negated || refused {
        return Modality::Negated;
    }
    // A condition after ", and" belongs to the second of two coordinated
    // acts: "accused Togo of ..., and threatened to close the border if ...".
    let t1 = c.trigger_tokens.1;
    let has_condition = range.clone().any(|k| {
        matches!(doc.lower(k), "if" | "unless")
            && !(t1 + 1..k).any(|j| doc.lower(j) == "," && doc.lower(j + 1) == "and")
    });
    let in_if_clause = (range.start..t0)
        .rev()
        .take_while(|&k| doc.lower(k) != ",")
        .any(|k| matches!(doc.lower(k), "if" | "unless"));
    if in_if_clause {
        return Modality::Hypothetical;
    }
    let verbal = matches!(c.event.event_type.quad_class() as u8, 1 | 3);
    let will_after = (t0..range.end).any(|k| matches!(doc.lower(k), "will" | "would"));
    if has_condition && verbal || is_threat && will_after {
        return Modality::Conditional;
    }
    if stance == Some("allege") {
        return Modality::Reported;
    }
    if c.event.event_type == EventType::Agree {
        // An offer or promise is itself the event: asserted.
        return if historical(doc, c) {
            Modality::Historical
        } else {
            Modality::Asserted
        };
    }
    // A capitalized "May" or "Will" inside a sentence is a name ("Theresa
    // May has held talks"), not a hedge.
    let hedged = (t0.saturating_sub(3).max(c0)..t0).any(|k| {
        let name = doc.toks[k].capitalized && k != range.start;
        let modal = matches!(
            doc.lower(k),
            "potential" | "possible" | "possibly" | "could" | "might" | "may" | "would" | "will"
        );
        // What an actor considers, seeks or hopes for has not happened
        // either ("is considering sending aid").
        let irrealis = IRREALIS_VERBS.iter().any(|l| doc.toks[k].is(l));
        !name && (modal || irrealis)
    });
    if hedged || stance == Some("warn") && !is_threat {
        return Modality::Hypothetical;
    }
    if historical(doc, c) {
        return Modality::Historical;
    }
    Modality::Asserted
}

/// Verbs whose object is the one told: in "Lavrov told Blinken in a phone
/// call", the other party of the call.
pub(crate) const TELLING_VERBS: [&str; 4] = ["tell", "brief", "assure", "inform"];

/// Verbs that turn down a proposal, an offer or a plan, whose acts then do
/// not happen.
pub(super) const REJECTING_VERBS: [&str; 5] = ["reject", "rebuff", "dismiss", "spurn", "veto"];
/// Verbs before "to" whose act did not happen: "refused to recognize",
/// "declined to attend", "failed to reach".
pub(super) const REFUSAL_VERBS: [&str; 3] = ["refuse", "decline", "fail"];
/// How many tokens after a rejecting verb a rejected act may start.
pub(super) const REJECTED_REACH: usize = 8;
/// What can be proposed and turned down (`data/lexicon/proposal-nouns.txt`).
pub(super) static PROPOSAL_NOUNS: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        sitrep_core::data::word_set(include_str!("../../../../data/lexicon/proposal-nouns.txt"))
    });

/// Verbs before a trigger that leave its act undone: considered, sought,
/// hoped for, planned or prepared ("is prepared to impose martial law").
pub(super) const IRREALIS_VERBS: [&str; 11] = [
    "aim",
    "consider",
    "weigh",
    "mull",
    "contemplate",
    "seek",
    "want",
    "hope",
    "plan",
    "intend",
    "prepare",
];

/// A negation that is a refusal: "refused / declined to X", "will not X",
/// "won't X", "would never X", in the few words before the trigger, and
/// "failed to reach agreement". A past "did not X" only says X did not
/// happen, and failing at anything else is no refusal.
pub(super) fn is_refusal(doc: &Doc, c: &Coded) -> bool {
    let (t0, _) = c.trigger_tokens;
    let (c0, _) = c.clause;
    let window: Vec<usize> = (t0.saturating_sub(5).max(c0)..t0).collect();
    let refused = t0 >= 2
        && doc.lower(t0 - 1) == "to"
        && ["refuse", "decline"].iter().any(|l| doc.toks[t0 - 2].is(l));
    // "failed to reach agreement": talks that end without one are coded as
    // the parties' rejection (CAMEO 12x; GSR and ConfliBERT both label it so).
    let failed_agreement = c.event.event_type == EventType::Agree
        && t0 >= 2
        && doc.lower(t0 - 1) == "to"
        && doc.toks[t0 - 2].is("fail");
    let future_not = window.iter().enumerate().any(|(n, &k)| {
        doc.lower(k) == "won't"
            || matches!(doc.lower(k), "will" | "would")
                && window[n + 1..]
                    .iter()
                    .any(|&j| matches!(doc.lower(j), "not" | "never" | "n't"))
    });
    refused || failed_agreement || future_not
}

/// Background: the clause dates itself years before publication.
pub(super) fn historical(doc: &Doc, c: &Coded) -> bool {
    // Without a publication date, measure from today: a year named in the
    // clause that is two or more years back is background either way.
    let reference = doc
        .article
        .published
        .as_ref()
        .map_or_else(|| jiff::Zoned::now().year(), |p| p.date.year());
    let (Some(date), pub_year) = (&c.event.date, reference) else {
        return false;
    };
    date.text != "(publication date)"
        && date
            .value
            .as_ref()
            .and_then(|v| v.get(0..4))
            .and_then(|y| y.parse::<i16>().ok())
            .is_some_and(|y| pub_year - y >= 2)
}

/// Events inside what an accusation alleges are the accuser's allegation;
/// events inside what a demand or threat asks for have not happened, nor
/// those of an offer or a plan that was rejected ("rejected a US offer to
/// host a summit"). "Inside" is within the evidence span after the trigger,
/// which for these types runs to the end of their content. For a rejection,
/// whose span may run on into what was done instead ("rejected the offer and
/// announced an offensive"), the act must start within [`REJECTED_REACH`]
/// tokens of a verb that rejects a proposal, with a proposal noun between
/// them: "refused to lift" is itself the refusal, "failed to reach
/// agreement" leaves the talks held, and a rejected decision was still made.
pub(super) fn apply_embedding(doc: &Doc, coded: &mut [Coded]) {
    let hosts: Vec<(EventType, Span, Span, usize)> = coded
        .iter()
        .filter(|c| {
            matches!(
                c.event.event_type,
                EventType::Accuse
                    | EventType::Request
                    | EventType::Threaten
                    | EventType::Reject
                    | EventType::Agree
            )
        })
        .filter(|c| {
            c.event.event_type != EventType::Reject
                || REJECTING_VERBS
                    .iter()
                    .any(|l| doc.toks[c.trigger_tokens.0].is(l))
        })
        .map(|c| {
            (
                c.event.event_type,
                c.event.trigger,
                c.event.span,
                c.trigger_tokens.1,
            )
        })
        .collect();
    for c in coded.iter_mut() {
        let t = c.event.trigger;
        // A rejected proposal: a proposal noun between the rejecting verb
        // and the act, within reach of the verb; a refusal is not one.
        let (c0, kind) = (c.trigger_tokens.0, c.event.event_type);
        let proposed = |host_end: usize| {
            kind != EventType::Reject
                && c0 <= host_end + REJECTED_REACH
                && (host_end + 1..c0).any(|k| PROPOSAL_NOUNS.contains(doc.lower(k)))
        };
        // "agreed to provide aid", "pledged to withdraw": what was agreed or
        // promised is still to be done; the agreement is the event.
        let promised = |c0: usize| kind != EventType::Agree && c0 > 0 && doc.lower(c0 - 1) == "to";
        let inside = |host: EventType| {
            hosts.iter().any(|&(k, trig, span, end)| {
                k == host
                    && t.start >= trig.end
                    && t.end <= span.end
                    && (k != EventType::Reject || proposed(end))
            })
        };
        // A rejecting verb is also a cue of denial, which makes the
        // rejecter's own acts in the offer denied; they were only proposed.
        let denied_by_rejection = c.event.modality == Modality::Denied && inside(EventType::Reject);
        if c.event.modality != Modality::Asserted && !denied_by_rejection
            || matches!(
                kind,
                EventType::Accuse | EventType::Request | EventType::Threaten
            )
        {
            continue;
        }
        if denied_by_rejection {
            c.event.modality = Modality::Hypothetical;
            c.event.context.push("hypothetical".into());
        } else if inside(EventType::Accuse) {
            c.event.modality = Modality::Reported;
        } else if inside(EventType::Request)
            || inside(EventType::Threaten)
            || inside(EventType::Reject)
            || promised(c0) && inside(EventType::Agree)
        {
            c.event.modality = Modality::Hypothetical;
            c.event.context.push("hypothetical".into());
        }
    }
}
