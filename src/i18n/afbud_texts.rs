//! Texts of bookings cancelled with a change (see `storage::afbud`): the question that lists
//! them, the refusal when nobody was asked, and the note in the message after saving.

use super::Lang;
use super::format_date;
use crate::storage::afbud::AffectedBooking;

super::catalog! {
    AFBUD_REFUSED: "Ændringen rammer bookinger, der først skal meldes afbud: {list}", "The change affects bookings that must be cancelled first: {list}";
    AFBUD_ASK_END_EARLY: "Udpegningen af {name} slutter {date}. {count} booking(er) ligger efter: {list}. Meld afbud på dem med årsagen «{reason}»? (j/n)", "{name}'s appointment ends on {date}. {count} booking(s) lie after it: {list}. Cancel them with the reason “{reason}”? (y/n)";
    AFBUD_ASK_UNAVAILABLE: "{name} er booket i perioden: {list}. Meld afbud på {count} booking(er) med årsagen «{reason}»? (j/n)", "{name} is booked in the period: {list}. Cancel {count} booking(s) with the reason “{reason}”? (y/n)";
    AFBUD_ASK_ARCHIVE: "{name} er booket fremover: {list}. Arkivér og meld afbud på {count} booking(er)? (j/n)", "{name} is booked ahead: {list}. Archive and cancel {count} booking(s)? (y/n)";
    AFBUD_MORE: "og {n} flere", "and {n} more";
    AFBUD_DONE: "{message} {count} booking(er) meldt afbud.", "{message} {count} booking(s) cancelled.";
    APPTERR_LOGGED_AFTER_END: "Der er logget fremmøde efter den dato — vælg en senere sidste dag", "Attendance is logged after that date — choose a later last day";
}

/// How many bookings a question names before "and N more".
const SHOWN: usize = 5;

/// The bookings as a short list: `tor 3.12.2026 Fjordby Skole, …, og 4 flere`.
pub fn affected_bookings(list: &[AffectedBooking], lang: Lang) -> String {
    let mut parts: Vec<String> = list
        .iter()
        .take(SHOWN)
        .map(|b| {
            let place = crate::export::clean::clean(b.place.trim()).into_owned();
            format!("{} {place}", format_date(b.date, lang))
                .trim_end()
                .to_string()
        })
        .collect();
    if list.len() > SHOWN {
        let n = (list.len() - SHOWN).to_string();
        parts.push(AFBUD_MORE.fill(lang, &[("n", &n)]));
    }
    parts.join(", ")
}

/// The message after saving, with the number of bookings cancelled (unchanged when none).
pub fn with_afbud(message: String, count: usize, lang: Lang) -> String {
    if count == 0 {
        return message;
    }
    AFBUD_DONE.fill(
        lang,
        &[("message", &message), ("count", &count.to_string())],
    )
}
