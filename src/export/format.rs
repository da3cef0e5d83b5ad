//! The file formats korps writes, named once: each format's extension (which is also its name on
//! the command line and in the print dialog), the extensions it is recognised by, and whether it
//! is text a terminal can show.
//!
//! Every export accepts a subset of these (the yearly list: PDF, HTML, CSV, text and Excel; the
//! calendar: iCalendar only); `cli::export_output` picks one from `-o FILE` and `--format` and
//! refuses a contradiction, so `-o r.html` can never hold a PDF.

use std::path::Path;

/// A file format of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FileFormat {
    Pdf,
    Html,
    Csv,
    Txt,
    Md,
    Xlsx,
    Ics,
    Json,
}

impl FileFormat {
    /// Every format, in the order help texts list them.
    pub const ALL: [FileFormat; 8] = [
        Self::Pdf,
        Self::Html,
        Self::Csv,
        Self::Txt,
        Self::Md,
        Self::Xlsx,
        Self::Ics,
        Self::Json,
    ];

    /// The file extension, which is also the format's name on the command line.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Html => "html",
            Self::Csv => "csv",
            Self::Txt => "txt",
            Self::Md => "md",
            Self::Xlsx => "xlsx",
            Self::Ics => "ics",
            Self::Json => "json",
        }
    }

    /// A format's name or extension, case-insensitively: besides [`FileFormat::extension`] also
    /// `htm`, `text`, `markdown` and `ical`.
    pub fn parse(s: &str) -> Option<FileFormat> {
        let s = s.trim().to_lowercase();
        let alias = match s.as_str() {
            "htm" => Some(Self::Html),
            "text" => Some(Self::Txt),
            "markdown" => Some(Self::Md),
            "ical" => Some(Self::Ics),
            _ => None,
        };
        alias.or_else(|| Self::ALL.into_iter().find(|f| f.extension() == s))
    }

    /// The format a file name's extension names, if any.
    pub fn from_path(path: &Path) -> Option<FileFormat> {
        FileFormat::parse(path.extension()?.to_str()?)
    }

    /// Whether the bytes are not meant for a terminal (PDF and Excel).
    pub fn is_binary(self) -> bool {
        matches!(self, Self::Pdf | Self::Xlsx)
    }

    /// `pdf|html|csv` — the formats of a list, as help and messages show them.
    pub fn names(formats: &[FileFormat]) -> String {
        formats
            .iter()
            .map(|f| f.extension())
            .collect::<Vec<_>>()
            .join("|")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_extensions_and_aliases() {
        for f in FileFormat::ALL {
            assert_eq!(FileFormat::parse(f.extension()), Some(f));
        }
        assert_eq!(FileFormat::parse(" HTM "), Some(FileFormat::Html));
        assert_eq!(FileFormat::parse("Markdown"), Some(FileFormat::Md));
        assert_eq!(FileFormat::parse("docx"), None);
        assert_eq!(
            FileFormat::from_path(Path::new("/tmp/liste.XLSX")),
            Some(FileFormat::Xlsx)
        );
        assert_eq!(FileFormat::from_path(Path::new("rapport")), None);
        assert_eq!(
            FileFormat::names(&[FileFormat::Pdf, FileFormat::Md]),
            "pdf|md"
        );
    }
}
