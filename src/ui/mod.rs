//! Rendering: one file per screen plus shared widgets and the theme. Reads state only.
