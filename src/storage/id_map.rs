//! A hash map keyed by row id with a cheap hash: the picker groups thousands of facts by person
//! id per opening, and SipHash (built for keys an attacker chooses) was a tenth of that work.
//! Row ids come from SQLite, not from users.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` from row id to `V`.
pub(crate) type IdMap<V> = HashMap<i64, V, BuildHasherDefault<IdHasher>>;

/// Multiplies the id by an odd constant (Fibonacci hashing); only for `i64` keys.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_i64(&mut self, id: i64) {
        self.0 = (id as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

#[cfg(test)]
mod tests {
    use super::IdMap;

    #[test]
    fn behaves_as_a_map() {
        let mut m: IdMap<u32> = IdMap::default();
        for id in (-500..5_000).step_by(7) {
            *m.entry(id).or_insert(0) += 1;
            *m.entry(id).or_insert(0) += 1;
        }
        assert_eq!(m.len(), (-500..5_000).step_by(7).count());
        assert!(m.values().all(|&n| n == 2));
        assert_eq!(m.get(&6), None);
        assert_eq!(m.get(&-500), Some(&2));
    }
}
