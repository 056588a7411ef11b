//! The client's own view of a client copy: written for the customer, with no word of
//! the supplier's tool (no analyses, no confidentiality, no "action needed").

crate::i18n::catalogue! { CV;
    Kicker => "Our work together", "Unsere Zusammenarbeit";
    Title => "{supplier} and {customer}", "{supplier} und {customer}";
    DocTitle => "{supplier} and {customer} – Keystone", "{supplier} und {customer} – Keystone";
    Lead => "{supplier} shared this with you on {date}.", "{supplier} hat dies am {date} mit Ihnen geteilt.";
    LeadAnon => "Shared with you on {date}.", "Am {date} mit Ihnen geteilt.";
    Instruction => "Change what you like, then send the file back: export it at the end of this page and attach it to an email.", "Ändern Sie, was Sie möchten, und schicken Sie die Datei dann zurück: unten auf dieser Seite exportieren und an eine E-Mail anhängen.";
    KeptHere => "Your changes are kept in this browser until you close the copy.", "Ihre Änderungen bleiben in diesem Browser, bis Sie die Kopie schließen.";
    RequirementsTitle => "What matters to you, and how we do", "Was Ihnen wichtig ist und wie wir abschneiden";
    RequirementsText => "For each area: how much each criterion weighs for you (together 100 %) and how you rate us, from 0 (not at all) to 100 (fully).", "Für jeden Bereich: wie viel jedes Kriterium für Sie wiegt (zusammen 100 %) und wie Sie uns bewerten, von 0 (gar nicht) bis 100 (voll).";
    NoRequirements => "No requirements have been shared yet.", "Es wurden noch keine Anforderungen geteilt.";
    Weights => "{segment}: how much each criterion weighs for you (%)", "{segment}: wie viel jedes Kriterium für Sie wiegt (%)";
    Ratings => "{segment}: how you rate us (0–100)", "{segment}: wie Sie uns bewerten (0–100)";
    RatingLabel => "{criterion}: your rating of us", "{criterion}: Ihre Bewertung von uns";
    RatingRange => "A rating is a number from 0 to 100.", "Eine Bewertung ist eine Zahl von 0 bis 100.";
    ActionsTitle => "What we agreed to do", "Was wir vereinbart haben";
    NoActions => "No actions have been shared.", "Es wurden keine Maßnahmen geteilt.";
    Who => "Who: {owner}", "Wer: {owner}";
    Due => "Due date of “{action}”", "Fällig: „{action}“";
    DueShort => "Due", "Fällig";
    Status => "Status of “{action}”", "Stand von „{action}“";
    StatusShort => "Status", "Stand";
    PeopleTitle => "People involved on your side", "Beteiligte auf Ihrer Seite";
    NoPeople => "No people have been shared.", "Es wurden keine Personen geteilt.";
    Contact => "Your contact with us", "Ihr Ansprechpartner bei uns";
    FunctionOf => "Function of {name}", "Funktion von {name}";
    SendTitle => "Send it back", "Zurückschicken";
    SendButton => "Export the file to send back", "Datei zum Zurückschicken exportieren";
    Sent => "“{file}” is in your downloads: attach it to an email.", "„{file}“ ist in Ihren Downloads: Hängen Sie sie an eine E-Mail an.";
    CloseButton => "Close the copy", "Kopie schließen";
    CloseText => "Closing removes the copy and your changes from this browser: export them first.", "Schließen entfernt die Kopie und Ihre Änderungen aus diesem Browser: Exportieren Sie sie vorher.";
    CloseConfirm => "Close the copy of {name}? Your changes remain only in a file you exported.", "Die Kopie zu {name} schließen? Ihre Änderungen bleiben nur in einer exportierten Datei erhalten.";
    Closed => "The copy is closed.", "Die Kopie ist geschlossen.";
}
