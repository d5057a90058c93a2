//! "Did you mean …?": the nearest of the names a mistyped name could have meant.

/// The candidate nearest to `typed` (case-insensitive edit distance), if it is close enough to
/// be a typo of it: at most one edit in four characters, and never `typed` itself.
pub fn nearest<'a>(typed: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let typed_lower = typed.to_lowercase();
    let limit = (typed.chars().count() / 4).max(1);
    candidates
        .into_iter()
        .filter(|c| *c != typed)
        .map(|c| (distance(&typed_lower, &c.to_lowercase()), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Levenshtein distance in characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if ca == *cb {
                diagonal
            } else {
                1 + diagonal.min(above).min(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_find_their_name_and_strangers_find_none() {
        let actions = ["findCards", "findNotes", "cardsInfo"];
        assert_eq!(nearest("findCardz", actions), Some("findCards"));
        assert_eq!(nearest("findcards", actions), Some("findCards"));
        assert_eq!(nearest("findCards", actions), None, "not itself");
        assert_eq!(nearest("deleteEverything", actions), None);
        assert_eq!(nearest("basic", ["Basic", "Cloze"]), Some("Basic"));
        assert_eq!(distance("kitten", "sitting"), 3);
    }
}
