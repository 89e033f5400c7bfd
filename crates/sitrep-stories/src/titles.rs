//! When a text was written, read from the titles it gives office holders.
//!
//! A report that calls someone by an office's title ("President Bush",
//! "Interior Secretary Dirk Kempthorne") was mostly written while they held
//! it, one that calls them "President-elect" before they took it, and one
//! that calls them "former" after they left it. For an undated article this
//! is the only date it has: it weighs against a report of Bush's last rule
//! change joining the story of Obama's reversal of it.
//!
//! Titles mislead often enough to weigh, not rule: American usage keeps a
//! title after the office ("Secretary Clinton" in 2016), and campaigns give
//! one before it ("Enter President Trump"; "a President Trump" and a title
//! closing the sentence before the name are read as none). On the dated
//! reports of ECB+ the period held the publication date 25 times in 25; on
//! PolNeAR's 2016 reports 190 times in 224.
//!
//! The terms come from the actor layer ([`Entity::term`]); this module only
//! reads the words right before each mention.

use jiff::civil::Date;
use jiff::ToSpan;
use sitrep_core::{Article, Entity, EntityKind, Term};
use std::collections::HashSet;
use std::sync::LazyLock;

/// Days of slack around a term: a report of the inauguration day, or one
/// written the day before it, may still use the outgoing title.
pub const TERM_SLACK_DAYS: i32 = 7;
/// How long before taking office someone is called "-elect": the US gap
/// from election to inauguration is 77 days; others are shorter.
pub const ELECT_DAYS: i32 = 120;

/// The days a text may have been written in: either end open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: Option<Date>,
    pub to: Option<Date>,
}

impl Period {
    /// Whether `date` lies inside the period.
    pub fn holds(&self, date: Date) -> bool {
        self.from.is_none_or(|f| f <= date) && self.to.is_none_or(|t| date <= t)
    }

    /// The days both periods hold, or `None` when they share none.
    pub fn meet(&self, other: &Period) -> Option<Period> {
        let from = self.from.max(other.from);
        let to = match (self.to, other.to) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let empty = from.zip(to).is_some_and(|(f, t)| f > t);
        (!empty).then_some(Period { from, to })
    }
}

/// Words that make a title before them another office's (`office-qualifiers.txt`).
static QUALIFIERS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../../data/lexicon/office-qualifiers.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// Words right before a title that make it a hypothetical one.
const HYPOTHETICAL: [&str; 3] = ["a", "an", "would-be"];

/// Past words that say the office was left ("former President Carter"), not
/// only that the title was the one of the time ("then-Senator Obama").
const LEFT: [&str; 2] = ["former", "ex"];

/// Words before a title that make it a past one ("former President Carter",
/// "the late King Hussein", "then-Secretary of State Powell").
const PAST: [&str; 7] = [
    "former",
    "late",
    "then",
    "ex",
    "erstwhile",
    "later",
    "future",
];

/// The period the article's titled office holders place it in: the days
/// every such title holds, or when they disagree, those of the title whose
/// term began last.
///
/// A title of the time is often used of the past ("pardoned by President
/// Reagan"), so a term is set aside when the text names a later year than
/// its end (`latest_year`, the latest year the text names as past), or
/// names someone who held the same office after it.
pub fn written_within(a: &Article, latest_year: Option<i16>) -> Option<Period> {
    let holders: Vec<(&Entity, Term)> = a
        .layers
        .mentions
        .iter()
        .filter_map(|m| m.entity.as_ref())
        .filter(|e| e.kind == EntityKind::Person && e.office.is_some())
        .filter_map(|e| Some((e, e.term?)))
        .collect();
    let succeeded = |e: &Entity, term: Term| {
        let Some(end) = term.to else {
            return false;
        };
        latest_year.is_some_and(|y| y > end.year())
            || holders.iter().any(|(other, t)| {
                other.name != e.name
                    && other.office == e.office
                    && other.code == e.code
                    && t.from.is_some_and(|f| f >= end)
            })
    };
    let mut periods: Vec<Period> = a
        .layers
        .mentions
        .iter()
        .filter_map(|m| {
            let e = m.entity.as_ref()?;
            if e.kind != EntityKind::Person {
                return None;
            }
            let term = e.term?;
            let office = e.office.as_deref()?;
            // A title goes with a name, not a pronoun ("as president, he"
            // is a role).
            if m.antecedent.is_some() || !m.span.text(&a.body).starts_with(char::is_uppercase) {
                return None;
            }
            let title = title_before(&a.body[..m.span.start.min(a.body.len())], office)?;
            let slack = TERM_SLACK_DAYS.days();
            match title {
                Title::Elect => {
                    let from = term.from?;
                    Some(Period {
                        from: from.checked_sub(ELECT_DAYS.days()).ok(),
                        to: from.checked_add(slack).ok(),
                    })
                }
                // Written after the term ended.
                Title::Former => Some(Period {
                    from: term.to?.checked_sub(slack).ok(),
                    to: None,
                }),
                Title::Holder if succeeded(e, term) => None,
                Title::Holder => Some(Period {
                    from: term.from.and_then(|f| f.checked_sub(slack).ok()),
                    to: term.to.and_then(|t| t.checked_add(slack).ok()),
                }),
            }
        })
        .collect();
    let first = *periods.first()?;
    if let Some(all) = periods.iter().try_fold(first, |acc, p| acc.meet(p)) {
        return Some(all);
    }
    periods.sort_by_key(|p| p.from);
    periods.pop()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Title {
    /// The office's title: they hold it.
    Holder,
    /// "President-elect": they are yet to take it.
    Elect,
    /// "former President": they have left it.
    Former,
}

/// Whether the text right before a mention (`before`, the body up to where
/// it begins) closes with the office's title, and in which sense: the whole
/// title ("Interior Secretary", "the prime minister, "), or its head alone,
/// capitalized and right before the name ("Secretary Rice", "President
/// Bush"). A word of another office before it (`office-qualifiers.txt`:
/// "Defence Minister" is no prime minister's title, "Vice President" no
/// president's) makes it none, as do titles of the past ("former", "the
/// late", "then-").
fn title_before(before: &str, office: &str) -> Option<Title> {
    let mut words = before.split_whitespace().rev().peekable();
    let office: Vec<&str> = office.split(' ').collect();
    let head = if office.contains(&"of") {
        office[0]
    } else {
        office[office.len() - 1]
    };
    let lower = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
            .trim_end_matches('.')
            .to_lowercase()
    };
    let raw = words.next()?;
    let nearest = lower(raw);
    let (nearest, title) = match nearest.strip_suffix("-elect") {
        Some(w) => (w.to_string(), Title::Elect),
        None => (nearest, Title::Holder),
    };
    let prefix = PAST.iter().find(|p| {
        nearest
            .strip_prefix(**p)
            .is_some_and(|r| r.starts_with('-'))
    });
    let (nearest, title) = match prefix {
        Some(&p) if LEFT.contains(&p) => (nearest[p.len() + 1..].to_string(), Title::Former),
        Some(_) => return None,
        None => (nearest, title),
    };
    // In the name's sentence ("could be elected president. Trump said" has
    // none; no office's word is written shortened, so a dot ends a sentence).
    if raw.ends_with(['.', '!', '?', ':', ';', '"', '”', '’', '\'']) {
        return None;
    }
    // The whole title, read backwards from its last word, or its head.
    let whole = nearest == office[office.len() - 1]
        && office[..office.len() - 1]
            .iter()
            .rev()
            .all(|o| words.next_if(|w| lower(w) == *o).is_some());
    let head_alone = nearest == head && raw.starts_with(char::is_uppercase) && !raw.ends_with(',');
    if !(whole || head_alone) {
        return None;
    }
    let mut rest = words.take(4).map(lower).peekable();
    if rest.next_if(|w| QUALIFIERS.contains(w.as_str())).is_some() {
        return None;
    }
    // "a President Trump", "a would-be president": one not (yet) in office.
    if rest
        .peek()
        .is_some_and(|w| HYPOTHETICAL.contains(&w.as_str()))
    {
        return None;
    }
    // "former U.S. Interior Secretary": a past word up to four words back.
    match rest.find(|w| PAST.contains(&w.as_str())) {
        Some(w) if LEFT.contains(&w.as_str()) && title == Title::Holder => Some(Title::Former),
        Some(_) => None,
        None => Some(title),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn a_title_before_a_name_is_read_in_its_sense() {
        let t = title_before;
        assert_eq!(t("said President ", "president"), Some(Title::Holder));
        assert_eq!(
            t("named by President-elect ", "president"),
            Some(Title::Elect)
        );
        assert_eq!(
            t("Democratic President-elect ", "president"),
            Some(Title::Elect)
        );
        assert_eq!(
            t("said Prime Minister ", "prime minister"),
            Some(Title::Holder)
        );
        assert_eq!(
            t("Israeli Prime Minister ", "prime minister"),
            Some(Title::Holder)
        );
        assert_eq!(
            t("Israel's prime minister, ", "prime minister"),
            Some(Title::Holder)
        );
        assert_eq!(
            t("the Interior Secretary ", "interior secretary"),
            Some(Title::Holder)
        );
        assert_eq!(t("Secretary ", "interior secretary"), Some(Title::Holder));
        assert_eq!(t("Secretary ", "secretary of state"), Some(Title::Holder));
        // Another office's title, one of the past, or none.
        assert_eq!(t("Israel's defence minister, ", "prime minister"), None);
        assert_eq!(t("Defence Minister ", "prime minister"), None);
        assert_eq!(t("Vice President ", "president"), None);
        assert_eq!(t("said the president, ", "president"), Some(Title::Holder));
        assert_eq!(t("the president's ", "president"), None);
        assert_eq!(t("former President ", "president"), Some(Title::Former));
        assert_eq!(t("ex-President ", "president"), Some(Title::Former));
        assert_eq!(t("then-President ", "president"), None);
        assert_eq!(t("the late Prime Minister ", "prime minister"), None);
        assert_eq!(
            t("former US Interior Secretary ", "interior secretary"),
            Some(Title::Former)
        );
        assert_eq!(t("a meeting with ", "president"), None);
        assert_eq!(t("the challenges for a President ", "president"), None);
        assert_eq!(t("and could be elected president.\n\n", "president"), None);
        assert_eq!(t("if elected president.” ", "president"), None);
        assert_eq!(t("good news for a would-be president ", "president"), None);
        assert_eq!(t("", "president"), None);
    }

    #[test]
    fn periods_meet_on_the_days_both_hold() {
        let p = |f: Option<Date>, t: Option<Date>| Period { from: f, to: t };
        let a = p(Some(date(2001, 1, 20)), Some(date(2009, 1, 20)));
        let b = p(Some(date(2006, 5, 26)), None);
        assert_eq!(
            a.meet(&b),
            Some(p(Some(date(2006, 5, 26)), Some(date(2009, 1, 20))))
        );
        let c = p(Some(date(2009, 1, 20)), Some(date(2017, 1, 20)));
        let d = p(Some(date(1981, 1, 20)), Some(date(1989, 1, 20)));
        assert_eq!(c.meet(&d), None);
        assert!(a.holds(date(2008, 12, 12)));
        assert!(!a.holds(date(2009, 3, 4)));
    }
}
