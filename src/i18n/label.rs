//! A catalogue key of any catalogue, as one type: what the shared widgets take for
//! their labels, so that a widget is compiled once, not once per catalogue.

use super::Text;

/// Both languages of one catalogue text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Label {
    en: &'static str,
    de: &'static str,
}

impl Label {
    pub fn of(key: impl Text) -> Label {
        Label {
            en: key.en(),
            de: key.de(),
        }
    }
}

impl Text for Label {
    fn en(self) -> &'static str {
        self.en
    }
    fn de(self) -> &'static str {
        self.de
    }
}
