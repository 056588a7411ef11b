//! The "Development over time" page: the yearly figures and their definitions, the
//! class migration and its summary sentence, growth per customer.

use super::{fill, Lang};
use crate::domain::history::migration::{Migration, Standing};
use crate::domain::history::overview::Moved;

crate::i18n::catalogue! { DV;
    Intro => "How customers and revenue developed year by year, which customers moved between the ABC classes, and how each customer grew.", "Wie sich Kunden und Umsatz Jahr für Jahr entwickelt haben, welche Kunden zwischen den ABC-Klassen gewechselt sind und wie jeder Kunde gewachsen ist.";
    EmptyTitle => "No sales history yet", "Noch keine Umsatzhistorie";
    EmptyText => "This page shows customers, revenue, new and lost customers per year, the moves between the ABC classes and each customer's growth. It needs revenue per customer and year: import your ERP export (one row per customer, period and offering, or one column per year) on the data page, or load the sample.", "Diese Seite zeigt Kunden, Umsatz, neue und verlorene Kunden je Jahr, die Wechsel zwischen den ABC-Klassen und das Wachstum jedes Kunden. Sie braucht den Umsatz je Kunde und Jahr: Importieren Sie Ihren ERP-Export (eine Zeile je Kunde, Periode und Angebot oder eine Spalte je Jahr) auf der Datenseite, oder laden Sie das Beispiel.";
    GoToImport => "Import sales history", "Umsatzhistorie importieren";
    // The span
    SpanLabel => "Years shown", "Gezeigte Jahre";
    FromYear => "From year", "Von Jahr";
    ToYear => "To year", "Bis Jahr";
    // Year by year
    YearsTitle => "Year by year", "Jahr für Jahr";
    ColYear => "Year", "Jahr";
    ColCustomers => "Customers", "Kunden";
    ColRevenue => "Revenue", "Umsatz";
    ColNew => "New customers", "Neue Kunden";
    ColLost => "Lost customers", "Verlorene Kunden";
    ColChurn => "Revenue churn rate", "Umsatz-Abwanderungsrate";
    ColRetention => "Net revenue retention", "Netto-Umsatzbindung";
    NotDefined => "not defined", "nicht definiert";
    ChartLabel => "Revenue per year as bars and the number of customers as a line, {from} to {to}", "Umsatz je Jahr als Balken und die Zahl der Kunden als Linie, {from} bis {to}";
    DefinitionsTitle => "How the figures are defined", "Wie die Kennzahlen definiert sind";
    DefCustomers => "Customers: those with net revenue above zero in the year (credits netted).", "Kunden: die mit Nettoumsatz über null im Jahr (Gutschriften verrechnet).";
    DefRevenue => "Revenue: the net revenue of all customers in the year, credits included.", "Umsatz: der Nettoumsatz aller Kunden im Jahr, Gutschriften eingeschlossen.";
    DefNew => "New customers: customers whose first year with revenue is this year (empty for the first year of the history).", "Neue Kunden: Kunden, deren erstes Jahr mit Umsatz dieses Jahr ist (leer im ersten Jahr der Historie).";
    DefLost => "Lost customers: revenue the year before, none this year (empty for the first year of the history).", "Verlorene Kunden: Umsatz im Vorjahr, keiner in diesem Jahr (leer im ersten Jahr der Historie).";
    DefChurn => "Revenue churn rate: the lost customers' revenue of the year before, in percent of the revenue of all customers who bought the year before.", "Umsatz-Abwanderungsrate: der Vorjahresumsatz der verlorenen Kunden in Prozent des Umsatzes aller Kunden, die im Vorjahr gekauft haben.";
    DefRetention => "Net revenue retention: this year's revenue of last year's customers (the lost ones with 0) in percent of their revenue last year; above 100 % the customers kept grew more than the lost ones took away.", "Netto-Umsatzbindung: der diesjährige Umsatz der Vorjahreskunden (die verlorenen mit 0) in Prozent ihres Vorjahresumsatzes; über 100 % sind die gehaltenen Kunden stärker gewachsen, als die verlorenen mitgenommen haben.";
    // Class migration
    MigrationTitle => "Class migration", "Klassenwechsel";
    EarlierYear => "Earlier year", "Früheres Jahr";
    LaterYear => "Later year", "Späteres Jahr";
    MatrixCaption => "Class in {from} (rows) and in {to} (columns): customers and revenue in {to}; in the column “No revenue”, the revenue of {from} that was lost", "Klasse {from} (Zeilen) und {to} (Spalten): Kunden und Umsatz {to}; in der Spalte „Kein Umsatz“ der verlorene Umsatz von {from}";
    NoRevenue => "No revenue", "Kein Umsatz";
    ClassName => "Class {class}", "Klasse {class}";
    OpenCell => "{from} to {to}: {count}, show them", "{from} nach {to}: {count}, anzeigen";
    Summary => "From {from} to {to}: {slipped} slipped from A to B or C ({before} → {after}); {lost} bought nothing in {to} (their revenue in {from}: {lost_revenue}).", "Von {from} bis {to}: {slipped} von A nach B oder C gerutscht ({before} → {after}); {lost} {to} ohne Umsatz (ihr Umsatz {from}: {lost_revenue}).";
    SummaryNone => "From {from} to {to} no A customer slipped to B or C and no customer was lost.", "Von {from} bis {to} ist kein A-Kunde nach B oder C gerutscht und kein Kunde verloren gegangen.";
    OneCustomer => "1 customer", "1 Kunde";
    Customers => "{count} customers", "{count} Kunden";
    CellHeading => "{from} → {to}: {customers}", "{from} → {to}: {customers}";
    ColCustomer => "Customer", "Kunde";
    RevenueIn => "Revenue {year}", "Umsatz {year}";
    CloseList => "Close the list", "Liste schließen";
    SameYears => "Both years are the same: choose an earlier year to see who moved.", "Beide Jahre sind gleich: Wählen Sie ein früheres Jahr, um zu sehen, wer gewechselt ist.";
    // Growth per customer
    GrowthTitle => "Growth per customer", "Wachstum je Kunde";
    ColYoy => "Change to year before", "Veränderung zum Vorjahr";
    ColCagr => "CAGR", "CAGR (jährliches Wachstum)";
    ColYears => "Years with revenue", "Jahre mit Umsatz";
    ColVariation => "Variation coefficient", "Variationskoeffizient";
    YearsOf => "{n} of {span}", "{n} von {span}";
    GrowthNote => "CAGR: compound annual growth from {from} to {to}, empty when the first year has no revenue. Variation coefficient: standard deviation of the yearly revenue over its mean; 0 % is perfectly steady.", "CAGR: durchschnittliches jährliches Wachstum von {from} bis {to}, leer, wenn das erste Jahr keinen Umsatz hat. Variationskoeffizient: Standardabweichung des Jahresumsatzes durch seinen Mittelwert; 0 % ist völlig gleichmäßig.";
    GrowthCount => "{count} customers with a sales history", "{count} Kunden mit Umsatzhistorie";
}

/// "1 customer" or "12 customers", in the UI language.
pub fn customers(lang: Lang, count: usize) -> String {
    if count == 1 {
        lang.t(DV::OneCustomer).to_string()
    } else {
        fill(lang.t(DV::Customers), &[("count", &lang.count(count))])
    }
}

/// A row's or column's name in the matrix: "Class A" … "No revenue".
pub fn standing_name(lang: Lang, standing: Standing) -> String {
    match standing {
        Standing::Class(c) => fill(lang.t(DV::ClassName), &[("class", c.letter())]),
        Standing::NoRevenue => lang.t(DV::NoRevenue).to_string(),
    }
}

/// The short name in a heading: "A", "B", "C", "No revenue".
pub fn standing_short(lang: Lang, standing: Standing) -> String {
    match standing {
        Standing::Class(c) => c.letter().to_string(),
        Standing::NoRevenue => lang.t(DV::NoRevenue).to_string(),
    }
}

/// The sentence above the matrix: how many A customers slipped to B or C and how
/// many were lost, with their revenue (`money` formats amounts).
pub fn migration_summary(lang: Lang, m: &Migration, money: &dyn Fn(f64) -> String) -> String {
    let (slipped, lost): (Moved, Moved) = (m.slipped(), m.lost());
    let (from, to) = (m.from_year.to_string(), m.to_year.to_string());
    if slipped.count == 0 && lost.count == 0 {
        return fill(lang.t(DV::SummaryNone), &[("from", &from), ("to", &to)]);
    }
    fill(
        lang.t(DV::Summary),
        &[
            ("from", &from),
            ("to", &to),
            ("slipped", &customers(lang, slipped.count)),
            ("before", &money(slipped.revenue_from)),
            ("after", &money(slipped.revenue_to)),
            ("lost", &customers(lang, lost.count)),
            ("lost_revenue", &money(lost.revenue_from)),
        ],
    )
}
