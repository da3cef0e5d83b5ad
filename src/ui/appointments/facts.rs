//! The person facts in the roster's detail pane: recruitment history (when there is more than
//! the first status), the terms (newest first) and the unavailability periods not yet over.

use chrono::NaiveDate;
use ratatui::text::{Line, Span};

use super::term;
use crate::app::State;
use crate::domain::appointment::AppointmentStatus;
use crate::domain::date::format_date_short;
use crate::i18n::{self, Lang};
use crate::ui::theme::Theme;

/// How many terms and periods the pane lists before "+n more".
const SHOWN: usize = 3;

fn field(label: &str, value: &str, theme: Theme) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("{label}: "), theme.muted()),
        Span::raw(crate::ui::text::clean(value)),
    ])
}

fn more(lines: &mut Vec<Line<'static>>, n: usize, lang: Lang, theme: Theme) {
    if n > 0 {
        lines.push(Line::styled(
            format!(
                "  {}",
                i18n::FACTS_MORE.fill(lang, &[("n", &n.to_string())])
            ),
            theme.muted(),
        ));
    }
}

/// The lines for person `id`, empty until its facts are loaded.
pub fn lines(state: &State, id: i64, theme: Theme) -> Vec<Line<'static>> {
    let lang = state.ctx.lang;
    let today: NaiveDate = state.ctx.today;
    let Some(f) = state.appointments.facts_of(id) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if f.history.len() > 1 {
        let steps: Vec<String> = f
            .history
            .iter()
            .map(|(s, d)| {
                format!(
                    "{} {}",
                    i18n::recruitment(*s).get(lang),
                    format_date_short(*d)
                )
            })
            .collect();
        out.push(field(
            i18n::FACTS_HISTORY.get(lang),
            &steps.join(" → "),
            theme,
        ));
    }
    for a in f.appointments.iter().take(SHOWN) {
        let status = match &a.status {
            AppointmentStatus::Active => i18n::APPT_ACTIVE.get(lang).to_string(),
            AppointmentStatus::EndedEarly { date, reason } => format!(
                "{} {} ({reason})",
                i18n::APPT_ENDED_EARLY.get(lang),
                format_date_short(*date)
            ),
        };
        out.push(field(
            i18n::FACTS_APPOINTMENT.get(lang),
            &format!("{} · {status}", term(a)),
            theme,
        ));
    }
    more(
        &mut out,
        f.appointments.len().saturating_sub(SHOWN),
        lang,
        theme,
    );
    let current: Vec<_> = f.unavailability.iter().filter(|u| u.to >= today).collect();
    for u in current.iter().take(SHOWN) {
        let mut text = format!("{}–{}", format_date_short(u.from), format_date_short(u.to));
        if !u.reason.is_empty() {
            text.push(' ');
            text.push_str(&u.reason);
        }
        out.push(field(i18n::FACTS_UNAVAILABLE.get(lang), &text, theme));
    }
    more(&mut out, current.len().saturating_sub(SHOWN), lang, theme);
    out
}
