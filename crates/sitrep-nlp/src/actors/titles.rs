//! Pass 4, first half: office titles resolved to their holder on the
//! article's date ("Iran's foreign minister").

use super::*;

/// Pass 4: office titles and people named after them.
pub(super) fn titles(ctx: &Ctx, list: &mut Vec<Candidate>, date: Date) {
    let toks = ctx.toks;
    let mut cands = Listed::new(list);
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
        if cands.overlapping(i, end).any(|ci| cands[ci].first != i) {
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
        let owner_ending_at = |last: usize| cands.ending_at(last).find(|&ci| is_owner(&cands[ci]));
        let before = full_office
            .then(|| {
                let right_before = i.checked_sub(1).and_then(owner_ending_at);
                let possessor = i
                    .checked_sub(2)
                    .filter(|_| ctx.is_possessive(i - 1))
                    .and_then(owner_ending_at);
                right_before.into_iter().chain(possessor).min()
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
            cands.starting_at(k).find(|&ci| is_owner(&cands[ci]))
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
                .starting_at(k)
                .any(|ci| cands[ci].mention_type == MentionType::PER)
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
        cands.take(owner);
        cands.push(Candidate::new(first, last, MentionType::PER, Some(entity)));
    }
    cands.drop_taken();
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
