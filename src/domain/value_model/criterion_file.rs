//! How a value-model [`Criterion`] is written in the file: as the struct says, except
//! that its `rule` object may carry fields this version does not know (from a newer
//! version or another tool). They are kept in [`Criterion::rule_extra`] and written
//! back into the rule, so a round trip loses nothing.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use super::{Criterion, Direction, Kind, RatingRule, Source};

/// The file form of a criterion (`#[serde(from, into)]` of [`Criterion`]).
#[derive(Serialize, Deserialize)]
pub(super) struct CriterionFile {
    id: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    name: String,
    kind: Kind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source: Option<Source>,
    #[serde(default)]
    rule: RuleFile,
    weight: f64,
    #[serde(default)]
    direction: Direction,
    #[serde(flatten)]
    extra: Map<String, Value>,
}

/// A rating rule with the unknown fields of its object.
#[derive(Default)]
struct RuleFile {
    rule: RatingRule,
    extra: Map<String, Value>,
}

impl Serialize for RuleFile {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut object = match serde_json::to_value(self.rule) {
            Ok(Value::Object(object)) => object,
            _ => Map::new(),
        };
        for (key, value) in &self.extra {
            object.entry(key.clone()).or_insert_with(|| value.clone());
        }
        object.serialize(s)
    }
}

impl<'de> Deserialize<'de> for RuleFile {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<RuleFile, D::Error> {
        let Some(mut object) = Option::<Map<String, Value>>::deserialize(d)? else {
            return Ok(RuleFile::default());
        };
        let rule = RatingRule::deserialize(Value::Object(object.clone()))
            .map_err(serde::de::Error::custom)?;
        if let Ok(Value::Object(known)) = serde_json::to_value(rule) {
            object.retain(|key, _| !known.contains_key(key));
        }
        Ok(RuleFile {
            rule,
            extra: object,
        })
    }
}

impl From<CriterionFile> for Criterion {
    fn from(f: CriterionFile) -> Criterion {
        Criterion {
            id: f.id,
            name: f.name,
            kind: f.kind,
            source: f.source,
            rule: f.rule.rule,
            rule_extra: f.rule.extra,
            weight: f.weight,
            direction: f.direction,
            extra: f.extra,
        }
    }
}

impl From<Criterion> for CriterionFile {
    fn from(c: Criterion) -> CriterionFile {
        CriterionFile {
            id: c.id,
            name: c.name,
            kind: c.kind,
            source: c.source,
            rule: RuleFile {
                rule: c.rule,
                extra: c.rule_extra,
            },
            weight: c.weight,
            direction: c.direction,
            extra: c.extra,
        }
    }
}
