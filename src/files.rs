//! Writing private files where someone else may have planted a symlink.
//!
//! The profile file holds the access secret, the journal and the sandbox state hold names,
//! phones and addresses. A temporary file with a predictable name, opened with truncate, lets
//! a planted symlink redirect the secret into any file the user can write (`~/.bashrc`); so
//! temporary files get a random name and are created exclusively, never through a link, with
//! mode 0600 from the start. A config that is itself a symlink (dotfiles kept in a repository)
//! is written through to its target, so the link stays a link.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Creates `dir` (and its parents) with mode 0700 when it does not exist.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    if dir.exists() {
        return Ok(());
    }
    let mut b = fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(dir)
}

/// Options for a private file that must not be opened through a symlink: mode 0600 when it
/// is created, `O_NOFOLLOW` on the last component.
fn private(opts: &mut OpenOptions) -> &mut OpenOptions {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600).custom_flags(libc::O_NOFOLLOW);
    }
    opts
}

/// Where writing `path` lands: the file itself, or the end of the symlink chain it names.
pub fn write_target(path: &Path) -> io::Result<PathBuf> {
    match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            // The target may not exist yet: resolve the link's directory, keep its name.
            let link = fs::read_link(path)?;
            let base = path.parent().unwrap_or(Path::new("."));
            let target = if link.is_absolute() {
                link
            } else {
                base.join(link)
            };
            match fs::canonicalize(&target) {
                Ok(t) => Ok(t),
                Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(target),
                Err(e) => Err(e),
            }
        }
        _ => Ok(path.to_path_buf()),
    }
}

/// Replaces the file at `path` (or at the end of its symlink) with `bytes`, atomically: a
/// temporary file with a random name beside it, created exclusively and not through a link,
/// mode 0600, synced, renamed over the target, and the directory synced.
pub fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let target = write_target(path)?;
    let dir = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .to_path_buf();
    create_private_dir(&dir)?;
    let name = target
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("file");
    let (tmp, mut f) = loop {
        let mut r = [0u8; 8];
        getrandom::fill(&mut r).map_err(|e| io::Error::other(e.to_string()))?;
        let suffix: String = r.iter().map(|b| format!("{b:02x}")).collect();
        let tmp = dir.join(format!(".{name}.{suffix}.tmp"));
        match private(OpenOptions::new().write(true).create_new(true)).open(&tmp) {
            Ok(f) => break (tmp, f),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    };
    let written = f.write_all(bytes).and_then(|_| f.sync_all());
    if let Err(e) = written.and_then(|_| fs::rename(&tmp, &target)) {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    sync_dir(&dir);
    Ok(())
}

/// Makes a rename or a new file in `dir` durable. Best effort: not every file system can.
pub fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

/// Opens `path` to append (and to read, so a torn last line can be seen), creating it 0600
/// (and its directory 0700), never through a symlink. Also says whether the file's mode lets
/// others read it.
pub fn open_append_private(path: &Path) -> io::Result<(File, Option<String>)> {
    if let Some(dir) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        create_private_dir(dir)?;
    }
    let f = private(OpenOptions::new().read(true).append(true).create(true)).open(path)?;
    let warning = wide_mode_warning(&f, path);
    Ok((f, warning))
}

/// Opens (or creates, 0600) a lock file, never through a symlink.
pub fn open_lock_file(path: &Path) -> io::Result<File> {
    if let Some(dir) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        create_private_dir(dir)?;
    }
    private(OpenOptions::new().read(true).write(true).create(true)).open(path)
}

#[cfg(unix)]
fn wide_mode_warning(f: &File, path: &Path) -> Option<String> {
    use std::os::unix::fs::PermissionsExt;
    let mode = f.metadata().ok()?.permissions().mode() & 0o777;
    (mode & 0o077 != 0).then(|| {
        format!(
            "{} is readable by others (mode {mode:04o}); it holds names, phones and addresses: run chmod 600 {}",
            path.display(),
            path.display()
        )
    })
}

#[cfg(not(unix))]
fn wide_mode_warning(_: &File, _: &Path) -> Option<String> {
    None
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::{PermissionsExt, symlink};

    #[test]
    fn a_planted_link_at_any_temporary_name_is_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("bashrc");
        fs::write(&victim, "original\n").unwrap();
        // Every name the old code would have used, and a few more.
        for n in 0..64 {
            let _ = symlink(&victim, dir.path().join(format!(".config.toml.tmp{n}")));
        }
        let path = dir.path().join("config.toml");
        write_private(&path, b"secret = 1\n").unwrap();
        assert_eq!(fs::read_to_string(&victim).unwrap(), "original\n");
        assert_eq!(fs::read_to_string(&path).unwrap(), "secret = 1\n");
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }

    #[test]
    fn a_symlinked_file_is_written_through_and_stays_a_link() {
        let dir = tempfile::tempdir().unwrap();
        let dotfiles = dir.path().join("dotfiles");
        fs::create_dir(&dotfiles).unwrap();
        let real = dotfiles.join("pandapon.toml");
        fs::write(&real, "old\n").unwrap();
        let link = dir.path().join("config.toml");
        symlink("dotfiles/pandapon.toml", &link).unwrap();
        write_private(&link, b"new\n").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_to_string(&real).unwrap(), "new\n");
    }

    #[test]
    fn appending_refuses_a_link_and_warns_of_a_wide_mode() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        fs::write(&victim, "").unwrap();
        let link = dir.path().join("journal.jsonl");
        symlink(&victim, &link).unwrap();
        assert!(open_append_private(&link).is_err());
        let real = dir.path().join("j2.jsonl");
        let (_, w) = open_append_private(&real).unwrap();
        assert!(w.is_none());
        fs::set_permissions(&real, fs::Permissions::from_mode(0o644)).unwrap();
        let (_, w) = open_append_private(&real).unwrap();
        assert!(w.unwrap().contains("chmod 600"));
    }
}
