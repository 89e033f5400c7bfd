//! HTML pages: decoded by their declared or detected charset, main content
//! found by readability-style scoring (the `dom_smoothie` crate), metadata
//! from the page (title, site name, byline, publication time, language).

use crate::inert::{start_tag_name, strip_inert, tag_end};
use crate::prune::{attribute, prune_boilerplate};
use crate::scraped::{assemble, is_furniture, Given};
use crate::{agencies, dates, ItemError};
use dom_smoothie::{Config, Readability, TextMode};
use regex::bytes::Regex;
use std::sync::LazyLock;

/// The largest page dom_smoothie is asked to parse, in elements.
const MAX_ELEMENTS: usize = 40_000;

static META_CHARSET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"#).unwrap()
});

/// The `charset` parameter of a `Content-Type` value ("text/html; charset=ISO-8859-1").
pub fn charset_param(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|p| {
        let (name, value) = p.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches(['"', '\'']))
            .filter(|v| !v.is_empty())
    })
}

/// Decode an HTML page with no charset from its transport.
pub fn decode_html(bytes: &[u8]) -> Result<String, String> {
    decode_html_as(bytes, None)
}

/// Decode an HTML page as the HTML standard orders the evidence: a BOM, then
/// the charset its transport declared (`declared`, from an HTTP header),
/// then a `<meta charset>` in the first 4 KiB, then UTF-8 if the bytes are
/// valid UTF-8, then detection.
pub fn decode_html_as(bytes: &[u8], declared: Option<&str>) -> Result<String, String> {
    if bytes.is_empty() {
        return Err("empty input".into());
    }
    if bytes[..bytes.len().min(4096)].contains(&0)
        && !bytes.starts_with(&[0xFF, 0xFE])
        && !bytes.starts_with(&[0xFE, 0xFF])
    {
        return Err("binary data, not HTML".into());
    }
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        return Ok(enc
            .decode_without_bom_handling(&bytes[bom_len..])
            .0
            .into_owned());
    }
    if let Some(enc) = declared.and_then(|d| encoding_rs::Encoding::for_label(d.as_bytes())) {
        return Ok(enc.decode_without_bom_handling(bytes).0.into_owned());
    }
    let head = &bytes[..bytes.len().min(4096)];
    if let Some(label) = META_CHARSET.captures(head).and_then(|c| c.get(1)) {
        if let Some(enc) = encoding_rs::Encoding::for_label(label.as_bytes()) {
            return Ok(enc.decode_without_bom_handling(bytes).0.into_owned());
        }
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok(s.to_string());
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let enc = detector.guess(None, chardetng::Utf8Detection::Allow);
    Ok(enc.decode_without_bom_handling(bytes).0.into_owned())
}

/// Words that make a byline part a role, a form label or an organization, not a person.
const NOT_A_PERSON: [&str; 16] = [
    "news",
    "press",
    "writer",
    "editor",
    "staff",
    "correspondent",
    "reporter",
    "contributor",
    "agency",
    "international",
    "ministries",
    "ministry",
    "(",
    "wajib",
    "required",
    "admin",
];

/// "By Jane Doe and John Roe" -> ["Jane Doe", "John Roe"]: people only, never
/// the outlet, an agency, a role ("AP Auto Writer") or a date.
fn authors(byline: Option<&str>, site: Option<&str>) -> Vec<String> {
    let Some(b) = byline else { return Vec::new() };
    let b = b.trim();
    let b = b
        .strip_prefix("By ")
        .or_else(|| b.strip_prefix("by "))
        .unwrap_or(b);
    b.split([',', '|'])
        .flat_map(|part| part.split(" and "))
        .map(str::trim)
        .filter(|a| {
            let lower = a.to_lowercase();
            let words = a.split_whitespace().count();
            (1..=4).contains(&words)
                && a.chars().next().is_some_and(char::is_alphabetic)
                && !a.starts_with("The ")
                && !a.chars().any(|c| c.is_ascii_digit())
                && !a.contains("http")
                && !NOT_A_PERSON
                    .iter()
                    .any(|w| lower.split_whitespace().any(|x| x.contains(w)))
                && agencies::canonical_agency(a).is_none()
                && site.is_none_or(|s| {
                    !s.to_lowercase().contains(&lower) && !lower.contains(&s.to_lowercase())
                })
        })
        .map(str::to_string)
        .collect()
}

/// Publication-time meta tags, in order of trust.
static PUBLISHED_META: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r#"(?i)(?:property|name|itemprop)\s*=\s*["'](?:[^"'>]*\s)?(?:article:published_time|og:published_time|datePublished|pubdate|publish[-_]date|parsely-pub-date|sailthru\.date|dc\.date\.issued|dcterms\.created|date)(?:\s[^"'>]*)?["'][^>]*?content\s*=\s*["']([^"']{8,40})["']|"datePublished"\s*:\s*"([^"]{8,40})"|<time[^>]+datetime\s*=\s*["']([^"']{8,40})["']"#,
    )
    .unwrap()
});

/// A date in the page's URL: /2019/11/19/ or /2019-11-19/.
/// When the readability metadata has no date: meta tags, JSON-LD, the first
/// `<time datetime>`, then a date in the URL (day precision).
fn published_fallback(html: &str, url: Option<&str>) -> Option<sitrep_core::Published> {
    for c in PUBLISHED_META.captures_iter(crate::opening(html, 200_000)) {
        let Some(v) = c.get(1).or(c.get(2)).or(c.get(3)).map(|m| m.as_str()) else {
            continue;
        };
        let compact = v.len() == 8 && v.chars().all(|ch| ch.is_ascii_digit());
        let v = if compact {
            format!("{}-{}-{}", &v[..4], &v[4..6], &v[6..])
        } else {
            v.replace('/', "-")
        };
        if let Some(p) =
            dates::parse_date(&v).or_else(|| dates::parse_date_prefix(&v).map(|(p, _)| p))
        {
            return Some(p);
        }
    }
    dates::from_url(url?)
}

pub fn article_from_html(
    source: &str,
    html: &str,
    given: Given,
) -> Result<crate::Article, ItemError> {
    let cfg = Config {
        text_mode: TextMode::Formatted,
        max_elements_to_parse: MAX_ELEMENTS,
        ..Default::default()
    };
    let raw_html = html;
    let html = prune_boilerplate(&strip_inert(html));
    let mut readability = Readability::new(html.as_str(), given.url.as_deref(), Some(cfg))
        .map_err(|e| ItemError::new(source, format!("cannot read the page: {e}")))?;
    let page = readability
        .parse()
        .map_err(|e| ItemError::new(source, format!("no article text found in the page: {e}")))?;
    let (paragraphs, removed) = body_lines(&page.text_content, &page.title, page.byline.as_deref());
    if paragraphs.is_empty() {
        return Err(ItemError::new(source, "no article text found in the page"));
    }
    let site = page.site_name.clone().filter(|s| !s.trim().is_empty());
    let title = given
        .title
        .clone()
        .or_else(|| Some(page.title.trim().to_string()).filter(|t| !t.is_empty()));
    let url = given.url.clone().or_else(|| canonical_url(raw_html));
    let given = Given {
        title: title.map(|t| strip_site_suffix(&t, site.as_deref())),
        published: given
            .published
            .clone()
            .or_else(|| page.published_time.as_deref().and_then(dates::parse_date))
            .or_else(|| published_fallback(raw_html, url.as_deref())),
        outlet: given.outlet.clone().or(site.clone()),
        authors: if given.authors.is_empty() {
            authors(page.byline.as_deref(), site.as_deref())
        } else {
            given.authors.clone()
        },
        url,
        ..given
    };
    assemble(source, paragraphs, given, removed)
}

/// The page's own address: `<link rel="canonical">`, else `og:url`, when
/// absolute. Looked for in the head (the first 100 KB).
fn canonical_url(html: &str) -> Option<String> {
    let head = crate::opening(html, 100_000);
    let absolute = |u: &str| {
        let u = u.trim();
        (u.starts_with("http://") || u.starts_with("https://")).then(|| u.to_string())
    };
    // The attribute text of each start tag named `name`, read as the
    // pre-parse scan reads tags.
    let tags = |name: &'static str| {
        head.match_indices('<').filter_map(move |(at, _)| {
            let tag = start_tag_name(&head.as_bytes()[at + 1..])?;
            let attrs_at = at + 1 + tag.len();
            tag.eq_ignore_ascii_case(name.as_bytes())
                .then(|| &head[attrs_at..tag_end(head.as_bytes(), attrs_at)])
        })
    };
    let canonical = tags("link").find_map(|attrs| {
        let rel = attribute(attrs, "rel")?;
        rel.split_whitespace()
            .any(|r| r.eq_ignore_ascii_case("canonical"))
            .then(|| attribute(attrs, "href"))
            .flatten()
            .and_then(absolute)
    });
    canonical.or_else(|| {
        tags("meta").find_map(|attrs| {
            let name = attribute(attrs, "property").or_else(|| attribute(attrs, "name"))?;
            name.eq_ignore_ascii_case("og:url")
                .then(|| attribute(attrs, "content"))
                .flatten()
                .and_then(absolute)
        })
    })
}

/// The lines of the extracted text that are the article's body, and those
/// taken out as furniture: furniture patterns, date and byline lines, and the
/// headline repeated at the top. (Short lines a page repeats are not
/// furniture: tables, menus and product lists repeat theirs.)
fn body_lines(text: &str, title: &str, byline: Option<&str>) -> (Vec<String>, Vec<String>) {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    // Letters and digits, lower-cased: "By JANE ROE |" is the byline "Jane Roe".
    let norm = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let (title, byline) = (norm(title), byline.map(norm).unwrap_or_default());
    // A line many times longer than the headline or byline cannot be it once
    // its spaces and punctuation are gone: not normalized at all.
    let same = |line: &str, norm_of: &String| {
        !norm_of.is_empty() && line.len() <= 4 * norm_of.len() && norm(line) == *norm_of
    };
    let mut kept = Vec::new();
    let mut removed = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let furniture = is_furniture(line)
            || dates::date_line(line).is_some()
            || (i < HEADLINE_LINES && same(line, &title))
            || same(line, &byline);
        if furniture {
            removed.push(line.to_string());
        } else {
            kept.push(line.to_string());
        }
    }
    (kept, removed)
}

/// The headline repeated in the text is looked for among its first lines.
const HEADLINE_LINES: usize = 3;

/// "Talks resume in Geneva | Meridian Wire" -> "Talks resume in Geneva".
fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    for sep in [" | ", " - ", " — ", " – ", " :: "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            // A bar is almost never part of a headline; a dash often is.
            let (max_tail, min_head) = if sep == " | " { (4, 2) } else { (3, 3) };
            let (tail_words, head_words) = (
                tail.split_whitespace().count(),
                head.split_whitespace().count(),
            );
            let tail_is_site = site.is_some_and(|s| tail.trim().eq_ignore_ascii_case(s.trim()))
                || tail_words <= max_tail && head_words >= min_head;
            if tail_is_site {
                return head.trim().to_string();
            }
        }
    }
    title.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Oman hosts new round of talks | Gulf Courier</title>
<meta property="og:site_name" content="Gulf Courier">
<meta property="article:published_time" content="2024-05-06T09:30:00+04:00">
<meta name="author" content="By Layla Haddad">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Oman hosts new round of talks</h1>
<p>MUSCAT (Reuters) - Oman hosted a new round of indirect talks between Iranian and American delegations on Sunday, the Omani foreign ministry said in a statement.</p>
<p>The ministry said both sides had agreed to meet again next month, without giving a date or a place for the meeting.</p>
<p>Neither delegation commented after the talks, which lasted about four hours and were held at a government guesthouse.</p>
</article>
<aside><h3>Related</h3><ul><li><a href="/a">Markets fall</a></li><li><a href="/b">Weather</a></li></ul></aside>
<footer>Copyright 2024 Gulf Courier. All rights reserved.</footer>
</body></html>"#;

    #[test]
    fn main_text_and_metadata_from_a_page() {
        let a = article_from_html("p.html", PAGE, Given::default()).unwrap();
        assert_eq!(a.title.as_deref(), Some("Oman hosts new round of talks"));
        assert_eq!(a.outlet.as_deref(), Some("Gulf Courier"));
        assert_eq!(
            a.published.as_ref().unwrap().iso(),
            "2024-05-06T09:30:00+04:00"
        );
        assert_eq!(a.authors, ["Layla Haddad"]);
        assert_eq!(a.dateline.as_deref(), Some("MUSCAT"));
        assert_eq!(a.cited_agencies, ["Reuters"]);
        assert!(a.body.contains("Neither delegation commented"));
        for junk in ["Markets fall", "Copyright", "Sport"] {
            assert!(!a.body.contains(junk), "{junk} in body: {}", a.body);
        }
    }

    #[test]
    fn bylines_keep_people_only() {
        assert_eq!(
            authors(Some("By TOM KRISHER, AP Auto Writer"), None),
            ["TOM KRISHER"]
        );
        assert!(authors(Some("Reuters"), None).is_empty());
        assert!(authors(Some("Associated Press November 19, 2019, 9:02 AM"), None).is_empty());
        assert!(authors(Some("Nama (wajib)"), None).is_empty());
        assert_eq!(
            authors(Some("Victor Tangermann, Futurism"), Some("Futurism")),
            ["Victor Tangermann"]
        );
        assert_eq!(
            authors(Some("Sarah E. Needleman"), None),
            ["Sarah E. Needleman"]
        );
        assert!(authors(Some("The Russian and Syrian defense ministries"), None).is_empty());
    }

    #[test]
    fn dates_from_meta_time_and_url() {
        let p = published_fallback(r#"<meta name="pubdate" content="20191119">"#, None).unwrap();
        assert_eq!(p.iso(), "2019-11-19");
        let p =
            published_fallback(r#"<time datetime="2019-11-19 02:24:00">x</time>"#, None).unwrap();
        assert_eq!(p.iso(), "2019-11-19T02:24:00");
        let p = published_fallback("<p>no date</p>", Some("https://x.example/2019/11/18/story"))
            .unwrap();
        assert_eq!(p.iso(), "2019-11-18");
    }

    #[test]
    fn a_published_date_among_other_itemprops() {
        let page =
            r#"<meta itemprop="datePublished dateCreated" content="2019-11-19T11:00:09.000Z">"#;
        let p = published_fallback(page, None).unwrap();
        assert_eq!(p.iso(), "2019-11-19T11:00:09Z");
    }

    #[test]
    fn the_canonical_address_is_the_page_s_url() {
        let page = r#"<html><head><meta property="og:url" content="https://m.example/a"><link href="https://www.example/2024/05/01/truce" rel="canonical"></head><body></body></html>"#;
        assert_eq!(
            canonical_url(page).as_deref(),
            Some("https://www.example/2024/05/01/truce")
        );
        let og = r#"<meta content="https://m.example/a" property="og:url"><link rel="canonical" href="/a">"#;
        assert_eq!(canonical_url(og).as_deref(), Some("https://m.example/a"));
        assert_eq!(canonical_url("<p>no head</p>"), None);
        // Text after a '<' is not sliced inside a character.
        assert_eq!(canonical_url("<h1>엔터 미디어</h1><엔터"), None);
    }

    #[test]
    fn charset_from_the_transport_before_meta() {
        assert_eq!(
            charset_param("text/html; charset=\"ISO-8859-1\""),
            Some("ISO-8859-1")
        );
        assert_eq!(charset_param("text/html"), None);
        // The header wins over a <meta> that disagrees.
        let koi8 = b"<meta charset=\"utf-8\"><p>\xf0\xd2\xc9\xd7\xc5\xd4</p>";
        assert!(decode_html_as(koi8, Some("koi8-r"))
            .unwrap()
            .contains("Привет"));
    }

    #[test]
    fn charset_from_meta_and_detection() {
        let latin = b"<html><head><meta charset=\"windows-1252\"></head><body><p>Iran\x92s minister</p></body></html>";
        assert!(decode_html(latin).unwrap().contains("Iran’s minister"));
        assert!(decode_html(b"\x00\x01\x02\x03").is_err());
    }
}
