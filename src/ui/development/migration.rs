//! Class migration between two years: the sentence on slipped and lost customers, the
//! 4×4 matrix (ABC class then × class now, "no revenue" as the fourth), and the
//! customers of the cell the user opens.

use leptos::prelude::*;

use super::{picked_years, History, YearSelect};
use crate::domain::history::migration::{migration, Migration, Standing};
use crate::domain::history::overview::{cell_customers, default_migration_years_of};
use crate::i18n::development::{customers, migration_summary, standing_name, standing_short, DV};
use crate::i18n::{fill, tr};
use crate::state::analyses::current_year;
use crate::state::{use_app, Route};
use crate::ui::format::{money, use_currency, with_currency};
use crate::ui::widgets::Pager;

const LIST_ID: &str = "migration-customers";
const PAGE_SIZE: usize = 50;

#[component]
pub(super) fn ClassMigration(history: History) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let default = Memo::new(move |_| {
        history
            .yearly
            .with(|y| default_migration_years_of(y, current_year()))
    });
    let from = RwSignal::new(None::<i32>);
    let to = RwSignal::new(None::<i32>);
    let years = picked_years(history, default, from, to);
    let thresholds = Memo::new(move |_| app.store.settings.with(|s| s.abc.thresholds()));
    let matrix = Memo::new(move |_| {
        let (f, t) = years.get()?;
        let th = thresholds.get();
        Some(
            history
                .yearly
                .with(|y| app.store.accounts.with(|a| migration(y, a, f, t, th))),
        )
    });
    // The open cell, by its place in `Standing::ALL`.
    let open = RwSignal::new(None::<(usize, usize)>);
    // Set by a click on a cell: the list's heading takes the focus once it is shown.
    let focus = StoredValue::new(false);
    let currency = use_currency();
    view! {
        <section aria-labelledby="development-migration">
            <h2 id="development-migration">{tr(lang, DV::MigrationTitle)}</h2>
            <div class="filters">
                <YearSelect label=DV::EarlierYear value=Signal::derive(move || years.get().map(|y| y.0))
                    years=history.years on_pick=Callback::new(move |y| { from.set(Some(y)); open.set(None); })/>
                <YearSelect label=DV::LaterYear value=Signal::derive(move || years.get().map(|y| y.1))
                    years=history.years on_pick=Callback::new(move |y| { to.set(Some(y)); open.set(None); })/>
            </div>
            {move || matrix.get().map(|m| {
                let lang = lang.get();
                let same = (m.from_year == m.to_year)
                    .then(|| view! { <p class="muted">{lang.t(DV::SameYears)}</p> });
                view! {
                    <p class="headline">{migration_summary(lang, &m, &|v| money(lang, v))}</p>
                    {same}
                    <Matrix m=m open=open focus=focus currency=currency.get()/>
                }
            })}
            <CellCustomers history=history matrix=matrix open=open focus=focus/>
        </section>
    }
}

#[component]
fn Matrix(
    m: Migration,
    open: RwSignal<Option<(usize, usize)>>,
    focus: StoredValue<bool>,
    currency: String,
) -> impl IntoView {
    let lang = use_app().lang.get_untracked();
    let caption = fill(
        lang.t(DV::MatrixCaption),
        &[
            ("from", &m.from_year.to_string()),
            ("to", &m.to_year.to_string()),
        ],
    );
    let caption = with_currency(&caption, &currency);
    let rows = Standing::ALL.iter().enumerate().map(|(i, from)| {
        let cells = Standing::ALL.iter().enumerate().map(|(j, to)| {
            let cell = m.cell(*from, *to);
            let n = cell.accounts.len();
            if n == 0 {
                return view! { <td class="num empty-cell">"0"</td> }.into_any();
            }
            // The revenue shown is the later year's; into "no revenue" the earlier one's.
            let revenue = if *to == Standing::NoRevenue { cell.revenue_from } else { cell.revenue_to };
            let name = fill(
                lang.t(DV::OpenCell),
                &[
                    ("from", &standing_short(lang, *from)),
                    ("to", &standing_short(lang, *to)),
                    ("count", &customers(lang, n)),
                ],
            );
            view! {
                <td class="num">
                    <button class="matrix-cell"
                        aria-expanded=move || if open.get() == Some((i, j)) { "true" } else { "false" }
                        aria-controls=LIST_ID
                        on:click=move |_| {
                            focus.set_value(true);
                            open.update(|o| *o = if *o == Some((i, j)) { None } else { Some((i, j)) });
                        }
                    >
                        <span class="visually-hidden">{name}" · "</span>
                        <span class="count">{lang.count(n)}</span>
                        <span class="amount">{money(lang, revenue)}</span>
                    </button>
                </td>
            }
            .into_any()
        }).collect_view();
        view! {
            <tr>
                <th scope="row">{standing_name(lang, *from)}</th>
                {cells}
            </tr>
        }
    }).collect_view();
    view! {
        // Above the table, not its caption: a caption scrolls away with a wide table.
        <p class="matrix-caption" id="migration-caption">{caption}</p>
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby="migration-caption">
        <table class="data-table migration-matrix" aria-labelledby="migration-caption">
            <thead><tr>
                <td></td>
                {Standing::ALL.iter().map(|s| view! { <th scope="col" class="num">{standing_name(lang, *s)}</th> }).collect_view()}
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
        </div>
    }
}

/// The customers of the open cell, largest first, paged.
#[component]
fn CellCustomers(
    history: History,
    matrix: Memo<Option<Migration>>,
    open: RwSignal<Option<(usize, usize)>>,
    focus: StoredValue<bool>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let currency = use_currency();
    let page = RwSignal::new(0usize);
    let list = Memo::new(move |_| {
        let (i, j) = open.get()?;
        let (from, to) = (Standing::ALL[i], Standing::ALL[j]);
        matrix.with(|m| {
            let m = m.as_ref()?;
            let rows = history.yearly.with(|y| cell_customers(y, m, from, to));
            Some((from, to, m.from_year, m.to_year, rows))
        })
    });
    // Another cell starts on its first page. Only a real change is written: a redraw
    // of the list would take the focus from its heading.
    Effect::new(move |_| {
        open.track();
        if page.get_untracked() != 0 {
            page.set(0);
        }
    });
    let heading = NodeRef::<leptos::html::H3>::new();
    // The list opens below the matrix: the focus follows a click on a cell, so a
    // keyboard user lands there (not on a later redraw, such as a language change).
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            if focus.get_value() {
                focus.set_value(false);
                let _ = h.focus();
            }
        }
    });
    let pages = Signal::derive(move || {
        list.with(|l| {
            l.as_ref()
                .map_or(1, |l| l.4.len().div_ceil(PAGE_SIZE).max(1))
        })
    });
    view! {
        <div id=LIST_ID class="migration-customers">
            {move || list.get().map(|(from, to, from_year, to_year, rows)| {
                let lang = lang.get();
                let title = fill(
                    lang.t(DV::CellHeading),
                    &[
                        ("from", &standing_short(lang, from)),
                        ("to", &standing_short(lang, to)),
                        ("customers", &customers(lang, rows.len())),
                    ],
                );
                let cur = currency.get();
                let start = page.get().min(pages.get() - 1) * PAGE_SIZE;
                let body = app.store.accounts.with(|accounts| {
                    rows.iter().skip(start).take(PAGE_SIZE).map(|c| {
                        let name = accounts.account(c.account).map(|a| a.name.clone()).unwrap_or_else(|| format!("#{}", c.account));
                        view! {
                            <tr>
                                <th scope="row"><a href=Route::Account(c.account).href()>{name}</a></th>
                                <td class="num">{money(lang, c.revenue_from)}</td>
                                <td class="num">{money(lang, c.revenue_to)}</td>
                            </tr>
                        }
                    }).collect_view()
                });
                let revenue_in = |year: i32| with_currency(&fill(lang.t(DV::RevenueIn), &[("year", &year.to_string())]), &cur);
                view! {
                    <h3 tabindex="-1" node_ref=heading>{title}</h3>
                    <div class="table-wrap">
                    <table class="data-table">
                        <thead><tr>
                            <th scope="col">{lang.t(DV::ColCustomer)}</th>
                            <th scope="col" class="num">{revenue_in(from_year)}</th>
                            <th scope="col" class="num">{revenue_in(to_year)}</th>
                        </tr></thead>
                        <tbody>{body}</tbody>
                    </table>
                    </div>
                }
            })}
            <Show when=move || open.with(Option::is_some)>
                <Pager page=page pages=pages/>
                <button on:click=move |_| open.set(None)>{tr(lang, DV::CloseList)}</button>
            </Show>
        </div>
    }
}
