//! The output file every `korps export …` command shares, in one place:
//!
//! - one option, `-o FILE` / `--output FILE` (`--out` kept as an alias), `-` for standard output;
//! - the format follows the file's extension unless `--format` names it; a file name that names
//!   another format than `--format` is refused (`-o r.html --format pdf`), as is an extension the
//!   export does not offer — both before the database is opened, with exit code 2;
//! - a PDF or Excel file is not written to a terminal;
//! - after writing, one line says what was written: `Skrev rapport-2026.pdf, 3 sider (…)`, rows
//!   for CSV and Excel (on standard error when the file went to standard output).
//!
//! A command declares the formats it offers (`&[FileFormat]`, the first being the default where
//! the file name says nothing and only one format is offered), parses `--format` with
//! [`FormatParser`] over the same list, and calls [`Target::resolve`] then [`Target::write`].

use std::ffi::OsStr;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::Args;
use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};

use super::CliError;
use super::export::{is_stdout, write_output};
use crate::export::FileFormat;
use crate::i18n::{self, Lang};

/// `-o FILE`, the same on every export.
#[derive(Debug, Clone, Args)]
pub struct OutputArg {
    /// Where to write (`-` for standard output), owner-readable only; the format follows the
    /// file's extension unless --format is given
    #[arg(short = 'o', long = "output", alias = "out", value_name = "FILE")]
    pub output: PathBuf,
}

/// Parses `--format` as one of the formats an export offers (shown in `--help`).
#[derive(Debug, Clone, Copy)]
pub struct FormatParser(pub &'static [FileFormat]);

impl TypedValueParser for FormatParser {
    type Value = FileFormat;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<FileFormat, clap::Error> {
        let names = self.0.iter().map(|f| f.extension());
        let text = PossibleValuesParser::new(names).parse_ref(cmd, arg, value)?;
        FileFormat::parse(&text)
            .ok_or_else(|| clap::Error::new(clap::error::ErrorKind::InvalidValue))
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            self.0.iter().map(|f| PossibleValue::new(f.extension())),
        ))
    }
}

/// Where an export goes and in which format, settled from the arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub path: PathBuf,
    pub format: FileFormat,
}

/// How much was written, for the closing line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Extent {
    /// Pages of a PDF.
    Pages(usize),
    /// Data rows of a CSV file or workbook (headers and totals not counted).
    Rows(usize),
    /// Nothing worth counting (HTML, text, iCalendar, JSON): the context says the rest.
    Unmeasured,
}

impl Target {
    /// The format for `output` given the explicit `--format` (if any) and the formats the export
    /// offers (`offered[0]` is used when there is only one and the file name says nothing).
    pub fn resolve(
        output: &OutputArg,
        explicit: Option<FileFormat>,
        offered: &[FileFormat],
        lang: Lang,
    ) -> Result<Target, CliError> {
        let path = output.output.clone();
        let shown = path.display().to_string();
        let named = if is_stdout(&path) {
            None
        } else {
            FileFormat::from_path(&path)
        };
        let list = FileFormat::names(offered);
        let format = match (explicit, named) {
            (Some(f), Some(n)) if f != n => {
                return Err(CliError::Usage(i18n::OUT_CONTRADICTS.fill(
                    lang,
                    &[
                        ("path", &shown),
                        ("named", n.extension()),
                        ("format", f.extension()),
                    ],
                )));
            }
            (Some(f), _) => f,
            (None, Some(n)) if offered.contains(&n) => n,
            (None, Some(n)) => {
                return Err(CliError::Usage(i18n::OUT_NOT_OFFERED.fill(
                    lang,
                    &[
                        ("path", &shown),
                        ("named", n.extension()),
                        ("formats", &list),
                    ],
                )));
            }
            (None, None) => match offered {
                [only] => *only,
                _ if is_stdout(&path) => {
                    return Err(CliError::Usage(
                        i18n::OUT_NO_FORMAT_STDOUT.fill(lang, &[("formats", &list)]),
                    ));
                }
                _ => {
                    return Err(CliError::Usage(
                        i18n::OUT_NO_FORMAT.fill(lang, &[("path", &shown), ("formats", &list)]),
                    ));
                }
            },
        };
        if format.is_binary() && is_stdout(&path) && std::io::stdout().is_terminal() {
            return Err(CliError::Usage(
                i18n::OUT_BINARY_TO_TERMINAL
                    .fill(lang, &[("format", &format.extension().to_uppercase())]),
            ));
        }
        Ok(Target { path, format })
    }

    /// Writes `bytes` (owner-readable, all or nothing) and says what was written: the file, its
    /// extent and `context` (what it holds, in the UI language).
    pub fn write(
        &self,
        bytes: &[u8],
        extent: Extent,
        context: &str,
        lang: Lang,
    ) -> Result<(), CliError> {
        write_output(&self.path, bytes)?;
        let line = written_line(&self.path, extent, context, lang);
        if is_stdout(&self.path) {
            eprintln!("{line}");
        } else {
            println!("{line}");
        }
        Ok(())
    }
}

/// `Skrev rapport-2026.pdf, 3 sider (context)`.
pub fn written_line(path: &Path, extent: Extent, context: &str, lang: Lang) -> String {
    let shown = if is_stdout(path) {
        i18n::OUT_STDOUT.get(lang).to_string()
    } else {
        path.display().to_string()
    };
    let mut line = i18n::OUT_WROTE.fill(lang, &[("path", &shown)]);
    let counted = match extent {
        Extent::Pages(n) => Some((n, i18n::OUT_ONE_PAGE, i18n::OUT_PAGES)),
        Extent::Rows(n) => Some((n, i18n::OUT_ONE_ROW, i18n::OUT_ROWS)),
        Extent::Unmeasured => None,
    };
    if let Some((n, one, many)) = counted {
        let count = crate::domain::money::group_thousands(n as u64);
        line.push_str(", ");
        line.push_str(&i18n::pick(n, one, many).fill(lang, &[("n", &count)]));
    }
    if !context.is_empty() {
        line.push_str(" (");
        line.push_str(context);
        line.push(')');
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use FileFormat::{Csv, Html, Ics, Pdf, Txt};

    fn out(p: &str) -> OutputArg {
        OutputArg {
            output: PathBuf::from(p),
        }
    }

    fn usage(r: Result<Target, CliError>) -> String {
        match r {
            Err(e @ CliError::Usage(_)) => {
                assert_eq!(e.exit_code(), 2);
                e.message(Lang::Da)
            }
            other => panic!("expected a usage error, got {other:?}"),
        }
    }

    #[test]
    fn the_extension_picks_the_format_unless_format_says_it() {
        let offered = [Pdf, Html, Csv, Txt];
        let t = Target::resolve(&out("r.html"), None, &offered, Lang::Da).expect("html");
        assert_eq!(t.format, Html);
        let t = Target::resolve(&out("r.HTM"), Some(Html), &offered, Lang::Da).expect("same");
        assert_eq!(t.format, Html);
        let t = Target::resolve(&out("rapport"), Some(Csv), &offered, Lang::Da).expect("bare");
        assert_eq!(t.format, Csv);
        let t = Target::resolve(&out("-"), Some(Txt), &offered, Lang::Da).expect("stdout");
        assert_eq!(t.format, Txt);
    }

    #[test]
    fn a_contradiction_an_unoffered_or_unknown_format_is_refused() {
        let offered = [Pdf, Html];
        let m = usage(Target::resolve(
            &out("r.html"),
            Some(Pdf),
            &offered,
            Lang::Da,
        ));
        assert!(
            m.contains("r.html") && m.contains("html") && m.contains("pdf"),
            "{m}"
        );
        let m = usage(Target::resolve(&out("r.csv"), None, &offered, Lang::Da));
        assert!(m.contains("pdf|html"), "{m}");
        let m = usage(Target::resolve(&out("r.docx"), None, &offered, Lang::En));
        assert!(m.contains("--format pdf|html"), "{m}");
        // With one format offered a bare name is fine, a wrong extension is not.
        let t = Target::resolve(&out("kalender"), None, &[Ics], Lang::Da).expect("ics");
        assert_eq!(t.format, Ics);
        usage(Target::resolve(
            &out("kalender.pdf"),
            None,
            &[Ics],
            Lang::Da,
        ));
    }

    #[test]
    fn the_written_line_counts_pages_and_rows() {
        let p = Path::new("rapport-2026.pdf");
        assert_eq!(
            written_line(p, Extent::Pages(3), "", Lang::Da),
            "Skrev rapport-2026.pdf, 3 sider"
        );
        assert_eq!(
            written_line(p, Extent::Pages(1), "", Lang::En),
            "Wrote rapport-2026.pdf, 1 page"
        );
        assert_eq!(
            written_line(Path::new("l.csv"), Extent::Rows(1254), "x", Lang::Da),
            "Skrev l.csv, 1.254 rækker (x)"
        );
        assert_eq!(
            written_line(Path::new("k.ics"), Extent::Unmeasured, "", Lang::Da),
            "Skrev k.ics"
        );
    }
}
