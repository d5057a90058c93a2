//! Reads in chunks: the commands that ask about many IDs (`note info`, `card info`,
//! `note export`) send a chunk of them per request, so each reply stays under a few MB, and hand
//! each part of the output on as it arrives ([`More`]), so memory does not grow with the rows.
//! On a terminal a progress bar (stderr) shows how far a run of more than a couple of seconds
//! got. Ctrl-C ends the process between two writes of whole rows (`app/start.rs`).

use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::commands::context::{Ctx, More, Outcome};
use crate::error::Result;
use crate::output::Output;

/// How long a run goes before its progress bar shows.
const QUIET: Duration = Duration::from_secs(2);

/// Items per request: `default`, or `ANKI_CLI_CHUNK` when set (tests use a few).
pub fn size(ctx: &Ctx, default: usize) -> usize {
    ctx.settings.chunk.unwrap_or(default)
}

/// The output of `ids` read `chunk` at a time by `part` (which gets a chunk and returns its
/// part of the output): the first chunk now (so a bad reply or a dry run stops before anything
/// is printed), the rest as they are rendered.
pub fn stream<F>(ctx: &Ctx, ids: Vec<i64>, chunk: usize, mut part: F) -> Result<Outcome>
where
    F: FnMut(&Ctx, &[i64]) -> Result<Output> + 'static,
{
    let chunk = chunk.max(1);
    let first_end = chunk.min(ids.len());
    let first = part(ctx, &ids[..first_end])?;
    if first_end == ids.len() {
        return Ok(first.into());
    }
    let mut progress = Progress::new(ctx.term.stderr_tty, ids.len(), first_end);
    let mut at = first_end;
    let next = move |ctx: &Ctx| {
        if at >= ids.len() {
            progress.done();
            return Ok(None);
        }
        let end = (at + chunk).min(ids.len());
        let output = part(ctx, &ids[at..end])?;
        at = end;
        progress.set(at);
        Ok(Some(output))
    };
    Ok(Outcome {
        output: first,
        failure: None,
        more: Some(More(Box::new(next))),
    })
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
        let outcome = stream(&ctx, vec![1, 2, 3, 4, 5], 2, |_, ids| {
            Ok(Output::Ids(ids.to_vec()))
        })
        .unwrap();
        assert_eq!(rendered(&outcome.output, Format::Ids), "1\n2\n");
        let More(mut next) = outcome.more.unwrap();
        let mut rest = String::new();
        while let Some(part) = next(&ctx).unwrap() {
            rest.push_str(&rendered(&part, Format::Ids));
        }
        assert_eq!(rest, "3\n4\n5\n");
        let single = stream(&ctx, vec![1, 2], 2, |_, ids| Ok(Output::Ids(ids.to_vec()))).unwrap();
        assert!(single.more.is_none());
    }
}
