//! Texts of the yearly ambassador list, `korps export list` and the print dialog.

super::catalog! {
    LIST_TITLE: "Ambassadørliste", "Ambassador list";
    LIST_SEASON: "Sæson {season}", "Season {season}";
    LIST_PRINTED: "Udskrevet {date}", "Printed {date}";
    LIST_INTERNAL_NOTE: "Intern – indeholder kontaktoplysninger", "Internal – contains contact details";
    LIST_PUBLIC_NOTE: "Offentlig udgave", "Public version";
    LIST_ROLE_MODELS: "Rollemodeller", "Role models";
    LIST_AMBASSADORS: "Ambassadører", "Ambassadors";
    LIST_COL_NAME: "Navn", "Name";
    LIST_COL_SCHOOL: "Skole/sted", "School/place";
    LIST_COL_EDUCATION: "Uddannelse", "Education";
    LIST_COL_PHONE: "Telefon", "Phone";
    LIST_COL_EMAIL: "E-mail", "E-mail";
    LIST_COL_TERM: "Periode", "Term";
    LIST_COL_EVENTS: "Arr.", "Events";
    LIST_COL_HONORARIA: "Honorar", "Honoraria";
    LIST_TOTAL: "I alt {count}", "Total {count}";
    LIST_ENDED_EARLY: "(stoppet)", "(ended)";
    LIST_FILE_BASE: "ambassadørliste", "ambassador-list";
    LIST_FILE_PUBLIC: "offentlig", "public";
    LIST_WRITTEN: "ambassadørlisten for {season}, {count} personer", "the ambassador list for {season}, {count} persons";
    LIST_BAD_SEASON: "Ukendt sæson {value} — skriv den som {example}", "Unknown season {value} — write it as {example}";
    PRINT_TITLE: "Udskriv ambassadørliste", "Print ambassador list";
    PRINT_VARIANT: "Udgave", "Variant";
    PRINT_INTERNAL: "intern (med kontaktoplysninger)", "internal (with contact details)";
    PRINT_PUBLIC: "offentlig (uden kontaktoplysninger)", "public (no contact details)";
    PRINT_FORMAT: "Format", "Format";
    PRINT_SEASON: "Sæson", "Season";
    PRINT_PATH: "Fil", "File";
    PRINT_PRINTER: "Send til printer", "Send to printer";
    PRINT_NO_PRINTER: "ingen printer (lp findes ikke)", "no printer (lp not found)";
    PRINT_ONLY_PDF: "kun for PDF", "PDF only";
    PRINT_HINT: "Tab/↑↓ felt · ←→ vælg · Enter skriv · Esc luk", "Tab/↑↓ field · ←→ choose · Enter write · Esc close";
    PRINT_EMPTY_PATH: "Skriv et filnavn", "Type a file name";
    PRINT_WRITTEN: "Skrevet: {path} ({count} personer)", "Written: {path} ({count} persons)";
    PRINT_SENT: "Skrevet: {path} og sendt til printeren", "Written: {path} and sent to the printer";
    PRINT_LP_FAILED: "Skrevet: {path}, men printeren svarede: {reason}", "Written: {path}, but the printer said: {reason}";
    PRINT_WRITE_FAILED: "Kunne ikke skrive {path}: {reason}", "Could not write {path}: {reason}";
    PRINT_WRITING: "Skriver …", "Writing …";
    K_PRINT: "Udskriv liste", "Print list";
    K_PRINT_WRITE: "Skriv filen", "Write the file";
}
