//! Pass 2: descriptions built on a head from `generic.tsv` and the words
//! before it ("an informed Iranian source", "Western countries").

use super::*;
use crate::kb::GenericHead;

/// Words that join two phrases: a possessor before one of them owns the
/// first ("Iran's support for the rebels"), not the description.
pub(super) const PHRASE_LINKS: [&str; 27] = [
    "the", "a", "an", "of", "for", "to", "in", "on", "at", "by", "with", "from", "into", "against",
    "over", "about", "and", "or", "but", "its", "their", "his", "her", "our", "this", "that", "as",
];

/// Compounds whose second word, a description's head, names no actor
/// (`not-actor-compounds.txt`: "sanctions regime").
pub(super) static NOT_ACTOR_COMPOUNDS: LazyLock<HashSet<(&'static str, &'static str)>> =
    LazyLock::new(|| {
        sitrep_core::data::word_pairs(include_str!(
            "../../../../data/lexicon/not-actor-compounds.txt"
        ))
    });

/// Pass 2: descriptions built on a generic head (`generic.tsv`): each head
/// not inside a name, with the words before it that belong to it
/// (`walk_left`), the state after "of", "in" or "from" (`state_after`), or
/// the name in apposition after it, which it describes instead.
pub(super) fn descriptions(ctx: &Ctx, list: &mut Vec<Candidate>) {
    let toks = ctx.toks;
    let mut cands = Cands::new(list, toks.len());
    let mut heads: Vec<_> = ctx.kb.generic.iter().collect();
    heads.sort_by_key(|h| std::cmp::Reverse(h.words.len()));
    let mut i = 0;
    while i < toks.len() {
        let Some(head) = head_at(ctx, &heads, i) else {
            i += 1;
            continue;
        };
        let end = i + head.words.len() - 1;
        if let Some(next) = no_description_at(ctx, &cands, &heads, head, i, end) {
            i = next;
            continue;
        }
        let Described {
            first,
            mut country,
            group,
            group_members,
            consumed,
        } = walk_left(ctx, &cands, head, i);
        if let Some(ci) = group_members {
            cands.extend_to(ci, end);
            i = end + 1;
            continue;
        }
        // An appositive name right after ("resistance movement Hamas") is the actor.
        if let Some(next) = cands.covering(end + 1) {
            let k = cands[next].entity.as_ref().map(|e| e.kind);
            if matches!(k, Some(EntityKind::Group | EntityKind::Person))
                && cands[next].first == end + 1
            {
                // "Armenian foreign ministry spokeswoman Anahit Serobyan": a
                // person the knowledge base lacks is what the description says.
                if let Some(person) = cands
                    .get_mut(next)
                    .entity
                    .as_mut()
                    .filter(|e| e.kind == EntityKind::Person && e.code.is_none())
                {
                    person.code = country.as_ref().and_then(|c| c.code.clone());
                    if person.code.is_some() {
                        person.sector.get_or_insert_with(|| head.sector.clone());
                    }
                }
                for ci in consumed {
                    cands.take(ci);
                }
                i = end + 1;
                continue;
            }
        }
        if country.is_none() {
            country = state_after(ctx, &cands, head, first, end);
        }
        let mut c = candidate(ctx, head, first, i, end, country, group);
        c.head = Some(head.words.join(" "));
        c.plural =
            toks[end].lower.ends_with('s') || head.words.last().is_some_and(|w| w == "police");
        for ci in consumed {
            cands.take(ci);
        }
        cands.push(c);
        i = end + 1;
    }
    cands.drop_taken();
}

/// The candidates of the earlier passes, and which of them covers each
/// token. Descriptions take names into themselves ("Iranian officials") and
/// add candidates as they go; a name taken is marked, and dropped when the
/// pass ends, so that indices hold and each look-up is one step. (Scanning
/// every candidate at each head had made the pass quadratic in a text's
/// length.) Candidates do not overlap here: a description starts only where
/// none is, and takes in the names it covers.
struct Cands<'c> {
    list: &'c mut Vec<Candidate>,
    taken: Vec<bool>,
    /// For each token, the first candidate in the list that covers it.
    at: Vec<Option<usize>>,
}

impl<'c> Cands<'c> {
    fn new(list: &'c mut Vec<Candidate>, tokens: usize) -> Self {
        let mut at = vec![None; tokens];
        for (ci, c) in list.iter().enumerate().rev() {
            for slot in at.iter_mut().take(c.last + 1).skip(c.first) {
                *slot = Some(ci);
            }
        }
        let taken = vec![false; list.len()];
        Cands { list, taken, at }
    }

    /// The candidate that covers token `i`, if one does.
    fn covering(&self, i: usize) -> Option<usize> {
        self.at.get(i).copied().flatten()
    }

    fn get_mut(&mut self, ci: usize) -> &mut Candidate {
        &mut self.list[ci]
    }

    /// Candidate `ci` now ends at token `last`.
    fn extend_to(&mut self, ci: usize, last: usize) {
        let from = self.list[ci].last + 1;
        self.list[ci].last = last;
        self.mark(ci, from, last);
    }

    /// Candidate `ci` is part of a description now.
    fn take(&mut self, ci: usize) {
        self.taken[ci] = true;
        let c = &self.list[ci];
        for slot in self.at.iter_mut().take(c.last + 1).skip(c.first) {
            if *slot == Some(ci) {
                *slot = None;
            }
        }
    }

    fn push(&mut self, c: Candidate) {
        let (ci, first, last) = (self.list.len(), c.first, c.last);
        self.list.push(c);
        self.taken.push(false);
        self.mark(ci, first, last);
    }

    /// Tokens `first..=last` are covered by `ci`, where no candidate before
    /// it in the list covers them.
    fn mark(&mut self, ci: usize, first: usize, last: usize) {
        for slot in self.at.iter_mut().take(last + 1).skip(first) {
            if slot.is_none_or(|other| other > ci) {
                *slot = Some(ci);
            }
        }
    }

    fn drop_taken(self) {
        drop_taken(self.list, &self.taken);
    }
}

impl std::ops::Index<usize> for Cands<'_> {
    type Output = Candidate;
    fn index(&self, ci: usize) -> &Candidate {
        &self.list[ci]
    }
}

/// The longest generic head (`generic.tsv`) whose words open at token `i`.
fn head_at<'k>(ctx: &Ctx, heads: &[&'k GenericHead], i: usize) -> Option<&'k GenericHead> {
    heads
        .iter()
        .find(|h| {
            h.words
                .iter()
                .enumerate()
                .all(|(k, w)| ctx.toks.get(i + k).is_some_and(|t| t.lower == *w))
        })
        .copied()
}

/// Where to go on from when the head at `i..=end` opens no description:
/// inside a name or a candidate, a club's nickname, a compound that names a
/// system, a descriptor before another head, an adjective before a noun.
fn no_description_at(
    ctx: &Ctx,
    cands: &Cands,
    heads: &[&GenericHead],
    head: &GenericHead,
    i: usize,
    end: usize,
) -> Option<usize> {
    let toks = ctx.toks;
    if (i..=end).any(|k| cands.covering(k).is_some()) {
        return Some(end + 1);
    }
    // "African National Congress": a capitalized head with a capitalized
    // word after it is inside a name the later passes find.
    let in_name = toks[i].capitalized
        && !ctx.starts_sentence(i)
        && toks
            .get(end + 1)
            .is_some_and(|t| t.capitalized && t.kind == TokenKind::Word);
    // "played for the Jets": a club's nickname, capitalized inside a
    // sentence, is the club, not the warplanes.
    let nickname = head.words.len() == 1
        && toks[i].capitalized
        && !ctx.starts_sentence(i)
        && names::is_club_nickname(ctx.text(i, i));
    // "the sanctions regime", "a visa regime": a system, no actor.
    let compound =
        i > 0 && NOT_ACTOR_COMPOUNDS.contains(&(ctx.lower(i - 1), toks[i].lower.as_str()));
    if in_name || nickname || compound {
        return Some(end + 1);
    }
    // "military spokesman", "security forces": a head that is also a
    // descriptor and stands before another head only describes it.
    let next_is_head = head_at(ctx, heads, end + 1).is_some();
    if next_is_head && head.words.len() == 1 && DESCRIPTORS.contains(head.words[0].as_str()) {
        return Some(i + 1);
    }
    // "military aid", "government policy": a head before a noun that
    // only takes modifiers is an adjective, not an actor.
    (head.words.len() == 1 && MODIFIEES.contains(ctx.lower(end + 1))).then_some(end + 1)
}

/// What the words before a head say of the description.
struct Described {
    /// Its first token.
    first: usize,
    /// The state it belongs to.
    country: Option<Entity>,
    /// The group its person speaks for ("a Houthi military spokesman").
    group: Option<Entity>,
    /// The group whose members it names ("Hamas fighters"), as a candidate.
    group_members: Option<usize>,
    /// The candidates it takes in (a state's, a place's, a leader's name).
    consumed: Vec<usize>,
}

impl Described {
    /// The description's country is `state`, named from token `from`, by
    /// the candidate `ci` if one.
    fn take_country(&mut self, state: Entity, from: usize, ci: Option<usize>) {
        self.country = Some(state);
        self.consumed.extend(ci);
        self.first = from;
    }
}

/// Walks left from the head at `i` over the words that belong to the
/// description: its descriptors, a state or a place of one state, a leader's
/// name before a government, a "-led" state, a possessor.
fn walk_left(ctx: &Ctx, cands: &Cands, head: &GenericHead, i: usize) -> Described {
    let toks = ctx.toks;
    let mut d = Described {
        first: i,
        country: None,
        group: None,
        group_members: None,
        consumed: Vec::new(),
    };
    // "the Obama administration", "the Bush government": a leader's
    // name before a government head gives the country.
    let governs = !head.anonymous
        && matches!(
            head.name.as_str(),
            "administration" | "government" | "regime"
        );
    while d.first > 0 {
        let prev = d.first - 1;
        if d.country.is_none() && d.first == i {
            // ("Saudi-led coalition", "U.S.-led forces": the leader's country.)
            let leader = governs
                .then(|| leaders_state_ending_at(ctx, cands, prev))
                .flatten()
                .or_else(|| led_by(ctx, cands, prev));
            if let Some((state, from, ci)) = leader {
                d.take_country(state, from, ci);
                continue;
            }
        }
        if let Some(ci) = cands.covering(prev) {
            if d.country.is_none() {
                if let Some(state) = state_of_a_candidate_before(ctx, cands, ci, prev, d.first, i) {
                    d.take_country(state, cands[ci].first, Some(ci));
                    continue;
                }
            }
            // "a Houthi military spokesman": the group the person speaks for.
            let c = &cands[ci];
            let is_group = c
                .entity
                .as_ref()
                .is_some_and(|e| e.kind == EntityKind::Group)
                && c.last == prev;
            if is_group && (head.anonymous || head.name == "spokesperson") {
                d.group = c.entity.clone();
            }
            // "Hamas fighters", "Houthi rebels": the group's own members are the group.
            if is_group && !head.anonymous && head.name != "spokesperson" && d.first == i {
                d.group_members = Some(ci);
            }
            break;
        }
        let t = &toks[prev];
        let text = t.text(ctx.body);
        if t.kind == TokenKind::Word
            && (DESCRIPTORS.contains(text)
                || DESCRIPTORS.contains(t.lower.as_str()) && !t.capitalized)
        {
            d.first = prev;
            continue;
        }
        if d.country.is_none() {
            if let Some(ci) = possessor_state(ctx, cands, prev, d.first) {
                let state = cands[ci].entity.clone();
                d.country = state;
                d.consumed.push(ci);
                d.first = cands[ci].first;
            }
        }
        break;
    }
    d
}

/// A leader's state, by the leader's name ending at token `last` (a known
/// person's, or a surname the knowledge base knows a leader by), with the
/// token the name starts at and its candidate if one.
fn leaders_state_ending_at(
    ctx: &Ctx,
    cands: &Cands,
    last: usize,
) -> Option<(Entity, usize, Option<usize>)> {
    let leaders_country = |first: usize, person: Option<&Entity>| {
        let code = match person {
            Some(e) if e.kind == EntityKind::Person => e.code.clone(),
            _ => (first == last && ctx.toks[first].capitalized)
                .then(|| ctx.kb.leader_surname_country(ctx.text(first, last)))
                .flatten()
                .map(str::to_string),
        };
        code.and_then(|c| ctx.kb.state(&c))
            .map(|e| e.entity.clone())
    };
    match cands.covering(last) {
        Some(ci) if cands[ci].last == last => {
            let c = &cands[ci];
            leaders_country(c.first, c.entity.as_ref()).map(|s| (s, c.first, Some(ci)))
        }
        Some(_) => None,
        None => leaders_country(last, None).map(|s| (s, last, None)),
    }
}

/// The state the candidate `ci` ending at token `prev` gives a description
/// whose head is at `i` and whose words so far start at `first`: a state's
/// own name (not a possessor's), or a place of one state right before the
/// head or before the words that describe it ("Darfur rebels", "Gaza
/// militants", "the Gaza health ministry").
fn state_of_a_candidate_before(
    ctx: &Ctx,
    cands: &Cands,
    ci: usize,
    prev: usize,
    first: usize,
    i: usize,
) -> Option<Entity> {
    let c = &cands[ci];
    let entity = c.entity.as_ref().filter(|_| c.last == prev)?;
    if entity.kind == EntityKind::State && !ctx.is_possessive(prev + 1) {
        return Some(entity.clone());
    }
    let only_descriptors_between = (first..i).all(|k| {
        ctx.toks[k].kind == TokenKind::Word && DESCRIPTORS.contains(ctx.toks[k].lower.as_str())
    });
    (entity.kind == EntityKind::Place && only_descriptors_between)
        .then_some(entity.code.as_deref())
        .flatten()
        .and_then(|code| ctx.kb.state(code))
        .map(|s| s.entity.clone())
}

/// "Sudan's army", "Israel's high court", "Algeria's leading human rights
/// activist", "Nicaragua's Sandinista government": the state candidate
/// whose possessive ends at most three words before the description's
/// first token `first` (its token before at `prev`), over words that name
/// nothing of their own and are neither an office nor a reporting verb
/// ("Iran's foreign minister told reporters": the possessor is the
/// minister's).
fn possessor_state(ctx: &Ctx, cands: &Cands, prev: usize, first: usize) -> Option<usize> {
    let toks = ctx.toks;
    let possessive = (prev.saturating_sub(3)..=prev).rev().find(|&k| {
        ctx.is_possessive(k)
            && (k + 1..first).all(|j| {
                toks[j].kind == TokenKind::Word
                    && cands.covering(j).is_none()
                    && !PHRASE_LINKS.contains(&toks[j].lower.as_str())
                    && !is_office_head(&toks[j].lower)
                    && !is_reporting_form(&toks[j])
            })
    })?;
    let ci = cands.covering(possessive.checked_sub(1)?)?;
    cands[ci]
        .entity
        .as_ref()
        .is_some_and(|e| e.kind == EntityKind::State)
        .then_some(ci)
}

/// "officials of Tanzania", "security forces in Guinea", "doctors from two
/// American aid groups": the state after "of", "in" or "from" gives the
/// country; but a weapon or a site in a place is only there ("a base in
/// Kyiv").
fn state_after(
    ctx: &Ctx,
    cands: &Cands,
    head: &GenericHead,
    first: usize,
    end: usize,
) -> Option<Entity> {
    let preposition = ctx.lower(end + 1);
    if !matches!(preposition, "of" | "in" | "from")
        || head.located_only && preposition == "in"
        || preposition == "in" && of_several(ctx, first, ctx.toks[end].span.end)
    {
        return None;
    }
    let mut k = end + 2;
    while matches!(ctx.lower(k), "the" | "a" | "an" | "several" | "some") || ctx.is_count(k) {
        k += 1;
    }
    cands
        .covering(k)
        .map(|ci| &cands[ci])
        .filter(|c| c.first == k && !c.modifier)
        .and_then(|c| c.entity.clone())
        .filter(|e| e.kind == EntityKind::State)
}

/// The description's candidate, from its head at `i..=end`, its first token,
/// and the country and the group the words around it gave.
fn candidate(
    ctx: &Ctx,
    head: &GenericHead,
    first: usize,
    i: usize,
    end: usize,
    country: Option<Entity>,
    group: Option<Entity>,
) -> Candidate {
    let text = ctx.text(first, end).to_string();
    let person_like = head.anonymous || matches!(head.name.as_str(), "spokesperson" | "diplomat");
    let mention_type = if person_like {
        MentionType::PER
    } else {
        MentionType::ORG
    };
    match country {
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
    }
}
/// The state that leads what follows token `last` ("Saudi-led", "U.S.-led"),
/// with the first token of the phrase and the candidate it consumes, if any.
fn led_by(ctx: &Ctx, cands: &Cands, last: usize) -> Option<(Entity, usize, Option<usize>)> {
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
    let ci = cands
        .covering(last - 2)
        .filter(|&ci| cands[ci].last == last - 2)?;
    let e = cands[ci]
        .entity
        .as_ref()
        .filter(|e| e.kind == EntityKind::State)?;
    Some((e.clone(), cands[ci].first, Some(ci)))
}

/// "Byrne states that", "it states": a head that is also a verb's -s form
/// (`verb` in `generic.tsv`) right after a person's name or a subject
/// pronoun is the verb, no description; not before a relative, "that"
/// with a verb right after it ("Most Southern states that will hold", where
/// a word may have been taken for a name). Run once the people are found:
/// an unknown name is a person only after pass 4.
pub(super) fn verbs_read_as_heads(ctx: &Ctx, cands: &mut Vec<Candidate>) {
    let verb_heads: HashSet<&str> = ctx
        .kb
        .generic
        .iter()
        .filter(|h| h.verb && h.words.len() == 1)
        .map(|h| h.words[0].as_str())
        .collect();
    if verb_heads.is_empty() {
        return;
    }
    let person_ends: HashSet<usize> = cands
        .iter()
        .filter(|c| {
            c.entity
                .as_ref()
                .is_some_and(|e| e.kind == EntityKind::Person)
        })
        .map(|c| c.last)
        .collect();
    let relative_after = |i: usize| {
        ctx.lower(i + 1) == "that"
            && (matches!(
                ctx.lower(i + 2),
                "will"
                    | "would"
                    | "have"
                    | "had"
                    | "has"
                    | "are"
                    | "were"
                    | "can"
                    | "could"
                    | "may"
                    | "might"
                    | "must"
                    | "should"
            ) || ctx.lower(i + 2).ends_with("ed"))
    };
    cands.retain(|c| {
        let i = c.first;
        let verb = c.first == c.last
            && i > 0
            && c.head.is_some()
            && !ctx.toks[i].capitalized
            && verb_heads.contains(ctx.lower(i))
            && (person_ends.contains(&(i - 1)) || matches!(ctx.lower(i - 1), "he" | "she" | "it"))
            && !relative_after(i);
        !verb
    });
}
