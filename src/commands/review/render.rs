//! A card's question or answer, from the HTML Anki renders to readable terminal text: line
//! breaks, lists and tables kept (html2text), bold and italics as terminal styles when colour is
//! on, images as `[image: cat.jpg]`, audio as `[audio: x.mp3]`, MathJax left as written.

use html2text::config::ImageRenderMode;
use html2text::render::RichAnnotation;

/// Bold and italics as ANSI styles (with `color`), else plain.
fn styled(annotations: &[RichAnnotation], text: &str, color: bool) -> String {
    let mut out = text.to_string();
    for annotation in annotations.iter().rev() {
        out = match annotation {
            RichAnnotation::Image(src) => {
                let name = src.rsplit('/').next().unwrap_or(src);
                format!("[image: {}]", percent_decoded(name))
            }
            RichAnnotation::Strong if color => format!("\x1b[1m{out}\x1b[22m"),
            RichAnnotation::Emphasis if color => format!("\x1b[3m{out}\x1b[23m"),
            RichAnnotation::Code if color => format!("\x1b[2m{out}\x1b[22m"),
            _ => out,
        };
    }
    out
}

/// Anki writes media names in `src` percent-encoded (`caf%C3%A9.jpg`); shown as named.
fn percent_decoded(name: &str) -> String {
    let bytes = name.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Replaces the audio references of rendered HTML with `[audio: NAME]`: Anki's own
/// `[sound:NAME]`, and the `[anki:play:q:N]` / `[anki:play:a:N]` markers current Anki renders
/// instead, named by the Nth `[sound:…]` of `sounds` (the card's fields' sounds in field order;
/// the side's sounds usually come in that order) or `[audio]` when it cannot tell.
fn audio_named(html: &str, sounds: &[String]) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find('[') {
        out.push_str(&rest[..start]);
        let tail = &rest[start..];
        let Some(end) = tail.find(']') else {
            out.push_str(tail);
            return out;
        };
        let inner = &tail[1..end];
        if let Some(name) = inner.strip_prefix("sound:") {
            out.push_str(&format!("[audio: {name}]"));
        } else if let Some(marker) = inner.strip_prefix("anki:play:") {
            let index = marker.get(2..).and_then(|n| n.parse::<usize>().ok());
            match index.and_then(|i| sounds.get(i)) {
                Some(name) => out.push_str(&format!("[audio: {name}]")),
                None => out.push_str("[audio]"),
            }
        } else {
            out.push_str(&tail[..=end]);
        }
        rest = &tail[end + 1..];
    }
    out.push_str(rest);
    out
}

/// `<hr>` (Basic's `<hr id=answer>` between question and answer) as a line of its own:
/// html2text drops it.
fn rules_kept(html: &str, width: usize) -> String {
    let rule = format!("<p>{}</p>", "─".repeat(width.min(40)));
    let lower = html.to_ascii_lowercase();
    let mut out = String::with_capacity(html.len());
    let mut at = 0;
    while let Some(found) = lower[at..].find("<hr") {
        let start = at + found;
        let after = lower.as_bytes().get(start + 3).copied();
        let end = lower[start..].find('>').map(|e| start + e + 1);
        match (after, end) {
            (Some(b'>' | b' ' | b'/' | b'\t' | b'\n'), Some(end)) => {
                out.push_str(&html[at..start]);
                out.push_str(&rule);
                at = end;
            }
            _ => {
                out.push_str(&html[at..start + 3]);
                at = start + 3;
            }
        }
    }
    out.push_str(&html[at..]);
    out
}

/// The `[sound:NAME]` names in `text`, in order.
pub fn sounds_in(text: &str) -> Vec<String> {
    text.split("[sound:")
        .skip(1)
        .filter_map(|part| part.split_once(']').map(|(name, _)| name.to_string()))
        .collect()
}

/// One side of a card as text `width` columns wide; `sounds` names its audio markers (see
/// [`audio_named`]).
pub fn card_text(html: &str, sounds: &[String], width: usize, color: bool) -> String {
    // The note type's <style> comes first; its CSS is no text.
    let html = html.rfind("</style>").map_or(html, |end| &html[end + 8..]);
    let html = rules_kept(&audio_named(html, sounds), width);
    let rendered = html2text::config::rich()
        .empty_img_mode(ImageRenderMode::Filename)
        .coloured(html.as_bytes(), width.max(20), |a, t| styled(a, t, color));
    let text = rendered.unwrap_or_else(|_| crate::output::plain_text(&html, usize::MAX));
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    // Blank lines at either end and runs of them say nothing.
    let mut out: Vec<&str> = Vec::new();
    for line in lines {
        if line.is_empty() && out.last().is_none_or(|l| l.is_empty()) {
            continue;
        }
        out.push(line);
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_reads_as_text_with_lists_media_and_mathjax_kept() {
        let html =
            "<style>.card{color:red}</style><div>one<br>two</div><ul><li>a</li><li>b</li></ul>\
                    <img src=\"caf%C3%A9.jpg\">[sound:x.mp3] \\(x^2\\)";
        let text = card_text(html, &[], 40, false);
        assert!(!text.contains("color"), "{text}");
        assert!(text.contains("one\ntwo"), "{text}");
        assert!(text.contains("* a") && text.contains("* b"), "{text}");
        assert!(text.contains("[image: café.jpg]"), "{text}");
        assert!(text.contains("[audio: x.mp3]"), "{text}");
        assert!(text.contains("\\(x^2\\)"), "{text}");
    }

    #[test]
    fn bold_is_a_terminal_style_only_with_colour() {
        assert_eq!(card_text("<b>chat</b> noir", &[], 40, false), "chat noir");
        let coloured = card_text("<b>chat</b> noir", &[], 40, true);
        assert!(coloured.contains("\x1b[1mchat\x1b[22m"), "{coloured:?}");
    }

    #[test]
    fn play_markers_are_named_by_the_fields_sounds() {
        let sounds = sounds_in("a [sound:one.mp3] b [sound:two.ogg]");
        assert_eq!(sounds, ["one.mp3", "two.ogg"]);
        assert_eq!(
            audio_named("[anki:play:a:1] [anki:play:q:5] [x]", &sounds),
            "[audio: two.ogg] [audio] [x]"
        );
    }

    #[test]
    fn the_rule_between_question_and_answer_stays() {
        let text = card_text("front<hr id=answer>back<hrx>", &[], 40, false);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.first(), Some(&"front"), "{text}");
        assert!(lines.iter().any(|l| l.starts_with("───")), "{text}");
        assert_eq!(lines.last(), Some(&"back"), "{text}");
    }

    #[test]
    fn long_lines_wrap_to_the_width() {
        let text = card_text(&"word ".repeat(30), &[], 40, false);
        assert!(text.lines().all(|l| l.chars().count() <= 40), "{text}");
        assert!(text.lines().count() > 1);
    }
}
