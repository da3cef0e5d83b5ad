//! The print dialog for the yearly ambassador list (`p`): variant, format, season, file and —
//! when `lp` exists — "send to printer". Its state, actions, keys, `update` and effects live
//! here; `ui::print_dialog` draws it. It opens from any screen with [`Action::OpenPrintDialog`]
//! (or [`open`] with a chosen season, for the Udpegninger screen).
//!
//! Decisions:
//! - The default file is `ambassadørliste-2026-27.pdf` (public: `…-offentlig.pdf`) in the
//!   user's documents folder as the desktop names it (`~/Dokumenter` on a Danish desktop,
//!   from the XDG user dirs), else the current folder. Finding that folder and whether `lp`
//!   exists is the dialog's first effect, so `update` stays pure.
//! - Until the user edits the path, changing variant, format or season renames the file; after
//!   an edit only the extension follows the format.
//! - "Send to printer" is offered for PDF only, and only when `lp` is on the `PATH`. The file
//!   is always written first (owner-readable only); `lp FILE` is then run as an effect and its
//!   complaint, if any, is shown.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use tui_input::{Input, InputRequest};

use super::action::Action;
use super::effect::Effect;
use super::keymap::{Binding, Key};
use super::state::{Overlay, State};
use crate::domain::season::Season;
use crate::export::yearly_list::{self, ListFormat, ListHeader, ListVariant};
use crate::i18n::{self, Lang};
use crate::storage::Database;

/// The dialog's fields, top to bottom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrintField {
    Variant,
    Format,
    Season,
    Path,
    Printer,
}

impl PrintField {
    pub const ALL: [PrintField; 5] = [
        Self::Variant,
        Self::Format,
        Self::Season,
        Self::Path,
        Self::Printer,
    ];
}

/// The open dialog.
#[derive(Debug, Clone)]
pub struct PrintDialog {
    pub season: Season,
    pub variant: ListVariant,
    pub format: ListFormat,
    pub path: Input,
    /// The folder the default file name goes in (once found).
    pub dir: Option<PathBuf>,
    /// Whether the path is still the generated one.
    pub auto_path: bool,
    /// Whether `lp` exists (`None` until checked).
    pub lp: Option<bool>,
    pub to_printer: bool,
    pub focus: PrintField,
    /// A complaint shown at the bottom (empty path, write failed).
    pub message: Option<String>,
    /// Writing; keys wait.
    pub busy: bool,
}

impl PrintDialog {
    /// Whether "send to printer" can be chosen now.
    pub fn printer_available(&self) -> bool {
        self.lp == Some(true) && self.format == ListFormat::Pdf
    }

    fn file_name(&self, lang: Lang) -> String {
        yearly_list::file_name(self.season, self.variant, self.format, lang)
    }

    /// Renames the file after a change of variant, format or season.
    fn follow(&mut self, lang: Lang) {
        if self.auto_path {
            let name = self.file_name(lang);
            let path = match &self.dir {
                Some(dir) => dir.join(name).display().to_string(),
                None => name,
            };
            self.path = Input::new(path);
        } else {
            let current = PathBuf::from(self.path.value());
            if ListFormat::from_path(&current).is_some() {
                let renamed = current.with_extension(self.format.extension());
                self.path = Input::new(renamed.display().to_string());
            }
        }
        if !self.printer_available() {
            self.to_printer = false;
        }
    }
}

/// What the dialog is asked to do.
#[derive(Debug, Clone, PartialEq)]
pub enum PrintAction {
    /// The documents folder (if any) and whether `lp` exists were found.
    Prepared {
        dir: Option<PathBuf>,
        lp: bool,
    },
    NextField,
    PrevField,
    /// ← / → on a choice.
    Step(isize),
    /// Typing in the path.
    Edit(InputRequest),
    /// Enter: write (and print).
    Confirm,
    Close,
    /// The write finished: `ok` and the message for the status bar.
    Done {
        ok: bool,
        message: String,
    },
}

/// The dialog's storage and file work.
#[derive(Debug, Clone, PartialEq)]
pub enum PrintEffect {
    /// Find the documents folder and `lp`.
    Prepare,
    /// Build the list, write it, and hand it to `lp` when `print`.
    Write {
        season: Season,
        variant: ListVariant,
        format: ListFormat,
        path: PathBuf,
        print: bool,
        corps_name: String,
        today: NaiveDate,
    },
}

const fn k(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

const fn b(keys: &'static [Key], action: Action, label: i18n::Text, in_bar: bool) -> Binding {
    Binding {
        keys,
        action,
        label,
        in_bar,
    }
}

/// The dialog's keys (the keymap's `Mode::Print`). Other characters type into the path.
pub static BINDINGS: &[Binding] = &[
    b(
        &[k(KeyCode::Enter)],
        Action::Print(PrintAction::Confirm),
        i18n::K_PRINT_WRITE,
        true,
    ),
    b(
        &[k(KeyCode::Esc)],
        Action::Print(PrintAction::Close),
        i18n::K_CANCEL,
        true,
    ),
    b(
        &[k(KeyCode::Tab), k(KeyCode::Down)],
        Action::Print(PrintAction::NextField),
        i18n::K_NEXT_FIELD,
        true,
    ),
    b(
        &[k(KeyCode::BackTab), k(KeyCode::Up)],
        Action::Print(PrintAction::PrevField),
        i18n::K_PREV_FIELD,
        false,
    ),
    b(
        &[k(KeyCode::Left)],
        Action::Print(PrintAction::Step(-1)),
        i18n::K_CHOICE_PREV,
        false,
    ),
    b(
        &[k(KeyCode::Right)],
        Action::Print(PrintAction::Step(1)),
        i18n::K_CHOICE_NEXT,
        true,
    ),
    b(
        &[k(KeyCode::Backspace)],
        Action::Print(PrintAction::Edit(InputRequest::DeletePrevChar)),
        i18n::K_BACKSPACE,
        false,
    ),
    b(
        &[k(KeyCode::Delete)],
        Action::Print(PrintAction::Edit(InputRequest::DeleteNextChar)),
        i18n::K_DELETE_CHAR,
        false,
    ),
    b(
        &[Key {
            code: KeyCode::Char('u'),
            mods: KeyModifiers::CONTROL,
        }],
        Action::Print(PrintAction::Edit(InputRequest::DeleteLine)),
        i18n::K_CLEAR_FIELD,
        false,
    ),
];

/// Opens the dialog for `season` (the current season when `None`).
pub fn open(state: &mut State, season: Option<Season>) -> Vec<Effect> {
    let season =
        season.unwrap_or_else(|| Season::containing(state.ctx.today, state.ctx.season_start_month));
    let mut dialog = PrintDialog {
        season,
        variant: ListVariant::Internal,
        format: ListFormat::Pdf,
        path: Input::default(),
        dir: None,
        auto_path: true,
        lp: None,
        to_printer: false,
        focus: PrintField::Variant,
        message: None,
        busy: false,
    };
    dialog.follow(state.ctx.lang);
    state.overlay = Some(Overlay::Print(Box::new(dialog)));
    vec![Effect::Print(PrintEffect::Prepare)]
}

/// Applies a dialog action.
pub fn update(state: &mut State, action: PrintAction) -> Vec<Effect> {
    let lang = state.ctx.lang;
    if let PrintAction::Done { ok, message } = action {
        if ok {
            if matches!(state.overlay, Some(Overlay::Print(_))) {
                state.overlay = None;
            }
            state.info(message);
        } else {
            if let Some(Overlay::Print(d)) = &mut state.overlay {
                d.busy = false;
                d.message = Some(message.clone());
            }
            state.error(message);
        }
        return Vec::new();
    }
    let Some(Overlay::Print(d)) = &mut state.overlay else {
        return Vec::new();
    };
    if d.busy {
        return Vec::new();
    }
    match action {
        PrintAction::Prepared { dir, lp } => {
            d.dir = dir;
            d.lp = Some(lp);
            d.follow(lang);
        }
        PrintAction::NextField | PrintAction::PrevField => {
            let fields: Vec<PrintField> = PrintField::ALL
                .into_iter()
                .filter(|f| *f != PrintField::Printer || d.printer_available())
                .collect();
            let at = fields.iter().position(|f| *f == d.focus).unwrap_or(0);
            let n = fields.len();
            let next = if action == PrintAction::NextField {
                (at + 1) % n
            } else {
                (at + n - 1) % n
            };
            d.focus = fields[next];
        }
        PrintAction::Step(step) => {
            match d.focus {
                PrintField::Variant => {
                    d.variant = match d.variant {
                        ListVariant::Internal => ListVariant::Public,
                        ListVariant::Public => ListVariant::Internal,
                    };
                }
                PrintField::Format => {
                    let all = ListFormat::ALL;
                    let at = all.iter().position(|f| *f == d.format).unwrap_or(0) as isize;
                    let n = all.len() as isize;
                    d.format = all[(at + step).rem_euclid(n) as usize];
                }
                PrintField::Season => {
                    d.season = if step < 0 {
                        d.season.prev()
                    } else {
                        d.season.next()
                    };
                }
                PrintField::Printer => d.to_printer = !d.to_printer && d.printer_available(),
                PrintField::Path => {
                    let request = if step < 0 {
                        InputRequest::GoToPrevChar
                    } else {
                        InputRequest::GoToNextChar
                    };
                    d.path.handle(request);
                    return Vec::new();
                }
            }
            d.follow(lang);
        }
        PrintAction::Edit(request) => {
            if d.focus == PrintField::Path {
                if d.path.handle(request).is_some_and(|c| c.value) {
                    d.auto_path = false;
                }
                d.message = None;
            } else if request == InputRequest::InsertChar(' ') {
                return update(state, PrintAction::Step(1));
            }
        }
        PrintAction::Confirm => {
            let path = d.path.value().trim();
            if path.is_empty() {
                d.message = Some(i18n::PRINT_EMPTY_PATH.get(lang).to_string());
                d.focus = PrintField::Path;
                return Vec::new();
            }
            d.busy = true;
            d.message = None;
            return vec![Effect::Print(PrintEffect::Write {
                season: d.season,
                variant: d.variant,
                format: d.format,
                path: PathBuf::from(path),
                print: d.to_printer && d.printer_available(),
                corps_name: state.ctx.corps_name.clone(),
                today: state.ctx.today,
            })];
        }
        PrintAction::Close => state.overlay = None,
        PrintAction::Done { .. } => {}
    }
    Vec::new()
}

/// Runs a dialog effect (at the edge: files, the `PATH`, `lp`).
pub fn perform(db: &Database, effect: PrintEffect, lang: Lang) -> Action {
    match effect {
        PrintEffect::Prepare => {
            let dir = directories::UserDirs::new()
                .and_then(|u| u.document_dir().map(Path::to_path_buf))
                .filter(|d| d.is_dir());
            Action::Print(PrintAction::Prepared {
                dir,
                lp: find_program("lp").is_some(),
            })
        }
        PrintEffect::Write {
            season,
            variant,
            format,
            path,
            print,
            corps_name,
            today,
        } => {
            let path = expand_home(&path);
            let shown = path.display().to_string();
            let failed = |reason: String| {
                let message =
                    i18n::PRINT_WRITE_FAILED.fill(lang, &[("path", &shown), ("reason", &reason)]);
                Action::Print(PrintAction::Done { ok: false, message })
            };
            let entries = match db.yearly_list(season, variant, today) {
                Ok(e) => e,
                Err(e) => return failed(e.message(lang)),
            };
            let header = ListHeader {
                corps_name,
                season,
                printed: today,
                lang,
            };
            let written = yearly_list::export(&entries, variant, format, &header)
                .and_then(|(bytes, _)| crate::export::write_private(&path, &bytes));
            if let Err(e) = written {
                return failed(match e {
                    crate::export::ExportError::Io { source, .. } => i18n::io_reason(&source, lang),
                    other => other.message(lang),
                });
            }
            let message = if print {
                match run_lp(&path) {
                    Ok(()) => i18n::PRINT_SENT.fill(lang, &[("path", &shown)]),
                    Err(reason) => {
                        i18n::PRINT_LP_FAILED.fill(lang, &[("path", &shown), ("reason", &reason)])
                    }
                }
            } else {
                i18n::PRINT_WRITTEN.fill(
                    lang,
                    &[("path", &shown), ("count", &entries.len().to_string())],
                )
            };
            Action::Print(PrintAction::Done { ok: true, message })
        }
    }
}

/// `~/x` as a path in the home folder.
fn expand_home(path: &Path) -> PathBuf {
    match (path.strip_prefix("~"), directories::BaseDirs::new()) {
        (Ok(rest), Some(base)) => base.home_dir().join(rest),
        _ => path.to_path_buf(),
    }
}

/// The program `name` on the `PATH`, like `which`.
pub fn find_program(name: &str) -> Option<PathBuf> {
    let paths = std::env::var_os("PATH")?;
    std::env::split_paths(&paths)
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
}

fn run_lp(path: &Path) -> Result<(), String> {
    let output = std::process::Command::new("lp")
        .arg("--")
        .arg(path)
        .output()
        .map_err(|e| e.to_string())?;
    if output.status.success() {
        Ok(())
    } else {
        let err = String::from_utf8_lossy(&output.stderr);
        Err(crate::export::clean::clean(err.trim()).into_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Context;

    fn state() -> State {
        let ctx = Context {
            lang: Lang::Da,
            today: NaiveDate::from_ymd_opt(2026, 11, 27).expect("date"),
            user: "t".into(),
            corps_name: "Rollemodelkorpset".into(),
            season_start_month: 8,
            db_label: "x".into(),
        };
        State::new(ctx, 100, 30)
    }

    fn dialog(state: &State) -> &PrintDialog {
        match &state.overlay {
            Some(Overlay::Print(d)) => d,
            _ => panic!("no dialog"),
        }
    }

    #[test]
    fn opens_on_the_current_season_and_renames_the_file_with_the_choices() {
        let mut s = state();
        let effects = open(&mut s, None);
        assert_eq!(effects, [Effect::Print(PrintEffect::Prepare)]);
        assert_eq!(dialog(&s).path.value(), "ambassadørliste-2026-27.pdf");
        update(
            &mut s,
            PrintAction::Prepared {
                dir: Some(PathBuf::from("/home/mette/Dokumenter")),
                lp: false,
            },
        );
        assert_eq!(
            dialog(&s).path.value(),
            "/home/mette/Dokumenter/ambassadørliste-2026-27.pdf"
        );
        update(&mut s, PrintAction::Step(1)); // variant
        update(&mut s, PrintAction::NextField);
        update(&mut s, PrintAction::Step(2)); // pdf → csv
        update(&mut s, PrintAction::NextField);
        update(&mut s, PrintAction::Step(-1)); // season back
        assert_eq!(
            dialog(&s).path.value(),
            "/home/mette/Dokumenter/ambassadørliste-2025-26-offentlig.csv"
        );
        // No printer: Tab skips the printer field.
        update(&mut s, PrintAction::NextField);
        update(&mut s, PrintAction::NextField);
        assert_eq!(dialog(&s).focus, PrintField::Variant);
    }

    #[test]
    fn an_edited_path_keeps_its_name_and_follows_the_format() {
        let mut s = state();
        open(&mut s, None);
        for _ in 0..3 {
            update(&mut s, PrintAction::NextField);
        }
        update(&mut s, PrintAction::Edit(InputRequest::DeleteLine));
        for c in "/tmp/liste.pdf".chars() {
            update(&mut s, PrintAction::Edit(InputRequest::InsertChar(c)));
        }
        update(&mut s, PrintAction::PrevField);
        update(&mut s, PrintAction::PrevField);
        update(&mut s, PrintAction::Step(1));
        assert_eq!(dialog(&s).path.value(), "/tmp/liste.html");
        let effects = update(&mut s, PrintAction::Confirm);
        assert!(matches!(
            &effects[..],
            [Effect::Print(PrintEffect::Write {
                format: ListFormat::Html,
                print: false,
                ..
            })]
        ));
        assert!(dialog(&s).busy);
        update(
            &mut s,
            PrintAction::Done {
                ok: true,
                message: "ok".into(),
            },
        );
        assert!(s.overlay.is_none());
    }

    #[test]
    fn printer_only_for_pdf_when_lp_exists_and_empty_path_is_refused() {
        let mut s = state();
        open(&mut s, None);
        update(
            &mut s,
            PrintAction::Prepared {
                dir: None,
                lp: true,
            },
        );
        for _ in 0..4 {
            update(&mut s, PrintAction::NextField);
        }
        assert_eq!(dialog(&s).focus, PrintField::Printer);
        update(&mut s, PrintAction::Step(1));
        assert!(dialog(&s).to_printer);
        update(&mut s, PrintAction::PrevField);
        update(&mut s, PrintAction::Edit(InputRequest::DeleteLine));
        assert!(update(&mut s, PrintAction::Confirm).is_empty());
        assert_eq!(dialog(&s).message.as_deref(), Some("Skriv et filnavn"));
    }
}
