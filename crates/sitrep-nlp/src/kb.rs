//! The actor knowledge base, loaded from the files in `data/actors/` (formats
//! in `data/README.md`). Compiled into the binary, so sitrep needs no data at
//! run time.

use crate::spelling::OneEditIndex;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use jiff::civil::Date;
use sitrep_core::data::{alternatives, opt, tsv_rows};
use sitrep_core::{Entity, EntityKind, Term};
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

pub(crate) const COUNTRIES: &str = include_str!("../../../data/actors/countries.tsv");
const ORGANIZATIONS: &str = include_str!("../../../data/actors/organizations.tsv");
const COMPANIES: &str = include_str!("../../../data/actors/companies.tsv");
const CLUBS: &str = include_str!("../../../data/actors/clubs.tsv");
const PEOPLE: &str = include_str!("../../../data/actors/people.tsv");
const AGENCIES: &str = include_str!("../../../data/actors/agencies.tsv");
const PLACES: &str = include_str!("../../../data/actors/places.tsv");
pub(crate) const GENERIC: &str = include_str!("../../../data/actors/generic.tsv");
const SPELLINGS: &str = include_str!("../../../data/actors/spellings.tsv");

/// How a name in the text relates to its entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameRole {
    /// The entry's name or an alias ("Iran", "Hezbollah").
    Name,
    /// A demonym used as adjective or plural noun ("Iranian", "Americans").
    Demonym,
    /// A capital or seat of power standing for the state ("Tehran", "the Kremlin").
    Seat,
}

#[derive(Debug, Clone)]
pub struct Entry {
    pub entity: Entity,
    /// Home country of a group or person.
    pub country: Option<String>,
}

impl Entry {
    /// For an office holder, the day they took the office.
    pub fn from(&self) -> Option<Date> {
        self.entity.term.and_then(|t| t.from)
    }

    /// For an office holder, the day they left it (none while they hold it).
    pub fn to(&self) -> Option<Date> {
        self.entity.term.and_then(|t| t.to)
    }
}

/// A description head from `generic.tsv` ("source", "regime", "resistance groups").
#[derive(Debug, Clone)]
pub struct GenericHead {
    pub words: Vec<String>,
    pub sector: String,
    pub anonymous: bool,
    pub name: String,
    /// A body a state has one of ("army"): named bare, it is the country's
    /// the article is about.
    pub national: bool,
    /// A weapon, a site or a coalition of states ("missiles", "a base", "the
    /// coalition"): a place named beside it says where it is, not whose it is.
    pub located_only: bool,
    /// In the plural, the parties to a conflict or to talks ("the warring
    /// sides"): several, so no one country's.
    pub several: bool,
    /// Also a verb's -s form ("states"), which it is after a person's name
    /// or a subject pronoun: "Byrne states that", "it states".
    pub verb: bool,
}

pub struct KnowledgeBase {
    pub entries: Vec<Entry>,
    /// Alias index: pattern number -> (entry, role).
    aliases: Vec<(usize, NameRole)>,
    matcher: AhoCorasick,
    pub generic: Vec<GenericHead>,
    by_code: HashMap<String, usize>,
    /// The last word of every person's name, lower-cased: a lone word is
    /// looked up here for every capitalized word of every article.
    person_surnames: HashSet<String>,
    /// States' one-word names and demonyms, for a word misspelling one.
    misspelt_states: OneEditIndex<(usize, NameRole)>,
    /// Entry -> the rows of the person it is, one per office held, when
    /// more than one ("Vladimir Putin": president, prime minister, president
    /// again): an index into `namesake_rows`.
    namesakes_of: Vec<Option<u32>>,
    namesake_rows: Vec<Vec<usize>>,
}

/// A name found in a text.
#[derive(Debug, Clone, Copy)]
pub struct NameMatch {
    pub start: usize,
    pub end: usize,
    pub entry: usize,
    pub role: NameRole,
}

/// Entries and their alias patterns as the files are read.
#[derive(Default)]
struct Builder {
    entries: Vec<Entry>,
    patterns: Vec<String>,
    aliases: Vec<(usize, NameRole)>,
}

impl Builder {
    fn push(&mut self, entity: Entity, country: Option<String>) -> usize {
        self.entries.push(Entry { entity, country });
        self.entries.len() - 1
    }

    fn names<'a>(&mut self, entry: usize, names: impl Iterator<Item = &'a str>, role: NameRole) {
        for n in names {
            self.patterns.push(n.to_string());
            self.aliases.push((entry, role));
        }
    }

    /// A row of a "name, country, aliases" file: an entry of that home
    /// country found by its name and each alias.
    fn named_row(&mut self, row: &[&str], sector: Option<&str>, kind: EntityKind) {
        let e = entity(row[0], opt(row[1]), sector, None, kind);
        let n = self.push(e, opt(row[1]));
        self.names(
            n,
            std::iter::once(row[0]).chain(alternatives(row[2])),
            NameRole::Name,
        );
    }
}

impl Builder {
    /// The states of `countries.tsv`, by their names, demonyms and seats.
    fn states(&mut self) {
        for row in tsv_rows(COUNTRIES, 6) {
            let e = entity(
                row[1],
                opt(row[0]),
                Some("GOV"),
                opt(row[5]),
                EntityKind::State,
            );
            let n = self.push(e, opt(row[0]));
            self.names(n, alternatives(row[2]), NameRole::Name);
            self.names(n, alternatives(row[3]), NameRole::Demonym);
            self.names(n, alternatives(row[4]), NameRole::Seat);
        }
    }

    /// The international organizations and groups of `organizations.tsv`.
    fn organizations(&mut self) {
        for row in tsv_rows(ORGANIZATIONS, 6) {
            let kind = if row[1] == "IGO" {
                EntityKind::Igo
            } else {
                EntityKind::Group
            };
            let e = entity(
                row[0],
                opt(row[1]),
                opt(row[2]).as_deref(),
                opt(row[4]),
                kind,
            );
            let n = self.push(e, opt(row[3]));
            self.names(
                n,
                std::iter::once(row[0]).chain(alternatives(row[5])),
                NameRole::Name,
            );
        }
    }

    /// The people of `people.tsv`, with their offices and terms.
    fn people(&mut self) {
        for row in tsv_rows(PEOPLE, 9) {
            let mut e = entity(
                row[0],
                opt(row[1]),
                opt(row[2]).as_deref(),
                opt(row[7]),
                EntityKind::Person,
            );
            e.office = opt(row[3]);
            e.affiliation = opt(row[6]);
            let (from, to) = (parse_date(row[4]), parse_date(row[5]));
            e.term = (from.is_some() || to.is_some()).then_some(Term { from, to });
            let n = self.push(e, opt(row[1]));
            self.names(
                n,
                std::iter::once(row[0]).chain(alternatives(row[8])),
                NameRole::Name,
            );
        }
    }

    /// The states' one-word names and demonyms, to find them misspelt by
    /// one edit.
    fn misspelt_states(&self) -> OneEditIndex<(usize, NameRole)> {
        let mut index = OneEditIndex::default();
        for (pattern, &(entry, role)) in self.patterns.iter().zip(&self.aliases) {
            let one_word = pattern.chars().all(char::is_alphabetic);
            if one_word
                && role != NameRole::Seat
                && self.entries[entry].entity.kind == EntityKind::State
            {
                index.insert(pattern, (entry, role));
            }
        }
        index
    }
}

/// The heads of descriptions (`generic.tsv`): "officials", "a spokesman".
fn generic_heads() -> Vec<GenericHead> {
    tsv_rows(GENERIC, 5)
        .flat_map(|row| {
            alternatives(row[0])
                .map(|head| GenericHead {
                    words: head.split_whitespace().map(str::to_string).collect(),
                    sector: row[1].to_string(),
                    anonymous: row[2] == "y",
                    name: row[3].to_string(),
                    national: row.get(4) == Some(&"y"),
                    located_only: row.get(5) == Some(&"y"),
                    several: row.get(6) == Some(&"y"),
                    verb: row.get(7) == Some(&"y"),
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The people listed under one name more than once (one per office held,
/// "Vladimir Putin"): each entry's group of rows, and each group's rows.
fn namesakes(entries: &[Entry]) -> (Vec<Option<u32>>, Vec<Vec<usize>>) {
    let mut by_name: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, e) in entries.iter().enumerate() {
        if e.entity.kind == EntityKind::Person {
            by_name.entry(&e.entity.name).or_default().push(i);
        }
    }
    let mut namesakes_of = vec![None; entries.len()];
    let namesake_rows: Vec<Vec<usize>> = by_name
        .into_values()
        .filter(|rows| rows.len() > 1)
        .collect();
    for (g, rows) in namesake_rows.iter().enumerate() {
        for &i in rows {
            namesakes_of[i] = Some(g as u32);
        }
    }
    (namesakes_of, namesake_rows)
}

impl Builder {
    /// Each name again in the other spelling of a word in it
    /// (`spellings.tsv`: "Organisation of African Unity"), unless another
    /// entry is named so ("Labour Party" is not Israel's "Labor Party").
    fn other_spellings(&mut self) {
        let pairs: Vec<(&str, &str)> = tsv_rows(SPELLINGS, 2)
            .flat_map(|r| [(r[0], r[1]), (r[1], r[0])])
            .collect();
        let known: HashSet<String> = self.patterns.iter().cloned().collect();
        let mut added = HashSet::new();
        for k in 0..self.patterns.len() {
            for &(from, to) in &pairs {
                let name = &self.patterns[k];
                if !name.split(' ').any(|w| w == from) {
                    continue;
                }
                let other = name
                    .split(' ')
                    .map(|w| if w == from { to } else { w })
                    .collect::<Vec<_>>()
                    .join(" ");
                if !known.contains(&other) && added.insert(other.clone()) {
                    self.patterns.push(other);
                    self.aliases.push(self.aliases[k]);
                }
            }
        }
    }

    /// Each name with accented letters again without them, as wire copy
    /// writes it ("Telefonica", "Sinn Fein"), unless another name is written
    /// so.
    fn unaccented_spellings(&mut self) {
        use unicode_normalization::char::is_combining_mark;
        use unicode_normalization::UnicodeNormalization;
        let known: HashSet<String> = self.patterns.iter().cloned().collect();
        let mut added = HashSet::new();
        for k in 0..self.patterns.len() {
            if self.patterns[k].is_ascii() {
                continue;
            }
            let plain: String = self.patterns[k]
                .nfd()
                .filter(|c| !is_combining_mark(*c))
                .collect();
            if plain != self.patterns[k] && !known.contains(&plain) && added.insert(plain.clone()) {
                self.patterns.push(plain);
                self.aliases.push(self.aliases[k]);
            }
        }
    }

    /// Each name with a possessive again as tokenized text writes it
    /// ("Moody 's", CoNLL's style) and with a typographic apostrophe
    /// ("Moody’s").
    fn possessive_spellings(&mut self) {
        for k in 0..self.patterns.len() {
            if !self.patterns[k].contains("'s") {
                continue;
            }
            let name = self.patterns[k].clone();
            for other in [name.replace("'s", " 's"), name.replace("'s", "’s")] {
                self.patterns.push(other);
                self.aliases.push(self.aliases[k]);
            }
        }
    }
}

/// The state with this ISO 3166-1 alpha-3 code, as an entity named by no
/// words of any text (`text` is empty): for what the coder infers, not reads.
pub fn country(code: &str) -> Option<Entity> {
    static STATES: LazyLock<HashMap<String, Entity>> = LazyLock::new(|| {
        tsv_rows(COUNTRIES, 6)
            .filter_map(|row| {
                let code = opt(row[0])?;
                let e = entity(
                    row[1],
                    Some(code.clone()),
                    None,
                    opt(row[5]),
                    EntityKind::State,
                );
                Some((code, e))
            })
            .collect()
    });
    STATES.get(code).cloned()
}

fn entity(
    name: &str,
    code: Option<String>,
    sector: Option<&str>,
    wikidata: Option<String>,
    kind: EntityKind,
) -> Entity {
    Entity {
        name: name.to_string(),
        code,
        sector: sector.map(str::to_string),
        wikidata,
        text: String::new(),
        ..Entity::named("", kind)
    }
}

fn parse_date(s: &str) -> Option<Date> {
    s.trim().parse().ok()
}

impl KnowledgeBase {
    /// The knowledge base shipped in `data/actors/`.
    pub fn embedded() -> Self {
        let mut b = Builder::default();
        b.states();
        b.organizations();
        // Listed companies: business (BUS) of their home country.
        for row in tsv_rows(COMPANIES, 3) {
            b.named_row(&row, Some("BUS"), EntityKind::Group);
        }
        // Sports clubs: bodies of their country, of no sector.
        for row in tsv_rows(CLUBS, 3) {
            b.named_row(&row, None, EntityKind::Group);
        }
        b.people();
        for row in tsv_rows(AGENCIES, 3) {
            b.named_row(&row, Some("JRN"), EntityKind::Agency);
        }
        for row in tsv_rows(PLACES, 3) {
            b.named_row(&row, None, EntityKind::Place);
        }
        b.other_spellings();
        b.possessive_spellings();
        b.unaccented_spellings();
        let matcher = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&b.patterns)
            .expect("alias automaton builds");
        let by_code = b
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.entity.kind == EntityKind::State)
            .map(|(i, e)| (e.entity.code.clone().unwrap(), i))
            .collect();
        let person_surnames = b
            .entries
            .iter()
            .filter(|e| e.entity.kind == EntityKind::Person)
            .filter_map(|e| e.entity.name.rsplit(' ').next())
            .map(str::to_lowercase)
            // ("Hun Sen": not every "Sen." is his; nor every "Price" Tom
            // Price's: a word of prose is no surname alone.)
            .filter(|w| !crate::names::is_title_word(w) && !crate::names::is_common_word(w))
            .collect();
        let (namesakes_of, namesake_rows) = namesakes(&b.entries);
        KnowledgeBase {
            misspelt_states: b.misspelt_states(),
            entries: b.entries,
            aliases: b.aliases,
            matcher,
            generic: generic_heads(),
            by_code,
            person_surnames,
            namesakes_of,
            namesake_rows,
        }
    }

    /// Every known name in `text`, leftmost-longest, on word boundaries.
    pub fn find_names(&self, text: &str) -> Vec<NameMatch> {
        self.matcher
            .find_iter(text)
            .filter(|m| {
                let before = text[..m.start()].chars().next_back();
                let after = text[m.end()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
            .map(|m| {
                let (entry, role) = self.aliases[m.pattern().as_usize()];
                // Aliases such as "the Strip" need their article to be told
                // apart; the mention itself starts after it.
                let start = if text[m.start()..].starts_with("the ") {
                    m.start() + 4
                } else {
                    m.start()
                };
                NameMatch {
                    start,
                    end: m.end(),
                    entry,
                    role,
                }
            })
            .collect()
    }

    /// The state whose one-word name or demonym `word` misspells, by one
    /// letter dropped, added, changed or swapped ("Ethopia", "Quatar"): see
    /// [`crate::spelling`] for the words it leaves alone.
    pub fn misspelt_state(&self, word: &str) -> Option<(usize, NameRole)> {
        self.misspelt_states.lookup(word)
    }

    pub fn state(&self, code: &str) -> Option<&Entry> {
        self.by_code.get(code).map(|&i| &self.entries[i])
    }

    /// The person a title and a surname name ("President Bush", "Chancellor
    /// Kohl"): an office holder with that surname whose office holds the
    /// title word, the one in office on `date` first, else the latest; only
    /// when every such holder served one country.
    pub fn titled_surname(&self, title: &str, surname: &str, date: Date) -> Option<&Entry> {
        let title = title.to_lowercase();
        let found: Vec<&Entry> = self
            .people_named(surname)
            .into_iter()
            .filter(|e| {
                e.entity
                    .office
                    .as_deref()
                    .is_some_and(|o| o.split(' ').any(|w| w == title))
            })
            .collect();
        let country = found.first()?.country.clone();
        if found.iter().any(|e| e.country != country) {
            return None;
        }
        let in_office =
            |e: &&&Entry| e.from().is_none_or(|f| f <= date) && e.to().is_none_or(|t| date < t);
        found
            .iter()
            .find(in_office)
            .or_else(|| found.iter().max_by_key(|e| e.from()))
            .copied()
    }

    /// The row of a person who held several offices (a row each) that
    /// `date` falls in: the office held on that day, else the last one taken
    /// before it, else the first; `entry` itself for everyone else.
    pub fn namesake_on(&self, entry: usize, date: Date) -> usize {
        let Some(g) = self.namesakes_of[entry] else {
            return entry;
        };
        let rows = &self.namesake_rows[g as usize];
        let held = |&&i: &&usize| {
            let e = &self.entries[i];
            e.from().is_none_or(|f| f <= date) && e.to().is_none_or(|t| date < t)
        };
        rows.iter()
            .find(held)
            .or_else(|| {
                rows.iter()
                    .filter(|&&i| self.entries[i].from().is_some_and(|f| f <= date))
                    .max_by_key(|&&i| self.entries[i].from())
            })
            .copied()
            .unwrap_or(entry)
    }

    /// The people in the knowledge base whose last name is `surname`.
    fn people_named<'a>(&'a self, surname: &str) -> Vec<&'a Entry> {
        self.entries
            .iter()
            .filter(|e| {
                e.entity.kind == EntityKind::Person
                    && e.entity
                        .name
                        .rsplit(' ')
                        .next()
                        .is_some_and(|last| last.eq_ignore_ascii_case(surname))
            })
            .collect()
    }

    /// Whether the whole of `name` is a person's name, alias ("Asad") or
    /// surname ("Bush").
    pub fn is_person_name(&self, name: &str) -> bool {
        self.person_surnames.contains(&name.to_lowercase())
            || self.find_names(name).iter().any(|m| {
                m.start == 0
                    && m.end == name.len()
                    && m.role == NameRole::Name
                    && self.entries[m.entry].entity.kind == EntityKind::Person
            })
    }

    /// The country of the leaders with this surname, when they all served
    /// one ("Bush" in "the Bush administration": both were US presidents).
    pub fn leader_surname_country(&self, surname: &str) -> Option<&str> {
        let mut countries = self
            .people_named(surname)
            .into_iter()
            .filter(|e| e.entity.office.is_some())
            .map(|e| e.country.as_deref());
        let first = countries.next()??;
        countries.all(|c| c == Some(first)).then_some(first)
    }

    /// The person who held `office` for `country` on `date`.
    pub fn office_holder(&self, country: &str, office: &str, date: Date) -> Option<&Entry> {
        self.office_holder_of(country, None, office, date)
    }

    /// The holder of `office` at `date` for a body (`affiliation`: the
    /// group's or organization's canonical name, "Hezbollah", "NATO") or,
    /// with none, for the state whose code is `country`.
    pub fn office_holder_of(
        &self,
        country: &str,
        affiliation: Option<&str>,
        office: &str,
        date: Date,
    ) -> Option<&Entry> {
        self.entries.iter().find(|e| {
            e.entity.kind == EntityKind::Person
                && e.country.as_deref() == Some(country)
                && (affiliation.is_none() || e.entity.affiliation.as_deref() == affiliation)
                && e.entity
                    .office
                    .as_deref()
                    .is_some_and(|o| o.eq_ignore_ascii_case(office))
                && e.from().is_none_or(|f| f <= date)
                && e.to().is_none_or(|t| date <= t)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_country_by_its_code_has_no_words() {
        let tur = country("TUR").unwrap();
        assert_eq!(tur.code.as_deref(), Some("TUR"));
        assert_eq!(tur.kind, EntityKind::State);
        assert!(tur.text.is_empty() && tur.sector.is_none());
        assert!(country("IGO").is_none());
    }

    #[test]
    fn names_demonyms_and_seats_resolve() {
        let kb = KnowledgeBase::embedded();
        let text = "Tehran said Iranian officials met Hezbollah in the Gaza Strip, not Irania.";
        let found: Vec<(&str, &str, NameRole)> = kb
            .find_names(text)
            .iter()
            .map(|m| {
                (
                    &text[m.start..m.end],
                    kb.entries[m.entry].entity.name.as_str(),
                    m.role,
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                ("Tehran", "Iran", NameRole::Seat),
                ("Iranian", "Iran", NameRole::Demonym),
                ("Hezbollah", "Hezbollah", NameRole::Name),
                ("Gaza Strip", "Gaza Strip", NameRole::Name),
            ]
        );
    }

    #[test]
    fn a_title_and_a_surname_name_the_holder_of_the_day() {
        let kb = KnowledgeBase::embedded();
        let who = |t: &str, s: &str, y: i16| {
            kb.titled_surname(t, s, jiff::civil::date(y, 6, 1))
                .map(|e| e.entity.name.clone())
        };
        assert_eq!(
            who("President", "Bush", 1990).as_deref(),
            Some("George H. W. Bush")
        );
        assert_eq!(
            who("President", "Bush", 2004).as_deref(),
            Some("George W. Bush")
        );
        // Out of office at the date: the latest holder of the name.
        assert_eq!(
            who("President", "Bush", 2015).as_deref(),
            Some("George W. Bush")
        );
        // The title must fit the office.
        assert_eq!(who("Chancellor", "Bush", 2004), None);
    }

    #[test]
    fn a_surname_alone_names_a_person_unless_it_is_a_word_of_prose() {
        let kb = KnowledgeBase::embedded();
        assert!(kb.is_person_name("Bush"));
        assert!(kb.is_person_name("Kempthorne"));
        // Tom Price's surname is a word of prose.
        assert!(kb.is_person_name("Tom Price"));
        assert!(!kb.is_person_name("Price"));
    }

    #[test]
    fn someone_who_held_several_offices_holds_the_one_of_the_day() {
        let kb = KnowledgeBase::embedded();
        let putin = kb
            .find_names("Vladimir Putin")
            .first()
            .map(|m| m.entry)
            .unwrap();
        let office = |y, m, d| {
            let e = &kb.entries[kb.namesake_on(putin, jiff::civil::date(y, m, d))];
            e.entity.office.clone().unwrap()
        };
        assert_eq!(office(2005, 1, 1), "president");
        assert_eq!(office(2010, 6, 1), "prime minister");
        assert_eq!(office(2020, 6, 1), "president");
        // Before any of them: the first row found stands.
        assert_eq!(kb.namesake_on(putin, jiff::civil::date(1990, 1, 1)), putin);
    }

    #[test]
    fn office_holders_resolve_by_date() {
        let kb = KnowledgeBase::embedded();
        let fm = |d| {
            kb.office_holder("IRN", "foreign minister", d)
                .map(|e| e.entity.name.clone())
        };
        assert_eq!(
            fm(jiff::civil::date(2023, 11, 6)).as_deref(),
            Some("Hossein Amir-Abdollahian")
        );
        assert_eq!(
            fm(jiff::civil::date(2025, 1, 1)).as_deref(),
            Some("Abbas Araghchi")
        );
        assert_eq!(fm(jiff::civil::date(2024, 6, 1)), None);
        // The 249 states of ISO 3166-1, the 12 former ones of ISO 3166-3
        // that country-extras.tsv names, and Kosovo (XKX).
        assert_eq!(
            kb.entries
                .iter()
                .filter(|e| e.entity.kind == EntityKind::State)
                .count(),
            249 + 12 + 1
        );
    }
}
