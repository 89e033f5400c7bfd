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
//!    insurer"; `body-nouns.txt`), unless a given name opens it.
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

use crate::layout;
use crate::tokens::{Token, TokenKind};
use sitrep_core::data::{alternatives, tsv_rows, word_set};
use sitrep_core::{Entity, EntityKind, MentionType, Span};
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

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

static NAME_WORDS: LazyLock<HashMap<&'static str, (MentionType, Where)>> = LazyLock::new(|| {
    tsv_rows(include_str!("../../../data/lexicon/name-words.tsv"), 3)
        .map(|r| {
            let t = parse_type(r[1]).unwrap_or(MentionType::MISC);
            let w = match r[2] {
                "first" => Where::First,
                "last" => Where::Last,
                "alone" => Where::Alone,
                _ => Where::Any,
            };
            (r[0], (t, w))
        })
        .collect()
});

static NOT_NAMES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/not-names.txt")));

static STOPWORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/stopwords.txt")));

/// Lower-case words of English prose (`common-words.txt`): capitalized, they
/// open a sentence rather than name something.
static COMMON_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/common-words.txt")));

/// The states' demonyms (`countries.tsv`): "English" of "ENGLISH PREMIER
/// LEAGUE".
static DEMONYMS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    tsv_rows(crate::kb::COUNTRIES, 4)
        .flat_map(|r| alternatives(r[3]))
        .collect()
});

/// Whether a word, in any case, is a state's demonym or a people's word
/// of `name-words.tsv` ("ENGLISH").
fn is_demonym_word(word: &str) -> bool {
    let word = title_case(word);
    DEMONYMS.contains(word.as_str())
        || name_word(&word).is_some_and(|&(t, at)| t == MentionType::MISC && at == Where::Alone)
}

/// The plural nouns of armed groups (`generic.tsv`, the heads of sector
/// REB): "rebels", "guerrillas", "gunmen".
static ARMED_GROUP_NOUNS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    tsv_rows(crate::kb::GENERIC, 2)
        .filter(|r| r[1] == "REB")
        .flat_map(|r| alternatives(r[0]))
        // (Their plurals: "the Sanders movement" is a person's following.)
        .filter(|w| !w.contains(' ') && (w.ends_with('s') || w.ends_with("men")))
        .collect()
});

/// Traded goods (`commodities.txt`): "Gold was fixed", "Copper fell" open
/// a market report, and name no one.
static COMMODITIES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/commodities.txt")));

/// Lower-case words of English prose, a looser list than `COMMON_WORDS`
/// (`prose-words.txt`): a shouted headline word that is one is no surname
/// there ("CRUISE", "ROUT").
static PROSE_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/prose-words.txt")));

/// Place name -> (country alpha-3 or empty, population): the cities of
/// `cities.tsv`, then the provinces, states and regions of `regions.tsv`
/// under their names and aliases ("Aceh", "Maharashtra", "Borno"), which
/// count as big places, as the US states do in `cities.tsv`.
static PLACES: LazyLock<HashMap<&'static str, (&'static str, u64)>> = LazyLock::new(|| {
    let mut places: HashMap<&'static str, (&'static str, u64)> =
        tsv_rows(include_str!("../../../data/actors/cities.tsv"), 3)
            .map(|r| (r[0], (r[1], r[2].parse().unwrap_or(0))))
            .collect();
    for r in tsv_rows(include_str!("../../../data/actors/regions.tsv"), 2) {
        for name in std::iter::once(r[0]).chain(r.get(2).into_iter().flat_map(|a| alternatives(a)))
        {
            places.entry(name).or_insert((r[1], REGION_POPULATION));
        }
    }
    places
});

/// The size a region of `regions.tsv` counts as (it has none there).
const REGION_POPULATION: u64 = 1_000_000;

/// Whether the gazetteer knows a place of this name ("Indiana", "Columbia").
pub(crate) fn is_known_place(name: &str) -> bool {
    PLACES.contains_key(name)
}

/// Lower-case words of sports copy that the prose lists lack
/// (`sport-words.txt`: "semifinal", "slalom").
static SPORT_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/sport-words.txt")));

/// Whether a lower-case word is a word of prose or one of its forms: the
/// lists hold "oust", "thrash" and "guerrilla" but not always "ousts",
/// "thrashes" or "guerrillas".
pub(crate) fn is_prose_form(lower: &str) -> bool {
    let known = |w: &str| {
        PROSE_WORDS.contains(w)
            || COMMON_WORDS.contains(w)
            || STOPWORDS.contains(w)
            || SPORT_WORDS.contains(w)
    };
    if known(lower) {
        return true;
    }
    let stem = |suffix: &str, then: &str| {
        lower
            .strip_suffix(suffix)
            .filter(|s| s.chars().count() >= 3)
            .is_some_and(|s| {
                (if then.is_empty() { known(s) } else { known(&format!("{s}{then}")) })
                    // "stopped", "hitting": a doubled consonant before the ending.
                    || then.is_empty()
                        && s.len() >= 4
                        && s.as_bytes()[s.len() - 1] == s.as_bytes()[s.len() - 2]
                        && known(&s[..s.len() - 1])
            })
    };
    stem("s", "")
        || stem("es", "")
        || stem("ies", "y")
        || stem("ed", "")
        || stem("ed", "e")
        || stem("ied", "y")
        || stem("ing", "")
        || stem("ing", "e")
        || stem("er", "")
        || stem("ers", "")
}

/// Whether the part after a hyphen makes an adjective of a name: a word in
/// lower case that is a word of prose or a participle ("-held", "-led",
/// "-style", "-backed").
fn is_adjective_tail(tail: &str) -> bool {
    tail.starts_with(char::is_lowercase)
        && (PROSE_WORDS.contains(tail) || COMMON_WORDS.contains(tail) || tail.ends_with("ed"))
}

/// Whether a text is shouted: three characters or more, letters among them,
/// none in lower case ("BEIRUT", "AL-AIN").
pub(crate) fn is_shouted(text: &str) -> bool {
    text.chars().any(char::is_alphabetic)
        && !text.chars().any(char::is_lowercase)
        && text.chars().count() >= 3
}

/// Each word of a shouted name in title case ("NEWPORT NEWS" -> "Newport
/// News"), as the lists write it.
fn title_case_words(name: &str) -> String {
    name.split(' ')
        .map(title_case)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A lower-case word with its first letter capitalized ("tom" -> "Tom"),
/// as the census lists given names.
fn capitalized(lower: &str) -> String {
    let mut cs = lower.chars();
    cs.next()
        .map(|c| c.to_uppercase().chain(cs).collect())
        .unwrap_or_default()
}

/// A word in title case, and each part of a hyphened one ("AL-AIN" as
/// "Al-Ain"). (Only the letters after the first are lowered: a word in lower
/// case stays so; see [`capitalized`].)
fn title_case(word: &str) -> String {
    word.split('-')
        .map(|part| {
            let mut cs = part.chars();
            cs.next()
                .map(|c| c.to_string() + &cs.as_str().to_lowercase())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// A word's row in `name-words.tsv`, as written or, shouted ("CONFERENCE"
/// in "EASTERN CONFERENCE"), in title case.
fn name_word(word: &str) -> Option<&'static (MentionType, Where)> {
    NAME_WORDS.get(word).or_else(|| {
        is_shouted(word)
            .then(|| NAME_WORDS.get(title_case(word).as_str()))
            .flatten()
    })
}

/// Stock market indexes (`stock-indexes.txt`): MISC whole.
static STOCK_INDEXES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/stock-indexes.txt")));

/// Whether a name is a stock market index's ("Nikkei", "Hang Seng").
pub(crate) fn is_stock_index(name: &str) -> bool {
    STOCK_INDEXES.contains(name)
}

/// Sports venues (`venues.txt`): LOC whole.
static VENUES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/venues.txt")));

/// Whether a body's head may take its purpose after "for" (`purpose-heads.txt`).
pub(crate) fn is_purpose_head(word: &str) -> bool {
    PURPOSE_HEADS.contains(word)
}

/// Clubs' nicknames: the last word of a North American club's name, or of
/// any club's name that closes with a plural, that is no place ("Chicago
/// Bulls", "Miami Heat", "Blackburn Rovers"; `clubs.tsv`). Shouted in a
/// sports headline, or capitalized after "the", such a word is its club.
static CLUB_NICKNAMES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    tsv_rows(include_str!("../../../data/actors/clubs.tsv"), 2)
        .filter_map(|row| {
            let (_, last) = row[0].rsplit_once(' ')?;
            let north_american = matches!(row[1], "USA" | "CAN");
            (last.len() >= 4
                && last.chars().all(char::is_alphabetic)
                && (north_american || last.ends_with('s'))
                && !PLACES.contains_key(last))
            .then_some(last)
        })
        .collect()
});

/// Whether a word is a club's nickname (`clubs.tsv`), as written.
pub(crate) fn is_club_nickname(word: &str) -> bool {
    CLUB_NICKNAMES.contains(word)
}

/// Nicknames that, capitalized after "the" in prose, as often name
/// something else (`nickname-homonyms.txt`: "the Rockies", "the Royals").
static NICKNAME_HOMONYMS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/nickname-homonyms.txt")));

/// Nouns of ships (`vessel-nouns.txt`): a name beside one is a ship's.
pub static VESSEL_NOUNS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/vessel-nouns.txt")));

/// Last words of a body's name that "for (the)" and its purpose may follow
/// inside the name (`purpose-heads.txt`).
static PURPOSE_HEADS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/purpose-heads.txt")));

/// Trades that work for a firm (`firm-workers.txt`): "a dealer at X" names a firm.
static FIRM_WORKERS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/firm-workers.txt")));

/// Leagues and tournaments (`competitions.txt`): MISC whole.
static COMPETITIONS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/competitions.txt")));

/// Products named as things (`products.txt`: "Windows NT", "PlayStation").
static PRODUCTS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/products.txt")));

/// The products in lower case, for a headline that shouts them.
static SHOUTED_PRODUCTS: LazyLock<HashSet<String>> =
    LazyLock::new(|| PRODUCTS.iter().map(|p| p.to_lowercase()).collect());

/// The competition's name around the name at `span`, widened by at most a
/// word on either side ("League" of "the Premier League", "Serie" of
/// "Serie A"), if there is one.
pub(crate) fn competition_around(body: &str, span: Span) -> Option<Span> {
    let before = body[..span.start].trim_end_matches(' ');
    let word_before_start = before.rfind(' ').map_or(0, |k| k + 1);
    let after = body[span.end..].trim_start_matches(' ');
    let word_after_start = body.len() - after.len();
    let word_after_end = after.find(' ').map_or(body.len(), |k| word_after_start + k);
    [span.start, word_before_start]
        .into_iter()
        .flat_map(|a| [span.end, word_after_end].map(|b| Span::new(a, b)))
        .find(|s| s.start < s.end && COMPETITIONS.contains(s.text(body)))
}

/// Whether a name is a sports venue's ("Old Trafford").
pub(crate) fn is_venue(name: &str) -> bool {
    VENUES.contains(name)
}

/// Offices only a body has (`body-offices.txt`): "Bundesbank president".
static BODY_OFFICES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/body-offices.txt")));

/// Titles and office words ("Foreign Minister", "Gen."): they stand before
/// a person's name but are not part of it.
static TITLE_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let titles = include_str!("../../../data/lexicon/name-titles.txt");
    let offices = include_str!("../../../data/lexicon/offices.txt");
    titles
        .lines()
        .chain(offices.lines())
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::split_whitespace)
        .map(str::to_lowercase)
        .collect()
});

/// A word written in two capitalized parts whose first is three letters or
/// more and whose second is a word of prose that is no given name: a product's
/// or a site's ("MacBook", "PowerPoint", "HuffPost", "YouTube"), not a
/// person's ("McGovern", "LaSalle", "MacArthur", "RoseAnn").
pub fn is_product_shaped(word: &str) -> bool {
    let Some(inner) = word
        .char_indices()
        .skip(1)
        .find(|&(_, c)| c.is_uppercase())
        .map(|(at, _)| at)
    else {
        return false;
    };
    let (head, tail) = word.split_at(inner);
    let lower_tail = tail.to_lowercase();
    let singular = lower_tail.strip_suffix('s').unwrap_or(&lower_tail);
    head.chars().count() >= 3
        && head.chars().skip(1).all(char::is_lowercase)
        && tail.chars().skip(1).all(char::is_lowercase)
        && tail.chars().count() >= 3
        && [lower_tail.as_str(), singular]
            .iter()
            .any(|w| COMMON_WORDS.contains(w) || PROSE_WORDS.contains(w))
        && !GIVEN_NAMES.contains(tail)
}

/// Whether a lower-case word is a function word (`stopwords.txt`).
pub(crate) fn is_stopword(lower: &str) -> bool {
    STOPWORDS.contains(lower)
}

/// A word of English prose written in lower case ("but", "yesterday"): at a
/// sentence's start its capital says nothing.
pub fn is_common_word(lower: &str) -> bool {
    COMMON_WORDS.contains(lower)
}

/// Whether a lower-case word is the plural of a common word ("standings"):
/// before "of" at a sentence's start it is that word, capitalized for its
/// place alone ("Standings of National Hockey League teams").
pub(crate) fn is_common_plural(lower: &str) -> bool {
    lower.strip_suffix('s').is_some_and(is_common_word)
}

/// Whether a word token is written as part of a name: capitalized, but not
/// the pronoun "I" ("I'm"), or an Arabic name behind its article
/// ("al-Maliki", "el-Sisi").
pub(crate) fn is_name_cased(tok: &Token, text: &str) -> bool {
    if tok.kind != TokenKind::Word {
        return false;
    }
    if tok.capitalized {
        return !(text == "I"
            || text.starts_with("I'")
            || text.starts_with("I\u{2019}")
            || is_plural_acronym(text));
    }
    behind_arabic_article(text) || behind_elided_particle(text)
}

/// "d'Isere", "l'Aquila": a name behind an elided particle.
pub(crate) fn behind_elided_particle(text: &str) -> bool {
    ["d'", "d’", "l'", "l’"].iter().any(|p| {
        text.strip_prefix(p)
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    })
}

/// "MPs", "NGOs", "CEOs": an acronym made plural is a common noun, no word
/// of a name ("Tory MPs said").
fn is_plural_acronym(text: &str) -> bool {
    text.strip_suffix('s')
        .is_some_and(|stem| stem.len() >= 2 && stem.chars().all(|c| c.is_ascii_uppercase()))
}

/// Whether token `i` is a middle initial: one capital letter, its dot next.
pub(crate) fn is_initial(toks: &[Token], i: usize, text: &str) -> bool {
    text.len() == 1
        && text.starts_with(|c: char| c.is_ascii_uppercase())
        && toks.get(i + 1).is_some_and(|t| t.lower == ".")
}

/// A saint's, mount's or fort's abbreviation, which goes on in a name with
/// its dot ("St. Louis", "Warren St. John", "Mt. Everest").
pub(crate) fn is_place_abbreviation(word: &str) -> bool {
    matches!(word, "St" | "Ste" | "Mt" | "Ft")
}

/// "al-Maliki", "el-Sisi": a name behind the Arabic article, which is
/// written in lower case.
pub(crate) fn behind_arabic_article(text: &str) -> bool {
    [
        "al-", "el-", "ad-", "an-", "ar-", "as-", "ash-", "at-", "az-",
    ]
    .iter()
    .any(|p| {
        text.strip_prefix(p)
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    })
}

/// The type a word gives a name it closes (`name-words.tsv`: "... Times" is
/// ORG, "... Dam" LOC), if any. Shouted, only an event's word does ("HONG
/// KONG OPEN"): a shouted town may close with a body's ("NEWPORT NEWS").
pub(crate) fn closing_word_type(word: &str) -> Option<MentionType> {
    let closing = |(t, w): &(MentionType, Where)| {
        matches!(w, Where::Last | Where::Any | Where::Alone).then_some(*t)
    };
    NAME_WORDS.get(word).and_then(closing).or_else(|| {
        name_word(word)
            .and_then(closing)
            .filter(|&t| t == MentionType::MISC)
    })
}

/// Whether a word may open an organization's name (`first` or `any` in
/// `name-words.tsv`: "Real Madrid", "Sporting Lisbon", "Bank Indonesia").
pub(crate) fn opens_a_body(word: &str) -> bool {
    NAME_WORDS.get(word).is_some_and(|&(t, w)| {
        t == MentionType::ORG && matches!(w, Where::First | Where::Any | Where::Alone)
    })
}

/// The type of a word that names something on its own ("Sunni",
/// "Republicans": `alone` in `name-words.tsv`).
pub(crate) fn alone_word_type(word: &str) -> Option<MentionType> {
    NAME_WORDS
        .get(word)
        .filter(|(_, w)| *w == Where::Alone)
        .map(|(t, _)| *t)
}

/// Whether the title word at token `k`, in a run that a body's word
/// closes, is the body's first word ("General Labour Confederation", "State
/// University"), not a title before a person or an office's "of" ("Pastor
/// Joseph Brown of ...", "CEO of The Wildlife Society").
pub(crate) fn title_opens_a_body(body: &str, toks: &[Token], k: usize) -> bool {
    toks.get(k + 1)
        .is_some_and(|t| t.lower != "of" && !GIVEN_NAMES.contains(&body[t.span.start..t.span.end]))
}

/// A title or office word ("gen.", "minister", "foreign"), from its lower case.
pub(crate) fn is_title_word(lower: &str) -> bool {
    TITLE_WORDS.contains(lower.trim_end_matches('.'))
}

/// A capitalized word that never names anything on its own (`not-names.txt`:
/// days, months, ...).
/// A day's or a month's full name counts shouted too ("SATURDAY ,
/// DECEMBER 7"); the other words only as written ("SUN", "DEC" and "AT" are
/// shouted names as often as not).
pub(crate) fn never_a_name(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    // ("We've", "They're", "Don't": a contraction. The apostrophe is looked
    // for first, with no allocation: this runs for every capitalized word.)
    let contraction = word.contains(['\'', '’'])
        && [
            "'ve", "'re", "'ll", "'m", "'d", "n't", "’ve", "’re", "’ll", "’m", "’d", "n’t",
        ]
        .iter()
        .any(|c| {
            word.len() > c.len()
                && word
                    .get(word.len() - c.len()..)
                    .is_some_and(|end| end.eq_ignore_ascii_case(c))
        });
    contraction
        || NOT_NAMES.contains(word)
        || is_shouted(word)
            && (sitrep_core::calendar::is_weekday(word)
                || sitrep_core::calendar::is_full_month(word))
}

/// A word before a name that makes it a place ("in Marea").
pub(crate) fn is_place_preposition(lower: &str) -> bool {
    PLACE_PREPOSITIONS.contains(&lower)
}

/// Words that qualify a title before it ("District Attorney", "Assistant
/// Secretary"): part of the title, not of the body or place before it.
const OFFICE_MODIFIERS: [&str; 11] = [
    "district",
    "assistant",
    "deputy",
    "senior",
    "vice",
    "executive",
    "special",
    "associate",
    "acting",
    "interim",
    "general",
];

/// Whether a word qualifies a title before it ("district", "assistant").
pub(crate) fn is_office_modifier(lower: &str) -> bool {
    OFFICE_MODIFIERS.contains(&lower)
}

/// Nouns of an award, after its name ("five Grammy awards").
const AWARD_NOUNS: [&str; 6] = ["award", "awards", "prize", "prizes", "trophy", "medal"];

/// Whether a word opens a noun phrase as its article or possessive ("a",
/// "the", "its", "NASA 's"): a name after one modifies the noun that follows.
fn is_determiner(lower: &str) -> bool {
    matches!(
        lower,
        "a" | "an" | "the" | "his" | "her" | "its" | "their" | "'s" | "’s"
    )
}

/// Words after an award's name ("an Oscar nomination", "his Emmy win") beside
/// the nouns of [`AWARD_NOUNS`].
const AWARD_FOLLOWERS: [&str; 8] = [
    "nomination",
    "nominations",
    "nod",
    "nods",
    "win",
    "wins",
    "winner",
    "statuette",
];

/// Awards named like people (`awards.txt`: "Oscar", "Tony").
static AWARDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/awards.txt")));

/// Nouns of a publication, after its name ("Time magazine").
const PUBLICATION_NOUNS: [&str; 4] = ["magazine", "newspaper", "tabloid", "weekly"];

/// Nouns of a facility (`facility-nouns.txt`: "the Fukushima Daiichi nuclear
/// plant").
static FACILITY_NOUNS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/facility-nouns.txt")));

/// Offices only a firm has, capitalized before their holder's name ("Summit
/// CEO Rob Friedman", "Acme Chairman Joe Bloggs").
const FIRM_OFFICES: [&str; 6] = ["ceo", "cfo", "coo", "chairman", "chairwoman", "founder"];

/// Plural nouns whose possessive opens a body's name ("People's Council").
const PEOPLE_POSSESSIVES: [&str; 4] = ["people", "men", "women", "children"];

/// Words for relatives, after which a name set off by commas is a person's.
const KIN: [&str; 12] = [
    "wife",
    "husband",
    "son",
    "daughter",
    "brother",
    "sister",
    "mother",
    "father",
    "widow",
    "girlfriend",
    "boyfriend",
    "fiancee",
];

/// Given names (`given-names.txt`, from the US Census): a run that opens with
/// one is a person's name whatever word closes it ("Garth Brooks").
static GIVEN_NAMES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/given-names.txt")));

/// Census surnames, in lower case, with their rank (`surnames.txt`, most
/// common first: "williams" 3, "mcdonald" 148).
static SURNAMES: LazyLock<HashMap<&'static str, usize>> = LazyLock::new(|| {
    include_str!("../../../data/lexicon/surnames.txt")
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .enumerate()
        .map(|(rank, name)| (name, rank + 1))
        .collect()
});
/// Surnames as common as "Williams" or "Ford" (rank 102), not as rare as
/// "Bills" or "Apple" (4,537). `scripts/gen-companies.py` keeps the same
/// bound.
const COMMON_SURNAME_RANK: usize = 2000;

/// Surname endings of other languages (`surname-endings.txt`: "-ov", "-enko").
static SURNAME_ENDINGS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    word_set(include_str!("../../../data/lexicon/surname-endings.txt"))
        .into_iter()
        .collect()
});

static PLACE_ENDINGS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    word_set(include_str!("../../../data/lexicon/place-endings.txt"))
        .into_iter()
        .collect()
});

/// Whether a lower-case word closes with one of `endings` and has three
/// letters or more before it.
fn has_ending(endings: &[&str], lower: &str) -> bool {
    endings.iter().any(|e| {
        lower
            .strip_suffix(e)
            .is_some_and(|stem| stem.chars().count() >= 3 && stem.chars().all(char::is_alphabetic))
    })
}

/// Whether a lower-case word closes with a place's ending (`place-endings.txt`:
/// "leicestershire").
fn has_place_ending(lower: &str) -> bool {
    has_ending(&PLACE_ENDINGS, lower)
}

/// Whether a lower-case word closes with a surname's ending
/// ("berdymukhamedov", "kovalenko"; not "kiev").
pub(crate) fn has_surname_ending(lower: &str) -> bool {
    has_ending(&SURNAME_ENDINGS, lower)
}

/// Whether a census surname, from its lower case ("jackson").
pub(crate) fn is_surname(lower: &str) -> bool {
    SURNAMES.contains_key(lower)
}

/// Whether the name opening at token `first` comes right after a body's
/// noun in lower case ("chemicals group Akzo Nobel", "the airline
/// Lufthansa"): the name is the body's. (Not one opening with a given name:
/// "developer Carlos Beruff" is a person.)
pub(crate) fn after_a_body_noun(toks: &[Token], first: usize) -> bool {
    // (Nor a word of prose alone: "Greek bank Updated Thu 6 May".)
    let prose_alone = toks
        .get(first + 1)
        .is_none_or(|t| !t.capitalized || t.kind != TokenKind::Word)
        && PROSE_WORDS.contains(toks[first].lower.as_str());
    first > 0
        && !prose_alone
        && toks[first - 1].kind == TokenKind::Word
        && !toks[first - 1].capitalized
        && BODY_NOUNS.contains(toks[first - 1].lower.as_str())
}

/// Whether the name closing at token `last` comes right before a body's
/// noun in lower case, or its shares ("Al-Ahram newspaper said", "the
/// Anatolian news agency", "Telecom shares rose"): the name is the body's.
/// (Not before a word that also names a person's trade: "party", "union"
/// and "club" are left to other rules, "Republican party", "the Chelsea
/// club".)
fn before_a_body_noun(toks: &[Token], first: usize, last: usize) -> bool {
    // (Nor one word of prose or an abbreviation: "Small business owners",
    // "Dem party".)
    if first == last
        && (PROSE_WORDS.contains(toks[first].lower.as_str())
            || toks[first].lower.chars().count() < 4)
    {
        return false;
    }
    let person_word = first == last
        && (SURNAMES.contains_key(toks[first].lower.as_str())
            || GIVEN_NAMES.contains(capitalized(&toks[first].lower).as_str()));
    let noun = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.kind == TokenKind::Word
                && !t.capitalized
                && (BODY_NOUNS.contains(t.lower.as_str())
                    && !matches!(t.lower.as_str(), "party" | "union" | "club" | "team" | "movement")
                    // ("Cruz shares more of": a person's verb.)
                    || matches!(t.lower.as_str(), "shares" | "stock") && !person_word)
        })
    };
    noun(last + 1) || toks.get(last + 1).is_some_and(|t| t.lower == "news") && noun(last + 2)
}

/// Nouns of a product, a work or a show (`work-nouns.txt`: "its Windows
/// software").
static WORK_NOUNS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/work-nouns.txt")));

/// Whether the name at tokens `first..=last` stands right before a noun of
/// a product, a work or a show ("the Windows CE software", "the Comdex
/// show"). Not one word of prose or a census name alone, nor a person's
/// given and last names.
fn before_a_work_noun(toks: &[Token], first: usize, last: usize) -> bool {
    let lower = toks[first].lower.as_str();
    let one_word_of_a_person_or_prose = first == last
        && (PROSE_WORDS.contains(lower)
            || SURNAMES.contains_key(lower)
            || GIVEN_NAMES.contains(capitalized(lower).as_str()));
    // ("the Tom Hanks film", "a Philip Pullman novel": a person's.)
    let a_persons_full_name = first < last && GIVEN_NAMES.contains(capitalized(lower).as_str());
    !one_word_of_a_person_or_prose
        && !a_persons_full_name
        && toks.get(last + 1).is_some_and(|t| {
            t.kind == TokenKind::Word && !t.capitalized && WORK_NOUNS.contains(t.lower.as_str())
        })
        // ("the Lionsgate film division": the noun modifies a body's.)
        && !toks.get(last + 2).is_some_and(|t| {
            BODY_NOUNS.contains(t.lower.as_str())
                || matches!(
                    t.lower.as_str(),
                    "division" | "unit" | "studio" | "arm" | "business" | "industry" | "maker"
                )
        })
}

/// Verbs whose object is a person far more often than a town
/// (`person-object-verbs.txt`: "stopped", "arrested", "traded").
static PERSON_OBJECT_VERBS: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    word_set(include_str!(
        "../../../data/lexicon/person-object-verbs.txt"
    ))
});

/// Nouns that name a body (`body-nouns.txt`: "Via, a maker of chipsets").
static BODY_NOUNS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/body-nouns.txt")));

/// Nouns after a person's possessive (`person-owned-nouns.txt`: "Kuchma's
/// office").
static PERSON_OWNED_NOUNS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/person-owned-nouns.txt")));

/// Whether a lower-case word is a verb done to people ("stopped").
pub(crate) fn is_person_object_verb(lower: &str) -> bool {
    PERSON_OBJECT_VERBS.contains(lower)
}

/// Verbs after a name that speak for a person ("Jackson was", "Harrison
/// said", "Dole would", "Maldini will captain"); any other "-ed" form or
/// irregular past counts too. (Not "is": "Jackson is a city of 150,000".)
const PERSON_VERBS: [&str; 11] = [
    "was", "had", "said", "says", "told", "will", "would", "could", "should", "might", "must",
];

/// Whether a lower-case word after a name speaks for a person.
pub(crate) fn is_person_verb(lower: &str) -> bool {
    PERSON_VERBS.contains(&lower)
}

/// A census surname's rank, most common first ("smith" is 1).
pub(crate) fn surname_rank(lower: &str) -> Option<usize> {
    SURNAMES.get(lower).copied()
}

/// The population of the gazetteer's place of this name.
pub(crate) fn place_population(name: &str) -> Option<u64> {
    place_entry(name).map(|(_, &(_, population))| population)
}

/// A city this big whose name is also a given name, before a plural, is a
/// team's city ("Denver Broncos", "Houston Astros").
const BIG_CITY_POPULATION: u64 = 500_000;

/// Whether a given name of the census.
pub(crate) fn is_given_name(word: &str) -> bool {
    GIVEN_NAMES.contains(word)
}

/// Whether a capitalized word closes a name as a plural ("Heels",
/// "Patriots", "Chargers"): a team, a band or a product line closes so; a
/// person's name closes with a surname ("Williams", "Gates").
fn is_plural_not_surname(word: &str) -> bool {
    word.len() > 3
        && word.ends_with('s')
        // (Greek, Baltic and Latin surnames close so: "Grigoropoulos",
        // "Tsipras", "Landsbergis", "Brutus".)
        && !["ss", "os", "is", "as", "us"].iter().any(|e| word.ends_with(e))
        && !SURNAMES.contains_key(word.to_lowercase().as_str())
}

/// Words that join the capitalized words of one name ("Louis van Gaal",
/// "Juan Martin del Potro", "University of Baghdad", "Dar es Salaam").
const PARTICLES: [&str; 19] = [
    "of", "al", "el", "bin", "ibn", "abu", "de", "du", "da", "di", "dos", "del", "van", "von",
    "der", "den", "ter", "es", "wa",
];

/// Whether a word, as written, joins the capitalized words around it into
/// one name ("van" in "Louis van Gaal"). Only in lower case: "DOS" and "Del"
/// are words of their own.
pub(crate) fn is_particle(word: &str) -> bool {
    PARTICLES.contains(&word)
}
/// Words before a name that make it a place.
const PLACE_PREPOSITIONS: [&str; 6] = ["in", "near", "outside", "across", "around", "towards"];
const COMPASS: [&str; 8] = [
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
];

fn parse_type(s: &str) -> Option<MentionType> {
    match s {
        "PER" => Some(MentionType::PER),
        "ORG" => Some(MentionType::ORG),
        "LOC" => Some(MentionType::LOC),
        "MISC" => Some(MentionType::MISC),
        _ => None,
    }
}

pub(crate) fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| *c != '.' && *c != '&').collect();
    (2..=6).contains(&letters.len())
        && letters.iter().all(|c| c.is_ascii_uppercase())
        && !letters.iter().all(|c| matches!(c, 'I' | 'V' | 'X'))
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

/// `Vincent "The Chin" Gigante`, `Earvin "Magic" Johnson`: a given name,
/// a nickname of one to three capitalized words in quotation marks, and a
/// surname are one person's three names, each PER (a nickname opening with
/// "The" keeps it). Retypes those runs in `out` and returns the given name
/// and the surname, which name the person alone elsewhere ("Gigante's
/// death").
fn nicknamed_persons<'a>(
    body: &'a str,
    toks: &[Token],
    runs: &[Run],
    out: &mut [Option<Name>],
) -> Vec<&'a str> {
    let text = |i: usize| &body[toks[i].span.start..toks[i].span.end];
    let is_mark = |i: usize| {
        toks.get(i)
            .is_some_and(|t| matches!(t.lower.as_str(), "\"" | "“" | "”" | "'" | "‘" | "’"))
    };
    let run_at: HashMap<usize, usize> =
        runs.iter().enumerate().map(|(k, r)| (r.first, k)).collect();
    let mut words = Vec::new();
    for (k, r) in runs.iter().enumerate() {
        let given = r.first == r.last && GIVEN_NAMES.contains(text(r.first));
        if !given || !is_mark(r.last + 1) {
            continue;
        }
        // The nickname: capitalized words up to the closing mark.
        let open = r.last + 1;
        let close = (open + 1..(open + 5).min(toks.len())).find(|&i| is_mark(i));
        let Some(close) = close.filter(|&c| {
            c > open + 1
                && (open + 1..c).all(|i| toks[i].capitalized && toks[i].kind == TokenKind::Word)
        }) else {
            continue;
        };
        let Some(&surname) = run_at.get(&(close + 1)) else {
            continue;
        };
        let nick = (open + 1..close).find_map(|i| run_at.get(&i).copied());
        let Some(nick) = nick.filter(|&n| runs[n].last == close - 1) else {
            continue;
        };
        let s = &runs[surname];
        out[k] = Some(name(r, MentionType::PER, None));
        out[nick] = Some(Name {
            first: open + 1,
            last: close - 1,
            mention_type: MentionType::PER,
            entity: None,
        });
        out[surname] = Some(name(s, MentionType::PER, None));
        words.push(text(r.first));
        words.push(&body[toks[s.first].span.start..toks[s.last].span.end]);
    }
    words
}

/// Whether `acronym`'s letters are `initials` (a name's capitals) in order,
/// the first with the first: "IE" of "Internet Explorer", "FLDS" of
/// "Fundamentalist Church of Jesus Christ of Latter Day Saints".
fn abbreviates(acronym: &str, initials: impl Iterator<Item = char>) -> bool {
    let mut letters = acronym.chars().filter(char::is_ascii_uppercase).peekable();
    let mut first = true;
    for c in initials {
        if letters.peek() == Some(&c) {
            letters.next();
        } else if first {
            return false;
        }
        first = false;
    }
    letters.peek().is_none()
}

/// The place entity for a gazetteer name.
pub fn place(name: &str, text: &str) -> Option<Entity> {
    let (name, &(code, _)) = place_entry(name)?;
    Some(Entity {
        name: name.to_string(),
        code: (!code.is_empty()).then(|| code.to_string()),
        sector: None,
        wikidata: None,
        text: text.to_string(),
        kind: EntityKind::Place,
        office: None,
        affiliation: None,
        anonymous: false,
        code_from_context: false,
        several: false,
        term: None,
    })
}

/// The gazetteer's row for a name as written, or for a shouted name in
/// title case ("MOGADISHU").
fn place_entry(name: &str) -> Option<(&'static str, &'static (&'static str, u64))> {
    if let Some((k, v)) = PLACES.get_key_value(name) {
        return Some((k, v));
    }
    if !is_shouted(name) {
        return None;
    }
    PLACES
        .get_key_value(title_case_words(name).as_str())
        .map(|(k, v)| (*k, v))
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

/// A lone word opening a sentence is a place only if the place is this big:
/// small towns are named like common words ("Police", "Split"); so is a
/// shouted one opening a line that the actor layer reads as a dateline's town
/// rather than an acronym's body.
pub(crate) const OPENING_PLACE_POPULATION: u64 = 100_000;

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
    let text = |i: usize| &body[toks[i].span.start..toks[i].span.end];
    // A name never runs over a line break: a heading line ("Boris Johnson")
    // is followed by a line of its own.
    let same_line = |a: usize, b: usize| !body[toks[a].span.end..toks[b].span.start].contains('\n');
    // Words the article writes in lower case are common words when capitalized
    // at a sentence's start.
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
    let common = |i: usize| {
        let w = toks[i].lower.as_str();
        STOPWORDS.contains(w) || COMMON_WORDS.contains(w) || lower_seen.contains(w)
    };
    // "Jan Siemerink", "June Carter": a month that is a given name, right
    // before a capitalized word, is the given name.
    let given_not_month = |i: usize| {
        GIVEN_NAMES.contains(text(i))
            && toks.get(i + 1).is_some_and(|t| {
                is_name_cased(t, text(i + 1))
                    && !covered.contains(&(i + 1))
                    && !NOT_NAMES.contains(text(i + 1))
                    && same_line(i, i + 1)
            })
    };
    let cap = |i: usize| {
        toks.get(i).is_some_and(|t| {
            is_name_cased(t, text(i))
                && !covered.contains(&i)
                && (!never_a_name(text(i))
                    || given_not_month(i)
                    // ("A. Flower": an initial, not the article.)
                    || is_initial(toks, i, text(i))
                        && toks.get(i + 2).is_some_and(|t| {
                            t.capitalized
                                && !STOPWORDS.contains(t.lower.as_str())
                                && !COMMON_WORDS.contains(t.lower.as_str())
                        }))
                // "ISIL-held", "U.S.-led": an adjective made from a name.
                // ("Kim Young-sam", "Tung Chee-hwa": a given name's second
                // syllable is no word; "Roh Tae-woo": nor one of three letters
                // or fewer after a capitalized word, though "woo" is one.)
                && !text(i).rsplit_once('-').is_some_and(|(head, tail)| {
                    is_adjective_tail(tail)
                        && !((2..=3).contains(&head.len())
                            && tail.len() <= 3
                            && head.chars().skip(1).all(char::is_lowercase)
                            && i > 0
                            && toks[i - 1].capitalized
                            && toks[i - 1].kind == TokenKind::Word
                            && !STOPWORDS.contains(toks[i - 1].lower.as_str())
                            && same_line(i - 1, i))
                })
                && !layout::in_a_sport_label(body, t.span.start, t.span.end)
        })
    };

    let mut runs = Vec::new();
    let mut headline_own = Vec::new();
    // Runs of capitalized words in headlines, typed only by the names the
    // article's sentences type ("Hansbrough Sets Scoring Record" after
    // "Tyler Hansbrough" below it).
    let mut headline_runs: Vec<(usize, usize)> = Vec::new();
    for &(s0, s1) in sentences {
        let words = (s0..s1)
            .filter(|&i| toks[i].kind == TokenKind::Word)
            .count();
        let capitals_say_nothing = capitals_say_nothing(body, toks, (s0, s1));
        // ("BASKETBALL - NBA RESULTS .": a sport's label makes a headline of
        // a short line too. Read once, for the headline's names below.)
        let labelled =
            capitals_say_nothing && layout::opens_with_a_sport_label(body, toks[s0].span.start);
        if capitals_say_nothing && (words >= 4 || labelled) {
            // A headline: capitals there say nothing, but big places, and
            // in a shouted one events, clubs, people and acronyms, still
            // stand out ("SOMALI TROOPS RETAKE BAIDOA").
            let own = headline_names(body, toks, (s0, s1), labelled, &cap, &same_line);
            let taken: HashSet<usize> = own.iter().flat_map(|n| n.first..=n.last).collect();
            headline_own.extend(own);
            let mut k = s0;
            while k < s1 {
                if cap(k) && !taken.contains(&k) {
                    let mut e = k;
                    while e + 1 < s1 && cap(e + 1) && same_line(e, e + 1) {
                        e += 1;
                    }
                    headline_runs.push((k, e));
                    k = e + 1;
                } else {
                    k += 1;
                }
            }
            continue;
        }
        // The last word of a body's purpose after its head at `last` ("...
        // Movement for Democratic Change", "... Forces for the Liberation"):
        // "for", maybe "the", then a capitalized word.
        let purpose_after = |last: usize| {
            if !(PURPOSE_HEADS.contains(text(last))
                && toks.get(last + 1).is_some_and(|t| t.lower == "for"))
            {
                return None;
            }
            let after = if last + 2 < s1 && text(last + 2) == "the" {
                last + 3
            } else {
                last + 2
            };
            (after < s1 && cap(after) && same_line(last, after)).then_some(after)
        };
        let mut i = s0;
        while i < s1 {
            if !cap(i) {
                i += 1;
                continue;
            }
            let mut last = i;
            loop {
                if last + 1 < s1 && cap(last + 1) && same_line(last, last + 1) {
                    last += 1;
                } else if last + 2 < s1
                    && (is_initial(toks, last, text(last))
                        || is_place_abbreviation(text(last))
                            && toks[last + 1].lower == "."
                            && same_line(last, last + 2))
                    && cap(last + 2)
                {
                    // "Stephen J. Townsend": an initial and its dot; "St.
                    // Louis", "Warren St. John", "Mt. Everest": a saint's,
                    // mount's or fort's abbreviation and its dot.
                    last += 2;
                } else if last + 2 < s1
                    && is_particle(text(last + 1))
                    && cap(last + 2)
                    && same_line(last, last + 2)
                    // ("Erik Zabel of Team Telekom": a given name and a
                    // surname stop at "of"; "Bank of England" goes on.)
                    && !(toks[last + 1].lower == "of"
                        && last > i
                        && GIVEN_NAMES.contains(text(i))
                        && (i..=last).all(|k| name_word(text(k)).is_none()))
                {
                    last += 2;
                } else if last + 3 < s1
                    && text(last + 1) == "v"
                    && text(last + 2) == "."
                    && cap(last + 3)
                    && same_line(last, last + 3)
                {
                    // "Roe v. Wade": a court case, named by its parties.
                    last += 3;
                } else if let Some(purpose) = purpose_after(last) {
                    // "Movement for Democratic Change", "Alliance of Democratic
                    // Forces for the Liberation of Congo-Zaire": a body's purpose.
                    last = purpose;
                } else if last + 2 < s1
                    && toks[last + 1].lower == "and"
                    && cap(last + 2)
                    && same_line(last, last + 2)
                    && (i..last).any(|k| toks[k].lower == "for")
                    && ["ic", "al", "ive", "ian"]
                        .iter()
                        .any(|end| toks[last].lower.ends_with(end))
                {
                    // "Center for Strategic and International Studies": an
                    // adjective cannot end the purpose, so "and" goes on with it.
                    last += 2;
                } else if last + 2 < s1
                    && text(last + 1) == "&"
                    && cap(last + 2)
                    && same_line(last, last + 2)
                    // (Not two people, "Stephen Fry & McFly", "Jim & Sarah",
                    // nor two bodies' acronyms, "WBA & IBO".)
                    && !(last > i && (GIVEN_NAMES.contains(text(i)) || GIVEN_NAMES.contains(text(last))))
                    && !(is_acronym(text(last)) && is_acronym(text(last + 2)))
                {
                    // "Reckitt & Colman", "Procter & Gamble": a firm of partners.
                    last += 2;
                } else if last + 2 < s1
                    && PEOPLE_POSSESSIVES.contains(&toks[last].lower.as_str())
                    && matches!(toks[last + 1].lower.as_str(), "'s" | "’s")
                    && cap(last + 2)
                {
                    // "People's Council", "Men's Central Jail", "Children's Hospital".
                    last += 2;
                } else {
                    break;
                }
            }
            // "EW.com", "Politico.com": a site's name with its domain.
            if toks.get(last + 1).is_some_and(|t| t.lower == ".")
                && toks
                    .get(last + 2)
                    .is_some_and(|t| matches!(t.lower.as_str(), "com" | "org" | "net"))
                && toks[last].span.end == toks[last + 1].span.start
                && toks[last + 1].span.end == toks[last + 2].span.start
            {
                last += 2;
            }
            // "San Francisco-based", "Los Angeles-born": the name goes on into
            // an adjective of where something is, which is no name (as
            // "Utah-based"). ("Islamic State-linked", "Bernie Sanders-style"
            // keep their names.)
            if toks.get(last + 1).is_some_and(|t| {
                t.capitalized
                    && text(last + 1).rsplit_once('-').is_some_and(|(_, tail)| {
                        matches!(tail, "based" | "born" | "bred" | "headquartered")
                    })
            }) && same_line(last, last + 1)
            {
                i = last + 2;
                continue;
            }
            // "Texas GOP", "Polk County GOP": a party named with its place or
            // its chamber is one body; any other word before "GOP"
            // ("Presumptive GOP nominee", "Seven GOP hopefuls") is none of it.
            if last > i && text(last) == "GOP" {
                let prefix = &body[toks[i].span.start..toks[last - 1].span.end];
                if place_entry(prefix).is_none()
                    && !matches!(text(last - 1), "County" | "District" | "House" | "Senate")
                {
                    i = last;
                }
            }
            let mut first = i;
            let at_start =
                i == s0 || toks[i - 1].kind == TokenKind::Punct && is_opener(text(i - 1));
            if at_start {
                // ... but not the first word of a place's name ("New York Yankees").
                let opens_place = |f: usize| {
                    f < last
                        && place_entry(&body[toks[f].span.start..toks[f + 1].span.end]).is_some()
                };
                // ("A. Flower not out 61": an initial, not the article.)
                // ("Standings of National Hockey League teams": a plural of a
                // common word before "of" is that word.)
                let common_plural_before_of = |f: usize| {
                    f < last && toks[f + 1].lower == "of" && is_common_plural(&toks[f].lower)
                };
                // ("Drew Bledsoe threw": a given name that is also a word,
                // before a census surname, opens the name.)
                // (Not a function word, "In Florida", nor before a place or a
                // word of prose: "Diamond Heist".)
                let given_then_surname = |f: usize| {
                    f < last
                        && GIVEN_NAMES.contains(text(f))
                        && !STOPWORDS.contains(toks[f].lower.as_str())
                        && SURNAMES.contains_key(toks[f + 1].lower.as_str())
                        && !GIVEN_NAMES.contains(text(f + 1))
                        && !PROSE_WORDS.contains(toks[f + 1].lower.as_str())
                        && place_entry(text(f + 1)).is_none()
                };
                // ("Bookmakers William Hill", "Referee Mitch Halpern", "Dear
                // Abby": a word of prose before a given name is no part of
                // the name.)
                let prose_before_given = |f: usize| {
                    f < last
                        && PROSE_WORDS.contains(toks[f].lower.as_str())
                        && !COMPASS.contains(&toks[f].lower.as_str())
                        && !GIVEN_NAMES.contains(text(f))
                        && GIVEN_NAMES.contains(text(f + 1))
                };
                // ("Top-ranked North Carolina": a compound of prose words.)
                let prose_compound = |f: usize| {
                    toks[f].lower.contains('-')
                        && !is_shouted(text(f))
                        && toks[f].lower.split('-').all(|w| {
                            w.len() >= 3 && (COMMON_WORDS.contains(w) || PROSE_WORDS.contains(w))
                        })
                };
                // A word capitalized for opening the sentence alone.
                let opener_only = |f: usize| {
                    common(f)
                        || prose_before_given(f)
                        || f == i && common_plural_before_of(f)
                        || COMMODITIES.contains(toks[f].lower.as_str())
                        || prose_compound(f)
                };
                // ("Transportation Department officials said": a word of a
                // body's name that its closing word ends.)
                let opens_a_body = |f: usize| {
                    f + 1 == last
                        && !STOPWORDS.contains(toks[f].lower.as_str())
                        && !is_shouted(text(f))
                        && name_word(text(last))
                            .is_some_and(|&(t, at)| t == MentionType::ORG && at != Where::First)
                };
                // A word that opens the name all the same.
                let opens_the_name = |f: usize| {
                    given_then_surname(f)
                        || NAME_WORDS.contains_key(text(f))
                        || opens_place(f)
                        || f < last && is_initial(toks, f, text(f))
                        || opens_a_body(f)
                };
                while first <= last && opener_only(first) && !opens_the_name(first) {
                    first += 1;
                }
            }
            // "Republican Senator Bob Dole", "Tory MP Alan Clark", "Socialist
            // Lionel Jospin": a party's or a creed's word before a title or a
            // given name is a name of its own (MISC), not the person's.
            let creed = (first < last
                && matches!(
                    name_word(text(first)),
                    Some((MentionType::MISC, Where::Alone))
                )
                && (is_title_word(&toks[first + 1].lower)
                    // (A given name and a surname after it: not "Arab
                    // Spring", "Christmas Eve", "Western Han Dynasty";
                    // "Dane Bjarne Riis": or two words that no list knows.)
                    || (GIVEN_NAMES.contains(text(first + 1))
                        || (first + 1..=last).all(|k| {
                            !COMMON_WORDS.contains(toks[k].lower.as_str())
                                && !PROSE_WORDS.contains(toks[k].lower.as_str())
                        }))
                        && first + 2 <= last
                        && name_word(text(last)).is_none()))
            .then_some(first);
            if creed.is_some() {
                first += 1;
            }
            // "Foreign Secretary Philip Hammond": the name follows the titles.
            // "Abu" opens a name ("Abu Musab al-Zarqawi"); the other particles do not.
            // ("Premier League": a competition's name keeps its first word.)
            let competition = first <= last
                && COMPETITIONS.contains(&body[toks[first].span.start..toks[last].span.end]);
            // ("General Labour Confederation": nor a body's name.)
            let closes_a_body = first < last
                && name_word(text(last))
                    .is_some_and(|&(t, at)| t == MentionType::ORG && at == Where::Last);
            while !(competition || closes_a_body && title_opens_a_body(body, toks, first))
                && first <= last
                && (is_title_word(&toks[first].lower)
                    || is_particle(text(first)) && text(first) != "abu")
            {
                first += 1;
            }
            // "California Highway Patrol Officer Ray Scheidnes", "Summit CEO
            // Rob Friedman": a title inside the run ends the body's name and
            // opens the person's. A run that closes with a title is an
            // office ("Democratic State Representative"): the actor layer
            // reads it whole.
            let inner_title = (first < last && !is_title_word(&toks[last].lower))
                .then(|| (first..last).rev().find(|&k| is_title_word(&toks[k].lower)))
                .flatten();
            let mut pieces = Vec::with_capacity(3);
            if let Some(c) = creed {
                pieces.push((c, c, false));
            }
            match inner_title {
                Some(k) => {
                    // The body ends before the title and the words that qualify it.
                    let mut head_end = k;
                    while head_end > first
                        && (is_title_word(&toks[head_end - 1].lower)
                            || is_office_modifier(&toks[head_end - 1].lower))
                    {
                        head_end -= 1;
                    }
                    // (A firm's office only: "of", "State" and "Defense"
                    // are title words too, for "Secretary of State".)
                    if head_end > first {
                        let firm_s = FIRM_OFFICES.contains(&toks[k].lower.as_str());
                        pieces.push((first, head_end - 1, firm_s));
                    }
                    pieces.push((k + 1, last, false));
                }
                // "Army Lt. Gen. Mick Bednarek", "U.S. Rep. Jim Cooper": an
                // abbreviated title that closes the run before the name it
                // opens is no part of the run's name, which is the body the
                // office is in, if nothing types it otherwise.
                None if first < last
                    && is_title_word(&toks[last].lower)
                    && toks.get(last + 1).is_some_and(|t| t.lower == ".")
                    && toks.get(last + 2).is_some_and(|t| t.capitalized) =>
                {
                    let mut head_end = last;
                    while head_end > first && is_title_word(&toks[head_end - 1].lower) {
                        head_end -= 1;
                    }
                    if head_end > first {
                        pieces.push((first, head_end - 1, true));
                    }
                }
                None if first <= last => pieces.push((first, last, false)),
                None => {}
            }
            for (a, b, before_a_title) in pieces {
                // "Group C", "Pool A": a common noun and its letter name no one.
                if b == a + 1
                    && text(b).len() == 1
                    && COMMON_WORDS.contains(toks[a].lower.as_str())
                    && !GIVEN_NAMES.contains(text(a))
                {
                    continue;
                }
                runs.push(Run {
                    first: a,
                    last: b,
                    at_start: at_start && a == i && a == b,
                    before_a_title,
                });
            }
            i = last + 1;
        }
    }

    let mut out: Vec<Option<Name>> = runs
        .iter()
        .map(|r| {
            // "Summit CEO Rob Friedman": a name no list types, right before
            // a firm's office and the person who holds it, is the firm.
            // (Not "Former CEO ...", "The CEO ...".)
            let heads_a_firm_s_office = !is_office_modifier(&toks[r.last].lower)
                && !STOPWORDS.contains(toks[r.last].lower.as_str())
                && toks
                    .get(r.last + 1)
                    .is_some_and(|t| t.capitalized && FIRM_OFFICES.contains(&t.lower.as_str()))
                && toks
                    .get(r.last + 2)
                    .is_some_and(|t| t.capitalized && t.kind == TokenKind::Word)
                && same_line(r.first, r.last + 2);
            // "Time magazine", "People magazine": a name before the noun of
            // a publication is the publication's, a word of prose or not.
            // (Not a town's: "a Biloxi newspaper".)
            let before_a_publication_noun = toks
                .get(r.last + 1)
                .is_some_and(|t| !t.capitalized && PUBLICATION_NOUNS.contains(&t.lower.as_str()))
                && place_entry(&body[toks[r.first].span.start..toks[r.last].span.end]).is_none()
                && !is_demonym_word(text(r.first));
            // "the Fukushima Daiichi nuclear plant": a name opening with a
            // town, before a facility's noun, is the facility's.
            let a_facility = || {
                r.last > r.first
                    && place_entry(text(r.first)).is_some()
                    && (1..=2).any(|k| {
                        toks.get(r.last + k).is_some_and(|t| {
                            !t.capitalized && FACILITY_NOUNS.contains(t.lower.as_str())
                        }) && (1..k).all(|j| {
                            toks.get(r.last + j)
                                .is_some_and(|t| !t.capitalized && t.kind == TokenKind::Word)
                        })
                    })
            };
            // "Transocean, which owned the rig": a word no list types,
            // opening a sentence, that "which" describes is a thing's or a
            // body's name.
            let which_follows = r.at_start
                && r.first == r.last
                && toks.get(r.last + 1).is_some_and(|t| t.lower == ",")
                && toks.get(r.last + 2).is_some_and(|t| t.lower == "which")
                && !COMMON_WORDS.contains(toks[r.first].lower.as_str())
                && !PROSE_WORDS.contains(toks[r.first].lower.as_str())
                && place_entry(text(r.first)).is_none();
            if before_a_publication_noun {
                return Some(name(r, MentionType::ORG, None));
            }
            // "five Grammy awards", "the Pulitzer prize": a name before the
            // noun of an award is the award's (MISC), not its giver's.
            let before_an_award_noun = toks
                .get(r.last + 1)
                .is_some_and(|t| !t.capitalized && AWARD_NOUNS.contains(&t.lower.as_str()))
                && place_entry(&body[toks[r.first].span.start..toks[r.last].span.end]).is_none()
                && !is_demonym_word(text(r.first));
            if a_facility() {
                return Some(name(r, MentionType::LOC, None));
            }
            let typed = type_run(body, toks, r);
            if before_an_award_noun
                && typed
                    .as_ref()
                    .is_none_or(|(t, e)| e.is_none() && *t != MentionType::ORG)
            {
                return Some(name(r, MentionType::MISC, None));
            }
            typed
                .or((r.before_a_title || heads_a_firm_s_office || which_follows)
                    .then_some((MentionType::ORG, None)))
                .map(|(t, e)| name(r, t, e))
        })
        .collect();
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
    // "Internet Explorer (IE)", "the Kurdistan Workers Party (PKK)": an
    // acronym in brackets right after a name, its letters the name's
    // initials, is that name's, of its type, here and wherever else the
    // article writes it ("IE settings").
    let named_before: HashMap<usize, (usize, MentionType)> = typed_spans(earlier, &out)
        .chain(titles.iter().map(|n| (n.first, n.last, n.mention_type)))
        .map(|(first, last, t)| (last, (first, t)))
        .collect();
    let mut spelled_out = Vec::new();
    for (r, slot) in runs.iter().zip(out.iter_mut()) {
        let bracketed = r.first == r.last
            && r.first >= 2
            && toks[r.first - 1].lower == "("
            && toks.get(r.last + 1).is_some_and(|t| t.lower == ")");
        if !bracketed
            || !is_acronym(text(r.first))
            || slot.as_ref().is_some_and(|n| n.entity.is_some())
        {
            continue;
        }
        let Some(&(first, t)) = named_before.get(&(r.first - 2)) else {
            continue;
        };
        let initials = toks[first..=r.first - 2]
            .iter()
            .filter(|t| t.capitalized)
            .filter_map(|t| body[t.span.start..].chars().next());
        if abbreviates(text(r.first), initials) {
            *slot = Some(name(r, t, None));
            spelled_out.push((text(r.first).to_string(), t));
        }
    }
    // Names typed once type their other mentions: the whole name, or a word
    // of a person's name.
    let mut known: HashMap<String, MentionType> = spelled_out.into_iter().collect();
    for word in nicknamed_persons(body, toks, &runs, &mut out) {
        known.insert(word.to_string(), MentionType::PER);
    }
    for (first, last, mention_type) in typed_spans(earlier, &out) {
        let whole = body[toks[first].span.start..toks[last].span.end].to_string();
        known.entry(whole).or_insert(mention_type);
        if mention_type == MentionType::PER && last > first {
            for t in &toks[first..=last] {
                if !PARTICLES.contains(&t.lower.as_str()) {
                    let word = &body[t.span.start..t.span.end];
                    known.entry(word.to_string()).or_insert(MentionType::PER);
                }
            }
        }
    }
    // "Creighton" after "Creighton Bluejays", "Goldman" after "Goldman
    // Sachs": the word that opens a body's name is the body, alone too,
    // unless a person's name holds it or it is a word of prose or a given
    // name ("New", "Morgan").
    // (Read again below, once every run is typed.)
    let body_openers = |out: &[Option<Name>]| -> HashSet<&str> {
        typed_spans(earlier, out)
            .filter(|&(first, last, t)| {
                t == MentionType::ORG
                    && last > first
                    && toks[first].capitalized
                    && !common(first)
                    && !PROSE_WORDS.contains(toks[first].lower.as_str())
                    && !GIVEN_NAMES.contains(text(first))
                    && !is_acronym(text(first))
            })
            .map(|(first, _, _)| text(first))
            .collect()
    };
    for word in body_openers(&out) {
        known.entry(word.to_string()).or_insert(MentionType::ORG);
    }
    // A lone word that is a census surname or given name and no word of
    // English prose ("Hansbrough scored", "stopped LaSalle"; not "Apple",
    // "Page"): a person, for want of anything else.
    // (Not one after an article, "an Oscar nod", "one Mac customer": a
    // person's name takes none.)
    let after_article = |i: usize| {
        i > 0
            && matches!(
                toks[i - 1].lower.as_str(),
                "a" | "an" | "one" | "every" | "each"
            )
    };
    // ("Chelsea's manager": a town that owns something is the town, or its club.)
    let place_that_owns = |i: usize| {
        PLACES.contains_key(text(i))
            && toks
                .get(i + 1)
                .is_some_and(|t| matches!(t.lower.as_str(), "'s" | "’s"))
    };
    // ("Jackson, Miss., was": an abbreviation, its dot then a comma.)
    let abbreviated = |i: usize| {
        toks.get(i + 1)
            .is_some_and(|t| t.lower == "." && t.span.start == toks[i].span.end)
            && toks.get(i + 2).is_some_and(|t| t.lower == ",")
    };
    let lone_person_word = |i: usize| {
        let word = text(i);
        word.chars().count() > 2
            && !abbreviated(i)
            && !is_title_word(&toks[i].lower)
            && !common(i)
            && !is_acronym(word)
            && !NAME_WORDS.contains_key(word)
            && !COMPASS.contains(&toks[i].lower.as_str())
            && !place_that_owns(i)
            && (SURNAMES.contains_key(toks[i].lower.as_str())
                || GIVEN_NAMES.contains(word)
                || has_surname_ending(&toks[i].lower))
            && !after_article(i)
            // ("Bowling: Vaas 14-3-40-1": a heading of prose before a colon.)
            && !(toks.get(i + 1).is_some_and(|t| t.lower == ":")
                && PROSE_WORDS.contains(toks[i].lower.as_str())
                && layout::opens_a_line(body, toks[i].span.start))
    };
    // "Msgr.", "Gen. Smith": a dot right after the word that ends no
    // sentence ("who treated Kathina." ends one; a dot before a comma is
    // `abbreviated`).
    let dotted_abbreviation = |i: usize| {
        toks.get(i + 1)
            .is_some_and(|t| t.lower == "." && t.span.start == toks[i].span.end)
            && (crate::sentences::ends_with_abbreviation(&body[..toks[i].span.end])
                || toks
                    .get(i + 2)
                    .is_some_and(|t| t.kind == TokenKind::Word && !t.capitalized))
    };
    // A word no list knows, shaped like a name: no digit, inner capital,
    // hyphen or contraction ("NY1", "PolitiFact", "T-Mobile", "We've";
    // "O'Malley" is one, and so are "McDermott" and "DeGeneres": a
    // surname's prefix before the capital), no number ("Twelve people were
    // killed"), no abbreviation ("Msgr."), not after "of" ("the province of
    // Aceh"), no word of prose.
    let unknown_name_word = |i: usize| {
        let word = text(i);
        let rest = word.strip_prefix("O'").unwrap_or(word);
        let rest = after_a_surname_prefix(rest).unwrap_or(rest);
        let lower = toks[i].lower.as_str();
        word.chars().count() > 2
            && rest.chars().skip(1).all(char::is_lowercase)
            && crate::tokens::number_word(lower).is_none()
            && !dotted_abbreviation(i)
            && !(i > 0 && toks[i - 1].lower == "of")
            && !common(i)
            && !PROSE_WORDS.contains(lower)
            && !NAME_WORDS.contains_key(word)
            && !abbreviated(i)
    };
    // A plural, which a surname seldom is ("Athenians", "Firemen";
    // "Tsipras" may be one, "Seles" too, and "Els" is too short for one).
    // ("DeGeneres", "McInnes": a surname's prefix says it is none.)
    let plural = |i: usize| {
        let lower = toks[i].lower.as_str();
        after_a_surname_prefix(text(i)).is_none()
            && (lower.ends_with("men")
                || lower.len() > 3
                    && lower.ends_with('s')
                    && !["ss", "os", "is", "as", "us", "les"]
                        .iter()
                        .any(|e| lower.ends_with(e)))
    };
    // A verb a person does at token `n` ("had", "signed", "beat").
    let verb_at = |n: usize| {
        toks.get(n).is_some_and(|t| {
            let w = t.lower.as_str();
            let auxiliary = t
                .lemmas
                .iter()
                .any(|l| matches!(l.as_str(), "be" | "have" | "do"));
            // ("Sampras beat Chang": a match's verb, whose past is its
            // present; a town that beats is read as its club before this.)
            t.kind == TokenKind::Word
                && !t.capitalized
                && (is_person_verb(w)
                    || w == "beat"
                    || w.len() > 4 && w.ends_with("ed")
                    || crate::tokens::is_irregular_form(w) && !auxiliary)
        })
    };
    // "Hardwicke had problems", "Kuchma signed the decree", "police stopped
    // Kovacevic": a lone word no list knows, no word of prose, that acts as
    // a person does or is done to as one is. (Not one opening a sentence:
    // "Suddenly the", "Later he".)
    let acts_as_a_person = |i: usize| {
        // (The word tests first: they rule out most words without a look
        // at their context.)
        if !unknown_name_word(i) || plural(i) {
            return false;
        }
        let mut n = i + 1;
        // ("Hardwicke supposedly had": an adverb between.)
        if toks
            .get(n)
            .is_some_and(|t| t.lower.len() > 4 && t.lower.ends_with("ly"))
        {
            n += 1;
        }
        let acts = verb_at(n);
        // "Kuchma's office", "Bhutto's government": what a person owns.
        // ("Alexandros' murder": the bare mark after an s.)
        let owns_a_person_s_thing = toks.get(i + 1).is_some_and(|t| {
            matches!(t.lower.as_str(), "'s" | "’s")
                || matches!(t.lower.as_str(), "'" | "’")
                    && t.span.start == toks[i].span.end
                    && toks[i].lower.ends_with('s')
        }) && toks
            .get(i + 2)
            .is_some_and(|t| PERSON_OWNED_NOUNS.contains(t.lower.as_str()));
        // "Lebed, who brokered the truce": a relative clause of persons.
        let who_follows = toks.get(i + 1).is_some_and(|t| t.lower == ",")
            && toks.get(i + 2).is_some_and(|t| t.lower == "who");
        let done_to = i > 0
            && is_person_object_verb(&toks[i - 1].lower)
            && toks.get(i + 1).is_none_or(|t| {
                matches!(t.lower.as_str(), "," | "." | ";") || is_stopword(&t.lower)
            });
        // "beat Hingis 6-3 4-6 6-0": a tennis score's sets, two or more,
        // follow a player, never a club.
        let sets_follow = {
            let mut words = body[toks[i].span.end..].split_whitespace();
            let set = |w: Option<&str>| w.is_some_and(|w| w.len() == 3 && layout::is_a_score(w));
            set(words.next()) && set(words.next())
        };
        // "Hingis, 16, became": an age in commas.
        let aged = toks.get(i + 1).is_some_and(|t| t.lower == ",")
            && toks
                .get(i + 2)
                .is_some_and(|t| t.kind == TokenKind::Number && t.lower.len() <= 2)
            && toks.get(i + 3).is_some_and(|t| t.lower == ",");
        // "DeGeneres herself announced": a person's reflexive.
        let reflexive = toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "himself" | "herself"));
        // "Zadan and Meron added": the first of two such words that act together.
        let acts_with = toks.get(i + 1).is_some_and(|t| t.lower == "and")
            && toks.get(i + 2).is_some_and(|t| t.capitalized)
            && unknown_name_word(i + 2)
            && !plural(i + 2)
            && verb_at(i + 3);
        acts || reflexive
            || acts_with
            || done_to
            || who_follows
            || owns_a_person_s_thing
            || aged
            || sets_follow
    };
    // The words of an apposition after a name closing at `last` (", a",
    // ", an", ", the"), at most `n` of them and none past a punctuation mark.
    let apposition = |last: usize, n: usize| {
        let opens = toks.get(last + 1).is_some_and(|t| t.lower == ",")
            && toks
                .get(last + 2)
                .is_some_and(|t| matches!(t.lower.as_str(), "a" | "an" | "the"));
        let from = if opens { last + 3 } else { toks.len() };
        // ("the 20-year-old Brazilian striker": a number and a hyphen
        // joined to a word.)
        (from..(from + n).min(toks.len())).take_while(|&k| {
            toks[k].kind != TokenKind::Punct
                || toks[k].lower == "-"
                    && toks[k - 1].span.end == toks[k].span.start
                    && toks
                        .get(k + 1)
                        .is_some_and(|t| t.span.start == toks[k].span.end)
        })
    };
    // "Sampras, the world number one, ...", "Olafsson, a former minister,":
    // a lone word no list knows whose apposition closes with a title (the
    // words of `name-titles.txt` and `offices.txt`) is a person.
    let person_by_its_apposition = |i: usize| {
        apposition(i, 6).last().is_some_and(|k| {
            is_title_word(&toks[k].lower) && toks.get(k + 1).is_some_and(|t| t.lower == ",")
        })
    };
    // "Via, a maker of chipsets", "Kestrel, a Dutch insurer": a name whose
    // apposition is a body's noun (`body-nouns.txt`), after at most three
    // modifiers, is a body's.
    let body_by_its_apposition = |last: usize| {
        apposition(last, 4)
            .take_while(|&k| toks[k].lower != "of")
            .any(|k| {
                // The noun heads the apposition: punctuation or a function
                // word follows ("a party member" is a person).
                BODY_NOUNS.contains(toks[k].lower.as_str())
                    && toks
                        .get(k + 1)
                        .is_none_or(|t| t.kind != TokenKind::Word || is_stopword(&t.lower))
            })
    };
    // "Buffalo Bills", "Kansas City Chiefs": a town, then a plural, is its
    // team, even when the plural is a surname too, unless a common one
    // ("Washington Williams"), or the town is a given name ("David Nevins":
    // David, Panama).
    let town_and_plural = |r: &Run| {
        let plural = toks[r.last].lower.as_str();
        r.last > r.first
            && plural.len() > 3
            && plural.ends_with('s')
            && !plural.ends_with("ss")
            && SURNAMES
                .get(plural)
                .is_none_or(|&rank| rank > COMMON_SURNAME_RANK)
            && PLACES.contains_key(&body[toks[r.first].span.start..toks[r.last - 1].span.end])
    };
    // "Denver Broncos", "Carolina Panthers": a city that is also a given
    // name, then a plural that is no surname at all, is the city's team
    // ("Austin Rivers" is a person). The plural is a word of prose, or the
    // city a big one: "George Bergeles", "Nancy O'Higgins" are people.
    let city_and_plural = |r: &Run| {
        let plural = toks[r.last].lower.as_str();
        let prose_plural = PROSE_WORDS.contains(plural)
            || plural
                .strip_suffix('s')
                .is_some_and(|one| PROSE_WORDS.contains(one));
        let population =
            place_population(&body[toks[r.first].span.start..toks[r.last - 1].span.end])
                .unwrap_or(0);
        town_and_plural(r)
            && !SURNAMES.contains_key(plural)
            && !plural.contains(['\'', '’'])
            && (population >= BIG_CITY_POPULATION
                || population >= OPENING_PLACE_POPULATION
                    && prose_plural
                    && is_plural_not_surname(text(r.last)))
    };
    // "PSV Eindhoven", "AC Milan", "CSKA Moscow": an acronym, then a city,
    // is the city's club. (Only an acronym: "Jeb Bush" and "Merrick Garland"
    // are a given name the census lacks and a town's name.)
    let acronym_and_city = |r: &Run| {
        r.last > r.first
            && is_acronym(text(r.first))
            && place_entry(&body[toks[r.first + 1].span.start..toks[r.last].span.end])
                .is_some_and(|p| p.1 .1 >= OPENING_PLACE_POPULATION)
    };
    // (The runs typed so, whose type their neighbours may still correct.)
    let mut census_guesses = Vec::new();
    for (k, (r, slot)) in runs.iter().zip(out.iter_mut()).enumerate() {
        let whole = &body[toks[r.first].span.start..toks[r.last].span.end];
        if let Some(&t) = known.get(whole) {
            match slot {
                Some(n) if n.entity.is_none() => n.mention_type = t,
                None => *slot = Some(name(r, t, None)),
                _ => {}
            }
            continue;
        }
        // "Barzani 's rivals", "Dostum 's northern alliance": a word no list
        // knows and the article types nowhere else, no word of prose nor a
        // town's name, opening a sentence as a possessor is a person's name.
        // (Not a word with a capital inside, as companies are written:
        // "SeaMicro 's".)
        if slot.is_none() && r.at_start && r.first == r.last {
            let (lower, word) = (toks[r.first].lower.as_str(), text(r.first));
            let possessor = toks
                .get(r.last + 1)
                .is_some_and(|t| matches!(t.lower.as_str(), "'s" | "’s"))
                && !COMMON_WORDS.contains(lower)
                && !PROSE_WORDS.contains(lower)
                && !is_prose_form(lower)
                && word.chars().all(char::is_alphabetic)
                && word.chars().skip(1).all(char::is_lowercase)
                // (Nor a town's name: "Chelsea 's Italian striker".)
                && place_entry(word).is_none();
            if possessor {
                *slot = Some(name(r, MentionType::PER, None));
                continue;
            }
        }
        // "c Kaluwitharana b Vaas 12": a player in a scoreboard's row.
        let player = || {
            layout::in_a_scoreboard_row(body, toks[r.first].span.start, toks[r.last].span.end)
                && (r.first..=r.last).all(|k| !common(k) || is_initial(toks, k, text(k)))
        };
        if slot.is_none() && player() {
            *slot = Some(name(r, MentionType::PER, None));
            continue;
        }
        if slot.is_none()
            && !(r.last > r.first && GIVEN_NAMES.contains(text(r.first)))
            && (after_a_body_noun(toks, r.first)
                || before_a_body_noun(toks, r.first, r.last)
                || body_by_its_apposition(r.last))
        {
            *slot = Some(name(r, MentionType::ORG, None));
            continue;
        }
        // "the Jets", "the Heat would win", "Colts coach Jim Caldwell": a
        // club's nickname, capitalized after "the" or before a title, is
        // the club.
        let after_the = r.first > 0
            && toks[r.first - 1].lower == "the"
            && !NICKNAME_HOMONYMS.contains(text(r.first));
        let before_a_title = toks
            .get(r.last + 1)
            .is_some_and(|t| !t.capitalized && is_title_word(&t.lower));
        if slot.is_none()
            && r.first == r.last
            && CLUB_NICKNAMES.contains(text(r.first))
            && (after_the || before_a_title)
        {
            *slot = Some(name(r, MentionType::ORG, None));
            continue;
        }
        // "as Rangers came from behind to win 2-1": a capitalized plural
        // inside a sentence that gives a score is a team's name. (Not a
        // surname: "Sanders", "Cheeks".)
        if slot.is_none()
            && r.first == r.last
            && (!r.at_start || CLUB_NICKNAMES.contains(text(r.first)))
            && plural(r.first)
            && !SURNAMES.contains_key(toks[r.first].lower.as_str())
            && layout::sentence_has_a_word(
                body,
                toks[r.first].span.start,
                toks[r.first].span.end,
                layout::is_a_score,
            )
        {
            *slot = Some(name(r, MentionType::ORG, None));
            continue;
        }
        if slot.is_none() && r.first == r.last {
            if lone_person_word(r.first)
                || acts_as_a_person(r.first)
                || unknown_name_word(r.first) && person_by_its_apposition(r.first)
            {
                *slot = Some(name(r, MentionType::PER, None));
                census_guesses.push(k);
            } else if is_camel_case(text(r.first))
                // ("@JebBush", "#BlackLivesMatter", "(hashtag)StopGunViolence",
                // author="JebBush": a handle or a tag, glued to its mark.)
                && !{
                    let before = &body[..toks[r.first].span.start];
                    before.ends_with(['@', '#', ')', '/']) || before.ends_with("=\"")
                }
                // ("a touchscreen BlackBerry", "Sony's PlayStation", "the
                // MacBook sales": a thing, with its article or its owner.)
                && !(r.first.saturating_sub(2)..r.first).any(|k| {
                    matches!(
                        toks[k].lower.as_str(),
                        "a" | "an" | "the" | "its" | "his" | "her" | "their" | "new" | "'s" | "’s"
                    )
                })
                && !before_a_work_noun(toks, r.first, r.last)
            {
                *slot = Some(name(r, MentionType::ORG, None));
            }
            continue;
        }
        // "W L T GF GA PTS": a table's column heads, short and shouted.
        let column_heads = r.last >= r.first + 2
            && (r.first..=r.last)
                .all(|k| text(k).len() <= 3 && !text(k).chars().any(char::is_lowercase));
        if slot.is_none() && !r.at_start && !column_heads {
            // Nothing speaks for this run but its capitals: a few words
            // without "of" are most often a person's name.
            let has_of = (r.first..=r.last).any(|k| toks[k].lower == "of");
            let all_common = (r.first..=r.last)
                .filter(|&k| !PARTICLES.contains(&toks[k].lower.as_str()))
                .all(|k| COMMON_WORDS.contains(toks[k].lower.as_str()));
            let given = GIVEN_NAMES.contains(text(r.first));
            // "the Endangered Species Act", "at the MGM Grand": a name
            // after "the" is seldom a person's, save one that opens with a
            // given name ("the Lois Lerner email controversy") or modifies
            // the noun after it ("the Hun Sen government").
            let after_the = r.first > 0
                && toks[r.first - 1].lower == "the"
                && !given
                && toks.get(r.last + 1).is_none_or(|t| {
                    !body[t.span.start..].starts_with(char::is_lowercase) || is_stopword(&t.lower)
                });
            // "Nature Astronomy", "Advanced Micro": a run that opens with
            // a word of English prose that is no surname, holds no given
            // name and closes with no surname is a work, a product or a
            // body, not a person.
            // Nor is one with a product's word in it ("MacBook Pro",
            // "PlayStation Vita").
            let not_a_person_s_words = |first: usize, last: usize| {
                let w = toks[first].lower.as_str();
                // (A word of prose is a surname here only if a common one:
                // "Catching Fire", not "Golden Globe"; a short one may be
                // a Chinese name's, "Ye Zhaoying". Not in an office, which
                // the actor layer reads: "Vice Foreign Minister".)
                let office = (first..=last).any(|k| is_title_word(&toks[k].lower));
                let surname = |lower: &str| {
                    SURNAMES.get(lower).is_some_and(|&rank| {
                        office || rank <= COMMON_SURNAME_RANK || !PROSE_WORDS.contains(lower)
                    })
                };
                let prose_opens = !office && w.len() >= 4 && PROSE_WORDS.contains(w);
                (COMMON_WORDS.contains(w) || prose_opens)
                    && !(first..=last).any(|k| GIVEN_NAMES.contains(text(k)))
                    && !surname(w)
                    && !surname(toks[last].lower.as_str())
                    && !has_surname_ending(&toks[last].lower)
                    || (first..=last).any(|k| is_product_shaped(text(k)))
            };
            // ("St Kilda", "St. Petersburg": a saint's name is a place's,
            // a club's or a church's.)
            let saint = matches!(text(r.first), "St" | "St." | "Ste");
            let t = if saint {
                MentionType::LOC
            } else if has_of
                || all_common
                || after_the
                || !given && is_plural_not_surname(text(r.last))
                || !given && town_and_plural(r)
                || city_and_plural(r)
                || acronym_and_city(r)
            {
                MentionType::ORG
            } else if (r.first..=r.last).filter(|&k| toks[k].lower != ".").count() < 5
                && !(r.last > r.first && not_a_person_s_words(r.first, r.last))
            {
                DEFAULT_TYPE
            } else {
                MentionType::MISC
            };
            *slot = Some(name(r, t, None));
        }
    }
    // "General Motors and Ford": a guess joined by "and" or "or" to a name
    // of another type takes that type.
    // (Each name's type at its first and last token; built only when a
    // guess needs it.)
    // (The untyped lone words no list knows, shaped like a surname: read
    // once, for the list rule below.)
    let lone_unknowns: Vec<usize> = (0..runs.len())
        .filter(|&k| {
            let i = runs[k].first;
            out[k].is_none() && runs[k].last == i && unknown_name_word(i) && !plural(i)
        })
        .collect();
    // (A small town named like a census surname, the gazetteer's guess:
    // "between Mitchell and Nixon", "Palmer and Sherman sat down".)
    let towns_named_like_surnames: Vec<usize> = (0..runs.len())
        .filter(|&k| {
            let i = runs[k].first;
            runs[k].last == i
                && out[k].as_ref().is_some_and(|n| {
                    n.mention_type == MentionType::LOC
                        && n.entity
                            .as_ref()
                            .is_some_and(|e| e.kind == EntityKind::Place)
                })
                && SURNAMES.contains_key(toks[i].lower.as_str())
                && place_population(text(i)).is_some_and(|p| p < OPENING_PLACE_POPULATION)
        })
        .collect();
    // (A guessed person's name after "from" or "to", for the route rule
    // below: "from Bener Meriah to Banda Aceh".)
    let on_a_route: Vec<usize> = (0..runs.len())
        .filter(|&k| {
            let r = &runs[k];
            r.first > 0
                && matches!(toks[r.first - 1].lower.as_str(), "from" | "to")
                && out[k]
                    .as_ref()
                    .is_some_and(|n| n.mention_type == MentionType::PER && n.entity.is_none())
                && !(r.first..=r.last).any(|i| GIVEN_NAMES.contains(text(i)))
        })
        .collect();
    let type_at: HashMap<usize, MentionType> = if census_guesses.is_empty()
        && lone_unknowns.is_empty()
        && towns_named_like_surnames.is_empty()
        && on_a_route.is_empty()
    {
        HashMap::new()
    } else {
        typed_spans(earlier, &out)
            .flat_map(|(first, last, t)| [(first, t), (last, t)])
            .collect()
    };
    // The type of the name joined by "and" or "or" to a lone word at `i`.
    let joined_type = |i: usize| {
        let joins = |j: usize| {
            toks.get(j)
                .is_some_and(|t| matches!(t.lower.as_str(), "and" | "or"))
        };
        // (The name before may close with an abbreviation's dot: "Corp. and".)
        let end_before = |j: usize| match toks[j].lower.as_str() {
            "." if j > 0 => j - 1,
            _ => j,
        };
        let before = (i >= 2 && joins(i - 1))
            .then(|| type_at.get(&end_before(i - 2)))
            .flatten();
        let after = joins(i + 1).then(|| type_at.get(&(i + 2))).flatten();
        before.or(after).copied()
    };
    // A lone word taken for a person for want of anything else that opens a
    // body's name typed only by now ("Creighton" after "Creighton
    // Bluejays", a team by its plural) is the body.
    let openers = body_openers(&out);
    for &k in &census_guesses {
        if let Some(n) = out[k].as_mut().filter(|n| openers.contains(text(n.first))) {
            n.mention_type = MentionType::ORG;
        }
    }
    // (A town named like a surname is itself a guess, read below: it types
    // no person's guess as a place, "O'Neal and Bryant combined".)
    let town_guesses: HashSet<usize> = towns_named_like_surnames
        .iter()
        .map(|&k| runs[k].first)
        .collect();
    for k in census_guesses {
        let i = runs[k].first;
        let beside_a_town_guess =
            (i >= 2 && town_guesses.contains(&(i - 2))) || town_guesses.contains(&(i + 2));
        if let (Some(n), Some(t)) = (out[k].as_mut(), joined_type(i)) {
            if !(beside_a_town_guess && t == MentionType::LOC) {
                n.mention_type = t;
            }
        }
    }
    // ("stopped LaSalle's vehicle", "but LaSalle refused": a town so named
    // that acts as a person is one.)
    for k in towns_named_like_surnames {
        if joined_type(runs[k].first) == Some(MentionType::PER) || acts_as_a_person(runs[k].first) {
            out[k] = Some(name(&runs[k], MentionType::PER, None));
        }
    }
    // "Izetbegovic, Krajisnik and Zubak met": a lone word no list knows,
    // shaped like a surname, listed between persons is one. (Beside one
    // person only, it is as often a product or a place: "Skype, Hulu".)
    let listed_between_persons = |i: usize| {
        let joins = |j: usize| {
            toks.get(j)
                .is_some_and(|t| matches!(t.lower.as_str(), "and" | "or" | ","))
        };
        let person_at = |j: usize| type_at.get(&j) == Some(&MentionType::PER);
        i >= 2 && joins(i - 1) && person_at(i - 2) && joins(i + 1) && person_at(i + 2)
    };
    for k in lone_unknowns {
        if listed_between_persons(runs[k].first) {
            out[k] = Some(name(&runs[k], MentionType::PER, None));
        }
    }
    // "from Bener Meriah to Banda Aceh", "from Kabul to Jalalabad": the
    // other end of a route that is a place makes a guessed person a place.
    for k in on_a_route {
        let r = &runs[k];
        let place_at = |j: usize| type_at.get(&j) == Some(&MentionType::LOC);
        let from_here = toks[r.first - 1].lower == "from"
            && toks.get(r.last + 1).is_some_and(|t| t.lower == "to")
            && place_at(r.last + 2);
        let to_here = toks[r.first - 1].lower == "to"
            && r.first >= 2
            && place_at(r.first - 2)
            && (r.first.saturating_sub(8)..r.first - 2).any(|i| toks[i].lower == "from");
        if from_here || to_here {
            out[k] = Some(name(r, MentionType::LOC, None));
        }
    }
    // A lone word left untyped that is a word of a person's name typed just
    // above, for want of anything else ("Hugh Jackman" ... "that Jackman
    // has"; "Escalante was shot" after "Juan Abel Escalante").
    // (Only from a name that reads as a person's: one that opens with a
    // given name, or one with no common word and no town in it, which
    // "Windows Update" and "North Philadelphia" have.)
    let reads_as_person = |n: &Name| {
        GIVEN_NAMES.contains(text(n.first))
            || (n.first..=n.last).all(|k| {
                !COMMON_WORDS.contains(toks[k].lower.as_str()) && !PLACES.contains_key(text(k))
            })
    };
    let person_words: HashSet<&str> = out
        .iter()
        .flatten()
        .filter(|n| n.mention_type == MentionType::PER && n.last > n.first && n.entity.is_none())
        .filter(|n| reads_as_person(n))
        .flat_map(|n| n.first..=n.last)
        .map(text)
        .filter(|w| w.len() > 2 && !PARTICLES.contains(&w.to_lowercase().as_str()))
        .collect();
    for (r, slot) in runs.iter().zip(out.iter_mut()) {
        if slot.is_none() && r.first == r.last && person_words.contains(text(r.first)) {
            *slot = Some(name(r, MentionType::PER, None));
        }
    }
    // A headline's run holds names the sentences typed, the longest first
    // ("Manning Guides Colts": "Manning" only, the rest typed nowhere;
    // "Matanuska Maid Dairy Building Was Uninsured": the dairy's name).
    let mut headline_names = Vec::new();
    for (a, b) in headline_runs {
        let mut k = a;
        while k <= b {
            let typed = (k..=b).rev().find_map(|j| {
                let words = &body[toks[k].span.start..toks[j].span.end];
                known
                    .get(words)
                    .copied()
                    .or_else(|| {
                        (j == k && person_words.contains(words)).then_some(MentionType::PER)
                    })
                    .map(|t| (j, t))
            });
            match typed {
                Some((j, mention_type)) => {
                    headline_names.push(Name {
                        first: k,
                        last: j,
                        mention_type,
                        entity: None,
                    });
                    k = j + 1;
                }
                None => k += 1,
            }
        }
    }
    let in_a_title = |n: &Name| {
        titles
            .iter()
            .any(|t| n.first <= t.last && t.first <= n.last)
    };
    // (A web address names no one: "/ news / Kevin _ Blair / 2013".)
    let in_an_address = |n: &Name| {
        let at = toks[n.first].span.start;
        addresses.iter().any(|&(a, b)| a <= at && at < b)
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

/// Products of `products.txt` named in the text, longest first, MISC whole:
/// read before the runs of capitalized words, since a product's words may be
/// words no name is made of alone ("Internet Explorer", "Windows NT") or
/// lower-case at first ("iPhone").
fn products(
    body: &str,
    toks: &[Token],
    sentences: &[(usize, usize)],
    covered: &HashSet<usize>,
) -> Vec<Name> {
    let mut out = Vec::new();
    for &(s0, s1) in sentences {
        let mut i = s0;
        while i < s1 {
            // (Every product opens with a capital, or a small letter before
            // one: "iPhone". Most words open none, and need no look-up.)
            let word = &body[toks[i].span.start..toks[i].span.end];
            let mut letters = word.chars();
            let opens_a_name = letters.next().is_some_and(char::is_uppercase)
                || letters.next().is_some_and(char::is_uppercase);
            if !opens_a_name {
                i += 1;
                continue;
            }
            let longest = (i..(i + 3).min(s1)).rev().find(|&e| {
                let span = &body[toks[i].span.start..toks[e].span.end];
                // ("MacBook Pros", "iPhones": the plural names the product
                // too; "PLAYSTATION SALES": so does a headline shouting it.)
                // ("Euro 96", "EURO 96": a competition named with its year
                // is read here too, since no run of capitals holds a number.)
                let listed = |w: &str| {
                    PRODUCTS.contains(w)
                        || is_shouted(w) && SHOUTED_PRODUCTS.contains(w.to_lowercase().as_str())
                        || w.bytes().any(|b| b.is_ascii_digit())
                            && COMPETITIONS.contains(title_case_words(w).as_str())
                };
                (i..=e).all(|k| !covered.contains(&k))
                    && (listed(span) || span.strip_suffix('s').is_some_and(listed))
            });
            match longest {
                Some(mut e) => {
                    // "Windows 95", "the PlayStation 3": a model's number
                    // right after the product (not a count: "iPhone 10
                    // percent", "Windows 7 million").
                    let model_number = toks.get(e + 1).is_some_and(|t| {
                        t.kind == TokenKind::Number
                            && t.lower.len() <= 4
                            // ("Windows 8.1": a point release too.)
                            && t.lower.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                            && t.lower.ends_with(|c: char| c.is_ascii_digit())
                            && body[toks[e].span.end..t.span.start] == *" "
                    }) && toks.get(e + 2).is_none_or(|t| {
                        // ("MacBook Pro 17-inch": a size, no model.)
                        t.span.start > toks[e + 1].span.end
                            && !matches!(
                                t.lower.as_str(),
                                "percent" | "%" | "million" | "billion" | "times" | "per" | "pct"
                            )
                    });
                    if model_number && e + 1 < s1 {
                        e += 1;
                    }
                    out.push(Name {
                        first: i,
                        last: e,
                        mention_type: MentionType::MISC,
                        entity: None,
                    });
                    i = e + 1;
                }
                None => i += 1,
            }
        }
    }
    out
}

/// Words that say a quoted name near them is a work's title
/// (`title-cues.txt`: "the ``X-Men'' series", "starred in ``Van Wilder''").
static TITLE_CUES: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/title-cues.txt")));

/// Works named in quotation marks, MISC whole (the film ``The English
/// Patient'', the ``X-Men Origins: Wolverine'' sequel): a quoted span of at
/// most eight words that opens with a capital and capitalizes every word but
/// the small ones ("of", "the", "a"), so no quoted speech ("We will win") and
/// no single common word ("Yes", "Twilight"), with a word of a work
/// (`title-cues.txt`, `work-nouns.txt`) shortly before or after it, or
/// right after another title. Not where another pass found a name
/// (`covered`), nor a body's name by its closing word ("Friends of Abe
/// Committee"). Without such a word a quoted name is as often someone's
/// alias ("known as ``Deep Throat''") or a slogan.
fn quoted_titles(
    body: &str,
    toks: &[Token],
    sentences: &[(usize, usize)],
    covered: &HashSet<usize>,
) -> Vec<Name> {
    let text = |i: usize| &body[toks[i].span.start..toks[i].span.end];
    // ("``" and "''" are two tokens each.)
    let opens = |i: usize| match text(i) {
        "\"" | "“" => Some(i + 1),
        "`" if i + 1 < toks.len() && text(i + 1) == "`" => Some(i + 2),
        _ => None,
    };
    let closes = |i: usize| match text(i) {
        "\"" | "”" => true,
        "'" => i + 1 < toks.len() && text(i + 1) == "'",
        _ => false,
    };
    let mut out: Vec<Name> = Vec::new();
    for &(s0, s1) in sentences {
        let mut i = s0;
        while i < s1 {
            let Some(a) = opens(i).filter(|&a| a < s1) else {
                i += 1;
                continue;
            };
            // (The closing mark may open the next sentence: "... Doctor Who . "".)
            let Some(close) = (a + 1..(s1 + 1).min(a + 12).min(toks.len())).find(|&j| closes(j))
            else {
                i += 1;
                continue;
            };
            // (American style keeps the sentence's stop inside: "... Wolverine.''")
            let mut b = close - 1;
            while b > a && matches!(text(b), "." | "," | "!" | "?") {
                b -= 1;
            }
            let small = |k: usize| STOPWORDS.contains(toks[k].lower.as_str());
            // ("``" closes with two tokens.)
            let after_close = if text(close) == "'" {
                close + 2
            } else {
                close + 1
            };
            let after_a_title = out.last().is_some_and(|t| t.last + 6 >= i && t.last < i);
            let words: Vec<usize> = (a..=b)
                .filter(|&k| toks[k].kind != TokenKind::Punct)
                .collect();
            let is_title = toks[a].capitalized
                && toks[a].kind == TokenKind::Word
                && toks[b].kind != TokenKind::Punct
                && (1..=8).contains(&words.len())
                && words.iter().all(|&k| toks[k].capitalized || small(k) || toks[k].kind == TokenKind::Number)
                && (a..=b).all(|k| {
                    toks[k].kind != TokenKind::Punct || matches!(text(k), ":" | "-" | "&" | "'" | "!")
                })
                // (A people's word inside is the title's: ``American Pie''.)
                && (a..=b).all(|k| !covered.contains(&k) || is_demonym_word(text(k)))
                && !body[toks[a].span.start..toks[b].span.end].contains('\n')
                && if let [one] = words[..] {
                    // (A word of prose only right after another title:
                    // "``Dirty Dancing'' and ``Ghost''".)
                    !small(one)
                        && (after_a_title
                            || !COMMON_WORDS.contains(toks[one].lower.as_str())
                                && !PROSE_WORDS.contains(toks[one].lower.as_str()))
                        && !GIVEN_NAMES.contains(text(one))
                        && !SURNAMES.contains_key(toks[one].lower.as_str())
                        && !is_known_place(text(one))
                } else {
                    // ("Absolutely not", "I'm with her": speech.)
                    words.iter().filter(|&&k| toks[k].capitalized).count() >= 2
                }
                // Not a person's name quoted ("Jermayne Taylor"), nor a
                // nickname inside one (Vincent "The Chin" Gigante).
                && !(words.len() <= 3
                    && GIVEN_NAMES.contains(text(words[0]))
                    && SURNAMES.contains_key(toks[b].lower.as_str()))
                && !(i > 0
                    && toks[i - 1].capitalized
                    && toks[i - 1].kind == TokenKind::Word
                    && toks
                        .get(after_close)
                        .is_some_and(|t| t.capitalized && t.kind == TokenKind::Word))
                && !name_word(text(b))
                    .is_some_and(|&(t, at)| t == MentionType::ORG && at == Where::Last);
            let cue = |k: usize| {
                TITLE_CUES.contains(toks[k].lower.as_str())
                    || WORK_NOUNS.contains(toks[k].lower.as_str())
            };
            let cued = (i.saturating_sub(4).max(s0)..i).any(cue)
                || (after_close..(after_close + 2).min(s1)).any(cue)
                || after_a_title;
            if is_title && cued {
                out.push(Name {
                    first: a,
                    last: b,
                    mention_type: MentionType::MISC,
                    entity: None,
                });
                i = close + 1;
            } else {
                i += 1;
            }
        }
    }
    out
}

/// Whether the words of tokens `s0..s1` are capitalized for a headline's
/// sake, not a name's: a headline capitalizes common words too ("Climber
/// Dies After Fall"), or shouts ("SOMALI TROOPS RETAKE BAIDOA"); a sentence
/// full of names does neither.
pub(crate) fn capitals_say_nothing(body: &str, toks: &[Token], (s0, s1): (usize, usize)) -> bool {
    let text = |i: usize| &body[toks[i].span.start..toks[i].span.end];
    let words = (s0..s1)
        .filter(|&i| toks[i].kind == TokenKind::Word)
        .count();
    let capital_common = (s0 + 1..s1)
        .filter(|&i| toks[i].kind == TokenKind::Word && toks[i].capitalized)
        .filter(|&i| {
            let w = toks[i].lower.as_str();
            STOPWORDS.contains(w) || COMMON_WORDS.contains(w)
        })
        .count();
    let shouted = (s0..s1)
        .filter(|&i| toks[i].kind == TokenKind::Word && text(i).chars().count() >= 2)
        .filter(|&i| !text(i).chars().any(char::is_lowercase))
        .count();
    capital_common * 10 >= words * 3 || shouted * 10 >= words * 6
}

/// Words that open an event's name before its closing word ("WORLD CUP",
/// "GRAND SLAM CUP", "AFRICAN NATIONS CUP") though they are words of prose.
const EVENT_OPENERS: [&str; 10] = [
    "world",
    "grand",
    "slam",
    "nations",
    "champions",
    "super",
    "masters",
    "winners",
    "cup",
    "challenge",
];

/// The names a headline shows by themselves, in `sentence`'s tokens, where
/// capitals say nothing: a big place, the longest first ("LAS VEGAS"); and
/// in shouted words an event or body by its closing word and the names
/// before it ("EUROPEAN CUP", "HONG KONG OPEN", "MANCHESTER UNITED"), a
/// person by the census ("TYSON TO FIGHT HOLYFIELD"), and an acronym of
/// three letters ("NBA"; those of two are more often a place or an office,
/// "DC", "VP"). In a sports report's headline (`sport`: its line opens
/// with a sport's label) a shouted word no list knows is a player.
fn headline_names(
    body: &str,
    toks: &[Token],
    (s0, s1): (usize, usize),
    sport: bool,
    cap: &dyn Fn(usize) -> bool,
    same_line: &dyn Fn(usize, usize) -> bool,
) -> Vec<Name> {
    let text = |i: usize| &body[toks[i].span.start..toks[i].span.end];
    let span = |a: usize, b: usize| &body[toks[a].span.start..toks[b].span.end];
    let lower = |i: usize| toks[i].lower.as_str();
    let shouted = |i: usize| {
        toks[i].kind == TokenKind::Word
            && text(i).chars().count() >= 2
            && !text(i).chars().any(char::is_lowercase)
    };
    let prose = |i: usize| STOPWORDS.contains(lower(i)) || COMMON_WORDS.contains(lower(i));
    let big_place =
        |a: usize, b: usize| place_entry(span(a, b)).filter(|p| p.1 .1 >= OPENING_PLACE_POPULATION);
    let mut out = Vec::new();
    let mut taken = vec![false; s1 - s0];
    let take = |out: &mut Vec<Name>,
                taken: &mut [bool],
                a: usize,
                b: usize,
                t: MentionType,
                e: Option<Entity>| {
        taken[a - s0..=b - s0].fill(true);
        out.push(Name {
            first: a,
            last: b,
            mention_type: t,
            entity: e,
        });
    };
    // A competition's name (`competitions.txt`), with the people's word
    // before it that makes it a national one ("ENGLISH PREMIER LEAGUE").
    let is_competition = |a: usize, b: usize| {
        COMPETITIONS.contains(title_case_words(span(a, b)).as_str())
            || b > a
                && is_demonym_word(text(a))
                && COMPETITIONS.contains(title_case_words(span(a + 1, b)).as_str())
    };
    // (From the right: "WORLD CLUB CUP" is one event, not "WORLD CLUB".)
    for e in (s0..s1).rev() {
        if taken[e - s0] {
            continue;
        }
        let closing = name_word(text(e)).filter(|&&(t, at)| {
            at == Where::Last && matches!(t, MentionType::MISC | MentionType::ORG)
        });
        let Some(&(t, _)) = closing.filter(|_| cap(e) && shouted(e)) else {
            continue;
        };
        // ("SOCCER - SCOTTISH PREMIER DIVISION RESULTS": in sports copy a
        // division is a league's tier, no body.)
        if sport && lower(e) == "division" {
            continue;
        }
        let mut f = e;
        while f > s0
            && e - f < 3
            && !taken[f - 1 - s0]
            && cap(f - 1)
            && shouted(f - 1)
            && same_line(f - 1, e)
            && (!prose(f - 1) || EVENT_OPENERS.contains(&lower(f - 1)))
        {
            f -= 1;
        }
        if f < e {
            // (A competition is MISC, whatever its last word: "... LEAGUE".)
            let t = if is_competition(f, e) {
                MentionType::MISC
            } else {
                t
            };
            take(&mut out, &mut taken, f, e, t, None);
        }
    }
    // "YANKEES WIN WORLD SERIES": a competition no closing word types is
    // MISC whole too.
    let mut a = s0;
    while a < s1 {
        let end = (a..(a + 4).min(s1)).rev().find(|&b| {
            // ("ITALIAN SERIE A": a letter may close it.)
            (a..=b).all(|j| {
                let letter = j == b && j > a && text(j).len() == 1;
                (cap(j) || letter)
                    && !taken[j - s0]
                    && (shouted(j) || letter)
                    && (j == a || same_line(a, j))
            }) && is_competition(a, b)
        });
        match end {
            Some(b) => {
                take(&mut out, &mut taken, a, b, MentionType::MISC, None);
                a = b + 1;
            }
            None => a += 1,
        }
    }
    let free = |taken: &[bool], i: usize| cap(i) && !taken[i - s0];
    // "BASKETBALL - EUROLEAGUE RESULTS": a word that names alone
    // (`name-words.tsv`, where "alone"), shouted.
    for k in s0..s1 {
        if free(&taken, k) && shouted(k) && text(k).chars().count() >= 3 {
            if let Some(&(t, Where::Alone)) = name_word(&title_case(text(k))) {
                take(&mut out, &mut taken, k, k, t, None);
            }
        }
    }
    let mut k = s0;
    while k < s1 {
        let end = (k..(k + 3).min(s1)).rev().find(|&e| {
            (k..=e).all(|j| free(&taken, j))
                && (e == k || same_line(k, e))
                && big_place(k, e).is_some()
        });
        match end {
            Some(e) => {
                let entity = place(span(k, e), span(k, e));
                take(&mut out, &mut taken, k, e, MentionType::LOC, entity);
                k = e + 1;
            }
            None => k += 1,
        }
    }
    let shouted_name = |taken: &[bool], i: usize| {
        free(taken, i)
            && shouted(i)
            && !prose(i)
            && !PROSE_WORDS.contains(lower(i))
            && !NOT_NAMES.contains(text(i))
            && !NOT_NAMES.contains(title_case(text(i)).as_str())
            && name_word(text(i)).is_none()
    };
    // A shouted name is a person's, save after "AT" or "IN" in a sports
    // headline, where it is the venue ("DETTORI RIDES FOUR WINNERS AT KEMPTON").
    let person_or_venue = |k: usize| {
        if sport && k > s0 && matches!(text(k - 1), "AT" | "IN") {
            MentionType::LOC
        } else {
            MentionType::PER
        }
    };
    // "DETTORI RIDES TREBLE AT SANDOWN": in a sports headline, a town of
    // any size after "AT" is the venue.
    if sport {
        for k in s0 + 1..s1 {
            if text(k - 1) == "AT"
                && free(&taken, k)
                && shouted(k)
                && is_known_place(&title_case(text(k)))
            {
                take(&mut out, &mut taken, k, k, MentionType::LOC, None);
            }
        }
        // "BASKETBALL - BULLS BEAT KNICKS": a club's nickname in a sports
        // headline is the club.
        for k in s0..s1 {
            if shouted_name(&taken, k) && CLUB_NICKNAMES.contains(title_case(text(k)).as_str()) {
                take(&mut out, &mut taken, k, k, MentionType::ORG, None);
            }
        }
    }
    let census_name = |i: usize| {
        text(i).chars().count() >= 3
            && (SURNAMES.contains_key(lower(i))
                || GIVEN_NAMES.contains(title_case(text(i)).as_str())
                || has_surname_ending(lower(i)))
    };
    let mut k = s0;
    while k < s1 {
        if !(shouted_name(&taken, k) && census_name(k)) {
            k += 1;
            continue;
        }
        let mut e = k;
        while e + 1 < s1 && shouted_name(&taken, e + 1) && census_name(e + 1) && same_line(e, e + 1)
        {
            e += 1;
        }
        take(&mut out, &mut taken, k, e, person_or_venue(k), None);
        k = e + 1;
    }
    // "Legendary Aquatic Musical Star Esther Williams Dies At 91": in title
    // case, a given name and a surname, neither a word of prose, are a
    // person's (not "May Day", "Will Power").
    let plain_name = |taken: &[bool], i: usize| {
        cap(i)
            && !taken[i - s0]
            && !shouted(i)
            && !PROSE_WORDS.contains(lower(i))
            && !COMMON_WORDS.contains(lower(i))
    };
    // ("Norbert Leo Butz": a middle name, then the surname.)
    for k in s0..s1.saturating_sub(1) {
        if plain_name(&taken, k)
            && plain_name(&taken, k + 1)
            && same_line(k, k + 1)
            && GIVEN_NAMES.contains(text(k))
            && (SURNAMES.contains_key(lower(k + 1)) || has_surname_ending(lower(k + 1)))
        {
            let mut e = k + 1;
            while e + 1 < s1
                && e < k + 3
                && plain_name(&taken, e + 1)
                && same_line(e, e + 1)
                && SURNAMES.contains_key(lower(e + 1))
            {
                e += 1;
            }
            take(&mut out, &mut taken, k, e, MentionType::PER, None);
        }
    }
    // In a sports report's headline, a shouted word no list knows is a
    // person: the names such a headline holds that no list has are mostly
    // foreign players ("TENNIS - SAMPRAS BEATS ..."); places, clubs and
    // events were read above, and a word of prose in any of its forms is no
    // name. (Elsewhere such a word is as often a product or a disease,
    // "IPHONE", "ZIKA".)
    let unknown_name = |taken: &[bool], i: usize| {
        sport
            && shouted_name(taken, i)
            && text(i).chars().count() >= 4
            && text(i).chars().all(|c| c.is_alphabetic())
            && !is_prose_form(lower(i))
            && !is_known_place(&title_case(text(i)))
    };
    let mut k = s0;
    while k < s1 {
        if !unknown_name(&taken, k) {
            k += 1;
            continue;
        }
        let mut e = k;
        while e + 1 < s1 && unknown_name(&taken, e + 1) && same_line(e, e + 1) {
            e += 1;
        }
        take(&mut out, &mut taken, k, e, person_or_venue(k), None);
        k = e + 1;
    }
    for k in s0..s1 {
        // ("PROFITS RISE 10 PCT", "5 MLN": after a number, a unit.)
        if shouted_name(&taken, k)
            && text(k).len() == 3
            && text(k).chars().all(|c| c.is_ascii_uppercase())
            && !(k > s0 && toks[k - 1].kind == TokenKind::Number)
        {
            take(&mut out, &mut taken, k, k, MentionType::ORG, None);
        }
    }
    out
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

/// The type the run's own words or its surroundings give it (steps 1 to 4).
fn type_run(body: &str, toks: &[Token], r: &Run) -> Option<(MentionType, Option<Entity>)> {
    let text = |i: usize| &body[toks[i].span.start..toks[i].span.end];
    let whole = &body[toks[r.first].span.start..toks[r.last].span.end];
    // "the tanker Sirius Star", "the Sirius Star, a Saudi oil tanker,": a
    // ship's name (MISC), after a vessel's noun or before an apposition
    // that closes with one (`vessel-nouns.txt`).
    let vessel_before = r.first > 0 && VESSEL_NOUNS.contains(toks[r.first - 1].lower.as_str());
    let vessel_after = toks.get(r.last + 1).is_some_and(|t| t.lower == ",")
        && toks
            .get(r.last + 2)
            .is_some_and(|t| matches!(t.lower.as_str(), "a" | "an" | "the"))
        && (r.last + 3..(r.last + 8).min(toks.len()))
            .take_while(|&k| toks[k].kind != TokenKind::Punct)
            .last()
            .is_some_and(|k| {
                VESSEL_NOUNS.contains(toks[k].lower.as_str())
                    && toks.get(k + 1).is_none_or(|t| t.kind == TokenKind::Punct)
            });
    // "a 2008 GMC Sierra", "the 1999 Ford Taurus": a make and model after
    // its model year is a vehicle (MISC), not a person.
    let model_year = r.first >= 2
        && toks[r.first - 1].kind == TokenKind::Number
        && toks[r.first - 1]
            .lower
            .parse::<u16>()
            .is_ok_and(|y| (1950..=2035).contains(&y))
        && is_determiner(&toks[r.first - 2].lower);
    // (Not a body's name, "the 2016 Democratic National Committee", nor a
    // team's, "the 1961 Dallas Texans", nor a place's, "the 2008 South
    // Carolina primary".)
    let body_word_last = name_word(text(r.last)).is_some_and(|(t, _)| *t == MentionType::ORG);
    let team = text(r.last).ends_with('s') && !text(r.last).ends_with("ss");
    if model_year && r.last > r.first && !body_word_last && !team && place(whole, whole).is_none() {
        return Some((MentionType::MISC, None));
    }
    // "Roe v. Wade", "Zubik v. Burwell": a court case (MISC; a game is
    // "Seattle vs. New Orleans").
    if whole.contains(" v. ") {
        return Some((MentionType::MISC, None));
    }
    // "Texas GOP", "House GOP": a party named with its place or chamber.
    if r.last > r.first && text(r.last) == "GOP" {
        return Some((MentionType::ORG, None));
    }
    // "its Curiosity rover", "NASA's Cassini spacecraft": a name between a
    // determiner and the noun (not a place's, "the Karachi ferry", nor an
    // acronym's, "the NASA spacecraft", which name the owner).
    let vessel_right_after = toks
        .get(r.last + 1)
        .is_some_and(|t| !t.capitalized && VESSEL_NOUNS.contains(t.lower.as_str()))
        && r.first > 0
        && is_determiner(&toks[r.first - 1].lower)
        && whole.chars().any(char::is_lowercase)
        && place(whole, whole).is_none();
    if vessel_before || vessel_after || vessel_right_after {
        return Some((MentionType::MISC, None));
    }
    // "the Nikkei average", "the Hang Seng index", "the Hang Seng Index": a stock index.
    if is_stock_index(whole) || whole.strip_suffix(" Index").is_some_and(is_stock_index) {
        return Some((MentionType::MISC, None));
    }
    // "the IPC index": a name the word "index" follows is the index's (not
    // a place's: "the Karachi index" is the city's exchange).
    if toks
        .get(r.last + 1)
        .is_some_and(|t| t.lower == "index" && !t.capitalized)
        && place(whole, whole).is_none()
    {
        return Some((MentionType::MISC, None));
    }
    // "Reckitt & Colman": partners' names joined by "&" are their firm; a
    // name that states its purpose ("Movement for Democratic Change") a body.
    if (r.first..r.last).any(|k| text(k) == "&" || text(k) == "for") {
        return Some((MentionType::ORG, None));
    }
    // "top of the Premier League", "won the Masters": a competition.
    if COMPETITIONS.contains(whole) {
        return Some((MentionType::MISC, None));
    }
    // "lost at Anfield", "the Nou Camp": a sports venue.
    if VENUES.contains(whole)
        || is_shouted(whole) && VENUES.contains(title_case_words(whole).as_str())
    {
        return Some((MentionType::LOC, None));
    }
    // "ATLANTIC DIVISION" over a standings table: a league's division,
    // named by its region, is MISC as a league's conference is.
    if r.last == r.first + 1
        && toks[r.last].lower == "division"
        && LEAGUE_REGIONS.contains(&toks[r.first].lower.as_str())
    {
        return Some((MentionType::MISC, None));
    }
    // A site ("EW.com") is the body that runs it.
    if whole.ends_with(".com") || whole.ends_with(".org") || whole.ends_with(".net") {
        return Some((MentionType::ORG, None));
    }
    // A shouted run the gazetteer knows whole is the place, whatever its
    // words ("NEWPORT NEWS, Va.", "BUENA PARK, Calif.": a dateline).
    let shouted = !whole.chars().any(char::is_lowercase);
    if shouted && r.last > r.first {
        if let Some(e) = place(whole, whole) {
            return Some((MentionType::LOC, Some(e)));
        }
    }
    // 1. A word that decides; the closing word first ("Academy Awards" is
    // an award, "Bank Street" a street).
    for k in std::iter::once(r.last).chain(r.first..r.last) {
        if let Some(&(t, at)) = name_word(text(k)) {
            let fits = match at {
                Where::First => k == r.first && r.last > r.first,
                Where::Last => k == r.last && r.last > r.first,
                Where::Any => r.last > r.first,
                // (Not in an office: "Democratic State Representative".)
                // (Nor a given name opening a person's, a surname in title
                // case after it: "Tory Mazzola", not "Tory MPs".)
                Where::Alone => {
                    // (k < r.last: a word of the run follows.)
                    let given_name_opening = k == r.first
                        && k < r.last
                        && GIVEN_NAMES.contains(text(k))
                        && text(k + 1).chars().nth(1).is_some_and(char::is_lowercase);
                    r.first == r.last || !(is_title_word(&toks[r.last].lower) || given_name_opening)
                }
            };
            if fits {
                return Some((t, None));
            }
        }
    }
    // "North Philadelphia", "Southern Oregon": a part of a known place,
    // unless the words name a place whole ("North Carolina" is not the
    // north of Carolina, Puerto Rico).
    if r.last > r.first
        && COMPASS.contains(&toks[r.first].lower.as_str())
        && place_entry(whole).is_none()
    {
        let rest = &body[toks[r.first + 1].span.start..toks[r.last].span.end];
        if let Some(mut e) = place(rest, whole) {
            e.name = whole.to_string();
            return Some((MentionType::LOC, Some(e)));
        }
    }
    // 2. A known place.
    let big_enough = |name: &str| {
        !r.at_start || place_entry(name).is_some_and(|p| p.1 .1 >= OPENING_PLACE_POPULATION)
    };
    if let Some(e) = place(whole, whole).filter(|_| big_enough(whole)) {
        return Some((MentionType::LOC, Some(e)));
    }
    // "Leicestershire", "Yorkshire": a county by its ending.
    if r.first == r.last && has_place_ending(&toks[r.first].lower) {
        return Some((
            MentionType::LOC,
            Some(Entity::named(whole, EntityKind::Place)),
        ));
    }
    // 3. An acronym, even a short one opening a sentence ("UMC closed at
    // NT$18"; a longer one there is more often a name shouted, "OKAFOR:").
    if r.first == r.last && is_acronym(whole) && (!r.at_start || whole.len() <= 4) {
        return Some((MentionType::ORG, None));
    }
    // A scorer and his minute ("Hamburg 1 (Spoerl 32)", "Scorers: Vialli
    // 55 pen"): a person.
    if layout::is_a_scorer(body, toks[r.first].span.start, toks[r.last].span.end) {
        return Some((MentionType::PER, None));
    }
    // A side in a results table's row ("Feyenoord 2 Vitesse 0",
    // "Feyenoord 5 3 1 1 10 4 10"): a club.
    if layout::in_a_results_row(body, toks[r.first].span.start, toks[r.last].span.end) {
        return Some((MentionType::ORG, None));
    }
    // "Kfar Kila 1996-12-10", "KRANJSKA GORA , Slovenia 1996-12-21": a
    // dateline's names are places.
    if layout::in_a_dateline(body, toks[r.first].span.start, toks[r.last].span.end) {
        return Some((
            MentionType::LOC,
            Some(Entity::named(whole, EntityKind::Place)),
        ));
    }
    // "Bundesbank president Hans Tietmeyer": a name before an office only a
    // body has, and the holder's name after it, is the body (even opening a
    // sentence).
    let body_office_next = toks
        .get(r.last + 1)
        .is_some_and(|t| !t.capitalized && BODY_OFFICES.contains(t.lower.as_str()))
        && toks.get(r.last + 2).is_some_and(|t| t.capitalized);
    if body_office_next {
        return Some((MentionType::ORG, None));
    }
    // "Cheung Kong gained 75 cents", "Toyota rose 40 yen to 2,880": a name
    // whose price moves by an amount of money is a listed company's.
    // (Not a commodity's word: "Silver rose 15 cents".)
    let price_moves = !(r.first == r.last && {
        let lower = toks[r.first].lower.as_str();
        COMMON_WORDS.contains(lower) || PROSE_WORDS.contains(lower)
    }) && price_moves_after(toks, r.last);
    if price_moves {
        return Some((MentionType::ORG, None));
    }
    // "an Oscar nomination", "his Tony win", "the Oscar for best actress": an
    // award named like a person (`awards.txt`), after a determiner.
    let award = r.first == r.last
        && AWARDS.contains(toks[r.first].lower.as_str())
        && r.first > 0
        && is_determiner(&toks[r.first - 1].lower)
        && (toks.get(r.last + 1).is_some_and(|t| {
            !t.capitalized
                && (AWARD_NOUNS.contains(&t.lower.as_str())
                    || AWARD_FOLLOWERS.contains(&t.lower.as_str()))
        }) || toks.get(r.last + 1).is_some_and(|t| t.lower == "for")
            && toks.get(r.last + 2).is_some_and(|t| t.lower == "best"));
    if award {
        return Some((MentionType::MISC, None));
    }
    // "the Windows CE software", "the Comdex show": a product, a work or a show.
    if before_a_work_noun(toks, r.first, r.last) {
        return Some((MentionType::MISC, None));
    }
    // "Tupac Amaru rebels", "Shining Path guerrillas": a name before an
    // armed group's noun (`generic.tsv`, sector REB) is the group's; so is
    // one that holds no given name before a body's noun ("IG Metall union",
    // "Likud party"; `body-nouns.txt`), save "movement", which a person's
    // following is too ("the Sanders movement").
    let group_noun_next = toks.get(r.last + 1).is_some_and(|t| {
        !t.capitalized
            && (ARMED_GROUP_NOUNS.contains(t.lower.as_str())
                || BODY_NOUNS.contains(t.lower.as_str())
                    && t.lower != "movement"
                    && !(r.first..=r.last).any(|k| GIVEN_NAMES.contains(text(k)))
                    // ("Perennial party girl", "Prison union": one word of prose.)
                    && !(r.first == r.last
                        && (COMMON_WORDS.contains(toks[r.first].lower.as_str())
                            || PROSE_WORDS.contains(toks[r.first].lower.as_str()))))
    });
    if group_noun_next {
        return Some((MentionType::ORG, None));
    }
    if r.at_start {
        return None;
    }
    // 4. The words around it.
    let before = |k: usize| (r.first >= k).then(|| toks[r.first - k].lower.as_str());
    // ("in Stephenie Meyer's franchise": a possessor after "in" owns the
    // place word that follows; a name of two words or more there is no place.)
    let owns_next = r.last > r.first
        && toks
            .get(r.last + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "'s" | "’s"));
    // "shares in Glaxo Wellcome", "a stake in Kestrel": what is owned a
    // share of is a company.
    let holding_in = before(1) == Some("in")
        && before(2).is_some_and(|w| {
            matches!(
                w,
                "shares" | "stake" | "stakes" | "holding" | "holdings" | "investment"
            )
        });
    // "said a dealer at Jardine Fleming": where a trader or an analyst works.
    let works_at = before(1) == Some("at") && before(2).is_some_and(|w| FIRM_WORKERS.contains(w));
    // "Erik Zabel of Telekom", "Billy Bush of Access Hollywood": up to three
    // unknown words after a person's name and "of", opening with no given
    // name, are the body the person is with (a place there is typed as a
    // place before this).
    let with_a_body = r.last - r.first < 3
        && !GIVEN_NAMES.contains(text(r.first))
        && before(1) == Some("of")
        && r.first >= 3
        && toks[r.first - 2].capitalized
        && toks[r.first - 3].capitalized
        && GIVEN_NAMES.contains(text(r.first - 3))
        && place_entry(text(r.first - 3)).is_none()
        && name_word(text(r.first - 2)).is_none()
        && place(whole, whole).is_none()
        && (r.first < r.last || !COMMON_WORDS.contains(toks[r.first].lower.as_str()));
    if holding_in || works_at || with_a_body {
        return Some((MentionType::ORG, None));
    }
    // "to Stiles, Texas,", "in Walpole, Mass.": a town before its US state.
    if before_a_us_state(body, toks, r.last) {
        return Some((MentionType::LOC, None));
    }
    // "north of Kfar Kila", "the village of Kfar Kila", "the settlement of Beit El".
    if before(1).is_some_and(|w| PLACE_PREPOSITIONS.contains(&w)) && !owns_next
        || before(1) == Some("of")
            && before(2).is_some_and(|w| COMPASS.contains(&w) || PLACE_NOUNS.contains(&w))
            // ("the state of Sanders' younger years": a possessor.)
            && !toks
                .get(r.last + 1)
                .is_some_and(|t| matches!(t.lower.as_str(), "'s" | "’s" | "'" | "’"))
    {
        return Some((MentionType::LOC, None));
    }
    // "the Karrada district", "Anbar province": a place word after it, in
    // lower case, says what the name is (the words that close a place's name
    // in `name-words.tsv`).
    let place_word_next = toks.get(r.last + 1).is_some_and(|t| {
        let word = text(r.last + 1);
        let mut cs = word.chars();
        let capitalized = cs
            .next()
            .map(|c| c.to_uppercase().chain(cs).collect::<String>());
        !t.capitalized
            && capitalized
                .and_then(|w| NAME_WORDS.get(w.as_str()))
                .is_some_and(|&(t, at)| t == MentionType::LOC && at == Where::Last)
    });
    if place_word_next {
        return Some((MentionType::LOC, None));
    }
    // "the Bundesbank", "the Yankees": a lone name after "the" is most often a body.
    // Not when a capitalized word follows that another pass claimed: "the
    // Federal Government" names that, and "Federal" only modifies it.
    let modifies_next = toks.get(r.last + 1).is_some_and(|t| t.capitalized);
    if r.first == r.last && before(1) == Some("the") && !modifies_next {
        return Some((MentionType::ORG, None));
    }
    // "his wife, Celeste,": a name set off after a word for a relative.
    let kin_before = r.first >= 2
        && before(1) == Some(",")
        && before(2).is_some_and(|w| KIN.contains(&w))
        && toks.get(r.last + 1).is_some_and(|t| t.lower == ",");
    if kin_before {
        return Some((MentionType::PER, None));
    }
    let after = |k: usize| toks.get(r.last + k);
    let age_follows = after(1).is_some_and(|t| t.lower == ",")
        && after(2).is_some_and(|t| t.kind == TokenKind::Number)
        && after(3).is_some_and(|t| t.lower == "," || t.lower == ".");
    if age_follows {
        return Some((MentionType::PER, None));
    }
    None
}

/// The rest of `word` after a surname's prefix and the capital after it
/// ("Generes" of "DeGeneres", "Dermott" of "McDermott"), if it has one and is
/// no product's name ("MacBook").
fn after_a_surname_prefix(word: &str) -> Option<&str> {
    SURNAME_PREFIXES
        .iter()
        .find_map(|p| word.strip_prefix(p))
        .filter(|tail| {
            tail.starts_with(|c: char| c.is_uppercase())
                && tail.chars().count() >= 3
                && !is_product_shaped(word)
        })
}

/// "SeaMicro", "PolitiFact": a word of letters with a capital inside after
/// at least two lower-case ones, and no surname's ("McDermott"): a firm's
/// or a body's name, unless what stands around it makes it a thing's.
fn is_camel_case(word: &str) -> bool {
    // (ASCII only: "FranÃ§ois" is a spelling broken by its encoding.)
    if !word.is_ascii() {
        return false;
    }
    let mut chars = word.chars();
    let opens = chars.next().is_some_and(char::is_uppercase);
    let rest: Vec<char> = chars.collect();
    let inner = rest.iter().position(|c| c.is_uppercase());
    opens
        && rest.iter().all(|c| c.is_alphabetic())
        && inner.is_some_and(|k| k >= 2 && rest.iter().any(|c| c.is_lowercase()))
        && rest.iter().filter(|c| c.is_uppercase()).count() < rest.len() / 2
        && after_a_surname_prefix(word).is_none()
}

/// What opens a surname before a second capital ("McCain", "MacFarlane",
/// "DeGeneres", "DiMaggio", "LaSalle", "VanHorn").
const SURNAME_PREFIXES: [&str; 11] = [
    "Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Lo", "Van", "Von",
];

/// US states' abbreviations and the states they stand for
/// (`state-abbreviations.tsv`: "Mass.", Massachusetts).
static STATE_ABBREVIATIONS: LazyLock<Vec<(&str, &str)>> = LazyLock::new(|| {
    tsv_rows(
        include_str!("../../../data/lexicon/state-abbreviations.tsv"),
        2,
    )
    .map(|r| (r[0], r[1]))
    .collect()
});

/// The US state's abbreviation that opens at byte `from` of `body`, and the
/// state it stands for.
pub(crate) fn state_abbreviation_at(
    body: &str,
    from: usize,
) -> Option<(&'static str, &'static str)> {
    let rest = &body[from..];
    STATE_ABBREVIATIONS
        .iter()
        .find(|(a, _)| {
            rest.starts_with(a) && !rest[a.len()..].starts_with(|c: char| c.is_alphanumeric())
        })
        .copied()
}

/// Whether a comma and a US state follow token `last`, and then the
/// sentence's or the clause's end ("to Stiles, Texas,", "in Walpole, Mass.",
/// "Cobb, New Mexico)"): the name before is a town's. (Not "Bush, Texas
/// governor": a noun after the state.)
fn before_a_us_state(body: &str, toks: &[Token], last: usize) -> bool {
    let first = last + 2;
    if toks.get(last + 1).is_none_or(|t| t.lower != ",") || first >= toks.len() {
        return false;
    }
    let closes = |i: usize| {
        toks.get(i)
            .is_none_or(|t| matches!(t.lower.as_str(), "," | "." | ")" | ";"))
    };
    // "Mass.", "N.J." (its dot the sentence's too, or a comma after it; not
    // a postal code, "Regina Benjamin, MD,": a degree).
    if let Some((abbreviation, _)) =
        state_abbreviation_at(body, toks[first].span.start).filter(|(a, _)| a.ends_with('.'))
    {
        let end = toks[first].span.start + abbreviation.len();
        let after = toks.partition_point(|t| t.span.start < end);
        return closes(after) || toks.get(after).is_some_and(|t| t.capitalized);
    }
    // "Texas", "New Mexico".
    (first..(first + 2).min(toks.len())).any(|k| {
        let words = &body[toks[first].span.start..toks[k].span.end];
        STATE_ABBREVIATIONS.iter().any(|&(_, state)| state == words) && closes(k + 1)
    })
}

/// The regions that name a league's divisions ("Atlantic Division").
const LEAGUE_REGIONS: [&str; 17] = [
    "eastern",
    "western",
    "northern",
    "southern",
    "central",
    "atlantic",
    "pacific",
    "midwest",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "metropolitan",
    "smythe",
    "norris",
    "patrick",
    "adams",
];

/// Whether a share price's move by an amount of money follows token `last`
/// ("... gained 75 cents", "... added one dollar"): the name before it is a
/// listed company's, and "added" there reports nothing.
pub(crate) fn price_moves_after(toks: &[Token], last: usize) -> bool {
    // "Dell shares rose 2 percent", "Apple stock fell": the firm's shares move.
    let shares_move = toks
        .get(last + 1)
        .is_some_and(|t| matches!(t.lower.as_str(), "shares" | "stock") && !t.capitalized)
        && toks
            .get(last + 2)
            .is_some_and(|t| PRICE_MOVES.contains(&t.lower.as_str()));
    shares_move
        || toks
            .get(last + 1)
            .is_some_and(|t| PRICE_MOVES.contains(&t.lower.as_str()))
            && toks.get(last + 2).is_some_and(|t| {
                // ("Hutchison Whampoa added one dollar": a number spelled out.)
                t.kind == TokenKind::Number || crate::tokens::number_word(&t.lower).is_some()
            })
            && toks
                .get(last + 3)
                .is_some_and(|t| MONEY_UNITS.contains(&t.lower.as_str()))
}

/// Verbs of a share price's move ("rose 40 yen").
const PRICE_MOVES: [&str; 14] = [
    "rose", "fell", "gained", "lost", "added", "shed", "eased", "firmed", "slipped", "climbed",
    "dropped", "jumped", "slid", "edged",
];

/// Units of money a share price moves by (not "percent" or "points", which
/// an economy's figures move by too).
const MONEY_UNITS: [&str; 30] = [
    "cents", "cent", "pence", "penny", "yen", "dollars", "dollar", "marks", "pfennigs", "francs",
    "centimes", "lire", "crowns", "kronor", "rupees", "ringgit", "baht", "pesos", "rand", "won",
    "zlotys", "zloty", "forints", "korunas", "roubles", "rubles", "pesetas", "escudos", "drachmas",
    "shekels",
];

/// Nouns of a place that "of" and its name follow: "the village of Kfar Kila".
const PLACE_NOUNS: [&str; 22] = [
    "town",
    "village",
    "city",
    "settlement",
    "hamlet",
    "suburb",
    "district",
    "province",
    "region",
    "county",
    "state",
    "governorate",
    "municipality",
    "island",
    "port",
    "enclave",
    "camp",
    "valley",
    "neighbourhood",
    "neighborhood",
    "outskirts",
    "villages",
];

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
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn names(text: &str) -> Vec<(String, MentionType, Option<String>)> {
        let toks = tokenize(text);
        let sents = crate::sentences::split(text, &[]);
        let ranges = sentence_ranges(&toks, &sents);
        find(text, &toks, &ranges, &HashSet::new(), &[])
            .into_iter()
            .map(|n| {
                (
                    text[toks[n.first].span.start..toks[n.last].span.end].to_string(),
                    n.mention_type,
                    n.entity.and_then(|e| e.code),
                )
            })
            .collect()
    }

    #[test]
    fn a_player_who_beats_a_short_surname_and_prize_and_treaty_words() {
        let got = names("He said Sampras beat Chang at Flushing Meadows. Els finished third.");
        let typed = |s: &str| got.iter().find(|g| g.0 == s).map(|g| g.1);
        assert_eq!(typed("Sampras"), Some(MentionType::PER), "{got:?}");
        assert_eq!(typed("Els"), Some(MentionType::PER), "{got:?}");
        assert_eq!(typed("Flushing Meadows"), Some(MentionType::LOC), "{got:?}");
        let got = names("He said Maldini will captain the side.");
        assert_eq!(got.first().map(|g| g.1), Some(MentionType::PER), "{got:?}");
        let got = names("The Nobel peace prize went to him.");
        assert_eq!(got.first().map(|g| g.1), Some(MentionType::MISC), "{got:?}");
    }

    #[test]
    fn a_name_does_not_run_over_a_line_break() {
        // One "sentence": no period ends the heading lines.
        let text = "Talks on the border\nAmara Diallo\nNew Delhi Mission staff left on Monday.";
        let toks = tokenize(text);
        let found = find(text, &toks, &[(0, toks.len())], &HashSet::new(), &[]);
        for n in found {
            let span = &text[toks[n.first].span.start..toks[n.last].span.end];
            assert!(!span.contains('\n'), "{span:?}");
        }
    }

    #[test]
    fn types_names_by_their_words_places_and_context() {
        let got = names(
            "The climber fell near Zurbriggen Ridge. Rescuers from the Alpine Rescue \
             Association flew to Christchurch. Mark Vinar, 43, is presumed dead, police said. \
             Vinar had climbed in Patagonia with the NZAC. A bomb hit the Zarvani district.",
        );
        let find = |s: &str| got.iter().find(|g| g.0 == s).map(|g| (g.1, g.2.clone()));
        assert_eq!(find("Zurbriggen Ridge"), Some((MentionType::LOC, None)));
        assert_eq!(
            find("Alpine Rescue Association"),
            Some((MentionType::ORG, None))
        );
        assert_eq!(
            find("Christchurch"),
            Some((MentionType::LOC, Some("NZL".to_string())))
        );
        assert_eq!(find("Mark Vinar"), Some((MentionType::PER, None)));
        assert_eq!(find("Vinar"), Some((MentionType::PER, None)));
        assert_eq!(find("Patagonia"), Some((MentionType::LOC, None)));
        assert_eq!(find("NZAC"), Some((MentionType::ORG, None)));
        assert!(find("Rescuers").is_none(), "{got:?}");
        assert_eq!(find("Zarvani"), Some((MentionType::LOC, None)));
    }

    #[test]
    fn a_run_of_prose_words_without_a_person_s_name_is_no_person() {
        for (text, name) in [
            (
                "Prices rose while Advanced Micro has plants of its own.",
                "Advanced Micro",
            ),
            (
                "The paper ran in the journal Nature Astronomy on Monday.",
                "Nature Astronomy",
            ),
        ] {
            let got = names(text);
            let n = got.iter().find(|n| n.0 == name).expect(name);
            assert_ne!(n.1, MentionType::PER, "{got:?}");
        }
        let got = names("Apple showed a new MacBook Pro with a longer battery life.");
        assert!(
            got.iter()
                .any(|n| n.0 == "MacBook Pro" && n.1 == MentionType::MISC),
            "{got:?}"
        );
        for word in ["MacBook", "PowerPoint", "HuffPost", "YouTube"] {
            assert!(is_product_shaped(word), "{word}");
        }
        for word in [
            "McGovern",
            "LaSalle",
            "MacArthur",
            "RoseAnn",
            "DeShawn",
            "Smith",
        ] {
            assert!(!is_product_shaped(word), "{word}");
        }
        // A given name or a surname keeps a run a person's.
        let got = names("Fans queued for hours to watch Young Kim on Friday.");
        assert!(
            got.iter()
                .any(|n| n.0 == "Young Kim" && n.1 == MentionType::PER),
            "{got:?}"
        );
        let got = names("Fans queued for hours to watch Shy Ely on Friday.");
        assert!(
            got.iter()
                .any(|n| n.0 == "Shy Ely" && n.1 == MentionType::PER),
            "{got:?}"
        );
    }

    #[test]
    fn sentence_openers_that_name_no_one_and_given_names_that_do() {
        let has = |text: &str, name: &str, t: MentionType| {
            names(text).iter().any(|n| n.0 == name && n.1 == t)
        };
        // A traded good opening a market report names no one.
        let got = names("Gold was fixed at $ 381.50 an ounce in London on Friday .");
        assert!(got.iter().all(|n| n.0 != "Gold"), "{got:?}");
        let got = names("Copper fell on the London Metal Exchange .");
        assert!(got.iter().all(|n| n.0 != "Copper"), "{got:?}");
        // Nor does a compound of prose words.
        let got = names("Top-ranked North Carolina waited for the result .");
        assert!(got.iter().all(|n| !n.0.starts_with("Top")), "{got:?}");
        // A word of prose before a given name is no part of the name; a
        // given name that is also a word, before a surname, is.
        for (text, name) in [
            ("Dear Abby Weeks answered the letter .", "Abby Weeks"),
            ("Drew Bledsoe threw two touchdown passes .", "Drew Bledsoe"),
            ("Referee Mitch Halpern stopped the fight .", "Mitch Halpern"),
        ] {
            assert!(has(text, name, MentionType::PER), "{:?}", names(text));
        }
        let got = names("In Florida , about half voted .");
        assert!(got.iter().all(|n| n.0 != "In Florida"), "{got:?}");
        // A Korean given name's second syllable may be a word of prose.
        assert!(has(
            "The court jailed Roh Tae-woo on Monday .",
            "Roh Tae-woo",
            MentionType::PER
        ));
        assert!(names("The U.S.-led force moved .")
            .iter()
            .all(|n| !n.0.contains("led")));
    }

    #[test]
    fn group_nouns_closing_words_and_shouted_competitions_type_names() {
        let has = |text: &str, name: &str, t: MentionType| {
            names(text).iter().any(|n| n.0 == name && n.1 == t)
        };
        // A name before an armed group's noun is the group's; so is one
        // before a body's noun, if no given name or lone word of prose.
        assert!(has(
            "Tupac Amaru rebels seized the residence .",
            "Tupac Amaru",
            MentionType::ORG
        ));
        assert!(has(
            "IG Metall union members staged strikes .",
            "IG Metall",
            MentionType::ORG
        ));
        let got = names("Perennial party girl Tara Reid checked in .");
        assert!(got.iter().all(|n| n.0 != "Perennial"), "{got:?}");
        // Closing words.
        for (text, name, t) in [
            (
                "He won at the Ivo Van Damme Memorial meeting .",
                "Ivo Van Damme Memorial",
                MentionType::MISC,
            ),
            (
                "It ordered jets from Airbus Industrie on Monday .",
                "Airbus Industrie",
                MentionType::ORG,
            ),
            (
                "Apple Computer said it would buy a rival .",
                "Apple Computer",
                MentionType::ORG,
            ),
            (
                "He won the National League award twice .",
                "National League",
                MentionType::MISC,
            ),
        ] {
            assert!(has(text, name, t), "{:?}", names(text));
        }
        // A shouted competition, with the people's word before it; the
        // longest event from the right.
        for (text, name) in [
            ("BASEBALL - YANKEES WIN WORLD SERIES .", "WORLD SERIES"),
            (
                "SOCCER - ENGLISH PREMIER LEAGUE RESULTS .",
                "ENGLISH PREMIER LEAGUE",
            ),
            ("TENNIS - RESULTS AT GRAND SLAM CUP .", "GRAND SLAM CUP"),
            (
                "RUGBY LEAGUE - ST HELENS WIN CHALLENGE CUP .",
                "CHALLENGE CUP",
            ),
            (
                "SOCCER - JUVENTUS BEAT RIVER PLATE TO WIN WORLD CLUB CUP .",
                "WORLD CLUB CUP",
            ),
        ] {
            assert!(has(text, name, MentionType::MISC), "{:?}", names(text));
        }
    }

    #[test]
    fn sentence_openers_and_headlines_are_not_names() {
        let got = names("Police said the road was closed. Officials agreed on Monday.");
        assert!(got.is_empty(), "{got:?}");
        let got = names("Climber Dies After Fall On Remote Peak In Storm");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn an_abbreviated_rank_closing_a_run_is_no_part_of_its_name() {
        let got = names("The briefing was given by Army Lt. Gen. Stephen Townsend today.");
        let got: Vec<_> = got.iter().map(|n| (n.0.as_str(), n.1)).collect();
        assert_eq!(
            got,
            [
                ("Army", MentionType::ORG),
                ("Stephen Townsend", MentionType::PER)
            ]
        );
    }

    #[test]
    fn a_party_word_before_a_title_or_a_full_name_is_a_name_of_its_own() {
        for (text, person) in [
            ("Yesterday Republican Senator Bob Dole lost.", "Bob Dole"),
            ("Yesterday Tory MP Alan Clark spoke.", "Alan Clark"),
            (
                "Yesterday Democrat Elijah Cummings spoke.",
                "Elijah Cummings",
            ),
        ] {
            let got = names(text);
            assert_eq!(got.len(), 2, "{got:?}");
            assert_eq!(got[0].1, MentionType::MISC, "{got:?}");
            assert_eq!((got[1].0.as_str(), got[1].1), (person, MentionType::PER));
        }
        // Not before a word that only looks like a given name.
        let got = names("Protests of the Arab Spring spread.");
        assert_eq!(got[0].0, "Arab Spring", "{got:?}");
    }

    #[test]
    fn a_name_whose_price_moves_by_money_is_a_company() {
        let got = names("Cheung Kong gained 75 cents and Toyota Motor rose 40 yen.");
        assert!(got.iter().all(|n| n.1 == MentionType::ORG), "{got:?}");
        assert_eq!(got.len(), 2, "{got:?}");
        // Not a commodity's word.
        assert!(names("Silver rose 15 cents.")
            .iter()
            .all(|n| n.1 != MentionType::ORG));
    }

    #[test]
    fn a_name_before_a_products_or_works_noun_is_misc() {
        let got =
            names("Microsoft unveiled the Windows CE software and the Zantac drug sold well.");
        assert!(
            got.contains(&("Windows CE".to_string(), MentionType::MISC, None)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Zantac".to_string(), MentionType::MISC, None)),
            "{got:?}"
        );
        // Not a person's name before it.
        let got = names("It was a Tom Hanks film.");
        assert!(got.iter().all(|n| n.1 != MentionType::MISC), "{got:?}");
    }

    #[test]
    fn a_common_noun_and_its_letter_name_no_one() {
        let got = names("Japan won a Group C match on Friday.");
        assert!(got.iter().all(|n| !n.0.contains("Group")), "{got:?}");
        let got = names("Yesterday Malcolm X spoke.");
        assert_eq!(got[0].0, "Malcolm X", "{got:?}");
    }

    #[test]
    fn an_unknown_possessor_opening_a_sentence_is_a_person() {
        let got = names("Barzani's rivals denied the claim.");
        assert_eq!(got, vec![("Barzani".to_string(), MentionType::PER, None)]);
        // Not a company's name with a capital inside, nor a town's.
        assert!(names("SeaMicro's servers sold well.")
            .iter()
            .all(|n| n.1 != MentionType::PER));
        assert!(names("Chelsea's striker scored.")
            .iter()
            .all(|n| n.1 != MentionType::PER));
    }

    #[test]
    fn a_name_after_a_place_noun_and_of_is_a_place() {
        let got = names("Mortars fell on the village of Kfar Kila on Tuesday.");
        assert_eq!(got, vec![("Kfar Kila".to_string(), MentionType::LOC, None)]);
        // Not a possessor there.
        let got = names("It is the state of Delmore's younger years.");
        assert!(
            got.iter().all(|(_, t, _)| *t != MentionType::LOC),
            "{got:?}"
        );
    }

    #[test]
    fn a_lone_name_after_the_is_a_body_unless_it_modifies_the_next() {
        let got = names("Rates were left alone by the Bundesbank on Thursday.");
        assert_eq!(
            got,
            vec![("Bundesbank".to_string(), MentionType::ORG, None)]
        );
        // "Federal" before a capitalized word is part of a longer name, not one of its own.
        let toks = tokenize("Talks with the Federal Government resumed.");
        let sents = crate::sentences::split("Talks with the Federal Government resumed.", &[]);
        let covered: HashSet<usize> = [4].into_iter().collect();
        let got = find(
            "Talks with the Federal Government resumed.",
            &toks,
            &sentence_ranges(&toks, &sents),
            &covered,
            &[],
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_lone_unknown_word_that_acts_as_a_person_is_one() {
        let got = names(
            "He said that Hardwicke supposedly had problems, and police stopped Kuchmar on Monday. Lebed, who brokered the truce, flew home. Tsegaw signed it. Bhuttar's government fell. Mladicz, the army commander, hid. Then Seles withdrew.",
        );
        for who in [
            "Hardwicke",
            "Kuchmar",
            "Lebed",
            "Tsegaw",
            "Bhuttar",
            "Mladicz",
            // (An "-es" ending after "l" is no plural's.)
            "Seles",
        ] {
            assert!(
                got.iter()
                    .any(|(n, t, _)| n == who && *t == MentionType::PER),
                "{who}: {got:?}"
            );
        }
        // Read as tokenized wire copy is: an age in commas, an apposition
        // with a number joined to its words.
        let got = names("Hingward , 16 , reached the final . Ronaldez , the 20-year-old Brazilian striker , scored . Grafton beat Majolik 6-3 4-6 6-0 .");
        for who in ["Hingward", "Ronaldez", "Majolik"] {
            assert!(
                got.iter()
                    .any(|(n, t, _)| n == who && *t == MentionType::PER),
                "{who}: {got:?}"
            );
        }
        // Listed between persons; beside one only, it is left alone.
        let got = names("Izetbegovic Alijan , Krajisnar and Zubak Olsen met . Ana Kuchta , Hulunar and Skypar were sold .");
        assert!(
            got.iter()
                .any(|(n, t, _)| n == "Krajisnar" && *t == MentionType::PER),
            "{got:?}"
        );
        assert!(
            !got.iter()
                .any(|(n, t, _)| n == "Hulunar" && *t == MentionType::PER),
            "{got:?}"
        );
        // Not a word shaped unlike a surname, nor a plural, nor after "of".
        let got = names("She told NY1 that Athenians stayed home and PolitiFact examined the province of Acheh, which shook. Twelve people died. Firemen came.");
        assert!(
            got.iter().all(|(_, t, _)| *t != MentionType::PER),
            "{got:?}"
        );
    }

    #[test]
    fn a_name_whose_apposition_is_a_body_s_noun_is_a_body() {
        let got = names("Investors bought Kestrelware, a maker of chips, and Olafsson Brygg, a Danish brewer group.");
        for body in ["Kestrelware", "Olafsson Brygg"] {
            assert!(
                got.iter()
                    .any(|(n, t, _)| n == body && *t == MentionType::ORG),
                "{body}: {got:?}"
            );
        }
        // The noun must head the apposition, and a given name opens a person's.
        let got = names("He met Tsegaw Brygg, a party member, and John Kestrel, a company man.");
        assert!(
            got.iter().all(|(_, t, _)| *t == MentionType::PER),
            "{got:?}"
        );
    }

    #[test]
    fn a_lone_census_name_reads_as_a_person() {
        // Mid-sentence, at a sentence's start, and with a possessive.
        let got = names("Police stopped Okafor near the bridge. Hansbrough scored twice. The video showed Villa's bail terms.");
        for who in ["Okafor", "Hansbrough", "Villa"] {
            assert!(
                got.iter()
                    .any(|(n, t, _)| n == who && *t == MentionType::PER),
                "{who}: {got:?}"
            );
        }
        // A surname of another language, by its ending.
        let got = names("Reforms came under Berdymukhamedov's rule, and Kovalenko agreed.");
        for who in ["Berdymukhamedov", "Kovalenko"] {
            assert!(
                got.iter()
                    .any(|(n, t, _)| n == who && *t == MentionType::PER),
                "{who}: {got:?}"
            );
        }
        // Joined to a body's name, a body.
        let got = names("Prices were cut by Kestrel Motors Corp. and Weitz on Monday.");
        assert!(
            got.contains(&("Weitz".to_string(), MentionType::ORG, None)),
            "{got:?}"
        );
        // Not a word of English prose, nor one after an article (an award's
        // name there, `awards.txt`), nor an abbreviation.
        let got =
            names("He scored an Oscar nod for it, and spoke of Hope in Tupelo, Miss., today.");
        let got: Vec<_> = got.into_iter().filter(|(n, _, _)| n != "Tupelo").collect();
        assert_eq!(
            got,
            [("Oscar".to_string(), MentionType::MISC, None)],
            "{got:?}"
        );
    }

    #[test]
    fn a_month_that_is_a_given_name_opens_a_name() {
        let got = names("He beat Jan Siemerink on Monday, and talks end on June 5.");
        assert_eq!(
            got,
            vec![("Jan Siemerink".to_string(), MentionType::PER, None)]
        );
    }

    #[test]
    fn words_of_a_web_address_say_nothing_of_how_the_article_writes_them() {
        // (Each line its own paragraph, as the layout reads a page.)
        let text = "http: / / www. example. com / news / marla - vostrikova - wins\nMarla Vostrikova won the race.";
        let at = text.find('\n').unwrap();
        assert_typed(
            &in_paragraphs(text, &[at]),
            &["Marla Vostrikova"],
            MentionType::PER,
        );
    }

    #[test]
    fn an_acronym_in_brackets_is_the_name_s_before_it() {
        let got =
            names("Runners of the Harlow Marathon (HM) met on Sunday; HM officials expect 9,000.");
        assert_typed(&got, &["Harlow Marathon", "HM"], MentionType::MISC);
        assert!(
            !got.iter().any(|(_, t, _)| *t == MentionType::ORG),
            "{got:?}"
        );
        // Letters that are not the name's initials stay the acronym's own.
        let got = names("Runners of the Harlow Marathon (KLF) met on Sunday.");
        assert_typed(&got, &["KLF"], MentionType::ORG);
    }

    #[test]
    fn a_nickname_in_quotes_parts_a_person_s_three_names() {
        let got = names(
            "Police said Salvatore \"The Hammer\" Brandolini was held. Brandolini's lawyer spoke.",
        );
        let wanted = ["Salvatore", "The Hammer", "Brandolini"];
        assert_eq!(
            got.iter()
                .filter(|(n, t, _)| wanted.contains(&n.as_str()) && *t == MentionType::PER)
                .count(),
            4,
            "{got:?}"
        );
    }

    #[test]
    fn a_headline_holds_the_longest_name_the_article_types() {
        let text = "Pellworth Maid Dairy Building Was Sold\nThe old Pellworth Maid Dairy warehouse burned on Tuesday.";
        let got = in_paragraphs(text, &[text.find('\n').unwrap()]);
        let dairies = got
            .iter()
            .filter(|(n, t, _)| n == "Pellworth Maid Dairy" && *t == MentionType::ORG)
            .count();
        assert_eq!(dairies, 2, "{got:?}");
    }

    #[test]
    fn the_word_that_opens_a_team_s_name_is_the_team() {
        let got = names("The Whitlock Bluejays won 65-53. Nobody could make Whitlock sweat.");
        let typed: Vec<_> = got.iter().filter(|(n, _, _)| n == "Whitlock").collect();
        assert!(
            !typed.is_empty() && typed.iter().all(|(_, t, _)| *t == MentionType::ORG),
            "{got:?}"
        );
    }

    #[test]
    fn a_lone_surname_by_its_shape_and_what_it_does() {
        let missed = [
            // A surname's prefix before a second capital, and an -es ending.
            (
                "He said DeVallance previously hosted the show.",
                "DeVallance",
            ),
            ("DeVallance herself announced the news.", "DeVallance"),
            // Two such words that act together.
            (
                "Zadorin and Merovic added that the show would go on.",
                "Zadorin",
            ),
            // A sentence's closing dot is no abbreviation's.
            ("Paramedics treated Kathira.", "Kathira"),
            // A possessive's bare mark after an s.
            (
                "The officer charged with Alexandros' murder was suspended.",
                "Alexandros",
            ),
            // A small town named like a surname, acting as a person.
            (
                "Police stopped the car, but LaSalle refused to comply.",
                "LaSalle",
            ),
        ]
        .into_iter()
        .filter(|(text, name)| {
            !names(text)
                .iter()
                .any(|(n, t, _)| n == name && *t == MentionType::PER)
        })
        .collect::<Vec<_>>();
        assert!(missed.is_empty(), "{missed:?}");
    }

    #[test]
    fn a_word_with_a_capital_inside_is_a_firm_unless_a_thing_or_a_handle() {
        let got =
            names("They will acquire KestroNet for $300 million; KestroNet has 80 employees.");
        assert_typed(&got, &["KestroNet"], MentionType::ORG);
        for text in [
            "He bought a new KestroNet on Friday.",
            "Follow him on Twitter @KestroNet today.",
        ] {
            let got = names(text);
            assert!(
                !got.iter()
                    .any(|(n, t, _)| n == "KestroNet" && *t == MentionType::ORG),
                "{got:?}"
            );
        }
    }

    #[test]
    fn a_town_before_its_us_state_is_a_place() {
        let got = names("He escaped on the way to Pellston, Texas, last year.");
        assert_typed(&got, &["Pellston"], MentionType::LOC);
        let got = names("The mayor of Whitlock, Mass., resigned on Friday.");
        assert_typed(&got, &["Whitlock"], MentionType::LOC);
        let got = names("Jets land at one near Teterford, N.J., the airport of choice.");
        assert_typed(&got, &["Teterford"], MentionType::LOC);
        // A postal code is no state there: "MD" after a name is a degree.
        let got = names("Obama nominated Reginald Bexley, MD, a family physician.");
        assert_typed(&got, &["Reginald Bexley"], MentionType::PER);
    }

    #[test]
    fn a_province_the_gazetteer_lacked_is_a_place() {
        // (From regions.tsv: ISO 3166-2's provinces and states.)
        let got = names("The quake struck the mountains of Aceh, and Maharashtra felt it too.");
        assert_typed(&got, &["Aceh", "Maharashtra"], MentionType::LOC);
    }

    #[test]
    fn the_other_end_of_a_route_makes_a_place() {
        let got = names("It was felt from Bener Meriah to Jakarta on Tuesday.");
        assert_typed(&got, &["Bener Meriah"], MentionType::LOC);
    }

    #[test]
    fn a_run_of_prose_words_names_a_thing_not_a_person() {
        for name in ["Catching Fire", "Bathing Beauty"] {
            let got = names(&format!("The studio set a date for {name} on Monday."));
            assert_typed(&got, &[name], MentionType::MISC);
        }
        // A short word of prose may open a Chinese name.
        let got = names("In the final Susanti beat Ye Zhaoying 11-6 11-8.");
        assert_typed(&got, &["Ye Zhaoying"], MentionType::PER);
    }

    #[test]
    fn a_given_name_and_a_surname_stand_out_in_a_title_case_headline() {
        let text = "Legendary Aquatic Musical Star Esther Williams Dies At 91";
        assert_typed(
            &in_paragraphs(text, &[]),
            &["Esther Williams"],
            MentionType::PER,
        );
    }

    /// The names of `text` read as paragraphs that end at the byte offsets
    /// `breaks` (a line break each), as the layout hands a page over.
    fn in_paragraphs(text: &str, breaks: &[usize]) -> Vec<(String, MentionType, Option<String>)> {
        let toks = tokenize(text);
        let mut paragraphs = Vec::new();
        let mut start = 0;
        for &b in breaks.iter().chain([&text.len()]) {
            paragraphs.push(Span { start, end: b });
            start = b + 1;
        }
        let ranges = sentence_ranges(&toks, &crate::sentences::split(text, &paragraphs));
        find(text, &toks, &ranges, &HashSet::new(), &[])
            .into_iter()
            .map(|n| {
                let name = &text[toks[n.first].span.start..toks[n.last].span.end];
                (name.to_string(), n.mention_type, None)
            })
            .collect()
    }

    /// Asserts each of `wanted` is among `got`, typed `t`.
    fn assert_typed(
        got: &[(String, MentionType, Option<String>)],
        wanted: &[&str],
        t: MentionType,
    ) {
        for w in wanted {
            assert!(
                got.iter().any(|(n, nt, _)| n == w && *nt == t),
                "{w} as {t:?}: {got:?}"
            );
        }
    }

    #[test]
    fn the_players_in_a_scoreboard_row_are_people() {
        let got = names("Zimbabwe first innings\nA. Flower c Ostwald b Vaas 12\nH. Streak not out 4\nBowling : Vaas 14-3-40-1 , Trelawney 25-6-58-2");
        assert_typed(
            &got,
            &["A. Flower", "Ostwald", "Vaas", "H. Streak", "Trelawney"],
            MentionType::PER,
        );
        assert!(!got.iter().any(|(n, _, _)| n == "Bowling"), "{got:?}");
        // Initials count as one word each: "A. J. Burnett" is a person's name.
        let got = names("The Yankees signed A. J. Burnett on Friday.");
        assert_typed(&got, &["A. J. Burnett"], MentionType::PER);
    }

    #[test]
    fn a_scorer_with_his_minute_is_a_person() {
        let got = names("Kestrelton 3 ( Ostrander 12 , Mabry 47 ) Brackwell 1 ( Pell 32 )\nScorers : Trelawney 23 , Vinar 55 pen .");
        assert_typed(
            &got,
            &["Ostrander", "Mabry", "Pell", "Trelawney", "Vinar"],
            MentionType::PER,
        );
        assert_typed(&got, &["Brackwell"], MentionType::ORG);
    }

    #[test]
    fn a_side_in_a_results_row_is_a_club() {
        let text = "Results on Sunday\nFeyenoord 2 Vitesse Arnhem 0 (aet)\nKestrelton 74 62 .544 -";
        let toks = tokenize(text);
        let lines: Vec<(usize, usize)> = vec![(0, 3), (3, 12), (12, toks.len())];
        let got: Vec<(String, MentionType)> = find(text, &toks, &lines, &HashSet::new(), &[])
            .into_iter()
            .map(|n| {
                let name = &text[toks[n.first].span.start..toks[n.last].span.end];
                (name.to_string(), n.mention_type)
            })
            .collect();
        // Scorers in parentheses, and a full stop closing the row.
        let row = names(
            "Brackwell 2 (Ostrander 34, Pell 71) Kestrel Athletic 1 (Mabry 55) . Halftime 1-0",
        );
        assert_typed(&row, &["Brackwell", "Kestrel Athletic"], MentionType::ORG);
        for club in ["Feyenoord", "Vitesse Arnhem", "Kestrelton"] {
            assert!(
                got.contains(&(club.to_string(), MentionType::ORG)),
                "{club}: {got:?}"
            );
        }
        // Not a model's number in a sentence.
        let got = names("He flew a Boeing 747 to Paris.");
        assert!(
            !got.iter().any(|(_, t, _)| *t == MentionType::ORG),
            "{got:?}"
        );
    }
}
