//! After linking: what the mentions around a mention say about it (who a
//! spokesman speaks for, the country of a state's organ or of a description).

use super::*;

/// Run `update` on each reference's entity with its antecedent's.
pub(super) fn update_references(mentions: &mut [Mention], update: impl Fn(&Entity, &mut Entity)) {
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
pub(super) fn carry_affiliations_to_references(mentions: &mut [Mention]) {
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
pub(super) fn carry_context_codes_to_references(mentions: &mut [Mention]) {
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
pub(super) fn give_descriptions_the_article_s_country(
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
                        || !ctx.starts_sentence(tok)
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
pub(super) fn speak_for_the_name_before(ctx: &Ctx, mentions: &mut [Mention]) {
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
pub(super) fn people_described_in_apposition(ctx: &Ctx, mentions: &mut [Mention]) {
    let apposition = Apposition {
        ctx,
        mention_starts: mentions
            .iter()
            .enumerate()
            .map(|(i, m)| (ctx.token_at(m.span.start), i))
            .collect(),
    };
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
        let owner = [
            apposition.description_before(first),
            apposition.description_after(last),
        ]
        .into_iter()
        .flatten()
        .find_map(|range| apposition.owner_of_the_title_in(range, mentions));
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

/// The words set off by commas beside a person's name, read for a title and
/// whose it is (`people_described_in_apposition`).
struct Apposition<'c, 'a> {
    ctx: &'c Ctx<'a>,
    /// The mention starting at each token, by its index.
    mention_starts: HashMap<usize, usize>,
}

impl Apposition<'_, '_> {
    /// The most words a description runs to.
    const MAX_WORDS: usize = 10;

    fn is_title(&self, k: usize) -> bool {
        let ctx = self.ctx;
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
    }

    /// A description opens with an article or a name ("the UN envoy",
    /// "Iran's ambassador"), not with a clause's first word ("After the
    /// FBI probe, Judicial Watch asked").
    fn opens_description(&self, k: usize) -> bool {
        matches!(self.ctx.lower(k), "the" | "a" | "an") || self.mention_starts.contains_key(&k)
    }

    /// The title heads the description: nothing but a second title or a
    /// phrase of whose or where follows it ("the US envoy to the UN"; not
    /// "the Department of Justice can step in").
    fn heads(&self, title: usize, end: usize) -> bool {
        let mut k = title + 1;
        while k < end && self.is_title(k) {
            k += 1;
        }
        k >= end || matches!(self.ctx.lower(k), "of" | "to" | "for" | "at" | "in" | "on")
    }

    fn ends_description(&self, k: usize) -> bool {
        matches!(
            self.ctx.lower(k),
            "," | ";" | ":" | "." | "(" | ")" | "\"" | "“" | "”"
        ) || is_reporting_form(&self.ctx.toks[k])
    }

    /// The description's tokens before ", Name" that opens at token `first`.
    fn description_before(&self, first: usize) -> Option<std::ops::Range<usize>> {
        let ctx = self.ctx;
        if first < 2 || ctx.lower(first - 1) != "," {
            return None;
        }
        let end = first - 1;
        let mut start = end;
        while start > 0 && end - start < Self::MAX_WORDS && !self.ends_description(start - 1) {
            start -= 1;
            if ctx.starts_sentence(start) {
                break;
            }
        }
        let whole = start == 0 || self.ends_description(start - 1) || ctx.starts_sentence(start);
        (whole && self.opens_description(start)).then_some(start..end)
    }

    /// The description's tokens after "Name, ", the name ending before
    /// token `last`.
    fn description_after(&self, last: usize) -> Option<std::ops::Range<usize>> {
        let ctx = self.ctx;
        let opens = ctx.toks.get(last).is_some_and(|t| t.lower == ",")
            && (matches!(ctx.lower(last + 1), "the" | "a" | "an")
                || self.mention_starts.contains_key(&(last + 1)) && ctx.is_possessive(last + 2));
        if !opens {
            return None;
        }
        let start = last + 1;
        let mut end = start;
        while end < ctx.toks.len()
            && end - start < Self::MAX_WORDS
            && !self.ends_description(end)
            && !(end > start && ctx.starts_sentence(end))
        {
            end += 1;
        }
        Some(start..end)
    }

    /// The coded state, body or international organization named at token
    /// `k`.
    fn coded<'m>(&self, k: usize, mentions: &'m [Mention]) -> Option<&'m Entity> {
        let ctx = self.ctx;
        let o = &mentions[*self.mention_starts.get(&k)?];
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
    }

    /// Whose the title heading the description `range` is, and the sector
    /// the title gives (`title-sectors.tsv`): the nearest owner before the
    /// title, outside a phrase of destination ("ambassador to the UN" is
    /// Iran's); else one in the phrase after "of" ("the secretary-general
    /// of the Arab League"), or after "for" for a spokesman ("a spokesman
    /// for the Russian embassy": a spokesman speaks for whom he is "for";
    /// an envoy is sent there).
    fn owner_of_the_title_in(
        &self,
        range: std::ops::Range<usize>,
        mentions: &[Mention],
    ) -> Option<(Entity, Option<&'static str>)> {
        let ctx = self.ctx;
        let title = range
            .clone()
            .find(|&k| self.is_title(k))
            .filter(|&t| self.heads(t, range.end))?;
        let by_name = (range.start..title).rev().find_map(|k| {
            let destination =
                k > range.start && matches!(ctx.lower(k - 1), "to" | "for" | "in" | "at" | "from");
            self.coded(k, mentions).filter(|_| !destination)
        });
        let spokes = ctx.lower(title).starts_with("spokes");
        let of = ctx.lower(title + 1) == "of" || spokes && ctx.lower(title + 1) == "for";
        let owner = by_name.or_else(|| {
            of.then(|| self.owner_in_the_phrase_after(title, range.end, mentions))
                .flatten()
        })?;
        Some((owner.clone(), TITLE_SECTORS.get(ctx.lower(title)).copied()))
    }

    /// The owner inside the phrase after the title's "of" or "for" only,
    /// before `end`: not in a clause or phrase of its own ("the head of a
    /// panel investigating Iran's programme").
    fn owner_in_the_phrase_after<'m>(
        &self,
        title: usize,
        end: usize,
        mentions: &'m [Mention],
    ) -> Option<&'m Entity> {
        let ctx = self.ctx;
        (title + 2..end.min(title + 8))
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
            .find_map(|k| self.coded(k, mentions))
    }
}

/// "the UN Migration Agency", "the EU Border Assistance Mission": a body the
/// knowledge base lacks, named right after an international organization, is
/// that organization's, and the organization's name only says whose.
pub(super) fn bodies_of_an_international_organization(ctx: &Ctx, mentions: &mut [Mention]) {
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

/// Marks the descriptions of several parties, which no context makes one
/// country's ("both sides in Yemen" are not Yemen's).
pub(super) fn mark_several_parties(ctx: &Ctx, mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        let tok = ctx.token_at(m.span.start);
        if let Some(e) = m.entity.as_mut().filter(|e| e.kind == EntityKind::Generic) {
            e.several = of_several(ctx, tok, m.span.end);
        }
    }
}

pub(super) fn locate_state_organs(ctx: &Ctx, mentions: &mut [Mention]) {
    let sent_idx = |tok: usize| ctx.sentence_number(tok);
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

/// Whether `word` is a descriptor written capitalized in `descriptors.txt`
/// ("Western", "Arab", "Kurdish"): a proper adjective, whatever its place.
pub(super) fn is_proper_descriptor(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && DESCRIPTORS.contains(word)
}
