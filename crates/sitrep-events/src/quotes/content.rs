//! Where a report's words start and end: past the hearer, a time or a
//! medium ("said in a statement on Tuesday"), up to the writer's own words.

use super::*;

/// The content of a postposed attribution ("..., the source said"): from the
/// sentence start to just before the last comma ahead of token `at`.
pub(super) fn content_before(doc: &Doc, start: usize, at: usize) -> (usize, usize) {
    let stop = (start..at)
        .rev()
        .find(|&k| doc.lower(k) == ",")
        .unwrap_or(at);
    (start, stop.saturating_sub(1))
}

/// Words that open, after a comma, a contrast, an earlier event or a
/// description the writer adds to a report ("say he is decisive, after half
/// said so in May", "announced it would cut 30,000 jobs, a mass layoff
/// rivaling ...", "..., meaning she will not campaign", "..., which raised
/// concerns"). (On PolNeAR train "after" gained a match, "a" and "an" 14 at
/// IoU .8, "meaning" one, "which" 13 of 12 more predictions, though on dev
/// one of five; "as", "before" and "when" lost three.)
pub(super) const WRITER_ADDITION_OPENERS: [&str; 9] = [
    "while", "whereas", "although", "but", "after", "a", "an", "meaning", "which",
];

/// Clause openers after which a reporting verb's content ends with the clause
/// ("if the US does not want the war to widen, the bloodshed should stop":
/// the main clause is not the condition's).
pub(super) const SUBORDINATE_CUE_OPENERS: [&str; 7] = [
    "while", "although", "though", "whereas", "as", "if", "unless",
];

/// A time between a speaker and the cue ("the board on Monday rejected"),
/// with the word that may open it: a weekday or one of these.
pub(super) const TIME_BEFORE_CUE: [&str; 7] = [
    "today",
    "yesterday",
    "tonight",
    "week",
    "month",
    "year",
    "night",
];

pub(super) fn time_before_cue(word: &str) -> bool {
    TIME_BEFORE_CUE.contains(&word) || sitrep_core::calendar::is_weekday(word)
}

/// Whether a time adjunct opens at `j`, closing a noun phrase before it:
/// "endorsed Cruz last week", "on Thursday", "in December", "in early
/// June", "in 2002", "Saturday". (A month or year right after a determiner
/// or inside a name is the noun phrase's own: "the June 5 accord".)
pub(super) fn opens_a_time_adjunct(doc: &Doc, j: usize) -> bool {
    use sitrep_core::calendar::{is_weekday, month_number};
    let is_time_word = |w: &str| {
        time_before_cue(w)
            || month_number(w).is_some() && w.len() > 3
            || w.len() == 4 && w.starts_with(['1', '2']) && w.bytes().all(|b| b.is_ascii_digit())
    };
    let w = doc.lower(j);
    // ("over the last week" opens at "over"; "ABC's "This Week"" is a name.)
    let inside_a_phrase = j > 0
        && matches!(
            doc.lower(j - 1),
            "the" | "over" | "in" | "during" | "of" | "for"
        )
        || doc
            .toks
            .get(j + 1)
            .is_some_and(|t| t.capitalized && !is_weekday(&t.lower));
    match w {
        "last" | "this" | "next" | "earlier" if inside_a_phrase => false,
        "last" | "this" | "next" | "earlier" => {
            matches!(
                doc.lower(j + 1),
                "week"
                    | "month"
                    | "year"
                    | "night"
                    | "weekend"
                    | "spring"
                    | "summer"
                    | "fall"
                    | "autumn"
                    | "winter"
            ) || is_weekday(doc.lower(j + 1))
                || w == "earlier" && matches!(doc.lower(j + 1), "this" | "in" | "on")
        }
        "yesterday" | "today" | "tonight" => true,
        "on" | "in" => {
            let mut t = j + 1;
            if w == "in" && matches!(doc.lower(t), "early" | "late" | "mid" | "mid-") {
                t += 1;
            }
            is_time_word(doc.lower(t))
                && !matches!(doc.lower(t), "week" | "month" | "year" | "night")
        }
        _ => is_weekday(w),
    }
}

/// The token after a time adjunct that opens at `k` and a clause follows
/// ("on Wednesday", "Monday", "yesterday", "on Jan. 5"), or `k` itself.
pub(super) fn after_a_time_adjunct(doc: &Doc, k: usize, end: usize) -> usize {
    let mut j = k;
    if matches!(doc.lower(j), "on" | "last" | "this" | "late" | "earlier") {
        j += 1;
    }
    if time_before_cue(doc.lower(j)) {
        j += 1;
    } else if sitrep_core::calendar::month_number(doc.lower(j)).is_some() {
        // ("on Jan. 5": a month and its day.)
        j += 1;
        if doc.lower(j) == "." {
            j += 1;
        }
        let day = doc.lower(j);
        if day.is_empty() || !day.bytes().all(|b| b.is_ascii_digit()) {
            return k;
        }
        j += 1;
    } else {
        return k;
    }
    // A clause must follow; or the infinitive of what was vowed ("vowed on
    // Tuesday to retaliate").
    let clause = opens_a_clause(doc, j) || matches!(doc.lower(j), "that" | "," | "to");
    if j < end && clause {
        j
    } else {
        k
    }
}

/// Whether a clause opens at token `j`: a subject pronoun, "the", "a",
/// "an", "there" or a name.
pub(super) fn opens_a_clause(doc: &Doc, j: usize) -> bool {
    let next = doc.lower(j);
    SUBJECT_PRONOUNS.contains(&next)
        || matches!(next, "the" | "a" | "an" | "there")
        || doc.mention_at(j).is_some()
}

/// What a report is made in or on (`medium-nouns.txt`).
pub(super) static MEDIUM_NOUNS: LazyLock<std::collections::HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/medium-nouns.txt")));

/// The token after the adjuncts that say where a report was made, opening at
/// `k` with a clause after them ("in a statement", "on Telegram", "in a
/// televised speech on Tuesday": "said in a statement it had fired"), or `k`
/// itself.
pub(super) fn after_a_medium_adjunct(doc: &Doc, k: usize, end: usize) -> usize {
    let mut j = k;
    while matches!(doc.lower(j), "in" | "on" | "via") {
        let Some(noun) = (j + 1..(j + 6).min(end)).find(|&m| MEDIUM_NOUNS.contains(doc.lower(m)))
        else {
            break;
        };
        // (A noun phrase: the medium itself, or one a determiner opens, not
        // "called on police to release".)
        let opens_np = noun == j + 1
            || matches!(
                doc.lower(j + 1),
                "a" | "an" | "the" | "his" | "her" | "its" | "their" | "state" | "social"
            );
        if !opens_np
            || (j + 1..noun).any(|m| {
                doc.toks[m].kind != sitrep_nlp::tokens::TokenKind::Word || doc.lower(m) == "to"
            })
        {
            break;
        }
        j = after_a_time_adjunct(doc, noun + 1, end);
    }
    let clause =
        opens_a_clause(doc, j) || matches!(doc.lower(j), "its" | "his" | "her" | "their" | "our");
    if j > k && j < end && clause {
        j
    } else {
        k
    }
}

/// "..., the source said" or "..., said the minister" inside `(from, to]`:
/// the index of the comma that opens it.
pub fn postposed_attribution(doc: &Doc, from: usize, to: usize) -> Option<usize> {
    (from + 1..=to).find(|&k| {
        if doc.lower(k) != "," {
            return false;
        }
        let mut j = k + 1;
        if is_verb_cue(doc, j) {
            return saying_verb(doc, j) && mention_after(doc, j, 3, to + 1).is_some();
        }
        // "..., according to the IRNA news agency."
        if doc.lower(j) == "according" && doc.lower(j + 1) == "to" {
            return true;
        }
        while j <= to && matches!(doc.lower(j), "the" | "a" | "an") {
            j += 1;
        }
        // Words a description of the source may start with ("relief officials").
        let mut described = 0;
        while j <= to
            && described < 2
            && doc.mention_at(j).is_none()
            && doc.toks[j].kind == sitrep_nlp::tokens::TokenKind::Word
            && !doc.toks[j].capitalized
            && !is_verb_cue(doc, j)
            && !matches!(doc.lower(j), "'s" | "’s")
        {
            j += 1;
            described += 1;
        }
        // "the bloc's foreign policy chief Josep Borrell said".
        if matches!(doc.lower(j), "'s" | "’s") {
            return title_run_to_its_holder(doc, j, to)
                .is_some_and(|cue| matches!(doc.lower(cue + 1), "," | "." | "" | "on" | "in"));
        }
        match doc.mention_at(j) {
            Some(m) if doc.is_actor(m) || doc.is_agency(m) => {
                let mut after = doc.mention_last_token(m) + 1;
                // "relief officials in Nairobi said": where the source is;
                // "a senior official of the group told": whose.
                // "a source in Ukraine's SBU security service told": a phrase
                // of a few words, no comma, up to the cue.
                if matches!(doc.lower(after), "in" | "at" | "from" | "of" | "for") {
                    if let Some(cue) = (after + 1..(after + 7).min(to + 1))
                        .take_while(|&k| {
                            doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word
                                || matches!(doc.lower(k), "'s" | "’s" | ".")
                        })
                        .find(|&k| is_verb_cue(doc, k))
                    {
                        after = cue;
                    }
                } else if let Some(cue) = title_run_to_its_holder(doc, after, to) {
                    // "EU foreign policy chief Josep Borrell said".
                    after = cue;
                }
                // "..., the official told Al Jazeera, saying": whom it told
                // may close the attribution.
                let mut end = after + 1;
                if let Some(hearer) = doc.mention_at(end).filter(|_| doc.toks[after].is("tell")) {
                    end = doc.mention_last_token(hearer) + 1;
                }
                is_verb_cue(doc, after) && matches!(doc.lower(end), "," | "." | "" | "on" | "in")
            }
            _ => false,
        }
    })
}

/// Whether token `k`, right after a comma, opens an aside that describes
/// what comes before: a word of [`ASIDE_OPENERS`], a bare role noun that
/// the actor layer reads as a description ("Robert McDuff, lawyer for one
/// of the groups, said"), or a name's role ("Sanders' campaign manager").
pub(super) fn opens_an_aside(doc: &Doc, k: usize) -> bool {
    // (The role noun goes on as a noun phrase, "lawyer for", not as a
    // clause's subject: "In the scandal, people were charged fees, saw".)
    let role_noun = || {
        !doc.toks[k].capitalized
            && doc
                .mention_of_kind_at(k, EntityKind::Generic)
                .is_some_and(|m| {
                    let next = doc.lower(doc.mention_last_token(m) + 1);
                    next == "," || crate::doc::PREPOSITIONS.contains(&next)
                })
    };
    // "Jeff Weaver, Sanders' campaign manager, said": a name's role.
    let possessed_role = || {
        doc.mention_at(k)
            .filter(|&m| doc.mention_first_token(m) == k)
            .is_some_and(|m| {
                let after = doc.mention_last_token(m) + 1;
                matches!(doc.lower(after), "'s" | "’s" | "'" | "’")
                    && doc.toks.get(after + 1).is_some_and(|t| {
                        !t.capitalized && t.kind == sitrep_nlp::tokens::TokenKind::Word
                    })
            })
    };
    ASIDE_OPENERS.contains(&doc.lower(k)) || role_noun() || possessed_role()
}

/// The last token of whoever a telling verb at `i` addresses: an actor
/// mention, an object pronoun or up to five words that stop at "that", a
/// preposition, a time or a pronoun that opens a clause ("told reporters he
/// would stay").
pub(super) fn hearer_after(doc: &Doc, i: usize, end: usize) -> Option<usize> {
    let first = i + 1;
    if first >= end {
        return None;
    }
    // (A possessor opens the hearer's phrase, "his Syrian counterpart".)
    if let Some(m) = doc
        .mention_at(first)
        .filter(|&m| doc.mention_first_token(m) == first && !doc.mention(m).modifier)
    {
        return Some(doc.mention_last_token(m));
    }
    if matches!(
        doc.lower(first),
        "him" | "her" | "them" | "us" | "me" | "you"
    ) {
        return Some(first);
    }
    let mut k = first;
    while k < end
        && k - first < 5
        && doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word
        && !crate::doc::PREPOSITIONS.contains(&doc.lower(k))
        && !time_before_cue(doc.lower(k))
        && !SUBJECT_PRONOUNS.contains(&doc.lower(k))
        && !matches!(doc.lower(k), "that" | "before" | "after" | "during")
    {
        // "a Senate panel": a name inside the phrase is part of it.
        k = doc.mention_at(k).map_or(k, |m| doc.mention_last_token(m)) + 1;
    }
    (k > first).then(|| k - 1)
}

/// Words that open an aside about a noun phrase: "Kasich, a Republican
/// who ...,", "Experts like Bauman, a geophysicist,".
pub(super) const ASIDE_OPENERS: [&str; 18] = [
    "a",
    "an",
    "the",
    "who",
    "which",
    "whose",
    "one",
    "along",
    "like",
    "including",
    "especially",
    "himself",
    "during",
    "speaking",
    "at",
    "in",
    "on",
    "when",
];

/// Whether what follows token `i` to the sentence end is only a short
/// adjunct of time, place or manner, at most eight words: "said Wednesday.",
/// "said on Tuesday.", "said in a statement.", "said last week.".
pub(super) fn only_an_adjunct_after(doc: &Doc, i: usize, end: usize) -> bool {
    let first = doc.lower(i + 1);
    let opens = time_before_cue(first)
        || matches!(
            first,
            "on" | "in" | "last" | "this" | "earlier" | "late" | "at" | "during"
        );
    if !opens {
        return false;
    }
    // ("said on Thursday, hours after Moscow accused Kyiv": the adjunct
    // may close at a comma before a clause of time or circumstance.)
    let comma = (i + 1..end).find(|&k| doc.lower(k) == ",");
    let stop = match comma {
        Some(c) if opens_a_circumstance(doc, c + 1) => c,
        _ => end,
    };
    let rest = i + 1..stop;
    let words = rest
        .clone()
        .filter(|&k| doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word)
        .count();
    words <= 8
        && rest
            .clone()
            .all(|k| !matches!(doc.lower(k), "that" | "," | ":" | "to") && !is_verb_cue(doc, k))
}

/// Whether token `k`, after a comma, opens a clause of time or
/// circumstance: one of `CIRCUMSTANCE_OPENERS`, or a participle in -ing
/// ("said in Paris, noting that ...", "..., adding").
pub(super) fn opens_a_circumstance(doc: &Doc, k: usize) -> bool {
    let word = doc.lower(k);
    CIRCUMSTANCE_OPENERS.contains(&word)
        || word.len() > 5
            && word.ends_with("ing")
            && doc.toks.get(k).is_some_and(|t| !t.capitalized)
}

/// Words that open a clause of time or circumstance after a comma ("...,
/// hours after", "..., as", "..., citing", "said on Friday, in a move seen
/// as ...").
pub(super) const CIRCUMSTANCE_OPENERS: [&str; 15] = [
    "in",
    "after",
    "before",
    "as",
    "while",
    "when",
    "hours",
    "days",
    "weeks",
    "amid",
    "following",
    "citing",
    "despite",
    "shortly",
    "a",
];
