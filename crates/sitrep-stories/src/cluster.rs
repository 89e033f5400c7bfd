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
//! An article and a story that are each about a name the other never uses
//! (`Clusterer::names_conflict`) do not meet, however alike their
//! words: two fights of one champion, two trials at one court.
//!
//! A syndicated copy (Jaccard similarity of 5-word shingles ≥
//! [`COPY_THRESHOLD`], counted exactly through an index of the open
//! documents' shingles) joins its original's story and is marked as a copy.
//! A dated article joins only a story whose last article is within
//! [`WINDOW_DAYS`] of it; stories close when none arrives within four such
//! windows, which bounds memory by the time window, not the corpus.
//!
//! A follow-up is the exception to the window: a dated article naming a
//! story's own person (see [`OWN_PERSON_SHARE`]) may join it up to
//! [`FOLLOW_UP_DAYS`] after its last article, reopening it when it had
//! closed and its data was kept (a batch); a live clusterer only reaches the
//! stories still open.
//!
//! An undated article whose office holders' titles date it apart from a
//! story ([`titles`]: "President-elect Obama" against a story dated in his
//! term) loses [`TITLES_DISAGREE`] of its similarity to it.
//!
//! The years a text names bound its date from below when it has none: a
//! report that names 2006 (less [`YEAR_SLACK`], and not "through 2017") was
//! not written in 2004, so it cannot join a story dated 2004, and a dated
//! article cannot join a story whose texts name a year after its own.

use crate::actor_overlap::{ActorIndex, Weighed};
use crate::hash_table::HashTable;
use crate::prefetch::{prefetch, TABLE_AHEAD};
use crate::shingles::{self, ShingleIndex};
use crate::titles::{self, Period};
use crate::words;
use jiff::civil::Date;
use jiff::ToSpan;
use rustc_hash::{FxHashMap, FxHashSet};
use sitrep_core::{Article, EntityKind, EventType, MentionType, Modality};
use std::borrow::Cow;
use std::sync::LazyLock;

static STOPWORDS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../../data/lexicon/stopwords.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(str::trim)
        .collect()
});

static STOPWORD_HASHES: LazyLock<FxHashSet<u64>> =
    LazyLock::new(|| STOPWORDS.iter().map(|w| words::hash_word(w)).collect());

/// `SITREP_DEBUG_CLUSTER=1` prints every article's score against each story.
pub(crate) static DEBUG: LazyLock<bool> =
    LazyLock::new(|| std::env::var_os("SITREP_DEBUG_CLUSTER").is_some());

/// Word 5-gram Jaccard from which a text is a copy: the definition ECB+'s
/// list of syndicated pairs uses. At .6, six of its 31 pairs (by our words)
/// were missed; at .5 all are found and every flagged pair is one story.
pub const COPY_THRESHOLD: f64 = 0.5;
/// A shorter text with this share of its shingles inside a longer one is a copy.
pub const CONTAINMENT_THRESHOLD: f64 = 0.75;
/// The fewest shingles (words less four) a text needs for its containment in
/// another to make it a copy: a paywall stub or an empty page whose only
/// text is the site's footer is inside every article of the site, and would
/// make them all copies of it, one story. A one-sentence lead of 24 words
/// still counts (ECB+ pairs one of 33 words with the report around it).
pub const MIN_CONTAINED_SHINGLES: usize = 20;
/// Chosen on ECB+ by `scripts/eval-stories` over a grid (names weighted 1, 2,
/// 3 or 5; actor overlap 0.15, 0.3 or 0.45; threshold 0.14 to 0.25), names 3
/// and actors 0.3 kept (since reweighted: [`ACTOR_WEIGHT`]). With the name
/// conflict (`Clusterer::names_conflict`), which stops most same-kind
/// merges, a lower threshold pays: B-cubed F1 .924 at
/// 0.13, .923 at 0.14, .925 at 0.15, .923 at 0.16, .915 at 0.17 (without the
/// conflict, .915 at 0.15 and .910 at 0.17).
pub const JOIN_THRESHOLD: f32 = 0.15;
/// Weight of the actor overlap (a weighted cosine, see `actor_overlap`) in
/// the similarity, against 0.6 for the words. Chosen on ECB+ when the
/// overlap became a cosine, from 0.1 to 0.3 (B-cubed F1): .936 at 0.10,
/// .943 at 0.15, .946 at 0.16, .953 at 0.17 and 0.18, .952 at 0.19 to 0.21,
/// .947 at 0.22, .938 at 0.25, .929 at 0.30; the middle of the plateau kept.
/// Its edges are single merges (a sister story of a topic at 0.22, three
/// reports of another topic at 0.16).
pub const ACTOR_WEIGHT: f32 = 0.19;
/// The weight of the TF-IDF cosine of words in the similarity.
pub const WORD_WEIGHT: f32 = 0.6;
/// Weight of a capitalized word inside a sentence (a name) against a common word.
pub const NAME_WEIGHT: f32 = 3.0;
/// What an article loses against a story when the days its office
/// holders' titles place it in and the story's dates disagree
/// ([`titles`]): as much as the join threshold, so that only an article
/// twice as close as the bar still joins. Titles mislead: on PolNeAR's
/// dated 2016 reports the period held the publication date in 190 of 224
/// (a title kept after the office, "Secretary Clinton", 24 of the 34
/// misses), so they weigh, not ban. On ECB+ B-cubed is .9417 for any cost
/// from .05 up, as with a ban.
pub const TITLES_DISAGREE: f32 = JOIN_THRESHOLD;
pub const WINDOW_DAYS: i32 = 7;
/// How often a name must be used inside sentences for the article to be
/// about it, and how many such names (the most used) an article keeps.
/// Chosen on ECB+ (B-cubed F1 at the threshold, measured with a .05 penalty
/// in place of the ban): .925 at 3 uses and 2 names, .921 with 1 name, .919
/// at 2 uses and 2 names, .917 at 2 uses and 3 names.
pub const SALIENT_NAME_USES: u32 = 3;
pub const SALIENT_NAMES: usize = 2;
/// How long after its last article a story takes a follow-up: a later report
/// (a charge, a trial, a verdict) that names the story's own person. Trials
/// often open a year or two after the crime: on ECB+, two years rather than
/// one joined four trials to their crimes (B-cubed F1 .925 -> .930), and
/// three years joined nothing more.
pub const FOLLOW_UP_DAYS: i32 = 730;
/// The share of the articles naming a person that one story must hold for
/// that person to be the story's own.
pub const OWN_PERSON_SHARE: f64 = 0.8;
/// How far ahead of its own date an article may name a year ("the 2009
/// season" in December 2008) before that year is taken as past.
pub const YEAR_SLACK: i16 = 1;

/// Words that, within five words before a year, make it one looked ahead
/// to ("signed through 2017", "due to be released in June 2010").
const AHEAD: [&str; 14] = [
    "through",
    "until",
    "till",
    "by",
    "due",
    "will",
    "would",
    "scheduled",
    "expected",
    "planned",
    "plans",
    "to",
    "before",
    "next",
];

/// The latest year from 1950 to 2049 that the text names as a whole word
/// ("in 2005"; not "1,972" or "$2005") and not as one looked ahead to.
fn latest_year(text: &str) -> Option<i16> {
    let bytes = text.as_bytes();
    // The five words before byte `i`, read from at most 80 bytes back.
    let looked_ahead = |i: usize| {
        let mut from = i.saturating_sub(80);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        text[from..i]
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .rev()
            .take(5)
            .any(|w| AHEAD.contains(&w.to_lowercase().as_str()))
    };
    // (By bytes: an ASCII digit is never part of another character.)
    let digits = std::iter::successors(words::next_ascii_digit(bytes, 0), |&i| {
        words::next_ascii_digit(bytes, i + 1)
    });
    digits
        .filter_map(|i| {
            let word = bytes.get(i..i + 4)?;
            let starts = i == 0
                || !(bytes[i - 1].is_ascii_alphanumeric()
                    || matches!(bytes[i - 1], b',' | b'.' | b'$'));
            let ends = bytes
                .get(i + 4)
                .is_none_or(|b| !b.is_ascii_alphanumeric() && *b != b',');
            if !(starts && ends && word.iter().all(u8::is_ascii_digit)) {
                return None;
            }
            let year: i16 = std::str::from_utf8(word).ok()?.parse().ok()?;
            ((1950..2050).contains(&year) && !looked_ahead(i)).then_some(year)
        })
        .max()
}

/// Whether an event names both its actor and its recipient: only such
/// events count in the similarity.
fn stated(t: &Triple) -> bool {
    !t.1.is_empty() && !t.2.is_empty()
}

/// The similarity's share for this many stated events shared: a tenth
/// each, at most three tenths.
fn events_weight(shared: usize) -> f32 {
    (shared as f32 * 0.1).min(0.3)
}

/// Whether the article leads with holding people none of the story's
/// members lead with holding, when some do.
fn holds_others(f: &Features, s: &OpenStory) -> bool {
    !f.held.is_empty() && !s.held.is_empty() && !f.held.iter().any(|p| s.held.contains(p))
}

/// Whether the days an article's titles place it in agree with a story's:
/// the story's dated members fall inside them, and the days its undated
/// members' titles allow meet them; for a dated article, its date falls
/// inside the story's titled days. (President-elect Obama's report is not
/// one of President Obama's.)
fn titles_allow(f: &Features, s: &OpenStory) -> bool {
    if let (Some(d), Some(w)) = (f.date, s.written_within) {
        return w.holds(d);
    }
    let Some(p) = f.written_within else {
        return true;
    };
    // The article may tell any day of the story's, or one within a window
    // of its ends.
    let window = WINDOW_DAYS.days();
    let dated = Period {
        from: s.first_date.and_then(|d| d.checked_sub(window).ok()),
        to: s.last_date.and_then(|d| d.checked_add(window).ok()),
    };
    dated.meet(&p).is_some() && s.written_within.is_none_or(|w| w.meet(&p).is_some())
}

pub type Triple = (EventType, String, String);

/// What clustering needs to know of one article.
#[derive(Debug, Clone)]
pub struct Features {
    /// Content words by [`words::hash_word`] of their lower-cased form,
    /// in order of first use, with their weight: 1 + ln(count), names
    /// counted thrice.
    pub terms: Vec<(u64, f32)>,
    pub actors: FxHashSet<String>,
    /// The people named with a first and a last name (but for the office
    /// holders the knowledge base knows), and the names of
    /// more than one word that resolve to nothing known (a ship, a product:
    /// "the Sirius Star", "MacBook Pro"), which tell one event from another
    /// as a person's name does.
    pub people: FxHashSet<String>,
    pub triples: FxHashSet<Triple>,
    pub date: Option<Date>,
    /// The year the article cannot have been written before: the latest year
    /// it names, less [`YEAR_SLACK`] for a year it looks ahead to.
    pub written_after: Option<i16>,
    /// For an undated article, the days its office holders' titles place
    /// it in ([`titles::written_within`]).
    pub written_within: Option<Period>,
    /// Sorted, distinct shingle hashes.
    pub shingles: Vec<u64>,
    /// The names the article is about: capitalized words inside a sentence
    /// used at least [`SALIENT_NAME_USES`] times, the most used first, at
    /// most [`SALIENT_NAMES`] of them.
    pub salient_names: Vec<u64>,
    /// The people the article's lead act holds: see [`held_in_lead`].
    pub held: Vec<String>,
}

pub fn content_words(text: &str) -> impl Iterator<Item = String> + '_ {
    words::words(text)
        .into_iter()
        .filter(|w| is_content_word(w))
        .map(Cow::into_owned)
}

fn is_content_word(w: &str) -> bool {
    w.len() >= 3 && !STOPWORDS.contains(w) && !w.bytes().all(|c| c.is_ascii_digit())
}

/// [`is_content_word`] for a word known by its hash.
fn is_content_word_hashed(w: &words::HashedWord) -> bool {
    w.len >= 3 && !w.digits && !STOPWORD_HASHES.contains(&w.hash)
}

pub fn features(a: &Article) -> Features {
    let WordFeatures {
        terms,
        shingles,
        salient_names,
    } = word_features(a);
    let named_year = latest_year(&a.body);
    Features {
        held: held_in_lead(a),
        terms,
        actors: actors_named(a),
        people: people_named(a),
        triples: event_triples(a),
        date: a.published.as_ref().map(|p| p.date),
        written_after: named_year.map(|y| y - YEAR_SLACK),
        // (A dated article has its date; its titles would only blur it.)
        written_within: a
            .published
            .is_none()
            .then(|| titles::written_within(a, named_year))
            .flatten(),
        shingles,
        salient_names,
    }
}

/// What an article's words give: see [`Features`].
struct WordFeatures {
    terms: Vec<(u64, f32)>,
    shingles: Vec<u64>,
    salient_names: Vec<u64>,
}

fn word_features(a: &Article) -> WordFeatures {
    // The words serve the shingles, the terms and the names; the title and
    // the body are read as one text for the names.
    // (ECB+ has a capitalized token to about 35 bytes; a name is one of
    // those inside a sentence.)
    let mut names = Vec::with_capacity(a.body.len() / 32);
    let mut sentence_start = true;
    let title_words = a
        .title
        .as_deref()
        .map(|t| words::read(t, &mut sentence_start, &mut names))
        .unwrap_or_default();
    let body_words = words::read(&a.body, &mut sentence_start, &mut names);
    let shingles = shingles::shingles_of(&body_words);
    // Content words by hash, in order of first use, and where each is in
    // `counts`.
    let mut counts: Vec<(u64, f32)> = Vec::with_capacity(body_words.len() / 2);
    let mut slot = HashTable::with_capacity((title_words.len() + body_words.len()) / 2);
    for w in title_words.iter().chain(&body_words) {
        if is_content_word_hashed(w) {
            let next = counts.len() as u32;
            let i = match slot.get_or_insert(w.hash, next) {
                Some(i) => *i as usize,
                None => {
                    counts.push((w.hash, 0.0));
                    next as usize
                }
            };
            counts[i].1 += 1.0;
        }
    }
    // Names tell one event from another of the same kind: weight them up.
    // Name -> its uses and one token that spells it.
    let mut name_uses: FxHashMap<u64, (u32, &str)> = FxHashMap::default();
    for (name, token) in names {
        if let Some(i) = slot.get(name) {
            counts[i as usize].1 += NAME_WEIGHT - 1.0;
            name_uses.entry(name).or_insert((0, token)).0 += 1;
        }
    }
    let mut salient_names: Vec<(String, u32, u64)> = name_uses
        .into_iter()
        .filter(|&(_, (n, _))| n >= SALIENT_NAME_USES)
        .map(|(name, (n, token))| (words::name_text(token), n, name))
        .collect();
    salient_names.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    salient_names.truncate(SALIENT_NAMES);
    let salient_names = salient_names.into_iter().map(|(_, _, n)| n).collect();
    // Sublinear counts: a word's tenth use says less than its second. On
    // ECB+ this lifted the pairwise separation of same-story from
    // same-topic pairs (AUC .895 -> .912) and B-cubed F1 .851 -> .865.
    let terms = counts.into_iter().map(|(w, n)| (w, 1.0 + n.ln())).collect();
    WordFeatures {
        terms,
        shingles,
        salient_names,
    }
}

/// The actors an article's mentions name, by their keys.
fn actors_named(a: &Article) -> FxHashSet<String> {
    a.layers
        .mentions
        .iter()
        .filter(|m| !m.modifier)
        .filter_map(|m| m.entity.as_ref())
        // A city stands for its country here, which many stories share.
        .filter(|e| e.kind != EntityKind::Place)
        // A person is who they are, not the country events would code them
        // as ("Capaldi, a Scottish actor" is no sign of a British story).
        .map(|e| match e.kind {
            EntityKind::Person => e.name.clone(),
            _ => e.actor_key(),
        })
        .collect()
}

/// The people and bodies an article names in more than one word.
fn people_named(a: &Article) -> FxHashSet<String> {
    a.layers
        .mentions
        .iter()
        .filter_map(|m| match &m.entity {
            // (Not one the knowledge base knows in an office: a president
            // or a minister is named by many stories and is none's own.)
            Some(e) => (e.kind == EntityKind::Person
                && !e.anonymous
                && e.office.is_none()
                && e.name.contains(' '))
            .then(|| e.name.clone()),
            None => {
                let text = m.span.text(&a.body);
                // (Not a place, nor a MISC name: a product, a work or an
                // event, "Internet Explorer", "World Cup", recurs across
                // the stories of its kind.)
                (matches!(m.mention_type, MentionType::PER | MentionType::ORG)
                    && text.contains(' '))
                .then(|| text.to_string())
            }
        })
        .collect()
}

/// Who did what to whom in an article's events, not negated ones.
fn event_triples(a: &Article) -> FxHashSet<Triple> {
    let mut triples = FxHashSet::default();
    for e in a
        .layers
        .events
        .iter()
        .filter(|e| e.modality != Modality::Negated)
    {
        // An actor the text does not name ("unidentified attackers" of the
        // country where a bomb went off) says nothing either.
        let named_actors: Vec<String> = e
            .actor
            .iter()
            .filter(|x| !x.text.is_empty())
            .map(|x| x.actor_key())
            .collect();
        let unnamed = named_actors.is_empty();
        for s in named_actors.into_iter().chain(unnamed.then(String::new)) {
            // A recipient the text does not name (inferred from the place or
            // the actor's own country) says nothing about which story it is.
            let named = if e.recipient_inferred.is_some() {
                &[][..]
            } else {
                &e.recipient[..]
            };
            for r in named
                .iter()
                .map(|x| x.actor_key())
                .chain((named.is_empty()).then(String::new))
            {
                triples.insert((e.event_type, s.clone(), r));
            }
        }
    }
    triples
}

/// The people an article leads with holding: the surnames, lower-cased, of
/// the persons named as the recipients of its first asserted arrest,
/// detention or other coercion ([`EventType::Coerce`]) in its first
/// [`LEAD_SENTENCES`] sentences, when that act is not dated a month or a
/// year back ("Vincent Jackson was arrested last month" is background to
/// "Jamal Williams was arrested early Sunday"). Two arrests of two people
/// are two stories, however alike their words ("Chargers receiver arrested
/// for DUI" and "Chargers lineman arrested on suspicion of DUI").
///
/// Only coercion. Measured on ECB+ with a sketch of this rule (the lead
/// acts of each pair of reports, by surname), different arrests told 70
/// pairs of two sister stories apart, and 7 pairs of one story, all one
/// report leading with an earlier arrest "last month", which the date test
/// now skips; different assaults (a boxer's jab, a pedestrian named two
/// ways) 37 pairs of one story against 1 of two.
fn held_in_lead(a: &Article) -> Vec<String> {
    let lead_end = a
        .layers
        .sentences
        .get(LEAD_SENTENCES - 1)
        .or(a.layers.sentences.last())
        .map_or(0, |s| s.end);
    let Some(act) = a.layers.events.iter().find(|e| {
        e.event_type == EventType::Coerce
            && e.modality == Modality::Asserted
            && e.sentence.start < lead_end
            && e.date
                .as_ref()
                .is_none_or(|d| d.precision == "day" || d.precision == "week")
            && e.recipient.iter().any(is_named_person)
    }) else {
        return Vec::new();
    };
    let mut held: Vec<String> = act
        .recipient
        .iter()
        .filter(|e| is_named_person(e))
        .filter_map(|e| e.name.split_whitespace().last())
        .map(str::to_lowercase)
        .collect();
    held.sort_unstable();
    held.dedup();
    held
}

fn is_named_person(e: &sitrep_core::Entity) -> bool {
    e.kind == EntityKind::Person && !e.anonymous && !e.name.is_empty()
}

/// How many of an article's first sentences are its lead.
pub const LEAD_SENTENCES: usize = 2;

/// How many terms ahead of the one whose postings are walked the walk asks
/// for memory ([`Clusterer::prefetch_postings`]).
const POSTINGS_AHEAD: usize = 8;

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
    triples: FxHashSet<Triple>,
    /// Salient name (a term id) -> how many members it is salient in.
    salient_names: FxHashMap<u32, u32>,
    /// The story's own names: those salient in at least half its members.
    own_names: Vec<u32>,
    /// The people its articles name.
    people: FxHashSet<String>,
    /// The people its members lead with holding ([`held_in_lead`]).
    held: FxHashSet<String>,
    first_date: Option<Date>,
    last_date: Option<Date>,
    /// The days every undated member's titles allow, when any has them.
    written_within: Option<Period>,
    /// The latest year a member cannot have been written before.
    written_after: Option<i16>,
    closed: bool,
}

impl OpenStory {
    /// Keep the norm sums exact as the ln(1 + df) of a term the centroid
    /// holds `c` of moves from `old_b` to `new_b`.
    fn shift_norm(&mut self, c: f32, old_b: f64, new_b: f64) {
        let c2 = (c as f64).powi(2);
        self.sum_c2b += c2 * (new_b - old_b);
        self.sum_c2b2 += c2 * (new_b * new_b - old_b * old_b);
    }
}

/// An article's terms (with their counts) and actors by id.
struct Ids {
    /// Sorted by term id.
    terms: Vec<(u32, f32)>,
    /// The salient names' term ids.
    salient_names: Vec<u32>,
    actors: Vec<u32>,
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
    /// Whether a closed story keeps its word centroid, actors, events and
    /// its documents' shingles so that an undated article can still join it
    /// or copy one of them (a batch, where undated reports are common), or
    /// forgets them all, so that memory holds only the open stories (a live
    /// feed, as the store runs it).
    pub keep_closed: bool,
    stories: Vec<OpenStory>,
    /// Each term seen gets an id; `df` and `postings` are indexed by it, so
    /// the hot loops hash integers, not strings.
    vocab: HashTable,
    df: Vec<u32>,
    /// ln(1 + n) for every document frequency n reached so far, read for
    /// every term of every article (frequencies only ever step by one).
    ln_1p: Vec<f64>,
    actors: ActorIndex,
    /// Each document's shingles; emptied when its story closes unless
    /// closed stories are kept.
    doc_shingles: Vec<Vec<u64>>,
    story_of: Vec<usize>,
    /// Term -> the open stories whose centroid holds it, each with the
    /// term's count in that centroid (a copy, so that the hot loops read
    /// the lists in order rather than look up every story's centroid). A
    /// story leaves the word index when it closes, so its words cost
    /// nothing after.
    postings: Vec<Vec<(u32, f32)>>,
    /// A dot product per story, zero but while [`Clusterer::word_cosines`]
    /// runs.
    dots: Vec<f64>,
    /// Indices of the stories still open.
    open: Vec<usize>,
    shingle_index: ShingleIndex,
    /// Articles counted into the document frequencies: those added, and
    /// those announced by [`Clusterer::prime`] before they arrive.
    counted: usize,
    /// Documents that copy more than their original: the others they copy.
    also_copies: FxHashMap<usize, Vec<usize>>,
    /// Announced articles not yet added, whose counts are already in.
    primed: usize,
    /// Person -> story -> how many of its articles name the person, over
    /// the stories whose data is kept.
    people: FxHashMap<String, FxHashMap<usize, u32>>,
}

impl Default for Clusterer {
    fn default() -> Self {
        Clusterer {
            join_threshold: JOIN_THRESHOLD,
            keep_closed: true,
            stories: Vec::new(),
            vocab: HashTable::default(),
            df: Vec::new(),
            ln_1p: vec![0.0],
            actors: ActorIndex::default(),
            doc_shingles: Vec::new(),
            story_of: Vec::new(),
            postings: Vec::new(),
            dots: Vec::new(),
            open: Vec::new(),
            shingle_index: ShingleIndex::default(),
            counted: 0,
            primed: 0,
            people: FxHashMap::default(),
            also_copies: FxHashMap::default(),
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
        let ids = self.intern(f);
        self.count_frequencies(&ids);
        self.primed += 1;
    }

    fn df_log(&self, term: u32) -> f64 {
        self.ln_1p[self.df[term as usize] as usize]
    }

    /// The article's terms and actors by id, giving new ones their ids.
    fn intern(&mut self, f: &Features) -> Ids {
        for &(t, _) in f.terms.iter().take(TABLE_AHEAD) {
            self.vocab.prefetch(t);
        }
        let mut terms: Vec<(u32, f32)> = Vec::with_capacity(f.terms.len());
        for (k, &(t, tf)) in f.terms.iter().enumerate() {
            if let Some(&(ahead, _)) = f.terms.get(k + TABLE_AHEAD) {
                self.vocab.prefetch(ahead);
            }
            let next = self.df.len() as u32;
            let id = match self.vocab.get_or_insert(t, next) {
                Some(id) => *id,
                None => {
                    self.df.push(0);
                    self.postings.push(Vec::new());
                    next
                }
            };
            terms.push((id, tf));
        }
        terms.sort_unstable_by_key(|&(t, _)| t);
        // Every salient name is one of the terms.
        let salient_names = f
            .salient_names
            .iter()
            .filter_map(|&n| self.vocab.get(n))
            .collect();
        Ids {
            terms,
            salient_names,
            actors: self.actors.intern(&f.actors),
        }
    }

    /// The TF-IDF cosine of the article against every story sharing a term
    /// with it, in one pass over the article's terms.
    /// With `count_terms`, the article's terms are first counted into the
    /// document frequencies, term by term (a term's count moves only its
    /// own weight, and the stories' norms are read after the walk).
    fn word_cosines(
        &mut self,
        f: &Features,
        terms: &[(u32, f32)],
        follow_ups: &FxHashSet<usize>,
        count_terms: bool,
    ) -> Vec<(usize, f32)> {
        let a = self.idf_base();
        let mut dots = std::mem::take(&mut self.dots);
        dots.resize(self.stories.len(), 0.0);
        let mut met: Vec<usize> = Vec::new();
        let mut norm_a = 0.0f64;
        for (k, &(t, tf)) in terms.iter().enumerate() {
            self.prefetch_postings(terms, k);
            let shift = count_terms.then(|| self.count_term(t));
            let idf = a - self.df_log(t);
            let w = tf as f64 * idf;
            norm_a += w * w;
            for &(si, c) in &self.postings[t as usize] {
                if let Some((old_b, new_b)) = shift {
                    self.stories[si as usize].shift_norm(c, old_b, new_b);
                }
                let dot = &mut dots[si as usize];
                if *dot == 0.0 {
                    met.push(si as usize);
                }
                *dot += w * c as f64 * idf;
            }
        }
        let cosines = met
            .into_iter()
            .map(|si| {
                let dot = std::mem::take(&mut dots[si]);
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
            .chain(self.closed_cosines(f, terms, norm_a.sqrt(), follow_ups))
            .collect();
        self.dots = dots;
        cosines
    }

    /// Ask for the memory the walk of `terms` will read a few terms after the
    /// `k`th: a term's posting list and its document frequency, and, further
    /// ahead, the posting list's own place in `postings`. (The ids are spread
    /// over the vocabulary; each would otherwise wait on memory.)
    #[inline]
    fn prefetch_postings(&self, terms: &[(u32, f32)], k: usize) {
        if let Some(&(t, _)) = terms.get(k + 2 * POSTINGS_AHEAD) {
            prefetch(&self.postings[t as usize]);
        }
        if let Some(&(t, _)) = terms.get(k + POSTINGS_AHEAD) {
            let t = t as usize;
            if let Some(first) = self.postings[t].first() {
                prefetch(first);
            }
            prefetch(&self.df[t]);
        }
    }

    /// An undated article may join a closed story, and a dated one a closed
    /// story it follows up: such a story has left the word index, so its
    /// cosine is computed directly, with the story's norm under today's
    /// document frequencies.
    fn closed_cosines(
        &self,
        f: &Features,
        terms: &[(u32, f32)],
        norm_a: f64,
        follow_ups: &FxHashSet<usize>,
    ) -> Vec<(usize, f32)> {
        if norm_a == 0.0 || !self.keep_closed {
            return Vec::new();
        }
        let a = self.idf_base();
        let idf = |t: u32| a - self.df_log(t);
        self.closed_reachable(f, follow_ups)
            .into_iter()
            .map(|si| (si, &self.stories[si]))
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

    /// Whether the article and the story are each about a name the other
    /// never uses: the other boxer, the other team, the other suspect. Two
    /// events of one kind share their words but not their names.
    fn names_conflict(&self, ids: &Ids, si: usize) -> bool {
        let s = &self.stories[si];
        let article_has_own = ids
            .salient_names
            .iter()
            .any(|t| !s.centroid.contains_key(t));
        article_has_own
            && s.own_names
                .iter()
                .any(|t| ids.terms.binary_search_by_key(t, |&(x, _)| x).is_err())
    }

    fn similarity(&self, f: &Features, actors: &Weighed, si: usize, cosine: f32) -> f32 {
        let s = &self.stories[si];
        // Events.
        // Only fully stated acts count: "USA CONSULT IRN" in both. A side left
        // unstated would let two different earthquakes or arrests meet.
        let shared = f
            .triples
            .iter()
            .filter(|t| stated(t) && s.triples.contains(*t))
            .count();
        let events = events_weight(shared);
        // Actors, each weighted by how rare it is across articles.
        let actors = self.actors.overlap(si, actors, self.counted);
        if *DEBUG {
            eprintln!("  story {si}: words {cosine:.3} actors {actors:.3} events {events:.2}");
        }
        WORD_WEIGHT * cosine + ACTOR_WEIGHT * actors + events
    }

    /// Add one article; returns its story (an index into the stories so far).
    pub fn add(&mut self, f: Features) -> Assignment {
        let ids = self.intern(&f);
        // The terms of an article not primed are counted into the document
        // frequencies as its cosines are computed, in one walk of their
        // postings ([`Clusterer::word_cosines`]).
        let count_terms = !self.take_primed();
        if count_terms {
            self.count_article(&ids);
        }
        self.close_stale(&f);
        if let (true, Some(p)) = (*DEBUG, f.written_within) {
            eprintln!("  written within {:?} .. {:?}", p.from, p.to);
        }
        let generation = self.shingle_index.generation;
        let assignment = self.choose(&f, &ids, count_terms);
        // Reading the article for copies put its shingles in the index, unless
        // a story reopened and the index was rebuilt since.
        let indexed = self.shingle_index.generation == generation;
        if *DEBUG {
            let doc = self.doc_shingles.len();
            eprintln!(
                "doc {doc} -> story {} copy {:?}",
                assignment.story, assignment.copy_of
            );
        }
        self.insert(f, &ids, assignment.story, indexed);
        assignment
    }

    /// Add an article whose story was decided earlier (`None`: it opened a
    /// new one), as a store does when it reloads the open stories. Returns
    /// the story's index.
    pub fn add_known(&mut self, f: Features, story: Option<usize>) -> usize {
        let ids = self.intern(&f);
        if !self.take_primed() {
            self.count_frequencies(&ids);
        }
        self.close_stale(&f);
        let story = story
            .filter(|&s| s < self.stories.len())
            .unwrap_or_else(|| self.open_story());
        self.insert(f, &ids, story, false);
        story
    }

    /// Whether the article arriving was primed (its counts are in), using
    /// up its announcement.
    fn take_primed(&mut self) -> bool {
        let primed = self.primed > 0;
        self.primed = self.primed.saturating_sub(1);
        primed
    }

    /// Count an article into the document frequencies of its terms and
    /// actors.
    fn count_frequencies(&mut self, ids: &Ids) {
        self.count_article(ids);
        self.count_terms(&ids.terms);
    }

    /// Count one more article, and its actors, but not yet its terms.
    fn count_article(&mut self, ids: &Ids) {
        self.counted += 1;
        self.actors.count(&ids.actors);
    }

    /// Count the terms into their document frequencies, keeping the norm
    /// sums of the stories that hold them exact.
    fn count_terms(&mut self, terms: &[(u32, f32)]) {
        for &(t, _) in terms {
            let (old_b, new_b) = self.count_term(t);
            for &(si, c) in &self.postings[t as usize] {
                self.stories[si as usize].shift_norm(c, old_b, new_b);
            }
        }
    }

    /// One more article holds the term: its ln(1 + df) before and after.
    fn count_term(&mut self, t: u32) -> (f64, f64) {
        let df = &mut self.df[t as usize];
        *df += 1;
        if *df as usize == self.ln_1p.len() {
            self.ln_1p.push((1.0 + *df as f64).ln());
        }
        (self.ln_1p[*df as usize - 1], self.ln_1p[*df as usize])
    }

    /// Make `story` hold `count` of term `t` in the word index, whose lists
    /// are sorted by story.
    fn post(&mut self, t: u32, story: usize, count: f32) {
        let posting = &mut self.postings[t as usize];
        match posting.binary_search_by_key(&(story as u32), |p| p.0) {
            Ok(i) => posting[i].1 = count,
            Err(i) => posting.insert(i, (story as u32, count)),
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
            let mut rebuild = false;
            for si in closing {
                for &t in self.stories[si].centroid.keys() {
                    let posting = &mut self.postings[t as usize];
                    if let Ok(i) = posting.binary_search_by_key(&(si as u32), |p| p.0) {
                        posting.remove(i);
                    }
                }
                self.actors.close(si, self.keep_closed);
                if !self.keep_closed {
                    let s = &mut self.stories[si];
                    s.centroid = FxHashMap::default();
                    s.triples = FxHashSet::default();
                    s.salient_names = FxHashMap::default();
                    s.own_names = Vec::new();
                    for p in std::mem::take(&mut s.people) {
                        if let Some(stories) = self.people.get_mut(&p) {
                            stories.remove(&si);
                            if stories.is_empty() {
                                self.people.remove(&p);
                            }
                        }
                    }
                }
                for &m in &self.stories[si].members {
                    rebuild |= self.shingle_index.retire(self.doc_shingles[m].len());
                    if !self.keep_closed {
                        self.doc_shingles[m] = Vec::new();
                    }
                }
            }
            if rebuild {
                self.rebuild_shingle_index();
            }
        }
    }

    /// The story an article joins: the one it is a copy from, or the most
    /// similar eligible one, or a new one.
    fn choose(&mut self, f: &Features, ids: &Ids, count_terms: bool) -> Assignment {
        let idx = self.doc_shingles.len();
        // An undated article may join any story, closed or not, when closed
        // stories are kept: nothing dates it.
        // The years the texts name bound undated reports from below: an
        // article about a death that names 2008 is not the report of a
        // death dated 2004.
        let after = |date: Option<Date>, year: Option<i16>| {
            date.zip(year).is_some_and(|(d, y)| d.year() < y)
        };
        let follow_ups = self.follow_ups(f);
        let keep_closed = self.keep_closed;
        let eligible = |si: usize, s: &OpenStory| {
            let in_window = match (f.date, s.last_date) {
                (Some(a), Some(b)) => !s.closed && (a - b).get_days().abs() <= WINDOW_DAYS,
                (Some(_), None) => !s.closed,
                (None, _) => keep_closed || !s.closed,
            };
            (in_window || follow_ups.contains(&si))
                && !after(f.date, s.written_after)
                && !after(s.last_date, f.written_after)
        };
        // A syndicated copy joins its original: most shingles shared, or a
        // shorter text, long enough to be news, reproduced inside a longer one.
        let matches: Vec<(usize, f64)> = self
            .copy_candidates(f, &follow_ups)
            .into_iter()
            .filter_map(|(j, shared)| {
                let (a, b) = (f.shingles.len(), self.doc_shingles[j].len());
                let jaccard = shingles::jaccard(shared, a, b);
                let smaller = a.min(b);
                let contained = smaller >= MIN_CONTAINED_SHINGLES
                    && shared as f64 / smaller as f64 >= CONTAINMENT_THRESHOLD;
                (jaccard >= COPY_THRESHOLD || contained).then_some((j, jaccard))
            })
            .collect();
        let copy_of = matches
            .iter()
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|&(j, _)| j);
        if let Some(j) = copy_of {
            // A copy of several documents of the story: its original is the
            // closest, and the others are noted (a wire story two outlets
            // both reproduced, one of them cut).
            let story = self.story_of[j];
            let others: Vec<usize> = matches
                .iter()
                .map(|&(k, _)| k)
                .filter(|&k| k != j && self.story_of[k] == story)
                .collect();
            if !others.is_empty() {
                self.also_copies.insert(idx, others);
            }
            if count_terms {
                self.count_terms(&ids.terms);
            }
            return Assignment { story, copy_of };
        }
        // The candidates are the stories that share a content word with the
        // article: open ones through the word index, and for an undated
        // article closed ones too. A story with no word in common is not
        // the same story, whatever actors the two name.
        let mut cosines = self.word_cosines(f, &ids.terms, &follow_ups, count_terms);
        let actors = self.actors.weigh(&ids.actors, self.counted);
        // The stories most alike in words first: once a story could not
        // reach the best score so far even sharing every actor and event,
        // nor can any after it. (Debugging scores them all.)
        cosines.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let events = f.triples.iter().filter(|t| stated(t)).count();
        // (The margin covers rounding in the actor overlap.)
        let ceiling = ACTOR_WEIGHT + events_weight(events) + 1e-4;
        let mut best: Option<(usize, f32)> = None;
        for &(i, cosine) in &cosines {
            if best.is_some_and(|(_, b)| WORD_WEIGHT * cosine + ceiling < b) && !*DEBUG {
                break;
            }
            let s = &self.stories[i];
            if !eligible(i, s) {
                continue;
            }
            // Two events of one kind, each about a name the other never
            // uses, are two stories however alike their words.
            let conflict = self.names_conflict(ids, i);
            if conflict && *DEBUG {
                eprintln!("doc {idx} vs story {i}: names conflict (words {cosine:.3})");
            }
            // Nor are two arrests of two people.
            let others = holds_others(f, s);
            if others && *DEBUG {
                eprintln!("doc {idx} vs story {i}: others held (words {cosine:.3})");
            }
            if conflict || others {
                continue;
            }
            // Titles that date the two apart cost a join at the bar.
            let disagree = if titles_allow(f, s) {
                0.0
            } else {
                TITLES_DISAGREE
            };
            let score = self.similarity(f, &actors, i, cosine) - disagree;
            if *DEBUG {
                eprintln!("doc {idx} vs story {i}: {score:.3}");
            }
            // The earlier story wins a tie.
            let better =
                best.is_none_or(|(b, b_score)| score.total_cmp(&b_score).then(b.cmp(&i)).is_gt());
            if score >= self.join_threshold && better {
                best = Some((i, score));
            }
        }
        let story = best.map(|(i, _)| i);
        let story = match story {
            Some(si) if self.stories[si].closed && f.date.is_some() => {
                self.reopen(si);
                si
            }
            Some(si) => si,
            None => self.open_story(),
        };
        Assignment {
            story,
            copy_of: None,
        }
    }

    /// Open a closed story that a dated article follows up (one whose data
    /// was kept): back into the word, actor and shingle indexes, with its
    /// norm sums recomputed under today's document frequencies.
    fn reopen(&mut self, si: usize) {
        let s = &mut self.stories[si];
        s.closed = false;
        (s.sum_c2, s.sum_c2b, s.sum_c2b2) = (0.0, 0.0, 0.0);
        for (&t, &c) in &s.centroid {
            let c2 = (c as f64).powi(2);
            let b = self.ln_1p[self.df[t as usize] as usize];
            s.sum_c2 += c2;
            s.sum_c2b += c2 * b;
            s.sum_c2b2 += c2 * b * b;
        }
        let counts: Vec<(u32, f32)> = s.centroid.iter().map(|(&t, &c)| (t, c)).collect();
        for (t, c) in counts {
            self.post(t, si, c);
        }
        self.open.push(si);
        self.actors.reopen(si);
        // The index may still hold the story's shingles from before it
        // closed: rebuild it from the open stories' documents.
        self.rebuild_shingle_index();
    }

    fn rebuild_shingle_index(&mut self) {
        let (stories, docs) = (&self.stories, &self.doc_shingles);
        let live = self.open.iter().flat_map(|&si| {
            stories[si]
                .members
                .iter()
                .map(|&m| (m as u32, docs[m].as_slice()))
        });
        self.shingle_index.rebuild(live);
    }

    /// The stories a dated article may follow up outside the time window: a
    /// story whose own person it names (one named in the story's articles
    /// and hardly anywhere else: the story holds [`OWN_PERSON_SHARE`] of all
    /// the articles naming them), whose last article
    /// came before it and at most [`FOLLOW_UP_DAYS`] before. A charge, a trial
    /// or a verdict months after a shooting joins the shooting's story; a
    /// person many stories name (a president, a minister) chains nothing.
    fn follow_ups(&self, f: &Features) -> FxHashSet<usize> {
        let Some(date) = f.date else {
            return FxHashSet::default();
        };
        let mut out = FxHashSet::default();
        for stories in f.people.iter().filter_map(|p| self.people.get(p)) {
            let total: u32 = stories.values().sum();
            for (&si, &n) in stories {
                let own = f64::from(n) >= OWN_PERSON_SHARE * f64::from(total);
                let follows = self.stories[si].last_date.is_some_and(|last| {
                    let days = (date - last).get_days();
                    days > 0 && days <= FOLLOW_UP_DAYS
                });
                if own && follows {
                    out.insert(si);
                }
            }
        }
        out
    }

    /// The closed stories an article may still reach: any, for an undated
    /// one; those it follows up, for a dated one (without a scan of all).
    fn closed_reachable(&self, f: &Features, follow_ups: &FxHashSet<usize>) -> Vec<usize> {
        let mut out: Vec<usize> = if f.date.is_none() {
            (0..self.stories.len()).collect()
        } else {
            follow_ups.iter().copied().collect()
        };
        out.retain(|&si| self.stories[si].closed);
        out.sort_unstable();
        out
    }

    /// The documents that share a shingle with the article, each with how
    /// many, in document order: those of open stories from the shingle
    /// index, and those of the closed stories it may reach
    /// ([`Clusterer::closed_reachable`]) when closed stories are kept. The
    /// article's shingles go into the index as the next document's on the
    /// way.
    fn copy_candidates(
        &mut self,
        f: &Features,
        follow_ups: &FxHashSet<usize>,
    ) -> Vec<(usize, usize)> {
        let (stories, story_of) = (&self.stories, &self.story_of);
        let live = |d: u32| !stories[story_of[d as usize]].closed;
        let doc = self.doc_shingles.len() as u32;
        let mut shared: FxHashMap<usize, usize> = self
            .shingle_index
            .shared_counts_then_insert(doc, &f.shingles, live)
            .into_iter()
            .map(|(d, n)| (d as usize, n))
            .collect();
        // An undated article may copy a document of a closed story, when
        // closed stories are kept, and a dated one a document of a closed
        // story it follows up.
        if self.keep_closed {
            for si in self.closed_reachable(f, follow_ups) {
                for &m in &self.stories[si].members {
                    let n = shingles::shared(&f.shingles, &self.doc_shingles[m]);
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
            triples: FxHashSet::default(),
            salient_names: FxHashMap::default(),
            own_names: Vec::new(),
            people: FxHashSet::default(),
            held: FxHashSet::default(),
            first_date: None,
            last_date: None,
            written_within: None,
            written_after: None,
            closed: false,
        });
        self.actors.open_story();
        self.open.push(self.stories.len() - 1);
        self.stories.len() - 1
    }

    /// Make the article a member of `story`, updating its centroid.
    /// `indexed`: whether the shingle index holds its shingles already.
    fn insert(&mut self, f: Features, ids: &Ids, story: usize, indexed: bool) {
        let idx = self.doc_shingles.len();
        for &(t, tf) in &ids.terms {
            let b = self.df_log(t);
            let s = &mut self.stories[story];
            let closed = s.closed;
            let c = s.centroid.entry(t).or_insert(0.0);
            let grow = ((*c + tf) as f64).powi(2) - (*c as f64).powi(2);
            *c += tf;
            let c = *c;
            s.sum_c2 += grow;
            s.sum_c2b += grow * b;
            s.sum_c2b2 += grow * b * b;
            if !closed {
                self.post(t, story, c);
            }
        }
        let s = &mut self.stories[story];
        s.members.push(idx);
        self.actors.insert(story, &ids.actors);
        s.triples.extend(f.triples);
        for &t in &ids.salient_names {
            *s.salient_names.entry(t).or_insert(0) += 1;
        }
        let needed = (s.members.len() as u32).div_ceil(2);
        s.own_names = s
            .salient_names
            .iter()
            .filter(|&(_, &n)| n >= needed)
            .map(|(&t, _)| t)
            .collect();
        s.held.extend(f.held);
        for p in f.people {
            *self
                .people
                .entry(p.clone())
                .or_default()
                .entry(story)
                .or_insert(0) += 1;
            s.people.insert(p);
        }
        if let Some(d) = f.date {
            s.first_date = Some(s.first_date.map_or(d, |l| l.min(d)));
            s.last_date = Some(s.last_date.map_or(d, |l| l.max(d)));
        }
        if let Some(p) = f.written_within {
            // (One that joined though its titles disagree narrows it to its own.)
            s.written_within = Some(match s.written_within {
                Some(w) => w.meet(&p).unwrap_or(p),
                None => p,
            });
        }
        s.written_after = s.written_after.max(f.written_after);
        self.story_of.push(story);
        let open = !self.stories[story].closed;
        if open && !indexed {
            self.shingle_index.insert(idx as u32, &f.shingles);
        }
        // One that joined a closed story is in the index, but not live.
        let retire = !open && indexed && self.shingle_index.retire(f.shingles.len());
        self.doc_shingles.push(f.shingles);
        if retire {
            self.rebuild_shingle_index();
        }
    }

    /// The documents of its story that `doc` copies besides its original.
    pub fn also_copies(&self, doc: usize) -> &[usize] {
        self.also_copies.get(&doc).map_or(&[], Vec::as_slice)
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
    fn a_person_is_an_actor_by_name_not_by_country() {
        let a = analyzed(
            "a",
            "2024-05-01",
            "Rosa Lindqvist, a Swedish actor, will play the lead in the new series.",
        );
        let actors = features(&a).actors;
        assert!(actors.contains("Rosa Lindqvist"), "{actors:?}");
        assert!(!actors.contains("SWE"), "{actors:?}");
    }

    #[test]
    fn people_and_unknown_names_of_several_words_tell_events_apart() {
        let a = analyzed(
            "a",
            "2024-05-01",
            "Pirates seized the Sirius Star off Kenya, and Mark Vinar said the crew was safe.",
        );
        // ("the Sirius Star" is a body the knowledge base lacks, no person.)
        assert!(a
            .layers
            .mentions
            .iter()
            .any(|m| { m.span.text(&a.body) == "Sirius Star" && m.entity.is_none() }));
        let people = features(&a).people;
        assert!(people.contains("Sirius Star"), "{people:?}");
        assert!(people.contains("Mark Vinar"), "{people:?}");
        assert!(!people.contains("Kenya"), "{people:?}");
        // A product recurs across the stories of its kind: no person's name.
        let a = analyzed(
            "b",
            "2024-05-02",
            "Microsoft patched a hole in Internet Explorer that Lena Okafor had found.",
        );
        let people = features(&a).people;
        assert!(people.contains("Lena Okafor"), "{people:?}");
        assert!(!people.contains("Internet Explorer"), "{people:?}");
    }

    #[test]
    fn an_undated_report_loses_a_join_to_a_story_of_another_term_than_its_titles() {
        // Written in our own words: a rule change, then a story of the rule
        // dated inside the change's titles' term or after it.
        let change = "Interior Secretary Dirk Kempthorne changed the endangered species rule \
            so that agencies no longer consult wildlife scientists, weeks before \
            President-elect Barack Obama takes office. Wildlife groups said they would sue \
            over the endangered species rule.";
        let story_text = "President Barack Obama's team said it would look again at the \
            endangered species rule, so that agencies consult wildlife scientists. Wildlife \
            groups welcomed a review of the endangered species rule.";
        let f = features(&analyzed("u", "", change));
        let period = f.written_within.expect("titles place the change");
        assert_eq!(period.to, Some(jiff::civil::date(2009, 1, 27)));
        let joins = |story_date: &str| {
            let mut c = Clusterer::new();
            // A bar the two clear by less than the titles' cost (their
            // similarity is .31 here), so that the titles decide.
            c.join_threshold = 0.25;
            let story = c
                .add(features(&analyzed("s", story_date, story_text)))
                .story;
            c.add(f.clone()).story == story
        };
        let inside = joins("2008-12-20");
        let outside = joins("2009-03-03");
        assert!(inside && !outside, "inside {inside}, outside {outside}");
    }

    #[test]
    fn a_live_clusterer_forgets_closed_stories_and_a_batch_one_keeps_them() {
        let text = "Floods in Porto Alegre forced thousands from their homes, officials said.";
        let later = "Chile's central bank cut its main interest rate by half a point on Thursday.";
        let run = |keep_closed: bool| {
            let mut c = Clusterer::new();
            c.keep_closed = keep_closed;
            let a = c.add(features(&analyzed("a", "2024-05-01", text))).story;
            // Two months on: the flood story closes.
            c.add(features(&analyzed("b", "2024-07-01", later)));
            let undated = c.add(features(&analyzed("u", "", text)));
            (a, undated, c.doc_shingles[0].is_empty())
        };
        let (a, undated, forgotten) = run(true);
        assert_eq!(undated.story, a);
        assert!(!forgotten);
        let (a, undated, forgotten) = run(false);
        assert_ne!(undated.story, a);
        assert!(forgotten);
    }

    #[test]
    fn a_page_of_nothing_but_the_footer_is_no_original() {
        let footer =
            "Subscribe to read more. Filed by the night desk of the Example Daily News Service.";
        let reports = [
            "Floods in Porto Alegre forced thousands from their homes on Thursday, officials said. The Guaiba river rose to its highest level on record overnight and cut the main roads out of the city.",
            "Chile's central bank cut its main interest rate by half a point on Thursday, to 6 percent. The bank said inflation had slowed faster than it expected in the first quarter.",
            "A magnitude 5.8 earthquake shook the Indonesian island of Sulawesi early on Thursday, damaging a mosque and two schools. No deaths were reported, the disaster agency said.",
        ];
        let mut c = Clusterer::new();
        // A stub whose only text is the footer, then the site's articles.
        c.add(features(&analyzed("s", "2024-05-02", footer)));
        for (i, report) in reports.iter().enumerate() {
            let text = format!("{report} {footer}");
            let got = c.add(features(&analyzed(&format!("r{i}"), "2024-05-02", &text)));
            assert_eq!(got.copy_of, None, "report {i}");
        }
    }

    #[test]
    fn two_fights_of_one_champion_stay_apart_and_a_retelling_joins() {
        // Undated, as scraped pages often are: only the words can tell.
        let fight = "The champion Marek Dusza knocked out the challenger Leon Farrow in the seventh round in Hamburg to keep his heavyweight titles. The referee stopped it after Farrow went down twice. Dusza said that Farrow had hit harder than anyone he had met, and that a rematch with Farrow was not ruled out. A crowd of twelve thousand watched as Dusza won his nineteenth title fight.";
        let retold = "In Hamburg the heavyweight champion Marek Dusza needed seven rounds to stop Leon Farrow, who was floored twice before the referee waved it off. Dusza praised Farrow afterwards and left the door open to a second fight with Farrow. It was the nineteenth title defence for Dusza.";
        let other = "The champion Marek Dusza knocked out the challenger Tomas Keller in the sixth round in Hamburg to keep his heavyweight titles. The referee stopped it after Keller went down twice. Dusza said that Keller had hit harder than he expected, and that he wanted to face Keller again one day. A crowd of eleven thousand watched as Dusza won his twenty-fourth title fight.";
        let mut c = Clusterer::new();
        let first = c.add(features(&analyzed("a", "", fight))).story;
        assert_eq!(c.add(features(&analyzed("b", "", retold))).story, first);
        assert_ne!(c.add(features(&analyzed("c", "", other))).story, first);
    }

    #[test]
    fn two_arrests_of_two_people_stay_apart_and_a_retelling_joins() {
        // The second report names the first arrest too, so no name of either
        // is foreign to the other: only who each leads with holding tells.
        let first = "Security forces in Tabriz arrested the journalist Parisa Sohrabi at her home on Tuesday, her lawyer said. Sohrabi, who writes on labour rights for the daily Shargh, was taken to a detention centre run by the intelligence ministry. Her lawyer said Sohrabi had not been told of any charge. Press freedom groups called for her release and said the arrest of Sohrabi was part of a wider crackdown on reporters in the province.";
        let second = "Security forces in Tabriz arrested the journalist Nasrin Karimi at her home on Saturday, her lawyer said. Karimi, who writes on labour rights for the daily Shargh, was taken to a detention centre run by the intelligence ministry. Her lawyer said Karimi had not been told of any charge. Press freedom groups called for her release. Karimi is the second Shargh reporter held in the province this week, after Parisa Sohrabi was arrested on Tuesday.";
        let retold = "Nasrin Karimi, a reporter for the daily Shargh, was detained by security forces in Tabriz on Saturday, according to her lawyer. Karimi was held at her home and taken to an intelligence ministry detention centre, the lawyer said, adding that Karimi had not been informed of any charge. Press freedom groups demanded that Karimi be released.";
        let mut c = Clusterer::new();
        let sohrabi = c.add(features(&analyzed("a", "2024-03-05", first))).story;
        let karimi = c.add(features(&analyzed("b", "2024-03-09", second))).story;
        assert_ne!(karimi, sohrabi);
        let f = features(&analyzed("c", "2024-03-09", retold));
        assert_eq!(f.held, ["karimi"]);
        assert_eq!(c.add(f).story, karimi);
    }

    #[test]
    fn an_arrest_dated_a_month_back_is_not_what_a_report_leads_with() {
        let text = "Chargers lineman Jamal Williams is the latest player in trouble. Fellow Charger Vincent Jackson was arrested last month for drunken driving. Williams was arrested on Sunday.";
        assert!(features(&analyzed("a", "2009-02-03", text)).held.is_empty());
    }

    #[test]
    fn a_trial_two_years_after_the_killing_joins_its_story() {
        let mut c = Clusterer::new();
        let killing = "A man stabbed a shopkeeper to death in Mombasa's old town on Sunday. Police arrested Hassan Juma Mwinyi, a neighbour, hours later, and said Hassan Juma Mwinyi had argued with the shopkeeper over rent.";
        let a = c.add(features(&analyzed("a", "2022-01-10", killing))).story;
        let verdict = "A court in Mombasa convicted Hassan Juma Mwinyi of murdering a shopkeeper in the old town in January 2022, after a trial that heard from eleven witnesses.";
        assert_eq!(
            c.add(features(&analyzed("v", "2023-09-20", verdict))).story,
            a
        );
    }

    #[test]
    fn a_short_wire_inside_a_longer_report_is_its_copy() {
        let wire = "Russian missiles struck the Ukrainian capital Kyiv early on Thursday, killing nine people in a residential district and wounding at least twenty others, the city's mayor said, in the deadliest attack on the capital this year.";
        let long = format!("{wire} Air raid sirens sounded across Ukraine for three hours. Rescue workers searched the rubble of an apartment block through the morning, and the mayor declared a day of mourning. Ukraine's air force said it had shot down most of the missiles and drones launched overnight, but several got through the defences around the capital.");
        let mut c = Clusterer::new();
        let first = c.add(features(&analyzed("w", "2024-05-02", wire)));
        let got = c.add(features(&analyzed("l", "2024-05-02", &long)));
        assert_eq!(got.copy_of, Some(0));
        assert_eq!(got.story, first.story);
    }

    #[test]
    fn a_follow_up_reopens_its_story_for_the_reports_after_it() {
        let mut c = Clusterer::new();
        let shooting = "A gunman shot dead two workers at a bottling plant in Kisumu. Police arrested Samuel Otieno Wekesa, a former employee, at his home in Kisumu.";
        let a = c
            .add(features(&analyzed("a", "2024-02-05", shooting)))
            .story;
        c.add(features(&analyzed(
            "x",
            "2024-05-01",
            "Chile's central bank cut its main interest rate by half a point on Thursday.",
        )));
        assert!(c.stories[a].closed);
        let verdict = "A court in Kisumu convicted Samuel Otieno Wekesa of murdering two workers at a bottling plant in February; he will be sentenced next month.";
        assert_eq!(
            c.add(features(&analyzed("v", "2024-09-16", verdict))).story,
            a
        );
        assert!(!c.stories[a].closed);
        // A report of the verdict that names no one joins it as any report would.
        let unnamed = "A court in Kisumu on Monday convicted the former employee of murdering two workers at a bottling plant in February, and will sentence him next month.";
        assert_eq!(
            c.add(features(&analyzed("w", "2024-09-17", unnamed))).story,
            a
        );
    }

    #[test]
    fn the_latest_year_named_looks_back_only() {
        assert_eq!(
            latest_year("He joined in 1997, left in 2005 and died on Friday."),
            Some(2005)
        );
        // Looked ahead to, or not a year: "through 2017", "1,972 votes", "$2008".
        assert_eq!(
            latest_year("Signed in 2008 through 2017, with 1,972 votes and $2030 in fees."),
            Some(2008)
        );
        assert_eq!(latest_year("due to be released in June 2010"), None);
    }

    #[test]
    fn an_undated_report_naming_a_later_year_is_not_an_older_story() {
        let dated =
            "Fred Larue, a Watergate figure who delivered hush money, died on Tuesday at 75.";
        let undated = "Mark Felt, the Watergate source revealed in 2005 as Deep Throat, died \
                       on Thursday at 95, his family said, three years after the 2005 revelation.";
        let mut c = Clusterer::new();
        c.join_threshold = 0.0;
        let first = c.add(features(&analyzed("a", "2004-07-27", dated))).story;
        // Written in 2004 or later by its years: it may join.
        let same_year =
            "Watergate figure Fred Larue died on Tuesday, his family said in 2003 notes.";
        assert_eq!(c.add(features(&analyzed("b", "", same_year))).story, first);
        // Naming 2006 (its latest year, less one of slack: 2005 or later): it may not.
        let later = undated.replace(
            "three years after the 2005 revelation",
            "in a 2006 interview",
        );
        assert_ne!(c.add(features(&analyzed("u", "", &later))).story, first);
    }

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
