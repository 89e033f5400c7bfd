//! `sitrep ingest` and `sitrep serve` end to end: the JSON API over a store
//! filled from the example corpus, the seeds' story page in headless
//! Chromium, and a hostile article title that must stay text.

mod common;

use common::{shared, sitrep, tempdir, workspace};
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

fn ingest(db: &Path, input: &Path) {
    let out = sitrep()
        .arg("ingest")
        .arg("--db")
        .arg(db)
        .arg(input)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "ingest failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A running `sitrep serve` on a free loopback port; killed on drop.
struct Server {
    child: Child,
    base: String,
}

impl Server {
    fn start(db: &Path, token: Option<&str>) -> Server {
        let mut cmd = sitrep();
        cmd.arg("serve")
            .arg("--db")
            .arg(db)
            .arg("--listen")
            .arg("127.0.0.1:0")
            .env_remove("SITREP_INGEST_TOKEN")
            .stderr(Stdio::piped());
        if let Some(t) = token {
            cmd.arg("--ingest-token").arg(t);
        }
        let mut child = cmd.spawn().unwrap();
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let base = loop {
            let line = lines.next().expect("serve prints its address").unwrap();
            if let Some(at) = line.find("http://") {
                break line[at..].trim_end_matches('/').to_string();
            }
        };
        // Keep draining stderr so the server never blocks on it.
        std::thread::spawn(move || for _ in lines {});
        Server { child, base }
    }

    fn get(&self, path: &str) -> (u16, Value, Vec<(String, String)>) {
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .new_agent();
        let mut res = agent.get(&format!("{}{path}", self.base)).call().unwrap();
        let status = res.status().as_u16();
        let headers = res
            .headers()
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_str().unwrap_or("").to_string()))
            .collect();
        let body = res.body_mut().read_to_string().unwrap();
        let json = serde_json::from_str(&body).unwrap_or(Value::String(body));
        (status, json, headers)
    }

    fn json(&self, path: &str) -> Value {
        let (status, v, _) = self.get(path);
        assert_eq!(status, 200, "{path}: {v}");
        v
    }

    fn post(&self, path: &str, token: Option<&str>, body: &str) -> (u16, Value) {
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .new_agent();
        let mut req = agent.post(&format!("{}{path}", self.base));
        if let Some(t) = token {
            req = req.header("Authorization", &format!("Bearer {t}"));
        }
        let mut res = req.send(body).unwrap();
        let status = res.status().as_u16();
        let body = res.body_mut().read_to_string().unwrap();
        (
            status,
            serde_json::from_str(&body).unwrap_or(Value::String(body)),
        )
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn examples_store(name: &str) -> PathBuf {
    let db = tempdir(name).join("sitrep.db");
    ingest(&db, &workspace().join("examples"));
    db
}

fn chars(s: &str, span: &Value) -> String {
    let (a, b) = (
        span[0].as_u64().unwrap() as usize,
        span[1].as_u64().unwrap() as usize,
    );
    s.chars().skip(a).take(b - a).collect()
}

#[test]
fn the_api_serves_the_example_corpus() {
    let db = examples_store("api");
    let server = Server::start(&db, None);
    let stats = server.json("/api/stats");
    assert_eq!(stats["articles"], 21);
    assert_eq!(stats["search"], true);

    // Stories, latest first, with outlets.
    let stories = server.json("/api/stories");
    let list = stories.as_array().unwrap();
    assert!(list.len() >= 6);
    let days: Vec<&str> = list.iter().filter_map(|s| s["last_day"].as_str()).collect();
    assert!(
        days.windows(2).all(|w| w[0] >= w[1]),
        "latest first: {days:?}"
    );
    let multi = list
        .iter()
        .find(|s| s["articles"].as_i64() > Some(1))
        .unwrap();
    let story = server.json(&format!("/api/stories/{}", multi["id"].as_str().unwrap()));
    assert!(!story["comparison"].as_array().unwrap().is_empty());
    assert!(story["sourcing"].as_array().unwrap().len() >= 2);

    // An article's event spans slice their evidence out of its body.
    let events = server.json("/api/events?type=assault&limit=500");
    assert!(events
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["event"] == "ASSAULT"));
    let e = &events[0];
    let article = server.json(&format!("/api/articles/{}", e["article"].as_str().unwrap()));
    let body = article["body"].as_str().unwrap();
    for ev in article["events"].as_array().unwrap() {
        assert_eq!(chars(body, &ev["span"]), ev["event_text"].as_str().unwrap());
        assert_eq!(
            chars(body, &ev["sentence_span"]),
            ev["sentence"].as_str().unwrap()
        );
    }
    for q in article["quotes"].as_array().unwrap() {
        assert_eq!(
            chars(body, &q["content_span"]),
            q["content"].as_str().unwrap()
        );
    }

    // Filters combine; a bad one is the client's error.
    let iran = server.json("/api/events?source=IRN&quad=verbal_conflict");
    assert!(!iran.as_array().unwrap().is_empty());
    for e in iran.as_array().unwrap() {
        assert_eq!(e["quad_code"], 3);
        assert!(
            e["actor"]
                .as_array()
                .unwrap()
                .iter()
                .any(|a| a["code"] == "IRN"),
            "{e}"
        );
    }
    assert_eq!(server.get("/api/events?since=last-week").0, 400);
    assert_eq!(server.get("/api/stories/s-nope").0, 404);
    assert_eq!(server.get("/api/nothing-here").0, 404);
    let long = format!("/api/search?q={}", "a".repeat(5000));
    assert_eq!(server.get(&long).0, 414);

    // Timeline and actor network.
    let timeline = server.json("/api/timeline?source=IRN");
    assert!(timeline
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["events"].as_i64() > Some(0)));
    let actor = server.json("/api/actors/IRN");
    assert!(actor["edges"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["source"] == "IRN" || e["target"] == "IRN"));

    // Search with highlighted segments and a filter.
    let hits = server.json("/api/search?q=inspections");
    assert!(hits["total"].as_u64() > Some(0));
    assert!(hits["hits"][0]["snippet"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["hit"] == true));
    let none = server.json("/api/search?q=inspections&outlet=No%20Such%20Outlet");
    assert_eq!(none["total"], 0);

    // The OpenAPI document names every route the UI and clients use.
    let spec = server.json("/api/openapi.json");
    for path in [
        "/api/stories",
        "/api/stories/{id}",
        "/api/articles/{id}",
        "/api/events",
        "/api/timeline",
        "/api/actors/{who}",
        "/api/search",
        "/api/ingest",
    ] {
        assert!(spec["paths"][path].is_object(), "{path} undocumented");
    }

    // Every response carries the security headers; the page has no inline script.
    let (status, page, headers) = server.get("/");
    assert_eq!(status, 200);
    let header = |name: &str| {
        headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    assert!(header("content-security-policy").contains("script-src 'self'"));
    assert!(!header("content-security-policy").contains("unsafe-inline"));
    assert_eq!(header("x-content-type-options"), "nosniff");
    let html = page.as_str().unwrap();
    assert!(!html.contains("<script>"), "inline script in the page");

    // Read-only without a token: 401 when none is sent, 403 when one is.
    assert_eq!(server.post("/api/ingest", None, "text").0, 401);
    assert_eq!(server.post("/api/ingest", Some("guess"), "text").0, 403);
    // Out-of-range limits and over-long queries are refused, not clamped.
    assert_eq!(server.get("/api/events?limit=1001").0, 400);
    assert_eq!(
        server.get(&format!("/api/search?q={}", "a".repeat(600))).0,
        400
    );
}

#[test]
fn ingest_over_http_needs_the_token() {
    let db = examples_store("post");
    let server = Server::start(&db, Some("s3cret-token"));
    let article = "Chad and Niger signed a border security agreement in N'Djamena on Tuesday, the two governments said.";
    assert_eq!(server.post("/api/ingest", None, article).0, 401);
    assert_eq!(server.post("/api/ingest", Some("wrong"), article).0, 401);
    let (status, out) = server.post("/api/ingest", Some("s3cret-token"), article);
    assert_eq!(status, 200, "{out}");
    assert_eq!(out["items"][0]["status"], "stored");
    assert_eq!(server.json("/api/stats")["articles"], 22);
    let (_, again) = server.post("/api/ingest", Some("s3cret-token"), article);
    assert_eq!(again["items"][0]["status"], "duplicate");
}

/// Headless Chromium's DOM of a page after its scripts ran.
fn dump_dom(url: &str) -> String {
    let profile = tempdir("chromium-profile");
    let chromium = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|c| Command::new(c).arg("--version").output().is_ok())
        .expect(
            "a Chromium is needed for the browser tests (scripts/test installs Debian's chromium)",
        );
    let out = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--virtual-time-budget=10000",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(url)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_seeds_story_page_shows_the_comparison_and_source_chains() {
    let db = tempdir("browser").join("sitrep.db");
    ingest(&db, &shared().join("seeds"));
    let server = Server::start(&db, None);
    let stories = server.json("/api/stories");
    let story = stories
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["articles"] == 2)
        .expect("the two seeds form one story");
    let id = story["id"].as_str().unwrap();
    let dom = dump_dom(&format!("{}/#/story/{id}", server.base));
    assert!(
        dom.contains("data-ready=\"1\""),
        "the page did not finish: {dom}"
    );
    assert!(dom.contains("Accounts side by side"));
    // Agree, diverge and only rows, with each account's attribution.
    for kind in ["agree", "diverge", "only"] {
        assert!(
            dom.contains(&format!("class=\"item {kind}\"")),
            "no {kind} row"
        );
    }
    assert!(dom.contains("IRNA"), "the IRNA chain is shown");
    assert!(dom.contains("Tasnim"), "the Tasnim chain is shown");
    assert!(
        dom.to_lowercase().contains("anonymous"),
        "anonymous sourcing is shown"
    );
    assert!(dom.contains("restraint") && dom.contains("ceasefire"));
}

#[test]
fn a_script_in_an_article_title_stays_text() {
    let dir = tempdir("hostile");
    let db = dir.join("sitrep.db");
    let payload = "<script>document.body.setAttribute('data-pwned','1')</script><img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">";
    let record = serde_json::json!({
        "id": "hostile-1",
        "title": format!("Talks resume {payload}"),
        "outlet": format!("Evil Outlet {payload}"),
        "published": "2024-02-01",
        "text": format!("Norway hosted talks between Colombia and the ELN in Oslo on Thursday, mediators said. {payload}"),
    });
    let input = dir.join("hostile.jsonl");
    std::fs::write(&input, format!("{record}\n")).unwrap();
    ingest(&db, &input);
    let server = Server::start(&db, None);
    let stories = server.json("/api/stories");
    let story_id = stories[0]["id"].as_str().unwrap().to_string();
    let article_id = server.json(&format!("/api/stories/{story_id}"))["articles"][0]
        .as_str()
        .unwrap()
        .to_string();
    for page in [
        "/#/",
        &format!("/#/story/{story_id}"),
        &format!("/#/article/{article_id}"),
    ] {
        let dom = dump_dom(&format!("{}{page}", server.base));
        assert!(
            dom.contains("data-ready=\"1\""),
            "{page} did not finish: {dom}"
        );
        assert!(
            !dom.contains("data-pwned=\""),
            "{page} ran a script from the article"
        );
        assert!(
            dom.contains("&lt;script&gt;"),
            "{page} does not show the title as text"
        );
    }
}
