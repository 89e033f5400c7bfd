//! Pass 6: pronouns, and linking every candidate back to what it refers to
//! (a pronoun or "the regime" to its antecedent, a bare title to its holder).

use super::*;

/// Verbs of attack, and the nouns after which their rule does not hold
/// (`attack-verbs.txt`, the latter marked `!`).
pub(super) static ATTACK_VERBS: LazyLock<(HashSet<&'static str>, HashSet<&'static str>)> =
    LazyLock::new(|| {
        let words = word_set(include_str!("../../../../data/lexicon/attack-verbs.txt"));
        let owned = words.iter().filter_map(|w| w.strip_prefix('!')).collect();
        let verbs = words.into_iter().filter(|w| !w.starts_with('!')).collect();
        (verbs, owned)
    });

/// Pronoun placeholders, resolved by [`link`].
pub(super) fn pronouns(ctx: &Ctx, cands: &mut Vec<Candidate>) {
    for (i, t) in ctx.toks.iter().enumerate() {
        if let Some(p) = PRONOUNS.iter().find(|p| p.word == t.lower) {
            let mut c = Candidate::new(i, i, MentionType::MISC, None);
            c.pronoun = Some(p.refers);
            c.gender = p.gender;
            c.modifier = p.possessive;
            cands.push(c);
        }
    }
}

/// The sex of the person mention `m` names, where an honorific before or in
/// it ("Mr. Trump", "Ms Tamir") or the given name opening the name it
/// resolves to ("Hillary Clinton", `given-name-genders.tsv`) shows it.
fn person_gender(ctx: &Ctx, m: &Mention) -> Option<Gender> {
    let first = ctx.token_at(m.span.start);
    let honorific = (first.saturating_sub(2)..=first)
        .filter(|&k| k < ctx.toks.len() && ctx.toks[k].span.start <= m.span.start)
        .find_map(|k| names::honorific_gender(ctx.lower(k)));
    let given = || {
        let name = m.entity.as_ref().map_or("", |e| e.name.as_str());
        name.split(' ')
            .next()
            .and_then(names::given_name_gender)
            .or_else(|| {
                let text = &ctx.body[m.span.start..m.span.end];
                text.split(' ').next().and_then(names::given_name_gender)
            })
    };
    honorific.or_else(given)
}

/// Whether the mention at `m` stands inside a quotation that closes before
/// byte `before` in its paragraph: a closing mark ("”", or a straight one
/// closing an odd count, or "''") between them, and the quotation open at
/// the mention.
fn inside_a_quotation_before(body: &str, m: Span, before: usize) -> bool {
    if m.end > before {
        return false;
    }
    let between = &body[m.end..before];
    let closes = between.contains('”') || between.contains('"') || between.contains("''");
    if !closes {
        return false;
    }
    let para_start = layout::line_around(body, m.start).0;
    let lead = &body[para_start..m.start];
    let curly_open = lead
        .rfind('“')
        .is_some_and(|o| lead.rfind('”').is_none_or(|c| c < o));
    let straight_open = lead.matches('"').count() % 2 == 1;
    let doubled_open = lead.matches("''").count() + lead.matches("``").count();
    curly_open || straight_open || doubled_open % 2 == 1
}

/// The byte span of who attacks what the possessive pronoun at token `tok`
/// owns: the subject of a verb of attack right before it ("warplanes
/// bombed their positions"), or the possessor of an attack named by a noun
/// ("Sanders' attacks against her"). The pronoun cannot refer to it. A
/// subject runs back from the verb to its clause's opening: a reporting
/// verb, a subordinator, "that", a comma, or the sentence's start.
pub(super) fn attacker_of_the_owned(ctx: &Ctx, tok: usize) -> Option<Span> {
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
    let sentence_start = ctx.sentence_start(verb);
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
pub(super) type LinkMeta = (Option<String>, bool);

/// A test of an emitted mention as an antecedent.
type Fits<'f> = &'f dyn Fn(&Mention, &LinkMeta) -> bool;

pub(super) fn link(ctx: &Ctx, cands: Vec<Candidate>, date: Date) -> Vec<Mention> {
    let mut linked = Linked::default();
    for c in cands {
        let span = Span::new(ctx.toks[c.first].span.start, ctx.toks[c.last].span.end);
        let here = ctx.sentence_number(c.first);
        let text = ctx.text(c.first, c.last).to_string();
        let antecedent = if c.pronoun.is_some() {
            pronoun_antecedent(ctx, &linked, &c, span, here)
        } else if let Some(title) = &c.definite_title {
            title_antecedent(&linked, &c, title, here, date)
        } else if let Some(head) = &c.definite_head {
            head_antecedent(ctx, &linked, &c, head, here)
        } else {
            None
        };
        let out = &linked.out;
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
            Some(k) if c.pronoun.is_some() => linked.meta[k].1,
            _ => c.plural,
        };
        linked.out.push(Mention {
            span,
            mention_type,
            entity,
            antecedent: root,
            modifier: c.modifier,
        });
        linked.meta.push((c.head.clone(), plural));
        debug_assert!(linked.sentence.last().is_none_or(|&s| s <= here));
        linked.sentence.push(here);
    }
    linked.out
}

/// The mentions [`link`] has emitted so far, in text order, with what it
/// keeps beside each and each one's sentence.
#[derive(Default)]
struct Linked {
    out: Vec<Mention>,
    meta: Vec<LinkMeta>,
    sentence: Vec<usize>,
}

impl Linked {
    /// The nearest mention that fits, in sentence `here` or the `window`
    /// sentences before it. (Mentions come in text order, so their
    /// sentences ascend: the search stops at the first one beyond the
    /// window.)
    fn find_back(&self, here: usize, fits: Fits, window: usize) -> Option<usize> {
        (0..self.out.len())
            .rev()
            .take_while(|&k| here.saturating_sub(self.sentence[k]) <= window)
            .find(|&k| fits(&self.out[k], &self.meta[k]))
    }

    /// The sentence's first mention that fits: whose the attacked thing is
    /// ("The Houthis said on Wednesday they would keep targeting ships
    /// linked to Israel, after US warplanes struck their positions").
    fn find_first_here(&self, here: usize, fits: Fits) -> Option<usize> {
        let first_here = self.sentence.partition_point(|&s| s < here);
        (first_here..self.out.len())
            .find(|&k| self.sentence[k] == here && fits(&self.out[k], &self.meta[k]))
    }

    /// A person a pronoun at `span` refers to: in its own sentence the
    /// nearest before it; in the sentences before, the first of each,
    /// nearest sentence first, as its subject most often is ("White House
    /// spokesman Josh Earnest said that President Obama has long called for
    /// tax fairness. He said ..." is Earnest). Not one inside a quotation
    /// that closes before the pronoun ("'You know, I love Larry,' he said").
    fn find_person(
        &self,
        ctx: &Ctx,
        span: Span,
        here: usize,
        fits: Fits,
        window: usize,
    ) -> Option<usize> {
        let out = &self.out;
        let quoted = |m: &Mention| inside_a_quotation_before(ctx.body, m.span, span.start);
        let fits = |k: usize| fits(&out[k], &self.meta[k]) && !quoted(&out[k]);
        let own = (0..out.len())
            .rev()
            .take_while(|&k| self.sentence[k] == here)
            .find(|&k| fits(k));
        own.or_else(|| {
            let from = (0..out.len())
                .rev()
                .take_while(|&k| here - self.sentence[k] <= window)
                .last()?;
            // ("Cruz spokeswoman Catherine Frazier said ...": a
            // description right before the name is the named person.)
            let named_next = |k: usize| {
                let generic = out[k]
                    .entity
                    .as_ref()
                    .is_some_and(|e| e.kind == EntityKind::Generic);
                (k + 1..out.len())
                    .take_while(|&j| out[j].span.start <= out[k].span.end + 1)
                    .find(|&j| {
                        fits(j)
                            && out[j]
                                .entity
                                .as_ref()
                                .is_some_and(|e| e.kind == EntityKind::Person)
                    })
                    .filter(|_| generic)
                    .unwrap_or(k)
            };
            (1..=window.min(here)).find_map(|back| {
                (from..out.len())
                    .filter(|&k| self.sentence[k] == here - back)
                    .find(|&k| fits(k))
                    .map(named_next)
            })
        })
    }
}

/// What the pronoun candidate `c` at `span` in sentence `here` refers to.
fn pronoun_antecedent(
    ctx: &Ctx,
    linked: &Linked,
    c: &Candidate,
    span: Span,
    here: usize,
) -> Option<usize> {
    let refers = c.pronoun?;
    let attacker = c
        .modifier
        .then(|| attacker_of_the_owned(ctx, c.first))
        .flatten();
    let not_attacker =
        |m: &Mention| attacker.is_none_or(|a| !(a.start <= m.span.start && m.span.end <= a.end));
    let is_actor = |m: &Mention| m.entity.is_some() && !m.modifier && not_attacker(m);
    let find_back = |fits: Fits, window: usize| {
        attacker
            .and_then(|_| linked.find_first_here(here, fits))
            .or_else(|| linked.find_back(here, fits, window))
    };
    match refers {
        // ("he" is not Hillary Clinton, named last: a person whose
        // sex a given name or an honorific shows agrees.)
        "person" => {
            let person = |m: &Mention, _: &LinkMeta| {
                is_actor(m)
                    && m.mention_type == MentionType::PER
                    && c.gender
                        .is_none_or(|g| person_gender(ctx, m).is_none_or(|sex| sex == g))
            };
            attacker
                .and_then(|_| linked.find_first_here(here, &person))
                .or_else(|| linked.find_person(ctx, span, here, &person, 3))
                // (None in three sentences: one named before them,
                // as a quoted speech of short sentences puts its
                // speaker further back.)
                .or_else(|| linked.find_person(ctx, span, here, &person, 6))
        }
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
                        ) || e.kind == EntityKind::Generic && !e.anonymous && national_organ()
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
}

/// Who a bare title after "the" (`title`, of candidate `c`) names: one who
/// holds the office on the article's date (in 2016 "the president" is not
/// Donald Trump, named before it), named in the eight sentences before.
fn title_antecedent(
    linked: &Linked,
    c: &Candidate,
    title: &str,
    here: usize,
    date: Date,
) -> Option<usize> {
    // (A bare title's entity carries its office only when the title
    // is a whole office of `offices.txt`.)
    let title_is_office = c.entity.as_ref().is_some_and(|e| e.office.is_some());
    let holds = |e: &Entity| {
        e.term
            .as_ref()
            .is_none_or(|t| t.from.is_none_or(|f| f <= date) && t.to.is_none_or(|to| date <= to))
    };
    linked.find_back(
        here,
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
}

/// What a definite description with no modifier ("the regime", `head` of
/// candidate `c`) refers to: a mention on the same head in the eight
/// sentences before; "the group" or "the movement" a group.
fn head_antecedent(
    ctx: &Ctx,
    linked: &Linked,
    c: &Candidate,
    head: &str,
    here: usize,
) -> Option<usize> {
    linked.find_back(
        here,
        &|m, (h, _)| {
            m.entity.is_some()
                && (h.as_deref() == Some(head)
                    || matches!(head, "movement" | "group")
                        && m.entity.as_ref().is_some_and(|e| {
                            // ("the group" is the Houthis, never the
                            // Pentagon named between: a state's own
                            // body is no group.)
                            e.kind == EntityKind::Group
                                && (!c.definite_armed
                                    || matches!(e.sector.as_deref(), Some("REB" | "PRM")))
                                && !(e.code.as_deref().is_some_and(|c| ctx.kb.state(c).is_some())
                                    && e.sector
                                        .as_deref()
                                        .is_some_and(|s| STATE_SECTORS.contains(&s)))
                        }))
        },
        8,
    )
}
