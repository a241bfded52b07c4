//! Talking to the PandaPon OpenAPI: the catalogue of operations, signing, the envelope,
//! the HTTP client, and typed views of responses.

pub mod catalogue;
pub mod client;
pub mod envelope;
pub mod sign;
pub mod types;

pub use client::{Call, Client};
