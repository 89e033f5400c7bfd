//! The article: one body text, its metadata, and its annotation layers.

use crate::{Entity, Event, Mention, Quote, Span, TimeExpr};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// How much of a publication time is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Year,
    Month,
    Day,
    Minute,
    Second,
}

/// A publication time as precise as the source gave it.
///
/// `local` is an ISO 8601 civil date-time truncated to `precision`
/// (`2023-10-26T20:42` for minute precision); `offset` is the UTC offset in
/// seconds when the source stated a zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Published {
    pub date: jiff::civil::Date,
    pub time: Option<jiff::civil::Time>,
    pub precision: Precision,
    pub offset_seconds: Option<i32>,
}

impl Published {
    pub fn day(date: jiff::civil::Date) -> Self {
        Published {
            date,
            time: None,
            precision: Precision::Day,
            offset_seconds: None,
        }
    }

    /// ISO 8601, no finer than what is known.
    pub fn iso(&self) -> String {
        let d = self.date;
        let mut s = match self.precision {
            Precision::Year => format!("{:04}", d.year()),
            Precision::Month => format!("{:04}-{:02}", d.year(), d.month()),
            _ => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
        };
        if let Some(t) = self.time {
            match self.precision {
                Precision::Minute => s.push_str(&format!("T{:02}:{:02}", t.hour(), t.minute())),
                Precision::Second => s.push_str(&format!(
                    "T{:02}:{:02}:{:02}",
                    t.hour(),
                    t.minute(),
                    t.second()
                )),
                _ => {}
            }
            if let Some(off) = self.offset_seconds {
                if off == 0 {
                    s.push('Z');
                } else {
                    let sign = if off < 0 { '-' } else { '+' };
                    let a = off.abs();
                    s.push_str(&format!("{sign}{:02}:{:02}", a / 3600, (a % 3600) / 60));
                }
            }
        }
        s
    }
}

/// The annotation layers, each a list of spans into [`Article::body`],
/// filled in pipeline order: sentences and tokens, then mentions and times,
/// then events and quotes.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Layers {
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Span>,
    pub tokens: Vec<Span>,
    pub mentions: Vec<Mention>,
    /// In text order, and never overlapping: readers search them.
    pub times: Vec<TimeExpr>,
    pub events: Vec<Event>,
    pub quotes: Vec<Quote>,
}

/// One news article.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Article {
    /// Hash of the normalized body: the same text from two places is one article.
    pub id: String,
    /// Where it came from, as given: a path, a URL, or a JSON Lines record id.
    pub source: String,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub published: Option<Published>,
    pub authors: Vec<String>,
    /// The dateline place ("BEIRUT"), when the article opens with one.
    pub dateline: Option<String>,
    /// News agencies the article cites by name, in order of first mention.
    pub cited_agencies: Vec<String>,
    /// ISO 639-1 code.
    pub language: Option<String>,
    pub body: String,
    /// Lines of page furniture that extraction removed, for audit.
    pub removed: Vec<String>,
    pub layers: Layers,
}

impl Article {
    pub fn new(source: impl Into<String>, body: String) -> Self {
        Article {
            id: article_id(&body),
            source: source.into(),
            url: None,
            outlet: None,
            title: None,
            published: None,
            authors: Vec::new(),
            dateline: None,
            cited_agencies: Vec::new(),
            language: None,
            body,
            removed: Vec::new(),
            layers: Layers::default(),
        }
    }

    pub fn text(&self, span: Span) -> &str {
        span.text(&self.body)
    }

    /// The entity a mention resolved to, if any.
    pub fn entity_of(&self, mention: usize) -> Option<&Entity> {
        self.layers
            .mentions
            .get(mention)
            .and_then(|m| m.entity.as_ref())
    }
}

/// A stable id: the first 16 hex digits of SHA-256 over the body with
/// whitespace runs folded and case kept, so re-scrapes that only differ in
/// line breaks or indentation are the same article.
pub fn article_id(body: &str) -> String {
    let mut hasher = Sha256::new();
    let mut first = true;
    for word in body.split_whitespace() {
        if !first {
            hasher.update(b" ");
        }
        hasher.update(word.as_bytes());
        first = false;
    }
    let digest = hasher.finalize();
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_ignores_whitespace_layout_but_not_words() {
        assert_eq!(article_id("Iran said  no.\n"), article_id("Iran said no."));
        assert_ne!(article_id("Iran said no."), article_id("Iran said yes."));
        assert_eq!(article_id("x").len(), 16);
    }

    #[test]
    fn published_iso_keeps_precision() {
        let mut p = Published::day(jiff::civil::date(2023, 10, 26));
        assert_eq!(p.iso(), "2023-10-26");
        p.time = Some(jiff::civil::time(20, 42, 0, 0));
        p.precision = Precision::Minute;
        assert_eq!(p.iso(), "2023-10-26T20:42");
        p.offset_seconds = Some(3 * 3600 + 1800);
        assert_eq!(p.iso(), "2023-10-26T20:42+03:30");
    }
}
