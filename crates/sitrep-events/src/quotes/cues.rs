//! What counts as a reporting cue: the lexicon of `cues.tsv` and the phrases
//! where a cue's word reports nothing (`not-cue-phrases.txt`), read at a token.

use super::*;

pub(super) const CUES_TSV: &str = include_str!("../../../../data/lexicon/cues.tsv");

/// A reporting cue: its stance; whether, with no clause after it, the
/// noun phrase it takes is the content ("criticized the plan", "endorsed
/// Cruz"; `np` in the third column of `cues.tsv`); and whether the lemma is
/// also a common noun (`noun` in the fourth), whose -s form needs a subject
/// to be a verb.
#[derive(Clone, Copy)]
pub(super) struct Cue {
    pub(super) stance: &'static str,
    pub(super) np: bool,
    /// Reports only what it is about ("spoke about the economy", "talked
    /// of peace") or a clause after "that"; "spoke to reporters" has no content.
    pub(super) topic_only: bool,
    pub(super) noun: bool,
    /// The common noun names a thing, not an utterance (`thing` in the
    /// fourth column): after a determiner "that" opens a relative clause
    /// ("the state that she won", "the emails that he deleted"), not a report.
    pub(super) thing: bool,
    /// A person's words only: with a state, a group or a force as its
    /// subject the verb is an act ("Russia attacked Kyiv", "Houthi rebels
    /// attacked a ship"; "Trump attacked Clinton" is a report).
    pub(super) persons_only: bool,
    /// A verb of saying or of a speech act, not of a state of mind or an
    /// act (`speech` in the sixth column): its report inside
    /// another report's words is a link of the chain ("said Kenya had told
    /// Uganda that"), where a stance or an act ("said the team wants") is
    /// the outer speaker's account of it.
    pub(super) speech: bool,
}

pub(super) static CUES: LazyLock<HashMap<&'static str, Cue>> = LazyLock::new(|| {
    tsv_rows(CUES_TSV, 4)
        .map(|r| {
            let cue = Cue {
                stance: r[1],
                np: r[2] == "np",
                topic_only: r[2] == "about",
                noun: matches!(r[3], "noun" | "thing"),
                thing: r[3] == "thing",
                persons_only: r.get(4) == Some(&"person"),
                speech: r.get(5) == Some(&"speech"),
            };
            (r[0], cue)
        })
        .collect()
});

/// Whether one of token `i`'s lemmas is a cue of which `which` holds.
pub(super) fn cue_is(doc: &Doc, i: usize, which: impl Fn(&Cue) -> bool) -> bool {
    doc.toks[i]
        .lemmas
        .iter()
        .any(|l| CUES.get(l.as_str()).is_some_and(&which))
}

/// Whether the cue spanning `cue` relays words: a verb of saying, or
/// "according to".
pub(super) fn relays_words(doc: &Doc, cue: Span) -> bool {
    let t = doc.token_at(cue.start);
    doc.lower(t) == "according" || cue_is(doc, t, |c| c.speech)
}

/// Whether token `i` is a verb of saying, the only cue that may come before
/// its subject ("..., said X"; not "..., she, too, wants an inquiry").
pub(super) fn saying_verb(doc: &Doc, i: usize) -> bool {
    verb_cue(doc, i).is_some() && cue_is(doc, i, |c| c.speech)
}

/// Prepositions after a cue that introduce what it is about.
pub(super) const CUE_PREPOSITIONS: [&str; 7] =
    ["about", "of", "for", "on", "against", "over", "with"];

/// How a speaker stands to what the quote says; events inside inherit it.
pub fn stance_of(doc: &Doc, cue: Option<Span>) -> &'static str {
    let Some(cue) = cue else { return "say" };
    let tok = doc.token_at(cue.start);
    doc.toks
        .get(tok)
        .and_then(|t| t.lemmas.iter().find_map(|l| CUES.get(l.as_str())))
        .map(|c| c.stance)
        .unwrap_or("say")
}

/// A cue's form and the word after it that make no report
/// (`data/lexicon/not-cue-phrases.txt`): "compared with", "known as".
pub(super) static NOT_CUE_PHRASES: LazyLock<
    std::collections::HashSet<(&'static str, &'static str)>,
> = LazyLock::new(|| {
    sitrep_core::data::word_pairs(include_str!("../../../../data/lexicon/not-cue-phrases.txt"))
});

/// The stance of token `i` if it is a reporting cue used as a verb.
pub(super) fn verb_cue(doc: &Doc, i: usize) -> Option<&'static str> {
    // Callers look one past a comma or a name, which may be the text's end.
    let t = doc.toks.get(i)?;
    if doc.mention_at(i).is_some() {
        return None;
    }
    let cue = *t.lemmas.iter().find_map(|l| CUES.get(l.as_str()))?;
    let prev = if i > 0 { doc.lower(i - 1) } else { "" };
    // (A line may name the lemma: "appear on" holds for "appeared on".)
    let next = doc.lower(i + 1);
    if t.lemmas
        .iter()
        .any(|l| NOT_CUE_PHRASES.contains(&(l.as_str(), next)))
        || NOT_CUE_PHRASES.contains(&(t.lower.as_str(), next))
        || NOT_CUE_PHRASES.contains(&(prev, t.lower.as_str()))
    {
        return None;
    }
    let stance = cue.stance;
    if stance == "noun" {
        return None;
    }
    if describes_a_medium(doc, i) || writes_a_work(doc, i) {
        return None;
    }
    let inflected = t.lemmas.first().is_some_and(|l| *l != t.lower)
        || t.lower.ends_with("ed")
        || t.lower.ends_with("ing");
    let then_that = doc.lower(i + 1) == "that";
    let passive = is_passive(doc, i);
    // "Democrats say", "they think", "polls show": a bare present form after
    // its subject; never an infinitive ("to say").
    let plural_noun = i > 0
        && prev.ends_with('s')
        && !prev.ends_with("ss")
        && doc.toks[i - 1].kind == sitrep_nlp::tokens::TokenKind::Word;
    let after_subject = i > 0
        && prev != "to"
        && (doc.mention_at(i - 1).is_some()
            // ("women who claim he ...", "42 percent say": a relative or a
            // share of people before a present verb.)
            || matches!(prev, "they" | "we" | "i" | "you" | "who" | "%" | "percent")
            || plural_noun);
    // "the source said", "stated,", "says the US": a verb form. A bare lemma
    // only after its subject or before "that".
    // An -s form after a determiner, a possessive or a preposition is a
    // plural noun: "the attacks on", "his remarks", "in comments to".
    let s_form = t.lower.ends_with('s')
        && !t.lower.ends_with("ss")
        && t.lemmas.iter().any(|l| *l != t.lower);
    let noun_context =
        i > 0 && (NOUN_OPENERS.contains(&prev) || crate::doc::PREPOSITIONS.contains(&prev));
    if names_what_an_article_opened(doc, i) {
        return None;
    }
    // The word is the cue's lemma itself: "state", "plan", not "stated".
    let bare = CUES.contains_key(t.lower.as_str());
    // "in pledged delegates", "the expected result": an -ed form after a
    // determiner or a preposition is an adjective; but "their alleged role"
    // stays an allegation, whoever made it.
    // So is one after a determiner and words of degree or order: "the hotly
    // contested race", "the party's last contested primary".
    let adjective = t.lower.ends_with("ed") && prev != "to" && stance != "allege";
    let opener_before_degree = (i.saturating_sub(3)..i)
        .rev()
        .find(|&k| !is_degree_word(doc.lower(k)))
        .filter(|&k| k + 1 < i)
        .is_some_and(|k| NOUN_OPENERS.contains(&doc.lower(k)));
    // "the reporting requirements", "a painting of": a gerund after an
    // article is a noun. After a possessive it keeps its subject ("her
    // slamming his remarks", "Bush's calling him a jerk"), after a
    // preposition its verb ("by saying").
    let gerund = t.lower.ends_with("ing") && matches!(prev, "the" | "a" | "an");
    let verb_form = if (s_form || bare && prev != "to" || adjective) && noun_context
        || adjective && opener_before_degree
        || gerund
    {
        then_that && !cue.thing
    } else if bare
        && cue.noun
        && i > 0
        && doc.mention_at(i - 1).is_some()
        && doc.toks[i - 1].capitalized
        && !prev.ends_with('s')
        && prev != "i"
    {
        // "Minnesota state delegate": a singular name takes "states", so a
        // bare form after it is a noun; "Democrats claim" is a verb.
        then_that
    } else if s_form && cue.noun {
        // "percentage points", "primary contests", "the Friday attacks on":
        // the -s form of a word that is also a noun is a verb only after a
        // subject that can speak, and never before a preposition.
        then_that || speaking_subject_before(doc, i) && !NOUN_FOLLOWERS.contains(&doc.lower(i + 1))
    } else {
        inflected
            || then_that
            || after_subject
            || t.lower.ends_with('s') && t.lemmas.len() > 1
            // "experts like Bauman say", "one in five say": a bare verb
            // after any subject, or an infinitive ("moved to emphasize");
            // but not after a modal ("will announce"), nor an infinitive a
            // cue before it reports ("wants to warn").
            || bare
                && !cue.noun
                && !blocks_a_bare_verb(prev)
                && (prev != "to" || !infinitive_of_a_cue_or_not_yet_said(doc, i))
            // "did not mention his rivals", "doesn't favor": a bare form
            // after a negation or "did" is a verb, also of a word that is
            // a noun too.
            || bare && after_do_or_not(doc, i)
    };
    (verb_form && !passive).then_some(stance)
}

/// "in a statement posted on Telegram", "a written statement": whether the
/// participle at `i` describes what a report was made in, no report of its
/// own. (Only a medium inside an "in" or "on" phrase: in "the statement
/// talked about" the statement reports.)
fn describes_a_medium(doc: &Doc, i: usize) -> bool {
    let t = &doc.toks[i];
    i > 1
        && MEDIUM_NOUNS.contains(doc.lower(i - 1))
        && !doc.toks[i - 1].capitalized
        && (i.saturating_sub(4)..i - 1).any(|k| matches!(doc.lower(k), "in" | "on"))
        && t.lower.ends_with("ed")
        && crate::doc::PREPOSITIONS.contains(&doc.lower(i + 1))
        && doc.lower(i + 1) != "to"
        || i > 0
            && matches!(doc.lower(i - 1), "a" | "an")
            && t.lemmas.first().is_some_and(|l| *l != t.lower)
            && !t.lower.ends_with("ing")
            && MEDIUM_NOUNS.contains(doc.lower(i + 1))
            && doc.toks.get(i + 1).is_some_and(|n| !n.capitalized)
}

/// "has not been charged", "was told": whether the -ed form at `i` is a
/// passive, which is no speech act ("is expected to" is: the expectation is
/// someone's). The auxiliary must be this verb's: "the levy was unfair and
/// warned" is active.
fn is_passive(doc: &Doc, i: usize) -> bool {
    let t = &doc.toks[i];
    (i.saturating_sub(3)..i).any(|k| {
        matches!(
            doc.lower(k),
            "been" | "be" | "being" | "was" | "were" | "is" | "are"
        ) && (k + 1..i).all(|j| !matches!(doc.lower(j), "and" | "," | "but" | "or"))
    }) && t.lower.ends_with("ed")
        && !t.is("expect")
        // ("projects often criticized by Kessel": a participle before its
        // agent is passive with no auxiliary too; "As reported by X," hands
        // the report to X.)
        || t.lower.ends_with("ed")
            && doc.lower(i + 1) == "by"
            && !(i > 0 && doc.lower(i - 1) == "as")
}

/// "a group called Black Votes Matter", "another called i360": whether the
/// participle at `i` names what an indefinite article opened, when a name
/// follows ("a spokesman called the plan a trap" still reports).
fn names_what_an_article_opened(doc: &Doc, i: usize) -> bool {
    let before = i.saturating_sub(4)..i;
    let name_follows = |k: usize| {
        doc.toks
            .get(k)
            .is_some_and(|t| t.capitalized || is_open_mark(t.lower.chars().next().unwrap_or(' ')))
    };
    matches!(doc.lower(i), "called" | "named" | "dubbed")
        && before
            .clone()
            .any(|k| matches!(doc.lower(k), "a" | "an" | "another"))
        && before
            .clone()
            .all(|k| doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word)
        && (name_follows(i + 1) || doc.lower(i + 1) == "the" && name_follows(i + 2))
}

/// Whether the bare form at `i` follows "did", "does", "do" or a negation
/// of them ("did not", "doesn't", "never"): only a verb stands there.
fn after_do_or_not(doc: &Doc, i: usize) -> bool {
    let do_form = |w: &str| matches!(w, "did" | "does" | "do");
    let negated = |w: &str| {
        matches!(
            w,
            "didn't" | "doesn't" | "don't" | "didn’t" | "doesn’t" | "don’t" | "never"
        )
    };
    let prev = if i > 0 { doc.lower(i - 1) } else { "" };
    let before = if i > 1 { doc.lower(i - 2) } else { "" };
    do_form(prev)
        || negated(prev)
        || matches!(prev, "not" | "n't" | "n’t") && (do_form(before) || negated(before))
}

/// "wants to warn the council", "urged Hansen to criticize", "will continue
/// to deny": an infinitive at `i` whose verb before "to", or before a name
/// right before "to", is a cue itself reports nothing of its own (that cue
/// reports it: "wants" holds "to warn the council"), nor does one after a
/// modal and its verb, not yet said, nor after an adjective. ("continued to
/// deny" did deny.)
fn infinitive_of_a_cue_or_not_yet_said(doc: &Doc, i: usize) -> bool {
    let Some(mut verb) = i.checked_sub(2) else {
        return false;
    };
    if let Some(m) = doc.mention_at(verb) {
        match doc.mention_first_token(m).checked_sub(1) {
            Some(before) => verb = before,
            None => return false,
        }
    }
    // ("continued to deny", "went on to say": a cue carried on is said.)
    let a_cue = doc.mention_at(verb).is_none()
        && carried_on_from(doc, i).is_none()
        && doc.toks[verb]
            .lemmas
            .iter()
            .any(|l| CUES.contains_key(l.as_str()));
    // "it's safe to say", "not hard to see why": an adjective's infinitive
    // is the writer's voice (not a participle's: "was forced to admit").
    let before = if verb > 0 { doc.lower(verb - 1) } else { "" };
    let word = doc.lower(verb);
    let after_an_adjective = matches!(
        before,
        "is" | "'s" | "’s" | "was" | "are" | "were" | "be" | "not" | "too" | "so"
    ) && !word.ends_with("ed")
        && !word.ends_with("en")
        && doc.toks[verb].lemmas.iter().all(|l| l == word);
    a_cue || after_an_adjective || verb > 0 && blocks_a_bare_verb(before)
}

/// Words of degree or order that stand between a determiner and an
/// adjective: "hotly", "most", "last".
pub(super) fn is_degree_word(word: &str) -> bool {
    word.len() > 3 && word.ends_with("ly")
        || matches!(
            word,
            "most" | "more" | "less" | "least" | "last" | "first" | "only" | "much"
        )
}

/// Whether `prev`, the word before a bare verb, makes it no report: a modal,
/// or a pronoun with a modal run into it ("he'd welcome", "they'll say"). A
/// negation still reports ("did not mention his rivals", "doesn't want",
/// "never said"): PolNeAR attributes such stances; blocking "not", "never",
/// "do", "does" and "did" had lost 38 matches of 63 predictions on train
/// (stop 51), and blocking "doesn't" 33 of 71. So does an infinitive ("moved
/// to emphasize border security", "used the speech to call out"), unless
/// [`infinitive_of_a_cue_or_not_yet_said`]: letting them report added 98
/// matches of 208 predictions on PolNeAR train, 17 of 25 on dev (stop 52).
fn blocks_a_bare_verb(prev: &str) -> bool {
    NOT_YET_SAID.contains(&prev)
        || ["'d", "’d", "'ll", "’ll"]
            .iter()
            .any(|end| prev.len() > end.len() && prev.ends_with(end))
}

/// Words before a bare verb that make it no report of what was said.
pub(super) const NOT_YET_SAID: [&str; 9] = [
    "will", "would", "could", "should", "may", "might", "must", "can", "cannot",
];

/// Words that follow a plural noun, not a verb: "attacks on", "points behind".
/// Not a full stop: after a speaker it closes a postposed attribution ("...,
/// he notes.", "..., Isaac Stanley-Becker reports.": on PolNeAR train 7 more
/// matches of 15 more predictions, stop 51); a comma too let in "the Senate
/// attacks, ..." and "the group plans, ..." (3 more of 14).
pub(super) const NOUN_FOLLOWERS: [&str; 19] = [
    "on", "in", "of", "by", "from", "at", "behind", "ahead", "over", "during", "after", "against",
    "among", "between", "across", "since", ",", ";", ")",
];

/// Nouns of documents and counts that report what they find
/// (`finding-nouns.txt`: "a new poll shows").
pub(super) static FINDING_NOUNS: LazyLock<std::collections::HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/finding-nouns.txt")));

/// Adverbs that open or link a sentence and name no one
/// (`sentence-adverbs.txt`: "However, the director, James Comey, said").
pub(super) static SENTENCE_ADVERBS: LazyLock<std::collections::HashSet<&'static str>> =
    LazyLock::new(|| {
        word_set(include_str!(
            "../../../../data/lexicon/sentence-adverbs.txt"
        ))
    });

/// Singular nouns of one who speaks, by role or as a body: the subject of a
/// reporting verb's -s form that is also a noun ("The governor claims";
/// `speaker-nouns.txt`).
pub(super) static SPEAKER_NOUNS: LazyLock<std::collections::HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/speaker-nouns.txt")));

/// Nouns of people who follow, serve, back or oppose someone and speak in
/// their own voice (`follower-nouns.txt`: "supporters of Tom Reyes said").
pub(super) static FOLLOWER_NOUNS: LazyLock<std::collections::HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/follower-nouns.txt")));

/// A verb's lemma and the word after it that hand a direct quote to the
/// verb's subject and report nothing of their own (`quoting-phrases.txt`):
/// "put it".
static QUOTING_PHRASES: LazyLock<std::collections::HashSet<(&'static str, &'static str)>> =
    LazyLock::new(|| {
        sitrep_core::data::word_pairs(include_str!("../../../../data/lexicon/quoting-phrases.txt"))
    });

/// Whether token `i` opens a quoting phrase said by a subject: "as she put
/// it", "X, a senior fellow, put it", "as he has put it". Not an infinitive
/// ("tried to put it"), nor before more than a comma, a colon, a sentence's
/// end or where or when it was said ("put it this way", "put it mildly";
/// but "put it on Wednesday in Raleigh").
pub(super) fn quoting_phrase(doc: &Doc, i: usize) -> bool {
    let next = doc.lower(i + 1);
    let opens = doc.toks[i]
        .lemmas
        .iter()
        .any(|l| QUOTING_PHRASES.contains(&(l.as_str(), next)));
    let finite = i > 0 && doc.lower(i - 1) != "to";
    let closes = matches!(doc.lower(i + 2), "," | ":" | "." | "" | "in" | "on" | "at");
    opens && finite && closes
}

/// Things a writer makes (`written-works.txt`).
pub(super) static WRITTEN_WORKS: LazyLock<std::collections::HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/written-works.txt")));

/// "wrote a children's book", "wrote the letter on Feb. 2": a form of
/// "write" whose object, opened by a determiner or a possessive within
/// three words, is a written work names what was made, not what was said.
pub(super) fn writes_a_work(doc: &Doc, i: usize) -> bool {
    let opens = |k: usize| NOUN_OPENERS.contains(&doc.lower(k));
    doc.toks[i].is("write")
        && opens(i + 1)
        && (i + 2..(i + 5).min(doc.toks.len()))
            .take_while(|&k| doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word || opens(k))
            .any(|k| WRITTEN_WORKS.contains(doc.lower(k)))
}

/// Whether token `i` is a reporting verb ("said", "warned", "urging").
pub fn is_verb_cue(doc: &Doc, i: usize) -> bool {
    verb_cue(doc, i).is_some()
}

/// Whether token `i` is a reporting verb that opens a reported clause of its
/// own ("Iran said Israeli strikes had hit ..."): not one whose infinitive
/// or gerund is its subject's own act ("vowed to respond", "continued
/// attacking", "denied attacking").
pub fn reports_a_clause(doc: &Doc, i: usize) -> bool {
    // What can open the reported clause's subject: a determiner or a name
    // ("said the strikes hit", "said Israeli strikes hit"); not a
    // preposition ("spoke by phone with Erdogan"), nor a time ("said
    // Tuesday that they have agreed"). (A pronoun after the cue that no
    // earlier name resolves is most often the speaker.)
    let opens_subject = doc.toks.get(i + 1).is_some_and(|t| {
        (t.capitalized && !doc.opens_time(i + 1))
            || matches!(
                t.lower.as_str(),
                "the" | "a" | "an" | "this" | "these" | "those"
            )
    });
    opens_subject && verb_cue(doc, i).is_some_and(|stance| matches!(stance, "say" | "allege"))
}
