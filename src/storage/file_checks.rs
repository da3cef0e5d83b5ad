//! What korps checks about a database *file* before SQLite touches it:
//!
//! - it is a regular file: a FIFO, a socket or a device is refused at once (opening a FIFO to
//!   read its header would wait for a writer forever), a folder is named as one;
//! - it is not on a network filesystem (NFS, SMB/CIFS, sshfs and other FUSE network mounts),
//!   where SQLite's locking cannot be trusted and two users can corrupt the file — unless the
//!   caller allows it (`KORPS_ALLOW_NETWORK_FS=1` at the edge). The filesystem type is read from
//!   `/proc/self/mountinfo` (the mount holding the file's folder, longest prefix wins); where
//!   there is no such file (not Linux) nothing is refused;
//! - a `-shm` file beside it that this user cannot write (left by another user) is named, since
//!   SQLite would otherwise open the database read-only and refuse every change without saying
//!   why.

use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use super::StorageError;

/// Filesystem types (as `/proc/self/mountinfo` names them) on which SQLite's locks do not hold.
const NETWORK_FS: [&str; 12] = [
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "ncpfs",
    "afs",
    "9p",
    "ceph",
    "glusterfs",
    "fuse.sshfs",
    "fuse.rclone",
];

/// Refuses what is not a regular file (after following links). `Ok(false)` when nothing is
/// at `path`.
pub(crate) fn regular_file(path: &Path) -> Result<bool, StorageError> {
    match fs::metadata(path) {
        Ok(meta) if meta.is_dir() => Err(StorageError::Io {
            path: path.to_path_buf(),
            source: std::io::Error::from(ErrorKind::IsADirectory),
        }),
        Ok(meta) if !meta.is_file() => Err(StorageError::NotAFile(path.to_path_buf())),
        Ok(_) => Ok(true),
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(false),
        Err(e) => Err(StorageError::io(path, e)),
    }
}

/// Refuses a database on a network filesystem (see the module doc).
pub(crate) fn not_on_network(path: &Path) -> Result<(), StorageError> {
    let Ok(mountinfo) = fs::read_to_string("/proc/self/mountinfo") else {
        return Ok(());
    };
    // The folder that holds (or will hold) the file; its nearest existing ancestor.
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let Some(real) = folder.ancestors().find_map(|p| fs::canonicalize(p).ok()) else {
        return Ok(());
    };
    match network_fs_type(&mountinfo, &real) {
        Some(fs_type) => Err(StorageError::NetworkFs {
            path: path.to_path_buf(),
            fs_type,
        }),
        None => Ok(()),
    }
}

/// The network filesystem type of the mount holding `path` (canonical), if it is one.
pub fn network_fs_type(mountinfo: &str, path: &Path) -> Option<String> {
    let mut best: Option<(usize, &str)> = None;
    for line in mountinfo.lines() {
        let fields: Vec<&str> = line.split(' ').collect();
        // id parent major:minor root MOUNT_POINT options [optional…] - FS_TYPE source options
        let Some(dash) = fields.iter().position(|f| *f == "-") else {
            continue;
        };
        let (Some(mount), Some(fs_type)) = (fields.get(4), fields.get(dash + 1)) else {
            continue;
        };
        let mount = PathBuf::from(unescape(mount));
        if path.starts_with(&mount) {
            let depth = mount.components().count();
            if best.is_none_or(|(d, _)| depth >= d) {
                best = Some((depth, fs_type));
            }
        }
    }
    let (_, fs_type) = best?;
    NETWORK_FS
        .iter()
        .any(|n| fs_type == *n || fs_type.starts_with(&format!("{n}.")))
        .then(|| fs_type.to_string())
}

/// A mount point as written in mountinfo: space, tab, newline and backslash as octal escapes.
fn unescape(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let octal = bytes.get(i + 1..i + 4).and_then(|d| {
            let s = std::str::from_utf8(d).ok()?;
            u8::from_str_radix(s, 8).ok()
        });
        match (bytes[i], octal) {
            (b'\\', Some(b)) => {
                out.push(b);
                i += 4;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Names a `-shm` file beside `path` that exists but cannot be written by this user.
pub(crate) fn shm_writable(path: &Path) -> Result<(), StorageError> {
    let mut shm = path.as_os_str().to_owned();
    shm.push("-shm");
    let shm = PathBuf::from(shm);
    match fs::OpenOptions::new().read(true).write(true).open(&shm) {
        Err(e) if e.kind() == ErrorKind::PermissionDenied => Err(StorageError::StaleShm(shm)),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MOUNTINFO: &str = "\
22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 254:0 / / rw,relatime - ext4 /dev/vda rw
40 27 0:40 / /srv/share rw,relatime shared:5 - nfs4 fs1:/export rw,vers=4.2
41 27 0:41 / /mnt/kontor rw,relatime - cifs //nas/kontor rw
42 41 0:42 / /mnt/kontor/lokal rw,relatime - ext4 /dev/vdb rw
43 27 0:43 / /home/mette/fjern\\040mappe rw - fuse.sshfs mette@host:/ rw
44 27 0:44 / /media/usb rw - fuseblk /dev/sdb1 rw
";

    #[test]
    fn network_mounts_are_found_by_the_longest_prefix() {
        let kind = |p: &str| network_fs_type(MOUNTINFO, Path::new(p));
        assert_eq!(kind("/srv/share/korps"), Some("nfs4".into()));
        assert_eq!(kind("/mnt/kontor"), Some("cifs".into()));
        assert_eq!(
            kind("/mnt/kontor/lokal/x"),
            None,
            "a local disk inside a share"
        );
        assert_eq!(
            kind("/home/mette/fjern mappe/db"),
            Some("fuse.sshfs".into())
        );
        assert_eq!(kind("/home/mette/fjern"), None);
        assert_eq!(kind("/srv/shared"), None, "a prefix of a name is no parent");
        assert_eq!(kind("/media/usb/korps"), None);
        assert_eq!(kind("/tmp"), None);
    }

    #[test]
    fn mount_points_are_unescaped() {
        assert_eq!(unescape("/a\\040b\\134c"), "/a b\\c");
        assert_eq!(unescape("/plain\\"), "/plain\\");
    }
}
