//! `gui exit`: close Anki, and wait until AnkiConnect stops answering.

use std::time::{Duration, Instant};

use crate::api::gui::gui_exit_anki;
use crate::api::misc::version;
use crate::commands::context::Ctx;
use crate::error::{CliError, Result};
use crate::output::Output;

/// How long `gui exit` waits for Anki to stop answering before it says Anki did not close.
const EXIT_WAIT: Duration = Duration::from_secs(15);

/// `guiExitAnki`, then wait until AnkiConnect stops answering: the add-on closes Anki from a
/// timer 1 s after its reply, and with Anki 26 that timer is dropped before it fires.
pub fn exit(ctx: &Ctx) -> Result<Output> {
    let ((), result) = ctx.send_raw(gui_exit_anki())?;
    if !ctx.writes_apply() {
        return Ok(Output::Message {
            text: "Anki would close.".into(),
            result,
        });
    }
    let deadline = Instant::now() + EXIT_WAIT;
    while Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(250));
        match ctx.call(version()) {
            Ok(_) | Err(CliError::Timeout { .. }) => continue,
            Err(CliError::Connect { .. } | CliError::Protocol { .. }) => {
                return Ok(Output::Message {
                    text: "Anki is closing: AnkiConnect no longer answers.".into(),
                    result,
                })
            }
            Err(other) => return Err(other),
        }
    }
    Err(CliError::Refused(format!(
        "Anki is still running {} s after guiExitAnki. This is a known AnkiConnect problem with \
         this Anki version: the timer that should close Anki is dropped before it fires. Close \
         Anki from its window instead.",
        EXIT_WAIT.as_secs()
    )))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::FakeAnki;
    use serde_json::json;

    #[test]
    fn an_error_while_waiting_is_reported() {
        let anki = FakeAnki::new()
            .reply("guiExitAnki", json!(null))
            .fail("version", "collection is not available");
        let err = exit(&anki.ctx()).unwrap_err();
        assert!(
            err.to_string().contains("collection is not available"),
            "{err}"
        );
    }

    #[test]
    fn a_reply_other_than_null_is_not_the_add_ons() {
        let anki = FakeAnki::new().reply("guiExitAnki", json!(true));
        assert_eq!(exit(&anki.ctx()).unwrap_err().status().code(), 3);
    }
}
