//! Time expressions, resolved against the publication date.
//!
//! News dates are relative: "on Monday" is the Monday on or before the day of
//! publication, "October 7" is the last October 7 on or before it. Without a
//! publication date such expressions are kept, with no value: a wrong date is
//! worse than none.

use jiff::civil::{Date, Weekday};
use jiff::ToSpan;
use regex::Regex;
use sitrep_core::{Span, TimeExpr};
use std::sync::LazyLock;

use sitrep_core::calendar::{month_number, MONTH_PATTERN as MONTH};

static PATTERNS: LazyLock<Vec<(Kind, Regex)>> = LazyLock::new(|| {
    let p = |k, re: &str| (k, Regex::new(re).unwrap());
    vec![
        p(
            Kind::MonthDay,
            &format!(
                r"\b(?:(since|from|until|on)\s+)?{MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b"
            ),
        ),
        p(
            Kind::DayMonth,
            &format!(
                r"\b(?:(since|from|until|on)\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH}(?:,?\s+(\d{{4}}))?\b"
            ),
        ),
        p(
            Kind::Weekday,
            r"\b(?:(on|last|this|since)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
        ),
        p(
            Kind::MonthYear,
            &format!(r"\b(?:(since|in|from|until|last)\s+)?{MONTH}\s+(\d{{4}})\b"),
        ),
        p(
            Kind::Year,
            r"\b(?:((?i:since|in|from|until|the))\s+)(1[89]\d\d|20\d\d)\b",
        ),
        p(
            Kind::Relative,
            r"(?i)\b(yesterday|today|tonight|last night|last week|last month|last year|this week|this month|this year|earlier this (?:week|month|year))\b",
        ),
        p(
            Kind::Past,
            r"(?i)\b(?:in|over|during)\s+the\s+(?:past|last)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten|few)\s+(days|weeks|months|years)\b",
        ),
        p(
            Kind::Ago,
            r"(?i)\b(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(days|weeks|months|years)\s+ago\b",
        ),
    ]
});

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    MonthDay,
    DayMonth,
    Weekday,
    MonthYear,
    Year,
    Relative,
    Past,
    Ago,
}

fn number(word: &str) -> Option<i64> {
    let n = match word {
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "few" => 3,
        w => return w.parse().ok(),
    };
    Some(n)
}

fn weekday(word: &str) -> Weekday {
    match word {
        "Monday" => Weekday::Monday,
        "Tuesday" => Weekday::Tuesday,
        "Wednesday" => Weekday::Wednesday,
        "Thursday" => Weekday::Thursday,
        "Friday" => Weekday::Friday,
        "Saturday" => Weekday::Saturday,
        _ => Weekday::Sunday,
    }
}

/// The last `month`/`day` on or before `anchor`.
fn last_month_day(anchor: Date, month: i8, day: i8) -> Option<Date> {
    let this_year = Date::new(anchor.year(), month, day).ok()?;
    if this_year <= anchor {
        Some(this_year)
    } else {
        Date::new(anchor.year() - 1, month, day).ok()
    }
}

fn iso_day(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

pub fn find(text: &str, anchor: Option<Date>) -> Vec<TimeExpr> {
    let mut out: Vec<TimeExpr> = Vec::new();
    // The spans taken so far, start to end: they never overlap, so a new
    // span overlaps one only if it overlaps the last that starts before its
    // end (a scan of them all made a long text quadratic).
    let mut taken: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    for (kind, re) in PATTERNS.iter() {
        for c in re.captures_iter(text) {
            let whole = c.get(0).unwrap();
            let span = Span::new(whole.start(), whole.end());
            let overlaps = taken
                .range(..span.end)
                .next_back()
                .is_some_and(|(_, &end)| end > span.start);
            if overlaps {
                continue;
            }
            let lead_lower = c.get(1).map(|m| m.as_str().to_lowercase());
            let lead = lead_lower.as_deref();
            let open_range = lead == Some("since");
            let (value, precision) = match kind {
                Kind::MonthDay | Kind::DayMonth => {
                    let (m, d) = if *kind == Kind::MonthDay {
                        (&c[2], &c[3])
                    } else {
                        (&c[3], &c[2])
                    };
                    let (Some(month), Ok(day)) = (month_number(m), d.parse::<i8>()) else {
                        continue;
                    };
                    let date = match c.get(4) {
                        Some(y) => y
                            .as_str()
                            .parse()
                            .ok()
                            .and_then(|y| Date::new(y, month, day).ok()),
                        None => anchor.and_then(|a| last_month_day(a, month, day)),
                    };
                    if c.get(4).is_none()
                        && anchor.is_none()
                        && Date::new(2000, month, day).is_err()
                    {
                        continue;
                    }
                    (date.map(iso_day), "day")
                }
                Kind::Weekday => {
                    let wd = weekday(&c[2]);
                    let date = anchor.map(|a| {
                        let back = (a.weekday().to_monday_zero_offset()
                            - wd.to_monday_zero_offset())
                        .rem_euclid(7);
                        let back = if lead == Some("last") && back == 0 {
                            7
                        } else {
                            back
                        };
                        a.checked_sub((back as i64).days()).unwrap_or(a)
                    });
                    (date.map(iso_day), "day")
                }
                Kind::MonthYear => {
                    let Some(month) = month_number(&c[2]) else {
                        continue;
                    };
                    (Some(format!("{}-{:02}", &c[3], month)), "month")
                }
                Kind::Year => (Some(c[2].to_string()), "year"),
                Kind::Relative => {
                    let lowered = c[1].to_lowercase();
                    let w = lowered.as_str();
                    let (delta, precision) = match w {
                        "yesterday" | "last night" => (Some(1.days()), "day"),
                        "today" | "tonight" => (Some(0.days()), "day"),
                        "last week" => (Some(7.days()), "week"),
                        "last month" => (Some(1.month()), "month"),
                        "last year" => (Some(1.year()), "year"),
                        _ => (
                            Some(0.days()),
                            if w.ends_with("week") {
                                "week"
                            } else if w.ends_with("month") {
                                "month"
                            } else {
                                "year"
                            },
                        ),
                    };
                    let date = anchor.zip(delta).and_then(|(a, d)| a.checked_sub(d).ok());
                    let value = date.map(|d| match precision {
                        "month" => format!("{:04}-{:02}", d.year(), d.month()),
                        "year" => format!("{:04}", d.year()),
                        _ => iso_day(d),
                    });
                    (value, precision)
                }
                Kind::Past | Kind::Ago => {
                    let Some(n) = number(&c[1]) else { continue };
                    let span_back = match &c[2] {
                        "days" => n.days(),
                        "weeks" => (7 * n).days(),
                        "months" => n.months(),
                        _ => n.years(),
                    };
                    let date = anchor.and_then(|a| a.checked_sub(span_back).ok());
                    let is_range = *kind == Kind::Past;
                    taken.insert(span.start, span.end);
                    out.push(TimeExpr {
                        span,
                        value: date.map(iso_day),
                        precision: if is_range {
                            "range".into()
                        } else {
                            "day".into()
                        },
                        open_range: is_range,
                    });
                    continue;
                }
            };
            taken.insert(span.start, span.end);
            out.push(TimeExpr {
                span,
                value,
                precision: precision.into(),
                open_range,
            });
        }
    }
    out.sort_by_key(|t| t.span);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// On texts dense with times, the times found are in text order and
        /// never overlap, whichever pattern found each.
        #[test]
        fn times_are_in_order_and_never_overlap(words in proptest::collection::vec(
            proptest::sample::select(vec![
                "on", "Monday", "March", "3", "2016", "last", "week", "since", "two", "days",
                "ago", "in", "May", "past", "months", "the", "and", ",",
            ]),
            1..50,
        )) {
            let text = words.join(" ");
            let times = find(&text, Date::new(2016, 5, 1).ok());
            for pair in times.windows(2) {
                proptest::prop_assert!(pair[0].span.end <= pair[1].span.start, "{}: {:?}", text, times);
            }
        }
    }

    fn resolve(text: &str, anchor: Option<Date>) -> Vec<(String, Option<String>, bool)> {
        find(text, anchor)
            .into_iter()
            .map(|t| (t.span.text(text).to_string(), t.value, t.open_range))
            .collect()
    }

    #[test]
    fn relative_dates_resolve_against_publication() {
        let pub_day = Some(jiff::civil::date(2023, 11, 8)); // a Wednesday
        let r = resolve(
            "He spoke on Monday about strikes since October 7 and the 1979 revolution.",
            pub_day,
        );
        assert_eq!(r[0], ("on Monday".into(), Some("2023-11-06".into()), false));
        assert_eq!(
            r[1],
            ("since October 7".into(), Some("2023-10-07".into()), true)
        );
        assert_eq!(r[2], ("the 1979".into(), Some("1979".into()), false));
        let r = resolve("In the past three days, and yesterday.", pub_day);
        assert_eq!(r[0].1.as_deref(), Some("2023-11-05"));
        assert_eq!(r[1].1.as_deref(), Some("2023-11-07"));
    }

    #[test]
    fn without_an_anchor_relative_dates_have_no_value() {
        let r = resolve(
            "He disclosed on Monday that talks began on 26 October 2023.",
            None,
        );
        assert_eq!(r[0], ("on Monday".into(), None, false));
        assert_eq!(r[1].1.as_deref(), Some("2023-10-26"));
    }

    #[test]
    fn a_date_in_december_read_in_january_is_last_year() {
        let r = resolve("on December 30", Some(jiff::civil::date(2024, 1, 2)));
        assert_eq!(r[0].1.as_deref(), Some("2023-12-30"));
    }
}
