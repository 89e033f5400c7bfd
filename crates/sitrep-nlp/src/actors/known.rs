//! Pass 1: names the knowledge base knows (states, seats of power, demonyms,
//! groups, people, agencies, places), found by its automaton, with the
//! misspelt states, joined peoples ("Israeli-Palestinian") and shouted
//! headlines it would otherwise miss.

use super::*;

/// Legal forms after a company's name (`legal-forms.txt`: "Corp", "AG").
pub(super) static LEGAL_FORMS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/legal-forms.txt")));
/// "Microsoft Issues Emergency Patch": whether the name at tokens
/// `first..=last` stands in a headline that capitalizes its common words,
/// before one of those words (so the capital after the name says nothing).
/// The word tests come first: most names go on with a name. The sentence
/// around it is read no further than a headline runs: a longer one is none.
#[inline(never)]
pub(super) fn opens_a_title_case_headline(
    ctx: &Ctx,
    first: usize,
    last: usize,
    shouted: bool,
) -> bool {
    const HEADLINE_TOKENS: usize = 30;
    let toks = ctx.toks;
    if shouted
        || !toks
            .get(last + 1)
            .is_some_and(|t| names::is_prose_form(&t.lower))
    {
        return false;
    }
    let s0 = (first.saturating_sub(HEADLINE_TOKENS)..=first)
        .rev()
        .find(|k| ctx.starts_sentence(*k));
    let s1 = (first + 1..(first + HEADLINE_TOKENS).min(toks.len()))
        .find(|k| ctx.starts_sentence(*k))
        .or((first + HEADLINE_TOKENS >= toks.len()).then_some(toks.len()));
    let (Some(s0), Some(s1)) = (s0, s1) else {
        return false;
    };
    s1 - s0 >= 4 && names::capitals_say_nothing(ctx.body, toks, (s0, s1))
}

/// Pass 1: names from the knowledge base, aligned to tokens.
pub(super) fn names(ctx: &Ctx, date: Date) -> Vec<Candidate> {
    let toks = ctx.toks;
    let mut out = Vec::new();
    for mut m in found_names(ctx) {
        // Someone who held several offices is the office holder of the day.
        m.entry = ctx.kb.namesake_on(m.entry, date);
        // "RUGBY UNION - WALLABIES NAME SIDE": a sport labelling its line is
        // no town, and "ICE HOCKEY" no agency.
        if layout::in_a_sport_label(ctx.body, m.start, m.end) {
            continue;
        }
        let first = ctx.token_at(m.start);
        if toks.get(first).is_none_or(|t| t.span.start != m.start) {
            continue;
        }
        let Some(last) = toks[first..]
            .iter()
            .position(|t| t.span.end == m.end)
            .map(|k| first + k)
        else {
            continue;
        };
        let entry = &ctx.kb.entries[m.entry];
        if inside_another_name(ctx, &m, &entry.entity, first, last) {
            continue;
        }
        let mut entity = entry.entity.clone();
        let wider = (m.role == NameRole::Name)
            .then(|| place_around(ctx, first, last, &entity))
            .flatten();
        let (first, last) = match wider {
            Some((a, b, place)) => {
                entity = place;
                (a, b)
            }
            None => (first, last),
        };
        let Some((first, last)) = a_company_s_span(ctx, &entity, first, last) else {
            continue;
        };
        // An outlet's one-word name before a capitalized word is a word of
        // another name: "Cumhuriyet University". (Not an acronym, which
        // names a channel of it or modifies: "BBC Radio Four", "CNN debate".)
        let outlets_word = first == last
            && entity.sector.as_deref() == Some("MED")
            && !names::is_acronym(toks[first].text(ctx.body))
            && toks.get(last + 1).is_some_and(|t| {
                names::is_name_cased(t, t.text(ctx.body)) && !names::is_stopword(&t.lower)
            });
        if outlets_word {
            continue;
        }
        entity.text = ctx.text(first, last).to_string();
        let mention_type = mention_type_of(ctx, m.role, &entity, last);
        if m.role == NameRole::Demonym {
            entity.sector = None;
            // "ethnic Albanians in Macedonia": a people, not a state's
            // citizens; where they live gives their country.
            if first > 0 && ctx.lower(first - 1) == "ethnic" {
                entity = Entity {
                    text: entity.text.clone(),
                    ..Entity::named(&format!("ethnic {}", entity.text), EntityKind::Generic)
                };
            }
        }
        if entity.kind == EntityKind::Person
            && first == last
            && m.role == NameRole::Name
            && another_name_after(ctx, last)
        {
            continue;
        }
        // "Janet L. Yellen": a known person's given name and a middle
        // initial (its letter and its dot) open the name.
        let given = entity.name.split(' ').next().unwrap_or_default();
        let first = if entity.kind == EntityKind::Person
            && first == last
            && first >= 3
            && names::is_initial(toks, first - 2, toks[first - 2].text(ctx.body))
            && toks[first - 3].text(ctx.body) == given
        {
            entity.text = ctx.text(first - 3, last).to_string();
            first - 3
        } else {
            first
        };
        if entity.kind == EntityKind::Person && first == last && first > 0 {
            if let Some(g) = another_given_name(ctx, &entity, first) {
                let entity = Entity::named(ctx.text(g, last), EntityKind::Person);
                out.push(Candidate::new(g, last, MentionType::PER, Some(entity)));
                continue;
            }
        }
        // "H.D. Deve Gowda", "F.W. de Klerk": a known person's initials,
        // written as one token, open the name.
        let first = if entity.kind == EntityKind::Person
            && first > 0
            && is_dotted_initials(toks[first - 1].text(ctx.body))
            && ctx.kb.find_names(toks[first - 1].text(ctx.body)).is_empty()
        {
            first - 1
        } else {
            first
        };
        let mut c = Candidate::new(first, last, mention_type, Some(entity));
        c.role = Some(m.role);
        c.plural = m.role == NameRole::Demonym && toks[last].lower.ends_with('s')
            || matches!(toks[last].lower.as_str(), "houthis" | "taliban");
        out.push(c);
    }
    out.extend(joined_peoples(ctx));
    out
}

/// The knowledge base's names in the body; in datelines and headlines that
/// shout ("BEIRUT", "JAPAN GET LUCKY WIN"), the same search over the text
/// with such words in title case; and the states misspelt.
fn found_names(ctx: &Ctx) -> Vec<NameMatch> {
    let mut found = ctx.kb.find_names(ctx.body);
    if let Some(folded) = title_case_shouting(ctx.body) {
        let more: Vec<_> = ctx
            .kb
            .find_names(&folded)
            .into_iter()
            .filter(|m| ctx.body[m.start..m.end] != folded[m.start..m.end])
            .filter(|m| !found.iter().any(|f| f.start < m.end && m.start < f.end))
            .collect();
        found.extend(more);
    }
    let misspelt = misspelt_states(ctx, &found);
    found.extend(misspelt);
    found
}

/// Whether the name `m` at tokens `first..=last` is a word of another name
/// that a later pass reads whole: "New England" ("New" before a place names
/// another place), "Real Madrid" (a word that opens a body's name), "Tour de
/// France" (a capitalized word and a particle before it), "Michael Jordan"
/// (a census given name before a one-word state or place makes it a surname;
/// not a given name that is also a word of prose: "Will Jordan respond").
fn inside_another_name(
    ctx: &Ctx,
    m: &NameMatch,
    entity: &Entity,
    first: usize,
    last: usize,
) -> bool {
    let toks = ctx.toks;
    if first > 0 && {
        let before = toks[first - 1].text(ctx.body);
        before == "New" || names::opens_a_body(before)
    } {
        return true;
    }
    if first > 1
        && matches!(toks[first - 1].lower.as_str(), "de" | "du")
        && toks[first - 2].capitalized
    {
        return true;
    }
    first == last
        && first > 0
        && m.role == NameRole::Name
        && matches!(entity.kind, EntityKind::State | EntityKind::Place)
        && {
            let g = &toks[first - 1];
            g.capitalized
                && names::is_given_name(g.text(ctx.body))
                && !names::is_common_word(&g.lower)
                && !names::is_stopword(&g.lower)
                && !ctx.body[g.span.end..toks[first].span.start].contains('\n')
        }
}

/// The tokens a company's name (sector BUS) stands for at `first..=last`,
/// or none where it is a word of another name. A company's one-word name
/// inside a longer name is a word of that name ("Tom Tennant", "The Golden
/// Compass"), unless its legal form follows, which the mention takes
/// ("Intel Corp."). A title after it is its officer's ("Apple CEO Tim
/// Cook"). After "the" it is something else of that name ("protect the
/// Amazon"), and in parentheses after a name that name's acronym ("Islamic
/// Salvation Front (FIS)"). Any other entity keeps its tokens.
fn a_company_s_span(
    ctx: &Ctx,
    entity: &Entity,
    first: usize,
    last: usize,
) -> Option<(usize, usize)> {
    let toks = ctx.toks;
    if !(entity.kind == EntityKind::Group && entity.sector.as_deref() == Some("BUS")) {
        return Some((first, last));
    }
    // ("But Moody's said": a function word opening the sentence is
    // none; "FERRARI UNVEIL NEW CAR": in a shouted line every word
    // is capitalized.)
    let shouted = names::is_shouted(ctx.text(first, last));
    let name_word = |k: usize| {
        toks.get(k).is_some_and(|t| {
            let word = t.text(ctx.body);
            let shouting_alike = shouted && names::is_shouted(word);
            names::is_name_cased(t, word)
                && !names::is_title_word(&t.lower)
                && !names::is_stopword(&t.lower)
                && !shouting_alike
        })
    };
    // ("Islamic Salvation Front (FIS)": an acronym in parentheses
    // is the name's before it.)
    let in_parentheses = |a: usize, b: usize| {
        a > 0 && toks[a - 1].lower == "(" && toks.get(b + 1).is_some_and(|t| t.lower == ")")
    };
    let legal_form_next = toks
        .get(last + 1)
        .is_some_and(|t| LEGAL_FORMS.contains(t.text(ctx.body)));
    if legal_form_next {
        Some((first, last + 1))
    } else if first == last
        && (first > 0 && (name_word(first - 1) || ctx.lower(first - 1) == "the")
            || name_word(last + 1) && !opens_a_title_case_headline(ctx, first, last, shouted)
            || in_parentheses(first, last))
        // ("Ash Carter 's press secretary": not the company Carter's.)
        || last == first + 1 && ctx.is_possessive(last) && first > 0 && name_word(first - 1)
    {
        None
    } else {
        Some((first, last))
    }
}

/// The type of a known name by its role and kind: a demonym MISC, a seat
/// of power that is a body by its name ORG ("the State Department said";
/// not a place: "the Kremlin", "the White House"), a person PER, a state or
/// place LOC, any other body ORG.
fn mention_type_of(ctx: &Ctx, role: NameRole, entity: &Entity, last: usize) -> MentionType {
    match (role, entity.kind) {
        (NameRole::Demonym, _) => MentionType::MISC,
        (NameRole::Seat, _) if body_by_its_last_word(ctx.toks[last].text(ctx.body)) => {
            MentionType::ORG
        }
        (_, EntityKind::Person) => MentionType::PER,
        (_, EntityKind::State | EntityKind::Place) => MentionType::LOC,
        _ => MentionType::ORG,
    }
}

/// "Frederick Cheney LaRue": whether a name the knowledge base does not
/// know follows a known one-word surname at `last`, making it part of
/// someone else's. ("Obama Reverses Bush": a headline capitalizes its verbs.)
fn another_name_after(ctx: &Ctx, last: usize) -> bool {
    let toks = ctx.toks;
    toks.get(last + 1).is_some_and(|t| {
        let text = t.text(ctx.body);
        t.span.start == toks[last].span.end + 1
            && names::is_name_cased(t, text)
            && !names::is_stopword(&t.lower)
            && !names::is_common_word(&t.lower)
            && !names::is_title_word(&t.lower)
            && !names::never_a_name(text)
            && ctx.kb.find_names(text).is_empty()
    }) && !opens_a_title_case_headline(ctx, last, last, false)
}

/// "Tijani Babangida" is not Ibrahim Babangida: the token before a known
/// one-word surname at `first`, when it is another given name, which makes
/// the person someone the knowledge base does not know. ("ARAFAT AND
/// NETANYAHU", "MEETS ARAFAT": not a shouted word of prose.)
fn another_given_name(ctx: &Ctx, entity: &Entity, first: usize) -> Option<usize> {
    let g = first - 1;
    let tok = &ctx.toks[g];
    let given = tok.text(ctx.body);
    (names::is_name_cased(tok, given)
        && !names::is_title_word(&tok.lower)
        && !names::is_stopword(&tok.lower)
        && !names::is_common_word(&tok.lower)
        && !entity.name.contains(given)
        && ctx.kb.find_names(given).is_empty()
        && !(ctx.starts_sentence(g) && names::is_common_word(&tok.lower)))
    .then_some(g)
}

pub(super) const HONORIFIC_SURNAME_RANK: usize = 5_000;

/// Two or three capital letters, each with its dot, in one word ("H.D.").
pub(super) fn is_dotted_initials(word: &str) -> bool {
    let b = word.as_bytes();
    (4..=6).contains(&b.len())
        && b.len().is_multiple_of(2)
        && b.chunks(2)
            .all(|p| p[0].is_ascii_uppercase() && p[1] == b'.')
}

/// The forms of peoples' names that open a hyphened adjective
/// (`combining-forms.txt`: "Sino", "Franco"), as written.
static COMBINING_FORMS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/combining-forms.txt")));

/// "Israeli-Palestinian talks", "the Moslem-Croat federation": peoples
/// joined by hyphens in one word, a MISC name (as a demonym alone is); the
/// parts before the last may be a people's combining form ("Sino-Japanese",
/// "Franco-German").
pub(super) fn joined_peoples(ctx: &Ctx) -> Vec<Candidate> {
    let people_word = |part: &str| {
        ctx.kb
            .find_names(part)
            .iter()
            .any(|m| m.role == NameRole::Demonym && m.start == 0 && m.end == part.len())
            || names::alone_word_type(part) == Some(MentionType::MISC)
    };
    (0..ctx.toks.len())
        .filter(|&i| ctx.toks[i].kind == TokenKind::Word && ctx.toks[i].capitalized)
        .filter(|&i| {
            let word = ctx.toks[i].text(ctx.body);
            let parts: Vec<&str> = word.split('-').collect();
            let last = parts.len() - 1;
            word.contains('-')
                && parts.iter().enumerate().all(|(k, p)| {
                    p.len() >= 3 && (people_word(p) || k < last && COMBINING_FORMS.contains(p))
                })
        })
        .map(|i| Candidate::new(i, i, MentionType::MISC, None))
        .collect()
}

/// Capitalized words that misspell a state's name or demonym ("Ethopia has
/// agreed", "Quatar's emir"), outside every name found. Names sit one letter
/// from states as often as misspellings do, so a word is left alone when it
/// is an English word capitalized to open a sentence, a place the gazetteer
/// knows ("Indiana", "Columbia"), a known person's name ("Cameron"), or a
/// word the document writes inside a longer name ("Frances Fitzgerald",
/// "Donna Brazile ... Brazile said").
pub(super) fn misspelt_states(ctx: &Ctx, found: &[NameMatch]) -> Vec<NameMatch> {
    let capitalized = |i: usize| {
        ctx.toks
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word && t.capitalized)
    };
    let after_initial =
        |i: usize| i >= 2 && names::is_initial(ctx.toks, i - 2, ctx.toks[i - 2].text(ctx.body));
    let in_longer_name =
        |i: usize| capitalized(i + 1) || i > 0 && capitalized(i - 1) || after_initial(i);
    let name_words: HashSet<&str> = (0..ctx.toks.len())
        .filter(|&i| capitalized(i) && in_longer_name(i))
        .map(|i| ctx.toks[i].text(ctx.body))
        .collect();
    // The names found, by start, so that whether a token is inside one is a
    // search, not a scan of them all (which made a long text quadratic).
    let mut spans: Vec<(usize, usize)> = found.iter().map(|f| (f.start, f.end)).collect();
    spans.sort_unstable();
    let longest = spans.iter().map(|&(s, e)| e - s).max().unwrap_or(0);
    let inside_a_name = |t: &Token| {
        let before_end = spans.partition_point(|&(s, _)| s < t.span.end);
        spans[..before_end]
            .iter()
            .rev()
            .take_while(|&&(s, _)| s + longest > t.span.start)
            .any(|&(_, e)| t.span.start < e)
    };
    (0..ctx.toks.len())
        .filter(|&i| capitalized(i))
        .map(|i| (&ctx.toks[i], ctx.toks[i].text(ctx.body)))
        // A shouted headline word ("INDIANA") is no typing slip.
        .filter(|(_, text)| text.chars().any(char::is_lowercase))
        .filter(|(t, _)| t.span.end - t.span.start >= crate::spelling::MIN_LEN)
        .filter(|(t, _)| !inside_a_name(t))
        .filter(|(t, text)| {
            !name_words.contains(text)
                && !names::is_common_word(&t.lower)
                && !names::is_known_place(text)
                && !ctx.kb.is_person_name(text)
        })
        .filter_map(|(t, text)| {
            let (entry, role) = ctx.kb.misspelt_state(text)?;
            Some(NameMatch {
                start: t.span.start,
                end: t.span.end,
                entry,
                role,
            })
        })
        .collect()
}

/// "The Albanians of southern Serbia", "the Kurds of northern Iraq": a people
/// named by its demonym and placed in a state is of that state, as event
/// datasets code such groups; the state only places them and is no actor of
/// its own there.
pub(super) fn peoples_of_a_state(ctx: &Ctx, cands: &mut [Candidate]) {
    for p in 0..cands.len() {
        let c = &cands[p];
        let people = c.role == Some(NameRole::Demonym)
            && c.plural
            && c.first > 0
            && ctx.lower(c.first - 1) == "the"
            && ctx.lower(c.last + 1) == "of";
        if !people {
            continue;
        }
        let mut at = c.last + 2;
        if COMPASS.contains(&ctx.lower(at)) {
            at += 1;
        }
        let Some(s) = cands.iter().position(|s| {
            s.first == at
                && s.entity
                    .as_ref()
                    .is_some_and(|e| e.kind == EntityKind::State && e.code.is_some())
        }) else {
            continue;
        };
        let state = cands[s].entity.clone().expect("checked above");
        cands[s].modifier = true;
        let c = &mut cands[p];
        let text = ctx.text(c.first, c.last).to_string();
        c.entity = Some(Entity {
            code: state.code.clone(),
            sector: Some("CVL".into()),
            text: text.clone(),
            ..Entity::named(&format!("{text} of {}", state.name), EntityKind::Generic)
        });
        c.role = None;
        c.mention_type = MentionType::ORG;
    }
}

/// The word an office is named by: the first of one with "of" in it
/// ("secretary of state"), else the last ("foreign minister").
pub(super) fn office_head<'a>(words: &[&'a str]) -> Option<&'a str> {
    if words.contains(&"of") {
        words.first().copied()
    } else {
        words.last().copied()
    }
}
