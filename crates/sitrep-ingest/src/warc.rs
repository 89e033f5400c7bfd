//! WARC files (as Common Crawl News writes them): every `response` record
//! holding an HTML page becomes an article; a broken record is an error of its
//! own and reading resumes at the next record. `.warc.gz` arrives here already
//! decompressed by the input layer (each record is its own gzip member).

use crate::html::{article_from_html, charset_param, decode_html_as};
use crate::scraped::Given;
use crate::{Article, ItemError};
use std::io::Read;

const MAGIC: &[u8] = b"WARC/1.";

pub fn is_warc(bytes: &[u8]) -> bool {
    bytes.starts_with(MAGIC)
}

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// Header lines as (lower-case name, value).
type Headers = Vec<(String, String)>;

fn headers(block: &[u8]) -> Headers {
    String::from_utf8_lossy(block)
        .lines()
        .skip(1)
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect()
}

fn header<'a>(hs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    hs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

/// An HTTP response's body, undoing chunked transfer and gzip content encoding.
fn http_body(payload: &[u8]) -> Result<(Headers, Vec<u8>), String> {
    let split = find(payload, b"\r\n\r\n", 0).ok_or("HTTP headers never end")?;
    let hs = headers(&payload[..split]);
    let mut body = payload[split + 4..].to_vec();
    if header(&hs, "transfer-encoding").is_some_and(|v| v.eq_ignore_ascii_case("chunked")) {
        body = dechunk(&body)?;
    }
    if header(&hs, "content-encoding").is_some_and(|v| v.eq_ignore_ascii_case("gzip")) {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(&body[..])
            .take(crate::input::MAX_ITEM_BYTES)
            .read_to_end(&mut out)
            .map_err(|e| format!("broken gzip body: {e}"))?;
        body = out;
    }
    Ok((hs, body))
}

fn dechunk(mut data: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    loop {
        let line_end = find(data, b"\r\n", 0).ok_or("chunk size line never ends")?;
        let size_text = String::from_utf8_lossy(&data[..line_end]);
        let size = usize::from_str_radix(size_text.split(';').next().unwrap_or("").trim(), 16)
            .map_err(|_| format!("bad chunk size {size_text:?}"))?;
        if size == 0 {
            return Ok(out);
        }
        let start = line_end + 2;
        let chunk = data
            .get(start..start + size)
            .ok_or("chunk runs past the record")?;
        out.extend_from_slice(chunk);
        data = data.get(start + size + 2..).unwrap_or(&[]);
    }
}

pub fn articles(source: &str, bytes: &[u8]) -> Vec<Result<Article, ItemError>> {
    let mut out = Vec::new();
    let mut at = 0;
    let mut n = 0;
    while let Some(start) = find(bytes, MAGIC, at) {
        n += 1;
        let here = format!("{source}@{start}");
        let Some(head_end) = find(bytes, b"\r\n\r\n", start) else {
            out.push(Err(ItemError::new(&here, "WARC record headers never end")));
            break;
        };
        let hs = headers(&bytes[start..head_end]);
        let body_start = head_end + 4;
        let length = header(&hs, "content-length").and_then(|v| v.parse::<usize>().ok());
        let Some(length) = length.filter(|&l| body_start + l <= bytes.len()) else {
            out.push(Err(ItemError::new(
                &here,
                "WARC record with a missing or wrong Content-Length",
            )));
            at = body_start;
            continue;
        };
        at = body_start + length;
        let is_response = header(&hs, "warc-type") == Some("response");
        if !is_response {
            continue;
        }
        let url = header(&hs, "warc-target-uri").map(str::to_string);
        let item = url.clone().unwrap_or_else(|| here.clone());
        let result = http_body(&bytes[body_start..at]).and_then(|(http, body)| {
            let ctype = header(&http, "content-type")
                .unwrap_or("text/html")
                .to_ascii_lowercase();
            if !ctype.contains("html") {
                return Err(format!("not an HTML page ({ctype})"));
            }
            decode_html_as(&body, charset_param(&ctype))
        });
        out.push(match result {
            Ok(html) => article_from_html(
                &item,
                &html,
                Given {
                    id: url.clone(),
                    url,
                    ..Given::default()
                },
            ),
            Err(reason) => Err(ItemError::new(&item, reason)),
        });
    }
    if n == 0 {
        out.push(Err(ItemError::new(source, "no WARC record found")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: &str, uri: &str, payload: &str) -> String {
        format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nContent-Length: {}\r\n\r\n{payload}\r\n\r\n",
            payload.len()
        )
    }

    const PAGE: &str = "<html><head><title>Ceasefire holds in Khartoum</title></head><body><article><p>The truce between Sudan's army and the Rapid Support Forces held for a second day in Khartoum on Monday, residents said, as aid convoys reached the city.</p><p>Mediators in Jeddah said both sides had agreed to extend the truce by a week.</p></article></body></html>";

    #[test]
    fn the_http_charset_decides_over_a_wrong_meta() {
        let body = "<html><head><meta charset=\"utf-8\"></head><body><article><p>Le ministre a d\u{e9}clar\u{e9} lundi que la tr\u{ea}ve tenait \u{e0} Khartoum depuis deux jours, selon des habitants de la ville.</p></article></body></html>";
        let (latin1, _, _) = encoding_rs::WINDOWS_1252.encode(body);
        let mut http =
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\n\r\n".to_vec();
        http.extend_from_slice(&latin1);
        let mut warc = format!(
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://b.example/fr\r\nContent-Length: {}\r\n\r\n",
            http.len()
        )
        .into_bytes();
        warc.extend_from_slice(&http);
        warc.extend_from_slice(b"\r\n\r\n");
        let out = articles("fr.warc", &warc);
        let article = out[0].as_ref().unwrap();
        assert!(article.body.contains("a déclaré lundi"), "{}", article.body);
    }

    #[test]
    fn response_records_become_articles_and_a_broken_one_fails_alone() {
        let good = record(
            "response",
            "https://a.example/truce",
            &format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{PAGE}"),
        );
        let request = record(
            "request",
            "https://a.example/truce",
            "GET /truce HTTP/1.1\r\n\r\n",
        );
        let broken =
            "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999999\r\n\r\nHTTP/1.1 200 OK";
        let warc = format!("{good}{request}{broken}{good}");
        let out = articles("crawl.warc", warc.as_bytes());
        assert_eq!(out.len(), 3, "two articles and one error: {out:?}");
        assert_eq!(out[0].as_ref().unwrap().source, "https://a.example/truce");
        assert!(out[0]
            .as_ref()
            .unwrap()
            .body
            .contains("Mediators in Jeddah"));
        assert!(out[1]
            .as_ref()
            .unwrap_err()
            .reason
            .contains("Content-Length"));
        assert!(out[2].is_ok(), "reading resumed after the broken record");
    }

    #[test]
    fn chunked_bodies_are_joined() {
        assert_eq!(
            dechunk(b"5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n").unwrap(),
            b"hello world"
        );
        assert!(dechunk(b"zz\r\n").is_err());
    }
}
