//! Plain and scraped text: strip page furniture, read the metadata the text carries.
//!
//! A scraped page keeps its furniture ("0 Persons", "News ID 196349", "Tags",
//! a comment form, a captcha) around the article. Furniture is removed line
//! by line with the patterns in `data/lexicon/furniture.txt`, but only where
//! furniture lives: before the first paragraph of prose, after the last one,
//! or as a short line inside. A one-line paragraph of prose never matches an
//! anchored furniture pattern, so it survives.

use crate::{agencies, dates, ItemError};
use regex::{Regex, RegexBuilder};
use sitrep_core::{Article, Published, Span};
use std::sync::LazyLock;

const FURNITURE: &str = include_str!("../../../data/lexicon/furniture.txt");

/// The furniture patterns, each its own automaton. One `RegexSet` of them all
/// was measured 4x slower on the zyte-aeb pages' lines (its lazy DFA
/// thrashes on the bounded repetitions and falls back to the PikeVM), and
/// slower to compile.
static FURNITURE_PATTERNS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    FURNITURE
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|p| {
            RegexBuilder::new(p.trim())
                .case_insensitive(true)
                .build()
                .expect("furniture patterns compile")
        })
        .collect()
});

/// "Shafaq News/ Iran's ..." : an outlet's slug opening the text.
static SLUG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((?:[A-Z][\w&'.-]*)(?:\s+[A-Z][\w&'.-]*){0,4})\s?/\s+").unwrap()
});

/// "BEIRUT (Reuters) - " or "GAZA CITY, Oct 26 (AFP) — ": a dateline.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([A-Z][A-Z .'-]{2,40}?)(?:,\s*[^()\n]{1,30}?)?\s*(?:\(([A-Za-z][\w .-]{1,30})\))?\s*[-–—]{1,2}\s+").unwrap()
});

/// Metadata given from outside the text (JSON Lines fields, feed entries),
/// which wins over what the text itself suggests.
#[derive(Debug, Default, Clone)]
pub struct Given {
    pub id: Option<String>,
    pub authors: Vec<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<Published>,
}

pub fn is_furniture(line: &str) -> bool {
    let l = line.trim();
    // Every pattern's longest match is shorter (furniture.txt's header), and
    // prose lines are most of a body: not running the automaton over them
    // halves the cost of the furniture pass.
    let short = l.len() <= MAX_FURNITURE_CHARS || l.chars().count() <= MAX_FURNITURE_CHARS;
    !l.is_empty() && short && FURNITURE_PATTERNS.iter().any(|p| p.is_match(l))
}

/// No furniture line is longer, in characters; `furniture.txt` patterns keep to it.
const MAX_FURNITURE_CHARS: usize = 400;

fn words(line: &str) -> usize {
    line.split_whitespace().count()
}

/// A line of running prose: long, or a full sentence.
fn is_prose(line: &str) -> bool {
    let n = words(line);
    n >= 14 || (n >= 6 && line.trim_end().ends_with(['.', '"', '”', '’', '\'']))
}

fn looks_like_title(line: &str) -> bool {
    let n = words(line);
    (3..=25).contains(&n)
        && !line.trim_end().ends_with('.')
        && line
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '"' || c == '“')
}

/// A line that hands on to the next ("... issued this statement:"): text,
/// never a headline.
fn hands_on(line: &str) -> bool {
    line.trim_end().ends_with([':', ','])
}

/// A line that opens with a web address ("https://example.com/a", or as
/// some scrapers space it, "http: / / www. example. com / a") is taken whole
/// as the article's URL, with the spaces taken out.
fn url_line(line: &str) -> Option<String> {
    let compact: String = line.split_whitespace().collect();
    let lower = compact.to_ascii_lowercase();
    let starts = ["http://", "https://", "www."]
        .iter()
        .any(|p| lower.starts_with(p));
    (starts && line.split_whitespace().count() <= 60).then_some(compact)
}

pub fn article_from_text(source: &str, text: &str, mut given: Given) -> Result<Article, ItemError> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut lines: Vec<&str> = text.lines().map(str::trim).collect();
    // A web address opening the text is where it came from, not its text.
    let mut removed = Vec::new();
    if let Some(first) = lines.iter().position(|l| !l.is_empty()) {
        if let Some(url) = url_line(lines[first]) {
            if given.published.is_none() {
                given.published = dates::from_url(&url);
            }
            given.url.get_or_insert(url);
            removed.push(lines[first].to_string());
            lines[first] = "";
        }
    }
    // Date lines near the top ("Posted Dec 23, 2012", "UPDATED: 22:07 GMT,
    // 7 July 2012") are metadata: the first gives the date, none is text.
    let head: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].is_empty())
        .take(8)
        .collect();
    for i in head {
        if let Some(p) = dates::date_line(lines[i]) {
            given.published.get_or_insert(p);
            lines[i] = "";
        }
    }
    // A headline and nothing more (a video page, a news brief) is its own
    // text; so is one short sentence ("Russia attacked Ukraine on Monday.").
    let headline_only = !lines.iter().any(|l| is_prose(l));
    let short_sentence = |l: &str| words(l) >= 3 && l.trim_end().ends_with('.');
    let is_text = |l: &str| {
        is_prose(l)
            || headline_only && (looks_like_title(l) || short_sentence(l)) && !is_furniture(l)
    };
    let first_prose = lines.iter().position(|l| is_text(l));
    let last_prose = lines.iter().rposition(|l| is_text(l));
    let (Some(first_prose), Some(last_prose)) = (first_prose, last_prose) else {
        return Err(ItemError::new(
            source,
            "no article text: no line of running prose found",
        ));
    };

    let mut published = given.published.clone();
    let mut title = given.title.clone();

    // The head: furniture, a date line, a headline.
    for line in &lines[..first_prose] {
        if line.is_empty() {
            continue;
        }
        if is_furniture(line) {
            removed.push(line.to_string());
        } else if let Some(p) = dates::date_line(line) {
            published.get_or_insert(p);
        } else if title.is_none() && looks_like_title(line) && !hands_on(line) {
            title = Some(line.to_string());
        } else {
            // A short line that is none of these: keep it as body.
            removed.retain(|_| true);
        }
    }
    let head_kept: Vec<&str> = lines[..first_prose]
        .iter()
        .copied()
        .filter(|l| {
            !l.is_empty()
                && !is_furniture(l)
                && dates::date_line(l).is_none()
                && Some(l.to_string()) != title
                && (!looks_like_title(l) || hands_on(l))
        })
        .collect();

    let mut paragraphs: Vec<String> = head_kept.iter().map(|s| s.to_string()).collect();
    for line in &lines[first_prose..=last_prose] {
        if line.is_empty() {
            continue;
        }
        if !is_prose(line) && words(line) <= 6 && is_furniture(line) {
            removed.push(line.to_string());
        } else {
            paragraphs.push(line.to_string());
        }
    }
    for line in &lines[last_prose + 1..] {
        if line.is_empty() {
            continue;
        }
        if is_furniture(line) || words(line) <= 3 {
            removed.push(line.to_string());
        } else {
            paragraphs.push(line.to_string());
        }
    }

    let given = Given {
        title,
        published,
        ..given
    };
    assemble(source, paragraphs, given, removed)
}

/// The last step of every reader: an outlet slug or a dateline opening the
/// first paragraph, the body with its paragraph spans, cited agencies and
/// language. `given` holds the metadata already found.
pub fn assemble(
    source: &str,
    mut paragraphs: Vec<String>,
    given: Given,
    removed: Vec<String>,
) -> Result<Article, ItemError> {
    let (title, published) = (given.title.clone(), given.published.clone());
    // An outlet slug or a dateline opening the text.
    let mut outlet = given.outlet.clone();
    let mut dateline = None;
    let mut dateline_agency = None;
    if let Some(first) = paragraphs.first_mut() {
        if let Some(c) = SLUG.captures(first) {
            let end = c.get(0).unwrap().end();
            outlet.get_or_insert_with(|| c[1].trim().to_string());
            *first = first[end..].to_string();
        } else if let Some(c) = DATELINE.captures(first) {
            let place = c[1].trim();
            // An all-caps place name, not an all-caps first word of a sentence.
            if place.len() >= 3
                && place
                    .chars()
                    .filter(|ch| ch.is_alphabetic())
                    .all(char::is_uppercase)
            {
                dateline = Some(place.to_string());
                dateline_agency = c.get(2).map(|a| a.as_str().to_string());
                let end = c.get(0).unwrap().end();
                *first = first[end..].to_string();
            }
        }
    }

    let mut body = String::new();
    let mut spans = Vec::new();
    for p in paragraphs.iter().filter(|p| !p.trim().is_empty()) {
        if !body.is_empty() {
            body.push_str("\n\n");
        }
        let start = body.len();
        body.push_str(p.trim());
        spans.push(Span::new(start, body.len()));
    }
    if body.is_empty() {
        return Err(ItemError::new(
            source,
            "no article text left after removing page furniture",
        ));
    }

    let mut article = Article::new(given.id.clone().unwrap_or_else(|| source.to_string()), body);
    article.layers.paragraphs = spans;
    article.url = given.url;
    article.title = title;
    article.outlet = outlet;
    article.published = published;
    article.dateline = dateline;
    article.removed = removed;
    article.authors = given.authors;
    let mut cited = Vec::new();
    if let Some(a) = dateline_agency
        .as_deref()
        .and_then(agencies::canonical_agency)
    {
        cited.push(a);
    }
    for a in agencies::cited_agencies(&article.body) {
        if !cited.contains(&a) && Some(&a) != article.outlet.as_ref() {
            cited.push(a);
        }
    }
    article.cited_agencies = cited;
    article.language = detect_language(&article.body);
    Ok(article)
}

pub fn detect_language(text: &str) -> Option<String> {
    // The opening of an article tells its language as well as the whole.
    // 800 bytes, not 2,000: the detector's cost grows with the text (3% of
    // extraction time saved), and on zyte-aeb no page's language changed
    // but two the longer sample left undecided.
    let text = crate::opening(text, 800);
    let info = whatlang::detect(text)?;
    if !info.is_reliable() && text.len() > 200 {
        return None;
    }
    let code = info.lang().code();
    Some(
        LANGUAGE_CODES
            .iter()
            .find(|(three, _)| *three == code)
            .map_or(code, |(_, two)| *two)
            .to_string(),
    )
}

/// The detector's ISO 639-3 codes to the ISO 639-1 codes sitrep reports
/// (`data/lexicon/languages.tsv`).
static LANGUAGE_CODES: LazyLock<Vec<(&str, &str)>> = LazyLock::new(|| {
    include_str!("../../../data/lexicon/languages.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
        .collect()
});

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const PAGE: &str = "12 Comments\n3 March 2024 - 09:15\nMinisters meet over border dispute\n\n\
        The foreign ministers of Armenia and Azerbaijan met in Geneva on Sunday to discuss the border, officials said.\n\
        Talks resume.\n\
        Both sides said the meeting was constructive and agreed to meet again next month.\n\n\
        News ID 5521\nTags\nShare\n7 + 2 =";

    #[test]
    fn languages_are_reported_by_their_two_letter_code() {
        let korean = "서울 시내 중심가에서 열린 회담에서 양측은 국경 문제를 논의했고 다음 달에 다시 만나기로 합의했다고 관계자들이 밝혔다.";
        assert_eq!(detect_language(korean).as_deref(), Some("ko"));
        let indonesian = "Para menteri luar negeri kedua negara bertemu di Jakarta pada hari Minggu untuk membahas perbatasan, kata para pejabat.";
        assert_eq!(detect_language(indonesian).as_deref(), Some("id"));
        assert!(LANGUAGE_CODES
            .iter()
            .all(|(three, two)| three.len() == 3 && two.len() == 2));
    }

    #[test]
    fn furniture_goes_and_short_body_lines_stay() {
        let a = article_from_text("p.txt", PAGE, Given::default()).unwrap();
        assert_eq!(
            a.title.as_deref(),
            Some("Ministers meet over border dispute")
        );
        assert_eq!(a.published.as_ref().unwrap().iso(), "2024-03-03T09:15");
        assert!(a.body.starts_with("The foreign ministers"));
        assert!(
            a.body.contains("Talks resume."),
            "a one-line paragraph must survive"
        );
        assert!(a.body.ends_with("next month."));
        for f in ["12 Comments", "News ID 5521", "Tags", "Share", "7 + 2 ="] {
            assert!(a.removed.iter().any(|r| r == f), "{f} not removed");
            assert!(!a.body.contains(f));
        }
        assert_eq!(a.layers.paragraphs.len(), 3);
    }

    #[test]
    fn a_line_handing_on_to_a_quote_is_no_title() {
        let text = "Floods hit Accra.\n\nIn response to the floods, the mayor issued a statement:\n\n\
            \"Our thoughts are with every family that lost a home this week, and we will rebuild.\"";
        let a = article_from_text("p.txt", text, Given::default()).unwrap();
        assert_eq!(a.title, None);
        assert!(
            a.body.contains("the mayor issued a statement:"),
            "{}",
            a.body
        );
    }

    #[test]
    fn slug_gives_the_outlet_and_leaves_the_body() {
        let a = article_from_text(
            "s.txt",
            "Kabul Times/ The Taliban said on Monday that talks with Pakistan would continue next week in Doha.",
            Given::default(),
        )
        .unwrap();
        assert_eq!(a.outlet.as_deref(), Some("Kabul Times"));
        assert!(a.body.starts_with("The Taliban said"));
        assert_eq!(a.title, None);
        assert_eq!(a.language.as_deref(), Some("en"));
    }

    #[test]
    fn dateline_and_its_agency_are_read() {
        let a = article_from_text(
            "d.txt",
            "BEIRUT (Reuters) - Lebanon's army said on Tuesday it had deployed troops along the southern border.",
            Given::default(),
        )
        .unwrap();
        assert_eq!(a.dateline.as_deref(), Some("BEIRUT"));
        assert_eq!(a.cited_agencies, ["Reuters"]);
        assert!(a.body.starts_with("Lebanon's army"));
    }

    #[test]
    fn a_url_line_opening_the_text_is_its_address_and_date() {
        let text = "http: / / www. example. org / news / 2019 / 03 / 07 / floods\n\
            Floods cut the road to the northern towns\n\
            Heavy rain washed away two bridges on the road north of the capital on Thursday, officials said.";
        let a = article_from_text("f.txt", text, Given::default()).unwrap();
        assert_eq!(
            a.url.as_deref(),
            Some("http://www.example.org/news/2019/03/07/floods")
        );
        assert_eq!(
            a.published.map(|p| p.date.to_string()).as_deref(),
            Some("2019-03-07")
        );
        assert_eq!(
            a.title.as_deref(),
            Some("Floods cut the road to the northern towns")
        );
        assert!(a.body.starts_with("Heavy rain"), "{}", a.body);
    }

    #[test]
    fn a_headline_alone_is_a_text() {
        let a = article_from_text(
            "h.txt",
            "Swimmer and film star dies at 91\n",
            Given::default(),
        )
        .unwrap();
        assert!(a.body.contains("Swimmer and film star"), "{}", a.body);
        // One short sentence too: a line of text, not a line of furniture.
        let a = article_from_text("s.txt", "Russia attacked Ukraine.\n", Given::default()).unwrap();
        assert_eq!(a.body.trim(), "Russia attacked Ukraine.");
    }

    #[test]
    fn text_without_prose_is_an_error() {
        assert!(article_from_text("e.txt", "Tags\nShare\n", Given::default()).is_err());
    }

    proptest! {
        #[test]
        fn never_panics_and_body_is_trimmed(text in "[A-Za-z0-9 .,:/\\n+=-]{0,400}") {
            if let Ok(a) = article_from_text("x", &text, Given::default()) {
                prop_assert!(!a.body.is_empty());
                prop_assert_eq!(a.body.trim(), a.body.as_str());
                for s in &a.layers.paragraphs {
                    prop_assert!(!a.text(*s).is_empty());
                }
            }
        }
    }
}
