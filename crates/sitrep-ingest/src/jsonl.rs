//! JSON Lines: one article per line, `text` or `html` plus optional metadata.

use crate::scraped::{article_from_text, Given};
use crate::{dates, ItemError};
use serde::Deserialize;
use sitrep_core::Article;

#[derive(Debug, Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    url: Option<String>,
    title: Option<String>,
    outlet: Option<String>,
    published: Option<String>,
    text: Option<String>,
    html: Option<String>,
}

pub fn articles(source: &str, text: &str) -> Vec<Result<Article, ItemError>> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, line)| {
            let where_ = format!("{source}:{}", n + 1);
            let rec: Record = serde_json::from_str(line)
                .map_err(|e| ItemError::new(&where_, format!("bad JSON: {e}")))?;
            let id = rec.id.map(|v| match v {
                serde_json::Value::String(s) => s,
                other => other.to_string(),
            });
            let given = Given {
                authors: Vec::new(),
                id: id.clone().or(Some(where_.clone())),
                url: rec.url,
                title: rec.title.filter(|t| !t.trim().is_empty()),
                outlet: rec.outlet.filter(|o| !o.trim().is_empty()),
                published: rec.published.as_deref().and_then(dates::parse_date),
            };
            match (rec.text, rec.html) {
                (Some(t), _) => article_from_text(&where_, &t, given),
                (None, Some(_)) => Err(ItemError::new(
                    &where_,
                    "the `html` field is not supported yet; give `text`",
                )),
                (None, None) => Err(ItemError::new(
                    &where_,
                    "record has neither `text` nor `html`",
                )),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_line_is_an_article_and_a_bad_line_costs_only_itself() {
        let input = r#"{"id": "a1", "outlet": "Gulf Wire", "published": "2024-03-03", "text": "Qatar said on Sunday it had hosted a new round of talks between the two sides in Doha."}
not json
{"id": 7, "text": "Tags"}
"#;
        let out = articles("feed.jsonl", input);
        assert_eq!(out.len(), 3);
        let a = out[0].as_ref().unwrap();
        assert_eq!(a.source, "a1");
        assert_eq!(a.outlet.as_deref(), Some("Gulf Wire"));
        assert_eq!(a.published.as_ref().unwrap().iso(), "2024-03-03");
        assert!(out[1].as_ref().unwrap_err().reason.contains("bad JSON"));
        assert!(out[2].is_err());
    }
}
