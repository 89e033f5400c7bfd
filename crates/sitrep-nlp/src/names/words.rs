//! What a word is to a name: the word lists of `data/lexicon/` read as
//! sets, and the predicates over a word's shape and role ("University"
//! closes a body, "al-" opens an Arabic surname, "SeaMicro" is a firm's).

use super::*;

pub(super) static NAME_WORDS: LazyLock<HashMap<&'static str, (MentionType, Where)>> =
    LazyLock::new(|| {
        tsv_rows(include_str!("../../../../data/lexicon/name-words.tsv"), 3)
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

pub(super) static NOT_NAMES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/not-names.txt")));

pub(super) static STOPWORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/stopwords.txt")));

/// Lower-case words of English prose (`common-words.txt`): capitalized, they
/// open a sentence rather than name something.
pub(super) static COMMON_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/common-words.txt")));

/// The states' demonyms (`countries.tsv`): "English" of "ENGLISH PREMIER
/// LEAGUE".
pub(super) static DEMONYMS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    tsv_rows(crate::kb::COUNTRIES, 4)
        .flat_map(|r| alternatives(r[3]))
        .collect()
});

/// Whether a word, in any case, is a state's demonym or a people's word
/// of `name-words.tsv` ("ENGLISH").
pub(super) fn is_demonym_word(word: &str) -> bool {
    let word = title_case(word);
    DEMONYMS.contains(word.as_str())
        || name_word(&word).is_some_and(|&(t, at)| t == MentionType::MISC && at == Where::Alone)
}

/// The plural nouns of armed groups (`generic.tsv`, the heads of sector
/// REB): "rebels", "guerrillas", "gunmen".
pub(super) static ARMED_GROUP_NOUNS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    tsv_rows(crate::kb::GENERIC, 2)
        .filter(|r| r[1] == "REB")
        .flat_map(|r| alternatives(r[0]))
        // (Their plurals: "the Sanders movement" is a person's following.)
        .filter(|w| !w.contains(' ') && (w.ends_with('s') || w.ends_with("men")))
        .collect()
});

/// Traded goods (`commodities.txt`): "Gold was fixed", "Copper fell" open
/// a market report, and name no one.
pub(super) static COMMODITIES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/commodities.txt")));

/// Lower-case words of English prose, a looser list than `COMMON_WORDS`
/// (`prose-words.txt`): a shouted headline word that is one is no surname
/// there ("CRUISE", "ROUT").
pub(super) static PROSE_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/prose-words.txt")));

/// Players' positions as a roster abbreviates them (`positions.txt`: "QB",
/// "LB", "S"), as written.
pub(super) static POSITIONS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/positions.txt")));

/// Lower-case words of sports copy that the prose lists lack
/// (`sport-words.txt`: "semifinal", "slalom").
pub(super) static SPORT_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/sport-words.txt")));

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
        // "rescuers", "voters": the one who does what an -e verb says.
        || stem("rs", "")
}

/// Whether the part after a hyphen makes an adjective of a name: a word in
/// lower case that is a word of prose or a participle ("-held", "-led",
/// "-style", "-backed").
pub(super) fn is_adjective_tail(tail: &str) -> bool {
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
pub(super) fn title_case_words(name: &str) -> String {
    name.split(' ')
        .map(title_case)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A lower-case word with its first letter capitalized ("tom" -> "Tom"),
/// as the census lists given names.
pub(super) fn capitalized(lower: &str) -> String {
    let mut cs = lower.chars();
    cs.next()
        .map(|c| c.to_uppercase().chain(cs).collect())
        .unwrap_or_default()
}

/// A word in title case, and each part of a hyphened one ("AL-AIN" as
/// "Al-Ain"). (Only the letters after the first are lowered: a word in lower
/// case stays so; see [`capitalized`].)
pub(super) fn title_case(word: &str) -> String {
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
pub(super) fn name_word(word: &str) -> Option<&'static (MentionType, Where)> {
    NAME_WORDS.get(word).or_else(|| {
        is_shouted(word)
            .then(|| NAME_WORDS.get(title_case(word).as_str()))
            .flatten()
    })
}

/// Stock market indexes (`stock-indexes.txt`): MISC whole.
pub(super) static STOCK_INDEXES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/stock-indexes.txt")));

/// Whether a name is a stock market index's ("Nikkei", "Hang Seng").
pub(crate) fn is_stock_index(name: &str) -> bool {
    STOCK_INDEXES.contains(name)
}

/// Sports venues (`venues.txt`): LOC whole.
pub(super) static VENUES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/venues.txt")));

/// Whether a body's head may take its purpose after "for" (`purpose-heads.txt`).
pub(crate) fn is_purpose_head(word: &str) -> bool {
    PURPOSE_HEADS.contains(word)
}

/// Clubs' nicknames: the last word of a North American club's name, or of
/// any club's name that closes with a plural, that is no place ("Chicago
/// Bulls", "Miami Heat", "Blackburn Rovers"; `clubs.tsv`). Shouted in a
/// sports headline, or capitalized after "the", such a word is its club.
pub(super) static CLUB_NICKNAMES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    tsv_rows(include_str!("../../../../data/actors/clubs.tsv"), 2)
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
pub(super) static NICKNAME_HOMONYMS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    word_set(include_str!(
        "../../../../data/lexicon/nickname-homonyms.txt"
    ))
});

/// Nouns of ships (`vessel-nouns.txt`): a name beside one is a ship's.
pub static VESSEL_NOUNS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/vessel-nouns.txt")));

/// Last words of a body's name that "for (the)" and its purpose may follow
/// inside the name (`purpose-heads.txt`).
pub(super) static PURPOSE_HEADS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/purpose-heads.txt")));

/// Trades that work for a firm (`firm-workers.txt`): "a dealer at X" names a firm.
pub(super) static FIRM_WORKERS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/firm-workers.txt")));

/// Leagues and tournaments (`competitions.txt`): MISC whole.
pub(super) static COMPETITIONS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/competitions.txt")));

/// Products named as things (`products.txt`: "Windows NT", "PlayStation").
pub(super) static PRODUCTS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/products.txt")));

/// The products in lower case, for a headline that shouts them.
pub(super) static SHOUTED_PRODUCTS: LazyLock<HashSet<String>> =
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
pub(super) static BODY_OFFICES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/body-offices.txt")));

/// Titles and office words ("Foreign Minister", "Gen."): they stand before
/// a person's name but are not part of it.
pub(super) static TITLE_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let titles = include_str!("../../../../data/lexicon/name-titles.txt");
    let offices = include_str!("../../../../data/lexicon/offices.txt");
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
pub(super) fn is_plural_acronym(text: &str) -> bool {
    text.strip_suffix('s')
        .is_some_and(|stem| stem.len() >= 2 && stem.chars().all(|c| c.is_ascii_uppercase()))
}

/// Whether token `i` is a middle initial: one capital letter, its dot next.
pub(crate) fn is_initial(toks: &[Token], i: usize, text: &str) -> bool {
    text.len() == 1
        && text.starts_with(|c: char| c.is_ascii_uppercase())
        && toks.get(i + 1).is_some_and(|t| t.lower == ".")
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
/// Joseph Brown of ...", "CEO of The Wildlife Society"), nor that "of"
/// itself ("CEO of Mountain Dairy": the body is "Mountain Dairy").
pub(crate) fn title_opens_a_body(body: &str, toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.lower != "of")
        && toks.get(k + 1).is_some_and(|t| {
            t.lower != "of" && !GIVEN_NAMES.contains(&body[t.span.start..t.span.end])
        })
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

/// Words that qualify a title before it ("District Attorney", "Assistant
/// Secretary"): part of the title, not of the body or place before it.
pub(super) const OFFICE_MODIFIERS: [&str; 11] = [
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
pub(super) const AWARD_NOUNS: [&str; 6] = ["award", "awards", "prize", "prizes", "trophy", "medal"];

/// Whether a word opens a noun phrase as its article or possessive ("a",
/// "the", "its", "NASA 's"): a name after one modifies the noun that follows.
pub(super) fn is_determiner(lower: &str) -> bool {
    matches!(
        lower,
        "a" | "an" | "the" | "his" | "her" | "its" | "their" | "'s" | "’s"
    )
}

/// Words after an award's name ("an Oscar nomination", "his Emmy win") beside
/// the nouns of [`AWARD_NOUNS`].
pub(super) const AWARD_FOLLOWERS: [&str; 8] = [
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
pub(super) static AWARDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/awards.txt")));

/// Nouns of a publication, after its name ("Time magazine").
pub(super) const PUBLICATION_NOUNS: [&str; 4] = ["magazine", "newspaper", "tabloid", "weekly"];

/// Nouns of a facility (`facility-nouns.txt`: "the Fukushima Daiichi nuclear
/// plant").
pub(super) static FACILITY_NOUNS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/facility-nouns.txt")));

/// Offices only a firm has, capitalized before their holder's name ("Summit
/// CEO Rob Friedman", "Acme Chairman Joe Bloggs").
pub(super) const FIRM_OFFICES: [&str; 6] =
    ["ceo", "cfo", "coo", "chairman", "chairwoman", "founder"];

/// Plural nouns whose possessive opens a body's name ("People's Council").
pub(super) const PEOPLE_POSSESSIVES: [&str; 4] = ["people", "men", "women", "children"];

/// Words for relatives, after which a name set off by commas is a person's.
pub(super) const KIN: [&str; 12] = [
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
pub(super) fn before_a_body_noun(toks: &[Token], first: usize, last: usize) -> bool {
    // (Nor one word of prose or an abbreviation: "Small business owners",
    // "Dem party".)
    if first == last
        && (PROSE_WORDS.contains(toks[first].lower.as_str())
            || toks[first].lower.chars().count() < 4)
    {
        return false;
    }
    let person_word = a_census_name_alone(toks, first, last);
    let noun = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.kind == TokenKind::Word
                && !t.capitalized
                && (BODY_NOUNS.contains(t.lower.as_str())
                    && !matches!(t.lower.as_str(), "party" | "union" | "club" | "team" | "movement")
                    // ("Cruz shares more of": a person's verb.)
                    || matches!(t.lower.as_str(), "shares" | "stock") && !person_word
                    // "Lionsgate officials", "a Zorblat spokeswoman".
                    || MEMBER_NOUNS.contains(t.lower.as_str()) && !person_word)
        })
    };
    noun(last + 1) || toks.get(last + 1).is_some_and(|t| t.lower == "news") && noun(last + 2)
}

/// People who speak or work for a body (`member-nouns.txt`: "officials",
/// "spokesman", "shareholders").
static MEMBER_NOUNS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/member-nouns.txt")));

/// Whether the name at tokens `first..=last` is one word that the census
/// lists as a surname or a given name.
fn a_census_name_alone(toks: &[Token], first: usize, last: usize) -> bool {
    first == last
        && (SURNAMES.contains_key(toks[first].lower.as_str())
            || GIVEN_NAMES.contains(capitalized(&toks[first].lower).as_str()))
}

/// Whether the name at tokens `first..=last` follows one who speaks or
/// works for a body and "for" ("a spokesman for Waitrose said"): the name is
/// the body's, unless a census name spells it ("a spokeswoman for
/// Jenkins"): a spokesman may serve a person too.
pub(crate) fn for_a_body_s_member(toks: &[Token], first: usize, last: usize) -> bool {
    let person_word = a_census_name_alone(toks, first, last);
    // (Nor a person's name or office: "a spokesman for Texas Attorney
    // General Greg Abbott".)
    let person_s = (first..=last).any(|k| {
        is_title_word(&toks[k].lower) || GIVEN_NAMES.contains(capitalized(&toks[k].lower).as_str())
    });
    first >= 2
        && !person_word
        && !person_s
        && toks[first - 1].lower == "for"
        && !toks[first - 2].capitalized
        && MEMBER_NOUNS.contains(toks[first - 2].lower.as_str())
}

/// Nouns of a product, a work or a show (`work-nouns.txt`: "its Windows
/// software").
pub(super) static WORK_NOUNS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/work-nouns.txt")));

/// Whether the name at tokens `first..=last` stands right before a noun of
/// a product, a work or a show ("the Windows CE software", "the Comdex
/// show"). Not one word of prose or a census name alone, nor a person's
/// given and last names.
pub(super) fn before_a_work_noun(toks: &[Token], first: usize, last: usize) -> bool {
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
pub(super) static PERSON_OBJECT_VERBS: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    word_set(include_str!(
        "../../../../data/lexicon/person-object-verbs.txt"
    ))
});

/// Nouns that name a body (`body-nouns.txt`: "Via, a maker of chipsets").
pub(super) static BODY_NOUNS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/body-nouns.txt")));

/// Nouns after a person's possessive (`person-owned-nouns.txt`: "Kuchma's
/// office").
pub(super) static PERSON_OWNED_NOUNS: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    word_set(include_str!(
        "../../../../data/lexicon/person-owned-nouns.txt"
    ))
});

/// Whether a lower-case word is a verb done to people ("stopped").
pub(crate) fn is_person_object_verb(lower: &str) -> bool {
    PERSON_OBJECT_VERBS.contains(lower)
}

/// Verbs after a name that speak for a person ("Jackson was", "Harrison
/// said", "Dole would", "Maldini will captain"); any other "-ed" form or
/// irregular past counts too. (Not "is": "Jackson is a city of 150,000".)
pub(super) const PERSON_VERBS: [&str; 11] = [
    "was", "had", "said", "says", "told", "will", "would", "could", "should", "might", "must",
];

/// Whether a lower-case word after a name speaks for a person.
pub(crate) fn is_person_verb(lower: &str) -> bool {
    PERSON_VERBS.contains(&lower)
}

/// Words that join the capitalized words of one name ("Louis van Gaal",
/// "Juan Martin del Potro", "University of Baghdad", "Dar es Salaam").
pub(super) const PARTICLES: [&str; 19] = [
    "of", "al", "el", "bin", "ibn", "abu", "de", "du", "da", "di", "dos", "del", "van", "von",
    "der", "den", "ter", "es", "wa",
];

/// Whether a word, as written, joins the capitalized words around it into
/// one name ("van" in "Louis van Gaal"). Only in lower case: "DOS" and "Del"
/// are words of their own.
pub(crate) fn is_particle(word: &str) -> bool {
    PARTICLES.contains(&word)
}
pub(super) fn parse_type(s: &str) -> Option<MentionType> {
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

/// The rest of `word` after a surname's prefix and the capital after it
/// ("Generes" of "DeGeneres", "Dermott" of "McDermott"), if it has one and is
/// no product's name ("MacBook").
pub(super) fn after_a_surname_prefix(word: &str) -> Option<&str> {
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
pub(super) fn is_camel_case(word: &str) -> bool {
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
pub(super) const SURNAME_PREFIXES: [&str; 11] = [
    "Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Lo", "Van", "Von",
];
