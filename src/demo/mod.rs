//! The deterministic demo database: a realistic corps generated relative to today, with a scale
//! factor for stress data. (Skeleton: the CLI helper implements this module.)
