//! The command line in the UI language: `--help` and every argument error.
//!
//! clap writes its own words in English, so korps builds the clap command from the derive
//! structs ([`Cli`]) and then puts the catalog's texts onto it (`i18n::cli_help`): each
//! command's about, each argument's help, the headings, the usage line's title, the defaults and
//! possible values. Argument errors are not printed by clap at all: [`error_message`] writes them
//! from the error's kind and context. The language must be known before parsing, so
//! [`lang_before_parsing`] reads `--lang` from the raw arguments.

use std::ffi::OsString;

use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory};

use super::Cli;
use crate::i18n::{self, Lang, cli_help};

/// The language `--lang` names in `args` (`--lang en` or `--lang=en`, before any `--`), if any.
pub fn lang_before_parsing(args: &[OsString]) -> Option<Lang> {
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            return None;
        }
        if word == "--lang" {
            return words.next().and_then(|v| Lang::parse(&v));
        }
        if let Some(value) = word.strip_prefix("--lang=") {
            return Lang::parse(value);
        }
    }
    None
}

/// `korps help export list` read as `korps export list --help` (clap's own `help` command would
/// print English, so korps has none and turns the word into the flag).
pub fn help_command_as_flag(mut args: Vec<OsString>) -> Vec<OsString> {
    if args.get(1).is_some_and(|a| a == "help") {
        args.remove(1);
        args.push(OsString::from("--help"));
    }
    args
}

/// The clap command of korps with its texts in `lang`.
pub fn command(lang: Lang) -> Command {
    // `import people --help` ends with the reference of the columns it reads.
    let columns = crate::import::columns::reference(lang);
    localize(Cli::command(), "", lang, true).mut_subcommand("import", |c| {
        c.mut_subcommand("people", |p| p.after_help(columns))
    })
}

/// `cmd` (at `place` in the tree, see `i18n::cli_help`) and its subcommands, in `lang`.
fn localize(mut cmd: Command, place: &str, lang: Lang, root: bool) -> Command {
    if let Some(text) = cli_help(place) {
        cmd = cmd.about(text.get(lang)).long_about(None);
    }
    let usage = i18n::CLAP_USAGE.get(lang);
    cmd = cmd
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
        ))
        .subcommand_help_heading(i18n::CLAP_COMMANDS.get(lang))
        .subcommand_value_name(i18n::CLAP_COMMAND_VALUE.get(lang))
        .disable_help_subcommand(true)
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help),
        );
    if root {
        cmd = cmd.after_help(i18n::CLAP_ENVIRONMENT.get(lang));
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version),
        );
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let arg_place = join(place, &arg_key(&cmd, &id));
        cmd = cmd.mut_arg(&id, |a| localize_arg(a, cli_help(&arg_place), lang));
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in names {
        let sub_place = join(place, &name);
        cmd = cmd.mut_subcommand(&name, |c| localize(c, &sub_place, lang, false));
    }
    cmd
}

fn join(place: &str, word: &str) -> String {
    if place.is_empty() {
        word.to_string()
    } else {
        format!("{place} {word}")
    }
}

/// An argument's key in `i18n::CLI_HELP`: `--long` for an option, `<id>` for a positional.
fn arg_key(cmd: &Command, id: &str) -> String {
    match cmd.get_arguments().find(|a| a.get_id() == id) {
        Some(a) if a.is_positional() => format!("<{id}>"),
        Some(a) => match a.get_long() {
            Some(long) => format!("--{long}"),
            None => format!("-{}", a.get_short().unwrap_or('?')),
        },
        None => id.to_string(),
    }
}

/// An argument with its help, heading, default and possible values in `lang`.
fn localize_arg(arg: Arg, text: Option<i18n::Text>, lang: Lang) -> Arg {
    let heading = if arg.is_positional() {
        i18n::CLAP_ARGUMENTS
    } else {
        i18n::CLAP_OPTIONS
    };
    let mut help = match text {
        Some(t) => t.get(lang).to_string(),
        None => arg.get_help().map(ToString::to_string).unwrap_or_default(),
    };
    let takes_value = arg.get_action().takes_values();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .filter(|v| !v.is_empty())
        .collect();
    if takes_value && !defaults.is_empty() && !arg.is_hide_default_value_set() {
        help.push(' ');
        help.push_str(&i18n::CLAP_DEFAULT.fill(lang, &[("value", &defaults.join(", "))]));
    }
    let possible: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if takes_value && !possible.is_empty() && !arg.is_hide_possible_values_set() {
        help.push(' ');
        help.push_str(&i18n::CLAP_POSSIBLE.fill(lang, &[("values", &possible.join(", "))]));
    }
    let mut arg = arg
        .help(help)
        .long_help(None)
        .help_heading(heading.get(lang));
    if lang == Lang::Da {
        let names: Vec<&'static str> = arg
            .get_value_names()
            .unwrap_or_default()
            .iter()
            .filter_map(|n| i18n::cli_value_name(n.as_str()))
            .collect();
        if !names.is_empty() {
            arg = arg.value_names(names);
        }
    }
    if arg.is_global_set() {
        // The options every command shares come after the command's own.
        arg = arg.display_order(1000);
    }
    if takes_value {
        arg.hide_default_value(true).hide_possible_values(true)
    } else {
        arg
    }
}

/// Text clap renders (help, usage) with its last English words in `lang`.
pub fn finish(text: &StyledStr, lang: Lang) -> String {
    let mut out = text
        .to_string()
        .replace("[OPTIONS]", i18n::CLAP_OPTIONS_VALUE.get(lang));
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// What to print for a clap error, where, and the exit code: help and version on standard
/// output with 0; a mistake on standard error, in `lang`, with 2.
pub struct Report {
    pub text: String,
    pub to_stdout: bool,
    pub exit_code: u8,
}

/// The report of a clap error (`cmd` is the localized command it came from).
pub fn report(err: &clap::Error, cmd: &mut Command, args: &[OsString], lang: Lang) -> Report {
    match err.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => Report {
            text: finish(&err.render(), lang),
            to_stdout: true,
            exit_code: 0,
        },
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => Report {
            text: finish(&err.render(), lang),
            to_stdout: false,
            exit_code: 2,
        },
        _ => Report {
            text: error_message(err, cmd, args, lang),
            to_stdout: false,
            exit_code: 2,
        },
    }
}

/// One context value as text: a list joined with ", ".
fn context(err: &clap::Error, kind: ContextKind) -> Option<String> {
    Some(match err.get(kind)? {
        ContextValue::String(s) => s.clone(),
        ContextValue::Strings(v) => v.join(", "),
        ContextValue::StyledStr(s) => s.to_string(),
        ContextValue::StyledStrs(v) => v
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        ContextValue::Number(n) => n.to_string(),
        ContextValue::Bool(b) => b.to_string(),
        _ => return None,
    })
}

/// The subcommand at `path` below `cmd`.
fn descend<'a>(cmd: &'a mut Command, path: &[String]) -> Option<&'a mut Command> {
    let mut current = cmd;
    for name in path {
        current = current.find_subcommand_mut(name)?;
    }
    Some(current)
}

/// The usage line of the (sub)command `args` name (`korps export calendar --frm x` names
/// `export calendar`).
fn usage_of(cmd: &mut Command, args: &[OsString]) -> String {
    let mut path = Vec::new();
    let mut current: &Command = cmd;
    for word in args.iter().skip(1) {
        let word = word.to_string_lossy();
        if let Some(sub) = current
            .find_subcommand(word.as_ref())
            .filter(|_| !word.starts_with('-'))
        {
            path.push(sub.get_name().to_string());
            current = sub;
        }
    }
    match descend(cmd, &path) {
        Some(sub) => sub.render_usage().to_string(),
        None => String::new(),
    }
}

/// `«x»`-quoted, the way korps quotes what the user typed.
fn quoted(s: &str) -> String {
    format!("\u{ab}{s}\u{bb}")
}

/// The argument `name` as written in an error (`--year <YEAR>`), its option part only.
fn arg_name(name: &str) -> String {
    name.split_whitespace().next().unwrap_or(name).to_string()
}

/// The help text of the argument an error names, found by its `--long` in the command the
/// usage line shows (for "what it is" after a bad value).
fn arg_help(cmd: &Command, usage: &str, arg: &str) -> Option<String> {
    let mut current = cmd;
    for word in usage.split_whitespace().skip(1) {
        match current.find_subcommand(word) {
            Some(sub) => current = sub,
            None => break,
        }
    }
    let long = arg.strip_prefix("--");
    current
        .get_arguments()
        .chain(cmd.get_arguments())
        .find(|a| match long {
            Some(l) => a.get_long() == Some(l),
            None => a
                .get_value_names()
                .is_some_and(|v| v.iter().any(|n| n == arg)),
        })
        .and_then(|a| a.get_help().map(ToString::to_string))
}

/// The message for an argument error, in `lang`: what is wrong, a suggestion when clap has one,
/// the usage line and where to read more.
pub fn error_message(
    err: &clap::Error,
    cmd: &mut Command,
    args: &[OsString],
    lang: Lang,
) -> String {
    let arg = context(err, ContextKind::InvalidArg).map(|a| arg_name(&a));
    let arg_q = arg.as_deref().map(quoted).unwrap_or_default();
    let value = context(err, ContextKind::InvalidValue).unwrap_or_default();
    let raw_usage = context(err, ContextKind::Usage).unwrap_or_else(|| usage_of(cmd, args));
    let usage = raw_usage
        .trim()
        .trim_start_matches("Usage:")
        .trim()
        .replace("[OPTIONS]", i18n::CLAP_OPTIONS_VALUE.get(lang));
    let mut lines = Vec::new();
    let first = match err.kind() {
        ErrorKind::UnknownArgument => i18n::CLAP_UNKNOWN_ARGUMENT.fill(lang, &[("arg", &arg_q)]),
        ErrorKind::InvalidSubcommand => i18n::CLAP_UNKNOWN_COMMAND.fill(
            lang,
            &[(
                "command",
                &quoted(&context(err, ContextKind::InvalidSubcommand).unwrap_or_default()),
            )],
        ),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation if value.is_empty() => {
            i18n::CLAP_EMPTY_VALUE.fill(lang, &[("arg", &arg_q)])
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            i18n::CLAP_INVALID_VALUE.fill(lang, &[("value", &quoted(&value)), ("arg", &arg_q)])
        }
        ErrorKind::NoEquals | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            i18n::CLAP_EMPTY_VALUE.fill(lang, &[("arg", &arg_q)])
        }
        ErrorKind::TooManyValues => {
            i18n::CLAP_TOO_MANY.fill(lang, &[("value", &quoted(&value)), ("arg", &arg_q)])
        }
        ErrorKind::ArgumentConflict => {
            let other = context(err, ContextKind::PriorArg).map(|a| quoted(&arg_name(&a)));
            match other {
                Some(other) if other != arg_q => {
                    i18n::CLAP_CONFLICT.fill(lang, &[("arg", &arg_q), ("other", &other)])
                }
                _ => i18n::CLAP_REPEATED.fill(lang, &[("arg", &arg_q)]),
            }
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = match err.get(ContextKind::InvalidArg) {
                Some(ContextValue::Strings(v)) => v
                    .iter()
                    .map(|a| quoted(&arg_name(a)))
                    .collect::<Vec<_>>()
                    .join(", "),
                _ => arg_q.clone(),
            };
            i18n::CLAP_MISSING.fill(lang, &[("args", &missing)])
        }
        ErrorKind::MissingSubcommand => {
            i18n::CLAP_MISSING.fill(lang, &[("args", i18n::CLAP_COMMAND_VALUE.get(lang))])
        }
        _ => i18n::CLAP_OTHER.get(lang).to_string(),
    };
    lines.push(first);
    let valid = context(err, ContextKind::ValidValue)
        .or_else(|| context(err, ContextKind::ValidSubcommand).filter(|_| false));
    if let Some(valid) = valid.filter(|v| !v.is_empty()) {
        lines.push(i18n::CLAP_VALID_VALUES.fill(lang, &[("values", &valid)]));
    } else if matches!(
        err.kind(),
        ErrorKind::ValueValidation | ErrorKind::InvalidValue
    ) && let Some(a) = &arg
        && let Some(help) = arg_help(cmd, &usage, a)
    {
        lines.push(
            i18n::CLAP_WHAT_IT_IS.fill(lang, &[("arg", a), ("help", help.trim_end_matches('.'))]),
        );
    }
    let suggestion = context(err, ContextKind::SuggestedArg)
        .or_else(|| context(err, ContextKind::SuggestedSubcommand))
        .or_else(|| context(err, ContextKind::SuggestedValue));
    if let Some(s) = suggestion {
        lines.push(i18n::CLAP_DID_YOU_MEAN.fill(lang, &[("suggestion", &quoted(&s))]));
    }
    let command = usage
        .split_whitespace()
        .take_while(|w| !w.starts_with(['[', '<', '-']))
        .collect::<Vec<_>>()
        .join(" ");
    format!(
        "korps: {}\n\n{} {usage}\n\n{}\n",
        lines.join("\n"),
        i18n::CLAP_USAGE.get(lang),
        i18n::CLAP_MORE_HELP.fill(lang, &[("command", &command)])
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// Every visible command and argument of the tree by place, with the key that gives its help.
    fn places(cmd: &Command, place: &str, out: &mut Vec<(String, Option<&'static str>)>) {
        out.push((place.to_string(), i18n::cli_help_key(place)));
        for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
            let key = join(place, &arg_key(cmd, arg.get_id().as_str()));
            out.push((key.clone(), i18n::cli_help_key(&key)));
        }
        for sub in cmd.get_subcommands().filter(|c| !c.is_hide_set()) {
            places(sub, &join(place, sub.get_name()), out);
        }
    }

    #[test]
    fn every_command_and_argument_has_its_help_in_the_catalog_and_every_entry_is_used() {
        let mut found = Vec::new();
        places(&command(Lang::Da), "", &mut found);
        let missing: Vec<&str> = found
            .iter()
            .filter(|(_, key)| key.is_none())
            .map(|(place, _)| place.as_str())
            .collect();
        assert!(
            missing.is_empty(),
            "add the help of these to src/i18n/cli_help.rs (CLI_HELP, Danish and English): {missing:?}"
        );
        let used: BTreeSet<&str> = found.iter().filter_map(|(_, key)| *key).collect();
        let unused: Vec<&str> = i18n::CLI_HELP
            .iter()
            .map(|(key, _)| *key)
            .filter(|key| !used.contains(key))
            .collect();
        assert!(
            unused.is_empty(),
            "CLI_HELP entries that name nothing: {unused:?}"
        );
    }

    #[test]
    fn the_localized_command_is_consistent_in_both_languages() {
        command(Lang::Da).debug_assert();
        command(Lang::En).debug_assert();
    }

    #[test]
    fn the_help_command_is_the_help_flag() {
        let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            help_command_as_flag(args(&["korps", "help", "export", "list"])),
            args(&["korps", "export", "list", "--help"])
        );
        assert_eq!(
            help_command_as_flag(args(&["korps", "help"])),
            args(&["korps", "--help"])
        );
        assert_eq!(
            help_command_as_flag(args(&["korps", "render", "help"])),
            args(&["korps", "render", "help"])
        );
    }

    #[test]
    fn the_language_is_read_before_parsing() {
        let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            lang_before_parsing(&args(&["korps", "--lang", "en", "x"])),
            Some(Lang::En)
        );
        assert_eq!(
            lang_before_parsing(&args(&["korps", "budget", "--lang=da"])),
            Some(Lang::Da)
        );
        assert_eq!(
            lang_before_parsing(&args(&["korps", "--", "--lang", "en"])),
            None
        );
        assert_eq!(lang_before_parsing(&args(&["korps", "--lang", "xx"])), None);
        assert_eq!(lang_before_parsing(&args(&["korps"])), None);
    }

    fn error_of(lang: Lang, args: &[&str]) -> (String, u8) {
        let mut cmd = command(lang);
        let args: Vec<OsString> = args.iter().map(OsString::from).collect();
        let err = cmd
            .try_get_matches_from_mut(args.clone())
            .expect_err("a mistake");
        let report = report(&err, &mut cmd, &args, lang);
        assert!(!report.to_stdout);
        (report.text, report.exit_code)
    }

    #[test]
    fn argument_errors_speak_the_ui_language() {
        let (da, code) = error_of(Lang::Da, &["korps", "budget", "--year", "abc"]);
        assert_eq!(code, 2);
        assert!(
            da.contains("\u{ab}abc\u{bb} er ikke en gyldig værdi for \u{ab}--year\u{bb}"),
            "{da}"
        );
        assert!(da.contains("--year: Budgetåret"), "{da}");
        assert!(da.contains("Brug: korps budget"), "{da}");
        let (en, _) = error_of(Lang::En, &["korps", "budget", "--year", "abc"]);
        assert!(
            en.contains("\u{ab}abc\u{bb} is not a valid value for \u{ab}--year\u{bb}"),
            "{en}"
        );
        let (da, _) = error_of(Lang::Da, &["korps", "budget", "--jsn"]);
        assert!(da.contains("ukendt tilvalg \u{ab}--jsn\u{bb}"), "{da}");
        assert!(da.contains("Mente du \u{ab}--json\u{bb}?"), "{da}");
        let (da, _) = error_of(Lang::Da, &["korps", "budgte"]);
        assert!(da.contains("ukendt kommando \u{ab}budgte\u{bb}"), "{da}");
        assert!(da.contains("Mente du \u{ab}budget\u{bb}?"), "{da}");
        let (da, _) = error_of(Lang::Da, &["korps", "--lang", "de"]);
        assert!(da.contains("Mulige værdier: da, en."), "{da}");
        let (da, _) = error_of(Lang::Da, &["korps", "demo"]);
        assert!(da.contains("mangler \u{ab}--out\u{bb}"), "{da}");
        let (da, _) = error_of(Lang::Da, &["korps", "--demo", "--db", "x"]);
        assert!(da.contains("kan ikke bruges sammen med"), "{da}");
        for text in [da] {
            for english in ["Usage:", "error:", "For more information", "[OPTIONS]"] {
                assert!(!text.contains(english), "{english} in {text}");
            }
        }
    }
}
