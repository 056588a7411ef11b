//! The account fields a column can fill, and the headers that name them.

/// The account fields a column can fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Name,
    CustomerNumber,
    Industry,
    Region,
    Revenue,
    Margin,
    Potential,
    CustomerSince,
    KeyAccount,
    Tags,
    Notes,
}

impl Field {
    pub const ALL: [Field; 11] = [
        Field::Name,
        Field::CustomerNumber,
        Field::Industry,
        Field::Region,
        Field::Revenue,
        Field::Margin,
        Field::Potential,
        Field::CustomerSince,
        Field::KeyAccount,
        Field::Tags,
        Field::Notes,
    ];

    /// Stable key, for the remembered mapping.
    pub fn key(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::CustomerNumber => "customer_number",
            Field::Industry => "industry",
            Field::Region => "region",
            Field::Revenue => "revenue",
            Field::Margin => "contribution_margin",
            Field::Potential => "potential",
            Field::CustomerSince => "relationship_since",
            Field::KeyAccount => "key_account",
            Field::Tags => "tags",
            Field::Notes => "notes",
        }
    }

    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == key)
    }

    pub(super) fn is_amount(self) -> bool {
        matches!(self, Field::Revenue | Field::Margin | Field::Potential)
    }
}

/// A header as compared: lower case, umlauts spelled out, letters and digits only
/// ("Umsatz (€) 2025" → "umsatz2025", "Schlüsselkunde" → "schluesselkunde").
pub fn normalize_header(header: &str) -> String {
    let mut out = String::with_capacity(header.len());
    for c in header.chars().flat_map(char::to_lowercase) {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            c if c.is_ascii_alphanumeric() => out.push(c),
            _ => {}
        }
    }
    out
}

/// Headers people write, normalised, in German and English. Short ones only match
/// exactly; the others also as the start of a header ("umsatz2025", "revenueeur").
const SYNONYMS: &[(&str, Field)] = &[
    ("kundennummer", Field::CustomerNumber),
    ("kundennr", Field::CustomerNumber),
    ("kdnr", Field::CustomerNumber),
    ("knr", Field::CustomerNumber),
    ("debitor", Field::CustomerNumber),
    ("debitorennummer", Field::CustomerNumber),
    ("debitorennr", Field::CustomerNumber),
    ("customernumber", Field::CustomerNumber),
    ("customerno", Field::CustomerNumber),
    ("customerid", Field::CustomerNumber),
    ("accountnumber", Field::CustomerNumber),
    ("accountno", Field::CustomerNumber),
    ("accountid", Field::CustomerNumber),
    ("id", Field::CustomerNumber),
    ("nr", Field::CustomerNumber),
    ("no", Field::CustomerNumber),
    ("nummer", Field::CustomerNumber),
    ("number", Field::CustomerNumber),
    ("kundeseit", Field::CustomerSince),
    ("kundenseit", Field::CustomerSince),
    ("customersince", Field::CustomerSince),
    ("clientsince", Field::CustomerSince),
    ("relationshipsince", Field::CustomerSince),
    ("seit", Field::CustomerSince),
    ("since", Field::CustomerSince),
    ("beziehungseit", Field::CustomerSince),
    ("erstauftrag", Field::CustomerSince),
    ("firstorder", Field::CustomerSince),
    ("kunde", Field::Name),
    ("kundenname", Field::Name),
    ("kundenbezeichnung", Field::Name),
    ("name", Field::Name),
    ("firma", Field::Name),
    ("firmenname", Field::Name),
    ("unternehmen", Field::Name),
    ("customer", Field::Name),
    ("customername", Field::Name),
    ("client", Field::Name),
    ("company", Field::Name),
    ("account", Field::Name),
    ("accountname", Field::Name),
    ("branche", Field::Industry),
    ("industrie", Field::Industry),
    ("industry", Field::Industry),
    ("sector", Field::Industry),
    ("sektor", Field::Industry),
    ("segment", Field::Industry),
    ("region", Field::Region),
    ("gebiet", Field::Region),
    ("vertriebsgebiet", Field::Region),
    ("verkaufsgebiet", Field::Region),
    ("territory", Field::Region),
    ("area", Field::Region),
    ("land", Field::Region),
    ("country", Field::Region),
    ("umsatz", Field::Revenue),
    ("jahresumsatz", Field::Revenue),
    ("nettoumsatz", Field::Revenue),
    ("revenue", Field::Revenue),
    ("sales", Field::Revenue),
    ("turnover", Field::Revenue),
    ("netsales", Field::Revenue),
    ("deckungsbeitrag", Field::Margin),
    ("db", Field::Margin),
    ("db1", Field::Margin),
    ("db2", Field::Margin),
    ("rohertrag", Field::Margin),
    ("marge", Field::Margin),
    ("contributionmargin", Field::Margin),
    ("contribution", Field::Margin),
    ("margin", Field::Margin),
    ("grossmargin", Field::Margin),
    ("potenzial", Field::Potential),
    ("potential", Field::Potential),
    ("bedarf", Field::Potential),
    ("einkaufsvolumen", Field::Potential),
    ("gesamtbedarf", Field::Potential),
    ("categoryspend", Field::Potential),
    ("walletsize", Field::Potential),
    ("schluesselkunde", Field::KeyAccount),
    ("keyaccount", Field::KeyAccount),
    ("ka", Field::KeyAccount),
    ("kam", Field::KeyAccount),
    ("schlagworte", Field::Tags),
    ("schlagwoerter", Field::Tags),
    ("stichworte", Field::Tags),
    ("tags", Field::Tags),
    ("labels", Field::Tags),
    ("merkmale", Field::Tags),
    ("notizen", Field::Notes),
    ("notiz", Field::Notes),
    ("bemerkung", Field::Notes),
    ("bemerkungen", Field::Notes),
    ("anmerkungen", Field::Notes),
    ("kommentar", Field::Notes),
    ("notes", Field::Notes),
    ("note", Field::Notes),
    ("comment", Field::Notes),
    ("comments", Field::Notes),
    ("remarks", Field::Notes),
];

/// Words that make a header a ratio, never an amount ("DB-Quote", "Share of wallet").
const RATIO_WORDS: &[&str] = &[
    "quote", "anteil", "share", "prozent", "percent", "ratio", "rate", "klasse", "class",
];

/// The field a header names, if it is one we know.
pub fn recognise(header: &str) -> Option<Field> {
    let n = normalize_header(header);
    if n.is_empty() || header.contains('%') || RATIO_WORDS.iter().any(|w| n.contains(w)) {
        return None;
    }
    if let Some((_, f)) = SYNONYMS.iter().find(|(s, _)| *s == n) {
        return Some(*f);
    }
    SYNONYMS
        .iter()
        .filter(|(s, _)| s.len() >= 4 && n.starts_with(s))
        .max_by_key(|(s, _)| s.len())
        .map(|(_, f)| *f)
}
