//! Sharing self-assessments without a server: result links, workshop invitations
//! (link and QR code), pasting result links into a workshop.

use crate::domain::assessment::share_link::LinkError;
use crate::i18n::{fill, Lang};

// The two page titles: the shell names every page, so these few texts are in the
// main module; the rest of the catalogue stays in the pages' chunks.
crate::i18n::catalogue! { SLT;
    SharedTitle => "Shared self-assessment result", "Geteiltes Ergebnis der Selbsteinschätzung";
    JoinTitle => "Workshop invitation", "Einladung zum Workshop";
}

crate::i18n::catalogue! { SL;
    Opening => "Opening the link…", "Der Link wird geöffnet…";
    SharedIntro => "This result came with a link and is shown here only. Nothing is saved unless you choose to.", "Dieses Ergebnis kam mit einem Link und wird hier nur angezeigt. Gespeichert wird nur, wenn Sie es wählen.";
    SharedWho => "Answers of {name} from {date}", "Antworten von {name} vom {date}";
    SharedWorkshop => "Workshop: {workshop}", "Workshop: {workshop}";
    SaveToMine => "Save to my assessments", "Zu meinen Einschätzungen speichern";
    AddToWorkshop => "Add to a workshop", "Zu einem Workshop hinzufügen";
    WorkshopField => "Workshop", "Workshop";
    Saved => "Saved to your assessments.", "Unter Ihren Einschätzungen gespeichert.";
    AddedTo => "Added to the workshop “{workshop}”.", "Dem Workshop „{workshop}“ hinzugefügt.";
    AlreadyThere => "This result is already among your assessments: nothing was added.", "Dieses Ergebnis ist schon unter Ihren Einschätzungen: nichts wurde hinzugefügt.";
    OpenSaved => "Open the saved assessment", "Gespeicherte Einschätzung öffnen";
    OpenWorkshop => "Open the workshop", "Workshop öffnen";
    CannotOpen => "The link cannot be opened", "Der Link lässt sich nicht öffnen";
    NothingChanged => "Nothing was changed here.", "Hier wurde nichts verändert.";
    ErrDamaged => "The link is damaged or was altered: a character is missing or different. Ask for the link again.", "Der Link ist beschädigt oder wurde verändert: ein Zeichen fehlt oder ist anders. Bitten Sie um den Link noch einmal.";
    ErrTruncated => "The link is incomplete: it ends too early or carries more than it should. Copy the whole link again.", "Der Link ist unvollständig: er endet zu früh oder enthält mehr, als er sollte. Kopieren Sie den ganzen Link noch einmal.";
    ErrNewer => "The link was made by a newer version of Keystone (link format {version}; this version reads format {known}). Open it with the newest version.", "Der Link stammt aus einer neueren Version von Keystone (Link-Format {version}; diese Version liest Format {known}). Öffnen Sie ihn mit der neuesten Version.";
    ErrLevel => "The link holds a rating outside 1 to 5: it was altered.", "Der Link enthält eine Bewertung außerhalb von 1 bis 5: er wurde verändert.";
    ErrText => "A text in the link is not readable: it was altered.", "Ein Text im Link ist nicht lesbar: er wurde verändert.";
    ErrResultExpected => "This is a workshop invitation, not a result link.", "Das ist eine Einladung zu einem Workshop, kein Link auf ein Ergebnis.";
    ErrInvitationExpected => "This is a result link, not a workshop invitation.", "Das ist ein Link auf ein Ergebnis, keine Einladung zu einem Workshop.";
    ErrTooLarge => "The link unpacks to more than 64 KB and was not opened.", "Der Link entpackt sich zu mehr als 64 KB und wurde nicht geöffnet.";
    ShareTitle => "Share", "Teilen";
    IncludeComments => "Include comments", "Kommentare mitsenden";
    ShareNote => "The part of the link after # never reaches a server: it stays in the browsers that open it. Anyone who has the link can read the result.", "Der Teil des Links nach # erreicht nie einen Server: er bleibt in den Browsern, die ihn öffnen. Wer den Link hat, kann das Ergebnis lesen.";
    ShareLink => "Share as link", "Als Link teilen";
    LinkLabel => "Link to this result", "Link zu diesem Ergebnis";
    LinkLength => "{n} characters", "{n} Zeichen";
    TooLong => "This link has {n} characters: past 2,000, some mail programs and messengers cut links. Send the file instead.", "Dieser Link hat {n} Zeichen: ab 2.000 kürzen manche Mailprogramme und Messenger Links. Senden Sie stattdessen die Datei.";
    SendFile => "Download the file", "Datei herunterladen";
    CopyLink => "Copy link", "Link kopieren";
    Copied => "The link is copied.", "Der Link ist kopiert.";
    CopyFailed => "This browser does not let the page copy: select the link and copy it.", "Dieser Browser lässt die Seite nicht kopieren: markieren und kopieren Sie den Link.";
    SendAnswers => "Send my answers", "Meine Antworten senden";
    SendHint => "To the consultant of the workshop: by the phone's share sheet, else as a copied link, else as a file.", "An die Beraterin oder den Berater des Workshops: über das Teilen-Menü des Telefons, sonst als kopierter Link, sonst als Datei.";
    SentShared => "Your answers were handed to the share sheet.", "Ihre Antworten wurden an das Teilen-Menü übergeben.";
    SentCancelled => "Sharing was cancelled: nothing was sent.", "Das Teilen wurde abgebrochen: nichts wurde gesendet.";
    SentCopied => "Sharing is not available here, so the link to your answers is copied: paste it into a message to the consultant.", "Teilen ist hier nicht möglich, daher ist der Link zu Ihren Antworten kopiert: fügen Sie ihn in eine Nachricht an die Beratung ein.";
    SentDownloaded => "Neither sharing nor copying is available here, so your answers were downloaded as a file: send it to the consultant.", "Weder Teilen noch Kopieren ist hier möglich, daher wurden Ihre Antworten als Datei heruntergeladen: senden Sie sie an die Beratung.";
    ShareSheetTitle => "My KAM self-assessment", "Meine KAM-Selbsteinschätzung";
    WantedBy => "Answers wanted by {date}.", "Antworten erbeten bis {date}.";
    InviteTitle => "Invite participants", "Teilnehmende einladen";
    InviteIntro => "Participants who open the invitation link or scan its QR code land in the questionnaire with the workshop filled in.", "Wer den Einladungslink öffnet oder seinen QR-Code scannt, landet im Fragebogen, der Workshop ist schon eingetragen.";
    InviteWorkshop => "Workshop name for the invitation", "Name des Workshops für die Einladung";
    // Not "Language …": the top bar's language choice must stay the one control so named.
    InviteLang => "Questionnaire in", "Fragebogen auf";
    InviteDeadline => "Answers wanted by (optional)", "Antworten erbeten bis (optional)";
    MakeInvite => "Create invitation", "Einladung erstellen";
    NameNeeded => "Name the workshop first.", "Geben Sie zuerst den Namen des Workshops ein.";
    InviteLink => "Invitation link", "Einladungslink";
    QrLabel => "QR code of the invitation to the workshop “{workshop}”", "QR-Code der Einladung zum Workshop „{workshop}“";
    FullScreen => "Show full screen", "Im Vollbild zeigen";
    Close => "Close", "Schließen";
    PasteTitle => "Add result links", "Links auf Ergebnisse hinzufügen";
    PasteLabel => "Paste one or more result links (a whole message is fine)", "Einen oder mehrere Links auf Ergebnisse einfügen (auch eine ganze Nachricht)";
    PasteAdd => "Add the links", "Links hinzufügen";
    PasteNone => "No result link (…#/assessment/shared/…) was found in the pasted text.", "Im eingefügten Text wurde kein Link auf ein Ergebnis (…#/assessment/shared/…) gefunden.";
    PasteRefused => "Link {n} was not added: {detail}", "Link {n} wurde nicht hinzugefügt: {detail}";
}

/// What is wrong with a link, for the person who opened it.
pub fn link_error_text(lang: Lang, e: &LinkError, invitation_expected: bool) -> String {
    use crate::domain::assessment::share_link::VERSION;
    match e {
        LinkError::Damaged => lang.t(SL::ErrDamaged).to_string(),
        LinkError::Truncated => lang.t(SL::ErrTruncated).to_string(),
        LinkError::NewerVersion(v) => fill(
            lang.t(SL::ErrNewer),
            &[("version", &v.to_string()), ("known", &VERSION.to_string())],
        ),
        LinkError::LevelOutOfRange => lang.t(SL::ErrLevel).to_string(),
        LinkError::NotText => lang.t(SL::ErrText).to_string(),
        LinkError::WrongKind if invitation_expected => {
            lang.t(SL::ErrInvitationExpected).to_string()
        }
        LinkError::WrongKind => lang.t(SL::ErrResultExpected).to_string(),
        LinkError::TooLarge => lang.t(SL::ErrTooLarge).to_string(),
    }
}
