//! The workshop's result as a group.

crate::i18n::catalogue! { WS;
    GroupResult => "The group's result", "Ergebnis der Gruppe";
    GroupMaturity => "Maturity of the group: {average} of 5, level {level} “{name}” (the mean of the areas' averages)", "Reife der Gruppe: {average} von 5, Stufe {level} „{name}“ (Mittel der Durchschnitte der Bereiche)";
    GroupPartial => "Based on {done} of 12 areas.", "Auf Grundlage von {done} der 12 Bereiche.";
    GroupWeakest => "Recommendations for the group's weakest areas", "Empfehlungen für die schwächsten Bereiche der Gruppe";
    AverageAt => "{area}: average {average} of 5", "{area}: Durchschnitt {average} von 5";
    NoAnswersYet => "No participant has rated an area yet.", "Noch hat niemand einen Bereich bewertet.";
    Comments => "Comments per area", "Kommentare nach Bereich";
    NoComments => "No participant has written a comment.", "Niemand hat einen Kommentar geschrieben.";
}
