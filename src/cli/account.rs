//! The name of the operating-system account running korps, for the audit log when neither the
//! config nor `USER` / `LOGNAME` / `USERNAME` names anybody (a service, `cron`, a bare
//! container, a `tmux` started without a login shell).
//!
//! Without `unsafe` (forbidden in this crate) there is no `getuid`; on Linux the owner of
//! `/proc/self` is the process's user, and `/etc/passwd` gives its name. Elsewhere, or when
//! either file cannot be read, the answer is `None` and the caller says "ukendt".

use std::path::Path;

/// The account name of the user running this process, if the system tells.
pub fn current() -> Option<String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let uid = std::fs::metadata(Path::new("/proc/self")).ok()?.uid();
        let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
        name_of(&passwd, uid)
    }
    #[cfg(not(unix))]
    {
        None
    }
}

/// The name of `uid` in the text of an `/etc/passwd` file (`name:password:uid:…` per line).
pub fn name_of(passwd: &str, uid: u32) -> Option<String> {
    passwd.lines().find_map(|line| {
        let mut fields = line.split(':');
        let name = fields.next()?.trim();
        let found: u32 = fields.nth(1)?.trim().parse().ok()?;
        (found == uid && !name.is_empty() && !name.starts_with('#')).then(|| name.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PASSWD: &str = "# a comment\n\
        root:x:0:0:root:/root:/bin/bash\n\
        \n\
        broken line\n\
        mette:x:1000:1000:Mette Kjær,,,:/home/mette:/bin/bash\n\
        nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n";

    #[test]
    fn finds_the_name_of_a_uid() {
        assert_eq!(name_of(PASSWD, 0).as_deref(), Some("root"));
        assert_eq!(name_of(PASSWD, 1000).as_deref(), Some("mette"));
        assert_eq!(name_of(PASSWD, 65534).as_deref(), Some("nobody"));
    }

    #[test]
    fn an_unknown_uid_or_a_broken_file_gives_none() {
        assert_eq!(name_of(PASSWD, 4242), None);
        assert_eq!(name_of("", 0), None);
        assert_eq!(name_of("::0::", 0), None);
        assert_eq!(name_of("x:y:notanumber:1", 0), None);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn the_running_account_has_a_name_on_linux() {
        assert!(current().is_some_and(|name| !name.is_empty()));
    }
}
