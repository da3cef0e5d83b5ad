//! The yearly ambassador list of a season, read-only: everyone whose appointment overlaps the
//! season, role models first and then ambassadors, each group in Danish name order, with what
//! the list prints about them.
//!
//! Decisions:
//! - One line per person, even when a person has two appointments in the season (ended early
//!   and appointed again): the term shown runs from the earliest start to the latest effective
//!   end, and the events and honoraria are counted once.
//! - A term ended early counts up to its early end date (the effective end), as everywhere else.
//! - Archived persons are listed too: the list of a past season is history and stays complete.
//! - Events attended are assignments marked `attended` of events dated within the season;
//!   honoraria are the sum of the person's honoraria (corrections included) earned within the
//!   season. Both are zero while those tables are empty.
//! - The **public** list (DESIGN.md §7) is chosen here, in the one query every public list
//!   passes through (CLI, print dialog, every format): only people whose consent is recorded,
//!   with a guardian's consent too when under 18 on the print date, not marked stopped, and with
//!   a term in the season that was not ended early. A person without a birth date is taken as
//!   an adult (the corps is 20–26; the roster marks a missing birth date) — their own consent
//!   is still required.

use chrono::NaiveDate;
use rusqlite::{Row, named_params};

use crate::domain::money::Money;
use crate::domain::person::{PersonKind, adult_born_by};
use crate::domain::season::Season;

use super::{Database, StorageError, code_from_sql, date_from_sql, date_to_sql};

/// The most lines one list holds (a bound on the query; a corps is a few hundred people).
pub const MAX_LIST_ROWS: usize = 100_000;

/// With or without contact details — and, for the public one, only the people who may be on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ListVariant {
    /// For the coordinator: everyone appointed in the season, phone, e-mail, events and
    /// honoraria included.
    #[default]
    Internal,
    /// For posting or handing out: names, schools and terms of those who consented (§7).
    Public,
}

/// One line of the yearly list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearlyListEntry {
    pub person_id: i64,
    pub name: String,
    pub kind: PersonKind,
    /// The home institution's name.
    pub institution: Option<String>,
    pub education: String,
    pub phone: String,
    pub email: String,
    /// The first day of the (earliest) term overlapping the season.
    pub term_start: NaiveDate,
    /// The last day really served of the (latest) term: the early end date when ended early.
    pub term_end: NaiveDate,
    /// Whether the latest term was ended early.
    pub ended_early: bool,
    /// Events attended within the season.
    pub events_attended: i64,
    /// Honoraria earned within the season.
    pub honoraria: Money,
}

const SQL: &str = "\
    WITH terms AS ( \
        SELECT person_id, term_start, \
               CASE WHEN status = 'ended_early' AND ended_on < term_end THEN ended_on \
                    ELSE term_end END AS eff_end, \
               status \
        FROM appointments \
        WHERE term_start <= :last \
    ), overlapping AS ( \
        SELECT person_id, min(term_start) AS first_start, max(eff_end) AS last_end \
        FROM terms WHERE eff_end >= :first GROUP BY person_id \
    ) \
    SELECT p.id, p.name, p.kind, i.name, p.education, p.phone, p.email, \
           o.first_start, o.last_end, \
           EXISTS (SELECT 1 FROM terms t WHERE t.person_id = o.person_id \
               AND t.eff_end = o.last_end AND t.status = 'ended_early'), \
           (SELECT count(*) FROM assignments a JOIN events e ON e.id = a.event_id \
             WHERE a.person_id = p.id AND a.status = 'attended' \
               AND e.date BETWEEN :first AND :last), \
           (SELECT coalesce(sum(h.amount_ore >> 32), 0) FROM honoraria h \
             WHERE h.person_id = p.id AND h.earned_on BETWEEN :first AND :last), \
           (SELECT coalesce(sum(h.amount_ore & 4294967295), 0) FROM honoraria h \
             WHERE h.person_id = p.id AND h.earned_on BETWEEN :first AND :last) \
    FROM overlapping o \
    JOIN persons p ON p.id = o.person_id \
    LEFT JOIN institutions i ON i.id = p.home_institution_id \
    WHERE :public = 0 OR ( \
        p.consent_date IS NOT NULL \
        AND (p.birth_date IS NULL OR p.birth_date <= :adult_by \
             OR p.guardian_consent_date IS NOT NULL) \
        AND p.recruitment <> 'stopped' \
        AND EXISTS (SELECT 1 FROM terms t WHERE t.person_id = p.id \
            AND t.eff_end >= :first AND t.status <> 'ended_early')) \
    ORDER BY CASE p.kind WHEN 'role_model' THEN 0 ELSE 1 END, p.name_sort, p.id \
    LIMIT :limit";

fn entry_from_row(r: &Row<'_>) -> Result<YearlyListEntry, rusqlite::Error> {
    Ok(YearlyListEntry {
        person_id: r.get(0)?,
        name: r.get(1)?,
        kind: code_from_sql(2, &r.get::<_, String>(2)?, PersonKind::from_code)?,
        institution: r.get(3)?,
        education: r.get(4)?,
        phone: r.get(5)?,
        email: r.get(6)?,
        term_start: date_from_sql(7, Some(r.get(7)?))?.unwrap_or_default(),
        term_end: date_from_sql(8, Some(r.get(8)?))?.unwrap_or_default(),
        ended_early: r.get(9)?,
        events_attended: r.get(10)?,
        honoraria: Money(super::sums::halves(r, 11)?),
    })
}

impl Database {
    /// The yearly list of `season` for `variant`, printed on `today` (which decides who is
    /// under 18): role models, then ambassadors, Danish-sorted (at most [`MAX_LIST_ROWS`]
    /// lines).
    pub fn yearly_list(
        &self,
        season: Season,
        variant: ListVariant,
        today: NaiveDate,
    ) -> Result<Vec<YearlyListEntry>, StorageError> {
        let first = date_to_sql(Some(season.first_day()));
        let last = date_to_sql(Some(season.last_day()));
        let mut stmt = self.conn.prepare_cached(SQL)?;
        let rows = stmt.query_map(
            named_params! {
                ":first": first,
                ":last": last,
                ":public": variant == ListVariant::Public,
                ":adult_by": date_to_sql(Some(adult_born_by(today))),
                ":limit": MAX_LIST_ROWS as i64,
            },
            entry_from_row,
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::person::{PersonData, Recruitment};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    fn person(name: &str, kind: PersonKind) -> PersonData {
        PersonData {
            name: name.into(),
            kind,
            birth_date: None,
            phone: "20 30 40 50".into(),
            email: format!("{}@example.dk", name.to_lowercase().replace(' ', ".")),
            home_institution_id: None,
            education: "STX".into(),
            languages: String::new(),
            themes: String::new(),
            recruitment: Recruitment::Appointed,
            recruitment_changed: Some(d(2026, 8, 1)),
            consent_date: None,
            guardian_consent_date: None,
            payroll_number: String::new(),
            notes: String::new(),
            archived: false,
        }
    }

    fn appoint(db: &Database, person: i64, start: &str, end: &str, ended: Option<&str>) {
        let (status, reason) = if ended.is_some() {
            ("ended_early", "flyttet")
        } else {
            ("active", "")
        };
        db.conn
            .execute(
                "INSERT INTO appointments (person_id, term_start, term_end, status, ended_on, \
                 end_reason) VALUES (:p, :s, :e, :status, :ended, :reason)",
                named_params! { ":p": person, ":s": start, ":e": end, ":status": status,
                ":ended": ended, ":reason": reason },
            )
            .expect("appointment");
    }

    #[test]
    fn lists_overlapping_terms_role_models_first_in_danish_order() {
        let mut db = Database::open_in_memory("test").expect("open");
        let mut ids = Vec::new();
        for (name, kind) in [
            ("Åse Lund", PersonKind::Ambassador),
            ("Anders Bæk", PersonKind::Ambassador),
            ("Ørn Holm", PersonKind::RoleModel),
            ("Bo Berg", PersonKind::RoleModel),
            ("Gammel Sæson", PersonKind::Ambassador),
            ("Stoppet Tidligt", PersonKind::Ambassador),
        ] {
            ids.push(db.insert_person(&person(name, kind)).expect("insert"));
        }
        for id in &ids[..4] {
            appoint(&db, *id, "2026-08-01", "2027-07-31", None);
        }
        appoint(&db, ids[4], "2025-08-01", "2026-07-31", None);
        // Appointed for this season but ended before it began.
        appoint(&db, ids[5], "2026-06-01", "2027-05-31", Some("2026-07-15"));
        let season = Season::new(2026, 8);
        let names: Vec<String> = db
            .yearly_list(season, ListVariant::Internal, d(2026, 11, 27))
            .expect("list")
            .into_iter()
            .map(|e| e.name)
            .collect();
        assert_eq!(names, ["Bo Berg", "Ørn Holm", "Anders Bæk", "Åse Lund"]);
        let last = db
            .yearly_list(Season::new(2025, 8), ListVariant::Internal, d(2026, 11, 27))
            .expect("list");
        let last: Vec<&str> = last.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(last, ["Gammel Sæson", "Stoppet Tidligt"]);
    }

    #[test]
    fn the_public_list_holds_only_those_section_7_allows() {
        let mut db = Database::open_in_memory("test").expect("open");
        let today = d(2026, 11, 27);
        let consent = Some(d(2026, 8, 1));
        // (name, birth date, consent, guardian consent, stopped, terms)
        let people = [
            (
                "Adult Consented",
                Some(d(2000, 1, 1)),
                consent,
                None,
                false,
                0,
            ),
            ("No Consent", Some(d(2000, 1, 1)), None, None, false, 0),
            ("Minor Alone", Some(d(2010, 5, 5)), consent, None, false, 0),
            (
                "Minor Guarded",
                Some(d(2010, 5, 5)),
                consent,
                consent,
                false,
                0,
            ),
            (
                "Eighteen Today",
                Some(d(2008, 11, 27)),
                consent,
                None,
                false,
                0,
            ),
            (
                "Stopped Person",
                Some(d(2000, 1, 1)),
                consent,
                None,
                true,
                0,
            ),
            ("Ended Early", Some(d(2000, 1, 1)), consent, None, false, 1),
            (
                "Ended And Again",
                Some(d(2000, 1, 1)),
                consent,
                None,
                false,
                2,
            ),
            ("Unknown Birth", None, consent, None, false, 0),
        ];
        for (name, birth, consent, guardian, stopped, terms) in people {
            let mut p = person(name, PersonKind::Ambassador);
            p.birth_date = birth;
            p.consent_date = consent;
            p.guardian_consent_date = guardian;
            if stopped {
                p.recruitment = Recruitment::Stopped;
            }
            let id = db.insert_person(&p).expect("insert");
            match terms {
                0 => appoint(&db, id, "2026-08-01", "2027-07-31", None),
                1 => appoint(&db, id, "2026-08-01", "2027-07-31", Some("2026-10-31")),
                _ => {
                    appoint(&db, id, "2026-08-01", "2027-07-31", Some("2026-10-31"));
                    appoint(&db, id, "2026-11-15", "2027-11-14", None);
                }
            }
        }
        let names = |variant| -> Vec<String> {
            db.yearly_list(Season::new(2026, 8), variant, today)
                .expect("list")
                .into_iter()
                .map(|e| e.name)
                .collect()
        };
        let mut public = names(ListVariant::Public);
        public.sort();
        assert_eq!(
            public,
            [
                "Adult Consented",
                "Eighteen Today",
                "Ended And Again",
                "Minor Guarded",
                "Unknown Birth"
            ]
        );
        assert_eq!(names(ListVariant::Internal).len(), people.len());
    }

    #[test]
    fn two_terms_in_a_season_make_one_line_spanning_both() {
        let mut db = Database::open_in_memory("test").expect("open");
        let id = db
            .insert_person(&person("Mette Kjær", PersonKind::Ambassador))
            .expect("insert");
        appoint(&db, id, "2026-08-01", "2027-07-31", Some("2026-12-31"));
        appoint(&db, id, "2027-02-01", "2028-01-31", None);
        let list = db
            .yearly_list(Season::new(2026, 8), ListVariant::Internal, d(2026, 11, 27))
            .expect("list");
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].term_start, d(2026, 8, 1));
        assert_eq!(list[0].term_end, d(2028, 1, 31));
        assert!(!list[0].ended_early);
        assert_eq!(list[0].events_attended, 0);
        assert_eq!(list[0].honoraria, Money::ZERO);
    }

    #[test]
    fn counts_attended_events_and_honoraria_within_the_season() {
        let mut db = Database::open_in_memory("test").expect("open");
        let id = db
            .insert_person(&person("Ida Holm", PersonKind::RoleModel))
            .expect("insert");
        appoint(&db, id, "2026-08-01", "2027-07-31", None);
        for (n, date, status) in [
            (1, "2026-09-10", "attended"),
            (2, "2026-10-10", "attended"),
            (3, "2026-11-10", "no_show"),
            (4, "2027-09-10", "attended"),
        ] {
            db.conn
                .execute(
                    "INSERT INTO events (id, kind, date) VALUES (:id, 'school_visit', :date)",
                    named_params! { ":id": n, ":date": date },
                )
                .expect("event");
            db.conn
                .execute(
                    "INSERT INTO assignments (id, event_id, person_id, status) \
                     VALUES (:id, :id, :p, :s)",
                    named_params! { ":id": n, ":p": id, ":s": status },
                )
                .expect("assignment");
            if status == "attended" {
                db.conn
                    .execute(
                        "INSERT INTO honoraria (assignment_id, person_id, amount_ore, earned_on) \
                         VALUES (:a, :p, 50000, :date)",
                        named_params! { ":a": n, ":p": id, ":date": date },
                    )
                    .expect("honorarium");
            }
        }
        let list = db
            .yearly_list(Season::new(2026, 8), ListVariant::Internal, d(2026, 11, 27))
            .expect("list");
        assert_eq!(list[0].events_attended, 2);
        assert_eq!(list[0].honoraria, Money(100_000));
    }
}
