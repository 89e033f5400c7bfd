//! Sentence splitting: a paragraph break always ends a sentence; inside a
//! paragraph, `.`, `!` or `?` (with any closing quotes or brackets) ends one
//! when the next word starts a sentence and the word before the dot is not an
//! abbreviation from `data/lexicon/abbreviations.txt` or an initial.

use sitrep_core::data::tsv_rows;
use sitrep_core::Span;
use std::collections::HashSet;
use std::sync::LazyLock;

const ABBREVIATIONS: &str = include_str!("../../../data/lexicon/abbreviations.txt");

static ABBREV: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    ABBREVIATIONS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// US states' abbreviations ("N.J.", "D.C."), without their last dot:
/// initials run together that may end a sentence ("in Bedminster, N.J.
/// Roger Ailes ...").
static STATE_ABBREV: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    tsv_rows(
        include_str!("../../../data/lexicon/state-abbreviations.tsv"),
        2,
    )
    .map(|r| r[0].trim_end_matches('.'))
    .collect()
});

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»')
}

fn starts_sentence(c: char) -> bool {
    c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '\'' | '‘' | '(' | '[' | '«')
}

/// Sentences of `body`, inside the given paragraphs (or the whole body as one
/// paragraph when there are none). Spans are trimmed of surrounding spaces.
pub fn split(body: &str, paragraphs: &[Span]) -> Vec<Span> {
    let whole = [Span::new(0, body.len())];
    let paras = if paragraphs.is_empty() {
        &whole[..]
    } else {
        paragraphs
    };
    let mut out = Vec::new();
    for p in paras {
        split_paragraph(body, *p, &mut out);
    }
    out
}

fn split_paragraph(body: &str, para: Span, out: &mut Vec<Span>) {
    let text = &body[para.start..para.end];
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut start = 0usize;
    let mut i = 0;
    while i < chars.len() {
        let (_, c) = chars[i];
        if matches!(c, '.' | '!' | '?') {
            let mut j = i + 1;
            while j < chars.len()
                && (is_closer(chars[j].1) || matches!(chars[j].1, '.' | '!' | '?'))
            {
                j += 1;
            }
            let end_byte = chars.get(j).map_or(text.len(), |&(b, _)| b);
            let mut k = j;
            while k < chars.len() && chars[k].1.is_whitespace() {
                k += 1;
            }
            let has_space = k > j;
            let next = chars.get(k).map(|&(_, c)| c);
            if has_space
                && next.is_some_and(starts_sentence)
                && !(c == '.' && ends_with_abbreviation(&text[..chars[i].0]))
            {
                push_trimmed(body, para.start + start, para.start + end_byte, out);
                start = chars[k].0;
                i = k;
                continue;
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    push_trimmed(body, para.start + start, para.end, out);
}

/// The word before a dot (`before` is the text up to it) is an abbreviation
/// or a single-letter initial: the dot ends no sentence ("Lt.", "U. S.").
pub fn ends_with_abbreviation(before: &str) -> bool {
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if word.is_empty() {
        return false;
    }
    let single_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    // "O.J. Simpson", "H.D. Deve Gowda": initials run together.
    let initials = word
        .split('.')
        .all(|p| p.len() == 1 && p.chars().all(|c| c.is_ascii_uppercase()))
        && word.split('.').count() == 2
        && !STATE_ABBREV.contains(word.as_str());
    single_initial || initials || ABBREV.contains(word.as_str())
}

fn push_trimmed(body: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let s = &body[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if start + lead < end - trail {
        out.push(Span::new(start + lead, end - trail));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sents(text: &str) -> Vec<&str> {
        split(text, &[]).iter().map(|s| s.text(text)).collect()
    }

    #[test]
    fn initials_run_together_do_not_end_sentences_but_a_state_s_may() {
        assert_eq!(
            sents("He met O.J. Simpson there."),
            vec!["He met O.J. Simpson there."]
        );
        assert_eq!(
            sents("They met in Bedminster, N.J. Roger Ailes came."),
            vec!["They met in Bedminster, N.J.", "Roger Ailes came."]
        );
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        assert_eq!(
            sents(
                "The U.S. Navy sent ships. Mr. Smith and J. Doe said so. \"It is over.\" He left!"
            ),
            [
                "The U.S. Navy sent ships.",
                "Mr. Smith and J. Doe said so.",
                "\"It is over.\"",
                "He left!"
            ]
        );
    }

    #[test]
    fn lower_case_after_a_dot_continues_the_sentence() {
        assert_eq!(
            sents("About 3.5 million fled. then more."),
            ["About 3.5 million fled. then more."]
        );
    }

    proptest! {
        #[test]
        fn sentences_are_ordered_disjoint_and_trimmed(text in "[A-Za-z .!?\"]{0,200}") {
            let mut last = 0;
            for s in split(&text, &[]) {
                prop_assert!(s.start >= last && s.end > s.start);
                let t = s.text(&text);
                prop_assert_eq!(t.trim(), t);
                last = s.end;
            }
        }
    }
}
