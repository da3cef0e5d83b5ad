//! Texts of the roster (Korps) and the person form.

super::catalog! {
    F_NAME: "Navn", "Name";
    F_KIND: "Type", "Kind";
    F_BIRTH_DATE: "Fødselsdato", "Birth date";
    F_PHONE: "Telefon", "Phone";
    F_EMAIL: "E-mail", "E-mail";
    F_HOME_INSTITUTION: "Skole/sted", "School/place";
    F_EDUCATION: "Uddannelse", "Education";
    F_LANGUAGES: "Sprog", "Languages";
    F_THEMES: "Temaer", "Themes";
    F_RECRUITMENT: "Rekruttering", "Recruitment";
    F_CONSENT_DATE: "Samtykke", "Consent";
    F_GUARDIAN_CONSENT: "Forældresamtykke", "Guardian consent";
    F_PAYROLL_NUMBER: "Lønnummer", "Payroll no.";
    F_NOTES: "Noter", "Notes";
    COL_AGE: "Alder", "Age";
    COL_STATUS: "Status", "Status";
    AGE_YEARS: "{age} år", "{age} {age|year|years}";
    UNDER_18: "under 18", "under 18";
    MINOR_MARK: "u18", "u18";
    ARCHIVED_MARK: "arkiveret", "archived";
    NO_MATCHING_PLACE: "Intet sted matcher — skriv en del af navnet", "No place matches — type part of the name";
    NO_PERSONS_YET: "Ingen personer endnu — tryk n for at oprette den første", "No persons yet — press n to add the first";
    PERSON_NEW: "Ny person", "New person";
    PERSON_EDIT: "Redigér {name}", "Edit {name}";
    PERSON_DETAIL: "Person", "Person";
    FILTER_ALL_KINDS: "alle typer", "all kinds";
    FILTER_ALL_STATUSES: "alle statusser", "all statuses";
    FILTER_CURRENT: "aktuelle", "current";
    FILTER_ARCHIVED: "arkiverede", "archived";
    FILTER_EVERYONE: "alle inkl. arkiverede", "all incl. archived";
    SAVED_PERSON: "{name} er gemt", "{name} saved";
    LANDED_HIDDEN: "Det valgte filter skjuler den i listen.",
        "The filter chosen hides it from the list.";
    ARCHIVED_PERSON: "Personen er arkiveret", "The person is archived";
    UNARCHIVED_PERSON: "Personen er genindsat", "The person is restored";
    DELETED_PERSON: "Personen er slettet", "The person is deleted";
    ASK_ARCHIVE: "Arkivér {name}? (j/n)", "Archive {name}? (y/n)";
    ASK_UNARCHIVE: "Genindsæt {name} fra arkivet? (j/n)", "Restore {name} from the archive? (y/n)";
    NO_GUARDIAN_CONSENT: "mangler forældresamtykke", "guardian consent missing";
    RECRUITMENT_SINCE: "siden {date}", "since {date}";
}
