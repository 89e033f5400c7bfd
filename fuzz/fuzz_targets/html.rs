//! Any bytes as a html item: articles or per-item errors, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let item = sitrep_ingest::Item { source: "fuzz.html".to_string(), bytes: data.to_vec(), charset: None };
    for article in sitrep_ingest::extract(&item).into_iter().flatten() {
        assert!(!article.body.is_empty());
    }
});
