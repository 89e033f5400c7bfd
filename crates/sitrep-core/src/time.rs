//! Time expressions in the text, resolved against the publication time.

use crate::Span;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeExpr {
    pub span: Span,
    /// ISO 8601 at the expression's precision, or `None` when it needs an
    /// anchor the article does not give ("on Monday" with no date).
    pub value: Option<String>,
    /// "day", "month", "year", "week", "range".
    pub precision: String,
    /// The expression points at a span of time up to the anchor ("since
    /// October 7", "in the past three days").
    pub open_range: bool,
}
