//! The layouts of wire copy that are not prose, and where a name stands in
//! them: the sport that labels a shouted report's first line ("RUGBY UNION -
//! ..."), a side in a results table's row ("Feyenoord 2 Vitesse 0"), a
//! scorer with his minute ("(Klinsmann 12)"), a player in a cricket
//! scoreboard's row ("A. Flower c Ostwald b Vaas 12"), a sentence that
//! gives a match's score ("24-21"). Each test reads the
//! line around a name's bytes, no further back than a row or label is long,
//! so that a long text is not read back to its start for every name.
//!
//! The names pass ([`crate::names`]) and the actor layer ask these; they know
//! nothing of tokens or types.

use sitrep_core::data::word_set;
use std::collections::HashSet;
use std::sync::LazyLock;

/// Sports (`sports.txt`), which label a shouted report's first line.
static SPORTS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/sports.txt")));

/// Sports whose players no town's club holds (`individual-sports.txt`).
static INDIVIDUAL_SPORTS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/individual-sports.txt")));

/// Where the line holding byte `at` of `body` starts, when it starts at most
/// `max` bytes before: a label or a table's row is short, and a long text is
/// not read back to its start for every word that might be one.
fn start_of_a_short_line(body: &str, at: usize, max: usize) -> Option<usize> {
    let mut from = at.saturating_sub(max);
    while !body.is_char_boundary(from) {
        from -= 1;
    }
    match body[from..at].rfind('\n') {
        Some(k) => Some(from + k + 1),
        None => (from == 0).then_some(0),
    }
}

/// The line holding bytes `start..end` of `body`, as its bounds, when it is
/// at most `max` bytes long.
fn short_line(body: &str, start: usize, end: usize, max: usize) -> Option<(usize, usize)> {
    let line_start = start_of_a_short_line(body, start, max)?;
    let mut to = (line_start + max).min(body.len()).max(end);
    while !body.is_char_boundary(to) {
        to -= 1;
    }
    match body[end..to].find('\n') {
        Some(k) => Some((line_start, end + k)),
        None => (to == body.len()).then_some((line_start, to)),
    }
}

/// What ends a line: "\n", or U+2029 (the paragraph separator that `sitrep
/// actors --lines` and the evaluation scripts put for a report's own line
/// breaks).
pub(crate) const LINE_BREAKS: [char; 2] = ['\n', '\u{2029}'];

/// The byte range of the line holding byte `at`.
pub(crate) fn line_around(body: &str, at: usize) -> (usize, usize) {
    let start = body[..at]
        .char_indices()
        .rfind(|&(_, c)| LINE_BREAKS.contains(&c))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let end = body[at..].find(LINE_BREAKS).map_or(body.len(), |k| at + k);
    (start, end)
}

/// Whether a line ends between bytes `from` and `to` of `body`.
pub(crate) fn breaks_a_line(body: &str, from: usize, to: usize) -> bool {
    body[from..to].contains(LINE_BREAKS)
}

/// Whether byte `at` of `body` opens a line: only spaces or tabs before it
/// since the last line break, or since the text's start ("BONN
/// 1996-08-22", "Bowling : ...").
pub(crate) fn opens_a_line(body: &str, at: usize) -> bool {
    let before = body[..at].trim_end_matches([' ', '\t']);
    before.is_empty() || before.ends_with('\n')
}

/// The byte ranges of `body` that are web addresses: a chunk of text
/// without spaces that opens with "http" or "www", and a line that opens
/// with one (a source's address set above a scraped page, which some corpora
/// write with spaces: "http: / / www. example. com / news / ellen -
/// degeneres - host"). Their words say nothing of how the article writes
/// them.
pub(crate) fn web_addresses(body: &str) -> Vec<(usize, usize)> {
    let opens_an_address = |s: &str| s.starts_with("http") || s.starts_with("www");
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in body.split_inclusive(['\n', '\u{2029}']) {
        let end = line_start + line.len();
        if opens_an_address(line.trim_start()) {
            out.push((line_start, end));
        } else {
            // A chunk opens where a space ends: "Read www.example.com/a-b".
            let mut chunk_start = 0;
            for (k, c) in line.char_indices().chain([(line.len(), ' ')]) {
                if c.is_whitespace() {
                    if k > chunk_start && opens_an_address(&line[chunk_start..k]) {
                        out.push((line_start + chunk_start, line_start + k));
                    }
                    chunk_start = k + c.len_utf8();
                }
            }
        }
        line_start = end;
    }
    out
}

/// How far around a word the sport label that holds it reaches, at most
/// ("NFL AMERICAN FOOTBALL" and more): its line's start before it, its dash
/// after it.
const SPORT_LABEL_BYTES: usize = 48;

/// The longest line a table's row takes: a results row with its scorers, a
/// scoreboard's row.
const ROW_BYTES: usize = 160;

/// Where the dash that closes a label comes, as a byte of `body`, when it
/// comes within a label's length after byte `from`.
fn label_dash_after(body: &str, from: usize) -> Option<usize> {
    let mut to = (from + SPORT_LABEL_BYTES).min(body.len());
    while !body.is_char_boundary(to) {
        to -= 1;
    }
    body[from..to].find(" - ").map(|k| from + k)
}

/// Whether the bytes `start..end` of `body` are words of a sport that labels
/// their line: a shouted line opening "RUGBY UNION - ..." or "NHL ICE
/// HOCKEY - ...". The sport's words there name nothing; an acronym before
/// them still does ("NHL").
pub(crate) fn in_a_sport_label(body: &str, start: usize, end: usize) -> bool {
    // A label shouts, and is short: its line starts within a few words
    // before the word, its dash comes within a few after it.
    if body[start..end].chars().any(char::is_lowercase) {
        return false;
    }
    let Some(line_start) = start_of_a_short_line(body, start, SPORT_LABEL_BYTES) else {
        return false;
    };
    let Some(dash) = label_dash_after(body, end) else {
        return false;
    };
    let label = body[line_start..dash].trim_end();
    if label.contains('\n') || label.contains(" - ") || label.chars().any(char::is_lowercase) {
        return false;
    }
    let lower = label.to_lowercase();
    // The longest sport that closes the label, on a word boundary.
    let sport_start = lower
        .char_indices()
        .filter(|&(k, _)| k == 0 || lower.as_bytes()[k - 1] == b' ')
        .map(|(k, _)| k)
        .find(|&k| SPORTS.contains(&lower[k..]));
    sport_start.is_some_and(|k| start >= line_start + k)
}

/// Whether the text from byte `at` of `body` opens with a sport's label
/// ("TENNIS - SAMPRAS BEATS ..."): the line of a sports report's headline.
pub(crate) fn opens_with_a_sport_label(body: &str, at: usize) -> bool {
    let Some(dash) = label_dash_after(body, at) else {
        return false;
    };
    let label = body[at..dash].trim_end();
    let last_word = label.rfind(' ').map_or(0, |k| k + 1);
    !label.is_empty() && in_a_sport_label(body, at + last_word, at + label.len())
}

/// Whether the line holding byte `start` of `body` is labelled by a sport no
/// town's club plays ("GOLF - ...", "TENNIS - ..."); asked of a name already
/// known to stand in a sports headline ([`in_a_sport_headline`]).
pub(crate) fn labelled_by_an_individual_sport(body: &str, start: usize) -> bool {
    start_of_a_short_line(body, start, ROW_BYTES).is_some_and(|line_start| {
        label_dash_after(body, line_start).is_some_and(|dash| {
            let label = body[line_start..dash].trim_end().to_lowercase();
            INDIVIDUAL_SPORTS.iter().any(|sport| {
                label
                    .strip_suffix(sport)
                    .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
            })
        })
    })
}

/// Whether the shouted words at bytes `start..end` of `body` stand in a
/// sports report's headline ("SOCCER - RONALDO SCORES AS BARCELONA GO TOP").
pub(crate) fn in_a_sport_headline(body: &str, start: usize, end: usize) -> bool {
    !body[start..end].chars().any(char::is_lowercase)
        && start_of_a_short_line(body, start, ROW_BYTES)
            .is_some_and(|line_start| opens_with_a_sport_label(body, line_start))
}

/// Whether the name at bytes `start..end` of `body` is a side in a line
/// that is a results table's row: "Name N Name N" (a note in parentheses
/// may close it: "St Louis 3 Colorado 2 (10 innings)"), or a name and three
/// figures or more (standings: "Feyenoord 8 6 2 0 19 5 20", "NEW YORK 74 62
/// .544 -").
pub(crate) fn in_a_results_row<'a>(body: &'a str, start: usize, end: usize) -> bool {
    // (Most names have no figure after them: that is known without reading the line.)
    let rest = body[end..].trim_start_matches([' ', '\t']);
    if !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let Some((line_start, line_end)) = short_line(body, start, end, ROW_BYTES) else {
        return false;
    };
    // ("Division one: Bolton 2 Barnsley 2, Stoke 1 Hull 0": a label and
    // several rows on one line.)
    let (line_start, line_end) = row_in_line(body, line_start, line_end, start, end);
    // Scorers and notes in parentheses are not sides ("Feyenoord 2 (Larsson
    // 34, Cruz 71) Vitesse 1 (Machlas 55)"), and the row ends at its full
    // stop (". Halftime 1-0").
    let words_outside_parentheses = |s: &'a str| {
        let mut depth = 0usize;
        s.split_whitespace()
            .filter(move |w| {
                let inside = depth > 0 || w.starts_with('(');
                depth += w.matches('(').count();
                depth = depth.saturating_sub(w.matches(')').count());
                !inside
            })
            .take_while(|w| !matches!(*w, "." | ";"))
            .collect::<Vec<&str>>()
    };
    let count = |w: &str| w.len() <= 3 && w.bytes().all(|c| c.is_ascii_digit());
    // A standings figure: a count, a percentage (".544"), games behind ("-", "4-1/2").
    // (A count, "-" and "4-1/2" are short runs of digits, dashes and slashes.)
    let figure = |w: &str| {
        w.strip_prefix('.')
            .is_some_and(|d| !d.is_empty() && d.bytes().all(|c| c.is_ascii_digit()))
            || w.len() <= 6
                && w.bytes()
                    .all(|c| c.is_ascii_digit() || c == b'-' || c == b'/')
    };
    let is_name = |w: &str| w.starts_with(char::is_uppercase);
    let before = words_outside_parentheses(&body[line_start..start]);
    let after = words_outside_parentheses(&body[end..line_end]);
    let standings = before.is_empty() && after.len() >= 3 && after.iter().all(|w| figure(w));
    // The other side of "Name N Name N": a name of a word or more, its
    // count after it.
    let other_side = |words: &[&str]| match words.split_last() {
        Some((n, name)) if count(n) => {
            (1..=4).contains(&name.len()) && name.iter().all(|w| is_name(w))
        }
        _ => false,
    };
    let first_side =
        before.is_empty() && after.first().is_some_and(|w| count(w)) && other_side(&after[1..]);
    let second_side = after.len() == 1 && count(after[0]) && other_side(&before);
    standings || first_side || second_side
}

/// Whether the name at bytes `start..end` of `body` is one side, whole, of
/// a shouted line that names a fixture and nothing else: "NEW JERSEY AT
/// PHILADELPHIA", "LEEDS V CHELSEA".
pub(crate) fn in_a_fixture_line(body: &str, start: usize, end: usize) -> bool {
    let Some((line_start, line_end)) = short_line(body, start, end, ROW_BYTES) else {
        return false;
    };
    let line = body[line_start..line_end].trim();
    if line.chars().any(char::is_lowercase) {
        return false;
    }
    let name = &body[start..end];
    [" AT ", " VS ", " VS. ", " V "].iter().any(|joint| {
        line.split_once(joint).is_some_and(|(a, b)| {
            let (a, b) = (a.trim(), b.trim().trim_end_matches(['.', ' ']));
            // (Each side a name of a few words: "TENNIS - SELES WINS AT
            // TOKYO" is a headline.)
            let side = |s: &str| (1..=3).contains(&s.split_whitespace().count());
            (a == name || b == name) && side(a) && side(b)
        })
    })
}

/// The part of the line `line_start..line_end` that holds bytes
/// `start..end` when a label's colon, or a comma or semicolon outside
/// parentheses, parts the line into rows.
fn row_in_line(
    body: &str,
    line_start: usize,
    line_end: usize,
    start: usize,
    end: usize,
) -> (usize, usize) {
    let mut depth = 0usize;
    let (mut from, mut to) = (line_start, line_end);
    for (k, c) in body[line_start..line_end].char_indices() {
        let at = line_start + k;
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ',' | ';' | ':' if depth == 0 => {
                if at < start {
                    from = at + 1;
                } else if at >= end {
                    to = at;
                    break;
                }
            }
            _ => {}
        }
    }
    (from, to)
}

/// Whether the name at bytes `start..end` of `body` is a scorer: the minute
/// of his goal after him ("12", "55 pen"), inside a match's parentheses
/// ("Bayern 3 (Klinsmann 12, Basler 47)") or after a line's "Scorers:".
pub(crate) fn is_a_scorer(body: &str, start: usize, end: usize) -> bool {
    let mut after = body[end..].split_whitespace();
    let minute = after
        .next()
        .is_some_and(|w| (1..=3).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_digit()));
    let closes = after
        .next()
        .is_none_or(|w| matches!(w, "," | ")" | "." | ";" | "pen" | "og" | "),"));
    if !(minute && closes) {
        return false;
    }
    let Some(line_start) = start_of_a_short_line(body, start, ROW_BYTES) else {
        return false;
    };
    let before = &body[line_start..start];
    let in_parentheses = before
        .rfind('(')
        .is_some_and(|open| before.rfind(')').is_none_or(|close| close < open));
    in_parentheses || before.to_lowercase().contains("scorer")
}

/// Whether the name at bytes `start..end` of `body` is a player in a row of
/// a cricket scoreboard: a batsman's, with its dismissal and runs ("M.
/// Atherton c Moin Khan b Waqar Younis 31", "A. Flower not out 61"), or a
/// bowler's figures after the name ("Vaas 14-3-40-1").
pub(crate) fn in_a_scoreboard_row(body: &str, start: usize, end: usize) -> bool {
    let figures = |w: &str| {
        let parts: Vec<&str> = w.split('-').collect();
        parts.len() == 4
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit()))
    };
    if body[end..].split_whitespace().next().is_some_and(figures) {
        return true;
    }
    let Some((line_start, line_end)) = short_line(body, start, end, ROW_BYTES) else {
        return false;
    };
    let words: Vec<&str> = body[line_start..line_end].split_whitespace().collect();
    let runs = words
        .last()
        .is_some_and(|w| w.bytes().all(|c| c.is_ascii_digit()));
    let dismissed = words.iter().any(|w| matches!(*w, "c" | "b" | "lbw" | "st"))
        || words
            .windows(2)
            .any(|p| p[1] == "out" && matches!(p[0], "run" | "not"));
    runs && dismissed
}

/// The longest dateline: a town, its region or country and the date.
const DATELINE_BYTES: usize = 64;

/// Whether the name at bytes `start..end` of `body` is in a dateline: a line
/// of names and commas that ends with its date ("KRANJSKA GORA , Slovenia
/// 1996-12-21", "Val d'Isere 1996-12-12"). Wire copy opens each report so;
/// every name there is a place.
pub(crate) fn in_a_dateline(body: &str, start: usize, end: usize) -> bool {
    let Some((line_start, line_end)) = short_line(body, start, end, DATELINE_BYTES) else {
        return false;
    };
    let line = body[line_start..line_end].trim();
    let Some((names, date)) = line.rsplit_once(' ') else {
        return false;
    };
    let iso_date = date.len() == 10
        && date.bytes().enumerate().all(|(k, c)| match k {
            4 | 7 => c == b'-',
            _ => c.is_ascii_digit(),
        });
    iso_date
        && names.split_whitespace().all(|w| {
            w == ","
                || w.starts_with(|c: char| c.is_uppercase())
                || crate::names::behind_elided_particle(w)
        })
}

/// How far either side of a name its sentence is read for a score.
const SENTENCE_BYTES: usize = 300;

/// The words of the sentence holding bytes `start..end` of `body`, the
/// name's own left out: read no further than a sentence's end (". ") or a
/// line or paragraph break, nor more than [`SENTENCE_BYTES`] either side.
fn sentence_words(body: &str, start: usize, end: usize) -> impl Iterator<Item = &str> {
    let mut from = start.saturating_sub(SENTENCE_BYTES);
    while !body.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (end + SENTENCE_BYTES).min(body.len());
    while !body.is_char_boundary(to) {
        to += 1;
    }
    let breaks = LINE_BREAKS;
    let before = &body[from..start];
    let before = before.rsplit_once(breaks).map_or(before, |(_, b)| b);
    let before = before.rsplit_once(". ").map_or(before, |(_, b)| b);
    let after = &body[end..to];
    let after = after.split_once(breaks).map_or(after, |(a, _)| a);
    let after = after.split_once(". ").map_or(after, |(a, _)| a);
    [before, after].into_iter().flat_map(|part| {
        part.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')'))
            .filter(|w| !w.is_empty())
    })
}

/// Whether the sentence holding bytes `start..end` of `body` has a word, its
/// closing full stop cut, for which `test` holds.
pub(crate) fn sentence_has_a_word(
    body: &str,
    start: usize,
    end: usize,
    test: impl Fn(&str) -> bool,
) -> bool {
    sentence_words(body, start, end).any(|w| test(w.trim_end_matches('.')))
}

/// Whether a word is a match's score: two numbers of one to three digits
/// joined by a hyphen ("24-21", "3-0."; not "1996-08-22", "4-6-2", "2-1-0").
pub(crate) fn is_a_score(word: &str) -> bool {
    let number = |n: &str| (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit());
    word.trim_end_matches('.')
        .split_once('-')
        .is_some_and(|(a, b)| number(a) && number(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_addresses_are_their_line_or_their_chunk() {
        let text =
            "http: / / www. example. com / news / ellen - host\nRead www.example.com/a-b today.";
        let line = text.find('\n').unwrap() + 1;
        let (a, b) = at(text, "www.example.com/a-b");
        assert_eq!(web_addresses(text), vec![(0, line), (a, b)]);
        assert!(web_addresses("A line of prose, with no address.").is_empty());
    }

    /// The bytes of the first `name` in `text`.
    fn at(text: &str, name: &str) -> (usize, usize) {
        let start = text.find(name).expect("name in text");
        (start, start + name.len())
    }

    #[test]
    fn a_dateline_is_names_and_commas_before_its_date() {
        for text in [
            "KRANJSKA GORA , Slovenia 1996-12-21",
            "Val d'Isere , France 1996-12-12\nThe race was run.",
            "Kfar Kila 1996-12-10",
        ] {
            let name = text.split([' ', ',']).next().unwrap();
            let (s, e) = at(text, name);
            assert!(in_a_dateline(text, s, e), "{text}");
        }
        for text in [
            "Kila won the race on 1996-12-10",
            "Kila 1996-12-10 and more",
            "Kila 96-12-10",
        ] {
            let (s, e) = at(text, "Kila");
            assert!(!in_a_dateline(text, s, e), "{text}");
        }
    }

    #[test]
    fn a_sport_labels_its_shouted_line_but_not_the_acronym_before_it() {
        let text = "NHL ICE HOCKEY - STANDINGS AFTER FRIDAY 'S GAMES .";
        let (s, e) = at(text, "ICE");
        assert!(in_a_sport_label(text, s, e));
        let (s, e) = at(text, "NHL");
        assert!(!in_a_sport_label(text, s, e));
        assert!(opens_with_a_sport_label(text, 0));
        let text = "Rugby Union - a report in lower case";
        let (s, e) = at(text, "Rugby");
        assert!(!in_a_sport_label(text, s, e));
        assert!(!opens_with_a_sport_label(text, 0));
        assert!(!opens_with_a_sport_label(
            "PERU - REBELS FREE HOSTAGES .",
            0
        ));
        let text = "NEW JERSEY AT PHILADELPHIA\nThey met at Philadelphia";
        let (s, e) = at(text, "PHILADELPHIA");
        assert!(in_a_fixture_line(text, s, e));
        let (s, e) = at(text, "NEW JERSEY");
        assert!(in_a_fixture_line(text, s, e));
        let (s, e) = at(text, "Philadelphia");
        assert!(!in_a_fixture_line(text, s, e));
        let text = "SOCCER - RONALDO SCORES AS BARCELONA GO TOP .\nBarcelona won";
        let (s, e) = at(text, "BARCELONA");
        assert!(in_a_sport_headline(text, s, e));
        let (s, e) = at(text, "Barcelona");
        assert!(!in_a_sport_headline(text, s, e));
    }

    #[test]
    fn rows_scorers_and_scoreboards_are_read_from_their_line() {
        let text = "Results\nKestrelton 2 ( Ostrander 34 ) Brackwell 1 . Halftime 1-0";
        let (s, e) = at(text, "Brackwell");
        assert!(in_a_results_row(text, s, e));
        let rows = "Division one : Kestrelton 2 Brackwell 2 , Ostby 1 Varn 0";
        for side in ["Kestrelton", "Brackwell", "Ostby", "Varn"] {
            let (s, e) = at(rows, side);
            assert!(in_a_results_row(rows, s, e), "{side}");
        }
        let (s, e) = at(text, "Ostrander");
        assert!(is_a_scorer(text, s, e));
        let (s, e) = at(text, "Kestrelton");
        assert!(!is_a_scorer(text, s, e));
        let text = "A. Flower c Ostwald b Vaas 12\nBowling : Vaas 14-3-40-1";
        let (s, e) = at(text, "Ostwald");
        assert!(in_a_scoreboard_row(text, s, e));
        let text = "He met Ostwald in 1996 and they talked for 12";
        let (s, e) = at(text, "Ostwald");
        assert!(!in_a_scoreboard_row(text, s, e));
    }

    proptest::proptest! {
        /// Any text of a table's pieces (words, counts, dashes, parentheses,
        /// colons, line breaks, a letter of two bytes) and any span of it on
        /// char boundaries: every test answers and none panics.
        #[test]
        fn every_test_answers_for_any_span(
            text in "([A-Za-z]{1,8}|[0-9]{1,3}|[0-9]-[0-9]|-| - |\\(|\\)|:|;|,|\\.| |\n|é| AT |SOCCER| 1996-12-0[1-9]|d'){0,60}",
            a in 0usize..400,
            b in 0usize..400,
        ) {
            let bounds: Vec<usize> = (0..=text.len()).filter(|&k| text.is_char_boundary(k)).collect();
            let start = bounds[a % bounds.len()];
            let end = bounds[b % bounds.len()].max(start);
            let _ = in_a_sport_label(&text, start, end);
            let _ = in_a_results_row(&text, start, end);
            let _ = is_a_scorer(&text, start, end);
            let _ = in_a_scoreboard_row(&text, start, end);
            let _ = opens_a_line(&text, start);
            let _ = sentence_has_a_word(&text, start, end, is_a_score);
            let _ = opens_with_a_sport_label(&text, start);
            let _ = in_a_sport_headline(&text, start, end);
            let _ = in_a_fixture_line(&text, start, end);
            let _ = in_a_dateline(&text, start, end);
        }
    }

    #[test]
    fn a_score_counts_in_its_own_sentence_only() {
        let text = "Brackwell rallied to win 24-21 . Kestrelton took a lead.";
        let (s, e) = at(text, "Brackwell");
        assert!(sentence_has_a_word(text, s, e, is_a_score));
        let (s, e) = at(text, "Kestrelton");
        assert!(!sentence_has_a_word(text, s, e, is_a_score));
        let text = "Ostrander won on 1996-08-22 with a 4-6-2 formation\nand a 3-0 lead";
        let (s, e) = at(text, "Ostrander");
        assert!(!sentence_has_a_word(text, s, e, is_a_score));
    }

    #[test]
    fn a_long_line_is_not_read_back_to_its_start() {
        let text = format!("{}Vaas 12 )", "word ".repeat(100));
        let (s, e) = at(&text, "Vaas");
        assert_eq!(start_of_a_short_line(&text, s, 48), None);
        assert!(!is_a_scorer(&text, s, e));
    }
}
