//! [`named_spans`]: the CoNLL view of the mentions, names only, with an
//! office's place or body and a town as its club where the context says so.

use super::*;

/// Words of sports copy that make a town its club, by role
/// (`data/lexicon/match-words.tsv`: beside, after, result, scored).
/// A word may play several roles, a row each.
pub(super) static MATCH_WORDS: LazyLock<HashSet<(&str, &str)>> = LazyLock::new(|| {
    tsv_rows(include_str!("../../../../data/lexicon/match-words.tsv"), 2)
        .map(|r| (r[0], r[1]))
        .collect()
});

/// Whether `word` plays `role` in `match-words.tsv`.
pub(super) fn match_word(word: &str, role: &str) -> bool {
    MATCH_WORDS.contains(&(word, role))
}

/// The name an office's words open with ("Philadelphia" of "Philadelphia
/// District Attorney", "Oregon State Police" of "Oregon State Police Lt"):
/// the words before the title and the words that qualify it, when they are
/// a known place or close with an organization's word.
pub(super) fn name_before_an_office(
    body: &str,
    start: usize,
    end: usize,
    kb: &KnowledgeBase,
) -> Option<(Span, MentionType)> {
    let words: Vec<(usize, &str)> = body[start..end]
        .split(' ')
        .scan(start, |at, w| {
            let here = *at;
            *at += w.len() + 1;
            Some((here, w))
        })
        .collect();
    let mut keep = words.iter().rposition(|(_, w)| {
        let lower = w.trim_end_matches('.').to_lowercase();
        !names::is_title_word(&lower) && !names::is_office_modifier(&lower)
    })?;
    // ("Iran 's supreme leader": the possessor, without its ending.)
    if keep > 0 && matches!(words[keep].1, "'s" | "’s") {
        keep -= 1;
    }
    let (at, last) = words[keep];
    // ("Iran's foreign minister": the possessor, without its ending.)
    let last = last
        .strip_suffix("'s")
        .or_else(|| last.strip_suffix("’s"))
        .unwrap_or(last);
    let name_end = at + last.len();
    let name = &body[start..name_end];
    let mention_type = office_s_place_or_body(name, kb)?;
    // ("Police Chief Scott Russell": one common noun with its capital names
    // no body; "the US president": a place's name that is a word is one.)
    if keep == 0 && mention_type != MentionType::LOC && names::is_common_word(&name.to_lowercase())
    {
        return None;
    }
    Some((Span::new(start, name_end), mention_type))
}

/// The type of the name an office is of ("Philadelphia District Attorney",
/// "president of the United States"): a people's word is MISC, a known
/// place LOC, a body by its last word ORG; else none is known.
pub(super) fn office_s_place_or_body(name: &str, kb: &KnowledgeBase) -> Option<MentionType> {
    let body_word = body_by_its_last_word(name);
    // The knowledge base's readings of the name as a whole.
    let found = kb.find_names(name);
    let whole: Vec<_> = found
        .iter()
        .filter(|n| n.start == 0 && n.end == name.len())
        .collect();
    let kind_of = |n: &NameMatch| kb.entries[n.entry].entity.kind;
    // ("the Syrian president", "Kenyan police chief": a people's word.)
    if whole.iter().any(|n| n.role == NameRole::Demonym) {
        return Some(MentionType::MISC);
    }
    // (A seat of power that is a body by its name is the body: "State
    // Department spokesman".)
    let known_place = whole.iter().any(|n| {
        matches!(kind_of(n), EntityKind::State | EntityKind::Place)
            && !(n.role == NameRole::Seat && body_word)
    }) || names::place(name, name).is_some();
    // ("Hezbollah's secretary-general", "the NATO secretary-general".)
    let known_body = whole
        .iter()
        .any(|n| matches!(kind_of(n), EntityKind::Group | EntityKind::Igo));
    if known_place {
        Some(MentionType::LOC)
    } else if body_word || known_body {
        Some(MentionType::ORG)
    } else {
        None
    }
}

/// "China's Foreign Ministry" (or, tokenized, "China 's Foreign Ministry"):
/// a name the knowledge base knows, its possessive, then capitalized words,
/// inside one capitalized run. The possessor is typed by what it names; the
/// owned name by its last word ("... Ministry": a body), by the knowledge
/// base, or as a word that names on its own ("Sandinista"); an owned name
/// none of these type is left out ("Britain's Prince": a title).
pub(super) fn possessor_and_owned(
    body: &str,
    start: usize,
    end: usize,
    kb: &KnowledgeBase,
) -> Option<Vec<(Span, MentionType)>> {
    let name = &body[start..end];
    let (cut, mark) = ["'s ", "’s "]
        .iter()
        .find_map(|m| name.find(m).map(|k| (k, m.len())))?;
    let possessor = name[..cut].trim_end();
    let owned = &name[cut + mark..];
    if possessor.is_empty() || !owned.starts_with(char::is_uppercase) {
        return None;
    }
    let type_of_known = |text: &str| {
        kb.find_names(text)
            .into_iter()
            .find(|n| n.start == 0 && n.end == text.len())
            .map(|n| match (kb.entries[n.entry].entity.kind, n.role) {
                (_, NameRole::Demonym) => MentionType::MISC,
                (EntityKind::State | EntityKind::Place, NameRole::Name) => MentionType::LOC,
                (EntityKind::Person, _) => MentionType::PER,
                _ => MentionType::ORG,
            })
    };
    let owned_type = if body_by_its_last_word(owned) {
        Some(MentionType::ORG)
    } else {
        type_of_known(owned).or_else(|| names::alone_word_type(owned))
    };
    // ("the U.S. Navy 's Fifth Fleet": a body no list knows, by its last
    // word, owns a name that is typed too.)
    let possessor_type = type_of_known(possessor).or_else(|| {
        (owned_type.is_some() && body_by_its_last_word(possessor)).then_some(MentionType::ORG)
    })?;
    let owned_start = start + cut + mark;
    let mut parts = vec![(Span::new(start, start + possessor.len()), possessor_type)];
    parts.extend(owned_type.map(|t| (Span::new(owned_start, end), t)));
    Some(parts)
}

/// The leading capitalized words of mention `m`, whose text is `text`, after
/// any lower-case ones ("the"): their start and end in the body, over the
/// particles ("of", "al", "'s") and numbers ("Windows 95") a name holds.
fn leading_capitals(m: &Mention, text: &str) -> Option<(usize, usize)> {
    let mut start = None;
    let mut end = m.span.start;
    let mut offset = m.span.start;
    for w in text.split(' ') {
        // ("Côte d'Ivoire": an elided particle before a capital.)
        // ("iPhone", "eBay": a capital second letter after a small one.)
        let capital = w.chars().next().is_some_and(char::is_uppercase)
            || w.chars().nth(1).is_some_and(char::is_uppercase)
                && w.chars().next().is_some_and(char::is_lowercase)
            || names::behind_arabic_article(w)
            || names::behind_elided_particle(w) && start.is_some();
        // ("China 's Foreign Ministry": a tokenized possessive goes on to
        // the name it owns, which `possessor_and_owned` parts.)
        let particle =
            matches!(w, "of" | "al" | "bin" | "de" | "&" | "'s" | "’s") && start.is_some();
        // ("Windows 95", "PlayStation 3": a product's or an event's
        // number is part of its name.)
        // ("Philadelphia 76ers", "49ers": a number grown into a word is
        // a name's word.)
        let number = (start.is_some()
            || m.entity
                .as_ref()
                .is_some_and(|e| e.kind == EntityKind::Group))
            && !w.is_empty()
            // ("Windows 8.1": a version's point too.)
            && w.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.')
            && w.ends_with(|c: char| c.is_ascii_alphanumeric())
            && w.starts_with(|c: char| c.is_ascii_digit())
            && (m.mention_type == MentionType::MISC
                || w.ends_with(|c: char| c.is_ascii_lowercase()));
        if capital || particle || number {
            start.get_or_insert(offset);
            if capital || number {
                end = offset + w.len();
            }
        } else if start.is_some() {
            break;
        }
        offset += w.len() + 1;
    }
    start.map(|start| (start, end))
}

/// "Department of Housing and Urban Development": where a body's second
/// field right after " and " at `e` ends: the mention that names it, a name
/// the passes read on its own, or else the capitalized field words there
/// that no pass took ("Academy of Motion Picture Arts and Sciences").
fn second_field_end(body: &str, mentions: &[Mention], e: usize) -> Option<usize> {
    let at = e + " and ".len();
    if !body[e..].starts_with(" and ") {
        return None;
    }
    let mut there = mentions.iter().filter(|o| o.span.start == at).peekable();
    if there.peek().is_some() {
        return there
            .find(|o| {
                o.antecedent.is_none()
                    && o.entity
                        .as_ref()
                        .is_none_or(|x| !matches!(x.kind, EntityKind::Place | EntityKind::State))
                    && o.span.text(body).split(' ').next().is_some_and(is_a_field)
                    // (Not a body named by a place: "Voice of America and
                    // Radio Free Europe".)
                    && !o
                        .span
                        .text(body)
                        .split([' ', '/'])
                        .any(names::is_known_place)
            })
            .map(|o| o.span.end);
    }
    // (A field after a field only: not "the University of Chicago and
    // Professor Knittel".)
    if !body[..e].rsplit(' ').next().is_some_and(is_a_field) {
        return None;
    }
    let mut end = None;
    let mut offset = at;
    for w in body[at..].split(' ') {
        let word = w.trim_end_matches([',', '.', ';', ':', ')']);
        let lower = word.to_lowercase();
        if word.is_empty()
            || !is_a_field(word)
            || names::is_stopword(&lower)
            || names::is_title_word(&lower)
        {
            break;
        }
        end = Some(offset + word.len());
        // (Punctuation after a word ends the name there.)
        if word.len() != w.len() {
            break;
        }
        offset += w.len() + 1;
    }
    end
}

/// Where a name ends, and what its end says.
struct NameEnd {
    end: usize,
    /// A known body whose name ends in its possessive ("Moody 's").
    named_so: bool,
    /// The name is the mention's text whole.
    whole: bool,
}

/// The end of a name that starts at `start`, its leading capitals ending at
/// `end` inside mention `m`: the mention's own end
/// for a name with lower-case words inside, less a possessive ending, with
/// an abbreviation's dot.
fn name_end(body: &str, m: &Mention, start: usize, end: usize, generic: bool) -> NameEnd {
    let text = m.span.text(body);
    // A name with inner lower-case words ("Islamic State of Iraq and the
    // Levant") ends where the mention does.
    let last_capital = text
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase) || names::behind_arabic_article(w));
    // "Turkey's government": the possessive ending is no part of the
    // name, save of one that ends so ("McDonald's", "Moody 's").
    // (Not before a lower-case noun, where it is a possessive: "Carter's
    // press secretary" is a person's; "Moody 's said" the agency.)
    let verb_or_no_noun_next = || {
        let next_word = body[m.span.end..].split_whitespace().next().unwrap_or("");
        !next_word.starts_with(char::is_lowercase)
            || next_word.ends_with("ed")
            || crate::tokens::is_irregular_form(next_word)
            || REPORTING_VERBS.contains(next_word)
            || matches!(
                next_word,
                "said" | "says" | "is" | "was" | "has" | "had" | "will" | "would"
            )
    };
    let named_so = m.mention_type == MentionType::ORG
        && m.entity.as_ref().is_some_and(|e| {
            e.kind == EntityKind::Group && (e.name.contains("'s") || e.name.contains("’s"))
        })
        && verb_or_no_noun_next();
    let end = if (last_capital || named_so) && !generic {
        m.span.end
    } else {
        end
    };
    let end = ["'s", "’s", "'", "’"]
        .iter()
        .find(|p| !named_so && body[start..end].ends_with(**p) && end - p.len() > start)
        .map_or(end, |p| end - p.len());
    let whole = start == m.span.start && end == m.span.end;
    // "Intel Corp.", "Martin Luther King Jr.": the abbreviation's dot
    // is part of the name.
    let end = if body[end..].starts_with('.')
        && body[start..end]
            .rsplit(' ')
            .next()
            .is_some_and(|w| NAME_ABBREVIATIONS.contains(&w))
    {
        end + 1
    } else {
        end
    };
    NameEnd {
        end,
        named_so,
        whole,
    }
}

/// Abbreviations that close a name, with their dot ("Intel Corp.").
pub(super) const NAME_ABBREVIATIONS: [&str; 10] = [
    "Inc", "Corp", "Co", "Ltd", "Cos", "Bros", "Jr", "Sr", "Blvd", "Ave",
];

/// The names in an article's actor mentions as CoNLL-style annotation
/// writes them (`sitrep actors --lines`): each mention's leading capitalized
/// words, without an office's title or a body's leading "The", a possessor
/// and what it owns apart, read on through "of" and a body's second field,
/// and typed by the mention, the knowledge base or the word alone; then the
/// towns read as clubs and players, the places naming an agreement and an
/// organization's bodies.
pub fn named_spans(
    body: &str,
    mentions: &[Mention],
    kb: &KnowledgeBase,
) -> Vec<(Span, MentionType)> {
    let mut out = Vec::new();
    // The end of the last name that took in the names after it.
    let mut taken_until = 0;
    for m in mentions.iter().filter(|m| m.antecedent.is_none()) {
        if m.span.start < taken_until {
            continue;
        }
        if let Some(end) = names_of_a_mention(body, mentions, kb, m, &mut out) {
            taken_until = end;
        }
    }
    let towns = town_starts(mentions);
    teams_named_by_their_town(body, &towns, &capital_starts(body, mentions), &mut out);
    players_named_like_towns(body, &towns, &mut out);
    places_naming_an_agreement(body, &mut out);
    an_organization_and_its_body(body, mentions, &mut out);
    out
}

/// Where a name that took in the names after it ends ("the Los Angeles
/// County Sheriff's Department"); `None` when the name took in nothing.
type TakenUntil = Option<usize>;

/// The names in mention `m`, pushed to `out`.
fn names_of_a_mention(
    body: &str,
    mentions: &[Mention],
    kb: &KnowledgeBase,
    m: &Mention,
    out: &mut Vec<(Span, MentionType)>,
) -> TakenUntil {
    let text = &body[m.span.start..m.span.end];
    // ("a group C match": a lone letter names nothing.)
    if PRONOUNS.iter().any(|p| p.word.eq_ignore_ascii_case(text)) || text.chars().count() == 1 {
        return None;
    }
    // "top of the Premier League", "Juventus lead Serie A": a name inside
    // a competition's (`competitions.txt`) is the competition's, MISC
    // whole (the title "Premier" and the letter "A" are no names).
    if let Some(c) = names::competition_around(body, m.span) {
        out.push((c, MentionType::MISC));
        return Some(c.end);
    }
    let (mut start, end) = leading_capitals(m, text)?;
    // ("told The Associated Press": a body's leading article is no part
    // of its name, as CoNLL-style annotation writes it.)
    if m.mention_type == MentionType::ORG
        && body[start..end].starts_with("The ")
        && body[start + 4..end].starts_with(char::is_uppercase)
    {
        start += 4;
    }
    // "the president of the United States", "the president of France":
    // an office the mention names in lower case; the name in it is what
    // the office is of, typed by itself.
    if m.mention_type == MentionType::PER
        && (body[m.span.start..start].ends_with("of ")
            || body[m.span.start..start].ends_with("of the "))
    {
        let name = &body[start..end];
        let mention_type = office_s_place_or_body(name, kb).unwrap_or(MentionType::ORG);
        out.push((Span::new(start, end), mention_type));
        return None;
    }
    // "King Hussein", as the knowledge base names him: the title is no
    // part of the name.
    let known_person = m
        .entity
        .as_ref()
        .is_some_and(|e| e.kind == EntityKind::Person);
    if m.mention_type == MentionType::PER && known_person {
        if let Some((first, rest)) = body[start..end].split_once(' ') {
            if names::is_title_word(&first.to_lowercase()) && rest.starts_with(char::is_uppercase) {
                start += first.len() + 1;
            }
        }
    }
    if let Some(taken) = names_of_an_office(body, kb, m, start, out) {
        return taken;
    }
    names_read_on(body, mentions, kb, m, start, end, out)
}

/// "Finance Minister", "Vice Foreign Minister": a mention from `start`
/// that ends in an office's title is an office, not a name (the actor
/// layer keeps it: "Taiwan's Vice Foreign Minister visited"). The place or
/// body that the office is of still is a name: "Philadelphia District
/// Attorney", "Oregon State Police Lt". `None` when the mention is no
/// office (a known person's name that ends so: "Hun Sen").
fn names_of_an_office(
    body: &str,
    kb: &KnowledgeBase,
    m: &Mention,
    start: usize,
    out: &mut Vec<(Span, MentionType)>,
) -> Option<TakenUntil> {
    let last_word = body[start..m.span.end].rsplit(' ').next().unwrap_or("");
    let last_lower = last_word.to_lowercase();
    let last_is_title = names::is_title_word(&last_lower);
    if !last_is_title {
        return None;
    }
    let persons_own = kb.is_person_name(&body[start..m.span.end]);
    // "the Los Angeles County Sheriff's Department": an office's
    // possessive before a body's closing word names the body whole.
    let office_s_body = {
        let rest = &body[m.span.end..];
        rest.strip_prefix("'s ")
            .or_else(|| rest.strip_prefix("’s "))
            .or_else(|| rest.strip_prefix(" 's "))
            .and_then(|after| {
                let word: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
                (word.starts_with(char::is_uppercase) && body_by_its_last_word(&word))
                    .then(|| body.len() - after.len() + word.len())
            })
    };
    if let Some(body_end) = office_s_body.filter(|_| !persons_own) {
        out.push((Span::new(start, body_end), MentionType::ORG));
        return Some(Some(body_end));
    }
    // ("Mrs. Bishop", "Mr King": after an honorific, the surname.)
    let after_honorific = is_common_titled_surname(&last_lower)
        && body[..start]
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(names::is_personal_title);
    if persons_own || surname_like_a_title(body, start, m.span.end) || after_honorific {
        return None;
    }
    if let Some(name) = name_before_an_office(body, start, m.span.end, kb) {
        out.push(name);
    }
    Some(None)
}

/// "Don King", "Billie Jean King": a given name, then a surname that is
/// also a title, from `start` to `end`. Not a place's officer: "Virginia
/// Sen.", "Orlando Mayor".
fn surname_like_a_title(body: &str, start: usize, end: usize) -> bool {
    let words: Vec<&str> = body[start..end].split(' ').collect();
    let last_word = words[words.len() - 1];
    (2..=3).contains(&words.len())
        && names::is_given_name(words[0])
        && !names::is_known_place(words[0])
        && !names::is_title_word(&words[0].to_lowercase())
        && words[1..words.len() - 1]
            .iter()
            .all(|w| names::is_given_name(w) || w.len() == 2 && w.ends_with('.'))
        && last_word.len() >= 4
        && names::is_surname(&last_word.to_lowercase())
        && !body[end..].starts_with('.')
}

/// The name of mention `m` from `start` to `end`, read on to where it ends
/// (through "of" and a body's second field), split into a possessor and
/// what it owns, or into a creed and a legislature, and typed.
fn names_read_on(
    body: &str,
    mentions: &[Mention],
    kb: &KnowledgeBase,
    m: &Mention,
    start: usize,
    end: usize,
    out: &mut Vec<(Span, MentionType)>,
) -> TakenUntil {
    let last_word = body[start..m.span.end].rsplit(' ').next().unwrap_or("");
    let generic = m
        .entity
        .as_ref()
        .is_some_and(|e| e.kind == EntityKind::Generic);
    let NameEnd {
        end,
        named_so,
        whole,
    } = name_end(body, m, start, end, generic);
    let name = &body[start..end];
    // "Iran's Foreign Ministry", "Nicaragua's Sandinista government": a
    // possessor's name and the name it owns are two names.
    if let Some(parts) = possessor_and_owned(body, start, end, kb) {
        out.extend(parts);
        return None;
    }
    let legislature = is_a_legislature(m, name);
    if let Some(parts) = creed_and_legislature(kb, name, start, legislature) {
        out.extend(parts);
        return None;
    }
    let mention_type = name_type(body, kb, m, start, name, whole, generic)?;
    let read = ReadName {
        start,
        end,
        whole,
        generic,
        named_so,
        mention_type,
        last_word,
    };
    if let Some(through_end) = body_name_end(body, mentions, kb, &read) {
        out.push((Span::new(start, through_end), MentionType::ORG));
        return Some(through_end);
    }
    let body_of_fields = mention_type == MentionType::ORG
        && body[start..end].contains(" of ")
        && !club_or_firm(kb, name);
    if let Some(field_end) = body_of_fields
        .then(|| second_field_end(body, mentions, end))
        .flatten()
    {
        out.push((Span::new(start, field_end), MentionType::ORG));
        return Some(field_end);
    }
    out.push((Span::new(start, end), mention_type));
    None
}

/// "Republican Senate leader Trent Lott": a party's word before a
/// legislature's one word is a name of its own (MISC), and the legislature
/// another (ORG). (Not a party's own name: "Democratic Party", "Republican
/// National Committee".)
fn creed_and_legislature(
    kb: &KnowledgeBase,
    name: &str,
    start: usize,
    legislature: bool,
) -> Option<[(Span, MentionType); 2]> {
    let (creed, rest) = name.split_once(' ').filter(|(creed, rest)| {
        legislature
            && !rest.contains(' ')
            && !kb
                .find_names(name)
                .iter()
                .any(|n| n.start == 0 && n.end == name.len())
            && names::alone_word_type(creed) == Some(MentionType::MISC)
    })?;
    let body_start = start + creed.len() + 1;
    Some([
        (Span::new(start, start + creed.len()), MentionType::MISC),
        (
            Span::new(body_start, body_start + rest.len()),
            MentionType::ORG,
        ),
    ])
}

/// Whether mention `m`, named `name`, is a legislature's ("Congress passed
/// the bill": a legislature is a name where a sentence's capital opens it
/// too; not its members, "Lawmakers said").
fn is_a_legislature(m: &Mention, name: &str) -> bool {
    body_by_its_last_word(name)
        && m.entity
            .as_ref()
            .is_some_and(|e| e.sector.as_deref() == Some("LEG"))
}

/// The type of `name`, the name of mention `m` that opens at `start` (the
/// mention's text `whole`, or a part of it; `generic`: the mention is a
/// description's), as the knowledge base reads it whole or the mention was
/// typed; `None` where it names nothing ("Police in Belgium arrested", "the
/// regime's forces").
fn name_type(
    body: &str,
    kb: &KnowledgeBase,
    m: &Mention,
    start: usize,
    name: &str,
    whole: bool,
    generic: bool,
) -> Option<MentionType> {
    let legislature = is_a_legislature(m, name);
    // The knowledge base's readings of the name as a whole.
    let found = kb.find_names(name);
    let mut readings = found.iter().filter(|n| n.start == 0 && n.end == name.len());
    let demonym = readings.clone().any(|n| n.role == NameRole::Demonym);
    // "State Department spokesman Nicholas Burns": a seat of power that
    // is a body by its name.
    let seat_body =
        readings.clone().any(|n| n.role == NameRole::Seat) && body_by_its_last_word(name);
    // "Police in Belgium arrested": a description's one common word,
    // capitalized for opening the sentence, that the knowledge base
    // does not name.
    let description = m
        .entity
        .as_ref()
        .is_some_and(|e| matches!(e.kind, EntityKind::Generic | EntityKind::State));
    let opens_sentence = body[..start]
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | ':' | '"' | '“' | '\u{2029}'))
        || layout::opens_a_line(body, start);
    // ("the Government of Kenya" goes on through "of": see below.)
    let of_follows = body[start + name.len()..].starts_with(" of ");
    if description
        && opens_sentence
        && !of_follows
        && !legislature
        && !name.contains(' ')
        && names::is_common_word(&name.to_lowercase())
        && readings.clone().next().is_none()
    {
        return None;
    }
    let mention_type = if demonym {
        MentionType::MISC
    } else if seat_body {
        MentionType::ORG
    } else if whole && !generic {
        m.mention_type
    } else {
        // "U.S. officials", "Taiwan police": the name of a state, a place
        // or a body that a description opens with. A seat of power that is
        // no town is a body ("White House officials", "State Department
        // employees").
        let mut known = || {
            readings
                .next()
                .map(|n| match kb.entries[n.entry].entity.kind {
                    EntityKind::State | EntityKind::Place
                        if n.role == NameRole::Seat && names::place(name, name).is_none() =>
                    {
                        MentionType::ORG
                    }
                    EntityKind::State | EntityKind::Place => MentionType::LOC,
                    EntityKind::Person => MentionType::PER,
                    _ => MentionType::ORG,
                })
        };
        match m.entity.as_ref().map(|e| e.kind) {
            // "the Asad regime": the leader's name, not the state's.
            _ if kb.is_person_name(name) => MentionType::PER,
            Some(EntityKind::State | EntityKind::Place) => MentionType::LOC,
            // ("Kurdish positions", "Sunni tribes": a people's word.)
            _ if generic => match known().or_else(|| names::alone_word_type(name)) {
                Some(t) => t,
                // "told Parliament", "Congress passed": a legislature
                // named by its capitalized word alone is a body's name.
                None if !name.contains(' ') && legislature => MentionType::ORG,
                // "the importance of Coalition efforts": a body's head
                // (`purpose-heads.txt`) capitalized inside a sentence is
                // the body's name.
                // (Not after another name: "the Trump Organization" is
                // no "Organization".)
                None if !opens_sentence
                    && names::is_purpose_head(name)
                    && !body[..start]
                        .trim_end()
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| w.starts_with(char::is_uppercase)) =>
                {
                    MentionType::ORG
                }
                // "the Coalition for Unity and Democracy", "Forces for
                // Freedom and Change": a description's capitalized head
                // with its purpose after it is a body's name, read on
                // through the purpose below.
                None if names::is_purpose_head(name)
                    && purpose_after(body, start + name.len()).is_some() =>
                {
                    MentionType::ORG
                }
                // "the Ministry of Finance": a body's capitalized noun
                // before "of" and a name is the body's name, read on
                // through "of" below.
                None if of_follows
                    && body_by_its_last_word(name)
                    && capitalized_after_of(body, start + name.len()).is_some() =>
                {
                    MentionType::ORG
                }
                // "The Navy confiscated", "said the Army would": an armed
                // service's capitalized word after "the", inside a sentence,
                // is its name.
                None if !opens_sentence
                    && !name.contains(' ')
                    && m.entity
                        .as_ref()
                        .is_some_and(|e| e.sector.as_deref() == Some("MIL"))
                    && body[..start]
                        .trim_end()
                        .rsplit([' ', '\u{2029}', '\n'])
                        .next()
                        .is_some_and(|w| w.eq_ignore_ascii_case("the")) =>
                {
                    MentionType::ORG
                }
                None => return None, // "the regime's forces": no name inside
            },
            _ => m.mention_type,
        }
    };
    Some(mention_type)
}

/// A name as the CoNLL view has read it so far: its span, how it was typed,
/// and what its end says.
struct ReadName<'a> {
    start: usize,
    end: usize,
    /// The name is its mention's text whole.
    whole: bool,
    /// Its mention is a description's.
    generic: bool,
    /// A known body whose name ends in its possessive ("Moody 's").
    named_so: bool,
    mention_type: MentionType,
    /// The last word of its mention's text.
    last_word: &'a str,
}

/// Where a body's name that goes on past `n.end` ends: through "of" and the
/// name after it, a body's name after a possessive ending, or a purpose
/// after its head, and a second field after that.
fn body_name_end(
    body: &str,
    mentions: &[Mention],
    kb: &KnowledgeBase,
    n: &ReadName,
) -> Option<usize> {
    let ReadName {
        start,
        end,
        whole,
        generic,
        named_so,
        mention_type,
        last_word,
    } = *n;
    let name = &body[start..end];
    // "Government of Iraq", "Ministry of Defence of Ukraine": a capitalized
    // name goes on through "of" and the name after it.
    let rest = &body[end..];
    let of_len = [" of the ", " of "]
        .iter()
        .find(|p| rest.starts_with(**p))
        .map(|p| p.len());
    // A person's name stops there: "Jim Courier of the U.S."; and so does
    // a body's before a person: "the Social Democrats of Oskar Lafontaine".
    // So does a club's or a firm's the knowledge base names, whose "of"
    // says where it is from: "Juventus of Italy", "Daewoo of South Korea".
    let club_or_firm = club_or_firm(kb, name);
    let through = of_len
        .filter(|_| whole && mention_type != MentionType::PER && !club_or_firm)
        .and_then(|n| {
            mentions
                .iter()
                .find(|o| o.span.start == end + n && o.antecedent.is_none())
                .filter(|o| {
                    let text = o.span.text(body);
                    let a_persons_full_name = o.mention_type == MentionType::PER
                        && text.split_once(' ').is_some_and(|(given, _)| {
                            names::is_given_name(given.split('-').next().unwrap_or(given))
                        });
                    text.starts_with(char::is_uppercase) && !a_persons_full_name
                })
        });
    // "Moody 's Investors Service": a name that ends in its possessive
    // goes on through a body's name right after it.
    let through = through.or_else(|| {
        (named_so && body[end..].starts_with(' ')).then(|| {
            mentions.iter().find(|o| {
                o.span.start == end + 1
                    && o.antecedent.is_none()
                    && o.mention_type == MentionType::ORG
            })
        })?
    });
    // ("Ministry of Finance officials": the name after "of" that no
    // mention holds, for a description's body.)
    let through_end = through.map(|o| o.span.end).or_else(|| {
        of_len
            .filter(|_| generic && mention_type == MentionType::ORG && body_by_its_last_word(name))
            .and_then(|n| capitalized_after_of(body, end).map(|len| end + n + len))
    });
    // "the National Council for the Defence of Democracy": a body's
    // purpose after its head (`purpose-heads.txt`), which the
    // description pass took alone.
    let through_end = through_end.or_else(|| {
        (mention_type == MentionType::ORG && names::is_purpose_head(last_word))
            .then(|| purpose_after(body, end))
            .flatten()
    });
    through_end.map(|e| second_field_end(body, mentions, e).unwrap_or(e))
}

/// A club or a firm the knowledge base names `name` whole, whose "of" says
/// where it is from: "Juventus of Italy", "Daewoo of South Korea".
fn club_or_firm(kb: &KnowledgeBase, name: &str) -> bool {
    kb.find_names(name).iter().any(|n| {
        let e = &kb.entries[n.entry].entity;
        n.start == 0
            && n.end == name.len()
            && e.kind == EntityKind::Group
            && matches!(e.sector.as_deref(), None | Some("BUS"))
    })
}

/// "the EU Naval Force", "the NATO Response Force": an international
/// organization's name right before a body of its that the knowledge base
/// lacks (`bodies_of_an_international_organization`) is part of that body's
/// name, one ORG as CoNLL-style annotation writes it.
pub(super) fn an_organization_and_its_body(
    body: &str,
    mentions: &[Mention],
    out: &mut Vec<(Span, MentionType)>,
) {
    // (The layer is ordered by start: a binary search, not a scan per name.)
    let entity_at = |sp: Span| {
        let from = mentions.partition_point(|m| m.span.start < sp.start);
        mentions[from..]
            .iter()
            .take_while(|m| m.span.start == sp.start)
            .find(|m| m.span == sp)
            .and_then(|m| m.entity.as_ref())
    };
    let mut k = 0;
    while k + 1 < out.len() {
        let ((a, ta), (b, tb)) = (out[k], out[k + 1]);
        let owned = match (entity_at(a), entity_at(b)) {
            (Some(igo), Some(owned)) => {
                igo.kind == EntityKind::Igo
                    && owned.affiliation.as_deref() == Some(igo.name.as_str())
            }
            _ => false,
        };
        if owned
            && ta == MentionType::ORG
            && tb == MentionType::ORG
            && b.start == a.end + 1
            && &body[a.end..b.start] == " "
        {
            out[k] = (Span::new(a.start, b.end), MentionType::ORG);
            out.remove(k + 1);
        }
        k += 1;
    }
}

/// The end of a body's purpose after its head, which ends at byte `end`:
/// " for " or " for the ", then capitalized words, joined by "of", "and"
/// or "the" ("... for the Defence of Democracy", "... for Peace and
/// Justice"); none if no capitalized word follows.
pub(super) fn purpose_after(body: &str, end: usize) -> Option<usize> {
    let rest = body[end..]
        .strip_prefix(" for the ")
        .or_else(|| body[end..].strip_prefix(" for "))?;
    let mut at = body.len() - rest.len();
    let mut last_end = None;
    let mut pending_join = false;
    for w in rest.split(' ') {
        // (Punctuation or a possessive after a word ends the name there:
        // "... Preservation's list".)
        let word = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        let word = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("’s"))
            .unwrap_or(word);
        if word.starts_with(char::is_uppercase) && !names::is_stopword(&word.to_lowercase()) {
            last_end = Some(at + word.len());
            pending_join = false;
            if word.len() != w.len() {
                break;
            }
        } else if matches!(word, "of" | "and" | "the") && last_end.is_some() && !pending_join {
            pending_join = word != "the";
        } else if word == "the" && pending_join {
            // "of the": the article after a joining word.
        } else {
            break;
        }
        at += w.len() + 1;
    }
    last_end
}

/// Whether a capitalized word can name a body's field ("Industry", "Urban"):
/// a word of prose, no place and no given name.
pub(super) fn is_a_field(word: &str) -> bool {
    let lower = word.to_lowercase();
    word.starts_with(char::is_uppercase)
        && (names::is_common_word(&lower)
            || names::is_prose_form(&lower)
                && !names::is_known_place(word)
                && !names::is_given_name(word))
}

/// The length of the capitalized words right after " of " (or " of the ")
/// at byte `end`, none of them a stopword: "Finance" of "Ministry of
/// Finance officials".
pub(super) fn capitalized_after_of(body: &str, end: usize) -> Option<usize> {
    let rest = body[end..]
        .strip_prefix(" of the ")
        .or_else(|| body[end..].strip_prefix(" of "))?;
    let mut len = 0;
    let mut words = rest.split(' ').peekable();
    while let Some(w) = words.next() {
        let word = w.trim_end_matches([',', '.', ';', ':']);
        // "Ministry of Trade and Industry", "Department of Housing and Urban
        // Development": fields joined by "and", the next a capitalized word
        // that is no place and no given name, nor a name the text writes
        // only capitalized (not "the Bank of England and Barclays").
        let field_after_and = word == "and"
            && len > 0
            && words
                .peek()
                .is_some_and(|next| is_a_field(next.trim_end_matches([',', '.', ';', ':'])));
        if !field_after_and
            && (!word.starts_with(char::is_uppercase) || names::is_stopword(&word.to_lowercase()))
        {
            break;
        }
        len += word.len() + usize::from(len > 0);
        // (Punctuation after a word ends the name there.)
        if word.len() != w.len() {
            break;
        }
    }
    (len > 0).then_some(len)
}

/// "the Maastricht treaty", "the Oslo accords": a place that names an
/// agreement is part of the agreement's name, which CoNLL types MISC.
pub(super) fn places_naming_an_agreement(body: &str, out: &mut [(Span, MentionType)]) {
    for (s, t) in out.iter_mut() {
        // ("the Dayton peace agreement": "peace" may come between.)
        let mut words = body[s.end..]
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty());
        let next = match words.next() {
            Some("peace" | "trade" | "arms") => words.next(),
            w => w,
        }
        .unwrap_or("");
        // (A town's name only: "Iran nuclear agreement" keeps the state.)
        if *t == MentionType::LOC
            && AGREEMENT_WORDS.contains(&next)
            && names::place_population(s.text(body)).is_some()
        {
            *t = MentionType::MISC;
        }
    }
}

/// Lower-case words for an agreement that a place before them names.
pub(super) const AGREEMENT_WORDS: [&str; 10] = [
    "treaty",
    "criteria",
    "accord",
    "accords",
    "agreement",
    "agreements",
    "pact",
    "pacts",
    "protocol",
    "declaration",
];
