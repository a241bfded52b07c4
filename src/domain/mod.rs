//! The words the client and the sandbox share: statuses, refund kinds, money, ids, times,
//! platforms. Both sides import from here; neither imports the other's vocabulary.
//!
//! Everything here reads or names the API's values; nothing prints (see `docs/api.md` for where
//! each meaning comes from).

pub mod json;
pub mod message;
pub mod money;
pub mod platform;
pub mod refund;
pub mod status;
pub mod value;

pub use platform::Platform;
