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
