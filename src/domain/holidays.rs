//! Danish public holidays, computed (Easter-based ones included; Store bededag until 2023).
//! (Skeleton: the domain helper implements this module.)
