//! Any text that extracts goes through analysis, coding and grouping without a
//! panic, and every span stays inside the body on char boundaries.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static KB: LazyLock<sitrep_nlp::kb::KnowledgeBase> = LazyLock::new(sitrep_nlp::kb::KnowledgeBase::embedded);

fuzz_target!(|text: &str| {
    let Ok(mut a) = sitrep_ingest::scraped::article_from_text("fuzz", text, Default::default()) else { return };
    sitrep_nlp::analyze(&mut a, &KB);
    sitrep_events::code_article(&mut a);
    for e in &a.layers.events {
        let _ = &a.body[e.span.start..e.span.end];
        let _ = &a.body[e.trigger.start..e.trigger.end];
    }
    for q in &a.layers.quotes {
        let _ = &a.body[q.content.start..q.content.end];
        let _ = &a.body[q.span.start..q.span.end];
    }
    let _ = sitrep_stories::group(std::slice::from_ref(&a));
    for s in a.layers.sentences.iter().chain(&a.layers.tokens).chain(a.layers.mentions.iter().map(|m| &m.span)) {
        assert!(s.start <= s.end && s.end <= a.body.len());
        let _ = &a.body[s.start..s.end];
    }
});
