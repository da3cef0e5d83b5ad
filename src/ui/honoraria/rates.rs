//! The rates subview of the Honorarer screen: event kind × person kind with the amounts and the
//! date each applies from, newest first within a pair.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::super::list_screen;
use super::super::table::{self, Cell, Column, Width};
use super::super::theme::Theme;
use crate::app::honoraria::HonorariaState;
use crate::app::list::{WindowedList, scroll_top};
use crate::domain::date::format_date_short;
use crate::domain::money::Money;
use crate::i18n::{self, Lang};
use crate::storage::rates::RateRow;

fn cells(r: &RateRow, lang: Lang, theme: Theme) -> Vec<Cell> {
    let rate = &r.rate;
    vec![
        (
            i18n::event_kind(rate.event_kind).get(lang).to_string(),
            theme.normal(),
        ),
        (
            i18n::person_kind(rate.person_kind).get(lang).to_string(),
            theme.normal(),
        ),
        (
            format!("{:>14}", Money(rate.amount_ore).to_string()),
            theme.normal(),
        ),
        (
            format!(
                "{:>12}",
                rate.per_hour_ore
                    .map(|h| Money(h).to_string())
                    .unwrap_or_default()
            ),
            theme.normal(),
        ),
        (format_date_short(rate.effective_from), theme.normal()),
    ]
}

pub fn draw(
    frame: &mut Frame<'_>,
    table_area: Rect,
    detail_area: Rect,
    s: &HonorariaState,
    lang: Lang,
    theme: Theme,
) {
    let columns = [
        Column {
            title: i18n::HON_COL_KIND.get(lang),
            width: Width::Fill(2),
        },
        Column {
            title: i18n::HON_COL_PERSON_KIND.get(lang),
            width: Width::Fill(1),
        },
        Column {
            title: i18n::HON_COL_AMOUNT.get(lang),
            width: Width::Fixed(14),
        },
        Column {
            title: i18n::HON_COL_PER_HOUR.get(lang),
            width: Width::Fixed(12),
        },
        Column {
            title: i18n::HON_COL_FROM.get(lang),
            width: Width::Fixed(10),
        },
    ];
    let height = usize::from(table_area.height.saturating_sub(1));
    let list = WindowedList {
        total: s.rates.len(),
        offset: 0,
        rows: s.rates.iter().collect::<Vec<_>>(),
        selected: s.rate_selected,
        top: scroll_top(0, height, s.rate_selected),
        loading: false,
    };
    table::draw(
        frame,
        table_area,
        &columns,
        &list,
        |r: &&RateRow| cells(r, lang, theme),
        i18n::HON_NO_RATES.get(lang),
        theme,
    );
    let lines = vec![Line::styled(
        i18n::HON_RATE_NOTE.get(lang).to_string(),
        theme.muted(),
    )];
    list_screen::detail(
        frame,
        detail_area,
        i18n::HON_RATE_DETAIL.get(lang),
        lines,
        lang,
        theme,
    );
}
