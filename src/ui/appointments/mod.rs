//! The Udpegninger screen: the season line (← →), the windowed, Danish-sorted list of the
//! season's appointments with kind, home institution, term, status and flags, and the selected
//! appointment's details. Flags are a symbol and a word, coloured (the colour is extra).

pub mod dialogs;
pub mod facts;

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::list_screen;
use super::table::{self, Cell, Column, Width};
use super::text::fit;
use super::theme::Theme;
use crate::app::State;
use crate::app::layout;
use crate::domain::appointment::{
    Appointment, AppointmentFlag, AppointmentStatus, appointment_flags,
};
use crate::domain::date::format_date_short;
use crate::domain::person::PersonKind;
use crate::i18n::{self, Lang};
use crate::storage::appointments::AppointmentRow;

/// The symbol and style of a flag.
pub fn flag_mark(flag: AppointmentFlag, theme: Theme) -> (&'static str, Style) {
    match flag {
        AppointmentFlag::MinorWithoutGuardianConsent => ("⚠", theme.warning()),
        AppointmentFlag::NoConsentDate => ("✗", theme.error()),
        AppointmentFlag::EndingSoon => ("◔", theme.warning()),
    }
}

/// The short word of a flag (the table); the detail pane uses the full text.
fn flag_short(flag: AppointmentFlag) -> i18n::Text {
    match flag {
        AppointmentFlag::MinorWithoutGuardianConsent => i18n::APPT_FLAG_SHORT_MINOR,
        AppointmentFlag::NoConsentDate => i18n::APPT_FLAG_SHORT_CONSENT,
        AppointmentFlag::EndingSoon => i18n::APPT_FLAG_SHORT_ENDING,
    }
}

/// `1.8.2026–31.7.2027`.
pub fn term(a: &Appointment) -> String {
    format!(
        "{}–{}",
        format_date_short(a.start),
        format_date_short(a.end)
    )
}

fn kind_short(kind: PersonKind) -> i18n::Text {
    match kind {
        PersonKind::Ambassador => i18n::STAFF_AMB,
        PersonKind::RoleModel => i18n::STAFF_RM,
    }
}

pub fn draw(frame: &mut Frame<'_>, area: Rect, state: &State, theme: Theme) {
    let lang = state.ctx.lang;
    let today = state.ctx.today;
    let s = &state.appointments;
    let season = s.season_or(today, state.ctx.season_start_month);
    let parts = layout::list_parts(area);
    season_line(frame, parts.filter, state, theme);
    let columns = [
        Column {
            title: i18n::F_NAME.get(lang),
            width: Width::Fill(3),
        },
        Column {
            title: i18n::F_KIND.get(lang),
            width: Width::Fixed(4),
        },
        Column {
            title: i18n::F_HOME_INSTITUTION.get(lang),
            width: Width::Fill(2),
        },
        Column {
            title: i18n::APPT_COL_TERM.get(lang),
            width: Width::Fixed(21),
        },
        Column {
            title: i18n::COL_STATUS.get(lang),
            width: Width::Fixed(7),
        },
        Column {
            title: i18n::APPT_COL_FLAGS.get(lang),
            width: Width::Fill(3),
        },
    ];
    let empty = i18n::APPT_NONE_IN_SEASON.fill(lang, &[("season", &season.label())]);
    table::draw(
        frame,
        parts.table,
        &columns,
        &s.list,
        |row| row_cells(row, today, lang, theme),
        &empty,
        theme,
    );
    let lines = s
        .list
        .selected_row()
        .map(|row| detail_lines(row, today, lang, theme))
        .unwrap_or_default();
    list_screen::detail(
        frame,
        parts.detail,
        i18n::APPT_DETAIL.get(lang),
        lines,
        lang,
        theme,
    );
}

/// `Sæson: ‹ 2026/27 › 1.8.2026–31.7.2027   Filter: alle typer   3 af 12`.
fn season_line(frame: &mut Frame<'_>, area: Rect, state: &State, theme: Theme) {
    let lang = state.ctx.lang;
    let s = &state.appointments;
    let season = s.season_or(state.ctx.today, state.ctx.season_start_month);
    let list = &s.list;
    let count = if list.loading && list.total == 0 {
        i18n::LOADING.get(lang).to_string()
    } else if list.total == 0 {
        i18n::ROWS.fill(lang, &[("n", "0")])
    } else {
        let row = (list.selected + 1).to_string();
        i18n::ROW_OF.fill(lang, &[("row", &row), ("n", &list.total.to_string())])
    };
    let kind = s
        .kind
        .map_or(i18n::FILTER_ALL_KINDS, i18n::person_kind)
        .get(lang);
    let days = format!(
        " {}–{}",
        format_date_short(season.first_day()),
        format_date_short(season.last_day())
    );
    let filter = format!("   {}: {kind}", i18n::FILTER.get(lang));
    let label = format!("{}: ", i18n::APPT_SEASON.get(lang));
    let chosen = format!("‹ {} ›", season.label());
    let width = usize::from(area.width);
    let used = label.width() + chosen.width() + days.width() + count.width() + 1;
    let filter = fit(&filter, width.saturating_sub(used));
    let pad = width.saturating_sub(used + filter.width() - 1);
    let line = Line::from(vec![
        Span::styled(label, theme.header()),
        Span::styled(chosen, theme.focus().patch(theme.header())),
        Span::styled(days, theme.muted()),
        Span::styled(filter, theme.normal()),
        Span::raw(" ".repeat(pad)),
        Span::styled(count, theme.muted()),
    ]);
    frame.render_widget(Paragraph::new(line), area);
}

fn status_cell(a: &Appointment, lang: Lang, theme: Theme) -> Cell {
    match a.status {
        AppointmentStatus::Active => (
            i18n::APPT_STATUS_SHORT_ACTIVE.get(lang).to_string(),
            theme.normal(),
        ),
        AppointmentStatus::EndedEarly { .. } => (
            i18n::APPT_STATUS_SHORT_ENDED.get(lang).to_string(),
            theme.muted(),
        ),
    }
}

fn row_cells(row: &AppointmentRow, today: NaiveDate, lang: Lang, theme: Theme) -> Vec<Cell> {
    let a = &row.appointment;
    let flags = appointment_flags(a, row.facts, today);
    let style = flags
        .first()
        .map_or(theme.normal(), |f| flag_mark(*f, theme).1);
    let flags = flags
        .iter()
        .map(|f| format!("{} {}", flag_mark(*f, theme).0, flag_short(*f).get(lang)))
        .collect::<Vec<_>>()
        .join(" ");
    let term = match &a.status {
        AppointmentStatus::Active => term(a),
        AppointmentStatus::EndedEarly { date, .. } => {
            format!(
                "{}–{}",
                format_date_short(a.start),
                format_date_short(*date)
            )
        }
    };
    vec![
        (row.name.clone(), theme.normal()),
        (kind_short(row.kind).get(lang).to_string(), theme.normal()),
        (row.institution.clone().unwrap_or_default(), theme.normal()),
        (term, theme.normal()),
        status_cell(a, lang, theme),
        (flags, style),
    ]
}

fn detail_lines(
    row: &AppointmentRow,
    today: NaiveDate,
    lang: Lang,
    theme: Theme,
) -> Vec<Line<'static>> {
    let a = &row.appointment;
    let mut lines = vec![Line::styled(super::text::clean(&row.name), theme.header())];
    let mut kind = i18n::person_kind(row.kind).get(lang).to_string();
    for part in [row.institution.as_deref().unwrap_or(""), &row.education] {
        if !part.is_empty() {
            kind.push_str(" · ");
            kind.push_str(part);
        }
    }
    lines.push(Line::raw(super::text::clean(&kind)));
    list_screen::field(&mut lines, i18n::APPT_TERM.get(lang), &term(a), theme);
    let status = i18n::appointment_status(&a.status).get(lang);
    list_screen::field(&mut lines, i18n::COL_STATUS.get(lang), status, theme);
    if let AppointmentStatus::EndedEarly { date, reason } = &a.status {
        list_screen::field(
            &mut lines,
            i18n::APPT_ENDED_ON.get(lang),
            &format_date_short(*date),
            theme,
        );
        list_screen::field(&mut lines, i18n::APPT_REASON.get(lang), reason, theme);
    }
    let flags = appointment_flags(a, row.facts, today);
    if flags.is_empty() {
        lines.push(Line::styled(
            format!("✓ {}", i18n::APPT_NO_FLAGS.get(lang)),
            theme.good(),
        ));
    }
    for f in flags {
        let (mark, style) = flag_mark(f, theme);
        lines.push(Line::styled(
            format!("{mark} {}", i18n::appointment_flag(f).get(lang)),
            style,
        ));
    }
    let consent = row
        .facts
        .consent_date
        .map(format_date_short)
        .unwrap_or_default();
    list_screen::field(&mut lines, i18n::F_CONSENT_DATE.get(lang), &consent, theme);
    let guardian = row
        .facts
        .guardian_consent_date
        .map(format_date_short)
        .unwrap_or_default();
    list_screen::field(
        &mut lines,
        i18n::F_GUARDIAN_CONSENT.get(lang),
        &guardian,
        theme,
    );
    list_screen::field(
        &mut lines,
        i18n::F_RECRUITMENT.get(lang),
        i18n::recruitment(row.recruitment).get(lang),
        theme,
    );
    lines
}

/// The flags legend for the `?` help of the Udpegninger screen: a heading and each flag's
/// symbol with its meaning.
pub fn legend(lang: Lang) -> Vec<(String, String)> {
    let mut out = vec![(String::new(), i18n::APPT_LEGEND.get(lang).to_string())];
    for f in AppointmentFlag::ALL {
        let (mark, _) = flag_mark(f, Theme::new(true));
        out.push((
            format!("{mark} {}", flag_short(f).get(lang)),
            i18n::appointment_flag(f).get(lang).to_string(),
        ));
    }
    out
}
