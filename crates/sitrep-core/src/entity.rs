//! Mentions in the text and the coded actors they resolve to.

use crate::Span;
use serde::{Deserialize, Serialize};

/// The coarse named-entity type of a mention, CoNLL style.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MentionType {
    PER,
    ORG,
    LOC,
    MISC,
}

/// What kind of thing an entity is; decides how it can act in an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    State,
    Igo,
    Group,
    Person,
    Agency,
    /// A description rather than a name: "resistance groups", "an informed source".
    Generic,
    Place,
}

/// A coded actor: PLOVER's actor object, plus what sitrep knows about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Canonical name ("Hezbollah", "Hossein Amir-Abdollahian", "Iran").
    pub name: String,
    /// ISO 3166-1 alpha-3 code, or a PLOVER pseudo-code (IGO, NGO, IMG, MNC).
    pub code: Option<String>,
    /// PLOVER primary sector (GOV, MIL, REB, ...).
    pub sector: Option<String>,
    pub wikidata: Option<String>,
    /// The words as written in the article.
    pub text: String,
    pub kind: EntityKind,
    /// Office held ("foreign minister"), for people.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub office: Option<String>,
    /// The group or institution a person leads or belongs to ("Hezbollah").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    /// An unnamed source ("an informed Iranian source").
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub anonymous: bool,
    /// The country code was not written with the mention ("demonstrators",
    /// "Police", an unknown person) but read from its context: the article's
    /// country, a possessive before it, where its event happened, or the one
    /// country whose authorities the sentence shows acting. Such an actor
    /// keeps its name as its [`Entity::actor_key`].
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub code_from_context: bool,
    /// A description of several parties ("both sides", "all parties",
    /// "each government"): no one country's, whatever its context says.
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub several: bool,
    /// For an office holder the knowledge base knows: when they held the
    /// office, so that a text calling them by its title ("President Bush")
    /// tells when it was written.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub term: Option<Term>,
}

/// When an office was held: from the first day to the day it ended (`to`
/// unset while it is held; `from` unset when the knowledge base does not
/// say).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub from: Option<jiff::civil::Date>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub to: Option<jiff::civil::Date>,
}

impl Entity {
    /// An entity known only by the words that name it ("Royal Navy",
    /// "the campaign"): its name is its text, and nothing else is known.
    pub fn named(text: &str, kind: EntityKind) -> Self {
        Entity {
            name: text.to_string(),
            code: None,
            sector: None,
            wikidata: None,
            text: text.to_string(),
            kind,
            office: None,
            affiliation: None,
            anonymous: false,
            code_from_context: false,
            several: false,
            term: None,
        }
    }

    /// The key under which two mentions count as the same actor when events
    /// are compared: the canonical name for people and groups, the code for
    /// states.
    pub fn actor_key(&self) -> String {
        // A country read from context is a guess about who the actor is,
        // not a name for it: "police" in two articles about one country are
        // not known to be the same actor.
        if self.code_from_context {
            return self.name.clone();
        }
        match self.kind {
            EntityKind::State | EntityKind::Place => {
                self.code.clone().unwrap_or_else(|| self.name.clone())
            }
            EntityKind::Person => match (&self.affiliation, &self.code) {
                (Some(group), _) => group.clone(),
                (None, Some(code)) => code.clone(),
                (None, None) => self.name.clone(),
            },
            EntityKind::Generic => match &self.code {
                Some(code) if code.len() == 3 => code.clone(),
                _ => self.name.clone(),
            },
            _ => self.name.clone(),
        }
    }
}

/// A stretch of text that names or describes an actor or a place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub span: Span,
    #[serde(rename = "type")]
    pub mention_type: MentionType,
    /// What it resolved to; `None` for a name the knowledge base lacks.
    pub entity: Option<Entity>,
    /// Set when this mention refers back to an earlier one (a pronoun, "the
    /// regime", "the source"): the index of that mention in the layer.
    pub antecedent: Option<usize>,
    /// A name or demonym used as an adjective before a noun that is not an
    /// actor ("American policy", "Israeli strikes"): it can give an event's
    /// source or a country, but it is never the subject of a verb.
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub modifier: bool,
}
