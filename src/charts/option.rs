//! An ECharts option assembled from charming's typed parts (axes, grid, tooltip, series).
//!
//! Not charming's `Chart`: its serializer, and its `Series` enum, reach every component
//! and chart type ECharts has, ~20 KB gzip on every chart page whether used or not.
//! Serializing each part on its own compiles in only the parts a chart uses.

use serde::Serialize;

/// An ECharts option as JSON text, what `<Chart/>` hands to ECharts. Cheap to compare
/// and clone, so pages keep it in memos.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChartOption(String);

impl ChartOption {
    pub fn json(&self) -> &str {
        &self.0
    }
}

/// Builds a [`ChartOption`] from parts, in order.
#[derive(Debug, Default)]
pub struct OptionBuilder {
    /// (key, JSON of each part, whether the key holds a list)
    fields: Vec<(&'static str, Vec<String>, bool)>,
}

fn json(part: &impl Serialize) -> String {
    serde_json::to_string(part).unwrap_or_else(|_| "null".into())
}

impl OptionBuilder {
    /// An option without animation: charts redraw on every edit.
    pub fn new() -> Self {
        OptionBuilder::default().set("animation", false)
    }

    /// A single part: `tooltip`, `grid`, `animation`. Setting a key again replaces it.
    pub fn set(mut self, key: &'static str, part: impl Serialize) -> Self {
        let text = json(&part);
        match self.fields.iter_mut().find(|(k, _, _)| *k == key) {
            Some(field) => *field = (key, vec![text], false),
            None => self.fields.push((key, vec![text], false)),
        }
        self
    }

    /// One more entry of a list part: `xAxis`, `yAxis`, `series`.
    pub fn push(mut self, key: &'static str, part: impl Serialize) -> Self {
        let text = json(&part);
        match self.fields.iter_mut().find(|(k, _, _)| *k == key) {
            Some((_, parts, _)) => parts.push(text),
            None => self.fields.push((key, vec![text], true)),
        }
        self
    }

    pub fn build(self) -> ChartOption {
        let body: Vec<String> = self
            .fields
            .into_iter()
            .map(|(key, parts, list)| {
                let value = if list {
                    format!("[{}]", parts.join(","))
                } else {
                    parts.concat()
                };
                format!("{}:{value}", json(&key))
            })
            .collect();
        ChartOption(format!("{{{}}}", body.join(",")))
    }
}
