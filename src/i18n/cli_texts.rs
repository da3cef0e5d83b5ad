//! Texts of the command line: config-file errors, start-up errors (`KORPS_TODAY`, where the data
//! lives), argument checks of `korps render`, and the messages of `korps demo`.

super::catalog! {
    CONFIG_READ: "Konfigurationsfilen {path} kan ikke læses: {reason}",
        "The config file {path} cannot be read: {reason}";
    CONFIG_AT: "Fejl i konfigurationsfilen {file}, linje {line}, kolonne {column}: {detail}",
        "Error in the config file {file}, line {line}, column {column}: {detail}";
    CONFIG_AT_TEXT: "Fejl i konfigurationen, linje {line}, kolonne {column}: {detail}",
        "Error in the configuration, line {line}, column {column}: {detail}";
    CONFIG_SYNTAX: "ugyldig TOML ({detail})", "invalid TOML ({detail})";
    CONFIG_UNKNOWN_KEY: "ukendt indstilling \"{key}\" (korps kender: {known})",
        "unknown setting \"{key}\" (korps knows: {known})";
    CONFIG_BAD_LANGUAGE: "sproget skal være \"da\" eller \"en\", ikke \"{value}\"",
        "the language must be \"da\" or \"en\", not \"{value}\"";
    CONFIG_BAD_MONTH: "sæsonens startmåned skal være et helt tal fra 1 til 12, ikke {value}",
        "the season start month must be a whole number from 1 to 12, not {value}";
    CONFIG_NOT_TEXT: "\"{key}\" skal være en tekst i anførselstegn",
        "\"{key}\" must be a text in quotes";
    CLI_BAD_TODAY: "KORPS_TODAY skal være en dato skrevet ÅÅÅÅ-MM-DD, f.eks. 2026-11-27, ikke \"{value}\"",
        "KORPS_TODAY must be a date written YYYY-MM-DD, e.g. 2026-11-27, not \"{value}\"";
    CLI_NO_HOME: "Din hjemmemappe kan ikke findes, så korps ved ikke, hvor databasen skal ligge. Angiv den med --db STI eller KORPS_DB.",
        "Your home folder cannot be found, so korps does not know where the database belongs. Give it with --db PATH or KORPS_DB.";
    CLI_UNKNOWN_SCREEN: "Ukendt skærmbillede \"{screen}\". Vælg et af: {screens}",
        "Unknown screen \"{screen}\". Choose one of: {screens}";
    CLI_BAD_SIZE: "Størrelsen skal skrives BREDDExHØJDE med tal fra 1 til 1000, f.eks. 100x30, ikke \"{size}\"",
        "The size must be written WIDTHxHEIGHT with numbers from 1 to 1000, e.g. 100x30, not \"{size}\"";
    CLI_FILE: "{path} kan ikke skrives: {reason}", "{path} cannot be written: {reason}";
    CLI_NEW_DATABASE: "Ny database: {path}", "New database: {path}";
    CLI_NO_DEMO_DATABASE:
        "Der findes ingen database i {path}. Demodatabasen laves af korps --demo uden kommando (den åbner programmet) eller af korps demo --out {path}.",
        "There is no database at {path}. The demo database is made by korps --demo without a command (it opens the program) or by korps demo --out {path}.";
    CLI_INIT_EXISTS:
        "Der findes allerede en database i {path}; den er ikke ændret.",
        "There already is a database at {path}; it was not changed.";
    CLI_SCREEN_FAILED: "Skærmbilledet kunne ikke vises: {reason}",
        "The screen could not be shown: {reason}";
    DEMO_EXISTS: "{path} findes allerede og bliver ikke overskrevet. Brug --force for at erstatte den.",
        "{path} already exists and is not overwritten. Use --force to replace it.";
    DEMO_CREATING: "Opretter demodatabasen {path} …", "Creating the demo database {path} …";
    DEMO_PROGRESS: "Demodata: {done} af {total}", "Demo data: {done} of {total}";
    DEMO_WRITTEN: "Demodatabasen er skrevet: {path} ({persons} personer, {institutions} steder)",
        "The demo database is written: {path} ({persons} persons, {institutions} places)";
}
