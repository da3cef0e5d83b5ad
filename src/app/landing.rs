//! The cursor lands on the record just saved, on every list: one mechanism instead of one per
//! screen. The save's effect asks storage where the record stands in the list as it is filtered
//! now (`Database::list_position` behind `person_position`, `institution_position`,
//! `event_position`), and `update` hands that answer to [`land`]: the cursor goes to the
//! position even when it lies outside the loaded window (the reload that follows loads the
//! window around it), and when the filter hides the record the message says so. A list loaded
//! whole (a year's expenses, a week, the rates, a person's periods) finds the row by id with
//! [`position_in`], or keeps the saved id until the rows after the save arrive ([`take`]).

use super::list::WindowedList;
use crate::i18n::{self, Lang};

/// Where a saved record stands in its list: `None` when the list's filter hides it.
pub type Position = Option<usize>;

/// Puts the cursor of `list` on `position` (kept visible in `height` rows); when the filter
/// hides the record, adds that to `message`.
pub fn land<R>(
    list: &mut WindowedList<R>,
    position: Position,
    height: usize,
    message: &mut String,
    lang: Lang,
) {
    match position {
        Some(index) => {
            // A new record makes the list one longer than the count loaded before it.
            list.total = list.total.max(index + 1);
            list.select(index, height);
        }
        None => note_hidden(message, lang),
    }
}

/// Adds "the filter hides it" to the message of a save.
pub fn note_hidden(message: &mut String, lang: Lang) {
    let note = i18n::LANDED_HIDDEN.get(lang);
    let sep = if message.ends_with('.') { " " } else { ". " };
    *message = format!("{message}{sep}{note}");
}

/// A list loaded whole after a save: the index of the saved row `land_on` when the rows hold
/// it (then it is taken, so later loads leave the cursor where the user moves it).
pub fn take<R>(land_on: &mut Option<i64>, rows: &[R], id_of: impl Fn(&R) -> i64) -> Position {
    let at = position_in(rows, (*land_on)?, id_of)?;
    *land_on = None;
    Some(at)
}

/// The index of the row with `id` in a list loaded whole.
pub fn position_in<R>(rows: &[R], id: i64, id_of: impl Fn(&R) -> i64) -> Position {
    rows.iter().position(|r| id_of(r) == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cursor_goes_beyond_the_loaded_window_and_a_hidden_record_is_said() {
        let mut list: WindowedList<i64> = WindowedList {
            total: 500,
            offset: 0,
            rows: (0..200).collect(),
            ..WindowedList::default()
        };
        let mut message = "Gemt".to_string();
        land(&mut list, Some(500), 20, &mut message, Lang::Da);
        assert_eq!((list.total, list.selected), (501, 500));
        assert!(list.top <= 500 && 500 < list.top + 20);
        assert!(
            !list.view_is_loaded(20),
            "the reload must fetch the window around it"
        );
        assert_eq!(message, "Gemt");
        land(&mut list, None, 20, &mut message, Lang::Da);
        assert_eq!(list.selected, 500, "a hidden record leaves the cursor");
        assert!(
            message.starts_with("Gemt. ") && message.len() > 6,
            "{message}"
        );
        assert_eq!(position_in(&[3_i64, 7, 9], 7, |r| *r), Some(1));
        assert_eq!(position_in(&[3_i64], 8, |r| *r), None);
        let mut land_on = Some(9);
        assert_eq!(take(&mut land_on, &[3_i64], |r| *r), None);
        assert_eq!(land_on, Some(9), "kept until rows holding it arrive");
        assert_eq!(take(&mut land_on, &[3_i64, 7, 9], |r| *r), Some(2));
        assert_eq!(land_on, None);
    }
}
