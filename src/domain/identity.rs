//! When two records are one person (DESIGN.md §3): the same name (Danish collation: case,
//! accents and spacing ignored, "aa" = "å") *and* the same birth date; when either has no birth
//! date, the same name *and* the same e-mail address. A shared e-mail or phone alone never makes
//! two people one — siblings share a family address.
//!
//! This is the one definition: the import uses it against the stored persons and between the
//! rows of one file.

use chrono::NaiveDate;

use super::collate;

/// What identity compares of a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    /// [`collate::name_key`] of the name.
    name_key: String,
    birth_date: Option<NaiveDate>,
    /// Trimmed, lower case; empty when none.
    email: String,
}

impl Identity {
    pub fn new(name: &str, birth_date: Option<NaiveDate>, email: &str) -> Identity {
        Identity {
            name_key: collate::name_key(name),
            birth_date,
            email: email.trim().to_lowercase(),
        }
    }

    /// The name key, for grouping candidates before [`Identity::same_person`].
    pub fn name_key(&self) -> &str {
        &self.name_key
    }

    /// Whether `self` and `other` are one person.
    pub fn same_person(&self, other: &Identity) -> bool {
        if self.name_key.is_empty() || self.name_key != other.name_key {
            return false;
        }
        match (self.birth_date, other.birth_date) {
            (Some(a), Some(b)) => a == b,
            // Both without an address counts as the same address: a file of names only must
            // import the second time as "already there", not as a second set of people.
            _ => self.email == other.email,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn name_and_birth_date_make_one_person_whatever_the_case_accents_and_aa() {
        let a = Identity::new("Åse Møller-Hansen", d(2004, 3, 1), "");
        assert!(a.same_person(&Identity::new(
            "aase  møller hansen",
            d(2004, 3, 1),
            "x@y.dk"
        )));
        assert!(a.same_person(&Identity::new("ÅSE MØLLER-HANSEN", d(2004, 3, 1), "")));
        assert!(
            Identity::new("Émile", d(2004, 3, 1), "").same_person(&Identity::new(
                "emile",
                d(2004, 3, 1),
                ""
            ))
        );
        assert!(!a.same_person(&Identity::new("Åse Møller-Hansen", d(2004, 3, 2), "")));
        assert!(!a.same_person(&Identity::new("Ase Moller-Hansen", d(2004, 3, 1), "")));
    }

    #[test]
    fn siblings_sharing_a_family_email_are_two_people() {
        let big = Identity::new("Storesøster Hansen", d(2003, 5, 1), "hansen@familie.dk");
        let small = Identity::new("Lillebror Hansen", d(2007, 9, 9), "hansen@familie.dk");
        assert!(!big.same_person(&small));
        // Same name, other birth date, same e-mail: still two (twins' cousins, namesakes).
        let namesake = Identity::new("Storesøster Hansen", d(2005, 1, 1), "hansen@familie.dk");
        assert!(!big.same_person(&namesake));
    }

    #[test]
    fn without_a_birth_date_on_either_side_name_and_email_decide() {
        let stored = Identity::new("Ida Holm", None, "Ida@Holm.dk ");
        assert!(stored.same_person(&Identity::new("ida holm", d(2005, 1, 1), "ida@holm.dk")));
        assert!(!stored.same_person(&Identity::new("ida holm", d(2005, 1, 1), "")));
        assert!(!stored.same_person(&Identity::new("ida holm", None, "")));
        assert!(
            Identity::new("Ida Holm", None, "").same_person(&Identity::new("Ida Holm", None, "")),
            "a list of names only imports once"
        );
        assert!(!stored.same_person(&Identity::new("Ida Hansen", None, "ida@holm.dk")));
    }
}
