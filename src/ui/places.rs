//! The Steder screen: institutions of every kind as a windowed, Danish-sorted table with search
//! and filters, and the selected institution's details.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::list_screen;
use super::table::{self, Cell, Column, Width};
use super::theme::Theme;
use crate::app::State;
use crate::app::layout;
use crate::domain::institution::{Institution, InstitutionRow};
use crate::i18n::{self, Lang};
use crate::storage::institutions::InstitutionFilter;

pub fn draw(frame: &mut Frame<'_>, area: Rect, state: &State, theme: Theme) {
    let lang = state.ctx.lang;
    let places = &state.places;
    let parts = layout::list_parts(area);
    let f = &places.filter;
    let kind = f
        .kind
        .map_or(i18n::FILTER_ALL_KINDS, i18n::institution_kind)
        .get(lang);
    let active = if f.include_inactive {
        i18n::FILTER_WITH_INACTIVE
    } else {
        i18n::FILTER_ACTIVE_ONLY
    };
    list_screen::filter_line(
        frame,
        parts.filter,
        &places.search,
        places.searching,
        &[kind, active.get(lang)],
        &places.list,
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
            width: Width::Fixed(17),
        },
        Column {
            title: i18n::F_ADDRESS.get(lang),
            width: Width::Fill(2),
        },
        Column {
            title: i18n::F_PHONE.get(lang),
            width: Width::Fixed(11),
        },
        Column {
            title: i18n::COL_PERSONS.get(lang),
            width: Width::Fixed(8),
        },
    ];
    let cells = |row: &InstitutionRow| row_cells(row, lang, theme);
    table::draw(
        frame,
        parts.table,
        &columns,
        &places.list,
        cells,
        if *f == InstitutionFilter::default() {
            i18n::NO_PLACES_YET
        } else {
            i18n::NO_ROWS
        }
        .get(lang),
        theme,
    );
    let selected = places.list.selected_row();
    let place = places
        .detail
        .as_ref()
        .filter(|p| selected.is_some_and(|r| r.id == p.id));
    let lines = place
        .map(|p| detail_lines(p, lang, theme))
        .unwrap_or_default();
    list_screen::detail(
        frame,
        parts.detail,
        i18n::PLACE_DETAIL.get(lang),
        lines,
        lang,
        theme,
    );
}

fn row_cells(row: &InstitutionRow, lang: Lang, theme: Theme) -> Vec<Cell> {
    let name = if row.active {
        row.name.clone()
    } else {
        format!("{} ({})", row.name, i18n::INACTIVE_MARK.get(lang))
    };
    vec![
        (
            name,
            if row.active {
                theme.normal()
            } else {
                theme.muted()
            },
        ),
        (
            i18n::institution_kind(row.kind).get(lang).to_string(),
            theme.normal(),
        ),
        (row.address.clone(), theme.normal()),
        (row.phone.clone(), theme.normal()),
        (format!("{:>7}", row.persons), theme.normal()),
    ]
}

fn detail_lines(p: &Institution, lang: Lang, theme: Theme) -> Vec<Line<'static>> {
    let d = &p.data;
    let mut title = vec![Span::styled(super::text::clean(&d.name), theme.header())];
    if !d.active {
        title.push(Span::styled(
            format!("  [{}]", i18n::INACTIVE_MARK.get(lang)),
            theme.muted(),
        ));
    }
    let mut lines = vec![
        Line::from(title),
        Line::raw(i18n::institution_kind(d.kind).get(lang)),
    ];
    list_screen::field(&mut lines, i18n::F_ADDRESS.get(lang), &d.address, theme);
    list_screen::field(
        &mut lines,
        i18n::F_CONTACT_PERSON.get(lang),
        &d.contact_person,
        theme,
    );
    list_screen::field(&mut lines, i18n::F_PHONE.get(lang), &d.phone, theme);
    list_screen::field(&mut lines, i18n::F_EMAIL.get(lang), &d.email, theme);
    list_screen::field(&mut lines, i18n::F_NOTES.get(lang), &d.notes, theme);
    lines
}
