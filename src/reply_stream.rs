//! Replies read as they arrive: the `{result, error}` envelope decoded straight from the body
//! ([`Body`]), with a list `result` handed on in parts of typed rows, so neither the reply nor
//! its rows are ever held whole (for `cardReviews`, which cannot be asked in pages).

use std::cell::Cell;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{DeserializeOwned, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::Value;

use crate::client::{action_error, Body};
use crate::error::{CliError, Result};

/// Where the decoding stopped when it failed.
#[derive(Clone, Copy, PartialEq)]
enum Failed {
    /// Nowhere (yet).
    No,
    /// Inside `result`: a reply of the wrong shape.
    InResult,
    /// The taker of the parts is gone: nothing to report.
    Stopped,
}

/// Reads the list `result` of `body` as it arrives, `part` rows at a time: each part goes to
/// `take` (which says whether to go on). Returns how many rows there were. The envelope's
/// error, a body that is no envelope, a transfer that failed and a reply past the cap are the
/// same errors as for a reply read whole; a row of the wrong type, or a `result` that is no
/// list, is [`CliError::UnexpectedReply`] (exit 3) — after the parts before it were taken.
pub fn rows<T: DeserializeOwned>(
    body: Body,
    part: usize,
    take: &mut dyn FnMut(Vec<T>) -> bool,
) -> Result<usize> {
    let failed = Cell::new(Failed::No);
    let seed = Rows {
        part: part.max(1),
        take,
        failed: &failed,
        kind: PhantomData,
    };
    let mut de = serde_json::Deserializer::from_reader(body.reader);
    let decoded = de
        .deserialize_map(Envelope(seed))
        .and_then(|envelope| de.end().map(|()| envelope));
    let protocol = |detail: String| CliError::Protocol {
        url: body.url.clone(),
        detail,
    };
    let (result, error) = match decoded {
        Ok(envelope) => envelope,
        Err(e) if e.is_io() => {
            let io = std::io::Error::from(e);
            return Err((body.failed)(&io));
        }
        Err(_) if failed.get() == Failed::Stopped => return Ok(0),
        Err(e) if failed.get() == Failed::InResult => {
            return Err(CliError::UnexpectedReply {
                action: body.action,
                reply: format!("its result is not a list of rows: {e}"),
            })
        }
        Err(e) if e.is_syntax() || e.is_eof() => {
            return Err(protocol(format!("the body is not JSON: {e}")))
        }
        Err(e) => {
            return Err(protocol(format!(
                "the JSON is not AnkiConnect's {{result, error}} envelope: {e}"
            )))
        }
    };
    let (Some(result), Some(error)) = (result, error) else {
        return Err(protocol(
            "the JSON is not AnkiConnect's {result, error} envelope".into(),
        ));
    };
    if let Some(error) = action_error(&body.action, body.key_sent, &error) {
        return Err(error);
    }
    result.ok_or_else(|| CliError::UnexpectedReply {
        action: body.action,
        reply: "null (expected a list)".into(),
    })
}

/// The envelope: `result` decoded with the seed, `error` as a value, anything else skipped.
struct Envelope<S>(S);

/// What [`Envelope`] found: the seed's value for `result` and the `error`, when present.
type Found<V> = (Option<V>, Option<Value>);

impl<'de, S: DeserializeSeed<'de>> Visitor<'de> for Envelope<S> {
    type Value = Found<S::Value>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("AnkiConnect's {result, error} envelope")
    }

    fn visit_map<A: MapAccess<'de>>(
        self,
        mut map: A,
    ) -> std::result::Result<Self::Value, A::Error> {
        let (mut seed, mut result, mut error) = (Some(self.0), None, None);
        while let Some(key) = map.next_key::<String>()? {
            match (key.as_str(), seed.take()) {
                ("result", Some(seed)) => result = Some(map.next_value_seed(seed)?),
                (key, unused) => {
                    seed = unused;
                    if key == "error" {
                        error = Some(map.next_value::<Value>()?);
                    } else {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
            }
        }
        Ok((result, error))
    }
}

/// A list of `T` handed on in parts; `None` for a `null` result (the error says why).
struct Rows<'a, T> {
    part: usize,
    take: &'a mut dyn FnMut(Vec<T>) -> bool,
    failed: &'a Cell<Failed>,
    kind: PhantomData<T>,
}

impl<'de, T: DeserializeOwned> DeserializeSeed<'de> for Rows<'_, T> {
    type Value = Option<usize>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> std::result::Result<Self::Value, D::Error> {
        let failed = self.failed;
        d.deserialize_any(self).inspect_err(|_| {
            if failed.get() == Failed::No {
                failed.set(Failed::InResult);
            }
        })
    }
}

impl<'de, T: DeserializeOwned> Visitor<'de> for Rows<'_, T> {
    type Value = Option<usize>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list")
    }

    fn visit_unit<E: serde::de::Error>(self) -> std::result::Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(
        self,
        mut seq: A,
    ) -> std::result::Result<Self::Value, A::Error> {
        let mut rows = Vec::with_capacity(self.part);
        let mut count = 0;
        while let Some(row) = seq.next_element::<T>()? {
            rows.push(row);
            count += 1;
            if rows.len() == self.part && !(self.take)(std::mem::take(&mut rows)) {
                self.failed.set(Failed::Stopped);
                return Err(serde::de::Error::custom("stopped"));
            }
        }
        if !rows.is_empty() && !(self.take)(rows) {
            self.failed.set(Failed::Stopped);
        }
        Ok(Some(count))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(bytes: &'static [u8]) -> Body {
        Body {
            reader: Box::new(bytes),
            url: "http://127.0.0.1:8765".into(),
            action: "cardReviews".into(),
            key_sent: false,
            failed: Box::new(|e| CliError::Protocol {
                url: "http://127.0.0.1:8765".into(),
                detail: format!("the reply broke off: {e}"),
            }),
        }
    }

    /// The parts `bytes` is read in, `part` rows each, and how it ended.
    fn parts(bytes: &'static [u8], part: usize) -> (Vec<Vec<[i64; 2]>>, Result<usize>) {
        let mut parts = Vec::new();
        let end = rows(body(bytes), part, &mut |rows| {
            parts.push(rows);
            true
        });
        (parts, end)
    }

    #[test]
    fn a_list_comes_in_parts_of_typed_rows() {
        let (got, end) = parts(br#"{"result": [[1, 2], [3, 4], [5, 6]], "error": null}"#, 2);
        assert_eq!(got, vec![vec![[1, 2], [3, 4]], vec![[5, 6]]]);
        assert_eq!(end.unwrap(), 3);
        // Key order, other keys and spacing do not matter; an empty list is no part at all.
        let (got, end) = parts(br#" {"error":null,"x":{"y":[1]},"result":[]} "#, 2);
        assert!(got.is_empty());
        assert_eq!(end.unwrap(), 0);
    }

    #[test]
    fn the_add_on_s_error_is_the_action_s_error() {
        let (got, end) = parts(br#"{"result": null, "error": "deck was not found"}"#, 2);
        assert!(got.is_empty());
        let err = end.unwrap_err();
        assert_eq!(err.to_string(), "cardReviews: deck was not found");
        assert_eq!(err.status().code(), 1);
        let (_, end) = parts(
            br#"{"result": null, "error": "valid api key must be provided"}"#,
            2,
        );
        assert!(matches!(end, Err(CliError::BadKey { key_sent: false })));
    }

    #[test]
    fn a_reply_of_the_wrong_shape_is_exit_3() {
        for bytes in [
            &br#"{"result": [[1, 2], [3]], "error": null}"#[..],
            br#"{"result": [[1, "x"]], "error": null}"#,
            br#"{"result": 5, "error": null}"#,
            br#"{"result": null, "error": null}"#,
        ] {
            let (_, end) = parts(bytes, 1);
            let err = end.unwrap_err();
            assert!(
                matches!(err, CliError::UnexpectedReply { .. }),
                "{}: {err:?}",
                String::from_utf8_lossy(bytes)
            );
            assert_eq!(err.status().code(), 3);
        }
        // The rows before the bad one were handed on; the error comes after them.
        let (got, _) = parts(br#"{"result": [[1, 2], [3]], "error": null}"#, 1);
        assert_eq!(got, vec![vec![[1, 2]]]);
        for bytes in [
            &b"<html>hi</html>"[..],
            b"",
            b"[1]",
            br#"{"result": [[1, 2]]}"#,
            br#"{"result": [[1, 2]], "error": null"#,
            br#"{"result": [], "error": null} x"#,
        ] {
            let (_, end) = parts(bytes, 1);
            let err = end.unwrap_err();
            assert!(
                matches!(err, CliError::Protocol { .. }),
                "{}: {err:?}",
                String::from_utf8_lossy(bytes)
            );
            assert_eq!(err.status().code(), 3);
        }
    }

    #[test]
    fn a_taker_that_stops_ends_the_reading_quietly() {
        let mut taken = 0;
        let end = rows::<[i64; 1]>(
            body(br#"{"result": [[1], [2], [3]], "error": null}"#),
            1,
            &mut |_| {
                taken += 1;
                false
            },
        );
        assert_eq!(taken, 1);
        assert!(end.is_ok());
    }
}
