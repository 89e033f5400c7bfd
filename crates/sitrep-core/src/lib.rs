//! The sitrep document model.
//!
//! An [`Article`] owns one body text. Every stage of the pipeline adds an
//! annotation layer to it, and every annotation points into that body by a
//! [`Span`]: nothing copies or rewrites the text after extraction. This is the
//! invariant that lets an analyst click from any event, quote or actor back to
//! the words it came from.
//!
//! Spans are byte offsets internally (cheap, safe slicing in Rust) and are
//! converted to Unicode character offsets at the output boundary
//! ([`export`]), which is what Python, R and JavaScript users index by.

pub mod article;
pub mod calendar;
pub mod data;
pub mod entity;
pub mod event;
pub mod export;
pub mod quote;
pub mod span;
pub mod story;
pub mod time;

pub use article::{Article, Layers, Precision, Published};
pub use entity::{Entity, EntityKind, Mention, MentionType, Term};
pub use event::{Event, EventType, Modality, QuadClass, RecipientBasis};
pub use quote::{Quote, QuoteKind};
pub use span::{CharIndex, Span};
pub use story::{Account, ComparisonItem, ComparisonKind, Story};
pub use time::TimeExpr;
