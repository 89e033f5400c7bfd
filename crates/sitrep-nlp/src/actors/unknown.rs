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
pub(super) fn unknown_names(ctx: &Ctx, cands: &mut Vec<Candidate>, date: Date) {
    let toks = ctx.toks;
    // (last name, entity) of the people found so far, for later surname-only references.
    let mut named: Vec<(String, Entity)> = Vec::new();
    let covered: HashSet<usize> = cands.iter().flat_map(|c| c.first..=c.last).collect();
    // The place after "of" that follows a person's name ("Texas" of "Ted
    // Cruz of Texas"), left to the names pass, which reads it as the place,
    // not as someone who "said".
    let mut after_of_until = 0;
    let mut i = 0;
    while i < toks.len() {
        let cap = |k: usize| {
            toks.get(k).is_some_and(|t| {
                names::is_name_cased(t, t.text(ctx.body))
                    && !covered.contains(&k)
                    && !layout::in_a_sport_label(ctx.body, t.span.start, t.span.end)
            })
        };
        if i < after_of_until {
            i += 1;
            continue;
        }
        if !cap(i) {
            i += 1;
            continue;
        }
        // "But Anas says", "Yesterday Kamal said": a common word opening a
        // sentence is capitalized for that alone; the name starts after it.
        // ("De Klerk said": a name's particle opens it.)
        if ctx.sentence_starts.contains(&i)
            && (names::is_common_word(&toks[i].lower)
                || ctx.lower(i + 1) == "of" && names::is_common_plural(&toks[i].lower))
            && !names::is_particle(&toks[i].lower)
            && (cap(i + 1) || ctx.lower(i + 1) == "of" && cap(i + 2))
        {
            // ("Shares of Apple Computer Inc": the particle goes too.)
            if !cap(i + 1) {
                i += 1;
            }
            i += 1;
            continue;
        }
        // "On Monday Republicans praised": a day or a month opens no name.
        if names::never_a_name(toks[i].text(ctx.body)) && cap(i + 1) {
            i += 1;
            continue;
        }
        let mut end = i;
        // A name never runs over a line break ("Iran Talks" heading a
        // paragraph that opens "He said").
        let on_the_line = |from: usize, k: usize| {
            toks.get(k)
                .is_some_and(|t| !ctx.body[toks[from].span.end..t.span.start].contains('\n'))
        };
        // ("Senate Minority Whip Richard J. Durbin of Illinois": the name
        // opens after the titles of the capitalized run.)
        // ("Mr. King", "Mrs. Bishop": after an honorific a title's word that
        // is a census surname is the surname; not "Mr. President".)
        let honorific_before = |k: usize| personal_title_before(ctx, k);
        let after_honorific =
            |k: usize| is_common_titled_surname(&toks[k].lower) && honorific_before(k);
        let mut name_start = i;
        let mut k = i;
        while cap(k) && (k == i || on_the_line(k - 1, k)) {
            if after_honorific(k) {
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
                    || honorific_before(name_start))
                && (i..=end).all(|k| names::closing_word_type(toks[k].text(ctx.body)).is_none())
        };
        while cap(end + 1) && on_the_line(end, end + 1)
            || names::is_initial(toks, end, toks[end].text(ctx.body))
                && cap(end + 2)
                && on_the_line(end, end + 2)
            || (toks
                .get(end + 1)
                .is_some_and(|t| names::is_particle(t.text(ctx.body)))
                && cap(end + 2)
                && on_the_line(end, end + 2)
                && !a_person_s_name_before_of(end))
        {
            end += if cap(end + 1) { 1 } else { 2 };
            // (an initial's dot is the second token: "Stephen J. Townsend")
        }
        if cap(end + 2) && a_person_s_name_before_of(end) {
            let mut place_end = end + 2;
            while cap(place_end + 1) {
                place_end += 1;
            }
            if names::place_population(ctx.text(end + 2, place_end)).is_some() {
                after_of_until = place_end + 1;
            }
        }
        // "Royal Navy", "Syrian Computer Society": capitalized words before a
        // capitalized description word ("Navy") name one body with it.
        // (The word tests come first: they rule out most runs without a
        // scan of the candidates.)
        // A sentence-opening common word is not one of those words: "The
        // Navy", "Yesterday Navy ships" name no body.
        let org_word_next = covered.contains(&(end + 1))
            && toks[end + 1].capitalized
            && body_by_its_last_word(toks[end + 1].text(ctx.body));
        let name_start = (i..=end).find(|&f| {
            !(ctx.sentence_starts.contains(&f) && names::is_common_word(&toks[f].lower))
        });
        let joined = name_start.filter(|_| org_word_next).and_then(|first| {
            cands
                .iter()
                .position(|c| {
                    c.first == end + 1
                        && c.last == end + 1
                        && c.entity
                            .as_ref()
                            .is_some_and(|e| e.kind == EntityKind::Generic)
                })
                .map(|k| (first, k))
        });
        if let Some((mut first, k)) = joined {
            let generic = cands.remove(k);
            // "Syrian Electronic Army": a demonym or state right before is
            // part of the body's name, but not of a state organ's named by
            // its function ("Chinese Foreign Ministry": the ministry is
            // China's, and its name is "Foreign Ministry").
            let organ =
                names::closing_word_type(toks[end + 1].text(ctx.body)) != Some(MentionType::ORG);
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
            // ("Eurasia Group", "Kestrel Analytics Organization": the bare
            // heads whose sector is only for linking back, "the group said",
            // say nothing of what a body named with them does.)
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
                    .or_else(|| country_before(ctx, cands, first)),
                sector: e.sector.filter(|_| !bare_head),
                ..e
            });
            cands.push(Candidate::new(first, end + 1, MentionType::ORG, entity));
            i = end + 2;
            continue;
        }
        // "British Airways", "London Stock Exchange": a state, demonym or
        // place just before a run that an organization's word closes names
        // the organization with it.
        // "AUSTRALIAN OPEN WITH BACK INJURY": in a shouted line, an event's
        // word right after a state's demonym closes that name there.
        if end > i
            && i > 0
            && covered.contains(&(i - 1))
            && names::is_shouted(toks[i].text(ctx.body))
            && names::closing_word_type(toks[i].text(ctx.body)) == Some(MentionType::MISC)
        {
            end = i;
        }
        let closing = names::closing_word_type(toks[end].text(ctx.body));
        // "... Council", "... Times": the run's last word names an organization.
        let closes_org =
            ORG_SUFFIXES.contains(toks[end].text(ctx.body)) || closing == Some(MentionType::ORG);
        // "Indian Ocean", "American Boulevard": a place's word after a
        // demonym names the place with it.
        let named_body =
            closes_org || matches!(closing, Some(MentionType::MISC | MentionType::LOC));
        let place_before = named_body && i > 0 && covered.contains(&(i - 1));
        if let Some(k) = place_before
            .then(|| {
                cands.iter().position(|c| {
                    c.last + 1 == i
                        && toks[c.first].capitalized
                        && c.entity.as_ref().is_some_and(|e| {
                            matches!(e.kind, EntityKind::State | EntityKind::Place)
                        })
                })
            })
            .flatten()
        {
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
            i = end + 1;
            continue;
        }
        // "Tyler Hansbrough", "Austin Rivers": a town that is a given name,
        // right before a surname, is the person's given name.
        let given_town = (i > 0 && names::is_given_name(toks[i - 1].text(ctx.body)))
            .then(|| {
                cands.iter().position(|c| {
                    c.first == i - 1
                        && c.last == i - 1
                        && c.entity
                            .as_ref()
                            .is_some_and(|e| e.kind == EntityKind::Place)
                })
            })
            .flatten()
            .filter(|_| names::closing_word_type(toks[end].text(ctx.body)).is_none());
        if let Some(k) = given_town {
            let first = cands.remove(k).first;
            let entity = Entity::named(ctx.text(first, end), EntityKind::Person);
            named.push((toks[end].lower.clone(), entity.clone()));
            cands.push(Candidate::new(first, end, MentionType::PER, Some(entity)));
            i = end + 1;
            continue;
        }
        // "Republicans praised", "Christian portrayed by": a word that names
        // a creed or a party on its own is typed by the names pass.
        if end == i && names::alone_word_type(toks[i].text(ctx.body)).is_some() {
            i += 1;
            continue;
        }
        // "Clinton signed": a lone word that is a known person's surname.
        // ("last May", "on May 29": a month, whoever else is called so.)
        // ("Bolton 2 Norwich 2": a town in a results row is its club; "Ashton,
        // Md.": a town before its state is the town.)
        let town_by_its_place = || {
            names::place_population(toks[i].text(ctx.body)).is_some()
                && (layout::in_a_results_row(ctx.body, toks[i].span.start, toks[i].span.end)
                    || ctx.lower(i + 1) == ","
                        && toks.get(i + 2).is_some_and(|t| {
                            names::state_abbreviation_at(ctx.body, t.span.start).is_some()
                        }))
        };
        if end == i
            && ctx.kb.is_person_name(toks[i].text(ctx.body))
            && !month_in_a_date(ctx, i)
            && !after_a_saints_abbreviation(ctx, i)
            && !town_by_its_place()
        {
            let entity = Entity::named(ctx.text(i, i), EntityKind::Person);
            cands.push(Candidate::new(i, i, MentionType::PER, Some(entity)));
            i += 1;
            continue;
        }
        let at_start = ctx.sentence_starts.contains(&i);
        // Title words inside the run ("Prime Minister Ehud Barak"): the name follows the last.
        let inner_title = (i..end).rev().find(|&k| {
            !after_honorific(k)
                && NAME_TITLES.contains(toks[k].text(ctx.body).trim_end_matches('.'))
                && (ctx.lower(k + 1) != "of" || office_of_at(ctx, k))
        });
        let titled = inner_title.is_some()
            || i > 0 && NAME_TITLES.contains(toks[i - 1].text(ctx.body).trim_end_matches('.'))
            || honorific_before(i) && !names::is_title_word(&toks[i].lower)
            || after_honorific(i);
        // Or an acronym alone ("UBS reported").
        let org = closes_org || end == i && names::is_acronym(toks[i].text(ctx.body));
        let long_enough = end > i || titled;
        // "Pat Caddell said", "PolitiFact found": a name is whoever reports.
        // Not a month, a title or a place: "the November attacks" (a cue
        // that is also a noun, in its -s form, is the noun), "Ministers
        // discussed", "in Marea shows".
        // ("To clarify:", "So say critics": a function word opening a
        // sentence before a cue names nobody.)
        // ("Dealers said", "Analysts say": a common plural opening a
        // sentence is its subject, not a name; "Banks said" may be one.)
        let common_plural = |lower: &str| {
            lower.len() > 3
                && lower.ends_with('s')
                && (names::is_common_word(lower) || names::is_prose_form(lower))
                && !names::is_surname(lower)
        };
        let lone_non_name = end == i
            && (NOT_NAMES.contains(&toks[i].lower.as_str())
                || at_start && names::is_stopword(&toks[i].lower)
                || at_start && common_plural(&toks[i].lower)
                || names::never_a_name(toks[i].text(ctx.body))
                || names::is_title_word(toks[i].lower.trim_end_matches('s'))
                    && !after_honorific(i));
        let after_place_word = i > 0 && names::is_place_preposition(ctx.lower(i - 1));
        // ("off Rio de Janeiro state": after a place, the noun.)
        let a_place_s_state =
            ctx.lower(end + 1) == "state" && names::place_population(ctx.text(i, end)).is_some();
        let reports = toks.get(end + 1).is_some_and(|t| {
            let plural_noun = t.lower.ends_with('s');
            t.lemmas.iter().any(|l| {
                REPORTING_VERBS.contains(l.as_str())
                    && !(plural_noun && NOUN_CUES.contains(l.as_str()))
            })
        }) && !lone_non_name
            && !after_place_word
            && !names::price_moves_after(toks, end)
            && !a_place_s_state;
        // "Caddell" after "Pat Caddell": the same person.
        let known_surname = end == i && named.iter().any(|(last, _)| *last == toks[i].lower);
        if known_surname {
            let entity = named
                .iter()
                .find(|(last, _)| *last == toks[i].lower)
                .map(|(_, e)| Entity {
                    text: ctx.text(i, i).to_string(),
                    ..e.clone()
                });
            cands.push(Candidate::new(i, i, MentionType::PER, entity));
            i += 1;
            continue;
        }
        // "Microsoft says it", "Summit said ... its": a lone word that
        // reports is a body when the article refers to it as "it" and never
        // names a person by it ("Peyton Manning ... Manning said"); else a
        // person, as a surname that reports alone most often is.
        let org = org || reports && end == i && !titled && reporting_name_is_a_body(ctx, i);
        // "chemicals group Akzo Nobel said": a body's noun before the name.
        let org = org
            || reports
                && !(end > i && names::is_given_name(toks[i].text(ctx.body)))
                && names::after_a_body_noun(toks, i);
        // "Sony Music said", "Toyota Motor said": a listed company's name
        // opening a run that reports names one of its businesses. (Not
        // one that does nothing: "Intel Core", "Toyota Camry" are products.)
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
        let org = org
            || (i..end).any(|k| {
                ctx.lower(k + 1) == "of"
                    && names::closing_word_type(toks[k].text(ctx.body)) == Some(MentionType::ORG)
            });
        if (long_enough && (titled || org) || reports) && !(at_start && end == i && !reports) {
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
            // "California Highway Patrol Officer Ray Scheidnes": the words
            // before the office name a body when an organization's word
            // closes them, with the state or place right before them.
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
                i = end + 1;
                continue;
            }
            // ("Executive Order", "Executive Session": a title before one
            // word of prose names no one.)
            // (Not "Larry King Live": a given name opens the run.)
            if mtype == MentionType::PER
                && first == end
                && first > i
                && names::is_prose_form(&toks[first].lower)
                && !after_honorific(first)
                && !(i..first).any(|k| names::is_given_name(toks[k].text(ctx.body)))
            {
                i = end + 1;
                continue;
            }
            // "Armenian foreign ministry spokeswoman Anahit Serobyan": the
            // description right before says what the person is.
            let described = description_before(cands, first);
            let country = country_before(ctx, cands, first)
                .or_else(|| described.and_then(|e| e.code.clone()));
            // (A body takes a title's sector only from a title held in one
            // kind of body: "president of the Mountain Dairy" names no
            // government, "professor at Seton Hall University" a school.)
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
                named.push((toks[end].lower.clone(), entity.clone()));
            }
            cands.push(Candidate::new(first, end, mtype, Some(entity)));
        }
        i = end + 1;
    }
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
    // The word's every mention, this one among them: one scan of the article.
    let at: Vec<usize> = (0..toks.len())
        .filter(|&k| toks[k].text(ctx.body) == word)
        .collect();
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
            .any(|&k| k != i && !ctx.sentence_starts.contains(&k) && !his_own(k));
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
