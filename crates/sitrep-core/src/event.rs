//! PLOVER events.

use crate::{Entity, Span};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The sixteen PLOVER event types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EventType {
    Agree,
    Consult,
    Support,
    Concede,
    Cooperate,
    Aid,
    Retreat,
    Request,
    Accuse,
    Reject,
    Threaten,
    Protest,
    Sanction,
    Mobilize,
    Coerce,
    Assault,
}

/// PLOVER's quad classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuadClass {
    VerbalCooperation = 1,
    MaterialCooperation = 2,
    VerbalConflict = 3,
    MaterialConflict = 4,
}

impl EventType {
    pub const ALL: [EventType; 16] = [
        EventType::Agree,
        EventType::Consult,
        EventType::Support,
        EventType::Concede,
        EventType::Cooperate,
        EventType::Aid,
        EventType::Retreat,
        EventType::Request,
        EventType::Accuse,
        EventType::Reject,
        EventType::Threaten,
        EventType::Protest,
        EventType::Sanction,
        EventType::Mobilize,
        EventType::Coerce,
        EventType::Assault,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventType::Agree => "AGREE",
            EventType::Consult => "CONSULT",
            EventType::Support => "SUPPORT",
            EventType::Concede => "CONCEDE",
            EventType::Cooperate => "COOPERATE",
            EventType::Aid => "AID",
            EventType::Retreat => "RETREAT",
            EventType::Request => "REQUEST",
            EventType::Accuse => "ACCUSE",
            EventType::Reject => "REJECT",
            EventType::Threaten => "THREATEN",
            EventType::Protest => "PROTEST",
            EventType::Sanction => "SANCTION",
            EventType::Mobilize => "MOBILIZE",
            EventType::Coerce => "COERCE",
            EventType::Assault => "ASSAULT",
        }
    }

    /// The quad class, as in the PLOVER manual's table (SANCTION is material
    /// conflict in today's PLOVER/POLECAT).
    pub fn quad_class(self) -> QuadClass {
        use EventType::*;
        match self {
            Agree | Consult | Support | Concede => QuadClass::VerbalCooperation,
            Cooperate | Aid | Retreat => QuadClass::MaterialCooperation,
            Request | Accuse | Reject | Threaten => QuadClass::VerbalConflict,
            Protest | Sanction | Mobilize | Coerce | Assault => QuadClass::MaterialConflict,
        }
    }

    /// The manual's conflict-cooperation ("Schrodt") score, -10 to +10.
    pub fn intensity(self) -> f32 {
        use EventType::*;
        match self {
            Assault => -9.3,
            Coerce => -7.2,
            Protest => -6.6,
            Mobilize => -5.3,
            Sanction => -5.2,
            Threaten => -5.1,
            Request => -5.0,
            Reject => -4.2,
            Accuse => -2.0,
            Consult => 2.1,
            Agree => 4.2,
            Support => 4.6,
            Concede => 5.0,
            Cooperate => 6.8,
            Aid => 7.4,
            Retreat => 7.6,
        }
    }
}

impl fmt::Display for EventType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for EventType {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let up = s.trim().to_ascii_uppercase();
        // PLOVER v0.5 names that today's ontology renamed or merged.
        let up = match up.as_str() {
            "DEMAND" => "REQUEST",
            "DISAPPROVE" | "INVESTIGATE" => "ACCUSE",
            "FIGHT" => "ASSAULT",
            other => other,
        };
        EventType::ALL
            .iter()
            .copied()
            .find(|t| t.as_str() == up)
            .ok_or_else(|| format!("unknown PLOVER event type {s:?}"))
    }
}

/// How the text presents the event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// Stated as having happened (or happening).
    Asserted,
    /// Stated as not having happened ("is not after expanding the war").
    Negated,
    /// Depends on a condition: threats and demands with "if", "unless".
    Conditional,
    /// Denied by its alleged actor ("Iran denies involvement").
    Denied,
    /// An allegation the article attributes to a party.
    Reported,
    /// Possible or future, not yet real ("potential attacks").
    Hypothetical,
    /// Background from the past ("since the 1979 revolution").
    Historical,
}

impl Modality {
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Negated => "negated",
            Modality::Conditional => "conditional",
            Modality::Denied => "denied",
            Modality::Reported => "reported",
            Modality::Hypothetical => "hypothetical",
            Modality::Historical => "historical",
        }
    }
}

/// A date the text gives for an event, resolved where it can be.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventDate {
    /// ISO 8601 (`2023-10-07`, `2023-10`, `1979`), or `None` when the
    /// expression could not be anchored (no publication date).
    pub value: Option<String>,
    /// "day", "month", "year", "week".
    pub precision: String,
    /// The words as written ("on Monday", "since October 7").
    pub text: String,
}

/// Why an event's recipient is who it is when the text names none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecipientBasis {
    /// The country where the act took place ("imposed a curfew in Cizre"):
    /// its people or authorities bear it.
    Place,
    /// No recipient and no place: the act is taken as domestic, aimed at the
    /// actor's own country ("students staged mass demonstrations"), as event
    /// datasets code it; for a non-state group's demand, deal, refusal or
    /// force, only when its clause names no party either.
    Domestic,
    /// No recipient, no place, not domestic: the first party the event's
    /// clause names after its trigger, what the act is about ("threatened to
    /// cut off electricity to the Azerbaijani republic of Nakhichevan",
    /// "agreed to set up a research centre in Tokyo").
    Clause,
}

impl RecipientBasis {
    pub fn as_str(self) -> &'static str {
        match self {
            RecipientBasis::Place => "place",
            RecipientBasis::Domestic => "domestic",
            RecipientBasis::Clause => "clause",
        }
    }
}

/// One coded event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub event_type: EventType,
    pub mode: Option<String>,
    pub context: Vec<String>,
    /// Source actors (PLOVER "source"); several for compound or reciprocal acts.
    pub actor: Vec<Entity>,
    pub recipient: Vec<Entity>,
    /// Set when the text names no recipient and one was inferred: the
    /// country where the act took place, or the actor's own country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient_inferred: Option<RecipientBasis>,
    /// Reciprocal events (clashes, talks) list every party on both sides.
    pub reciprocal: bool,
    pub modality: Modality,
    /// The evidence: the words that carry the event.
    pub span: Span,
    /// The trigger word or phrase inside the evidence.
    pub trigger: Span,
    /// The sentence the event was coded from.
    pub sentence: Span,
    pub date: Option<EventDate>,
    /// Places named for the event.
    pub places: Vec<Entity>,
    /// People killed, when the text gives a number.
    pub dead: Option<u64>,
    /// Who the event reaches the reader through, speaker first, then each
    /// intermediary, ending with the outlet when it is known. Empty when the
    /// outlet states it in its own voice and is unnamed.
    pub attribution: Vec<String>,
}
