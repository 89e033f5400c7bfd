//! The claim-by-claim comparison of a story's accounts.
//!
//! Events from every article of the story are aligned into claims: same
//! PLOVER type, a shared actor on one side, and on the other side the same
//! actor or none stated. A claim reported by two or more articles is
//! **agree**, unless it is a demand, offer or refusal whose content words
//! share nothing across the accounts ("show restraint" against "seeking a
//! ceasefire"): then it is **diverge**. A claim in one article only is
//! **only**. A death toll that only some accounts of an agreed attack give is
//! its own **only** item; different tolls are a **diverge** item.

use crate::cluster::content_words;
use sitrep_core::story::SourcingProfile;
use sitrep_core::{
    Account, Article, ComparisonItem, ComparisonKind, Entity, Event, EventType, Modality,
};
use std::collections::HashSet;

/// Types whose content is what was asked, offered or refused.
const CONTENT_TYPES: [EventType; 4] = [
    EventType::Request,
    EventType::Agree,
    EventType::Reject,
    EventType::Concede,
];

fn verb(t: EventType) -> &'static str {
    match t {
        EventType::Agree => "agreed with",
        EventType::Consult => "sent messages to or met",
        EventType::Support => "backed",
        EventType::Concede => "conceded to",
        EventType::Cooperate => "cooperated with",
        EventType::Aid => "gave aid to",
        EventType::Retreat => "stood down before",
        EventType::Request => "asked",
        EventType::Accuse => "accused",
        EventType::Reject => "rejected",
        EventType::Threaten => "threatened",
        EventType::Protest => "protested against",
        EventType::Sanction => "sanctioned",
        EventType::Mobilize => "mobilized against",
        EventType::Coerce => "coerced",
        EventType::Assault => "attacked",
    }
}

fn names(es: &[Entity]) -> String {
    let seen = distinct_in_order(es.iter().map(|e| e.name.clone()));
    if seen.is_empty() {
        "someone".into()
    } else {
        seen.join(" and ")
    }
}

fn keys(es: &[Entity]) -> HashSet<String> {
    es.iter().map(Entity::actor_key).collect()
}

/// The distinct actor keys in the order the accounts name them, so that a
/// story's comparison is the same on every run.
fn ordered_keys(es: &[Entity]) -> Vec<String> {
    distinct_in_order(es.iter().map(Entity::actor_key))
}

/// The items once each, in the order they first come (the lists are short).
fn distinct_in_order(items: impl Iterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

/// Same act: same type, a shared actor on one side, the other side shared or unstated.
fn same_claim(a: &Event, b: &Event) -> bool {
    if a.event_type != b.event_type {
        return false;
    }
    let (sa, sb, ra, rb) = (
        keys(&a.actor),
        keys(&b.actor),
        keys(&a.recipient),
        keys(&b.recipient),
    );
    let src_shared = !sa.is_disjoint(&sb);
    let rec_shared = !ra.is_disjoint(&rb);
    let src_ok = src_shared || sa.is_empty() || sb.is_empty();
    let rec_ok = rec_shared || ra.is_empty() || rb.is_empty();
    (src_shared || rec_shared) && src_ok && rec_ok
}

pub fn attributed_to(e: &Event, outlet: Option<&str>) -> String {
    let mut chain: Vec<&str> = e.attribution.iter().map(String::as_str).collect();
    if let (Some(o), Some(last)) = (outlet, chain.last()) {
        if *last == o {
            chain.pop();
        }
    }
    match chain.split_first() {
        None => "the outlet's own voice".into(),
        Some((speaker, [])) => speaker.to_string(),
        Some((speaker, rest)) => format!("{speaker} via {}", rest.join(" via ")),
    }
}

fn account(a: &Article, e: &Event) -> Account {
    Account {
        article: a.id.clone(),
        source: a.source.clone(),
        outlet: a.outlet.clone(),
        text: a.text(e.span).to_string(),
        attributed_to: attributed_to(e, a.outlet.as_deref()),
        modality: e.modality.as_str().into(),
    }
}

/// The words an account gives for what was asked or offered: the evidence
/// after the trigger's first word, without the actors' own names.
fn content(a: &Article, e: &Event) -> HashSet<String> {
    let after = &a.body[e.trigger.start..e.span.end];
    let after = after
        .split_once(char::is_whitespace)
        .map_or("", |(_, rest)| rest);
    let actor_words: HashSet<String> = e
        .actor
        .iter()
        .chain(&e.recipient)
        .flat_map(|x| content_words(&x.text).collect::<Vec<_>>())
        .collect();
    content_words(after)
        .filter(|w| !actor_words.contains(w))
        .collect()
}

/// How a reciprocal act reads: "Armenia and Azerbaijan met".
fn reciprocal_verb(t: EventType) -> String {
    match t {
        EventType::Consult => "met".into(),
        EventType::Agree => "agreed".into(),
        EventType::Cooperate => "cooperated".into(),
        EventType::Assault | EventType::Coerce => "clashed".into(),
        other => format!("{} each other", verb(other)),
    }
}

/// A story's claims, account by account: each claim its articles' events
/// make (a death toll apart), whether they agree on it, diverge on what was
/// said, or only one reports it; agreement first, then divergence, then
/// what one account alone reports.
pub fn compare(articles: &[&Article]) -> Vec<ComparisonItem> {
    let mut items = Vec::new();
    for claim in &claims_of(articles) {
        let by_article = fullest_accounts(claim);
        let first = by_article[0].1;
        let actors: Vec<Entity> = claim.iter().flat_map(|(_, e)| e.actor.clone()).collect();
        let recipients: Vec<Entity> = claim
            .iter()
            .flat_map(|(_, e)| e.recipient.clone())
            .collect();
        let kind = claim_kind(articles, &by_article);
        let claim_line = if kind == ComparisonKind::Diverge {
            format!(
                "What {} {} {}: the accounts differ",
                names(&actors),
                verb(first.event_type),
                names(&recipients)
            )
        } else if first.reciprocal {
            format!("{} {}", names(&actors), reciprocal_verb(first.event_type))
        } else {
            format!(
                "{} {} {}",
                names(&actors),
                verb(first.event_type),
                names(&recipients)
            )
        };
        items.push(ComparisonItem {
            kind,
            claim: claim_line,
            event: first.event_type.as_str().into(),
            actor: ordered_keys(&actors),
            recipient: ordered_keys(&recipients),
            accounts: by_article
                .iter()
                .map(|&(ai, e)| account(articles[ai], e))
                .collect(),
        });
        // A death toll is a claim of its own.
        if first.event_type == EventType::Assault && by_article.len() >= 2 {
            items.extend(death_toll(
                articles,
                claim,
                by_article.len(),
                &actors,
                &recipients,
            ));
        }
    }
    items.sort_by_key(|i| match i.kind {
        ComparisonKind::Agree => 0,
        ComparisonKind::Diverge => 1,
        ComparisonKind::Only => 2,
    });
    items
}

/// The articles' events, not negated ones, grouped into claims: (article
/// index, event).
fn claims_of<'a>(articles: &[&'a Article]) -> Vec<Vec<(usize, &'a Event)>> {
    let mut claims: Vec<Vec<(usize, &Event)>> = Vec::new();
    for (ai, a) in articles.iter().enumerate() {
        for e in a
            .layers
            .events
            .iter()
            .filter(|e| e.modality != Modality::Negated)
        {
            match claims
                .iter_mut()
                .find(|c| c.iter().any(|(_, x)| same_claim(x, e)))
            {
                Some(c) => c.push((ai, e)),
                None => claims.push(vec![(ai, e)]),
            }
        }
    }
    claims
}

/// Each article's fullest account of a claim: its event naming the most
/// actors and recipients.
fn fullest_accounts<'a>(claim: &[(usize, &'a Event)]) -> Vec<(usize, &'a Event)> {
    let mut by_article: Vec<(usize, &Event)> = Vec::new();
    for &(ai, e) in claim {
        match by_article.iter_mut().find(|(x, _)| *x == ai) {
            Some(slot)
                if e.actor.len() + e.recipient.len()
                    > slot.1.actor.len() + slot.1.recipient.len() =>
            {
                slot.1 = e
            }
            Some(_) => {}
            None => by_article.push((ai, e)),
        }
    }
    by_article
}

/// How the accounts of a claim stand: one alone reports it; or, of an act
/// that says something, each reports something the others do not (they
/// diverge); else they agree.
fn claim_kind(articles: &[&Article], by_article: &[(usize, &Event)]) -> ComparisonKind {
    if by_article.len() < 2 {
        return ComparisonKind::Only;
    }
    if !CONTENT_TYPES.contains(&by_article[0].1.event_type) {
        return ComparisonKind::Agree;
    }
    let contents: Vec<HashSet<String>> = by_article
        .iter()
        .map(|&(ai, e)| content(articles[ai], e))
        .collect();
    let disjoint = contents
        .iter()
        .enumerate()
        .all(|(i, a)| contents[i + 1..].iter().all(|b| a.is_disjoint(b)));
    if disjoint && contents.iter().all(|c| !c.is_empty()) {
        ComparisonKind::Diverge
    } else {
        ComparisonKind::Agree
    }
}

/// The death toll of an attack `claim` that `accounts` articles report, as
/// a claim of its own: they diverge on differing figures, and one alone
/// gives it if not all of them do.
fn death_toll(
    articles: &[&Article],
    claim: &[(usize, &Event)],
    accounts: usize,
    actors: &[Entity],
    recipients: &[Entity],
) -> Option<ComparisonItem> {
    let tolls: Vec<(usize, u64, &Event)> = claim
        .iter()
        .filter_map(|&(ai, e)| e.dead.map(|d| (ai, d, e)))
        .collect();
    if tolls.is_empty() {
        return None;
    }
    let reporting: HashSet<usize> = tolls.iter().map(|t| t.0).collect();
    let distinct: HashSet<u64> = tolls.iter().map(|t| t.1).collect();
    let kind = if distinct.len() > 1 {
        ComparisonKind::Diverge
    } else if reporting.len() < accounts {
        ComparisonKind::Only
    } else {
        ComparisonKind::Agree
    };
    let mut figures: Vec<u64> = distinct.iter().copied().collect();
    figures.sort_unstable();
    let toll = figures
        .iter()
        .map(u64::to_string)
        .collect::<Vec<_>>()
        .join(" or ");
    Some(ComparisonItem {
        kind,
        claim: format!(
            "About {toll} people killed in attacks by {} on {}",
            names(actors),
            names(recipients)
        ),
        event: "ASSAULT".into(),
        actor: ordered_keys(actors),
        recipient: ordered_keys(recipients),
        accounts: tolls
            .iter()
            .map(|&(ai, _, e)| account(articles[ai], e))
            .collect(),
    })
}

/// What each account rests on.
pub fn sourcing(articles: &[&Article]) -> Vec<SourcingProfile> {
    articles
        .iter()
        .map(|a| {
            let mut named = Vec::new();
            let mut anonymous = Vec::new();
            for q in &a.layers.quotes {
                if let Some(s) = &q.speaker {
                    let list = if q.anonymous {
                        &mut anonymous
                    } else {
                        &mut named
                    };
                    if !list.contains(&s.name) {
                        list.push(s.name.clone());
                    }
                }
            }
            let total = a.layers.events.len().max(1) as f32;
            let own = a
                .layers
                .events
                .iter()
                .filter(|e| {
                    e.attribution.is_empty()
                        || e.attribution.len() == 1 && a.outlet.as_ref() == e.attribution.first()
                })
                .count() as f32;
            SourcingProfile {
                article: a.id.clone(),
                outlet: a.outlet.clone(),
                agencies: a.cited_agencies.clone(),
                named_sources: named,
                anonymous_sources: anonymous,
                own_voice_share: if a.layers.events.is_empty() {
                    0.0
                } else {
                    own / total
                },
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::analyzed;

    fn item<'a>(
        items: &'a [ComparisonItem],
        kind: ComparisonKind,
        event: &str,
    ) -> Vec<&'a ComparisonItem> {
        items
            .iter()
            .filter(|i| i.kind == kind && i.event == event)
            .collect()
    }

    #[test]
    fn agree_diverge_and_only() {
        let a = analyzed("a", "2024-03-04", "Egypt urged Israel to open more crossings for aid trucks, the foreign ministry in Cairo said on Monday. Israeli strikes in Rafah killed 12 people, medics said.");
        let b = analyzed("b", "2024-03-04", "Egypt asked Israel to allow fuel deliveries into the enclave on Monday, according to a statement from Cairo. Israeli strikes in Rafah killed 12 people overnight. Jordan airdropped food aid to Gaza.");
        let items = compare(&[&a, &b]);
        assert_eq!(
            item(&items, ComparisonKind::Diverge, "REQUEST").len(),
            1,
            "{items:#?}"
        );
        // The strike, and its toll, which both give as 12.
        assert_eq!(
            item(&items, ComparisonKind::Agree, "ASSAULT").len(),
            2,
            "{items:#?}"
        );
        assert!(items
            .iter()
            .any(|i| i.kind == ComparisonKind::Agree
                && i.claim.starts_with("About 12 people killed")));
        let only: Vec<_> = items
            .iter()
            .filter(|i| i.kind == ComparisonKind::Only)
            .collect();
        assert!(
            only.iter()
                .all(|i| i.accounts.len() == 1 && i.accounts[0].article == b.id),
            "{only:#?}"
        );
        let agreed = item(&items, ComparisonKind::Agree, "ASSAULT")[0];
        assert_eq!(agreed.accounts.len(), 2);
    }

    #[test]
    fn a_toll_reported_by_one_account_is_its_own_item() {
        let a = analyzed(
            "a",
            "2024-03-04",
            "Russian drones attacked Odesa overnight, killing four people, officials said.",
        );
        let b = analyzed(
            "b",
            "2024-03-04",
            "Russian drones attacked Odesa overnight, damaging the port, officials said.",
        );
        let items = compare(&[&a, &b]);
        let toll: Vec<_> = items
            .iter()
            .filter(|i| i.claim.contains("killed"))
            .collect();
        assert_eq!(toll.len(), 1, "{items:#?}");
        assert_eq!(toll[0].kind, ComparisonKind::Only);
    }

    #[test]
    fn a_claims_parties_keep_the_order_the_accounts_name_them() {
        let text = "Egypt, Jordan and Qatar sent aid convoys to Gaza on Monday.";
        let a = analyzed("a", "2024-03-04", text);
        let b = analyzed("b", "2024-03-04", text);
        let items = compare(&[&a, &b]);
        let aid = item(&items, ComparisonKind::Agree, "AID");
        assert_eq!(aid.len(), 1, "{items:#?}");
        let codes: Vec<&str> = aid[0].actor.iter().map(|k| &k[..3]).collect();
        assert_eq!(codes, ["EGY", "JOR", "QAT"], "{:?}", aid[0].actor);
    }

    #[test]
    fn attribution_reads_speaker_then_channels() {
        let a = analyzed(
            "a",
            "2024-03-04",
            "An informed source told IRNA that the United States had sent a message to Iran.",
        );
        let e = &a.layers.events[0];
        assert_eq!(attributed_to(e, None), "informed source via IRNA");
    }
}
