//! Pass 4, first half: office titles resolved to their holder on the
//! article's date ("Iran's foreign minister").

use super::*;

/// Pass 4: office titles and people named after them.
pub(super) fn titles(ctx: &Ctx, list: &mut Vec<Candidate>, date: Date) {
    let mut cands = Listed::new(list);
    for i in 0..ctx.toks.len() {
        let Some((len, full_office)) = office_at(ctx, i) else {
            continue;
        };
        let end = i + len - 1;
        if cands.overlapping(i, end).any(|ci| cands[ci].first != i) {
            continue;
        }
        if named_after_the_title(ctx, &cands, end) {
            continue;
        }
        let office_name = (i..=end)
            .map(|k| ctx.lower(k))
            .collect::<Vec<_>>()
            .join(" ");
        let Some((owner, owner_after)) = owner_of_the_office(ctx, &cands, i, end, full_office)
        else {
            if let Some(c) = definite_office(ctx, i, end, full_office, office_name) {
                cands.push(c);
            }
            continue;
        };
        let Some(holder) =
            holder_of_an_owned_office(ctx, &cands, (i, end), owner, owner_after, office_name, date)
        else {
            continue;
        };
        cands.take(owner);
        cands.push(holder);
    }
    cands.drop_taken();
}

/// The office whose words start at token `i`, as its length in tokens, and
/// whether it is an office's full words (`offices.txt`) or only its head
/// word, lower case after "the" ("the minister"), which stands for someone
/// named before.
fn office_at(ctx: &Ctx, i: usize) -> Option<(usize, bool)> {
    let office = OFFICES
        .iter()
        .find(|o| o.iter().enumerate().all(|(k, w)| ctx.lower(i + k) == *w));
    match office {
        Some(o) => Some((o.len(), true)),
        None if i > 0
            && ctx.lower(i - 1) == "the"
            && !ctx.toks[i].capitalized
            && is_office_head(ctx.lower(i)) =>
        {
            Some((1, false))
        }
        None => None,
    }
}

/// Whether the title ending at `end` is followed by its holder's name
/// ("..., Hossein Amir-Abdollahian,"), which is the mention itself. An
/// unknown capitalized name there is the person too ("Israeli Prime
/// Minister Ehud Barak"): the title only gives them a country, later.
fn named_after_the_title(ctx: &Ctx, cands: &Listed, end: usize) -> bool {
    let mut k = end + 1;
    if ctx.lower(k) == "," {
        k += 1;
    }
    let name_follows = ctx
        .toks
        .get(k)
        .is_some_and(|t| t.kind == TokenKind::Word && t.capitalized);
    name_follows
        || cands
            .starting_at(k)
            .any(|ci| cands[ci].mention_type == MentionType::PER)
}

/// Whose office the title from `i` to `end` is: "Iran's foreign minister",
/// "the Iranian foreign minister", "Hezbollah's secretary-general", "the
/// NATO secretary-general" (the owner before it); "the president of
/// Kosovo" (the owner after "of", `true`). An office's head word alone has
/// none.
fn owner_of_the_office(
    ctx: &Ctx,
    cands: &Listed,
    i: usize,
    end: usize,
    full_office: bool,
) -> Option<(usize, bool)> {
    if !full_office {
        return None;
    }
    let is_owner = |c: &Candidate| {
        c.entity.as_ref().is_some_and(|e| {
            matches!(
                e.kind,
                EntityKind::State | EntityKind::Group | EntityKind::Igo
            )
        })
    };
    let owner_ending_at = |last: usize| cands.ending_at(last).find(|&ci| is_owner(&cands[ci]));
    let right_before = i.checked_sub(1).and_then(owner_ending_at);
    let possessor = i
        .checked_sub(2)
        .filter(|_| ctx.is_possessive(i - 1))
        .and_then(owner_ending_at);
    if let Some(before) = right_before.into_iter().chain(possessor).min() {
        return Some((before, false));
    }
    if ctx.lower(end + 1) != "of" {
        return None;
    }
    let k = if ctx.lower(end + 2) == "the" {
        end + 3
    } else {
        end + 2
    };
    let after = cands.starting_at(k).find(|&ci| is_owner(&cands[ci]))?;
    Some((after, true))
}

/// "the foreign minister", "the President" (an office, whatever its case;
/// a bare word only in lower case) with no owner: the holder named last,
/// linked back, or else the article's country's
/// (`give_descriptions_the_article_s_country`). Not the office of what
/// follows: "the president of the lawyers association", "the secretary of
/// Education".
fn definite_office(
    ctx: &Ctx,
    i: usize,
    end: usize,
    full_office: bool,
    office_name: String,
) -> Option<Candidate> {
    let definite = i > 0
        && ctx.lower(i - 1) == "the"
        && (!ctx.toks[i].capitalized || full_office)
        && ctx.lower(end + 1) != "of";
    if !definite {
        return None;
    }
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
    Some(c)
}

/// The holder of the office `title` (its first and last tokens) that the
/// candidate `owner` owns, on `date`: the knowledge base's, or the owner's
/// country's office as a person. A body's office is held for the body:
/// NATO's secretary-general is not the United Nations'. A body's office the
/// knowledge base has no holder of is left to the name rules ("Apple's vice
/// president of worldwide marketing Phil Schiller").
fn holder_of_an_owned_office(
    ctx: &Ctx,
    cands: &Listed,
    (i, end): (usize, usize),
    owner: usize,
    owner_after: bool,
    office_name: String,
    date: Date,
) -> Option<Candidate> {
    let owner_entity = cands[owner].entity.as_ref();
    let code = owner_entity
        .and_then(|e| e.code.clone())
        .unwrap_or_default();
    let body = owner_entity
        .filter(|e| e.kind != EntityKind::State)
        .map(|e| e.name.clone());
    let holder = ctx
        .kb
        .office_holder_of(&code, body.as_deref(), &office_name, date);
    if body.is_some() && holder.is_none() {
        return None;
    }
    let (first, last) = if owner_after {
        (i, cands[owner].last)
    } else {
        (cands[owner].first, end)
    };
    let text = ctx.text(first, last).to_string();
    let entity = match holder {
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
    Some(Candidate::new(first, last, MentionType::PER, Some(entity)))
}

/// The candidates as this pass reads and changes them, indexed by their
/// first and last tokens. An owner taken into a title ("Iran's" in "Iran's
/// foreign minister") is marked, and dropped when the pass ends, so that
/// indices hold; each look-up yields the live candidates in the list's
/// order, as a scan of the list would. (A scan of every candidate for each
/// office found had made a long text's pass quadratic.)
struct Listed<'c> {
    list: &'c mut Vec<Candidate>,
    taken: Vec<bool>,
    by_first: FxHashMap<usize, Vec<usize>>,
    by_last: FxHashMap<usize, Vec<usize>>,
    /// The most tokens a candidate spans, less one.
    longest: usize,
}

impl<'c> Listed<'c> {
    fn new(list: &'c mut Vec<Candidate>) -> Self {
        let mut listed = Listed {
            taken: vec![false; list.len()],
            list,
            by_first: FxHashMap::default(),
            by_last: FxHashMap::default(),
            longest: 0,
        };
        for ci in 0..listed.list.len() {
            listed.index(ci);
        }
        listed
    }

    fn index(&mut self, ci: usize) {
        let c = &self.list[ci];
        self.by_first.entry(c.first).or_default().push(ci);
        self.by_last.entry(c.last).or_default().push(ci);
        self.longest = self.longest.max(c.last - c.first);
    }

    fn push(&mut self, c: Candidate) {
        self.list.push(c);
        self.taken.push(false);
        self.index(self.list.len() - 1);
    }

    fn take(&mut self, ci: usize) {
        self.taken[ci] = true;
    }

    fn live<'s>(&'s self, at: Option<&'s Vec<usize>>) -> impl Iterator<Item = usize> + 's {
        at.into_iter()
            .flatten()
            .copied()
            .filter(|&ci| !self.taken[ci])
    }

    fn starting_at(&self, k: usize) -> impl Iterator<Item = usize> + '_ {
        self.live(self.by_first.get(&k))
    }

    fn ending_at(&self, k: usize) -> impl Iterator<Item = usize> + '_ {
        self.live(self.by_last.get(&k))
    }

    /// The live candidates that share a token with `first..=last`, in the
    /// list's order.
    fn overlapping(&self, first: usize, last: usize) -> impl Iterator<Item = usize> {
        let mut found: Vec<usize> = (first.saturating_sub(self.longest)..=last)
            .flat_map(|k| self.starting_at(k))
            .filter(|&ci| self.list[ci].last >= first)
            .collect();
        found.sort_unstable();
        found.into_iter()
    }

    fn drop_taken(self) {
        drop_taken(self.list, &self.taken);
    }
}

impl std::ops::Index<usize> for Listed<'_> {
    type Output = Candidate;
    fn index(&self, ci: usize) -> &Candidate {
        &self.list[ci]
    }
}
