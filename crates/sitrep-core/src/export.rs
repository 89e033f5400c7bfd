//! The output contract: the records `sitrep analyze` writes.
//!
//! Other tools read these keys; keep them stable and only add. Spans here are
//! character offsets into `body`.

use crate::{Article, CharIndex, Entity, Span};
use serde::Serialize;
use serde_json::{json, Value};

/// PLOVER's actor object as written out.
pub fn entity_json(e: &Entity) -> Value {
    let mut v = json!({
        "name": e.name,
        "code": e.code,
        "sector": e.sector,
        "wikidata": e.wikidata,
        "text": e.text,
        "kind": e.kind,
    });
    if let Some(o) = &e.office {
        v["office"] = json!(o);
    }
    // When the office was held: "from" and "to" (ISO dates; "to" absent
    // while it is held).
    if let Some(t) = &e.term {
        v["term"] = json!(t);
    }
    if let Some(a) = &e.affiliation {
        v["affiliation"] = json!(a);
    }
    if e.anonymous {
        v["anonymous"] = json!(true);
    }
    if e.code_from_context {
        v["code_from_context"] = json!(true);
    }
    v
}

#[derive(Serialize)]
pub struct ArticleRecord {
    pub id: String,
    pub source: String,
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    pub published_precision: Option<String>,
    pub outlet: Option<String>,
    pub authors: Vec<String>,
    pub dateline: Option<String>,
    pub cited_agencies: Vec<String>,
    pub language: Option<String>,
    pub body: String,
    pub story: Option<String>,
    pub removed: Vec<String>,
}

pub fn article_record(a: &Article, story: Option<&str>) -> ArticleRecord {
    ArticleRecord {
        id: a.id.clone(),
        source: a.source.clone(),
        url: a.url.clone(),
        title: a.title.clone(),
        published: a.published.as_ref().map(|p| p.iso()),
        published_precision: a.published.as_ref().map(|p| {
            serde_json::to_value(p.precision)
                .unwrap()
                .as_str()
                .unwrap()
                .to_string()
        }),
        outlet: a.outlet.clone(),
        authors: a.authors.clone(),
        dateline: a.dateline.clone(),
        cited_agencies: a.cited_agencies.clone(),
        language: a.language.clone(),
        body: a.body.clone(),
        story: story.map(str::to_string),
        removed: a.removed.clone(),
    }
}

fn span_json(idx: &CharIndex, s: Span) -> Value {
    json!(idx.chars(s))
}

/// Events in PLOVER JSON by the manual's field names, plus sitrep's own.
pub fn event_records(a: &Article) -> Vec<Value> {
    let idx = CharIndex::new(&a.body);
    a.layers
        .events
        .iter()
        .enumerate()
        .map(|(n, e)| {
            json!({
                "id": format!("{}-e{}", a.id, n),
                "article": a.id,
                "source": a.source,
                "event": e.event_type.as_str(),
                "quad_code": e.event_type.quad_class() as u8,
                "event_intensity": (e.event_type.intensity() as f64 * 10.0).round() / 10.0,
                "mode": e.mode,
                "context": e.context,
                "actor": e.actor.iter().map(entity_json).collect::<Vec<_>>(),
                "recipient": e.recipient.iter().map(entity_json).collect::<Vec<_>>(),
                "recipient_inferred": e.recipient_inferred.map(|b| b.as_str()),
                "reciprocal": e.reciprocal,
                "modality": e.modality.as_str(),
                "date": e.date.as_ref().and_then(|d| d.value.clone()),
                "date_info": e.date,
                "event_loc": e.places.iter().map(entity_json).collect::<Vec<_>>(),
                "dead": e.dead,
                "event_text": a.text(e.span),
                "span": span_json(&idx, e.span),
                "trigger": a.text(e.trigger),
                "sentence": a.text(e.sentence),
                "sentence_span": span_json(&idx, e.sentence),
                "attribution": e.attribution,
            })
        })
        .collect()
}

pub fn quote_records(a: &Article) -> Vec<Value> {
    let idx = CharIndex::new(&a.body);
    a.layers
        .quotes
        .iter()
        .enumerate()
        .map(|(n, q)| {
            json!({
                "id": format!("{}-q{}", a.id, n),
                "article": a.id,
                "source": a.source,
                "speaker": q.speaker.as_ref().map(entity_json),
                "speaker_span": q.speaker_span.map(|s| span_json(&idx, s)),
                "anonymous": q.anonymous,
                "chain": q.chain,
                "kind": q.kind,
                "cue": q.cue.map(|c| a.text(c)),
                "content": a.text(q.content),
                "content_span": span_json(&idx, q.content),
                "span": span_json(&idx, q.span),
            })
        })
        .collect()
}

pub fn mention_records(a: &Article) -> Vec<Value> {
    let idx = CharIndex::new(&a.body);
    a.layers
        .mentions
        .iter()
        .map(|m| {
            let [start, end] = idx.chars(m.span);
            json!({
                "start": start,
                "end": end,
                "text": a.text(m.span),
                "type": m.mention_type,
                "entity": m.entity.as_ref().map(entity_json),
            })
        })
        .collect()
}

/// One article with its events and quotes nested: the default stdout form.
pub fn article_with_layers(a: &Article, story: Option<&str>) -> Value {
    let mut v = serde_json::to_value(article_record(a, story)).expect("record serializes");
    v["events"] = Value::Array(event_records(a));
    v["quotes"] = Value::Array(quote_records(a));
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{EntityKind, Term};

    #[test]
    fn an_office_holder_is_written_with_the_term_of_the_office() {
        let mut e = Entity::named("Dirk Kempthorne", EntityKind::Person);
        e.office = Some("interior secretary".into());
        assert!(entity_json(&e).get("term").is_none());
        e.term = Some(Term {
            from: Some(jiff::civil::date(2006, 5, 26)),
            to: None,
        });
        let v = entity_json(&e);
        assert_eq!(v["office"], "interior secretary");
        assert_eq!(v["term"], json!({"from": "2006-05-26"}));
    }
}
