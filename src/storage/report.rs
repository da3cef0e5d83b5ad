//! The committee status report's facts for a span of calendar years (one year, or the project
//! period): appointments, events held by kind, pupils reached, primary schools visited and not,
//! honoraria paid, expenses, and per year the budget figures and flags.
//!
//! Decisions: "appointed" counts persons with an appointment whose term starts in the span;
//! "pupils reached" is the expected pupils of held events (attendance logs people, not pupils);
//! a primary school counts as visited when an event held in the span took place there; schools
//! listed are the active primary schools (at most [`MAX_SCHOOLS`] names).

use chrono::NaiveDate;
use rusqlite::named_params;

use super::{Database, StorageError, code_from_sql};
use crate::domain::budget::{BudgetFigures, BudgetFlag};
use crate::domain::event::EventKind;

/// How many school names the report lists per group.
pub const MAX_SCHOOLS: i64 = 1_000;

/// One year's line of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportYear {
    pub year: i32,
    pub figures: BudgetFigures,
    pub flags: Vec<BudgetFlag>,
}

/// The facts of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportFacts {
    pub from_year: i32,
    pub to_year: i32,
    pub ambassadors: i64,
    pub role_models: i64,
    pub events_by_kind: Vec<(EventKind, i64)>,
    pub pupils: i64,
    pub visited: Vec<String>,
    pub not_visited: Vec<String>,
    pub honoraria_paid: i64,
    pub expenses: i64,
    pub years: Vec<ReportYear>,
}

impl Database {
    /// The report's facts for the years `from_year..=to_year`, judged on `today`.
    pub fn report_facts(
        &self,
        from_year: i32,
        to_year: i32,
        today: NaiveDate,
    ) -> Result<ReportFacts, StorageError> {
        let from = format!("{from_year:04}-01-01");
        let to = format!("{:04}-01-01", to_year + 1);
        let span = named_params! { ":from": from, ":to": to };
        let appointed = |kind: &str| -> Result<i64, StorageError> {
            Ok(self
                .conn
                .prepare_cached(
                    "SELECT count(DISTINCT a.person_id) FROM appointments a \
                     JOIN persons p ON p.id = a.person_id \
                     WHERE p.kind = :kind AND a.term_start >= :from AND a.term_start < :to",
                )?
                .query_row(
                    named_params! { ":kind": kind, ":from": from, ":to": to },
                    |r| r.get(0),
                )?)
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT kind, count(*), coalesce(sum(expected_pupils), 0) FROM events \
             WHERE status = 'held' AND date >= :from AND date < :to GROUP BY kind LIMIT 10",
        )?;
        let mut events_by_kind = Vec::new();
        let mut pupils = 0i64;
        for row in stmt.query_map(span, |r| {
            Ok((
                code_from_sql(0, &r.get::<_, String>(0)?, EventKind::from_code)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })? {
            let (kind, n, p) = row?;
            events_by_kind.push((kind, n));
            pupils = pupils.saturating_add(p);
        }
        events_by_kind.sort_by_key(|(k, _)| EventKind::ALL.iter().position(|x| x == k));
        let schools = |visited: bool| -> Result<Vec<String>, StorageError> {
            let sql = format!(
                "SELECT i.name FROM institutions i WHERE i.kind = 'primary_school' \
                 AND i.active = 1 AND {} EXISTS (SELECT 1 FROM events e \
                 WHERE e.institution_id = i.id AND e.status = 'held' \
                 AND e.date >= :from AND e.date < :to) ORDER BY i.name_sort LIMIT :limit",
                if visited { "" } else { "NOT" }
            );
            let mut stmt = self.conn.prepare_cached(&sql)?;
            let rows = stmt.query_map(
                named_params! { ":from": from, ":to": to, ":limit": MAX_SCHOOLS },
                |r| r.get(0),
            )?;
            Ok(rows.collect::<Result<_, _>>()?)
        };
        let sum = |sql: &str| -> Result<i64, StorageError> {
            Ok(self
                .conn
                .prepare_cached(sql)?
                .query_row(span, |r| r.get(0))?)
        };
        let mut years = Vec::new();
        for year in from_year..=to_year {
            let (figures, flags) = self.budget_figures(year, today)?;
            years.push(ReportYear {
                year,
                figures,
                flags,
            });
        }
        Ok(ReportFacts {
            from_year,
            to_year,
            ambassadors: appointed("ambassador")?,
            role_models: appointed("role_model")?,
            events_by_kind,
            pupils,
            visited: schools(true)?,
            not_visited: schools(false)?,
            honoraria_paid: sum(
                "SELECT coalesce(sum(amount_ore), 0) FROM honoraria WHERE status = 'paid' \
                 AND earned_on >= :from AND earned_on < :to",
            )?,
            expenses: sum("SELECT coalesce(sum(amount_ore), 0) FROM expenses \
                 WHERE spent_on >= :from AND spent_on < :to")?,
            years,
        })
    }
}
