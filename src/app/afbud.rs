//! Asking before bookings are cancelled with a change (see `storage::afbud`): when storage
//! refuses a change because it would leave pending bookings behind, the effect comes back as a
//! question that lists them; "yes" repeats the change with exactly those bookings confirmed.

use super::action::Action;
use super::effect::Effect;
use crate::i18n::{self, Lang, Text};
use crate::storage::afbud::AffectedBooking;

/// The question `text` (filled with `args`, the bookings as `{list}` and their number as
/// `{count}`) whose yes runs `retry` with the bookings' ids.
pub fn ask(
    affected: &[AffectedBooking],
    text: Text,
    args: &[(&str, &str)],
    lang: Lang,
    retry: impl FnOnce(Vec<i64>) -> Effect,
) -> Action {
    let list = i18n::affected_bookings(affected, lang);
    let count = affected.len().to_string();
    let mut all = args.to_vec();
    all.push(("list", &list));
    all.push(("count", &count));
    Action::Ask {
        question: text.fill(lang, &all),
        effect: Box::new(retry(affected.iter().map(|b| b.assignment_id).collect())),
    }
}
