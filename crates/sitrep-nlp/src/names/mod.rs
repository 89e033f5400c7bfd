//! Names the knowledge base lacks: capitalized runs typed PER, ORG, LOC or MISC.
//!
//! A run is a maximal stretch of capitalized words that no earlier pass
//! claimed, joined by name particles ("University of Baghdad", "Abu Bakr
//! al-Baghdadi"); a word behind the Arabic article counts as capitalized
//! ("Nouri al-Maliki") and the pronoun "I" never does. Its type comes from
//! the first of these that speaks:
//! 1. a word inside it, the closing word first (`name-words.tsv`: "...
//!    University" is ORG, "... Province" LOC, "Academy Awards" MISC);
//! 2. the place gazetteer (`cities.tsv`, then the provinces and states of
//!    `regions.tsv`), when the whole run is a place, or a compass word and a
//!    place ("North Philadelphia");
//! 3. an all-capital short word: an acronym, ORG (opening a sentence too,
//!    when it has at most four letters); a side in a results table's row
//!    ("Feyenoord 2 Vitesse 0"), ORG;
//! 4. the words around it: "in", "near" or "north of" before it makes a
//!    place, and so does a US state after it ("to Stiles, Texas,"); an age
//!    after it ("Mark Vinar, 43,") a person; "the" before a
//!    lone word that modifies no capitalized word after it an organization
//!    ("the Bundesbank");
//! 5. the same name typed elsewhere in the article, or a word of a person's
//!    name found elsewhere ("Vinar" after "Mark Vinar"), or the word that
//!    opens a body's name ("Creighton" after "Creighton Bluejays"); an
//!    acronym in brackets after a name that it spells takes the name's type,
//!    there and elsewhere ("Internet Explorer (IE)", MISC);
//! 6. otherwise a run with "of" or of common words only ("Central Command")
//!    is an organization, and so is one that closes with a plural that is
//!    no census surname, unless it opens with a census given name ("Tar
//!    Heels", "San Diego Chargers"; not "Garth Brooks"); two to four other
//!    words are a person's name, unless the first is a word of prose that is
//!    no common surname and no given name is in it ("Catching Fire", "Clean
//!    Power Plan": MISC). A lone word is a person when it is a
//!    census surname or given name and no word of English prose
//!    ("Hansbrough scored", "stopped LaSalle"), not after "a" or "an" ("an
//!    Oscar nod"), and not a place that owns what follows ("Chelsea's
//!    manager"); joined by "and" or "or" to a name of another type it takes
//!    that type ("General Motors and Ford"). Any other lone word is left out
//!    (on re3d, taking every one for a person cost .02 F1) unless it is a
//!    word of a person's name typed so ("Jackman" after "Hugh Jackman"), or
//!    it has a surname's shape (no digit, hyphen or plural, no inner capital
//!    but after a surname's prefix, "McDermott", "DeGeneres") and acts as a
//!    person ("Hardwicke had", "DeGeneres herself", "Zadan and Meron
//!    added") or is done to as one ("police stopped Kovacevic";
//!    `person-object-verbs.txt`), or owns what persons own ("Kuchma's
//!    office", "Alexandros' murder"; `person-owned-nouns.txt`), or its
//!    apposition closes with a title ("Mladic, the army commander,"). A
//!    small town named like a census surname that acts so is a person too
//!    ("but LaSalle refused"). A lone word with a capital inside
//!    ("SeaMicro") is a firm, save after an article or an owner ("a new
//!    BlackBerry") or glued to a handle's or a tag's mark ("@JebBush"). A
//!    guessed person at one end of a route whose other end is a place is a
//!    place ("from Bener Meriah to Banda Aceh").
//!    A run whose apposition is a body's noun is a body ("Kestrel, a Dutch
//!    insurer"; `body-nouns.txt`), unless a given name opens it; so is one
//!    before the noun of one who speaks or works for a body ("Lionsgate
//!    officials") or after it and "for" ("a spokesman for Waitrose";
//!    `member-nouns.txt`).
//!
//! A given name, a nickname in quotation marks and a surname are three
//! names of one person (`Vincent "The Chin" Gigante`). Nothing inside a web
//! address is a name ("/ news / Kevin _ Blair / 2013").
//!
//! A title inside a run parts it ("California Highway Patrol Officer Ray
//! Scheidnes": the body, then the person); a run that closes with a title
//! is an office and stays whole for the actor layer.
//!
//! A capital at the start of a sentence says nothing, so a run opening a
//! sentence drops leading common words (function words, or words the article
//! also writes in lower case, outside a web address); if a single word is
//! left, it is kept only when 1, 2, 3, 5 or the census lists type it.
//! Headline-style sentences (most words capitalized) are skipped for the
//! same reason, save the names the article's sentences type, the longest
//! first ("Matanuska Maid Dairy Building Was Uninsured"), a given name and a
//! surname in title case ("... Star Esther Williams Dies At 91"), and what
//! stands out there by itself: a big
//! place, the longest first ("LAS VEGAS"), and in shouted words an event or
//! body by its closing word ("EUROPEAN CUP", "MANCHESTER UNITED"), a census
//! name that is no word of prose ("TYSON TO FIGHT HOLYFIELD"; `prose-words.txt`
//! keeps out "CRUISE") and a three-letter acronym ("NBA"). The sport that
//! labels a shouted line ("RUGBY UNION - ...", `sports.txt`) names nothing.
//!
//! Places from the gazetteer resolve to a place entity with its country;
//! every other name found here is left unresolved.
//!
//! Where things live: [`find`] runs the steps over a `Reader` (the body, its
//! tokens and the words it writes in lower case). `runs` finds the runs and
//! the headlines' names (`headlines`), `typing` gives steps 1 to 4, `works`
//! the titles and products typed whole, `elsewhere` step 5, `guesses` step 6
//! and its corrections; `words`, `people` and `places` hold the word lists,
//! the census names and the gazetteer with the predicates over them.

use crate::layout;
use crate::tokens::{Token, TokenKind};
use sitrep_core::data::{alternatives, tsv_rows, word_set};
use sitrep_core::{Entity, EntityKind, MentionType, Span};
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

mod elsewhere;
mod guesses;
mod headlines;
mod people;
mod places;
mod runs;
mod typing;
mod words;
mod works;

use elsewhere::*;
use guesses::*;
pub(crate) use headlines::*;
pub(crate) use people::*;
pub use places::*;
use runs::*;
pub(crate) use typing::*;
pub use words::*;
use works::*;

/// Titles that only ever stand before a person's name, lower case, without
/// their dot.
const PERSONAL_TITLES: [&str; 7] = ["mr", "mrs", "ms", "miss", "dr", "mme", "mlle"];

/// Whether a word, with or without its dot, in any case, is a personal title
/// ("Mr.", "Ms", "DR").
pub fn is_personal_title(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    PERSONAL_TITLES.iter().any(|t| t.eq_ignore_ascii_case(word))
}

/// A name found by this pass: tokens `first..=last`.
#[derive(Debug, Clone, PartialEq)]
pub struct Name {
    pub first: usize,
    pub last: usize,
    pub mention_type: MentionType,
    pub entity: Option<Entity>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Where {
    First,
    Last,
    Any,
    /// Anywhere, and a name on its own too ("Sunni", "Africans").
    Alone,
}

/// The token spans and types of the names earlier passes found, then of
/// those this pass has typed so far.
fn typed_spans<'a>(
    earlier: &'a [(usize, usize, MentionType)],
    out: &'a [Option<Name>],
) -> impl Iterator<Item = (usize, usize, MentionType)> + 'a {
    earlier.iter().copied().chain(
        out.iter()
            .flatten()
            .map(|n| (n.first, n.last, n.mention_type)),
    )
}

/// The article as this pass reads it: its body and tokens, the tokens earlier
/// passes claimed, its web addresses and the words it writes in lower case.
struct Reader<'a> {
    body: &'a str,
    toks: &'a [Token],
    covered: &'a HashSet<usize>,
    /// Byte ranges of web addresses, which name no one.
    addresses: Vec<(usize, usize)>,
    /// Words the article writes in lower case: common words when
    /// capitalized at a sentence's start.
    lower_seen: HashSet<&'a str>,
}

impl<'a> Reader<'a> {
    fn new(body: &'a str, toks: &'a [Token], covered: &'a HashSet<usize>) -> Self {
        // (Not in a web address: "/news/ellen-degeneres-host-oscars".)
        let addresses = layout::web_addresses(body);
        let lower_seen: HashSet<&str> = toks
            .iter()
            .filter(|t| t.kind == TokenKind::Word && !t.capitalized)
            .filter(|t| {
                !addresses
                    .iter()
                    .any(|&(a, b)| a <= t.span.start && t.span.start < b)
            })
            .map(|t| t.lower.as_str())
            .collect();
        Reader {
            body,
            toks,
            covered,
            addresses,
            lower_seen,
        }
    }

    fn text(&self, i: usize) -> &'a str {
        &self.body[self.toks[i].span.start..self.toks[i].span.end]
    }

    /// A name never runs over a line break: a heading line ("Boris Johnson")
    /// is followed by a line of its own.
    fn same_line(&self, a: usize, b: usize) -> bool {
        !self.body[self.toks[a].span.end..self.toks[b].span.start].contains('\n')
    }

    /// A function word, a common word, or a word the article writes in lower case.
    fn common(&self, i: usize) -> bool {
        let w = self.toks[i].lower.as_str();
        STOPWORDS.contains(w) || COMMON_WORDS.contains(w) || self.lower_seen.contains(w)
    }

    /// "Jan Siemerink", "June Carter": a month that is a given name, right
    /// before a capitalized word, is the given name.
    fn given_not_month(&self, i: usize) -> bool {
        GIVEN_NAMES.contains(self.text(i))
            && self.toks.get(i + 1).is_some_and(|t| {
                is_name_cased(t, self.text(i + 1))
                    && !self.covered.contains(&(i + 1))
                    && !NOT_NAMES.contains(self.text(i + 1))
                    && self.same_line(i, i + 1)
            })
    }

    /// A capitalized word no earlier pass claimed that may be part of a name.
    fn cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            is_name_cased(t, self.text(i))
                && !self.covered.contains(&i)
                && (!never_a_name(self.text(i))
                    || self.given_not_month(i)
                    // ("A. Flower": an initial, not the article.)
                    || is_initial(self.toks, i, self.text(i))
                        && self.toks.get(i + 2).is_some_and(|t| {
                            t.capitalized
                                && !STOPWORDS.contains(t.lower.as_str())
                                && !COMMON_WORDS.contains(t.lower.as_str())
                        }))
                // "ISIL-held", "U.S.-led": an adjective made from a name.
                // ("Kim Young-sam", "Tung Chee-hwa": a given name's second
                // syllable is no word; "Roh Tae-woo": nor one of three letters
                // or fewer after a capitalized word, though "woo" is one.)
                && !self.text(i).rsplit_once('-').is_some_and(|(head, tail)| {
                    is_adjective_tail(tail)
                        && !((2..=3).contains(&head.len())
                            && tail.len() <= 3
                            && head.chars().skip(1).all(char::is_lowercase)
                            && i > 0
                            && self.toks[i - 1].capitalized
                            && self.toks[i - 1].kind == TokenKind::Word
                            && !STOPWORDS.contains(self.toks[i - 1].lower.as_str())
                            && self.same_line(i - 1, i))
                })
                && !layout::in_a_sport_label(self.body, t.span.start, t.span.end)
        })
    }
}

struct Run {
    first: usize,
    last: usize,
    /// A single word opening a sentence: its capital says nothing.
    at_start: bool,
    /// The run stands before a title inside one capitalized run ("Summit"
    /// of "Summit CEO Rob Friedman"): the body the office is in, if no
    /// list and no context types it otherwise.
    before_a_title: bool,
}

/// What two to four capitalized words that nothing else types are taken for.
const DEFAULT_TYPE: MentionType = MentionType::PER;

/// Find the names in `toks` that no earlier pass claimed (`covered`).
/// `sentences` are the token index ranges of the sentences; `earlier` the
/// token ranges and types of the people and bodies earlier passes found: a
/// person's words type lone mentions here ("Karim" after "Karim Wasifi"),
/// and a body's whole name its other mentions ("Microsoft" after "Microsoft
/// says").
pub fn find(
    body: &str,
    toks: &[Token],
    sentences: &[(usize, usize)],
    covered: &HashSet<usize>,
    earlier: &[(usize, usize, MentionType)],
) -> Vec<Name> {
    let reader = Reader::new(body, toks, covered);
    let Runs {
        runs,
        headline_own,
        headline_runs,
    } = capitalized_runs(&reader, sentences);
    let mut out: Vec<Option<Name>> = runs.iter().map(|r| first_type(&reader, r)).collect();
    // Works and products, typed whole whatever the runs inside them.
    let mut titles = quoted_titles(body, toks, sentences, covered);
    let products: Vec<Name> = products(body, toks, sentences, covered)
        .into_iter()
        .filter(|p| {
            !titles
                .iter()
                .any(|t| p.first <= t.last && t.first <= p.last)
        })
        .collect();
    titles.extend(products);
    let spelled_out = spelled_out_acronyms(&reader, earlier, &runs, &titles, &mut out);
    let known = typed_elsewhere(&reader, earlier, &runs, &mut out, spelled_out);
    let census_guesses = type_by_context(&reader, &runs, &mut out, &known);
    correct_guesses(&reader, earlier, &runs, &mut out, census_guesses);
    let person_words = words_of_persons(&reader, &out);
    for (r, slot) in runs.iter().zip(out.iter_mut()) {
        if slot.is_none() && r.first == r.last && person_words.contains(reader.text(r.first)) {
            *slot = Some(name(r, MentionType::PER, None));
        }
    }
    let headline_names = typed_in_headlines(&reader, headline_runs, &known, &person_words);
    let in_a_title = |n: &Name| {
        titles
            .iter()
            .any(|t| n.first <= t.last && t.first <= n.last)
    };
    // (A web address names no one: "/ news / Kevin _ Blair / 2013".)
    let in_an_address = |n: &Name| {
        let at = toks[n.first].span.start;
        reader.addresses.iter().any(|&(a, b)| a <= at && at < b)
    };
    let mut names: Vec<Name> = out
        .into_iter()
        .flatten()
        .chain(headline_names)
        .chain(headline_own)
        .filter(|n| !in_a_title(n))
        .collect();
    names.extend(titles);
    names.retain(|n| !in_an_address(n));
    names
}

fn name(r: &Run, mention_type: MentionType, entity: Option<Entity>) -> Name {
    Name {
        first: r.first,
        last: r.last,
        mention_type,
        entity,
    }
}

/// Punctuation after which a capital opens a sentence-like unit.
fn is_opener(p: &str) -> bool {
    matches!(
        p,
        "\"" | "“" | "‘" | "'" | "(" | "[" | ":" | "-" | "—" | "–"
    )
}

/// Token index ranges of sentences given as byte spans.
pub fn sentence_ranges(toks: &[Token], sentences: &[Span]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = sentences
        .iter()
        .map(|s| {
            let a = toks.partition_point(|t| t.span.start < s.start);
            let b = toks.partition_point(|t| t.span.start < s.end);
            (a, b)
        })
        .filter(|(a, b)| a < b)
        .collect();
    if out.is_empty() && !toks.is_empty() {
        out.push((0, toks.len()));
    }
    out
}

#[cfg(test)]
mod tests;
