//! Stories and the claim-by-claim comparison of their accounts.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ComparisonKind {
    /// Two or more accounts report the claim.
    Agree,
    /// The accounts report the same actors and kind of act, with different content.
    Diverge,
    /// Only one account reports it.
    Only,
}

/// One article's side of a claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Account {
    pub article: String,
    pub source: String,
    pub outlet: Option<String>,
    /// The evidence text in this article.
    pub text: String,
    /// Who the article attributes it to ("informed Iranian source via IRNA"),
    /// or "the outlet's own voice".
    pub attributed_to: String,
    pub modality: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ComparisonItem {
    pub kind: ComparisonKind,
    /// One line a reader can scan.
    pub claim: String,
    pub event: String,
    pub actor: Vec<String>,
    pub recipient: Vec<String>,
    pub accounts: Vec<Account>,
}

/// What one article's account rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourcingProfile {
    pub article: String,
    pub outlet: Option<String>,
    pub agencies: Vec<String>,
    pub named_sources: Vec<String>,
    pub anonymous_sources: Vec<String>,
    /// Share of the article's events told in the outlet's own voice.
    pub own_voice_share: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Story {
    pub id: String,
    pub title: String,
    pub articles: Vec<String>,
    /// Article id -> id of the article it is a syndicated copy of.
    pub copies: Vec<(String, String)>,
    pub comparison: Vec<ComparisonItem>,
    pub sourcing: Vec<SourcingProfile>,
}
