//! The stakeholders in a report: the table, and (internal report only) the gaps and the map.

use leptos::prelude::*;

use super::{report_table, Source};
use crate::charts::stakeholders::{map_option, map_texts, LevelLegend};
use crate::charts::{Chart, ChartTable};
use crate::domain::stakeholders::{gap_rules, gaps, Attitude, UNKNOWN_INFLUENCE};
use crate::i18n::buying_center::{
    attitude_text, contact_line, gap_text, level_text, name_of, roles_text, BC,
};
use crate::i18n::report::RP;
use crate::state::analyses::today;
use crate::state::use_app;

#[component]
pub(super) fn StakeholderSection(source: Source, client: bool) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let day = today();
    move || {
        let l = lang.get();
        let (_, d) = source.get()?;
        let people = d.stakeholders;
        if people.is_empty() {
            return None;
        }
        let show_attitude = !client || people.iter().any(|p| p.attitude != Attitude::Neutral);
        let show_influence = people.iter().any(|p| p.influence != UNKNOWN_INFLUENCE);
        let show_note = people.iter().any(|p| !p.note.is_empty());
        // Gaps and the map speak of attitudes and influence: internal only.
        let internal = (!client).then(|| {
            let rules = app.store.settings.with(gap_rules);
            let found: Vec<String> = gaps(&people, day, rules).iter().map(|g| gap_text(l, g, &people)).collect();
            let option = map_option(&people, &map_texts(l)).0;
            view! {
                <h3>{l.t(BC::Gaps)}</h3>
                <ul>{found.into_iter().map(|g| view! { <li>{g}</li> }).collect_view()}</ul>
                // Titled and with the levels' colours, as on the Stakeholders tab.
                // Heading, legend and map on one page.
                <div class="keep">
                    <h3>{l.t(BC::Map)}</h3>
                    <LevelLegend lang=lang/>
                    <div class="report-chart">
                        <Chart option=option label=l.t(BC::Map).to_string() table=ChartTable::default() height="340px" compact=true pixel_ratio=2.0/>
                    </div>
                </div>
            }
        });
        Some(view! {
            <section class="report-section">
                <h2>{l.t(RP::Stakeholders)}</h2>
                {report_table(None, view! {
                    <thead><tr>
                        <th scope="col">{l.t(BC::Name)}</th><th scope="col">{l.t(BC::Function)}</th>
                        <th scope="col">{l.t(BC::Level)}</th><th scope="col">{l.t(BC::Roles)}</th>
                        {show_attitude.then(|| view! { <th scope="col">{l.t(BC::Attitude)}</th> })}
                        {show_influence.then(|| view! { <th scope="col" class="num">{l.t(BC::Influence)}</th> })}
                        <th scope="col">{l.t(BC::ReportsTo)}</th><th scope="col">{l.t(BC::Contact)}</th>
                        <th scope="col">{l.t(BC::Counterpart)}</th>
                        {show_note.then(|| view! { <th scope="col">{l.t(BC::Note)}</th> })}
                    </tr></thead>
                    <tbody>
                        {people.iter().map(|p| {
                            view! {
                                <tr>
                                    <th scope="row">{p.name.clone()}</th>
                                    <td>{p.function.clone()}</td>
                                    <td>{l.t(level_text(p.level))}</td>
                                    <td>{roles_text(l, p)}</td>
                                    {show_attitude.then(|| view! { <td>{l.t(attitude_text(p.attitude))}</td> })}
                                    {show_influence.then(|| view! { <td class="num">{p.influence}</td> })}
                                    <td>{p.reports_to.map(|b| name_of(&people, b)).unwrap_or_default()}</td>
                                    <td>{contact_line(l, p)}</td>
                                    <td>{p.counterpart.clone()}</td>
                                    {show_note.then(|| view! { <td>{p.note.clone()}</td> })}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                })}
                {internal}
            </section>
        })
    }
}
