//! Grouping: syndicated copies, stories across outlets, and the claim-by-claim
//! comparison of a story's accounts.
//!
//! - [`words`]: a text's words and names, hashed in one pass;
//! - [`shingles`]: word 5-gram shingles for near-duplicate detection;
//! - [`cluster`]: incremental assignment of articles to stories (with
//!   `actor_overlap` keeping its actor weights);
//! - [`compare`]: agree / diverge / only items and each account's sourcing.

mod actor_overlap;
pub mod cluster;
pub mod compare;
mod hash_table;
mod prefetch;
pub mod shingles;
mod titles;
pub mod words;

use sitrep_core::{Article, Story};

/// Group analyzed articles into stories, feeding them to the incremental
/// clusterer in publication order (see `feed_order` for undated ones),
/// as a live feed would deliver them. Returns the stories and, per article,
/// the index of its story.
pub fn group(articles: &[Article]) -> (Vec<Story>, Vec<usize>) {
    group_with(articles, cluster::JOIN_THRESHOLD)
}

/// The order a feed would have delivered the articles in: publication
/// order, where an undated article keeps its place in the input, right
/// after the dated one before it (or with the first dated one, at the
/// start). The sort is stable.
fn feed_order(articles: &[Article]) -> Vec<usize> {
    let dated = |i: usize| articles[i].published.as_ref().map(|p| (p.date, p.time));
    let mut carried = (0..articles.len()).find_map(dated);
    let keys: Vec<_> = (0..articles.len())
        .map(|i| {
            if let Some(k) = dated(i) {
                carried = Some(k);
            }
            carried
        })
        .collect();
    let mut order: Vec<usize> = (0..articles.len()).collect();
    order.sort_by_key(|&i| keys[i]);
    order
}

/// [`group`] with a given join threshold (for evaluation sweeps).
pub fn group_with(articles: &[Article], join_threshold: f32) -> (Vec<Story>, Vec<usize>) {
    let order = feed_order(articles);
    let mut clusterer = cluster::Clusterer::new();
    clusterer.join_threshold = join_threshold;
    let mut assignment = vec![0; articles.len()];
    let mut copies = Vec::new();
    let mut fed: Vec<usize> = Vec::with_capacity(articles.len());
    // The whole input is one batch: its words are weighed by all of it.
    let features: Vec<cluster::Features> = order
        .iter()
        .map(|&i| cluster::features(&articles[i]))
        .collect();
    for f in &features {
        clusterer.prime(f);
    }
    for (&i, f) in order.iter().zip(features) {
        // (The clusterer numbers documents in feed order; this names them.)
        if *cluster::DEBUG {
            eprintln!("doc {} is {}", fed.len(), articles[i].source);
        }
        let asg = clusterer.add(f);
        assignment[i] = asg.story;
        if let Some(orig) = asg.copy_of {
            copies.push((i, fed[orig]));
            for &other in clusterer.also_copies(fed.len()) {
                copies.push((i, fed[other]));
            }
        }
        fed.push(i);
    }
    let stories = (0..clusterer.story_count())
        .map(|s| {
            let members: Vec<&Article> = clusterer
                .members(s)
                .iter()
                .map(|&k| &articles[fed[k]])
                .collect();
            // The original of a copy: the earlier published, or the one seen first.
            let story_copies = copies
                .iter()
                .filter(|(c, _)| assignment[*c] == s)
                .map(|&(c, o)| orient_copy(&articles[c], &articles[o]))
                .collect();
            build_story(&members, story_copies)
        })
        .collect();
    (stories, assignment)
}

/// A syndicated pair as (copy id, original id): the original is the earlier
/// published, or else the one seen first (`seen_first`).
pub fn orient_copy(later: &Article, seen_first: &Article) -> (String, String) {
    let (copy, orig) = match (&later.published, &seen_first.published) {
        (Some(pc), Some(po)) if pc.date < po.date => (seen_first, later),
        _ => (later, seen_first),
    };
    (copy.id.clone(), orig.id.clone())
}

/// A story from its members in the order they joined, and its copies as
/// (copy id, original id): title, comparison of the accounts (copies add
/// none of their own) and each account's sourcing.
pub fn build_story(members: &[&Article], copies: Vec<(String, String)>) -> Story {
    let title = members
        .iter()
        .find_map(|a| a.title.clone())
        .or_else(|| {
            members.first().and_then(|a| {
                a.layers
                    .sentences
                    .first()
                    .map(|sp| a.text(*sp).chars().take(100).collect())
            })
        })
        .unwrap_or_default();
    let accounts: Vec<&Article> = members
        .iter()
        .copied()
        .filter(|a| !copies.iter().any(|(c, _)| *c == a.id))
        .collect();
    Story {
        id: story_id(members),
        title,
        articles: members.iter().map(|a| a.id.clone()).collect(),
        copies,
        comparison: if accounts.len() > 1 {
            compare::compare(&accounts)
        } else {
            Vec::new()
        },
        sourcing: compare::sourcing(&accounts),
    }
}

/// A story is named after its first article, so its id stays put as it grows.
pub fn story_id(members: &[&Article]) -> String {
    format!(
        "s-{}",
        members
            .first()
            .map_or("empty", |a| &a.id[..12.min(a.id.len())])
    )
}

#[cfg(test)]
pub(crate) mod testing {
    use sitrep_core::Article;

    /// An article of our own through every stage before grouping.
    pub fn analyzed(source: &str, published: &str, text: &str) -> Article {
        let given = sitrep_ingest::scraped::Given {
            published: sitrep_ingest::dates::parse_date(published),
            ..Default::default()
        };
        let mut a = sitrep_ingest::scraped::article_from_text(source, text, given).unwrap();
        let kb = sitrep_nlp::kb::KnowledgeBase::embedded();
        sitrep_nlp::analyze(&mut a, &kb);
        sitrep_events::code_article(&mut a);
        a
    }
}

#[cfg(test)]
mod tests {
    use super::testing::analyzed;
    use super::*;

    fn stories_of(articles: &[Article]) -> Vec<usize> {
        group(articles).1
    }

    #[test]
    fn an_undated_article_keeps_its_place_after_the_dated_one_before_it() {
        let text =
            "Heavy rain washed away two bridges north of the capital, officials said on Monday.";
        let articles = [
            analyzed("b", "2024-05-03", text),
            analyzed("a", "2024-05-01", text),
            analyzed("u", "", text),
            analyzed("c", "2024-05-02", text),
        ];
        let order: Vec<&str> = feed_order(&articles)
            .into_iter()
            .map(|i| articles[i].source.as_str())
            .collect();
        assert_eq!(order, ["a", "u", "c", "b"]);
    }

    #[test]
    fn paraphrases_of_one_event_meet_and_a_second_event_of_its_kind_stays_apart() {
        let a = analyzed("a", "2024-05-02", "Russian missiles struck the Ukrainian capital Kyiv early on Thursday, killing nine people in a residential district, Ukrainian officials said. Russia said it had hit military targets in Kyiv.");
        let b = analyzed("b", "2024-05-02", "Nine people were killed in Kyiv when Russia attacked the Ukrainian capital with missiles overnight, the mayor of Kyiv said on Thursday. Ukraine accused Russia of targeting homes in Kyiv.");
        let c = analyzed("c", "2024-05-02", "An earthquake of magnitude 6.1 struck southern Peru on Thursday, damaging houses in Arequipa, Peruvian authorities said. No deaths were reported in Arequipa.");
        let s = stories_of(&[a, b, c]);
        assert_eq!(s[0], s[1], "two reports of the Kyiv strike");
        assert_ne!(s[0], s[2], "an earthquake in Peru is another story");
    }

    #[test]
    fn stories_close_with_their_time_window() {
        let text = "Thousands of farmers protested against new fuel taxes in Paris on Monday, blocking roads around the capital, police in Paris said.";
        let a = analyzed("a", "2024-01-08", text);
        let b = analyzed(
            "b",
            "2024-06-10",
            &text.replace("Thousands of", "Hundreds of"),
        );
        let s = stories_of(&[a, b]);
        assert_ne!(s[0], s[1], "five months apart: two protests, not one story");
    }

    #[test]
    fn a_follow_up_naming_the_story_s_own_person_joins_it_months_later() {
        let shooting = analyzed("a", "2024-02-05", "A gunman shot dead two workers at a bottling plant in Kisumu on Monday. Police arrested Samuel Otieno Wekesa, a former employee of the plant, at his home in Kisumu. Samuel Otieno Wekesa had been dismissed from the Kisumu plant last month, police said.");
        let same_day = analyzed("b", "2024-02-05", "Police in Kisumu said Samuel Otieno Wekesa, a dismissed worker, opened fire at the bottling plant where he had worked, killing two of his former colleagues.");
        let verdict = analyzed("c", "2024-09-16", "A court in Kisumu on Monday convicted Samuel Otieno Wekesa of murdering two workers at a bottling plant in February. Samuel Otieno Wekesa, a former employee of the plant, will be sentenced next month.");
        let s = stories_of(&[shooting.clone(), same_day.clone(), verdict]);
        assert_eq!(s[0], s[1]);
        assert_eq!(s[0], s[2], "the verdict follows up the shooting");
        // More than two years on, it is another story.
        let late = analyzed("d", "2026-11-16", "A court in Kisumu on Monday heard the appeal of Samuel Otieno Wekesa, convicted of murdering two workers at a bottling plant. Samuel Otieno Wekesa, a former employee of the plant, says he is innocent.");
        let s = stories_of(&[shooting, same_day, late]);
        assert_ne!(s[0], s[2]);
    }

    #[test]
    fn a_person_many_stories_name_carries_no_follow_up() {
        let road = "President William Ruto opened a new highway between Kisumu and Busia on Monday, saying the road would cut travel times for traders.";
        let clinic = "President William Ruto told parliament in Nairobi on Tuesday that teachers would receive a pay rise in July, ending a strike that had closed schools for three weeks.";
        let articles = [
            analyzed("a", "2024-02-05", road),
            analyzed("b", "2024-02-05", &road.replace("on Monday", "this week")),
            analyzed("c", "2024-03-12", clinic),
            analyzed(
                "d",
                "2024-03-12",
                &clinic.replace("on Tuesday", "this week"),
            ),
            analyzed(
                "e",
                "2024-09-16",
                &road.replace("new highway", "second highway"),
            ),
        ];
        let s = stories_of(&articles);
        assert_eq!(s[0], s[1]);
        assert_ne!(s[0], s[2]);
        assert_ne!(s[4], s[0], "the president is no story's own person");
    }

    #[test]
    fn a_syndicated_copy_is_marked_with_its_original() {
        let wire = "Sudan's army and the Rapid Support Forces agreed to a 72-hour truce in Khartoum on Sunday, mediators in Jeddah said, after weeks of fighting in the capital that has killed hundreds of civilians.";
        let a = analyzed("wire", "2024-04-14", wire);
        let b = analyzed(
            "copy",
            "2024-04-15",
            &format!("{wire} Follow our live coverage."),
        );
        let (stories, s) = group(&[a.clone(), b.clone()]);
        assert_eq!(s[0], s[1]);
        assert_eq!(stories[s[0]].copies, vec![(b.id.clone(), a.id.clone())]);
    }

    #[test]
    fn a_copy_of_two_earlier_versions_is_paired_with_both() {
        let wire = "Sudan's army and the Rapid Support Forces agreed to a 72-hour truce in Khartoum on Sunday, mediators in Jeddah said, after weeks of fighting in the capital that has killed hundreds of civilians.";
        let extra = "Aid agencies said they were ready to move food and medicine into the city as soon as the guns fell silent.";
        let a = analyzed("wire", "2024-04-14", &format!("{wire} {extra}"));
        let b = analyzed(
            "long",
            "2024-04-14",
            &format!("{wire} {extra} Residents said the shelling had stopped by nightfall."),
        );
        let c = analyzed("short", "2024-04-15", wire);
        let (stories, s) = group(&[a.clone(), b.clone(), c.clone()]);
        let copies = &stories[s[2]].copies;
        assert!(copies.contains(&(c.id.clone(), a.id.clone())), "{copies:?}");
        assert!(copies.contains(&(c.id.clone(), b.id.clone())), "{copies:?}");
    }
}
