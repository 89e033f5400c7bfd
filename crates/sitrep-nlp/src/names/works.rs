//! Works and products typed whole whatever the runs inside them: titles
//! in quotation marks or after a work's noun, and products by their
//! maker and model.

use super::*;

/// Products of `products.txt` named in the text, longest first, MISC whole:
/// read before the runs of capitalized words, since a product's words may be
/// words no name is made of alone ("Internet Explorer", "Windows NT") or
/// lower-case at first ("iPhone").
pub(super) fn products(
    body: &str,
    toks: &[Token],
    sentences: &[(usize, usize)],
    covered: &HashSet<usize>,
) -> Vec<Name> {
    let mut out = Vec::new();
    for &(s0, s1) in sentences {
        let mut i = s0;
        while i < s1 {
            // (Every product opens with a capital, or a small letter before
            // one: "iPhone". Most words open none, and need no look-up.)
            let word = &body[toks[i].span.start..toks[i].span.end];
            let mut letters = word.chars();
            let opens_a_name = letters.next().is_some_and(char::is_uppercase)
                || letters.next().is_some_and(char::is_uppercase);
            if !opens_a_name {
                i += 1;
                continue;
            }
            let longest = (i..(i + 3).min(s1)).rev().find(|&e| {
                let span = &body[toks[i].span.start..toks[e].span.end];
                // ("MacBook Pros", "iPhones": the plural names the product
                // too; "PLAYSTATION SALES": so does a headline shouting it.)
                // ("Euro 96", "EURO 96": a competition named with its year
                // is read here too, since no run of capitals holds a number.)
                let listed = |w: &str| {
                    PRODUCTS.contains(w)
                        || is_shouted(w) && SHOUTED_PRODUCTS.contains(w.to_lowercase().as_str())
                        || w.bytes().any(|b| b.is_ascii_digit())
                            && COMPETITIONS.contains(title_case_words(w).as_str())
                };
                (i..=e).all(|k| !covered.contains(&k))
                    && (listed(span) || span.strip_suffix('s').is_some_and(listed))
            });
            match longest {
                Some(mut e) => {
                    // "Windows 95", "the PlayStation 3": a model's number
                    // right after the product (not a count: "iPhone 10
                    // percent", "Windows 7 million").
                    let model_number = toks.get(e + 1).is_some_and(|t| {
                        t.kind == TokenKind::Number
                            && t.lower.len() <= 4
                            // ("Windows 8.1": a point release too.)
                            && t.lower.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                            && t.lower.ends_with(|c: char| c.is_ascii_digit())
                            && body[toks[e].span.end..t.span.start] == *" "
                    }) && toks.get(e + 2).is_none_or(|t| {
                        // ("MacBook Pro 17-inch": a size, no model.)
                        t.span.start > toks[e + 1].span.end
                            && !matches!(
                                t.lower.as_str(),
                                "percent" | "%" | "million" | "billion" | "times" | "per" | "pct"
                            )
                    });
                    if model_number && e + 1 < s1 {
                        e += 1;
                    }
                    out.push(Name {
                        first: i,
                        last: e,
                        mention_type: MentionType::MISC,
                        entity: None,
                    });
                    i = e + 1;
                }
                None => i += 1,
            }
        }
    }
    out
}

/// Words that say a quoted name near them is a work's title
/// (`title-cues.txt`: "the ``X-Men'' series", "starred in ``Van Wilder''").
pub(super) static TITLE_CUES: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/title-cues.txt")));

/// Works named in quotation marks, MISC whole (the film ``The English
/// Patient'', the ``X-Men Origins: Wolverine'' sequel): a quoted span of at
/// most eight words that opens with a capital and capitalizes every word but
/// the small ones ("of", "the", "a"), so no quoted speech ("We will win") and
/// no single common word ("Yes", "Twilight"), with a word of a work
/// (`title-cues.txt`, `work-nouns.txt`) shortly before or after it, or
/// right after another title. Not where another pass found a name
/// (`covered`), nor a body's name by its closing word ("Friends of Abe
/// Committee"). Without such a word a quoted name is as often someone's
/// alias ("known as ``Deep Throat''") or a slogan.
pub(super) fn quoted_titles(
    body: &str,
    toks: &[Token],
    sentences: &[(usize, usize)],
    covered: &HashSet<usize>,
) -> Vec<Name> {
    let text = |i: usize| &body[toks[i].span.start..toks[i].span.end];
    // ("``" and "''" are two tokens each.)
    let opens = |i: usize| match text(i) {
        "\"" | "“" => Some(i + 1),
        "`" if i + 1 < toks.len() && text(i + 1) == "`" => Some(i + 2),
        _ => None,
    };
    let closes = |i: usize| match text(i) {
        "\"" | "”" => true,
        "'" => i + 1 < toks.len() && text(i + 1) == "'",
        _ => false,
    };
    let mut out: Vec<Name> = Vec::new();
    // (Title-shaped quoted spans with no word of a work near them.)
    let mut uncued: Vec<(usize, usize)> = Vec::new();
    for &(s0, s1) in sentences {
        let mut i = s0;
        while i < s1 {
            let Some(a) = opens(i).filter(|&a| a < s1) else {
                i += 1;
                continue;
            };
            // (The closing mark may open the next sentence: "... Doctor Who . "".)
            let Some(close) = (a + 1..(s1 + 1).min(a + 12).min(toks.len())).find(|&j| closes(j))
            else {
                i += 1;
                continue;
            };
            // (American style keeps the sentence's stop inside: "... Wolverine.''")
            let mut b = close - 1;
            while b > a && matches!(text(b), "." | "," | "!" | "?") {
                b -= 1;
            }
            let small = |k: usize| STOPWORDS.contains(toks[k].lower.as_str());
            // ("``" closes with two tokens.)
            let after_close = if text(close) == "'" {
                close + 2
            } else {
                close + 1
            };
            let after_a_title = out.last().is_some_and(|t| t.last + 6 >= i && t.last < i);
            // ("Schindler's List": a possessive's ending is no word of its own.)
            let possessive = |k: usize| matches!(toks[k].lower.as_str(), "'s" | "’s");
            let words: Vec<usize> = (a..=b)
                .filter(|&k| toks[k].kind != TokenKind::Punct && !possessive(k))
                .collect();
            let is_title = toks[a].capitalized
                && toks[a].kind == TokenKind::Word
                && toks[b].kind != TokenKind::Punct
                && (1..=8).contains(&words.len())
                && words.iter().all(|&k| toks[k].capitalized || small(k) || toks[k].kind == TokenKind::Number)
                && (a..=b).all(|k| {
                    toks[k].kind != TokenKind::Punct
                        || matches!(text(k), ":" | "-" | "&" | "'" | "!")
                        || possessive(k)
                })
                // (A people's word inside is the title's: ``American Pie''.)
                && (a..=b).all(|k| !covered.contains(&k) || is_demonym_word(text(k)))
                && !body[toks[a].span.start..toks[b].span.end].contains('\n')
                && if let [one] = words[..] {
                    // (A word of prose only right after another title:
                    // "``Dirty Dancing'' and ``Ghost''".)
                    !small(one)
                        && (after_a_title
                            || !COMMON_WORDS.contains(toks[one].lower.as_str())
                                && !PROSE_WORDS.contains(toks[one].lower.as_str()))
                        && !GIVEN_NAMES.contains(text(one))
                        && !SURNAMES.contains_key(toks[one].lower.as_str())
                        && !is_known_place(text(one))
                } else {
                    // ("Absolutely not", "I'm with her": speech.)
                    words.iter().filter(|&&k| toks[k].capitalized).count() >= 2
                }
                // Not a person's name quoted ("Jermayne Taylor"), nor a
                // nickname inside one (Vincent "The Chin" Gigante).
                && !(words.len() <= 3
                    && GIVEN_NAMES.contains(text(words[0]))
                    && SURNAMES.contains_key(toks[b].lower.as_str()))
                && !(i > 0
                    && toks[i - 1].capitalized
                    && toks[i - 1].kind == TokenKind::Word
                    && toks
                        .get(after_close)
                        .is_some_and(|t| t.capitalized && t.kind == TokenKind::Word))
                && !name_word(text(b))
                    .is_some_and(|&(t, at)| t == MentionType::ORG && at == Where::Last);
            let cue = |k: usize| {
                TITLE_CUES.contains(toks[k].lower.as_str())
                    || WORK_NOUNS.contains(toks[k].lower.as_str())
            };
            let cued = (i.saturating_sub(4).max(s0)..i).any(cue)
                || (after_close..(after_close + 2).min(s1)).any(cue)
                || after_a_title;
            if is_title && cued {
                out.push(Name {
                    first: a,
                    last: b,
                    mention_type: MentionType::MISC,
                    entity: None,
                });
                i = close + 1;
            } else {
                if is_title {
                    uncued.push((a, b));
                }
                i += 1;
            }
        }
    }
    // A work named once by such a word is the same work quoted anywhere in
    // the article ("love for "Doctor Who," including", after "Series 8 of
    // "Doctor Who."").
    let span_text = |a: usize, b: usize| &body[toks[a].span.start..toks[b].span.end];
    let found: HashSet<&str> = out.iter().map(|t| span_text(t.first, t.last)).collect();
    let before = out.len();
    for (a, b) in uncued {
        if found.contains(span_text(a, b))
            && !out[..before].iter().any(|t| t.first <= b && a <= t.last)
        {
            out.push(Name {
                first: a,
                last: b,
                mention_type: MentionType::MISC,
                entity: None,
            });
        }
    }
    out.sort_by_key(|t| t.first);
    out
}
