//! Persons' names: the census's given names and surnames (with each
//! surname's rank), and the endings that mark a surname.

use super::*;

/// Given names (`given-names.txt`, from the US Census): a run that opens with
/// one is a person's name whatever word closes it ("Garth Brooks").
pub(super) static GIVEN_NAMES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/given-names.txt")));

/// A person's sex, as a given name or an honorific shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    Male,
    Female,
}

/// The sex given names are plainly borne by: the census's
/// (`given-name-genders.tsv`: "Hillary" F, "Donald" M; names borne by both
/// are not listed), then the world's news names it lacks
/// (`world-given-name-genders.tsv`: "Barack" M, "Giorgia" F).
static GIVEN_NAME_GENDERS: LazyLock<HashMap<&'static str, Gender>> = LazyLock::new(|| {
    let census = include_str!("../../../../data/lexicon/given-name-genders.tsv");
    let world = include_str!("../../../../data/lexicon/world-given-name-genders.tsv");
    let mut genders = HashMap::new();
    for row in tsv_rows(census, 2).chain(tsv_rows(world, 2)) {
        let gender = match row[1] {
            "M" => Gender::Male,
            "F" => Gender::Female,
            _ => continue,
        };
        genders.entry(row[0]).or_insert(gender);
    }
    genders
});

/// The sex a given name is plainly borne by, as the census counts it.
pub(crate) fn given_name_gender(word: &str) -> Option<Gender> {
    GIVEN_NAME_GENDERS.get(word).copied()
}

/// The sex an honorific names ("Mr.", "Mrs", "Ms.", "Miss"), from its lower
/// case.
pub(crate) fn honorific_gender(lower: &str) -> Option<Gender> {
    match lower.trim_end_matches('.') {
        "mr" | "sir" => Some(Gender::Male),
        "mrs" | "ms" | "miss" | "madam" | "dame" => Some(Gender::Female),
        _ => None,
    }
}

/// Census surnames, in lower case, with their rank (`surnames.txt`, most
/// common first: "williams" 3, "mcdonald" 148).
pub(super) static SURNAMES: LazyLock<HashMap<&'static str, usize>> = LazyLock::new(|| {
    include_str!("../../../../data/lexicon/surnames.txt")
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .enumerate()
        .map(|(rank, name)| (name, rank + 1))
        .collect()
});
/// Surnames as common as "Williams" or "Ford" (rank 102), not as rare as
/// "Bills" or "Apple" (4,537). `scripts/gen-companies.py` keeps the same
/// bound.
pub(super) const COMMON_SURNAME_RANK: usize = 2000;

/// Surname endings of other languages (`surname-endings.txt`: "-ov", "-enko").
pub(super) static SURNAME_ENDINGS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    word_set(include_str!("../../../../data/lexicon/surname-endings.txt"))
        .into_iter()
        .collect()
});

/// Whether a lower-case word closes with one of `endings` and has three
/// letters or more before it.
pub(super) fn has_ending(endings: &[&str], lower: &str) -> bool {
    endings.iter().any(|e| {
        lower
            .strip_suffix(e)
            .is_some_and(|stem| stem.chars().count() >= 3 && stem.chars().all(char::is_alphabetic))
    })
}

/// Whether a lower-case word closes with a surname's ending
/// ("berdymukhamedov", "kovalenko"; not "kiev").
pub(crate) fn has_surname_ending(lower: &str) -> bool {
    has_ending(&SURNAME_ENDINGS, lower)
}

/// Whether a census surname, from its lower case ("jackson").
pub(crate) fn is_surname(lower: &str) -> bool {
    SURNAMES.contains_key(lower)
}

/// A census surname's rank, most common first ("smith" is 1).
pub(crate) fn surname_rank(lower: &str) -> Option<usize> {
    SURNAMES.get(lower).copied()
}

/// Whether a given name of the census.
pub(crate) fn is_given_name(word: &str) -> bool {
    GIVEN_NAMES.contains(word)
}

/// Whether a capitalized word closes a name as a plural ("Heels",
/// "Patriots", "Chargers"): a team, a band or a product line closes so; a
/// person's name closes with a surname ("Williams", "Gates").
pub(super) fn is_plural_not_surname(word: &str) -> bool {
    word.len() > 3
        && word.ends_with('s')
        // (Greek, Baltic and Latin surnames close so: "Grigoropoulos",
        // "Tsipras", "Landsbergis", "Brutus".)
        && !["ss", "os", "is", "as", "us"].iter().any(|e| word.ends_with(e))
        && !SURNAMES.contains_key(word.to_lowercase().as_str())
}
