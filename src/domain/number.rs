//! Numbers as people type them: `1.234,56` (German) and `1,234.56` (English).

/// Which character separates the decimals; the UI language decides the preference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecimalSeparator {
    /// `1.234,56`
    Comma,
    /// `1,234.56`
    Point,
}

impl DecimalSeparator {
    fn decimal_char(self) -> char {
        match self {
            DecimalSeparator::Comma => ',',
            DecimalSeparator::Point => '.',
        }
    }

    fn group_char(self) -> char {
        match self {
            DecimalSeparator::Comma => '.',
            DecimalSeparator::Point => ',',
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumberError {
    Empty,
    InvalidCharacter(char),
    MultipleDecimalSeparators,
    MisplacedGroupSeparator,
    TooLarge,
}

/// Parses a number in German or English notation.
///
/// Both `1.234,56` and `1,234.56` give 1234.56: when both separators occur, the last one
/// is the decimal separator. A single separator followed by exactly three digits
/// (`1.234`, `1,234`) is ambiguous; `preferred` (the UI language) decides. Spaces,
/// apostrophes (`1'234`), a trailing `€` or `%` and a leading or trailing minus sign are
/// accepted.
pub fn parse_number(input: &str, preferred: DecimalSeparator) -> Result<f64, NumberError> {
    parse_number_with(input, preferred, |s| s.parse().ok())
}

/// [`parse_number`] with the last step, from plain digits (`-1234.56`) to `f64`, done
/// by `to_f64`. The browser build passes JavaScript's `parseFloat`: Rust's own float
/// parser brings ~14 KB of tables into every page that has a number field.
pub fn parse_number_with(
    input: &str,
    preferred: DecimalSeparator,
    to_f64: impl Fn(&str) -> Option<f64>,
) -> Result<f64, NumberError> {
    let plain = normalize_number(input, preferred)?;
    let value = to_f64(&plain).ok_or(NumberError::InvalidCharacter('?'))?;
    if !value.is_finite() {
        return Err(NumberError::TooLarge);
    }
    Ok(value)
}

/// An amount as spreadsheets and ERP exports write it: [`parse_number_with`] plus a
/// currency sign or code before or after (`€ 1.234,50`, `1,234.50 USD`, `CHF 12`) and
/// accounting negatives in brackets (`(1.234,50)`).
pub fn parse_amount(
    input: &str,
    preferred: DecimalSeparator,
    to_f64: impl Fn(&str) -> Option<f64>,
) -> Result<f64, NumberError> {
    let mut s = input.trim();
    let bracketed = s.len() >= 2 && s.starts_with('(') && s.ends_with(')');
    if bracketed {
        s = &s[1..s.len() - 1];
    }
    // Most cells are plain numbers: only text with letters or signs is rewritten.
    let plain = s
        .bytes()
        .all(|b| b.is_ascii_digit() || b".,-+ '".contains(&b));
    let value = if plain {
        parse_number_with(s, preferred, to_f64)?
    } else {
        let mut text = s.to_string();
        for code in ["EUR", "USD", "CHF", "GBP", "Eur", "eur", "€", "$", "£"] {
            if text.contains(code) {
                text = text.replace(code, "");
            }
        }
        parse_number_with(&text, preferred, to_f64)?
    };
    Ok(if bracketed { -value.abs() } else { value })
}

/// A number as people type it, rewritten as plain digits every float parser reads
/// (`-1234.56`); see [`parse_number`] for the notations accepted.
pub fn normalize_number(input: &str, preferred: DecimalSeparator) -> Result<String, NumberError> {
    let mut s: String = input
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'' | '\u{2019}'))
        .collect();
    for suffix in ["€", "EUR", "%"] {
        if let Some(rest) = s.strip_suffix(suffix) {
            s = rest.to_string();
        }
    }
    if let Some(rest) = s.strip_prefix('€') {
        s = rest.to_string();
    }
    let mut negative = false;
    if let Some(rest) = s.strip_prefix(['-', '\u{2212}']) {
        negative = true;
        s = rest.to_string();
    } else if let Some(rest) = s.strip_prefix('+') {
        s = rest.to_string();
    } else if let Some(rest) = s.strip_suffix('-') {
        // Accounting exports write credits as "1.234,56-".
        negative = true;
        s = rest.to_string();
    }
    if s.is_empty() {
        return Err(NumberError::Empty);
    }
    if let Some(c) = s
        .chars()
        .find(|c| !c.is_ascii_digit() && *c != '.' && *c != ',')
    {
        return Err(NumberError::InvalidCharacter(c));
    }
    if !s.chars().any(|c| c.is_ascii_digit()) {
        return Err(NumberError::Empty);
    }

    let dots = s.matches('.').count();
    let commas = s.matches(',').count();
    let (decimal, group) = if dots > 0 && commas > 0 {
        let last = s.rfind(['.', ',']).map(|i| s.as_bytes()[i] as char);
        let decimal = last.unwrap_or('.');
        let group = if decimal == '.' { ',' } else { '.' };
        if s.matches(decimal).count() > 1 {
            return Err(NumberError::MultipleDecimalSeparators);
        }
        (Some(decimal), Some(group))
    } else if dots + commas == 0 {
        (None, None)
    } else {
        let sep = if dots > 0 { '.' } else { ',' };
        if dots + commas > 1 {
            (None, Some(sep))
        } else {
            let (int, frac) = s.split_once(sep).unwrap_or((&s, ""));
            let looks_grouped = frac.len() == 3 && (1..=3).contains(&int.len()) && int != "0";
            if looks_grouped && sep == preferred.group_char() {
                (None, Some(sep))
            } else {
                (Some(sep), None)
            }
        }
    };

    let (int_part, frac_part) = match decimal {
        Some(d) => s.split_once(d).unwrap_or((&s, "")),
        None => (s.as_str(), ""),
    };
    if frac_part.contains(['.', ',']) {
        return Err(NumberError::MisplacedGroupSeparator);
    }
    let digits: String = match group {
        Some(g) => {
            let chunks: Vec<&str> = int_part.split(g).collect();
            let first_ok = (1..=3).contains(&chunks[0].len());
            let rest_ok = chunks[1..].iter().all(|c| c.len() == 3);
            if chunks.len() > 1 && !(first_ok && rest_ok) {
                return Err(NumberError::MisplacedGroupSeparator);
            }
            chunks.concat()
        }
        None => int_part.to_string(),
    };
    Ok(format!(
        "{}{}.{}",
        if negative { "-" } else { "" },
        if digits.is_empty() { "0" } else { &digits },
        if frac_part.is_empty() { "0" } else { frac_part }
    ))
}

/// Formats a number with grouping, e.g. `1.234,56` or `1,234.56`. Non-finite values
/// show as a dash.
pub fn format_number(value: f64, decimals: usize, sep: DecimalSeparator) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    // Rounded half away from zero (as people expect), then written as integer digits:
    // the float formatter of `format!` would put Rust's float-printing code into the
    // main wasm module (it is reached through a function table there).
    let decimals = decimals.min(15);
    let scale = 10f64.powi(decimals as i32);
    let mut scaled = (value.abs() * scale).round();
    let mut zeros = 0;
    while scaled >= 1e38 {
        scaled = (scaled / 10.0).round();
        zeros += 1;
    }
    let mut digits = (scaled as u128).to_string();
    digits.extend(std::iter::repeat_n('0', zeros));
    if digits.len() <= decimals {
        digits.insert_str(0, &"0".repeat(decimals + 1 - digits.len()));
    }
    let (int, frac) = digits.split_at(digits.len() - decimals);
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 2);
    // "-0" after rounding reads oddly: only show the sign if a digit is non-zero.
    if value < 0.0 && digits.chars().any(|c| c != '0') {
        out.push('-');
    }
    let len = int.len();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (len - i) % 3 == 0 {
            out.push(sep.group_char());
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(sep.decimal_char());
        out.push_str(frac);
    }
    out
}
