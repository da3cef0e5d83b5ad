//! Scripted flows through the real loop on a real SQLite file: appoint from the picker, end a
//! term early with a reason (and be refused without one), renew last season with one person
//! unticked, and the roster's recruitment quick keys and unavailability dialog.

mod common;

use common::press;

use common::appointments::id_of;
use common::date;
use korps::app::state::Overlay;
use korps::app::{Screen, State};
use korps::domain::appointment::AppointmentStatus;
use korps::domain::person::Recruitment;
use korps::domain::season::Season;
use korps::i18n::Lang;
use korps::storage::Database;
use korps::storage::appointments::AppointmentFilter;
use korps::tui::run_loop::start;
use korps::tui::{buffer_text, run_headless};

fn open(path: &std::path::Path) -> Database {
    Database::open(path, "testbruger").expect("open")
}

/// A file database holding the seeded corps (with appointments when `with` is set).
fn file_db(dir: &tempfile::TempDir, with: bool) -> std::path::PathBuf {
    let path = dir.path().join("korps.db");
    let mut db = open(&path);
    if with {
        seed_file(&mut db);
    } else {
        common::seed(&mut db);
    }
    path
}

/// Last season's terms for three persons, on a file database.
fn seed_file(db: &mut Database) {
    common::seed(db);
    let last = Season::new(2025, 8).first_day();
    let ids: Vec<i64> = ["Anders Bæk", "Zenia Holm", "Åse Lund"]
        .iter()
        .map(|n| id_of(db, n))
        .collect();
    db.appoint(
        &ids,
        last,
        korps::domain::appointment::default_end(last),
        date(2025, 8, 1),
    )
    .expect("last season");
}

fn season_count(db: &Database, season: Season) -> usize {
    db.count_appointments(&AppointmentFilter::season(season))
        .expect("count")
}

#[test]
fn appoint_two_persons_from_the_picker() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = file_db(&dir, false);
    let keys = concat!(
        "n",                  // the picker, this season
        "Zen<Down><Space>",   // search and tick Zenia
        "<C-u>",              // clear the search (the focus goes back to it)
        "ørn<Down><Space>",   // and Ørn
        "<Tab><C-u>1.9.2026", // start; the end follows
        "<C-s>",
    );
    let (state, buffer) = run_headless(
        open(&path),
        common::ctx(Lang::Da),
        Screen::Udpegninger,
        80,
        24,
        keys,
    )
    .expect("runs");
    let text = buffer_text(&buffer);
    assert!(state.overlay.is_none(), "{text}");
    assert!(text.contains("2 udpeget"), "{text}");
    assert_eq!(state.appointments.list.total, 2, "{text}");

    let db = open(&path);
    let zenia = id_of(&db, "Zenia Holm");
    let terms = db.person_appointments(zenia, 5).expect("terms");
    assert_eq!(terms.len(), 1);
    assert_eq!(terms[0].start, date(2026, 9, 1));
    assert_eq!(terms[0].end, date(2027, 8, 31));
    assert_eq!(
        db.person(zenia).expect("person").data.recruitment,
        Recruitment::Appointed
    );
}

#[test]
fn appointing_an_overlapping_term_is_refused_in_the_dialog() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = file_db(&dir, true);
    // Zenia's last-season term runs to 31.7.2026; a term from 1.7.2026 overlaps it.
    let keys = "<Left>nZen<Down><Space><Tab><Tab><C-u>1.7.2026<C-s>";
    let (state, buffer) = run_headless(
        open(&path),
        common::ctx(Lang::Da),
        Screen::Udpegninger,
        80,
        24,
        keys,
    )
    .expect("runs");
    let text = buffer_text(&buffer);
    assert!(
        matches!(state.overlay, Some(Overlay::Appointments(_))),
        "the dialog stays open: {text}"
    );
    assert!(text.contains("Zenia Holm: Personen har allerede"), "{text}");
    let db = open(&path);
    assert_eq!(season_count(&db, Season::new(2025, 8)), 3);
    assert_eq!(season_count(&db, Season::new(2026, 8)), 0);
}

#[test]
fn end_a_term_early_needs_a_reason_and_keeps_the_term() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = file_db(&dir, true);
    let mut db = open(&path);
    let mut state = State::new(common::ctx(Lang::Da), 80, 24);
    state.screen = Screen::Udpegninger;
    start(&mut state, &mut db);
    press(&mut state, &mut db, "<Left>x<C-s>");
    assert!(
        matches!(state.overlay, Some(Overlay::Appointments(_))),
        "no reason: the dialog stays"
    );
    let anders = id_of(&db, "Anders Bæk");
    let term = &db.person_appointments(anders, 5).expect("terms")[0];
    assert_eq!(term.status, AppointmentStatus::Active, "nothing written");
    // The focus went to the missing reason. Today (27.11.2026) is after the term, so the date
    // defaulted to its last day; change it.
    press(
        &mut state,
        &mut db,
        "<S-Tab><C-u>31.3.2026<Tab>Flyttet til Odense<C-s>",
    );
    assert!(state.overlay.is_none());
    let term = &db.person_appointments(anders, 5).expect("terms")[0];
    assert_eq!(
        term.status,
        AppointmentStatus::EndedEarly {
            date: date(2026, 3, 31),
            reason: "Flyttet til Odense".into()
        }
    );
    assert_eq!(term.end, date(2026, 7, 31), "the appointed end is kept");
    let row = state.appointments.list.selected_row().expect("selected");
    assert_eq!(row.appointment.id, term.id, "the ended term stays selected");
}

#[test]
fn renew_last_season_with_one_person_unticked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = file_db(&dir, true);
    let mut db = open(&path);
    let mut state = State::new(common::ctx(Lang::Da), 80, 24);
    state.screen = Screen::Udpegninger;
    start(&mut state, &mut db);
    press(&mut state, &mut db, "R");
    let Some(Overlay::Appointments(dialog)) = &state.overlay else {
        panic!("the renewal dialog is open")
    };
    let korps::app::appointments::Dialog::Renew(renew) = dialog.as_ref() else {
        panic!("renewal")
    };
    let names: Vec<&str> = renew.candidates.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Anders Bæk", "Zenia Holm", "Åse Lund"]);
    press(&mut state, &mut db, "<Down><Space><C-s>");
    assert!(state.overlay.is_none());
    assert_eq!(season_count(&db, Season::new(2026, 8)), 2);
    let zenia = id_of(&db, "Zenia Holm");
    assert_eq!(db.person_appointments(zenia, 5).expect("terms").len(), 1);
    let text = state.message.as_ref().expect("message").text.clone();
    assert!(text.contains("2 udpeget igen for 2026/27"), "{text}");
}

#[test]
fn roster_quick_keys_move_recruitment_on_and_edit_unavailability() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = file_db(&dir, false);
    let mut db = open(&path);
    let id = id_of(&db, "Anders Bæk");
    let p = db.person(id).expect("person");
    let mut data = p.data.clone();
    data.recruitment = Recruitment::Interested;
    db.update_person(id, p.version, &data).expect("update");

    let mut state = State::new(common::ctx(Lang::Da), 120, 40);
    start(&mut state, &mut db);
    assert_eq!(state.roster.list.selected_row().expect("row").id, id);
    press(&mut state, &mut db, ">>");
    let person = db.person(id).expect("person");
    assert_eq!(person.data.recruitment, Recruitment::Appointed);
    assert_eq!(person.data.recruitment_changed, Some(common::today()));
    let history: Vec<Recruitment> = db
        .recruitment_history(id)
        .expect("history")
        .into_iter()
        .map(|(s, _)| s)
        .collect();
    assert!(history.ends_with(&[
        Recruitment::Interested,
        Recruitment::Contacted,
        Recruitment::Appointed
    ]));
    // X asks first; "no" changes nothing, "yes" stops.
    press(&mut state, &mut db, "Xn");
    assert_eq!(
        db.person(id).expect("person").data.recruitment,
        Recruitment::Appointed
    );
    press(&mut state, &mut db, "Xj");
    assert_eq!(
        db.person(id).expect("person").data.recruitment,
        Recruitment::Stopped
    );

    // Unavailability: a bad date is refused inline, then a period is added and deleted.
    press(&mut state, &mut db, "u32.12.2026<C-s>");
    assert!(db.unavailability(id, 10).expect("list").is_empty());
    press(
        &mut state,
        &mut db,
        "<C-u>14.12.2026<Tab>18.12.2026<Tab>eksamen<C-s>",
    );
    let periods = db.unavailability(id, 10).expect("list");
    assert_eq!(periods.len(), 1);
    assert_eq!(periods[0].reason, "eksamen");
    let facts = state.appointments.facts_of(id).expect("facts");
    assert_eq!(facts.unavailability.len(), 1);
    press(&mut state, &mut db, "<Esc>");
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).expect("terminal");
    terminal
        .draw(|f| korps::ui::render(&state, f))
        .expect("draws");
    let text = buffer_text(terminal.backend().buffer());
    assert!(
        text.contains("Fravær: 14.12.2026–18.12.2026 eksamen"),
        "{text}"
    );
    assert!(text.contains("Historik: "), "{text}");
    press(&mut state, &mut db, "u<Tab><Tab><Tab>dn");
    assert_eq!(db.unavailability(id, 10).expect("list").len(), 1);
    press(&mut state, &mut db, "<Del>j");
    assert!(db.unavailability(id, 10).expect("list").is_empty());
}
