//! Coding: quotes with their source chains, then PLOVER events that inherit
//! the chain of the quote they sit in.
//!
//! Both read the analysis layers (sentences, mentions, times) and the
//! knowledge in `data/lexicon/`; both only add layers to the article.

pub mod coder;
pub mod doc;
pub mod lexicon;
pub mod quotes;
#[cfg(test)]
mod testing;

use sitrep_core::Article;

/// Add the quote and event layers to an analyzed article.
pub fn code_article(article: &mut Article) {
    let (quotes, events) = {
        let doc = doc::Doc::new(article);
        let quotes = quotes::find(&doc);
        let events = coder::code(&doc, &quotes);
        (quotes, events)
    };
    article.layers.quotes = quotes;
    article.layers.events = events;
}
