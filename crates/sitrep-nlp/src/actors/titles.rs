//! Pass 4, first half: office titles resolved to their holder on the
//! article's date ("Iran's foreign minister").

use super::*;

/// Pass 4: office titles and people named after them.
pub(super) fn titles(ctx: &Ctx, cands: &mut Vec<Candidate>, date: Date) {
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
