//! Direct quotes: the words between quotation marks, their speaker, and
//! the quotes that continue, introduce or follow one another.

use super::*;

pub(super) fn is_open_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '«')
}

/// Quoted stretches: (span with marks, content span) per quote.
pub(super) fn quoted_spans(doc: &Doc) -> Vec<(Span, Span)> {
    let body = doc.body;
    let paragraphs = if doc.article.layers.paragraphs.is_empty() {
        vec![Span::new(0, body.len())]
    } else {
        doc.article.layers.paragraphs.clone()
    };
    let mut out = Vec::new();
    for p in paragraphs {
        let text = &body[p.start..p.end];
        // (mark start, mark length) of the open quote.
        let mut open: Option<(usize, usize)> = None;
        let mut chars = text.char_indices().peekable();
        while let Some((off, c)) = chars.next() {
            let at = p.start + off;
            let next = chars.peek().map(|&(_, n)| n);
            // `` and '' are the quotation marks of older newswire text.
            let double = (c == '`' || c == '\'') && next == Some(c);
            let before = text[..off].chars().next_back();
            let opens_here = before.is_none_or(|b| b.is_whitespace() || "([{—–-".contains(b));
            let mark_len = if double { 2 } else { c.len_utf8() };
            match open {
                None if is_open_mark(c) || double && opens_here => {
                    open = Some((at, mark_len));
                }
                Some((o, len)) if matches!(c, '"' | '”' | '»') || double && c == '\'' => {
                    out.push((Span::new(o, at + mark_len), Span::new(o + len, at)));
                    open = None;
                }
                Some(_) if c == '“' => open = Some((at, mark_len)),
                _ => {}
            }
            if double {
                chars.next();
            }
        }
        if let Some((o, len)) = open {
            // An unbalanced mark: the quote runs to the end of its paragraph.
            out.push((Span::new(o, p.end), Span::new(o + len, p.end)));
        }
    }
    out.retain(|(_, content)| !body[content.start..content.end].trim().is_empty());
    debug_assert!(out.windows(2).all(|w| w[0].0.end <= w[1].0.start));
    out
}

/// Direct quotes: the words between each pair of quotation marks (`quoted`)
/// with the speaker a cue before, after or inside them names, or the one
/// last reported in their paragraph.
pub(super) fn direct_quotes(doc: &Doc, quoted: &[(Span, Span)]) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    let mut last_speaker: Option<(SpeakerRef, usize)> = None; // (speaker, paragraph index)
    for (qspan, content) in quoted {
        let at = Marks::new(doc, *qspan);
        let (first_tok, last_tok) = (at.first_tok, at.last_tok);
        // Cue before the quote: "X stated, "..."" or "said X: "..."".
        let cue_before = (at.range.start..first_tok)
            .rev()
            .find(|&k| verb_cue(doc, k).is_some() && !in_direct(doc, quoted, k));
        // "Trump says voter fraud "would be one hell of a way to lose"": quoted
        // words inside what a cue reports are part of that report, which the
        // indirect pass below takes whole.
        if cue_before.is_some_and(|c| embedded_in_report(doc, c, first_tok, last_tok)) {
            continue;
        }
        let (cue, mut speaker) = attribution(doc, quoted, &at, cue_before);
        if scare_quotes(doc, *content, &at, cue_before, cue, speaker.as_ref()) {
            continue;
        }
        let paragraphs = &doc.article.layers.paragraphs;
        let para = paragraphs
            .iter()
            .position(|p| p.contains(*qspan))
            .unwrap_or(0);
        // With no attribution of its own, a quote is the last speaker's when
        // it is in the same paragraph, or when it opens the paragraph right
        // after theirs (a speech quoted over several paragraphs).
        let opens_paragraph = paragraphs
            .get(para)
            .is_some_and(|p| qspan.start <= p.start + 1);
        if speaker.is_none() {
            speaker = last_speaker
                .as_ref()
                .filter(|(_, p)| *p == para || opens_paragraph && *p + 1 == para)
                .map(|(sp, _)| sp.clone());
        }
        if let Some(sp) = &speaker {
            last_speaker = Some((sp.clone(), para));
        }
        let clause = cue.filter(|&c| c > last_tok).and_then(|c| {
            let attribution = speaker.as_ref().map_or(c, |sp| sp.first.min(c));
            reported_clause(doc, &found, &at, cue_before.is_none(), c, attribution)
        });
        let (kind, content, span) = match clause {
            Some((content, span)) => (QuoteKind::Indirect, content, span),
            None => (QuoteKind::Direct, *content, *qspan),
        };
        found.push(Found {
            quote: Quote {
                kind,
                speaker: speaker.as_ref().and_then(|sp| sp.entity.clone()),
                speaker_span: speaker.as_ref().map(|sp| doc.span(sp.first, sp.last)),
                anonymous: false,
                chain: Vec::new(),
                cue: cue.map(|c| doc.toks[c].span),
                content,
                span,
            },
            sentence: at.sent,
        });
    }
    found
}

/// The cue and the speaker of the quote `at`, the cue before it at
/// `cue_before` if one: that cue's subject, a cue after the quote, a
/// quoting phrase, a person before a colon, a name after a dash, or a cue
/// closing the paragraph before.
fn attribution(
    doc: &Doc,
    quoted: &[(Span, Span)],
    at: &Marks,
    cue_before: Option<usize>,
) -> (Option<usize>, Option<SpeakerRef>) {
    let (first_tok, last_tok) = (at.first_tok, at.last_tok);
    // "He said he was too busy: "...," he wrote.": a cue before that
    // reports a clause of its own up to a colon yields the quote to a
    // cue after it, and its clause to the indirect pass.
    let own_clause_to_a_colon = cue_before.is_some_and(|c| {
        first_tok > 0
            && doc.lower(first_tok - 1) == ":"
            && (c + 1..first_tok - 1)
                .filter(|&k| doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word)
                .count()
                >= 3
    });
    let (mut cue, mut speaker) = match own_clause_to_a_colon.then(|| cue_after(doc, at)).flatten() {
        Some((c, sp)) => (Some(c), sp),
        None => (
            cue_before,
            cue_before.and_then(|c| speaker_of_a_cue_before(doc, quoted, at, c)),
        ),
    };
    if speaker.is_none() {
        if let Some((c, sp)) = cue_after(doc, at) {
            cue = Some(c);
            speaker = sp;
        }
    }
    if speaker.is_none() {
        if let Some((c, sp)) = quoting_phrase_beside(doc, quoted, at) {
            cue = Some(c);
            speaker = Some(sp);
        }
    }
    // "As Professor Foner put it: "..."", "Here is Clinton in 1992: "..."":
    // a person named in the words a colon hands to the quote; the subject
    // that opens them, if one does ("Trump listed a show as his guilty
    // pleasure: "..."": Trump's, not "his"), and never a possessive.
    if speaker.is_none() && first_tok > at.range.start && doc.lower(first_tok - 1) == ":" {
        let person = (at.range.start..first_tok - 1).rev().find_map(|k| {
            doc.mention_of_kind_at(k, EntityKind::Person)
                .filter(|_| !matches!(doc.lower(k), "his" | "her" | "its" | "their"))
        });
        let subject = opening_subject(doc, first_tok - 1)
            .filter(|sp| sp.first >= at.range.start && person.is_some());
        if let Some(sp) = subject.or_else(|| person.map(|m| SpeakerRef::mention(doc, m))) {
            speaker = Some(sp);
            cue = Some(first_tok - 1);
        }
    }
    // ""...." ― Sonya Herridge": a dash and a name after the quote.
    if speaker.is_none() && matches!(doc.lower(last_tok + 1), "―" | "—" | "–") {
        speaker = name_after(doc, last_tok + 1, (last_tok + 7).min(doc.toks.len()));
    }
    if speaker.is_none() {
        if let Some((c, sp)) = cue_closing_the_paragraph_before(doc, at) {
            cue = Some(c);
            speaker = sp;
        }
    }
    (cue, speaker)
}

/// A few quoted words (`content`) with no reporting verb beside them are
/// scare quotes ("preemptive" action), not a quote. Nor, with no cue before
/// them, are a few words written as a title inside a sentence: a work's
/// name ("the TV show "The Apprentice," said"; but "chanting "U-S-A!
/// U-S-A!"").
fn scare_quotes(
    doc: &Doc,
    content: Span,
    at: &Marks,
    cue_before: Option<usize>,
    cue: Option<usize>,
    speaker: Option<&SpeakerRef>,
) -> bool {
    let (first_tok, last_tok) = (at.first_tok, at.last_tok);
    let words = doc.body[content.start..content.end]
        .split_whitespace()
        .count();
    let adjacent_cue = || {
        cue.is_some_and(|c| c + 4 >= first_tok && c <= last_tok + 4)
            || attributed_right_after(doc, content, last_tok, cue, speaker)
    };
    let inside_a_sentence = first_tok > at.range.start + 1;
    let a_title = words < 4
        && inside_a_sentence
        && cue_before.is_none()
        && is_title_cased(doc.body[content.start..content.end].trim_end_matches([',', '.']));
    words < 4 && !adjacent_cue() || a_title
}

/// ""We will appeal," an adviser to Tom Reyes said": a cue after its
/// speaker, who follows the quote's closing comma (a determiner at most
/// between), is as near the quote as the speaker is.
fn attributed_right_after(
    doc: &Doc,
    content: Span,
    last_tok: usize,
    cue: Option<usize>,
    speaker: Option<&SpeakerRef>,
) -> bool {
    let (Some(c), Some(sp)) = (cue, speaker) else {
        return false;
    };
    let word = |k: usize| doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word;
    // (The words close on a comma, inside the marks or right after.)
    let closes_on_a_comma =
        content.text(doc.body).trim_end().ends_with(',') || doc.lower(last_tok + 1) == ",";
    closes_on_a_comma
        && c > last_tok
        && c <= last_tok + 10
        && sp.first <= last_tok + 4
        && (last_tok + 1..sp.first).all(|k| !word(k) || DETERMINERS.contains(&doc.lower(k)))
        && (sp.first..c).all(word)
}

/// Where a quote's marks stand among the tokens and sentences.
struct Marks {
    /// The quote with its marks.
    span: Span,
    /// The first and last tokens of the quote.
    first_tok: usize,
    last_tok: usize,
    /// The sentence the quote opens in, and its tokens.
    sent: usize,
    range: std::ops::Range<usize>,
    /// The sentence the quote closes in, and its tokens.
    end_sent: usize,
    after_range: std::ops::Range<usize>,
}

impl Marks {
    fn new(doc: &Doc, span: Span) -> Self {
        let first_tok = doc.token_at(span.start);
        let last_tok = doc.token_at(span.end).saturating_sub(1);
        let sent = doc.sentence_of(first_tok.min(doc.toks.len() - 1));
        let end_sent = doc.sentence_of(last_tok.min(doc.toks.len() - 1));
        Marks {
            span,
            first_tok,
            last_tok,
            sent,
            range: doc.sentence_tokens(sent),
            end_sent,
            after_range: doc.sentence_tokens(end_sent),
        }
    }
}

/// The speaker of the cue at `c` before a quote: its subject; for a
/// participle after a comma ("UNRWA said 450,000 had fled Rafah, adding
/// that "..."") its clause's subject, or the speaker of the cue it goes on
/// from; else a name right after the cue, or the noun phrase before it.
fn speaker_of_a_cue_before(
    doc: &Doc,
    quoted: &[(Span, Span)],
    at: &Marks,
    c: usize,
) -> Option<SpeakerRef> {
    let range = &at.range;
    let participle =
        doc.toks[c].lower.ends_with("ing") && c > range.start && doc.lower(c - 1) == ",";
    let subject = if participle {
        match (range.start..c)
            .rev()
            .find(|&k| verb_cue(doc, k).is_some() && !in_direct(doc, quoted, k))
        {
            Some(k) => doc.subject_before(k, range.start),
            None => doc.subject_from(doc.clause(c).0, c),
        }
    } else {
        // ("when he brought up the Oklahoma City bombing and later said,
        // "..."": a verb after "and" with no subject of its own takes its
        // clause's, not the object before it.)
        let k = back_over_auxiliaries(doc, c, range.start);
        let conjoined = k > range.start + 1 && matches!(doc.lower(k - 1), "and" | "but");
        // (No name quoted: ""...," he said, and then predicted: "..."".)
        conjoined
            .then(|| clause_subject(doc, range.start, c))
            .flatten()
            .map(|(_, m)| m)
            .filter(|&m| !in_direct(doc, quoted, doc.mention_first_token(m)))
            .or_else(|| doc.subject_before(c, range.start))
    };
    // ("a tweet from Rikkie Wells who tweeted, "..."", "a message that
    // said, "..."": the relative pronoun of a verb of saying speaks for the
    // name or the thing before it, as for a report. Not of a stance's:
    // "Candidates who think "..." are dangerously wrong," she said.)
    let relative = |pronouns: &[&str]| {
        cue_is(doc, c, |cue| cue.speech)
            .then(|| SpeakerRef::relative(doc, c, pronouns))
            .flatten()
    };
    // ("Jane Roe, a lawyer and fellow at the institute, said, "..."": the
    // subject before an aside describing it, not a noun inside it. Over a
    // named person, only one who stands in the aside itself ("Tad Devine,
    // an adviser to Bernie Sanders, said"), not before it ("Willie Minor, an
    // actor in Dallas, who ..., recalled") nor in a clause of its own ("a
    // country that the nominee, Mitt Romney, called").)
    let described = || {
        let before_aside = (!participle)
            .then(|| subject_before_an_aside(doc, c, range.start, true))
            .flatten()?;
        let aside = before_aside.last + 1;
        let in_the_aside = |m: usize| {
            let first = doc.mention_first_token(m);
            first > aside
                && doc.lower(aside) == ","
                && !(aside..first).any(|k| matches!(doc.lower(k), "that" | "which" | "whom"))
        };
        match subject {
            Some(m) if is_named_person(doc, m) && !in_the_aside(m) => None,
            _ => Some(before_aside),
        }
    };
    relative(&["who", "which"])
        .or_else(described)
        .or_else(|| {
            subject
                .or_else(|| mention_after(doc, c, 3, at.first_tok))
                .map(|m| SpeakerRef::mention(doc, m))
        })
        .or_else(|| relative(&["that"]))
        .or_else(|| np_before(doc, c, range.start))
}

/// Whether mention `m` names a person: "Jane Roe", not "a spokesman".
fn is_named_person(doc: &Doc, m: usize) -> bool {
    let mention = doc.mention(m);
    mention.mention_type == MentionType::PER
        && doc.toks[doc.mention_first_token(m)].capitalized
        && mention
            .entity
            .as_ref()
            .is_none_or(|e| e.kind == EntityKind::Person)
}

/// A cue after the quote and its speaker: ""...," he said" or ""...," said
/// the minister". The cue may follow a long appositive (""...," Patrick
/// McGinley, a law professor at ..., said."): it is looked for to the end
/// of the sentence, or of the short one after a quote that ends with its
/// own "?" or "!" (""Why?" Graham asked."). Not a cue that goes on to report
/// a clause of its own: in "On Fox's "Hannity," Newt Gingrich said if ...",
/// the quoted words name a show.
fn cue_after(doc: &Doc, at: &Marks) -> Option<(usize, Option<SpeakerRef>)> {
    let last_tok = at.last_tok;
    let mut stop = at.after_range.end;
    if stop == last_tok + 1 && at.end_sent + 1 < doc.article.layers.sentences.len() {
        let next = doc.sentence_tokens(at.end_sent + 1);
        if next.start == stop && next.len() <= 8 {
            stop = next.end;
        } else if next.start == stop && matches!(doc.lower(last_tok.saturating_sub(1)), "!" | "?") {
            // (""I'm not being paid!" LeVell declared, a point he likes
            // to make": a longer sentence opening on the attribution of a
            // quote that closed on its own "!" or "?".)
            if let Some(c) = attribution_opening(doc, next.clone()) {
                stop = (c + 8).min(next.end);
            }
        }
    }
    // (So does a cue after its subject going on to a possessor, which opens
    // a clause unless a hearer's phrase: ""Marco! Marco!," the senator
    // said his campaign was strong", not "he told his aides".)
    let reports_its_own = |c: usize| {
        let after_its_subject =
            c > last_tok + 1 && doc.toks[c - 1].kind == sitrep_nlp::tokens::TokenKind::Word;
        matches!(doc.lower(c + 1), "that" | "if" | "whether")
            || SUBJECT_PRONOUNS.contains(&doc.lower(c + 1))
            || after_its_subject
                && !doc.toks[c].is("tell")
                && POSSESSIVES.contains(&doc.lower(c + 1))
    };
    let c = (last_tok + 1..stop)
        .find(|&k| verb_cue(doc, k).is_some())
        .filter(|&c| !reports_its_own(c))?;
    Some((c, speaker_of_a_cue_after(doc, at, c, stop)))
}

/// The speaker of the cue at `c` after a quote, looked for up to `stop`.
fn speaker_of_a_cue_after(doc: &Doc, at: &Marks, c: usize, stop: usize) -> Option<SpeakerRef> {
    let last_tok = at.last_tok;
    // Words between the quote and the cue are its speaker (""...,"
    // he told the group"); with none, the speaker follows the cue
    // (""...," said the minister").
    let words_between =
        (last_tok + 1..c).any(|k| doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word);
    // (""...," Robert McDuff, a lawyer for the groups, said": the
    // name before the aside, not the lawyer inside it.)
    // (A place is no such name: ""...," Harry Bond, 30, of Raleigh,
    // N.C., who was polled, said".)
    let before = || {
        subject_before_an_aside(doc, c, last_tok + 1, true)
            .filter(|sp| {
                sp.entity
                    .as_ref()
                    .is_some_and(|e| !matches!(e.kind, EntityKind::Place | EntityKind::State))
            })
            .or_else(|| {
                doc.subject_before(c, last_tok)
                    .map(|m| SpeakerRef::mention(doc, m))
            })
            .or_else(|| np_before(doc, c, last_tok + 1))
            // (""...," an adviser to Tom Reyes said": the adviser.)
            .map(|sp| follower_of(doc, sp.first).unwrap_or(sp))
    };
    // ""...," said a former senior official": a description no
    // list knows is the speaker too, in its own words.
    let after = || {
        actor_in_np_after(doc, c, stop)
            .or_else(|| name_after(doc, c, stop))
            .or_else(|| {
                // ""...," said former tech executive Carly Fiorina":
                // a description ending in a name.
                np_after(doc, c, stop).filter(|sp| {
                    matches!(doc.lower(c + 1), "a" | "an" | "the" | "one")
                        || (sp.first..=sp.last).any(|k| doc.toks[k].capitalized)
                })
            })
    };
    if words_between {
        before().or_else(after)
    } else {
        after().or_else(before)
    }
}

/// "As Jane Roe put it, "..."", ""...," as she put it": a quoting phrase
/// (`quoting_phrase`) in the sentence before the quote, or right after it,
/// and its subject.
fn quoting_phrase_beside(
    doc: &Doc,
    quoted: &[(Span, Span)],
    at: &Marks,
) -> Option<(usize, SpeakerRef)> {
    let before = (at.range.start..at.first_tok)
        .rev()
        .find(|&k| quoting_phrase(doc, k) && !in_direct(doc, quoted, k))
        .and_then(|k| Some((k, speaker_of_a_cue_before(doc, quoted, at, k)?)));
    before.or_else(|| {
        let stop = at.after_range.end.min(at.last_tok + 8);
        let k = (at.last_tok + 1..stop).find(|&k| quoting_phrase(doc, k))?;
        Some((k, speaker_of_a_cue_after(doc, at, k, at.after_range.end)?))
    })
}

/// The cue of an attribution opening the sentence `range`, whole before a
/// comma or the sentence's end: "LeVell declared, a point ...", "Smith
/// said on Tuesday, adding ..."; its subject a pronoun or a name of at most
/// four words.
fn attribution_opening(doc: &Doc, range: std::ops::Range<usize>) -> Option<usize> {
    let c = (range.start..(range.start + 5).min(range.end))
        .take_while(|&k| {
            doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word || doc.lower(k) == "."
        })
        .find(|&k| verb_cue(doc, k).is_some())?;
    let subject_ok = SUBJECT_PRONOUNS.contains(&doc.lower(range.start)) && c == range.start + 1
        || c > range.start
            && (range.start..c).all(|k| doc.toks[k].capitalized || doc.lower(k) == ".");
    let after = after_a_time_adjunct(doc, c + 1, range.end);
    let closed = matches!(doc.lower(after), "," | "." | "");
    // (Not one that opens the next quote: "He added, "Taking ...".)
    let opens_a_quote = doc
        .toks
        .get(after + 1)
        .is_some_and(|t| t.lower.starts_with(is_open_mark));
    (subject_ok && closed && !opens_a_quote).then_some(c)
}

/// "Caddell continued:" closing the paragraph before a quote that opens
/// its own: the cue there and its speaker.
fn cue_closing_the_paragraph_before(doc: &Doc, at: &Marks) -> Option<(usize, Option<SpeakerRef>)> {
    let opens_paragraph = doc
        .article
        .layers
        .paragraphs
        .iter()
        .any(|p| p.start == at.span.start || p.start + 1 == at.span.start);
    let colon = at
        .first_tok
        .checked_sub(1)
        .filter(|&k| doc.lower(k) == ":" && opens_paragraph)?;
    let prev = doc.sentence_tokens(doc.sentence_of(colon));
    let Some(c) = (prev.start..colon)
        .rev()
        .find(|&k| verb_cue(doc, k).is_some())
    else {
        // "When Wallace died, President Clinton released the following
        // statement:": the medium the colon closes on is the subject's.
        let medium = colon.checked_sub(1).filter(|&k| {
            k > prev.start
                && MEDIUM_NOUNS.contains(doc.lower(k))
                && doc.toks[k - 1].kind == sitrep_nlp::tokens::TokenKind::Word
        })?;
        let speaker = doc.subject_before(medium, prev.start)?;
        return Some((medium, Some(SpeakerRef::mention(doc, speaker))));
    };
    let speaker = doc
        .subject_before(c, prev.start)
        .map(|m| SpeakerRef::mention(doc, m))
        .or_else(|| np_before(doc, c, prev.start));
    Some((c, speaker))
}

/// "Trump's misinformation may be "strategic," said Jeffery Hemsley":
/// quoted words inside a clause whose attribution (its speaker or cue,
/// the first at `attribution`; the cue at `c`) follows it report the whole
/// clause, from the sentence's start to the attribution; so do words after
/// the marks and before the attribution's comma (""We are horrified" by
/// the shooting, Nefzi said"). The content and the span, if so.
fn reported_clause(
    doc: &Doc,
    found: &[Found],
    at: &Marks,
    no_cue_before: bool,
    c: usize,
    attribution: usize,
) -> Option<(Span, Span)> {
    let (first_tok, last_tok, range) = (at.first_tok, at.last_tok, &at.range);
    let lead_words = (range.start..first_tok)
        .filter(|&k| doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word)
        .count();
    // (Scare quotes earlier in the clause, skipped above, are part
    // of it: "words like "maybe" and "perhaps", he told reporters".)
    let sentence_start = doc.toks[range.start].span.start;
    let clause_before = no_cue_before
        && lead_words >= 2
        && first_tok > 0
        && doc.lower(first_tok - 1) != ":"
        && !found
            .iter()
            .any(|f| f.quote.span.start >= sentence_start && f.quote.span.end <= at.span.start);
    let words_after = (last_tok + 1..attribution)
        .rev()
        .find(|&k| doc.lower(k) == ",")
        .filter(|&comma| {
            (last_tok + 1..comma).any(|k| doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word)
        });
    if !clause_before && words_after.is_none() {
        return None;
    }
    let start = if clause_before {
        sentence_start
    } else {
        at.span.start
    };
    let end = words_after.map_or(at.span.end, |comma| doc.toks[comma - 1].span.end);
    Some((
        Span::new(start, end),
        Span::new(start, at.span.end.max(doc.toks[c].span.end)),
    ))
}

/// Words a title leaves in lower case.
pub(super) const TITLE_SMALL_WORDS: [&str; 17] = [
    "a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "at", "by", "with", "from", "is",
    "as", "vs",
];

/// Two words or more, each capitalized but the small words of a title.
pub(super) fn is_title_cased(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    words.len() >= 2
        && words.iter().any(|w| w.starts_with(char::is_uppercase))
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                || TITLE_SMALL_WORDS.contains(&w.to_lowercase().as_str())
        })
}

/// Whether the quote from token `open` to token `close` stands inside the
/// clause the cue at token `cue` reports: a word of that clause right before
/// the quote mark ("says he is making "a demand"", "claiming that voting
/// fraud is "a big, big problem""), not a comma, a colon or "that" that hand
/// the floor to the quote ("said: "...", "said that "...""); or, whatever
/// stands before it, the clause going on after the closing mark ("argued
/// that "liberals" allowed terrorism to flourish", "said "it gets me mad"
/// every time he thinks about it").
pub(super) fn embedded_in_report(doc: &Doc, cue: usize, open: usize, close: usize) -> bool {
    let Some(prev) = open.checked_sub(1).filter(|&p| p >= cue) else {
        return false;
    };
    let word_before = prev > cue
        && doc.toks[prev].kind == sitrep_nlp::tokens::TokenKind::Word
        && doc.lower(prev) != "that"
        && verb_cue(doc, prev).is_none();
    // (Not a capitalized word, which may open the attribution after the
    // quote: "said that "..." Mr. Obama added"; nor after words the speaker
    // closed with a comma or a stop: "said that "we will win," and left";
    // nor a relative clause about a name: "called "Teflon Don" who won";
    // nor after "called", which names: "a film called "Kate" was released".)
    let closed = close > open + 1 && matches!(doc.lower(close - 1), "," | "." | "!" | "?");
    let reports_a_clause = doc.lower(prev) == "that" || prev == cue && !doc.toks[cue].is("call");
    let clause_goes_on = reports_a_clause
        && !closed
        && doc.toks.get(close + 1).is_some_and(|t| {
            t.kind == sitrep_nlp::tokens::TokenKind::Word
                && !t.capitalized
                && !SUBJECT_PRONOUNS.contains(&t.lower.as_str())
                && !matches!(t.lower.as_str(), "who" | "which" | "whose" | "where")
                && verb_cue(doc, close + 1).is_none()
        })
        && doc.sentence_of(close + 1) == doc.sentence_of(cue);
    // "The club's investment, Ms. Tanzer said, "is a perfect example"": an
    // attribution set inside the sentence it reports, whose quoted words go
    // on from the writer's before it (in lower case: after "Asked about it,
    // Ryan said, "Sure."" the quote is a sentence of its own) are one report.
    // The attribution is only its speaker and the cue: a pronoun, a name
    // (after a title, "Ms.") or a determiner's short noun phrase ("the lawyers").
    let only_a_speaker = |from: usize| {
        let speaker = from..cue;
        !speaker.is_empty()
            && speaker.len() <= 4
            && (speaker.len() == 1 && SUBJECT_PRONOUNS.contains(&doc.lower(from))
                || doc
                    .mention_at(cue - 1)
                    .is_some_and(|m| doc.mention_first_token(m) <= from + 2)
                || DETERMINERS.contains(&doc.lower(from))
                    && speaker.clone().all(|k| {
                        doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word
                            && !doc.lower(k).ends_with("ed")
                    }))
    };
    let sentence = doc.sentence_tokens(doc.sentence_of(cue));
    let first_quoted_word =
        (open + 1..close).find(|&k| doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word);
    let parenthetical = doc.lower(prev) == ","
        && prev == cue + 1
        && first_quoted_word.is_some_and(|k| !doc.toks[k].capitalized)
        && (cue.saturating_sub(6).max(sentence.start + 2)..cue)
            .rev()
            .find(|&k| doc.lower(k) == ",")
            .is_some_and(|comma| {
                only_a_speaker(comma + 1)
                    && (sentence.start..comma).all(|k| {
                        (doc.toks[k].kind == sitrep_nlp::tokens::TokenKind::Word
                            || doc.lower(k) == ",")
                            && verb_cue(doc, k).is_none()
                    })
            });
    word_before || clause_goes_on || parenthetical
}

/// Labels a page sets before a colon that open no speech
/// (`data/lexicon/colon-labels.txt`: "Correction:", "Contributing:", "Q:").
pub(super) static COLON_LABELS: LazyLock<std::collections::HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/colon-labels.txt")));

/// "PENCE: Well, look, ..." or "Trump: We will win": a paragraph that opens
/// with a short name and a colon is that speaker's words to its end.
pub(super) fn colon_speech(doc: &Doc, found: &mut Vec<Found>) {
    for p in &doc.article.layers.paragraphs {
        let mut first = doc.token_at(p.start);
        // A stray opening mark before the name ("\"PENCE: Well, ...").
        while first < doc.toks.len()
            && matches!(doc.lower(first), "\"" | "“" | "'" | "‘")
            && doc.toks[first].span.start < p.end
        {
            first += 1;
        }
        let Some(colon) = (first..(first + 5).min(doc.toks.len())).find(|&k| doc.lower(k) == ":")
        else {
            continue;
        };
        if colon == first
            || (first..colon).any(|k| {
                !doc.toks[k].capitalized || doc.toks[k].kind != sitrep_nlp::tokens::TokenKind::Word
            })
        {
            continue;
        }
        // A page's label ("Correction:", "The Latest:") or a heading of three
        // words or more that names no one ("Stealth Over Health:") says
        // nothing; a source that reports ("Poll:", "Politifact:") and a
        // name or a shouted speaker ("PENCE:") do.
        let named = (first..colon).any(|k| doc.mention_at(k).is_some());
        let shouted = (first..colon).all(|k| !doc.text(k, k).chars().any(char::is_lowercase));
        let label = COLON_LABELS.contains(&doc.text(first, colon - 1).to_lowercase().as_str());
        if label || !named && !shouted && colon - first >= 3 {
            continue;
        }
        let content_start = colon + 1;
        let last = doc
            .toks
            .partition_point(|t| t.span.end <= p.end)
            .saturating_sub(1);
        // Fewer than three words after the colon in this paragraph (a colon
        // that ends it, or ends the text) is no speech, and nor is a list of
        // names ("Iowa: Tim Albrecht, Brad Anderson, Rob Barron").
        if last < content_start + 2 || lists_names(doc, content_start, last) {
            continue;
        }
        let rest = Span::new(doc.toks[content_start].span.start, p.end);
        // A quote found with no speaker in this paragraph is these words,
        // read as if the marks opened them: the name before the colon says who.
        let unattributed = |f: &Found| f.quote.speaker.is_none() && f.quote.span.overlaps(rest);
        if found
            .iter()
            .any(|f| f.quote.span.overlaps(rest) && !unattributed(f))
        {
            continue;
        }
        found.retain(|f| !unattributed(f));
        let speaker = doc
            .mention_at(first)
            .filter(|&m| doc.mention_last_token(m) < colon)
            .map(|m| SpeakerRef::mention(doc, m))
            .unwrap_or_else(|| SpeakerRef::words(doc, first, colon - 1));
        let content = Span::new(doc.toks[content_start].span.start, p.end);
        found.push(Found {
            quote: Quote {
                kind: QuoteKind::Direct,
                speaker: speaker.entity.clone(),
                speaker_span: Some(doc.span(speaker.first, speaker.last)),
                anonymous: false,
                chain: Vec::new(),
                cue: Some(doc.toks[colon].span),
                content,
                span: Span::new(p.start, p.end),
            },
            sentence: doc.sentence_of(content_start),
        });
    }
}

/// Whether tokens `first..=last` are a list of three or more names: items
/// of at most four capitalized words between commas (an "and" may open the
/// last).
pub(super) fn lists_names(doc: &Doc, first: usize, last: usize) -> bool {
    let mut items = 0;
    let mut words = 0;
    for k in first..=last {
        match doc.lower(k) {
            "," => {
                if words == 0 {
                    return false;
                }
                items += 1;
                words = 0;
            }
            "." | ";" if k == last => {}
            "and" if words == 0 => {}
            _ if doc.toks[k].capitalized && words < 4 => words += 1,
            _ => return false,
        }
    }
    items + usize::from(words > 0) >= 3
}

/// Words that may open a sentence before its subject.
pub(super) const SENTENCE_OPENERS: [&str; 8] =
    ["but", "and", "then", "so", "yet", "still", "later", "also"];

/// A direct quote left without a speaker that follows a sentence of its own
/// paragraph, or a colon, is the words of that sentence's subject: "Iowa
/// State University's Dianne Bystrom agreed. "Mainstream Republicans are
/// running out of time."", "Sanders delivered a snappy retort: "No one is
/// tearing this up."", or of the speaker of a verb of saying that closes it
/// ([`speaker_of_a_bare_cue`]). (Speakers are found first and set after, so
/// a coordinated cue's speaker is read from the reports as they were.)
pub(super) fn speaker_of_the_introducing_sentence(doc: &Doc, found: &mut [Found]) {
    let paragraphs = &doc.article.layers.paragraphs;
    let mut speakers = Vec::new();
    for (n, f) in found.iter().enumerate() {
        if f.quote.kind != QuoteKind::Direct || f.quote.speaker.is_some() {
            continue;
        }
        let opening = doc.token_at(f.quote.span.start);
        let Some(before) = opening.checked_sub(1) else {
            continue;
        };
        let colon = doc.lower(before) == ":";
        let same_paragraph = paragraphs
            .iter()
            .any(|p| p.contains(f.quote.span) && p.contains(doc.toks[before].span));
        let ends_sentence = matches!(doc.lower(before), "." | "!" | "?");
        if !(colon || same_paragraph && ends_sentence) {
            continue;
        }
        if let Some(speaker) =
            opening_subject(doc, before).or_else(|| speaker_of_a_bare_cue(doc, found, before))
        {
            speakers.push((n, speaker));
        }
    }
    for (n, speaker) in speakers {
        found[n].quote.speaker = speaker.entity.clone();
        found[n].quote.speaker_span = Some(doc.span(speaker.first, speaker.last));
    }
}

/// "Sam Lau, the party's spokesman, said in a statement. "..."": the
/// speaker of a verb of saying that closes the sentence ending at `before`
/// with nothing reported after it, or only where or when it was said (the
/// phrase a report's content may not be alone), as a colon would close it.
fn speaker_of_a_bare_cue(doc: &Doc, found: &[Found], before: usize) -> Option<SpeakerRef> {
    let s = doc.sentence_of(before);
    let range = doc.sentence_tokens(s);
    let cue = (range.start..before).rev().find(|&k| saying_verb(doc, k))?;
    let bare = cue + 1 == before || only_where_or_when_said(doc, cue, cue + 1, before - 1);
    bare.then(|| cue_speaker(doc, found, s, &range, cue))
        .flatten()
}

/// The actor that opens the sentence holding token `before` as its subject,
/// ending before `before`: after a word of [`SENTENCE_OPENERS`], the name a
/// possessive opens ("Iowa State University's Dianne Bystrom agreed"),
/// followed by its verb, not by a comma ("Clinton, ...").
fn opening_subject(doc: &Doc, before: usize) -> Option<SpeakerRef> {
    let mut subject = doc.sentence_tokens(doc.sentence_of(before)).start;
    while subject < before && SENTENCE_OPENERS.contains(&doc.lower(subject)) {
        subject += 1;
    }
    // ("Mrs. Clinton": the tokens keep an honorific outside the name.)
    if sitrep_nlp::names::is_personal_title(doc.lower(subject)) {
        subject += if doc.lower(subject + 1) == "." { 2 } else { 1 };
    }
    let mut m = doc.mention_at(subject).filter(|&m| {
        doc.is_actor(m)
            && doc.mention_first_token(m) == subject
            && doc.mention_last_token(m) + 1 < before
    })?;
    // ("Senate Majority Leader Mitch McConnell", "Washington Post columnist
    // Michael Gerson": the holder of the title the name opens.)
    let mut k = doc.mention_last_token(m) + 1;
    let mut titled = false;
    while k < before.min(doc.mention_last_token(m) + 6) {
        if let Some(holder) = doc.mention_of_kind_at(k, EntityKind::Person) {
            m = holder;
            titled = true;
            break;
        }
        // (A role's noun in lower case, not a verb: "Clinton beat Sanders".)
        let tok = &doc.toks[k];
        let role_noun = SPEAKER_NOUNS.contains(tok.lower.as_str())
            || doc.mention_of_kind_at(k, EntityKind::Generic).is_some();
        let title_word =
            tok.kind == sitrep_nlp::tokens::TokenKind::Word && (tok.capitalized || role_noun);
        if !title_word {
            break;
        }
        k += 1;
    }
    let possessive = doc.mention_last_token(m) + 1;
    if matches!(doc.lower(possessive), "'s" | "’s") {
        m = doc
            .mention_at(possessive + 1)
            .filter(|&n| doc.is_actor(n))?;
    }
    // The subject is followed by its verb, not by a comma ("Clinton, ..."),
    // save a title's holder by an aside ("Senate Majority Leader Mitch
    // McConnell, R-Ky., ...").
    let after = doc.mention_last_token(m) + 1;
    let verb_next = doc.toks[after].kind == sitrep_nlp::tokens::TokenKind::Word;
    (verb_next || titled && doc.lower(after) == ",").then(|| SpeakerRef::mention(doc, m))
}

/// A direct quote left without a speaker or a cue that opens inside a
/// sentence is the words of the sentence's subject: "Mrs. Clinton introduced
/// him as "a fighter for families"", "Trump also embraced harsher methods --
/// "I think ..."".
pub(super) fn speaker_of_the_quoting_sentence(doc: &Doc, found: &mut [Found]) {
    // (Not a title, "named her "Woman of the Year"": no one says it; nor
    // words between two quotes whose marks were paired wrongly, which open
    // on a space.)
    for f in found.iter_mut().filter(|f| {
        f.quote.kind == QuoteKind::Direct
            && f.quote.speaker.is_none()
            && f.quote.cue.is_none()
            && !is_title_cased(f.quote.content.text(doc.body))
            && !f
                .quote
                .content
                .text(doc.body)
                .starts_with(char::is_whitespace)
    }) {
        let opening = doc.token_at(f.quote.span.start);
        let Some(before) = opening.checked_sub(1) else {
            continue;
        };
        let inside = doc.sentence_of(before) == doc.sentence_of(opening)
            && doc.sentence_tokens(doc.sentence_of(opening)).start < before;
        if !inside || matches!(doc.lower(before), "." | "!" | "?") {
            continue;
        }
        if let Some(speaker) = opening_subject(doc, before) {
            f.quote.speaker = speaker.entity.clone();
            f.quote.speaker_span = Some(doc.span(speaker.first, speaker.last));
        }
    }
}

/// A direct quote left without a speaker is the words of whoever was last
/// reported before it in its paragraph, by quote or by report ("..., Schiff
/// said. "The other factor is ...""), or, when it opens its paragraph, in the
/// paragraph before ("Massie now said Trump had "the obligation to bring us
/// together." / "I think he can do that."").
pub(super) fn speaker_of_the_paragraph_before(doc: &Doc, found: &mut [Found]) {
    let paragraphs = &doc.article.layers.paragraphs;
    // (Paragraphs are in text order.)
    let para_of = |at: usize| {
        let p = paragraphs.partition_point(|p| p.end <= at);
        paragraphs.get(p).filter(|para| para.start <= at).map(|_| p)
    };
    let paras: Vec<Option<usize>> = found.iter().map(|f| para_of(f.quote.span.start)).collect();
    for i in 0..found.len() {
        let q = &found[i].quote;
        if q.kind != QuoteKind::Direct || q.speaker.is_some() {
            continue;
        }
        let Some(p) = paras[i] else {
            continue;
        };
        let lead = &doc.article.body[paragraphs[p].start..q.span.start];
        let opens_paragraph = lead.chars().all(|c| c.is_whitespace() || is_open_mark(c));
        let start = q.span.start;
        let last_before = found
            .iter()
            .zip(&paras)
            .filter(|(f, _)| f.quote.speaker.is_some() && f.quote.span.start < start)
            .filter(|&(_, &fp)| fp == Some(p) || opens_paragraph && p > 0 && fp == Some(p - 1))
            .max_by_key(|(f, _)| f.quote.span.start)
            .map(|(f, _)| (f.quote.speaker.clone(), f.quote.speaker_span));
        if let Some((speaker, span)) = last_before {
            found[i].quote.speaker = speaker;
            found[i].quote.speaker_span = span;
        }
    }
}

/// ""Part one," he said, "part two."" and a speaker's consecutive quoted
/// sentences in one paragraph are one quote: merge a direct quote into the one
/// before it when only whitespace or an attribution of up to 20 words (the
/// speaker's description included: "said Jane Roe, president of the union.")
/// stands between them and the speaker is the same (or unstated in the
/// second). A second quote with a cue of its own ("He added, "..."") is a
/// report of its own. On PolNeAR train, 5 words scored F1 .629, 12 .633, 20 .636, 30 .636.
/// A clause its quoted words report ("Clubs are "scratching out a profit,"
/// Hedge said. "Golf is a thin industry."") goes on into a quote after its
/// attribution the same way (train 43 fewer predictions, matches the same).
pub(super) fn merge_continued_quotes(doc: &Doc, found: &mut Vec<Found>) {
    let mut merged: Vec<Found> = Vec::with_capacity(found.len());
    for f in found.drain(..) {
        if let Some(prev) = merged.last_mut() {
            let gap = &doc.body[prev.quote.span.end.min(f.quote.span.start)..f.quote.span.start];
            let short_gap = gap.split_whitespace().count() <= 20 && !gap.contains('\n');
            let same_speaker = match (&prev.quote.speaker, &f.quote.speaker) {
                (Some(a), Some(b)) => a.name == b.name,
                (_, None) => true,
                (None, Some(_)) => false,
            };
            // Split by its own attribution, or continued with none of its own.
            // (A reported clause's span runs over its cue: the cue is after
            // its content.)
            let cue_between = prev
                .quote
                .cue
                .is_some_and(|c| c.start >= prev.quote.content.end && c.end <= f.quote.span.start);
            let continued = gap.trim().is_empty() && f.quote.cue.is_none();
            // "He added, "Y."" after the first quote's attribution opens a report of its own.
            let own_cue = f.quote.cue.is_some_and(|c| Some(c) != prev.quote.cue);
            let attribution_only = (cue_between && !own_cue) || continued;
            if short_gap
                && same_speaker
                && attribution_only
                && f.quote.kind == QuoteKind::Direct
                && (prev.quote.kind == QuoteKind::Direct || cue_between && f.quote.cue.is_none())
            {
                prev.quote.content = Span::new(prev.quote.content.start, f.quote.content.end);
                prev.quote.span = Span::new(prev.quote.span.start, f.quote.span.end);
                continue;
            }
        }
        merged.push(f);
    }
    *found = merged;
}

/// A quote that runs over paragraphs leaves its mark open at the end of each
/// paragraph but the last, and opens each next one with a mark again. A
/// quote with no cue of its own opening the paragraph after one whose mark
/// was left open goes on the report that ends in that paragraph, direct or
/// indirect ("told the Sentinel the site was not "prepared for the traffic.¶
/// "It has now been placed with another auction house.""): one report.
pub(super) fn join_paragraph_continuations(
    doc: &Doc,
    quoted: &[(Span, Span)],
    found: &mut Vec<Found>,
) {
    let paragraphs = &doc.article.layers.paragraphs;
    // Whether a quote is left open at the end of paragraph `p` (quoted_spans
    // runs it to the paragraph's end). Not one whose words start with a
    // space: its mark closed a quote that was opened wrong ("" Deng told
    // reporters.").
    let left_open = |p: &Span| {
        quoted.iter().any(|(span, content)| {
            span.end == p.end
                && content.end == p.end
                && !doc.body[content.start..].starts_with(char::is_whitespace)
        })
    };
    found.sort_by_key(|f| f.quote.span.start);
    let mut i = 0;
    while i < found.len() {
        let f = &found[i].quote;
        let opens = (f.kind == QuoteKind::Direct && f.cue.is_none())
            .then(|| {
                paragraphs
                    .iter()
                    .position(|p| f.span.start <= p.start + 1 && f.span.start >= p.start)
            })
            .flatten();
        let before = opens
            .filter(|&n| n > 0)
            .map(|n| paragraphs[n - 1])
            .filter(|p| left_open(p));
        // (The last report that ends in that paragraph.)
        let host = before.and_then(|p| {
            (0..i).rev().find(|&h| {
                let c = found[h].quote.content;
                c.end >= p.start && c.end <= p.end
            })
        });
        if let Some(h) = host {
            let (content_end, span_end) = (f.content.end, f.span.end);
            found[h].quote.content.end = content_end;
            found[h].quote.span.end = found[h].quote.span.end.max(span_end);
            found.remove(i);
            continue;
        }
        i += 1;
    }
}
