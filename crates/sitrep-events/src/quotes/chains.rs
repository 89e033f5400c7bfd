//! Source chains: the agencies and outlets a speaker's words passed through.

use super::*;

pub(super) fn speaker_key(e: &Entity) -> String {
    e.name.to_lowercase()
}

/// What carries a speaker's words to the reader: a news agency or a named
/// outlet ("told Al Jazeera"), not the press at large ("told reporters").
pub(super) fn channel<'a>(doc: &'a Doc, m: usize) -> Option<&'a Entity> {
    doc.mention(m).entity.as_ref().filter(|e| {
        e.kind == EntityKind::Agency
            || e.kind == EntityKind::Group && e.sector.as_deref() == Some("MED")
    })
}

/// Fill in each quote's chain of intermediaries and anonymity.
pub(super) fn attach_chains(doc: &Doc, found: &mut [Found]) {
    // "X told / talked to / spoke to AGENCY": X's words reach us through AGENCY.
    let mut links: HashMap<String, Vec<String>> = HashMap::new();
    for i in 0..doc.toks.len() {
        let t = &doc.toks[i];
        if !(t.is("tell") || t.is("talk") || t.is("speak")) || doc.mention_at(i).is_some() {
            continue;
        }
        let range = doc.sentence_tokens(doc.sentence_of(i));
        let Some(agency) = mention_after(doc, i, 3, range.end) else {
            continue;
        };
        let Some(a) = channel(doc, agency) else {
            continue;
        };
        if let Some(sp) = doc
            .subject_before(i, range.start)
            .and_then(|m| doc.mention(m).entity.as_ref())
        {
            let list = links.entry(speaker_key(sp)).or_default();
            if !list.contains(&a.name) {
                list.push(a.name.clone());
            }
        }
    }
    // "according to AGENCY", "in an interview with AGENCY", "quoted by
    // AGENCY" and "AGENCY quoted X as saying", per sentence.
    let mut per_sentence: HashMap<usize, Vec<String>> = HashMap::new();
    for i in 0..doc.toks.len() {
        let s = doc.sentence_of(i);
        let range = doc.sentence_tokens(s);
        let opens_channel = doc.lower(i) == "according" && doc.lower(i + 1) == "to"
            || doc.lower(i) == "interview" && doc.lower(i + 1) == "with"
            || doc.lower(i) == "quoted" && doc.lower(i + 1) == "by";
        let named = if opens_channel {
            mention_after(doc, i + 1, 4, range.end)
        } else if doc.lower(i) == "quoted" && i > range.start {
            doc.mention_at(i - 1)
        } else {
            None
        };
        if let Some(e) = named.and_then(|m| channel(doc, m)) {
            per_sentence.entry(s).or_default().push(e.name.clone());
        }
    }
    for f in found.iter_mut() {
        let mut chain: Vec<String> = Vec::new();
        if let Some(sp) = &f.quote.speaker {
            f.quote.anonymous = sp.anonymous;
            if let Some(l) = links.get(&speaker_key(sp)) {
                chain.extend(l.iter().cloned());
            }
        }
        for a in per_sentence.get(&f.sentence).into_iter().flatten() {
            if !chain.contains(a) && f.quote.speaker.as_ref().is_none_or(|s| &s.name != a) {
                chain.push(a.clone());
            }
        }
        f.quote.chain = chain;
    }
    // A quote inside another's content reaches us through that speaker;
    // not through one who denies it ("..., a claim the army denied": the
    // army did not carry the claim).
    let outer: Vec<(Span, Option<Entity>, Vec<String>)> = found
        .iter()
        .filter(|f| stance_of(doc, f.quote.cue) != "deny")
        .map(|f| {
            (
                f.quote.content,
                f.quote.speaker.clone(),
                f.quote.chain.clone(),
            )
        })
        .collect();
    let contents = SpansByStart::new(outer.iter().map(|(content, _, _)| *content).collect());
    for f in found.iter_mut() {
        // The innermost, and of equals the first listed.
        let host = contents
            .containing(f.quote.span)
            .filter(|&j| outer[j].0 != f.quote.content)
            .min_by_key(|&j| (outer[j].0.len(), j))
            .map(|j| &outer[j]);
        if let Some((_, Some(sp), chain)) = host {
            if f.quote.speaker.as_ref().is_some_and(|s| s.name != sp.name) {
                // Own intermediaries first, then the host speaker and theirs.
                let mut c = std::mem::take(&mut f.quote.chain);
                for x in std::iter::once(&sp.name).chain(chain.iter()) {
                    if !c.contains(x) {
                        c.push(x.clone());
                    }
                }
                f.quote.chain = c;
            }
        }
    }
}
