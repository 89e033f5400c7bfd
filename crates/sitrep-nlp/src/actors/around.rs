//! Readers of the words around a token: a description or a country before
//! it, a title's sector, a place around it, a deployer or a national head.

use super::*;

/// Verbs whose object, forces or weapons, is their subject's
/// (`deploy-verbs.txt`).
pub(super) static DEPLOY_VERBS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../../data/lexicon/deploy-verbs.txt")));

/// A place whose name wraps the known name at tokens `first..=last` with
/// one capitalized word: "Port Sudan" and "Kuwait City" are cities of the
/// gazetteer, not the states; "North Darfur" and "Western Cambodia" are
/// parts of the region or state, and of its country.
pub(super) fn place_around(
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
pub(super) const COMPASS: [&str; 11] = [
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "upper", "lower",
];

/// The candidates found so far, as the lookups below read them: those that
/// end within a few tokens, or start on one, in the order they were found.
pub(super) trait Nearby {
    fn ending_within(&self, tokens: std::ops::Range<usize>) -> Vec<&Candidate>;
    fn starting_at(&self, k: usize) -> Vec<&Candidate>;
}

/// A list read whole at each lookup: for passes that change it between
/// lookups.
impl Nearby for [Candidate] {
    fn ending_within(&self, tokens: std::ops::Range<usize>) -> Vec<&Candidate> {
        self.iter().filter(|c| tokens.contains(&c.last)).collect()
    }
    fn starting_at(&self, k: usize) -> Vec<&Candidate> {
        self.iter().filter(|c| c.first == k).collect()
    }
}

/// A list with its candidates indexed by their first and last tokens: for a
/// pass that looks up every name it finds (a scan of the list per name made
/// a long text's analysis quadratic). The index must be kept with the list
/// ([`CandidateIndex::add`], [`CandidateIndex::rebuild`]).
#[derive(Default)]
pub(super) struct CandidateIndex {
    by_first: FxHashMap<usize, Vec<usize>>,
    by_last: FxHashMap<usize, Vec<usize>>,
}

impl CandidateIndex {
    pub(super) fn rebuild(&mut self, cands: &[Candidate]) {
        self.by_first.clear();
        self.by_last.clear();
        for k in 0..cands.len() {
            self.add(cands, k);
        }
    }
    /// Index the candidate at `k`, the list's last.
    pub(super) fn add(&mut self, cands: &[Candidate], k: usize) {
        self.by_first.entry(cands[k].first).or_default().push(k);
        self.by_last.entry(cands[k].last).or_default().push(k);
    }
    pub(super) fn over<'c>(&'c self, cands: &'c [Candidate]) -> Indexed<'c> {
        Indexed { cands, index: self }
    }
}

/// A list and its [`CandidateIndex`].
pub(super) struct Indexed<'c> {
    cands: &'c [Candidate],
    index: &'c CandidateIndex,
}

impl Nearby for Indexed<'_> {
    fn ending_within(&self, tokens: std::ops::Range<usize>) -> Vec<&Candidate> {
        let mut at: Vec<usize> = tokens
            .filter_map(|k| self.index.by_last.get(&k))
            .flatten()
            .copied()
            .collect();
        // (In the order they were found, as the list holds them.)
        at.sort_unstable();
        at.into_iter().map(|j| &self.cands[j]).collect()
    }
    fn starting_at(&self, k: usize) -> Vec<&Candidate> {
        let at = self.index.by_first.get(&k);
        at.map_or(Vec::new(), |ks| {
            ks.iter().map(|&j| &self.cands[j]).collect()
        })
    }
}

/// The entity of the description that ends right before token `tok`
/// ("Armenian foreign ministry spokeswoman" before a name).
pub(super) fn description_before<N: Nearby + ?Sized>(cands: &N, tok: usize) -> Option<&Entity> {
    let last = tok.checked_sub(1)?;
    cands
        .ending_within(last..tok)
        .into_iter()
        .find(|c| c.head.is_some())
        .and_then(|c| c.entity.as_ref())
}

/// The entity of a description set off by commas right after token `last`
/// ("X, the Syrian opposition leader, said").
pub(super) fn description_in_apposition_after<'a, N: Nearby + ?Sized>(
    ctx: &Ctx,
    cands: &'a N,
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
        .starting_at(first)
        .into_iter()
        .find(|c| c.head.is_some() && matches!(ctx.lower(c.last + 1), "," | "." | ")"))
        .and_then(|c| c.entity.as_ref())
}

/// The sector a title among the three words before token `tok` gives a
/// person ("Prime Minister Andrew Holness": GOV), from `title-sectors.tsv`.
pub(super) fn title_sector(ctx: &Ctx, tok: usize) -> Option<String> {
    (tok.saturating_sub(3)..tok)
        .rev()
        .map(|k| ctx.lower(k).trim_end_matches('.'))
        .find_map(|w| TITLE_SECTORS.get(w))
        .map(|s| s.to_string())
}

/// The sector a title among the three words before token `tok` gives the
/// body named there, for titles held only in one kind of body (`body` in
/// `title-sectors.tsv`: "a professor at the University of Utah", EDU). Other
/// titles say nothing of the body: a president or a general manager serves
/// a dairy, a church or a newspaper as well as a state.
pub(super) fn body_title_sector(ctx: &Ctx, tok: usize) -> Option<String> {
    (tok.saturating_sub(3)..tok)
        .rev()
        .map(|k| ctx.lower(k).trim_end_matches('.'))
        .find(|w| TITLE_SECTORS.contains_key(w))
        .filter(|w| BODY_TITLES.contains(w))
        .and_then(|w| TITLE_SECTORS.get(w))
        .map(|s| s.to_string())
}

/// The country of a person named at token `first`, from what stands
/// before the name: a demonym or possessor within five tokens ("the Syrian
/// opposition leader X", "Iran's foreign minister X"), or a state's name
/// followed only by title words ("Pakistan President X").
pub(super) fn country_before<N: Nearby + ?Sized>(
    ctx: &Ctx,
    cands: &N,
    first: usize,
) -> Option<String> {
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
    let mut titles_from = first;
    while titles_from > 0 && is_title(titles_from - 1) {
        titles_from -= 1;
    }
    // The candidates that end where the tests below look, in their order:
    // one lookup, since this runs for every name (a search per token looked
    // at made a long text's analysis quadratic, and slow).
    let from = first.saturating_sub(5).min(titles_from.saturating_sub(4));
    let near = cands.ending_within(from..first);
    let ending_at = |k: usize| near.iter().copied().filter(move |c| c.last == k);
    let modifier = (first.saturating_sub(5)..first)
        .rev()
        .find_map(|k| ending_at(k).find(|c| c.modifier))
        .and_then(code_of(&[EntityKind::State]));
    modifier.or_else(|| {
        // "United Nations Human Rights Commissioner Michelle Bachelet": the
        // office's own capitalized words stand between the body and the title.
        let mut k = titles_from;
        while k < first
            && k > 0
            && titles_from - k < 3
            && ctx.toks[k - 1].capitalized
            && ending_at(k - 1).next().is_none()
        {
            k -= 1;
        }
        (k < first && k > 0)
            .then(|| ending_at(k - 1).next())
            .flatten()
            // Before title words an international body serves too ("Arab
            // League Secretary General Chadli Klibi").
            .and_then(code_of(&[EntityKind::State, EntityKind::Igo]))
    })
}

/// Whether the description from token `tok` to byte `end` ends in a head a
/// state has one of (`national` in `generic.tsv`: "the army").
pub(super) fn national_head(ctx: &Ctx, tok: usize, end: usize) -> bool {
    ends_in_head(ctx, tok, end, |h| h.national)
}

/// Whether the description from token `tok` to byte `end` ends in a head of
/// `generic.tsv` that `which` accepts.
pub(super) fn ends_in_head(
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
pub(super) fn deployer(ctx: &Ctx, subjects: &[(usize, String)], tok: usize) -> Option<String> {
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
