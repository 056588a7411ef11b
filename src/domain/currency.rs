//! The workspace's currency: one ISO 4217 code for every amount (revenue, contribution
//! margin, potential, cost). Keystone does not convert; the code labels the amounts in
//! headers, reports and files (docs/methods.md, "Amounts").

/// The currency of a workspace that names none.
pub const DEFAULT: &str = "EUR";

/// The codes the data page offers first; any other three-letter code from a file is
/// kept and offered too.
pub const COMMON: &[&str] = &[
    "EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "JPY", "CNY", "CAD",
    "AUD", "INR", "BRL",
];

/// An ISO 4217 code is three capital letters (`EUR`, `CHF`).
pub fn is_code(text: &str) -> bool {
    text.len() == 3 && text.bytes().all(|b| b.is_ascii_uppercase())
}

/// The codes to offer: the common ones, plus `current` if it is another code.
pub fn choices(current: &str) -> Vec<&str> {
    let mut all = COMMON.to_vec();
    if is_code(current) && !all.contains(&current) {
        all.push(current);
    }
    all
}
