//! Texts of the Besøg screen (week and list view, event form, picker, prompts, school-holiday
//! dialog, calendar export) and the Oversigt dashboard.

super::catalog! {
    VIS_F_KIND: "Type", "Kind";
    VIS_F_INSTITUTION: "Sted", "Institution";
    VIS_F_DATE: "Dato", "Date";
    VIS_F_START: "Starttid", "Start time";
    VIS_F_END: "Sluttid", "End time";
    VIS_F_ROOM: "Lokale", "Room";
    VIS_F_GRADES: "Klasser", "Grades";
    VIS_F_PUPILS: "Forventede elever", "Expected pupils";
    VIS_F_CONTACT: "Kontakt", "Contact";
    VIS_F_STATUS: "Status", "Status";
    VIS_F_NEED_RM: "Behov rollemodeller", "Role models needed";
    VIS_F_NEED_AMB: "Behov ambassadører", "Ambassadors needed";
    VIS_F_CANCEL_REASON: "Aflysningsårsag", "Cancel reason";
    VIS_F_NOTES: "Noter", "Notes";
    VIS_EVENT_NEW: "Nyt arrangement", "New event";
    VIS_EVENT_EDIT: "Redigér {event}", "Edit {event}";
    VIS_HOLIDAYS_TITLE: "Skoleferier {year} (navn fra–til)", "School holidays {year} (name from–to)";
    VIS_HOLIDAY_1: "Ferie 1", "Holiday 1";
    VIS_HOLIDAY_2: "Ferie 2", "Holiday 2";
    VIS_HOLIDAY_3: "Ferie 3", "Holiday 3";
    VIS_HOLIDAY_4: "Ferie 4", "Holiday 4";
    VIS_HOLIDAY_5: "Ferie 5", "Holiday 5";
    VIS_HOLIDAY_6: "Ferie 6", "Holiday 6";
    VIS_HOLIDAY_7: "Ferie 7", "Holiday 7";
    VIS_HOLIDAY_8: "Ferie 8", "Holiday 8";
    VIS_HOLIDAY_HINT: "{week} · {days} {days|dag|dage}", "{week} · {days} {days|day|days}";
    VIS_HOLIDAYS_DEFAULTS: "Standardferier er foreslået — gennemse og gem med Ctrl-S", "Default holidays suggested — review and save with Ctrl-S";
    VIS_HOLIDAYS_SAVED: "Skoleferier {year} er gemt", "School holidays {year} saved";
    VIS_ERR_SCHOOL_NEEDED: "Et skolebesøg skal have et sted", "A school visit needs an institution";
    VIS_ERR_TIME: "Skriv et klokkeslæt som 10:00", "Write a time such as 10:00";
    VIS_ERR_NUMBER: "Skriv et helt tal, 0 eller mere", "Write a whole number, 0 or more";
    VIS_ERR_NUMBER_TOO_LARGE: "Tallet er for stort", "The number is too large";
    VIS_ERR_GOTO: "Skriv en dato (3.12) eller en uge (uge 12)", "Write a date (3.12) or a week (week 12)";
    VIS_ERR_RANGE: "Skriv en periode som 1.12–31.12.2026 (tom for alle)", "Write a range such as 1.12–31.12.2026 (empty for all)";
    VIS_ERR_PATH: "Skriv et filnavn", "Write a file name";
    VIS_ERR_HOLIDAY_LINE: "Skriv navn og periode: Vinterferie 13.2.2027–21.2.2027", "Write a name and a range: Winter 13.2.2027–21.2.2027";
    VIS_SAVED: "Gemt: {event}", "Saved: {event}";
    VIS_CANCELLED_EVENT: "Arrangementet er aflyst, og dets bookinger er annulleret", "The event is cancelled, and its bookings with it";
    VIS_BOOKED: "{n} booket", "{n} booked";
    VIS_UNBOOKED: "Bookingen er meldt afbud", "The booking is cancelled";
    VIS_BOOK_BLOCKED: "Ikke booket — blokeret: {names}. Giv en begrundelse for at booke alligevel.", "Not booked — blocked: {names}. Give a reason to book anyway.";
    VIS_FORCE_ASK: "✗ Blokeret: {names}. Begrundelse for at booke alligevel (logges):", "✗ Blocked: {names}. Reason to book anyway (logged):";
    VIS_FORCE_REASON_MISSING: "Skriv en begrundelse, eller Esc for at fortryde", "Write a reason, or Esc to go back";
    VIS_CHOOSE_FIRST: "Markér personer med mellemrum først", "Mark persons with space first";
    VIS_ALREADY_BOOKED: "Allerede booket på arrangementet (x melder afbud)", "Already booked on this event (x cancels)";
    VIS_NOT_BOOKED: "Personen er ikke booket her", "The person is not booked here";
    VIS_ASK_UNBOOK: "Afbud for {name} til {event}?", "Cancel the booking of {name} for {event}?";
    VIS_NOT_BOOKABLE: "Et afholdt eller aflyst arrangement kan ikke bookes", "A held or cancelled event cannot be booked";
    VIS_EXPORTED: "{n} {n|arrangement|arrangementer} skrevet til {path}", "{n} {n|event|events} written to {path}";
    VIS_K_PREV_WEEK: "Forrige uge", "Previous week";
    VIS_K_NEXT_WEEK: "Næste uge", "Next week";
    VIS_K_TODAY: "I dag", "Today";
    VIS_K_GOTO: "Gå til", "Go to";
    VIS_K_VIEW: "Uge/liste", "Week/list";
    VIS_K_BOOK: "Book", "Book";
    VIS_K_ADVANCE: "Næste status", "Next status";
    VIS_K_CANCEL_EVENT: "Aflys", "Cancel event";
    VIS_K_RANGE: "Periode", "Date range";
    VIS_K_INSTITUTION: "Sted-filter", "Institution filter";
    VIS_K_HOLIDAYS: "Skoleferier", "School holidays";
    VIS_K_EXPORT: "Eksportér kalender (.ics)", "Export calendar (.ics)";
    VIS_K_OPEN: "Åbn", "Open";
    VIS_K_MARK: "Markér", "Mark";
    VIS_K_BOOK_MARKED: "Book", "Book";
    VIS_K_UNBOOK: "Afbud", "Cancel booking";
    VIS_K_CLOSE: "Luk", "Close";
    VIS_K_OK: "OK", "OK";
    VIS_P_GOTO: "Gå til dato eller uge (3.12, uge 12):", "Go to date or week (3.12, week 12):";
    VIS_P_CANCEL: "Hvorfor aflyses arrangementet?", "Why is the event cancelled?";
    VIS_P_EXPORT: "Gem kalenderen (.ics) som:", "Save the calendar (.ics) as:";
    VIS_P_RANGE: "Periode (1.12–31.12.2026, tom for alle):", "Date range (1.12–31.12.2026, empty for all):";
    VIS_P_INSTITUTION: "Sted (del af navnet, tom for alle):", "Institution (part of the name, empty for all):";
    VIS_WEEK_TITLE: "{week} · {from}–{to}", "{week} · {from}–{to}";
    VIS_NO_EVENTS_WEEK: "Ingen arrangementer i ugen — n opretter et", "No events this week — n creates one";
    VIS_NO_EVENTS: "Ingen arrangementer — n opretter et", "No events — n creates one";
    VIS_MORE: "+{n} mere", "+{n} more";
    VIS_UNDERSTAFFED: "mangler folk", "understaffed";
    VIS_LEGEND: "Symboler for arrangementer", "Event symbols";
    VIS_COL_DATE: "Dato", "Date";
    VIS_COL_TIME: "Tid", "Time";
    VIS_COL_PLACE: "Sted", "Institution";
    VIS_COL_KIND: "Type", "Kind";
    VIS_COL_STATUS: "Status", "Status";
    VIS_COL_STAFF: "Bemanding", "Staffing";
    VIS_COL_PERSON: "Person", "Person";
    VIS_COL_VERDICT: "Vurdering", "Verdict";
    VIS_COL_SEASON: "Sæson", "Season";
    VIS_ALL_DAY: "hele dagen", "all day";
    VIS_ALL_DAY_SHORT: "heldag", "all day";
    VIS_ALL: "alle", "all";
    VIS_FROM: "fra {date}", "from {date}";
    VIS_TO: "til {date}", "to {date}";
    VIS_DETAIL_PEOPLE: "Booket", "Booked";
    VIS_DETAIL_NOBODY: "Ingen booket endnu — b åbner listen", "Nobody booked yet — b opens the picker";
    VIS_DETAIL_FORCED: "tvunget: {reason}", "forced: {reason}";
    VIS_DETAIL_CANCELLED: "Aflyst: {reason}", "Cancelled: {reason}";
    VIS_PICKER_TITLE: "Book til {event}", "Book for {event}";
    VIS_PICKER_HEAD: "{staffing} · markeret {n} · ✓ kan bookes ⚠ advarsel ✗ blokeret", "{staffing} · marked {n} · ✓ eligible ⚠ warning ✗ blocked";
    VIS_PICKER_FORECAST: "Prognose {year}: {before} → {after} af {budget}", "Forecast {year}: {before} → {after} of {budget}";
    VIS_FORM_OPEN_NEEDS: "Åbne behov {cost}", "Unstaffed {cost}";
    VIS_FORM_FULLY_STAFFED: "Åbne behov {cost} · hvis fuldt bemandet {year}: {full} ({percent} %)", "Unstaffed {cost} · if fully staffed {year}: {full} ({percent} %)";
    VIS_PICKER_NO_FORECAST: "Budget {year}: prognosen vises for indeværende år", "Budget {year}: the forecast is shown for the current year";
    VIS_PICKER_BOOKED_HERE: "booket her", "booked here";
    VIS_PICKER_EVENTS: "{n} i sæsonen", "{n} this season";
    VIS_ICS_ADDRESS: "Adresse", "Address";
    VIS_ICS_GRADES: "Klasser", "Grades";
    VIS_ICS_CONTACT: "Kontakt", "Contact";
    VIS_ICS_PEOPLE: "Booket", "Booked";
    VIS_ICS_STATUS: "Status", "Status";
    VIS_ICS_NOTES: "Noter", "Notes";
    VIS_ICS_CANCELLED_SUMMARY: "AFLYST: {summary}", "CANCELLED: {summary}";
    VIS_ICS_CANCEL_REASON: "Aflyst fordi", "Cancelled because";
    VIS_ICS_CALENDAR_NAME: "{corps}, besøg", "{corps}, visits";
    OV_ALERTS: "Advarsler", "Alerts";
    OV_NO_ALERTS: "Ingen advarsler", "No alerts";
    OV_UNDERSTAFFED: "⚠ {event}: {staffing} — mangler folk", "⚠ {event}: {staffing} — needs people";
    OV_ENDING: "⚠ {name}: udpegningen udløber {date}", "⚠ {name}: appointment ends {date}";
    OV_ENDING_MORE: "  … og {n} {n|udpegning|udpegninger} mere, der udløber de næste 30 dage: se dem under 3 Udpegninger", "  … and {n} more {n|appointment|appointments} ending in the next 30 days: see them under 3 Appointments";
    OV_UNVISITED: "⚠ {name}: ikke besøgt i sæsonen", "⚠ {name}: not visited this season";
    OV_UNVISITED_MORE: "  … og {n} {n|skole|skoler} mere uden besøg i sæsonen {season}", "  … and {n} more {n|school|schools} not visited in season {season}";
    OV_WEEKS: "Denne og næste uges arrangementer", "This and next week's events";
    OV_NO_EVENTS: "Ingen arrangementer i de to uger", "No events in the two weeks";
    OV_WEEKS_MORE: "  … og {n} {n|arrangement|arrangementer} mere i de to uger: se dem alle i ugevisningen under 4 Besøg", "  … and {n} more {n|event|events} in the two weeks: see them all in the week view under 4 Visits";
    OV_UNDERSTAFFED_MORE: "  … og {n} {n|arrangement|arrangementer} mere, der mangler folk de næste 14 dage", "  … and {n} more {n|event|events} short of people in the next 14 days";
    OV_BUDGET: "Budget", "Budget";
    CLI_CAL_BAD_DATE: "--from/--to \"{value}\": {reason}", "--from/--to \"{value}\": {reason}";
    CLI_CAL_BACKWARDS: "--to er før --from", "--to is before --from";
    CLI_CAL_NO_PERSON: "Ingen person hedder \"{person}\" eller har det id", "No person is called \"{person}\" or has that id";
    CLI_CAL_MANY_PERSONS: "{n} personer hedder \"{person}\" — brug deres id", "{n} persons are called \"{person}\" — use their id";
    OV_BUDGET_LATER: "Budgettet vises her, når budgetdelen er på plads", "The budget shows here once the budget part is in place";
}

use super::Text;

/// The labels of the school-holiday dialog's lines.
pub const VIS_HOLIDAY_LINES: [Text; 8] = [
    VIS_HOLIDAY_1,
    VIS_HOLIDAY_2,
    VIS_HOLIDAY_3,
    VIS_HOLIDAY_4,
    VIS_HOLIDAY_5,
    VIS_HOLIDAY_6,
    VIS_HOLIDAY_7,
    VIS_HOLIDAY_8,
];
