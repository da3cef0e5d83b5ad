//! The figures of DESIGN §4 written out as plain SQL over a database file — the independent
//! oracle the story and screen tests compare with (never the code's own budget functions).

use rusqlite::{Connection, named_params};

/// Øre the Danish way, written out here rather than taken from korps: `146.189,00 kr.`.
pub fn danish(ore: i64) -> String {
    let kroner = (ore.abs() / 100).to_string();
    let mut grouped = String::new();
    for (i, c) in kroner.chars().enumerate() {
        if i > 0 && (kroner.len() - i).is_multiple_of(3) {
            grouped.push('.');
        }
        grouped.push(c);
    }
    let sign = if ore < 0 { "-" } else { "" };
    format!("{sign}{grouped},{:02} kr.", ore.abs() % 100)
}

/// The rate of a booking on event `e` for person `p` (aliases in the query that uses it): the
/// newest stored rate in force on the event date, plus its hourly part for the planned length
/// rounded half up — DESIGN §4 "at the rate that will apply".
pub const RATE: &str = "(SELECT r.amount_ore + CASE WHEN r.per_hour_ore IS NULL \
       OR e.start_time IS NULL OR e.end_time IS NULL THEN 0 \
       ELSE (r.per_hour_ore * ((strftime('%s', '2000-01-01 ' || e.end_time) \
             - strftime('%s', '2000-01-01 ' || e.start_time)) / 60) + 30) / 60 END \
     FROM honorarium_rates r WHERE r.event_kind = e.kind AND r.person_kind = KIND \
       AND r.effective_from <= e.date ORDER BY r.effective_from DESC, r.id DESC LIMIT 1)";

/// The §4 figures of one year, by plain SQL.
#[derive(Debug)]
pub struct Oracle {
    pub budget: i64,
    pub threshold_percent: i64,
    pub spent: i64,
    pub forecast: i64,
    pub unstaffed: i64,
}

pub fn oracle(conn: &Connection, year: i32) -> Oracle {
    let (from, to) = (format!("{year:04}-01-01"), format!("{:04}-01-01", year + 1));
    let p = named_params! { ":from": from, ":to": to };
    let sum = |sql: &str| -> i64 { conn.query_row(sql, p, |r| r.get(0)).expect(sql) };
    let honoraria = |statuses: &str| {
        sum(&format!(
            "SELECT coalesce(sum(amount_ore), 0) FROM honoraria WHERE status IN ({statuses}) \
             AND earned_on >= :from AND earned_on < :to"
        ))
    };
    let expenses = sum("SELECT coalesce(sum(amount_ore), 0) FROM expenses \
         WHERE spent_on >= :from AND spent_on < :to");
    let open_events = "e.status IN ('requested', 'planned', 'confirmed') \
                       AND e.date >= :from AND e.date < :to";
    let planned = sum(&format!(
        "SELECT coalesce(sum({}), 0) FROM assignments a JOIN events e ON e.id = a.event_id \
         JOIN persons p ON p.id = a.person_id \
         WHERE a.status IN ('booked', 'confirmed') AND {open_events}",
        RATE.replace("KIND", "p.kind")
    ));
    // Open places: needed minus those booked, confirmed or attended, per kind, never below 0.
    let open = |kind: &str, column: &str| {
        sum(&format!(
            "SELECT coalesce(sum(max(0, e.{column} - (SELECT count(*) FROM assignments a \
               JOIN persons p ON p.id = a.person_id WHERE a.event_id = e.id \
               AND p.kind = '{kind}' AND a.status IN ('booked', 'confirmed', 'attended'))) \
               * coalesce({}, 0)), 0) FROM events e WHERE {open_events}",
            RATE.replace("KIND", &format!("'{kind}'"))
        ))
    };
    let unstaffed =
        open("role_model", "needs_role_models") + open("ambassador", "needs_ambassadors");
    let (budget, threshold_percent) = conn
        .query_row(
            // A year without a row has the defaults: 50.000 kr., warning at 80 %.
            "SELECT coalesce((SELECT amount_ore FROM budgets WHERE year = :year), 5000000), \
                    coalesce((SELECT threshold_percent FROM budgets WHERE year = :year), 80)",
            named_params! { ":year": year },
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("the year's budget");
    let spent = honoraria("'paid'") + expenses;
    let committed = spent + honoraria("'approved', 'awaiting'");
    Oracle {
        budget,
        threshold_percent,
        spent,
        forecast: committed + planned,
        unstaffed,
    }
}
