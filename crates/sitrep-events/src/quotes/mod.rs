//! Quotes and their source chains.
//!
//! - **Direct** quotes are text between quotation marks (straight or curly;
//!   an unbalanced mark closes at the end of its paragraph), four words or
//!   more, so that scare quotes ("preemptive") are not quotes. The speaker is
//!   found around a reporting cue before, after or inside the quote, or
//!   carried over from the last quote or report before it in the paragraph
//!   (or in the paragraph before, for a quote that opens its own). A
//!   quoting phrase (`quoting-phrases.txt`: "as she put it") hands a quote to
//!   its subject and reports nothing of its own.
//! - **Indirect** quotes hang on a reporting cue from `data/lexicon/cues.tsv`
//!   used as a verb ("said", "warned", "urging") or "according to X", or on a
//!   possessed noun of stance followed by "that" ("Iran's position that"). A
//!   document that finds (`finding-nouns.txt`) speaks as a person does ("a
//!   new poll shows"), and a phrase opening a sentence with "In" and naming
//!   one reports the clause after it ("In a CNN poll, 50 percent ...").
//! - **Chains**: "X told IRNA" links X to IRNA for the whole article;
//!   "according to Tasnim, X stated" puts Tasnim on the quotes of that
//!   sentence; a quote inside another quote's content carries the outer
//!   speaker and chain after its own. Inside another report's words only a
//!   named speaker's verb of saying (`speech` in `cues.tsv`) makes a report
//!   of its own: a stance or an act there is the outer speaker's account.
//!
//! Where things live: [`find`] runs `direct` (quotation marks, and the quotes
//! that continue or introduce one another), then `indirect` (a report at each
//! cue: who speaks, whom it was told, what it reports), then `chains`. `cues`
//! says what a cue is, `speakers` who speaks at one, `phrases` reads the noun
//! phrases around it and `content` where a report's words start and end.

use crate::doc::Doc;
use sitrep_core::data::{tsv_rows, word_set};
use sitrep_core::{Entity, EntityKind, MentionType, Quote, QuoteKind, Span};
use std::collections::HashMap;
use std::sync::LazyLock;

mod chains;
mod content;
mod cues;
mod direct;
mod indirect;
mod phrases;
mod speakers;

use chains::*;
pub use content::postposed_attribution;
use content::*;
use cues::*;
pub use cues::{is_verb_cue, reports_a_clause, stance_of};
use direct::*;
use indirect::*;
use phrases::*;
use speakers::*;

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
    /// name's. `pronouns` are the relative pronouns looked for: "who" and
    /// "which"; or "that", which [`indirect`] tries only where no subject
    /// was found, since a name before it often speaks through the thing it
    /// made ("Sanders released an ad that urges ...").
    fn relative(doc: &Doc, cue: usize, pronouns: &[&str]) -> Option<Self> {
        let w = (cue.saturating_sub(8)..cue)
            .rev()
            .find(|&k| pronouns.contains(&doc.lower(k)))?;
        if w < 1 || !relative_reaches(doc, w, cue) {
            return None;
        }
        // "the group that endorsed Sanders", "rhetoric that painted ...":
        // "that" is a relative pronoun right before its verb and after the
        // noun it stands for; not the conjunction after a verb ("said that
        // denied ..."). (PolNeAR attributes to things too: on its train
        // texts, keeping only names and nouns of speakers and documents
        // took 13 quotes away, 10 of them matches; stop 52.)
        if doc.lower(w) == "that"
            && (back_over_auxiliaries(doc, cue, w + 1) != w + 1
                || doc.mention_at(w - 1).is_none() && !is_antecedent_noun(doc, w - 1)
                || is_verb_cue(doc, w - 1))
        {
            return None;
        }
        let mut entity = if w >= 2 && set_off(doc, w - 1) {
            // ("the leader of the opposition in North-Rhine Westphalia, who
            // suggested": a name nothing resolved, or none, is still the
            // antecedent of "who"; the words before the comma name it. Not
            // of "which", a thing's more often than a speaker's: "the
            // fighting, which claimed 660 lives".)
            match doc
                .mention_at(w - 2)
                .and_then(|m| doc.mention(m).entity.clone())
            {
                Some(entity) => entity,
                None if doc.lower(w) == "who" && is_antecedent_noun(doc, w - 2) => {
                    Entity::named(doc.text(w - 2, w - 2), EntityKind::Generic)
                }
                None => return None,
            }
        } else {
            // "an architect who said", "Republicans who say": a relative
            // with no comma speaks for the noun right before it, and no name
            // further back in the sentence does.
            // ("John Kasich, a Republican who has refused": the name the
            // apposition describes, when the noun resolves to no one.)
            let noun = w - 1;
            match doc.mention_at(noun) {
                Some(m) => doc
                    .mention(m)
                    .entity
                    .clone()
                    .or_else(|| described_by(doc, noun))?,
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

/// Whether the relative pronoun at `w` is the subject of the cue at `cue`:
/// right before it, over auxiliaries and adverbs, with no name nor noun
/// phrase of the cue's own between ("who has said", not "which critics
/// said"); further back, with no clause or punctuation between, over a time
/// ("who has in the past described") or, in a relative set off by a comma or
/// a dash, over a first verb the cue is coordinated with ("- who read the
/// report and discussed"). Not in a relative with no comma: in "announced
/// support from mothers who have lost children and said", the cue is the
/// announcer's.
fn relative_reaches(doc: &Doc, w: usize, cue: usize) -> bool {
    let between = w + 1..cue;
    let named = between.clone().any(|k| doc.mention_at(k).is_some());
    if cue - w <= 3 {
        let own_subject = own_subject_right_before(doc, cue, w + 1)
            || between.clone().any(|k| DETERMINERS.contains(&doc.lower(k)));
        return !named && !own_subject;
    }
    let coordinated = set_off(doc, w - 1)
        && doc.lower(back_over_auxiliaries(doc, cue, w + 1).saturating_sub(1)) == "and";
    let over_a_time = between.clone().all(|k| {
        BEFORE_CUE.contains(&doc.lower(k))
            || matches!(
                doc.lower(k),
                "in" | "the" | "past" | "years" | "months" | "weeks"
            )
    });
    let clause_between = between.clone().any(|k| {
        matches!(
            doc.lower(k),
            "that" | "which" | "who" | "because" | "if" | "when"
        ) || SUBJECT_PRONOUNS.contains(&doc.lower(k))
            || doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Punct
    });
    !clause_between && (coordinated || over_a_time && !named)
}

/// A comma or a dash, which sets a relative clause off.
fn set_off(doc: &Doc, k: usize) -> bool {
    doc.lower(k) == "," || is_dash(doc.lower(k))
}

/// A dash setting words off, or a hyphen standing for one: "—", "–", "--",
/// "-" as a token of its own.
pub(super) fn is_dash(word: &str) -> bool {
    matches!(word, "—" | "–" | "--" | "-")
}

/// Spans ordered by where they start, so that those holding a span are
/// found by a search, not by a scan of them all (which made a long text's
/// quotes quadratic to nest).
struct SpansByStart {
    spans: Vec<Span>,
    by_start: Vec<usize>,
    longest: usize,
}

impl SpansByStart {
    fn new(spans: Vec<Span>) -> Self {
        let mut by_start: Vec<usize> = (0..spans.len()).collect();
        by_start.sort_by_key(|&j| spans[j].start);
        let longest = spans.iter().map(|s| s.len()).max().unwrap_or(0);
        SpansByStart {
            spans,
            by_start,
            longest,
        }
    }

    /// The indexes of the spans that contain `inner`, in no set order.
    fn containing(&self, inner: Span) -> impl Iterator<Item = usize> + '_ {
        let started = self
            .by_start
            .partition_point(|&j| self.spans[j].start <= inner.start);
        self.by_start[..started]
            .iter()
            .rev()
            .take_while(move |&&j| self.spans[j].start + self.longest >= inner.end)
            .copied()
            .filter(move |&j| self.spans[j].contains(inner))
    }
}

struct Found {
    quote: Quote,
    sentence: usize,
}

/// A report found at a cue: who speaks, the tokens of what is reported, the
/// cue's span.
struct Report {
    speaker: SpeakerRef,
    content: (usize, usize),
    cue_span: Span,
    /// The content is a noun phrase ("endorsed Cruz"), which needs one word,
    /// not a clause's three.
    np_content: bool,
    /// A telling in the passive: the report has no speaker.
    teller_unknown: bool,
}

impl Report {
    fn new(speaker: SpeakerRef, content: (usize, usize), cue_span: Span) -> Self {
        Report {
            speaker,
            content,
            cue_span,
            np_content: false,
            teller_unknown: false,
        }
    }
}

/// Whether token `tok` is inside a direct quote's marks (`quoted`, disjoint
/// and in the text's order, as `quoted_spans` makes them).
fn in_direct(doc: &Doc, quoted: &[(Span, Span)], tok: usize) -> bool {
    let b = doc.toks[tok].span.start;
    let after = quoted.partition_point(|(q, _)| q.start <= b);
    after > 0 && b < quoted[after - 1].0.end
}

pub fn find(doc: &Doc) -> Vec<Quote> {
    let quoted = quoted_spans(doc);
    let mut found = direct_quotes(doc, &quoted);
    merge_continued_quotes(doc, &mut found);
    colon_speech(doc, &mut found);
    speaker_of_the_introducing_sentence(doc, &mut found);
    indirect_quotes(doc, &quoted, &mut found);
    questions_put(doc, &mut found);
    drop_nested_cues(doc, &quoted, &mut found);
    join_paragraph_continuations(doc, &quoted, &mut found);
    speaker_of_the_quoting_sentence(doc, &mut found);
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

#[cfg(test)]
mod tests;
