//! Requests for AnkiConnect's media file actions: one builder per action, pure (no I/O).

use serde_json::json;

use crate::request::Request;

/// `storeMediaFile` with one of data/path/url already in `source`.
pub fn store_media_file(
    filename: &str,
    source: (&str, &str),
    keep_existing: bool,
    skip_hash: Option<&str>,
) -> Request {
    let mut params = json!({ "filename": filename, source.0: source.1 });
    if keep_existing {
        params["deleteExisting"] = json!(false);
    }
    if let Some(hash) = skip_hash {
        params["skipHash"] = json!(hash);
    }
    Request::new("storeMediaFile", params)
}

/// `retrieveMediaFile`
pub fn retrieve_media_file(filename: &str) -> Request {
    Request::new("retrieveMediaFile", json!({ "filename": filename }))
}

/// `getMediaFilesNames`
pub fn media_files_names(pattern: &str) -> Request {
    Request::new("getMediaFilesNames", json!({ "pattern": pattern }))
}

/// `deleteMediaFile`
pub fn delete_media_file(filename: &str) -> Request {
    Request::new("deleteMediaFile", json!({ "filename": filename }))
}

/// `getMediaDirPath`
pub fn media_dir_path() -> Request {
    Request::bare("getMediaDirPath")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_match_the_reference_samples() {
        let cases = [
            (
                store_media_file("_hello.txt", ("data", "SGVsbG8sIHdvcmxkIQ=="), false, None),
                json!({"action": "storeMediaFile", "version": 6, "params": {"filename": "_hello.txt", "data": "SGVsbG8sIHdvcmxkIQ=="}}),
            ),
            (
                store_media_file("_hello.txt", ("url", "https://x/y.txt"), true, Some("abc")),
                json!({"action": "storeMediaFile", "version": 6, "params": {"filename": "_hello.txt", "url": "https://x/y.txt", "deleteExisting": false, "skipHash": "abc"}}),
            ),
            (
                retrieve_media_file("_hello.txt"),
                json!({"action": "retrieveMediaFile", "version": 6, "params": {"filename": "_hello.txt"}}),
            ),
            (
                media_files_names("_hell*.txt"),
                json!({"action": "getMediaFilesNames", "version": 6, "params": {"pattern": "_hell*.txt"}}),
            ),
            (
                delete_media_file("_hello.txt"),
                json!({"action": "deleteMediaFile", "version": 6, "params": {"filename": "_hello.txt"}}),
            ),
            (
                media_dir_path(),
                json!({"action": "getMediaDirPath", "version": 6}),
            ),
        ];
        for (req, expected) in cases {
            assert_eq!(req.to_json(), expected, "{}", req.action);
        }
    }
}
