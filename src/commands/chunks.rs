//! Reads in chunks: the commands that ask about many IDs (`note info`, `card info`,
//! `note export`) send a chunk of them per request, so each reply stays under a few MB, and hand
//! each part of the output on as it arrives ([`More`]), so memory does not grow with the rows.
//! On a terminal a progress bar (stderr) shows how far a run of more than a couple of seconds
//! got. Ctrl-C ends the process between two writes of whole rows (`app/start.rs`).

use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use serde::de::DeserializeOwned;

use crate::client::Transport;
use crate::commands::context::{decode, Ctx, More, Outcome};
use crate::error::Result;
use crate::output::Output;
use crate::request::Request;

/// How long a run goes before its progress bar shows.
const QUIET: Duration = Duration::from_secs(2);

/// Items per request: `default`, or `ANKI_CLI_CHUNK` when set (tests use a few).
pub fn size(ctx: &Ctx, default: usize) -> usize {
    ctx.settings.chunk.unwrap_or(default)
}

/// The output of `ids` read `chunk` at a time: `fetch` sends a chunk's request and decodes its
/// reply (on a reader thread when the transport allows, one chunk ahead, see [`Chunks`]);
/// `render` turns a chunk's IDs and reply into its part of the output. The first chunk is read
/// now (so a bad reply or a dry run stops before anything is printed), the rest as they are
/// rendered.
pub fn stream<T, F, R>(
    ctx: &Ctx,
    ids: Vec<i64>,
    chunk: usize,
    fetch: F,
    mut render: R,
) -> Result<Outcome>
where
    T: Send + 'static,
    F: Fn(&Ctx, &[i64]) -> Result<T> + Send + Sync + 'static,
    R: FnMut(&Ctx, &[i64], T) -> Result<Output> + 'static,
{
    let total = ids.len();
    let mut chunks = Chunks::new(ctx, ids, chunk, fetch);
    let Some((part, read)) = chunks.next(ctx) else {
        return Ok(render(ctx, &[], fetch_nothing(&chunks, ctx)?)?.into());
    };
    let first = render(ctx, &part, read?)?;
    if chunks.done() {
        return Ok(first.into());
    }
    let mut progress = Progress::new(ctx.term.stderr_tty, total, part.len());
    let mut at = part.len();
    let next = move |ctx: &Ctx| {
        let Some((part, read)) = chunks.next(ctx) else {
            progress.done();
            return Ok(None);
        };
        let output = render(ctx, &part, read?)?;
        at += part.len();
        progress.set(at);
        Ok(Some(output))
    };
    Ok(Outcome {
        output: first,
        failure: None,
        more: Some(More(Box::new(next))),
    })
}

/// The reply to no IDs at all (asked as the commands always did: one request of none).
fn fetch_nothing<T>(chunks: &Chunks<T>, ctx: &Ctx) -> Result<T> {
    (chunks.fetch_one)(ctx, &[])
}

/// What reads one chunk: sends its request and decodes the reply.
type Fetch<T> = std::sync::Arc<dyn Fn(&Ctx, &[i64]) -> Result<T> + Send + Sync>;

/// How many reader threads take turns: while one decodes the reply it got, the other's
/// request is already at Anki, which answers one request at a time and so is never idle.
const READERS: usize = 2;

/// IDs read a chunk at a time. When the transport can be detached ([`Transport::detached`]),
/// [`READERS`] threads take the chunks in turn, each sending its request and decoding the reply
/// while the caller renders and writes the chunk before; each holds at most the one chunk it
/// read until the caller takes it, so memory stays bounded (a few chunks). Otherwise (a dry
/// run, test doubles) each chunk is read when asked for.
///
/// [`Transport::detached`]: crate::client::Transport::detached
pub struct Chunks<T> {
    fetch_one: Fetch<T>,
    source: Source<T>,
}

/// A chunk's IDs and what was read for them.
type Read<T> = (Vec<i64>, Result<T>);

enum Source<T> {
    /// The readers' channels, and the index of the next chunk (taken from reader `next % n`).
    Threads {
        readers: Vec<std::sync::mpsc::Receiver<Read<T>>>,
        next: usize,
        count: usize,
    },
    InTurn {
        ids: Vec<i64>,
        at: usize,
        chunk: usize,
    },
    Done,
}

impl<T: Send + 'static> Chunks<T> {
    /// Starts reading `ids`, `chunk` at a time, with `fetch`.
    pub fn new<F>(ctx: &Ctx, ids: Vec<i64>, chunk: usize, fetch: F) -> Chunks<T>
    where
        F: Fn(&Ctx, &[i64]) -> Result<T> + Send + Sync + 'static,
    {
        let chunk = chunk.max(1);
        let fetch_one: Fetch<T> = std::sync::Arc::new(fetch);
        if ids.len() <= chunk {
            let source = Source::InTurn { ids, at: 0, chunk };
            return Chunks { fetch_one, source };
        }
        let ids = std::sync::Arc::new(ids);
        let count = ids.len().div_ceil(chunk);
        let mut readers = Vec::new();
        for first in 0..READERS.min(count) {
            let Some(transport) = ctx.transport.detached() else {
                break;
            };
            let (settings, term) = (ctx.settings.clone(), ctx.term);
            let (fetch, ids) = (
                std::sync::Arc::clone(&fetch_one),
                std::sync::Arc::clone(&ids),
            );
            // A rendezvous: the reader holds the chunk it read until the caller takes it.
            let (sender, receiver) = std::sync::mpsc::sync_channel(0);
            std::thread::spawn(move || {
                let ctx = Ctx {
                    transport: &*transport,
                    settings: &settings,
                    term,
                    dry_run: false,
                    stdin_allowed: false,
                    progress: None,
                };
                for part in ids.chunks(chunk).skip(first).step_by(READERS) {
                    let read = fetch(&ctx, part);
                    let failed = read.is_err();
                    // The caller gone (it stopped on an error or a closed pipe): stop too.
                    if sender.send((part.to_vec(), read)).is_err() || failed {
                        return;
                    }
                }
            });
            readers.push(receiver);
        }
        let source = if readers.len() == READERS.min(count) {
            Source::Threads {
                readers,
                next: 0,
                count,
            }
        } else {
            let ids = std::sync::Arc::try_unwrap(ids).unwrap_or_else(|ids| ids.to_vec());
            Source::InTurn { ids, at: 0, chunk }
        };
        Chunks { fetch_one, source }
    }

    /// The next chunk's IDs and what was read for them; `None` after the last (or after an
    /// error, which ends the reading).
    pub fn next(&mut self, ctx: &Ctx) -> Option<Read<T>> {
        let next = match &mut self.source {
            Source::Threads {
                readers,
                next,
                count,
            } if *next < *count => {
                let read = readers[*next % readers.len()].recv().ok();
                *next += 1;
                read
            }
            Source::InTurn { ids, at, chunk } if *at < ids.len() => {
                let end = (*at + *chunk).min(ids.len());
                let part = ids[*at..end].to_vec();
                *at = end;
                let read = (self.fetch_one)(ctx, &part);
                Some((part, read))
            }
            _ => None,
        };
        if !matches!(next, Some((_, Ok(_)))) {
            self.source = Source::Done;
        }
        next
    }

    /// Whether every chunk was handed out (known without waiting only when read in turn).
    fn done(&self) -> bool {
        match &self.source {
            Source::InTurn { ids, at, .. } => *at >= ids.len(),
            Source::Threads { next, count, .. } => next >= count,
            Source::Done => true,
        }
    }
}

/// How many parts of a list read as it arrives may wait for the caller: enough that the reader
/// rarely stops reading (the add-on sends a big reply in slices, one each 25 ms, as far as the
/// socket takes them), few enough to stay small (a few MB of typed rows).
const LISTED_AHEAD: usize = 8;

/// A part of a list read as it arrives (`None`: the list ended), or why the reading failed.
type Part<T> = Result<Option<Vec<T>>>;

/// The output of one request whose `result` is a long list that cannot be asked in pages
/// (`cardReviews`), `part` rows at a time: `render` turns each part into its output. When the
/// transport allows ([`Transport::detached`] and [`Transport::open`]), a reader thread decodes
/// the reply as it arrives into typed rows and hands them on a part at a time (at most
/// [`LISTED_AHEAD`] parts wait), so neither the reply nor its rows are held whole; otherwise (a dry run, test
/// doubles) the reply is read whole and rendered in the same parts. The first part is read now
/// (a reply of the wrong shape there stops before anything is printed).
///
/// [`Transport::detached`]: crate::client::Transport::detached
/// [`Transport::open`]: crate::client::Transport::open
pub fn listed<T, R>(ctx: &Ctx, request: Request, part: usize, mut render: R) -> Result<Outcome>
where
    T: DeserializeOwned + Send + 'static,
    R: FnMut(Vec<T>) -> Output + 'static,
{
    let part = part.max(1);
    let mut next: Box<dyn FnMut() -> Part<T>> = match ctx.transport.detached() {
        Some(transport) => {
            let (sender, receiver) = std::sync::mpsc::sync_channel::<Part<T>>(LISTED_AHEAD);
            std::thread::spawn(move || {
                let mut take = |rows| sender.send(Ok(Some(rows))).is_ok();
                let end = read_list(&*transport, &request, part, &mut take);
                let _ = sender.send(end.map(|()| None));
            });
            Box::new(move || receiver.recv().unwrap_or(Ok(None)))
        }
        None => {
            let mut parts = Vec::new();
            read_list(ctx.transport, &request, part, &mut |rows| {
                parts.push(rows);
                true
            })?;
            let mut parts = parts.into_iter();
            Box::new(move || Ok(parts.next()))
        }
    };
    let Some(first) = next()? else {
        return Ok(render(Vec::new()).into());
    };
    let output = render(first);
    let more = move |_: &Ctx| Ok(next()?.map(&mut render));
    Ok(Outcome {
        output,
        failure: None,
        more: Some(More(Box::new(more))),
    })
}

/// Sends `request` and hands its list `result` to `take`, `part` rows at a time: read as it
/// arrives when the transport can ([`crate::reply_stream`]), else read whole and cut.
fn read_list<T: DeserializeOwned>(
    transport: &dyn Transport,
    request: &Request,
    part: usize,
    take: &mut dyn FnMut(Vec<T>) -> bool,
) -> Result<()> {
    if let Some(body) = transport.open(request)? {
        return crate::reply_stream::rows(body, part, take).map(|_| ());
    }
    let result = transport.call(request)?;
    let mut rows: Vec<T> = decode(&request.action, &result)?;
    drop(result);
    while !rows.is_empty() {
        let rest = rows.split_off(part.min(rows.len()));
        if !take(std::mem::replace(&mut rows, rest)) {
            break;
        }
    }
    Ok(())
}

/// A progress bar on stderr that shows once a run has taken [`QUIET`] (only on a terminal).
pub struct Progress {
    bar: Option<ProgressBar>,
    started: Instant,
    shown: bool,
}

impl Progress {
    /// A bar for `total` items, `done` of them done (drawn only when `tty`).
    pub fn new(tty: bool, total: usize, done: usize) -> Progress {
        let bar = tty.then(|| {
            let bar =
                ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::hidden());
            if let Ok(style) =
                ProgressStyle::with_template("{bar:30} {pos}/{len}  {per_sec}  ETA {eta}")
            {
                bar.set_style(style);
            }
            bar.set_position(done as u64);
            bar
        });
        Progress {
            bar,
            started: Instant::now(),
            shown: false,
        }
    }

    /// `done` items are done.
    pub fn set(&mut self, done: usize) {
        let Some(bar) = &self.bar else {
            return;
        };
        if !self.shown && self.started.elapsed() >= QUIET {
            bar.set_draw_target(ProgressDrawTarget::stderr());
            self.shown = true;
        }
        bar.set_position(done as u64);
    }

    /// The run is over: the bar goes.
    pub fn done(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::{rendered, FakeAnki};
    use crate::output::Format;

    #[test]
    fn parts_follow_the_first_chunk_one_per_chunk() {
        let anki = FakeAnki::new();
        let ctx = anki.ctx();
        let outcome = stream(
            &ctx,
            vec![1, 2, 3, 4, 5],
            2,
            |_, ids| Ok(ids.to_vec()),
            |_, _, ids| Ok(Output::Ids(ids)),
        )
        .unwrap();
        assert_eq!(rendered(&outcome.output, Format::Ids), "1\n2\n");
        let More(mut next) = outcome.more.unwrap();
        let mut rest = String::new();
        while let Some(part) = next(&ctx).unwrap() {
            rest.push_str(&rendered(&part, Format::Ids));
        }
        assert_eq!(rest, "3\n4\n5\n");
        let single = stream(
            &ctx,
            vec![1, 2],
            2,
            |_, ids| Ok(ids.to_vec()),
            |_, _, ids| Ok(Output::Ids(ids)),
        )
        .unwrap();
        assert!(single.more.is_none());
    }
}
