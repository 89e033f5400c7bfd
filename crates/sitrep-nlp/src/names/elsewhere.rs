//! Step 5: the same name typed elsewhere in the article: an acronym in
//! brackets that spells the name before it, a nickname's person, the whole
//! names earlier passes and this one typed, a word of a person's name, the
//! word that opens a body's name; and in headlines, the names the
//! sentences typed.

use super::*;

/// `Vincent "The Chin" Gigante`, `Earvin "Magic" Johnson`: a given name,
/// a nickname of one to three capitalized words in quotation marks, and a
/// surname are one person's three names, each PER (a nickname opening with
/// "The" keeps it). Retypes those runs in `out` and returns the given name
/// and the surname, which name the person alone elsewhere ("Gigante's
/// death").
pub(super) fn nicknamed_persons<'a>(
    body: &'a str,
    toks: &[Token],
    runs: &[Run],
    out: &mut [Option<Name>],
) -> Vec<&'a str> {
    let text = |i: usize| &body[toks[i].span.start..toks[i].span.end];
    let is_mark = |i: usize| {
        toks.get(i)
            .is_some_and(|t| matches!(t.lower.as_str(), "\"" | "“" | "”" | "'" | "‘" | "’"))
    };
    let run_at: HashMap<usize, usize> =
        runs.iter().enumerate().map(|(k, r)| (r.first, k)).collect();
    let mut words = Vec::new();
    for (k, r) in runs.iter().enumerate() {
        let given = r.first == r.last && GIVEN_NAMES.contains(text(r.first));
        if !given || !is_mark(r.last + 1) {
            continue;
        }
        // The nickname: capitalized words up to the closing mark.
        let open = r.last + 1;
        let close = (open + 1..(open + 5).min(toks.len())).find(|&i| is_mark(i));
        let Some(close) = close.filter(|&c| {
            c > open + 1
                && (open + 1..c).all(|i| toks[i].capitalized && toks[i].kind == TokenKind::Word)
        }) else {
            continue;
        };
        let Some(&surname) = run_at.get(&(close + 1)) else {
            continue;
        };
        let nick = (open + 1..close).find_map(|i| run_at.get(&i).copied());
        let Some(nick) = nick.filter(|&n| runs[n].last == close - 1) else {
            continue;
        };
        let s = &runs[surname];
        out[k] = Some(name(r, MentionType::PER, None));
        out[nick] = Some(Name {
            first: open + 1,
            last: close - 1,
            mention_type: MentionType::PER,
            entity: None,
        });
        out[surname] = Some(name(s, MentionType::PER, None));
        words.push(text(r.first));
        words.push(&body[toks[s.first].span.start..toks[s.last].span.end]);
    }
    words
}

/// Whether `acronym`'s letters are `initials` (a name's capitals) in order,
/// the first with the first: "IE" of "Internet Explorer", "FLDS" of
/// "Fundamentalist Church of Jesus Christ of Latter Day Saints".
pub(super) fn abbreviates(acronym: &str, initials: impl Iterator<Item = char>) -> bool {
    let mut letters = acronym.chars().filter(char::is_ascii_uppercase).peekable();
    let mut first = true;
    for c in initials {
        if letters.peek() == Some(&c) {
            letters.next();
        } else if first {
            return false;
        }
        first = false;
    }
    letters.peek().is_none()
}

/// Step 5's first reading, which types the runs it finds in `out` and returns
/// their words and types for the article's other mentions:
/// "Internet Explorer (IE)", "the Kurdistan Workers Party (PKK)": an
/// acronym in brackets right after a name, its letters the name's
/// initials, is that name's, of its type, here and wherever else the
/// article writes it ("IE settings").
pub(super) fn spelled_out_acronyms(
    reader: &Reader,
    earlier: &[(usize, usize, MentionType)],
    runs: &[Run],
    titles: &[Name],
    out: &mut [Option<Name>],
) -> Vec<(String, MentionType)> {
    let (body, toks) = (reader.body, reader.toks);
    let text = |i: usize| reader.text(i);
    let named_before: HashMap<usize, (usize, MentionType)> = typed_spans(earlier, out)
        .chain(titles.iter().map(|n| (n.first, n.last, n.mention_type)))
        .map(|(first, last, t)| (last, (first, t)))
        .collect();
    let mut spelled_out = Vec::new();
    let mut common_nouns: HashSet<&str> = HashSet::new();
    for (r, slot) in runs.iter().zip(out.iter_mut()) {
        let bracketed = r.first == r.last
            && r.first >= 2
            && toks[r.first - 1].lower == "("
            && toks.get(r.last + 1).is_some_and(|t| t.lower == ")");
        if !bracketed
            || !is_acronym(text(r.first))
            || slot.as_ref().is_some_and(|n| n.entity.is_some())
        {
            continue;
        }
        let Some(&(first, t)) = named_before.get(&(r.first - 2)) else {
            if spells_lower_case_words(reader, r.first) {
                common_nouns.insert(text(r.first));
            }
            continue;
        };
        let initials = toks[first..=r.first - 2]
            .iter()
            .filter(|t| t.capitalized)
            .filter_map(|t| body[t.span.start..].chars().next());
        if abbreviates(text(r.first), initials) {
            *slot = Some(name(r, t, None));
            spelled_out.push((text(r.first).to_string(), t));
        }
    }
    // An acronym of common nouns names nothing, here or anywhere else in
    // the article.
    if !common_nouns.is_empty() {
        for (r, slot) in runs.iter().zip(out.iter_mut()) {
            if r.first == r.last && common_nouns.contains(text(r.first)) {
                *slot = None;
            }
        }
    }
    spelled_out
}

/// "injured reserve (IR)", "weapons of mass destruction (WMD)": the
/// bracketed acronym at `i` spells the lower-case words right before its
/// bracket, one letter for each word but the small ones ("of", "the"), or
/// for each word ("emergency power off (EPO)").
fn spells_lower_case_words(reader: &Reader, i: usize) -> bool {
    let toks = reader.toks;
    let letters: Vec<char> = reader
        .text(i)
        .chars()
        .filter(char::is_ascii_uppercase)
        .collect();
    let spelled = |skip_small: bool| {
        let mut initials = Vec::with_capacity(letters.len());
        let mut k = i - 1;
        while initials.len() < letters.len() && k > 0 {
            k -= 1;
            let t = &toks[k];
            if t.kind != TokenKind::Word || t.capitalized {
                return false;
            }
            if !(skip_small && STOPWORDS.contains(t.lower.as_str())) {
                initials.push(t.lower.chars().next().unwrap_or(' ').to_ascii_uppercase());
            }
        }
        initials.reverse();
        initials == letters
    };
    spelled(true) || spelled(false)
}

/// "Creighton" after "Creighton Bluejays", "Goldman" after "Goldman
/// Sachs": the word that opens a body's name is the body, alone too,
/// unless a person's name holds it or it is a word of prose or a given
/// name ("New", "Morgan").
pub(super) fn body_openers<'a>(
    reader: &Reader<'a>,
    earlier: &[(usize, usize, MentionType)],
    out: &[Option<Name>],
) -> HashSet<&'a str> {
    let toks = reader.toks;
    let text = |i: usize| reader.text(i);
    let common = |i: usize| reader.common(i);
    typed_spans(earlier, out)
        .filter(|&(first, last, t)| {
            t == MentionType::ORG
                && last > first
                && toks[first].capitalized
                && !common(first)
                && !PROSE_WORDS.contains(toks[first].lower.as_str())
                && !GIVEN_NAMES.contains(text(first))
                && !is_acronym(text(first))
        })
        .map(|(first, _, _)| text(first))
        .collect()
}

/// Names typed once type their other mentions: the whole name, or a word
/// of a person's name, or the word that opens a body's name ("Creighton"
/// after "Creighton Bluejays", "Goldman" after "Goldman Sachs"; not one a
/// person's name holds, nor a word of prose or a given name, "New", "Morgan").
/// Types the nicknamed persons in `out`, and returns the names by their words.
pub(super) fn typed_elsewhere(
    reader: &Reader,
    earlier: &[(usize, usize, MentionType)],
    runs: &[Run],
    out: &mut [Option<Name>],
    spelled_out: Vec<(String, MentionType)>,
) -> HashMap<String, MentionType> {
    let (body, toks) = (reader.body, reader.toks);
    let mut known: HashMap<String, MentionType> = spelled_out.into_iter().collect();
    for word in nicknamed_persons(body, toks, runs, out) {
        known.insert(word.to_string(), MentionType::PER);
    }
    for (first, last, mention_type) in typed_spans(earlier, out) {
        let whole = body[toks[first].span.start..toks[last].span.end].to_string();
        known.entry(whole).or_insert(mention_type);
        if mention_type == MentionType::PER && last > first {
            for t in &toks[first..=last] {
                if !PARTICLES.contains(&t.lower.as_str()) {
                    let word = &body[t.span.start..t.span.end];
                    known.entry(word.to_string()).or_insert(MentionType::PER);
                }
            }
        }
    }
    for word in body_openers(reader, earlier, out) {
        known.entry(word.to_string()).or_insert(MentionType::ORG);
    }
    known
}

/// The words of the persons' names typed so far, for a lone word left
/// untyped ("Hugh Jackman" ... "that Jackman has"; "Escalante was shot"
/// after "Juan Abel Escalante"): only from a name that reads as a person's,
/// one that opens with a given name or holds no common word and no town
/// ("Windows Update", "North Philadelphia").
pub(super) fn words_of_persons<'a>(reader: &Reader<'a>, out: &[Option<Name>]) -> HashSet<&'a str> {
    let toks = reader.toks;
    let text = |i: usize| reader.text(i);
    let reads_as_person = |n: &Name| {
        GIVEN_NAMES.contains(text(n.first))
            || (n.first..=n.last).all(|k| {
                !COMMON_WORDS.contains(toks[k].lower.as_str()) && !PLACES.contains_key(text(k))
            })
    };
    let person_words: HashSet<&str> = out
        .iter()
        .flatten()
        .filter(|n| n.mention_type == MentionType::PER && n.last > n.first && n.entity.is_none())
        .filter(|n| reads_as_person(n))
        .flat_map(|n| n.first..=n.last)
        .map(text)
        .filter(|w| w.len() > 2 && !PARTICLES.contains(&w.to_lowercase().as_str()))
        .collect();
    person_words
}

/// A headline's run holds names the sentences typed, the longest first
/// ("Manning Guides Colts": "Manning" only, the rest typed nowhere;
/// "Matanuska Maid Dairy Building Was Uninsured": the dairy's name).
pub(super) fn typed_in_headlines(
    reader: &Reader,
    headline_runs: Vec<(usize, usize)>,
    known: &HashMap<String, MentionType>,
    person_words: &HashSet<&str>,
) -> Vec<Name> {
    let (body, toks) = (reader.body, reader.toks);
    let mut headline_names = Vec::new();
    for (a, b) in headline_runs {
        let mut k = a;
        while k <= b {
            let typed = (k..=b).rev().find_map(|j| {
                let words = &body[toks[k].span.start..toks[j].span.end];
                known
                    .get(words)
                    .copied()
                    .or_else(|| {
                        (j == k && person_words.contains(words)).then_some(MentionType::PER)
                    })
                    .map(|t| (j, t))
            });
            match typed {
                Some((j, mention_type)) => {
                    headline_names.push(Name {
                        first: k,
                        last: j,
                        mention_type,
                        entity: None,
                    });
                    k = j + 1;
                }
                None => k += 1,
            }
        }
    }
    headline_names
}
