//! Field values written in Markdown (CommonMark, with tables, strikethrough and `$` math),
//! turned into the HTML Anki's editor would hold: `**bold**` is `<strong>bold</strong>`, a
//! fenced block `<pre><code>`, `$x$` and `$$x$$` MathJax's `\(x\)` and `\[x\]` (untouched
//! inside but for `<`, `>` and `&`; MathJax already written so is kept), HTML already in the
//! value passes through, and so does a
//! cloze `{{c1::…}}`. A value that is one paragraph loses its `<p>` (as a field typed in Anki
//! has none). An image `![](cat.jpg)` is `<img src="cat.jpg">`; when `cat.jpg` is a local file,
//! it is stored in Anki's media folder (as `--picture` does) under the name Anki gives it.

use std::path::{Path, PathBuf};

use base64::Engine;
use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};

use crate::api::note::Fields;
use crate::commands::context::Ctx;
use crate::error::{CliError, Result};

/// A local image a value refers to, to store in Anki's media folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalImage {
    /// The file on this machine.
    pub path: PathBuf,
    /// The name the HTML refers to it by (its file name).
    pub name: String,
}

/// A value turned into HTML, with the local images it refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Converted {
    /// The HTML.
    pub html: String,
    /// Local image files, in order (each once).
    pub images: Vec<LocalImage>,
}

/// Converts one Markdown value; image paths are looked up relative to `base`.
pub fn to_html(markdown: &str, base: &Path) -> Converted {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_MATH;
    let mut images: Vec<LocalImage> = Vec::new();
    let mut events: Vec<Event> = Vec::new();
    // Inside an image: its source and title, and the alt text gathered so far.
    let mut image: Option<(String, String, String)> = None;
    let (protected, kept) = protect_mathjax(markdown);
    for event in Parser::new_ext(&protected, options) {
        if let Some((_, _, alt)) = &mut image {
            match event {
                Event::End(TagEnd::Image) => {
                    let (src, title, alt) = image.take().unwrap_or_default();
                    let mut tag = format!("<img src=\"{}\"", attribute(&src));
                    if !alt.is_empty() {
                        tag.push_str(&format!(" alt=\"{}\"", attribute(&alt)));
                    }
                    if !title.is_empty() {
                        tag.push_str(&format!(" title=\"{}\"", attribute(&title)));
                    }
                    tag.push('>');
                    events.push(Event::InlineHtml(CowStr::from(tag)));
                }
                Event::Text(t) | Event::Code(t) => alt.push_str(&t),
                _ => {}
            }
            continue;
        }
        match event {
            Event::Start(Tag::Image {
                dest_url, title, ..
            }) => {
                let src = match local_file(&dest_url, base) {
                    Some(path) => {
                        let name = path
                            .file_name()
                            .map(|n| n.to_string_lossy().into_owned())
                            .unwrap_or_else(|| dest_url.to_string());
                        if !images.iter().any(|i| i.path == path) {
                            images.push(LocalImage {
                                path,
                                name: name.clone(),
                            });
                        }
                        name
                    }
                    None => dest_url.to_string(),
                };
                image = Some((src, title.to_string(), String::new()));
            }
            Event::InlineMath(math) => events.push(Event::InlineHtml(CowStr::from(format!(
                "\\({}\\)",
                text(&math)
            )))),
            Event::DisplayMath(math) => events.push(Event::InlineHtml(CowStr::from(format!(
                "\\[{}\\]",
                text(&math)
            )))),
            other => events.push(other),
        }
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    for (i, math) in kept.iter().enumerate() {
        html = html.replace(&placeholder(i), &text(math));
    }
    Converted {
        html: unwrap_paragraph(html.trim_end()).to_string(),
        images,
    }
}

/// MathJax already written as `\(…\)` or `\[…\]` (CommonMark would take its backslashes as
/// escapes): each span is replaced by a placeholder, put back after the conversion.
fn protect_mathjax(markdown: &str) -> (String, Vec<String>) {
    let mut out = String::with_capacity(markdown.len());
    let mut kept = Vec::new();
    let mut rest = markdown;
    loop {
        let open = ["\\(", "\\["]
            .iter()
            .filter_map(|o| rest.find(o).map(|at| (at, *o)))
            .min();
        let Some((at, open)) = open else { break };
        let close = if open == "\\(" { "\\)" } else { "\\]" };
        let Some(len) = rest[at + 2..].find(close) else {
            break;
        };
        let end = at + 2 + len + 2;
        out.push_str(&rest[..at]);
        out.push_str(&placeholder(kept.len()));
        kept.push(rest[at..end].to_string());
        rest = &rest[end..];
    }
    out.push_str(rest);
    (out, kept)
}

/// The stand-in for the `i`-th MathJax span (private-use characters Markdown leaves alone).
fn placeholder(i: usize) -> String {
    format!("\u{E000}{i}\u{E001}")
}

/// A value that is a single paragraph, without its `<p>`.
fn unwrap_paragraph(html: &str) -> &str {
    match html
        .strip_prefix("<p>")
        .and_then(|h| h.strip_suffix("</p>"))
    {
        Some(inner) if !inner.contains("<p>") && !inner.contains("</p>") => inner,
        _ => html,
    }
}

/// The local file an image source names, if there is one (URLs and missing files are not).
fn local_file(src: &str, base: &Path) -> Option<PathBuf> {
    if src.is_empty() || src.contains("://") || src.starts_with("data:") {
        return None;
    }
    let path = Path::new(src);
    let path = if path.is_absolute() {
        path.to_path_buf()
    } else {
        base.join(path)
    };
    path.is_file().then_some(path)
}

/// Escapes text for HTML.
fn text(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Escapes an attribute value for HTML.
fn attribute(value: &str) -> String {
    text(value).replace('"', "&quot;")
}

/// Converts every field value of a note; with `store`, stores the local images (not in a dry
/// run).
pub fn convert_fields(ctx: &Ctx, fields: &mut Fields, base: &Path, store: bool) -> Result<()> {
    let mut images = Vec::new();
    for value in fields.values_mut() {
        let converted = to_html(value, base);
        *value = converted.html;
        images.extend(converted.images);
    }
    if !store {
        return Ok(());
    }
    store_images(ctx, fields, &images)
}

/// Stores local images in Anki's media folder and points the fields at the names Anki gave
/// them (a different file of the same name already there keeps its name; this one gets another).
pub fn store_images(ctx: &Ctx, fields: &mut Fields, images: &[LocalImage]) -> Result<()> {
    if ctx.dry_run {
        return Ok(());
    }
    let mut done: Vec<&Path> = Vec::new();
    for image in images {
        if done.contains(&image.path.as_path()) {
            continue;
        }
        done.push(&image.path);
        let bytes = std::fs::read(&image.path)
            .map_err(|e| CliError::unreadable("image", &image.path.display().to_string(), &e))?;
        let data = base64::engine::general_purpose::STANDARD.encode(&bytes);
        let stored = ctx
            .send(crate::api::media::store_media_file(
                &image.name,
                crate::api::media::MediaSource::Data(&data),
                true,
                None,
            ))?
            .unwrap_or_else(|| image.name.clone());
        if stored != image.name {
            let from = format!("src=\"{}\"", attribute(&image.name));
            let to = format!("src=\"{}\"", attribute(&stored));
            for value in fields.values_mut().filter(|v| v.contains(&from)) {
                *value = value.replace(&from, &to);
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(markdown: &str) -> String {
        to_html(markdown, Path::new("/nonexistent")).html
    }

    #[test]
    fn inline_markup_loses_its_paragraph() {
        assert_eq!(
            html("**bold** and *it* ~~gone~~"),
            "<strong>bold</strong> and <em>it</em> <del>gone</del>"
        );
        assert_eq!(
            html("[Anki](https://apps.ankiweb.net)"),
            "<a href=\"https://apps.ankiweb.net\">Anki</a>"
        );
        assert_eq!(html("a\n\nb"), "<p>a</p>\n<p>b</p>");
    }

    #[test]
    fn lists_tables_and_code() {
        assert_eq!(
            html("- one\n- two"),
            "<ul>\n<li>one</li>\n<li>two</li>\n</ul>"
        );
        assert_eq!(
            html("1. one\n2. two"),
            "<ol>\n<li>one</li>\n<li>two</li>\n</ol>"
        );
        assert_eq!(
            html("| a | b |\n|---|---|\n| 1 | 2 |"),
            "<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody>\n<tr><td>1</td><td>2</td></tr>\n</tbody></table>"
        );
        assert_eq!(
            html("```rust\nlet x = a < b;\n```"),
            "<pre><code class=\"language-rust\">let x = a &lt; b;\n</code></pre>"
        );
        assert_eq!(html("`x*y*`"), "<code>x*y*</code>");
    }

    #[test]
    fn mathjax_already_written_is_kept() {
        assert_eq!(
            html("\\(a_1 * b_2\\) and **x**"),
            "\\(a_1 * b_2\\) and <strong>x</strong>"
        );
        assert_eq!(html("\\[x<y\\]"), "\\[x&lt;y\\]");
        assert_eq!(html("a \\( b"), "a ( b");
    }

    #[test]
    fn math_goes_to_mathjax_untouched_inside() {
        assert_eq!(
            html("area $a_1 * b_2 * c$ here"),
            "area \\(a_1 * b_2 * c\\) here"
        );
        assert_eq!(
            html("$$\\sum_{i=1}^n x_i < y$$"),
            "\\[\\sum_{i=1}^n x_i &lt; y\\]"
        );
    }

    #[test]
    fn html_and_cloze_pass_through() {
        assert_eq!(
            html("<b>already</b> **md**"),
            "<b>already</b> <strong>md</strong>"
        );
        assert_eq!(
            html("<div class=\"x\">block</div>"),
            "<div class=\"x\">block</div>"
        );
        assert_eq!(
            html("{{c1::Paris::city}} is in {{c2::**France**}}"),
            "{{c1::Paris::city}} is in {{c2::<strong>France</strong>}}"
        );
    }

    #[test]
    fn images_local_files_are_found_and_urls_are_left() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("cat.jpg"), b"jpg").unwrap();
        let c = to_html(
            "![a cat](cat.jpg) ![](https://x.org/dog.png) ![](cat.jpg)",
            dir.path(),
        );
        assert_eq!(
            c.html,
            "<img src=\"cat.jpg\" alt=\"a cat\"> <img src=\"https://x.org/dog.png\"> <img src=\"cat.jpg\">"
        );
        assert_eq!(
            c.images,
            vec![LocalImage {
                path: dir.path().join("cat.jpg"),
                name: "cat.jpg".into()
            }]
        );
        assert_eq!(html("![](missing.jpg)"), "<img src=\"missing.jpg\">");
    }
}
