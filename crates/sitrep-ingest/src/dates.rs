//! Publication dates as news pages write them.

use jiff::civil::{Date, Time};
use regex::Regex;
use sitrep_core::{Precision, Published};
use std::sync::LazyLock;

pub use sitrep_core::calendar::month_number;
use sitrep_core::calendar::MONTH_PATTERN as MONTH;

const TIME: &str =
    r"(?:\s*(?:[-–—,|@]|at)?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?)?";

// Case-insensitive: pages shout their date lines ("MONDAY, MAY 23, 2005").
static DMY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:[A-Za-z]+,?\s+)?(\d{{1,2}})\s+{MONTH},?\s+(\d{{4}}){TIME}"
    ))
    .unwrap()
});
static MDY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:[A-Za-z]+,?\s+)?{MONTH}\s+(\d{{1,2}}),?\s+(\d{{4}}){TIME}"
    ))
    .unwrap()
});
static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?").unwrap()
});

/// Parse a date string at the start of `s`. Returns the date and how many
/// bytes of `s` it used, so callers can tell a date-only line from a sentence
/// that begins with a date.
pub fn parse_date_prefix(s: &str) -> Option<(Published, usize)> {
    let s_trim = s.trim_start();
    let lead = s.len() - s_trim.len();
    if let Some(c) = ISO.captures(s_trim) {
        let date = Date::new(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?).ok()?;
        let mut p = Published::day(date);
        if let (Some(h), Some(m)) = (c.get(4), c.get(5)) {
            let sec: i8 = c.get(6).map_or(Some(0), |x| x.as_str().parse().ok())?;
            p.time =
                Some(Time::new(h.as_str().parse().ok()?, m.as_str().parse().ok()?, sec, 0).ok()?);
            p.precision = if c.get(6).is_some() {
                Precision::Second
            } else {
                Precision::Minute
            };
            p.offset_seconds = c.get(7).and_then(|z| parse_offset(z.as_str()));
        }
        return Some((p, lead + c.get(0)?.end()));
    }
    let (c, day_i, month_i, year_i) = if let Some(c) = DMY.captures(s_trim) {
        (c, 1, 2, 3)
    } else if let Some(c) = MDY.captures(s_trim) {
        (c, 2, 1, 3)
    } else {
        return None;
    };
    let month = month_number(&c[month_i])?;
    let date = Date::new(c[year_i].parse().ok()?, month, c[day_i].parse().ok()?).ok()?;
    let mut p = Published::day(date);
    if let (Some(h), Some(m)) = (c.get(4), c.get(5)) {
        let mut hour: i8 = h.as_str().parse().ok()?;
        if let Some(ampm) = c.get(7) {
            let pm = ampm.as_str().to_ascii_lowercase().starts_with('p');
            hour = match (hour, pm) {
                (12, false) => 0,
                (h, true) if h < 12 => h + 12,
                (h, _) => h,
            };
        }
        let sec: i8 = c.get(6).map_or(Some(0), |x| x.as_str().parse().ok())?;
        p.time = Some(Time::new(hour, m.as_str().parse().ok()?, sec, 0).ok()?);
        p.precision = if c.get(6).is_some() {
            Precision::Second
        } else {
            Precision::Minute
        };
    }
    Some((p, lead + c.get(0)?.end()))
}

fn parse_offset(z: &str) -> Option<i32> {
    if z == "Z" {
        return Some(0);
    }
    let sign = if z.starts_with('-') { -1 } else { 1 };
    let digits: String = z[1..].chars().filter(|c| c.is_ascii_digit()).collect();
    let h: i32 = digits.get(0..2)?.parse().ok()?;
    let m: i32 = digits.get(2..4)?.parse().ok()?;
    Some(sign * (h * 3600 + m * 60))
}

/// A whole string that is a date (a `published` field, a date line).
pub fn parse_date(s: &str) -> Option<Published> {
    let (p, used) = parse_date_prefix(s)?;
    let rest = s[used..].trim();
    let rest_ok = rest.is_empty()
        || rest.len() <= 12
            && rest
                .chars()
                .all(|c| c.is_ascii_alphabetic() || "()+:- ".contains(c));
    rest_ok.then_some(p)
}

/// Spaces some scrapers put inside times and dates ("8: 28", "2007 - 11 - 12")
/// and ordinals ("22nd"): taken out before a date line is read.
static LOOSE: LazyLock<[(Regex, &'static str); 4]> = LazyLock::new(|| {
    [
        (Regex::new(r"(\d)\s*([:.])\s+(\d\d)").unwrap(), "$1$2$3"),
        (Regex::new(r"(\d)\s+-\s+(\d)").unwrap(), "$1-$2"),
        (
            Regex::new(r"(?i)\b(\d{1,2})(?:st|nd|rd|th)\b").unwrap(),
            "$1",
        ),
        (Regex::new(r"(?i)\b([ap])\.\s*m\.").unwrap(), "${1}m"),
    ]
});

/// What may stand before the date on a date line: labels, a weekday, a time.
static DATE_LINE_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?:
            \s*(?:last\s+)?(?:published|updated|posted|released|modified|created)(?:\s+on)?\s*[:|-]?\s*
          | \s*on\s+
          | \s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+
          | \s*\d{1,2}[:.]\d{2}\s*(?:[ap]m)?\s*(?:[A-Z]{2,4})?\s*,?\s+
          | \s*[|,-]\s*
        )+",
    )
    .unwrap()
});

/// Words that may follow the date on a date line.
const DATE_LINE_TAIL: [&str; 12] = [
    "last",
    "updated",
    "posted",
    "published",
    "at",
    "on",
    "am",
    "pm",
    "gmt",
    "utc",
    "bst",
    "cet",
];

/// A line that is a publication date with its labels and time ("Posted Dec
/// 23, 2012", "PUBLISHED: 22:07 GMT, 7 July 2012", "updated 8:41 p.m. EST,
/// Tue March 3, 2009"), as scraped pages keep them, or any whole date
/// [`parse_date`] reads; not a sentence that starts with a date.
pub fn date_line(line: &str) -> Option<Published> {
    if let Some(p) = parse_date(line) {
        return Some(p);
    }
    if line.split_whitespace().count() > 16 {
        return None;
    }
    let mut s = line.trim().to_string();
    for (re, to) in LOOSE.iter() {
        s = re.replace_all(&s, *to).into_owned();
    }
    let lead = DATE_LINE_LEAD.find(&s).map_or(0, |m| m.end());
    let rest = &s[lead..];
    let (p, used) = parse_date_prefix(rest)?;
    let tail_ok = rest[used..]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(char::is_alphabetic))
        .all(|w| {
            let w = w.to_ascii_lowercase();
            w.len() <= 3 || DATE_LINE_TAIL.contains(&w.as_str())
        });
    tail_ok.then_some(p)
}

static URL_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"/(20\d\d|19\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)").unwrap());

/// A date written in a URL's path ("/2024/05/01/", "/2009-04-28-"), at day precision.
pub fn from_url(url: &str) -> Option<Published> {
    let c = URL_DATE.captures(url)?;
    let date = Date::new(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?).ok()?;
    Some(Published::day(date))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scraped_date_lines_with_labels_times_and_odd_spaces() {
        for (line, want) in [
            ("Posted Dec 23, 2012", "2012-12-23"),
            ("PUBLISHED: 22: 07 GMT, 7 July 2012", "2012-07-07"),
            ("updated 8: 41 p. m. EST, Tue March 3, 2009", "2009-03-03"),
            ("December 22nd, 2008 8: 55 am", "2008-12-22"),
            ("Friday, Sep 10, 2010 | Updated 9: 28 AM EDT", "2010-09-10"),
            ("Posted 2007 - 11 - 12", "2007-11-12"),
            ("11 November 2011 Last updated at 12: 41 GMT", "2011-11-11"),
            ("Fri., May. 3, 2013 11: 45 AM PDT", "2013-05-03"),
            ("MONDAY, MAY 23, 2005", "2005-05-23"),
            ("NOVEMBER 15, 2007, 7: 40 AM", "2007-11-15"),
            ("14 FEBRUARY 2011", "2011-02-14"),
        ] {
            let p = date_line(line).unwrap_or_else(|| panic!("{line:?} not read"));
            assert_eq!(p.date.to_string(), want, "{line:?}");
        }
        // A sentence that opens with a date is no date line.
        assert!(date_line("August 9, 2011 the court ruled against the sect's leader").is_none());
    }

    #[test]
    fn news_date_lines_parse_with_their_precision() {
        assert_eq!(
            parse_date("26 October 2023 - 20:42").unwrap().iso(),
            "2023-10-26T20:42"
        );
        assert_eq!(
            parse_date("Oct. 26, 2023, 8:42 PM").unwrap().iso(),
            "2023-10-26T20:42"
        );
        assert_eq!(
            parse_date("Thursday, October 26, 2023").unwrap().iso(),
            "2023-10-26"
        );
        assert_eq!(
            parse_date("2023-10-26T20:42:05+03:30").unwrap().iso(),
            "2023-10-26T20:42:05+03:30"
        );
        assert_eq!(parse_date("2023-10-26").unwrap().iso(), "2023-10-26");
    }

    #[test]
    fn sentences_and_bad_dates_are_not_dates() {
        assert!(parse_date("26 October 2023 was the day Iran said it would respond.").is_none());
        assert!(parse_date("31 February 2023").is_none());
        assert!(parse_date("What US told Iran").is_none());
        assert_eq!(month_number("Sept"), Some(9));
        assert_eq!(month_number("Ma"), None);
    }
}
