//! Calendar files: the texts of the export and what each event says in the UI
//! language (the writer is `domain::calendar`).

use crate::domain::calendar::{Event, Item, What};

use super::key_accounts::{role_text, selling_text};
use super::{fill, Lang};

crate::i18n::catalogue! { CAL;
    AddToCalendar => "Add to calendar", "Zum Kalender hinzufügen";
    AddAllToCalendar => "Add all to calendar", "Alle zum Kalender hinzufügen";
    Hint => "Downloads an .ics file with the open actions' due dates and the role and selling targets, for Outlook, Google or Apple Calendar. Importing it again updates the events instead of adding them twice.", "Lädt eine .ics-Datei mit den Fälligkeiten der offenen Maßnahmen und den Rollen- und Verkaufszielen herunter, für Outlook, Google oder Apple Kalender. Ein erneuter Import aktualisiert die Termine, statt sie doppelt anzulegen.";
    Nothing => "Nothing to add to a calendar: no open action has a due date and no role or selling target is set.", "Nichts für den Kalender: Keine offene Maßnahme hat einen Fälligkeitstermin und kein Rollen- oder Verkaufsziel ist gesetzt.";
    Downloaded => "Calendar file with {n} events downloaded ({file}).", "Kalenderdatei mit {n} Terminen heruntergeladen ({file}).";
    ActionSummary => "{account}: {text}", "{account}: {text}";
    RoleTargetSummary => "{account}: target role “{value}”", "{account}: Ziel-Lieferantenrolle „{value}“";
    SellingTargetSummary => "{account}: target selling stage “{value}”", "{account}: Ziel-Verkaufsstufe „{value}“";
    DescAccount => "Key account: {name}", "Key Account: {name}";
    DescOwner => "Owner: {name}", "Verantwortlich: {name}";
    DescAction => "Action of the account plan (Keystone)", "Maßnahme des Account-Plans (Keystone)";
    DescTarget => "Target of the key account (Keystone)", "Ziel des Key Accounts (Keystone)";
    CatAction => "Action", "Maßnahme";
    CatTarget => "Target", "Ziel";
}

/// The events of `items` in `lang`: the summary names the account and the item, the
/// description the account, the owner (if any) and where the item comes from.
pub fn events(lang: Lang, items: &[Item]) -> Vec<Event> {
    items.iter().map(|i| event(lang, i)).collect()
}

fn event(l: Lang, item: &Item) -> Event {
    let account = item.account_name.as_str();
    let target = |key, value: &str| fill(l.t(key), &[("account", account), ("value", value)]);
    let (summary, owner, source, category) = match &item.what {
        What::Action { text, owner } => (
            fill(
                l.t(CAL::ActionSummary),
                &[("account", account), ("text", text)],
            ),
            owner.trim(),
            CAL::DescAction,
            CAL::CatAction,
        ),
        What::RoleTarget(r) => (
            target(CAL::RoleTargetSummary, l.t(role_text(*r))),
            "",
            CAL::DescTarget,
            CAL::CatTarget,
        ),
        What::SellingTarget(s) => (
            target(CAL::SellingTargetSummary, l.t(selling_text(*s))),
            "",
            CAL::DescTarget,
            CAL::CatTarget,
        ),
    };
    let mut description = vec![fill(l.t(CAL::DescAccount), &[("name", account)])];
    if !owner.is_empty() {
        description.push(fill(l.t(CAL::DescOwner), &[("name", owner)]));
    }
    description.push(l.t(source).to_string());
    Event {
        uid: item.uid.clone(),
        day: item.day,
        summary,
        description: description.join("\n"),
        categories: vec!["Keystone".into(), l.t(category).to_string()],
    }
}
