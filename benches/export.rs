//! What a user waits for when printing: the yearly ambassador list of a large corps (about 2,000
//! people, the size of `--scale 100`) rendered to PDF, HTML, CSV and text, and the Excel
//! workbook of the list at `--scale 100` (3,600 people: `korps demo --scale 100` appoints about
//! 36 per scale step in the current season). The target for the PDF and the workbook is under
//! one second each.

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use korps::domain::money::Money;
use korps::domain::person::PersonKind;
use korps::domain::season::Season;
use korps::export::yearly_list::{self, ListFormat, ListHeader, ListVariant};
use korps::export::{Orientation, csv, html, pdf, text};
use korps::i18n::Lang;
use korps::storage::yearly_list::YearlyListEntry;

#[path = "../tests/export_support/mod.rs"]
mod support;

fn export(c: &mut Criterion) {
    let doc = support::yearly_list(600, 1400);
    let options = pdf::PdfOptions::for_lang(Lang::Da);
    let mut group = c.benchmark_group("yearly list, 2000 people");
    group.sample_size(10);
    group.bench_function("pdf", |b| {
        b.iter(|| pdf::render(black_box(&doc), &options).expect("pdf"));
    });
    group.bench_function("html", |b| {
        b.iter(|| html::render(black_box(&doc), Orientation::Portrait));
    });
    group.bench_function("csv", |b| {
        b.iter(|| csv::render_document(black_box(&doc), "Gruppe"));
    });
    group.bench_function("text", |b| b.iter(|| text::render(black_box(&doc), 120)));
    group.finish();

    let entries = entries(3600);
    let header = ListHeader {
        corps_name: "Rollemodelkorpset".into(),
        season: Season::new(2026, 8),
        printed: day(2026, 12, 4),
        lang: Lang::Da,
    };
    let mut group = c.benchmark_group("yearly list, scale 100 (3600 people)");
    group.sample_size(10);
    group.bench_function("xlsx", |b| {
        b.iter(|| {
            yearly_list::export(
                black_box(&entries),
                ListVariant::Internal,
                ListFormat::Xlsx,
                &header,
            )
            .expect("xlsx")
        });
    });
    group.finish();
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

/// `n` list entries with the support's names and schools, made from the row number.
fn entries(n: usize) -> Vec<YearlyListEntry> {
    let doc = support::yearly_list(n / 3, n - n / 3);
    doc.sections
        .iter()
        .flat_map(|s| s.table.rows.iter())
        .enumerate()
        .map(|(i, row)| YearlyListEntry {
            person_id: i as i64 + 1,
            name: row[0].clone(),
            kind: if i < n / 3 {
                PersonKind::RoleModel
            } else {
                PersonKind::Ambassador
            },
            institution: Some(row[1].clone()),
            education: row[2].clone(),
            phone: row[3].clone(),
            email: row[4].clone(),
            term_start: day(2026, 8, 1) + chrono::Duration::days((i % 90) as i64),
            term_end: day(2027, 7, 31),
            ended_early: i % 17 == 0,
            events_attended: (i % 12) as i64,
            honoraria: Money((i % 12) as i64 * 50_000),
        })
        .collect()
}

criterion_group!(benches, export);
criterion_main!(benches);
