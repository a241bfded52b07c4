//! Receiving PandaPon's order messages (docs/api.md#callbacks): the HTTP receiver `listen`
//! runs, the durable inbox it writes before acknowledging, the deliveries to an app, and the
//! samples `trigger` sends. Like `api`, nothing here prints: it reports what happened to the
//! command, which hands it to the printer.

pub mod deliver;
pub mod inbox;
mod log;
pub mod receiver;
pub mod running;
pub mod samples;
