// sitrep web UI: a hash-routed page over the JSON API.
//
// Article text and metadata are hostile input. They only ever reach the page
// through `el()` below, as text nodes or attribute values; nothing from the
// API is parsed as HTML (no innerHTML anywhere), and the server's CSP allows
// no inline script.
"use strict";

const QUADS = {
  1: "verbal cooperation",
  2: "material cooperation",
  3: "verbal conflict",
  4: "material conflict",
};
const SVG = "http://www.w3.org/2000/svg";

// el("a", {href: "#/"}, "text", child, ...): an element with text children.
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else node.setAttribute(k, String(v));
  }
  append(node, children);
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  append(node, children);
  return node;
}

function append(node, children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

// Only our own routes and http(s) links become hrefs.
function safeUrl(u) {
  return typeof u === "string" && /^https?:\/\//i.test(u) ? u : null;
}

function enc(s) {
  return encodeURIComponent(s);
}

async function api(path) {
  const res = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await res.json().catch(() => ({ error: res.statusText }));
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}

function show(...nodes) {
  const view = document.getElementById("view");
  view.replaceChildren(...nodes);
}

function quadBadge(q) {
  return el("span", { class: `quad q${q}`, title: QUADS[q] }, QUADS[q] || "?");
}

function kindBadge(kind) {
  return el("span", { class: `kind ${kind}` }, kind);
}

function names(list) {
  return (list || []).map((x) => (typeof x === "string" ? x : x.code || x.name)).join(" + ") || "–";
}

function params(query) {
  return Object.fromEntries(new URLSearchParams(query || ""));
}

function qs(obj) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(obj)) if (v) p.set(k, v);
  return p.toString();
}

// ---- pages -----------------------------------------------------------------

async function storiesPage(query) {
  const p = params(query);
  const stories = await api(`/api/stories?${qs({ limit: 100, ...p })}`);
  const rows = stories.map((s) =>
    el(
      "li",
      { class: "story-row" },
      el("a", { href: `#/story/${enc(s.id)}`, class: "story-title" }, s.title || s.id),
      el(
        "div",
        { class: "muted" },
        `${s.last_day || "undated"} · ${s.articles} article${s.articles === 1 ? "" : "s"} · `,
        s.outlets.map((o) => `${o.outlet} (${o.articles})`).join(", ")
      )
    )
  );
  show(el("h1", {}, "Stories"), rows.length ? el("ul", { class: "stories" }, rows) : el("p", {}, "No stories yet: run sitrep ingest."));
}

async function storyPage(id) {
  const s = await api(`/api/stories/${enc(id)}`);
  const metas = s.article_meta || [];
  const accounts = metas.filter((m) => !m.copy_of);
  const label = (m) => m.outlet || m.source;
  const head = el(
    "tr",
    {},
    el("th", {}, "Claim"),
    accounts.map((m) => el("th", {}, el("a", { href: `#/article/${enc(m.id)}` }, label(m)), el("div", { class: "muted" }, m.published || "")))
  );
  const rows = (s.comparison || []).map((item) => {
    const cells = accounts.map((m) => {
      const a = (item.accounts || []).find((x) => x.article === m.id);
      if (!a) return el("td", { class: "absent" }, "—");
      return el(
        "td",
        { class: `account ${a.modality}` },
        el("div", { class: "chain" }, "according to ", el("strong", {}, a.attributed_to)),
        el("div", { class: "modality" }, a.modality),
        el("a", { href: `#/article/${enc(m.id)}?find=${enc(a.text)}`, class: "evidence" }, `“${a.text}”`)
      );
    });
    return el(
      "tr",
      { class: `item ${item.kind}` },
      el("td", { class: "claim" }, kindBadge(item.kind), " ", el("strong", {}, item.event), el("div", {}, `${names(item.actor)} → ${names(item.recipient)}`), el("div", { class: "muted" }, item.claim)),
      cells
    );
  });
  const sourcing = (s.sourcing || []).map((p) => {
    const m = metas.find((x) => x.id === p.article) || {};
    const list = (xs) => (xs && xs.length ? xs.join(", ") : "none");
    return el(
      "tr",
      {},
      el("td", {}, label(m) || p.article),
      el("td", {}, list(p.agencies)),
      el("td", {}, list(p.named_sources)),
      el("td", {}, list(p.anonymous_sources)),
      el("td", {}, `${Math.round((p.own_voice_share || 0) * 100)}%`)
    );
  });
  const copies = metas.filter((m) => m.copy_of);
  show(
    el("h1", {}, s.title),
    el("p", { class: "muted" }, `${metas.length} articles from ${new Set(metas.map(label)).size} outlets`, copies.length ? ` · ${copies.length} syndicated cop${copies.length === 1 ? "y" : "ies"}` : ""),
    el("h2", {}, "Accounts side by side"),
    rows.length
      ? el("div", { class: "scroll" }, el("table", { class: "comparison" }, el("thead", {}, head), el("tbody", {}, rows)))
      : el("p", {}, "One account only: nothing to compare."),
    el("h2", {}, "What each account rests on"),
    el(
      "table",
      { class: "sourcing" },
      el("thead", {}, el("tr", {}, ["Outlet", "Agencies", "Named sources", "Anonymous sources", "Own voice"].map((h) => el("th", {}, h)))),
      el("tbody", {}, sourcing)
    ),
    el("h2", {}, "Articles"),
    el(
      "ul",
      {},
      metas.map((m) => el("li", {}, el("a", { href: `#/article/${enc(m.id)}` }, m.title || m.source), " ", el("span", { class: "muted" }, `${label(m)} · ${m.published || "undated"}`, m.copy_of ? " · copy" : "")))
    )
  );
}

// The body with the evidence [a, b) marked, inside its sentence [c, d) when
// given; offsets are in characters, as the API gives them.
function bodyWith(body, span, sentence) {
  const chars = Array.from(body);
  const cut = (x, y) => chars.slice(x, y).join("");
  if (!span) return el("div", { class: "body" }, body);
  const [a, b] = span;
  const evidence = el("mark", { id: "evidence" }, cut(a, b));
  if (!sentence || sentence[0] > a || sentence[1] < b) {
    return el("div", { class: "body" }, cut(0, a), evidence, cut(b));
  }
  const [c, d] = sentence;
  return el("div", { class: "body" }, cut(0, c), el("span", { class: "sentence" }, cut(c, a), evidence, cut(b, d)), cut(d));
}

async function articlePage(id, query) {
  const p = params(query);
  const a = await api(`/api/articles/${enc(id)}`);
  const range = (v) => {
    const [x, y] = String(v || "").split("-").map(Number);
    return Number.isInteger(x) && Number.isInteger(y) && x <= y ? [x, y] : null;
  };
  let span = range(p.span);
  const sentence = range(p.sentence);
  if (!span && p.find) {
    const at = a.body.indexOf(p.find);
    if (at >= 0) {
      const start = Array.from(a.body.slice(0, at)).length;
      span = [start, start + Array.from(p.find).length];
    }
  }
  const link = (s, text, sent) => el("a", { href: `#/article/${enc(id)}?span=${s[0]}-${s[1]}${sent ? `&sentence=${sent[0]}-${sent[1]}` : ""}` }, text);
  const events = (a.events || []).map((e) =>
    el(
      "li",
      {},
      quadBadge(e.quad_code),
      " ",
      el("strong", {}, e.event),
      ` ${names(e.actor)} → ${names(e.recipient)} · ${e.modality}`,
      e.attribution && e.attribution.length ? ` · via ${e.attribution.join(" via ")}` : "",
      " · ",
      link(e.span, `“${e.event_text}”`, e.sentence_span)
    )
  );
  const quotes = (a.quotes || []).map((q) =>
    el(
      "li",
      {},
      el("strong", {}, (q.speaker && q.speaker.name) || "unknown speaker"),
      q.anonymous ? " (anonymous)" : "",
      q.chain && q.chain.length ? ` via ${q.chain.join(" via ")}` : "",
      ": ",
      link(q.content_span, `“${q.content}”`, q.span)
    )
  );
  const url = safeUrl(a.url);
  show(
    el("h1", {}, a.title || a.source),
    el(
      "p",
      { class: "muted" },
      [a.outlet, a.published, a.language, a.dateline].filter(Boolean).join(" · "),
      a.cited_agencies && a.cited_agencies.length ? ` · cites ${a.cited_agencies.join(", ")}` : "",
      a.story ? " · " : "",
      a.story ? el("a", { href: `#/story/${enc(a.story)}` }, "story") : "",
      url ? " · " : "",
      url ? el("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, "original") : ""
    ),
    a.superseded_by ? el("p", { class: "warn" }, "A corrected version superseded this article: ", el("a", { href: `#/article/${enc(a.superseded_by)}` }, "read it")) : "",
    el("div", { class: "two" }, bodyWith(a.body, span, sentence), el("aside", {}, el("h2", {}, "Events"), el("ul", {}, events), el("h2", {}, "Quotes"), el("ul", {}, quotes)))
  );
  const mark = document.getElementById("evidence");
  if (mark) mark.scrollIntoView({ block: "center" });
}

function filterForm(p, fields, target) {
  const form = el(
    "form",
    { class: "filters" },
    fields.map(([name, label]) => el("label", {}, label, " ", el("input", { name, value: p[name] || "" }))),
    el("button", { type: "submit" }, "Apply")
  );
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const values = Object.fromEntries(new FormData(form));
    location.hash = `${target}?${qs(values)}`;
  });
  return form;
}

// Every calendar slot from the first event to the last, so gaps show as
// gaps: days for up to half a year, else months.
function slots(days) {
  if (!days.length) return { keys: [], slotOf: (d) => d };
  const first = new Date(`${days[0]}T00:00:00Z`), last = new Date(`${days[days.length - 1]}T00:00:00Z`);
  const span = Math.round((last - first) / 86400000) + 1;
  const monthly = span > 183;
  const slotOf = (d) => (monthly ? d.slice(0, 7) : d);
  const keys = [];
  for (let t = new Date(first); t <= last; t.setUTCDate(t.getUTCDate() + 1)) {
    const k = slotOf(t.toISOString().slice(0, 10));
    if (keys[keys.length - 1] !== k) keys.push(k);
  }
  return { keys, slotOf };
}

async function timelinePage(query) {
  const p = params(query);
  const rows = await api(`/api/timeline?${qs(p)}`);
  const { keys, slotOf } = slots([...new Set(rows.map((r) => r.day))].sort());
  const counts = new Map(keys.map((k) => [k, { 1: 0, 2: 0, 3: 0, 4: 0 }]));
  for (const r of rows) counts.get(slotOf(r.day))[r.quad] += r.events;
  const total = (k) => Object.values(counts.get(k)).reduce((a, b) => a + b, 0);
  const max = Math.max(1, ...keys.map(total));
  const bw = Math.max(3, Math.min(24, Math.floor(1100 / Math.max(1, keys.length)) - 1));
  const w = 40 + keys.length * (bw + 1), h = 220;
  const chart = svg("svg", { width: w, height: h + 40, viewBox: `0 0 ${w} ${h + 40}`, class: "timeline", role: "img", "aria-label": "events over time by quad class" });
  const every = Math.ceil(keys.length / 8);
  keys.forEach((k, i) => {
    const x = 36 + i * (bw + 1);
    let y = h;
    for (const q of [1, 2, 3, 4]) {
      const n = counts.get(k)[q];
      if (!n) continue;
      const bh = (n / max) * (h - 10);
      y -= bh;
      chart.append(svg("rect", { x, y, width: bw, height: bh, class: `q${q}` }, svg("title", {}, `${k}: ${n} ${QUADS[q]}`)));
    }
    if (i % every === 0) chart.append(svg("text", { x, y: h + 16, class: "axis" }, k));
  });
  chart.append(svg("text", { x: 0, y: 12, class: "axis" }, String(max)));
  show(
    el("h1", {}, "Timeline"),
    filterForm(p, [["source", "Actor"], ["target", "Recipient"], ["type", "Type"], ["since", "Since"], ["until", "Until"]], "#/timeline"),
    el("div", { class: "legend" }, [1, 2, 3, 4].map((q) => quadBadge(q))),
    keys.length ? el("div", { class: "scroll" }, chart) : el("p", {}, "No dated events match.")
  );
}

async function eventsPage(query) {
  const p = params(query);
  const events = await api(`/api/events?${qs({ limit: 200, ...p })}`);
  const rows = events.map((e) =>
    el(
      "tr",
      {},
      el("td", {}, (e.date || e.published || "").slice(0, 10)),
      el("td", {}, quadBadge(e.quad_code), " ", e.event),
      el("td", {}, e.modality),
      el("td", {}, actorLinks(e.actor)),
      el("td", {}, actorLinks(e.recipient)),
      el("td", {}, e.outlet || ""),
      el("td", {}, el("a", { href: `#/article/${enc(e.article)}?span=${e.span[0]}-${e.span[1]}&sentence=${e.sentence_span[0]}-${e.sentence_span[1]}` }, e.event_text))
    )
  );
  show(
    el("h1", {}, "Events"),
    filterForm(p, [["actor", "Actor"], ["type", "Type"], ["quad", "Quad"], ["modality", "Modality"], ["outlet", "Outlet"], ["since", "Since"], ["until", "Until"]], "#/events"),
    el("table", { class: "events" }, el("thead", {}, el("tr", {}, ["Date", "Event", "Modality", "Actor", "Recipient", "Outlet", "Evidence"].map((h) => el("th", {}, h)))), el("tbody", {}, rows))
  );
}

function actorLinks(list) {
  const xs = list || [];
  if (!xs.length) return "–";
  return xs.flatMap((x, i) => [i ? " + " : "", el("a", { href: `#/actor/${enc(x.code || x.name)}` }, x.code ? `${x.name} (${x.code})` : x.name)]);
}

async function actorPage(who, query) {
  const a = await api(`/api/actors/${enc(who)}?${query || ""}`);
  const nodes = [...new Set(a.edges.flatMap((e) => [e.source, e.target]))];
  const center = a.names[0] ? a.names[0].key : who;
  const others = nodes.filter((n) => n !== center);
  const R = 170, cx = 260, cy = 220;
  const pos = new Map([[center, [cx, cy]]]);
  others.forEach((n, i) => {
    const t = (2 * Math.PI * i) / Math.max(1, others.length);
    pos.set(n, [cx + R * Math.cos(t), cy + R * Math.sin(t)]);
  });
  const max = Math.max(1, ...a.edges.map((e) => e.events));
  const graph = svg("svg", { viewBox: "0 0 520 440", class: "network", role: "img", "aria-label": "who acts on whom" });
  graph.append(svg("defs", {}, [1, 2, 3, 4].map((q) => svg("marker", { id: `arrow${q}`, viewBox: "0 0 10 10", refX: 18, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse", class: `q${q}` }, svg("path", { d: "M 0 0 L 10 5 L 0 10 z" })))));
  for (const e of a.edges) {
    const [x1, y1] = pos.get(e.source) || [cx, cy];
    const [x2, y2] = pos.get(e.target) || [cx, cy];
    graph.append(svg("line", { x1, y1, x2, y2, class: `edge q${e.quad}`, "stroke-width": 1 + (4 * e.events) / max, "marker-end": `url(#arrow${e.quad})` }, svg("title", {}, `${e.source} → ${e.target}: ${e.events} ${QUADS[e.quad]}`)));
  }
  for (const [n, [x, y]] of pos) {
    const link = svg("a", { href: `#/actor/${enc(n)}` }, svg("circle", { cx: x, cy: y, r: n === center ? 14 : 9, class: "node" }), svg("text", { x: x + 12, y: y - 10, class: "label" }, n));
    graph.append(link);
  }
  show(
    el("h1", {}, center),
    el("p", { class: "muted" }, "Known as: ", a.names.map((n) => `${n.name}${n.code ? ` (${n.code})` : ""}`).join(", ")),
    el("div", { class: "legend" }, [1, 2, 3, 4].map((q) => quadBadge(q))),
    el("div", { class: "two" }, graph, el("table", { class: "edges" }, el("thead", {}, el("tr", {}, ["Actor", "Recipient", "Quad", "Events"].map((h) => el("th", {}, h)))), el("tbody", {}, a.edges.map((e) => el("tr", {}, el("td", {}, e.source), el("td", {}, e.target), el("td", {}, quadBadge(e.quad)), el("td", {}, el("a", { href: `#/events?${qs({ source: e.source, target: e.target, quad: String(e.quad) })}` }, String(e.events)))))))),
    el("p", {}, el("a", { href: `#/timeline?${qs({ source: center })}` }, "Timeline of its actions"))
  );
}

async function searchPage(query) {
  const p = params(query);
  document.getElementById("search-input").value = p.q || "";
  if (!p.q) return show(el("h1", {}, "Search"), el("p", {}, "Type a query above."));
  const r = await api(`/api/search?${qs(p)}`);
  const hits = r.hits.map((h) =>
    el(
      "li",
      { class: "hit" },
      el("a", { href: `#/article/${enc(h.article)}` }, h.title || h.article),
      el("span", { class: "muted" }, " · ", [h.speaker ? `${h.kind} by ${h.speaker}` : h.kind, h.outlet, h.published].filter(Boolean).join(" · ")),
      el("p", { class: "snippet" }, h.snippet.map((s) => (s.hit ? el("mark", {}, s.text) : s.text)))
    )
  );
  show(el("h1", {}, `Search: ${r.query}`), el("p", { class: "muted" }, `${r.total} matches`), el("ol", { class: "hits" }, hits));
}

// ---- routing ---------------------------------------------------------------

async function route() {
  const hash = location.hash.replace(/^#/, "") || "/";
  const [path, query] = hash.split("?", 2);
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  try {
    if (parts.length === 0) await storiesPage(query);
    else if (parts[0] === "story" && parts[1]) await storyPage(parts[1]);
    else if (parts[0] === "article" && parts[1]) await articlePage(parts[1], query);
    else if (parts[0] === "timeline") await timelinePage(query);
    else if (parts[0] === "events") await eventsPage(query);
    else if (parts[0] === "actor" && parts[1]) await actorPage(parts[1], query);
    else if (parts[0] === "search") await searchPage(query);
    else show(el("h1", {}, "Not found"));
    document.body.dataset.ready = "1";
  } catch (err) {
    show(el("h1", {}, "Error"), el("p", { class: "warn" }, String(err.message || err)));
    document.body.dataset.ready = "error";
  }
}

async function footer() {
  try {
    const s = await api("/api/stats");
    document.getElementById("stats").textContent = `${s.articles} articles · ${s.stories} stories · ${s.events} events · ${s.quotes} quotes`;
  } catch (_) {
    /* the page works without the footer */
  }
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("search-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    location.hash = `#/search?${qs({ q: document.getElementById("search-input").value })}`;
  });
  window.addEventListener("hashchange", route);
  route();
  footer();
});
