//! The command line contract: outputs, exit codes, and bad input that fails
//! only its own item.

mod common;

use common::sitrep;
use std::io::Write;
use std::process::{Command, Stdio};

const ARTICLE: &str = "Kabul Times/ The Taliban said on Monday that a delegation had met Pakistani officials in Doha to discuss border crossings, and that both sides agreed to meet again next month.";

#[test]
fn good_and_bad_items_exit_1_and_name_each_failure() {
    let dir = common::tempdir("cli-mixed");
    std::fs::write(dir.join("good.txt"), ARTICLE).unwrap();
    std::fs::write(dir.join("binary.txt"), [0u8, 159, 146, 150, 0, 1, 2, 3]).unwrap();
    std::fs::write(dir.join("furniture-only.txt"), "Tags\nShare\n").unwrap();
    std::fs::write(dir.join("feed.jsonl"), "{\"id\": \"x1\", \"text\": \"Oman said on Sunday it would host a new round of talks between the two delegations in Muscat next week.\"}\nnot json\n").unwrap();
    let mut gz = gzip_of_long_text();
    gz.truncate(gz.len() / 2);
    std::fs::write(dir.join("cut.txt.gz"), gz).unwrap();
    let out = sitrep().arg("analyze").arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "some items failed");
    let stderr = String::from_utf8_lossy(&out.stderr);
    for name in [
        "binary.txt",
        "furniture-only.txt",
        "feed.jsonl:2",
        "cut.txt.gz",
    ] {
        assert!(stderr.contains(name), "{name} not named in:\n{stderr}");
    }
    let stdout = String::from_utf8_lossy(&out.stdout);
    let articles: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        articles.len(),
        2,
        "the good text and the good JSON line still come out"
    );
    assert!(articles
        .iter()
        .all(|a| a["events"].is_array() && a["quotes"].is_array()));
}

/// Run a command with `input` on its standard input; its output.
fn piped(mut cmd: Command, input: &[u8]) -> std::process::Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

/// A gzip stream of a long text, made by the system's `gzip`, which every
/// Debian machine has.
fn gzip_of_long_text() -> Vec<u8> {
    let mut gzip = Command::new("gzip");
    gzip.arg("-c");
    piped(gzip, ARTICLE.repeat(50).as_bytes()).stdout
}

#[test]
fn stdin_and_a_clean_run_exit_0() {
    let mut cmd = sitrep();
    cmd.args(["analyze", "-"]);
    let out = piped(cmd, ARTICLE.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let a: serde_json::Value =
        serde_json::from_slice(out.stdout.split(|&b| b == b'\n').next().unwrap()).unwrap();
    assert_eq!(a["outlet"], "Kabul Times");
    assert_eq!(a["source"], "-");
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 articles"));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(
        sitrep().arg("analyze").output().unwrap().status.code(),
        Some(2)
    );
    assert_eq!(
        sitrep().arg("nonsense").output().unwrap().status.code(),
        Some(2)
    );
    assert_eq!(
        sitrep()
            .args(["extract", "--format", "xml", "x"])
            .output()
            .unwrap()
            .status
            .code(),
        Some(2)
    );
}

/// A folder holding the test article as `a.txt`, and that file's path.
fn article_file(name: &str) -> (std::path::PathBuf, std::path::PathBuf) {
    let dir = common::tempdir(name);
    let input = dir.join("a.txt");
    std::fs::write(&input, ARTICLE).unwrap();
    (dir, input)
}

#[test]
fn a_second_copy_of_a_body_is_listed_with_the_article_it_repeats() {
    let (dir, input) = article_file("cli-duplicate");
    let twin = dir.join("b.txt");
    std::fs::write(&twin, ARTICLE).unwrap();
    let out = dir.join("out");
    let status = sitrep()
        .arg("analyze")
        .arg(&input)
        .arg(&twin)
        .arg("--out")
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success());
    let articles = common::read_jsonl(&out.join("articles.jsonl"));
    let duplicates = common::read_jsonl(&out.join("duplicates.jsonl"));
    assert_eq!(articles.len(), 1);
    assert_eq!(duplicates.len(), 1);
    assert_eq!(duplicates[0]["article"], articles[0]["id"]);
    assert_ne!(duplicates[0]["source"], articles[0]["source"]);
}

#[test]
fn out_dir_holds_the_contract_files() {
    let (dir, input) = article_file("cli-out");
    let out = dir.join("out");
    let status = sitrep()
        .arg("analyze")
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success());
    for f in [
        "articles.jsonl",
        "events.jsonl",
        "quotes.jsonl",
        "mentions.jsonl",
        "duplicates.jsonl",
        "stories.json",
    ] {
        assert!(out.join(f).exists(), "{f} missing");
    }
    let articles = common::read_jsonl(&out.join("articles.jsonl"));
    for key in [
        "id",
        "source",
        "title",
        "published",
        "outlet",
        "cited_agencies",
        "language",
        "body",
        "story",
    ] {
        assert!(articles[0].get(key).is_some(), "articles.jsonl lacks {key}");
    }
    let events = common::read_jsonl(&out.join("events.jsonl"));
    assert!(!events.is_empty());
    for key in [
        "id",
        "article",
        "source",
        "event",
        "mode",
        "context",
        "actor",
        "recipient",
        "modality",
        "date",
        "event_text",
        "span",
        "attribution",
    ] {
        assert!(events[0].get(key).is_some(), "events.jsonl lacks {key}");
    }
    // Spans are character offsets into the body.
    let body: Vec<char> = articles[0]["body"].as_str().unwrap().chars().collect();
    for e in &events {
        let (s, t) = (
            e["span"][0].as_u64().unwrap() as usize,
            e["span"][1].as_u64().unwrap() as usize,
        );
        assert_eq!(
            body[s..t].iter().collect::<String>(),
            e["event_text"].as_str().unwrap()
        );
    }
}

#[test]
fn events_only_prints_plover_lines() {
    let (_dir, input) = article_file("cli-events");
    let out = sitrep()
        .arg("analyze")
        .arg(&input)
        .arg("--events-only")
        .output()
        .unwrap();
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(!lines.is_empty());
    assert!(lines
        .iter()
        .all(|e| e["event"].is_string() && e["quad_code"].is_u64()));
}

#[test]
fn every_kind_of_bad_input_fails_alone() {
    let dir = common::tempdir("cli-bad");
    std::fs::write(dir.join("good.txt"), ARTICLE).unwrap();
    std::fs::write(dir.join("binary.html"), [0u8, 1, 2, 3, 0, 159, 146, 150]).unwrap();
    std::fs::write(
        dir.join("broken.xml"),
        "<rss version=\"2.0\"><channel><item><title>cut off",
    )
    .unwrap();
    let page = "<html><body><article><p>The truce between the two sides held for a second day on Monday, residents of the capital said, as aid convoys reached the city.</p></article></body></html>";
    let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{page}");
    let good_record = format!("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/a\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n", http.len());
    let broken_record =
        "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nHTTP/1.1 200";
    std::fs::write(
        dir.join("crawl.warc"),
        format!("{good_record}{broken_record}"),
    )
    .unwrap();
    // A 200 MB page, sparse on disk: refused by size before it is read.
    std::fs::File::create(dir.join("huge.txt"))
        .unwrap()
        .set_len(200 * 1024 * 1024)
        .unwrap();
    // A text of megabytes, read but refused as one article: many run together.
    let sentence = "The council met again on Monday and the talks went on into the night. ";
    std::fs::write(
        dir.join("long.txt"),
        sentence.repeat(5 * 1024 * 1024 / sentence.len()),
    )
    .unwrap();
    // Not UTF-8: read as Windows-1252, the commonest legacy encoding of news pages.
    std::fs::write(dir.join("legacy.txt"), b"Iran\x92s foreign minister said on Monday that the talks in Muscat had been useful and would continue next week.").unwrap();
    let out = sitrep().arg("analyze").arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    for (name, why) in [
        ("binary.html", "binary"),
        ("broken.xml", "broken feed"),
        ("crawl.warc@", "Content-Length"),
        ("huge.txt", "limit"),
        ("long.txt", "split the text into its articles"),
    ] {
        assert!(
            stderr.lines().any(|l| l.contains(name) && l.contains(why)),
            "{name} ({why}) not reported in:\n{stderr}"
        );
    }
    let sources: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["source"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(sources.len(), 3, "{sources:?}");
    assert!(
        sources.iter().any(|s| s == "https://x.example/a"),
        "the good WARC record still comes out"
    );
    assert!(sources.iter().any(|s| s.ends_with("legacy.txt")));
}

/// Serve one HTTP response on a loopback port; returns the URL.
fn serve_once(body: &'static str) -> String {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        if let Ok((mut conn, _)) = listener.accept() {
            let mut buf = [0u8; 4096];
            let _ = conn.read(&mut buf);
            let response = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = conn.write_all(response.as_bytes());
        }
    });
    format!("http://{addr}/news/talks")
}

#[test]
fn urls_are_fetched_only_when_asked_and_loopback_only_when_allowed() {
    const PAGE: &str = "<html><head><title>Talks resume | Gulf Courier</title></head><body><article><p>Oman hosted a new round of talks between the two delegations in Muscat on Sunday, the foreign ministry said.</p></article></body></html>";
    let url = serve_once(PAGE);
    let no_flag = sitrep().args(["analyze", &url]).output().unwrap();
    assert_eq!(no_flag.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&no_flag.stderr).contains("pass --fetch"));
    let refused = sitrep()
        .args(["analyze", "--fetch", &url])
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("internal address"));
    let fetched = sitrep()
        .args([
            "extract",
            "--format",
            "jsonl",
            "--fetch",
            "--allow-private",
            &url,
        ])
        .output()
        .unwrap();
    assert_eq!(
        fetched.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&fetched.stderr)
    );
    let a: serde_json::Value =
        serde_json::from_slice(fetched.stdout.split(|&b| b == b'\n').next().unwrap()).unwrap();
    assert_eq!(a["source"], url.as_str());
    assert_eq!(a["title"], "Talks resume");
    assert!(a["body"].as_str().unwrap().starts_with("Oman hosted"));
}
