//! Step 0: the capitalized runs of an article's sentences, joined by name
//! particles, trimmed of the words a sentence's start or a title puts before
//! a name, and parted at a title inside them; and in headlines, whose
//! capitals say nothing, the names that stand out by themselves.

use super::*;

/// The runs of an article, and what its headlines name.
pub(super) struct Runs {
    pub(super) runs: Vec<Run>,
    /// Names a headline holds by themselves: a big place, a shouted club.
    pub(super) headline_own: Vec<Name>,
    /// Runs of capitalized words in headlines, typed only by the names the
    /// article's sentences type ("Hansbrough Sets Scoring Record" after
    /// "Tyler Hansbrough" below it).
    pub(super) headline_runs: Vec<(usize, usize)>,
}

/// The capitalized runs of `sentences` (token ranges) and their headlines' names.
pub(super) fn capitalized_runs(reader: &Reader, sentences: &[(usize, usize)]) -> Runs {
    let (body, toks) = (reader.body, reader.toks);
    let text = |i: usize| reader.text(i);
    let cap = |i: usize| reader.cap(i);
    let same_line = |a: usize, b: usize| reader.same_line(a, b);
    let mut runs = Vec::new();
    let mut headline_own = Vec::new();
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
        let mut i = s0;
        while i < s1 {
            if !cap(i) {
                i += 1;
                continue;
            }
            let last = run_end(reader, s1, i);
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
            runs.extend(run_pieces(reader, s0, i, last));
            i = last + 1;
        }
    }
    Runs {
        runs,
        headline_own,
        headline_runs,
    }
}

/// The last token of the run that opens at `i`, in a sentence that ends
/// before `s1`: capitalized words on one line, joined by initials, name
/// particles, "v." between a case's parties, a body's purpose ("Movement for
/// Democratic Change"), "&" between partners and a site's domain.
fn run_end(reader: &Reader, s1: usize, i: usize) -> usize {
    let toks = reader.toks;
    let text = |i: usize| reader.text(i);
    let cap = |i: usize| reader.cap(i);
    let same_line = |a: usize, b: usize| reader.same_line(a, b);
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
    last
}

/// The runs of the capitalized words `i..=last` in a sentence that opens at
/// `s0`: without the words a sentence's start or a title puts before the
/// name, and parted into a creed's word, a body and a person where a title
/// stands inside ("California Highway Patrol Officer Ray Scheidnes").
fn run_pieces(reader: &Reader, s0: usize, i: usize, last: usize) -> Vec<Run> {
    let toks = reader.toks;
    let at_start = i == s0 || toks[i - 1].kind == TokenKind::Punct && is_opener(reader.text(i - 1));
    let mut first = if at_start {
        past_the_sentence_s_opener(reader, i, last)
    } else {
        i
    };
    // "Republican Senator Bob Dole", "Tory MP Alan Clark", "Socialist
    // Lionel Jospin": a party's or a creed's word before a title or a
    // given name is a name of its own (MISC), not the person's.
    let creed = creed_word_opens(reader, first, last).then_some(first);
    if creed.is_some() {
        first += 1;
    }
    let first = past_titles_and_positions(reader, first, last);
    let mut pieces = Vec::with_capacity(3);
    if let Some(c) = creed {
        pieces.push((c, c, false));
    }
    pieces.extend(pieces_around_a_title(reader, first, last));
    pieces
        .into_iter()
        .filter(|&(a, b, _)| !names_no_one(reader, a, b))
        .map(|(a, b, before_a_title)| Run {
            first: a,
            last: b,
            at_start: at_start && a == i && a == b,
            before_a_title,
        })
        .collect()
}

/// The first word of the run `i..=last` opening its sentence that is the
/// name's: past a word capitalized for opening the sentence alone.
fn past_the_sentence_s_opener(reader: &Reader, i: usize, last: usize) -> usize {
    let (body, toks) = (reader.body, reader.toks);
    let text = |i: usize| reader.text(i);
    let common = |i: usize| reader.common(i);
    // (Not the first word of a place's name: "New York Yankees".)
    let opens_place = |f: usize| {
        f < last && place_entry(&body[toks[f].span.start..toks[f + 1].span.end]).is_some()
    };
    // ("A. Flower not out 61": an initial, not the article.)
    // ("Standings of National Hockey League teams": a plural of a
    // common word before "of" is that word.)
    let common_plural_before_of =
        |f: usize| f < last && toks[f + 1].lower == "of" && is_common_plural(&toks[f].lower);
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
            && toks[f]
                .lower
                .split('-')
                .all(|w| w.len() >= 3 && (COMMON_WORDS.contains(w) || PROSE_WORDS.contains(w)))
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
    let mut first = i;
    while first <= last && opener_only(first) && !opens_the_name(first) {
        first += 1;
    }
    first
}

/// Whether the run `first..=last` opens with a party's or a creed's word
/// before a title or a given name.
fn creed_word_opens(reader: &Reader, first: usize, last: usize) -> bool {
    let toks = reader.toks;
    let text = |i: usize| reader.text(i);
    first < last
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
                && name_word(text(last)).is_none())
}

/// The run's first word past the titles, the particles and a player's
/// position before the name.
fn past_titles_and_positions(reader: &Reader, mut first: usize, last: usize) -> usize {
    let (body, toks) = (reader.body, reader.toks);
    let text = |i: usize| reader.text(i);
    // "Foreign Secretary Philip Hammond": the name follows the titles.
    // "Abu" opens a name ("Abu Musab al-Zarqawi"); the other particles do not.
    // ("Premier League": a competition's name keeps its first word.)
    let competition =
        first <= last && COMPETITIONS.contains(&body[toks[first].span.start..toks[last].span.end]);
    // ("General Labour Confederation": nor a body's name.)
    let closes_a_body = first < last
        && name_word(text(last)).is_some_and(|&(t, at)| t == MentionType::ORG && at == Where::Last);
    while !(competition || closes_a_body && title_opens_a_body(body, toks, first))
        && first <= last
        && (is_title_word(&toks[first].lower) || is_particle(text(first)) && text(first) != "abu")
    {
        first += 1;
    }
    // "QB Drew Brees", "LB Danny Clark (hamstring)": a player's position
    // before a given name is no part of the name; a one-letter one only
    // opening its line, as a roster's is ("S Malcolm Jenkins").
    let opens_its_line = |k: usize| {
        let at = toks[k].span.start;
        body[layout::line_around(body, at).0..at].trim().is_empty()
    };
    while first < last
        && POSITIONS.contains(text(first))
        && GIVEN_NAMES.contains(text(first + 1))
        && (text(first).len() > 1 || opens_its_line(first))
    {
        first += 1;
    }
    first
}

/// The pieces (first, last, whether before a title) of the run
/// `first..=last`: a body and a person where a title stands inside.
fn pieces_around_a_title(reader: &Reader, first: usize, last: usize) -> Vec<(usize, usize, bool)> {
    let toks = reader.toks;
    // "California Highway Patrol Officer Ray Scheidnes", "Summit CEO
    // Rob Friedman": a title inside the run ends the body's name and
    // opens the person's. A run that closes with a title is an
    // office ("Democratic State Representative"): the actor layer
    // reads it whole.
    let inner_title = (first < last && !is_title_word(&toks[last].lower))
        .then(|| (first..last).rev().find(|&k| is_title_word(&toks[k].lower)))
        .flatten();
    let mut pieces = Vec::with_capacity(2);
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
    pieces
}

/// Whether the piece `a..=b` names no one: a common noun and its letter or
/// number.
fn names_no_one(reader: &Reader, a: usize, b: usize) -> bool {
    let (body, toks) = (reader.body, reader.toks);
    let text = |i: usize| reader.text(i);
    // "Group C", "Pool A": a common noun and its letter name no one.
    if b == a + 1
        && text(b).len() == 1
        && COMMON_WORDS.contains(toks[a].lower.as_str())
        && !GIVEN_NAMES.contains(text(a))
    {
        return true;
    }
    // "for Series 8 of", "won Game 7", "Chapter 11 protection": a
    // common noun and its number name no one. (Not a side in a results row,
    // "Arsenal 2 Chelsea 1", nor before a score, "Hearts 2-1".)
    if a == b
        && COMMON_WORDS.contains(toks[a].lower.as_str())
        && !GIVEN_NAMES.contains(text(a))
        && !NAME_WORDS.contains_key(text(a))
        && toks.get(b + 1).is_some_and(|t| {
            t.kind == TokenKind::Number && t.lower.bytes().all(|c| c.is_ascii_digit())
        })
        && toks
            .get(b + 2)
            .is_none_or(|t| !t.capitalized && t.lower != "-")
        && !layout::in_a_results_row(body, toks[a].span.start, toks[b].span.end)
    {
        return true;
    }
    false
}
