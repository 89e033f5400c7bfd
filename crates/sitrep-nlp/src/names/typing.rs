//! Steps 1 to 4 of the module's typing: a run's type from its own words,
//! the gazetteer, its shape and the words around it.

use super::*;

/// A run's type, and the entity a known place gives it.
type Typed = Option<(MentionType, Option<Entity>)>;

/// The type the run's own words or its surroundings give it (steps 1 to 4),
/// from the first reading that gives one.
pub(super) fn type_run(body: &str, toks: &[Token], r: &Run) -> Typed {
    by_its_frame(body, toks, r)
        .or_else(|| as_an_index_a_competition_or_a_venue(body, toks, r))
        .or_else(|| by_a_deciding_word(body, toks, r))
        .or_else(|| as_a_known_place(body, toks, r))
        .or_else(|| by_its_shape_or_its_line(body, toks, r))
        .or_else(|| by_the_word_after(body, toks, r))
        .or_else(|| {
            (!r.at_start)
                .then(|| by_the_words_around(body, toks, r))
                .flatten()
        })
}

/// A vessel's, a vehicle's or a court case's name, or a party's named
/// with its place, by the words that frame the run.
fn by_its_frame(body: &str, toks: &[Token], r: &Run) -> Typed {
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
    // ("a grey 2013 Toyota Camry": a word of colour or kind between.)
    let model_year = r.first >= 2
        && toks[r.first - 1].kind == TokenKind::Number
        && toks[r.first - 1]
            .lower
            .parse::<u16>()
            .is_ok_and(|y| (1950..=2035).contains(&y))
        && (is_determiner(&toks[r.first - 2].lower)
            || r.first >= 3
                && toks[r.first - 2].kind == TokenKind::Word
                && !toks[r.first - 2].capitalized
                && is_determiner(&toks[r.first - 3].lower));
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
    None
}

/// A stock index, a firm of partners or a body that states its purpose, a
/// competition, a venue, a league's division, a site, or a shouted place
/// the gazetteer knows whole.
fn as_an_index_a_competition_or_a_venue(body: &str, toks: &[Token], r: &Run) -> Typed {
    let text = |i: usize| &body[toks[i].span.start..toks[i].span.end];
    let whole = &body[toks[r.first].span.start..toks[r.last].span.end];
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
    None
}

/// Step 1: a word of the run that decides its type (`name-words.tsv`).
fn by_a_deciding_word(body: &str, toks: &[Token], r: &Run) -> Typed {
    let text = |i: usize| &body[toks[i].span.start..toks[i].span.end];
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
    None
}

/// Step 2: a known place, or a part of one, or a county by its ending.
fn as_a_known_place(body: &str, toks: &[Token], r: &Run) -> Typed {
    let whole = &body[toks[r.first].span.start..toks[r.last].span.end];
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
    None
}

/// Step 3: an acronym; a scorer, a side or a dateline's place by the
/// line it stands in.
fn by_its_shape_or_its_line(body: &str, toks: &[Token], r: &Run) -> Typed {
    let whole = &body[toks[r.first].span.start..toks[r.last].span.end];
    // 3. An acronym, even a short one opening a sentence ("UMC closed at
    // NT$18"; a longer one there is more often a name shouted, "OKAFOR:").
    // (Not a word shouted among others: "BREAKING NEWS - 3 DEAD"; alone,
    // such a word is as often a body's acronym, "a SWAT team", "by ONCE".)
    let shouted_common_word = |k: usize, min_len: usize| {
        toks.get(k).is_some_and(|t| {
            t.lower.len() >= min_len
                && t.kind == TokenKind::Word
                && is_shouted(&body[t.span.start..t.span.end])
                && (COMMON_WORDS.contains(t.lower.as_str())
                    || PROSE_WORDS.contains(t.lower.as_str()))
        })
    };
    let shouted_among_others = shouted_common_word(r.first, 4)
        && (r.first.saturating_sub(4)..r.first + 5)
            .any(|k| k != r.first && shouted_common_word(k, 3));
    if r.first == r.last
        && is_acronym(whole)
        && !shouted_among_others
        && (!r.at_start || whole.len() <= 4)
    {
        return Some((MentionType::ORG, None));
    }
    // "EYP MCF is headquartered": acronyms only, in a line that is not
    // shouted, are a body's name, never a person's. (Not words shouted:
    // "JAKE TAPPER:", "USA TODAY".)
    let pure_acronym = |k: usize| {
        let word = &body[toks[k].span.start..toks[k].span.end];
        let lower = toks[k].lower.as_str();
        is_acronym(word)
            && !COMMON_WORDS.contains(lower)
            && !PROSE_WORDS.contains(lower)
            && !SURNAMES.contains_key(lower)
            && !GIVEN_NAMES.contains(title_case_words(word).as_str())
    };
    if r.last > r.first
        && (r.first..=r.last).all(pure_acronym)
        && !line_is_shouted(body, toks[r.first].span.start)
    {
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
    None
}

/// The word after the run: an office only a body has, a price's move, an
/// award's or a work's noun, an armed group's or a body's noun.
fn by_the_word_after(body: &str, toks: &[Token], r: &Run) -> Typed {
    let text = |i: usize| &body[toks[i].span.start..toks[i].span.end];
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
    None
}

/// Step 4: the words around the run (not one opening a sentence).
fn by_the_words_around(body: &str, toks: &[Token], r: &Run) -> Typed {
    let text = |i: usize| &body[toks[i].span.start..toks[i].span.end];
    let whole = &body[toks[r.first].span.start..toks[r.last].span.end];
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
    // "in Newton Street, Millom, on Saturday": a name after a street's and
    // a comma is the town the street is in.
    let after_a_street = r.first >= 3
        && before(1) == Some(",")
        && STREET_WORDS.contains(&text(r.first - 2))
        && toks[r.first - 3].capitalized
        && toks
            .get(r.last + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "," | "." | ";"));
    if after_a_street {
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

/// Whether a comma and a US state follow token `last`, and then the
/// sentence's or the clause's end ("to Stiles, Texas,", "in Walpole, Mass.",
/// "Cobb, New Mexico)"): the name before is a town's. (Not "Bush, Texas
/// governor": a noun after the state.)
pub(super) fn before_a_us_state(body: &str, toks: &[Token], last: usize) -> bool {
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
pub(super) const LEAGUE_REGIONS: [&str; 17] = [
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
pub(super) const PRICE_MOVES: [&str; 14] = [
    "rose", "fell", "gained", "lost", "added", "shed", "eased", "firmed", "slipped", "climbed",
    "dropped", "jumped", "slid", "edged",
];

/// Units of money a share price moves by (not "percent" or "points", which
/// an economy's figures move by too).
pub(super) const MONEY_UNITS: [&str; 30] = [
    "cents", "cent", "pence", "penny", "yen", "dollars", "dollar", "marks", "pfennigs", "francs",
    "centimes", "lire", "crowns", "kronor", "rupees", "ringgit", "baht", "pesos", "rand", "won",
    "zlotys", "zloty", "forints", "korunas", "roubles", "rubles", "pesetas", "escudos", "drachmas",
    "shekels",
];

/// Nouns of a place that "of" and its name follow: "the village of Kfar Kila".
pub(super) const PLACE_NOUNS: [&str; 22] = [
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

/// The type a run's own words, the gazetteer and its neighbours give it,
/// before any other mention of the article is read: [`type_run`], and the
/// words right after it (a firm's office, a publication's, an award's or a
/// facility's noun).
pub(super) fn first_type(reader: &Reader, r: &Run) -> Option<Name> {
    let (body, toks) = (reader.body, reader.toks);
    let text = |i: usize| reader.text(i);
    let same_line = |a: usize, b: usize| reader.same_line(a, b);
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
                toks.get(r.last + k)
                    .is_some_and(|t| !t.capitalized && FACILITY_NOUNS.contains(t.lower.as_str()))
                    && (1..k).all(|j| {
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
}

/// The words that close a street's name in an address ("Newton Street,
/// Millom").
const STREET_WORDS: [&str; 11] = [
    "Street",
    "Avenue",
    "Road",
    "Lane",
    "Boulevard",
    "Drive",
    "Square",
    "Terrace",
    "Crescent",
    "Close",
    "Way",
];

/// Whether the line holding byte `at` has no lower-case letter: a shouted
/// headline or dateline.
fn line_is_shouted(body: &str, at: usize) -> bool {
    let (start, end) = layout::line_around(body, at);
    !body[start..end].chars().any(char::is_lowercase)
}
