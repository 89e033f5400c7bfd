//! Pass 3: a demonym or a possessor before a noun that is no actor
//! ("American policy", "Iran's position") only modifies it.

use super::*;

/// Pass 3: demonyms and possessives that only modify the next word.
pub(super) fn modifiers(ctx: &Ctx, cands: &mut Vec<Candidate>) {
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
pub(super) fn possessors_among_other_names(ctx: &Ctx, cands: &mut [Candidate]) {
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
pub(super) fn states_before_their_offices(ctx: &Ctx, cands: &mut [Candidate]) {
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
