//! The store end to end on articles written for these tests: idempotent and
//! incremental ingest, corrections, search with filters, exports.

use sitrep_core::Article;
use sitrep_store::export::{export, Format};
use sitrep_store::search::Searcher;
use sitrep_store::write::Incoming;
use sitrep_store::{query, Filter, Ingestor, ItemOutcome, Store};
use std::path::PathBuf;

fn analyzed(source: &str, published: &str, outlet: &str, text: &str) -> Article {
    let given = sitrep_ingest::scraped::Given {
        published: sitrep_ingest::dates::parse_date(published),
        outlet: Some(outlet.to_string()),
        ..Default::default()
    };
    let mut a = sitrep_ingest::scraped::article_from_text(source, text, given).unwrap();
    let kb = sitrep_nlp::kb::KnowledgeBase::embedded();
    sitrep_nlp::analyze(&mut a, &kb);
    sitrep_events::code_article(&mut a);
    a
}

const STRIKE_A: &str = "Russian missiles struck the Ukrainian capital Kyiv early on Thursday, killing nine people in a residential district, Ukrainian officials said. \"This was a deliberate attack on sleeping families,\" the mayor of Kyiv said. Russia said it had hit military targets in Kyiv.";
const STRIKE_B: &str = "Nine people were killed in Kyiv when Russia attacked the Ukrainian capital with missiles overnight, the mayor of Kyiv said on Thursday. Ukraine accused Russia of targeting homes in Kyiv.";
const QUAKE: &str = "An earthquake of magnitude 6.1 struck southern Peru on Thursday, damaging houses in Arequipa, Peruvian authorities said. No deaths were reported in Arequipa.";

fn fresh(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sitrep-store-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("test.db")
}

fn ingest(db: &std::path::Path, articles: Vec<Article>) -> Vec<ItemOutcome> {
    let mut ing = Ingestor::new(Store::open(db).unwrap(), true).unwrap();
    let report = ing
        .ingest(
            articles
                .into_iter()
                .map(|a| Incoming::Article(Box::new(a)))
                .collect(),
        )
        .unwrap();
    ing.finish().unwrap();
    report.outcomes
}

fn story_of(db: &std::path::Path, id: &str) -> String {
    let store = Store::open_read_only(db).unwrap();
    store
        .connection()
        .query_row("SELECT story_id FROM articles WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .unwrap()
}

#[test]
fn the_same_article_twice_is_stored_once() {
    let db = fresh("twice");
    let a = analyzed("wire/1", "2024-05-02", "Wire", STRIKE_A);
    let first = ingest(&db, vec![a.clone()]);
    assert!(matches!(first[0], ItemOutcome::Stored { .. }));
    let second = ingest(&db, vec![a.clone()]);
    assert_eq!(second, vec![ItemOutcome::Duplicate { id: a.id.clone() }]);
    let store = Store::open_read_only(&db).unwrap();
    let counts = query::counts(store.connection()).unwrap();
    assert_eq!(counts["articles"], 1);
    assert_eq!(
        counts["events"].as_i64(),
        Some(a.layers.events.len() as i64)
    );
    let log: i64 = store
        .connection()
        .query_row(
            "SELECT count(*) FROM ingest_log WHERE status = 'duplicate'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(log, 1);
}

#[test]
fn stories_grow_across_ingests_as_in_one() {
    let db = fresh("grow");
    let a = analyzed("wire/1", "2024-05-02", "Wire", STRIKE_A);
    let b = analyzed("daily/7", "2024-05-02", "Daily", STRIKE_B);
    let c = analyzed("andes/3", "2024-05-02", "Andes", QUAKE);
    ingest(&db, vec![a.clone(), c.clone()]);
    // A later run, a fresh process as far as the store knows.
    ingest(&db, vec![b.clone()]);
    assert_eq!(
        story_of(&db, &a.id),
        story_of(&db, &b.id),
        "two reports of the Kyiv strike"
    );
    assert_ne!(story_of(&db, &a.id), story_of(&db, &c.id));
    let store = Store::open_read_only(&db).unwrap();
    let story = query::story(store.connection(), &story_of(&db, &a.id))
        .unwrap()
        .unwrap();
    assert_eq!(story["article_meta"].as_array().unwrap().len(), 2);
    assert!(!story["comparison"].as_array().unwrap().is_empty());
    let listed = query::stories(store.connection(), &Filter::default(), 10, 0).unwrap();
    let kyiv = listed.iter().find(|s| s["id"] == story["id"]).unwrap();
    assert_eq!(kyiv["outlet_count"], 2);
}

#[test]
fn a_storys_counts_and_days_follow_its_live_articles() {
    let db = fresh("counts");
    let a = analyzed("https://wire.example/kyiv", "2024-05-02", "Wire", STRIKE_A);
    let b = analyzed("daily/7", "2024-05-03", "Daily", STRIKE_B);
    ingest(&db, vec![a.clone(), b.clone()]);
    let listed = |db: &std::path::Path| {
        let store = Store::open_read_only(db).unwrap();
        let story = story_of(db, &b.id);
        let all = query::stories(store.connection(), &Filter::default(), 10, 0).unwrap();
        let s = all.into_iter().find(|s| s["id"] == story.as_str()).unwrap();
        (
            s["articles"].as_i64().unwrap(),
            s["outlet_count"].as_i64().unwrap(),
            s["first_day"].as_str().unwrap().to_string(),
            s["last_day"].as_str().unwrap().to_string(),
        )
    };
    assert_eq!(
        listed(&db),
        (2, 2, "2024-05-02".into(), "2024-05-03".into())
    );
    // A corrected version, filed later, takes the old one's place.
    let fixed = STRIKE_A.replace("killing nine people", "killing eleven people");
    let a2 = analyzed("https://wire.example/kyiv", "2024-05-04", "Wire", &fixed);
    ingest(&db, vec![a2.clone()]);
    assert_eq!(story_of(&db, &a2.id), story_of(&db, &b.id));
    assert_eq!(
        listed(&db),
        (2, 2, "2024-05-03".into(), "2024-05-04".into())
    );
}

#[test]
fn a_corrected_version_supersedes_the_old_one() {
    let db = fresh("correct");
    let old = analyzed("https://wire.example/kyiv", "2024-05-02", "Wire", STRIKE_A);
    let fixed_text = STRIKE_A.replace("killing nine people", "killing eleven people");
    let new = analyzed(
        "https://wire.example/kyiv",
        "2024-05-02",
        "Wire",
        &fixed_text,
    );
    ingest(&db, vec![old.clone()]);
    let out = ingest(&db, vec![new.clone()]);
    assert!(
        matches!(&out[0], ItemOutcome::Superseded { old: o, .. } if *o == old.id),
        "{out:?}"
    );
    let store = Store::open_read_only(&db).unwrap();
    let conn = store.connection();
    assert_eq!(query::counts(conn).unwrap()["articles"], 1);
    let old_view = query::article(conn, &old.id).unwrap().unwrap();
    assert_eq!(old_view["superseded_by"], new.id.as_str());
    assert!(old_view["events"].as_array().unwrap().is_empty());
    let searcher = Searcher::open(&store.index_dir()).unwrap();
    let hits = searcher
        .search(conn, "Kyiv", &Filter::default(), 10)
        .unwrap();
    assert!(hits["hits"]
        .as_array()
        .unwrap()
        .iter()
        .all(|h| h["article"] != old.id.as_str()));
}

#[test]
fn search_finds_articles_and_quotes_under_filters() {
    let db = fresh("search");
    let a = analyzed("wire/1", "2024-05-02", "Wire", STRIKE_A);
    let c = analyzed("andes/3", "2024-05-03", "Andes", QUAKE);
    ingest(&db, vec![a.clone(), c.clone()]);
    let store = Store::open_read_only(&db).unwrap();
    let searcher = Searcher::open(&store.index_dir()).unwrap();
    let conn = store.connection();
    let r = searcher
        .search(conn, "sleeping families", &Filter::default(), 10)
        .unwrap();
    let hits = r["hits"].as_array().unwrap();
    assert!(
        hits.iter()
            .any(|h| h["kind"] == "quote" && h["article"] == a.id.as_str()),
        "{r}"
    );
    let marked: Vec<&str> = hits[0]["snippet"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["hit"] == true)
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert!(marked.contains(&"sleeping"), "{r}");
    let by_outlet = |outlet: &str| Filter {
        outlet: Some(outlet.into()),
        ..Default::default()
    };
    let r = searcher
        .search(conn, "Thursday", &by_outlet("andes"), 10)
        .unwrap();
    assert!(r["hits"]
        .as_array()
        .unwrap()
        .iter()
        .all(|h| h["article"] == c.id.as_str()));
    let later = Filter {
        since: Some("2024-05-03".into()),
        ..Default::default()
    };
    let r = searcher.search(conn, "Thursday", &later, 10).unwrap();
    assert!(
        r["hits"]
            .as_array()
            .unwrap()
            .iter()
            .all(|h| h["article"] == c.id.as_str()),
        "{r}"
    );
    let assaults = Filter {
        event_type: Some("assault".into()),
        ..Default::default()
    };
    let r = searcher.search(conn, "Thursday", &assaults, 10).unwrap();
    assert!(!r["hits"].as_array().unwrap().is_empty());
    assert!(r["hits"]
        .as_array()
        .unwrap()
        .iter()
        .all(|h| h["article"] == a.id.as_str()));
}

#[test]
fn the_index_catches_up_with_the_store() {
    let db = fresh("catchup");
    let a = analyzed("wire/1", "2024-05-02", "Wire", STRIKE_A);
    let mut ing = Ingestor::new(Store::open(&db).unwrap(), false).unwrap();
    ing.ingest(vec![Incoming::Article(Box::new(a.clone()))])
        .unwrap();
    ing.finish().unwrap();
    // The next ingest brings the index up to date before it adds anything.
    ingest(&db, vec![]);
    let store = Store::open_read_only(&db).unwrap();
    let searcher = Searcher::open(&store.index_dir()).unwrap();
    let r = searcher
        .search(store.connection(), "residential", &Filter::default(), 5)
        .unwrap();
    assert_eq!(r["hits"][0]["article"], a.id.as_str());
}

#[test]
fn events_filter_by_actor_type_and_modality_and_export_in_every_format() {
    let db = fresh("export");
    let a = analyzed("wire/1", "2024-05-02", "Wire", STRIKE_A);
    let b = analyzed("daily/7", "2024-05-02", "Daily", STRIKE_B);
    ingest(&db, vec![a, b]);
    let store = Store::open_read_only(&db).unwrap();
    let conn = store.connection();
    let all = query::events(conn, &Filter::default(), 100, 0).unwrap();
    assert!(!all.is_empty());
    let russia = Filter {
        source: Some("rus".into()),
        event_type: Some("ASSAULT".into()),
        ..Default::default()
    };
    let hits = query::events(conn, &russia, 100, 0).unwrap();
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|e| e["event"] == "ASSAULT"
        && e["actor"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x["code"] == "RUS")));
    let nobody = Filter {
        actor: Some("Atlantis".into()),
        ..Default::default()
    };
    assert!(query::events(conn, &nobody, 100, 0).unwrap().is_empty());

    let mut jsonl = Vec::new();
    assert_eq!(
        export(conn, &Filter::default(), Format::PloverJsonl, &mut jsonl).unwrap(),
        all.len()
    );
    assert_eq!(String::from_utf8(jsonl).unwrap().lines().count(), all.len());
    let mut tsv = Vec::new();
    export(conn, &Filter::default(), Format::PolecatTsv, &mut tsv).unwrap();
    let tsv = String::from_utf8(tsv).unwrap();
    let widths: Vec<usize> = tsv.lines().map(|l| l.split('\t').count()).collect();
    assert_eq!(widths.len(), all.len() + 1);
    assert!(
        widths.iter().all(|w| *w == widths[0]),
        "every row as wide as the header"
    );
    let mut csv_out = Vec::new();
    export(conn, &Filter::default(), Format::Csv, &mut csv_out).unwrap();
    assert_eq!(
        csv::Reader::from_reader(&csv_out[..]).records().count(),
        all.len()
    );

    // Parquet, read back with the parquet crate's own reader.
    let mut pq = Vec::new();
    export(conn, &Filter::default(), Format::Parquet, &mut pq).unwrap();
    use parquet::file::reader::{FileReader, SerializedFileReader};
    let reader = SerializedFileReader::new(bytes::Bytes::from(pq)).unwrap();
    assert_eq!(
        reader.metadata().file_metadata().num_rows() as usize,
        all.len()
    );
    let first = reader.get_row_iter(None).unwrap().next().unwrap().unwrap();
    assert!(first.to_string().contains("event_type"));
}
