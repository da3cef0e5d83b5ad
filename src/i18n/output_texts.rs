//! Texts of the output file every export shares (`cli::export_output`): the format rule's
//! refusals and the closing "what was written" line.

super::catalog! {
    OUT_CONTRADICTS:
        "Filnavnet {path} siger {named}, men --format siger {format} — ret det ene af dem",
        "The file name {path} says {named} but --format says {format} — change one of them";
    OUT_NOT_OFFERED:
        "{path}: denne eksport findes ikke som {named} — brug {formats}",
        "{path}: this export is not available as {named} — use {formats}";
    OUT_NO_FORMAT:
        "Angiv --format {formats} (filnavnet {path} siger det ikke)",
        "Give --format {formats} (the file name {path} does not say)";
    OUT_NO_FORMAT_STDOUT:
        "Angiv --format {formats}, når der skrives til standard-output",
        "Give --format {formats} when writing to standard output";
    OUT_BINARY_TO_TERMINAL:
        "En {format}-fil skrives ikke til terminalen — angiv -o FIL",
        "A {format} file is not written to the terminal — give -o FILE";
    OUT_WROTE: "Skrev {path}", "Wrote {path}";
    OUT_STDOUT: "standard-output", "standard output";
    OUT_ONE_PAGE: "{n} side", "{n} page";
    OUT_PAGES: "{n} sider", "{n} pages";
    OUT_ONE_ROW: "{n} række", "{n} row";
    OUT_ROWS: "{n} rækker", "{n} rows";
    OUT_CALENDAR_EVENTS: "{n} {n|arrangement|arrangementer}", "{n} {n|event|events}";
    OUT_MISSING_PAYROLL:
        "Udbetaling #{id}: lønsystemet kan ikke udbetale til dem uden lønnummer ({n}):\n{names}\nGiv dem et lønnummer i Korps, eller skriv filen alligevel med --allow-missing-payroll",
        "Payout #{id}: payroll cannot pay those without a payroll number ({n}):\n{names}\nGive them a payroll number in Korps, or write the file anyway with --allow-missing-payroll";
    OUT_MISSING_PAYROLL_WRITTEN:
        "Advarsel: uden lønnummer i filen ({n}):\n{names}",
        "Warning: without a payroll number in the file ({n}):\n{names}";
    OUT_PERSON_NUMBERED: "  {name} (korpsnr. {id})", "  {name} (corps no. {id})";
    OUT_REPORT: "statusrapport for {what}", "status report for {what}";
}
