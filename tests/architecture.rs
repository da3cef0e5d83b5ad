//! The house's ground floor: `src/domain` names nothing of ours outside itself. The domain gives
//! codes and values; `i18n` turns them into words, `storage` keeps them, `app` and `ui` show them.
//! A domain file that names `crate::i18n` (or any other module of the crate) bends the layers
//! back on themselves, so this test reads every domain file, tests included, and fails on it.

use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, recursively, in a stable order.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .expect("read the folder")
        .map(|e| e.expect("read an entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// The places in `source` that reach out of the domain: `crate::X` for any `X` but `domain`,
/// a grouped `crate::{…}` import (which could hide one), `super::super` out of `src/domain`,
/// and the crate's own name (`korps::`).
fn reaches_out(source: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (i, line) in source.lines().enumerate() {
        let mut rest = line;
        while let Some(at) = rest.find("crate::") {
            let after = &rest[at + "crate::".len()..];
            let name: String = after
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '{')
                .collect();
            if name != "domain" {
                found.push((i + 1, line.trim().to_string()));
                break;
            }
            rest = after;
        }
        if line.contains("korps::") || line.contains("super::super") {
            found.push((i + 1, line.trim().to_string()));
        }
    }
    found.dedup();
    found
}

#[test]
fn the_domain_names_no_other_module_of_the_crate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain");
    let files = rust_files(&root);
    assert!(
        files.len() > 10,
        "src/domain has its files ({})",
        files.len()
    );
    let mut violations = Vec::new();
    for file in files {
        let source = fs::read_to_string(&file).expect("read a domain file");
        for (line, text) in reaches_out(&source) {
            violations.push(format!("{}:{line}: {text}", file.display()));
        }
    }
    assert!(
        violations.is_empty(),
        "src/domain must not name crate::i18n, storage, app, ui or any other module outside \
         the domain; give a code and let i18n say it:\n{}",
        violations.join("\n")
    );
}

#[test]
fn the_scan_catches_every_way_out() {
    for bad in [
        "use crate::i18n::{self, Lang};",
        "use crate::storage::Db;",
        "    crate::app::State::default()",
        "use crate::{domain::date, i18n};",
        "/// see [`crate::ui::theme`]",
        "use korps::i18n::Lang;",
        "use super::super::i18n;",
        "let x = crate::domain::date::iso_week(d); let y = crate::i18n::WEEK_LABEL;",
    ] {
        assert_eq!(reaches_out(bad).len(), 1, "{bad}");
    }
    for good in [
        "use crate::domain::date::{DateError, parse_date};",
        "use super::money::Money;",
        "//! Messages are in the i18n catalog (`i18n::field_error`).",
        "let s = \"i18n\";",
    ] {
        assert!(reaches_out(good).is_empty(), "{good}");
    }
}
