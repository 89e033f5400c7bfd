//! How fast the story clusterer assigns analyzed articles, on a store's
//! articles in ingest order (issue 7's speed figure):
//!
//!   cargo run --release -p sitrep-store --example assign -- STORE.db [LIMIT] [BATCH]
//!
//! Unpacking the stored annotations is not timed; computing each article's
//! clustering features and assigning it are timed apart, on one thread.
//! With BATCH (default 1), articles are unpacked BATCH at a time and then
//! assigned in turn, as `sitrep analyze` groups what it has analyzed; with
//! 1, each is unpacked right before it is assigned, and the unpacking
//! (decompression and JSON) leaves the caches to the next assignment cold.
//! Run it under `/usr/bin/time -f %M` for the peak memory.

use std::time::{Duration, Instant};

// The sitrep binary's allocator (its main.rs says why), so that the
// figure is the binary's.
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let db = args.get(1).expect("usage: assign STORE.db [LIMIT]");
    let limit: i64 = args.get(2).map_or(Ok(i64::MAX), |l| l.parse())?;
    let batch: usize = args.get(3).map_or(Ok(1), |b| b.parse())?;
    let store = sitrep_store::Store::open_read_only(std::path::Path::new(db))?;
    let mut stmt = store.connection().prepare(
        "SELECT annotations FROM articles WHERE superseded_by IS NULL ORDER BY seq LIMIT ?1",
    )?;
    let mut rows = stmt.query([limit])?;
    // Articles stream through, a batch at a time: each is unpacked (not
    // timed), its features computed and then assigned (timed apart), so
    // that peak memory is the clusterer's and a batch's, not a list of
    // every article.
    // As in the store: closed stories are forgotten.
    let mut clusterer = sitrep_stories::cluster::Clusterer::new();
    clusterer.keep_closed = false;
    let (mut featuring, mut assigning) = (Duration::ZERO, Duration::ZERO);
    let (mut n, mut copies) = (0usize, 0usize);
    // A digest of every article's story and original: a change meant only
    // to be faster must leave it as it was.
    let fold = |h: u64, x: u64| (h ^ x).wrapping_mul(0x100000001b3);
    let mut digest: u64 = 0xcbf29ce484222325;
    let mut articles = Vec::with_capacity(batch);
    loop {
        articles.clear();
        while articles.len() < batch {
            let Some(row) = rows.next()? else { break };
            articles.push(sitrep_store::unpack_article(&row.get::<_, Vec<u8>>(0)?)?);
        }
        if articles.is_empty() {
            break;
        }
        for a in &articles {
            let start = Instant::now();
            let f = sitrep_stories::cluster::features(a);
            let mid = Instant::now();
            let assignment = clusterer.add(f);
            assigning += mid.elapsed();
            featuring += mid - start;
            n += 1;
            // (Outside the timed spans.)
            copies += assignment.copy_of.is_some() as usize;
            digest = fold(digest, assignment.story as u64);
            digest = fold(digest, assignment.copy_of.map_or(u64::MAX, |c| c as u64));
        }
    }
    let rate = |d: Duration| n as f64 / d.as_secs_f64().max(1e-9);
    println!(
        "{n} articles: features {:.2} s ({:.0}/s), assignment {:.2} s ({:.0}/s), together {:.0} articles/s; {} stories, {copies} copies; digest {digest:016x}",
        featuring.as_secs_f64(),
        rate(featuring),
        assigning.as_secs_f64(),
        rate(assigning),
        rate(featuring + assigning),
        clusterer.story_count()
    );
    Ok(())
}
