//! Analysis: sentences, tokens, actor mentions resolved to coded actors, time
//! expressions. Everything here annotates the body it is given; nothing
//! changes it.
//!
//! - [`tokens`]: word tokens with lower-case forms and lemmas.
//! - [`sentences`]: sentence spans, with an abbreviation list from `data/`.
//! - [`kb`]: the actor knowledge base, loaded from `data/actors/`.
//! - [`spelling`]: words one slip from a known one ("Ethopia").
//! - [`actors`]: mentions, their resolution, and in-document coreference.
//! - [`names`]: names the knowledge base lacks, typed PER, ORG, LOC or MISC.
//! - [`layout`]: where a name stands in the tables and labels of wire copy.
//! - [`time`]: time expressions anchored on the publication time.

pub mod actors;
pub mod kb;
pub mod layout;
pub mod names;
pub mod sentences;
pub mod spelling;
pub mod time;
pub mod tokens;

use sitrep_core::Article;

/// Run every analysis layer over an extracted article.
pub fn analyze(article: &mut Article, kb: &kb::KnowledgeBase) {
    article.layers.sentences = sentences::split(&article.body, &article.layers.paragraphs);
    let toks = tokens::tokenize(&article.body);
    article.layers.tokens = toks.iter().map(|t| t.span).collect();
    let anchor = article.published.as_ref().map(|p| p.date);
    article.layers.times = time::find(&article.body, anchor);
    let date = anchor.unwrap_or(jiff::civil::date(2100, 1, 1));
    // The headline and dateline are not body text, so no mention points
    // into them; they still say what country the article is about.
    let framing: Vec<&str> = [article.title.as_deref(), article.dateline.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    article.layers.mentions = actors::find(
        &article.body,
        &toks,
        &article.layers.sentences,
        kb,
        date,
        &framing,
    );
}
