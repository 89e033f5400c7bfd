//! Noun phrases around a cue and the mentions inside them.

use super::*;

/// Articles and possessives: what opens a noun phrase that can be a
/// speaker no list knows ("The veteran envoy", "..., the report said").
pub(super) const DETERMINERS: [&str; 8] = ["the", "a", "an", "his", "her", "their", "its", "our"];

/// Possessive determiners, which open a noun phrase: "his campaign".
pub(super) const POSSESSIVES: [&str; 6] = ["his", "her", "its", "their", "our", "my"];

/// Words of quantity that open a noun phrase as a determiner does ("Both
/// women", "One operative inside Trump Tower").
pub(super) const QUANTIFIERS: [&str; 8] = [
    "both", "most", "many", "some", "several", "all", "one", "another",
];

/// Words after which an -s form is a plural noun, not a verb.
pub(super) const NOUN_OPENERS: [&str; 24] = [
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those", "this",
    "some", "many", "several", "such", "no", "any", "'s", "’s", "other", "recent", "new",
];

/// Words that end a noun phrase taken as content: what follows them adds to
/// the sentence, not to the object ("rejected the label, noting that ...",
/// "dismissed the report, which ...", "praised Kenya because ..."). A
/// relative clause with no comma before it is the object's own ("mentioned
/// the man who was likely to beat him").
pub(super) const NP_ENDS: [&str; 17] = [
    ",", ";", ":", "—", "–", "(", "when", "while", "because", "after", "before", "since",
    "although", "though", "despite", "during", "until",
];

/// An actor mention starting within `window` tokens after `i`.
pub(super) fn mention_after(doc: &Doc, i: usize, window: usize, end: usize) -> Option<usize> {
    (i + 1..=(i + window).min(end.saturating_sub(1))).find_map(|k| {
        doc.mention_at(k)
            .filter(|&m| doc.mention_first_token(m) == k)
    })
}

/// Whether the word at `k`, right before a relative pronoun, can be the noun
/// the pronoun stands for: a lower-case word that is not a function word nor
/// a verb of knowing or asking ("asked who said", "is who said").
pub(super) fn is_antecedent_noun(doc: &Doc, k: usize) -> bool {
    let t = &doc.toks[k];
    t.kind == sitrep_nlp::tokens::TokenKind::Word
        && !NP_STOP.contains(&t.lower.as_str())
        && !NOT_ANTECEDENTS.contains(&t.lower.as_str())
        && !t.lower.ends_with("ed")
        && !t.lower.ends_with("ing")
}

/// "Donald Trump, a birther who pledged": the actor an apposition ending in
/// the noun at `noun` describes, the mention just before its comma.
pub(super) fn described_by(doc: &Doc, noun: usize) -> Option<Entity> {
    let det = (noun.saturating_sub(4)..noun)
        .rev()
        .find(|&k| matches!(doc.lower(k), "a" | "an" | "the"))?;
    if det < 2 || doc.lower(det - 1) != "," {
        return None;
    }
    let m = doc.mention_at(det - 2)?;
    doc.mention(m).entity.clone()
}

/// Words before "who" or "which" that it does not stand for.
pub(super) const NOT_ANTECEDENTS: [&str; 24] = [
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "know",
    "knows",
    "ask",
    "asks",
    "wonder",
    "see",
    "about",
    "over",
    "matter",
    "decide",
    "decides",
    "choose",
    "say",
    "says",
    "tell",
    "tells",
    "regardless",
    "into",
];

/// Words that end a speaker's noun phrase when walking away from the cue.
pub(super) const NP_STOP: [&str; 26] = [
    "and", "or", "but", "that", "which", "who", "to", "in", "on", "at", "for", "with", "from",
    "of", "by", "as", "if", "when", "while", "because", "than", "so", "where", "though",
    "although", "whereas",
];
/// The noun phrase right before the cue at `i`, at most five words, not
/// reaching before `floor`.
pub(super) fn np_before(doc: &Doc, i: usize, floor: usize) -> Option<SpeakerRef> {
    let mut k = back_over_be(doc, back_over_auxiliaries(doc, i, floor), floor);
    if k > floor && time_before_cue(doc.lower(k - 1)) {
        k -= 1;
        if k > floor
            && matches!(
                doc.lower(k - 1),
                "on" | "last" | "this" | "earlier" | "late"
            )
        {
            k -= 1;
        }
        k = back_over_auxiliaries(doc, k, floor);
    }
    let last = k.checked_sub(1).filter(|&l| l >= floor)?;
    // ("One month after announcing", "even before saying": no noun phrase
    // ends in a word that opens a phrase of time or manner.)
    let word = |j: usize| {
        doc.toks[j].kind != sitrep_nlp::tokens::TokenKind::Punct
            && !NP_STOP.contains(&doc.lower(j))
            && !PARTICIPLE_PREPOSITIONS.contains(&doc.lower(j))
            && !matches!(doc.lower(j), "until" | "during")
    };
    if !word(last) || matches!(doc.lower(last), "the" | "a" | "an" | "'s" | "’s") {
        return None;
    }
    // The phrase opens at its determiner ("now the company says": "the
    // company"), or at the possessor's name before "'s" ("the ones Trump's
    // campaign hopes": "Trump's campaign"). Not a determiner that opens a
    // phrase after a preposition or a participle ("Users across the
    // country", "The company managing the cables"), nor before a medium's
    // noun, which says nothing itself ("The town released a statement
    // saying").
    let medium = MEDIUM_NOUNS.contains(doc.lower(last));
    let opens_the_phrase = |k: usize| {
        DETERMINERS.contains(&doc.lower(k))
            && !medium
            && (k == floor || {
                let before = doc.lower(k - 1);
                !before.ends_with("ing") && !crate::doc::PREPOSITIONS.contains(&before)
            })
    };
    let mut first = last;
    while first > floor && last - first < 4 && word(first - 1) {
        first -= 1;
        if opens_the_phrase(first) {
            break;
        }
        if matches!(doc.lower(first), "'s" | "’s") && first < last && first > floor {
            first -= 1;
            while first > floor && doc.toks[first - 1].capitalized && word(first - 1) {
                first -= 1;
            }
            if first > floor && DETERMINERS.contains(&doc.lower(first - 1)) {
                first -= 1;
            }
            break;
        }
    }
    Some(SpeakerRef::words(doc, first, last))
}

/// "is", "was", "been" and the other forms of "be".
pub(super) fn is_a_form_of_be(word: &str) -> bool {
    matches!(
        word,
        "is" | "are" | "was" | "were" | "be" | "been" | "being"
    )
}

/// The token before which forms of "be" and the auxiliaries before them
/// stand right before token `k` ("Party leaders are saying", "we might be
/// seeing"), not reaching before `floor`.
fn back_over_be(doc: &Doc, k: usize, floor: usize) -> usize {
    if k > floor && is_a_form_of_be(doc.lower(k - 1)) {
        back_over_auxiliaries(doc, k - 1, floor)
    } else {
        k
    }
}

/// The noun phrase opening the sentence at `start`, the subject of a cue at
/// `cue` coordinated with the sentence's first verb when no actor is named
/// ("The Arizona Republican survived five years in prison and says ..."): a
/// subject pronoun, or a determiner or a quantifier ("Both women", "Many
/// clubs") and at most five words before the first
/// that cannot be part of it (a function word, an auxiliary, a lower-case
/// word in -ed, a verb's irregular form, "spent", or a reporting verb, "the
/// Associated Press reports").
pub(super) fn opening_noun_phrase(doc: &Doc, start: usize, cue: usize) -> Option<SpeakerRef> {
    let first = doc.lower(start);
    if matches!(first, "he" | "she" | "they" | "we" | "i") {
        return Some(SpeakerRef::words(doc, start, start));
    }
    if !DETERMINERS.contains(&first) && !QUANTIFIERS.contains(&first) {
        return None;
    }
    let mut last = start;
    for k in start + 1..(start + 6).min(cue) {
        let tok = &doc.toks[k];
        let word = tok.lower.as_str();
        if tok.kind != sitrep_nlp::tokens::TokenKind::Word
            || NP_STOP.contains(&word)
            || !tok.capitalized
                && (AUXILIARIES.contains(&word)
                    || word.ends_with("ed")
                    || irregular_verb_form(tok)
                    || BEFORE_CUE.contains(&word)
                    || is_verb_cue(doc, k))
        {
            break;
        }
        last = k;
    }
    (last > start).then(|| SpeakerRef::words(doc, start, last))
}

/// The actor a possessive pronoun at `k` stands before ("her lawyer"): the
/// one who speaks, not the one the pronoun stands for.
pub(super) fn actor_after_possessive(doc: &Doc, k: usize) -> Option<usize> {
    if !matches!(doc.lower(k), "his" | "her" | "its" | "their") {
        return None;
    }
    doc.mention_at(k + 1)
        .filter(|&m| doc.mention_first_token(m) == k + 1 && doc.is_actor(m))
}

/// The actor that the noun phrase right after a cue at `c` names, up to
/// punctuation or a word that ends a noun phrase, at most eight tokens, before
/// `end`: its last person ("said Republican party boss Reince Priebus", "said
/// RNC spokesman Sean Spicer"), else its first actor. A mention no entity
/// resolves ("Republican", "Iowa Democrat") speaks for nobody: the words
/// around it may ("said an Iowa Democrat").
pub(super) fn actor_in_np_after(doc: &Doc, c: usize, end: usize) -> Option<SpeakerRef> {
    // (The stop of an abbreviated title goes on: "said retired Army Lt.
    // Gen. Mick Bednarek".)
    let abbreviation_stop = |k: usize| {
        doc.lower(k) == "."
            && sitrep_nlp::sentences::ends_with_abbreviation(&doc.body[..doc.toks[k].span.start])
            && doc.toks.get(k + 1).is_some_and(|t| t.capitalized)
    };
    // ("said Anchorage businessman and blogger Andrew Halcro", "president and
    // CEO Jane Doe": "and" between two roles of one person goes on.)
    let roles_joined = |k: usize| {
        let word = |j: usize| {
            doc.toks
                .get(j)
                .is_some_and(|t| t.kind == sitrep_nlp::tokens::TokenKind::Word)
        };
        doc.lower(k) == "and"
            && word(k - 1)
            && !doc.toks[k - 1].capitalized
            && word(k + 1)
            && !DETERMINERS.contains(&doc.lower(k + 1))
            && doc.mention_at(k + 1).is_none()
    };
    let np_end = (c + 1..end.min(c + 9))
        .find(|&k| {
            doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Punct && !abbreviation_stop(k)
                || NP_STOP.contains(&doc.lower(k)) && !roles_joined(k)
        })
        .unwrap_or(end.min(c + 9));
    let actors: Vec<usize> = (c + 1..np_end)
        .filter_map(|k| {
            doc.mention_at(k)
                .filter(|&m| doc.mention_first_token(m) == k)
        })
        .filter(|&m| doc.mention(m).entity.is_some())
        .collect();
    let person = actors.iter().rev().find(|&&m| {
        doc.mention(m)
            .entity
            .as_ref()
            .is_some_and(|e| e.kind == EntityKind::Person)
    });
    person
        .or(actors.first())
        .map(|&m| SpeakerRef::mention(doc, m))
}

/// Capitalized words right after token `i` ("said Fallon", "― Sonya
/// Herridge", "said Rep. G.K. Butterfield"), at most five, before `end`.
pub(super) fn name_after(doc: &Doc, i: usize, end: usize) -> Option<SpeakerRef> {
    let first = i + 1;
    let mut last = first;
    let capital = |k: usize| {
        k < end
            && doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word
            && doc.toks[k].capitalized
    };
    if !capital(first) {
        return None;
    }
    while capital(last + 1) && last + 1 - first < 5 {
        last += 1;
    }
    Some(SpeakerRef::words(doc, first, last))
}

/// The noun phrase after "according to", up to a comma, at most six words.
pub(super) fn np_after(doc: &Doc, to: usize, end: usize) -> Option<SpeakerRef> {
    let first = to + 1;
    let mut last = first;
    while last + 1 < end
        && last + 1 - first < 6
        && doc.lower(last + 1) != ","
        && doc.toks[last + 1].kind != sitrep_nlp::tokens::TokenKind::Punct
    {
        last += 1;
    }
    (first < end && doc.toks[first].kind != sitrep_nlp::tokens::TokenKind::Punct)
        .then(|| SpeakerRef::words(doc, first, last))
}

/// The token after the comma that closes a phrase of time, place or
/// circumstance opening the clause at `c0` ("Two weeks after Justice Scalia
/// died, Justice Thomas broke a silence by asking", "In three interviews,
/// the justice sounded off on Trump, saying"), or `c0` where none does.
pub(super) fn past_an_opening_adjunct(doc: &Doc, c0: usize, i: usize) -> usize {
    // (Or a participle's phrase: "Asked on Monday whether Mr. Clinton would
    // serve, Mrs. Clinton shook her head and said".)
    let participle = doc.toks[c0].capitalized
        && (doc.lower(c0).ends_with("ed") || doc.lower(c0).ends_with("ing"));
    let opens =
        participle || (c0..(c0 + 3).min(i)).any(|k| OPENING_ADJUNCT_WORDS.contains(&doc.lower(k)));
    let comma = (c0 + 1..i.saturating_sub(2)).find(|&k| doc.lower(k) == ",");
    match comma {
        Some(comma) if opens => comma + 1,
        _ => c0,
    }
}

/// Words that open a phrase of time, place or circumstance before a
/// clause's subject.
const OPENING_ADJUNCT_WORDS: [&str; 23] = [
    "after",
    "before",
    "since",
    "when",
    "while",
    "as",
    "once",
    "until",
    "in",
    "on",
    "at",
    "during",
    "despite",
    "following",
    "amid",
    "from",
    "for",
    "with",
    "without",
    "under",
    "outside",
    "inside",
    "near",
];

/// Whether the word at `k` reads as a verb's past tense: in lower case,
/// ending in "-ed" or an irregular form ("fired", "took"; not "men").
pub(super) fn past_tense(doc: &Doc, k: usize) -> bool {
    let tok = &doc.toks[k];
    tok.kind == sitrep_nlp::tokens::TokenKind::Word
        && !tok.capitalized
        && (tok.lower.ends_with("ed") || irregular_verb_form(tok))
}

/// Whether a token is a verb's irregular form by `irregular.tsv` ("took",
/// "spent"), which also holds plural nouns: not a form in -s ("forces",
/// "troops") nor "men", "women", "children", "people".
fn irregular_verb_form(tok: &sitrep_nlp::tokens::Token) -> bool {
    tok.lemmas.len() == 1
        && tok.lemmas[0] != tok.lower
        && !tok.lower.ends_with('s')
        && !matches!(tok.lower.as_str(), "men" | "women" | "children" | "people")
}

/// The first actor of the clause holding the verb at `c`, after a phrase
/// that opens it ("Asked whether Mr. Clinton would serve, Mrs. Clinton shook
/// her head and said": Mrs. Clinton), not reaching before `floor`; and where
/// the clause starts, past that phrase.
pub(super) fn clause_subject(doc: &Doc, floor: usize, c: usize) -> Option<(usize, usize)> {
    let from = past_an_opening_adjunct(doc, doc.clause(c).0.max(floor), c);
    doc.subject_from(from, c).map(|m| (from, m))
}

/// The subject of a clause that opens inside its sentence (after `floor`),
/// of a verb at `c` that follows "and" or "but" with no subject of its own:
/// "The crowd cheered when Trump spotted a sign and asked ...". The actor
/// must open the clause (at most two words after the phrase opening it) and
/// be followed by a verb in the past or an auxiliary: "when Trump spotted",
/// not "went after Hillary Clinton for ... and called".
pub(super) fn subject_of_a_conjoined_clause(doc: &Doc, floor: usize, c: usize) -> Option<usize> {
    let (from, m) = clause_subject(doc, floor, c)?;
    let after = doc.mention_last_token(m) + 1;
    let verb = after < c && (past_tense(doc, after) || AUXILIARIES.contains(&doc.lower(after)));
    (from > floor && doc.mention_first_token(m) <= from + 2 && verb).then_some(m)
}
