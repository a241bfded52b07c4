//! Text fitted to a width in terminal columns (a CJK character is two): cut with an ellipsis,
//! or wrapped at word boundaries. A word is never split, so an id, an amount or a number
//! stays whole; between two CJK characters is a boundary, as a CJK reader expects.

use std::borrow::Cow;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// `s` cut to at most `width` terminal columns, ending in `…` when cut. Never splits a
/// character.
pub fn ellipsize(s: &str, width: usize) -> Cow<'_, str> {
    if s.width() <= width {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    Cow::Owned(out)
}

fn wide(c: char) -> bool {
    c.width() == Some(2)
}

/// Punctuation that must not begin a line: it belongs to the word before it.
fn closing(c: char) -> bool {
    matches!(
        c,
        ',' | '.'
            | ';'
            | ':'
            | '!'
            | '?'
            | ')'
            | ']'
            | '}'
            | '%'
            | '，'
            | '。'
            | '、'
            | '；'
            | '：'
            | '！'
            | '？'
            | '）'
            | '》'
            | '」'
            | '』'
            | '】'
            | '…'
    )
}

/// Punctuation that must not end a line: it belongs to the word after it.
fn opening(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '（' | '《' | '「' | '『' | '【')
}

/// The words of `s` as byte ranges `(gap, start, end)`: `s[gap..start]` is the run of spaces
/// before the word (empty when none). Words are separated by spaces, and around a wide (CJK)
/// character, except before closing and after opening punctuation.
fn words(s: &str) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut gap = 0;
    let mut prev: Option<char> = None;
    for (i, c) in s.char_indices() {
        if c == ' ' {
            if let Some(st) = start.take() {
                out.push((gap, st, i));
                gap = i;
            }
            prev = None;
            continue;
        }
        if let (Some(st), Some(p)) = (start, prev)
            && (wide(p) || wide(c))
            && !closing(c)
            && !opening(p)
        {
            out.push((gap, st, i));
            gap = i;
            start = None;
        }
        start.get_or_insert(i);
        prev = Some(c);
    }
    if let Some(st) = start {
        out.push((gap, st, s.len()));
    }
    out
}

/// The width of the widest word of `s`: the narrowest it wraps to without splitting one.
pub fn longest_word(s: &str) -> usize {
    if s.is_ascii() {
        // Quick for ids, amounts and English: no wide characters, words end at spaces.
        return s.split(' ').map(str::len).max().unwrap_or(0);
    }
    words(s)
        .into_iter()
        .map(|(_, a, b)| s[a..b].width())
        .max()
        .unwrap_or(0)
}

/// `s` in lines of at most `width` columns, broken between words (the spaces at a break are
/// dropped). A word wider than `width` is never split: it overflows. Never empty: "" is one
/// line.
pub fn wrap(s: &str, width: usize) -> Vec<String> {
    wrap_hanging(s, width, width)
}

/// `wrap`, the first line `first` columns wide and the others `rest`.
fn wrap_hanging(s: &str, first: usize, rest: usize) -> Vec<String> {
    let (first, rest) = (first.max(2), rest.max(2));
    if s.width() <= first {
        return vec![s.to_string()];
    }
    let mut lines = vec![String::new()];
    let mut width = first;
    let mut used = 0;
    for (g, a, b) in words(s) {
        let word = &s[a..b];
        let w = word.width();
        // Spaces kept as they were (a column's alignment), except at a line's start.
        let gap = if used > 0 { a - g } else { 0 };
        if used > 0 && used + gap + w > width {
            lines.push(String::new());
            (used, width) = (0, rest);
        }
        let line = lines.last_mut().expect("never empty");
        if used > 0 {
            line.push_str(&s[g..a]);
            used += a - g;
        }
        // A word wider than a whole line stays whole, on a line of its own that overflows: an
        // id or a link split in two is worse than a long line.
        line.push_str(word);
        used += w;
    }
    lines
}

/// `parts` joined with `sep`, a new line wherever the next part would pass `width`: a part
/// (one fact of a heading) is never cut in two by a line's end, unless it alone is too wide,
/// when it is wrapped at its words.
pub fn join_fitting(parts: &[&str], sep: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut used = 0;
    for p in parts {
        let w = p.width();
        match lines.last_mut() {
            Some(l) if used + sep.width() + w <= width => {
                l.push_str(sep);
                l.push_str(p);
                used += sep.width() + w;
            }
            _ => {
                let mut wrapped = wrap(p, width);
                used = wrapped.last().map_or(0, |l| l.width());
                lines.append(&mut wrapped);
            }
        }
    }
    lines
}

/// Where a line's continuation starts: under its first word after its indent, for a line laid
/// out as `  label   value` (two spaces or more after a short label); else at its indent.
fn hang(line: &str, width: usize) -> usize {
    let indent = line.len() - line.trim_start_matches(' ').len();
    let rest = &line[indent..];
    if let Some(gap) = rest.find("  ") {
        let label = &rest[..gap];
        let value = gap + rest[gap..].len() - rest[gap..].trim_start_matches(' ').len();
        let at = indent + label.width() + (value - gap);
        if label.width() <= 16 && at <= width / 2 {
            return at;
        }
    }
    indent
}

/// One line of prose for a terminal of `width` columns. A `label   value` line continues under
/// its value; any other keeps its facts whole where they fit (the parts it joins with " · ",
/// or else with two spaces), else breaks at words.
pub fn paragraph(line: &str, width: usize) -> Vec<String> {
    if line.width() <= width {
        return vec![line.to_string()];
    }
    let indent = line.len() - line.trim_start_matches(' ').len();
    let at = hang(line, width);
    let (lead, body) = line.split_at(indent);
    let lines = if at > indent {
        wrap_hanging(body, width - indent, width.saturating_sub(at).max(10))
    } else {
        let sep = if body.contains(" · ") { " · " } else { "  " };
        let parts: Vec<&str> = body.split(sep).collect();
        join_fitting(&parts, sep, width.saturating_sub(indent).max(10))
    };
    let pad = " ".repeat(at);
    lines
        .into_iter()
        .enumerate()
        .map(|(i, l)| format!("{}{l}", if i == 0 { lead } else { &pad }))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fits(lines: &[String], width: usize) -> bool {
        lines.iter().all(|l| l.width() <= width)
    }

    #[test]
    fn prose_wraps_at_spaces_never_inside_a_word() {
        let l = wrap("paid, waiting for shipment", 10);
        assert_eq!(l, ["paid,", "waiting", "for", "shipment"]);
        let l = wrap("Request id 816f5d5b0db5a009e5ec579fedf20f12 given", 34);
        assert!(
            l.contains(&"816f5d5b0db5a009e5ec579fedf20f12".to_string()),
            "{l:?}"
        );
        assert_eq!(wrap("", 5), [""]);
    }

    #[test]
    fn cjk_breaks_between_characters_but_not_inside_numbers() {
        let l = wrap("PU皮女士单肩包通勤大容量托特包2025新款", 32);
        assert!(fits(&l, 32), "{l:?}");
        assert!(l.concat().contains("2025"), "{l:?}");
        assert!(
            l.iter().any(|x| x.contains("2025")),
            "2025 kept whole: {l:?}"
        );
        // Closing punctuation stays with the word before it.
        let l = wrap("颜色分类: 奶白色 / 容量: 450ml 带盖勺", 9);
        assert!(fits(&l, 9), "{l:?}");
        assert!(l.iter().all(|x| !x.starts_with(':')), "{l:?}");
        assert!(l.iter().any(|x| x.contains("450ml")), "{l:?}");
        let l = wrap("帆布托特包（已下架）", 6);
        assert!(
            l.iter().all(|x| !x.starts_with('）') && !x.ends_with('（')),
            "{l:?}"
        );
    }

    #[test]
    fn a_word_wider_than_the_line_overflows_whole() {
        let l = wrap("id 3305075341149008248 paid", 10);
        assert_eq!(l, ["id", "3305075341149008248", "paid"]);
    }

    #[test]
    fn longest_words() {
        assert_eq!(longest_word("paid, waiting for shipment"), 8);
        assert_eq!(longest_word("托特包2025新款"), 4);
        assert_eq!(longest_word("颜色: 850浅灰"), 3);
        assert_eq!(longest_word(""), 0);
    }

    #[test]
    fn facts_break_between_parts_not_inside_them() {
        let line = "Order 3305075341149007217 · paid, waiting for shipment · ¥136.80 · created 2026-11-23 01:05:00";
        let l = paragraph(line, 80);
        assert_eq!(
            l,
            [
                "Order 3305075341149007217 · paid, waiting for shipment · ¥136.80",
                "created 2026-11-23 01:05:00"
            ]
        );
    }

    #[test]
    fn a_fact_goes_whole_to_the_next_line() {
        let line = "Offer 706627393257 (Ak7QmZ2xPd9-LwY4vNb6Rc) · Seller 义乌市优品文具厂 (BBBgGWh2O6JFI6v1aQuZVgRIA) · ¥3.50 – ¥6.80";
        let l = paragraph(line, 80);
        assert_eq!(l.len(), 2, "{l:?}");
        assert!(l[1].starts_with("Seller"), "{l:?}");
    }

    #[test]
    fn a_label_and_value_line_continues_under_its_value() {
        let line = "  outcome      unknown: the connection was reset before an answer came back from the server";
        let l = paragraph(line, 60);
        assert!(fits(&l, 60), "{l:?}");
        assert!(
            l[1].starts_with(&" ".repeat(15)) && !l[1][15..].starts_with(' '),
            "{l:?}"
        );
        let l = paragraph(
            "Ship to: 张三, 15068763421, 文一西路969号, 余杭区, 杭州市, 浙江省, 中国, 311121",
            40,
        );
        assert!(fits(&l, 40), "{l:?}");
        assert!(l.iter().any(|x| x.contains("15068763421")), "{l:?}");
    }

    #[test]
    fn ellipsis() {
        assert_eq!(ellipsize("衬衫衬衫", 5), "衬衫…");
        assert_eq!(ellipsize("abc", 3), "abc");
    }
}
