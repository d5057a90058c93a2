//! Output files (`--out FILE`): `-` for stdout, no silent overwrite, and atomic writes that never
//! replace what is not a regular file.
//!
//! A regular file is replaced through a temporary file in its folder and a rename, so readers
//! never see it half-written. A fifo or a character device (`/dev/stdout`, a shell's `>(…)`) is
//! written to, never replaced; a symlink is followed and its target is written (atomically when it
//! is a regular file), so the link stays a link. Directories and sockets are refused.
//!
//! On Windows the devices (`NUL`, `CON`, `COM1`, …) and the `\\.\…` device paths, named pipes
//! (`\\.\pipe\…`) among them, are written to in place the same way; only the `special` module
//! below differs between the systems.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::error::{CliError, Result};

/// `--out`'s value as a file path: `None` when it is absent or `-` (write to stdout).
pub fn out_path(out: Option<&Path>) -> Option<&Path> {
    out.filter(|p| p.as_os_str() != "-")
}

/// What is at a path we are asked to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Existing {
    /// Nothing (or a symlink to nothing: writing creates its target).
    Nothing,
    /// A regular file (possibly behind symlinks): replaced atomically.
    Regular,
    /// A fifo or a character device: written to in place, nothing is lost.
    Stream,
    /// A block device: written to in place, only with `--force`.
    Block,
}

/// What a file type that is neither a file nor a folder is, per system.
#[cfg(unix)]
mod special {
    use std::fs::FileType;
    use std::os::unix::fs::FileTypeExt;
    use std::path::Path;

    /// A fifo or a character device.
    pub fn is_stream(kind: &FileType) -> bool {
        kind.is_fifo() || kind.is_char_device()
    }

    /// A block device.
    pub fn is_block(kind: &FileType) -> bool {
        kind.is_block_device()
    }

    /// Unix has no device names outside /dev, where the file type tells.
    pub fn is_device_path(_path: &Path) -> bool {
        false
    }
}

/// What a file type that is neither a file nor a folder is, per system.
#[cfg(not(unix))]
mod special {
    use std::fs::FileType;
    use std::path::Path;

    /// Windows reports no fifos or character devices by type: its devices are known by name.
    pub fn is_stream(_kind: &FileType) -> bool {
        false
    }

    /// Nor block devices.
    pub fn is_block(_kind: &FileType) -> bool {
        false
    }

    /// `NUL`, `CON`, `COM1`, … and `\\.\…` paths such as named pipes.
    pub fn is_device_path(path: &Path) -> bool {
        crate::files::is_windows_device(&path.to_string_lossy())
    }
}

/// Whether `path` names a Windows device: `\\.\…` or `\\?\GLOBALROOT\…` (named pipes,
/// `\\.\COM3`, …) or a reserved name (`NUL`, `CON`, `PRN`, `AUX`, `COM1`-`COM9`, `LPT1`-`LPT9`,
/// `CONIN$`, `CONOUT$`, with any extension, in any folder). Plain text rules, so they are tested
/// on every system; only Windows acts on them.
pub fn is_windows_device(path: &str) -> bool {
    let lower = path.to_ascii_lowercase().replace('/', "\\");
    if lower.starts_with("\\\\.\\") || lower.starts_with("\\\\?\\globalroot\\") {
        return true;
    }
    let name = lower.rsplit(['\\', ':']).next().unwrap_or("");
    let stem = name.split('.').next().unwrap_or("").trim_end();
    matches!(stem, "nul" | "con" | "prn" | "aux" | "conin$" | "conout$")
        || (stem.len() == 4
            && (stem.starts_with("com") || stem.starts_with("lpt"))
            && stem.as_bytes()[3].is_ascii_digit()
            && stem.as_bytes()[3] != b'0')
}

fn existing(path: &Path) -> Result<Existing> {
    if special::is_device_path(path) {
        return Ok(Existing::Stream);
    }
    let meta = match fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Existing::Nothing),
        Err(e) => {
            return Err(CliError::Usage(format!(
                "cannot write {}: {e}",
                path.display()
            )))
        }
    };
    let kind = meta.file_type();
    if kind.is_file() {
        Ok(Existing::Regular)
    } else if special::is_stream(&kind) {
        Ok(Existing::Stream)
    } else if special::is_block(&kind) {
        Ok(Existing::Block)
    } else if kind.is_dir() {
        Err(CliError::Usage(format!(
            "{} is a directory: give a file name for --out",
            path.display()
        )))
    } else {
        Err(CliError::Usage(format!(
            "{} is a socket or other special file that anki-cli cannot write to",
            path.display()
        )))
    }
}

/// Checks, before anything is sent, that `path` may be written: an existing regular file (or
/// block device) needs `force`; a fifo or character device is written to as it is; a directory
/// or socket, or a new file in a folder that does not exist, is refused (exit 2).
pub fn check_overwrite(path: &Path, force: bool) -> Result<()> {
    match existing(path)? {
        Existing::Nothing => match path.parent().filter(|p| !p.as_os_str().is_empty()) {
            // A dangling symlink's target folder is the link's business: the write will tell.
            Some(folder) if !folder.is_dir() && !is_symlink(path) => Err(CliError::Usage(format!(
                "cannot write {}: the folder {} does not exist",
                path.display(),
                folder.display()
            ))),
            _ => Ok(()),
        },
        Existing::Stream => Ok(()),
        Existing::Regular | Existing::Block if force => Ok(()),
        Existing::Regular => Err(CliError::Usage(format!(
            "{} exists; pass --force to overwrite it",
            path.display()
        ))),
        Existing::Block => Err(CliError::Usage(format!(
            "{} is a block device (a disk); pass --force to really write to it",
            path.display()
        ))),
    }
}

/// Writes `bytes` to `path`: regular files (and new ones) through a temporary file and a rename,
/// so nothing half-written is left; fifos and devices in place; symlinks are followed.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    match existing(path)? {
        Existing::Stream | Existing::Block => write_through(path, bytes, false),
        Existing::Regular => {
            // Replace the file the link points to, not the link (and keep its permissions).
            let target = fs::canonicalize(path).map_err(|e| cannot_write(path, &e))?;
            let permissions = fs::metadata(&target).ok().map(|m| m.permissions());
            replace(&target, bytes, permissions).map_err(|e| cannot_write(path, &e))
        }
        Existing::Nothing if is_symlink(path) => write_through(path, bytes, true),
        Existing::Nothing => replace(path, bytes, None).map_err(|e| cannot_write(path, &e)),
    }
}

fn is_symlink(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

/// Opens `path` (following symlinks) and writes to it in place.
fn write_through(path: &Path, bytes: &[u8], create: bool) -> Result<()> {
    OpenOptions::new()
        .write(true)
        .create(create)
        .truncate(create)
        .open(path)
        .and_then(|mut f| f.write_all(bytes).and_then(|_| f.flush()))
        .map_err(|e| cannot_write(path, &e))
}

/// Writes a temporary file next to `path`, then renames it over `path`.
fn replace(path: &Path, bytes: &[u8], permissions: Option<fs::Permissions>) -> io::Result<()> {
    let mut file = Replacement::create(path, permissions)?;
    file.file.write_all(bytes)?;
    file.commit()
}

/// A file written in parts that replaces `target` only when whole (see [`AtomicWriter`]).
struct Replacement {
    file: io::BufWriter<fs::File>,
    tmp: PathBuf,
    target: PathBuf,
    done: bool,
}

impl Replacement {
    fn create(target: &Path, permissions: Option<fs::Permissions>) -> io::Result<Replacement> {
        let tmp = temp_name(target);
        let file = OpenOptions::new().write(true).create_new(true).open(&tmp)?;
        let replacement = Replacement {
            file: io::BufWriter::new(file),
            tmp,
            target: target.to_path_buf(),
            done: false,
        };
        // (A read-only file's flag is not copied on Windows: the rename over it fails, and
        // the temporary file could not be removed.)
        if let Some(p) = permissions.filter(|p| cfg!(unix) || !p.readonly()) {
            replacement.file.get_ref().set_permissions(p)?;
        }
        pending(&replacement.tmp, true);
        Ok(replacement)
    }

    fn commit(mut self) -> io::Result<()> {
        self.file.flush()?;
        self.file.get_ref().sync_all()?;
        fs::rename(&self.tmp, &self.target)?;
        self.done = true;
        pending(&self.tmp, false);
        Ok(())
    }
}

impl Drop for Replacement {
    fn drop(&mut self) {
        if !self.done {
            let _ = fs::remove_file(&self.tmp);
            pending(&self.tmp, false);
        }
    }
}

/// The temporary files being written now, for [`remove_temporaries`].
static PENDING: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());

fn pending(tmp: &Path, add: bool) {
    if let Ok(mut list) = PENDING.lock() {
        if add {
            list.push(tmp.to_path_buf());
        } else {
            list.retain(|p| p != tmp);
        }
    }
}

/// Removes the temporary files of writes still under way (for Ctrl-C, which ends the process
/// without unwinding): the files they were to replace stay as they were.
pub fn remove_temporaries() {
    if let Ok(list) = PENDING.try_lock() {
        for tmp in list.iter() {
            let _ = fs::remove_file(tmp);
        }
    }
}

/// An `--out` file written in parts (an export read in chunks), with the guarantees of
/// [`write_atomically`]: a regular file is replaced by [`AtomicWriter::commit`] only when
/// whole (a temporary file beside it until then, removed on an error); a fifo or device is
/// written to as the parts come.
pub struct AtomicWriter {
    path: PathBuf,
    sink: Sink,
}

enum Sink {
    Replace(Replacement),
    Through(io::BufWriter<fs::File>),
}

impl AtomicWriter {
    /// Starts writing `path` (checked with [`check_overwrite`] before).
    pub fn create(path: &Path) -> Result<AtomicWriter> {
        let fail = |e: io::Error| cannot_write(path, &e);
        let through = |create: bool| {
            OpenOptions::new()
                .write(true)
                .create(create)
                .truncate(create)
                .open(path)
                .map(|f| Sink::Through(io::BufWriter::new(f)))
                .map_err(fail)
        };
        let sink = match existing(path)? {
            Existing::Stream | Existing::Block => through(false)?,
            Existing::Regular => {
                let target = fs::canonicalize(path).map_err(fail)?;
                let permissions = fs::metadata(&target).ok().map(|m| m.permissions());
                Sink::Replace(Replacement::create(&target, permissions).map_err(fail)?)
            }
            Existing::Nothing if is_symlink(path) => through(true)?,
            Existing::Nothing => Sink::Replace(Replacement::create(path, None).map_err(fail)?),
        };
        Ok(AtomicWriter {
            path: path.to_path_buf(),
            sink,
        })
    }

    /// Writes a part.
    pub fn write_part(&mut self, bytes: &[u8]) -> Result<()> {
        match &mut self.sink {
            Sink::Replace(r) => r.file.write_all(bytes),
            Sink::Through(f) => f.write_all(bytes),
        }
        .map_err(|e| cannot_write(&self.path, &e))
    }

    /// Finishes the file: the temporary file replaces the target.
    pub fn commit(self) -> Result<()> {
        let path = self.path;
        match self.sink {
            Sink::Replace(r) => r.commit(),
            Sink::Through(mut f) => f.flush(),
        }
        .map_err(|e| cannot_write(&path, &e))
    }
}

fn temp_name(path: &Path) -> PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    dir.join(format!(
        ".{name}.anki-cli-{}-{}",
        std::process::id(),
        COUNT.fetch_add(1, Ordering::Relaxed)
    ))
}

/// A write that failed once the command had run (a full disk, a folder gone): exit 1, as a
/// failed write to stdout is; what [`check_overwrite`] refuses beforehand is exit 2.
fn cannot_write(path: &Path, e: &io::Error) -> CliError {
    CliError::Refused(format!("cannot write {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dash_means_stdout() {
        assert_eq!(out_path(Some(Path::new("-"))), None);
        assert_eq!(out_path(None), None);
        assert_eq!(out_path(Some(Path::new("a.csv"))), Some(Path::new("a.csv")));
        assert_eq!(out_path(Some(Path::new("./-"))), Some(Path::new("./-")));
    }

    #[test]
    fn a_regular_file_needs_force_and_is_replaced_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.txt");
        check_overwrite(&path, false).unwrap();
        write_atomically(&path, b"one").unwrap();
        let err = check_overwrite(&path, false).unwrap_err();
        assert!(err.to_string().contains("--force"), "{err}");
        check_overwrite(&path, true).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
        }
        write_atomically(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "the replaced file keeps its permissions");
        }
        let left: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 1, "no temporary file is left behind");
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_stays_a_symlink_and_its_target_is_written() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("target.txt");
        fs::write(&target, "old").unwrap();
        let link = dir.path().join("link.txt");
        symlink(&target, &link).unwrap();
        assert!(check_overwrite(&link, false).is_err());
        write_atomically(&link, b"through the link").unwrap();
        assert!(fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(fs::read(&target).unwrap(), b"through the link");

        let dangling = dir.path().join("dangling.txt");
        let missing = dir.path().join("missing.txt");
        symlink(&missing, &dangling).unwrap();
        check_overwrite(&dangling, false).unwrap();
        write_atomically(&dangling, b"created").unwrap();
        assert!(fs::symlink_metadata(&dangling)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(fs::read(&missing).unwrap(), b"created");
    }

    #[cfg(unix)]
    #[test]
    fn a_character_device_is_written_to_not_replaced() {
        use std::os::unix::fs::FileTypeExt;
        let null = Path::new("/dev/null");
        check_overwrite(null, false).unwrap();
        write_atomically(null, b"gone").unwrap();
        assert!(fs::metadata(null).unwrap().file_type().is_char_device());
        // /dev/full refuses every write: the error says so, and it stays a device.
        let full = Path::new("/dev/full");
        if full.exists() {
            let err = write_atomically(full, b"x").unwrap_err();
            assert!(err.to_string().contains("/dev/full"), "{err}");
            assert!(fs::metadata(full).unwrap().file_type().is_char_device());
        }
    }

    #[test]
    fn a_directory_is_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        for result in [
            check_overwrite(dir.path(), true),
            write_atomically(dir.path(), b"x"),
        ] {
            let err = result.unwrap_err();
            assert!(err.to_string().contains("is a directory"), "{err}");
            assert_eq!(err.status().code(), 2);
        }
    }

    #[test]
    fn windows_devices_are_known_by_name() {
        for device in [
            "NUL",
            "nul",
            "C:\\out\\nul.csv",
            "CON",
            "conout$",
            "COM3",
            "lpt1.txt",
            "NUL ",
            "\\\\.\\pipe\\anki-cli",
            "//./pipe/x",
            "\\\\.\\COM10",
        ] {
            assert!(is_windows_device(device), "{device}");
        }
        for file in [
            "notes.csv",
            "C:\\nul\\notes.csv",
            "console.txt",
            "com0",
            "com",
            "lpt",
            "\\\\server\\share\\nul-free.csv",
        ] {
            assert!(!is_windows_device(file), "{file}");
        }
    }

    /// The null device of this system is written to in place, never replaced.
    #[test]
    fn the_null_device_is_written_to_not_replaced() {
        let null = Path::new(if cfg!(windows) { "NUL" } else { "/dev/null" });
        check_overwrite(null, false).unwrap();
        write_atomically(null, b"gone").unwrap();
        write_atomically(null, b"again").unwrap();
        assert!(!fs::metadata(null).is_ok_and(|m| m.is_file()));
    }

    /// A named pipe (`\\.\pipe\…`) is written into, never replaced: its server reads every
    /// byte, from one write and from a write in parts (`note export --out`).
    #[cfg(windows)]
    #[test]
    fn a_named_pipe_is_written_into() {
        use std::io::Read;
        use std::os::windows::io::FromRawHandle;
        use std::sync::mpsc;
        use std::time::Duration;
        use windows_sys::Win32::Foundation::{HANDLE, INVALID_HANDLE_VALUE};
        use windows_sys::Win32::Storage::FileSystem::PIPE_ACCESS_INBOUND;
        use windows_sys::Win32::System::Pipes::{
            ConnectNamedPipe, CreateNamedPipeW, PIPE_TYPE_BYTE, PIPE_WAIT,
        };

        // Serves one instance of the pipe `name`; sends what its client wrote once it closed.
        fn serve(name: &str) -> mpsc::Receiver<Vec<u8>> {
            let wide: Vec<u16> = name.encode_utf16().chain([0]).collect();
            // SAFETY: a NUL-terminated name, no security attributes.
            let handle = unsafe {
                CreateNamedPipeW(
                    wide.as_ptr(),
                    PIPE_ACCESS_INBOUND,
                    PIPE_TYPE_BYTE | PIPE_WAIT,
                    1,
                    0,
                    65536,
                    0,
                    std::ptr::null(),
                )
            };
            assert_ne!(
                handle,
                INVALID_HANDLE_VALUE,
                "{}",
                io::Error::last_os_error()
            );
            let handle = handle as usize; // a raw pointer cannot cross threads
            let (tx, rx) = mpsc::channel();
            std::thread::spawn(move || {
                let handle = handle as HANDLE;
                // SAFETY: the pipe handle made above, owned by this thread from here on. The
                // call fails with ERROR_PIPE_CONNECTED when the client came first, which is fine.
                unsafe { ConnectNamedPipe(handle, std::ptr::null_mut()) };
                let mut pipe = unsafe { fs::File::from_raw_handle(handle as _) };
                let mut bytes = Vec::new();
                pipe.read_to_end(&mut bytes).unwrap(); // the client's close ends it
                let _ = tx.send(bytes);
            });
            rx
        }
        let read = |rx: mpsc::Receiver<Vec<u8>>| rx.recv_timeout(Duration::from_secs(60)).unwrap();
        let base = format!("\\\\.\\pipe\\anki-cli-test-{}", std::process::id());

        let name = format!("{base}-whole");
        let server = serve(&name);
        check_overwrite(Path::new(&name), false).unwrap();
        write_atomically(Path::new(&name), b"in one go").unwrap();
        assert_eq!(read(server), b"in one go");

        let name = format!("{base}-parts");
        let server = serve(&name);
        let mut writer = AtomicWriter::create(Path::new(&name)).unwrap();
        writer.write_part(b"in ").unwrap();
        writer.write_part(b"parts").unwrap();
        writer.commit().unwrap();
        assert_eq!(read(server), b"in parts");
    }
}
