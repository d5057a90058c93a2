//! The media file names a field refers to, which of them Anki's package importer keeps as
//! they are (`note import --fast` sends a row whose names it would rename the normal way), and
//! the paths of files in Anki's media folder (the packages `--fast` and GUID columns use).

use crate::error::Result;

/// Anki's media folder, on the machine where Anki runs: asked of Anki once.
#[derive(Debug, Default)]
pub struct MediaFolder(Option<String>);

impl MediaFolder {
    /// Whether the folder has been asked for.
    pub fn is_known(&self) -> bool {
        self.0.is_some()
    }

    /// The path of the file `name` in the folder, with the folder's own separator; `ask` gives
    /// the folder (getMediaDirPath) the first time.
    pub fn path_of(&mut self, name: &str, ask: impl FnOnce() -> Result<String>) -> Result<String> {
        let dir = match &mut self.0 {
            Some(dir) => dir,
            empty => empty.insert(ask()?),
        };
        let separator = if dir.contains('\\') && !dir.contains('/') {
            '\\'
        } else {
            '/'
        };
        Ok(format!(
            "{}{separator}{name}",
            dir.trim_end_matches(['/', '\\'])
        ))
    }
}

/// The file names a field refers to, in order: `[sound:…]`, and the `src`/`data` of any HTML tag.
pub fn media_references(field: &str) -> Vec<&str> {
    let mut names: Vec<(usize, &str)> = Vec::new();
    let at_of = |name: &str| name.as_ptr() as usize - field.as_ptr() as usize;
    let mut rest = field;
    while let Some(at) = rest.find("[sound:") {
        let after = &rest[at + 7..];
        let end = after.find(']').unwrap_or(after.len());
        names.push((at_of(after), &after[..end]));
        rest = &after[end..];
    }
    let mut rest = field;
    while let Some(open) = rest.find('<') {
        let tag = &rest[open..];
        let close = tag.find('>').unwrap_or(tag.len());
        let tag = &tag[..close];
        let lower = tag.to_ascii_lowercase();
        let mut from = 0;
        while let Some(found) = lower[from..]
            .find(|c: char| c.is_ascii_whitespace())
            .map(|i| from + i + 1)
        {
            from = found;
            let attr = &lower[found..];
            let name_len = if attr.starts_with("src") {
                3
            } else if attr.starts_with("data") {
                4
            } else {
                continue;
            };
            let after = attr[name_len..].trim_start();
            let Some(value) = after.strip_prefix('=') else {
                continue;
            };
            let value_at = tag.len() - value.trim_start().len();
            let value = &tag[value_at..];
            let (quote, value) = match value.chars().next() {
                Some(q @ ('"' | '\'')) => (Some(q), &value[1..]),
                _ => (None, value),
            };
            let end = value
                .find(|c: char| match quote {
                    Some(q) => c == q,
                    None => c.is_whitespace(),
                })
                .unwrap_or(value.len());
            names.push((at_of(value), &value[..end]));
        }
        rest = &rest[open + 1..];
    }
    names.sort_by_key(|(at, _)| *at);
    names.into_iter().map(|(_, name)| name).collect()
}

/// Whether Anki's package importer keeps a media file name as it is: plain ASCII letters,
/// digits, `.`, `_`, `-` and inner spaces, not a Windows device name (the importer rewrites
/// references to other names, e.g. `a:b.jpg` to `ab.jpg`, which addNotes does not).
pub fn plain_media_name(name: &str) -> bool {
    const DEVICES: &[&str] = &["con", "prn", "aux", "nul"];
    let stem = name
        .split('.')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let device = DEVICES.contains(&stem.as_str())
        || ((stem.starts_with("com") || stem.starts_with("lpt"))
            && stem.len() == 4
            && stem.as_bytes()[3].is_ascii_digit());
    !name.is_empty()
        && name.len() <= 120
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | ' '))
        && !name.starts_with([' ', '.'])
        && !name.ends_with([' ', '.'])
        && !device
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_media_folder_is_asked_once_and_keeps_its_separator() {
        let mut asked = 0;
        let mut folder = MediaFolder::default();
        assert!(!folder.is_known());
        let mut path = |name: &str, dir: &str| {
            folder
                .path_of(name, || {
                    asked += 1;
                    Ok(dir.to_string())
                })
                .unwrap()
        };
        assert_eq!(path("a.apkg", r"C:\Anki\media\"), r"C:\Anki\media\a.apkg");
        assert_eq!(path("b.apkg", "/elsewhere"), r"C:\Anki\media\b.apkg");
        assert_eq!(asked, 1);
        let mut unix = MediaFolder::default();
        let got = unix.path_of("c.apkg", || Ok("/home/u/media/".into()));
        assert_eq!(got.unwrap(), "/home/u/media/c.apkg");
    }

    #[test]
    fn media_references_and_which_names_the_importer_keeps() {
        assert_eq!(
            media_references(
                r#"a <img src="cat.jpg"> [sound:x y.mp3] <IMG class=z SRC='d.png'/> <object data=e.svg>"#
            ),
            vec!["cat.jpg", "x y.mp3", "d.png", "e.svg"]
        );
        assert_eq!(
            media_references("<div data-x=1>plain</div> [sound:"),
            vec![""]
        );
        assert!(media_references("no media <b>here</b>").is_empty());
        for plain in ["cat.jpg", "a b.mp3", "paste-1a2b.png", "x_y-z.webm"] {
            assert!(plain_media_name(plain), "{plain}");
        }
        for renamed in [
            "a:b.jpg",
            "x?y.mp3",
            "dir/c.jpg",
            "café.jpg",
            "con.jpg",
            "LPT1.png",
            " a.jpg",
            "a.",
            "",
            "&amp;.jpg",
        ] {
            assert!(!plain_media_name(renamed), "{renamed}");
        }
    }
}
