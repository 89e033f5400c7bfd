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
/// A numeric date, "05/02/2013", "16.08.11": the order of day and month is
/// read in [`numeric_day_month`].
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(\d{{1,2}})[/.](\d{{1,2}})[/.](\d{{4}}|\d{{2}})\b{TIME}"
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
    let (c, day, month, year) = if let Some(c) = DMY.captures(s_trim) {
        let (d, m, y) = (c[1].parse().ok()?, month_number(&c[2])?, c[3].parse().ok()?);
        (c, d, m, y)
    } else if let Some(c) = MDY.captures(s_trim) {
        let (d, m, y) = (c[2].parse().ok()?, month_number(&c[1])?, c[3].parse().ok()?);
        (c, d, m, y)
    } else if let Some(c) = NUMERIC.captures(s_trim) {
        let dots = s_trim[c.get(1)?.end()..].starts_with('.');
        let (d, m) = numeric_day_month(c[1].parse().ok()?, c[2].parse().ok()?, dots)?;
        let year: i16 = c[3].parse().ok()?;
        // Two-digit years: "05" is 2005, "98" 1998.
        let year = match (c[3].len(), year) {
            (2, y) if y < 70 => 2000 + y,
            (2, y) => 1900 + y,
            (_, y) => y,
        };
        (c, d, m, year)
    } else {
        return None;
    };
    let date = Date::new(year, month, day).ok()?;
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

/// (day, month) of a numeric date's first two numbers. A number over 12 is
/// the day; otherwise slashes are read month first, as American outlets write
/// them ("05/02/2013" is May 2), and dots day first, as European ones do
/// ("08.07.2012" is 8 July).
fn numeric_day_month(first: i8, second: i8, dots: bool) -> Option<(i8, i8)> {
    match (first > 12, second > 12) {
        (true, true) => None,
        (true, false) => Some((first, second)),
        (false, true) => Some((second, first)),
        (false, false) if dots => Some((first, second)),
        (false, false) => Some((second, first)),
    }
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
static LOOSE: LazyLock<[(Regex, &'static str); 5]> = LazyLock::new(|| {
    [
        (Regex::new(r"(\d)\s*([:.])\s+(\d\d)").unwrap(), "$1$2$3"),
        (Regex::new(r"(\d)\s+-\s+(\d)").unwrap(), "$1-$2"),
        (Regex::new(r"(\d)\s+/\s+(\d)").unwrap(), "$1/$2"),
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
            \s*(?:last\s+|first\s+)?(?:story\s+|article\s+)?
              (?:published|updated|posted|released?|modified|created|edited)
              (?:\s+time)?(?:\s+(?:on|at))?\s*[:|-]?\s*
          | \s*for\s+immediate\s+release\s*:?\s*
          | \s*on\s+
          | \s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+
          | \s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]m)?\s*(?:[A-Z]{2,4})?\s*,?\s+
          | \s*\d{1,2}\s*[ap]m\s+
          | \s*\d{4}\s+gmt\s*\(\d{4}\s+[a-z]{2,4}\)\s*,?\s+
          | \s*[|,(-]\s*
        )+",
    )
    .unwrap()
});

/// Words that open a second stamp on a date line, after the first date.
const LATER_STAMP: [&str; 3] = ["updated", "edited", "modified"];

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
    // Twice: a match takes the digits after a mark, which the next mark of
    // "02. 29. 12" needs before it.
    for _ in 0..2 {
        for (re, to) in LOOSE.iter() {
            s = re.replace_all(&s, *to).into_owned();
        }
    }
    let lead = DATE_LINE_LEAD.find(&s).map_or(0, |m| m.end());
    let rest = &s[lead..];
    let (p, used) = parse_date_prefix(rest)?;
    // After the date: short words, labels and time zones ("EDT", "CEST"),
    // up to a second, later stamp ("..., updated April 30, 2008 at 8:33 AM").
    let tail_ok = rest[used..]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(char::is_alphabetic))
        .take_while(|w| !LATER_STAMP.contains(&w.to_ascii_lowercase().as_str()))
        .all(|w| {
            let zone = w.len() <= 4 && w.chars().all(|c| c.is_ascii_uppercase());
            let w = w.to_ascii_lowercase();
            zone || w.len() <= 3 || DATE_LINE_TAIL.contains(&w.as_str())
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
        // Numeric dates: slashes month first unless the first number is over
        // 12, dots day first; labels, times before the date, zones after it,
        // and a second, later stamp.
        for (line, want) in [
            ("04 / 09 / 2014", "2014-04-09"),
            ("UPDATED 03 / 11 / 2012 at 10: 05 AM EDT", "2012-03-11"),
            ("Last updated 09: 41 23 / 10 / 2013", "2013-10-23"),
            ("POSTED: 06 / 03 / 08, 7: 00 PM PDT |", "2008-06-03"),
            ("9: 02 AM PDT 7 / 4 / 2012", "2012-07-04"),
            ("Article posted on 09. 03. 2011", "2011-03-09"),
            ("03. 30. 12 2: 10 PM", "2012-03-30"),
            ("First Published: August 2, 2012 3: 18 PM EDT", "2012-08-02"),
            ("Published time: February 9, 2014 11: 20", "2014-02-09"),
            ("Story Created: Oct 3, 2011 at 8: 12 AM AKDT", "2011-10-03"),
            ("Posted: Jan 21, 2010 09: 15 PM CEST", "2010-01-21"),
            (
                "on June 2, 2009 at 5: 12 AM, updated June 3, 2009 at 9: 40 AM",
                "2009-06-02",
            ),
            ("Posted at 4: 05 PM ET, 02 / 9 / 2010", "2010-02-09"),
            ("Published at 10: 15, Friday, 14 March 2014", "2014-03-14"),
            ("3 A. M. MAR. 6, 2010", "2010-03-06"),
            ("(11: 48 am PDT, Oct 4th 2011)", "2011-10-04"),
            ("FOR IMMEDIATE RELEASE April 22, 2010", "2010-04-22"),
            ("POSTED: 0915 GMT (1715 HKT), May 8, 2006", "2006-05-08"),
            ("First Posted 21: 12: 40 03 / 04 / 2011", "2011-03-04"),
        ] {
            let p = date_line(line).unwrap_or_else(|| panic!("{line:?} not read"));
            assert_eq!(p.date.to_string(), want, "{line:?}");
        }
        // Two numbers over 12 make no date; a numbered list is no date line.
        assert!(date_line("14 / 15 / 2013").is_none());
        assert!(date_line("2. 15 people were hurt in the crash").is_none());
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
