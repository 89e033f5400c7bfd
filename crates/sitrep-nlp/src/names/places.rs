//! The place gazetteer (`cities.tsv`, then the provinces and states of
//! `regions.tsv`), populations, compass words, and US states'
//! abbreviations.

use super::*;

/// Place name -> (country alpha-3 or empty, population): the cities of
/// `cities.tsv`, then the provinces, states and regions of `regions.tsv`
/// under their names and aliases ("Aceh", "Maharashtra", "Borno"), which
/// count as big places, as the US states do in `cities.tsv`.
pub(super) static PLACES: LazyLock<HashMap<&'static str, (&'static str, u64)>> =
    LazyLock::new(|| {
        let mut places: HashMap<&'static str, (&'static str, u64)> =
            tsv_rows(include_str!("../../../../data/actors/cities.tsv"), 3)
                .map(|r| (r[0], (r[1], r[2].parse().unwrap_or(0))))
                .collect();
        for r in tsv_rows(include_str!("../../../../data/actors/regions.tsv"), 2) {
            for name in
                std::iter::once(r[0]).chain(r.get(2).into_iter().flat_map(|a| alternatives(a)))
            {
                places.entry(name).or_insert((r[1], REGION_POPULATION));
            }
        }
        places
    });

/// The size a region of `regions.tsv` counts as (it has none there).
pub(super) const REGION_POPULATION: u64 = 1_000_000;

/// Whether the gazetteer knows a place of this name ("Indiana", "Columbia").
pub(crate) fn is_known_place(name: &str) -> bool {
    PLACES.contains_key(name)
}

/// A saint's, mount's or fort's abbreviation, which goes on in a name with
/// its dot ("St. Louis", "Warren St. John", "Mt. Everest").
pub(crate) fn is_place_abbreviation(word: &str) -> bool {
    matches!(word, "St" | "Ste" | "Mt" | "Ft")
}

/// A word before a name that makes it a place ("in Marea").
pub(crate) fn is_place_preposition(lower: &str) -> bool {
    PLACE_PREPOSITIONS.contains(&lower)
}

pub(super) static PLACE_ENDINGS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    word_set(include_str!("../../../../data/lexicon/place-endings.txt"))
        .into_iter()
        .collect()
});

/// Whether a lower-case word closes with a place's ending (`place-endings.txt`:
/// "leicestershire").
pub(super) fn has_place_ending(lower: &str) -> bool {
    has_ending(&PLACE_ENDINGS, lower)
}

/// The population of the gazetteer's place of this name.
pub(crate) fn place_population(name: &str) -> Option<u64> {
    place_entry(name).map(|(_, &(_, population))| population)
}

/// A city this big whose name is also a given name, before a plural, is a
/// team's city ("Denver Broncos", "Houston Astros").
pub(super) const BIG_CITY_POPULATION: u64 = 500_000;

/// Words before a name that make it a place.
pub(super) const PLACE_PREPOSITIONS: [&str; 6] =
    ["in", "near", "outside", "across", "around", "towards"];
pub(super) const COMPASS: [&str; 8] = [
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
];

/// The place entity for a gazetteer name.
pub fn place(name: &str, text: &str) -> Option<Entity> {
    let (name, &(code, _)) = place_entry(name)?;
    Some(Entity {
        name: name.to_string(),
        code: (!code.is_empty()).then(|| code.to_string()),
        ..Entity::named(text, EntityKind::Place)
    })
}

/// The gazetteer's row for a name as written, or for a shouted name in
/// title case ("MOGADISHU").
pub(super) fn place_entry(name: &str) -> Option<(&'static str, &'static (&'static str, u64))> {
    if let Some((k, v)) = PLACES.get_key_value(name) {
        return Some((k, v));
    }
    if !is_shouted(name) {
        return None;
    }
    PLACES
        .get_key_value(title_case_words(name).as_str())
        .map(|(k, v)| (*k, v))
}

/// A lone word opening a sentence is a place only if the place is this big:
/// small towns are named like common words ("Police", "Split"); so is a
/// shouted one opening a line that the actor layer reads as a dateline's town
/// rather than an acronym's body.
pub(crate) const OPENING_PLACE_POPULATION: u64 = 100_000;

/// US states' abbreviations and the states they stand for
/// (`state-abbreviations.tsv`: "Mass.", Massachusetts).
pub(super) static STATE_ABBREVIATIONS: LazyLock<Vec<(&str, &str)>> = LazyLock::new(|| {
    tsv_rows(
        include_str!("../../../../data/lexicon/state-abbreviations.tsv"),
        2,
    )
    .map(|r| (r[0], r[1]))
    .collect()
});

/// The US state's abbreviation that opens at byte `from` of `body`, and the
/// state it stands for.
pub(crate) fn state_abbreviation_at(
    body: &str,
    from: usize,
) -> Option<(&'static str, &'static str)> {
    let rest = &body[from..];
    STATE_ABBREVIATIONS
        .iter()
        .find(|(a, _)| {
            rest.starts_with(a) && !rest[a.len()..].starts_with(|c: char| c.is_alphanumeric())
        })
        .copied()
}
