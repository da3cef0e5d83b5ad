//! The application: state, actions, the pure `update`, effects and the keymap.
