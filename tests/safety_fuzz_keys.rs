//! Fuzzing the `render --keys` replay: random key sequences on every available screen at random
//! sizes from 1×1 to 300×100 never panic, on a seeded in-memory database that also holds hostile
//! text. (The money and date parsers have their own proptests beside them in `src/domain`.)

mod common;

use korps::app::Screen;
use korps::domain::person::PersonKind;
use korps::i18n::Lang;
use korps::storage::Database;
use korps::tui::{buffer_text, run_headless};
use proptest::prelude::*;

/// Keys in the `--keys` syntax: list and form keys, letters of every mode, digits for the
/// tabs (unavailable ones too), Danish letters and the special keys. `q`/Ctrl-C (quit) are
/// rare so that sequences get somewhere.
const KEYS: &[&str] = &[
    "j",
    "k",
    "g",
    "G",
    "n",
    "e",
    "a",
    "A",
    "D",
    "K",
    "M",
    "U",
    "X",
    "C",
    "d",
    "f",
    "s",
    "v",
    "r",
    "/",
    "?",
    "y",
    "J",
    "N",
    "x",
    "æ",
    "Ø",
    "1",
    "2",
    "3",
    "8",
    "0",
    " ",
    "-",
    ".",
    "<lt>",
    "<Enter>",
    "<Esc>",
    "<Tab>",
    "<S-Tab>",
    "<Up>",
    "<Down>",
    "<Left>",
    "<Right>",
    "<PgUp>",
    "<PgDn>",
    "<Home>",
    "<End>",
    "<Backspace>",
    "<Del>",
    "<C-s>",
    "<C-u>",
    "<F1>",
    "<A-x>",
    "<Enter>",
    "<Down>",
    "j",
    "n",
];

fn db() -> Database {
    let mut db = common::seeded();
    let mut p = common::person(
        "\u{1b}[2J\u{202E}Ond 漢字😀\u{200B}",
        PersonKind::RoleModel,
        None,
        None,
    );
    p.notes = "x".repeat(3000);
    db.insert_person(&p).expect("insert");
    db
}

fn keys() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            20 => prop::sample::select(KEYS).prop_map(str::to_string),
            1 => Just("q".to_string()),
            1 => Just("<C-c>".to_string()),
        ],
        0..40,
    )
    .prop_map(|k| k.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn random_keys_at_random_sizes_never_panic(
        screen in prop::sample::select(Screen::AVAILABLE.to_vec()),
        width in 1u16..=300,
        height in 1u16..=100,
        keys in keys(),
        lang in prop::sample::select(vec![Lang::Da, Lang::En]),
    ) {
        let (_, buffer) = run_headless(db(), common::ctx(lang), screen, width, height, &keys)
            .expect("the replay runs");
        let text = buffer_text(&buffer);
        prop_assert!(!text.chars().any(|c| c.is_control() && c != '\n'));
    }
}

#[test]
fn the_smallest_and_largest_sizes_draw_every_screen() {
    for screen in Screen::ALL {
        for (w, h) in [(1, 1), (2, 1), (1, 2), (300, 100), (300, 1), (1, 100)] {
            run_headless(db(), common::ctx(Lang::Da), screen, w, h, "n<Tab>x?<Esc>A")
                .expect("runs");
        }
    }
}
