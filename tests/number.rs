//! Host tests of number parsing and formatting in German and English notation.

use keystone::domain::number::{format_number, parse_number, DecimalSeparator, NumberError};

const DE: DecimalSeparator = DecimalSeparator::Comma;
const EN: DecimalSeparator = DecimalSeparator::Point;

#[test]
fn both_notations_with_both_separators_parse_the_same() {
    for pref in [DE, EN] {
        assert_eq!(parse_number("1.234,56", pref), Ok(1234.56));
        assert_eq!(parse_number("1,234.56", pref), Ok(1234.56));
        assert_eq!(parse_number("1.234.567,8", pref), Ok(1234567.8));
        assert_eq!(parse_number("1,234,567.8", pref), Ok(1234567.8));
        assert_eq!(parse_number("1234,5", pref), Ok(1234.5));
        assert_eq!(parse_number("1234.5", pref), Ok(1234.5));
        assert_eq!(parse_number("0,75", pref), Ok(0.75));
        assert_eq!(parse_number("42", pref), Ok(42.0));
        assert_eq!(parse_number("1.234.567", pref), Ok(1234567.0));
        assert_eq!(parse_number("1,234,567", pref), Ok(1234567.0));
    }
}

#[test]
fn ambiguous_single_separator_follows_the_language() {
    assert_eq!(parse_number("1.234", DE), Ok(1234.0));
    assert_eq!(parse_number("1.234", EN), Ok(1.234));
    assert_eq!(parse_number("1,234", DE), Ok(1.234));
    assert_eq!(parse_number("1,234", EN), Ok(1234.0));
    // Not three digits after it: always a decimal separator.
    assert_eq!(parse_number("1.23", DE), Ok(1.23));
    assert_eq!(parse_number("1,2345", EN), Ok(1.2345));
    assert_eq!(parse_number("0.500", DE), Ok(0.5));
}

#[test]
fn signs_spaces_currency_and_percent() {
    assert_eq!(parse_number("-1.234,56", DE), Ok(-1234.56));
    assert_eq!(parse_number("−500", DE), Ok(-500.0));
    assert_eq!(parse_number("1.234,56-", DE), Ok(-1234.56));
    assert_eq!(parse_number("+7", EN), Ok(7.0));
    assert_eq!(parse_number("  1 234 567,5 € ", DE), Ok(1234567.5));
    assert_eq!(parse_number("1'234.50", EN), Ok(1234.5));
    assert_eq!(parse_number("12,5 %", DE), Ok(12.5));
    assert_eq!(parse_number(",5", DE), Ok(0.5));
    assert_eq!(parse_number("-0", DE), Ok(-0.0));
}

#[test]
fn malformed_numbers_are_refused_with_a_reason() {
    assert_eq!(parse_number("", DE), Err(NumberError::Empty));
    assert_eq!(parse_number("   ", DE), Err(NumberError::Empty));
    assert_eq!(parse_number("-", DE), Err(NumberError::Empty));
    assert_eq!(
        parse_number("abc", DE),
        Err(NumberError::InvalidCharacter('a'))
    );
    assert_eq!(
        parse_number("12x", EN),
        Err(NumberError::InvalidCharacter('x'))
    );
    assert_eq!(
        parse_number("1e5", EN),
        Err(NumberError::InvalidCharacter('e'))
    );
    assert_eq!(
        parse_number("1,2,3.4,5", EN),
        Err(NumberError::MultipleDecimalSeparators)
    );
    assert_eq!(
        parse_number("1.23.456", DE),
        Err(NumberError::MisplacedGroupSeparator)
    );
    assert_eq!(
        parse_number("12.34,5.6", DE),
        Err(NumberError::MultipleDecimalSeparators)
    );
    assert_eq!(
        parse_number("1.2345.678", DE),
        Err(NumberError::MisplacedGroupSeparator)
    );
    assert_eq!(parse_number(".", DE), Err(NumberError::Empty));
    let huge = "9".repeat(400);
    assert_eq!(parse_number(&huge, EN), Err(NumberError::TooLarge));
}

#[test]
fn formatting_follows_the_language_and_round_trips() {
    assert_eq!(format_number(1234567.891, 2, DE), "1.234.567,89");
    assert_eq!(format_number(1234567.891, 2, EN), "1,234,567.89");
    assert_eq!(format_number(-1234.5, 0, DE), "-1.235");
    assert_eq!(format_number(0.0, 1, EN), "0.0");
    assert_eq!(format_number(-0.001, 1, EN), "0.0");
    assert_eq!(format_number(999.0, 0, EN), "999");
    assert_eq!(format_number(1000.0, 0, EN), "1,000");
    assert_eq!(format_number(f64::NAN, 2, EN), "–");
    assert_eq!(format_number(0.125, 2, EN), "0.13");
    assert_eq!(format_number(0.5, 0, EN), "1");
    assert_eq!(format_number(-0.5, 0, EN), "-1");
    assert_eq!(format_number(7.0, 3, DE), "7,000");
    assert_eq!(format_number(1e20, 0, EN), "100,000,000,000,000,000,000");
    let huge = format_number(-1e300, 2, EN);
    assert!(
        huge.starts_with("-1,000,000,000,000,000,") && huge.ends_with(".00"),
        "{huge}"
    );
    assert_eq!(huge.len(), 1 + 301 + 100 + 3);
    for v in [0.5, 12.0, 1234.56, -98765.43, 1e12] {
        for sep in [DE, EN] {
            assert_eq!(parse_number(&format_number(v, 2, sep), sep), Ok(v));
        }
    }
}

#[test]
fn normalized_digits_are_what_every_float_parser_reads() {
    use keystone::domain::number::{normalize_number, parse_number_with};
    let c = DecimalSeparator::Comma;
    assert_eq!(normalize_number("1.234,56 €", c).unwrap(), "1234.56");
    assert_eq!(normalize_number("1.234,56-", c).unwrap(), "-1234.56");
    assert_eq!(normalize_number("−7", c).unwrap(), "-7.0");
    assert_eq!(normalize_number(",5", c).unwrap(), "0.5");
    assert_eq!(normalize_number("12 %", c).unwrap(), "12.0");
    assert_eq!(normalize_number("", c), Err(NumberError::Empty));
    assert_eq!(
        normalize_number("1e5", c),
        Err(NumberError::InvalidCharacter('e'))
    );
    // The converter is only asked for plain digits; its failure and infinity are errors.
    let asked = std::cell::RefCell::new(Vec::new());
    let v = parse_number_with("1.234,5", c, |s| {
        asked.borrow_mut().push(s.to_string());
        s.parse().ok()
    });
    assert_eq!(v, Ok(1234.5));
    assert_eq!(asked.into_inner(), vec!["1234.5"]);
    assert!(parse_number_with("1", c, |_| None).is_err());
    assert_eq!(
        parse_number_with("1", c, |_| Some(f64::INFINITY)),
        Err(NumberError::TooLarge)
    );
}
