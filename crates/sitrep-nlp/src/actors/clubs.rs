//! A town as its club in the CoNLL view: where a score, a player or a
//! results table follows it ("Bolton 2 Norwich 2"), and a player named like
//! a town, for [`named_spans`].

use super::conll::*;
use super::*;

/// "Scorers: Shearer 12, Wright 78", "(Batty 34)", "c Germon b Cairns 12":
/// a scorer with his minute, or a player in a cricket scoreboard's row, is a
/// player, though a town bears his name (Wright, Minnesota; Cairns).
pub(super) fn players_named_like_towns(
    body: &str,
    towns: &HashSet<usize>,
    out: &mut [(Span, MentionType)],
) {
    for (s, t) in out.iter_mut() {
        if *t == MentionType::LOC
            && towns.contains(&s.start)
            && (layout::is_a_scorer(body, s.start, s.end)
                || layout::in_a_scoreboard_row(body, s.start, s.end))
        {
            *t = MentionType::PER;
        }
    }
}

/// Places that field national sides (`home-nations.txt`: "Wales").
pub(super) static HOME_NATIONS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/home-nations.txt")));

/// Where each mention of a place (a town, a region) starts; a place that
/// fields national sides plays as a state does, and a venue is where a
/// match is played ("Old Trafford"), so both are left out.
pub(super) fn town_starts(mentions: &[Mention]) -> HashSet<usize> {
    mentions
        .iter()
        .filter(|m| {
            m.entity.as_ref().is_some_and(|e| {
                e.kind == EntityKind::Place
                    && !HOME_NATIONS.contains(e.name.as_str())
                    && !names::is_venue(&e.name)
            })
        })
        .map(|m| m.span.start)
        .collect()
}

/// Where each mention of a capital that stands for its state starts
/// ("Ottawa", "Washington"): a town the gazetteer knows, named otherwise
/// than its state.
pub(super) fn capital_starts(body: &str, mentions: &[Mention]) -> HashSet<usize> {
    mentions
        .iter()
        .filter(|m| {
            m.entity.as_ref().is_some_and(|e| {
                let text = m.span.text(body);
                e.kind == EntityKind::State
                    && text != e.name
                    && names::place_population(text).is_some()
            })
        })
        .map(|m| m.span.start)
        .collect()
}

/// The text after a comma right after byte `end` ("Barcelona, who lost"),
/// spaces trimmed.
pub(super) fn after_comma(body: &str, end: usize) -> Option<&str> {
    body[end..]
        .trim_start_matches(' ')
        .strip_prefix(',')
        .map(|r| r.trim_start_matches(' '))
}

/// "overcame Jacksonville 31-24", "former Atlanta defensive end": in sport
/// a town names its club, and CoNLL types it ORG. A town with a score or a
/// player's position right after it is a club, and so is every mention of
/// that town in the article. (A country there is its national side, which
/// CoNLL keeps LOC: only towns change.)
pub(super) fn teams_named_by_their_town(
    body: &str,
    towns: &HashSet<usize>,
    capitals: &HashSet<usize>,
    out: &mut [(Span, MentionType)],
) {
    let people = People::of(out);
    // A capital is a club only where a table or a player's parentheses say
    // so ("Ottawa 3 Toronto 2", "Eddie Jordan (Washington)"): in prose it is
    // as often its state ("the White House took credit for its goal").
    let capitals_club = |span: &Span| {
        layout::in_a_results_row(body, span.start, span.end)
            || layout::in_a_fixture_line(body, span.start, span.end)
            || club_of_a_person(body, &people, span)
    };
    let clubs: HashSet<&str> = out
        .iter()
        .filter(|(s, t)| {
            *t == MentionType::LOC
                && (towns.contains(&s.start) && town_is_a_club_here(body, &people, s)
                    || capitals.contains(&s.start) && capitals_club(s))
        })
        .map(|(s, _)| s.text(body))
        .collect();
    // ("He lives in Atlanta" stays the town.)
    let after_place_word = |span: &Span| {
        word_before(body, span).is_some_and(|w| names::is_place_preposition(&w.to_lowercase()))
    };
    // "GOLF - NORMAN LEADS BY TWO": in the headline of a sport no town's
    // club plays, a town named like a census surname is the player, save
    // where it is the venue ("AT AKRON", "IN PERTH").
    let player_named_like_a_town = |span: &Span| {
        let word = span.text(body);
        !word.contains(' ')
            && names::is_surname(&word.to_lowercase())
            && !matches!(word_before(body, span), Some("AT" | "IN" | "at" | "in"))
            && layout::in_a_sport_headline(body, span.start, span.end)
            && layout::labelled_by_an_individual_sport(body, span.start)
    };
    for (s, t) in out.iter_mut() {
        // ("BARCELONA 1996-12-15": a dateline says where the report was
        // filed, though Barcelona plays in it.)
        if *t == MentionType::LOC
            && (towns.contains(&s.start) || capitals.contains(&s.start))
            && clubs.contains(s.text(body))
            && !after_place_word(s)
            && !layout::in_a_dateline(body, s.start, s.end)
        {
            *t = MentionType::ORG;
        } else if *t == MentionType::LOC && towns.contains(&s.start) && player_named_like_a_town(s)
        {
            *t = MentionType::PER;
        }
    }
}

/// Where the article's people start and end, by byte.
struct People {
    starts: HashSet<usize>,
    ends: HashSet<usize>,
}

impl People {
    fn of(out: &[(Span, MentionType)]) -> People {
        let people = || out.iter().filter(|(_, t)| *t == MentionType::PER);
        People {
            starts: people().map(|(s, _)| s.start).collect(),
            ends: people().map(|(s, _)| s.end).collect(),
        }
    }
}

/// The word right before `span`.
fn word_before<'b>(body: &'b str, span: &Span) -> Option<&'b str> {
    body[..span.start].split_whitespace().next_back()
}

/// "Alan Shearer (Newcastle)": a town in parentheses after a player is his
/// club (a state there is his country: "Pete Sampras (U.S.)").
fn club_of_a_person(body: &str, people: &People, span: &Span) -> bool {
    let before = body[..span.start].trim_end_matches(' ');
    before
        .strip_suffix('(')
        .is_some_and(|b| people.ends.contains(&b.trim_end_matches(' ').len()))
        && body[span.end..].trim_start_matches(' ').starts_with(')')
        // (A town, not a region: "Colin Montgomerie (Scotland)".)
        && names::place_population(span.text(body)).is_some()
}

/// Whether the town at `span` is its club here: a score or a player's
/// position after it, a club's doings, sports copy around it, a side in a
/// scored match, a results row or a fixture line.
fn town_is_a_club_here(body: &str, people: &People, span: &Span) -> bool {
    let after = body[span.end..].trim_start_matches([',', ' ']);
    score_after(after)
        || position_after(after)
        || plays(body, people, span)
        || club_of_a_person(body, people, span)
        || named_in_sports_copy(body, span)
        || side_in_a_scored_match(body, span)
        || layout::in_a_results_row(body, span.start, span.end)
        || layout::in_a_fixture_line(body, span.start, span.end)
}

/// "overcame Jacksonville 31-24": a score opens what follows the town.
fn score_after(after: &str) -> bool {
    after
        .split_once(|c: char| !(c.is_ascii_digit() || c == '-'))
        .map_or(after, |(w, _)| w)
        .split_once('-')
        .is_some_and(|(a, b)| {
            !a.is_empty()
                && a.bytes().all(|c| c.is_ascii_digit())
                && !b.is_empty()
                && b.bytes().all(|c| c.is_ascii_digit())
        })
}

/// "Atlanta pitcher Greg Maddux": a player's position or role opens what
/// follows the town (`after` in `match-words.tsv`; `named` only with a
/// capitalized name after it, "Houston center Hakeem Olajuwon").
fn position_after(after: &str) -> bool {
    let mut words_after = after.split(' ');
    words_after.next().is_some_and(|w| {
        match_word(w, "after")
            || match_word(w, "named")
                && words_after
                    .next()
                    .is_some_and(|n| n.starts_with(char::is_uppercase))
    })
}

/// Whether the town at `span` does what a club does: it wins, loses, visits
/// or leads, has a player, is ranked or seeded, or was a result's other
/// side.
fn plays(body: &str, people: &People, span: &Span) -> bool {
    let after = body[span.end..].trim_start_matches([',', ' ']);
    // "Jacksonville beat Tennessee", "beat visiting Evansville": a town
    // that wins, loses or visits.
    let word_after = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let word_before = word_before(body, span).unwrap_or("");
    // "a 3-2 defeat by Piacenza", "their win over Lazio": a result's
    // noun, then the other side.
    // ("drew 1-1 with Southampton", "won 3-0 against Ajax": a score
    // stands for the result's noun.)
    let result_before = matches!(word_before, "by" | "over" | "against" | "to" | "with")
        && body[..span.start]
            .split_whitespace()
            .nth_back(1)
            .is_some_and(|w| match_word(w, "result") || layout::is_a_score(w));
    // "Seattle took a 2-1 lead", "Houston's Hakeem Olajuwon scored 31
    // points as the Rockets beat Denver 110-98": a town that wins, leads
    // or has a player, in a sentence that gives a score.
    // (One reading of the sentence for both.)
    let with_a_score = || {
        layout::sentence_has_a_word(body, span.start, span.end, |w| {
            layout::is_a_score(w) || match_word(w, "tally")
        })
    };
    // "Barcelona, who lost 2-1", "Dortmund, the champions, drew 1-1":
    // the verb after a relative pronoun or a short apposition.
    let verb_after_a_clause = || {
        let rest = after_comma(body, span.end)?;
        let rest = match rest.strip_prefix("who ") {
            Some(r) => r,
            None => {
                let (apposition, r) = rest.split_once(',')?;
                (apposition.len() <= 40 && apposition.starts_with("the ")).then_some(r)?
            }
        };
        rest.split_whitespace().next()
    };
    let possessive_of_a_player = || {
        after
            .strip_prefix("'s ")
            .is_some_and(|rest| people.starts.contains(&(body.len() - rest.len())))
    };
    // "Leeds have signed", "Middlesbrough were fined": a town opening a
    // sentence with a plural verb is a team (a town is one place, a club
    // its players).
    let plural_verb = opens_a_sentence(body, span)
        && matches!(word_after, "have" | "were" | "are")
        && body[span.end..].starts_with(' ')
        && is_a_town(body, span);
    plural_verb
        || match_word(word_after, "beside")
        || match_word(word_before, "beside")
        || result_before
        || {
            let before = word_before.to_lowercase();
            match_word(&before, "before")
                || before.ends_with("-ranked")
                || before.ends_with("-seeded")
        }
        || (match_word(word_after, "scored")
            || verb_after_a_clause().is_some_and(|w| match_word(w, "scored"))
            || possessive_of_a_player())
            && with_a_score()
}

/// "SOCCER - RONALDO SCORES AS BARCELONA GO TOP", "Ravanelli scored a
/// hat-trick for Middlesbrough": a town a sports headline names is its club,
/// save where it is the venue ("AT SYDNEY"; "IN" is read elsewhere), and so
/// is one in a sentence only sports copy writes.
fn named_in_sports_copy(body: &str, span: &Span) -> bool {
    let in_a_sport_headline = || {
        word_before(body, span) != Some("AT")
            && is_a_town(body, span)
            && layout::in_a_sport_headline(body, span.start, span.end)
            && !layout::labelled_by_an_individual_sport(body, span.start)
    };
    in_a_sport_headline()
        || layout::sentence_has_a_word(body, span.start, span.end, |w| match_word(w, "game"))
}

/// "scored both goals for Liverpool", "a 2-0 win at Southampton", "lost 1-0
/// at home to Monaco": a side after a preposition, in a sentence that gives
/// a score or a tally; "Barcelona were held to a 1-1 draw by Valencia": a
/// town opening a sentence that scores a match. (A town, not a state: "from
/// Hawaii to Mississippi". A score with a match's word, or a tally with
/// "scored": "finished 1-2" is no match.)
fn side_in_a_scored_match(body: &str, span: &Span) -> bool {
    let has =
        |test: &dyn Fn(&str) -> bool| layout::sentence_has_a_word(body, span.start, span.end, test);
    let matched = |w: &str| {
        ["beside", "scored", "result"]
            .iter()
            .any(|r| match_word(w, r))
    };
    let a_match_scored = || has(&layout::is_a_score) && has(&matched);
    let after_a_preposition = matches!(
        word_before(body, span)
            .unwrap_or("")
            .to_lowercase()
            .as_str(),
        "for" | "against" | "at" | "to" | "over" | "by"
    );
    after_a_preposition
        && is_a_town(body, span)
        && (a_match_scored() || has(&|w| w == "scored") && has(&|w| match_word(w, "tally")))
        || opens_a_sentence(body, span) && is_a_town(body, span) && a_match_scored()
}

fn is_a_town(body: &str, span: &Span) -> bool {
    names::place_population(span.text(body)).is_some()
}

fn opens_a_sentence(body: &str, span: &Span) -> bool {
    span.start == 0 || body[..span.start].trim_end().ends_with(['\n', '.'])
}
