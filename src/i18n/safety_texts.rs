//! Texts of backup, restore, check and privacy (`korps backup/restore/check/export person/privacy
//! review` and the roster's anonymise key).

super::catalog! {
    SAF_ERR_IN_USE:
        "{path} er åben i et andet korps-vindue eller program. Luk det først, og prøv igen. Intet er ændret.",
        "{path} is open in another korps window or program. Close it first and try again. Nothing was changed.";
    SAF_ERR_RESTORE_ITSELF:
        "{path} er selve databasen, ikke en sikkerhedskopi: vælg den sikkerhedskopi, der skal lægges tilbage. Intet er ændret.",
        "{path} is the database itself, not a backup: choose the backup to put back. Nothing was changed.";
    SAF_BACKUP_EXISTS:
        "{path} findes allerede og bliver ikke overskrevet. Vælg et andet navn, eller brug --force.",
        "{path} already exists and is not overwritten. Choose another name, or use --force.";
    SAF_BACKUP_SAME:
        "Sikkerhedskopien kan ikke være selve databasen ({path}).",
        "The backup cannot be the database itself ({path}).";
    SAF_BACKUP_WRITTEN:
        "Sikkerhedskopien er skrevet: {path} ({size})",
        "The backup is written: {path} ({size})";
    SAF_RESTORED:
        "Databasen {path} er gendannet fra {source}. Den hidtidige database er gemt som {kept}.",
        "The database {path} is restored from {source}. The previous database is kept as {kept}.";
    SAF_RESTORED_NEW:
        "Databasen {path} er oprettet fra {source}.",
        "The database {path} is created from {source}.";
    SAF_RESTORE_MIGRATED:
        "Sikkerhedskopien var fra en ældre version og er opgraderet (kopi før opgradering: {backup}).",
        "The backup was from an older version and has been upgraded (copy before the upgrade: {backup}).";
    SAF_CHECK_HEADER: "Tjek af {path}:", "Check of {path}:";
    SAF_CHECK_INTEGRITY: "Filen er hel (integrity_check)", "The file is intact (integrity_check)";
    SAF_CHECK_FOREIGN_KEYS:
        "Alle henvisninger peger på noget, der findes (foreign_key_check)",
        "Every reference points to something that exists (foreign_key_check)";
    SAF_CHECK_VERSION:
        "Skemaversion {found} (denne korps: {latest})",
        "Schema version {found} (this korps: {latest})";
    SAF_CHECK_BROKEN: "{count} {count|række|rækker} (id {ids})", "{count} {count|row|rows} (id {ids})";
    SAF_CHECK_ALL_WELL: "Alt er i orden.", "All is well.";
    SAF_CHECK_FAILED:
        "Tjekket fandt {count} {count|problem|problemer} — se ovenfor. Gendan evt. fra en sikkerhedskopi (korps restore).",
        "The check found {count} {count|problem|problems} — see above. Consider restoring from a backup (korps restore).";
    SAF_CHECK_FAILED_INTACT:
        "Tjekket fandt {count} {count|problem|problemer} i dataene — se ovenfor. Filen er hel (integrity_check), så gendan ikke en sikkerhedskopi: ret rækkerne i korps.",
        "The check found {count} {count|problem|problems} in the data — see above. The file is intact (integrity_check), so do not restore a backup: correct the rows in korps.";
    SAF_RULE_PAID_WITHOUT_BATCH:
        "Ingen udbetalte honorarer uden udbetalingsbatch",
        "No paid honorarium without a payout batch";
    SAF_RULE_OUTSIDE_APPOINTMENT:
        "Ingen booking uden for en udpegning, medmindre den er gennemtvunget med begrundelse",
        "No booking outside an appointment unless forced with a reason";
    SAF_RULE_OVERLAP:
        "Ingen overlappende udpegninger for samme person",
        "No overlapping appointments of one person";
    SAF_RULE_HONORARIUM_PERSON:
        "Hvert honorar hører til personen på sin booking",
        "Every honorarium belongs to the person of its booking";
    SAF_RULE_CORRECTION_PERSON:
        "Hver rettelse hører til personen på det honorar, den retter",
        "Every correction belongs to the person of the honorarium it corrects";
    SAF_RULE_NEGATIVE_TOTAL:
        "Intet honorar bliver negativt med sine rettelser",
        "No honorarium turns negative with its corrections";
    SAF_RULE_NO_ATTENDANCE:
        "Hvert honorar har et registreret fremmøde",
        "Every honorarium has a logged attendance";
    SAF_RULE_AMOUNT_RANGE:
        "Beløb inden for rimelige grænser (honorar og takst ≤ 100.000 kr., udgift ≤ 1 mio. kr., budget ≤ 100 mio. kr.)",
        "Amounts within sane bounds (honorarium and rate ≤ 100,000 kr, expense ≤ 1 million kr, budget ≤ 100 million kr)";
    SAF_RULE_NO_HISTORY:
        "Hver person har en rekrutteringshistorik",
        "Every person has a recruitment history";
    SAF_RULE_STALE_SEARCH:
        "Sortering og søgning passer til navne og oplysninger",
        "Sorting and search match the names and details";
    SAF_RULE_STALE_BOOKING_DATE:
        "Hver booking har sit besøgs dato",
        "Every booking has its event's date";
    SAF_RULE_STALE_HONORARIA_TOTALS:
        "Honorarernes månedssummer stemmer med honorarerne",
        "The honoraria's monthly totals match the honoraria";
    SAF_RULE_STALE_KEPT_YEAR_SUMS:
        "Budgetårenes gemte summer stemmer med dataene",
        "The budget years' kept sums match the data";
    SAF_RULE_STALE_EVENT_STAFFING:
        "Hvert besøgs bemanding stemmer med dets bookinger",
        "Every event's staffing matches its bookings";
    SAF_PERSON_NOT_FOUND:
        "Ingen person passer til \"{query}\".",
        "No person matches \"{query}\".";
    SAF_PERSON_AMBIGUOUS:
        "Flere personer passer til \"{query}\": {matches}. Angiv id'et.",
        "Several persons match \"{query}\": {matches}. Give the id.";
    SAF_EXPORT_WRITTEN:
        "alt om {name}, id {id}",
        "everything about {name}, id {id}";
    SAF_REVIEW_HEADER:
        "Personer uden udpegning eller anden aktivitet i mere end {years} år (siden før {cutoff}):",
        "People with no appointment or other activity for more than {years} {years|year|years} (since before {cutoff}):";
    SAF_REVIEW_NONE: "Ingen — der er ikke nogen at gennemgå.", "None — nobody to review.";
    SAF_REVIEW_NEVER: "aldrig udpeget", "never appointed";
    SAF_REVIEW_ROW:
        "{id}\t{name}\t{kind}\tsidste udpegning: {last}\tsidste aktivitet: {activity}{archived}",
        "{id}\t{name}\t{kind}\tlast appointment: {last}\tlast activity: {activity}{archived}";
    SAF_REVIEW_ARCHIVED: " (arkiveret)", " (archived)";
    SAF_REVIEW_FOOTER:
        "{count} i alt. Anonymisér i Korps med A (eller eksportér først: korps export person ID -o FIL.json).",
        "{count} in all. Anonymise in Korps with A (or export first: korps export person ID -o FILE.json).";
    SAF_CONFIG_BAD_YEARS:
        "antal år før gennemgang skal være et helt tal fra 1 til 50, ikke {value}",
        "the years before review must be a whole number from 1 to 50, not {value}";
    SAF_K_ANONYMISE: "Anonymisér for altid", "Anonymise for good";
    SAF_ASK_ANONYMISE:
        "Anonymisér {name}? Navn, fødselsdato, kontakt, noter m.m. slettes for altid. (j/n)",
        "Anonymise {name}? Name, birth date, contact details, notes etc. are deleted for good. (y/n)";
    SAF_CONFIRM_ANONYMISE:
        "SIDSTE CHANCE — kan ikke fortrydes: {name} anonymiseres, også i loggen. Bevares: {appointments} udpegninger, {assignments} bookinger, {honoraria} honorarer. Anonymisér nu? (j/n)",
        "LAST CHANCE — cannot be undone: {name} is anonymised, in the log too. Kept: {appointments} appointments, {assignments} bookings, {honoraria} honoraria. Anonymise now? (y/n)";
    SAF_ANONYMISED: "Personen er anonymiseret", "The person is anonymised";
    SAF_ALREADY_ANONYMISED: "Personen er allerede anonymiseret", "The person is already anonymised";
}
