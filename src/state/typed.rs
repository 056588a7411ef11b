//! The one shape through which pages read and write what the store keeps as JSON: the
//! key-account section, the self-assessments, the entries of the settings' unknown
//! fields (the selling center, the gap rules, the client-copy marks). Each is a
//! [`JsonArea`] of the domain; [`Typed`] reads it once per change of its signal and
//! writes changes back into the stored JSON, so fields the type does not know stay.

use leptos::prelude::*;

use crate::domain::json_area::JsonArea;

/// One typed area of a stored JSON signal.
pub struct Typed<J, A>
where
    J: Send + Sync + 'static,
    A: JsonArea<J> + Send + Sync + 'static,
    A::Value: Clone + PartialEq + Send + Sync + 'static,
{
    json: RwSignal<J>,
    area: A,
    typed: Memo<A::Value>,
}

impl<J, A> Clone for Typed<J, A>
where
    J: Send + Sync + 'static,
    A: JsonArea<J> + Send + Sync + 'static,
    A::Value: Clone + PartialEq + Send + Sync + 'static,
{
    fn clone(&self) -> Self {
        *self
    }
}

impl<J, A> Copy for Typed<J, A>
where
    J: Send + Sync + 'static,
    A: JsonArea<J> + Send + Sync + 'static,
    A::Value: Clone + PartialEq + Send + Sync + 'static,
{
}

impl<J, A> Typed<J, A>
where
    J: Send + Sync + 'static,
    A: JsonArea<J> + Send + Sync + 'static,
    A::Value: Clone + PartialEq + Send + Sync + 'static,
{
    pub fn of(json: RwSignal<J>, area: A) -> Self {
        Typed {
            json,
            area,
            typed: Memo::new(move |_| json.with(|j| area.read(j))),
        }
    }

    /// The typed value (tracked).
    pub fn with<R>(self, f: impl FnOnce(&A::Value) -> R) -> R {
        self.typed.with(f)
    }

    pub fn with_untracked<R>(self, f: impl FnOnce(&A::Value) -> R) -> R {
        self.typed.with_untracked(f)
    }

    /// The typed value as a memo, for a component's prop.
    pub fn memo(self) -> Memo<A::Value> {
        self.typed
    }

    /// Changes the value through its typed form and writes it back.
    pub fn update<R>(self, f: impl FnOnce(&mut A::Value) -> R) -> R {
        update_area(self.json, self.area, f)
    }
}

/// Changes one area of a stored JSON signal through its typed form, without a memo
/// (for a handler that writes once).
pub fn update_area<J, A, R>(json: RwSignal<J>, area: A, f: impl FnOnce(&mut A::Value) -> R) -> R
where
    J: Send + Sync + 'static,
    A: JsonArea<J>,
{
    let mut value = json.with_untracked(|j| area.read(j));
    let result = f(&mut value);
    json.update(|j| area.write(j, &value));
    result
}
