//! Text that came from a server or a file, made safe for a terminal.
//!
//! A product title or an error `msg` is written by someone else: an `ESC [1A ESC [2K` in it
//! would erase the line above (the "error:" of a failed payment), an OSC 8 sequence would plant
//! a link, a bidi override would reorder what is read. Every such character is shown as a
//! visible escape instead (`\x1b`, `\u{202e}`); `--json` needs none of this, its encoder
//! escapes control characters itself.

use std::borrow::Cow;
use std::fmt::Write;

/// Characters that change how the rest of a line is displayed without being control
/// characters: the bidirectional marks, embeddings, overrides and isolates.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Whether `text` holds a bidi control. Every one is encoded in UTF-8 with a lead byte of
/// 0xD8 (U+061C) or 0xE2 (U+200E.., U+202A.., U+2066..), which CJK text never uses, so a byte
/// search (memchr) clears a megabyte of Chinese titles without decoding it; a hit (a “quote”
/// or … is 0xE2 too) is told apart by its next two bytes.
pub fn may_hold_bidi(text: &[u8]) -> bool {
    memchr::memchr2_iter(0xE2, 0xD8, text).any(|i| {
        matches!(
            text.get(i..(i + 3).min(text.len())),
            Some(
                [0xD8, 0x9C, ..]
                    | [0xE2, 0x80, 0x8E | 0x8F | 0xAA..=0xAE]
                    | [0xE2, 0x81, 0xA6..=0xA9]
            )
        )
    })
}

fn unsafe_char(c: char, keep_layout: bool) -> bool {
    (c.is_control() && !(keep_layout && (c == '\n' || c == '\t'))) || is_bidi_control(c)
}

fn escape(c: char, out: &mut String) {
    let n = u32::from(c);
    if n <= 0xff {
        let _ = write!(out, "\\x{n:02x}");
    } else {
        let _ = write!(out, "\\u{{{n:x}}}");
    }
}

/// Whether `text` may hold a control or bidi character, by its bytes (no decoding): every C0
/// control is a byte under 0x20 or 0x7F, every C1 control is encoded 0xC2 0x80..=0x9F.
fn may_hold_unsafe(text: &[u8]) -> bool {
    text.iter().any(|&b| b < 0x20 || b == 0x7f || b == 0xc2) || may_hold_bidi(text)
}

fn cleaned(s: &str, keep_layout: bool, layout_as_space: bool) -> Cow<'_, str> {
    if !may_hold_unsafe(s.as_bytes()) || !s.chars().any(|c| unsafe_char(c, keep_layout)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if !unsafe_char(c, keep_layout) {
            out.push(c);
        } else if layout_as_space && matches!(c, '\n' | '\t' | '\r') {
            out.push(' ');
        } else {
            escape(c, &mut out);
        }
    }
    Cow::Owned(out)
}

/// For lines of text: newlines and tabs stay, every other control or bidi character becomes a
/// visible escape.
pub fn clean(s: &str) -> Cow<'_, str> {
    cleaned(s, true, false)
}

/// For one line (a table cell, a picker item): line breaks and tabs become spaces, so they
/// cannot break the drawn columns or the tab-separated ones; the rest as `clean`.
pub fn clean_line(s: &str) -> Cow<'_, str> {
    cleaned(s, false, true)
}

/// Encoded JSON with the bidi controls written as `\uXXXX` escapes: the same document, which
/// cannot reorder what a person reads on a terminal. (JSON syntax is ASCII, so these can only
/// be inside strings; control characters the encoder escapes already.)
pub fn json_text(text: String) -> String {
    if !may_hold_bidi(text.as_bytes()) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_bidi_control(c) {
            let _ = write!(out, "\\u{:04x}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bidi_controls_are_told_from_other_punctuation() {
        for c in [
            '\u{061c}', '\u{200e}', '\u{200f}', '\u{202a}', '\u{202e}', '\u{2066}', '\u{2069}',
        ] {
            assert!(may_hold_bidi(format!("标题{c}").as_bytes()), "{c:?}");
        }
        for s in [
            "“引号”…",
            "\u{2000}\u{2067}x",
            "\u{0600}",
            "\u{2010}",
            "标题",
            "",
        ] {
            let expected = s.chars().any(is_bidi_control);
            assert_eq!(may_hold_bidi(s.as_bytes()), expected, "{s:?}");
        }
    }

    #[test]
    fn escape_sequences_and_overrides_become_visible() {
        assert_eq!(
            clean("paid.\u{1b}[1A\u{1b}[2K ok"),
            "paid.\\x1b[1A\\x1b[2K ok"
        );
        assert_eq!(clean("a\u{202e}cba\u{2066}"), "a\\u{202e}cba\\u{2066}");
        assert_eq!(
            clean("\u{1b}]8;;http://x\u{7}link"),
            "\\x1b]8;;http://x\\x07link"
        );
        assert_eq!(clean("C1 \u{9b}31m"), "C1 \\x9b31m");
        assert_eq!(clean("line 1\n\tline 2"), "line 1\n\tline 2");
        assert_eq!(clean("over\rwrite"), "over\\x0dwrite");
        assert!(matches!(clean("2025新款 衬衫"), Cow::Borrowed(_)));
    }

    #[test]
    fn json_keeps_its_meaning_without_raw_bidi() {
        let text = serde_json::to_string(&serde_json::json!({"t": "a\u{202e}b"})).unwrap();
        let safe = json_text(text);
        assert_eq!(safe, r#"{"t":"a\u202eb"}"#);
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back["t"], "a\u{202e}b");
    }

    /// The byte check lets no unsafe character through: tried on every character there is.
    #[test]
    fn every_unsafe_character_is_caught_by_its_bytes() {
        let mut buf = [0u8; 4];
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            if unsafe_char(c, false) {
                assert!(may_hold_unsafe(c.encode_utf8(&mut buf).as_bytes()), "{c:?}");
            }
        }
    }

    #[test]
    fn a_cell_stays_on_one_line() {
        assert_eq!(clean_line("Plain\ttee\nx\r"), "Plain tee x ");
        assert_eq!(clean_line("\u{1b}[31mred"), "\\x1b[31mred");
    }
}
