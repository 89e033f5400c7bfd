//! Reading the store: filters, events, stories, articles, timelines and
//! actor networks. Every result is JSON built from the output contract's
//! records, so the CLI, the API and the exports say the same thing.

use crate::unpack_article;
use anyhow::{bail, Result};
use rusqlite::{params_from_iter, Connection, OptionalExtension};
use serde::Deserialize;
use serde_json::{json, Value};
use sitrep_core::{Article, Story};

/// The most rows one query returns.
pub const MAX_LIMIT: usize = 1_000;

/// What to keep. Every field is optional; given ones must all hold. Actor
/// fields take a country code ("IRN"), a canonical name ("Hezbollah") or an
/// actor key, matched without case.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct Filter {
    /// On either side of the event.
    pub actor: Option<String>,
    /// The event's actor (PLOVER source).
    pub source: Option<String>,
    /// The event's recipient (PLOVER target).
    pub target: Option<String>,
    /// PLOVER event type (`THREATEN`), any case.
    #[serde(rename = "type")]
    pub event_type: Option<String>,
    /// 1-4, or a quad class name (`verbal_conflict`).
    pub quad: Option<String>,
    /// asserted, negated, conditional, denied, reported, hypothetical, historical.
    pub modality: Option<String>,
    pub outlet: Option<String>,
    pub language: Option<String>,
    /// First day (YYYY-MM-DD), inclusive.
    pub since: Option<String>,
    /// Last day (YYYY-MM-DD), inclusive.
    pub until: Option<String>,
    pub story: Option<String>,
}

/// `1`..`4` from a number or a quad class name.
pub fn quad_number(q: &str) -> Result<u8> {
    let n = match q
        .trim()
        .to_ascii_lowercase()
        .replace([' ', '-'], "_")
        .as_str()
    {
        "1" | "verbal_cooperation" => 1,
        "2" | "material_cooperation" => 2,
        "3" | "verbal_conflict" => 3,
        "4" | "material_conflict" => 4,
        other => bail!("unknown quad class {other:?}: give 1-4 or a name such as verbal_conflict"),
    };
    Ok(n)
}

fn check_day(d: &str) -> Result<()> {
    if d.parse::<jiff::civil::Date>().is_err() {
        bail!("{d:?} is not a day (YYYY-MM-DD)");
    }
    Ok(())
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        self.event_filters_empty()
            && self.outlet.is_none()
            && self.language.is_none()
            && self.since.is_none()
            && self.until.is_none()
            && self.story.is_none()
    }

    /// Check what a client may get wrong: days and quad classes.
    pub fn validate(&self) -> Result<()> {
        for d in [&self.since, &self.until].into_iter().flatten() {
            check_day(d)?;
        }
        if let Some(q) = &self.quad {
            quad_number(q)?;
        }
        Ok(())
    }

    /// Whether no filter reaches into events (an article-level query may
    /// then skip the events table).
    pub fn event_filters_empty(&self) -> bool {
        self.actor.is_none()
            && self.source.is_none()
            && self.target.is_none()
            && self.event_type.is_none()
            && self.quad.is_none()
            && self.modality.is_none()
    }

    /// The WHERE clause over `events e JOIN articles a`, and its parameters.
    pub fn event_sql(&self) -> Result<(String, Vec<String>)> {
        let mut clauses = vec!["a.superseded_by IS NULL".to_string()];
        let mut params: Vec<String> = Vec::new();
        let bind = |params: &mut Vec<String>, v: String| {
            params.push(v);
            format!("?{}", params.len())
        };
        let actor_match = |p: &str| {
            format!("(x.code = upper({p}) OR x.key = {p} COLLATE NOCASE OR x.name = {p} COLLATE NOCASE)")
        };
        for (value, role) in [
            (&self.actor, None),
            (&self.source, Some("actor")),
            (&self.target, Some("recipient")),
        ] {
            if let Some(v) = value {
                let p = bind(&mut params, v.trim().to_string());
                let role = role.map_or(String::new(), |r| format!(" AND x.role = '{r}'"));
                clauses.push(format!(
                    "EXISTS (SELECT 1 FROM event_actors x WHERE x.event = e.id{role} AND {})",
                    actor_match(&p)
                ));
            }
        }
        if let Some(t) = &self.event_type {
            let p = bind(&mut params, t.trim().to_ascii_uppercase());
            clauses.push(format!("e.type = {p}"));
        }
        if let Some(q) = &self.quad {
            let p = bind(&mut params, quad_number(q)?.to_string());
            clauses.push(format!("e.quad = {p}"));
        }
        if let Some(m) = &self.modality {
            let p = bind(&mut params, m.trim().to_ascii_lowercase());
            clauses.push(format!("e.modality = {p}"));
        }
        self.article_clauses(&mut clauses, &mut params, "e.day")?;
        Ok((clauses.join(" AND "), params))
    }

    /// Clauses on the article alone; dates apply to `day_column`.
    fn article_clauses(
        &self,
        clauses: &mut Vec<String>,
        params: &mut Vec<String>,
        day_column: &str,
    ) -> Result<()> {
        let mut bind = |v: String| {
            params.push(v);
            format!("?{}", params.len())
        };
        if let Some(o) = &self.outlet {
            let p = bind(o.trim().to_string());
            clauses.push(format!("a.outlet = {p} COLLATE NOCASE"));
        }
        if let Some(l) = &self.language {
            let p = bind(l.trim().to_ascii_lowercase());
            clauses.push(format!("a.language = {p}"));
        }
        if let Some(d) = &self.since {
            check_day(d)?;
            let p = bind(d.clone());
            clauses.push(format!("{day_column} >= {p}"));
        }
        if let Some(d) = &self.until {
            check_day(d)?;
            let p = bind(d.clone());
            clauses.push(format!("{day_column} <= {p}"));
        }
        if let Some(s) = &self.story {
            let p = bind(s.clone());
            clauses.push(format!("a.story_id = {p}"));
        }
        Ok(())
    }
}

/// Event records matching the filter, newest first, each with its
/// article's outlet, title, publication time and story.
pub fn events(
    conn: &Connection,
    filter: &Filter,
    limit: usize,
    offset: usize,
) -> Result<Vec<Value>> {
    let mut out = Vec::new();
    for_each_event(conn, filter, Some((limit.min(MAX_LIMIT), offset)), |v| {
        out.push(v);
        Ok(())
    })?;
    Ok(out)
}

/// Stream every matching event (for exports), newest first; `page` is
/// (limit, offset).
pub fn for_each_event(
    conn: &Connection,
    filter: &Filter,
    page: Option<(usize, usize)>,
    mut f: impl FnMut(Value) -> Result<()>,
) -> Result<()> {
    let (clause, params) = filter.event_sql()?;
    let page = page.map_or(String::new(), |(l, o)| format!(" LIMIT {l} OFFSET {o}"));
    let sql = format!(
        "SELECT e.record, a.outlet, a.title, a.published, a.story_id, a.url, a.language
         FROM events e JOIN articles a ON a.seq = e.article_seq
         WHERE {clause} ORDER BY e.day DESC, e.id DESC{page}"
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query(params_from_iter(params))?;
    while let Some(r) = rows.next()? {
        let mut v: Value = serde_json::from_str(&r.get::<_, String>(0)?)?;
        v["outlet"] = json!(r.get::<_, Option<String>>(1)?);
        v["title"] = json!(r.get::<_, Option<String>>(2)?);
        v["published"] = json!(r.get::<_, Option<String>>(3)?);
        v["story"] = json!(r.get::<_, Option<String>>(4)?);
        v["url"] = json!(r.get::<_, Option<String>>(5)?);
        v["language"] = json!(r.get::<_, Option<String>>(6)?);
        f(v)?;
    }
    Ok(())
}

/// Stories, latest first, each with its outlets and how many articles each gave.
pub fn stories(
    conn: &Connection,
    filter: &Filter,
    limit: usize,
    offset: usize,
) -> Result<Vec<Value>> {
    let mut clauses = vec!["s.article_count > 0".to_string()];
    let mut params = Vec::new();
    if !filter.is_empty() {
        // Stories holding at least one article (and event, if asked) that matches.
        let inner = if filter.event_filters_empty() {
            let mut c = vec!["a.superseded_by IS NULL".to_string()];
            filter.article_clauses(&mut c, &mut params, "a.day")?;
            format!(
                "SELECT 1 FROM articles a WHERE a.story_id = s.id AND {}",
                c.join(" AND ")
            )
        } else {
            let (clause, p) = filter.event_sql()?;
            params = p;
            format!(
                "SELECT 1 FROM events e JOIN articles a ON a.seq = e.article_seq
                 WHERE a.story_id = s.id AND {clause}"
            )
        };
        clauses.push(format!("EXISTS ({inner})"));
    }
    let sql = format!(
        "SELECT s.id, s.title, s.first_day, s.last_day, s.article_count, s.outlet_count
         FROM stories s WHERE {}
         ORDER BY coalesce(s.last_day, '') DESC, s.last_seq DESC LIMIT {} OFFSET {}",
        clauses.join(" AND "),
        limit.min(MAX_LIMIT),
        offset
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut rows: Vec<Value> = stmt
        .query_map(params_from_iter(params), |r| {
            Ok(json!({
                "id": r.get::<_, String>(0)?,
                "title": r.get::<_, String>(1)?,
                "first_day": r.get::<_, Option<String>>(2)?,
                "last_day": r.get::<_, Option<String>>(3)?,
                "articles": r.get::<_, i64>(4)?,
                "outlet_count": r.get::<_, i64>(5)?,
            }))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut outlets_stmt = conn.prepare_cached(
        "SELECT coalesce(outlet, source), count(*) FROM articles
         WHERE story_id = ?1 AND superseded_by IS NULL GROUP BY 1 ORDER BY 2 DESC, 1",
    )?;
    for row in &mut rows {
        let id = row["id"].as_str().unwrap_or_default().to_string();
        let outlets: Vec<Value> = outlets_stmt
            .query_map([&id], |r| {
                Ok(json!({"outlet": r.get::<_, String>(0)?, "articles": r.get::<_, i64>(1)?}))
            })?
            .collect::<rusqlite::Result<_>>()?;
        row["outlets"] = Value::Array(outlets);
    }
    Ok(rows)
}

/// A story's analyzed articles in the order they joined, and its
/// syndicated pairs as (copy id, original id).
struct Members {
    articles: Vec<Article>,
    copies: Vec<(String, String)>,
}

/// The analyzed articles of a story in the order they joined, and its
/// syndicated pairs as (copy, original).
fn story_members(conn: &Connection, id: &str) -> Result<Members> {
    let mut stmt = conn.prepare_cached(
        "SELECT annotations, copy_of FROM articles
         WHERE story_id = ?1 AND superseded_by IS NULL ORDER BY seq",
    )?;
    let mut members = Vec::new();
    let mut copies = Vec::new();
    let rows = stmt.query_map([id], |r| {
        Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, Option<String>>(1)?))
    })?;
    for row in rows {
        let (blob, copy_of) = row?;
        let a = unpack_article(&blob)?;
        if let Some(orig) = copy_of {
            copies.push((a.id.clone(), orig));
        }
        members.push(a);
    }
    // A pair whose original left the story (superseded) is no pair.
    copies.retain(|(_, o)| members.iter().any(|m| &m.id == o));
    Ok(Members {
        articles: members,
        copies,
    })
}

/// Compute a story's comparison from its stored articles.
pub fn compute_story(conn: &Connection, id: &str) -> Result<Option<Story>> {
    let Members {
        articles: members,
        copies,
    } = story_members(conn, id)?;
    if members.is_empty() {
        return Ok(None);
    }
    let refs: Vec<&Article> = members.iter().collect();
    let mut story = sitrep_stories::build_story(&refs, copies);
    story.id = id.to_string();
    Ok(Some(story))
}

/// A story with its comparison (recomputed when articles joined since it
/// was last stored) and its articles' metadata.
pub fn story(conn: &Connection, id: &str) -> Result<Option<Value>> {
    let row: Option<(i64, Option<String>)> = conn
        .query_row(
            "SELECT dirty, record FROM stories WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let story: Story = match row {
        None => return Ok(None),
        Some((0, Some(record))) => serde_json::from_str(&record)?,
        Some(_) => match compute_story(conn, id)? {
            Some(s) => s,
            None => return Ok(None),
        },
    };
    let mut stmt = conn.prepare_cached(
        "SELECT id, title, outlet, published, url, source, copy_of, language FROM articles
         WHERE story_id = ?1 AND superseded_by IS NULL ORDER BY seq",
    )?;
    let articles: Vec<Value> = stmt
        .query_map([id], |r| {
            Ok(json!({
                "id": r.get::<_, String>(0)?,
                "title": r.get::<_, Option<String>>(1)?,
                "outlet": r.get::<_, Option<String>>(2)?,
                "published": r.get::<_, Option<String>>(3)?,
                "url": r.get::<_, Option<String>>(4)?,
                "source": r.get::<_, String>(5)?,
                "copy_of": r.get::<_, Option<String>>(6)?,
                "language": r.get::<_, Option<String>>(7)?,
            }))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut v = serde_json::to_value(&story)?;
    v["article_meta"] = Value::Array(articles);
    Ok(Some(v))
}

/// An article's record (body included) with its events and quotes, spans
/// in characters.
pub fn article(conn: &Connection, id: &str) -> Result<Option<Value>> {
    let row: Option<(i64, String, Option<String>)> = conn
        .query_row(
            "SELECT seq, record, superseded_by FROM articles WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let Some((seq, record, superseded_by)) = row else {
        return Ok(None);
    };
    let mut v: Value = serde_json::from_str(&record)?;
    v["superseded_by"] = json!(superseded_by);
    for (key, table) in [("events", "events"), ("quotes", "quotes")] {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT record FROM {table} WHERE article_seq = ?1 ORDER BY id"
        ))?;
        let rows: Vec<String> = stmt
            .query_map([seq], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        v[key] = Value::Array(
            rows.iter()
                .map(|s| serde_json::from_str(s))
                .collect::<serde_json::Result<_>>()?,
        );
    }
    Ok(Some(v))
}

/// Event counts per day and quad class.
pub fn timeline(conn: &Connection, filter: &Filter) -> Result<Vec<Value>> {
    let (clause, params) = filter.event_sql()?;
    let sql = format!(
        "SELECT e.day, e.quad, count(*) FROM events e JOIN articles a ON a.seq = e.article_seq
         WHERE {clause} AND e.day IS NOT NULL GROUP BY e.day, e.quad ORDER BY e.day"
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt
        .query_map(params_from_iter(params), |r| {
            Ok(json!({"day": r.get::<_, String>(0)?, "quad": r.get::<_, i64>(1)?, "events": r.get::<_, i64>(2)?}))
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// An actor (by code, name or key): the names it goes by, and who acts on
/// whom around it, counted by quad class.
pub fn actor(conn: &Connection, who: &str, filter: &Filter) -> Result<Option<Value>> {
    let keys: Vec<(String, Option<String>, String, i64)> = conn
        .prepare_cached(
            "SELECT key, code, name, count(*) FROM event_actors
             WHERE code = upper(?1) OR key = ?1 COLLATE NOCASE OR name = ?1 COLLATE NOCASE
             GROUP BY key, code, name ORDER BY 4 DESC LIMIT 50",
        )?
        .query_map([who.trim()], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    if keys.is_empty() {
        return Ok(None);
    }
    let mut f = filter.clone();
    f.actor = Some(who.trim().to_string());
    let (clause, params) = f.event_sql()?;
    let sql = format!(
        "SELECT s.key, r.key, e.quad, count(*) FROM events e
         JOIN articles a ON a.seq = e.article_seq
         JOIN event_actors s ON s.event = e.id AND s.role = 'actor'
         JOIN event_actors r ON r.event = e.id AND r.role = 'recipient'
         WHERE {clause} AND s.key <> r.key
         GROUP BY s.key, r.key, e.quad ORDER BY 4 DESC LIMIT 300"
    );
    let mut stmt = conn.prepare(&sql)?;
    let edges: Vec<Value> = stmt
        .query_map(params_from_iter(params), |r| {
            Ok(json!({
                "source": r.get::<_, String>(0)?, "target": r.get::<_, String>(1)?,
                "quad": r.get::<_, i64>(2)?, "events": r.get::<_, i64>(3)?,
            }))
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Some(json!({
        "query": who,
        "names": keys.iter().map(|(k, c, n, count)| json!({"key": k, "code": c, "name": n, "mentions": count})).collect::<Vec<_>>(),
        "edges": edges,
    })))
}

/// Counts for a summary line.
pub fn counts(conn: &Connection) -> Result<Value> {
    let one = |sql: &str| -> Result<i64> { Ok(conn.query_row(sql, [], |r| r.get(0))?) };
    Ok(json!({
        "articles": one("SELECT count(*) FROM articles WHERE superseded_by IS NULL")?,
        "superseded": one("SELECT count(*) FROM articles WHERE superseded_by IS NOT NULL")?,
        "events": one("SELECT count(*) FROM events")?,
        "quotes": one("SELECT count(*) FROM quotes")?,
        "stories": one("SELECT count(*) FROM stories WHERE article_count > 0")?,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Whatever a client sends, the SQL text holds no part of it: every
        /// value is bound, one parameter per filter given.
        #[test]
        fn any_filter_values_are_bound(
            actor in proptest::option::of(".{0,40}"),
            outlet in proptest::option::of(".{0,40}"),
            kind in proptest::option::of("[A-Za-z' ;-]{0,20}"),
            modality in proptest::option::of(".{0,20}"),
        ) {
            let f = Filter {
                actor: actor.clone(),
                outlet: outlet.clone(),
                event_type: kind.clone(),
                modality: modality.clone(),
                ..Default::default()
            };
            let (sql, params) = f.event_sql().unwrap();
            let given = [&actor, &outlet, &kind, &modality].iter().filter(|v| v.is_some()).count();
            proptest::prop_assert_eq!(params.len(), given);
            // The same filters with harmless values give the same SQL text.
            let plain = |v: &Option<String>| v.as_ref().map(|_| "x".to_string());
            let g = Filter {
                actor: plain(&actor),
                outlet: plain(&outlet),
                event_type: plain(&kind),
                modality: plain(&modality),
                ..Default::default()
            };
            proptest::prop_assert_eq!(sql, g.event_sql().unwrap().0);
        }
    }

    #[test]
    fn quad_classes_by_number_or_name() {
        assert_eq!(quad_number("3").unwrap(), 3);
        assert_eq!(quad_number("Material Conflict").unwrap(), 4);
        assert!(quad_number("5").is_err());
    }

    #[test]
    fn filters_bind_values_never_splice_them() {
        let f = Filter {
            actor: Some("x'; DROP TABLE events; --".into()),
            event_type: Some("threaten".into()),
            since: Some("2024-01-01".into()),
            ..Default::default()
        };
        let (sql, params) = f.event_sql().unwrap();
        assert!(!sql.contains("DROP"));
        assert_eq!(
            params,
            vec!["x'; DROP TABLE events; --", "THREATEN", "2024-01-01"]
        );
        let bad = Filter {
            until: Some("last week".into()),
            ..Default::default()
        };
        assert!(bad.event_sql().is_err());
    }
}
