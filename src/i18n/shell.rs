//! Texts of the app shell: tabs, status bar, keys, help, questions and common messages.

super::catalog! {
    TAB_OVERSIGT: "Oversigt", "Overview";
    TAB_KORPS: "Korps", "Corps";
    TAB_UDPEGNINGER: "Udpegninger", "Appointments";
    TAB_BESOEG: "Besøg", "Visits";
    TAB_FREMMOEDE: "Fremmøde", "Attendance";
    TAB_HONORARER: "Honorarer", "Honoraria";
    TAB_BUDGET: "Budget", "Budget";
    TAB_STEDER: "Steder", "Places";
    SCREEN_LATER: "Skærmen {screen} er ikke bygget endnu", "The {screen} screen is not built yet";
    TOO_SMALL: "Gør vinduet større (mindst {min}, nu {now})", "Make the window larger (at least {min}, now {now})";
    STATUS_DB: "db", "db";
    STATUS_USER: "bruger", "user";
    HELP_TITLE: "Taster — {screen}", "Keys — {screen}";
    HELP_TABS: "Skift skærm", "Switch screen";
    HELP_MOUSE: "Mus: klik på faneblade og rækker, rul med hjulet", "Mouse: click tabs and rows, scroll with the wheel";
    CONFIRM_TITLE: "Bekræft", "Confirm";
    LOADING: "Henter …", "Loading …";
    CANCELLED: "Annulleret", "Cancelled";
    RELOADED: "Genindlæst", "Reloaded";
    NOTHING_SELECTED: "Vælg en række først", "Select a row first";
    CHANGES_DISCARDED: "Ændringerne blev kasseret", "Changes discarded";
    FIX_FIELDS: "Ret de markerede felter — intet er gemt", "Fix the marked fields — nothing was saved";
    ASK_DISCARD: "Kassér dine ændringer? (j/n)", "Discard your changes? (y/n)";
    ASK_DELETE: "Slet {name}? Det kan ikke fortrydes.", "Delete {name}? This cannot be undone.";
    SEARCH: "Søg", "Search";
    FILTER: "Filter", "Filter";
    ROWS: "{n} {n|række|rækker}", "{n} {n|row|rows}";
    ROW_OF: "{row} af {n}", "{row} of {n}";
    NO_ROWS: "Ingen rækker matcher", "No rows match";
    K_UP: "Op", "Up";
    K_DOWN: "Ned", "Down";
    K_PAGE_UP: "Side op", "Page up";
    K_PAGE_DOWN: "Side ned", "Page down";
    K_FIRST: "Første", "First";
    K_LAST: "Sidste", "Last";
    K_SEARCH: "Søg", "Search";
    K_NEW: "Ny", "New";
    K_EDIT: "Redigér", "Edit";
    K_FILTER_KIND: "Type", "Kind";
    K_FILTER_STATUS: "Status", "Status";
    K_FILTER_ARCHIVED: "Vis arkiverede", "Show archived";
    K_FILTER_INACTIVE: "Vis inaktive", "Show inactive";
    K_ARCHIVE: "Arkivér", "Archive";
    K_TOGGLE_ACTIVE: "Aktiv/inaktiv", "Active/inactive";
    HELP_LIST: "Listen", "The list";
    HELP_MORE_ONE: "↓ {n} linje mere", "↓ {n} more line";
    HELP_MORE: "↓ {n} linjer mere", "↓ {n} more lines";
    HELP_SEARCH: "Mens du søger", "While searching";
    HELP_PICKER: "I vælgeren", "In the picker";
    HELP_PROMPT: "Når der spørges på én linje", "In a one-line question";
    HELP_FORM: "I en formular", "In a form";
    K_DELETE: "Slet", "Delete";
    K_RELOAD: "Genindlæs", "Reload";
    K_CLEAR: "Ryd søgning/besked", "Clear search/message";
    K_CLEAR_MESSAGE: "Ryd besked", "Clear message";
    K_HELP: "Hjælp", "Help";
    K_QUIT: "Afslut", "Quit";
    K_SEARCH_DONE: "Til listen", "To the list";
    K_SEARCH_LEAVE: "Ryd/forlad", "Clear/leave";
    K_BACKSPACE: "Slet tegn til venstre", "Delete character left";
    K_DELETE_CHAR: "Slet tegn til højre", "Delete character right";
    K_CURSOR: "Flyt markør", "Move cursor";
    K_CLEAR_FIELD: "Ryd feltet", "Clear the field";
    K_SAVE: "Gem", "Save";
    K_RELOAD_FORM: "Genindlæs, behold dit", "Reload, keep yours";
    FORM_NOTHING_TO_RELOAD:
        "Her er intet gemt at genindlæse: formularen opretter noget nyt.",
        "There is nothing stored to reload: this form creates something new.";
    FORM_RELOADED_NONE:
        "Genindlæst: den anden har ikke ændret noget, der står i formularen. Det du har skrevet er bevaret. Gem med Ctrl-S.",
        "Reloaded: the other user changed nothing shown in this form. What you typed is kept. Save with Ctrl-S.";
    DIALOG_RELOADED:
        "Genindlæst, som det er gemt nu. Det du har skrevet er bevaret.",
        "Reloaded as stored now. What you typed is kept.";
    FORM_RELOADED:
        "Genindlæst: den andens værdi vises i {fields}. Det du har skrevet i de andre felter er bevaret. Gem med Ctrl-S.",
        "Reloaded: the other user's value is shown in {fields}. What you typed in the other fields is kept. Save with Ctrl-S.";
    FORM_RELOADED_BOTH:
        "Genindlæst: den andens værdi vises i {fields}. I har begge ændret {both} — dér vises den andens værdi i stedet for din. Resten af det du har skrevet er bevaret. Gem med Ctrl-S.",
        "Reloaded: the other user's value is shown in {fields}. You both changed {both} — there their value replaces yours. The rest of what you typed is kept. Save with Ctrl-S.";
    K_CANCEL: "Annullér", "Cancel";
    K_NEXT_FIELD: "Næste felt", "Next field";
    K_PREV_FIELD: "Forrige felt", "Previous field";
    K_CHOICE_PREV: "Forrige valg", "Previous choice";
    K_CHOICE_NEXT: "Næste valg", "Next choice";
    K_YES: "Ja", "Yes";
    K_NO: "Nej", "No";
    K_CLOSE_HELP: "Luk hjælpen", "Close help";
}
