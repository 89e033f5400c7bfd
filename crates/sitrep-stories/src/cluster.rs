//! Incremental story clustering.
//!
//! Each article joins the open story it is most similar to, or opens a new
//! one; nothing already assigned moves. Similarity mixes three signals:
//! - words: TF-IDF cosine against the story's centroid, with document
//!   frequencies counted over what has arrived so far and over the batch
//!   being added ([`Clusterer::prime`]), so that the first articles of a
//!   batch are not weighed by a handful of documents;
//! - events: shared (type, actor, recipient) triples with both sides stated,
//!   the strongest sign that two differently worded reports tell one story
//!   (a side left unstated would let two earthquakes or two arrests meet);
//! - actors: overlap of the actors named, weighted down for the actors that
//!   many stories share (a country named everywhere chains nothing).
//!
//! A syndicated copy (MinHash similarity over 5-word shingles ≥
//! [`COPY_THRESHOLD`]) joins its original's story and is marked as a copy.
//! Stories close when no article within [`WINDOW_DAYS`] of their last one
//! arrives, which bounds memory by the time window, not the corpus.

use crate::minhash;
use jiff::civil::Date;
use rustc_hash::FxHashMap;
use sitrep_core::{Article, EntityKind, EventType, Modality};
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

static STOPWORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../../data/lexicon/stopwords.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(str::trim)
        .collect()
});

/// `SITREP_DEBUG_CLUSTER=1` prints every article's score against each story.
static DEBUG: LazyLock<bool> = LazyLock::new(|| std::env::var_os("SITREP_DEBUG_CLUSTER").is_some());

pub const COPY_THRESHOLD: f64 = 0.6;
/// A shorter text with this share of its shingles inside a longer one is a copy.
pub const CONTAINMENT_THRESHOLD: f64 = 0.75;
/// Estimated Jaccard below which containment is not worth checking...
pub const CONTAINMENT_FLOOR: f64 = 0.02;
/// ...unless one text is this short: a brief item inside a long article
/// shares too few shingles for the signature to notice.
pub const SHORT_TEXT_SHINGLES: usize = 100;
/// Chosen on ECB+ by `scripts/eval-stories` over a small grid (names weighted 2
/// or 3, actor overlap 0.1 or 0.3, threshold 0.20 or 0.25): B-cubed F1 .865 at
/// 0.20 with names 3 and actors 0.3; every other cell scored .844 to .859.
pub const JOIN_THRESHOLD: f32 = 0.20;
/// Weight of a capitalized word inside a sentence (a name) against a common word.
pub const NAME_WEIGHT: f32 = 3.0;
pub const WINDOW_DAYS: i32 = 7;

pub type Triple = (EventType, String, String);

/// What clustering needs to know of one article.
#[derive(Debug, Clone)]
pub struct Features {
    pub terms: HashMap<String, f32>,
    pub actors: HashSet<String>,
    pub triples: HashSet<Triple>,
    pub date: Option<Date>,
    pub signature: Vec<u64>,
    /// Sorted shingle hashes, for containment when the signatures agree a little.
    pub shingles: Vec<u64>,
}

pub fn content_words(text: &str) -> impl Iterator<Item = String> + '_ {
    minhash::words(text)
        .into_iter()
        .filter(|w| is_content_word(w))
}

fn is_content_word(w: &str) -> bool {
    w.len() >= 3 && !STOPWORDS.contains(w) && !w.chars().all(|c| c.is_ascii_digit())
}

/// Lower-cased capitalized words that do not open a sentence, over the
/// parts of a text read as one (a title, then the body).
fn inner_capitalized(parts: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    let mut sentence_start = true;
    for w in parts.iter().flat_map(|p| p.split_whitespace()) {
        let capitalized = w
            .chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(char::is_uppercase);
        if !sentence_start && capitalized {
            let word: String = w.chars().filter(|c| c.is_alphanumeric()).collect();
            if word.len() >= 3 {
                out.push(word.to_lowercase());
            }
        }
        sentence_start = w.ends_with(['.', '!', '?', '"', '”']) || w.ends_with(".\n");
    }
    out
}

pub fn features(a: &Article) -> Features {
    // The body's words serve both the shingles and the terms.
    let body_words = minhash::words(&a.body);
    let shingles = minhash::shingles_of(&body_words);
    let mut terms = HashMap::new();
    let title_words = a.title.as_deref().map(minhash::words).unwrap_or_default();
    for w in title_words.into_iter().chain(body_words) {
        if is_content_word(&w) {
            *terms.entry(w).or_insert(0.0) += 1.0;
        }
    }
    // Names tell one event from another of the same kind: weight them up.
    let parts: Vec<&str> = a
        .title
        .iter()
        .map(String::as_str)
        .chain([a.body.as_str()])
        .collect();
    for name in inner_capitalized(&parts) {
        if let Some(v) = terms.get_mut(&name) {
            *v += NAME_WEIGHT - 1.0;
        }
    }
    let actors = a
        .layers
        .mentions
        .iter()
        .filter(|m| !m.modifier)
        .filter_map(|m| m.entity.as_ref())
        // A city stands for its country here, which many stories share.
        .filter(|e| e.kind != EntityKind::Place)
        .map(|e| e.actor_key())
        .collect();
    let mut triples = HashSet::new();
    for e in a
        .layers
        .events
        .iter()
        .filter(|e| e.modality != Modality::Negated)
    {
        for s in e
            .actor
            .iter()
            .map(|x| x.actor_key())
            .chain((e.actor.is_empty()).then(String::new))
        {
            for r in e
                .recipient
                .iter()
                .map(|x| x.actor_key())
                .chain((e.recipient.is_empty()).then(String::new))
            {
                triples.insert((e.event_type, s.clone(), r));
            }
        }
    }
    Features {
        terms,
        actors,
        triples,
        date: a.published.as_ref().map(|p| p.date),
        signature: minhash::signature_of(&shingles),
        shingles,
    }
}

struct OpenStory {
    members: Vec<usize>,
    /// Term id -> summed term frequency of the members.
    centroid: FxHashMap<u32, f32>,
    /// Sums that give the centroid's TF-IDF norm exactly as document
    /// frequencies change: with c the centroid count of a term, b = ln(1 + df)
    /// and a = ln(1 + N) + 1, the norm squared is a²·Σc² − 2a·Σc²b + Σc²b².
    sum_c2: f64,
    sum_c2b: f64,
    sum_c2b2: f64,
    actors: FxHashMap<String, u32>,
    triples: HashSet<Triple>,
    last_date: Option<Date>,
    closed: bool,
}

/// Where an article went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Assignment {
    pub story: usize,
    /// The article this one is a syndicated copy of.
    pub copy_of: Option<usize>,
}

pub struct Clusterer {
    /// The similarity an article needs to join a story.
    pub join_threshold: f32,
    stories: Vec<OpenStory>,
    /// Each term seen gets an id; `df` and `postings` are indexed by it, so
    /// the hot loops hash integers, not strings.
    vocab: FxHashMap<String, u32>,
    df: Vec<u32>,
    actor_df: FxHashMap<String, u32>,
    docs: Vec<Features>,
    story_of: Vec<usize>,
    /// Term -> the open stories whose centroid holds it (a story leaves
    /// the word index when it closes, so its words cost nothing after).
    postings: Vec<Vec<usize>>,
    /// Indices of the stories still open.
    open: Vec<usize>,
    /// Shingle -> the documents of open stories that hold it: a new
    /// article meets only the documents it shares a shingle with, which
    /// are the only ones that can be its copies.
    shingle_docs: FxHashMap<u64, Vec<u32>>,
    /// Articles counted into the document frequencies: those added, and
    /// those announced by [`Clusterer::prime`] before they arrive.
    counted: usize,
    /// Announced articles not yet added, whose counts are already in.
    primed: usize,
}

impl Default for Clusterer {
    fn default() -> Self {
        Clusterer {
            join_threshold: JOIN_THRESHOLD,
            stories: Vec::new(),
            vocab: FxHashMap::default(),
            df: Vec::new(),
            actor_df: FxHashMap::default(),
            docs: Vec::new(),
            story_of: Vec::new(),
            postings: Vec::new(),
            open: Vec::new(),
            shingle_docs: FxHashMap::default(),
            counted: 0,
            primed: 0,
        }
    }
}

impl Clusterer {
    pub fn new() -> Self {
        Self::default()
    }

    /// `ln(1 + N) + 1`: a term's IDF is this minus `ln(1 + df)`.
    fn idf_base(&self) -> f64 {
        (1.0 + self.counted as f64).ln() + 1.0
    }

    /// Count an article that is about to arrive into the document
    /// frequencies, so that the articles of one batch are weighed by the
    /// whole batch's words rather than by those that happened to come
    /// first. Call it for every article of a batch, then [`Clusterer::add`]
    /// them all in order.
    pub fn prime(&mut self, f: &Features) {
        let terms = self.intern(f);
        self.count_frequencies(f, &terms);
        self.primed += 1;
    }

    fn df_log(&self, term: u32) -> f64 {
        (1.0 + self.df[term as usize] as f64).ln()
    }

    /// The article's terms by id, giving new terms their ids.
    fn intern(&mut self, f: &Features) -> Vec<(u32, f32)> {
        f.terms
            .iter()
            .map(|(t, &tf)| {
                let next = self.df.len() as u32;
                let id = *self.vocab.entry(t.clone()).or_insert(next);
                if id == next {
                    self.df.push(0);
                    self.postings.push(Vec::new());
                }
                (id, tf)
            })
            .collect()
    }

    /// The TF-IDF cosine of the article against every story sharing a term
    /// with it, in one pass over the article's terms.
    fn word_cosines(&self, f: &Features, terms: &[(u32, f32)]) -> FxHashMap<usize, f32> {
        let a = self.idf_base();
        let mut dots: FxHashMap<usize, f64> = FxHashMap::default();
        let mut norm_a = 0.0f64;
        for &(t, tf) in terms {
            let idf = a - self.df_log(t);
            let w = tf as f64 * idf;
            norm_a += w * w;
            for &si in &self.postings[t as usize] {
                *dots.entry(si).or_insert(0.0) += w * self.stories[si].centroid[&t] as f64 * idf;
            }
        }
        dots.into_iter()
            .map(|(si, dot)| {
                let s = &self.stories[si];
                let norm_s = (a * a * s.sum_c2 - 2.0 * a * s.sum_c2b + s.sum_c2b2)
                    .max(0.0)
                    .sqrt();
                let cos = if norm_a > 0.0 && norm_s > 0.0 {
                    dot / (norm_a.sqrt() * norm_s)
                } else {
                    0.0
                };
                (si, cos as f32)
            })
            .chain(self.closed_cosines(f, terms, norm_a.sqrt()))
            .collect()
    }

    /// An undated article may join a closed story, which has left the word
    /// index: its cosine is computed directly, with the story's norm under
    /// today's document frequencies.
    fn closed_cosines(&self, f: &Features, terms: &[(u32, f32)], norm_a: f64) -> Vec<(usize, f32)> {
        if f.date.is_some() || norm_a == 0.0 {
            return Vec::new();
        }
        let a = self.idf_base();
        let idf = |t: u32| a - self.df_log(t);
        self.stories
            .iter()
            .enumerate()
            .filter(|(_, s)| s.closed)
            .filter_map(|(si, s)| {
                let dot: f64 = terms
                    .iter()
                    .filter_map(|&(t, tf)| s.centroid.get(&t).map(|&c| (t, tf, c)))
                    .map(|(t, tf, c)| tf as f64 * c as f64 * idf(t).powi(2))
                    .sum();
                if dot == 0.0 {
                    return None;
                }
                let norm_s: f64 = s
                    .centroid
                    .iter()
                    .map(|(&t, &c)| (c as f64 * idf(t)).powi(2))
                    .sum::<f64>()
                    .sqrt();
                (norm_s > 0.0).then(|| (si, (dot / (norm_a * norm_s)) as f32))
            })
            .collect()
    }

    fn similarity(&self, f: &Features, s: &OpenStory, cosine: f32) -> f32 {
        // Events.
        // Only fully stated acts count: "USA CONSULT IRN" in both. A side left
        // unstated would let two different earthquakes or arrests meet.
        let shared = f
            .triples
            .iter()
            .filter(|t| !t.1.is_empty() && !t.2.is_empty() && s.triples.contains(*t))
            .count();
        let events = (shared as f32 * 0.1).min(0.3);
        // Actors, each weighted by how rare it is across articles.
        let n = self.counted.max(1) as f32;
        let weight = |a: &String| {
            ((1.0 + n) / (1.0 + *self.actor_df.get(a).unwrap_or(&0) as f32)).ln() + 0.1
        };
        // The union's weight: the article's actors, and the story's others.
        let (mut inter, mut total) = (0.0f32, 0.0f32);
        for a in &f.actors {
            let w = weight(a);
            total += w;
            if s.actors.contains_key(a) {
                inter += w;
            }
        }
        total += s
            .actors
            .keys()
            .filter(|a| !f.actors.contains(*a))
            .map(weight)
            .sum::<f32>();
        let actors = if total > 0.0 { inter / total } else { 0.0 };
        0.6 * cosine + 0.3 * actors + events
    }

    /// Add one article; returns its story (an index into the stories so far).
    pub fn add(&mut self, f: Features) -> Assignment {
        let terms = self.intern(&f);
        self.count(&f, &terms);
        let assignment = self.choose(&f, &terms);
        self.insert(f, &terms, assignment.story);
        assignment
    }

    /// Add an article whose story was decided earlier (`None`: it opened a
    /// new one), as a store does when it reloads the open stories. Returns
    /// the story's index.
    pub fn add_known(&mut self, f: Features, story: Option<usize>) -> usize {
        let terms = self.intern(&f);
        self.count(&f, &terms);
        let story = story
            .filter(|&s| s < self.stories.len())
            .unwrap_or_else(|| self.open_story());
        self.insert(f, &terms, story);
        story
    }

    /// Update the document frequencies and close the stories the new
    /// article's date leaves behind.
    fn count(&mut self, f: &Features, terms: &[(u32, f32)]) {
        if self.primed > 0 {
            self.primed -= 1;
        } else {
            self.count_frequencies(f, terms);
        }
        self.close_stale(f);
    }

    fn count_frequencies(&mut self, f: &Features, terms: &[(u32, f32)]) {
        self.counted += 1;
        for &(t, _) in terms {
            let df = &mut self.df[t as usize];
            let old_b = (1.0 + *df as f64).ln();
            *df += 1;
            let new_b = (1.0 + *df as f64).ln();
            // Keep each story's norm sums exact for the terms whose df moved.
            for &si in &self.postings[t as usize] {
                let story = &mut self.stories[si];
                let c2 = (story.centroid[&t] as f64).powi(2);
                story.sum_c2b += c2 * (new_b - old_b);
                story.sum_c2b2 += c2 * (new_b * new_b - old_b * old_b);
            }
        }
        for a in &f.actors {
            *self.actor_df.entry(a.clone()).or_insert(0) += 1;
        }
    }

    fn close_stale(&mut self, f: &Features) {
        // Close stories that the time window has left behind.
        if let Some(d) = f.date {
            let stories = &mut self.stories;
            let mut closing = Vec::new();
            self.open.retain(|&si| {
                let s = &mut stories[si];
                let stale = s
                    .last_date
                    .is_some_and(|l| (d - l).get_days().abs() > WINDOW_DAYS * 4);
                if stale {
                    s.closed = true;
                    closing.push(si);
                }
                !stale
            });
            for si in closing {
                for &t in self.stories[si].centroid.keys() {
                    self.postings[t as usize].retain(|&x| x != si);
                }
                for &m in &self.stories[si].members {
                    for h in &self.docs[m].shingles {
                        if let Some(list) = self.shingle_docs.get_mut(h) {
                            list.retain(|&d| d as usize != m);
                            if list.is_empty() {
                                self.shingle_docs.remove(h);
                            }
                        }
                    }
                }
            }
        }
    }

    /// The story an article joins: the one it is a copy from, or the most
    /// similar eligible one, or a new one.
    fn choose(&mut self, f: &Features, terms: &[(u32, f32)]) -> Assignment {
        let idx = self.docs.len();
        // An undated article may join any story, closed or not: nothing dates it.
        let eligible = |s: &OpenStory| match (f.date, s.last_date) {
            (Some(a), Some(b)) => !s.closed && (a - b).get_days().abs() <= WINDOW_DAYS,
            (Some(_), None) => !s.closed,
            (None, _) => true,
        };
        // A syndicated copy joins its original: most shingles shared, or a
        // shorter text reproduced inside a longer one.
        let copy_of = self
            .copy_candidates(f)
            .into_iter()
            .map(|(j, shared)| {
                (
                    j,
                    shared,
                    minhash::similarity(&f.signature, &self.docs[j].signature),
                )
            })
            .filter(|&(j, shared, s)| {
                let d = &self.docs[j];
                let smaller = f.shingles.len().min(d.shingles.len());
                let short = smaller < SHORT_TEXT_SHINGLES;
                // Containment is exact: the shared shingles were counted.
                s >= COPY_THRESHOLD
                    || (s >= CONTAINMENT_FLOOR || short)
                        && shared as f64 / smaller.max(1) as f64 >= CONTAINMENT_THRESHOLD
            })
            .max_by(|a, b| a.2.total_cmp(&b.2))
            .map(|(j, _, _)| j);
        if let Some(j) = copy_of {
            return Assignment {
                story: self.story_of[j],
                copy_of,
            };
        }
        // A dated article looks only at open stories; an undated one at all.
        let candidates: Vec<usize> = match f.date {
            Some(_) => self.open.clone(),
            None => (0..self.stories.len()).collect(),
        };
        let cosines = self.word_cosines(f, terms);
        let story = candidates
            .iter()
            .map(|&i| (i, &self.stories[i]))
            .filter(|(_, s)| eligible(s))
            .map(|(i, s)| {
                (
                    i,
                    self.similarity(f, s, cosines.get(&i).copied().unwrap_or(0.0)),
                )
            })
            .inspect(|(i, sc)| {
                if *DEBUG {
                    eprintln!("doc {idx} vs story {i}: {sc:.3}");
                }
            })
            .filter(|(_, score)| *score >= self.join_threshold)
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(i, _)| i);
        let story = story.unwrap_or_else(|| self.open_story());
        Assignment {
            story,
            copy_of: None,
        }
    }

    /// The documents that share a shingle with the article, each with how
    /// many, in document order: those of open stories from the shingle
    /// index, and for an undated article those of closed stories too.
    fn copy_candidates(&self, f: &Features) -> Vec<(usize, usize)> {
        let mut shared: FxHashMap<usize, usize> = FxHashMap::default();
        for h in &f.shingles {
            for &d in self.shingle_docs.get(h).into_iter().flatten() {
                *shared.entry(d as usize).or_insert(0) += 1;
            }
        }
        if f.date.is_none() {
            for s in self.stories.iter().filter(|s| s.closed) {
                for &m in &s.members {
                    let n = minhash::shared(&f.shingles, &self.docs[m].shingles);
                    if n > 0 {
                        shared.insert(m, n);
                    }
                }
            }
        }
        let mut out: Vec<(usize, usize)> = shared.into_iter().collect();
        out.sort_unstable();
        out
    }

    fn open_story(&mut self) -> usize {
        self.stories.push(OpenStory {
            members: Vec::new(),
            centroid: FxHashMap::default(),
            sum_c2: 0.0,
            sum_c2b: 0.0,
            sum_c2b2: 0.0,
            actors: FxHashMap::default(),
            triples: HashSet::new(),
            last_date: None,
            closed: false,
        });
        self.open.push(self.stories.len() - 1);
        self.stories.len() - 1
    }

    /// Make the article a member of `story`, updating its centroid.
    fn insert(&mut self, f: Features, terms: &[(u32, f32)], story: usize) {
        let idx = self.docs.len();
        for &(t, tf) in terms {
            let b = self.df_log(t);
            let s = &mut self.stories[story];
            let closed = s.closed;
            let c = s.centroid.entry(t).or_insert(0.0);
            if *c == 0.0 && !closed {
                self.postings[t as usize].push(story);
            }
            let grow = ((*c + tf) as f64).powi(2) - (*c as f64).powi(2);
            *c += tf;
            s.sum_c2 += grow;
            s.sum_c2b += grow * b;
            s.sum_c2b2 += grow * b * b;
        }
        let s = &mut self.stories[story];
        s.members.push(idx);
        for a in &f.actors {
            *s.actors.entry(a.clone()).or_insert(0) += 1;
        }
        s.triples.extend(f.triples.iter().cloned());
        if let Some(d) = f.date {
            s.last_date = Some(s.last_date.map_or(d, |l| l.max(d)));
        }
        if !self.stories[story].closed {
            for &h in &f.shingles {
                self.shingle_docs.entry(h).or_default().push(idx as u32);
            }
        }
        self.story_of.push(story);
        self.docs.push(f);
    }

    pub fn members(&self, story: usize) -> &[usize] {
        &self.stories[story].members
    }

    pub fn story_count(&self) -> usize {
        self.stories.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::analyzed;

    #[test]
    fn primed_articles_are_counted_once() {
        let articles = [
            analyzed(
                "a",
                "2024-05-01",
                "Floods in Porto Alegre forced thousands from their homes, officials said.",
            ),
            analyzed(
                "b",
                "2024-05-01",
                "Rescuers in Porto Alegre used boats to reach families cut off by the floods.",
            ),
            analyzed(
                "c",
                "2024-05-02",
                "Chile's central bank cut its main interest rate by half a point on Thursday.",
            ),
        ];
        let features: Vec<Features> = articles.iter().map(features).collect();
        let mut primed = Clusterer::new();
        for f in &features {
            primed.prime(f);
        }
        let mut plain = Clusterer::new();
        let mut stories = Vec::new();
        for f in features {
            let a = primed.add(f.clone()).story;
            let b = plain.add(f).story;
            stories.push((a, b));
        }
        // Counted at priming, not again when added: the same frequencies as
        // adding alone ends with.
        assert_eq!(primed.counted, 3);
        assert_eq!(primed.df, plain.df);
        // The two flood reports meet; the rate cut stands apart.
        assert_eq!(stories[0].0, stories[1].0);
        assert_ne!(stories[0].0, stories[2].0);
    }
}
