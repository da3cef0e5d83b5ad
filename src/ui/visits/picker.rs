//! The picker: every current person with the verdict worked out before the choice (`✓` eligible,
//! `⚠` warning, `✗` blocked, with the reasons in words — a double booking names the other
//! event), the number of events this season, marks for several persons, the budget forecast
//! before → after booking the marked persons, and at the bottom the outcome, the line asking
//! for the reason to force a blocked booking, or else the selected person's name and reasons
//! whole when their row had to cut them.

use chrono::Datelike;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::{boxed, staffing_text, wrapped};
use crate::app::State;
use crate::app::visits::picker_rows;
use crate::app::visits::state::PickerState;
use crate::domain::date::format_date_short;
use crate::domain::event::Staffing;
use crate::domain::money::Money;
use crate::domain::person::PersonKind;
use crate::domain::schedule::Level;
use crate::i18n::{self, Lang};
use crate::storage::booking::PickerRow;
use crate::ui::text::{clean, fit};
use crate::ui::theme::Theme;

fn pad(text: &str, w: usize) -> String {
    let t = fit(text, w);
    let n = w.saturating_sub(t.width());
    format!("{t}{}", " ".repeat(n))
}

/// Why a person can, may or cannot be booked, in words.
fn reasons(row: &PickerRow, lang: Lang) -> String {
    if row.booked_here {
        i18n::VIS_PICKER_BOOKED_HERE.get(lang).to_string()
    } else {
        i18n::describe_verdict(&row.verdict, lang, format_date_short)
    }
}

/// The budget forecast before → after booking the marked persons, coloured by the flag it
/// would raise; from the status bar's summary when the event is in the summary's year.
fn forecast_line(p: &PickerState, state: &State, width: usize, theme: Theme) -> Line<'static> {
    let lang = state.ctx.lang;
    let year = p.event.data.date.year();
    let Some(summary) = state.budget.summary.filter(|s| s.year == year) else {
        return Line::styled(
            fit(
                &i18n::VIS_PICKER_NO_FORECAST.fill(lang, &[("year", &year.to_string())]),
                width,
            ),
            theme.muted(),
        );
    };
    let added = p
        .rows
        .iter()
        .filter(|r| !r.booked_here && p.chosen.contains(&r.person_id))
        .map(|r| p.costs.of(r.kind))
        .fold(0i64, i64::saturating_add);
    let f = &summary.figures;
    let after = f.forecast.saturating_add(added);
    let text = i18n::VIS_PICKER_FORECAST.fill(
        lang,
        &[
            ("year", &year.to_string()),
            ("before", &Money(f.forecast).to_string()),
            ("after", &Money(after).to_string()),
            ("budget", &Money(f.budget).to_string()),
        ],
    );
    let threshold = i128::from(f.budget) * i128::from(f.threshold_percent);
    let style = if after > f.budget {
        theme.error()
    } else if i128::from(after) * 100 >= threshold {
        theme.warning()
    } else {
        theme.muted()
    };
    Line::styled(fit(&text, width), style)
}

pub fn draw(frame: &mut Frame<'_>, area: Rect, p: &PickerState, state: &State, theme: Theme) {
    let lang = state.ctx.lang;
    let w = area.width.min(110);
    let rect = Rect::new(area.x + (area.width - w) / 2, area.y, w, area.height);
    frame.render_widget(Clear, rect);
    let title = i18n::VIS_PICKER_TITLE.fill(lang, &[("event", &p.label)]);
    let block = boxed(&fit(&title, usize::from(w).saturating_sub(6)), theme);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let width = usize::from(inner.width);
    let e = &p.event.data;
    let booked = p.rows.iter().filter(|r| r.booked_here);
    let staffing = Staffing::count(
        e.needs_role_models,
        e.needs_ambassadors,
        booked.map(|r| (r.kind, crate::domain::event::AssignmentStatus::Booked)),
    );
    let (staff, short) = staffing_text(&staffing, e.status, lang, false);
    let head = i18n::VIS_PICKER_HEAD.fill(
        lang,
        &[("staffing", &staff), ("n", &p.chosen.len().to_string())],
    );
    let mut lines = vec![
        Line::styled(
            fit(&head, width),
            if short {
                theme.warning()
            } else {
                theme.muted()
            },
        ),
        forecast_line(p, state, width, theme),
    ];
    // The names as wide as the widest needs, up to two fifths of the row; the reasons take the
    // rest, and the foot shows the selected person's whole when the row had to cut them.
    let name_w = p.name_width.clamp(8, (width * 2 / 5).max(8));
    let season_w = 14;
    // The row: cursor and mark (4), " ✓ " (3), the name, " AMB " (5), the season count, " ".
    let reasons_w = width.saturating_sub(4 + 3 + name_w + 5 + season_w + 1);
    let visible = picker_rows(state.height).min(usize::from(inner.height).saturating_sub(4));
    let top = p
        .top
        .min(p.cursor)
        .max((p.cursor + 1).saturating_sub(visible));
    for (i, row) in p.rows.iter().enumerate().skip(top).take(visible) {
        let at_cursor = i == p.cursor;
        let mark = if row.booked_here {
            "[●]"
        } else if p.chosen.contains(&row.person_id) {
            "[x]"
        } else {
            "[ ]"
        };
        let (sym, style) = match row.verdict.level {
            Level::Eligible => ("✓", theme.good()),
            Level::Warning => ("⚠", theme.warning()),
            Level::Blocked => ("✗", theme.error()),
        };
        let kind = match row.kind {
            PersonKind::RoleModel => i18n::STAFF_RM.get(lang),
            PersonKind::Ambassador => i18n::STAFF_AMB.get(lang),
        };
        let reasons = reasons(row, lang);
        let count =
            i18n::VIS_PICKER_EVENTS.fill(lang, &[("n", &row.events_this_season.to_string())]);
        let base = if at_cursor {
            theme.selected()
        } else {
            theme.normal()
        };
        let cursor = if at_cursor { "▶" } else { " " };
        lines.push(Line::from(vec![
            Span::styled(format!("{cursor}{mark}"), base),
            Span::styled(format!(" {sym} "), base.patch(style)),
            Span::styled(pad(&clean(&row.name), name_w), base),
            Span::styled(format!(" {} ", pad(kind, 3)), base),
            Span::styled(pad(&count, season_w), base.patch(theme.muted())),
            Span::styled(
                format!(" {}", pad(&clean(&reasons), reasons_w)),
                base.patch(style),
            ),
        ]));
    }
    let body = Rect::new(
        inner.x,
        inner.y,
        inner.width,
        inner.height.saturating_sub(2),
    );
    frame.render_widget(Paragraph::new(lines), body);
    let foot = Rect::new(
        inner.x,
        inner.y + inner.height.saturating_sub(2),
        inner.width,
        2.min(inner.height),
    );
    let mut bottom = Vec::new();
    if let Some(m) = &p.message {
        let style = if m.starts_with('✗') || p.reason.is_some() {
            theme.error()
        } else {
            theme.good()
        };
        bottom.push(Line::styled(clean(m), style));
    }
    if let Some(input) = &p.reason {
        let shown = fit(&format!("> {}", clean(input.value())), width);
        bottom.push(Line::styled(shown, theme.focus()));
        let x = (input.visual_cursor() + 2).min(width.saturating_sub(1)) as u16;
        frame.set_cursor_position((foot.x + x, foot.y + foot.height.saturating_sub(1)));
    }
    if bottom.is_empty()
        && let Some(row) = p.rows.get(p.cursor)
    {
        let why = clean(&reasons(row, lang));
        let name = clean(&row.name);
        if name.width() > name_w || why.width() > reasons_w {
            bottom.push(Line::styled(format!("{name}: {why}"), theme.muted()));
        }
    }
    let skip = bottom.len().saturating_sub(2);
    frame.render_widget(wrapped(bottom.into_iter().skip(skip).collect()), foot);
}
