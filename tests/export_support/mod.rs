//! Sample documents for the export tests and the export benchmark: a yearly ambassador list of
//! any length with Danish names, made deterministically from the row number.

#![allow(dead_code)]

use korps::export::{Column, Document, Table};
use korps::i18n::Lang;

const FIRST: &[&str] = &[
    "Søren",
    "Åse",
    "Mads",
    "Frederikke",
    "Jørgen",
    "Maja",
    "Ærtø",
    "Bjørn",
    "Mette",
    "Ida",
    "Kasper",
    "Sofie",
    "Ømer",
    "Astrid",
    "Lærke",
    "Oliver",
];
const LAST: &[&str] = &[
    "Ærøskøbing",
    "Jensen",
    "Østergård",
    "Nielsen",
    "Hansen",
    "Bækgaard",
    "Lund",
    "Kjær",
    "Sørensen",
    "Holm",
    "Dalsgaard-Møller",
    "Ahmadi",
];
const SCHOOLS: &[&str] = &[
    "Aalborg Katedralskole",
    "Tech College Aalborg",
    "Erhvervsakademi Nordjylland",
    "Aalborghus Gymnasium",
    "Hasseris Gymnasium & IB World School",
    "Nørresundby Gymnasium og HF",
];
const EDUCATIONS: &[&str] = &[
    "STX 2.g",
    "HHX 3.g",
    "HTX 1.g",
    "EUX Elektriker",
    "Datamatiker",
];

/// The columns of the internal yearly list.
pub fn columns() -> Vec<Column> {
    vec![
        Column::left("Navn", 2.6),
        Column::left("Skole og uddannelse", 3.4),
        Column::left("Telefon", 1.5),
        Column::left("E-mail", 3.0),
        Column::left("Periode", 2.2),
        Column::right("Besøg", 1.0).numeric(),
        Column::right("Honorar", 1.6).numeric(),
    ]
}

/// One person's row.
pub fn row(i: usize) -> Vec<String> {
    let first = FIRST[i % FIRST.len()];
    let last = LAST[(i / FIRST.len() + i) % LAST.len()];
    vec![
        format!("{first} {last}"),
        format!(
            "{}, {}",
            SCHOOLS[i % SCHOOLS.len()],
            EDUCATIONS[i % EDUCATIONS.len()]
        ),
        format!(
            "+45 {:02} {:02} {:02} {:02}",
            20 + i % 70,
            i % 100,
            (i * 7) % 100,
            (i * 13) % 100
        ),
        format!(
            "{}.{}{}@example.dk",
            first.to_lowercase(),
            last.to_lowercase(),
            i
        ),
        "1.8.2026–31.7.2027".to_string(),
        (i % 9).to_string(),
        format!("{}.{:03},00", 1 + i % 4, (i * 250) % 1000),
    ]
}

/// A yearly list with `role_models` and `ambassadors` rows in two sections.
pub fn yearly_list(role_models: usize, ambassadors: usize) -> Document {
    let mut doc = Document::new("Ambassadørliste", Lang::Da)
        .with_subtitle("Rollemodelkorpset Aalborg")
        .with_subtitle("Sæson 2026/27")
        .with_subtitle("Udskrevet 27.11.2026");
    for (heading, n, offset) in [
        ("Rollemodeller", role_models, 0),
        ("Ambassadører", ambassadors, 1000),
    ] {
        let mut table = Table::new(columns());
        for i in 0..n {
            table.push_row(row(offset + i));
        }
        table.totals = Some(vec![
            "I alt".into(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            (0..n).map(|i| (offset + i) % 9).sum::<usize>().to_string(),
            "—".into(),
        ]);
        doc.push_section(Some(heading.to_string()), table);
    }
    doc
}
