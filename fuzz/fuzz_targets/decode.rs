//! Any bytes: decoding returns text or an error, never panics.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = sitrep_ingest::decode::decode(data);
});
