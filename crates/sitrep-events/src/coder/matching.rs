//! A rule's pattern matched at a token: the trigger's words and the slots
//! the pattern names.

use super::*;

pub(super) struct Match {
    /// Tokens the pattern's words matched.
    pub(super) trigger: Vec<usize>,
    pub(super) recipient_slot: Option<usize>,
    pub(super) say: Option<usize>,
}

pub(super) fn match_at(doc: &Doc, elems: &[Elem], at: usize, end: usize, m: &mut Match) -> bool {
    let Some(elem) = elems.first() else {
        return true;
    };
    let rest = &elems[1..];
    match elem {
        Elem::Words(alts) => {
            for alt in alts {
                let fits = alt.iter().enumerate().all(|(k, w)| {
                    at + k < end && {
                        let t = &doc.toks[at + k];
                        if alt.len() == 1 {
                            t.is(w)
                        } else {
                            t.lower == *w || t.is(w)
                        }
                    }
                });
                if fits {
                    let len = alt.len();
                    m.trigger.extend(at..at + len);
                    if match_at(doc, rest, at + len, end, m) {
                        return true;
                    }
                    m.trigger.truncate(m.trigger.len() - len);
                }
            }
            false
        }
        Elem::Exact(w) => {
            if at < end && doc.toks[at].text(doc.body) == w {
                m.trigger.push(at);
                if match_at(doc, rest, at + 1, end, m) {
                    return true;
                }
                m.trigger.pop();
            }
            false
        }
        Elem::Gap(n) => {
            for skip in 0..=*n {
                if skip > 0 {
                    let k = at + skip - 1;
                    if k >= end || matches!(doc.lower(k), "." | ";" | "!" | "?") {
                        return false;
                    }
                }
                if match_at(doc, rest, at + skip, end, m) {
                    return true;
                }
            }
            false
        }
        Elem::Say => {
            if at < end && doc.mention_at(at).is_none() && crate::quotes::is_verb_cue(doc, at) {
                m.say = Some(at);
                if match_at(doc, rest, at + 1, end, m) {
                    return true;
                }
                m.say = None;
            }
            false
        }
        Elem::Speaker => match_at(doc, rest, at, end, m),
        Elem::Recipient => {
            if at < end {
                if let Some(mi) = doc.mention_at(at).filter(|&mi| {
                    doc.mention_first_token(mi) == at && doc.mention(mi).entity.is_some()
                }) {
                    m.recipient_slot = Some(mi);
                    // The slot runs on over the parties coordinated with the
                    // first and the places that locate them: "the Sudanese
                    // government and the rebels in Darfur must ...".
                    let mut tail = Some(doc.mention_last_token(mi) + 1);
                    while let Some(next) = tail {
                        if match_at(doc, rest, next, end, m) {
                            return true;
                        }
                        tail = coordinated_mention_end(doc, next, end);
                    }
                    m.recipient_slot = None;
                }
            }
            false
        }
    }
}

/// After a mention ending before `at`: the end (exclusive) of the mention
/// that "and", "," or "in" joins to it, over a determiner or possessive
/// ("and his Rwandan Patriotic Front", "in Darfur").
pub(super) fn coordinated_mention_end(doc: &Doc, at: usize, end: usize) -> Option<usize> {
    if at >= end || !matches!(doc.lower(at), "and" | "," | "in") {
        return None;
    }
    let mut k = at + 1;
    while k < end && matches!(doc.lower(k), "the" | "his" | "her" | "its" | "their") {
        k += 1;
    }
    let mi = doc
        .mention_at(k)
        .filter(|&mi| doc.mention_first_token(mi) == k || doc.mention_first_token(mi) == at + 1)?;
    Some(doc.mention_last_token(mi) + 1)
}
