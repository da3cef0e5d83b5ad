//! The committee status report's facts: per year the budget as `korps budget` and the Budget
//! screen read it ([`Database::budget_report`], one source for every figure and flag), the
//! events per month, the events held by kind, pupils reached, appointments and schools
//! visited; and the primary schools not visited in the season.
//!
//! Decisions:
//! - The years *shown* are the reported span (one year, or the project period) and, for a
//!   one-year report, the year before it for comparison ("this year against last year").
//! - "appointed" counts persons with an appointment whose term starts in the year;
//!   "pupils reached" is the expected pupils of held events (attendance logs people, not pupils).
//! - Events per month: held, and still to come (requested, planned or confirmed); cancelled
//!   events are not counted.
//! - "Schools visited" in a year: distinct active primary schools where an event was held.
//! - "Not visited this season" is the dashboard's definition ([`Database::schools_not_visited`]:
//!   no event other than cancelled in the season), for the season of the report's last day, or
//!   of today when today falls in the reported span.

use chrono::NaiveDate;
use rusqlite::named_params;

use super::budget::BudgetReport;
use super::{Database, StorageError, code_from_sql};
use crate::domain::event::EventKind;
use crate::domain::season::Season;

/// How many names of schools not visited the report lists at most.
pub const MAX_SCHOOLS: usize = 5_000;

/// Events of one month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct EventMonth {
    /// Held.
    pub held: i64,
    /// Requested, planned or confirmed (not yet held).
    pub coming: i64,
}

/// One year of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportYear {
    pub year: i32,
    /// Whether the year is reported (false: the year before, shown for comparison).
    pub reported: bool,
    /// The budget as the Budget screen and `korps budget` show it: figures, flags, months.
    pub budget: BudgetReport,
    /// Events per month, January first.
    pub events_by_month: [EventMonth; 12],
    /// Events held, by kind (in [`EventKind::ALL`] order, kinds without events left out).
    pub held_by_kind: Vec<(EventKind, i64)>,
    pub pupils: i64,
    pub ambassadors: i64,
    pub role_models: i64,
    pub schools_visited: i64,
}

impl ReportYear {
    /// Events held in the year.
    pub fn events_held(&self) -> i64 {
        self.held_by_kind.iter().map(|(_, n)| n).sum()
    }
}

/// The facts of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportFacts {
    pub from_year: i32,
    pub to_year: i32,
    /// The years shown, oldest first (see the module doc).
    pub years: Vec<ReportYear>,
    /// The season the school lists are for.
    pub season: Season,
    /// Active primary schools.
    pub schools: i64,
    /// How many of them had no event in the season.
    pub not_visited_total: usize,
    /// Their names, in Danish order (at most [`MAX_SCHOOLS`]).
    pub not_visited: Vec<String>,
}

impl ReportFacts {
    /// The reported years (without the comparison year).
    pub fn reported(&self) -> impl Iterator<Item = &ReportYear> {
        self.years.iter().filter(|y| y.reported)
    }
}

impl Database {
    /// Whether a report on `year` makes sense: the year lies in the project period or has a
    /// budget of its own. Otherwise it would report on a default budget nobody set.
    pub fn report_year_known(&self, year: i32, today: NaiveDate) -> Result<bool, StorageError> {
        let (period, _) = self.project_period(today)?;
        Ok(period.contains(year) || self.budget_year(year)?.version != 0)
    }

    /// The report's facts for the years `from_year..=to_year`, judged on `today`, with the
    /// school lists for seasons starting in `season_start_month`.
    pub fn report_facts(
        &self,
        from_year: i32,
        to_year: i32,
        today: NaiveDate,
        season_start_month: u32,
    ) -> Result<ReportFacts, StorageError> {
        let first_shown = if from_year == to_year {
            from_year - 1
        } else {
            from_year
        };
        let mut years = Vec::new();
        for year in first_shown..=to_year {
            years.push(self.report_year(year, year >= from_year, today)?);
        }
        let last_day = NaiveDate::from_ymd_opt(to_year, 12, 31).unwrap_or(today);
        let first_day = NaiveDate::from_ymd_opt(from_year, 1, 1).unwrap_or(today);
        let judged = if (first_day..=last_day).contains(&today) {
            today
        } else {
            last_day
        };
        let season = Season::containing(judged, season_start_month);
        let (not_visited_total, not_visited) =
            self.schools_not_visited_up_to(season.first_day(), season.last_day(), MAX_SCHOOLS)?;
        let schools = self
            .conn
            .prepare_cached(
                "SELECT count(*) FROM institutions \
                 WHERE kind = 'primary_school' AND active = 1",
            )?
            .query_row([], |r| r.get(0))?;
        Ok(ReportFacts {
            from_year,
            to_year,
            years,
            season,
            schools,
            not_visited_total,
            not_visited: not_visited.into_iter().map(|(_, name)| name).collect(),
        })
    }

    fn report_year(
        &self,
        year: i32,
        reported: bool,
        today: NaiveDate,
    ) -> Result<ReportYear, StorageError> {
        let from = format!("{year:04}-01-01");
        let to = format!("{:04}-01-01", year + 1);
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
        let mut held_by_kind = Vec::new();
        let mut pupils = 0i64;
        let mut stmt = self.conn.prepare_cached(
            "SELECT kind, count(*), coalesce(sum(expected_pupils), 0) FROM events \
             WHERE status = 'held' AND date >= :from AND date < :to GROUP BY kind LIMIT 10",
        )?;
        for row in stmt.query_map(span, |r| {
            Ok((
                code_from_sql(0, &r.get::<_, String>(0)?, EventKind::from_code)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })? {
            let (kind, n, p) = row?;
            held_by_kind.push((kind, n));
            pupils = pupils.saturating_add(p);
        }
        held_by_kind.sort_by_key(|(k, _)| EventKind::ALL.iter().position(|x| x == k));
        let mut events_by_month = [EventMonth::default(); 12];
        let mut stmt = self.conn.prepare_cached(
            "SELECT CAST(substr(date, 6, 2) AS INTEGER), status = 'held', count(*) FROM events \
             WHERE status <> 'cancelled' AND date >= :from AND date < :to \
             GROUP BY 1, 2 LIMIT 24",
        )?;
        let mut rows = stmt.query(span)?;
        while let Some(r) = rows.next()? {
            let month: i64 = r.get(0)?;
            let held: bool = r.get(1)?;
            let n: i64 = r.get(2)?;
            let slot = usize::try_from(month - 1)
                .ok()
                .and_then(|i| events_by_month.get_mut(i));
            if let Some(slot) = slot {
                if held {
                    slot.held = n;
                } else {
                    slot.coming = n;
                }
            }
        }
        let schools_visited = self
            .conn
            .prepare_cached(
                "SELECT count(*) FROM institutions i WHERE i.kind = 'primary_school' \
                 AND i.active = 1 AND EXISTS (SELECT 1 FROM events e \
                 WHERE e.institution_id = i.id AND e.status = 'held' \
                 AND e.date >= :from AND e.date < :to)",
            )?
            .query_row(span, |r| r.get(0))?;
        Ok(ReportYear {
            year,
            reported,
            budget: self.budget_report(year, today)?,
            events_by_month,
            held_by_kind,
            pupils,
            ambassadors: appointed("ambassador")?,
            role_models: appointed("role_model")?,
            schools_visited,
        })
    }
}
