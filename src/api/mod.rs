//! Talking to the PandaPon OpenAPI, split by job: the catalogue of operations, signing, the
//! transport (one attempt, bounded), the answer (status and envelope to a result or an error
//! with its hint), the client that ties them together, and typed views of responses.
//!
//! Nothing here prints or knows a command: what happens is told to an `Observer`.

pub mod answer;
pub mod budget;
pub mod catalogue;
pub mod client;
pub mod envelope;
pub mod observe;
pub mod pace;
pub mod sign;
pub mod transport;
pub mod types;

pub use client::{Call, Client};
pub use observe::Observer;
