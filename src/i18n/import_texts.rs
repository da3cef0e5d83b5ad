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
    IMPORT_ROW_DIFFERS: "; i filen: {differences}", "; in the file: {differences}";
    IMPORT_ROW_UPDATES: "; opdateres: {differences}", "; updated: {differences}";
    IMPORT_EMPTY_VALUE: "(tom)", "(empty)";
    IMPORT_DIFFER_HINT: "{n} kendte personer står anderledes i filen; intet af det er gemt. Kør igen med --update for at gemme filens værdier.", "{n} known persons differ in the file; none of it was saved. Run again with --update to save the file's values.";
    IMPORT_UPDATED: "Opdateret: {n} kendte personer.", "Updated: {n} known persons.";
    IMPORT_WOULD_UPDATE: "--update ville opdatere {n} kendte personer.", "--update would update {n} known persons.";
    IMPORT_WITHOUT_KIND: "Rækker uden type (linje {lines}): Type skal være ambassadør eller rollemodel — udfyld den, eller giv alle rækker uden type én med --kind ambassadør|rollemodel.", "Rows without a kind (line {lines}): Kind must be ambassador or role model — fill it in, or give every row without one a kind with --kind ambassador|role-model.";
    IMPORT_NO_KIND_COLUMN: "{path} har ingen kolonne Type (også: type, kind, rolle, role). Den skal angive ambassadør eller rollemodel (også: amb, a, rm, r, ambassador, role model). Tilføj kolonnen, eller angiv typen for alle rækker med --kind ambassadør|rollemodel.", "{path} has no Kind column (also: type, kind, rolle, role). It must say ambassador or role model (also: ambassadør, amb, a, rollemodel, rm, r). Add the column, or give every row a kind with --kind ambassador|role-model.";
    IMPORT_BAD_KIND_ARG: "--kind {value}: skriv ambassadør eller rollemodel", "--kind {value}: write ambassador or role-model";
    IMPORT_REJECTED_ERROR: "{rejected} rækker afvist — intet importeret", "{rejected} rows rejected — nothing imported";
}
