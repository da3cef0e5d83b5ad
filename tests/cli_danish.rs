//! The command line speaks the UI language: `--help` of every command and every argument error
//! in Danish by default and in English with `--lang en` (or `language = "en"` in the config),
//! and `render --keys` reads the key names the README lists and refuses others with exit 2.
//! Run through the real binary in a sealed environment; none of these opens a database.

mod cli_support;

use cli_support::korps;
use predicates::prelude::*;
use tempfile::TempDir;

/// Every visible command of korps.
const COMMANDS: &[&[&str]] = &[
    &[],
    &["demo"],
    &["render"],
    &["export"],
    &["export", "list"],
    &["export", "calendar"],
    &["export", "person"],
    &["export", "payouts"],
    &["export", "report"],
    &["import"],
    &["import", "people"],
    &["backup"],
    &["restore"],
    &["check"],
    &["privacy"],
    &["privacy", "review"],
    &["budget"],
];

/// Words clap prints when left to itself, in English.
const CLAP_ENGLISH: &[&str] = &[
    "Usage:",
    "Options:",
    "Arguments:",
    "Commands:",
    "Print help",
    "Print version",
    "[default:",
    "[possible values:",
    "[OPTIONS]",
    "<COMMAND>",
    "error:",
    "For more information",
    "Did you mean",
];

fn stdout_of(dir: &TempDir, args: &[&str]) -> String {
    let out = korps(dir).args(args).assert().success().stderr("");
    String::from_utf8(out.get_output().stdout.clone()).expect("UTF-8")
}

#[test]
fn help_of_every_command_is_danish_by_default() {
    let dir = TempDir::new().expect("temp dir");
    for command in COMMANDS {
        let mut args = command.to_vec();
        args.push("--help");
        let text = stdout_of(&dir, &args);
        assert!(text.contains("Brug: korps"), "{args:?}:\n{text}");
        assert!(text.contains("Tilvalg:"), "{args:?}:\n{text}");
        assert!(text.contains("Vis denne hjælp"), "{args:?}:\n{text}");
        for english in CLAP_ENGLISH {
            assert!(!text.contains(english), "{english} in {args:?}:\n{text}");
        }
    }
    let root = stdout_of(&dir, &["--help"]);
    assert!(
        root.contains("Kommandoer:") && root.contains("Miljøvariabler:"),
        "{root}"
    );
    let budget = stdout_of(&dir, &["budget", "--help"]);
    assert!(
        budget.contains("--year <ÅR>") && budget.contains("Budgetåret"),
        "{budget}"
    );
    // `korps help X` is `korps X --help`.
    assert_eq!(stdout_of(&dir, &["help", "budget"]), budget);
}

#[test]
fn help_is_english_with_lang_en_or_the_config() {
    let dir = TempDir::new().expect("temp dir");
    for command in COMMANDS {
        let mut args = vec!["--lang", "en"];
        args.extend_from_slice(command);
        args.push("--help");
        let text = stdout_of(&dir, &args);
        assert!(text.contains("Usage: korps"), "{args:?}:\n{text}");
        assert!(text.contains("Print this help"), "{args:?}:\n{text}");
        assert!(
            !text.contains("Brug:") && !text.contains("Tilvalg"),
            "{args:?}:\n{text}"
        );
    }
    std::fs::write(dir.path().join("config.toml"), "language = \"en\"\n").expect("config");
    let text = stdout_of(&dir, &["budget", "--help"]);
    assert!(text.contains("The budget year"), "{text}");
    let text = stdout_of(&dir, &["--lang", "da", "budget", "--help"]);
    assert!(text.contains("Budgetåret"), "{text}");
}

#[test]
fn a_bad_year_is_explained_in_danish_with_exit_2() {
    let dir = TempDir::new().expect("temp dir");
    korps(&dir)
        .args(["budget", "--year", "tyve"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            predicate::str::starts_with(
                "korps: \u{ab}tyve\u{bb} er ikke en gyldig værdi for \u{ab}--year\u{bb}\n--year: Budgetåret",
            )
            .and(predicate::str::contains("Brug: korps budget"))
            .and(predicate::str::contains("Mere hjælp: korps budget --help")),
        );
    korps(&dir)
        .args(["budget", "--year", "tyve", "--lang", "en"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::starts_with(
                "korps: \u{ab}tyve\u{bb} is not a valid value for \u{ab}--year\u{bb}\n--year: The budget year",
            )
            .and(predicate::str::contains("Usage: korps budget")),
        );
    // A year that is a number but out of range is korps's own check: also exit 2, also Danish.
    korps(&dir)
        .args(["budget", "--year", "3000"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "Året skal være mellem 1900 og 2200",
        ));
}

#[test]
fn every_kind_of_argument_error_is_danish() {
    let dir = TempDir::new().expect("temp dir");
    for (args, want) in [
        (&["--bogus"][..], "ukendt tilvalg \u{ab}--bogus\u{bb}"),
        (&["budget", "--jsn"], "Mente du \u{ab}--json\u{bb}?"),
        (&["budgte"], "ukendt kommando \u{ab}budgte\u{bb}"),
        (&["demo"], "mangler \u{ab}--out\u{bb}"),
        (&["demo", "--out"], "\u{ab}--out\u{bb} skal have en værdi"),
        (
            &["demo", "--out", "x.db", "--scale", "0"],
            "\u{ab}0\u{bb} er ikke en gyldig værdi for \u{ab}--scale\u{bb}",
        ),
        (&["--lang", "de"], "Mulige værdier: da, en."),
        (&["--demo", "--db", "x.db"], "kan ikke bruges sammen med"),
        (
            &[
                "export", "report", "--year", "2026", "--period", "-o", "r.pdf",
            ],
            "kan ikke bruges sammen med",
        ),
    ] {
        let out = korps(&dir).args(args).assert().code(2).stdout("");
        let err = String::from_utf8(out.get_output().stderr.clone()).expect("UTF-8");
        assert!(err.starts_with("korps: "), "{args:?}:\n{err}");
        assert!(err.contains(want), "{args:?} wants {want}:\n{err}");
        for english in CLAP_ENGLISH {
            assert!(!err.contains(english), "{english} in {args:?}:\n{err}");
        }
    }
}

#[test]
fn render_keys_reads_the_readme_names_and_refuses_others_with_exit_2() {
    let dir = TempDir::new().expect("temp dir");
    for keys in ["<Foo>", "<Ctrl-Foo>", "a<Enter", "<F13>"] {
        korps(&dir)
            .args(["render", "korps", "--keys", keys])
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::starts_with("korps: --keys: "));
    }
    korps(&dir)
        .args(["render", "korps", "--keys", "<Foo>"])
        .assert()
        .stderr(
            predicate::str::contains("ukendt tast <Foo>").and(predicate::str::contains("<Ctrl-S>")),
        );
    korps(&dir)
        .args(["--lang", "en", "render", "korps", "--keys", "<Foo>"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown key <Foo>"));
    // Known names are read and replayed (on a new, empty database).
    korps(&dir).arg("init").assert().success();
    for keys in [
        "<Ctrl-S>",
        "<C-s>",
        "<ctrl+s>",
        "<S-Tab>",
        "<Shift-Tab>",
        "<Alt-x>",
        "<PgDn><Home><End><F1><Space><lt>",
    ] {
        korps(&dir)
            .args(["render", "korps", "--keys", keys])
            .assert()
            .success()
            .stderr("");
    }
}
