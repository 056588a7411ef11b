//! The KAM self-assessment: page texts, and for each of the twelve areas its name, the
//! guiding question, what each level 1-5 looks like and the recommendation, all
//! written in the project's own words (docs/methods.md, "KAM self-assessment").

use super::Lang;
use crate::domain::assessment::{Area, MaturityLevel};

crate::i18n::catalogue! { AS;
    Title => "KAM self-assessment", "KAM-Selbsteinschätzung";
    Intro => "Twelve areas from the 12 theses for successful key account management. Rate each from 1 (not in place) to 5 (a model for others), see where you stand and what to do first. No accounts needed.", "Zwölf Bereiche aus den 12 Kernthesen für erfolgreiches Key-Account-Management. Bewerten Sie jeden von 1 (nicht vorhanden) bis 5 (Vorbild für andere), sehen Sie, wo Sie stehen und was zuerst zu tun ist. Ohne Kundendaten.";
    TabAnswer => "Assessment", "Einschätzung";
    TabCompare => "Compare", "Vergleichen";
    TabWorkshop => "Workshop", "Workshop";
    SubNav => "Self-assessment pages", "Seiten der Selbsteinschätzung";
    // The questionnaire
    Respondent => "Name or role", "Name oder Rolle";
    RespondentHint => "Who answered, e.g. “Head of sales”.", "Wer geantwortet hat, z. B. „Vertriebsleitung“.";
    Date => "Date", "Datum";
    WorkshopName => "Workshop (optional)", "Workshop (optional)";
    WorkshopHint => "Assessments with the same workshop name are shown together on the workshop page.", "Einschätzungen mit demselben Workshop-Namen werden auf der Workshop-Seite zusammen gezeigt.";
    Progress => "{done} of 12 answered", "{done} von 12 beantwortet";
    Thesis => "Thesis {n}", "These {n}";
    Level => "Level {n}", "Stufe {n}";
    Comment => "Comment on “{area}” (optional)", "Kommentar zu „{area}“ (optional)";
    ClearRating => "Clear rating of “{area}”", "Bewertung von „{area}“ löschen";
    NextOpen => "Next unanswered area", "Nächster offener Bereich";
    AllAnswered => "All twelve areas are answered.", "Alle zwölf Bereiche sind beantwortet.";
    // The result
    Result => "Result", "Ergebnis";
    NoAnswers => "Rate at least one area to see the result.", "Bewerten Sie mindestens einen Bereich, um das Ergebnis zu sehen.";
    Maturity => "Overall maturity: {average} of 5, level {level} “{name}”", "Gesamtreife: {average} von 5, Stufe {level} „{name}“";
    MaturityPartial => "Based on {done} of 12 areas.", "Auf Grundlage von {done} der 12 Bereiche.";
    Weakest => "Weakest areas first", "Schwächste Bereiche zuerst";
    NoWeak => "No area below 5: nothing urgent to improve.", "Kein Bereich unter 5: nichts dringend zu verbessern.";
    RatedAt => "{area}: {rating} of 5", "{area}: {rating} von 5";
    Answers => "All answers", "Alle Antworten";
    LevelMeans => "What it looks like", "Wie es aussieht";
    CommentCol => "Comment", "Kommentar";
    Area => "Area", "Bereich";
    Rating => "Rating", "Bewertung";
    RadarLabel => "Radar chart of the twelve areas, 1 to 5", "Netzdiagramm der zwölf Bereiche, 1 bis 5";
    ShowTable => "Show as table", "Als Tabelle zeigen";
    NotAnswered => "not answered", "nicht beantwortet";
    // Saved assessments
    Saved => "Saved assessments", "Gespeicherte Einschätzungen";
    SavedHint => "Answers are saved in this browser as you go.", "Antworten werden in diesem Browser laufend gespeichert.";
    NewAssessment => "New assessment", "Neue Einschätzung";
    NextParticipant => "Next participant", "Nächste Teilnehmerin / nächster Teilnehmer";
    Open => "Open", "Öffnen";
    Current => "open now", "gerade geöffnet";
    Yours => "yours", "Ihre";
    // Whose assessment is shown (rule: domain::assessment_own)
    OwnNew => "A new assessment of your own: it is saved with your first answer.", "Eine neue eigene Einschätzung: Sie wird mit Ihrer ersten Antwort gespeichert.";
    OwnShown => "Your own assessment: answers are saved as you go.", "Ihre eigene Einschätzung: Antworten werden laufend gespeichert.";
    ReadOnlyLabel => "Read only", "Nur lesen";
    ReadOnly => "This is the assessment of {name} from {date}. It is open to read only, so that no answer is changed by mistake.", "Dies ist die Einschätzung von {name} vom {date}. Sie ist nur zum Lesen geöffnet, damit keine Antwort versehentlich geändert wird.";
    EditThis => "Edit this assessment", "Diese Einschätzung bearbeiten";
    EditingOther => "You are changing the answers of {name} from {date}. Every change is saved.", "Sie ändern die Antworten von {name} vom {date}. Jede Änderung wird gespeichert.";
    Unnamed => "(no name)", "(ohne Namen)";
    Answered => "Answered", "Beantwortet";
    Overall => "Overall", "Gesamt";
    RemoveCol => "Remove", "Entfernen";
    Removed => "Assessment of {name} removed.", "Einschätzung von {name} entfernt.";
    RemoveOne => "Remove the assessment of {name} ({date})", "Einschätzung von {name} ({date}) entfernen";
    // Files
    ExportJson => "Export (JSON)", "Exportieren (JSON)";
    Print => "Print", "Drucken";
    ImportFiles => "Import assessment files", "Einschätzungsdateien importieren";
    ImportInto => "Import into workshop", "In Workshop importieren";
    Imported => "{added} assessment(s) imported.", "{added} Einschätzung(en) importiert.";
    ImportedSkipped => "{added} assessment(s) imported, {skipped} already there.", "{added} Einschätzung(en) importiert, {skipped} bereits vorhanden.";
    ImportFailed => "“{file}” was not imported: {detail}.", "„{file}“ wurde nicht importiert: {detail}.";
    // Compare
    CompareIntro => "Two assessments over each other, and what changed per area.", "Zwei Einschätzungen übereinander und was sich je Bereich geändert hat.";
    CompareNeedsTwo => "Save at least two assessments to compare them.", "Speichern Sie mindestens zwei Einschätzungen, um sie zu vergleichen.";
    Before => "Earlier", "Früher";
    After => "Later", "Später";
    ChooseOne => "Choose an assessment", "Einschätzung wählen";
    CompareChoose => "Choose the two assessments to compare (two are chosen for you only when the same person answered twice).", "Wählen Sie die beiden Einschätzungen, die Sie vergleichen möchten (vorausgewählt werden zwei nur, wenn dieselbe Person zweimal geantwortet hat).";
    CompareTwoPeople => "These are two different people ({before} and {after}): the change is between them, not over time.", "Das sind zwei verschiedene Personen ({before} und {after}): Der Unterschied liegt zwischen ihnen, nicht in der Zeit.";
    Change => "Change", "Veränderung";
    OverallChange => "Overall: {before} → {after} ({delta})", "Gesamt: {before} → {after} ({delta})";
    // Workshop
    WorkshopIntro => "Collect several participants' assessments: each exports a file and you import them here, or they answer one after another on this machine under the same workshop name.", "Sammeln Sie die Einschätzungen mehrerer Teilnehmender: Jede Person exportiert eine Datei, die Sie hier importieren, oder sie antworten nacheinander an diesem Rechner unter demselben Workshop-Namen.";
    ChooseWorkshop => "Workshop", "Workshop";
    NoWorkshop => "No workshop yet. Import participants' files or give an assessment a workshop name.", "Noch kein Workshop. Importieren Sie Dateien der Teilnehmenden oder geben Sie einer Einschätzung einen Workshop-Namen.";
    NewWorkshopName => "Workshop name for imported files", "Workshop-Name für importierte Dateien";
    Participants => "Participants ({n})", "Teilnehmende ({n})";
    Average => "Average", "Durchschnitt";
    Min => "Min", "Min";
    Max => "Max", "Max";
    Spread => "Spread", "Spanne";
    AnswersCount => "Answers", "Antworten";
    Disagree => "Where participants disagree most", "Wo die Teilnehmenden am stärksten auseinanderliegen";
    NoDisagreement => "The participants agree on every area.", "Die Teilnehmenden sind sich in allen Bereichen einig.";
    DisagreeItem => "{area}: from {min} to {max} (spread {spread})", "{area}: von {min} bis {max} (Spanne {spread})";
    ShowParticipant => "Show a participant's radar", "Netzdiagramm einer Person zeigen";
    NoParticipant => "Average only", "Nur Durchschnitt";
    ExportWorkshop => "Export workshop (JSON)", "Workshop exportieren (JSON)";
    PrintedOn => "Printed on {date}", "Gedruckt am {date}";
}

/// One area's texts in one language.
pub struct AreaText {
    pub name: &'static str,
    pub question: &'static str,
    /// What levels 1-5 look like.
    pub levels: [&'static str; 5],
    pub advice: &'static str,
}

pub fn area_text(lang: Lang, area: Area) -> &'static AreaText {
    match lang {
        Lang::En => &EN[area as usize],
        Lang::De => &DE[area as usize],
    }
}

pub fn area_name(lang: Lang, area: Area) -> &'static str {
    area_text(lang, area).name
}

pub fn maturity_name(lang: Lang, level: MaturityLevel) -> &'static str {
    let (en, de) = match level {
        MaturityLevel::Initial => ("Initial", "Anfang"),
        MaturityLevel::Emerging => ("Emerging", "Im Aufbau"),
        MaturityLevel::Defined => ("Defined", "Definiert"),
        MaturityLevel::Managed => ("Managed", "Gesteuert"),
        MaturityLevel::Leading => ("Leading", "Führend"),
    };
    match lang {
        Lang::En => en,
        Lang::De => de,
    }
}

pub const EN: [AreaText; 12] = [
    AreaText {
        name: "Vision",
        question: "Does each key account have a vision that aligns everyone who works on it?",
        levels: [
            "No vision, neither for KAM nor for single key accounts.",
            "A company vision exists, but nothing specific to key accounts.",
            "A KAM vision is written down; some key accounts have their own.",
            "Every key account has a vision the account team knows and follows.",
            "The visions guide every decision and are shared with the customers.",
        ],
        advice: "Give each key account a vision: it is the magnet that aligns behaviour and gives your key-account staff a goal.",
    },
    AreaText {
        name: "Strategy",
        question: "Do you know your strengths and the target group that needs you most, and do you stay ahead by innovation?",
        levels: [
            "No KAM strategy; accounts are served as they come.",
            "Strengths are known informally; no target group is defined.",
            "Strengths analysed, target group defined, a business model on paper.",
            "The business model solves the target group's most urgent problems, with partners.",
            "We are our target group's best problem solver for the long term and keep ahead by innovation.",
        ],
        advice: "Analyse where you stand and your strengths, build a business model on them, find the key accounts with the most urgent need, solve their most pressing problems, stay ahead by innovation and cooperate with other problem solvers.",
    },
    AreaText {
        name: "Organisation",
        question: "Does KAM have clear structures, a continuous flow of information, defined decision rights and motivating incentives?",
        levels: [
            "Nobody is clearly in charge of key accounts.",
            "Responsibilities exist, but information and decisions get stuck.",
            "Structures and decision rights are defined; information mostly flows.",
            "All four principles are in place: structures, information flow, decision rights, incentives.",
            "The organisation is reviewed regularly and adapted to the key accounts.",
        ],
        advice: "Optimise the four key principles of a KAM organisation: clear structures, continuous information flow, defined decision rights and motivating incentive systems.",
    },
    AreaText {
        name: "Customer value model",
        question: "Do you measure your customers' value and know which have the most growth potential?",
        levels: [
            "Customers are judged by revenue alone, if at all.",
            "Revenue and margin are looked at, but there is no model.",
            "A customer value model with weighted criteria exists and is used now and then.",
            "The model steers the choice of key accounts and differentiated service strategies.",
            "Potential, loyalty and profitability are developed systematically, with cross- and up-selling exploited.",
        ],
        advice: "Find your most promising customers with a customer value model, approach the potent, loyal and profitable ones, exploit cross- and up-selling and define service strategies by customer value.",
    },
    AreaText {
        name: "Process",
        question: "Do you know every step from first contact to closing, with clear interfaces and responsibilities between departments?",
        levels: [
            "Every deal runs differently.",
            "Experienced people know the main steps.",
            "The process from first contact to closing is documented.",
            "Interfaces and responsibilities between departments are defined and kept.",
            "The process is analysed and improved continuously.",
        ],
        advice: "Know every step from first contact to closing, analyse them, and define clear interfaces and responsibilities between the departments involved.",
    },
    AreaText {
        name: "Level selling",
        question: "Do you enter the customer's tendering and buying process early and high up, ideally at problem analysis?",
        levels: [
            "We hear of a need when the tender arrives.",
            "We sometimes hear of projects before the tender.",
            "We know the best entry point for important projects.",
            "We are regularly involved at problem analysis, before the tender.",
            "Customers involve us in shaping their requirements; our strategy is built around it.",
        ],
        advice: "Find your best entry point into the customer's buying process, ideally at problem analysis before the tender, and align your strategy with it (see also “Levels”).",
    },
    AreaText {
        name: "System understanding",
        question: "Do you understand the stakeholders on the customer's side and on ours, and use that system through deliberate interventions?",
        levels: [
            "We talk to purchasing only.",
            "We know a few other stakeholders by name.",
            "The stakeholders on both sides are mapped.",
            "We understand how they interact and intervene deliberately.",
            "Interventions are planned and their effect is reviewed.",
        ],
        advice: "Map the stakeholders on both sides (purchasing, contracts, management, controlling, and our own departments) and learn to use this system through deliberate interventions.",
    },
    AreaText {
        name: "Customer development",
        question: "Is each key account developed for the long term, with a strategy for figures, positioning, penetration, team and competition?",
        levels: [
            "No development plan: we take the orders that come.",
            "Financial targets exist, nothing more.",
            "A development strategy covers some of its elements.",
            "It covers figures, positioning, topic map, penetration, team, competitors and partners, and share of wallet.",
            "The strategy is reviewed with the customer and steers joint growth.",
        ],
        advice: "Develop key accounts long term with a strategy covering financial figures, your positioning, a topic map, your penetration, team development, a forecast of competitors and partners, and your relative share at the customer.",
    },
    AreaText {
        name: "Buying center",
        question: "Do you know the players of the buying center, and do you have a coach at every key account?",
        levels: [
            "We do not know who decides.",
            "We know the buyer and some users.",
            "Deciders and influencers are identified.",
            "We use influencers, involve blockers early and have a coach at most key accounts.",
            "A good coach guides us through every key account's buying process.",
        ],
        advice: "Identify the key players of the buying center: name the deciders, use the influencers, involve the blockers early, and build a good coach at every key account who guides you through the buying process.",
    },
    AreaText {
        name: "Selling center",
        question: "Before each customer meeting, do you choose our participants and match them to the customer's, with a strategy for the talk?",
        levels: [
            "Whoever is free goes to the meeting.",
            "The KAM decides who comes, without preparation.",
            "Participants are chosen for important meetings.",
            "The KAM leads the selling center; the customer's participants are analysed before each meeting.",
            "Counterparts are matched on buying attitude, motives and decision style, with a strategy for every meeting.",
        ],
        advice: "As captain of the selling center, decide who takes part in each contact; analyse the customer's participants (buying attitude, personal motives, decision behaviour) first, then assign counterparts and set the strategy for the talk.",
    },
    AreaText {
        name: "Levels",
        question: "Do you discuss the right topics at each level: handling with staff, projects with project leads, business with deciders?",
        levels: [
            "We talk about the same things with everyone.",
            "We mostly reach the operational level.",
            "We reach several levels, with the same messages.",
            "Each level gets its own topics.",
            "Business problems are discussed regularly with deciders and managing directors.",
        ],
        advice: "Talk with project staff about handling problems, with project leaders about project problems and with deciders and managing directors about business problems.",
    },
    AreaText {
        name: "Negotiation",
        question: "Do your key-account managers negotiate with differentiated strategies and tactics for long-term win-win partnerships?",
        levels: [
            "Negotiating means giving discounts.",
            "Negotiations are prepared ad hoc.",
            "Negotiations are prepared with goals and limits.",
            "Differentiated strategies and tactics are at hand, aimed at win-win.",
            "Rational, long-term win-win negotiation is practised at every level.",
        ],
        advice: "Make your key-account managers seasoned negotiators with differentiated strategies and tactics for rational negotiation and long-term win-win partnerships.",
    },
];

pub const DE: [AreaText; 12] = [
    AreaText {
        name: "Vision",
        question: "Hat jeder Key Account eine Vision, die alle Beteiligten ausrichtet?",
        levels: [
            "Keine Vision, weder für das KAM noch für einzelne Key Accounts.",
            "Es gibt eine Unternehmensvision, aber nichts Spezifisches für Key Accounts.",
            "Eine KAM-Vision ist formuliert; einige Key Accounts haben eine eigene.",
            "Jeder Key Account hat eine Vision, die das Account-Team kennt und lebt.",
            "Die Visionen leiten jede Entscheidung und sind mit den Kunden geteilt.",
        ],
        advice: "Geben Sie jedem Key Account eine Vision: Sie ist der Magnet, der ein abgestimmtes Verhalten fördert und Ihren Key-Account-Mitarbeitern Zielorientierung bietet.",
    },
    AreaText {
        name: "Strategie",
        question: "Kennen Sie Ihre Stärken und die Zielgruppe, die Sie am dringendsten braucht, und halten Sie durch Innovation den Vorsprung?",
        levels: [
            "Keine KAM-Strategie; Kunden werden bedient, wie sie kommen.",
            "Stärken sind ungefähr bekannt; keine Zielgruppe definiert.",
            "Stärken analysiert, Zielgruppe definiert, ein Business-Modell auf dem Papier.",
            "Das Business-Modell löst die dringendsten Probleme der Zielgruppe, mit Partnern.",
            "Wir sind dauerhaft bester Problemlöser unserer Zielgruppe und halten durch Innovation den Vorsprung.",
        ],
        advice: "Analysieren Sie Ihre Ist-Situation und Stärken, entwickeln Sie daraus ein Business-Modell, finden Sie die Key Accounts mit dem dringendsten Bedarf, lösen Sie deren dringendste Probleme, halten Sie durch Innovation den Vorsprung und kooperieren Sie mit anderen Problemlösern.",
    },
    AreaText {
        name: "Organisation",
        question: "Hat das KAM klare Strukturen, einen durchgängigen Informationsfluss, definierte Entscheidungskompetenzen und motivierende Anreize?",
        levels: [
            "Niemand ist eindeutig für Key Accounts zuständig.",
            "Zuständigkeiten gibt es, aber Informationen und Entscheidungen bleiben hängen.",
            "Strukturen und Entscheidungskompetenzen sind definiert; Informationen fließen meist.",
            "Alle vier Prinzipien greifen: Strukturen, Informationsfluss, Entscheidungskompetenzen, Anreize.",
            "Die Organisation wird regelmäßig überprüft und an die Key Accounts angepasst.",
        ],
        advice: "Optimieren Sie die vier Schlüsselprinzipien einer KAM-Organisation: klare Strukturen, durchgängiger Informationsfluss, definierte Entscheidungskompetenzen und motivierende Anreizsysteme.",
    },
    AreaText {
        name: "Kundenwertmodell",
        question: "Messen Sie den Wert Ihrer Kunden und wissen Sie, welche das größte Wachstumspotenzial haben?",
        levels: [
            "Kunden werden, wenn überhaupt, nur nach Umsatz beurteilt.",
            "Umsatz und Deckungsbeitrag werden betrachtet, aber es gibt kein Modell.",
            "Ein Kundenwertmodell mit gewichteten Kriterien existiert und wird gelegentlich genutzt.",
            "Das Modell steuert die Auswahl der Key Accounts und differenzierte Betreuungsstrategien.",
            "Potenzial, Loyalität und Profitabilität werden systematisch entwickelt, Cross- und Up-Selling ausgeschöpft.",
        ],
        advice: "Finden Sie mit einem Kundenwertmodell die wachstumsträchtigsten Kunden, gehen Sie potenzialstarke, loyale und profitable Kunden gezielt an, schöpfen Sie Cross- und Up-Selling aus und definieren Sie kundenwertorientierte Betreuungsstrategien.",
    },
    AreaText {
        name: "Prozess",
        question: "Kennen Sie alle Schritte vom ersten Kontakt bis zum Abschluss, mit klaren Schnittstellen und Verantwortlichkeiten zwischen den Abteilungen?",
        levels: [
            "Jeder Abschluss läuft anders.",
            "Erfahrene Mitarbeiter kennen die wichtigsten Schritte.",
            "Der Prozess vom ersten Kontakt bis zum Abschluss ist dokumentiert.",
            "Schnittstellen und Verantwortlichkeiten zwischen Abteilungen sind definiert und werden eingehalten.",
            "Der Prozess wird laufend analysiert und verbessert.",
        ],
        advice: "Kennen Sie alle Schritte vom ersten Kontakt bis zum Abschluss, analysieren Sie sie und definieren Sie klare Schnittstellen und Verantwortlichkeiten zwischen den beteiligten Abteilungen.",
    },
    AreaText {
        name: "Level-Selling",
        question: "Steigen Sie früh und auf hoher Ebene in den Ausschreibungs- und Einkaufsprozess des Kunden ein, am besten schon bei der Problemanalyse?",
        levels: [
            "Wir erfahren vom Bedarf, wenn die Ausschreibung kommt.",
            "Manchmal hören wir vor der Ausschreibung von Projekten.",
            "Wir kennen den besten Einstiegspunkt für wichtige Projekte.",
            "Wir sind regelmäßig schon bei der Problemanalyse vor der Ausschreibung dabei.",
            "Kunden beziehen uns in die Formulierung ihrer Anforderungen ein; unsere Strategie ist daran ausgerichtet.",
        ],
        advice: "Finden Sie Ihren optimalen Einstiegspunkt in den Einkaufsprozess des Kunden, idealerweise bei der Problemanalyse vor der Ausschreibung, und richten Sie Ihre Strategie konsequent daran aus (siehe auch „Ebenen“).",
    },
    AreaText {
        name: "Systemverständnis",
        question: "Verstehen Sie die Stakeholder beim Kunden und bei uns und nutzen Sie dieses System durch gezielte Interventionen?",
        levels: [
            "Wir sprechen nur mit dem Einkauf.",
            "Einige weitere Stakeholder kennen wir dem Namen nach.",
            "Die Stakeholder auf beiden Seiten sind erfasst.",
            "Wir verstehen ihr Zusammenspiel und intervenieren gezielt.",
            "Interventionen werden geplant und ihre Wirkung überprüft.",
        ],
        advice: "Erfassen Sie die Stakeholder auf beiden Seiten (Einkauf, Vertragsabteilung, Geschäftsführung, Controlling und unsere eigenen Abteilungen) und lernen Sie, dieses System über gezielte Interventionen zu nutzen.",
    },
    AreaText {
        name: "Kundenentwicklung",
        question: "Wird jeder Key Account langfristig entwickelt, mit einer Strategie für Kennzahlen, Positionierung, Durchdringung, Team und Wettbewerb?",
        levels: [
            "Kein Entwicklungsplan: Wir nehmen die Aufträge, die kommen.",
            "Es gibt Umsatzziele, sonst nichts.",
            "Eine Entwicklungsstrategie deckt einige ihrer Elemente ab.",
            "Sie umfasst Kennzahlen, Positionierung, Themenlandkarte, Durchdringung, Team, Wettbewerb und Partner sowie den Lieferanteil.",
            "Die Strategie wird mit dem Kunden überprüft und steuert gemeinsames Wachstum.",
        ],
        advice: "Entwickeln Sie Key Accounts langfristig mit einer Strategie aus Finanzkennzahlen, Positionierung, Themenlandkarte, Durchdringung beim Kunden, Teamentwicklung, Prognose über Wettbewerb und Partner und Ihrem relativen Marktanteil beim Kunden.",
    },
    AreaText {
        name: "Buying-Center",
        question: "Kennen Sie die Spieler im Buying-Center, und haben Sie bei jedem Key Account einen Coach?",
        levels: [
            "Wir wissen nicht, wer entscheidet.",
            "Wir kennen den Einkäufer und einige Anwender.",
            "Entscheider und Beeinflusser sind identifiziert.",
            "Wir nutzen Beeinflusser, binden Verhinderer früh ein und haben bei den meisten Key Accounts einen Coach.",
            "Ein guter Coach führt uns bei jedem Key Account durch den Einkaufsprozess.",
        ],
        advice: "Identifizieren Sie die wesentlichen Spieler im Buying-Center: Entscheider eindeutig benennen, Beeinflusser nutzen, Verhinderer frühzeitig einbinden, und bauen Sie bei jedem Key Account einen guten Coach auf, der Sie durch den Einkaufsprozess führt.",
    },
    AreaText {
        name: "Selling-Center",
        question: "Bestimmen Sie vor jedem Kundengespräch unsere Teilnehmer und ordnen Sie sie denen des Kunden zu, mit einer Strategie für das Gespräch?",
        levels: [
            "Wer Zeit hat, geht zum Termin.",
            "Der KAM bestimmt ohne Vorbereitung, wer mitkommt.",
            "Für wichtige Termine werden die Teilnehmer ausgewählt.",
            "Der KAM führt das Selling-Center; die Teilnehmer des Kunden werden vor jedem Gespräch analysiert.",
            "Gegenspieler werden nach Kaufhaltung, Motiven und Entscheidungsverhalten zugeordnet, mit einer Strategie für jedes Gespräch.",
        ],
        advice: "Bestimmen Sie als Mannschaftsführer im Selling-Center für jeden Kundenkontakt die Beteiligten; analysieren Sie vorher die Teilnehmer des Kunden (Kaufhaltung, persönliche Kaufmotive, Entscheidungsverhalten), ordnen Sie dann Gegen- und Mitspieler zu und legen Sie die Gesprächsstrategie fest.",
    },
    AreaText {
        name: "Ebenen",
        question: "Sprechen Sie auf jeder Ebene über die richtigen Themen: Abwicklung mit Mitarbeitern, Projekte mit Projektleitern, Business mit Entscheidern?",
        levels: [
            "Wir sprechen mit allen über dieselben Dinge.",
            "Wir erreichen meist nur die operative Ebene.",
            "Wir erreichen mehrere Ebenen, mit denselben Botschaften.",
            "Jede Ebene bekommt ihre eigenen Themen.",
            "Business-Probleme werden regelmäßig mit Entscheidern und Geschäftsführern besprochen.",
        ],
        advice: "Sprechen Sie mit Projektmitarbeitern über Abwicklungsprobleme, mit Projektleitern über Projektprobleme und mit Entscheidern und Geschäftsführern über Business-Probleme.",
    },
    AreaText {
        name: "Verhandeln",
        question: "Verhandeln Ihre Key-Account-Manager mit differenzierten Strategien und Taktiken für langfristige Win-win-Partnerschaften?",
        levels: [
            "Verhandeln heißt Rabatte geben.",
            "Verhandlungen werden spontan vorbereitet.",
            "Verhandlungen werden mit Zielen und Grenzen vorbereitet.",
            "Differenzierte Strategien und Taktiken liegen bereit, auf Win-win ausgerichtet.",
            "Rationales, langfristiges Win-win-Verhandeln wird auf allen Ebenen gelebt.",
        ],
        advice: "Machen Sie Ihre Key-Account-Manager zu ausgebufften Verhandlungsführern mit differenzierten Strategien und Taktiken für rationales Verhandeln und langfristige Win-win-Partnerschaften.",
    },
];
