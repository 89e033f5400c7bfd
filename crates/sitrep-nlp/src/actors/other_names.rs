//! Pass 5: the names no pass above claimed, typed by [`crate::names`],
//! then read again against the persons and places the article names.

use super::*;

/// "Walpole, Mass.", "Chapel Hill, N.C.": a US state's abbreviation after a
/// place and a comma names the state, whatever an earlier pass made of its
/// letters ("N.C." an acronym's body, "Del." a person).
pub(super) fn states_after_their_towns(ctx: &Ctx, cands: &mut Vec<Candidate>) {
    let towns: Vec<usize> = cands
        .iter()
        .filter(|c| c.mention_type == MentionType::LOC)
        .map(|c| c.last)
        .collect();
    for last in towns {
        if ctx.lower(last + 1) != "," {
            continue;
        }
        let Some(first_tok) = ctx.toks.get(last + 2) else {
            continue;
        };
        let from = first_tok.span.start;
        let Some((abbreviation, state)) = names::state_abbreviation_at(ctx.body, from) else {
            continue;
        };
        let to = from + abbreviation.len();
        let Some(end_tok) = (last + 2..ctx.toks.len())
            .take_while(|&k| ctx.toks[k].span.start < to)
            .last()
            .filter(|&k| ctx.toks[k].span.end <= to)
        else {
            continue;
        };
        cands.retain(|c| c.last < last + 2 || c.first > end_tok);
        // ("Dover, Del.": the town is the state's, not England's.)
        let entity = names::place(state, abbreviation);
        if let Some(town) = cands
            .iter_mut()
            .find(|c| c.last == last)
            .and_then(|c| c.entity.as_mut())
            .filter(|e| e.kind == EntityKind::Place)
        {
            town.code = entity.as_ref().and_then(|e| e.code.clone());
        }
        cands.push(Candidate::new(last + 2, end_tok, MentionType::LOC, entity));
    }
}

/// Pass 5: names no pass above claimed, typed by [`names::find`].
pub(super) fn other_names(ctx: &Ctx, sentences: &[Span], cands: &mut Vec<Candidate>) {
    let covered: HashSet<usize> = cands.iter().flat_map(|c| c.first..=c.last).collect();
    let ranges = names::sentence_ranges(ctx.toks, sentences);
    let earlier: Vec<(usize, usize, MentionType)> = cands
        .iter()
        .filter(|c| c.pronoun.is_none())
        .filter(|c| {
            c.entity.as_ref().is_some_and(|e| {
                e.kind == EntityKind::Person && c.mention_type == MentionType::PER
                    || e.kind == EntityKind::Group && c.mention_type == MentionType::ORG
            })
        })
        .map(|c| (c.first, c.last, c.mention_type))
        .collect();
    let mut index = CandidateIndex::default();
    index.rebuild(cands);
    for n in names::find(ctx.body, ctx.toks, &ranges, &covered, &earlier) {
        let near = index.over(cands);
        // "A Houthi military spokesman, Yahya Saree, said": the name in
        // apposition takes the description's country, sector and group.
        // "Armenian foreign ministry spokeswoman Anahit Serobyan": so does a
        // name right after a description, the organ of a state included.
        let gap = usize::from(n.first >= 2 && ctx.lower(n.first - 1) == ",");
        // "Salaheddine Sidhoum, Algeria's leading human rights activist,
        // staged": so does a description in apposition after it.
        let described = description_before(&near, n.first - gap)
            .or_else(|| description_in_apposition_after(ctx, &near, n.last))
            .filter(|e| !e.anonymous && matches!(e.kind, EntityKind::Generic | EntityKind::State));
        // "the Syrian opposition leader Ahmad Jarba": a demonym shortly before.
        let country = country_before(ctx, &near, n.first);
        // "Green Bay", "Long Beach": a place its closing word typed is the
        // gazetteer's town when there is one of its name.
        let town = || {
            let text = ctx.text(n.first, n.last);
            names::place(text, text).filter(|_| n.mention_type == MentionType::LOC)
        };
        // A person's name is a person even when nobody knows who.
        let entity = n.entity.or_else(town).or_else(|| {
            (n.mention_type == MentionType::PER).then(|| {
                let text = ctx.text(n.first, n.last).to_string();
                Entity {
                    name: text.clone(),
                    code: described.and_then(|d| d.code.clone()).or(country),
                    sector: described.and_then(|d| d.sector.clone()),
                    wikidata: None,
                    text,
                    kind: EntityKind::Person,
                    office: None,
                    affiliation: described.and_then(|d| d.affiliation.clone()),
                    anonymous: false,
                    code_from_context: false,
                    several: false,
                    term: None,
                }
            })
        });
        // ("the ``American Pie'' films": the people's word read earlier is
        // the title's.)
        if n.mention_type == MentionType::MISC && n.last > n.first {
            let before = cands.len();
            cands.retain(|c| {
                !(c.mention_type == MentionType::MISC && n.first <= c.first && c.last <= n.last)
            });
            if cands.len() < before {
                index.rebuild(cands);
            }
        }
        cands.push(Candidate::new(n.first, n.last, n.mention_type, entity));
        index.add(cands, cands.len() - 1);
    }
}

/// "John Bolton ... Bolton said": a surname alone that resolved to no one is
/// the person named in full before it with that last name, known or not
/// (the knowledge base lists no surname others share as an alias). When two
/// people of that name came before ("Bill Clinton", "Hillary Clinton"), the
/// surname is left to its context.
pub(super) fn surnames_of_people_named_in_full(ctx: &Ctx, cands: &mut [Candidate]) {
    // (first token, last name, candidate) of each person named in full.
    let full: Vec<(usize, &str, usize)> = cands
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            c.last > c.first
                && c.mention_type == MentionType::PER
                && c.pronoun.is_none()
                && c.entity
                    .as_ref()
                    .is_some_and(|e| e.kind == EntityKind::Person && !e.anonymous)
        })
        .map(|(k, c)| (c.first, ctx.lower(c.last), k))
        .collect();
    let name = |k: usize| cands[k].entity.as_ref().map(|e| e.name.as_str());
    // (bare surname's candidate, the one named in full it is)
    let mut resolved: Vec<(usize, usize)> = Vec::new();
    for (k, c) in cands.iter().enumerate() {
        let bare = c.first == c.last
            && c.mention_type == MentionType::PER
            && c.entity.as_ref().is_some_and(|e| {
                e.kind == EntityKind::Person && e.name == ctx.text(c.first, c.last)
            });
        if !bare {
            continue;
        }
        let surname = ctx.lower(c.first);
        let mut same = full
            .iter()
            .filter(|(first, last, _)| *first < c.first && *last == surname)
            .map(|&(_, _, f)| f);
        let Some(one) = same.next() else { continue };
        if same.all(|f| name(f) == name(one)) {
            resolved.push((k, one));
        }
    }
    for (k, one) in resolved {
        let text = cands[k]
            .entity
            .as_ref()
            .map(|e| e.text.clone())
            .unwrap_or_default();
        cands[k].entity = cands[one].entity.clone().map(|e| Entity { text, ..e });
    }
}

/// A lone word the gazetteer knows as a town that is the name of a person
/// the article names in full: "Jackson failed sobriety tests" after "Vincent
/// Jackson", "Manning finished" after "Peyton Manning". Or one right after a
/// personal title: "Ms. Palin". Not after a word that introduces a place
/// ("in Jackson"), nor before a comma and another place ("Jackson, Miss.").
/// Read again while it finds people: a town joined by "and" to a person it
/// has just found is one too ("Stewart and Atherton put on 85", "between
/// Mitchell and Nixon").
pub(super) fn people_named_like_places(ctx: &Ctx, cands: &mut [Candidate]) {
    while people_named_like_places_once(ctx, cands) {}
}

/// One reading of [`people_named_like_places`]: whether it found a person.
pub(super) fn people_named_like_places_once(ctx: &Ctx, cands: &mut [Candidate]) -> bool {
    let mut found = false;
    let people = people_named_in_full(ctx, cands);
    let places: HashSet<usize> = cands
        .iter()
        .filter(|c| c.mention_type == MentionType::LOC)
        .map(|c| c.first)
        .collect();
    let place_follows = |k: usize| ctx.lower(k + 1) == "," && places.contains(&(k + 2));
    let persons = || cands.iter().filter(|c| c.mention_type == MentionType::PER);
    let town = TownLikeASurname {
        ctx,
        person_firsts: persons().map(|c| c.first).collect(),
        person_lasts: persons().map(|c| c.last).collect(),
    };
    for c in cands.iter_mut() {
        // (A town of the gazetteer, or a word typed a place only because
        // the same word elsewhere is one.)
        let lone_place = c.first == c.last
            && c.mention_type == MentionType::LOC
            && c.entity
                .as_ref()
                .is_none_or(|e| e.kind == EntityKind::Place);
        if !lone_place
            || c.first > 0 && names::is_place_preposition(ctx.lower(c.first - 1))
            || place_follows(c.last)
        {
            continue;
        }
        let word = ctx.toks[c.first].text(ctx.body);
        let titled = personal_title_before(ctx, c.first);
        let person = people
            .iter()
            .find(|(words, _)| words.contains(&word))
            .map(|(_, e)| Entity {
                text: word.to_string(),
                ..e.clone()
            });
        // "ATI", "UMC": a town's name written as an acronym is a body's,
        // save a city's opening a line: a dateline shouts it ("BONN
        // 1996-08-22", "GAZA").
        let dateline_city = layout::opens_a_line(ctx.body, ctx.toks[c.first].span.start)
            && names::place_population(word).is_some_and(|p| p >= names::OPENING_PLACE_POPULATION);
        if person.is_none()
            && !titled
            && names::is_acronym(word)
            && word.len() <= 4
            && !dateline_city
        {
            c.mention_type = MentionType::ORG;
            c.entity = Some(Entity::named(word, EntityKind::Group));
            c.role = None;
            continue;
        }
        if person.is_some() || titled || town.acts_as_a_person(c.first) {
            c.mention_type = MentionType::PER;
            c.entity = Some(person.unwrap_or_else(|| Entity::named(word, EntityKind::Person)));
            c.role = None;
            found = true;
        }
    }
    found
}

/// The people named by more than one word, with the capitalized words
/// after the first of each name: its surname, not its first word
/// ("Bloomington Sam's Club" read as a person would make every Bloomington
/// one).
fn people_named_in_full<'b>(ctx: &Ctx<'b>, cands: &[Candidate]) -> Vec<(Vec<&'b str>, Entity)> {
    cands
        .iter()
        .filter(|c| c.mention_type == MentionType::PER && c.last > c.first)
        .filter_map(|c| {
            let e = c.entity.as_ref().filter(|e| e.kind == EntityKind::Person)?;
            let words = (c.first + 1..=c.last)
                .map(|k| ctx.toks[k].text(ctx.body))
                .filter(|w| w.starts_with(char::is_uppercase) && w.len() > 2)
                .collect();
            Some((words, e.clone()))
        })
        .collect()
}

/// A town small enough that its name is more often a person's, read in its
/// text for a person's doings.
struct TownLikeASurname<'c, 'b> {
    ctx: &'c Ctx<'b>,
    /// The first and the last tokens of the persons' names.
    person_firsts: HashSet<usize>,
    person_lasts: HashSet<usize>,
}

impl TownLikeASurname<'_, '_> {
    /// Whether the lone place at token `k`, a small town named like a
    /// surname, acts as a person does ("Jackson failed sobriety tests",
    /// "LaSalle gunned the engine") or is joined to a person's name
    /// ("Clinton and Dole").
    fn acts_as_a_person(&self, k: usize) -> bool {
        let ctx = self.ctx;
        let word = ctx.toks[k].text(ctx.body);
        // (The word tests first: most lone places are no small town named
        // like a surname, and need no look at their context.)
        // (A word typed a place for want of anything else, with no
        // gazetteer town of its name, counts as small beside a person.)
        let population = names::place_population(word);
        if !(names::is_surname(&ctx.toks[k].lower) && population.is_none_or(|p| p < SMALL_TOWN)) {
            return false;
        }
        let joined = |a: usize| matches!(ctx.lower(a), "and" | "or");
        let with_person = k >= 2 && joined(k - 1) && self.person_lasts.contains(&(k - 2))
            || joined(k + 1) && self.person_firsts.contains(&(k + 2));
        if population.is_none() {
            return with_person;
        }
        with_person || acts(ctx, k) || read_as_a_person(ctx, k)
    }
}

/// Whether the word after token `k` is a person's doing: a verb of people,
/// a past in -ed, or an irregular past, not a form of "be", "have" or "do"
/// beyond the two in `names::is_person_verb` ("Jackson is a city").
fn acts(ctx: &Ctx, k: usize) -> bool {
    ctx.toks.get(k + 1).is_some_and(|t| {
        let w = t.lower.as_str();
        let auxiliary = t
            .lemmas
            .iter()
            .any(|l| matches!(l.as_str(), "be" | "have" | "do"));
        !t.capitalized
            && (names::is_person_verb(w)
                || w.len() > 4 && w.ends_with("ed")
                || crate::tokens::is_irregular_form(w) && !auxiliary)
    })
}

/// Whether the words around token `k` read it as a person: a speaker
/// after a quote's cue, the object of a verb done to people, a possessor
/// of a person's thing, a name with an age.
fn read_as_a_person(ctx: &Ctx, k: usize) -> bool {
    // "... says Gutin.": the speaker after a quote's cue, closing it.
    let speaker_after_a_cue = k > 0
        && matches!(ctx.lower(k - 1), "said" | "says")
        && ctx
            .toks
            .get(k + 1)
            .is_none_or(|t| matches!(t.lower.as_str(), "." | "," | ";"));
    // "police stopped Jackson", "Jackson, 24, was": the object of a
    // verb done to people, or a name with an age.
    // (Not a town's name before its noun: "told Flint residents".)
    let object_of_a_person_verb = k > 0
        && names::is_person_object_verb(ctx.lower(k - 1))
        && ctx
            .toks
            .get(k + 1)
            .is_none_or(|t| t.kind != TokenKind::Word || names::is_stopword(&t.lower));
    // "Jackson's blood-alcohol level", not "Jackson's mayor"; only a
    // common surname ("Hollywood's", "Gallup's" are of a place and a
    // body that rarer surnames share).
    let possessor_of_a_person_s_thing = ctx.is_possessive(k + 1)
        && names::surname_rank(&ctx.toks[k].lower).is_some_and(|r| r <= POSSESSOR_SURNAME_RANK)
        && ctx.toks.get(k + 2).is_some_and(|t| {
            t.kind == TokenKind::Word
                && !t.capitalized
                && !PLACE_OWNED_NOUNS.contains(t.lower.as_str())
        });
    let aged = ctx.lower(k + 1) == ","
        && ctx
            .toks
            .get(k + 2)
            .is_some_and(|t| t.kind == TokenKind::Number && t.lower.len() <= 2)
        && ctx.lower(k + 3) == ",";
    speaker_after_a_cue || object_of_a_person_verb || aged || possessor_of_a_person_s_thing
}

/// The census rank a surname needs for its possessive to make a small
/// town's name the person's.
pub(super) const POSSESSOR_SURNAME_RANK: usize = 5000;

/// Nouns a town owns (`place-owned-nouns.txt`: "Jackson's mayor").
pub(super) static PLACE_OWNED_NOUNS: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    word_set(include_str!(
        "../../../../data/lexicon/place-owned-nouns.txt"
    ))
});

/// A town of fewer people than this whose name is a census surname is read
/// as the person when it acts as one (see [`people_named_like_places`]).
pub(super) const SMALL_TOWN: u64 = 200_000;
