//! Texts of the Fremmøde (attendance) screen: the events to log, their bookings, the prompts
//! for hours, amount and reason, the walk-in picker and the messages after logging.

super::catalog! {
    ATT_EVENTS_TITLE: "Arrangementer at registrere ({n})", "Events to log ({n})";
    ATT_LOGGED: "{done}/{total} logget", "{done}/{total} logged";
    ATT_EMPTY: "Intet at registrere: alle afholdte arrangementer er logget.",
        "Nothing to log: every past event is logged.";
    ATT_LOADING: "Henter …", "Loading …";
    ATT_BOOKINGS_TITLE: "Tilmeldte", "Bookings";
    ATT_NO_BOOKINGS: "Ingen tilmeldte.", "No bookings.";
    ATT_PENDING: "afventer", "to log";
    ATT_WALK_IN_MARK: "walk-in", "walk-in";
    ATT_HOURS_SET: "timer {hours}", "hours {hours}";
    ATT_K_EVENT_UP: "Forrige arrangement", "Previous event";
    ATT_K_EVENT_DOWN: "Næste arrangement", "Next event";
    ATT_K_BOOKING_NEXT: "Næste tilmeldte", "Next booking";
    ATT_K_EVENTS: "Arrangement", "Event";
    ATT_K_PEOPLE: "Person", "Person";
    ATT_K_BOOKING_PREV: "Forrige tilmeldte", "Previous booking";
    ATT_K_ATTENDED: "Mødt", "Attended";
    ATT_K_NO_SHOW: "Udeblevet", "No-show";
    ATT_K_CANCELLED: "Afbud", "Cancelled";
    ATT_K_HOURS: "Timer", "Hours";
    ATT_K_AMOUNT: "Mødt, andet beløb", "Attended, other amount";
    ATT_K_WALK_IN: "Walk-in", "Walk-in";
    ATT_K_CHOOSE: "Vælg", "Choose";
    ATT_K_OK: "OK", "OK";
    ATT_K_CLOSE: "Luk", "Close";
    ATT_HOURS_PROMPT: "Timer for {name} (t:mm eller 1,5)", "Hours for {name} (h:mm or 1.5)";
    ATT_HOURS_INVALID: "Skriv timer som 1:30 eller 1,5 (højst 24 timer).",
        "Write hours as 1:30 or 1.5 (at most 24 hours).";
    ATT_HOURS_NOTED: "{name}: {hours} timer — tryk M for mødt.",
        "{name}: {hours} hours — press M for attended.";
    ATT_AMOUNT_PROMPT: "Beløb for {name} (kr.)", "Amount for {name} (kr.)";
    ATT_AMOUNT_INVALID: "Skriv et beløb som 650 eller 650,00.", "Write an amount like 650 or 650.00.";
    ATT_REASON_PROMPT: "Hvorfor {amount} kr. i stedet for satsen?",
        "Why {amount} kr. instead of the rate?";
    ATT_REASON_NEEDED: "Et andet beløb end satsen kræver en begrundelse.",
        "An amount other than the rate needs a reason.";
    ATT_REASON_NEEDED_RATE: "Satsen er {rate} kr.; et andet beløb kræver en begrundelse.",
        "The rate is {rate} kr.; another amount needs a reason.";
    ATT_NO_RATE: "Der er ingen sats for denne type på datoen: brug b og angiv beløb og begrundelse.",
        "There is no rate for this kind on the date: use b and give an amount and a reason.";
    ATT_APPROVED: "Honoraret til {name} er godkendt og kan ikke længere rettes her. Når det er udbetalt, rettes det med en korrektion (K) under Honorarer.",
        "The honorarium of {name} is approved and can no longer be fixed here. Once it is paid, fix it with a correction (K) under Honorarer.";
    ATT_PAID: "Honoraret til {name} er udbetalt og kan ikke længere rettes her: lav en korrektion (K) under Honorarer.",
        "The honorarium of {name} is paid and can no longer be fixed here: make a correction (K) under Honorarer.";
    ATT_LOCKED_APPROVED: "Honoraret er godkendt — rettes kun med en korrektion (K) under Honorarer, når det er udbetalt.",
        "The honorarium is approved — only a correction (K) under Honorarer fixes it, once it is paid.";
    ATT_LOCKED_PAID: "Honoraret er udbetalt — ret det med en korrektion (K) under Honorarer.",
        "The honorarium is paid — fix it with a correction (K) under Honorarer.";
    ATT_HON_APPROVED: "godkendt", "approved";
    ATT_HON_PAID: "udbetalt", "paid";
    ATT_LOGGED_TITLE: "Logget de sidste {weeks} uger ({n})", "Logged in the last {weeks} weeks ({n})";
    ATT_LOGGED_EMPTY: "Intet logget de sidste {weeks} uger.", "Nothing logged in the last {weeks} weeks.";
    ATT_K_VIEW: "Vis loggede / at logge", "Show logged / to log";
    ATT_K_VIEW_LOGGED: "Vis loggede", "Show logged";
    ATT_K_VIEW_TO_LOG: "Vis at logge", "Show to log";
    ATT_NOT_LOGGABLE: "Arrangementet ligger i fremtiden eller er aflyst.",
        "The event is in the future or cancelled.";
    ATT_INVALID: "Ugyldigt beløb eller antal timer.", "Invalid amount or hours.";
    ATT_NOTHING_SELECTED: "Vælg en tilmeldt først.", "Select a booking first.";
    ATT_LOGGED_ATTENDED: "{name}: mødt, honorar {amount} kr. afventer godkendelse.",
        "{name}: attended, honorarium {amount} kr. awaiting approval.";
    ATT_LOGGED_NO_SHOW: "{name}: udeblevet.", "{name}: no-show.";
    ATT_LOGGED_CANCELLED: "{name}: afbud.", "{name}: cancelled.";
    ATT_EVENT_HELD: "Alle er logget: arrangementet er nu afholdt.",
        "Everyone is logged: the event is now held.";
    ATT_WALK_IN_TITLE: "Walk-in på {event}", "Walk-in at {event}";
    ATT_WALK_IN_HEAD: "Vælg den, der mødte op (✓ kan, ⚠ advarsel, ✗ blokeret)",
        "Choose who turned up (✓ eligible, ⚠ warning, ✗ blocked)";
    ATT_WALK_IN_NONE: "Ingen personer at tilføje.", "No persons to add.";
    ATT_WALK_IN_BLOCKED: "✗ {name} er blokeret: {why}. Skriv en begrundelse for at tilføje alligevel:",
        "✗ {name} is blocked: {why}. Write a reason to add them anyway:";
    ATT_WALK_IN_REFUSED: "✗ Blokeret, og ingen begrundelse: {names}.",
        "✗ Blocked, and no reason given: {names}.";
    ATT_WALK_IN_HOURS: "Timer: {hours} · t ændrer", "Hours: {hours} · t changes them";
    ATT_WALK_IN_NO_HOURS: "ingen (kun satsens faste del)", "none (only the rate's fixed part)";
    ATT_WALK_IN_HOURS_EDIT: "Timer (t:mm eller 1,5): ", "Hours (h:mm or 1.5): ";
    ATT_WALK_IN_DONE: "{name} tilføjet som walk-in og logget mødt ({amount} kr.).",
        "{name} added as a walk-in and logged attended ({amount} kr.).";
}
