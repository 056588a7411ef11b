//! The value model and portfolio pages.

crate::i18n::catalogue! { V;
    ValueTitle => "Customer value model", "Kundenwertmodell";
    ValueIntro => "Weigh the criteria, rate the accounts 0-10 and see which customers qualify as key accounts. Quantitative criteria are rated from the account figures; qualitative ones by you.", "Gewichten Sie die Kriterien, bewerten Sie die Kunden mit 0-10 Punkten und sehen Sie, welche Kunden als Key Accounts in Frage kommen. Quantitative Kriterien werden aus den Kundendaten bewertet, qualitative von Ihnen.";
    CriteriaTitle => "Criteria", "Kriterien";
    WeightsTitle => "Weights in the value model", "Gewichte im Kundenwertmodell";
    ColCriterion => "Criterion", "Kriterium";
    ColKind => "Kind", "Art";
    ColSource => "Computed from", "Berechnet aus";
    ColRule => "Rating rule", "Bewertungsregel";
    ColDirection => "Counts", "Wirkung";
    KindQuantitative => "quantitative", "quantitativ";
    KindQualitative => "qualitative (rated)", "qualitativ (bewertet)";
    RuleQuantile => "by rank among rated accounts", "nach Rang unter den bewerteten Kunden";
    RuleLinear => "linear between two values", "linear zwischen zwei Werten";
    RuleLow => "0 points at", "0 Punkte bei";
    RuleHigh => "10 points at", "10 Punkte bei";
    DirPositive => "for the score", "für den Wert";
    DirNegative => "against the score", "gegen den Wert";
    MoveUp => "Move up: {name}", "Nach oben: {name}";
    MoveDown => "Move down: {name}", "Nach unten: {name}";
    RemoveCriterion => "Remove criterion {name}", "Kriterium {name} entfernen";
    CriterionRemoved => "Criterion “{name}” removed.", "Kriterium „{name}“ entfernt.";
    AddCriterion => "Add criterion", "Kriterium hinzufügen";
    NewCriterion => "New criterion", "Neues Kriterium";
    NameOf => "Name of criterion {n}", "Name von Kriterium {n}";
    KindOf => "Kind of {name}", "Art von {name}";
    SourceOf => "Figure for {name}", "Kennzahl für {name}";
    RuleOf => "Rating rule for {name}", "Bewertungsregel für {name}";
    DirectionOf => "Effect of {name}", "Wirkung von {name}";
    WhoTitle => "Which accounts are rated", "Welche Kunden bewertet werden";
    ScopeA => "A accounts and key accounts", "A-Kunden und Key Accounts";
    ScopeAB => "A and B accounts and key accounts", "A- und B-Kunden und Key Accounts";
    AddAccount => "Add an account", "Kunden hinzufügen";
    AddAccountButton => "Add", "Hinzufügen";
    AccountUnknown => "No account is called “{name}”.", "Kein Kunde heißt „{name}“.";
    RemoveAdded => "Stop rating {name}", "{name} nicht mehr bewerten";
    RatedCount => "{count} accounts are rated.", "{count} Kunden werden bewertet.";
    CutOff => "Key-account cut-off (score)", "Schwelle für Key Accounts (Punkte)";
    GridTitle => "Ratings", "Bewertungen";
    GridHelp => "Type a digit (1 then 0 for 10), move with the arrow keys or Tab, Delete clears. A dash means not rated.", "Ziffer tippen (1 und 0 für 10), mit Pfeiltasten oder Tab weiter, Entf löscht. Ein Strich heißt: nicht bewertet.";
    GridLabel => "Ratings of the accounts on the qualitative criteria", "Bewertungen der Kunden nach den qualitativen Kriterien";
    ColAccount => "Account", "Kunde";
    ColComplete => "Rated", "Bewertet";
    CellLabel => "{criterion}: {account}", "{criterion}: {account}";
    Completeness => "{rated} of {total}", "{rated} von {total}";
    RankingTitle => "Ranking", "Rangliste";
    ColRank => "Rank", "Rang";
    ColScore => "Score", "Punkte";
    ColClass => "ABC", "ABC";
    ColKey => "Key account", "Key Account";
    ColProposal => "Proposal", "Vorschlag";
    Incomplete => "incomplete", "unvollständig";
    ProposeKey => "make key account", "zum Key Account machen";
    ProposeReview => "below the cut-off: review", "unter der Schwelle: prüfen";
    ProposalRejected => "rejected", "abgelehnt";
    Accept => "Accept", "Annehmen";
    Reject => "Reject", "Ablehnen";
    Reconsider => "Reconsider", "Neu bewerten";
    AcceptFor => "Accept proposal for {name}", "Vorschlag für {name} annehmen";
    RejectFor => "Reject proposal for {name}", "Vorschlag für {name} ablehnen";
    ReconsiderFor => "Reconsider {name}", "{name} neu bewerten";
    MadeKey => "{name} is now a key account.", "{name} ist jetzt Key Account.";
    NoLongerKey => "{name} is no longer a key account.", "{name} ist kein Key Account mehr.";
    Yes => "yes", "ja";
    NoAccountsTitle => "Nothing to rate yet", "Noch nichts zu bewerten";
    NoAccountsText => "Add accounts or load the sample: the value model rates the A accounts and key accounts.", "Legen Sie Kunden an oder laden Sie das Beispiel: Das Kundenwertmodell bewertet A-Kunden und Key Accounts.";
    // Default criteria
    CritRevenue => "Revenue", "Umsatz";
    CritMargin => "Contribution margin", "Deckungsbeitrag";
    CritGrowth => "Growth potential", "Wachstumspotenzial";
    CritWallet => "Share of wallet", "Lieferanteil";
    CritLoyalty => "Length of relationship", "Dauer der Beziehung";
    CritCapacity => "Importance for capacity utilisation", "Bedeutung für die Auslastung";
    CritFit => "Strategic / philosophy fit", "Strategie- / Philosophy-Fit";
    CritReference => "Reference potential", "Referenzpotenzial";
    CritInnovation => "Innovation partnership", "Innovationspartnerschaft";
    CritCulture => "Cultural compatibility", "Kulturelle Kompatibilität";
    CritOpenness => "Openness to joint growth", "Offenheit für gemeinsames Wachstum";
    CritBarriers => "Barriers", "Barrieren";
    CritPrice => "Price level", "Preisniveau";
    CritSatisfaction => "Customer satisfaction", "Kundenzufriedenheit";
    CritDepth => "Relationship depth", "Beziehungstiefe";
    CritFulfilment => "Fulfilment of requirements", "Erfüllung der Anforderungen";
    // Figures
    SrcRevenue => "revenue", "Umsatz";
    SrcMargin => "contribution margin", "Deckungsbeitrag";
    SrcPotential => "potential", "Potenzial";
    SrcUntapped => "untapped potential (potential − revenue)", "offenes Potenzial (Potenzial − Umsatz)";
    SrcWallet => "share of wallet", "Lieferanteil";
    SrcYears => "years of relationship", "Jahre der Beziehung";
    SrcFulfilment => "weighted fulfilment of the requirement profile (0-100)", "gewichtete Erfüllung des Anforderungsprofils (0-100)";
    SrcGrowth => "growth: CAGR of the sales history (%)", "Wachstum: CAGR der Umsatzhistorie (%)";
    SrcStability => "stability: variation coefficient of the yearly revenue (%, lower is steadier)", "Stabilität: Variationskoeffizient des Jahresumsatzes (%, niedriger ist gleichmäßiger)";
    // Portfolio
    PortfolioTitle => "Customer portfolio", "Kundenportfolio";
    PortfolioIntro => "Customer attractiveness against our supplier position, each a weighted score 0-100 from the value model's criteria and ratings.", "Kundenattraktivität gegen unsere Lieferantenposition, jeweils ein gewichteter Wert 0-100 aus den Kriterien und Bewertungen des Kundenwertmodells.";
    Attractiveness => "Customer attractiveness", "Kundenattraktivität";
    Position => "Supplier position", "Lieferantenposition";
    AttractivenessWeights => "Weights of customer attractiveness (y)", "Gewichte der Kundenattraktivität (y)";
    PositionWeights => "Weights of supplier position (x)", "Gewichte der Lieferantenposition (x)";
    SplitAttractiveness => "Split of attractiveness", "Grenze Attraktivität";
    SplitPosition => "Split of position", "Grenze Position";
    ShowAll => "Show every rated account, not only key accounts", "Alle bewerteten Kunden zeigen, nicht nur Key Accounts";
    PortfolioChart => "Portfolio: {count} accounts by supplier position (x) and customer attractiveness (y), bubble size revenue, colour ABC class", "Portfolio: {count} Kunden nach Lieferantenposition (x) und Kundenattraktivität (y), Blasengröße Umsatz, Farbe ABC-Klasse";
    ClassSeries => "Class {class}", "Klasse {class}";
    Largest => "Largest", "Größte";
    QuadrantSeries => "Quadrants", "Quadranten";
    Star => "Stars", "Starkunden";
    QuestionMark => "Question marks", "Fragezeichenkunden";
    Cash => "Cash customers", "Ertragskunden";
    TakeAlong => "Take-along customers", "Mitnahmekunden";
    StrategyStar => "invest, expand", "investieren, ausbauen";
    StrategyQuestion => "big step or exit", "großer Schritt oder Rückzug";
    StrategyCash => "hold, harvest", "halten, ernten";
    StrategyTakeAlong => "serve efficiently, selective withdrawal", "effizient bedienen, selektiver Rückzug";
    QuadrantsTitle => "Accounts per quadrant", "Kunden je Quadrant";
    NoneInQuadrant => "none", "keine";
    NotPlaced => "{count} accounts are not shown: their ratings are incomplete.", "{count} Kunden fehlen: ihre Bewertung ist unvollständig.";
    NoBubblesTitle => "No account to place yet", "Noch kein Kunde zu platzieren";
    NoBubblesText => "Accounts appear once every criterion of both axes is rated. Rate them on the value model page.", "Kunden erscheinen, sobald alle Kriterien beider Achsen bewertet sind. Bewerten Sie sie auf der Seite Kundenwertmodell.";
    ColQuadrant => "Quadrant", "Quadrant";
    ColRevenue => "Revenue", "Umsatz";
    TooltipScores => "{what}: {value}", "{what}: {value}";
}

/// A quadrant's name in the value catalogue.
pub fn quadrant_name(q: crate::domain::value_model::Quadrant) -> V {
    use crate::domain::value_model::Quadrant as Q;
    match q {
        Q::Star => V::Star,
        Q::QuestionMark => V::QuestionMark,
        Q::Cash => V::Cash,
        Q::TakeAlong => V::TakeAlong,
    }
}
