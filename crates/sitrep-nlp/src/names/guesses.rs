//! Step 6: a run no list and no other mention types, typed by what it does
//! and what stands around it ("Hardwicke had", "police stopped Kovacevic",
//! "Kestrel, a Dutch insurer", "Buffalo Bills"), for want of anything else by
//! its capitals; then those guesses corrected by their neighbours ("General
//! Motors and Ford", "from Bener Meriah to Banda Aceh").

use super::*;

impl Reader<'_> {
    /// After an article ("an Oscar nod", "one Mac customer"): a person's name
    /// takes none.
    fn after_article(&self, i: usize) -> bool {
        i > 0
            && matches!(
                self.toks[i - 1].lower.as_str(),
                "a" | "an" | "one" | "every" | "each"
            )
    }

    /// ("Chelsea's manager": a town that owns something is the town, or its club.)
    fn place_that_owns(&self, i: usize) -> bool {
        PLACES.contains_key(self.text(i))
            && self
                .toks
                .get(i + 1)
                .is_some_and(|t| matches!(t.lower.as_str(), "'s" | "’s"))
    }

    /// ("Jackson, Miss., was": an abbreviation, its dot then a comma.)
    fn abbreviated(&self, i: usize) -> bool {
        self.toks
            .get(i + 1)
            .is_some_and(|t| t.lower == "." && t.span.start == self.toks[i].span.end)
            && self.toks.get(i + 2).is_some_and(|t| t.lower == ",")
    }

    /// A lone word that is a census surname or given name and no word of
    /// English prose ("Hansbrough scored", "stopped LaSalle"; not "Apple",
    /// "Page"): a person, for want of anything else.
    pub(super) fn lone_person_word(&self, i: usize) -> bool {
        let word = self.text(i);
        word.chars().count() > 2
            && !self.abbreviated(i)
            && !is_title_word(&self.toks[i].lower)
            && !self.common(i)
            && !is_acronym(word)
            && !NAME_WORDS.contains_key(word)
            && !COMPASS.contains(&self.toks[i].lower.as_str())
            && !self.place_that_owns(i)
            && (SURNAMES.contains_key(self.toks[i].lower.as_str())
                || GIVEN_NAMES.contains(word)
                || has_surname_ending(&self.toks[i].lower))
            && !self.after_article(i)
            // ("Bowling: Vaas 14-3-40-1": a heading of prose before a colon.)
            && !(self.toks.get(i + 1).is_some_and(|t| t.lower == ":")
                && PROSE_WORDS.contains(self.toks[i].lower.as_str())
                && layout::opens_a_line(self.body, self.toks[i].span.start))
    }

    /// "Msgr.", "Gen. Smith": a dot right after the word that ends no
    /// sentence ("who treated Kathina." ends one; a dot before a comma is
    /// `abbreviated`).
    fn dotted_abbreviation(&self, i: usize) -> bool {
        self.toks
            .get(i + 1)
            .is_some_and(|t| t.lower == "." && t.span.start == self.toks[i].span.end)
            && (crate::sentences::ends_with_abbreviation(&self.body[..self.toks[i].span.end])
                || self
                    .toks
                    .get(i + 2)
                    .is_some_and(|t| t.kind == TokenKind::Word && !t.capitalized))
    }

    /// A word no list knows, shaped like a name: no digit, inner capital,
    /// hyphen or contraction ("NY1", "PolitiFact", "T-Mobile", "We've";
    /// "O'Malley" is one, and so are "McDermott" and "DeGeneres": a
    /// surname's prefix before the capital), no number ("Twelve people were
    /// killed"), no abbreviation ("Msgr."), not after "of" ("the province of
    /// Aceh"), no word of prose.
    pub(super) fn unknown_name_word(&self, i: usize) -> bool {
        let word = self.text(i);
        let rest = word.strip_prefix("O'").unwrap_or(word);
        let rest = after_a_surname_prefix(rest).unwrap_or(rest);
        let lower = self.toks[i].lower.as_str();
        word.chars().count() > 2
            && rest.chars().skip(1).all(char::is_lowercase)
            && crate::tokens::number_word(lower).is_none()
            && !self.dotted_abbreviation(i)
            && !(i > 0 && self.toks[i - 1].lower == "of")
            && !self.common(i)
            && !PROSE_WORDS.contains(lower)
            && !NAME_WORDS.contains_key(word)
            && !self.abbreviated(i)
    }

    /// A plural, which a surname seldom is ("Athenians", "Firemen";
    /// "Tsipras" may be one, "Seles" too, and "Els" is too short for one).
    /// ("DeGeneres", "McInnes": a surname's prefix says it is none.)
    pub(super) fn plural(&self, i: usize) -> bool {
        let lower = self.toks[i].lower.as_str();
        after_a_surname_prefix(self.text(i)).is_none()
            && (lower.ends_with("men")
                || lower.len() > 3
                    && lower.ends_with('s')
                    && !["ss", "os", "is", "as", "us", "les"]
                        .iter()
                        .any(|e| lower.ends_with(e)))
    }

    /// A verb a person does at token `n` ("had", "signed", "beat").
    fn verb_at(&self, n: usize) -> bool {
        self.toks.get(n).is_some_and(|t| {
            let w = t.lower.as_str();
            let auxiliary = t
                .lemmas
                .iter()
                .any(|l| matches!(l.as_str(), "be" | "have" | "do"));
            // ("Sampras beat Chang": a match's verb, whose past is its
            // present; a town that beats is read as its club before this.)
            t.kind == TokenKind::Word
                && !t.capitalized
                && (is_person_verb(w)
                    || w == "beat"
                    || w.len() > 4 && w.ends_with("ed")
                    || crate::tokens::is_irregular_form(w) && !auxiliary)
        })
    }

    /// "Hardwicke had problems", "Kuchma signed the decree", "police stopped
    /// Kovacevic": a lone word no list knows, no word of prose, that acts as
    /// a person does or is done to as one is. (Not one opening a sentence:
    /// "Suddenly the", "Later he".)
    pub(super) fn acts_as_a_person(&self, i: usize) -> bool {
        // (The word tests first: they rule out most words without a look
        // at their context.)
        if !self.unknown_name_word(i) || self.plural(i) {
            return false;
        }
        let mut n = i + 1;
        // ("Hardwicke supposedly had": an adverb between.)
        if self
            .toks
            .get(n)
            .is_some_and(|t| t.lower.len() > 4 && t.lower.ends_with("ly"))
        {
            n += 1;
        }
        let acts = self.verb_at(n);
        // "Kuchma's office", "Bhutto's government": what a person owns.
        // ("Alexandros' murder": the bare mark after an s.)
        let owns_a_person_s_thing = self.toks.get(i + 1).is_some_and(|t| {
            matches!(t.lower.as_str(), "'s" | "’s")
                || matches!(t.lower.as_str(), "'" | "’")
                    && t.span.start == self.toks[i].span.end
                    && self.toks[i].lower.ends_with('s')
        }) && self
            .toks
            .get(i + 2)
            .is_some_and(|t| PERSON_OWNED_NOUNS.contains(t.lower.as_str()));
        // "Lebed, who brokered the truce": a relative clause of persons.
        let who_follows = self.toks.get(i + 1).is_some_and(|t| t.lower == ",")
            && self.toks.get(i + 2).is_some_and(|t| t.lower == "who");
        let done_to = i > 0
            && is_person_object_verb(&self.toks[i - 1].lower)
            && self.toks.get(i + 1).is_none_or(|t| {
                matches!(t.lower.as_str(), "," | "." | ";") || is_stopword(&t.lower)
            });
        // "beat Hingis 6-3 4-6 6-0": a tennis score's sets, two or more,
        // follow a player, never a club.
        let sets_follow = {
            let mut words = self.body[self.toks[i].span.end..].split_whitespace();
            let set = |w: Option<&str>| w.is_some_and(|w| w.len() == 3 && layout::is_a_score(w));
            set(words.next()) && set(words.next())
        };
        // "Hingis, 16, became": an age in commas.
        let aged = self.toks.get(i + 1).is_some_and(|t| t.lower == ",")
            && self
                .toks
                .get(i + 2)
                .is_some_and(|t| t.kind == TokenKind::Number && t.lower.len() <= 2)
            && self.toks.get(i + 3).is_some_and(|t| t.lower == ",");
        // "DeGeneres herself announced": a person's reflexive.
        let reflexive = self
            .toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "himself" | "herself"));
        // "Lopez and his co-defendant": one with a person's partner.
        let with_a_partner = self.toks.get(i + 1).is_some_and(|t| t.lower == "and")
            && self
                .toks
                .get(i + 2)
                .is_some_and(|t| matches!(t.lower.as_str(), "his" | "her"));
        // "Zadan and Meron added": the first of two such words that act together.
        let acts_with = self.toks.get(i + 1).is_some_and(|t| t.lower == "and")
            && self.toks.get(i + 2).is_some_and(|t| t.capitalized)
            && self.unknown_name_word(i + 2)
            && !self.plural(i + 2)
            && self.verb_at(i + 3);
        acts || reflexive
            || with_a_partner
            || acts_with
            || done_to
            || who_follows
            || owns_a_person_s_thing
            || aged
            || sets_follow
    }

    /// The words of an apposition after a name closing at `last` (", a",
    /// ", an", ", the"), at most `n` of them and none past a punctuation mark.
    fn apposition(&self, last: usize, n: usize) -> impl Iterator<Item = usize> + '_ {
        let opens = self.toks.get(last + 1).is_some_and(|t| t.lower == ",")
            && self
                .toks
                .get(last + 2)
                .is_some_and(|t| matches!(t.lower.as_str(), "a" | "an" | "the"));
        let from = if opens { last + 3 } else { self.toks.len() };
        // ("the 20-year-old Brazilian striker": a number and a hyphen
        // joined to a word.)
        (from..(from + n).min(self.toks.len())).take_while(|&k| {
            self.toks[k].kind != TokenKind::Punct
                || self.toks[k].lower == "-"
                    && self.toks[k - 1].span.end == self.toks[k].span.start
                    && self
                        .toks
                        .get(k + 1)
                        .is_some_and(|t| t.span.start == self.toks[k].span.end)
        })
    }

    /// "Sampras, the world number one, ...", "Olafsson, a former minister,":
    /// a lone word no list knows whose apposition closes with a title (the
    /// words of `name-titles.txt` and `offices.txt`) is a person.
    pub(super) fn person_by_its_apposition(&self, i: usize) -> bool {
        self.apposition(i, 6).last().is_some_and(|k| {
            is_title_word(&self.toks[k].lower)
                && self.toks.get(k + 1).is_some_and(|t| t.lower == ",")
        })
    }

    /// "Via, a maker of chipsets", "Kestrel, a Dutch insurer": a name whose
    /// apposition is a body's noun (`body-nouns.txt`), after at most three
    /// modifiers, is a body's.
    pub(super) fn body_by_its_apposition(&self, last: usize) -> bool {
        self.apposition(last, 4)
            .take_while(|&k| self.toks[k].lower != "of")
            .any(|k| {
                // The noun heads the apposition: punctuation or a function
                // word follows ("a party member" is a person).
                BODY_NOUNS.contains(self.toks[k].lower.as_str())
                    && self
                        .toks
                        .get(k + 1)
                        .is_none_or(|t| t.kind != TokenKind::Word || is_stopword(&t.lower))
            })
    }

    /// "Buffalo Bills", "Kansas City Chiefs": a town, then a plural, is its
    /// team, even when the plural is a surname too, unless a common one
    /// ("Washington Williams"), or the town is a given name ("David Nevins":
    /// David, Panama).
    pub(super) fn town_and_plural(&self, r: &Run) -> bool {
        let plural = self.toks[r.last].lower.as_str();
        r.last > r.first
            && plural.len() > 3
            && plural.ends_with('s')
            && !plural.ends_with("ss")
            && SURNAMES
                .get(plural)
                .is_none_or(|&rank| rank > COMMON_SURNAME_RANK)
            && PLACES.contains_key(
                &self.body[self.toks[r.first].span.start..self.toks[r.last - 1].span.end],
            )
    }

    /// "Denver Broncos", "Carolina Panthers": a city that is also a given
    /// name, then a plural that is no surname at all, is the city's team
    /// ("Austin Rivers" is a person). The plural is a word of prose, or the
    /// city a big one: "George Bergeles", "Nancy O'Higgins" are people.
    pub(super) fn city_and_plural(&self, r: &Run) -> bool {
        let plural = self.toks[r.last].lower.as_str();
        let prose_plural = PROSE_WORDS.contains(plural)
            || plural
                .strip_suffix('s')
                .is_some_and(|one| PROSE_WORDS.contains(one));
        let population = place_population(
            &self.body[self.toks[r.first].span.start..self.toks[r.last - 1].span.end],
        )
        .unwrap_or(0);
        self.town_and_plural(r)
            && !SURNAMES.contains_key(plural)
            && !plural.contains(['\'', '’'])
            && (population >= BIG_CITY_POPULATION
                || population >= OPENING_PLACE_POPULATION
                    && prose_plural
                    && is_plural_not_surname(self.text(r.last)))
    }

    /// "PSV Eindhoven", "AC Milan", "CSKA Moscow": an acronym, then a city,
    /// is the city's club. (Only an acronym: "Jeb Bush" and "Merrick Garland"
    /// are a given name the census lacks and a town's name.)
    pub(super) fn acronym_and_city(&self, r: &Run) -> bool {
        r.last > r.first
            && is_acronym(self.text(r.first))
            && place_entry(
                &self.body[self.toks[r.first + 1].span.start..self.toks[r.last].span.end],
            )
            .is_some_and(|p| p.1 .1 >= OPENING_PLACE_POPULATION)
    }
}

/// Types the runs `out` leaves untyped by their context and their shape, and a
/// run whose whole name the article types elsewhere (`known`) so. Returns
/// the runs taken for persons for want of anything else, which
/// [`correct_guesses`] reads again.
pub(super) fn type_by_context(
    reader: &Reader,
    runs: &[Run],
    out: &mut [Option<Name>],
    known: &HashMap<String, MentionType>,
) -> Vec<usize> {
    let (body, toks) = (reader.body, reader.toks);
    let mut census_guesses = Vec::new();
    for (k, (r, slot)) in runs.iter().zip(out.iter_mut()).enumerate() {
        let whole = &body[toks[r.first].span.start..toks[r.last].span.end];
        if let Some(&t) = known.get(whole) {
            match slot {
                Some(n) if n.entity.is_none() => n.mention_type = t,
                None => *slot = Some(name(r, t, None)),
                _ => {}
            }
            continue;
        }
        if slot.is_some() {
            continue;
        }
        if let Some((t, census_guess)) = type_of_an_untyped_run(reader, r) {
            *slot = Some(name(r, t, None));
            if census_guess {
                census_guesses.push(k);
            }
        }
    }
    census_guesses
}

/// The type the context or the shape of the untyped run `r` gives it, and
/// whether it is a person for want of anything else (a census guess).
fn type_of_an_untyped_run(reader: &Reader, r: &Run) -> Option<(MentionType, bool)> {
    let (body, toks) = (reader.body, reader.toks);
    let text = |i: usize| reader.text(i);
    let common = |i: usize| reader.common(i);
    // "Barzani 's rivals", "Dostum 's northern alliance": a word no list
    // knows and the article types nowhere else, no word of prose nor a
    // town's name, opening a sentence as a possessor is a person's name.
    // (Not a word with a capital inside, as companies are written:
    // "SeaMicro 's".)
    if r.at_start && r.first == r.last {
        let (lower, word) = (toks[r.first].lower.as_str(), text(r.first));
        let possessor = toks
            .get(r.last + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "'s" | "’s"))
            && !COMMON_WORDS.contains(lower)
            && !PROSE_WORDS.contains(lower)
            && !is_prose_form(lower)
            && word.chars().all(char::is_alphabetic)
            && word.chars().skip(1).all(char::is_lowercase)
            // (Nor a town's name: "Chelsea 's Italian striker".)
            && place_entry(word).is_none();
        if possessor {
            return Some((MentionType::PER, false));
        }
    }
    // "c Kaluwitharana b Vaas 12": a player in a scoreboard's row.
    let player = || {
        layout::in_a_scoreboard_row(body, toks[r.first].span.start, toks[r.last].span.end)
            && (r.first..=r.last).all(|k| !common(k) || is_initial(toks, k, text(k)))
    };
    if player() {
        return Some((MentionType::PER, false));
    }
    if !(r.last > r.first && GIVEN_NAMES.contains(text(r.first)))
        && (after_a_body_noun(toks, r.first)
            || before_a_body_noun(toks, r.first, r.last)
            || for_a_body_s_member(toks, r.first, r.last)
            || reader.body_by_its_apposition(r.last))
    {
        return Some((MentionType::ORG, false));
    }
    // "the Jets", "the Heat would win", "Colts coach Jim Caldwell": a
    // club's nickname, capitalized after "the" or before a title, is
    // the club.
    let after_the = r.first > 0
        && toks[r.first - 1].lower == "the"
        && !NICKNAME_HOMONYMS.contains(text(r.first));
    let before_a_title = toks
        .get(r.last + 1)
        .is_some_and(|t| !t.capitalized && is_title_word(&t.lower));
    if r.first == r.last && CLUB_NICKNAMES.contains(text(r.first)) && (after_the || before_a_title)
    {
        return Some((MentionType::ORG, false));
    }
    // "as Rangers came from behind to win 2-1": a capitalized plural
    // inside a sentence that gives a score is a team's name. (Not a
    // surname: "Sanders", "Cheeks".)
    if r.first == r.last
        && (!r.at_start || CLUB_NICKNAMES.contains(text(r.first)))
        && reader.plural(r.first)
        && !SURNAMES.contains_key(toks[r.first].lower.as_str())
        && layout::sentence_has_a_word(
            body,
            toks[r.first].span.start,
            toks[r.first].span.end,
            layout::is_a_score,
        )
    {
        return Some((MentionType::ORG, false));
    }
    if r.first == r.last {
        return type_of_a_lone_word(reader, r);
    }
    type_by_capitals_alone(reader, r).map(|t| (t, false))
}

/// The type of the one-word untyped run `r`: a person's name (a census
/// guess) or a company's camel-cased one.
fn type_of_a_lone_word(reader: &Reader, r: &Run) -> Option<(MentionType, bool)> {
    let (body, toks) = (reader.body, reader.toks);
    let i = r.first;
    if reader.lone_person_word(i)
        || reader.acts_as_a_person(i)
        || reader.unknown_name_word(i) && reader.person_by_its_apposition(i)
    {
        return Some((MentionType::PER, true));
    }
    // ("@JebBush", "#BlackLivesMatter", "(hashtag)StopGunViolence",
    // author="JebBush": a handle or a tag, glued to its mark.)
    let before = &body[..toks[i].span.start];
    let handle_or_tag = before.ends_with(['@', '#', ')', '/']) || before.ends_with("=\"");
    // ("a touchscreen BlackBerry", "Sony's PlayStation", "the MacBook
    // sales": a thing, with its article or its owner.)
    let owned_thing = (i.saturating_sub(2)..i).any(|k| {
        matches!(
            toks[k].lower.as_str(),
            "a" | "an" | "the" | "its" | "his" | "her" | "their" | "new" | "'s" | "’s"
        )
    });
    (is_camel_case(reader.text(i))
        && !handle_or_tag
        && !owned_thing
        && !before_a_work_noun(toks, i, r.last))
    .then_some((MentionType::ORG, false))
}

/// The type of the untyped run `r` of several words where nothing speaks for
/// it but its capitals (none at a sentence's start, nor for a table's
/// column heads).
fn type_by_capitals_alone(reader: &Reader, r: &Run) -> Option<MentionType> {
    let (body, toks) = (reader.body, reader.toks);
    let text = |i: usize| reader.text(i);
    // "W L T GF GA PTS": a table's column heads, short and shouted.
    let column_heads = r.last >= r.first + 2
        && (r.first..=r.last)
            .all(|k| text(k).len() <= 3 && !text(k).chars().any(char::is_lowercase));
    if r.at_start || column_heads {
        return None;
    }
    // Nothing speaks for this run but its capitals: a few words
    // without "of" are most often a person's name.
    let has_of = (r.first..=r.last).any(|k| toks[k].lower == "of");
    let all_common = (r.first..=r.last)
        .filter(|&k| !PARTICLES.contains(&toks[k].lower.as_str()))
        .all(|k| COMMON_WORDS.contains(toks[k].lower.as_str()));
    let given = GIVEN_NAMES.contains(text(r.first));
    // "the Endangered Species Act", "at the MGM Grand": a name
    // after "the" is seldom a person's, save one that opens with a
    // given name ("the Lois Lerner email controversy") or modifies
    // the noun after it ("the Hun Sen government").
    let after_the = r.first > 0
        && toks[r.first - 1].lower == "the"
        && !given
        && toks.get(r.last + 1).is_none_or(|t| {
            !body[t.span.start..].starts_with(char::is_lowercase) || is_stopword(&t.lower)
        });
    // "Nature Astronomy", "Advanced Micro": a run that opens with
    // a word of English prose that is no surname, holds no given
    // name and closes with no surname is a work, a product or a
    // body, not a person.
    // Nor is one with a product's word in it ("MacBook Pro",
    // "PlayStation Vita").
    let not_a_person_s_words = |first: usize, last: usize| {
        let w = toks[first].lower.as_str();
        // (A word of prose is a surname here only if a common one:
        // "Catching Fire", not "Golden Globe"; a short one may be
        // a Chinese name's, "Ye Zhaoying". Not in an office, which
        // the actor layer reads: "Vice Foreign Minister".)
        let office = (first..=last).any(|k| is_title_word(&toks[k].lower));
        let surname = |lower: &str| {
            SURNAMES.get(lower).is_some_and(|&rank| {
                office || rank <= COMMON_SURNAME_RANK || !PROSE_WORDS.contains(lower)
            })
        };
        let prose_opens = !office && w.len() >= 4 && PROSE_WORDS.contains(w);
        (COMMON_WORDS.contains(w) || prose_opens)
            && !(first..=last).any(|k| GIVEN_NAMES.contains(text(k)))
            && !surname(w)
            && !surname(toks[last].lower.as_str())
            && !has_surname_ending(&toks[last].lower)
            || (first..=last).any(|k| is_product_shaped(text(k)))
    };
    // ("St Kilda", "St. Petersburg": a saint's name is a place's,
    // a club's or a church's.)
    let saint = matches!(text(r.first), "St" | "St." | "Ste");
    let t = if saint {
        MentionType::LOC
    } else if has_of
        || all_common
        || after_the
        || !given && is_plural_not_surname(text(r.last))
        || !given && reader.town_and_plural(r)
        || reader.city_and_plural(r)
        || reader.acronym_and_city(r)
    {
        MentionType::ORG
    } else if (r.first..=r.last).filter(|&k| toks[k].lower != ".").count() < 5
        && !(r.last > r.first && not_a_person_s_words(r.first, r.last))
    {
        DEFAULT_TYPE
    } else {
        MentionType::MISC
    };
    Some(t)
}

/// Reads the guesses of [`type_by_context`] (`census_guesses`) and the lone
/// words it left again, now that every run is typed: a guess that opens a
/// body's name is the body, one joined by "and" or "or" to a name of another
/// type takes that type, a town named like a surname that acts is a person,
/// a word listed between persons is one, and a guess at one end of a route
/// to a place is a place.
pub(super) fn correct_guesses(
    reader: &Reader,
    earlier: &[(usize, usize, MentionType)],
    runs: &[Run],
    out: &mut [Option<Name>],
    census_guesses: Vec<usize>,
) {
    let text = |i: usize| reader.text(i);
    let lone_unknowns = lone_unknown_words(reader, runs, out);
    let towns_named_like_surnames = towns_named_like_surnames(reader, runs, out);
    let on_a_route = guessed_people_on_a_route(reader, runs, out);
    // Each name's type at its first and last token; built only when a
    // guess needs it.
    let type_at: TypeAt = if census_guesses.is_empty()
        && lone_unknowns.is_empty()
        && towns_named_like_surnames.is_empty()
        && on_a_route.is_empty()
    {
        HashMap::new()
    } else {
        typed_spans(earlier, out)
            .flat_map(|(first, last, t)| [(first, t), (last, t)])
            .collect()
    };
    // A lone word taken for a person for want of anything else that opens a
    // body's name typed only by now ("Creighton" after "Creighton
    // Bluejays", a team by its plural) is the body.
    let openers = body_openers(reader, earlier, out);
    for &k in &census_guesses {
        if let Some(n) = out[k].as_mut().filter(|n| openers.contains(text(n.first))) {
            n.mention_type = MentionType::ORG;
        }
    }
    // "General Motors and Ford": a guess joined by "and" or "or" to a name
    // of another type takes that type. (A town named like a surname is
    // itself a guess, read below: it types no person's guess as a place,
    // "O'Neal and Bryant combined".)
    let town_guesses: HashSet<usize> = towns_named_like_surnames
        .iter()
        .map(|&k| runs[k].first)
        .collect();
    for k in census_guesses {
        let i = runs[k].first;
        let beside_a_town_guess =
            (i >= 2 && town_guesses.contains(&(i - 2))) || town_guesses.contains(&(i + 2));
        if let (Some(n), Some(t)) = (out[k].as_mut(), joined_type(reader, &type_at, i)) {
            if !(beside_a_town_guess && t == MentionType::LOC) {
                n.mention_type = t;
            }
        }
    }
    // ("stopped LaSalle's vehicle", "but LaSalle refused": a town so named
    // that acts as a person is one.)
    for k in towns_named_like_surnames {
        if joined_type(reader, &type_at, runs[k].first) == Some(MentionType::PER)
            || reader.acts_as_a_person(runs[k].first)
        {
            out[k] = Some(name(&runs[k], MentionType::PER, None));
        }
    }
    for k in lone_unknowns {
        if listed_between_persons(reader, &type_at, runs[k].first) {
            out[k] = Some(name(&runs[k], MentionType::PER, None));
        }
    }
    for k in on_a_route {
        if ends_a_route_to_a_place(reader, &type_at, &runs[k]) {
            out[k] = Some(name(&runs[k], MentionType::LOC, None));
        }
    }
}

/// Each typed name's type at its first and last token.
type TypeAt = HashMap<usize, MentionType>;

/// The untyped lone words no list knows, shaped like a surname (for
/// `listed_between_persons`).
fn lone_unknown_words(reader: &Reader, runs: &[Run], out: &[Option<Name>]) -> Vec<usize> {
    (0..runs.len())
        .filter(|&k| {
            let i = runs[k].first;
            out[k].is_none()
                && runs[k].last == i
                && reader.unknown_name_word(i)
                && !reader.plural(i)
        })
        .collect()
}

/// The small towns named like a census surname, the gazetteer's guess:
/// "between Mitchell and Nixon", "Palmer and Sherman sat down".
fn towns_named_like_surnames(reader: &Reader, runs: &[Run], out: &[Option<Name>]) -> Vec<usize> {
    (0..runs.len())
        .filter(|&k| {
            let i = runs[k].first;
            runs[k].last == i
                && out[k].as_ref().is_some_and(|n| {
                    n.mention_type == MentionType::LOC
                        && n.entity
                            .as_ref()
                            .is_some_and(|e| e.kind == EntityKind::Place)
                })
                && SURNAMES.contains_key(reader.toks[i].lower.as_str())
                && place_population(reader.text(i)).is_some_and(|p| p < OPENING_PLACE_POPULATION)
        })
        .collect()
}

/// The guessed persons' names after "from" or "to" (for
/// `ends_a_route_to_a_place`): "from Bener Meriah to Banda Aceh".
fn guessed_people_on_a_route(reader: &Reader, runs: &[Run], out: &[Option<Name>]) -> Vec<usize> {
    let toks = reader.toks;
    (0..runs.len())
        .filter(|&k| {
            let r = &runs[k];
            r.first > 0
                && matches!(toks[r.first - 1].lower.as_str(), "from" | "to")
                && out[k]
                    .as_ref()
                    .is_some_and(|n| n.mention_type == MentionType::PER && n.entity.is_none())
                && !(r.first..=r.last).any(|i| GIVEN_NAMES.contains(reader.text(i)))
        })
        .collect()
}

/// The type of the name joined by "and" or "or" to the lone word at `i`.
fn joined_type(reader: &Reader, type_at: &TypeAt, i: usize) -> Option<MentionType> {
    let toks = reader.toks;
    let joins = |j: usize| {
        toks.get(j)
            .is_some_and(|t| matches!(t.lower.as_str(), "and" | "or"))
    };
    // (The name before may close with an abbreviation's dot: "Corp. and".)
    let end_before = |j: usize| match toks[j].lower.as_str() {
        "." if j > 0 => j - 1,
        _ => j,
    };
    let before = (i >= 2 && joins(i - 1))
        .then(|| type_at.get(&end_before(i - 2)))
        .flatten();
    let after = joins(i + 1).then(|| type_at.get(&(i + 2))).flatten();
    before.or(after).copied()
}

/// "Izetbegovic, Krajisnik and Zubak met": whether the lone word at `i` is
/// listed between persons. (Beside one person only, it is as often a
/// product or a place: "Skype, Hulu".)
fn listed_between_persons(reader: &Reader, type_at: &TypeAt, i: usize) -> bool {
    let joins = |j: usize| {
        reader
            .toks
            .get(j)
            .is_some_and(|t| matches!(t.lower.as_str(), "and" | "or" | ","))
    };
    let person_at = |j: usize| type_at.get(&j) == Some(&MentionType::PER);
    i >= 2 && joins(i - 1) && person_at(i - 2) && joins(i + 1) && person_at(i + 2)
}

/// "from Bener Meriah to Banda Aceh", "from Kabul to Jalalabad": whether
/// the other end of the route that run `r` is on is a place.
fn ends_a_route_to_a_place(reader: &Reader, type_at: &TypeAt, r: &Run) -> bool {
    let toks = reader.toks;
    let place_at = |j: usize| type_at.get(&j) == Some(&MentionType::LOC);
    let from_here = toks[r.first - 1].lower == "from"
        && toks.get(r.last + 1).is_some_and(|t| t.lower == "to")
        && place_at(r.last + 2);
    let to_here = toks[r.first - 1].lower == "to"
        && r.first >= 2
        && place_at(r.first - 2)
        && (r.first.saturating_sub(8)..r.first - 2).any(|i| toks[i].lower == "from");
    from_here || to_here
}
