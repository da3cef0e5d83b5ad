//! The Korps screen: the roster as a windowed, Danish-sorted table with search and filters, and
//! the selected person's details.

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::list_screen;
use super::table::{self, Cell, Column, Width};
use super::theme::Theme;
use crate::app::State;
use crate::app::layout;
use crate::domain::date::format_date_short;
use crate::domain::person::{Person, PersonRow, age_on, is_minor};
use crate::i18n::format_date;
use crate::i18n::{self, Lang};
use crate::storage::ArchivedFilter;
use crate::storage::persons::PersonFilter;

pub fn draw(frame: &mut Frame<'_>, area: Rect, state: &State, theme: Theme) {
    let lang = state.ctx.lang;
    let today = state.ctx.today;
    let roster = &state.roster;
    let parts = layout::list_parts(area);
    let f = &roster.filter;
    let kind = f
        .kind
        .map_or(i18n::FILTER_ALL_KINDS, i18n::person_kind)
        .get(lang);
    let status = f
        .recruitment
        .map_or(i18n::FILTER_ALL_STATUSES, i18n::recruitment)
        .get(lang);
    let archived = match f.archived {
        ArchivedFilter::Current => i18n::FILTER_CURRENT,
        ArchivedFilter::Archived => i18n::FILTER_ARCHIVED,
        ArchivedFilter::All => i18n::FILTER_EVERYONE,
    }
    .get(lang);
    list_screen::filter_line(
        frame,
        parts.filter,
        &roster.search,
        roster.searching,
        &[kind, status, archived],
        &roster.list,
        lang,
        theme,
    );
    let columns = [
        Column {
            title: i18n::F_NAME.get(lang),
            width: Width::Fill(3),
        },
        Column {
            title: i18n::F_KIND.get(lang),
            width: Width::Fixed(10),
        },
        Column {
            title: i18n::COL_AGE.get(lang),
            width: Width::Fixed(6),
        },
        Column {
            title: i18n::F_PHONE.get(lang),
            width: Width::Fixed(11),
        },
        Column {
            title: i18n::F_HOME_INSTITUTION.get(lang),
            width: Width::Fill(2),
        },
        Column {
            title: i18n::COL_STATUS.get(lang),
            width: Width::Fixed(12),
        },
    ];
    let cells = |row: &PersonRow| row_cells(row, today, lang, theme);
    table::draw(
        frame,
        parts.table,
        &columns,
        &roster.list,
        cells,
        if *f == PersonFilter::default() {
            i18n::NO_PERSONS_YET
        } else {
            i18n::NO_ROWS
        }
        .get(lang),
        theme,
    );
    let selected = roster.list.selected_row();
    let person = roster
        .detail
        .as_ref()
        .filter(|p| selected.is_some_and(|r| r.id == p.id));
    let institution = selected.and_then(|r| r.institution.as_deref());
    let lines = person
        .map(|p| {
            let facts = super::appointments::facts::lines(state, p.id, theme);
            detail_lines(p, institution, facts, today, lang, theme)
        })
        .unwrap_or_default();
    list_screen::detail(
        frame,
        parts.detail,
        i18n::PERSON_DETAIL.get(lang),
        lines,
        lang,
        theme,
    );
}

fn age_cell(birth: Option<NaiveDate>, today: NaiveDate, lang: Lang, theme: Theme) -> Cell {
    match birth {
        Some(b) if is_minor(b, today) => (
            format!("{} {}", age_on(b, today), i18n::MINOR_MARK.get(lang)),
            theme.warning(),
        ),
        Some(b) => (age_on(b, today).to_string(), theme.normal()),
        None => (String::new(), theme.normal()),
    }
}

fn row_cells(row: &PersonRow, today: NaiveDate, lang: Lang, theme: Theme) -> Vec<Cell> {
    let name = if row.archived {
        format!("{} ({})", row.name, i18n::ARCHIVED_MARK.get(lang))
    } else {
        row.name.clone()
    };
    vec![
        (
            name,
            if row.archived {
                theme.muted()
            } else {
                theme.normal()
            },
        ),
        (
            i18n::person_kind(row.kind).get(lang).to_string(),
            theme.normal(),
        ),
        age_cell(row.birth_date, today, lang, theme),
        (row.phone.clone(), theme.normal()),
        (row.institution.clone().unwrap_or_default(), theme.normal()),
        (
            i18n::recruitment(row.recruitment).get(lang).to_string(),
            theme.normal(),
        ),
    ]
}

fn detail_lines(
    p: &Person,
    institution: Option<&str>,
    facts: Vec<Line<'static>>,
    today: NaiveDate,
    lang: Lang,
    theme: Theme,
) -> Vec<Line<'static>> {
    let d = &p.data;
    let mut title = vec![Span::styled(super::text::clean(&d.name), theme.header())];
    if d.archived {
        title.push(Span::styled(
            format!("  [{}]", i18n::ARCHIVED_MARK.get(lang)),
            theme.muted(),
        ));
    }
    let mut lines = vec![Line::from(title)];
    let mut kind = i18n::person_kind(d.kind).get(lang).to_string();
    if let Some(b) = d.birth_date {
        let age = age_on(b, today).to_string();
        for part in [
            i18n::AGE_YEARS.fill(lang, &[("age", &age)]),
            format_date(b, lang),
        ] {
            kind.push_str(" · ");
            kind.push_str(&part);
        }
    }
    lines.push(Line::raw(kind));
    if d.birth_date.is_some_and(|b| is_minor(b, today)) {
        let text = match d.guardian_consent_date {
            Some(c) => format!(
                "⚑ {} · {}: {}",
                i18n::UNDER_18.get(lang),
                i18n::F_GUARDIAN_CONSENT.get(lang),
                format_date_short(c)
            ),
            None => format!(
                "⚠ {} · {}",
                i18n::UNDER_18.get(lang),
                i18n::NO_GUARDIAN_CONSENT.get(lang)
            ),
        };
        lines.push(Line::styled(text, theme.warning()));
    }
    list_screen::field(&mut lines, i18n::F_PHONE.get(lang), &d.phone, theme);
    list_screen::field(&mut lines, i18n::F_EMAIL.get(lang), &d.email, theme);
    list_screen::field(
        &mut lines,
        i18n::F_HOME_INSTITUTION.get(lang),
        institution.unwrap_or_default(),
        theme,
    );
    list_screen::field(&mut lines, i18n::F_EDUCATION.get(lang), &d.education, theme);
    let mut recruitment = i18n::recruitment(d.recruitment).get(lang).to_string();
    if let Some(since) = d.recruitment_changed {
        recruitment.push(' ');
        recruitment
            .push_str(&i18n::RECRUITMENT_SINCE.fill(lang, &[("date", &format_date_short(since))]));
    }
    list_screen::field(
        &mut lines,
        i18n::F_RECRUITMENT.get(lang),
        &recruitment,
        theme,
    );
    lines.extend(facts);
    let consent = d.consent_date.map(format_date_short).unwrap_or_default();
    list_screen::field(&mut lines, i18n::F_CONSENT_DATE.get(lang), &consent, theme);
    list_screen::field(&mut lines, i18n::F_LANGUAGES.get(lang), &d.languages, theme);
    list_screen::field(&mut lines, i18n::F_THEMES.get(lang), &d.themes, theme);
    list_screen::field(
        &mut lines,
        i18n::F_PAYROLL_NUMBER.get(lang),
        &d.payroll_number,
        theme,
    );
    list_screen::field(&mut lines, i18n::F_NOTES.get(lang), &d.notes, theme);
    lines
}
