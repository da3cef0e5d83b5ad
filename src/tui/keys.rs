//! The key-sequence syntax of `korps render --keys`: plain characters are typed as they are;
//! special keys are written in angle brackets: `<Enter> <Esc> <Tab> <S-Tab> <Up> <Down> <Left>
//! <Right> <PgUp> <PgDn> <Home> <End> <Backspace> <Del> <Space> <F1>…<F12>`, with modifiers
//! `<C-s>` (Ctrl) and `<A-x>` (Alt); `<lt>` types a literal `<`. Example: `/Søren<Enter>`.

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
        "lt" => KeyCode::Char('<'),
        "gt" => KeyCode::Char('>'),
        f if f.starts_with('f') && f.len() > 1 => {
            KeyCode::F(f[1..].parse().ok().filter(|n| (1..=12).contains(n))?)
        }
        _ => return None,
    })
}

fn special(name: &str) -> Result<KeyEvent, KeysError> {
    let unknown = || KeysError::Unknown(name.to_string());
    let (mods, rest) = match name.split_once('-') {
        Some(("C" | "c", rest)) if !rest.is_empty() => (KeyModifiers::CONTROL, rest),
        Some(("A" | "a" | "M" | "m", rest)) if !rest.is_empty() => (KeyModifiers::ALT, rest),
        _ => (KeyModifiers::NONE, name),
    };
    if mods == KeyModifiers::NONE {
        return named(name)
            .map(|code| KeyEvent::new(code, KeyModifiers::NONE))
            .ok_or_else(unknown);
    }
    let mut chars = rest.chars();
    let code = match (chars.next(), chars.next()) {
        (Some(c), None) => KeyCode::Char(c),
        _ => named(rest).ok_or_else(unknown)?,
    };
    Ok(KeyEvent::new(code, mods))
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
    }
}
