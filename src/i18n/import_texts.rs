//! Texts of `korps import people`: the report and its messages.

super::catalog! {
    IMPORT_LINE: "linje {line}", "line {line}";
    IMPORT_NO_NAME: "(uden navn)", "(no name)";
    IMPORT_ROW_NEW: "ny", "new";
    IMPORT_ROW_NEW_TERM: "ny, udpeget {term}", "new, appointed {term}";
    IMPORT_ROW_THERE: "fandtes allerede", "already there";
    IMPORT_ROW_THERE_TERM: "fandtes allerede, udpeges {term}", "already there, appointed {term}";
    IMPORT_ROW_REJECTED: "afvist: {reasons}", "rejected: {reasons}";
    IMPORT_TWICE: "samme person som linje {line}", "the same person as line {line}";
    IMPORT_BAD_KIND: "{value} er hverken ambassadør eller rollemodel", "{value} is neither ambassador nor role model";
    IMPORT_UNKNOWN_PLACE: "{value} findes ikke under Steder — opret stedet først", "{value} is not among the places — create it first";
    IMPORT_TERM: "Udpegning", "Appointment";
    IMPORT_TERM_START: "Udpeget fra", "Term start";
    IMPORT_TERM_END: "Udpeget til", "Term end";
    IMPORT_END_WITHOUT_START: "Udpeget til kræver Udpeget fra", "A term end needs a term start";
    IMPORT_IGNORED: "Ukendte kolonner ignoreret: {headers}", "Unknown columns ignored: {headers}";
    IMPORT_SUMMARY: "{new} nye, {there} fandtes allerede, {terms} nye udpegninger af kendte, {rejected} afvist.", "{new} new, {there} already there, {terms} new terms for known persons, {rejected} rejected.";
    IMPORT_NOTHING_REJECTED: "Intet er skrevet, fordi {rejected} rækker blev afvist. Ret filen og prøv igen.", "Nothing was written because {rejected} rows were rejected. Fix the file and try again.";
    IMPORT_DRY_RUN: "Prøvekørsel: intet er skrevet.", "Dry run: nothing was written.";
    IMPORT_WRITTEN: "Skrevet: {persons} personer og {appointments} udpegninger.", "Written: {persons} persons and {appointments} appointments.";
    IMPORT_NOTHING_TO_DO: "Intet nyt at skrive.", "Nothing new to write.";
    IMPORT_PROGRESS: "Importerer {done}/{total} …", "Importing {done}/{total} …";
    IMPORT_READ_FAILED: "Kunne ikke læse {path}: {reason}", "Could not read {path}: {reason}";
    IMPORT_UNKNOWN_KIND_OF_FILE: "{path}: kun .csv og .xlsx kan importeres", "{path}: only .csv and .xlsx can be imported";
    IMPORT_EMPTY_FILE: "{path} er tom", "{path} is empty";
    IMPORT_NO_NAME_COLUMN: "{path} har ingen kolonne navn/name i første række", "{path} has no name column in its first row";
    IMPORT_REJECTED_ERROR: "{rejected} rækker afvist — intet importeret", "{rejected} rows rejected — nothing imported";
}
