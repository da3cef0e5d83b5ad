//! `korps export calendar [--from DATE] [--to DATE] [--person NAME-OR-ID] -o FILE.ics`: the
//! events as iCalendar for Outlook (stable UIDs, `SEQUENCE`, cancelled events as
//! `STATUS:CANCELLED`), written owner-readable and all-or-nothing.
//!
//! `DTSTAMP` is the moment of export in UTC; with `KORPS_TODAY` pinned it is that day at
//! 00:00 UTC, so the file is reproducible in tests.

use chrono::NaiveDateTime;

use clap::Args;

use super::export_output::{Extent, OutputArg, Target};
use super::{Access, Cli, CliError, Setup, open_database};
use crate::domain::date::parse_date;
use crate::export;
use crate::i18n;
use crate::storage::calendar::PersonMatch;

/// `korps export calendar`.
#[derive(Debug, Args)]
pub struct CalendarArgs {
    /// The first date (Danish forms such as 1.12.2026, or 2026-12-01) [default: all]
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// The last date [default: all]
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Only the events this person is booked on (a name or an id)
    #[arg(long, value_name = "NAME-OR-ID")]
    pub person: Option<String>,
    #[command(flatten)]
    pub output: OutputArg,
}

pub(super) fn run(cli: &Cli, args: &CalendarArgs, setup: &Setup) -> Result<(), CliError> {
    let lang = setup.lang;
    let date = |text: &Option<String>| {
        text.as_deref()
            .map(|t| {
                parse_date(t, setup.today).map_err(|e| {
                    CliError::Usage(i18n::CLI_CAL_BAD_DATE.fill(
                        lang,
                        &[("value", t), ("reason", &i18n::date_error(&e, lang))],
                    ))
                })
            })
            .transpose()
    };
    let target = Target::resolve(&args.output, None, &[export::FileFormat::Ics], lang)?;
    let (from, to) = (date(&args.from)?, date(&args.to)?);
    if let (Some(f), Some(t)) = (from, to)
        && t < f
    {
        return Err(CliError::Usage(
            i18n::CLI_CAL_BACKWARDS.get(lang).to_string(),
        ));
    }
    let (db, _, _) = open_database(cli, setup, Access::Read)?;
    let person = match args.person.as_deref() {
        None => None,
        Some(text) => match db.find_person(text)? {
            PersonMatch::One(id, _) => Some(id),
            PersonMatch::None => {
                return Err(CliError::Message(
                    i18n::CLI_CAL_NO_PERSON.fill(lang, &[("person", text)]),
                ));
            }
            PersonMatch::Many(names) => {
                return Err(CliError::Message(
                    i18n::CLI_CAL_MANY_PERSONS
                        .fill(lang, &[("person", text), ("n", &names.len().to_string())]),
                ));
            }
        },
    };
    let entries = db.calendar_entries(from, to, person)?;
    let cal = export::visits_ics::calendar(&entries, &setup.config.corps_name, lang);
    let text = export::ical::render(&cal, dtstamp(setup));
    let context = i18n::OUT_CALENDAR_EVENTS.fill(lang, &[("n", &entries.len().to_string())]);
    target.write(text.as_bytes(), Extent::Unmeasured, &context, lang)
}

/// The export's `DTSTAMP` (see the module doc).
fn dtstamp(setup: &Setup) -> NaiveDateTime {
    if setup.env.today.is_some() {
        setup.today.and_time(chrono::NaiveTime::MIN)
    } else {
        chrono::Utc::now().naive_utc()
    }
}
