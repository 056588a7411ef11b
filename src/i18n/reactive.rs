//! The one reactive piece of the catalogues: a UI text that follows the language signal.

use leptos::prelude::*;

use super::{Lang, Text};

/// A reactive UI text. Every text shares this one closure type, so Leptos compiles
/// the code that renders and updates a text once instead of once per call site.
pub fn tr(
    lang: RwSignal<Lang>,
    key: impl Text,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || lang.get().t(key)
}
