//! The dialogs of appointments: the appoint picker, end early, renew, and a person's
//! unavailability. Each holds its own fields and validates inline: a bad value gets its message
//! next to the field and nothing is written.

use chrono::NaiveDate;
use tui_input::Input;

use crate::domain::appointment::{Appointment, default_end};
use crate::domain::date::{format_date_short, parse_date};
use crate::domain::person::PersonRow;
use crate::domain::schedule::Unavailability;
use crate::domain::season::Season;
use crate::i18n::{self, Lang};

/// An open appointments dialog.
#[derive(Debug, Clone)]
pub enum Dialog {
    Appoint(AppointDialog),
    EndEarly(EndEarlyDialog),
    Renew(RenewDialog),
    Unavailability(UnavailabilityDialog),
}

/// Which keys a dialog takes (see `keymap::dialog`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogMode {
    Appoint,
    EndEarly,
    Renew,
    Unavailability,
}

impl Dialog {
    pub fn mode(&self) -> DialogMode {
        match self {
            Dialog::Appoint(_) => DialogMode::Appoint,
            Dialog::EndEarly(_) => DialogMode::EndEarly,
            Dialog::Renew(_) => DialogMode::Renew,
            Dialog::Unavailability(_) => DialogMode::Unavailability,
        }
    }

    /// Whether the dialog asks a yes/no question (then the yes/no keys apply).
    pub fn asks(&self) -> bool {
        matches!(self, Dialog::Unavailability(d) if d.confirm_delete.is_some())
    }

    /// The message at the bottom of the dialog (a refusal, a storage error).
    pub fn set_message(&mut self, text: String) {
        let slot = match self {
            Dialog::Appoint(d) => &mut d.message,
            Dialog::EndEarly(d) => &mut d.message,
            Dialog::Renew(d) => &mut d.message,
            Dialog::Unavailability(d) => &mut d.message,
        };
        *slot = Some(text);
    }
}

/// A date field's value or its message (empty text is "required").
pub fn check_date(input: &Input, today: NaiveDate, lang: Lang) -> Result<NaiveDate, String> {
    parse_date(input.value(), today)
        .map_err(|e| i18n::date_error_for_input(&e, input.value(), today, lang))
}

/// Where the focus is in the appoint picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppointFocus {
    Search,
    List,
    Start,
    End,
}

/// Appoint one or several persons: search, tick, and the term.
#[derive(Debug, Clone)]
pub struct AppointDialog {
    pub season: Season,
    pub search: Input,
    /// The persons matching the search (at most `PICKER_LIMIT`) and how many match in all.
    pub matches: Vec<PersonRow>,
    pub total: usize,
    pub loading: bool,
    pub cursor: usize,
    /// The ticked persons `(id, name)`, kept across searches.
    pub ticked: Vec<(i64, String)>,
    pub start: Input,
    pub end: Input,
    /// Whether the end was typed (else it follows the start).
    pub end_touched: bool,
    pub focus: AppointFocus,
    pub start_error: Option<String>,
    pub end_error: Option<String>,
    pub message: Option<String>,
}

impl AppointDialog {
    /// A picker for `season`: the term starts today when today is in the season, else on the
    /// season's first day.
    pub fn new(season: Season, today: NaiveDate) -> AppointDialog {
        let start = if season.contains(today) {
            today
        } else {
            season.first_day()
        };
        AppointDialog {
            season,
            search: Input::default(),
            matches: Vec::new(),
            total: 0,
            loading: true,
            cursor: 0,
            ticked: Vec::new(),
            start: Input::new(format_date_short(start)),
            end: Input::new(format_date_short(default_end(start))),
            end_touched: false,
            focus: AppointFocus::Search,
            start_error: None,
            end_error: None,
            message: None,
        }
    }

    pub fn is_ticked(&self, id: i64) -> bool {
        self.ticked.iter().any(|(t, _)| *t == id)
    }

    /// Ticks or unticks the person under the cursor.
    pub fn toggle(&mut self) {
        let Some(row) = self.matches.get(self.cursor) else {
            return;
        };
        if self.is_ticked(row.id) {
            self.ticked.retain(|(t, _)| *t != row.id);
        } else {
            self.ticked.push((row.id, row.name.clone()));
        }
        self.message = None;
    }

    /// After the start changed: the end follows unless it was typed.
    pub fn start_changed(&mut self, today: NaiveDate) {
        if self.end_touched {
            return;
        }
        if let Ok(start) = parse_date(self.start.value(), today) {
            self.end = Input::new(format_date_short(default_end(start)));
        }
    }

    /// Validates the term: sets the messages and returns `(start, end)` when valid.
    pub fn check(&mut self, today: NaiveDate, lang: Lang) -> Option<(NaiveDate, NaiveDate)> {
        let start = check_date(&self.start, today, lang);
        let end = check_date(&self.end, today, lang);
        self.start_error = start.as_ref().err().cloned();
        self.end_error = end.as_ref().err().cloned();
        let (Ok(start), Ok(end)) = (start, end) else {
            return None;
        };
        if end < start {
            self.end_error = Some(i18n::APPTERR_END_BEFORE_START.get(lang).to_string());
            return None;
        }
        Some((start, end))
    }
}

/// End a term early: the last day and the reason, both required.
#[derive(Debug, Clone)]
pub struct EndEarlyDialog {
    pub appointment: Appointment,
    pub name: String,
    pub date: Input,
    pub reason: Input,
    /// 0: date, 1: reason.
    pub focus: usize,
    pub tried: bool,
    pub date_error: Option<String>,
    pub reason_error: Option<String>,
    pub message: Option<String>,
}

impl EndEarlyDialog {
    /// The date defaults to today, kept within the term.
    pub fn new(appointment: Appointment, name: String, today: NaiveDate) -> EndEarlyDialog {
        let date = today.clamp(appointment.start, appointment.end);
        EndEarlyDialog {
            appointment,
            name,
            date: Input::new(format_date_short(date)),
            reason: Input::default(),
            focus: 0,
            tried: false,
            date_error: None,
            reason_error: None,
            message: None,
        }
    }

    /// Validates with the domain rule; returns `(date, reason)` when it may be written.
    /// The reason's message shows only after a save was tried or once something was typed.
    pub fn check(&mut self, today: NaiveDate, lang: Lang) -> Option<(NaiveDate, String)> {
        self.date_error = None;
        self.reason_error = None;
        // The reason is marked whatever the date says, so a save shows every message at once.
        if self.tried
            && let Err(e) = crate::domain::appointment::end_early_reason(self.reason.value())
        {
            self.reason_error = Some(i18n::appointment_error(&e).get(lang).to_string());
        }
        let date = match check_date(&self.date, today, lang) {
            Ok(d) => d,
            Err(e) => {
                self.date_error = Some(e);
                return None;
            }
        };
        let mut trial = self.appointment.clone();
        match trial.end_early(date, self.reason.value()) {
            Ok(()) => Some((date, self.reason.value().trim().to_string())),
            // Marked above once a save was tried.
            Err(crate::domain::appointment::AppointmentError::ReasonRequired) => None,
            Err(e) => {
                self.date_error = Some(i18n::appointment_error(&e).get(lang).to_string());
                None
            }
        }
    }
}

/// Renew last season's active people for this season.
#[derive(Debug, Clone)]
pub struct RenewDialog {
    pub season: Season,
    pub candidates: Vec<PersonRow>,
    /// Ids the coordinator unticked.
    pub unticked: Vec<i64>,
    pub cursor: usize,
    pub loading: bool,
    pub message: Option<String>,
}

impl RenewDialog {
    pub fn new(season: Season) -> RenewDialog {
        RenewDialog {
            season,
            candidates: Vec::new(),
            unticked: Vec::new(),
            cursor: 0,
            loading: true,
            message: None,
        }
    }

    pub fn toggle(&mut self) {
        let Some(row) = self.candidates.get(self.cursor) else {
            return;
        };
        if self.unticked.contains(&row.id) {
            self.unticked.retain(|id| *id != row.id);
        } else {
            self.unticked.push(row.id);
        }
    }

    /// The ticked persons' ids, in list order.
    pub fn ticked(&self) -> Vec<i64> {
        self.candidates
            .iter()
            .map(|p| p.id)
            .filter(|id| !self.unticked.contains(id))
            .collect()
    }
}

/// A person's unavailability: a small form (from, to, reason) over the list of periods.
#[derive(Debug, Clone)]
pub struct UnavailabilityDialog {
    pub person_id: i64,
    pub name: String,
    pub from: Input,
    pub to: Input,
    pub reason: Input,
    /// 0: from, 1: to, 2: reason, 3: the list.
    pub focus: usize,
    pub cursor: usize,
    pub tried: bool,
    pub from_error: Option<String>,
    pub to_error: Option<String>,
    /// The period asked about for deletion.
    pub confirm_delete: Option<Unavailability>,
    pub message: Option<String>,
}

/// Fields of the unavailability dialog before its list.
pub const PERIOD_FIELDS: usize = 3;

impl UnavailabilityDialog {
    pub fn new(person_id: i64, name: String) -> UnavailabilityDialog {
        UnavailabilityDialog {
            person_id,
            name,
            from: Input::default(),
            to: Input::default(),
            reason: Input::default(),
            focus: 0,
            cursor: 0,
            tried: false,
            from_error: None,
            to_error: None,
            confirm_delete: None,
            message: None,
        }
    }

    /// Validates the new period; messages for empty fields show only after a save was tried.
    pub fn check(&mut self, today: NaiveDate, lang: Lang) -> Option<(NaiveDate, NaiveDate)> {
        let shown = |input: &Input, tried: bool| tried || !input.value().trim().is_empty();
        let from = check_date(&self.from, today, lang);
        // An empty "to" means the same day as "from".
        let to = if self.to.value().trim().is_empty() {
            from.clone()
        } else {
            check_date(&self.to, today, lang)
        };
        self.from_error = from
            .as_ref()
            .err()
            .filter(|_| shown(&self.from, self.tried))
            .cloned();
        self.to_error = if self.to.value().trim().is_empty() {
            None
        } else {
            to.as_ref().err().cloned()
        };
        let (Ok(from), Ok(to)) = (from, to) else {
            return None;
        };
        if to < from {
            self.to_error = Some(i18n::APPTERR_END_BEFORE_START.get(lang).to_string());
            return None;
        }
        Some((from, to))
    }

    /// Empties the form after a period was added.
    pub fn clear(&mut self) {
        self.from = Input::default();
        self.to = Input::default();
        self.reason = Input::default();
        self.focus = 0;
        self.tried = false;
        self.from_error = None;
        self.to_error = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    #[test]
    fn the_picker_starts_today_in_the_current_season_and_on_the_first_day_otherwise() {
        let today = d(2026, 11, 27);
        let now = AppointDialog::new(Season::new(2026, 8), today);
        assert_eq!(now.start.value(), "27.11.2026");
        assert_eq!(now.end.value(), "26.11.2027");
        let next = AppointDialog::new(Season::new(2027, 8), today);
        assert_eq!(next.start.value(), "1.8.2027");
        assert_eq!(next.end.value(), "31.7.2028");
    }

    #[test]
    fn the_end_follows_the_start_until_it_is_typed_and_must_not_be_before_it() {
        let today = d(2026, 11, 27);
        let mut p = AppointDialog::new(Season::new(2026, 8), today);
        p.start = Input::new("1.1.2027".into());
        p.start_changed(today);
        assert_eq!(p.end.value(), "31.12.2027");
        p.end = Input::new("1.12.2026".into());
        p.end_touched = true;
        p.start_changed(today);
        assert_eq!(p.check(today, Lang::Da), None);
        assert!(p.end_error.is_some());
        p.start = Input::new("31.2.2027".into());
        assert_eq!(p.check(today, Lang::Da), None);
        assert!(p.start_error.as_deref().is_some_and(|e| e.contains("28")));
    }

    #[test]
    fn ending_early_needs_a_date_in_the_term_and_a_reason() {
        let a = Appointment {
            id: 1,
            version: 1,
            person_id: 2,
            start: d(2026, 8, 1),
            end: d(2027, 7, 31),
            status: crate::domain::appointment::AppointmentStatus::Active,
        };
        let today = d(2026, 11, 27);
        let mut e = EndEarlyDialog::new(a, "Ida".into(), today);
        assert_eq!(e.date.value(), "27.11.2026");
        assert_eq!(e.check(today, Lang::Da), None);
        assert_eq!(e.reason_error, None, "not shown before a save was tried");
        e.tried = true;
        assert_eq!(e.check(today, Lang::Da), None);
        assert!(e.reason_error.is_some());
        e.reason = Input::new(" Flyttet ".into());
        e.date = Input::new("1.8.2027".into());
        assert_eq!(e.check(today, Lang::Da), None);
        assert!(e.date_error.is_some());
        e.date = Input::new("1.12.2026".into());
        assert_eq!(
            e.check(today, Lang::Da),
            Some((d(2026, 12, 1), "Flyttet".into()))
        );
    }
}
