//! The words of the demo persons: vocational and academy educations, the themes of their education
//! stories, languages and short coordinator notes. Plain Danish, as a coordinator writes them.

pub const EDU_EUD: &[&str] = &[
    "EUD tømrer",
    "EUD elektriker",
    "EUD frisør",
    "EUD social- og sundhedsassistent",
    "EUD ernæringsassistent",
    "EUD automekaniker",
    "EUX kontor",
    "EUX smed",
];
pub const EDU_ACADEMY: &[&str] = &[
    "Erhvervsakademi, markedsføring",
    "Erhvervsakademi, datamatiker",
    "Erhvervsakademi, serviceøkonom",
    "Erhvervsakademi, multimediedesigner",
    "Erhvervsakademi, finansøkonom",
];
/// What role models, older and mostly studying or working elsewhere, have done.
pub const EDU_ROLE_MODEL: &[&str] = &[
    "Lærerstuderende",
    "Pædagogstuderende",
    "Sygeplejerskestuderende",
    "Socialrådgiverstuderende",
    "Ingeniørstuderende",
    "Politistuderende",
    "Udlært tømrer",
    "Udlært elektriker",
    "Udlært frisør",
    "Social- og sundhedsassistent",
    "Cand.mag. i dansk",
    "Bachelor i sociologi",
];
pub const OTHER_LANGUAGES: &[&str] = &[
    "arabisk", "tyrkisk", "polsk", "somali", "ukrainsk", "tysk", "farsi", "kurdisk", "urdu",
];
pub const THEMES: &[&str] = &[
    "gik om i 9. klasse",
    "ordblind",
    "skiftede fra gymnasiet til EUD",
    "først i familien med en uddannelse",
    "kom til Danmark som 12-årig",
    "elitesport ved siden af skolen",
    "fra 10. klasse til HTX",
    "tvivl om uddannelsesvalget",
    "fandt selv en læreplads",
    "social angst",
    "droppede ud og kom tilbage",
    "ung mor under uddannelsen",
    "fritidsjob og skole",
];
pub const NOTES: &[&str] = &[
    "Har kørekort",
    "Kan kun om eftermiddagen",
    "Foretrækker udskolingen",
    "Vil gerne til festivalen igen",
    "Eksamen i juni",
    "Taler gerne på engelsk",
];
