//! Texts of the institutions screen (Steder) and its form.

super::catalog! {
    F_ADDRESS: "Adresse", "Address";
    F_CONTACT_PERSON: "Kontaktperson", "Contact person";
    F_ACTIVE: "Aktiv", "Active";
    COL_PERSONS: "Personer", "Persons";
    NO_PLACES_YET: "Ingen steder endnu — tryk n for at oprette det første", "No places yet — press n to add the first";
    PLACE_NEW: "Nyt sted", "New place";
    PLACE_EDIT: "Redigér {name}", "Edit {name}";
    PLACE_DETAIL: "Sted", "Place";
    INACTIVE_MARK: "inaktiv", "inactive";
    FILTER_ACTIVE_ONLY: "kun aktive", "active only";
    FILTER_WITH_INACTIVE: "inkl. inaktive", "incl. inactive";
    SAVED_PLACE: "{name} er gemt", "{name} saved";
    DELETED_PLACE: "Stedet er slettet", "The place is deleted";
    ASK_DEACTIVATE: "Markér {name} som inaktiv? (j/n)", "Mark {name} as inactive? (y/n)";
    ASK_ACTIVATE: "Markér {name} som aktiv igen? (j/n)", "Mark {name} as active again? (y/n)";
}
