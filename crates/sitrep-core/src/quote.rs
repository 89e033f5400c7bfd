//! Quotes: who said what, through whom.

use crate::{Entity, Span};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words in quotation marks.
    Direct,
    /// Reported speech: "X said that ...", "according to X, ...".
    Indirect,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub kind: QuoteKind,
    pub speaker: Option<Entity>,
    pub speaker_span: Option<Span>,
    pub anonymous: bool,
    /// The intermediaries between speaker and outlet, nearest the speaker
    /// first: ["IRNA"] for "an informed source told IRNA".
    pub chain: Vec<String>,
    /// The reporting verb or phrase ("said", "according to").
    pub cue: Option<Span>,
    pub content: Span,
    /// The whole attribution: cue, speaker and content.
    pub span: Span,
}
