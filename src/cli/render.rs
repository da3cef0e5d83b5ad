//! `korps render SCREEN [--size WxH] [--keys KEYS]`: runs the real app headless on the database,
//! replays the keys and prints the final screen as text. The screen name, the size and the keys
//! are checked here, before the database is opened, so a typo gets a clear message at once
//! (exit code 2).

use std::io::Write;

use super::{Access, Cli, CliError, RenderArgs, Setup, open_database};
use crate::i18n::{self, Lang};
use crate::tui::keys::{self, KeysError};

/// The screens `render` knows, in tab order.
pub const SCREENS: [&str; 8] = [
    "oversigt",
    "korps",
    "udpegninger",
    "besoeg",
    "fremmoede",
    "honorarer",
    "budget",
    "steder",
];

/// The message for a `--keys` sequence that cannot be read.
fn keys_error(err: &KeysError, lang: Lang) -> String {
    match err {
        KeysError::Unknown(key) => i18n::KEYS_UNKNOWN.fill(lang, &[("key", key)]),
        KeysError::Unclosed => i18n::KEYS_UNCLOSED.get(lang).to_string(),
    }
}

/// The largest width or height `--size` accepts.
const MAX_SIDE: u16 = 1000;

/// Parses `WIDTHxHEIGHT` (e.g. `100x30`), both 1–1000.
pub fn parse_size(text: &str) -> Option<(u16, u16)> {
    let (w, h) = text.trim().split_once(['x', 'X', '×'])?;
    let side = |s: &str| {
        s.trim()
            .parse::<u16>()
            .ok()
            .filter(|n| (1..=MAX_SIDE).contains(n))
    };
    Some((side(w)?, side(h)?))
}

pub(super) fn run(cli: &Cli, args: &RenderArgs, setup: &Setup) -> Result<(), CliError> {
    let screen = args.screen.trim().to_lowercase();
    if !SCREENS.contains(&screen.as_str()) {
        return Err(CliError::UnknownScreen(args.screen.clone()));
    }
    let (width, height) =
        parse_size(&args.size).ok_or_else(|| CliError::BadSize(args.size.clone()))?;
    keys::parse(&args.keys).map_err(|e| CliError::Usage(keys_error(&e, setup.lang)))?;
    // Without keys nothing can change: read-only, so a write-protected file can be shown.
    let access = if args.keys.is_empty() {
        Access::Read
    } else {
        Access::Write
    };
    let (db, path, _) = open_database(cli, setup, access)?;
    let ctx = setup.context(&path);
    let text = crate::tui::render_headless(db, ctx, &screen, width, height, &args.keys)
        .map_err(CliError::Screen)?;

    let mut out = std::io::stdout().lock();
    let written = out
        .write_all(text.as_bytes())
        .and_then(|()| {
            if text.ends_with('\n') {
                Ok(())
            } else {
                out.write_all(b"\n")
            }
        })
        .and_then(|()| out.flush());
    match written {
        // A reader that stops early (`| head`) is not an error.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(CliError::File {
            path: "stdout".into(),
            source: e,
        }),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_width_by_height_within_bounds() {
        assert_eq!(parse_size("100x30"), Some((100, 30)));
        assert_eq!(parse_size(" 80X24 "), Some((80, 24)));
        assert_eq!(parse_size("1000x1"), Some((1000, 1)));
        for bad in [
            "", "100", "0x30", "100x0", "1001x30", "x30", "100x", "10x10x10", "-5x3",
        ] {
            assert_eq!(parse_size(bad), None, "{bad}");
        }
    }
}
