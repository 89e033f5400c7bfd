//! `sitrep actors --lines`: the names of each input line, for sentence-per-line
//! evaluation sets (CoNLL-2003 and its kin).
//!
//! Each line keeps its own offsets and its 0-based number, and only names
//! are printed (no pronouns or descriptions). But a sentence-per-line file is
//! an article cut into lines, and a reader of line 12 has read lines 1 to 11:
//! "Vinar" alone is the "Mark Vinar" of two lines before, and "Police" opening
//! a line is a common word when the article writes "police". So, unless
//! `--alone` is given, each line is analyzed inside a window of the lines
//! around it of the same document, joined as paragraphs, and only its own
//! names are kept. A document ends at a blank line or a `-DOCSTART-` line
//! (CoNLL's document mark); a line holding U+2029 paragraph separators is a
//! whole document by itself and is always read alone.
//!
//! Windows: the lines to report go in blocks of [`BLOCK`], each read with up to
//! [`CONTEXT`] lines before and after it, so every line has at least
//! `CONTEXT` lines of its document on either side (where there are any) and a
//! line is analyzed about `1 + 2 * CONTEXT / BLOCK` times.

use crate::output::mention_line;
use anyhow::Result;
use sitrep_core::{export, Article, CharIndex, Span};
use sitrep_nlp::kb::KnowledgeBase;
use std::io::{BufWriter, Write};
use std::ops::Range;

/// Lines reported per window. (On eval/ecb-names by line and eval/wire-names
/// dev, blocks of 16 to 128 lines with 8 to 48 lines of context scored the
/// same to two places; the whole file as one document scored lower, since
/// one article's names then type another's.)
const BLOCK: usize = 64;
/// Lines of context read on each side of a block.
const CONTEXT: usize = 16;

/// One line of input: its 0-based number in its file and its text.
#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    no: usize,
    text: &'a str,
}

/// Returns whether every input could be read.
pub fn actors_by_line(paths: &[String], jsonl: bool, alone: bool) -> Result<bool> {
    let kb = KnowledgeBase::embedded();
    let stdout = std::io::stdout();
    let mut w = BufWriter::new(stdout.lock());
    let mut ok = true;
    for path in paths {
        let text = match read_text(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("sitrep: failed: {path}: {e}");
                ok = false;
                continue;
            }
        };
        for doc in documents(&text, alone) {
            for (read, report) in windows(doc.len()) {
                for (line_no, mut r) in names_in(
                    &doc[read.clone()],
                    report.start - read.start..report.end - read.start,
                    &kb,
                ) {
                    if jsonl {
                        r["line"] = line_no.into();
                        serde_json::to_writer(&mut w, &r)?;
                        writeln!(w)?;
                    } else {
                        writeln!(w, "{line_no:>6}:{}", mention_line(&r))?;
                    }
                }
            }
        }
    }
    w.flush()?;
    Ok(ok)
}

fn read_text(path: &str) -> Result<String, String> {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf).map(|_| buf)
    } else {
        std::fs::read(path)
    };
    bytes
        .map_err(|e| e.to_string())
        .and_then(|b| String::from_utf8(b).map_err(|e| format!("not UTF-8: {e}")))
}

/// The documents of a file, each its non-blank lines in order: parted at a
/// blank line or a `-DOCSTART-` line; a line with U+2029 in it, or every line
/// when `alone`, is a document of its own.
fn documents(text: &str, alone: bool) -> Vec<Vec<Line<'_>>> {
    let mut out = Vec::new();
    let mut doc = Vec::new();
    for (no, text) in text.split('\n').enumerate() {
        let text = text.strip_suffix('\r').unwrap_or(text);
        let ends_a_document = text.trim().is_empty() || text.trim_start().starts_with("-DOCSTART-");
        if ends_a_document || alone || text.contains('\u{2029}') {
            if !doc.is_empty() {
                out.push(std::mem::take(&mut doc));
            }
            if !ends_a_document {
                out.push(vec![Line { no, text }]);
            }
            continue;
        }
        doc.push(Line { no, text });
    }
    if !doc.is_empty() {
        out.push(doc);
    }
    out
}

/// The windows over a document of `n` lines: the lines each reads, and
/// the lines whose names it reports (the reported ranges part `0..n`).
fn windows(n: usize) -> Vec<(Range<usize>, Range<usize>)> {
    (0..n)
        .step_by(BLOCK)
        .map(|start| {
            let end = (start + BLOCK).min(n);
            (
                start.saturating_sub(CONTEXT)..(end + CONTEXT).min(n),
                start..end,
            )
        })
        .collect()
}

/// The names of `lines[report]`, read with all of `lines` as one document
/// (each line a paragraph): each as its line's number and the record of its
/// mention, with offsets from its line's start.
fn names_in(
    lines: &[Line],
    report: Range<usize>,
    kb: &KnowledgeBase,
) -> Vec<(usize, serde_json::Value)> {
    // (Parted by line breaks, as the file is: the layout of wire copy, its
    // headlines, datelines and tables, is read line by line. Joined by
    // U+2029 instead, eval/wire-names dev fell from .957 to .916.)
    let body = lines.iter().map(|l| l.text).collect::<Vec<_>>().join("\n");
    let mut line_spans = Vec::with_capacity(lines.len());
    let mut at = 0;
    for l in lines {
        line_spans.push(Span::new(at, at + l.text.len()));
        at += l.text.len() + 1;
    }
    let id = format!("line {}", lines[report.start].no + 1);
    let mut a = Article::new(id, body);
    a.layers.paragraphs = if lines.len() == 1 {
        paragraphs_of_line(lines[0].text)
    } else {
        line_spans.clone()
    };
    sitrep_nlp::analyze(&mut a, kb);
    let records = export::mention_records(&a);
    let named = sitrep_nlp::actors::named_spans(&a.body, &a.layers.mentions, kb);
    let chars = CharIndex::new(&a.body);
    // The furthest end of the mentions up to each one, which only grows: the
    // first mention a name can overlap is found by a search.
    let reach: Vec<usize> = a
        .layers
        .mentions
        .iter()
        .scan(0, |r, m| {
            *r = m.span.end.max(*r);
            Some(*r)
        })
        .collect();
    let mut out = Vec::new();
    for (span, mention_type) in named {
        let k = line_spans.partition_point(|l| l.end < span.start);
        // (The names pass never runs a name over a line break, but a name
        // the actor layer knows may: "THE WHITE HOUSE\nOffice of the Press
        // Secretary" read "White House Office". It has no offsets in one
        // line, and is left out.)
        if !report.contains(&k) || span.end > line_spans[k].end {
            continue;
        }
        // The record of the first mention the name overlaps, the mentions
        // being in text order: a name may open before its mention,
        // "Premier" of "the Premier League".
        let from = reach.partition_point(|&r| r <= span.start);
        let Some(i) = a.layers.mentions[from..]
            .iter()
            .take_while(|m| m.span.start < span.end)
            .position(|m| span.start < m.span.end)
            .map(|k| from + k)
        else {
            continue;
        };
        let Ok(type_value) = serde_json::to_value(mention_type) else {
            continue;
        };
        let line_start = chars.chars(Span::new(line_spans[k].start, line_spans[k].start))[0];
        let [start, end] = chars.chars(span);
        let mut r = records[i].clone();
        r["start"] = (start - line_start).into();
        r["end"] = (end - line_start).into();
        r["text"] = a.text(span).into();
        r["type"] = type_value;
        out.push((lines[k].no, r));
    }
    out
}

/// A line may hold a whole document: U+2029 (PARAGRAPH SEPARATOR) parts its
/// paragraphs, so that headings stay sentences of their own.
fn paragraphs_of_line(line: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in line.match_indices('\u{2029}') {
        out.push(Span::new(start, i));
        start = i + '\u{2029}'.len_utf8();
    }
    if start > 0 {
        out.push(Span::new(start, line.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(text: &str, alone: bool) -> Vec<Vec<usize>> {
        documents(text, alone)
            .iter()
            .map(|d| d.iter().map(|l| l.no).collect())
            .collect()
    }

    #[test]
    fn documents_end_at_blank_and_docstart_lines() {
        let text = "a\nb\n\nc\n-DOCSTART- -X- O\nd\ne\u{2029}f\ng\r\nh";
        assert_eq!(
            shape(text, false),
            vec![vec![0, 1], vec![3], vec![5], vec![6], vec![7, 8]]
        );
        assert_eq!(
            shape(text, true),
            vec![
                vec![0],
                vec![1],
                vec![3],
                vec![5],
                vec![6],
                vec![7],
                vec![8]
            ]
        );
    }

    proptest::proptest! {
        /// Every line that is neither blank nor a `-DOCSTART-` line is in
        /// exactly one document, in input order, with its own text.
        #[test]
        fn documents_keep_every_text_line_once_in_order(
            text in "([a-z \\r\u{2029}]{0,6}|-DOCSTART-)(\n([a-z \\r\u{2029}]{0,6}|-DOCSTART-)){0,12}",
            alone: bool,
        ) {
            let docs = documents(&text, alone);
            let got: Vec<(usize, &str)> = docs.iter().flatten().map(|l| (l.no, l.text)).collect();
            let want: Vec<(usize, &str)> = text
                .split('\n')
                .map(|t| t.strip_suffix('\r').unwrap_or(t))
                .enumerate()
                .filter(|(_, t)| !t.trim().is_empty() && !t.starts_with("-DOCSTART-"))
                .collect();
            proptest::prop_assert_eq!(got, want);
            proptest::prop_assert!(docs.iter().all(|d| !d.is_empty()));
        }
    }

    #[test]
    fn windows_report_every_line_once_with_context_around() {
        for n in [1, 5, BLOCK, BLOCK + 1, 3 * BLOCK + 7] {
            let ws = windows(n);
            let reported: Vec<usize> = ws.iter().flat_map(|(_, r)| r.clone()).collect();
            assert_eq!(reported, (0..n).collect::<Vec<_>>());
            for (read, report) in ws {
                assert!(read.start <= report.start && report.end <= read.end);
                assert_eq!(read.start, report.start.saturating_sub(CONTEXT));
                assert_eq!(read.end, (report.end + CONTEXT).min(n));
            }
        }
    }
}
