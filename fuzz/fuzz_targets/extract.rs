//! Any bytes under any name: every reader returns articles or per-item errors.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for name in ["page.txt", "feed.jsonl"] {
        let item = sitrep_ingest::Item { source: name.to_string(), bytes: data.to_vec(), charset: None };
        for article in sitrep_ingest::extract(&item).into_iter().flatten() {
            assert!(!article.body.is_empty());
        }
    }
});
