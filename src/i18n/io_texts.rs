//! Why a file could not be used, in words: the operating system's and the libraries' reasons
//! (`std::io::Error`, the workbook reader) are English, so every message that passes one on
//! wraps it in the UI language here. The original text stays only as a detail in parentheses
//! where no Danish reason fits, so support can still see what the system said.

use std::io::{Error, ErrorKind};

use super::{Lang, Text};

super::catalog! {
    IO_NOT_FOUND: "filen findes ikke", "the file does not exist";
    IO_FOLDER_MISSING: "mappen {folder} findes ikke", "the folder {folder} does not exist";
    IO_PERMISSION: "du har ikke adgang til filen", "you have no access to the file";
    IO_IS_DIRECTORY: "det er en mappe, ikke en fil", "it is a folder, not a file";
    IO_NOT_DIRECTORY: "stien går gennem en fil, hvor der skulle være en mappe", "the path goes through a file where a folder should be";
    IO_EXISTS: "filen findes allerede", "the file already exists";
    IO_FULL: "disken er fuld", "the disk is full";
    IO_READ_ONLY_FS: "filsystemet er skrivebeskyttet", "the file system is read-only";
    IO_INVALID_DATA: "indholdet kan ikke læses (forkert format eller tegnsæt)", "the content cannot be read (wrong format or character set)";
    IO_BROKEN_PIPE: "modtageren lukkede forbindelsen", "the receiver closed the connection";
    IO_OTHER: "systemet afviste handlingen ({detail})", "the system refused the operation ({detail})";
    EXPORT_PDF_FAILED: "PDF-filen kunne ikke laves ({detail})", "The PDF could not be made ({detail})";
    EXPORT_XLSX_FAILED: "Excel-filen kunne ikke laves ({detail})", "The Excel workbook could not be made ({detail})";
    IO_WORKBOOK: "filen kan ikke læses som et Excel-regneark (.xlsx) — den er beskadiget eller i et andet format; gem den som .xlsx eller .csv og prøv igen ({detail})", "the file cannot be read as an Excel workbook (.xlsx) — it is damaged or in another format; save it as .xlsx or .csv and try again ({detail})";
}

/// Why `err` happened, in `lang` (lower case, to follow "Kunne ikke læse X: ").
pub fn io_reason(err: &Error, lang: Lang) -> String {
    let text: Text = match err.kind() {
        ErrorKind::NotFound => IO_NOT_FOUND,
        ErrorKind::PermissionDenied => IO_PERMISSION,
        ErrorKind::IsADirectory => IO_IS_DIRECTORY,
        ErrorKind::NotADirectory => IO_NOT_DIRECTORY,
        ErrorKind::AlreadyExists => IO_EXISTS,
        ErrorKind::StorageFull => IO_FULL,
        ErrorKind::ReadOnlyFilesystem => IO_READ_ONLY_FS,
        ErrorKind::InvalidData | ErrorKind::UnexpectedEof => IO_INVALID_DATA,
        ErrorKind::BrokenPipe => IO_BROKEN_PIPE,
        _ => return IO_OTHER.fill(lang, &[("detail", &err.to_string())]),
    };
    text.get(lang).to_string()
}

/// Why a workbook could not be opened, in `lang`, with the reader's own `detail`.
pub fn workbook_reason(detail: &str, lang: Lang) -> String {
    IO_WORKBOOK.fill(lang, &[("detail", detail)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_reasons_are_in_words_and_the_rest_keeps_its_detail() {
        let nf = Error::new(
            ErrorKind::NotFound,
            "No such file or directory (os error 2)",
        );
        assert_eq!(io_reason(&nf, Lang::Da), "filen findes ikke");
        assert_eq!(io_reason(&nf, Lang::En), "the file does not exist");
        let other = Error::other("same file");
        assert_eq!(
            io_reason(&other, Lang::Da),
            "systemet afviste handlingen (same file)"
        );
        assert!(
            workbook_reason("Cannot detect file format", Lang::Da)
                .starts_with("filen kan ikke læses som et Excel-regneark")
        );
    }
}
