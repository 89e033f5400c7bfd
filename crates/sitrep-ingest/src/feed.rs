//! RSS 2.0 and Atom feeds: each item an article, with its own title, link,
//! date and author; the feed's title is the outlet.

use crate::scraped::{assemble, Given};
use crate::{Article, ItemError};
use sitrep_core::{Precision, Published};

/// Text of an item's HTML content: paragraphs from block tags, tags dropped,
/// the commonest entities decoded.
fn html_to_paragraphs(html: &str) -> Vec<String> {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    let mut tag = String::new();
    for c in html.chars() {
        match (in_tag, c) {
            (false, '<') => {
                in_tag = true;
                tag.clear();
            }
            (true, '>') => {
                in_tag = false;
                let name = tag
                    .trim_start_matches('/')
                    .split([' ', '/'])
                    .next()
                    .unwrap_or("")
                    .to_ascii_lowercase();
                if matches!(
                    name.as_str(),
                    "p" | "br" | "div" | "li" | "h1" | "h2" | "h3" | "h4" | "blockquote" | "tr"
                ) {
                    text.push('\n');
                }
            }
            (true, c) => tag.push(c),
            (false, c) => text.push(c),
        }
    }
    let text = text
        .replace("&nbsp;", " ")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// A feed timestamp (always UTC in feed-rs) at second precision.
fn published(d: chrono::DateTime<chrono::Utc>) -> Published {
    use chrono::{Datelike, Timelike};
    Published {
        date: jiff::civil::date(d.year() as i16, d.month() as i8, d.day() as i8),
        time: Some(jiff::civil::time(
            d.hour() as i8,
            d.minute() as i8,
            d.second() as i8,
            0,
        )),
        precision: Precision::Second,
        offset_seconds: Some(0),
    }
}

pub fn is_feed(head: &str) -> bool {
    let h: String = head
        .chars()
        .take(600)
        .collect::<String>()
        .to_ascii_lowercase();
    h.contains("<rss") || h.contains("<feed") && h.contains("xmlns") || h.contains("<rdf:rdf")
}

pub fn articles(source: &str, bytes: &[u8]) -> Vec<Result<Article, ItemError>> {
    let feed = match feed_rs::parser::parse(bytes) {
        Ok(f) => f,
        Err(e) => return vec![Err(ItemError::new(source, format!("broken feed: {e}")))],
    };
    let outlet = feed
        .title
        .as_ref()
        .map(|t| t.content.trim().to_string())
        .filter(|t| !t.is_empty());
    feed.entries
        .iter()
        .enumerate()
        .map(|(n, entry)| {
            let where_ = format!("{source}#{}", n + 1);
            let html = entry
                .content
                .as_ref()
                .and_then(|c| c.body.clone())
                .or_else(|| entry.summary.as_ref().map(|s| s.content.clone()))
                .unwrap_or_default();
            let paragraphs = html_to_paragraphs(&html);
            let when = entry.published.or(entry.updated).map(published);
            let given = Given {
                id: Some(
                    entry
                        .links
                        .first()
                        .map(|l| l.href.clone())
                        .unwrap_or_else(|| where_.clone()),
                ),
                url: entry.links.first().map(|l| l.href.clone()),
                title: entry
                    .title
                    .as_ref()
                    .map(|t| t.content.trim().to_string())
                    .filter(|t| !t.is_empty()),
                outlet: outlet.clone(),
                published: when,
                authors: entry
                    .authors
                    .iter()
                    .filter_map(|a| a.name.clone())
                    .filter(|a| !a.is_empty())
                    .collect(),
            };
            if paragraphs.is_empty() {
                return Err(ItemError::new(&where_, "feed item has no text"));
            }
            assemble(&where_, paragraphs, given, Vec::new())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSS: &str = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Caspian Ledger</title>
<item><title>Talks resume in Geneva</title><link>https://ledger.example/geneva</link>
<pubDate>Tue, 12 Mar 2024 18:05:00 GMT</pubDate>
<description>&lt;p&gt;Armenia and Azerbaijan agreed on Tuesday to restart the border commission, both ministries said.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://ledger.example/empty</link></item>
</channel></rss>"#;

    #[test]
    fn each_item_is_an_article_with_its_own_metadata() {
        let out = articles("feed.xml", RSS.as_bytes());
        assert_eq!(out.len(), 2);
        let a = out[0].as_ref().unwrap();
        assert_eq!(a.title.as_deref(), Some("Talks resume in Geneva"));
        assert_eq!(a.outlet.as_deref(), Some("Caspian Ledger"));
        assert_eq!(a.source, "https://ledger.example/geneva");
        assert_eq!(a.published.as_ref().unwrap().iso(), "2024-03-12T18:05:00Z");
        assert!(a.body.starts_with("Armenia and Azerbaijan agreed"));
        assert!(
            out[1].is_err(),
            "an item without text is an error of its own"
        );
    }

    #[test]
    fn broken_xml_is_one_clear_error() {
        let out = articles("bad.xml", b"<rss><channel><item><title>x</title>");
        assert_eq!(out.len(), 1);
        assert!(out[0].as_ref().unwrap_err().reason.contains("broken feed"));
    }
}
