//! The terminal: setup and restore, and the run loop (generic over backend and event source).
