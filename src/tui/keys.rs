//! The key-sequence syntax of `korps render --keys`: plain characters are typed as they are;
//! special keys are written in angle brackets: `<Enter> <Esc> <Tab> <S-Tab> <Up> <Down> <Left>
//! <Right> <PgUp> <PgDn> <Home> <End> <Backspace> <Del> <Space> <F1>…<F12>`, with modifiers
//! written the vim way or spelled out, joined by `-` or `+`: `<C-s>`, `<Ctrl-S>`, `<Ctrl+s>`
//! (Ctrl), `<A-x>`, `<Alt-x>`, `<M-x>` (Alt), `<S-Tab>`, `<Shift-Tab>` (Shift); names are read
//! without regard to case. `<lt>` types a literal `<`. Example: `/Søren<Enter>`. The README lists
//! the same names; an unknown one is refused (its message is `i18n::keys_error`'s).

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A key sequence that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeysError {
    #[error("unknown key <{0}>")]
    Unknown(String),
    #[error("a `<` without its `>`")]
    Unclosed,
}

fn named(name: &str) -> Option<KeyCode> {
    Some(match name.to_ascii_lowercase().as_str() {
        "enter" | "cr" | "return" => KeyCode::Enter,
        "esc" | "escape" => KeyCode::Esc,
        "tab" => KeyCode::Tab,
        "s-tab" | "backtab" => KeyCode::BackTab,
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "pgup" | "pageup" => KeyCode::PageUp,
        "pgdn" | "pagedown" => KeyCode::PageDown,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "backspace" | "bs" => KeyCode::Backspace,
        "del" | "delete" => KeyCode::Delete,
        "space" => KeyCode::Char(' '),
        "-" | "minus" => KeyCode::Char('-'),
        "+" | "plus" => KeyCode::Char('+'),
        "lt" => KeyCode::Char('<'),
        "gt" => KeyCode::Char('>'),
        f if f.starts_with('f') && f.len() > 1 => {
            KeyCode::F(f[1..].parse().ok().filter(|n| (1..=12).contains(n))?)
        }
        _ => return None,
    })
}

/// The modifier a prefix names (`C`, `Ctrl`, `Control`; `A`, `M`, `Alt`, `Meta`; `S`, `Shift`).
fn modifier(prefix: &str) -> Option<KeyModifiers> {
    Some(match prefix.to_ascii_lowercase().as_str() {
        "c" | "ctrl" | "control" => KeyModifiers::CONTROL,
        "a" | "m" | "alt" | "meta" => KeyModifiers::ALT,
        "s" | "shift" => KeyModifiers::SHIFT,
        _ => return None,
    })
}

fn special(name: &str) -> Result<KeyEvent, KeysError> {
    let unknown = || KeysError::Unknown(name.to_string());
    let mut mods = KeyModifiers::NONE;
    let mut rest = name;
    // `<C-s>`, `<Ctrl+Shift-Tab>`: modifiers before the last `-`/`+`; a lone `-` or `+` is a key.
    while let Some(at) = rest
        .find(['-', '+'])
        .filter(|&at| at > 0 && at + 1 < rest.len())
    {
        let Some(m) = modifier(&rest[..at]) else {
            break;
        };
        mods |= m;
        rest = &rest[at + 1..];
    }
    let mut chars = rest.chars();
    let code = match (chars.next(), chars.next()) {
        (Some(c), None) if mods != KeyModifiers::NONE => KeyCode::Char(c),
        _ => named(rest).ok_or_else(unknown)?,
    };
    Ok(match (code, mods.contains(KeyModifiers::SHIFT)) {
        // Shift-Tab is the back-tab key; Shift with a letter is the capital letter.
        (KeyCode::Tab, true) => KeyEvent::new(KeyCode::BackTab, mods - KeyModifiers::SHIFT),
        (KeyCode::Char(c), true) => KeyEvent::new(
            KeyCode::Char(c.to_uppercase().next().unwrap_or(c)),
            mods - KeyModifiers::SHIFT,
        ),
        // Ctrl-S is Ctrl-s, as the terminal sends it.
        (KeyCode::Char(c), false) if mods.contains(KeyModifiers::CONTROL) => {
            KeyEvent::new(KeyCode::Char(c.to_lowercase().next().unwrap_or(c)), mods)
        }
        (code, _) => KeyEvent::new(code, mods),
    })
}

/// Reads a key sequence.
pub fn parse(keys: &str) -> Result<Vec<KeyEvent>, KeysError> {
    let mut out = Vec::new();
    let mut rest = keys;
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            let end = rest.find('>').ok_or(KeysError::Unclosed)?;
            out.push(special(&rest[1..end])?);
            rest = &rest[end + 1..];
        } else {
            out.push(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
            rest = &rest[c.len_utf8()..];
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_and_special_keys_mix() {
        let keys = parse("/Sø<Enter><C-s><lt><S-Tab>").expect("valid");
        let codes: Vec<KeyCode> = keys.iter().map(|k| k.code).collect();
        assert_eq!(
            codes,
            [
                KeyCode::Char('/'),
                KeyCode::Char('S'),
                KeyCode::Char('ø'),
                KeyCode::Enter,
                KeyCode::Char('s'),
                KeyCode::Char('<'),
                KeyCode::BackTab
            ]
        );
        assert_eq!(keys[4].modifiers, KeyModifiers::CONTROL);
    }

    #[test]
    fn unknown_and_unclosed_keys_are_errors() {
        assert_eq!(parse("<Foo>"), Err(KeysError::Unknown("Foo".into())));
        assert_eq!(parse("a<Enter"), Err(KeysError::Unclosed));
        assert_eq!(parse("<F13>"), Err(KeysError::Unknown("F13".into())));
        assert_eq!(
            parse("<Hyper-s>"),
            Err(KeysError::Unknown("Hyper-s".into()))
        );
        assert_eq!(
            parse("<Ctrl-Foo>"),
            Err(KeysError::Unknown("Ctrl-Foo".into()))
        );
        assert_eq!(parse("<>"), Err(KeysError::Unknown(String::new())));
    }

    #[test]
    fn modifiers_are_written_the_vim_way_or_spelled_out() {
        let ctrl_s = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL);
        for keys in [
            "<C-s>",
            "<c-s>",
            "<Ctrl-S>",
            "<ctrl-s>",
            "<Ctrl+s>",
            "<Control-s>",
        ] {
            assert_eq!(parse(keys), Ok(vec![ctrl_s]), "{keys}");
        }
        let back_tab = KeyEvent::new(KeyCode::BackTab, KeyModifiers::NONE);
        for keys in ["<S-Tab>", "<Shift-Tab>", "<shift+tab>", "<BackTab>"] {
            assert_eq!(parse(keys), Ok(vec![back_tab]), "{keys}");
        }
        let alt_x = KeyEvent::new(KeyCode::Char('x'), KeyModifiers::ALT);
        for keys in ["<A-x>", "<Alt-x>", "<M-x>", "<Meta-x>"] {
            assert_eq!(parse(keys), Ok(vec![alt_x]), "{keys}");
        }
        assert_eq!(
            parse("<Ctrl-Enter><Shift-g><PageDown><-><C-->"),
            Ok(vec![
                KeyEvent::new(KeyCode::Enter, KeyModifiers::CONTROL),
                KeyEvent::new(KeyCode::Char('G'), KeyModifiers::NONE),
                KeyEvent::new(KeyCode::PageDown, KeyModifiers::NONE),
                KeyEvent::new(KeyCode::Char('-'), KeyModifiers::NONE),
                KeyEvent::new(KeyCode::Char('-'), KeyModifiers::CONTROL),
            ])
        );
    }
}
