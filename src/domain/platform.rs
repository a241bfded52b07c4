//! The two platforms PandaPon buys from (docs/api.md#callbacks). Message callbacks number them
//! 0 (Taobao) and 1 (1688).

use std::fmt;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Platform {
    #[default]
    Taobao,
    Alibaba1688,
}

impl Platform {
    pub const ALL: [Platform; 2] = [Platform::Taobao, Platform::Alibaba1688];

    /// The name on the command line and in profiles.
    pub fn name(self) -> &'static str {
        match self {
            Platform::Taobao => "taobao",
            Platform::Alibaba1688 => "1688",
        }
    }

    /// `messagePlatform` of an order message.
    pub fn message_code(self) -> i64 {
        match self {
            Platform::Taobao => 0,
            Platform::Alibaba1688 => 1,
        }
    }

    pub fn from_message_code(n: i64) -> Option<Platform> {
        Platform::ALL.into_iter().find(|p| p.message_code() == n)
    }

    pub fn parse(s: &str) -> Result<Platform, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "taobao" | "tb" | "tmall" => Ok(Platform::Taobao),
            "1688" | "alibaba" => Ok(Platform::Alibaba1688),
            _ => Err(format!(
                "\"{s}\" is not a platform: expected taobao or 1688"
            )),
        }
    }
}

impl fmt::Display for Platform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_codes_round_trip() {
        for p in Platform::ALL {
            assert_eq!(Platform::parse(p.name()), Ok(p));
            assert_eq!(Platform::from_message_code(p.message_code()), Some(p));
        }
        assert!(
            Platform::parse("amazon")
                .unwrap_err()
                .contains("taobao or 1688")
        );
    }
}
