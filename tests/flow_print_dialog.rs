//! The print dialog through the real loop: `p` on Korps opens it, the choices rename the file,
//! Enter writes the list (owner-readable only) and the status bar says so; a file that cannot
//! be written keeps the dialog open with the reason.

mod common;

use korps::app::Screen;
use korps::app::state::Overlay;
use korps::i18n::Lang;
use korps::storage::Database;
use korps::storage::import::ImportRow;
use korps::tui::{buffer_text, run_headless};

fn appointed_db(path: &std::path::Path) -> Database {
    let mut db = Database::open(path, "testbruger").expect("open");
    common::seed(&mut db);
    let start = common::date(2026, 8, 1);
    let rows: Vec<ImportRow> = (1..=3)
        .map(|id| ImportRow {
            data: db.person(id).expect("person").data,
            existing: Some(id),
            update: None,
            term: Some((start, common::date(2027, 7, 31))),
        })
        .collect();
    db.import_people(&rows, &mut |_, _| {}).expect("appoint");
    db
}

#[test]
fn p_opens_the_dialog_and_enter_writes_the_chosen_format() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = appointed_db(&dir.path().join("korps.db"));
    let out = dir.path().join("liste.pdf");
    // Public variant, then format → HTML (the typed path follows the format), then write.
    let keys = format!(
        "p<Tab><Tab><Tab><C-u>{}<S-Tab><S-Tab><Right><S-Tab><Right><Enter>",
        out.display()
    );
    let (state, buffer) =
        run_headless(db, common::ctx(Lang::Da), Screen::Korps, 100, 30, &keys).expect("runs");
    assert!(state.overlay.is_none(), "the dialog closes after writing");
    let html_path = dir.path().join("liste.html");
    let html = std::fs::read_to_string(&html_path).expect("written");
    assert!(html.contains("Aase Andersen"));
    assert!(html.contains("Offentlig udgave"));
    assert!(!html.contains("20 30 40 50"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&html_path)
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let text = buffer_text(&buffer);
    assert!(text.contains("Skrevet:"), "{text}");
    // Ørn Østergaard is under 18 without a guardian's consent: not on the public list (§7).
    assert!(!html.contains("Ørn Østergaard"));
    assert!(text.contains("liste.html (2 personer)"), "{text}");
}

#[test]
fn a_path_that_cannot_be_written_keeps_the_dialog_open_with_the_reason() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = appointed_db(&dir.path().join("korps.db"));
    let keys = "p<Tab><Tab><Tab><C-u>/no/such/folder/x.pdf<Enter>";
    let (state, buffer) =
        run_headless(db, common::ctx(Lang::En), Screen::Korps, 80, 24, keys).expect("runs");
    assert!(matches!(state.overlay, Some(Overlay::Print(_))));
    let text = buffer_text(&buffer);
    assert!(text.contains("Print ambassador list"), "{text}");
    assert!(
        text.contains("✗ Could not write /no/such/folder/x.pdf"),
        "{text}"
    );
}

#[test]
fn p_on_udpegninger_prints_the_season_being_shown() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = appointed_db(&dir.path().join("korps.db"));
    let (state, buffer) = run_headless(
        db,
        common::ctx(Lang::Da),
        Screen::Udpegninger,
        100,
        30,
        "<Left>p",
    )
    .expect("runs");
    assert!(matches!(state.overlay, Some(Overlay::Print(_))));
    let text = buffer_text(&buffer);
    assert!(text.contains("ambassadørliste-2025-26"), "{text}");
}
