//! Shared data in component props and hook dependencies, compared by identity.

use std::ops::Deref;
use std::rc::Rc;

use yew::html::IntoPropValue;

/// An `Rc` whose equality is pointer identity. Props holding the dataset are then compared in
/// constant time instead of walking every project, which a derived `PartialEq` on `Rc<Dataset>`
/// would do on every render of every component. Datasets are replaced, never mutated, so the
/// same pointer always means the same data.
#[derive(Debug)]
pub struct Shared<T>(Rc<T>);

impl<T> Shared<T> {
    pub fn new(rc: Rc<T>) -> Shared<T> {
        Shared(rc)
    }

    pub fn rc(&self) -> Rc<T> {
        Rc::clone(&self.0)
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T: Default> Default for Shared<T> {
    fn default() -> Self {
        Shared(Rc::default())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> IntoPropValue<Shared<T>> for Rc<T> {
    fn into_prop_value(self) -> Shared<T> {
        Shared(self)
    }
}
