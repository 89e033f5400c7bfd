//! How fast the story clusterer assigns analyzed articles, on a store's
//! articles in ingest order (issue 7's speed figure):
//!
//!   cargo run --release -p sitrep-store --example assign -- STORE.db [LIMIT]
//!
//! Unpacking the stored annotations is not timed; computing each article's
//! clustering features and assigning it are timed apart, on one thread.
//! Run it under `/usr/bin/time -f %M` for the peak memory.

use std::time::{Duration, Instant};

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let db = args.get(1).expect("usage: assign STORE.db [LIMIT]");
    let limit: i64 = args.get(2).map_or(Ok(i64::MAX), |l| l.parse())?;
    let store = sitrep_store::Store::open_read_only(std::path::Path::new(db))?;
    let mut stmt = store.connection().prepare(
        "SELECT annotations FROM articles WHERE superseded_by IS NULL ORDER BY seq LIMIT ?1",
    )?;
    let mut rows = stmt.query([limit])?;
    // Articles stream through: each is unpacked (not timed), its features
    // computed and then assigned (timed apart), so that peak memory is the
    // clusterer's, not a list of every article.
    // As in the store: closed stories are forgotten.
    let mut clusterer = sitrep_stories::cluster::Clusterer::new();
    clusterer.keep_closed = false;
    let (mut featuring, mut assigning) = (Duration::ZERO, Duration::ZERO);
    let (mut n, mut copies) = (0usize, 0usize);
    while let Some(row) = rows.next()? {
        let a = sitrep_store::unpack_article(&row.get::<_, Vec<u8>>(0)?)?;
        let start = Instant::now();
        let f = sitrep_stories::cluster::features(&a);
        let mid = Instant::now();
        copies += clusterer.add(f).copy_of.is_some() as usize;
        assigning += mid.elapsed();
        featuring += mid - start;
        n += 1;
    }
    let rate = |d: Duration| n as f64 / d.as_secs_f64().max(1e-9);
    println!(
        "{n} articles: features {:.2} s ({:.0}/s), assignment {:.2} s ({:.0}/s), together {:.0} articles/s; {} stories, {copies} copies",
        featuring.as_secs_f64(),
        rate(featuring),
        assigning.as_secs_f64(),
        rate(assigning),
        rate(featuring + assigning),
        clusterer.story_count()
    );
    Ok(())
}
