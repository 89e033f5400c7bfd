//! Run the stages up to coding on a text of our own, for unit tests.

use sitrep_core::Article;

pub fn coded(text: &str) -> Article {
    coded_at(text, None)
}

/// With a publication date (`2024-03-12`), for dates and historical background.
pub fn coded_at(text: &str, published: Option<&str>) -> Article {
    let given = sitrep_ingest::scraped::Given {
        published: published.and_then(sitrep_ingest::dates::parse_date),
        ..Default::default()
    };
    let mut a =
        sitrep_ingest::scraped::article_from_text("test", text, given).expect("test text extracts");
    sitrep_nlp::analyze(&mut a, &KB);
    crate::code_article(&mut a);
    a
}

static KB: std::sync::LazyLock<sitrep_nlp::kb::KnowledgeBase> =
    std::sync::LazyLock::new(sitrep_nlp::kb::KnowledgeBase::embedded);

/// Events as `TYPE actor-keys -> recipient-keys modality` lines; an
/// inferred recipient is written `~KEY` (`COERCE TUR -> ~TUR asserted`), a
/// side whose country came from its context `(KEY)` (`COERCE EGY -> (EGY)`).
pub fn event_lines(a: &Article) -> Vec<String> {
    a.layers
        .events
        .iter()
        .map(|e| {
            let keys = |v: &[sitrep_core::Entity]| {
                v.iter()
                    .map(|x| match x.code_from_context {
                        true => format!("({})", x.code.as_deref().unwrap_or("")),
                        false => x.actor_key(),
                    })
                    .collect::<Vec<_>>()
                    .join("+")
            };
            format!(
                "{} {} -> {} {}",
                e.event_type,
                keys(&e.actor),
                match e.recipient_inferred {
                    Some(_) => format!("~{}", keys(&e.recipient)),
                    None => keys(&e.recipient),
                },
                e.modality.as_str()
            )
        })
        .collect()
}
