//! The report of a checked import, in the UI language: one line per row (new, already there
//! with what the file says differently, rejected with reasons), the notes that concern the whole
//! file once (ignored columns, rows without a kind), a summary and what was written.

use std::fmt::Write as _;

use super::{Plan, RowOutcome, diff};
use crate::domain::date::format_date_short;
use crate::i18n::{self, Lang};
use crate::storage::import::ImportCounts;

/// The report of a checked file, one line per row and a summary; `written` is what was
/// written (`None` when nothing was: a dry run, or rows were rejected).
pub fn report(plan: &Plan, lang: Lang, dry_run: bool, written: Option<ImportCounts>) -> String {
    let mut out = String::new();
    let name = |n: &str| {
        if n.is_empty() {
            i18n::IMPORT_NO_NAME.get(lang).to_string()
        } else {
            crate::export::clean::clean(n).into_owned()
        }
    };
    let mut lines: Vec<(usize, String)> = Vec::new();
    for a in &plan.accepted {
        let mut what = match (a.outcome, a.row.term) {
            (RowOutcome::AlreadyThere, _) => i18n::IMPORT_ROW_THERE.get(lang).to_string(),
            (RowOutcome::New, None) => i18n::IMPORT_ROW_NEW.get(lang).to_string(),
            (RowOutcome::New | RowOutcome::NewTerm, Some((s, e))) => {
                let term = format!("{}–{}", format_date_short(s), format_date_short(e));
                let text = if a.outcome == RowOutcome::New {
                    i18n::IMPORT_ROW_NEW_TERM
                } else {
                    i18n::IMPORT_ROW_THERE_TERM
                };
                text.fill(lang, &[("term", &term)])
            }
            (RowOutcome::NewTerm, None) => String::new(),
        };
        if !a.differences.is_empty() {
            let text = if plan.update {
                i18n::IMPORT_ROW_UPDATES
            } else {
                i18n::IMPORT_ROW_DIFFERS
            };
            let list = diff::describe(&a.differences, lang);
            what.push_str(&text.fill(lang, &[("differences", &list)]));
        }
        lines.push((a.line, format!("{} — {what}", name(&a.name))));
    }
    for r in &plan.rejected {
        let reasons = crate::export::clean::clean(&r.reasons.join("; ")).into_owned();
        let text = i18n::IMPORT_ROW_REJECTED.fill(lang, &[("reasons", &reasons)]);
        lines.push((r.line, format!("{} — {text}", name(&r.name))));
    }
    lines.sort_by_key(|(line, _)| *line);
    for (line, text) in lines {
        let label = i18n::IMPORT_LINE.fill(lang, &[("line", &line.to_string())]);
        let _ = writeln!(out, "{label}: {text}");
    }
    if !plan.ignored_headers.is_empty() {
        let headers = crate::export::clean::clean(&plan.ignored_headers.join(", ")).into_owned();
        out.push_str(&i18n::IMPORT_IGNORED.fill(lang, &[("headers", &headers)]));
        out.push('\n');
    }
    if !plan.without_kind.is_empty() {
        let lines: Vec<String> = plan.without_kind.iter().map(ToString::to_string).collect();
        out.push_str(&i18n::IMPORT_WITHOUT_KIND.fill(lang, &[("lines", &lines.join(", "))]));
        out.push('\n');
    }
    let count = |n: usize| n.to_string();
    out.push_str(&i18n::IMPORT_SUMMARY.fill(
        lang,
        &[
            ("new", &count(plan.count(RowOutcome::New))),
            ("there", &count(plan.count(RowOutcome::AlreadyThere))),
            ("terms", &count(plan.count(RowOutcome::NewTerm))),
            ("rejected", &count(plan.rejected.len())),
        ],
    ));
    out.push('\n');
    let last = if !plan.rejected.is_empty() {
        i18n::IMPORT_NOTHING_REJECTED.fill(lang, &[("rejected", &count(plan.rejected.len()))])
    } else if dry_run {
        i18n::IMPORT_DRY_RUN.get(lang).to_string()
    } else if let Some(w) = written {
        i18n::IMPORT_WRITTEN.fill(
            lang,
            &[
                ("persons", &count(w.persons)),
                ("appointments", &count(w.appointments)),
            ],
        )
    } else {
        i18n::IMPORT_NOTHING_TO_DO.get(lang).to_string()
    };
    out.push_str(&last);
    out.push('\n');
    let differing = plan.differing();
    if plan.rejected.is_empty() && differing > 0 {
        let n = count(differing);
        let note = match (plan.update, written) {
            (false, _) => i18n::IMPORT_DIFFER_HINT.fill(lang, &[("n", &n)]),
            (true, Some(w)) => i18n::IMPORT_UPDATED.fill(lang, &[("n", &count(w.updated))]),
            (true, None) => i18n::IMPORT_WOULD_UPDATE.fill(lang, &[("n", &n)]),
        };
        out.push_str(&note);
        out.push('\n');
    }
    out
}
