//! The command line's `--help` in both languages, and the words clap itself would print in
//! English (headings, usage, argument errors). `cli::clap_i18n` puts these onto the clap command
//! before parsing, so `--help` and every argument error speak the UI language.
//!
//! [`CLI_HELP`] is keyed by place: `""` is the program, `"export calendar"` a command, and
//! `"export calendar --from"` / `"import people <file>"` an option (by its long name) or a
//! positional argument (by its id). A test in `cli::clap_i18n` fails when a command or argument
//! has no entry here, or an entry names nothing.

use super::Text;

/// A text of the table below.
const fn t(da: &'static str, en: &'static str) -> Text {
    Text { da, en }
}

/// Help texts of the command line, by place (see the module doc).
pub const CLI_HELP: &[(&str, Text)] = &[
    (
        "",
        t(
            "korps — koordinering af et kommunalt rollemodelkorps (Rollemodelkorpset). Uden en kommando åbner korps den interaktive skærm på databasen.",
            "korps — coordinating a municipal role-model corps (Rollemodelkorpset). Without a command korps opens the terminal interface on the database.",
        ),
    ),
    (
        "--db",
        t(
            "Databasefilen [standard: KORPS_DB, ellers korps.db i datamappen]",
            "The database file [default: KORPS_DB, else korps.db in the data directory]",
        ),
    ),
    (
        "--lang",
        t(
            "Sproget i skærmbilleder og beskeder [standard: konfigurationsfilen, ellers da]",
            "The language of the interface and messages [default: the config file, else da]",
        ),
    ),
    (
        "--demo",
        t(
            "Brug demodatabasen (demo.db i datamappen); programmet og init laver den, hvis den mangler",
            "Use the demo database (demo.db in the data directory); made when the program or init opens it",
        ),
    ),
    ("--help", t("Vis denne hjælp", "Print this help")),
    ("--version", t("Vis versionen", "Print the version")),
    (
        "demo",
        t(
            "Skriv en realistisk demodatabase, lavet ud fra dags dato",
            "Write a realistic demo database, generated relative to today",
        ),
    ),
    (
        "demo --out",
        t("Hvor databasen skrives", "Where to write the database"),
    ),
    (
        "demo --scale",
        t(
            "Gang antallet af personer og steder med N (1–1000)",
            "Multiply the number of persons and places by N (1–1000)",
        ),
    ),
    (
        "demo --seed",
        t(
            "Generatorens frø: samme frø og samme dag giver samme database",
            "The seed of the generator: the same seed and day give the same database",
        ),
    ),
    (
        "demo --force",
        t(
            "Erstat filen, hvis den findes",
            "Replace the file if it exists",
        ),
    ),
    (
        "render",
        t(
            "Kør et skærmbillede uden terminal og skriv det som tekst (til dokumentation, test og målinger)",
            "Run a screen headless and print it as text (for docs, tests and benchmarks)",
        ),
    ),
    (
        "render <screen>",
        t(
            "Skærmbilledet: oversigt, korps, udpegninger, besoeg, fremmoede, honorarer, budget, steder",
            "The screen: oversigt, korps, udpegninger, besoeg, fremmoede, honorarer, budget, steder",
        ),
    ),
    (
        "render --size",
        t(
            "Terminalens størrelse, BREDDExHØJDE (hver 1–1000)",
            "The terminal size, WIDTHxHEIGHT (each 1–1000)",
        ),
    ),
    (
        "render --keys",
        t(
            "Taster der trykkes først: tegn som skrevet, særlige taster i vinkelparenteser, fx \"/Søren<Enter>\", \"<Down><Down>e\" eller \"<Ctrl-S>\" (se README)",
            "Keys to replay first: characters as typed, special keys in angle brackets, e.g. \"/Søren<Enter>\", \"<Down><Down>e\" or \"<Ctrl-S>\" (see the README)",
        ),
    ),
    (
        "export",
        t(
            "Eksportér en liste, en kalender, en rapport eller en udbetaling til en fil",
            "Export a list, calendar, report or payout to a file",
        ),
    ),
    (
        "export list",
        t(
            "Ambassadørlisten for en sæson (PDF, HTML, CSV, tekst eller Excel)",
            "The yearly ambassador list of a season (PDF, HTML, CSV, text or Excel)",
        ),
    ),
    (
        "export list --season",
        t(
            "Sæsonen, fx 2026/27 [standard: den nuværende sæson]",
            "The season, e.g. 2026/27 [default: the current season]",
        ),
    ),
    (
        "export list --public",
        t(
            "Den offentlige udgave: uden telefon, e-mail, arrangementer og honorarer",
            "The public variant: without phone, e-mail, events and honoraria",
        ),
    ),
    (
        "export --format",
        t(
            "Filformatet [standard: filnavnets endelse]",
            "The file format [default: from the file name's extension]",
        ),
    ),
    (
        "export --output",
        t(
            "Hvor der skrives (- for standardoutput), kun læsbar for ejeren; formatet følger filens endelse, medmindre --format er givet",
            "Where to write (- for standard output), owner-readable only; the format follows the file's extension unless --format is given",
        ),
    ),
    (
        "export calendar",
        t(
            "Arrangementer som iCalendar-fil (.ics) til Outlook og andre kalendere",
            "Events as an iCalendar file (.ics) for Outlook and other calendars",
        ),
    ),
    (
        "export calendar --from",
        t(
            "Første dato (danske former som 1.12.2026 eller 2026-12-01) [standard: alle]",
            "The first date (Danish forms such as 1.12.2026, or 2026-12-01) [default: all]",
        ),
    ),
    (
        "export calendar --to",
        t(
            "Sidste dato [standard: alle]",
            "The last date [default: all]",
        ),
    ),
    (
        "export calendar --person",
        t(
            "Kun de arrangementer, personen er booket på (et navn eller et id)",
            "Only the events this person is booked on (a name or an id)",
        ),
    ),
    (
        "export person",
        t(
            "Alt hvad der er gemt om én person, som JSON (en registreret persons indsigtsret)",
            "Everything stored about one person, as JSON (a data subject's access request)",
        ),
    ),
    (
        "export person <who>",
        t("Personens id eller navn", "The person's id, or name"),
    ),
    (
        "export payouts",
        t(
            "En udbetaling som lønfil (CSV)",
            "A payout batch as the payroll CSV",
        ),
    ),
    (
        "export payouts --batch",
        t(
            "Udbetalingens id (vises på skærmen Honorarer)",
            "The payout batch's id (shown on the Honorarer screen)",
        ),
    ),
    (
        "export report",
        t(
            "Statusrapporten til udvalget for et år eller projektperioden (PDF, HTML eller Markdown)",
            "The committee status report for a year or the project period (PDF, HTML or Markdown)",
        ),
    ),
    (
        "export report --year",
        t("Rapportens år", "The year of the report"),
    ),
    (
        "export report --period",
        t("Hele projektperioden", "The whole project period"),
    ),
    (
        "import",
        t("Importér fra et regneark", "Import from a spreadsheet"),
    ),
    (
        "import people",
        t(
            "Personer (og evt. deres udpegninger) fra en CSV- eller XLSX-fil med danske eller engelske kolonneoverskrifter",
            "Persons (and optionally their terms) from a CSV or XLSX file with Danish or English column headers",
        ),
    ),
    (
        "import people <file>",
        t(
            "Regnearket: .csv (; eller , som skilletegn, UTF-8 eller Windows-1252) eller .xlsx (første ark)",
            "The spreadsheet: .csv (; or , separated, UTF-8 or Windows-1252) or .xlsx (first sheet)",
        ),
    ),
    (
        "import people --dry-run",
        t(
            "Tjek og rapportér kun; skriv intet",
            "Check and report only; write nothing",
        ),
    ),
    (
        "import people --kind",
        t(
            "Typen for rækker uden en: ambassadør eller rollemodel",
            "The kind of rows without one: ambassadør or rollemodel (ambassador, role-model)",
        ),
    ),
    (
        "import people --update",
        t(
            "Gem det, filen siger anderledes om personer, der allerede findes (vises i rapporten)",
            "Save what the file says differently about persons already there (shown in the report)",
        ),
    ),
    (
        "export payouts --allow-missing-payroll",
        t(
            "Skriv filen, selv om nogen mangler lønnummer (de nævnes som advarsel)",
            "Write the file even if someone has no payroll number (they are named as a warning)",
        ),
    ),
    (
        "init",
        t(
            "Opret en ny, tom database ved --db (eller KORPS_DB, eller i datamappen)",
            "Create a new, empty database at --db (or KORPS_DB, or the data directory)",
        ),
    ),
    (
        "backup",
        t(
            "Skriv en sammenhængende kopi af databasen til FIL (sikkert, mens andre arbejder)",
            "Write a consistent copy of the database to FILE (safe while others are working)",
        ),
    ),
    (
        "backup <file>",
        t(
            "Hvor kopien skrives (kun læsbar for ejeren)",
            "Where to write the copy (owner-readable only)",
        ),
    ),
    (
        "backup --force",
        t("Erstat FIL, hvis den findes", "Replace FILE if it exists"),
    ),
    (
        "restore",
        t(
            "Erstat databasen med en sikkerhedskopi: den tjekkes først, og den nuværende gemmes ved siden af",
            "Replace the database with a backup: checked first, the current one kept beside it",
        ),
    ),
    (
        "restore <file>",
        t("Sikkerhedskopien der gendannes", "The backup to restore"),
    ),
    (
        "check",
        t(
            "Tjek databasen: integritet, referencer, skemaversion og domænets regler",
            "Check the database: integrity, references, schema version and the domain's rules",
        ),
    ),
    (
        "privacy",
        t(
            "Privatliv: gennemgangslisten over personer, der har været inaktive i årevis",
            "Privacy: the review list of people inactive for years",
        ),
    ),
    (
        "privacy review",
        t(
            "Vis personer uden udpegning eller anden aktivitet i mere end N år",
            "List people with no appointment or other activity for more than N years",
        ),
    ),
    (
        "privacy review --years",
        t(
            "Antal år [standard: review_after_years i konfigurationsfilen, ellers 2]",
            "The number of years [default: review_after_years in the config, else 2]",
        ),
    ),
    (
        "budget",
        t(
            "Årets budgettal og advarsler",
            "The year's budget figures and flags",
        ),
    ),
    (
        "budget --year",
        t(
            "Budgetåret [standard: i år]",
            "The budget year [default: this year]",
        ),
    ),
    (
        "budget --json",
        t(
            "Skriv JSON i stedet for tekst",
            "Print JSON instead of text",
        ),
    ),
];

/// The help text of a place in the command tree (see the module doc).
pub fn cli_help(place: &str) -> Option<Text> {
    let key = cli_help_key(place)?;
    CLI_HELP.iter().find(|(k, _)| *k == key).map(|(_, t)| *t)
}

/// The key of [`CLI_HELP`] that gives `place` its help: the place itself; for an option shared
/// by a command's subcommands (every export's `-o` and `--format`), the nearest command above
/// that has it; for `--help` and the global options, their entry at the top.
pub fn cli_help_key(place: &str) -> Option<&'static str> {
    let find = |key: &str| CLI_HELP.iter().find(|(k, _)| *k == key).map(|(k, _)| *k);
    find(place).or_else(|| {
        let (command, arg) = place.rsplit_once(' ')?;
        let mut words: Vec<&str> = command.split(' ').collect();
        while words.len() > 1 {
            words.pop();
            if let Some(key) = find(&format!("{} {arg}", words.join(" "))) {
                return Some(key);
            }
        }
        arg.starts_with("--").then(|| find(arg)).flatten()
    })
}

/// The placeholder of an argument's value in the UI language, by its English name (`FILE`).
pub fn cli_value_name(english: &str) -> Option<&'static str> {
    const NAMES: [Text; 12] = [
        VALUE_FILE,
        VALUE_PATH,
        VALUE_DATE,
        VALUE_YEAR,
        VALUE_SEASON,
        VALUE_NAME_OR_ID,
        VALUE_KEYS,
        VALUE_SCREEN,
        VALUE_LANG,
        VALUE_SIZE,
        VALUE_SEED,
        VALUE_KIND,
    ];
    NAMES.iter().find(|t| t.en == english).map(|t| t.da)
}

super::catalog! {
    VALUE_FILE: "FIL", "FILE";
    VALUE_PATH: "STI", "PATH";
    VALUE_DATE: "DATO", "DATE";
    VALUE_YEAR: "ÅR", "YEAR";
    VALUE_SEASON: "SÆSON", "SEASON";
    VALUE_NAME_OR_ID: "NAVN-ELLER-ID", "NAME-OR-ID";
    VALUE_KEYS: "TASTER", "KEYS";
    VALUE_SCREEN: "SKÆRM", "SCREEN";
    VALUE_LANG: "SPROG", "LANG";
    VALUE_SIZE: "BxH", "WxH";
    VALUE_SEED: "FRØ", "S";
    VALUE_KIND: "TYPE", "KIND";
    CLAP_USAGE: "Brug:", "Usage:";
    CLAP_ENVIRONMENT: "Miljøvariabler: KORPS_DB (databasen), KORPS_CONFIG (konfigurationsfilen), KORPS_DEMO_DB (demodatabasen), KORPS_TODAY=ÅÅÅÅ-MM-DD (fastlås dags dato), KORPS_BUSY_TIMEOUT_MS (hvor længe der ventes på en anden brugers lås, standard 5000), NO_COLOR (ingen farver). README beskriver dem alle.", "Environment: KORPS_DB (the database), KORPS_CONFIG (the config file), KORPS_DEMO_DB (the demo database), KORPS_TODAY=YYYY-MM-DD (pin today's date), KORPS_BUSY_TIMEOUT_MS (how long to wait for another user's lock, default 5000), NO_COLOR (no colours). The README describes them all.";
    CLAP_COMMANDS: "Kommandoer", "Commands";
    CLAP_OPTIONS: "Tilvalg", "Options";
    CLAP_ARGUMENTS: "Argumenter", "Arguments";
    CLAP_COMMAND_VALUE: "KOMMANDO", "COMMAND";
    CLAP_OPTIONS_VALUE: "[TILVALG]", "[OPTIONS]";
    CLAP_DEFAULT: "[standard: {value}]", "[default: {value}]";
    CLAP_POSSIBLE: "[mulige værdier: {values}]", "[possible values: {values}]";
    CLAP_MORE_HELP: "Mere hjælp: {command} --help", "For more information: {command} --help";
    CLAP_DID_YOU_MEAN: "Mente du {suggestion}?", "Did you mean {suggestion}?";
    CLAP_UNKNOWN_ARGUMENT: "ukendt tilvalg {arg}", "unknown option {arg}";
    CLAP_UNKNOWN_COMMAND: "ukendt kommando {command}", "unknown command {command}";
    CLAP_INVALID_VALUE: "{value} er ikke en gyldig værdi for {arg}", "{value} is not a valid value for {arg}";
    CLAP_EMPTY_VALUE: "{arg} skal have en værdi", "{arg} needs a value";
    CLAP_VALID_VALUES: "Mulige værdier: {values}.", "Possible values: {values}.";
    CLAP_WHAT_IT_IS: "{arg}: {help}.", "{arg}: {help}.";
    CLAP_MISSING: "mangler {args}", "{args} is missing";
    CLAP_CONFLICT: "{arg} kan ikke bruges sammen med {other}", "{arg} cannot be used with {other}";
    CLAP_TOO_MANY: "{value} er én værdi for meget (til {arg})", "{value} is one value too many (for {arg})";
    CLAP_REPEATED: "{arg} må kun gives én gang", "{arg} may be given only once";
    KEYS_UNKNOWN: "--keys: ukendt tast <{key}>. Tasterne skrives fx <Enter>, <Esc>, <Tab>, <S-Tab>, <Up>, <Down>, <PgUp>, <Home>, <F1>, <Space>, <lt> (et <), og med Ctrl eller Alt som <Ctrl-S> / <C-s> og <Alt-x> / <A-x> (se README)", "--keys: unknown key <{key}>. Keys are written e.g. <Enter>, <Esc>, <Tab>, <S-Tab>, <Up>, <Down>, <PgUp>, <Home>, <F1>, <Space>, <lt> (a <), and with Ctrl or Alt as <Ctrl-S> / <C-s> and <Alt-x> / <A-x> (see the README)";
    KEYS_UNCLOSED: "--keys: et < uden sit > (skriv <lt> for et <)", "--keys: a < without its > (write <lt> for a <)";
    CLAP_OTHER: "argumenterne kunne ikke læses", "the arguments could not be read";
}
