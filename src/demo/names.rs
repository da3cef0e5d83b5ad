//! Plausible Danish names for the demo: first names of today's young Danes (including names
//! from the families that came to Denmark), common surnames, and the letters that test Danish
//! collation — Æ, Ø, Å and the old spelling "Aa", which sorts as Å.

use super::rng::Rng;

pub const FIRST_NAMES_F: &[&str] = &[
    "Sofie", "Emma", "Ida", "Freja", "Clara", "Laura", "Anna", "Ella", "Maja", "Mathilde",
    "Alberte", "Karla", "Josefine", "Asta", "Agnes", "Aya", "Fatima", "Sara", "Nora", "Signe",
    "Cecilie", "Line", "Mille", "Frida", "Åse", "Aase", "Esther", "Liva", "Zainab", "Olivia",
    "Marie", "Julie", "Amalie", "Victoria", "Naja", "Malou", "Lærke", "Sølvi", "Hiba", "Yasmin",
];

pub const FIRST_NAMES_M: &[&str] = &[
    "Noah",
    "Oscar",
    "William",
    "Lucas",
    "Carl",
    "Emil",
    "Frederik",
    "Malthe",
    "Magnus",
    "Victor",
    "Elias",
    "Alfred",
    "Aksel",
    "Mikkel",
    "Mads",
    "Søren",
    "Bjørn",
    "Ømer",
    "Mohammed",
    "Ali",
    "Yusuf",
    "Ahmad",
    "Omar",
    "Hamza",
    "Ibrahim",
    "Adam",
    "Johan",
    "Anton",
    "Valdemar",
    "Villads",
    "Sebastian",
    "Jonas",
    "Rasmus",
    "Kasper",
    "Tobias",
    "Nikolaj",
    "Marcus",
    "Jens",
    "Storm",
    "Bertram",
];

pub const MIDDLE_NAMES: &[&str] = &[
    "Marie",
    "Louise",
    "Sofie",
    "Kristine",
    "Emil",
    "Christian",
    "Peter",
    "Juul",
    "Bach",
    "Munk",
    "Skov",
    "Holm",
];

pub const LAST_NAMES: &[&str] = &[
    "Hansen",
    "Nielsen",
    "Jensen",
    "Pedersen",
    "Andersen",
    "Christensen",
    "Larsen",
    "Sørensen",
    "Rasmussen",
    "Jørgensen",
    "Petersen",
    "Madsen",
    "Kristensen",
    "Olsen",
    "Thomsen",
    "Poulsen",
    "Johansen",
    "Møller",
    "Mortensen",
    "Frederiksen",
    "Knudsen",
    "Lund",
    "Winther",
    "Bach",
    "Krogh",
    "Skov",
    "Højgaard",
    "Kjær",
    "Bækgaard",
    "Mølgaard",
    "Brøndum",
    "Ærenlund",
    "Østergaard",
    "Aagaard",
    "Aabye",
    "Aakjær",
    "Åberg",
    "Søndergaard",
    "Nørgaard",
    "Dahl",
    "Holm",
    "Ahmed",
    "Hussein",
    "Yilmaz",
    "Nowak",
    "Kowalski",
    "Nguyen",
    "Ali",
    "Demir",
    "Abdi",
];

/// A full name: first name, sometimes a middle name, surname.
pub fn person_name(rng: &mut Rng) -> String {
    let first = if rng.chance(50) {
        rng.pick(FIRST_NAMES_F)
    } else {
        rng.pick(FIRST_NAMES_M)
    };
    let last = rng.pick(LAST_NAMES);
    if rng.chance(25) {
        let middle = rng.pick(MIDDLE_NAMES);
        if middle != first && middle != last {
            return format!("{first} {middle} {last}");
        }
    }
    format!("{first} {last}")
}

/// `name` in lower-case ASCII for an e-mail address: æ → ae, ø → oe, å → aa, spaces → dots.
pub fn ascii_slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.to_lowercase().chars() {
        match c {
            'æ' => out.push_str("ae"),
            'ø' => out.push_str("oe"),
            'å' => out.push_str("aa"),
            'é' | 'è' => out.push('e'),
            'ü' => out.push('u'),
            'ö' => out.push('o'),
            'a'..='z' | '0'..='9' => out.push(c),
            _ => {
                if !out.is_empty() && !out.ends_with('.') {
                    out.push('.');
                }
            }
        }
    }
    out.trim_end_matches('.').to_string()
}

/// A Danish phone number written `12 34 56 78`; `mobile` picks a mobile-number series.
pub fn phone(rng: &mut Rng, mobile: bool) -> String {
    const MOBILE: &[&str] = &[
        "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42",
        "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93",
    ];
    const LANDLINE: &[&str] = &["72", "73", "74", "75", "76", "79"];
    let prefix = rng.pick(if mobile { MOBILE } else { LANDLINE });
    let rest = rng.digits(6);
    format!("{prefix} {} {} {}", &rest[0..2], &rest[2..4], &rest[4..6])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_plain_ascii() {
        assert_eq!(ascii_slug("Søren Ærenlund"), "soeren.aerenlund");
        assert_eq!(ascii_slug("Åse Marie Aagaard"), "aase.marie.aagaard");
        assert_eq!(ascii_slug("Fjordby Gymnasium & HF"), "fjordby.gymnasium.hf");
    }

    #[test]
    fn phone_numbers_are_eight_digits_in_pairs() {
        let mut rng = Rng::new(3);
        let p = phone(&mut rng, true);
        assert_eq!(p.len(), 11);
        assert!(p.split(' ').all(|pair| pair.len() == 2));
    }
}
