//! The screens (tabs) of korps, their names on the command line and their tab numbers.

use crate::i18n::{self, Lang};

/// Every screen of DESIGN §5, in tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Screen {
    Oversigt,
    Korps,
    Udpegninger,
    Besoeg,
    Fremmoede,
    Honorarer,
    Budget,
    Steder,
}

impl Screen {
    pub const ALL: [Screen; 8] = [
        Self::Oversigt,
        Self::Korps,
        Self::Udpegninger,
        Self::Besoeg,
        Self::Fremmoede,
        Self::Honorarer,
        Self::Budget,
        Self::Steder,
    ];

    /// The screens built so far; the tab bar shows these (later issues add theirs).
    pub const AVAILABLE: [Screen; 8] = [
        Self::Oversigt,
        Self::Korps,
        Self::Udpegninger,
        Self::Besoeg,
        Self::Fremmoede,
        Self::Honorarer,
        Self::Budget,
        Self::Steder,
    ];

    /// The name used by `korps render SCREEN`.
    pub fn code(self) -> &'static str {
        match self {
            Self::Oversigt => "oversigt",
            Self::Korps => "korps",
            Self::Udpegninger => "udpegninger",
            Self::Besoeg => "besoeg",
            Self::Fremmoede => "fremmoede",
            Self::Honorarer => "honorarer",
            Self::Budget => "budget",
            Self::Steder => "steder",
        }
    }

    pub fn from_code(code: &str) -> Option<Screen> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The digit that selects the screen (1–8).
    pub fn number(self) -> u8 {
        Self::ALL
            .iter()
            .position(|s| *s == self)
            .map_or(0, |i| i as u8 + 1)
    }

    pub fn is_available(self) -> bool {
        Self::AVAILABLE.contains(&self)
    }

    /// The tab title in `lang`.
    pub fn title(self, lang: Lang) -> &'static str {
        match self {
            Self::Oversigt => i18n::TAB_OVERSIGT,
            Self::Korps => i18n::TAB_KORPS,
            Self::Udpegninger => i18n::TAB_UDPEGNINGER,
            Self::Besoeg => i18n::TAB_BESOEG,
            Self::Fremmoede => i18n::TAB_FREMMOEDE,
            Self::Honorarer => i18n::TAB_HONORARER,
            Self::Budget => i18n::TAB_BUDGET,
            Self::Steder => i18n::TAB_STEDER,
        }
        .get(lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_design_order() {
        assert_eq!(Screen::Oversigt.number(), 1);
        assert_eq!(Screen::Korps.number(), 2);
        assert_eq!(Screen::Steder.number(), 8);
        for s in Screen::ALL {
            assert_eq!(Screen::from_code(s.code()), Some(s));
        }
    }
}
