//! The demo municipality's institutions: the primary schools of fictional Fjordby Kommune, its
//! 10th-grade centre, upper-secondary schools, business academy, job centre, youth guidance
//! and youth festival. At scale N the municipality gets N − 1 neighbouring towns with the same
//! set of institutions under their own names.

use crate::domain::institution::{InstitutionData, InstitutionKind};
use crate::storage::{Database, StorageError};

use super::names;
use super::rng::Rng;

/// The home town; copies at a larger scale take their names from [`TOWNS`].
const HOME_TOWN: &str = "Fjordby";
const TOWNS: &[&str] = &[
    "Egebjerg",
    "Østrup",
    "Aalund",
    "Hvidsten",
    "Bøgely",
    "Sønderlev",
    "Kærby",
    "Mølleby",
    "Højslev",
    "Strandby",
    "Ålbæk",
    "Lyngså",
];

/// What a school educates for: decides the education ("STX 2.g", "EUD tømrer" …) of the
/// ambassadors who come from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Track {
    /// Gymnasium: STX and HF.
    Stx,
    /// Gymnasium: HHX and HTX.
    Hhx,
    /// Vocational college: EUD and EUX.
    Eud,
    /// Business academy.
    Academy,
}

/// A planned institution, and what its students study when it is an ambassador's school.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    pub data: InstitutionData,
    pub track: Option<Track>,
}

/// One institution of the template: `{by}` is replaced by the town's name.
struct Template {
    name: &'static str,
    kind: InstitutionKind,
    street: &'static str,
    notes: &'static str,
    active: bool,
    track: Option<Track>,
}

const fn t(
    name: &'static str,
    kind: InstitutionKind,
    street: &'static str,
    notes: &'static str,
) -> Template {
    Template {
        name,
        kind,
        street,
        notes,
        active: true,
        track: None,
    }
}

/// An upper-secondary school or academy that ambassadors come from.
const fn school(
    name: &'static str,
    kind: InstitutionKind,
    street: &'static str,
    notes: &'static str,
    track: Track,
) -> Template {
    Template {
        track: Some(track),
        ..t(name, kind, street, notes)
    }
}

use InstitutionKind::{
    BusinessAcademy, Festival, Gymnasium, JobCentre, PrimarySchool, TenthGrade, VocationalCollege,
    YouthGuidance,
};

const TEMPLATES: &[Template] = &[
    t("Nørremarkskolen", PrimarySchool, "Nørremarksvej 40", ""),
    t("Søndre Skole", PrimarySchool, "Skolegade 12", ""),
    t(
        "Åløkkeskolen",
        PrimarySchool,
        "Åløkke Allé 5",
        "Udskoling i egen bygning",
    ),
    t("Vestervangskolen", PrimarySchool, "Vestervang 2", ""),
    t("Kirkebakkeskolen", PrimarySchool, "Kirkebakken 18", ""),
    t(
        "Engparkskolen",
        PrimarySchool,
        "Engparken 1",
        "Modtageklasser",
    ),
    t("Bøgeskovskolen", PrimarySchool, "Bøgeskovvej 27", ""),
    t("Aagårdskolen", PrimarySchool, "Aagårdsvej 9", ""),
    t("Højvangskolen", PrimarySchool, "Højvangen 60", ""),
    t("Strandskolen", PrimarySchool, "Strandvejen 101", ""),
    t(
        "Lindeskolen",
        PrimarySchool,
        "Lindealle 3",
        "Ring til kontoret før kl. 9",
    ),
    t("Rosenhøjskolen", PrimarySchool, "Rosenhøj Allé 14", ""),
    Template {
        name: "Gl. Vestskolen",
        kind: PrimarySchool,
        street: "Vestergade 7",
        notes: "Lagt sammen med Vestervangskolen",
        active: false,
        track: None,
    },
    t("{by} 10. klasse-center", TenthGrade, "Havnegade 3", ""),
    school(
        "{by} Gymnasium & HF",
        Gymnasium,
        "Gymnasievej 1",
        "STX og HF",
        Track::Stx,
    ),
    school(
        "{by} Handelsgymnasium",
        Gymnasium,
        "Erhvervsvej 20",
        "HHX og HTX",
        Track::Hhx,
    ),
    school(
        "{by} Erhvervsskole",
        VocationalCollege,
        "Erhvervsvej 22",
        "EUD og EUX",
        Track::Eud,
    ),
    school(
        "Erhvervsakademi {by}",
        BusinessAcademy,
        "Campusvej 4",
        "",
        Track::Academy,
    ),
    t(
        "Jobcenter {by}",
        JobCentre,
        "Rådhustorvet 2",
        "Aktiveringsforløb tirsdag og torsdag",
    ),
    t(
        "UU {by}",
        YouthGuidance,
        "Rådhustorvet 4",
        "Ungdommens Uddannelsesvejledning",
    ),
    t(
        "{by} Ungdomsfestival",
        Festival,
        "Festivalpladsen",
        "Stand med rekruttering i august",
    ),
];

/// How many institutions one town has.
pub const PER_TOWN: usize = TEMPLATES.len();

/// The name of town number `n` (0 is the home town).
fn town(n: usize) -> String {
    if n == 0 {
        return HOME_TOWN.to_string();
    }
    let base = TOWNS[(n - 1) % TOWNS.len()];
    match (n - 1) / TOWNS.len() {
        0 => base.to_string(),
        round => format!("{base} {}", round + 1),
    }
}

/// Inserts the planned institutions; returns the ambassadors' schools with their ids.
pub fn insert_all(
    db: &mut Database,
    planned: &[Planned],
    tick: &mut dyn FnMut(),
) -> Result<Vec<(i64, Track)>, StorageError> {
    let mut homes = Vec::new();
    for institution in planned {
        let id = db.insert_institution(&institution.data)?;
        if let Some(track) = institution.track {
            homes.push((id, track));
        }
        tick();
    }
    Ok(homes)
}

/// The institutions of `scale` towns, town by town in template order.
pub fn plan(rng: &mut Rng, scale: u32) -> Vec<Planned> {
    let mut out = Vec::with_capacity(PER_TOWN * scale as usize);
    for n in 0..scale as usize {
        let by = town(n);
        let postcode = 6390 + n;
        for template in TEMPLATES {
            let name = if template.name.contains("{by}") {
                template.name.replace("{by}", &by)
            } else if n == 0 {
                template.name.to_string()
            } else {
                format!("{}, {by}", template.name)
            };
            let contact = names::person_name(rng);
            let email = format!("{}@example.org", names::ascii_slug(&name));
            let data = InstitutionData {
                kind: template.kind,
                address: format!("{}, {postcode} {by}", template.street),
                contact_person: contact,
                phone: names::phone(rng, false),
                email,
                notes: template.notes.to_string(),
                active: template.active,
                name,
            };
            out.push(Planned {
                data,
                track: template.track,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_home_town_has_the_whole_municipality() {
        let planned = plan(&mut Rng::new(1), 1);
        let list: Vec<_> = planned.iter().map(|p| &p.data).collect();
        assert_eq!(planned.iter().filter(|p| p.track.is_some()).count(), 4);
        let count = |kind| list.iter().filter(|i| i.kind == kind).count();
        assert_eq!(count(PrimarySchool), 13);
        assert_eq!(count(Gymnasium), 2);
        for kind in [
            TenthGrade,
            VocationalCollege,
            BusinessAcademy,
            JobCentre,
            YouthGuidance,
        ] {
            assert_eq!(count(kind), 1);
        }
        assert_eq!(count(Festival), 1);
        assert_eq!(list.iter().filter(|i| !i.active).count(), 1);
        assert!(list.iter().any(|i| i.name == "Fjordby Gymnasium & HF"));
    }

    #[test]
    fn scale_adds_towns_with_unique_names() {
        let planned = plan(&mut Rng::new(1), 30);
        let list: Vec<_> = planned.iter().map(|p| &p.data).collect();
        assert_eq!(list.len(), 30 * PER_TOWN);
        let mut names: Vec<_> = list.iter().map(|i| i.name.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), list.len());
        assert!(list.iter().any(|i| i.name == "Nørremarkskolen, Egebjerg 2"));
    }
}
