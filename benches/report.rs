//! What the committee waits for: the status report of 2026 as PDF (and as an Excel workbook) from
//! a scale-100 demo database (about 1,300 schools and places, 2,000 people, 25,000 events) — the
//! database opened afresh each time, the facts read, the document built and rendered, as
//! `korps export report --year 2026` does. The target for the PDF is under one second.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use korps::export::report::{ReportContext, document};
use korps::export::{pdf, report_xlsx};
use korps::i18n::Lang;
use korps::storage::Database;

#[path = "support/mod.rs"]
mod support;

fn report(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = support::demo_db(dir.path());
    let today = support::today();
    let cx = ReportContext {
        corps: "Rollemodelkorpset",
        what: "2026",
        printed: "Udskrevet 27.11.2026",
        today,
        lang: Lang::Da,
    };
    let options = pdf::PdfOptions::for_lang(Lang::Da);
    let mut group = c.benchmark_group("committee report 2026, scale 100");
    group.sample_size(10);
    group.bench_function("pdf (open, read, render)", |b| {
        b.iter(|| {
            let db = Database::open(&path, "bench").expect("open");
            let facts = db.report_facts(2026, 2026, today, 8).expect("facts");
            pdf::render(black_box(&document(&facts, &cx)), &options).expect("pdf")
        });
    });
    group.bench_function("xlsx (open, read, render)", |b| {
        b.iter(|| {
            let db = Database::open(&path, "bench").expect("open");
            let facts = db.report_facts(2026, 2026, today, 8).expect("facts");
            report_xlsx::render(black_box(&facts), &cx).expect("xlsx")
        });
    });
    group.finish();
}

criterion_group!(benches, report);
criterion_main!(benches);
