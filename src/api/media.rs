//! AnkiConnect's media file actions: one typed builder per action (pure, no I/O) and the shapes
//! of their replies.

use serde_json::json;

use super::reply::OrFalse;
use crate::request::Call;

/// Where storeMediaFile takes a file's content from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum MediaSource<'a> {
    /// The content, base64-encoded.
    Data(&'a str),
    /// A file on the machine where Anki runs.
    Path(&'a str),
    /// A URL Anki downloads.
    Url(&'a str),
}

impl MediaSource<'_> {
    /// The params key and value that carry this source.
    fn param(&self) -> (&'static str, &str) {
        match self {
            MediaSource::Data(data) => ("data", data),
            MediaSource::Path(path) => ("path", path),
            MediaSource::Url(url) => ("url", url),
        }
    }
}

/// `storeMediaFile`: the name the file was stored under, or `None` when `skip_hash` matched.
pub fn store_media_file(
    filename: &str,
    source: MediaSource,
    keep_existing: bool,
    skip_hash: Option<&str>,
) -> Call<Option<String>> {
    let (key, value) = source.param();
    let mut params = json!({ "filename": filename, key: value });
    if keep_existing {
        params["deleteExisting"] = json!(false);
    }
    if let Some(hash) = skip_hash {
        params["skipHash"] = json!(hash);
    }
    Call::new("storeMediaFile", params)
}

/// `retrieveMediaFile`: the content in base64, or `false` when there is no such file.
pub fn retrieve_media_file(filename: &str) -> Call<OrFalse<String>> {
    Call::new("retrieveMediaFile", json!({ "filename": filename }))
}

/// `getMediaFilesNames`
pub fn media_files_names(pattern: &str) -> Call<Vec<String>> {
    Call::new("getMediaFilesNames", json!({ "pattern": pattern }))
}

/// `deleteMediaFile`
pub fn delete_media_file(filename: &str) -> Call<()> {
    Call::new("deleteMediaFile", json!({ "filename": filename }))
}

/// `getMediaDirPath`
pub fn media_dir_path() -> Call<String> {
    Call::bare("getMediaDirPath")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_match_the_reference_samples() {
        let cases = [
            (
                store_media_file(
                    "_hello.txt",
                    MediaSource::Data("SGVsbG8sIHdvcmxkIQ=="),
                    false,
                    None,
                )
                .to_json(),
                json!({"action": "storeMediaFile", "version": 6, "params": {"filename": "_hello.txt", "data": "SGVsbG8sIHdvcmxkIQ=="}}),
            ),
            (
                store_media_file(
                    "_hello.txt",
                    MediaSource::Path("/path/to/file"),
                    false,
                    None,
                )
                .to_json(),
                json!({"action": "storeMediaFile", "version": 6, "params": {"filename": "_hello.txt", "path": "/path/to/file"}}),
            ),
            (
                store_media_file(
                    "_hello.txt",
                    MediaSource::Url("https://x/y.txt"),
                    true,
                    Some("abc"),
                )
                .to_json(),
                json!({"action": "storeMediaFile", "version": 6, "params": {"filename": "_hello.txt", "url": "https://x/y.txt", "deleteExisting": false, "skipHash": "abc"}}),
            ),
            (
                retrieve_media_file("_hello.txt").to_json(),
                json!({"action": "retrieveMediaFile", "version": 6, "params": {"filename": "_hello.txt"}}),
            ),
            (
                media_files_names("_hell*.txt").to_json(),
                json!({"action": "getMediaFilesNames", "version": 6, "params": {"pattern": "_hell*.txt"}}),
            ),
            (
                delete_media_file("_hello.txt").to_json(),
                json!({"action": "deleteMediaFile", "version": 6, "params": {"filename": "_hello.txt"}}),
            ),
            (
                media_dir_path().to_json(),
                json!({"action": "getMediaDirPath", "version": 6}),
            ),
        ];
        for (req, expected) in cases {
            assert_eq!(req, expected, "{}", expected["action"]);
        }
    }
}
