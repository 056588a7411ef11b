//! Charts: pure functions that turn domain results into charming options (host-tested),
//! and one `<Chart/>` component that owns an ECharts instance.

pub mod component;
pub mod pareto;

pub use component::Chart;
