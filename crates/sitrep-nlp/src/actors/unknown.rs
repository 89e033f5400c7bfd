//! Pass 4, second half: capitalized names the knowledge base lacks, typed
//! by a title before them, an organization word at their end, or the way
//! they report ("Microsoft says it").

use super::*;

pub(super) static ORG_SUFFIXES: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/org-suffixes.txt")));
/// Whether an office with "of" in it (`offices.txt`: "secretary of state")
/// opens at token `k`. ("Governor of Alaska", "CEO of Take-Two": a title
/// before "of" is an office of what follows, not a title before a name.)
pub(super) fn office_of_at(ctx: &Ctx, k: usize) -> bool {
    OFFICES.iter().any(|o| {
        o.get(1) == Some(&"of") && o.iter().enumerate().all(|(j, w)| ctx.lower(k + j) == *w)
    })
}

/// Reporting verbs that are also common nouns ("attacks", "points"): their
/// -s form after a capitalized word is the noun ("the November attacks").
pub(super) static NOUN_CUES: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    tsv_rows(include_str!("../../../../data/lexicon/cues.tsv"), 4)
        .filter(|r| matches!(r[3], "noun" | "thing"))
        .map(|r| r[0])
        .collect()
});
/// Capitalized words that open sentences without naming anyone.
pub(super) const NOT_NAMES: [&str; 32] = [
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "there",
    "the",
    "a",
    "an",
    "his",
    "her",
    "its",
    "their",
    "our",
    "who",
    "what",
    "some",
    "many",
    "nobody",
    "somebody",
    "anybody",
    "everybody",
    "someone",
    "anyone",
    "everyone",
    "none",
];

/// Capitalized names the knowledge base lacks, typed by a title before them or
/// an organization word at their end. Unresolved: their entity is `None`
/// unless a possessive country gives one.
///
/// One left-to-right scan over runs of capitalized words. Each run is read
/// by the first of these that takes it: a body's word the knowledge base
/// knows closing it ("Royal Navy"), a state or place before a closing word
/// ("British Airways"), a town that is a given name before a surname
/// ("Austin Rivers"); else `type_by_title_or_report` reads it as a known
/// person's lone surname, or types it by its title, its closing word or the
/// way it reports, or leaves it.
pub(super) fn unknown_names(ctx: &Ctx, cands: &mut Vec<Candidate>, date: Date) {
    let mut scan = Scan {
        ctx,
        covered: cands.iter().flat_map(|c| c.first..=c.last).collect(),
        named: Vec::new(),
    };
    // The place after "of" that follows a person's name ("Texas" of "Ted
    // Cruz of Texas"), left to the names pass, which reads it as the place,
    // not as someone who "said".
    let mut after_of_until = 0;
    let mut i = 0;
    while i < ctx.toks.len() {
        if i < after_of_until || !scan.cap(i) {
            i += 1;
            continue;
        }
        if let Some(next) = scan.past_an_opener(i) {
            i = next;
            continue;
        }
        let (end, place_after_of_end) = scan.run_end(i);
        if let Some(e) = place_after_of_end {
            after_of_until = e + 1;
        }
        if let Some(next) = body_closed_by_a_known_word(&scan, cands, i, end) {
            i = next;
            continue;
        }
        let end = end_at_a_shouted_event_word(&scan, i, end);
        i = named_with_the_place_before(&scan, cands, i, end)
            .or_else(|| given_name_of_a_town(&mut scan, cands, i, end))
            .unwrap_or_else(|| type_by_title_or_report(&mut scan, cands, i, end, date));
    }
}

/// What the scan for unknown names reads and carries from run to run.
struct Scan<'c, 'a> {
    ctx: &'c Ctx<'a>,
    /// The tokens the knowledge base's mentions cover (as the scan began).
    covered: HashSet<usize>,
    /// (last name, entity) of the people found so far, for later
    /// surname-only references.
    named: Vec<(String, Entity)>,
}

impl Scan<'_, '_> {
    /// A capitalized word of a name no mention covers, outside a sport's label.
    fn cap(&self, k: usize) -> bool {
        let ctx = self.ctx;
        ctx.toks.get(k).is_some_and(|t| {
            names::is_name_cased(t, t.text(ctx.body))
                && !self.covered.contains(&k)
                && !layout::in_a_sport_label(ctx.body, t.span.start, t.span.end)
        })
    }

    /// Whether token `k` is on the line of token `from`: a name never runs
    /// over a line break ("Iran Talks" heading a paragraph that opens "He
    /// said").
    fn on_the_line(&self, from: usize, k: usize) -> bool {
        let (body, toks) = (self.ctx.body, self.ctx.toks);
        toks.get(k)
            .is_some_and(|t| !body[toks[from].span.end..t.span.start].contains('\n'))
    }

    fn honorific_before(&self, k: usize) -> bool {
        personal_title_before(self.ctx, k)
    }

    /// ("Mr. King", "Mrs. Bishop": after an honorific a title's word that
    /// is a census surname is the surname; not "Mr. President".)
    fn after_honorific(&self, k: usize) -> bool {
        is_common_titled_surname(&self.ctx.toks[k].lower) && self.honorific_before(k)
    }

    /// The token to go on from when the capitalized word at `i` opens no
    /// name: "But Anas says", "Yesterday Kamal said" (a common word opening
    /// a sentence is capitalized for that alone; the name starts after it;
    /// "De Klerk said": a name's particle opens it), "On Monday Republicans
    /// praised" (a day or a month).
    fn past_an_opener(&self, i: usize) -> Option<usize> {
        let (ctx, toks) = (self.ctx, self.ctx.toks);
        if ctx.starts_sentence(i)
            && (names::is_common_word(&toks[i].lower)
                || ctx.lower(i + 1) == "of" && names::is_common_plural(&toks[i].lower))
            && !names::is_particle(&toks[i].lower)
            && (self.cap(i + 1) || ctx.lower(i + 1) == "of" && self.cap(i + 2))
        {
            // ("Shares of Apple Computer Inc": the particle goes too.)
            return Some(if self.cap(i + 1) { i + 1 } else { i + 2 });
        }
        (names::never_a_name(toks[i].text(ctx.body)) && self.cap(i + 1)).then_some(i + 1)
    }

    /// Where the run of capitalized words opening at `i` ends, with its
    /// initials and particles ("Stephen J. Townsend", "Bank of England");
    /// and, when a person's name there is followed by "of" and a place
    /// ("Ted Cruz of Texas"), the place's last token.
    fn run_end(&self, i: usize) -> (usize, Option<usize>) {
        let (ctx, toks) = (self.ctx, self.ctx.toks);
        let cap = |k: usize| self.cap(k);
        // ("Senate Minority Whip Richard J. Durbin of Illinois": the name
        // opens after the titles of the capitalized run.)
        let mut name_start = i;
        let mut k = i;
        while cap(k) && (k == i || self.on_the_line(k - 1, k)) {
            if self.after_honorific(k) {
                break;
            } else if NAME_TITLES.contains(toks[k].text(ctx.body).trim_end_matches('.')) {
                name_start = k + 1;
            } else if names::is_given_name(toks[k].text(ctx.body)) {
                // ("Peter T. King": a title after a given name is a surname.)
                break;
            }
            k += if names::is_initial(toks, k, toks[k].text(ctx.body)) {
                2
            } else {
                1
            };
        }
        let name_start = name_start.min(toks.len() - 1);
        // ("Erik Zabel of Team Telekom": a given name and a surname stop at
        // "of"; "Bank of England" goes on.)
        // ("Mr. Altman of Evercore": so does a name after an honorific.)
        let a_person_s_name_before_of = |end: usize| {
            ctx.lower(end + 1) == "of"
                && (end > name_start && names::is_given_name(toks[name_start].text(ctx.body))
                    || self.honorific_before(name_start))
                && (i..=end).all(|k| names::closing_word_type(toks[k].text(ctx.body)).is_none())
        };
        let mut end = i;
        while cap(end + 1) && self.on_the_line(end, end + 1)
            || names::is_initial(toks, end, toks[end].text(ctx.body))
                && cap(end + 2)
                && self.on_the_line(end, end + 2)
            || (toks
                .get(end + 1)
                .is_some_and(|t| names::is_particle(t.text(ctx.body)))
                && cap(end + 2)
                && self.on_the_line(end, end + 2)
                && !a_person_s_name_before_of(end))
        {
            end += if cap(end + 1) { 1 } else { 2 };
            // (an initial's dot is the second token: "Stephen J. Townsend")
        }
        let mut place_after_of = None;
        if cap(end + 2) && a_person_s_name_before_of(end) {
            let mut place_end = end + 2;
            while cap(place_end + 1) {
                place_end += 1;
            }
            if names::place_population(ctx.text(end + 2, place_end)).is_some() {
                place_after_of = Some(place_end);
            }
        }
        (end, place_after_of)
    }
}

/// "Royal Navy", "Syrian Computer Society": capitalized words before a
/// capitalized description word the knowledge base knows ("Navy") name one
/// body with it. Returns the token to go on from, if it named one.
fn body_closed_by_a_known_word(
    scan: &Scan,
    cands: &mut Vec<Candidate>,
    i: usize,
    end: usize,
) -> Option<usize> {
    let (ctx, toks) = (scan.ctx, scan.ctx.toks);
    // (The word tests come first: they rule out most runs without a scan
    // of the candidates.)
    // (On the same line: "THE WHITE HOUSE" over "Office of the Press
    // Secretary" is no "White House Office".)
    let org_word_next = scan.covered.contains(&(end + 1))
        && toks[end + 1].capitalized
        && body_by_its_last_word(toks[end + 1].text(ctx.body))
        && !layout::breaks_a_line(ctx.body, toks[end].span.end, toks[end + 1].span.start);
    if !org_word_next {
        return None;
    }
    // A sentence-opening common word is not one of those words: "The
    // Navy", "Yesterday Navy ships" name no body.
    let mut first =
        (i..=end).find(|&f| !(ctx.starts_sentence(f) && names::is_common_word(&toks[f].lower)))?;
    let k = cands.iter().position(|c| {
        c.first == end + 1
            && c.last == end + 1
            && c.entity
                .as_ref()
                .is_some_and(|e| e.kind == EntityKind::Generic)
    })?;
    let generic = cands.remove(k);
    // "Syrian Electronic Army": a demonym or state right before is part of
    // the body's name, but not of a state organ's named by its function
    // ("Chinese Foreign Ministry": the ministry is China's, and its name is
    // "Foreign Ministry").
    let organ = names::closing_word_type(toks[end + 1].text(ctx.body)) != Some(MentionType::ORG);
    let mut state = None;
    if let Some(d) = cands.iter().position(|c| {
        c.last + 1 == first
            && toks[c.first].capitalized
            && c.entity
                .as_ref()
                .is_some_and(|e| e.kind == EntityKind::State)
    }) {
        if organ {
            state = cands[d].entity.as_ref().and_then(|e| e.code.clone());
        } else {
            first = cands[d].first;
            state = cands.remove(d).entity.and_then(|e| e.code);
        }
    }
    let text = ctx.text(first, end + 1).to_string();
    // ("Eurasia Group", "Kestrel Analytics Organization": the bare heads
    // whose sector is only for linking back, "the group said", say nothing
    // of what a body named with them does.)
    let bare_head = matches!(
        toks[end + 1].lower.as_str(),
        "group" | "organization" | "organisation"
    );
    let entity = generic.entity.map(|e| Entity {
        name: text.clone(),
        text,
        kind: EntityKind::Group,
        code: e
            .code
            .or(state)
            .or_else(|| country_before(ctx, &cands[..], first)),
        sector: e.sector.filter(|_| !bare_head),
        ..e
    });
    cands.push(Candidate::new(first, end + 1, MentionType::ORG, entity));
    Some(end + 2)
}

/// "AUSTRALIAN OPEN WITH BACK INJURY": in a shouted line, an event's word
/// right after a state's demonym closes that name there: the run's end,
/// so read.
fn end_at_a_shouted_event_word(scan: &Scan, i: usize, end: usize) -> usize {
    let (ctx, toks) = (scan.ctx, scan.ctx.toks);
    if end > i
        && i > 0
        && scan.covered.contains(&(i - 1))
        && names::is_shouted(toks[i].text(ctx.body))
        && names::closing_word_type(toks[i].text(ctx.body)) == Some(MentionType::MISC)
    {
        i
    } else {
        end
    }
}

/// "British Airways", "London Stock Exchange": a state, demonym or place
/// just before a run that an organization's word closes names the
/// organization with it; "Indian Ocean", "American Boulevard": a place's
/// word after a demonym names the place with it. Returns the token to go
/// on from, if it named one.
fn named_with_the_place_before(
    scan: &Scan,
    cands: &mut Vec<Candidate>,
    i: usize,
    end: usize,
) -> Option<usize> {
    let (ctx, toks) = (scan.ctx, scan.ctx.toks);
    let closing = names::closing_word_type(toks[end].text(ctx.body));
    let closes_org = closes_a_body(ctx, end);
    let named_body = closes_org || matches!(closing, Some(MentionType::MISC | MentionType::LOC));
    if !(named_body && i > 0 && scan.covered.contains(&(i - 1))) {
        return None;
    }
    // (On the same line, as above.)
    let same_line = !layout::breaks_a_line(ctx.body, toks[i - 1].span.end, toks[i].span.start);
    let k = cands.iter().position(|c| {
        c.last + 1 == i
            && same_line
            && toks[c.first].capitalized
            && c.entity
                .as_ref()
                .is_some_and(|e| matches!(e.kind, EntityKind::State | EntityKind::Place))
    })?;
    let mention_type = if closes_org {
        MentionType::ORG
    } else {
        closing.unwrap_or(MentionType::MISC)
    };
    let place = cands.remove(k);
    // ("Indian Ocean" is a place, "British Airways" a body.)
    let kind = if mention_type == MentionType::LOC {
        EntityKind::Place
    } else {
        EntityKind::Group
    };
    let entity = Entity {
        code: place.entity.and_then(|e| e.code),
        ..Entity::named(ctx.text(place.first, end), kind)
    };
    cands.push(Candidate::new(place.first, end, mention_type, Some(entity)));
    Some(end + 1)
}

/// "... Council", "... Times": whether the word at `end` names an
/// organization by closing its name.
fn closes_a_body(ctx: &Ctx, end: usize) -> bool {
    let word = ctx.toks[end].text(ctx.body);
    ORG_SUFFIXES.contains(word) || names::closing_word_type(word) == Some(MentionType::ORG)
}

/// "Tyler Hansbrough", "Austin Rivers": a town that is a given name, right
/// before a surname, is the person's given name. Returns the token to go on
/// from, if it named one.
fn given_name_of_a_town(
    scan: &mut Scan,
    cands: &mut Vec<Candidate>,
    i: usize,
    end: usize,
) -> Option<usize> {
    let (ctx, toks) = (scan.ctx, scan.ctx.toks);
    if !(i > 0 && names::is_given_name(toks[i - 1].text(ctx.body)))
        || names::closing_word_type(toks[end].text(ctx.body)).is_some()
    {
        return None;
    }
    let k = cands.iter().position(|c| {
        c.first == i - 1
            && c.last == i - 1
            && c.entity
                .as_ref()
                .is_some_and(|e| e.kind == EntityKind::Place)
    })?;
    let first = cands.remove(k).first;
    let entity = Entity::named(ctx.text(first, end), EntityKind::Person);
    scan.named.push((toks[end].lower.clone(), entity.clone()));
    cands.push(Candidate::new(first, end, MentionType::PER, Some(entity)));
    Some(end + 1)
}

/// The run `i..=end` that no other reading took: a known person's lone
/// surname, a person or body by a title before it, an organization's word
/// closing it, or the way it reports ("Pat Caddell said", "Microsoft says
/// it"); else nothing. Returns the token to go on from.
fn type_by_title_or_report(
    scan: &mut Scan,
    cands: &mut Vec<Candidate>,
    i: usize,
    end: usize,
    date: Date,
) -> usize {
    let (ctx, toks) = (scan.ctx, scan.ctx.toks);
    // "Republicans praised", "Christian portrayed by": a word that names
    // a creed or a party on its own is typed by the names pass.
    if end == i && names::alone_word_type(toks[i].text(ctx.body)).is_some() {
        return i + 1;
    }
    if end == i && a_known_person_s_surname(ctx, i) {
        let entity = Entity::named(ctx.text(i, i), EntityKind::Person);
        cands.push(Candidate::new(i, i, MentionType::PER, Some(entity)));
        return i + 1;
    }
    let at_start = ctx.starts_sentence(i);
    // Title words inside the run ("Prime Minister Ehud Barak"): the name follows the last.
    let inner_title = (i..end).rev().find(|&k| {
        !scan.after_honorific(k)
            && NAME_TITLES.contains(toks[k].text(ctx.body).trim_end_matches('.'))
            && (ctx.lower(k + 1) != "of" || office_of_at(ctx, k))
    });
    let titled = inner_title.is_some()
        || i > 0 && NAME_TITLES.contains(toks[i - 1].text(ctx.body).trim_end_matches('.'))
        || scan.honorific_before(i) && !names::is_title_word(&toks[i].lower)
        || scan.after_honorific(i);
    let long_enough = end > i || titled;
    let reports = reports_after(scan, i, end, at_start);
    // "Caddell" after "Pat Caddell": the same person.
    if end == i {
        if let Some((_, e)) = scan.named.iter().find(|(last, _)| *last == toks[i].lower) {
            let entity = Entity {
                text: ctx.text(i, i).to_string(),
                ..e.clone()
            };
            cands.push(Candidate::new(i, i, MentionType::PER, Some(entity)));
            return i + 1;
        }
    }
    let org = names_a_body(ctx, i, end, reports, titled);
    if (long_enough && (titled || org) || reports) && !(at_start && end == i && !reports) {
        push_name(scan, cands, i, end, org, inner_title, date);
    }
    end + 1
}

/// "Clinton signed": a lone word at `i` that is a known person's surname.
/// ("last May", "on May 29": a month, whoever else is called so.) ("Bolton
/// 2 Norwich 2": a town in a results row is its club; "Ashton, Md.": a town
/// before its state is the town.)
fn a_known_person_s_surname(ctx: &Ctx, i: usize) -> bool {
    let toks = ctx.toks;
    let town_by_its_place = || {
        names::place_population(toks[i].text(ctx.body)).is_some()
            && (layout::in_a_results_row(ctx.body, toks[i].span.start, toks[i].span.end)
                || ctx.lower(i + 1) == ","
                    && toks.get(i + 2).is_some_and(|t| {
                        names::state_abbreviation_at(ctx.body, t.span.start).is_some()
                    }))
    };
    ctx.kb.is_person_name(toks[i].text(ctx.body))
        && !month_in_a_date(ctx, i)
        && !after_a_saints_abbreviation(ctx, i)
        && !town_by_its_place()
}

/// "Pat Caddell said", "PolitiFact found": whether a reporting verb follows
/// the run `i..=end`, so that the run is whoever reports. Not a month, a
/// title or a place: "the November attacks" (a cue that is also a noun, in
/// its -s form, is the noun), "Ministers discussed", "in Marea shows".
fn reports_after(scan: &Scan, i: usize, end: usize, at_start: bool) -> bool {
    let (ctx, toks) = (scan.ctx, scan.ctx.toks);
    // (The cue first: the tests of the word below may scan the article.)
    let cue_after = toks.get(end + 1).is_some_and(|t| {
        let plural_noun = t.lower.ends_with('s');
        t.lemmas.iter().any(|l| {
            REPORTING_VERBS.contains(l.as_str()) && !(plural_noun && NOUN_CUES.contains(l.as_str()))
        })
    });
    if !cue_after {
        return false;
    }
    // ("To clarify:", "So say critics": a function word opening a sentence
    // before a cue names nobody.)
    // ("Dealers said", "Analysts say": a common plural opening a sentence
    // is its subject, not a name; "Banks said" may be one.)
    let common_plural = |lower: &str| {
        lower.len() > 3
            && lower.ends_with('s')
            && (names::is_common_word(lower) || names::is_prose_form(lower))
            && !names::is_surname(lower)
    };
    // ("Evidence found", "Jury finds": so is a common noun that no common
    // surname spells, "Bush said", and that the article does not write
    // after a given name, "Mark Felt ... Felt wrote".)
    let common_noun = |lower: &str| {
        names::is_common_word(lower)
            && names::surname_rank(lower).is_none_or(|r| r > COMMON_SURNAME_RANK)
            && !named_after_a_given_name(ctx, i)
    };
    let lone_non_name = end == i
        && (NOT_NAMES.contains(&toks[i].lower.as_str())
            || at_start && names::is_stopword(&toks[i].lower)
            || at_start && common_plural(&toks[i].lower)
            || at_start && common_noun(&toks[i].lower)
            || names::never_a_name(toks[i].text(ctx.body))
            || names::is_title_word(toks[i].lower.trim_end_matches('s'))
                && !scan.after_honorific(i));
    let after_place_word = i > 0 && names::is_place_preposition(ctx.lower(i - 1));
    // ("off Rio de Janeiro state": after a place, the noun.)
    let a_place_s_state =
        ctx.lower(end + 1) == "state" && names::place_population(ctx.text(i, end)).is_some();
    !lone_non_name && !after_place_word && !names::price_moves_after(toks, end) && !a_place_s_state
}

/// The census rank down to which a surname that is also a common word may be
/// a person's alone at a sentence's start ("Major" 1,443, "Hope" 1,802); past
/// it the word is the noun ("Felt" 10,635 unless a given name precedes it in
/// the article, "Jury" 12,599).
const COMMON_SURNAME_RANK: usize = 5000;

/// Whether the word at token `i` follows a given name anywhere in the
/// article ("Mark Felt"): a surname there, whatever else it spells.
fn named_after_a_given_name(ctx: &Ctx, i: usize) -> bool {
    let word = ctx.toks[i].text(ctx.body);
    (1..ctx.toks.len()).any(|k| {
        ctx.toks[k].text(ctx.body) == word && names::is_given_name(ctx.toks[k - 1].text(ctx.body))
    })
}

/// Whether the run `i..=end` names a body rather than a person: an
/// organization's word closes it, or it is an acronym alone ("UBS
/// reported"), or, reporting, the article treats it as one.
fn names_a_body(ctx: &Ctx, i: usize, end: usize, reports: bool, titled: bool) -> bool {
    let toks = ctx.toks;
    let closing = names::closing_word_type(toks[end].text(ctx.body));
    let org = closes_a_body(ctx, end) || end == i && names::is_acronym(toks[i].text(ctx.body));
    // "Microsoft says it", "Summit said ... its": a lone word that reports
    // is a body when the article refers to it as "it" and never names a
    // person by it ("Peyton Manning ... Manning said"); else a person, as a
    // surname that reports alone most often is.
    let org = org || reports && end == i && !titled && reporting_name_is_a_body(ctx, i);
    // "chemicals group Akzo Nobel said": a body's noun before the name;
    // "a spokesman for Waitrose said": its speaker's noun and "for".
    let org = org
        || reports
            && !(end > i && names::is_given_name(toks[i].text(ctx.body)))
            && (names::after_a_body_noun(toks, i) || names::for_a_body_s_member(toks, i, end));
    // "Sony Music said", "Toyota Motor said": a listed company's name
    // opening a run that reports names one of its businesses. (Not one that
    // does nothing: "Intel Core", "Toyota Camry" are products.)
    let org = org
        || reports
            && end > i
            && !titled
            && closing.is_none()
            && !names::is_given_name(toks[i].text(ctx.body))
            && {
                let first_word = ctx.text(i, i);
                ctx.kb.find_names(first_word).into_iter().any(|n| {
                    let e = &ctx.kb.entries[n.entry].entity;
                    n.start == 0
                        && n.end == first_word.len()
                        && e.kind == EntityKind::Group
                        && e.sector.as_deref() == Some("BUS")
                })
            };
    // "the county Board of Supervisors added": a body's word before "of".
    org || (i..end).any(|k| {
        ctx.lower(k + 1) == "of"
            && names::closing_word_type(toks[k].text(ctx.body)) == Some(MentionType::ORG)
    })
}

/// A candidate for the run `i..=end`, a body (`org`) or a person, with its
/// titles left out, its country and sector from the words around it.
fn push_name(
    scan: &mut Scan,
    cands: &mut Vec<Candidate>,
    i: usize,
    end: usize,
    org: bool,
    inner_title: Option<usize>,
    date: Date,
) {
    let (ctx, toks) = (scan.ctx, scan.ctx.toks);
    let mtype = if org {
        MentionType::ORG
    } else {
        MentionType::PER
    };
    // A title word opening the run ("President Ruto") belongs before the name.
    let mut first = match inner_title {
        Some(t) if !org => t + 1,
        _ => i,
    };
    // "Secretary of State Tony Blinken": the rest of the office too.
    // ("General Labour Confederation": a body keeps its first word.)
    while !(org && names::title_opens_a_body(ctx.body, toks, first))
        && first < end
        && names::is_title_word(&toks[first].lower)
    {
        first += 1;
    }
    // "California Highway Patrol Officer Ray Scheidnes": the words before
    // the office name a body when an organization's word closes them, with
    // the state or place right before them.
    if let Some(t) = inner_title.filter(|_| !org) {
        body_before_an_office(ctx, cands, i, t);
    }
    let text = ctx.text(first, end).to_string();
    // "President Bush", "Chancellor Kohl": a known office holder.
    let title = first
        .checked_sub(1)
        .map(|k| toks[k].text(ctx.body).trim_end_matches('.'));
    let holder = title
        .filter(|_| mtype == MentionType::PER && first == end)
        .and_then(|t| ctx.kb.titled_surname(t, &text, date));
    if let Some(h) = holder {
        let mut entity = h.entity.clone();
        entity.text = text;
        cands.push(Candidate::new(first, end, mtype, Some(entity)));
        return;
    }
    // ("Executive Order", "Executive Session": a title before one word of
    // prose names no one.) (Not "Larry King Live": a given name opens the run.)
    if mtype == MentionType::PER
        && first == end
        && first > i
        && names::is_prose_form(&toks[first].lower)
        && !scan.after_honorific(first)
        && !(i..first).any(|k| names::is_given_name(toks[k].text(ctx.body)))
    {
        return;
    }
    // "Armenian foreign ministry spokeswoman Anahit Serobyan": the
    // description right before says what the person is.
    let described = description_before(&cands[..], first);
    let country =
        country_before(ctx, &cands[..], first).or_else(|| described.and_then(|e| e.code.clone()));
    // (A body takes a title's sector only from a title held in one kind of
    // body: "president of the Mountain Dairy" names no government,
    // "professor at Seton Hall University" a school.)
    let sector = described.and_then(|e| e.sector.clone()).or_else(|| {
        if mtype == MentionType::PER {
            title_sector(ctx, first)
        } else {
            body_title_sector(ctx, first)
        }
    });
    let kind = if org {
        EntityKind::Group
    } else {
        EntityKind::Person
    };
    let entity = Entity {
        code: country,
        sector,
        ..Entity::named(&text, kind)
    };
    if mtype == MentionType::PER && end > first {
        scan.named.push((toks[end].lower.clone(), entity.clone()));
    }
    cands.push(Candidate::new(first, end, mtype, Some(entity)));
}

/// The body named by the capitalized words `i..` before the office that
/// ends at title word `t` ("Highway Patrol" of "California Highway Patrol
/// Officer Ray Scheidnes"), when an organization's word closes them: a
/// candidate for it, from the state or place right before it if there is one.
pub(super) fn body_before_an_office(ctx: &Ctx, cands: &mut Vec<Candidate>, i: usize, t: usize) {
    let mut last = t;
    while last > i
        && (names::is_title_word(&ctx.toks[last].lower)
            || names::is_office_modifier(&ctx.toks[last].lower))
    {
        last -= 1;
    }
    if last < i || names::is_title_word(&ctx.toks[last].lower) {
        return;
    }
    let word = ctx.toks[last].text(ctx.body);
    if !(ORG_SUFFIXES.contains(word) || names::closing_word_type(word) == Some(MentionType::ORG)) {
        return;
    }
    let place = cands.iter().position(|c| {
        c.last + 1 == i
            && ctx.toks[c.first].capitalized
            && c.entity
                .as_ref()
                .is_some_and(|e| matches!(e.kind, EntityKind::State | EntityKind::Place))
    });
    let (first, code) = match place {
        Some(k) => {
            let p = cands.remove(k);
            (p.first, p.entity.and_then(|e| e.code))
        }
        None => (i, None),
    };
    let entity = Entity {
        code,
        ..Entity::named(ctx.text(first, last), EntityKind::Group)
    };
    cands.push(Candidate::new(first, last, MentionType::ORG, Some(entity)));
}

/// Whether the word at token `i`, a month's name that is also a surname
/// ("May", "June"), is the month: a number after it, or a word of time
/// before it ("last May", "in May", "on May 29").
pub(super) fn month_in_a_date(ctx: &Ctx, i: usize) -> bool {
    names::never_a_name(ctx.toks[i].text(ctx.body))
        && (ctx
            .toks
            .get(i + 1)
            .is_some_and(|t| t.kind == TokenKind::Number)
            || i > 0 && BEFORE_A_DATE.contains(&ctx.lower(i - 1)))
}

/// Words before a month that make it a date ("last May", "in May").
pub(super) const BEFORE_A_DATE: [&str; 15] = [
    "last", "next", "this", "in", "on", "since", "until", "early", "late", "mid", "by", "of",
    "from", "through", "during",
];

/// Whether a lone name at token `i` that reports is a body: the article
/// refers to it as "it" ("Microsoft says it will", "Apple ... its battery")
/// or names it alone again with no "he" or "she" reporting it, and never
/// names a person by it in full ("Peyton Manning ... Manning said").
pub(super) fn reporting_name_is_a_body(ctx: &Ctx, i: usize) -> bool {
    let toks = ctx.toks;
    let word = toks[i].text(ctx.body);
    // The word's every mention, this one among them.
    let at = ctx.positions_of(word);
    // The first personal pronoun within eight tokens after a mention.
    let first_pronoun = |k: usize| {
        (k + 1..(k + 9).min(toks.len()))
            .map(|j| toks[j].lower.as_str())
            .find(|w| matches!(*w, "he" | "she" | "his" | "her" | "it" | "its"))
    };
    let called_it = at
        .iter()
        .any(|&k| matches!(first_pronoun(k), Some("it" | "its")));
    let his_own =
        |k: usize| (k + 2..k + 5).any(|j| matches!(ctx.lower(j), "he" | "she" | "his" | "her"));
    let named_alone_again = !his_own(i)
        && at
            .iter()
            .any(|&k| k != i && !ctx.starts_sentence(k) && !his_own(k));
    // A given name or surname: right after or right before another
    // capitalized word that is no title, no month and, unless a given name,
    // no common word (a headline's "Microsoft Issues Patch").
    let name_word = |k: usize| {
        toks.get(k).is_some_and(|t| {
            names::is_name_cased(t, t.text(ctx.body))
                && !names::is_title_word(&t.lower)
                && !names::never_a_name(t.text(ctx.body))
                && (!names::is_common_word(&t.lower) || names::is_given_name(t.text(ctx.body)))
        })
    };
    let someone_s_name = at
        .iter()
        .any(|&k| k > 0 && name_word(k - 1) || name_word(k + 1));
    // ("Primakov said it was false": a surname by its ending is no body's.)
    (called_it || named_alone_again)
        && !someone_s_name
        && !names::has_surname_ending(&toks[i].lower)
}
