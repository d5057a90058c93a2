//! One row of an input file that did not go in: what [`crate::error::CliError`] carries for
//! `note import` and prints as data.

/// One row of an input file that did not go in (`note import`); in JSON errors as
/// `{"row", "column", "reason"}`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RowError {
    /// The row's number in the file (the header is row 1).
    pub row: usize,
    /// The column (1-based) the problem is in, when it is in one.
    pub column: Option<usize>,
    /// Why the row did not go in.
    pub reason: String,
}

impl RowError {
    /// A row's error from its reason as the errors file words it (`column 2 (Side): no field
    /// 'Side'` names its column).
    pub fn new(row: usize, reason: &str) -> RowError {
        let column = reason
            .strip_prefix("column ")
            .and_then(|rest| rest.split([' ', ':', ',']).next())
            .and_then(|n| n.parse().ok());
        RowError {
            row,
            column,
            reason: reason.to_string(),
        }
    }
}
