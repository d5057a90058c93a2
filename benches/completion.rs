//! REPL Tab completion at size, on the real add-on (`scripts/bench-completion` fills a fresh
//! profile with thousands of decks and tags first, then runs this with `ANKI_CLI_URL` set).
//! Drives the REPL's completer as Tab does: the first completion of a deck name asks Anki, the
//! later ones answer from the session's cache. Prints the times; asserts nothing about them.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::{Duration, Instant};

use anki_cli::app::repl::complete::ReplHelper;
use anki_cli::app::session::Session;
use anki_cli::config::Env;
use anki_cli::terminal::Terminal;

fn main() {
    let env = Env(std::env::vars().collect());
    let session = Session::new(env, Terminal::piped(), Default::default(), true)
        .expect("a session on ANKI_CLI_URL");
    let root = Rc::new(RefCell::new(anki_cli::cli::command()));
    let helper = ReplHelper::new(&session, root);
    for line in [
        "note add -d Deck-12",
        "card find deck:Deck-4",
        "card find tag:tag-1",
    ] {
        let mut times = Vec::new();
        let mut found = 0;
        for _ in 0..21 {
            let started = Instant::now();
            let (_, pairs) = helper.complete_line(line, line.len());
            times.push(started.elapsed());
            found = pairs.len();
        }
        let first = times.remove(0);
        times.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        println!(
            "{line:30} {found:5} candidates: first {:7.1} ms, then median {:6.2} ms, max {:6.2} ms",
            ms(first),
            ms(times[times.len() / 2]),
            ms(times[times.len() - 1])
        );
    }
}
