//! Events out of the store for pandas, R and DuckDB users, streamed: PLOVER
//! JSON Lines (the output contract's event records), and one flat row per
//! event as POLECAT-style TSV, CSV or Parquet.
//!
//! The flat row keeps the first actor, recipient and place in their own
//! columns (POLECAT does the same) and every name in the `*_all` columns,
//! `;`-separated.

use crate::query::{for_each_event, Filter};
use anyhow::{bail, Result};
use rusqlite::Connection;
use serde_json::Value;
use std::io::Write;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    PloverJsonl,
    PolecatTsv,
    Csv,
    Parquet,
}

impl std::str::FromStr for Format {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> Result<Self> {
        Ok(match s {
            "plover-jsonl" | "jsonl" => Format::PloverJsonl,
            "polecat-tsv" | "tsv" => Format::PolecatTsv,
            "csv" => Format::Csv,
            "parquet" => Format::Parquet,
            other => bail!("unknown format {other:?}: plover-jsonl, polecat-tsv, csv or parquet"),
        })
    }
}

/// A flat column: its POLECAT-style header, its snake_case name, and how to
/// read it off an event record.
struct Column {
    header: &'static str,
    name: &'static str,
    get: fn(&Value) -> Option<String>,
}

fn s(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

fn first(v: &Value, list: &str, key: &str) -> Option<String> {
    s(&v[list][0][key])
}

fn all(v: &Value, list: &str, key: &str) -> Option<String> {
    let names: Vec<String> = v[list]
        .as_array()?
        .iter()
        .filter_map(|x| s(&x[key]))
        .collect();
    (!names.is_empty()).then(|| names.join(";"))
}

fn joined(v: &Value, key: &str) -> Option<String> {
    let items: Vec<String> = v[key].as_array()?.iter().filter_map(s).collect();
    (!items.is_empty()).then(|| items.join(";"))
}

// One line per column, as a table reads.
#[rustfmt::skip]
const COLUMNS: &[Column] = &[
    Column { header: "Event ID", name: "event_id", get: |v| s(&v["id"]) },
    Column { header: "Event Date", name: "event_date", get: |v| s(&v["date"]) },
    Column { header: "Event Type", name: "event_type", get: |v| s(&v["event"]) },
    Column { header: "Event Mode", name: "event_mode", get: |v| s(&v["mode"]) },
    Column { header: "Event Intensity", name: "event_intensity", get: |v| s(&v["event_intensity"]) },
    Column { header: "Quad Code", name: "quad_code", get: |v| s(&v["quad_code"]) },
    Column { header: "Contexts", name: "contexts", get: |v| joined(v, "context") },
    Column { header: "Modality", name: "modality", get: |v| s(&v["modality"]) },
    Column { header: "Actor Name", name: "actor_name", get: |v| first(v, "actor", "name") },
    Column { header: "Actor Country", name: "actor_country", get: |v| first(v, "actor", "code") },
    Column { header: "Actor Sector", name: "actor_sector", get: |v| first(v, "actor", "sector") },
    Column { header: "Actor Wikidata ID", name: "actor_wikidata", get: |v| first(v, "actor", "wikidata") },
    Column { header: "Actors All", name: "actors_all", get: |v| all(v, "actor", "name") },
    Column { header: "Recipient Name", name: "recipient_name", get: |v| first(v, "recipient", "name") },
    Column { header: "Recipient Country", name: "recipient_country", get: |v| first(v, "recipient", "code") },
    Column { header: "Recipient Sector", name: "recipient_sector", get: |v| first(v, "recipient", "sector") },
    Column { header: "Recipient Wikidata ID", name: "recipient_wikidata", get: |v| first(v, "recipient", "wikidata") },
    Column { header: "Recipients All", name: "recipients_all", get: |v| all(v, "recipient", "name") },
    Column { header: "Placename", name: "placename", get: |v| first(v, "event_loc", "name") },
    Column { header: "Place Country", name: "place_country", get: |v| first(v, "event_loc", "code") },
    Column { header: "Dead", name: "dead", get: |v| s(&v["dead"]) },
    Column { header: "Attribution", name: "attribution", get: |v| joined(v, "attribution") },
    Column { header: "Source", name: "outlet", get: |v| s(&v["outlet"]) },
    Column { header: "Publication Date", name: "published", get: |v| s(&v["published"]) },
    Column { header: "Language", name: "language", get: |v| s(&v["language"]) },
    Column { header: "Headline", name: "headline", get: |v| s(&v["title"]) },
    Column { header: "URL", name: "url", get: |v| s(&v["url"]) },
    Column { header: "Story ID", name: "story_id", get: |v| s(&v["story"]) },
    Column { header: "Article ID", name: "article_id", get: |v| s(&v["article"]) },
    Column { header: "Event Text", name: "event_text", get: |v| s(&v["event_text"]) },
    Column { header: "Sentence", name: "sentence", get: |v| s(&v["sentence"]) },
];

/// TSV has no quoting: tabs and line breaks inside a field become spaces.
fn tsv_field(v: Option<String>) -> String {
    v.unwrap_or_default()
        .chars()
        .map(|c| {
            if matches!(c, '\t' | '\n' | '\r') {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// Write every event the filter keeps; returns how many.
pub fn export<W: Write + Send>(
    conn: &Connection,
    filter: &Filter,
    format: Format,
    out: W,
) -> Result<usize> {
    let mut n = 0;
    match format {
        Format::PloverJsonl => {
            let mut out = out;
            for_each_event(conn, filter, None, |v| {
                serde_json::to_writer(&mut out, &v)?;
                out.write_all(b"\n")?;
                n += 1;
                Ok(())
            })?;
            out.flush()?;
        }
        Format::PolecatTsv | Format::Csv => {
            let tsv = format == Format::PolecatTsv;
            let mut w = csv::WriterBuilder::new()
                .delimiter(if tsv { b'\t' } else { b',' })
                .quote_style(if tsv {
                    csv::QuoteStyle::Never
                } else {
                    csv::QuoteStyle::Necessary
                })
                .from_writer(out);
            w.write_record(COLUMNS.iter().map(|c| if tsv { c.header } else { c.name }))?;
            for_each_event(conn, filter, None, |v| {
                let row = COLUMNS.iter().map(|c| {
                    let x = (c.get)(&v);
                    if tsv {
                        tsv_field(x)
                    } else {
                        x.unwrap_or_default()
                    }
                });
                w.write_record(row)?;
                n += 1;
                Ok(())
            })?;
            w.flush()?;
        }
        Format::Parquet => n = parquet_export(conn, filter, out)?,
    }
    Ok(n)
}

/// Rows per Parquet row group: memory stays bounded by one group.
const ROW_GROUP: usize = 8_192;

fn parquet_export<W: Write + Send>(conn: &Connection, filter: &Filter, out: W) -> Result<usize> {
    use parquet::data_type::{ByteArray, ByteArrayType};
    use parquet::file::properties::WriterProperties;
    use parquet::file::writer::SerializedFileWriter;
    use parquet::schema::parser::parse_message_type;

    let fields: Vec<String> = COLUMNS
        .iter()
        .map(|c| format!("OPTIONAL BYTE_ARRAY {} (UTF8);", c.name))
        .collect();
    let schema = Arc::new(parse_message_type(&format!(
        "message plover_event {{ {} }}",
        fields.join(" ")
    ))?);
    let props = Arc::new(
        WriterProperties::builder()
            .set_compression(parquet::basic::Compression::SNAPPY)
            .set_created_by(format!("sitrep {}", env!("CARGO_PKG_VERSION")))
            .build(),
    );
    let mut writer = SerializedFileWriter::new(out, schema, props)?;
    let mut columns: Vec<Vec<Option<String>>> = vec![Vec::new(); COLUMNS.len()];
    let mut n = 0;
    let flush = |writer: &mut SerializedFileWriter<W>,
                 columns: &mut Vec<Vec<Option<String>>>|
     -> Result<()> {
        if columns[0].is_empty() {
            return Ok(());
        }
        let mut group = writer.next_row_group()?;
        for values in columns.iter_mut() {
            let mut col = group.next_column()?.expect("one writer per schema column");
            let defs: Vec<i16> = values.iter().map(|v| v.is_some() as i16).collect();
            let present: Vec<ByteArray> = values
                .drain(..)
                .flatten()
                .map(|s| ByteArray::from(s.into_bytes()))
                .collect();
            col.typed::<ByteArrayType>()
                .write_batch(&present, Some(&defs), None)?;
            col.close()?;
        }
        group.close()?;
        Ok(())
    };
    for_each_event(conn, filter, None, |v| {
        for (c, values) in COLUMNS.iter().zip(columns.iter_mut()) {
            values.push((c.get)(&v));
        }
        n += 1;
        if columns[0].len() >= ROW_GROUP {
            flush(&mut writer, &mut columns)?;
        }
        Ok(())
    })?;
    flush(&mut writer, &mut columns)?;
    writer.close()?;
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tsv_fields_never_break_rows() {
        assert_eq!(tsv_field(Some("a\tb\nc".into())), "a b c");
        assert_eq!(tsv_field(None), "");
    }

    #[test]
    fn flat_columns_read_the_event_record() {
        let v = serde_json::json!({
            "id": "x-e0", "event": "THREATEN", "quad_code": 3,
            "actor": [{"name": "Iran", "code": "IRN"}, {"name": "Hezbollah"}],
            "recipient": [], "context": ["military", "diplomatic"],
        });
        let get = |name: &str| (COLUMNS.iter().find(|c| c.name == name).unwrap().get)(&v);
        assert_eq!(get("actor_country").as_deref(), Some("IRN"));
        assert_eq!(get("actors_all").as_deref(), Some("Iran;Hezbollah"));
        assert_eq!(get("recipient_name"), None);
        assert_eq!(get("contexts").as_deref(), Some("military;diplomatic"));
        assert_eq!(get("quad_code").as_deref(), Some("3"));
    }
}
