//! Honoraria storage: lists and filters, approval (all or none), payout batches, the paid rows'
//! immutability (in the database and in the code), corrections, rates that never change logged
//! amounts, and the payroll CSV.

mod common;
mod honoraria_support;

use korps::domain::event::EventKind;
use korps::domain::money::Money;
use korps::domain::person::PersonKind;
use korps::domain::rates::Rate;
use korps::export::payouts::payroll_csv;
use korps::i18n::Lang;
use korps::storage::StorageError;
use korps::storage::honoraria::{HonorariumFilter, HonorariumStatus};
use korps::storage::payouts::PayoutLine;
use rusqlite::Connection;

use common::date;

fn filter(status: HonorariumStatus) -> HonorariumFilter {
    HonorariumFilter {
        status,
        ..HonorariumFilter::default()
    }
}

#[test]
fn lists_filter_by_person_period_and_kind_with_count_and_sum() {
    let dir = tempfile::tempdir().expect("dir");
    let db = honoraria_support::open(&honoraria_support::file(dir.path()));
    let all = db
        .honoraria_page(&filter(HonorariumStatus::Awaiting), 0, 100)
        .expect("page");
    assert_eq!(all.total, 5);
    assert_eq!(all.sum, Money(215_000));
    assert_eq!(all.rows[0].earned_on, date(2026, 10, 15), "newest first");
    let aase = HonorariumFilter {
        person: "aase".into(),
        ..filter(HonorariumStatus::Awaiting)
    };
    assert_eq!(db.honoraria_page(&aase, 0, 100).expect("page").total, 2);
    let period = HonorariumFilter {
        from: Some(date(2026, 4, 1)),
        to: Some(date(2026, 6, 30)),
        ..filter(HonorariumStatus::Awaiting)
    };
    assert_eq!(db.honoraria_page(&period, 0, 100).expect("page").total, 2);
    let kind = HonorariumFilter {
        kind: Some(EventKind::SchoolVisit),
        ..filter(HonorariumStatus::Awaiting)
    };
    let page = db.honoraria_page(&kind, 0, 1).expect("page");
    assert_eq!((page.total, page.rows.len()), (2, 1), "windowed");
    assert!(
        db.honoraria_page(&filter(HonorariumStatus::Paid), 0, 100)
            .expect("page")
            .rows
            .is_empty()
    );
}

#[test]
fn approving_is_all_or_none_and_audited() {
    let dir = tempfile::tempdir().expect("dir");
    let path = honoraria_support::file(dir.path());
    let mut db = honoraria_support::open(&path);
    let a = honoraria_support::id_of(&path, "Aase Andersen", "2026-03-02");
    let b = honoraria_support::id_of(&path, "Anders Bæk", "2026-04-10");
    assert_eq!(
        db.approve_honoraria(&[a, b], common::today())
            .expect("approve"),
        2
    );
    let approved = db
        .honoraria_page(&filter(HonorariumStatus::Approved), 0, 100)
        .expect("page");
    assert_eq!((approved.total, approved.sum), (2, Money(100_000)));
    assert_eq!(approved.rows[0].approved_on, Some(common::today()));
    let audit = db.audit_entries("honoraria", a, 5).expect("audit");
    assert_eq!(audit[0].action, "honorarium.approve");
    // One already approved: nothing of the second call is written.
    let c = honoraria_support::id_of(&path, "Zenia Holm", "2026-09-01");
    assert!(matches!(
        db.approve_honoraria(&[c, a], common::today()),
        Err(StorageError::Conflict)
    ));
    assert_eq!(
        db.honorarium(c).expect("row").status,
        HonorariumStatus::Awaiting
    );
}

#[test]
fn a_payout_batch_marks_the_approved_honoraria_of_its_period_paid() {
    let dir = tempfile::tempdir().expect("dir");
    let path = honoraria_support::file(dir.path());
    let mut db = honoraria_support::open(&path);
    assert!(matches!(
        db.create_payout_batch(common::today(), "Løn nov", None, None),
        Err(StorageError::NotFound)
    ));
    let ids: Vec<i64> = db
        .honoraria_page(&filter(HonorariumStatus::Awaiting), 0, 100)
        .expect("page")
        .rows
        .iter()
        .map(|r| r.id)
        .collect();
    db.approve_honoraria(&ids, common::today())
        .expect("approve");
    assert_eq!(
        db.payout_preview(None, Some(date(2026, 6, 30)))
            .expect("preview"),
        (3, Money(135_000))
    );
    // Of those three, only Åse Lund has no payroll number; Zenia (none either) earned later.
    let missing = db
        .payout_missing_payroll(None, Some(date(2026, 6, 30)))
        .expect("missing");
    let names: Vec<&str> = missing.iter().map(|(_, n)| n.as_str()).collect();
    assert_eq!(names, ["Åse Lund"]);
    assert_eq!(db.payout_missing_payroll(None, None).expect("all").len(), 2);
    let batch = db
        .create_payout_batch(common::today(), "Løn nov", None, Some(date(2026, 6, 30)))
        .expect("batch");
    assert_eq!((batch.count, batch.total), (3, Money(135_000)));
    assert_eq!(batch.reference, "Løn nov");
    let paid = db
        .honoraria_page(&filter(HonorariumStatus::Paid), 0, 100)
        .expect("page");
    assert_eq!(paid.total, 3);
    assert!(paid.rows.iter().all(|r| r.batch_id == Some(batch.id)));
    assert_eq!(
        db.honoraria_page(&filter(HonorariumStatus::Approved), 0, 100)
            .expect("page")
            .total,
        2
    );
    assert_eq!(db.payout_batches(10).expect("batches"), vec![batch.clone()]);
    let lines = db.payout_lines(batch.id).expect("lines");
    assert_eq!(lines.len(), 3);
    // Danish order: "Aa" sorts as "Å", after Anders.
    assert_eq!(lines[0].person_name, "Anders Bæk");
    assert_eq!((lines[0].amount, lines[0].events), (Money(50_000), 1));
    // Yearly totals per person and status.
    let person = paid.rows[0].person_id;
    let totals = db.person_year_totals(person, 5).expect("totals");
    assert_eq!(totals.len(), 1);
    assert_eq!(totals[0].year, 2026);
    assert_eq!(totals[0].total(), totals[0].paid + totals[0].approved);
}

/// Approves and pays everything; returns the id of Aase Andersen's first honorarium.
fn pay_all(db: &mut korps::storage::Database, path: &std::path::Path) -> i64 {
    let ids: Vec<i64> = db
        .honoraria_page(&filter(HonorariumStatus::Awaiting), 0, 100)
        .expect("page")
        .rows
        .iter()
        .map(|r| r.id)
        .collect();
    db.approve_honoraria(&ids, common::today())
        .expect("approve");
    db.create_payout_batch(common::today(), "Løn", None, None)
        .expect("batch");
    honoraria_support::id_of(path, "Aase Andersen", "2026-03-02")
}

#[test]
fn a_paid_honorarium_cannot_be_changed_in_the_database_or_the_code() {
    let dir = tempfile::tempdir().expect("dir");
    let path = honoraria_support::file(dir.path());
    let mut db = honoraria_support::open(&path);
    let id = pay_all(&mut db, &path);
    let raw = Connection::open(&path).expect("raw");
    let update = raw.execute("UPDATE honoraria SET amount_ore = 1 WHERE id = ?1", [id]);
    assert!(
        update
            .expect_err("trigger refuses")
            .to_string()
            .contains("a paid honorarium cannot be changed")
    );
    let delete = raw.execute("DELETE FROM honoraria WHERE id = ?1", [id]);
    assert!(delete.is_err(), "trigger refuses the delete");
    drop(raw);
    let row = db.honorarium(id).expect("row");
    let err = db
        .set_honorarium_amount(id, row.version, Money(1), "typo")
        .expect_err("code refuses");
    assert!(err.is_paid_immutable());
    assert!(err.message(Lang::Da).contains("udbetalt honorar"));
    let err = db
        .delete_honorarium(id, row.version)
        .expect_err("code refuses");
    assert!(err.is_paid_immutable());
    assert_eq!(db.honorarium(id).expect("row"), row, "unchanged");
}

#[test]
fn unpaid_honoraria_can_be_changed_with_a_reason_or_deleted() {
    let dir = tempfile::tempdir().expect("dir");
    let path = honoraria_support::file(dir.path());
    let mut db = honoraria_support::open(&path);
    let id = honoraria_support::id_of(&path, "Zenia Holm", "2026-09-01");
    let row = db.honorarium(id).expect("row");
    db.set_honorarium_amount(id, row.version, Money(40_000), "kom sent")
        .expect("change");
    let after = db.honorarium(id).expect("row");
    assert_eq!(
        (after.amount, after.amount_reason.as_str()),
        (Money(40_000), "kom sent")
    );
    assert!(matches!(
        db.delete_honorarium(id, row.version),
        Err(StorageError::Conflict)
    ));
    db.delete_honorarium(id, after.version).expect("delete");
}

#[test]
fn a_correction_is_a_new_entry_with_a_reason_referencing_a_paid_one() {
    let dir = tempfile::tempdir().expect("dir");
    let path = honoraria_support::file(dir.path());
    let mut db = honoraria_support::open(&path);
    let id = pay_all(&mut db, &path);
    assert!(
        db.add_correction(id, Money(-10_000), "  ", common::today())
            .is_err()
    );
    assert!(
        db.add_correction(id, Money::ZERO, "nul", common::today())
            .is_err()
    );
    let fix = db
        .add_correction(id, Money(-10_000), "for meget udbetalt", common::today())
        .expect("correction");
    let row = db.honorarium(fix).expect("row");
    assert_eq!(row.corrects, Some(id));
    assert_eq!(row.amount, Money(-10_000));
    assert_eq!(row.status, HonorariumStatus::Awaiting);
    assert_eq!(
        row.kind,
        Some(EventKind::SchoolVisit),
        "the corrected event's kind"
    );
    assert_eq!(row.correction_reason, "for meget udbetalt");
    // A correction of an unpaid honorarium is refused (change it instead).
    assert!(matches!(
        db.add_correction(fix, Money(100), "igen", common::today()),
        Err(StorageError::Conflict)
    ));
    // The database refuses a correction without a reason, too.
    let raw = Connection::open(&path).expect("raw");
    let person = row.person_id;
    assert!(
        raw.execute(
            "INSERT INTO honoraria (person_id, amount_ore, earned_on, corrects_honorarium_id) \
             VALUES (?1, -5, '2026-11-27', ?2)",
            [person, id],
        )
        .is_err()
    );
}

#[test]
fn a_new_rate_never_changes_logged_honoraria() {
    let dir = tempfile::tempdir().expect("dir");
    let path = honoraria_support::file(dir.path());
    let mut db = honoraria_support::open(&path);
    let before = db
        .honoraria_page(&filter(HonorariumStatus::Awaiting), 0, 100)
        .expect("page");
    let rate = Rate {
        event_kind: EventKind::SchoolVisit,
        person_kind: PersonKind::RoleModel,
        amount_ore: 75_000,
        per_hour_ore: None,
        effective_from: date(2026, 1, 1),
    };
    let n = db.count_rates().expect("count");
    db.add_rate(&rate).expect("rate");
    db.add_rate(&Rate {
        per_hour_ore: Some(10_000),
        ..rate.clone()
    })
    .expect("same date replaces");
    assert_eq!(db.count_rates().expect("count"), n + 1);
    assert!(
        db.list_rates(100)
            .expect("rates")
            .iter()
            .any(|r| r.rate.per_hour_ore == Some(10_000) && r.rate.amount_ore == 75_000)
    );
    assert!(
        db.add_rate(&Rate {
            amount_ore: -1,
            ..rate
        })
        .is_err()
    );
    let after = db
        .honoraria_page(&filter(HonorariumStatus::Awaiting), 0, 100)
        .expect("page");
    assert_eq!(before, after);
}

#[test]
fn the_payroll_csv_has_bom_semicolons_neutralised_cells_and_danish_amounts() {
    let dir = tempfile::tempdir().expect("dir");
    let path = honoraria_support::file(dir.path());
    let mut db = honoraria_support::open(&path);
    pay_all(&mut db, &path);
    let batch = db.payout_batches(1).expect("batches")[0].id;
    let mut lines = db.payout_lines(batch).expect("lines");
    lines.push(PayoutLine {
        person_id: 99,
        person_name: "Ny Rettelse".into(),
        payroll_number: "+45".into(),
        amount: Money(-123_450),
        events: 0,
        first: date(2026, 11, 1),
        last: date(2026, 11, 1),
    });
    let csv = String::from_utf8(payroll_csv(&lines, Lang::Da)).expect("utf-8");
    assert!(csv.starts_with('\u{FEFF}'), "BOM");
    let rows: Vec<&str> = csv.trim_start_matches('\u{FEFF}').split("\r\n").collect();
    assert_eq!(
        rows[0],
        "Navn;Korpsnr.;Lønnummer;Beløb;Antal arrangementer;Første dato;Sidste dato"
    );
    let id = |name: &str| {
        lines
            .iter()
            .find(|l| l.person_name == name)
            .expect(name)
            .person_id
    };
    assert_eq!(
        rows[1],
        format!(
            "Anders Bæk;{};'=1+2;500,00;1;10.4.2026;10.4.2026",
            id("Anders Bæk")
        )
    );
    let aase = format!(
        "Aase Andersen;{};L-1001;800,00;2;2.3.2026;15.10.2026",
        id("Aase Andersen")
    );
    assert!(rows.contains(&aase.as_str()));
    assert!(rows.contains(&"Ny Rettelse;99;'+45;-1.234,50;0;1.11.2026;1.11.2026"));
}

#[test]
fn the_demo_step_approves_some_and_pays_one_batch_in_the_past() {
    let dir = tempfile::tempdir().expect("dir");
    let path = honoraria_support::file(dir.path());
    let mut db = honoraria_support::open(&path);
    korps::demo::payouts::generate(&mut db, common::today()).expect("demo");
    let n = |s| db.honoraria_page(&filter(s), 0, 100).expect("page").total;
    assert_eq!(
        (
            n(HonorariumStatus::Awaiting),
            n(HonorariumStatus::Approved),
            n(HonorariumStatus::Paid)
        ),
        (3, 1, 1)
    );
    let batch = &db.payout_batches(5).expect("batches")[0];
    assert!(batch.paid_on < common::today());
    // Without honoraria it does nothing.
    let mut empty = korps::storage::Database::open_in_memory("t").expect("db");
    korps::demo::payouts::generate(&mut empty, common::today()).expect("nothing");
    assert!(empty.payout_batches(5).expect("batches").is_empty());
}

/// No honorarium turns negative with its corrections: a correction takes away at most what the
/// honorarium and its corrections still are (the sum read here by plain SQL), refused with the
/// least it may be; exactly down to zero is allowed, and `korps check`'s rule stays clean.
#[test]
fn a_correction_cannot_take_an_honorarium_below_zero() {
    let dir = tempfile::tempdir().expect("dir");
    let path = honoraria_support::file(dir.path());
    let mut db = honoraria_support::open(&path);
    let id = pay_all(&mut db, &path);
    let raw = Connection::open(&path).expect("raw");
    let total = |raw: &Connection| -> i64 {
        raw.query_row(
            "SELECT amount_ore + (SELECT coalesce(sum(amount_ore), 0) FROM honoraria \
             WHERE corrects_honorarium_id = ?1) FROM honoraria WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .expect("total")
    };
    let paid = total(&raw);
    assert!(
        paid > 10_000,
        "a paid honorarium of more than 100 kr.: {paid}"
    );
    db.add_correction(id, Money(-10_000), "for meget udbetalt", common::today())
        .expect("a part back");
    let left = total(&raw);
    assert_eq!(left, paid - 10_000);
    let rows = |raw: &Connection| -> i64 {
        raw.query_row("SELECT COUNT(*) FROM honoraria", [], |r| r.get(0))
            .expect("count")
    };
    let before = rows(&raw);
    match db.add_correction(id, Money(-left - 1), "for meget", common::today()) {
        Err(StorageError::Amount { error, .. }) => assert_eq!(
            error,
            korps::domain::limits::AmountError::TooSmall { min: -left }
        ),
        other => panic!("one øre too much back was not refused: {other:?}"),
    }
    assert_eq!(rows(&raw), before, "nothing written");
    let err = db
        .add_correction(id, Money(-left - 1), "for meget", common::today())
        .expect_err("refused");
    assert_eq!(
        err.message(Lang::Da),
        format!(
            "Beløbet skal være mindst -{},{:02} kr.",
            left / 100,
            left % 100
        )
    );
    db.add_correction(id, Money(-left), "alt tilbage", common::today())
        .expect("down to zero");
    assert_eq!(total(&raw), 0);
    let negative: i64 = raw
        .query_row(
            "SELECT COUNT(*) FROM honoraria o WHERE o.corrects_honorarium_id IS NULL AND \
             o.amount_ore + (SELECT coalesce(sum(c.amount_ore), 0) FROM honoraria c \
             WHERE c.corrects_honorarium_id = o.id) < 0",
            [],
            |r| r.get(0),
        )
        .expect("rule");
    assert_eq!(negative, 0);
}
