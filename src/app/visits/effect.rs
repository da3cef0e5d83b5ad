//! The storage work of the Besøg and Oversigt screens, and [`perform`], which runs it and turns
//! the result into a [`VisitsAction`]. The picker's verdicts are computed here (storage facts →
//! `domain::schedule::Picker`), once per opening, never while drawing.

use std::path::PathBuf;

use chrono::{Days, NaiveDate, NaiveDateTime};

use super::action::VisitsAction;
use super::state::{EventDetail, FormMoney, OverviewData, PickerCosts, monday_of};
use crate::app::action::Action;
use crate::domain::event::{EventData, EventStatus};
use crate::domain::event_money::BookingCounts;
use crate::domain::person::PersonKind;
use crate::domain::school_holidays::SchoolHoliday;
use crate::domain::season::Season;
use crate::export;
use crate::i18n::{self, Lang};
use crate::storage::booking::{BookOutcome, NewBooking};
use crate::storage::command::{Command, Done};
use crate::storage::events::{EventChangeError, EventFilter};
use crate::storage::{Database, StorageError};

/// How many days ahead the dashboard looks for events lacking people.
pub const STAFF_ALERT_DAYS: u64 = 14;
/// How many days ahead the dashboard looks for appointments ending.
pub const ENDING_ALERT_DAYS: u64 = 30;
/// The most rows each of Oversigt's lists shows (the two weeks, the events short of people,
/// the appointments ending; Besøg and Udpegninger have them all): a dashboard of a large corps
/// stays a summary, read and drawn in the same time at any size.
pub const OVERVIEW_ROWS: usize = 25;
/// The most schools without a visit Oversigt names.
pub const OVERVIEW_SCHOOLS: usize = 5;

/// Storage work of the Besøg and Oversigt screens.
#[derive(Debug, Clone, PartialEq)]
pub enum VisitsEffect {
    LoadWeek(NaiveDate),
    LoadList {
        filter: EventFilter,
        offset: usize,
    },
    LoadDetail(i64),
    /// The rates and the edited event's bookings, for the event form's open-needs line.
    LoadFormMoney(Option<i64>),
    /// Where event `id` stands in the list of `filter` (the cursor lands on it after a save).
    Locate {
        filter: EventFilter,
        id: i64,
    },
    SaveEvent {
        existing: Option<(i64, i64)>,
        data: Box<EventData>,
        today: NaiveDate,
    },
    CancelEvent {
        id: i64,
        version: i64,
        reason: String,
        today: NaiveDate,
    },
    OpenPicker {
        event_id: i64,
        season: Season,
        message: Option<String>,
    },
    Book {
        event_id: i64,
        bookings: Vec<NewBooking>,
        season: Season,
    },
    Unbook {
        event_id: i64,
        person_id: i64,
        season: Season,
    },
    LoadHolidays(i32),
    SaveHolidays {
        year: i32,
        rows: Vec<SchoolHoliday>,
    },
    FindInstitution(String),
    Export {
        path: PathBuf,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        corps: String,
        dtstamp: NaiveDateTime,
    },
    LoadOverview {
        today: NaiveDate,
        season: Season,
    },
}

/// Runs `effect` against `db`.
pub fn perform(db: &mut Database, effect: VisitsEffect, lang: Lang) -> Action {
    match run(db, effect, lang) {
        Ok(action) => Action::Visits(action),
        Err(EventChangeError::Rule(e)) => Action::Failed(i18n::event_error(e).get(lang).into()),
        Err(EventChangeError::Storage(StorageError::Conflict)) => {
            Action::Conflict(StorageError::Conflict.message(lang))
        }
        Err(EventChangeError::Storage(e)) => Action::Failed(e.message(lang)),
    }
}

/// The name of an event for titles and messages: `tor 3.12.2026 10:00 Skovvejens Skole`.
pub fn event_label(data: &EventData, institution: Option<&str>, lang: Lang) -> String {
    let mut s = crate::i18n::format_date(data.date, lang);
    if let Some(start) = data.start {
        s.push(' ');
        s.push_str(&start.format("%H:%M").to_string());
    }
    s.push(' ');
    s.push_str(institution.unwrap_or_else(|| i18n::event_kind(data.kind).get(lang)));
    s
}

fn run(
    db: &mut Database,
    effect: VisitsEffect,
    lang: Lang,
) -> Result<VisitsAction, EventChangeError> {
    Ok(match effect {
        VisitsEffect::LoadWeek(monday) => {
            let sunday = monday + Days::new(6);
            VisitsAction::WeekLoaded {
                monday,
                rows: db.events_between(monday, sunday)?,
                holidays: db.school_holidays_between(monday, sunday)?,
            }
        }
        VisitsEffect::LoadList { filter, offset } => {
            let total = db.count_events(&filter)?;
            let offset = offset.min(total.saturating_sub(1));
            let rows = db.list_events(&filter, offset, crate::app::list::WINDOW)?;
            VisitsAction::ListLoaded {
                total,
                offset,
                rows,
            }
        }
        VisitsEffect::LoadDetail(id) => {
            let event = db.event(id)?;
            let institution = institution_name(db, event.data.institution_id)?;
            let bookings = db.event_bookings(id)?;
            VisitsAction::DetailLoaded(Box::new(EventDetail {
                event,
                institution,
                bookings,
            }))
        }
        VisitsEffect::LoadFormMoney(event_id) => {
            let counts = match event_id {
                Some(id) => BookingCounts::of(
                    db.event_bookings(id)?
                        .into_iter()
                        .map(|b| (b.kind, b.status)),
                ),
                None => BookingCounts::default(),
            };
            VisitsAction::FormMoneyLoaded(Box::new(FormMoney {
                event_id,
                rates: db.rates_for_planning()?,
                counts,
            }))
        }
        VisitsEffect::Locate { filter, id } => VisitsAction::Located {
            id,
            position: db.event_position(&filter, id)?,
        },
        VisitsEffect::SaveEvent {
            existing,
            data,
            today,
        } => {
            let _ = today;
            let id = db
                .run(Command::SaveEvent {
                    existing,
                    data: data.clone(),
                })?
                .id()
                .ok_or(StorageError::NotFound)?;
            let name = institution_name(db, data.institution_id)?;
            VisitsAction::Saved {
                message: i18n::VIS_SAVED.fill(
                    lang,
                    &[("event", &event_label(&data, name.as_deref(), lang))],
                ),
                select: Some((id, data.date)),
            }
        }
        VisitsEffect::CancelEvent {
            id,
            version,
            reason,
            today,
        } => {
            let _ = today;
            db.run(Command::CancelEvent {
                id,
                version,
                reason,
            })?;
            let date = db.event(id)?.data.date;
            VisitsAction::Saved {
                message: i18n::VIS_CANCELLED_EVENT.get(lang).to_string(),
                select: Some((id, date)),
            }
        }
        VisitsEffect::OpenPicker {
            event_id,
            season,
            message,
        } => picker(db, event_id, season, message, lang)?,
        VisitsEffect::Book {
            event_id,
            bookings,
            season,
        } => match db.run(Command::Book {
            event_id,
            bookings,
            season,
        })? {
            Done::Booked(BookOutcome::Booked(n)) => {
                let message = i18n::VIS_BOOKED.fill(lang, &[("n", &n.to_string())]);
                picker(db, event_id, season, Some(message), lang)?
            }
            Done::Booked(BookOutcome::Blocked(blocked)) => {
                let names: Vec<String> = blocked.into_iter().map(|(n, _)| n).collect();
                VisitsAction::PickerRefused(
                    i18n::VIS_BOOK_BLOCKED.fill(lang, &[("names", &names.join(", "))]),
                )
            }
            _ => return Err(StorageError::NotFound.into()),
        },
        VisitsEffect::Unbook {
            event_id,
            person_id,
            season,
        } => {
            db.run(Command::Unbook {
                event_id,
                person_id,
            })?;
            let message = i18n::VIS_UNBOOKED.get(lang).to_string();
            picker(db, event_id, season, Some(message), lang)?
        }
        VisitsEffect::LoadHolidays(year) => VisitsAction::HolidaysLoaded {
            year,
            rows: db.school_holidays_of_year(year)?,
        },
        VisitsEffect::SaveHolidays { year, rows } => {
            db.run(Command::ReplaceSchoolHolidays { year, rows })?;
            VisitsAction::Saved {
                message: i18n::VIS_HOLIDAYS_SAVED.fill(
                    lang,
                    &[("year", &format!("{year}/{:02}", (year + 1) % 100))],
                ),
                select: None,
            }
        }
        VisitsEffect::FindInstitution(query) => {
            VisitsAction::InstitutionFound(db.institution_choices(&query, 1)?.into_iter().next())
        }
        VisitsEffect::Export {
            path,
            from,
            to,
            corps,
            dtstamp,
        } => {
            let entries = db.calendar_entries(from, to, None)?;
            let cal = export::visits_ics::calendar(&entries, &corps, lang);
            let text = export::ical::render(&cal, dtstamp);
            export::write_private(&path, text.as_bytes())
                .map_err(|e| EventChangeError::Storage(export::storage_error(e, &path)))?;
            VisitsAction::Exported(path, entries.len())
        }
        VisitsEffect::LoadOverview { today, season } => {
            // Each list is a count and a bounded read: the screen shows the first ones and says
            // how many more there are.
            let monday = monday_of(today);
            let (weeks_total, weeks) =
                db.first_events_between(monday, monday + Days::new(13), OVERVIEW_ROWS)?;
            let (understaffed_total, understaffed) = db.first_events_short_of_people(
                today,
                today + Days::new(STAFF_ALERT_DAYS),
                OVERVIEW_ROWS,
            )?;
            let (ending_total, ending) =
                db.appointments_ending(today, today + Days::new(ENDING_ALERT_DAYS), OVERVIEW_ROWS)?;
            let (unvisited_total, unvisited) = db.schools_not_visited_up_to(
                season.first_day(),
                season.last_day(),
                OVERVIEW_SCHOOLS,
            )?;
            VisitsAction::OverviewLoaded(Box::new(OverviewData {
                weeks,
                weeks_total,
                understaffed,
                understaffed_total,
                ending,
                ending_total,
                unvisited_total,
                unvisited,
            }))
        }
    })
}

fn institution_name(db: &Database, id: i64) -> Result<Option<String>, StorageError> {
    if id <= 0 {
        return Ok(None);
    }
    match db.institution(id) {
        Ok(i) => Ok(Some(i.data.name)),
        Err(StorageError::NotFound) => Ok(None),
        Err(e) => Err(e),
    }
}

fn picker(
    db: &mut Database,
    event_id: i64,
    season: Season,
    message: Option<String>,
    lang: Lang,
) -> Result<VisitsAction, EventChangeError> {
    let event = db.event(event_id)?;
    let rows = db.picker_rows(
        Some(event_id),
        &event.data,
        season.first_day(),
        season.last_day(),
    )?;
    let name = institution_name(db, event.data.institution_id)?;
    let label = event_label(&event.data, name.as_deref(), lang);
    let d = &event.data;
    let cost = |kind| db.planned_honorarium(d.kind, kind, d.date, d.duration_minutes());
    let costs = PickerCosts {
        role_model: cost(PersonKind::RoleModel)?,
        ambassador: cost(PersonKind::Ambassador)?,
    };
    Ok(VisitsAction::PickerLoaded {
        event: Box::new(event),
        label,
        rows,
        costs,
        message,
    })
}

/// Whether an event with `status` may still be booked on.
pub fn bookable(status: EventStatus) -> bool {
    status.is_open()
}
