//! Headlines and shouted lines, whose capitals say nothing: the names
//! the article's sentences type, and what stands out by itself.

use super::*;

/// Whether the words of tokens `s0..s1` are capitalized for a headline's
/// sake, not a name's: a headline capitalizes common words too ("Climber
/// Dies After Fall"), or shouts ("SOMALI TROOPS RETAKE BAIDOA"); a sentence
/// full of names does neither.
pub(crate) fn capitals_say_nothing(body: &str, toks: &[Token], (s0, s1): (usize, usize)) -> bool {
    let text = |i: usize| &body[toks[i].span.start..toks[i].span.end];
    let words = (s0..s1)
        .filter(|&i| toks[i].kind == TokenKind::Word)
        .count();
    let capital_common = (s0 + 1..s1)
        .filter(|&i| toks[i].kind == TokenKind::Word && toks[i].capitalized)
        .filter(|&i| {
            let w = toks[i].lower.as_str();
            STOPWORDS.contains(w) || COMMON_WORDS.contains(w)
        })
        .count();
    let shouted = (s0..s1)
        .filter(|&i| toks[i].kind == TokenKind::Word && text(i).chars().count() >= 2)
        .filter(|&i| !text(i).chars().any(char::is_lowercase))
        .count();
    capital_common * 10 >= words * 3 || shouted * 10 >= words * 6
}

/// Words that open an event's name before its closing word ("WORLD CUP",
/// "GRAND SLAM CUP", "AFRICAN NATIONS CUP") though they are words of prose.
pub(super) const EVENT_OPENERS: [&str; 10] = [
    "world",
    "grand",
    "slam",
    "nations",
    "champions",
    "super",
    "masters",
    "winners",
    "cup",
    "challenge",
];

/// The names a headline shows by themselves, in `sentence`'s tokens, where
/// capitals say nothing: a big place, the longest first ("LAS VEGAS"); and
/// in shouted words an event or body by its closing word and the names
/// before it ("EUROPEAN CUP", "HONG KONG OPEN", "MANCHESTER UNITED"), a
/// person by the census ("TYSON TO FIGHT HOLYFIELD"), and an acronym of
/// three letters ("NBA"; those of two are more often a place or an office,
/// "DC", "VP"). In a sports report's headline (`sport`: its line opens
/// with a sport's label) a shouted word no list knows is a player.
pub(super) fn headline_names(
    body: &str,
    toks: &[Token],
    (s0, s1): (usize, usize),
    sport: bool,
    cap: &dyn Fn(usize) -> bool,
    same_line: &dyn Fn(usize, usize) -> bool,
) -> Vec<Name> {
    let mut h = Headline {
        body,
        toks,
        s0,
        s1,
        sport,
        cap,
        same_line,
        taken: vec![false; s1 - s0],
        out: Vec::new(),
    };
    // The readings in order, each over the words the ones before left.
    h.events_and_bodies_by_their_closing_word();
    h.competitions();
    h.words_that_name_alone();
    h.big_places();
    if sport {
        h.venues_and_clubs();
    }
    h.shouted_census_names();
    h.given_names_and_surnames();
    if sport {
        h.players();
    }
    h.acronyms();
    h.out
}

/// A headline's tokens `s0..s1` and what its readings took from them.
struct Headline<'a> {
    body: &'a str,
    toks: &'a [Token],
    s0: usize,
    s1: usize,
    /// The line opens with a sport's label.
    sport: bool,
    cap: &'a dyn Fn(usize) -> bool,
    same_line: &'a dyn Fn(usize, usize) -> bool,
    /// Per token from `s0`: a name found holds it.
    taken: Vec<bool>,
    out: Vec<Name>,
}

impl Headline<'_> {
    fn text(&self, i: usize) -> &str {
        &self.body[self.toks[i].span.start..self.toks[i].span.end]
    }

    fn span(&self, a: usize, b: usize) -> &str {
        &self.body[self.toks[a].span.start..self.toks[b].span.end]
    }

    fn lower(&self, i: usize) -> &str {
        self.toks[i].lower.as_str()
    }

    fn shouted(&self, i: usize) -> bool {
        self.toks[i].kind == TokenKind::Word
            && self.text(i).chars().count() >= 2
            && !self.text(i).chars().any(char::is_lowercase)
    }

    fn prose(&self, i: usize) -> bool {
        STOPWORDS.contains(self.lower(i)) || COMMON_WORDS.contains(self.lower(i))
    }

    fn free(&self, i: usize) -> bool {
        (self.cap)(i) && !self.taken[i - self.s0]
    }

    /// A free shouted word that is no word of prose, no word that never
    /// names and no name's word.
    fn shouted_name(&self, i: usize) -> bool {
        self.free(i)
            && self.shouted(i)
            && !self.prose(i)
            && !PROSE_WORDS.contains(self.lower(i))
            && !NOT_NAMES.contains(self.text(i))
            && !NOT_NAMES.contains(title_case(self.text(i)).as_str())
            && name_word(self.text(i)).is_none()
    }

    /// A shouted name is a person's, save after "AT" or "IN" in a sports
    /// headline, where it is the venue ("DETTORI RIDES FOUR WINNERS AT
    /// KEMPTON").
    fn person_or_venue(&self, k: usize) -> MentionType {
        if self.sport && k > self.s0 && matches!(self.text(k - 1), "AT" | "IN") {
            MentionType::LOC
        } else {
            MentionType::PER
        }
    }

    fn take(&mut self, a: usize, b: usize, t: MentionType, e: Option<Entity>) {
        self.taken[a - self.s0..=b - self.s0].fill(true);
        self.out.push(Name {
            first: a,
            last: b,
            mention_type: t,
            entity: e,
        });
    }

    /// Takes each longest run of tokens, from the left, whose words all
    /// pass `word` (on one line with the first).
    fn take_runs(
        &mut self,
        word: impl Fn(&Self, usize) -> bool,
        t: impl Fn(&Self, usize) -> MentionType,
    ) {
        let mut k = self.s0;
        while k < self.s1 {
            if !word(self, k) {
                k += 1;
                continue;
            }
            let mut e = k;
            while e + 1 < self.s1 && word(self, e + 1) && (self.same_line)(e, e + 1) {
                e += 1;
            }
            let mention_type = t(self, k);
            self.take(k, e, mention_type, None);
            k = e + 1;
        }
    }

    /// A competition's name (`competitions.txt`), with the people's word
    /// before it that makes it a national one ("ENGLISH PREMIER LEAGUE").
    fn is_competition(&self, a: usize, b: usize) -> bool {
        COMPETITIONS.contains(title_case_words(self.span(a, b)).as_str())
            || b > a
                && is_demonym_word(self.text(a))
                && COMPETITIONS.contains(title_case_words(self.span(a + 1, b)).as_str())
    }

    /// "EUROPEAN CUP", "MANCHESTER UNITED": a shouted word that closes an
    /// event's or a body's name, and up to three shouted names before it.
    /// (From the right: "WORLD CLUB CUP" is one event, not "WORLD CLUB".)
    fn events_and_bodies_by_their_closing_word(&mut self) {
        let s0 = self.s0;
        for e in (s0..self.s1).rev() {
            if self.taken[e - s0] {
                continue;
            }
            let closing = name_word(self.text(e)).filter(|&&(t, at)| {
                at == Where::Last && matches!(t, MentionType::MISC | MentionType::ORG)
            });
            let Some(&(t, _)) = closing.filter(|_| (self.cap)(e) && self.shouted(e)) else {
                continue;
            };
            // ("SOCCER - SCOTTISH PREMIER DIVISION RESULTS": in sports copy a
            // division is a league's tier, no body.)
            if self.sport && self.lower(e) == "division" {
                continue;
            }
            let mut f = e;
            while f > s0
                && e - f < 3
                && !self.taken[f - 1 - s0]
                && (self.cap)(f - 1)
                && self.shouted(f - 1)
                && (self.same_line)(f - 1, e)
                && (!self.prose(f - 1) || EVENT_OPENERS.contains(&self.lower(f - 1)))
            {
                f -= 1;
            }
            if f < e {
                // (A competition is MISC, whatever its last word: "... LEAGUE".)
                let t = if self.is_competition(f, e) {
                    MentionType::MISC
                } else {
                    t
                };
                self.take(f, e, t, None);
            }
        }
    }

    /// "YANKEES WIN WORLD SERIES": a competition no closing word types is
    /// MISC whole too.
    fn competitions(&mut self) {
        let (s0, s1) = (self.s0, self.s1);
        let mut a = s0;
        while a < s1 {
            let end = (a..(a + 4).min(s1)).rev().find(|&b| {
                // ("ITALIAN SERIE A": a letter may close it.)
                (a..=b).all(|j| {
                    let letter = j == b && j > a && self.text(j).len() == 1;
                    ((self.cap)(j) || letter)
                        && !self.taken[j - s0]
                        && (self.shouted(j) || letter)
                        && (j == a || (self.same_line)(a, j))
                }) && self.is_competition(a, b)
            });
            match end {
                Some(b) => {
                    self.take(a, b, MentionType::MISC, None);
                    a = b + 1;
                }
                None => a += 1,
            }
        }
    }

    /// "BASKETBALL - EUROLEAGUE RESULTS": a word that names alone
    /// (`name-words.tsv`, where "alone"), shouted.
    fn words_that_name_alone(&mut self) {
        for k in self.s0..self.s1 {
            if self.free(k) && self.shouted(k) && self.text(k).chars().count() >= 3 {
                if let Some(&(t, Where::Alone)) = name_word(&title_case(self.text(k))) {
                    self.take(k, k, t, None);
                }
            }
        }
    }

    /// A big place, the longest first ("LAS VEGAS").
    fn big_places(&mut self) {
        let s1 = self.s1;
        let mut k = self.s0;
        while k < s1 {
            let end = (k..(k + 3).min(s1)).rev().find(|&e| {
                (k..=e).all(|j| self.free(j))
                    && (e == k || (self.same_line)(k, e))
                    && place_entry(self.span(k, e))
                        .is_some_and(|p| p.1 .1 >= OPENING_PLACE_POPULATION)
            });
            match end {
                Some(e) => {
                    let entity = place(self.span(k, e), self.span(k, e));
                    self.take(k, e, MentionType::LOC, entity);
                    k = e + 1;
                }
                None => k += 1,
            }
        }
    }

    /// In a sports headline: "DETTORI RIDES TREBLE AT SANDOWN", a town of
    /// any size after "AT" is the venue; "BASKETBALL - BULLS BEAT KNICKS", a
    /// club's nickname is the club.
    fn venues_and_clubs(&mut self) {
        for k in self.s0 + 1..self.s1 {
            if self.text(k - 1) == "AT"
                && self.free(k)
                && self.shouted(k)
                && is_known_place(&title_case(self.text(k)))
            {
                self.take(k, k, MentionType::LOC, None);
            }
        }
        for k in self.s0..self.s1 {
            if self.shouted_name(k) && CLUB_NICKNAMES.contains(title_case(self.text(k)).as_str()) {
                self.take(k, k, MentionType::ORG, None);
            }
        }
    }

    /// "TYSON TO FIGHT HOLYFIELD": shouted names the census lists.
    fn shouted_census_names(&mut self) {
        let census_name = |h: &Self, i: usize| {
            h.shouted_name(i)
                && h.text(i).chars().count() >= 3
                && (SURNAMES.contains_key(h.lower(i))
                    || GIVEN_NAMES.contains(title_case(h.text(i)).as_str())
                    || has_surname_ending(h.lower(i)))
        };
        self.take_runs(census_name, Self::person_or_venue);
    }

    /// "Legendary Aquatic Musical Star Esther Williams Dies At 91": in title
    /// case, a given name and a surname, neither a word of prose, are a
    /// person's (not "May Day", "Will Power"); "Norbert Leo Butz": a middle
    /// name, then the surname.
    fn given_names_and_surnames(&mut self) {
        let plain_name = |h: &Self, i: usize| {
            (h.cap)(i)
                && !h.taken[i - h.s0]
                && !h.shouted(i)
                && !PROSE_WORDS.contains(h.lower(i))
                && !COMMON_WORDS.contains(h.lower(i))
        };
        for k in self.s0..self.s1.saturating_sub(1) {
            if plain_name(self, k)
                && plain_name(self, k + 1)
                && (self.same_line)(k, k + 1)
                && GIVEN_NAMES.contains(self.text(k))
                && (SURNAMES.contains_key(self.lower(k + 1))
                    || has_surname_ending(self.lower(k + 1)))
            {
                let mut e = k + 1;
                while e + 1 < self.s1
                    && e < k + 3
                    && plain_name(self, e + 1)
                    && (self.same_line)(e, e + 1)
                    && SURNAMES.contains_key(self.lower(e + 1))
                {
                    e += 1;
                }
                self.take(k, e, MentionType::PER, None);
            }
        }
    }

    /// In a sports report's headline, a shouted word no list knows is a
    /// person: the names such a headline holds that no list has are mostly
    /// foreign players ("TENNIS - SAMPRAS BEATS ..."); places, clubs and
    /// events were read before, and a word of prose in any of its forms is
    /// no name. (Elsewhere such a word is as often a product or a disease,
    /// "IPHONE", "ZIKA".)
    fn players(&mut self) {
        let unknown_name = |h: &Self, i: usize| {
            h.shouted_name(i)
                && h.text(i).chars().count() >= 4
                && h.text(i).chars().all(|c| c.is_alphabetic())
                && !is_prose_form(h.lower(i))
                && !is_known_place(&title_case(h.text(i)))
        };
        self.take_runs(unknown_name, Self::person_or_venue);
    }

    /// A shouted word of three capitals is an acronym ("NBA"). ("PROFITS
    /// RISE 10 PCT", "5 MLN": not after a number, a unit.)
    fn acronyms(&mut self) {
        for k in self.s0..self.s1 {
            if self.shouted_name(k)
                && self.text(k).len() == 3
                && self.text(k).chars().all(|c| c.is_ascii_uppercase())
                && !(k > self.s0 && self.toks[k - 1].kind == TokenKind::Number)
            {
                self.take(k, k, MentionType::ORG, None);
            }
        }
    }
}
