//! `sitrep story ID`: a story's accounts side by side, one column per
//! article, one row per claim, then what each account rests on.

use serde_json::Value;
use std::io::Write;

/// Above this many accounts the columns get too narrow: rows are stacked.
const MAX_COLUMNS: usize = 4;

/// A JSON string's text, or "".
pub fn text(v: &Value) -> &str {
    v.as_str().unwrap_or("")
}

/// Greedy word wrap to `width` characters.
pub fn wrap(s: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in s.split_whitespace() {
        let n = line.chars().count();
        if n > 0 && n + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
        while line.chars().count() > width {
            let head: String = line.chars().take(width).collect();
            line = line.chars().skip(width).collect();
            lines.push(head);
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

fn pad(s: &str, width: usize) -> String {
    let n = s.chars().count();
    format!("{s}{}", " ".repeat(width.saturating_sub(n)))
}

/// The label of an article's column: its outlet, else its source.
fn label(meta: &Value) -> String {
    meta["outlet"]
        .as_str()
        .map(str::to_string)
        .unwrap_or_else(|| {
            text(&meta["source"])
                .rsplit('/')
                .next()
                .unwrap_or("")
                .to_string()
        })
}

pub fn write(w: &mut impl Write, story: &Value, width: usize) -> std::io::Result<()> {
    let metas: Vec<&Value> = story["article_meta"]
        .as_array()
        .into_iter()
        .flatten()
        .collect();
    writeln!(w, "story {}: {}", text(&story["id"]), text(&story["title"]))?;
    for m in &metas {
        let copy = m["copy_of"]
            .as_str()
            .map_or(String::new(), |o| format!("  (copy of {o})"));
        writeln!(
            w,
            "  {}  {:<16} {:<25} {}{}",
            text(&m["id"]),
            label(m),
            m["published"].as_str().unwrap_or("-"),
            m["title"].as_str().unwrap_or(""),
            copy
        )?;
    }
    let accounts: Vec<&Value> = metas
        .iter()
        .copied()
        .filter(|m| m["copy_of"].is_null())
        .collect();
    let items: Vec<&Value> = story["comparison"]
        .as_array()
        .into_iter()
        .flatten()
        .collect();
    writeln!(w)?;
    if items.is_empty() {
        writeln!(w, "(one account: nothing to compare)")?;
    }
    let columns = accounts.len().clamp(1, MAX_COLUMNS);
    let side_by_side = accounts.len() <= MAX_COLUMNS;
    let col = (width.saturating_sub(3 * (columns - 1))) / columns;
    if side_by_side && !items.is_empty() {
        let header: Vec<String> = accounts.iter().map(|m| pad(&label(m), col)).collect();
        writeln!(w, "{}", header.join(" │ "))?;
        writeln!(
            w,
            "{}",
            "─".repeat(width.min(col * columns + 3 * (columns - 1)))
        )?;
    }
    for item in items {
        writeln!(
            w,
            "{} · {} {} → {}: {}",
            text(&item["kind"]).to_uppercase(),
            text(&item["event"]),
            joined(&item["actor"], "+", "-"),
            joined(&item["recipient"], "+", "-"),
            text(&item["claim"])
        )?;
        let of = |article: &str| -> Option<&Value> {
            item["accounts"]
                .as_array()
                .into_iter()
                .flatten()
                .find(|a| a["article"] == article)
        };
        if side_by_side {
            let cells: Vec<Vec<String>> = accounts
                .iter()
                .map(|m| match of(text(&m["id"])) {
                    Some(a) => cell(a, col),
                    None => vec!["—".to_string()],
                })
                .collect();
            let height = cells.iter().map(Vec::len).max().unwrap_or(0);
            for i in 0..height {
                let row: Vec<String> = cells
                    .iter()
                    .map(|c| pad(c.get(i).map_or("", String::as_str), col))
                    .collect();
                writeln!(w, "{}", row.join(" │ ").trim_end())?;
            }
        } else {
            for a in item["accounts"].as_array().into_iter().flatten() {
                let name = a["outlet"].as_str().unwrap_or_else(|| text(&a["source"]));
                for (i, line) in cell(a, width.saturating_sub(20)).iter().enumerate() {
                    writeln!(w, "  {:<16}  {line}", if i == 0 { name } else { "" })?;
                }
            }
        }
        writeln!(w)?;
    }
    writeln!(w, "What each account rests on:")?;
    for s in story["sourcing"].as_array().into_iter().flatten() {
        writeln!(
            w,
            "  {:<16} agencies: {}; named sources: {}; anonymous: {}; own voice {:.0}% of events",
            s["outlet"].as_str().unwrap_or_else(|| text(&s["article"])),
            joined(&s["agencies"], ", ", "none"),
            joined(&s["named_sources"], ", ", "none"),
            joined(&s["anonymous_sources"], ", ", "none"),
            s["own_voice_share"].as_f64().unwrap_or(0.0) * 100.0
        )?;
    }
    Ok(())
}

/// The strings of a JSON list joined by `sep`, or `empty` when there are none.
fn joined(v: &Value, sep: &str, empty: &str) -> String {
    let items: Vec<&str> = v
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|x| x.as_str())
        .collect();
    if items.is_empty() {
        empty.into()
    } else {
        items.join(sep)
    }
}

/// One account: who it is attributed to and how, then its words.
fn cell(account: &Value, width: usize) -> Vec<String> {
    let mut lines = wrap(
        &format!(
            "[{}; {}]",
            text(&account["attributed_to"]),
            text(&account["modality"])
        ),
        width,
    );
    lines.extend(wrap(&format!("“{}”", text(&account["text"])), width));
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn wrap_keeps_words_and_width(text in "[a-z ]{0,200}", width in 1usize..40) {
            let lines = wrap(&text, width);
            proptest::prop_assert!(lines.iter().all(|l| l.chars().count() <= width));
            let words: Vec<&str> = text.split_whitespace().collect();
            let rejoined = lines.concat();
            proptest::prop_assert_eq!(rejoined.replace(' ', ""), words.concat());
        }
    }

    #[test]
    fn wrap_keeps_every_word_within_width() {
        let lines = wrap(
            "Iran's foreign minister warned the United States on Monday",
            12,
        );
        assert!(lines.iter().all(|l| l.chars().count() <= 12));
        assert_eq!(
            lines.join(" "),
            "Iran's foreign minister warned the United States on Monday"
        );
        assert_eq!(wrap("", 5), vec![String::new()]);
    }

    #[test]
    fn a_claim_missing_from_an_account_shows_a_dash_in_its_column() {
        let story = serde_json::json!({
            "id": "s-1", "title": "T",
            "article_meta": [
                {"id": "a", "outlet": "Wire", "copy_of": null},
                {"id": "b", "outlet": "Daily", "copy_of": null}
            ],
            "comparison": [{"kind": "only", "event": "THREATEN", "actor": ["USA"], "recipient": ["IRN"],
                "claim": "US warned Iran",
                "accounts": [{"article": "a", "outlet": "Wire", "text": "warned Iran", "attributed_to": "IRNA", "modality": "reported"}]}],
            "sourcing": []
        });
        let mut out = Vec::new();
        write(&mut out, &story, 80).unwrap();
        let s = String::from_utf8(out).unwrap();
        let row = s.lines().find(|l| l.contains("[IRNA")).unwrap();
        assert!(row.contains("│ —"), "{s}");
    }
}
