//! Who speaks at a cue: the subject before it, an inverted or postposed
//! attribution's name after it, "as reported by X", a poll that finds.

use super::*;

/// Whether a subject that can speak ends just before token `i`: a pronoun,
/// an actor that is not a mere modifier ("Democratic contests"), or a
/// document that finds ("the poll shows"), over one word of [`BEFORE_CUE`]
/// or "often" ("he also points").
pub(super) fn speaking_subject_before(doc: &Doc, i: usize) -> bool {
    let mut k = i;
    if k > 1 && (BEFORE_CUE.contains(&doc.lower(k - 1)) || doc.lower(k - 1) == "often") {
        k -= 1;
    }
    // (Over an aside in dashes: "The economist — who sits on the board —
    // claims".)
    if let Some(open) = aside_in_dashes_before(doc, k) {
        k = open;
    }
    // ("The governor claims", "the party's candidate plans": a role or a
    // body's noun with its determiner.)
    let determined = |noun: usize| {
        (noun.saturating_sub(4)..noun)
            .any(|j| DETERMINERS.contains(&doc.lower(j)) || matches!(doc.lower(j), "'s" | "’s"))
    };
    k > 0
        && (matches!(doc.lower(k - 1), "he" | "she" | "it" | "who")
            || FINDING_NOUNS.contains(doc.lower(k - 1))
            || SPEAKER_NOUNS.contains(doc.lower(k - 1)) && determined(k - 1)
            || doc
                .mention_at(k - 1)
                .is_some_and(|m| !doc.mention(m).modifier))
}

/// Where an aside set off by dashes that closes right before token `k`
/// opens: the index of its opening dash, in `k`'s sentence ("Many speakers
/// at the service — including Muslims, Christians, Jews — said").
pub(super) fn aside_in_dashes_before(doc: &Doc, k: usize) -> Option<usize> {
    let close = k.checked_sub(1).filter(|&c| is_dash(doc.lower(c)))?;
    let floor = doc.sentence_tokens(doc.sentence_of(close)).start;
    let open = (floor + 1..close).rev().find(|&j| is_dash(doc.lower(j)))?;
    // (Two words at least: hyphens spaced out in a run of single words,
    // "what - the - media - won't - tell", set nothing off.)
    let words = (open + 1..close)
        .filter(|&j| doc.toks[j].kind == sitrep_nlp::tokens::TokenKind::Word)
        .count();
    (words >= 2).then_some(open)
}

/// Words that, right after "that", make it a pronoun, the subject of the
/// report, not the word that opens it: "said that's what he expected",
/// "said that is a distortion".
pub(super) const PRONOUN_THAT_BEFORE: [&str; 13] = [
    "'s", "’s", "is", "was", "would", "will", "has", "had", "could", "can", "should", "may",
    "might",
];

/// Auxiliaries and adverbs between a speaker and the cue ("has also said").
pub(super) const BEFORE_CUE: [&str; 36] = [
    "not",
    "n't",
    "do",
    "didn't",
    "didn’t",
    "doesn't",
    "doesn’t",
    "don't",
    "don’t",
    "has",
    "have",
    "had",
    "also",
    "later",
    "then",
    "previously",
    "recently",
    "once",
    "again",
    "will",
    "would",
    "did",
    "does",
    "just",
    "even",
    "still",
    "now",
    "already",
    "never",
    "should",
    "could",
    "might",
    "must",
    "may",
    "can",
    "yet",
];
/// The token before which the auxiliaries, modals and adverbs right before
/// token `i` start ("has also said", "should say", "now said"), not reaching
/// before `floor`: where a speaker or a conjunction before the cue ends.
pub(super) fn back_over_auxiliaries(doc: &Doc, i: usize, floor: usize) -> usize {
    let mut k = carried_on_from(doc, i).filter(|&c| c >= floor).unwrap_or(i);
    while k > floor && (BEFORE_CUE.contains(&doc.lower(k - 1)) || doc.lower(k - 1).ends_with("ly"))
    {
        k -= 1;
    }
    k
}

/// "continued to insist", "went on to ask": where a verb that carries on
/// into the cue at `i` starts, when one stands right before it. The cue is
/// its subject's act, done, as an infinitive after "wants to" is not.
pub(super) fn carried_on_from(doc: &Doc, i: usize) -> Option<usize> {
    if i < 2 || doc.lower(i - 1) != "to" {
        return None;
    }
    let verb = doc.lower(i - 2);
    if matches!(verb, "continue" | "continues" | "continued" | "continuing") {
        return Some(i - 2);
    }
    (verb == "on"
        && i >= 3
        && matches!(doc.lower(i - 3), "went" | "goes" | "go" | "going" | "gone"))
    .then_some(i - 3)
}

/// Whether the word right before the cue at `i` (past auxiliaries and
/// adverbs) is a subject no actor mention holds that speaks for itself: the
/// writer's "I" or "we", a pronoun nothing resolved, a plural common noun
/// ("restructuring experts say", "analysts agreed"), a share of those asked
/// ("though 32 percent said"), or a speaker's noun after a determiner or a
/// possessive ("but his campaign said", `speaker-nouns.txt`). A name further
/// back is then not the speaker.
pub(super) fn own_subject_right_before(doc: &Doc, i: usize, floor: usize) -> bool {
    let k = back_over_auxiliaries(doc, i, floor);
    let Some(w) = k.checked_sub(1).filter(|&w| w >= floor) else {
        return false;
    };
    let word = doc.lower(w);
    let tok = &doc.toks[w];
    let share = word == "percent"
        && w > floor
        && doc.toks[w - 1].kind == sitrep_nlp::tokens::TokenKind::Number;
    let determined_speaker_noun = SPEAKER_NOUNS.contains(word)
        && w > floor
        && matches!(
            doc.lower(w - 1),
            "the" | "his" | "her" | "its" | "their" | "our" | "'s" | "’s"
        );
    doc.mention_at(w).is_none()
        && tok.kind == sitrep_nlp::tokens::TokenKind::Word
        && (matches!(word, "i" | "we" | "they" | "he" | "she" | "you")
            || share
            || determined_speaker_noun
            || !tok.capitalized
                && word.len() > 3
                && word.ends_with('s')
                && !word.ends_with("ss")
                && !NP_STOP.contains(&word)
                && sitrep_nlp::names::is_common_word(word))
}

/// Whether the cue at `i` is a verb of telling in the passive ("was told",
/// "had not been informed"), whose subject is the one told.
pub(super) fn told_in_the_passive(doc: &Doc, i: usize, floor: usize) -> bool {
    let telling = crate::coder::TELLING_VERBS
        .iter()
        .any(|l| doc.toks[i].is(l));
    let mut k = i;
    while k > floor && matches!(doc.lower(k - 1), "not" | "never" | "also" | "reportedly") {
        k -= 1;
    }
    telling
        && !doc.toks[i].lower.ends_with("ing")
        && k > floor
        && crate::coder::BE.contains(&doc.lower(k - 1))
}

/// The subject before an aside that ends just before the cue at `i`:
/// "Experts like Paul Bauman, a geophysicist, say ...", "Fields, along with
/// a reporter, say ...": the noun phrase before the aside's opening comma.
/// With `describing`, only an aside that opens with a word of
/// [`ASIDE_OPENERS`] ("a Republican who ...").
pub(super) fn subject_before_an_aside(
    doc: &Doc,
    i: usize,
    floor: usize,
    describing: bool,
) -> Option<SpeakerRef> {
    // Over "has not" and the like: "Kasich, a Republican, has not endorsed".
    let mut i = i;
    while i > floor + 3 && BEFORE_CUE.contains(&doc.lower(i - 1)) {
        i -= 1;
    }
    // (Over a quotation mark the aside's comma closes inside, of a name
    // quoted in it: "Trump, the owner of the show "The Apprentice," said".)
    let closing_mark = |k: usize| {
        !doc.toks[k].lower.is_empty()
            && doc.toks[k]
                .lower
                .chars()
                .all(|c| matches!(c, '"' | '”' | '\''))
    };
    let mut j = i;
    while j > floor + 4 && i - j < 2 && closing_mark(j - 1) {
        j -= 1;
    }
    let opened_in_the_aside = || {
        (j.saturating_sub(8).max(floor)..j - 1).any(|k| {
            doc.toks[k].lower.starts_with(is_open_mark) || doc.toks[k].lower.starts_with('`')
        })
    };
    if j < i && doc.lower(j - 1) == "," && opened_in_the_aside() {
        i = j;
    }
    if i < floor + 3 || doc.lower(i - 1) != "," {
        return None;
    }
    let comma = |k: usize| doc.lower(k) == ",";
    // The aside that describes the subject opens at the nearest comma
    // before a word of [`ASIDE_OPENERS`]; the subject's clause starts after
    // the comma before that ("Speaking on the show, Sen. McCaskill, who has
    // endorsed Clinton, said").
    let opens_here =
        |k: usize| comma(k) && (opens_an_aside(doc, k + 1) || opens_a_participle(doc, k + 1));
    let mut describing_open = (floor..i - 1).rev().find(|&k| opens_here(k));
    // ("Sandy Phillips, who lost her daughter in Aurora, Colorado, in July
    // 2012, said", "Grassley, facing a challenge in Iowa, a swing state,
    // said": a place closing an aside's words is no subject, nor a state
    // after a town, "in Eldoret, Kenya,"; the aside opens further left, if
    // anywhere.)
    let kind_ending_at = |last: usize| {
        doc.mention_at(last)
            .and_then(|m| doc.mention(m).entity.as_ref())
            .map(|e| e.kind)
    };
    let place_ending_at = |last: usize| match kind_ending_at(last) {
        Some(EntityKind::Place) => true,
        Some(EntityKind::State) => doc.mention_at(last).is_some_and(|m| {
            let first = doc.mention_first_token(m);
            first >= 2 && comma(first - 1) && kind_ending_at(first - 2) == Some(EntityKind::Place)
        }),
        _ => false,
    };
    while let Some(open) = describing_open {
        let place_before = open.checked_sub(1).is_some_and(place_ending_at);
        match (floor..open).rev().find(|&k| opens_here(k)) {
            Some(further) if place_before => describing_open = Some(further),
            _ => break,
        }
    }
    let (open, from) = match describing_open {
        Some(open) => {
            let from = (floor..open)
                .rev()
                .find(|&k| comma(k))
                .map_or(floor, |k| k + 1);
            (open, from)
        }
        // A cue inside any other aside is its own.
        None if describing => return None,
        None => {
            let open = (floor..i - 1).find(|&k| comma(k))?;
            if (open + 1..i - 1).any(|k| is_verb_cue(doc, k)) {
                return None;
            }
            (open, floor)
        }
    };
    // ("However, the director of the FBI, James B. Comey, said": an adverb
    // before the comma names no one; what follows it is the subject.)
    if open > from && SENTENCE_ADVERBS.contains(doc.lower(open - 1)) {
        return None;
    }
    // The actor that closes the noun phrase before the aside is its head
    // ("A Hamas official, who declined to be named, told ...": the official,
    // not Hamas).
    let head = open
        .checked_sub(1)
        .and_then(|last| doc.mention_at(last))
        .filter(|&m| {
            doc.is_actor(m)
                && doc.mention_first_token(m) >= from
                && doc.mention_last_token(m) + 1 == open
        });
    head.or_else(|| doc.subject_from(from, open))
        .map(|m| SpeakerRef::mention(doc, m))
        .or_else(|| np_before(doc, open, from))
}

/// "Trump, later alleging that ..., said": a participle in lower case,
/// after at most an adverb, opens an aside about the subject before it.
fn opens_a_participle(doc: &Doc, k: usize) -> bool {
    let participle = |j: usize| {
        let tok = &doc.toks[j];
        tok.kind == sitrep_nlp::tokens::TokenKind::Word
            && !tok.capitalized
            && tok.lower.len() > 4
            && tok.lower.ends_with("ing")
    };
    let adverb = doc.lower(k).ends_with("ly") || SENTENCE_ADVERBS.contains(doc.lower(k));
    participle(k) || adverb && k + 1 < doc.toks.len() && participle(k + 1)
}

/// The comma closing a phrase that opens a sentence with "In" and names a
/// document that finds (`finding-nouns.txt`): "In the most recent YouGov
/// survey, ...", at most twelve words before the comma.
pub(super) fn finding_phrase(doc: &Doc, i: usize, range: &std::ops::Range<usize>) -> Option<usize> {
    // (Not a gerund: "In breaking down the results, Military Times found".)
    if i != range.start || doc.lower(i) != "in" || doc.lower(i + 1).ends_with("ing") {
        return None;
    }
    let mut comma = (i + 1..(i + 14).min(range.end)).find(|&k| doc.lower(k) == ",")?;
    if !(i + 1..comma).any(|k| FINDING_NOUNS.contains(doc.lower(k))) {
        return None;
    }
    // ("In the Post-ABC poll, conducted in May, Clinton led": the phrase
    // goes on over a participle set off by commas.)
    if doc.lower(comma + 1).ends_with("ed") {
        comma = (comma + 2..(comma + 12).min(range.end)).find(|&k| doc.lower(k) == ",")?;
    }
    Some(comma)
}

/// The cue after a run of title words from token `from` that ends in the
/// name of a person, its holder ("foreign policy chief Josep Borrell said"),
/// within seven tokens.
pub(super) fn title_run_to_its_holder(doc: &Doc, from: usize, to: usize) -> Option<usize> {
    (from..(from + 7).min(to + 1))
        .take_while(|&k| {
            doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word
                || matches!(doc.lower(k), "'s" | "’s" | ".")
        })
        .find(|&k| is_verb_cue(doc, k))
        .filter(|&cue| {
            cue > from
                && doc.mention_at(cue - 1).is_some_and(|m| {
                    doc.mention(m)
                        .entity
                        .as_ref()
                        .is_some_and(|e| e.kind == EntityKind::Person)
                })
        })
}

/// The speaker named after a cue that follows a comma, in the inverted
/// order of news copy: "..., said David Autor, a professor of economics." or
/// "..., says the ministry.". Only where the name or description ends the
/// sentence or is followed by a comma, a time or a place; the report must
/// have three words before the comma.
pub(super) fn speaker_of_inverted_cue(
    doc: &Doc,
    i: usize,
    sentence: std::ops::Range<usize>,
) -> Option<SpeakerRef> {
    if i < sentence.start + 4 || doc.lower(i - 1) != "," || !saying_verb(doc, i) {
        return None;
    }
    if doc.toks[i].lower.ends_with("ing") {
        return None;
    }
    // "Kasich, a Republican who ..., said the family deserved better": the
    // comma closes an aside about the subject, not a report.
    // So does a person's name set off after its description: "Mr. Trump's
    // former campaign manager, Corey Lewandowski, said the staff member ..."
    // (not a town's state: "died in Springfield, Mo., said a spokesman").
    let open = (sentence.start..i - 1).rev().find(|&k| doc.lower(k) == ",");
    let aside_opens = open.is_some_and(|open| {
        opens_an_aside(doc, open + 1)
            || doc
                .mention_of_kind_at(open + 1, EntityKind::Person)
                .is_some_and(|m| {
                    doc.mention_first_token(m) == open + 1 && doc.mention_last_token(m) == i - 2
                })
    });
    if aside_opens {
        return None;
    }
    let next = i + 1;
    let word = doc.lower(next);
    if time_before_cue(word) || sitrep_core::calendar::month_number(word).is_some() {
        return None;
    }
    let speaker = match doc.mention_at(next) {
        // (After "said", a body's or a role's word and at most two role
        // nouns before a name are the name's: "..., said police spokesman
        // Gregg Miliote", "said DA spokesman Gregg Miliote".)
        Some(m) if doc.mention_first_token(m) == next => {
            let last = doc.mention_last_token(m);
            (doc.toks[i].is("say") && !SUBJECT_PRONOUNS.contains(&word))
                .then(|| actor_in_np_after(doc, i, sentence.end))
                .flatten()
                .filter(|sp| {
                    sp.first > last
                        && sp.first <= last + 3
                        && (last + 1..sp.first).all(|k| {
                            !doc.toks[k].capitalized
                                && doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word
                                && !is_verb_cue(doc, k)
                        })
                })
                .unwrap_or_else(|| SpeakerRef::mention(doc, m))
        }
        _ if matches!(
            word,
            "a" | "an" | "the" | "one" | "former" | "acting" | "outgoing"
        ) =>
        {
            // ("..., said a handful of Democrats who point to ...": the
            // noun phrase, of-phrases and all, up to a clause about it.)
            let stop = (next + 1..sentence.end.min(next + 8)).find(|&k| {
                doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Punct
                    || doc.lower(k) != "of" && NP_STOP.contains(&doc.lower(k))
            });
            match stop {
                Some(stop) if matches!(doc.lower(stop), "who" | "which") => {
                    SpeakerRef::words(doc, next, stop - 1)
                }
                _ => np_after(doc, i, sentence.end)?,
            }
        }
        // ("..., says political scientist Dossym Satpayev in Almaty": a
        // description ending in a name.)
        _ => {
            name_after(doc, i, sentence.end).or_else(|| actor_in_np_after(doc, i, sentence.end))?
        }
    };
    // "..., say the levy will hurt farmers": a clause, not a speaker.
    let clause = (speaker.first..=speaker.last).any(|k| AUXILIARIES.contains(&doc.lower(k)));
    if clause {
        return None;
    }
    let after = speaker.last + 1;
    let ends = after >= sentence.end
        || matches!(
            doc.lower(after),
            "," | "." | "" | "in" | "on" | "at" | "who" | "which"
        )
        || only_an_adjunct_after(doc, speaker.last, sentence.end);
    let words_before = (sentence.start..i - 1)
        .filter(|&k| doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word)
        .count();
    (ends && words_before >= 3).then_some(speaker)
}

/// "As reported by Western Journalism, the Times broke the story": a cue in
/// the passive after an "as" opening the sentence, its speaker after "by",
/// reports the sentence after the comma. The speaker and that comma.
pub(super) fn as_reported_by(
    doc: &Doc,
    i: usize,
    sentence: &std::ops::Range<usize>,
) -> Option<(SpeakerRef, usize)> {
    if i != sentence.start + 1
        || doc.lower(sentence.start) != "as"
        || doc.lower(i + 1) != "by"
        || verb_cue(doc, i).is_none()
    {
        return None;
    }
    let comma = (i + 2..sentence.end.min(i + 10)).find(|&k| doc.lower(k) == ",")?;
    let speaker = doc
        .mention_at(i + 2)
        .filter(|&m| {
            doc.mention_first_token(m) == i + 2
                && doc.mention_last_token(m) < comma
                && doc.mention(m).entity.is_some()
        })
        .map(|m| SpeakerRef::mention(doc, m))
        .unwrap_or_else(|| SpeakerRef::words(doc, i + 2, comma - 1));
    Some((speaker, comma))
}

/// Pronouns that open a clause as its subject ("told reporters he would stay").
pub(super) const SUBJECT_PRONOUNS: [&str; 6] = ["he", "she", "they", "it", "we", "i"];

/// Auxiliaries and modals: a phrase holding one is a clause.
pub(super) const AUXILIARIES: [&str; 19] = [
    "will", "would", "is", "are", "was", "were", "has", "have", "had", "can", "could", "should",
    "may", "might", "must", "do", "does", "did", "be",
];

/// "Supporters of Tom Reyes said", "an adviser to the governor said": the
/// noun of one who follows the speaker that opens at token `first`, right
/// before "of", "to" or "for" and it, speaks, not that speaker
/// (`follower-nouns.txt`).
pub(super) fn follower_of(doc: &Doc, first: usize) -> Option<SpeakerRef> {
    let mut k = first;
    // (Over a title and an article before the name: "to the Prime Minister
    // Benjamin Netanyahu", "to Sen. Ted Cruz".)
    while k > 0 && first - k < 4 && (doc.toks[k - 1].capitalized || doc.lower(k - 1) == ".") {
        k -= 1;
    }
    while k > 0 && matches!(doc.lower(k - 1), "the" | "a" | "an") {
        k -= 1;
    }
    if k < 2 || !matches!(doc.lower(k - 1), "of" | "to" | "for") {
        return None;
    }
    let noun = k - 2;
    if !super::cues::FOLLOWER_NOUNS.contains(doc.lower(noun)) {
        return None;
    }
    Some(match doc.mention_at(noun) {
        Some(f) => SpeakerRef::mention(doc, f),
        None => SpeakerRef::words(doc, noun, noun),
    })
}
