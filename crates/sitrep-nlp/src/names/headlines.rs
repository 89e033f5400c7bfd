//! Headlines and shouted lines, whose capitals say nothing: the names
//! the article's sentences type, and what stands out by itself.

use super::*;

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
pub(super) const EVENT_OPENERS: [&str; 10] = [
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
pub(super) fn headline_names(
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
