//! Texts of storage errors (see `storage::StorageError::message`): what went wrong with the
//! database and what the user can do about it. Refusals say that the file was left unchanged.

super::catalog! {
    ERR_CONFLICT:
        "Ændret af en anden i mellemtiden — genindlæs med Ctrl-R (det du har skrevet bevares)",
        "Changed by someone else — reload with Ctrl-R (what you typed is kept)";
    ERR_NOT_APPOINTED_ON:
        "Ikke gemt: {names} er booket, men ikke udpeget {date}. Meld afbud for dem først (vælgeren, X), eller vælg en anden dato.",
        "Not saved: {names} are booked but not appointed on {date}. Cancel their bookings first (the picker, X), or choose another date.";
    ERR_NOT_FOUND:
        "Findes ikke længere — måske slettet af en anden. Genindlæs (r).",
        "No longer exists — perhaps deleted by someone else. Reload (r).";
    ERR_HAS_HISTORY:
        "Kan ikke slettes, fordi der er historik (udpegninger, bookinger, honorarer m.m.). Arkivér i stedet.",
        "Cannot be deleted because it has history (appointments, bookings, honoraria etc.). Archive it instead.";
    ERR_NEEDS_CONFIRMATION:
        "Ikke gemt: ændringen påvirker budgettet og skal bekræftes først.",
        "Not saved: the change affects the budget and must be confirmed first.";
    ERR_NOT_KORPS:
        "{path} er ikke en korps-database (den er tom, beskadiget eller fra et andet program). Filen er ikke ændret.",
        "{path} is not a korps database (it is empty, damaged or from another program). The file was not changed.";
    ERR_NOT_KORPS_OPEN:
        "Filen er ikke en korps-database.",
        "The file is not a korps database.";
    ERR_TOO_NEW:
        "Databasen er fra en nyere version af korps (version {found}; denne korps kender op til {supported}). Opdatér korps. {path} er ikke ændret.",
        "The database is from a newer version of korps (version {found}; this korps knows up to {supported}). Update korps. {path} was not changed.";
    ERR_BUSY:
        "Databasen er optaget af en anden bruger lige nu. Prøv igen om lidt.",
        "The database is busy with another user right now. Try again in a moment.";
    ERR_READ_ONLY:
        "Kan ikke skrive i {path} (skrivebeskyttet eller ingen adgang). Tjek rettighederne, eller vælg en anden fil med --db.",
        "Cannot write to {path} (read-only or no access). Check the permissions, or choose another file with --db.";
    ERR_READ_ONLY_OPEN:
        "Kan ikke skrive i databasen (skrivebeskyttet eller ingen adgang). Ændringen er ikke gemt.",
        "Cannot write to the database (read-only or no access). The change was not saved.";
    ERR_DISK_FULL:
        "Disken er fuld — ændringen er ikke gemt. Frigør plads, og prøv igen.",
        "The disk is full — the change was not saved. Free some space and try again.";
    ERR_CORRUPT:
        "Databasen {path} er beskadiget. Gendan den fra en sikkerhedskopi (korps restore).",
        "The database {path} is damaged. Restore it from a backup (korps restore).";
    ERR_CORRUPT_OPEN:
        "Databasen er beskadiget. Gendan den fra en sikkerhedskopi (korps restore).",
        "The database is damaged. Restore it from a backup (korps restore).";
    ERR_NO_DATABASE:
        "Der findes ingen database i {path}. Angiv den med --db eller KORPS_DB, eller opret en ny med korps init.",
        "There is no database at {path}. Give it with --db or KORPS_DB, or create a new one with korps init.";
    ERR_NOT_A_FILE:
        "{path} er ikke en almindelig fil (men fx en pipe eller en enhed). Angiv en databasefil med --db.",
        "{path} is not a regular file (but e.g. a pipe or a device). Give a database file with --db.";
    ERR_NETWORK_FS:
        "{path} ligger på et netværksdrev ({fs}), hvor databasens låse ikke kan stoles på — to brugere kan ødelægge den. Læg databasen på én fælles maskine, som alle logger ind på (fx over SSH). Sæt KORPS_ALLOW_NETWORK_FS=1 for at bruge den alligevel.",
        "{path} is on a network drive ({fs}), where the database's locks cannot be trusted — two users can damage it. Keep the database on one shared host that everyone logs in to (e.g. over SSH). Set KORPS_ALLOW_NETWORK_FS=1 to use it anyway.";
    ERR_STALE_SHM:
        "{path} kan ikke skrives af dig (efterladt af en anden bruger), så databasen kan kun læses. Slet filen, når ingen bruger databasen, eller giv skriveadgang til den.",
        "{path} cannot be written by you (left by another user), so the database can only be read. Delete the file when nobody is using the database, or make it writable.";
    ERR_IS_DIRECTORY:
        "{path} er en mappe, ikke en databasefil. Angiv en fil med --db.",
        "{path} is a folder, not a database file. Give a file with --db.";
    ERR_NOT_A_DIRECTORY:
        "Stien {path} går gennem en fil, hvor der skulle være en mappe.",
        "The path {path} goes through a file where a folder should be.";
    ERR_MISSING:
        "{path} findes ikke.",
        "{path} does not exist.";
    ERR_IO:
        "Kan ikke bruge {path}: {reason}",
        "Cannot use {path}: {reason}";
    ERR_PAID_IMMUTABLE:
        "Et udbetalt honorar kan ikke ændres eller slettes — lav en rettelse i stedet.",
        "A paid honorarium cannot be changed or deleted — make a correction instead.";
    ERR_CONSTRAINT:
        "Databasen afviste ugyldige data: {detail}",
        "The database refused invalid data: {detail}";
    ERR_SQLITE:
        "Databasefejl: {detail}",
        "Database error: {detail}";
}
