//! What a user waits for when printing: the yearly ambassador list of a large corps (about 2,000
//! people, the size of `--scale 100`) rendered to PDF, HTML, CSV and text. The target for the
//! PDF is under one second.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use korps::export::{Orientation, csv, html, pdf, text};
use korps::i18n::Lang;

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
}

criterion_group!(benches, export);
criterion_main!(benches);
