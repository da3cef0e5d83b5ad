//! Texts of the export formats: page footers, continuation marks, empty tables.

super::catalog! {
    EXPORT_PAGE_FOOTER: "Side {page} af {pages}", "Page {page} of {pages}";
    EXPORT_CONTINUED: "(fortsat)", "(continued)";
    EXPORT_NO_ROWS: "Ingen rækker.", "No rows.";
    EXPORT_GROUP_COLUMN: "Gruppe", "Group";
}
