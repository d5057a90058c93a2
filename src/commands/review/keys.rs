//! One key press at a time from the terminal (crossterm: raw mode only while waiting, so what is
//! printed stays plain line-based output, and Ctrl-C arrives as a key).

use crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use crossterm::terminal;

use crate::error::{CliError, Result};

/// What a key press asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// Space or Enter: show the answer, or answer Good.
    Next,
    /// 1-4: an answer button.
    Ease(i64),
    /// u: undo.
    Undo,
    /// e: edit the note.
    Edit,
    /// s: suspend the card.
    Suspend,
    /// -: bury the card.
    Bury,
    /// r: replay the audio.
    Replay,
    /// ?: help.
    Help,
    /// q or Esc: quit.
    Quit,
    /// Ctrl-C.
    Interrupt,
}

/// The action of a key event, if it has one.
pub fn key_of(event: &KeyEvent) -> Option<Key> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    if event.modifiers.contains(KeyModifiers::CONTROL) {
        return matches!(event.code, KeyCode::Char('c' | 'd')).then_some(Key::Interrupt);
    }
    Some(match event.code {
        KeyCode::Char(' ') | KeyCode::Enter => Key::Next,
        KeyCode::Char(c @ '1'..='4') => Key::Ease(i64::from(c as u8 - b'0')),
        KeyCode::Char('u') => Key::Undo,
        KeyCode::Char('e') => Key::Edit,
        KeyCode::Char('s') => Key::Suspend,
        KeyCode::Char('-') => Key::Bury,
        KeyCode::Char('r') => Key::Replay,
        KeyCode::Char('?') | KeyCode::Char('h') => Key::Help,
        KeyCode::Char('q') | KeyCode::Esc => Key::Quit,
        _ => return None,
    })
}

/// Raw mode for as long as it lives (restored however the wait ends).
struct Raw;

impl Raw {
    fn on() -> Result<Raw> {
        terminal::enable_raw_mode()
            .map_err(|e| CliError::Usage(format!("cannot read keys from the terminal: {e}")))?;
        Ok(Raw)
    }
}

impl Drop for Raw {
    fn drop(&mut self) {
        let _ = terminal::disable_raw_mode();
    }
}

/// Waits for a key that means something.
pub fn next_key() -> Result<Key> {
    let _raw = Raw::on()?;
    loop {
        let event =
            event::read().map_err(|e| CliError::Usage(format!("cannot read the terminal: {e}")))?;
        if let Event::Key(key) = event {
            if let Some(key) = key_of(&key) {
                return Ok(key);
            }
        }
    }
}

/// The terminal's width in columns, at least 40 (narrower terminals wrap what is printed).
pub fn width() -> usize {
    terminal::size()
        .map_or(80, |(cols, _)| usize::from(cols))
        .max(40)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> Option<Key> {
        key_of(&KeyEvent::new(code, modifiers))
    }

    #[test]
    fn keys_are_anki_s() {
        assert_eq!(
            press(KeyCode::Char(' '), KeyModifiers::NONE),
            Some(Key::Next)
        );
        assert_eq!(press(KeyCode::Enter, KeyModifiers::NONE), Some(Key::Next));
        assert_eq!(
            press(KeyCode::Char('3'), KeyModifiers::NONE),
            Some(Key::Ease(3))
        );
        assert_eq!(press(KeyCode::Char('5'), KeyModifiers::NONE), None);
        assert_eq!(
            press(KeyCode::Char('-'), KeyModifiers::NONE),
            Some(Key::Bury)
        );
        assert_eq!(
            press(KeyCode::Char('c'), KeyModifiers::CONTROL),
            Some(Key::Interrupt)
        );
        assert_eq!(press(KeyCode::Char('u'), KeyModifiers::CONTROL), None);
        assert_eq!(press(KeyCode::Esc, KeyModifiers::NONE), Some(Key::Quit));
    }
}
