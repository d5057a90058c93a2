//! "Did you mean …?": the nearest of the names a mistyped name could have meant.

/// The candidate nearest to `typed` (case-insensitive edit distance), if it is close enough to
/// be a typo of it: at most one edit in four characters, and never `typed` itself.
pub fn nearest<'a>(typed: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let typed_lower = typed.to_lowercase();
    let limit = (typed.chars().count() / 4).max(1);
    candidates
        .into_iter()
        .filter(|c| *c != typed)
        .map(|c| (strsim::levenshtein(&typed_lower, &c.to_lowercase()), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
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
    }
}
