//! Cut page furniture that its markup names (a `div class="related-stories"`,
//! a `figure class="gallery"`, a `nav`) before the main content is scored.
//!
//! Readability-style scoring picks the block that holds the article, but
//! keeps whatever else sits inside that block: captions, share bars, "more
//! stories" lists. Those are the largest source of extra text on zyte-aeb.
//! The words that mark them are data, in `data/extract/boilerplate-attributes.txt`.
//!
//! Runs on a page that `inert::strip_inert` has already cleaned, so there are
//! no comments or script bodies to trip over. A cut needs the element's
//! matching end tag; an element that never closes, or that holds running
//! prose, is left alone, so a mis-named article container costs nothing.

use crate::inert::{names_element, start_tag_name, tag_end};
use aho_corasick::AhoCorasick;
use memchr::memchr;
use std::collections::HashSet;
use std::sync::LazyLock;

const RULES_FILE: &str = include_str!("../../../data/extract/boilerplate-attributes.txt");

/// Elements that can be cut: containers whose end tag is required.
const CONTAINERS: [&[u8]; 12] = [
    b"div", b"section", b"aside", b"nav", b"ul", b"ol", b"figure", b"form", b"footer", b"span",
    b"table", b"header",
];

/// Elements that are furniture by their name alone.
const FURNITURE_ELEMENTS: [&[u8]; 3] = [b"nav", b"aside", b"footer"];

/// Lists whose text is mostly links are menus and "more stories", never the
/// article: cut by their link share whatever they are called.
const LISTS: [&[u8]; 2] = [b"ul", b"ol"];
const LINK_LIST_SHARE: f64 = 0.8;

/// A text run this long, in bytes, is prose...
const PROSE_RUN_CHARS: usize = 150;
/// ...and an element with this many of them is content, whatever it is called.
const PROSE_RUNS: usize = 3;

struct Rules {
    /// Words found anywhere in a class or id, case ignored.
    substrings: AhoCorasick,
    /// Whole tokens, lower-case.
    tokens: HashSet<String>,
    /// Words that keep an element whatever else it is called.
    never: AhoCorasick,
    roles: Vec<String>,
}

static RULES: LazyLock<Rules> = LazyLock::new(|| parse_rules(RULES_FILE));

fn parse_rules(text: &str) -> Rules {
    let (mut substrings, mut tokens, mut never, mut roles) =
        (Vec::new(), HashSet::new(), Vec::new(), Vec::new());
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let line = line.to_ascii_lowercase();
        if let Some(token) = line.strip_prefix('=') {
            tokens.insert(token.to_string());
        } else if let Some(word) = line.strip_prefix('!') {
            never.push(word.to_string());
        } else if let Some(role) = line.strip_prefix("role=") {
            roles.push(role.to_string());
        } else {
            substrings.push(line);
        }
    }
    let automaton = |words: Vec<String>| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(words)
            .expect("boilerplate words build an automaton")
    };
    Rules {
        substrings: automaton(substrings),
        tokens,
        never: automaton(never),
        roles,
    }
}

impl Rules {
    /// Does a class or id value name furniture? (The caller has checked the
    /// words that keep an element.)
    fn names_furniture(&self, value: &str) -> bool {
        self.substrings.is_match(value)
            || value
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|t| !t.is_empty() && t.len() <= MAX_TOKEN)
                .any(|t| self.tokens.contains(t.to_ascii_lowercase().as_str()))
    }
}

/// Whole-token words are short ("ad", "nav", "rail"): longer tokens are not looked up.
const MAX_TOKEN: usize = 12;

/// The page without the furniture its markup names.
pub fn prune_boilerplate(html: &str) -> String {
    let rules = &*RULES;
    let bytes = html.as_bytes();
    let mut out = String::with_capacity(html.len());
    let mut copied = 0;
    let mut at = 0;
    while let Some(offset) = memchr(b'<', &bytes[at..]) {
        let lt = at + offset;
        let rest = &bytes[lt + 1..];
        let Some(name) = start_tag_name(rest) else {
            at = lt + 1;
            continue;
        };
        let name_len = name.len();
        let open_end = tag_end(bytes, lt + 1 + name_len);
        let Some(container) = CONTAINERS.iter().find(|c| name.eq_ignore_ascii_case(c)) else {
            at = open_end;
            continue;
        };
        let attrs = &html[lt + 1 + name_len..open_end];
        let names: Vec<&str> = ["class", "id"]
            .iter()
            .filter_map(|a| attribute(attrs, a))
            .collect();
        let kept = names.iter().any(|v| rules.never.is_match(v));
        let furniture = !kept
            && (FURNITURE_ELEMENTS.contains(container)
                || names.iter().any(|v| rules.names_furniture(v))
                || attribute(attrs, "role")
                    .is_some_and(|r| rules.roles.iter().any(|x| r.eq_ignore_ascii_case(x))));
        let list = !kept && LISTS.contains(container);
        if furniture || list {
            if let Some(end) = matching_end(bytes, open_end, container) {
                let inner = &html[open_end..end];
                let cut = if furniture {
                    !holds_prose(inner)
                } else {
                    // A list that holds the byline stays whole for the metadata reader.
                    link_share(inner) >= LINK_LIST_SHARE && !rules.never.is_match(inner)
                };
                if cut {
                    out.push_str(&html[copied..lt]);
                    copied = end;
                    at = end;
                    continue;
                }
            }
        }
        at = open_end;
    }
    out.push_str(&html[copied..]);
    out
}

/// The value of attribute `name` in a tag's attribute text, unquoted.
pub(crate) fn attribute<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    let b = attrs.as_bytes();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        let name_start = i;
        while i < b.len() && !b"= \t\n\r/>".contains(&b[i]) {
            i += 1;
        }
        let this = &attrs[name_start..i];
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = "";
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let quote = b[i];
                let start = i + 1;
                let end = memchr(quote, &b[start..]).map_or(b.len(), |e| start + e);
                value = &attrs[start..end];
                i = end + 1;
            } else {
                let start = i;
                while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                    i += 1;
                }
                value = &attrs[start..i];
            }
        }
        if this.eq_ignore_ascii_case(name) {
            return Some(value);
        }
        if i == name_start {
            i += 1;
        }
    }
    None
}

/// The byte after the end tag that closes an element of `name` opened
/// before `from`, counting nested elements of the same name; `None` when it
/// never closes.
fn matching_end(bytes: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut depth = 1usize;
    let mut at = from;
    while let Some(offset) = memchr(b'<', &bytes[at..]) {
        let lt = at + offset;
        let after = &bytes[lt + 1..];
        let closing = after.first() == Some(&b'/');
        let name_at = usize::from(closing);
        if names_element(&after[name_at..], name) {
            let end = tag_end(bytes, lt + 1 + name_at + name.len());
            if closing {
                depth -= 1;
                if depth == 0 {
                    return Some(end);
                }
            } else if !bytes[..end].ends_with(b"/>") {
                depth += 1;
            }
            at = end;
        } else {
            at = lt + 1;
        }
    }
    None
}

/// Does this stretch of markup hold running prose? A run is the text of one
/// block: inline elements (a link, emphasis) do not break it, block tags do.
fn holds_prose(inner: &str) -> bool {
    let mut runs = 0;
    let mut run = 0;
    let mut close_run = |run: &mut usize| {
        if *run >= PROSE_RUN_CHARS {
            runs += 1;
        }
        *run = 0;
        runs >= PROSE_RUNS
    };
    for (tag, text) in tags_and_text(inner) {
        if let Some((name, _)) = tag {
            let inline = INLINE.iter().any(|i| i.eq_ignore_ascii_case(name));
            if !inline && close_run(&mut run) {
                return true;
            }
        }
        // Bytes, not characters: the threshold is a rough size, and counting
        // characters here cost more than the rest of the pruning.
        let text = text.trim();
        if !text.is_empty() {
            run += text.len() + 1;
        }
    }
    close_run(&mut run)
}

/// The share of a stretch of markup's visible characters that sit inside
/// links (0 when it has no text).
fn link_share(inner: &str) -> f64 {
    let (mut linked, mut total) = (0usize, 0usize);
    let mut depth = 0usize;
    for (tag, text) in tags_and_text(inner) {
        if let Some((_, closing)) = tag.filter(|(name, _)| name.eq_ignore_ascii_case("a")) {
            depth = if closing {
                depth.saturating_sub(1)
            } else {
                depth + 1
            };
        }
        let n = text.chars().filter(|c| !c.is_whitespace()).count();
        total += n;
        if depth > 0 {
            linked += n;
        }
    }
    if total == 0 {
        0.0
    } else {
        linked as f64 / total as f64
    }
}

/// A stretch of markup as its tags, each with the text after it, and the text
/// before the first: "a<p>b</p>" is (None, "a"), (("p", false), "b"),
/// (("p", true), "").
fn tags_and_text(inner: &str) -> impl Iterator<Item = (Option<(&str, bool)>, &str)> {
    inner.split('<').enumerate().map(|(i, segment)| {
        if i == 0 {
            return (None, segment);
        }
        let closing = segment.starts_with('/');
        let rest = &segment[usize::from(closing)..];
        let name_len = rest.bytes().take_while(u8::is_ascii_alphanumeric).count();
        let text = segment.split_once('>').map_or("", |(_, text)| text);
        (Some((&rest[..name_len], closing)), text)
    })
}

/// Elements inside a paragraph's text.
const INLINE: [&str; 16] = [
    "a", "abbr", "b", "cite", "code", "em", "font", "i", "mark", "q", "s", "small", "span",
    "strong", "sub", "sup",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn para(n: usize) -> String {
        format!("<p>{}</p>", "word ".repeat(n))
    }

    #[test]
    fn a_named_related_list_goes_with_what_it_holds() {
        let page = r#"<div class="story"><p>Body.</p><div class="related-links"><div><a>Other</a></div></div><p>More.</p></div>"#;
        assert_eq!(
            prune_boilerplate(page),
            r#"<div class="story"><p>Body.</p><p>More.</p></div>"#
        );
    }

    #[test]
    fn tokens_match_whole_and_words_match_anywhere() {
        assert_eq!(
            prune_boilerplate("<div class='top ad'>x</div><p>y</p>"),
            "<p>y</p>"
        );
        assert_eq!(
            prune_boilerplate("<div id=socialShareBar>x</div><p>y</p>"),
            "<p>y</p>"
        );
        let load = "<div class='load headline'>x</div>";
        assert_eq!(prune_boilerplate(load), load);
    }

    #[test]
    fn every_whole_token_is_short_enough_to_be_looked_up() {
        assert!(RULES.tokens.iter().all(|t| t.len() <= MAX_TOKEN));
    }

    #[test]
    fn a_never_word_keeps_the_element() {
        let page = "<div class='commentary-body'>x</div>";
        assert_eq!(prune_boilerplate(page), page);
    }

    #[test]
    fn nav_goes_by_its_name_and_role_by_the_attribute() {
        assert_eq!(
            prune_boilerplate("<nav><a>Home</a></nav><p>y</p>"),
            "<p>y</p>"
        );
        assert_eq!(
            prune_boilerplate("<div role='navigation'><a>Home</a></div><p>y</p>"),
            "<p>y</p>"
        );
    }

    #[test]
    fn prose_inside_keeps_a_misnamed_container() {
        let page = format!(
            "<div class='has-sidebar'>{}{}{}</div>",
            para(40),
            para(40),
            para(40)
        );
        assert_eq!(prune_boilerplate(&page), page);
        let two = format!(
            "<div class='has-sidebar'>{}{}</div><p>y</p>",
            para(40),
            para(40)
        );
        assert_eq!(prune_boilerplate(&two), "<p>y</p>");
    }

    #[test]
    fn links_inside_a_paragraph_do_not_split_its_prose() {
        let linked = format!(
            "<p>{}<a href='x'>a link</a>{}</p>",
            "word ".repeat(20),
            "word ".repeat(20)
        );
        let page = format!("<div class='l-sidebar-fixed'>{linked}{linked}{linked}</div>");
        assert_eq!(prune_boilerplate(&page), page);
    }

    #[test]
    fn a_list_of_links_goes_a_list_of_points_stays() {
        let links =
            "<ul><li><a href=1>First other story</a></li><li><a href=2>Second one</a></li></ul>";
        assert_eq!(prune_boilerplate(&format!("{links}<p>y</p>")), "<p>y</p>");
        let points = "<ul><li>Talks resume on <a href=1>Monday</a> in Geneva</li><li>Both sides attend</li></ul>";
        assert_eq!(prune_boilerplate(points), points);
        assert_eq!(prune_boilerplate("<ul></ul>"), "<ul></ul>");
    }

    #[test]
    fn the_authors_list_stays_for_the_byline() {
        let page = "<ul class='authors'><li><a class='author' href='/a/1'>Jane Roe</a></li></ul>";
        assert_eq!(prune_boilerplate(page), page);
        let inside = "<ul><li class='post-byline'><a href='/a/1'>Jane Roe</a></li></ul>";
        assert_eq!(prune_boilerplate(inside), inside);
    }

    #[test]
    fn an_element_that_never_closes_stays() {
        let page = "<div class='share'><p>the rest of the page";
        assert_eq!(prune_boilerplate(page), page);
    }

    #[test]
    fn nested_elements_of_one_name_are_counted() {
        let page = "<div class='gallery'><div><div>a</div></div>b</div><p>kept</p></div>";
        assert_eq!(prune_boilerplate(page), "<p>kept</p></div>");
    }

    #[test]
    fn attributes_are_read_quoted_unquoted_and_bare() {
        assert_eq!(
            attribute(r#" data-x="a b" hidden class='c d'"#, "class"),
            Some("c d")
        );
        assert_eq!(attribute(" id=main class=x", "id"), Some("main"));
        assert_eq!(attribute(" hidden", "hidden"), Some(""));
        assert_eq!(attribute(r#" data-class="x""#, "class"), None);
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_never_grows(page in "[<>a-z/=\"' ]{0,200}") {
            let out = prune_boilerplate(&page);
            proptest::prop_assert!(out.len() <= page.len());
        }
    }
}
