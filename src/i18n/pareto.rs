//! The Pareto / ABC page.

crate::i18n::catalogue! { P;
    // Pareto
    ParetoTitle => "Pareto / ABC analysis", "Pareto- / ABC-Analyse";
    MeasureLabel => "Measure", "Kennzahl";
    BasisLabel => "Basis", "Grundlage";
    BasisList => "Customer list", "Kundenliste";
    BasisYear => "Revenue {year} (history)", "Umsatz {year} (Verlauf)";
    ThresholdA => "A threshold (cumulative %)", "A-Grenze (kumuliert %)";
    ThresholdB => "B threshold (cumulative %)", "B-Grenze (kumuliert %)";
    ThresholdError => "The A threshold must be a number above 0 and not above the B threshold; the B threshold must not be above 100.", "Die A-Grenze muss eine Zahl über 0 und nicht über der B-Grenze sein; die B-Grenze darf nicht über 100 liegen.";
    Headline => "{customers} of customers ({count}) make {share} of {measure}.", "{customers} der Kunden ({count}) machen {share} des {measure}.";
    HeadlineMeasureRevenue => "revenue", "Umsatzes";
    HeadlineMeasureMargin => "contribution margin", "Deckungsbeitrags";
    NoPositive => "No account has a positive value for this measure, so there is nothing to classify.", "Kein Kunde hat einen positiven Wert für diese Kennzahl, daher gibt es nichts zu klassifizieren.";
    NonPositiveNote => "{count} accounts with zero, negative (credits) or missing values are class C and not part of the curve.", "{count} Kunden mit null, negativen (Gutschriften) oder fehlenden Werten sind Klasse C und nicht Teil der Kurve.";
    ChartLabel => "Pareto chart: accounts sorted by {measure}, with the cumulative share as a line", "Pareto-Diagramm: Kunden sortiert nach {measure}, mit dem kumulierten Anteil als Linie";
    CumulativeShare => "Cumulative share", "Kumulierter Anteil";
    ClassesTitle => "Classes", "Klassen";
    ColCount => "Accounts", "Kunden";
    ColShareAccounts => "Share of accounts", "Anteil Kunden";
    ColSum => "Sum", "Summe";
    ColShareTotal => "Share of total", "Anteil am Gesamt";
    ColRank => "Rank", "Rang";
    ColValue => "Value", "Wert";
    ColShare => "Share", "Anteil";
    ColCumulative => "Cumulative", "Kumuliert";
    ClassAccounts => "Class {class}: {count} accounts", "Klasse {class}: {count} Kunden";
    AndMore => "… and {count} more", "… und {count} weitere";
    BarsAggregated => "{n} accounts: each bar stands for {k} consecutive accounts (average); the line is exact.", "{n} Kunden: Jeder Balken steht für {k} aufeinanderfolgende Kunden (Mittelwert); die Linie ist exakt.";
}
