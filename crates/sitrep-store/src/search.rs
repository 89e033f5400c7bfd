//! Full-text search over articles and quotes (tantivy), with the store's
//! filters as index terms.
//!
//! One index document per article (title and body) and one per quote
//! (content and speaker). Both carry their article's outlet, language, day,
//! and the actors, event types, quad classes and modalities of its events,
//! so a filter is a term query beside the text query. An article matches an
//! actor filter and a type filter when it holds events with each, not
//! necessarily the same event. The body is not stored in the index:
//! snippets are cut from the store's text.

use crate::query::{quad_number, Filter};
use anyhow::{Context, Result};
use rusqlite::Connection;
use serde_json::{json, Value};
use sitrep_core::{export, Article};
use std::ops::Bound;
use std::path::Path;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, Occur, Query, QueryParser, RangeQuery, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, Value as _, FAST, INDEXED, STORED, STRING, TEXT,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::{Index, IndexReader, IndexWriter, TantivyDocument, Term};

/// The longest query text accepted; longer ones are cut (query cost).
pub const MAX_QUERY_CHARS: usize = 512;

struct Fields {
    kind: Field,
    article: Field,
    quote: Field,
    seq: Field,
    title: Field,
    text: Field,
    speaker: Field,
    outlet: Field,
    language: Field,
    day: Field,
    actors: Field,
    types: Field,
    quads: Field,
    modalities: Field,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let f = Fields {
        kind: b.add_text_field("kind", STRING | STORED),
        article: b.add_text_field("article", STRING | STORED),
        quote: b.add_text_field("quote", STRING | STORED),
        seq: b.add_i64_field("seq", INDEXED | STORED | FAST),
        title: b.add_text_field("title", TEXT),
        text: b.add_text_field("text", TEXT),
        speaker: b.add_text_field("speaker", TEXT),
        outlet: b.add_text_field("outlet", STRING),
        language: b.add_text_field("language", STRING),
        day: b.add_i64_field("day", INDEXED | FAST),
        actors: b.add_text_field("actors", STRING),
        types: b.add_text_field("types", STRING),
        quads: b.add_text_field("quads", STRING),
        modalities: b.add_text_field("modalities", STRING),
    };
    (b.build(), f)
}

/// 2024-05-02 -> 20240502, so day ranges are integer ranges.
fn day_number(day: &str) -> Option<i64> {
    day.get(..10)?.replace('-', "").parse().ok()
}

fn open_index(dir: &Path) -> Result<(Index, Fields)> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let (schema, fields) = schema();
    let mmap = tantivy::directory::MmapDirectory::open(dir)
        .with_context(|| format!("cannot open the index at {}", dir.display()))?;
    let index = Index::open_or_create(mmap, schema).context("cannot open the search index")?;
    Ok((index, fields))
}

/// Writes to the index; one at a time per index (tantivy holds a lock).
pub struct SearchWriter {
    writer: IndexWriter,
    fields: Fields,
    last_seq: i64,
}

impl SearchWriter {
    pub fn open(dir: &Path) -> Result<SearchWriter> {
        let (index, fields) = open_index(dir)?;
        let writer = index
            .writer_with_num_threads(1, 50_000_000)
            .context("the search index is locked by another ingest")?;
        let last_seq = index
            .load_metas()?
            .payload
            .and_then(|p| p.parse().ok())
            .unwrap_or(0);
        Ok(SearchWriter {
            writer,
            fields,
            last_seq,
        })
    }

    /// Index what the store holds beyond the index's last commit.
    pub fn catch_up(&mut self, conn: &Connection) -> Result<usize> {
        let mut stmt = conn.prepare(
            "SELECT seq, annotations FROM articles
             WHERE seq > ?1 AND superseded_by IS NULL ORDER BY seq",
        )?;
        let mut rows = stmt.query([self.last_seq])?;
        let mut n = 0;
        while let Some(r) = rows.next()? {
            let a = crate::unpack_article(&r.get::<_, Vec<u8>>(1)?)?;
            // A crash may have left this article half-indexed: replace it.
            self.remove(&a.id);
            self.add(r.get(0)?, &a)?;
            n += 1;
        }
        drop(rows);
        let superseded: Vec<String> = conn
            .prepare("SELECT id FROM articles WHERE superseded_by IS NOT NULL")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for id in &superseded {
            self.remove(id);
        }
        if n > 0 || !superseded.is_empty() {
            self.commit()?;
        }
        Ok(n)
    }

    pub fn remove(&mut self, article: &str) {
        self.writer
            .delete_term(Term::from_field_text(self.fields.article, article));
    }

    pub fn add(&mut self, seq: i64, a: &Article) -> Result<()> {
        let f = &self.fields;
        let mut base = TantivyDocument::default();
        base.add_text(f.article, &a.id);
        base.add_i64(f.seq, seq);
        if let Some(o) = &a.outlet {
            base.add_text(f.outlet, o.to_lowercase());
        }
        if let Some(l) = &a.language {
            base.add_text(f.language, l);
        }
        if let Some(d) = a
            .published
            .as_ref()
            .and_then(|p| day_number(&p.date.to_string()))
        {
            base.add_i64(f.day, d);
        }
        for e in &a.layers.events {
            base.add_text(f.types, e.event_type.as_str());
            base.add_text(f.quads, (e.event_type.quad_class() as u8).to_string());
            base.add_text(f.modalities, e.modality.as_str());
            for x in e.actor.iter().chain(&e.recipient) {
                base.add_text(f.actors, x.actor_key().to_lowercase());
                base.add_text(f.actors, x.name.to_lowercase());
                if let Some(c) = &x.code {
                    base.add_text(f.actors, c.to_lowercase());
                }
            }
        }
        let mut article = base.clone();
        article.add_text(f.kind, "article");
        if let Some(t) = &a.title {
            article.add_text(f.title, t);
        }
        article.add_text(f.text, &a.body);
        self.writer.add_document(article)?;
        for q in export::quote_records(a) {
            let mut d = base.clone();
            d.add_text(f.kind, "quote");
            d.add_text(f.quote, q["id"].as_str().unwrap_or_default());
            d.add_text(f.text, q["content"].as_str().unwrap_or_default());
            if let Some(s) = q["speaker"]["name"].as_str() {
                d.add_text(f.speaker, s);
            }
            self.writer.add_document(d)?;
        }
        self.last_seq = self.last_seq.max(seq);
        Ok(())
    }

    /// Make what was added searchable, recording the last article held.
    pub fn commit(&mut self) -> Result<()> {
        let mut prepared = self.writer.prepare_commit()?;
        prepared.set_payload(&self.last_seq.to_string());
        prepared.commit()?;
        Ok(())
    }
}

/// Searches the index; cheap to clone into request handlers.
#[derive(Clone)]
pub struct Searcher {
    index: Index,
    reader: IndexReader,
    fields: std::sync::Arc<Fields>,
}

impl Searcher {
    pub fn open(dir: &Path) -> Result<Searcher> {
        if !dir.exists() {
            anyhow::bail!(
                "no search index at {} (run `sitrep ingest` to build it)",
                dir.display()
            );
        }
        let (index, fields) = open_index(dir)?;
        let reader = index
            .reader_builder()
            .reload_policy(tantivy::ReloadPolicy::OnCommitWithDelay)
            .try_into()?;
        Ok(Searcher {
            index,
            reader,
            fields: std::sync::Arc::new(fields),
        })
    }

    fn filter_queries(&self, filter: &Filter) -> Result<Vec<(Occur, Box<dyn Query>)>> {
        let f = &self.fields;
        let term = |field: Field, v: &str| -> (Occur, Box<dyn Query>) {
            (
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_text(field, v),
                    IndexRecordOption::Basic,
                )),
            )
        };
        let mut out = Vec::new();
        for who in [&filter.actor, &filter.source, &filter.target]
            .into_iter()
            .flatten()
        {
            out.push(term(f.actors, &who.trim().to_lowercase()));
        }
        if let Some(t) = &filter.event_type {
            out.push(term(f.types, &t.trim().to_ascii_uppercase()));
        }
        if let Some(q) = &filter.quad {
            out.push(term(f.quads, &quad_number(q)?.to_string()));
        }
        if let Some(m) = &filter.modality {
            out.push(term(f.modalities, &m.trim().to_ascii_lowercase()));
        }
        if let Some(o) = &filter.outlet {
            out.push(term(f.outlet, &o.trim().to_lowercase()));
        }
        if let Some(l) = &filter.language {
            out.push(term(f.language, &l.trim().to_ascii_lowercase()));
        }
        // `story` is not an index term: stories live in the store, and
        // `search` drops the hits of other stories.
        if filter.since.is_some() || filter.until.is_some() {
            let bound = |d: &Option<String>| -> Result<Bound<Term>> {
                Ok(match d {
                    Some(d) => Bound::Included(Term::from_field_i64(
                        f.day,
                        day_number(d).with_context(|| format!("{d:?} is not a day"))?,
                    )),
                    None => Bound::Unbounded,
                })
            };
            out.push((
                Occur::Must,
                Box::new(RangeQuery::new(
                    bound(&filter.since)?,
                    bound(&filter.until)?,
                )),
            ));
        }
        Ok(out)
    }

    /// The best hits for `text` under `filter`: article and quote hits with
    /// their snippet as segments (`{"text", "hit"}`) to render safely.
    pub fn search(
        &self,
        conn: &Connection,
        text: &str,
        filter: &Filter,
        limit: usize,
    ) -> Result<Value> {
        let f = &self.fields;
        let text: String = text.chars().take(MAX_QUERY_CHARS).collect();
        let parser = QueryParser::for_index(&self.index, vec![f.title, f.text, f.speaker]);
        let (text_query, _errors) = parser.parse_query_lenient(&text);
        let mut clauses = vec![(Occur::Must, text_query.box_clone())];
        clauses.extend(self.filter_queries(filter)?);
        let query = BooleanQuery::new(clauses);
        let searcher = self.reader.searcher();
        let limit = limit.clamp(1, 200);
        // Fetch extra to make up for superseded or out-of-story hits.
        let (top, total) = searcher.search(
            &query,
            &(TopDocs::with_limit(limit * 2).order_by_score(), Count),
        )?;
        let snippets = SnippetGenerator::create(&searcher, &*text_query, f.text)?;
        let mut meta = conn.prepare_cached(
            "SELECT title, outlet, published, story_id, record, superseded_by FROM articles WHERE id = ?1",
        )?;
        let mut quote_stmt =
            conn.prepare_cached("SELECT record FROM quotes WHERE quote_id = ?1")?;
        let mut hits = Vec::new();
        for (score, addr) in top {
            if hits.len() >= limit {
                break;
            }
            let d: TantivyDocument = searcher.doc(addr)?;
            let get = |field| {
                d.get_first(field)
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
                    .to_string()
            };
            let (kind, article, quote) = (get(f.kind), get(f.article), get(f.quote));
            let row = rusqlite::OptionalExtension::optional(meta.query_row([&article], |r| {
                Ok(HitArticle {
                    title: r.get(0)?,
                    outlet: r.get(1)?,
                    published: r.get(2)?,
                    story: r.get(3)?,
                    record: r.get(4)?,
                    superseded: r.get::<_, Option<String>>(5)?.is_some(),
                })
            }))?;
            let Some(HitArticle {
                title,
                outlet,
                published,
                story,
                record,
                superseded,
            }) = row
            else {
                continue;
            };
            if superseded
                || filter
                    .story
                    .as_ref()
                    .is_some_and(|s| story.as_ref() != Some(s))
            {
                continue;
            }
            let (source_text, speaker) = if kind == "quote" {
                let q: Option<String> = rusqlite::OptionalExtension::optional(
                    quote_stmt.query_row([&quote], |r| r.get(0)),
                )?;
                let Some(q) = q else { continue };
                let q: Value = serde_json::from_str(&q)?;
                (
                    q["content"].as_str().unwrap_or_default().to_string(),
                    q["speaker"]["name"].as_str().map(str::to_string),
                )
            } else {
                let r: Value = serde_json::from_str(&record)?;
                (r["body"].as_str().unwrap_or_default().to_string(), None)
            };
            let snippet = snippets.snippet(&source_text);
            hits.push(json!({
                "kind": kind,
                "article": article,
                "quote": if quote.is_empty() { Value::Null } else { json!(quote) },
                "score": score,
                "title": title,
                "outlet": outlet,
                "published": published,
                "story": story,
                "speaker": speaker,
                "snippet": if snippet.fragment().is_empty() {
                    // The match was in the title or the speaker: open the text.
                    let head: String = source_text.chars().take(200).collect();
                    vec![json!({"text": head, "hit": false})]
                } else {
                    segments(snippet.fragment(), snippet.highlighted())
                },
            }));
        }
        Ok(json!({"query": text, "total": total, "hits": hits}))
    }
}

/// What a hit needs of its article's row.
struct HitArticle {
    title: Option<String>,
    outlet: Option<String>,
    published: Option<String>,
    story: Option<String>,
    record: String,
    superseded: bool,
}

/// A snippet as plain segments, highlighted or not: the UI renders them as
/// text nodes, so no markup from an article ever becomes HTML.
fn segments(fragment: &str, highlighted: &[std::ops::Range<usize>]) -> Vec<Value> {
    let mut out = Vec::new();
    let mut at = 0;
    for r in highlighted {
        if r.start < at || r.end > fragment.len() {
            continue;
        }
        if r.start > at {
            out.push(json!({"text": &fragment[at..r.start], "hit": false}));
        }
        out.push(json!({"text": &fragment[r.clone()], "hit": true}));
        at = r.end;
    }
    if at < fragment.len() {
        out.push(json!({"text": &fragment[at..], "hit": false}));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_segments_cover_the_fragment_in_order() {
        let s = segments("Iran warned the US", &[0..4, 16..18]);
        let joined: String = s.iter().map(|v| v["text"].as_str().unwrap()).collect();
        assert_eq!(joined, "Iran warned the US");
        assert_eq!(s[0]["hit"], true);
        assert_eq!(s[1]["hit"], false);
        assert_eq!(s[2]["text"], "US");
    }

    #[test]
    fn days_are_integers() {
        assert_eq!(day_number("2024-05-02"), Some(20240502));
        assert_eq!(day_number("May"), None);
    }
}
