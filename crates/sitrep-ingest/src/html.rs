//! HTML pages: decoded by their declared or detected charset, main content
//! found by readability-style scoring (the `dom_smoothie` crate), metadata
//! from the page (title, site name, byline, publication time, language).

use crate::scraped::{assemble, is_furniture, Given};
use crate::{dates, ItemError};
use dom_smoothie::{Config, Readability, TextMode};
use regex::bytes::Regex;
use std::sync::LazyLock;

/// The largest page dom_smoothie is asked to parse, in elements.
const MAX_ELEMENTS: usize = 40_000;

/// Captions describe pictures, never carry the story: gone before scoring.
static FIGCAPTION: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r"(?is)<figcaption\b.*?</figcaption>").unwrap());

static META_CHARSET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"#).unwrap()
});

/// Decode an HTML page: a BOM, then a `<meta charset>` in the first 4 KiB,
/// then UTF-8 if the bytes are valid UTF-8, then detection.
pub fn decode_html(bytes: &[u8]) -> Result<String, String> {
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

/// "By Jane Doe and John Roe" -> ["Jane Doe", "John Roe"]; never the outlet.
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
        .filter(|a| !a.is_empty() && a.len() < 60 && !a.contains("http"))
        .filter(|a| site.is_none_or(|s| !a.eq_ignore_ascii_case(s)))
        .map(str::to_string)
        .collect()
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
    let html = FIGCAPTION.replace_all(html, "");
    let mut readability = Readability::new(html.as_ref(), given.url.as_deref(), Some(cfg))
        .map_err(|e| ItemError::new(source, format!("cannot read the page: {e}")))?;
    let page = readability
        .parse()
        .map_err(|e| ItemError::new(source, format!("no article text found in the page: {e}")))?;
    let mut removed = Vec::new();
    let paragraphs: Vec<String> = page
        .text_content
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .filter(|l| {
            let furniture = is_furniture(l);
            if furniture {
                removed.push(l.to_string());
            }
            !furniture
        })
        .map(str::to_string)
        .collect();
    if paragraphs.is_empty() {
        return Err(ItemError::new(source, "no article text found in the page"));
    }
    let site = page.site_name.clone().filter(|s| !s.trim().is_empty());
    let title = given
        .title
        .clone()
        .or_else(|| Some(page.title.trim().to_string()).filter(|t| !t.is_empty()));
    let given = Given {
        title: title.map(|t| strip_site_suffix(&t, site.as_deref())),
        published: given
            .published
            .clone()
            .or_else(|| page.published_time.as_deref().and_then(dates::parse_date)),
        outlet: given.outlet.clone().or(site.clone()),
        authors: if given.authors.is_empty() {
            authors(page.byline.as_deref(), site.as_deref())
        } else {
            given.authors.clone()
        },
        ..given
    };
    assemble(source, paragraphs, given, removed)
}

/// "Talks resume in Geneva | Meridian Wire" -> "Talks resume in Geneva".
fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    for sep in [" | ", " - ", " — ", " – ", " :: "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let tail_is_site = site.is_some_and(|s| tail.trim().eq_ignore_ascii_case(s.trim()))
                || tail.split_whitespace().count() <= 3 && head.split_whitespace().count() >= 3;
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
    fn charset_from_meta_and_detection() {
        let latin = b"<html><head><meta charset=\"windows-1252\"></head><body><p>Iran\x92s minister</p></body></html>";
        assert!(decode_html(latin).unwrap().contains("Iran’s minister"));
        assert!(decode_html(b"\x00\x01\x02\x03").is_err());
    }
}
