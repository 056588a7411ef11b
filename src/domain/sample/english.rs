//! The sample workspace for a visitor whose UI speaks English: the same workspace, with
//! its German texts (KPIs, goals, actions, roles, notes, comments, industries, regions)
//! replaced by English ones. People's and companies' names stay. The German sample is
//! the source; a text missing here stays German (a host test finds it).

use serde_json::Value;

use super::super::workspace::Workspace;

/// German sample text → English, whole texts only (names built from parts stay).
pub const ENGLISH: &[(&str, &str)] = &[
    // Industries and regions of the customer list.
    ("Maschinenbau", "Mechanical engineering"),
    ("Medizintechnik", "Medical technology"),
    ("Lebensmittel", "Food"),
    ("Chemie", "Chemicals"),
    ("Elektronik", "Electronics"),
    ("Logistik", "Logistics"),
    ("Energie", "Energy"),
    ("Nord", "North"),
    ("Süd", "South"),
    ("Ost", "East"),
    ("Österreich", "Austria"),
    ("Schweiz", "Switzerland"),
    (
        "Strategischer Entwicklungspartner (Innovation).",
        "Strategic development partner (innovation).",
    ),
    // The supplier and its selling center.
    ("Key Account Managerin", "Key account manager"),
    ("Vertriebsleiter", "Head of sales"),
    ("Leiterin Entwicklung", "Head of development"),
    ("Geschäftsführer", "Managing director"),
    ("Qualitätsmanagement", "Quality management"),
    // Self-assessments.
    ("Vertriebsleitung", "Sales management"),
    (
        "Kunden nur nach Umsatz eingeteilt.",
        "Customers grouped by revenue only.",
    ),
    (
        "Kundenwertmodell seit März im Einsatz.",
        "Customer value model in use since March.",
    ),
    (
        "Gesprächsvorbereitung noch nicht üblich.",
        "Preparing for meetings is not yet usual.",
    ),
    ("KAM-Workshop November 2026", "KAM workshop November 2026"),
    ("Jonas Wolf (Vertriebsleiter)", "Jonas Wolf (head of sales)"),
    (
        "Dr. Petra Lang (Entwicklung)",
        "Dr. Petra Lang (development)",
    ),
    ("Markus Roth (Geschäftsführung)", "Markus Roth (management)"),
    ("Entscheidungswege zu lang.", "Decisions take too long."),
    (
        "Schnittstelle Entwicklung–Vertrieb fehlt.",
        "No link between development and sales.",
    ),
    // Supplier-role and selling-stage histories.
    ("Erste Sonderbestellung", "First special order"),
    (
        "Rahmenvertrag Normteile",
        "Framework contract for standard parts",
    ),
    (
        "Lieferantenaudit mit A bestanden",
        "Supplier audit passed with A",
    ),
    (
        "Gemeinsame Modulentwicklung vereinbart",
        "Joint module development agreed",
    ),
    ("Zweite Produktlinie gelistet", "Second product line listed"),
    ("Premium-Varianten", "Premium variants"),
    (
        "Entwicklungsprojekt E-Antrieb",
        "E-drive development project",
    ),
    ("Jahresvereinbarung", "Annual agreement"),
    ("Single Source für Gehäuse", "Single source for housings"),
    ("Service-Vertrag", "Service contract"),
    (
        "Übernahme eines Wettbewerbskunden",
        "Took over a competitor's customer",
    ),
    ("Qualitätspreis", "Quality award"),
    (
        "Lieferengpass 2024; Zweitlieferant aufgebaut",
        "Supply shortage 2024; second supplier set up",
    ),
    ("Automatisierungspakete", "Automation packages"),
    ("Messekontakt", "Trade fair contact"),
    ("Rahmenvertrag", "Framework contract"),
    ("Preferred-Supplier-Status", "Preferred supplier status"),
    ("Pilotprojekt Sensorik", "Sensor pilot project"),
    ("Serienauftrag", "Series order"),
    ("Zweites Werk beliefert", "Second plant supplied"),
    (
        "Co-Entwicklung Sensorplattform",
        "Co-development of the sensor platform",
    ),
    // Requirement profile and scorecard.
    ("Wettbewerber Nord", "Competitor North"),
    ("Wettbewerber Süd", "Competitor South"),
    ("Serienteile", "Series parts"),
    ("Umsatzwachstum", "Revenue growth"),
    ("Liefertreue", "On-time delivery"),
    ("Schulungstage je KAM", "Training days per KAM"),
    ("Tage", "days"),
    // Buying center.
    ("Leiterin Einkauf", "Head of purchasing"),
    ("Leiter Entwicklung", "Head of development"),
    ("Projektleiterin E-Antrieb", "Project lead e-drive"),
    ("Strategischer Einkäufer", "Strategic buyer"),
    ("Schichtleiter Montage", "Assembly shift supervisor"),
    ("Qualitätssicherung", "Quality assurance"),
    (
        "Entscheidet über Rahmenverträge ab 1 Mio. €.",
        "Decides on framework contracts from € 1 million.",
    ),
    // The account plan.
    (
        "Größter Abnehmer unserer Antriebstechnik, wächst in E-Mobilität.",
        "Largest buyer of our drive technology, growing in e-mobility.",
    ),
    (
        "Wir liefern zuverlässig und lösen Qualitätsprobleme vor Ort.",
        "We deliver reliably and solve quality problems on site.",
    ),
    (
        "Gemeinsame Entwicklung kundenspezifischer Sensorik.",
        "Joint development of customer-specific sensors.",
    ),
    ("Technische Beratung", "Technical advice"),
    (
        "Kaum Kontakte zur Geschäftsleitung",
        "Hardly any contact with top management",
    ),
    ("Neues Werk in Polen", "New plant in Poland"),
    ("Plattform E-Antrieb", "E-drive platform"),
    (
        "Preisdruck durch Wettbewerber aus Asien",
        "Price pressure from Asian competitors",
    ),
    (
        "Zufriedenheit der Anwender steigern",
        "Raise the users' satisfaction",
    ),
    (
        "Zweites Werk als Kunde gewinnen",
        "Win the second plant as a customer",
    ),
    ("Umsatz Werk 2 (T€)", "Revenue plant 2 (k€)"),
    (
        "Kontakt zur Geschäftsleitung aufbauen",
        "Build contact with top management",
    ),
    ("Kundenbefragung durchführen", "Run a customer survey"),
    (
        "Werksbesuch Polen vereinbaren",
        "Arrange a plant visit in Poland",
    ),
    (
        "Angebot Sensorplattform abgeben",
        "Submit the sensor platform offer",
    ),
    (
        "Strategiegespräch mit der Geschäftsleitung",
        "Strategy meeting with top management",
    ),
    ("Schulung der Anwender", "Train the users"),
    // Offerings, their groups, the key accounts' units.
    ("Getriebemotoren", "Geared motors"),
    ("Servoantriebe", "Servo drives"),
    ("Frequenzumrichter", "Frequency inverters"),
    ("Kupplungen und Bremsen", "Couplings and brakes"),
    ("Ersatzteile", "Spare parts"),
    ("Wartung und Service", "Maintenance and service"),
    ("Antriebe", "Drives"),
    ("Komponenten", "Components"),
    ("Werk", "Plant"),
    ("Deutschland", "Germany"),
    ("Werk Nord", "North plant"),
    ("Werk Süd", "South plant"),
    ("Werk Polen", "Poland plant"),
];

/// The sample with its texts in English.
pub fn in_english(ws: Workspace) -> Workspace {
    let mut value = serde_json::to_value(&ws).expect("the sample serialises");
    translate(&mut value);
    serde_json::from_value(value).expect("the translated sample reads back")
}

fn translate(value: &mut Value) {
    match value {
        Value::String(text) => {
            if let Some((_, en)) = ENGLISH.iter().find(|(de, _)| de == text) {
                *text = en.to_string();
            }
        }
        Value::Array(items) => items.iter_mut().for_each(translate),
        Value::Object(fields) => fields.values_mut().for_each(translate),
        _ => {}
    }
}
