//! A read-only view of an analyzed article for the coders: tokens with lemmas,
//! and which mention (if any) covers each token.

use sitrep_core::{Article, EntityKind, Mention, Span};
use sitrep_nlp::tokens::{tokenize, Token, TokenKind};

/// Auxiliaries and modals: a verb right after one is finite.
pub(crate) const AUXILIARIES: [&str; 14] = [
    "had", "has", "have", "was", "were", "is", "are", "will", "would", "could", "may", "might",
    "did", "also",
];

/// Words that open a prepositional phrase: a mention right after one is not a subject.
pub const PREPOSITIONS: [&str; 24] = [
    "in",
    "on",
    "at",
    "for",
    "with",
    "from",
    "to",
    "of",
    "against",
    "towards",
    "toward",
    "by",
    "between",
    "into",
    "over",
    "regarding",
    "about",
    "including",
    "especially",
    "like",
    "among",
    "across",
    "near",
    "through",
];

/// Words that open a subordinate or relative clause, which ends at its first comma.
pub const SUBORDINATORS: [&str; 10] = [
    "if", "unless", "while", "although", "though", "whereas", "because", "when", "which", "who",
];

/// Nouns whose "of" phrase names the actor: "the foreign ministers of Armenia
/// and Azerbaijan", "thousands of protesters".
pub const OF_HEADS: [&str; 30] = [
    "group",
    "team",
    "deployment",
    "minister",
    "ministers",
    "leader",
    "leaders",
    "head",
    "heads",
    "president",
    "presidents",
    "officials",
    "representatives",
    "delegation",
    "delegations",
    "envoys",
    "governments",
    "forces",
    "troops",
    "armies",
    "navies",
    "thousands",
    "hundreds",
    "dozens",
    "millions",
    "scores",
    "tens",
    "members",
    "supporters",
    "citizens",
];

/// Words that begin a new clause inside a sentence.
pub const CLAUSE_OPENERS: [&str; 13] = [
    "but", "while", "whereas", "although", "though", "because", "which", "who", "when", "where",
    "since", "after", "as",
];

/// Whether `span` of `body` lies in the dateline opening its line: a place
/// in capitals, at most a region and an agency after it, and a dash
/// ("WASHINGTON ―", "PARIS (AP) —", "KUMASI, Ghana --"). It says where the
/// report was filed; nothing in it acts or speaks.
fn in_a_dateline(body: &str, span: Span) -> bool {
    // (Only a line's first bytes are read: a dateline is short, and a long
    // text has many names.)
    const READ: usize = 48;
    let mut from = span.start.saturating_sub(READ);
    while !body.is_char_boundary(from) {
        from += 1;
    }
    let line_start = match body[from..span.start].rfind('\n') {
        Some(k) => from + k + 1,
        None if from == 0 => 0,
        None => return false,
    };
    let mut to = (line_start + READ).min(body.len());
    while !body.is_char_boundary(to) {
        to -= 1;
    }
    let line = &body[line_start..to];
    let Some(dash) = line.find(['—', '―', '–', '-']) else {
        return false;
    };
    let lead = &line[..dash];
    let mut words = lead
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')'))
        .filter(|w| !w.is_empty());
    let place_in_capitals = words.next().is_some_and(|w| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
    });
    // (A dash set apart, not a hyphen: "US-China talks" is no dateline.)
    span.end <= line_start + dash
        && lead.len() <= 40
        && lead.ends_with(char::is_whitespace)
        && !lead.contains('\n')
        && place_in_capitals
        && words.all(|w| w.starts_with(|c: char| c.is_uppercase()))
}

pub struct Doc<'a> {
    pub article: &'a Article,
    pub body: &'a str,
    pub toks: Vec<Token>,
    /// For each token, the index of the innermost mention that covers it.
    mention_at: Vec<Option<usize>>,
    /// For each token, the sentence it is in.
    sentence_of: Vec<usize>,
}

impl<'a> Doc<'a> {
    pub fn new(article: &'a Article) -> Self {
        let body = article.body.as_str();
        let toks = tokenize(body);
        let mut mention_at = vec![None; toks.len()];
        let mut sentence_of = vec![0; toks.len()];
        let mut s = 0;
        for (i, t) in toks.iter().enumerate() {
            while s + 1 < article.layers.sentences.len()
                && article.layers.sentences[s + 1].start <= t.span.start
            {
                s += 1;
            }
            sentence_of[i] = s;
        }
        // Later mentions win where spans nest, as the layer is ordered by start.
        // A place of no country (a sea, a region: "in the Adriatic", "the
        // Mediterranean island of Cyprus") is no party to anything: the
        // coder reads its words as words.
        let no_party = |m: &Mention| {
            m.entity
                .as_ref()
                .is_some_and(|e| e.kind == EntityKind::Place && e.code.is_none())
        };
        for (m_idx, m) in article.layers.mentions.iter().enumerate() {
            if no_party(m) || in_a_dateline(body, m.span) {
                continue;
            }
            let first = toks.partition_point(|t| t.span.start < m.span.start);
            for (i, t) in toks.iter().enumerate().skip(first) {
                if t.span.start >= m.span.end {
                    break;
                }
                if m.span.contains(t.span) {
                    mention_at[i] = Some(m_idx);
                }
            }
        }
        Doc {
            article,
            body,
            toks,
            mention_at,
            sentence_of,
        }
    }

    pub fn mentions(&self) -> &[Mention] {
        &self.article.layers.mentions
    }

    pub fn mention(&self, i: usize) -> &Mention {
        &self.article.layers.mentions[i]
    }

    pub fn mention_at(&self, tok: usize) -> Option<usize> {
        self.mention_at.get(tok).copied().flatten()
    }

    /// The token that starts at byte `byte`, or the first after it.
    pub fn token_at(&self, byte: usize) -> usize {
        self.toks.partition_point(|t| t.span.start < byte)
    }

    pub fn sentence_of(&self, tok: usize) -> usize {
        self.sentence_of[tok]
    }

    pub fn sentence_span(&self, s: usize) -> Span {
        self.article.layers.sentences[s]
    }

    /// Token range `[first, last]` of sentence `s`.
    pub fn sentence_tokens(&self, s: usize) -> std::ops::Range<usize> {
        let start = self.sentence_of.partition_point(|&x| x < s);
        let end = self.sentence_of.partition_point(|&x| x <= s);
        start..end
    }

    pub fn lower(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.lower.as_str())
    }

    pub fn text(&self, first: usize, last: usize) -> &'a str {
        &self.body[self.toks[first].span.start..self.toks[last].span.end]
    }

    pub fn span(&self, first: usize, last: usize) -> Span {
        Span::new(self.toks[first].span.start, self.toks[last].span.end)
    }

    /// First token of the mention.
    pub fn mention_first_token(&self, m: usize) -> usize {
        self.token_at(self.mention(m).span.start)
    }

    pub fn mention_last_token(&self, m: usize) -> usize {
        let end = self.mention(m).span.end;
        self.toks
            .partition_point(|t| t.span.end <= end)
            .saturating_sub(1)
    }

    /// A mention that can act: resolved, and not a mere modifier.
    /// Whether mention `m` is a news agency: a channel of reports, which
    /// speaks only of its own reporting ("IRNA reported").
    pub fn is_agency(&self, m: usize) -> bool {
        self.mention(m)
            .entity
            .as_ref()
            .is_some_and(|e| e.kind == EntityKind::Agency)
    }

    /// The token after the dateline opening the sentence at token `start`
    /// ("WASHINGTON ― After bragging ..."), or `start` where none does.
    pub fn past_a_dateline(&self, start: usize) -> usize {
        let is_dash = |k: usize| matches!(self.lower(k), "—" | "―" | "–" | "-" | "--");
        if start >= self.toks.len() || !in_a_dateline(self.body, self.toks[start].span) {
            return start;
        }
        match (start + 1..(start + 12).min(self.toks.len())).find(|&k| is_dash(k)) {
            Some(dash) if is_dash(dash + 1) => dash + 2,
            Some(dash) => dash + 1,
            None => start,
        }
    }

    pub fn is_actor(&self, m: usize) -> bool {
        let mention = self.mention(m);
        mention
            .entity
            .as_ref()
            .is_some_and(|e| e.kind != EntityKind::Agency)
            && !mention.modifier
    }

    /// The token range of the clause holding `tok`: bounded by the sentence,
    /// by `;`, by a clause opener (see [`CLAUSE_OPENERS`]) that is not inside a
    /// mention or a time ("since October 7"), and by the comma that closes a
    /// subordinate clause ("While Iran denies ..., it supports ...").
    pub fn clause(&self, tok: usize) -> (usize, usize) {
        let sent = self.sentence_tokens(self.sentence_of(tok));
        let mut starts = vec![sent.start];
        let mut in_subordinate = false;
        for i in sent.clone() {
            let w = self.lower(i);
            let opener = (w == ";" || CLAUSE_OPENERS.contains(&w) || SUBORDINATORS.contains(&w))
                && self.mention_at(i).is_none()
                && !self.opens_time(i)
                && !self.as_a_preposition(i);
            if opener && i > sent.start {
                starts.push(i);
            }
            if opener || i == sent.start && SUBORDINATORS.contains(&w) {
                in_subordinate = SUBORDINATORS.contains(&w);
            } else if w == "," && in_subordinate {
                starts.push(i + 1);
                in_subordinate = false;
            }
        }
        let start = *starts
            .iter()
            .filter(|&&s| s <= tok)
            .max()
            .unwrap_or(&sent.start);
        let end = starts
            .iter()
            .filter(|&&s| s > tok)
            .min()
            .map_or(sent.end - 1, |&s| s - 1);
        (start, end.max(start))
    }

    /// "denounced as an ugly crime", "such as", "as well as": an "as" that
    /// opens a phrase, not a clause ("as the army advanced"). A phrase that
    /// only describes ("as part of a visit", "as a precondition") still
    /// stands apart from the clause's act.
    fn as_a_preposition(&self, i: usize) -> bool {
        let after_participle =
            i > 0 && self.lower(i - 1).ends_with("ed") && matches!(self.lower(i + 1), "a" | "an");
        self.lower(i) == "as"
            && (after_participle
                || self.lower(i + 1) == "well"
                || i > 0 && self.lower(i - 1) == "such")
    }

    /// Whether token `i` is inside a time expression the time layer found.
    pub fn in_time_expression(&self, i: usize) -> bool {
        // (The times are in text order and never overlap: only the last
        // that starts at or before the token can hold it.)
        let here = self.toks[i].span;
        let times = &self.article.layers.times;
        let started = times.partition_point(|t| t.span.start <= here.start);
        started > 0 && here.end <= times[started - 1].span.end
    }

    /// "since October 7", "after Monday": a clause opener that only
    /// introduces a time, as the time layer found it.
    pub fn opens_time(&self, i: usize) -> bool {
        // (The times are in text order and never overlap: a search.)
        let times = &self.article.layers.times;
        let time_at = |start: usize| times.binary_search_by_key(&start, |t| t.span.start).is_ok();
        let after_the = |k: usize| self.lower(k) == "the";
        time_at(self.toks[i].span.start)
            || self.toks.get(i + 1).is_some_and(|n| time_at(n.span.start))
            || after_the(i + 1) && self.toks.get(i + 2).is_some_and(|n| time_at(n.span.start))
    }

    /// The subject of a verb at `t`: the nearest actor before it in `[floor, t)`
    /// that is not inside a prepositional phrase ("of" after a role or
    /// quantity noun does not count: "the ministers of Armenia and Azerbaijan
    /// met"). When the clause holds none and a relative clause stands before it
    /// ("Turkey, which ..., called"), the search goes on before that clause.
    pub fn subject_before(&self, t: usize, floor: usize) -> Option<usize> {
        let mut k = t;
        while k > floor {
            k -= 1;
            if matches!(self.lower(k), "\"" | "”" | "“") {
                return None;
            }

            if let Some(mi) = self.mention_at(k) {
                let first = self.mention_first_token(mi);
                if self.is_actor(mi)
                    && (!self.after_preposition(first) || self.after_of_head(first))
                    && !self.after_instrument_word(first)
                    && !self.state_of_a_town(mi)
                {
                    return Some(mi);
                }
                k = first;
            }
        }
        if let Some(m) = self.demonym_subject(t, floor) {
            return Some(m);
        }
        let sent_start = self.sentence_tokens(self.sentence_of(t)).start;
        if floor > sent_start && self.lower(floor - 1) == "," {
            let relative = (sent_start..floor)
                .rev()
                .find(|&k| matches!(self.lower(k), "which" | "who"));
            if let Some(r) = relative {
                return self.subject_before(r, sent_start);
            }
        }
        None
    }

    /// The subject of the verb at `t`, as [`Doc::subject_before`] finds it,
    /// inside the clause a reporting verb opens: "Iran said Israeli strikes
    /// had hit a depot" is Israel's act, and "The Pentagon said the strikes
    /// hit radar sites" names no doer (the Pentagon only says so).
    pub fn verb_subject_before(&self, t: usize, floor: usize) -> Option<usize> {
        // The trigger must read as the reported clause's finite verb: an
        // inflected form, or after an auxiliary or a plural subject ("had
        // hit", "the strikes hit"); "announced a sixfold increase" names
        // a noun, the announcer's own act.
        let trigger = &self.toks[t];
        let before = if t > 0 { self.lower(t - 1) } else { "" };
        let finite = trigger.lemmas.iter().any(|l| *l != trigger.lower)
            && !trigger.lower.ends_with("ing")
            || AUXILIARIES.contains(&before)
            || before.ends_with('s') && !before.ends_with("ss") && self.mention_at(t - 1).is_none();
        if !finite {
            return self.subject_before(t, floor);
        }
        // Only a subject and its verb stand between: after a preposition the
        // trigger is a noun the cue's object holds ("announced the start of
        // its offensive").
        let reported = (floor..t.saturating_sub(1))
            .rev()
            .take_while(|&k| !PREPOSITIONS.contains(&self.lower(k)))
            .find(|&k| crate::quotes::reports_a_clause(self, k));
        self.subject_before(t, reported.map_or(floor, |k| k + 1))
    }

    /// Mention `mi` is the state or country after a town and a comma ("of
    /// Flint, Mich., said", "in Aurora, Colorado,"): where someone is from,
    /// not who speaks.
    fn state_of_a_town(&self, mi: usize) -> bool {
        let is_place = |m: usize| {
            self.mention(m)
                .entity
                .as_ref()
                .is_some_and(|e| matches!(e.kind, EntityKind::Place | EntityKind::State))
        };
        let first = self.mention_first_token(mi);
        // ("in Belgium, Oman's foreign ministry said": a state's organ is
        // no part of a place's name.)
        let organ =
            (first..=self.mention_last_token(mi)).any(|k| matches!(self.lower(k), "'s" | "’s"));
        // (The name before the comma is a town's, not a state's: "Russia,
        // Germany has pledged" is a list.)
        let town = |m: usize| {
            self.mention(m)
                .entity
                .as_ref()
                .is_some_and(|e| e.kind == EntityKind::Place)
        };
        is_place(mi)
            && !organ
            && first >= 2
            && self.lower(first - 1) == ","
            && self.mention_at(first - 2).is_some_and(town)
    }

    /// "Israeli helicopters and tanks shelled", "British aircraft killed":
    /// a subject that no list names, made of a demonym and a few common
    /// nouns right before the verb, acts for the demonym's country.
    fn demonym_subject(&self, t: usize, floor: usize) -> Option<usize> {
        let mut k = t;
        let mut words = 0;
        while k > floor && words <= 3 {
            k -= 1;
            if let Some(mi) = self.mention_at(k) {
                let m = self.mention(mi);
                let state = m
                    .entity
                    .as_ref()
                    .is_some_and(|e| e.kind == EntityKind::State);
                let first = self.mention_first_token(mi);
                return (m.modifier && state && words > 0 && !self.after_preposition(first))
                    .then_some(mi);
            }
            let tok = &self.toks[k];
            if tok.kind != TokenKind::Word
                || tok.capitalized
                || PREPOSITIONS.contains(&self.lower(k))
            {
                return None;
            }
            words += 1;
        }
        None
    }

    /// The subject of the sentence holding `t`: its first actor that is not
    /// inside a prepositional phrase, for coordinated verbs ("said ... and accused").
    pub fn main_subject(&self, t: usize) -> Option<usize> {
        self.subject_from(self.sentence_tokens(self.sentence_of(t)).start, t)
    }

    /// The first actor mention from token `from` up to `t` that is not inside
    /// a prepositional phrase, save after a quantity ("thousands of
    /// Nigerians"): the subject of the clause that starts at `from`.
    pub fn subject_from(&self, from: usize, t: usize) -> Option<usize> {
        let first = (from..t).find_map(|k| {
            self.mention_at(k).filter(|&mi| {
                self.is_actor(mi)
                    && self.mention_first_token(mi) == k
                    && (!self.after_preposition(k) || self.after_of_head(k))
                    && !self.state_of_a_town(mi)
            })
        })?;
        Some(self.titled_person_after(first, t).unwrap_or(first))
    }

    /// The mention that starts at token `k` and resolves to an entity of
    /// `kind`.
    pub fn mention_of_kind_at(&self, k: usize, kind: EntityKind) -> Option<usize> {
        self.mention_at(k).filter(|&m| {
            self.mention_first_token(m) == k
                && self
                    .mention(m)
                    .entity
                    .as_ref()
                    .is_some_and(|e| e.kind == kind)
        })
    }

    /// "U.S. Secretary of State Antony Blinken": the person a state's
    /// mention `mi` stands before, with only a title between, who is the
    /// phrase's head.
    ///
    /// Likewise a described person: "arrested the journalist Parisa
    /// Sohrabi", whose description stands right before the name.
    pub fn titled_person_after(&self, mi: usize, t: usize) -> Option<usize> {
        let after = self.mention_last_token(mi) + 1;
        let entity = self.mention(mi).entity.as_ref();
        if entity.is_some_and(|e| e.kind == EntityKind::Generic) {
            return self
                .mention_of_kind_at(after, EntityKind::Person)
                .filter(|_| after < t && self.toks[after].capitalized)
                .filter(|&p| {
                    self.mention(p)
                        .entity
                        .as_ref()
                        .is_some_and(|e| !e.anonymous)
                });
        }
        let state = entity.is_some_and(|e| matches!(e.kind, EntityKind::State | EntityKind::Place));
        if !state {
            return None;
        }
        for k in after..t.min(after + 7) {
            if let Some(p) = self.mention_at(k) {
                let person = self
                    .mention(p)
                    .entity
                    .as_ref()
                    .is_some_and(|e| e.kind == EntityKind::Person);
                return (person && k > after).then_some(p);
            }
            if !(self.toks[k].capitalized || matches!(self.lower(k), "of" | "-")) {
                return None;
            }
        }
        None
    }

    /// Token `i` follows "of" after a role or quantity noun (see [`OF_HEADS`]).
    fn after_of_head(&self, i: usize) -> bool {
        let mut k = self.before_an_honorific(i);
        while k > 0 && matches!(self.lower(k - 1), "the" | "a" | "an") {
            k -= 1;
        }
        k >= 2 && self.lower(k - 1) == "of" && OF_HEADS.contains(&self.lower(k - 2))
    }

    /// Token `i` is what a subject used or held ("aircraft using precision
    /// guided missiles killed", "a convoy including tanks"), over at most three
    /// lower-case words: not the subject itself.
    fn after_instrument_word(&self, i: usize) -> bool {
        (i.saturating_sub(4)..i).rev().any(|k| {
            matches!(self.lower(k), "using" | "including" | "carrying" | "firing")
                && (k + 1..i)
                    .all(|j| !self.toks[j].capitalized && self.toks[j].kind == TokenKind::Word)
        })
    }

    /// Token `i`, or the honorific before it, which the tokens keep outside
    /// the name it opens ("against Mr. Trump", "some of Mrs. Clinton's").
    fn before_an_honorific(&self, i: usize) -> usize {
        let honorific = |k: usize| sitrep_nlp::names::is_personal_title(self.lower(k));
        if i >= 2 && self.lower(i - 1) == "." && honorific(i - 2) {
            i - 2
        } else if i >= 1 && honorific(i - 1) {
            i - 1
        } else {
            i
        }
    }

    /// The word before token `i` opens a prepositional phrase.
    pub fn after_preposition(&self, i: usize) -> bool {
        let mut k = self.before_an_honorific(i);
        // Skip determiners and adjectives between the preposition and the noun.
        for _ in 0..3 {
            if k == 0 {
                return false;
            }
            k -= 1;
            let w = self.lower(k);
            if PREPOSITIONS.contains(&w) {
                return true;
            }
            if !matches!(
                w,
                "the" | "a" | "an" | "some" | "its" | "their" | "his" | "her" | "even" | "all"
            ) {
                return false;
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The token index of the first occurrence of `word`.
    fn at(doc: &Doc, word: &str) -> usize {
        (0..doc.toks.len()).find(|&k| doc.lower(k) == word).unwrap()
    }

    #[test]
    fn a_demonym_subject_stands_before_the_verb_outside_a_prepositional_phrase() {
        let a = crate::testing::coded("Ethiopian helicopters and gunboats shelled a market.");
        let doc = Doc::new(&a);
        let m = doc
            .demonym_subject(at(&doc, "shelled"), 0)
            .expect("a subject");
        assert_eq!(
            doc.mention(m).entity.as_ref().unwrap().code.as_deref(),
            Some("ETH")
        );
        let a = crate::testing::coded("From Ethiopian camps gunmen shelled a market.");
        let doc = Doc::new(&a);
        assert_eq!(doc.demonym_subject(at(&doc, "shelled"), 0), None);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]
        /// The searches over the time layer find what a scan of every time
        /// finds, on texts dense with times.
        #[test]
        fn time_searches_agree_with_a_scan(words in proptest::collection::vec(
            proptest::sample::select(vec![
                "Osei", "met", "the", "on", "Monday", "March", "3", "2016", "last", "week",
                "since", "two", "days", "ago", "in", "May", "after", "said", ",", ".",
            ]),
            1..60,
        )) {
            // (After a sentence of prose, so that the text extracts.)
            let text = format!("The council met in Accra and talked about the levy. {}.", words.join(" "));
            let a = crate::testing::coded(&text);
            let doc = Doc::new(&a);
            let times = &a.layers.times;
            for i in 0..doc.toks.len() {
                let here = doc.toks[i].span;
                let scanned = times.iter().any(|t| t.span.start <= here.start && here.end <= t.span.end);
                proptest::prop_assert_eq!(doc.in_time_expression(i), scanned, "{}", text);
                let starts = |k: usize| doc.toks.get(k).is_some_and(|n| times.iter().any(|t| t.span.start == n.span.start));
                let opens = starts(i) || starts(i + 1) || doc.lower(i + 1) == "the" && starts(i + 2);
                proptest::prop_assert_eq!(doc.opens_time(i), opens, "{}", text);
            }
        }
    }

    proptest::proptest! {
        /// Any text, any span of it on char boundaries: an answer, never a
        /// slice off a char boundary.
        #[test]
        fn a_dateline_is_read_in_any_text(text in "[A-Za-zÉé—―–\\- ,()\n]{0,120}", a in 0usize..130, n in 0usize..20) {
            let start = (a.min(text.len())..=text.len()).find(|&k| text.is_char_boundary(k)).unwrap();
            let end = ((start + n).min(text.len())..=text.len()).find(|&k| text.is_char_boundary(k)).unwrap();
            let _ = in_a_dateline(&text, Span::new(start, end));
        }
    }

    #[test]
    fn a_dateline_is_a_place_in_capitals_before_a_dash_set_apart() {
        let within = |text: &str, word: &str| {
            let start = text.find(word).unwrap();
            in_a_dateline(text, Span::new(start, start + word.len()))
        };
        let text = "Levy stays.\nKUMASI, Ghana -- The council said so.";
        assert!(within(text, "KUMASI") && within(text, "Ghana"));
        assert!(!within(text, "council"));
        assert!(within("ACCRA (AP) — Osei left.", "ACCRA"));
        // A hyphen, a name not in capitals, a dash too far on: no dateline.
        assert!(!within("US-Ghana talks stalled - for now.", "US"));
        assert!(!within("Accra — Osei left.", "Accra"));
        assert!(!within(
            "ACCRA officials said the levy, which farmers hate - stays.",
            "ACCRA"
        ));
    }
}
