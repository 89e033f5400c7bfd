//! Reading sitrep's knowledge files (`data/`): tab-separated rows, `#` comments.

/// The rows of a TSV knowledge file: blank lines and `#` comments skipped,
/// each row padded with empty cells to `width` so callers can index freely.
pub fn tsv_rows(text: &str, width: usize) -> impl Iterator<Item = Vec<&str>> + '_ {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(move |l| {
            let mut cells: Vec<&str> = l.split('\t').map(str::trim).collect();
            if cells.len() < width {
                cells.resize(width, "");
            }
            cells
        })
}

/// A word list file: one entry per line, blank lines and `#` comments skipped.
pub fn word_set(text: &'static str) -> std::collections::HashSet<&'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// A word-pair list file: one pair per line, its two words separated by a
/// space ("compared with", "invasion forces").
pub fn word_pairs(text: &'static str) -> std::collections::HashSet<(&'static str, &'static str)> {
    word_set(text)
        .into_iter()
        .filter_map(|pair| pair.split_once(' '))
        .collect()
}

/// Split a `a|b|c` cell into its non-empty parts.
pub fn alternatives(cell: &str) -> impl Iterator<Item = &str> {
    cell.split('|').map(str::trim).filter(|s| !s.is_empty())
}

/// `None` for an empty or `-` cell.
pub fn opt(cell: &str) -> Option<String> {
    match cell.trim() {
        "" | "-" => None,
        s => Some(s.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_skip_comments_and_pad() {
        let rows: Vec<_> = tsv_rows("# header\n\nIRN\tIran\n", 4).collect();
        assert_eq!(rows, vec![vec!["IRN", "Iran", "", ""]]);
        assert_eq!(alternatives("a| b||c").collect::<Vec<_>>(), ["a", "b", "c"]);
        assert_eq!(opt("-"), None);
    }
}
