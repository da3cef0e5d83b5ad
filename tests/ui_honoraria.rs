//! The Honorarer screen headless: snapshots at 80×24 and 120×40, and flows through the real
//! loop — mark and approve with the dialog's count and total, make a payout batch, export it,
//! correct a paid row, add a rate with inline money validation.

mod common;
mod honoraria_support;

use korps::app::Screen;
use korps::i18n::Lang;
use korps::storage::honoraria::{HonorariumFilter, HonorariumStatus};
use korps::tui::{buffer_text, run_headless};

fn run(path: &std::path::Path, w: u16, h: u16, keys: &str) -> (korps::app::State, String) {
    let db = honoraria_support::open(path);
    let (state, buffer) =
        run_headless(db, common::ctx(Lang::Da), Screen::Honorarer, w, h, keys).expect("runs");
    (state, buffer_text(&buffer))
}

fn count(path: &std::path::Path, status: HonorariumStatus) -> usize {
    let filter = HonorariumFilter {
        status,
        ..HonorariumFilter::default()
    };
    honoraria_support::open(path)
        .honoraria_page(&filter, 0, 100)
        .expect("page")
        .total
}

#[test]
fn awaiting_80x24() {
    let dir = tempfile::tempdir().expect("dir");
    let path = honoraria_support::file(dir.path());
    insta::assert_snapshot!(run(&path, 80, 24, "j ").1);
}

#[test]
fn awaiting_120x40_with_yearly_totals() {
    let dir = tempfile::tempdir().expect("dir");
    let path = honoraria_support::file(dir.path());
    insta::assert_snapshot!(run(&path, 120, 40, "jjj").1);
}

#[test]
fn approval_dialog_states_count_and_total_and_approves_the_marked() {
    let dir = tempfile::tempdir().expect("dir");
    let path = honoraria_support::file(dir.path());
    let (_, text) = run(&path, 80, 24, "  A");
    assert!(
        text.contains("Godkend 2 honorarer, i alt 800,00 kr.?"),
        "{text}"
    );
    assert_eq!(count(&path, HonorariumStatus::Approved), 0, "asks first");
    let (_, text) = run(&path, 80, 24, "  Aj");
    assert!(text.contains("Honorarer godkendt: 2."), "{text}");
    assert_eq!(count(&path, HonorariumStatus::Approved), 2);
}

#[test]
fn payout_batch_then_export_then_correction() {
    let dir = tempfile::tempdir().expect("dir");
    let path = honoraria_support::file(dir.path());
    run(&path, 80, 24, "     Aj");
    assert_eq!(count(&path, HonorariumStatus::Approved), 5);
    // u: the form shows count and total; fill the reference, save, confirm.
    let (_, text) = run(&path, 120, 40, "U");
    assert!(text.contains("5 godkendte · 2.150,00 kr."), "{text}");
    let (_, text) = run(&path, 120, 40, "U<Tab>Løn nov<C-s>");
    assert!(
        text.contains("Udbetal 5 honorarer, i alt 2.150,00 kr."),
        "{text}"
    );
    // Before the batch is made, the people payroll cannot pay are named (no payroll number).
    assert!(text.contains("⚠ 2 uden lønnummer"), "{text}");
    for name in ["Zenia Holm (korpsnr. ", "Åse Lund (korpsnr. "] {
        assert!(text.contains(name), "{name}: {text}");
    }
    assert!(!text.contains("Aase Andersen (korpsnr."), "{text}");
    let (_, text) = run(&path, 120, 40, "U<Tab>Løn nov<C-s>j");
    assert!(text.contains("Udbetaling #1 lavet"), "{text}");
    assert_eq!(count(&path, HonorariumStatus::Paid), 5);
    // x: export the batch to a path.
    let out = dir.path().join("løn.csv");
    let keys = format!("vvx<C-u>{}<C-s>", out.display());
    let (_, text) = run(&path, 120, 40, &keys);
    assert!(text.contains("skrevet til"), "{text}");
    let csv = std::fs::read_to_string(&out).expect("written");
    assert!(csv.starts_with('\u{FEFF}'));
    // k on a paid row: a bad amount is refused inline, then a correction with a reason.
    let (_, text) = run(&path, 120, 40, "vvK1,234<Tab>for meget<C-s>");
    assert!(text.contains("ikke et beløb"), "{text}");
    let (_, text) = run(&path, 120, 40, "vvK-100<Tab>for meget<C-s>");
    assert!(text.contains("Rettelse oprettet"), "{text}");
    assert_eq!(count(&path, HonorariumStatus::Awaiting), 1);
}

#[test]
fn rates_view_and_new_rate_form() {
    let dir = tempfile::tempdir().expect("dir");
    let path = honoraria_support::file(dir.path());
    let (_, text) = run(&path, 120, 40, "vvvn<Tab><Tab>abc");
    assert!(text.contains("Ny sats"), "{text}");
    assert!(text.contains("ikke et beløb"), "{text}");
    let (state, text) = run(&path, 120, 40, "vvvn<Tab><Tab>650,50<C-s>");
    assert!(text.contains("Satsen er gemt."), "{text}");
    assert!(text.contains("650,50 kr."), "{text}");
    assert!(!state.honoraria.rates.is_empty());
}

#[test]
fn filter_dialog_by_person_and_period_and_kind_cycling() {
    let dir = tempfile::tempdir().expect("dir");
    let path = honoraria_support::file(dir.path());
    let (state, text) = run(&path, 120, 40, "/aase<C-s>");
    assert_eq!(state.honoraria.list.total, 2, "{text}");
    assert!(
        text.contains("2 stk. · i alt 800,00 kr. · «aase»"),
        "{text}"
    );
    let (state, _) = run(&path, 120, 40, "/<Tab>1.4.2026<Tab>30.6.2026<C-s>");
    assert_eq!(state.honoraria.list.total, 2);
    let (_, text) = run(&path, 120, 40, "/<Tab>30.6.2026<Tab>1.4.2026<C-s>");
    assert!(text.contains("før fra-datoen"), "{text}");
    let (state, _) = run(&path, 120, 40, "f");
    assert_eq!(state.honoraria.list.total, 2, "school visits");
    let (state, _) = run(&path, 120, 40, "f<Esc>");
    assert_eq!(state.honoraria.list.total, 5, "Esc clears the filters");
}
