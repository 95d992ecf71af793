//! Substring search over UTF-8 text, for `in`, `find`, `index`, `count`, `partition`,
//! `split` and `replace`. A one-byte needle is a `memchr` scan; longer ones use `memchr`'s
//! `memmem`, whose vectorised prefilter skips most of the text (std's `str::find` builds a
//! Two-Way searcher and steps it byte by byte, which cost more than the rest of `ch in
//! " \t\n"`). Matches of a valid UTF-8 needle in valid UTF-8 text always start and end on
//! character boundaries, so byte offsets are safe to slice at.

use memchr::memmem;

/// Texts shorter than this are searched by a plain loop: `memchr`'s dispatch and
/// `memmem`'s setup cost more than scanning them.
const SHORT: usize = 32;

/// The byte offset of the first occurrence of `needle` in `hay`.
#[inline]
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    match needle {
        [] => Some(0),
        &[byte] if hay.len() < SHORT => hay.iter().position(|&b| b == byte),
        &[byte] => memchr::memchr(byte, hay),
        [first, rest @ ..] if hay.len() < SHORT => {
            let last_start = hay.len().checked_sub(needle.len())?;
            (0..=last_start).find(|&i| hay[i] == *first && &hay[i + 1..i + needle.len()] == rest)
        }
        _ => memmem::find(hay, needle),
    }
}

/// The byte offset of the last occurrence of `needle` in `hay`.
#[inline]
pub fn rfind(hay: &str, needle: &str) -> Option<usize> {
    match needle.as_bytes() {
        [] => Some(hay.len()),
        &[byte] => memchr::memrchr(byte, hay.as_bytes()),
        bytes => memmem::rfind(hay.as_bytes(), bytes),
    }
}

/// `needle in hay`.
#[inline]
pub fn contains(hay: &str, needle: &str) -> bool {
    find(hay, needle).is_some()
}

/// The number of non-overlapping occurrences of a non-empty `needle`.
pub fn count(hay: &str, needle: &str) -> usize {
    match needle.as_bytes() {
        &[byte] => memchr::memchr_iter(byte, hay.as_bytes()).count(),
        bytes => memmem::find_iter(hay.as_bytes(), bytes).count(),
    }
}

/// The byte offsets of the non-overlapping occurrences of a non-empty `needle`, first to
/// last.
pub fn find_all<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    memmem::find_iter(hay.as_bytes(), needle.as_bytes())
}

/// `hay.replace(old, new)` for a non-empty `old`.
pub fn replace_all(hay: &str, old: &str, new: &str) -> String {
    let mut out = String::with_capacity(hay.len());
    let mut rest = 0;
    for at in find_all(hay, old) {
        out.push_str(&hay[rest..at]);
        out.push_str(new);
        rest = at + old.len();
    }
    out.push_str(&hay[rest..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_std() {
        let texts = [
            "",
            "a",
            "abc",
            "aaaa",
            "héllo wörld",
            "abcabcab",
            "x\ty\nz",
            "ééé",
        ];
        let needles = [
            "", "a", "b", "aa", "abc", "é", "ö", "\t", "ca", "zz", "éé", "l",
        ];
        for hay in texts {
            for needle in needles {
                assert_eq!(find(hay, needle), hay.find(needle), "{hay:?} {needle:?}");
                assert_eq!(rfind(hay, needle), hay.rfind(needle), "{hay:?} {needle:?}");
                if !needle.is_empty() {
                    assert_eq!(count(hay, needle), hay.matches(needle).count());
                    assert_eq!(replace_all(hay, needle, "<>"), hay.replace(needle, "<>"));
                }
            }
        }
    }
}
