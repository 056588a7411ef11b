//! The buying center's charts, each with its table: the map of influence × attitude and
//! the reports-to chart.

use leptos::prelude::*;

use crate::charts::stakeholders::map_texts;
use crate::charts::stakeholders::{map_option, org_option, LevelLegend};
use crate::charts::{Chart, ChartClick, ChartTable};
use crate::domain::stakeholders::{org_chart, Stakeholder};
use crate::i18n::buying_center::{attitude_text, level_text, name_of, roles_text, BC};
use crate::i18n::{fill, Lang};
use crate::state::use_app;
use crate::ui::widgets::TitledSection;

/// The map and the reports-to chart, each with its table.
#[component]
pub fn BuyingCenterCharts(people: Memo<Vec<Stakeholder>>) -> impl IntoView {
    view! {
        <PeopleMap people=people/>
        <OrgChart people=people/>
    }
}

/// The map of influence × attitude, coloured by level.
#[component]
fn PeopleMap(people: Memo<Vec<Stakeholder>>) -> impl IntoView {
    let lang = use_app().lang;
    let map = Memo::new(move |_| people.with(|p| map_option(p, &map_texts(lang.get()))));
    let map_option_signal = Signal::derive(move || map.get().0);
    let describe = move |l: Lang, p: &Stakeholder| {
        format!(
            "{} ({}, {}, {})",
            p.name,
            l.t(attitude_text(p.attitude)),
            l.t(BC::Influence).replace(" (1-5)", ""),
            p.influence
        )
    };
    let map_label = Signal::derive(move || {
        let l = lang.get();
        let list: Vec<String> = people.with(|all| all.iter().map(|p| describe(l, p)).collect());
        fill(l.t(BC::MapLabel), &[("list", &list.join("; "))])
    });
    let table = Signal::derive(move || {
        let l = lang.get();
        people.with(|all| ChartTable {
            columns: vec![
                l.t(BC::Name).into(),
                l.t(BC::Level).into(),
                l.t(BC::Roles).into(),
                l.t(BC::Attitude).into(),
                l.t(BC::Influence).into(),
            ],
            numeric: vec![false, false, false, false, true],
            rows: all
                .iter()
                .map(|p| {
                    vec![
                        p.name.clone(),
                        l.t(level_text(p.level)).into(),
                        roles_text(l, p),
                        l.t(attitude_text(p.attitude)).into(),
                        p.influence.to_string(),
                    ]
                })
                .collect(),
        })
    });
    let tooltip = Callback::new(move |click: ChartClick| -> Vec<String> {
        let l = lang.get_untracked();
        let person_id = map.with_untracked(|(_, ids)| {
            ids.get(click.series)
                .and_then(|s| s.get(click.item))
                .copied()
        });
        people.with_untracked(|all| {
            all.iter()
                .find(|p| Some(p.id) == person_id)
                .map(|p| {
                    let mut lines = vec![p.name.clone()];
                    if !p.function.is_empty() {
                        lines.push(p.function.clone());
                    }
                    lines.push(format!(
                        "{}: {}",
                        l.t(BC::Attitude),
                        l.t(attitude_text(p.attitude))
                    ));
                    lines.push(format!("{}: {}", l.t(BC::Influence), p.influence));
                    if !p.roles.is_empty() {
                        lines.push(roles_text(l, p));
                    }
                    lines
                })
                .unwrap_or_default()
        })
    });
    view! {
        <TitledSection id="map-title" title=BC::Map class="chart-section">
            <LevelLegend lang=lang/>
            <Chart option=map_option_signal label=map_label table=table tooltip=tooltip height="420px"/>
        </TitledSection>
    }
}

/// Who reports to whom.
#[component]
fn OrgChart(people: Memo<Vec<Stakeholder>>) -> impl IntoView {
    let lang = use_app().lang;
    // The reports-to chart.
    let nodes = Memo::new(move |_| people.with(|p| org_chart(p)));
    let org = Signal::derive(move || people.with(|p| org_option(&nodes.get(), p)));
    let org_lines = move |l: Lang| -> Vec<(String, String)> {
        people.with(|all| {
            nodes
                .get()
                .iter()
                .map(|n| {
                    let name = name_of(all, n.id);
                    let boss = n.boss.map(|b| name_of(all, b)).unwrap_or_default();
                    (name, boss)
                })
                .map(|(name, boss)| {
                    let _ = l;
                    (name, boss)
                })
                .collect()
        })
    };
    let org_label = Signal::derive(move || {
        let l = lang.get();
        let list: Vec<String> = org_lines(l)
            .into_iter()
            .map(|(name, boss)| {
                if boss.is_empty() {
                    fill(l.t(BC::Top), &[("name", &name)])
                } else {
                    fill(l.t(BC::ReportsToText), &[("name", &name), ("boss", &boss)])
                }
            })
            .collect();
        fill(l.t(BC::OrgLabel), &[("list", &list.join("; "))])
    });
    let org_table = Signal::derive(move || {
        let l = lang.get();
        ChartTable {
            columns: vec![l.t(BC::Name).into(), l.t(BC::ReportsTo).into()],
            numeric: vec![false, false],
            rows: org_lines(l).into_iter().map(|(n, b)| vec![n, b]).collect(),
        }
    });
    let org_tooltip = Callback::new(move |click: ChartClick| -> Vec<String> {
        let l = lang.get_untracked();
        let Some(node) = nodes.with_untracked(|n| n.get(click.item).copied()) else {
            return Vec::new();
        };
        people
            .with_untracked(|all| {
                all.iter().find(|p| p.id == node.id).map(|p| {
                    vec![
                        p.name.clone(),
                        p.function.clone(),
                        l.t(level_text(p.level)).to_string(),
                    ]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect()
                })
            })
            .unwrap_or_default()
    });
    let org_height = move || {
        let depth = nodes.with(|n| n.iter().map(|n| n.depth).max().unwrap_or(0));
        format!("{}px", 110 + depth * 90)
    };
    view! {
        <TitledSection id="org-title" title=BC::OrgChart class="chart-section">
            {move || view! { <Chart option=org label=org_label table=org_table tooltip=org_tooltip height=org_height()/> }}
        </TitledSection>
    }
}
