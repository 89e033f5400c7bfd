//! Grouping: syndicated copies, stories across outlets, and the claim-by-claim
//! comparison of a story's accounts.
//!
//! - [`minhash`]: signatures for near-duplicate detection;
//! - [`cluster`]: incremental assignment of articles to stories;
//! - [`compare`]: agree / diverge / only items and each account's sourcing.

pub mod cluster;
pub mod compare;
pub mod minhash;

use sitrep_core::{Article, Story};

/// Group analyzed articles into stories, feeding them to the incremental
/// clusterer in publication order (undated ones last, in the order given),
/// as a live feed would deliver them. Returns the stories and, per article,
/// the index of its story.
pub fn group(articles: &[Article]) -> (Vec<Story>, Vec<usize>) {
    group_with(articles, cluster::JOIN_THRESHOLD)
}

/// [`group`] with a given join threshold (for evaluation sweeps).
pub fn group_with(articles: &[Article], join_threshold: f32) -> (Vec<Story>, Vec<usize>) {
    let mut order: Vec<usize> = (0..articles.len()).collect();
    order.sort_by_key(|&i| (articles[i].published.is_none(), articles[i].published.as_ref().map(|p| (p.date, p.time))));
    let mut clusterer = cluster::Clusterer::new();
    clusterer.join_threshold = join_threshold;
    let mut assignment = vec![0; articles.len()];
    let mut copies = Vec::new();
    let mut fed: Vec<usize> = Vec::with_capacity(articles.len());
    for &i in &order {
        let asg = clusterer.add(cluster::features(&articles[i]));
        assignment[i] = asg.story;
        if let Some(orig) = asg.copy_of {
            copies.push((i, fed[orig]));
        }
        fed.push(i);
    }
    let stories = (0..clusterer.story_count())
        .map(|s| {
            let members: Vec<&Article> = clusterer.members(s).iter().map(|&k| &articles[fed[k]]).collect();
            let title = members
                .iter()
                .find_map(|a| a.title.clone())
                .or_else(|| {
                    members.first().and_then(|a| a.layers.sentences.first().map(|sp| a.text(*sp).chars().take(100).collect()))
                })
                .unwrap_or_default();
            // The original of a copy: the earlier published, or the one seen first.
            let story_copies = copies
                .iter()
                .filter(|(c, _)| assignment[*c] == s)
                .map(|&(c, o)| {
                    let (copy, orig) = match (&articles[c].published, &articles[o].published) {
                        (Some(pc), Some(po)) if pc.date < po.date => (o, c),
                        _ => (c, o),
                    };
                    (articles[copy].id.clone(), articles[orig].id.clone())
                })
                .collect();
            // Copies add no account of their own to the comparison.
            let copy_ids: Vec<&String> = copies.iter().map(|(c, _)| &articles[*c].id).collect();
            let accounts: Vec<&Article> = members.iter().copied().filter(|a| !copy_ids.contains(&&a.id)).collect();
            Story {
                id: story_id(&members),
                title,
                articles: members.iter().map(|a| a.id.clone()).collect(),
                copies: story_copies,
                comparison: if accounts.len() > 1 { compare::compare(&accounts) } else { Vec::new() },
                sourcing: compare::sourcing(&accounts),
            }
        })
        .collect();
    (stories, assignment)
}

/// A story is named after its first article, so its id stays put as it grows.
fn story_id(members: &[&Article]) -> String {
    format!("s-{}", members.first().map_or("empty", |a| &a.id[..12.min(a.id.len())]))
}
