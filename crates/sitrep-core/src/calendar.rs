//! Month and weekday names as news writes them, shared by the readers (publication dates)
//! and the analysis (dates in the text).

/// A regex fragment capturing an English month name or its abbreviation
/// ("Oct", "Oct.", "Sept", "October") as group 1 of wherever it is placed.
pub const MONTH_PATTERN: &str = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

const SHORT: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
const FULL: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// 1-12 for a month name or abbreviation (case and a final dot ignored).
pub fn month_number(word: &str) -> Option<i8> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    SHORT
        .iter()
        .zip(FULL.iter())
        .position(|(short, long)| {
            long.starts_with(&w) && w.starts_with(short) || w == "sept" && *short == "sep"
        })
        .map(|i| i as i8 + 1)
}

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Whether a word is a month's full name (case ignored): "DECEMBER", "May";
/// not "Dec".
pub fn is_full_month(word: &str) -> bool {
    FULL.iter().any(|m| m.eq_ignore_ascii_case(word))
}

/// Whether a word is a weekday's name (case ignored).
pub fn is_weekday(word: &str) -> bool {
    WEEKDAYS.iter().any(|d| d.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_abbreviations() {
        assert_eq!(month_number("October"), Some(10));
        assert_eq!(month_number("Oct."), Some(10));
        assert_eq!(month_number("Sept"), Some(9));
        assert_eq!(month_number("Ma"), None);
        assert_eq!(month_number("Octopus"), None);
        assert!(is_weekday("Friday") && is_weekday("sunday"));
        assert!(!is_weekday("Fri") && !is_weekday("day"));
        assert!(is_full_month("DECEMBER") && is_full_month("May"));
        assert!(!is_full_month("Dec") && !is_full_month("Mar"));
    }
}
