//! The yearly ambassador list (*ambassadørliste*) as a [`Document`], and its rendering in the
//! four formats.
//!
//! Decisions:
//! - **Internal** variant: name, school, education, phone, e-mail, term, events attended and
//!   honoraria in the season, with a totals line per group; printed **landscape**, because eight
//!   columns with full e-mail addresses do not fit upright without breaking every address.
//! - **Public** variant: name, school, education and term only — no contact details and no money
//!   (honoraria are personal data too); printed portrait.
//! - Groups: role models first, then ambassadors, each headed with its count; both groups are
//!   always shown, so an empty one says so instead of silently missing.
//! - CSV leaves the totals lines out (one clean sheet that can be sorted and filtered); the
//!   group goes in a first column.
//! - The subtitle says which variant it is; the internal one warns that it holds contact details.

use chrono::NaiveDate;

use super::document::{Column, Document, Orientation, Table};
use super::pdf::PdfOptions;
use super::yearly_list_sheet as sheet;
use super::{ExportError, FileFormat, html, pdf, text};
use crate::domain::date::format_date_short;
use crate::domain::person::PersonKind;
use crate::domain::season::Season;
use crate::i18n::{self, Lang};
use crate::storage::yearly_list::YearlyListEntry;

pub use crate::storage::yearly_list::ListVariant;

/// The file formats of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ListFormat {
    #[default]
    Pdf,
    Html,
    Csv,
    Txt,
    Xlsx,
}

impl ListFormat {
    pub const ALL: [ListFormat; 5] = [Self::Pdf, Self::Html, Self::Csv, Self::Txt, Self::Xlsx];

    /// The same format in the list every export chooses from.
    pub fn file_format(self) -> FileFormat {
        match self {
            Self::Pdf => FileFormat::Pdf,
            Self::Html => FileFormat::Html,
            Self::Csv => FileFormat::Csv,
            Self::Txt => FileFormat::Txt,
            Self::Xlsx => FileFormat::Xlsx,
        }
    }

    /// The list's format for a [`FileFormat`], if the list is offered in it.
    pub fn from_file_format(format: FileFormat) -> Option<ListFormat> {
        Self::ALL.into_iter().find(|f| f.file_format() == format)
    }

    /// The formats the list is offered in, as `--format` lists them.
    pub const OFFERED: &[FileFormat] = &[
        FileFormat::Pdf,
        FileFormat::Html,
        FileFormat::Csv,
        FileFormat::Txt,
        FileFormat::Xlsx,
    ];

    /// The file extension, which is also the name on the command line.
    pub fn extension(self) -> &'static str {
        self.file_format().extension()
    }

    /// `pdf`, `html`/`htm`, `csv`, `txt`/`text`, case-insensitively.
    pub fn parse(s: &str) -> Option<ListFormat> {
        Self::from_file_format(FileFormat::parse(s)?)
    }

    /// The format a file name's extension names, if any.
    pub fn from_path(path: &std::path::Path) -> Option<ListFormat> {
        Self::from_file_format(FileFormat::from_path(path)?)
    }
}

/// What the list's header says besides the title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListHeader {
    pub corps_name: String,
    pub season: Season,
    /// The print date (today).
    pub printed: NaiveDate,
    pub lang: Lang,
}

/// The width of the text format, in columns.
fn text_width(variant: ListVariant) -> usize {
    match variant {
        ListVariant::Internal => 150,
        ListVariant::Public => 100,
    }
}

/// The page orientation of a variant.
pub fn orientation(variant: ListVariant) -> Orientation {
    match variant {
        ListVariant::Internal => Orientation::Landscape,
        ListVariant::Public => Orientation::Portrait,
    }
}

/// The suggested file name: `ambassadørliste-2026-27.pdf`, `…-offentlig.pdf` for the public one.
pub fn file_name(season: Season, variant: ListVariant, format: ListFormat, lang: Lang) -> String {
    let base = i18n::LIST_FILE_BASE.get(lang);
    let season = season.label().replace('/', "-");
    let suffix = match variant {
        ListVariant::Internal => String::new(),
        ListVariant::Public => format!("-{}", i18n::LIST_FILE_PUBLIC.get(lang)),
    };
    format!("{base}-{season}{suffix}.{}", format.extension())
}

fn columns(variant: ListVariant, lang: Lang) -> Vec<Column> {
    let t = |text: i18n::Text| text.get(lang);
    let mut cols = vec![
        Column::left(t(i18n::LIST_COL_NAME), 2.8),
        Column::left(t(i18n::LIST_COL_SCHOOL), 2.3),
        Column::left(t(i18n::LIST_COL_EDUCATION), 1.4),
    ];
    match variant {
        ListVariant::Internal => cols.extend([
            Column::left(t(i18n::LIST_COL_PHONE), 1.25).nowrap(),
            Column::left(t(i18n::LIST_COL_EMAIL), 3.1),
            Column::left(t(i18n::LIST_COL_TERM), 2.0).nowrap(),
            Column::right(t(i18n::LIST_COL_EVENTS), 0.7).numeric(),
            Column::right(t(i18n::LIST_COL_HONORARIA), 1.2).numeric(),
        ]),
        ListVariant::Public => cols.push(Column::left(t(i18n::LIST_COL_TERM), 1.7).nowrap()),
    }
    cols
}

fn term(entry: &YearlyListEntry, lang: Lang) -> String {
    let mut s = format!(
        "{}–{}",
        format_date_short(entry.term_start),
        format_date_short(entry.term_end)
    );
    if entry.ended_early {
        s.push(' ');
        s.push_str(i18n::LIST_ENDED_EARLY.get(lang));
    }
    s
}

fn row(entry: &YearlyListEntry, variant: ListVariant, lang: Lang) -> Vec<String> {
    let mut cells = vec![
        entry.name.clone(),
        entry.institution.clone().unwrap_or_default(),
        entry.education.clone(),
    ];
    match variant {
        ListVariant::Internal => cells.extend([
            entry.phone.clone(),
            entry.email.clone(),
            term(entry, lang),
            entry.events_attended.to_string(),
            entry.honoraria.format_plain(),
        ]),
        ListVariant::Public => cells.push(term(entry, lang)),
    }
    cells
}

/// The list of `entries` (as [`crate::storage::Database::yearly_list`] returns them) as a
/// document.
pub fn build(entries: &[YearlyListEntry], variant: ListVariant, header: &ListHeader) -> Document {
    let lang = header.lang;
    let season = header.season.label();
    let printed = format_date_short(header.printed);
    let note = match variant {
        ListVariant::Internal => i18n::LIST_INTERNAL_NOTE,
        ListVariant::Public => i18n::LIST_PUBLIC_NOTE,
    };
    let mut doc = Document::new(i18n::LIST_TITLE.get(lang), lang)
        .with_subtitle(header.corps_name.clone())
        .with_subtitle(i18n::LIST_SEASON.fill(lang, &[("season", &season)]))
        .with_subtitle(i18n::LIST_PRINTED.fill(lang, &[("date", &printed)]))
        .with_subtitle(note.get(lang));
    for (kind, heading) in [
        (PersonKind::RoleModel, i18n::LIST_ROLE_MODELS),
        (PersonKind::Ambassador, i18n::LIST_AMBASSADORS),
    ] {
        let mut table = Table::new(columns(variant, lang));
        let group: Vec<&YearlyListEntry> = entries.iter().filter(|e| e.kind == kind).collect();
        for entry in &group {
            table.push_row(row(entry, variant, lang));
        }
        if !group.is_empty() {
            table.totals = Some(totals(&group, variant, lang));
        }
        doc.push_section(Some(heading.get(lang).to_string()), table);
    }
    // The whole list's total under both groups (a table of no rows but its totals line).
    let all: Vec<&YearlyListEntry> = entries.iter().collect();
    let mut whole = Table::new(columns(variant, lang));
    whole.totals = Some(totals(&all, variant, lang));
    doc.push_section(Some(i18n::LIST_GRAND_TOTAL.get(lang).to_string()), whole);
    doc
}

/// The totals line of `group`: its count, and for the internal list its events and honoraria.
fn totals(group: &[&YearlyListEntry], variant: ListVariant, lang: Lang) -> Vec<String> {
    let count = crate::domain::money::group_thousands(group.len() as u64);
    let mut cells = vec![i18n::LIST_TOTAL.fill(lang, &[("count", &count)])];
    let width = columns(variant, lang).len();
    cells.resize(width, String::new());
    if variant == ListVariant::Internal {
        let events: i64 = group.iter().map(|e| e.events_attended).sum();
        let money: crate::domain::money::Money = group.iter().map(|e| e.honoraria).sum();
        cells[width - 2] = crate::domain::money::group_thousands(events.unsigned_abs());
        cells[width - 1] = money.format_plain();
    }
    cells
}

/// The list of `entries` as the bytes of a file in `format`, and its pages when it is a PDF.
/// PDF, HTML and text print the [`build`] document; CSV and Excel are one sortable sheet (see
/// [`super::yearly_list_sheet`]).
pub fn export(
    entries: &[YearlyListEntry],
    variant: ListVariant,
    format: ListFormat,
    header: &ListHeader,
) -> Result<(Vec<u8>, Option<usize>), ExportError> {
    let lang = header.lang;
    let doc = || build(entries, variant, header);
    Ok(match format {
        ListFormat::Pdf => {
            let mut options = PdfOptions::for_lang(lang);
            options.orientation = orientation(variant);
            let (bytes, pages) = pdf::render_paged(&doc(), &options)?;
            (bytes, Some(pages))
        }
        ListFormat::Html => (
            html::render(&doc(), orientation(variant)).into_bytes(),
            None,
        ),
        ListFormat::Txt => (text::render(&doc(), text_width(variant)).into_bytes(), None),
        ListFormat::Csv => (sheet::csv(entries, variant, lang), None),
        ListFormat::Xlsx => (sheet::xlsx(entries, variant, header)?, None),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::money::Money;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    fn entry(name: &str, kind: PersonKind) -> YearlyListEntry {
        YearlyListEntry {
            person_id: 1,
            name: name.into(),
            kind,
            institution: Some("Aalborg Katedralskole".into()),
            education: "STX 2.g".into(),
            phone: "20 30 40 50".into(),
            email: "x@example.dk".into(),
            term_start: d(2026, 8, 1),
            term_end: d(2027, 7, 31),
            ended_early: false,
            events_attended: 3,
            honoraria: Money(150_000),
        }
    }

    fn header() -> ListHeader {
        ListHeader {
            corps_name: "Rollemodelkorpset".into(),
            season: Season::new(2026, 8),
            printed: d(2026, 11, 27),
            lang: Lang::Da,
        }
    }

    #[test]
    fn internal_has_contacts_and_totals_public_has_neither() {
        let entries = [
            entry("Bo Berg", PersonKind::RoleModel),
            entry("Åse Lund", PersonKind::Ambassador),
            entry("Ærø Holm", PersonKind::Ambassador),
        ];
        let doc = build(&entries, ListVariant::Internal, &header());
        assert_eq!(doc.sections.len(), 3, "two groups and the whole list");
        assert_eq!(doc.sections[0].heading.as_deref(), Some("Rollemodeller"));
        assert_eq!(doc.sections[1].table.rows.len(), 2);
        let totals = doc.sections[1].table.totals.clone().expect("totals");
        assert_eq!(totals[0], "I alt 2");
        assert_eq!(totals[6], "6");
        assert_eq!(totals[7], "3.000,00");
        // The grand total: no rows, the whole list's count, events and honoraria.
        let whole = &doc.sections[2].table;
        assert!(whole.rows.is_empty());
        assert_eq!(doc.sections[2].heading.as_deref(), Some("Hele listen"));
        let grand = whole.totals.clone().expect("grand total");
        assert_eq!((grand[0].as_str(), grand[6].as_str()), ("I alt 3", "9"));
        assert_eq!(grand[7], "4.500,00");
        assert!(doc.sections[0].table.rows[0].contains(&"x@example.dk".to_string()));
        assert!(doc.subtitle.contains(&"Sæson 2026/27".to_string()));
        assert!(doc.subtitle.contains(&"Udskrevet 27.11.2026".to_string()));

        let public = build(&entries, ListVariant::Public, &header());
        let all: Vec<&String> = public
            .sections
            .iter()
            .flat_map(|s| s.table.rows.iter().flatten())
            .collect();
        assert!(!all.iter().any(|c| c.contains('@') || c.contains("20 30")));
        // The public list counts: one line per group and one for the whole list, no money.
        let counts: Vec<Vec<String>> = public
            .sections
            .iter()
            .map(|s| s.table.totals.clone().expect("count row"))
            .collect();
        assert_eq!(counts[1], ["I alt 2", "", "", ""]);
        assert_eq!(counts[2], ["I alt 3", "", "", ""]);
        assert_eq!(public.sections[0].table.columns.len(), 4);
    }

    #[test]
    fn file_names_and_formats() {
        let s = Season::new(2026, 8);
        assert_eq!(
            file_name(s, ListVariant::Internal, ListFormat::Pdf, Lang::Da),
            "ambassadørliste-2026-27.pdf"
        );
        assert_eq!(
            file_name(s, ListVariant::Public, ListFormat::Csv, Lang::En),
            "ambassador-list-2026-27-public.csv"
        );
        assert_eq!(ListFormat::parse(" HTM "), Some(ListFormat::Html));
        let offered: Vec<FileFormat> = ListFormat::ALL.iter().map(|f| f.file_format()).collect();
        assert_eq!(offered, ListFormat::OFFERED);
        assert_eq!(ListFormat::parse("docx"), None);
        assert_eq!(
            ListFormat::from_path(std::path::Path::new("/tmp/a.TXT")),
            Some(ListFormat::Txt)
        );
    }

    #[test]
    fn csv_has_no_totals_and_the_term_in_two_sortable_columns() {
        let mut e = entry("Bo Berg", PersonKind::RoleModel);
        e.ended_early = true;
        e.term_end = d(2026, 12, 31);
        let (bytes, pages) =
            export(&[e], ListVariant::Internal, ListFormat::Csv, &header()).expect("csv");
        assert_eq!(pages, None);
        let csv = String::from_utf8(bytes).expect("utf8");
        assert!(!csv.contains("I alt"));
        assert!(csv.starts_with(
            "\u{feff}Gruppe;Navn;Skole/sted;Uddannelse;Telefon;E-mail;Start;Slut;Stoppet før tid;\
             Arrangementer;Honorar\r\n"
        ));
        assert!(
            csv.contains(";2026-08-01;2026-12-31;ja;3;1.500,00\r\n"),
            "{csv}"
        );
    }
}
