//! Ingest: from files, folders and stdin to [`Article`]s with clean bodies and metadata.
//!
//! Two steps, kept apart so each can be tested alone:
//! 1. [`input`] turns paths into [`Item`]s: a source name and its bytes,
//!    gunzipped, size-capped, each failure an [`ItemError`] for that item only.
//! 2. [`extract`] turns an item into articles: one for a text file, one per
//!    line for JSON Lines. It decodes the bytes, removes page furniture, and
//!    reads title, publication time, outlet, dateline, cited agencies and
//!    language. The body it returns is final: later stages only annotate it.

pub mod agencies;
pub mod dates;
pub mod decode;
pub mod feed;
pub mod fetch;
pub mod html;
pub mod inert;
pub mod input;
pub mod jsonl;
pub mod prune;
pub mod scraped;
pub mod warc;

pub use input::{read_paths, Item, ReadOptions};

pub use sitrep_core::Article;
use std::fmt;

/// Why one item could not be read; the run goes on without it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemError {
    pub source: String,
    pub reason: String,
}

impl ItemError {
    pub fn new(source: impl Into<String>, reason: impl Into<String>) -> Self {
        ItemError {
            source: source.into(),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for ItemError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.source, self.reason)
    }
}

impl std::error::Error for ItemError {}

/// The format of an item, from its name and, failing that, its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    JsonLines,
    Html,
    Feed,
    Warc,
}

pub fn sniff_format(source: &str, text: &str) -> Format {
    let lower = source.to_ascii_lowercase();
    let name = lower.trim_end_matches(".gz");
    if name.ends_with(".warc") || text.starts_with("WARC/1.") {
        return Format::Warc;
    }
    if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
        return Format::JsonLines;
    }
    if name.ends_with(".html") || name.ends_with(".htm") {
        return Format::Html;
    }
    if name.ends_with(".rss") || name.ends_with(".atom") || feed::is_feed(text) {
        return Format::Feed;
    }
    let head = text.trim_start();
    if head.starts_with('{')
        && head
            .lines()
            .next()
            .is_some_and(|l| l.trim_end().ends_with('}'))
    {
        return Format::JsonLines;
    }
    let head_lower: String = head
        .chars()
        .take(200)
        .collect::<String>()
        .to_ascii_lowercase();
    if head_lower.starts_with("<!doctype html") || head_lower.starts_with("<html") {
        return Format::Html;
    }
    Format::Text
}

/// At most the first `max` bytes of `text`, cut back to a character boundary.
pub(crate) fn opening(text: &str, max: usize) -> &str {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The longest body an article may have, in bytes. The longest news reports
/// run to some hundred kilobytes; a text of megabytes is many articles run
/// together, or a book, and analysis takes more than linear time in a
/// body's length (measured: 1.9 MB in 2.4 s, 3.8 MB in 6.4 s, 7.6 MB in 23 s;
/// docs/measurements.md).
pub const MAX_BODY_BYTES: usize = 4 << 20;

/// One item to the articles it holds. JSON Lines items can hold many; a bad
/// line is an error of its own and does not cost the item's other lines. An
/// article whose body is over [`MAX_BODY_BYTES`] is an error for that article.
pub fn extract(item: &Item) -> Vec<Result<Article, ItemError>> {
    extract_any_length(item)
        .into_iter()
        .map(|a| a.and_then(within_the_body_limit))
        .collect()
}

fn within_the_body_limit(a: Article) -> Result<Article, ItemError> {
    if a.body.len() <= MAX_BODY_BYTES {
        return Ok(a);
    }
    let mb = |bytes: usize| bytes as f64 / (1 << 20) as f64;
    Err(ItemError::new(
        &a.source,
        format!(
            "article body of {:.1} MiB is longer than the {:.0} MiB one article may have: split the text into its articles",
            mb(a.body.len()),
            mb(MAX_BODY_BYTES)
        ),
    ))
}

fn extract_any_length(item: &Item) -> Vec<Result<Article, ItemError>> {
    // HTML declares its own charset, so it is sniffed before generic decoding.
    let head = String::from_utf8_lossy(&item.bytes[..item.bytes.len().min(1024)]);
    let format = sniff_format(&item.source, &head);
    match format {
        Format::Html => {
            let html = match html::decode_html_as(&item.bytes, item.charset.as_deref()) {
                Ok(h) => h,
                Err(reason) => return vec![Err(ItemError::new(&item.source, reason))],
            };
            vec![html::article_from_html(
                &item.source,
                &html,
                scraped::Given::default(),
            )]
        }
        Format::Feed => feed::articles(&item.source, &item.bytes),
        Format::Warc => warc::articles(&item.source, &item.bytes),
        Format::JsonLines | Format::Text => {
            let text = match decode::decode(&item.bytes) {
                Ok(t) => t,
                Err(reason) => return vec![Err(ItemError::new(&item.source, reason))],
            };
            match format {
                Format::JsonLines => jsonl::articles(&item.source, &text),
                _ => vec![scraped::article_from_text(
                    &item.source,
                    &text,
                    scraped::Given::default(),
                )],
            }
        }
    }
}
