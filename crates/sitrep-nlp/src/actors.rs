//! Actor mentions: find them, resolve them to coded actors, link references back.
//!
//! Six passes over one article, each adding or refining candidates:
//! 1. **names** from the knowledge base: states, seats of power, demonyms,
//!    groups, people, agencies, places;
//! 2. **descriptions** built on a head from `generic.tsv` with the words before
//!    it ("an informed Iranian source", "American positions", "Western
//!    countries"); a country inside gives the code;
//! 3. **modifiers**: a demonym or a possessive before a non-actor noun
//!    ("American policy", "Iran's position") can give a country or an event's
//!    source but is never a verb's subject;
//! 4. **titles**: "Iran's foreign minister" resolves to the office holder on
//!    the article's date, and a body's office to the body's holder
//!    ("Hezbollah's secretary-general"); a bare title after "the" ("the
//!    minister") waits for the references pass; an unknown capitalized name
//!    after a title is a person;
//!    one that reports is a person too, or a body ("Microsoft says it") when
//!    the article calls it "it" or keeps naming it alone, and no person of
//!    the article goes by it;
//! 5. **other names** the passes above left: capitalized runs typed by
//!    [`crate::names`] (their words, the place gazetteer, their context),
//!    a place among them that owns a noun only modifying it, as in pass 3;
//!    then a town's name that is a person's surname in the article ("Jackson"
//!    after "Vincent Jackson") or follows "Ms." is the person, and a surname
//!    alone is the one person named in full before it ("Bolton" after "John
//!    Bolton"; none when two share it);
//! 6. **references**: pronouns and definite descriptions ("the regime", "the
//!    source") link to the last compatible mention, a bare title to the last
//!    holder of its office on the article's date; then context: a spokesman
//!    after a body or its possessor speaks for it ("The group's spokesman"),
//!    a state's organ takes the country of the place beside it (not a weapon,
//!    a site or a coalition), and descriptions and unknown people the
//!    country the article is about (a bare title its holder there).
//!
//! [`named_spans`] gives the CoNLL view of the result: names only, an
//! office's place or body ("Philadelphia" of "Philadelphia District
//! Attorney"), and a town as its club where a score or a player follows it.

use crate::kb::{KnowledgeBase, NameMatch, NameRole};
use crate::tokens::{Token, TokenKind};
use crate::{layout, names};
use jiff::civil::Date;
use sitrep_core::data::{tsv_rows, word_set};
use sitrep_core::{Entity, EntityKind, Mention, MentionType, Span};
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

static MODIFIEES: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/modifiees.txt")));
static DESCRIPTORS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/descriptors.txt")));
static NAME_TITLES: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/name-titles.txt")));
static ORG_SUFFIXES: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/org-suffixes.txt")));
/// Legal forms after a company's name (`legal-forms.txt`: "Corp", "AG").
static LEGAL_FORMS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/legal-forms.txt")));
/// Title -> the sector it gives a person the knowledge base lacks
/// (`title-sectors.tsv`).
static TITLE_SECTORS: LazyLock<HashMap<&str, &str>> = LazyLock::new(|| {
    include_str!("../../../data/lexicon/title-sectors.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
        .collect()
});
static OFFICES: LazyLock<Vec<Vec<&str>>> = LazyLock::new(|| {
    word_set(include_str!("../../../data/lexicon/offices.txt"))
        .into_iter()
        .map(|o| o.split(' ').collect())
        .collect()
});
/// Whether an office with "of" in it (`offices.txt`: "secretary of state")
/// opens at token `k`. ("Governor of Alaska", "CEO of Take-Two": a title
/// before "of" is an office of what follows, not a title before a name.)
fn office_of_at(ctx: &Ctx, k: usize) -> bool {
    OFFICES.iter().any(|o| {
        o.get(1) == Some(&"of") && o.iter().enumerate().all(|(j, w)| ctx.lower(k + j) == *w)
    })
}

/// Words of sports copy that make a town its club, by role
/// (`data/lexicon/match-words.tsv`: beside, after, result, scored).
/// A word may play several roles, a row each.
static MATCH_WORDS: LazyLock<HashSet<(&str, &str)>> = LazyLock::new(|| {
    tsv_rows(include_str!("../../../data/lexicon/match-words.tsv"), 2)
        .map(|r| (r[0], r[1]))
        .collect()
});

/// Whether `word` plays `role` in `match-words.tsv`.
fn match_word(word: &str, role: &str) -> bool {
    MATCH_WORDS.contains(&(word, role))
}

/// Reporting verbs (`data/lexicon/cues.tsv`) whose subject is a speaker.
static REPORTING_VERBS: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    tsv_rows(include_str!("../../../data/lexicon/cues.tsv"), 2)
        .filter(|r| r[1] != "noun")
        .map(|r| r[0])
        .collect()
});
/// Reporting verbs that are also common nouns ("attacks", "points"): their
/// -s form after a capitalized word is the noun ("the November attacks").
static NOUN_CUES: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    tsv_rows(include_str!("../../../data/lexicon/cues.tsv"), 4)
        .filter(|r| matches!(r[3], "noun" | "thing"))
        .map(|r| r[0])
        .collect()
});
/// Capitalized words that open sentences without naming anyone.
const NOT_NAMES: [&str; 32] = [
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "there",
    "the",
    "a",
    "an",
    "his",
    "her",
    "its",
    "their",
    "our",
    "who",
    "what",
    "some",
    "many",
    "nobody",
    "somebody",
    "anybody",
    "everybody",
    "someone",
    "anyone",
    "everyone",
    "none",
];

static PRONOUNS: LazyLock<Vec<(&str, &str, bool)>> = LazyLock::new(|| {
    tsv_rows(include_str!("../../../data/lexicon/pronouns.tsv"), 3)
        .map(|r| (r[0], r[1], r[2] == "y"))
        .collect()
});

/// Verbs whose object, forces or weapons, is their subject's
/// (`deploy-verbs.txt`).
static DEPLOY_VERBS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/deploy-verbs.txt")));

/// Verbs of attack, and the nouns after which their rule does not hold
/// (`attack-verbs.txt`, the latter marked `!`).
static ATTACK_VERBS: LazyLock<(HashSet<&'static str>, HashSet<&'static str>)> =
    LazyLock::new(|| {
        let words = word_set(include_str!("../../../data/lexicon/attack-verbs.txt"));
        let owned = words.iter().filter_map(|w| w.strip_prefix('!')).collect();
        let verbs = words.into_iter().filter(|w| !w.starts_with('!')).collect();
        (verbs, owned)
    });

/// Heads whose bearer, with a country, is that state's own organ.
const STATE_SECTORS: [&str; 4] = ["GOV", "MIL", "COP", "SPY"];

#[derive(Debug, Clone)]
struct Candidate {
    first: usize,
    last: usize,
    mention_type: MentionType,
    entity: Option<Entity>,
    modifier: bool,
    role: Option<NameRole>,
    /// A description with no modifier after "the": it names nothing until linked back.
    definite_head: Option<String>,
    /// The description's head has adjectives before it ("the paramilitary
    /// group"): an armed group's description, which links back only to one.
    definite_armed: bool,
    /// A title after "the" with no state or body ("the foreign minister",
    /// "the minister"): the office words it names the holder of.
    definite_title: Option<String>,
    /// A pronoun: what it may refer to.
    pronoun: Option<&'static str>,
    /// The generic head words, for linking "the regime" to "the Israeli regime".
    head: Option<String>,
    plural: bool,
}

impl Candidate {
    fn new(first: usize, last: usize, mention_type: MentionType, entity: Option<Entity>) -> Self {
        Candidate {
            first,
            last,
            mention_type,
            entity,
            modifier: false,
            role: None,
            definite_head: None,
            definite_armed: false,
            definite_title: None,
            pronoun: None,
            head: None,
            plural: false,
        }
    }
}

struct Ctx<'a> {
    body: &'a str,
    toks: &'a [Token],
    kb: &'a KnowledgeBase,
    sentence_starts: HashSet<usize>,
}

impl Ctx<'_> {
    /// The token that starts at byte `byte`, or the first after it.
    fn token_at(&self, byte: usize) -> usize {
        self.toks.partition_point(|t| t.span.start < byte)
    }

    fn text(&self, first: usize, last: usize) -> &str {
        &self.body[self.toks[first].span.start..self.toks[last].span.end]
    }
    fn lower(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.lower.as_str())
    }
    /// A count before a head: digits or a number word ("15", "fifteen").
    fn is_count(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Number)
            || crate::tokens::number_word(self.lower(i)).is_some()
    }
    fn is_possessive(&self, i: usize) -> bool {
        matches!(self.lower(i), "'s" | "’s")
    }
}

pub fn find(
    body: &str,
    toks: &[Token],
    sentences: &[Span],
    kb: &KnowledgeBase,
    date: Date,
    framing: &[&str],
) -> Vec<Mention> {
    let sentence_starts = sentences
        .iter()
        .filter_map(|s| toks.iter().position(|t| t.span.start >= s.start))
        .collect::<HashSet<_>>();
    let ctx = Ctx {
        body,
        toks,
        kb,
        sentence_starts,
    };
    let mut cands = names(&ctx, date);
    descriptions(&ctx, &mut cands);
    modifiers(&ctx, &mut cands);
    peoples_of_a_state(&ctx, &mut cands);
    states_before_their_offices(&ctx, &mut cands);
    titles(&ctx, &mut cands, date);
    unknown_names(&ctx, &mut cands, date);
    other_names(&ctx, sentences, &mut cands);
    possessors_among_other_names(&ctx, &mut cands);
    people_named_like_places(&ctx, &mut cands);
    surnames_of_people_named_in_full(&ctx, &mut cands);
    states_after_their_towns(&ctx, &mut cands);
    states_before_their_offices(&ctx, &mut cands);
    pronouns(&ctx, &mut cands);
    cands.sort_by_key(|c| (c.first, std::cmp::Reverse(c.last)));
    let mut mentions = link(&ctx, cands, date);
    speak_for_the_name_before(&ctx, &mut mentions);
    people_described_in_apposition(&ctx, &mut mentions);
    carry_affiliations_to_references(&mut mentions);
    bodies_of_an_international_organization(&ctx, &mut mentions);
    mark_several_parties(&ctx, &mut mentions);
    locate_state_organs(&ctx, &mut mentions);
    give_descriptions_the_article_s_country(&ctx, framing, date, &mut mentions);
    carry_context_codes_to_references(&mut mentions);
    mentions
}

/// "Walpole, Mass.", "Chapel Hill, N.C.": a US state's abbreviation after a
/// place and a comma names the state, whatever an earlier pass made of its
/// letters ("N.C." an acronym's body, "Del." a person).
fn states_after_their_towns(ctx: &Ctx, cands: &mut Vec<Candidate>) {
    let towns: Vec<usize> = cands
        .iter()
        .filter(|c| c.mention_type == MentionType::LOC)
        .map(|c| c.last)
        .collect();
    for last in towns {
        if ctx.lower(last + 1) != "," {
            continue;
        }
        let Some(first_tok) = ctx.toks.get(last + 2) else {
            continue;
        };
        let from = first_tok.span.start;
        let Some((abbreviation, state)) = names::state_abbreviation_at(ctx.body, from) else {
            continue;
        };
        let to = from + abbreviation.len();
        let Some(end_tok) = (last + 2..ctx.toks.len())
            .take_while(|&k| ctx.toks[k].span.start < to)
            .last()
            .filter(|&k| ctx.toks[k].span.end <= to)
        else {
            continue;
        };
        cands.retain(|c| c.last < last + 2 || c.first > end_tok);
        // ("Dover, Del.": the town is the state's, not England's.)
        let entity = names::place(state, abbreviation);
        if let Some(town) = cands
            .iter_mut()
            .find(|c| c.last == last)
            .and_then(|c| c.entity.as_mut())
            .filter(|e| e.kind == EntityKind::Place)
        {
            town.code = entity.as_ref().and_then(|e| e.code.clone());
        }
        cands.push(Candidate::new(last + 2, end_tok, MentionType::LOC, entity));
    }
}

/// Run `update` on each reference's entity with its antecedent's.
fn update_references(mentions: &mut [Mention], update: impl Fn(&Entity, &mut Entity)) {
    for i in 0..mentions.len() {
        let Some(a) = mentions[i].antecedent.filter(|&a| a < i) else {
            continue;
        };
        let Some(root) = mentions[a].entity.clone() else {
            continue;
        };
        if let Some(e) = mentions[i].entity.as_mut() {
            update(&root, e);
        }
    }
}

/// "Yahya Saree ... he said": a reference copied its actor before the actor
/// was found to speak for a body ([`speak_for_the_name_before`]); it speaks
/// for the body too.
fn carry_affiliations_to_references(mentions: &mut [Mention]) {
    update_references(mentions, |root, e| {
        if root.affiliation.is_some() && e.affiliation.is_none() && e.name == root.name {
            e.code = root.code.clone();
            e.sector = root.sector.clone();
            e.affiliation = root.affiliation.clone();
        }
    });
}

/// A reference ("their withdrawal" after "their forces") copied its
/// antecedent's entity when the two were linked, before the antecedent took a
/// country from its context: it takes that country now.
fn carry_context_codes_to_references(mentions: &mut [Mention]) {
    update_references(mentions, |root, e| {
        if root.code_from_context && root.code.is_some() && e.code.is_none() {
            e.code = root.code.clone();
            e.code_from_context = true;
        }
    });
}

/// A description with no country of its own ("Police fired tear gas",
/// "regional officials said", "its forces") takes one from its context: the
/// actor a possessive before it stands for ("its forces" after "Russia's
/// defence ministry"), else the country the article is about, the one its
/// states and places name most (twice at least, not counting demonyms), and
/// more often than any other; the headline and the dateline count as
/// sentences of the body. Armed forces, armed groups and weapons take no
/// country this way (an article about Odesa names the Russian drones that
/// struck it), save a state's own army named bare ("the army"); forces and
/// weapons a state deploys or fires are that state's ([`deployer`]). Nor
/// does a description that names its own kind take the article's country
/// ("a Western diplomat"). A person the knowledge base does not know
/// takes the article's country too, and the sector of the title before the
/// name. Codes so read are marked `code_from_context`.
fn give_descriptions_the_article_s_country(
    ctx: &Ctx,
    framing: &[&str],
    date: Date,
    mentions: &mut [Mention],
) {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for m in mentions
        .iter()
        .filter(|m| m.antecedent.is_none() && !m.modifier)
    {
        let Some(e) = &m.entity else { continue };
        if matches!(e.kind, EntityKind::State | EntityKind::Place) {
            if let Some(code) = e.code.as_deref().filter(|c| ctx.kb.state(c).is_some()) {
                *counts.entry(code).or_default() += 1;
            }
        }
    }
    // The headline and the dateline say where the article is as a sentence
    // of the body does ("... protest tax rises in Nairobi").
    for text in framing {
        let folded = title_case_shouting(text);
        let text = folded.as_deref().unwrap_or(text);
        for m in ctx.kb.find_names(text) {
            let e = &ctx.kb.entries[m.entry].entity;
            if m.role != NameRole::Demonym
                && matches!(e.kind, EntityKind::State | EntityKind::Place)
            {
                if let Some(code) = e.code.as_deref().filter(|c| ctx.kb.state(c).is_some()) {
                    *counts.entry(code).or_default() += 1;
                }
            }
        }
    }
    let mut ranked: Vec<(&str, usize)> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let home = match ranked[..] {
        [(code, n), (_, m), ..] if n >= 2 && n > m => Some(code.to_string()),
        [(code, n)] if n >= 2 => Some(code.to_string()),
        _ => None,
    };
    let owners: Vec<(usize, Option<String>)> = mentions
        .iter()
        .map(|m| (m.span.start, m.entity.as_ref().and_then(|e| e.code.clone())))
        .collect();
    let subjects: Vec<(usize, String)> = mentions
        .iter()
        .filter(|m| !m.modifier)
        .filter_map(|m| Some((m.span.end, m.entity.as_ref()?.code.clone()?)))
        .collect();
    for m in mentions.iter_mut() {
        let tok = ctx.token_at(m.span.start);
        let Some(e) = m.entity.as_mut() else { continue };
        // ("Hungary's foreign minister, Peter Szijjarto": a person the
        // title gave a country to takes its sector too.)
        if e.kind == EntityKind::Person && e.code.is_some() && e.sector.is_none() {
            e.sector = title_sector(ctx, tok);
        }
        if e.code.is_some() || !matches!(e.kind, EntityKind::Generic | EntityKind::Person) {
            continue;
        }
        // A person the knowledge base does not know, quoted in an article
        // about one country, is most likely of it; the title before the
        // name gives the sector ("Prime Minister Andrew Holness").
        if e.kind == EntityKind::Person {
            // "the foreign minister" with no holder named before: the
            // article's country's, on its date. (A person with an office and
            // no country here is such a bare title: the knowledge base's
            // holders and the offices of a named state have their codes.)
            let holder = home
                .as_deref()
                .zip(e.office.as_deref())
                .and_then(|(c, o)| ctx.kb.office_holder(c, o, date));
            if let Some(h) = holder {
                let text = std::mem::take(&mut e.text);
                *e = Entity {
                    text,
                    code_from_context: true,
                    ..h.entity.clone()
                };
                continue;
            }
            if e.sector.is_none() {
                e.sector = title_sector(ctx, tok);
            }
            if let Some(code) = &home {
                e.code = Some(code.clone());
                e.code_from_context = true;
            }
            continue;
        }
        // "a Western diplomat", "Kurdish positions": a capital inside says
        // whose it is, and it is no country the knowledge base knows; so
        // does a proper adjective opening the sentence ("Western countries
        // condemned").
        let qualified = ctx.toks[tok..]
            .iter()
            .take_while(|t| t.span.end <= m.span.end)
            .enumerate()
            .any(|(k, t)| {
                t.capitalized
                    && (k > 0
                        || !ctx.sentence_starts.contains(&tok)
                        || is_proper_descriptor(t.text(ctx.body)))
            });
        // "all sides", "both parties": more than one country's.
        if qualified || e.several {
            continue;
        }
        let possessor = (tok > 0 && matches!(ctx.lower(tok - 1), "its" | "their" | "his" | "her"))
            .then(|| {
                let at = ctx.toks[tok - 1].span.start;
                owners
                    .iter()
                    .find(|(s, _)| *s == at)
                    .and_then(|(_, c)| c.clone())
            })
            .flatten();
        // Nor do armed groups: "rebels" in an article naming only Russia
        // may be anyone's. A state's own army is the exception: "the army"
        // in an article about Sudan is Sudan's.
        let armed = matches!(e.sector.as_deref(), Some("MIL" | "REB" | "PRM"))
            && !national_head(ctx, tok, m.span.end);
        let deployed = armed.then(|| deployer(ctx, &subjects, tok)).flatten();
        let code = possessor
            .or(deployed)
            .or_else(|| home.clone().filter(|_| !armed));
        if let Some(code) = code {
            e.code = Some(code);
            e.code_from_context = true;
        }
    }
}

/// "Montenegro Municipality Association (AKK) officials", "Ondo Farmers
/// Union spokesman": officials or a spokesman right after a name the
/// knowledge base lacks, which the recognizer placed in a country, speak for
/// that body and are of its country. (Known names before a description are
/// read with the description itself, in pass 2.)
fn speak_for_the_name_before(ctx: &Ctx, mentions: &mut [Mention]) {
    for i in 1..mentions.len() {
        let (before, rest) = mentions.split_at_mut(i);
        let (m, after) = rest.split_first_mut().expect("i < len");
        let first = ctx.token_at(m.span.start);
        let Some(e) = m.entity.as_mut().filter(|e| {
            e.kind == EntityKind::Generic
                && e.code.is_none()
                && (e.anonymous
                    || e.name == "spokesperson"
                    || e.sector.as_deref() == Some("GOV")
                        && e.name.rsplit_once(' ').is_some_and(|(_, w)| {
                            matches!(w, "spokesman" | "spokeswoman" | "spokesperson")
                        }))
        }) else {
            continue;
        };
        // The name ends right before, or before its acronym in brackets.
        let bracketed = first >= 4
            && ctx.lower(first - 1) == ")"
            && ctx.lower(first - 3) == "("
            && names::is_acronym(ctx.toks[first - 2].text(ctx.body));
        // "The group's military spokesman": a possessor, by name or by
        // reference, is the body too.
        let possessed = first >= 2 && ctx.is_possessive(first - 1);
        let skip = if bracketed {
            4
        } else if possessed {
            2
        } else {
            1
        };
        let Some(name_end) = first.checked_sub(skip) else {
            continue;
        };
        let owner = before.iter().rev().find(|o| {
            (possessed || !o.modifier && o.antecedent.is_none())
                && ctx.toks[name_end].span.end == o.span.end
        });
        let Some(body) = owner.and_then(|o| o.entity.as_ref()).filter(|b| {
            b.kind == EntityKind::Group && b.code.as_deref().is_some_and(|c| c.len() == 3)
        }) else {
            continue;
        };
        e.code = body.code.clone();
        e.affiliation = Some(body.name.clone());
        // A group's spokesman speaks as the group: a rebel, not an official.
        if possessed {
            e.sector = body.sector.clone();
        }
        // "..., Yahya Saree,": the person named right after, set off by a
        // comma, is the spokesman.
        let last = ctx.toks.partition_point(|t| t.span.end <= m.span.end);
        if let Some(person) = after.first_mut().filter(|p| {
            ctx.lower(last) == ","
                && ctx.token_at(p.span.start) == last + 1
                && p.antecedent.is_none()
        }) {
            if let Some(pe) = person
                .entity
                .as_mut()
                .filter(|pe| pe.kind == EntityKind::Person && pe.code.is_none())
            {
                pe.code = e.code.clone();
                pe.affiliation = e.affiliation.clone();
                pe.sector = e.sector.clone();
            }
        }
    }
}

/// "The United Nations envoy, Hans Grundberg,", "Amir Saeid Iravani, Iran's
/// ambassador to the UN,": a person the knowledge base does not know, set
/// off by commas beside a description with a title, is of whoever owns the
/// title: the state, body or international organization named before it
/// (or right after it with "of": "the secretary-general of the Arab
/// League"), not the one the title is "to" or "for".
fn people_described_in_apposition(ctx: &Ctx, mentions: &mut [Mention]) {
    const MAX_WORDS: usize = 10;
    let is_title = |k: usize| {
        let word = ctx.toks[k].text(ctx.body).trim_end_matches('.');
        let lower = ctx.lower(k);
        NAME_TITLES.contains(word)
            || NAME_TITLES.contains(lower)
            || is_office_head(lower)
            || ctx.kb.generic.iter().any(|h| {
                h.words.len() == 1
                    && h.words[0] == lower
                    && STATE_SECTORS.contains(&h.sector.as_str())
            })
    };
    // A description opens with an article or a name ("the UN envoy",
    // "Iran's ambassador"), not with a clause's first word ("After the
    // FBI probe, Judicial Watch asked").
    let opens_description = |k: usize, starts: &HashMap<usize, usize>| {
        matches!(ctx.lower(k), "the" | "a" | "an") || starts.contains_key(&k)
    };
    // The title heads the description: nothing but a second title or a
    // phrase of whose or where follows it ("the US envoy to the UN"; not
    // "the Department of Justice can step in").
    let heads = |title: usize, end: usize| {
        let mut k = title + 1;
        while k < end && is_title(k) {
            k += 1;
        }
        k >= end || matches!(ctx.lower(k), "of" | "to" | "for" | "at" | "in" | "on")
    };
    let ends_description = |k: usize| {
        matches!(
            ctx.lower(k),
            "," | ";" | ":" | "." | "(" | ")" | "\"" | "“" | "”"
        ) || is_reporting_form(&ctx.toks[k])
    };
    let mention_starts: HashMap<usize, usize> = mentions
        .iter()
        .enumerate()
        .map(|(i, m)| (ctx.token_at(m.span.start), i))
        .collect();
    for i in 0..mentions.len() {
        let m = &mentions[i];
        if m.antecedent.is_some()
            || !m.entity.as_ref().is_some_and(|e| {
                e.kind == EntityKind::Person && e.code.is_none() && e.office.is_none()
            })
        {
            continue;
        }
        let first = ctx.token_at(m.span.start);
        let last = ctx.toks.partition_point(|t| t.span.end <= m.span.end);
        // The description's tokens: before ", Name" or after "Name, ".
        let before = (first >= 2 && ctx.lower(first - 1) == ",")
            .then(|| {
                let end = first - 1;
                let mut start = end;
                while start > 0 && end - start < MAX_WORDS && !ends_description(start - 1) {
                    start -= 1;
                    if ctx.sentence_starts.contains(&start) {
                        break;
                    }
                }
                let whole = start == 0
                    || ends_description(start - 1)
                    || ctx.sentence_starts.contains(&start);
                (whole && opens_description(start, &mention_starts)).then_some(start..end)
            })
            .flatten();
        let after = (ctx.toks.get(last).is_some_and(|t| t.lower == ",")
            && (matches!(ctx.lower(last + 1), "the" | "a" | "an")
                || mention_starts.contains_key(&(last + 1)) && ctx.is_possessive(last + 2)))
        .then(|| {
            let start = last + 1;
            let mut end = start;
            while end < ctx.toks.len()
                && end - start < MAX_WORDS
                && !ends_description(end)
                && !(end > start && ctx.sentence_starts.contains(&end))
            {
                end += 1;
            }
            start..end
        });
        let owner = [before, after].into_iter().flatten().find_map(|range| {
            let title = range
                .clone()
                .find(|&k| is_title(k))
                .filter(|&t| heads(t, range.end))?;
            let coded = |k: usize| {
                let o = &mentions[*mention_starts.get(&k)?];
                // ("the U.N.-backed Libyan government": a name that only
                // qualifies the word it is joined to owns nothing.)
                let end = ctx.toks.partition_point(|t| t.span.end <= o.span.end);
                if ctx
                    .toks
                    .get(end)
                    .is_some_and(|t| t.span.start == o.span.end && t.lower.starts_with('-'))
                {
                    return None;
                }
                o.entity.as_ref().filter(|e| {
                    e.code.is_some()
                        && matches!(
                            e.kind,
                            EntityKind::State | EntityKind::Igo | EntityKind::Group
                        )
                })
            };
            // The nearest owner before the title, outside a phrase of
            // destination ("ambassador to the UN" is Iran's).
            let by_name = (range.start..title).rev().find_map(|k| {
                let destination = k > range.start
                    && matches!(ctx.lower(k - 1), "to" | "for" | "in" | "at" | "from");
                coded(k).filter(|_| !destination)
            });
            // ("a spokesman for the Russian embassy": a spokesman speaks
            // for whom he is "for"; an envoy is sent there.)
            let spokes = ctx.lower(title).starts_with("spokes");
            by_name
                .or_else(|| {
                    (ctx.lower(title + 1) == "of" || spokes && ctx.lower(title + 1) == "for")
                        .then(|| {
                            // Inside the phrase after "of" only: not in a
                            // clause or phrase of its own ("the head of a
                            // panel investigating Iran's programme").
                            (title + 2..range.end.min(title + 8))
                                .take_while(|&k| {
                                    let w = ctx.lower(k);
                                    !(matches!(
                                        w,
                                        "for"
                                            | "to"
                                            | "in"
                                            | "on"
                                            | "at"
                                            | "by"
                                            | "with"
                                            | "from"
                                            | "into"
                                            | "against"
                                            | "that"
                                            | "which"
                                            | "who"
                                    ) || w.ends_with("ing") && !ctx.toks[k].capitalized)
                                })
                                .find_map(coded)
                        })
                        .flatten()
                })
                .map(|o| (o.clone(), TITLE_SECTORS.get(ctx.lower(title)).copied()))
        });
        let Some((owner, sector)) = owner else {
            continue;
        };
        let Some(e) = mentions[i].entity.as_mut() else {
            continue;
        };
        e.code = owner.code.clone();
        if owner.kind != EntityKind::State {
            e.affiliation = Some(owner.name.clone());
        }
        if let Some(sector) = sector {
            e.sector = Some(sector.to_string());
        } else if e.sector.is_none() {
            e.sector = owner.sector.clone();
        }
    }
}

/// "the UN Migration Agency", "the EU Border Assistance Mission": a body the
/// knowledge base lacks, named right after an international organization, is
/// that organization's, and the organization's name only says whose.
fn bodies_of_an_international_organization(ctx: &Ctx, mentions: &mut [Mention]) {
    for i in 1..mentions.len() {
        let (before, rest) = mentions.split_at_mut(i);
        let body = &mut rest[0];
        let Some(e) = body
            .entity
            .as_mut()
            .filter(|e| e.kind == EntityKind::Group && e.code.is_none())
        else {
            continue;
        };
        let first = ctx.token_at(body.span.start);
        let owner = before.last_mut().filter(|o| {
            first > 0
                && ctx.toks[first - 1].span.end == o.span.end
                && o.antecedent.is_none()
                && o.entity.as_ref().is_some_and(|x| x.kind == EntityKind::Igo)
        });
        let Some(owner) = owner else { continue };
        let igo = owner.entity.as_ref().expect("checked above");
        e.code = igo.code.clone();
        e.affiliation = Some(igo.name.clone());
        owner.modifier = true;
    }
}

/// "In Yerevan, protesters rallied against the government": a government,
/// army or police named with no country belongs to the country of the place
/// named in its sentence, or else in the sentence before; soldiers too, but
/// not a weapon, a site or a coalition (`located_only` in `generic.tsv`):
/// missiles that struck Kyiv are not Ukraine's.
/// Whether the description from token `tok` to byte `end` is of several
/// parties: "all sides", "both parties", "each government", or a plural
/// head of parties ("the warring sides"; `several` in `generic.tsv`).
fn of_several(ctx: &Ctx, tok: usize, end: usize) -> bool {
    let last = ctx
        .toks
        .partition_point(|t| t.span.end <= end)
        .saturating_sub(1);
    tok > 0 && matches!(ctx.lower(tok - 1), "all" | "both" | "each" | "either")
        || ctx.lower(last).ends_with('s') && ends_in_head(ctx, tok, end, |h| h.several)
}

/// Marks the descriptions of several parties, which no context makes one
/// country's ("both sides in Yemen" are not Yemen's).
fn mark_several_parties(ctx: &Ctx, mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        let tok = ctx.token_at(m.span.start);
        if let Some(e) = m.entity.as_mut().filter(|e| e.kind == EntityKind::Generic) {
            e.several = of_several(ctx, tok, m.span.end);
        }
    }
}

fn locate_state_organs(ctx: &Ctx, mentions: &mut [Mention]) {
    let sent_idx = |tok: usize| ctx.sentence_starts.iter().filter(|&&s| s <= tok).count();
    let places: Vec<(usize, Entity)> = mentions
        .iter()
        .filter_map(|m| {
            let e = m.entity.as_ref()?;
            let tok = ctx.token_at(m.span.start);
            let in_pp =
                tok > 0 && matches!(ctx.lower(tok - 1), "in" | "at" | "from" | "near" | "across");
            (matches!(e.kind, EntityKind::State) && in_pp).then(|| (sent_idx(tok), e.clone()))
        })
        .collect();
    for m in mentions.iter_mut() {
        let Some(e) = m.entity.as_mut() else { continue };
        let organ = e.kind == EntityKind::Generic
            && e.code.is_none()
            && !e.anonymous
            && !e.several
            && e.sector
                .as_deref()
                .is_some_and(|s| STATE_SECTORS.contains(&s))
            && e.text.split_whitespace().count() == 1;
        let organ = organ
            && !ends_in_head(ctx, ctx.token_at(m.span.start), m.span.end, |h| {
                h.located_only
            });
        if !organ || m.antecedent.is_some() {
            continue;
        }
        let here = sent_idx(ctx.token_at(m.span.start));
        let place = places
            .iter()
            .filter(|(s, _)| *s == here)
            .chain(places.iter().filter(|(s, _)| *s + 1 == here))
            .map(|(_, p)| p)
            .next();
        if let Some(p) = place {
            let text = std::mem::take(&mut e.text);
            let sector = e.sector.clone();
            *e = Entity {
                text,
                sector,
                ..p.clone()
            };
        }
    }
}

/// "Microsoft Issues Emergency Patch": whether the name at tokens
/// `first..=last` stands in a headline that capitalizes its common words,
/// before one of those words (so the capital after the name says nothing).
/// The word tests come first: most names go on with a name. The sentence
/// around it is read no further than a headline runs: a longer one is none.
#[inline(never)]
fn opens_a_title_case_headline(ctx: &Ctx, first: usize, last: usize, shouted: bool) -> bool {
    const HEADLINE_TOKENS: usize = 30;
    let toks = ctx.toks;
    if shouted
        || !toks
            .get(last + 1)
            .is_some_and(|t| names::is_prose_form(&t.lower))
    {
        return false;
    }
    let s0 = (first.saturating_sub(HEADLINE_TOKENS)..=first)
        .rev()
        .find(|k| ctx.sentence_starts.contains(k));
    let s1 = (first + 1..(first + HEADLINE_TOKENS).min(toks.len()))
        .find(|k| ctx.sentence_starts.contains(k))
        .or((first + HEADLINE_TOKENS >= toks.len()).then_some(toks.len()));
    let (Some(s0), Some(s1)) = (s0, s1) else {
        return false;
    };
    s1 - s0 >= 4 && names::capitals_say_nothing(ctx.body, toks, (s0, s1))
}

/// Pass 1: names from the knowledge base, aligned to tokens.
fn names(ctx: &Ctx, date: Date) -> Vec<Candidate> {
    let toks = ctx.toks;
    let mut out = Vec::new();
    let mut found = ctx.kb.find_names(ctx.body);
    // Datelines and headlines shout ("BEIRUT", "JAPAN GET LUCKY WIN"): the
    // same search over the text with such words in title case finds them.
    if let Some(folded) = title_case_shouting(ctx.body) {
        let more: Vec<_> = ctx
            .kb
            .find_names(&folded)
            .into_iter()
            .filter(|m| ctx.body[m.start..m.end] != folded[m.start..m.end])
            .filter(|m| !found.iter().any(|f| f.start < m.end && m.start < f.end))
            .collect();
        found.extend(more);
    }
    found.extend(misspelt_states(ctx, &found));
    for mut m in found {
        // Someone who held several offices is the office holder of the day.
        m.entry = ctx.kb.namesake_on(m.entry, date);
        // "RUGBY UNION - WALLABIES NAME SIDE": a sport labelling its line is
        // no town, and "ICE HOCKEY" no agency.
        if layout::in_a_sport_label(ctx.body, m.start, m.end) {
            continue;
        }
        let first = ctx.token_at(m.start);
        if toks.get(first).is_none_or(|t| t.span.start != m.start) {
            continue;
        }
        let Some(last) = toks[first..]
            .iter()
            .position(|t| t.span.end == m.end)
            .map(|k| first + k)
        else {
            continue;
        };
        // "New England": "New" before a place names another place, which the
        // gazetteer knows or the names pass types whole; "Real Madrid",
        // "Sporting Lisbon": a word that opens a body's name makes the place
        // part of it.
        if first > 0 && {
            let before = toks[first - 1].text(ctx.body);
            before == "New" || names::opens_a_body(before)
        } {
            continue;
        }
        // "Tour de France", "Gaz de France": a capitalized word and a
        // particle before a state make it part of another name, which the
        // names pass types whole.
        if first > 1
            && matches!(toks[first - 1].lower.as_str(), "de" | "du")
            && toks[first - 2].capitalized
        {
            continue;
        }
        let entry = &ctx.kb.entries[m.entry];
        // "Michael Jordan", "Kevin England": a census given name right before
        // a one-word state or place makes it a surname; the names pass reads
        // the person. (Not a given name that is also a word of prose: "Will
        // Jordan respond".)
        let surname_after_given_name = first == last
            && first > 0
            && m.role == NameRole::Name
            && matches!(entry.entity.kind, EntityKind::State | EntityKind::Place)
            && {
                let g = &toks[first - 1];
                g.capitalized
                    && names::is_given_name(g.text(ctx.body))
                    && !names::is_common_word(&g.lower)
                    && !names::is_stopword(&g.lower)
                    && !ctx.body[g.span.end..toks[first].span.start].contains('\n')
            };
        if surname_after_given_name {
            continue;
        }
        let mut entity = entry.entity.clone();
        let wider = (m.role == NameRole::Name)
            .then(|| place_around(ctx, first, last, &entity))
            .flatten();
        let (first, last) = match wider {
            Some((a, b, place)) => {
                entity = place;
                (a, b)
            }
            None => (first, last),
        };
        // A company's one-word name inside a longer name is a word of that
        // name ("Tom Tennant", "The Golden Compass"), unless its legal form
        // follows, which the mention takes ("Intel Corp."). A title after it
        // is its officer's ("Apple CEO Tim Cook"). After "the" it is
        // something else of that name ("protect the Amazon"), and in
        // parentheses after a name that name's acronym ("Islamic Salvation
        // Front (FIS)").
        let (first, last) = if entity.kind == EntityKind::Group
            && entity.sector.as_deref() == Some("BUS")
        {
            // ("But Moody's said": a function word opening the sentence is
            // none; "FERRARI UNVEIL NEW CAR": in a shouted line every word
            // is capitalized.)
            let shouted = names::is_shouted(ctx.text(first, last));
            let name_word = |k: usize| {
                toks.get(k).is_some_and(|t| {
                    let word = t.text(ctx.body);
                    let shouting_alike = shouted && names::is_shouted(word);
                    names::is_name_cased(t, word)
                        && !names::is_title_word(&t.lower)
                        && !names::is_stopword(&t.lower)
                        && !shouting_alike
                })
            };
            // ("Islamic Salvation Front (FIS)": an acronym in parentheses
            // is the name's before it.)
            let in_parentheses = |a: usize, b: usize| {
                a > 0 && toks[a - 1].lower == "(" && toks.get(b + 1).is_some_and(|t| t.lower == ")")
            };
            let legal_form_next = toks
                .get(last + 1)
                .is_some_and(|t| LEGAL_FORMS.contains(t.text(ctx.body)));
            if legal_form_next {
                (first, last + 1)
            } else if first == last
                && (first > 0 && (name_word(first - 1) || ctx.lower(first - 1) == "the")
                    || name_word(last + 1) && !opens_a_title_case_headline(ctx, first, last, shouted)
                    || in_parentheses(first, last))
                // ("Ash Carter 's press secretary": not the company Carter's.)
                || last == first + 1
                    && ctx.is_possessive(last)
                    && first > 0
                    && name_word(first - 1)
            {
                continue;
            } else {
                (first, last)
            }
        } else {
            (first, last)
        };
        // An outlet's one-word name before a capitalized word is a word of
        // another name: "Cumhuriyet University". (Not an acronym, which
        // names a channel of it or modifies: "BBC Radio Four", "CNN debate".)
        let outlets_word = first == last
            && entity.sector.as_deref() == Some("MED")
            && !names::is_acronym(toks[first].text(ctx.body))
            && toks.get(last + 1).is_some_and(|t| {
                names::is_name_cased(t, t.text(ctx.body)) && !names::is_stopword(&t.lower)
            });
        if outlets_word {
            continue;
        }
        entity.text = ctx.text(first, last).to_string();
        let mention_type = match (m.role, entity.kind) {
            (NameRole::Demonym, _) => MentionType::MISC,
            // "the State Department said": a seat of power that is a body
            // by its name (not a place: "the Kremlin", "the White House").
            (NameRole::Seat, _) if body_by_its_last_word(toks[last].text(ctx.body)) => {
                MentionType::ORG
            }
            (_, EntityKind::Person) => MentionType::PER,
            (_, EntityKind::State | EntityKind::Place) => MentionType::LOC,
            _ => MentionType::ORG,
        };
        if m.role == NameRole::Demonym {
            entity.sector = None;
            // "ethnic Albanians in Macedonia": a people, not a state's
            // citizens; where they live gives their country.
            if first > 0 && ctx.lower(first - 1) == "ethnic" {
                entity = Entity {
                    text: entity.text.clone(),
                    ..Entity::named(&format!("ethnic {}", entity.text), EntityKind::Generic)
                };
            }
        }
        // "Frederick Cheney LaRue": a known surname before another name
        // is part of someone else's.
        let another_name_after = entity.kind == EntityKind::Person
            && first == last
            && m.role == NameRole::Name
            && toks.get(last + 1).is_some_and(|t| {
                let text = t.text(ctx.body);
                t.span.start == toks[last].span.end + 1
                    && names::is_name_cased(t, text)
                    && !names::is_stopword(&t.lower)
                    && !names::is_common_word(&t.lower)
                    && !names::is_title_word(&t.lower)
                    && !names::never_a_name(text)
                    && ctx.kb.find_names(text).is_empty()
            })
            // ("Obama Reverses Bush": a headline capitalizes its verbs.)
            && !opens_a_title_case_headline(ctx, first, last, false);
        if another_name_after {
            continue;
        }
        // "Janet L. Yellen": a known person's given name and a middle
        // initial (its letter and its dot) open the name.
        let given = entity.name.split(' ').next().unwrap_or_default();
        let first = if entity.kind == EntityKind::Person
            && first == last
            && first >= 3
            && names::is_initial(toks, first - 2, toks[first - 2].text(ctx.body))
            && toks[first - 3].text(ctx.body) == given
        {
            entity.text = ctx.text(first - 3, last).to_string();
            first - 3
        } else {
            first
        };
        // "Tijani Babangida" is not Ibrahim Babangida: a known surname after
        // another given name is someone the knowledge base does not know.
        let other_given_name = (first > 0 && first == last && entity.kind == EntityKind::Person)
            .then(|| first - 1)
            .filter(|&g| {
                let given = toks[g].text(ctx.body);
                names::is_name_cased(&toks[g], given)
                    && !names::is_title_word(&toks[g].lower)
                    // ("ARAFAT AND NETANYAHU", "MEETS ARAFAT": a shouted word of prose.)
                    && !names::is_stopword(&toks[g].lower)
                    && !names::is_common_word(&toks[g].lower)
                    && !entity.name.contains(given)
                    && ctx.kb.find_names(given).is_empty()
                    && !(ctx.sentence_starts.contains(&g) && names::is_common_word(&toks[g].lower))
            });
        if let Some(g) = other_given_name {
            let entity = Entity::named(ctx.text(g, last), EntityKind::Person);
            out.push(Candidate::new(g, last, MentionType::PER, Some(entity)));
            continue;
        }
        // "H.D. Deve Gowda", "F.W. de Klerk": a known person's initials,
        // written as one token, open the name.
        let first = if entity.kind == EntityKind::Person
            && first > 0
            && is_dotted_initials(toks[first - 1].text(ctx.body))
            && ctx.kb.find_names(toks[first - 1].text(ctx.body)).is_empty()
        {
            first - 1
        } else {
            first
        };
        let mut c = Candidate::new(first, last, mention_type, Some(entity));
        c.role = Some(m.role);
        c.plural = m.role == NameRole::Demonym && toks[last].lower.ends_with('s')
            || matches!(toks[last].lower.as_str(), "houthis" | "taliban");
        out.push(c);
    }
    out.extend(joined_peoples(ctx));
    out
}

/// A title's word that is also a common census surname ("king", 32nd;
/// "judge", 3,264th), so that after an honorific it is the surname ("Mr.
/// King"); "Mr. President" and "Mr. Speaker" (19,417th) stay an address.
fn is_common_titled_surname(lower: &str) -> bool {
    names::surname_rank(lower).is_some_and(|r| r <= HONORIFIC_SURNAME_RANK)
}
const HONORIFIC_SURNAME_RANK: usize = 5_000;

/// Whether the word at token `i` follows a saint's, mount's or fort's
/// abbreviation and its dot ("Jack St. Martin", "St. Martin"): it is then
/// part of another name, not a known person's surname.
fn after_a_saints_abbreviation(ctx: &Ctx, i: usize) -> bool {
    i >= 2
        && ctx.toks[i - 1].lower == "."
        && names::is_place_abbreviation(ctx.toks[i - 2].text(ctx.body))
}

/// Two or three capital letters, each with its dot, in one word ("H.D.").
fn is_dotted_initials(word: &str) -> bool {
    let b = word.as_bytes();
    (4..=6).contains(&b.len())
        && b.len().is_multiple_of(2)
        && b.chunks(2)
            .all(|p| p[0].is_ascii_uppercase() && p[1] == b'.')
}

/// "Israeli-Palestinian talks", "the Moslem-Croat federation": peoples
/// joined by hyphens in one word, a MISC name (as a demonym alone is).
fn joined_peoples(ctx: &Ctx) -> Vec<Candidate> {
    let people_word = |part: &str| {
        ctx.kb
            .find_names(part)
            .iter()
            .any(|m| m.role == NameRole::Demonym && m.start == 0 && m.end == part.len())
            || names::alone_word_type(part) == Some(MentionType::MISC)
    };
    (0..ctx.toks.len())
        .filter(|&i| ctx.toks[i].kind == TokenKind::Word && ctx.toks[i].capitalized)
        .filter(|&i| {
            let word = ctx.toks[i].text(ctx.body);
            let mut parts = word.split('-');
            word.contains('-') && parts.all(|p| p.len() >= 3 && people_word(p))
        })
        .map(|i| Candidate::new(i, i, MentionType::MISC, None))
        .collect()
}

/// Capitalized words that misspell a state's name or demonym ("Ethopia has
/// agreed", "Quatar's emir"), outside every name found. Names sit one letter
/// from states as often as misspellings do, so a word is left alone when it
/// is an English word capitalized to open a sentence, a place the gazetteer
/// knows ("Indiana", "Columbia"), a known person's name ("Cameron"), or a
/// word the document writes inside a longer name ("Frances Fitzgerald",
/// "Donna Brazile ... Brazile said").
fn misspelt_states(ctx: &Ctx, found: &[NameMatch]) -> Vec<NameMatch> {
    let capitalized = |i: usize| {
        ctx.toks
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word && t.capitalized)
    };
    let after_initial =
        |i: usize| i >= 2 && names::is_initial(ctx.toks, i - 2, ctx.toks[i - 2].text(ctx.body));
    let in_longer_name =
        |i: usize| capitalized(i + 1) || i > 0 && capitalized(i - 1) || after_initial(i);
    let name_words: HashSet<&str> = (0..ctx.toks.len())
        .filter(|&i| capitalized(i) && in_longer_name(i))
        .map(|i| ctx.toks[i].text(ctx.body))
        .collect();
    (0..ctx.toks.len())
        .filter(|&i| capitalized(i))
        .map(|i| (&ctx.toks[i], ctx.toks[i].text(ctx.body)))
        // A shouted headline word ("INDIANA") is no typing slip.
        .filter(|(_, text)| text.chars().any(char::is_lowercase))
        .filter(|(t, _)| t.span.end - t.span.start >= crate::spelling::MIN_LEN)
        .filter(|(t, _)| {
            !found
                .iter()
                .any(|f| f.start < t.span.end && t.span.start < f.end)
        })
        .filter(|(t, text)| {
            !name_words.contains(text)
                && !names::is_common_word(&t.lower)
                && !names::is_known_place(text)
                && !ctx.kb.is_person_name(text)
        })
        .filter_map(|(t, text)| {
            let (entry, role) = ctx.kb.misspelt_state(text)?;
            Some(NameMatch {
                start: t.span.start,
                end: t.span.end,
                entry,
                role,
            })
        })
        .collect()
}

/// "The Albanians of southern Serbia", "the Kurds of northern Iraq": a people
/// named by its demonym and placed in a state is of that state, as event
/// datasets code such groups; the state only places them and is no actor of
/// its own there.
fn peoples_of_a_state(ctx: &Ctx, cands: &mut [Candidate]) {
    for p in 0..cands.len() {
        let c = &cands[p];
        let people = c.role == Some(NameRole::Demonym)
            && c.plural
            && c.first > 0
            && ctx.lower(c.first - 1) == "the"
            && ctx.lower(c.last + 1) == "of";
        if !people {
            continue;
        }
        let mut at = c.last + 2;
        if COMPASS.contains(&ctx.lower(at)) {
            at += 1;
        }
        let Some(s) = cands.iter().position(|s| {
            s.first == at
                && s.entity
                    .as_ref()
                    .is_some_and(|e| e.kind == EntityKind::State && e.code.is_some())
        }) else {
            continue;
        };
        let state = cands[s].entity.clone().expect("checked above");
        cands[s].modifier = true;
        let c = &mut cands[p];
        let text = ctx.text(c.first, c.last).to_string();
        c.entity = Some(Entity {
            code: state.code.clone(),
            sector: Some("CVL".into()),
            text: text.clone(),
            ..Entity::named(&format!("{text} of {}", state.name), EntityKind::Generic)
        });
        c.role = None;
        c.mention_type = MentionType::ORG;
    }
}

/// The text with every all-capital ASCII word of three letters or more in
/// title case ("BEIRUT" as "Beirut"), or `None` when it has none. Offsets
/// are unchanged: only ASCII letters change case.
/// Small words that join the words of a name ("Bank of Japan", "Trinidad and
/// Tobago", "Movement for Democratic Change"), shouted.
const SHOUTED_JOINERS: [&[u8]; 3] = [b"OF", b"AND", b"FOR"];

/// Whether the word that ends (`backwards`) or starts at byte `at` is a
/// shouted one of three letters or more.
fn shouted_word_at(bytes: &[u8], at: usize, backwards: bool) -> bool {
    let letters = |range: &mut dyn Iterator<Item = usize>| {
        range
            .map_while(|k| bytes.get(k).filter(|b| b.is_ascii_alphabetic()))
            .map(|b| b.is_ascii_uppercase())
            .try_fold(0, |n, upper| upper.then_some(n + 1))
            .is_some_and(|n| n >= 3)
    };
    if backwards {
        letters(&mut (0..=at).rev())
    } else {
        letters(&mut (at..bytes.len()))
    }
}

fn title_case_shouting(text: &str) -> Option<String> {
    let mut out = text.as_bytes().to_vec();
    let mut any = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
            i += 1;
        }
        let word = &bytes[start..i];
        let glued =
            i < bytes.len() && !bytes[i].is_ascii() || start > 0 && !bytes[start - 1].is_ascii();
        if word.len() >= 3
            && !glued
            && word.iter().all(u8::is_ascii_uppercase)
            && !SHOUTED_JOINERS.contains(&word)
        {
            out[start + 1..i].make_ascii_lowercase();
            any = true;
        } else if SHOUTED_JOINERS.contains(&word)
            && shouted_word_at(bytes, start.saturating_sub(2), true)
            && shouted_word_at(bytes, i + 1, false)
        {
            // "BANK OF JAPAN", "TRINIDAD AND TOBAGO": the small word that
            // joins a name's words is written small in it.
            out[start..i].make_ascii_lowercase();
            any = true;
        }
    }
    // Only ASCII bytes changed, so the bytes are still UTF-8.
    any.then(|| String::from_utf8(out).expect("ASCII case change keeps UTF-8"))
}

/// Whether `word` is a descriptor written capitalized in `descriptors.txt`
/// ("Western", "Arab", "Kurdish"): a proper adjective, whatever its place.
fn is_proper_descriptor(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && DESCRIPTORS.contains(word)
}

/// Whether `word` is the word an office of `offices.txt` is named by
/// ("minister" of "foreign minister", "secretary" of "secretary of state").
fn is_office_head(word: &str) -> bool {
    OFFICES.iter().any(|o| office_head(o) == Some(word))
}

/// The word an office is named by: the first of one with "of" in it
/// ("secretary of state"), else the last ("foreign minister").
fn office_head<'a>(words: &[&'a str]) -> Option<&'a str> {
    if words.contains(&"of") {
        words.first().copied()
    } else {
        words.last().copied()
    }
}

/// Whether "the `title`" may stand for the holder of `office`: the office
/// itself, or, when the title is no office of its own, the office's head
/// word alone ("the minister" for a foreign minister; "the president" is
/// not the vice president).
fn titled(office: &str, title: &str, title_is_office: bool) -> bool {
    if office.eq_ignore_ascii_case(title) {
        return true;
    }
    let words: Vec<&str> = office.split(' ').collect();
    !title_is_office && office_head(&words).is_some_and(|h| h.eq_ignore_ascii_case(title))
}

/// Whether a token is an inflected reporting verb ("said", "told", "warns").
fn is_reporting_form(t: &Token) -> bool {
    t.lemmas
        .iter()
        .any(|l| *l != t.lower && REPORTING_VERBS.contains(l.as_str()))
}

/// Pass 2: descriptions built on a generic head.
/// Words that join two phrases: a possessor before one of them owns the
/// first ("Iran's support for the rebels"), not the description.
const PHRASE_LINKS: [&str; 27] = [
    "the", "a", "an", "of", "for", "to", "in", "on", "at", "by", "with", "from", "into", "against",
    "over", "about", "and", "or", "but", "its", "their", "his", "her", "our", "this", "that", "as",
];

/// Compounds whose second word, a description's head, names no actor
/// (`not-actor-compounds.txt`: "sanctions regime").
static NOT_ACTOR_COMPOUNDS: LazyLock<HashSet<(&'static str, &'static str)>> = LazyLock::new(|| {
    sitrep_core::data::word_pairs(include_str!(
        "../../../data/lexicon/not-actor-compounds.txt"
    ))
});

fn descriptions(ctx: &Ctx, cands: &mut Vec<Candidate>) {
    let toks = ctx.toks;
    let mut heads: Vec<_> = ctx.kb.generic.iter().collect();
    heads.sort_by_key(|h| std::cmp::Reverse(h.words.len()));
    let covered =
        |cands: &[Candidate], i: usize| cands.iter().position(|c| c.first <= i && i <= c.last);
    let mut i = 0;
    while i < toks.len() {
        let Some(head) = heads.iter().find(|h| {
            h.words
                .iter()
                .enumerate()
                .all(|(k, w)| toks.get(i + k).is_some_and(|t| t.lower == *w))
        }) else {
            i += 1;
            continue;
        };
        let end = i + head.words.len() - 1;
        if (i..=end).any(|k| covered(cands, k).is_some()) {
            i = end + 1;
            continue;
        }
        // "African National Congress": a capitalized head with a capitalized
        // word after it is inside a name the later passes find.
        let in_name = toks[i].capitalized
            && !ctx.sentence_starts.contains(&i)
            && toks
                .get(end + 1)
                .is_some_and(|t| t.capitalized && t.kind == TokenKind::Word);
        // "played for the Jets": a club's nickname, capitalized inside a
        // sentence, is the club, not the warplanes.
        let nickname = head.words.len() == 1
            && toks[i].capitalized
            && !ctx.sentence_starts.contains(&i)
            && names::is_club_nickname(ctx.text(i, i));
        if in_name || nickname {
            i = end + 1;
            continue;
        }
        // "the sanctions regime", "a visa regime": a system, no actor.
        let compound =
            i > 0 && NOT_ACTOR_COMPOUNDS.contains(&(ctx.lower(i - 1), toks[i].lower.as_str()));
        if compound {
            i = end + 1;
            continue;
        }
        // "military spokesman", "security forces": a head that is also a
        // descriptor and stands before another head only describes it.
        let next_is_head = heads.iter().any(|h| {
            h.words
                .iter()
                .enumerate()
                .all(|(k, w)| toks.get(end + 1 + k).is_some_and(|t| t.lower == *w))
        });
        if next_is_head && head.words.len() == 1 && DESCRIPTORS.contains(head.words[0].as_str()) {
            i += 1;
            continue;
        }
        // "military aid", "government policy": a head before a noun that
        // only takes modifiers is an adjective, not an actor.
        if head.words.len() == 1 && MODIFIEES.contains(ctx.lower(end + 1)) {
            i = end + 1;
            continue;
        }
        // Walk left over the words that belong to the description.
        let mut first = i;
        let mut country: Option<Entity> = None;
        let mut group: Option<Entity> = None;
        let mut group_members: Option<usize> = None;
        let mut consumed = Vec::new();
        // "the Obama administration", "the Bush government": a leader's
        // name before a government head gives the country.
        let governs = !head.anonymous
            && matches!(
                head.name.as_str(),
                "administration" | "government" | "regime"
            );
        let leaders_country = |first: usize, last: usize, person: Option<&Entity>| {
            let code = match person {
                Some(e) if e.kind == EntityKind::Person => e.code.clone(),
                _ => (first == last && toks[first].capitalized)
                    .then(|| ctx.kb.leader_surname_country(ctx.text(first, last)))
                    .flatten()
                    .map(str::to_string),
            };
            code.and_then(|c| ctx.kb.state(&c))
                .map(|e| e.entity.clone())
        };
        while first > 0 {
            let prev = first - 1;
            if governs && country.is_none() && first == i {
                let by_name = match covered(cands, prev) {
                    Some(ci) if cands[ci].last == prev => {
                        let c = &cands[ci];
                        leaders_country(c.first, c.last, c.entity.as_ref()).map(|s| (s, Some(ci)))
                    }
                    Some(_) => None,
                    None => leaders_country(prev, prev, None).map(|s| (s, None)),
                };
                if let Some((state, ci)) = by_name {
                    country = Some(state);
                    match ci {
                        Some(ci) => {
                            first = cands[ci].first;
                            consumed.push(ci);
                        }
                        None => first = prev,
                    }
                    continue;
                }
            }
            // "Saudi-led coalition", "U.S.-led forces": the leader's country.
            if country.is_none() && first == i {
                if let Some((state, from, ci)) = led_by(ctx, cands, prev) {
                    country = Some(state);
                    consumed.extend(ci);
                    first = from;
                    continue;
                }
            }
            if let Some(ci) = covered(cands, prev) {
                let c = &cands[ci];
                let is_country = c
                    .entity
                    .as_ref()
                    .is_some_and(|e| e.kind == EntityKind::State)
                    && c.last == prev
                    && !ctx.is_possessive(prev + 1);
                if is_country && country.is_none() {
                    country = c.entity.clone();
                    consumed.push(ci);
                    first = c.first;
                    continue;
                }
                // "Darfur rebels", "Gaza militants", "the Gaza health
                // ministry": a place of one country before the head, or
                // before the words that describe it, gives that country.
                let only_descriptors_between = (first..i).all(|k| {
                    toks[k].kind == TokenKind::Word && DESCRIPTORS.contains(toks[k].lower.as_str())
                });
                let place_state = c
                    .entity
                    .as_ref()
                    .filter(|e| e.kind == EntityKind::Place && c.last == prev)
                    .and_then(|e| e.code.as_deref())
                    .and_then(|code| ctx.kb.state(code))
                    .map(|s| s.entity.clone());
                if let Some(state) =
                    place_state.filter(|_| country.is_none() && only_descriptors_between)
                {
                    country = Some(state);
                    consumed.push(ci);
                    first = c.first;
                    continue;
                }
                // "a Houthi military spokesman": the group the person speaks for.
                let is_group = c
                    .entity
                    .as_ref()
                    .is_some_and(|e| e.kind == EntityKind::Group)
                    && c.last == prev;
                if is_group && (head.anonymous || head.name == "spokesperson") {
                    group = c.entity.clone();
                }
                // "Hamas fighters", "Houthi rebels": the group's own members are the group.
                if is_group && !head.anonymous && head.name != "spokesperson" && first == i {
                    group_members = Some(ci);
                }
                break;
            }
            let t = &toks[prev];
            let text = t.text(ctx.body);
            if t.kind == TokenKind::Word
                && (DESCRIPTORS.contains(text)
                    || DESCRIPTORS.contains(t.lower.as_str()) && !t.capitalized)
            {
                first = prev;
                continue;
            }
            // "Sudan's army", "Israel's high court", "Algeria's leading human
            // rights activist", "Nicaragua's Sandinista government": the
            // possessor gives the country, over at most three words that name
            // nothing of their own, and neither an office nor a reporting
            // verb ("Iran's foreign minister told reporters": the possessor
            // is the minister's).
            let possessive = (prev.saturating_sub(3)..=prev).rev().find(|&k| {
                ctx.is_possessive(k)
                    && (k + 1..first).all(|j| {
                        toks[j].kind == TokenKind::Word
                            && covered(cands, j).is_none()
                            && !PHRASE_LINKS.contains(&toks[j].lower.as_str())
                            && !is_office_head(&toks[j].lower)
                            && !is_reporting_form(&toks[j])
                    })
            });
            if let Some(prev) = possessive.filter(|&k| k > 0 && country.is_none()) {
                if let Some(ci) = covered(cands, prev - 1) {
                    if cands[ci]
                        .entity
                        .as_ref()
                        .is_some_and(|e| e.kind == EntityKind::State)
                    {
                        country = cands[ci].entity.clone();
                        consumed.push(ci);
                        first = cands[ci].first;
                    }
                }
            }
            break;
        }
        if let Some(ci) = group_members {
            cands[ci].last = end;
            i = end + 1;
            continue;
        }
        // An appositive name right after ("resistance movement Hamas") is the actor.
        if let Some(next) = covered(cands, end + 1) {
            let k = cands[next].entity.as_ref().map(|e| e.kind);
            if matches!(k, Some(EntityKind::Group | EntityKind::Person))
                && cands[next].first == end + 1
            {
                // "Armenian foreign ministry spokeswoman Anahit Serobyan": a
                // person the knowledge base lacks is what the description says.
                if let Some(person) = cands[next]
                    .entity
                    .as_mut()
                    .filter(|e| e.kind == EntityKind::Person && e.code.is_none())
                {
                    person.code = country.as_ref().and_then(|c| c.code.clone());
                    if person.code.is_some() {
                        person.sector.get_or_insert_with(|| head.sector.clone());
                    }
                }
                consumed.sort_unstable_by(|a, b| b.cmp(a));
                for ci in consumed {
                    cands.remove(ci);
                }
                i = end + 1;
                continue;
            }
        }
        // "officials of Tanzania", "security forces in Guinea", "doctors
        // from two American aid groups": the state after "of", "in" or
        // "from" gives the country; but a weapon or a site in a place is
        // only there ("a base in Kyiv").
        let preposition = ctx.lower(end + 1);
        if country.is_none()
            && matches!(preposition, "of" | "in" | "from")
            && !(head.located_only && preposition == "in")
            && !(preposition == "in" && of_several(ctx, first, toks[end].span.end))
        {
            let mut k = end + 2;
            while matches!(ctx.lower(k), "the" | "a" | "an" | "several" | "some") || ctx.is_count(k)
            {
                k += 1;
            }
            country = cands
                .iter()
                .find(|c| c.first == k && !c.modifier)
                .and_then(|c| c.entity.clone())
                .filter(|e| e.kind == EntityKind::State);
        }
        let text = ctx.text(first, end).to_string();
        let plural =
            toks[end].lower.ends_with('s') || head.words.last().is_some_and(|w| w == "police");
        let person_like =
            head.anonymous || matches!(head.name.as_str(), "spokesperson" | "diplomat");
        let mention_type = if person_like {
            MentionType::PER
        } else {
            MentionType::ORG
        };
        let mut c = match country {
            Some(state) if STATE_SECTORS.contains(&head.sector.as_str()) && !head.anonymous => {
                let mut e = state;
                e.sector = Some(head.sector.clone());
                e.text = text;
                Candidate::new(first, end, mention_type, Some(e))
            }
            country => {
                let code = country.as_ref().and_then(|c| c.code.clone());
                let e = Entity {
                    name: text.clone(),
                    code,
                    sector: Some(head.sector.clone()),
                    wikidata: None,
                    text,
                    kind: EntityKind::Generic,
                    office: None,
                    affiliation: None,
                    anonymous: head.anonymous,
                    code_from_context: false,
                    several: false,
                    term: None,
                };
                let mut e = e;
                // A group's spokesman speaks as the group: a Houthi spokesman
                // is a rebel, not a government official.
                if let Some(g) = &group {
                    e.affiliation = Some(g.name.clone());
                    e.code = e.code.or_else(|| g.code.clone());
                    e.sector = g.sector.clone().or(e.sector);
                }
                let mut c = Candidate::new(first, end, mention_type, Some(e));
                let bare = first == i && country.is_none() && group.is_none();
                // Over a count: "eleven of the fifteen drones".
                let mut d = i;
                while d > 0 && ctx.is_count(d - 1) {
                    d -= 1;
                }
                // Over an adjective or two: "the paramilitary group", "the
                // armed movement".
                let mut adjectives = 0;
                while d > 1
                    && adjectives < 2
                    && ctx.toks[d - 1].kind == TokenKind::Word
                    && !ctx.toks[d - 1].capitalized
                    && !PHRASE_LINKS.contains(&ctx.lower(d - 1))
                {
                    d -= 1;
                    adjectives += 1;
                }
                let after_the = d > 0
                    && matches!(
                        ctx.lower(d - 1),
                        "the" | "this" | "that" | "these" | "those"
                    );
                if bare && after_the && (adjectives == 0 || head.name == "group") {
                    c.definite_armed = adjectives > 0;
                    c.definite_head = Some(head.words.join(" "));
                }
                c
            }
        };
        c.head = Some(head.words.join(" "));
        c.plural = plural;
        consumed.sort_unstable_by(|a, b| b.cmp(a));
        for ci in consumed {
            cands.remove(ci);
        }
        cands.push(c);
        i = end + 1;
    }
}

/// The state that leads what follows token `last` ("Saudi-led", "U.S.-led"),
/// with the first token of the phrase and the candidate it consumes, if any.
fn led_by(ctx: &Ctx, cands: &[Candidate], last: usize) -> Option<(Entity, usize, Option<usize>)> {
    let word = ctx.toks[last].text(ctx.body);
    if let Some(leader) = word.strip_suffix("-led") {
        let m = ctx
            .kb
            .find_names(leader)
            .into_iter()
            .find(|m| m.start == 0 && m.end == leader.len())?;
        let entity = &ctx.kb.entries[m.entry].entity;
        let state = ctx.kb.state(entity.code.as_deref()?)?;
        return Some((state.entity.clone(), last, None));
    }
    if word != "led" || last < 2 || ctx.toks[last - 1].text(ctx.body) != "-" {
        return None;
    }
    let ci = cands.iter().position(|c| c.last == last - 2)?;
    let e = cands[ci]
        .entity
        .as_ref()
        .filter(|e| e.kind == EntityKind::State)?;
    Some((e.clone(), cands[ci].first, Some(ci)))
}

/// Pass 3: demonyms and possessives that only modify the next word.
fn modifiers(ctx: &Ctx, cands: &mut Vec<Candidate>) {
    let starts: HashSet<usize> = cands.iter().map(|c| c.first).collect();
    let named_next = |cands: &[Candidate], i: usize| {
        cands.iter().any(|c| {
            c.first == i
                && c.role == Some(NameRole::Name)
                && c.entity.as_ref().is_some_and(|e| {
                    matches!(
                        e.kind,
                        EntityKind::Group
                            | EntityKind::Person
                            | EntityKind::Agency
                            | EntityKind::Igo
                    )
                })
        })
    };
    let mut drop = Vec::new();
    for (n, c) in cands.iter().enumerate() {
        if c.role == Some(NameRole::Demonym) && named_next(cands, c.last + 1) {
            // "Yemeni Houthis", "the Iranian Tasnim news agency": the name carries it.
            drop.push(n);
        }
    }
    for n in drop.into_iter().rev() {
        cands.remove(n);
    }
    for c in cands.iter_mut() {
        let next = c.last + 1;
        let next_lower = ctx.lower(next);
        if ctx.is_possessive(next) {
            c.modifier = true;
        } else if c.role == Some(NameRole::Demonym) {
            // "the Americans have sent" is an actor; "American policy" is not.
            c.modifier = !c.plural;
        } else if c.role.is_some() && MODIFIEES.contains(next_lower) && !starts.contains(&next) {
            c.modifier = true;
        }
    }
}

/// Pass 5's places as pass 3 reads the knowledge base's: a possessor only
/// modifies the noun it owns ("head of Aceh's emergency affairs", as "head
/// of Bavaria's emergency affairs": the region is no speaker of the
/// sentence), and so does a name before a lower-case noun that owns one
/// ("Hormozgan province's").
fn possessors_among_other_names(ctx: &Ctx, cands: &mut [Candidate]) {
    // (Places only: a person or a body the names pass found owns and acts at
    // once, "Kuchma's office said" speaks for Kuchma.)
    let place = |c: &Candidate| {
        c.mention_type == MentionType::LOC
            && c.entity
                .as_ref()
                .is_some_and(|e| e.kind == EntityKind::Place)
    };
    for c in cands
        .iter_mut()
        .filter(|c| c.role.is_none() && c.pronoun.is_none() && place(c))
    {
        let next = c.last + 1;
        let compound_owns = ctx
            .toks
            .get(next)
            .is_some_and(|t| t.kind == TokenKind::Word && !t.capitalized)
            && ctx.is_possessive(next + 1);
        if ctx.is_possessive(next) || compound_owns {
            c.modifier = true;
        }
    }
}

/// "U.S. Secretary of State Antony Blinken": a name the rules read as a
/// place whole, a state's name and an office of `offices.txt`, is the state
/// (and the office is read as a title).
fn states_before_their_offices(ctx: &Ctx, cands: &mut [Candidate]) {
    for c in cands.iter_mut() {
        if c.entity
            .as_ref()
            .is_some_and(|e| e.kind != EntityKind::Place)
        {
            continue;
        }
        let Some(i) = (c.first + 1..=c.last).find(|&i| {
            OFFICES.iter().any(|o| {
                i + o.len() - 1 == c.last
                    && o.iter().enumerate().all(|(k, w)| ctx.lower(i + k) == *w)
            })
        }) else {
            continue;
        };
        let owner = ctx.text(c.first, i - 1);
        let state = ctx.kb.find_names(owner).into_iter().find(|n| {
            n.start == 0
                && n.end == owner.len()
                && ctx.kb.entries[n.entry].entity.kind == EntityKind::State
        });
        if let Some(n) = state {
            *c = Candidate::new(
                c.first,
                i - 1,
                MentionType::LOC,
                Some(Entity {
                    text: owner.to_string(),
                    ..ctx.kb.entries[n.entry].entity.clone()
                }),
            );
        }
    }
}

/// Pass 4: office titles and people named after them.
fn titles(ctx: &Ctx, cands: &mut Vec<Candidate>, date: Date) {
    let toks = ctx.toks;
    for i in 0..toks.len() {
        let bare_head = [ctx.lower(i)];
        let office = OFFICES
            .iter()
            .map(Vec::as_slice)
            .find(|o| o.iter().enumerate().all(|(k, w)| ctx.lower(i + k) == *w));
        // "the minister": an office's word alone, lower case after "the",
        // stands for someone named before.
        let (office, full_office) = match office {
            Some(o) => (o, true),
            None if i > 0
                && ctx.lower(i - 1) == "the"
                && !toks[i].capitalized
                && is_office_head(bare_head[0]) =>
            {
                (&bare_head[..], false)
            }
            None => continue,
        };
        let end = i + office.len() - 1;
        if cands
            .iter()
            .any(|c| c.first <= end && i <= c.last && c.first != i)
        {
            continue;
        }
        // Whose office: "Iran's foreign minister", "the Iranian foreign
        // minister", "Hezbollah's secretary-general", "the NATO secretary-general".
        let is_owner = |c: &Candidate| {
            c.entity.as_ref().is_some_and(|e| {
                matches!(
                    e.kind,
                    EntityKind::State | EntityKind::Group | EntityKind::Igo
                )
            })
        };
        let before = full_office
            .then(|| {
                cands.iter().position(|c| {
                    is_owner(c)
                        && (c.last + 2 == i && ctx.is_possessive(c.last + 1) || c.last + 1 == i)
                })
            })
            .flatten();
        // "the president of Kosovo": the state after "of".
        let after = || {
            if ctx.lower(end + 1) != "of" {
                return None;
            }
            let k = if ctx.lower(end + 2) == "the" {
                end + 3
            } else {
                end + 2
            };
            cands.iter().position(|c| c.first == k && is_owner(c))
        };
        // A name right after the title ("..., Hossein Amir-Abdollahian,") is the mention itself.
        let mut k = end + 1;
        if ctx.lower(k) == "," {
            k += 1;
        }
        // An unknown capitalized name there is the person too ("Israeli Prime
        // Minister Ehud Barak"): the title only gives them a country, below.
        let name_follows = toks
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Word && t.capitalized);
        if name_follows
            || cands
                .iter()
                .any(|c| c.first == k && c.mention_type == MentionType::PER)
        {
            continue;
        }
        let office_name = office.join(" ");
        let owner = before
            .map(|o| (o, false))
            .or_else(|| full_office.then(after).flatten().map(|o| (o, true)));
        let Some((owner, owner_after)) = owner else {
            // "the foreign minister", "the President" (an office, whatever
            // its case; a bare word only in lower case): the holder named
            // last, linked back, or else the article's country's
            // (`give_descriptions_the_article_s_country`).
            // (Not the office of what follows: "the president of the
            // lawyers association", "the secretary of Education".)
            if i > 0
                && ctx.lower(i - 1) == "the"
                && (!toks[i].capitalized || full_office)
                && ctx.lower(end + 1) != "of"
            {
                let mut c = Candidate::new(
                    i,
                    end,
                    MentionType::PER,
                    Some(Entity {
                        name: format!("the {office_name}"),
                        code: None,
                        sector: Some("GOV".into()),
                        wikidata: None,
                        text: ctx.text(i, end).to_string(),
                        kind: EntityKind::Person,
                        office: full_office.then(|| office_name.clone()),
                        affiliation: None,
                        anonymous: false,
                        code_from_context: false,
                        several: false,
                        term: None,
                    }),
                );
                c.definite_title = Some(office_name);
                cands.push(c);
            }
            continue;
        };
        let owner_entity = cands[owner].entity.as_ref();
        let code = owner_entity
            .and_then(|e| e.code.clone())
            .unwrap_or_default();
        // A body's office is held for the body: NATO's secretary-general is
        // not the United Nations'. A body's office the knowledge base has no
        // holder of is left to the name rules ("Apple's vice president of
        // worldwide marketing Phil Schiller").
        let body = owner_entity
            .filter(|e| e.kind != EntityKind::State)
            .map(|e| e.name.clone());
        if body.is_some()
            && ctx
                .kb
                .office_holder_of(&code, body.as_deref(), &office_name, date)
                .is_none()
        {
            continue;
        }
        let (first, last) = if owner_after {
            (i, cands[owner].last)
        } else {
            (cands[owner].first, end)
        };
        let text = ctx.text(first, last).to_string();
        let entity = match ctx
            .kb
            .office_holder_of(&code, body.as_deref(), &office_name, date)
        {
            Some(holder) => Entity {
                text,
                ..holder.entity.clone()
            },
            None => Entity {
                name: format!("{code} {office_name}"),
                code: Some(code),
                sector: Some("GOV".into()),
                wikidata: None,
                text,
                kind: EntityKind::Person,
                office: Some(office_name),
                affiliation: None,
                anonymous: false,
                code_from_context: false,
                several: false,
                term: None,
            },
        };
        cands.remove(owner);
        cands.push(Candidate::new(first, last, MentionType::PER, Some(entity)));
    }
}

/// Capitalized names the knowledge base lacks, typed by a title before them or
/// an organization word at their end. Unresolved: their entity is `None`
/// unless a possessive country gives one.
fn unknown_names(ctx: &Ctx, cands: &mut Vec<Candidate>, date: Date) {
    let toks = ctx.toks;
    // (last name, entity) of the people found so far, for later surname-only references.
    let mut named: Vec<(String, Entity)> = Vec::new();
    let covered: HashSet<usize> = cands.iter().flat_map(|c| c.first..=c.last).collect();
    // The place after "of" that follows a person's name ("Texas" of "Ted
    // Cruz of Texas"), left to the names pass, which reads it as the place,
    // not as someone who "said".
    let mut after_of_until = 0;
    let mut i = 0;
    while i < toks.len() {
        let cap = |k: usize| {
            toks.get(k).is_some_and(|t| {
                names::is_name_cased(t, t.text(ctx.body))
                    && !covered.contains(&k)
                    && !layout::in_a_sport_label(ctx.body, t.span.start, t.span.end)
            })
        };
        if i < after_of_until {
            i += 1;
            continue;
        }
        if !cap(i) {
            i += 1;
            continue;
        }
        // "But Anas says", "Yesterday Kamal said": a common word opening a
        // sentence is capitalized for that alone; the name starts after it.
        // ("De Klerk said": a name's particle opens it.)
        if ctx.sentence_starts.contains(&i)
            && (names::is_common_word(&toks[i].lower)
                || ctx.lower(i + 1) == "of" && names::is_common_plural(&toks[i].lower))
            && !names::is_particle(&toks[i].lower)
            && (cap(i + 1) || ctx.lower(i + 1) == "of" && cap(i + 2))
        {
            // ("Shares of Apple Computer Inc": the particle goes too.)
            if !cap(i + 1) {
                i += 1;
            }
            i += 1;
            continue;
        }
        // "On Monday Republicans praised": a day or a month opens no name.
        if names::never_a_name(toks[i].text(ctx.body)) && cap(i + 1) {
            i += 1;
            continue;
        }
        let mut end = i;
        // A name never runs over a line break ("Iran Talks" heading a
        // paragraph that opens "He said").
        let on_the_line = |from: usize, k: usize| {
            toks.get(k)
                .is_some_and(|t| !ctx.body[toks[from].span.end..t.span.start].contains('\n'))
        };
        // ("Senate Minority Whip Richard J. Durbin of Illinois": the name
        // opens after the titles of the capitalized run.)
        // ("Mr. King", "Mrs. Bishop": after an honorific a title's word that
        // is a census surname is the surname; not "Mr. President".)
        let honorific_before = |k: usize| personal_title_before(ctx, k);
        let after_honorific =
            |k: usize| is_common_titled_surname(&toks[k].lower) && honorific_before(k);
        let mut name_start = i;
        let mut k = i;
        while cap(k) && (k == i || on_the_line(k - 1, k)) {
            if after_honorific(k) {
                break;
            } else if NAME_TITLES.contains(toks[k].text(ctx.body).trim_end_matches('.')) {
                name_start = k + 1;
            } else if names::is_given_name(toks[k].text(ctx.body)) {
                // ("Peter T. King": a title after a given name is a surname.)
                break;
            }
            k += if names::is_initial(toks, k, toks[k].text(ctx.body)) {
                2
            } else {
                1
            };
        }
        let name_start = name_start.min(toks.len() - 1);
        // ("Erik Zabel of Team Telekom": a given name and a surname stop at
        // "of"; "Bank of England" goes on.)
        // ("Mr. Altman of Evercore": so does a name after an honorific.)
        let a_person_s_name_before_of = |end: usize| {
            ctx.lower(end + 1) == "of"
                && (end > name_start && names::is_given_name(toks[name_start].text(ctx.body))
                    || honorific_before(name_start))
                && (i..=end).all(|k| names::closing_word_type(toks[k].text(ctx.body)).is_none())
        };
        while cap(end + 1) && on_the_line(end, end + 1)
            || names::is_initial(toks, end, toks[end].text(ctx.body))
                && cap(end + 2)
                && on_the_line(end, end + 2)
            || (toks
                .get(end + 1)
                .is_some_and(|t| names::is_particle(t.text(ctx.body)))
                && cap(end + 2)
                && on_the_line(end, end + 2)
                && !a_person_s_name_before_of(end))
        {
            end += if cap(end + 1) { 1 } else { 2 };
            // (an initial's dot is the second token: "Stephen J. Townsend")
        }
        if cap(end + 2) && a_person_s_name_before_of(end) {
            let mut place_end = end + 2;
            while cap(place_end + 1) {
                place_end += 1;
            }
            if names::place_population(ctx.text(end + 2, place_end)).is_some() {
                after_of_until = place_end + 1;
            }
        }
        // "Royal Navy", "Syrian Computer Society": capitalized words before a
        // capitalized description word ("Navy") name one body with it.
        // (The word tests come first: they rule out most runs without a
        // scan of the candidates.)
        // A sentence-opening common word is not one of those words: "The
        // Navy", "Yesterday Navy ships" name no body.
        let org_word_next = covered.contains(&(end + 1))
            && toks[end + 1].capitalized
            && body_by_its_last_word(toks[end + 1].text(ctx.body));
        let name_start = (i..=end).find(|&f| {
            !(ctx.sentence_starts.contains(&f) && names::is_common_word(&toks[f].lower))
        });
        let joined = name_start.filter(|_| org_word_next).and_then(|first| {
            cands
                .iter()
                .position(|c| {
                    c.first == end + 1
                        && c.last == end + 1
                        && c.entity
                            .as_ref()
                            .is_some_and(|e| e.kind == EntityKind::Generic)
                })
                .map(|k| (first, k))
        });
        if let Some((mut first, k)) = joined {
            let generic = cands.remove(k);
            // "Syrian Electronic Army": a demonym or state right before is
            // part of the body's name, but not of a state organ's named by
            // its function ("Chinese Foreign Ministry": the ministry is
            // China's, and its name is "Foreign Ministry").
            let organ =
                names::closing_word_type(toks[end + 1].text(ctx.body)) != Some(MentionType::ORG);
            let mut state = None;
            if let Some(d) = cands.iter().position(|c| {
                c.last + 1 == first
                    && toks[c.first].capitalized
                    && c.entity
                        .as_ref()
                        .is_some_and(|e| e.kind == EntityKind::State)
            }) {
                if organ {
                    state = cands[d].entity.as_ref().and_then(|e| e.code.clone());
                } else {
                    first = cands[d].first;
                    state = cands.remove(d).entity.and_then(|e| e.code);
                }
            }
            let text = ctx.text(first, end + 1).to_string();
            // ("Eurasia Group", "Kestrel Analytics Organization": the bare
            // heads whose sector is only for linking back, "the group said",
            // say nothing of what a body named with them does.)
            let bare_head = matches!(
                toks[end + 1].lower.as_str(),
                "group" | "organization" | "organisation"
            );
            let entity = generic.entity.map(|e| Entity {
                name: text.clone(),
                text,
                kind: EntityKind::Group,
                code: e
                    .code
                    .or(state)
                    .or_else(|| country_before(ctx, cands, first)),
                sector: e.sector.filter(|_| !bare_head),
                ..e
            });
            cands.push(Candidate::new(first, end + 1, MentionType::ORG, entity));
            i = end + 2;
            continue;
        }
        // "British Airways", "London Stock Exchange": a state, demonym or
        // place just before a run that an organization's word closes names
        // the organization with it.
        // "AUSTRALIAN OPEN WITH BACK INJURY": in a shouted line, an event's
        // word right after a state's demonym closes that name there.
        if end > i
            && i > 0
            && covered.contains(&(i - 1))
            && names::is_shouted(toks[i].text(ctx.body))
            && names::closing_word_type(toks[i].text(ctx.body)) == Some(MentionType::MISC)
        {
            end = i;
        }
        let closing = names::closing_word_type(toks[end].text(ctx.body));
        // "... Council", "... Times": the run's last word names an organization.
        let closes_org =
            ORG_SUFFIXES.contains(toks[end].text(ctx.body)) || closing == Some(MentionType::ORG);
        // "Indian Ocean", "American Boulevard": a place's word after a
        // demonym names the place with it.
        let named_body =
            closes_org || matches!(closing, Some(MentionType::MISC | MentionType::LOC));
        let place_before = named_body && i > 0 && covered.contains(&(i - 1));
        if let Some(k) = place_before
            .then(|| {
                cands.iter().position(|c| {
                    c.last + 1 == i
                        && toks[c.first].capitalized
                        && c.entity.as_ref().is_some_and(|e| {
                            matches!(e.kind, EntityKind::State | EntityKind::Place)
                        })
                })
            })
            .flatten()
        {
            let mention_type = if closes_org {
                MentionType::ORG
            } else {
                closing.unwrap_or(MentionType::MISC)
            };
            let place = cands.remove(k);
            // ("Indian Ocean" is a place, "British Airways" a body.)
            let kind = if mention_type == MentionType::LOC {
                EntityKind::Place
            } else {
                EntityKind::Group
            };
            let entity = Entity {
                code: place.entity.and_then(|e| e.code),
                ..Entity::named(ctx.text(place.first, end), kind)
            };
            cands.push(Candidate::new(place.first, end, mention_type, Some(entity)));
            i = end + 1;
            continue;
        }
        // "Tyler Hansbrough", "Austin Rivers": a town that is a given name,
        // right before a surname, is the person's given name.
        let given_town = (i > 0 && names::is_given_name(toks[i - 1].text(ctx.body)))
            .then(|| {
                cands.iter().position(|c| {
                    c.first == i - 1
                        && c.last == i - 1
                        && c.entity
                            .as_ref()
                            .is_some_and(|e| e.kind == EntityKind::Place)
                })
            })
            .flatten()
            .filter(|_| names::closing_word_type(toks[end].text(ctx.body)).is_none());
        if let Some(k) = given_town {
            let first = cands.remove(k).first;
            let entity = Entity::named(ctx.text(first, end), EntityKind::Person);
            named.push((toks[end].lower.clone(), entity.clone()));
            cands.push(Candidate::new(first, end, MentionType::PER, Some(entity)));
            i = end + 1;
            continue;
        }
        // "Republicans praised", "Christian portrayed by": a word that names
        // a creed or a party on its own is typed by the names pass.
        if end == i && names::alone_word_type(toks[i].text(ctx.body)).is_some() {
            i += 1;
            continue;
        }
        // "Clinton signed": a lone word that is a known person's surname.
        // ("last May", "on May 29": a month, whoever else is called so.)
        // ("Bolton 2 Norwich 2": a town in a results row is its club; "Ashton,
        // Md.": a town before its state is the town.)
        let town_by_its_place = || {
            names::place_population(toks[i].text(ctx.body)).is_some()
                && (layout::in_a_results_row(ctx.body, toks[i].span.start, toks[i].span.end)
                    || ctx.lower(i + 1) == ","
                        && toks.get(i + 2).is_some_and(|t| {
                            names::state_abbreviation_at(ctx.body, t.span.start).is_some()
                        }))
        };
        if end == i
            && ctx.kb.is_person_name(toks[i].text(ctx.body))
            && !month_in_a_date(ctx, i)
            && !after_a_saints_abbreviation(ctx, i)
            && !town_by_its_place()
        {
            let entity = Entity::named(ctx.text(i, i), EntityKind::Person);
            cands.push(Candidate::new(i, i, MentionType::PER, Some(entity)));
            i += 1;
            continue;
        }
        let at_start = ctx.sentence_starts.contains(&i);
        // Title words inside the run ("Prime Minister Ehud Barak"): the name follows the last.
        let inner_title = (i..end).rev().find(|&k| {
            !after_honorific(k)
                && NAME_TITLES.contains(toks[k].text(ctx.body).trim_end_matches('.'))
                && (ctx.lower(k + 1) != "of" || office_of_at(ctx, k))
        });
        let titled = inner_title.is_some()
            || i > 0 && NAME_TITLES.contains(toks[i - 1].text(ctx.body).trim_end_matches('.'))
            || honorific_before(i) && !names::is_title_word(&toks[i].lower)
            || after_honorific(i);
        // Or an acronym alone ("UBS reported").
        let org = closes_org || end == i && names::is_acronym(toks[i].text(ctx.body));
        let long_enough = end > i || titled;
        // "Pat Caddell said", "PolitiFact found": a name is whoever reports.
        // Not a month, a title or a place: "the November attacks" (a cue
        // that is also a noun, in its -s form, is the noun), "Ministers
        // discussed", "in Marea shows".
        // ("To clarify:", "So say critics": a function word opening a
        // sentence before a cue names nobody.)
        // ("Dealers said", "Analysts say": a common plural opening a
        // sentence is its subject, not a name; "Banks said" may be one.)
        let common_plural = |lower: &str| {
            lower.len() > 3
                && lower.ends_with('s')
                && (names::is_common_word(lower) || names::is_prose_form(lower))
                && !names::is_surname(lower)
        };
        let lone_non_name = end == i
            && (NOT_NAMES.contains(&toks[i].lower.as_str())
                || at_start && names::is_stopword(&toks[i].lower)
                || at_start && common_plural(&toks[i].lower)
                || names::never_a_name(toks[i].text(ctx.body))
                || names::is_title_word(toks[i].lower.trim_end_matches('s'))
                    && !after_honorific(i));
        let after_place_word = i > 0 && names::is_place_preposition(ctx.lower(i - 1));
        // ("off Rio de Janeiro state": after a place, the noun.)
        let a_place_s_state =
            ctx.lower(end + 1) == "state" && names::place_population(ctx.text(i, end)).is_some();
        let reports = toks.get(end + 1).is_some_and(|t| {
            let plural_noun = t.lower.ends_with('s');
            t.lemmas.iter().any(|l| {
                REPORTING_VERBS.contains(l.as_str())
                    && !(plural_noun && NOUN_CUES.contains(l.as_str()))
            })
        }) && !lone_non_name
            && !after_place_word
            && !names::price_moves_after(toks, end)
            && !a_place_s_state;
        // "Caddell" after "Pat Caddell": the same person.
        let known_surname = end == i && named.iter().any(|(last, _)| *last == toks[i].lower);
        if known_surname {
            let entity = named
                .iter()
                .find(|(last, _)| *last == toks[i].lower)
                .map(|(_, e)| Entity {
                    text: ctx.text(i, i).to_string(),
                    ..e.clone()
                });
            cands.push(Candidate::new(i, i, MentionType::PER, entity));
            i += 1;
            continue;
        }
        // "Microsoft says it", "Summit said ... its": a lone word that
        // reports is a body when the article refers to it as "it" and never
        // names a person by it ("Peyton Manning ... Manning said"); else a
        // person, as a surname that reports alone most often is.
        let org = org || reports && end == i && !titled && reporting_name_is_a_body(ctx, i);
        // "chemicals group Akzo Nobel said": a body's noun before the name.
        let org = org
            || reports
                && !(end > i && names::is_given_name(toks[i].text(ctx.body)))
                && names::after_a_body_noun(toks, i);
        // "Sony Music said", "Toyota Motor said": a listed company's name
        // opening a run that reports names one of its businesses. (Not
        // one that does nothing: "Intel Core", "Toyota Camry" are products.)
        let org = org
            || reports
                && end > i
                && !titled
                && closing.is_none()
                && !names::is_given_name(toks[i].text(ctx.body))
                && {
                    let first_word = ctx.text(i, i);
                    ctx.kb.find_names(first_word).into_iter().any(|n| {
                        let e = &ctx.kb.entries[n.entry].entity;
                        n.start == 0
                            && n.end == first_word.len()
                            && e.kind == EntityKind::Group
                            && e.sector.as_deref() == Some("BUS")
                    })
                };
        // "the county Board of Supervisors added": a body's word before "of".
        let org = org
            || (i..end).any(|k| {
                ctx.lower(k + 1) == "of"
                    && names::closing_word_type(toks[k].text(ctx.body)) == Some(MentionType::ORG)
            });
        if (long_enough && (titled || org) || reports) && !(at_start && end == i && !reports) {
            let mtype = if org {
                MentionType::ORG
            } else {
                MentionType::PER
            };
            // A title word opening the run ("President Ruto") belongs before the name.
            let mut first = match inner_title {
                Some(t) if !org => t + 1,
                _ => i,
            };
            // "Secretary of State Tony Blinken": the rest of the office too.
            // ("General Labour Confederation": a body keeps its first word.)
            while !(org && names::title_opens_a_body(ctx.body, toks, first))
                && first < end
                && names::is_title_word(&toks[first].lower)
            {
                first += 1;
            }
            // "California Highway Patrol Officer Ray Scheidnes": the words
            // before the office name a body when an organization's word
            // closes them, with the state or place right before them.
            if let Some(t) = inner_title.filter(|_| !org) {
                body_before_an_office(ctx, cands, i, t);
            }
            let text = ctx.text(first, end).to_string();
            // "President Bush", "Chancellor Kohl": a known office holder.
            let title = first
                .checked_sub(1)
                .map(|k| toks[k].text(ctx.body).trim_end_matches('.'));
            let holder = title
                .filter(|_| mtype == MentionType::PER && first == end)
                .and_then(|t| ctx.kb.titled_surname(t, &text, date));
            if let Some(h) = holder {
                let mut entity = h.entity.clone();
                entity.text = text;
                cands.push(Candidate::new(first, end, mtype, Some(entity)));
                i = end + 1;
                continue;
            }
            // ("Executive Order", "Executive Session": a title before one
            // word of prose names no one.)
            // (Not "Larry King Live": a given name opens the run.)
            if mtype == MentionType::PER
                && first == end
                && first > i
                && names::is_prose_form(&toks[first].lower)
                && !after_honorific(first)
                && !(i..first).any(|k| names::is_given_name(toks[k].text(ctx.body)))
            {
                i = end + 1;
                continue;
            }
            // "Armenian foreign ministry spokeswoman Anahit Serobyan": the
            // description right before says what the person is.
            let described = description_before(cands, first);
            let country = country_before(ctx, cands, first)
                .or_else(|| described.and_then(|e| e.code.clone()));
            let sector = described
                .and_then(|e| e.sector.clone())
                .or_else(|| title_sector(ctx, first));
            let entity = Entity {
                name: text.clone(),
                code: country,
                sector,
                wikidata: None,
                text,
                kind: if org {
                    EntityKind::Group
                } else {
                    EntityKind::Person
                },
                office: None,
                affiliation: None,
                anonymous: false,
                code_from_context: false,
                several: false,
                term: None,
            };
            if mtype == MentionType::PER && end > first {
                named.push((toks[end].lower.clone(), entity.clone()));
            }
            cands.push(Candidate::new(first, end, mtype, Some(entity)));
        }
        i = end + 1;
    }
}

/// The body named by the capitalized words `i..` before the office that
/// ends at title word `t` ("Highway Patrol" of "California Highway Patrol
/// Officer Ray Scheidnes"), when an organization's word closes them: a
/// candidate for it, from the state or place right before it if there is one.
fn body_before_an_office(ctx: &Ctx, cands: &mut Vec<Candidate>, i: usize, t: usize) {
    let mut last = t;
    while last > i
        && (names::is_title_word(&ctx.toks[last].lower)
            || names::is_office_modifier(&ctx.toks[last].lower))
    {
        last -= 1;
    }
    if last < i || names::is_title_word(&ctx.toks[last].lower) {
        return;
    }
    let word = ctx.toks[last].text(ctx.body);
    if !(ORG_SUFFIXES.contains(word) || names::closing_word_type(word) == Some(MentionType::ORG)) {
        return;
    }
    let place = cands.iter().position(|c| {
        c.last + 1 == i
            && ctx.toks[c.first].capitalized
            && c.entity
                .as_ref()
                .is_some_and(|e| matches!(e.kind, EntityKind::State | EntityKind::Place))
    });
    let (first, code) = match place {
        Some(k) => {
            let p = cands.remove(k);
            (p.first, p.entity.and_then(|e| e.code))
        }
        None => (i, None),
    };
    let entity = Entity {
        code,
        ..Entity::named(ctx.text(first, last), EntityKind::Group)
    };
    cands.push(Candidate::new(first, last, MentionType::ORG, Some(entity)));
}

/// Whether the word at token `i`, a month's name that is also a surname
/// ("May", "June"), is the month: a number after it, or a word of time
/// before it ("last May", "in May", "on May 29").
fn month_in_a_date(ctx: &Ctx, i: usize) -> bool {
    names::never_a_name(ctx.toks[i].text(ctx.body))
        && (ctx
            .toks
            .get(i + 1)
            .is_some_and(|t| t.kind == TokenKind::Number)
            || i > 0 && BEFORE_A_DATE.contains(&ctx.lower(i - 1)))
}

/// Words before a month that make it a date ("last May", "in May").
const BEFORE_A_DATE: [&str; 15] = [
    "last", "next", "this", "in", "on", "since", "until", "early", "late", "mid", "by", "of",
    "from", "through", "during",
];

/// Whether a lone name at token `i` that reports is a body: the article
/// refers to it as "it" ("Microsoft says it will", "Apple ... its battery")
/// or names it alone again with no "he" or "she" reporting it, and never
/// names a person by it in full ("Peyton Manning ... Manning said").
fn reporting_name_is_a_body(ctx: &Ctx, i: usize) -> bool {
    let toks = ctx.toks;
    let word = toks[i].text(ctx.body);
    // The word's every mention, this one among them: one scan of the article.
    let at: Vec<usize> = (0..toks.len())
        .filter(|&k| toks[k].text(ctx.body) == word)
        .collect();
    // The first personal pronoun within eight tokens after a mention.
    let first_pronoun = |k: usize| {
        (k + 1..(k + 9).min(toks.len()))
            .map(|j| toks[j].lower.as_str())
            .find(|w| matches!(*w, "he" | "she" | "his" | "her" | "it" | "its"))
    };
    let called_it = at
        .iter()
        .any(|&k| matches!(first_pronoun(k), Some("it" | "its")));
    let his_own =
        |k: usize| (k + 2..k + 5).any(|j| matches!(ctx.lower(j), "he" | "she" | "his" | "her"));
    let named_alone_again = !his_own(i)
        && at
            .iter()
            .any(|&k| k != i && !ctx.sentence_starts.contains(&k) && !his_own(k));
    // A given name or surname: right after or right before another
    // capitalized word that is no title, no month and, unless a given name,
    // no common word (a headline's "Microsoft Issues Patch").
    let name_word = |k: usize| {
        toks.get(k).is_some_and(|t| {
            names::is_name_cased(t, t.text(ctx.body))
                && !names::is_title_word(&t.lower)
                && !names::never_a_name(t.text(ctx.body))
                && (!names::is_common_word(&t.lower) || names::is_given_name(t.text(ctx.body)))
        })
    };
    let someone_s_name = at
        .iter()
        .any(|&k| k > 0 && name_word(k - 1) || name_word(k + 1));
    // ("Primakov said it was false": a surname by its ending is no body's.)
    (called_it || named_alone_again)
        && !someone_s_name
        && !names::has_surname_ending(&toks[i].lower)
}

/// The name an office's words open with ("Philadelphia" of "Philadelphia
/// District Attorney", "Oregon State Police" of "Oregon State Police Lt"):
/// the words before the title and the words that qualify it, when they are
/// a known place or close with an organization's word.
fn name_before_an_office(
    body: &str,
    start: usize,
    end: usize,
    kb: &KnowledgeBase,
) -> Option<(Span, MentionType)> {
    let words: Vec<(usize, &str)> = body[start..end]
        .split(' ')
        .scan(start, |at, w| {
            let here = *at;
            *at += w.len() + 1;
            Some((here, w))
        })
        .collect();
    let mut keep = words.iter().rposition(|(_, w)| {
        let lower = w.trim_end_matches('.').to_lowercase();
        !names::is_title_word(&lower) && !names::is_office_modifier(&lower)
    })?;
    // ("Iran 's supreme leader": the possessor, without its ending.)
    if keep > 0 && matches!(words[keep].1, "'s" | "’s") {
        keep -= 1;
    }
    let (at, last) = words[keep];
    // ("Iran's foreign minister": the possessor, without its ending.)
    let last = last
        .strip_suffix("'s")
        .or_else(|| last.strip_suffix("’s"))
        .unwrap_or(last);
    let name_end = at + last.len();
    let name = &body[start..name_end];
    let mention_type = office_s_place_or_body(name, kb)?;
    // ("Police Chief Scott Russell": one common noun with its capital names
    // no body; "the US president": a place's name that is a word is one.)
    if keep == 0 && mention_type != MentionType::LOC && names::is_common_word(&name.to_lowercase())
    {
        return None;
    }
    Some((Span::new(start, name_end), mention_type))
}

/// The type of the name an office is of ("Philadelphia District Attorney",
/// "president of the United States"): a people's word is MISC, a known
/// place LOC, a body by its last word ORG; else none is known.
fn office_s_place_or_body(name: &str, kb: &KnowledgeBase) -> Option<MentionType> {
    let body_word = body_by_its_last_word(name);
    // The knowledge base's readings of the name as a whole.
    let found = kb.find_names(name);
    let whole: Vec<_> = found
        .iter()
        .filter(|n| n.start == 0 && n.end == name.len())
        .collect();
    let kind_of = |n: &NameMatch| kb.entries[n.entry].entity.kind;
    // ("the Syrian president", "Kenyan police chief": a people's word.)
    if whole.iter().any(|n| n.role == NameRole::Demonym) {
        return Some(MentionType::MISC);
    }
    // (A seat of power that is a body by its name is the body: "State
    // Department spokesman".)
    let known_place = whole.iter().any(|n| {
        matches!(kind_of(n), EntityKind::State | EntityKind::Place)
            && !(n.role == NameRole::Seat && body_word)
    }) || names::place(name, name).is_some();
    // ("Hezbollah's secretary-general", "the NATO secretary-general".)
    let known_body = whole
        .iter()
        .any(|n| matches!(kind_of(n), EntityKind::Group | EntityKind::Igo));
    if known_place {
        Some(MentionType::LOC)
    } else if body_word || known_body {
        Some(MentionType::ORG)
    } else {
        None
    }
}

/// Whether a name's last word makes it a body's ("... Ministry", "... Council").
fn body_by_its_last_word(name: &str) -> bool {
    name.rsplit(' ').next().is_some_and(|last| {
        ORG_SUFFIXES.contains(last) || names::closing_word_type(last) == Some(MentionType::ORG)
    })
}

/// "China's Foreign Ministry" (or, tokenized, "China 's Foreign Ministry"):
/// a name the knowledge base knows, its possessive, then capitalized words,
/// inside one capitalized run. The possessor is typed by what it names; the
/// owned name by its last word ("... Ministry": a body), by the knowledge
/// base, or as a word that names on its own ("Sandinista"); an owned name
/// none of these type is left out ("Britain's Prince": a title).
fn possessor_and_owned(
    body: &str,
    start: usize,
    end: usize,
    kb: &KnowledgeBase,
) -> Option<Vec<(Span, MentionType)>> {
    let name = &body[start..end];
    let (cut, mark) = ["'s ", "’s "]
        .iter()
        .find_map(|m| name.find(m).map(|k| (k, m.len())))?;
    let possessor = name[..cut].trim_end();
    let owned = &name[cut + mark..];
    if possessor.is_empty() || !owned.starts_with(char::is_uppercase) {
        return None;
    }
    let type_of_known = |text: &str| {
        kb.find_names(text)
            .into_iter()
            .find(|n| n.start == 0 && n.end == text.len())
            .map(|n| match (kb.entries[n.entry].entity.kind, n.role) {
                (_, NameRole::Demonym) => MentionType::MISC,
                (EntityKind::State | EntityKind::Place, NameRole::Name) => MentionType::LOC,
                (EntityKind::Person, _) => MentionType::PER,
                _ => MentionType::ORG,
            })
    };
    let owned_type = if body_by_its_last_word(owned) {
        Some(MentionType::ORG)
    } else {
        type_of_known(owned).or_else(|| names::alone_word_type(owned))
    };
    // ("the U.S. Navy 's Fifth Fleet": a body no list knows, by its last
    // word, owns a name that is typed too.)
    let possessor_type = type_of_known(possessor).or_else(|| {
        (owned_type.is_some() && body_by_its_last_word(possessor)).then_some(MentionType::ORG)
    })?;
    let owned_start = start + cut + mark;
    let mut parts = vec![(Span::new(start, start + possessor.len()), possessor_type)];
    parts.extend(owned_type.map(|t| (Span::new(owned_start, end), t)));
    Some(parts)
}

/// Abbreviations that close a name, with their dot ("Intel Corp.").
const NAME_ABBREVIATIONS: [&str; 10] = [
    "Inc", "Corp", "Co", "Ltd", "Cos", "Bros", "Jr", "Sr", "Blvd", "Ave",
];

pub fn named_spans(
    body: &str,
    mentions: &[Mention],
    kb: &KnowledgeBase,
) -> Vec<(Span, MentionType)> {
    let mut out = Vec::new();
    // The end of the last name that took in the names after it.
    let mut taken_until = 0;
    for m in mentions.iter().filter(|m| m.antecedent.is_none()) {
        if m.span.start < taken_until {
            continue;
        }
        let text = &body[m.span.start..m.span.end];
        // ("a group C match": a lone letter names nothing.)
        if PRONOUNS
            .iter()
            .any(|(p, _, _)| p.eq_ignore_ascii_case(text))
            || text.chars().count() == 1
        {
            continue;
        }
        // "top of the Premier League", "Juventus lead Serie A": a name inside
        // a competition's (`competitions.txt`) is the competition's, MISC
        // whole (the title "Premier" and the letter "A" are no names).
        if let Some(c) = names::competition_around(body, m.span) {
            out.push((c, MentionType::MISC));
            taken_until = c.end;
            continue;
        }
        // The leading capitalized words, after any lower-case ones ("the").
        let mut start = None;
        let mut end = m.span.start;
        let mut offset = m.span.start;
        for w in text.split(' ') {
            // ("Côte d'Ivoire": an elided particle before a capital.)
            // ("iPhone", "eBay": a capital second letter after a small one.)
            let capital = w.chars().next().is_some_and(char::is_uppercase)
                || w.chars().nth(1).is_some_and(char::is_uppercase)
                    && w.chars().next().is_some_and(char::is_lowercase)
                || names::behind_arabic_article(w)
                || names::behind_elided_particle(w) && start.is_some();
            // ("China 's Foreign Ministry": a tokenized possessive goes on to
            // the name it owns, which `possessor_and_owned` parts.)
            let particle =
                matches!(w, "of" | "al" | "bin" | "de" | "&" | "'s" | "’s") && start.is_some();
            // ("Windows 95", "PlayStation 3": a product's or an event's
            // number is part of its name.)
            // ("Philadelphia 76ers", "49ers": a number grown into a word is
            // a name's word.)
            let number = (start.is_some()
                || m.entity
                    .as_ref()
                    .is_some_and(|e| e.kind == EntityKind::Group))
                && !w.is_empty()
                // ("Windows 8.1": a version's point too.)
                && w.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.')
                && w.ends_with(|c: char| c.is_ascii_alphanumeric())
                && w.starts_with(|c: char| c.is_ascii_digit())
                && (m.mention_type == MentionType::MISC
                    || w.ends_with(|c: char| c.is_ascii_lowercase()));
            if capital || particle || number {
                start.get_or_insert(offset);
                if capital || number {
                    end = offset + w.len();
                }
            } else if start.is_some() {
                break;
            }
            offset += w.len() + 1;
        }
        let Some(mut start) = start else { continue };
        // ("told The Associated Press": a body's leading article is no part
        // of its name, as CoNLL-style annotation writes it.)
        if m.mention_type == MentionType::ORG
            && body[start..end].starts_with("The ")
            && body[start + 4..end].starts_with(char::is_uppercase)
        {
            start += 4;
        }
        // "the president of the United States", "the president of France":
        // an office the mention names in lower case; the name in it is what
        // the office is of, typed by itself.
        if m.mention_type == MentionType::PER
            && (body[m.span.start..start].ends_with("of ")
                || body[m.span.start..start].ends_with("of the "))
        {
            let name = &body[start..end];
            let mention_type = office_s_place_or_body(name, kb).unwrap_or(MentionType::ORG);
            out.push((Span::new(start, end), mention_type));
            continue;
        }
        // "King Hussein", as the knowledge base names him: the title is no
        // part of the name.
        let known_person = m
            .entity
            .as_ref()
            .is_some_and(|e| e.kind == EntityKind::Person);
        if m.mention_type == MentionType::PER && known_person {
            if let Some((first, rest)) = body[start..end].split_once(' ') {
                if names::is_title_word(&first.to_lowercase())
                    && rest.starts_with(char::is_uppercase)
                {
                    start += first.len() + 1;
                }
            }
        }
        // "Finance Minister", "Vice Foreign Minister": an office, not a name
        // (the actor layer keeps it: "Taiwan's Vice Foreign Minister visited").
        // The place or body that the office is of still is a name:
        // "Philadelphia District Attorney", "Oregon State Police Lt".
        // (Not a known person's name that ends so: "Hun Sen".)
        let last_word = body[start..m.span.end].rsplit(' ').next().unwrap_or("");
        let last_lower = last_word.to_lowercase();
        let persons_own = kb.is_person_name(&body[start..m.span.end]);
        // ("Don King", "Billie Jean King": a given name, then a surname that
        // is also a title.)
        // (Not a place's officer: "Virginia Sen.", "Orlando Mayor".)
        let surname_like_a_title = {
            let words: Vec<&str> = body[start..m.span.end].split(' ').collect();
            (2..=3).contains(&words.len())
                && names::is_given_name(words[0])
                && !names::is_known_place(words[0])
                && !names::is_title_word(&words[0].to_lowercase())
                && words[1..words.len() - 1]
                    .iter()
                    .all(|w| names::is_given_name(w) || w.len() == 2 && w.ends_with('.'))
                && last_word.len() >= 4
                && names::is_surname(&last_lower)
                && !body[m.span.end..].starts_with('.')
        };
        // "the Los Angeles County Sheriff's Department": an office's
        // possessive before a body's closing word names the body whole.
        let last_is_title = names::is_title_word(&last_lower);
        let office_s_body = last_is_title
            .then(|| {
                let rest = &body[m.span.end..];
                let after = rest
                    .strip_prefix("'s ")
                    .or_else(|| rest.strip_prefix("’s "))
                    .or_else(|| rest.strip_prefix(" 's "))?;
                let word: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
                (word.starts_with(char::is_uppercase) && body_by_its_last_word(&word))
                    .then(|| body.len() - after.len() + word.len())
            })
            .flatten();
        if let Some(body_end) = office_s_body.filter(|_| !persons_own) {
            out.push((Span::new(start, body_end), MentionType::ORG));
            taken_until = body_end;
            continue;
        }
        // ("Mrs. Bishop", "Mr King": after an honorific, the surname.)
        let after_honorific = is_common_titled_surname(&last_lower)
            && body[..start]
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(is_personal_title);
        if last_is_title && !persons_own && !surname_like_a_title && !after_honorific {
            if let Some(name) = name_before_an_office(body, start, m.span.end, kb) {
                out.push(name);
            }
            continue;
        }
        let generic = m
            .entity
            .as_ref()
            .is_some_and(|e| e.kind == EntityKind::Generic);
        // A name with inner lower-case words ("Islamic State of Iraq and the
        // Levant") ends where the mention does.
        let last_capital = text
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase) || names::behind_arabic_article(w));
        // "Turkey's government": the possessive ending is no part of the
        // name, save of one that ends so ("McDonald's", "Moody 's").
        // (Not before a lower-case noun, where it is a possessive: "Carter's
        // press secretary" is a person's; "Moody 's said" the agency.)
        let verb_or_no_noun_next = || {
            let next_word = body[m.span.end..].split_whitespace().next().unwrap_or("");
            !next_word.starts_with(char::is_lowercase)
                || next_word.ends_with("ed")
                || crate::tokens::is_irregular_form(next_word)
                || REPORTING_VERBS.contains(next_word)
                || matches!(
                    next_word,
                    "said" | "says" | "is" | "was" | "has" | "had" | "will" | "would"
                )
        };
        let named_so = m.mention_type == MentionType::ORG
            && m.entity.as_ref().is_some_and(|e| {
                e.kind == EntityKind::Group && (e.name.contains("'s") || e.name.contains("’s"))
            })
            && verb_or_no_noun_next();
        let end = if (last_capital || named_so) && !generic {
            m.span.end
        } else {
            end
        };
        let end = ["'s", "’s", "'", "’"]
            .iter()
            .find(|p| !named_so && body[start..end].ends_with(**p) && end - p.len() > start)
            .map_or(end, |p| end - p.len());
        let whole = start == m.span.start && end == m.span.end;
        // "Intel Corp.", "Martin Luther King Jr.": the abbreviation's dot
        // is part of the name.
        let end = if body[end..].starts_with('.')
            && body[start..end]
                .rsplit(' ')
                .next()
                .is_some_and(|w| NAME_ABBREVIATIONS.contains(&w))
        {
            end + 1
        } else {
            end
        };
        let name = &body[start..end];
        // "Iran's Foreign Ministry", "Nicaragua's Sandinista government": a
        // possessor's name and the name it owns are two names.
        if let Some(parts) = possessor_and_owned(body, start, end, kb) {
            out.extend(parts);
            continue;
        }
        // "Republican Senate leader Trent Lott": a party's word before a
        // legislature's one word is a name of its own. (Not a party's own
        // name: "Democratic Party", "Republican National Committee".)
        // (Also "Congress passed the bill": a legislature is a name where a
        // sentence's capital opens it too; not its members, "Lawmakers
        // said".)
        let legislature = body_by_its_last_word(name)
            && m.entity
                .as_ref()
                .is_some_and(|e| e.sector.as_deref() == Some("LEG"));
        if let Some((creed, rest)) = name.split_once(' ').filter(|(creed, rest)| {
            legislature
                && !rest.contains(' ')
                && !kb
                    .find_names(name)
                    .iter()
                    .any(|n| n.start == 0 && n.end == name.len())
                && names::alone_word_type(creed) == Some(MentionType::MISC)
        }) {
            let body_start = start + creed.len() + 1;
            out.push((Span::new(start, start + creed.len()), MentionType::MISC));
            out.push((
                Span::new(body_start, body_start + rest.len()),
                MentionType::ORG,
            ));
            continue;
        }
        // The knowledge base's readings of the name as a whole.
        let found = kb.find_names(name);
        let mut readings = found.iter().filter(|n| n.start == 0 && n.end == name.len());
        let demonym = readings.clone().any(|n| n.role == NameRole::Demonym);
        // "State Department spokesman Nicholas Burns": a seat of power that
        // is a body by its name.
        let seat_body =
            readings.clone().any(|n| n.role == NameRole::Seat) && body_by_its_last_word(name);
        // "Police in Belgium arrested": a description's one common word,
        // capitalized for opening the sentence, that the knowledge base
        // does not name.
        let description = m
            .entity
            .as_ref()
            .is_some_and(|e| matches!(e.kind, EntityKind::Generic | EntityKind::State));
        let opens_sentence = body[..start]
            .trim_end()
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '.' | '!' | '?' | ':' | '"' | '“' | '\u{2029}'))
            || layout::opens_a_line(body, start);
        // ("the Government of Kenya" goes on through "of": see below.)
        let of_follows = body[start + name.len()..].starts_with(" of ");
        if description
            && opens_sentence
            && !of_follows
            && !legislature
            && !name.contains(' ')
            && names::is_common_word(&name.to_lowercase())
            && readings.clone().next().is_none()
        {
            continue;
        }
        let mention_type = if demonym {
            MentionType::MISC
        } else if seat_body {
            MentionType::ORG
        } else if whole && !generic {
            m.mention_type
        } else {
            // "U.S. officials", "Taiwan police": the name of a state, a place
            // or a body that a description opens with. A seat of power that is
            // no town is a body ("White House officials", "State Department
            // employees").
            let mut known = || {
                readings
                    .next()
                    .map(|n| match kb.entries[n.entry].entity.kind {
                        EntityKind::State | EntityKind::Place
                            if n.role == NameRole::Seat && names::place(name, name).is_none() =>
                        {
                            MentionType::ORG
                        }
                        EntityKind::State | EntityKind::Place => MentionType::LOC,
                        EntityKind::Person => MentionType::PER,
                        _ => MentionType::ORG,
                    })
            };
            match m.entity.as_ref().map(|e| e.kind) {
                // "the Asad regime": the leader's name, not the state's.
                _ if kb.is_person_name(name) => MentionType::PER,
                Some(EntityKind::State | EntityKind::Place) => MentionType::LOC,
                // ("Kurdish positions", "Sunni tribes": a people's word.)
                _ if generic => match known().or_else(|| names::alone_word_type(name)) {
                    Some(t) => t,
                    // "told Parliament", "Congress passed": a legislature
                    // named by its capitalized word alone is a body's name.
                    None if !name.contains(' ') && legislature => MentionType::ORG,
                    // "the importance of Coalition efforts": a body's head
                    // (`purpose-heads.txt`) capitalized inside a sentence is
                    // the body's name.
                    // (Not after another name: "the Trump Organization" is
                    // no "Organization".)
                    None if !opens_sentence
                        && names::is_purpose_head(name)
                        && !body[..start]
                            .trim_end()
                            .rsplit(' ')
                            .next()
                            .is_some_and(|w| w.starts_with(char::is_uppercase)) =>
                    {
                        MentionType::ORG
                    }
                    // "the Coalition for Unity and Democracy", "Forces for
                    // Freedom and Change": a description's capitalized head
                    // with its purpose after it is a body's name, read on
                    // through the purpose below.
                    None if names::is_purpose_head(name)
                        && purpose_after(body, start + name.len()).is_some() =>
                    {
                        MentionType::ORG
                    }
                    // "the Ministry of Finance": a body's capitalized noun
                    // before "of" and a name is the body's name, read on
                    // through "of" below.
                    None if of_follows
                        && body_by_its_last_word(name)
                        && capitalized_after_of(body, start + name.len()).is_some() =>
                    {
                        MentionType::ORG
                    }
                    None => continue, // "the regime's forces": no name inside
                },
                _ => m.mention_type,
            }
        };
        // "Government of Iraq", "Ministry of Defence of Ukraine": a capitalized
        // name goes on through "of" and the name after it.
        let rest = &body[end..];
        let of_len = [" of the ", " of "]
            .iter()
            .find(|p| rest.starts_with(**p))
            .map(|p| p.len());
        // A person's name stops there: "Jim Courier of the U.S."; and so does
        // a body's before a person: "the Social Democrats of Oskar Lafontaine".
        // So does a club's or a firm's the knowledge base names, whose "of"
        // says where it is from: "Juventus of Italy", "Daewoo of South Korea".
        let club_or_firm = found.iter().any(|n| {
            let e = &kb.entries[n.entry].entity;
            n.start == 0
                && n.end == name.len()
                && e.kind == EntityKind::Group
                && matches!(e.sector.as_deref(), None | Some("BUS"))
        });
        let through = of_len
            .filter(|_| whole && mention_type != MentionType::PER && !club_or_firm)
            .and_then(|n| {
                mentions
                    .iter()
                    .find(|o| o.span.start == end + n && o.antecedent.is_none())
                    .filter(|o| {
                        let text = o.span.text(body);
                        let a_persons_full_name = o.mention_type == MentionType::PER
                            && text.split_once(' ').is_some_and(|(given, _)| {
                                names::is_given_name(given.split('-').next().unwrap_or(given))
                            });
                        text.starts_with(char::is_uppercase) && !a_persons_full_name
                    })
            });
        // "Moody 's Investors Service": a name that ends in its possessive
        // goes on through a body's name right after it.
        let through = through.or_else(|| {
            (named_so && body[end..].starts_with(' ')).then(|| {
                mentions.iter().find(|o| {
                    o.span.start == end + 1
                        && o.antecedent.is_none()
                        && o.mention_type == MentionType::ORG
                })
            })?
        });
        // ("Ministry of Finance officials": the name after "of" that no
        // mention holds, for a description's body.)
        let through_end = through.map(|o| o.span.end).or_else(|| {
            of_len
                .filter(|_| {
                    generic && mention_type == MentionType::ORG && body_by_its_last_word(name)
                })
                .and_then(|n| capitalized_after_of(body, end).map(|len| end + n + len))
        });
        // "the National Council for the Defence of Democracy": a body's
        // purpose after its head (`purpose-heads.txt`), which the
        // description pass took alone.
        let through_end = through_end.or_else(|| {
            (mention_type == MentionType::ORG && names::is_purpose_head(last_word))
                .then(|| purpose_after(body, end))
                .flatten()
        });
        // "Department of Housing and Urban Development": a body's second
        // field, after "and", is a name the passes read on its own.
        let second_field = |e: usize| {
            let at = e + " and ".len();
            body[e..].starts_with(" and ").then(|| {
                mentions.iter().find(|o| {
                    o.span.start == at
                    && o.antecedent.is_none()
                    && o.entity
                        .as_ref()
                        .is_none_or(|x| !matches!(x.kind, EntityKind::Place | EntityKind::State))
                    && o.span.text(body).split(' ').next().is_some_and(is_a_field)
                    // (Not a body named by a place: "Voice of America and
                    // Radio Free Europe".)
                    && !o
                        .span
                        .text(body)
                        .split([' ', '/'])
                        .any(names::is_known_place)
                })
            })?
        };
        let through_end = through_end.map(|e| second_field(e).map_or(e, |o| o.span.end));
        if let Some(through_end) = through_end {
            out.push((Span::new(start, through_end), MentionType::ORG));
            taken_until = through_end;
            continue;
        }
        let body_of_fields =
            mention_type == MentionType::ORG && body[start..end].contains(" of ") && !club_or_firm;
        if let Some(o) = body_of_fields.then(|| second_field(end)).flatten() {
            out.push((Span::new(start, o.span.end), MentionType::ORG));
            taken_until = o.span.end;
            continue;
        }
        out.push((Span::new(start, end), mention_type));
    }
    let towns = town_starts(mentions);
    teams_named_by_their_town(body, &towns, &capital_starts(body, mentions), &mut out);
    players_named_like_towns(body, &towns, &mut out);
    places_naming_an_agreement(body, &mut out);
    an_organization_and_its_body(body, mentions, &mut out);
    out
}

/// "the EU Naval Force", "the NATO Response Force": an international
/// organization's name right before a body of its that the knowledge base
/// lacks (`bodies_of_an_international_organization`) is part of that body's
/// name, one ORG as CoNLL-style annotation writes it.
fn an_organization_and_its_body(
    body: &str,
    mentions: &[Mention],
    out: &mut Vec<(Span, MentionType)>,
) {
    // (The layer is ordered by start: a binary search, not a scan per name.)
    let entity_at = |sp: Span| {
        let from = mentions.partition_point(|m| m.span.start < sp.start);
        mentions[from..]
            .iter()
            .take_while(|m| m.span.start == sp.start)
            .find(|m| m.span == sp)
            .and_then(|m| m.entity.as_ref())
    };
    let mut k = 0;
    while k + 1 < out.len() {
        let ((a, ta), (b, tb)) = (out[k], out[k + 1]);
        let owned = match (entity_at(a), entity_at(b)) {
            (Some(igo), Some(owned)) => {
                igo.kind == EntityKind::Igo
                    && owned.affiliation.as_deref() == Some(igo.name.as_str())
            }
            _ => false,
        };
        if owned
            && ta == MentionType::ORG
            && tb == MentionType::ORG
            && b.start == a.end + 1
            && &body[a.end..b.start] == " "
        {
            out[k] = (Span::new(a.start, b.end), MentionType::ORG);
            out.remove(k + 1);
        }
        k += 1;
    }
}

/// The end of a body's purpose after its head, which ends at byte `end`:
/// " for " or " for the ", then capitalized words, joined by "of", "and"
/// or "the" ("... for the Defence of Democracy", "... for Peace and
/// Justice"); none if no capitalized word follows.
fn purpose_after(body: &str, end: usize) -> Option<usize> {
    let rest = body[end..]
        .strip_prefix(" for the ")
        .or_else(|| body[end..].strip_prefix(" for "))?;
    let mut at = body.len() - rest.len();
    let mut last_end = None;
    let mut pending_join = false;
    for w in rest.split(' ') {
        // (Punctuation or a possessive after a word ends the name there:
        // "... Preservation's list".)
        let word = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        let word = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("’s"))
            .unwrap_or(word);
        if word.starts_with(char::is_uppercase) && !names::is_stopword(&word.to_lowercase()) {
            last_end = Some(at + word.len());
            pending_join = false;
            if word.len() != w.len() {
                break;
            }
        } else if matches!(word, "of" | "and" | "the") && last_end.is_some() && !pending_join {
            pending_join = word != "the";
        } else if word == "the" && pending_join {
            // "of the": the article after a joining word.
        } else {
            break;
        }
        at += w.len() + 1;
    }
    last_end
}

/// Whether a capitalized word can name a body's field ("Industry", "Urban"):
/// a word of prose, no place and no given name.
fn is_a_field(word: &str) -> bool {
    let lower = word.to_lowercase();
    word.starts_with(char::is_uppercase)
        && (names::is_common_word(&lower)
            || names::is_prose_form(&lower)
                && !names::is_known_place(word)
                && !names::is_given_name(word))
}

/// The length of the capitalized words right after " of " (or " of the ")
/// at byte `end`, none of them a stopword: "Finance" of "Ministry of
/// Finance officials".
fn capitalized_after_of(body: &str, end: usize) -> Option<usize> {
    let rest = body[end..]
        .strip_prefix(" of the ")
        .or_else(|| body[end..].strip_prefix(" of "))?;
    let mut len = 0;
    let mut words = rest.split(' ').peekable();
    while let Some(w) = words.next() {
        let word = w.trim_end_matches([',', '.', ';', ':']);
        // "Ministry of Trade and Industry", "Department of Housing and Urban
        // Development": fields joined by "and", the next a capitalized word
        // that is no place and no given name, nor a name the text writes
        // only capitalized (not "the Bank of England and Barclays").
        let field_after_and = word == "and"
            && len > 0
            && words
                .peek()
                .is_some_and(|next| is_a_field(next.trim_end_matches([',', '.', ';', ':'])));
        if !field_after_and
            && (!word.starts_with(char::is_uppercase) || names::is_stopword(&word.to_lowercase()))
        {
            break;
        }
        len += word.len() + usize::from(len > 0);
        // (Punctuation after a word ends the name there.)
        if word.len() != w.len() {
            break;
        }
    }
    (len > 0).then_some(len)
}

/// "Scorers: Shearer 12, Wright 78", "(Batty 34)", "c Germon b Cairns 12":
/// a scorer with his minute, or a player in a cricket scoreboard's row, is a
/// player, though a town bears his name (Wright, Minnesota; Cairns).
fn players_named_like_towns(body: &str, towns: &HashSet<usize>, out: &mut [(Span, MentionType)]) {
    for (s, t) in out.iter_mut() {
        if *t == MentionType::LOC
            && towns.contains(&s.start)
            && (layout::is_a_scorer(body, s.start, s.end)
                || layout::in_a_scoreboard_row(body, s.start, s.end))
        {
            *t = MentionType::PER;
        }
    }
}

/// Places that field national sides (`home-nations.txt`: "Wales").
static HOME_NATIONS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/home-nations.txt")));

/// Where each mention of a place (a town, a region) starts; a place that
/// fields national sides plays as a state does, and a venue is where a
/// match is played ("Old Trafford"), so both are left out.
fn town_starts(mentions: &[Mention]) -> HashSet<usize> {
    mentions
        .iter()
        .filter(|m| {
            m.entity.as_ref().is_some_and(|e| {
                e.kind == EntityKind::Place
                    && !HOME_NATIONS.contains(e.name.as_str())
                    && !names::is_venue(&e.name)
            })
        })
        .map(|m| m.span.start)
        .collect()
}

/// Where each mention of a capital that stands for its state starts
/// ("Ottawa", "Washington"): a town the gazetteer knows, named otherwise
/// than its state.
fn capital_starts(body: &str, mentions: &[Mention]) -> HashSet<usize> {
    mentions
        .iter()
        .filter(|m| {
            m.entity.as_ref().is_some_and(|e| {
                let text = m.span.text(body);
                e.kind == EntityKind::State
                    && text != e.name
                    && names::place_population(text).is_some()
            })
        })
        .map(|m| m.span.start)
        .collect()
}

/// "the Maastricht treaty", "the Oslo accords": a place that names an
/// agreement is part of the agreement's name, which CoNLL types MISC.
fn places_naming_an_agreement(body: &str, out: &mut [(Span, MentionType)]) {
    for (s, t) in out.iter_mut() {
        // ("the Dayton peace agreement": "peace" may come between.)
        let mut words = body[s.end..]
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty());
        let next = match words.next() {
            Some("peace" | "trade" | "arms") => words.next(),
            w => w,
        }
        .unwrap_or("");
        // (A town's name only: "Iran nuclear agreement" keeps the state.)
        if *t == MentionType::LOC
            && AGREEMENT_WORDS.contains(&next)
            && names::place_population(s.text(body)).is_some()
        {
            *t = MentionType::MISC;
        }
    }
}

/// Lower-case words for an agreement that a place before them names.
const AGREEMENT_WORDS: [&str; 10] = [
    "treaty",
    "criteria",
    "accord",
    "accords",
    "agreement",
    "agreements",
    "pact",
    "pacts",
    "protocol",
    "declaration",
];

/// The text after a comma right after byte `end` ("Barcelona, who lost"),
/// spaces trimmed.
fn after_comma(body: &str, end: usize) -> Option<&str> {
    body[end..]
        .trim_start_matches(' ')
        .strip_prefix(',')
        .map(|r| r.trim_start_matches(' '))
}

/// "overcame Jacksonville 31-24", "former Atlanta defensive end": in sport
/// a town names its club, and CoNLL types it ORG. A town with a score or a
/// player's position right after it is a club, and so is every mention of
/// that town in the article. (A country there is its national side, which
/// CoNLL keeps LOC: only towns change.)
fn teams_named_by_their_town(
    body: &str,
    towns: &HashSet<usize>,
    capitals: &HashSet<usize>,
    out: &mut [(Span, MentionType)],
) {
    let word_before = |span: &Span| body[..span.start].split_whitespace().next_back();
    let person_ends: HashSet<usize> = out
        .iter()
        .filter(|(_, t)| *t == MentionType::PER)
        .map(|(s, _)| s.end)
        .collect();
    let person_starts: HashSet<usize> = out
        .iter()
        .filter(|(_, t)| *t == MentionType::PER)
        .map(|(s, _)| s.start)
        .collect();
    // "Alan Shearer (Newcastle)": a town in parentheses after a player is
    // his club (a state there is his country: "Pete Sampras (U.S.)").
    let club_of_a_person = |span: &Span| {
        let before = body[..span.start].trim_end_matches(' ');
        before.strip_suffix('(').is_some_and(|b| {
            person_ends.contains(&b.trim_end_matches(' ').len())
        }) && body[span.end..].trim_start_matches(' ').starts_with(')')
            // (A town, not a region: "Colin Montgomerie (Scotland)".)
            && names::place_population(span.text(body)).is_some()
    };
    let club_here = |span: &Span| {
        let after = body[span.end..].trim_start_matches([',', ' ']);
        let score = after
            .split_once(|c: char| !(c.is_ascii_digit() || c == '-'))
            .map_or(after, |(w, _)| w)
            .split_once('-')
            .is_some_and(|(a, b)| {
                !a.is_empty()
                    && a.bytes().all(|c| c.is_ascii_digit())
                    && !b.is_empty()
                    && b.bytes().all(|c| c.is_ascii_digit())
            });
        let mut words_after = after.split(' ');
        let position = words_after.next().is_some_and(|w| {
            match_word(w, "after")
                || match_word(w, "named")
                    && words_after
                        .next()
                        .is_some_and(|n| n.starts_with(char::is_uppercase))
        });
        // "Jacksonville beat Tennessee", "beat visiting Evansville": a town
        // that wins, loses or visits.
        let word_after = after
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let word_before = word_before(span).unwrap_or("");
        // "a 3-2 defeat by Piacenza", "their win over Lazio": a result's
        // noun, then the other side.
        // ("drew 1-1 with Southampton", "won 3-0 against Ajax": a score
        // stands for the result's noun.)
        let result_before = matches!(word_before, "by" | "over" | "against" | "to" | "with")
            && body[..span.start]
                .split_whitespace()
                .nth_back(1)
                .is_some_and(|w| match_word(w, "result") || layout::is_a_score(w));
        // "Seattle took a 2-1 lead", "Houston's Hakeem Olajuwon scored 31
        // points as the Rockets beat Denver 110-98": a town that wins, leads
        // or has a player, in a sentence that gives a score.
        // (One reading of the sentence for both.)
        let with_a_score = || {
            layout::sentence_has_a_word(body, span.start, span.end, |w| {
                layout::is_a_score(w) || match_word(w, "tally")
            })
        };
        // "Barcelona, who lost 2-1", "Dortmund, the champions, drew 1-1":
        // the verb after a relative pronoun or a short apposition.
        let verb_after_a_clause = || {
            let rest = after_comma(body, span.end)?;
            let rest = match rest.strip_prefix("who ") {
                Some(r) => r,
                None => {
                    let (apposition, r) = rest.split_once(',')?;
                    (apposition.len() <= 40 && apposition.starts_with("the ")).then_some(r)?
                }
            };
            rest.split_whitespace().next()
        };
        let possessive_of_a_player = || {
            after
                .strip_prefix("'s ")
                .is_some_and(|rest| person_starts.contains(&(body.len() - rest.len())))
        };
        // "scored both goals for Liverpool", "a 2-0 win at Southampton",
        // "lost 1-0 at home to Monaco": a side after a preposition, in a
        // sentence that gives a score or a tally.
        // (A town, not a state: "from Hawaii to Mississippi". A score with a
        // match's word, or a tally with "scored": "finished 1-2" is no match.)
        let has = |test: &dyn Fn(&str) -> bool| {
            layout::sentence_has_a_word(body, span.start, span.end, test)
        };
        let matched = |w: &str| {
            ["beside", "scored", "result"]
                .iter()
                .any(|r| match_word(w, r))
        };
        let a_match_scored = || has(&layout::is_a_score) && has(&matched);
        // (A town, not a state: "from Hawaii to Mississippi".)
        let a_town = || names::place_population(span.text(body)).is_some();
        let opens_a_sentence =
            span.start == 0 || body[..span.start].trim_end().ends_with(['\n', '.']);
        let side_after_a_preposition = || {
            matches!(
                word_before.to_lowercase().as_str(),
                "for" | "against" | "at" | "to" | "over" | "by"
            ) && a_town()
                && (a_match_scored() || has(&|w| w == "scored") && has(&|w| match_word(w, "tally")))
        };
        // "Barcelona were held to a 1-1 draw by Valencia": a town opening a
        // sentence that scores a match.
        let opens_a_scored_match = || opens_a_sentence && a_town() && a_match_scored();
        // "Leeds have signed", "Middlesbrough were fined": a town opening a
        // sentence with a plural verb is a team (a town is one place, a club
        // its players).
        let plural_verb = opens_a_sentence
            && matches!(word_after, "have" | "were" | "are")
            && body[span.end..].starts_with(' ')
            && a_town();
        let plays = plural_verb
            || match_word(word_after, "beside")
            || match_word(word_before, "beside")
            || result_before
            || {
                let before = word_before.to_lowercase();
                match_word(&before, "before")
                    || before.ends_with("-ranked")
                    || before.ends_with("-seeded")
            }
            || (match_word(word_after, "scored")
                || verb_after_a_clause().is_some_and(|w| match_word(w, "scored"))
                || possessive_of_a_player())
                && with_a_score();
        // "SOCCER - RONALDO SCORES AS BARCELONA GO TOP": a town a sports
        // headline names is its club, save where it is the venue ("AT
        // SYDNEY"; "IN" is read below).
        let in_a_sport_headline = || {
            word_before != "AT"
                && names::place_population(span.text(body)).is_some()
                && layout::in_a_sport_headline(body, span.start, span.end)
                && !layout::labelled_by_an_individual_sport(body, span.start)
        };
        // "Ravanelli scored a hat-trick for Middlesbrough", "Leeds have
        // signed Norwegian defender Alf-Inge Haaland": a sentence only
        // sports copy writes.
        let in_a_game_sentence =
            || layout::sentence_has_a_word(body, span.start, span.end, |w| match_word(w, "game"));
        score
            || position
            || plays
            || club_of_a_person(span)
            || in_a_sport_headline()
            || in_a_game_sentence()
            || side_after_a_preposition()
            || opens_a_scored_match()
            || layout::in_a_results_row(body, span.start, span.end)
            || layout::in_a_fixture_line(body, span.start, span.end)
    };
    // A capital is a club only where a table or a player's parentheses say
    // so ("Ottawa 3 Toronto 2", "Eddie Jordan (Washington)"): in prose it is
    // as often its state ("the White House took credit for its goal").
    let capitals_club = |span: &Span| {
        layout::in_a_results_row(body, span.start, span.end)
            || layout::in_a_fixture_line(body, span.start, span.end)
            || club_of_a_person(span)
    };
    let clubs: HashSet<&str> = out
        .iter()
        .filter(|(s, t)| {
            *t == MentionType::LOC
                && (towns.contains(&s.start) && club_here(s)
                    || capitals.contains(&s.start) && capitals_club(s))
        })
        .map(|(s, _)| s.text(body))
        .collect();
    // ("He lives in Atlanta" stays the town.)
    let after_place_word = |span: &Span| {
        word_before(span).is_some_and(|w| names::is_place_preposition(&w.to_lowercase()))
    };
    // "GOLF - NORMAN LEADS BY TWO": in the headline of a sport no town's
    // club plays, a town named like a census surname is the player, save
    // where it is the venue ("AT AKRON", "IN PERTH").
    let player_named_like_a_town = |span: &Span| {
        let word = span.text(body);
        !word.contains(' ')
            && names::is_surname(&word.to_lowercase())
            && !matches!(word_before(span), Some("AT" | "IN" | "at" | "in"))
            && layout::in_a_sport_headline(body, span.start, span.end)
            && layout::labelled_by_an_individual_sport(body, span.start)
    };
    for (s, t) in out.iter_mut() {
        if *t == MentionType::LOC
            && (towns.contains(&s.start) || capitals.contains(&s.start))
            && clubs.contains(s.text(body))
            && !after_place_word(s)
        {
            *t = MentionType::ORG;
        } else if *t == MentionType::LOC && towns.contains(&s.start) && player_named_like_a_town(s)
        {
            *t = MentionType::PER;
        }
    }
}

/// A place whose name wraps the known name at tokens `first..=last` with
/// one capitalized word: "Port Sudan" and "Kuwait City" are cities of the
/// gazetteer, not the states; "North Darfur" and "Western Cambodia" are
/// parts of the region or state, and of its country.
fn place_around(
    ctx: &Ctx,
    first: usize,
    last: usize,
    known: &Entity,
) -> Option<(usize, usize, Entity)> {
    let cased = |k: usize| {
        ctx.toks
            .get(k)
            .is_some_and(|t| t.capitalized && t.kind == TokenKind::Word)
    };
    let city = |a: usize, b: usize| {
        let text = ctx.text(a, b);
        names::place(text, text).map(|e| (a, b, e))
    };
    let compass = first > 0 && cased(first - 1) && COMPASS.contains(&ctx.lower(first - 1));
    if known.kind == EntityKind::State {
        let before = (first > 0 && cased(first - 1)).then(|| city(first - 1, last));
        let after = cased(last + 1).then(|| city(first, last + 1));
        if let Some(found) = before.flatten().or(after.flatten()) {
            return Some(found);
        }
    }
    // ("Western Cambodia": a part of the state, which the knowledge base
    // would have named had it been a state of its own, as "South Sudan".)
    let region = matches!(known.kind, EntityKind::Place | EntityKind::State);
    (region && compass).then(|| {
        let mut e = known.clone();
        e.name = ctx.text(first - 1, last).to_string();
        e.wikidata = None;
        e.kind = EntityKind::Place;
        e.sector = None;
        (first - 1, last, e)
    })
}

/// Words that name part of a region before its name ("North Darfur").
const COMPASS: [&str; 11] = [
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "upper", "lower",
];

/// The entity of the description that ends right before token `tok`
/// ("Armenian foreign ministry spokeswoman" before a name).
fn description_before(cands: &[Candidate], tok: usize) -> Option<&Entity> {
    cands
        .iter()
        .find(|c| c.last + 1 == tok && c.head.is_some())
        .and_then(|c| c.entity.as_ref())
}

/// The entity of a description set off by commas right after token `last`
/// ("X, the Syrian opposition leader, said").
fn description_in_apposition_after<'a>(
    ctx: &Ctx,
    cands: &'a [Candidate],
    last: usize,
) -> Option<&'a Entity> {
    if ctx.lower(last + 1) != "," {
        return None;
    }
    let mut first = last + 2;
    if matches!(ctx.lower(first), "the" | "a" | "an") {
        first += 1;
    }
    cands
        .iter()
        .find(|c| {
            c.first == first && c.head.is_some() && matches!(ctx.lower(c.last + 1), "," | "." | ")")
        })
        .and_then(|c| c.entity.as_ref())
}

/// The sector a title among the three words before token `tok` gives a
/// person ("Prime Minister Andrew Holness": GOV), from `title-sectors.tsv`.
fn title_sector(ctx: &Ctx, tok: usize) -> Option<String> {
    (tok.saturating_sub(3)..tok)
        .rev()
        .map(|k| ctx.lower(k).trim_end_matches('.'))
        .find_map(|w| TITLE_SECTORS.get(w))
        .map(|s| s.to_string())
}

/// The country of a person named at token `first`, from what stands
/// before the name: a demonym or possessor within five tokens ("the Syrian
/// opposition leader X", "Iran's foreign minister X"), or a state's name
/// followed only by title words ("Pakistan President X").
fn country_before(ctx: &Ctx, cands: &[Candidate], first: usize) -> Option<String> {
    // The code of a candidate of one of these kinds.
    let code_of = |kinds: &'static [EntityKind]| {
        move |c: &Candidate| {
            c.entity
                .as_ref()
                .filter(|e| kinds.contains(&e.kind))
                .and_then(|e| e.code.clone())
        }
    };
    let is_title = |k: usize| names::is_title_word(&ctx.toks[k].lower);
    let modifier = (first.saturating_sub(5)..first)
        .rev()
        .find_map(|k| cands.iter().find(|c| c.last == k && c.modifier))
        .and_then(code_of(&[EntityKind::State]));
    modifier.or_else(|| {
        let mut k = first;
        while k > 0 && is_title(k - 1) {
            k -= 1;
        }
        // "United Nations Human Rights Commissioner Michelle Bachelet": the
        // office's own capitalized words stand between the body and the title.
        let titles_from = k;
        while k < first
            && k > 0
            && titles_from - k < 3
            && ctx.toks[k - 1].capitalized
            && !cands.iter().any(|c| c.last == k - 1)
        {
            k -= 1;
        }
        (k < first && k > 0)
            .then(|| cands.iter().find(|c| c.last == k - 1))
            .flatten()
            // Before title words an international body serves too ("Arab
            // League Secretary General Chadli Klibi").
            .and_then(code_of(&[EntityKind::State, EntityKind::Igo]))
    })
}

/// Pass 5: names no pass above claimed, typed by [`names::find`].
fn other_names(ctx: &Ctx, sentences: &[Span], cands: &mut Vec<Candidate>) {
    let covered: HashSet<usize> = cands.iter().flat_map(|c| c.first..=c.last).collect();
    let ranges = names::sentence_ranges(ctx.toks, sentences);
    let earlier: Vec<(usize, usize, MentionType)> = cands
        .iter()
        .filter(|c| c.pronoun.is_none())
        .filter(|c| {
            c.entity.as_ref().is_some_and(|e| {
                e.kind == EntityKind::Person && c.mention_type == MentionType::PER
                    || e.kind == EntityKind::Group && c.mention_type == MentionType::ORG
            })
        })
        .map(|c| (c.first, c.last, c.mention_type))
        .collect();
    for n in names::find(ctx.body, ctx.toks, &ranges, &covered, &earlier) {
        // "A Houthi military spokesman, Yahya Saree, said": the name in
        // apposition takes the description's country, sector and group.
        // "Armenian foreign ministry spokeswoman Anahit Serobyan": so does a
        // name right after a description, the organ of a state included.
        let gap = usize::from(n.first >= 2 && ctx.lower(n.first - 1) == ",");
        // "Salaheddine Sidhoum, Algeria's leading human rights activist,
        // staged": so does a description in apposition after it.
        let described = description_before(cands, n.first - gap)
            .or_else(|| description_in_apposition_after(ctx, cands, n.last))
            .filter(|e| !e.anonymous && matches!(e.kind, EntityKind::Generic | EntityKind::State));
        // "the Syrian opposition leader Ahmad Jarba": a demonym shortly before.
        let country = country_before(ctx, cands, n.first);
        // "Green Bay", "Long Beach": a place its closing word typed is the
        // gazetteer's town when there is one of its name.
        let town = || {
            let text = ctx.text(n.first, n.last);
            names::place(text, text).filter(|_| n.mention_type == MentionType::LOC)
        };
        // A person's name is a person even when nobody knows who.
        let entity = n.entity.or_else(town).or_else(|| {
            (n.mention_type == MentionType::PER).then(|| {
                let text = ctx.text(n.first, n.last).to_string();
                Entity {
                    name: text.clone(),
                    code: described.and_then(|d| d.code.clone()).or(country),
                    sector: described.and_then(|d| d.sector.clone()),
                    wikidata: None,
                    text,
                    kind: EntityKind::Person,
                    office: None,
                    affiliation: described.and_then(|d| d.affiliation.clone()),
                    anonymous: false,
                    code_from_context: false,
                    several: false,
                    term: None,
                }
            })
        });
        // ("the ``American Pie'' films": the people's word read earlier is
        // the title's.)
        if n.mention_type == MentionType::MISC && n.last > n.first {
            cands.retain(|c| {
                !(c.mention_type == MentionType::MISC && n.first <= c.first && c.last <= n.last)
            });
        }
        cands.push(Candidate::new(n.first, n.last, n.mention_type, entity));
    }
}

/// "John Bolton ... Bolton said": a surname alone that resolved to no one is
/// the person named in full before it with that last name, known or not
/// (the knowledge base lists no surname others share as an alias). When two
/// people of that name came before ("Bill Clinton", "Hillary Clinton"), the
/// surname is left to its context.
fn surnames_of_people_named_in_full(ctx: &Ctx, cands: &mut [Candidate]) {
    // (first token, last name, candidate) of each person named in full.
    let full: Vec<(usize, &str, usize)> = cands
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            c.last > c.first
                && c.mention_type == MentionType::PER
                && c.pronoun.is_none()
                && c.entity
                    .as_ref()
                    .is_some_and(|e| e.kind == EntityKind::Person && !e.anonymous)
        })
        .map(|(k, c)| (c.first, ctx.lower(c.last), k))
        .collect();
    let name = |k: usize| cands[k].entity.as_ref().map(|e| e.name.as_str());
    // (bare surname's candidate, the one named in full it is)
    let mut resolved: Vec<(usize, usize)> = Vec::new();
    for (k, c) in cands.iter().enumerate() {
        let bare = c.first == c.last
            && c.mention_type == MentionType::PER
            && c.entity.as_ref().is_some_and(|e| {
                e.kind == EntityKind::Person && e.name == ctx.text(c.first, c.last)
            });
        if !bare {
            continue;
        }
        let surname = ctx.lower(c.first);
        let mut same = full
            .iter()
            .filter(|(first, last, _)| *first < c.first && *last == surname)
            .map(|&(_, _, f)| f);
        let Some(one) = same.next() else { continue };
        if same.all(|f| name(f) == name(one)) {
            resolved.push((k, one));
        }
    }
    for (k, one) in resolved {
        let text = cands[k]
            .entity
            .as_ref()
            .map(|e| e.text.clone())
            .unwrap_or_default();
        cands[k].entity = cands[one].entity.clone().map(|e| Entity { text, ..e });
    }
}

/// A lone word the gazetteer knows as a town that is the name of a person
/// the article names in full: "Jackson failed sobriety tests" after "Vincent
/// Jackson", "Manning finished" after "Peyton Manning". Or one right after a
/// personal title: "Ms. Palin". Not after a word that introduces a place
/// ("in Jackson"), nor before a comma and another place ("Jackson, Miss.").
/// Read again while it finds people: a town joined by "and" to a person it
/// has just found is one too ("Stewart and Atherton put on 85", "between
/// Mitchell and Nixon").
fn people_named_like_places(ctx: &Ctx, cands: &mut [Candidate]) {
    while people_named_like_places_once(ctx, cands) {}
}

/// One reading of [`people_named_like_places`]: whether it found a person.
fn people_named_like_places_once(ctx: &Ctx, cands: &mut [Candidate]) -> bool {
    let mut found = false;
    let people: Vec<(Vec<&str>, Entity)> = cands
        .iter()
        .filter(|c| c.mention_type == MentionType::PER && c.last > c.first)
        .filter_map(|c| {
            let e = c.entity.as_ref().filter(|e| e.kind == EntityKind::Person)?;
            // (Its surname, not its first word: "Bloomington Sam's Club" read
            // as a person would make every Bloomington one.)
            let words = (c.first + 1..=c.last)
                .map(|k| ctx.toks[k].text(ctx.body))
                .filter(|w| w.starts_with(char::is_uppercase) && w.len() > 2)
                .collect();
            Some((words, e.clone()))
        })
        .collect();
    let places: HashSet<usize> = cands
        .iter()
        .filter(|c| c.mention_type == MentionType::LOC)
        .map(|c| c.first)
        .collect();
    let place_follows = |k: usize| ctx.lower(k + 1) == "," && places.contains(&(k + 2));
    // A town small enough that its name is more often a person's, which
    // acts as a person does ("Jackson failed sobriety tests", "LaSalle
    // gunned the engine"), or is joined to a person's name ("Clinton and
    // Dole").
    let persons = || cands.iter().filter(|c| c.mention_type == MentionType::PER);
    let person_firsts: HashSet<usize> = persons().map(|c| c.first).collect();
    let person_lasts: HashSet<usize> = persons().map(|c| c.last).collect();
    let acts_as_a_person = |k: usize| {
        let word = ctx.toks[k].text(ctx.body);
        // (The word tests first: most lone places are no small town named
        // like a surname, and need no look at their context.)
        // (A word typed a place for want of anything else, with no
        // gazetteer town of its name, counts as small beside a person.)
        let population = names::place_population(word);
        if !(names::is_surname(&ctx.toks[k].lower) && population.is_none_or(|p| p < SMALL_TOWN)) {
            return false;
        }
        let joined = |a: usize| matches!(ctx.lower(a), "and" | "or");
        let with_person = k >= 2 && joined(k - 1) && person_lasts.contains(&(k - 2))
            || joined(k + 1) && person_firsts.contains(&(k + 2));
        if population.is_none() {
            return with_person;
        }
        let next = ctx.toks.get(k + 1);
        // (An irregular past, not a form of "be", "have" or "do" beyond
        // the two in names::is_person_verb: "Jackson is a city".)
        let acts = next.is_some_and(|t| {
            let w = t.lower.as_str();
            let auxiliary = t
                .lemmas
                .iter()
                .any(|l| matches!(l.as_str(), "be" | "have" | "do"));
            !t.capitalized
                && (names::is_person_verb(w)
                    || w.len() > 4 && w.ends_with("ed")
                    || crate::tokens::is_irregular_form(w) && !auxiliary)
        });
        // "... says Gutin.": the speaker after a quote's cue, closing it.
        let speaker_after_a_cue = k > 0
            && matches!(ctx.lower(k - 1), "said" | "says")
            && ctx
                .toks
                .get(k + 1)
                .is_none_or(|t| matches!(t.lower.as_str(), "." | "," | ";"));
        // "police stopped Jackson", "Jackson, 24, was": the object of a
        // verb done to people, or a name with an age.
        // (Not a town's name before its noun: "told Flint residents".)
        let object_of_a_person_verb = k > 0
            && names::is_person_object_verb(ctx.lower(k - 1))
            && ctx
                .toks
                .get(k + 1)
                .is_none_or(|t| t.kind != TokenKind::Word || names::is_stopword(&t.lower));
        // "Jackson's blood-alcohol level", not "Jackson's mayor"; only a
        // common surname ("Hollywood's", "Gallup's" are of a place and a
        // body that rarer surnames share).
        let possessor_of_a_person_s_thing = ctx.is_possessive(k + 1)
            && names::surname_rank(&ctx.toks[k].lower).is_some_and(|r| r <= POSSESSOR_SURNAME_RANK)
            && ctx.toks.get(k + 2).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && !t.capitalized
                    && !PLACE_OWNED_NOUNS.contains(t.lower.as_str())
            });
        let aged = ctx.lower(k + 1) == ","
            && ctx
                .toks
                .get(k + 2)
                .is_some_and(|t| t.kind == TokenKind::Number && t.lower.len() <= 2)
            && ctx.lower(k + 3) == ",";
        acts || with_person
            || speaker_after_a_cue
            || object_of_a_person_verb
            || aged
            || possessor_of_a_person_s_thing
    };
    for c in cands.iter_mut() {
        // (A town of the gazetteer, or a word typed a place only because
        // the same word elsewhere is one.)
        let lone_place = c.first == c.last
            && c.mention_type == MentionType::LOC
            && c.entity
                .as_ref()
                .is_none_or(|e| e.kind == EntityKind::Place);
        if !lone_place
            || c.first > 0 && names::is_place_preposition(ctx.lower(c.first - 1))
            || place_follows(c.last)
        {
            continue;
        }
        let word = ctx.toks[c.first].text(ctx.body);
        let titled = personal_title_before(ctx, c.first);
        let person = people
            .iter()
            .find(|(words, _)| words.contains(&word))
            .map(|(_, e)| Entity {
                text: word.to_string(),
                ..e.clone()
            });
        // "ATI", "UMC": a town's name written as an acronym is a body's,
        // save a city's opening a line: a dateline shouts it ("BONN
        // 1996-08-22", "GAZA").
        let dateline_city = layout::opens_a_line(ctx.body, ctx.toks[c.first].span.start)
            && names::place_population(word).is_some_and(|p| p >= names::OPENING_PLACE_POPULATION);
        if person.is_none()
            && !titled
            && names::is_acronym(word)
            && word.len() <= 4
            && !dateline_city
        {
            c.mention_type = MentionType::ORG;
            c.entity = Some(Entity::named(word, EntityKind::Group));
            c.role = None;
            continue;
        }
        if person.is_some() || titled || acts_as_a_person(c.first) {
            c.mention_type = MentionType::PER;
            c.entity = Some(person.unwrap_or_else(|| Entity::named(word, EntityKind::Person)));
            c.role = None;
            found = true;
        }
    }
    found
}

/// The census rank a surname needs for its possessive to make a small
/// town's name the person's.
const POSSESSOR_SURNAME_RANK: usize = 5000;

/// Nouns a town owns (`place-owned-nouns.txt`: "Jackson's mayor").
static PLACE_OWNED_NOUNS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/lexicon/place-owned-nouns.txt")));

/// A town of fewer people than this whose name is a census surname is read
/// as the person when it acts as one (see [`people_named_like_places`]).
const SMALL_TOWN: u64 = 200_000;

/// Titles that only ever stand before a person's name.
const PERSONAL_TITLES: [&str; 7] = ["mr", "mrs", "ms", "miss", "dr", "mme", "mlle"];

/// Whether a word, with or without its dot, is a personal title ("Mr.", "Ms").
fn is_personal_title(word: &str) -> bool {
    PERSONAL_TITLES.contains(&word.trim_end_matches('.').to_lowercase().as_str())
}

/// Whether a personal title stands right before token `k` ("Ms. Palin": the
/// title's dot may be a token of its own).
fn personal_title_before(ctx: &Ctx, k: usize) -> bool {
    let title_at = |j: usize| PERSONAL_TITLES.contains(&ctx.lower(j).trim_end_matches('.'));
    k > 0 && title_at(k - 1) || k > 1 && ctx.lower(k - 1) == "." && title_at(k - 2)
}

/// Pronoun placeholders, resolved by [`link`].
fn pronouns(ctx: &Ctx, cands: &mut Vec<Candidate>) {
    for (i, t) in ctx.toks.iter().enumerate() {
        if let Some(&(_, refers, possessive)) = PRONOUNS.iter().find(|(p, _, _)| *p == t.lower) {
            let mut c = Candidate::new(i, i, MentionType::MISC, None);
            c.pronoun = Some(refers);
            c.modifier = possessive;
            cands.push(c);
        }
    }
}

/// Whether the description from token `tok` to byte `end` ends in a head a
/// state has one of (`national` in `generic.tsv`: "the army").
fn national_head(ctx: &Ctx, tok: usize, end: usize) -> bool {
    ends_in_head(ctx, tok, end, |h| h.national)
}

/// Whether the description from token `tok` to byte `end` ends in a head of
/// `generic.tsv` that `which` accepts.
fn ends_in_head(
    ctx: &Ctx,
    tok: usize,
    end: usize,
    which: impl Fn(&crate::kb::GenericHead) -> bool,
) -> bool {
    let last = ctx.toks.partition_point(|t| t.span.end <= end);
    ctx.kb.generic.iter().any(|h| {
        let n = h.words.len();
        which(h)
            && last >= tok + n
            && (last - n..last)
                .zip(&h.words)
                .all(|(k, w)| ctx.toks[k].lower == *w)
    })
}

/// Whose the forces or weapons at token `tok` are when a deployment names
/// them: the subject of the verb before them ("the United States deployed
/// two destroyers", "the Houthis fired two missiles"; `deploy-verbs.txt`).
/// `subjects` are the coded mentions by the byte their text ends at.
fn deployer(ctx: &Ctx, subjects: &[(usize, String)], tok: usize) -> Option<String> {
    let verb = (tok.saturating_sub(4)..tok).rev().find(|&k| {
        ctx.toks[k]
            .lemmas
            .iter()
            .any(|l| DEPLOY_VERBS.contains(l.as_str()))
    })?;
    if (verb + 1..tok).any(|k| ctx.toks[k].kind == TokenKind::Punct) {
        return None;
    }
    let mut end = verb;
    while end > 0
        && matches!(
            ctx.lower(end - 1),
            "has" | "have" | "had" | "also" | "later"
        )
    {
        end -= 1;
    }
    let subject_end = ctx.toks[end.checked_sub(1)?].span.end;
    subjects
        .iter()
        .find(|(e, _)| *e == subject_end)
        .map(|(_, code)| code.clone())
}

/// The byte span of who attacks what the possessive pronoun at token `tok`
/// owns: the subject of a verb of attack right before it ("warplanes
/// bombed their positions"), or the possessor of an attack named by a noun
/// ("Sanders' attacks against her"). The pronoun cannot refer to it. A
/// subject runs back from the verb to its clause's opening: a reporting
/// verb, a subordinator, "that", a comma, or the sentence's start.
fn attacker_of_the_owned(ctx: &Ctx, tok: usize) -> Option<Span> {
    let (verbs, owned) = &*ATTACK_VERBS;
    if tok < 2 || tok + 1 >= ctx.toks.len() || owned.contains(ctx.lower(tok + 1)) {
        return None;
    }
    let is_attack = |k: usize| {
        ctx.toks[k]
            .lemmas
            .iter()
            .any(|l| verbs.contains(l.as_str()))
    };
    if matches!(ctx.lower(tok - 1), "on" | "against") && is_attack(tok - 2) {
        // The noun's possessor, when one stands right before it.
        let noun = tok - 2;
        let possessive = noun >= 2 && ctx.is_possessive(noun - 1);
        return possessive.then(|| {
            let owner_end = ctx.toks[noun - 2].span.end;
            let from = (0..noun - 1)
                .rev()
                .take_while(|&k| ctx.toks[k].capitalized)
                .last()
                .unwrap_or(noun - 2);
            Span::new(ctx.toks[from].span.start, owner_end)
        });
    }
    let verb = tok - 1;
    if !is_attack(verb) {
        return None;
    }
    let sentence_start = ctx
        .sentence_starts
        .iter()
        .copied()
        .filter(|&s| s <= verb)
        .max()
        .unwrap_or(0);
    let opening = (sentence_start..verb)
        .rev()
        .find(|&k| {
            let t = &ctx.toks[k];
            matches!(
                t.lower.as_str(),
                "that"
                    | ","
                    | ";"
                    | ":"
                    | "as"
                    | "when"
                    | "while"
                    | "because"
                    | "after"
                    | "before"
                    | "if"
                    | "since"
                    | "until"
            ) || is_reporting_form(t)
        })
        .map_or(sentence_start, |k| k + 1);
    (opening < verb).then(|| Span::new(ctx.toks[opening].span.start, ctx.toks[verb].span.start))
}

/// Pass 6: resolve pronouns and definite descriptions to earlier mentions,
/// then emit the final layer with antecedent indices into it.
/// What [`link`] keeps beside each mention it has emitted: the description
/// head, if any, and whether it is plural.
type LinkMeta = (Option<String>, bool);

fn link(ctx: &Ctx, cands: Vec<Candidate>, date: Date) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    let mut meta: Vec<LinkMeta> = Vec::new();
    let sentence_of = |tok: usize| ctx.sentence_starts.iter().filter(|&&s| s <= tok).count();
    let mut out_sent: Vec<usize> = Vec::new();
    for c in cands {
        let span = Span::new(ctx.toks[c.first].span.start, ctx.toks[c.last].span.end);
        let here = sentence_of(c.first);
        let text = ctx.text(c.first, c.last).to_string();
        let find_back = |pred: &dyn Fn(&Mention, &LinkMeta) -> bool, window: usize| {
            (0..out.len())
                .rev()
                .find(|&k| here.saturating_sub(out_sent[k]) <= window && pred(&out[k], &meta[k]))
        };
        // The sentence's first such mention: whose the attacked thing is
        // ("The Houthis said on Wednesday they would keep targeting ships
        // linked to Israel, after US warplanes struck their positions").
        let find_first_here = |pred: &dyn Fn(&Mention, &LinkMeta) -> bool| {
            (0..out.len()).find(|&k| out_sent[k] == here && pred(&out[k], &meta[k]))
        };
        let antecedent = if let Some(refers) = c.pronoun {
            let attacker = c
                .modifier
                .then(|| attacker_of_the_owned(ctx, c.first))
                .flatten();
            let not_attacker = |m: &Mention| {
                attacker.is_none_or(|a| !(a.start <= m.span.start && m.span.end <= a.end))
            };
            let is_actor = |m: &Mention| m.entity.is_some() && !m.modifier && not_attacker(m);
            let find_back = |pred: &dyn Fn(&Mention, &LinkMeta) -> bool, window: usize| {
                attacker
                    .and_then(|_| find_first_here(pred))
                    .or_else(|| find_back(pred, window))
            };
            match refers {
                "person" => find_back(&|m, _| is_actor(m) && m.mention_type == MentionType::PER, 3),
                "thing" => {
                    let body = |m: &Mention, plural: bool, possessor_too: bool| {
                        // A state's organ named as a noun by a national head,
                        // after "the" or a possessor, is a body a possessive
                        // "its" may be: "the army and its Islamist allies"
                        // (not "a military governor", "military spending").
                        let national_organ = || {
                            let first = ctx.token_at(m.span.start);
                            c.modifier
                                && first > 0
                                && (ctx.lower(first - 1) == "the" || ctx.is_possessive(first - 1))
                                && national_head(ctx, first, m.span.end)
                        };
                        (is_actor(m)
                            || possessor_too
                                && m.entity.is_some()
                                && not_attacker(m)
                                && ctx.is_possessive(ctx.token_at(m.span.end)))
                            && !plural
                            && m.entity.as_ref().is_some_and(|e| {
                                matches!(
                                    e.kind,
                                    EntityKind::State | EntityKind::Group | EntityKind::Igo
                                ) || e.kind == EntityKind::Generic
                                    && !e.anonymous
                                    && national_organ()
                            })
                    };
                    // A body of the sentence itself first ("Armenia rejected
                    // Azerbaijan's demand to change its constitution"); else a
                    // possessor is one too ("The group's spokesman said its
                    // forces ...").
                    find_back(&|m, (_, plural)| body(m, *plural, false), 0)
                        .or_else(|| find_back(&|m, (_, plural)| body(m, *plural, true), 1))
                }
                _ => find_back(&|m, (_, plural)| is_actor(m) && *plural, 2),
            }
        } else if let Some(title) = &c.definite_title {
            // (A bare title's entity carries its office only when the title
            // is a whole office of `offices.txt`.)
            let title_is_office = c.entity.as_ref().is_some_and(|e| e.office.is_some());
            // One who holds the office on the article's date: in 2016 "the
            // president" is not Donald Trump, named before it.
            let holds = |e: &Entity| {
                e.term.as_ref().is_none_or(|t| {
                    t.from.is_none_or(|f| f <= date) && t.to.is_none_or(|to| date <= to)
                })
            };
            find_back(
                &|m, _| {
                    m.mention_type == MentionType::PER
                        && m.entity.as_ref().is_some_and(|e| {
                            e.office
                                .as_deref()
                                .is_some_and(|o| titled(o, title, title_is_office))
                                && holds(e)
                        })
                },
                8,
            )
        } else if let Some(head) = &c.definite_head {
            find_back(
                &|m, (h, _)| {
                    m.entity.is_some()
                        && (h.as_deref() == Some(head.as_str())
                            || matches!(head.as_str(), "movement" | "group")
                                && m.entity.as_ref().is_some_and(|e| {
                                    // ("the group" is the Houthis, never the
                                    // Pentagon named between: a state's own
                                    // body is no group.)
                                    e.kind == EntityKind::Group
                                        && (!c.definite_armed
                                            || matches!(e.sector.as_deref(), Some("REB" | "PRM")))
                                        && !(e
                                            .code
                                            .as_deref()
                                            .is_some_and(|c| ctx.kb.state(c).is_some())
                                            && e.sector
                                                .as_deref()
                                                .is_some_and(|s| STATE_SECTORS.contains(&s)))
                                }))
                },
                8,
            )
        } else {
            None
        };
        // Follow a chain of references to the mention that names the actor.
        let root = antecedent.map(|mut k| {
            while let Some(a) = out[k].antecedent {
                k = a;
            }
            k
        });
        let (entity, mention_type) = match (root, c.pronoun) {
            (Some(k), _) => {
                let mut e = out[k].entity.clone();
                if let Some(e) = e.as_mut() {
                    e.text = text.clone();
                }
                (e, out[k].mention_type)
            }
            (None, Some(_)) => continue,
            (None, None) => (c.entity, c.mention_type),
        };
        let plural = match root {
            Some(k) if c.pronoun.is_some() => meta[k].1,
            _ => c.plural,
        };
        out.push(Mention {
            span,
            mention_type,
            entity,
            antecedent: root,
            modifier: c.modifier,
        });
        meta.push((c.head.clone(), plural));
        out_sent.push(here);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{sentences, tokens};

    /// The mention layer of `text`, as published on 6 November 2023.
    fn found(text: &str) -> Vec<Mention> {
        found_framed(text, &[])
    }

    /// The same with `framing` as the article's headline and dateline.
    fn found_framed(text: &str, framing: &[&str]) -> Vec<Mention> {
        let kb = KnowledgeBase::embedded();
        let toks = tokens::tokenize(text);
        let sents = sentences::split(text, &[]);
        find(
            text,
            &toks,
            &sents,
            &kb,
            jiff::civil::date(2023, 11, 6),
            framing,
        )
    }

    fn mentions(text: &str) -> Vec<(String, Option<String>, Option<String>, bool)> {
        found(text)
            .into_iter()
            .map(|m| {
                let e = m.entity.as_ref();
                (
                    m.span.text(text).to_string(),
                    e.and_then(|e| e.code.clone()),
                    e.map(|e| e.name.clone()),
                    m.modifier,
                )
            })
            .collect()
    }

    fn find_text<'a>(
        ms: &'a [(String, Option<String>, Option<String>, bool)],
        text: &str,
    ) -> &'a (String, Option<String>, Option<String>, bool) {
        ms.iter()
            .find(|m| m.0 == text)
            .unwrap_or_else(|| panic!("no mention {text:?} in {ms:?}"))
    }

    /// The CoNLL-style names of a text: (text, type).
    fn names_of(text: &str) -> Vec<(String, MentionType)> {
        let kb = KnowledgeBase::embedded();
        let ms = found(text);
        named_spans(text, &ms, &kb)
            .into_iter()
            .map(|(span, t)| (span.text(text).to_string(), t))
            .collect()
    }

    /// Whether `names` holds `text` typed `t`.
    fn has(names: &[(String, MentionType)], text: &str, t: MentionType) -> bool {
        names.iter().any(|(n, nt)| n == text && *nt == t)
    }

    #[test]
    fn a_name_before_a_firm_s_office_and_its_holder_is_the_firm() {
        for text in [
            "Shares rose after Brightwater CEO Dana Kowalczyk spoke on Monday.",
            "``We are not in a hurry,'' Summit CEO Rob Friedman told reporters.",
            "Orvell CEO Ines Baptiste resigned.",
        ] {
            let ns = names_of(text);
            let firm = text
                .split_whitespace()
                .take_while(|w| *w != "CEO")
                .last()
                .unwrap();
            assert!(has(&ns, firm, MentionType::ORG), "{text}: {ns:?}");
            assert!(
                !ns.iter().any(|(n, t)| n == firm && *t != MentionType::ORG),
                "{ns:?}"
            );
        }
        // Not a word that qualifies the office, nor one that opens the sentence.
        let ns = names_of("Former CEO Rob Friedman left the company.");
        assert!(!ns.iter().any(|(n, _)| n == "Former"), "{ns:?}");
        // Nor a word before "of" or "State" that `offices.txt` makes title words.
        let ns = names_of("Her cousin was hurt on the deck of the Empire State Building in 1997.");
        assert!(!has(&ns, "Empire", MentionType::ORG), "{ns:?}");
        let ns =
            names_of("His pledge was the Strategic Defense Initiative, a plan to build a shield.");
        assert!(!has(&ns, "Strategic", MentionType::ORG), "{ns:?}");
    }

    #[test]
    fn a_town_named_like_a_surname_beside_a_person_is_one() {
        for (text, pair) in [
            (
                "Stewart and Atherton put on 85 for the first wicket.",
                ["Stewart", "Atherton"],
            ),
            (
                "He was at a 1972 meeting with Mitchell and Nixon aide Jeb Magruder.",
                ["Mitchell", "Nixon"],
            ),
            (
                "The jury heard that Lopez and Carrasquillo were targeting rivals.",
                ["Lopez", "Carrasquillo"],
            ),
        ] {
            let ns = names_of(text);
            for name in pair {
                assert!(has(&ns, name, MentionType::PER), "{text}: {ns:?}");
            }
        }
        // Not a town and its state after a comma.
        let ns = names_of("Judge Carlton Reeves ruled in Jackson, Miss., on Thursday.");
        assert!(
            !ns.iter()
                .any(|(n, t)| n.starts_with("Miss") && *t == MentionType::PER),
            "{ns:?}"
        );
    }

    #[test]
    fn shouted_headlines_keep_a_name_s_small_words_products_and_players() {
        let ns = names_of("BANK OF JAPAN HOLDS RATES STEADY");
        assert!(has(&ns, "BANK OF JAPAN", MentionType::ORG), "{ns:?}");
        let ns = names_of("TRINIDAD AND TOBAGO HOLD CUBA");
        assert!(has(&ns, "TRINIDAD AND TOBAGO", MentionType::LOC), "{ns:?}");
        let ns = names_of("SONY PROFIT UP 60 PCT ON PLAYSTATION SALES");
        assert!(has(&ns, "PLAYSTATION", MentionType::MISC), "{ns:?}");
        // In a golf headline a town named like a surname is the player,
        // save after "AT"; in a team sport's it stays the club's town.
        let ns = names_of("GOLF - NORMAN LEADS BY TWO AT AKRON");
        assert!(has(&ns, "NORMAN", MentionType::PER), "{ns:?}");
        let ns = names_of("GOLF - FALDO LEADS AT NORMAN");
        assert!(has(&ns, "NORMAN", MentionType::LOC), "{ns:?}");
    }

    #[test]
    fn a_player_s_position_and_a_body_s_word_opening_a_sentence() {
        let ns = names_of("Quarterback Dale Kowalczyk threw three touchdown passes.");
        assert!(has(&ns, "Dale Kowalczyk", MentionType::PER), "{ns:?}");
        let ns = names_of("Transportation Department officials said they were looking into it.");
        assert!(
            has(&ns, "Transportation Department", MentionType::ORG),
            "{ns:?}"
        );
        // Not a function word, nor a shouted headline's words.
        let ns = names_of("The Department said so.");
        assert!(!ns.iter().any(|(n, _)| n.starts_with("The")), "{ns:?}");
        let ns = names_of("BREAKING NEWS - THREE DEAD IN FIRE");
        assert!(!has(&ns, "BREAKING NEWS", MentionType::ORG), "{ns:?}");
    }

    #[test]
    fn gulfs_publications_facilities_and_bodies_that_which_describes() {
        // "the Gulf" is the Persian Gulf, but not in "the Gulf of Mexico".
        let ns = names_of("Oil spilled into the Gulf of Mexico, far from the Gulf.");
        assert!(has(&ns, "Gulf of Mexico", MentionType::LOC), "{ns:?}");
        assert!(has(&ns, "Gulf", MentionType::LOC), "{ns:?}");
        let ns = names_of("In an interview with Time magazine, she said she was tired.");
        assert!(has(&ns, "Time", MentionType::ORG), "{ns:?}");
        let ns = names_of("He wrote for an Atlanta newspaper and a Jewish weekly.");
        assert!(has(&ns, "Atlanta", MentionType::LOC), "{ns:?}");
        assert!(!ns.iter().any(|(_, t)| *t == MentionType::ORG), "{ns:?}");
        let ns = names_of("Engineers cooled the reactors at the Fukushima Daiichi nuclear plant.");
        assert!(has(&ns, "Fukushima Daiichi", MentionType::LOC), "{ns:?}");
        let ns = names_of("Brevanta, which owned the rig, said it was not liable.");
        assert!(has(&ns, "Brevanta", MentionType::ORG), "{ns:?}");
        let ns = names_of("Deputies escorted Murray from the courtroom.");
        assert!(has(&ns, "Murray", MentionType::PER), "{ns:?}");
    }

    #[test]
    fn a_storm_a_phone_s_software_and_a_title_closed_after_the_stop() {
        let ns = names_of("Tropical Storm Fay dumped rain on Florida.");
        assert!(has(&ns, "Tropical Storm Fay", MentionType::MISC), "{ns:?}");
        let ns =
            names_of("Nokia will use its Windows Phone software, and a former eBay chief joined.");
        assert!(has(&ns, "Windows Phone", MentionType::MISC), "{ns:?}");
        assert!(has(&ns, "eBay", MentionType::ORG), "{ns:?}");
        let ns = names_of("He is the star of the BBC series \" Harbour Lights . \"");
        assert!(has(&ns, "Harbour Lights", MentionType::MISC), "{ns:?}");
    }

    #[test]
    fn an_agency_s_administration_a_share_in_zlotys_and_general_electric() {
        let ns = names_of("The Federal Highway Administration said it had received 37 complaints.");
        assert!(
            has(&ns, "Federal Highway Administration", MentionType::ORG),
            "{ns:?}"
        );
        let ns = names_of("Wolmarex rose 2.5 zlotys to 30.5 on news of a licence.");
        assert!(!has(&ns, "Wolmarex", MentionType::PER), "{ns:?}");
        let ns = names_of("General Electric said third-quarter profit rose 11 percent.");
        assert!(has(&ns, "General Electric", MentionType::ORG), "{ns:?}");
    }

    #[test]
    fn awards_shows_brothers_and_a_title_after_a_competition() {
        let ns = names_of("The singer won five Grammy awards for her album.");
        assert!(has(&ns, "Grammy", MentionType::MISC), "{ns:?}");
        let ns = names_of("He was fired from the CBS comedy \" Three Men and a Lighthouse . \"");
        assert!(
            has(&ns, "Three Men and a Lighthouse", MentionType::MISC),
            "{ns:?}"
        );
        let ns = names_of("Warner Bros said production would not resume.");
        assert!(has(&ns, "Warner Bros", MentionType::ORG), "{ns:?}");
        let ns = names_of("Quarterback Drew Brees was named the Super Bowl MVP.");
        assert!(has(&ns, "Super Bowl", MentionType::MISC), "{ns:?}");
    }

    #[test]
    fn a_title_of_one_common_word_right_after_another_title() {
        let ns = names_of("The star of \"Lantern Keeper\" and \"Ghost\" was 57.");
        assert!(has(&ns, "Lantern Keeper", MentionType::MISC), "{ns:?}");
        assert!(has(&ns, "Ghost", MentionType::MISC), "{ns:?}");
        let ns = names_of("He had just finished filming \"The Iron Orchard.\"");
        assert!(has(&ns, "The Iron Orchard", MentionType::MISC), "{ns:?}");
        // Alone, a quoted common word is no title.
        let ns = names_of("The star of the film said \"Ghost\" was the word.");
        assert!(!has(&ns, "Ghost", MentionType::MISC), "{ns:?}");
    }

    #[test]
    fn a_company_opens_a_title_case_headline() {
        for (text, firm) in [
            ("Microsoft Rushes Out Fix For Browser Flaw", "Microsoft"),
            ("Intel Cuts Chip Prices Again After Weak Quarter", "Intel"),
        ] {
            let ns = names_of(text);
            assert!(has(&ns, firm, MentionType::ORG), "{text}: {ns:?}");
        }
    }

    #[test]
    fn a_club_s_nickname_in_a_sports_headline_after_the_or_before_a_title() {
        let ns = names_of("BASKETBALL - BULLS BEAT KNICKS FOR 20TH WIN .");
        assert!(has(&ns, "BULLS", MentionType::ORG), "{ns:?}");
        let ns = names_of("AMERICAN FOOTBALL - COWBOYS EDGE EAGLES 21-19 .");
        assert!(has(&ns, "EAGLES", MentionType::ORG), "{ns:?}");
        // After "the", not the warplanes of `generic.tsv`.
        let ns = names_of("Tom Kowalczyk spent three seasons with the Jets before retiring.");
        assert!(has(&ns, "Jets", MentionType::ORG), "{ns:?}");
        let ns = names_of("Colts coach Dan Nowak said his side made too many mistakes.");
        assert!(has(&ns, "Colts", MentionType::ORG), "{ns:?}");
    }

    #[test]
    fn a_product_s_model_number_and_a_competition_s_year_belong_to_the_name() {
        let ns = names_of("Sales of Windows 95 beat forecasts, the company said.");
        assert!(has(&ns, "Windows 95", MentionType::MISC), "{ns:?}");
        let ns = names_of("Germany won Euro 96 at Wembley in June.");
        assert!(has(&ns, "Euro 96", MentionType::MISC), "{ns:?}");
        // A size or a count after the product is no model.
        let ns = names_of("The new MacBook Pro 17-inch costs more.");
        assert!(has(&ns, "MacBook Pro", MentionType::MISC), "{ns:?}");
    }

    #[test]
    fn a_ship_beside_a_vessel_noun_and_a_body_s_fleet() {
        let ns = names_of("Pirates seized the Northern Dawn , a Greek oil tanker , off Kenya .");
        assert!(has(&ns, "Northern Dawn", MentionType::MISC), "{ns:?}");
        let ns = names_of("The ferry Baltic Rose sank in a storm.");
        assert!(has(&ns, "Baltic Rose", MentionType::MISC), "{ns:?}");
        let ns = names_of("The U.S. Navy 's Fifth Fleet said it was watching the ship .");
        assert!(has(&ns, "U.S. Navy", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "Fifth Fleet", MentionType::ORG), "{ns:?}");
        let ns = names_of("Gas exports to Western Europe rose in November.");
        assert!(has(&ns, "Western Europe", MentionType::LOC), "{ns:?}");
    }

    #[test]
    fn craft_awards_founders_and_an_organization_s_body() {
        let ns =
            names_of("The agency said its Perseverance rover had drilled a second rock sample .");
        assert!(has(&ns, "Perseverance", MentionType::MISC), "{ns:?}");
        let ns = names_of("Her role in the war drama earned her an Oscar nomination last year .");
        assert!(has(&ns, "Oscar", MentionType::MISC), "{ns:?}");
        let ns = names_of("He won the Tony for best actor in a musical .");
        assert!(has(&ns, "Tony", MentionType::MISC), "{ns:?}");
        let ns = names_of("Tony Blair met the president on Friday .");
        assert!(has(&ns, "Tony Blair", MentionType::PER), "{ns:?}");
        let ns = names_of("Harmony founder Dana Whitcombe said the deal was done .");
        assert!(has(&ns, "Harmony", MentionType::ORG), "{ns:?}");
        let ns = names_of("The EU Naval Force said the crew of the freighter was safe .");
        assert!(has(&ns, "EU Naval Force", MentionType::ORG), "{ns:?}");
        let ns = names_of("Melting sea ice in the Arctic has shrunk the bears ' range .");
        assert!(has(&ns, "Arctic", MentionType::LOC), "{ns:?}");
        let ns = names_of("The probe is due to reach Jupiter in 2031 .");
        assert!(has(&ns, "Jupiter", MentionType::LOC), "{ns:?}");
    }

    #[test]
    fn saints_abbreviated_adjectives_of_a_seat_parties_and_teams() {
        let ns = names_of(
            "The flight from St. Paul landed late, said Dana Whitcombe of Fairview Financial.",
        );
        assert!(has(&ns, "St. Paul", MentionType::LOC), "{ns:?}");
        assert!(has(&ns, "Fairview Financial", MentionType::ORG), "{ns:?}");
        let ns = names_of("The Santa Barbara-based chain said sales fell.");
        assert!(ns.is_empty(), "{ns:?}");
        let ns =
            names_of("A veteran Ohio GOP organizer said the Presumptive GOP nominee had called.");
        assert!(has(&ns, "Ohio GOP", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "GOP", MentionType::ORG), "{ns:?}");
        assert!(!has(&ns, "Presumptive GOP", MentionType::ORG), "{ns:?}");
        let ns = names_of("Her memoir came out from Hollister Publishing in May.");
        assert!(has(&ns, "Hollister Publishing", MentionType::ORG), "{ns:?}");
        let ns = names_of("She skied for the Canadian Alpine Team for six seasons.");
        assert!(has(&ns, "Canadian Alpine Team", MentionType::ORG), "{ns:?}");
    }

    #[test]
    fn court_cases_point_releases_capes_and_federal_agencies() {
        let ns = names_of("The justices cited Tinker v. Des Moines in their ruling .");
        assert!(
            has(&ns, "Tinker v. Des Moines", MentionType::MISC),
            "{ns:?}"
        );
        let ns = names_of("The Denver vs. Dallas game starts at noon .");
        assert!(has(&ns, "Denver", MentionType::LOC), "{ns:?}");
        let ns = names_of("Users of Windows 8.1 were told to update by Friday .");
        assert!(has(&ns, "Windows 8.1", MentionType::MISC), "{ns:?}");
        let ns = names_of("The boat sank off Cape Hatteras , and the CDC sent a team .");
        assert!(has(&ns, "Cape Hatteras", MentionType::LOC), "{ns:?}");
        assert!(has(&ns, "CDC", MentionType::ORG), "{ns:?}");
        let ns =
            names_of("Dutch rider Peter Vos of Zonnebank won Liege-Bastogne-Liege on Sunday .");
        assert!(has(&ns, "Zonnebank", MentionType::ORG), "{ns:?}");
        assert!(
            has(&ns, "Liege-Bastogne-Liege", MentionType::MISC),
            "{ns:?}"
        );
        let ns = names_of("Divers reached the Ocean Ranger rig , and WikiLeaks said so .");
        assert!(has(&ns, "Ocean Ranger", MentionType::MISC), "{ns:?}");
        assert!(has(&ns, "WikiLeaks", MentionType::ORG), "{ns:?}");
        let ns = names_of(
            "Ken Marsh of Harbor Sports reports that the Libertarian nominee will not win .",
        );
        assert!(has(&ns, "Harbor Sports", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "Libertarian", MentionType::MISC), "{ns:?}");
        let ns = names_of("Deputies stopped a 2011 Dodge Charger on Route 9 , and the 2003 Carolina Panthers lost .");
        assert!(has(&ns, "Dodge Charger", MentionType::MISC), "{ns:?}");
        assert!(!has(&ns, "Carolina Panthers", MentionType::MISC), "{ns:?}");
        let ns = names_of("He wrote a history of the Confederate army .");
        assert!(has(&ns, "Confederate", MentionType::MISC), "{ns:?}");
    }

    #[test]
    fn a_chief_after_a_body_a_company_s_business_and_a_body_s_second_field() {
        let ns = names_of(
            "The gunman fired twice before fleeing , Brookfield Police Chief Dana Whitlow told reporters on Monday .",
        );
        assert!(has(&ns, "Brookfield Police", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "Dana Whitlow", MentionType::PER), "{ns:?}");
        let ns =
            names_of("On Monday , Sony Music said sales of the album had doubled since June .");
        assert!(has(&ns, "Sony Music", MentionType::ORG), "{ns:?}");
        let ns =
            names_of("The Department of Housing and Urban Development gave the city a grant .");
        assert!(
            has(
                &ns,
                "Department of Housing and Urban Development",
                MentionType::ORG
            ),
            "{ns:?}"
        );
        // Two bodies stay two.
        let ns = names_of("The University of Michigan and Ohio State will meet in the final .");
        assert!(
            has(&ns, "University of Michigan", MentionType::ORG),
            "{ns:?}"
        );
        // A title before one word of prose names no one.
        let ns = names_of("The president signed an Executive Order on guns after a long delay .");
        assert!(!ns.iter().any(|(n, _)| n == "Order"), "{ns:?}");
        // A venue of any size after AT in a sports headline.
        let ns = names_of("HORSE RACING - DETTORI RIDES TREBLE AT SANDOWN .");
        assert!(has(&ns, "SANDOWN", MentionType::LOC), "{ns:?}");
        assert!(!has(&ns, "TREBLE", MentionType::PER), "{ns:?}");
    }

    #[test]
    fn shares_that_move_a_trade_before_a_name_and_a_league() {
        let ns = names_of("Wexler shares rose 2 percent in late trading on Tuesday .");
        assert!(has(&ns, "Wexler", MentionType::ORG), "{ns:?}");
        let ns = names_of("He hit his former girlfriend , the rapper Zorvanka , last year .");
        assert!(has(&ns, "Zorvanka", MentionType::PER), "{ns:?}");
        let ns = names_of("Ortiz was banned for breaking Major League Baseball 's drug rules .");
        assert!(
            has(&ns, "Major League Baseball", MentionType::ORG),
            "{ns:?}"
        );
        let ns = names_of("NASA delayed the launch of the space shuttle Atlantis again .");
        assert!(has(&ns, "Atlantis", MentionType::MISC), "{ns:?}");
        let ns = names_of("The film won three Oscars and two Emmys for its makers .");
        assert!(has(&ns, "Oscars", MentionType::MISC), "{ns:?}");
        let ns = names_of("SOCCER - SERIE A STANDINGS .");
        assert!(has(&ns, "SERIE A", MentionType::MISC), "{ns:?}");
        let ns = names_of("BASKETBALL - EUROLEAGUE RESULTS .");
        assert!(has(&ns, "EUROLEAGUE", MentionType::MISC), "{ns:?}");
    }

    #[test]
    fn a_body_s_purpose_after_its_head_and_a_known_person_s_initials() {
        let ns = names_of(
            "The rebels of the National Council for the Defence of Democracy have fought since 1993 .",
        );
        assert!(
            has(
                &ns,
                "National Council for the Defence of Democracy",
                MentionType::ORG
            ),
            "{ns:?}"
        );
        let ns = names_of("He spoke at the Brennan Center for Justice's forum on Monday .");
        assert!(
            has(&ns, "Brennan Center for Justice", MentionType::ORG),
            "{ns:?}"
        );
        let ns =
            names_of("Her Indian counterpart H.D. Deve Gowda signed the accord in New Delhi .");
        assert!(has(&ns, "H.D. Deve Gowda", MentionType::PER), "{ns:?}");
    }

    #[test]
    fn a_postal_code_after_a_town_and_a_common_plural_opening_a_sentence() {
        let ns = names_of("The tour ends at the Pepsi Center in Denver, CO on August 30 .");
        assert!(has(&ns, "CO", MentionType::LOC), "{ns:?}");
        let ns =
            names_of("Food diaries help . Studies show that a diary helps people lose weight .");
        assert!(!ns.iter().any(|(n, _)| n == "Studies"), "{ns:?}");
        // A surname that reports is still a person.
        let ns = names_of("Edwards said he would run again in the spring .");
        assert!(has(&ns, "Edwards", MentionType::PER), "{ns:?}");
    }

    #[test]
    fn a_contraction_is_no_name_and_a_town_named_like_a_speaker_after_the_cue_is_one() {
        let ns = names_of("`` We've learned a lot from this , '' said Bodiford .");
        assert!(!ns.iter().any(|(n, _)| n == "We've"), "{ns:?}");
        // Nor is a degree after a name.
        let ns = names_of("Dana Whitlow , MD , MBA , runs the clinic in the town .");
        assert!(!ns.iter().any(|(n, _)| n == "MD" || n == "MBA"), "{ns:?}");
        let ns = names_of("`` We show anger , '' said Harvey , who backed him late .");
        assert!(has(&ns, "Harvey", MentionType::PER), "{ns:?}");
        let ns = names_of("She checked into a Southern California clinic on Thursday .");
        assert!(has(&ns, "Southern California", MentionType::LOC), "{ns:?}");
    }

    #[test]
    fn a_name_after_an_honorific_is_a_person_s_even_a_title_s_word() {
        let ns = names_of("`` They pay us well , '' Mr. King said on Tuesday .");
        assert!(has(&ns, "King", MentionType::PER), "{ns:?}");
        let ns = names_of("Mrs. Bishop told the court she was innocent of the charges last year .");
        assert!(has(&ns, "Bishop", MentionType::PER), "{ns:?}");
        let ns =
            names_of("Attendees , including Mr. Kowalczyk of Evercore , gave 2,700 dollars each .");
        assert!(has(&ns, "Kowalczyk", MentionType::PER), "{ns:?}");
        // An address, not a surname.
        let ns = names_of("That was a fine speech , Mr. President , Steve Cohen told him .");
        assert!(!ns.iter().any(|(n, _)| n == "President"), "{ns:?}");
    }

    #[test]
    fn a_body_s_leading_article_an_avenue_and_a_clerk() {
        let ns = names_of("`` I ran , '' he told The Associated Press on Friday .");
        assert!(has(&ns, "Associated Press", MentionType::ORG), "{ns:?}");
        let ns = names_of("They marched west on Church Ave. toward the precinct .");
        assert!(has(&ns, "Church Ave.", MentionType::LOC), "{ns:?}");
        let ns = names_of("The two men live in Bruce Township , police said on Friday .");
        assert!(has(&ns, "Bruce Township", MentionType::LOC), "{ns:?}");
        let ns = names_of(
            "The shop had closed years ago , Elkton City Clerk Dana Whitlow told reporters .",
        );
        assert!(has(&ns, "Dana Whitlow", MentionType::PER), "{ns:?}");
        let ns = names_of(
            "Cables were also cut in January , causing outages in the Mideast and India .",
        );
        assert!(has(&ns, "Mideast", MentionType::LOC), "{ns:?}");
    }

    #[test]
    fn an_office_s_body_a_club_named_with_a_number_and_a_title_with_a_people_s_word() {
        let ns = names_of(
            "A deputy with the Lake County Sheriff's Department was hurt during a traffic stop on Monday .",
        );
        assert!(
            has(&ns, "Lake County Sheriff's Department", MentionType::ORG),
            "{ns:?}"
        );
        let ns = names_of(
            "The Philadelphia 76ers beat the 49ers of basketball , the Nets , on Friday .",
        );
        assert!(has(&ns, "Philadelphia 76ers", MentionType::ORG), "{ns:?}");
        let ns = names_of("NY GIANTS 13 New England 23");
        assert!(has(&ns, "NY GIANTS", MentionType::ORG), "{ns:?}");
        let ns =
            names_of("She starred in the `` American Summer '' films and in a television show .");
        assert!(has(&ns, "American Summer", MentionType::MISC), "{ns:?}");
    }

    #[test]
    fn a_place_before_state_is_no_speaker() {
        let ns =
            names_of("Oil was found off Sao Paulo state, and Ohio state director Ann Lee spoke.");
        assert!(has(&ns, "Sao Paulo", MentionType::LOC), "{ns:?}");
        assert!(has(&ns, "Ohio", MentionType::LOC), "{ns:?}");
        // Still a speaker when it is none of the gazetteer's places.
        let ns = names_of("Kowalczyk and Nowak state that the oil was found.");
        assert!(has(&ns, "Nowak", MentionType::PER), "{ns:?}");
    }

    #[test]
    fn an_arm_or_affiliate_in_apposition_is_a_body_and_a_score_before_with_a_club() {
        let ns = names_of("Vandrell , the German arm of GM , said sales rose 4 percent .");
        assert!(has(&ns, "Vandrell", MentionType::ORG), "{ns:?}");
        let ns = names_of("Cantona was booked and Manchester United drew 1-1 with Southampton .");
        assert!(has(&ns, "Southampton", MentionType::ORG), "{ns:?}");
        let ns = names_of("He moved to Southampton with his family in 1990 .");
        assert!(has(&ns, "Southampton", MentionType::LOC), "{ns:?}");
    }

    #[test]
    fn closing_words_of_firms_and_chambers() {
        let ns = names_of("Brokers at Nomura Securities said the Chamber of Deputies would vote.");
        assert!(has(&ns, "Nomura Securities", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "Chamber of Deputies", MentionType::ORG), "{ns:?}");
        let ns = names_of("The Securities and Exchange Commission fined the firm.");
        assert!(
            has(&ns, "Securities and Exchange Commission", MentionType::ORG),
            "{ns:?}"
        );
        let ns = names_of("He won a third straight U.S. Amateur title.");
        assert!(has(&ns, "U.S. Amateur", MentionType::MISC), "{ns:?}");
    }

    #[test]
    fn products_of_the_list_are_misc_whole() {
        let ns = names_of(
            "The firm said its Windows NT software and Internet Explorer were patched, and the iPhone too.",
        );
        assert!(has(&ns, "Windows NT", MentionType::MISC), "{ns:?}");
        assert!(has(&ns, "Internet Explorer", MentionType::MISC), "{ns:?}");
        assert!(has(&ns, "iPhone", MentionType::MISC), "{ns:?}");
        assert!(!ns.iter().any(|(n, _)| n == "Explorer"), "{ns:?}");
        let ns = names_of("Officers used a Taser on him, and buyers queued for MacBook Pros.");
        assert!(has(&ns, "Taser", MentionType::MISC), "{ns:?}");
        assert!(has(&ns, "MacBook Pros", MentionType::MISC), "{ns:?}");
    }

    #[test]
    fn a_quoted_title_near_a_word_of_a_work_is_misc_whole() {
        let ns = names_of(
            "She starred in ``The Lantern Keeper'' and ``Harbor Lights,'' then hosted the show \"Night Shift with Dana Ruiz.\"",
        );
        assert!(has(&ns, "The Lantern Keeper", MentionType::MISC), "{ns:?}");
        assert!(has(&ns, "Harbor Lights", MentionType::MISC), "{ns:?}");
        assert!(
            has(&ns, "Night Shift with Dana Ruiz", MentionType::MISC),
            "{ns:?}"
        );
        assert!(!ns.iter().any(|(n, _)| n == "Dana Ruiz"), "{ns:?}");
        let ns = names_of("He is best known for the ``Iron Orchard'' series of films.");
        assert!(has(&ns, "Iron Orchard", MentionType::MISC), "{ns:?}");
        // A person's alias, quoted speech and a quoted person's name are no titles.
        let ns = names_of("The informant known as ``Grey Falcon'' died on Monday.");
        assert!(!has(&ns, "Grey Falcon", MentionType::MISC), "{ns:?}");
        let ns = names_of("\"We Will Win,\" he told the film crew.");
        assert!(!ns.iter().any(|(_, t)| *t == MentionType::MISC), "{ns:?}");
        let ns = names_of("The movie's hero, Anthony \"Big Tony\" Marchetti, was played by him.");
        assert!(!has(&ns, "Big Tony", MentionType::MISC), "{ns:?}");
    }

    #[test]
    fn a_reporting_name_never_runs_over_a_line_break() {
        // A heading with no full stop, then a paragraph that opens with the speaker.
        let text = "Ceasefire Talks\n\nJohn Tarrow said the talks would go on.";
        let ns = names_of(text);
        assert!(has(&ns, "John Tarrow", MentionType::PER), "{ns:?}");
        assert!(found(text)
            .iter()
            .all(|m| !m.span.text(text).contains('\n')));
    }

    #[test]
    fn a_town_then_a_plural_is_its_team() {
        let ns = names_of(
            "A former New England Patriots lineman met Buffalo Bills owner Ralph Wilson and Washington Williams.",
        );
        assert!(has(&ns, "New England Patriots", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "Buffalo Bills", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "Williams", MentionType::PER), "{ns:?}");
        let ns = names_of("“It is fine,” said David Nevins, the chief executive.");
        assert!(has(&ns, "David Nevins", MentionType::PER), "{ns:?}");
        // A club's word before a town: the club.
        let ns = names_of("Real Madrid beat Sporting Lisbon, and Blackburn Rovers lost.");
        for club in ["Real Madrid", "Sporting Lisbon", "Blackburn Rovers"] {
            assert!(has(&ns, club, MentionType::ORG), "{club}: {ns:?}");
        }
    }

    #[test]
    fn a_possessor_and_the_name_it_owns_are_two_names() {
        for line in [
            "China's Foreign Ministry said it would reply.",
            "China 's Foreign Ministry said it would reply .",
        ] {
            let ns = names_of(line);
            assert!(has(&ns, "China", MentionType::LOC), "{line}: {ns:?}");
            assert!(
                has(&ns, "Foreign Ministry", MentionType::ORG),
                "{line}: {ns:?}"
            );
        }
    }

    #[test]
    fn a_common_plural_opening_a_sentence_names_nobody_but_a_surname_may() {
        let ns = names_of("Dealers said the dollar fell. Witnesses say they ran.");
        assert!(ns.is_empty(), "{ns:?}");
        let ns = names_of("Banks said he would appeal.");
        assert!(has(&ns, "Banks", MentionType::PER), "{ns:?}");
    }

    #[test]
    fn what_is_held_a_share_of_is_a_company_and_a_tokenized_possessive_is_known() {
        let ns = names_of("Deutsche Bank raised its stake in Kestrelwerke to 24 percent.");
        assert!(has(&ns, "Kestrelwerke", MentionType::ORG), "{ns:?}");
        let ms = mentions("Moody 's Investors Service upgraded the bonds.");
        assert_eq!(
            find_text(&ms, "Moody 's").2.as_deref(),
            Some("Moody's Corporation")
        );
    }

    #[test]
    fn a_legislature_named_by_its_capitalized_word_is_a_body() {
        let ns = names_of("The bill went to the Senate, and the minister told Parliament.");
        assert!(has(&ns, "Senate", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "Parliament", MentionType::ORG), "{ns:?}");
        let ns = names_of("The bill went to the senate, and the army left.");
        assert!(ns.is_empty(), "{ns:?}");
    }

    #[test]
    fn a_speaker_or_a_leader_is_a_title_before_the_name() {
        for (line, who) in [
            (
                "House Speaker Newt Gingrich told reporters.",
                "Newt Gingrich",
            ),
            (
                "Senate Majority Leader Trent Lott said the vote would be close.",
                "Trent Lott",
            ),
        ] {
            let ns = names_of(line);
            assert!(has(&ns, who, MentionType::PER), "{line}: {ns:?}");
            assert!(
                ns.iter()
                    .all(|(n, _)| !n.contains("Speaker") && !n.contains("Leader")),
                "{ns:?}"
            );
        }
    }

    #[test]
    fn a_surname_by_its_ending_reports_as_a_person() {
        let ns = names_of("Asked about the report, Primakov said it was false.");
        assert!(has(&ns, "Primakov", MentionType::PER), "{ns:?}");
    }

    #[test]
    fn a_small_town_s_name_before_a_modal_is_a_person() {
        let ns = names_of("Clinton said Dole would raise taxes.");
        assert!(has(&ns, "Dole", MentionType::PER), "{ns:?}");
    }

    #[test]
    fn a_small_town_s_name_done_to_aged_or_owning_a_person_s_thing_is_a_person() {
        for line in [
            "An officer stopped Jackson after a chase.",
            "Jackson, 24, was released on bail.",
            "Nobody knew Jackson's blood-alcohol level.",
        ] {
            let ns = names_of(line);
            assert!(has(&ns, "Jackson", MentionType::PER), "{line}: {ns:?}");
        }
        for line in [
            "Officials told Jackson residents to boil water.",
            "Jackson's mayor declared an emergency.",
            "He visited Jackson in May.",
        ] {
            let ns = names_of(line);
            assert!(has(&ns, "Jackson", MentionType::LOC), "{line}: {ns:?}");
        }
    }

    #[test]
    fn a_state_s_national_bank_is_no_listed_company() {
        let ms = mentions("The Czech National Bank raised its rate.");
        assert_eq!(
            find_text(&ms, "Czech National Bank").1.as_deref(),
            Some("CZE")
        );
        let ns = names_of("The Czech National Bank raised its rate.");
        assert!(has(&ns, "Czech National Bank", MentionType::ORG), "{ns:?}");
    }

    #[test]
    fn a_state_s_abbreviation_after_a_town_names_the_state() {
        let ms =
            mentions("She grew up in Dover, Del., and coached in Chapel Hill, N.C. for years.");
        assert_eq!(find_text(&ms, "Del.").2.as_deref(), Some("Delaware"));
        assert_eq!(find_text(&ms, "Dover").1.as_deref(), Some("USA"));
        assert_eq!(find_text(&ms, "N.C.").2.as_deref(), Some("North Carolina"));
        let ns =
            names_of("She grew up in Dover, Del., and coached in Chapel Hill, N.C. for years.");
        assert!(has(&ns, "N.C.", MentionType::LOC), "{ns:?}");
        // Alone, the abbreviation is a word: "Mass." is a church service.
        let ns = names_of("They went to Mass. Later they ate.");
        assert!(ns.is_empty(), "{ns:?}");
        // A compass word and a place may name another place whole.
        let ms = mentions("Top-ranked North Carolina beat Evansville 91-73.");
        assert_eq!(find_text(&ms, "North Carolina").1.as_deref(), Some("USA"));
        let ns = names_of("Top-ranked North Carolina waited for its coach.");
        assert!(has(&ns, "North Carolina", MentionType::ORG), "{ns:?}");
    }

    #[test]
    fn a_surname_is_no_city_s_alternate_name_and_odessa_is_in_ukraine() {
        let ns = names_of("Manning finished with 29 of 34 passes.");
        assert!(has(&ns, "Manning", MentionType::PER), "{ns:?}");
        let ms = mentions("Drones struck Odessa overnight, and pilgrims reached Medina.");
        assert_eq!(find_text(&ms, "Odessa").1.as_deref(), Some("UKR"));
        assert_eq!(find_text(&ms, "Medina").1.as_deref(), Some("SAU"));
    }

    #[test]
    fn a_legal_form_closes_a_company_s_name() {
        let ns = names_of("Kestrelwerke AG reported a loss, and so did Brackwell Holz GmbH.");
        assert!(has(&ns, "Kestrelwerke AG", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "Brackwell Holz GmbH", MentionType::ORG), "{ns:?}");
    }

    #[test]
    fn towns_and_leaders_of_the_wars_in_the_news_resolve() {
        let ms = mentions(
            "Russia claimed gains near Pokrovsk, and President Volodymyr Zelenskiy said the SBU had struck a refinery.",
        );
        assert_eq!(find_text(&ms, "Pokrovsk").1.as_deref(), Some("UKR"));
        assert_eq!(
            find_text(&ms, "Volodymyr Zelenskiy").2.as_deref(),
            Some("Volodymyr Zelensky")
        );
        assert_eq!(
            find_text(&ms, "SBU").2.as_deref(),
            Some("Security Service of Ukraine")
        );
    }

    #[test]
    fn an_armed_group_s_description_and_a_national_organ_s_its() {
        let ms = mentions(
            "The RSF accused the army and its Islamist allies of lying. Army spokesman Nabil Abdallah said the paramilitary group had shelled the camp.",
        );
        assert_eq!(find_text(&ms, "its").2.as_deref(), Some("army"));
        assert_eq!(
            find_text(&ms, "group").2.as_deref(),
            Some("Rapid Support Forces")
        );
        // An adjective before "group" makes it an armed group's description
        // only: "the advocacy group" is not linked so.
        let ms =
            mentions("Amnesty International criticized the plan. The advocacy group held a rally.");
        assert_ne!(
            find_text(&ms, "group").2.as_deref(),
            Some("Amnesty International")
        );
        // Not a head used as a noun's modifier: "military power".
        let ms =
            mentions("The U.S. is the foremost military power, though its equipment has aged.");
        assert_eq!(find_text(&ms, "its").2.as_deref(), Some("United States"));
    }

    #[test]
    fn the_warring_sides_are_no_one_country_s() {
        let ms = mentions("The African Union urged the warring sides in Sudan to hold talks.");
        assert_eq!(find_text(&ms, "warring sides").1, None);
    }

    #[test]
    fn the_group_is_no_state_s_body_named_between() {
        let ms = mentions(
            "Houthi rebels seized a ship, the Pentagon said, after the group fired two missiles.",
        );
        assert_eq!(find_text(&ms, "group").2.as_deref(), Some("Houthis"));
        assert_eq!(find_text(&ms, "two missiles").1.as_deref(), Some("YEM"));
    }

    #[test]
    fn a_possessive_in_an_attack_s_object_is_not_the_attacker_s() {
        let ms = mentions(
            "The Houthis said US and British warplanes had bombed their positions in Hodeidah.",
        );
        assert_eq!(find_text(&ms, "their").2.as_deref(), Some("Houthis"));
        // Whose the attacked thing is: the sentence's first party, not the
        // one named last.
        let ms = mentions(
            "The Houthi movement said it would keep targeting ships linked to Israel, a day after US warplanes struck its positions.",
        );
        let its = ms.iter().rfind(|m| m.0 == "its").unwrap();
        assert_eq!(its.2.as_deref(), Some("Houthis"));
        // What an attacker owns stays his ("struck their targets", "attacked
        // his rival").
        let ms = mentions("The Houthis said British warplanes had struck their targets.");
        assert_eq!(find_text(&ms, "their").1.as_deref(), Some("GBR"));
        let ms = mentions("Iran said Israel attacked its rivals in Syria.");
        assert_eq!(find_text(&ms, "its").1.as_deref(), Some("ISR"));
        // An attack named by a noun is its possessor's.
        let ms = mentions(
            "Syria complained on Monday. Israel's strikes on its territory must stop, the letter said.",
        );
        assert_eq!(find_text(&ms, "its").1.as_deref(), Some("SYR"));
    }

    #[test]
    fn a_person_described_in_apposition_is_of_the_title_s_owner() {
        let code = |text: &str, name: &str| find_text(&mentions(text), name).1.clone();
        assert_eq!(
            code(
                "Iran's ambassador to the UN, Amir Saeid Iravani, said.",
                "Amir Saeid Iravani"
            )
            .as_deref(),
            Some("IRN")
        );
        assert_eq!(
            code(
                "Amir Saeid Iravani, Iran's ambassador to the UN, said.",
                "Amir Saeid Iravani"
            )
            .as_deref(),
            Some("IRN")
        );
        assert_eq!(
            code(
                "The United Nations envoy, Hans Grundberg, met Houthi negotiators.",
                "Hans Grundberg"
            )
            .as_deref(),
            Some("IGO")
        );
        assert_eq!(
            code(
                "Hossam Zaki, the Arab League's assistant secretary-general, said.",
                "Hossam Zaki"
            )
            .as_deref(),
            Some("IGO")
        );
        // A spokesman is of what he is "for"; a name joined to a word
        // only qualifies it.
        assert_eq!(
            code(
                "Ivan Petrovsky, a spokesman for the Russian embassy in Ankara, said.",
                "Ivan Petrovsky"
            )
            .as_deref(),
            Some("RUS")
        );
        assert_eq!(
            code("They backed Fayez Serraj, the prime minister of the U.N.-backed Libyan government.", "Fayez Serraj")
                .as_deref(),
            Some("LBY")
        );
    }

    #[test]
    fn armed_groups_and_provinces_beyond_the_middle_east_resolve() {
        let ms = mentions(
            "The Tamil Tigers clashed with troops, and Shining Path rebels fled from Helmand to British Columbia.",
        );
        assert_eq!(find_text(&ms, "Tamil Tigers").1.as_deref(), Some("LKA"));
        assert_eq!(
            find_text(&ms, "Shining Path rebels").1.as_deref(),
            Some("PER")
        );
        assert_eq!(find_text(&ms, "Helmand").1.as_deref(), Some("AFG"));
        assert_eq!(find_text(&ms, "British Columbia").1.as_deref(), Some("CAN"));
    }

    #[test]
    fn a_lower_case_particle_joins_a_name_and_a_capitalized_one_opens_it() {
        for (line, name) in [
            (
                "Louis van Gaal said his side had been unlucky.",
                "Louis van Gaal",
            ),
            (
                "Juan Martin del Potro said he was tired.",
                "Juan Martin del Potro",
            ),
            ("Bush snatched victory from Al Gore.", "Al Gore"),
            ("Prosecutors charged Van Dyke with murder.", "Van Dyke"),
        ] {
            let ns = names_of(line);
            assert!(has(&ns, name, MentionType::PER), "{name}: {ns:?}");
        }
        // A capitalized word spelled like a particle is a word of its own.
        let ns = names_of("Staff filed the DOS participation list.");
        assert!(has(&ns, "DOS", MentionType::ORG), "{ns:?}");
    }

    #[test]
    fn peoples_joined_by_a_hyphen_are_one_misc_name() {
        let ns =
            names_of("The Israeli-Palestinian talks resumed, and the Moslem-Croat federation met.");
        assert!(has(&ns, "Israeli-Palestinian", MentionType::MISC), "{ns:?}");
        assert!(has(&ns, "Moslem-Croat", MentionType::MISC), "{ns:?}");
        let ns = names_of("The Kestrel-Bay talks resumed.");
        assert!(!has(&ns, "Kestrel-Bay", MentionType::MISC), "{ns:?}");
    }

    #[test]
    fn a_body_named_with_a_bare_head_takes_no_sector_from_it() {
        let text =
            "Kestrel Analytics Group said the deal was off. The Kestrel Liberation Army attacked.";
        let ms = found(text);
        let sector = |name: &str| {
            ms.iter()
                .find(|m| m.span.text(text) == name)
                .and_then(|m| m.entity.as_ref())
                .map(|e| e.sector.clone())
        };
        assert_eq!(sector("Kestrel Analytics Group"), Some(None), "{ms:?}");
        assert!(
            sector("Kestrel Liberation Army").flatten().is_some(),
            "{ms:?}"
        );
    }

    #[test]
    fn one_common_noun_before_an_office_names_no_body() {
        let ns = names_of("Police Chief Scott Russell, 46, was injured.");
        assert!(!ns.iter().any(|(n, _)| n == "Police"), "{ns:?}");
        assert!(has(&ns, "Scott Russell", MentionType::PER), "{ns:?}");
        let ns = names_of("Philadelphia District Attorney Lynne Abraham spoke.");
        assert!(has(&ns, "Philadelphia", MentionType::LOC), "{ns:?}");
    }

    #[test]
    fn a_listed_company_is_business_of_its_country() {
        let text = "Shares of Intel Corp. fell, and Siemens said it would cut jobs.";
        let ms = found(text);
        let intel = ms
            .iter()
            .find(|m| m.span.text(text).starts_with("Intel Corp"))
            .expect("Intel Corp.");
        let e = intel.entity.as_ref().expect("resolved");
        assert_eq!(
            (e.code.as_deref(), e.sector.as_deref()),
            (Some("USA"), Some("BUS"))
        );
        let siemens = ms
            .iter()
            .find(|m| m.span.text(text) == "Siemens")
            .expect("Siemens");
        let e = siemens.entity.as_ref().expect("resolved");
        assert_eq!(e.code.as_deref(), Some("DEU"));
        // A curated one the indices leave out.
        let text = "Gazprom cut gas supplies.";
        let e = found(text)
            .into_iter()
            .find_map(|m| m.entity)
            .expect("Gazprom");
        assert_eq!(
            (e.code.as_deref(), e.sector.as_deref()),
            (Some("RUS"), Some("BUS"))
        );
        // Not a word of a longer name, not after "the", not an acronym in
        // parentheses after its own name.
        let ns = names_of(
            "Police Capt. Tom Tennant said the Amazon was burning. The Islamic Salvation Front (FIS) agreed.",
        );
        assert!(has(&ns, "Tom Tennant", MentionType::PER), "{ns:?}");
        let ms = found("He said the Amazon was burning. The Islamic Salvation Front (FIS) agreed.");
        assert!(
            !ms.iter().any(|m| m
                .entity
                .as_ref()
                .is_some_and(|e| e.sector.as_deref() == Some("BUS"))),
            "{ms:?}"
        );
    }

    #[test]
    fn a_town_s_name_that_is_a_person_s_is_the_person() {
        let ns = names_of(
            "Peyton Manning threw three touchdowns. Manning finished with 29 passes, and Ms. Palin watched in Jackson.",
        );
        assert!(has(&ns, "Manning", MentionType::PER), "{ns:?}");
        assert!(has(&ns, "Palin", MentionType::PER), "{ns:?}");
        assert!(has(&ns, "Jackson", MentionType::LOC), "{ns:?}");
        // Alone in its line: a small town's name that is a census surname
        // and acts as a person, or is joined to one, is the person.
        let ns = names_of("Jackson failed sobriety tests.");
        assert!(has(&ns, "Jackson", MentionType::PER), "{ns:?}");
        let ns = names_of("The bill was backed by Clinton and Dole.");
        assert!(has(&ns, "Dole", MentionType::PER), "{ns:?}");
        let ns = names_of("Jackson is a city of 150,000 people in Mississippi.");
        assert!(has(&ns, "Jackson", MentionType::LOC), "{ns:?}");
        // A small town's name written as an acronym is a body's.
        let ns = names_of("The chips are made for ATI on contract, analysts said.");
        assert!(has(&ns, "ATI", MentionType::ORG), "{ns:?}");
        // So is a city's inside a line (Aba, Nigeria, is no dateline here).
        let ns = names_of("In addition to the ABA, a coalition of lawyers objected.");
        assert!(has(&ns, "ABA", MentionType::ORG), "{ns:?}");
    }

    #[test]
    fn an_acronym_or_a_club_word_then_a_city_is_its_club_and_a_shire_is_a_place() {
        let ns = names_of("Inter Milan beat PSV Eindhoven, and Leicestershire beat Somerset.");
        assert!(has(&ns, "Inter Milan", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "PSV Eindhoven", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "Leicestershire", MentionType::ORG), "{ns:?}");
        let ns = names_of("He grew up in rural Lincolnshire. Jeb Bush met Merrick Garland.");
        assert!(has(&ns, "Lincolnshire", MentionType::LOC), "{ns:?}");
        assert!(has(&ns, "Jeb Bush", MentionType::PER), "{ns:?}");
        assert!(has(&ns, "Merrick Garland", MentionType::PER), "{ns:?}");
    }

    #[test]
    fn a_shouted_name_is_typed_by_its_words_unless_it_is_a_known_place() {
        // (Each line read alone, as `sitrep actors --lines` reads a table's.)
        let ns = names_of("EASTERN CONFERENCE");
        assert!(has(&ns, "EASTERN CONFERENCE", MentionType::MISC), "{ns:?}");
        let ns = names_of("NEWPORT NEWS, Va.");
        assert!(has(&ns, "NEWPORT NEWS", MentionType::LOC), "{ns:?}");
    }

    #[test]
    fn a_stock_index_is_misc() {
        let ns = names_of("The Nikkei average fell, the Hang Seng rose and the DAX closed lower.");
        for index in ["Nikkei", "Hang Seng", "DAX"] {
            assert!(has(&ns, index, MentionType::MISC), "{ns:?}");
        }
    }

    #[test]
    fn a_city_shouted_in_a_dateline_is_the_city() {
        for (line, city) in [
            ("BONN 1996-08-22", "BONN"),
            ("GAZA 1996-08-22", "GAZA"),
            ("AL-AIN , United Arab Emirates 1996-12-06", "AL-AIN"),
        ] {
            let ns = names_of(line);
            assert!(has(&ns, city, MentionType::LOC), "{ns:?}");
        }
    }

    #[test]
    fn a_lone_name_that_reports_is_a_body_when_it_is_an_it() {
        let ns = names_of("The patch fixes a hole that Microsoft says it found in May.");
        assert!(has(&ns, "Microsoft", MentionType::ORG), "{ns:?}");
        let ns = names_of(
            "The update came from Microsoft on Monday. The hole that Microsoft says was used by hackers is fixed.",
        );
        assert!(has(&ns, "Microsoft", MentionType::ORG), "{ns:?}");
        // Alone, with nothing more said of it, it is a surname.
        let ns = names_of("The talks failed, Okonkwo said on Monday.");
        assert!(has(&ns, "Okonkwo", MentionType::PER), "{ns:?}");
        let ns = names_of("Raila Odinga met the board. Odinga said the talks had failed.");
        assert!(has(&ns, "Odinga", MentionType::PER), "{ns:?}");
        let ns = names_of("Asked about the levy, Odinga said he had not decided.");
        assert!(has(&ns, "Odinga", MentionType::PER), "{ns:?}");
    }

    #[test]
    fn a_title_inside_a_run_parts_the_body_from_the_person() {
        let ns = names_of(
            "He failed sobriety tests, said California Highway Patrol Officer Ray Scheidnes on Monday.",
        );
        assert!(has(&ns, "Ray Scheidnes", MentionType::PER), "{ns:?}");
        assert!(
            has(&ns, "California Highway Patrol", MentionType::ORG),
            "{ns:?}"
        );
        // The office's own words do not keep its body from the person.
        let ms = mentions(
            "United Nations Human Rights Commissioner Michelle Bachelet voiced concern on Monday.",
        );
        assert_eq!(
            find_text(&ms, "Michelle Bachelet").1.as_deref(),
            Some("IGO"),
            "{ms:?}"
        );
    }

    #[test]
    fn a_name_closing_in_a_plural_is_a_team_and_a_surname_is_a_person() {
        let ns = names_of("On Thursday the Tar Heels beat visiting Evansville by 18 points.");
        assert!(has(&ns, "Tar Heels", MentionType::ORG), "{ns:?}");
        let ns =
            names_of("On Thursday fans of Garth Brooks and Alexandros Grigoropoulos gathered.");
        assert!(has(&ns, "Garth Brooks", MentionType::PER), "{ns:?}");
        assert!(
            has(&ns, "Alexandros Grigoropoulos", MentionType::PER),
            "{ns:?}"
        );
    }

    #[test]
    fn a_surname_alone_after_the_full_name_is_the_person() {
        let ns = names_of(
            "The host will be Hugh Jackman, officials said.\nIt is clear that Jackman has come into his own.",
        );
        assert_eq!(
            ns.iter()
                .filter(|(n, t)| n == "Jackman" && *t == MentionType::PER)
                .count(),
            1,
            "{ns:?}"
        );
    }

    #[test]
    fn a_month_is_no_person_and_a_product_acronym_no_body() {
        let ns = names_of(
            "The girl was killed last May in Albany. He rode there on May 29 after a DUI arrest.",
        );
        assert!(!ns.iter().any(|(n, _)| n == "May" || n == "DUI"), "{ns:?}");
    }

    #[test]
    fn a_holiday_is_misc_and_no_person() {
        let ns = names_of(
            "Families were shopping for Eid when the blast broke the peace of Ramadan. \
             Offices shut for Yom Kippur. The ship reached Christmas Island.",
        );
        assert!(has(&ns, "Eid", MentionType::MISC), "{ns:?}");
        assert!(has(&ns, "Ramadan", MentionType::MISC), "{ns:?}");
        assert!(has(&ns, "Yom Kippur", MentionType::MISC), "{ns:?}");
        assert!(has(&ns, "Christmas Island", MentionType::LOC), "{ns:?}");
    }

    #[test]
    fn a_function_word_opening_a_sentence_before_a_cue_is_no_name() {
        let ns = names_of("The report was wrong. To clarify: Kurdish forces advise the militia.");
        assert!(!ns.iter().any(|(n, _)| n == "To"), "{ns:?}");
    }

    #[test]
    fn a_place_word_after_a_demonym_or_a_compass_word_names_the_place() {
        let ns =
            names_of("The tsunami swept across the Indian Ocean and reached North Philadelphia.");
        assert!(has(&ns, "Indian Ocean", MentionType::LOC), "{ns:?}");
        assert!(has(&ns, "North Philadelphia", MentionType::LOC), "{ns:?}");
    }

    #[test]
    fn party_words_and_awards_are_misc_and_a_company_keeps_its_dot() {
        let ns = names_of(
            "On Monday Republicans praised the 81st Academy Awards, and AMD will compete with Intel Corp., its rival.",
        );
        assert!(has(&ns, "Republicans", MentionType::MISC), "{ns:?}");
        assert!(has(&ns, "Academy Awards", MentionType::MISC), "{ns:?}");
        assert!(has(&ns, "Intel Corp.", MentionType::ORG), "{ns:?}");
    }

    #[test]
    fn the_place_or_body_an_office_is_of_is_a_name() {
        let ns = names_of(
            "Witnesses disagree, Philadelphia District Attorney Lynne Abraham said.\nThe man is dangerous, said Oregon State Police Lt. Gregg Hastings.",
        );
        assert!(has(&ns, "Philadelphia", MentionType::LOC), "{ns:?}");
        assert!(has(&ns, "Oregon State Police", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "Lynne Abraham", MentionType::PER), "{ns:?}");
    }

    #[test]
    fn a_town_with_a_score_or_a_player_after_it_is_its_club() {
        let ns = names_of(
            "The Colts overcame Jacksonville 31-24 on Thursday.\nJacksonville is always tough at home, said former Atlanta defensive end Claude Humphrey.\nHe lives in Atlanta.",
        );
        let jacksonville: Vec<_> = ns.iter().filter(|(n, _)| n == "Jacksonville").collect();
        assert_eq!(jacksonville.len(), 2, "{ns:?}");
        assert!(
            jacksonville.iter().all(|(_, t)| *t == MentionType::ORG),
            "{ns:?}"
        );
        assert!(has(&ns, "Atlanta", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "Atlanta", MentionType::LOC), "{ns:?}");
        // A town that wins or visits.
        let ns = names_of("Leeds beat visiting Burnley on Saturday.");
        assert!(has(&ns, "Leeds", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "Burnley", MentionType::ORG), "{ns:?}");
        // A results table's line.
        let ns = names_of("Results of Saturday's matches:\nLeeds 3 Chelsea 1\nHe lives in Leeds.");
        assert!(has(&ns, "Chelsea", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "Leeds", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "Leeds", MentionType::LOC), "{ns:?}");
        // A country there is its national side, LOC.
        let ns = names_of("In the final Germany beat France 2-1 on Sunday.");
        assert!(has(&ns, "France", MentionType::LOC), "{ns:?}");
    }

    #[test]
    fn a_town_that_leads_or_has_a_player_in_a_sentence_with_a_score_is_its_club() {
        for line in [
            "Seattle took a 2-1 lead in the series with a 6-4 win.",
            "Seattle's Ken Griffey hit two home runs in a 6-4 win.",
            "Seattle rookie Alex Rodriguez had three hits.",
            "Seattle center Shawn Kemp scored 20 points.",
            "Seattle, who lost 2-1 last week, are third.",
            "Seattle, the champions, drew 1-1 at home.",
            "Seattle's Ken Griffey scored the only goal.",
        ] {
            let ns = names_of(line);
            assert!(has(&ns, "Seattle", MentionType::ORG), "{line}: {ns:?}");
        }
        // No score, or a word of other senses with no name after it: the town.
        for line in [
            "Seattle took a lead in the race for new investment.",
            "Seattle's mayor Ed Murray spoke on Tuesday.",
            "Ted Cruz of Texas center stage took questions.",
        ] {
            let ns = names_of(line);
            assert!(
                ns.iter().all(|(_, t)| *t != MentionType::ORG),
                "{line}: {ns:?}"
            );
        }
    }

    #[test]
    fn a_company_named_with_a_possessive_keeps_it_and_a_particle_opens_a_name() {
        let ns = names_of(
            "Moody 's Investors Service cut the rating , and Standard & Poor 's said so .",
        );
        assert!(
            has(&ns, "Moody 's Investors Service", MentionType::ORG),
            "{ns:?}"
        );
        assert!(has(&ns, "Standard & Poor 's", MentionType::ORG), "{ns:?}");
        // A person's possessive stays out of the name.
        let ns = names_of("Ash Carter 's press secretary said Turkey 's army moved .");
        assert!(has(&ns, "Ash Carter", MentionType::PER), "{ns:?}");
        assert!(has(&ns, "Turkey", MentionType::LOC), "{ns:?}");
        let ns = names_of("De Klerk said the Knesset and the Duma would vote .");
        assert!(has(&ns, "De Klerk", MentionType::PER), "{ns:?}");
        assert!(has(&ns, "Knesset", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "Duma", MentionType::ORG), "{ns:?}");
    }

    #[test]
    fn parties_given_names_of_two_syllables_and_an_owned_legislature() {
        let ns = names_of("Sinn Fein , Likud and the BJP met Kim Young-sam and Tung Chee-hwa .");
        for body in ["Sinn Fein", "Likud", "BJP"] {
            assert!(has(&ns, body, MentionType::ORG), "{body}: {ns:?}");
        }
        assert!(has(&ns, "Kim Young-sam", MentionType::PER), "{ns:?}");
        assert!(has(&ns, "Tung Chee-hwa", MentionType::PER), "{ns:?}");
        // The hyphen still makes an adjective of a name before a word.
        let ns = names_of("Bucaram was removed by Ecuador 's Congress and ISIL-held towns fell .");
        assert!(has(&ns, "Congress", MentionType::ORG), "{ns:?}");
        assert!(!ns.iter().any(|(n, _)| n.contains("ISIL")), "{ns:?}");
        let ns = names_of("Kestrelbury Plc said profit rose .");
        assert!(has(&ns, "Kestrelbury Plc", MentionType::ORG), "{ns:?}");
    }

    #[test]
    fn a_body_s_noun_after_a_name_titles_rivers_and_unaccented_names() {
        let ns = names_of(
            "Al-Kestrah newspaper said Kestrelco shares fell , but Cruz shares the view .",
        );
        assert!(has(&ns, "Al-Kestrah", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "Kestrelco", MentionType::ORG), "{ns:?}");
        assert!(!has(&ns, "Cruz", MentionType::ORG), "{ns:?}");
        let ns = names_of("King Hussein sailed up the Nile , and Telefonica paid .");
        assert!(has(&ns, "Hussein", MentionType::PER), "{ns:?}");
        assert!(has(&ns, "Nile", MentionType::LOC), "{ns:?}");
        assert!(has(&ns, "Telefonica", MentionType::ORG), "{ns:?}");
        // A known person whose name ends like a title ("Sen."), and that
        // title still before a name.
        let ns = names_of("Hun Sen met Sen. Kestrel Olafsen .");
        assert!(has(&ns, "Hun Sen", MentionType::PER), "{ns:?}");
        assert!(has(&ns, "Kestrel Olafsen", MentionType::PER), "{ns:?}");
        assert!(!ns.iter().any(|(n, _)| n == "Sen"), "{ns:?}");
        let ms = mentions("The team of Cote d'Ivoire won .");
        assert_eq!(find_text(&ms, "Cote d'Ivoire").1.as_deref(), Some("CIV"));
    }

    #[test]
    fn a_name_after_a_body_s_noun_is_the_body_s_and_closing_words_type_names() {
        let ns = names_of("Dutch chemicals group Akzelnor Nobel said profit rose nine percent .");
        assert!(has(&ns, "Akzelnor Nobel", MentionType::ORG), "{ns:?}");
        let ns =
            names_of("Shares in the airline Kestrair fell , and developer Carlos Beruff said so .");
        assert!(has(&ns, "Kestrair", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "Carlos Beruff", MentionType::PER), "{ns:?}");
        let ns = names_of("Analysts at Brenmoor Brothers said the Olympic champion won the Kestrel Invitational .");
        assert!(has(&ns, "Brenmoor Brothers", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "Olympic", MentionType::MISC), "{ns:?}");
        assert!(
            has(&ns, "Kestrel Invitational", MentionType::MISC),
            "{ns:?}"
        );
        let ns = names_of("Nazi war criminals fled .");
        assert!(has(&ns, "Nazi", MentionType::MISC), "{ns:?}");
    }

    #[test]
    fn fixtures_rows_after_a_label_and_scorers_named_like_towns() {
        let ns = names_of("BASKETBALL - NBA RESULTS .");
        assert_eq!(ns, vec![("NBA".to_string(), MentionType::ORG)]);
        let ns = names_of("NEW JERSEY AT PHILADELPHIA");
        assert!(has(&ns, "NEW JERSEY", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "PHILADELPHIA", MentionType::ORG), "{ns:?}");
        let ns = names_of("Division one : Bolton 2 Barnsley 2 , Manchester City 1 Stoke 0");
        assert!(has(&ns, "Bolton", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "Barnsley", MentionType::ORG), "{ns:?}");
        let ns = names_of("Scorers : Shearer 12 , Fowler 11 , Wright 10");
        assert!(has(&ns, "Wright", MentionType::PER), "{ns:?}");
        let ns = names_of("Sheffield Shield : Queensland 345 v Victoria 210");
        assert!(has(&ns, "Sheffield Shield", MentionType::MISC), "{ns:?}");
    }

    #[test]
    fn players_and_clubs_named_like_towns_and_capitals() {
        // A batsman's catcher or bowler whom a town names.
        let ns = names_of("Saeed Anwar c Germon b Cairns 12");
        assert!(has(&ns, "Cairns", MentionType::PER), "{ns:?}");
        let ns = names_of("Bowling : Doull 10-1-42-2 , Cairns 9-0-51-1");
        assert!(has(&ns, "Cairns", MentionType::PER), "{ns:?}");
        // A capital in a results row is its club; in prose, the place.
        let ns = names_of("Ottawa 3 Toronto 2");
        assert!(has(&ns, "Ottawa", MentionType::ORG), "{ns:?}");
        let ns = names_of("Ottawa said the talks would resume .");
        assert!(has(&ns, "Ottawa", MentionType::LOC), "{ns:?}");
    }

    #[test]
    fn outlets_constabularies_the_fed_and_a_body_before_its_leader() {
        let ns = names_of("French daily Le Monde reported that the Fed would act .");
        assert!(has(&ns, "Le Monde", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "Fed", MentionType::ORG), "{ns:?}");
        let ns = names_of("The Royal Ulster Constabulary said a bomb exploded .");
        assert!(
            has(&ns, "Royal Ulster Constabulary", MentionType::ORG),
            "{ns:?}"
        );
        let ns = names_of("Saudi Oil Minister Hisham Nazer spoke .");
        assert!(has(&ns, "Saudi", MentionType::MISC), "{ns:?}");
        // "of" and a person's full name are no part of the body's name.
        let ns = names_of("The National Front of Jean-Marie Le Pen won the town .");
        assert!(has(&ns, "National Front", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "Jean-Marie Le Pen", MentionType::PER), "{ns:?}");
        let ns = names_of("He sued under the Freedom of Information Act .");
        // (The law's whole name stays one name, whatever its type.)
        assert!(
            ns.iter().any(|(n, _)| n == "Freedom of Information Act"),
            "{ns:?}"
        );
    }

    #[test]
    fn a_demonym_before_an_office_and_names_joined_by_es() {
        let ns = names_of("He met the Syrian president in Dar es Salaam .");
        assert!(has(&ns, "Syrian", MentionType::MISC), "{ns:?}");
        assert!(has(&ns, "Dar es Salaam", MentionType::LOC), "{ns:?}");
        let ns = names_of(
            "Taleban fighters reached the Salang tunnel as the Palestinian Authority met .",
        );
        assert!(has(&ns, "Taleban", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "Salang", MentionType::LOC), "{ns:?}");
        assert!(
            has(&ns, "Palestinian Authority", MentionType::ORG),
            "{ns:?}"
        );
    }

    #[test]
    fn exchanges_venues_in_headlines_and_new_england() {
        let ns = names_of("LIFFE cocoa futures ended steady , while Comex silver rose .");
        assert!(has(&ns, "LIFFE", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "Comex", MentionType::ORG), "{ns:?}");
        let ns = names_of("HORSE RACING - DETTORI RIDES FOUR WINNERS AT KEMPTON .");
        assert!(has(&ns, "DETTORI", MentionType::PER), "{ns:?}");
        assert!(has(&ns, "KEMPTON", MentionType::LOC), "{ns:?}");
        let ns = names_of("NEW ENGLAND 9 4 0 346 276 .692");
        assert!(has(&ns, "NEW ENGLAND", MentionType::ORG), "{ns:?}");
    }

    #[test]
    fn a_home_nation_plays_as_a_state_and_a_club_s_country_is_a_name_of_its_own() {
        let ns = names_of("South Africa beat Wales 37-20 in a rugby union international .");
        assert!(has(&ns, "Wales", MentionType::LOC), "{ns:?}");
        let ns = names_of("Wales coach Kevin Bowring said his side lacked discipline .");
        assert!(has(&ns, "Wales", MentionType::LOC), "{ns:?}");
        let ns = names_of("Juventus of Italy beat River Plate of Argentina 1-0 in Tokyo .");
        for (name, t) in [
            ("Juventus", MentionType::ORG),
            ("Italy", MentionType::LOC),
            ("River Plate", MentionType::ORG),
            ("Argentina", MentionType::LOC),
        ] {
            assert!(has(&ns, name, t), "{name}: {ns:?}");
        }
        // A body's own name still runs through "of".
        let ns = names_of("Voters backed the Democratic Party of Turkmenistan on Sunday .");
        assert!(
            has(&ns, "Democratic Party of Turkmenistan", MentionType::ORG),
            "{ns:?}"
        );
    }

    #[test]
    fn a_name_after_the_is_seldom_a_person_s() {
        let ns = names_of("He criticized the Endangered Species Act on Monday .");
        assert!(
            has(&ns, "Endangered Species Act", MentionType::MISC),
            "{ns:?}"
        );
        let ns = names_of("They met at the Holocaust Memorial Museum in Washington .");
        assert!(!ns.iter().any(|(_, t)| *t == MentionType::PER), "{ns:?}");
        let ns = names_of("He denounced the Ku Klux Klan on Monday .");
        assert!(has(&ns, "Ku Klux Klan", MentionType::ORG), "{ns:?}");
        // A given name opens a person's name after "the" too.
        let ns = names_of("He resigned during the Lois Lerner email controversy .");
        assert!(has(&ns, "Lois Lerner", MentionType::PER), "{ns:?}");
    }

    #[test]
    fn venues_towns_typed_by_their_last_word_and_states_after_de() {
        let ns = names_of("Newcastle lost 2-1 at Anfield on Saturday .");
        assert!(has(&ns, "Anfield", MentionType::LOC), "{ns:?}");
        let ns = names_of("Manchester United drew 1-1 at Old Trafford .");
        assert!(has(&ns, "Old Trafford", MentionType::LOC), "{ns:?}");
        let ns = names_of("Barcelona beat Valencia 3-1 at the Nou Camp on Saturday .");
        assert!(has(&ns, "Nou Camp", MentionType::LOC), "{ns:?}");
        // "Green Bay" is typed by "Bay" and is the gazetteer's town, so its club.
        let ns = names_of("Green Bay 31 DETROIT 3");
        assert!(has(&ns, "Green Bay", MentionType::ORG), "{ns:?}");
        let ns = names_of("Tour de France winner Miguel Indurain retired .");
        assert!(has(&ns, "Tour de France", MentionType::MISC), "{ns:?}");
        let ns = names_of("Gaz de France shares rose .");
        assert!(has(&ns, "Gaz de France", MentionType::ORG), "{ns:?}");
    }

    #[test]
    fn firms_of_partners_bodies_named_by_purpose_and_where_traders_work() {
        let ns = names_of("He joined Moore & Van Allen in 1990 .");
        assert!(has(&ns, "Moore & Van Allen", MentionType::ORG), "{ns:?}");
        // Two people, or two bodies' acronyms, stay apart.
        let ns = names_of("He met Stephen Fry & McFly on Friday .");
        assert!(has(&ns, "Stephen Fry", MentionType::PER), "{ns:?}");
        let ns = names_of("He holds the WBA & IBO titles .");
        assert!(!ns.iter().any(|(n, _)| n.contains('&')), "{ns:?}");
        let ns = names_of("A spokesman for the Movement for Democratic Change said so .");
        assert!(
            has(&ns, "Movement for Democratic Change", MentionType::ORG),
            "{ns:?}"
        );
        let ns = names_of("He is a fellow at the Center for Strategic and International Studies .");
        assert!(
            has(
                &ns,
                "Center for Strategic and International Studies",
                MentionType::ORG
            ),
            "{ns:?}"
        );
        let ns = names_of("\"Prices will rise , \" said a dealer at Jardine Fleming .");
        assert!(has(&ns, "Jardine Fleming", MentionType::ORG), "{ns:?}");
        let ns =
            names_of("Cheung Kong gained 1.50 dollars and Hutchison Whampoa added one dollar .");
        assert!(has(&ns, "Hutchison Whampoa", MentionType::ORG), "{ns:?}");
        let ns = names_of("The blue-chip Hang Seng Index rose 95.41 points .");
        assert!(has(&ns, "Hang Seng Index", MentionType::MISC), "{ns:?}");
        let ns = names_of("He leads the Dunhill Challenge by two shots .");
        assert!(has(&ns, "Dunhill Challenge", MentionType::MISC), "{ns:?}");
        // A common word's plural before "of" opens no name.
        let ns = names_of("Standings of National Hockey League teams after games on Sunday :");
        assert!(
            has(&ns, "National Hockey League", MentionType::ORG),
            "{ns:?}"
        );
    }

    #[test]
    fn shouted_events_surnames_like_titles_and_clubs_in_a_league_sentence() {
        let ns = names_of("GOLF - NORMAN WITHDRAWS FROM AUSTRALIAN OPEN WITH BACK INJURY .");
        assert!(has(&ns, "AUSTRALIAN OPEN", MentionType::MISC), "{ns:?}");
        let ns = names_of("Tyson 's promoter Don King said a rematch would be held .");
        assert!(has(&ns, "Don King", MentionType::PER), "{ns:?}");
        // A place's officer is still an office.
        let ns = names_of("Orlando Mayor Buddy Dyer said so .");
        assert!(!ns.iter().any(|(n, _)| n == "Orlando Mayor"), "{ns:?}");
        let ns = names_of("Baggio came on as a substitute for Milan but could not save them .");
        assert!(has(&ns, "Milan", MentionType::ORG), "{ns:?}");
    }

    #[test]
    fn a_title_opening_a_body_an_index_and_initials_run_together() {
        let ns = names_of("A strike called by the General Labour Confederation shut banks .");
        assert!(
            has(&ns, "General Labour Confederation", MentionType::ORG),
            "{ns:?}"
        );
        // A title before "of" or a given name is still a title.
        let ns = names_of("He is the CEO of The Wildlife Society .");
        assert!(!ns.iter().any(|(n, _)| n.starts_with("CEO")), "{ns:?}");
        let ns = names_of("The Mexican Stock Exchange 's IPC index rose 1.2 percent .");
        assert!(has(&ns, "IPC", MentionType::MISC), "{ns:?}");
        let ns = names_of("Lawyers opened their civil case against O.J. Simpson on Wednesday .");
        assert!(has(&ns, "O.J. Simpson", MentionType::PER), "{ns:?}");
    }

    #[test]
    fn a_town_in_an_individual_sport_s_headline_and_a_unit_after_a_number() {
        let ns = names_of("TENNIS - KRAJICEK , STICH REACH STUTTGART SEMIS .");
        assert!(has(&ns, "STUTTGART", MentionType::LOC), "{ns:?}");
        // In a team sport's headline the town is still its club.
        let ns = names_of("SOCCER - RONALDO SCORES AS BARCELONA GO TOP .");
        assert!(has(&ns, "BARCELONA", MentionType::ORG), "{ns:?}");
        let ns = names_of("NESTLE PROFITS RISE 10 PCT .");
        assert!(!ns.iter().any(|(n, _)| n == "PCT"), "{ns:?}");
    }

    #[test]
    fn a_body_s_fields_joined_by_and_and_a_hall_of_fame() {
        let ns = names_of("A spokesman for the Ministry of Trade and Industry said so .");
        assert!(
            has(&ns, "Ministry of Trade and Industry", MentionType::ORG),
            "{ns:?}"
        );
        let ns = names_of("The Bank of England and Barclays agreed .");
        assert!(has(&ns, "Barclays", MentionType::ORG), "{ns:?}");
        let ns = names_of("He is among the finalists for the Pro Football Hall of Fame .");
        assert!(
            has(&ns, "Pro Football Hall of Fame", MentionType::ORG),
            "{ns:?}"
        );
    }

    #[test]
    fn large_islands_are_places_of_their_country() {
        let ns = names_of("The loan will improve roads on Sumatra and Java .");
        assert!(has(&ns, "Sumatra", MentionType::LOC), "{ns:?}");
        assert!(has(&ns, "Java", MentionType::LOC), "{ns:?}");
    }

    #[test]
    fn bodies_named_with_a_state_outlets_and_a_ministry_of_a_name() {
        let ns = names_of("He said Bank Indonesia had widened the band .");
        assert!(has(&ns, "Bank Indonesia", MentionType::ORG), "{ns:?}");
        let ns = names_of("Foreign funds sold Telekom Malaysia .");
        assert!(has(&ns, "Telekom Malaysia", MentionType::ORG), "{ns:?}");
        let ns = names_of("Police stopped students at Cumhuriyet University .");
        assert!(
            has(&ns, "Cumhuriyet University", MentionType::ORG),
            "{ns:?}"
        );
        let ns = names_of("GAZETA WYBORCZA");
        assert!(has(&ns, "GAZETA WYBORCZA", MentionType::ORG), "{ns:?}");
        let ns = names_of("Ministry of Finance officials said the yen was too weak .");
        assert!(has(&ns, "Ministry of Finance", MentionType::ORG), "{ns:?}");
        let ns = names_of("Results of National Football League games ( home team in CAPS ) :");
        assert!(!ns.iter().any(|(n, _)| n == "CAPS"), "{ns:?}");
    }

    #[test]
    fn a_legislature_opening_a_sentence_and_a_party_word_before_it() {
        let ns = names_of("Congress passed the bill on Friday .");
        assert!(has(&ns, "Congress", MentionType::ORG), "{ns:?}");
        let ns = names_of("Lawmakers passed the bill on Friday .");
        assert!(ns.is_empty(), "{ns:?}");
        let ns = names_of("Republican Senate leader Trent Lott welcomed the choices .");
        assert!(has(&ns, "Republican", MentionType::MISC), "{ns:?}");
        assert!(has(&ns, "Senate", MentionType::ORG), "{ns:?}");
        // A body's own name stays whole.
        let ns = names_of("He spoke to the European Parliament on Monday .");
        assert!(has(&ns, "European Parliament", MentionType::ORG), "{ns:?}");
    }

    #[test]
    fn sports_copy_teams_saints_and_events_opening_a_line() {
        let ns = names_of("Brian Laudrup scored twice as Rangers won 2-1 at Hibernian .");
        assert!(has(&ns, "Rangers", MentionType::ORG), "{ns:?}");
        // (A surname is no team: "rallies of Sanders supporters 3-1".)
        let ns = names_of("Polls put Sanders supporters ahead 3-1 .");
        assert!(!has(&ns, "Sanders", MentionType::ORG), "{ns:?}");
        let ns = names_of("He joined the Sydney Swans after leaving St Kilda .");
        assert!(has(&ns, "St Kilda", MentionType::ORG), "{ns:?}");
        let ns = names_of("The ship sailed from St Augustine .");
        assert!(!ns.iter().any(|(_, t)| *t == MentionType::PER), "{ns:?}");
        let ns = names_of("Results of Scottish premier division matches on Saturday :");
        assert!(has(&ns, "Scottish", MentionType::MISC), "{ns:?}");
        let ns = names_of("World Cup giant slalom standings :");
        assert!(has(&ns, "World Cup", MentionType::MISC), "{ns:?}");
        let ns = names_of("He fought in World War II and came home .");
        assert!(has(&ns, "World War II", MentionType::MISC), "{ns:?}");
        let ns = names_of("MOTOR RACING - FERRARI UNVEIL NEW CAR .");
        assert!(has(&ns, "FERRARI", MentionType::ORG), "{ns:?}");
        let ns = names_of("AUSTRALIAN RULES - LOCKETT JOINS SYDNEY .");
        assert!(has(&ns, "SYDNEY", MentionType::ORG), "{ns:?}");
        assert!(!has(&ns, "AUSTRALIAN", MentionType::MISC), "{ns:?}");
        let ns = names_of("New Jersey 3 PITTSBURGH 2 ( OT )");
        assert!(!ns.iter().any(|(n, _)| n == "OT"), "{ns:?}");
    }

    #[test]
    fn a_competition_is_misc_whole_with_its_title_or_letter() {
        for (line, name) in [
            (
                "Liverpool moved top of the Premier League on Saturday .",
                "Premier League",
            ),
            ("Juventus lead Serie A by two points .", "Serie A"),
            (
                "Ajax won the Champions League last year .",
                "Champions League",
            ),
            ("Faldo won the Masters in April .", "Masters"),
        ] {
            let ns = names_of(line);
            assert!(has(&ns, name, MentionType::MISC), "{line}: {ns:?}");
            assert_eq!(
                ns.iter().filter(|(n, _)| name.contains(n.as_str())).count(),
                1,
                "{ns:?}"
            );
        }
    }

    #[test]
    fn a_person_s_name_stops_at_of_and_a_lone_letter_names_nothing() {
        let ns = names_of("German sprinter Erik Zabel of Team Telekom won the stage .");
        assert!(has(&ns, "Erik Zabel", MentionType::PER), "{ns:?}");
        assert!(has(&ns, "Team Telekom", MentionType::ORG), "{ns:?}");
        let ns = names_of("Senator Ted Cruz of Texas said he would vote no .");
        assert!(has(&ns, "Ted Cruz", MentionType::PER), "{ns:?}");
        assert!(has(&ns, "Texas", MentionType::LOC), "{ns:?}");
        let ns = names_of("Japan beat Syria 2-1 in a group C match .");
        assert!(!ns.iter().any(|(n, _)| n == "C"), "{ns:?}");
        let ns =
            names_of("Armenian President Levon Ter-Petrosyan met Azeri President Heydar Aliyev .");
        assert!(has(&ns, "Azeri", MentionType::MISC), "{ns:?}");
        let ns = names_of("Azerbaijan signed an oil deal with British Petroleum .");
        assert!(has(&ns, "British Petroleum", MentionType::ORG), "{ns:?}");
    }

    #[test]
    fn a_title_before_of_is_an_office_of_a_place_and_a_titled_name_stops_at_of() {
        let ns = names_of("Democrats pointed to Senator Bernie Sanders of Vermont as a rival .");
        assert!(has(&ns, "Bernie Sanders", MentionType::PER), "{ns:?}");
        assert!(has(&ns, "Vermont", MentionType::LOC), "{ns:?}");
        let ns = names_of("The church attended by the Governor of Alaska , Sarah Palin , burned .");
        assert!(has(&ns, "Alaska", MentionType::LOC), "{ns:?}");
        assert!(has(&ns, "Sarah Palin", MentionType::PER), "{ns:?}");
        let ns = names_of("On Wednesday House Speaker Paul D. Ryan of Wisconsin lamented it .");
        assert!(has(&ns, "Paul D. Ryan", MentionType::PER), "{ns:?}");
        assert!(has(&ns, "Wisconsin", MentionType::LOC), "{ns:?}");
        let ns = names_of("CIA Director John Brennan said the attack was planned .");
        assert!(has(&ns, "John Brennan", MentionType::PER), "{ns:?}");
        // The possessor of an office is what the office is of.
        let ns = names_of("Ali Khamenei , Iran 's supreme leader , said so .");
        assert!(has(&ns, "Iran", MentionType::LOC), "{ns:?}");
        // A religion is MISC; a tower a place.
        let ns = names_of("He called it the enemy of Islam near the Khobar Towers complex .");
        assert!(has(&ns, "Islam", MentionType::MISC), "{ns:?}");
        assert!(has(&ns, "Khobar Towers", MentionType::LOC), "{ns:?}");
        // The name in an office written in lower case is what the office is of.
        let ns = names_of("He met the president of Mexico and the foreign minister of France .");
        assert!(has(&ns, "Mexico", MentionType::LOC), "{ns:?}");
        assert!(has(&ns, "France", MentionType::LOC), "{ns:?}");
        // An office of `offices.txt` with "of" in it still stands before the name.
        let ns = names_of("The talks ended before Secretary of State Condoleezza Rice arrived .");
        assert!(has(&ns, "Condoleezza Rice", MentionType::PER), "{ns:?}");
    }

    #[test]
    fn a_state_s_innings_is_its_team_s_and_an_oval_is_a_ground() {
        let ns = names_of("Tasmania first innings");
        assert!(has(&ns, "Tasmania", MentionType::ORG), "{ns:?}");
        let ns = names_of("Zola was not in the Parma squad on Sunday .");
        assert!(has(&ns, "Parma", MentionType::ORG), "{ns:?}");
        let ns = names_of("St Helens beat Warrington 40-32 in the final at Wembley .");
        assert!(has(&ns, "Wembley", MentionType::LOC), "{ns:?}");
        let ns = names_of("Play resumed at Bellerive Oval on Friday .");
        assert!(has(&ns, "Bellerive Oval", MentionType::LOC), "{ns:?}");
    }

    #[test]
    fn a_leagues_division_named_by_its_region_is_misc() {
        for line in ["ATLANTIC DIVISION", "CENTRAL DIVISION", "EASTERN DIVISION"] {
            let ns = names_of(line);
            assert!(has(&ns, line, MentionType::MISC), "{ns:?}");
        }
        let ns = names_of("The 82nd Airborne Division deployed .");
        assert!(has(&ns, "Airborne Division", MentionType::ORG), "{ns:?}");
    }

    #[test]
    fn a_side_scored_for_twice_or_equalised_for_is_a_club() {
        let ns = names_of("Moeller scored twice for Dortmund .");
        assert!(has(&ns, "Dortmund", MentionType::ORG), "{ns:?}");
        let ns = names_of("Romario equalised for Valencia .");
        assert!(has(&ns, "Valencia", MentionType::ORG), "{ns:?}");
        let ns = names_of("He visited Dortmund twice .");
        assert!(has(&ns, "Dortmund", MentionType::LOC), "{ns:?}");
    }

    #[test]
    fn a_town_taking_a_plural_verb_firms_of_the_1990s_and_emu() {
        let ns = names_of("Leeds have signed a Norwegian defender .");
        assert!(has(&ns, "Leeds", MentionType::ORG), "{ns:?}");
        let ns = names_of("People in Leeds are angry .");
        assert!(has(&ns, "Leeds", MentionType::LOC), "{ns:?}");
        let ns = names_of("Fiat said sales fell , and ministers discussed EMU .");
        assert!(has(&ns, "Fiat", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "EMU", MentionType::MISC), "{ns:?}");
    }

    #[test]
    fn a_town_opening_a_scored_match_is_its_club() {
        let ns = names_of("Barcelona were held to a 1-1 draw by Valencia on Sunday .");
        assert!(has(&ns, "Barcelona", MentionType::ORG), "{ns:?}");
        let ns = names_of("Barcelona hosted a conference on Sunday .");
        assert!(has(&ns, "Barcelona", MentionType::LOC), "{ns:?}");
    }

    #[test]
    fn peoples_nouns_and_regions_demonyms_are_misc() {
        let ns = names_of("The Spaniard , 32 , said he would retire .");
        assert!(has(&ns, "Spaniard", MentionType::MISC), "{ns:?}");
        let ns = names_of("Ronaldo put the Catalans ahead .");
        assert!(has(&ns, "Catalans", MentionType::MISC), "{ns:?}");
        let ns = names_of("East Timorese activists staged a protest .");
        assert!(has(&ns, "East Timorese", MentionType::MISC), "{ns:?}");
    }

    #[test]
    fn north_american_teams_are_clubs_by_name_and_distinct_nickname() {
        let ns = names_of("Alonzo Mourning had 22 points for the Miami Heat .");
        assert!(has(&ns, "Miami Heat", MentionType::ORG), "{ns:?}");
        let ns = names_of("Philadelphia 3 NY ISLANDERS 3");
        assert!(has(&ns, "NY ISLANDERS", MentionType::ORG), "{ns:?}");
        let ns = names_of("The Lakers beat the Knicks on Sunday .");
        assert!(has(&ns, "Lakers", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "Knicks", MentionType::ORG), "{ns:?}");
        // A nickname that is a common word is no club alone.
        let ns = names_of("Rockets hit the city overnight .");
        assert!(ns.is_empty(), "{ns:?}");
    }

    #[test]
    fn a_datelines_names_are_places_and_a_shouted_date_no_name() {
        let ns = names_of("Kfar Kila 1996-12-10");
        assert_eq!(ns, vec![("Kfar Kila".to_string(), MentionType::LOC)]);
        let ns = names_of("Val d'Isere , France 1996-12-12");
        assert!(has(&ns, "Val d'Isere", MentionType::LOC), "{ns:?}");
        assert!(names_of("SATURDAY , DECEMBER 7").is_empty());
    }

    #[test]
    fn a_town_in_a_sentence_only_sports_copy_writes_is_its_club() {
        let ns = names_of("Ravanelli scored a hat-trick for Middlesbrough .");
        assert!(has(&ns, "Middlesbrough", MentionType::ORG), "{ns:?}");
        let ns = names_of("Leeds have signed Norwegian midfielder Olaf Brekke from Rosenborg .");
        assert!(has(&ns, "Leeds", MentionType::ORG), "{ns:?}");
        // The venue stays a town, and so does a town in other copy.
        let ns = names_of("The semifinal will be played in Leeds on Sunday .");
        assert!(has(&ns, "Leeds", MentionType::LOC), "{ns:?}");
        let ns = names_of("Police in Middlesbrough arrested a man for fraud .");
        assert!(has(&ns, "Middlesbrough", MentionType::LOC), "{ns:?}");
        // A side after a preposition where a match is scored.
        let ns = names_of("Liverpool went top after a 2-0 win at Southampton .");
        assert!(has(&ns, "Liverpool", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "Southampton", MentionType::ORG), "{ns:?}");
        let ns = names_of("Fowler scored both goals for Liverpool .");
        assert!(has(&ns, "Liverpool", MentionType::ORG), "{ns:?}");
        let ns = names_of("They finished 1-2 in four states , from Hawaii to Southampton .");
        assert!(has(&ns, "Southampton", MentionType::LOC), "{ns:?}");
    }

    #[test]
    fn a_club_named_more_than_by_its_town_is_read_whole() {
        let ms = mentions(
            "Djorkaeff left Paris St Germain for Inter Milan, and Nottingham Forest lost.",
        );
        assert_eq!(find_text(&ms, "Paris St Germain").1.as_deref(), Some("FRA"));
        let ns = names_of(
            "Djorkaeff left Paris St Germain for Inter Milan, and Nottingham Forest lost.",
        );
        for club in ["Paris St Germain", "Inter Milan", "Nottingham Forest"] {
            assert!(has(&ns, club, MentionType::ORG), "{club}: {ns:?}");
        }
        // ("Texas Rangers" is no Glasgow club.)
        let ns = names_of("Texas Rangers searched the ranch.");
        assert!(has(&ns, "Texas Rangers", MentionType::ORG), "{ns:?}");
    }

    #[test]
    fn a_big_city_that_is_a_given_name_before_a_plural_is_its_team() {
        // A plural of prose after a smaller city.
        let ns = names_of("Denver Broncos quarterback John Elway met the Jackson Generals.");
        assert!(has(&ns, "Denver Broncos", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "Jackson Generals", MentionType::ORG), "{ns:?}");
        let ns = names_of("He met George Bergeles and Nancy O'Higgins.");
        assert!(has(&ns, "George Bergeles", MentionType::PER), "{ns:?}");
        assert!(has(&ns, "Nancy O'Higgins", MentionType::PER), "{ns:?}");
    }

    #[test]
    fn a_headline_names_what_the_sentences_name() {
        // Each line its own paragraph, as extraction gives them.
        let text = "Hansbrough Sets Scoring Record In Victory\nTyler Hansbrough scored 20 points on Thursday night for the home side.";
        let paragraphs = vec![Span::new(0, 41), Span::new(42, text.len())];
        let kb = KnowledgeBase::embedded();
        let toks = tokens::tokenize(text);
        let sents = sentences::split(text, &paragraphs);
        let ms = find(
            text,
            &toks,
            &sents,
            &kb,
            jiff::civil::date(2023, 11, 6),
            &[],
        );
        let ns: Vec<(String, MentionType)> = named_spans(text, &ms, &kb)
            .into_iter()
            .map(|(span, t)| (span.text(text).to_string(), t))
            .collect();
        assert!(has(&ns, "Hansbrough", MentionType::PER), "{ns:?}");
        assert!(
            !ns.iter().any(|(n, _)| n == "Sets" || n == "Record"),
            "{ns:?}"
        );
    }

    #[test]
    fn a_shouted_headline_shows_places_events_clubs_people_and_acronyms() {
        let ns = names_of("BOXING - TYSON TO MEET HOLYFIELD IN LAS VEGAS .");
        assert!(has(&ns, "TYSON", MentionType::PER), "{ns:?}");
        assert!(has(&ns, "HOLYFIELD", MentionType::PER), "{ns:?}");
        assert!(has(&ns, "LAS VEGAS", MentionType::LOC), "{ns:?}");
        assert!(!ns.iter().any(|(n, _)| n == "BOXING"), "{ns:?}");
        let ns = names_of("SOCCER - KESTRELTON UNITED CRASH OUT OF EUROPEAN CUP .");
        assert!(has(&ns, "EUROPEAN CUP", MentionType::MISC), "{ns:?}");
        // A word of prose is no surname there, though the census lists it.
        assert!(!ns.iter().any(|(n, _)| n.contains("CRASH")), "{ns:?}");
        let ns = names_of("SQUASH - RESULTS FROM THE HONG KONG OPEN .");
        assert!(has(&ns, "HONG KONG OPEN", MentionType::MISC), "{ns:?}");
        // In a sports headline a word no list knows is a player, unless a
        // form of a word of prose or of the game; a town is a club, unless
        // the venue.
        let ns = names_of("TENNIS - SAMPRETTI BEATS KAFELNOR IN SEMIFINALS AT SYDNEY .");
        assert!(has(&ns, "SAMPRETTI", MentionType::PER), "{ns:?}");
        assert!(has(&ns, "SYDNEY", MentionType::LOC), "{ns:?}");
        assert!(!ns.iter().any(|(n, _)| n.contains("SEMIFINALS")), "{ns:?}");
        let ns = names_of("SOCCER - VOLARDO SCORES AS BARCELONA GO TOP .");
        assert!(has(&ns, "VOLARDO", MentionType::PER), "{ns:?}");
        assert!(has(&ns, "BARCELONA", MentionType::ORG), "{ns:?}");
        // Not in a headline without a sport's label.
        let ns = names_of("VOLARDO BRAND SALES SLUMP IN BARCELONA .");
        assert!(!ns.iter().any(|(n, _)| n.contains("VOLARDO")), "{ns:?}");
        let ns = names_of("NHL ICE HOCKEY - STANDINGS AFTER FRIDAY 'S GAMES .");
        assert!(has(&ns, "NHL", MentionType::ORG), "{ns:?}");
        assert!(!ns.iter().any(|(n, _)| n.contains("ICE")), "{ns:?}");
        let ns = names_of("RUGBY UNION - WALLABIES NAME UNCHANGED SIDE FOR TEST .");
        assert!(!ns.iter().any(|(n, _)| n.contains("RUGBY")), "{ns:?}");
    }

    #[test]
    fn a_club_s_own_name_is_a_club_alone_and_before_its_city() {
        let ns = names_of(
            "Feyenoord beat Bayer Leverkusen, and Atletico Madrid drew with Hertha Berlin.",
        );
        for club in [
            "Feyenoord",
            "Bayer Leverkusen",
            "Atletico Madrid",
            "Hertha Berlin",
        ] {
            assert!(has(&ns, club, MentionType::ORG), "{club}: {ns:?}");
        }
    }

    #[test]
    fn airlines_tories_and_the_chancellor_of_the_exchequer() {
        let ns = names_of("Air France cut fares, Tory MPs said, and Chancellor of the Exchequer Kenneth Clarke agreed with Tory Mazzola.");
        assert!(has(&ns, "Air France", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "Tory", MentionType::MISC), "{ns:?}");
        assert!(has(&ns, "Kenneth Clarke", MentionType::PER), "{ns:?}");
        assert!(has(&ns, "Tory Mazzola", MentionType::PER), "{ns:?}");
        // A party word closing the text: nothing is read past its end.
        let ns = names_of("He voted Kestrel Tory");
        assert!(!ns.is_empty(), "{ns:?}");
    }

    #[test]
    fn a_town_after_a_result_s_noun_is_a_club_and_a_garden_a_place() {
        let ns = names_of(
            "The coach was sacked after a 3-2 defeat by Piacenza at Madison Square Garden.",
        );
        assert!(has(&ns, "Piacenza", MentionType::ORG), "{ns:?}");
        assert!(
            has(&ns, "Madison Square Garden", MentionType::LOC),
            "{ns:?}"
        );
        let ns = names_of("He was born in Piacenza.");
        assert!(has(&ns, "Piacenza", MentionType::LOC), "{ns:?}");
    }

    #[test]
    fn a_town_in_parentheses_after_a_player_is_his_club_and_a_state_his_country() {
        let ns = names_of("10 - Dean Holloway ( Leicester ) , Tom Marsh ( Spain )");
        assert!(has(&ns, "Leicester", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "Spain", MentionType::LOC), "{ns:?}");
        let ns = names_of("He moved to Leicester ( England ) in May.");
        assert!(has(&ns, "Leicester", MentionType::LOC), "{ns:?}");
    }

    #[test]
    fn an_initial_is_no_article_and_opens_a_person_s_name() {
        let ns = names_of("A. Campbell lbw b Vaas 37");
        assert!(has(&ns, "A. Campbell", MentionType::PER), "{ns:?}");
    }

    #[test]
    fn a_place_naming_an_agreement_seas_and_creeds() {
        let ns = names_of(
            "The Maastricht treaty was signed before Socialist deputies sailed the Adriatic.",
        );
        assert!(has(&ns, "Maastricht", MentionType::MISC), "{ns:?}");
        assert!(has(&ns, "Socialist", MentionType::MISC), "{ns:?}");
        assert!(has(&ns, "Adriatic", MentionType::LOC), "{ns:?}");
        let ns = names_of("He lives in Maastricht.");
        assert!(has(&ns, "Maastricht", MentionType::LOC), "{ns:?}");
        let ns = names_of("Italy would meet the Maastricht criteria.");
        assert!(has(&ns, "Maastricht", MentionType::MISC), "{ns:?}");
    }

    #[test]
    fn a_state_organ_named_by_its_function_is_a_name_and_its_demonym_stays_apart() {
        let ns = names_of("The Foreign Ministry said, and the Chinese Interior Ministry agreed.");
        assert!(has(&ns, "Foreign Ministry", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "Interior Ministry", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "Chinese", MentionType::MISC), "{ns:?}");
        // A description's one common word opening the sentence is no name.
        let ns = names_of("Police in Belgium arrested a man.");
        assert!(!ns.iter().any(|(n, _)| n == "Police"), "{ns:?}");
        assert!(has(&ns, "Belgium", MentionType::LOC), "{ns:?}");
    }

    #[test]
    fn newspapers_column_heads_and_seats_that_are_bodies() {
        let ns = names_of("A poll in the Daily Clarion put Labour ahead.");
        assert!(has(&ns, "Daily Clarion", MentionType::ORG), "{ns:?}");
        let ns = names_of("Standings\nW L T GF GA PTS\nKestrelton 12 7 3 68 62 27");
        assert!(!ns.iter().any(|(n, _)| n.contains("GF")), "{ns:?}");
        let ns =
            names_of("State Department spokesman Nicholas Burns said the State Department agreed.");
        assert!(
            ns.iter()
                .filter(|(n, _)| n == "State Department")
                .all(|(_, t)| *t == MentionType::ORG),
            "{ns:?}"
        );
    }

    #[test]
    fn a_name_in_the_other_spelling_and_pairs_of_peoples_are_found() {
        let ms = found("The Organisation of African Unity and the Organisation for Economic Cooperation and Development met Greek Cypriot officials.");
        let names: Vec<&str> = ms
            .iter()
            .filter_map(|m| m.entity.as_ref().map(|e| e.name.as_str()))
            .collect();
        assert!(
            names.contains(&"Organization of African Unity"),
            "{names:?}"
        );
        assert!(
            names.contains(&"Organisation for Economic Co-operation and Development"),
            "{names:?}"
        );
        let ns = names_of("Greek Cypriot and Bosnian Moslem officials met.");
        assert!(has(&ns, "Greek Cypriot", MentionType::MISC), "{ns:?}");
        assert!(has(&ns, "Bosnian Moslem", MentionType::MISC), "{ns:?}");
    }

    #[test]
    fn a_shouted_word_of_prose_before_a_known_surname_is_no_given_name() {
        let ns = names_of("ARAFAT AND NETANYAHU MEET AT BORDER CROSSING .");
        assert!(has(&ns, "NETANYAHU", MentionType::PER), "{ns:?}");
        assert!(!ns.iter().any(|(n, _)| n.starts_with("AND")), "{ns:?}");
    }

    #[test]
    fn a_name_after_a_relative_and_a_body_before_of_that_reports() {
        let ns = names_of("Police said his wife, Celeste, heard the shots from the kitchen.");
        assert!(has(&ns, "Celeste", MentionType::PER), "{ns:?}");
        let ns = names_of("On Monday the county Board of Supervisors added $20,000 to the reward.");
        assert!(has(&ns, "Board of Supervisors", MentionType::ORG), "{ns:?}");
        // A possessor after "in" is no place; a site is its body.
        let ns = names_of(
            "The film is based on the second book in Stephenie Meyer's franchise, EW.com reports.",
        );
        assert!(has(&ns, "Stephenie Meyer", MentionType::PER), "{ns:?}");
        assert!(has(&ns, "EW.com", MentionType::ORG), "{ns:?}");
        // A people's possessive opens a name.
        let ns = names_of("He was on his way to work at the Men's Central Jail on Monday.");
        assert!(has(&ns, "Men's Central Jail", MentionType::LOC), "{ns:?}");
    }

    #[test]
    fn sentence_openers_pronouns_and_arabic_articles_in_names() {
        let names = names_of(
            "But Karim Wasifi says the road is closed. Again I want to thank the farmers. \
             The convoy met Nouri al-Maliki near the Haditha Dam. \
             The Daily Courier Times reported the deal. \
             Swiss bank UBS reported higher profits. Boris Becker beat Jim Courier of the U.S. in Paris. \
             The Royal Navy escorted the ship. The Asad regime bombed the town. \
             Lt. Gen. Stephen J. Townsend said a VBIED killed Abu Musab al-Zarqawi's deputy. \
             New York Daily Times staff flew to Scotland. \
             Shares in British Airways fell on the London Stock Exchange. Clinton signed the bill. \
             Striker Kofi Mensah scored twice. Graf reached the final of the U.S. Open. \
             Ajax signed forward Tijani Babangida, Finance Minister Ivan Kocarnik said. \
             Shares of Apple Computer Inc fell. The Navy escorted them.",
        );
        let want = [
            ("Karim Wasifi", MentionType::PER),
            ("Nouri al-Maliki", MentionType::PER),
            ("Haditha Dam", MentionType::LOC),
            ("Daily Courier Times", MentionType::ORG),
            ("UBS", MentionType::ORG),
            ("Jim Courier", MentionType::PER),
            ("U.S.", MentionType::LOC),
            ("Royal Navy", MentionType::ORG),
            ("Asad", MentionType::PER),
            ("Stephen J. Townsend", MentionType::PER),
            ("Abu Musab al-Zarqawi", MentionType::PER),
            ("New York Daily Times", MentionType::ORG),
            ("Scotland", MentionType::LOC),
            ("British Airways", MentionType::ORG),
            ("London Stock Exchange", MentionType::ORG),
            ("Clinton", MentionType::PER),
            ("Kofi Mensah", MentionType::PER),
            ("U.S. Open", MentionType::MISC),
            ("Tijani Babangida", MentionType::PER),
            ("Ivan Kocarnik", MentionType::PER),
            ("Apple Computer Inc", MentionType::ORG),
        ];
        for (text, t) in want {
            assert!(
                names.contains(&(text.to_string(), t)),
                "{text:?} {t:?} not in {names:?}"
            );
        }
        assert!(
            !names.iter().any(|(n, _)| n.contains("But")
                || n.contains("Again")
                || n == "I"
                || n == "VBIED"
                || n.contains("Minister")
                || n == "The Navy"),
            "{names:?}"
        );
    }

    #[test]
    fn a_surname_alone_is_the_one_person_named_in_full_before_it() {
        let ms = mentions("John Bolton met the king. Bolton said the talks were good.");
        assert_eq!(find_text(&ms, "Bolton").2.as_deref(), Some("John Bolton"));
        assert_eq!(find_text(&ms, "Bolton").1.as_deref(), Some("USA"));
        // Two of that name before it: neither.
        let ms = mentions(
            "Bill Clinton and Hillary Clinton arrived in Iowa. Clinton said the race was close.",
        );
        assert_eq!(
            find_text(&ms, "Clinton").2.as_deref(),
            Some("Clinton"),
            "{ms:?}"
        );
    }

    #[test]
    fn a_national_security_adviser_is_an_office_not_a_citizen() {
        let ms =
            mentions("U.S. national security adviser Jake Sullivan said the talks were useful.");
        assert!(ms.iter().all(|m| m.0 != "U.S. national"), "{ms:?}");
        assert_eq!(find_text(&ms, "Jake Sullivan").1.as_deref(), Some("USA"));
        // Israel's foreign minister on the tests' date (2023-11-06).
        let ms = mentions("Israel's foreign minister said the talks were useful.");
        assert_eq!(
            find_text(&ms, "Israel's foreign minister").2.as_deref(),
            Some("Eli Cohen"),
            "{ms:?}"
        );
    }

    #[test]
    fn a_place_before_a_described_organ_gives_its_country() {
        let text =
            "At least 31,000 people have been killed, according to the Gaza health ministry.";
        assert_eq!(
            resolved(text, &[], "Gaza health ministry").0.as_deref(),
            Some("PSE")
        );
    }

    #[test]
    fn the_eu_s_foreign_policy_chief_is_the_union_s() {
        let ms =
            mentions("The bloc's foreign policy chief Josep Borrell said the talks were useful.");
        assert_eq!(
            find_text(&ms, "Josep Borrell").1.as_deref(),
            Some("IGO"),
            "{ms:?}"
        );
        // A town named like a known person's surname, before its state, is the town.
        let ns = names_of("The fire started in Ashton, Md., on Friday.");
        assert!(has(&ns, "Ashton", MentionType::LOC), "{ns:?}");
    }

    #[test]
    fn a_sanctions_regime_is_no_government() {
        let ms = mentions("The ministers agreed to expand the sanctions regime on Monday.");
        assert!(ms.iter().all(|m| m.0 != "regime"), "{ms:?}");
        let ms = mentions("The regime denied the report.");
        find_text(&ms, "regime");
    }

    #[test]
    fn descriptions_take_their_country_and_sector() {
        let ms = mentions("An informed Iranian source said American positions and U.S. bases were hit by Iraqi militias.");
        assert_eq!(
            find_text(&ms, "informed Iranian source").1.as_deref(),
            Some("IRN")
        );
        assert_eq!(
            find_text(&ms, "American positions").1.as_deref(),
            Some("USA")
        );
        assert_eq!(find_text(&ms, "U.S. bases").1.as_deref(), Some("USA"));
        assert_eq!(find_text(&ms, "Iraqi militias").1.as_deref(), Some("IRQ"));
    }

    #[test]
    fn demonym_before_a_group_yields_to_the_group_and_modifiers_are_marked() {
        let ms = mentions(
            "Yemeni Houthis fired at ships, and American policy changed. Iran's position is firm.",
        );
        assert!(ms.iter().all(|m| m.0 != "Yemeni"));
        assert_eq!(find_text(&ms, "Houthis").2.as_deref(), Some("Houthis"));
        assert!(find_text(&ms, "American").3, "American policy: modifier");
        assert!(find_text(&ms, "Iran").3, "Iran's: modifier");
    }

    #[test]
    fn offices_resolve_by_date_and_pronouns_link_back() {
        let ms =
            mentions("Iran's foreign minister spoke on Monday. He said the US had sent a message.");
        assert_eq!(
            find_text(&ms, "Iran's foreign minister").2.as_deref(),
            Some("Hossein Amir-Abdollahian")
        );
        assert_eq!(
            find_text(&ms, "He").2.as_deref(),
            Some("Hossein Amir-Abdollahian")
        );
    }

    #[test]
    fn a_bare_title_names_the_holder_named_before_or_the_article_s_country_s() {
        // Linked back to the holder, office or its word alone.
        let ms = mentions(
            "Iran's foreign minister spoke on Monday. The minister told reporters that talks \
             went well. Later the foreign minister left.",
        );
        for title in ["minister", "foreign minister"] {
            assert_eq!(
                find_text(&ms, title).2.as_deref(),
                Some("Hossein Amir-Abdollahian"),
                "{title}"
            );
        }
        // None named before: the holder of the country the article is about.
        let ms = mentions(
            "Iran seized a tanker on Sunday. Speaking in Tehran, the foreign minister said \
             the ship broke Iranian law.",
        );
        assert_eq!(
            find_text(&ms, "foreign minister").2.as_deref(),
            Some("Hossein Amir-Abdollahian")
        );
        // Not one named before who does not hold it on the article's date
        // (Trump in 2023), nor one who holds another office with its word
        // (the vice president), nor an office of something else.
        let ms = mentions(
            "In Washington, Donald Trump and Vice President Kamala Harris met. The White \
             House said the president was away. Later the president of the bar association \
             spoke.",
        );
        assert_eq!(
            find_text(&ms, "president").2.as_deref(),
            Some("Joe Biden"),
            "{ms:?}"
        );
        assert_eq!(
            ms.iter().filter(|m| m.0 == "president").count(),
            1,
            "{ms:?}"
        );
        // Capitalized in American style, an office still is one, and no name.
        let text = "In Washington, the White House said the President was away.";
        let ms = mentions(text);
        assert_eq!(find_text(&ms, "President").2.as_deref(), Some("Joe Biden"));
        assert!(!names_of(text).iter().any(|(n, _)| n == "President"));
        // A word of an office alone, with nobody before it: a minister of
        // that country, unnamed.
        let ms = mentions("Iran seized a tanker. Tehran said the minister would speak.");
        let minister = find_text(&ms, "minister");
        assert_eq!(
            (minister.1.as_deref(), minister.2.as_deref()),
            (Some("IRN"), Some("the minister"))
        );
    }

    #[test]
    fn a_body_s_office_is_held_for_the_body() {
        let ms = mentions(
            "Hezbollah's secretary-general spoke. The NATO secretary-general met the UN \
             secretary-general. Apple's vice president of marketing Phil Schiller spoke.",
        );
        assert_eq!(
            find_text(&ms, "Hezbollah's secretary-general").2.as_deref(),
            Some("Hassan Nasrallah")
        );
        assert_eq!(
            find_text(&ms, "NATO secretary-general").2.as_deref(),
            Some("Jens Stoltenberg")
        );
        assert_eq!(
            find_text(&ms, "UN secretary-general").2.as_deref(),
            Some("Antonio Guterres")
        );
        // No holder known: the body stays itself.
        assert_eq!(find_text(&ms, "Apple").2.as_deref(), Some("Apple Inc."));
    }

    #[test]
    fn a_possessor_does_not_reach_over_an_office_or_a_reporting_verb() {
        let ms = mentions(
            "Iran's foreign minister told reporters that militias had attacked. \
             Turkey's president said officials were safe.",
        );
        assert_eq!(find_text(&ms, "reporters").2.as_deref(), Some("reporters"));
        assert_eq!(find_text(&ms, "officials").2.as_deref(), Some("officials"));
        assert!(
            ms.iter().any(|m| m.0 == "Iran's foreign minister"),
            "{ms:?}"
        );
        assert!(ms.iter().any(|m| m.0 == "Turkey's president"), "{ms:?}");
    }

    #[test]
    fn a_proper_adjective_opening_a_sentence_keeps_the_article_s_country_off() {
        let text = "Iran seized a tanker. Tehran said the crew was safe. \
                    Western countries condemned the seizure.";
        assert_eq!(
            resolved(text, &[], "Western countries"),
            (None, Some("GOV".into()))
        );
    }

    #[test]
    fn a_weapon_or_a_site_is_not_the_state_of_the_place_beside_it() {
        let text = "Missiles struck a base in Kyiv on Monday. Police in Kyiv closed roads.";
        assert_eq!(resolved(text, &[], "Missiles").0, None);
        assert_eq!(resolved(text, &[], "base").0, None);
        assert_eq!(resolved(text, &[], "Police").0.as_deref(), Some("UKR"));
        let text = "Strikes hit Raqqa. In Syria, coalition forces conducted ten strikes.";
        assert_eq!(resolved(text, &[], "coalition").0, None);
    }

    #[test]
    fn the_place_or_body_an_office_belongs_to_is_a_name() {
        let names = names_of(
            "Iran's foreign minister spoke. The US president replied. Hezbollah's \
             secretary-general spoke. The Iraqi foreign minister left.",
        );
        assert!(has(&names, "Iran", MentionType::LOC), "{names:?}");
        assert!(has(&names, "US", MentionType::LOC), "{names:?}");
        assert!(has(&names, "Hezbollah", MentionType::ORG), "{names:?}");
        assert!(has(&names, "Iraqi", MentionType::MISC), "{names:?}");
    }

    #[test]
    fn a_description_s_capitalized_body_word_with_its_purpose_is_a_name() {
        let names = names_of(
            "Nega's Coalition for Unity and Democracy won most seats. Officials praised \
             Coalition efforts against the militants.",
        );
        assert!(
            has(
                &names,
                "Coalition for Unity and Democracy",
                MentionType::ORG
            ),
            "{names:?}"
        );
        assert!(has(&names, "Coalition", MentionType::ORG), "{names:?}");
    }

    #[test]
    fn a_group_s_spokesman_named_by_reference_speaks_for_the_group() {
        let text = "The Houthi movement said it would keep firing. The group's military \
                    spokesman, Yahya Saree, said its forces had hit a ship. \"We will not \
                    stop,\" he said.";
        let ms = found(text);
        let of = |t: &str| {
            let e = ms
                .iter()
                .find(|m| m.span.text(text) == t)
                .and_then(|m| m.entity.clone())
                .unwrap_or_else(|| panic!("no {t:?}"));
            (e.code, e.sector, e.affiliation)
        };
        let houthi = (
            Some("YEM".to_string()),
            Some("REB".to_string()),
            Some("Houthis".to_string()),
        );
        assert_eq!(of("military spokesman"), houthi);
        assert_eq!(of("Yahya Saree"), houthi);
        assert_eq!(of("he"), houthi);
        // "its" is the group the possessor stands for, with no body of its
        // own sentence before it.
        assert_eq!(of("its").0.as_deref(), Some("YEM"));
        // One of its own sentence comes first.
        let text = "Armenia rejected Azerbaijan's demand to change its constitution.";
        assert_eq!(resolved(text, &[], "its").0.as_deref(), Some("ARM"));
    }

    #[test]
    fn a_person_named_after_a_title_takes_its_country_and_sector() {
        let text = "Hungary's foreign minister, Peter Szijjarto, said Budapest would wait.";
        assert_eq!(
            resolved(text, &[], "Peter Szijjarto"),
            (Some("HUN".into()), Some("GOV".into()))
        );
    }

    #[test]
    fn a_state_s_name_and_its_office_read_whole_as_a_place_are_the_state() {
        let ms = mentions("U.S. Secretary of State Antony Blinken met Netanyahu.");
        assert_eq!(find_text(&ms, "U.S.").2.as_deref(), Some("United States"));
        let ms = mentions("The U.S. Secretary of State met Netanyahu.");
        assert_eq!(
            find_text(&ms, "U.S. Secretary of State").2.as_deref(),
            Some("Antony Blinken")
        );
    }

    #[test]
    fn all_sides_are_no_one_country_s() {
        let text = "Iran seized a tanker. Tehran said the crew was safe. The UN urged all \
                    sides to show restraint.";
        assert_eq!(resolved(text, &[], "sides").0, None);
    }

    #[test]
    fn definite_descriptions_link_to_their_earlier_mention() {
        let ms = mentions("The Israeli regime waged war. Hamas fought against the regime.");
        assert_eq!(find_text(&ms, "Israeli regime").1.as_deref(), Some("ISR"));
        assert_eq!(find_text(&ms, "regime").1.as_deref(), Some("ISR"));
        // Over a count too.
        let ms = mentions("Russian drones struck Odesa. Kyiv downed eleven of the fifteen drones.");
        assert_eq!(find_text(&ms, "drones").1.as_deref(), Some("RUS"));
    }

    #[test]
    fn legislatures_are_their_country_s() {
        let ms = mentions("The Kenyan parliament condemned the attack.");
        assert_eq!(
            find_text(&ms, "Kenyan parliament").1.as_deref(),
            Some("KEN")
        );
    }

    #[test]
    fn a_head_before_a_noun_it_modifies_is_no_actor() {
        let ms = mentions("Britain promised military aid to Mozambique.");
        assert!(ms.iter().all(|m| m.0 != "military"), "{ms:?}");
    }

    #[test]
    fn a_state_after_of_gives_a_description_its_country() {
        let ms = mentions("Kenyan diplomats met officials of Tanzania in Arusha.");
        assert_eq!(find_text(&ms, "officials").1.as_deref(), Some("TZA"));
        let ms = mentions("Doctors from two American aid groups delivered medicine.");
        assert_eq!(find_text(&ms, "Doctors").1.as_deref(), Some("USA"));
    }

    #[test]
    fn a_description_in_apposition_says_what_an_unknown_person_is() {
        let text = "Wanjiru Kamau, Kenya's leading human rights activist, began a fast. \
                    Omar Haddad, the Syrian security chief, spoke.";
        let ms = mentions(text);
        assert_eq!(find_text(&ms, "Wanjiru Kamau").1.as_deref(), Some("KEN"));
        assert_eq!(
            find_text(&ms, "Kenya's leading human rights activist")
                .1
                .as_deref(),
            Some("KEN")
        );
        assert_eq!(
            resolved(text, &[], "Omar Haddad"),
            (Some("SYR".into()), Some("COP".into()))
        );
    }

    #[test]
    fn a_possessor_gives_a_description_its_country_over_adjectives() {
        let ms =
            mentions("Israel's high court opened a hearing; Kenya's new interim government met.");
        assert_eq!(
            find_text(&ms, "Israel's high court").1.as_deref(),
            Some("ISR")
        );
        assert_eq!(
            find_text(&ms, "Kenya's new interim government")
                .1
                .as_deref(),
            Some("KEN")
        );
        // A capitalized word that names nothing of its own is an adjective
        // too; a name between is the possessor's own actor.
        let ms = mentions(
            "Nicaragua's Sandinista government closed a newspaper. Iran's Foreign Ministry spoke.",
        );
        assert_eq!(
            find_text(&ms, "Nicaragua's Sandinista government")
                .1
                .as_deref(),
            Some("NIC")
        );
        assert_eq!(
            find_text(&ms, "Iran's Foreign Ministry").1.as_deref(),
            Some("IRN")
        );
        // A function word between is another phrase.
        let ms = mentions("Iran's support for the rebels grew.");
        assert_eq!(find_text(&ms, "rebels").1, None);
    }

    #[test]
    fn a_people_placed_in_a_state_is_of_that_state() {
        let ms = mentions("The Ethiopians of eastern Kenya are demanding land rights.");
        let people = find_text(&ms, "Ethiopians");
        assert_eq!(people.1.as_deref(), Some("KEN"));
        assert!(!people.3, "{ms:?}");
        // The state only places them.
        assert!(find_text(&ms, "Kenya").3, "{ms:?}");
        // Without "the ... of", a demonym is the state's people.
        let ms = mentions("Ethiopians in Kenya are demanding land rights.");
        assert_eq!(find_text(&ms, "Ethiopians").1.as_deref(), Some("ETH"));
    }

    #[test]
    fn a_body_named_after_an_international_organization_is_its_own() {
        let ms = mentions("The UN Migration Agency launched an appeal for Ethiopia.");
        assert_eq!(find_text(&ms, "Migration Agency").1.as_deref(), Some("IGO"));
        // The organization's name only says whose the body is.
        assert!(find_text(&ms, "UN").3, "{ms:?}");
    }

    #[test]
    fn officials_after_an_unknown_body_speak_for_it() {
        let ms = mentions("Kenya Sugar Growers Association (KSGA) officials demanded talks.");
        assert_eq!(find_text(&ms, "officials").1.as_deref(), Some("KEN"));
        let ms = mentions("Kenya Sugar Growers Association officials demanded talks.");
        assert_eq!(find_text(&ms, "officials").1.as_deref(), Some("KEN"));
        // Not over other words: these officials are not the association's.
        let ms = mentions("Kenya Sugar Growers Association met, and officials demanded talks.");
        assert_eq!(find_text(&ms, "officials").1, None);
    }

    #[test]
    fn radicals_named_by_their_creed_are_actors_of_their_country() {
        let ms =
            mentions("Croatian extremists attacked Serb villages, and Algerian Islamists marched.");
        assert_eq!(
            find_text(&ms, "Croatian extremists").1.as_deref(),
            Some("HRV")
        );
        assert_eq!(
            find_text(&ms, "Algerian Islamists").1.as_deref(),
            Some("DZA")
        );
        // Before a noun the word is an adjective, not the actor.
        let ms = mentions("Police arrested members of an extremist group.");
        assert!(ms.iter().all(|m| m.0 != "extremist"), "{ms:?}");
    }

    #[test]
    fn a_misspelt_state_is_read_and_a_name_one_letter_away_is_not() {
        let ms = mentions("Ethopia has agreed to talks with Quatar's emir.");
        assert_eq!(find_text(&ms, "Ethopia").1.as_deref(), Some("ETH"));
        assert_eq!(find_text(&ms, "Quatar").1.as_deref(), Some("QAT"));
        let ms = mentions(
            "Frances Fitzgerald met Donna Brazile in Indiana. Brazile and Cameron said Frances \
             was right.",
        );
        for (text, code, _, _) in &ms {
            assert!(
                !matches!(code.as_deref(), Some("FRA" | "BRA" | "IND" | "CMR")),
                "{text} read as {code:?}"
            );
        }
    }

    #[test]
    fn a_description_takes_the_country_the_article_is_about() {
        let ms = mentions(
            "Thousands marched in Nairobi on Tuesday. Police fired tear gas, and its officers \
             arrested 50 people, a student leader, Amani Otieno, said. Kenya's parliament met.",
        );
        assert_eq!(find_text(&ms, "Police").1.as_deref(), Some("KEN"));
        assert_eq!(find_text(&ms, "Amani Otieno").1.as_deref(), Some("KEN"));
        // One mention of a country is not what an article is about, and
        // armed groups take no country from it.
        let ms = mentions("Rebels seized a town near Goma and freed Russian advisers on Monday.");
        assert_eq!(find_text(&ms, "Rebels").1, None);
        let ms = mentions("Rebels seized Goma. Congo said Congo's army would retake Goma.");
        assert_eq!(find_text(&ms, "Rebels").1, None);
    }

    /// The (code, sector) of the mention `name` in `text`, with `framing`
    /// as the article's headline and dateline.
    fn resolved(text: &str, framing: &[&str], name: &str) -> (Option<String>, Option<String>) {
        let ms = found_framed(text, framing);
        let e = ms
            .iter()
            .find(|m| m.span.text(text) == name)
            .unwrap_or_else(|| panic!("no mention {name:?}"))
            .entity
            .clone();
        (
            e.as_ref().and_then(|e| e.code.clone()),
            e.and_then(|e| e.sector),
        )
    }

    #[test]
    fn a_former_state_is_a_place_with_its_iso_3166_3_code() {
        let text = "Yugoslavia and the Soviet Union traded with Zaire. Soviet and East German \
                    envoys met West German ones.";
        let ns = names_of(text);
        assert!(has(&ns, "Yugoslavia", MentionType::LOC), "{ns:?}");
        assert!(has(&ns, "Soviet Union", MentionType::LOC), "{ns:?}");
        assert!(has(&ns, "Soviet", MentionType::MISC), "{ns:?}");
        assert_eq!(resolved(text, &[], "Yugoslavia").0.as_deref(), Some("YUG"));
        assert_eq!(
            resolved(text, &[], "Soviet Union").0.as_deref(),
            Some("SUN")
        );
        assert_eq!(resolved(text, &[], "Zaire").0.as_deref(), Some("ZAR"));
        assert_eq!(resolved(text, &[], "East German").0.as_deref(), Some("DDR"));
        assert_eq!(resolved(text, &[], "West German").0.as_deref(), Some("DEU"));
    }

    #[test]
    fn a_people_with_no_state_of_its_name_is_misc_and_kosovo_is_a_state() {
        let text = "Tutsi rebels and Hazara militias met officials in Pristina, Kosovo. \
                    Rajesh Jain spoke.";
        let ns = names_of(text);
        assert!(has(&ns, "Tutsi", MentionType::MISC), "{ns:?}");
        assert!(has(&ns, "Hazara", MentionType::MISC), "{ns:?}");
        assert!(has(&ns, "Kosovo", MentionType::LOC), "{ns:?}");
        assert!(has(&ns, "Rajesh Jain", MentionType::PER), "{ns:?}");
        assert_eq!(resolved(text, &[], "Kosovo").0.as_deref(), Some("XKX"));
        assert_eq!(resolved(text, &[], "Pristina").0.as_deref(), Some("XKX"));
    }

    #[test]
    fn a_state_s_name_after_a_given_name_is_a_surname() {
        let ns = names_of(
            "The guard Michael Jordan scored, Representative Steve Israel said, and Jordan agreed.",
        );
        assert!(has(&ns, "Michael Jordan", MentionType::PER), "{ns:?}");
        assert!(has(&ns, "Steve Israel", MentionType::PER), "{ns:?}");
        assert!(has(&ns, "Jordan", MentionType::LOC), "{ns:?}");
        let ns = names_of("Will Jordan respond to the offer?");
        assert!(has(&ns, "Jordan", MentionType::LOC), "{ns:?}");
    }

    #[test]
    fn a_known_name_opening_a_description_is_a_name() {
        let ns = names_of(
            "U.S. officials and State Department employees met Western diplomats and Kosovo police.",
        );
        assert!(has(&ns, "U.S.", MentionType::LOC), "{ns:?}");
        assert!(has(&ns, "State Department", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "Kosovo", MentionType::LOC), "{ns:?}");
        assert!(!ns.iter().any(|(n, _)| n.contains("diplomats")), "{ns:?}");
        let ns = names_of("The army shelled Kurdish positions and the regime's forces.");
        assert!(has(&ns, "Kurdish", MentionType::MISC), "{ns:?}");
    }

    #[test]
    fn a_listed_company_is_of_its_seat_not_of_a_wrong_index_row() {
        let text = "Deutsche Telekom and Canon Inc. reported profits.";
        assert_eq!(
            resolved(text, &[], "Deutsche Telekom").0.as_deref(),
            Some("DEU")
        );
        assert_eq!(resolved(text, &[], "Canon Inc.").0.as_deref(), Some("JPN"));
    }

    #[test]
    fn a_name_before_an_office_only_a_body_has_is_the_body() {
        let ns = names_of(
            "Bundesbank president Hans Tietmeyer spoke. Clinton spokesman Mike McCurry did not.",
        );
        assert!(has(&ns, "Bundesbank", MentionType::ORG), "{ns:?}");
        assert!(has(&ns, "Hans Tietmeyer", MentionType::PER), "{ns:?}");
        assert!(!has(&ns, "Clinton", MentionType::ORG), "{ns:?}");
    }

    #[test]
    fn a_pronoun_takes_the_country_its_antecedent_found_in_context() {
        let ms = mentions("Bosnian Serbs said their forces had completed their withdrawal.");
        let theirs: Vec<_> = ms.iter().filter(|m| m.0 == "their").collect();
        assert_eq!(theirs.len(), 2, "{ms:?}");
        // The second refers to "their forces", whose country came from the first.
        assert_eq!(theirs[1].1.as_deref(), Some("BIH"), "{ms:?}");
    }

    #[test]
    fn an_opposition_coalition_is_the_opposition_not_an_armed_coalition() {
        assert_eq!(
            resolved(
                "The Georgian opposition coalition agreed to postpone the march.",
                &[],
                "Georgian opposition coalition"
            ),
            (Some("GEO".into()), Some("OPP".into()))
        );
    }

    #[test]
    fn the_headline_and_dateline_count_toward_the_article_s_country() {
        let text = "Thousands marched through central Nairobi. Police fired tear gas.";
        assert_eq!(resolved(text, &[], "Police").0, None);
        let headline = ["Police fire tear gas at tax protest in Nairobi"];
        assert_eq!(
            resolved(text, &headline, "Police").0.as_deref(),
            Some("KEN")
        );
        assert_eq!(
            resolved(text, &["NAIROBI"], "Police").0.as_deref(),
            Some("KEN")
        );
        // A demonym in the headline says whose something is, not where.
        assert_eq!(
            resolved(text, &["Kenyan police fire tear gas"], "Police").0,
            None
        );
    }

    #[test]
    fn a_state_s_army_named_bare_is_the_article_s_country_s() {
        let text = "Fighting raged in Khartoum on Monday and in Omdurman. Aid groups said \
                    civilians fled. The army said it had repelled an attack. Drones struck a market.";
        assert_eq!(
            resolved(text, &[], "army"),
            (Some("SDN".into()), Some("MIL".into()))
        );
        assert_eq!(resolved(text, &[], "Drones").0, None);
    }

    #[test]
    fn a_city_or_region_around_a_state_s_name_is_the_place() {
        let text = "Police in Port Sudan arrested six activists. Aid reached North Darfur and \
                    South Sudan. Troops retook a village in Western Cambodia.";
        let ms = mentions(text);
        assert_eq!(find_text(&ms, "Port Sudan").1.as_deref(), Some("SDN"));
        assert_eq!(find_text(&ms, "North Darfur").1.as_deref(), Some("SDN"));
        assert_eq!(find_text(&ms, "South Sudan").1.as_deref(), Some("SSD"));
        assert_eq!(find_text(&ms, "Western Cambodia").1.as_deref(), Some("KHM"));
        assert!(
            !ms.iter().any(|m| m.0 == "Sudan" || m.0 == "Darfur"),
            "{ms:?}"
        );
    }

    #[test]
    fn what_a_state_deploys_or_fires_is_its_own() {
        let text = "The United States deployed two destroyers to the Gulf. The Houthis fired \
                    two missiles at a ship. Drones struck a market.";
        assert_eq!(
            resolved(text, &[], "two destroyers"),
            (Some("USA".into()), Some("MIL".into()))
        );
        assert_eq!(
            resolved(text, &[], "two missiles").0.as_deref(),
            Some("YEM")
        );
        assert_eq!(resolved(text, &[], "Drones").0, None);
    }

    #[test]
    fn a_political_word_stands_inside_a_description() {
        let text = "Irish nationalist guerrillas wounded two British soldiers.";
        assert_eq!(
            resolved(text, &[], "Irish nationalist guerrillas"),
            (Some("IRL".into()), Some("REB".into()))
        );
    }

    #[test]
    fn what_a_state_leads_is_its_own() {
        let text = "The Saudi-led coalition struck Sanaa. U.S.-led forces bombed Mosul. \
                    Iran-backed militias fired rockets.";
        assert_eq!(
            resolved(text, &[], "Saudi-led coalition"),
            (Some("SAU".into()), Some("MIL".into()))
        );
        assert_eq!(
            resolved(text, &[], "U.S.-led forces").0.as_deref(),
            Some("USA")
        );
        // Backing is not leading.
        assert_eq!(resolved(text, &[], "militias").0, None);
    }

    #[test]
    fn a_person_is_what_the_description_before_the_name_says() {
        let text = "A Houthi military spokesman, Yahya Saree, said the group would go on. \
                    Armenian foreign ministry spokeswoman Anahit Serobyan told reporters.";
        assert_eq!(
            resolved(text, &[], "Yahya Saree"),
            (Some("YEM".into()), Some("REB".into()))
        );
        assert_eq!(
            resolved(text, &[], "military spokesman").1.as_deref(),
            Some("REB")
        );
        assert_eq!(
            resolved(text, &[], "Anahit Serobyan"),
            (Some("ARM".into()), Some("GOV".into()))
        );
    }

    #[test]
    fn a_description_head_inside_a_name_is_part_of_the_name() {
        let names =
            names_of("Mandela flew to Cape Town for talks with the African National Congress.");
        assert!(
            names.contains(&("African National Congress".into(), MentionType::ORG)),
            "{names:?}"
        );
    }

    #[test]
    fn months_titles_places_and_possessives_are_no_speakers_names() {
        let names = names_of(
            "Support of Turkey’s government grew. The 13 November attacks killed people. \
             The attack in Marea shows their disregard. Ministers discussed the crisis. \
             Members joined the Syrian Electronic Army. Pat Caddell said so.",
        );
        let texts: Vec<&str> = names.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            texts,
            ["Turkey", "Marea", "Syrian Electronic Army", "Pat Caddell"]
        );
        let types: Vec<MentionType> = names.iter().map(|(_, t)| *t).collect();
        use MentionType::*;
        assert_eq!(types, [LOC, LOC, ORG, PER]);
        // A cue that is also a noun, in its -s form, is the noun.
        let names = names_of("Police said the Easter attacks were planned.");
        assert!(
            !names.contains(&("Easter".into(), MentionType::PER)),
            "{names:?}"
        );
    }

    #[test]
    fn a_title_gives_an_unknown_person_a_sector() {
        let text = "Prime Minister Andrew Holness met Gen. Tomas Ferreira and a coach, Ivo Lind.";
        let found = found(text);
        let sector = |name: &str| {
            found
                .iter()
                .find(|m| m.span.text(text) == name)
                .and_then(|m| m.entity.as_ref())
                .and_then(|e| e.sector.clone())
        };
        assert_eq!(sector("Andrew Holness").as_deref(), Some("GOV"));
        assert_eq!(sector("Tomas Ferreira").as_deref(), Some("MIL"));
        assert_eq!(sector("Ivo Lind"), None);
    }

    #[test]
    fn the_office_of_a_state_is_its_holder() {
        let m = mentions("The president of Kenya resigned on Thursday.");
        assert!(
            m.iter()
                .any(|x| x.0 == "president of Kenya" && x.1.as_deref() == Some("KEN")),
            "{m:?}"
        );
    }

    #[test]
    fn a_place_before_a_description_gives_its_country() {
        let m = mentions("Gaza militants fired rockets on Monday.");
        assert!(
            m.iter()
                .any(|x| x.0 == "Gaza militants" && x.1.as_deref() == Some("PSE")),
            "{m:?}"
        );
    }

    #[test]
    fn a_leader_before_a_government_gives_its_country() {
        let m = mentions("The Obama administration and the Bush government acted.");
        let codes: Vec<_> = m.iter().map(|x| (x.0.as_str(), x.1.as_deref())).collect();
        assert!(
            codes.contains(&("Obama administration", Some("USA"))),
            "{codes:?}"
        );
        assert!(
            codes.contains(&("Bush government", Some("USA"))),
            "{codes:?}"
        );
    }

    #[test]
    fn a_state_after_in_gives_a_description_its_country() {
        let ms = mentions("Security forces in Malawi detained two reporters.");
        assert_eq!(find_text(&ms, "Security forces").1.as_deref(), Some("MWI"));
    }

    #[test]
    fn an_international_body_before_a_title_gives_the_person_its_code() {
        let ms = mentions("Arab League Secretary General Karim Haddad met the envoys.");
        assert_eq!(find_text(&ms, "Karim Haddad").1.as_deref(), Some("IGO"));
    }

    #[test]
    fn appositive_names_win_over_their_description() {
        let ms = mentions("The attack by Palestinian resistance movement Hamas began.");
        assert!(ms.iter().all(|m| !m.0.contains("movement")), "{ms:?}");
        assert_eq!(find_text(&ms, "Hamas").1.as_deref(), Some("PSE"));
    }

    #[test]
    fn a_known_surname_inside_a_longer_name_is_that_name() {
        // A middle initial after the known person's given name.
        let ns = names_of("The chairman, Ben S. Bernanke, spoke on Tuesday.");
        assert!(
            ns.contains(&("Ben S. Bernanke".to_string(), MentionType::PER)),
            "{ns:?}"
        );
        // A known surname before another name is someone else's.
        let ns = names_of("Walter Cheney Okafor, a former aide, died on Tuesday.");
        assert!(
            ns.contains(&("Walter Cheney Okafor".to_string(), MentionType::PER)),
            "{ns:?}"
        );
        let ns = names_of("The council heard Nadia St. Martin on Tuesday.");
        assert!(
            ns.contains(&("Nadia St. Martin".to_string(), MentionType::PER)),
            "{ns:?}"
        );
    }

    proptest::proptest! {
        /// Any text, shouting and odd capitals included: mentions and the
        /// names view are spans on char boundaries inside the text, and
        /// every name lies where a mention starts.
        #[test]
        fn mentions_and_names_are_spans_of_the_text(
            text in "(\\PC|[A-Z][a-z]{2,8} |[A-Z]{3,7} |of |in |, |\\. |[0-9]{1,2} |\\( |\\) | - |\n|[A-Z]\\. |Tory |c |b ){0,40}"
        ) {
            let kb = KnowledgeBase::embedded();
            let toks = tokens::tokenize(&text);
            let sents = sentences::split(&text, &[]);
            let ms = find(&text, &toks, &sents, &kb, jiff::civil::date(2024, 1, 1), &[]);
            for m in &ms {
                proptest::prop_assert!(m.span.start < m.span.end && m.span.end <= text.len());
                proptest::prop_assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
            }
            for (span, _) in named_spans(&text, &ms, &kb) {
                proptest::prop_assert!(span.start < span.end && span.end <= text.len());
                proptest::prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
                proptest::prop_assert!(ms.iter().any(|m| m.span.start <= span.start && span.start < m.span.end));
            }
        }
    }
}
