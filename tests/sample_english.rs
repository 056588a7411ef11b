//! Host tests of the sample workspace in English: every German text has its English
//! counterpart, and nothing else changes.

use keystone::domain::sample::{in_english, sample_workspace, ENGLISH};
use serde_json::Value;

fn texts(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(t) => out.push(t.clone()),
        Value::Array(items) => items.iter().for_each(|v| texts(v, out)),
        Value::Object(fields) => fields.values().for_each(|v| texts(v, out)),
        _ => {}
    }
}

fn all_texts(ws: &keystone::domain::Workspace) -> Vec<String> {
    let mut out = Vec::new();
    texts(&serde_json::to_value(ws).unwrap(), &mut out);
    out
}

#[test]
fn every_entry_of_the_table_is_a_text_of_the_german_sample() {
    let german = all_texts(&sample_workspace());
    let stale: Vec<&str> = ENGLISH
        .iter()
        .map(|(de, _)| *de)
        .filter(|de| !german.iter().any(|t| t == de))
        .collect();
    assert!(stale.is_empty(), "not in the sample: {stale:?}");
}

#[test]
fn the_english_sample_has_no_german_text_left() {
    let english = all_texts(&in_english(sample_workspace()));
    let german: Vec<&String> = english
        .iter()
        .filter(|t| {
            ENGLISH.iter().any(|(de, _)| de == t) || t.chars().any(|c| "äöüßÄÖÜ".contains(c))
        })
        .collect();
    assert!(german.is_empty(), "still German: {german:?}");
}

#[test]
fn the_english_sample_is_the_same_workspace_in_other_words() {
    let de = sample_workspace();
    let en = in_english(sample_workspace());
    assert_eq!(en.accounts.len(), de.accounts.len());
    assert_eq!(
        en.accounts.key_account_count(),
        de.accounts.key_account_count()
    );
    assert_eq!(en.key_accounts.len(), de.key_accounts.len());
    assert!(en.validate().is_empty(), "{:?}", en.validate());
    // Same shape: only texts differ.
    let (a, b) = (
        serde_json::to_value(&de).unwrap(),
        serde_json::to_value(&en).unwrap(),
    );
    assert_eq!(shape(&a), shape(&b));
    // Translated where it matters to a reader.
    let alpentec = en
        .accounts
        .iter()
        .find(|a| a.name == "Alpentec GmbH")
        .unwrap();
    let data = keystone::domain::key_account::key_account(&en.key_accounts, alpentec.id);
    assert!(data
        .plan
        .actions
        .iter()
        .any(|a| a.text == "Arrange a plant visit in Poland"));
    assert!(data.scorecard.iter().any(|k| k.name == "On-time delivery"));
}

/// The JSON with every text replaced by a placeholder.
fn shape(value: &Value) -> Value {
    match value {
        Value::String(_) => Value::String(String::new()),
        Value::Array(items) => Value::Array(items.iter().map(shape).collect()),
        Value::Object(fields) => {
            Value::Object(fields.iter().map(|(k, v)| (k.clone(), shape(v))).collect())
        }
        other => other.clone(),
    }
}
