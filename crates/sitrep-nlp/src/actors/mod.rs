//! Actor mentions: find them, resolve them to coded actors, link references back.
//!
//! Six passes over one article, each adding or refining candidates:
//! 1. **names** from the knowledge base: states, seats of power, demonyms,
//!    groups, people, agencies, places;
//! 2. **descriptions** built on a head from `generic.tsv` with the words before
//!    it ("an informed Iranian source", "American positions", "Western
//!    countries"); a country inside gives the code; a head that is also a
//!    verb's -s form ("Byrne states that") is dropped once the people are
//!    found (`verbs_read_as_heads`);
//! 3. **modifiers**: a demonym or a possessive before a non-actor noun
//!    ("American policy", "Iran's position") can give a country or an event's
//!    source but is never a verb's subject;
//! 4. **titles**: "Iran's foreign minister" resolves to the office holder on
//!    the article's date, and a body's office to the body's holder
//!    ("Hezbollah's secretary-general"); a bare title after "the" ("the
//!    minister") waits for the references pass; an unknown capitalized name
//!    after a title is a person;
//!    one that reports is a person too, or a body ("Microsoft says it") when
//!    the article calls it "it" or keeps naming it alone, and no person of
//!    the article goes by it;
//! 5. **other names** the passes above left: capitalized runs typed by
//!    [`crate::names`] (their words, the place gazetteer, their context),
//!    a place among them that owns a noun only modifying it, as in pass 3;
//!    then a town's name that is a person's surname in the article ("Jackson"
//!    after "Vincent Jackson") or follows "Ms." is the person, and a surname
//!    alone is the one person named in full before it ("Bolton" after "John
//!    Bolton"; none when two share it);
//! 6. **references**: pronouns and definite descriptions ("the regime", "the
//!    source") link to the last compatible mention; a person's pronoun to
//!    the nearest person before it in its sentence, else to the first person
//!    (the subject, most often) of each of the three sentences before,
//!    nearest first (six when none of three names one), not
//!    one inside a quotation that closes before it, and never to a woman for
//!    "he" or a man for "she" (by a given name or an honorific), a bare title to the last
//!    holder of its office on the article's date; then context: a spokesman
//!    after a body or its possessor speaks for it ("The group's spokesman"),
//!    a state's organ takes the country of the place beside it (not a weapon,
//!    a site or a coalition), and descriptions and unknown people the
//!    country the article is about (a bare title its holder there).
//!
//! [`named_spans`] gives the CoNLL view of the result: names only, an
//! office's place or body ("Philadelphia" of "Philadelphia District
//! Attorney"), and a town as its club where a score or a player follows it.
//!
//! Where the passes live: `known` (1), `descriptions` (2), `modifiers` (3),
//! `titles` and `unknown` (4), `other_names` (5), `references` (6), then
//! `context` for what linked mentions say about each other. `around` reads
//! the words around a token for several passes; `conll` builds
//! [`named_spans`], with `clubs` for towns that name their club. This file
//! holds what every pass shares: the candidate, the article's context, the
//! word lists several passes read, and [`find`], which runs the passes in
//! order.

use crate::kb::{KnowledgeBase, NameMatch, NameRole};
use crate::names::Gender;
use crate::tokens::{Token, TokenKind};
use crate::{layout, names};
use jiff::civil::Date;
use rustc_hash::FxHashMap;
use sitrep_core::data::{tsv_rows, word_set};
use sitrep_core::{Entity, EntityKind, Mention, MentionType, Span};
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

mod around;
mod clubs;
mod conll;
mod context;
mod descriptions;
mod known;
mod modifiers;
mod other_names;
mod references;
mod titles;
mod unknown;

use around::*;
use clubs::*;
pub use conll::named_spans;
use context::*;
use descriptions::*;
use known::*;
use modifiers::*;
use other_names::*;
use references::*;
use titles::*;
use unknown::*;

static MODIFIEES: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/modifiees.txt")));
static DESCRIPTORS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/descriptors.txt")));
static NAME_TITLES: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/name-titles.txt")));
/// Title -> the sector it gives a person the knowledge base lacks
/// (`title-sectors.tsv`).
static TITLE_SECTORS: LazyLock<HashMap<&str, &str>> = LazyLock::new(|| {
    tsv_rows(
        include_str!("../../../../data/lexicon/title-sectors.tsv"),
        2,
    )
    .map(|r| (r[0], r[1]))
    .collect()
});
/// Titles whose sector is also the body's they are held in ("professor":
/// a school's), marked `body` in `title-sectors.tsv`'s third column.
static BODY_TITLES: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    tsv_rows(
        include_str!("../../../../data/lexicon/title-sectors.tsv"),
        2,
    )
    .filter(|r| r.get(2) == Some(&"body"))
    .map(|r| r[0])
    .collect()
});
static OFFICES: LazyLock<Vec<Vec<&str>>> = LazyLock::new(|| {
    word_set(include_str!("../../../../data/lexicon/offices.txt"))
        .into_iter()
        .map(|o| o.split(' ').collect())
        .collect()
});
/// Reporting verbs (`data/lexicon/cues.tsv`) whose subject is a speaker.
static REPORTING_VERBS: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    tsv_rows(include_str!("../../../../data/lexicon/cues.tsv"), 2)
        .filter(|r| r[1] != "noun")
        .map(|r| r[0])
        .collect()
});
/// A pronoun of `pronouns.tsv`.
struct Pronoun {
    word: &'static str,
    /// What it refers to: "person", "thing" or "plural".
    refers: &'static str,
    possessive: bool,
    /// The sex it names ("he", "she"), if any.
    gender: Option<Gender>,
}
static PRONOUNS: LazyLock<Vec<Pronoun>> = LazyLock::new(|| {
    tsv_rows(include_str!("../../../../data/lexicon/pronouns.tsv"), 4)
        .map(|r| Pronoun {
            word: r[0],
            refers: r[1],
            possessive: r[2] == "y",
            gender: match r[3] {
                "m" => Some(Gender::Male),
                "f" => Some(Gender::Female),
                _ => None,
            },
        })
        .collect()
});

/// Heads whose bearer, with a country, is that state's own organ.
const STATE_SECTORS: [&str; 4] = ["GOV", "MIL", "COP", "SPY"];

#[derive(Debug, Clone)]
struct Candidate {
    first: usize,
    last: usize,
    mention_type: MentionType,
    entity: Option<Entity>,
    modifier: bool,
    role: Option<NameRole>,
    /// A description with no modifier after "the": it names nothing until linked back.
    definite_head: Option<String>,
    /// The description's head has adjectives before it ("the paramilitary
    /// group"): an armed group's description, which links back only to one.
    definite_armed: bool,
    /// A title after "the" with no state or body ("the foreign minister",
    /// "the minister"): the office words it names the holder of.
    definite_title: Option<String>,
    /// A pronoun: what it may refer to, and the sex it names ("he", "she").
    pronoun: Option<&'static str>,
    gender: Option<Gender>,
    /// The generic head words, for linking "the regime" to "the Israeli regime".
    head: Option<String>,
    plural: bool,
}

impl Candidate {
    fn new(first: usize, last: usize, mention_type: MentionType, entity: Option<Entity>) -> Self {
        Candidate {
            first,
            last,
            mention_type,
            entity,
            modifier: false,
            role: None,
            definite_head: None,
            definite_armed: false,
            definite_title: None,
            pronoun: None,
            gender: None,
            head: None,
            plural: false,
        }
    }
}

/// Drops from `list` the candidates marked in `taken` (one mark per
/// candidate, in the list's order), keeping the others' order: for a pass
/// that marks the names it takes in as it goes, so that indices hold.
fn drop_taken(list: &mut Vec<Candidate>, taken: &[bool]) {
    let mut marks = taken.iter();
    list.retain(|_| !marks.next().copied().unwrap_or(false));
}

struct Ctx<'a> {
    body: &'a str,
    toks: &'a [Token],
    kb: &'a KnowledgeBase,
    /// The first token of each sentence, ascending: searched, never scanned
    /// (a scan per mention made a long text's analysis quadratic).
    sentence_starts: Vec<usize>,
    /// Each token's text and the tokens that have it, in order: made when
    /// first asked for.
    positions: std::cell::OnceCell<FxHashMap<&'a str, Vec<usize>>>,
}

impl<'a> Ctx<'a> {
    /// The tokens whose text is `word`, as written, in text order.
    fn positions_of(&self, word: &str) -> &[usize] {
        let positions = self.positions.get_or_init(|| {
            let mut map: FxHashMap<&'a str, Vec<usize>> = FxHashMap::default();
            for (k, t) in self.toks.iter().enumerate() {
                map.entry(t.text(self.body)).or_default().push(k);
            }
            map
        });
        positions.get(word).map_or(&[], Vec::as_slice)
    }
    /// Whether token `tok` opens a sentence.
    fn starts_sentence(&self, tok: usize) -> bool {
        self.sentence_starts.binary_search(&tok).is_ok()
    }
    /// How many sentences open at or before token `tok`: the number of its
    /// sentence, counting from 1 (0 before the first).
    fn sentence_number(&self, tok: usize) -> usize {
        self.sentence_starts.partition_point(|&s| s <= tok)
    }
    /// The first token of the sentence holding token `tok`, or 0.
    fn sentence_start(&self, tok: usize) -> usize {
        self.sentence_number(tok)
            .checked_sub(1)
            .map_or(0, |n| self.sentence_starts[n])
    }
    /// The token that starts at byte `byte`, or the first after it.
    fn token_at(&self, byte: usize) -> usize {
        self.toks.partition_point(|t| t.span.start < byte)
    }

    fn text(&self, first: usize, last: usize) -> &str {
        &self.body[self.toks[first].span.start..self.toks[last].span.end]
    }
    fn lower(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.lower.as_str())
    }
    /// A count before a head: digits or a number word ("15", "fifteen").
    fn is_count(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Number)
            || crate::tokens::number_word(self.lower(i)).is_some()
    }
    fn is_possessive(&self, i: usize) -> bool {
        matches!(self.lower(i), "'s" | "’s")
    }
}

pub fn find(
    body: &str,
    toks: &[Token],
    sentences: &[Span],
    kb: &KnowledgeBase,
    date: Date,
    framing: &[&str],
) -> Vec<Mention> {
    // (The tokens are in text order: a search, not a scan per sentence,
    // which made a long text's analysis quadratic.)
    let mut sentence_starts: Vec<usize> = sentences
        .iter()
        .map(|s| toks.partition_point(|t| t.span.start < s.start))
        .filter(|&i| i < toks.len())
        .collect();
    sentence_starts.sort_unstable();
    sentence_starts.dedup();
    let ctx = Ctx {
        body,
        toks,
        kb,
        sentence_starts,
        positions: std::cell::OnceCell::new(),
    };
    let mut cands = names(&ctx, date);
    descriptions(&ctx, &mut cands);
    modifiers(&ctx, &mut cands);
    peoples_of_a_state(&ctx, &mut cands);
    states_before_their_offices(&ctx, &mut cands);
    titles(&ctx, &mut cands, date);
    unknown_names(&ctx, &mut cands, date);
    other_names(&ctx, sentences, &mut cands);
    possessors_among_other_names(&ctx, &mut cands);
    people_named_like_places(&ctx, &mut cands);
    surnames_of_people_named_in_full(&ctx, &mut cands);
    verbs_read_as_heads(&ctx, &mut cands);
    states_after_their_towns(&ctx, &mut cands);
    states_before_their_offices(&ctx, &mut cands);
    pronouns(&ctx, &mut cands);
    cands.sort_by_key(|c| (c.first, std::cmp::Reverse(c.last)));
    // Two passes may find one name ("BARCELONA" in a shouted headline, by
    // the knowledge base and as a big place): one mention, the earlier
    // pass's (the sort is stable).
    cands.dedup_by(|later, earlier| later.first == earlier.first && later.last == earlier.last);
    let mut mentions = link(&ctx, cands, date);
    speak_for_the_name_before(&ctx, &mut mentions);
    people_described_in_apposition(&ctx, &mut mentions);
    carry_affiliations_to_references(&mut mentions);
    bodies_of_an_international_organization(&ctx, &mut mentions);
    mark_several_parties(&ctx, &mut mentions);
    locate_state_organs(&ctx, &mut mentions);
    give_descriptions_the_article_s_country(&ctx, framing, date, &mut mentions);
    carry_context_codes_to_references(&mut mentions);
    mentions
}

/// "In Yerevan, protesters rallied against the government": a government,
/// army or police named with no country belongs to the country of the place
/// named in its sentence, or else in the sentence before; soldiers too, but
/// not a weapon, a site or a coalition (`located_only` in `generic.tsv`):
/// missiles that struck Kyiv are not Ukraine's.
/// Whether the description from token `tok` to byte `end` is of several
/// parties: "all sides", "both parties", "each government", or a plural
/// head of parties ("the warring sides"; `several` in `generic.tsv`).
fn of_several(ctx: &Ctx, tok: usize, end: usize) -> bool {
    let last = ctx
        .toks
        .partition_point(|t| t.span.end <= end)
        .saturating_sub(1);
    tok > 0 && matches!(ctx.lower(tok - 1), "all" | "both" | "each" | "either")
        || ctx.lower(last).ends_with('s') && ends_in_head(ctx, tok, end, |h| h.several)
}

/// A title's word that is also a common census surname ("king", 32nd;
/// "judge", 3,264th), so that after an honorific it is the surname ("Mr.
/// King"); "Mr. President" and "Mr. Speaker" (19,417th) stay an address.
fn is_common_titled_surname(lower: &str) -> bool {
    names::surname_rank(lower).is_some_and(|r| r <= HONORIFIC_SURNAME_RANK)
}
/// Whether the word at token `i` follows a saint's, mount's or fort's
/// abbreviation and its dot ("Jack St. Martin", "St. Martin"): it is then
/// part of another name, not a known person's surname.
fn after_a_saints_abbreviation(ctx: &Ctx, i: usize) -> bool {
    i >= 2
        && ctx.toks[i - 1].lower == "."
        && names::is_place_abbreviation(ctx.toks[i - 2].text(ctx.body))
}

/// The text with every all-capital ASCII word of three letters or more in
/// title case ("BEIRUT" as "Beirut"), or `None` when it has none. Offsets
/// are unchanged: only ASCII letters change case.
/// Small words that join the words of a name ("Bank of Japan", "Trinidad and
/// Tobago", "Movement for Democratic Change"), shouted.
const SHOUTED_JOINERS: [&[u8]; 3] = [b"OF", b"AND", b"FOR"];

/// Whether the word that ends (`backwards`) or starts at byte `at` is a
/// shouted one of three letters or more.
fn shouted_word_at(bytes: &[u8], at: usize, backwards: bool) -> bool {
    let letters = |range: &mut dyn Iterator<Item = usize>| {
        range
            .map_while(|k| bytes.get(k).filter(|b| b.is_ascii_alphabetic()))
            .map(|b| b.is_ascii_uppercase())
            .try_fold(0, |n, upper| upper.then_some(n + 1))
            .is_some_and(|n| n >= 3)
    };
    if backwards {
        letters(&mut (0..=at).rev())
    } else {
        letters(&mut (at..bytes.len()))
    }
}

fn title_case_shouting(text: &str) -> Option<String> {
    let mut out = text.as_bytes().to_vec();
    let mut any = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
            i += 1;
        }
        let word = &bytes[start..i];
        let glued =
            i < bytes.len() && !bytes[i].is_ascii() || start > 0 && !bytes[start - 1].is_ascii();
        if word.len() >= 3
            && !glued
            && word.iter().all(u8::is_ascii_uppercase)
            && !SHOUTED_JOINERS.contains(&word)
        {
            out[start + 1..i].make_ascii_lowercase();
            any = true;
        } else if SHOUTED_JOINERS.contains(&word)
            && shouted_word_at(bytes, start.saturating_sub(2), true)
            && shouted_word_at(bytes, i + 1, false)
        {
            // "BANK OF JAPAN", "TRINIDAD AND TOBAGO": the small word that
            // joins a name's words is written small in it.
            out[start..i].make_ascii_lowercase();
            any = true;
        }
    }
    // Only ASCII bytes changed, so the bytes are still UTF-8.
    any.then(|| String::from_utf8(out).expect("ASCII case change keeps UTF-8"))
}

/// Whether `word` is the word an office of `offices.txt` is named by
/// ("minister" of "foreign minister", "secretary" of "secretary of state").
fn is_office_head(word: &str) -> bool {
    OFFICES.iter().any(|o| office_head(o) == Some(word))
}

/// Whether "the `title`" may stand for the holder of `office`: the office
/// itself, or, when the title is no office of its own, the office's head
/// word alone ("the minister" for a foreign minister; "the president" is
/// not the vice president).
fn titled(office: &str, title: &str, title_is_office: bool) -> bool {
    if office.eq_ignore_ascii_case(title) {
        return true;
    }
    let words: Vec<&str> = office.split(' ').collect();
    !title_is_office && office_head(&words).is_some_and(|h| h.eq_ignore_ascii_case(title))
}

/// Whether a token is an inflected reporting verb ("said", "told", "warns").
fn is_reporting_form(t: &Token) -> bool {
    t.lemmas
        .iter()
        .any(|l| *l != t.lower && REPORTING_VERBS.contains(l.as_str()))
}

/// Whether a name's last word makes it a body's ("... Ministry", "... Council").
fn body_by_its_last_word(name: &str) -> bool {
    name.rsplit(' ').next().is_some_and(|last| {
        ORG_SUFFIXES.contains(last) || names::closing_word_type(last) == Some(MentionType::ORG)
    })
}

/// Whether a personal title stands right before token `k` ("Ms. Palin": the
/// title's dot may be a token of its own).
fn personal_title_before(ctx: &Ctx, k: usize) -> bool {
    let title_at = |j: usize| names::is_personal_title(ctx.lower(j));
    k > 0 && title_at(k - 1) || k > 1 && ctx.lower(k - 1) == "." && title_at(k - 2)
}

#[cfg(test)]
mod tests;
