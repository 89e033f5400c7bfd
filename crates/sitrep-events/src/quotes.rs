//! Quotes and their source chains.
//!
//! - **Direct** quotes are text between quotation marks (straight or curly;
//!   an unbalanced mark closes at the end of its paragraph), four words or
//!   more, so that scare quotes ("preemptive") are not quotes. The speaker is
//!   found around a reporting cue before, after or inside the quote, or
//!   carried over from the last quote or report before it in the paragraph
//!   (or in the paragraph before, for a quote that opens its own).
//! - **Indirect** quotes hang on a reporting cue from `data/lexicon/cues.tsv`
//!   used as a verb ("said", "warned", "urging") or "according to X", or on a
//!   possessed noun of stance followed by "that" ("Iran's position that"). A
//!   document that finds (`finding-nouns.txt`) speaks as a person does ("a
//!   new poll shows"), and a phrase opening a sentence with "In" and naming
//!   one reports the clause after it ("In a CNN poll, 50 percent ...").
//! - **Chains**: "X told IRNA" links X to IRNA for the whole article;
//!   "according to Tasnim, X stated" puts Tasnim on the quotes of that
//!   sentence; a quote inside another quote's content carries the outer
//!   speaker and chain after its own.

use crate::doc::Doc;
use sitrep_core::data::{tsv_rows, word_set};
use sitrep_core::{Entity, EntityKind, MentionType, Quote, QuoteKind, Span};
use std::collections::HashMap;
use std::sync::LazyLock;

const CUES_TSV: &str = include_str!("../../../data/lexicon/cues.tsv");

/// A reporting cue: its stance; whether, with no clause after it, the
/// noun phrase it takes is the content ("criticized the plan", "endorsed
/// Cruz"; `np` in the third column of `cues.tsv`); and whether the lemma is
/// also a common noun (`noun` in the fourth), whose -s form needs a subject
/// to be a verb.
#[derive(Clone, Copy)]
struct Cue {
    stance: &'static str,
    np: bool,
    /// Reports only what it is about ("spoke about the economy", "talked
    /// of peace") or a clause after "that"; "spoke to reporters" has no content.
    topic_only: bool,
    noun: bool,
    /// The common noun names a thing, not an utterance (`thing` in the
    /// fourth column): after a determiner "that" opens a relative clause
    /// ("the state that she won", "the emails that he deleted"), not a report.
    thing: bool,
    /// A person's words only: with a state, a group or a force as its
    /// subject the verb is an act ("Russia attacked Kyiv", "Houthi rebels
    /// attacked a ship"; "Trump attacked Clinton" is a report).
    persons_only: bool,
}

static CUES: LazyLock<HashMap<&'static str, Cue>> = LazyLock::new(|| {
    tsv_rows(CUES_TSV, 4)
        .map(|r| {
            let cue = Cue {
                stance: r[1],
                np: r[2] == "np",
                topic_only: r[2] == "about",
                noun: matches!(r[3], "noun" | "thing"),
                thing: r[3] == "thing",
                persons_only: r.get(4) == Some(&"person"),
            };
            (r[0], cue)
        })
        .collect()
});

/// Whether one of token `i`'s lemmas is a cue of which `which` holds.
fn cue_is(doc: &Doc, i: usize, which: impl Fn(&Cue) -> bool) -> bool {
    doc.toks[i]
        .lemmas
        .iter()
        .any(|l| CUES.get(l.as_str()).is_some_and(&which))
}

/// Prepositions after a cue that introduce what it is about.
const CUE_PREPOSITIONS: [&str; 7] = ["about", "of", "for", "on", "against", "over", "with"];

/// Articles and possessives: what opens a noun phrase that can be a
/// speaker no list knows ("The veteran envoy", "..., the report said").
const DETERMINERS: [&str; 8] = ["the", "a", "an", "his", "her", "their", "its", "our"];

/// Words after which an -s form is a plural noun, not a verb.
const NOUN_OPENERS: [&str; 24] = [
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those", "this",
    "some", "many", "several", "such", "no", "any", "'s", "’s", "other", "recent", "new",
];

/// Words that end a noun phrase taken as content: what follows them adds to
/// the sentence, not to the object ("rejected the label, noting that ...",
/// "dismissed the report, which ...", "praised Kenya because ..."). A
/// relative clause with no comma before it is the object's own ("mentioned
/// the man who was likely to beat him").
const NP_ENDS: [&str; 17] = [
    ",", ";", ":", "—", "–", "(", "when", "while", "because", "after", "before", "since",
    "although", "though", "despite", "during", "until",
];

/// How a speaker stands to what the quote says; events inside inherit it.
pub fn stance_of(doc: &Doc, cue: Option<Span>) -> &'static str {
    let Some(cue) = cue else { return "say" };
    let tok = doc.toks.partition_point(|t| t.span.start < cue.start);
    doc.toks
        .get(tok)
        .and_then(|t| t.lemmas.iter().find_map(|l| CUES.get(l.as_str())))
        .map(|c| c.stance)
        .unwrap_or("say")
}

/// A cue's form and the word after it that make no report
/// (`data/lexicon/not-cue-phrases.txt`): "compared with", "known as".
static NOT_CUE_PHRASES: LazyLock<std::collections::HashSet<(&'static str, &'static str)>> =
    LazyLock::new(|| {
        sitrep_core::data::word_pairs(include_str!("../../../data/lexicon/not-cue-phrases.txt"))
    });

/// The stance of token `i` if it is a reporting cue used as a verb.
fn verb_cue(doc: &Doc, i: usize) -> Option<&'static str> {
    // Callers look one past a comma or a name, which may be the text's end.
    let t = doc.toks.get(i)?;
    if doc.mention_at(i).is_some() {
        return None;
    }
    let cue = *t.lemmas.iter().find_map(|l| CUES.get(l.as_str()))?;
    let prev = if i > 0 { doc.lower(i - 1) } else { "" };
    // (A line may name the lemma: "appear on" holds for "appeared on".)
    let next = doc.lower(i + 1);
    if t.lemmas
        .iter()
        .any(|l| NOT_CUE_PHRASES.contains(&(l.as_str(), next)))
        || NOT_CUE_PHRASES.contains(&(t.lower.as_str(), next))
        || NOT_CUE_PHRASES.contains(&(prev, t.lower.as_str()))
    {
        return None;
    }
    let stance = cue.stance;
    if stance == "noun" {
        return None;
    }
    // "in a statement posted on Telegram", "a written statement": a
    // participle describing what a report was made in is no report of its
    // own. (Only a medium inside an "in" or "on" phrase: in "the statement
    // talked about" the statement reports.)
    let describes_a_medium = i > 1
        && MEDIUM_NOUNS.contains(doc.lower(i - 1))
        && !doc.toks[i - 1].capitalized
        && (i.saturating_sub(4)..i - 1).any(|k| matches!(doc.lower(k), "in" | "on"))
        && t.lower.ends_with("ed")
        && crate::doc::PREPOSITIONS.contains(&doc.lower(i + 1))
        && doc.lower(i + 1) != "to"
        || i > 0
            && matches!(doc.lower(i - 1), "a" | "an")
            && t.lemmas.first().is_some_and(|l| *l != t.lower)
            && !t.lower.ends_with("ing")
            && MEDIUM_NOUNS.contains(doc.lower(i + 1))
            && doc.toks.get(i + 1).is_some_and(|n| !n.capitalized);
    if describes_a_medium || writes_a_work(doc, i) {
        return None;
    }
    let inflected = t.lemmas.first().is_some_and(|l| *l != t.lower)
        || t.lower.ends_with("ed")
        || t.lower.ends_with("ing");
    let then_that = doc.lower(i + 1) == "that";
    // "has not been charged", "was told": a passive is not a speech act
    // ("is expected to" is: the expectation is someone's).
    // The auxiliary must be this verb's: "the levy was unfair and warned"
    // is active.
    let passive = (i.saturating_sub(3)..i).any(|k| {
        matches!(
            doc.lower(k),
            "been" | "be" | "being" | "was" | "were" | "is" | "are"
        ) && (k + 1..i).all(|j| !matches!(doc.lower(j), "and" | "," | "but" | "or"))
    }) && t.lower.ends_with("ed")
        && !t.is("expect");
    // "Democrats say", "they think", "polls show": a bare present form after
    // its subject; never an infinitive ("to say").
    let plural_noun = i > 0
        && prev.ends_with('s')
        && !prev.ends_with("ss")
        && doc.toks[i - 1].kind == sitrep_nlp::tokens::TokenKind::Word;
    let after_subject = i > 0
        && prev != "to"
        && (doc.mention_at(i - 1).is_some()
            || matches!(prev, "they" | "we" | "i" | "you")
            || plural_noun);
    // "the source said", "stated,", "says the US": a verb form. A bare lemma
    // only after its subject or before "that".
    // An -s form after a determiner, a possessive or a preposition is a
    // plural noun: "the attacks on", "his remarks", "in comments to".
    let s_form = t.lower.ends_with('s')
        && !t.lower.ends_with("ss")
        && t.lemmas.iter().any(|l| *l != t.lower);
    let noun_context =
        i > 0 && (NOUN_OPENERS.contains(&prev) || crate::doc::PREPOSITIONS.contains(&prev));
    // "a group called Black Votes Matter", "another called i360": a
    // participle naming what an indefinite article opened, when a name
    // follows ("a spokesman called the plan a trap" still reports).
    let before = i.saturating_sub(4)..i;
    let name_follows = |k: usize| {
        doc.toks
            .get(k)
            .is_some_and(|t| t.capitalized || is_open_mark(t.lower.chars().next().unwrap_or(' ')))
    };
    let naming = matches!(t.lower.as_str(), "called" | "named" | "dubbed")
        && before
            .clone()
            .any(|k| matches!(doc.lower(k), "a" | "an" | "another"))
        && before
            .clone()
            .all(|k| doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word)
        && (name_follows(i + 1) || doc.lower(i + 1) == "the" && name_follows(i + 2));
    if naming {
        return None;
    }
    // The word is the cue's lemma itself: "state", "plan", not "stated".
    let bare = CUES.contains_key(t.lower.as_str());
    // "in pledged delegates", "the expected result": an -ed form after a
    // determiner or a preposition is an adjective; but "their alleged role"
    // stays an allegation, whoever made it.
    // So is one after a determiner and words of degree or order: "the hotly
    // contested race", "the party's last contested primary".
    let adjective = t.lower.ends_with("ed") && prev != "to" && stance != "allege";
    let opener_before_degree = (i.saturating_sub(3)..i)
        .rev()
        .find(|&k| !is_degree_word(doc.lower(k)))
        .filter(|&k| k + 1 < i)
        .is_some_and(|k| NOUN_OPENERS.contains(&doc.lower(k)));
    // "the reporting requirements", "a painting of": a gerund after an
    // article is a noun. After a possessive it keeps its subject ("her
    // slamming his remarks", "Bush's calling him a jerk"), after a
    // preposition its verb ("by saying").
    let gerund = t.lower.ends_with("ing") && matches!(prev, "the" | "a" | "an");
    let verb_form = if (s_form || bare && prev != "to" || adjective) && noun_context
        || adjective && opener_before_degree
        || gerund
    {
        then_that && !cue.thing
    } else if bare
        && cue.noun
        && i > 0
        && doc.mention_at(i - 1).is_some()
        && doc.toks[i - 1].capitalized
        && !prev.ends_with('s')
        && prev != "i"
    {
        // "Minnesota state delegate": a singular name takes "states", so a
        // bare form after it is a noun; "Democrats claim" is a verb.
        then_that
    } else if s_form && cue.noun {
        // "percentage points", "primary contests", "the Friday attacks on":
        // the -s form of a word that is also a noun is a verb only after a
        // subject that can speak, and never before a preposition.
        then_that
            || (speaking_subject_before(doc, i) && !NOUN_FOLLOWERS.contains(&doc.lower(i + 1)))
    } else {
        inflected
            || then_that
            || after_subject
            || t.lower.ends_with('s') && t.lemmas.len() > 1
            // "experts like Bauman say", "one in five say": a bare verb
            // after any subject; but an infinitive, a modal or a negation
            // is no report ("to say", "will announce", "does not want").
            || bare && !cue.noun && !NOT_YET_SAID.contains(&prev)
    };
    (verb_form && !passive).then_some(stance)
}

/// Words of degree or order that stand between a determiner and an
/// adjective: "hotly", "most", "last".
fn is_degree_word(word: &str) -> bool {
    word.len() > 3 && word.ends_with("ly")
        || matches!(
            word,
            "most" | "more" | "less" | "least" | "last" | "first" | "only" | "much"
        )
}

/// Words before a bare verb that make it no report of what was said.
const NOT_YET_SAID: [&str; 16] = [
    "to", "will", "would", "could", "should", "may", "might", "must", "can", "cannot", "not",
    "n't", "did", "do", "does", "never",
];

/// Words that follow a plural noun, not a verb: "attacks on", "points behind".
const NOUN_FOLLOWERS: [&str; 20] = [
    "on", "in", "of", "by", "from", "at", "behind", "ahead", "over", "during", "after", "against",
    "among", "between", "across", "since", ",", ".", ";", ")",
];

/// Nouns of documents and counts that report what they find
/// (`finding-nouns.txt`: "a new poll shows").
static FINDING_NOUNS: LazyLock<std::collections::HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/finding-nouns.txt")));

/// Whether a subject that can speak ends just before token `i`: a pronoun,
/// an actor that is not a mere modifier ("Democratic contests"), or a
/// document that finds ("the poll shows"), over one word of [`BEFORE_CUE`]
/// or "often" ("he also points").
fn speaking_subject_before(doc: &Doc, i: usize) -> bool {
    let mut k = i;
    if k > 1 && (BEFORE_CUE.contains(&doc.lower(k - 1)) || doc.lower(k - 1) == "often") {
        k -= 1;
    }
    k > 0
        && (matches!(doc.lower(k - 1), "he" | "she" | "it" | "who")
            || FINDING_NOUNS.contains(doc.lower(k - 1))
            || doc
                .mention_at(k - 1)
                .is_some_and(|m| !doc.mention(m).modifier))
}

/// The content of a postposed attribution ("..., the source said"): from the
/// sentence start to just before the last comma ahead of token `at`.
fn content_before(doc: &Doc, start: usize, at: usize) -> (usize, usize) {
    let stop = (start..at)
        .rev()
        .find(|&k| doc.lower(k) == ",")
        .unwrap_or(at);
    (start, stop.saturating_sub(1))
}

/// An actor mention starting within `window` tokens after `i`.
fn mention_after(doc: &Doc, i: usize, window: usize, end: usize) -> Option<usize> {
    (i + 1..=(i + window).min(end.saturating_sub(1))).find_map(|k| {
        doc.mention_at(k)
            .filter(|&m| doc.mention_first_token(m) == k)
    })
}

fn is_open_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '«')
}

/// Quoted stretches: (span with marks, content span) per quote.
fn quoted_spans(doc: &Doc) -> Vec<(Span, Span)> {
    let body = doc.body;
    let paragraphs = if doc.article.layers.paragraphs.is_empty() {
        vec![Span::new(0, body.len())]
    } else {
        doc.article.layers.paragraphs.clone()
    };
    let mut out = Vec::new();
    for p in paragraphs {
        let text = &body[p.start..p.end];
        // (mark start, mark length) of the open quote.
        let mut open: Option<(usize, usize)> = None;
        let mut chars = text.char_indices().peekable();
        while let Some((off, c)) = chars.next() {
            let at = p.start + off;
            let next = chars.peek().map(|&(_, n)| n);
            // `` and '' are the quotation marks of older newswire text.
            let double = (c == '`' || c == '\'') && next == Some(c);
            let before = text[..off].chars().next_back();
            let opens_here = before.is_none_or(|b| b.is_whitespace() || "([{—–-".contains(b));
            let mark_len = if double { 2 } else { c.len_utf8() };
            match open {
                None if is_open_mark(c) || double && opens_here => {
                    open = Some((at, mark_len));
                }
                Some((o, len)) if matches!(c, '"' | '”' | '»') || double && c == '\'' => {
                    out.push((Span::new(o, at + mark_len), Span::new(o + len, at)));
                    open = None;
                }
                Some(_) if c == '“' => open = Some((at, mark_len)),
                _ => {}
            }
            if double {
                chars.next();
            }
        }
        if let Some((o, len)) = open {
            // An unbalanced mark: the quote runs to the end of its paragraph.
            out.push((Span::new(o, p.end), Span::new(o + len, p.end)));
        }
    }
    out.retain(|(_, content)| !body[content.start..content.end].trim().is_empty());
    out
}

/// Words that, right after "that", make it a pronoun, the subject of the
/// report, not the word that opens it: "said that's what he expected",
/// "said that is a distortion".
const PRONOUN_THAT_BEFORE: [&str; 13] = [
    "'s", "’s", "is", "was", "would", "will", "has", "had", "could", "can", "should", "may",
    "might",
];

/// Words that open, after a comma, a contrast, an earlier event or a
/// description the writer adds to a report ("say he is decisive, after half
/// said so in May", "announced it would cut 30,000 jobs, a mass layoff
/// rivaling ...", "..., meaning she will not campaign"). (On PolNeAR train
/// "after" gained a match, "a" and "an" 14 at IoU .8, "meaning" one; "as",
/// "before" and "when" lost three.)
const WRITER_ADDITION_OPENERS: [&str; 8] = [
    "while", "whereas", "although", "but", "after", "a", "an", "meaning",
];

/// Clause openers after which a reporting verb's content ends with the clause.
const SUBORDINATE_CUE_OPENERS: [&str; 5] = ["while", "although", "though", "whereas", "as"];

/// Who a quote is attributed to: a resolved mention, or the words standing
/// before the cue when the actor layer has nothing there.
#[derive(Clone)]
struct SpeakerRef {
    entity: Option<Entity>,
    first: usize,
    last: usize,
}

impl SpeakerRef {
    /// An actor mention; one nothing resolved speaks by its name, a person
    /// or a body as its type says ("according to Politico").
    fn mention(doc: &Doc, m: usize) -> Self {
        let mention = doc.mention(m);
        let entity = mention.entity.clone().or_else(|| {
            let kind = match mention.mention_type {
                MentionType::PER => EntityKind::Person,
                MentionType::ORG => EntityKind::Group,
                _ => return None,
            };
            Some(Entity::named(mention.span.text(&doc.article.body), kind))
        });
        SpeakerRef {
            entity,
            first: doc.mention_first_token(m),
            last: doc.mention_last_token(m),
        }
    }

    /// "Sanders, who said he would debate": the speaker is expressed here by
    /// the relative pronoun, which stands for the name before its comma; the
    /// span is the pronoun's, as a pronoun speaker's is, and the entity the
    /// name's.
    fn relative(doc: &Doc, cue: usize) -> Option<Self> {
        // "who said", "who also said", "who has said"
        let w = (cue.saturating_sub(3)..cue)
            .rev()
            .find(|&k| matches!(doc.lower(k), "who" | "which"))?;
        if w < 1 || (w + 1..cue).any(|k| doc.mention_at(k).is_some()) {
            return None;
        }
        let mut entity = if w >= 2 && doc.lower(w - 1) == "," {
            let m = doc.mention_at(w - 2)?;
            doc.mention(m).entity.clone()?
        } else {
            // "an architect who said", "Republicans who say": a relative
            // with no comma speaks for the noun right before it, and no name
            // further back in the sentence does.
            let noun = w - 1;
            match doc.mention_at(noun) {
                Some(m) => doc.mention(m).entity.clone()?,
                None if is_antecedent_noun(doc, noun) => described_by(doc, noun)
                    .unwrap_or_else(|| Entity::named(doc.text(noun, noun), EntityKind::Generic)),
                None => return None,
            }
        };
        entity.text = doc.text(w, w).to_string();
        Some(SpeakerRef {
            entity: Some(entity),
            first: w,
            last: w,
        })
    }

    /// A speaker named only by its words ("the campaign"): a generic entity.
    fn words(doc: &Doc, first: usize, last: usize) -> Self {
        let entity = Entity::named(doc.text(first, last), EntityKind::Generic);
        SpeakerRef {
            entity: Some(entity),
            first,
            last,
        }
    }
}

/// Whether the word at `k`, right before a relative pronoun, can be the noun
/// the pronoun stands for: a lower-case word that is not a function word nor
/// a verb of knowing or asking ("asked who said", "is who said").
fn is_antecedent_noun(doc: &Doc, k: usize) -> bool {
    let t = &doc.toks[k];
    t.kind == sitrep_nlp::tokens::TokenKind::Word
        && !NP_STOP.contains(&t.lower.as_str())
        && !NOT_ANTECEDENTS.contains(&t.lower.as_str())
        && !t.lower.ends_with("ed")
        && !t.lower.ends_with("ing")
}

/// "Donald Trump, a birther who pledged": the actor an apposition ending in
/// the noun at `noun` describes, the mention just before its comma.
fn described_by(doc: &Doc, noun: usize) -> Option<Entity> {
    let det = (noun.saturating_sub(4)..noun)
        .rev()
        .find(|&k| matches!(doc.lower(k), "a" | "an" | "the"))?;
    if det < 2 || doc.lower(det - 1) != "," {
        return None;
    }
    let m = doc.mention_at(det - 2)?;
    doc.mention(m).entity.clone()
}

/// Words before "who" or "which" that it does not stand for.
const NOT_ANTECEDENTS: [&str; 24] = [
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "know",
    "knows",
    "ask",
    "asks",
    "wonder",
    "see",
    "about",
    "over",
    "matter",
    "decide",
    "decides",
    "choose",
    "say",
    "says",
    "tell",
    "tells",
    "regardless",
    "into",
];

/// Words that end a speaker's noun phrase when walking away from the cue.
const NP_STOP: [&str; 23] = [
    "and", "or", "but", "that", "which", "who", "to", "in", "on", "at", "for", "with", "from",
    "of", "by", "as", "if", "when", "while", "because", "than", "so", "where",
];
/// Auxiliaries and adverbs between a speaker and the cue ("has also said").
const BEFORE_CUE: [&str; 29] = [
    "not",
    "n't",
    "has",
    "have",
    "had",
    "also",
    "later",
    "then",
    "previously",
    "recently",
    "once",
    "again",
    "will",
    "would",
    "did",
    "does",
    "just",
    "even",
    "still",
    "now",
    "already",
    "never",
    "should",
    "could",
    "might",
    "must",
    "may",
    "can",
    "yet",
];
/// A time between a speaker and the cue ("the board on Monday rejected"),
/// with the word that may open it: a weekday or one of these.
const TIME_BEFORE_CUE: [&str; 7] = [
    "today",
    "yesterday",
    "tonight",
    "week",
    "month",
    "year",
    "night",
];

fn time_before_cue(word: &str) -> bool {
    TIME_BEFORE_CUE.contains(&word) || sitrep_core::calendar::is_weekday(word)
}

/// The token after a time adjunct that opens at `k` and a clause follows
/// ("on Wednesday", "Monday", "yesterday", "on Jan. 5"), or `k` itself.
fn after_a_time_adjunct(doc: &Doc, k: usize, end: usize) -> usize {
    let mut j = k;
    if matches!(doc.lower(j), "on" | "last" | "this" | "late" | "earlier") {
        j += 1;
    }
    if time_before_cue(doc.lower(j)) {
        j += 1;
    } else if sitrep_core::calendar::month_number(doc.lower(j)).is_some() {
        // ("on Jan. 5": a month and its day.)
        j += 1;
        if doc.lower(j) == "." {
            j += 1;
        }
        let day = doc.lower(j);
        if day.is_empty() || !day.bytes().all(|b| b.is_ascii_digit()) {
            return k;
        }
        j += 1;
    } else {
        return k;
    }
    // A clause must follow; or the infinitive of what was vowed ("vowed on
    // Tuesday to retaliate").
    let clause = opens_a_clause(doc, j) || matches!(doc.lower(j), "that" | "," | "to");
    if j < end && clause {
        j
    } else {
        k
    }
}

/// Whether a clause opens at token `j`: a subject pronoun, "the", "a",
/// "an", "there" or a name.
fn opens_a_clause(doc: &Doc, j: usize) -> bool {
    let next = doc.lower(j);
    SUBJECT_PRONOUNS.contains(&next)
        || matches!(next, "the" | "a" | "an" | "there")
        || doc.mention_at(j).is_some()
}

/// Things a writer makes (`written-works.txt`).
static WRITTEN_WORKS: LazyLock<std::collections::HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/written-works.txt")));

/// "wrote a children's book", "wrote the letter on Feb. 2": a form of
/// "write" whose object, opened by a determiner or a possessive within
/// three words, is a written work names what was made, not what was said.
fn writes_a_work(doc: &Doc, i: usize) -> bool {
    let opens = |k: usize| NOUN_OPENERS.contains(&doc.lower(k));
    doc.toks[i].is("write")
        && opens(i + 1)
        && (i + 2..(i + 5).min(doc.toks.len()))
            .take_while(|&k| doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word || opens(k))
            .any(|k| WRITTEN_WORKS.contains(doc.lower(k)))
}

/// What a report is made in or on (`medium-nouns.txt`).
static MEDIUM_NOUNS: LazyLock<std::collections::HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/medium-nouns.txt")));

/// The token after the adjuncts that say where a report was made, opening at
/// `k` with a clause after them ("in a statement", "on Telegram", "in a
/// televised speech on Tuesday": "said in a statement it had fired"), or `k`
/// itself.
fn after_a_medium_adjunct(doc: &Doc, k: usize, end: usize) -> usize {
    let mut j = k;
    while matches!(doc.lower(j), "in" | "on" | "via") {
        let Some(noun) = (j + 1..(j + 6).min(end)).find(|&m| MEDIUM_NOUNS.contains(doc.lower(m)))
        else {
            break;
        };
        // (A noun phrase: the medium itself, or one a determiner opens, not
        // "called on police to release".)
        let opens_np = noun == j + 1
            || matches!(
                doc.lower(j + 1),
                "a" | "an" | "the" | "his" | "her" | "its" | "their" | "state" | "social"
            );
        if !opens_np
            || (j + 1..noun).any(|m| {
                doc.toks[m].kind != sitrep_nlp::tokens::TokenKind::Word || doc.lower(m) == "to"
            })
        {
            break;
        }
        j = after_a_time_adjunct(doc, noun + 1, end);
    }
    let clause =
        opens_a_clause(doc, j) || matches!(doc.lower(j), "its" | "his" | "her" | "their" | "our");
    if j > k && j < end && clause {
        j
    } else {
        k
    }
}

/// The noun phrase right before the cue at `i`, at most five words, not
/// reaching before `floor`.
fn np_before(doc: &Doc, i: usize, floor: usize) -> Option<SpeakerRef> {
    let mut k = back_over_auxiliaries(doc, i, floor);
    if k > floor && time_before_cue(doc.lower(k - 1)) {
        k -= 1;
        if k > floor
            && matches!(
                doc.lower(k - 1),
                "on" | "last" | "this" | "earlier" | "late"
            )
        {
            k -= 1;
        }
        k = back_over_auxiliaries(doc, k, floor);
    }
    let last = k.checked_sub(1).filter(|&l| l >= floor)?;
    let word = |j: usize| {
        doc.toks[j].kind != sitrep_nlp::tokens::TokenKind::Punct && !NP_STOP.contains(&doc.lower(j))
    };
    if !word(last) || matches!(doc.lower(last), "the" | "a" | "an" | "'s" | "’s") {
        return None;
    }
    let mut first = last;
    while first > floor && last - first < 4 && word(first - 1) {
        first -= 1;
    }
    Some(SpeakerRef::words(doc, first, last))
}

/// The noun phrase opening the sentence at `start`, the subject of a cue at
/// `cue` coordinated with the sentence's first verb when no actor is named
/// ("The Arizona Republican survived five years in prison and says ..."): a
/// subject pronoun, or a determiner and at most five words before the first
/// that cannot be part of it (a function word, an auxiliary, a lower-case
/// word in -ed or a verb's irregular form, "spent").
fn opening_noun_phrase(doc: &Doc, start: usize, cue: usize) -> Option<SpeakerRef> {
    let first = doc.lower(start);
    if matches!(first, "he" | "she" | "they" | "we" | "i") {
        return Some(SpeakerRef::words(doc, start, start));
    }
    if !DETERMINERS.contains(&first) {
        return None;
    }
    let mut last = start;
    for k in start + 1..(start + 6).min(cue) {
        let tok = &doc.toks[k];
        let word = tok.lower.as_str();
        // (irregular.tsv also holds plural nouns: "men", "forces", "troops".)
        let irregular_verb = tok.lemmas.len() == 1
            && tok.lemmas[0] != word
            && !word.ends_with('s')
            && !matches!(word, "men" | "women" | "children");
        if tok.kind != sitrep_nlp::tokens::TokenKind::Word
            || NP_STOP.contains(&word)
            || !tok.capitalized
                && (AUXILIARIES.contains(&word) || word.ends_with("ed") || irregular_verb)
        {
            break;
        }
        last = k;
    }
    (last > start).then(|| SpeakerRef::words(doc, start, last))
}

/// The token before which the auxiliaries, modals and adverbs right before
/// token `i` start ("has also said", "should say", "now said"), not reaching
/// before `floor`: where a speaker or a conjunction before the cue ends.
fn back_over_auxiliaries(doc: &Doc, i: usize, floor: usize) -> usize {
    let mut k = i;
    while k > floor && (BEFORE_CUE.contains(&doc.lower(k - 1)) || doc.lower(k - 1).ends_with("ly"))
    {
        k -= 1;
    }
    k
}

/// Whether the word right before the cue at `i` (past auxiliaries and
/// adverbs) is a subject no actor mention holds that speaks for itself: the
/// writer's "I" or "we", a pronoun nothing resolved, or a plural common noun
/// ("restructuring experts say", "analysts agreed"). A name further back is
/// then not the speaker.
fn own_subject_right_before(doc: &Doc, i: usize, floor: usize) -> bool {
    let k = back_over_auxiliaries(doc, i, floor);
    let Some(w) = k.checked_sub(1).filter(|&w| w >= floor) else {
        return false;
    };
    let word = doc.lower(w);
    let tok = &doc.toks[w];
    doc.mention_at(w).is_none()
        && tok.kind == sitrep_nlp::tokens::TokenKind::Word
        && (matches!(word, "i" | "we" | "they" | "he" | "she" | "you")
            || !tok.capitalized
                && word.len() > 3
                && word.ends_with('s')
                && !word.ends_with("ss")
                && !NP_STOP.contains(&word)
                && sitrep_nlp::names::is_common_word(word))
}

/// Whether the cue at `i` is a verb of telling in the passive ("was told",
/// "had not been informed"), whose subject is the one told.
fn told_in_the_passive(doc: &Doc, i: usize, floor: usize) -> bool {
    let telling = crate::coder::TELLING_VERBS
        .iter()
        .any(|l| doc.toks[i].is(l));
    let mut k = i;
    while k > floor && matches!(doc.lower(k - 1), "not" | "never" | "also" | "reportedly") {
        k -= 1;
    }
    telling
        && !doc.toks[i].lower.ends_with("ing")
        && k > floor
        && crate::coder::BE.contains(&doc.lower(k - 1))
}

/// The actor a possessive pronoun at `k` stands before ("her lawyer"): the
/// one who speaks, not the one the pronoun stands for.
fn actor_after_possessive(doc: &Doc, k: usize) -> Option<usize> {
    if !matches!(doc.lower(k), "his" | "her" | "its" | "their") {
        return None;
    }
    doc.mention_at(k + 1)
        .filter(|&m| doc.mention_first_token(m) == k + 1 && doc.is_actor(m))
}

/// The subject before an aside that ends just before the cue at `i`:
/// "Experts like Paul Bauman, a geophysicist, say ...", "Fields, along with
/// a reporter, say ...": the noun phrase before the aside's opening comma.
/// With `describing`, only an aside that opens with a word of
/// [`ASIDE_OPENERS`] ("a Republican who ...").
fn subject_before_an_aside(
    doc: &Doc,
    i: usize,
    floor: usize,
    describing: bool,
) -> Option<SpeakerRef> {
    // Over "has not" and the like: "Kasich, a Republican, has not endorsed".
    let mut i = i;
    while i > floor + 3 && BEFORE_CUE.contains(&doc.lower(i - 1)) {
        i -= 1;
    }
    if i < floor + 3 || doc.lower(i - 1) != "," {
        return None;
    }
    let comma = |k: usize| doc.lower(k) == ",";
    // The aside that describes the subject opens at the nearest comma
    // before a word of [`ASIDE_OPENERS`]; the subject's clause starts after
    // the comma before that ("Speaking on the show, Sen. McCaskill, who has
    // endorsed Clinton, said").
    let describing_open = (floor..i - 1)
        .rev()
        .find(|&k| comma(k) && opens_an_aside(doc, k + 1));
    let (open, from) = match describing_open {
        Some(open) => {
            let from = (floor..open)
                .rev()
                .find(|&k| comma(k))
                .map_or(floor, |k| k + 1);
            (open, from)
        }
        // A cue inside any other aside is its own.
        None if describing => return None,
        None => {
            let open = (floor..i - 1).find(|&k| comma(k))?;
            if (open + 1..i - 1).any(|k| is_verb_cue(doc, k)) {
                return None;
            }
            (open, floor)
        }
    };
    // The actor that closes the noun phrase before the aside is its head
    // ("A Hamas official, who declined to be named, told ...": the official,
    // not Hamas).
    let head = open
        .checked_sub(1)
        .and_then(|last| doc.mention_at(last))
        .filter(|&m| {
            doc.is_actor(m)
                && doc.mention_first_token(m) >= from
                && doc.mention_last_token(m) + 1 == open
        });
    head.or_else(|| doc.subject_from(from, open))
        .map(|m| SpeakerRef::mention(doc, m))
        .or_else(|| np_before(doc, open, from))
}

/// The actor that the noun phrase right after a cue at `c` names, up to
/// punctuation or a word that ends a noun phrase, at most eight tokens, before
/// `end`: its last person ("said Republican party boss Reince Priebus", "said
/// RNC spokesman Sean Spicer"), else its first actor. A mention no entity
/// resolves ("Republican", "Iowa Democrat") speaks for nobody: the words
/// around it may ("said an Iowa Democrat").
fn actor_in_np_after(doc: &Doc, c: usize, end: usize) -> Option<SpeakerRef> {
    // (The stop of an abbreviated title goes on: "said retired Army Lt.
    // Gen. Mick Bednarek".)
    let abbreviation_stop = |k: usize| {
        doc.lower(k) == "."
            && sitrep_nlp::sentences::ends_with_abbreviation(&doc.body[..doc.toks[k].span.start])
            && doc.toks.get(k + 1).is_some_and(|t| t.capitalized)
    };
    let np_end = (c + 1..end.min(c + 9))
        .find(|&k| {
            doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Punct && !abbreviation_stop(k)
                || NP_STOP.contains(&doc.lower(k))
        })
        .unwrap_or(end.min(c + 9));
    let actors: Vec<usize> = (c + 1..np_end)
        .filter_map(|k| {
            doc.mention_at(k)
                .filter(|&m| doc.mention_first_token(m) == k)
        })
        .filter(|&m| doc.mention(m).entity.is_some())
        .collect();
    let person = actors.iter().rev().find(|&&m| {
        doc.mention(m)
            .entity
            .as_ref()
            .is_some_and(|e| e.kind == EntityKind::Person)
    });
    person
        .or(actors.first())
        .map(|&m| SpeakerRef::mention(doc, m))
}

/// Capitalized words right after token `i` ("said Fallon", "― Sonya
/// Herridge", "said Rep. G.K. Butterfield"), at most five, before `end`.
fn name_after(doc: &Doc, i: usize, end: usize) -> Option<SpeakerRef> {
    let first = i + 1;
    let mut last = first;
    let capital = |k: usize| {
        k < end
            && doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word
            && doc.toks[k].capitalized
    };
    if !capital(first) {
        return None;
    }
    while capital(last + 1) && last + 1 - first < 5 {
        last += 1;
    }
    Some(SpeakerRef::words(doc, first, last))
}

/// The comma closing a phrase that opens a sentence with "In" and names a
/// document that finds (`finding-nouns.txt`): "In the most recent YouGov
/// survey, ...", at most twelve words before the comma.
fn finding_phrase(doc: &Doc, i: usize, range: &std::ops::Range<usize>) -> Option<usize> {
    // (Not a gerund: "In breaking down the results, Military Times found".)
    if i != range.start || doc.lower(i) != "in" || doc.lower(i + 1).ends_with("ing") {
        return None;
    }
    let mut comma = (i + 1..(i + 14).min(range.end)).find(|&k| doc.lower(k) == ",")?;
    if !(i + 1..comma).any(|k| FINDING_NOUNS.contains(doc.lower(k))) {
        return None;
    }
    // ("In the Post-ABC poll, conducted in May, Clinton led": the phrase
    // goes on over a participle set off by commas.)
    if doc.lower(comma + 1).ends_with("ed") {
        comma = (comma + 2..(comma + 12).min(range.end)).find(|&k| doc.lower(k) == ",")?;
    }
    Some(comma)
}

/// The noun phrase after "according to", up to a comma, at most six words.
fn np_after(doc: &Doc, to: usize, end: usize) -> Option<SpeakerRef> {
    let first = to + 1;
    let mut last = first;
    while last + 1 < end
        && last + 1 - first < 6
        && doc.lower(last + 1) != ","
        && doc.toks[last + 1].kind != sitrep_nlp::tokens::TokenKind::Punct
    {
        last += 1;
    }
    (first < end && doc.toks[first].kind != sitrep_nlp::tokens::TokenKind::Punct)
        .then(|| SpeakerRef::words(doc, first, last))
}

struct Found {
    quote: Quote,
    sentence: usize,
}

pub fn find(doc: &Doc) -> Vec<Quote> {
    let mut found: Vec<Found> = Vec::new();
    let quoted = quoted_spans(doc);
    let tok_of = |byte: usize| doc.toks.partition_point(|t| t.span.start < byte);
    let in_direct = |tok: usize| {
        let b = doc.toks[tok].span.start;
        quoted.iter().any(|(q, _)| q.start <= b && b < q.end)
    };

    // Direct quotes.
    let mut last_speaker: Option<(SpeakerRef, usize)> = None; // (speaker, paragraph index)
    for (qspan, content) in &quoted {
        let first_tok = tok_of(qspan.start);
        let last_tok = tok_of(qspan.end).saturating_sub(1);
        let sent = doc.sentence_of(first_tok.min(doc.toks.len() - 1));
        let range = doc.sentence_tokens(sent);
        let end_sent = doc.sentence_of(last_tok.min(doc.toks.len() - 1));
        let after_range = doc.sentence_tokens(end_sent);
        let mut speaker: Option<SpeakerRef> = None;
        let mut cue = None;
        // Cue before the quote: "X stated, "..."" or "said X: "..."".
        let cue_before = (range.start..first_tok)
            .rev()
            .find(|&k| verb_cue(doc, k).is_some() && !in_direct(k));
        // "Trump says voter fraud "would be one hell of a way to lose"": quoted
        // words inside what a cue reports are part of that report, which the
        // indirect pass below takes whole.
        if cue_before.is_some_and(|c| embedded_in_report(doc, c, first_tok, last_tok)) {
            continue;
        }
        if let Some(c) = cue_before {
            cue = Some(c);
            // "UNRWA said 450,000 had fled Rafah, adding that "...": a
            // participle's subject is its clause's, not the noun before it.
            let participle =
                doc.toks[c].lower.ends_with("ing") && c > range.start && doc.lower(c - 1) == ",";
            let subject = if participle {
                // (The speaker of the cue it goes on from, when there is one.)
                match (range.start..c)
                    .rev()
                    .find(|&k| verb_cue(doc, k).is_some() && !in_direct(k))
                {
                    Some(k) => doc.subject_before(k, range.start),
                    None => doc.subject_from(doc.clause(c).0, c),
                }
            } else {
                doc.subject_before(c, range.start)
            };
            speaker = subject
                .or_else(|| mention_after(doc, c, 3, first_tok))
                .map(|m| SpeakerRef::mention(doc, m))
                .or_else(|| np_before(doc, c, range.start));
        }
        // Cue after: ""...," he said" or ""...," said the minister".
        if speaker.is_none() {
            // The cue may follow a long appositive: ""...," Patrick McGinley, a
            // law professor at ..., said." Search to the end of the sentence,
            // or of the short one after a quote that ends with its own "?" or
            // "!" (""Why?" Graham asked.").
            let mut stop = after_range.end;
            if stop == last_tok + 1 && end_sent + 1 < doc.article.layers.sentences.len() {
                let next = doc.sentence_tokens(end_sent + 1);
                if next.start == stop && next.len() <= 8 {
                    stop = next.end;
                }
            }
            // (Not a cue that goes on to report a clause of its own: in
            // "On Fox's "Hannity," Newt Gingrich said if ...", the quoted
            // words name a show.)
            let reports_its_own = |c: usize| {
                matches!(doc.lower(c + 1), "that" | "if" | "whether")
                    || SUBJECT_PRONOUNS.contains(&doc.lower(c + 1))
            };
            if let Some(c) = (last_tok + 1..stop)
                .find(|&k| verb_cue(doc, k).is_some())
                .filter(|&c| !reports_its_own(c))
            {
                cue = Some(c);
                // Words between the quote and the cue are its speaker (""...,"
                // he told the group"); with none, the speaker follows the cue
                // (""...," said the minister").
                let words_between = (last_tok + 1..c)
                    .any(|k| doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word);
                // (""...," Robert McDuff, a lawyer for the groups, said": the
                // name before the aside, not the lawyer inside it.)
                // (A place is no such name: ""...," Harry Bond, 30, of Raleigh,
                // N.C., who was polled, said".)
                let before = || {
                    subject_before_an_aside(doc, c, last_tok + 1, true)
                        .filter(|sp| {
                            sp.entity.as_ref().is_some_and(|e| {
                                !matches!(e.kind, EntityKind::Place | EntityKind::State)
                            })
                        })
                        .or_else(|| {
                            doc.subject_before(c, last_tok)
                                .map(|m| SpeakerRef::mention(doc, m))
                        })
                        .or_else(|| np_before(doc, c, last_tok + 1))
                };
                // ""...," said a former senior official": a description no
                // list knows is the speaker too, in its own words.
                let after = || {
                    actor_in_np_after(doc, c, stop)
                        .or_else(|| name_after(doc, c, stop))
                        .or_else(|| {
                            // ""...," said former tech executive Carly Fiorina":
                            // a description ending in a name.
                            np_after(doc, c, stop).filter(|sp| {
                                matches!(doc.lower(c + 1), "a" | "an" | "the" | "one")
                                    || (sp.first..=sp.last).any(|k| doc.toks[k].capitalized)
                            })
                        })
                };
                speaker = if words_between {
                    before().or_else(after)
                } else {
                    after().or_else(before)
                };
            }
        }
        // "As Professor Foner put it: "..."", "Here is Clinton in 1992: "..."":
        // a person named in the words a colon hands to the quote.
        if speaker.is_none() && first_tok > range.start && doc.lower(first_tok - 1) == ":" {
            let person = (range.start..first_tok - 1)
                .rev()
                .find_map(|k| doc.mention_of_kind_at(k, EntityKind::Person));
            if let Some(m) = person {
                speaker = Some(SpeakerRef::mention(doc, m));
                cue = Some(first_tok - 1);
            }
        }
        // ""...." ― Sonya Herridge": a dash and a name after the quote.
        if speaker.is_none() && matches!(doc.lower(last_tok + 1), "―" | "—" | "–") {
            speaker = name_after(doc, last_tok + 1, (last_tok + 7).min(doc.toks.len()));
        }
        // "Caddell continued:" closing the paragraph before: its speaker.
        if speaker.is_none() {
            let opens_paragraph = doc
                .article
                .layers
                .paragraphs
                .iter()
                .any(|p| p.start == qspan.start || p.start + 1 == qspan.start);
            let before = first_tok.checked_sub(1).filter(|&k| doc.lower(k) == ":");
            if let (true, Some(colon)) = (opens_paragraph, before) {
                let prev = doc.sentence_tokens(doc.sentence_of(colon));
                if let Some(c) = (prev.start..colon)
                    .rev()
                    .find(|&k| verb_cue(doc, k).is_some())
                {
                    cue = Some(c);
                    speaker = doc
                        .subject_before(c, prev.start)
                        .map(|m| SpeakerRef::mention(doc, m))
                        .or_else(|| np_before(doc, c, prev.start));
                }
            }
        }
        // A few quoted words with no reporting verb beside them are scare
        // quotes ("preemptive" action), not a quote.
        let words = doc.body[content.start..content.end]
            .split_whitespace()
            .count();
        let adjacent_cue = cue.is_some_and(|c| c + 4 >= first_tok && c <= last_tok + 4);
        if words < 4 && !adjacent_cue {
            continue;
        }
        let paragraphs = &doc.article.layers.paragraphs;
        let para = paragraphs
            .iter()
            .position(|p| p.contains(*qspan))
            .unwrap_or(0);
        // With no attribution of its own, a quote is the last speaker's when
        // it is in the same paragraph, or when it opens the paragraph right
        // after theirs (a speech quoted over several paragraphs).
        let opens_paragraph = paragraphs
            .get(para)
            .is_some_and(|p| qspan.start <= p.start + 1);
        if speaker.is_none() {
            speaker = last_speaker
                .as_ref()
                .filter(|(_, p)| *p == para || opens_paragraph && *p + 1 == para)
                .map(|(sp, _)| sp.clone());
        }
        if let Some(sp) = &speaker {
            last_speaker = Some((sp.clone(), para));
        }
        // "Trump's misinformation may be "strategic," said Jeffery Hemsley":
        // quoted words inside a clause whose attribution follows it report
        // the whole clause, from the sentence start to the attribution.
        let (mut kind, mut content, mut span) = (QuoteKind::Direct, *content, *qspan);
        if let Some(c) = cue.filter(|&c| c > last_tok) {
            let lead_words = (range.start..first_tok)
                .filter(|&k| doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word)
                .count();
            let clause_before = cue_before.is_none()
                && lead_words >= 2
                && first_tok > 0
                && doc.lower(first_tok - 1) != ":"
                && !(range.start..first_tok).any(&in_direct);
            let attribution = speaker.as_ref().map_or(c, |sp| sp.first.min(c));
            // ""We are horrified" by the shooting, Nefzi said": words
            // after the marks and before the attribution's comma.
            let words_after = (last_tok + 1..attribution)
                .rev()
                .find(|&k| doc.lower(k) == ",")
                .filter(|&comma| {
                    (last_tok + 1..comma)
                        .any(|k| doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word)
                });
            if clause_before || words_after.is_some() {
                let start = if clause_before {
                    doc.toks[range.start].span.start
                } else {
                    qspan.start
                };
                let end = words_after.map_or(qspan.end, |comma| doc.toks[comma - 1].span.end);
                kind = QuoteKind::Indirect;
                content = Span::new(start, end);
                span = Span::new(start, span.end.max(doc.toks[c].span.end));
            }
        }
        found.push(Found {
            quote: Quote {
                kind,
                speaker: speaker.as_ref().and_then(|sp| sp.entity.clone()),
                speaker_span: speaker.as_ref().map(|sp| doc.span(sp.first, sp.last)),
                anonymous: false,
                chain: Vec::new(),
                cue: cue.map(|c| doc.toks[c].span),
                content,
                span,
            },
            sentence: sent,
        });
    }

    merge_continued_quotes(doc, &mut found);
    colon_speech(doc, &mut found);
    speaker_of_the_introducing_sentence(doc, &mut found);

    // Indirect quotes.
    for s in 0..doc.article.layers.sentences.len() {
        let range = doc.sentence_tokens(s);
        if range.is_empty() {
            continue;
        }
        let sent_end = range.end - 1;
        for i in range.clone() {
            if in_direct(i) {
                continue;
            }
            let mut np_content = false;
            // Set for a telling in the passive: the report has no speaker.
            let mut teller_unknown = false;
            let (speaker, content, cue_span) = if let Some(comma) = finding_phrase(doc, i, &range) {
                // "In a CNN poll released Monday, 50 percent chose Clinton":
                // the poll reports the clause after the phrase, up to a
                // contrast the writer adds (", although ...").
                let speaker = (i + 1..comma)
                    .find_map(|k| {
                        doc.mention_at(k)
                            .filter(|&m| doc.mention_first_token(m) == k && doc.is_actor(m))
                    })
                    .map(|m| SpeakerRef::mention(doc, m))
                    .unwrap_or_else(|| SpeakerRef::words(doc, i + 1, comma - 1));
                let end = (comma + 1..sent_end)
                    .find(|&k| {
                        doc.lower(k) == ","
                            && matches!(doc.lower(k + 1), "although" | "though" | "whereas" | "but")
                    })
                    .map_or(sent_end, |k| k - 1);
                // (A report with a cue of its own is that cue's: "In a memo,
                // Robby Mook acknowledged ...".)
                if end <= comma + 1 || (comma + 1..=end).any(|k| verb_cue(doc, k).is_some()) {
                    continue;
                }
                (speaker, (comma + 1, end), doc.span(i, i))
            } else if doc.lower(i) == "according" && doc.lower(i + 1) == "to" {
                let speaker = match mention_after(doc, i + 1, 4, range.end) {
                    // An agency is a channel, not a speaker: see chains below.
                    // (With no one else reporting in the sentence, the
                    // agency is the only source the outlet names: "Clinton
                    // made a brief visit, according to AP.")
                    Some(m) if doc.is_agency(m) => {
                        if range.clone().any(|k| is_verb_cue(doc, k)) {
                            continue;
                        }
                        SpeakerRef::mention(doc, m)
                    }
                    // ("according to a Democratic aide", "according to
                    // several senior Democrats": a party's or a people's word
                    // only describes the speaker, whom the noun phrase names.)
                    Some(m) if doc.mention(m).mention_type != MentionType::MISC => {
                        // "according to her lawyer": the lawyer's word, not hers.
                        let m =
                            actor_after_possessive(doc, doc.mention_first_token(m)).unwrap_or(m);
                        SpeakerRef::mention(doc, m)
                    }
                    _ => match np_after(doc, i + 1, range.end) {
                        Some(sp) => sp,
                        None => continue,
                    },
                };
                let m_end = speaker.last;
                // "The implication, according to the aide, is that ...": the
                // attribution interrupts its content, which is the sentence.
                let interrupted = i > range.start + 2
                    && doc.lower(i - 1) == ","
                    && (m_end + 1..(m_end + 4).min(range.end)).any(|k| doc.lower(k) == ",")
                    && (m_end + 1..range.end)
                        .filter(|&k| doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word)
                        .count()
                        >= 3;
                let content = if interrupted {
                    (range.start, sent_end)
                } else if i > range.start + 2 {
                    // "..., according to X."
                    content_before(doc, range.start, i)
                } else {
                    let after = (m_end + 1..range.end)
                        .find(|&k| doc.lower(k) == ",")
                        .map_or(m_end + 1, |k| k + 1);
                    (after, sent_end)
                };
                (speaker, content, doc.span(i, i + 1))
            } else if let Some((speaker, comma)) = as_reported_by(doc, i, &range) {
                (speaker, (comma + 1, sent_end), doc.toks[i].span)
            } else if let Some(speaker) = speaker_of_inverted_cue(doc, i, range.clone()) {
                if found.iter().any(|f| f.quote.cue == Some(doc.toks[i].span)) {
                    continue;
                }
                // "Tariffs will not bring the jobs back, said David Autor, an
                // economist.": the words before the comma are the report.
                (
                    speaker,
                    content_before(doc, range.start, i),
                    doc.toks[i].span,
                )
            } else if verb_cue(doc, i).is_some() {
                if found.iter().any(|f| f.quote.cue == Some(doc.toks[i].span)) {
                    continue;
                }
                // "Sohrabi had not been told of any charge": the subject of a
                // passive telling is who heard it, and the text names no speaker.
                // So is one "accused of" a charge, which in the active
                // would name whom before "of" ("a man accused of fraud was
                // arraigned"; but "the rivals who he accused of lying").
                teller_unknown = told_in_the_passive(doc, i, range.start)
                    || doc.lower(i) == "accused"
                        && matches!(doc.lower(i + 1), "of" | "in")
                        && !SUBJECT_PRONOUNS.contains(&doc.lower(i.saturating_sub(1)));
                // ", adding that ...": a participle takes the clause's subject.
                let participle = doc.toks[i].lower.ends_with("ing")
                    && i > range.start
                    && doc.lower(i - 1) == ",";
                let (c0, c1) = doc.clause(i);
                // "Massie used to support Paul, but now said": a verb after
                // "but" or "and" with no subject of its own takes the
                // sentence's.
                let conjoined = {
                    let k = back_over_auxiliaries(doc, i, range.start);
                    k > range.start + 1 && matches!(doc.lower(k - 1), "but" | "and")
                };
                let subject = if participle {
                    doc.subject_from(c0, i)
                } else if conjoined {
                    doc.subject_from(range.start, i)
                        .or_else(|| doc.subject_before(i, range.start))
                } else {
                    doc.subject_before(i, range.start)
                };
                // A speaker the actor layer does not know: the words before the
                // cue ("the campaign said", "polls show").
                // "Kasich, a Republican who opposed Mr. Trump, said": the
                // subject before an aside describing it, not a name inside it.
                let described = (!participle)
                    .then(|| subject_before_an_aside(doc, i, range.start, true))
                    .flatten();
                // "He said that X and said that Y": a cue coordinated with an
                // earlier one in its sentence shares that one's speaker.
                let mut before_cue = i;
                if before_cue > range.start && doc.lower(before_cue - 1) == "also" {
                    before_cue -= 1;
                }
                let coordinated = (before_cue > range.start + 1
                    && (doc.lower(before_cue - 1) == "and" || participle))
                    .then(|| {
                        found.iter().rev().find(|f| {
                            f.sentence == s
                                && f.quote.cue.is_some_and(|c| c.end <= doc.toks[i].span.start)
                        })
                    })
                    .flatten()
                    .and_then(|f| {
                        let span = f.quote.speaker_span?;
                        Some(SpeakerRef {
                            entity: f.quote.speaker.clone(),
                            first: tok_of(span.start),
                            last: tok_of(span.end).saturating_sub(1),
                        })
                    });
                // "where restructuring experts say", "but analysts agreed", "I
                // believe": the words right before the cue, not a name before them.
                // ("Palestinian leaders said": a mention inside that noun
                // phrase still speaks, for its country.)
                // "Hackers compromised 12 workstations, the report said": so
                // does a noun phrase after a comma right before the cue, not
                // an actor inside what it reports.
                let np_right_before = np_before(doc, i, range.start);
                let inside_np = |m: usize| {
                    np_right_before
                        .as_ref()
                        .is_some_and(|np| doc.mention_last_token(m) >= np.first)
                };
                let postposed_np = np_right_before.as_ref().is_some_and(|np| {
                    np.first > range.start + 2
                        && doc.lower(np.first - 1) == ","
                        && (DETERMINERS.contains(&doc.lower(np.first))
                            || doc.lower(np.first) == "one")
                });
                let subject = subject.filter(|&m| {
                    (participle || !own_subject_right_before(doc, i, range.start) || inside_np(m))
                        && (!postposed_np || inside_np(m))
                });
                // "..., IRNA reported.": an agency speaks of its own report.
                let agency = (i > range.start)
                    .then(|| doc.mention_at(i - 1))
                    .flatten()
                    .filter(|&m| doc.is_agency(m) && doc.mention_last_token(m) == i - 1);
                let speaker = match SpeakerRef::relative(doc, i)
                    .or(agency.map(|m| SpeakerRef::mention(doc, m)))
                    .or(described)
                    .or(coordinated)
                    .or(subject.map(|m| SpeakerRef::mention(doc, m)))
                {
                    Some(sp) => sp,
                    None => match np_before(doc, i, if participle { c0 } else { range.start })
                        .or_else(|| subject_before_an_aside(doc, i, range.start, false))
                        .or_else(|| {
                            conjoined
                                .then(|| opening_noun_phrase(doc, range.start, i))
                                .flatten()
                        }) {
                        Some(sp) => sp,
                        None => continue,
                    },
                };
                let persons_only = cue_is(doc, i, |c| c.persons_only);
                // (A party or a campaign attacks in words: "the Clinton
                // campaign attacked Trump's record".)
                let acting_body = speaker.entity.as_ref().is_some_and(|e| {
                    matches!(
                        e.kind,
                        EntityKind::State | EntityKind::Place | EntityKind::Igo
                    ) || matches!(e.kind, EntityKind::Group | EntityKind::Generic)
                        && matches!(e.sector.as_deref(), Some("MIL" | "REB" | "PRM"))
                });
                if persons_only && acting_body {
                    continue;
                }
                let lemma_is = |l: &str| doc.toks[i].is(l);
                // "X talked to IRNA": a channel, and no content unless "that" follows.
                let next_m = mention_after(doc, i, 3, range.end);
                // (Not an agency naming what it made: "said the AP report is
                // misleading".)
                let names_a_thing = |n: usize| {
                    let (first, last) = (doc.mention_first_token(n), doc.mention_last_token(n));
                    let after = doc.lower(last + 1);
                    matches!(doc.lower(first.saturating_sub(1)), "the" | "a" | "an")
                        && doc.toks.get(last + 1).is_some_and(|t| {
                            t.kind == sitrep_nlp::tokens::TokenKind::Word && !t.capitalized
                        })
                        && after != "that"
                        && !crate::doc::PREPOSITIONS.contains(&after)
                        && !time_before_cue(after)
                };
                let to_agency = next_m.is_some_and(|n| doc.is_agency(n) && !names_a_thing(n));
                // Who was told: "told a Senate panel", "told reporters".
                let hearer = lemma_is("tell")
                    .then(|| hearer_after(doc, i, range.end))
                    .flatten();
                let mut k = i + 1;
                // "told reporters he would stay": the report after the hearer.
                if let Some(h) = hearer.filter(|&h| SUBJECT_PRONOUNS.contains(&doc.lower(h + 1))) {
                    k = h + 1;
                }
                // "told reporters that ...", "told reporters in Tehran on
                // Thursday that ...": the report after the hearer and an aside.
                if let Some(h) = hearer {
                    let next = doc.lower(h + 1);
                    // "told his Syrian counterpart, Faisal Mekdad, that ...": the
                    // hearer's name in apposition.
                    let named = next == ","
                        && doc.mention_at(h + 2).is_some_and(|m| {
                            doc.lower(doc.mention_last_token(m) + 1) == ","
                                && doc.lower(doc.mention_last_token(m) + 2) == "that"
                        });
                    let aside = next == "that"
                        || named
                        || crate::doc::PREPOSITIONS.contains(&next)
                        || time_before_cue(next)
                        || matches!(next, "last" | "this" | "earlier");
                    // ("told a town hall in Salem, New Hampshire on Monday
                    // that ...": a place with its state and a day.)
                    let in_aside = (h + 1..(h + 12).min(range.end))
                        .take_while(|&j| doc.lower(j) != ";" && !is_verb_cue(doc, j));
                    if let Some(that) = in_aside
                        .clone()
                        .find(|&j| doc.lower(j) == "that")
                        .filter(|_| aside)
                    {
                        k = that;
                    } else if aside && next != "that" {
                        // "told a gathering in Washington she will protect
                        // ...": a pronoun after a name or a day that closes
                        // the aside opens the report.
                        if let Some(p) = in_aside.take_while(|&j| doc.lower(j) != ",").find(|&j| {
                            matches!(doc.lower(j), "he" | "she" | "they" | "we" | "i")
                                && (doc.toks[j - 1].capitalized
                                    || time_before_cue(doc.lower(j - 1)))
                        }) {
                            k = p;
                        }
                    }
                }
                if to_agency {
                    k = doc.mention_last_token(next_m.unwrap()) + 1;
                    // ("told IRNA on Tuesday the talks ...")
                    k = after_a_time_adjunct(doc, k, range.end);
                    // "told Reuters that ...", and in the agency's own style
                    // with no "that": "told Reuters the group would not agree".
                    let next = doc.lower(k);
                    let clause = next == "that"
                        || SUBJECT_PRONOUNS.contains(&next)
                        || matches!(next, "the" | "a" | "an" | "there")
                        || doc
                            .mention_at(k)
                            .is_some_and(|m| doc.mention_first_token(m) == k);
                    if !clause || !lemma_is("tell") && next != "that" {
                        continue;
                    }
                }
                let (m_first, m_last) = (speaker.first, speaker.last);
                let ends_after = |t: usize| {
                    matches!(doc.lower(t + 1), "," | "." | "")
                        || only_an_adjunct_after(doc, t, range.end)
                };
                // "..., the source said." / "..., the source said, citing ...".
                // "..., Carter told a Senate panel on Wednesday."
                let postposed = m_last + 1 == i
                    && (ends_after(i) || hearer.is_some_and(ends_after))
                    && m_first > range.start + 2
                    && (range.start..m_first).any(|k| doc.lower(k) == ",");
                let tail_only = postposed
                    || (i + 1..range.end)
                        .all(|k| doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Punct)
                    || (lemma_is("say") || lemma_is("add")) && doc.lower(i + 1) == ".";
                // "Acts of protest, Mr. Obama said, are acts of patriotism": the
                // attribution interrupts its content, which is the whole sentence.
                let interrupted = postposed
                    && doc.lower(i + 1) == ","
                    && doc
                        .toks
                        .get(i + 2)
                        .is_some_and(|t| !t.lower.ends_with("ing"));
                // "what she told NBC News before her appearance": a hearer
                // and no report.
                let told_nothing = hearer.is_some_and(|h| {
                    let next = doc.lower(h + 1);
                    (crate::doc::PREPOSITIONS.contains(&next) && next != "to"
                        || time_before_cue(next)
                        || matches!(
                            next,
                            "before" | "after" | "during" | "as" | "when" | "while"
                        ))
                        && !(h + 1..(h + 7).min(range.end)).any(|j| doc.lower(j) == "that")
                        // (nor a report after an aside: "told a gathering in
                        // Washington she will protect ...")
                        && k <= h + 1
                        // ("told IRNA on Tuesday the talks would resume")
                        && after_a_time_adjunct(doc, h + 1, range.end) == h + 1
                });
                let content = if interrupted {
                    (range.start, sent_end)
                } else if tail_only && m_first > range.start + 2 {
                    // "..., the source said."; but in "..., Odinga said he
                    // had not decided." the cue is inside another's report.
                    let (c0, c1) = content_before(doc, range.start, m_first);
                    if (c1 + 1..m_first).any(|k| is_verb_cue(doc, k)) {
                        continue;
                    }
                    (c0, c1)
                } else if told_nothing {
                    continue;
                } else {
                    // "claims in these messages that ...": the content starts after "that",
                    // further over what the report was made in ("said in a statement
                    // posted on Telegram that").
                    let medium = matches!(doc.lower(k), "in" | "on")
                        && (k + 1..k + 4).any(|j| MEDIUM_NOUNS.contains(doc.lower(j)));
                    let window = if medium { 8 } else { 6 };
                    // "said on CNN, where he is now a paid contributor, that
                    // ...": a prepositional aside with a clause about it,
                    // closed by a comma before "that".
                    let that_after_aside = || {
                        (k + window..(k + 16).min(range.end))
                            .take_while(|&j| !is_verb_cue(doc, j))
                            .find(|&j| doc.lower(j) == "that" && doc.lower(j - 1) == ",")
                            .filter(|_| crate::doc::PREPOSITIONS.contains(&doc.lower(k)))
                    };
                    if let Some(that) = (k..(k + window).min(range.end))
                        .find(|&j| doc.lower(j) == "that")
                        .or_else(that_after_aside)
                    {
                        // Not past a named stance holder: "reiterated Iran's position that";
                        // and only over a short aside ("said Monday that", "said in a
                        // statement that"), not into the content ("said the senator
                        // envisioned an approach that exploited ...").
                        let prepositional = crate::doc::PREPOSITIONS.contains(&doc.lower(k));
                        let aside = that - k <= 2
                            || prepositional
                            || matches!(doc.lower(k), "earlier" | "last" | "this" | "late");
                        // (A place or a body inside a prepositional aside is
                        // no stance holder: "said in Tehran that".)
                        if aside
                            && (prepositional || (k..that).all(|j| doc.mention_at(j).is_none()))
                        {
                            k = that;
                        }
                    } else {
                        // "said on Wednesday it had seized a tanker": the
                        // time the report was made is no part of it.
                        k = after_a_time_adjunct(doc, k, range.end);
                        k = after_a_medium_adjunct(doc, k, range.end);
                    }
                    // ("said that's what he expected", "said that is a
                    // distortion": a pronoun, the content's own subject.)
                    while matches!(doc.lower(k), "that" | "," | ":")
                        && !(doc.lower(k) == "that"
                            && PRONOUN_THAT_BEFORE.contains(&doc.lower(k + 1)))
                    {
                        k += 1;
                    }
                    // A cue inside a subordinate clause speaks for that clause only;
                    // a postposed "..., the source said" is not part of the content.
                    // ("As the paper noted, it is surprising because ...": an
                    // "as" opening the sentence hands the cue the main clause.)
                    let opening_as = c0 == range.start && doc.lower(c0) == "as";
                    let mut end = if SUBORDINATE_CUE_OPENERS.contains(&doc.lower(c0)) && !opening_as
                    {
                        c1
                    } else {
                        sent_end
                    };
                    if let Some(comma) = postposed_attribution(doc, k, end) {
                        end = comma.saturating_sub(1);
                    }
                    // "said the system is rigged, while her rival ...": a
                    // contrast the writer adds is not part of the report.
                    // (The comma may close quoted words: "called him a
                    // "moderate," a subtle dig at ...".)
                    if let Some(comma) = (k + 3..end).find(|&j| {
                        let mut after = j + 1;
                        while matches!(doc.lower(after), "”" | "\"") {
                            after += 1;
                        }
                        doc.lower(j) == "," && WRITER_ADDITION_OPENERS.contains(&doc.lower(after))
                    }) {
                        end = comma - 1;
                    }
                    // "said she regretted her remarks and promised to stay
                    // out of it", "..., but he warned that": a second cue
                    // of the speaker, or of a pronoun, opens a report of
                    // its own.
                    if let Some(next) = (k + 1..end).find(|&j| {
                        if !matches!(doc.lower(j), "and" | "," | "but") {
                            return false;
                        }
                        let mut n = j + 1;
                        if matches!(doc.lower(n), "but" | "then" | "and") {
                            n += 1;
                        }
                        if matches!(doc.lower(n), "he" | "she" | "they" | "we" | "i") {
                            n += 1;
                        } else if let Some(m) = doc
                            .mention_at(n)
                            .filter(|&m| doc.mention_first_token(m) == n && doc.is_actor(m))
                        {
                            // ("..., and Iran said it would respond")
                            n = doc.mention_last_token(m) + 1;
                        } else if doc.lower(n).starts_with(|c: char| c.is_ascii_digit())
                            || matches!(doc.lower(n), "one" | "two" | "three" | "half" | "most")
                        {
                            // ("..., and one in five say", "and 40 percent said")
                            let stop = (n + 1..(n + 4).min(end)).find(|&k| is_verb_cue(doc, k));
                            n = stop.unwrap_or(n);
                        }
                        // ("but he has also intensified his warnings")
                        while n < end && BEFORE_CUE.contains(&doc.lower(n)) {
                            n += 1;
                        }
                        verb_cue(doc, n).is_some() && !in_direct(n)
                    }) {
                        end = next - 1;
                    }
                    // "endorsed Cruz - the first time ...": a cue of stance
                    // with no clause after it attributes the noun phrase.
                    let np_cue = cue_is(doc, i, |c| c.np);
                    let topic_only = cue_is(doc, i, |c| c.topic_only);
                    // "Spoke to reporters" reports nothing; "talked to
                    // voters about health care" reports what follows
                    // "about": the one spoken to is no part of it.
                    let addressed = topic_only && k == i + 1 && doc.lower(k) == "to";
                    if addressed {
                        let Some(about) = (k + 1..(k + 8).min(end))
                            .take_while(|&j| !matches!(doc.lower(j), "," | ";"))
                            .find(|&j| doc.lower(j) == "about")
                        else {
                            continue;
                        };
                        k = about;
                    }
                    let clause_follows = doc.lower(k.saturating_sub(1)) == "that"
                        || matches!(doc.lower(k), "that" | "if" | "whether" | "to");
                    // "talked about the economy", "called for a recount",
                    // "warned of delays": what the cue is about is the
                    // noun phrase after the preposition.
                    let preposition = k;
                    let about =
                        (k == i + 1 || addressed) && CUE_PREPOSITIONS.contains(&doc.lower(k));
                    if about {
                        k += 1;
                    }
                    // "spoke for 30 minutes", "spoke on condition of anonymity",
                    // "spoke on Monday".
                    let on_condition = doc.lower(i + 2) == "condition"
                        || doc.lower(i + 3) == "condition"
                        || time_before_cue(doc.lower(i + 2))
                        || sitrep_core::calendar::is_full_month(doc.lower(i + 2));
                    let topic = about
                        && matches!(doc.lower(preposition), "about" | "of" | "on")
                        && !on_condition;
                    if topic_only && !topic && !clause_follows {
                        continue;
                    }
                    if (np_cue || about) && !clause_follows {
                        // The object ends where the sentence goes on past
                        // it: at a word of [`NP_ENDS`]; where the report was
                        // made ("criticized the plan in an interview on
                        // CBS"); at a second verb of the subject's ("endorsed
                        // Bush for president and midwifed the bill"); and a
                        // charge in a reduced relative at the main clause's
                        // verb ("a man accused of fraud was arraigned",
                        // "accused of bribery resigned."), not at a
                        // participle ("the guns used in").
                        let np_end = |j: usize| {
                            NP_ENDS.contains(&doc.lower(j))
                                || matches!(doc.lower(j), "in" | "on" | "at" | "during")
                                    && (j + 1..=j + 3).any(|m| MEDIUM_NOUNS.contains(doc.lower(m)))
                                || matches!(doc.lower(j), "and" | "but")
                                    && doc
                                        .toks
                                        .get(j + 1)
                                        .is_some_and(|n| !n.capitalized && n.lower.ends_with("ed"))
                                || teller_unknown
                                    && j > k
                                    && (AUXILIARIES.contains(&doc.lower(j))
                                        || doc.lower(j).ends_with("ed")
                                            && doc.toks.get(j + 1).is_some_and(|t| {
                                                t.kind != sitrep_nlp::tokens::TokenKind::Word
                                            }))
                        };
                        let mut stop = (k + 1..=end).find(|&j| np_end(j));
                        // "accused Cruz, the senator from Texas, of being ...":
                        // an aside about the object, then what the cue holds
                        // against it.
                        if let Some(comma) = stop.filter(|&j| doc.lower(j) == ",") {
                            let close = (comma + 1..(comma + 16).min(end))
                                .take_while(|&j| !is_verb_cue(doc, j) && doc.lower(j) != ";")
                                .find(|&j| {
                                    doc.lower(j) == ","
                                        && matches!(doc.lower(j + 1), "of" | "for" | "as")
                                });
                            if let Some(close) = close {
                                stop = (close + 2..=end).find(|&j| np_end(j));
                            }
                        }
                        if let Some(stop) = stop {
                            end = stop - 1;
                        }
                        np_content = true;
                    }
                    (k, end)
                };
                (speaker, content, doc.toks[i].span)
            } else if CUES.get(doc.lower(i)).is_some_and(|c| c.stance == "noun")
                && doc.lower(i + 1) == "that"
                && i >= 2
            {
                // "Iran's position that ..."
                let Some(m) = doc
                    .mention_at(i - 2)
                    .filter(|_| matches!(doc.lower(i - 1), "'s" | "’s"))
                else {
                    continue;
                };
                (
                    SpeakerRef::mention(doc, m),
                    (i + 2, sent_end),
                    doc.toks[i].span,
                )
            } else {
                continue;
            };
            let (c0, mut c1) = content;
            while c1 > c0 && doc.toks[c1].kind == sitrep_nlp::tokens::TokenKind::Punct {
                c1 -= 1;
            }
            // A clause needs three words; a noun phrase one ("endorsed Cruz").
            // (Or an infinitive: "declined to comment", "vowed to fight".)
            let shortest = if np_content || doc.lower(c0) == "to" {
                0
            } else {
                2
            };
            if c0 > c1 || c1 >= doc.toks.len() || c1 - c0 < shortest {
                continue;
            }
            let content = doc.span(c0, c1);
            let m_span = doc.span(speaker.first, speaker.last);
            let span = Span::new(
                content.start.min(m_span.start).min(cue_span.start),
                content.end.max(cue_span.end),
            );
            found.push(Found {
                quote: Quote {
                    kind: QuoteKind::Indirect,
                    speaker: speaker.entity.filter(|_| !teller_unknown),
                    speaker_span: Some(m_span).filter(|_| !teller_unknown),
                    anonymous: false,
                    chain: Vec::new(),
                    cue: Some(cue_span),
                    content,
                    span,
                },
                sentence: s,
            });
        }
    }

    questions_put(doc, &mut found);
    drop_nested_cues(&mut found);
    join_paragraph_continuations(doc, &quoted, &mut found);
    speaker_of_the_paragraph_before(doc, &mut found);
    attach_chains(doc, &mut found);
    // Quoted words no one says that are written as a title ("Orange Is the
    // New Black", "Make America Great Again") or shouted name a work, a
    // slogan or a headline: no speech.
    found.retain(|f| {
        f.quote.speaker.is_some()
            || f.quote.cue.is_some()
            || !is_title_cased(f.quote.content.text(doc.body))
    });
    let mut quotes: Vec<Quote> = found.into_iter().map(|f| f.quote).collect();
    quotes.sort_by_key(|q| q.span.start);
    quotes
}

/// Words a title leaves in lower case.
const TITLE_SMALL_WORDS: [&str; 17] = [
    "a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "at", "by", "with", "from", "is",
    "as", "vs",
];

/// Two words or more, each capitalized but the small words of a title.
fn is_title_cased(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    words.len() >= 2
        && words.iter().any(|w| w.starts_with(char::is_uppercase))
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                || TITLE_SMALL_WORDS.contains(&w.to_lowercase().as_str())
        })
}

/// Whether the quote from token `open` to token `close` stands inside the
/// clause the cue at token `cue` reports: a word of that clause right before
/// the quote mark ("says he is making "a demand"", "claiming that voting
/// fraud is "a big, big problem""), not a comma, a colon or "that" that hand
/// the floor to the quote ("said: "...", "said that "...""); or, whatever
/// stands before it, the clause going on after the closing mark ("argued
/// that "liberals" allowed terrorism to flourish", "said "it gets me mad"
/// every time he thinks about it").
fn embedded_in_report(doc: &Doc, cue: usize, open: usize, close: usize) -> bool {
    let Some(prev) = open.checked_sub(1).filter(|&p| p >= cue) else {
        return false;
    };
    let word_before = prev > cue
        && doc.toks[prev].kind == sitrep_nlp::tokens::TokenKind::Word
        && doc.lower(prev) != "that"
        && verb_cue(doc, prev).is_none();
    // (Not a capitalized word, which may open the attribution after the
    // quote: "said that "..." Mr. Obama added"; nor after words the speaker
    // closed with a comma or a stop: "said that "we will win," and left";
    // nor a relative clause about a name: "called "Teflon Don" who won";
    // nor after "called", which names: "a film called "Kate" was released".)
    let closed = close > open + 1 && matches!(doc.lower(close - 1), "," | "." | "!" | "?");
    let reports_a_clause = doc.lower(prev) == "that" || prev == cue && !doc.toks[cue].is("call");
    let clause_goes_on = reports_a_clause
        && !closed
        && doc.toks.get(close + 1).is_some_and(|t| {
            t.kind == sitrep_nlp::tokens::TokenKind::Word
                && !t.capitalized
                && !SUBJECT_PRONOUNS.contains(&t.lower.as_str())
                && !matches!(t.lower.as_str(), "who" | "which" | "whose" | "where")
                && verb_cue(doc, close + 1).is_none()
        })
        && doc.sentence_of(close + 1) == doc.sentence_of(cue);
    // "The club's investment, Ms. Tanzer said, "is a perfect example"": an
    // attribution set inside the sentence it reports, whose quoted words go
    // on from the writer's before it (in lower case: after "Asked about it,
    // Ryan said, "Sure."" the quote is a sentence of its own) are one report.
    // The attribution is only its speaker and the cue: a pronoun, a name
    // (after a title, "Ms.") or a determiner's short noun phrase ("the lawyers").
    let only_a_speaker = |from: usize| {
        let speaker = from..cue;
        !speaker.is_empty()
            && speaker.len() <= 4
            && (speaker.len() == 1 && SUBJECT_PRONOUNS.contains(&doc.lower(from))
                || doc
                    .mention_at(cue - 1)
                    .is_some_and(|m| doc.mention_first_token(m) <= from + 2)
                || DETERMINERS.contains(&doc.lower(from))
                    && speaker.clone().all(|k| {
                        doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word
                            && !doc.lower(k).ends_with("ed")
                    }))
    };
    let sentence = doc.sentence_tokens(doc.sentence_of(cue));
    let first_quoted_word =
        (open + 1..close).find(|&k| doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word);
    let parenthetical = doc.lower(prev) == ","
        && prev == cue + 1
        && first_quoted_word.is_some_and(|k| !doc.toks[k].capitalized)
        && (cue.saturating_sub(6).max(sentence.start + 2)..cue)
            .rev()
            .find(|&k| doc.lower(k) == ",")
            .is_some_and(|comma| {
                only_a_speaker(comma + 1)
                    && (sentence.start..comma).all(|k| {
                        (doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word
                            || doc.lower(k) == ",")
                            && verb_cue(doc, k).is_none()
                    })
            });
    word_before || clause_goes_on || parenthetical
}

/// Words that open what was asked: "asked whether ...", "asked about ...".
const QUESTION_OPENERS: [&str; 10] = [
    "if", "whether", "why", "who", "what", "how", "when", "where", "which", "about",
];

/// "Asked whether he would resign, Odinga said ...", "When asked about the
/// levy, ...": the question put to the one who answers is a report of the
/// asker, who is named only after "by" ("Asked by reporters whether ...").
/// Its content runs from the question word to the next comma.
fn questions_put(doc: &Doc, found: &mut Vec<Found>) {
    for s in 0..doc.article.layers.sentences.len() {
        let range = doc.sentence_tokens(s);
        for i in range.clone() {
            if doc.lower(i) != "asked"
                || found.iter().any(|f| f.quote.cue == Some(doc.toks[i].span))
            {
                continue;
            }
            let opens = i == range.start
                || i == range.start + 1 && matches!(doc.lower(i - 1), "when" | "once" | "if")
                || i >= range.start + 2
                    && matches!(doc.lower(i - 1), "when" | "once" | "if")
                    && matches!(doc.lower(i - 2), "but" | "and" | "," | "\"" | "“");
            if !opens {
                continue;
            }
            // Over "by Matt Lauer", "on Fox News", "Tuesday" to the question.
            let Some(q) = (i + 1..(i + 9).min(range.end))
                .take_while(|&k| doc.lower(k) != "," && !is_verb_cue(doc, k))
                .find(|&k| QUESTION_OPENERS.contains(&doc.lower(k)))
            else {
                continue;
            };
            let asker = (doc.lower(i + 1) == "by")
                .then(|| mention_after(doc, i + 1, 1, q))
                .flatten()
                .map(|m| SpeakerRef::mention(doc, m));
            let mut last = (q + 1..range.end)
                .find(|&k| doc.lower(k) == ",")
                .map_or(range.end - 1, |comma| comma - 1);
            while last > q && doc.toks[last].kind == sitrep_nlp::tokens::TokenKind::Punct {
                last -= 1;
            }
            if last < q + 1 {
                continue;
            }
            let content = doc.span(q, last);
            found.push(Found {
                quote: Quote {
                    kind: QuoteKind::Indirect,
                    speaker: asker.as_ref().and_then(|a| a.entity.clone()),
                    speaker_span: asker.as_ref().map(|a| doc.span(a.first, a.last)),
                    anonymous: false,
                    chain: Vec::new(),
                    cue: Some(doc.toks[i].span),
                    content,
                    span: Span::new(doc.toks[i].span.start, content.end),
                },
                sentence: s,
            });
        }
    }
}

/// An indirect quote hanging on a cue inside another quote's content
/// ("said the voters are finding themselves alienated", "noted that social
/// media has added another link") is that quote's words, not a second
/// attribution, unless a named actor speaks there ("said Kenya had told
/// Uganda that ..." keeps Kenya's).
fn drop_nested_cues(found: &mut Vec<Found>) {
    let contents: Vec<Span> = found.iter().map(|f| f.quote.content).collect();
    let mut keep = vec![true; found.len()];
    for (i, f) in found.iter().enumerate() {
        let q = &f.quote;
        let Some(cue) = q.cue else { continue };
        if q.kind != QuoteKind::Indirect {
            continue;
        }
        let named = q.speaker.as_ref().is_some_and(|e| {
            // A pronoun ("he said") inside another's words is theirs.
            matches!(
                e.kind,
                EntityKind::Person | EntityKind::State | EntityKind::Group | EntityKind::Igo
            ) && !e.text.chars().next().is_some_and(char::is_lowercase)
        });
        let inside = contents
            .iter()
            .enumerate()
            .any(|(j, c)| j != i && c.contains(cue) && c.contains(q.content));
        if inside && !named {
            keep[i] = false;
        }
    }
    let mut k = keep.iter();
    found.retain(|_| *k.next().unwrap());
}

/// Labels a page sets before a colon that open no speech
/// (`data/lexicon/colon-labels.txt`: "Correction:", "Contributing:", "Q:").
static COLON_LABELS: LazyLock<std::collections::HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/colon-labels.txt")));

/// "PENCE: Well, look, ..." or "Trump: We will win": a paragraph that opens
/// with a short name and a colon is that speaker's words to its end.
fn colon_speech(doc: &Doc, found: &mut Vec<Found>) {
    for p in &doc.article.layers.paragraphs {
        let mut first = doc.toks.partition_point(|t| t.span.start < p.start);
        // A stray opening mark before the name ("\"PENCE: Well, ...").
        while first < doc.toks.len()
            && matches!(doc.lower(first), "\"" | "“" | "'" | "‘")
            && doc.toks[first].span.start < p.end
        {
            first += 1;
        }
        let Some(colon) = (first..(first + 5).min(doc.toks.len())).find(|&k| doc.lower(k) == ":")
        else {
            continue;
        };
        if colon == first
            || (first..colon).any(|k| {
                !doc.toks[k].capitalized || doc.toks[k].kind != sitrep_nlp::tokens::TokenKind::Word
            })
        {
            continue;
        }
        // A page's label ("Correction:", "The Latest:") or a heading of three
        // words or more that names no one ("Stealth Over Health:") says
        // nothing; a source that reports ("Poll:", "Politifact:") and a
        // name or a shouted speaker ("PENCE:") do.
        let named = (first..colon).any(|k| doc.mention_at(k).is_some());
        let shouted = (first..colon).all(|k| !doc.text(k, k).chars().any(char::is_lowercase));
        let label = COLON_LABELS.contains(&doc.text(first, colon - 1).to_lowercase().as_str());
        if label || !named && !shouted && colon - first >= 3 {
            continue;
        }
        let content_start = colon + 1;
        let last = doc
            .toks
            .partition_point(|t| t.span.end <= p.end)
            .saturating_sub(1);
        // Fewer than three words after the colon in this paragraph (a colon
        // that ends it, or ends the text) is no speech, and nor is a list of
        // names ("Iowa: Tim Albrecht, Brad Anderson, Rob Barron").
        if last < content_start + 2 || lists_names(doc, content_start, last) {
            continue;
        }
        let rest = Span::new(doc.toks[content_start].span.start, p.end);
        // A quote found with no speaker in this paragraph is these words,
        // read as if the marks opened them: the name before the colon says who.
        let unattributed = |f: &Found| f.quote.speaker.is_none() && f.quote.span.overlaps(rest);
        if found
            .iter()
            .any(|f| f.quote.span.overlaps(rest) && !unattributed(f))
        {
            continue;
        }
        found.retain(|f| !unattributed(f));
        let speaker = doc
            .mention_at(first)
            .filter(|&m| doc.mention_last_token(m) < colon)
            .map(|m| SpeakerRef::mention(doc, m))
            .unwrap_or_else(|| SpeakerRef::words(doc, first, colon - 1));
        let content = Span::new(doc.toks[content_start].span.start, p.end);
        found.push(Found {
            quote: Quote {
                kind: QuoteKind::Direct,
                speaker: speaker.entity.clone(),
                speaker_span: Some(doc.span(speaker.first, speaker.last)),
                anonymous: false,
                chain: Vec::new(),
                cue: Some(doc.toks[colon].span),
                content,
                span: Span::new(p.start, p.end),
            },
            sentence: doc.sentence_of(content_start),
        });
    }
}

/// Whether tokens `first..=last` are a list of three or more names: items
/// of at most four capitalized words between commas (an "and" may open the
/// last).
fn lists_names(doc: &Doc, first: usize, last: usize) -> bool {
    let mut items = 0;
    let mut words = 0;
    for k in first..=last {
        match doc.lower(k) {
            "," => {
                if words == 0 {
                    return false;
                }
                items += 1;
                words = 0;
            }
            "." | ";" if k == last => {}
            "and" if words == 0 => {}
            _ if doc.toks[k].capitalized && words < 4 => words += 1,
            _ => return false,
        }
    }
    items + usize::from(words > 0) >= 3
}

/// Words that may open a sentence before its subject.
const SENTENCE_OPENERS: [&str; 8] = ["but", "and", "then", "so", "yet", "still", "later", "also"];

/// A direct quote left without a speaker that follows a sentence of its own
/// paragraph, or a colon, is the words of that sentence's subject: "Iowa
/// State University's Dianne Bystrom agreed. "Mainstream Republicans are
/// running out of time."", "Sanders delivered a snappy retort: "No one is
/// tearing this up."".
fn speaker_of_the_introducing_sentence(doc: &Doc, found: &mut [Found]) {
    let paragraphs = &doc.article.layers.paragraphs;
    for f in found
        .iter_mut()
        .filter(|f| f.quote.kind == QuoteKind::Direct && f.quote.speaker.is_none())
    {
        let opening = doc
            .toks
            .partition_point(|t| t.span.start < f.quote.span.start);
        let Some(before) = opening.checked_sub(1) else {
            continue;
        };
        let colon = doc.lower(before) == ":";
        let same_paragraph = paragraphs
            .iter()
            .any(|p| p.contains(f.quote.span) && p.contains(doc.toks[before].span));
        let ends_sentence = matches!(doc.lower(before), "." | "!" | "?");
        if !(colon || same_paragraph && ends_sentence) {
            continue;
        }
        let mut subject = doc.sentence_tokens(doc.sentence_of(before)).start;
        while subject < before && SENTENCE_OPENERS.contains(&doc.lower(subject)) {
            subject += 1;
        }
        let Some(mut m) = doc.mention_at(subject).filter(|&m| {
            doc.is_actor(m)
                && doc.mention_first_token(m) == subject
                && doc.mention_last_token(m) + 1 < before
        }) else {
            continue;
        };
        // "Iowa State University's Dianne Bystrom agreed.": the possessed name.
        let possessive = doc.mention_last_token(m) + 1;
        if matches!(doc.lower(possessive), "'s" | "’s") {
            match doc.mention_at(possessive + 1).filter(|&n| doc.is_actor(n)) {
                Some(n) => m = n,
                None => continue,
            }
        }
        // The subject is followed by its verb, not by a comma ("Clinton, ...").
        let after = doc.mention_last_token(m) + 1;
        if doc.toks[after].kind != sitrep_nlp::tokens::TokenKind::Word {
            continue;
        }
        let speaker = SpeakerRef::mention(doc, m);
        f.quote.speaker = speaker.entity.clone();
        f.quote.speaker_span = Some(doc.span(speaker.first, speaker.last));
    }
}

/// A direct quote left without a speaker is the words of whoever was last
/// reported before it in its paragraph, by quote or by report ("..., Schiff
/// said. "The other factor is ...""), or, when it opens its paragraph, in the
/// paragraph before ("Massie now said Trump had "the obligation to bring us
/// together." / "I think he can do that."").
fn speaker_of_the_paragraph_before(doc: &Doc, found: &mut [Found]) {
    let paragraphs = &doc.article.layers.paragraphs;
    // (Paragraphs are in text order.)
    let para_of = |at: usize| {
        let p = paragraphs.partition_point(|p| p.end <= at);
        paragraphs.get(p).filter(|para| para.start <= at).map(|_| p)
    };
    let paras: Vec<Option<usize>> = found.iter().map(|f| para_of(f.quote.span.start)).collect();
    for i in 0..found.len() {
        let q = &found[i].quote;
        if q.kind != QuoteKind::Direct || q.speaker.is_some() {
            continue;
        }
        let Some(p) = paras[i] else {
            continue;
        };
        let lead = &doc.article.body[paragraphs[p].start..q.span.start];
        let opens_paragraph = lead.chars().all(|c| c.is_whitespace() || is_open_mark(c));
        let start = q.span.start;
        let last_before = found
            .iter()
            .zip(&paras)
            .filter(|(f, _)| f.quote.speaker.is_some() && f.quote.span.start < start)
            .filter(|&(_, &fp)| fp == Some(p) || opens_paragraph && p > 0 && fp == Some(p - 1))
            .max_by_key(|(f, _)| f.quote.span.start)
            .map(|(f, _)| (f.quote.speaker.clone(), f.quote.speaker_span));
        if let Some((speaker, span)) = last_before {
            found[i].quote.speaker = speaker;
            found[i].quote.speaker_span = span;
        }
    }
}

/// ""Part one," he said, "part two."" and a speaker's consecutive quoted
/// sentences in one paragraph are one quote: merge a direct quote into the one
/// before it when only whitespace or an attribution of up to 20 words (the
/// speaker's description included: "said Jane Roe, president of the union.")
/// stands between them and the speaker is the same (or unstated in the
/// second). A second quote with a cue of its own ("He added, "..."") is a
/// report of its own. On PolNeAR train, 5 words scored F1 .629, 12 .633, 20 .636, 30 .636.
fn merge_continued_quotes(doc: &Doc, found: &mut Vec<Found>) {
    let mut merged: Vec<Found> = Vec::with_capacity(found.len());
    for f in found.drain(..) {
        if let Some(prev) = merged.last_mut() {
            let gap = &doc.body[prev.quote.span.end.min(f.quote.span.start)..f.quote.span.start];
            let short_gap = gap.split_whitespace().count() <= 20 && !gap.contains('\n');
            let same_speaker = match (&prev.quote.speaker, &f.quote.speaker) {
                (Some(a), Some(b)) => a.name == b.name,
                (_, None) => true,
                (None, Some(_)) => false,
            };
            // Split by its own attribution, or continued with none of its own.
            let cue_between = prev
                .quote
                .cue
                .is_some_and(|c| c.start >= prev.quote.span.end && c.end <= f.quote.span.start);
            let continued = gap.trim().is_empty() && f.quote.cue.is_none();
            // "He added, "Y."" after the first quote's attribution opens a report of its own.
            let own_cue = f.quote.cue.is_some_and(|c| Some(c) != prev.quote.cue);
            let attribution_only = (cue_between && !own_cue) || continued;
            if short_gap
                && same_speaker
                && attribution_only
                && f.quote.kind == QuoteKind::Direct
                && prev.quote.kind == QuoteKind::Direct
            {
                prev.quote.content = Span::new(prev.quote.content.start, f.quote.content.end);
                prev.quote.span = Span::new(prev.quote.span.start, f.quote.span.end);
                continue;
            }
        }
        merged.push(f);
    }
    *found = merged;
}

/// A quote that runs over paragraphs leaves its mark open at the end of each
/// paragraph but the last, and opens each next one with a mark again. A
/// quote with no cue of its own opening the paragraph after one whose mark
/// was left open goes on the report that ends in that paragraph, direct or
/// indirect ("told the Sentinel the site was not "prepared for the traffic.¶
/// "It has now been placed with another auction house.""): one report.
fn join_paragraph_continuations(doc: &Doc, quoted: &[(Span, Span)], found: &mut Vec<Found>) {
    let paragraphs = &doc.article.layers.paragraphs;
    // Whether a quote is left open at the end of paragraph `p` (quoted_spans
    // runs it to the paragraph's end). Not one whose words start with a
    // space: its mark closed a quote that was opened wrong ("" Deng told
    // reporters.").
    let left_open = |p: &Span| {
        quoted.iter().any(|(span, content)| {
            span.end == p.end
                && content.end == p.end
                && !doc.body[content.start..].starts_with(char::is_whitespace)
        })
    };
    found.sort_by_key(|f| f.quote.span.start);
    let mut i = 0;
    while i < found.len() {
        let f = &found[i].quote;
        let opens = (f.kind == QuoteKind::Direct && f.cue.is_none())
            .then(|| {
                paragraphs
                    .iter()
                    .position(|p| f.span.start <= p.start + 1 && f.span.start >= p.start)
            })
            .flatten();
        let before = opens
            .filter(|&n| n > 0)
            .map(|n| paragraphs[n - 1])
            .filter(|p| left_open(p));
        // (The last report that ends in that paragraph.)
        let host = before.and_then(|p| {
            (0..i).rev().find(|&h| {
                let c = found[h].quote.content;
                c.end >= p.start && c.end <= p.end
            })
        });
        if let Some(h) = host {
            let (content_end, span_end) = (f.content.end, f.span.end);
            found[h].quote.content.end = content_end;
            found[h].quote.span.end = found[h].quote.span.end.max(span_end);
            found.remove(i);
            continue;
        }
        i += 1;
    }
}

fn speaker_key(e: &Entity) -> String {
    e.name.to_lowercase()
}

/// What carries a speaker's words to the reader: a news agency or a named
/// outlet ("told Al Jazeera"), not the press at large ("told reporters").
fn channel<'a>(doc: &'a Doc, m: usize) -> Option<&'a Entity> {
    doc.mention(m).entity.as_ref().filter(|e| {
        e.kind == EntityKind::Agency
            || e.kind == EntityKind::Group && e.sector.as_deref() == Some("MED")
    })
}

/// Fill in each quote's chain of intermediaries and anonymity.
fn attach_chains(doc: &Doc, found: &mut [Found]) {
    // "X told / talked to / spoke to AGENCY": X's words reach us through AGENCY.
    let mut links: HashMap<String, Vec<String>> = HashMap::new();
    for i in 0..doc.toks.len() {
        let t = &doc.toks[i];
        if !(t.is("tell") || t.is("talk") || t.is("speak")) || doc.mention_at(i).is_some() {
            continue;
        }
        let range = doc.sentence_tokens(doc.sentence_of(i));
        let Some(agency) = mention_after(doc, i, 3, range.end) else {
            continue;
        };
        let Some(a) = channel(doc, agency) else {
            continue;
        };
        if let Some(sp) = doc
            .subject_before(i, range.start)
            .and_then(|m| doc.mention(m).entity.as_ref())
        {
            let list = links.entry(speaker_key(sp)).or_default();
            if !list.contains(&a.name) {
                list.push(a.name.clone());
            }
        }
    }
    // "according to AGENCY", "in an interview with AGENCY", "quoted by
    // AGENCY" and "AGENCY quoted X as saying", per sentence.
    let mut per_sentence: HashMap<usize, Vec<String>> = HashMap::new();
    for i in 0..doc.toks.len() {
        let s = doc.sentence_of(i);
        let range = doc.sentence_tokens(s);
        let opens_channel = doc.lower(i) == "according" && doc.lower(i + 1) == "to"
            || doc.lower(i) == "interview" && doc.lower(i + 1) == "with"
            || doc.lower(i) == "quoted" && doc.lower(i + 1) == "by";
        let named = if opens_channel {
            mention_after(doc, i + 1, 4, range.end)
        } else if doc.lower(i) == "quoted" && i > range.start {
            doc.mention_at(i - 1)
        } else {
            None
        };
        if let Some(e) = named.and_then(|m| channel(doc, m)) {
            per_sentence.entry(s).or_default().push(e.name.clone());
        }
    }
    for f in found.iter_mut() {
        let mut chain: Vec<String> = Vec::new();
        if let Some(sp) = &f.quote.speaker {
            f.quote.anonymous = sp.anonymous;
            if let Some(l) = links.get(&speaker_key(sp)) {
                chain.extend(l.iter().cloned());
            }
        }
        for a in per_sentence.get(&f.sentence).into_iter().flatten() {
            if !chain.contains(a) && f.quote.speaker.as_ref().is_none_or(|s| &s.name != a) {
                chain.push(a.clone());
            }
        }
        f.quote.chain = chain;
    }
    // A quote inside another's content reaches us through that speaker;
    // not through one who denies it ("..., a claim the army denied": the
    // army did not carry the claim).
    let outer: Vec<(Span, Option<Entity>, Vec<String>)> = found
        .iter()
        .filter(|f| stance_of(doc, f.quote.cue) != "deny")
        .map(|f| {
            (
                f.quote.content,
                f.quote.speaker.clone(),
                f.quote.chain.clone(),
            )
        })
        .collect();
    for f in found.iter_mut() {
        let host = outer
            .iter()
            .filter(|(content, _, _)| content.contains(f.quote.span) && *content != f.quote.content)
            .min_by_key(|(content, _, _)| content.len());
        if let Some((_, Some(sp), chain)) = host {
            if f.quote.speaker.as_ref().is_some_and(|s| s.name != sp.name) {
                // Own intermediaries first, then the host speaker and theirs.
                let mut c = std::mem::take(&mut f.quote.chain);
                for x in std::iter::once(&sp.name).chain(chain.iter()) {
                    if !c.contains(x) {
                        c.push(x.clone());
                    }
                }
                f.quote.chain = c;
            }
        }
    }
}

/// "..., the source said" or "..., said the minister" inside `(from, to]`:
/// the index of the comma that opens it.
pub fn postposed_attribution(doc: &Doc, from: usize, to: usize) -> Option<usize> {
    (from + 1..=to).find(|&k| {
        if doc.lower(k) != "," {
            return false;
        }
        let mut j = k + 1;
        if is_verb_cue(doc, j) {
            return mention_after(doc, j, 3, to + 1).is_some();
        }
        // "..., according to the IRNA news agency."
        if doc.lower(j) == "according" && doc.lower(j + 1) == "to" {
            return true;
        }
        while j <= to && matches!(doc.lower(j), "the" | "a" | "an") {
            j += 1;
        }
        // Words a description of the source may start with ("relief officials").
        let mut described = 0;
        while j <= to
            && described < 2
            && doc.mention_at(j).is_none()
            && doc.toks[j].kind == sitrep_nlp::tokens::TokenKind::Word
            && !doc.toks[j].capitalized
            && !is_verb_cue(doc, j)
            && !matches!(doc.lower(j), "'s" | "’s")
        {
            j += 1;
            described += 1;
        }
        // "the bloc's foreign policy chief Josep Borrell said".
        if matches!(doc.lower(j), "'s" | "’s") {
            return title_run_to_its_holder(doc, j, to)
                .is_some_and(|cue| matches!(doc.lower(cue + 1), "," | "." | "" | "on" | "in"));
        }
        match doc.mention_at(j) {
            Some(m) if doc.is_actor(m) || doc.is_agency(m) => {
                let mut after = doc.mention_last_token(m) + 1;
                // "relief officials in Nairobi said": where the source is;
                // "a senior official of the group told": whose.
                // "a source in Ukraine's SBU security service told": a phrase
                // of a few words, no comma, up to the cue.
                if matches!(doc.lower(after), "in" | "at" | "from" | "of" | "for") {
                    if let Some(cue) = (after + 1..(after + 7).min(to + 1))
                        .take_while(|&k| {
                            doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word
                                || matches!(doc.lower(k), "'s" | "’s" | ".")
                        })
                        .find(|&k| is_verb_cue(doc, k))
                    {
                        after = cue;
                    }
                } else if let Some(cue) = title_run_to_its_holder(doc, after, to) {
                    // "EU foreign policy chief Josep Borrell said".
                    after = cue;
                }
                // "..., the official told Al Jazeera, saying": whom it told
                // may close the attribution.
                let mut end = after + 1;
                if let Some(hearer) = doc.mention_at(end).filter(|_| doc.toks[after].is("tell")) {
                    end = doc.mention_last_token(hearer) + 1;
                }
                is_verb_cue(doc, after) && matches!(doc.lower(end), "," | "." | "" | "on" | "in")
            }
            _ => false,
        }
    })
}

/// The cue after a run of title words from token `from` that ends in the
/// name of a person, its holder ("foreign policy chief Josep Borrell said"),
/// within seven tokens.
fn title_run_to_its_holder(doc: &Doc, from: usize, to: usize) -> Option<usize> {
    (from..(from + 7).min(to + 1))
        .take_while(|&k| {
            doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word
                || matches!(doc.lower(k), "'s" | "’s" | ".")
        })
        .find(|&k| is_verb_cue(doc, k))
        .filter(|&cue| {
            cue > from
                && doc.mention_at(cue - 1).is_some_and(|m| {
                    doc.mention(m)
                        .entity
                        .as_ref()
                        .is_some_and(|e| e.kind == EntityKind::Person)
                })
        })
}

/// The speaker named after a cue that follows a comma, in the inverted
/// order of news copy: "..., said David Autor, a professor of economics." or
/// "..., says the ministry.". Only where the name or description ends the
/// sentence or is followed by a comma, a time or a place; the report must
/// have three words before the comma.
fn speaker_of_inverted_cue(
    doc: &Doc,
    i: usize,
    sentence: std::ops::Range<usize>,
) -> Option<SpeakerRef> {
    if i < sentence.start + 4 || doc.lower(i - 1) != "," || verb_cue(doc, i).is_none() {
        return None;
    }
    if doc.toks[i].lower.ends_with("ing") {
        return None;
    }
    // "Kasich, a Republican who ..., said the family deserved better": the
    // comma closes an aside about the subject, not a report.
    let aside_opens = (sentence.start..i - 1)
        .rev()
        .find(|&k| doc.lower(k) == ",")
        .is_some_and(|open| opens_an_aside(doc, open + 1));
    if aside_opens {
        return None;
    }
    let next = i + 1;
    let word = doc.lower(next);
    if time_before_cue(word) || sitrep_core::calendar::month_number(word).is_some() {
        return None;
    }
    let speaker = match doc.mention_at(next) {
        // (After "said", a body's or a role's word and at most two role
        // nouns before a name are the name's: "..., said police spokesman
        // Gregg Miliote", "said DA spokesman Gregg Miliote".)
        Some(m) if doc.mention_first_token(m) == next => {
            let last = doc.mention_last_token(m);
            (doc.toks[i].is("say") && !SUBJECT_PRONOUNS.contains(&word))
                .then(|| actor_in_np_after(doc, i, sentence.end))
                .flatten()
                .filter(|sp| {
                    sp.first > last
                        && sp.first <= last + 3
                        && (last + 1..sp.first).all(|k| {
                            !doc.toks[k].capitalized
                                && doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word
                                && !is_verb_cue(doc, k)
                        })
                })
                .unwrap_or_else(|| SpeakerRef::mention(doc, m))
        }
        _ if matches!(
            word,
            "a" | "an" | "the" | "one" | "former" | "acting" | "outgoing"
        ) =>
        {
            // ("..., said a handful of Democrats who point to ...": the
            // noun phrase, of-phrases and all, up to a clause about it.)
            let stop = (next + 1..sentence.end.min(next + 8)).find(|&k| {
                doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Punct
                    || doc.lower(k) != "of" && NP_STOP.contains(&doc.lower(k))
            });
            match stop {
                Some(stop) if matches!(doc.lower(stop), "who" | "which") => {
                    SpeakerRef::words(doc, next, stop - 1)
                }
                _ => np_after(doc, i, sentence.end)?,
            }
        }
        // ("..., says political scientist Dossym Satpayev in Almaty": a
        // description ending in a name.)
        _ => {
            name_after(doc, i, sentence.end).or_else(|| actor_in_np_after(doc, i, sentence.end))?
        }
    };
    // "..., say the levy will hurt farmers": a clause, not a speaker.
    let clause = (speaker.first..=speaker.last).any(|k| AUXILIARIES.contains(&doc.lower(k)));
    if clause {
        return None;
    }
    let after = speaker.last + 1;
    let ends = after >= sentence.end
        || matches!(
            doc.lower(after),
            "," | "." | "" | "in" | "on" | "at" | "who" | "which"
        )
        || only_an_adjunct_after(doc, speaker.last, sentence.end);
    let words_before = (sentence.start..i - 1)
        .filter(|&k| doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word)
        .count();
    (ends && words_before >= 3).then_some(speaker)
}

/// "As reported by Western Journalism, the Times broke the story": a cue in
/// the passive after an "as" opening the sentence, its speaker after "by",
/// reports the sentence after the comma. The speaker and that comma.
fn as_reported_by(
    doc: &Doc,
    i: usize,
    sentence: &std::ops::Range<usize>,
) -> Option<(SpeakerRef, usize)> {
    if i != sentence.start + 1
        || doc.lower(sentence.start) != "as"
        || doc.lower(i + 1) != "by"
        || verb_cue(doc, i).is_none()
    {
        return None;
    }
    let comma = (i + 2..sentence.end.min(i + 10)).find(|&k| doc.lower(k) == ",")?;
    let speaker = doc
        .mention_at(i + 2)
        .filter(|&m| {
            doc.mention_first_token(m) == i + 2
                && doc.mention_last_token(m) < comma
                && doc.mention(m).entity.is_some()
        })
        .map(|m| SpeakerRef::mention(doc, m))
        .unwrap_or_else(|| SpeakerRef::words(doc, i + 2, comma - 1));
    Some((speaker, comma))
}

/// Whether token `k`, right after a comma, opens an aside that describes
/// what comes before: a word of [`ASIDE_OPENERS`], a bare role noun that
/// the actor layer reads as a description ("Robert McDuff, lawyer for one
/// of the groups, said"), or a name's role ("Sanders' campaign manager").
fn opens_an_aside(doc: &Doc, k: usize) -> bool {
    // (The role noun goes on as a noun phrase, "lawyer for", not as a
    // clause's subject: "In the scandal, people were charged fees, saw".)
    let role_noun = || {
        !doc.toks[k].capitalized
            && doc
                .mention_of_kind_at(k, EntityKind::Generic)
                .is_some_and(|m| {
                    let next = doc.lower(doc.mention_last_token(m) + 1);
                    next == "," || crate::doc::PREPOSITIONS.contains(&next)
                })
    };
    // "Jeff Weaver, Sanders' campaign manager, said": a name's role.
    let possessed_role = || {
        doc.mention_at(k)
            .filter(|&m| doc.mention_first_token(m) == k)
            .is_some_and(|m| {
                let after = doc.mention_last_token(m) + 1;
                matches!(doc.lower(after), "'s" | "’s" | "'" | "’")
                    && doc.toks.get(after + 1).is_some_and(|t| {
                        !t.capitalized && t.kind == sitrep_nlp::tokens::TokenKind::Word
                    })
            })
    };
    ASIDE_OPENERS.contains(&doc.lower(k)) || role_noun() || possessed_role()
}

/// Pronouns that open a clause as its subject ("told reporters he would stay").
const SUBJECT_PRONOUNS: [&str; 6] = ["he", "she", "they", "it", "we", "i"];

/// The last token of whoever a telling verb at `i` addresses: an actor
/// mention, an object pronoun or up to five words that stop at "that", a
/// preposition, a time or a pronoun that opens a clause ("told reporters he
/// would stay").
fn hearer_after(doc: &Doc, i: usize, end: usize) -> Option<usize> {
    let first = i + 1;
    if first >= end {
        return None;
    }
    // (A possessor opens the hearer's phrase, "his Syrian counterpart".)
    if let Some(m) = doc
        .mention_at(first)
        .filter(|&m| doc.mention_first_token(m) == first && !doc.mention(m).modifier)
    {
        return Some(doc.mention_last_token(m));
    }
    if matches!(
        doc.lower(first),
        "him" | "her" | "them" | "us" | "me" | "you"
    ) {
        return Some(first);
    }
    let mut k = first;
    while k < end
        && k - first < 5
        && doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word
        && !crate::doc::PREPOSITIONS.contains(&doc.lower(k))
        && !time_before_cue(doc.lower(k))
        && !SUBJECT_PRONOUNS.contains(&doc.lower(k))
        && !matches!(doc.lower(k), "that" | "before" | "after" | "during")
    {
        // "a Senate panel": a name inside the phrase is part of it.
        k = doc.mention_at(k).map_or(k, |m| doc.mention_last_token(m)) + 1;
    }
    (k > first).then(|| k - 1)
}

/// Words that open an aside about a noun phrase: "Kasich, a Republican
/// who ...,", "Experts like Bauman, a geophysicist,".
const ASIDE_OPENERS: [&str; 18] = [
    "a",
    "an",
    "the",
    "who",
    "which",
    "whose",
    "one",
    "along",
    "like",
    "including",
    "especially",
    "himself",
    "during",
    "speaking",
    "at",
    "in",
    "on",
    "when",
];

/// Auxiliaries and modals: a phrase holding one is a clause.
const AUXILIARIES: [&str; 19] = [
    "will", "would", "is", "are", "was", "were", "has", "have", "had", "can", "could", "should",
    "may", "might", "must", "do", "does", "did", "be",
];

/// Whether what follows token `i` to the sentence end is only a short
/// adjunct of time, place or manner, at most eight words: "said Wednesday.",
/// "said on Tuesday.", "said in a statement.", "said last week.".
fn only_an_adjunct_after(doc: &Doc, i: usize, end: usize) -> bool {
    let first = doc.lower(i + 1);
    let opens = time_before_cue(first)
        || matches!(
            first,
            "on" | "in" | "last" | "this" | "earlier" | "late" | "at" | "during"
        );
    if !opens {
        return false;
    }
    // ("said on Thursday, hours after Moscow accused Kyiv": the adjunct
    // may close at a comma before a clause of time or circumstance.)
    let comma = (i + 1..end).find(|&k| doc.lower(k) == ",");
    let stop = match comma {
        Some(c) if CIRCUMSTANCE_OPENERS.contains(&doc.lower(c + 1)) => c,
        _ => end,
    };
    let rest = i + 1..stop;
    let words = rest
        .clone()
        .filter(|&k| doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word)
        .count();
    words <= 8
        && rest
            .clone()
            .all(|k| !matches!(doc.lower(k), "that" | "," | ":" | "to") && !is_verb_cue(doc, k))
}

/// Words that open a clause of time or circumstance after a comma ("...,
/// hours after", "..., as", "..., citing").
const CIRCUMSTANCE_OPENERS: [&str; 14] = [
    "after",
    "before",
    "as",
    "while",
    "when",
    "hours",
    "days",
    "weeks",
    "amid",
    "following",
    "citing",
    "despite",
    "shortly",
    "a",
];

/// Whether token `i` is a reporting verb ("said", "warned", "urging").
pub fn is_verb_cue(doc: &Doc, i: usize) -> bool {
    verb_cue(doc, i).is_some()
}

/// Whether token `i` is a reporting verb that opens a reported clause of its
/// own ("Iran said Israeli strikes had hit ..."): not one whose infinitive
/// or gerund is its subject's own act ("vowed to respond", "continued
/// attacking", "denied attacking").
pub fn reports_a_clause(doc: &Doc, i: usize) -> bool {
    // What can open the reported clause's subject: a determiner or a name
    // ("said the strikes hit", "said Israeli strikes hit"); not a
    // preposition ("spoke by phone with Erdogan"), nor a time ("said
    // Tuesday that they have agreed"). (A pronoun after the cue that no
    // earlier name resolves is most often the speaker.)
    let opens_subject = doc.toks.get(i + 1).is_some_and(|t| {
        (t.capitalized && !doc.opens_time(i + 1))
            || matches!(
                t.lower.as_str(),
                "the" | "a" | "an" | "this" | "these" | "those"
            )
    });
    opens_subject && verb_cue(doc, i).is_some_and(|stance| matches!(stance, "say" | "allege"))
}

#[cfg(test)]
mod tests {
    use crate::testing::coded;
    use sitrep_core::{Article, QuoteKind};

    /// (kind, speaker name, chain, content) per quote.
    fn quotes(text: &str) -> Vec<(QuoteKind, String, Vec<String>, String)> {
        let a: Article = coded(text);
        a.layers
            .quotes
            .iter()
            .map(|q| {
                let speaker = q.speaker.as_ref().map_or("?".into(), |s| s.name.clone());
                (
                    q.kind,
                    speaker,
                    q.chain.clone(),
                    a.text(q.content).to_string(),
                )
            })
            .collect()
    }

    fn find<'a>(
        qs: &'a [(QuoteKind, String, Vec<String>, String)],
        start: &str,
    ) -> &'a (QuoteKind, String, Vec<String>, String) {
        qs.iter()
            .find(|q| q.3.starts_with(start))
            .unwrap_or_else(|| panic!("no quote starting {start:?} in {qs:#?}"))
    }

    #[test]
    fn direct_quote_with_speaker_after() {
        let qs = quotes(
            "\"We will not accept any new conditions on the talks,\" Lavrov said on Tuesday.",
        );
        let q = find(&qs, "We will not accept");
        assert_eq!((q.0, q.1.as_str()), (QuoteKind::Direct, "Sergei Lavrov"));
    }

    #[test]
    fn the_plural_of_a_cue_that_is_also_a_noun_is_no_cue() {
        let qs = quotes(
            "The governor lost seven percentage points in the survey of farmers. \
             After the weekend attacks on the border post, the army closed the road. \
             The early primary contests in the south went to the senator.",
        );
        assert!(qs.is_empty(), "{qs:#?}");
        // After a subject that can speak, the same forms are cues.
        let qs = quotes("Lavrov points out that the talks have stalled since the summer.");
        find(&qs, "the talks have stalled");
        let qs = quotes("He also attacks the plan for leaving the farmers without water.");
        find(&qs, "the plan");
    }

    #[test]
    fn a_time_between_speaker_and_cue_is_not_the_speaker() {
        let qs = quotes("The election board on Monday rejected the objections to the ballot.");
        let q = find(&qs, "the objections");
        assert_eq!(q.1, "The election board");
    }

    #[test]
    fn the_subject_of_the_sentence_before_speaks_an_unattributed_quote() {
        let qs = quotes(
            "Talks stalled on Monday.\n\nLavrov delivered a sharp retort: \"No one is tearing \
             this treaty up today.\"\n\nThe monitors left. Iowa State University's Dianne Bystrom \
             agreed. \"Mainstream parties are running out of time to find an alternative.\"",
        );
        assert_eq!(find(&qs, "No one is tearing").1, "Sergei Lavrov");
        assert_eq!(find(&qs, "Mainstream parties").1, "Dianne Bystrom");
    }

    #[test]
    fn a_relative_that_inside_the_content_is_not_its_start() {
        let qs = quotes("The pollster said the senator backed a plan that cut taxes for farmers.");
        let q = find(&qs, "the senator backed");
        assert_eq!(q.0, QuoteKind::Indirect);
    }

    #[test]
    fn a_cue_of_stance_attributes_its_noun_phrase() {
        let qs = quotes("The governor denounced the ruling, which the court issued on Monday.");
        assert!(qs.iter().any(|q| q.3 == "the ruling"), "{qs:?}");
        // A plural noun after a possessive is no cue.
        let qs = quotes("His remarks about the harbour drew criticism from fishermen.");
        assert!(qs.is_empty(), "{qs:?}");
    }

    #[test]
    fn what_a_cue_is_about_and_an_attribution_inside_its_sentence() {
        let qs = quotes("The minister talked about the drought, which has lasted two years.");
        assert!(qs.iter().any(|q| q.3 == "the drought"), "{qs:?}");
        let qs = quotes(
            "The real obstacle, according to the ministry, is the cost of diesel for the pumps.",
        );
        assert!(
            qs.iter()
                .any(|q| q.3.starts_with("The real obstacle") && q.3.ends_with("pumps")),
            "{qs:?}"
        );
    }

    #[test]
    fn a_relative_pronoun_speaks_for_the_name_before_it() {
        let a: Article =
            coded("Officials met Ramaphosa, who said Kenya would double its grain reserves.");
        let q = quote_starting(&a, "Kenya would double");
        assert_eq!(a.text(q.speaker_span.unwrap()), "who");
        assert!(
            q.speaker
                .as_ref()
                .is_some_and(|s| s.name.contains("Ramaphosa")),
            "{q:?}"
        );
    }

    /// The quote of article `a` whose content starts with `prefix`.
    fn quote_starting<'a>(a: &'a Article, prefix: &str) -> &'a sitrep_core::Quote {
        a.layers
            .quotes
            .iter()
            .find(|q| a.text(q.content).starts_with(prefix))
            .expect("the quote")
    }

    #[test]
    fn a_relative_without_a_comma_speaks_for_the_noun_before_it() {
        let a: Article =
            coded("Workers in Eldoret met a builder who said he was owed for the new stadium.");
        let q = quote_starting(&a, "he was owed");
        assert_eq!(a.text(q.speaker_span.unwrap()), "who");
        assert_eq!(q.speaker.as_ref().map(|s| s.name.as_str()), Some("builder"));
        // An apposition's noun stands for the name it describes.
        let a: Article = coded(
            "The council heard Amina Wanjiru, a farmer who says the new dam has dried her wells.",
        );
        let q = quote_starting(&a, "the new dam");
        assert_eq!(a.text(q.speaker_span.unwrap()), "who");
        assert!(
            q.speaker
                .as_ref()
                .is_some_and(|s| s.name.contains("Wanjiru")),
            "{q:?}"
        );
    }

    #[test]
    fn a_speech_quoted_over_two_paragraphs_keeps_its_speaker() {
        let qs = quotes(
            "Ruto told the crowd in Nakuru: \"We will finish the dam before the rains come back.\"\n\n\"Every county will get its share of the water, and nobody will be left behind.\"",
        );
        let second = find(&qs, "Every county");
        assert!(second.1.contains("Ruto"), "{qs:?}");
    }

    #[test]
    fn a_cue_inside_another_quote_is_its_words_unless_a_named_actor_speaks() {
        let qs = quotes("The mayor said residents are finding themselves priced out of the city.");
        assert_eq!(qs.len(), 1, "{qs:?}");
        let qs = quotes("The mayor said Kenya had told Uganda that the border would reopen soon.");
        assert!(qs.iter().any(|q| q.1 == "Kenya"), "{qs:?}");
    }

    #[test]
    fn a_name_and_a_colon_closing_a_paragraph_is_no_speech() {
        // Found by fuzzing: the speech was taken to start in the next paragraph.
        let qs = quotes("MINISTER:\n\nThe harbour reopened on Monday after the storm passed.");
        assert!(qs.iter().all(|q| q.1 != "MINISTER"), "{qs:?}");
    }

    #[test]
    fn a_label_or_a_heading_before_a_colon_is_no_speaker() {
        let qs = quotes("The council met on Monday.\n\nCorrection: An earlier version of this story gave the wrong date for the vote.");
        assert!(qs.iter().all(|q| q.1 != "Correction"), "{qs:?}");
        let qs = quotes("The council met on Monday.\n\nRain Before Recess: The vote on the harbour budget was put off until March.");
        assert!(qs.iter().all(|q| q.1 != "Rain Before Recess"), "{qs:?}");
        let qs = quotes("The council met on Monday.\n\nSurvey: Most residents want the harbour budget cut by half.");
        assert!(qs.iter().any(|q| q.1 == "Survey"), "{qs:?}");
    }

    #[test]
    fn a_title_in_quotation_marks_that_no_one_says_is_no_speech() {
        let qs = quotes(
            "Fans lined up for hours to see \u{201c}Night Train to Lisbon\u{201d} at the festival.",
        );
        assert!(qs.is_empty(), "{qs:?}");
        let qs = quotes("\u{201c}We Will Win Again,\u{201d} the mayor said on Monday.");
        assert_eq!(qs.len(), 1, "{qs:?}");
    }

    #[test]
    fn a_text_that_ends_on_a_comma_after_a_cue_is_read() {
        // Found by fuzzing: the look past the last comma ran off the tokens.
        let qs = quotes("Officials said the talks in Geneva would resume next week,");
        assert_eq!(qs.len(), 1, "{qs:?}");
    }

    #[test]
    fn the_person_a_description_after_the_cue_ends_in_speaks() {
        let qs = quotes(
            "\u{201c}It is fine,\u{201d} said Republican party boss Reince Priebus.\n\n\u{201c}It is late,\u{201d} said an Iowa Democrat.",
        );
        assert_eq!(qs.len(), 2, "{qs:?}");
        assert_eq!(qs[0].1, "Reince Priebus", "{qs:?}");
        assert_eq!(qs[1].1, "an Iowa Democrat", "{qs:?}");
    }

    #[test]
    fn verbs_of_loud_or_quiet_speech_are_cues() {
        let qs = quotes(
            "\u{201c}Go back to your seat,\u{201d} Odinga barked.\n\n\u{201c}Power to the people!\u{201d} the protesters shouted.",
        );
        assert_eq!(qs.len(), 2, "{qs:?}");
        assert_eq!(qs[0].1, "Odinga", "{qs:?}");
    }

    #[test]
    fn a_body_nothing_resolves_speaks_by_its_name() {
        let qs = quotes("The plan will cost $2 billion, according to KRX.");
        assert_eq!(qs.len(), 1, "{qs:?}");
        assert_eq!(qs[0].1, "KRX", "{qs:?}");
    }

    #[test]
    fn a_description_after_the_cue_is_the_speaker() {
        let qs =
            quotes("\"The levee will not hold another week,\" said a senior engineer at the port.");
        assert_eq!(qs.len(), 1, "{qs:?}");
        assert!(qs[0].1.starts_with("a senior engineer"), "{qs:?}");
    }

    #[test]
    fn a_quote_split_by_a_long_attribution_is_one_quote() {
        let qs = quotes(
            "\"We will rebuild the bridge by spring,\" said Mara Okonjo, the regional works commissioner for the north. \"The money is already in the budget.\"",
        );
        let direct: Vec<_> = qs.iter().filter(|q| q.0 == QuoteKind::Direct).collect();
        assert_eq!(direct.len(), 1, "{qs:?}");
        assert!(
            direct[0].3.starts_with("We will rebuild") && direct[0].3.ends_with("budget."),
            "{qs:?}"
        );
    }

    #[test]
    fn speakers_after_questions_dashes_inversions_and_colons() {
        let qs = quotes("\"Why would anyone trust this count of the ballots?\" Mwangi asked.");
        assert_eq!(find(&qs, "Why would anyone").1, "Mwangi");
        let qs = quotes(
            "Governor Kamau spoke in Nakuru. \"We will rebuild the school before the rains,\" he told the crowd.",
        );
        assert_eq!(find(&qs, "We will rebuild").1, "Kamau");
        let qs = quotes("\"We have waited three years for this bridge to open,\" said Otieno.");
        assert_eq!(find(&qs, "We have waited").1, "Otieno");
        let qs =
            quotes("\"The schools here have no teachers left at all this term.\" ― Amina Yusuf");
        assert_eq!(find(&qs, "The schools here").1, "Amina Yusuf");
        let qs = quotes(
            "Wanjiru continued:\n\n\"The river rose in one night and took the whole market with it.\"\n",
        );
        assert_eq!(find(&qs, "The river rose").1, "Wanjiru");
    }

    #[test]
    fn a_transcript_line_behind_a_stray_mark_keeps_its_speaker() {
        let qs = quotes(
            "The minister spoke to the host on Sunday.\n\n\"HOST: Will the border open this week?\n\n\"OKAFOR: We expect the crossing to open on Friday for trucks and buses.\n",
        );
        let q = find(&qs, "We expect the crossing");
        assert_eq!((q.0, q.1.as_str()), (QuoteKind::Direct, "OKAFOR"));
    }

    #[test]
    fn direct_quote_with_speaker_before_and_a_colon() {
        let qs = quotes(
            "Erdogan told reporters: \"Turkey will keep the corridor open for every ship.\"",
        );
        assert_eq!(find(&qs, "Turkey will keep").1, "Recep Tayyip Erdogan");
    }

    #[test]
    fn the_next_quote_in_a_paragraph_keeps_its_speaker() {
        let qs = quotes("Netanyahu said: \"The operation will go on until the hostages are home.\" \"Nobody will stop us from doing that,\" he added.");
        assert_eq!(find(&qs, "Nobody will stop").1, "Benjamin Netanyahu");
    }

    #[test]
    fn an_unbalanced_mark_does_not_cost_the_other_quotes() {
        let qs = quotes("Sisi said \"the crossing must stay open for aid trucks at all times.\nBlinken said the United States was working with Egypt on the crossing.");
        assert!(
            qs.iter()
                .any(|q| q.1 == "Joe Biden" || q.1 == "Antony Blinken"),
            "{qs:#?}"
        );
    }

    #[test]
    fn according_to_an_agency_is_a_chain_not_a_speaker() {
        let qs = quotes("According to the Iranian Fars news agency, Araghchi said the talks with the Europeans would resume in Oman.");
        let q = find(&qs, "the talks with");
        assert_eq!(q.1, "Abbas Araghchi");
        assert_eq!(q.2, ["Fars"]);
    }

    #[test]
    fn an_agency_or_outlet_that_quoted_the_speaker_is_the_chain() {
        let qs = quotes(
            "Iran's state news agency IRNA quoted Araghchi as saying that Tehran would not remain silent.",
        );
        let q = find(&qs, "Tehran would not remain silent");
        assert_eq!(q.1, "Abbas Araghchi", "{qs:#?}");
        assert_eq!(q.2, ["IRNA"]);
        let qs = quotes(
            "Blinken was quoted by Axios as telling Israeli officials that an offensive would be a mistake.",
        );
        let q = find(&qs, "an offensive would be a mistake");
        assert_eq!(q.2, ["Axios"], "{qs:#?}");
        // A named outlet told is a channel too; the press at large is not.
        let qs = quotes("The minister told Al Jazeera that the talks had stalled.");
        assert_eq!(
            find(&qs, "the talks had stalled").2,
            ["Al Jazeera"],
            "{qs:#?}"
        );
        let qs = quotes("The minister told reporters that the talks had stalled.");
        assert!(find(&qs, "the talks had stalled").2.is_empty(), "{qs:#?}");
    }

    #[test]
    fn a_time_after_the_one_told_is_no_part_of_the_report() {
        let qs = quotes("An official told IRNA on Tuesday the talks would resume.");
        let q = find(&qs, "the talks would resume");
        assert_eq!(q.2, ["IRNA"], "{qs:#?}");
        let qs = quotes("The minister told Al Jazeera last week that the talks had stalled.");
        find(&qs, "the talks had stalled");
    }

    #[test]
    fn where_a_report_was_made_is_no_part_of_it() {
        let qs = quotes("Hezbollah said in a statement it had fired rockets at a base.");
        find(&qs, "it had fired rockets");
        let qs = quotes("The ministry said on Telegram its forces had downed 30 drones.");
        find(&qs, "its forces had downed");
        // (Not a preposition that opens what was asked for.)
        let qs = quotes("The family has called on police to release the videos.");
        assert!(qs.iter().all(|q| !q.3.starts_with("the videos")), "{qs:#?}");
    }

    #[test]
    fn a_title_run_ending_in_its_holder_closes_the_report_before_it() {
        for text in [
            "Ministers agreed on Monday to widen sanctions on Iran, EU foreign policy chief Josep Borrell said.",
            "Ministers agreed on Monday to widen sanctions on Iran, the bloc's foreign policy chief Josep Borrell said.",
        ] {
            let qs = quotes(text);
            let q = find(&qs, "Ministers agreed on Monday");
            assert_eq!(q.1, "Josep Borrell", "{qs:#?}");
            assert!(qs.iter().all(|q| !q.3.contains("Borrell said")), "{qs:#?}");
        }
    }

    #[test]
    fn a_state_s_organ_after_a_place_and_a_comma_speaks() {
        // ("in Flint, Mich., said": the state is where the town is; "in
        // Belgium, Oman's foreign ministry said": Oman speaks.)
        let qs = quotes("Iran freed an aid worker in exchange for a diplomat jailed in Belgium, Oman's foreign ministry said.");
        assert_eq!(find(&qs, "Iran freed").1, "Oman", "{qs:#?}");
    }

    #[test]
    fn a_lawyer_speaks_for_a_client_but_is_not_the_client() {
        let text = "Nasrin Karimi, a reporter, was detained on Saturday, according to her lawyer. Karimi was taken to a detention centre, her lawyer said. She was held in Tabriz, the lawyer said, adding that no charge had been brought.";
        let qs = quotes(text);
        for start in [
            "Nasrin Karimi, a reporter",
            "Karimi was taken",
            "She was held",
            "no charge",
        ] {
            assert_eq!(find(&qs, start).1, "lawyer", "{start}: {qs:#?}");
        }
    }

    #[test]
    fn the_one_told_in_a_passive_telling_is_not_its_speaker() {
        let qs = quotes("Karimi had not been told of any charge, the lawyer said.");
        assert!(qs.iter().all(|q| q.1 != "Karimi"), "{qs:#?}");
        let qs =
            quotes("Sanders was told just before the vote that he would probably lose narrowly.");
        let q = qs.iter().find(|q| q.3.contains("he would probably lose"));
        assert_eq!(q.map(|q| q.1.as_str()), Some("?"), "{qs:#?}");
        // ("to be told" is one too.)
        let qs = quotes("McAllister pushed her way back through emergency workers, only to be told her youngest daughter was already dead.");
        let q = qs.iter().find(|q| q.3.contains("youngest daughter"));
        assert!(q.is_none_or(|q| q.1 == "?"), "{qs:#?}");
        // ("is telling" is no passive.)
        let qs = quotes("Donald Trump is telling a veterans group that the military is depleted.");
        assert_eq!(find(&qs, "the military is").1, "Donald Trump", "{qs:#?}");
    }

    #[test]
    fn the_name_before_an_aside_speaks_not_the_role_inside_it() {
        let qs = quotes("In the bank scandal, people were wrongly charged fees, saw their credit ratings fall, got cards in the mail they never asked for or were just confused.");
        assert!(qs.iter().all(|q| !q.1.contains("scandal")), "{qs:#?}");
        for text in [
            "\"The ruling protects everyone,\" Robert McDuff, a lawyer for the groups, said.",
            "\"The ruling protects everyone,\" Robert McDuff, lawyer for one of four groups, said in a statement.",
            "Robert McDuff, lawyer for the groups, said the ruling protects everyone.",
        ] {
            let qs = quotes(text);
            let q = qs
                .iter()
                .find(|q| q.3.to_lowercase().starts_with("the ruling protects"))
                .unwrap_or_else(|| panic!("{text}: {qs:#?}"));
            assert_eq!(q.1, "Robert McDuff", "{text}: {qs:#?}");
        }
    }

    #[test]
    fn a_claim_reaches_us_through_no_one_who_denies_it() {
        let qs = quotes(
            "The RSF said its fighters had seized a base on the city's edge, a claim the army denied.",
        );
        let q = find(&qs, "its fighters had seized");
        assert_eq!(q.1, "Rapid Support Forces", "{qs:#?}");
        assert!(q.2.is_empty(), "{qs:#?}");
    }

    #[test]
    fn a_participle_describing_the_medium_reports_nothing_of_its_own() {
        let qs = quotes(
            "The RSF said in a statement posted on Telegram that its fighters had seized a base.",
        );
        assert_eq!(qs.len(), 1, "{qs:#?}");
        find(&qs, "its fighters had seized");
        // The medium may still speak: "the statement talked about".
        let qs = quotes("The statement talked about the right of voters to choose.");
        assert!(!qs.is_empty(), "{qs:#?}");
    }

    #[test]
    fn a_source_who_asked_not_to_be_named_says_nothing_by_it() {
        let qs = quotes("The source, who asked not to be named, said the talks would resume.");
        find(&qs, "the talks would resume");
        assert!(
            qs.iter().all(|q| !q.3.contains("not to be named")),
            "{qs:#?}"
        );
    }

    #[test]
    fn a_direct_quote_after_a_participle_is_the_first_cue_s_speaker() {
        let qs = quotes(
            "The United Nations relief agency UNRWA said 450,000 people had fled Rafah, adding that \"nowhere is safe in Gaza.\"",
        );
        let q = find(&qs, "nowhere is safe");
        assert_eq!(q.1, "UNRWA", "{qs:#?}");
    }

    #[test]
    fn a_source_that_told_an_agency_carries_it_on_every_quote() {
        let qs = quotes(
            "A senior Iraqi official told Reuters the militias had been warned. The official said the government had asked Tehran to restrain them.",
        );
        let q = find(&qs, "the government had asked");
        assert!(q.1.contains("official"), "{q:?}");
        assert_eq!(q.2, ["Reuters"]);
    }

    #[test]
    fn a_vow_s_time_a_hearer_s_name_and_a_closing_according_to_are_not_content() {
        let qs = quotes(
            "Iran vowed on Tuesday to retaliate against Israel. \
             Amir-Abdollahian told his Syrian counterpart, Faisal Mekdad, that Israel bore full \
             responsibility, according to the IRNA news agency.",
        );
        find(&qs, "to retaliate against Israel");
        let q = find(&qs, "Israel bore full responsibility");
        assert_eq!(q.3, "Israel bore full responsibility", "{q:?}");
        assert_eq!(q.2, vec!["IRNA".to_string()], "{q:?}");
    }

    #[test]
    fn an_agency_after_the_report_is_its_speaker() {
        let qs = quotes(
            "The minister arrived in Baghdad on Monday, IRNA reported. \
             Qatar said that talks would resume in Cairo, Tasnim reported.",
        );
        let q = find(&qs, "The minister arrived");
        assert_eq!(q.1, "IRNA");
        assert!(!q.3.contains("reported"), "{q:?}");
        let outer = find(&qs, "Qatar said");
        assert_eq!(outer.1, "Tasnim");
        let inner = find(&qs, "talks would resume");
        assert_eq!(inner.2, vec!["Tasnim".to_string()], "{inner:?}");
        assert!(!inner.3.contains("Tasnim"), "{inner:?}");
    }

    #[test]
    fn postposed_attribution_and_nested_speech() {
        let qs = quotes("Qatar has said that both sides accepted the draft, the source said.");
        let outer = find(&qs, "Qatar has said");
        assert!(outer.1.contains("source"));
        let inner = find(&qs, "both sides accepted");
        assert_eq!(inner.1, "Qatar");
        assert!(
            inner.2.first().is_some_and(|c| c.contains("source")),
            "{inner:?}"
        );
    }

    #[test]
    fn quoted_words_inside_a_report_belong_to_the_report() {
        let qs = quotes(
            "Ruto says the new levy is \u{201c}a small price for schools\u{201d} and \u{201c}fair to all.\u{201d} \
             Odinga told reporters: \u{201c}We will not pay this tax at all.\u{201d}",
        );
        let report = find(&qs, "the new levy is");
        assert_eq!(report.0, QuoteKind::Indirect);
        assert!(report.3.contains("fair to all"), "{report:?}");
        assert!(
            !qs.iter().any(|q| q.3.starts_with("a small price")),
            "{qs:#?}"
        );
        // A quote the colon hands the floor to stays direct.
        let direct = find(&qs, "We will not pay");
        assert_eq!(direct.0, QuoteKind::Direct);
    }

    #[test]
    fn a_second_cue_of_the_speaker_ends_the_first_report() {
        let qs = quotes("Odinga said the levy was unfair and warned that it would hurt farmers.");
        let first = find(&qs, "the levy was unfair");
        assert_eq!(first.3, "the levy was unfair", "{qs:#?}");
        // The second cue may have a pronoun of its own, after "and" or "but".
        let qs =
            quotes("Odinga said the levy was unfair, but he added that farmers would be heard.");
        let first = find(&qs, "the levy was unfair");
        assert_eq!(first.3, "the levy was unfair", "{qs:#?}");
        let second = find(&qs, "farmers would be heard");
        assert_eq!(second.3, "farmers would be heard", "{qs:#?}");
    }

    #[test]
    fn a_quote_with_a_cue_of_its_own_is_not_merged_into_the_one_before() {
        let qs = quotes(
            "\"We will not sign this deal,\" Odinga said. He added, \"The farmers deserve better than a levy.\"",
        );
        let first = find(&qs, "We will not sign");
        assert_eq!(first.3, "We will not sign this deal,", "{qs:#?}");
        find(&qs, "The farmers deserve better");
        // Split by its attribution alone, it stays one quote.
        let qs = quotes("\"We will not sign,\" Odinga said, \"until the levy is gone.\"");
        assert_eq!(qs.len(), 1, "{qs:#?}");
    }

    #[test]
    fn an_inverted_attribution_after_the_report() {
        let qs = quotes(
            "The levy will not bring the jobs back to the valley, said Wanjiru Kamau, an economist at the university.",
        );
        let q = find(&qs, "The levy will not bring");
        assert_eq!(q.0, QuoteKind::Indirect);
        assert_eq!(
            q.3, "The levy will not bring the jobs back to the valley",
            "{qs:#?}"
        );
        // A time after a postposed speaker does not become the content.
        let qs = quotes(
            "The talks in Nairobi will resume next month, Kenyan officials said on Wednesday.",
        );
        find(&qs, "The talks in Nairobi will resume next month");
        assert!(!qs.iter().any(|q| q.3.contains("Wednesday")), "{qs:#?}");
    }

    #[test]
    fn quoted_words_inside_a_reported_clause_report_the_clause() {
        let qs =
            quotes("The new levy is \"a disaster for farmers,\" said Wanjiru Kamau, an economist.");
        let q = find(&qs, "The new levy is");
        assert_eq!(q.0, QuoteKind::Indirect);
        assert!(q.3.ends_with("a disaster for farmers,\""), "{qs:#?}");
        let qs = quotes("\"We are horrified and angry\" at the closure of the market, Kamau said.");
        let q = find(&qs, "\"We are horrified and angry\"");
        assert!(q.3.ends_with("closure of the market"), "{qs:#?}");
    }

    #[test]
    fn comparisons_names_nouns_and_visits_are_no_reports() {
        for text in [
            "Odinga has won 758 votes, compared with 538 for Ruto in the county.",
            "The militia, known as the Sentinels of the Valley, holds the hills.",
            "The lead for Odinga continues to grow after a win in the county.",
            "The court struck down the governor's plan to tax every farm in the valley.",
            "Nakuru state delegate Mary Wanjiku cheered the result in the hall.",
            "Odinga spoke at a memorial service in Nakuru for the victims of the floods.",
            "Odinga spoke for thirty minutes to the farmers in the hall.",
            "Ruto trails in pledged delegates by a wide margin in the valley.",
            "Odinga spoke to reporters on Tuesday after the vote in Nakuru.",
            "Odinga was talking to the farmers of the valley at a rally.",
        ] {
            assert!(quotes(text).is_empty(), "{text}: {:#?}", quotes(text));
        }
        // What a speaker spoke about is reported.
        let qs = quotes("Odinga spoke about the levy and the price of maize at a rally in Nakuru.");
        find(&qs, "the levy and the price of maize");
        // And past the ones spoken to, what it was about.
        let qs = quotes("Odinga was talking to the farmers about the levy on maize.");
        let q = find(&qs, "the levy on maize");
        assert_eq!(q.3, "the levy on maize", "{qs:#?}");
    }

    /// The speaker's name of the quote starting with `start` in `text`.
    fn speaker_of(text: &str, start: &str) -> String {
        find(&quotes(text), start).1.clone()
    }

    #[test]
    fn a_region_that_owns_a_role_in_the_aside_is_no_speaker() {
        // (Aceh and Hormozgan are regions the names pass finds, as the
        // knowledge base finds Bavaria.)
        for text in [
            "Tomas Varga, head of Aceh's emergency affairs, said several buildings were damaged.",
            "Tomas Varga, head of Hormozgan province's emergency affairs, said several buildings were damaged.",
        ] {
            assert_eq!(speaker_of(text, "several buildings"), "Tomas Varga", "{text}");
        }
    }

    #[test]
    fn quoted_words_the_reported_clause_goes_on_after_belong_to_the_report() {
        // After "that", the clause goes on past the closing mark.
        let qs = quotes("Farah argued that \"outsiders\" had stirred the unrest in the port.");
        let q = find(&qs, "\"outsiders\" had stirred the unrest");
        assert_eq!((q.0, q.1.as_str()), (QuoteKind::Indirect, "Farah"));
        // Words the speaker closed with a comma are the quote.
        let qs = quotes("Farah said that \"we will rebuild every pier,\" and left the hall.");
        assert_eq!(find(&qs, "we will rebuild").0, QuoteKind::Direct, "{qs:#?}");
        // "that's" opens the content; it is no complementizer.
        assert_eq!(
            speaker_of(
                "Okafor said that's what the council had expected all along.",
                "that's what"
            ),
            "Okafor"
        );
        // So is "that" before a verb: "said that is a distortion".
        assert_eq!(
            speaker_of(
                "Okafor said that is a distortion of the record.",
                "that is a distortion"
            ),
            "Okafor"
        );
    }

    #[test]
    fn a_report_after_a_long_aside_of_the_one_told() {
        assert_eq!(speaker_of("Nadia Rahimi told a rally in Herat, Afghanistan on Monday that the road would reopen.", "the road would reopen"), "Nadia Rahimi");
        assert_eq!(
            speaker_of(
                "Nadia Rahimi told a rally in Herat she would run again next year.",
                "she would run again"
            ),
            "Nadia Rahimi"
        );
        // Said over a medium and a clause about it.
        assert_eq!(speaker_of("Daniel Ortiz said on the radio, where he hosts a weekly show, that the mayor should resign.", "the mayor should resign"), "Daniel Ortiz");
    }

    #[test]
    fn speakers_no_list_knows_before_and_after_the_cue() {
        // A cue coordinated with the sentence's first verb: its opening noun phrase.
        assert_eq!(
            speaker_of(
                "The veteran envoy spent a decade in Cairo and says the talks are doomed.",
                "the talks are doomed"
            ),
            "The veteran envoy"
        );
        // Inverted, a description ending in a name, or a noun phrase before a relative clause.
        assert_eq!(
            speaker_of(
                "The harvest will fall short this year, says agronomist Leila Haddad in Homs.",
                "The harvest will fall short"
            ),
            "Leila Haddad"
        );
        assert_eq!(
            speaker_of(
                "The plan cannot pass the chamber, said a group of senators who oppose it.",
                "The plan cannot pass"
            ),
            "a group of senators"
        );
        // A noun phrase after a comma right before the cue, not an actor in the report.
        assert_eq!(
            speaker_of(
                "Rebels shelled the airport overnight, the report said.",
                "Rebels shelled the airport"
            ),
            "the report"
        );
        // "As ... noted," and "As reported by ...," open a report of the main clause.
        assert_eq!(
            speaker_of(
                "As the newspaper noted, the vote is close because turnout fell.",
                "the vote is close because turnout fell"
            ),
            "the newspaper"
        );
        assert_eq!(
            speaker_of(
                "As reported by the Harbour Gazette, the bridge was closed in March.",
                "the bridge was closed"
            ),
            "the Harbour Gazette"
        );
    }

    #[test]
    fn agencies_shows_and_who_declined() {
        // An agency naming a thing it made is no channel of the report.
        assert_eq!(
            speaker_of(
                "Brian Osei said the AFP report was misleading.",
                "the AFP report was misleading"
            ),
            "Brian Osei"
        );
        // With no one else reporting in the sentence, the agency is the source.
        assert_eq!(
            speaker_of(
                "The convoy reached the border at dawn, according to Reuters.",
                "The convoy reached the border"
            ),
            "Reuters"
        );
        // A show's name in quotation marks is no quote of the cue after it,
        // which reports a clause of its own.
        let qs = quotes("On the program \"Morning Hour,\" Governor Tan said if the bill passed she would sign it.");
        assert!(
            qs.iter().all(|q| !q.3.starts_with("Morning Hour")),
            "{qs:#?}"
        );
        assert_eq!(find(&qs, "if the bill passed").1, "Tan");
        // Declining to comment is on the record.
        let qs = quotes("The ministry declined to comment.");
        assert_eq!(find(&qs, "to comment").0, QuoteKind::Indirect);
        // Phrasal verbs of another sense report nothing.
        assert!(quotes("The union called off the strike on Friday.").is_empty());
    }

    #[test]
    fn where_a_report_ends() {
        // An earlier event or a description the writer adds.
        let qs = quotes("Most voters say the mayor is honest, after half said so in May.");
        assert!(qs.iter().any(|q| q.3 == "the mayor is honest"), "{qs:#?}");
        // (Also after a comma that closes quoted words.)
        let qs = quotes("Ortiz called the plan \"reckless,\" a charge the mayor rejects.");
        assert!(qs.iter().any(|q| q.3 == "the plan \"reckless"), "{qs:#?}");
        let qs = quotes("The firm announced it would cut 3,000 jobs, a blow to the region.");
        assert!(
            qs.iter().any(|q| q.3 == "it would cut 3,000 jobs"),
            "{qs:#?}"
        );
        // A second cue after a conjunction and its own subject opens a report of its own.
        let qs = quotes("A third say they are unsure, and one in five say the plan has failed.");
        assert!(qs.iter().any(|q| q.3 == "they are unsure"), "{qs:#?}");
        find(&qs, "the plan has failed");
        // An aside about the object, then what the cue holds against it.
        let qs = quotes("Ortiz accused Tan, the mayor of the port city, of hiding the audit.");
        assert!(
            find(&qs, "Tan").3.ends_with("of hiding the audit"),
            "{qs:#?}"
        );
    }

    #[test]
    fn a_quote_left_open_at_a_paragraph_s_end_goes_on_in_the_next() {
        let text = "Amal Haddad told the Gazette that the ferry was \"never safe for the crossing.\n\n\"The owners knew it for years.\"\n\nThe ferry sank in May.";
        let qs = quotes(text);
        let q = find(&qs, "the ferry was");
        assert!(q.3.ends_with("The owners knew it for years."), "{qs:#?}");
        assert_eq!(qs.len(), 1, "{qs:#?}");
        // A closed quote is not continued.
        let text =
            "\"The ferry was never safe,\" Amal Haddad said.\n\n\"We knew it,\" a sailor said.";
        assert_eq!(quotes(text).len(), 2);
    }

    #[test]
    fn to_continue_reports_only_a_clause_or_a_quote() {
        // What goes on is no speaker of the clause after it.
        let text =
            "The strikes will go on if the offensive continues, raising fears in the region.";
        assert!(quotes(text).is_empty(), "{:#?}", quotes(text));
        // A speaker who goes on speaking still does.
        let qs = quotes(
            "\"We will not stop until the talks resume,\" Omar Haddad continued. He continued that the envoys had failed.",
        );
        let q = find(&qs, "We will not stop");
        assert_eq!((q.0, q.1.as_str()), (QuoteKind::Direct, "Omar Haddad"));
        let q = find(&qs, "the envoys had failed");
        assert_eq!(q.1, "Omar Haddad");
    }

    #[test]
    fn who_was_told_is_not_what_was_told() {
        let qs = quotes(
            "Kenya will send a special force to the north, Defence Minister Aden Duale told a Senate panel on Wednesday.",
        );
        find(&qs, "Kenya will send a special force");
        assert!(!qs.iter().any(|q| q.3.contains("Senate panel")), "{qs:#?}");
        let qs = quotes("Odinga told reporters he would not sign the levy into law.");
        let q = find(&qs, "he would not sign");
        assert_eq!(q.3, "he would not sign the levy into law", "{qs:#?}");
        let text =
            "The speech differed from what Odinga told the farmers before the rally on Monday.";
        assert!(quotes(text).is_empty(), "{:#?}", quotes(text));
    }

    #[test]
    fn an_attack_by_a_state_or_a_force_is_an_act_and_by_a_person_a_report() {
        for text in [
            "Russia attacked Kyiv with drones overnight.",
            "Houthi rebels attacked a merchant ship in the Red Sea on Sunday.",
        ] {
            assert!(quotes(text).is_empty(), "{text}: {:#?}", quotes(text));
        }
        let qs = quotes("Odinga attacked the levy in a speech on Monday.");
        find(&qs, "the levy");
    }

    #[test]
    fn a_postposed_attribution_may_close_with_a_clause_of_time() {
        let qs = quotes(
            "Drones hit a power plant near Kisumu overnight, the police said on Thursday, \
             hours after the army accused rebels of attacking a depot.",
        );
        let q = find(&qs, "Drones hit a power plant");
        assert_eq!(
            q.3, "Drones hit a power plant near Kisumu overnight",
            "{qs:#?}"
        );
    }

    #[test]
    fn a_report_told_to_an_agency_needs_no_that_and_an_aside_keeps_its_head() {
        let qs = quotes(
            "A Kenyan official, who declined to be named, told Reuters the levy would stay.",
        );
        let q = find(&qs, "the levy would stay");
        assert_eq!(q.3, "the levy would stay", "{qs:#?}");
        assert_eq!(q.1, "Kenyan official", "{qs:#?}");
        // Spoken to an agency with no report after it.
        let qs = quotes("The minister talked to Reuters on Monday.");
        assert!(qs.is_empty(), "{qs:#?}");
    }

    #[test]
    fn the_hearer_an_aside_and_the_time_of_the_report_are_not_its_content() {
        let qs = quotes(
            "Odinga told reporters in Kisumu on Friday that the levy would fall on farmers.",
        );
        let q = find(&qs, "the levy would fall");
        assert_eq!(q.3, "the levy would fall on farmers", "{qs:#?}");
        let qs = quotes("The ministry said in Nairobi that the levy would stay.");
        assert_eq!(find(&qs, "the levy would stay").3, "the levy would stay");
        for text in [
            "Kenya said on Wednesday it had seized a fishing boat.",
            "Kenya said Wednesday it had seized a fishing boat.",
            "Kenya said on Jan. 5 it had seized a fishing boat.",
        ] {
            let qs = quotes(text);
            assert_eq!(
                find(&qs, "it had seized").3,
                "it had seized a fishing boat",
                "{text}"
            );
        }
    }

    #[test]
    fn a_thing_called_by_a_name_is_no_report() {
        let text = "Farmers in Nakuru formed a group called Maize Matters to fight the levy.";
        assert!(quotes(text).is_empty(), "{:#?}", quotes(text));
        let qs = quotes("A government spokesman called the levy a burden for farmers.");
        find(&qs, "the levy");
    }

    #[test]
    fn a_contrast_the_writer_adds_and_a_time_before_that_are_not_the_report() {
        let qs = quotes(
            "Odinga said the levy was rigged against farmers, while his rival has gained in the polls.",
        );
        let q = find(&qs, "the levy was rigged");
        assert_eq!(q.3, "the levy was rigged against farmers", "{qs:#?}");
        let qs = quotes("Odinga said earlier this year that he would sign the levy into law.");
        let q = find(&qs, "he would sign");
        assert_eq!(q.3, "he would sign the levy into law", "{qs:#?}");
    }

    #[test]
    fn a_question_put_to_a_speaker_is_reported() {
        let qs = quotes("Asked whether he would sign the levy, Odinga said he had not decided.");
        let q = find(&qs, "whether he would sign");
        assert_eq!(q.3, "whether he would sign the levy", "{qs:#?}");
        find(&qs, "he had not decided");
        let qs = quotes("But when asked about the price of maize, Ruto declined to comment.");
        find(&qs, "about the price of maize");
        // An asking verb after its subject is no question put.
        let qs = quotes("Odinga asked whether the levy was legal.");
        assert_eq!(qs.len(), 1, "{qs:#?}");
    }

    #[test]
    fn a_bare_verb_reports_after_any_subject() {
        let qs =
            quotes("Experts like Wanjiru Kamau, an economist, say the levy will hurt farmers.");
        find(&qs, "the levy will hurt farmers");
        let qs = quotes("Among farmers in Nakuru, one in five say they will vote for Ruto.");
        find(&qs, "they will vote for Ruto");
    }

    #[test]
    fn a_plural_noun_or_the_writer_right_before_the_cue_speaks() {
        let qs = quotes(
            "Ruto proposed a levy on maize, but analysts agreed it was still a heavy burden.",
        );
        assert_eq!(find(&qs, "it was still").1, "analysts", "{qs:?}");
        let qs =
            quotes("The firm filed in Nakuru, where restructuring experts say judges move fast.");
        assert_eq!(
            find(&qs, "judges move fast").1,
            "restructuring experts",
            "{qs:?}"
        );
        let qs = quotes("Like Odinga, I believe that Ruto will lose the vote.");
        assert_eq!(find(&qs, "Ruto will lose").1, "I", "{qs:?}");
        let qs = quotes("In fairness to Ruto, I should say that Odinga paid them.");
        assert_eq!(find(&qs, "Odinga paid them").1, "I", "{qs:?}");
    }

    #[test]
    fn a_verb_after_but_takes_the_sentence_subject_and_the_next_paragraph_keeps_it() {
        let qs = quotes(
            "Senator Jane Roe used to back Odinga, but now said Ruto had \"the duty to unite us.\"\n\n\"I think he can do that, but the drought unites us more.\"",
        );
        assert_eq!(find(&qs, "Ruto had").1, "Jane Roe", "{qs:?}");
        assert_eq!(find(&qs, "I think he can").1, "Jane Roe", "{qs:?}");
        // A quote after a report in its own paragraph is the reporter's too.
        let qs = quotes(
            "The cabinet may wait for the talks to end, Jane Roe said. \"The other factor is the drought.\"",
        );
        assert_eq!(find(&qs, "The other factor").1, "Jane Roe", "{qs:?}");
    }

    #[test]
    fn the_state_after_a_town_is_where_the_speaker_is_from() {
        let qs = quotes("Jane Roe, 22, of Flint, Mich., said she had not given up hope.");
        assert_eq!(find(&qs, "she had not").1, "Jane Roe", "{qs:?}");
        // ("yet" is no word of the speaker's.)
        let qs = quotes("The candidate yet refuses to publish his own returns.");
        assert_eq!(find(&qs, "to publish").1, "The candidate", "{qs:?}");
    }

    #[test]
    fn according_to_a_party_s_people_names_them() {
        let qs = quotes("Odinga will not run again, according to several senior Democrats.");
        assert_eq!(
            find(&qs, "Odinga will not").1,
            "several senior Democrats",
            "{qs:?}"
        );
    }

    #[test]
    fn a_poll_reports_what_it_shows_and_what_a_phrase_naming_it_opens() {
        let qs = quotes("A new Gallup poll shows Ruto leading Odinga by nine points.");
        assert_eq!(find(&qs, "Ruto leading Odinga").1, "Gallup", "{qs:?}");
        let qs = quotes(
            "In a Gallup poll released Monday, 50 percent chose Ruto, although many were undecided.",
        );
        let q = find(&qs, "50 percent chose Ruto");
        assert_eq!(q.1, "Gallup", "{qs:?}");
        assert!(!q.3.contains("undecided"), "{qs:?}");
        // A cue of its own in the clause is the report's; a gerund opens no such phrase.
        let qs = quotes("In a memo released Tuesday, the campaign manager acknowledged the loss.");
        assert!(
            qs.iter()
                .all(|q| !q.3.contains("campaign manager acknowledged")),
            "{qs:?}"
        );
        let qs = quotes("In breaking down the poll results, voters favored Ruto.");
        assert!(qs.iter().all(|q| !q.3.starts_with("voters")), "{qs:?}");
    }

    #[test]
    fn a_pronoun_s_second_cue_after_an_auxiliary_and_a_day_spoken_on() {
        let qs = quotes(
            "Ruto spoke on Monday, promising lower taxes for farmers, but he has also warned of deep cuts.",
        );
        assert!(!qs.iter().any(|q| q.3 == "Monday"), "{qs:?}");
        assert_eq!(
            find(&qs, "lower taxes").3,
            "lower taxes for farmers",
            "{qs:?}"
        );
    }

    #[test]
    fn a_coordinated_cue_and_a_described_subject_keep_the_speaker() {
        let qs = quotes("Odinga said that Ruto is playing games and said that Kamau is weak.");
        let second = find(&qs, "Kamau is weak");
        assert_eq!(second.1, "Odinga", "{qs:#?}");
        let qs = quotes(
            "Wanjiru Kamau, an economist who has refused to endorse Ruto, said the farmers deserved better.",
        );
        let q = find(&qs, "the farmers deserved better");
        assert_ne!(q.1, "William Ruto", "{qs:#?}");
        assert!(!q.3.contains("Kamau"), "{qs:#?}");
    }

    #[test]
    fn a_description_ending_in_a_name_after_the_cue_speaks() {
        let a: Article =
            coded("\"We will not sign this levy,\" said former union leader Wanjiru Kamau.");
        let q = &a.layers.quotes[0];
        let speaker = q.speaker_span.map(|s| a.text(s).to_string());
        // The person the description ends in, resolved as a person.
        assert_eq!(speaker.as_deref(), Some("Wanjiru Kamau"), "{q:#?}");
        assert_eq!(
            q.speaker.as_ref().map(|e| e.kind),
            Some(sitrep_core::EntityKind::Person),
            "{q:#?}"
        );
        let qs = quotes(
            "After meeting Ruto, Senator Wanjiru Kamau, who has endorsed Odinga, said the levy was unfair.",
        );
        let q = find(&qs, "the levy was unfair");
        assert!(!q.1.contains("Ruto") && !q.1.contains("Odinga"), "{qs:#?}");
    }

    #[test]
    fn participles_places_and_negations_keep_the_speaker() {
        let qs = quotes(
            "\"Ruto has misled every farmer in the valley,\" Odinga said, adding that the levy was unfair.",
        );
        let q = find(&qs, "the levy was unfair");
        assert_eq!(q.1, "Odinga", "{qs:#?}");
        let qs = quotes("Odinga, during a rally in Nakuru, Kenya, said the levy was unfair.");
        let q = find(&qs, "the levy was unfair");
        assert_eq!(q.1, "Odinga", "{qs:#?}");
        let qs = quotes("Odinga, a veteran of the opposition, has not endorsed Ruto.");
        let q = find(&qs, "Ruto");
        assert_eq!(q.1, "Odinga", "{qs:#?}");
    }

    #[test]
    fn a_person_before_a_colon_speaks_the_quote_after_it() {
        let qs = quotes(
            "As Professor Wanjiru Kamau put it: \"The valley does a better job at feeding the country than any other.\"",
        );
        let q = find(&qs, "The valley does a better job");
        assert!(q.1.contains("Kamau"), "{qs:#?}");
        // A list after a colon has no speaker.
        let qs = quotes(
            "Three districts were on the list: \"Nakuru, Naivasha and the hills above them all.\"",
        );
        assert!(qs.iter().all(|q| q.1 == "?"), "{qs:#?}");
        let qs =
            quotes("Kamau elaborated in a column that the farmers may reconsider their votes.");
        find(&qs, "the farmers may reconsider");
    }

    /// The kind and the speaker of the quote opening with `start`.
    fn kind_and_speaker(text: &str, start: &str) -> (QuoteKind, String) {
        let q = find(&quotes(text), start).clone();
        (q.0, q.1)
    }

    /// No quote opens with any of `words`.
    fn reports_none_of(text: &str, words: &[&str]) {
        let qs = quotes(text);
        for w in words {
            assert!(
                qs.iter().all(|q| !q.3.starts_with(w)),
                "{w:?} reported in {qs:#?}"
            );
        }
    }

    #[test]
    fn words_that_only_look_like_reports_report_nothing() {
        // A noun that names a thing opens a relative clause, not a report.
        reports_none_of(
            "Kamau campaigned hard in the state that she won in 2008.",
            &["she won"],
        );
        // A gerund after an article, and the credits of wire copy.
        reports_none_of(
            "The Post said there was no attempt to circumvent the reporting requirements of the act. \
             Kamau led Otieno with 95 percent of precincts reporting.\n\n\
             Lerer reported from Los Angeles. (Additional reporting by Ann Lee in Nairobi.)",
            &["requirements", "Kamau led", "from Los Angeles", "by Ann Lee"],
        );
        // An -ed form after a determiner and words of degree is an adjective.
        reports_none_of(
            "Otieno won the hotly contested race in Kisumu. It was the party's last contested primary of the year.",
            &["race in Kisumu", "primary of the year"],
        );
        // Verbs of another sense.
        reports_none_of(
            "Kamau found himself in a tight race. Otieno was found guilty of fraud. Wanjiru helped found the group in 2008. \
             Odinga appeared on KTN to tout his plan. Ruto is best known for his speeches. \
             The plan would let firms write off their losses. The emails that a clerk deleted were found.",
            &["himself", "guilty", "the group", "KTN", "his speeches", "off their losses", "The emails"],
        );
        // A noun of result, and a written work as what is written.
        reports_none_of(
            "Without a strong showing in Iowa, the campaign may struggle. \
             Weaver wrote a children's book about the farm. \
             Scribner will publish a biography written by two reporters of the Nation.",
            &["in Iowa", "a children's book", "by two reporters"],
        );
        let text = "Weaver wrote in a letter that the levy was unfair.";
        assert_eq!(speaker_of(text, "the levy was unfair"), "Weaver");
        // "maintain" reports a clause, not what it keeps.
        reports_none_of(
            "Kamau maintained a large lead in the polls.",
            &["a large lead"],
        );
        let text = "Kamau maintained that he had done nothing wrong.";
        assert_eq!(speaker_of(text, "he had done"), "Kamau");
    }

    #[test]
    fn a_page_s_labels_and_lists_before_a_colon_are_no_speakers() {
        let text = "The senator spoke on Monday.\n\nContributing: Ann Lee and Bo Chen in Nairobi.\n\n\
                    Kenya: Tim Albrecht, Brad Anderson, Rob Barron, Jane Doe.\n\nQ: Have you talked to the governor lately?";
        let qs = quotes(text);
        assert!(
            qs.iter()
                .all(|q| !matches!(q.1.as_str(), "Contributing" | "Kenya" | "Q")),
            "{qs:#?}"
        );
        // A name before a colon still speaks.
        let qs =
            quotes("The debate ran late.\n\nKAMAU: We will not raise the levy on fuel this year.");
        assert_eq!(find(&qs, "We will not raise").1, "Kamau", "{qs:#?}");
    }

    #[test]
    fn a_noun_phrase_taken_as_content_keeps_its_relative_clause_and_ends_at_a_second_verb() {
        // (text, the content's first words, the content)
        for (text, start, content) in [
            (
                "Kamau mentioned the rival who was likely to beat him.",
                "the rival",
                "the rival who was likely to beat him",
            ),
            (
                "Otieno endorsed Kamau for governor and drafted the budget bill.",
                "Kamau",
                "Kamau for governor",
            ),
            // Where the report was made is no part of it.
            (
                "The senator criticized the plan in an interview on KTN on Sunday.",
                "the plan",
                "the plan",
            ),
        ] {
            assert_eq!(find(&quotes(text), start).3, content, "{text}");
        }
    }

    #[test]
    fn an_attribution_inside_the_sentence_it_reports_takes_the_whole_sentence() {
        let text = "The club's heavy investment in its courts, Ms. Tanzer said, \"is a perfect example of adapting\" to the economics of tennis.";
        let q = kind_and_speaker(text, "The club's heavy investment");
        assert_eq!(q, (QuoteKind::Indirect, "Tanzer".into()));
        let content = find(&quotes(text), "The club's").3.clone();
        assert!(content.ends_with("economics of tennis"), "{content}");
        // A quote that is a sentence of its own stays direct.
        let qs = quotes("Asked about the levy, Ryan said, \"Sure. I get that, too.\"");
        assert_eq!(find(&qs, "Sure.").0, QuoteKind::Direct, "{qs:#?}");
    }

    #[test]
    fn a_name_s_role_and_an_abbreviated_rank_do_not_take_the_speaker() {
        let text = "\u{201c}The numbers we have seen put our campaign on pace,\u{201d} Jeff Weaver, Sanders\u{2019} campaign manager, said.";
        let q = kind_and_speaker(text, "The numbers we have seen");
        assert_eq!(q, (QuoteKind::Direct, "Jeff Weaver".into()));
        let text =
            "\"It is a serious matter for the region,\" said retired Army Lt. Gen. Mick Bednarek.";
        assert_eq!(speaker_of(text, "It is a serious matter"), "Mick Bednarek");
        // A role's words after "said" before the name that closes them.
        let text = "Two men were arrested in the city, said police spokesman Gregg Miliote.";
        assert_eq!(speaker_of(text, "Two men were arrested"), "Gregg Miliote");
    }

    #[test]
    fn one_accused_of_a_charge_is_not_its_speaker() {
        let qs =
            quotes("A fired accountant accused of wounding two bosses was arraigned on Wednesday.");
        let q = find(&qs, "wounding two bosses");
        assert_eq!(
            (q.1.as_str(), q.3.as_str()),
            ("?", "wounding two bosses"),
            "{qs:#?}"
        );
        // In the active, the accuser is named.
        let text = "These are the rivals who he accused of lying about the levy.";
        assert_ne!(speaker_of(text, "lying about the levy"), "?");
    }
}
